"""The publisher: the body whose page a text is, which `nous`/`we` stand for (FACTS.md)."""

from __future__ import annotations

import re
from collections import Counter

from ..text import dateline_end
from .document import FactDocument
from .refs import Ref
from .lists import iter_tokens, tokens

# How far after a dateline's dash (`WELLINGTON, 4 December 2024 – The PICP welcomes …`) the
# lead's subject may start (an article: `The `, `Le `, `La `, `El `, `L’`).
_LEAD_REACH = 6
# `At the International Civil Aviation Organization (ICAO), we`: a parenthesised acronym and a
# comma between the body and the pronoun.
_BEFORE_PRONOUN = re.compile(r"(?:\s*\([^()]{1,15}\))?,\s*")
# `nosotros, la Secretaría del Tratado Antártico, con sede …`, `we, the X (XY), …`: a body in
# apposition right after the pronoun, closed by a comma (or a parenthesised acronym and a comma).
_APPOSITION_OPEN = re.compile(r"\s*,\s*")
_APPOSITION_CLOSE = _BEFORE_PRONOUN


def infer_publisher(doc: FactDocument) -> str:
    """The body the text speaks for when it says `nous`/`we` outside quotations, else "".

    The body that opens the lead after a dateline (a press release's first sentence has its
    publisher as subject: `ALGER, 27 novembre 2024 – Le Mécanisme … (AFRIPOL) salue …`), else the
    first body named in the title (the first block), else in the first paragraph, else the body
    named most often; a body the first person works *with* (`nos partenariats avec Europol`,
    `nous partageons avec l'ONU`) is never the one speaking.
    """
    speaking = [m for m in doc.find("first_person") if not doc.quoted(m.start())]
    if not speaking:
        return ""
    partners = set()
    for s in doc.sentences:
        if any(s.start <= m.start() < s.end for m in speaking):
            for cue in doc.find("with", s.start, s.end):
                partners.update(_listed_after(doc, s.of("ORG"), cue.end()))
    opening = _opens_twice(doc)
    if opening:
        return opening
    orgs = [r for r in doc.mentions if r.label == "ORG" and r.norm not in partners and not _common_words(doc, r)]
    # The first person naming itself makes a body of what it names, even a name the mentions
    # read as a programme (`Nous, l'Initiative du bassin du Nil (IBN), accompagnons …`)
    named_as = orgs + [r for r in doc.mentions if r.label == "OPERATION" and r.norm not in partners]
    lead = _named_with(doc, named_as, speaking) or _about(doc, partners) or _lead_subject(doc, orgs)
    if lead:
        return lead
    blocks = sorted({s.block for s in doc.sentences})
    for block in blocks[:2]:
        named = [r for s in doc.sentences if s.block == block for r in s.of("ORG")
                 if r.norm not in partners and not _common_words(doc, r)]
        if named and block == blocks[0] and len(blocks) > 1 and not _opens(doc, named[0], block):
            # `Working together to protect the EU budget` / `The European Public Prosecutor's
            # Office (EPPO) is …`: a body named inside the title, not opening it, may only
            # qualify its topic; the body the first paragraph opens on is the page's own
            opening = [r for r in orgs if _opens(doc, r, blocks[1]) and r.norm not in partners]
            if opening:
                return opening[0].norm
        if named:
            return named[0].norm
    counts = Counter(r.norm for r in orgs)
    return counts.most_common(1)[0][0] if counts else ""


def _common_words(doc: FactDocument, ref: Ref) -> bool:
    """Whether a body is named by common words only, no gazetteer's id and no capital past its
    first word (`Coopération internationale : le CNES …`, a title's topic taken for a body): never
    the publisher. A body known by its id (`Banque mondiale` is `World Bank`) stays one."""
    text = doc.text[ref.start:ref.end]
    words = text.split()
    return text == ref.norm and len(words) >= 2 and all(w[:1].islower() for w in words[1:])


