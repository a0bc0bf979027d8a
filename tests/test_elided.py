"""The shared builder of elided articles (`lexicon.elided`): a word that ends with an apostrophe
is glued to the next, with either apostrophe; the others take a space. The resolver's patterns
and `run_programmes` build their optional articles with it."""

import re


def test_either_apostrophe_glues_an_elided_article():
    from partex.lexicon import elided

    pattern = re.compile(elided(["l'", "la", "le"]) + r"Afrique")
    assert pattern.fullmatch("l'Afrique") and pattern.fullmatch("l’Afrique")
    assert pattern.fullmatch("la Afrique") and not pattern.fullmatch("laAfrique")


def test_a_verb_of_running_before_a_curly_elided_article():
    from partex.lexicon import load_lexicon
    from partex.resolve.run_programmes import _cues

    before = _cues(load_lexicon("fr"))["before"]
    assert before.search("La Banque zorbalienne gère l’") and before.search("La Banque zorbalienne gère l'")


def test_the_resolver_articles_take_either_apostrophe():
    from partex.lexicon import load_lexicon
    from partex.resolve.place_regexes import list_item

    item = list_item(load_lexicon("fr"), r"[A-Z]\w+", ())
    assert item.match(", l’Afrique").group("name") == "Afrique"
    assert item.match(", l'Afrique").group("name") == "Afrique"
