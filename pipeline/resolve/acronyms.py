"""Acronym definitions: `Long form (ACR)` gives the long form, the acronym, and every other use.

The long form is the name that ends at the parenthesis, or one read back from it to where a
name starts (Schwartz & Hearst 2003, "A simple algorithm for identifying abbreviation
definitions in biomedical text", as scispacy's `abbreviation.py` implements it; here with the
genre's own stops: punctuation, verbs, values, names found by the rules).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .. import provenance
from ..mention import Mention, SpanIndex
from .context import Context, State

ACRONYM = provenance.heuristic("acronym")
# an acronym in parentheses: two capitals at least (ONUDC, CTED, UNOCT; eu-LISA is not handled)
_ACRONYM_DEF = re.compile(r"\(\s*([A-Z][A-Za-z0-9&.\-]{1,14})\s*\)")
# A roman numeral as phases and editions are numbered (I to XXXIX): `(II)` numbers, `(CIC)` names.
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_CLOSING = set(",;:.!?()[]«»\"")
_PREVIOUS_WORD = re.compile(r"([\w']+)\s*\Z")
_NAMES = ("ORG", "INSTRUMENT", "OPERATION")


def is_acronym(word: str) -> bool:
    """Two capitals at least, and not a roman numeral (`(II)` numbers a phase, it names nothing)."""
    return sum(c.isupper() for c in word) >= 2 and not _ROMAN.fullmatch(word)


def is_acronym_form(surface: str) -> bool:
    """A name written as an acronym (`ONUDC`) cannot be the long form of another one."""
    return " " not in surface and is_acronym(surface)


def operation_name(ctx: Context, surface: str) -> str:
    """An operation's name without its keyword: `Opération Trigger IV` → `Trigger IV`."""
    lex = ctx.lexicon
    operation, programme = lex.words("operation_keyword"), lex.words("programme_keyword")
    words = surface.split()
    if len(words) > 1 and (words[0].lower() in operation or words[0] in programme):
        words = words[1:]
    elif len(words) > 1 and words[-1].lower() in operation:
        words = words[:-1]  # "the AIRCOP project"
    return " ".join(words)


def definitions(ctx: Context, state: State) -> State:
    """Mentions for each `Long form (ACR)`: the long form (a candidate or one read back), the
    acronym with the long form's norm, and every other use of the acronym in the document.

    A model name used as a long form becomes the acronym stage's; a long form the gazetteer
    does not know takes the acronym's gazetteer id when it has one, else the acronym itself.
    """
    text = ctx.text
    pool = list(state.candidates)          # candidates, some replaced below
    added: list[Mention] = []              # long forms read back, acronyms, uses: in order
    names_by_end: dict[int, list[tuple[list[Mention], int]]] = {}  # end → places in pool/added
    for i, c in enumerate(pool):
        if c.label in _NAMES and not is_acronym_form(text[c.start:c.end]):
            names_by_end.setdefault(c.end, []).append((pool, i))
    walls = _walls(ctx, state.candidates)
    gazetteer_at = {(c.start, c.end): c for c in state.candidates
                    if provenance.kind(c.source) == "gazetteer"}
    defined: dict[str, Mention] = {}
    for match in _ACRONYM_DEF.finditer(text):
        acr = match.group(1)
        if not is_acronym(acr):
            continue
        acr_start, acr_end = match.span(1)
        paren = match.start()
        while paren > 0 and text[paren - 1].isspace():
            paren -= 1
        named = names_by_end.get(paren)
        if named:
            where, at = max(named, key=lambda p: (p[0][p[1]].end - p[0][p[1]].start, p[0][p[1]].rank))
            long_form = where[at]
            if long_form.source == provenance.MODEL:
                long_form = long_form._replace(source=ACRONYM)
        else:
            where, at = added, None
            long_form = _guess_long_form(ctx, paren, acr, walls)
            if long_form is None:
                continue
        long_form = _extend_by_initials(ctx, long_form, acr, walls)
        long_form = _norm_from_acronym(ctx, long_form, gazetteer_at.get((acr_start, acr_end)), acr)
        if at is None:
            added.append(long_form)
            names_by_end.setdefault(long_form.end, []).append((added, len(added) - 1))
        else:
            where[at] = long_form
        acr_mention = Mention(acr_start, acr_end, long_form.label, long_form.norm, ACRONYM,
                              after=long_form.after)
        added.append(acr_mention)
        defined.setdefault(acr, acr_mention)
    added.extend(_uses(text, defined))
    return State(tuple(_programme_acronyms(text, pool, defined)) + tuple(added), state.kept)


