"""A learned finder of the names the rules leave uncovered (issue 17).

After the rules' stages, some capitalised runs of a text are still no mention: `Ocean Shield
Coalition`, `CTF 150`, a village named once. Each is a candidate: a run of capitalised words
with the small words names hold inside (the language's `capitalised_connector`, elided ones
glued), or a token in capitals of two letters or more (digits allowed, a number after it too:
`CTF 150`), that overlaps no mention partex found and is not a sentence's lone first word in
title case. A multinomial logistic regression trained on the project's gold (`python -m
partex.resolve.train_names`) reads each and says ORG, LOCATION, OPERATION or none; a candidate
whose best label reaches the threshold is added, its norm written by `finish` like any name the
rules found without a gazetteer.

Every feature is read from the language's word classes (`lexicon.jsonl`), the span's shape and
the mentions around it, so the model holds no word of any language: `first:org_head`,
`before:place_preposition`, `acronym_after`, `list_prev:ORG` … The weights are data
(`names_model.json` of the patterns folder); here it is a dot product per label. Without the
file, the stage changes nothing. The shipped file adds places only (a threshold for LOCATION
alone: ORG and OPERATION did not hold out of set; `train_names` and docs/annotation.md, A learned
finder of places).
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import provenance
from ..languages import DEFAULT_PATTERNS_DIR
from ..lexicon import CAPITAL, Lexicon
from ..mention import Mention
from ..text import stands_whole
from .context import Context, State
from .learned_labels import NAME_CLASSES

MODEL_FILE = "names_model.json"
LABELS = ("ORG", "LOCATION", "OPERATION")
SOURCE = provenance.heuristic("learned")
# the small words read around a candidate, beside the content words of `NAME_CLASSES`
NEAR_CLASSES = ("article", "indefinite_article", "capitalised_article", "complement_linker", "contracted_article",
                "place_preposition", "place_in_preposition", "place_to_preposition", "agent_preposition",
                "leading", "trailing", "capitalised_connector", "name_conjunction", "feature_noun",
                "place_noun_after", "lead_participle", "list_opener", "civil_title", "organ_title")
SUFFIXES = True  # the head's last three letters as a feature (training may leave them out)
# a lone head noun of these classes refers back to a named body, text or programme: the rules'
# back-references decide it (and give it that body's norm), and with nothing to refer to it is none
_REFERRING = {"backref_org_head", "backref_operation_head", "backref_instrument_head", "organ_word", "organ_head"}
_WORD = re.compile(r"[\w'’-]+")
_ACRONYM_AFTER = re.compile(rf"[ \t]*\([ \t]*[{CAPITAL}][{CAPITAL}0-9&+-]+s?[ \t]*[),;]")
_SENTENCE_OPEN = re.compile(r"(?:\A|[.!?:;•\n][\s\"'“«(]*|^[\s\"'“«(-]*)\Z")


@dataclass(frozen=True)
class NamesModel:
    """Weights per label and feature; the probability each label must reach (a label without a
    threshold is never added)."""

    weights: dict[str, dict[str, float]]
    thresholds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(LABELS, 0.5))

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        """The softmax over the labels and `none` (a label without weights scores 0)."""
        scores = {label: sum(w.get(k, 0.0) * v for k, v in features.items())
                  for label, w in self.weights.items()}
        scores.setdefault("none", 0.0)
        top = max(scores.values())
        exp = {k: math.exp(max(-50.0, s - top)) for k, s in scores.items()}
        total = sum(exp.values())
        return {k: e / total for k, e in exp.items()}

    def label(self, features: dict[str, float], thresholds: dict[str, float] | None = None) -> str | None:
        """The candidate's most probable label, where it is not `none` and reaches its threshold."""
        p = self.probabilities(features)
        best = max(p, key=p.__getitem__)
        if best == "none" or p[best] < (self.thresholds if thresholds is None else thresholds).get(best, 2.0):
            return None
        return best


def model_from_json(data: dict) -> NamesModel:
    """The model from its JSON form ({"weights": {label: {...}}, "thresholds": {label: t}}): weights
    for `LABELS` and `none` only, thresholds for `LABELS` only (else ValueError, which `load_model`
    names the file in)."""
    unknown = sorted(set(data["weights"]) - {*LABELS, "none"}) + sorted(set(data["thresholds"]) - set(LABELS))
    if unknown:
        raise ValueError(f"labels outside {', '.join(LABELS)}: {', '.join(unknown)}")
    return NamesModel({label: dict(w) for label, w in data["weights"].items()},
                      {label: float(t) for label, t in data["thresholds"].items()})


