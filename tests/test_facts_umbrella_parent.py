"""A body named after `under the umbrella of` (`sous l'ombrelle de`, `bajo el paraguas de`) is the
parent its subject was set up under, no actor (class `parent_of`): the subject's partner is its own."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Orvane Group": ("ORG", "Orvane Group"), "Telmar Agency": ("ORG", "Telmar Agency"),
         "Kestrel Unit": ("ORG", "Kestrel Unit")}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Orvane Group, a network set up under the umbrella of the Telmar Agency, cooperates with the Kestrel Unit."),
    ("fr", "L'Orvane Group, un réseau créé sous l'ombrelle de la Telmar Agency, coopère avec la Kestrel Unit."),
    ("es", "El Orvane Group, una red creada bajo el paraguas de la Telmar Agency, coopera con la Kestrel Unit."),
])
def test_the_umbrella_body_is_no_actor(lang, text):
    assert rule_tuples(text, lang, NAMES) == {("PARTNERSHIP", ("kestrel unit", "orvane group"))}


def test_a_body_under_no_umbrella_still_acts():
    text = "Bajo la presidencia de Chile, la Telmar Agency coopera con la Kestrel Unit."
    assert ("PARTNERSHIP", ("kestrel unit", "telmar agency")) in rule_tuples(text, "es", NAMES)
