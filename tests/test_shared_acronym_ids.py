"""Two bodies that share an acronym (`ISA`: the International Seabed Authority, whose id it is,
and the International Solar Alliance): the text's definition says which one it names, and each
long name keeps its own id. Made-up sentences, rule-only pipeline."""

import pytest

from mention_helpers import found


@pytest.mark.parametrize("lang, text", [
    ("en", "The International Solar Alliance (ISA) held its assembly in May. The ISA now has 100 members."),
    ("es", "La Alianza Solar Internacional (ISA) celebró su asamblea en mayo. La ISA cuenta con 100 miembros."),
    ("fr", "L'Alliance solaire internationale (ISA) a tenu son assemblée en mai. L'ISA compte 100 membres."),
])
def test_the_solar_alliance_defines_its_acronym(extractor, lang, text):
    got = found(extractor, text, lang, "ORG")
    assert [n for _, n in got] == ["International Solar Alliance"] * 3


@pytest.mark.parametrize("lang, text", [
    ("en", "The International Seabed Authority (ISA) met in Kingston. The ISA issued new rules."),
    ("es", "La Autoridad Internacional de los Fondos Marinos (ISA) se reunió en Kingston. La ISA dictó normas."),
])
def test_the_seabed_authority_keeps_isa(extractor, lang, text):
    assert {n for _, n in found(extractor, text, lang, "ORG")} == {"ISA"}