def _opens_twice(doc: FactDocument) -> str:
    """The body that opens both the title and the first paragraph (`Salvamento Marítimo:
    cooperación …` / `La Sociedad de Salvamento y Seguridad Marítima (SASEMAR) es …`): the page is
    its own, even where a partner's name takes it in later (`Con el Centro de Coordenação de Busca
    e Salvamento Marítimo de Lisboa`); or ""."""
    blocks = sorted({s.block for s in doc.sentences})
    if len(blocks) < 2:
        return ""
    firsts = [[r for r in doc.mentions if r.label == "ORG" and _opens(doc, r, b)][:1] for b in blocks[:2]]
    return firsts[0][0].norm if all(firsts) and firsts[0][0].norm == firsts[1][0].norm else ""


def _opens(doc: FactDocument, ref: Ref, block: int) -> bool:
    """Whether a body opens a block (an article at most before it: `The European …`)."""
    first = next(s for s in doc.sentences if s.block == block)
    return first.start <= ref.start <= first.start + _LEAD_REACH


def _named_with(doc: FactDocument, orgs: list[Ref], speaking: list) -> str:
    """The body the first person names itself with: `At the International Civil Aviation
    Organization (ICAO), we welcomed …`, `we at the Stolen Asset Recovery Initiative (StAR)`,
    `Chez INTERPOL, nous …` (the prepositions are the language's `self_named_at` words); or ""."""
    for m in speaking:
        for r in orgs:
            if 0 <= m.start() - r.end <= 20 and (_BEFORE_PRONOUN.fullmatch(doc.text, r.end, m.start())
                                                  or _relative_before(doc, r.end, m.start())):
                named = _apposed_to(doc, orgs, r) or r  # `At Eurojust, the European Union Agency …, we`
                if _self_named(doc, doc.text[max(0, named.start - 12):named.start], last=True):
                    return named.norm
            if 0 <= r.start - m.end() <= 12 and _self_named(doc, doc.text[m.end():r.start], last=False):
                return r.norm
            if 0 <= r.start - m.end() <= 8 and _apposition(doc, m.end(), r):
                return r.norm
    return ""


def _relative_before(doc: FactDocument, end: int, start: int) -> bool:
    """`En la SIECA, que tenemos el encargo …, celebramos`: a comma and a relative pronoun alone
    between the body a preposition of `self_named_at` names and the first person's verb."""
    gap = _BEFORE_PRONOUN.match(doc.text, end, start)
    return gap is not None and doc.words.patterns["relative"].fullmatch(doc.text[gap.end():start].rstrip()) is not None


def _apposed_to(doc: FactDocument, orgs: list[Ref], ref: Ref) -> Ref | None:
    """The body a body stands in apposition to, right before it (`Eurojust, the European Union
    Agency for Criminal Justice Cooperation`: a comma and articles only between them), or None."""
    articles = doc.words.words["article"]
    for r in orgs:
        if r.end <= ref.start and _BEFORE_PRONOUN.match(doc.text, r.end):
            gap = doc.text[_BEFORE_PRONOUN.match(doc.text, r.end).end():ref.start]
            if r.end < ref.start <= r.end + 20 and all(w in articles for w in tokens(gap)):
                return r
    return None


def _about(doc: FactDocument, partners: set[str]) -> str:
    """The body a heading opening on the language's `about_heading` words names alone (`About
    Africa CDC`, `À propos de l'OIM`, `Acerca de AMERIPOL`): a page closes with a word on the body
    it is; or "" (`À propos de la SARPCCO et de l'EAPCCO` names two)."""
    articles = doc.words.words["article"]
    for s in doc.sentences:
        cue = doc.heading_cue(s, "about_heading")
        bodies = s.of("ORG")
        if cue is None or len({r.norm for r in bodies}) != 1 or bodies[0].norm in partners:
            continue
        body = bodies[0]
        if all(w in articles for w in tokens(doc.text[cue.end():body.start])) \
                and not doc.text[bodies[-1].end:s.end].strip(" .:\n"):
            return body.norm
    return ""


