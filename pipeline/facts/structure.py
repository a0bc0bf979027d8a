"""How the facts rules read a sentence: lists of names, and who works with whom around a cue.

A *list* is a run of bodies joined by what joins the names of one list (commas, conjunctions,
articles, linkers: `l'ONUDC, de l'OIM et du HCR`), a parenthesised acronym (`l'OIM (OIM)`) or a
short apposition (`l'ONUDC, gardien de ce texte, de l'OIM`). Around a cue of cooperation the
*subject* is the list that ends before the cue in its clause and the *others* the list that
starts after it, with the lists a later `avec`/`with` adds (`ainsi qu'avec Europol`); after
`entre`/`between`, or without a subject, all are named alike. A clause that opens on `avec`/
`with` (`Avec l'OIM et le HCR, INTERPOL veille …`) names the others first.

Hand-written rather than read from a parser: the fast pipelines run no parser, and the few
shapes the stage needs are the same in the three languages once the joining words are data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .clauses import clause_start, examples
from .document import FactDocument
from .lists import tokens
from .refs import Ref, Sentence, distinct
from .openings import PARENTHESES, after_opening, goes_on
from .support_openings import split_supporters, support_phrase_end
from .subjects import (aside_subject, apposition_skipped, between_their, elided_subject, first_person_object,
                       participle_subject, relative_subject, shared_subject)
from .words import Cue

_FIRST_AFTER = 80  # the first of the others stands this close after the cue
_DETAILED_AFTER = 160  # or this close, after a noun phrase that a colon then details
_CONTINUED = 300  # a later `avec`/`with` adds others this far after them


@dataclass(frozen=True)
class Sides:
    """Who works with whom around one cue: the subject, the others, whether named alike."""

    cue: int
    subject: tuple[Ref, ...]
    others: tuple[Ref, ...]
    alike: bool
    bound: bool = False  # named after `entre`/`between` or `joint … of`: no subject may join them
    end: int = 0  # where the cue ends
    alternatives: bool = False  # the subject's bodies are offered as alternatives (`A ou B`): no pair

    def pairs(self) -> set[tuple[str, str]]:
        """The pairs of norms the cue states (sorted)."""
        if self.alike:
            names = list(dict.fromkeys(r.norm for r in self.subject + self.others))
            return {tuple(sorted((a, b))) for i, a in enumerate(names) for b in names[i + 1:]}
        return {tuple(sorted((a.norm, b.norm))) for a in self.subject for b in self.others if a.norm != b.norm}


def alternatives(doc: FactDocument, subject: list[Ref]) -> bool:
    """Whether the bodies of a subject are joined by a disjunction alone (`A ou B`, `A, B or C`)."""
    words = {t for a, b in zip(subject, subject[1:]) for t in tokens(doc.gap(a.end, b.start))}
    return bool(words & doc.words.words["disjunction"]) and not words & (
        doc.words.conjunction_words - doc.words.words["disjunction"])


def sides(doc: FactDocument, sentence: Sentence, cue: Cue, actors: list[Ref]) -> Sides:
    """Who works with whom around one cue of cooperation (read once per cue and bodies)."""
    key = ("sides", cue.start(), cue.end(), tuple(actors))
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = _sides(doc, sentence, cue, actors)
    return found


def _sides(doc: FactDocument, sentence: Sentence, cue: Cue, actors: list[Ref]) -> Sides:
    groups = doc.lists(actors)
    start = clause_start(doc, sentence, cue.start())
    before = _lists_before(doc, cue, groups, start)
    if before and _supported_noun(doc, sentence, cue, before[-1][-1]):
        # `CCRIF began operating with a grant from Japan and a trust fund supported by Canada, …`:
        # what the cue supports is a thing of the body the sentence opens on, not the body before it
        before = [g for g in groups if not doc.text[sentence.start:g[0].start].strip()][:1] or before
    subject = [r for r in before[-1] if r.start < cue.start()] if before else (
        shared_subject(doc, sentence, start, groups) or aside_subject(doc, sentence, start, groups))
    if subject:
        subject = first_person_object(doc, actors, start, subject)
    if not subject:  # `cooperamos con …`: a verb in the first person is its own subject
        subject = [a for a in actors if a.label == "PUBLISHER" and cue.start() <= a.start < cue.end()]
    # not a list past a border's `with` (`le long de la frontière avec la Grèce`): a border's other side
    after = _after_colon(doc, cue, _past_own(doc, subject, [g for g in groups if g[0].start >= cue.end()
                                                           and not doc.across_border(g[0].start)]))
    if after and _next_subject(doc, sentence, cue, after[0]):
        after = []
    others: list[Ref] = []
    if after and (after[0][0].start - cue.end() <= _FIRST_AFTER or _noun_detailed(doc, cue, after[0])):
        others = _continued(doc, cue, after)
    if not subject and others:  # `…, que l'ICMP a introduite …, et sur une coopération étroite avec A, B`
        subject = relative_subject(doc, sentence, cue.start(), groups) or elided_subject(doc, sentence, cue, actors)
    between = bool(others) and doc.words.patterns["between"].search(doc.plain, cue.end(), others[0].start)
    joint = bool(others) and doc.words.patterns["joint"].fullmatch(doc.text, cue.start(), cue.end()) and (
        doc.words.patterns["linker"].search(doc.plain, cue.end(), others[0].start))
    if between or joint:  # `la coopération entre l'ONU et INTERPOL`, `a joint initiative of UNDP and RCC`
        subject = []
    elif not others and len(distinct(subject)) > 1 and between_their(doc, cue.end()):
        between = True  # `Argentina y Brasil … reforzar la cooperación entre sus policías`: the subject's
    compound = len(others) > 1 and not doc.text[cue.end():others[0].start].strip() and all(
        doc.text[a.end:b.start].strip() in ("-", "–") for a, b in zip(others, others[1:]))
    if compound:  # `la coopération INTERPOL-ONU`: the sides are the compound's
        subject = []
    names = {r.norm for r in subject}
    others = [r for r in others if r.norm not in names]
    bound = bool(between or joint or compound)
    # `trabaja con la CEDEAO y con la ONUDD`, `financé par l'UE et l'Allemagne`, `X et Y soutiennent
    # …`: the bodies on one side of a cue with a direction are no pair of their own
    directed = (doc.words.patterns["directed"].fullmatch(doc.text, cue.start(), cue.end()) is not None
                or doc.words.patterns["with"].fullmatch(doc.text, cue.start(), cue.end()) is not None
                or (bool(others) and doc.words.has("with", doc.plain, cue.end(), others[0].start))
                # `A, B y C colaboran con el centro`: the other side is named, but not as a body
                or (not others and doc.words.patterns["with"].match(doc.plain, cue.end() + 1) is not None))
    # `des organismes comme A ou B mettent des experts à disposition`: alternatives, no joint subject
    disjoined = not others and alternatives(doc, subject)
    alike = bound or (not subject and not directed) or (not others and not directed and not disjoined)
    return Sides(cue.start(), tuple(subject), tuple(others), alike, bound, cue.end(), disjoined)


def _lists_before(doc: FactDocument, cue: Cue, groups: list[list[Ref]], start: int) -> list[list[Ref]]:
    """The lists of a cue's clause before it that may be its subject (the last of them)."""
    before = [g for g in groups if g[0].start >= start and g[-1].start < cue.start()]
    relatives = doc.relatives(start, cue.start())
    if relatives and "," not in doc.text[relatives[-1]:cue.start()]:
        # the cue is in a relative clause: `…, which we organised jointly with CTED` (its subject
        # is in it) or `IOM, which joined the UN system` (the name it is about)
        inside = [g for g in before if g[0].start > relatives[-1]]
        before = inside or [g for g in before if g[-1].end <= relatives[-1]]
    else:
        # `L'ONUDC, dont le siège se trouve à Vienne, en Autriche, est l'un des partenaires …`: a
        # list inside a relative clause is not the subject
        before = [g for i, g in enumerate(before)
                  if not doc.relatives(before[i - 1][-1].end if i else start, g[0].start)] or before[:1]
    # `X, a joint venture of A and B, works with C`; `X is funded by A, working with B`: X's cue
    return apposition_skipped(doc, cue, participle_subject(doc, start, cue, before))


