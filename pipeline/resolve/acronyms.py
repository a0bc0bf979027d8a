"""Acronym definitions: `Long form (ACR)` gives the long form, the acronym, and every other use.

The long form is the name that ends at the parenthesis, or one read back from it to where a
name starts (Schwartz & Hearst 2003, "A simple algorithm for identifying abbreviation
definitions in biomedical text", as scispacy's `abbreviation.py` implements it; here with the
genre's own stops: punctuation, verbs, values, names found by the rules).
"""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import Lexicon, alternation
from ..mention import Mention, SpanIndex
from .context import Context, State
from .literals import word_uses
from .founding import body_of_title
from .speakers import own_body_before
from .acronym_shapes import ROMAN, is_acronym, is_acronym_form
from .longforms import ACRONYM, LazyWalls, guess_long_form, spelled_by_initials, spelled_one_letter_a_word, spells
# an acronym in parentheses: two capitals at least (ONUDC, CTED, UNOCT; eu-LISA is not handled)
# (ANLTP/TIM, GLACY+: one slash at most, so that `(S/RES/1373)` is none)
# (a second word in capitals after a space, as the Commission's services and a country's
# bodies are written: `DG MOVE`, `US CDC`)
# (a few lower-case letters before the capitals, as national teams write theirs: `colCERT`, `iGA`)
_ACRONYM = (r"((?:[a-z]{1,3}(?=[A-Z]{2}))?[A-Z][A-Za-z0-9&.+\-]{1,14}"
            r"(?:/[A-Z][A-Za-z0-9&.+\-]{1,9}| [A-Z][A-Z0-9]{1,9}(?![\w'’-]))?)")
# (a body that writes its article with its acronym: `The University of … (The UWI)`; the word
# before the acronym must be one of the language's articles)
_ARTICLE = r"(?:(?P<article>[A-Z][a-z]{1,2})\s+)?"
_ACRONYM_DEF = re.compile(rf"\(\s*{_ARTICLE}{_ACRONYM}\s*\)")


def _definition(lex: Lexicon) -> re.Pattern:
    """`(ACR)`, `(The ACR)` and `(ACR, por sus siglas en inglés)`: an acronym and the words that
    say it is one (`acronym_note`), whatever language it spells."""
    notes = lex.words("acronym_note")
    if not notes:
        return _ACRONYM_DEF
    return re.compile(rf"\(\s*{_ARTICLE}{_ACRONYM}\s*(?:\)|,[ \t]+(?i:{alternation(notes)})(?![\w'’-])[^()\n]{{0,40}}\))")


_NAMES = ("ORG", "INSTRUMENT", "OPERATION")
# the noun after an acronym's parenthesis, after an article or not: `(SIMCI), un proyecto`
_NOUN_AFTER = re.compile(r",\s+(\w+)(?:['\s]\s*(\w+))?")


def operation_name(ctx: Context, surface: str) -> str:
    """An operation's name without its keyword: `Opération Trigger IV` → `Trigger IV`. A
    capitalised programme keyword stays in a programme's title (`Programa Mundial de …`) but
    not before a single proper name (`Iniciativa Spotlight` → `Spotlight`, SCHEMA: the name
    alone); an operation keyword before a lower-case word opens a title and stays in it
    (`Proyecto para la Conservación del …`, `Projet de facilitation du …`)."""
    lex = ctx.lexicon
    operation, programme = lex.words("operation_keyword"), lex.words("programme_keyword")
    words = surface.split()
    if len(words) > 2 and words[0].lower() in lex.words("operation_modifier") \
            and words[1].lower() in operation | {w.lower() for w in programme}:
        words = words[1:]  # "Joint Operation Themis"
    if len(words) > 2 and words[1].lower() in lex.words("operation_modifier_after") \
            and words[0].lower() in operation | programme:
        return " ".join(words[2:])  # "programme conjoint Routes4U"
    if len(words) > 1 and (words[0].lower() in operation or words[0] in programme
                           or (words[0].lower() in programme and _proper_name(ctx, words[1:]))):
        if words[1][:1].islower():
            return " ".join(words)  # a title: "Proyecto para la Conservación …", "Projet d'appui à …"
        words = words[1:]
    elif len(words) > 1 and words[0] in lex.words("programme_word_before"):
        words = words[1:]  # "mission SWOT"
    elif len(words) > 1 and (words[-1].lower() in operation or words[-1] in lex.words("operation_keyword_after")
                             or words[-1] in lex.words("programme_word_after")):
        if words[-1][:1].isupper() and _title_words(ctx, words) > _TITLE_WORDS:
            return " ".join(words)  # a title: "National Slum Upgrading Project"
        words = words[:-1]  # "the AIRCOP project", "the HAECHI series", "the Giga initiative", "Deep Blue Project"
    return " ".join(words)


