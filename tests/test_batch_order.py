"""A batch runs each component, and each resolver stage, over every document before the next
one (`run_components`, `Resolver.pipe`): the rows must be those of each document read alone."""

import pytest

from partex.extractor import run_components

# made-up texts in the genre, one language per list, of different lengths and shapes
TEXTS = {
    "fr": ["L'ONUDC et INTERPOL ont signé le 3 mars 2021 un protocole d'accord à Vienne.",
           "L'opération Pangea XIV, menée par INTERPOL avec l'OMD, a permis la saisie de 9 millions "
           "de médicaments dans 92 pays.",
           "Le Kenya est membre de l'Union africaine. Nous coopérons avec l'OMS depuis 2015.",
           "Communiqué."],
    "en": ["The UNODC and the World Customs Organization signed an agreement on 4 May 2022.",
           "Operation Thunder, led by INTERPOL, involved 125 countries and seized 1,800 animals.",
           "Norway joined the Financial Action Task Force in 1991."],
    "es": ["La OEA y la UNODC firmaron un memorando de entendimiento el 12 de junio de 2019.",
           "Colombia y Perú forman parte de la Comunidad Andina desde 1969."],
}


def _alone(extractor, lang):
    return [extractor.analyse(text, doc_id=f"d{i}", lang=lang) for i, text in enumerate(TEXTS[lang])]


def _together(extractor, lang):
    return list(extractor.analyse_many((f"d{i}", text, lang) for i, text in enumerate(TEXTS[lang])))


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_batch_gives_each_document_its_own_rows(fast, lang):
    together = _together(fast, lang)
    assert [a.mentions for a in together] == [a.mentions for a in _alone(fast, lang)]
    assert [a.facts for a in together] == [a.facts for a in _alone(fast, lang)]
    assert any(a.mentions for a in together)  # the texts hold mentions: the test can fail


@pytest.mark.model
def test_a_batch_gives_each_document_its_own_rows_with_the_model(model_extractor):
    together = _together(model_extractor, "fr")
    alone = _alone(model_extractor, "fr")
    assert [(a.mentions, a.facts) for a in together] == [(a.mentions, a.facts) for a in alone]


def test_the_resolver_runs_each_stage_over_the_whole_batch(fast):
    nlp = fast.pipeline("en")
    resolver = nlp.get_pipe("partex_resolver")
    from partex.resolve import STAGES

    calls = []

    def recording(stage):
        def run(ctx, state):
            calls.append((stage.__name__, ctx.text))
            return stage(ctx, state)
        return run

    upstream = [name for name in nlp.pipe_names if name != "partex_resolver"]
    upstream = upstream[:upstream.index("partex_values") + 1]
    texts = TEXTS["en"]
    docs = [nlp.make_doc(t) for t in texts]
    for name in upstream:
        docs = [nlp.get_pipe(name)(d) for d in docs]
    alone = [[(e.start_char, e.end_char, e.label_) for e in resolver(d.copy()).ents] for d in docs]
    piped = list(resolver.pipe(docs, batch_size=len(docs), stages=[recording(s) for s in STAGES]))
    assert [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in piped] == alone
    # the first stage read every document before the second stage read any
    first, second = STAGES[0].__name__, STAGES[1].__name__
    order = [name for name, _ in calls]
    assert order[:len(texts)] == [first] * len(texts)
    assert order[len(texts):2 * len(texts)] == [second] * len(texts)


def test_run_components_makes_docs_of_texts_and_keeps_given_docs(fast):
    nlp = fast.pipeline("en")
    given = nlp.make_doc("INTERPOL met the UNODC.")
    docs = run_components(nlp, ["The WHO met in Geneva.", given])
    assert docs[1] is given
    assert [e.text for e in docs[0].ents if e.label_ == "ORG"] == ["WHO"]
    assert {e.text for e in given.ents} >= {"INTERPOL", "UNODC"}
