import pytest

from partex.text import MAX_RUN, Sections, break_long_runs, fold, is_heading_line, split_blocks, stands_whole


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


@pytest.mark.parametrize("text", [
    "(" * 20_000,
    "=" * 20_000,
    ".)" * 10_000,
    "https://example.org/" + "a/b?c=d&" * 3000,
    "Le texte. " + "x" * 250 + " fin",
])
def test_long_runs_are_broken_by_spaces_keeping_length_and_short_words(text):
    broken = break_long_runs(text)
    assert len(broken) == len(text)
    assert max(len(run) for run in broken.split()) <= MAX_RUN
    # only characters of the long runs change, each into a space
    assert all(a == b or b == " " for a, b in zip(text, broken))


def test_text_without_long_runs_is_left_alone():
    text = "L’ONUDC et INTERPOL ont signé un accord (S/RES/2396 (2017)) le 3 mars 2019."
    assert break_long_runs(text) is text
    assert break_long_runs("a" * MAX_RUN) == "a" * MAX_RUN
    assert break_long_runs("a" * (MAX_RUN + 1)) == "a" * MAX_RUN + " "


@pytest.mark.parametrize("part, text, joining, expected", [
    ("port", "the port of Lomé", "", True),
    ("port", "the airport of Lomé", "", False),           # a letter touches it
    ("port", "xport, then port", "", True),               # a later whole occurrence counts
    ("Korvel", "Korvel-Sat Service", "", True),
    ("Korvel", "Korvel-Sat Service", "-", False),         # a hyphen joins where asked
    ("Korvel", "Korvel’s Service", "'’", False),
    ("port", "", "", False),
])
def test_stands_whole(part, text, joining, expected):
    assert stands_whole(part, text, joining) is expected


@pytest.mark.parametrize("blank", ["\u2003", "\u3000", "\x1c", "\u0085", "\u00a0", "\t"])
def test_a_run_is_cut_at_any_unicode_blank(blank):
    # runs of words no longer than the limit, joined by blanks other than a space, are no run
    text = blank.join(["a" * MAX_RUN] * 3)
    assert break_long_runs(text) is text
    glued = "a" * MAX_RUN + "\u200b" + "a"  # a zero-width space is no blank: one long run
    assert break_long_runs(glued) != glued
