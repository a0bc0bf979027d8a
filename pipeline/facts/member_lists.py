"""The members a gathering verb lists after a figure of them or after a word of inclusion
(`brings together more than 80 countries, the EU, the AU`, `nous réunissons 180 parlements
membres, du A à la B`, `… members: A, B`), and who the gathered are when they are no members
(people from states, a body's experts, representatives): helpers of `memberships._gathers`."""

from __future__ import annotations

from collections.abc import Callable

from .document import FactDocument
from .refs import Ref, Sentence
from .lists import tokens as _tokens

BODY_AFTER = 40  # the members stand this close after the cue or the word that introduces them
_JOINED_GAP = 5  # words (an apposition: `ses quatre pays fondateurs`) between a list of members and `rejoints`, at most
_JOINED_AGENT = 4  # words (`plus tard par la`) between `rejoints` and the members that joined, at most


def listed_after_sizes(doc: FactDocument, actors: list[Ref], near: list[Ref]) -> list[Ref]:
    """The list that goes on right after the figures of members a gathering verb names (`brings
    together more than 80 countries, the European Union, the African Union`, `reúne a 35 Estados,
    la UE y la UA`): members beside the figure, joined to it as in a list."""
    if not near:
        return []
    end = near[-1].end
    after = [g for g in doc.lists([a for a in actors if a.start >= end])]
    if not after or not doc.text[end:after[0][0].start].lstrip().startswith(","):
        return []
    ranged = range_members(doc, [a for a in actors if a.start >= end], end)
    return ranged or (after[0] if doc.joins(doc.text[end:after[0][0].start]) else [])


def ranged_after(doc: FactDocument, actors: list[Ref], end: int) -> list[Ref]:
    """The examples of a range a comma opens right after a figure of members (`we serve 17
    members, from A and B to C and D`, `nous comptons 17 membres, de A à B`): its members."""
    refs = [a for a in actors if a.start >= end]
    if not refs or not doc.text[end:refs[0].start].lstrip().startswith(","):
        return []
    return range_members(doc, refs, end)


def range_members(doc: FactDocument, refs: list[Ref], end: int, opened: bool = False) -> list[Ref]:
    """The examples of a range after a figure of members (`180 parlements membres, du Bundestag
    à la Chambre des députés italienne et à l'Assemblée nationale du Mali`, `from A to B`, `desde
    A hasta B`), or after a cue that opens the range itself (`opened`: `Its members range from A
    and B to C and D`, `Sus miembros van desde A hasta B`, class `range_from`): the words of the
    class `range` between them, and one more word at most (an adjective the name left out)."""
    allowed = doc.words.join_words | {w for phrase in doc.words.words["range"] for w in _tokens(phrase)}
    gap = _tokens(doc.text[end:refs[0].start]) if refs else []
    if not refs or not all(t in allowed for t in gap) or not opened and (
            not gap or not any(t in doc.words.words["range"] for t in gap)):
        return []
    members = [refs[0]]
    for ref in refs[1:]:
        words = _tokens(doc.text[members[-1].end:ref.start])
        if len([t for t in words if t not in allowed]) > 1 or not any(t in allowed for t in words):
            break
        members.append(ref)
    return members if len(members) >= 2 else []


def introduced(doc: FactDocument, sentence: Sentence, cue, actors: list[Ref]) -> list[Ref]:
    """The list after a colon or a word of inclusion that follows a gathering verb."""
    colon = doc.text.find(":", cue.end(), sentence.end)
    marks = [c.end() for c in doc.find("including", cue.end(), sentence.end)] or [colon + 1] * (colon >= 0)
    return next((g for at in marks for g in doc.lists([a for a in actors if a.start >= at])
                 if g[0].start - at <= BODY_AFTER), [])


def joined_later(doc: FactDocument, sentence: Sentence, members: list[Ref], actors: list[Ref]) -> list[Ref]:
    """The members a list of members goes on with after words of joining (`le Cameroun, le Niger
    …, rejoints plus tard par la République centrafricaine et la Libye`, `A and B, later joined by
    C`, `A y B, a los que se sumaron C y D`): members of the same kind (states after states)."""
    return goes_on(doc, sentence, members, actors, "members_joined", len(doc.text), _joined_lead, _joined_agent)


