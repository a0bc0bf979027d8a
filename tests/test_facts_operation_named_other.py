"""A word for a programme that names another one right after it (`whose programme BRANT`, `dont le
programme BRANT`) does not carry an operation's run into a new paragraph: the bodies that
paragraph works with are not the operation's partners (facts/operations.py, branch ops15)."""

from __future__ import annotations

import pytest

from facts_helpers import line_blocks, rule_tuples

NAMES = {"Orvane Council": ("ORG", "Orvane Council"), "Telmar Agency": ("ORG", "Telmar Agency"),
         "Brisk Institute": ("ORG", "Brisk Institute"), "KESTREL": ("OPERATION", "KESTREL")}


@pytest.mark.parametrize("lang, text", [
    ("en", "The network works with KESTREL, the initiative led by the Orvane Council.\n"
           "It also cooperates with the Telmar Agency and the Brisk Institute, whose programme BRANT maps floods."),
    ("fr", "Le réseau travaille avec KESTREL, l'initiative conduite par l'Orvane Council.\n"
           "Il coopère aussi avec la Telmar Agency et avec le Brisk Institute, dont le programme BRANT cartographie les crues."),
])
def test_a_programme_word_that_names_another_ends_the_run(lang, text):
    found = rule_tuples(text, lang, NAMES, blocks=line_blocks(text))
    partners = {t[3] for t in found if t[0] == "OPERATION" and t[1] == "kestrel" and t[2] == "partner"}
    assert partners.isdisjoint({"telmar agency", "brisk institute"})
    assert any(t[0] == "PARTNERSHIP" for t in found)  # the paragraph's own cooperation stays


def test_the_scheme_refers_back_to_a_scheme_named_before():
    text = ("Each spring is the busiest season for the KESTREL scheme.\n"
            "When it began, the scheme hired 500 workers. We run the scheme together with the Orvane Council.")
    found = rule_tuples(text, "en", NAMES, blocks=line_blocks(text))
    assert ("OPERATION", "kestrel", "partner", "orvane council") in found


@pytest.mark.parametrize("lang, text", [
    ("fr", "Les ministres ont fait le point sur le projet KESTREL.\nCe dispositif mutualise des patrouilles en Guinée."),
    ("fr", "Les ministres ont fait le point sur le projet KESTREL.\nCette initiative mutualise des patrouilles en Guinée."),
    ("es", "Los ministros revisaron el proyecto KESTREL.\nEste mecanismo reúne patrullas en Guinea."),
    ("en", "The ministers reviewed the KESTREL project.\nThis initiative pools patrols in Guinea."),
])
def test_a_demonstrative_for_a_mechanism_or_an_initiative_refers_back(lang, text):
    """A paragraph that opens on `ce dispositif`, `cette initiative`, `este mecanismo`, `this
    initiative` goes on about the operation named before it: its places are the operation's."""
    found = rule_tuples(text, lang, {**NAMES, "Guinée": ("COUNTRY", "GIN"), "Guinea": ("COUNTRY", "GIN")},
                        blocks=line_blocks(text))
    assert ("OPERATION", "kestrel", "country", "gin") in found


@pytest.mark.parametrize("text", [
    "The KESTREL project opened in 2019. The Orvane Council oversees the project on behalf of both states.",
    "The KESTREL project opened in 2019. The Orvane Council supervised the project until 2022.",
])
def test_a_body_that_oversees_the_operation_leads_it(text):
    sentences = [(0, text.index(".") + 1), (text.index(".") + 2, len(text))]
    found = rule_tuples(text, "en", NAMES, sentences=sentences, blocks=[(0, len(text), False)])
    assert ("OPERATION", "kestrel", "lead", "orvane council") in found
