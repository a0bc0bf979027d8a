"""Who led an operation: the agent of a passive lead (`menée par`, `run jointly by`), the
subject of a lead verb (`INTERPOL coordonne …`), and the body named with the operation
(`le projet AIRCOP de l'ONUDC`, `the INTERPOL-AFRIPOL operations`)."""

from __future__ import annotations

import re
from functools import lru_cache

from .clauses import clause_start
from .lists import tokens as _tokens
from .document import FactDocument
from .operation_creators import creators
from .operation_fronted import fronted_subject as _fronted
from .refs import Ref, Sentence
from .refs import distinct as _distinct

_AGENT_MARKER_GAP = 4  # ` by `: characters at most from a lead verb to the agent marker that makes it passive
_AGENT_ARTICLE_WORDS = 1  # `implemented by the UNDP`: words at most between the agent marker and the body
_AGENT_GAP = 40  # `mené depuis 2004 par`: the agent marker stands this close after the participle
_EMPTY_PARENTHESES = re.compile(r"\(\s*\)")
_PARENTHESIS_FIRST = re.compile(r"^\s*\([^()]*\)")
_PARTIAL_WORD = re.compile(r"\w+$")
_OWNED_WORDS = 1  # `, dont le programme UNOSAT`: words between the relative of ownership and the operation
# prepositions that may stand between a body and its possessive (`A funds B through its X`, `dans le cadre de son`)
_PREPOSITIONS = ("helper_preposition", "channel", "framework_cue", "with", "agent", "place_preposition", "article")
_INVERTED_WORDS = 3  # `Lo gestiona la empresa pública GRANTECAN`: words between the verb and its subject
_OBJECT_GAP = 60  # characters at most from a verb of building to the operation it builds
_OBJECT_WORDS = 3  # the last words before the operation's name that may show it no object (`for`, `pour l'`)
_POSSESSED_WORDS = 1  # `sa campagne Cœur bleu`: words between a possessive determiner and the operation


def lead_bodies(doc: FactDocument, sentence: Sentence, actors: list[Ref], norm: str) -> list[Ref]:
    """Who led it: the bodies after `menée par`, `run jointly by`, `lancé en 2010 par`; the
    subject of `INTERPOL coordonne …`; the body named with it (`le projet AIRCOP de l'ONUDC`)."""
    leads: list[Ref] = []
    for start in _agents(doc, sentence):
        after = [g for g in doc.lists(actors) if g[0].start >= start]
        if after and after[0][0].start - start <= _AGENT_GAP:
            leads.extend(after[0])
            owned = next((a for a in actors if a.start > after[0][-1].end), None)
            if owned is not None and doc.text[after[0][-1].end:owned.start].strip() in doc.words.words["possessive"]:
                leads.append(owned)  # `coordinated by INTERPOL's IFCACC`: both lead
    results = [(m.start(), m.end()) for m in doc.find("result_cue", sentence.start, sentence.end)]
    cues = doc.find("lead_verb", sentence.start, sentence.end) + [
        c for c in doc.find("object_lead_verb", sentence.start, sentence.end) if _built(doc, sentence, c, norm)] + [
        c for c in doc.find("survey_lead_verb", sentence.start, sentence.end) if _surveyed(doc, sentence, c.end())]
    for cue in sorted(cues, key=lambda c: c.start()):
        if any(start < cue.end() and cue.start() < end for start, end in results):
            continue  # `led to 19 arrests`, `a conduit à 115 arrestations`: a result, not who led
        if _passive(doc, cue, actors):
            continue  # `co-financed with A and B and implemented by C`: C leads (`_agents`), not A and B
        start = clause_start(doc, sentence, cue.start(), colon=False)
        before = [g for g in doc.lists(actors) if g[0].start >= start and g[-1].end <= cue.start()]
        # a verb in the first person names its own subject, whatever bodies stand before it (`Con
        # financiamiento de la UE, pusimos en marcha el programa X`: not the UE)
        own = first_person_verb(cue, actors)
        if own or (before and all(a.label == "PUBLISHER" for a in before[-1])):
            # `Junto con el Banco Mundial, coordinamos …`, `Together with X, we run …`: the bodies
            # the publisher leads with lead too
            leads.extend(_fronted_co_leads(doc, start, cue.start(), actors))
        leads.extend(own or (before[-1] if before else _inverted(doc, sentence, cue, actors)
                             or _fronted(doc, sentence, cue)))  # `La X, creada en 1952 por …, coordina …`
        leads.extend(_co_leads(doc, sentence, cue.end(), actors))
    leads.extend(attached(doc, sentence, norm, actors))
    leads.extend(possessed(doc, sentence, norm))
    leads.extend(creators(doc, sentence, norm, actors))  # `X, the exercise developed by A`, `A set up the X project`
    return _distinct(leads)


