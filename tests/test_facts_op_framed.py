"""The bodies that act within an operation a sentence names as its setting take part in it
(`operation_framed`): `Dans le cadre du programme X, A et B …`, `A works with B as part of the X
programme`; not a body the sentence names with no operation as its setting."""

from __future__ import annotations

import pytest

from facts_helpers import operation_tuples


@pytest.mark.parametrize("lang, text", [
    ("en", "The ministry welcomed the results. UNICEF works with the World Bank as part of the Harbour Light "
           "programme to repair schools along the coast."),
    ("es", "El ministerio celebró los resultados. En el marco del programa Faro del Puerto, el UNICEF y el Banco "
           "Mundial reparan escuelas en la costa."),
    ("fr", "Le ministère a salué les résultats. L'UNICEF travaille avec la Banque mondiale dans le cadre du "
           "programme Phare du Port à la réparation des écoles de la côte."),
])
def test_the_bodies_acting_within_the_operation_are_its_partners(fast, lang, text):
    found = operation_tuples(fast, text, lang)
    partners = {t[2] for t in found if t[1] in ("partner", "lead")}
    assert {"unicef", "world bank"} <= partners, found


@pytest.mark.parametrize("lang, text", [
    ("en", "As part of its regional strategy, UNICEF works with the World Bank, and the ministry has praised "
           "the Harbour Light programme."),
    ("fr", "Dans le cadre de sa stratégie régionale, l'UNICEF travaille avec la Banque mondiale, et le ministère "
           "a salué le programme Phare du Port."),
])
def test_bodies_framed_by_something_else_are_not_the_operations_partners(fast, lang, text):
    found = operation_tuples(fast, text, lang)
    assert not any(t[2] in ("world bank", "unicef") for t in found), found
