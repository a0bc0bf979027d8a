"""Bodies that only describe the thing a cue bears on, as the agent of a participle or the subject
of a relative clause after it (`supports the plan that X drafted`, `endorsed by X`, `que X a rédigé`,
`aprobado por X`), are no partners of the cue's subject (`described_objects`, facts20b, issue 11);
a body right after the cue stays its side."""

from __future__ import annotations

import pytest

from facts_helpers import tuples


def _pairs(fast, text: str, lang: str) -> set:
    return {t[1] for t in tuples(fast.analyse(text, doc_id="t", lang=lang)) if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("lang, text", [
    ("en", "UNICEF supports the national vaccination plan that the WHO drafted in 2019."),
    ("fr", "L'UNICEF appuie le plan national de vaccination que l'OMS a rédigé en 2019."),
    ("es", "El UNICEF apoya el plan nacional de vacunación que la OMS redactó en 2019."),
])
def test_the_subject_of_a_relative_after_the_thing_is_no_partner(fast, lang, text):
    assert ("unicef", "who") not in _pairs(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "UNICEF supports the national vaccination plan, endorsed by the African Union in 2019."),
    ("fr", "L'UNICEF appuie le plan national de vaccination, approuvé par l'Union africaine en 2019."),
    ("es", "El UNICEF apoya el plan nacional de vacunación, aprobado por la Unión Africana en 2019."),
])
def test_the_agent_of_a_participle_after_the_thing_is_no_partner(fast, lang, text):
    assert ("au", "unicef") not in _pairs(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "UNICEF works with the WHO, which the African Union supports."),
    ("fr", "L'UNICEF travaille avec l'OMS, que l'Union africaine soutient."),
    ("es", "El UNICEF trabaja con la OMS, que la Unión Africana apoya."),
])
def test_a_body_right_after_the_cue_stays_its_side(fast, lang, text):
    assert ("unicef", "who") in _pairs(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "UNICEF supports the national vaccination plan that the WHO drafted together with UNICEF in 2019."),
    ("fr", "L'UNICEF appuie le plan national de vaccination que l'OMS a rédigé avec l'UNICEF en 2019."),
    ("es", "El UNICEF apoya el plan nacional de vacunación que la OMS redactó junto con el UNICEF en 2019."),
])
def test_a_subject_named_again_in_the_description_keeps_its_pair(fast, lang, text):
    # review, twentieth session: the subject takes part in what the other body did
    assert ("unicef", "who") in _pairs(fast, text, lang)