def _surveyed(doc: FactDocument, sentence: Sentence, at: int) -> bool:
    """Whether a verb that also means "to lift" (`levanta`) carries out a census or survey: an
    operation named right after it, articles at most between (`que levanta la ENSANUT`), or a noun
    of survey opening its object (`levanta la Encuesta Nacional …`); not `levantó el cordón`."""
    after = next((m for m in sentence.mentions if m.start >= at), None)
    if after is not None and after.label == "OPERATION" and doc.only_articles(at, after.start):
        return True
    words = [t for t in _tokens(doc.text[at:min(sentence.end, at + 40)]) if t not in doc.words.words["article"]]
    return bool(words) and words[0] in doc.words.words["survey_noun"]


def possessed(doc: FactDocument, sentence: Sentence, norm: str) -> list[Ref]:
    """The body an operation belongs to by a third-person possessive right before its name (`ANEEJ
    tracked payments through its MANTRA project`, `l'ONUDC, à travers son Programme mondial …`, `la
    UNODC aportará la experiencia de su Programa …`): the body its clause names before the
    possessive runs it, its subject where it names more (`_owners`). Not a state (`Australia, under its Pacific Maritime Security Program`: a state's
    programme has no body leading it), nor where more words come between (`its work on X`)."""
    found: list[Ref] = []
    for op in sentence.of("OPERATION"):
        if op.norm != norm:
            continue
        words = doc.text[max(sentence.start, op.start - 40):op.start].split()[-(1 + _POSSESSED_WORDS):]
        at = next((i for i, w in enumerate(words) if w.casefold() in doc.words.words["possessive_article"]), None)
        if at is None or not all(w.isalpha() and w.islower() for w in words[at + 1:]):
            continue  # `its MANTRA project`, `sa campagne X`; not `its work on X`, `son Président`
        gap = len(" ".join(words[at:]))
        plural = words[at].casefold() in doc.words.words["plural_possessive"]
        found.extend(a for a in _owners(doc, sentence, op.start - gap, plural) if a.label in ("ORG", "PUBLISHER"))
    return found


def _owners(doc: FactDocument, sentence: Sentence, end: int, plural: bool) -> list[Ref]:
    """Whose a possessive at `end` is: the body named last before it (`soutenu par l'ONUDC, à
    travers son programme X`, `el apoyo de la UNODC, a través de su programa X`), with its list for
    a plural possessive (`A and B train officers through their X`); but where a verb stands right
    before that body, its object, the clause's subject (`The A Bank funds the B Agency through its
    X`: the Bank), all of its first list for a plural possessive and none for a singular one after
    a list of several."""
    before = [a for a in doc.actors(sentence) if a.end <= end]
    if not before:
        return []
    start = clause_start(doc, sentence, end, colon=False)
    inside = [a for a in before if a.start >= start]
    last = before[-1]
    if len(inside) > 1 and not _own_clause(doc, last, end) and _object(doc, inside[-2].end, last):
        group = next((g for g in doc.lists(inside) if inside[0] in g), [inside[0]])
        return group if plural or len(group) == 1 else []
    group = next((g for g in doc.lists(inside or before) if last in g), [last])
    joined = _tokens(doc.text[group[-2].end:last.start]) if len(group) > 1 else []
    while joined and joined[-1] in doc.words.words["article"]:
        joined.pop()
    # a list its conjunction closes (`A y B … su`), not bodies a comma sets apart (`con el apoyo de A, B … su`)
    return group if plural and joined and joined[-1] in doc.words.conjunction_words else [last]


@lru_cache(maxsize=8)
def _function_words(join_words: frozenset[str], *classes: frozenset[str]) -> frozenset[str]:
    """The joining words and every word of the preposition classes, once per language."""
    return join_words | {w for phrases in classes for phrase in phrases for w in phrase.casefold().split()}


def _own_clause(doc: FactDocument, body: Ref, end: int) -> bool:
    """Whether `body` heads a clause of its own before the possessive at `end`: a comma or a
    relative pronoun (`welcomed INTERPOL, which trained officers through its`), or a verb and its
    object (`reports INTERPOL trained officers through its`): words left once the prepositions
    right before the possessive are dropped."""
    gap = doc.text[body.end:end]
    if end < len(doc.text) and doc.text[end].isalnum():
        gap = _PARTIAL_WORD.sub("", gap)  # `end` may fall inside the possessive: its first letters
    words = _tokens(gap)
    if "," in gap or any(w in doc.words.words["relative"] for w in words):
        return True
    function = _function_words(doc.words.join_words, *(doc.words.words[name] for name in _PREPOSITIONS))
    while words and words[-1] in function:
        words.pop()
    return any(w.isalpha() for w in words)


