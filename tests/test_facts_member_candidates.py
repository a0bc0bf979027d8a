"""Candidate memberships for a learned reader (`member_candidates`): every body and member of a
sentence holding a cue of membership that the rules did not give, with features that do not depend
on the language; a `member` model, where one is given, adds the memberships it keeps (none ships)."""

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
# a membership the rules state: not proposed again
STATED = {"en": "The Coast Agency is a member of the Harbour Network.",
          "fr": "L'Agence côtière est membre du Réseau portuaire."}


def _candidates(text: str, lang: str) -> dict[tuple[str, str], dict[str, float]]:
    from partex.facts.member_candidates import member_candidates

    doc, facts = rule_document(text, lang, NAMES)
    return {c.key: c.features for c in member_candidates(doc, facts)}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_body_and_a_member_of_a_sentence_with_a_word_of_membership_are_a_candidate(lang):
    features = _candidates(LOOSE[lang], lang)[("Harbour", "Coast")]
    assert features["bias"] == 1.0 and features["body_first"] == 1.0 and features["member_noun"] == 1.0
    assert features["comma_between"] == 1.0 and features["rules_sentence"] == 0.0


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_candidate_without_a_word_of_membership(lang):
    assert _candidates(NO_CUE[lang], lang) == {}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_membership_the_rules_state_is_no_candidate(lang):
    assert ("Harbour", "Coast") not in _candidates(STATED[lang], lang)


def _members(text: str, lang: str, models: dict) -> set[tuple[str, str, str]]:
    from partex.facts import find_facts

    facts, _ = find_facts(text, lang, name_mentions(text, NAMES), line_sentences(text), [], models=models)
    return {(b, m, f.source) for f in facts if f.type == "MEMBERSHIP" for b in f.values("body") for m in f.values("member")}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_member_model_adds_the_memberships_it_keeps(lang):
    from partex.facts.learned import LinearModel
    from partex.facts.member_candidates import SOURCE

    keeps_listed = LinearModel({"bias": -2.0, "member_noun": 1.0, "body_first": 2.0})  # a made-up model
    assert ("Harbour", "Coast", SOURCE) in _members(LOOSE[lang], lang, {"member": keeps_listed})
    assert _members(LOOSE[lang], lang, {}) == set()  # the rules alone: none
    assert _members(LOOSE[lang], lang, {"member": LinearModel({"bias": -5.0})}) == set()
