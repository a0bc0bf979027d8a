"""Find resolutions by number in text and write their official document symbols.

The words around a resolution (`résolution`, `resolution`, `resolución`, `n°`, the bodies that
adopt them) are in `patterns/<lang>/resolutions.words.jsonl`; the finder reads every language's
together (a French text cites `Security Council resolution 1373`), as it always has.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .words import NEVER, S, S0, WordFile, alternation, first_chars, load, opens_on, patterns_root

__all__ = ["ResolutionMatch", "find_resolutions", "resolution_symbol"]


@dataclass(frozen=True)
class ResolutionMatch:
    """A resolution mention: offsets and its document symbol (`S/RES/1373 (2001)`)."""

    start: int
    end: int
    norm: str


_YEAR = r"(?:19|20)\d{2}"
_BODY_APOS = r"['’]\s?"
_BODY_CODES = ("S", "A", "A/HRC", "E", "OTHER")


def _check(name: str, word: str, value: object) -> str | None:
    if name == "body" and value not in _BODY_CODES:
        return f"value {value!r} must be one of {', '.join(_BODY_CODES)}"
    return None


WORDS = WordFile("resolutions", {
    "head": "the word for resolution before its number (résolution, resolución)",
    "number_sign": "a number sign between the head word and the number (n°, No.)",
    "and": "a word joining two numbers of a list (et, and, y)",
    "as_well_as": "a phrase joining two numbers of a list (ainsi que, así como)",
    "body": "a body that adopts resolutions, value its symbol's code: S (Security Council), "
            "A (General Assembly), A/HRC, E (ECOSOC) or OTHER; with or without accents",
    "body_link": "a word between a resolution and its body (du, of the, del)",
    "article": "an article before a body's name (l', the, el); one ending in ' is glued",
    "possessive": "a possessive ending between a body and the head word (INTERPOL's)",
    "adopted": "a participle saying when a resolution was adopted (adopted, adoptée, aprobada): "
               "a year soon after it completes a Security Council symbol written without one",
    "decision": "the word for a numbered decision of a body other than the UN (décision, decision, "
                "decisión): before another body's symbol (`décision BC-14/12`), or capitalised "
                "before a bare number (`Decisión 774` of the Andean Community)",
}, valued=frozenset({"body"}), shared=frozenset({"head", "number_sign", "and", "as_well_as", "body",
                                                 "body_link", "article", "possessive", "adopted",
                                                 "decision"}),
    check=_check)

# A General Assembly resolution in parts: `67/234 B`, `41/60 J` (the UN writes a space).
_PART = r"(?:[ \u00a0\u202f]?(?-i:[A-Z])(?![\w/]))?"
# session/number, in parts, of (emergency) special sessions too: `71/19`, `ES-10/19`, `S-30/1`
_GA_NUMBER = r"(?:E?S-)?\d{1,3}/\d{1,4}(?: ?[A-Z])?"
_SESSION_NUMBER = r"(?:E?S-)?\d{1,4}/\d{1,4}(?: ?[A-Z])?"  # also ECOSOC's `2004/20`

# One item of a list: a symbol or a bare number, with its year in parentheses where written.
_SYMBOL_ITEM = (
    rf"(?:(?P<sym>S/RES/(?P<snum>\d{{1,4}})(?:{S0}\({S0}(?P<syear>{_YEAR}){S0}\))?)"
    rf"|(?P<asym>A/(?:(?P<sub>[A-Z]+)/)?RES/(?P<anum>(?:E?S-)?\d{{1,3}}/\d{{1,4}}{_PART}))"
    rf"|(?P<esym>E/RES/(?P<enum>\d{{4}}/\d{{1,3}}))"
    rf"|(?P<other>AG-{_YEAR}-RES-\d{{1,3}}|WHA\d{{1,2}}\.\d{{1,3}}|EB\d{{1,3}}\.R\d{{1,3}}"
    # the Organization of American States: `AG/RES. 813 (XVI-O/86)`, `CP/RES. 1200 (2450/24)`
    rf"|(?-i:[A-Z]{{2,4}})/RES\.?{S0}\d{{1,4}}{S0}\((?:[IVXLC]+-[OE]/\d\d|\d{{1,4}}/\d\d)\)"
    # the Council of Europe's Committee of Ministers: `CM/Res(2021)1`, `CM/ResCSS(2017)2`
    rf"|(?-i:CM/Res[A-Z]{{0,4}})\({_YEAR}\)\d{{1,3}}"
    # the IMO's Assembly and committees: `A.930(22)`, `MSC.428(98)`, `MEPC.328(76)`; the
    # Assembly's `A.` with three or four digits and its session's two, so that an annex's or a
    # section's `A.2(3)` is not one
    rf"|(?-i:A)\.\d{{3,4}}\(\d{{1,2}}\)|(?-i:MSC|MEPC|LEG|FAL)\.\d{{1,4}}\(\d{{1,3}}\)"
    # the conferences of the parties of the Basel, Rotterdam and Stockholm conventions
    # (`BC-14/12`, `RC-9/6`, `SC-4/10`) and of the climate conventions (`1/CP.21`, `4/CMA.1`)
    rf"|(?-i:BC|RC|SC)-\d{{1,2}}/\d{{1,3}}|\d{{1,3}}/(?-i:CP|CMP|CMA)\.\d{{1,2}}"
    # a body's acronym and its committee's, then number/year: `OIV/VITI 333/2010`, `ZOR/ECO 12/2019`
    rf"|(?-i:[A-Z]{{2,6}}(?:/[A-Z]{{2,6}})+)[ \u00a0]\d{{1,4}}/{_YEAR}))"
)
_NUMBER_ITEM = rf"(?P<num>(?:E?S-)?\d{{1,4}}(?:/\d{{1,4}}{_PART})?)(?:{S0}\({S0}(?P<year>{_YEAR}){S0}\))?"
_ITEM = rf"(?:{_SYMBOL_ITEM}|{_NUMBER_ITEM})(?![\w/])"
# A symbol standing alone, in any language. Every symbol opens on a capital or a digit (case
# kept): the lookahead lets the engine pass other positions at once (`words.opens_on`).
_SYMBOL = re.compile(rf"(?=[A-Z\d])(?<![\w/-]){_SYMBOL_ITEM}(?![\w/])")


@dataclass(frozen=True)
class _Patterns:
    """The word-made patterns: the head word and its list, the bodies around it."""

    first: re.Pattern[str]
    next: re.Pattern[str]
    decision: re.Pattern[str]
    bodies: re.Pattern[str]
    body_codes: dict[str, str]              # `_body_key` of a body's name → its code
    after_link: re.Pattern[str]
    article: re.Pattern[str]
    before_link: re.Pattern[str]
    adopted: re.Pattern[str]


def _body_key(name: str) -> str:
    """A body's name as its patterns match it: any case and accents, either apostrophe."""
    name = unicodedata.normalize("NFD", re.sub(r"['’]\s?", "'", name).casefold())
    return "".join(c for c in name if not unicodedata.combining(c))


