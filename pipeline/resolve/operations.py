"""Programmes and operations named again without their keyword: `projet ENACT`, then `ENACT`."""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import CAPITAL, Lexicon, alternation
from ..mention import Mention, SpanIndex
from .acronyms import operation_name
from .acronym_shapes import is_acronym
from .candidates import OPERATION, edition_end
from .context import Context, State
from .literals import whole_uses
from .longforms import spells
from .regex_parts import QUOTE_OPENERS
from .owned import body_acronyms

QUOTED = provenance.heuristic("quoted")
_NAME = rf"[{CAPITAL}][\w'’-]*"
_NEXT_WORD = re.compile(r"[ \u00a0](\w+)(?![\w-])")
# a name's part joined by a hyphen or a slash the tokenizer split off (`Niger-HYCOS`, `ZOR/TEVA`): a part that
# starts with a capital or a digit, as a name's does; `-funded`, `-led` qualify, they name nothing
_JOINED_AFTER = re.compile(rf"(?:[-/][{CAPITAL}0-9][\w.]*)+(?![\w'’/-])")
# a capitalised name in the parenthesis right after a name: `(Zonal Research on Biological Agents)`
_SPELLED = re.compile(rf"[ \u00a0]\((?P<long>{_NAME}(?:[ \u00a0][\w'’-]+){{1,14}})\)")
_JOINED_BEFORE = re.compile(rf"(?<![\w'’.-])[{CAPITAL}0-9][\w.]*(?:-[{CAPITAL}0-9][\w.]*)*-\Z")


def quoted_names(ctx: Context, state: State) -> State:
    """An operation, project or programme named in quotation marks after the word that
    introduces it (`le projet « Drogues et droits humains en prison »`, `the joint action day
    "Amber Tide"`, `la operación, denominada «Boira»`) or before it (`the "Zorba Routes"
    programme`): the name inside the marks, as annotators write it (SCHEMA: the name alone),
    whatever the words of the name are."""
    pattern = ctx.regexes.quoted_name
    if pattern is None or not any(mark in ctx.text for mark in QUOTE_OPENERS):
        return state  # both patterns open the name on a mark of `QUOTED`: none, no name
    after = ctx.regexes.quoted_name_before
    matches = list(pattern.finditer(ctx.text)) + list(after.finditer(ctx.text) if after else ())
    found = [Mention(m.start("name"), m.end("name"), "OPERATION",
                     ctx.original[m.start("name"):m.end("name")], QUOTED) for m in matches]
    return State(state.candidates + tuple(found), state.kept) if found else state


def launched_names(ctx: Context, state: State) -> State:
    """A lone acronym no gazetteer holds and nothing defines, the object of a verb that launches
    or leads a programme (`launch_verb`: `we co-led COVAX with CEPI`, `lanzamos la ZORBA`): an
    OPERATION, named again later by `named_again` (`By the time COVAX closed`)."""
    pattern = ctx.regexes.launched_name
    if pattern is None:
        return state
    taken: SpanIndex | None = None
    found = []
    common, small = ctx.lexicon.words("common_acronym"), ctx.lexicon.words("leading")
    for match in pattern.finditer(ctx.text):
        start, end = match.span("name")
        if ctx.text[start:end] in common or not _ends_its_phrase(ctx.text, end, small):
            continue  # `launched DNA profiling`: a common acronym, or one that qualifies a noun
        taken = taken or SpanIndex([c for c in state.candidates if c.source != provenance.MODEL])
        if not taken.overlapping(start, end):
            found.append(Mention(start, end, "OPERATION", ctx.original[start:end], OPERATION))
    return State(state.candidates + tuple(found), state.kept) if found else state


def _ends_its_phrase(text: str, end: int, small: frozenset[str]) -> bool:
    """Whether the word after `end` is no lower-case word but a small one (`leading`: a
    preposition, an article, a conjunction): `COVAX with CEPI`, not `DNA profiling`."""
    after = _NEXT_WORD.match(text, end)
    return after is None or not after.group(1)[:1].islower() or after.group(1).lower() in small