# a capitalised keyword after this many words or more ends a title and stays in its norm
# (`National Slum Upgrading Project`, `Earthquake Housing Reconstruction Project`), after fewer
# it follows a coined name (`Deep Blue Project` → `Deep Blue`, `JURIST Project` → `JURIST`):
# the gold of sets b, c, r, z, ab and ac agrees
_TITLE_WORDS = 3
# an edition's number: a roman numeral (acronym_shapes.ROMAN), a year, a version (`Phase IV`, `2030`, `2.0`)
_EDITION_DIGITS = re.compile(r"\d[\d.]*")


def _title_words(ctx: Context, words: list[str]) -> int:
    """The words of a name that count towards a title: not an edition's word or number
    (`SEACOP Phase IV Project` is a coined name of two words, and its keyword goes)."""
    edition = ctx.lexicon.words("edition_word")
    return sum(1 for w in words if w.lower() not in edition and not ROMAN.fullmatch(w) and not _EDITION_DIGITS.fullmatch(w))


def _proper_name(ctx: Context, words: list[str]) -> bool:
    """Whether the words after a capitalised programme keyword are one proper name, with an
    edition at most (`Spotlight`, `AFJOC 2.0`), and not a place: a title of several words and
    a programme named after its region (`Programme Sahel`) keep their keyword."""
    name = words[:-1] if len(words) == 2 and words[-1][:1].isdigit() else words
    if len(name) != 1 or not name[0][:1].isupper():
        return False
    places = ("LOCATION", "COUNTRY")
    return ctx.knowledge.country_lookup(name[0]) is None and not any(
        span.label_ in places and span.text == name[0] for span in ctx.ruler_spans)


def definitions(ctx: Context, state: State) -> State:
    """Mentions for each `Long form (ACR)`: the long form (a candidate or one read back), the
    acronym with the long form's norm, and every other use of the acronym in the document.

    A model name used as a long form becomes the acronym stage's; a long form the gazetteer
    does not know takes the acronym's gazetteer id when it has one, else the acronym itself.
    """
    text = ctx.text
    pool = list(state.candidates)          # candidates, some replaced below
    added: list[Mention] = []              # long forms read back, acronyms, uses: in order
    names_by_end: dict[int, list[tuple[list[Mention], int]]] = {}  # end → places in pool/added
    for i, c in enumerate(pool):
        if c.label in _NAMES and not is_acronym_form(text[c.start:c.end]):
            names_by_end.setdefault(c.end, []).append((pool, i))
    wall = LazyWalls(ctx, state.candidates)
    gazetteer_at = {(c.start, c.end): c for c in state.candidates
                    if provenance.kind(c.source) == "gazetteer"}
    defined: dict[str, Mention] = {}
    for match in ctx.knowledge.built("acronym_definition", _definition).finditer(text):
        acr = match.group(2)
        if not is_acronym(acr) or not _article_or_none(ctx, match.group("article")):
            continue
        acr_start, acr_end = match.span(2)
        paren = match.start()
        while paren > 0 and text[paren - 1].isspace():
            paren -= 1
        known = gazetteer_at.get((acr_start, acr_end))
        named = names_by_end.get(paren)
        where, at, long_form = added, None, None
        if named:
            where, at = max(named, key=lambda p: (p[0][p[1]].end - p[0][p[1]].start, p[0][p[1]].rank))
            long_form = where[at]
            if _complement_of_another(ctx, long_form, acr, known):
                guess = guess_long_form(ctx, paren, acr, wall, known=long_form)
                if guess is not None and guess.label:
                    where, at, long_form = added, None, guess
            if long_form.source == provenance.MODEL:
                long_form = long_form._replace(source=ACRONYM)
        else:
            long_form = _read_back(ctx, paren, acr, wall, match.end())
            if long_form is None:
                if own_body_before(ctx, paren):  # notre organisation (OIV): the speaker's name
                    added.append(defined.setdefault(acr, Mention(acr_start, acr_end, "ORG", acr, ACRONYM)))
                continue
        long_form = _extend_by_initials(ctx, long_form, acr, wall)
        long_form = _norm_from_acronym(ctx, long_form, known, acr)
        long_form = _named_across(ctx, long_form, known, paren, match.end())
        long_form, label, norm = body_of_title(ctx, long_form, acr, known)
        if at is None:
            added.append(long_form)
            names_by_end.setdefault(long_form.end, []).append((added, len(added) - 1))
        else:
            where[at] = long_form
        acr_mention = Mention(acr_start, acr_end, label, norm, ACRONYM, after=long_form.after)
        added.append(acr_mention)
        defined.setdefault(acr, acr_mention)
    added.extend(_uses(text, defined))
    return State(tuple(_programme_acronyms(text, pool, defined)) + tuple(added), state.kept)


