"""First stage: the candidates of the rulers, the token rules and the statistical NER.

The value finders' candidates (dates, figures, resolutions, a dateline) arrive ready from the
`partex_values` component; this module reads the rest off the Doc.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from .. import provenance
from ..mention import Mention, SpanIndex
from .context import Context, State

# an operation a heuristic stage read (a launched acronym, a name joined across a hyphen, a
# programme named after its body)
OPERATION = provenance.heuristic("operation")

# NER labels of spaCy's trained pipelines: WikiNER-style (fr, es: PER, LOC, ORG, MISC) and
# OntoNotes-style (en: PERSON, GPE, LOC, ORG ...), so a user's English model plugs in as is.
MODEL_LABELS = {"ORG": "ORG", "PER": "PERSON", "PERSON": "PERSON", "LOC": "LOCATION",
                "GPE": "LOCATION", "FAC": "LOCATION"}
NAME_LABELS = {"ORG", "INSTRUMENT", "COUNTRY", "LOCATION", "PERSON", "OPERATION"}
# A series name goes on with its edition or version: `Thunder 2020`, `Pangea XVI`, `EL PAcCTO 2.0`.
_EDITION = re.compile(r" (?:[IVXLC]+|(?:19|20)\d\d|\d\.\d)(?!\w|[.,]\d|%)")


def ruler_candidates(ctx: Context) -> list[Mention]:
    """The gazetteers' and rules' spans as mentions, with what lower case or context rules out."""
    text = ctx.text
    found = []
    lowercase = ctx.knowledge.lowercase_names
    for span in ctx.ruler_spans:
        label, ident = span.label_, span.id_
        start, end = span.start_char, span.end_char
        surface = text[start:end]  # span.text, without joining its tokens again
        if label in NAME_LABELS and surface[:1].islower() and label != "OPERATION" \
                and surface not in lowercase and (ident or label != "INSTRUMENT"):
            continue  # "office des nations unies" in running text is not a name; a token rule
            # for instruments says itself where a lower-case head is one (`directive (UE) 2022/2555`)
        # a span with an id is a gazetteer name (or a phrase rule), one without a token rule's
        facts = ctx.knowledge.alias(label, ident, surface) if ident else None
        source = facts.source if facts else ctx.rule_sources.get((start, end, label), "")
        # places and operations are normalised from their text (SCHEMA: the name as written,
        # the operation's name without its keyword); bodies, instruments, countries and people
        # take the canonical id, the same in every language
        norm = "" if label in ("LOCATION", "OPERATION") else ident
        if label == "OPERATION" and ident:
            keyword = ctx.regexes.operation_keyword_before.search(text, max(0, start - 14), start)
            start = keyword.start() if keyword else start
        if label == "OPERATION":
            end = edition_end(text, end)
        elif label == "INSTRUMENT":
            year = ctx.regexes.instrument_year.match(text, end)
            end = year.end() if year else end
        if label == "LOCATION" and _attributive(ctx, start, end) or label == "COUNTRY" and _headed(ctx, start, end):
            continue
        found.append(Mention(start, end, label, norm, source, after=facts.after if facts else ""))
    # `UNODC programme`: a rule that starts on a known body's name is that body, and so is one
    # that names a known body after its keyword (`l'initiative INTERPOL`)
    keywords = ctx.lexicon.words("operation_keyword")
    bodies = {(m.start, m.end) for m in found if provenance.kind(m.source) == "gazetteer" and m.label == "ORG"}
    starts, ends = {start for start, _ in bodies}, {end for _, end in bodies}
    return [m for m in found if not (
        provenance.kind(m.source) == "rule" and m.label == "OPERATION"
        and ((m.start in starts and text[m.start:m.end].split()[0].lower() not in keywords)
             or (m.end in ends and (text.find(" ", m.start) + 1, m.end) in bodies)))]


_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_WORD_AFTER = re.compile(r" ([a-z][a-z-]*)\b")
_CAPITALISED_AFTER = re.compile(r" ([A-Z][a-z]+)(?= )")


# a word after a name, or a complement's preposition (an article with it) and one
_NAMED_AFTER = re.compile(r"[ \t]+(?:[^\W\d_]{1,3}[ \t]+(?:[^\W\d_]{1,3}[ \t]+)?)?(\w+)")
_LINE_WORDS = re.compile(r"[^\W\d_]{4,}")


def _headed(ctx: Context, start: int, end: int) -> bool:
    """Whether a country whose name is a common noun of the language too (`country_common_noun`:
    Reunión, a meeting) heads a body's or a meeting's name instead: a capitalised word follows it,
    or a complement does (`la Reunión Especializada de …`, `la Reunión de Ministros de …`; not
    `la isla de la Reunión`). Not a place's name (`Reunión del Océano Índico`, `la Reunión de
    Francia`), nor a word of a title written with capitals (`La Reunión Y Mayotte …`) unless it
    makes a body of the noun (`qualified_head_word`: `Especializada`)."""
    text, lex = ctx.text, ctx.lexicon
    if text[start:end].lower() not in lex.words("country_common_noun"):
        return False
    after = _NAMED_AFTER.match(text, end)
    if after is None or not after.group(1)[:1].isupper():
        return False
    small = text[end:after.start(1)].split()
    if small and " ".join(small).lower() not in lex.words("complement_linker"):
        return False
    if after.group(1).lower() in lex.words("qualified_head_word"):
        return True
    # a country after it, or a place with an article, says where the island is; a city with
    # none names a meeting (`la Reunión de Quito de 2019`)
    with_article = not lex.words("article").union(lex.words("contracted_article")).isdisjoint(
        w.lower() for w in small)
    if any(s.start_char == after.start(1) and (s.label_ == "COUNTRY" or s.label_ == "LOCATION" and with_article)
           for s in ctx.ruler_spans):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return not all(w[:1].isupper() for w in _LINE_WORDS.findall(line))


def _attributive(ctx: Context, start: int, end: int) -> bool:
    """Whether a place name that is an adjective too describes the noun after it (`Caribbean
    governments`, `Pacific cooperation`) instead of naming a place: no article before it, a
    common noun in lower case after it that is no kind of place and no small word, or after a
    capitalised noun that goes with it (`attributive_place_noun`: `Pacific Island countries`)."""
    lex, text = ctx.lexicon, ctx.text
    if text[start:end] not in lex.words("attributive_place"):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before and before.group(1).lower() in lex.words("article") - lex.words("indefinite_article"):
        return False
    after = _WORD_AFTER.match(text, end)
    if after is None:
        # a capitalised noun may go with the place before the common noun and still describe it
        # (`Pacific Island countries`); not its plural (`the Pacific Islands Forum` names a place)
        inner = _CAPITALISED_AFTER.match(text, end)
        if inner is None or inner.group(1) not in lex.words("attributive_place_noun"):
            return False
        after = _WORD_AFTER.match(text, inner.end())
        if after is None:
            return False
    word = after.group(1)
    return word not in (ctx.leading | lex.words("trailing") | lex.words("place_noun") | lex.words("feature_noun"))


def edition_end(text: str, end: int) -> int:
    """Where a series name ending at `end` ends with its edition (`Pangea XVI`), if it has one."""
    edition = _EDITION.match(text, end)
    return edition.end() if edition else end


def _trim(ctx: Context, span: Span) -> tuple[int, int] | None:
    leading, trailing = ctx.leading, ctx.lexicon.words("trailing")
    tokens = list(span)
    while tokens and (tokens[0].is_space or tokens[0].lower_ in leading or tokens[0].is_punct):
        tokens.pop(0)
    while tokens and (tokens[-1].is_space or tokens[-1].is_punct or tokens[-1].lower_ in trailing):
        tokens.pop()
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def model_candidates(ctx: Context) -> list[Mention]:
    """The NER's ORG, PER and LOC spans, trimmed, with what it gets wrong in this genre left out.

    Left out: spans in a heading (topics such as `Antiterrorisme`), titles and generic nouns
    (`États Membres`, `Secrétaire Général`), demonyms (`le Brésilien`). A named programme or
    project is an OPERATION; a place that is a country is a COUNTRY.
    """
    doc, text, lex = ctx.doc, ctx.text, ctx.lexicon
    titles = lex.words("title")
    generic = lex.words("generic") | ctx.leading
    found = []
    for ent in doc.ents:
        label = MODEL_LABELS.get(ent.label_)
        if label is None:
            continue
        if label == "PERSON":
            while len(ent) > 1 and (ent[0].lower_ in titles or ent[0].text == "."):
                ent = ent[1:]
        bounds = _trim(ctx, ent)
        if bounds is None:
            continue
        start, end = bounds
        if label != "PERSON" and any(s <= start and end <= e for s, e in ctx.headings):
            continue
        span = doc.char_span(start, end)
        surface = text[start:end]
        if span is None or not surface[:1].isupper():
            continue
        label = _model_label(ctx, span, label, generic)
        if label is None:
            continue
        if label == "LOCATION":
            code = ctx.knowledge.country_lookup(surface)
            if code:
                found.append(Mention(start, end, "COUNTRY", code, provenance.MODEL))
                continue
        found.append(Mention(start, end, label, "", provenance.MODEL))
    return found


def _acronym_only(surface: str) -> bool:
    """One word in capitals, three of them at least (`TF-CSIRT`, `CERT-XY`), no lower-case letter."""
    return " " not in surface and sum(c.isupper() for c in surface) >= 3 and not any(c.islower() for c in surface)


def _model_label(ctx: Context, span: Span, label: str, generic: frozenset[str]) -> str | None:
    """The label a model span gets in this genre, or None when it names nothing."""
    lex = ctx.lexicon
    words = [t.lower_ for t in span if not t.is_punct]
    if all(w in generic for w in words) or words[0] in lex.words("title_head"):
        return None
    if label in ("ORG", "LOCATION") and words[0] in lex.words("report_head") and span[0].text[:1].isupper():
        return None  # `l'Indice de la criminalité organisée`: a report's name, no body (annotation.md)
    if label == "LOCATION" and all(t.lower_ in generic for t in span if t.text[:1].isupper()):
        return None  # `États de la région`, `États riverains`: no place is named
    if label == "LOCATION" and words[0] in ctx.knowledge.built("model_head_words", _head_words) \
            and not any(t.text[:1].isupper() for t in span[1:]):
        return None  # `le Cadre harmonisé`, `la Charte`: an instrument's head noun, no place
    if label == "LOCATION" and len(words) == 1 and words[0] in ctx.knowledge.built("backref_org_heads", _backref_heads):
        return None  # `Son Secrétariat`, `le Centre d'analyse …` cut short: a body's head noun, no place
    if label == "LOCATION" and len(words) == 1 and _common_noun(ctx, span):
        return None  # `Asile : l'Agence …`: a title's first word the text also writes in lower case
    if label == "LOCATION" and ctx.regexes.demonym is not None and len(span) == 1 \
            and span.text.lower().endswith(tuple(lex.words("demonym_ending"))) \
            and ctx.regexes.demonym.search(ctx.text, max(0, span.start_char - 5), span.start_char):
        return None  # `le Brésilien Valdecy Urquiza`: a demonym, not a place
    if label == "LOCATION" and len(span) > 1 and not lex.head_last and span[0].text in lex.words("org_head"):
        return "ORG"  # `Pôle national de lutte contre la cybercriminalité`: a body, not a place
    if label == "LOCATION" and _acronym_only(span.text) and ctx.knowledge.country_lookup(span.text) is None:
        return None  # `la base KCDB`: the model reads an unknown acronym as a place; rules read it
    if label == "ORG" and words[0] in lex.words("programme_head"):
        return "OPERATION"
    if label == "ORG" and words[0] in lex.words("instrument_head"):
        return "INSTRUMENT"
    return label


