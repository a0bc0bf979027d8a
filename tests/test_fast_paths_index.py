"""Speed work of the twenty-fourth session: each fast path gives the answers of the plain code it
replaces, kept here written the direct way as the reference, on made-up values."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from partex.mention import Mention, SpanIndex
from partex.resolve.learned_names import LABELS, NamesModel


# --- SpanIndex: the fields read by index in C, against the plain sort and maximum ----------------

_SPAN = st.tuples(st.integers(0, 60), st.integers(0, 12), st.sampled_from(["ORG", "LOCATION", "DATE"]),
                  st.sampled_from(["", "UN", "IRQ"]))


def _mentions(spans: list[tuple[int, int, str, str]]) -> list[Mention]:
    return [Mention(start, start + length, label, norm) for start, length, label, norm in spans]


def reference_overlapping(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    ordered = sorted(mentions, key=lambda m: m.start)
    return [m for m in ordered if m.start < end and m.end > start]


@settings(max_examples=300, deadline=None)
@given(st.lists(_SPAN, max_size=30), st.integers(0, 75), st.integers(0, 15))
def test_span_index_as_the_direct_way(spans, start: int, length: int) -> None:
    mentions = _mentions(spans)
    index = SpanIndex(mentions)
    assert index._mentions == sorted(mentions, key=lambda m: m.start)  # stable: ties keep their order
    assert index._starts == [m.start for m in index._mentions]
    assert index._longest == max((m.end - m.start for m in mentions), default=0)
    assert index.overlapping(start, start + length) == reference_overlapping(mentions, start, start + length)


# --- NamesModel.probabilities: each feature's weights read once, the same floats ----------------

def reference_probabilities(model: NamesModel, features: dict[str, float]) -> dict[str, float]:
    scores = {label: sum(w.get(k, 0.0) * v for k, v in features.items()) for label, w in model.weights.items()}
    scores.setdefault("none", 0.0)
    top = max(scores.values())
    exp = {k: math.exp(max(-50.0, s - top)) for k, s in scores.items()}
    total = sum(exp.values())
    return {k: e / total for k, e in exp.items()}


_FEATURES = ["bias", "words:1", "shape:title", "first:org_head", "before:article", "list_prev:ORG", "unweighed"]
_WEIGHT = st.floats(-8.0, 8.0, allow_nan=False, allow_infinity=False)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from([*LABELS, "none"]),
                       st.dictionaries(st.sampled_from(_FEATURES[:-1]), _WEIGHT, max_size=6), min_size=1),
       st.dictionaries(st.sampled_from(_FEATURES), st.sampled_from([1.0, 0.5, 2.0]), max_size=7))
def test_names_model_probabilities_as_the_direct_way(weights, features) -> None:
    model = NamesModel(weights)
    # equal floats, not close ones: a label is added where its probability reaches a threshold
    assert model.probabilities(features) == reference_probabilities(model, features)
