"""Bodies named alike as the agents of one joint act (`conjointement par A, B et C`): a
partnership of every two of them, which the rules state and the learned model does not undo."""

from __future__ import annotations

import pytest

from facts_helpers import tuples


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le dossier a été préparé et présenté conjointement par le Ghana, le Togo et le Bénin, "
           "au terme de huit années de travail."),
    ("en", "The file was prepared and submitted jointly by Ghana, Togo and Benin, after eight years of work."),
    ("es", "El expediente fue preparado y presentado conjuntamente por Ghana, Togo y Benín, "
           "tras ocho años de trabajo."),
])
def test_states_acting_jointly_are_partners_two_by_two(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang))
    pairs = {t[1] for t in found if t[0] == "PARTNERSHIP" and len(t) == 2}
    assert pairs == {("ben", "gha"), ("ben", "tgo"), ("gha", "tgo")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Ghana, le Togo et le Bénin ont présenté le dossier, financé conjointement par l'UE."),
    ("en", "Ghana, Togo and Benin submitted the file, jointly funded by the EU."),
])
def test_a_joint_funder_is_no_joint_agent(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang))
    assert ("PARTNERSHIP", ("ben", "gha")) not in found



@pytest.mark.parametrize("lang, text, names", [
    ("fr", "Le Fonds pour les semences (FPS), créé en 2010 par la FAO, l'UNESCO et la Banque mondiale, "
           "publie un rapport annuel.", ("FPS", "FAO", "UNESCO", "Banque mondiale")),
    ("en", "The Seed Fund (SDF), established in 2010 by the FAO, UNESCO and the World Bank, publishes a yearly "
           "report.", ("SDF", "FAO", "UNESCO", "World Bank")),
    ("es", "El Fondo de Semillas (FDS), creado en 2010 por la FAO, la UNESCO y el Banco Mundial, publica un "
           "informe anual.", ("FDS", "FAO", "UNESCO", "Banco Mundial")),
])
def test_bodies_founding_a_body_together_are_partners_two_by_two(lang, text, names):
    # the rules alone (no learned model): the founding word is the only cue of the sentence
    from test_facts_wording import _analyse, _tuples

    norms = ("SEED", "FAO", "UNESCO", "World Bank")
    facts, _ = _analyse(text, lang, {n: ("ORG", norm) for n, norm in zip(names, norms)})
    pairs = {t[1] for t in _tuples(facts) if t[0] == "PARTNERSHIP" and len(t) == 2}
    assert pairs == {("fao", "unesco"), ("fao", "world bank"), ("unesco", "world bank")}
