"""Speed work of 7 December 2026 (afternoon): each fast path gives the answers of the plain code it
replaces, kept here written the direct way as the reference, on made-up texts; and each early skip
still reads a text that holds what it looks for."""

from __future__ import annotations

import re
from collections import Counter
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partex.facts.lists import iter_tokens, tokens
from partex.facts.publisher import _self_named
from partex.facts.words import load_fact_words
from partex.languages import supported_languages
from partex.normalise import date_rules, figure_rules
from partex.normalise.words import load, longest_plain, patterns_root, tail_search
from partex.records import entity_records
from partex.resolve.context import State
from partex.resolve.regex_parts import QUOTE_OPENERS, QUOTED

LANGS = sorted(supported_languages())


# --- entity_records: plain dicts against the Counter per key -------------------------------------

def reference_entity_records(mentions: list[dict]) -> list[dict]:
    forms: dict[tuple[str, str, str], Counter] = {}
    for m in mentions:
        norm = m.get("norm")
        key = (m["doc_id"], m["label"], "" if norm is None or norm != norm else str(norm))
        forms.setdefault(key, Counter())[m["text"]] += 1
    return [{"doc_id": doc_id, "label": label, "norm": norm,
             "forms": " | ".join(f"{t} ({n})" for t, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))),
             "count": sum(c.values())}
            for (doc_id, label, norm), c in sorted(forms.items())]


_ROW = st.fixed_dictionaries({
    "doc_id": st.sampled_from(["a", "b"]), "label": st.sampled_from(["ORG", "COUNTRY"]),
    "norm": st.sampled_from(["UN", "", None, float("nan"), "IRQ"]),
    "text": st.sampled_from(["ONU", "UN", "Nations Unies", "Iraq", "onu"])})


@settings(max_examples=300, deadline=None)
@given(st.lists(_ROW, max_size=25))
def test_entity_records_as_the_direct_way(rows: list[dict]) -> None:
    assert entity_records(rows) == reference_entity_records(rows)


# --- the publisher's self-naming gap, read token by token ----------------------------------------

def reference_self_named(words_of: dict, gap: str, last: bool) -> bool:
    words = [w for w in tokens(gap) if w != ","]
    while words and words[-1] in words_of["article"]:
        words.pop()
    return bool(words) and words[-1] in words_of["self_named_at"] and (last or len(words) == 1)


_GAP_PARTS = ["at", "At", "the", "The", "an", "at the", ",", " ", "  ", "(", ")", "(ICAO)", "Zorba",
              "works", "l'", "’s", "with", "AT", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_GAP_PARTS), max_size=10), st.booleans())
def test_self_named_as_the_direct_way(parts: list[str], last: bool) -> None:
    words = load_fact_words("en")
    doc = SimpleNamespace(words=words)
    gap = " ".join(parts)
    assert list(iter_tokens(gap)) == tokens(gap)
    assert _self_named(doc, gap, last=last) == reference_self_named(words.words, gap, last)


def test_self_named_reads_the_word_alone_and_its_articles() -> None:
    doc = SimpleNamespace(words=load_fact_words("en"))
    assert _self_named(doc, " at the ", last=False)
    assert _self_named(doc, ", at the (new) ", last=False)
    assert not _self_named(doc, " the ", last=False)
    assert not _self_named(doc, " at the office of the ", last=False)  # a second word: far on


# --- the figures' identifier before a number, searched near the end only --------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_tail_search_as_the_plain_search(lang: str) -> None:
    grammar = figure_rules.grammar(lang)
    pattern, longest = grammar.patterns["identifier"], grammar.identifier_longest
    words = sorted(load(figure_rules.WORDS, lang, patterns_root(None)).of("identifier"))
    assert longest == longest_plain(words) and longest is not None
    made = [f"{pre}{w}{post}" for w in words for pre in ("", " ", "la ", "x", "(", "de l'")
            for post in ("", " ", "  \n", "\n", ".", "s ", "\t")]
    made += [(f"Le conseil a adopté la résolution n° et le point {w} " * 3)[-40:] for w in words[:20]]
    for text in made + [m.upper() for m in made] + ["", " ", "\n"]:
        assert (tail_search(pattern, text, longest) is None) == (pattern.search(text) is None), text


