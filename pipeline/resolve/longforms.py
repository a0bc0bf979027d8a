"""The long form of an acronym read back from its parenthesis: `Long form (ACR)`.

Schwartz & Hearst (2003, "A simple algorithm for identifying abbreviation definitions in
biomedical text", as scispacy's `abbreviation.py` implements it) look back from the parenthesis
over at most about twice the acronym's letters and keep the shortest name whose letters hold the
acronym's in order, its first letter the name's. Here the window also stops where this genre's
names stop (a sentence's punctuation, a value, a name the rules found that is no complement), and
three readings are tried in turn:

1. a name whose word initials spell the acronym (`Provisional Intergovernmental Committee for the
   Movement of Migrants from Europe (PICMME)`, `Agence nationale de lutte contre la traite des
   personnes et le trafic illicite de migrants (ANLTP/TIM)`): the spelling is evidence enough to
   cross commas, conjunctions and verbs;
2. a programme or an instrument, whose names describe rather than spell (`Programme de soutien
   d'INTERPOL à l'Union africaine en lien avec AFRIPOL (ISPA)`), from its capitalised head;
3. otherwise the name from the nearest comma or stop word on, starting with the acronym's initial
   where acronyms are made of the language's own words (`acronym_initials`: English; French and
   Spanish long forms often stand for an English acronym: `Groupe ... (ICAT)`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from .. import provenance
from ..lexicon import Lexicon
from ..mention import Mention, SpanIndex
from ..text import unaccented
from .context import Context
from .acronym_shapes import is_acronym_form, spells
from .channel_long_forms import across_channel

ACRONYM = provenance.heuristic("acronym")
NAME_WALL, VALUE_WALL = b"\x01", b"\x02"
_HARD_STOPS = set(";:.!?()[]«»\"")
_PREVIOUS_WORD = re.compile(r"([\w']+)\s*\Z")
_DASH_BEFORE = re.compile(r"[-–—]\s*\Z")
_WORD_SPLIT = re.compile(r"[-–/]")
# Programme and instrument names are long descriptions (`Programa de Cooperación entre América
# Latina, el Caribe y la Unión Europea en Políticas sobre Drogas`): the window reaches this far.
_LONGEST = 25


def walls(ctx: Context, candidates: tuple[Mention, ...]) -> bytearray:
    """Characters a long form read back from a parenthesis cannot cross: values (dates, figures,
    resolutions) and names found by the rules that do not stand as a complement after an article,
    a preposition or a dash (`INTERPOL compte parmi ... du Groupe`, but `... des Nations Unies`,
    `Network-Asia Pacific`), nor inside a name that does (`Pacific` in `Asia Pacific`). A short
    title (`Committee`) is a wall too, but a long form that spells its acronym goes past names
    (`Provisional Intergovernmental Committee for ... (PICMME)`): they are `NAME_WALL`s, values
    `VALUE_WALL`s."""
    text = ctx.text
    found = bytearray(len(text))
    names, complements = [], []
    for c in candidates:
        if c.source == provenance.MODEL:
            continue
        if c.label in ("DATE", "FIGURE", "RESOLUTION"):
            found[c.start:c.end] = VALUE_WALL * (c.end - c.start)
            continue
        before = _PREVIOUS_WORD.search(text, max(0, c.start - 12), c.start)
        if (before is not None and before.group(1).lower() in ctx.leading) \
                or _DASH_BEFORE.search(text, max(0, c.start - 3), c.start) is not None:
            complements.append(c)
        else:
            names.append(c)
    index = SpanIndex(complements) if complements and names else None
    for c in names:
        if index is None or not any(k.contains(c) for k in index.overlapping(c.start, c.end)):
            found[c.start:c.end] = NAME_WALL * (c.end - c.start)
    return found


class LazyWalls:
    """`walls` of a document, made on the first read: most acronym definitions have their long
    form among the candidates and never read them."""

    def __init__(self, ctx: Context, candidates: tuple[Mention, ...]) -> None:
        self._ctx, self._candidates = ctx, candidates
        self._found: bytearray | None = None

    def __getitem__(self, at: int) -> int:
        if self._found is None:
            self._found = walls(self._ctx, self._candidates)
        return self._found[at]


def _fold(word: str) -> str:
    return unaccented(word.lower())


@lru_cache(maxsize=4096)
def _initials(letters: str, words: tuple[str, ...]) -> int:
    """The most acronym letters that can fall on word initials when the letters are read in order
    in the words, the first on the first word's initial, each other one on a later word's initial
    or further inside the word of the letter before (Schwartz & Hearst's order); -1 when they
    cannot be read so."""
    if not words or not letters or words[0][:1] != letters[0]:
        return -1

    @lru_cache(maxsize=None)
    def best(i: int, w: int, at: int) -> int:
        if i == len(letters):
            return 0
        options = []
        inside = words[w].find(letters[i], at)
        if inside >= 0:
            rest = best(i + 1, w, inside + 1)
            if rest >= 0:
                options.append(rest)
        for k in range(w + 1, len(words)):
            if words[k][:1] == letters[i]:
                rest = best(i + 1, k, 1)
                if rest >= 0:
                    options.append(rest + 1)
        return max(options, default=-1)

    found = best(1, 0, 1)
    return found + 1 if found >= 0 else -1


def spelled_by_initials(acr: str, words: list[str]) -> bool:
    """Whether the words' initials spell the acronym: its letters read in order in the words, the
    first the first word's, and at least half of them on word initials (`PICMME`, `ANLTP/TIM`,
    `StAR`, `GoGIN`; not `COPOLAD` from `Cooperación ... Políticas sobre Drogas`)."""
    letters = "".join(_fold(c) for c in acr if c.isalpha())
    parts = tuple(_fold(p) for w in words for p in _WORD_SPLIT.split(w) if p[:1].isalnum())
    if len(letters) < 2:
        return False
    return 2 * _initials(letters, parts) >= len(letters)


def spelled_one_letter_a_word(acr: str, words: list[str]) -> bool:
    """Whether every letter of the acronym is the initial of a word, in order (a word left out
    between them: `Nemzeti Adó- és Vámhivatal` for `NAV`), the first the first word's."""
    letters = "".join(_fold(c) for c in acr if c.isalpha())
    parts = tuple(_fold(p) for w in words for p in _WORD_SPLIT.split(w) if p[:1].isalnum())
    return len(letters) >= 2 and _initials(letters, parts) == len(letters)