def _object(doc: FactDocument, start: int, body: Ref) -> bool:
    """Whether a word that is no preposition, conjunction, complementiser or sign stands right
    before `body` (its article left out): a verb whose object it is (`funds the B Agency`, `finance
    la B`); not `said that INTERPOL`, `señaló que INTERPOL`, the subject of the clause it opens."""
    words = _tokens(doc.text[start:body.start])
    while words and words[-1] in doc.words.words["article"]:
        words.pop()
    if not words or not words[-1].isalpha() or words[-1] in doc.words.join_words:
        return False
    if words[-1] in doc.words.words["complementiser"]:
        return False
    return not any(words[-1] == w.split()[-1] for k in ("with", "helper_preposition", "agent", "between")
                   for w in doc.words.words[k])


def _co_leads(doc: FactDocument, sentence: Sentence, end: int, actors: list[Ref]) -> list[Ref]:
    """The bodies that lead with the subject of a lead verb, named right after it (`la Guardia
    Civil coordina, junto con Europol, la serie Pandora`, `INTERPOL led, together with Europol, …`)."""
    cue = next(iter(doc.find("co_lead", end, sentence.end)), None)
    if cue is None or doc.text[end:cue.start()].strip(" ,") or cue.start() - end > 3:
        return []
    after = [g for g in doc.lists(actors) if g[0].start >= cue.end()]
    return after[0] if after and after[0][0].start - cue.end() <= _AGENT_GAP else []


def _fronted_co_leads(doc: FactDocument, start: int, end: int, actors: list[Ref]) -> list[Ref]:
    """The bodies a `co_lead` phrase opening the clause names before its verb (`Junto con el Banco
    Mundial, coordinamos el programa X`, `Together with UNICEF, we run …`): the list right after
    the phrase, before the verb at `end`."""
    cue = next(iter(doc.find("co_lead", start, end)), None)
    if cue is None or doc.text[start:cue.start()].strip():
        return []
    after = [g for g in doc.lists(actors) if g[0].start >= cue.end() and g[-1].end <= end]
    return after[0] if after and after[0][0].start - cue.end() <= _AGENT_GAP else []


def _inverted(doc: FactDocument, sentence: Sentence, cue, actors: list[Ref]) -> list[Ref]:
    """The subject after a lead verb whose object, a pronoun right before it, stands for the
    operation (`La coordina la Dirección General …`, `y lo administra el BNDES`, `Lo gestiona la
    empresa pública X`: class `object_pronoun`): the list right after the verb, a few lower-case
    words at most between (`la empresa pública`)."""
    before = _tokens(doc.text[max(sentence.start, cue.start() - 8):cue.start()])
    if not before or before[-1] not in doc.words.words["object_pronoun"]:
        return []
    after = [g for g in doc.lists(actors) if g[0].start >= cue.end()]
    if not after:
        return []
    gap = doc.text[cue.end():after[0][0].start].split()
    return after[0] if len(gap) <= _INVERTED_WORDS and all(w.isalpha() and w.islower() for w in gap) else []


def _passive(doc: FactDocument, cue, actors: list[Ref]) -> bool:
    """Whether a lead verb is a participle its agent follows right after (`implemented by UNICEF`,
    `coordinated by the World Bank`: English writes the active past and the participle alike): the
    agent marker, then a body, an article at most between; the bodies before the verb are not its
    subject. Not an idiom that opens on the marker (`coordonne par ailleurs`, `coordina por segunda
    vez`, `led by example`): no body follows it."""
    marker = doc.find("agent", cue.end(), min(len(doc.text), cue.end() + _AGENT_MARKER_GAP))
    if not marker or doc.text[cue.end():marker[0].start()].strip():
        return False
    after = next((a for a in actors if a.start >= marker[0].end()), None)
    return after is not None and len(doc.text[marker[0].end():after.start].split()) <= _AGENT_ARTICLE_WORDS


