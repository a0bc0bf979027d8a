"""Keep what the learned model accepts: the partnership pairs of each sentence."""

from __future__ import annotations

import bisect
from collections import defaultdict

from .candidates import Candidate, pair_candidates
from .free_clauses import free_clauses
from .document import FactDocument
from .refs import Ref, Sentence
from .learned import LinearModel
from .model import Argument, Fact
from .relations import HEADING, JOINT, POSSESSED, SUPPORT
from .relations import argument as _arg
from .clauses import aside_spans, named_aside
from .structure import acting, cue_sides
from .pair_settings import settings
from .described_objects import described
from .co_agents import co_agents

# the source of a partnership stated in a clause after an agreement's in one sentence: the model
# reads no pair in a sentence that states an agreement, so the rule's fact stands as it is
CLAUSE_AFTER = "rule:partnership_after_agreement"
# the rules' partnerships the model neither reads nor replaces: they stand as they are
AS_STATED = (CLAUSE_AFTER, HEADING, JOINT, POSSESSED)
_SIDE_GAP = 4  # words at most between a subject's last body and its first partner (`trabajan con la`)


def decide(doc: FactDocument, facts: list[Fact], models: dict[str, LinearModel]) -> list[Fact]:
    """The facts, with the partnership pairs the model keeps where there is one."""
    if "pair" not in models:
        return facts
    blocked = {doc.sentences[i].start for i in blocked_sentences(doc, facts) | _operation_run(doc, facts) if i >= 0}
    kept = _partnerships(doc, facts, models["pair"])
    support = [f for f in facts if f.source == SUPPORT and f.evidence[0] not in blocked]
    return kept + _new_pairs(support, kept, _described(doc, support)) + [
        f for f in facts if f.type != "PARTNERSHIP" or f.source in AS_STATED]


def decided(doc: FactDocument, facts: list[Fact], models: dict[str, LinearModel]) -> list[Fact]:
    """The facts a document states, in text order: the model's decision where `models` hold one,
    else the rules' own (`find_facts`, training and the recall report read them alike)."""
    found = decide(doc, list(facts), models) if models else list(facts)
    found.sort(key=lambda f: f.evidence)
    return found


def _described(doc: FactDocument, support: list[Fact]) -> set[tuple[tuple[int, int], frozenset[str]]]:
    """The pairs of the facts of support that only describe the thing supported (`supports the
    plan that X drafted`, `endorsed by X`: `described_objects`), by the fact's evidence."""
    index = {s.start: s for s in doc.sentences}
    found = set()
    for evidence in {f.evidence for f in support}:
        sentence = index.get(evidence[0])
        if sentence is not None:
            found |= {(evidence, pair) for pair in described(doc, sentence, doc.actors(sentence))
                      | co_agents(doc, sentence, doc.actors(sentence))}
    return found


def _new_pairs(support: list[Fact], kept: list[Fact], apart: set = frozenset()) -> list[Fact]:
    """The rules' facts of support, on the pairs the model did not keep already (a pair stated
    once is one fact, one edge of weight one in the network), less those `apart`."""
    stated = {(f.evidence, frozenset((a.norm, b.norm))) for f in kept for a in f.arguments for b in f.arguments}
    stated |= apart
    out = []
    for fact in support:
        pairs = [(Ref(p.start, p.end, p.label, p.norm), Ref(q.start, q.end, q.label, q.norm))
                 for p in fact.arguments if p.role == "party" for q in fact.arguments if q.role == "partner"
                 if (fact.evidence, frozenset((p.norm, q.norm))) not in stated]
        texts = [a for a in fact.arguments if a.role == "framework"]
        out += [Fact("PARTNERSHIP", tuple(roles + texts), fact.evidence, SUPPORT) for roles in group_pairs(pairs)]
    return out


