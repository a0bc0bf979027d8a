"""A body named right after a lower-case noun that says what kind of body it is (`la empresa
Zorbalex`, `the company Zorbalex`, `l'entreprise sud-africaine Zorbal Biologics`, `la empresa
pública ZORBACAN`, `the development bank ZfW`).

Companies, banks and NGOs have names with no head noun a capitalised run can read, and English and
Spanish texts have no model to read them: the noun before the name (`body_keyword`) says what it
is, as `programme_word_before` says a programme's (`programmes.keyword_names`). The noun may be
followed by a qualifier (`body_keyword_qualifier`: `pública`, `de desarrollo`) or by a demonym of
the text (`sud-africaine`). Up to four capitalised words after it are the name, which the noun
stays out of, with the legal form after them (`ZORBACAN, S.A.`, normalised `ZORBACAN`); not where a name the rules found is there (a known body, a place, a person), nor
where an office or a title opens the words (`the company Chairman`).
"""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import CAPITAL, alternation, ending_word
from ..mention import Mention, SpanIndex
from .context import Context, State
from .names import CAPITALISED
from .regex_parts import first_letters

_SPACE = r"[ \t]+"


def _built(lex) -> tuple[re.Pattern, frozenset[str], re.Pattern] | None:
    """The noun, its qualifier or demonym, and the capitalised words after them (built once)."""
    nouns = lex.words("body_keyword")
    if not nouns:
        return None
    qualifiers = lex.words("body_keyword_qualifier") | lex.words("demonym")
    # a demonym the list lacks, read from its ending (`demonym_ending`: `la empresa japonesa`,
    # `la société canadienne`): a lower-case word, whatever follows must still be a capitalised name
    endings = lex.words("demonym_ending")
    by_ending = f"|{ending_word(endings)}" if endings else ""
    qualifier = rf"(?:{_SPACE}(?:{alternation(qualifiers, space=_SPACE)}{by_ending}))?" if qualifiers else ""
    word = rf"[{CAPITAL}][\w'’&-]*"
    # a company's legal form after its name is part of it (`ZORBACAN, S.A.`, `Zorbalex Ltd`)
    forms = lex.words("legal_form")
    form = rf"(?P<form>,?{_SPACE}{alternation(forms, space=_SPACE)}(?![\w'’-]))?" if forms else ""
    # the lookahead on first letters fails at once where no noun starts (regex_parts.first_letters)
    # a small word of a name and a capital after the words taken: the name holds a connector or
    # runs past four words (`Aguas de Barcelona`, `Bank of the Pacific`), which this stage does not cut
    connectors = alternation(lex.words("capitalised_connector"), space=_SPACE)
    on = re.compile(rf"{_SPACE}(?:{connectors}){_SPACE}[{CAPITAL}]", re.IGNORECASE)
    # a French article elided before the noun is no part of a word (`l'entreprise`, `l'organisation`)
    return re.compile(rf"{first_letters(nouns)}(?<![\w-]){alternation(nouns, space=_SPACE)}{qualifier}{_SPACE}"
                      rf"(?P<name>{word}(?:{_SPACE}{word}){{0,3}}(?![\w'’-])){form}"), frozenset(nouns), on


def keyword_bodies(ctx: Context, state: State) -> State:
    """`la empresa` + `Zorbalex`: see the module's docstring."""
    built = ctx.knowledge.built("body_keyword", _built)
    if built is None:
        return state
    pattern, nouns, connector_on = built
    if not any(noun in ctx.text for noun in nouns):
        return state  # most texts name no company: a substring test is cheaper than the scan
    lex = ctx.lexicon
    # nor a demonym or a small word written capitalised (`la seule organisation Française`,
    # `una organización Sin ánimo de lucro`)
    stops = lex.words("role_noun") | lex.words("title") | lex.words("demonym") | lex.words("leading")
    # the people of a body open no name either (`the organisation Member States created`)
    people = lex.words("people_noun")
    index: SpanIndex | None = None
    found = []
    for m in pattern.finditer(ctx.text):
        start, end = m.start("name"), m.end()
        first = ctx.text[start:end].split()[0]
        if len(first) < 2 or first.lower() in stops or first.lower() in ctx.knowledge.calendar_words:
            continue  # `the bank I mentioned`, `met the company Tuesday`, `the company Chairman`
        if first.lower() in people or " ".join(ctx.text[start:end].split()[:2]).lower() in people:
            continue
        if connector_on.match(ctx.text, m.end("name")):
            continue  # `la empresa Aguas de Barcelona`: the name goes on past a connector; the run reads it
        index = index or SpanIndex([c for c in state.candidates if c.source != provenance.MODEL])
        if index.overlapping(start, end):
            continue  # a known body, a place, a person: the rules' reading stands
        # a legal form is no part of the body's norm (docs/annotation.md, ids)
        norm = m.group("name") if m.groupdict().get("form") else ""
        found.append(Mention(start, end, "ORG", norm, CAPITALISED))
    return State(state.candidates + tuple(found), state.kept) if found else state
