"""A document as the facts stage reads it: its sentences and the mentions in each, its cues, quotes
and actors (what it refers back to: `references`; which bodies only qualify others: `qualifiers`)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from .lists import Lists, tokens
from .qualifiers import Qualifiers
from .references import ACTOR_LABELS, References
from .refs import Ref, Sentence
from .speakers import affiliations, quote_speakers
from .words import Cue, FactWords

# Quotations: what a speaker says is not the publisher's voice (`« Nous … »`, “We …”).
_QUOTES = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")
_BORDER_GAP = 40  # characters at most between a border noun and the word of `with` after it
# `our Harbour Police colleagues, who …`: one lower-case word after a name, closed by a comma, is the noun the name qualifies
_QUALIFIED_NOUN = re.compile(r"[^\S\n]+(?=[^\W\d_])[^\W\d_A-Z\u00c0-\u00de][\w'’-]*\s*,")
_NAME_WORD = re.compile(r"\w+")  # masked word by word (`x` for each letter): fewer steps than letter by letter


def _masked(word: re.Match) -> str:
    return "x" * (word.end() - word.start())


@dataclass
class FactDocument(Lists, Qualifiers, References):
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
    agreement_texts: tuple = ()  # the paragraph of the agreement stated last and its instruments' arguments
    restating: set[int] = field(default_factory=set)  # sentences that only restate that agreement
    members: set[int] = field(default_factory=set)  # where the members the memberships name stand
    _scanned: dict = field(default_factory=dict, repr=False)  # class → every cue of the text
    _cues: dict = field(default_factory=dict, repr=False)  # class → its cues outside names
    _cue_starts: dict = field(default_factory=dict, repr=False)
    _index: dict = field(default_factory=dict, repr=False)  # class (or tuple of classes) → (its cues, their starts), once built
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
            lo, hi = bisect_left(starts, start), bisect_left(starts, end)
            b = max(0, bisect_right(block_starts, start) - 1)
            heading = bool(blocks) and blocks[b][2]
            sentences.append(Sentence(len(sentences), start, end, b, heading, tuple(mentions[lo:hi])))
        return cls(text, words, mentions, sentences, doc_date)

    def find(self, name: str, start: int = 0, end: int | None = None) -> list[Cue]:
        """The cue phrases of a class in text[start:end] (the whole text is scanned once)."""
        # called tens of times a sentence, most often for a class with no cue there
        matches, starts = self._index.get(name) or self._class(name)
        if not starts:  # no cue of the class in the whole text: most classes in most texts
            return []
        if end is None:
            end = len(self.text)
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end, lo)
        return [m for m in matches[lo:hi] if m.finish <= end] if lo < hi else []

    def sentence_before(self, sentence: Sentence) -> Sentence | None:
        """The last sentence before `sentence` that is no heading, else None."""
        return next((s for s in reversed(self.sentences[:sentence.index]) if not s.heading), None)

    def sentence_just_before(self, sentence: Sentence) -> Sentence | None:
        """The sentence right before `sentence` in its paragraph, where it is no heading, else None."""
        before = self.sentences[sentence.index - 1] if sentence.index else None
        return None if before is None or before.heading or before.block != sentence.block else before

    def opening_cue(self, sentence: Sentence, name: str, reach: int = 0) -> Cue | None:
        """The cue of a class the sentence opens on (after blanks only, or within `reach`
        characters of its start), else None."""
        found = self.find(name, sentence.start, sentence.end)
        if found and (found[0].start() - sentence.start <= reach or not self.text[sentence.start:found[0].start()].strip()):
            return found[0]
        return None

    def scanned(self, name: str) -> bool:
        """Whether the scan found a cue of the class anywhere in the text, inside names too (a
        class in SCANNED). A word right before an apostrophe (`jointly's`) is part of a longer
        word to the scan, no cue, where `FactWords.find` reads one."""
        return bool(self._scan().get(name))

    def scanned_cues(self, name: str) -> list[Cue]:
        """The cues of a class the scan found, inside names too (a figure's number word: `las tres
        oficinas`, a FIGURE to the value finders, is still a number before a noun of bodies)."""
        return self._scan().get(name, [])

    def _scan(self) -> dict[str, list[Cue]]:
        """Every cue of the text by class, scanned once, on first use."""
        if not self._scanned:
            self._scanned = self.words.scan(self.text) or {"": []}
        return self._scanned

    def _class(self, name: str) -> tuple[list[Cue], list[int]]:
        """The cues of a class outside names, and where they start."""
        if name in self._cues:
            return self._cues[name], self._cue_starts[name]
        scanned = self._scan()
        if name not in self._cues:
            # a cue inside a name is part of the name (`Organisation pour la sécurité et la
            # coopération en Europe`, `Delincuencia Organizada Transnacional`), except the words
            # for an agreement inside an instrument's name, which say what the instrument is (`the
            # Mekong Memorandum of Understanding … has linked UNODC with six countries`)
            kept = ("INSTRUMENT",) if name == "agreement_cue" else ()
            self._cues[name] = [c for c in scanned.get(name, ()) if not self._named_at(c, kept)]
            if name in ("with", "participation_cue") and scanned.get("conformity"):
                # `in line with the goals of the African Union`: what a thing conforms to
                ends = {c.end() for c in scanned["conformity"]}
                self._cues[name] = [c for c in self._cues[name] if c.end() not in ends]
            if name == "with" and scanned.get("border_noun"):
                # `le long de la frontière avec la Grèce`, `land border with Russia`, `aux frontières de
                # la France avec la Belgique`: the other side of a border, not a body one works with (a
                # state or a place; `works at the border with UNHCR` is a partnership)
                self._cues[name] = [c for c in self._cues[name]
                                    if not (self.past_border(c.start()) and self._place_after(c.end()))]
            if name in ("gathers", "count_verb"):
                # `cuenta con el apoyo de socios`: a cue of support that takes in the verb's last
                # word says who supports, not who the members are
                support = [c for k in ("partnership_cue", "participation_cue") for c in scanned.get(k, ())]
                self._cues[name] = [c for c in self._cues[name]
                                    if not any(c.start() < p.start() < c.end() < p.end() for p in support)]
            self._cue_starts[name] = [c.start() for c in self._cues[name]]
            self._index[name] = (self._cues[name], self._cue_starts[name])
        return self._cues[name], self._cue_starts[name]

    def across_border(self, at: int) -> bool:
        """Whether a body at `at` stands right after a word of `with` that comes past a border's
        noun (`la frontière avec la Grèce`), articles at most between."""
        end = self._border_before(at)
        if end < 0 or at - end > 2 * _BORDER_GAP:
            return False  # no border's noun near: most bodies of most texts
        window = max(0, at - _BORDER_GAP)
        last = max(self.words.find("with", self.plain[window:at]), key=lambda m: m.start(), default=None)
        return last is not None and self.only_articles(window + last.end(), at) \
            and self.past_border(window + last.start()) and self._place_after(window + last.end())

    def _place_after(self, at: int) -> bool:
        """Whether the first mention after `at`, articles at most between, is a state or a place."""
        i = bisect_left(self._mention_starts, at)
        return i < len(self.mentions) and self.mentions[i].label in ("COUNTRY", "LOCATION") \
            and self.only_articles(at, self.mentions[i].start)

    def _border_before(self, at: int) -> int:
        """Where the last border's noun ending at or before `at` ends, else -1."""
        ends = self.memo.get("border_ends")
        if ends is None:
            ends = self.memo["border_ends"] = sorted(b.end() for b in self._scan().get("border_noun", ()))
        i = bisect_right(ends, at)
        return ends[i - 1] if i else -1

    def past_border(self, start: int) -> bool:
        """Whether a word of `with` at `start` comes right after a border's noun, with nothing between
        but articles, linkers and names (`frontière avec`, `fronteras de Chile con`); not after another
        noun (`cooperates on border security with`: the security is done with the other side)."""
        end = self._border_before(start)
        if end < 0 or start - end > _BORDER_GAP:
            return False
        gap = self.plain[end:start]
        if any(sign in gap for sign in ",;:.()"):
            return False
        known = self.words.border_gap_words
        # a name is masked (`xxxx`) in the plain text; an elided article stays glued to it (`l'xxxx`)
        return all(t in known or not t.strip("x") or (t[:t.find("'") + 1] in known and not t[t.find("'") + 1:].strip("x"))
                   for t in tokens(gap))

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
        start, end = cue  # read for every cue of the text: a plain loop, no generator
        i = bisect_right(self._mention_starts, end - 1) - 1
        if i < 0:
            return False
        for m in self.mentions[max(0, i - 2):i + 1]:
            if m.label not in kept and start < m.end and end <= m.end and (
                    m.start <= start if m.label != "ORG" else m.start < end):
                return True
        return False

    def named(self, offset: int) -> bool:
        """Whether the character at `offset` stands inside a mention (a comma of a long name)."""
        i = bisect_right(self._mention_starts, offset) - 1
        return any(m.start <= offset < m.end for m in self.mentions[max(0, i - 2):i + 1])

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
        # the names' letters masked in one substitution over all of them (one character for one,
        # so the names cut apart again by their lengths), not one per mention
        text, gaps, names, at = self.text, [], [], 0
        for m in self.mentions:
            if m.end > at:
                start = max(at, m.start)
                gaps.append(text[at:start])
                names.append(text[start:m.end])
                at = m.end
        masked = _NAME_WORD.sub(_masked, "".join(names))
        parts, cut = [], 0
        for gap, name in zip(gaps, names):
            parts += [gap, masked[cut:cut + len(name)]]
            cut += len(name)
        return "".join(parts) + text[at:]

    def heading_cue(self, sentence: Sentence, name: str) -> re.Match | None:
        """The words of class `name` that open a heading (`About AATF`, `Notes to editors`), else
        None (a regular expression on the few headings, not a class of the scan over every word)."""
        if not sentence.heading:
            return None
        return next((c for c in self.words.find(name, self.text, sentence.start, sentence.end)
                     if not self.text[sentence.start:c.start()].strip()), None)

    def has(self, name: str, start: int = 0, end: int | None = None) -> bool:
        """Whether a cue word of the class stands in text[start:end]."""
        matches, starts = self._index.get(name) or self._class(name)
        return bool(starts) and self._any_within(matches, starts, start, end)

    def cue_is(self, cue: Cue, name: str) -> bool:
        """Whether a cue's words, as they stand, are a phrase of class `name` (a cue found for a
        wider class: `to join` of `member_of` is also a `join_infinitive`)."""
        return " ".join(tokens(self.text[cue.start():cue.end()])) in self.words.words[name]

    def only_articles(self, start: int, end: int) -> bool:
        """Whether articles at most stand in text[start:end] (`avec la`, `de los`; nothing at all)."""
        return all(t in self.words.words["article"] for t in tokens(self.text[start:end]))

    def has_any(self, names: tuple[str, ...], start: int = 0, end: int | None = None) -> bool:
        """Whether a cue word of any of the classes stands in text[start:end] (their cues merged
        once per document: one search a sentence, not one per class)."""
        merged = self._index.get(names)
        if merged is None:
            cues = sorted((c for name in names for c in self._class(name)[0]), key=lambda c: (c.start(), c.end()))
            merged = self._index[names] = (cues, [c.start() for c in cues])
        return self._any_within(*merged, start, end)

    def _any_within(self, matches: list[Cue], starts: list[int], start: int, end: int | None) -> bool:
        end = len(self.text) if end is None else end
        for i in range(bisect_left(starts, start), len(starts)):
            if starts[i] >= end:
                return False
            if matches[i].finish <= end:
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
            if self._acronym_in_sentence(m.start(), m.end(), sentence):
                continue  # `the US Centers for Disease Control`: the country, not `us`
            if self._owns_name(m):
                continue  # `notre Bureau du Procureur`, `our Regional Office`: the body named acts, not `nous`
            quote = next(((s, e) for s, e in self.quotes if s <= m.start() < e), None)
            body = self.speakers.get(quote, "") if quote else self.publisher
            if body:
                found.append(Ref(m.start(), m.end(), "PUBLISHER" if quote is None else "REFERENCE", body))
        return found

    def _owns_name(self, m: Cue) -> bool:
        """Whether a first possessive stands right before a body's name (`notre Bureau du
        Procureur et l'OCLCH`, `nuestra Dirección X y la Dirección Y`): it only says the body is
        the publisher's own, and that body, not the first person, is the side named; not where the
        name only qualifies a noun the comma closes (`our Harbour Police colleagues, who …`)."""
        if self.text[m.start():m.end()].casefold() not in self.words.words["first_possessive"]:
            return False
        at = m.end()
        while at < len(self.text) and self.text[at] == " ":
            at += 1
        i = bisect_right(self._mention_starts, at) - 1
        # the name qualifies a noun of the possessive's (`our Harbour Police colleagues, who …`): `our` stays a side
        return (i >= 0 and self.mentions[i].start == at and self.mentions[i].label == "ORG"
                and _QUALIFIED_NOUN.match(self.text, self.mentions[i].end) is None)

    def _acronym_in_sentence(self, start: int, end: int, sentence: Sentence) -> bool:
        """Whether a word is written in capitals in a sentence that is not (an acronym, where a
        heading in capitals may still say `NOUS`/`WE`)."""
        word = self.text[start:end]
        return len(word) > 1 and word.isupper() and not self.text[sentence.start:sentence.end].isupper()

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
