"""Agreements in wordings of their own: a subject list adopting an instrument across auxiliaries,
a state acting through its government, Spanish first-person signatures, and the partners after
`with` ending at a clause of another noun (the rules alone, on given mentions)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

BODIES = {"Union africaine": ("ORG", "AU"), "UA": ("ORG", "AU"), "African Union": ("ORG", "AU"),
          "Unión Africana": ("ORG", "AU"), "CEDEAO": ("ORG", "ECOWAS"), "ECOWAS": ("ORG", "ECOWAS"),
          "Economic Community of West African States": ("ORG", "ECOWAS"),
          "Charte de Lomé": ("INSTRUMENT", "Lomé Charter"), "Lomé Charter": ("INSTRUMENT", "Lomé Charter"),
          "Carta de Lomé": ("INSTRUMENT", "Lomé Charter"), "mars 2016": ("DATE", "2016-03"),
          "March 2016": ("DATE", "2016-03"), "marzo de 2016": ("DATE", "2016-03")}
PAIR = ("au", "ecowas")


@pytest.mark.parametrize("lang, text", [
    ("fr", "En mars 2016, l'Union africaine et la CEDEAO ont adopté ensemble la Charte de Lomé."),
    ("en", "In March 2016, the African Union and the Economic Community of West African States (ECOWAS) adopted "
           "the Lomé Charter."),
    ("en", "In March 2016, the African Union and ECOWAS have jointly adopted the Lomé Charter."),
    ("es", "En marzo de 2016, la Unión Africana y la CEDEAO han adoptado la Carta de Lomé."),
])
def test_a_list_adopting_an_instrument_across_auxiliaries_agrees_on_it(lang, text):
    found = rule_tuples(text, lang, BODIES)
    assert ("AGREEMENT", PAIR, "date", "2016-03") in found
    assert ("AGREEMENT", PAIR, "instrument", "lomé charter") in found


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'Union africaine et la CEDEAO ont salué la Charte de Lomé."),
    ("en", "The African Union and ECOWAS have welcomed the Lomé Charter, adopted in March 2016."),
])
def test_auxiliaries_before_another_verb_make_no_adoption(lang, text):
    assert not any(t[0] == "AGREEMENT" for t in rule_tuples(text, lang, BODIES))


STATES = {"OMS": ("ORG", "WHO"), "WHO": ("ORG", "WHO"), "Mali": ("COUNTRY", "MLI"), "Malí": ("COUNTRY", "MLI"),
          "1990": ("DATE", "1990")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "En 1990, l'OMS a conclu avec le gouvernement du Mali un accord de siège."),
    ("en", "In 1990, the WHO signed an agreement with the Government of Mali."),
    ("es", "En 1990, la OMS firmó un convenio con el Gobierno de Malí."),
])
def test_a_state_signs_through_its_government(lang, text):
    assert ("AGREEMENT", ("mli", "who"), "date", "1990") in rule_tuples(text, lang, STATES)


def test_a_spanish_first_person_signature_is_the_publishers_agreement():
    text = "En 1990 firmamos con el Gobierno de Malí un acuerdo de cooperación."
    found = rule_tuples(text, "es", STATES, publisher="WHO")
    assert ("AGREEMENT", ("mli", "who"), "date", "1990") in found


PARTNERS = {"OMS": ("ORG", "WHO"), "WHO": ("ORG", "WHO"), "FAO": ("ORG", "FAO"), "PNUD": ("ORG", "UNDP"),
            "UNDP": ("ORG", "UNDP")}


@pytest.mark.parametrize("lang, text", [
    ("es", "La OMS mantiene un memorando de entendimiento con la FAO, y un diálogo permanente con el PNUD."),
    ("en", "WHO has a memorandum of understanding with FAO, and a standing dialogue with UNDP."),
    ("fr", "L'OMS a signé un protocole d'accord avec la FAO, et un dialogue permanent avec le PNUD."),
])
def test_the_partners_after_with_end_at_another_nouns_clause(lang, text):
    agreements = {t[1] for t in rule_tuples(text, lang, PARTNERS) if t[0] == "AGREEMENT"}
    assert agreements == {("fao", "who")}


@pytest.mark.parametrize("lang, text", [
    ("en", "WHO signed a memorandum of understanding with FAO, UNDP, and UNICEF."),
])
def test_a_list_after_with_goes_on_past_its_comma(lang, text):
    names = {**PARTNERS, "UNICEF": ("ORG", "UNICEF")}
    agreements = {t[1] for t in rule_tuples(text, lang, names) if t[0] == "AGREEMENT"}
    assert agreements == {("fao", "who"), ("undp", "who"), ("unicef", "who")}


FRAMED = {"Indonesia": ("COUNTRY", "IDN"), "Malaysia": ("COUNTRY", "MYS"), "Indonésie": ("COUNTRY", "IDN"),
          "Malaisie": ("COUNTRY", "MYS"), "Malasia": ("COUNTRY", "MYS"),
          "Joint Patrol Arrangement": ("INSTRUMENT", "JPA"), "Accord de patrouille conjointe": ("INSTRUMENT", "JPA"),
          "Acuerdo de Patrulla Conjunta": ("INSTRUMENT", "JPA"), "1992": ("DATE", "1992")}


@pytest.mark.parametrize("lang, text", [
    ("en", "Indonesia and Malaysia patrol the strait under their Joint Patrol Arrangement."),
    ("fr", "L'Indonésie et la Malaisie patrouillent dans le détroit dans le cadre de l'Accord de patrouille conjointe."),
    ("es", "Indonesia y Malasia patrullan el estrecho en el marco del Acuerdo de Patrulla Conjunta."),
])
def test_the_name_of_an_instrument_worked_under_states_no_agreement(lang, text):
    assert not any(t[0] == "AGREEMENT" for t in rule_tuples(text, lang, FRAMED))


@pytest.mark.parametrize("lang, text", [
    ("en", "Indonesia and Malaysia signed the Joint Patrol Arrangement in 1992."),
    ("fr", "L'Indonésie et la Malaisie ont signé l'Accord de patrouille conjointe en 1992."),
])
def test_an_instrument_signed_is_still_an_agreement(lang, text):
    assert ("AGREEMENT", ("idn", "mys"), "instrument", "jpa") in rule_tuples(text, lang, FRAMED)


HEADED = {"Nigeria": ("COUNTRY", "NGA"), "Nigéria": ("COUNTRY", "NGA"), "Jersey": ("COUNTRY", "JEY"),
          "Ghana": ("COUNTRY", "GHA"), "February 2020": ("DATE", "2020-02"), "février 2020": ("DATE", "2020-02"),
          "febrero de 2020": ("DATE", "2020-02")}


def _headed_tuples(heading: str, body: str, lang: str) -> set:
    """The rules' tuples of a text of two blocks, a heading and a paragraph of one sentence, published by Nigeria."""
    from partex.facts import Ref, find_facts
    from partex.facts.score import records

    text = heading + "\n\n" + body
    mentions = sorted(Ref(at, at + len(name), label, norm) for name, (label, norm) in HEADED.items()
                      for at in [i for i in range(len(text)) if text.startswith(name, i)])
    spans = [(0, len(heading)), (len(heading) + 2, len(text))]
    facts, _ = find_facts(text, lang, mentions, spans, [(*spans[0], True), (*spans[1], False)],
                          publisher="NGA", models={})
    rows = [{"doc_id": "t", "fact": f"f{i}", "type": f.type, "role": a.role, "norm": a.norm}
            for i, f in enumerate(facts, 1) for a in f.arguments]
    return {t for fact in records(rows) for t in fact.tuples}


