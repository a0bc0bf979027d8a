"""Bodies named around a known name: complements, offices and their regions."""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import CAPITAL, Lexicon, alternation, elided
from ..mention import Mention
from .complement_runs import model_names_continued
from .context import Context, State
from .regex_parts import first_letters

COMPLEMENT = provenance.heuristic("complement")
REGION = provenance.heuristic("region")
CAPITALISED = provenance.heuristic("capitalised")
_CAPITALISED_BEFORE = re.compile(rf"([{CAPITAL}][\w-]*) \Z")
# a capitalised word, not inside a name, then at most two lower-case words, up to a linker
_BARE_HEAD = re.compile(rf"(?<![\w'’-])([{CAPITAL}][\w-]*)((?:[ \t]+[a-zà-öø-ÿ][\w-]*){{0,2}})\Z")


def names_people(ctx: Context, start: int, end: int) -> bool:
    """Whether a head noun in [start, end) follows words that make it name people, not a body
    (`complement_not_after`: `Heads of Government of ...`, `Jefes de Estado y de Gobierno de ...`)."""
    rx = ctx.regexes.complement_not_after
    found = rx.search(ctx.text, max(0, start - 40), end) if rx else None
    return found is not None and found.end() > start


def complements(ctx: Context, state: State) -> State:
    """`Secrétariat de la CITES`, `Police nationale du Maroc`: a body named after another name.

    A capitalised head noun for a body, at most two lower-case words, then `de`/`of`/`del` and a
    name already found make one ORG, the longest name, as written unless the gazetteer knows the
    whole. Where names end with their head, the head keeps the capitalised words before it
    (`Financial Intelligence Unit of ...`) and a head may follow the name it serves (`CITES
    Secretariat`); where they start with it, a model name then `de` + a known name is one name
    (`Sous-direction de la sécurité environnementale d'INTERPOL`).
    """
    text, rx, last = ctx.text, ctx.regexes, ctx.lexicon.head_last
    found = []
    model_ends: dict[int, list[Mention]] = {}
    for c in state.candidates:
        if c.source == provenance.MODEL and c.label == "ORG":
            model_ends.setdefault(c.end, []).append(c)
    heads_before: dict[int, re.Match | None] = {}  # several candidates start at one place
    organs = tuple(ctx.lexicon.words("organ_head"))
    for c in state.candidates:
        if c.source == provenance.MODEL or c.label not in ("ORG", "INSTRUMENT", "COUNTRY", "LOCATION"):
            continue
        if c.start not in heads_before:
            # the linker that ends the pattern first (short, rarely there), then the head before it
            linked = rx.model_complement.search(text, max(0, c.start - 40), c.start)
            heads_before[c.start] = rx.complement.search(text, max(0, c.start - 80), c.start) if linked else None
        match = heads_before[c.start]
        if match and (c.label != "ORG" or provenance.kind(c.source) != "gazetteer") \
                and match.group().startswith(organs):
            match = None  # an organ's head names a body only with a body the gazetteer knows
        if match and match.group().startswith(organs) and _topic_after(ctx, c.end):
            match = None  # `Conference of the United Nations on Forests`: an event, not an organ
        if match and names_people(ctx, match.start(), match.end()):
            match = None  # `Heads of Government of the Caribbean Community`: people, not a body
        if match:
            start = match.start()
            if last:
                while (word := _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)) \
                        and word.group(1).lower() not in ctx.leading:
                    start = word.start()
            found.append(Mention(start, c.end, "ORG", "", COMPLEMENT))
        if not last and c.label == "ORG":
            joined = rx.model_complement.search(text, max(0, c.start - 8), c.start)
            if joined:
                found.extend(Mention(m.start, c.end, "ORG", "", COMPLEMENT)
                             for m in model_ends.get(joined.start(), ()))
        after = rx.complement_after.match(text, c.end) if last else None
        if after and c.label in ("ORG", "INSTRUMENT"):
            found.append(Mention(c.start, after.end(), "ORG", "", COMPLEMENT))
    if not last:
        found.extend(_bare_heads_joined(ctx, state))
        found.extend(model_names_continued(ctx, state))
    return State(state.candidates + tuple(found), state.kept)


def _bare_heads_joined(ctx: Context, state: State) -> list[Mention]:
    """`la Présidence du Tribunal administratif`, `le Secrétariat permanent de la Conférence X`: a head
    noun in capitals with at most two lower-case adjectives names no body of its own before `de`
    and a model's name; the two are one ORG, the organ named with its body, whatever the model
    made of the head (a name, a place, a person, or nothing)."""
    bodies = [c for c in state.candidates if c.source == provenance.MODEL and c.label == "ORG"]
    return heads_joined(ctx, bodies, _BARE_HEAD)


