"""Lists of names as the facts rules read them: which bodies one list names, and the text
between two bodies once the names in it are left out."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING

from .words import WORD

if TYPE_CHECKING:
    from .refs import Ref

PARENTHESES = re.compile(r"\([^()]*\)")  # one parenthesis with none inside (the one definition, imported)
_TOKEN = re.compile(rf"{WORD.pattern}|[^\w\s]")
_PLACE_PREFIX = re.compile(r"(?:\s\w{1,5}['’]?){1,2}\s*\Z")  # `en `, `dans la `, `in the ` before a place
_POSSESSIVE = re.compile(r"(?:['’]s(?!\w))?")  # `France's` (the state owns the body after it)
_APPOSITION_WORDS = 6  # words of an apposition inside a list (`, gardien de ce texte,`)
# an aside between two dashes (an em dash, or an en dash with spaces around it), no dash inside:
# `A —on behalf of B and C—, D`, `A – acting for B – and D`
# (no full stop or semicolon inside: two dashes of two sentences are no pair)
# (the lookahead for either dash first: the engine passes every other character at once, where
# the lookbehind of the second alternative was tried at each)
_DASH_ASIDE = re.compile(r"(?=[—–])(?:—[^—\n.;]{1,100}—|(?<=\s)–\s[^–\n.;]{1,100}\s–(?=\s|,))")


def without_asides(gap: str) -> str:
    """A text between two bodies without its asides between dashes (`A —on behalf of B—, C`)."""
    return _DASH_ASIDE.sub(" ", gap) if "—" in gap or "–" in gap else gap


def tokens(text: str) -> list[str]:
    """The words and signs of a text, parenthesised parts left out, folded as cue words are."""
    return _TOKEN.findall(_folded(text))


def iter_tokens(text: str) -> Iterator[str]:
    """`tokens(text)` one at a time: a reader that stops at the first token that rules the text
    out reads no further (the text is still folded and cleared of parentheses whole, as a
    parenthesis may close far past the first tokens)."""
    return (m.group() for m in _TOKEN.finditer(_folded(text)))


def _folded(text: str) -> str:
    """A text cleared of its parenthesised parts and folded as cue words are."""
    if "(" in text:  # (most texts read hold no parenthesis: no substitution to run)
        text = PARENTHESES.sub(" ", text)
    return text.casefold().replace("’", "'")


def elided(word: str) -> tuple[str, ...]:
    """A token and, where an elision glues it to the next word (`d'une`, one token of `tokens`),
    its two parts (`d'`, `une`)."""
    at = word.find("'")
    return (word, word[:at + 1], word[at + 1:]) if 0 <= at < len(word) - 1 else (word,)


class Lists:
    """What `FactDocument` reads of lists (a mixin: it holds `text`, `words`, `mentions`)."""

    def relatives(self, start: int, end: int) -> list[int]:
        """Where relative pronouns start in text[start:end], none of a former name inside a list
        (`le Chili, le Pérou et ce qui était alors l'OUA ont signé`: no relative clause)."""
        former = [(m.start(), m.end()) for m in self.words.find("former_name", self.plain, start, end)]
        return [m.start() for m in self.words.find("relative", self.plain, start, end)
                if not any(s <= m.start() < e for s, e in former)]

    def joins(self, gap: str, also: set[str] | frozenset[str] = frozenset()) -> bool:
        """Whether the text between two bodies joins them in one list: commas, conjunctions,
        articles, linkers (`, de l'`, ` et du `), a parenthesised acronym, a short apposition
        (`, gardien de ce texte, de l'`), and the words `also` (a cue's own, repeated: `repose
        sur le GCM et sur le GCR`)."""
        allowed = self.words.join_words | also
        gap = without_asides(gap)  # `A —on behalf of B—, C`: the aside is no word between them
        if self.words.patterns["channel"].search(gap):
            # `España, a través de la AECID y del Fondo España-SICA, Alemania`: the bodies a state
            # acts through are of its list
            gap = self.words.patterns["channel"].sub(" ", gap)
        # `Ukraine and what was then Serbia and Montenegro`: a member of the list by its former name
        gap = self.words.patterns["former_name"].sub(" ", gap)
        if len(gap) <= 60 and all(t in allowed for t in tokens(gap)):
            return True
        parts = PARENTHESES.sub(" ", gap).split(",")
        if len(parts) >= 2 and self._epithet(parts[0]) and len(gap) <= 60 and all(
                t in allowed for t in tokens(",".join(parts[1:]))):
            return True  # `la Police fédérale belge, la Police grand-ducale`: the name's own adjective
        return (len(parts) >= 3 and len(gap) <= 90
                and all(len(p.split()) <= _APPOSITION_WORDS for p in parts[1:-1])
                and all(t in allowed for t in tokens(parts[-1])))

    def _epithet(self, text: str) -> bool:
        """Whether a text is one lower-case word that no cue phrase opens: an adjective the name
        left out (`belge`, `néerlandaise`)."""
        word = text.strip()
        return word.isalpha() and word.islower() and (word.casefold(),) not in self.words.prefixes

    def lists(self, refs: list[Ref]) -> list[list[Ref]]:
        """Bodies cut into lists, in order (the bodies one reference stands for make one list; a
        comma after the conjunction of a list ends it: `Avec l'OIM et le HCR, INTERPOL …`)."""
        key = tuple(refs)
        if key not in self._lists:
            self._lists[key] = self._cut(refs)
        return self._lists[key]

    def _cut(self, refs: list[Ref]) -> list[list[Ref]]:
        asides = self.dash_asides
        if asides:  # the bodies of an aside between dashes make lists of their own, and the list
            # around it goes on past it (`A, B —on behalf of C and D—, E and F`: A, B, E, F)
            inner = [r for r in refs if any(s <= r.start and r.end <= e for s, e in asides)]
            if inner:
                outer = [r for r in refs if r not in inner]
                return sorted(self._cut_plain(outer) + self._cut_plain(inner), key=lambda g: g[0].start)
        return self._cut_plain(refs)

    @cached_property
    def dash_asides(self) -> list[tuple[int, int]]:
        """Where asides between dashes stand in the text (read once per document)."""
        text = self.text
        return [m.span() for m in _DASH_ASIDE.finditer(text)] if ("—" in text or "–" in text) else []

    def _cut_plain(self, refs: list[Ref]) -> list[list[Ref]]:
        groups: list[list[Ref]] = []
        closed = False  # the list has had its conjunction
        inner = False  # in the bodies one of the list acts through (`España, a través de A y de B, Alemania`)
        conjunctions = self.words.conjunction_words
        for ref in refs:
            last = groups[-1][-1] if groups else None
            gap = self.gap(last.end, ref.start) if last is not None else ""
            gap = without_asides(gap)  # an aside's own conjunction does not close the list
            words = set(tokens(gap))
            if last is not None and (
                    (ref.label == last.label == "REFERENCE" and ref.start == last.start)
                    or ("REFERENCE" not in (ref.label, last.label) and "PUBLISHER" not in (ref.label, last.label)
                        and self.joins(gap) and not (closed and not words & conjunctions))):
                groups[-1].append(ref)
                channel = self.words.patterns["channel"].search(gap) is not None
                if inner and not channel and not words & conjunctions:
                    inner = False  # `…, Alemania`: back in the list the channel left
                inner = inner or channel
                closed = closed or (bool(words & conjunctions) and not inner and not self._own_organ(gap))
            else:
                groups.append([ref])
                closed = inner = False
        return groups

    def _own_organ(self, gap: str) -> bool:
        """Whether a gap ends on a conjunction and a possessive determiner (`la Armada Paraguaya y
        su Prefectura General Naval, la ANNP`, `the Navy and its Coast Guard, the …`): the body after
        it is the one before's own organ, a pair inside the list, whose conjunction does not end it."""
        words = tokens(gap)
        return (len(words) >= 2 and words[-1] in self.words.words["possessive_article"]
                and words[-2] in self.words.conjunction_words)

    def _placing(self, before: str) -> bool:
        """Whether the short words before a state open on a place preposition (`in`, `in the`,
        `en`, `au`) or say whom the body acts for (`for`, `pour`): the state says where the body
        before it is or whom it stands for, it is no member of the list."""
        prefix = _PLACE_PREFIX.search(before)
        words = tokens(prefix.group()) if prefix else []
        return bool(words) and (words[0] in self.words.words["place_preposition"]
                                or words[0] in self.words.words["acting_for"]) or (  # `the DIN for Germany, the BIS`
            self.words.place_before.search(before) is not None)  # a longer phrase: `la France au titre de La Réunion`

    def gap(self, start: int, end: int) -> str:
        """The text between two offsets without the mentions in it (a body's owner or alias:
        `las FEMA (FEMA) del Ministerio Público y la SUNAT`)."""
        starts = self._mention_starts  # the mentions are in order: those starting in [start, end) are one slice
        inside = self.mentions[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
        if not inside:
            return self.text[start:end]
        parts, at = [], start
        for m in inside:
            before = self.text[at:m.start]
            possessive = _POSSESSIVE.match(self.text, m.end).group() if m.label == "COUNTRY" else ""
            if m.label == "LOCATION" or possessive:  # `la CEDEAO en Afrique de l'Ouest, l'IGAD dans la
                before = _PLACE_PREFIX.sub("", before)  # Corne`, `FinCEN of the United States, France's TRACFIN`
            elif m.label == "COUNTRY" and self._placing(before):
                # `the DIN in Germany, the AFNOR`: where a body is (or whom it acts for: `la France au titre de la Réunion`)
                before = _PLACE_PREFIX.sub("", self.words.place_before.sub("", before))
            parts.append(before)
            at = max(at, m.end + len(possessive))
        return "".join(parts) + self.text[at:end]

