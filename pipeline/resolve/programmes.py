"""Programmes, missions, platforms and studies named without an operation keyword inside the name.

A name no gazetteer holds is read as an OPERATION from the word beside it that says what it is
(`la mission SWOT`, `the Desert to Power initiative`, `estudio PISA 2018`), from an apposition
(`Giga, an initiative to connect …`), from a parenthesis that a programme word follows (`… (MAHFSA)
programme`) and from its form alone when it is a coinage no language writes (`rescEU`,
`mDiabetes`). The words are language data (`programme_word_before`, `programme_word_after`,
`programme_apposition`, `programme_apposition_determiner` in `patterns/<lang>/lexicon.jsonl`).
"""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import CAPITAL
from ..mention import Mention
from .context import Context, State
from .longforms import holds_body_word, owned_by_body_system
from .candidates import OPERATION
from .programme_patterns import ACRONYM, YEAR, built_patterns

# what a name beside a programme word may overlap: values, and places inside a longer name
# (`Africa Clean Energy Corridor`); a body, a text, a person or a known operation stops it
_OPEN = {"DATE", "FIGURE"}
_PLACES = {"LOCATION", "COUNTRY"}
# How far before its programme word a name is looked for: five words of a name and their connectors
_NAME_WINDOW = 300
_COINAGE = re.compile(rf"(?<![\w@'’-])[a-z]{{1,4}}[{CAPITAL}][^\W\d_]+(?![\w@'’-])")
_EDITION_IN_PARENTHESES = re.compile(rf"\({ACRONYM}[ \t]{YEAR}\)")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _free(state: State, start: int, end: int) -> bool:
    """Whether nothing but a value, a model's guess or a place inside the name is found there."""
    for c in state.candidates:
        if c.end <= start or c.start >= end or c.source == provenance.MODEL or c.label in _OPEN:
            continue
        if c.label in _PLACES and start <= c.start and c.end <= end and (c.start, c.end) != (start, end):
            continue
        return False
    return True


def _opening_word(text: str, start: int, end: int) -> int:
    """The name's start past a sentence's capitalised first word before an acronym (`Apoyamos
    MARENA`, `Nous appuyons VELUNA`: the verb is no part of the name)."""
    words = text[start:end].split(" ")
    if _sentence_start(text, start) and len(words) > 1 and not _coined(words[0]) and _coined(words[1]):
        return start + len(words[0]) + 1
    return start


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?:\n«\"“"


def _found(ctx: Context, start: int, end: int, norm: str = "") -> Mention:
    return Mention(start, end, "OPERATION", norm, OPERATION)


def keyword_names(ctx: Context, state: State) -> State:
    """A name beside a lower-case word that says it is a programme, a mission, a platform or a
    study: before it (`programme_word_before`: `la mission SWOT`, `la série Jason`, `el estudio
    PISA 2018`) or after it (`programme_word_after`: `the Desert to Power initiative`, `its
    mDiabetes programme`). The word is in the span and out of the norm, as `projet ENACT`'s. A
    single capitalised word at a sentence's start is no name (`Regional programme`)."""
    patterns = built_patterns(ctx)
    found: list[Mention] = []
    text = ctx.text
    if patterns.word_before:
        coined_only = ctx.lexicon.words("programme_word_before_coined")
        for m in patterns.word_before.finditer(text):
            coined = _coined(m.group("name"))
            if not coined and text[m.start():m.start("name")].strip().lower() in coined_only:
                continue  # `el sistema Interamericano`: before a plain word the noun names no programme
            if _free(state, m.start("name"), m.end()):
                end = m.end() if coined else _topic_end(ctx, m.end())
                found.append(_found(ctx, m.start(), end))
    if patterns.word_after:
        for word in patterns.word_after.finditer(text):
            m = patterns.name_before_word.search(text, max(0, word.start() - _NAME_WINDOW), word.start())
            if m is None:
                continue
            start = _drop_leading(ctx, text, m.start("name"), m.end("name"))
            if start is None or not _free(state, start, m.end("name")):
                continue
            if _cut(text, start):
                continue  # `the Integrity in Sport programme`: the name began before a small word
            one = " " not in text[start:m.end("name")].strip()
            if one and _sentence_start(text, start) and not _coined(text[start:m.end("name")]):
                continue
            if one and word.group().lower() in ctx.lexicon.words("programme_word_after_coined") \
                    and not _coined(text[start:m.end("name")]):
                continue  # `the Earth system`: after a common noun a single word must be coined
            found.append(_found(ctx, start, word.end()))
    found += _topics_continued(ctx, state)
    found += _titles_continued(ctx, state)
    return State(state.candidates + tuple(found), state.kept) if found else state


