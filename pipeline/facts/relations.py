"""Partnerships stated in one sentence (agreements: `agreement_facts.py`; memberships: `memberships.py`).

Rules over the sequence of mentions, around the language's cue words (`facts.jsonl`): who stands
before a cue is its subject, who stands after it its partners; `entre A et B` makes everyone a
party.
"""

from __future__ import annotations

from .document import FactDocument
from .refs import Ref, Sentence
from .refs import distinct as _distinct
from .model import Argument, Fact
from .structure import cue_sides
from .founders import founding_bodies
from .cosubjects import joint_doers
from .initiatives import initiative_bodies
from .lists import tokens
from .possessors import our_partners, possessed_partners
from .heading_partners import heading_partners

_NAMED_BACK_BLOCKS = 3  # `la aplicación del acuerdo` names back an agreement this many paragraphs on
_FRAMEWORK_GAP = 200  # a framework list goes on this far past what it skips
_PURPOSE = 5  # characters: words of purpose open the sentence this close after its start
_JOINED_REACH = 40  # characters: the words of joining (`, later joined by`) end this close after the sides
_JOINED_GAP = 2  # words at most (articles) between the words of joining and the bodies that joined


def argument(role: str, ref: Ref) -> Argument:
    """The argument a reference fills in a fact with `role` (a publisher or a reference by its
    norm alone, no offsets)."""
    if ref.label in ("PUBLISHER", "REFERENCE"):
        return Argument(role, ref.norm)
    return Argument(role, ref.norm, ref.label, ref.start, ref.end)


def pair_roles(subject: list[Ref], others: list[Ref], alike: bool) -> list[Argument] | None:
    if alike:
        parties = _distinct(subject + others)
        return [argument("party", r) for r in parties] if len(parties) >= 2 else None
    if not others or not subject:
        return None  # one side only (`financé par l'UE et l'Allemagne`)
    return [argument("party", r) for r in subject] + [argument("partner", r) for r in others]


# the source of a partnership of support or funding (`financé par l'UE`, `supports`): the
# conventions make the supporter a partner of the supported wherever the text says so, so the
# rule's fact stands as it is, beside the pairs the learned model keeps in that sentence
SUPPORT = "rule:support"
# the source of a partnership of bodies named alike as the agents of one joint act (`présentée
# conjointement par A, B et C`, `prepared jointly by`, `conjuntamente por`): the text says they
# did it together, so the rule's fact stands as it is; the learned model, which reads such lists
# as mere enumerations, does not decide it
JOINT = "rule:joint"
# the source of a partnership of the body a possessive stands for with the partners listed after
# it (`Its partners include A, B and C`): the owner is named in a sentence before, where the
# learned model reads no pair, so the rule's fact stands as it is
POSSESSED = "rule:possessed_partners"
HEADING = "rule:heading_partners"  # a heading of the publisher's partners over bullets (heading_partners.py)


def _support(doc: FactDocument, found) -> bool:
    """Whether the sides were read at a cue of support or funding, from one side to the other."""
    return not found.alike and doc.words.patterns["directed"].fullmatch(doc.text, found.cue, found.end) is not None


def _joint(doc: FactDocument, found) -> bool:
    """Whether the sides, named alike, are the agents of the cue: an agent word right after it
    and articles at most before the first of them (`conjointement par l'OEA`, `jointly by the`)."""
    if not found.alike or found.subject or not found.others:
        return False
    articles = doc.words.words["article"]
    return any(not doc.text[found.end:m.start()].strip()
               and all(w in articles for w in tokens(doc.text[m.end():found.others[0].start]))
               for m in doc.find("agent", found.end, found.others[0].start))


def _joint_agents(doc: FactDocument, actors: list[Ref], found) -> list[Ref]:
    """The agents of a joint act whose subject is the thing they did, not a side (`le Centre X,
    exploité conjointement par A et B`, `the Fund, managed jointly by A and B`, `gestionado
    conjuntamente por A y B`): the list right after the cue and its agent word, two bodies at least."""
    if found.alike or not found.subject or not found.others:
        return []
    if not any(not doc.text[found.end:m.start()].strip() for m in doc.find("agent", found.end, found.others[0].start)):
        return []
    listed = next((list(g) for g in doc.lists(actors) if g[0] == found.others[0]), [])
    return listed if len(_distinct(listed)) >= 2 else []


def _joined(doc: FactDocument, actors: list[Ref], sides: list[Ref]) -> list[Ref]:
    """The bodies that joined a partnership named alike (`una alianza entre A y B, a la que se
    sumaron C y D`, `un partenariat entre A et B, rejoint par C`): the list right after the
    words of joining that follow its sides; parties alike."""
    if not sides:
        return []
    for cue in doc.find("joined_by", sides[-1].end, sides[-1].end + _JOINED_REACH):
        if doc.text[sides[-1].end:cue.start()].strip(" ,") == "":
            return next((list(g) for g in doc.lists(actors) if g[0].start >= cue.end()
                         and len(tokens(doc.text[cue.end():g[0].start])) <= _JOINED_GAP), [])
    return []