def rule_pairs(doc: FactDocument, facts: list[Fact]) -> dict[int, set[tuple[str, str]]]:
    """The pairs the rules' partnerships give, by sentence."""
    index = {s.start: s.index for s in doc.sentences}
    found: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for fact in facts:
        if fact.type != "PARTNERSHIP" or fact.source in AS_STATED:
            continue
        parties, partners = fact.values("party"), fact.values("partner")
        pairs = ({(a, b) for a in parties for b in partners} if partners else
                 {(a, b) for i, a in enumerate(parties) for b in parties[i + 1:]})
        found[index.get(fact.evidence[0], -1)] |= {tuple(sorted(p)) for p in pairs if p[0] != p[1]}
    return found


def treaties(doc: FactDocument, facts: list[Fact]) -> tuple[frozenset[str], ...]:
    """The states that signed one instrument together, for each agreement among three states or
    more, named or named back (`The Treaty was signed … by Bolivia, Brazil, Colombia …`, `por los
    cinco países`)."""
    states = {m.norm for s in doc.sentences for m in s.of("COUNTRY")}
    out = []
    for fact in facts:
        sides = [a for a in fact.arguments if a.role in ("party", "partner")]
        if fact.type == "AGREEMENT" and len(sides) >= 3 and all(a.norm in states for a in sides):
            out.append(frozenset(a.norm for a in sides))
    return tuple(out)


def blocked_sentences(doc: FactDocument, facts: list[Fact]) -> set[int]:
    """Sentences that state an agreement or a membership, name an operation, or give an
    operation its lead or partners (`The operation was coordinated by … with funding from …`):
    FACTS.md gives their bodies those facts' roles, not a partnership of their own."""
    index = {s.start: s.index for s in doc.sentences}
    blocked = {index.get(f.evidence[0], -1) for f in facts if f.type in ("AGREEMENT", "MEMBERSHIP")} | doc.restating
    starts = [s.start for s in doc.sentences]
    roles = {bisect.bisect_right(starts, a.start) - 1 for f in facts if f.type == "OPERATION"
             for a in f.arguments if a.role in ("lead", "partner") and a.from_text}
    blocked |= roles | {s.index for s in doc.sentences if s.of("OPERATION")}
    return {i for i in blocked if i < 0 or not named_aside(doc, doc.sentences[i])}


def _operation_run(doc: FactDocument, facts: list[Fact]) -> set[int]:
    """Sentences that give an operation any value (`la UNODC y la OMA apoyan también a las
    unidades de Colombia y Panamá`, the countries of the programme's run): the support they state
    is the operation's, so a rule's partnership of support does not stand there on its own."""
    starts = [s.start for s in doc.sentences]
    return {bisect.bisect_right(starts, a.start) - 1 for f in facts if f.type == "OPERATION"
            for a in f.arguments if a.from_text and a.role != "operation"}


def model_candidates(doc: FactDocument, facts: list[Fact], model: LinearModel | None = None,
                     wide: bool | None = None) -> list[Candidate]:
    """The pair candidates the model weighs in a document (`pair_candidates` with its guards);
    training labels the same ones (`train.labelled`, no model yet: `wide` says whether the wide
    candidates are in; at extraction the model's weights say so)."""
    joint = {s.index for s in doc.sentences for f in facts if f.source == JOINT and f.evidence[0] == s.start}
    stated = rule_pairs(doc, facts)
    blocked = blocked_sentences(doc, facts)
    free = free_clauses(doc, facts, blocked)
    # the wide candidates only where the model has weights for them (an older model has none)
    if wide is None:
        wide = model is not None and model.wide
    # beside a joint act's doers (stated as they are), the model reads only the pairs a cue of the
    # sentence states (`… financées ensemble par A et B, réalisées en coordination avec C`)
    return [c for c in pair_candidates(doc, stated, blocked | (joint - set(stated)), treaties(doc, facts), free, wide)
            if (c.sentence not in joint or c.key in stated[c.sentence]) and not _across_aside(doc, c)]