def patterns(lang: str, patterns_dir: str | Path | None = None) -> _Patterns | None:
    """The finder's patterns for `lang`, compiled on first use; None when it has no file."""
    return _compile(patterns_root(patterns_dir), lang)


@lru_cache(maxsize=32)
def _compile(root: Path, lang: str) -> _Patterns | None:
    """Compile the patterns of one language (every language's words), once."""
    w = load(WORDS, lang, root)
    if w is None:
        return None
    i = re.IGNORECASE
    head = alternation(w.of("head"))
    sign = alternation(w.of("number_sign"))
    pairs = alternation(w.of("and"), space=" ")
    joins = alternation([*w.of("and"), *w.of("as_well_as")], space=" ")
    bodies = w.mapping("body")
    # the longest name that fits wins; `d'INTERPOL` and `d' INTERPOL`, `sécurité` and `securite`
    body_re = alternation(bodies, space=" ", apostrophe=_BODY_APOS, accents=True)
    articles = w.of("article")
    glued = alternation([a for a in articles if a.endswith("'")], space=" ")
    spaced = alternation([a for a in articles if not a.endswith("'")], space=" ")
    return _Patterns(
        re.compile(rf"{opens_on(first_chars(w.of('head')))}(?<![\w/-])"
                   rf"(?P<head>{head}{S}(?:{sign}{S0})?){_ITEM}", i),
        re.compile(rf"(?:{S0},{S0}(?:{pairs}{S})?|{S}{joins}{S}){_ITEM}", i),
        _decision(w.of("decision"), sign),
        re.compile(body_re, i), {_body_key(b): str(code) for b, code in bodies.items()},
        re.compile(rf"^{S0}(?:,{S0})?{alternation(w.of('body_link'), space=' ')}{S}", i),
        re.compile(rf"^(?:{glued}|{spaced} )", i),
        re.compile(rf"{alternation(w.of('possessive'))}?{S}(?:[\w-]+{S}){{0,1}}$"),
        _adopted(w.of("adopted"), w.of("and")),
    )


