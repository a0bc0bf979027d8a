"""The trained NER's greedy decoding, run on arrays: every sentence of a batch at once.

spaCy's `EntityRecognizer` scores each token with its network, then walks the tokens with a
transition system (BILUO: begin, in, last, unit, out), taking at each step the best move the
rules allow. That walk is compiled code, but in this build of spaCy every look-up of a token in a
state takes and releases the GIL (measured with `perf`: 37 % of the NER's time went to the walk,
most of it to those locks; `benchmarks/README.md`). No library offers the walk otherwise, so it is
written here, by hand, on numpy arrays, with the model's own layers and the same arithmetic:

- the same network: the NER's encoder and its precomputed feature layer (`lower`), run by thinc,
  the encoder's first layer (an embedding of each token alone) kept per word form
  (`embed_cache.py`: the same rows, bit for bit, checked; a document's rows never depend on which
  document brought a form first);
  the output layer with blis, as spaCy's walk multiplies it, then the same bias and masking;
- the same features per step (the token, the entity's first token, the token before) and the
  same moves and validity rules (`spacy/pipeline/_parser_internals/ner.pyx`, with no preset
  entities: no entity may cross a sentence start, begin at the last token or on a space);
- the same choice: the first best-scoring valid move.

As no entity crosses a sentence start, each sentence's walk is independent of the others: all
the sentences of a batch advance together, one token per step, so a step costs a few array
operations for the whole batch. The encoder reads one document at a time (spaCy reads
sub-batches), so a product's rounding may differ with a batch's make-up and, in a near tie,
change a move; the entities were equal to spaCy's in the tests (texts with spaces, line breaks,
one-token sentences, long documents) and on the corpus and twelve development sets.

Anything this does not cover goes to spaCy's own walk: a document with preset entities, a NER
that listens to a shared encoder, a transition system other than BILUO, a GPU.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import blis.py
import numpy as np
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.pipeline.ner import DEFAULT_NER_MODEL
from spacy.tokens import Doc, Span
from spacy.util import minibatch
from thinc.api import Model, NumpyOps

from .embed_cache import EmbedCache

# BILUO moves: which need an open entity, which open one, which close it
_BEGIN, _IN, _LAST, _UNIT, _OUT = "BILUO"
_MOVES = frozenset("BILUO")


@Language.factory(
    "partex_ner",
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
    default_config={"moves": None, "update_with_oracle_cut_size": 100, "model": DEFAULT_NER_MODEL,
                    "incorrect_spans_key": None, "scorer": {"@scorers": "spacy.ner_scorer.v1"}},
)
def make_ner_decoder(nlp: Language, name: str, model: Model, moves: object,
                     update_with_oracle_cut_size: int, incorrect_spans_key: str | None,
                     scorer: Callable | None) -> ArrayNER:
    """spaCy's `EntityRecognizer` with the settings of spaCy's `ner` factory, walked on arrays; a
    saved pipeline loads its weights into it (`from_disk`)."""
    return ArrayNER(name, EntityRecognizer(
        nlp.vocab, model, name=name, moves=moves, scorer=scorer,
        update_with_oracle_cut_size=update_with_oracle_cut_size,
        incorrect_spans_key=incorrect_spans_key))


def use_array_decoder(nlp: Language) -> None:
    """Put the array decoder in the place of `nlp`'s "ner" when it can decode that NER."""
    if "ner" not in nlp.pipe_names:
        return
    ner = nlp.get_pipe("ner")
    if not ArrayNER.can_decode(ner):
        return
    config = {k: v for k, v in nlp.config["components"]["ner"].items() if k != "factory"}
    # the factory builds a fresh copy of the NER (what a saved pipeline loads into); the loaded
    # one, with its weights, replaces it
    nlp.replace_pipe("ner", "partex_ner", config=config).wrap(ner)


