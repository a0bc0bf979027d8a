"""Names set in a list beside names of their kind: an acronym among bodies, a place among places.

Lists in this genre hold names of one kind (`l'EAPCCO, le SARPCCO, le CCPAC et le WAPCCO`,
`located in Abidjan and Pointe-Noire`, `los departamentos de Antioquia, Cauca, Norte de Santander
y Putumayo`). A name no rule knows that stands in such a list, next to a name the rules found or
after a plural noun that announces the list (`two regional centres, CRESMAO and CRESMAC`), is a
name of that kind: an acronym of a body, a place. A name in title case beside a body a gazetteer
holds or an acronym (`WHO, Rotary International, …`, `Eurojust and Europol`) is a body's too,
unless it says it is a name of another kind (`listed_kinds`: `UNODC and Maria Lopez`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import provenance
from ..mention import Mention, SpanIndex
from .context import Context, State
from ..lexicon import CAPITAL, alternation
from .listed_kinds import OtherKinds
from .literals import whole_uses
from .place_regexes import list_item
from .longforms import ACRONYM
from .regex_parts import ACRONYM as ACRONYM_WORD, ROMAN_NUMERAL, first_letters, spaced_elided

PLACE = provenance.heuristic("place")
_VALUES = ("FIGURE", "DATE")
# the end of a plural word before a comma and a blank; the word is read back from there (a
# search for the word's start at every position of the text cost ten times more)
_PLURAL_COMMA = re.compile(r"s,[ \t]")


def listed_names(ctx: Context, state: State) -> State:
    """Acronyms listed with bodies are bodies; capitalised names listed with places are places
    (see the module's docstring). Each list is followed from a name found or from the noun that
    announces it, item by item; an item the rules read otherwise ends it."""
    known = [c for c in state.candidates if c.source != provenance.MODEL]
    if not known:
        return state
    index = SpanIndex(known)
    make_body = lambda s, e: Mention(s, e, "ORG", ctx.original[s:e], ACRONYM)  # noqa: E731
    orgs = [c for c in known if c.label == "ORG"]
    bodies = _follow(ctx, orgs, ctx.regexes.listed_acronym, index,
                     _body_lists(ctx, index) + _after_definitions(ctx.text, orgs), make_body, qualify=True)
    bodies += _before_bodies(ctx, orgs, index, make_body)
    bodies += _titled_bodies(ctx, orgs, index, make_body, state.candidates)
    places = _follow(ctx, [c for c in known if c.label in ("LOCATION", "COUNTRY")], ctx.regexes.listed_place, index, [],
                     lambda s, e: Mention(s, e, "LOCATION", "", PLACE))
    found = bodies + _uses(ctx, bodies) + places
    return State(state.candidates + tuple(found), state.kept) if found else state


_LOWER_AFTER = re.compile(r"[ \t]+([a-zà-ÿ][\w-]*['’]?)")


def _follow(ctx: Context, starts: list[Mention], item: re.Pattern, index: SpanIndex, openers: list[int],
            make: Callable[[int, int], Mention], qualify: bool = False) -> list[Mention]:
    """The unknown items of each list that goes on from a name found or from an announcing noun
    (`openers`: where it ends), item by item, through known items of its kind too. With `qualify`,
    an unknown item after a comma alone that a lower-case word follows, none of the words that
    start no mention (`leading`) nor a conjunction, ends the list: it qualifies that word (`The Korvel
    Fisheries Agency (KFA), IUU fishing and …`); after a conjunction the word is the list's verb."""
    found: list[Mention] = []
    kinds = {c.label for c in starts}
    seen: set[int] = set()
    small = (ctx.lexicon.words("leading"), ctx.lexicon.words("name_conjunction")) if qualify else None
    for end in sorted({c.end for c in starts} | set(openers)):
        while end not in seen and (match := item.match(ctx.text, end)) is not None:
            seen.add(end)
            start, stop = match.span("name")
            taken = index.overlapping(start, stop)
            if any(k.label not in kinds for k in taken):
                break  # a name of another kind ends the list
            whole = [k for k in taken if k.start == start and k.end >= stop]
            if whole:
                end = max(k.end for k in whole)
                continue
            if taken or not _plain_name(ctx, match.group("name")) or (
                    small is not None and _qualifies(ctx.text, match, small)):
                break
            found.append(make(start, stop))
            end = stop
    return found


def _qualifies(text: str, match: re.Match, small: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether a list item after a comma alone is followed by a lower-case word that is not
    `leading` nor a conjunction (`(KFA), IUU fishing`)."""
    leading, conjunctions = small
    before = text[match.start():match.start("name")].replace(",", " ").lower().split()
    if any(w in conjunctions for w in before):
        return False  # after a conjunction: the last item, before its verb (`y PROCAFE firmaron`)
    after = _LOWER_AFTER.match(text, match.end())
    return after is not None and after.group(1).replace("’", "'").lower() not in leading | conjunctions


def _after_definitions(text: str, orgs: list[Mention]) -> list[int]:
    """A list goes on after an acronym defined in parentheses (`Instituto … (IHCAFE) y PROCAFE`):
    past its closing parenthesis."""
    return [c.end + 1 for c in orgs if text[c.start - 1:c.start] == "(" and text[c.end:c.end + 1] == ")"]


def _before_pattern(lex) -> re.Pattern | None:
    """An acronym after a word that opens a list (`list_opener`: `including`, `notamment`,
    `como`) and its article, then a comma or a conjunction and an article: the list's next item
    starts where the match ends."""
    openers, conjunctions = lex.words("list_opener"), lex.words("name_conjunction")
    if not openers or not conjunctions:
        return None
    articles = spaced_elided(lex.words("article"))
    # the openers' first letters looked ahead: the pattern fails at once at a word no opener starts
    return re.compile(rf"{first_letters(openers)}(?<![\w'’-]){alternation(openers)}[ \t]+"
                      rf"(?:{articles})?(?P<name>{ACRONYM_WORD})"
                      rf"(?:,[ \t]+(?:{alternation(conjunctions)}[ \t]+)?|[ \t]+{alternation(conjunctions)}[ \t]+)"
                      rf"(?:{articles})?(?=[{CAPITAL}])")


def _before_bodies(ctx: Context, orgs: list[Mention], index: SpanIndex,
                   make: Callable[[int, int], Mention]) -> list[Mention]:
    """An unknown acronym that opens a list after a `list_opener`, the next item a body found
    (`bodies including BIMCO and the International Chamber of Shipping`), is a body's."""
    rx = ctx.knowledge.built("list_opener_acronym", _before_pattern)
    if rx is None:
        return []
    starts = {c.start for c in orgs}
    found = []
    for match in rx.finditer(ctx.text):
        start, stop = match.span("name")
        if match.end() in starts and not index.overlapping(start, stop) \
                and _plain_name(ctx, match.group("name")):
            found.append(make(start, stop))
    return found


def _plain_name(ctx: Context, name: str) -> bool:
    """A name that is no common acronym (`ONG`, `GDP`), roman numeral, title (`Sr`) or head
    noun of a body or a text (`En Asie, la Charte`), nor a demonym (`Sweden, the Turkish …`), nor an acronym beside a word in title case (a company's name)."""
    lex = ctx.lexicon
    titles = lex.words("civil_title") | lex.words("title")
    words = name.split()
    if any(len(w) > 1 and w.isupper() for w in words) and not all(w.isupper() for w in words):
        return False  # an acronym beside a word in title case names a body (`LTG Infra in Lithuania`)
    return not (name in lex.words("common_acronym") or ROMAN_NUMERAL.fullmatch(name)
                or name.lower() in lex.words("capitalised_demonym")
                or name.lower() in titles or name.lower() + "." in titles
                or any(lex.is_body_head(w) or w in lex.text_heads for w in name.split()))


# a body's name in title case, not an acronym: one to three capitalised words, the first with a
# lower-case letter second (`Eurojust`, `Rotary International`, `An Garda Síochána`)
_ACRONYM_WORD_RX = re.compile(ACRONYM_WORD)
_BACK = 80  # characters read back before a body: three words, a conjunction, an article
_TITLED = rf"[{CAPITAL}][a-zà-ÿ][\w'’-]*(?:[ \t]+[{CAPITAL}][\w'’-]*){{0,2}}"


def _titled_patterns(lex) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern] | None:
    """The next item of a list in title case (`, Rotary International`), and a name in title case
    before a conjunction and an article, after a lower-case word (`support of Eurojust and the`):
    the next item starts where the second match ends; and what leads from an item to the next."""
    conjunctions = lex.words("name_conjunction")
    if not conjunctions:
        return None
    articles = spaced_elided(lex.words("article"))
    before = re.compile(rf"(?<=[a-zà-ÿ][ \t])(?P<name>{_TITLED})[ \t]+{alternation(conjunctions)}[ \t]+"
                        rf"(?:{articles})?\Z")
    # the conjunction (and article) right before a body, tried first on a few characters
    joined = re.compile(rf"[ \t]{alternation(conjunctions)}[ \t]+(?:{articles})?\Z")
    # after a name, what leads to the list's next item: a comma, a conjunction, an article
    onwards = re.compile(rf"(?:,[ \t]+(?:{alternation(conjunctions)}[ \t]+)?|[ \t]+{alternation(conjunctions)}[ \t]+)"
                         rf"(?:{articles})?")
    return list_item(lex, _TITLED, ()), before, joined, onwards


def _titled_bodies(ctx: Context, orgs: list[Mention], index: SpanIndex,
                   make: Callable[[int, int], Mention], candidates: tuple[Mention, ...]) -> list[Mention]:
    """A name in title case no rule knows, listed right after a body found (`WHO, Rotary
    International, …`, `the PSNI and An Garda Síochána`) or right before one across a
    conjunction (`with the support of Eurojust and Europol`), is a body's: lists in this genre
    hold names of one kind (issue 17). An item the rules read otherwise ends the list."""
    patterns = ctx.knowledge.built("listed_titled_body", _titled_patterns)
    if patterns is None or not orgs:
        return []
    item, before, joined, onwards = patterns
    # only beside a name a gazetteer holds or an acronym: a name the capitalised heuristic cut at a
    # conjunction goes on in title case (`U.S. Customs and Border Protection`)
    orgs = [c for c in orgs
            if c.source.startswith("gazetteer") or _ACRONYM_WORD_RX.fullmatch(ctx.text, c.start, c.end)]
    found = _follow(ctx, orgs, item, index, [], make, qualify=True)
    # read back from each body's start only, in the few words before it: no scan of the text
    for at in sorted({c.start for c in orgs}):
        if joined.search(ctx.text, max(0, at - 12), at) is None:
            continue
        match = before.search(ctx.text, max(0, at - _BACK), at)
        if match is None:
            continue
        start, stop = match.span("name")
        if not index.overlapping(start, stop) and _plain_name(ctx, match.group("name")):
            found.append(make(start, stop))
    if not found:
        return []
    others = OtherKinds(ctx, candidates)
    return [m for m in found if _titled_body(ctx, m, others, onwards, orgs)]


def _titled_body(ctx: Context, name: Mention, others: OtherKinds, onwards: re.Pattern,
                 bodies: list[Mention]) -> bool:
    """Whether a listed name in title case may be a body's: none of its words a generic word
    (`Member States`), where no model runs one word or a name a body follows (a person's name of
    two or three words is listed beside a body as a body's would be: `firmado por la OEA y Ernesto
    Samper`), and nothing that says it is a name of another kind (`OtherKinds.holds`: a title
    before it, an address after it, …)."""
    generic = ctx.lexicon.words("generic")
    text = ctx.text[name.start:name.end]
    words = text.split()
    if any(w.lower() in generic for w in words):
        return False
    if len(words) > 1 and not ctx.use_model:
        # with no model to read people, `UNODC and Ngozi Okafor` looks the same: a name of several
        # words is a body's only between two bodies (`WHO, Lions Worldwide, UNICEF and …`)
        step = onwards.match(ctx.text, name.end)
        if step is None or not any(b.start == step.end() for b in bodies):
            return False
    after = _LOWER_AFTER.match(ctx.text, name.end)
    if len(words) == 1 and after is not None and after.group(1).replace("’", "'").lower() not in ctx.leading:
        return False  # one word before a lower-case one qualifies it (`Asian coast guards`)
    return not others.holds(name, text, words)


def _body_lists(ctx: Context, index: SpanIndex) -> list[int]:
    """Where lists of bodies start after the plural head noun that announces them (`two regional
    centres, CRESMAO and CRESMAC`): the end of the noun."""
    text, found = ctx.text, []
    for match in _PLURAL_COMMA.finditer(text):
        start = end = match.start() + 1
        while start and (text[start - 1].isalnum() or text[start - 1] == "_"):  # `\w`, exactly
            start -= 1
        # a whole word: no apostrophe or hyphen glued before it
        if (not start or text[start - 1] not in "'’-") and ctx.lexicon.is_body_head(text[start:end]) \
                and not any(k.label not in _VALUES for k in index.overlapping(start, end)):
            found.append(end)
    return found


def _uses(ctx: Context, found: list[Mention]) -> list[Mention]:
    """Every other use of a name read from a list (an acronym, a name in title case)."""
    names = {ctx.text[m.start:m.end] for m in found}
    if not names:
        return []
    firsts = {(m.start, m.end) for m in found}
    return [Mention(s, e, "ORG", name, ACRONYM)
            for s, e, name in whole_uses(ctx.text, sorted(names, key=len, reverse=True)) if (s, e) not in firsts]