def _topics_continued(ctx: Context, state: State) -> list[Mention]:
    """A programme word and one common capitalised word a rule found (`programme Action`), that
    a topic goes on in lower case (`programme Action contre la désertification`): the longer name.
    Not an operation's (`opération Pangea contre la vente …`: the topic is what it targets) nor a
    name the gazetteer knows."""
    short = built_patterns(ctx).short_programme
    if short is None:
        return []
    found = []
    for c in state.candidates:
        if c.label != "OPERATION" or provenance.kind(c.source) in ("model", "gazetteer") \
                or not short.fullmatch(ctx.text, c.start, c.end):
            continue
        name = ctx.text[c.start:c.end].split()[-1]
        end = _topic_end(ctx, c.end)
        if end > c.end and not _coined(name) and _free(state, c.end, end):
            found.append(_found(ctx, c.start, end))
    return found


def _titles_continued(ctx: Context, state: State) -> list[Mention]:
    """A keyword and the capitalised words a rule found (`programme Saving`, `project
    Integrated`), that more capitalised words go on, with the small words between them of a name
    in English or in title case (`programme Saving Lives and Livelihoods`, `programa Water for
    Life`, `project Integrated and Sustainable Management of Water Resources`): the longer name, up
    to its last capitalised word that no body, text or other name holds. A title that ran on over
    a small word may end on where it runs (`… in the Amazon River Basin`, `title_place`); a code
    name does not (`operation Thunder in Kenya`)."""
    patterns = built_patterns(ctx)
    if patterns.title_programme is None:
        return []
    found = []
    for c in state.candidates:
        if c.label != "OPERATION" or provenance.kind(c.source) in ("model", "gazetteer") \
                or not patterns.title_programme.fullmatch(ctx.text, c.start, c.end):
            continue
        ends = _title_ends(patterns, ctx.text, c.end)
        # the longest run that no body or other name cuts (a place that runs past one of its
        # words is whole at a later end: `… the Amazon River Basin`)
        end = next((e for e in reversed(ends) if _free(state, c.end, e)), c.end)
        if end > c.end:
            found.append(_found(ctx, c.start, end))
    return found


def _title_ends(patterns, text: str, end: int) -> list[int]:
    """Where each capitalised word of a title's run ends, then of the place it runs in."""
    start, ends = end, []
    while more := patterns.title_more.match(text, end):
        ends.append(end := more.end())
    if any(w[:1].islower() for w in text[start:end].split()) and patterns.title_place is not None \
            and (where := patterns.title_place.match(text, end)):
        ends.append(end := where.end())
        while more := patterns.title_more.match(text, end):
            ends.append(end := more.end())
    return ends


