"""Names a body is given after the selection: an id after a head noun, its own name in parentheses,
an acronym its name spells.

All read a body the selection kept: `Plataforma R4V` takes R4V's id (`known_after_head`); a
capitalised name in parentheses right after a body's name is that body named in its own
language (`the Norwegian Coast Guard (Kystvakten)`: `own_names`), and shares its id where one of
them has one (`paired_names`); a long name takes the acronym its initials spell where the text
uses it alone (`spelled_acronyms`).
"""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import CAPITAL
from ..mention import Mention, SpanIndex
from .acronym_shapes import is_acronym_form
from .context import Context, State
from .names import CAPITALISED

PARENTHESIS = provenance.heuristic("parenthesis")
# a capitalised name on one line, no digits, no comma: words, hyphens, apostrophes, small words
# (the words are possessive, `*+`: a hyphenated word is not tried again split at each hyphen,
# which took seconds for a word of 30 pieces with no closing parenthesis)
_OWN_NAME = re.compile(rf"[ \t]?\(((?:[{CAPITAL}](?=[^\W\d_]*[a-zà-ÿ])[^\W\d_]*+)(?:[ \t-][^\W\d_][\w'’-]*+){{0,9}})\)")
_WORDS = re.compile(r"[\w'’-]+")


def known_after_head(ctx: Context, state: State) -> State:
    """`Plataforma R4V`: a name read from capitals that is a head noun and then a name with an
    id (a defined acronym, found after the names were read) takes that id."""
    text = ctx.text
    known = {c.end: c for c in state.candidates
             if c.label == "ORG" and c.norm and c.source != provenance.MODEL and c.source != CAPITALISED}
    kept = []
    for m in state.kept:
        inner = known.get(m.end) if m.source == CAPITALISED and not m.norm else None
        head = text[m.start:inner.start].strip() if inner is not None and inner.start > m.start else ""
        if head and " " not in head and ctx.lexicon.is_body_head(head):
            m = m._replace(norm=inner.norm)
        kept.append(m)
    return State(state.candidates, tuple(kept))


def own_names(ctx: Context, state: State) -> State:
    """A capitalised name nothing else reads, in parentheses right after a body's name that the
    rules found, is that body named in its own language, and takes its norm (`Denmark's Joint
    Arctic Command (Arktisk Kommando)`, `the Finnish Border Guard (Rajavartiolaitos)`).

    Not an acronym (a definition reads those), nor a name of a word the lexicon gives another
    part (an article first, an office, a title), nor one that holds a month (`(Geneva, May)`
    has a digit or a comma anyway), nor one with a capitalised word the text also writes in
    lower case, a word of the text's own language (`(Photo Credit)`)."""
    text = ctx.text
    bodies = [m for m in state.kept if m.label == "ORG" and m.source != provenance.MODEL
              and text.startswith("(", m.end + (text[m.end:m.end + 1] in " \t"))]
    if not bodies:
        return state
    # the model's names give way: it reads a word of a language it does not know as a place
    taken = SpanIndex([c for c in state.candidates + state.kept if c.source != provenance.MODEL])
    found: list[Mention] = []
    common: set[str] | None = None  # the words the text writes in lower case: its language's
    for body in bodies:
        m = _OWN_NAME.match(text, body.end)
        if m is None or taken.overlapping(*m.span(1)) or not _plain_name(ctx, m.group(1), body):
            continue
        if common is None:
            common = {w for w in _WORDS.findall(text) if w[:1].islower()}
        if any(w[:1].isupper() and w.lower() in common for w in _WORDS.findall(m.group(1))):
            continue  # `(Photo Credit)`, `(Read More)`: words of the text's own language
        norm = body.norm or ctx.original[body.start:body.end]
        found.append(Mention(m.start(1), m.end(1), "ORG", norm, PARENTHESIS))
    if not found:
        return state
    inside = SpanIndex(found)
    kept = [k for k in state.kept if not inside.overlapping(k.start, k.end)] + found
    return State(state.candidates, tuple(sorted(kept, key=lambda k: (k.start, k.end))))