@lru_cache(maxsize=8)
def load_model(patterns_dir: str | Path | None = None) -> NamesModel | None:
    """The model of a patterns folder (none: the stage does nothing)."""
    path = (Path(patterns_dir) if patterns_dir else DEFAULT_PATTERNS_DIR) / MODEL_FILE
    if not path.is_file():
        return None
    try:
        return model_from_json(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, KeyError, TypeError, AttributeError) as err:
        raise ValueError(f"{path}: not a names model ({err})") from None


def model_of(ctx: Context) -> NamesModel | None:
    """The model of the patterns folder the pipeline reads (read with its knowledge)."""
    return ctx.knowledge.names_model  # type: ignore[return-value]


@dataclass(frozen=True)
class Candidate:
    """An uncovered span that could be a name, and its features."""

    start: int
    end: int
    features: dict[str, float]


# what training hands the stage: the context, the kept mentions and every candidate with its features
Record = Callable[[Context, tuple[Mention, ...], list[Candidate]], None]


def learned_names(ctx: Context, state: State, model: NamesModel | None = None,
                  record: Record | None = None) -> State:
    """The uncovered candidates the model labels with confidence, added to the kept mentions.
    With `record`, the stage hands it every candidate and changes nothing (training)."""
    model = model or model_of(ctx)
    if model is None and record is None:
        return state
    kept = state.kept
    found = candidates(ctx, kept)
    if record is not None:
        record(ctx, kept, found)
        return state
    starts = {m.start: m for m in kept if m.label == "LOCATION"}
    added = [Mention(c.start, c.end, label, source=SOURCE) for c in found
             if (label := _label(model, c)) is not None and not _shares_head(ctx, starts, c)]
    if not added:
        return state
    return State(state.candidates, tuple(sorted(kept + tuple(added), key=lambda m: (m.start, m.end))))


_LIST_FEATURES = ("list_prev:", "list_next:")
_NEIGHBOUR_THRESHOLD = 0.9  # `to Smith and Lyon`: what a one-word name a list alone vouches for must reach


def _label(model: NamesModel, c: Candidate) -> str | None:
    """The candidate's label; a one-word title-case candidate whose only evidence is the mention
    beside it in a list (`Aid was sent to Smith and Lyon`, `to Headquarters and Lyon`: without its
    list features it would reach no threshold) must reach the higher `_NEIGHBOUR_THRESHOLD`.
    Most candidates reach no threshold and are scored once."""
    label = model.label(c.features)
    f = c.features
    if label is None or "words:1" not in f or "shape:title" not in f:
        return label
    listed = [k for k in f if k.startswith(_LIST_FEATURES)]
    if not listed or model.label({k: v for k, v in f.items() if k not in listed}) is not None:
        return label
    return model.label(f, {name: max(t, _NEIGHBOUR_THRESHOLD) for name, t in model.thresholds.items()})


_CONJUNCT = re.compile(r"[ \t]+([\w&]+)[ \t]+")


def _shares_head(ctx: Context, places: dict[int, Mention], c: Candidate) -> bool:
    """Whether a one-word candidate is the first of two places sharing a head (`East and
    Southeast Asia`): before the language's conjunction and a place of more words the rules found
    (the first alone is none, as `people.places_after_prepositions` leaves it)."""
    match = _CONJUNCT.match(ctx.text, c.end)
    if match is None or " " in ctx.text[c.start:c.end] or \
            match.group(1).lower() not in ctx.lexicon.words("name_conjunction"):
        return False
    after = places.get(match.end())
    return after is not None and len(_WORD.findall(ctx.text[after.start:after.end])) > 1