def _topic_end(ctx: Context, end: int) -> int:
    """The end of a name of one common word that a topic word and lower-case words go on
    (`text_topic`: `programme Action contre la désertification`, `el programa Agua para todos`),
    over at most six words, to a word that starts a clause (`text_stop`) or says where it runs
    (`place_in_preposition`), and not on a small
    linking word (`text_linker`); else `end`."""
    lex = ctx.lexicon
    pattern = built_patterns(ctx).topic_more
    more = pattern.match(ctx.text[end:end + 120]) if pattern is not None else None
    if more is None:
        return end
    stop = lex.words("text_stop") | lex.words("place_in_preposition")
    words = []
    for word in re.finditer(r"[^ \t]+", more.group(1)):
        if word.group().lower() in stop:
            break  # a clause starts (`… depuis 2014`, `… est signé`), or where it runs (`en las zonas`)
        words.append(word)
    small = lex.words("text_linker") | lex.words("article")
    while words and (words[-1].group().lower() in small or len(words[-1].group()) < 3):
        words.pop()
    return end + more.start(1) + words[-1].end() if words else end


def _subject_word(ctx: Context, text: str, opening: int, start: int, end: int) -> bool:
    """Whether a name read across a clause opens its sentence, after an article at most, and is
    one word (`ZORTEK, en construcción en …, es el proyecto`; not `Según Zorbia, tras …, es`)."""
    articles = ctx.lexicon.words("article")
    return (_sentence_start(text, opening) and " " not in text[start:end]
            and all(w.lower() in articles for w in text[opening:start].split()))


def _drop_leading(ctx: Context, text: str, start: int, end: int) -> int | None:
    """The name's start after the capitalised small words a sentence may open with (`The`, `Our`)."""
    small = ctx.leading | ctx.lexicon.words("backref_own")
    while start < end:
        word = re.match(r"[^ \t]+", text[start:end])
        if word is None or word.group().lower() not in small:
            return start
        start += word.end()
        while start < end and text[start] in " \t":
            start += 1
    return None


def _cut(text: str, start: int) -> bool:
    """Whether a capitalised word and a short lower-case word stand right before `start`: the
    name began earlier, across a small word this language's connectors do not hold."""
    return re.search(rf"[{CAPITAL}][\w-]*[ \t]+[a-zà-ÿ]{{1,3}}[ \t]+$", text[max(0, start - 40):start]) is not None


def _coined(name: str) -> bool:
    """A coinage or an acronym: capitals after the first letter (`rescEU`, `SWOT`, `GovTech`)."""
    return any(ch.isupper() for ch in name[1:])


def apposed_names(ctx: Context, state: State) -> State:
    """A name followed by an apposition that says it is a programme (`Giga, an initiative to …`,
    `Mission 300, our joint initiative`, `SARAL, une mission …`: `programme_apposition` after a
    `programme_apposition_determiner` and at most one other word), or by a copula that says so
    (`Zorbala Rail is the largest rail project`, `programme_copula`: an article or a determiner,
    at most three words, the noun), unless the name holds a body's word."""
    patterns = built_patterns(ctx)
    text = ctx.text
    found = []
    tails = [(t, False) for t in patterns.apposition.finditer(text)] if patterns.apposition else []
    tails += [(t, True) for t in patterns.copula.finditer(text)] if patterns.copula else []
    for tail, said in tails:
        m = patterns.name_before_comma.search(text, max(0, tail.start() - _NAME_WINDOW), tail.start())
        across = m is None and said
        if across:  # `ZORTEK, en construcción en X (Francia), es el proyecto …`
            m = patterns.name_before_clause.search(text, max(0, tail.start() - _NAME_WINDOW), tail.start())
        if m is None:
            continue
        start = _drop_leading(ctx, text, m.start("name"), m.end("name"))
        if start is None or not _free(state, start, m.end("name")):
            continue
        if across and not _subject_word(ctx, text, m.start("name"), start, m.end("name")):
            continue
        start = _opening_word(text, start, m.end("name"))
        name = text[start:m.end("name")]
        if " " not in name and (name in patterns.backref_heads or _sentence_start(text, start) and not _coined(name)):
            continue  # `The Alliance, an initiative of …`: a back-reference, not a name
        if said and holds_body_word(ctx.lexicon, re.findall(r"[^\W\d_]+", name.lower())):
            continue  # `The Zorbala Bank is a platform for …`: a body said to be one
        found.append(_found(ctx, start, m.end("name")))
    return State(state.candidates + tuple(found), state.kept) if found else state