def _next_subject(doc: FactDocument, sentence: Sentence, cue: Cue, first: list[Ref]) -> bool:
    """Whether the first list after a cue opens a clause of its own as the subject of a later cue
    (`A et B soutiennent le programme, et nous travaillons avec C`, `A supports the fund, and we
    work with B`, `A apoya el plan, y nosotros cooperamos con B`): a clause break comes between the
    cue and the list, and the next cue stands in the list's clause. It is that cue's subject, not
    this one's partner."""
    if not any(cue.end() <= start and end <= first[0].start for start, end, _ in doc.clause_breaks(sentence)):
        return False
    later = next((c for c in doc.find("partnership_cue", first[-1].end, sentence.end)), None)
    return later is not None and clause_start(doc, sentence, later.start()) <= first[0].start


def _continued(doc: FactDocument, cue: Cue, after: list[list[Ref]]) -> list[Ref]:
    """The others of a cue: the list right after it, and the lists a later `avec`/`with`, the
    cue's own preposition or examples add (`…, ainsi qu'avec Europol`, `but also with the AU`)."""
    others = list(after[0])
    own = doc.text[cue.start():cue.end()].split()[-1].casefold()
    own = own if own not in doc.words.join_words else ""  # `s'appuie sur … et sur …`, not `de`
    for group in after[1:]:
        gap = doc.text[others[-1].end:group[0].start]
        if len(gap) > _CONTINUED:
            break
        joined = [m.end() for m in doc.words.find("with", gap)]
        joined += [m.end() for m in re.finditer(rf"(?<!\w){re.escape(own)}(?!\w)", gap, re.IGNORECASE)] if own else []
        if examples(doc, gap) or _detailed(doc, gap) or _example_after(doc, others[-1].end, group[0].start):
            # `…, la AEDIM y organizaciones civiles acreditadas como The HALO Trust`; `… et des autres
            # opérateurs du Sommet : A, B`; `coopère avec A et avec la PNH, notamment sa BLTS`
            joined.append(len(gap))
        if joined and len(gap) - max(joined) <= _FIRST_AFTER:
            others += group
    return others