class ArrayNER:
    """The trained NER with its greedy walk on arrays; same `Doc.ents` as spaCy's."""

    def __init__(self, name: str, ner: EntityRecognizer) -> None:
        self.name = name
        self.wrap(ner)

    @staticmethod
    def can_decode(ner: object) -> bool:
        """Whether `ner` is a greedy CPU BILUO entity recogniser with its own encoder and the
        three features per state this walk reads."""
        if not isinstance(ner, EntityRecognizer) or ner.cfg.get("beam_width", 1) != 1:
            return False
        model = ner.model
        if not model.has_ref("lower") or not model.has_ref("upper") or model.get_ref("upper") is None:
            return False
        if not model.get_ref("lower").has_dim("nF") or model.get_ref("lower").get_dim("nF") != 3:
            return False
        if any("listener" in node.name for node in model.walk()):
            return False
        if not all(type(node.ops) is NumpyOps for node in model.walk()):
            return False
        moves = ner.moves
        names = [moves.get_class_name(i) for i in range(moves.n_moves)]
        return all(n[0] in _MOVES and (len(n) == 1 or n[1] == "-") for n in names)

    def wrap(self, ner: EntityRecognizer) -> None:
        """Take the trained NER whose walk this replaces (spaCy's walk where this one cannot)."""
        self.ner = ner
        # a fresh copy, before a saved pipeline loads its weights into it, is not decoded yet
        self._decodable = self.can_decode(ner) and bool(ner.model.get_ref("upper").has_param("W"))
        if not self._decodable:
            return
        model = ner.model
        self._encoder = model.get_ref("tok2vec")
        self._embeds = EmbedCache.of(self._encoder)  # None: every document embedded whole
        self._lower = model.get_ref("lower")
        self._upper = model.get_ref("upper")
        self._unseen = sorted(self._upper.attrs.get("unseen_classes", ()))
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        self._labels = sorted({n[2:] for n in names if n[2:]})
        self._move = np.array([n[0] for n in names])
        self._label = np.array([self._labels.index(n[2:]) + 1 if n[2:] else 0 for n in names])
        self._opens = (self._move == _BEGIN) | (self._move == _UNIT)  # per move: an entity opens
        self._closes = (self._move == _LAST) | (self._move == _UNIT)  # per move: an entity ends
        self._valid = self._validity_table()

    # a saved pipeline saves and loads the wrapped NER's weights and moves
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        self.ner.to_disk(path, exclude=exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ArrayNER:
        self.wrap(self.ner.from_disk(path, exclude=exclude))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return self.ner.to_bytes(exclude=exclude)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> ArrayNER:
        self.wrap(self.ner.from_bytes(data, exclude=exclude))
        return self

    @property
    def model(self):  # noqa: ANN201 - the thinc model of the wrapped NER
        return self.ner.model

    def _validity_table(self) -> np.ndarray:
        """valid[open, entity label, no continuation, space, move]: ner.pyx's rules, no presets.

        `no continuation`: the next token starts a sentence, or there is none."""
        k = len(self._labels) + 1
        table = np.zeros((2, k, 2, 2, len(self._move)), dtype=bool)
        labelled = self._label != 0
        same = self._label[None, :] == np.arange(k)[:, None]  # [entity label, move]
        for opened in (0, 1):
            for stop in (0, 1):
                for space in (0, 1):
                    t = table[opened, :, stop, space]
                    if opened:
                        t[:, self._move == _IN] = (same & labelled)[:, self._move == _IN] & (not stop)
                        t[:, self._move == _LAST] = (same & labelled)[:, self._move == _LAST]
                    else:
                        t[:, self._move == _BEGIN] = labelled[self._move == _BEGIN] & (not stop) & (not space)
                        t[:, self._move == _UNIT] = labelled[self._move == _UNIT] & (not space)
                        t[:, self._move == _OUT] = True
        return table

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            batch = list(batch)
            if not self._decodable or any(doc.has_annotation("ENT_IOB") for doc in batch):
                # preset entities, or a NER this walk does not decode: spaCy's own walk
                yield from self.ner.pipe(batch, batch_size=len(batch))
                continue
            spans = self._decode([doc for doc in batch if len(doc)])
            for doc in batch:
                if len(doc):
                    doc.set_ents([Span(doc, s, e, label=label) for s, e, label in next(spans)],
                                 default="outside")
                yield doc

    def _decode(self, docs: list[Doc]) -> Iterator[list[tuple[int, int, str]]]:
        """(start, end, label) of each doc's entities, doc by doc."""
        lengths = np.array([len(doc) for doc in docs])
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        n = int(lengths.sum())
        starts = np.concatenate([doc.to_array(SENT_START) for doc in docs]) == 1
        starts[offsets] = True
        stop = np.ones(n, dtype=bool)  # the next token starts a sentence, or there is none
        stop[:-1] = starts[1:]
        space = np.concatenate([doc.to_array(IS_SPACE) for doc in docs]).astype(bool)
        # The encoder reads one document at a time: its arrays stay small, which is faster than a
        # batch's (18.6 against 29.6 µs a word for 25 documents at once, benchmarks/README.md),
        # and a document's entities do not depend on the others of its batch.
        encode = self._encoder.predict if self._embeds is None else (lambda one: self._embeds.predict(one[0]))
        features = [self._lower.predict(encode([doc])) for doc in docs]
        padding = features[0][0]  # (F, O, P): the features of no token, the same in every doc
        rows = np.concatenate([f[1:] for f in features])  # (n, F, O, P)
        del features
        found = self._walk(padding, rows, np.flatnonzero(starts), stop, space)
        doc_of = np.searchsorted(offsets, [s for s, _, _ in found], side="right") - 1
        per_doc: list[list] = [[] for _ in docs]
        for (start, end, label), d in zip(found, doc_of):
            per_doc[d].append((start - offsets[d], end - offsets[d], label))
        for ents in per_doc:
            yield sorted(ents)

    def _walk(self, padding: np.ndarray, rows: np.ndarray, lane_start: np.ndarray,
              stop: np.ndarray, space: np.ndarray) -> list[tuple[int, int, str]]:
        """Greedy BILUO over every sentence (lane) at once; entities in global token indices."""
        n, n_feats, n_out, n_pieces = rows.shape
        padding, rows = padding.reshape(n_feats, -1), rows.reshape(n, n_feats, -1)
        bias = self._lower.get_param("b").reshape(-1)
        weights, out_bias = self._upper.get_param("W"), self._upper.get_param("b")
        lane_end = np.append(lane_start[1:], n)
        position = lane_start.copy()
        opened = np.zeros(len(lane_start), dtype=np.intp)
        entity_start = np.zeros(len(lane_start), dtype=np.intp)
        entity_label = np.zeros(len(lane_start), dtype=np.intp)
        lanes = np.arange(len(lane_start))
        found = []
        while True:
            lanes = lanes[position[lanes] < lane_end[lanes]]
            if not len(lanes):
                return found
            b0, is_open = position[lanes], opened[lanes].astype(bool)
            # the features of ner.pyx's states: B(0), E(0) and B(0) - 1 while an entity is open
            hidden = rows[b0, 0] + np.where(is_open[:, None], rows[entity_start[lanes], 1], padding[1])
            hidden += np.where(is_open[:, None], rows[np.maximum(b0 - 1, 0), 2], padding[2])
            hidden += bias
            # maxout: the largest piece, one `maximum` per piece (a reduction over an axis of two
            # is a slow loop in numpy; the maximum is exact either way)
            pieces = hidden.reshape(len(lanes), n_out, n_pieces)
            hidden = pieces[:, :, 0].copy()
            for piece in range(1, n_pieces):
                np.maximum(hidden, pieces[:, :, piece], out=hidden)
            # blis, as spaCy's walk multiplies the output layer: the same rounding
            scores = blis.py.gemm(hidden, weights, trans2=True)
            scores += out_bias
            if self._unseen:
                scores[:, self._unseen] = scores.min()
            valid = self._valid[opened[lanes], entity_label[lanes], stop[b0].astype(np.intp),
                                space[b0].astype(np.intp)]
            guess = np.where(valid, scores, -np.inf).argmax(axis=1)
            label, opens, closes = self._label[guess], self._opens[guess], self._closes[guess]
            entity_start[lanes[opens]] = b0[opens]
            entity_label[lanes[opens]] = label[opens]
            for i in np.flatnonzero(closes):
                found.append((int(entity_start[lanes[i]]), int(b0[i]) + 1,
                              self._labels[label[i] - 1]))
            opened[lanes] = (is_open | opens) & ~closes
            position[lanes] += 1
