"""Memberships, partnerships and the publisher from wording the rules read since facts-19
(issue 11): members listed after a figure, `participating states such as`, a member of the body
a pronoun stands for, `both members of`, a range of examples naming members, the first person's
partners, and the publisher named in apposition after the pronoun."""

from __future__ import annotations

import pytest

from partex.facts import Ref, find_facts


def _analyse(text: str, lang: str, names: dict[str, tuple[str, str]], blocks=None):
    """The facts and publisher the rules find in a text whose mentions are `names` (text →
    label, norm, at every place the text holds it), one sentence per line or full stop."""
    mentions, at = [], 0
    for name, (label, norm) in names.items():
        at = 0
        while (at := text.find(name, at)) >= 0:
            mentions.append(Ref(at, at + len(name), label, norm))
            at += len(name)
    mentions.sort()
    sentences, start = [], 0
    for i, ch in enumerate(text):
        if ch in ".\n" and (i + 1 == len(text) or text[i + 1] in " \n"):
            if text[start:i + 1].strip():
                sentences.append((start, i + 1))
            start = i + 1
    if start < len(text) and text[start:].strip():
        sentences.append((start, len(text)))
    sentences = [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in sentences]
    return find_facts(text, lang, mentions, sentences, blocks or [], models={})


def _tuples(facts) -> set:
    from partex.facts.score import records

    rows = [{"doc_id": "t", "fact": f"f{i}", "type": f.type, "role": a.role, "norm": a.norm}
            for i, f in enumerate(facts, 1) for a in f.arguments]
    return {t for fact in records(rows) for t in fact.tuples}


@pytest.mark.parametrize("lang, title, body, name", [
    ("es", "La OEA y el clima", "Desde 2004, nosotros, la Oficina Regional Andina, con sede en Lima, apoyamos a la OEA.",
     "Oficina Regional Andina"),
    ("en", "The OAS and the climate", "Since 2004, we, the Andean Regional Office, have supported the OAS.",
     "Andean Regional Office"),
    ("fr", "L'OEA et le climat", "Depuis 2004, nous, le Bureau régional andin, soutenons l'OEA.", "Bureau régional andin"),
])
def test_a_body_in_apposition_after_the_pronoun_is_the_publisher(lang, title, body, name):
    text = f"{title}\n\n{body}"
    oas = "OEA" if lang != "en" else "OAS"
    blocks = [(0, len(title), True), (len(title) + 2, len(text), False)]
    _, publisher = _analyse(text, lang, {oas: ("ORG", "OAS"), name: ("ORG", "ARO")}, blocks)
    assert publisher == "ARO"


@pytest.mark.parametrize("lang, title, body, topic", [
    ("fr", "Action régionale : l'OEA et ses partenaires", "Nous travaillons avec l'OEA depuis 1990.", "Action régionale"),
    ("en", "Regional action: the OAS and its partners", "We have worked with the OAS since 1990.", "Regional action"),
    ("es", "Acción regional: la OEA y sus socios", "Trabajamos con la OEA desde 1990.", "Acción regional"),
])
def test_a_title_topic_of_common_words_is_never_the_publisher(lang, title, body, topic):
    text = f"{title}\n\n{body}"
    oas = "OEA" if lang != "en" else "OAS"
    blocks = [(0, len(title), True), (len(title) + 2, len(text), False)]
    _, publisher = _analyse(text, lang, {topic: ("ORG", topic), oas: ("ORG", "OAS")}, blocks)
    assert publisher != topic
