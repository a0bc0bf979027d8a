"""Names of bodies written mostly in lower case, which capitalised runs (`names.py`) cannot read.

Units named by a number and an ordinal suffix (`3e régiment étranger d'infanterie`, `11e brigade
parachutiste`, `9e régiment d'infanterie de marine`), and names in sentence case, a head in
capitals then an adjective and complements in lower case (`Conseil présidentiel de transition`).
The words are data: `unit_head` (the kinds of unit), `unit_ordinal_suffix` (`e`, `er`, `.ª`), the
endings of the adjectives that may follow a head (`name_adjective_ending`,
`unit_adjective_ending`) and the words that end as one and are none (`not_adjective`);
complements follow a `complement_linker`, and never open on an ordinal or a noun of time
(`not_complement_noun`: `pour la première fois`). A name in sentence case that a programme noun
heads is a programme (OPERATION), not a body. Each pattern is built once per language
(`Knowledge.built`)."""

from __future__ import annotations

import re

from ..lexicon import CAPITAL, Lexicon, alternation, ending_word
from ..mention import Mention
from .bodies import CAPITALISED
from .context import Context, State
from .longforms import holds_body_word
from .regex_parts import first_letters

_S = r"[ \t]+"


def _linker(linkers: frozenset[str]) -> str:
    """The linkers, longest first, each followed by a space unless elided (`d'`)."""
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", _S) + ("" if w.endswith("'") else _S)
                            for w in sorted(linkers, key=len, reverse=True)) + ")"


def _unit_pattern(lex: Lexicon) -> re.Pattern | None:
    """The pattern of a numbered unit's name in the lexicon's language, or None without its words."""
    heads, suffixes = lex.words("unit_head"), lex.words("unit_ordinal_suffix")
    endings = lex.words("name_adjective_ending") | lex.words("unit_adjective_ending")
    linkers = lex.words("complement_linker")
    if not heads or not suffixes or not linkers:
        return None
    link = _linker(linkers)
    adjective = _adjective(lex, endings) if endings else "(?!)"
    noun = r"[\w-]+(?![\w'’-])"
    capitalised = rf"[{CAPITAL}][\w-]*(?![\w'’-])"
    # a head as the data writes it, or capitalised (`brigada`, `Brigada`; English `Division` only);
    # capitalised words may come between the number and the head (`82nd Airborne Division`)
    written = alternation(set(heads) | {h[0].upper() + h[1:] for h in heads})
    # the first digit, then what stands before it: a pattern that opens on a character class is
    # looked for by re's fast scan, not tried at every position (0.24 → 0.14 µs a word)
    return re.compile(rf"\d(?<![\w'’-]\d)\d{{0,2}}{alternation(suffixes, space='')}[ \t]+"
                      rf"(?:{capitalised}[ \t]+){{0,2}}{written}(?![\w'’-])"
                      rf"(?:{_S}(?:{adjective}|{capitalised})){{0,2}}"
                      rf"(?:{_S}{link}{noun}(?:{_S}(?:{adjective}|{capitalised}))?){{0,3}}")


def _adjective(lex: Lexicon, endings: set[str]) -> str:
    """A word in lower case with an adjective's ending, unless the data says it is none (`hier`)."""
    return ending_word(endings, lex.words("not_adjective"))


def numbered_units(ctx: Context, state: State) -> State:
    """`le 3e régiment étranger d'infanterie`: a numbered unit is one ORG, its name as written."""
    rx = ctx.knowledge.built("numbered_unit", _unit_pattern)
    found = tuple(Mention(m.start(), m.end(), "ORG", "", CAPITALISED) for m in rx.finditer(ctx.text)) if rx else ()
    return State(state.candidates + found, state.kept) if found else state


def _own_name_pattern(lex: Lexicon) -> re.Pattern | None:
    """A head noun in capitals, an adjective in lower case, then complements in lower case, as
    French writes a body's name in sentence case (`Conseil présidentiel de transition`)."""
    heads = {h for h in lex.words("backref_org_head") | lex.words("org_head") if " " not in h}
    heads -= lex.words("plural_head")
    endings, linkers = lex.words("name_adjective_ending"), lex.words("complement_linker")
    if not (heads and endings and linkers) or lex.head_last:
        return None
    adjective = _adjective(lex, endings)
    # an ordinal or a noun of time opens no complement (`Marine française pour la première fois`)
    nots = lex.words("not_complement_noun") | lex.words("not_adjective")
    unless = rf"(?!{alternation(nots)}(?![\w'’-]))" if nots else ""
    noun = rf"{unless}[a-zà-ÿ][\w-]{{3,}}(?![\w'’-])(?:{_S}{adjective})?"
    # a purpose linker (`sentence_case_purpose`: `pour la`, `para el`) opens the first complement
    # too (`Office central pour la répression de la traite`), and a conjunction with its article
    # a complement after it (`Commission saoudite pour le tourisme et le patrimoine national`)
    first = _linker(linkers | lex.words("sentence_case_purpose"))
    conjunctions, articles = lex.words("name_conjunction"), lex.words("article") - lex.words("indefinite_article")
    link = more = _linker(linkers)
    if conjunctions and articles:
        more = rf"(?:{more}|{alternation(conjunctions)}{_S}{_linker(articles)})"
    demonyms = lex.words("demonym")  # `Commission saoudite pour le tourisme`
    after_head = rf"(?:{alternation(demonyms)}(?![\w'’-])|{adjective})" if demonyms else adjective
    return re.compile(rf"{first_letters(heads)}(?<![\w-])(?P<head>{alternation(heads)}{_S}{after_head})"
                      rf"{_S}{first}{noun}(?:{_S}{more}{noun}){{0,2}}"
                      # a place that ends the name right before the parenthesis that defines it
                      # (`Agence française pour le développement d'AlUla (Afalula)`)
                      rf"(?:{_S}{link}[{CAPITAL}][\w-]+(?=[ \t]*\())?")


