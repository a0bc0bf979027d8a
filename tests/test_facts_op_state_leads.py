"""A state is never an operation's lead or partner (FACTS.md: `lead` and `partner` are bodies,
ORG): where words standing for states (`the three states`, `les trois États`, `los tres Estados`)
lead or join the operation, the states are where it ran or who took part, its `country`."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {
    "Amber Line": ("OPERATION", "Amber Line"),
    "Norland": ("COUNTRY", "NRL"),
    "Suderia": ("COUNTRY", "SUD"),
    "Vestmark": ("COUNTRY", "VST"),
    "Rail Link Ltd": ("ORG", "Rail Link Ltd"),
    "three states": ("FIGURE", "3 state"),
}
NAMES_FR = {**NAMES, "Norlande": ("COUNTRY", "NRL"), "Sudérie": ("COUNTRY", "SUD"), "Vestmarque": ("COUNTRY", "VST"),
            "trois États": ("FIGURE", "3 État")}
NAMES_ES = {**NAMES, "tres Estados": ("FIGURE", "3 Estado")}


@pytest.mark.parametrize("lang, text, names", [
    ("en", "The Amber Line project will join Norland, Suderia and Vestmark by rail.\n"
           "The three states coordinate the project through Rail Link Ltd, a joint company.", NAMES),
    ("fr", "Le projet Amber Line reliera la Norlande, la Sudérie et la Vestmarque par le rail.\n"
           "Les trois États coordonnent le projet par l'intermédiaire de Rail Link Ltd, une société commune.", NAMES_FR),
    ("es", "El proyecto Amber Line unirá Norland, Suderia y Vestmark por ferrocarril.\n"
           "Los tres Estados coordinan el proyecto a través de Rail Link Ltd, una empresa común.", NAMES_ES),
])
def test_states_leading_an_operation_are_its_countries(lang, text, names):
    found = {t[2:] for t in rule_tuples(text, lang, names) if t[0] == "OPERATION"}
    assert not {v for role, v in found if role in ("lead", "partner")} & {"nrl", "sud", "vst"}, found
    assert {("country", c) for c in ("nrl", "sud", "vst")} <= found, found
