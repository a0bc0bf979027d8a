"""French names no gazetteer holds (December 2026, `frfg14`): the model's candidates are given,
so the tests hold whatever the trained model cuts (no model loaded).

- a determiner (`plusieurs`, `notre`) opens no complement of a name in sentence case
  (`not_complement_noun`);
- a name in sentence case closes on a body after its last complement's adjectives, or right
  after its head (`complement_runs`: `… de la langue française de l'OIF`), a body the model
  found in capitals too;
- an organ's head before an acronym the text defines is one name (`acronym_owners`);
- `Programme des Nations Unies pour …` is a body (`programme_body_owner`: nations unies, naciones unidas).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest


def _ctx(text: str, lang: str = "fr"):
    from partex.resolve.knowledge import build_knowledge

    knowledge = build_knowledge(lang, None)
    return SimpleNamespace(text=text, knowledge=knowledge, lexicon=knowledge.lexicon,
                           regexes=knowledge.regexes, leading=knowledge.lexicon.words("leading"))


def _mention(text: str, surface: str, source: str, label: str = "ORG", nth: int = 0):
    from partex.mention import Mention

    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), label, "", source)


def _continued(text: str, model_names: list[str], others: list[tuple[str, str]] = ()) -> list[str]:
    from partex import provenance
    from partex.resolve.complement_runs import model_names_continued
    from partex.resolve.context import State

    candidates = [_mention(text, n, provenance.MODEL) for n in model_names]
    candidates += [_mention(text, s, "gazetteer:fr/organisations.jsonl", label) for s, label in others]
    return [text[m.start:m.end] for m in model_names_continued(_ctx(text), State(tuple(candidates)))]


@pytest.mark.parametrize("text, model_name", [
    ("Le projet reçoit l'appui de l'Office national et de plusieurs de ses partenaires.", "Office national"),
    ("Les plans sont suivis par l'Agence nationale et de notre Comité de pilotage.", "Agence nationale"),
    ("Le Bureau régional et de nombreuses agences ont signé.", "Bureau régional"),
])
def test_a_determiner_opens_no_complement(text, model_name):
    assert _continued(text, [model_name]) == []


@pytest.mark.parametrize("text, model_names, name", [
    # adjectives (a demonym among them) after the last complement, then the body the model
    # found in capitals
    ("Ces chiffres viennent de l'Observatoire de la pêche artisanale sénégalaise de l'UFCB.",
     ["Observatoire de la pêche", "UFCB"], "Observatoire de la pêche artisanale sénégalaise de l'UFCB"),
    # the head alone, then the body in capitals
    ("Le texte a été adopté par l'Assemblée de la CHK en juin.", ["Assemblée", "CHK"], "Assemblée de la CHK"),
])
def test_a_name_closes_on_a_body_in_capitals(text, model_names, name):
    assert _continued(text, model_names) == [name]


@pytest.mark.parametrize("text, model_names", [
    # an acronym is no head to continue (`UNICEF de la région`)
    ("Le bureau de l'UNICEF de la CEDEAO est fermé.", ["UNICEF", "CEDEAO"]),
    # a name in capitals of several words closes nothing
    ("Le Comité de gestion a rencontré le président de la BANQUE CENTRALE hier.", ["Comité de gestion"]),
    # after the head alone, a place closes nothing (`le Centre de la France`)
    ("Le Conseil de la France a voté.", ["Conseil"]),
])
def test_no_body_closes_these(text, model_names):
    others = [("France", "COUNTRY")] if "France" in text else []
    assert _continued(text, model_names, others) == []


def _owners(text: str, acronym: str, model_names: list[str] = ()) -> list[str]:
    from partex import provenance
    from partex.resolve.acronym_owners import organs_of_defined_acronyms
    from partex.resolve.context import State
    from partex.resolve.longforms import ACRONYM

    candidates = [_mention(text, acronym, ACRONYM, nth=1)] + [_mention(text, n, provenance.MODEL) for n in model_names]
    before = State(tuple(candidates))
    after = organs_of_defined_acronyms(_ctx(text), before)
    return [text[m.start:m.end] for m in after.candidates[len(candidates):]]


@pytest.mark.parametrize("text, acronym, name", [
    ("La Commission du Kwarou (CDK) publie un bilan. Le texte vient de la résolution XII-4 de "
     "l'Assemblée de la CDK, en juin.", "CDK", "Assemblée de la CDK"),
    ("L'Agence des pêches (APK) publie un bilan. Le Secrétariat permanent de l'APK siège à Niamey.",
     "APK", "Secrétariat permanent de l'APK"),
])
def test_an_organ_of_a_defined_acronym_is_one_name(text, acronym, name):
    assert _owners(text, acronym, ["Assemblée"] if "Assemblée" in text else []) == [name]


@pytest.mark.parametrize("text, acronym", [
    # people, a document, a place: no organ
    ("L'Agence des pêches (APK) publie un bilan. Les experts de l'APK se réunissent.", "APK"),
    ("L'Agence des pêches (APK) publie un bilan. Le rapport annuel de l'APK est paru.", "APK"),
    ("L'Agence des pêches (APK) publie un bilan. Le Directeur général de l'APK a parlé.", "APK"),
    # the head inside a longer capitalised name
    ("L'Agence des pêches (APK) publie un bilan. La Grande Assemblée de l'APK a voté.", "APK"),
])
def test_no_organ_before_these_acronyms(text, acronym):
    assert _owners(text, acronym) == []


@pytest.mark.model
@pytest.mark.parametrize("lang, text, name", [
    # made-up programmes, so that no gazetteer holds them
    ("fr", "Le Programme des Nations Unies pour les océans (PNUO) finance le projet.",
     "Programme des Nations Unies pour les océans"),
    ("es", "El Programa de las Naciones Unidas para los Océanos (PNUO) apoya la iniciativa en la región.",
     "Programa de las Naciones Unidas para los Océanos"),
])
def test_a_united_nations_programme_is_a_body(lang, text, name):
    from partex.extractor import Extractor

    rows = Extractor.load(languages=(lang,)).extract(text, doc_id="t", lang=lang)
    labels = {r["text"]: r["label"] for r in rows}
    assert labels.get(name) == "ORG" and labels.get("PNUO") == "ORG"


@pytest.mark.model
def test_a_national_programme_stays_as_it_was(model_extractor):
    rows = model_extractor.extract("Le programme Sahel de la Banque mondiale finance des routes.", doc_id="t", lang="fr")
    assert not any(r["label"] == "ORG" and r["text"].startswith("programme") for r in rows)


def _regional(text: str, places: list[str], lang: str = "fr") -> list[str]:
    from partex.resolve.complement_runs import model_names_continued
    from partex.resolve.context import State

    candidates = tuple(_mention(text, p, f"gazetteer:{lang}/locations.jsonl", "LOCATION") for p in places)
    ctx = _ctx(text, lang)
    return [text[m.start:m.end] for m in model_names_continued(ctx, State(candidates))]


@pytest.mark.parametrize("lang, text, place, name", [
    ("fr", "Le pays travaille avec le Centre de surveillance sanitaire pour l'Afrique australe depuis 2019.",
     "Afrique australe", "Centre de surveillance sanitaire pour l'Afrique australe"),
    ("fr", "Le Bureau sous-régional pour l'Afrique centrale a ouvert ses portes.",
     "Afrique centrale", "Bureau sous-régional pour l'Afrique centrale"),
    ("es", "La Oficina de cooperación técnica para el Caribe abrió sus puertas.",
     "Caribe", "Oficina de cooperación técnica para el Caribe"),
])
def test_an_office_the_model_left_out_takes_its_region(lang, text, place, name):
    assert _regional(text, [place], lang) == [name]


@pytest.mark.parametrize("text, place", [
    # the head, a linker and the place: a region of the country, no office
    ("Le Centre de la France accueille le festival.", "France"),
    # a verb after the head
    ("Le Bureau a ouvert une antenne pour l'Afrique australe.", "Afrique australe"),
    # the head in lower case
    ("Le bureau de liaison pour l'Afrique australe a fermé.", "Afrique australe"),
])
def test_no_office_is_read_here(text, place):
    assert _regional(text, [place]) == []