def test_longest_plain_stands_down_on_a_blank() -> None:
    assert longest_plain(["art.", "chapitre"]) == 8
    assert longest_plain(["page", "n° de"]) is None
    assert longest_plain([]) is None


# --- the date rules' lookaheads, as written in a language that matches case as written -----------

def _date_texts(lang: str) -> list[str]:
    """Made-up dates from the language's own words: each month after each preposition of time,
    after a day and before a year, each qualifier and decade word, in four casings."""
    w = load(date_rules.WORDS, lang, patterns_root(None))
    months, preps = date_rules._months(w), sorted(w.of("month_preposition"))
    quals, decades = sorted(w.of("qualifier")), sorted(w.mapping("decade_name"))
    made = [f"{p} {m} et 3 {m} 2019, {m} 3, 2019 – {m} 5" for m in months for p in preps[:4] or [""]]
    made += [f"{q}2019 {q} 2019" for q in quals] + [f"les {d} et the 1990s" for d in decades]
    made += [f"{p} 1865" for p in preps]
    return [v for text in made for v in (text, text.lower(), text.upper(), text.title())]


@pytest.mark.parametrize("lang", LANGS)
def test_date_rules_match_as_without_their_lookahead(lang: str) -> None:
    texts = _date_texts(lang)
    for rule in date_rules.grammar(lang).rules:
        opening = re.match(r"\(\?=\[[^\]]*\]\)", rule.regex.pattern)
        if opening is None:
            continue
        plain = re.compile(rule.regex.pattern[opening.end():], rule.regex.flags)
        for text in texts:
            assert [m.span() for m in rule.regex.finditer(text)] == \
                   [m.span() for m in plain.finditer(text)], (lang, rule.name, text)


def test_english_month_rules_open_on_capitals_only() -> None:
    month = next(r for r in date_rules.grammar("en").rules if r.name == "month_year")
    assert month.regex.pattern.startswith("(?=[")
    opening = month.regex.pattern[4:month.regex.pattern.index("]")]
    assert "M" in opening and "m" not in opening  # `May`, never `may`: the rules match case as written
    assert [m.group() for m in month.regex.finditer("in May 2019, may 2019")] == ["May 2019"]


# --- quoted names: a text without an opening mark is skipped, one with any mark is read ----------

def _quoted_ctx(text: str, lang: str):
    from partex.resolve.knowledge import build_knowledge

    knowledge = build_knowledge(lang, None)
    return SimpleNamespace(text=text, original=text, knowledge=knowledge, lexicon=knowledge.lexicon,
                           regexes=knowledge.regexes)


def test_quoted_opens_on_its_openers_only() -> None:
    pattern = re.compile(QUOTED)
    opening = {chr(c) for c in range(0x3000) if any(pattern.match(f"{chr(c)}Zorba Routes{close}")
                                                   for close in "»\"”")}
    assert opening == set(QUOTE_OPENERS)


@pytest.mark.parametrize("mark", ["«", "\"", "“"])
def test_quoted_names_read_with_each_mark(mark: str) -> None:
    from partex.resolve.operations import quoted_names

    close = {"«": "»", "\"": "\"", "“": "”"}[mark]
    text = f"The partners launched the project {mark}Zorba Routes{close} in 2020."
    found = quoted_names(_quoted_ctx(text, "en"), State(()))
    assert [text[m.start:m.end] for m in found.candidates] == ["Zorba Routes"]


def test_quoted_names_skip_a_text_without_marks() -> None:
    from partex.resolve.operations import quoted_names

    state = State(())
    assert quoted_names(_quoted_ctx("The partners launched the project Zorba Routes in 2020.", "en"),
                        state) is state


