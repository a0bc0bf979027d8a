"""The `(Name, ACR)` reader shared by `acronym_forms` and `evidenced` (`resolve/paired_names.py`).
Made-up names."""

import pytest

from partex.resolve.paired_names import names_and_acronyms


@pytest.mark.parametrize("text, expected", [
    ("la Agencia Común de Vorlan (Vorlan Joint Agency, VJA) abrió", [("Vorlan Joint Agency", "VJA")]),
    ("the Korvel Board ( Korvel Seed Board ,  KSB ) met", [("Korvel Seed Board", "KSB")]),
    ("l'Office de Zarbie (Zarbian Office, ZO-2+) a dit", [("Zarbian Office", "ZO-2+")]),
    ("two (Dravin Union, DU) and (Malvo Towns Board, MTB)", [("Dravin Union", "DU"), ("Malvo Towns Board", "MTB")]),
])
def test_a_parenthesis_gives_its_name_and_its_acronym(text, expected):
    found = names_and_acronyms(text)
    assert [(text[p.name_start:p.name_end], text[p.acr_start:p.acr_end]) for p in found] == expected
    assert all(text[p.start] == "(" for p in found)


@pytest.mark.parametrize("text", [
    "the Korvel Board (seed board, KSB) met",          # the name starts in lower case
    "the Korvel Board (Korvel Seed Board, Ksb) met",   # no acronym: a lower-case letter
    "the Korvel Board (Korvel; Seed Board, KSB) met",  # a semicolon inside the name
    "the Korvel Board (Korvel Seed Board KSB) met",    # no comma
    "the Korvel Board (Korvel Seed Board, KSB, 2019) met",  # more after the acronym
])
def test_other_parentheses_give_none(text):
    assert names_and_acronyms(text) == []
