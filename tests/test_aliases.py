"""Names a body is given after the selection: its own name in parentheses after its name. The
bodies are made up, so that no gazetteer knows them; runs the shipped patterns on rule-only
pipelines."""

import threading

import pytest


def found(extractor, text, lang):
    return [(r["text"], r["label"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)]


@pytest.mark.parametrize("lang, text, name, norm", [
    ("en", "with the Ruritanian Coast Guard (Rurivakten) and others",
     "Rurivakten", "Ruritanian Coast Guard"),
    ("en", "and the Northern Border Agency (Pohjoisrajavartiolaitos), which",
     "Pohjoisrajavartiolaitos", "Northern Border Agency"),
    ("es", "con la Dirección de Costas de Ruritania (Ruritanische Küstenwache) y",
     "Ruritanische Küstenwache", "Dirección de Costas de Ruritania"),
    ("fr", "avec la Direction de la Surveillance Côtière (Kustbevakningstjänst) et",
     "Kustbevakningstjänst", "Direction de la Surveillance Côtière"),
])
def test_a_body_named_in_its_own_language_in_parentheses(extractor, lang, text, name, norm):
    assert (name, "ORG", norm) in found(extractor, text, lang)


@pytest.mark.parametrize("lang, text, inside", [
    ("en", "the Ruritanian Coast Guard (Spain) and others", ("Spain", "COUNTRY")),
    ("en", "the Ruritanian Coast Guard (Director) and others", None),
    ("en", "the Ruritanian Coast Guard (The Office) and others", None),
    ("en", "the Ruritanian Coast Guard (March) and others", None),
    ("en", "the Ruritanian Coast Guard (Mondays) and others", None),
    # a word of the body's own name: a place or a short name, not the body in another language
    ("es", "la Policía Federal de Ruritania (Ruritania) opera", None),
    ("es", "la Dirección de Costas de Ruritania (2019) y", ("2019", "DATE")),
    # words the text also writes in lower case belong to its own language
    ("en", "A photo of the Ruritanian Coast Guard (Photo Credit) and its credit line", None),
    ("fr", "la Direction de la Surveillance Côtière (Lire Plus) : lire plus bas", None),
])
def test_what_stands_in_parentheses_after_a_body_but_names_it_not(extractor, lang, text, inside):
    between = text[text.index("(") + 1:text.index(")")]
    labels = [(t, label) for t, label, _ in found(extractor, text, lang) if t == between]
    assert labels == ([inside] if inside else [])


@pytest.mark.model
def test_the_model_reading_a_foreign_name_as_a_place_gives_way(model_extractor):
    text = "avec la Direction de la Surveillance Côtière (Kustbevakningstjänst) et"
    rows = model_extractor.extract(text, doc_id="t", lang="fr")
    assert [(r["label"], r["norm"]) for r in rows if r["text"] == "Kustbevakningstjänst"] == \
        [("ORG", "Direction de la Surveillance Côtière")]


def test_a_long_hyphenated_word_in_an_open_parenthesis_is_read_at_once(extractor):
    # each hyphen was a place to split the word again: 30 pieces took seconds, 40 minutes
    text = "the Ruritanian Coast Guard (Abc" + "-d" * 60 + " and others"
    done = []
    reader = threading.Thread(target=lambda: done.append(found(extractor, text, "en")), daemon=True)
    reader.start()
    reader.join(timeout=20)
    assert done, "still reading after 20 s"
