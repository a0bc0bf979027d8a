"""Cues of membership that one language's data had and another's lacked (patterns/*/facts.jsonl):
sitting on a body in the plural and the first person (`siègent au`, `siégeons au`, as `sit on`),
the invariable `Estados parte de` (as `Estados partes de`), `composée du` (as `formée du`), and a
member named inside a range (`en passant par`, `pasando por`, as `via`)."""

from __future__ import annotations

import pytest
from facts_helpers import member_tuples as members

_OAS = "L'Organisation des États américains est basée à Washington. "


@pytest.mark.parametrize("lang, text, publisher, body, expected", [
    ("fr", _OAS + "En Europe, nous siégeons au Groupe Egmont.", "OAS", "egmont group", {"oas"}),
    ("fr", _OAS + "Le Chili et le Pérou siègent au Groupe Egmont.", None, "egmont group", {"chl", "per"}),
    ("es", "Chile, Perú y Uruguay son Estados parte de la Convención Interamericana contra la Corrupción.", None,
     "convención interamericana contra la corrupción", {"chl", "per", "ury"}),
    ("fr", "L'Organisation des États américains est composée du Chili, du Pérou et de l'Uruguay.", None, "oas",
     {"chl", "per", "ury"}),
    ("fr", "L'Organisation des États américains réunit 18 États membres, du Chili à l'Uruguay en passant par le "
           "Pérou.", None, "oas", {"chl", "per", "ury"}),
    ("es", "La Organización de los Estados Americanos reúne a 18 Estados miembros, desde Chile hasta Uruguay, "
           "pasando por Perú.", None, "oas", {"chl", "per", "ury"}),
])
def test_a_cue_of_membership_reads_in_each_language(fast, lang, text, publisher, body, expected):
    found = {t[2] for t in members(fast, text, lang, publisher) if t[0] == body and t[1] == "member"}
    assert expected <= found, found


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Chili et le Pérou siègent au comité de pilotage du projet de l'OEA."),
    ("fr", "Les experts du Chili et du Pérou siègent à Genève avec l'OEA."),
    ("fr", "L'OEA travaille avec le Chili, le Pérou et l'Uruguay."),
    ("fr", "Le projet de l'OEA va du Chili à l'Uruguay en passant par le Pérou."),
    ("es", "Chile, Perú y Uruguay participaron en la reunión de la OEA."),
    ("es", "La misión de la OEA viajó desde Chile hasta Uruguay, pasando por Perú."),
    ("en", "The OAS project covers Chile, Peru and Uruguay."),
])
def test_partners_participants_and_places_on_a_route_are_no_members(fast, lang, text):
    assert not members(fast, text, lang)
