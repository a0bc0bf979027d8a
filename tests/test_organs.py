"""An organ's title alone (`Secretaría Permanente`, `le Secrétariat exécutif`, `the Foundation
Board`) is the organ of the body the text speaks for, its norm written with that body's name and
the link the text writes before it. The bodies here are made up, so that no gazetteer knows them;
runs the shipped patterns on rule-only pipelines."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG")


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


@pytest.mark.parametrize("lang, text, organ", [
    # generic governing organs, named alone, belong to the text's body
    ("fr", "L’Agence des routes du fleuve (ARF) a vingt ans. Le Comité des ministres, organe suprême "
           "de l’ARF, fixe son budget.",
     ("Comité des ministres", "Comité des ministres de l’ARF")),
    ("fr", "L’Office des semences du plateau (OSP) publie son rapport. Le Conseil des ministres a "
           "approuvé le plan de l’OSP.",
     ("Conseil des ministres", "Conseil des ministres de l’OSP")),
    ("en", "The Coastal Fisheries Agency (CFA) opened a new office. The Board of Directors approved "
           "the budget of the CFA.",
     ("Board of Directors", "CFA Board of Directors")),
    ("es", "La Agencia Andina de Semillas (AAS) cumple diez años. El Consejo de Administración "
           "aprobó el plan de la AAS.",
     ("Consejo de Administración", "Consejo de Administración de la AAS")),
    ("es", "El Fondo Regional del Agua (FRA) celebra su aniversario. El Comité de Ministros "
           "aprobó la estrategia del FRA.",
     ("Comité de Ministros", "Comité de Ministros del FRA")),
])
def test_a_governing_organ_alone_is_the_organ_of_the_texts_body(extractor, lang, text, organ):
    assert organ in orgs(extractor, text, lang)


@pytest.mark.parametrize("lang, text, organ", [
    # the acronym written only in its definition: the article before the long form gives the link
    ("fr", "Nous célébrons l’Union des ports lacustres (UPLA). Entre les sessions, le Conseil "
           "d'administration conduit nos travaux.",
     ("Conseil d'administration", "Conseil d'administration de l’UPLA")),
    ("es", "Celebramos hoy la Red Andina de Puertos (RAP). Entre las cumbres, el Consejo de "
           "Administración conduce los trabajos.",
     ("Consejo de Administración", "Consejo de Administración de la RAP")),
])
def test_the_link_of_an_organ_comes_from_the_article_before_the_bodys_long_form(
        extractor, lang, text, organ):
    assert organ in orgs(extractor, text, lang)


@pytest.mark.parametrize("text, title", [
    # an organ named by its kind and a lower-case qualifier, or a chamber of a court
    ("L’Union zorbale des ports (UZP) réunit douze États. Son Comité exécutif se réunit à Lomé.",
     "Comité exécutif"),
    ("La Cour zorbale de justice (CZJ) siège à Arusha. La Chambre de première instance a rendu son arrêt.",
     "Chambre de première instance"),
    ("La Cour zorbale de justice (CZJ) siège à Arusha. Le Parquet général a fait appel.",
     "Parquet général"),
])
def test_a_french_organ_title_with_its_qualifier_is_one_organ(extractor, text, title):
    assert title in [t for t, _ in orgs(extractor, text, "fr")]


@pytest.mark.parametrize("text, cut", [
    # the reviewer's: a title in sentence case that a longer name goes on after (an adjective)
    ("L'Union zorbale des ports (UZP) réunit douze États. Selon le Comité consultatif national "
     "d'éthique, le projet est sûr.", "Comité consultatif"),
    # made up: a place's adjective, a demonym, a second adjective after the title
    ("L'Union zorbale des ports (UZP) réunit douze États. Le Comité directeur régional a rendu un avis.",
     "Comité directeur"),
    ("La Cour zorbale de justice (CZJ) siège à Arusha. La Chambre d'appel fédérale a statué.",
     "Chambre d'appel"),
    ("L'Union zorbale des ports (UZP) réunit douze États. Le Conseil scientifique ivoirien a rendu un avis.",
     "Conseil scientifique"),
])
def test_a_french_organ_title_that_a_longer_name_goes_on_after_is_no_organ(extractor, text, cut):
    assert cut not in [t for t, _ in orgs(extractor, text, "fr")]


@pytest.mark.parametrize("text, title", [
    # a verb that ends as an adjective, its object after it: the title stands alone
    ("L'Union zorbale des ports (UZP) réunit douze États. Le Comité exécutif indique que le port rouvre.",
     "Comité exécutif"),
    ("L'Union zorbale des ports (UZP) réunit douze États. Le Conseil scientifique rappelle son avis.",
     "Conseil scientifique"),
])
def test_a_french_organ_title_before_a_verb_is_still_an_organ(extractor, text, title):
    assert (title, f"{title} de l'UZP") in orgs(extractor, text, "fr")