def _classes(lex: Lexicon) -> tuple[dict[str, tuple[str, ...]], frozenset[str], re.Pattern]:
    """Lower-case word → its classes; the words a candidate does not start with; the run pattern."""
    index: dict[str, set[str]] = defaultdict(set)
    for name in NAME_CLASSES + NEAR_CLASSES:
        for word in lex.words(name):  # a class no language holds is a mistake: KeyError
            if " " not in word:
                index[word.lower()].add(name)
    classes = {w: tuple(sorted(c)) for w, c in index.items()}
    opening = frozenset(w for w, c in classes.items()
                        if {"article", "capitalised_article", "leading", "indefinite_article"} & set(c))
    connectors = lex.heads.connectors if lex.heads else lex.words("capitalised_connector")
    connectors = {c for c in connectors if " " not in c.strip()} - set(lex.words("name_conjunction"))
    spaced = sorted((re.escape(c) for c in connectors if not c.endswith(("'", "’"))), key=len, reverse=True)
    elided = sorted((re.escape(c[:-1]) for c in connectors if c.endswith(("'", "’"))), key=len, reverse=True)
    word = rf"[{CAPITAL}][\w&’'-]*"
    link = rf"[ \t]+(?:(?:{'|'.join(spaced)})[ \t]+){{0,2}}" if spaced else r"[ \t]+"
    if elided:
        link = rf"(?:{link}|[ \t]+(?:(?:{'|'.join(spaced)})[ \t]+)?(?:{'|'.join(elided)})['’])"
    # the lookbehind after the first capital (same matches), so that the regex engine scans for
    # capitals alone: the run is tried at capitals only, not at every character of the text
    first, rest = word[:word.index("]") + 1], word[word.index("]") + 1:]
    run = re.compile(rf"{first}(?<![\w'’.-].){rest}(?:{link}{word}|[ \t]+\d+(?![\w.,]\d))*(?![\w-])")
    return classes, opening, run


def candidates(ctx: Context, kept: tuple[Mention, ...]) -> list[Candidate]:
    """The uncovered runs of the text, with their features."""
    classes, opening, run = ctx.knowledge.built("learned_names", _classes)  # type: ignore[misc]
    text = ctx.text
    spans = []
    taken = sorted((m.start, m.end) for m in kept)
    j = 0
    for match in run.finditer(text):
        start, end = match.span()
        while j < len(taken) and taken[j][1] <= start:
            j += 1
        if j < len(taken) and taken[j][0] <= start and end <= taken[j][1]:
            continue  # inside a found mention (most runs are): trimming would not take it out
        words = list(_WORD.finditer(text, start, end))
        while words and words[0].group().lower() in opening:  # `The`, `Les` opening a sentence
            words.pop(0)
        while words and words[-1].group().lower() in classes and not words[-1].group()[0].isupper():
            words.pop()
        if not words:
            continue
        start, end = words[0].start(), words[-1].end()
        if text[end - 2:end] in ("'s", "’s"):
            end -= 2
        surface = text[start:end]
        if len(surface) < 2 or (surface.isupper() and sum(ch.isalpha() for ch in surface) < 2):
            continue
        while j < len(taken) and taken[j][1] <= start:
            j += 1
        if any(s < end and start < e for s, e in taken[j:j + 3]) or any(
                s < end and start < e for s, e in taken[max(0, j - 3):j]):
            continue
        if len(words) == 1 and _REFERRING & set(classes.get(surface.lower(), ())):
            continue  # `the Secretariat`, `la Commission`: a short title the back-references read, or none
        opens = _SENTENCE_OPEN.search(text, max(0, start - 6), start) is not None
        if opens and len(words) == 1 and not surface.isupper():
            continue
        spans.append((start, end, opens))
    if not spans:
        return []
    around = Around.of(ctx, kept, spans)
    return [Candidate(s, e, features(ctx, around, classes, s, e, opens)) for s, e, opens in spans]


@dataclass(frozen=True)
class Around:
    """What a candidate's features read of its document, gathered once: the kept mentions (and
    their starts), the lower-case text of each name label's mentions, the candidates' surfaces."""

    kept: tuple[Mention, ...]
    starts: list[int]
    inside: dict[str, str]
    surfaces: dict[str, int]

    @classmethod
    def of(cls, ctx: Context, kept: tuple[Mention, ...], spans: list) -> Around:
        inside: dict[str, list[str]] = defaultdict(list)
        for m in kept:
            if m.label in ("ORG", "LOCATION", "PERSON", "OPERATION", "INSTRUMENT"):
                inside[m.label].append(ctx.lowered[m.start:m.end])
        surfaces: dict[str, int] = defaultdict(int)
        for s, e, _ in spans:
            surfaces[ctx.text[s:e]] += 1
        return cls(kept, [m.start for m in kept], {k: "\n".join(v) for k, v in inside.items()}, surfaces)


def _shape(word: str) -> str:
    if word.isupper():
        return "caps"
    if word[:1].isupper():
        return "title"
    if word[:1].isdigit():
        return "digit"
    return "lower"


