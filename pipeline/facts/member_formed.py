"""Members named before a verb of forming by a pronoun, or before an infinitive of joining by a
rank, and the states a body links (memberships.py makes them facts):

- `ISO, IEC and ITU share a goal. In 2001 they formed the WSC`, `Elles ont formé l'OCAL`, `En 2010
  crearon la OCAL`: the one list the sentence before names are members of the body formed;
- `A et B sont devenus les premiers pays à adhérer à la Convention`, `A and B became the first
  countries to accede to`: the list before a verb of becoming and a rank (not `urged A to join`);
- `It links A, B and C`: members, unless the first is linked to another (`relie A au B`) or `links`
  is a noun (`the links between A, B`);
- `A, B et C, ses trois pays riverains, sont membres de X`: an apposition whose figure counts the
  members may stand between them and the cue; `a commission created under the X Protocol`: a body
  after a preposition is no body formed.
"""

from __future__ import annotations

from .document import FactDocument
from .lists import tokens as _tokens
from .member_incise import past_incise
from .member_subjects import BODY_LABELS
from .refs import Ref, Sentence
from .words import Cue

_OPENING_WORDS = 4  # an opening phrase (`In 2001`, `En 2010,`) of this many words at most before the pronoun


def formed_by_them(doc: FactDocument, sentence: Sentence, cue: Cue) -> list[Ref]:
    """The members a plural subject pronoun right before a verb of forming stands for (or, where
    the language drops the pronoun, the verb itself opening the sentence after a date): the one list
    of two bodies or states or more the sentence before this one names."""
    gap = doc.text[sentence.start:cue.start()]
    for date in sentence.of("DATE"):
        if date.end <= cue.start():
            gap = gap.replace(doc.text[date.start:date.end], " ")
    words = [t for t in _tokens(gap) if t != ","]
    pronouns = [i for i, t in enumerate(words) if t in doc.words.words["plural_subject"]]
    if pronouns and pronouns[-1] != len(words) - 1:
        return []  # the pronoun stands right before the verb
    opening = words[:pronouns[-1]] if pronouns else words
    if len(opening) > _OPENING_WORDS or any(t[:1].isupper() for t in opening[1:]):
        return []
    dated = any(d.end <= cue.start() for d in sentence.of("DATE"))
    leading = doc.words.join_words | doc.words.words["helper_preposition"]  # `En 2010`, `In 2001`
    if not pronouns and not (dated and opening and all(t in leading for t in opening)):
        return []  # a verb opening the sentence after a date alone (`En 2010 crearon`), not a participle
    previous = doc.sentence_before(sentence)
    if previous is None or previous.index != sentence.index - 1:
        return []
    bodies = [a for a in doc.actors(previous) if a.label in ("ORG", "COUNTRY")]
    lists = [g for g in doc.lists(bodies) if len({r.norm for r in g}) >= 2]
    # the one list of two or more the sentence before names (`… a partnership of three bodies: A, B and C`)
    return list(lists[0]) if len(lists) == 1 else []


_RANKED_WORDS = 9  # `sont devenus les premiers pays africains à`: the words between the members and the cue, at most


def ranked_subject(doc: FactDocument, sentence: Sentence, cue: Cue, actors: list[Ref]) -> list[Ref]:
    """`A et B sont devenus les premiers pays africains à adhérer à la Convention`, `A and B became
    the first countries to accede to`, `A y B fueron los primeros países en adherirse a`: the list
    before a verb of becoming (or the copula) and a word of rank (class `first_rank`) whose
    infinitive is the cue of membership; not `INTERPOL helped A and B to accede to`."""
    words = doc.words
    lists = [g for g in doc.lists([a for a in actors if a.label in ("ORG", "COUNTRY")]) if g[-1].end <= cue.start()]
    if not lists:
        return []
    tokens = [t for t in _tokens(doc.text[lists[-1][-1].end:cue.start()]) if t != ","]
    marker = words.words["infinitive_marker"]
    if not tokens or len(tokens) > _RANKED_WORDS or (tokens[-1] not in marker and _tokens(
            doc.text[cue.start():cue.end()])[0] not in marker):  # the cue may hold the marker (`to join`)
        return []
    ranked = [i for i, t in enumerate(tokens) if t in words.words["first_rank"]]
    verb = words.find("became_member", doc.text, lists[-1][-1].end, cue.start()) or words.find(
        "rank_copula", doc.text, lists[-1][-1].end, cue.start())
    if not ranked or not verb or any(m.start() >= cue.start() for m in verb):
        return []
    return list(lists[-1])


