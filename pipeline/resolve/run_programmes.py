"""A body's programme named like a body: `PAHO's Revolving Fund`, `the X Fund, managed by BNDES`.

Names headed by a programme-like noun (`run_head`: fund, facility, mechanism, reserve,
observatory …) are read as bodies by the rules; the text's tie to the body that runs them makes
them programmes (OPERATION):

- an owner before the name: a body's possessive (`PAHO's`) or a possessive word (`run_owner`:
  `whose`, `son`, `su`);
- a phrase that names it as a funding window (`run_funding`: `grants under the`, `con cargo al`,
  `au titre du`): only for these heads, never for a gazetteer body; not a phrase of a source or a
  means (`funded by the`, `through the`, `financiado por el`, `au moyen du`), which bodies are
  too (`financed through the European Stability Mechanism`);
- a verb of running right before it (`run_verb`: `which manages the X`, `que administra el X`);
- after it (past its acronym's parenthesis): a participle and its `by` (`run_by`: `managed by`,
  `créée par`, `gestionado por`) with a body for agent (a body's mention or head noun, not a
  person: `led by Dr Smith`), or a relative (`run_relative`) and a verb of running with a subject
  that is not the name: a subject pronoun (`run_subject`: `which we run`, `que nous gérons`), a
  body (`which ACTO runs`), or a verb whose person says so (`run_verb_personal`: `que
  gestionamos`); `which manages grants` says what the name itself runs;
- for `run_head_owned` heads (funds), a gazetteer body named inside the name after its head and
  a `run_owner_of` word (`Fondo Fiduciario … de la Unión Europea para África`).

A `run_service_head` name (service) is a programme only when a programme the gazetteer knows, or
one the text names as a programme (`the Copernicus programme`), is named inside it (`Copernicus
Climate Change Service`, `Servicio … de Copernicus`): a possessive makes no service a programme
(`FAO's Desert Locust Information Service` is a body).

Never a gazetteer body, never a name whose head is another noun (`Agency`, `Bank`). The mentions
of the same norm (the acronym the text defines for the name) follow it.
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon, alternation, elided
from ..mention import Mention
from ..normalise.words import NEVER
from ..text import stands_whole
from .context import Context, State

_WORD = re.compile(r"[\w'’-]+")


def run_programmes(ctx: Context, state: State) -> State:
    """ORG (and INSTRUMENT) mentions a tie to their running body makes OPERATION, with every
    mention of their norm."""
    lex = ctx.lexicon
    heads, services = lex.words("run_head"), lex.words("run_service_head")
    if not heads and not services:
        return state
    cues = ctx.knowledge.built("run_programmes", _cues)
    text, kept = ctx.text, state.kept
    changed: set[int] = set()
    for i, m in enumerate(kept):
        if m.label not in ("ORG", "INSTRUMENT") or m.source.startswith("gazetteer:"):
            continue
        if m.norm and m.norm in ctx.knowledge.names_by_id:
            continue
        head = _head(ctx, text[m.start:m.end])
        if head is None:
            continue
        word, at = head
        if word in services:
            tied = _programme_inside(state, m) or _programme_named_in(ctx, state, m)
        elif word in heads:
            tied = (_owned(ctx, cues, kept, i) or _run_after(ctx, cues, kept, m.end) or _funding(ctx, cues, m)
                    or (word in lex.words("run_head_owned") and _body_inside(ctx, state, m, m.start + at)))
        else:
            tied = False
        if tied:
            changed.add(i)
    if not changed:
        return state
    # a name with no norm yet is named back by its text (`el Fondo` → `Fondo Korvel …`,
    # references.back_references), so its text counts as its norm here
    norms = {kept[i].norm or ctx.original[kept[i].start:kept[i].end] for i in changed}
    out = tuple(m._replace(label="OPERATION")
                if i in changed or (m.label == "ORG" and m.norm in norms and not m.source.startswith("gazetteer:"))
                else m for i, m in enumerate(kept))
    return State(state.candidates, out)


def _head(ctx: Context, surface: str) -> tuple[str, int] | None:
    """The name's head noun (lower case) and its offset: its last capitalised word before a
    lower-case connector where names end with their head, its first word where they start with
    it. None for a single word (an acronym) or a name whose head is not a programme-like noun."""
    words = list(_WORD.finditer(surface))
    if len(words) < 2:
        return None
    if ctx.lexicon.head_last:
        capitalised = next((k for k, w in enumerate(words) if w.group()[0].islower()), len(words))
        if capitalised == 0:
            return None
        head = words[capitalised - 1]
    else:
        head = words[0]
    return head.group().lower(), head.start()


def _owned(ctx: Context, cues: dict, kept: tuple[Mention, ...], i: int) -> bool:
    """A possessive word or a verb of running right before the name, or a body's possessive."""
    m, text = kept[i], ctx.text
    before = text[max(0, m.start - 40):m.start]
    if cues["before"].search(before):
        return True
    possessive = cues["possessive"].search(before)
    return possessive is not None and i > 0 and kept[i - 1].label == "ORG" \
        and kept[i - 1].end == m.start - len(possessive.group())


