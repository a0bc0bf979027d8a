"""Fast paths give the answers of the plain code they replace (each plain version is kept here,
written the direct way, as the reference)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from partex.facts.words import WORD, Cue, FactWords, load_fact_words

LANGS = ("fr", "en", "es")


def reference_scan(fw: FactWords, text: str) -> dict[str, list[Cue]]:
    """`FactWords.scan` written the direct way: every word of the text, every phrase from it."""
    folded = text.casefold().replace("’", "'")
    source = folded if len(folded) == len(text) else text
    words = [(m.start(), m.end(), m.group().casefold().replace("’", "'")) for m in WORD.finditer(source)]
    found: dict[str, list[Cue]] = {}
    for i in range(len(words)):
        key: tuple[str, ...] = ()
        for j in range(i, min(len(words), i + fw.longest)):
            if j > i and not text[words[j - 1][1]:words[j][0]].isspace():
                break
            key += (words[j][2],)
            if key not in fw.prefixes:
                break
            for name in fw.phrases.get(key, ()):
                found.setdefault(name, []).append(Cue(words[i][0], words[j][1]))
    return found


def _pieces(lang: str) -> list[str]:
    """Words of the language's cue phrases, in varied case and apostrophes, and odd pieces."""
    fw = load_fact_words(lang)
    words = sorted({w for key in fw.phrases for w in key})
    return words + [w.upper() for w in words[:40]] + [w.replace("'", "’") for w in words if "'" in w] + [
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
