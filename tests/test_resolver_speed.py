"""The resolver's fast paths give the answers of the plain code they replace (each plain version
is kept here, written the direct way, as the reference)."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from partex import provenance
from partex.components.resolver import _split_at
from partex.languages import supported_languages
from partex.lexicon import OWN_CLASSES, SHARED_CLASSES, load_lexicon
from partex.mention import Mention
from partex.resolve.knowledge import build_knowledge
from partex.resolve.longforms import LazyWalls, walls

_WORDS = ["ONU", "mi-2019", "Nations", "l'", "Unies", "2019", "ab", "x", "-", "(", "Conseil"]


def reference_split_at(doc: Doc, offsets: set[int]) -> None:
    """`_split_at` written the direct way: every offset against every token."""
    cuts: dict[int, list[int]] = {}
    for offset in sorted(offsets):
        for token in doc:
            if token.idx < offset < token.idx + len(token):
                cuts.setdefault(token.i, []).append(offset)
    with doc.retokenize() as retokenizer:
        for i, inner in cuts.items():
            token = doc[i]
            edges = [token.idx, *inner, token.idx + len(token)]
            orths = [token.text[a - token.idx:b - token.idx] for a, b in zip(edges, edges[1:])]
            retokenizer.split(token, orths, heads=[(token, 0)] * len(orths))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.booleans()), max_size=12),
       st.lists(st.integers(min_value=0, max_value=90), max_size=10))
def test_split_at_as_the_direct_way(tokens: list[tuple[str, bool]], offsets: list[int]) -> None:
    vocab = spacy.blank("fr").vocab
    words, spaces = [w for w, _ in tokens], [s for _, s in tokens]
    fast, plain = Doc(vocab, words=words, spaces=spaces), Doc(vocab, words=words, spaces=spaces)
    offsets = [o for o in offsets if o <= len(fast.text)]
    starts = _split_at(fast, offsets)
    reference_split_at(plain, set(offsets))
    assert [(t.idx, t.text) for t in fast] == [(t.idx, t.text) for t in plain]
    assert starts == [t.idx for t in plain]


def test_split_at_cuts_a_token_at_each_inner_offset() -> None:
    doc = Doc(spacy.blank("fr").vocab, words=["en", "mi-2019-20", "."], spaces=[True, False, False])
    starts = _split_at(doc, [6, 3, 10, 6, 13])  # twice the same, one at a boundary, one past the end
    assert [t.text for t in doc] == ["en", "mi-", "2019", "-20", "."]
    assert starts == [0, 3, 6, 10, 13]


_TEXT = "le Comité de l'ONU, en 2019 - la Cour pénale (CPI) du Conseil, 12 juin 2020"


def _mentions() -> st.SearchStrategy[list[Mention]]:
    labels = st.sampled_from(["ORG", "DATE", "FIGURE", "COUNTRY", "PERSON"])
    sources = st.sampled_from([provenance.MODEL, "gazetteer:fr/organisations.jsonl", "rule:x"])
    spans = st.tuples(st.integers(0, len(_TEXT) - 1), st.integers(1, 20), labels, sources)
    return st.lists(spans.map(lambda s: Mention(s[0], min(len(_TEXT), s[0] + s[1]), s[2], "", s[3])),
                    max_size=8)


@settings(max_examples=150, deadline=None)
@given(_mentions())
def test_lazy_walls_read_as_the_walls(candidates: list[Mention]) -> None:
    ctx = SimpleNamespace(text=_TEXT, leading=frozenset({"le", "la", "l'", "de", "du", "en"}))
    lazy, whole = LazyWalls(ctx, tuple(candidates)), walls(ctx, tuple(candidates))
    assert [lazy[i] for i in range(len(_TEXT))] == list(whole)


def test_lazy_walls_are_made_only_when_read() -> None:
    ctx = SimpleNamespace(text=_TEXT, leading=frozenset())
    lazy = LazyWalls(ctx, (Mention(0, 2, "DATE"),))
    assert lazy._found is None
    assert lazy[0] and not lazy[5]
    assert lazy._found is not None


@pytest.mark.parametrize("lang", supported_languages())
def test_lexicon_words_are_each_class_as_listed(lang: str) -> None:
    lexicon = load_lexicon(lang)
    for name in OWN_CLASSES:
        assert lexicon.words(name) == frozenset(lexicon.own.of(name))
    for name in SHARED_CLASSES:
        assert lexicon.words(name) == lexicon.shared.get(name, frozenset())
    with pytest.raises(KeyError):
        lexicon.words("no such class")


@pytest.mark.parametrize("lang", supported_languages())
def test_name_heads_are_the_unions_they_name(lang: str) -> None:
    heads = load_lexicon(lang).heads
    if heads is None:
        pytest.skip("no head nouns in this language")
    own_first = heads.own if heads.own_first else frozenset()
    own_last = frozenset() if heads.own_first else heads.own
    assert heads.first == own_first | heads.other_first
    assert heads.last == own_last | heads.other_last


# The patterns that open on a lookahead for their possible first letters (a pattern tried at
# every position then fails at once where none starts); without it they must find the same.
_LOOKAHEAD = re.compile(r"\A\(\?=\[(?:\\.|[^\]\\])*\]\)")
_LED = ("name_run", "backref", "name_before_office", "apposition", "complement", "titled_name",
        "place_after_noun", "place_before_country", "lowercase_body", "quoted_name")


def _led_pairs(lang: str) -> list[tuple[re.Pattern, re.Pattern]]:
    regexes = build_knowledge(lang).regexes
    pairs = []
    for name in _LED:
        pattern = getattr(regexes, name)
        if pattern is None:
            continue
        assert _LOOKAHEAD.match(pattern.pattern), name
        pairs.append((pattern, re.compile(_LOOKAHEAD.sub("", pattern.pattern), pattern.flags)))
    return pairs


def _lexicon_texts(lang: str) -> st.SearchStrategy[str]:
    lex = load_lexicon(lang)
    words = sorted({w for name in ("civil_title", "place_noun", "place_preposition", "complement_head",
                                   "complement_linker", "lowercase_org_start", "quoted_name_keyword",
                                   "article", "name_conjunction", "backref_org_head")
                    for w in lex.words(name)})
    pieces = st.sampled_from(words + [w.upper() for w in words[::5]] + [w.capitalize() for w in words[::3]]
                             + ["Zurich", "ONU", "SEESAC", "Juan Pérez", "« Amber Tide »", "(", ")", "l'",
                                "'", "-", "2019", "Kelvin \u212a", "ǅ", "straße", "the National Crime Agency",
                                "Ébola Task Force", "ministère des Affaires étrangères", "port of Mombasa",
                                "in Entebbe", "M. Stock", "Mr Guterres", "projet « Déchets tracés »",
                                "l'Organisation", "the Committee", "Ministry of the Interior"])
    gaps = st.sampled_from([" ", ", ", "\n", "", "-", " « ", " » ", "\t"])
    return st.lists(st.tuples(pieces, gaps), max_size=25).map(lambda ps: "".join(w + g for w, g in ps))


@pytest.mark.parametrize("lang", supported_languages())
def test_lookahead_patterns_find_what_they_find_without_it(lang: str) -> None:
    pairs = _led_pairs(lang)

    @settings(max_examples=150, deadline=None)
    @given(_lexicon_texts(lang))
    def check(text: str) -> None:
        for fast, plain in pairs:
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] \
                == [(m.span(), m.groups()) for m in plain.finditer(text)], plain.pattern[:60]

    check()


_YEAR_PIECES = ["the", "1954", "2050", "1810", "Convention", "Strategy", "x-y", "-", "_", "ñ", ",",
                "'", "A", "20", "1999-Act", "a-B"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_YEAR_PIECES), st.sampled_from([" ", "\u00a0", "", "-"])),
                max_size=14))
def test_a_year_and_the_word_read_back_before_it_as_one_search_for_both(pieces):
    """titles: the year found first and its determiner read back (`_determiner`) give the matches
    of one pattern for the word, the year and the head together, none inside another."""
    from partex.resolve.titles import _YEAR_HEAD, _determiner

    text = "".join(word + blank for word, blank in pieces)
    plain = re.compile(r"(?<![\w-])(?P<det>\w+)[ \u00a0](?P<year>(?:1[89]|20)\d\d)[ \u00a0](?P<head>[A-Z][\w-]*)")
    found, last = [], 0
    for match in _YEAR_HEAD.finditer(text):
        det = _determiner(text, match.start(), last)
        if det is not None:
            last = match.end()
            found.append((det, match.start(), match.span("head")))
    assert found == [(m.group("det"), m.start("year"), m.span("head")) for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["centres", "s", "Bodies", "x", "-", "'", "’", "_", "ñs", "5s", ",", ", ",
                                 ",\t", " ", "s,"]), max_size=16))
def test_plural_words_before_a_comma_as_one_search_for_the_word_and_comma(pieces):
    """lists: the plural words before a comma and a blank that `_body_lists` reads back from the
    comma are those a search for the whole word before the comma finds."""
    from partex.resolve import lists

    text = "".join(pieces)
    index = SimpleNamespace(overlapping=lambda start, end: ())
    ctx = SimpleNamespace(text=text, lexicon=SimpleNamespace(is_body_head=lambda word: True))
    plain = re.compile(r"(?<![\w'’-])(\w+),[ \t]")
    assert lists._body_lists(ctx, index) == [m.end(1) for m in plain.finditer(text) if m.group(1).endswith("s")]