def _agents(doc: FactDocument, actors: list[Ref], found) -> list[Ref]:
    """The agents of a joint act: the one list right after the agent word (`co-hosted by A and B
    in Washington, X was one of the focus countries, with C and D`: A and B), where it names two
    or more."""
    listed = next((g for g in doc.lists(actors) if g[0] == found.others[0]), [])
    return list(listed) if len(_distinct(listed)) >= 2 else list(found.others)


def _in_clause(doc: FactDocument, sentence: Sentence, found) -> list[Ref]:
    """The supported bodies up to the clause break after the cue: `… seconded personnel to the
    CGIU, and the INL has contributed …`, `… pour soutenir la MMAS, et le Canada 80,5 millions`
    (a clause of its own, with another subject; not the colon before a list, `con el apoyo de
    socios: A, B`); none past the agent of another participle."""
    cut = next((b for b, _, mark in doc.clause_breaks(sentence)  # a colon opens the list: `socios: A, B`
                if b >= found.end and mark.strip() != ":"), sentence.end)
    others = [r for r in found.others if r.start < cut]
    if others and doc.find("agent", found.end, others[0].start):
        return []  # `se apoyó en dos tratados ratificados por Honduras`: the agent of another verb
    return others


def frameworks(doc: FactDocument, sentence: Sentence) -> list[Argument]:
    """Resolutions and instruments a framework cue introduces (`dans le cadre de`, `under`):
    the list that starts after each cue (`repose sur le GCM et sur le GCR`), not what a relative
    or participle adds to it (`…, additionnel à la Convention`, `approuvés … (résolution 73/195)`)."""
    texts = sentence.of("RESOLUTION", "INSTRUMENT")
    found: list[Ref] = []
    for cue in doc.find("framework_cue", sentence.start, sentence.end):
        after = [r for r in texts if r.start >= cue.end()]
        if not after or after[0].start - cue.end() > 60:
            continue
        own = set(doc.text[cue.start():cue.end()].casefold().replace("’", "'").split())
        found.append(after[0])
        last = after[0]
        for ref in after[1:]:  # `builds on the GCR, affirmed … in resolution 73/151 …, on the 1951 Convention`
            if ref.start - last.end > _FRAMEWORK_GAP:
                break
            if doc.joins(doc.gap(last.end, ref.start), own):
                found.append(ref)
                last = ref
    return [argument("framework", r) for r in _distinct(found + served(doc, sentence))] + _agreement_named_back(doc, sentence)


def _agreement_named_back(doc: FactDocument, sentence: Sentence) -> list[Argument]:
    """`El Acuerdo X fue firmado … La aplicación del acuerdo descansa en la cooperación entre A, B
    …`: the cooperation under the agreement a sentence names back works under the instrument of the
    agreement stated last (in its paragraph or the next few), when it named one."""
    if not doc.agreement_texts or not 0 <= sentence.block - doc.agreement_texts[0] <= _NAMED_BACK_BLOCKS:
        return []
    if not any(named_back(doc, sentence, c) for c in doc.find("agreement_cue", sentence.start, sentence.end)):
        return []
    return [Argument("framework", a.norm, a.label, a.start, a.end) for a in doc.agreement_texts[1]]


def served(doc: FactDocument, sentence: Sentence) -> list[Ref]:
    """`Notre action s'inscrit dans le cadre de la Convention … Pour la mettre en œuvre, nous
    travaillons avec …`: a sentence opening on the purpose of serving the texts just named works
    under them: the resolutions and instruments of the sentences before it in its paragraph, or,
    when it opens one, of the paragraph before."""
    if doc.opening_cue(sentence, "purpose_backref", reach=_PURPOSE) is None:
        return []
    before = [s for s in doc.sentences[:sentence.index] if s.block == sentence.block and not s.heading]
    if not before and sentence.index:
        block = doc.sentences[sentence.index - 1].block
        before = [s for s in doc.sentences[:sentence.index] if s.block == block and not s.heading]
    return [r for s in before for r in s.of("RESOLUTION", "INSTRUMENT")]


def partnership(doc: FactDocument, sentence: Sentence) -> Fact | None:
    """A partnership the sentence states (read at its first cue that names two sides), with the
    frameworks it names."""
    return _joint_fact(doc, sentence) or _cue_fact(doc, sentence)


