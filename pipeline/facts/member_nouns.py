"""Members named after a member noun, and whose members they are: `ASEANAPOL members such as
Brunei Darussalam, Cambodia and Singapore`, `Our members include …`, `Ses membres sont …`,
`The KP counts 60 participants. Participants include …` (memberships.py makes them facts).
"""

from __future__ import annotations

from collections.abc import Iterator

from .document import FactDocument
from .refs import OPENING_DASHES, Ref, Sentence
from .carried_subjects import fronted_pronoun, impersonal
from .lists import tokens as _tokens
from .clauses import clause_start, examples, in_relative
from .words import Cue
from .member_lists import opens_list, range_members
from .member_incise import members_before
from .event_antecedent import event_antecedent

_MEMBERS_AFTER = 40  # the members stand this close after `include`, `sont`
_BODY_LABELS = ("ORG", "INSTRUMENT")


def members_such_as(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> Iterator[tuple[Ref, list[Ref]]]:
    """`ASEANAPOL members such as Brunei Darussalam, Cambodia and Singapore`; `Our members include
    FinCEN, TRACFIN …` (the publisher's); `The FATF, whose 40 members include …`."""
    for cue in doc.find("including", sentence.start, sentence.end):
        # the member noun before the cue, or in it (`Ses membres sont`, `Its members are`)
        before = doc.text[max(sentence.start, cue.start() - 30):cue.end()]
        noun = doc.words.patterns["member_noun"].search(before)
        if noun is None:
            continue
        noun_start = cue.end() - len(before) + noun.start()
        gap = [t for t in _tokens(doc.text[noun_start + len(noun.group()):cue.start()]) if t != ","]
        if len(gap) > 1 or any(t in doc.words.conjunction_words for t in gap):
            continue  # `sus 27 Estados miembros, así como Chile`: a list goes on, no example of members
        figure = next((f for f in sentence.of("FIGURE") if f.start <= noun_start < f.end), None)
        noun_start = figure.start if figure is not None else noun_start  # `Its twenty members`
        body = _owner(doc, sentence, noun_start)
        if body is None:
            continue
        after = [g for g in doc.lists(actors) if g[0].start >= cue.end()]
        members = _spanned(doc, cue, actors)  # `Its members range from A and B to C and D`
        if not members and after and after[0][0].start - cue.end() <= _MEMBERS_AFTER and opens_list(
                doc, sentence, cue.start(), cue.end(), after[0][0].start):  # not `were meeting in A, B`
            members = list(after[0])
            for group in after[1:]:  # `…, as well as overseas territories such as C and D`: more members
                # (the places named there left out: `as well as states of Southern Africa and the
                # Indian Ocean such as C and D`)
                if not examples(doc, doc.gap(members[-1].end, group[0].start)):
                    break
                members += group
        if members and _of_states(doc, before[:noun.start()], gap):
            # `nos pays membres, comme La Poste en France`: the examples are no states, so they
            # are examples of something else the sentence names (the operators), not members
            members = [m for m in members if m.label != "ORG"]
        if members:
            yield body, members


def _spanned(doc: FactDocument, cue: Cue, actors: list[Ref]) -> list[Ref]:
    """The members at both ends of a span a cue opens (`Its members range from A and B to C and
    D`, `Sus miembros van desde A hasta B`: class `range_from`), read as the range after a figure
    of members is (`member_lists.range_members`)."""
    if not doc.cue_is(cue, "range_from"):
        return []
    return range_members(doc, [a for a in actors if a.start >= cue.end()], cue.end(), opened=True)


def _of_states(doc: FactDocument, before: str, gap: list[str]) -> bool:
    """Whether a member noun counts states: a unit of states right before it (`pays membres`,
    `países miembros`) or between it and the cue (`member states include`)."""
    nouns = {w for phrase in doc.words.words["member_noun"] for w in phrase.split()}
    units = {w for phrase in doc.words.words["country_unit"] for w in phrase.split()} - nouns
    near = _tokens(before)[-1:] + gap
    # the singular of a plural (`pays`, `états`, `países`, `countries`): the units are singular
    return any({w, w[:-1], w[:-2], w[:-3] + "y"} & units for w in near)


def _owner(doc: FactDocument, sentence: Sentence, noun_start: int) -> Ref | None:
    """Whose members a member noun names: the body right before it (`ASEANAPOL members`, `IGAD's
    members`), the one a relative before it refers to (`The FATF, whose 40 members`), the
    publisher for a first-person possessive (`Our members`, `nos membres`), or, for a noun
    opening the sentence (`Participants include …`), the body the sentence before spoke of where
    it spoke of members in the same paragraph."""
    head = doc.plain[sentence.start:noun_start]  # no word of a name is a relative or possessive
    words = _tokens(head[-40:])
    if _continues_count(doc, sentence, words):  # `The KP counts 60 participants. Participants include …`
        return possessor(doc, sentence, noun_start)
    tail = [w for w in words if not w.isdigit()][-2:]  # `whose 40`, `dont les 27`
    # the determiner right before the noun, or before the noun it qualifies (`nos services membres`)
    owning = doc.words.words["first_person"] | doc.words.words["possessive_article"]
    if len(tail) == 2 and tail[0] in owning and tail[1] not in owning | doc.words.join_words:
        tail = tail[:1]
    if tail and tail[-1] in doc.words.words["first_person"]:
        first = [r for r in doc.first_person(sentence) if r.start >= noun_start - 30]
        return first[0] if first else None
    if tail and tail[-1] in doc.words.words["possessive_article"]:
        return possessor(doc, sentence, noun_start)  # `Ses membres sont …`, `Its twenty members include …`
    relative = bool(tail) and (tail[-1] in doc.words.words["relative"] or (
        len(tail) == 2 and tail[0] in doc.words.words["relative"]))
    body = next((r for r in reversed(sentence.mentions) if r.end <= noun_start and r.label in _BODY_LABELS), None)
    if body is None:
        return None
    gap = doc.text[body.end:noun_start].strip()
    # `The FATF, whose`, also after the acronym's parenthesis (`the Baltic Rail Company (BRC), whose`)
    if gap in ("", "'s", "’s") or (relative and gap.lstrip(" )").startswith(",") and len(gap) <= 20):
        return body
    if relative and gap.lstrip(" )").startswith(",") and _past_incise(doc, sentence, body, noun_start):
        return body  # `el CAS, creado en 2003, cuyos miembros son …`
    return None


_INCISE_WORDS = 6  # words of an apposition between a body and the relative that describes it, at most


def _past_incise(doc: FactDocument, sentence: Sentence, body: Ref, noun_start: int) -> bool:
    """Whether one short apposition naming no one stands between a body and the comma of the
    relative whose member noun follows (`The Council, set up in 2003, whose members are …`), and
    the body is no complement of a noun before it (`Loans of the World Bank, approved in 2003,
    whose members …`: the loans', not the Bank's)."""
    if doc.words.linker_end.search(doc.text, sentence.start, body.start):
        return False
    gap = doc.text[body.end:noun_start]
    parts = gap.lstrip(" )")[1:].split(",")
    return (len(parts) == 2 and 0 < len(_tokens(parts[0])) <= _INCISE_WORDS
            and not any(r.label in ("ORG", "COUNTRY", "PERSON", "INSTRUMENT")
                        for r in sentence.mentions if body.end <= r.start < noun_start))


def _continues_count(doc: FactDocument, sentence: Sentence, words: list[str]) -> bool:
    """Whether a member noun opens the sentence, no word before it but an article (`Participants
    include …`), right after a sentence of its paragraph that counts a body's members (whose body
    it means; not `a conference with 200 participants`)."""
    plain = doc.words.words["article"] - doc.words.words["possessive_article"]
    if not sentence.index or not all(w in plain for w in words):
        return False
    previous = doc.sentences[sentence.index - 1]
    return (previous.block == sentence.block and bool(doc.find("count_verb", previous.start, previous.end))
            and doc.words.patterns["member_noun"].search(doc.text, previous.start, previous.end) is not None)


def possessor(doc: FactDocument, sentence: Sentence, offset: int) -> Ref | None:
    """The body a third-person possessive before `offset` stands for (`neuf de ses onze États
    membres`, `Its twenty members include …`): the first body the sentence names before it (its
    subject), else the one the previous sentence speaks of: the pronoun it opens on (`It is …`),
    else, of the bodies it names, the one the text has named most often so far (`Héritier du
    Centre SECI, …, le SELEC a été institué …`: the SELEC); none after a named event (`event_antecedent`)."""
    here = [a for a in doc.actors(sentence) if a.start < offset and a.label in ("ORG", "REFERENCE")]
    if here:
        return here[0]
    return None if event_antecedent(doc, sentence) else spoken_of(doc, sentence)  # not `held a workshop. Its`


_SKIPPED = 1  # sentences naming no body that `spoken_of` looks past


def spoken_of(doc: FactDocument, sentence: Sentence, besides: set[str] = frozenset(),
              labels: tuple[str, ...] = ("ORG", "REFERENCE")) -> Ref | None:
    """The body the sentence before `sentence` speaks of (see `possessor`), none of `besides`:
    the body or instrument it opens on (`La Charte rassemble …. Parmi ses membres …`); past a
    sentence that names none (`Sus puntos de contacto son jueces …`), the one
    before it in its paragraph."""
    earlier = [s for s in reversed(doc.sentences[:sentence.index]) if not s.heading]
    if not earlier:
        return None
    previous = earlier[0]
    for before in earlier[1:_SKIPPED + 1]:
        if any(a.label in labels for a in doc.actors(previous)) or before.block != previous.block:
            break
        previous = before
    if _pronoun_subject(doc, previous):
        # `Le SIM est …. Il regroupe cinq sous-régions. Parmi ses membres …`, `Le Comité X évalue
        # …. Depuis 2010, il rend compte au Conseil. Parmi ses membres …`: the pronoun the sentence
        # before opens on stands for the body the sentence before it opens on, else for the body
        # the text speaks of (named most so far, first named of those), not for one it names in a
        # complement
        return _opening_body(doc, previous, besides) or _topic(doc, previous, besides)
    bodies = [a for a in doc.actors(previous) if a.label in labels and a.norm not in besides]
    opening = [a for a in bodies if a.label == "REFERENCE" and not doc.text[previous.start:a.start].strip()]
    if opening:
        return opening[0]
    articles = doc.words.words["article"]
    subject = [a for a in (*bodies, *previous.of("INSTRUMENT")) if a.label in ("ORG", "INSTRUMENT") and all(
        t in articles for t in _tokens(doc.text[previous.start:a.start])) and a.norm not in besides]
    if subject:  # `El Grupo de Expertos …, creado por la OMM …, reúne …`: the body it opens on
        return min(subject, key=lambda a: a.start)
    return most_named(doc, bodies, previous.end)


def _opening_body(doc: FactDocument, sentence: Sentence, besides: set[str]) -> Ref | None:
    """The body the sentence before `sentence` (in its paragraph) opens on, articles at most before it."""
    before = doc.sentence_just_before(sentence)
    if before is None:
        return None
    articles = doc.words.words["article"]
    return next((m for m in before.mentions if m.label == "ORG" and m.norm not in besides and all(
        t in articles for t in _tokens(doc.text[before.start:m.start]))), None)


def _topic(doc: FactDocument, sentence: Sentence, besides: set[str]) -> Ref | None:
    """The body the text has named most up to the end of `sentence` (the first named of those)."""
    first = {}
    for m in doc.mentions:
        if m.label == "ORG" and m.end <= sentence.end and m.norm not in besides:
            first.setdefault(m.norm, m)
    return most_named(doc, list(first.values()), sentence.end)


def most_named(doc: FactDocument, bodies: list[Ref], end: int) -> Ref | None:
    """Of `bodies`, the one the text names most before `end` (the first of `bodies` on a tie)."""
    named = [m.norm for m in doc.mentions if m.label == "ORG" and m.start < end]
    return max(bodies, key=lambda a: named.count(a.norm), default=None)


def _pronoun_subject(doc: FactDocument, sentence: Sentence) -> bool:
    """Whether a sentence opens on a singular subject reference (class `subject_reference`, not
    `plural_subject`: `Il …`, `L'organisation …`), right at its start or after a short fronted phrase
    and its comma (`Since 2010, it …`, as `carried_subjects` reads it); not an impersonal `il`
    (`Il y a vingt ans, l'OMS …`, class `impersonal_opening`; `il est un mécanisme` is no such)."""
    patterns = doc.words.patterns
    opening = OPENING_DASHES.match(doc.text, sentence.start).end()
    pronoun = patterns["subject_reference"].match(doc.text, opening)
    if pronoun is not None and impersonal(doc, opening, predicate=True):
        return False
    if pronoun is None:
        pronoun = fronted_pronoun(doc, sentence, opening, ("subject_reference",), predicate=True)
    return pronoun is not None and not patterns["plural_subject"].fullmatch(doc.text, pronoun.start(), pronoun.end())


_WITH_AFTER = 40  # `together with` stands this close after `among its founding members`


def members_among(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> Iterator[tuple[Ref, list[Ref]]]:
    """`We are proud to be among its founding members, together with the FAO and IFAD`, `Chile
    figura entre sus miembros`: the subject of the clause (the publisher for the first person)
    and the list a `with` word right after the cue adds are members of the body the possessive
    stands for (a body the sentence before spoke of, never one of the members)."""
    for cue in doc.find("member_among", sentence.start, sentence.end):
        start = clause_start(doc, sentence, cue.start())
        subject = [a for a in actors if start <= a.start < cue.start() and not in_relative(doc, sentence, a.start)]
        lists = doc.lists(subject)
        members = members_before(doc, sentence, lists, start, cue.start())[0]
        with_cue = next((c for c in doc.find("with", cue.end(), sentence.end)
                         if c.start() - cue.end() <= _WITH_AFTER and doc.joins(doc.text[cue.end():c.start()])), None)
        if with_cue is not None:
            # `together with our sister agencies in Rome, the FAO and IFAD`: no first-person possessive
            owned = doc.words.words["first_possessive"]
            named = [a for a in actors if doc.text[a.start:a.end].casefold() not in owned]
            after = [g for g in doc.lists(named) if g[0].start >= with_cue.end()]
            if after and after[0][0].start - with_cue.end() <= _WITH_AFTER:
                members += after[0]
        if not members:  # `Parmi ses membres figurent A, B et C`: the members come after
            from .member_joins import listed_members
            members = listed_members(doc, sentence, cue, actors)
        names = {m.norm for m in members}
        body = spoken_of(doc, sentence, names)
        if body is not None and members and body.norm not in {m.norm for m in members}:
            yield body, members


_CLOSE = 2  # words (not joining words) between members and `en est membre`, at most
_SPEAKING = ("ORG", "REFERENCE", "PUBLISHER")


def members_of_it(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> Iterator[tuple[Ref, list[Ref]]]:
    """`L'Union européenne en est membre depuis 1976`, `The EU is a member of it`, `… ; le
    Parlement européen en est membre associé`: the list right before the cue are members of the
    body the pronoun stands for: the one an earlier clause of the sentence opens on (the
    publisher for the first person), else the one the sentence before speaks of."""
    for cue in doc.find("member_of_it", sentence.start, sentence.end):
        start = clause_start(doc, sentence, cue.start())
        if _negated(doc, start, cue):
            continue
        lists = doc.lists([a for a in actors if start <= a.start < cue.start() and a.label != "PUBLISHER"])
        members, end = members_before(doc, sentence, lists, start, cue.start())
        if not members or len(close_gap(doc, end, cue.start())) > _CLOSE:
            members = _listed_after(doc, actors, cue.end())  # `Among the States that have ratified it are A, B`
            if not members:
                continue
        names = {m.norm for m in members}
        earlier = [a for a in actors if sentence.start <= a.start < start and a.label in _SPEAKING and a.norm not in names]
        body = earlier[0] if earlier else spoken_of(doc, sentence, names, _SPEAKING)
        if body is not None:
            yield body, members


_BACK = 3  # sentences back in the paragraph where `ratified it` looks for the instrument, at most


def ratified_it(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> Iterator[tuple[Ref, list[Ref]]]:
    """`L'Éthiopie, le Rwanda et l'Ouganda l'avaient déjà ratifié`, `Chile and Peru have ratified
    it`, `Chile y Perú lo ratificaron`: the states right before the cue are parties to the
    convention the pronoun stands for: the last one named earlier in the sentence, else the first
    the sentence before names (its subject)."""
    ends = set()  # `had already ratified it` holds `ratified it`: one fact for the two cues
    for cue in doc.find("ratified_it", sentence.start, sentence.end):
        if cue.end() in ends:
            continue
        ends.add(cue.end())
        start = clause_start(doc, sentence, cue.start())
        if _negated(doc, start, cue):
            continue
        lists = doc.lists([a for a in actors if start <= a.start < cue.start() and a.label == "COUNTRY"])
        members, end = members_before(doc, sentence, lists, start, cue.start())
        if not members or len(close_gap(doc, end, cue.start())) > _CLOSE:
            members = _listed_after(doc, actors, cue.end())  # `Among the States that have ratified it are A, B`
            if not members:
                continue
        earlier = [r for r in sentence.of("INSTRUMENT") if r.end <= start]
        # else the first the sentence before names, or, past sentences that name none, the one
        # before them in its paragraph or the one before (`Le Traité … a été adopté …. Il est
        # entré en vigueur …. Le Rwanda figure parmi les premiers États à l'avoir ratifié`)
        before = [s for s in reversed(doc.sentences[:sentence.index])
                  if not s.heading and s.block >= sentence.block - 1][:_BACK]
        previous = next((s for s in before if s.of("INSTRUMENT")), None)
        named = earlier[-1:] or (previous.of("INSTRUMENT")[:1] if previous is not None else [])
        if named:
            yield named[0], members


_INCLUSION_AFTER = 15  # `… that have ratified it are A, B`: the word of inclusion stands this close after


def _listed_after(doc: FactDocument, actors: list[Ref], end: int) -> list[Ref]:
    """The states listed right after a word of inclusion that follows the cue ending at `end`
    (`Entre los Estados que lo han ratificado figuran A, B y C`)."""
    cue = next(iter(doc.find("including", end, end + _INCLUSION_AFTER)), None)
    if cue is None or doc.text[end:cue.start()].strip(" ,"):
        return []
    after = [g for g in doc.lists([a for a in actors if a.label == "COUNTRY"]) if g[0].start >= cue.end()]
    # only joining words between the word of inclusion and the list (`are Argentina`, not `are
    # more numerous than Argentina`)
    return list(after[0]) if after and doc.joins(doc.text[cue.end():after[0][0].start]) else []


def _negated(doc: FactDocument, start: int, cue) -> bool:
    """Whether a word of negation stands between the clause's start and the end of its cue (`Chile
    and Peru have not ratified it`, `Entre los Estados que aún no lo han ratificado figuran`)."""
    return doc.words.has("negation", doc.text, start, cue.end())


def close_gap(doc: FactDocument, end: int, start: int) -> list[str]:
    """The words between members and their cue that are neither joining words nor words for
    both of them (`la CNDP marocaine, toutes deux membres de`, `both members of`)."""
    gap = doc.words.patterns["both"].sub(" ", doc.words.patterns["pair_pronoun"].sub(" ", doc.text[end:start]))
    return [t for t in _tokens(gap) if t not in doc.words.join_words]


def joined_which(doc: FactDocument, sentence: Sentence, actors: list[Ref], cue_class: str = "joined_it",
                 relative_class: str = "joined_relative") -> Iterator[tuple[Ref, list[Ref]]]:
    """`l'OHADA, à laquelle la RDC a adhéré`, `the Commission, which Peru joined`, `la CPPS, a la
    que Colombia se incorporó`: the states or bodies between a relative pronoun and a verb of joining
    are members of the body the pronoun stands for, right before its comma; so are those between
    `dont`/`of which`/`de la que` and `sont membres` with no body after it (classes `member_relative`,
    `member_which`: `la CPS, dont la France et l'Australie sont membres fondateurs`). A relative
    after a conjunction (`…, creada por A y B, y a la que C se adhirió`) goes on from the apposition
    the body opened, the first body before it that a comma follows (`la CPPS, creada por la OEA, y
    a la que C se adhirió`: the CPPS, not the OEA of the apposition)."""
    ends = set()  # `have joined` holds `joined`: one fact for the two cues
    for cue in doc.find(cue_class, sentence.start, sentence.end):
        if cue.end() in ends:
            continue
        ends.add(cue.end())
        relatives = doc.words.find(relative_class, doc.text, sentence.start, cue.start())
        if not relatives:
            continue
        lists = doc.lists([a for a in actors if relatives[-1].end() <= a.start < cue.start() and a.label in ("COUNTRY", "ORG")])
        members = list(lists[0]) if lists else []
        if not members or len(close_gap(doc, members[-1].end, cue.start())) > _CLOSE \
                or close_gap(doc, relatives[-1].end(), members[0].start):
            continue
        before = doc.text[sentence.start:relatives[-1].start()].rstrip()
        words = before.split()
        go_on = bool(words) and words[-1].casefold() in doc.words.words["conjunction"]
        if go_on:  # `…, y a la que`: the relative goes on from an earlier apposition
            before = before[:len(before) - len(words[-1])].rstrip()
        if not before.endswith(","):
            continue
        comma_at = sentence.start + len(before) - 1
        bodies = [r for r in sentence.of("ORG", "INSTRUMENT") if r.end <= comma_at
                  and _comma_after(doc, r.end, comma_at, go_on)]
        if not bodies or (cue_class != "joined_it" and _body_after(doc, sentence, cue.end())):
            continue  # `dont la France est membre du Conseil`: a member of another body
        body = bodies[0] if go_on else bodies[-1]
        yield body, [m for m in members if m.norm != body.norm]


def _comma_after(doc: FactDocument, end: int, comma_at: int, earlier: bool) -> bool:
    """Whether a comma follows a name (its acronym in parentheses may stand between): the comma
    at `comma_at`, or any comma up to it when `earlier`."""
    stop = doc.text.find(",", end, comma_at + 1) if earlier else comma_at
    return stop >= 0 and not doc.text[end:stop].strip(" )")


def _body_after(doc: FactDocument, sentence: Sentence, offset: int) -> bool:
    """Whether a body's name follows a cue within a few words (`membre du Conseil`)."""
    after = [r for r in sentence.mentions if r.start >= offset]
    return bool(after) and after[0].label in ("ORG", "INSTRUMENT") and "," not in doc.text[offset:after[0].start] \
        and len(_tokens(doc.text[offset:after[0].start])) <= 3
