"""Partners named after a possessive noun of partnership (`Its development partners include A, B
and C`, `Ses partenaires sont A et B`, `Sus socios son A y B`): the bodies listed are partners of
the body the possessive stands for, not of one another (FACTS.md, pairs)."""

from __future__ import annotations

from .document import FactDocument
from .lists import tokens
from .member_lists import opens_list
from .member_nouns import spoken_of
from .refs import Ref, Sentence

_NOUN_WORDS = 2  # words at most between the possessive and the noun of partnership (`its development`)
_COPULA_WORDS = 3  # words at most between the noun and its list (`include the`, `sont l'`)


def possessed_partners(doc: FactDocument, sentence: Sentence, found) -> Ref | None:
    """The body whose partners a sentence lists, where it opens on a third-person possessive, a
    noun of partnership (the cue) and a verb of inclusion or a copula before the list (`Its
    partners include …`), with no body named before the cue; None otherwise, and None where the
    sentence before opens on an operation (`Operation X, led by A, ran … Its partners`: the
    operation's partners, not A's)."""
    if found.subject or found.bound or not found.others:
        return None
    head = tokens(doc.text[sentence.start:found.cue])
    if not head or head[0] not in doc.words.words["possessive_article"] or len(head) > 1 + _NOUN_WORDS:
        return None
    if any(m.start < found.cue for m in sentence.mentions):
        return None
    if not doc.words.has("including", doc.plain, found.end, found.others[0].start) or len(
            tokens(doc.text[found.end:found.others[0].start])) > _COPULA_WORDS:
        return None
    # only what introduces a list after a copula (not `Its partners were informed by A, B`)
    copulas = doc.find("including", found.cue, found.others[0].start)
    if copulas and not opens_list(doc, sentence, copulas[-1].start(), copulas[-1].end(), found.others[0].start):
        return None
    before = doc.sentences[sentence.index - 1] if sentence.index else None
    if before is not None and before.mentions and before.mentions[0].label == "OPERATION":
        return None
    return spoken_of(doc, sentence, besides={r.norm for r in found.others})


_OPENING_WORDS = 1  # `The Colombian Navy, …`: words before a list that opens its sentence
_COPULA_GAP = 4  # `are among`, `remains one of`, `se cuentan entre`: words between a list and `our`
_QUALIFIER_GAP = 2  # `our closest partners`, `nos plus proches partenaires`: words between `our` and the noun


def our_partners(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> tuple[Ref, list[Ref]] | None:
    """The first person and the bodies a sentence opening on a list calls its partners (`A, B and
    C are among our closest partners`, `A et B figurent parmi nos partenaires`, `A y B son
    nuestros socios`): the publisher's partners, not partners of one another (FACTS.md, pairs).
    Likewise a third-person possessive (`A y B figuran entre sus donantes más constantes`, `A and B
    are among its partners`): the partners of the body the sentence before speaks of."""
    cues = sorted(doc.find("partner_noun", sentence.start, sentence.end) + doc.find("donor_noun", sentence.start, sentence.end),
                  key=lambda c: c.start())
    for cue in cues:
        groups = [g for g in doc.lists(actors) if g[-1].end <= cue.start() and g[0].label != "PUBLISHER"]
        if not groups or len(tokens(doc.text[sentence.start:groups[0][0].start])) > _OPENING_WORDS:
            continue
        listed = [a for a in groups[0] if a.label in ("ORG", "COUNTRY")]
        own = [a for a in actors if a.label == "PUBLISHER" and groups[0][-1].end <= a.start < cue.start()]
        gap = tokens(doc.text[groups[0][-1].end:cue.start()])
        if not listed or len(own) > 1 or len(gap) > _COPULA_GAP + 1 + _QUALIFIER_GAP:
            continue
        possessives = doc.words.words["first_possessive"] if own else doc.words.words["possessive_article"]
        at = next((i for i, w in enumerate(gap) if w in possessives), None)
        if at is None or at > _COPULA_GAP or len(gap) - at - 1 > _QUALIFIER_GAP or not set(
                gap[:at]) <= doc.words.words["partner_copula"] or any(
                a.label not in ("PUBLISHER",) and groups[0][-1].end <= a.start < cue.start() for a in actors):
            continue
        if not own and _after_operation(doc, sentence):
            continue  # `The project has since been extended … The United States is among its donors`: the project's
        if not own and gap[at] in doc.words.words["plural_possessive"] and _several_before(doc, sentence):
            continue  # `UNICEF thanked Chad and Niger. France and Japan are among their donors`: theirs
        owner = own[0] if own else spoken_of(doc, sentence, besides={a.norm for a in listed})
        if owner is not None:
            return owner, [a for a in listed if a.norm != owner.norm]
    return None


def _several_before(doc: FactDocument, sentence: Sentence) -> bool:
    """Whether the sentence before names two bodies or states or more: a possessive that may stand
    for several (`their`, `leurs`, `sus`) may stand for them, not for one body."""
    before = doc.sentence_before(sentence)
    return before is not None and len({m.norm for m in before.mentions if m.label in ("ORG", "COUNTRY")}) > 1


def _after_operation(doc: FactDocument, sentence: Sentence) -> bool:
    """Whether the sentence before opens on an operation or a word for one (`The project has since
    been extended …`, `Le projet …`): a possessive after it stands for the operation, no body."""
    before = doc.sentence_before(sentence)
    if before is None:
        return False
    if before.mentions and before.mentions[0].label == "OPERATION" and not tokens(doc.text[before.start:before.mentions[0].start])[1:]:
        return True
    cue = doc.opening_cue(before, "operation_backref")
    return cue is not None