def _spells(acr: str, name: str) -> bool:
    """Whether the acronym's capitals are the name's letters in order, the first one its first
    letter (Schwartz & Hearst's test): `SEESAC` and `South Eastern and Eastern Europe
    Clearinghouse …`, not `PNP` and `Philippine Coast Guard`."""
    letters = [c.lower() for c in acr if c.isupper()]
    name = name.lower()
    if not letters or not name.startswith(letters[0]):
        return False
    at = 1
    for letter in letters[1:]:
        at = name.find(letter, at) + 1
        if at == 0:
            return False
    return True


def _programme_acronyms(text: str, pool: list[Mention], defined: dict[str, Mention]) -> list[Mention]:
    """A programme's acronym the gazetteer knows takes the name the text expands it to (`the
    Container Control Programme (CCP)` … `the CCP`: `Container Control Programme`)."""
    named = {acr: m.norm for acr, m in defined.items() if m.label == "OPERATION" and m.norm}
    if not named:
        return pool
    return [c._replace(norm=named[text[c.start:c.end]])
            if c.label == "OPERATION" and not c.norm and text[c.start:c.end] in named else c for c in pool]


_CAPITALS = re.compile(r"(?:(?<![\w'’-])|(?<=-))[A-ZÀ-ÖØ-Þ]")
# a capitalised word before a name, with what joins them: a space, a comma, a conjunction
_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[A-ZÀ-ÖØ-Þ][\w-]*)(?:,? (?:and|et|y|e) |, | )\Z")


def _extend_by_initials(ctx: Context, long_form: Mention, acr: str, walls: bytearray) -> Mention:
    """A long form whose initials are the end of its acronym's goes back over the capitalised
    words that give the rest, across commas and conjunctions (`Foreign, Commonwealth and
    Development Office (FCDO)` where `Commonwealth and Development Office` was found)."""
    if provenance.kind(long_form.source) == "gazetteer":
        return long_form
    text = ctx.text
    letters = "".join(c for c in acr if c.isupper())
    have = "".join(_CAPITALS.findall(text, long_form.start, long_form.end))
    start = long_form.start
    while have and len(have) < len(letters) and letters.endswith(have):
        before = _WORD_BEFORE.search(text, max(0, start - 60), start)
        if before is None or walls[before.start()]:
            break
        initials = "".join(_CAPITALS.findall(before.group("word")))
        if not letters.endswith(initials + have):
            break
        have, start = initials + have, before.start()
    if len(have) != len(letters) or start == long_form.start:
        return long_form  # only a long form that then spells the whole acronym
    return long_form._replace(start=start)


def appositions(ctx: Context, state: State) -> State:
    """`SEESAC, the South Eastern and Eastern Europe Clearinghouse …`, `SEESAC (South Eastern …)`:
    an acronym no rule knows, followed by a body's name it spells, is defined by it, as `Long
    form (ACR)` is; so is every other use of it (`convened by SEESAC`)."""
    text, rx = ctx.text, ctx.regexes
    names: dict[int, Mention] = {}
    for c in state.candidates:
        if c.label == "ORG" and c.source != provenance.MODEL and not is_acronym_form(text[c.start:c.end]):
            if c.start not in names or c.end > names[c.start].end:
                names[c.start] = c
    if not names:
        return state
    index: SpanIndex | None = None
    found: list[Mention] = []
    defined: dict[str, Mention] = {}
    for match in rx.apposition.finditer(text):
        acr = match.group("acr")
        name = names.get(match.end())
        if name is None or acr in defined or not is_acronym(acr) \
                or not _spells(acr, text[name.start:name.end]) \
                or (match.group("open") and not text.startswith(")", name.end)):
            continue
        index = index or SpanIndex([c for c in state.candidates if c.source != provenance.MODEL])
        if index.overlapping(match.start("acr"), match.end("acr")):
            continue  # a name the rules know (the model's reading of it is replaced)
        norm = name.norm or acr
        if not name.norm:
            found.append(name._replace(norm=acr, source=ACRONYM))
        defined[acr] = Mention(match.start("acr"), match.end("acr"), "ORG", norm, ACRONYM)
        found.append(defined[acr])
    found.extend(_uses(text, defined))
    return State(state.candidates + tuple(found), state.kept)


def _norm_from_acronym(ctx: Context, long_form: Mention, known: Mention | None, acr: str) -> Mention:
    if provenance.kind(long_form.source) != "gazetteer" and known and known.label == long_form.label:
        long_form = long_form._replace(norm=known.norm, after=known.after)
    if not long_form.norm and long_form.label in ("ORG", "INSTRUMENT"):
        long_form = long_form._replace(norm=acr)
    elif not long_form.norm and long_form.label == "OPERATION":
        # a programme's acronym stands for its name: `(PCC)` is the Container Control Programme
        long_form = long_form._replace(
            norm=operation_name(ctx, ctx.original[long_form.start:long_form.end]))
    return long_form