def _common_noun(ctx: Context, span: Span) -> bool:
    """Whether one word opening a line is a common noun: the document writes it in lower case too."""
    line_start = ctx.text.rfind("\n", 0, span.start_char) + 1
    if ctx.text[line_start:span.start_char].strip(" «\"“'‘"):
        return False
    word = span.text.lower()
    return re.search(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])", ctx.text) is not None


def _backref_heads(lex) -> frozenset[str]:
    """The back-reference heads of bodies, lower case as a span's words are (`Secrétariat`, `Centre`);
    built once per pipeline."""
    return frozenset(w.lower() for w in lex.words("backref_org_head"))


def _head_words(lex) -> frozenset[str]:
    """Head nouns of instruments and programmes, lower case (what a model reads as a place alone);
    built once per pipeline (`Knowledge.built`), not for every place the model reads."""
    return frozenset(w.lower() for cls in ("instrument_head", "backref_instrument_head", "backref_operation_head")
                     for w in lex.words(cls) if " " not in w)


def admissible_model(ctx: Context, model: list[Mention], rules: list[Mention]) -> list[Mention]:
    """Model spans may add names the rules do not know, never cut across what rules found.

    A model ORG may swallow rule names that belong inside it (`Police nationale du Maroc`
    holds a COUNTRY; `Agence sénégalaise de … la Grande Muraille verte` a programme, after the
    body's own words); any other overlap leaves the rules' reading.
    """
    kept = []
    index = SpanIndex(rules)
    for m in model:
        overlapping = index.overlapping(m.start, m.end)
        if not overlapping:
            kept.append(m)
        elif m.label == "ORG" and all(
                m.contains(r) and (r.start, r.end) != (m.start, m.end)
                and (r.label in ("ORG", "COUNTRY", "LOCATION") or r.label == "OPERATION" and r.start > m.start)
                for r in overlapping) \
                and not _joined(ctx, overlapping):
            kept.append(m)
    return kept


