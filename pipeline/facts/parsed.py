"""Memberships and partnerships read from a dependency parse of the few sentences that may state one.

The rules of the facts stage read the sequence of mentions around a cue word. Where the language's
registry line sets `fact_parser` (patterns/languages.jsonl) and its trained model has a parser, this
reader parses only the candidate sentences (a membership or partnership cue of `facts.jsonl` and two
ORG/COUNTRY mentions at least) with a second, lazily loaded pipeline of the model's `tok2vec` and
`parser` alone, maps the mentions to their head tokens by character offsets, and reads general
structures from the arcs, not words:

- the cue's own subject (`nsubj`, through a relative pronoun to the noun it stands for, through an
  apposition to the noun it qualifies) and its complements (`obj`, `obl`, `nmod`, …), each side a
  whole `conj` chain (`X, Y et Z sont membres de W`, `W regroupe X, Y et Z`, `X a rejoint W`);
- a cue that is a prepositional phrase (`parmi ses membres`) reads the clause of the verb it hangs on
  (`W compte parmi ses membres X et Y`);
- a partner stands in a complement that a word of `with` opens (`X coopère avec Y`), or the cue's
  object for a directed cue (`X soutient Y`); `entre A et B` makes both parties;
- a negation word (`negation` class) on the cue or its verb blocks the cue.

It adds the (body, member) and (party, partner) pairs the rules did not state in the sentence; it
never removes one. docs/facts.md ("Parsed sentences") has the cost and the numbers.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator

from .document import FactDocument
from .model import Fact
from .refs import Ref, Sentence
from .refs import distinct as _distinct
from .relations import argument

PARSED_MEMBERSHIP = "parse:membership"
PARSED_PARTNERSHIP = "parse:partnership"
ENV = "PARTEX_FACT_PARSER"  # "1"/"0": override the registry's `fact_parser` setting (experiments)

# cue classes whose subject names the members and whose complement names the body, and the other way
_MEMBERS_FIRST = ("member_of", "joined_it", "form", "member_in")
_BODY_FIRST = ("gathers", "member_among")
_PARTNER_CUES = ("partnership_cue",)
_SIDES = ("ORG", "COUNTRY")
_BODIES = ("ORG", "INSTRUMENT")
_NAMED = ("ORG", "COUNTRY", "INSTRUMENT")
# the dependency labels (Universal Dependencies, as the French model writes them)
_SUBJECTS = ("nsubj", "nsubj:pass")
_COMPLEMENTS = ("obj", "obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "iobj")
_CLIMB = ("obl", "obl:arg", "obl:mod", "nmod")  # a cue that is a phrase hanging on a verb
_RELATIVES = ("acl:relcl", "acl")
_HANGING = ("obl", "obl:mod", "obl:arg", "nmod", "advmod")  # a phrase or adverb on the clause's verb
_CASE = ("case", "fixed")


def fact_parser(lang: str, patterns_dir=None) -> str | None:
    """The trained model whose parser the facts stage of `lang` reads (the registry's `fact_parser`
    setting and model; PARTEX_FACT_PARSER=1/0 overrides the setting), or None."""
    from ..languages import UnknownLanguageError, language_info

    try:
        info = language_info(lang, patterns_dir)
    except UnknownLanguageError:
        return None
    override = os.environ.get(ENV, "").strip().lower()
    on = override not in ("0", "false", "no") if override else bool(info.setting("fact_parser"))
    return info.model if on and info.model else None


@functools.cache
def parser(model: str):  # noqa: ANN201 - a spaCy Language
    """The model's tokenizer, `tok2vec` and `parser` only, loaded once per process."""
    import spacy

    nlp = spacy.load(model, exclude=["ner", "morphologizer", "attribute_ruler", "lemmatizer", "senter"])
    return nlp


def candidate(doc: FactDocument, sentence: Sentence) -> bool:
    """Whether a sentence may state a membership or a partnership the parse can read: a cue of
    those classes and two ORG/COUNTRY mentions at least."""
    if len({r.norm for r in sentence.of(*_SIDES)}) < 2:
        return False
    return doc.has_any(_MEMBERS_FIRST + _BODY_FIRST + _PARTNER_CUES, sentence.start, sentence.end)


def parsed_facts(doc: FactDocument, facts: list[Fact], model: str) -> list[Fact]:
    """The facts the parse of the candidate sentences reads that `facts` do not state already."""
    sentences = [s for s in doc.sentences if not s.heading and candidate(doc, s)]
    if not sentences:
        return []  # the parser is not loaded for a document with no candidate
    nlp = parser(model)
    out: list[Fact] = []
    for sentence, parsed in zip(sentences, nlp.pipe(_merged(nlp, doc, s) for s in sentences)):
        out.extend(_read(doc, sentence, parsed, _stated(facts, sentence)))
    return out


