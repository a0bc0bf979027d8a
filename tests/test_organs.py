"""An organ's title alone (`Secretaría Permanente`, `le Secrétariat exécutif`, `the Foundation
Board`) is the organ of the body the text speaks for, its norm written with that body's name and
the link the text writes before it. The bodies here are made up, so that no gazetteer knows them;
runs the shipped patterns on rule-only pipelines."""

import pytest


def orgs(extractor, text, lang):
    return [(r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] == "ORG"]


@pytest.mark.parametrize("lang, text, organ", [
    # the link the text writes before the body, or the one its article stands for
    ("es", "La Organización del Tratado del Río Verde (OTRV) cumple veinte años. Desde 2010 nuestra "
           "Secretaría Permanente funciona en Quito y la OTRV amplía su red.",
     ("Secretaría Permanente", "Secretaría Permanente de la OTRV")),
    ("es", "El Organismo Andino de Sanidad Vegetal (OASV) cumple diez años. La Secretaría Ejecutiva "
           "coordina el trabajo y el OASV crece.",
     ("Secretaría Ejecutiva", "Secretaría Ejecutiva del OASV")),
    # French titles no rule read before, the text's own apostrophe kept
    ("fr", "Le Comité permanent de lutte contre la sécheresse (COPLAS) réunit neuf États. Le "
           "Secrétariat exécutif, installé à Bamako, coordonne les travaux du COPLAS.",
     ("Secrétariat exécutif", "Secrétariat exécutif du COPLAS")),
    ("fr", "L’Union postale des lacs (UPL) fête ses cent ans. Le Bureau international, à Berne, "
           "sert l’UPL.",
     ("Bureau international", "Bureau international de l’UPL")),
    # English names the body first
    ("en", "The Global Fair Play Agency (GFPA) was founded in 2001. In Oslo, the Foundation Board "
           "adopted the budget.",
     ("Foundation Board", "GFPA Foundation Board")),
])
def test_an_organ_title_alone_is_the_organ_of_the_texts_body(extractor, lang, text, organ):
    assert organ in orgs(extractor, text, lang)


def test_an_organ_title_after_another_body_in_its_sentence_is_left_as_written(extractor):
    text = ("La Unión Postal Andina (UPA) publicó su informe. En Lima, el Consejo Andino de Pesca "
            "(CAP), cuya Secretaría General tiene su sede en Quito, se reunió.")
    assert ("Secretaría General", "Secretaría General") in orgs(extractor, text, "es")


@pytest.mark.parametrize("lang, text", [
    # lower case, or no determiner before it: no organ's title
    ("fr", "Le secrétariat général de la réunion a été assuré par la Banque."),
    ("es", "Se creó una secretaría permanente para la red de Quito."),
])
def test_a_lowercase_title_is_no_organ(extractor, lang, text):
    assert not [t for t, _ in orgs(extractor, text, lang) if t.lower().startswith("secr")]
