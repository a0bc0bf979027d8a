"""Bodies no gazetteer holds, read from cues the capitalised runs missed: a country's dotted
abbreviation before an English name (a word of the run itself), an acronym listed with bodies past a definition's parenthesis
or after a word that opens a list, an English name's complement in a French text, a name in
sentence case with a purpose linker. Made-up names, rule-only pipeline."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG", fields=("text",))


@pytest.mark.parametrize("text, name", [
    ("The raid was led by U.S. Northern Reef Command (NORECOM) last week.", "U.S. Northern Reef Command"),
    ("Two U.K. Harbour Police officers and a U.S. Navy crew took part.", "U.S. Navy"),
    ("The plan was signed by a US Navy rear admiral in Manama.", "US Navy"),
    # a dotted abbreviation is a word of the run, whatever it abbreviates, with a complement after
    ("Officers of the U.K. Border Force boarded the trawler at dawn.", "U.K. Border Force"),
    ("Funds came from the E.U. Korvel Reef Protection Agency and two banks.", "E.U. Korvel Reef Protection Agency"),
    ("The U.S. Office of Korvel Harbour Affairs issued the permit.", "U.S. Office of Korvel Harbour Affairs"),
])
def test_a_country_before_an_english_name_opens_it(extractor, text, name):
    assert name in orgs(extractor, text, "en")


@pytest.mark.parametrize("text", [
    "The ships were built in the U.S. The Commission approved the sale.",
    "Most of the tonnage went to the U.K. In the Korvel Harbour Authority the vote was split.",
    "Talks were held in the U.S. Canada joined them a week later.",
])
def test_a_sentence_ending_on_a_dotted_abbreviation_ends_the_name_there(extractor, text):
    assert not any(n.startswith(("U.S.", "U.K.")) for n in orgs(extractor, text, "en"))


@pytest.mark.parametrize("text, run, words", [
    ("when U.K. Border Force said", "U.K. Border Force", ["U.K.", "Border", "Force"]),
    ("a J.P.K. Korvel Trust grant", "J.P.K. Korvel Trust", ["J.P.K.", "Korvel", "Trust"]),
    ("sold in the U.S. The Harbour Board", "The Harbour Board", ["The", "Harbour", "Board"]),
])
def test_a_dotted_abbreviation_is_one_word_of_a_run(text, run, words):
    from partex.lexicon import load_lexicon
    from partex.resolve.regexes import Regexes
    regexes = Regexes.build(load_lexicon("en"))
    match = regexes.name_run.search(text)
    assert match.group() == run
    assert [w.group() for w in regexes.name_piece.finditer(text, match.start(), match.end())] == words


@pytest.mark.parametrize("text", [
    "The trawler docked at 5 P.M. Police seized its cargo.",
    "The raid began at 6 A.M. Customs officers boarded the ship.",
])
def test_a_time_of_day_opens_no_name(extractor, text):
    """`P.M.`, `A.M.` after a figure are a time's, no dotted abbreviation opening a run."""
    assert not any(n.startswith(("P.M.", "A.M.")) for n in orgs(extractor, text, "en"))


def test_a_time_of_day_is_no_word_of_a_run():
    from partex.lexicon import load_lexicon
    from partex.resolve.regexes import Regexes
    regexes = Regexes.build(load_lexicon("en"))
    assert "P.M." not in [w.group() for w in regexes.name_piece.finditer("at 5 P.M. Police")]


def test_a_country_alone_stays_a_country(extractor):
    got = found(extractor, "The U.S. delegation met the Korvel Coast Guard.", "en", fields=("label", "text"))
    assert ("COUNTRY", "U.S.") in got and ("ORG", "Korvel Coast Guard") in got


@pytest.mark.parametrize("lang, text, name", [
    ("en", "Guidance came from shipping bodies including KORSHIP and the International Chamber of Lighthouses.",
     "KORSHIP"),
    ("es", "Participan el Instituto Korvelio del Cacao (IKCACAO) y PROKORV en la costa, entre otras.", "PROKORV"),
    ("fr", "Le réseau réunit des instituts, notamment KORVELAB et l'Institut national du cacao.", "KORVELAB"),
])
def test_an_acronym_listed_with_bodies_is_a_body(extractor, lang, text, name):
    assert name in orgs(extractor, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Indicators such as GDP and the World Bank's ratings matter."),
    ("es", "Indicadores como el PIB y el Banco Mundial cuentan."),
])
def test_a_common_acronym_in_a_list_is_no_body(extractor, lang, text):
    assert not any(n in ("GDP", "PIB") for n in orgs(extractor, text, lang))


