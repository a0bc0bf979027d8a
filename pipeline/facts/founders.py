"""Memberships stated around a body's founding or an opening figure (FACTS.md, MEMBERSHIP).

- `Créée en 1964 par le Cameroun, le Niger, le Nigeria et le Tchad, la CBLT …`, `El Mercado Común
  del Sur, creado por el Tratado de Asunción firmado en 1991 por Argentina, Brasil …`: the states
  that founded a body are its members (two states at least: a body `created by the Conference of
  the Parties`, or a fund set up by one state, has no members by it);
- `With 57 participating States, the OSCE is …`: a figure of members opening the sentence after
  `with`/`avec`/`con` is the size of the body the main clause opens on.
"""

from __future__ import annotations

from .document import FactDocument
from .refs import Ref, Sentence
from .lists import tokens as _tokens
from .structure import alternatives

_REACH = 100  # the agent (`par`, `by`, `por`) stands this close after the founding word, no comma between
_NEAR = 6  # the founders' list starts this close after the agent (an article between)
_FOUNDERS = 2  # states named as founders, at least


def founders(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> tuple[Ref, list[Ref]] | None:
    """The body a sentence says states founded, and those states (see the module's docstring)."""
    cues = [(c, False) for c in doc.find("founded_by", sentence.start, sentence.end)]
    cues += [(c, True) for c in doc.find("launched_by", sentence.start, sentence.end)]
    for cue, launched in sorted(cues, key=lambda c: c[0].start()):
        states = _founding_states(doc, sentence, cue.end(), actors)
        if len(states) < _FOUNDERS:
            continue
        body = _founded(doc, sentence, cue.start(), states[-1].end)
        if body is not None and (not launched or _grouping(doc, sentence, cue.start(), body)):
            return body, states
    return None


def _grouping(doc: FactDocument, sentence: Sentence, cue_start: int, body: Ref) -> bool:
    """Whether the states that launched `body` joined it: the participle opens the sentence
    (`Launched in 2017 by A and B, the X …`) or the body's name names a grouping (`the X
    Initiative, launched by A and B`); not the donors of a fund, nor the launchers of an appeal
    (`The appeal for the Global Fund, launched by A and B, raised …`)."""
    if not doc.text[sentence.start:cue_start].strip():
        return True
    return any(w in doc.words.words["launched_body"] for w in _tokens(doc.text[body.start:body.end]))


def founding_bodies(doc: FactDocument, sentence: Sentence, actors: list[Ref], *,
                    cues: tuple[str, ...] = ("founded_by", "organised_by"), reach: int = _REACH,
                    labels: frozenset[str] = frozenset({"ORG"})) -> list[Ref]:
    """The bodies, no state among them, listed as the agents of a founding word (`le Fonds (STDF),
    créé en 2002 par la FAO, l'OMS et l'OMC`, `established by UNEP and WMO`): they founded it
    together, a joint act (FACTS.md: a partnership of every two of them); so do the agents of an
    event they organised (`organisée chaque année par le BIPM et l'OIML`, `organised by A and B`,
    `organizada por A y B`); or []. Other `cues` (classes), `reach` (the agent stands this close
    after the cue, no comma between) and `labels` (of every body listed) read the agents of other
    acts alike (`cosubjects`: the makers of a work); two bodies at least, none an alternative to
    another (`développé par A ou B`)."""
    found = sorted((c for name in cues for c in doc.find(name, sentence.start, sentence.end)), key=lambda c: c.start())
    for cue in found:
        limit = min(sentence.end, cue.end() + reach)
        for agent in doc.find("agent", cue.end(), limit):
            if "," in doc.text[cue.end():agent.start()]:
                break
            group = next((g for g in doc.lists(actors) if agent.end() <= g[0].start <= agent.end() + _NEAR), [])
            if not group:
                continue  # `built in a year by A and B`: an agent word naming no one
            if (all(a.label in labels for a in group) and len({a.norm for a in group}) >= _FOUNDERS
                    and not alternatives(doc, group)):
                return group
            break  # the cue's agents are these (`promoted by France and boycotted by A and B`: not A and B)
    return []


def _founding_states(doc: FactDocument, sentence: Sentence, offset: int, actors: list[Ref]) -> list[Ref]:
    """The states of the list after the first agent past `offset` that names states (past a
    treaty: `creado por el Tratado de Asunción firmado … por Argentina, Brasil`)."""
    limit = min(sentence.end, offset + _REACH)
    for agent in doc.find("agent", offset, limit):
        if "," in doc.text[offset:agent.start()]:
            return []
        group = next((g for g in doc.lists(actors) if agent.end() <= g[0].start <= agent.end() + _NEAR), [])
        states = [a for a in group if a.label == "COUNTRY"] or _counted_states(doc, sentence, agent.end(), actors)[1]
        if states:
            return states
    return []


def founding_size(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> Ref | None:
    """The figure of the founders that stands between the agent and their list in parentheses
    (`établi en 2007 par sept États (Espagne, France …)`, `set up by seven states (A, B …)`): the
    founded body's number of members."""
    for cue in doc.find("founded_by", sentence.start, sentence.end):
        for agent in doc.find("agent", cue.end(), min(sentence.end, cue.end() + _REACH)):
            figure, states = _counted_states(doc, sentence, agent.end(), actors)
            if figure is not None and len(states) >= _FOUNDERS:
                return figure
    return None


def _counted_states(doc: FactDocument, sentence: Sentence, offset: int, actors: list[Ref]) -> tuple[Ref | None, list[Ref]]:
    """A figure of states right after the agent, of a member noun, and the states listed in the
    parenthesis after it (`par sept États (Espagne, France, …)`); (None, []) otherwise."""
    figure = next((f for f in sentence.of("FIGURE") if offset <= f.start <= offset + _NEAR), None)
    unit = figure.norm.split(" ", 1)[1].lower() if figure is not None and " " in figure.norm else ""
    if unit not in doc.words.words["size_unit"]:
        return None, []
    if not doc.text[figure.end:figure.end + 3].lstrip().startswith("("):
        return None, []
    group = next((g for g in doc.lists(actors) if figure.end < g[0].start <= figure.end + _NEAR), [])
    return figure, [a for a in group if a.label == "COUNTRY"]


def _founded(doc: FactDocument, sentence: Sentence, cue_start: int, founders_end: int) -> Ref | None:
    """The body founded: the one right before the founding word (`El Mercado Común del Sur,
    creado por …`), or, when the sentence opens on it, the one opening the main clause after
    the founders (`Créée … par A et B, la CBLT compte …`)."""
    if not doc.text[sentence.start:cue_start].strip():
        after = next((m for m in sentence.mentions if m.start >= founders_end and m.label != "DATE"), None)
        gap = doc.text[founders_end:after.start] if after is not None else ""
        if after is not None and after.label == "ORG" and "," in gap and len(_tokens(gap)) <= 3:
            return after
        return None
    before = next((m for m in reversed(sentence.mentions) if m.end <= cue_start), None)
    if before is None or before.label != "ORG":
        return None
    return before if not doc.text[before.end:cue_start].strip(" ,()") else None


def opening_size(doc: FactDocument, sentence: Sentence, sizes: list[Ref]) -> tuple[Ref, Ref] | None:
    """`With 57 participating States, the OSCE is …`: the body and the figure of its members."""
    if not sizes:
        return None
    size = sizes[0]
    head = _tokens(doc.text[sentence.start:size.start])
    if len(head) != 1 or head[0] not in doc.words.words["with"]:
        return None
    after = next((m for m in sentence.mentions if m.start >= size.end), None)
    if after is None or after.label != "ORG" or "," not in doc.text[size.end:after.start]:
        return None
    figure, gap = doc.text[size.start:after.start].split(",", 1)  # `57 États participants`, ` l'`
    if not doc.words.patterns["member_noun"].search(figure) or len(_tokens(figure)) > 4 or len(_tokens(gap)) > 1:
        return None
    return after, size
