"""Names of bodies in title case that no gazetteer holds, listed beside a body found (issue 17,
`lists._titled_bodies`). The names are made up, so that no gazetteer
knows them; rule-only pipeline."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang="en"):
    return found(extractor, text, lang, "ORG", fields=("text",))


@pytest.mark.parametrize("text, name", [
    # before a known body, across a conjunction
    ("The raids were carried out with the support of Korveljust and Europol.", "Korveljust"),
    # after a known body, in a list of several
    ("The campaign was launched by WHO, Lions Worldwide, UNICEF and the World Bank.", "Lions Worldwide"),
    # after a known acronym and a conjunction, a name of three words
    ("Officers of the PSNI and An Cosanta Mara seized the boat.", "An Cosanta Mara"),
])
def test_a_titled_name_listed_with_a_body_is_a_body(extractor, text, name):
    assert name in orgs(extractor, text)


def test_every_use_of_a_listed_name_is_found(extractor):
    text = ("The raids were led by Korveljust and Europol in May. "
            "Since then Korveljust has trained judges in the region.")
    assert orgs(extractor, text).count("Korveljust") == 2


@pytest.mark.parametrize("text, word", [
    # one word before a lower-case noun qualifies it: an adjective, not a name
    ("UNICEF and Nordic coast guards trained together.", "Nordic"),
    # a generic word: the states, not a body
    ("The AU and Member States agreed on the plan.", "Member States"),
    # a name the capitalised heuristic found does not start a list: it may be cut at a conjunction
    ("Officers of the Korvel Maritime Police and Harbour Watch patrol the bay.", "Harbour Watch"),
])
def test_what_a_list_does_not_make_a_body(extractor, text, word):
    assert word not in orgs(extractor, text)