def _merged(nlp, doc: FactDocument, sentence: Sentence):  # noqa: ANN202 - a spaCy Doc, not parsed yet
    """The sentence's words, each ORG/COUNTRY/INSTRUMENT mention one token: the parser then reads
    a name as one noun (`Bank Al-Maghrib`, `Servicio Ejecutivo de la Comisión …`), never its
    words as clauses of their own."""
    from spacy.util import filter_spans

    words = nlp.make_doc(doc.text[sentence.start:sentence.end])
    spans = [words.char_span(r.start - sentence.start, r.end - sentence.start, alignment_mode="expand")
             for r in sentence.mentions if r.label in _NAMED]
    with words.retokenize() as retokenizer:
        for span in filter_spans([s for s in spans if s is not None and len(s) > 1]):
            retokenizer.merge(span)
    return words


def _stated(facts: list[Fact], sentence: Sentence) -> set[tuple[str, str, str]]:
    """The (type, one side, other side) pairs the facts of a sentence state, both ways round."""
    pairs = set()
    for f in facts:
        if not (sentence.start <= f.evidence[0] < sentence.end):
            continue
        sides = [a.norm for a in f.arguments if a.role in ("body", "member", "party", "partner")]
        pairs |= {(f.type, a, b) for a in sides for b in sides if a != b}
    return pairs


