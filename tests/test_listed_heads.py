"""A name whose first words are a list of capitalised words (`Training, Research and Statistics
Department`) is one ORG where the head comes last; a list of countries before a name is not part of
it. Runs the shipped patterns on the rule-only pipeline."""

from mention_helpers import found


def orgs(extractor, text, lang="en"):
    return found(extractor, text, lang, "ORG", fields=("text",))


def test_a_listed_name_is_one_body(extractor):
    found = orgs(extractor, "The ministry, whose Climate, Energy and Water Resources Directorate "
                            "drafted the plan, agreed.")
    assert "Climate, Energy and Water Resources Directorate" in found


def test_countries_before_a_name_stay_apart(extractor):
    found = orgs(extractor, "Support came from Ghana, Kenya and the Regional Standards Directorate.")
    assert not any(name.startswith(("Ghana", "Kenya")) for name in found)
    found = orgs(extractor, "Support came from Ghana, Kenya and Regional Standards Directorate staff.")
    assert not any(name.startswith(("Ghana", "Kenya")) for name in found)
