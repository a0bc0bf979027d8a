"""Lists whose members carry their own organs or countries, agreements whose signature word
comes after a long instrument name, and cooperation under an agreement named back (issue 11)."""

from __future__ import annotations

import pytest

from facts_helpers import tuples


def _pairs(fast, text: str, lang: str, kind: str = "PARTNERSHIP") -> set:
    return {t[1] for t in tuples(fast.analyse(text, doc_id="t", lang=lang)) if t[0] == kind}


@pytest.mark.parametrize("lang, text", [
    ("es", "La vigilancia descansa en la cooperación entre las autoridades: la Armada de Chile, la Marina de "
           "Guerra del Perú y su Guardia Costera, la Dirección General de Aduanas del Ecuador y la Policía Nacional de Colombia."),
    ("en", "Surveillance rests on cooperation between the national authorities: the Chilean Navy, the Peruvian "
           "Navy and its Coast Guard, the Customs Service of Ecuador and the National Police of Colombia."),
])
def test_a_body_and_its_own_organ_do_not_end_the_list(fast, lang, text):
    pairs = _pairs(fast, text, lang)
    assert len({n for p in pairs for n in p}) == 5, pairs


@pytest.mark.parametrize("lang, text", [
    ("es", "El marco es el Acuerdo de Navegación Fluvial por el Río Amazonas (Iquitos-Manaos), firmado en "
           "la ciudad de Lima (Perú) el 3 de mayo de 2001 por Perú, Colombia y Brasil."),
    ("en", "The framework is the Agreement on River Navigation on the Upper Amazon (Iquitos-Manaus), signed in "
           "the city of Lima (Peru) on 3 May 2001 by Peru, Colombia and Brazil."),
])
def test_the_agent_of_a_signature_word_far_after_the_instrument_signs_it(fast, lang, text):
    assert {("col", "per"), ("bra", "col"), ("bra", "per")} <= _pairs(fast, text, lang, "AGREEMENT")


@pytest.mark.parametrize("lang, text", [
    ("es", "El Acuerdo de Lima fue firmado el 3 de mayo de 2001 por Chile y Perú.\n\n"
           "La aplicación del acuerdo descansa en la cooperación entre la Armada de Chile y la Marina de Guerra del Perú."),
    ("en", "The Lima Agreement was signed on 3 May 2001 by Chile and Peru.\n\n"
           "The implementation of the agreement rests on cooperation between the Chilean Navy and the Peruvian Navy."),
    ("fr", "L'Accord de Lima a été signé le 3 mai 2001 par le Chili et le Pérou.\n\n"
           "La mise en œuvre de l'accord repose sur la coopération entre la Police nationale du Chili et la Police nationale du Pérou."),
])
def test_cooperation_under_the_agreement_named_back_has_it_as_framework(fast, lang, text):
    found = {t for t in tuples(fast.analyse(text, doc_id="t", lang=lang)) if t[0] == "PARTNERSHIP" and len(t) > 2}
    assert found and all(t[2] == "framework" and "lima" in t[3] for t in found), found


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nous, l'ONUDC, travaillons avec l'OMS et les autres agences du système : l'UNESCO, le PNUD et l'UNICEF."),
    ("es", "Nosotros, la UNODC, trabajamos con la OMS y las demás agencias del sistema: la UNESCO, el PNUD y UNICEF."),
])
def test_a_noun_a_colon_details_after_the_partners_adds_partners_not_pairs(fast, lang, text):
    pairs = _pairs(fast, text, lang)
    assert {("unesco", "unodc"), ("undp", "unodc")} <= pairs, pairs
    assert not {("undp", "unesco"), ("unesco", "unicef")} & pairs, pairs


@pytest.mark.parametrize("lang, text", [
    ("en", "UNODC began this work in 2007 with a grant from Japan and a multi-donor trust fund supported by Canada, France and the European Union."),
    ("fr", "L'ONUDC a démarré ce travail en 2007 grâce à une subvention du Japon et à un fonds fiduciaire financé par le Canada, la France et l'Union européenne."),
    ("es", "La UNODC inició este trabajo en 2007 con una donación de Japón y un fondo fiduciario financiado por Canadá, Francia y la Unión Europea."),
])
def test_supporters_of_a_thing_named_by_a_common_noun_support_the_sentence_subject(fast, lang, text):
    pairs = _pairs(fast, text, lang)
    assert {("can", "unodc"), ("fra", "unodc"), ("eu", "unodc")} <= pairs, pairs
    assert ("can", "jpn") not in pairs, pairs


@pytest.mark.parametrize("lang, text", [
    ("en", "The Pact was signed in Leticia, Colombia, on 6 September 2019 by five countries: Bolivia, Brazil, Colombia, Ecuador and Peru."),
    ("es", "El Pacto fue firmado en Leticia, Colombia, el 6 de septiembre de 2019 por cinco países: Bolivia, Brasil, Colombia, Ecuador y Perú."),
])
def test_a_state_between_commas_after_a_place_only_locates_it(fast, lang, text):
    assert {("bol", "col"), ("col", "per")} <= _pairs(fast, text, lang, "AGREEMENT")
