"""Short names in lower or mixed case that a body's long form defines: `Office fédéral de la
police (fedpol)`, `Servicio Nacional de Pesca y Acuicultura (Sernapesca)`.

`resolve/acronyms.py` reads definitions of acronyms (two capitals at least). A short name in
another case is a body's name only when its letters abbreviate the long form before its
parenthesis, the first at a word's start and in order, over two words at least (after
Schwartz & Hearst 2003, as `longforms.py` reads acronyms); one that repeats a word of the long
form (`Policía Federal de Brasil (Brasil)`) names a place or a country, not the body. The long
form takes it as norm where the gazetteer gives the body no id (SCHEMA: the name the text
defines), and so does every use of it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import provenance
from ..lexicon import CAPITAL
from ..mention import Mention
from ..text import unaccented
from .context import Context, State
from .longforms import ACRONYM

# one word of four letters or more in parentheses that is no acronym (`(fedpol)`, `(Sernapesca)`)
_SHORT_DEF = re.compile(rf"\(\s*((?:[a-zà-ÿ]|[{CAPITAL}](?=[a-zà-ÿ]+\s*\)))[a-zà-ÿ]{{3,14}})\s*\)")


def short_names(ctx: Context, state: State) -> State:
    """Bodies' short names defined after their long form, and every use of them (see the
    module's docstring)."""
    text = ctx.text
    matches = list(_SHORT_DEF.finditer(text))
    if not matches:
        return state
    ends: dict[int, Mention] = {}
    for c in state.candidates:
        if c.label == "ORG" and " " in text[c.start:c.end].strip():
            if c.end not in ends or c.end - c.start > ends[c.end].end - ends[c.end].start:
                ends[c.end] = c
    if not ends:
        return state
    replaced: dict[Mention, Mention] = {}
    defined: dict[str, Mention] = {}
    for match in matches:
        long_form = ends.get(len(text[:match.start()].rstrip(" \t")))
        word = match.group(1)
        if long_form is None or word in defined or not abbreviates(word, text[long_form.start:long_form.end]):
            continue
        norm = long_form.norm if provenance.kind(long_form.source) == "gazetteer" and long_form.norm else word
        replaced[long_form] = long_form._replace(norm=norm, source=ACRONYM
                                                 if long_form.source == provenance.MODEL else long_form.source)
        defined[word] = Mention(match.start(1), match.end(1), "ORG", norm, ACRONYM)
    if not defined:
        return state
    # a use may follow an elided article (`d'Afalula`), not another word's apostrophe
    uses = re.compile(r"(?<![\w-])(?<!\w\w['’])(?:" + "|".join(map(re.escape, defined)) + r")(?![\w'’-])")
    found = [Mention(m.start(), m.end(), "ORG", defined[m.group()].norm, ACRONYM) for m in uses.finditer(text)]
    # every reading of the long form's span takes the norm (`capitalised` may have read it twice)
    spans = {(m.start, m.end): m for m in replaced.values()}
    candidates = tuple(c._replace(norm=spans[c.start, c.end].norm) if c.label == "ORG" and (c.start, c.end) in spans
                       and not c.norm else replaced.get(c, c) for c in state.candidates)
    return State(candidates + tuple(found), state.kept)


def abbreviates(short: str, long: str) -> bool:
    """Whether `short`'s letters are `long`'s in order, the first at the start of a word, each
    other one further in the same word or at the start of a later one, over two words at least,
    and `short` is none of `long`'s words. An elided article is a word of its own (`d'AlUla`), and
    a letter may be read further on than its first fit (`Afalula`: the second `a` is `AlUla`'s)."""
    s, words = _fold(short), [_fold(w) for w in re.findall(r"[\w-]+", long)]
    if len(words) < 2 or s in words or not s:
        return False

    @lru_cache(maxsize=None)
    def most_words(k: int, w: int, i: int) -> int:
        """The most words s[k:] can use from letter i of word w on (-1: none fits)."""
        if k == len(s):
            return 0
        best = -1
        at = words[w].find(s[k], i)
        while at >= 0:  # further in the same word
            best = max(best, most_words(k + 1, w, at + 1))
            at = words[w].find(s[k], at + 1)
        for later in range(w + 1, len(words)):  # at the start of a later word
            if words[later].startswith(s[k]):
                rest = most_words(k + 1, later, 1)
                best = max(best, rest + 1 if rest >= 0 else -1)
        return best

    firsts = [w for w, word in enumerate(words) if word.startswith(s[0])]
    return any(most_words(1, w, 1) + 1 >= 2 for w in firsts)


def _fold(word: str) -> str:
    """Lower case without accents (`fédéral` abbreviates to `fed`)."""
    return unaccented(word.lower())
