"""Operation partners that a word for partners names (`its partners include A and B`, `Partners: A,
B`, `les partenaires nationaux ont conduit les essais : A ; B ; C`, `sus socios: A y B`).

In an operation's run, the bodies listed right after a `partner_noun` (at most a few words between,
`include the`), or after the colon that closes the clause it opens, are the operation's partners;
a list cut by semicolons gives the first body of each of its items (`the Kenya Agricultural
Research Institute (KARI), now part of KALRO; IIAM; …`: not KALRO), where the item opens on it
(articles, a conjunction, a genitive at most before) and holds nothing else but an apposition (`…; KALRO seized drugs`: no item).
"""

from __future__ import annotations

from .lists import tokens as _tokens
from .refs import Ref, Sentence

_GAP_WORDS = 3  # `partners include the`: words between the word for partners and its list
_AFTER_COLON = 2  # `…: the KARI`: words between the colon and the list


def listed(doc, sentence: Sentence, actors: list[Ref]) -> list[Ref]:
    """The bodies a word for partners lists in a sentence of an operation's run."""
    found: list[Ref] = []
    for cue in doc.find("partner_noun", sentence.start, sentence.end):
        groups = [g for g in doc.lists(actors) if g[0].start >= cue.end()]
        if not groups:
            continue
        between = doc.text[cue.end():groups[0][0].start]
        colon = between.rfind(":")
        if len(between.strip(" :").split()) <= _GAP_WORDS and not any(c in between for c in ",."):
            pass  # `its partners include the EFCC and the NFIU`, `Partners: A, B`
        elif colon < 0 or len(between[colon + 1:].split()) > _AFTER_COLON or ";" in between[:colon]:
            continue  # `the partners of the project met in …`: no list of them
        found.extend(a for a in groups[0] if a.label == "ORG")
        end = min(sentence.end, _next_cue(doc, sentence, cue.end()))
        items = doc.text[groups[0][-1].end:end].split(";")[1:]  # `A, now part of B; C; D`
        offset = groups[0][-1].end + len(doc.text[groups[0][-1].end:end].split(";")[0]) + 1
        for item in items:
            first = next((a for a in actors if offset <= a.start < offset + len(item)), None)
            rest = doc.text[first.end:offset + len(item)].strip() if first is not None else ""
            # `; the WCO; and C's D (…)`: the item opens on its body, articles at most before it, and
            # holds nothing after it but an apposition (`; KALRO seized drugs` is a clause)
            if first is not None and first.label == "ORG" and all(
                    _item_opening(doc, t) for t in _tokens(doc.text[offset:first.start])) and (
                    not rest or rest[0] in ",(" or rest == "."):
                found.append(first)
            offset += len(item) + 1
    return found


def _item_opening(doc, token: str) -> bool:
    """Whether a word may stand before the body that opens a semicolon item: an article, a
    conjunction, a genitive (`; and Uganda's NARO`)."""
    return (token in doc.words.words["article"] or token in doc.words.words["conjunction"]
            or token.endswith(("'s", "’s")))


def _next_cue(doc, sentence: Sentence, start: int) -> int:
    """Where the next word for partners stands (a list ends before it), or the sentence's end."""
    later = doc.find("partner_noun", start, sentence.end)
    return later[0].start() if later else sentence.end
