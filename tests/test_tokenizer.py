"""The folding tokenizer: folded text for the matchers, original text kept, runs kept short."""

import spacy

from partex.components.tokenizer import use_folding_tokenizer
from partex.text import MAX_RUN


def folding_nlp():
    nlp = spacy.blank("fr")
    use_folding_tokenizer(nlp)
    return nlp


def test_typographic_apostrophes_are_folded_and_the_original_kept():
    doc = folding_nlp()("l’ONU\u00a0a signé")
    assert doc.text == "l'ONU a signé"
    assert doc._.partex_original == "l’ONU\u00a0a signé"


def test_a_run_of_punctuation_is_cut_into_short_tokens_with_offsets_kept():
    text = "INTERPOL et l’ONU.\n\n" + "=" * 20_000 + "\n\nFin."
    doc = folding_nlp()(text)
    assert len(doc.text) == len(text)
    assert max(len(token) for token in doc) <= MAX_RUN
    assert doc._.partex_original == text
    assert text[doc[0].idx:doc[0].idx + len(doc[0])] == "INTERPOL"
    assert doc[-2].text == "Fin" and text[doc[-2].idx:doc[-2].idx + 3] == "Fin"
