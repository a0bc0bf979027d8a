"""Bodies that are only the agents of two participles of one thing, side by side: `SANReN, run by
A and funded by B`, `le programme, coordonné par A et financé par B et C`, `Financé principalement
par A, avec le concours de B`, `gestionado por A y financiado por B`. Each did something to the
thing (ran it, funded it, funded it with the other); the text does not say that they work with
each other, so the pairs of the two lists are no partnership (read by `decide`, like
`described_objects`, for the model's pairs and for the pairs of the rules' facts of support).

The first list stands right after a participle and its agent word (`run by`, `financé
principalement par l'`: one adverb at most between them); then only a comma or a conjunction; then
the second phrase: another participle and its agent word (`and funded by`). One of the two is one
of funding or support (class `directed`: `funded by`, `financé par`), and where only the first is,
the second may be a phrase of support (`avec le concours de`: co-funders). Not two participles of
an event (`convened by A, B and C, and hosted by D`: the gold makes the hosts and the conveners
partners), nor `organised by A with the support of B`: the support goes to A's work (A's partner,
as the evaluation sets read FACTS.md). Nor where a relative clause right after the second list
states that they work together (`…, which have cooperated closely since 2019`). Tried on the seventeen dev sets and the corpus with gold
mentions: five spurious pairs fewer (three texts), none lost."""

from __future__ import annotations

from .document import FactDocument
from .lists import tokens
from .refs import Ref, Sentence

_LEAD = 60  # characters before a list read for its participle and agent word
_LINK = 40  # characters after a relative pronoun where its cue of partnership stands
_ADVERB = 1  # words at most between a participle and its agent word (`financé principalement par`)


def co_agents(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> set[frozenset[str]]:
    """Pairs of two lists of bodies that are the agents of two participles of one thing."""
    if not doc.has("agent", sentence.start, sentence.end):
        return set()  # (most sentences: no search)
    groups = [g for g in doc.lists(actors) if g[0].end > g[0].start]
    found = set()
    for first, second in zip(groups, groups[1:]):
        lead = _participle(doc, doc.text[max(sentence.start, first[0].start - _LEAD):first[0].start])
        if lead is None:
            continue
        gap = tokens(doc.text[first[-1].end:second[0].start])
        joint = next((i for i, w in enumerate(gap) if w not in doc.words.conjunction_words and w != ","), len(gap))
        phrase = " ".join(gap[joint:])
        if not phrase or joint == 0 and "," not in doc.text[first[-1].end:second[0].start]:
            continue  # `A and B`: one list; nothing joins the two phrases
        then = _participle(doc, phrase)
        funded = doc.words.words["directed"]  # one of the two phrases funds or supports the thing
        if _linked_after(doc, sentence, second[-1].end):
            continue  # `…, which have cooperated closely since 2019`: the text says they work together
        if then in funded or (lead in funded and (then is not None or _support(doc, phrase))):
            found |= {frozenset((a.norm, b.norm)) for a in first for b in second if a.norm != b.norm}
    return found


def _linked_after(doc: FactDocument, sentence: Sentence, end: int) -> bool:
    """Whether a relative clause right after the second list states a partnership or joint work
    (`…, which have cooperated closely since 2019`, `…, qui coopèrent`, `…, que colaboran`): its
    pronoun stands for the agents, and the text says they work together after all."""
    rest = doc.text[end:sentence.end]
    at = end + len(rest) - len(rest.lstrip(" ,"))
    relative = doc.words.patterns["relative"].match(doc.plain, at)
    if relative is None:
        return False
    stop = min(sentence.end, relative.end() + _LINK)
    return doc.has("partnership_cue", relative.end(), stop) or doc.has("joint_act", relative.end(), stop)


def _participle(doc: FactDocument, text: str) -> str | None:
    """The participle and agent word a text ends on, an article at most after them (`run by`,
    `financé principalement par l'`: `financé par`), else None."""
    words = [w for w in tokens(text) if w not in ",()"]
    while words and words[-1] in doc.words.words["article"]:
        words.pop()
    if len(words) < 2 or words[-1] not in doc.words.words["agent"]:
        return None
    for back in range(2, 3 + _ADVERB):
        if len(words) < back:
            break
        word = words[-back]
        phrase = f"{word} {words[-1]}"
        if word.endswith(tuple(doc.words.words["participle_ending"])) or any(
                phrase in doc.words.words[name] for name in ("directed", "lead_by")):
            return phrase
    return None


def _support(doc: FactDocument, phrase: str) -> bool:
    """Whether a phrase is one of support that ends where its bodies begin (`avec le concours
    de`, `with the support of the`), an article at most after it; its last linker may be another
    form of the class's (`avec le concours du`: `de` + `le`)."""
    words = phrase.split()
    while words and words[-1] in doc.words.words["article"]:
        words.pop()
    if not words:
        return False
    directed = doc.words.words["directed"]
    if words[-1] in doc.words.linker_words:
        return any(" ".join([*words[:-1], linker]) in directed for linker in doc.words.linker_words)
    return " ".join(words) in directed
