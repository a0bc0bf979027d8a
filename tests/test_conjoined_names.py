"""A body's complement goes on across a conjunction to words that name no other body, person or
place; two bodies joined by a conjunction stay two. Made-up names, rule-only pipeline."""

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG", fields=("text",))


def test_a_complement_goes_on_across_a_conjunction(extractor):
    got = orgs(extractor, "The Commission for the Protection and the Management of Reef Fisheries met.", "en")
    assert "Commission for the Protection and the Management of Reef Fisheries" in got
    got = orgs(extractor, "El Consorcio Andino para el Riego y el Desarrollo de la Energía Solar firmó.", "es")
    assert "Consorcio Andino para el Riego y el Desarrollo de la Energía Solar" in got
    got = orgs(extractor, "La Comisión para la Memoria, la Reparación y la Reconciliación trabaja.", "es")
    assert "Comisión para la Memoria, la Reparación y la Reconciliación" in got



def test_a_long_form_across_a_conjunction_takes_the_acronym_given_with_another_name(extractor):
    got = found(extractor, "Nosotros, la Empresa Común Andina para el Riego y el Desarrollo de la Energía Solar "
                           "(Solar for Andes, S4A), hemos dirigido el proyecto.", "es", "ORG")
    assert ("Empresa Común Andina para el Riego y el Desarrollo de la Energía Solar", "S4A") in got
    assert ("Solar for Andes", "S4A") in got and ("S4A", "S4A") in got


def test_two_bodies_people_and_places_stay_apart(extractor):
    got = orgs(extractor, "The Office of the Governor and the Agency for Coastal Safety met.", "en")
    assert "Office of the Governor" in got and "Agency for Coastal Safety" in got
    got = orgs(extractor, "The Department of Lands and the Attorney General spoke, then the Bank of Ghana and Kenya.", "en")
    assert "Department of Lands" in got and "Bank of Ghana" in got
    got = orgs(extractor, "El Ministerio de Salud y el Instituto Nacional de Estadística firmaron.", "es")
    assert "Ministerio de Salud" in got and "Instituto Nacional de Estadística" in got