def test_an_english_name_ends_before_the_french_complement(extractor):
    got = found(extractor, "Le corridor associe le Federal Ministry of Harbours du Ghana à la douane.", "fr",
                fields=("label", "text"))
    assert ("ORG", "Federal Ministry of Harbours") in got and ("COUNTRY", "Ghana") in got


def test_a_french_name_keeps_its_country(extractor):
    got = orgs(extractor, "La Police fédérale du Brésil et le Conseil national de sécurité du Niger.", "fr")
    assert "Conseil national de sécurité du Niger" in got


@pytest.mark.parametrize("lang, text, name", [
    ("fr", "Le projet est mené avec la Commission korvelienne pour le tourisme et le patrimoine culturel depuis 2019.",
     "Commission korvelienne pour le tourisme et le patrimoine culturel"),
    ("fr", "La Commission saoudite pour la pêche et les ressources naturelles a signé.",
     "Commission saoudite pour la pêche et les ressources naturelles"),
    ("fr", "Paris a créé l'Agence française pour le développement de Korvel (Afakor) en 2018.",
     "Agence française pour le développement de Korvel"),
    ("es", "Firmó con la Comisión nacional para el desarrollo rural en mayo.",
     "Comisión nacional para el desarrollo rural"),
])
def test_a_name_in_sentence_case_opens_on_a_purpose(extractor, lang, text, name):
    assert name in orgs(extractor, text, lang)


def test_a_known_body_keeps_its_purpose_apart(extractor):
    got = orgs(extractor, "La Commission européenne pour le financement du climat a parlé.", "fr")
    assert "Commission européenne" in got and not any(n.startswith("Commission européenne pour") for n in got)


def test_a_short_name_read_past_its_first_fit_and_its_elided_uses(extractor):
    text = ("Paris a créé l'Agence française pour le développement de Korvel (Afakor) en 2018.\n\n"
            "À propos d'Afakor\n\nL'agence a son siège à Paris.")
    got = found(extractor, text, "fr", "ORG")
    assert ("Agence française pour le développement de Korvel", "Afakor") in got
    assert got.count(("Afakor", "Afakor")) == 2


def test_a_short_name_that_abbreviates_nothing_is_none(extractor):
    from partex.resolve.shortnames import abbreviates
    assert abbreviates("fedpol", "Office fédéral de la police")
    assert not abbreviates("Brasil", "Policía Federal de Brasil")
    assert not abbreviates("Korvel", "Agence nationale des ports")


@pytest.mark.parametrize("lang, text, name", [
    ("es", "La segunda reunión de la Conferencia de las Partes se celebró en Lima.", "Conferencia de las Partes"),
    ("fr", "La Conférence des Parties se réunira à Korvel.", "Conférence des Parties"),
    ("en", "Ahead of the 31st Conference of the Parties, the ministers met.", "31st Conference of the Parties"),
    ("fr", "Avant la 3e Conférence des Parties, les ministres se sont réunis.", "3e Conférence des Parties"),
    ("es", "Antes de la 3.ª Conferencia de las Partes, los ministros se reunieron.", "3.ª Conferencia de las Partes"),
])
def test_a_conference_of_the_parties_is_a_body(extractor, lang, text, name):
    assert name in orgs(extractor, text, lang)


def test_a_conference_of_the_parties_in_lower_case_is_none(extractor):
    assert orgs(extractor, "The states met at a conference of the parties in May.", "en") == []


def test_a_fleet_or_brigade_ends_an_english_name(extractor):
    got = orgs(extractor, "Two ships of the Korvel Ninth Fleet and the II Reef Expeditionary Brigade landed.", "en")
    assert "Korvel Ninth Fleet" in got and "II Reef Expeditionary Brigade" in got
    assert orgs(extractor, "The fleet and the brigade moved north.", "en") == []


@pytest.mark.model
def test_an_index_or_report_the_model_reads_as_a_body_is_none(model_extractor):
    text = "Le produit phare du réseau est l'Indice de la pêche illicite au Korvel. L'Indice montre un recul."
    got = found(model_extractor, text, "fr", "ORG", fields=("text",))
    assert not any(n.startswith("Indice") for n in got)
