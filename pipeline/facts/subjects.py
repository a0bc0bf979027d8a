"""The subject of a cue of cooperation that names none before it in its clause.

A clause may share the subject of the clause before it (`…, y ofrece orientación …, junto con
el ACNUR`), take the one list of an aside before it (`Seven countries — A, B — support …`), the
body of a relative clause (`…, que l'ICMP a introduite …, et sur une coopération avec A`), the
subject of the sentence before (a subject the language leaves out), or the first person whose
verb stands right before the list (`Constituimos IberRed … junto con A y B`).
"""

from __future__ import annotations

from .clauses import clause_start
from .document import FactDocument
from .refs import Ref, Sentence
from .lists import tokens as _tokens
from .words import Cue

_OPENING = 40  # the list that opens a clause stands this close after its start


def elided_subject(doc: FactDocument, sentence: Sentence, cue: Cue, actors: list[Ref]) -> list[Ref]:
    """`La SG-SICA ejecuta la Estrategia … Para ello cuenta además con el apoyo de socios: A, B`:
    a cue of support with no body before it in its sentence, after words that are no aside
    closed by a comma (not `En 2019, con el apoyo de A, …`), has the subject of the sentence
    before, whose bodies it opened with (a subject the language leaves out or a pronoun). A verb
    that is itself the cue and opens the sentence (`Colabora además con X`) has the subject it
    carries from the sentence before (carried_subjects.py), standing where the verb does."""
    carried = [a for a in actors if a.label == "REFERENCE" and a.start == a.end == cue.start()]
    if carried:
        return carried
    if (not doc.words.patterns["directed"].fullmatch(doc.text, cue.start(), cue.end()) or sentence.index == 0
            or not doc.words.patterns["with"].match(doc.text, cue.start())):
        return []
    before = doc.text[sentence.start:cue.start()].rstrip()
    if (not before or before.endswith(",") or any(a.start < cue.start() for a in actors)
            or any(w in doc.words.words["article"] for w in _tokens(before))):
        return []  # `The notices support …`, `L'atelier a été organisé avec l'appui de …`: a subject of its own
    previous = doc.sentences[sentence.index - 1]
    return doc.previous_opener(sentence, cue.start()) if previous.block == sentence.block else []


def aside_subject(doc: FactDocument, sentence: Sentence, start: int, groups: list[list[Ref]]) -> list[Ref]:
    """`Seven countries — Canada, France … — support the work of X`: a clause that opens right
    after the closing dash of an aside, with no body before its cue, has the aside's one list as
    subject, when nothing but words stands before the aside."""
    breaks = doc.clause_breaks(sentence)
    closing = next((i for i, (b, e, mark) in enumerate(breaks) if e == start), None)
    if closing is None or not _dash(breaks[closing][2]) or closing == 0 or not _dash(breaks[closing - 1][2]):
        return []
    opened, closed = breaks[closing - 1][1], breaks[closing][0]
    inside = [g for g in groups if opened <= g[0].start and g[-1].end <= closed]
    outer = clause_start(doc, sentence, breaks[closing - 1][0])
    if len(inside) != 1 or any(outer <= g[0].start < opened for g in groups):
        return []
    return list(inside[0])


def _dash(mark: str) -> bool:
    return mark.strip() in ("—", "–", "-", "--")


def first_person_object(doc: FactDocument, actors: list[Ref], start: int, subject: list[Ref]) -> list[Ref]:
    """`Constituimos IberRed …, junto con A y B`, `We founded IberRed … together with A`: a list
    right after the first person's verb in its clause is its object, and the first person (the
    publisher) the subject; not after a possessive (`our partners A and B`)."""
    speaking = [a for a in actors if a.label == "PUBLISHER" and start <= a.start and a.end <= subject[0].start
                and a not in subject]
    if not speaking:
        return subject
    me = speaking[-1]
    if doc.text[me.start:me.end].casefold() in doc.words.words["first_possessive"]:
        return subject
    gap = doc.text[me.end:subject[0].start]
    words = _tokens(gap)
    if "," in gap or len(words) > 3 or doc.words.has("with", gap) or any(
            w in doc.words.conjunction_words for w in words):
        return subject
    return [me]


