"""A body named whole with its place or owner, and elsewhere without it, is one body: the short
form takes the whole name's norm (`resolve/complement_short_forms.py`). Made-up bodies, so that
no gazetteer knows them; read with the rules only."""

import pytest

from mention_helpers import found


@pytest.mark.parametrize("lang, text, short, norm", [
    ("es", "La Guardia Costera de Zorbalia firmó un acuerdo con la FAO. Según la Guardia Costera, "
           "el acuerdo durará cinco años.", "Guardia Costera", "Guardia Costera de Zorbalia"),
    ("en", "The Ministry of Fisheries of Zorbania signed a memorandum with FAO. "
           "The Ministry of Fisheries will host the training.", "Ministry of Fisheries",
     "Ministry of Fisheries of Zorbania"),
    ("fr", "L'Office national des forêts du Gabon coopère avec la FAO. "
           "L'Office national des forêts a publié un rapport.", "Office national des forêts",
     "Office national des forêts du Gabon"),
    # a place after the short name, where the complement is a body and not a country: its seat
    ("es", "La Guardia Costera de la Comisión Zorbalesa patrulla el golfo. La Guardia Costera tiene "
           "su base en Mombasa.", "Guardia Costera", "Guardia Costera de la Comisión Zorbalesa"),
    # the short form first, the whole name after it
    ("en", "The Ministry of Fisheries trained 40 inspectors. The Ministry of Fisheries of Zorbania "
           "thanked FAO.", "Ministry of Fisheries", "Ministry of Fisheries of Zorbania"),
])
def test_a_short_form_takes_the_whole_names_norm(extractor, lang, text, short, norm):
    assert (short, norm) in found(extractor, text, lang, "ORG")


@pytest.mark.parametrize("lang, text, short", [
    # two whole names the short form may stand for: it keeps its own
    ("es", "La Policía Nacional de Zorbalia y la Policía Nacional de Ruritania trabajan juntas. "
           "La Policía Nacional informó del resultado.", "Policía Nacional"),
    # what follows is another body's head, or a demonym, not a complement
    ("en", "The Zorbala Court of Justice Trust Fund finances the Zorbala Court of Justice.",
     "Zorbala Court of Justice"),
    ("fr", "Le Ministère du Travail zorbalien et l'OIT ont signé un accord. Le Ministère du Travail "
           "suivra sa mise en œuvre.", "Ministère du Travail"),
    # a complement of common words describes the body, it does not name its owner
    ("en", "The Zorbala Alliance for Research and Education trains engineers. The Zorbala Alliance "
           "has 12 members.", "Zorbala Alliance"),
])
def test_a_short_form_keeps_its_own_norm(extractor, lang, text, short):
    assert (short, short) in found(extractor, text, lang, "ORG")


@pytest.mark.parametrize("lang, text, short", [
    # the short name's sentence names another country: that country's body
    ("en", "The Ministry of Fisheries of Zorbania signed a memorandum with FAO. In Ghana, the Ministry "
           "of Fisheries opened two hatcheries.", "Ministry of Fisheries"),
    ("es", "La Guardia Costera de Zorbalia firmó un convenio con la FAO. En Chile, la Guardia Costera "
           "rescató a diez pescadores.", "Guardia Costera"),
    ("fr", "L'Office national des forêts du Gabon coopère avec la FAO. Au Cameroun, l'Office national "
           "des forêts a planté mille arbres.", "Office national des forêts"),
    # the complement is a country: a place anywhere in the short name's sentence names its owner
    ("en", "The Ministry of Fisheries of Namibia signed a memorandum with FAO. The Ministry of Fisheries "
           "opened two hatcheries in Ghana.", "Ministry of Fisheries"),
    # a possessive names the owner before the short name
    ("en", "The Ministry of Fisheries of Zorbania hosted the talks. Ruritania's Ministry of Fisheries "
           "sent two observers.", "Ministry of Fisheries"),
    # a demonym after the short name names another owner, and the text then has two such bodies
    ("es", "La Guardia Costera de Zorbalia y la Guardia Costera italiana patrullan juntas. La Guardia "
           "Costera publicará el informe.", "Guardia Costera"),
    ("fr", "L'Office national des forêts du Gabon a reçu l'Office national des forêts belge. "
           "L'Office national des forêts publiera le bilan.", "Office national des forêts"),
    # a longer name the short one opens without completing it is a rival: two bodies
    ("es", "La Universidad Técnica de Zorbalia y la Universidad Técnica Abierta de Ruritania firmaron "
           "un convenio. La Universidad Técnica recibirá a los becarios.", "Universidad Técnica"),
    ("en", "The Coastal Board of Zorbania and the Coastal Board for Marine Research met in May. "
           "The Coastal Board approved the plan.", "Coastal Board"),
    # an organ's name: any body's organ (here the second body's), not only the one named whole
    ("en", "The Scientific Committee of the Zorbala Commission met in May. At the Ruritania "
           "Commission's session, the Scientific Committee lowered the quotas.", "Scientific Committee"),
    ("es", "La Junta Ejecutiva del Fondo Zorbalés aprobó el presupuesto. El Banco Ruritano también se "
           "reunió: la Junta Ejecutiva respaldó su plan.", "Junta Ejecutiva"),
    # the sentence before names another country
    ("es", "La Guardia Costera de Zorbalia detuvo a dos sospechosos. Chile no envió agentes. Al otro "
           "lado de la frontera, la Guardia Costera incautó tres toneladas.", "Guardia Costera"),
    # a demonym before the short name in its sentence
    ("fr", "L'Office national des forêts du Gabon coopère avec la FAO. La délégation belge était "
           "conduite par l'Office national des forêts.", "Office national des forêts"),
    # English writes its demonyms with a capital, and before the noun
    ("en", "The Ministry of Fisheries of Zorbania signed a memorandum with FAO. The Ugandan delegation "
           "was led by the Ministry of Fisheries.", "Ministry of Fisheries"),
])
def test_a_short_form_another_owner_may_hold_keeps_its_own_norm(extractor, lang, text, short):
    norms = {norm for name, norm in found(extractor, text, lang, "ORG") if name == short}
    assert norms == {short}


def test_a_gazetteer_name_keeps_its_id(extractor):
    # `World Bank` is a gazetteer name whose id is its text: a made-up whole name it opens is
    # another body, not the one the gazetteer names
    text = ("The World Bank of Zorbania signed a loan with FAO. The World Bank will monitor the "
            "project.")
    assert ("World Bank", "World Bank") in found(extractor, text, "en", "ORG")
