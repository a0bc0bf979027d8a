"""The publisher: the body whose page a text is, which `nous`/`we` stand for (FACTS.md)."""

from __future__ import annotations

from collections import Counter

from .document import FactDocument


def infer_publisher(doc: FactDocument) -> str:
    """The body the text speaks for when it says `nous`/`we` outside quotations, else "".

    The first body named in the title (the first block), else in the first paragraph, else the
    body named most often; a body the first person works *with* (`nous partageons avec l'ONU`)
    is not the one speaking.
    """
    speaking = [m for m in doc.find("first_person") if not doc.quoted(m.start())]
    if not speaking:
        return ""
    partners = set()
    for s in doc.sentences:
        if any(s.start <= m.start() < s.end for m in speaking):
            for cue in doc.find("with", s.start, s.end):
                partners.update(r.norm for r in s.of("ORG") if r.start >= cue.end())
    orgs = [r for r in doc.mentions if r.label == "ORG"]
    blocks = sorted({s.block for s in doc.sentences})
    for block in blocks[:2]:
        named = [r.norm for s in doc.sentences if s.block == block for r in s.of("ORG")]
        named = [n for n in named if n not in partners] or named
        if named:
            return named[0]
    counts = Counter(r.norm for r in orgs)
    return counts.most_common(1)[0][0] if counts else ""
