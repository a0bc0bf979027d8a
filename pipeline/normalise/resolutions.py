"""Find resolutions by number in fr/en/es text and write their official document symbols."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import LANGS

__all__ = ["ResolutionMatch", "find_resolutions", "resolution_symbol"]


@dataclass(frozen=True)
class ResolutionMatch:
    """A resolution mention: offsets and its document symbol (`S/RES/1373 (2001)`)."""

    start: int
    end: int
    norm: str


S = r"[ \u00a0\u202f]+"
S0 = r"[ \u00a0\u202f]*"
_YEAR = r"(?:19|20)\d{2}"

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
    rf"|(?P<other>AG-{_YEAR}-RES-\d{{1,3}}|WHA\d{{1,2}}\.\d{{1,3}}|EB\d{{1,3}}\.R\d{{1,3}}))"
)
_NUMBER_ITEM = rf"(?P<num>(?:E?S-)?\d{{1,4}}(?:/\d{{1,4}}{_PART})?)(?:{S0}\({S0}(?P<year>{_YEAR}){S0}\))?"
_ITEM = rf"(?:{_SYMBOL_ITEM}|{_NUMBER_ITEM})(?![\w/])"
_HEAD = r"(?:r[ée]solutions?|resoluci[oó]n(?:es)?)"
# A resolution named with its head word, or a symbol standing alone.
_FIRST = re.compile(rf"(?<![\w/-])(?P<head>{_HEAD}{S}(?:n[°ºo]\.?{S0})?){_ITEM}", re.IGNORECASE)
_SYMBOL = re.compile(rf"(?<![\w/-]){_SYMBOL_ITEM}(?![\w/])")
_NEXT = re.compile(rf"(?:{S0},{S0}(?:(?:and|et|y){S})?|{S}(?:and|et|y|ainsi que|as well as|así como){S})"
                   rf"{_ITEM}", re.IGNORECASE)

# The issuing body named next to the resolution.
_BODIES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), code) for p, code in (
        (r"assembl[ée]e g[ée]n[ée]rale d['’]\s?INTERPOL|INTERPOL(?:['’]s)? General Assembly"
         r"|Asamblea General de (?:la )?INTERPOL", "OTHER"),
        (r"Conseil de s[ée]curit[ée]|Security Council|Consejo de Seguridad", "S"),
        (r"Conseil des droits de l['’]homme|Human Rights Council|Consejo de Derechos Humanos", "A/HRC"),
        (r"Conseil [ée]conomique et social|Economic and Social Council|ECOSOC"
         r"|Consejo Econ[óo]mico y Social", "E"),
        (r"Assembl[ée]e g[ée]n[ée]rale|General Assembly|Asamblea General", "A"),
        (r"Assembl[ée]e mondiale de la sant[ée]|World Health Assembly|Asamblea Mundial de la Salud"
         r"|Commission|Comisi[óo]n|Conf[ée]rence|Conference|Conferencia|Conseil d['’]administration"
         r"|Executive Board", "OTHER"),
    )
)
_AFTER_LINK = re.compile(rf"^{S0}(?:,{S0})?(?:du|de la|de l['’]|des|of the|of|del|de la|de){S}", re.IGNORECASE)
_BEFORE_LINK = re.compile(rf"(?:['’]s)?{S}(?:[\w-]+{S}){{0,1}}$")


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


def _body_near(text: str, start: int, end: int) -> str | None:
    """Name the body written right after (`… du Conseil de sécurité`) or right before a list."""
    after = text[end:end + 80]
    link = _AFTER_LINK.match(after)
    if link:
        rest = after[link.end():]
        rest = re.sub(r"^(?:l['’]|la |le |les |the |el |los |las )", "", rest, flags=re.IGNORECASE)
        for pattern, code in _BODIES:
            m = pattern.match(rest)
            if m:
                return code
    before = text[max(0, start - 60):start]
    for pattern, code in _BODIES:
        for m in pattern.finditer(before):
            if _BEFORE_LINK.fullmatch(before[m.end():]) or not before[m.end():].strip():
                return code
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


def find_resolutions(text: str, lang: str) -> list[ResolutionMatch]:
    """Find resolutions by number, one match per item of a list, with document symbols."""
    if lang not in LANGS:
        raise ValueError(f"unsupported language: {lang!r}")
    groups: list[tuple[int, int, list[tuple[int, int, dict[str, str | None]]]]] = []
    taken: list[tuple[int, int]] = []
    for m in _FIRST.finditer(text):
        items = [(m.start(), m.end(), m.groupdict())]
        pos = m.end()
        while True:
            n = _NEXT.match(text, pos)
            if not n:
                break
            # The item starts at its own number or symbol, after the separator.
            first_group = next(k for k in ("sym", "asym", "esym", "other", "num") if n.group(k))
            item_start = n.start(first_group)
            items.append((item_start, n.end(), n.groupdict()))
            pos = n.end()
        groups.append((m.start(), pos, items))
        taken.append((m.start(), pos))
    for m in _SYMBOL.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        groups.append((m.start(), m.end(), [(m.start(), m.end(), m.groupdict())]))
    out: list[ResolutionMatch] = []
    for start, end, items in sorted(groups, key=lambda g: g[0]):
        body = _body_near(text, start, end)
        for s, e, g in items:
            if g.get("num") and not g.get("year") and not re.search(r"[/]", g["num"]) \
                    and body is None and len(g["num"]) < 3:
                continue  # `résolution 5`: too short to be a Security Council number
            try:
                norm = _norm(g, body)
            except ValueError:
                continue
            out.append(ResolutionMatch(s, e, norm))
    return out
