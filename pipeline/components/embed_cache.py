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
this holds on the machine at hand is checked on the first document long enough: its rows from the
cache, built in two pieces, must equal its rows embedded whole, bit for bit, else the cache stands
down for the process and every document is embedded whole.

No library keeps such a cache for a thinc model: it is written here, by hand.
"""

from __future__ import annotations

import threading

import numpy as np
from spacy.attrs import NAMES, NORM, ORTH
from spacy.tokens import Doc
from thinc.api import Model

MIN_ROWS = 64  # the fewest rows embedded at once, and the shortest document the cache serves
MAX_FORMS = 50_000  # forms kept (19 MB of rows at width 96); the cache starts again when full
# what the embedding may read: ORTH and NORM (the key), and attributes of the lexeme (of ORTH)
_READABLE = frozenset({"ORTH", "NORM", "LOWER", "PREFIX", "SUFFIX", "SHAPE"})


class EmbedCache:
    """The rows of a `tok2vec` encoder's embedding layer, per word form; see the module."""

    def __init__(self, embed: Model, rest: list[Model]) -> None:
        self._embed = embed  # List[Doc] -> List[Floats2d]: one row per token
        self._rest = rest    # the layers after it, in order: List[Floats2d] -> the encoder's output
        self._index: dict[tuple[int, int], int] = {}
        self._rows = np.zeros((0, 0), dtype="float32")
        self._used = 0
        self._trusted: bool | None = None  # None until checked on a long enough document
        # a Dask worker may run tasks in threads over one pipeline: the store is read and grown
        # under a lock (uncontended in partex's own pool: one thread a process)
        self._lock = threading.Lock()

    def __getstate__(self) -> dict:
        # pickled (a pipeline sent to another process): the layers only; the copy starts empty
        return {"embed": self._embed, "rest": self._rest}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["embed"], state["rest"])

    @classmethod
    def of(cls, tok2vec: Model) -> EmbedCache | None:
        """A cache for the NER encoder `tok2vec` (spaCy's `Tok2Vec.v2` chained to its output
        layers), or None where its first layer is not an embedding of the tokens alone."""
        if len(tok2vec.layers) < 2 or len(tok2vec.layers[0].layers) != 2:
            return None
        embed, encode = tok2vec.layers[0].layers
        read = set()
        for node in embed.walk():
            if node.name == "extract_features":
                read.update(_names(node.attrs.get("columns", ())))
            elif node.name == "static_vectors":
                read.add(str(node.attrs.get("key_attr", "")))
        if not read or not read <= _READABLE or not any(n.name == "extract_features" for n in embed.walk()):
            return None
        return cls(embed, [encode, *tok2vec.layers[1:]])

    def predict(self, doc: Doc, whole: Model) -> object:
        """What `whole` (the encoder this cache splits) predicts for [doc]."""
        if len(doc) < MIN_ROWS or self._trusted is False:
            return whole.predict([doc])
        with self._lock:
            if self._trusted is None:
                self._trusted = self._check(doc)
            rows = self._embedded(doc) if self._trusted else None
        if rows is None:
            return whole.predict([doc])
        for layer in self._rest:
            rows = layer.predict(rows)
        return rows

    def _embedded(self, doc: Doc, first: int | None = None) -> list[np.ndarray]:
        """The embedding's rows of `doc`, as the embedding layer gives them ([rows]); forms not
        seen yet are embedded (those of the first `first` tokens in a piece of their own)."""
        keys = list(map(tuple, doc.to_array([ORTH, NORM]).tolist()))
        if len(self._index) + len(keys) > MAX_FORMS:
            self._index.clear()
            self._used = 0
        pieces = [keys] if first is None else [keys[:first], keys[first:]]
        for piece in pieces:
            new = [k for k in dict.fromkeys(piece) if k not in self._index]
            if new:
                self._add(doc, new)
        index = self._index
        return [self._rows[[index[k] for k in keys]]]

    def _add(self, doc: Doc, forms: list[tuple[int, int]]) -> None:
        """Embed `forms` as the tokens of one document (at least MIN_ROWS tokens: the first form
        repeated) and keep their rows."""
        padded = forms + [forms[0]] * (MIN_ROWS - len(forms))
        strings = doc.vocab.strings
        made = Doc(doc.vocab, words=[strings[orth] for orth, _ in padded])
        made.from_array([NORM], np.array([[norm] for _, norm in padded], dtype="uint64"))
        rows = self._embed.predict([made])[0][:len(forms)]
        if self._used + len(forms) > len(self._rows):
            grown = np.zeros((max(2 * len(self._rows), self._used + len(forms), 1024), rows.shape[1]),
                             dtype=rows.dtype)
            if self._used:
                grown[:self._used] = self._rows[:self._used]
            self._rows = grown
        self._rows[self._used:self._used + len(forms)] = rows
        for i, form in enumerate(forms):
            self._index[form] = self._used + i
        self._used += len(forms)

    def _check(self, doc: Doc) -> bool:
        """Whether the cache gives `doc` the rows the embedding gives it whole, bit for bit (its
        forms embedded in two pieces, MIN_ROWS tokens' worth first); the cache starts empty after."""
        whole = self._embed.predict([doc])[0]
        cached = self._embedded(doc, first=MIN_ROWS)[0]
        self._index.clear()
        self._used = 0
        return whole.shape == cached.shape and whole.dtype == cached.dtype and np.array_equal(whole, cached)


def _names(columns: object) -> set[str]:
    """Attribute names of an `extract_features` layer's columns (names or spaCy attribute ids)."""
    return {c if isinstance(c, str) else NAMES[c] for c in columns}  # type: ignore[union-attr]
