"""A group of states named back (`the four countries`, `los cuatro países`) that are all parties
of a treaty signed by three states or more stands for the treaty's parties: no partnership among
them (facts-26, issue 11), even paragraphs after the treaty."""

from __future__ import annotations

import pytest

from facts_helpers import tuples

_BETWEEN = {
    "en": ("The Andean Rivers Treaty was signed in Lima on 4 May 1990 by Bolivia, Chile, Ecuador and Peru.\n\n"
           "The basins cover a vast area of mountains.\n\nThe secretariat opened in 1995.\n\n"),
    "es": ("El Tratado de los Ríos Andinos fue firmado en Lima el 4 de mayo de 1990 por Bolivia, Chile, Ecuador "
           "y Perú.\n\nLas cuencas cubren una vasta zona de montañas.\n\nLa secretaría abrió en 1995.\n\n"),
}


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Since then the Commission brings the four countries together around the shared management of the basins."),
    ("en", "The drought showed the need to share river data between the four countries in real time."),
    ("es", "La sequía mostró la necesidad de compartir datos hidrológicos entre los cuatro países en tiempo real."),
])
def test_a_treatys_states_named_back_are_no_partners(fast, lang, sentence):
    analysis = fast.analyse(_BETWEEN[lang] + sentence, doc_id="t", lang=lang)
    assert not {t for t in tuples(analysis) if t[0] == "PARTNERSHIP"}
    assert ("AGREEMENT", ("bol", "chl"), "date", "1990-05-04") in tuples(analysis)
