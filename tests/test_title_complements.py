"""Titles of texts and programmes (ops-11): a title goes on across `and the`, `y la` to its next
complement, and after `para el` (Spanish `title_connector`); a dated decree keeps its date; a
hashtag after a campaign word is the campaign's name; a named day (`observance_noun`) and a
system of units (`unit_word`) are neither a text nor a programme. Made-up names, shipped
patterns, rule-only pipelines."""

import pytest

from mention_helpers import found


def labelled(extractor, text, lang, label):
    return found(extractor, text, lang, label, fields=("text",))


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Members apply the Zorbala Framework for Coastal Resilience and the Protection of Mangroves, adopted in 2019.",
     ["Zorbala Framework for Coastal Resilience and the Protection of Mangroves"]),
    ("es", "Aprobaron la Estrategia Regional de Resiliencia Costera y la Protección de los Manglares en 2019.",
     ["Estrategia Regional de Resiliencia Costera y la Protección de los Manglares"]),
    ("es", "La Ley 7/2020, de 5 de marzo, de Fomento para la Economía Social y la Innovación Rural entró en vigor.",
     ["Ley 7/2020, de 5 de marzo, de Fomento para la Economía Social y la Innovación Rural"]),
])
def test_a_title_goes_on_to_its_next_complement(extractor, lang, text, expected):
    assert labelled(extractor, text, lang, "INSTRUMENT") == expected


@pytest.mark.parametrize("lang, text", [
    # another text or a body after the conjunction is a name of its own
    ("en", "States ratified the Zorbala Convention on Fisheries and the Kyoto Protocol in 2005."),
    ("es", "Firmaron el Convenio sobre la Pesca Zorbalana y el Protocolo de Kioto en 2005."),
])
def test_not_across_to_another_name(extractor, lang, text):
    found = labelled(extractor, text, lang, "INSTRUMENT")
    assert not any(" and the " in f or " y el " in f for f in found)


def test_a_decree_keeps_its_date(extractor):
    text = "El estatuto fue creado por el Decreto 412 del 3 de junio de 2019, que lo regula."
    assert labelled(extractor, text, "es", "INSTRUMENT") == ["Decreto 412 del 3 de junio de 2019"]
    assert labelled(extractor, text, "es", "DATE") == []


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Con la campaña #NuestroMarNoSeVende, lanzada en 2020, el Gobierno pidió ayuda.",
     ["campaña #NuestroMarNoSeVende"]),
    ("fr", "Avec la campagne #NotreMerPasAVendre, lancée en 2020, le ministère a demandé de l'aide.",
     ["campagne #NotreMerPasAVendre"]),
    ("en", "The #CleanZorbalaRivers campaign began in 2020.", ["#CleanZorbalaRivers campaign"]),
])
def test_a_hashtag_campaign(extractor, lang, text, expected):
    assert labelled(extractor, text, lang, "OPERATION") == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "Every year on 3 May, Zorbalan Standards Day honours the experts who write them."),
    ("en", "Results are traceable to the International System of Units (SI). The SI was revised."),
    ("fr", "Les mesures sont traçables au Système international d’unités (SI). La révision du SI est entrée en vigueur."),
    ("es", "Las medidas remiten al Sistema Internacional de Unidades (SI). La revisión del SI entró en vigor."),
])
def test_neither_a_named_day_nor_a_unit_system(extractor, lang, text):
    found = [r for r in extractor.extract(text, doc_id="t", lang=lang) if r["label"] in ("INSTRUMENT", "OPERATION")]
    assert found == []


@pytest.mark.parametrize("text, expected", [
    # a title in capitals ends before a conjunction and lower-case words
    ("Un titular: el Estatuto Zorbalano de Protección y la respuesta regional a la migración",
     ["Estatuto Zorbalano de Protección"]),
    # a title in lower case goes on across it
    ("Firmaron el Tratado relativo a la protección y la promoción de la diversidad zorbalana en 2005.",
     ["Tratado relativo a la protección y la promoción de la diversidad zorbalana"]),
])
def test_a_title_in_capitals_ends_before_lower_case(extractor, text, expected):
    assert labelled(extractor, text, "es", "INSTRUMENT") == expected


@pytest.mark.parametrize("lang, text, alias", [
    ("en", "States signed the Zorbala Treaty on Coastal Fisheries, better known as the Blue Pact, in 2001.", "Blue Pact"),
    ("es", "Firmaron el Tratado de Pesca Costera de Zorbala, también conocido como Pacto Azul, en 2001.", "Pacto Azul"),
    ("es", "Firmaron el Tratado de Pesca Costera de Zorbala, más conocido como Pacto Azul, en 2001.", "Pacto Azul"),
])
def test_better_known_as(extractor, lang, text, alias):
    found = [r for r in extractor.extract(text, doc_id="t", lang=lang) if r["label"] == "INSTRUMENT"]
    assert [r["norm"] for r in found] == [alias, alias]


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The Programme for Mobile Health Units was launched in 2020.", "Programme for Mobile Health Units"),
    ("en", "Funds went to the Initiative for Rural Housing Units.", "Initiative for Rural Housing Units"),
])
def test_a_programme_for_units_is_still_a_programme(extractor, lang, text, name):
    """Only a unit word right after a linker ends a system of units (`System of Units`, `d'unités`)."""
    found = [r["text"] for r in extractor.extract(text, doc_id="t", lang=lang) if r["label"] in ("INSTRUMENT", "OPERATION")]
    assert name in found
