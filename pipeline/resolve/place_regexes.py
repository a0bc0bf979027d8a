"""The resolver's patterns of places and list items, built from one language's lexicon
(`Regexes.build`): a place after the noun that names its kind, what joins the places of a list,
a list's next item."""

from __future__ import annotations

import re

from ..lexicon import Lexicon, alternation
from .regex_parts import case_first, first_letters, spaced_elided


def noun_then_place(lex: Lexicon, nouns: str, cap: str, particles: str, linker: str) -> re.Pattern | None:
    """A noun of the class `nouns` (`port`, `fleuve`), a complement linker (`of`, `de`; `linker`
    "required", "optional" or "none": the name right after the noun), then a capitalised name of
    up to three words: the place."""
    if not lex.words(nouns) or not lex.words("complement_linker"):
        return None
    link = spaced_elided(lex.words("complement_linker")) if linker != "none" else ""
    return re.compile(
        # after an elided article too (`l'archipel de Lau`), not inside a word (`presqu'île`)
        rf"{first_letters(lex.words(nouns))}(?<![\w-])(?<!\w\w['’])"
        rf"(?P<noun>{case_first(lex.words(nouns))})[ \t]+"
        + (link if linker != "optional" else rf"(?:{link})?")
        + rf"(?P<place>{cap}[\w'’-]+(?:(?:[ -]|{particles}){cap}[\w'’-]+){{0,2}})(?![\w'’-])")


def place_step(lex: Lexicon) -> re.Pattern:
    """`, `, `, el `, `, du `, ` y `, ` and the `, ` et de l'`: what joins one place of a list to
    the next (name_lists.over_places)."""
    articles = lex.words("article") - lex.words("indefinite_article")
    conjunctions = alternation(lex.words("name_conjunction"), space="[ \t]+")
    connectors = alternation(lex.words("capitalised_connector"), space="[ \t]+")
    arts = alternation((a.rstrip("'") for a in articles), space="[ \t]+")
    return re.compile(rf"(?:(?P<comma>,)|[ \t]+{conjunctions})[ \t]+(?:{connectors}[ \t]+)?"
                      rf"(?:{arts}(?:[ \t]+|'))?")


def list_item(lex: Lexicon, name: str, particles: frozenset[str] | tuple) -> re.Pattern:
    """A list's next item: a comma or a conjunction (or nothing after the space that ends an
    announcing noun), an article, the name (with the small words of a place name inside)."""
    conjunctions = alternation(lex.words("name_conjunction"))
    articles = spaced_elided(lex.words("article"))
    inner = rf"(?:[ \t]+(?:{alternation(particles)}[ \t]+)?{name}){{0,2}}" if particles else ""
    return re.compile(rf"(?:,[ \t]+(?:{conjunctions}[ \t]+)?|[ \t]+{conjunctions}[ \t]+)(?:{articles})?"
                      rf"(?P<name>{name}{inner})(?![\w'’-])")