def _example_after(doc: FactDocument, start: int, end: int) -> bool:
    """Whether the text between two lists is a comma and a word of inclusion, then articles or
    possessives alone (`avec la PNH, notamment sa BLTS`, `with the police, including its border
    unit X`, `con el ministerio, en particular su Dirección X`): the second list names examples
    or parts of the first, partners of the same cue."""
    mark = next(iter(doc.find("example_of", start, end)), None)
    if mark is None or doc.text[start:mark.start()].strip() != ",":
        return False
    words = doc.words.words
    return all(w in words["article"] or w in words["possessive_article"] for w in tokens(doc.text[mark.end():end]))


def _past_own(doc: FactDocument, subject: list[Ref], after: list[list[Ref]]) -> list[list[Ref]]:
    """The lists after a cue, less a first one that names only the subject itself, the possessive
    of the noun the others stand after (`Trabajamos con nuestras contrapartes de la región: A, B`,
    `we work with our counterparts in A and B`, `avec ses homologues de A et B`): the list after
    it is the cue's, where no comma or semicolon comes between."""
    if len(after) < 2 or not subject or {r.norm for r in after[0]} - {r.norm for r in subject} or any(
            doc.text[r.start:r.end].casefold() not in doc.words.words["first_possessive"] for r in after[0]):
        return after
    gap = doc.text[after[0][-1].end:after[1][0].start]
    return after[1:] if len(gap) <= _FIRST_AFTER and not any(c in gap for c in ",;") else after


def _supported_noun(doc: FactDocument, sentence: Sentence, cue: Cue, last: Ref) -> bool:
    """Whether a passive cue of support (`supported by`, `financé par`) follows a noun phrase of
    its own after the last body before it (`a grant from Japan and a multi-donor trust fund
    supported by …`): a conjunction, an article and a few words, no comma."""
    if not doc.words.patterns["agent"].search(doc.text, cue.start(), cue.end()) or not doc.words.patterns[
            "directed"].fullmatch(doc.text, cue.start(), cue.end()):
        return False
    gap = doc.plain[last.end:cue.start()]
    words = tokens(gap)
    return (2 < len(words) <= 6 and "," not in gap and words[0] in doc.words.conjunction_words
            and any(w in doc.words.words["article"] for w in words[1:3]) and not all(w in doc.words.join_words for w in words))


