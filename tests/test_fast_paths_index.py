"""Speed work of the twenty-fourth session: each fast path gives the answers of the plain code it
replaces, kept here written the direct way as the reference, on made-up values."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from partex.mention import Mention, SpanIndex


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