def partnerships(doc: FactDocument, sentence: Sentence) -> list[Fact]:
    """The partnerships the sentence states: that of the doers of a joint act, and the one its cue
    of cooperation reads beside it between other bodies (`Elaboramos la norma en coordinación con
    la Comisión X, creada por A y B`: the first person with X, and A with B); not where the cue's
    sides take in a doer (`A et B ont conduit ensemble les tests de C`, the joint word itself).
    A heading of the publisher's partners (`Nos partenaires`) states the publisher's partnership
    with each body its bullet lines name."""
    listed = heading_partners(doc, sentence)
    if listed:
        return [Fact("PARTNERSHIP", (Argument("party", doc.publisher),) + tuple(argument("partner", r) for r in listed),
                     (sentence.start, sentence.end), HEADING)]
    joint = _joint_fact(doc, sentence)
    if joint is None:
        fact = _cue_fact(doc, sentence)
        return [fact] if fact else []
    doers = set(joint.values("party"))
    other = _cue_fact(doc, sentence) if doc.has("partnership_cue", sentence.start, sentence.end) else None
    if other is None or other.source == JOINT or set(fact_values(other)) & doers:
        return [joint]  # `A et B ont conduit ensemble les tests de C`: the joint word's reading, not a cue's
    return [joint, other]


def fact_values(fact: Fact) -> list[str]:
    """The norms of a fact's sides (parties and partners)."""
    return fact.values("party") + fact.values("partner")


def _joint_fact(doc: FactDocument, sentence: Sentence) -> Fact | None:
    """The partnership of the doers of a joint act the sentence names (founders, joint doers)."""
    actors = doc.actors(sentence)
    founders = (founding_bodies(doc, sentence, actors) or joint_doers(doc, sentence, actors)  # joint doers
                or initiative_bodies(doc, sentence, actors))  # `à l'initiative de A et B`
    if founders:
        return Fact("PARTNERSHIP", tuple([argument("party", r) for r in founders] + frameworks(doc, sentence)),
                    (sentence.start, sentence.end), JOINT)
    return None


def _cue_fact(doc: FactDocument, sentence: Sentence) -> Fact | None:
    """The partnership read at the sentence's first cue that names two sides (or the first
    person's partners, or a possessive's)."""
    actors = doc.actors(sentence)
    ours = our_partners(doc, sentence, actors)
    if ours is not None and ours[1]:  # `A, B and C are among our closest partners`: the publisher's
        return Fact("PARTNERSHIP", tuple([argument("party", ours[0])] + [argument("partner", r) for r in ours[1]]
                                         + frameworks(doc, sentence)), (sentence.start, sentence.end), POSSESSED)
    if not doc.has("partnership_cue", sentence.start, sentence.end) and not doc.words.patterns["with"].match(
            doc.plain, sentence.start):
        return None
    if len(_distinct(actors)) < 2:
        return None
    for found in cue_sides(doc, sentence, actors):
        support = _support(doc, found)
        agents = _joint_agents(doc, actors, found) if not support else []
        if agents:  # `le Centre X, exploité conjointement par A et B`: A and B, not X, work together
            return Fact("PARTNERSHIP", tuple([argument("party", r) for r in agents] + frameworks(doc, sentence)),
                        (sentence.start, sentence.end), JOINT)
        others = _in_clause(doc, sentence, found) if support else _agents(doc, actors, found) if _joint(
            doc, found) else list(found.others)
        owner = possessed_partners(doc, sentence, found) if found.alike and not support else None
        if owner is not None:  # `Its partners include A, B and C`: the owner's partners
            return Fact("PARTNERSHIP", tuple([argument("party", owner)] + [argument("partner", r) for r in others]
                                             + frameworks(doc, sentence)), (sentence.start, sentence.end), POSSESSED)
        joined = _joined(doc, actors, others) if found.alike else []
        roles = pair_roles(list(found.subject), others + joined, found.alike)
        if roles:  # those who joined the others are stated parties alike, as the agents of a joint act
            return Fact("PARTNERSHIP", tuple(roles + frameworks(doc, sentence)),
                        (sentence.start, sentence.end),
                        SUPPORT if support else JOINT if joined or _joint(doc, found) else "rule:partnership")
    return None


def named_back(doc: FactDocument, sentence: Sentence, cue) -> bool:
    """Whether the cue only names back an agreement inside a sentence about the cooperation under
    it (`La aplicación del acuerdo descansa en la cooperación entre A, B y C`, `the implementation
    of the agreement rests on cooperation between`): a partnership, not an agreement it states;
    not where the sentence opens on it (`The agreement was signed by …`) or signs anything."""
    back = [m for m in doc.words.find("agreement_backref", doc.text, sentence.start, cue.end()) if m.end() == cue.end()]
    if not back or not doc.text[sentence.start:back[0].start()].strip():
        return False
    others = [c for c in doc.find("agreement_cue", sentence.start, sentence.end) if c.start() != cue.start()]
    return not others and doc.has("partnership_cue", sentence.start, sentence.end)


def figure_unit(figure: Ref) -> str:
    """The unit of a FIGURE's norm (`22 membre` → `membre`)."""
    return figure.norm.split(" ", 1)[1].lower() if " " in figure.norm else ""