def named_again(ctx: Context, state: State) -> State:
    """Every later or earlier use of a programme's or an operation's name the text introduced with
    its keyword (`le projet ENACT` … `ENACT est mis en œuvre`, `Opération Thunderball` …
    `Thunderball`), with its edition (`HAECHI project` … `HAECHI IV`); and the names listed after
    a plural keyword (`opérations Thunderbird et Thunderstorm`: the first keeps the keyword, as
    annotators write lists). A name is looked for as written, capitals and all (`l'opération
    Brumaire` does not make `le brumaire` one); a known name of the same span still wins (the
    gazetteer is trusted more than this stage: `Opération Sahel` leaves the place `Sahel` alone).
    """
    text = ctx.text
    names: dict[str, tuple[int, int]] = {}
    norms: dict[str, str] = {}
    found: list[Mention] = []
    bodies = body_acronyms(ctx, state)  # `programme OIV`: OIV stays the body's elsewhere
    # a rule's match of a name's first words is no name (`Operation Island` of `Operation Island
    # Chief` does not make `Pacific Island countries` one)
    longest: dict[int, int] = {}
    for c in state.candidates:
        if c.label == "OPERATION" and c.source != provenance.MODEL:
            longest[c.start] = max(longest.get(c.start, 0), c.end)
    for c in state.candidates:
        if c.label != "OPERATION" or c.source == provenance.MODEL or longest[c.start] > c.end:
            continue
        surface = text[c.start:c.end]
        name = operation_name(ctx, surface)
        introduced = name != surface or c.source in (QUOTED, OPERATION)  # OPERATION: launched_names
        if introduced and name not in bodies and len(name) > 2 and (is_acronym(name.split()[0]) or name[:1].isupper()):
            names.setdefault(name, (c.start, c.end))
            if c.norm and c.norm != name:
                norms.setdefault(name, c.norm)  # `Destination Earth` defined as DestinE: its norm again
        if surface.split()[0].lower() in _plural_keywords(ctx):
            for listed in _listed_after(ctx, c.end):
                found.append(listed)
                names.setdefault(text[listed.start:listed.end], (listed.start, listed.end))
    if not names:
        return state
    for at, after, name in whole_uses(text, sorted(names, key=len, reverse=True)):
        start, end = names[name]
        if start <= at < end:
            continue  # the introduction itself
        stop = edition_end(text, after)
        norm = norms.get(name) if stop == after else None
        found.append(Mention(at, stop, "OPERATION", norm or ctx.original[at:stop], OPERATION))
    return State(state.candidates + tuple(found), state.kept)


def keyword_after(ctx: Context, state: State) -> State:
    """A known operation or programme named with a lower-case keyword after it (`the Thunder
    operations`, `the HAECHI series`, `its IBelong campaign`): the keyword is inside the span,
    as annotators write it, and out of the norm (`operation_keyword_after`)."""
    after = ctx.lexicon.words("operation_keyword_after")
    if not after:
        return state
    # a keyword followed by a connector heads a phrase of its own (`the Thunder series of
    # operations`: the name alone)
    connectors = {w.split()[0] for w in ctx.lexicon.words("capitalised_connector")}
    found = []
    for c in state.candidates:
        if c.label != "OPERATION" or c.source == provenance.MODEL:
            continue
        match = _NEXT_WORD.match(ctx.text, c.end)
        if match is None or match.group(1) not in after:
            continue
        following = _NEXT_WORD.match(ctx.text, match.end())
        if following is None or following.group(1).lower() not in connectors:
            found.append(Mention(c.start, match.end(), "OPERATION", "", OPERATION))
    return State(state.candidates + tuple(found), state.kept) if found else state