def _across_aside(doc: FactDocument, c: Candidate) -> bool:
    """Whether one body of a candidate stands in a relative clause that holds an operation of a
    sentence `named_aside` unblocks and the other outside it (clauses.beside_asides)."""
    spans = aside_spans(doc, doc.sentences[c.sentence])
    return any((lo <= c.refs[0].start < hi) != (lo <= c.refs[1].start < hi) for lo, hi in spans)


def _partnerships(doc: FactDocument, facts: list[Fact], model: LinearModel) -> list[Fact]:
    accepted: dict[int, list[tuple[Ref, Ref]]] = defaultdict(list)
    for c in model_candidates(doc, facts, model):
        if model.keeps(c.features):
            accepted[c.sentence].append(c.refs)
    frameworks: dict[int, list[Argument]] = defaultdict(list)
    stated: dict[int, list[Fact]] = defaultdict(list)
    index = {s.start: s.index for s in doc.sentences}
    for fact in facts:
        if fact.type == "PARTNERSHIP":
            frameworks[index.get(fact.evidence[0], -1)] += [a for a in fact.arguments if a.role == "framework"]
            stated[index.get(fact.evidence[0], -1)].append(fact)
    out = []
    for i, pairs in sorted(accepted.items()):
        s = doc.sentences[i]
        apart = _one_side(doc, s, stated.get(i, [])) | _partner_side(doc, s, stated.get(i, [])) | settings(
            doc, s, doc.actors(s)) | described(doc, s, doc.actors(s)) | co_agents(doc, s, doc.actors(s))
        # `within X`: where; `the team that A set up`; `run by A and funded by B`: agents of one thing
        pairs = [p for p in pairs if frozenset((p[0].norm, p[1].norm)) not in apart]
        for roles in _with_rule_roles(pairs, stated.get(i, [])):
            out.append(Fact("PARTNERSHIP", tuple(roles + _unique(frameworks.get(i, []))),
                            (s.start, s.end), "learned:partnership"))
    kept = {frozenset((a.norm, b.norm)) for pairs in accepted.values() for a, b in pairs}
    learned = list(out)
    for fact in facts:
        if fact.type == "PARTNERSHIP" and fact.source not in AS_STATED:
            out.extend(c for c in _carried(fact, kept) if not any(_covers(f, c) for f in learned))
    return out


def _covers(fact: Fact, other: Fact) -> bool:
    """Whether `fact` states every pair and framework of `other`, from the same sentence (a
    framework of the sentence is on the model's fact already: no second fact for it)."""
    def content(f: Fact) -> tuple[set[frozenset[str]], set[str]]:
        parties = [a.norm for a in f.arguments if a.role == "party"]
        partners = [a.norm for a in f.arguments if a.role == "partner"]
        pairs = ({frozenset((p, q)) for p in parties for q in partners} if partners else
                 {frozenset((p, q)) for i, p in enumerate(parties) for q in parties[i + 1:]})
        return pairs, {a.norm for a in f.arguments if a.role == "framework"}

    (pairs, texts), (other_pairs, other_texts) = content(fact), content(other)
    return fact.evidence == other.evidence and other_pairs <= pairs and other_texts <= texts


def _one_side(doc: FactDocument, sentence: Sentence, rules: list[Fact]) -> set[frozenset[str]]:
    """Pairs of bodies a rule named as the subject of a cue whose partners follow it at once (`A y B
    trabajan con C`, `A and B work with C`): each works with C, not with the other (FACTS.md). Not
    where a cue has a direction (`A y B refuerzan … con apoyo de C`: joint doers and their
    supporter), nor where more words stand between the sides (`A and B work together on …, while
    cooperation with C`), nor where another rule of the sentence names them alike."""
    supporters = _supporters(doc, sentence, rules)
    if doc.words.has("directed", doc.text, sentence.start, sentence.end):
        return supporters
    alike = {frozenset((p, q)) for f in rules if not f.values("partner")
             for p in f.values("party") for q in f.values("party")}
    found = set()
    for f in rules:
        found |= _listed_with_speaker(doc, f)
        parties = [a for a in f.arguments if a.role == "party" and a.from_text]
        partners = [a for a in f.arguments if a.role == "partner" and a.from_text]
        named_back = [a.norm for a in f.arguments if a.role == "party" and not a.from_text]
        if partners and len(named_back) >= 2:  # `The four operators work with C`: a group named back, each with C
            found |= {frozenset((p, q)) for p in named_back for q in named_back if p != q}
        if len(parties) < 2 or not partners:
            continue
        gap = doc.text[max(a.end for a in parties):min(a.start for a in partners)]
        if "," in gap or len(gap.split()) > _SIDE_GAP:
            continue
        found |= {frozenset((p.norm, q.norm)) for p in parties for q in parties if p.norm != q.norm}
    return (found - alike) | supporters


