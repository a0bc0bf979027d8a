"""The NER's greedy walk on arrays (components/ner_decoder.py) against spaCy's own walk."""

import numpy as np
import pytest

from partex.components.ner_decoder import ArrayNER

TEXTS = [
    "Le 12 mars 2024 à Lyon, INTERPOL et l'Office des Nations Unies contre la drogue et le crime "
    "ont signé avec la Banque africaine de développement un accord sur la traite.",
    "GENÈVE\n\nL'Organisation mondiale de la santé (OMS) et le Fonds des Nations Unies pour "
    "l'enfance.\n\n  Paris  \n\nMadrid. Rome. Berlin.",
    "Europol",
    "",
    "   ",
    "Jean Dupont, directeur de l'Agence française de développement, a rencontré Maria Lopez à "
    "Bogota. " * 40,
]


def _table(moves: str, labels: list[int], names: list[str]) -> np.ndarray:
    decoder = ArrayNER.__new__(ArrayNER)  # the table alone, no model
    decoder._labels = names
    decoder._move = np.array(list(moves))
    decoder._label = np.array(labels)
    return decoder._validity_table()


def test_the_validity_rules_are_biluo_without_preset_entities():
    # moves B-ORG, I-ORG, L-ORG, U-ORG, B-LOC, O, U- (no label)
    valid = _table("BILUBOU", [1, 1, 1, 1, 2, 0, 0], ["ORG", "LOC"])
    closed, no_label = 0, 0
    # nothing open, mid-sentence, a word: begin or unit with a label, or out
    assert valid[closed, no_label, 0, 0].tolist() == [1, 0, 0, 1, 1, 1, 0]
    # before a sentence start (or at the end): no begin, as no entity crosses it
    assert valid[closed, no_label, 1, 0].tolist() == [0, 0, 0, 1, 0, 1, 0]
    # on a space: no entity starts there
    assert valid[closed, no_label, 0, 1].tolist() == [0, 0, 0, 0, 0, 1, 0]
    # an ORG open: in or last of the same label only, and no in before a sentence start
    assert valid[1, 1, 0, 0].tolist() == [0, 1, 1, 0, 0, 0, 0]
    assert valid[1, 1, 1, 0].tolist() == [0, 0, 1, 0, 0, 0, 0]
    # a LOC open: no ORG move continues it
    assert not valid[1, 2, 0, 0].any()


def _pair(nlp, texts):
    """The same texts through the pipeline up to the NER, twice: one copy per walk."""
    before = nlp.pipe_names[: nlp.pipe_names.index("ner")]

    def prepare(text):
        doc = nlp.make_doc(text)
        for name in before:
            doc = nlp.get_pipe(name)(doc)
        return doc

    return [prepare(t) for t in texts], [prepare(t) for t in texts]


def _ents(doc):
    return [(e.start, e.end, e.label_) for e in doc.ents], [t.ent_iob for t in doc]


@pytest.mark.model
def test_the_array_walk_finds_the_entities_of_spacys_walk(model_extractor):
    nlp = model_extractor.pipeline("fr")
    decoder = nlp.get_pipe("ner")
    assert isinstance(decoder, ArrayNER)
    ours, theirs = _pair(nlp, TEXTS)
    ours = list(decoder.pipe(ours, batch_size=4))
    theirs = list(decoder.ner.pipe(theirs, batch_size=4))
    assert sum(len(d.ents) for d in ours) > 10
    # the layout set sentence starts inside documents: the walk's lanes are exercised
    assert sum(t.is_sent_start is True for d in ours for t in d[1:]) > 10
    assert [_ents(d) for d in ours] == [_ents(d) for d in theirs]


@pytest.mark.model
def test_a_documents_entities_do_not_depend_on_its_batch(model_extractor):
    nlp = model_extractor.pipeline("fr")
    decoder = nlp.get_pipe("ner")
    alone, batched = _pair(nlp, TEXTS)
    alone = [decoder(doc) for doc in alone]
    batched = list(decoder.pipe(batched, batch_size=len(TEXTS)))
    assert [_ents(d) for d in alone] == [_ents(d) for d in batched]


@pytest.mark.model
def test_preset_entities_go_to_spacys_walk_which_keeps_them(model_extractor):
    from spacy.tokens import Span

    nlp = model_extractor.pipeline("fr")
    decoder = nlp.get_pipe("ner")
    (doc,), _ = _pair(nlp, TEXTS[:1])
    lyon = next(t.i for t in doc if t.text == "Lyon")
    doc.set_ents([Span(doc, lyon, lyon + 1, label="MISC")])
    doc = decoder(doc)
    assert ("Lyon", "MISC") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.model
def test_a_saved_pipeline_loads_the_ners_weights_into_the_array_walk(model_extractor, tmp_path):
    import spacy

    nlp = model_extractor.pipeline("fr")
    nlp.to_disk(tmp_path / "partex-fr")
    loaded = spacy.load(tmp_path / "partex-fr")
    assert isinstance(loaded.get_pipe("ner"), ArrayNER) and loaded.get_pipe("ner")._decodable
    text = TEXTS[0] + " " + TEXTS[1]
    assert [(e.text, e.label_) for e in loaded(text).ents] == [(e.text, e.label_) for e in nlp(text).ents]
