"""A back-reference head (or a short title a gazetteer reads only after its parent body) followed
by an adjective in lower case and a linker opens a body's name of its own, not a reference to the
body named before. Runs the shipped patterns on the rule-only pipeline."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Conseil de sécurité a siégé hier. Le pays attend la création du Conseil électoral de "
           "la république."),
    ("es", "El Consejo de Seguridad sesionó ayer. Se anunció la creación del Consejo provisional de "
           "reconciliación."),
    ("fr", "La Commission européenne a publié son avis. La Commission nationale des droits de "
           "l'homme a répondu."),
])
def test_a_head_opening_another_name_is_no_back_reference(extractor, lang, text):
    found = orgs(extractor, text, lang)
    assert len(found) >= 1
    assert all(name.split()[0] != name for name, _ in found[1:]), found


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Conseil de sécurité a siégé hier. Le Conseil vient de prolonger le mandat."),
    ("es", "El Consejo de Seguridad sesionó ayer. El Consejo acaba de prorrogar el mandato."),
])
def test_a_verb_after_the_head_keeps_the_back_reference(extractor, lang, text):
    assert ("Consejo" if lang == "es" else "Conseil", "UNSC") in orgs(extractor, text, lang)


@pytest.mark.parametrize("lang, text, name", [
    ("fr", "Le gouvernement a installé le Conseil électoral de transition en mai.",
     "Conseil électoral de transition"),
    ("fr", "L'Observatoire régional des forêts publie ses données.", "Observatoire régional des forêts"),
])
def test_a_name_in_sentence_case_is_one_body(extractor, lang, text, name):
    assert name in [n for n, _ in orgs(extractor, text, lang)]


def test_a_known_body_keeps_its_complement_apart(extractor):
    found = [n for n, _ in orgs(extractor, "La Banque mondiale de plus en plus présente au Sahel.", "fr")]
    assert "Banque mondiale" in found and not any(n.startswith("Banque mondiale de") for n in found)


@pytest.mark.parametrize("lang, text, name", [
    ("fr", "Le ministre a reçu le Comité national de suivi demain matin.", "Comité national de suivi"),
    ("fr", "Elle a rejoint l'Office régional de santé hier soir.", "Office régional de santé"),
    ("es", "El Consejo Nacional de Seguridad se reunirá mañana por la tarde.", "Consejo Nacional de Seguridad"),
])
def test_a_word_after_the_name_that_is_no_adjective_ends_it(extractor, lang, text, name):
    """`hier`, `demain`, `mañana` end as adjectives do (-ier, -ain, -ana) and are none."""
    found = [n for n, _ in orgs(extractor, text, lang)]
    assert name in found and not any(n.startswith(name + " ") for n in found)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Centres commerciaux de quartier et marchés restent ouverts le dimanche."),
    ("fr", "Agences bancaires de province : la moitié fermera d'ici à 2030."),
    ("es", "Oficinas centrales de bancos y aseguradoras ocupan el barrio."),
    ("es", "Centros comerciales de barrio abrirán el domingo."),
])
def test_a_plural_head_in_sentence_case_opens_no_name(extractor, lang, text):
    """A plural head names a network in capitals (`Oficinas Consulares de Apoyo`); in sentence case
    (`Centres commerciaux de quartier`) it is an ordinary plural phrase."""
    assert orgs(extractor, text, lang) == []


@pytest.mark.parametrize("lang, text, stem", [
    ("fr", "La Marine française pour la première fois a croisé au large de Brest.", "Marine française pour"),
    ("fr", "Le Conseil municipal pour la troisième année a voté le budget.", "Conseil municipal pour"),
    ("fr", "Le Comité régional pour la dernière fois réuni à Lyon a conclu.", "Comité régional pour"),
    ("es", "La Policía nacional para la temporada alta reforzó sus patrullas.", "Policía nacional para"),
    ("es", "El Consejo municipal para la primera vez votó en línea.", "Consejo municipal para"),
])
def test_an_ordinal_or_a_time_noun_opens_no_complement(extractor, lang, text, stem):
    """After a purpose linker an ordinal or a noun of time (`not_complement_noun`) is an adverbial
    phrase, not the complement of a name in sentence case."""
    assert not any(n.startswith(stem) for n, _ in orgs(extractor, text, lang))


def test_a_purpose_complement_still_opens_a_name(extractor):
    found = [n for n, _ in orgs(extractor, "L'Office régional pour la protection des forêts a publié.", "fr")]
    assert "Office régional pour la protection des forêts" in found
