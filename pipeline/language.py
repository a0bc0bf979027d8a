"""Detect a document's language offline with lingua, among a handful of candidates."""

from __future__ import annotations

import functools
import re

from .languages import supported_languages

# What the detector chooses among: the languages partex reads (patterns/languages.jsonl) plus
# the languages most likely to turn up in the same archives, so that a German page is called
# German rather than "closest to French". A document detected as a language partex does not
# read is reported, not guessed.
OTHER_CANDIDATES = ("fr", "en", "es", "de", "it", "pt", "nl", "ar")

# Detection reads the opening of the text only: a few hundred characters (two sentences) decide
# as well as a whole report, lingua being reliable from a sentence on. Its cost grows with the
# sample: 1.6 µs per word of the corpus with 1 000 characters, 0.6 with 400 (measured alone; about
# twice that inside a batch, 2 % of a worker's time); every text of the corpus and of eleven
# development sets (208 texts) gets the same language from 150 characters on as from 400 (measured
# 7 December 2026). 250 keeps a margin over that for a title or a dateline that opens a text.
SAMPLE_CHARS = 250

# Short texts. Acronyms (`ONU`, `INTERPOL`) say nothing of the language around them but sway the
# detector (`ONU` alone came out Spanish, `Accord INTERPOL – ONUDC` Italian), so words in capitals
# are left out of what it reads. What remains, when shorter than SHORT_LETTERS letters, is
# trusted only if the detector is CONFIDENT about it (its relative confidence, 0 to 1); else the
# text is read in the first language of the registry (patterns/languages.jsonl), and its `lang`
# says so with ASSUMED after the code: `fr?`. A text is never refused for being too short.
SHORT_LETTERS = 60
CONFIDENT = 0.9
ASSUMED = "?"
_ACRONYM = re.compile(r"\b[^\W\d_]*[^\W\d_a-zß-ÿ]{2}[^\W\d_]*\b")
_LETTER = re.compile(r"[^\W\d_]")


@functools.cache
def _detector():  # noqa: ANN202 - lingua's type lives in a compiled module
    # Built once per process, lazily. Models are loaded on first use, language by language (about
    # 20 MB here); preloading all of them costs ~275 MB and starts threads, which must not exist
    # when batch workers are forked.
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    codes = dict.fromkeys((*supported_languages(), *OTHER_CANDIDATES))
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
                 for code in codes if hasattr(IsoCode639_1, code.upper())]
    # Low-accuracy mode reads trigrams only: as sure on a paragraph, faster, a fifth the memory.
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of the language `text` is written in.

    A text too short, or too full of acronyms, to tell (see SHORT_LETTERS) gets the registry's
    first language with ASSUMED after it (`fr?`); `pipeline_language` gives the code to read it
    with.
    """
    sample = _ACRONYM.sub(_blank_acronym, text[:SAMPLE_CHARS])
    if len(_LETTER.findall(sample)) >= SHORT_LETTERS:
        language = _detector().detect_language_of(sample)
        if language is not None:
            return language.iso_code_639_1.name.lower()
    else:
        values = _detector().compute_language_confidence_values(sample)
        if values and values[0].value >= CONFIDENT:
            return values[0].language.iso_code_639_1.name.lower()
    return supported_languages()[0] + ASSUMED


def _blank_acronym(match: re.Match[str]) -> str:
    word = match.group()
    return word if any(c.islower() for c in word) else " " * len(word)


def pipeline_language(lang: str) -> str:
    """The language a text is read in: `fr` for a detected `fr` and an assumed `fr?` alike."""
    return lang[:-len(ASSUMED)] if lang.endswith(ASSUMED) else lang


def warm_up() -> None:
    """Load the detector's models now, so forked workers share them instead of each loading them."""
    # one sample per candidate language: each one's model loads on the first text that needs it
    for sample in ("Le texte est écrit en français.", "This text is written in English.",
                   "Este texto está escrito en español.", "Dieser Text ist auf Deutsch.",
                   "Questo testo è scritto in italiano.", "Este texto está escrito em português.",
                   "Deze tekst is in het Nederlands geschreven.", "هذا النص مكتوب باللغة العربية."):
        detect_language(sample)