def sentence_case_names(ctx: Context, state: State) -> State:
    """`du Conseil présidentiel de transition`: a head in capitals, an adjective and complements in
    lower case are one ORG, unless the head and adjective already name a known body (`Banque
    mondiale de …` is the World Bank and a complement of its own)."""
    rx = ctx.knowledge.built("sentence_case_name", _own_name_pattern)
    if rx is None:
        return state
    known = {(c.start, c.end) for c in state.candidates if c.label == "ORG" and c.norm}
    found = tuple(Mention(m.start(), m.end(), _label(ctx, m.start(), m.end(), m.group()), "", CAPITALISED)
                  for m in rx.finditer(ctx.text) if (m.start(), m.end("head")) not in known)
    return State(state.candidates + found, state.kept) if found else state


def _label(ctx: Context, start: int, end: int, name: str) -> str:
    """ORG, or OPERATION for a name a programme noun heads (`programme_head`: `Programme régional
    de surveillance des pêches`, `Projet régional d'appui …`) unless a word makes it a body
    (`holds_body_word`: `Programme national de lutte contre …`, `… des Nations Unies`), the body
    system it belongs to follows it (`… de contrôle des drogues des Nations Unies`), an apposition
    calls it a body (`…, un organisme intergouvernemental,`), or it is the
    complement of a body's head (`Oficina del Programa regional …`: the office's name, left ORG)."""
    lex = ctx.lexicon
    words = re.findall(r"[^\W\d_]+", name.lower())
    if words[0] not in lex.words("programme_head") or holds_body_word(lex, words[1:]) \
            or _owner_follows(ctx, end) or _apposed_body(ctx, end) or _office_of(ctx, start):
        return "ORG"
    return "OPERATION"


def _owner_follows(ctx: Context, end: int) -> bool:
    """Whether a linker and a `programme_body_owner` phrase follow the name (`Programme … des
    Nations Unies`, `Programa … de las Naciones Unidas`): the body system's programme, a body."""
    after = re.sub(r"[^\w'\s]", " ", ctx.text[end:end + 60].lower().replace("’", "'")).replace("'", "' ").split()
    linkers = ctx.lexicon.words("complement_linker")
    owners = [o.split() for o in ctx.lexicon.words("programme_body_owner")]
    return any(" ".join(after[:n]).replace("' ", "'") in linkers and after[n:n + len(o)] == o
               for n in (1, 2) for o in owners)  # `des`, `de las`


def _apposed_body(ctx: Context, end: int) -> bool:
    """Whether an apposition right after the name calls it a body: a comma, an indefinite
    article and a body's head noun that is no programme noun (`…, un organisme …`, `…, una red
    de …`; not `…, un programme de l'UE`)."""
    lex = ctx.lexicon
    m = re.match(r"[ \t]*,[ \t]+([^\W\d_]+)[ \t]+([^\W\d_]+)", ctx.text[end:end + 60])
    return m is not None and m.group(1).lower() in lex.words("indefinite_article") \
        and lex.is_body_head(m.group(2)) and m.group(2).lower() not in lex.words("programme_head")


def _office_of(ctx: Context, start: int) -> bool:
    """Whether the name is the complement of a body's head: a linker before it, then back over
    adjectives (`name_adjective_ending`) and capitalised words and one complement to a body's
    head noun (`Bureau du Programme …`, `Secrétariat exécutif du Programme …`, `Unité de
    coordination du Programme …`, `La Secretaría Técnica del Programa …`)."""
    lex = ctx.lexicon
    before = ctx.text[max(0, start - 80):start].replace("’", "'").split()
    linkers = lex.words("complement_linker")
    endings = tuple(lex.words("name_adjective_ending"))
    n = next((n for n in (1, 2) if len(before) > n and " ".join(before[-n:]).lower() in linkers), 0)
    if not n:
        return False
    k, complement = len(before) - n - 1, False
    for _ in range(6):
        if k < 0 or not before[k][-1:].isalpha():
            return False  # the sentence or the clause before it
        token = before[k]
        word = token.split("'")[-1]
        if lex.is_body_head(word):
            return True
        if word[:1].isupper() or word.lower().endswith(endings):
            k -= 1  # an adjective or a capitalised word of the body's name
            continue
        if complement:
            return False
        complement = True  # one complement of the body's head (`Unité de coordination`)
        if "'" in token and token.lower().rsplit("'", 1)[0] + "'" in linkers:
            k -= 1  # `d'appui`
        elif k >= 1 and before[k - 1].lower() in linkers:
            k -= 2
        elif k >= 2 and " ".join(before[k - 2:k]).lower() in linkers:
            k -= 3
        else:
            return False
    return False
