"""A heading of the publisher's partners over a bulleted list (`Nos partenaires`, `Our partners:`,
`Nuestros socios en Perú`, the bare `Partners`): each body or state the bullets name is a partner
of the publisher, not of the others listed (heading_partners.py); a heading that names whose
partners they are, or says something else of them, lists no partners of the publisher."""

from __future__ import annotations

import pytest

from facts_helpers import rule_document, rule_tuples

NAMES = {"Lagoon Board": ("ORG", "Lagoon"), "Delta Fund": ("ORG", "Delta"), "Reef Council": ("ORG", "Reef"),
         "Saltmarsh Office": ("ORG", "Saltmarsh"), "Peru": ("COUNTRY", "PER"), "Pérou": ("COUNTRY", "PER"),
         "Perú": ("COUNTRY", "PER"), "Pebble Programme": ("OPERATION", "Pebble")}

_BODY = {"en": "We monitor the coastal waters of the region.",
         "fr": "Nous surveillons les eaux côtières de la région.",
         "es": "Vigilamos las aguas costeras de la región."}


def _pairs(heading: str, items: list[str], lang: str, learned: bool = False) -> set:
    text = "\n".join([_BODY[lang], heading] + items + ["", "Contact: press office."])
    found = rule_tuples(text, lang, {n: v for n, v in NAMES.items() if n in text}, publisher="Lagoon",
                        learned=learned)
    # the publisher's pairs: whatever else the list's own lines state is other rules' reading
    return {t[1] for t in found if t[0] == "PARTNERSHIP" and len(t) == 2 and "lagoon" in t[1]}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang, heading, items", [
    ("en", "Our partners", ["- the Delta Fund;", "- the Reef Council and the Saltmarsh Office."]),
    ("en", "Partners:", ["• Delta Fund", "• Reef Council", "• Saltmarsh Office"]),
    ("fr", "Nos partenaires au Pérou :", ["- le Delta Fund ;", "- le Reef Council et le Saltmarsh Office."]),
    ("fr", "Partenaires", ["- Delta Fund", "- Reef Council, par l'intermédiaire du Saltmarsh Office"]),
    ("es", "Nuestros socios", ["- el Delta Fund;", "- el Reef Council y la Saltmarsh Office."]),
    ("es", "Socios en Perú:", ["- Delta Fund", "- Reef Council", "- Saltmarsh Office"]),
])
def test_each_body_under_the_heading_is_a_partner_of_the_publisher(lang, heading, items, learned):
    assert _pairs(heading, items, lang, learned) == {("delta", "lagoon"), ("lagoon", "reef"), ("lagoon", "saltmarsh")}


@pytest.mark.parametrize("lang, heading", [
    ("en", "Partners of the Pebble Programme"),  # someone else's partners
    ("en", "Partners cited"),
    ("fr", "Partenaires du programme"),
    ("fr", "Les partenaires cités"),
    ("es", "Socios del Pebble Programme:"),
    ("es", "Our partners"),  # another language's words
])
def test_a_heading_of_someone_elses_partners_lists_none_of_the_publishers(lang, heading):
    items = ["- Delta Fund", "- Reef Council"]
    assert not _pairs(heading, items, lang)


@pytest.mark.parametrize("lang, heading", [("en", "Our partners"), ("fr", "Nos partenaires"), ("es", "Nuestros socios")])
def test_the_heading_needs_its_list_right_under_it(lang, heading):
    text = "\n".join([_BODY[lang], heading, "", _BODY[lang], "- Delta Fund", "- Reef Council"])
    found = rule_tuples(text, lang, {n: v for n, v in NAMES.items() if n in text}, publisher="Lagoon")
    assert not {t for t in found if t[0] == "PARTNERSHIP" and "lagoon" in t[1]}



@pytest.mark.parametrize("lang, heading, items", [
    ("en", "Our partners", ["- the Delta Fund, which the Reef Council criticised in 2020;", "- the Saltmarsh Office."]),
    ("fr", "Nos partenaires", ["- le Delta Fund, dont le Reef Council est membre ;", "- le Saltmarsh Office."]),
    ("es", "Nuestros socios", ["- el Delta Fund, que el Reef Council criticó en 2020;", "- la Saltmarsh Office."]),
])
def test_a_body_a_relative_clause_of_a_line_names_is_no_partner(lang, heading, items):
    # review, twentieth session: the relative describes the listed partner
    assert _pairs(heading, items, lang) == {("delta", "lagoon"), ("lagoon", "saltmarsh")}


def test_heading_partners_have_a_source_of_their_own():
    text = "\n".join([_BODY["en"], "Our partners", "- Delta Fund", "- Reef Council"])
    _, facts = rule_document(text, "en", {n: NAMES[n] for n in ("Delta Fund", "Reef Council")}, publisher="Lagoon")
    assert [f.source for f in facts if f.type == "PARTNERSHIP"] == ["rule:heading_partners"]
