"""A subject carried from the sentence before (carried_subjects.py): a Spanish verb whose subject
is left out (`Colabora además con X`, class `carried_verb`, plural `carried_plural_verb`) and a
pronoun right after a short opening phrase closed by a comma (`Par ce canal, elles coopèrent …`)
stand for the bodies the sentence before opens on as its subject, where the number agrees; not
for a body it names later (an object's, a relative's), and not after a sentence opening on no body."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Delta Fund": ("ORG", "Delta"), "Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast"),
         "Ministerio de Pesca": ("ORG", "Pesca"), "Ruritania": ("COUNTRY", "RUR"), "Ruritanie": ("COUNTRY", "RUR"),
         "Blue Network": ("ORG", "Blue")}


def _pairs(text: str, lang: str, learned: bool = False) -> set:
    return {t[1] for t in rule_tuples(text, lang, NAMES, learned=learned) if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang, text, pair", [
    ("es", "El Delta Fund es un fondo regional creado en 2010.\nColabora además con la Coast Authority en la vigilancia.",
     ("coast", "delta")),
    ("es", "El Delta Fund es un fondo regional.\nDesde su sede en la costa, trabaja en coordinación con la "
           "Coast Authority.", ("coast", "delta")),
    ("es", "El Delta Fund y la Harbour Police vigilan la costa.\nColaboran desde 2015 con la Coast Authority.",
     ("coast", "delta")),
    ("fr", "Le Delta Fund et la Harbour Police surveillent la côte.\nPar ce canal, elles coopèrent aussi avec la "
           "Coast Authority.", ("coast", "delta")),
    ("en", "The Delta Fund was set up in 2010 to protect the coast.\nSince 2015, it has worked closely with the Coast "
           "Authority.", ("coast", "delta")),
    ("es", "Creado en 2010, el Delta Fund protege la costa.\nDesde 2015, colabora con la Coast Authority.",
     ("coast", "delta")),
])
def test_the_carried_subject_is_the_subject_of_the_sentence_before(lang, text, pair, learned):
    assert pair in _pairs(text, lang, learned)


@pytest.mark.parametrize("lang, text", [
    # the number disagrees: one body before a plural verb or pronoun, two before a singular one
    ("es", "El Delta Fund protege la costa.\nColaboran desde 2015 con la Coast Authority."),
    ("fr", "Le Delta Fund protège la côte.\nPar ce canal, elles coopèrent avec la Coast Authority."),
    ("es", "El Delta Fund y la Harbour Police vigilan la costa.\nColabora desde 2015 con la Coast Authority."),
    # the sentence before opens on no body: the body it names is an object's or a relative's
    ("es", "La pesca ilegal preocupa al Delta Fund.\nColabora además con la Coast Authority."),
    ("en", "The report was written for the Delta Fund.\nSince 2015, it has worked with the Coast Authority."),
    ("fr", "Le directeur du Delta Fund a visité le port.\nDepuis 2015, il coopère avec la Coast Authority."),
])
def test_no_carried_subject_where_number_or_subject_fails(lang, text):
    assert not {p for p in _pairs(text, lang) if "coast" in p}


def test_a_body_in_the_opening_phrase_is_no_carried_subject():
    # `Pour la Harbour Police, elle …`: the words after the comma may stand for the body just named
    text = "El Delta Fund protege la costa.\nPara la Harbour Police, colabora con la Coast Authority."
    assert ("coast", "delta") not in _pairs(text, "es")
    text = "El Delta Fund protege la costa.\nEn Ruritania, colabora con la Coast Authority."
    assert ("coast", "delta") in _pairs(text, "es")


def test_a_clause_before_the_comma_is_no_opening_phrase():
    # `El Delta Fund creó un sistema, apoyó …`: the verb after the comma shares the clause's own subject
    text = ("La Harbour Police vigila la costa.\nEl programa creó un sistema de alerta, apoyó a la Coast Authority y "
            "formó a los guardas.")
    assert ("coast", "harbour") not in _pairs(text, "es")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Delta Fund surveille la côte.\nSes experts travaillent avec la Coast Authority."),
    ("es", "El Delta Fund vigila la costa.\nSus laboratorios colaboran con la Coast Authority."),
    ("en", "The Delta Fund patrols the coast.\nIts experts work closely with the Coast Authority."),
])
def test_a_possessive_opening_stands_for_the_subject_before(lang, text):
    assert ("coast", "delta") in _pairs(text, lang)


@pytest.mark.parametrize("lang, text", [
    # a possessive of one owner after two bodies
    ("fr", "Le Delta Fund et la Harbour Police surveillent la côte.\nSes experts travaillent avec la Coast Authority."),
    # the first person opens the sentence before: `sa` stands for what it spoke of
    ("fr", "Nous menons le projet Azur avec la Harbour Police.\nSa première phase associe la Coast Authority."),
    ("es", "Gestionamos el programa Azul.\nSus equipos colaboran con la Coast Authority."),
])
def test_no_possessive_owner_where_number_or_person_fails(lang, text):
    assert not {p for p in _pairs(text, lang) if "coast" in p and ("delta" in p or "harbour" in p)}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Delta Fund et la Harbour Police surveillent la côte.\nElle coopère avec la Coast Authority."),
    ("en", "The Delta Fund and the Harbour Police patrol the coast.\nIt works with the Coast Authority."),
    ("fr", "Le Delta Fund surveille la côte.\nElles coopèrent avec la Coast Authority."),
])
def test_an_opening_pronoun_agrees_in_number(lang, text):
    # the pronoun references.py reads at the opening: none where its number disagrees
    assert not {p for p in _pairs(text, lang) if "coast" in p}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Delta Fund et la Harbour Police surveillent la côte.\nElles coopèrent avec la Coast Authority."),
    ("en", "The Delta Fund patrols the coast.\nIt works with the Coast Authority."),
])
def test_an_agreeing_opening_pronoun_still_reads(lang, text):
    assert ("coast", "delta") in _pairs(text, lang)


@pytest.mark.parametrize("text", [
    # review, twentieth session: the subject put after the verb; an auxiliary before an impersonal participle
    "El Delta Fund es un fondo regional.\nColabora en el proyecto la Coast Authority.",
    "El Delta Fund es un fondo regional.\nApoya el programa la Coast Authority, con fondos propios.",
    "El Delta Fund publicó un informe.\nEstá previsto colaborar con la Coast Authority.",
])
def test_no_carried_subject_where_the_verb_has_its_own(text):
    assert ("coast", "delta") not in _pairs(text, "es", False)


@pytest.mark.parametrize("text", [
    # review, twentieth session: English says `they` of one organisation
    "The Delta Fund patrols the coast.\nThey work with the Coast Authority.",
])
def test_english_they_may_stand_for_one_body(text):
    assert ("coast", "delta") in _pairs(text, "en")


@pytest.mark.parametrize("lang, text", [
    # review, twentieth session: an impersonal pronoun after an opening phrase stands for no body
    ("fr", "Le Delta Fund surveille la côte.\nDans ce cadre, il est prévu de coopérer avec la Coast Authority."),
    ("en", "The Delta Fund patrols the coast.\nIn this context, it is essential to cooperate with the Coast Authority."),
])
def test_an_impersonal_pronoun_carries_no_subject(lang, text):
    assert ("coast", "delta") not in _pairs(text, lang)


@pytest.mark.parametrize("lang, text", [
    # review, twentieth session: a possessive of what the sentence before named, not of the body's people
    ("en", "The Delta Fund published a study of the harbour.\nIts authors worked with the Coast Authority."),
    ("es", "El Delta Fund publicó un estudio sobre la pesca.\nSus autores trabajaron con la Coast Authority."),
    ("fr", "Le Delta Fund a lancé le programme Azur.\nSon budget est financé par la Coast Authority."),
])
def test_a_possessive_of_a_thing_carries_no_subject(lang, text):
    assert ("coast", "delta") not in _pairs(text, lang)


@pytest.mark.parametrize("lang, text", [
    # review, twentieth session: the pronoun after an opening `with` phrase agrees in number too
    ("fr", "Le Delta Fund et la Harbour Police surveillent la côte.\nAvec la Coast Authority, elle a lancé un projet."),
    ("es", "El Delta Fund y la Harbour Police vigilan la costa.\nCon la Coast Authority, ella lanzó un proyecto."),
])
def test_a_pronoun_after_a_with_phrase_agrees_in_number(lang, text):
    assert not {p for p in _pairs(text, lang) if "coast" in p}
