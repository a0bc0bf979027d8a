"""Other names a text gives a body or an instrument with a phrase: `…, known as X`, `Connue
sous le nom de Convention 108`, `conocida como X`, `dite X`, `known by its Turkish acronym AFAD`.

The phrase words are data per language (`alias_phrase`, `*` standing for one word). The name
after the phrase is the thing named just before it, in the same sentence right before the
phrase (`the Presidency, known by its acronym AFAD`), or, where the phrase opens a sentence
(`Connue en allemand sous le nom de …`), in the sentence before: the one whose first word the
name shares (`Convention … . Connue sous le nom de Convention 108`), else the nearest. A second
phrase joined by a conjunction names the same thing (`et en néerlandais sous celui de …`).

Both take one norm: a gazetteer id of either (the name's where the thing has only a norm the
text gave it and the text's long form is a gazetteer name of that id, `Organizacion de Pesquerias
del Atlantico Noroeste (OPAN), conocida en inglés como NAFO`: NAFO, for every use of OPAN too);
else the thing's own where it has one (an acronym the text defined: `CIPR`); else the name the phrase gives where it is an acronym (SCHEMA: "for a body not
in the gazetteer, the acronym the text defines for it") or an instrument's short title
(`Convention 108`, `Harare Scheme`, as the annotators write them); else a body's long form (`the
Committee for …, known as the Mekong Committee`). A name whose head noun gives it another label
than the thing before renames something else (`the Scheme … within the Commonwealth, known as
the Harare Scheme` does not rename the Commonwealth).
"""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import CAPITAL, Lexicon, alternation
from ..mention import Mention
from ..text import unaccented
from .acronym_shapes import is_acronym_form
from .context import Context, State

ALIAS = provenance.heuristic("alias")
_NAMED = ("ORG", "INSTRUMENT", "OPERATION")
_SENTENCE_OPEN = re.compile(r"(?:\A|[.!?]\s+|\n\s*)(?:[\w'’-]+\s+){0,4}\Z")
# between a name and the phrase that renames it: a comma, or its acronym in parentheses
_RIGHT_AFTER = re.compile(r"\)?\s*(?:\([^()\n]{1,20}\)\s*)?,?\s*\Z")
_LOOK_BACK = 500


def _patterns(lex: Lexicon) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    """The phrases as one pattern (the name starts at its end), the name after it (capitalised
    words, numbers `108+`, the small words names hold between capitalised words), and a second
    phrase after a conjunction (`name_conjunction`); built once per pipeline (`Knowledge.built`)."""
    phrases = lex.words("alias_phrase")
    if not phrases:
        return None
    connectors = (lex.heads.connectors if lex.heads else frozenset()) | lex.words("capitalised_connector")
    articles = lex.words("article") - lex.words("indefinite_article")
    parts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        words = [r"[\w-]+" if w == "*" else re.escape(w) for w in phrase.split()]
        tail = r"\s*" if phrase.endswith("'") else r"\s+"
        parts.append(r"\s+".join(words).replace("'", "['’]") + tail)
    # the name after an article (`also known as the Coastal Group`): the article stays out
    article = "|".join(re.escape(a).replace("'", "['’]") + ("" if a.endswith("'") else r"\s+")
                       for a in sorted(articles, key=len, reverse=True)) or "(?!)"
    # the phrases' first letters looked ahead first: most positions fail there at once
    letters = "".join(sorted({c for p in phrases for c in (p[0].lower(), p[0].upper())}))
    # a name in quotation marks: the marks stay out (`dite « directive PIF »`)
    phrase = re.compile(rf"(?=[{re.escape(letters)}])(?<![\w'’])(?i:{'|'.join(parts)})(?:{article})?"
                        r"(?:[«\"“][ \t\u00a0\u202f]*)?")
    small = "|".join(re.escape(c).replace(r"\ ", r"[ \t]+") for c in sorted(connectors, key=len, reverse=True)) or "(?!)"
    word = rf"(?:[{CAPITAL}][\w'’-]*|\d[\d.]*\+?)"
    # a text's head noun in lower case may open it (`dite directive NIS 2`)
    heads = alternation(w for w in lex.words("instrument_head") if w.islower()) if lex.words("instrument_head") else "(?!)"
    name = re.compile(rf"(?:(?-i:{heads})[ \t]+(?=[{CAPITAL}]))?[{CAPITAL}][\w'’-]*\+?(?:[ \t]+(?:(?:{small})[ \t]+)*{word})*")
    # a second phrase after a conjunction (`… and, in French, known as …`)
    chained = re.compile(rf"\s+{alternation(lex.words('name_conjunction'))}\s+(?:[\w'’-]+\s+){{0,3}}\Z")
    return phrase, name, chained