def _funding(ctx: Context, cues: dict, m: Mention) -> bool:
    """A phrase right before the name that names it as a funding window (`grants under the`,
    `con cargo al`, `au titre du`)."""
    return cues["funding"].search(ctx.text, max(0, m.start - 40), m.start) is not None


def _run_after(ctx: Context, cues: dict, kept: tuple[Mention, ...], end: int) -> bool:
    """After the name (past the parenthesis of its acronym): a participle of running and its `by`
    with a body for agent (after a comma, a few words of the clause may come between: `, created
    in 2008 and managed by`; without one, `and is run by` is another subject's), or a relative
    that the body running it follows as the subject of a verb of running (`which ACTO runs`,
    `que nous gérons`, `que gestionamos`), or, after an object relative of a language that puts
    the subject after the verb (`run_relative_inverted`), follows the verb (`que gestiona el
    BNDES`): a relative and a verb alone (`which manages grants`) say what the name itself runs."""
    text = ctx.text
    stop = min(len(text), end + 90)
    by = cues["by"].match(text, end, stop)
    if by is not None and _body_at(ctx, cues, kept, by.end()):
        return True
    relative = cues["relative"].match(text, end, stop)
    if relative is None:
        return False
    if relative.group("verb").lower() in ctx.lexicon.words("run_verb_personal"):
        return True
    subject = _WORD.match(text, relative.start("gap"), relative.start("verb"))
    if subject is not None and subject.group().lower() in ctx.lexicon.words("run_subject") \
            or _body_at(ctx, cues, kept, relative.start("gap"), relative.start("verb")):
        return True
    # an object relative whose subject follows the verb (`que gestiona el BNDES`, `que gère l'AFD`)
    inverted = relative.group("relative").lower().replace("’", "'") in ctx.lexicon.words("run_relative_inverted")
    return inverted and not relative.group("gap").strip() and _body_at(ctx, cues, kept, relative.end())


def _body_at(ctx: Context, cues: dict, kept: tuple[Mention, ...], at: int, stop: int | None = None) -> bool:
    """A body named at `at` (past an article or a possessive word; ending by `stop`): a body's
    mention, or a body's head noun (`the ministry`); not a person (`led by Dr Smith`)."""
    start = cues["agent"].match(ctx.text, at).end()
    if any(m.label == "ORG" and m.start == start and (stop is None or m.end <= stop) for m in kept):
        return True
    word = _WORD.match(ctx.text, start, len(ctx.text) if stop is None else stop)
    return word is not None and word.group().lower() in ctx.knowledge.built("run_agent_heads", _agent_heads)


def _agent_heads(lex: Lexicon) -> frozenset[str]:
    """Body head nouns, lower case, as the agent of a participle of running."""
    return frozenset(w.lower() for w in lex.words("org_head") | lex.words("backref_org_head") if " " not in w)


