"""Candidate memberships for a learned reader (`member_candidates`): every body and member of a
sentence holding a cue of membership, those the rules gave included and marked, with features that
do not depend on the language nor on the rules' facts; a `member` model, where one is given, adds
the memberships it keeps that the rules did not give (none ships)."""

from __future__ import annotations

import pytest

from facts_helpers import line_sentences, name_mentions, rule_document

NAMES = {"Harbour Network": ("ORG", "Harbour"), "Coast Agency": ("ORG", "Coast"), "River Office": ("ORG", "River"),
         "Réseau portuaire": ("ORG", "Harbour"), "Agence côtière": ("ORG", "Coast"),
         "Office fluvial": ("ORG", "River")}
# a word of membership, and a body and a member the rules do not link
LOOSE = {"en": "The Harbour Network welcomed new members this year, and the Coast Agency opened an office.",
         "fr": "Le Réseau portuaire a accueilli de nouveaux membres cette année, et l'Agence côtière a ouvert un bureau."}
# no word of membership: nothing to propose
NO_CUE = {"en": "The Harbour Network trained inspectors this year, and the Coast Agency opened an office.",
          "fr": "Le Réseau portuaire a formé des inspecteurs cette année, et l'Agence côtière a ouvert un bureau."}
# a membership the rules state: a candidate marked given, never added again
STATED = {"en": "The Coast Agency is a member of the Harbour Network.",
          "fr": "L'Agence côtière est membre du Réseau portuaire."}
# the rules read a member there: their reading of the sentence stands
READ = {"en": "The Coast Agency is a member of the Harbour Network, and the River Office opened an office.",
        "fr": "L'Agence côtière est membre du Réseau portuaire, et l'Office fluvial a ouvert un bureau."}


def _candidates(text: str, lang: str, rules: bool = True) -> dict[tuple[str, str], tuple[bool, dict[str, float]]]:
    from partex.facts.member_candidates import member_candidates

    doc, facts = rule_document(text, lang, NAMES)
    return {c.key: (c.given, c.features) for c in member_candidates(doc, facts if rules else [])}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_body_and_a_member_of_a_sentence_with_a_word_of_membership_are_a_candidate(lang):
    given, features = _candidates(LOOSE[lang], lang)[("Harbour", "Coast")]
    assert not given and features["bias"] == 1.0 and features["order:bm"] == 1.0
    assert features["member_noun:between:bm"] == 1.0 and features["comma_between"] == 1.0


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_candidate_without_a_word_of_membership(lang):
    assert _candidates(NO_CUE[lang], lang) == {}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_membership_the_rules_state_is_a_candidate_marked_given(lang):
    given, features = _candidates(STATED[lang], lang)[("Harbour", "Coast")]
    assert given and features["member_of:between:mb"] == 1.0


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_feature_says_what_the_rules_found(lang):
    with_rules, without = _candidates(STATED[lang], lang), _candidates(STATED[lang], lang, rules=False)
    assert {k: f for k, (_, f) in with_rules.items()} == {k: f for k, (_, f) in without.items()}
    assert not without[("Harbour", "Coast")][0]


def _members(text: str, lang: str, models: dict) -> set[tuple[str, str, str]]:
    from partex.facts import find_facts

    facts, _ = find_facts(text, lang, name_mentions(text, NAMES), line_sentences(text), [], models=models)
    return {(b, m, f.source) for f in facts if f.type == "MEMBERSHIP" for b in f.values("body") for m in f.values("member")}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_member_model_adds_the_memberships_it_keeps(lang):
    from partex.facts.learned import LinearModel
    from partex.facts.member_candidates import SOURCE

    keeps_listed = LinearModel({"bias": -2.0, "member_noun:between:bm": 1.0, "order:bm": 2.0})  # a made-up model
    assert ("Harbour", "Coast", SOURCE) in _members(LOOSE[lang], lang, {"member": keeps_listed})
    assert _members(LOOSE[lang], lang, {}) == set()  # the rules alone: none
    assert _members(LOOSE[lang], lang, {"member": LinearModel({"bias": -5.0})}) == set()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_member_model_adds_nothing_the_rules_gave(lang):
    from partex.facts.learned import LinearModel

    found = _members(STATED[lang], lang, {"member": LinearModel({"bias": 5.0})})  # keeps every candidate
    assert ("Harbour", "Coast") in {(b, m) for b, m, _ in found}
    assert all(source != "learned:membership" for b, m, source in found if (b, m) == ("Harbour", "Coast"))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_member_model_adds_nothing_where_the_rules_read_a_member(lang):
    from partex.facts.learned import LinearModel

    assert ("Harbour", "Coast") in {(b, m) for b, m, _ in _members(READ[lang], lang, {})}
    found = _members(READ[lang], lang, {"member": LinearModel({"bias": 5.0})})  # keeps every candidate
    assert all(source != "learned:membership" for _, _, source in found)