def _uses(text: str, defined: dict[str, Mention]) -> list[Mention]:
    """Every use of a defined acronym, before the definition too (a title often names it first)."""
    if not defined:
        return []
    uses = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, defined)) + r")(?!\w)")
    found = []
    for match in uses.finditer(text):
        first = defined[match.group()]
        if match.start() != first.start:
            found.append(Mention(match.start(), match.end(), first.label, first.norm, ACRONYM,
                                 after=first.after))
    return found


def _walls(ctx: Context, candidates: tuple[Mention, ...]) -> bytearray:
    """Characters a long form read back from a parenthesis cannot cross: values (dates, figures,
    resolutions) and names found by the rules that do not stand as a complement after an article
    or preposition (`INTERPOL compte parmi ... du Groupe`, but `... des Nations Unies`)."""
    text = ctx.text
    walls = bytearray(len(text))
    for c in candidates:
        if c.source == provenance.MODEL:
            continue
        before = _PREVIOUS_WORD.search(text, max(0, c.start - 12), c.start)
        complement = before is not None and before.group(1).lower() in ctx.leading
        if c.label in ("DATE", "FIGURE", "RESOLUTION") or not complement:
            walls[c.start:c.end] = b"\x01" * (c.end - c.start)
    return walls


def _window(ctx: Context, doc: Doc, paren: int, acr: str, walls: bytearray) -> tuple[list[Token], bool]:
    """The words before the parenthesis a long form may use, and whether they reach back to
    the start of their line. The window stops at a line break, punctuation, a stop word (a
    conjunction between capitalised words excepted: `Refugiados y Migrantes`) or a wall, and
    holds at most about twice the acronym's letters (Schwartz & Hearst)."""
    span = doc.char_span(max(0, paren - 300), paren, alignment_mode="contract")
    if span is None or not len(span):
        return [], False
    stops = ctx.lexicon.words("acronym_stop")
    conjunctions = ctx.lexicon.words("name_conjunction")
    window: list[Token] = []
    for token in reversed(span):
        if token.is_space and "\n" in token.text:
            return window[::-1], True
        if token.is_space:
            continue
        if token.text in _CLOSING or walls[token.idx]:
            return window[::-1], False
        if token.lower_ in stops and not (
                token.lower_ in conjunctions and token.i > 0
                and doc[token.i - 1].text[:1].isupper()
                and any(t.text[:1].isupper() for t in window[-3:])):
            return window[::-1], False
        window.append(token)
        if len(window) >= max(14, 2 * len(acr)):
            break
    return window[::-1], True


def _guess_long_form(ctx: Context, paren: int, acr: str, walls: bytearray) -> Mention | None:
    """Read back from the parenthesis to where the name starts (no candidate ends there).

    The name starts at a capitalised word standing at the window's start or after an article
    or preposition, preferring, where acronyms are made of the language's own words, one whose
    initial is the acronym's (Schwartz & Hearst match initials); French and Spanish long forms
    often stand for an English acronym (`Groupe ... (ICAT)`), so there the earliest start wins.
    """
    lex, leading = ctx.lexicon, ctx.leading
    window, at_line_start = _window(ctx, ctx.doc, paren, acr, walls)
    if not window:
        return None
    lowercase_starts, articles = lex.words("lowercase_org_start"), lex.words("article")
    # a name starts after an article or a preposition, or at the start of its line; not right
    # after a comma or a verb; nor at another acronym followed by a preposition (`relie le
    # CRESMAO au Centre ... (CRESMAC)`); a word before an article opens a sentence
    starts = [i for i, t in enumerate(window)
              if (t.text[:1].isupper() or t.lower_ in lowercase_starts)
              and t.lower_ not in leading
              and (window[i - 1].lower_ in leading if i else at_line_start)
              and not (is_acronym_form(t.text) and i + 1 < len(window)
                       and window[i + 1].lower_ in leading)
              and not (i == 0 and len(window) > 1 and window[1].lower_ in articles)]
    if not starts:
        return None
    initial = ([i for i in starts if window[i].text[:1] == acr[:1]]
               if lex.info.setting("acronym_initials") else [])
    name = window[(initial or starts)[0]:]
    if len(name) < 2:
        return None
    first = name[0].lower_
    label = ("INSTRUMENT" if first in lex.words("instrument_head") else
             "OPERATION" if first in lex.words("programme_head") else "ORG")
    if label == "ORG" and not any(lex.is_body_head(t.text) for t in name):
        return None  # `Small Arms and Light Weapons (SALW)`: a thing, not a body
    return Mention(name[0].idx, name[-1].idx + len(name[-1]), label, "", ACRONYM)