def _detailed(doc: FactDocument, gap: str) -> bool:
    """Whether a gap goes on the others with a conjunction and a noun a colon then details (`avec
    l'OIF et des autres opérateurs du Sommet : A, B et C`, `with the OIF and the other operators of
    the Summit: A, B`): the bodies after the colon are others of the cue, not a list of their own."""
    head, colon, tail = gap.rpartition(":")
    words = tokens(head)
    return bool(colon) and all(t in doc.words.words["article"] for t in tokens(tail)) and len(gap) <= _FIRST_AFTER and bool(words) and (
        words[0] in doc.words.conjunction_words)


def _noun_detailed(doc: FactDocument, cue: Cue, first: list[Ref]) -> bool:
    """Whether the first list after a cue details a long noun phrase of no body right after it,
    past a colon (`nous travaillons avec les sociétés nationales de la Croix-Rouge et du
    Croissant-Rouge de la région : A, B et C`, `we work with the national societies of the region:
    A, B`, `con los servicios veterinarios oficiales de cada país: A, B`): the bodies after the
    colon are the cue's others however long the noun phrase; no other break (a comma, a
    semicolon, a bracket) stands before the colon, so the noun phrase is the cue's object; and no
    verb right after the list, which would make the colon open a clause of its own with the list
    as its subject (`…: the Coast Authority funded the training`)."""
    gap = doc.text[cue.end():first[0].start]
    head, colon, tail = gap.rpartition(":")
    return (bool(colon) and len(gap) <= _DETAILED_AFTER and not any(c in head for c in ",;()")
            and all(t in doc.words.words["article"] for t in tokens(tail)) and not _verb_after(doc, first[-1].end))


_NEXT_WORD = re.compile(r"\s*([^\W\d_][\w'’-]*)")  # the word right after a list, as written


def _verb_after(doc: FactDocument, at: int) -> bool:
    """Whether a lower-case word that is no conjunction, linker, article or preposition of place
    follows right at `at` (`the Coast Authority funded`): a verb, most likely, whose subject the
    list before it is (no parser runs here; a mark, a name or the end of the text is no verb)."""
    word = _NEXT_WORD.match(doc.text, at)
    if word is None or not word.group(1).islower():
        return False
    folded, words = word.group(1).casefold().replace("’", "'"), doc.words
    return not (folded in words.conjunction_words or folded in words.linker_words or folded in words.join_words
                or folded in words.words["article"] or folded in words.words["among_preposition"])


def _after_colon(doc: FactDocument, cue: Cue, after: list[list[Ref]]) -> list[list[Ref]]:
    """The lists after a cue, less the body that only qualifies the noun a colon then details
    (`avec les réseaux institutionnels de la Francophonie : l'AHJUCAF, l'ACCF …`, `with the
    networks of the OAS: A, B`): the list after the colon is the cue's."""
    if len(after) < 2:
        return after
    lead, rest = doc.text[cue.end():after[0][0].start], doc.text[after[0][-1].end:after[1][0].start]
    if (rest.lstrip().startswith(":") and len(rest) <= 12 and not doc.joins(lead)
            and doc.words.linker_end.search(lead)):
        return after[1:]
    return after


