"""A body named with a possessive right after a cue of support is the supported side, not a
qualifier (`have supported the FAO's fisheries programmes`: the FAO is the partner of each
supporter; facts-26, issue 11); a possessive elsewhere still only qualifies
(`the UN's counter-terrorism entities`)."""

from __future__ import annotations

import pytest

from facts_helpers import tuples


@pytest.mark.parametrize("text", [
    "Donors such as Norway, Japan and the World Bank have supported the FAO's fisheries programmes.",
])
def test_the_body_whose_work_is_supported_is_a_partner(fast, text):
    pairs = {t[1] for t in tuples(fast.analyse(text, doc_id="t", lang="en")) if t[0] == "PARTNERSHIP"}
    assert {("fao", "nor"), ("fao", "jpn")} <= pairs
    assert ("jpn", "nor") not in pairs


def test_a_single_supporter_is_the_partner_of_the_supported_body(fast):
    text = "Since 2015 the European Union has supported the FAO's fisheries programmes in the Pacific."
    pairs = {t[1] for t in tuples(fast.analyse(text, doc_id="t", lang="en")) if t[0] == "PARTNERSHIP"}
    assert ("eu", "fao") in pairs


def test_a_possessive_not_after_support_still_qualifies(fast):
    text = "INTERPOL and the UN's counter-terrorism entities have worked together for many years."
    pairs = {t[1] for t in tuples(fast.analyse(text, doc_id="t", lang="en")) if t[0] == "PARTNERSHIP"}
    assert not any("un" in p for p in pairs)
