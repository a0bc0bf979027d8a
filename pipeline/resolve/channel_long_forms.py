"""An acronym's long form that runs across the words of a channel (`a través de`, `par le biais
de`), read where the acronym's letters fit the whole name and not its part after the channel.

The channel's words stop a long form read back from its parenthesis (`acronym_stop`): in
`la Comisión Europea a través de su Dirección General ... (DG ...)` the body before them is a
mention of its own. But a channel's words also stand inside names (`Fundación para la Paz a
través del Deporte (FUNDAPAZDE)`): there the acronym's letters fit the whole name and nothing after
the channel, and the stop must yield, or the name is cut into a shorter body and its complement
(a place, a field).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ..lexicon import Lexicon
from .acronym_shapes import spells


def across_channel(lex: Lexicon, acr: str, window: list[Token], starts: list[int],
                   first: int) -> int | None:
    """The start of the shortest name in `window` (the words before the parenthesis) that runs
    across a channel (`acronym_channel`: `a través`, `par le biais`) and whose letters hold the
    acronym's in order, the first its first letter (`spells`), from a capitalised head noun of a
    body, a programme or an instrument at one of `starts`, not before `first` (the part with no
    name found in it). None where no channel is crossed, where the name after the channel spells
    the acronym itself, where a comma, a possessive (`a través de su`: the next body is the first
    one's), a relative, a first-person pronoun or a stop word other than the channel's own (a
    verb: `le Fonds qui agit à travers le …`) stands in the name."""
    channels = _channels(window, _by_last(lex.words("acronym_channel")))
    if not channels:
        return None
    last = channels[-1][1]
    if any(spells(acr, _joined(window[k:])) for k in starts if k > last):
        return None
    heads = lex.words("programme_head") | lex.words("instrument_head")
    stops, conjunctions = lex.words("acronym_stop"), lex.words("name_conjunction")
    owners, relatives = lex.words("run_owner"), lex.words("acronym_relative")
    pronouns = lex.words("speaker_pronoun")
    channel_words = {k for opening, end in channels for k in range(opening, end + 1)}
    for i in reversed([k for k in starts if first <= k < channels[0][0]]):
        head = window[i]
        if not head.text[:1].isupper() or not (lex.is_body_head(head.text) or head.lower_ in heads):
            continue
        if any(t.text == "," or t.lower_ in owners or t.lower_ in relatives or t.text in pronouns
               or (t.lower_ in stops and t.lower_ not in conjunctions and k not in channel_words)
               for k, t in enumerate(window[i:], i)):
            return None
        if spells(acr, _joined(window[i:])):
            return i
    return None


@lru_cache(maxsize=8)
def _by_last(phrases: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The channels by their last word (`par l'intermédiaire` by `intermédiaire`)."""
    by_last: dict[str, tuple[str, ...]] = {}
    for phrase in phrases:
        word = re.split(r"[ '’]", phrase)[-1]
        by_last[word] = by_last.get(word, ()) + (phrase,)
    return by_last


def _channels(window: list[Token], by_last: dict[str, tuple[str, ...]]) -> list[tuple[int, int]]:
    """The first and last word of each channel written in `window`, in order."""
    found = []
    for k, t in enumerate(window):
        for phrase in by_last.get(t.lower_, ()):
            begin = t.idx + len(t) - len(phrase)
            text = t.doc.text[max(0, begin):t.idx + len(t)].lower().replace("’", "'")
            opening = next((j for j in range(k, -1, -1) if window[j].idx == begin), None)
            if text == phrase and opening is not None:
                found.append((opening, k))
                break
    return found


def _joined(words: list[Token]) -> str:
    return " ".join(t.text for t in words)