def _body_inside(ctx: Context, state: State, m: Mention, head_start: int) -> bool:
    """A gazetteer body named inside the name after its head and a `run_owner_of` word (`Fondo …
    de la Unión Europea`; not `Fondo España-SICA`, a fund of two)."""
    of = ctx.knowledge.built("run_owner_of", _owner_of)
    return any(c.label == "ORG" and c.source.startswith("gazetteer:") and m.start <= head_start < c.start
               and c.end <= m.end and (c.start, c.end) != (m.start, m.end)
               and of.search(ctx.text, max(m.start, c.start - 12), c.start) for c in state.candidates)


def _owner_of(lex: Lexicon) -> re.Pattern:
    """The `run_owner_of` words ending where a body starts."""
    words = lex.words("run_owner_of")
    if not words:
        return re.compile(NEVER)
    return re.compile(r"(?<![\w'’])" + alternation(words).replace("'", "['’]") + r"(?:\s+|(?<=['’]))\Z", re.IGNORECASE)


def _programme_inside(state: State, m: Mention) -> bool:
    """A gazetteer programme named inside the name (`Copernicus Climate Change Service`)."""
    return any(c.label == "OPERATION" and c.source.startswith("gazetteer:") and m.start <= c.start
               and c.end <= m.end and (c.start, c.end) != (m.start, m.end) for c in state.candidates)


def _programme_named_in(ctx: Context, state: State, m: Mention) -> bool:
    """A programme the text names elsewhere (`the Korvel programme`, norm `Korvel`) whose norm is
    a word of the name (`Korvel Ocean Monitoring Service`)."""
    surface = ctx.text[m.start:m.end]
    # before norms are set, a programme's name is its surface without its lower-case keyword
    names = (k.norm or " ".join(w for w in ctx.text[k.start:k.end].split() if not w[:1].islower())
             for k in state.kept if k.label == "OPERATION")
    norms = {n for n in names if len(n) > 2 and n != surface}
    return any(stands_whole(n, surface, "_'’-") for n in norms)


def _cues(lex: Lexicon) -> dict:
    """The language's cues, compiled once."""
    article = elided(lex.words("article")) + "?"
    owner, verb, funding = lex.words("run_owner"), lex.words("run_verb"), lex.words("run_funding")
    by, relative = lex.words("run_by"), lex.words("run_relative")
    never = re.compile(NEVER)
    before = (re.compile(r"(?<![\w'’])(?:" + "|".join(
        p for p in ((alternation(owner) + r"\s+") if owner else "",
                    (alternation(verb) + r"\s+" + article) if verb else "") if p) + r")\Z", re.IGNORECASE)
              if owner or verb else never)
    funding_re = (re.compile(r"(?<![\w'’])" + alternation(funding).replace("'", "['’]") + r"(?:\s+|(?<=['’]))\Z",
                             re.IGNORECASE) if funding else never)
    possessive = lex.words("name_possessive")
    possessive_re = (re.compile(alternation(possessive).replace("'", "['’]") + r"\s+\Z") if possessive else never)
    opening = r"\s*(?:\([^()\n]{1,20}\)\s*)?,?"
    by_re = (re.compile(opening + r"(?:,[^.;:()\n]{0,50}?)?(?<![\w'’])\s*" + alternation(by) + r"(?![\w'’])",
                        re.IGNORECASE) if by else never)
    relative_re = (re.compile(opening + r"\s*(?P<relative>" + alternation(relative).replace("'", "['’]")
                              + r")\s*(?P<gap>(?:[\w'’-]+\s+){0,4}?)(?P<verb>" + alternation(verb) + r")(?![\w'’])",
                              re.IGNORECASE) if relative and verb else never)
    agent = re.compile(r"\s*(?:" + "|".join(p for p in (elided(lex.words("article")),
                                                         alternation(owner) + r"\s+" if owner else "") if p) + ")?",
                       re.IGNORECASE)
    return {"before": before, "funding": funding_re, "possessive": possessive_re, "by": by_re, "relative": relative_re, "agent": agent}
