"""A body's short name set before its long name in apposition: `We at Zorbajust, the European
Agency for Judicial Zorbation, …`, `un memorando con Zorbajust, la Agencia de la Unión Europea
para …`, `avec Zorbajust, l'Agence de l'Union européenne pour …`.

A one-word name in title case that no rule reads (a coinage: no head noun, no acronym) stands
right before a comma, an article and a body's name the rules found: it is that body's short name,
and so is every other use of it as written. The long name takes the short name as its norm
where no gazetteer gives one (a body no list holds keeps its short name, as it keeps a defined
acronym). The name follows a small word that opens no part of a name (`with`, `at`, `con`,
`avec`): not a connector or another word of a longer name (`Port of Antwerp-Bruges, the …`,
`Bank Al-Maghrib, la …`), nor a preposition of place (`in Kutaisi, the Ministry …`: a place).
Not a word the text also writes in lower case, a month or a weekday, a body's head noun (`our
Office, the …`), nor a name the text writes only at a sentence's start.
"""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import CAPITAL, alternation
from ..mention import Mention, SpanIndex
from .context import Context, State
from .literals import whole_uses

APPOSED = provenance.heuristic("alias")  # a body's other name, as aliases.py reads them
_REACH = 40  # characters before a body's name: a one-word name, its comma and article
_WORDS = re.compile(r"[\w'’-]+")


def _built(lex) -> re.Pattern | None:
    """A capitalised word, a comma and an article, ending where the text searched ends (built once)."""
    articles = lex.words("article")
    if not articles:
        return None
    spaced = [a for a in articles if not a.endswith(("'", "’"))]
    elided = [a[:-1] for a in articles if a.endswith(("'", "’"))]
    art = rf"(?:{alternation(spaced, space=' ')})[ \t]+" if spaced else "(?!)"
    if elided:
        art = rf"(?:{art}|(?:{alternation(elided)})['’])"
    return re.compile(rf"(?P<before>[\w'’-]+)[ \t]+(?P<name>[{CAPITAL}][\w'’&-]*[a-zà-ÿ][\w'’&-]*),[ \t]+(?i:{art})\Z")


def apposed_short_names(ctx: Context, state: State) -> State:
    """Each short name before a body's long name in apposition, and its other uses (see the
    module's docstring)."""
    pattern = ctx.knowledge.built("apposed_short_name", _built)
    if pattern is None or ", " not in ctx.text:
        return state
    text, lex = ctx.text, ctx.lexicon
    bodies = [m for m in state.kept if m.label == "ORG" and len(text[m.start:m.end].split()) >= 3
              and any(lex.is_body_head(w) for w in text[m.start:m.end].split())]
    if not bodies:
        return state
    taken = SpanIndex([c for c in state.candidates + state.kept if c.source != provenance.MODEL])
    places = lex.words("place_in_preposition")
    leading = lex.words("leading")
    connectors = {c for c in lex.words("capitalised_connector") if " " not in c}
    names: dict[str, Mention] = {}
    common: set[str] | None = None
    for body in bodies:
        m = pattern.search(text, max(0, body.start - _REACH), body.start)
        if m is None or taken.overlapping(*m.span("name")):
            continue
        name, before = m.group("name"), (m.group("before") or "").lower()
        # the word before is a small word that opens no name's part (`with`, `at`, `con`, `avec`),
        # not a connector or another word of a longer name (`Port of Antwerp-Bruges`, `Bank
        # Al-Maghrib`, `Service public fédéral Intérieur`, `enfermedad de Chagas`), nor a
        # preposition of place; the name is no head noun (`our Office, the …`)
        if before not in leading or before in connectors or before in places \
                or len(name) < 3 or name.lower() in ctx.knowledge.calendar_words or lex.is_body_head(name):
            continue
        if common is None:
            common = {w for w in _WORDS.findall(text) if w[:1].islower()}
        if name.lower() in common or not _inside_a_sentence(text, name):
            continue
        names.setdefault(name, body)
    if not names:
        return state
    found, renamed = [], {}
    for s, e, name in whole_uses(text, sorted(names, key=len, reverse=True)):
        if taken.overlapping(s, e):
            continue
        body = names[name]
        gazetteer = provenance.kind(body.source) == "gazetteer"
        found.append(Mention(s, e, "ORG", body.norm if gazetteer and body.norm else name, APPOSED))
        if not gazetteer:
            renamed[(body.start, body.end)] = name
    if not found:
        return state
    # the model's names give way (it reads a coinage as a person or a place)
    inside = SpanIndex(found)
    kept = [k._replace(norm=renamed[(k.start, k.end)]) if (k.start, k.end) in renamed and k.label == "ORG" else k
            for k in state.kept if not inside.overlapping(k.start, k.end)]
    return State(state.candidates, tuple(sorted(kept + found, key=lambda k: (k.start, k.end))))


def _inside_a_sentence(text: str, name: str) -> bool:
    """Whether the text writes the name once at least after a word of its sentence (not only
    where any word is capitalised: a sentence's or a line's start)."""
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
        before = text[max(0, m.start() - 3):m.start()].rstrip(" \t")
        if before and before[-1] not in ".!?\n:;–—-\"«“(":
            return True
    return False
