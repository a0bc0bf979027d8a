"""Fast paths give the answers of the plain code they replace (each plain version is kept here,
written the direct way, as the reference)."""

from __future__ import annotations

import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from partex.facts.words import SCAN_WORD, Cue, FactWords, load_fact_words

LANGS = ("fr", "en", "es")


def reference_scan(fw: FactWords, text: str) -> dict[str, list[Cue]]:
    """`FactWords.scan` written the direct way: every word of the text, every phrase from it."""
    folded = text.casefold().replace("’", "'")
    source = folded if len(folded) == len(text) else text
    words = [(m.start(), m.end(), m.group().casefold().replace("’", "'")) for m in SCAN_WORD.finditer(source)]

    def elided(j: int) -> bool:  # word j follows an elision with nothing between (`d'INTERPOL`)
        return words[j - 1][1] == words[j][0] and words[j - 1][2].endswith("'")

    found: dict[str, list[Cue]] = {}
    for i in range(len(words)):
        if i and elided(i):
            continue
        key: tuple[str, ...] = ()
        skipped = 0  # adverbs skipped inside the phrase (`trabaja también con`), two at most
        for j in range(i, min(len(words), i + fw.longest + 2)):
            if j > i and not (text[words[j - 1][1]:words[j][0]].isspace() or elided(j)):
                break
            if j > i and key + (words[j][2],) not in fw.prefixes and words[j][2] in fw.inserted and skipped < 2:
                skipped += 1
                continue
            key += (words[j][2],)
            if key not in fw.prefixes:
                break
            for name in fw.phrases.get(key, ()):
                found.setdefault(name, []).append(Cue(words[i][0], words[j][1]))
    if fw.first_person_verb is not None:  # `Desplegamos`: the first person by a verb's ending
        listed = {c.start() for c in found.get("first_person", ())}
        for m in fw.first_person_verb.finditer(source):
            if m.start() not in listed and m.group().casefold() not in fw.words["not_first_person"]:
                found["first_person"] = sorted([*found.get("first_person", ()), Cue(*m.span())])
    return found


def _pieces(lang: str) -> list[str]:
    """Words and whole cue phrases of the language, in varied case and apostrophes, and odd
    pieces."""
    fw = load_fact_words(lang)
    words = sorted({w for key in fw.phrases for w in key})
    phrases = sorted(" ".join(key) for key in fw.phrases)
    return words + phrases + sorted(fw.inserted) + ["Desplegamos", "kilogramos", "colaborábamos"] + [p.title() for p in phrases[::7]] + [w.upper() for w in words[:40]] + [w.replace("'", "’") for w in words if "'" in w] + [
        "ß", "Straße", "l'", "d’", "-", "’", "ONU", "2019", "x"]


def _texts(lang: str) -> st.SearchStrategy[str]:
    gaps = st.sampled_from([" ", "  ", "\n", ", ", "-", "'", "’", "", " (", ". ", "\u00a0"])
    pairs = st.lists(st.tuples(st.sampled_from(_pieces(lang)), gaps), max_size=30)
    return pairs.map(lambda ps: "".join(w + g for w, g in ps))


def _check_scan(lang: str, text: str) -> None:
    fw = load_fact_words(lang)
    assert fw.scan(text) == reference_scan(fw, text)


@settings(max_examples=150, deadline=None)
@given(_texts("fr"))
def test_scan_as_the_direct_way_fr(text: str) -> None:
    _check_scan("fr", text)


@settings(max_examples=150, deadline=None)
@given(_texts("en"))
def test_scan_as_the_direct_way_en(text: str) -> None:
    _check_scan("en", text)


@settings(max_examples=150, deadline=None)
@given(_texts("es"))
def test_scan_as_the_direct_way_es(text: str) -> None:
    _check_scan("es", text)


def test_scan_finds_nested_and_folded_phrases() -> None:
    fw = load_fact_words("fr")
    text = "Dans le cadre de la COOPÉRATION, l’opération a été menée par la Straße."
    found = fw.scan(text)
    assert found == reference_scan(fw, text)
    assert found  # the sentence holds cue phrases: the test compares something


def reference_sentence_spans(doc) -> list[tuple[int, int]]:  # noqa: ANN001
    """`sentence_spans` written the direct way: one Python step per token."""
    if not len(doc):
        return []
    starts = [i for i, token in enumerate(doc) if token.is_sent_start] or [0]
    if starts[0] != 0:
        starts.insert(0, 0)
    ends = starts[1:] + [len(doc)]
    return [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in zip(starts, ends)]


_VOCAB = None


def _doc(words: list[str], spaces: list[bool], starts: list[bool | None]):  # noqa: ANN202
    global _VOCAB
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    _VOCAB = _VOCAB or Vocab()
    n = len(words)
    return Doc(_VOCAB, words=words, spaces=spaces[:n] + [True] * (n - len(spaces)),
               sent_starts=starts[:n] + [None] * (n - len(starts)))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Le", "pacte", ".", "ONU", "2019", "«", "a", "é"]), max_size=25),
       st.lists(st.booleans(), max_size=25), st.lists(st.sampled_from([True, False, None]), max_size=25))
def test_sentence_spans_as_the_direct_way(words: list[str], spaces: list[bool],
                                          starts: list[bool | None]) -> None:
    from partex.components.facts import sentence_spans

    doc = _doc(words, spaces, starts)
    assert sentence_spans(doc) == reference_sentence_spans(doc)


def test_sentence_spans_are_the_sentences() -> None:
    from partex.components.facts import sentence_spans

    doc = _doc(["Un", "accord", ".", "Deux", "parties", "."], [True] * 6, [True, False, False, True, False, False])
    assert sentence_spans(doc) == [(s.start_char, s.end_char) for s in doc.sents] == [(0, 11), (12, 26)]


def _check_gate(lang: str, text: str, named: list[int]) -> None:
    from partex.facts.document import FactDocument
    from partex.facts.refs import Ref

    fw = load_fact_words(lang)
    spans = [m.span() for m in SCAN_WORD.finditer(text)]
    mentions = [Ref(*spans[i % len(spans)], "ORG", "x") for i in sorted(set(named))] if spans else []
    doc = FactDocument.build(text, fw, mentions, [(0, len(text))], [])
    for name in ("joint_act", "made_by"):  # the joint doers' test of a whole text (cosubjects)
        if fw.has(name, doc.plain):
            assert doc.scanned(name), name


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(LANGS).flatmap(lambda lang: st.tuples(st.just(lang), _texts(lang))),
       st.lists(st.integers(0, 30), max_size=3))
def test_the_scan_finds_a_class_wherever_the_regex_does(case: tuple[str, str], named: list[int]) -> None:
    """The scan reads a word right before an apostrophe as part of a longer one (`jointly's`),
    where the regex finds it: the one known difference, left out here."""
    lang, text = case
    assume(re.search(r"\w['’]", text) is None)
    _check_gate(lang, text, named)


def test_the_scan_finds_joint_acts_in_made_up_texts() -> None:
    from partex.facts.document import FactDocument

    for lang, text, name in (("en", "Alpha and Beta jointly run the programme.", "joint_act"),
                             ("fr", "Le pont, construit par Alpha et Beta, relie les villes.", "made_by"),
                             ("es", "Alfa y Beta coordinan juntos la respuesta.", "joint_act")):
        fw = load_fact_words(lang)
        assert fw.has(name, text), (lang, name)
        doc = FactDocument.build(text, fw, [], [(0, len(text))], [])
        assert doc.scanned(name) and not doc.scanned("distributive")
