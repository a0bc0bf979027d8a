"""A gazetteer short title (`the Alliance`, NATO's after NATO) stands for the last body named
that it can stand for (`resolve/short_title_owners.py`). Made-up bodies, rule-only pipeline."""

import pytest


def norm_of_last(extractor, text, lang, surface):
    found = [r for r in extractor.extract(text, doc_id="t", lang=lang) if r["text"] == surface]
    return found[-1]["norm"]


@pytest.mark.parametrize("lang, text, title, body", [
    ("en", "NATO met in Brussels. Ministers also welcomed the Global Korvel Seed Alliance, and the Alliance "
           "pledged new funds.", "Alliance", "Global Korvel Seed Alliance"),
    ("es", "La OTAN se reunió en Bruselas. Los ministros saludaron a la Alianza Mundial para Semillas Korvel, "
           "y la Alianza prometió fondos.", "Alianza", "Alianza Mundial para Semillas Korvel"),
    ("fr", "L'OTAN s'est réunie à Bruxelles. Les ministres ont salué l'Alliance Mondiale Korvel pour les Semences, "
           "et l'Alliance a promis des fonds.", "Alliance", "Alliance Mondiale Korvel pour les Semences"),
])
def test_the_short_title_goes_to_the_body_named_last(extractor, lang, text, title, body):
    assert norm_of_last(extractor, text, lang, title) == body


@pytest.mark.parametrize("lang, text", [
    ("en", "The Global Korvel Seed Alliance met. NATO met in Brussels, and the Alliance pledged new funds."),
    ("en", "NATO met in Brussels, and the Alliance pledged new funds."),
])
def test_after_its_parent_named_last_it_stays_the_parents(extractor, lang, text):
    assert norm_of_last(extractor, text, lang, "Alliance") == "NATO"