def _built(doc: FactDocument, sentence: Sentence, cue, norm: str) -> bool:
    """Whether the operation is the object of a verb of building (`object_lead_verb`): named soon
    after it, no comma between, and no preposition among the last words before its name (`we
    built the X railway`, `construimos para la CNEA el reactor X`; not `we developed a module for
    Operation X`, `un outil … pour l'opération X`, `a toolkit used by the X project`)."""
    op = next((m for m in sentence.of("OPERATION") if m.norm == norm and m.start >= cue.end()), None)
    if op is None or op.start - cue.end() > _OBJECT_GAP or "," in doc.text[cue.end():op.start]:
        return False
    last = _tokens(doc.text[cue.end():op.start])[-_OBJECT_WORDS:]
    return not set(last) & doc.words.words["helper_preposition"]


def first_person_verb(cue, actors: list[Ref]) -> list[Ref]:
    """The publisher, where the cue is a verb in the first person, its own subject
    (`implementamos el proyecto …`, `apoyamos la operación …`)."""
    return [a for a in actors if a.label == "PUBLISHER" and cue.start() <= a.start < cue.end()]


def _agents(doc: FactDocument, sentence: Sentence) -> list[int]:
    """Where the agent of a passive lead stands: after `menée par`, or after `par`/`by`/`por`
    shortly after a lead participle (`mené depuis 2004 par`, `run jointly by`)."""
    found = [cue.end() for cue in doc.find("lead_by", sentence.start, sentence.end)]
    for cue in doc.find("lead_participle", sentence.start, sentence.end):
        marker = doc.find("agent", cue.end(), min(sentence.end, cue.end() + 2 * _AGENT_GAP))
        if marker and _unnamed_length(sentence, cue.end(), marker[0].start()) <= _AGENT_GAP:
            found.append(marker[0].end())
    return sorted(set(found))


def _unnamed_length(sentence: Sentence, start: int, end: int) -> int:
    """The length of text[start:end] without the dates and places named in it (`launched at COP27
    in Sharm el-Sheikh in November 2022 by`: the agent is still the participle's)."""
    named = sum(min(end, m.end) - max(start, m.start) for m in sentence.of("DATE", "LOCATION", "COUNTRY")
                if m.start < end and m.end > start)
    return end - start - named


def attached(doc: FactDocument, sentence: Sentence, norm: str, actors: list[Ref] | None = None) -> list[Ref]:
    """The body named with the operation: `EUNAVFOR MED Operation IRINI`, `UNODC's AIRCOP
    project`, `le programme de l'ONUDC`."""
    words, text = doc.words, doc.text
    actors = actors if actors is not None else [a for a in doc.actors(sentence) if a.label != "COUNTRY"]
    found: list[Ref] = []
    ops = sentence.of("OPERATION")
    for i, op in enumerate(ops):
        if op.norm != norm:
            continue
        while i and doc.joins(text[ops[i - 1].end:ops[i].start]):
            i -= 1  # `the INTERPOL-AFRIPOL operations Africa Cyber Surge and Serengeti`: the list's
        head = ops[i]
        before = [g for g in doc.lists(actors) if g[-1].end <= head.start and (
            not text[g[-1].end:head.start].strip(" -–") or text[g[-1].end:head.start].strip() in words.words["possessive"]
            or _owner_relative(doc, g[-1].end, head.start))]
        if before:  # `INTERPOL-AFRIPOL operations`: the bodies joined by a hyphen lead it together
            group = [before[-1][-1]]
            for ref in reversed(actors):
                if ref.end <= group[0].start and text[ref.end:group[0].start].strip() in ("-", "–", "/"):
                    group.insert(0, ref)
            found.extend(group)
        after = [a for a in actors if a.start >= op.end and words.patterns["linker"].fullmatch(
            _EMPTY_PARENTHESES.sub("", doc.gap(op.end, a.start)).strip().lower())]  # `CCP (CCP) of the UNODC`
        if after:  # `el PCC de la UNODC y la OMA`: the list
            found.extend(next((g for g in doc.lists(actors) if after[0] in g), after[:1]))
    return found


def _owner_relative(doc: FactDocument, end: int, start: int) -> bool:
    """Whether the text between a body and an operation is a comma and a relative of ownership,
    with the operation's head noun at most (`the WHO, whose Mekong Malaria Elimination programme`,
    `l'UNITAR, dont le programme UNOSAT`, `la OEA, cuyo programa X`): the body's own operation,
    which it leads; not where more words come between (`X, whose staff took part in Operation Y`)."""
    gap = _PARENTHESIS_FIRST.sub("", doc.text[end:start])  # `the European Union Naval Force (EU NAVFOR), whose`
    if not gap.lstrip().startswith(","):
        return False
    rest = gap.lstrip()[1:].lstrip()
    owner = doc.words.patterns["owner_relative"].match(rest)
    return owner is not None and len(rest[owner.end():].split()) <= _OWNED_WORDS
