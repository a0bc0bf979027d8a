import pytest

from partex.mention import Mention, resolve_overlaps


def spans(mentions):
    return [(m.start, m.end, m.label) for m in mentions]


@pytest.mark.parametrize("candidates, expected", [
    # the longest name wins: its Nations Unies is not annotated again
    ([Mention(0, 53, "ORG", source="gazetteer"), Mention(40, 53, "ORG", source="gazetteer")],
     [(0, 53, "ORG")]),
    # a resolution holds its year
    ([Mention(0, 22, "RESOLUTION", source="finder:resolution"), Mention(16, 20, "DATE", source="finder:date")],
     [(0, 22, "RESOLUTION")]),
    # equal length: the rule beats the model
    ([Mention(5, 10, "LOCATION", source="model"), Mention(5, 10, "COUNTRY", source="gazetteer")],
     [(5, 10, "COUNTRY")]),
    # equal length, equal source: the earlier one
    ([Mention(4, 8, "ORG", source="model"), Mention(2, 6, "ORG", source="model")],
     [(2, 6, "ORG")]),
    # disjoint spans all stay, sorted
    ([Mention(10, 12, "ORG"), Mention(0, 3, "DATE")], [(0, 3, "DATE"), (10, 12, "ORG")]),
    ([], []),
])
def test_resolve_overlaps_keeps_flat_longest_spans(candidates, expected):
    assert spans(resolve_overlaps(candidates)) == expected


def test_contains_and_overlaps():
    outer, inner, apart = Mention(0, 10, "ORG"), Mention(2, 5, "ORG"), Mention(10, 12, "ORG")
    assert outer.contains(inner) and not inner.contains(outer)
    assert outer.overlaps(inner) and not outer.overlaps(apart)


@pytest.mark.parametrize("start, end, expected", [
    (0, 3, [(0, 10)]),             # inside a long span that starts before
    (10, 12, [(10, 12)]),          # exactly one
    (9, 11, [(0, 10), (10, 12)]),  # across two
    (12, 20, []),                  # after all of them
    (3, 4, [(0, 10), (3, 4)]),     # a short span starting inside a long one
])
def test_span_index_finds_every_overlapping_span(start, end, expected):
    from partex.mention import SpanIndex

    index = SpanIndex([Mention(10, 12, "ORG"), Mention(0, 10, "ORG"), Mention(3, 4, "DATE")])
    assert [(m.start, m.end) for m in index.overlapping(start, end)] == expected