def _article_or_none(ctx: Context, article: str | None) -> bool:
    """Whether the word before an acronym in its parenthesis is none or an article (`(The UWI)`)."""
    return article is None or article.lower() in ctx.lexicon.words("article")


def _read_back(ctx: Context, paren: int, acr: str, wall: LazyWalls, paren_end: int) -> Mention | None:
    """The long form read back from the parenthesis, labelled by the noun after the acronym or
    by its spelling after an article; None when none is found or nothing labels it."""
    long_form = guess_long_form(ctx, paren, acr, wall)
    if long_form is not None and not long_form.label:
        long_form = long_form._replace(label=label_after(ctx, paren_end)
                                       or _spelled_after_article(ctx, long_form, acr, paren_end))
    return long_form if long_form is not None and long_form.label else None


def _complement_of_another(ctx: Context, name: Mention, acr: str, known: Mention | None) -> bool:
    """Whether the acronym may stand for a longer name than the one found before its parenthesis:
    one it neither spells nor is known to name, set after a preposition or a dash as the
    complement of another (`Bureau du programme sur la cybercriminalité du Conseil de l'Europe
    (C-PROC)`, `Fuerzas Armadas Revolucionarias de Colombia – Ejército del Pueblo (FARC-EP)`)."""
    text = ctx.text
    if (known is not None and known.norm == name.norm) or spells(acr, text[name.start:name.end]):
        return False
    before = text[max(0, name.start - 12):name.start].rstrip()
    if before.endswith(("-", "–", "—")):
        return True
    words = before.replace("'", "' ").split()
    if len(words) > 1 and " ".join(words[-2:]).lower() in ctx.lexicon.words("complement_linker"):
        return True  # `Agence panafricaine de la Grande Muraille verte (APGMV)`
    return bool(words) and words[-1].lower() in ctx.leading \
        and words[-1].lower() not in ctx.lexicon.words("article")


def label_after(ctx: Context, end: int) -> str:
    """What an acronym names from the noun set after it: `(SIMCI), un proyecto` is a programme."""
    after = _NOUN_AFTER.match(ctx.text, end)
    if after is None:
        return ""
    lex, words = ctx.lexicon, [w.lower() for w in after.groups() if w]
    articles = {a.rstrip("'") for a in lex.words("article")}
    word = words[1] if len(words) > 1 and words[0] in articles else words[0]
    if word in lex.words("programme_head") | lex.words("operation_keyword"):
        return "OPERATION"
    if word in lex.words("instrument_head"):
        return "INSTRUMENT"
    return "ORG" if lex.is_body_head(word) and word not in lex.words("apposition_not_body") else ""


_WORD_BEFORE_NAME = re.compile(r"([\w]+['’]?)\s*\Z")


