"""The layout component's sentence starts, for pipelines with no trained sentence splitter
(English, Spanish, `--fast`): after closing punctuation, not after an abbreviation's point, and
after a dateline's dash."""

from __future__ import annotations

import pytest
import spacy

from partex.components import layout  # noqa: F401 - registers the factory
from partex.components.extensions import register


def sentences(lang: str, text: str) -> list[str]:
    register()
    nlp = spacy.blank(lang)
    nlp.add_pipe("partex_layout", config={"split_sentences": True})
    doc = nlp(text)
    # read from the flags, as partex does (`doc.sents` refuses a Doc whose one sentence
    # leaves every other token's flag unset)
    starts = [t.i for t in doc if t.i == 0 or t.is_sent_start] + [len(doc)]
    return [doc[a:b].text.strip() for a, b in zip(starts, starts[1:])]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "M. Stock a salué l'accord. Mme Dupont l'a signé.",
     ["M. Stock a salué l'accord.", "Mme Dupont l'a signé."]),
    ("en", "Mr. Stock met Dr. Jones in Lyon. They signed it.",
     ["Mr. Stock met Dr. Jones in Lyon.", "They signed it."]),
    ("es", "El Sr. Pérez y la Sra. Ruiz firmaron. La OEA lo celebró.",
     ["El Sr. Pérez y la Sra. Ruiz firmaron.", "La OEA lo celebró."]),
])
def test_a_point_that_ends_an_abbreviation_ends_no_sentence(lang, text, expected):
    assert sentences(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "LYON (France), 14 novembre 2023 – Une opération a eu lieu au Bénin.",
     ["LYON (France), 14 novembre 2023 –", "Une opération a eu lieu au Bénin."]),
    ("en", "Title\n\nNEW YORK, 21 December 2017 - The Council adopted it.",
     ["Title", "NEW YORK, 21 December 2017 -", "The Council adopted it."]),
    ("es", "MADRID, 3 de mayo de 2022 —  La Policía Nacional firmó.",
     ["MADRID, 3 de mayo de 2022 —", "La Policía Nacional firmó."]),
])
def test_the_lead_after_a_dateline_starts_a_sentence(lang, text, expected):
    assert sentences(lang, text) == expected


def test_a_dash_inside_a_sentence_that_opens_no_dateline_splits_nothing():
    text = "Le programme – lancé en 2019 – réunit 12 pays."
    assert sentences("fr", text) == [text]