def named_as(ctx: Context, state: State) -> State:
    """Give the name after an alias phrase the label and norm of the thing it renames (see the
    module's docstring); the name replaces what the selection kept inside it."""
    patterns = ctx.knowledge.built("alias_phrases", _patterns)
    if patterns is None:
        return state
    text = ctx.text
    kept = list(state.kept)
    previous: tuple[int, Mention] | None = None  # the last name given, and what it renamed
    for phrase in patterns[0].finditer(text):
        name = patterns[1].match(text, phrase.end())
        if name is None:
            continue
        name_end = _name_end(ctx, name)
        if name_end is None:
            continue
        thing = _renamed(text, phrase.start(), name.group(), kept, previous, patterns[2])
        if thing is not None and thing.label in _TITLES:
            name_end = _before_body(ctx, kept + list(state.candidates), phrase.end(), name_end)
        if thing is None or thing.end > phrase.start() or _headed(ctx, name.group()) not in ("", thing.label):
            continue  # `the Scheme … within the Commonwealth, known as the Harare Scheme`: not the body
        inside = [k for k in kept if k.start < name_end and phrase.end() < k.end]
        if any(k.start < phrase.end() or k.end > name_end for k in inside):
            continue  # it would cut a name found
        own = next((k for k in inside if (k.start, k.end) == (phrase.end(), name_end) and k.norm), None)
        listed = _listed_id(ctx, thing, own, kept)
        norm = listed or thing.norm or (own.norm if own else _norm_given(ctx, thing, phrase.end(), name_end))
        given = own if own is not None and own.label == thing.label and own.norm == norm \
            else Mention(phrase.end(), name_end, thing.label, norm, ALIAS)
        kept = [k._replace(norm=norm) if k == thing or (k.label == thing.label and not thing.norm
                                                          and k.norm == "" and text[k.start:k.end] == text[thing.start:thing.end])
                or (listed and k.label == thing.label and k.norm == thing.norm)
                else k for k in kept if k not in inside]
        kept.append(given)
        kept.sort(key=lambda k: (k.start, k.end))
        previous = (name_end, given._replace(start=thing.start, end=thing.end))
    return State(state.candidates, tuple(kept))


_TITLES = ("INSTRUMENT", "OPERATION")


def _listed_id(ctx: Context, thing: Mention, own: Mention | None, kept: list[Mention]) -> str:
    """The gazetteer id the name after the phrase has where the thing it renames has none, only
    a norm the text gave it, and the text's long form of the thing is one of the names the
    gazetteer gives that id (`la Organizacion de Pesquerias del Atlantico Noroeste (OPAN),
    conocida en inglés como NAFO`, case and accents aside): the id is the norm of both and of
    every use of the text's acronym ("Norms follow the gazetteer"); "" otherwise. A long form the
    gazetteer does not give the id is another body (`el Instituto Nacional de Tecnología del
    Ecuador (INTEC), conocido como INTI`: not Argentina's INTI)."""
    if own is None or own.label != thing.label or not thing.norm or own.norm == thing.norm:
        return ""
    if provenance.kind(own.source) != "gazetteer" or provenance.kind(thing.source) == "gazetteer":
        return ""
    names = {_plain(name) for name in ctx.knowledge.names_by_id.get(own.norm, ())}
    forms = (k for k in kept if k.label == thing.label and k.norm == thing.norm and k.end <= own.start)
    if not any(_plain(ctx.text[k.start:k.end]) in names for k in forms):
        return ""
    return own.norm


def _plain(name: str) -> str:
    """A name without case, accents or repeated spaces, as the long forms are compared."""
    return " ".join(unaccented(name.casefold()).split())


