"""The pieces the resolver's patterns are built of (`regexes`, `name_regexes`, `place_regexes`):
spacing, lookaheads on first letters, articles, the shapes of an acronym, a place and a quoted name."""

from __future__ import annotations

import re

from ..lexicon import CAPITAL, alternation, elided, first_letters  # noqa: F401  (imported from here too)

SPACE = r"[ \t]+"
# A body's acronym, a place's name, as lists hold them (lists.listed_names)
ACRONYM = rf"[{CAPITAL}][{CAPITAL}0-9&+]{{2,}}(?:-[{CAPITAL}0-9]+)?"
PLACE = rf"[{CAPITAL}][\w'’-]+"
ROMAN_NUMERAL = re.compile(r"[IVXLC]+")  # `Trigger IV`, `Partie II`: capitals that are no acronym
# An abbreviation with its points, two or more capitals each followed by one (`U.S.`, `U.K.`,
# `E.U.`): a word of a capitalised run (`U.S. Southern Command`)
DOTTED = rf"(?:[{CAPITAL}]\.){{2,}}(?![\w'’-])"
# not after a figure: `at 5 P.M. Police seized it` names no `P.M. Police`
AFTER_NO_FIGURE = r"(?<!\d[ \t])"
# Between the keyword and the opening mark: up to three lower-case words, none a word of the
# lexicon's `quoted_name_topic` (`{not_topic}`), a comma (`projet de formation « X »`,
# `operación, denominada «X»`); inside the marks, a capitalised name on one line.
GAP = r"(?:[ \t]*,?[ \t]+{not_topic}(?-i:[a-zà-ÿ][\w'’-]*)){{0,3}}?[ \t]*,?[ \t]*"
QUOTE_OPENERS = "«\"“"  # the marks QUOTED opens on: a text with none of them holds no quoted name
QUOTED = rf"[{QUOTE_OPENERS}][ \t\u00a0\u202f]*(?P<name>(?-i:[{CAPITAL}])[^«»\"“”\n]{{0,80}}?)[ \t\u00a0\u202f]*[»\"”]"


def case_first(words: object) -> str:
    """An alternation of words whose first letter may be either case (`le` and `Le`)."""
    parts = [f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in
             sorted(set(words), key=lambda w: (-len(w), w))]
    return "(?:" + "|".join(parts) + ")"


def capital_or(words: object) -> str:
    """A lookahead for a capital or the first letter, in either case, of one of `words` (see
    `first_letters`): for patterns that open on a lookbehind, then such a word or a capital."""
    letters = sorted({c for w in words for c in (w[0].lower(), w[0].upper())})
    return "(?=[" + CAPITAL + "".join(re.escape(c) for c in letters) + "])"


def dotted_word(words: object) -> str:
    """An abbreviation with its points (`DOTTED`) as a word of a run, unless a capitalised word
    of `words` (articles, prepositions: the lexicon's `leading`) follows it: its point then ends
    a sentence too (`in the U.S. The Commission`), as the layout cannot tell, the tokenizer
    keeping `U.S.` whole."""
    openers = {w[:1].upper() + w[1:] for w in words if w[:1].isalpha()}
    return AFTER_NO_FIGURE + (rf"{DOTTED}(?! {alternation(openers, space=' ')}(?![\w'’-]))" if openers else DOTTED)


def spaced_elided(words: object) -> str:
    """Articles and the like followed by a space, or glued when elided (`l'Afrique`, `l’Afrique`)."""
    return elided(words, space=SPACE)