def _apposition(doc: FactDocument, pronoun_end: int, ref: Ref) -> bool:
    """Whether a body stands in apposition to the pronoun before it: a comma and articles only
    between them, and a comma closing it (`nosotros, la Secretaría …, con sede`, `nous, l'OMD,`)."""
    opening = _APPOSITION_OPEN.match(doc.text, pronoun_end)
    if opening is None or opening.end() > ref.start:
        return False
    words = [w for w in tokens(doc.text[opening.end():ref.start]) if w != ","]
    articles = doc.words.words["article"]
    return all(w in articles for w in words) and (_APPOSITION_CLOSE.match(doc.text, ref.end) is not None
                                                  or _owned_close(doc, ref))


def _owned_close(doc: FactDocument, ref: Ref) -> bool:
    """Whether the apposition goes on with the body the named one belongs to before its comma
    (`nous, l'Administration des douanes (AD) du Service public fédéral Finances, saluons`, `we,
    the Customs Administration of the Ministry of Finance, welcome`)."""
    owner = next((r for r in doc.mentions if r.start >= ref.end and r.label == "ORG"
                  and not doc.text[ref.end:r.start].strip().startswith(",")
                  and doc.words.owner_gap.fullmatch(doc.text, ref.end, r.start)), None)
    return owner is not None and _APPOSITION_CLOSE.match(doc.text, owner.end) is not None


def _self_named(doc: FactDocument, gap: str, *, last: bool) -> bool:
    """Whether `gap` is a `self_named_at` word and articles only: the end of the text before a
    body (`last`: `At the `), or the whole text between a pronoun and a body (` at the `)."""
    articles, at = doc.words.words["article"], doc.words.words["self_named_at"]
    if not last:
        # the word alone, articles after it: read until a token breaks that (the lead's subject
        # tries the text from the lead's start to every body after it, most of them far on)
        rest = (w for w in iter_tokens(gap) if w != ",")
        first = next(rest, None)
        return first is not None and first not in articles and first in at and all(w in articles for w in rest)
    words = [w for w in tokens(gap) if w != ","]
    while words and words[-1] in articles:
        words.pop()
    return bool(words) and words[-1] in at


def _lead_subject(doc: FactDocument, orgs: list[Ref]) -> str:
    """The body that opens the sentence after a dateline's dash, or after a `self_named_at`
    preposition opening it (`MADRID, 25 de julio de 2024 – Desde la COMJIB celebramos …`), or ""."""
    start, end = doc.dateline
    if end <= start:
        return ""
    lead_start = dateline_end(doc.text, end)
    if lead_start is None:
        return ""
    lead = [r for r in orgs if lead_start <= r.start <= lead_start + _LEAD_REACH
            or (r.start > lead_start and _self_named(doc, doc.text[lead_start:r.start], last=False))][:1]
    if not lead or len(set(_listed_after(doc, orgs, lead[0].start))) > 1:
        return ""  # `– AFRIPOL et INTERPOL unissent …`: two bodies open the lead, neither alone speaks
    return lead[0].norm


def _listed_after(doc: FactDocument, orgs: list[Ref], at: int) -> list[str]:
    """The bodies listed from `at` on (`avec Europol, l’OMD et l’UNESCO`), up to the first word
    that joins no list (`avec l’Union africaine a été formalisée … entre INTERPOL et AFRIPOL`:
    the African Union alone)."""
    listed, end = [], at
    for r in sorted((r for r in orgs if r.start >= at), key=lambda r: r.start):
        gap = doc.text[end:r.start].replace("(", " ").replace(")", " ")  # `Le Mécanisme … (AFRIPOL) et`
        if (listed and not (doc.joins(gap) and _opens_joined(doc, gap))) or (not listed and r.start - at > _LEAD_REACH + 4):
            break
        listed.append(r.norm)
        end = r.end
    return listed


def _opens_joined(doc: FactDocument, gap: str) -> bool:
    """Whether the text between two bodies opens on joining words only, up to its first comma
    (`(WFP) welcomes the launch, on 18 November 2024, of the Alliance`: a verb, no list, though
    what follows the comma reads as a short apposition)."""
    return all(t in doc.words.join_words for t in tokens(gap.split(",")[0]))
