"""A first-person word written in capitals inside a sentence in mixed case is an acronym (`US`
for the United States), not the publisher; a heading in capitals may still say `WE`."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Centers for Disease Control": ("ORG", "CDC"), "WHO": ("ORG", "WHO"),
         "Pan American Health Organization": ("ORG", "PAHO")}


@pytest.mark.parametrize("text", [
    "The US Centers for Disease Control works with the WHO on influenza surveillance.",
    "With US support, the Pan American Health Organization cooperates with the WHO on vaccines.",
])
def test_us_in_capitals_is_no_first_person(text):
    found = rule_tuples(text, "en", NAMES, publisher="UNICEF")
    assert not any(t[0] == "PARTNERSHIP" and "unicef" in t[1] for t in found)


@pytest.mark.parametrize("text", [
    "We work with the WHO on influenza surveillance.",
    "WE WORK WITH THE WHO ON INFLUENZA SURVEILLANCE.",
])
def test_we_in_lower_case_or_in_a_heading_in_capitals_is_the_publisher(text):
    found = rule_tuples(text, "en", NAMES, publisher="UNICEF")
    assert ("PARTNERSHIP", ("unicef", "who")) in found