def coinages(ctx: Context, state: State) -> State:
    """A coinage no language writes, a lower-case start then a capital (`rescEU`, `mCessation`),
    that nothing else names, beside a noun of a programme or a service (`coinage_noun`: `its rescEU
    reserve`, `le service eSanté`): a programme's name, the noun left out (a software, `goTravel`,
    is none)."""
    patterns = built_patterns(ctx)
    text = ctx.text
    if patterns.coinage_noun is None or not patterns.coinage_noun.search(text):
        return state
    before, after = patterns.coinage_noun_before, patterns.coinage_noun_after
    found = [_found(ctx, m.start(), m.end()) for m in _COINAGE.finditer(text)
             if (before.search(text, max(0, m.start() - 30), m.start()) or after.match(text, m.end()))
             and _free(state, m.start(), m.end())]
    return State(state.candidates + tuple(found), state.kept) if found else state


def defined_programmes(ctx: Context, state: State) -> State:
    """A body a parenthesis defined that a programme word follows (`… (MAHFSA) programme`, `(ETAF)
    platform`) is a programme: its long form and its uses become OPERATIONs with their norm; an
    acronym with its year defined after a programme's long form (`Estudio Regional … (ERCE 2019)`)
    is that programme's edition, not a date."""
    patterns = built_patterns(ctx)
    text = ctx.text
    renamed: set[str] = set()
    if patterns.defined_programme:
        renamed = {m.group("acr") for m in patterns.defined_programme.finditer(text)}
    candidates = list(state.candidates)
    if renamed:
        for i, c in enumerate(candidates):
            if c.label == "ORG" and provenance.kind(c.source) != "gazetteer" and c.norm in renamed:
                candidates[i] = c._replace(label="OPERATION")
    found = []
    if patterns.long_with_edition and _EDITION_IN_PARENTHESES.search(text):
        for m in patterns.long_with_edition.finditer(text):
            uses = re.compile(rf"(?<![\w-]){re.escape(m.group('acr'))}[ \t]{YEAR}(?![\w-])")
            edition = text[m.start("acr"):m.end() - 1]
            if not _free(state, m.start("acr"), m.end() - 1):
                continue
            spans = {m.span("long"), (m.start("acr"), m.end() - 1)}
            candidates = [c for c in candidates if (c.start, c.end) not in spans
                          or provenance.kind(c.source) == "gazetteer"]
            found.append(_found(ctx, *m.span("long"), edition))
            found += [_found(ctx, u.start(), u.end(), u.group()) for u in uses.finditer(text)]
    if not renamed and not found:
        return state
    return State(tuple(candidates) + tuple(found), state.kept)


def listed_programmes(ctx: Context, state: State) -> State:
    """The acronyms no gazetteer holds listed after a colon that a plural programme word opens
    (`programme_plural`: `cuatro estudios regionales: el PERCE en 1997, el SERCE en 2006 …`,
    `three missions: KORA, LUMA and TESS`): each is a programme, up to the sentence's end."""
    patterns = built_patterns(ctx)
    if patterns.plural_opening is None or ":" not in ctx.text:
        return state
    found = []
    for m in patterns.plural_opening.finditer(ctx.text):
        stop = _SENTENCE_END.search(ctx.text, m.end())
        end = stop.start() if stop else len(ctx.text)
        found += [_found(ctx, *a.span("name")) for a in patterns.listed_acronym.finditer(ctx.text, m.end() - 1, end)
                  if _free(state, *a.span("name"))]
    return State(state.candidates + tuple(found), state.kept) if found else state


