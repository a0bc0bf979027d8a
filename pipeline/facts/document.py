"""A document as the facts stage reads it: sentences, the mentions in each, quotes, actors."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from .speakers import affiliations, quote_speakers
from .lists import Lists
from .qualifiers import Qualifiers
from .words import Cue, FactWords

# Quotations: what a speaker says is not the publisher's voice (`« Nous … »`, “We …”).
_QUOTES = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")
OPENING = 40  # words for the fact just stated open a sentence within this many characters
_WITH_PHRASE = 120  # the comma closing a sentence's opening `with` phrase stands this close after it
ACTOR_LABELS = ("ORG", "COUNTRY")
_NAME_LETTER = re.compile(r"\w")


def _small(figure: "Ref | None") -> int:
    """The number of a figure of a few (2 to 9), else 0."""
    number = figure.norm.split(" ", 1)[0] if figure is not None else ""
    return int(number) if number.isdigit() and 1 < int(number) < 10 else 0



class Ref(NamedTuple):
    """A mention as facts use it: span, label and norm (the publisher's has no span)."""

    start: int
    end: int
    label: str
    norm: str


def distinct(refs: list[Ref]) -> list[Ref]:
    """The refs with the first of each norm only, in order."""
    seen, out = set(), []
    for r in refs:
        if r.norm not in seen:
            seen.add(r.norm)
            out.append(r)
    return out


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a heading), with its mentions in order."""

    index: int
    start: int
    end: int
    block: int
    heading: bool
    mentions: tuple[Ref, ...]

    def of(self, *labels: str) -> Sequence[Ref]:
        """Its mentions of these labels, in order (not to be changed: one label's are shared)."""
        if len(labels) == 1:
            return self.by_label.get(labels[0], ())
        return [m for m in self.mentions if m.label in labels]

    @cached_property
    def by_label(self) -> dict[str, tuple[Ref, ...]]:
        """Its mentions by label, in order."""
        found: dict[str, list[Ref]] = {}
        for m in self.mentions:
            found.setdefault(m.label, []).append(m)
        return {label: tuple(refs) for label, refs in found.items()}


@dataclass
class FactDocument(Lists, Qualifiers):
    """The text (folded), its language's fact words, its sentences and mentions."""

    text: str
    words: FactWords
    mentions: list[Ref]
    sentences: list[Sentence] = field(default_factory=list)
    doc_date: str = ""
    publisher: str = ""
    dateline: tuple[int, int] = (0, 0)  # where a dateline stands (its place is no operation's)
    recent: list[str] = field(default_factory=list)  # the bodies of the fact stated last
    recent_agreement: int | None = None  # the paragraph (block) of the fact stated last, if an agreement
    restating: set[int] = field(default_factory=set)  # sentences that only restate that agreement
    members: set[int] = field(default_factory=set)  # where the members the memberships name stand
    _scanned: dict = field(default_factory=dict, repr=False)  # class → every cue of the text
    _cues: dict = field(default_factory=dict, repr=False)  # class → its cues outside names
    _cue_starts: dict = field(default_factory=dict, repr=False)
    _named: dict = field(default_factory=dict, repr=False)  # sentence index → its named actors
    _openings: dict = field(default_factory=dict, repr=False)  # sentence index → what it opens on
    _lists: dict = field(default_factory=dict, repr=False)  # bodies → their lists
    memo: dict = field(default_factory=dict, repr=False)  # what the structure readers read once
    _breaks: dict = field(default_factory=dict, repr=False)  # sentence index → its clause breaks

    @classmethod
    def build(cls, text: str, words: FactWords, mentions: list[Ref],
              sentence_spans: list[tuple[int, int]], blocks: list[tuple[int, int, bool]],
              doc_date: str = "") -> FactDocument:
        """Cut the mentions into sentences; a heading is a sentence of its own."""
        mentions = sorted(mentions)
        starts = [m.start for m in mentions]
        block_starts = [b[0] for b in blocks]
        sentences = []
        for start, end in sentence_spans:
            if not text[start:end].strip():
                continue  # the line breaks between blocks
            lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
            b = max(0, bisect.bisect_right(block_starts, start) - 1)
            heading = bool(blocks) and blocks[b][2]
            sentences.append(Sentence(len(sentences), start, end, b, heading, tuple(mentions[lo:hi])))
        return cls(text, words, mentions, sentences, doc_date)

    def find(self, name: str, start: int = 0, end: int | None = None) -> list[Cue]:
        """The cue phrases of a class in text[start:end] (the whole text is scanned once)."""
        matches, starts = self._class(name)
        end = len(self.text) if end is None else end
        return [m for m in matches[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
                if m.end() <= end]

    def _class(self, name: str) -> tuple[list[Cue], list[int]]:
        """The cues of a class outside names, and where they start."""
        if name in self._cues:
            return self._cues[name], self._cue_starts[name]
        if not self._scanned:
            self._scanned = self.words.scan(self.text) or {"": []}
        if name not in self._cues:
            # a cue inside a name is part of the name (`Organisation pour la sécurité et la
            # coopération en Europe`, `Delincuencia Organizada Transnacional`), except the words
            # for an agreement inside an instrument's name, which say what the instrument is (`the
            # Mekong Memorandum of Understanding … has linked UNODC with six countries`)
            kept = ("INSTRUMENT",) if name == "agreement_cue" else ()
            self._cues[name] = [c for c in self._scanned.get(name, ()) if not self._named_at(c, kept)]
            if name in ("with", "participation_cue") and self._scanned.get("conformity"):
                # `in line with the goals of the African Union`: what a thing conforms to
                ends = {c.end() for c in self._scanned["conformity"]}
                self._cues[name] = [c for c in self._cues[name] if c.end() not in ends]
            self._cue_starts[name] = [c.start() for c in self._cues[name]]
        return self._cues[name], self._cue_starts[name]

    def clause_breaks(self, sentence: Sentence) -> list[tuple[int, int, str]]:
        """(start, end, text) of each clause break of a sentence (`;`, `:`, a dash, `, et`)."""
        found = self._breaks.get(sentence.index)
        if found is None:
            found = self._breaks[sentence.index] = [
                (m.start(), m.end(), m.group()) for m in self.words.clause_break.finditer(self.plain, sentence.start, sentence.end)]
        return found

    def _named_at(self, cue: Cue, kept: tuple[str, ...] = ()) -> bool:
        """Whether a cue stands inside a mention (not one of the labels `kept`), or runs into a
        body's name from the article before it (`el Programa` of `el Programa de las Naciones
        Unidas para el Medio Ambiente` is the name's, no word for an operation; not `The
        Agreement`, a text's short name that refers back)."""
        i = bisect.bisect_right(self._mention_starts, cue.end() - 1) - 1
        return i >= 0 and any(m.label not in kept and cue.start() < m.end and (
            m.start <= cue.start() if m.label != "ORG" else m.start < cue.end()) and cue.end() <= m.end
            for m in self.mentions[max(0, i - 2):i + 1])

    @cached_property
    def _mention_starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    @cached_property
    def plain(self) -> str:
        """The text with the letters and digits of every mention masked (`x`), offsets kept: what
        the readers of function words search, so that no word of a name is read as one (the
        organisation `WHO` as the relative `who`, `UN` as the article `un`). Words referring back
        that open a sentence are read in the text itself: the mentions stage names some of them
        (`La Organización`, a reference to the body named before)."""
        parts, at = [], 0
        for m in self.mentions:
            if m.end > at:
                start = max(at, m.start)
                parts += [self.text[at:start], _NAME_LETTER.sub("x", self.text[start:m.end])]
                at = m.end
        return "".join(parts) + self.text[at:]

    def has(self, name: str, start: int = 0, end: int | None = None) -> bool:
        """Whether a cue word of the class stands in text[start:end]."""
        matches, starts = self._class(name)
        end = len(self.text) if end is None else end
        for i in range(bisect.bisect_left(starts, start), len(starts)):
            if starts[i] >= end:
                return False
            if matches[i].end() <= end:
                return True
        return False

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        """Spans of quoted speech."""
        return [m.span() for m in _QUOTES.finditer(self.text)]

    def in_dateline(self, ref: Ref) -> bool:
        """Whether a mention is the dateline's place or date (`GENÈVE, 3 mars 2019 –`)."""
        start, end = self.dateline
        return end > start and start <= ref.start < end + 40 and (
            ref.label == "LOCATION" or (ref.label == "DATE" and ref.norm == self.doc_date))

    def quoted(self, offset: int) -> bool:
        """Whether an offset stands inside a quotation."""
        return any(s <= offset < e for s, e in self.quotes)

    def first_person(self, sentence: Sentence) -> list[Ref]:
        """The body `nous`/`we` stands for in a sentence: the publisher outside quotations, the
        speaker's body inside one (`« nos partenaires … », a souligné le Secrétaire général
        d'INTERPOL`)."""
        found = []
        for m in self.find("first_person", sentence.start, sentence.end):
            quote = next(((s, e) for s, e in self.quotes if s <= m.start() < e), None)
            body = self.speakers.get(quote, "") if quote else self.publisher
            if body:
                found.append(Ref(m.start(), m.end(), "PUBLISHER" if quote is None else "REFERENCE", body))
        return found

    @cached_property
    def affiliations(self) -> dict[str, str]:
        """Person norm → the body the text names them an officer of."""
        w = self.words
        return affiliations(self.text, self.mentions, w.office_after, w.office_before, w.linker_end)

    @cached_property
    def speakers(self) -> dict[tuple[int, int], str]:
        """Quotation span → the body its speaker speaks for."""
        return quote_speakers(self.text, self.quotes, self.mentions, self.affiliations)

    def _spoken_for(self, sentence: Sentence) -> list[Ref]:
        """`Mme Waly a salué le soutien de l'UE`: the body of each officer the sentence names,
        where the person stands (the subject of what they do)."""
        found = []
        for p in sentence.of("PERSON"):
            body = self.affiliations.get(p.norm)
            if body and not self.quoted(p.start):
                found.append(Ref(p.start, p.end, "REFERENCE", body))
        return found

    def references(self, sentence: Sentence) -> list[Ref]:
        """`les deux organisations`, `los cuatro países`, `both agencies`: the bodies of the fact
        stated last (when they are as many as the words say), else those of the last sentence
        that named that many, else the last bodies named; `Elle coopère …`: see `_subject`."""
        found = self._group_reference(sentence)
        if found is None:
            return self._subject(sentence)
        at, count, labels = found
        named_before = {m.norm for m in sentence.of(*ACTOR_LABELS) if m.start < at}
        if len(named_before) >= 2:
            return []  # `… lie Europol et INTERPOL …, entre les deux organisations`: named already
        norms = self.recent if len(self.recent) == count and labels == ("ORG",) else self._last_named(
            sentence, count, labels)
        return [Ref(at, at, "REFERENCE", norm) for norm in norms]

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
        else the last `count` bodies named."""
        wanted = set(labels) | ({"REFERENCE"} if "ORG" in labels else set())
        for previous in reversed(self.sentences[max(0, sentence.index - 4):sentence.index]):
            named = self.actors(previous) if "ORG" in labels else previous.mentions  # `expertos de Bolivia …`
            norms = list(dict.fromkeys(m.norm for m in named if m.label in wanted))
            if len(norms) == count:
                return norms
        if self.recent and labels == ("ORG",):
            return self.recent[:count]
        return list(dict.fromkeys(
            m.norm for m in reversed(self.mentions) if m.label in labels and m.end <= sentence.start))[:count]

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
        if self.has("fact_backref", sentence.start, min(sentence.end, sentence.start + OPENING)):
            found = "fact_backref"
        else:
            at = re.compile(r"[\s–—-]*").match(self.text, sentence.start).end()
            found = next((name for name in ("event_reference", "subject_reference")
                          if self.words.patterns[name].match(self.text, at)), "")
            previous = next((s for s in reversed(self.sentences[:sentence.index]) if not s.heading), None)
            if found == "subject_reference" and previous is not None and self.opening(previous) == "fact_backref":
                found = "fact_backref"
        self._openings[sentence.index] = found
        return found

    def _subject(self, sentence: Sentence) -> list[Ref]:
        """`Elle coopère aussi avec …`, `L'atelier, organisé avec l'appui de …`: a sentence that
        opens on a pronoun or on the event the last one spoke of speaks of the bodies the
        previous sentence opened with."""
        if sentence.index == 0:
            return []
        if self.opening(sentence) not in ("subject_reference", "event_reference"):
            at = self.after_leading_with(sentence)  # `Together with UNICEF, it launched …`
            return self.previous_opener(sentence, at) if at is not None else []
        opening = re.compile(r"[\s–—-]*").match(self.text, sentence.start).end()
        return self.previous_opener(sentence, opening)

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
        """The bodies the sentence before this one opened with, as references standing at `at`."""
        previous = next((s for s in reversed(self.sentences[:sentence.index]) if not s.heading), None)
        if previous is None:
            return []
        bodies = [a for a in self.actors(previous) if a.label in ("ORG", "REFERENCE")]
        after = self.after_leading_with(previous)
        if after is not None:  # `Together with UNICEF, it launched …`: it opens the clause, not UNICEF
            bodies = [a for a in bodies if a.start >= after]
        first = self.lists(bodies)[0] if bodies else []
        return [Ref(at, at, "REFERENCE", norm) for norm in dict.fromkeys(r.norm for r in first)]

    def actors(self, sentence: Sentence) -> list[Ref]:
        """The bodies and states a sentence names as doing something, the publisher for `nous`,
        the bodies `les deux organisations` stands for, the body of a person speaking for it.

        Left out: a body that only qualifies others (`les entités de l'ONU`, `non-ONU`, the
        Council in `le Comité (CCT) du Conseil de sécurité`). Read once per sentence, in text
        order (the stage reads the sentences in order, so `recent` is the fact stated last)."""
        found = self._named.get(sentence.index)
        if found is None:
            named = [m for m in sentence.of(*ACTOR_LABELS) if not self._qualifier(m, sentence) and not self._alias(m)]
            found = self._named[sentence.index] = sorted(
                named + self.first_person(sentence) + self.references(sentence)
                + self._spoken_for(sentence))
        return found