def goes_on(doc: FactDocument, sentence: Sentence, members: list[Ref], actors: list[Ref], cue_class: str,
            reach: int, lead: Callable[[FactDocument, int, int], bool],
            gap: Callable[[FactDocument, int, int], bool], labels: frozenset[str] | None = None) -> list[Ref]:
    """The list a list of members goes on with after the first cue of `cue_class` that starts
    within `reach` characters after it (`…, rejoints plus tard par C`, `A et B, avec C`): what
    `lead` accepts between the members and the cue, what `gap` accepts between the cue and the
    first list after it; its members of the same kind (states after states), or of `labels`."""
    if not members:
        return []
    end = members[-1].end
    cue = next(iter(doc.find(cue_class, end, min(sentence.end, end + reach))), None)
    if cue is None or not lead(doc, end, cue.start()):
        return []
    group = next(iter(doc.lists([a for a in actors if a.start >= cue.end()])), [])
    if not group or not gap(doc, cue.end(), group[0].start):
        return []
    kinds = labels if labels is not None else {m.label for m in members}
    return [a for a in group if a.label in kinds]


def _joined_lead(doc: FactDocument, start: int, end: int) -> bool:
    """An apposition at most, in the sentence, between the members and words of joining."""
    return len(_words(doc.text[start:end])) <= _JOINED_GAP and "." not in doc.text[start:end]


def _joined_agent(doc: FactDocument, start: int, end: int) -> bool:
    """A few words (`plus tard par la`) between the words of joining and the members that joined."""
    return len(_words(doc.text[start:end])) <= _JOINED_AGENT


def _words(text: str) -> list[str]:
    return [t for t in _tokens(text) if any(c.isalnum() for c in t)]


def people_from(doc: FactDocument, figures: list[Ref]) -> bool:
    """Whether a figure after a gathering verb follows a word of origin (`venus de huit pays`,
    `from eight countries`, `procedentes de ocho países`): it counts where people come from."""
    origin = doc.words.patterns["origin_linker"]
    return any((m := origin.search(doc.text, max(0, f.start - 24), f.start)) is not None
               and doc.only_articles(m.end(), f.start) for f in figures)


def owned(doc: FactDocument, start: int, end: int) -> bool:
    """Whether the text before a body ends on a noun and a linker (`à des experts de `), not one
    of the units a body is made of (`des contingents du Bénin`: Benin is a member)."""
    tokens = _tokens(doc.gap(start, end))
    words = doc.words
    linkers = words.linker_words | words.words["origin_linker"]  # `à des experts de`, `funding from`
    return (len(tokens) >= 2 and tokens[-1] in linkers and tokens[-2] not in words.join_words
            and tokens[-2] not in words.member_words and tokens[-2] not in acting_nouns(doc))


def acting_nouns(doc: FactDocument) -> frozenset[str]:
    """The nouns of the units a body is made of and of the people who act for a state (`des
    contingents du Bénin`, `representantes de los gobiernos de A, B`): their owners are members."""
    return doc.words.acting_nouns


def representatives_only(doc: FactDocument, gap: str) -> bool:
    """Whether the text between a gathering verb and its first member names only those who act
    for the members (`Lo integran representantes de los gobiernos de A, B`): no noun of its own."""
    words = doc.words
    tokens = [t for t in _tokens(gap) if t not in words.join_words and t not in words.words["article"]]
    return bool(tokens) and all(t in acting_nouns(doc) for t in tokens)


_LIST_SIGNS = frozenset({":", ",", "-", "–", "—"})


def opens_list(doc: FactDocument, sentence: Sentence, cue_start: int, cue_end: int, start: int) -> bool:
    """Whether the words between a cue of inclusion and the list at `start` introduce that list:
    any after a word of inclusion (`include`, `such as`), but after a copula (class `list_copula`:
    `Its members were`, `Sus miembros son`) only articles, figures, signs such as a colon and words
    that announce a list (class `list_opening`: `the following`, `los siguientes`); not a participle,
    a preposition or a verb (`were meeting in A, B`, `eran invitados por A, B`, `are informed that`)."""
    if " ".join(_tokens(doc.text[cue_start:cue_end])) not in doc.words.words["list_copula"]:
        return True
    gap = doc.text[cue_end:start]
    for figure in sentence.of("FIGURE"):  # `Its three founding members were`: a figure in words
        if cue_end <= figure.start and figure.end <= start:
            gap = gap.replace(doc.text[figure.start:figure.end], " ")
    words = doc.words.words
    allowed = words["article"] | words["list_opening"] | _LIST_SIGNS
    gap_tokens = _tokens(gap)
    if ":" in gap_tokens:  # `Its shareholders are the national implementing bodies: A, B`: a noun
        # phrase (an article, no preposition) that names what the list after its colon holds
        head = gap_tokens[:gap_tokens.index(":")]
        if head and head[0] in allowed and not doc.words.complement_prepositions & set(head):
            gap_tokens = gap_tokens[len(head):]
    return all(t in allowed or t.isdigit() for t in gap_tokens)
