"""Names of bodies no gazetteer holds, written in forms the capitalised runs do not read.

- German and Dutch compounds: one capitalised word whose last part is a body's head noun names
  a body alone (`Zollfahndung`, `Bundeskriminalamt`, `Belastingdienst`,
  `Max-Planck-Institut`), with the capitalised adjective before it (`Deutscher Wetterdienst`,
  `Openbaar Ministerie`, where the head is the whole word) and its complement after a German or
  Dutch connector (`Max-Planck-Institut für Meteorologie`).
- Companies and public enterprises named with their legal form (`RB Rail AS`, `Rail Baltic
  Estonia OÜ`, `Siemens AG`, `Eiropas Dzelzceļa līnijas SIA`).
- National Red Cross, Red Crescent and Caritas societies, the movement's name with the demonym
  that says whose society it is (`Cruz Roja Japonesa`, `Croix-Rouge française`, `British Red
  Cross`, `Cáritas Brasileira`) or alone (`la Media Luna Roja`).

Every word list is data in `patterns/<lang>/lexicon.jsonl` (`cited_compound_ending`,
`cited_adjective_ending`, `legal_form`, `national_society_name`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import provenance
from ..lexicon import CAPITAL, Lexicon, alternation
from ..mention import Mention, SpanIndex
from .context import Context, State

CAPITALISED = provenance.heuristic("capitalised")
_LOWER = "a-zß-öø-ÿ"
# a capitalised word (letters, inner hyphens and apostrophes) or a number
_BLANK = r"[ \t]+"
# capitals of Latin script beyond Latin-1 too, as Baltic, Polish and Czech names write them
_UPPER = CAPITAL + "ĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_WORD = rf"(?:[{_UPPER}][\w’'-]*\w|[{_UPPER}]|\d[\w-]*)"


def cited_forms(ctx: Context, state: State) -> State:
    """ORGs for compounds, companies with their legal form and national societies that no
    name found holds whole; a name never cuts one found."""
    index = SpanIndex(list(state.candidates))
    found = []
    for start, end in (*_compounds(ctx), *_companies(ctx), *_societies(ctx)):
        overlapping = index.overlapping(start, end)
        if any(k.start <= start and end <= k.end and k.label == "ORG" for k in overlapping):
            continue  # read whole already
        if any(k.start < start < k.end or k.start < end < k.end for k in overlapping):
            continue  # it would cut a name found
        found.append(Mention(start, end, "ORG", "", CAPITALISED))
    return State(state.candidates + tuple(found), state.kept) if found else state


# the compounds' finder, the companies' (their form, the words read back from it), the societies'
_Finders = tuple[re.Pattern[str] | None, tuple[re.Pattern[str], re.Pattern[str]] | None, re.Pattern[str] | None]


def _regexes(lex: Lexicon) -> _Finders:
    """The compiled finders of one language's lexicon (None where a class is empty)."""
    return _compile(*(lex.words(name) for name in (
        "cited_compound_ending", "cited_adjective_ending", "cited_connector", "legal_form", "national_society_name")))


@lru_cache(maxsize=16)
def _compile(endings: frozenset[str], adjectives: frozenset[str], connectors: frozenset[str],
             forms: frozenset[str], movements: frozenset[str]) -> _Finders:
    """The finders for these words."""
    compound = None
    if endings:
        # a capitalised word of four letters or more before the ending, or the ending alone
        # after a capitalised adjective; then a complement after a connector
        head = rf"(?:[{CAPITAL}][\w-]{{3,}}(?<=-|[{_LOWER}])(?i:{alternation(endings)})|[{CAPITAL}]{alternation({e[1:] for e in endings})})"
        adjective = rf"(?:(?P<adj>[{CAPITAL}][{_LOWER}-]*{alternation(adjectives)})[ \t]+)?" if adjectives else ""
        link = alternation(connectors, space=_BLANK)
        complement = rf"(?:[ \t]+{link}[ \t]+{_WORD}(?:[ \t]+(?:{link}[ \t]+)?{_WORD})*)?" if connectors else ""
        compound = re.compile(rf"(?<![\w'’-]){adjective}(?P<head>{head})(?![\w'’-]){complement}")
    company = None
    if forms:
        # capitalised words (one lower-case word may come right before the form) and the form
        # (the form found first, the words read back from it: tried only where a form stands)
        # (a lookahead for the forms' first letters as written, the pattern keeping case: the
        # engine passes other positions at once)
        opens = "".join(sorted({re.escape(f[0]) for f in forms if f}))
        form = re.compile(rf"(?=[{opens}])(?<![\w'’&/-]){alternation(forms)}(?![\w/-])(?!\.\w)")
        words = re.compile(rf"(?<![\w'’&-])(?:{_WORD}[ \t]+(?:&[ \t]+)?){{1,5}}(?:[^\W\d_]{{4,}}[ \t]+)?\Z")
        company = (form, words)
    society = None
    if movements:
        before = rf"(?P<before>[{CAPITAL}][{_LOWER}]+[ \t]+)?"
        after = rf"(?P<after>[ \t]+[{CAPITAL}{_LOWER}][{_LOWER}]{{3,}})?"
        society = re.compile(rf"(?<![\w'’-]){before}{alternation(movements, space=_BLANK)}(?![\w-]){after}")
    return compound, company, society


