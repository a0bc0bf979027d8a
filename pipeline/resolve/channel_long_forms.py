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

from spacy.tokens import Token

from ..lexicon import Lexicon
from .acronym_shapes import spells


def across_channel(lex: Lexicon, acr: str, window: list[Token], starts: list[int],
                   first: int) -> int | None:
    """The start of the shortest name in `window` (the words before the parenthesis) that runs
    across a channel's words and whose letters hold the acronym's in order, the first its first
    letter (`spells`), from a capitalised head noun of a body, a programme or an instrument at one
    of `starts`, not before `first` (the part with no name found in it). None where no channel
    word is crossed, where the name after the channel spells the acronym itself, where a comma,
    a possessive (`a través de su`: the next body is the first one's) or another stop word (a
    verb, a relative) stands in the name."""
    channel = lex.words("acronym_channel_stop")
    crossed = [k for k, t in enumerate(window) if t.lower_ in channel]
    if not crossed:
        return None
    last = crossed[-1]
    if any(spells(acr, _joined(window[k:])) for k in starts if k > last):
        return None
    heads = lex.words("programme_head") | lex.words("instrument_head")
    stops, conjunctions = lex.words("acronym_stop"), lex.words("name_conjunction")
    owners = lex.words("run_owner")
    for i in reversed([k for k in starts if first <= k < crossed[0]]):
        head = window[i]
        if not head.text[:1].isupper() or not (lex.is_body_head(head.text) or head.lower_ in heads):
            continue
        name = window[i:]
        if any(t.text == "," or t.lower_ in owners
               or (t.lower_ in stops and t.lower_ not in conjunctions and not _opens_channel(name, k, channel))
               for k, t in enumerate(name)):
            return None
        if spells(acr, _joined(name)):
            return i
    return None


def _opens_channel(name: list[Token], k: int, channel: frozenset[str]) -> bool:
    """Whether the word at `k` is a channel's word or opens one (`par le biais`, `por intermedio`)."""
    return any(t.lower_ in channel for t in name[k:k + 4])


def _joined(words: list[Token]) -> str:
    return " ".join(t.text for t in words)