@pytest.mark.parametrize("lang, heading, body", [
    ("en", "A trilateral agreement with Jersey and Ghana",
     "In February 2020, Nigeria, Jersey and Ghana signed an agreement on the return of assets."),
    ("fr", "Un accord trilatéral avec Jersey et le Ghana",
     "En février 2020, le Nigéria, Jersey et le Ghana ont signé un accord sur la restitution des avoirs."),
    ("es", "Un acuerdo trilateral con Jersey y Ghana",
     "En febrero de 2020, Nigeria, Jersey y Ghana firmaron un acuerdo sobre la restitución de activos."),
])
def test_a_heading_announcing_the_agreement_after_it_adds_no_undated_one(lang, heading, body):
    found = {t for t in _headed_tuples(heading, body, lang) if t[0] == "AGREEMENT" and t[2] == "date"}
    assert found == {("AGREEMENT", pair, "date", "2020-02") for pair in
                     (("jey", "nga"), ("gha", "nga"), ("gha", "jey"))}


CLAUSED = {"France": ("COUNTRY", "FRA"), "Italie": ("COUNTRY", "ITA"), "Italy": ("COUNTRY", "ITA"),
           "Francia": ("COUNTRY", "FRA"), "Italia": ("COUNTRY", "ITA"), "1976": ("DATE", "1976"),
           "Accord Ligure": ("INSTRUMENT", "Ligure Agreement"), "Ligure Agreement": ("INSTRUMENT", "Ligure Agreement"),
           "Acuerdo Ligure": ("INSTRUMENT", "Ligure Agreement"), "Plan Marin": ("INSTRUMENT", "Plan Marin")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'Accord Ligure, signé en 1976 par la France et l'Italie, protège la côte ; son plan d'intervention, "
           "le Plan Marin, mobilise les marines."),
    ("en", "The Ligure Agreement, signed in 1976 by France and Italy, protects the coast; its response plan, "
           "the Plan Marin, mobilises the navies."),
    ("es", "El Acuerdo Ligure, firmado en 1976 por Francia e Italia, protege la costa; su plan de respuesta, "
           "el Plan Marin, moviliza a las marinas."),
])
def test_an_instrument_past_a_semicolon_is_another_clauses(lang, text):
    instruments = {t[3] for t in rule_tuples(text, lang, CLAUSED) if t[0] == "AGREEMENT" and t[2] == "instrument"}
    assert instruments == {"ligure agreement"}


ALIASED = {"University of the Andes": ("ORG", "UA"), "Université des Andes": ("ORG", "UA"),
           "Universidad de los Andes": ("ORG", "UA"), "UA": ("ORG", "UA"), "University of Leeds": ("ORG", "Leeds"),
           "Université de Leeds": ("ORG", "Leeds"), "Universidad de Leeds": ("ORG", "Leeds"),
           "August 2019": ("DATE", "2019-08"), "août 2019": ("DATE", "2019-08"), "agosto de 2019": ("DATE", "2019-08")}


@pytest.mark.parametrize("lang, text", [
    ("en", "The University of the Andes (The UA) and the University of Leeds signed a memorandum of understanding "
           "in August 2019."),
    ("fr", "L'Université des Andes (l'UA) et l'Université de Leeds ont signé un protocole d'accord en août 2019."),
    ("es", "La Universidad de los Andes (la UA) y la Universidad de Leeds firmaron un memorando de entendimiento "
           "en agosto de 2019."),
])
def test_an_other_name_opening_on_an_article_is_an_alias(lang, text):
    assert ("AGREEMENT", ("leeds", "ua"), "date", "2019-08") in rule_tuples(text, lang, ALIASED)