def leading_with(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> Sides | None:
    """`Avec l'OIM et le HCR, INTERPOL veille …`: a sentence opening on `avec`/`with` names its
    partners first and its subject after the comma; so does a phrase of support opening on the
    `with` word (`Con el apoyo de la UE, la ICMP …`: support_openings)."""
    at = after_opening(doc, sentence, actors)
    cue = doc.words.patterns["with"].match(doc.plain, at)
    if cue is None:
        return None
    support = support_phrase_end(doc, at, sentence.end)
    groups = doc.lists([a for a in actors if a.start >= cue.start()])
    if support and groups and groups[0][0].start - support <= 10:
        partners, rest = split_supporters(doc, list(groups[0]), subject_after=True)
        groups = ([partners, rest] if rest else [partners]) + groups[1:]
    if len(groups) < 2 or groups[0][0].start - max(cue.end(), support) > 10:
        return None
    partners, k = list(groups[0]), 1
    while (not support and k < len(groups) and groups[k][0].label != "PUBLISHER"
           and goes_on(doc, doc.text[partners[-1].end:groups[k][0].start])):
        # `Con la RMAAM y los Estados Partes fundadores, Argentina, Brasil …, hemos impulsado`; not
        # the first person after them (`Junto con A y otras instituciones, seguimos …`): the subject
        partners += groups[k]
        k += 1
    if k == len(groups):
        return None
    gap = doc.text[partners[-1].end:groups[k][0].start]
    # `Con el USDA y con la AECID hemos ejecutado …`: the verb in the first person right after
    # the partners is the subject, no comma between
    verb = groups[k][0].label == "PUBLISHER" and not PARENTHESES.sub("", gap).strip()
    if "," not in gap and not verb:
        return None
    return Sides(cue.start(), tuple(groups[k]), tuple(partners), False, end=support)


def cue_sides(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> list[Sides]:
    """Who works with whom around each cue of cooperation of a sentence. A cue reads on from the
    one before it: `organisé avec l'appui de la DECT et financé par l'UE` (the list between them
    is the first one's, the subject theirs), `convened by A, B and C, and hosted by D` (all
    alike), `a salué le soutien de l'UE …, ainsi que la coopération avec la RDC` (the subject of
    the first)."""
    key = ("cue_sides", sentence.index, tuple(actors))
    if key not in doc.memo:
        doc.memo[key] = _cue_sides(doc, sentence, actors)
    return doc.memo[key]


def _cue_sides(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> list[Sides]:
    # `The unit will bring together …`: a cue inside a word of membership is that word's
    wider = [m for name in ("gathers", "member_of") for m in doc.find(name, sentence.start, sentence.end)]
    cues = [c for c in doc.find("partnership_cue", sentence.start, sentence.end)
            if not any(w.start() <= c.start() and c.end() <= w.end() and (w.start(), w.end()) != (c.start(), c.end())
                       for w in wider)]
    opening = leading_with(doc, sentence, actors)
    return ([opening] if opening else []) + _read(doc, sentence, cues, actors)


def _read(doc: FactDocument, sentence: Sentence, cues: list[Cue], actors: list[Ref]) -> list[Sides]:
    """The sides of each cue, each read on from the one before (see `cue_sides`)."""
    found: list[Sides] = []
    for cue in cues:
        here = sides(doc, sentence, cue, actors)
        previous = found[-1] if found else None
        if previous is not None and here.others and not here.bound:
            chained = bool(here.subject) and set(here.subject) <= set(previous.others) and doc.joins(
                doc.text[here.subject[-1].end:cue.start()])
            if chained and previous.alike and acting(doc, here):
                # `Development partners, among them A and B, support the Commission's work`: the
                # list the first cue named acts at this one, and is no pair of its own
                if not previous.subject and not previous.bound:
                    found.pop()
            elif chained and previous.alike:
                here = Sides(here.cue, (), previous.others + here.others, True, False, here.end)
            elif chained or (not here.subject and previous.subject and not previous.alike):
                here = Sides(here.cue, previous.subject, here.others, False, False, here.end)
        if not here.others and any(here.subject and set(here.subject) <= set(f.others) for f in found):
            continue  # `nous travaillons avec A, B et C, notamment pour le partage …`: the same partners
        if here.subject or here.others:
            found.append(here)
    return found


def acting(doc: FactDocument, found: Sides) -> bool:
    """Whether a cue of support is a verb its subject acts by (`A and B support X`), not a
    passive whose agents follow it (`co-hosted by A and B`)."""
    cue = doc.text[found.cue:found.end]
    return (doc.words.patterns["directed"].fullmatch(cue) is not None
            and not doc.words.patterns["agent"].search(cue) and not doc.words.patterns["with"].match(cue))


def weak_sides(doc: FactDocument, sentence: Sentence, actors: list[Ref], name: str) -> list[Sides]:
    """Who is said to act with whom at each cue of a class weaker than cooperation (`with`:
    `UNICRI a publié avec INTERPOL …`; `participation_cue`: `INTERPOL participe aux visites de
    la DECT`): features for the learned model."""
    bare = doc.words.words["with"]
    cues = [cue for cue in doc.find(name, sentence.start, sentence.end)  # `con X y con Y`: one subject
            if name == "with" or doc.text[cue.start():cue.end()].casefold() not in bare]
    return [found for found in _read(doc, sentence, cues, actors) if found.subject and found.others and not found.alike]
