"""Acronyms the text shows to be bodies, though it never spells them out.

A page names a body by its acronym alone, several times, and never defines it (`hosted by
CINECA`, `en coordinación con ENAIRE`, `director de F4E`, a heading `About The UWI`). No list
holds such a name, and the words around one use of it say what it is: words only a body follows
(`body_evidence`), an office and its linker (`role_noun`, `complement_linker`), a heading line
about a body (`about_heading`). Such an acronym, which no rule reads otherwise, is a body's, and
so is every other use of it as written. A name read as a programme from its head noun after
words only a body follows is a body too.
"""

from __future__ import annotations

import re

from .. import provenance
from ..mention import Mention, SpanIndex
from .context import Context, State
from .literals import whole_uses
from .longforms import ACRONYM
from .regex_parts import ROMAN_NUMERAL
from .names import CAPITALISED
from .paired_names import names_and_acronyms

# the name of a `(Name, ACR)` parenthesis: up to seven words, nothing but letters, digits,
# apostrophes and hyphens in them
_NAME_WORDS = re.compile(r"[\w'’-]+(?:[ \t]+[\w'’-]+){0,6}")
# a capitalised word, then a name in quotation marks on one line (`Fundación "la Caixa"`); the
# capital first, the lookbehind after it: `re` skips to the next capital in C (same matches)
_HEAD_QUOTED = re.compile(r"(?P<head>[A-ZÀ-ÖØ-Þ](?<![\w'’-][A-ZÀ-ÖØ-Þ])[\w-]+)[ \t\u00a0]+[«\"“][ \t\u00a0\u202f]*"
                          r"(?P<name>[^«»\"“”\n]{1,60}?)[ \t\u00a0\u202f]*[»\"”]")
_LEAD_REACH = 60  # characters: the longest words of evidence and their article before an acronym


def acting_bodies(ctx: Context, state: State) -> State:
    """Each lone acronym after body evidence (see the module's docstring), and its other uses."""
    if ctx.regexes.acting_body is None and ctx.regexes.about_heading is None:
        return state
    taken: SpanIndex | None = None
    names: dict[str, tuple[int, int]] = {}
    common = ctx.lexicon.words("common_acronym")
    about = ctx.regexes.about_heading
    for found in (_after_evidence(ctx), about.finditer(ctx.text) if about is not None else ()):
        for match in found:
            start, end = match.span("name")
            name = ctx.text[start:end]
            if name in common or ROMAN_NUMERAL.fullmatch(name):
                continue
            taken = taken or SpanIndex([c for c in state.candidates if c.source != provenance.MODEL])
            if not taken.overlapping(start, end):
                names.setdefault(name, (start, end))
    state = _programmes_as_bodies(ctx, _quoted_after_heads(ctx, state))
    if not names or taken is None:
        return state
    found = [Mention(s, e, "ORG", name, ACRONYM)
             for s, e, name in whole_uses(ctx.text, sorted(names, key=len, reverse=True))
             if not taken.overlapping(s, e)]
    state = State(state.candidates + tuple(found), state.kept) if found else state
    return _names_beside_acronyms(ctx, state)


# the lower-case word of four letters or more right after an acronym
_NEXT_LOWER = re.compile(r"[ \t]+([a-zà-öø-ÿ][\w'’-]{3,})\b")


def _after_evidence(ctx: Context) -> list[re.Match]:
    """The lone acronyms right after the words of `regexes.acting_body` (`hosted by CINECA`), but
    one that qualifies a plural word after words opening on a plural (`_plural_head`,
    `_qualifies_plural`)."""
    lead = ctx.regexes.acting_body
    if lead is None:
        return []
    text = ctx.text
    found = []
    for m in ctx.regexes.acting_name.finditer(text):
        evidence = lead.search(text, max(0, m.start() - _LEAD_REACH), m.start())
        if evidence is not None and not (_plural_head(ctx, evidence.group()) and _qualifies_plural(ctx, m.end())):
            found.append(m)
    return found


def _plural_head(ctx: Context, evidence: str) -> bool:
    """Whether the words of evidence open on a plural (`members of`, `miembros de`, `membres du`:
    the lexicon's `plural_evidence`): only after one does an acronym qualify a plural word
    (`members of LGBTI communities`); after a participle the word after the acronym is its verb
    (`coordinated by KWAPA offers grants`)."""
    words = evidence.split()
    return bool(words) and words[0].lower() in ctx.lexicon.words("plural_evidence")


