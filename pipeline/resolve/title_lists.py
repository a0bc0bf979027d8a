"""An instrument's title that goes on across a list of its objects, an aside or its period.

A title's complement may list objects of one kind, ended by a conjunction: infinitives or
adjectives in capitals (`Agreement … to Prevent, Deter and Eliminate Illegal, Unreported and
Unregulated Fishing`), or lower-case complements that open with the same small word as the
title's first one (`Stratégie … de stabilisation, de redressement et de résilience des zones …`,
`… pour la prévention de …, la préparation et la lutte`). An aside between commas after a
conjunction goes on to a complement (`… par les navires et, en cas de crise, de lutte contre …`),
and a period of years in parentheses right after the title is its own (`(2022-2031)`). A list
with no conjunction at its end, with a name in it (a list of bodies), or after a full stop is
none of these. A title that names its parties in capitals goes on across their list to what the
text is about (`Acuerdo entre el Reino de Zelandia y la República Boreal sobre …`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lexicon import CAPITAL, alternation, elided
from ..mention import SpanIndex
from .context import Context

_WORD = r"[^\W\d_][\w'’-]*"
_CAPITAL = rf"[{CAPITAL}][\w'’-]*"  # a capitalised word (a Greek or Cyrillic lower-case one is none)
_PERIOD = re.compile(r"[ \u00a0]\((?:19|20)\d\d[-–](?:19|20)\d\d\)")
_ASIDE_WORDS = 8
_ITEM_WORDS = 4


def capital_list_end(ctx: Context, index: SpanIndex | None, end: int) -> int:
    """Where a title ending at `end` ends when a list of single capitalised words ended by a
    conjunction follows it (`to Prevent, Deter and Eliminate Illegal, Unreported and
    Unregulated Fishing`): the list and the capitalised words after its last item; `end` where
    none does, or where a word of the list is a name found (`… with Spain, France and Italy`)."""
    conjunctions = ctx.lexicon.words("name_conjunction")
    pattern = _capital_list(ctx, conjunctions)
    while pattern is not None:
        match = pattern.match(ctx.text, end)
        if match is None or (index is not None and index.overlapping(end, match.end())):
            break
        end = match.end()
    return end


def _capital_list(ctx: Context, conjunctions: frozenset[str]) -> re.Pattern | None:
    def build(lex):
        words = [re.escape(w) for w in conjunctions if w.isalpha()]
        if not words:
            return None
        return re.compile(rf"(?:,[ ]{_CAPITAL})+,?[ ](?:{'|'.join(words)})[ ]{_CAPITAL}(?:[ ]{_CAPITAL})*")
    return ctx.knowledge.built("title_capital_list", build)


def lowercase_list_end(ctx: Context, words: list[str], end: int,
                       name_end: Callable[[Context, int], int | None]) -> tuple[int, bool]:
    """Where a lower-case title ending at `end` ends when its complement goes on across a list
    (see the module's docstring). `words` are the title's words after its head, lower case; the
    first item's opening word (the linker after the head or the word after it) must open every
    item; after the conjunction the title goes on as `name_end` reads a complement."""
    lex, text = ctx.lexicon, ctx.text
    linkers, conjunctions = lex.words("text_linker"), lex.words("name_conjunction")
    first = next((i for i, w in enumerate(words) if w in linkers), None)
    if first is None:
        return end, False
    openers = {w for w in words[first:first + 2] if w in linkers}
    at, items = end, 0
    while True:
        item = _ITEM.match(text, at)
        if item is None:
            break
        parts = item.group(1).split()
        if parts[0].lower() not in openers or any(not p[0].islower() for p in parts):
            break
        joined = next((i for i, p in enumerate(parts) if p.lower() in conjunctions), None)
        if joined is not None:  # the last item: `la préparation et la lutte`
            if joined == 0 or joined + 1 >= len(parts) or parts[joined + 1].lower() not in openers:
                break
            # the conjunction's own end, from the item's words (a search for it as text would
            # find `y` inside `proyectos`)
            last = item.start(1) + [w.end() for w in _TOKEN.finditer(item.group(1))][joined]
            more = name_end(ctx, last)
            return (more, True) if more is not None else (_lowercase_tail(ctx, last), False)
        at, items = item.start(1) + len(item.group(1).rstrip()), items + 1
    return _aside_end(ctx, end, linkers, conjunctions, words, name_end)


def _aside_end(ctx: Context, end: int, linkers: frozenset[str], conjunctions: frozenset[str],
               words: list[str], name_end: Callable[[Context, int], int | None]) -> tuple[int, bool]:
    """A conjunction, an aside between commas and a complement that opens with a linker of the
    title (`et, en cas de situation critique, de lutte contre …`)."""
    match = _ASIDE.match(ctx.text, end)
    if match is None or match.group(1).lower() not in conjunctions:
        return end, False
    aside = match.group(2).split()
    if len(aside) > _ASIDE_WORDS or any(not w[0].islower() for w in aside) \
            or match.group(3).lower() not in linkers or match.group(3).lower() not in words:
        return end, False
    more = name_end(ctx, match.start(3) - 1)
    return (more, True) if more is not None else (end, False)


def _lowercase_tail(ctx: Context, at: int) -> int:
    """The end of the lower-case words of a last item (`la lutte`), before any word that starts
    a clause (`text_stop`)."""
    stops = ctx.lexicon.words("text_stop")
    for word in _NEXT_WORD.finditer(ctx.text, at):
        if word.start() != at or not word.group(1)[0].islower() or word.group(1).lower() in stops:
            break
        at = word.end()
    return at


_TOKEN = re.compile(r"\S+")
_ITEM = re.compile(rf",[ ]((?:{_WORD}[ ]?){{1,{_ITEM_WORDS}}})")
_ASIDE = re.compile(rf"[ ](\w+),[ ]([^,.;:()\n]+),[ ]({_WORD})")
_NEXT_WORD = re.compile(rf"[ ]({_WORD})")


def period_end(text: str, end: int) -> int:
    """The end of a period of years in parentheses right after a title (`(2022-2031)`), or
    `end`."""
    match = _PERIOD.match(text, end)
    return match.end() if match is not None else end


def variant_end(text: str, end: int) -> int:
    """Where a title ending at `end` ends when a slash and a variant of its last name follow it
    (`… of the Rail Baltic / Rail Baltica Railway Connection`): the capitalised words after the
    slash, whose first word starts as a word of the name before it does; `end` otherwise
    (`the Agreement on Trade / Investment`)."""
    match = _VARIANT.match(text, end)
    if match is None:
        return end
    before = text[max(0, end - 60):end].split()[-3:]
    first = match.group("run").split()[0]
    return match.end() if any(w[:4] == first[:4] and w[0].isupper() for w in before) else end


_VARIANT = re.compile(rf"[ \t]?/[ \t]?(?P<run>{_CAPITAL}(?:[ \t]+{_CAPITAL})*)")


def parties_end(ctx: Context, index: SpanIndex | None, end: int) -> int:
    """Where a title ending at `end` ends when its parties follow it as one collective
    (`title_parties`: `… in Criminal Matters between the Member States of the European Union`,
    `entre les États membres de …`), with the body whose members they are; not a list of bodies
    (`the Agreement between UNODC and INTERPOL`), which is no part of a title."""
    pattern = ctx.knowledge.built("title_parties", _parties)
    match = pattern.match(ctx.text, end) if pattern is not None else None
    if match is None or (index is not None and any(
            k.start < match.end() < k.end for k in index.overlapping(end, match.end()))):
        return end
    return match.end()


def _parties(lex) -> re.Pattern | None:
    parties, of = lex.words("title_parties"), lex.words("complement_linker")
    if not parties or not of:
        return None
    phrase, linker = alternation(parties, space=r"[ \t]+"), alternation(of)
    body = rf"{_CAPITAL}(?:[ \t]+{_CAPITAL})*"
    return re.compile(rf"(?i:[ \t]+(?:{phrase}))(?![\w'’-])(?:[ \t]+(?i:{linker})[ \t]*{body})?")


def between_end(ctx: Context, words: list[str], end: int,
                name_end: Callable[[Context, int], int | None]) -> int | None:
    """Where a lower-case title ending at `end` inside its first party ends, when its complement
    opens with the word that names its parties (`title_between`) and they are listed in capitals,
    ended by a conjunction (`Acuerdo entre el Reino de Zelandia y la República Boreal sobre
    cooperación aduanera`, `Traité entre le Royaume d'Arcadie, la République de Borée et le
    Grand-Duché de Céladon en matière de …`): the list and the complement after it, which must
    say what the text is about (`text_topic`). -1 where the list is followed by no such complement:
    parties alone name no text (`l'Accord entre la Zelandie et la Borée a été signé`); None where no
    list follows. `words` are the title's words after its head, lower case; `name_end` reads the
    complement after the list."""
    lex = ctx.lexicon
    if not words or words[0] not in lex.words("title_between"):
        return None
    pattern = ctx.knowledge.built("title_between_list", _between_list)
    match = pattern.match(ctx.text, end) if pattern is not None else None
    if match is None:
        return None
    after = _NEXT_WORD.match(ctx.text, match.end())
    more = name_end(ctx, match.end()) if after is not None and after.group(1).lower() in lex.words("text_linker") else None
    topics = lex.words("text_topic")
    if more is None or not any(w.lower() in topics for w in re.findall(r"[\w'’]+", ctx.text[match.end():more])):
        return -1
    return more


def _between_list(lex) -> re.Pattern | None:
    articles, of, conjunctions = lex.words("article"), lex.words("complement_linker"), lex.words("name_conjunction")
    if not articles or not of or not conjunctions:
        return None
    # a party's name in capitals, with its linkers and its adjectives in lower case (`la
    # République fédérale de …`)
    endings = lex.words("name_adjective_ending")
    adjective = rf"|[ ][^\W\d_][\w-]*{alternation(endings)}(?![\w'’-])" if endings else ""
    party = rf"{elided(articles, space='[ ]')}?{_CAPITAL}(?:[ ]{elided(of, space='[ ]')}?{_CAPITAL}{adjective})*"
    return re.compile(rf"(?:,[ ]{party})*,?[ ]{alternation(conjunctions)}[ ]{party}")