def _read(doc: FactDocument, sentence: Sentence, parsed, stated: set) -> Iterator[Fact]:
    heads = _mention_heads(sentence, parsed)
    if len(heads) < 2:
        return
    evidence = (sentence.start, sentence.end)
    negation = doc.words.words.get("negation", frozenset())
    for names, kind in ((_MEMBERS_FIRST, "members_first"), (_BODY_FIRST, "body_first"),
                        (_PARTNER_CUES, "partner")):
        for name in names:
            for cue in doc.find(name, sentence.start, sentence.end):
                span = parsed.char_span(cue.start() - sentence.start, cue.end() - sentence.start,
                                        alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                inside = {t.i for t in span}
                verb = span.root
                if kind == "body_first" and verb.dep_ in _CLIMB and verb.head.i not in inside:
                    verb = verb.head  # `compte parmi ses membres X`: the clause of `compte`
                if _negated(verb, negation):
                    continue
                subject = _subject(verb, heads)
                if not subject and verb.dep_ in _HANGING and verb.head.i not in inside:
                    # `Singapour conduit, en partenariat avec l'UNODA, …`, `A et B ont mené ensemble`:
                    # a cue phrase hanging on a verb has that verb's subject
                    subject = _subject(verb.head, heads)
                complements = _complements(verb, span, inside, heads, doc, kind)
                if kind == "members_first" and not subject:
                    # `les quatre pays membres de W, A, B et C`: the list apposed to the cue's noun
                    subject = _apposed(verb, inside, heads)
                alike = kind == "partner" and not doc.cue_is(cue, "directed")
                yield from _facts(kind, subject, complements, stated, evidence, alike)


def _mention_heads(sentence: Sentence, parsed) -> dict[int, Ref]:
    """Token index → the ORG/COUNTRY/INSTRUMENT mention whose head it is."""
    heads = {}
    for ref in sentence.mentions:
        if ref.label not in _NAMED:
            continue
        span = parsed.char_span(ref.start - sentence.start, ref.end - sentence.start, alignment_mode="expand")
        if span is not None and len(span):
            heads.setdefault(span.root.i, ref)
    return heads


def _negated(verb, negation: frozenset[str]) -> bool:
    """A negation word attached to the cue or to the verb it depends on (`ne … pas`, `jamais`)."""
    for token in (verb, verb.head):
        if any(c.dep_ == "advmod" and c.lower_.replace("’", "'").rstrip("'") in _single(negation)
               for c in token.children):
            return True
    return False


@functools.cache
def _single(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w.rstrip("'") for phrase in words for w in phrase.replace("'", "' ").split())


def _group(token, heads: dict[int, Ref]) -> list[Ref]:
    """The mentions of a whole `conj` chain that a token is part of (`X, Y et Z`)."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    chain, todo = [], [first]
    while todo:
        t = todo.pop(0)
        chain.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return [heads[t.i] for t in sorted(chain, key=lambda t: t.i) if t.i in heads]


def _subject(verb, heads: dict[int, Ref]) -> list[Ref]:
    """The mentions the cue's subject names: its `nsubj`, the noun a relative pronoun stands for
    (`W, qui regroupe …`), the noun an apposed cue qualifies (`X, membre de W`)."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if subjects:
        # each subject whole (the parser sometimes hangs a second conjunct on the verb itself)
        named = [r for c in subjects if c.i in heads for r in _group(c, heads)]
        if named:
            return named
        if verb.dep_ in _RELATIVES and verb.head.i in heads:
            return _group(verb.head, heads)  # `W, qui regroupe …`: the noun the pronoun stands for
        return []
    if verb.dep_ in ("appos", *_RELATIVES) and verb.head.i in heads:
        return _group(verb.head, heads)
    return []


def _apposed(noun, inside: set[int], heads: dict[int, Ref]) -> list[Ref]:
    """The mentions of a list apposed to a cue's noun or to the noun it qualifies, not within the
    cue (`les pays membres de W, A, B et C`)."""
    for owner in (noun, noun.head):
        for child in owner.children:
            if (child.dep_ == "appos" and child.i not in inside and child.i in heads
                    and child.nbor(-1).text != "("):  # `W (UEMOA)`: the body's own acronym
                return _group(child, heads)
    return []


def _complements(verb, span, inside: set[int], heads: dict[int, Ref], doc: FactDocument,
                 kind: str) -> list[tuple[str, list[Ref]]]:
    """(how it is introduced, its mentions) for each complement of the cue that names some:
    `with` (a word of `with` opens it), `between`, or `plain`."""
    out = []
    owners = [verb, *[t for t in span if t.i != verb.i]]
    seen: set[int] = set()
    for owner in owners:
        for child in owner.children:
            if child.i in inside or child.i in seen or child.dep_ not in _COMPLEMENTS or child.i not in heads:
                continue
            seen.add(child.i)
            case = " ".join(c.lower_ for c in child.children if c.dep_ in _CASE)
            how = "plain"
            if case and doc.words.patterns["with"].fullmatch(case.replace("’", "'")):
                how = "with"
            elif case and doc.words.patterns["between"].fullmatch(case):
                how = "between"
            elif child.dep_ == "obj":
                how = "obj"
            elif case and all(w in doc.words.linker_words for w in case.replace("'", " ").split()):
                how = "of"  # `composé de A et B`
            out.append((how, _group(child, heads)))
    return out


def _facts(kind: str, subject: list[Ref], complements: list[tuple[str, list[Ref]]], stated: set,
           evidence: tuple[int, int], alike: bool = False) -> Iterator[Fact]:
    if kind == "partner":
        between = [r for how, g in complements if how == "between" for r in g if r.label in _SIDES]
        if len({r.norm for r in between}) >= 2:
            pairs = {(a.norm, b.norm) for a in between for b in between if a.norm != b.norm}
            if not all(("PARTNERSHIP", a, b) in stated for a, b in pairs):
                yield Fact("PARTNERSHIP", tuple(argument("party", r) for r in _distinct(between)),
                           evidence, PARSED_PARTNERSHIP)
            return
        parties = [r for r in subject if r.label in _SIDES]
        partners = [r for how, g in complements if how in ("with", "obj") for r in g if r.label in _SIDES]
        if alike and not partners and len({r.norm for r in parties}) >= 2:  # `A et B coopèrent`, `A et B ont mené ensemble`
            pairs = {(a.norm, b.norm) for a in parties for b in parties if a.norm != b.norm}
            if not all(("PARTNERSHIP", a, b) in stated for a, b in pairs):
                yield Fact("PARTNERSHIP", tuple(argument("party", r) for r in _distinct(parties)),
                           evidence, PARSED_PARTNERSHIP)
            return
        new = [p for p in _distinct(partners) if p.norm not in {s.norm for s in parties}
               and any(("PARTNERSHIP", s.norm, p.norm) not in stated for s in parties)]
        if parties and new:
            yield Fact("PARTNERSHIP", (*[argument("party", r) for r in _distinct(parties)],
                                       *[argument("partner", r) for r in new]), evidence, PARSED_PARTNERSHIP)
        return
    if kind == "members_first":
        bodies = [g for how, g in complements if how in ("plain", "of", "obj")]
        members = [r for r in subject if r.label in _SIDES]
    else:
        bodies = [subject] if subject else []
        members = [r for how, g in complements if how in ("of", "obj") for r in g if r.label in _SIDES]
    body = next((g[0] for g in bodies if g and g[0].label in _BODIES), None)
    if body is None:
        return
    new = [m for m in _distinct(members) if m.norm != body.norm and ("MEMBERSHIP", body.norm, m.norm) not in stated]
    if new:
        yield Fact("MEMBERSHIP", (argument("body", body), *[argument("member", m) for m in new]),
                   evidence, PARSED_MEMBERSHIP)

