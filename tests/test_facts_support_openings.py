"""A sentence opening on a phrase of support (`Con el apoyo de A, B sigue …`, `With support from A
and B, C trained …`, `Avec le soutien de A, B a formé …`): its bodies support the subject after the
comma that closes it, each that subject's partner, not each other's (support_openings.py)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast"), "River Agency": ("ORG", "River"),
         "Delta Fund": ("ORG", "Delta")}


def _pairs(text: str, lang: str, learned: bool) -> set:
    found = rule_tuples(text, lang, NAMES, learned=learned)
    return {tuple(sorted(t[1])) for t in found if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang, text", [
    ("es", "Con el apoyo del Delta Fund, la Harbour Police sigue formando a los pilotos del puerto."),
    ("fr", "Avec le soutien du Delta Fund, la Harbour Police continue de former les pilotes du port."),
    ("en", "With the support of the Delta Fund, the Harbour Police keeps training the port's pilots."),
])
def test_the_body_of_a_support_phrase_supports_the_subject(lang, text, learned):
    assert _pairs(text, lang, learned) == {("delta", "harbour")}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang, text", [
    ("es", "Con el apoyo del Delta Fund, la Coast Authority y la River Agency, la Harbour Police forma pilotos."),
    ("fr", "Avec le soutien du Delta Fund, de la Coast Authority et de la River Agency, la Harbour Police forme "
           "des pilotes."),
    ("en", "With support from the Delta Fund, the Coast Authority and the River Agency, the Harbour Police "
           "trains pilots."),
])
def test_a_list_of_supporters_ends_at_its_conjunction(lang, text, learned):
    assert _pairs(text, lang, learned) == {("delta", "harbour"), ("coast", "harbour"), ("harbour", "river")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Avec le soutien du Delta Fund, la Harbour Police a mené le projet de modernisation du port."),
    ("en", "With the support of the Delta Fund, the Harbour Police carried out the project to modernise the port."),
    ("es", "Con el apoyo del Delta Fund, la Harbour Police ejecutó el proyecto de modernización del puerto."),
])
def test_support_to_a_project_is_no_partnership_of_the_opening(lang, text):
    """The support goes to the project (an operation's roles, FACTS.md), even unnamed as one."""
    assert ("delta", "harbour") not in _pairs(text, lang, False)


@pytest.mark.parametrize("lang, text", [
    ("es", "Con el apoyo del Delta Fund, la Coast Authority y la River Agency renovaron el muelle norte."),
    ("fr", "Avec le soutien du Delta Fund, la Coast Authority et la River Agency ont rénové le quai nord."),
    ("en", "With support from the Delta Fund, the Coast Authority and the River Agency rebuilt the north pier."),
])
def test_a_list_no_comma_closes_after_its_conjunction_is_the_subject(lang, text):
    # the first comma closes the phrase: the two after it are the subject, both supported
    assert _pairs(text, lang, False) >= {("coast", "delta"), ("delta", "river")}