def _decision(words: tuple[str, ...], sign: str) -> re.Pattern[str]:
    """A numbered decision of another body: its word before a known symbol (`décision
    BC-14/12`, group `other`), or the word capitalised before a bare number (`Decisión 774`,
    group `bare`); a number going on with `/` or `.` is another kind of act (`Decision
    2005/671/JHA`, an EU act, is an instrument)."""
    if not words:
        return re.compile(NEVER)
    capitalised = alternation([w[:1].upper() + w[1:] for w in words])
    return re.compile(
        rf"(?i:{opens_on(first_chars(words))})"  # the words' first letters, in any case
        rf"(?<![\w/-])(?:(?i:{alternation(words)}){S}(?:(?i:{sign}){S0})?{_SYMBOL_ITEM}"
        rf"|(?P<bare>{capitalised}{S}(?:(?i:{sign}){S0})?\d{{1,4}}))(?![\w/]|[.,]\d)")


# Words between a resolution and the participle (`which was`, `qui a été`), then between the
# participle and the year (`in December`, `le 21 décembre`, `el 21 de diciembre de`): letters, or
# a day's number; no other number, no punctuation (the year must close the same clause).
_GAP_WORD = rf"(?:[^\W\d_]+\.?|\d{{1,2}}(?:[^\W\d_]{{1,3}})?){S}"


def _adopted(words: tuple[str, ...], conjunctions: tuple[str, ...]) -> re.Pattern[str]:
    """`, adopted in December 2017` right after a resolution: the year it was adopted."""
    if not words:
        return re.compile(NEVER)
    joined = alternation(conjunctions) if conjunctions else NEVER
    # not after a conjunction (`2396 and the texts adopted in 2019`), nor a year of a list of
    # years (`2178 and 2396, adopted in 2014 and 2017`): which year is whose is unclear
    return re.compile(rf"{S0}(?:,{S0}|\({S0})(?!{joined}{S})(?:[^\W\d_]+{S}){{0,3}}?"
                      rf"{alternation(words)}{S}(?:{_GAP_WORD}){{0,5}}?(?P<year>{_YEAR})(?!\w)"
                      rf"(?!{S0},?{S0}(?:{joined}{S})?{_YEAR})", re.IGNORECASE)


def resolution_symbol(number: str, year: str | None, body: str | None) -> str:
    """Write the document symbol of a resolution from its number, year and issuing body.

    body: "S" (Security Council), "A" (General Assembly), "A/HRC", "E" (ECOSOC), None to
    infer from the numbering (`71/19` → General Assembly, `1373` → Security Council), or any
    other value for another body, whose identifier is kept as written, upper-cased.
    """
    number = re.sub(S, " ", number.strip().upper())
    if not number:
        raise ValueError("empty resolution number")
    if year is not None and not re.fullmatch(_YEAR, year.strip()):
        raise ValueError(f"not a resolution year: {year!r}")
    year = year.strip() if year else None
    if body is None:
        if re.fullmatch(_GA_NUMBER, number):
            body = "A"
        elif re.fullmatch(r"\d{1,4}", number):
            body = "S"
        else:
            body = "OTHER"
    if body == "S":
        if not re.fullmatch(r"\d{1,4}", number):
            raise ValueError(f"not a Security Council resolution number: {number!r}")
        return f"S/RES/{number} ({year})" if year else f"S/RES/{number}"
    if body in ("A", "A/HRC", "E"):
        if not re.fullmatch(_SESSION_NUMBER, number):
            raise ValueError(f"not a {body} resolution number: {number!r}")
        return f"{body}/RES/{number}"
    return f"{number} ({year})" if year else number


def _body_near(text: str, start: int, end: int, p: _Patterns) -> str | None:
    """Name the body written right after (`… du Conseil de sécurité`) or right before a list."""
    after = text[end:end + 80]
    link = p.after_link.match(after)
    if link:
        m = p.bodies.match(p.article.sub("", after[link.end():]))
        if m:
            return p.body_codes[_body_key(m.group(0))]
    before = text[max(0, start - 60):start]
    for m in p.bodies.finditer(before):
        if p.before_link.fullmatch(before[m.end():]) or not before[m.end():].strip():
            return p.body_codes[_body_key(m.group(0))]
    return None