def _partner_side(doc: FactDocument, sentence: Sentence, rules: list[Fact]) -> set[frozenset[str]]:
    """Pairs of bodies a rule of the sentence named together on the partner side of one party, in
    one list (`Sus socios fundadores son A, B, C y D`, `X's support to A and B`) or beside a party the
    sentence names (`A and B set up a team into C, with the support of D`): each is that party's
    partner, not the other's (FACTS.md), so the model adds no pair between them. Not two partners
    in lists of their own beside a party the sentence does not name, which may be a misread subject
    (`Our partner Europol works with UNODC`), nor where a rule of the sentence states the pair."""
    list_of = {r.start: i for i, g in enumerate(doc.lists(doc.actors(sentence))) for r in g}
    stated, found = set(), set()
    for f in rules:
        parties = [a for a in f.arguments if a.role == "party"]
        partners = [a for a in f.arguments if a.role == "partner"
                    and (not a.from_text or sentence.start <= a.start < sentence.end)]
        if not partners:
            stated |= {frozenset((p.norm, q.norm)) for p in parties for q in parties if p.norm != q.norm}
            continue
        stated |= {frozenset((p.norm, q.norm)) for p in parties for q in partners if p.norm != q.norm}
        named = any(p.from_text and sentence.start <= p.start < sentence.end for p in parties)
        found |= {frozenset((p.norm, q.norm)) for p in partners for q in partners if p.norm != q.norm and (
                  named or (p.from_text and q.from_text and list_of.get(p.start, -1) == list_of.get(q.start, -2)))}
    return found - stated


def _supporters(doc: FactDocument, sentence: Sentence, rules: list[Fact]) -> set[frozenset[str]]:
    """Pairs of the bodies named as the acting subject of a cue of support (`A, B and C have flown
    in support of our operations`, `A et B appuient nos formations`, `A y B apoyan a C`): each
    supports the other side, not the others of the list (FACTS.md, pairs); not the joint doers a
    supporter helps (`A y B refuerzan el rastreo con apoyo de C`), nor where a word of jointness
    says they act together (`A and B jointly support C`)."""
    if not any(f.source == SUPPORT for f in rules) or doc.words.has("joint_act", doc.plain, sentence.start, sentence.end):
        return set()
    found = set()
    for sides in cue_sides(doc, sentence, doc.actors(sentence)):
        if sides.alike or not sides.others or not acting(doc, sides):
            continue
        found |= {frozenset((p.norm, q.norm)) for p in sides.subject for q in sides.subject if p.norm != q.norm}
    return found


def _listed_with_speaker(doc: FactDocument, fact: Fact) -> set[frozenset[str]]:
    """Pairs of the bodies a rule listed as the one side of a speaker named in no words of the
    sentence, all in one list (`A, B and C … share their results with us`), or of a body named in a
    sentence before (`Its partners include A, B and C`): each works with that one, not with the
    others of the list (FACTS.md); not bodies the sentence sets apart (`Our
    partner Europol works closely with UNODC`)."""
    sides = [[a for a in fact.arguments if a.role == role] for role in ("party", "partner")]
    if not all(sides):
        return set()
    found = set()
    for one, other in (sides, sides[::-1]):
        listed = sorted((a for a in other if a.from_text), key=lambda a: a.start)
        outside = not one[0].from_text or not fact.evidence[0] <= one[0].start < fact.evidence[1]
        if len(one) == 1 and outside and len(listed) >= 2 and all(
                doc.joins(doc.text[a.end:b.start]) for a, b in zip(listed, listed[1:])):
            found |= {frozenset((p.norm, q.norm)) for p in listed for q in listed if p.norm != q.norm}
    return found