@dataclass(frozen=True)
class _Window:
    """The words before an acronym's parenthesis (see `_window`)."""

    words: list[Token]
    near: int          # where the part from the nearest comma, stop word or name on starts
    near_open: bool    # whether that part's first word may start a name
    unwalled: int      # where the part with no name found in it starts
    whole_open: bool   # whether the first word may start a name (a line's start, or the length)


def _window(ctx: Context, doc: Doc, paren: int, acr: str, wall: LazyWalls | bytearray) -> _Window:
    """The words before the parenthesis a long form may use: back to a line break, a sentence's
    punctuation, a value or `_LONGEST` words, and where names found, the nearest comma or stop
    word (a conjunction between capitalised words excepted: `Refugiados y Migrantes`) or about
    twice the acronym's letters leave off."""
    span = doc.char_span(max(0, paren - 400), paren, alignment_mode="contract")
    if span is None or not len(span):
        return _Window([], 0, False, 0, False)
    stops = ctx.lexicon.words("acronym_stop")
    conjunctions = ctx.lexicon.words("name_conjunction")
    near = max(14, 2 * len(acr))
    window: list[Token] = []
    soft = named = None  # words from the parenthesis back to a comma or stop word, to a name
    whole_open = True    # the window did not stop at punctuation or a value
    for token in reversed(span):
        if token.is_space and "\n" in token.text:
            break
        if token.is_space:
            continue
        if token.text in _HARD_STOPS or wall[token.idx] == VALUE_WALL[0]:
            whole_open = False
            break
        if named is None and wall[token.idx]:
            named = len(window)
        if soft is None and (token.text == "," or (token.lower_ in stops and not (
                token.lower_ in conjunctions and token.i > 0
                and doc[token.i - 1].text[:1].isupper()
                and any(t.text[:1].isupper() for t in window[-3:])))):
            soft = len(window)
        window.append(token)
        if len(window) >= max(_LONGEST, near):
            break
    length = len(window)
    unwalled = length - (length if named is None else named)
    if soft is not None and soft <= near or named is not None and named <= near:
        cut = min(x for x in (soft, named) if x is not None)
        return _Window(window[::-1], length - cut, False, unwalled, whole_open and named is None)
    return _Window(window[::-1], length - min(length, near), (whole_open and named is None) or length > near,
                   unwalled, whole_open and named is None)