def _spelled_after_article(ctx: Context, long_form: Mention, acr: str, paren_end: int) -> str:
    """`ORG` for a long form with no head noun the lexicon knows that spells its acronym of three
    letters or more on its words' initials, one letter a word, and follows a definite article:
    a name the text sets up as a body (`the Baltic Sea Region Border Control Cooperation
    (BSRBCC)`, `la Nemzeti Adó- és Vámhivatal (NAV)`, `the Valstybės sienos apsaugos tarnyba
    (VSAT)`); a thing is named after a preposition or an adjective (`trafficking of Small Arms
    and Light Weapons (SALW)`, `the first Global Forum on Asset Recovery (GFAR)`), and one the
    text describes in an apposition that names no body (`(MEM), un proceso de revisión`) is none
    (`label_after` reads the apposition that names one). "" otherwise."""
    text, lex = ctx.text, ctx.lexicon
    after = _NOUN_AFTER.match(text, paren_end)
    if after is not None and after.group(1).lower() in {a.rstrip("'") for a in lex.words("article")}:
        return ""
    letters = [c for c in acr if c.isalpha()]
    if len(letters) < 3 or not all(c.isupper() for c in letters):
        return ""
    before = _WORD_BEFORE_NAME.search(text, max(0, long_form.start - 12), long_form.start)
    definite = lex.words("article") - lex.words("indefinite_article")
    possessed = text[:long_form.start].rstrip().replace("’", "'").endswith(tuple(lex.words("name_possessive")))
    if not possessed and (before is None or before.group(1).lower().replace("’", "'") not in definite):
        return ""
    words = text[long_form.start:long_form.end].split()
    if not (spelled_one_letter_a_word(acr, words) or _capitalised_run(ctx, words) and spelled_by_initials(acr, words)):
        return ""
    return "ORG"


def _capitalised_run(ctx: Context, words: list[str]) -> bool:
    """Whether every word of a long form is capitalised but the small words names hold, in any
    language (`Secretaria Especial de Saúde Indígena`): a name whatever its language, where a
    description holds lower-case words (`Revue annuelle commune`)."""
    small = ctx.lexicon.heads.connectors if ctx.lexicon.heads else frozenset()
    small = small | ctx.lexicon.words("capitalised_connector") | ctx.leading
    return len(words) >= 2 and all(w[:1].isupper() or w.lower().strip(",") in small for w in words)


def _programme_acronyms(text: str, pool: list[Mention], defined: dict[str, Mention]) -> list[Mention]:
    """Uses of a programme's acronym that the rules found without a norm take the programme's
    (`the Container Control Programme (CCP)` … `the CCP`: `CCP`, or the gazetteer's id)."""
    named = {acr: m.norm for acr, m in defined.items() if m.label == "OPERATION" and m.norm}
    if not named:
        return pool
    return [c._replace(norm=named[text[c.start:c.end]])
            if c.label == "OPERATION" and not c.norm and text[c.start:c.end] in named else c for c in pool]


_CAPITALS = re.compile(r"(?:(?<![\w'’-])|(?<=-))[A-ZÀ-ÖØ-Þ]")
# a capitalised word before a name, with what joins them: a space, a comma, a conjunction
_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[A-ZÀ-ÖØ-Þ][\w-]*)(?:,? (?:and|et|y|e) |, | )\Z")


def _extend_by_initials(ctx: Context, long_form: Mention, acr: str, walls: LazyWalls) -> Mention:
    """A long form whose initials are the end of its acronym's goes back over the capitalised
    words that give the rest, across commas and conjunctions (`Foreign, Commonwealth and
    Development Office (FCDO)` where `Commonwealth and Development Office` was found)."""
    if provenance.kind(long_form.source) == "gazetteer":
        return long_form
    text = ctx.text
    letters = "".join(c for c in acr if c.isupper())
    have = "".join(_CAPITALS.findall(text, long_form.start, long_form.end))
    start = long_form.start
    while have and len(have) < len(letters) and letters.endswith(have):
        before = _WORD_BEFORE.search(text, max(0, start - 60), start)
        if before is None or walls[before.start()]:
            break
        initials = "".join(_CAPITALS.findall(before.group("word")))
        if not letters.endswith(initials + have):
            break
        have, start = initials + have, before.start()
    if len(have) != len(letters) or start == long_form.start:
        return long_form  # only a long form that then spells the whole acronym
    return long_form._replace(start=start)


