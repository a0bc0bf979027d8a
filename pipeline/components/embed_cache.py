"""The NER encoder's embedding, computed once per word form.

The NER's encoder (`tok2vec`: an embedding, then window layers) opens on an embedding of each
token that reads nothing but the token itself: hashed lexical features (NORM, PREFIX, SUFFIX,
SHAPE) and the static vector of its ORTH, mixed by a maxout layer and normalised. It was a third
of the encoder's time (7.5 of 22.5 µs a token on the corpus's French, measured 7 December 2026),
spent again on every `the`, `de` and `INTERPOL` of a batch. `EmbedCache` keeps each form's row
(a form: its ORTH and NORM; PREFIX, SUFFIX and SHAPE are the lexeme's, read from its ORTH) and
runs the embedding on the forms it has not seen, one small document of them at a time; the
window layers, which read a token's neighbours, run on every document as before.

Same numbers, or no cache. A row of a matrix product depends on that row alone once the matrix
has a few rows (OpenBLAS takes other kernels for very small ones: here rows agree bit for bit
from 13 rows on for these shapes). So the forms are embedded at least MIN_ROWS at a time (padded
with repeats), and a document shorter than MIN_ROWS tokens is embedded whole, as before. Whether
this holds on the machine at hand is checked once, on the first document long enough (in a batch,
the warm-up text, before the workers are forked): its rows, and those of its tokens repeated to
CHECK_TOKENS tokens (a long document's products), taken from the cache built in pieces, must
equal the rows the embedding gives each of them whole, bit for bit, else the cache stands down
for the process and every document is embedded whole. The check does not cover every size or a
change of BLAS threads afterwards; the tables of the corpus and eleven development sets were
byte-identical with and without the cache. Any error in the cache stands it down too: it may cost
speed, never a document.

The cache assumes the NER's weights and the vocabulary's vectors do not change while it lives
(partex never trains the NER; a pipeline loaded again gets a new cache from `ArrayNER.wrap`); it
stands down where the vectors are not keyed by ORTH or NORM.

No library keeps such a cache for a thinc model: it is written here, by hand.
"""

from __future__ import annotations

import threading

import numpy as np
from spacy.attrs import NAMES, NORM, ORTH
from spacy.tokens import Doc
from spacy.vectors import Vectors
from thinc.api import Model

MIN_ROWS = 64  # the fewest rows embedded at once, and the shortest document the cache serves
CHECK_TOKENS = 4096  # the long document the check makes of the first one's tokens (about 60 ms, once)
MAX_FORMS = 50_000  # forms kept (19 MB of rows at width 96, and their index, about 10 MB)
# what the embedding may read: ORTH and NORM (the key), and attributes of the lexeme (of ORTH)
_READABLE = frozenset({"ORTH", "NORM", "LOWER", "PREFIX", "SUFFIX", "SHAPE"})


