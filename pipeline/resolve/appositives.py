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
The long name closes the apposition (a sign after it: not `with A, the World Food Programme and the
ICRC`, a list, nor `with A, the Ministry has been silent`, a clause). Not a word the text also writes in lower case, a month or a weekday, a body's head noun (`our
Office, the …`), nor a name the text writes only at a sentence's start.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from .. import provenance
from ..lexicon import CAPITAL, alternation
from ..mention import Mention, SpanIndex
from .context import Context, State
from .literals import whole_uses

APPOSED = provenance.heuristic("alias")  # a body's other name, as aliases.py reads them
_REACH = 40  # characters before a body's name: a one-word name, its comma and article
_start = attrgetter("start")
_WORD = re.compile(r"[\w'’-]+")


def _built(lex) -> tuple[re.Pattern, re.Pattern] | None:
    """A one-word name in title case (a capital, a lower-case letter in it); and a comma and an
    article before a capital, where a body in apposition may start (built once)."""
    articles = lex.words("article")
    if not articles:
        return None
    spaced = [a for a in articles if not a.endswith(("'", "’"))]
    elided = [a[:-1] for a in articles if a.endswith(("'", "’"))]
    art = rf"(?:{alternation(spaced, space=' ')})[ \t]+" if spaced else "(?!)"
    if elided:
        art = rf"(?:{art}|(?:{alternation(elided)})['’])"
    return (re.compile(rf"[{CAPITAL}][\w'’&-]*[a-zà-ÿ][\w'’&-]*"),
            re.compile(rf",[ \t]+(?i:{art})(?=[{CAPITAL}])"))


def _closes(text: str, end: int) -> bool:
    """Whether the body's long name closes the apposition: a sign or the text's end after it, not a
    conjunction and another name (a list), a verb (a clause) or more words of a title (`the WHO
    Director-General`)."""
    rest = text[end:end + 3].lstrip(" \t")
    return not rest or rest[0] in ",.;:)\n"


def apposed_short_names(ctx: Context, state: State) -> State:
    """Each short name before a body's long name in apposition, and its other uses (see the
    module's docstring)."""
    built = ctx.knowledge.built("apposed_short_name", _built)
    if built is None:
        return state
    pattern, opening = built
    text, lex = ctx.text, ctx.lexicon
    bodies = _bodies_after_commas(text, lex, state.kept, opening)
    if not bodies:
        return state
    taken: SpanIndex | None = None
    places = lex.words("place_in_preposition")
    leading = lex.words("leading")
    connectors = {c for c in lex.words("capitalised_connector") if " " not in c}
    names: dict[str, Mention] = {}
    for body in bodies:
        found_words = _name_before(text, body.start, pattern)
        if found_words is None:
            continue
        name, before, name_start = found_words
        if not _closes(text, body.end):
            continue  # `with A, the World Food Programme and the ICRC`: a list; `…, the Ministry has been`: a clause
        # the word before is a small word that opens no name's part (`with`, `at`, `con`, `avec`),
        # not a connector or another word of a longer name (`Port of Antwerp-Bruges`, `Bank
        # Al-Maghrib`, `Service public fédéral Intérieur`, `enfermedad de Chagas`), nor a
        # preposition of place; the name is no head noun (`our Office, the …`)
        if before not in leading or before in connectors or before in places \
                or len(name) < 3 or name.lower() in ctx.knowledge.calendar_words or lex.is_body_head(name):
            continue
        if _written_lower(text, name) or not _inside_a_sentence(text, name):
            continue
        # what the rules found elsewhere, built only for a name that passed the tests above (rare)
        taken = taken or SpanIndex([c for c in state.candidates + state.kept if c.source != provenance.MODEL])
        if taken.overlapping(name_start, name_start + len(name)):
            continue
        names.setdefault(name, body)
    if not names or taken is None:
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


def _bodies_after_commas(text: str, lex, kept: tuple[Mention, ...], opening: re.Pattern) -> list[Mention]:
    """The bodies kept (three words or more, a head noun among them) that start right after a
    comma and an article: where `opening` matches (a scan of the text, not of every mention
    kept), found by bisection: kept is in order of start after `references.select`
    (resolve_overlaps) and the alias stages, which sort it."""
    bodies = []
    for at in (m.end() for m in opening.finditer(text)):
        i = bisect_left(kept, at, key=_start)
        while i < len(kept) and kept[i].start == at:
            m = kept[i]
            if m.label == "ORG" and text.count(" ", m.start, m.end) >= 2 \
                    and any(lex.is_body_head(w) for w in text[m.start:m.end].split()):
                bodies.append(m)
            i += 1
    return bodies


def _name_before(text: str, start: int, name_word: re.Pattern) -> tuple[str, str, int] | None:
    """The one-word name before the comma that precedes `start` (the comma and the article the
    caller found), the word before it in lower case, and where the name starts; None when the
    two words are not on the line or the name is no capitalised word. Read from the comma back
    (a split of a few characters, not a search at every position before the body)."""
    comma = text.rfind(",", max(0, start - 7), start)
    if comma < 0:
        return None
    words = text[max(0, comma - _REACH):comma].rsplit(None, 2)
    if len(words) < 2 or not name_word.fullmatch(words[-1]) or "\n" in text[comma - len(words[-1]) - len(words[-2]) - 2:comma]:
        return None
    name, before = words[-1], words[-2]
    name_start = comma - len(name)
    if text[name_start:comma] != name or not _WORD.fullmatch(before):
        return None
    return name, before.lower(), name_start


def _written_lower(text: str, name: str) -> bool:
    """Whether the text writes the name in lower case too: a word of its language (`however`)."""
    return bool(whole_uses(text, (name.lower(),), apostrophes=True))


def _inside_a_sentence(text: str, name: str) -> bool:
    """Whether the text writes the name once at least after a word of its sentence (not only
    where any word is capitalised: a sentence's or a line's start)."""
    for at, _, _ in whole_uses(text, (name,), apostrophes=True):
        before = text[max(0, at - 3):at].rstrip(" \t")
        if before and before[-1] not in ".!?\n:;–—-\"«“(":
            return True
    return False
