"""A tokenizer that reads the folded text and remembers the original.

Both apostrophes split elisions, but `l’ONU` and `l'ONU` give tokens whose LOWER differ, so a
phrase pattern written with one misses the other (PITFALLS.md). Folding the text 1:1 before
tokenizing (`partex.text.fold`) makes every pattern match both while every offset stays valid;
the original text is kept on the Doc for the rows. A run of non-space characters longer than
`partex.text.MAX_RUN` is broken by spaces the same way, one character for one, so that the
tokenizer's time stays linear (`partex.text.break_long_runs`). spaCy's own tokenizer does the
work; this wrapper only folds, and passes serialisation and memory zones through to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from ..text import break_long_runs, fold
from . import extensions  # noqa: F401  (registers the Doc extensions it sets)

TOKENIZER_NAME = "partex.FoldingTokenizer.v1"


class FoldingTokenizer:
    """Folds the text, tokenizes it with the wrapped tokenizer, keeps the original on the Doc."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        folded = break_long_runs(fold(text))
        doc = self.tokenizer(folded)
        doc._.partex_text = folded
        if folded != text:
            doc._.partex_original = text
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        """Tokenize a stream of texts."""
        for text in texts:
            yield self(text)

    def to_disk(self, path: Any, **kwargs: Any) -> None:
        """Save the wrapped tokenizer's rules."""
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path: Any, **kwargs: Any) -> FoldingTokenizer:
        """Load the wrapped tokenizer's rules."""
        self.tokenizer.from_disk(path, **kwargs)
        return self

    def to_bytes(self, **kwargs: Any) -> bytes:
        """The wrapped tokenizer's rules as bytes."""
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs: Any) -> FoldingTokenizer:
        """Load the wrapped tokenizer's rules from bytes."""
        self.tokenizer.from_bytes(data, **kwargs)
        return self

    def __getattr__(self, name: str) -> Any:
        # everything else (infix_finditer, token_match, rules ...) is the wrapped tokenizer's
        if name == "tokenizer":
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


@registry.tokenizers(TOKENIZER_NAME)
def create_folding_tokenizer() -> Callable[[Language], FoldingTokenizer]:
    """The language's default tokenizer, wrapped to fold the text first."""

    default = registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make(nlp: Language) -> FoldingTokenizer:
        return FoldingTokenizer(default(nlp))

    return make


def use_folding_tokenizer(nlp: Language) -> None:
    """Wrap `nlp`'s tokenizer, and say so in its config so that a saved pipeline loads with it."""
    if not isinstance(nlp.tokenizer, FoldingTokenizer):
        nlp.tokenizer = FoldingTokenizer(nlp.tokenizer)
        nlp.config["nlp"]["tokenizer"] = {"@tokenizers": TOKENIZER_NAME}