def guess_long_form(ctx: Context, paren: int, acr: str, wall: LazyWalls | bytearray,
                    known: Mention | None = None) -> Mention | None:
    """Read back from the parenthesis to where the name starts (see the module's docstring).

    A name starts at a capitalised word after an article or a preposition, or at the start of
    its line; not right after a comma or a verb, nor at a word for the body's people (`Agentes
    de …`); nor at another acronym followed by a
    preposition (`relie le CRESMAO au Centre ... (CRESMAC)`); a word before an article opens a
    sentence (`Participaron el Centro ...`). `known`, a name found that ends at the parenthesis,
    is given up only for a name that spells the acronym or goes on before it.
    Returns the name with an empty label where nothing says what it names.
    """
    lex, leading = ctx.lexicon, ctx.leading
    found = _window(ctx, ctx.doc, paren, acr, wall)
    window = found.words
    if not window:
        return None
    lowercase_starts, articles = lex.words("lowercase_org_start"), lex.words("article")
    people = lex.words("people_noun")  # `Agentes de la Dirección … (DIJIN)`: the body's people
    # a possessive opens a name as an article does (`Indonesia's Badan Meteorologi …`)
    opening = leading | {p.replace("'", "’") for p in lex.words("name_possessive")} | lex.words("name_possessive")

    def starts_name(i: int, first: int, first_open: bool) -> bool:
        t = window[i]
        return ((t.text[:1].isupper() or t.lower_ in lowercase_starts) and t.lower_ not in leading
                and t.lower_ not in people
                and (window[i - 1].lower_ in opening if i > first else first_open)
                and not (is_acronym_form(t.text) and i + 1 < len(window) and window[i + 1].lower_ in leading)
                and not (i == first and i + 1 < len(window) and window[i + 1].lower_ in articles))

    starts = [i for i in range(len(window)) if starts_name(i, 0, found.whole_open or i > 0)]
    relatives = lex.words("acronym_relative")
    # nor a first-person subject: its clause runs up to the name (`En Europe, nous siégeons au …`)
    pronouns = lex.words("speaker_pronoun")
    spelled = [i for i in starts if spelled_by_initials(acr, [t.text for t in window[i:]])
               and not any(t.lower_ in relatives or t.text in pronouns for t in window[i:])]
    # a description crosses commas, conjunctions and prepositions, not a verb or a relative
    clause = lex.words("acronym_stop") - leading
    heads = lex.words("programme_head") | lex.words("instrument_head")
    described = [i for i in starts if i >= found.unwalled and window[i].text[:1].isupper()
                 and window[i].lower_ in heads and not any(t.lower_ in clause for t in window[i:])]
    if not described and not spelled:
        described = [i for i in starts if i >= found.unwalled and lex.is_body_head(window[i].text)
                     and window[i].text[:1].isupper() and _runs_on(lex, leading, window[i:])
                     and not any(t.like_num or t.lower_ in heads for t in window[i:])]
    # a spelled name, else one across a channel's words the acronym fits whole (`… a través del … (X)`)
    at = spelled[-1] if spelled else across_channel(lex, acr, window, starts, found.unwalled)
    if at is None and described:
        at = described[-1]
    elif at is None:
        near = [i for i in range(found.near, len(window)) if starts_name(i, found.near, found.near_open)]
        if lex.info.setting("acronym_initials"):  # the language's own words: the acronym's initial
            near = [i for i in near if window[i].text[:1] == acr[:1]]
        if not near:
            return None
        at = near[0]
    name = window[at:]
    if len(name) < 2 or (known is not None and not spelled and name[0].idx >= known.start):
        return None
    return Mention(name[0].idx, name[-1].idx + len(name[-1]), long_form_label(ctx, name), "", ACRONYM)


