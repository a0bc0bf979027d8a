"""Programme names no list holds (opsfg14): a fund or facility named as what funds something
(`run_funding`), a UN body called Programme (`programme_body_owner`), a keyword before a
coinage written in mixed case, and an apposition with a definite article that says whose
programme a name is (`programme_apposition_of`). Made-up names, rule-only pipeline."""

import pytest


def labels(extractor, text, lang):
    return {r["text"]: r["label"] for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] in ("ORG", "OPERATION", "INSTRUMENT")}


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The centre was set up with grants funded under the Korvel-Zorbal Integration Fund and opened in May.",
     "Korvel-Zorbal Integration Fund"),
    ("en", "Grants under the Connecting Korvelia Facility can cover up to 85% of eligible costs.",
     "Connecting Korvelia Facility"),
    ("es", "La unidad recibe apoyo con cargo al Fondo Fiduciario Korvel para la Paz desde 2017.",
     "Fondo Fiduciario Korvel para la Paz"),
    ("fr", "Nos activités sont soutenues au titre du Fonds zorbalien pour la sécurité, depuis 2019.",
     "Fonds zorbalien pour la sécurité"),
])
def test_a_fund_named_as_what_funds_is_a_programme(extractor, lang, text, name):
    assert labels(extractor, text, lang).get(name) == "OPERATION"


def test_the_acronym_of_a_funding_programme_follows(extractor):
    found = labels(extractor, "The centre was set up with grants under the Korvel-Zorbal Integration Fund "
                              "(KZIF). The KZIF also pays for training.", "en")
    assert found.get("KZIF") == "OPERATION"


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The Korvel Harvest Fund opened an office in Zorbala in June.", "Korvel Harvest Fund"),
    ("en", "The Korvel Development Fund financed the road through the Zorbal Valley.", "Korvel Development Fund"),
    ("es", "El Fondo Korvel para el Desarrollo abrió una oficina en junio.", "Fondo Korvel para el Desarrollo"),
    ("en", "The survey was set up with financing from the Global Korvel Facility and opened in May.",
     "Global Korvel Facility"),
    ("es", "El proyecto está financiado por el Fondo Mundial para la Korvelización desde 2017.",
     "Fondo Mundial para la Korvelización"),
    # a source or a means of funding is a body as often as a programme
    ("en", "The bridge was financed through the Zorbalian Stability Mechanism in 2015.",
     "Zorbalian Stability Mechanism"),
    ("en", "The clinic was funded by the Korvel Fund for Arab Economic Development in 2012.",
     "Korvel Fund for Arab Economic Development"),
    ("es", "La carretera fue financiada por el Fondo Korveliano de Desarrollo en 2012.",
     "Fondo Korveliano de Desarrollo"),
    ("fr", "Le port a été financé au moyen du Fonds zorbalien de développement en 2012.",
     "Fonds zorbalien de développement"),
])
def test_a_fund_without_a_funding_phrase_before_it_stays_a_body(extractor, lang, text, name):
    assert labels(extractor, text, lang).get(name) == "ORG"


