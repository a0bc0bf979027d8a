"""Component: the resolver's stages (`partex.resolve`) over a Doc, results in `doc.ents`.

It reads the value finders' candidates, the rulers' spans and the statistical NER's entities,
runs the stages, and writes the flat, normalised mentions to `doc.ents` with `span._.norm`,
`._.precision`, `._.qualifier` and `._.source` (see `extensions`). A mention that does not fall
on token boundaries (`2019` in `mi-2019`) gets its tokens split first, so that every mention is
an entity with its exact offsets.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import bisect

import numpy
from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from ..mention import Mention
from ..resolve import STAGES, Context, Stage, resolve, resolve_many
from ..resolve.knowledge import build_knowledge
from .data import PatternsData
from .extensions import doc_text, original_text, set_span_values

RULER_KEY = "partex_ruler"
RESOLVER = "partex_resolver"  # the component's name in the pipeline


class Resolver(PatternsData):
    """Turns a Doc's candidates into its final mentions (see `partex.resolve`)."""

    def __init__(self, nlp: Language, name: str, *, lang: str = "", use_model: bool = True) -> None:
        super().__init__(lang or nlp.lang)
        self.name = name
        self.use_model = use_model
        self.knowledge = None

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None,
                   patterns_dir: str | Path | None = None) -> None:
        """Build the lexicon and gazetteer facts from `patterns_dir` (default: the project's)."""
        self.use_patterns(patterns_dir)
        self.knowledge = build_knowledge(self.lang, self.patterns_dir)

    def __call__(self, doc: Doc, stages: Iterable[Stage] = STAGES) -> Doc:
        """Resolve the Doc's candidates into its mentions; `stages` other than the resolver's own
        are for training (`nlp(text, component_cfg={RESOLVER: {"stages": …}})`)."""
        set_mentions(doc, resolve(self._context(doc), doc._.partex_candidates or (), stages))
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 128,
             stages: Iterable[Stage] = STAGES) -> Iterator[Doc]:
        """`__call__` over a stream of Docs, a batch at a time, each stage over the whole batch
        (`partex.resolve.resolve_many`: same mentions, less CPU)."""
        stages = tuple(stages)
        for batch in minibatch(docs, size=batch_size):
            found = resolve_many([(self._context(doc), doc._.partex_candidates or ()) for doc in batch],
                                 stages)
            for doc, mentions in zip(batch, found):
                set_mentions(doc, mentions)
                yield doc

    def _context(self, doc: Doc) -> Context:
        if self.knowledge is None:
            self.initialize()
        blocks = doc._.partex_blocks or ()
        sources = {(s, e, label): source for s, e, label, source in doc._.partex_rule_sources or ()}
        return Context(doc=doc, text=doc_text(doc), original=original_text(doc),
                       knowledge=self.knowledge, use_model=self.use_model,
                       headings=frozenset((s, e) for s, e, heading in blocks if heading),
                       ruler_spans=tuple(doc.spans[RULER_KEY]) if RULER_KEY in doc.spans else (),
                       rule_sources=sources)


def set_mentions(doc: Doc, mentions: list[Mention]) -> None:
    """Write mentions to `doc.ents` with their extension attributes, splitting tokens where a
    mention starts or ends inside one."""
    starts = _split_at(doc, [offset for m in mentions for offset in (m.start, m.end)])
    ents = []
    for m in mentions:
        # token boundaries from the offsets (every mention is aligned after the split)
        first, last = bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end)
        ents.append(Span(doc, first, last, label=m.label))
        values = {"norm": m.norm, "source": m.source}
        if m.precision:
            values["precision"] = m.precision
        if m.qualifier:
            values["qualifier"] = m.qualifier
        set_span_values(doc, m.start, m.end, values)
    # what `doc.ents = ents` does, without making each Span again from its (label, start, end)
    doc.set_ents(ents, default="outside")


def _split_at(doc: Doc, offsets: list[int]) -> list[int]:
    """Split the tokens that hold one of `offsets` strictly inside them; return the tokens'
    start offsets after the split."""
    if not len(doc):
        return []
    table = doc.to_array([IDX, LENGTH])
    starts = table[:, 0]
    at = numpy.unique(numpy.array(offsets, dtype=starts.dtype))
    holder = numpy.searchsorted(starts, at, side="right") - 1  # the token each offset falls in
    inside = (holder >= 0) & (starts[holder] < at) & (at < starts[holder] + table[holder, 1])
    if not inside.any():
        return starts.tolist()
    cuts: dict[int, list[int]] = {}
    for i, offset in zip(holder[inside].tolist(), at[inside].tolist()):
        cuts.setdefault(i, []).append(offset)
    with doc.retokenize() as retokenizer:
        for i, inner in cuts.items():
            token = doc[i]
            edges = [token.idx, *inner, token.idx + len(token)]
            orths = [token.text[a - token.idx:b - token.idx] for a, b in zip(edges, edges[1:])]
            retokenizer.split(token, orths, heads=[(token, 0)] * len(orths))
    return doc.to_array(IDX).tolist()


@Language.factory("partex_resolver", default_config={"lang": "", "use_model": True})
def make_resolver(nlp: Language, name: str, lang: str, use_model: bool) -> Resolver:
    """Build the resolver (`use_model`: whether a statistical NER runs before it)."""
    return Resolver(nlp, name, lang=lang, use_model=use_model)


__all__ = ["RESOLVER", "RULER_KEY", "Resolver", "set_mentions"]
