import pytest

from partex.text import Sections, fold, is_heading_line, split_blocks


@pytest.mark.parametrize("text, expected", [
    ("l’ONU", "l'ONU"),
    ("l'ONU", "l'ONU"),
    ("42\u00a0000", "42 000"),
    ("1\u202f333", "1 333"),
    ("aujourd‘hui", "aujourd'hui"),
    ("sans changement", "sans changement"),
])
def test_fold_unifies_apostrophes_and_spaces_keeping_length(text, expected):
    assert fold(text) == expected
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize("line, expected", [
    ("Antiterrorisme", True),
    ("Sur le terrain", True),
    ("## Traite d’êtres humains", True),
    ("Priorités actuelles de la collaboration entre INTERPOL et l’ONU", True),
    ("INTERPOL a signé un accord.", False),
    ("Nous luttons ensemble contre le trafic de migrants, en veillant à ce que", False),
    ("en minuscules", False),
    ("Un titre beaucoup trop long pour être un titre car il compte bien plus de quatorze mots au total", False),
])
def test_heading_lines(line, expected):
    assert is_heading_line(line) is expected


def test_blocks_offsets_and_headings():
    text = "Titre\n\nPremier paragraphe.\nSuite.\n\n  Section\n\nDernier."
    blocks = split_blocks(text)
    assert [text[b.start:b.end] for b in blocks] == [
        "Titre", "Premier paragraphe.\nSuite.", "Section", "Dernier."]
    assert [b.is_heading for b in blocks] == [True, False, True, False]


def test_sections_map_offsets_to_the_heading_above():
    text = "Titre\n\nTexte un.\n\nSection B\n\nTexte deux."
    sections = Sections(text, split_blocks(text))
    assert sections.heading_at(text.index("un")) == "Titre"
    assert sections.heading_at(text.index("deux")) == "Section B"
    assert Sections("x", []).heading_at(0) == ""
