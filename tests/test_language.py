"""Language detection: short and acronym-heavy texts fall back on the registry's first language."""

import pytest

from partex.language import ASSUMED, detect_language, pipeline_language
from partex.languages import supported_languages

FALLBACK = supported_languages()[0] + ASSUMED


@pytest.mark.parametrize("text", [
    "ONU",                          # was Spanish
    "INTERPOL et l'ONU.",           # was Spanish
    "Accord INTERPOL – ONUDC",      # was Italian, and the document failed
    "UNODC",
    "12345 678",                    # no letters at all
    "",
    "!!! ??? ...",
])
def test_a_text_too_short_to_tell_gets_the_first_language_marked_as_assumed(text):
    assert detect_language(text) == FALLBACK


@pytest.mark.parametrize("text, expected", [
    ("The UNODC signed on 3 May 2019, covering 1,200 officers.", "en"),
    ("OIM y ONUDC: acuerdo de cooperación", "es"),
    ("L’ONUDC et INTERPOL ont signé un accord de coopération en 2019.", "fr"),
    # long enough, and sure: a language partex does not read is still named
    ("Dieser Text ist auf Deutsch geschrieben und lang genug für eine sichere Erkennung.", "de"),
])
def test_a_short_text_the_detector_is_sure_of_keeps_its_language(text, expected):
    assert detect_language(text) == expected


def test_acronyms_do_not_sway_the_detection_of_a_longer_text():
    text = ("INTERPOL ONUDC UNODC OIM ONU UNOCT CTED " * 5 +
            "La coopération entre les deux organisations s’est renforcée au cours des dernières années.")
    assert detect_language(text) == "fr"


@pytest.mark.parametrize("lang, expected", [("fr?", "fr"), ("fr", "fr"), ("es?", "es")])
def test_pipeline_language_reads_an_assumed_language_as_itself(lang, expected):
    assert pipeline_language(lang) == expected