def heads_joined(ctx: Context, bodies, head_rx: re.Pattern) -> list[Mention]:
    """For each body in `bodies`, a head noun in capitals (`heads.first`, matched by `head_rx`
    ending where the linker before the body starts) with at most two lower-case adjectives, not
    inside a longer name nor naming people: one ORG from the head to the body's end."""
    heads = ctx.lexicon.heads
    endings = tuple(ctx.lexicon.words("name_adjective_ending"))
    if heads is None or not endings:
        return []
    text, rx, found = ctx.text, ctx.regexes, []
    nots = ctx.lexicon.words("not_adjective")
    for c in bodies:
        joined = rx.model_complement.search(text, max(0, c.start - 8), c.start)
        head = head_rx.search(text, max(0, joined.start() - 60), joined.start()) if joined else None
        if head is None or head.group(1) not in heads.first or names_people(ctx, head.start(), head.end()):
            continue
        word = _CAPITALISED_BEFORE.search(text, max(0, head.start() - 40), head.start())
        if word and word.group(1).lower() not in ctx.leading:
            continue  # the head inside a longer name
        adjectives = head.group(2).split()
        if all(w.endswith(endings) and w not in nots for w in adjectives):
            found.append(Mention(head.start(), c.end, "ORG", "", COMPLEMENT))
    return found


def _topic_after(ctx: Context, end: int) -> bool:
    """Whether a connector that opens a topic (`topic_connector`: `on`, `sur`, `sobre`) follows
    a body's name ending at `end`."""
    topics = {w.split()[0] for w in ctx.lexicon.words("topic_connector")}
    after = ctx.text[end:end + 16].split()
    return bool(after) and after[0].lower() in topics


def regional_offices(ctx: Context, state: State) -> State:
    """`Bureau régional de l'ONUDC pour l'Afrique de l'Ouest (et du Centre)`: an office named with
    the region it serves, a place found by the rules after `pour`/`for`/`para`."""
    text, rx = ctx.text, ctx.regexes
    heads = ctx.lexicon.words("regional_head")
    places = {c.start: c for c in state.candidates
              if c.label in ("LOCATION", "COUNTRY") and c.source != provenance.MODEL}
    place_ends = {c.end: c for c in places.values()}
    found = []
    for c in state.candidates:
        words = text[c.start:c.end].lower().split()
        if c.label != "ORG" or not words or not (words[0] in heads or words[-1] in heads):
            continue
        link = rx.region_link.match(text, c.end)
        place = places.get(link.end()) if link else None
        if place is None:
            # a name read with its first region already (`Oficina Regional para Centroamérica`)
            # still takes the second (`y el Caribe`)
            place = place_ends.get(c.end)
            if place is None or place.start <= c.start or not rx.region_link.search(
                    text, max(c.start, place.start - 12), place.start):
                continue
        more = rx.region_more.match(text, place.end)
        if more and any(k.start < more.end() < k.end for k in state.candidates if k.label != "LOCATION"):
            more = None  # `… para Centroamérica y la Policía Nacional`: another body's name
        found.append(Mention(c.start, more.end() if more else place.end, "ORG", "", REGION))
    return State(state.candidates + tuple(found), state.kept)


def lowercase_bodies(ctx: Context, state: State) -> State:
    """`ministère de la Justice`, `ministère fédéral des Affaires étrangères de l'Allemagne`: a
    body whose name starts with a lower-case word (`lowercase_org_start`), as French writes its
    ministries, is one ORG with the places and names of its complements. A model name that starts
    inside it and runs on past its end is the model's misreading (`Justice afin d'accompagner …`)."""
    rx = ctx.regexes.lowercase_body
    found = [Mention(m.start(), m.end(), "ORG", "", CAPITALISED) for m in rx.finditer(ctx.text)] if rx else []
    found += _place_bodies(ctx)
    if not found:
        return state
    kept = tuple(c for c in state.candidates
                 if c.source != provenance.MODEL or not any(f.start < c.start < f.end < c.end for f in found))
    return State(kept + tuple(found), state.kept)


def _place_body_pattern(lex: Lexicon) -> re.Pattern | None:
    """A head that names a body after the place it serves (`place_body_head`: `Port autonome`),
    a `complement_linker`, then the place's capitalised words."""
    heads, linkers = lex.words("place_body_head"), lex.words("complement_linker")
    if not (heads and linkers):
        return None
    linker = elided(linkers, space=r"[ \t]+")
    place = rf"[{CAPITAL}][\w]*(?:-[{CAPITAL}]?[\w]+)*"
    return re.compile(rf"{first_letters(heads)}(?<![\w-]){alternation(heads)}[ \t]+{linker}{place}(?:[ \t]+{place})?(?![\w'’-])")


def _place_bodies(ctx: Context) -> list[Mention]:
    """`le Port autonome de Lomé`, `Grand port maritime de Marseille`: a body the model reads as its
    place (the place alone, or the head as a place) is one ORG, its place in the name."""
    if not any(head in ctx.text for head in ctx.lexicon.words("place_body_head")):
        return []  # most texts name no such body: a literal look is cheaper than the pattern
    rx = ctx.knowledge.built("place_body", _place_body_pattern)
    return [Mention(m.start(), m.end(), "ORG", "", CAPITALISED) for m in rx.finditer(ctx.text)] if rx else []