def _compounds(ctx: Context) -> list[tuple[int, int]]:
    """German and Dutch compounds naming a body, the adjective before and the complement after."""
    compound = _regexes(ctx.lexicon)[0]
    if compound is None or not _holds_any(ctx, "cited_compound_ending"):
        return []  # (the finder is tried at every capital; most texts hold none of its endings)
    found = []
    for match in compound.finditer(ctx.text):
        start = match.start()
        adjective = match.group("adj")
        if adjective is not None and adjective.lower() in ctx.leading:
            start = match.start("head")  # `Under Zollfahndung`: a preposition, no adjective
        if start == match.start("head") and not _compound_alone(match.group("head"), ctx.lexicon):
            continue  # the ending alone (`Institut`) names a body only after its adjective
        found.append((start, match.end()))
    return found


def _holds_any(ctx: Context, name: str) -> bool:
    """Whether the text holds, in any case, the first word of a phrase of the class: a finder that
    needs one is not run over a text that holds none (a substring test, not a regex scan)."""
    return any(phrase.split()[0].lower() in ctx.lowered for phrase in ctx.lexicon.words(name) if phrase.strip())


def _compound_alone(head: str, lex: Lexicon) -> bool:
    """Whether a head word names a body alone: a compound (a part before its ending), or an
    ending that is no head noun of a language partex reads (`Politie`, not `Institut`)."""
    if head.lower() not in lex.words("cited_compound_ending"):
        return True
    heads = lex.heads
    return heads is None or head not in (heads.first | heads.last | heads.own)


def _companies(ctx: Context) -> list[tuple[int, int]]:
    """Capitalised words that end on a company's legal form, outside lines in capitals."""
    company = _regexes(ctx.lexicon)[1]
    if company is None:
        return []
    leading = ctx.leading | ctx.lexicon.words("capitalised_article")
    found = []
    form, before = company
    text = ctx.text
    for found_form in form.finditer(text):
        match = before.search(text, max(0, found_form.start() - 200), found_form.start())
        if match is None:
            continue
        words = text[match.start():found_form.end()].split()
        skip = 0
        while skip < len(words) - 1 and words[skip].lower() in leading:
            skip += 1  # `The Foo AS`: the article starts no name
        named = words[skip:-1]
        if not named or not any(any(c.islower() for c in w) for w in named):
            continue  # a line in capitals (`SUCH AS`), or the form alone
        start = match.start() + match.group().index(words[skip]) if skip else match.start()
        found.append((start, found_form.end()))
    return found


def _societies(ctx: Context) -> list[tuple[int, int]]:
    """A national society: the movement's name with a demonym after it (Romance names) or before
    it (English names), or the movement's name alone."""
    society = _regexes(ctx.lexicon)[2]
    if society is None or not _holds_any(ctx, "national_society_name"):
        return []
    lex = ctx.lexicon
    endings = tuple(lex.words("demonym_ending"))
    demonyms = lex.words("demonym")
    leading = ctx.leading | lex.words("capitalised_article")
    found = []
    for match in society.finditer(ctx.text):
        start, end = match.start(), match.end()
        before, after = match.group("before"), match.group("after")
        if before is not None and not (lex.head_last and before.strip().lower() not in leading):
            start = match.start() + len(before)  # `La Cruz Roja`, `The Red Cross`: no demonym
        if after is not None:
            word = after.strip()
            # a capitalised word after the name says whose society it is (`Cáritas Brasileira`),
            # a word in lower case only where it is a demonym (`Croix-Rouge suisse`)
            if lex.head_last or not (word[0].isupper() or word in demonyms or word.endswith(endings)):
                end = match.end() - len(after)
        found.append((start, end))
    return found
