"""An English name before `fund`, `facility` or `system` is a programme (OPERATION), as before
`programme`; funds with a legal personality of their own are in the gazetteer as bodies; the
Portuguese `Operação` opens an operation's name. Made-up names, shipped patterns, rule-only
pipelines."""

import pytest

from mention_helpers import found


def labelled(extractor, text, lang):
    return found(extractor, text, lang, fields=("label", "text"))


@pytest.mark.parametrize("word", ["system", "fund", "facility"])
def test_an_acronym_before_a_fund_word_is_a_programme(extractor, word):
    text = f"The agency issues alerts through the KORVEL {word} every week."
    assert ("OPERATION", f"KORVEL {word}") in labelled(extractor, text, "en")


@pytest.mark.parametrize("lang, text, body", [
    ("es", "El Fondo Monetario Internacional publicó su informe.", "Fondo Monetario Internacional"),
    ("fr", "Le Fonds monétaire international a publié son rapport.", "Fonds monétaire international"),
    ("es", "Los protocolos movilizan el Fondo Central para la Acción en Casos de Emergencia.",
     "Fondo Central para la Acción en Casos de Emergencia"),
])
def test_a_fund_the_gazetteer_holds_as_a_body_stays_a_body(extractor, lang, text, body):
    assert ("ORG", body) in labelled(extractor, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("es", "En Brasil, la Operação Tamarindo acoge a los recién llegados."),
    ("fr", "Au Brésil, l'Operação Tamarindo accueille les nouveaux arrivants."),
    ("en", "In Brazil, Operação Tamarindo receives the new arrivals."),
])
def test_a_portuguese_operation_keyword_names_an_operation(extractor, lang, text):
    assert [(r["label"], r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] == "OPERATION"] == [("OPERATION", "Operação Tamarindo", "Tamarindo")]
