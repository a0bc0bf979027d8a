"""Facts of sentences that hold an agreement and more: the signatories an agent names, and a
partnership in a clause of its own after the agreement's."""

from __future__ import annotations

import pytest

from facts_helpers import tuples


APPLIED = [
    ("en", "We apply the Lisbon Agreement, signed on 17 October 1990 by Spain, France and Portugal, and we "
           "work closely with Europol."),
    ("es", "Aplicamos el Acuerdo de Lisboa, firmado el 17 de octubre de 1990 por España, Francia y Portugal, y "
           "colaboramos con Europol."),
    ("fr", "Nous appliquons l'Accord de Lisbonne, signé le 17 octobre 1990 par l'Espagne, la France et le "
           "Portugal, et nous coopérons avec Europol."),
]


@pytest.mark.parametrize("lang, text", APPLIED)
def test_the_publisher_applying_an_agreement_signed_by_others_is_no_party(fast, lang, text):
    found = {t for t in tuples(fast.analyse(text, doc_id="t", lang=lang, publisher="INTERPOL"))
             if t[0] == "AGREEMENT"}
    pairs = {t[1] for t in found}
    assert {("esp", "fra"), ("esp", "prt"), ("fra", "prt")} <= pairs
    assert not any("interpol" in p or "europol" in p for p in pairs)


@pytest.mark.parametrize("lang, text", APPLIED)
def test_a_partnership_in_a_clause_after_an_agreement_is_stated_too(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang, publisher="INTERPOL"))
    assert ("PARTNERSHIP", ("europol", "interpol")) in found
    # the signatories are no partners of the clause after theirs
    assert not any(t[0] == "PARTNERSHIP" and "esp" in t[1] for t in found)
    # without a clause break, the sentence states the agreement alone
    joined = text.replace(", and we work closely with", " closely with").replace(", y colaboramos con", " con") \
        .replace(", et nous coopérons avec", " avec")
    found = tuples(fast.analyse(joined, doc_id="t", lang=lang, publisher="INTERPOL"))
    assert ("PARTNERSHIP", ("europol", "interpol")) not in found


@pytest.mark.parametrize("lang, text", [
    ("en", "Our member services are Europol, the World Customs Organization and UNODC."),
    ("es", "Nuestros servicios miembros son Europol, la Organización Mundial de Aduanas y la UNODC."),
    ("fr", "Nos services membres sont Europol, l'Organisation mondiale des douanes et l'ONUDC."),
])
def test_members_named_after_a_copula_are_the_owners_members(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang, publisher="INTERPOL"))
    assert {("MEMBERSHIP", "interpol", "member", m) for m in ("europol", "wco", "unodc")} <= found
    # partners named after the same copula are no members
    partners = text.replace("member services", "partners").replace("servicios miembros", "socios") \
        .replace("services membres", "partenaires")
    found = tuples(fast.analyse(partners, doc_id="t", lang=lang, publisher="INTERPOL"))
    assert not any(t[0] == "MEMBERSHIP" for t in found)


@pytest.mark.parametrize("lang, text", [
    ("en", "The Egmont Group counts 170 members. Members include Angola, Botswana and Canada."),
    ("es", "El Grupo Egmont cuenta con 170 miembros. Los participantes incluyen Angola, Botsuana y Canadá."),
    ("fr", "Le Groupe Egmont compte 170 membres. Les participants comprennent l'Angola, le Botswana et le Canada."),
])
def test_a_member_noun_opening_a_sentence_names_the_members_of_the_body_counted_before(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang))
    assert {("MEMBERSHIP", "egmont group", "member", m) for m in ("ago", "bwa", "can")} <= found
    # in a paragraph of its own, after no count of members, it names no one's members
    apart = text.replace("170", "many").replace(". ", ".\n\n", 1)
    apart = apart.replace("counts many members", "met in Lyon").replace("cuenta con many miembros", "se reunió en Lyon") \
        .replace("compte many membres", "s'est réuni à Lyon")
    found = tuples(fast.analyse(apart, doc_id="t", lang=lang))
    assert not any(t[0] == "MEMBERSHIP" and t[2] == "member" for t in found)


@pytest.mark.parametrize("lang, text", [
    ("en", "With France we run four centres set up under the Blois Agreement, signed by Spain and France on "
           "7 July 1998."),
    ("es", "Con Francia gestionamos cuatro centros creados en virtud del Acuerdo de Blois, firmado por España y "
           "Francia el 7 de julio de 1998."),
    ("fr", "Avec la France, nous gérons quatre centres créés en vertu de l'accord de Blois, signé par l'Espagne "
           "et la France le 7 juillet 1998."),
])
def test_a_sentence_opening_on_with_leaves_the_signatories_of_an_agreement_to_its_agent(fast, lang, text):
    found = {t for t in tuples(fast.analyse(text, doc_id="t", lang=lang, publisher="INTERPOL"))
             if t[0] == "AGREEMENT"}
    assert ("AGREEMENT", ("esp", "fra"), "date", "1998-07-07") in found
    assert not any("interpol" in t[1] for t in found)


@pytest.mark.parametrize("lang, text", [
    ("en", "INTERPOL hosted a conference with 200 participants. Participants included the UNODC, Europol and the OSCE."),
    ("es", "INTERPOL organizó un seminario con 30 participantes. Los participantes son la ONUDD, Europol y la OSCE."),
    ("fr", "INTERPOL a organisé un séminaire avec 30 participants. Les participants sont l'ONUDC, Europol et l'OSCE."),
])
def test_the_participants_of_an_event_are_no_members_of_its_host(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang))
    assert not any(t[0] == "MEMBERSHIP" for t in found), found
