"""Instruments named by a head and a quoted title, by an alias after `dite`, by an owner's acronym
or cut before the place of signing; people after stacked titles or as the agent of a verb of
leading. Rule-only pipelines, made-up sentences."""

import pytest

from partex.extractor import Extractor


@pytest.fixture(scope="module")
def extractor(fast) -> Extractor:
    return fast  # the shipped patterns, no model


def found(extractor, text, lang, labels):
    return [(r["label"], r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] in labels]


@pytest.mark.parametrize("lang, text, expected", [
    # a head, a lower-case qualifier and a title in quotation marks; the head alone after it
    ("fr", "Les agences ont lancé la Charte internationale « Océans et tempêtes » en 2001. Depuis, la Charte réunit dix agences.",
     [("INSTRUMENT", "Charte internationale « Océans et tempêtes »", "Charte internationale « Océans et tempêtes »"),
      ("INSTRUMENT", "Charte", "Charte internationale « Océans et tempêtes »")]),
    # a text's head after a place and a comma is no place listed with it
    ("fr", "Les agences ont lancé la Charte internationale « Océans et tempêtes ».\n\nEn Océanie, la Charte aide les États.",
     [("INSTRUMENT", "Charte internationale « Océans et tempêtes »", "Charte internationale « Océans et tempêtes »"),
      ("INSTRUMENT", "Charte", "Charte internationale « Océans et tempêtes »")]),
    ("es", "Los países firmaron la Carta «Agua para Todos» en 2019.",
     [("INSTRUMENT", "Carta «Agua para Todos»", "Carta «Agua para Todos»")]),
    # an alias given after `dite` / `conocida como`: a lower-case head and a capitalised name,
    # the text cited by its number keeps that number as its norm; the marks stay out
    ("fr", "Les États appliquent la directive (UE) 2031/4417, dite directive ZEN 4, qui étend les obligations.",
     [("INSTRUMENT", "directive (UE) 2031/4417", "directive (UE) 2031/4417"),
      ("INSTRUMENT", "directive ZEN 4", "directive (UE) 2031/4417")]),
    ("fr", "Il poursuit les fraudes définies par la directive (UE) 2030/1122, dite « directive OLAF ».",
     [("INSTRUMENT", "directive (UE) 2030/1122", "directive (UE) 2030/1122"),
      ("INSTRUMENT", "directive OLAF", "directive (UE) 2030/1122")]),
    # a name that says no topic ends before the place it was signed in; a topic keeps its place
    ("es", "Chile firmó la Convención del Kilo en Lisboa el 3 de mayo de 1880.",
     [("INSTRUMENT", "Convención del Kilo", "Convención del Kilo")]),
    ("fr", "La France a signé la Convention du Mètre à Paris le 20 mai 1875.",
     [("INSTRUMENT", "Convention du Mètre", "Convention du Mètre")]),
    # an owner's acronym right before a text's name is inside it
    ("en", "Both centres contribute to the ECOWAS Maritime Security Cooperation Strategy 2024-2028, which calls for patrols.",
     [("INSTRUMENT", "ECOWAS Maritime Security Cooperation Strategy 2024-2028",
       "ECOWAS Maritime Security Cooperation Strategy 2024-2028")]),
    # `Arrangement` heads a text, and its acronym follows it
    ("en", "Ports in the region work under the Quadrilateral Maritime Arrangement (QMA). We welcome the QMA.",
     [("INSTRUMENT", "Quadrilateral Maritime Arrangement", "QMA"), ("INSTRUMENT", "QMA", "QMA"),
      ("INSTRUMENT", "QMA", "QMA")]),
])
def test_instruments_named_by_their_wording(extractor, lang, text, expected):
    assert found(extractor, text, lang, ("INSTRUMENT",)) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # titles stacked after a civil title stay out of the name
    ("en", "It was signed by Professor Sir Malcolm Trundle and by the Honourable Mr Justice Keith Ambrose.",
     ["Malcolm Trundle", "Keith Ambrose"]),
    # a lower-case title before a name (Spanish, French)
    ("es", "La doctora Elena Ríos habló.", ["Elena Ríos"]),
    ("fr", "Le professeur Jean-Marc Lefort a présidé la séance.", ["Jean-Marc Lefort"]),
    # the agent of a verb of leading, a few words between; bodies, places and titles are not
    ("es", "El ensayo, dirigido por Ramiro Quintana, mostró efectos. La Agencia, dirigida desde 2020 por Elena Ríos Vidal, coordina.",
     ["Ramiro Quintana", "Elena Ríos Vidal"]),
    ("en", "The review, led by Mary Okafor, and the panel chaired by the World Bank met.", ["Mary Okafor"]),
    ("es", "El proyecto, dirigido por Costa Rica, avanzó.", []),
    ("en", "The directorate, led since 2017 by Ms Jane Roe, reports.", ["Jane Roe"]),
])
def test_people_after_stacked_titles_and_as_agents(extractor, lang, text, expected):
    assert [t for _, t, _ in found(extractor, text, lang, ("PERSON",))] == expected


@pytest.mark.parametrize("lang, text", [
    # a verb between a text's head and a quotation: the quotation is what the text says, no title
    ("fr", "La Convention prévoit « Les États parties coopèrent » dans son article 4."),
    ("en", 'The Agreement states "All parties shall cooperate" in its preamble.'),
    ("es", "La Carta establece «Los Estados cooperan» desde 1990."),
])
def test_a_quotation_after_a_verb_is_no_instruments_title(extractor, lang, text):
    assert not [t for label, t, _ in found(extractor, text, lang, {"INSTRUMENT"}) if "«" in t or '"' in t]
