"""The NER encoder's embedding kept per word form (components/embed_cache.py)."""

import numpy as np
import pytest
from spacy.attrs import LEMMA

from partex.components import embed_cache
from partex.components.embed_cache import MIN_ROWS, EmbedCache

# made-up French prose, long enough for the cache (several MIN_ROWS tokens), with repeated words
LONG = ("Le Bureau régional et l'Agence nationale de sécurité ont lancé à Dakar un programme de "
        "formation des enquêteurs ; le programme réunit douze pays et l'Agence en assure la "
        "coordination avec le Bureau. ") * 4
OTHER = ("La Commission des pêches et le Centre de surveillance maritime de Mombasa ont signé un "
         "accord de partage de données sur la pêche illicite dans l'océan Indien occidental. ") * 3


def _encoder(model_extractor):
    nlp = model_extractor.pipeline("fr")
    ner = nlp.get_pipe("ner")
    return nlp, ner._encoder


def _whole(encoder, doc):
    return encoder.predict([doc])


@pytest.mark.model
def test_cached_rows_equal_the_encoders_bit_for_bit(model_extractor):
    nlp, encoder = _encoder(model_extractor)
    cache = EmbedCache.of(encoder)
    assert cache is not None
    docs = [nlp.make_doc(LONG), nlp.make_doc(OTHER), nlp.make_doc(LONG + OTHER)]
    for doc in docs + docs:  # the second round reads every form from the cache
        assert len(doc) >= MIN_ROWS
        ours, theirs = cache.predict(doc), _whole(encoder, doc)
        assert np.array_equal(np.asarray(ours), np.asarray(theirs))
    assert cache._trusted is True
    # each form is kept once: far fewer rows than tokens read
    assert 0 < len(cache._index) < sum(len(d) for d in docs) / 2


@pytest.mark.model
def test_a_short_document_is_embedded_whole_and_not_kept(model_extractor):
    nlp, encoder = _encoder(model_extractor)
    cache = EmbedCache.of(encoder)
    doc = nlp.make_doc("INTERPOL et Europol signent un accord.")
    assert len(doc) < MIN_ROWS
    assert np.array_equal(np.asarray(cache.predict(doc)), np.asarray(_whole(encoder, doc)))
    assert cache._trusted is None and not cache._index


@pytest.mark.model
def test_where_the_check_fails_the_cache_stands_down(model_extractor, monkeypatch):
    nlp, encoder = _encoder(model_extractor)
    cache = EmbedCache.of(encoder)
    real = cache._embedded

    def off_by_a_little(doc, first=None):  # rows that differ from the whole embedding
        return [real(doc, first)[0] + np.float32(1e-3)]

    monkeypatch.setattr(cache, "_embedded", off_by_a_little)
    doc = nlp.make_doc(LONG)
    assert np.array_equal(np.asarray(cache.predict(doc)), np.asarray(_whole(encoder, doc)))
    assert cache._trusted is False
    monkeypatch.setattr(cache, "_embedded", lambda *a: pytest.fail("an untrusted cache was read"))
    cache.predict(nlp.make_doc(OTHER))


def _forms(doc):
    return {(t.orth, t.norm) for t in doc}


@pytest.mark.model
def test_a_full_cache_starts_again(model_extractor, monkeypatch):
    nlp, encoder = _encoder(model_extractor)
    cache = EmbedCache.of(encoder)
    other, long = nlp.make_doc(OTHER), nlp.make_doc(LONG)
    monkeypatch.setattr(embed_cache, "MAX_FORMS", len(_forms(other) | _forms(long)) - 1)
    cache._trusted = True
    cache.predict(other)
    cache.predict(other)  # nothing new: kept as it is
    assert set(cache._index) == _forms(other)
    cache.predict(long)  # more new forms than room: emptied, then filled with its own
    assert set(cache._index) == _forms(long)
    assert np.array_equal(np.asarray(cache.predict(other)), np.asarray(_whole(encoder, other)))


@pytest.mark.model
def test_a_tokens_own_norm_is_part_of_its_form(model_extractor):
    nlp, encoder = _encoder(model_extractor)
    cache = EmbedCache.of(encoder)
    cache.predict(nlp.make_doc(LONG))  # `Bureau`, `programme` kept with their own norms
    doc = nlp.make_doc(LONG)
    for token in doc:
        if token.text in ("Bureau", "programme"):
            token.norm_ = "agence"  # as a tokenizer exception sets a norm on one token
    assert np.array_equal(np.asarray(cache.predict(doc)), np.asarray(_whole(encoder, doc)))


@pytest.mark.model
def test_rows_do_not_depend_on_which_document_came_first(model_extractor):
    nlp, encoder = _encoder(model_extractor)
    first, second = EmbedCache.of(encoder), EmbedCache.of(encoder)
    a, b = nlp.make_doc(LONG + OTHER), nlp.make_doc(OTHER + " " + LONG[:200])
    in_order = [np.asarray(first.predict(d)) for d in (a, b)]
    reversed_ = [np.asarray(second.predict(d)) for d in (b, a)][::-1]
    assert all(np.array_equal(x, y) for x, y in zip(in_order, reversed_))


@pytest.mark.model
def test_an_error_in_the_cache_costs_speed_not_the_document(model_extractor, monkeypatch):
    nlp, encoder = _encoder(model_extractor)
    cache = EmbedCache.of(encoder)
    cache._trusted = True

    def broken(*args):
        raise KeyError("a string the vocabulary lost")

    monkeypatch.setattr(cache, "_add", broken)
    doc = nlp.make_doc(OTHER)
    assert np.array_equal(np.asarray(cache.predict(doc)), np.asarray(_whole(encoder, doc)))
    assert cache._trusted is False


@pytest.mark.model
def test_vectors_keyed_by_another_attribute_stand_the_cache_down(model_extractor, monkeypatch):
    nlp, encoder = _encoder(model_extractor)
    cache = EmbedCache.of(encoder)
    doc = nlp.make_doc(LONG)
    assert cache._check(doc) is True

    class ByLemma:  # vectors keyed by another attribute than the form's
        attr = LEMMA

    monkeypatch.setattr(embed_cache, "Vectors", ByLemma)
    monkeypatch.setattr(doc.vocab, "vectors", ByLemma())
    assert cache._check(doc) is False


def test_an_embedding_that_reads_more_than_the_form_is_not_cached():
    from spacy.ml.featureextractor import FeatureExtractor
    from thinc.api import Linear, chain, noop

    # the first layer reads IS_SPACE, an attribute of the token in its text, not of its form
    embed = chain(FeatureExtractor(["NORM", "IS_SPACE"]), noop())
    assert EmbedCache.of(chain(chain(embed, noop()), Linear(2, 2))) is None
    plain = chain(FeatureExtractor(["NORM", "PREFIX"]), noop())
    assert EmbedCache.of(chain(chain(plain, noop()), Linear(2, 2))) is not None


@pytest.mark.model
def test_a_pickled_cache_starts_empty_and_gives_the_same_rows(model_extractor):
    import pickle

    nlp, encoder = _encoder(model_extractor)
    cache = EmbedCache.of(encoder)
    doc = nlp.make_doc(LONG)
    cache.predict(doc)
    copy = pickle.loads(pickle.dumps(cache))
    assert copy._trusted is None and not copy._index
    assert np.array_equal(np.asarray(copy.predict(doc)), np.asarray(_whole(encoder, doc)))