def appositions(ctx: Context, state: State) -> State:
    """`SEESAC, the South Eastern and Eastern Europe Clearinghouse …`, `SEESAC (South Eastern …)`:
    an acronym no rule knows, followed by a body's name it spells, is defined by it, as `Long
    form (ACR)` is; so is every other use of it (`convened by SEESAC`)."""
    text, rx = ctx.text, ctx.regexes
    names: dict[int, Mention] = {}
    for c in state.candidates:
        if c.label == "ORG" and c.source != provenance.MODEL and not is_acronym_form(text[c.start:c.end]):
            if c.start not in names or c.end > names[c.start].end:
                names[c.start] = c
    if not names:
        return state
    index: SpanIndex | None = None
    found: list[Mention] = []
    defined: dict[str, Mention] = {}
    for match in rx.apposition.finditer(text):
        acr = match.group("acr")
        name = names.get(match.end())
        if name is None or acr in defined or not is_acronym(acr) \
                or not spells(acr, text[name.start:name.end]) \
                or (match.group("open") and not text.startswith(")", name.end)):
            continue
        index = index or SpanIndex([c for c in state.candidates if c.source != provenance.MODEL])
        if index.overlapping(match.start("acr"), match.end("acr")):
            continue  # a name the rules know (the model's reading of it is replaced)
        norm = name.norm or acr
        if not name.norm:
            found.append(name._replace(norm=acr, source=ACRONYM))
        defined[acr] = Mention(match.start("acr"), match.end("acr"), "ORG", norm, ACRONYM)
        found.append(defined[acr])
    found.extend(_uses(text, defined))
    return State(state.candidates + tuple(found), state.kept)


def _norm_from_acronym(ctx: Context, long_form: Mention, known: Mention | None, acr: str) -> Mention:
    if provenance.kind(long_form.source) != "gazetteer" and known and known.label == long_form.label:
        long_form = long_form._replace(norm=known.norm, after=known.after)
    if not long_form.norm and long_form.label in ("ORG", "INSTRUMENT", "OPERATION"):
        # what the text defines is the norm of a name no gazetteer holds, a programme's as a
        # body's: `Sistema Integrado de Monitoreo de Cultivos Ilícitos (SIMCI)` → `SIMCI`
        long_form = long_form._replace(norm=acr)
    return long_form


# the words of a name after an acronym's parenthesis, up to where the name may stop
_NAME_GOES_ON = re.compile(r"[^\S\n]+([^\n.;:()]{1,80})")


def _named_across(ctx: Context, long_form: Mention, known: Mention | None, paren: int, end: int) -> Mention:
    """A long form the gazetteer does not hold whose name, with the acronym in parentheses left
    out, is one it holds takes that name's id: `Conseil de paix et de sécurité (CPS) de l'UA` is
    `Conseil de paix et de sécurité de l'UA`, the PSC; the span stays the long form as written."""
    if provenance.kind(long_form.source) == "gazetteer" or long_form.label != "ORG" \
            or (known is not None and known.label == "ORG"):
        return long_form
    after = _NAME_GOES_ON.match(ctx.text, end)
    if after is None:
        return long_form
    start = " ".join(ctx.text[long_form.start:paren].lower().split())
    rest = " ".join(after.group(1).lower().split())
    for alias, ident in ctx.knowledge.names_starting("ORG", start):
        tail = alias[len(start) + 1:]
        if rest.startswith(tail) and not rest[len(tail):len(tail) + 1].isalnum():
            return long_form._replace(norm=ident)
    return long_form


def _uses(text: str, defined: dict[str, Mention]) -> list[Mention]:
    """Every use of a defined acronym, before the definition too (a title often names it first)."""
    if not defined:
        return []
    found = []
    for start, end, acronym in word_uses(text, defined):  # no pattern compiled for one document
        first = defined[acronym]
        if start != first.start:
            found.append(Mention(start, end, first.label, first.norm, ACRONYM, after=first.after))
    return found