def _qualifies_plural(ctx: Context, end: int) -> bool:
    """Whether the acronym ending at `end` qualifies a plural word after it, so names a kind of
    people or things, not a body (`members of LGBTI communities`, `miembros de ONG locales`,
    `membres du QWERTZ régionaux`): the next lower-case word ends as the language's plurals do
    (`plural_ending`: -s; French -x too) and is no function word that ends so (`depuis`, `does`,
    `después`: the date words' `function_word`). Read only after plural evidence: rare."""
    nxt = _NEXT_LOWER.match(ctx.text, end)
    if nxt is None:
        return False
    word = nxt.group(1).lower()
    return word.endswith(tuple(ctx.lexicon.words("plural_ending"))) and word not in ctx.knowledge.function_words


def _programmes_as_bodies(ctx: Context, state: State) -> State:
    """A name read as a programme from its head noun (`Iniciativa`, `Initiative`) that stands right
    after words only a body follows is a body (`en coordinación con la Iniciativa Mundial para la
    Erradicación de la Poliomielitis (GPEI)`), and so is every mention with its norm; a gazetteer's
    programme stays one."""
    pattern = ctx.regexes.evidence_before
    if pattern is None:
        return state
    norms = {c.norm or ctx.text[c.start:c.end] for c in state.candidates
             if c.label == "OPERATION" and provenance.kind(c.source) != "gazetteer"
             and pattern.search(ctx.text, max(0, c.start - 40), c.start)}
    if not norms:
        return state
    candidates = tuple(c._replace(label="ORG") if c.label == "OPERATION" and provenance.kind(c.source) != "gazetteer"
                       and (c.norm or ctx.text[c.start:c.end]) in norms else c for c in state.candidates)
    return State(candidates, state.kept)


def _quoted_after_heads(ctx: Context, state: State) -> State:
    """A body's capitalised head noun then a name in quotation marks is one body, marks and all
    (`Fundación "la Caixa"`, `Fondation « Petits Princes »`), where no rule reads the name inside
    the marks (not a programme's: `programa « Douane »` is read by `quoted_names`)."""
    found = []
    taken: SpanIndex | None = None
    for match in _HEAD_QUOTED.finditer(ctx.text):
        if not ctx.lexicon.is_body_head(match.group("head")):
            continue
        taken = taken or SpanIndex([c for c in state.candidates if c.source != provenance.MODEL])
        if taken.overlapping(*match.span("name")):
            continue
        found.append(Mention(match.start(), match.end(), "ORG", ctx.original[match.start():match.end()], CAPITALISED))
    return State(state.candidates + tuple(found), state.kept) if found else state


def _names_beside_acronyms(ctx: Context, state: State) -> State:
    """A parenthesis that gives a capitalised name and a body's acronym (`(Fusion for Energy,
    F4E)`, the acronym read as a body's) gives that body's other name: an ORG with the acronym's
    norm, and so is every other use of the name as written, where no rule reads it otherwise."""
    bodies = {(c.start, c.end): c for c in state.candidates if c.label == "ORG" and c.source != provenance.MODEL}
    names: dict[str, str] = {}
    for pair in names_and_acronyms(ctx.text):
        body = bodies.get((pair.acr_start, pair.acr_end))
        name = ctx.text[pair.name_start:pair.name_end]
        words = name.split()
        if body is not None and len(words) > 1 and words[-1][:1].isupper() and _NAME_WORDS.fullmatch(name):
            names.setdefault(name, body.norm or ctx.text[pair.acr_start:pair.acr_end])
    if not names:
        return state
    taken = SpanIndex([c for c in state.candidates if c.source != provenance.MODEL])
    found = [Mention(s, e, "ORG", names[name], ACRONYM)
             for s, e, name in whole_uses(ctx.text, sorted(names, key=len, reverse=True))
             if not any(c.label != "ORG" or (c.start, c.end) != (s, e) for c in taken.overlapping(s, e))]
    return State(state.candidates + tuple(found), state.kept) if found else state