# --- capitalised_bodies: the union of heads built once per language ------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_every_head_is_the_union_of_the_heads(lang: str) -> None:
    from partex.resolve.knowledge import build_knowledge
    from partex.resolve.names import _every_head

    knowledge = build_knowledge(lang, None)
    lex = knowledge.lexicon
    if lex.heads is None:
        pytest.skip("no name heads")
    built = knowledge.built("every_head", _every_head)
    assert built == lex.heads.first | lex.heads.last | lex.text_heads.keys()
    assert knowledge.built("every_head", _every_head) is built  # once per language


# --- token rules: the anchors found by one search among the sorted anchors -----------------------

def reference_windows(component, doc) -> list[list[int]]:
    import numpy
    from spacy.attrs import LOWER

    lowers = doc.to_array(LOWER)
    hits = numpy.flatnonzero(numpy.isin(lowers, component._anchor_array))
    extents = component._extents[numpy.searchsorted(component._anchor_array, lowers[hits])]
    windows: list[list[int]] = []
    for hit, (before, after) in sorted(zip(hits.tolist(), extents.tolist()), key=lambda h: max(h[0] - h[1][0], 0)):
        start, end = max(hit - before, 0), min(hit + after + 1, len(doc))
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    return windows


_RULE_WORDS = ["projet", "Projet", "opération", "convention", "de", "Palerme", "Alpha", "zzzz", "aaaa",
               "ÿÿ", ",", "le", "PROJET", "programme"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_RULE_WORDS), max_size=15))
def test_token_rule_windows_as_with_isin(words: list[str]) -> None:
    import spacy

    from partex.components.token_rules import TokenRules

    nlp = spacy.blank("fr")
    component = TokenRules(nlp, "rules", "spans")
    component.add_patterns([
        {"label": "OPERATION", "pattern": [{"LOWER": "projet"}, {"IS_TITLE": True}]},
        {"label": "OPERATION", "pattern": [{"IS_TITLE": True}, {"LOWER": "programme"}]},
        {"label": "INSTRUMENT", "pattern": [{"LOWER": "convention"}, {"LOWER": "de"}, {"LOWER": "palerme"}]}])
    doc = nlp(" ".join(words))
    if len(doc):
        assert component._windows(doc) == reference_windows(component, doc)


# --- resolver patterns that read their words as written open on those words' letters as written ---

def _without_lookahead(pattern: re.Pattern) -> re.Pattern:
    opening = re.match(r"\(\?=\[[^\]]*\]\)", pattern.pattern)
    assert opening is not None, pattern.pattern[:40]
    return re.compile(pattern.pattern[opening.end():], pattern.flags)


@pytest.mark.parametrize("lang", LANGS)
def test_as_written_lookaheads_keep_every_match(lang: str) -> None:
    from partex.resolve.knowledge import build_knowledge

    knowledge = build_knowledge(lang, None)
    lex, rx = knowledge.lexicon, knowledge.regexes
    words = sorted(set(rx.backref_label) | lex.words("complement_head") | lex.words("organ_head")
                   | lex.words("civil_title") | lex.words("lowercase_org_start"))
    linkers = sorted(lex.words("complement_linker"))[:3] or ["de"]
    made = [f"{pre}{w} {link} Zorba {w} Ana Pérez, {w}" for w in words for link in linkers for pre in ("", "x ", "l'", "(")]
    texts = [v for t in made for v in (t, t.lower(), t.upper(), t.title())]
    patterns = [p for p in (rx.backref, rx.complement, rx.titled_name, rx.lowercase_body) if p is not None]
    assert patterns
    for pattern in patterns:
        plain = _without_lookahead(pattern)
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], \
                (lang, pattern.pattern[:60], text)
            for end in (len(text), len(text) - 6):  # `complement` is searched at a mention's start
                assert (pattern.search(text, 0, end) is None) == (plain.search(text, 0, end) is None)


def test_first_letters_as_written() -> None:
    from partex.lexicon import first_letters

    assert set(first_letters(["Comité", "conseil"], either_case=False)[4:-2]) == {"C", "c"}
    assert set(first_letters(["Comité"], either_case=False)[4:-2]) == {"C"}
    assert set(first_letters(["Comité"])[4:-2]) == {"C", "c"}