def linked_to(doc: FactDocument, sentence: Sentence, cue: Cue, members: list[Ref]) -> bool:
    """Whether a word of linking (`link_verb`) makes no membership: a noun after an article (`the
    links between A, B`), a word other than an article before the first member (`offers links to
    A, B`), or a word right after the last (`relie le CRESMAO au CRESMAC`, `relie A, B et C par une
    route`, `links A with B`; not a comma opening an apposition)."""
    words = doc.words
    if not doc.cue_is(cue, "link_verb"):
        return False
    articles = words.words["article"]
    before = _tokens(doc.text[sentence.start:cue.start()])
    between = _tokens(doc.text[cue.end():members[0].start])
    after = _tokens(doc.text[members[-1].end:sentence.end])[:1]  # a comma may open an apposition
    return bool(before and before[-1] in articles) or any(t not in articles for t in between) or any(
        c.isalnum() for t in after for c in t)


_NOUN_BEFORE_COLON = 4  # `une structure commune :`: an article and this many words at most before the colon


def named_after_colon(doc: FactDocument, sentence: Sentence, end: int) -> Ref | None:
    """The body named after a colon that closes a short noun phrase right after a verb of forming
    (`avaient créé une structure commune : l'OCAL`, `formed a joint body: the X`): an article opens
    the phrase, no name stands in it, and only articles stand between the colon and the body."""
    words = doc.words
    colon = doc.text.find(":", end, min(sentence.end, end + 60))
    if colon < 0:
        return None
    phrase = _tokens(doc.text[end:colon])
    if not phrase or len(phrase) > _NOUN_BEFORE_COLON or phrase[0] not in words.words["article"] or any(
            end <= m.start < colon for m in sentence.mentions):
        return None
    body = next((m for m in sentence.mentions if m.start > colon), None)
    if body is None or body.label not in BODY_LABELS or any(
            t not in words.words["article"] for t in _tokens(doc.text[colon + 1:body.start])):
        return None
    return body


def governed(doc: FactDocument, start: int, end: int) -> bool:
    """Whether the last word before a body, past its articles, is a preposition (`created under
    the X`, `créé sous l'égide du X`): the body is a complement, not the object of the verb (a date
    may stand after one: `formed in 2001 the X` keeps its object)."""
    words = doc.words
    tokens = [t for t in _tokens(doc.text[start:end]) if t not in words.words["article"] and t != ","]
    return bool(tokens) and tokens[-1] in words.words["helper_preposition"]


def counted_apposition(doc: FactDocument, sentence: Sentence, subject: list[Ref], end: int, cue_start: int) -> int:
    """Where the members' apposition ends, when one stands between them and the cue and counts
    them (`A, B et C, ses trois pays riverains, sont membres de`, `A, B and C, the three riparian
    states, are members of`): a comma, a figure as many as the members (its word of unit its
    own), a comma; else `end`, unchanged."""
    gap = doc.text[end:cue_start]
    if gap.count(",") != 2 or gap.strip()[:1] != ",":
        return end
    closing = end + gap.rindex(",")
    figure = next((f for f in sentence.of("FIGURE") if end < f.start and f.end <= closing), None)
    if figure is None or len(_tokens(doc.text[end:figure.start])) > 3:  # `, ses`, `, the`, `, sus`
        return end
    if figure.norm.split(" ", 1)[0] != str(len({m.norm for m in subject})):
        return end  # `A, B et C, deux pays voisins,`: the figure counts others
    return closing + 1


def apposition_end(doc: FactDocument, sentence: Sentence, subject: list[Ref], end: int, cue_start: int) -> int:
    """Where what stands between members ending at `end` and their cue ends: an apposition that
    counts them (`counted_apposition`), else an incise right after them (`incise`), else `end`."""
    counted = counted_apposition(doc, sentence, subject, end, cue_start)
    if counted != end:
        return counted
    return past_incise(doc, sentence, end, cue_start)
