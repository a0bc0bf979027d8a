"""Detect a document's language offline with lingua, among a handful of candidates."""

from __future__ import annotations

import functools

from .languages import supported_languages

# What the detector chooses among: the languages partex reads (patterns/languages.jsonl) plus
# the languages most likely to turn up in the same archives, so that a German page is called
# German rather than "closest to French". A document detected as a language partex does not
# read is reported, not guessed.
OTHER_CANDIDATES = ("fr", "en", "es", "de", "it", "pt", "nl", "ar")
UNDETERMINED = "und"  # ISO 639-2 code for "undetermined": no letters, or too little text

# Detection reads the opening of the text only: a few hundred characters (two or three
# sentences) decide as well as a whole report, lingua being reliable from a sentence on. Its cost
# grows with the sample: 1.6 µs per word of the corpus with 1 000 characters, 0.6 with 400, and
# every text of the corpus gets the same language from 200 characters on (measured).
SAMPLE_CHARS = 400


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
    """Return the ISO 639-1 code of the language `text` is written in, or "und" if undecidable."""
    language = _detector().detect_language_of(text[:SAMPLE_CHARS])
    if language is None:
        return UNDETERMINED
    return language.iso_code_639_1.name.lower()


def warm_up() -> None:
    """Load the detector's models now, so forked workers share them instead of each loading them."""
    # one sample per candidate language: each one's model loads on the first text that needs it
    for sample in ("Le texte est écrit en français.", "This text is written in English.",
                   "Este texto está escrito en español.", "Dieser Text ist auf Deutsch.",
                   "Questo testo è scritto in italiano.", "Este texto está escrito em português.",
                   "Deze tekst is in het Nederlands geschreven.", "هذا النص مكتوب باللغة العربية."):
        detect_language(sample)