def features(ctx: Context, around: Around, classes: dict[str, tuple[str, ...]],
             start: int, end: int, opens: bool) -> dict[str, float]:
    """The features of one candidate."""
    text = ctx.text
    surface = text[start:end]
    words = _WORD.findall(surface)
    capitalised = [w for w in words if w[:1].isupper()] or words
    f: dict[str, float] = {"bias": 1.0, f"lang:{ctx.lexicon.lang}": 1.0, f"words:{min(len(words), 5)}": 1.0,
                           f"shape:{_shape(surface.replace(' ', ''))}": 1.0}
    if opens:
        f["sentence_start"] = 1.0
    if any(ch.isdigit() for ch in surface):
        f["digit"] = 1.0
    if len(capitalised) < len(words):
        f["connector_inside"] = 1.0
    if "-" in surface:
        f["hyphen"] = 1.0
    if len(words) == 1 and len(surface) <= 3:
        f["short"] = 1.0
    if any(w.isupper() and len(w) > 1 for w in words) and not surface.isupper():
        f["caps_inside"] = 1.0
    head = capitalised[-1] if ctx.lexicon.head_last else capitalised[0]
    for side, word in (("first", capitalised[0]), ("last", capitalised[-1]), ("head", head)):
        for c in classes.get(word.lower(), ("none",)):
            f[f"{side}:{c}"] = 1.0
    if SUFFIXES and len(head) > 4 and not head.isupper():
        f[f"suffix:{head[-3:].lower()}"] = 1.0
    for w in words[1:-1]:
        for c in classes.get(w.lower(), ()):
            f[f"word:{c}"] = 1.0
    if surface.lower() in ctx.knowledge.calendar_words or words[0].lower() in ctx.knowledge.calendar_words:
        f["calendar"] = 1.0
    if any(s <= start and end <= e for s, e in ctx.headings):
        f["heading"] = 1.0
    if text[max(0, start - 1):start] in ("", "\n") or text[max(0, start - 2):start].lstrip(" -•*\t") == "\n":
        f["line_start"] = 1.0
    if not head.isupper() and stands_whole(head.lower(), ctx.text):
        f["head_in_lower_case"] = 1.0  # `the port`, `le papa`: a common noun written in capitals here
    if ctx.knowledge.country_lookup(surface):
        f["country"] = 1.0
    return f | _around_features(ctx, around, classes, start, end)


def _around_features(ctx: Context, around: Around, classes: dict[str, tuple[str, ...]],
                     start: int, end: int) -> dict[str, float]:
    """The features of a candidate's surroundings: the words and marks beside it, an acronym
    after it, its text inside found mentions or again in the text, its neighbours in a list."""
    text = ctx.text
    surface = text[start:end]
    f: dict[str, float] = {}
    before = _WORD.findall(text[max(0, start - 40):start])[-2:]
    after = _WORD.findall(text[end:end + 40])[:2]
    gap_before = text[max(0, start - 3):start]
    gap_after = text[end:end + 2]
    for side, near in (("before", before[-1:]), ("before2", before[:-1]), ("after", after[:1]),
                       ("after2", after[1:])):
        for w in near:
            f[f"{side}_shape:{_shape(w)}"] = 1.0
            for c in classes.get(w.lower(), ()):
                f[f"{side}:{c}"] = 1.0
    for mark in "(,\"«“'":
        if gap_before.rstrip().endswith(mark):
            f[f"mark_before:{mark}"] = 1.0
        if gap_after.lstrip().startswith(mark):
            f[f"mark_after:{mark}"] = 1.0
    if gap_after.startswith(")"):
        f["mark_after:)"] = 1.0
    if _ACRONYM_AFTER.match(text, end):
        f["acronym_after"] = 1.0
    lowered = surface.lower()
    for label, held in around.inside.items():
        if lowered in held:
            f[f"inside:{label}"] = 1.0
    if around.surfaces.get(surface, 0) > 1:
        f["repeated"] = 1.0
    if f"({surface}" in text and not gap_before.endswith("("):
        f["parenthesised_elsewhere"] = 1.0
    # the nearest mention in a list (`A, B and C`)
    k = bisect.bisect_left(around.starts, start)
    prev = around.kept[k - 1] if k > 0 else None
    if prev is not None and start - prev.end <= 6 and re.fullmatch(r",?[ \t]*(?:\w+[ \t]+)?", text[prev.end:start]):
        f[f"list_prev:{prev.label}"] = 1.0
    nxt = around.kept[k] if k < len(around.kept) else None
    if nxt is not None and nxt.start - end <= 6 and re.fullmatch(r",?[ \t]*(?:\w+[ \t]+)?", text[end:nxt.start]):
        f[f"list_next:{nxt.label}"] = 1.0
    return f