def _plain_name(ctx: Context, name: str, body: Mention) -> bool:
    """Whether a name in parentheses may be a body's own name (see `own_names`): it repeats no
    word of the body's name (`Policía Federal de Ruritania (Ruritania)` names the place), and
    holds no word the lexicon gives another part (an article first, an office, a title, a month
    or a weekday, in the plural too)."""
    lex = ctx.lexicon
    words = [w.lower() for w in _WORDS.findall(name)]
    if words[0] in ctx.leading or words[0] in lex.words("backref_determiner"):
        return False
    own = {w.lower() for w in _WORDS.findall(ctx.text[body.start:body.end])}
    other = lex.words("role_noun") | lex.words("title") | ctx.knowledge.calendar_words
    return not any(w in own or w in other or w.removesuffix("s") in other for w in words)


def paired_names(ctx: Context, state: State) -> State:
    """A body's name found in parentheses right after another body's name, before the comma of
    an acronym or the parenthesis's end, names the same body: where the two, and the acronym
    after the comma, have one id between them (a gazetteer's, or the acronym itself), those with
    only their name as written take it (`the Indonesian Maritime Security Agency (Badan Keamanan
    Laut Republik Indonesia, or Bakamla)`: all three are Bakamla)."""
    text = ctx.original
    orgs = [m for m in state.kept if m.label == "ORG"]
    starts = {m.start: m for m in orgs}
    changed: dict[Mention, Mention] = {}
    for outer in orgs:
        opening = _PAIRED_OPENING.match(text, outer.end)
        inner = starts.get(opening.end()) if opening else None
        if inner is None or not text.startswith((",", ")"), inner.end):
            continue
        group = [outer, inner]
        note = _PAIRED_ACRONYM.match(text, inner.end)  # `, or Bakamla)`, `, F4E)`
        if note is not None and note.start(1) in starts and starts[note.start(1)].end == note.end(1):
            group.append(starts[note.start(1)])
        now = [changed.get(m, m) for m in group]
        # an acronym's norm is an id even where it is the acronym as written
        ids = {m.norm for k, m in enumerate(now)
               if m.norm and (k == 2 or m.norm != " ".join(text[m.start:m.end].split()))}
        if len(ids) == 1:
            for m, current in zip(group, now):
                if not current.norm or current.norm == " ".join(text[m.start:m.end].split()):
                    changed[m] = current._replace(norm=next(iter(ids)))
    if not changed:
        return state
    return State(state.candidates, tuple(changed.get(k, k) for k in state.kept))


_PAIRED_OPENING = re.compile(r"[ \t]?\([ \t]*")
_PAIRED_ACRONYM = re.compile(r",[ \t]+(?:\w+[ \t]+)?(\S+?)[ \t]*\)")


def spelled_acronyms(ctx: Context, state: State) -> State:
    """A body's name with no id whose capitalised words' initials are an acronym the text uses
    alone for a body, with no other id, takes that acronym as norm, as a definition would give
    it (`About The UWI` … `The University of the West Indies was founded …`: UWI). Three letters
    at least, each on a capitalised word's initial, none left over."""
    text = ctx.original
    # the cheap tests first: most mentions are no acronym written alone with no id
    surfaces = (text[m.start:m.end] for m in state.kept if m.label == "ORG" and m.norm in ("", text[m.start:m.end]))
    acronyms = {a for a in surfaces if len(a) >= 3 and a.isalpha() and a.isupper() and is_acronym_form(a)}
    if acronyms:  # an acronym the text defined for a long form is that body's, not another's
        acronyms -= {m.norm for m in state.kept
                     if m.label == "ORG" and m.norm in acronyms and text[m.start:m.end] != m.norm}
    if not acronyms:
        return state
    kept = []
    for m in state.kept:
        surface = " ".join(text[m.start:m.end].split())
        if m.label == "ORG" and m.norm in ("", surface) and " " in surface:
            initials = "".join(w[0] for w in _WORDS.findall(surface) if w[:1].isupper())
            if initials in acronyms:
                m = m._replace(norm=initials)
        kept.append(m)
    return State(state.candidates, tuple(kept))