def _runs_on(lex: Lexicon, leading: frozenset[str], name: list[Token]) -> bool:
    """Whether a body's name from its head noun runs on across a conjunction or a comma up to the
    parenthesis (`Agence nationale pour l'administration et le contrôle des aliments (NAFDAC)`,
    `Comisión para la Verdad, la Convivencia y la No Repetición (CVNR)`): each conjunction and
    comma followed by an article or a preposition, each word in lower case after a small word,
    or an adjective (`site historique`, `crises alimentaires`), never a verb's place."""
    conjunctions, clause = lex.words("name_conjunction"), lex.words("acronym_stop") - leading
    endings = tuple(lex.words("name_adjective_ending"))
    joined = False
    for k, t in enumerate(name[1:], 1):
        word, before = t.lower_, name[k - 1].lower_
        if t.text == "," or word in conjunctions:
            if k + 1 >= len(name) or name[k + 1].lower_ not in leading:
                return False
            joined = True
        elif word in clause:
            return False
        elif t.text[:1].islower() and word not in leading and before not in leading \
                and before not in conjunctions and not word.endswith(endings):
            return False
    return joined


def long_form_label(ctx: Context, name: list[Token]) -> str:
    """What a long form names, from its head noun: an instrument, a programme, a body; "" when it
    holds no head noun (`Small Arms and Light Weapons (SALW)`: a thing, not a body).

    The head is the first word where names start with it; where they end with it, the last word
    before the first small word of a complement (`Global Maritime Crime Programme`, `Strategic
    Guidance Framework for International Police Peacekeeping`).
    """
    lex = ctx.lexicon
    instruments, programmes = lex.words("instrument_head"), lex.words("programme_head")
    if name[-1].lower_.replace("’", "'").split("'")[-1] in lex.words("unit_word"):
        return ""  # a system of units (`Système international d'unités (SI)`): a thing
    first = name[0].lower_
    if first in instruments:
        return "INSTRUMENT"
    if first in programmes:
        survey = first in lex.words("survey_head")  # `Encuesta Nacional de …`: counts, is no body
        return "ORG" if not survey and holds_body_word(lex, (t.lower_ for t in name)) else "OPERATION"
    if lex.head_last:
        # a conjunction joins words of the head's modifiers (`Syr Darya Control and Northern Aral
        # Sea Project`), not a complement
        connectors = (lex.words("capitalised_connector") | ctx.leading) - lex.words("joiner")
        before = next((k for k, t in enumerate(name) if k and t.lower_ in connectors), len(name))
        head = name[before - 1].text.split("-")[0].lower()
        if head in instruments:
            return "INSTRUMENT"
        if head in programmes:
            return "ORG" if holds_body_word(lex, (t.lower_ for t in name)) else "OPERATION"
        if name[-1].lower_ in lex.words("programme_end_head") and name[-1].text[:1].isupper() \
                and not any(lex.is_body_head(t.text) for t in name[:before]) \
                and not holds_body_word(lex, (t.lower_ for t in name)):
            # the name's own head ends it past a complement (`Bay of Korvel Large Marine Ecosystem
            # Project`); a body's head before the complement names the body (`Office of the …
            # Programme`, `Korvel Bar Association Rule of Law Initiative`); not `… Community System`
            return "OPERATION"
    elif all(t.text[:1].isupper() for t in name) and name[-1].lower_ in programmes:
        # a programme named in a language whose names end with their head, every word
        # capitalised as that language writes it (`le Korvel Reef Restoration Project (KRRP)`)
        return "OPERATION"
    return "ORG" if any(lex.is_body_head(t.text) for t in name) else ""


def holds_body_word(lex: Lexicon, words: Iterable[str]) -> bool:
    """Whether a name its programme word heads holds a word that makes it a body
    (`programme_body_word`: `Sistema Nacional de Protección Civil`, `Sistema Andino de
    Integración`) or names the body system it belongs to (`owned_by_body_system`); `words` in
    lower case."""
    words = list(words)
    body = lex.words("programme_body_word")
    return any(w in body for w in words) or owned_by_body_system(lex, words)


def owned_by_body_system(lex: Lexicon, words: list[str]) -> bool:
    """Whether a name's words (lower case) name the body system it belongs to, a
    `programme_body_owner` phrase as consecutive words (`Programme des Nations Unies pour …`; not
    `First Nations Health Programme`), and not a programme it runs with others (`programme_joint`:
    `Programa Conjunto de las Naciones Unidas para …`)."""
    owners, joint = lex.words("programme_body_owner"), lex.words("programme_joint")
    if not owners or joint.intersection(words):
        return False
    joined = f" {' '.join(words)} "
    return any(f" {o} " in joined for o in owners)

