"""The words of a channel stop an acronym's long form (`acronym_stop`), but yield where the
acronym's letters fit the whole name and not its part after the channel (`across_channel`):
`Fundación para la Paz a través del Deporte (FUNDAPAZDE)` is one body, not a shorter body and its
complement. Made-up sentences, rule-only pipeline."""

import pytest

from mention_helpers import found
from partex.resolve.acronym_shapes import spells


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG", fields=("text", "norm"))


@pytest.mark.parametrize("lang, text, name, acr", [
    ("es", "La Corporación para la Vivienda a través del Ahorro Rural (CORVIAHRU) firmó un convenio "
           "con dos municipios.", "Corporación para la Vivienda a través del Ahorro Rural", "CORVIAHRU"),
    # not a shorter body and a place
    ("es", "Ayer la Fundación para la Paz a través del Deporte en Colombia (FUNDAPAZCOL) presentó su "
           "informe.", "Fundación para la Paz a través del Deporte en Colombia", "FUNDAPAZCOL"),
    ("es", "Ayer el Centro de Formación por intermedio de las Radios Comunitarias (CEFORADIO) "
           "presentó su informe.", "Centro de Formación por intermedio de las Radios Comunitarias", "CEFORADIO"),
    ("fr", "Hier, le Centre de formation par l'intermédiaire du numérique (CEFORNUM) a signé une "
           "convention.", "Centre de formation par l'intermédiaire du numérique", "CEFORNUM"),
    ("fr", "Hier, l'Association des femmes au travers des arts (ASFEMAR) a signé une convention.",
     "Association des femmes au travers des arts", "ASFEMAR"),
])
def test_an_acronym_that_fits_the_whole_name_reads_it_across_the_channel(extractor, lang, text, name, acr):
    assert spells(acr, name)
    got = orgs(extractor, text, lang)
    assert (name, acr) in got
    assert (acr, acr) in got


@pytest.mark.parametrize("lang, text, channel, acr, whole", [
    # the part after the channel spells the acronym: two bodies, as before
    ("es", "El plan lo ejecuta la Fundación Rural Andina a través de la Red de Apoyo Técnico "
           "(RAT) desde 2020.", "través", "RAT",
     "Fundación Rural Andina a través de la Red de Apoyo Técnico"),
    # a relative or a verb in the name is no channel's word (`qui agit à travers`)
    ("fr", "Hier, le Fonds solidaire qui agit à travers le Réseau régional (FSRR) a publié son "
           "bilan.", "travers", "FSRR", "Fonds solidaire qui agit à travers le Réseau régional"),
    ("es", "Ayer el Fondo Solidario que actúa a través de la Red Regional (FOSORED) publicó su "
           "balance.", "través", "FOSORED", "Fondo Solidario que actúa a través de la Red Regional"),
    # a possessive after the channel: the next body is the first one's own, the letters fit or not
    ("es", "El plan lo ejecuta la Fundación para la Salud a través de su Departamento Técnico "
           "(FUNSALUDET) desde 2020.", "través", "FUNSALUDET",
     "Fundación para la Salud a través de su Departamento Técnico"),
    ("fr", "Le plan est mis en œuvre par la Fondation pour la santé par le biais de sa Direction "
           "technique (FONSANDIRT) depuis 2020.", "biais", "FONSANDIRT",
     "Fondation pour la santé par le biais de sa Direction technique"),
    # a comma before the channel: an aside
    ("es", "El plan lo ejecuta la Fundación para la Salud, a través del Departamento Técnico "
           "(FUNSALUDET), desde 2020.", "través", "FUNSALUDET",
     "Fundación para la Salud, a través del Departamento Técnico"),
])
def test_the_channel_still_separates_two_bodies(extractor, lang, text, channel, acr, whole):
    assert whole in text
    got = orgs(extractor, text, lang)
    assert not any(channel in t for t, _ in got)
    assert (acr, acr) in got


def test_the_part_after_the_channel_that_spells_the_acronym_is_its_name():
    """Where the whole name and its part after the channel both spell the acronym, the long form
    is not read across the channel (read on the function: the resolver's earlier readings of a
    spelled name mostly come first)."""
    import spacy

    from partex.lexicon import load_lexicon
    from partex.resolve.channel_long_forms import across_channel

    lex = load_lexicon("es")
    window = list(spacy.blank("es")("la Asociación Hondureña a través del Ahorro Rural Comunitario"))
    starts = [1, 6]  # Asociación, Ahorro
    assert spells("AHORCO", "Asociación Hondureña a través del Ahorro Rural Comunitario")
    assert across_channel(lex, "AHORCO", window, starts, 0) is None
    assert across_channel(lex, "ASOHOAHO", window, starts, 0) == 1  # only the whole spells it