def _with_rule_roles(pairs: list[tuple[Ref, Ref]], rules: list[Fact]) -> list[list[Argument]]:
    """Facts for the pairs kept in a sentence: in the roles the rule gave them where it stated
    them (`X travaille avec A et B`: X the party, A and B partners), the others grouped."""
    left = {frozenset((a.norm, b.norm)): (a, b) for a, b in pairs}
    found = []
    for fact in rules:
        parties = [a for a in fact.arguments if a.role == "party"]
        partners = [a for a in fact.arguments if a.role == "partner"]
        if not partners:
            continue
        kept = [(p, q) for p in parties for q in partners if frozenset((p.norm, q.norm)) in left]
        if kept:
            found.append(_unique([p for p, _ in kept]) + _unique([q for _, q in kept]))
            for p, q in kept:
                left.pop(frozenset((p.norm, q.norm)), None)
    return found + (group_pairs(list(left.values())) if left else [])


def _carried(fact: Fact, kept: set[frozenset[str]]) -> list[Fact]:
    """What a rule's partnership carries beyond its own sentence: the frameworks and partners a
    back-reference added (`Cette coopération entre dans le champ de la résolution 1373`, `cette
    action se prolonge avec l'OSCE`), on its pairs the model kept and those to the added partners."""
    lo, hi = fact.evidence
    added = [a for a in fact.arguments if a.role == "partner" and a.from_text and not lo <= a.start < hi]
    texts = [a for a in fact.arguments if a.role == "framework"]
    parties = [a for a in fact.arguments if a.role == "party"]
    partners = [a for a in fact.arguments if a.role == "partner" and a not in added]
    pairs = ([(p, q) for p in parties for q in partners] if partners else
             [(p, q) for i, p in enumerate(parties) for q in parties[i + 1:]])
    pairs = [(p, q) for p, q in pairs if frozenset((p.norm, q.norm)) in kept] if texts else []
    pairs += [(p, q) for p in parties for q in added]
    refs = [(Ref(p.start, p.end, p.label, p.norm), Ref(q.start, q.end, q.label, q.norm)) for p, q in pairs]
    return [Fact("PARTNERSHIP", tuple(roles + _unique(texts)), fact.evidence, "rule:partnership")
            for roles in group_pairs(refs)] if refs else []


def _unique(args: list[Argument]) -> list[Argument]:
    seen, out = set(), []
    for a in args:
        if (a.role, a.norm) not in seen:
            seen.add((a.role, a.norm))
            out.append(a)
    return out


def group_pairs(pairs: list[tuple[Ref, Ref]]) -> list[list[Argument]]:
    """Facts for a sentence's pairs: one with every party where they are all linked (`entre A,
    B et C`), else stars: the body linked to most others as party, those as partners."""
    if not pairs:
        return []  # no fact without sides (`[[]]` by the test below)
    refs = {r.norm: r for pair in pairs for r in pair}
    edges = {frozenset((a.norm, b.norm)) for a, b in pairs}
    nodes = sorted(refs, key=lambda n: min(r.start for p in pairs for r in p if r.norm == n))
    if len(edges) == len(nodes) * (len(nodes) - 1) // 2:
        return [[_arg("party", refs[n]) for n in nodes]]
    groups = []
    while edges:
        degree = defaultdict(int)
        for e in edges:
            for n in e:
                degree[n] += 1
        hub = max(nodes, key=lambda n: (degree[n], -nodes.index(n)))
        linked = [n for n in nodes if frozenset((hub, n)) in edges]
        groups.append([_arg("party", refs[hub])] + [_arg("partner", refs[n]) for n in linked])
        edges -= {frozenset((hub, n)) for n in linked}
    return groups