_LOWER_WORDS = re.compile(r"(?:[ \t]+[a-zà-ÿ][\w'’-]*)+\Z")


def without_clauses(ctx: Context, state: State) -> State:
    """Model names that run on past a body's name the rules found at their start into a clause
    are left out (see `_runs_into_clause`): the rules' name stands."""
    model = [c for c in state.candidates if c.source == provenance.MODEL and c.label == "ORG"]
    if not model:
        return state
    index = SpanIndex([c for c in state.candidates if c.source != provenance.MODEL])
    dropped = {id(m) for m in model if _runs_into_clause(ctx, m, index.overlapping(m.start, m.end))}
    if not dropped:
        return state
    return State(tuple(c for c in state.candidates if id(c) not in dropped), state.kept)


def _runs_into_clause(ctx: Context, m: Mention, names: list[Mention]) -> bool:
    """Whether a model name runs on past a body's name the rules found at its start into a
    clause: lower-case words only, opening on a past participle and its preposition (`Groupe
    intergouvernemental de coordination chargé de le piloter`, `Comité … creado por la ley`)."""
    body = max((r for r in names if r.start == m.start and r.label == "ORG"), key=lambda r: r.end, default=None)
    if body is None or not _LOWER_WORDS.match(ctx.text, body.end, m.end):
        return False
    words = ctx.text[body.end:m.end].split()
    endings = tuple(ctx.lexicon.words("participle_ending"))
    return len(words) > 1 and bool(endings) and words[0].endswith(endings) and words[1] in ctx.leading


def _joined(ctx: Context, names: list[Mention]) -> bool:
    """Whether names follow each other with only a hyphen, comma or conjunction between."""
    joiners = ctx.regexes.joiners
    return any(joiners.fullmatch(ctx.text[a.end:b.start]) for a, b in zip(names, names[1:]))
