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
from .refs import Ref, Sentence, is_item

_ACTOR_WORDS = 2  # `Alemania contribuyó por medio del`: words between a body taking part and the channel
_CHANNEL_WORDS = 3  # `por medio del banco de desarrollo KfW`: lower-case words between the channel and its body
_GAP_WORDS = 3  # `partners include the`: words between the word for partners and its list
_AFTER_COLON = 2  # `…: the KARI`: words between the colon and the list
_INTRO_CHARS = 40  # the end of the line before the colon, where a body would say whose partners they are
_INTRO_WORDS = 4  # `partners, its co-founders:`, `Socios de la ESSN:`: words between the word for partners and the colon
_BULLETS_BACK = 20  # bullets at most between a bullet and the sentence introducing its list


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


def bulleted(doc, sentence: Sentence, actors: list[Ref]) -> list[Ref]:
    """The bodies a bullet opens on (`- the Qatar Fund for Development (QFFD);`, `- l'OMS et
    l'UNICEF ;`: its first list, articles at most before it), where the sentence introducing the
    bullets closes on a word for partners, a few words, and a colon (`… with five partners, its
    co-founders:`, `Socios de la ESSN:`, `Nos partenaires au Cameroun :`)."""
    if not is_item(doc.text, sentence):
        return []
    intro = None
    for previous in reversed(doc.sentences[max(0, sentence.index - _BULLETS_BACK):sentence.index]):
        if not is_item(doc.text, previous):
            intro = previous
            break
    if intro is None or not doc.text[intro.start:intro.end].rstrip().endswith(":"):
        return []
    colon = doc.text.rindex(":", intro.start, intro.end)
    # the words before the colon, not the cues found there: a figure may hold the word (`five partners`)
    if not set(_tokens(doc.text[intro.start:colon])[-(_INTRO_WORDS + 1):]) & doc.words.words["partner_noun"]:
        return []
    if any(m.label == "ORG" and m.end <= colon and m.start >= colon - _INTRO_CHARS for m in intro.mentions):
        return []  # `Partners of the Delta Fund:`: a body's partners, not the operation's
    opening = doc.text[sentence.start:sentence.end].lstrip()[1:]
    start = sentence.end - len(opening)
    group = next((g for g in doc.lists(actors) if g[0].start >= start), None)
    if group is None or not all(_item_opening(doc, t) for t in _tokens(doc.text[start:group[0].start])):
        return []  # `- the second is new`: no body opens the item
    return [a for a in group if a.label == "ORG"]


def _item_opening(doc, token: str) -> bool:
    """Whether a word may stand before the body that opens a semicolon item: an article, a
    conjunction, a genitive (`; and Uganda's NARO`)."""
    return (token in doc.words.words["article"] or token in doc.words.words["conjunction"]
            or token.endswith(("'s", "’s")))


def _next_cue(doc, sentence: Sentence, start: int) -> int:
    """Where the next word for partners stands (a list ends before it), or the sentence's end."""
    later = doc.find("partner_noun", start, sentence.end)
    return later[0].start() if later else sentence.end


def channelled(doc, sentence: Sentence, taking_part: set[str], lo: int, hi: int) -> list[Ref]:
    """The bodies through which a body or state that takes part in the operation acts (`Germany
    through the KfW`, `Alemania contribuyó por medio del banco de desarrollo KfW`, `financé par
    l'UE par l'intermédiaire de la BEI`): the body right after a channel word (class `channel`),
    articles and a few lower-case words between, where the one right before it, a couple of words
    between, is among those `taking_part` (the norms the sentence gives the operation)."""
    found: list[Ref] = []
    actors = doc.actors(sentence)
    for cue in doc.find("channel", lo, hi):
        before = [a for a in actors if a.end <= cue.start()]
        gap = doc.text[before[-1].end:cue.start()] if before else ""
        if not before or before[-1].norm not in taking_part or len(gap.split()) > _ACTOR_WORDS or any(
                c in gap for c in ".;:"):
            continue
        after = next((a for a in actors if a.start >= cue.end()), None)
        if after is None or after.label != "ORG" or after.start >= hi:
            continue
        words = [w for w in _tokens(doc.text[cue.end():after.start])
                 if w not in doc.words.words["article"] and w not in doc.words.words["possessive_article"]]
        if len(words) <= _CHANNEL_WORDS and all(w.isalpha() and w.islower() for w in words):
            found.append(after)  # `a través de su Dirección General`, `del banco de desarrollo KfW`
    return found
