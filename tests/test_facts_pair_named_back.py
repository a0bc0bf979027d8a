"""`Both organisations`, `les deux organisations`, `ambas organizaciones` after a sentence that names
more bodies than two, and no fact of two: the first two it names (its subject and the body beside it),
not the last two (a relative's or a participle's agents): facts20b, issue 11."""

from __future__ import annotations

import pytest

from facts_helpers import rule_document

_TEXTS = {
    "en": ("The MAPP has been in Colombia since 2004, as has the UNVMC, set up by the Security Council in 2017 "
           "after the UNMC had ended.", "Both organisations exchange information every week."),
    "fr": ("La MAPP est présente en Colombie depuis 2004, tout comme la UNVMC, créée par le Conseil de sécurité "
           "en 2017 après la fin de la UNMC.", "Les deux organisations échangent des informations chaque semaine."),
    "es": ("En Bogotá, la MAPP comparte el territorio con la UNVMC, creada por el Consejo de Seguridad en 2017 "
           "tras el fin de la UNMC.", "Ambas organizaciones intercambian información cada semana."),
}
_NAMES = {"MAPP": "MAPP", "UNVMC": "UNVMC", "UNMC": "UNMC", "Security Council": "UNSC",
          "Conseil de sécurité": "UNSC", "Consejo de Seguridad": "UNSC"}


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_a_pair_named_back_is_the_first_two_of_the_sentence_before(lang):
    doc, _ = rule_document("\n".join(_TEXTS[lang]), lang, {n: ("ORG", norm) for n, norm in _NAMES.items()})
    named_back = {a.norm for a in doc.actors(doc.sentences[1]) if a.label == "REFERENCE"}
    assert named_back == {"MAPP", "UNVMC"}


_ALIKE = {
    "en": ("The Delta Fund hosted UNICEF and the WHO in Nairobi.", "Both organisations exchange information every week."),
    "fr": ("Le Delta Fund a accueilli l'UNICEF et l'OMS à Nairobi.", "Les deux organisations échangent des informations chaque semaine."),
    "es": ("El Delta Fund acogió al UNICEF y a la OMS en Nairobi.", "Ambas organizaciones intercambian información cada semana."),
}


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_a_pair_named_back_is_a_list_of_two_named_alike(lang):
    # review, twentieth session: the two a conjunction joins, not the first two of the sentence
    names = {"Delta Fund": ("ORG", "Delta"), "UNICEF": ("ORG", "UNICEF"), "WHO": ("ORG", "WHO"), "OMS": ("ORG", "WHO")}
    doc, _ = rule_document("\n".join(_ALIKE[lang]), lang, names)
    named_back = {a.norm for a in doc.actors(doc.sentences[1]) if a.label == "REFERENCE"}
    assert named_back == {"UNICEF", "WHO"}
