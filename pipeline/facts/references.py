"""What a sentence refers back to: bodies named together (`les deux organisations`, `Los
cuatro países`), the fact just stated (`Cette coopération`), and the bodies the sentence before
opened with (`Elle coopère aussi avec …`, `L'atelier, organisé avec l'appui de …`): read by
`FactDocument.actors`."""

from __future__ import annotations

from .carried_subjects import agreeing, carried_subject, opening_bodies
from .group_references import group_bodies
from .refs import OPENING_DASHES, Ref, Sentence
from .titled import has_complement, titled_body
from .words import Cue


OPENING = 40  # words for the fact just stated open a sentence within this many characters
_WITH_PHRASE = 120  # the comma closing a sentence's opening `with` phrase stands this close after it
ACTOR_LABELS = ("ORG", "COUNTRY")


def _small(figure: Ref | None) -> int:
    """The number of a figure of a few (2 to 9), else 0."""
    number = figure.norm.split(" ", 1)[0] if figure is not None else ""
    return int(number) if number.isdigit() and 1 < int(number) < 10 else 0


class References:
    """The readers of references of a `FactDocument` (text, words, sentences, mentions,
    `recent`, `actors` and `lists` are its own)."""

    def references(self, sentence: Sentence) -> list[Ref]:
        """`les deux organisations`, `los cuatro países`, `both agencies`: the bodies of the fact
        stated last (when they are as many as the words say), else those of the last sentence
        that named that many, else the last bodies named; `Elle coopère …`: see `_subject` below."""
        found = self._group_reference(sentence)
        if found is None:
            named = group_bodies(self, sentence)  # `Les trois centres …`: a number and a noun of bodies
            if named is not None:
                return named
            return self._subject(sentence) + self._clause_subjects(sentence)
        at, count, labels = found
        named_before = {m.norm for m in sentence.of(*ACTOR_LABELS) if m.start < at}
        if len(named_before) >= 2:
            return []  # `… lie Europol et INTERPOL …, entre les deux organisations`: named already
        norms = self.recent if len(self.recent) == count and labels == ("ORG",) else self._last_named(
            sentence, count, labels)
        return [Ref(at, at, "REFERENCE", norm) for norm in norms]

    def _clause_subjects(self, sentence: Sentence) -> list[Ref]:
        """`X est devenue en 2021 l'ANRF ; elle travaille avec A, B`, `…; it works with A`: a
        pronoun opening a clause after a semicolon stands for the last body named before it in
        the sentence."""
        found = []
        at = self.text.find(";", sentence.start, sentence.end)
        while at >= 0:
            start = OPENING_DASHES.match(self.text, at + 1).end()
            if self.words.patterns["subject_reference"].match(self.text, start):
                before = [m for m in sentence.of("ORG") if m.end <= at]
                if before:
                    found.append(Ref(start, start, "REFERENCE", before[-1].norm))
            at = self.text.find(";", at + 1, sentence.end)
        return found

    def _group_reference(self, sentence: Sentence) -> tuple[int, int, tuple[str, ...]] | None:
        """(where, how many, of what labels) a sentence refers back to bodies named together: a
        pair reference (`les deux organisations`), or a small figure of bodies or states after a
        definite determiner (`Los cuatro países acordaron …`) that counts no one's members (`the
        eight member states of SICA`, `los ocho Estados parte del Tratado …` are sizes)."""
        words = self.words
        cues = self.find("pair_reference", sentence.start, sentence.end)
        figures = {(m.start, m.end): m for m in sentence.of("FIGURE")}
        if cues:
            figure = next((m for m in figures.values() if m.start < cues[0].end() and cues[0].start() < m.end), None)
            return cues[0].start(), _small(figure) or 2, ("ORG",)
        pronoun = self.words.patterns["pair_pronoun"].match(self.plain, sentence.start)
        if pronoun is not None:  # `Ambos son también partes en …`: the two bodies or states named last
            return sentence.start, 2, ("ORG", "COUNTRY")
        for m in figures.values():
            unit = m.norm.split(" ", 1)[1].lower() if " " in m.norm else ""
            if not _small(m) or unit not in words.words["size_unit"]:
                continue
            if any(0 <= m.start - c.end() <= 1 for c in self.find("member_of", max(sentence.start, m.start - 20), m.start)):
                continue  # `one of the nine FATF-style regional bodies`: a kind of body, not bodies named before
            if any(0 <= m.start - c.end() <= 1 for c in words.patterns["one_of"].finditer(
                    self.text, max(sentence.start, m.start - 20), m.start)):
                continue  # `l'un des neuf organismes régionaux`: the same, where the language's `des` is a determiner
            if not words.group_determiner.search(self.text, max(sentence.start, m.start - 12), m.start):
                continue
            after = next((r for r in sentence.mentions if r.start >= m.end), None)
            # `the eight member states of SICA`, `los ocho Estados parte del Tratado …`: a size
            gap = m.end + len(self.text[m.end:m.end + 1].strip() or " ")
            member = words.patterns["member_noun"].match(self.text, gap)
            gap_start = member.end() if member else m.end
            if after is not None and after.label in ("ORG", "INSTRUMENT") and words.owner_gap.fullmatch(
                    self.text, gap_start, after.start):
                continue
            states = unit in words.words["country_unit"]
            return m.start, _small(m), ("COUNTRY",) if states else ("ORG",)
        return None

    def _last_named(self, sentence: Sentence, count: int, labels: tuple[str, ...] = ("ORG",)) -> list[str]:
        """The bodies of the last sentence before this one that named exactly `count` of them,
        else the bodies of the fact stated last, else the first `count` of the sentence before
        where it names more, else the last `count` bodies named."""
        wanted = set(labels) | ({"REFERENCE"} if "ORG" in labels else set())
        for previous in reversed(self.sentences[max(0, sentence.index - 4):sentence.index]):
            named = self.actors(previous) if "ORG" in labels else previous.mentions  # `expertos de Bolivia …`
            norms = list(dict.fromkeys(m.norm for m in named if m.label in wanted and not self._locates(m)))
            if len(norms) == count:
                return norms
        if self.recent and labels == ("ORG",):
            return self.recent[:count]
        # `A comparte el territorio con B, establecida por C …, que sucedió a D … Ambas misiones …`:
        # where the sentence before names more, the first it names (its subject and partner), not
        # the last ones (a relative's, a participle's agent)
        previous = self.sentence_before(sentence)
        if previous is not None:
            named = [m for m in (self.actors(previous) if "ORG" in labels else previous.mentions)
                     if m.label in wanted and not self._locates(m)]
            norms = list(dict.fromkeys(m.norm for m in named))
            if len(norms) > count:
                # `The Fund hosted A and B in Nairobi. Both agencies …`: a list of that many, named alike
                alike = [g for g in self.lists(named) if len({m.norm for m in g}) == count]
                return list(dict.fromkeys(m.norm for m in alike[-1])) if alike else norms[:count]
        # (`… celebrada en Doha (Catar)`: a state that only says where a place lies is none of them)
        return list(dict.fromkeys(m.norm for m in reversed(self.mentions) if m.label in labels
                                  and m.end <= sentence.start and not self._locates(m)))[:count]

    def _field_cooperation(self, sentence: Sentence) -> bool:
        """Whether the words for the fact are the definite article's and a place or a field follows
        them (`La cooperación en la frontera se apoya en …`, `La coopération dans la région`, `The
        cooperation in the region`): the cooperation of a field at large, not the fact stated last
        (`Cette coopération …`, `La coopération FRANZ …` are). Only for the nouns of cooperation
        (class `cooperation_noun`): `The partnership in Mali rests on …`, `El acuerdo de 2019 …`
        name the fact back."""
        cue = self.find("fact_backref", sentence.start, min(sentence.end, sentence.start + OPENING))[0]
        words = self.text[cue.start():cue.end()].casefold().replace("’", "'").split()
        if len(words) < 2 or words[0] not in self.words.words["article"] \
                or words[-1] not in self.words.words["cooperation_noun"]:
            return False
        after = self.text[cue.end():min(sentence.end, cue.end() + 20)].casefold().split()
        return bool(after) and after[0] in self.words.words["place_preposition"]

    def _after_subject(self, sentence: Sentence, cue: Cue) -> bool:
        """Whether words for a fact stand after a subject of the sentence's own, a body or the first
        person with no comma between (`Chile y Perú firmaron el acuerdo …`, `We signed the
        memorandum …`): the sentence states the fact (`Según la OEA, el acuerdo …`, `En 2019, the
        agreement …` refer back)."""
        ends = [m.end for m in sentence.of("ORG", "COUNTRY") if m.end <= cue.start()]
        ends += [c.end() for c in self.find("first_person", sentence.start, cue.start())]
        return bool(ends) and "," not in self.text[max(ends):cue.start()]

    def opening(self, sentence: Sentence) -> str:
        """The class of words a sentence opens on when they refer back: `Cette coopération`, `Le
        partenariat` (fact_backref, within its first words: `En Europe, cette action …`), the
        event the last one spoke of (`L'atelier`: event_reference), a pronoun (`Elle coopère …`:
        subject_reference; after a sentence on the fact itself, `Elle s'appuie aussi sur …`
        speaks of the fact: fact_backref); else ""."""
        found = self._openings.get(sentence.index)
        if found is not None:
            return found
        found = ""
        cue = self.find("fact_backref", sentence.start, min(sentence.end, sentence.start + OPENING))
        if cue and self._after_subject(sentence, cue[0]):
            found = ""  # `Chile y Perú firmaron el acuerdo …` states the fact, it does not refer back
        elif cue:
            found = "" if self._field_cooperation(sentence) else "fact_backref"
        else:
            at = OPENING_DASHES.match(self.text, sentence.start).end()
            found = next((name for name in ("event_reference", "subject_reference")
                          if self.words.patterns[name].match(self.text, at)), "")
            if found == "subject_reference":  # the sentence before, looked for only here
                previous = self.sentence_before(sentence)
                if previous is not None and self.opening(previous) == "fact_backref":
                    found = "fact_backref"
        self._openings[sentence.index] = found
        return found

    def _subject(self, sentence: Sentence) -> list[Ref]:
        """`Elle coopère aussi avec …`, `L'atelier, organisé avec l'appui de …`: a sentence that
        opens on a pronoun or on the event the last one spoke of speaks of the bodies the
        previous sentence opened with."""
        if sentence.index == 0:
            return []
        titled, named = titled_body(self, sentence, OPENING_DASHES.match(self.text, sentence.start).end())
        if named or (titled and self.opening(sentence) != "subject_reference"):
            return named  # `L'agence …`: the body named before whose name holds the noun, if any
        if self.opening(sentence) not in ("subject_reference", "event_reference"):
            at = self.after_leading_with(sentence)  # `Together with UNICEF, it launched …`
            # `Colabora además con X`, `Par ce canal, elles coopèrent …`: carried_subjects.py
            if at is None:
                return carried_subject(self, sentence)
            # `Avec la X, elle a lancé …`: the pronoun agrees in number, as at the opening
            return agreeing(self, self.words.patterns["subject_reference"].match(self.text, at),
                            self.previous_opener(sentence, at))
        opening = OPENING_DASHES.match(self.text, sentence.start).end()
        word = next((m for name in ("event_reference", "subject_reference")
                     if (m := self.words.patterns[name].match(self.text, opening))), None)
        if word is not None and any(m.label == "ORG" and opening <= m.start < word.end() for m in sentence.mentions):
            return []  # `La Misión no se financia …`: the mentions stage named the body the words stand for
        if self.opening(sentence) == "subject_reference" and word is not None and has_complement(self, word.end()):
            return []  # `L'agence de voyages travaille …`: a common noun and its complement
        return agreeing(self, word, self.previous_opener(sentence, opening))  # carried_subjects.py

    def after_leading_with(self, sentence: Sentence) -> int | None:
        """Where the pronoun or title referring back stands right after the comma that closes a
        sentence's opening `with` phrase (`With the IPU, the agency has published …`, `Avec
        l'UNICEF, elle a lancé …`, `Junto con UNICEF, la agencia lanzó …`), if it does."""
        cue = self.words.patterns["with"].match(self.plain, sentence.start)
        comma = self.text.find(",", cue.end(), sentence.end) if cue is not None else -1
        if comma < 0 or comma - cue.end() > _WITH_PHRASE:
            return None
        at = comma + 1 + len(self.text[comma + 1:sentence.end]) - len(self.text[comma + 1:sentence.end].lstrip())
        # on the text, as `opening` reads it: a title may itself be a mention (`the Office`), masked in `plain`
        return at if self.words.patterns["subject_reference"].match(self.text, at) else None

    def previous_opener(self, sentence: Sentence, at: int) -> list[Ref]:
        """The bodies the sentence before this one opened with, as references standing at `at`;
        the publisher, where that sentence opened on the first person (`Notre alliance a vu le
        jour en 2003. Elle rassemble …`, `Our alliance … It brings together …`): read as
        `carried_subjects.opening_bodies` reads them for a pronoun."""
        previous = self.sentence_before(sentence)
        if previous is None:
            return []
        first = opening_bodies(self, previous, strict=False)
        return [Ref(at, at, "REFERENCE", norm) for norm in dict.fromkeys(r.norm for r in first)]