class EmbedCache:
    """The rows of a `tok2vec` encoder's embedding layer, per word form; see the module."""

    def __init__(self, whole: Model, embed: Model, rest: list[Model]) -> None:
        self._whole = whole  # the encoder this cache splits: what a document gets without it
        self._embed = embed  # List[Doc] -> List[Floats2d]: one row per token
        self._rest = rest    # the layers after it, in order: List[Floats2d] -> the encoder's output
        self._index: dict[tuple[int, int], int] = {}
        self._rows = np.zeros((0, 0), dtype="float32")
        self._trusted: bool | None = None  # None until checked on a long enough document
        # a Dask worker may run tasks in threads over one pipeline: the store is read and grown
        # under a lock (uncontended in partex's own pool: one thread a process)
        self._lock = threading.Lock()

    def __getstate__(self) -> dict:
        # pickled (a pipeline sent to another process): the layers only; the copy starts empty
        return {"whole": self._whole, "embed": self._embed, "rest": self._rest}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["whole"], state["embed"], state["rest"])

    @classmethod
    def of(cls, tok2vec: Model) -> EmbedCache | None:
        """A cache for the NER encoder `tok2vec` (spaCy's `Tok2Vec.v2` chained to its output
        layers), or None where its first layer is not an embedding of the tokens alone."""
        if len(tok2vec.layers) < 2 or len(tok2vec.layers[0].layers) != 2:
            return None
        embed, encode = tok2vec.layers[0].layers
        features = [n for n in embed.walk() if n.name == "extract_features"]
        read = {name for n in features for name in _names(n.attrs.get("columns", ()))}
        if not features or not read <= _READABLE:
            return None
        return cls(tok2vec, embed, [encode, *tok2vec.layers[1:]])

    def predict(self, doc: Doc) -> object:
        """What the encoder this cache splits predicts for [doc]."""
        if len(doc) < MIN_ROWS or self._trusted is False:
            return self._whole.predict([doc])
        with self._lock:
            try:
                if self._trusted is None:
                    self._trusted = self._check(doc)
                rows = self._embedded(doc) if self._trusted else None
            except Exception:  # noqa: BLE001 - a cache may cost speed, never a document
                self._clear()
                self._trusted, rows = False, None
        if rows is None:
            return self._whole.predict([doc])
        for layer in self._rest:
            rows = layer.predict(rows)
        return rows

    def _embedded(self, doc: Doc, first: int | None = None) -> list[np.ndarray]:
        """The embedding's rows of `doc`, as the embedding layer gives them ([rows]); forms not
        seen yet are embedded (those of the first `first` tokens in a piece of their own)."""
        # the keys zipped from the two columns, the rows looked up by `map`: no Python step per
        # token (a tuple per row of `tolist()` and a comprehension were most of the cache's time)
        table = doc.to_array([ORTH, NORM])
        keys = list(zip(table[:, 0].tolist(), table[:, 1].tolist()))
        forms = dict.fromkeys(keys)
        index = self._index
        unseen = [k for k in forms if k not in index]
        if len(index) + len(unseen) > MAX_FORMS:
            self._clear()  # before any piece: a document's rows all come from one filling
            unseen = list(forms)
        pieces = [unseen] if first is None else [dict.fromkeys(keys[:first]), forms]
        for piece in pieces:
            new = [k for k in piece if k not in index]
            if new:
                self._add(doc, new)
        return [self._rows[list(map(index.__getitem__, keys))]]

    def _add(self, doc: Doc, forms: list[tuple[int, int]]) -> None:
        """Embed `forms` as the tokens of one document (at least MIN_ROWS tokens: the first form
        repeated) and keep their rows."""
        padded = forms + [forms[0]] * (MIN_ROWS - len(forms))
        strings = doc.vocab.strings
        made = Doc(doc.vocab, words=[strings[orth] for orth, _ in padded])
        made.from_array([NORM], np.array([[norm] for _, norm in padded], dtype="uint64"))
        rows = self._embed.predict([made])[0][:len(forms)]
        used = len(self._index)
        if used + len(forms) > len(self._rows):  # doubling, up to what MAX_FORMS needs
            size = max(min(2 * len(self._rows), MAX_FORMS), used + len(forms), 1024)
            grown = np.zeros((size, rows.shape[1]), dtype=rows.dtype)
            if used:
                grown[:used] = self._rows[:used]
            self._rows = grown
        self._rows[used:used + len(forms)] = rows
        for i, form in enumerate(forms):
            self._index[form] = used + i

    def _check(self, doc: Doc) -> bool:
        """Whether the cache gives `doc`, and a long document made of its tokens, the rows the
        embedding gives them whole, bit for bit (each document's forms embedded in two pieces,
        MIN_ROWS tokens' worth first, on an empty cache); the cache is left empty."""
        vectors = doc.vocab.vectors
        if not isinstance(vectors, Vectors) or NAMES[vectors.attr] not in ("ORTH", "NORM"):
            return False
        words = [t.text for t in doc]
        long = Doc(doc.vocab, words=(words * (CHECK_TOKENS // len(words) + 1))[:CHECK_TOKENS])
        for sample in (doc, long):
            wanted = self._embed.predict([sample])[0]
            self._clear()
            got = self._embedded(sample, first=MIN_ROWS)[0]
            self._clear()
            if wanted.shape != got.shape or wanted.dtype != got.dtype or not np.array_equal(wanted, got):
                return False
        return True

    def _clear(self) -> None:
        self._index.clear()


def _names(columns: object) -> set[str]:
    """Attribute names of an `extract_features` layer's columns (names or spaCy attribute ids)."""
    return {c if isinstance(c, str) else NAMES[c] for c in columns}  # type: ignore[union-attr]
