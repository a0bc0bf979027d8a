"""A body named whole once and short elsewhere in the text: `la Policía Nacional` after `la Policía
Nacional de Colombia`, `the Ministry of Culture` beside `the Ministry of Culture of Peru`.

The text names a body with the place or body it belongs to, then drops that complement (or names
the short form first): the short form is the same body, and takes the whole name's norm, so that
the facts a text states of it name one body. Only a name that keeps the words it is written with
(its norm is its text) and that no gazetteer found, of two words at least, that is the whole name
less a complement (a `complement_linker`, then capitalised words only: `de Colombia`, `de la CIRGL`,
`of Peru`; not `Trust Fund`, `thaïlandais`, `, Livestock and Fisheries`, `for Research and
Education`, which make another body or only describe it). Every ORG of the text that starts with
the short name and a blank is a rival: the norm changes only where the rivals are one whole name
and it completes the short one (`Policía Nacional` beside `Policía Nacional de Colombia` and
`Policía Nacional del Perú`, or beside `Universidad Nacional Autónoma de México`, keeps its own).
Not an organ's name (an `organ_noun` in it: `the Scientific Committee`, `la Junta Ejecutiva` may be
any body's organ). And not where the text around the short name says whose body it is otherwise:
its sentence names a COUNTRY or LOCATION that is not in the whole name's complement, before the
short name (`In Uganda, the Ministry of Health …`) or anywhere where the complement is a country;
the sentence before names such a COUNTRY (`Ecuador sent no officers. Across the border, …`); a
possessive opens it (`Norway's Ministry of …`); a `demonym` follows it (`el Ministerio de Salud
italiano`) or stands before it in its sentence (`la délégation belge était conduite par …`). A short
name one sentence gives another owner is two bodies in the text: none of its instances changes.
Runs after `finish`, on the norms as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import provenance
from ..mention import Mention
from .context import Context, State

_MIN_WORDS = 2
_SENTENCE_END = re.compile(r"[.!?](?=\s|\Z)|\n")
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
_PLACES = ("COUNTRY", "LOCATION")


@lru_cache(maxsize=16)
def _linker(linkers: frozenset[str]) -> re.Pattern[str]:
    """The linker a complement opens on, and the blanks around it (`de l'` runs into the name)."""
    words = "|".join(re.escape(w) for w in sorted(linkers, key=len, reverse=True))
    return re.compile(rf"\s+(?:{words})(?:\s+|(?<=['’]))")


def whole_names(ctx: Context, state: State) -> State:
    """Short forms of a name written whole elsewhere in the text take its norm (see the module)."""
    orgs = [m for m in state.kept if m.label == "ORG" and m.norm]
    if len(orgs) < 2:
        return state
    linker = _linker(ctx.lexicon.words("complement_linker"))
    written = {(m.start, m.end): ctx.original[m.start:m.end] for m in orgs}
    folded = {(m.start, m.end): ctx.text[m.start:m.end] for m in orgs}  # `’` read as `'` by the linkers
    places = [m for m in state.kept if m.label in _PLACES]
    organs = {w.casefold() for w in ctx.lexicon.words("organ_noun")}
    changed: dict[tuple[int, int], str] = {}
    others: set[str] = set()  # short names a sentence gives another owner: two bodies in the text
    for m in orgs:
        if (m.norm != written[(m.start, m.end)] or len(m.norm.split()) < _MIN_WORDS
                or provenance.kind(m.source) == "gazetteer"):
            continue
        short = folded[(m.start, m.end)]
        if any(w.casefold() in organs for w in short.split()):
            continue  # `the Scientific Committee`: any body's organ, not only the one named whole
        rivals = {o.norm for o in orgs if _uncapped(folded[(o.start, o.end)]).startswith(_uncapped(short) + " ")}
        if len(rivals) != 1:
            continue
        whole = rivals.pop()
        wholes = [o for o in orgs if o.norm == whole and completes(folded[(o.start, o.end)], short, linker)]
        if not wholes:
            continue
        if _owned_otherwise(ctx, m, folded[(wholes[0].start, wholes[0].end)][len(short):], places):
            others.add(short)
        else:
            changed[(m.start, m.end)] = whole
    changed = {span: norm for span, norm in changed.items() if folded[span] not in others}
    if not changed:
        return state
    kept = tuple(m._replace(norm=changed[(m.start, m.end)]) if m.label == "ORG" and (m.start, m.end) in changed
                 else m for m in state.kept)
    return State(state.candidates, kept)


def _uncapped(name: str) -> str:
    """The name with its first letter in lower case (`ministère de la Santé malien` is a rival)."""
    return name[:1].lower() + name[1:]


def completes(whole: str, short: str, linker: re.Pattern[str]) -> bool:
    """Whether `whole` is `short` and a complement after it (`Policía Nacional` + ` de Colombia`):
    a linker, then capitalised words only."""
    if len(whole) <= len(short) or not whole.startswith(short):
        return False
    opening = linker.match(whole, len(short))
    if opening is None:
        return False
    rest = whole[opening.end():].split()
    return bool(rest) and all(w[:1].isupper() or w[:1].isdigit() for w in rest)


def _owned_otherwise(ctx: Context, m: Mention, complement: str, places: list[Mention]) -> bool:
    """Whether the short name's sentence says it is another owner's body: a country or place not
    in the whole name's complement (before the short name, or anywhere where the complement is a
    country: `tiene sede en Bujumbura` after `Secretaría Ejecutiva de la CIRGL` is where the body
    sits), a possessive before it, a demonym after it."""
    text = ctx.text
    ends = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start)]
    start = ends[-1] if ends else 0
    before = ends[-2] if len(ends) > 1 else 0  # the sentence before: `Ecuador sent no officers.`
    stop = _SENTENCE_END.search(text, m.end)
    end = stop.start() if stop is not None else len(text)
    country = ctx.knowledge.country_lookup(" ".join(w for w in complement.split() if w[:1].isupper())) is not None
    if any(start <= p.start and p.end <= end and text[p.start:p.end] not in complement
           and (country or p.end <= m.start) for p in places):
        return True
    if any(before <= p.start and p.end <= start and p.label == "COUNTRY"
           and text[p.start:p.end] not in complement for p in places):
        return True
    if text[max(0, m.start - 4):m.start].rstrip().endswith(tuple(ctx.lexicon.words("name_possessive"))):
        return True
    # English writes its demonyms with a capital (`capitalised_demonym`), French and Spanish not
    demonyms = ctx.lexicon.words("demonym") | ctx.lexicon.words("capitalised_demonym")
    after = _WORD_AFTER.match(text, m.end)
    # a demonym after the name, or anywhere before it in its sentence (`The Ugandan delegation was
    # led by the Ministry of …`)
    return ((after is not None and after.group(1) in demonyms)
            or any(w.casefold() in demonyms for w in re.findall(r"[^\W\d_]+", text[start:m.start])))