def systems_as_bodies(ctx: Context, state: State) -> State:
    """A name a programme word opens that holds a body's word is a body, not a programme
    (`Sistema Nacional de Protección Civil`, `Sistema Andino de Integración`): the words are
    language data (`programme_body_word`, as `longforms.long_form_label` reads them); so is one a
    programme word opens or ends that names the body system it belongs to (`programme_body_owner`:
    `United Nations Development Programme`, `Programme des Nations Unies pour …`); names from a
    gazetteer keep their label."""
    lex = ctx.lexicon
    heads = lex.words("programme_head") - lex.words("survey_head")  # `Encuesta Nacional`: no body
    changed = {}
    for i, c in enumerate(state.candidates):
        if c.label != "OPERATION" or provenance.kind(c.source) == "gazetteer":
            continue
        words = re.findall(r"[^\W\d_]+", ctx.text[c.start:c.end].lower())
        if len(words) > 1 and (words[0] in heads and holds_body_word(lex, words[1:])
                               or words[-1] in heads and owned_by_body_system(lex, words)):
            changed[i] = c._replace(label="ORG")
    if not changed:
        return state
    return State(tuple(changed.get(i, c) for i, c in enumerate(state.candidates)), state.kept)


def defined_appositions(ctx: Context, state: State) -> State:
    """A name and the parenthesis that defines it, either way round, that an apposition says is a
    programme (`Destination Earth (DestinE), the Commission's initiative …`, `ZORB (Zonal Research
    on Biological Agents), the yearly exercise`, `… (ZRBA), l'initiative …`): both are the
    programme, the acronym its norm, and a body no gazetteer holds that either names becomes it."""
    patterns = built_patterns(ctx)
    if patterns.defined_apposition is None or "(" not in ctx.text:
        return state
    text = ctx.text
    spans: dict[tuple[int, int], str] = {}
    for m in patterns.defined_apposition.finditer(text):
        before = patterns.name_before_word.search(text, max(0, m.start() - _NAME_WINDOW), m.start())
        start = _drop_leading(ctx, text, before.start("name"), before.end("name")) if before else None
        if start is None:
            continue
        # a longer name another stage found that ends there is the name (`Grupo … sobre Flujos Mixtos`)
        start = min([c.start for c in state.candidates if c.end == before.end("name") and c.start < start
                     and c.source != provenance.MODEL], default=start)
        name, inner = (start, before.end("name")), m.span("inner")
        one_name, one_inner = " " not in text[slice(*name)], " " not in text[slice(*inner)]
        if one_inner == one_name:
            continue  # two long names, or two acronyms: no definition
        acronym, long_form = (inner, name) if one_inner else (name, inner)
        if not _coined(text[slice(*acronym)]) or _names_body(ctx, text[slice(*long_form)]):
            continue  # `Grupo Interagencial … (GIFMM), la plataforma nacional`: a body said to be one
        spans[name] = spans[inner] = text[slice(*acronym)]
    if not spans:
        return state
    known = [c for c in state.candidates if c.source != provenance.MODEL and c.label != "ORG"
             or provenance.kind(c.source) == "gazetteer"]
    spans = {s: n for s, n in spans.items() if not any(c.start < s[1] and s[0] < c.end for c in known)}
    acronyms = set(spans.values())
    candidates = [c._replace(label="OPERATION", norm=c.norm or spans.get((c.start, c.end), ""))
                  if c.label == "ORG" and provenance.kind(c.source) != "gazetteer"
                  and ((c.start, c.end) in spans or c.norm in acronyms) else c for c in state.candidates]
    found = [_found(ctx, s, e, norm) for (s, e), norm in spans.items()]
    return State(tuple(candidates) + tuple(found), state.kept)


def _names_body(ctx: Context, name: str) -> bool:
    """Whether a name holds a body's head noun (`org_head`) that no programme word shares
    (`Grupo`, `Agency`; not `Platform`, `Mission`) or a `programme_body_word`."""
    lex = ctx.lexicon
    programme = lex.words("programme_apposition") | lex.words("programme_word_after") | lex.words("programme_defined_after")
    words = re.findall(r"[^\W\d_]+", name.lower())
    heads = {w.lower() for w in lex.words("org_head")} - programme
    return any(w in heads for w in words) or holds_body_word(lex, words)