def between_their(doc: FactDocument, offset: int) -> bool:
    """Whether `between` and a possessive article follow a cue (`la cooperación entre sus
    policías`, `la coopération entre leurs services`): the sides are the subject's own bodies."""
    rest = doc.text[offset:offset + 40]
    start = offset + len(rest) - len(rest.lstrip())
    match = doc.words.patterns["between"].match(doc.plain, start)
    if match is None:
        return False
    words = doc.text[match.end():match.end() + 20].split()
    return bool(words) and words[0].casefold() in doc.words.words["possessive_article"]


def relative_subject(doc: FactDocument, sentence: Sentence, offset: int, groups: list[list[Ref]]) -> list[Ref]:
    """The one body a sentence names before a cue without subject, when it is the subject of a
    relative clause (`l'identification, que l'ICMP a introduite …, et sur une coopération étroite
    avec A, B`, `the method, which UNODC developed, and close cooperation with A`)."""
    before = [g for g in groups if sentence.start <= g[0].start and g[-1].end <= offset]
    if len(before) != 1:
        return []
    words = _tokens(doc.plain[max(sentence.start, before[0][0].start - 20):before[0][0].start])
    if words and words[-1] in doc.words.words["article"]:
        words = words[:-1]
    relatives = doc.words.words["relative"] | doc.words.words["object_relative"]
    return list(before[0]) if words and words[-1] in relatives else []


def shared_subject(doc: FactDocument, sentence: Sentence, start: int, groups: list[list[Ref]]) -> list[Ref]:
    """`la OIM distribuye agua …, y ofrece orientación …, junto con el ACNUR`: a clause opened by
    `, y`/`, et`/`, and` with no body before its cue shares the subject of the clause before it
    (the list that opens that clause)."""
    mark = next((m for b, e, m in doc.clause_breaks(sentence) if e == start), "")
    if mark[:1] != "," or mark.strip(", ").casefold() not in doc.words.words["conjunction"]:
        return []
    previous = clause_start(doc, sentence, start - len(mark))
    first = next((g for g in groups if previous <= g[0].start < start), None)
    if first is None or first[0].start - previous > _OPENING or doc.words.has("with", doc.plain, previous, first[0].start):
        return []
    return list(first)


def participle_subject(doc: FactDocument, start: int, cue: Cue, before: list[list[Ref]]) -> list[list[Ref]]:
    """`The centre is a recipient of grants from A, working with B`, `nuestro personal se desplegó
    en A y en B, trabajando junto a C`: a cue in a participle clause that a comma opens after the
    last list before it (a word with a gerund's ending, class `gerund_ending`, right after the
    comma) has the subject of the clause it hangs on, the list that opens that clause, not the
    body named last before the comma. The lists before the cue, less those the clause's opening
    list is not."""
    if len(before) < 2 or before[0][0].start - start > _OPENING:
        return before
    gap = doc.plain[before[-1][-1].end:cue.start()]
    comma = gap.rfind(",")
    if comma < 0:
        return before
    words = _tokens(gap[comma + 1:]) or _tokens(doc.plain[cue.start():cue.end()])[:1]
    endings, nots = doc.words.gerund_endings, doc.words.words["not_gerund"]
    if not words or len(words) > 2 or not any(len(w) > 4 and w.endswith(endings) and w not in nots for w in words):
        return before
    return before[:1]


def apposition_skipped(doc: FactDocument, cue: Cue, before: list[list[Ref]]) -> list[list[Ref]]:
    """`X, a joint venture of A and B, has worked with C`, `A and B, through C, support our work`:
    the last list before a cue inside an aside that a comma opens right after the list before it
    (no conjunction nor `with` in it, no linker right after the comma) and a comma closes a few words before
    the cue only describes that list, which is the cue's subject; not bodies named back (`l'accord
    X, du nom des trois signataires, conclu …`: the sides themselves). The lists before the cue,
    less the aside's."""
    if len(before) < 2 or any(r.label == "REFERENCE" for r in before[-1]):
        return before  # `l'accord X, du nom des trois signataires, conclu …`: the sides named back
    opening = doc.plain[before[-2][-1].end:before[-1][0].start]
    closing = doc.plain[before[-1][-1].end:cue.start()]
    words = _tokens(opening.lstrip(" )"))  # past the bracket of an acronym: `X (XA), a …`
    if (not words or words[0] != "," or len(words) < 2 or words[1] in doc.words.linker_words
            or any(w in doc.words.conjunction_words for w in words) or doc.words.has("with", opening)
            or "," not in closing or len(_tokens(closing)) > 4):  # `Chile, together with Peru, is …`: co-subjects
        return before
    return before[:-1]