def _norm(g: dict[str, str | None], body: str | None) -> str:
    """Normalise one list item given the body found for the list."""
    if g.get("sym"):
        return resolution_symbol(g["snum"], g.get("syear"), "S")
    if g.get("anum"):
        sub = g.get("sub")
        return resolution_symbol(g["anum"], None, f"A/{sub}" if sub else "A") if not sub or sub == "HRC" \
            else f"A/{sub}/RES/{g['anum']}"
    if g.get("enum"):
        return resolution_symbol(g["enum"], None, "E")
    if g.get("other"):
        return g["other"].upper()
    number, year = g["num"], g.get("year")
    if body == "OTHER":
        return resolution_symbol(number, year, "OTHER")
    if body is None and re.fullmatch(r"\d{4}/\d{1,3}", number):
        return number  # `2004/20`: ECOSOC-style numbering with no body named; kept as written
    if body in ("A", "A/HRC", "E") and "/" not in number:
        return resolution_symbol(number, year, "OTHER")
    if body == "S" and "/" in number:
        return resolution_symbol(number, year, "OTHER")
    return resolution_symbol(number, year, body)


def find_resolutions(text: str, lang: str, *,
                     patterns_dir: str | Path | None = None) -> list[ResolutionMatch]:
    """Find resolutions by number, one match per item of a list, with document symbols."""
    p = patterns(lang, patterns_dir)  # UnknownLanguageError for a language not in the registry
    if p is None:
        return []
    groups: list[tuple[int, int, list[tuple[int, int, dict[str, str | None]]]]] = []
    taken: list[tuple[int, int]] = []
    for m in p.first.finditer(text):
        items = [(m.start(), m.end(), m.groupdict())]
        pos = m.end()
        while True:
            n = p.next.match(text, pos)
            if not n:
                break
            # The item starts at its own number or symbol, after the separator.
            first_group = next(k for k in ("sym", "asym", "esym", "other", "num") if n.group(k))
            item_start = n.start(first_group)
            items.append((item_start, n.end(), n.groupdict()))
            pos = n.end()
        groups.append((m.start(), pos, items))
        taken.append((m.start(), pos))
    decisions: list[ResolutionMatch] = []
    for m in p.decision.finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            decisions.append(ResolutionMatch(m.start(), m.end(), _decision_norm(m)))
            taken.append((m.start(), m.end()))
    for m in _SYMBOL.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        groups.append((m.start(), m.end(), [(m.start(), m.end(), m.groupdict())]))
    out: list[ResolutionMatch] = decisions
    for start, end, items in sorted(groups, key=lambda g: g[0]):
        body = _body_near(text, start, end, p)
        for s, e, g in items:
            if g.get("num") and not g.get("year") and not re.search(r"[/]", g["num"]) \
                    and body is None and len(g["num"]) < 3:
                continue  # `résolution 5`: too short to be a Security Council number
            try:
                norm = _norm(g, body)
            except ValueError:
                continue
            out.append(ResolutionMatch(s, e, norm))
    return _complete_years(text, sorted(out, key=lambda r: r.start), p)


def _decision_norm(m: re.Match[str]) -> str:
    """A decision's identifier: the symbol, or the word and its number (`DECISIÓN 774`)."""
    if m.group("bare"):
        return re.sub(S, " ", m.group("bare")).upper()
    return _norm(m.groupdict(), None)


_YEARLESS_SC = re.compile(r"S/RES/(\d{1,4})")
_SC_WITH_YEAR = re.compile(rf"S/RES/(\d{{1,4}}) \(({_YEAR})\)")


def _complete_years(text: str, found: list[ResolutionMatch], p: _Patterns) -> list[ResolutionMatch]:
    """Give a Security Council resolution written without its year the year the text states
    elsewhere: right after it (`resolution 2396, adopted in December 2017`), or where the same
    resolution is cited with its year. Otherwise the symbol stays as written (`S/RES/1373`)."""
    years = {}
    for m in found:
        dated = _SC_WITH_YEAR.fullmatch(m.norm)
        if dated:
            years.setdefault(dated.group(1), dated.group(2))
    out = []
    for m in found:
        bare = _YEARLESS_SC.fullmatch(m.norm)
        if bare:
            clause = p.adopted.match(text, m.end)
            year = clause.group("year") if clause else years.get(bare.group(1))
            if year:
                m = ResolutionMatch(m.start, m.end, resolution_symbol(bare.group(1), year, "S"))
        out.append(m)
    return out
