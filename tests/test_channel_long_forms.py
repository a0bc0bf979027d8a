"""An acronym's long form read back from its parenthesis never crosses the words of a channel
(`a través de su`, `au travers de son`, `par le biais de`, `por intermedio de`): the body before
them and the body whose acronym it is are two mentions. Made-up sentences, rule-only pipeline."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG")


@pytest.mark.parametrize("lang, text, first, second, acr", [
    ("es", "El programa está financiado por la Comisión Europea a través de su Dirección General "
           "de Cooperación Rural (DG RURCO) desde 2019.",
     "Comisión Europea", "Dirección General de Cooperación Rural", "DG RURCO"),
    ("es", "El fondo lo gestiona el Banco Mundial, por intermedio de su Oficina Regional de Apoyo "
           "Rural (ORAR), desde 2019.", "Banco Mundial", "Oficina Regional de Apoyo Rural", "ORAR"),
    ("fr", "Le fonds est géré par la Banque africaine de développement, par le biais de sa "
           "Direction régionale des affaires rurales (DRAR), depuis 2019.",
     "Banque africaine de développement", "Direction régionale des affaires rurales", "DRAR"),
    ("en", "The programme is funded by the European Commission through its Directorate-General "
           "for Rural Cooperation (DG RURCO) since 2019.",
     "European Commission", "Directorate-General for Rural Cooperation", "DG RURCO"),
])
def test_a_channel_separates_two_bodies(extractor, lang, text, first, second, acr):
    got = orgs(extractor, text, lang)
    assert [t for t, _ in got] == [first, second, acr]
    assert got[1][1] == acr


def test_a_name_before_a_channel_is_no_part_of_the_long_form(extractor):
    text = ("Les projets sont mis en œuvre par la Banque mondiale, au travers de son Dispositif "
            "régional de soutien aux semences et de relèvement (RSSF), depuis 2019.")
    got = [t for t, _ in orgs(extractor, text, "fr")]
    assert got[0] == "Banque mondiale"
    assert not any("travers" in t for t in got)
