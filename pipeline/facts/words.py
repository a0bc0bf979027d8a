"""The words the facts stage reads, per language, from `patterns/<lang>/facts.jsonl`."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import NamedTuple
from functools import cached_property, lru_cache
from itertools import accumulate, compress
from pathlib import Path

from ..languages import DEFAULT_PATTERNS_DIR, language_info, load_words
from ..lexicon import first_letters
from ..normalise.words import alternation
from .word_classes import CLASSES  # the classes, declared with what each one holds

FACTS_FILE = "facts.jsonl"

APPOSED_WORDS = 3  # lower-case words of an apposed qualifier's complement, at most (`órgano técnico del`)


# The classes found in a text by `FactWords.scan` (through `FactDocument.find`); the others are
# read as word sets or regular expressions only (an article, a linker, a unit).
SCANNED = frozenset({
    "partnership_cue", "finding_cue", "joined_by", "agreement_cue", "adoption_cue", "lead_by", "lead_verb", "survey_lead_verb", "object_lead_verb", "lead_participle", "agent", "co_lead", "operation_object", "contribution_verb", "funding_verb", "serving_verb", "partner_noun", "donor_noun", "shared_by", "seat_noun", "channel",
    "participation_cue", "member_of", "gathers", "form", "ratified_by", "including", "count_verb", "framework_cue", "fact_backref",
    "agreement_backref", "purpose_backref", "operation_backref", "operation_edition", "operation_announcement", "pair_reference", "first_person", "distributive", "today", "same_day",
    "meeting", "other_event", "meeting_noun", "history", "perfect_auxiliary", "reporting_verb",
    "between", "with", "border_noun", "signatory_noun", "result_cue", "seat", "route", "founding", "founded_by", "launched_by", "within", "other_time", "deadline", "compared_with", "succession", "succession_verb", "conformity", "member_among", "member_of_it",
    "ratified_it", "joined_it", "member_which", "member_in", "members_joined", "organised_by", "member_split", "parent_of", "aside_origin", "became_member", "signed_which", "replaced_word",
    "joint_act", "made_by", "example_of", "helped_verb", "represents_in", "among_them", "frame_of", "hostile_verb",
    "group_number", "pair_determiner", "initiative_of", "members_are_its", "represented_in"})


def _alternation(words: frozenset[str]) -> str:
    # a prefix tree, longest word first (the value finders' alternation): the regex engine drops
    # the list at a word's first letter instead of trying each of hundreds of words
    return alternation(words, space=r"\s+")


def _word_sign(char: str) -> bool:
    r"""Whether a character is one of `[\w'’-]` (`\w`: a letter, digit or number, or `_`)."""
    return char.isalnum() or char in "_'’-"


# Words as the cue phrases are cut: letters and digits, joined by inner hyphens or apostrophes,
# with an elision's apostrophe kept (`l'opération`, `aujourd'hui`, `co-organisé`, `d'`).
WORD = re.compile(r"\w+(?:[-'’]\w+)*['’]?")
# Words as the cue scanner cuts them: an elision opening a word stands apart (`d'INTERPOL` is
# `d'` and `INTERPOL`), so that a cue may end on it (`une initiative conjointe d'`); a word of one
# letter or a `qu` form before an apostrophe (`l'`, `s'`, `jusqu'`), never `aujourd'hui`.
SCAN_WORD = re.compile(r"(?:\b[^\W\d_]|\b(?:jusqu|lorsqu|puisqu|qu))['’](?=[^\W\d_])|" + WORD.pattern,
                       re.IGNORECASE)
# the gaps and the words, in turn; every word opens on a letter or digit, so the lookahead lets
# the split pass a blank or a sign in one test, not one per alternative of the word pattern
_WORD_SPLIT = re.compile(rf"((?=\w)(?:{SCAN_WORD.pattern}))", re.IGNORECASE)


def phrase_key(phrase: str) -> tuple[str, ...]:
    """A phrase as a tuple of its words, case folded and apostrophes unified."""
    return tuple(w.casefold().replace("’", "'") for w in SCAN_WORD.findall(phrase))


class Cue(NamedTuple):
    """A cue phrase found in a text: where it stands (what `re.Match` offers of it)."""

    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


@dataclass(frozen=True)
class FactWords:
    """One language's fact words, with a compiled pattern per class (whole words, any case)."""

    lang: str
    words: dict[str, frozenset[str]]
    patterns: dict[str, re.Pattern]
    qualifier_before: re.Pattern  # `entités de l'` before a body: a qualifier noun and a linker
    place_before: re.Pattern  # `au `, `in ` before a state: a place
    qualifier_after: re.Pattern  # `'s counter-terrorism entities` after a body: it only qualifies them
    owner_gap: re.Pattern  # `(CCT) du ` between a body and the body it belongs to
    office_after: re.Pattern  # `, directrice exécutive de l'` between a person and their body
    office_before: re.Pattern  # `, M. ` or `'s Secretary General, Mr ` between a body and its officer
    linker_end: re.Pattern  # a linker ending the text before a body (`Secrétaire général d'`)
    join_words: frozenset[str]  # the words that may stand between the names of one list
    linker_words: frozenset[str]  # the words of the linkers (`de`, `du`, `of`, `del`)
    group_determiner: re.Pattern  # a determiner ending the text before a figure of bodies
    conjunction_words: frozenset[str]  # the words of its conjunctions (`et`, `ainsi`, `que`)
    member_words: frozenset[str]  # the words of member nouns and units of states (`membres`, `Estados`)
    object_relative: re.Pattern  # an object relative just before a cue (`, que integran`)
    clause_break: re.Pattern  # where a clause ends: `;`, `:`, a dash, `, and` / `, et`
    phrases: dict[tuple[str, ...], tuple[str, ...]]  # a phrase's words → the classes it is in
    longest: int  # words in the longest phrase
    prefixes: frozenset[tuple[str, ...]]  # the phrases and their beginnings
    inserted: frozenset[str]  # adverbs skipped inside a phrase (`trabaja también con`)
    first_person_verb: re.Pattern | None  # a verb in the first person plural by its ending (`Desplegamos`)

    def scan(self, text: str) -> dict[str, list[Cue]]:
        """Every cue phrase of every class in a text, in one pass over its words (a regular
        expression per class and sentence was most of the stage's time). A phrase's words
        stand apart by spaces only, or not at all after an elision (`d'INTERPOL`)."""
        folded = text.casefold().replace("’", "'")
        if len(folded) != len(text):  # a letter that folds to two (`ß`): fold word by word
            words = [m.group().casefold().replace("’", "'") for m in SCAN_WORD.finditer(text)]
            bounds = [b for m in SCAN_WORD.finditer(text) for b in m.span()]
        else:  # one pass over the folded text keeps every offset
            # the words and the gaps between them from one split, their offsets from the lengths:
            # no Python step per word of the text (a match object per word was most of the scan)
            parts = _WORD_SPLIT.split(folded)
            words = parts[1::2]
            bounds = list(accumulate(map(len, parts[:-1])))  # word i is [bounds[2i], bounds[2i+1])
        found: dict[str, list[Cue]] = {}
        phrases, longest, prefixes, inserted = self.phrases, self.longest, self.prefixes, self.inserted
        n = len(words)
        # where a phrase may start: a phrase of one word, or the first two words of a longer one
        # (the words alone let a third of a text's words through: `de`, `la`, `the`), or its first
        # word before an adverb it may hold (`trabaja también con`). One test in C per word (is it
        # the first word of a phrase?), then the pair read for those only.
        one, pairs = self.one_word_phrases, self.first_pairs
        for i in compress(range(n), map(self.starters.__contains__, words)):
            word = words[i]
            if word not in one and not (i + 1 < n and ((word, words[i + 1]) in pairs or words[i + 1] in inserted)):
                continue
            if i and bounds[2 * i - 1] == bounds[2 * i] and words[i - 1][-1:] == "'":
                continue  # no phrase starts inside `l'accord`: an elision belongs to the word after it
            key: tuple[str, ...] = (words[i],)
            skipped = 0
            for j in range(i, min(n, i + longest + 2)):
                if j > i:
                    gap = text[bounds[2 * j - 1]:bounds[2 * j]]
                    if not (gap.isspace() or (not gap and words[j - 1][-1:] == "'")):
                        break  # words of a phrase stand apart by spaces, or right after an elision
                    if key + (words[j],) not in prefixes and words[j] in inserted and skipped < 2:
                        skipped += 1  # `trabaja también con`: an adverb inside the phrase
                        continue
                    key += (words[j],)
                    if key not in prefixes:
                        break
                for name in phrases.get(key, ()):
                    found.setdefault(name, []).append(Cue(bounds[2 * i], bounds[2 * j + 1]))
        if self.first_person_verb is not None:
            if len(folded) == len(text):
                self._first_person_verbs(folded, found, self._ending_verbs(folded))
            else:
                self._first_person_verbs(text, found, [m.span() for m in self.first_person_verb.finditer(text)])
        return found

    def _first_person_verbs(self, text: str, found: dict[str, list[Cue]], spans: list[tuple[int, int]]) -> None:
        """`Desplegamos`, `apoyamos`: a verb whose ending alone says `we` (`spans`: where the
        pattern finds one), added to the first person's words where the list does not hold it already."""
        listed = {c.start() for c in found.get("first_person", ())}
        verbs = [Cue(start, end) for start, end in spans
                 if start not in listed and text[start:end].casefold() not in self.words["not_first_person"]]
        if verbs:
            found["first_person"] = sorted([*found.get("first_person", ()), *verbs])

    def _ending_verbs(self, folded: str) -> list[tuple[int, int]]:
        """The spans `first_person_verb.finditer` finds in a folded text, found from the endings'
        common last letters (`mos`) with `str.find`: the pattern matches whole words (a run of
        letters, `'` or `-` with none of them on either side), each ending on those letters, so
        each word that does is tried whole (a search of the pattern at every word of the text was
        a tenth of the scan)."""
        suffix = self.verb_suffix
        if not suffix:
            return [m.span() for m in self.first_person_verb.finditer(folded)]
        spans, at, size = [], folded.find(suffix), len(folded)
        while at >= 0:
            end = at + len(suffix)
            if end == size or not _word_sign(folded[end]):
                start = at
                while start and _word_sign(folded[start - 1]):
                    start -= 1
                if self.first_person_verb.fullmatch(folded, start, end):
                    spans.append((start, end))
            at = folded.find(suffix, end)
        return spans

    @cached_property
    def verb_suffix(self) -> str:
        """The last letters all first-person endings share (`mos`), in plain lower-case ASCII; ""
        where they share none."""
        endings = self.words["first_person_ending"]
        suffix = "".join(reversed(os.path.commonprefix([e[::-1] for e in endings]))) if endings else ""
        return suffix if suffix.isascii() and suffix.isalpha() and suffix.islower() else ""

    @cached_property
    def apposed_qualifier(self) -> re.Pattern:
        """An apposition opening on a qualifier or organ noun, one to three lower-case words of its
        complement and a linker, ending right before a body (`X, órgano técnico del SICA`): that body
        only says whose organ the one before the comma is (`Qualifiers`); built once per language."""
        nouns = _alternation(self.words["qualifier_noun"] | self.words["organ_noun"])
        linkers, articles = _alternation(self.words["linker"]), _alternation(self.words["article"])
        word = rf"(?!(?:{_alternation(self.conjunction_words)})\s)[a-zß-ÿ][a-zß-ÿ'’-]*"
        return re.compile(rf",\s*(?:(?i:{articles})\s*)?(?i:{nouns})(?:\s+{word}){{1,{APPOSED_WORDS}}}?\s+(?i:{linkers})\s*\Z")

    @cached_property
    def article_or_nothing(self) -> frozenset[str]:
        """An article, or nothing (`""`): what may stand between a cue and the body it reads."""
        return self.words["article"] | {""}

    @cached_property
    def acting_nouns(self) -> frozenset[str]:
        """The nouns of the units a body is made of and of the people who act for a state (`des
        contingents du Bénin`, `representantes de los gobiernos de A, B`): their owners are members."""
        return self.words["constituent"] | self.words["representative"]

    @cached_property
    def owner_articles(self) -> frozenset[str]:
        """Possessive articles, the text's and the first person's (`ses`, `nos`): a noun after one
        is a body's own."""
        return self.words["possessive_article"] | self.words["first_possessive"]

    @cached_property
    def complement_prepositions(self) -> frozenset[str]:
        """Prepositions and linkers, no article, that make the noun after them a complement (`at`,
        `in`, `of`, `por`): a noun phrase holding one names no list (`member_lists.opens_list`)."""
        return frozenset({w for name in ("helper_preposition", "place_preposition") for p in self.words[name]
                          for w in p.split()} | self.linker_words) - self.words["article"]

    @cached_property
    def border_gap_words(self) -> frozenset[str]:
        """What may stand between a border's noun and the word of `with` after it, besides names:
        articles and linkers (`les frontières de la France avec`, `the borders of Chile with`)."""
        return self.words["article"] | self.linker_words

    @cached_property
    def shared_link_words(self) -> frozenset[str]:
        """What may stand between a subject and the noun of a shared project: articles, linkers and
        the words of `shared_link` (`est le fruit d'`, `nació de`)."""
        return (self.words["article"] | self.linker_words
                | {w for phrase in self.words["shared_link"] for w in phrase.split()})

    @cached_property
    def gerund_endings(self) -> tuple[str, ...]:
        """The endings of a gerund or present participle (`working`, `travaillant`, `trabajando`):
        one `endswith` for them all (subjects.participle_subject)."""
        return tuple(self.words["gerund_ending"])

    @cached_property
    def direction_endings(self) -> tuple[str, ...]:
        """The direction words, alone and before `l'` (`vers`, `vers l'`): what a text before a
        place ends on when the place is where traffic went (one `endswith` for them all)."""
        return tuple(self.words["direction"]) + tuple(w + " l'" for w in self.words["direction"])

    @cached_property
    def phrase_stops(self) -> frozenset[str]:
        """Words that give a noun phrase a complement or a second noun (articles, prepositions,
        conjunctions): a noun phrase holding one is no body's own noun."""
        return frozenset(self.words["article"] | self.words["helper_preposition"] | self.join_words)

    @cached_property
    def one_word_phrases(self) -> frozenset[str]:
        """The phrases of one word (`scan` looks for phrases from these and `first_pairs`)."""
        return frozenset(key[0] for key in self.phrases if len(key) == 1)

    def qualifier_noun_before(self, before: str) -> re.Match | None:
        """`qualifier_before` searched in a text, where it may match: the text must end on a
        linker and blanks, so a last sign that no linker ends on (`avec `, `, `) rules it out
        without a search (an ASCII sign only: ignoring case pairs some others with ASCII letters)."""
        ends = self.linker_ends
        if ends is not None:
            last = before.rstrip()[-1:]
            if not last or (last.isascii() and last.lower() not in ends):
                return None
        return self.qualifier_before.search(before)

    @cached_property
    def linker_ends(self) -> frozenset[str] | None:
        """The last characters of the linkers, lower case, an apostrophe as `'` (None where one
        ends on a blank: no such test)."""
        if any(not w or w[-1].isspace() for w in self.words["linker"]):
            return None
        return frozenset("'" if w[-1] in "'’" else w[-1].lower() for w in self.words["linker"])

    @cached_property
    def starters(self) -> frozenset[str]:
        """The words a phrase may open on: the phrases of one word and the first words of the others."""
        return self.one_word_phrases | self.first_words

    @cached_property
    def first_words(self) -> frozenset[str]:
        """The first words of the phrases of two words or more."""
        return frozenset(key[0] for key in self.prefixes if len(key) >= 2)

    @cached_property
    def first_pairs(self) -> frozenset[tuple[str, str]]:
        """The first two words of the phrases of two words or more."""
        return frozenset(key[:2] for key in self.prefixes if len(key) >= 2)

    def find(self, name: str, text: str, start: int = 0, end: int | None = None) -> list[re.Match]:
        """The matches of a class in text[start:end]."""
        return list(self.patterns[name].finditer(text, start, len(text) if end is None else end))

    @property
    def list_words(self) -> frozenset[str]:
        """Single words that may stand between names of one list (`, et de l'`, `and the`)."""
        phrases = self.words["linker"] | self.words["conjunction"] | self.words["article"]
        return frozenset(w for phrase in phrases for w in phrase.split()) | {",", "&", "(", ")"}

    def has(self, name: str, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether a word of the class stands in text[start:end]."""
        return self.patterns[name].search(text, start, len(text) if end is None else end) is not None


@lru_cache(maxsize=16)
def load_fact_words(lang: str, patterns_dir: str | Path | None = None) -> FactWords:
    """The fact words of `lang` (none for a language whose folder has no facts.jsonl)."""
    root = Path(patterns_dir) if patterns_dir else DEFAULT_PATTERNS_DIR
    language_info(lang, root)
    lists = load_words(root / lang / FACTS_FILE, CLASSES)
    words = {name: lists.set(name) for name in CLASSES}
    patterns = {name: re.compile(rf"{first_letters(w)}(?<![\w'’-]){_alternation(w)}(?![\w-])", re.IGNORECASE)
                for name, w in words.items()}
    patterns.update(_group_patterns(words))
    # searched for (never matched): the leftmost match opens a word, so no search starts inside
    # one (the lookbehind); same matches, a few tries per text instead of one per character
    # the word possessive (`++`): a blank follows it, which none of its shorter starts could meet
    qualifier = re.compile(rf"(?<![\w'’-])([\w'’-]++)\s+{_alternation(words['linker'])}\s*\Z", re.IGNORECASE)
    phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
    for name, members in words.items():
        if name not in SCANNED:
            continue
        for phrase in members:
            key = phrase_key(phrase)
            if key:
                phrases[key] = (*phrases.get(key, ()), name)
    conjunctions = _alternation(words["conjunction"])
    # every break opens on one of `;:,` or a blank: the lookahead passes the letters in one test
    clause = re.compile(rf"(?=[;:,\s])(?:[;:]|\s[–—]\s|,\s+{conjunctions}\s|,?\s+{_alternation(words['clause_conjunction'])}\s)",
                        re.IGNORECASE)
    joining = words["linker"] | words["conjunction"] | words["article"]
    join_words = frozenset(w for phrase in joining for w in phrase.split()) | {",", "&", "-", "–", "/"}
    place = re.compile(rf"(?<![\w'’-]){_alternation(words['place_preposition'] | words['acting_for'])}\s*\Z",
                       re.IGNORECASE)
    return FactWords(lang, words, patterns, qualifier, place, *_office_patterns(words), join_words,
                     frozenset(w for phrase in words["linker"] for w in phrase.split()),
                     re.compile(rf"(?<![\w'’-]){_alternation(words['group_determiner'])}\s*\Z", re.IGNORECASE),
                     frozenset(w for phrase in words["conjunction"] for w in phrase.split()),
                     frozenset(w for name in ("member_noun", "country_unit") for phrase in words[name]
                               for w in (phrase.split() + [p + "s" for p in phrase.split()])) | words["member_plural"],
                     re.compile(rf"[,\s](?:{_alternation(words['object_relative'])})\s*\Z", re.IGNORECASE), clause, phrases,
                     max((len(k) for k in phrases), default=1),
                     frozenset(k[:n] for k in phrases for n in range(1, len(k) + 1)),
                     frozenset(w for phrase in words["inserted"] for w in phrase_key(phrase)),
                     _first_person_verb(words["first_person_ending"]))


def _group_patterns(words: dict[str, frozenset[str]]) -> dict[str, re.Pattern]:
    """group_references.py's patterns: `group_noun`, a noun of bodies after a number word, two words
    at most between (none where the language lists no such noun); `after_noun`, a lower-case word
    after a noun that is no linker (`régionales`, not `de`)."""
    linkers = frozenset(w for phrase in words["linker"] for w in phrase.split())
    found = {"after_noun": re.compile(rf"\s+(?!{_alternation(linkers)}(?![\w'’-]))[a-zà-ÿ][\w-]*(?=\s)")}
    heads = words["group_head"] | words["group_any_head"]
    if heads:
        found["group_noun"] = re.compile(
            rf"\S+(?:\s+[^\W\d_][\w'’-]*){{0,2}}?\s+(?P<head>{_alternation(heads)})(?![\w'’-])", re.IGNORECASE)
    return found


def _first_person_verb(endings: frozenset[str]) -> re.Pattern | None:
    """A word of plain letters (no accent before its ending) ending on a first-person ending."""
    if not endings:
        return None
    return re.compile(rf"(?<![\w'’-])[a-zñ]{{2,}}{_alternation(endings)}(?![\w'’-])", re.IGNORECASE)


def _office_patterns(words: dict[str, frozenset[str]]) -> tuple[re.Pattern, ...]:
    """The patterns of `FactWords` that read what stands between a body and a body or person."""
    linker, article = _alternation(words["linker"]), _alternation(words["article"])
    honorific = _alternation(words["honorific"])
    noun = r"[^\W\d_][\w'’.-]*"
    flags = re.IGNORECASE
    return (re.compile(rf"\s*(?:'s|’s)\s+(?:{noun}\s+){{0,3}}?{_alternation(words['qualifier_noun'])}\b", flags),
            re.compile(rf"\)?\s*(?:\([^()]*\)\s*)?,?\s*{linker}\s*", flags),
            re.compile(rf"\s*,\s*(?:{noun}\s+){{1,6}}?{linker}\s*", flags),
            re.compile(rf"(?:\s*\([^()]*\))?(?:\s*(?:'s|’s)\s+(?:{noun}\s+){{0,4}}?{noun}\s*,?|\s*,)\s*"
                       rf"(?:{article}\s+)?(?:{honorific}\s*|[^\W\d_][\w-]*\s+){{0,2}}", flags),
            re.compile(rf"(?<![\w'’-]){linker}\s*\Z", flags))
