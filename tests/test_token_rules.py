"""Token rules run only around the words they require, and find what a whole-document Matcher finds."""

import pytest
import spacy
from spacy.matcher import Matcher

from partex.components.token_rules import TokenRules, _anchor
from partex.resources import load_resources


@pytest.mark.parametrize("pattern, expected", [
    ([{"LOWER": {"IN": ["Projet", "opération"]}}, {"IS_TITLE": True, "OP": "{1,3}"}],
     ({"projet", "opération"}, 0, 3)),
    ([{"IS_TITLE": True, "OP": "{1,2}"}, {"LOWER": "convention"}], ({"convention"}, 2, 0)),
    ([{"IS_UPPER": True}, {"LOWER": "de", "OP": "?"}, {"LOWER": {"IN": ["projet"]}}, {"OP": "?"}],
     ({"projet"}, 2, 1)),
    # an optional word is no anchor; the next required one is
    ([{"LOWER": "the", "OP": "?"}, {"LOWER": "treaty"}], ({"treaty"}, 1, 0)),
    ([{"LOWER": "traité"}, {"IS_TITLE": True, "OP": "+"}], None),   # no bound on the length
    ([{"IS_TITLE": True}, {"IS_TITLE": True}], None),                # no required word
    ([{"LOWER": {"NOT_IN": ["the"]}}], None),
    # a case-sensitive word anchors too, lowercased as the windows look for it
    ([{"TEXT": {"IN": ["initiative", "Programme"]}}, {"IS_TITLE": True}],
     ({"initiative", "programme"}, 0, 1)),
    ([{"TEXT": {"REGEX": "^[A-Z]"}}, {"ORTH": "project"}], ({"project"}, 1, 0)),
    # of two required word sets, the one of longer words anchors: short words are common ones
    ([{"IS_TITLE": True}, {"LOWER": {"IN": ["in", "for"]}}, {"IS_TITLE": True}, {"TEXT": {"IN": ["project"]}}],
     ({"project"}, 3, 0)),
])
def test_anchor_is_a_required_word_set_and_the_reach_around_it(pattern, expected):
    assert _anchor(pattern) == expected


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Projet Aurora et l'opération Lionfish II ont débuté. La Convention de Palerme et "
           "l'Accord de Paris sont cités, puis le projet SHARE, enfin l'opération Pangea XVI et "
           "le programme Sahel."),
    ("en", "The Paris Agreement and the Convention of Belém do Pará were cited. Operation Trigger "
           "VII and the SHADOW project followed; the Global Strategy too, and the WildNet campaign, "
           "then the Waters for Peace project in Asia."),
    ("es", "La Convención de Palermo y la operación Andes III; el proyecto Alfa en Lima y el "
           "programa Amazonas."),
])
def test_windows_find_what_a_whole_document_matcher_finds(lang, text):
    rules = load_resources().gazetteer.rules[lang]
    nlp = spacy.blank(lang)
    component = TokenRules(nlp, "rules", "spans")
    component.add_patterns(rules)
    whole = Matcher(nlp.vocab)
    for record in rules:
        whole.add(record["label"], [record["pattern"]])
    doc = nlp(text)
    expected = sorted({(s.start, s.end, s.label_) for s in whole(doc, as_spans=True)})
    assert expected  # the texts do hold matches
    assert sorted((s.start, s.end, s.label_) for s in component(doc).spans["spans"]) == expected


def test_spans_already_found_are_kept_and_sorted_with_the_new_ones_and_their_ids():
    nlp = spacy.blank("fr")
    component = TokenRules(nlp, "rules", "spans")
    component.add_patterns([
        {"label": "OPERATION", "pattern": [{"LOWER": "projet"}, {"IS_TITLE": True}]},
        {"label": "INSTRUMENT", "id": "UNTOC", "pattern": [{"LOWER": "convention"},
                                                           {"LOWER": "de"}, {"LOWER": "palerme"}]},
        {"label": "ORG", "pattern": [{"IS_UPPER": True}, {"IS_UPPER": True}]}])  # runs anywhere
    doc = nlp("INTERPOL lance le projet Alpha selon la convention de Palerme, avec UE ONU.")
    doc.spans["spans"] = [doc[0:1]]
    assert [(s.text, s.label_, s.id_) for s in component(doc).spans["spans"]] == [
        ("INTERPOL", "", ""), ("projet Alpha", "OPERATION", ""),
        ("convention de Palerme", "INSTRUMENT", "UNTOC"), ("UE ONU", "ORG", "")]