def _before_body(ctx: Context, found: list[Mention], start: int, end: int) -> int:
    """A text's or a programme's name given after the phrase ends before a body's name it runs on
    to, and the small words before it (`better known as the Revised Kyoto Convention of the World
    Customs Organization`)."""
    body = min((k.start for k in found if k.label == "ORG" and k.source != provenance.MODEL
                and start < k.start < end), default=None)
    if body is None:
        return end
    small = (ctx.lexicon.heads.connectors if ctx.lexicon.heads else frozenset()) | ctx.lexicon.words("article")
    before = ctx.text[start:body].split()
    if before and before[-1].lower() not in small:
        return end  # the body's acronym right after the head names the text (`directive PIF`)
    words = ctx.text[start:body].split()
    while words and words[-1].lower() in small:
        words.pop()
    return start + len(" ".join(words)) if words and " ".join(words) == " ".join(ctx.text[start:start + len(" ".join(words))].split()) else end


_LOWER_TAIL = re.compile(r"(?:[ \t]+[\w'’-]+){1,8}?(?=[ \t]*(?:[.,;:()]|\n|\Z))")


def _name_end(ctx: Context, name: re.Match) -> int | None:
    """Where the given name ends: its capitalised words; a head noun alone goes on over the
    lower-case words of its clause, as a name in a language that writes them so (`known in French
    as the Autorité des services et marchés financiers`), or names nothing (None)."""
    end = name.end() - (ctx.text[name.end() - 1] in "'’")
    if " " in name.group().strip() or not _headed(ctx, name.group()):
        return end
    tail = _LOWER_TAIL.match(ctx.text, end)
    connectors = ctx.lexicon.heads.connectors if ctx.lexicon.heads else frozenset()
    return tail.end() if tail is not None and tail.group().split()[0].lower() in connectors else None


def _headed(ctx: Context, name: str) -> str:
    """The label a head noun in the name gives it (`Harare Scheme`: an instrument), "" if none."""
    lex = ctx.lexicon
    for word in name.split():
        if word in lex.text_heads:
            return lex.text_heads[word]
        if lex.is_body_head(word):
            return "ORG"
    return ""


# a text's official number (`2022/2555`, `16/2018`): the text's own name stays its norm
_OFFICIAL_NUMBER = re.compile(r"\d+/\d+")


def _norm_given(ctx: Context, thing: Mention, start: int, end: int) -> str:
    """The norm of a thing no gazetteer knows and its other name: an acronym the name is, or an
    instrument's short title (`Convention 108`, as the annotators write them); a body's long
    form otherwise (SCHEMA: the acronym the text defines, else the long form as written). A text
cited by its official number keeps that name (`directive (UE) 2022/2555, dite directive NIS 2`)."""
    if thing.label == "INSTRUMENT" and _OFFICIAL_NUMBER.search(ctx.text, thing.start, thing.end):
        return " ".join(ctx.original[thing.start:thing.end].split())  # `directive (UE) 2022/2555`
    if is_acronym_form(ctx.text[start:end]) or thing.label != "ORG":
        return " ".join(ctx.original[start:end].split())
    return " ".join(ctx.original[thing.start:thing.end].split())


def _renamed(text: str, at: int, name: str, kept: list[Mention],
             previous: tuple[int, Mention] | None, chained: re.Pattern) -> Mention | None:
    """What the name after the phrase at `at` renames (see the module's docstring)."""
    if previous is not None and previous[0] <= at and chained.fullmatch(text, previous[0], at):
        return next((k for k in kept if (k.start, k.end) == (previous[1].start, previous[1].end)), None)
    before = [k for k in kept if k.label in _NAMED and k.end <= at and k.end > at - _LOOK_BACK]
    if not before:
        return None
    nearest = before[-1]
    if _RIGHT_AFTER.fullmatch(text, nearest.end, at):
        return nearest
    # from the line break itself, which opens a sentence (`\A` holds only at the text's start)
    line_start = max(0, text.rfind("\n", 0, at))
    opening = _SENTENCE_OPEN.search(text, line_start, at)
    if opening is None:
        return None
    sentence = opening.start()
    first = name.split()[0].lower()
    earlier = [k for k in before if k.end <= sentence and "\n\n" not in text[k.end:sentence]]
    same = [k for k in earlier if text[k.start:k.end].split()[0].lower() == first]
    return (same or earlier or [None])[-1]