def hyphen_joined(ctx: Context, state: State) -> State:
    """An operation a token rule found, whose name goes on across a hyphen with no space around
    it (`projet Zorba-HYCOS`, `the ZORB-TVET programme`): the tokenizer splits the hyphen off,
    the rule stops at it, and the name is the whole joined word, as annotators write it."""
    text = ctx.text
    found = []
    for c in state.candidates:
        if c.label != "OPERATION" or provenance.kind(c.source) != "rule":
            continue
        after = _JOINED_AFTER.match(text, c.end)
        before = _JOINED_BEFORE.search(text, max(0, c.start - 60), c.start)
        if after is not None or before is not None:
            start = before.start() if before is not None else c.start
            found.append(Mention(start, after.end() if after is not None else c.end, "OPERATION", "", OPERATION))
    return State(state.candidates + tuple(found), state.kept) if found else state


def spelled_out(ctx: Context, state: State) -> State:
    """A programme's acronym a keyword introduced, its name spelled out in the parenthesis right
    after it (`projet ZORBA (Zonal Research on Biological Agents)`, `the KIVA programme
    (Knowledge for Inland Villages in Africa)`) or after a phrase that says so (`, short for …`):
    the spelled-out name is the programme too, the
    acronym its norm, as where the name comes first (SCHEMA's acronym rule)."""
    text = ctx.text
    found = []
    for c in state.candidates:
        if c.label != "OPERATION" or c.source == provenance.MODEL:
            continue
        name = operation_name(ctx, text[c.start:c.end])
        said = None if (m := _SPELLED.match(text, c.end)) else (m := _spelled_after(ctx, c.end))
        if not is_acronym(name) or m is None:
            continue
        long_form = m.group("long")
        # a phrase that says so needs only the first letter (`MANTRA, short for Monitoring of …`)
        if (spells(name, long_form) or said and long_form[:1] == name[:1]) and len(long_form.split()) >= len(name) // 2:
            found.append(Mention(m.start("long"), m.end("long"), "OPERATION", name, OPERATION))
    return State(state.candidates + tuple(found), state.kept) if found else state


def _spelled_after(ctx: Context, end: int) -> re.Match | None:
    """The name spelled out after a phrase that says so (`spelled_out_phrase`: `the ZORBA
    project, short for Zonal Research on Biological Agents`, `ZORBA, sigla de …`), up to its last
    capitalised word before the clause's end."""
    pattern = ctx.knowledge.built("spelled_out_after", _spelled_out)
    return pattern.match(ctx.text, end) if pattern is not None else None


def _spelled_out(lex: Lexicon) -> re.Pattern | None:
    phrases = lex.words("spelled_out_phrase")
    if not phrases:
        return None
    return re.compile(rf",[ \t]+(?:{alternation(phrases)})[ \t]+(?P<long>{_NAME}(?:[ \t][\w'’-]+){{0,14}}?"
                      rf"[ \t][{CAPITAL}][\w'’-]*)(?=[ \t]*[,.;:()]|$)")


def _plural_keywords(ctx: Context) -> frozenset[str]:
    keywords = ctx.lexicon.words("operation_keyword")
    return frozenset(w for w in keywords if w.endswith("s") and w[:-1] in keywords)


def _listed_item(lex: Lexicon) -> re.Pattern:
    conjunctions = alternation(lex.words("name_conjunction"))
    return re.compile(rf"(?:,[ \t]+(?:{conjunctions}[ \t]+)?|[ \t]+{conjunctions}[ \t]+)"
                      rf"(?P<name>{_NAME}(?:[ \t]{_NAME}){{0,2}})(?![\w'’-])")


def _listed_after(ctx: Context, end: int) -> list[Mention]:
    """The names listed right after a series' first one: `, Thunderstorm`, `et Thunderstorm`."""
    item = ctx.knowledge.built("operation_listed_after", _listed_item)
    found = []
    while (match := item.match(ctx.text, end)) is not None:
        stop = edition_end(ctx.text, match.end("name"))
        found.append(Mention(match.start("name"), stop, "OPERATION",
                             ctx.original[match.start("name"):stop], OPERATION))
        end = stop
    return found
