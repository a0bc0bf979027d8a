"""A census or a survey is an operation, whatever words follow its head (`survey_head`): a word
that makes other programme names bodies (`Nacional`, as in `Sistema Nacional de …`) does not
make `Encuesta Nacional de …` one. English `census` is no head (names often open on their year,
`2020 Census of …`, which the head does not take, and the facts lost more than the names gained).
Made-up sentences, rule-only pipeline."""

import pytest

from mention_helpers import found


@pytest.mark.parametrize("lang, text, name, acr", [
    ("es", "El instituto levantó la Encuesta Nacional de Ingresos Rurales (ENIR) en todo el país.",
     "Encuesta Nacional de Ingresos Rurales", "ENIR"),
    ("es", "En 2018 se realizó el Censo Nacional Agropecuario (CENAGRO) en las 24 provincias.",
     "Censo Nacional Agropecuario", "CENAGRO"),
    ("fr", "L'institut a conduit le Recensement général de l'élevage (RGE) dans tout le pays.",
     "Recensement général de l'élevage", "RGE"),
    ("fr", "Les résultats de l'Enquête nationale sur la pêche artisanale (ENPA) sont publiés.",
     "Enquête nationale sur la pêche artisanale", "ENPA"),
])
def test_a_census_or_a_survey_is_an_operation(extractor, lang, text, name, acr):
    got = found(extractor, text, lang, fields=("text", "label"))
    assert (name, "OPERATION") in got
    assert (acr, "OPERATION") in got
    assert not any(label == "ORG" for _, label in got)


@pytest.mark.parametrize("lang, text, name", [
    ("es", "La Oficina Nacional del Censo firmó un convenio con la universidad.", "Oficina Nacional del Censo"),
    ("en", "The Census Bureau of Ruritania signed an agreement with the university.", "Census Bureau of Ruritania"),
])
def test_a_body_named_after_its_census_stays_a_body(extractor, lang, text, name):
    assert (name, "ORG") in found(extractor, text, lang, fields=("text", "label"))
