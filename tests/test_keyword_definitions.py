"""A lower-case programme keyword, its linker, a title and the acronym that defines it are one
programme (keyword in the span, acronym as norm); an operation keyword of another of the three
languages opens an operation's name; a few programmes the gazetteer holds. Made-up names,
shipped patterns, rule-only pipelines."""

import pytest

from mention_helpers import found


def operations(extractor, text, lang):
    return [(r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] == "OPERATION"]


@pytest.mark.parametrize("lang, text, long, acronym", [
    ("fr", "Le centre coordonne le programme de Surveillance des Ressources Halieutiques (SURHAL) depuis 1990.",
     "programme de Surveillance des Ressources Halieutiques", "SURHAL"),
    ("fr", "Il applique le programme d'Appui à la gouvernance des ports en Afrique (AGPA), conduit par le centre.",
     "programme d'Appui à la gouvernance des ports en Afrique", "AGPA"),
    ("es", "La comisión coordina el programa de Vigilancia Regional de las Mareas Australes (VIRMA) desde 1980.",
     "programa de Vigilancia Regional de las Mareas Australes", "VIRMA"),
    ("en", "The ministry runs the programme for Coastal Resilience in West Africa (PCRWA) with its partners.",
     "programme for Coastal Resilience in West Africa", "PCRWA"),
    ("fr", "L'agence participe à l'initiative Kalo sur l'accès aux soins en Afrique (KALO+) depuis 2021.",
     "initiative Kalo sur l'accès aux soins en Afrique", "KALO+"),
])
def test_a_keyword_title_and_its_acronym_are_one_programme(extractor, lang, text, long, acronym):
    found_ops = operations(extractor, text, lang)
    assert (long, acronym) in found_ops
    assert (acronym, acronym) in found_ops


def test_a_later_use_of_the_acronym_is_the_programme(extractor):
    text = ("El instituto dirige el programa de Vigilancia Regional de las Mareas Australes (VIRMA). "
            "Cada año, el VIRMA publica un informe.")
    assert operations(extractor, text, "es").count(("VIRMA", "VIRMA")) == 2


def test_an_acronym_the_gazetteer_holds_for_a_body_is_no_programme(extractor):
    text = "Elle soutient le programme de Coopération avec l'Union africaine (UA) depuis 2015."
    assert all(norm != "UA" and not t.startswith("programme de") for t, norm in operations(extractor, text, "fr"))
    assert ("ORG", "UA") in found(extractor, text, "fr", fields=("label", "text"))


@pytest.mark.parametrize("lang, text, name, norm", [
    ("en", "The troops left when Opération Dunes ended.", "Opération Dunes", "Dunes"),
    ("es", "La fundación organiza cada verano la Opération Dunes, que recibe a los viajeros.", "Opération Dunes", "Dunes"),
    ("fr", "La marine espagnole a lancé l'Operación Ancla en 2019.", "Operación Ancla", "Ancla"),
    ("en", "The navy launched operación Ancla in 2019.", "operación Ancla", "Ancla"),
])
def test_an_operation_keyword_of_another_language_names_an_operation(extractor, lang, text, name, norm):
    assert (name, norm) in operations(extractor, text, lang)


@pytest.mark.parametrize("lang, text, name", [
    ("en", "Sweden joined NATO's Partnership for Peace in 1994.", "Partnership for Peace"),
    ("fr", "La Suède a rejoint le Partenariat pour la paix en 1994.", "Partenariat pour la paix"),
    ("es", "El Fundo Amazônia financia proyectos de conservación.", "Fundo Amazônia"),
    ("es", "El Fondo Amazonia financia proyectos de conservación.", "Fondo Amazonia"),
    ("es", "El banco creó el Fondo Vidas y Medios de Vida en 2016.", "Fondo Vidas y Medios de Vida"),
])
def test_programmes_the_gazetteer_holds(extractor, lang, text, name):
    assert name in [t for t, _ in operations(extractor, text, lang)]


def test_a_title_that_lists_its_objects_goes_on_over_commas(extractor):
    text = "Le pays participe à l'initiative Kalo sur l'accès aux vaccins, aux soins et aux tests en Afrique (KALO+)."
    assert ("initiative Kalo sur l'accès aux vaccins, aux soins et aux tests en Afrique", "KALO+") \
        in operations(extractor, text, "fr")


def test_a_clause_after_a_comma_ends_the_title(extractor):
    text = "Le centre suit le programme de Surveillance des Côtes, financé par la banque et les donateurs (SCBD)."
    assert not any(t.startswith("programme de") and "," in t for t, _ in operations(extractor, text, "fr"))


@pytest.mark.parametrize("text", [
    "Depuis 2008, l'opération Kestrel réunit les Forces armées du Levant (FAL) et la police.",
    "Depuis 2008, l'opération Kestrel associe la Direction des Douanes du Levant (DDL).",
])
def test_a_verb_after_the_name_is_no_title(extractor, text):
    assert all(not t.startswith("opération Kestrel ") for t, _ in operations(extractor, text, "fr"))
    assert ("opération Kestrel", "Kestrel") in operations(extractor, text, "fr")  # the operation is still read


def test_a_keyword_before_a_body_with_its_article_is_no_title(extractor):
    text = "El hospital nació por iniciativa del Ministerio de Salud de Arcadia (MISAR) en 1996."
    assert all(not t.startswith("iniciativa") and n != "MISAR" for t, n in operations(extractor, text, "es"))
    assert ("ORG", "MISAR") in found(extractor, text, "es", fields=("label", "text"))


def test_a_known_programme_opening_the_title_is_part_of_it(extractor):
    text = "Il s'inscrit dans l'initiative Team Europe sur la production de vaccins en Afrique (PVA+), dotée de fonds."
    assert ("initiative Team Europe sur la production de vaccins en Afrique", "PVA+") in operations(extractor, text, "fr")


@pytest.mark.parametrize("text, long, label", [
    ("Under the Kolvar Control and Northern Basin Project (KCNBP), the dam was built.",
     "Kolvar Control and Northern Basin Project", "OPERATION"),
    ("The Kolvar Fisheries and Aquaculture Authority (KFAA) licenses the fleet.",
     "Kolvar Fisheries and Aquaculture Authority", "ORG"),
])
def test_a_conjunction_does_not_open_a_long_forms_complement(extractor, text, long, label):
    assert (label, long) in found(extractor, text, "en", fields=("label", "text"))


@pytest.mark.parametrize("lang, text, acronym", [
    ("fr", "Le centre coordonne le programme de Surveillance des Ressources Halieutiques (SURHAL) depuis 1990.",
     "SURHAL"),
    ("es", "La comisión coordina el programa de Vigilancia Regional de las Mareas Australes (VIRMA) desde 1980.",
     "VIRMA"),
])
def test_the_acronym_an_org_candidate_holds_is_one_candidate(lang, text, acronym):
    """An ORG candidate at the acronym becomes the programme: no second candidate at its span."""
    from types import SimpleNamespace

    from partex.mention import Mention
    from partex.resolve.context import State
    from partex.resolve.keyword_definitions import keyword_definitions
    from partex.resolve.knowledge import build_knowledge

    knowledge = build_knowledge(lang)
    ctx = SimpleNamespace(text=text, lexicon=knowledge.lexicon, knowledge=knowledge)
    start = text.index(acronym)
    span = (start, start + len(acronym))
    state = keyword_definitions(ctx, State((Mention(*span, "ORG", acronym, "rule:acronym"),)))
    at_acronym = [c for c in state.candidates if (c.start, c.end) == span]
    assert [(c.label, c.norm) for c in at_acronym] == [("OPERATION", acronym)]