@pytest.mark.parametrize("lang, text, name, acronym", [
    ("en", "The United Nations Korvel Programme (UNKP) and the ministry work together. UNKP trains judges.",
     "United Nations Korvel Programme", "UNKP"),
    ("fr", "Le Programme des Nations Unies pour la korvelisation (PNUK) appuie les communes. Le PNUK forme "
           "aussi des juges.", "Programme des Nations Unies pour la korvelisation", "PNUK"),
    ("es", "El Programa de las Naciones Unidas para la Korvelización (PNUK) apoya a los municipios. El PNUK "
           "forma también a jueces.", "Programa de las Naciones Unidas para la Korvelización", "PNUK"),
])
def test_a_united_nations_programme_is_a_body(extractor, lang, text, name, acronym):
    found = labels(extractor, text, lang)
    assert found.get(name) == "ORG"
    assert found.get(acronym) == "ORG"


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The Korvel Harvest Programme (KHP) trains farmers in ten districts.", "Korvel Harvest Programme"),
    ("es", "La Fundación Korvel coordina el Programa Korvel de Salud Rural en diez distritos del país.",
     "Programa Korvel de Salud Rural"),
])
def test_a_programme_no_body_system_owns_stays_a_programme(extractor, lang, text, name):
    assert labels(extractor, text, lang).get(name) == "OPERATION"


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The First Nations Korvel Programme trains nurses in ten districts.", "First Nations Korvel Programme"),
    ("es", "El Programa Conjunto de las Naciones Unidas para la Korvelización apoya a diez municipios.",
     "Programa Conjunto de las Naciones Unidas para la Korvelización"),
    ("fr", "Le Programme conjoint des Nations Unies pour la korvelisation (PCNUK) appuie dix communes.",
     "Programme conjoint des Nations Unies pour la korvelisation"),
])
def test_nations_alone_or_a_joint_programme_names_no_body(extractor, lang, text, name):
    assert labels(extractor, text, lang).get(name) == "OPERATION"


@pytest.mark.parametrize("lang, text, name", [
    ("es", "La Fundación Korvel coordina el programa KORVELsur+, financiado por la Unión Europea para la "
           "cohesión social en América Latina.", "programa KORVELsur+"),
    ("en", "The ministry joined the programme ZORBAnet in 2019, and the initiative GovKorvel followed.",
     "programme ZORBAnet"),
    ("fr", "Le ministère a rejoint le programme ZORBAnet en 2019, puis l'initiative GovKorvel.",
     "initiative GovKorvel"),
])
def test_a_keyword_before_a_mixed_case_coinage_names_a_programme(extractor, lang, text, name):
    assert labels(extractor, text, lang).get(name) == "OPERATION"


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The ministry asked the programme Director to report in 2019.", "programme Director"),
])
def test_a_keyword_before_a_word_in_title_case_is_no_coinage(extractor, lang, text, name):
    assert labels(extractor, text, lang).get(name) != "OPERATION"


@pytest.mark.parametrize("lang, text, name", [
    ("es", "Desde la Fundación Korvel coordinamos KORVELsur+, el programa de la Unión Europea para la cohesión "
           "social en América Latina.", "KORVELsur+"),
    ("en", "The ministry took part in Zorbala Bridges, the programme of the European Union for regional "
           "cohesion, until 2020.", "Zorbala Bridges"),
    ("fr", "Le ministère participe à Korvelia Santé, le programme de l'Union européenne pour la santé "
           "rurale, depuis 2020.", "Korvelia Santé"),
])
def test_a_definite_apposition_says_whose_programme_a_name_is(extractor, lang, text, name):
    assert labels(extractor, text, lang).get(name) == "OPERATION"


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The ministry thanked Zorbala Bridges, the programme's main donor, in 2020.", "Zorbala Bridges"),
    ("fr", "Le Conseil korvelien, le programme et ses partenaires se réunissent chaque année.", "Conseil korvelien"),
    ("fr", "Le projet s'inscrit dans la Korvelia 2040, le programme de diversification économique du pays.",
     "Korvelia 2040"),
])
def test_no_definite_apposition_without_whose_it_is(extractor, lang, text, name):
    assert labels(extractor, text, lang).get(name) != "OPERATION"


def test_a_service_named_after_a_programme_the_text_names_is_a_programme(extractor):
    found = labels(extractor, "The data come from two services of the Korvel programme: the Korvel Ocean "
                              "Monitoring Service (KOMS) and the Korvel Land Service (KLS).", "en")
    assert found.get("Korvel Ocean Monitoring Service") == "OPERATION"
    assert found.get("KOMS") == "OPERATION"


def test_a_service_without_a_programme_named_stays_a_body(extractor):
    found = labels(extractor, "The data come from the Korvel Ocean Monitoring Service (KOMS), which opened "
                              "in 2019.", "en")
    assert found.get("Korvel Ocean Monitoring Service") == "ORG"
