"""A learned decision between ORG and OPERATION for the names the rules built.

Whether a text's annotators call a name a body (ORG) or a programme (OPERATION) hangs on many
weak cues at once: the name's head noun, the words inside it, a keyword beside it (`the X
programme`), an owner before it, the verbs of its sentence. The rules read a few of them; a
logistic regression trained on the project's gold (`python -m partex.resolve.train_labels`)
weighs them all and is kept as data in `label_model.json` of the patterns folder (none is
shipped: docs/annotation.md, A learned last word, tried): here it is a dot product.

The decision is per entity: every mention of one norm in a document (a long form and its
acronym) takes one label. Names from a gazetteer keep theirs (their label is data), and so do
bodies the text shows acting as bodies (`body_evidence` right before a mention: `en
coordinación con la Iniciativa …`, see `evidenced.py`). The rules'
label stands unless the model is confident: a name becomes OPERATION when its probability
reaches `to_operation`, ORG when it falls to `to_org`. Without the file, the rules decide.

Every feature is read from the language's word classes (`lexicon.jsonl`, `facts.jsonl`), so the
model holds no word of any language: `head:org_head`, `word:programme_keyword`,
`before:programme_word_before`, `cue:participation_cue` …
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ..facts.learned import LinearModel
from ..facts.words import load_fact_words
from ..languages import DEFAULT_PATTERNS_DIR
from ..lexicon import Lexicon
from ..mention import Mention
from .context import Context, State

MODEL_FILE = "label_model.json"
LABELS = ("ORG", "OPERATION")
# the word classes a feature names: content words (heads, keywords, verbs), not the small words
NAME_CLASSES = ("org_head", "run_head", "run_head_owned", "run_service_head", "programme_head",
                "programme_keyword", "operation_keyword", "operation_keyword_after", "operation_modifier",
                "programme_word_before", "programme_word_after", "programme_word_after_coined",
                "programme_plural", "programme_body_word", "programme_apposition", "programme_defined_after",
                "coinage_noun", "instrument_head", "complement_head", "backref_org_head",
                "backref_operation_head", "backref_instrument_head", "unit_head", "unit_word", "legal_form",
                "demonym", "capitalised_demonym", "organ_word", "organ_head", "observance_noun", "place_noun",
                "feature_noun", "people_noun", "role_noun", "title", "title_head", "superior_head",
                "topicless_head", "cited_org_head", "cited_org_head_last", "national_society_name", "generic",
                "plural_head", "lowercase_text_head", "regional_head", "seat_head", "launch_verb", "run_verb",
                "run_by", "run_owner", "run_relative", "run_subject", "quoted_name_keyword", "body_evidence",
                "common_acronym", "channel_word", "programme_copula", "speaker_pronoun", "acronym_note")
# the facts stage's cue classes read in the sentence around a name's first mention
CUE_CLASSES = ("participation_cue", "partnership_cue", "member_of", "member_in", "members_joined",
               "joined_it", "lead_by", "co_lead", "contribution_verb", "organised_by", "operation_object",
               "result_cue", "signatory_noun", "member_noun", "acting_for")
_WORD = re.compile(r"[\w'’-]+")
_POSSESSIVE = re.compile(r"\w['’]s?\s+\Z")
_SENTENCE_END = re.compile(r"[.;:!?\n]\s")


@dataclass(frozen=True)
class LabelModel:
    """The model, and how confident it must be to change the rules' label."""

    model: LinearModel
    to_operation: float = 0.5
    to_org: float = 0.5
    patterns_dir: str = ""  # the folder it was read from, whose fact words its features read

    def label(self, features: dict[str, float], current: str) -> str:
        """The entity's label: the rules' unless the model is confident of the other."""
        p = self.model.probability(features)
        if current == "ORG" and p >= self.to_operation:
            return "OPERATION"
        if current == "OPERATION" and p <= self.to_org:
            return "ORG"
        return current


def model_from_json(data: dict) -> LabelModel:
    """The model from its JSON form ({"weights": {...}, "to_operation": t, "to_org": t})."""
    return LabelModel(LinearModel(dict(data["weights"])), float(data.get("to_operation", 0.5)),
                      float(data.get("to_org", 0.5)))


@lru_cache(maxsize=8)
def load_model(patterns_dir: str | Path | None = None) -> LabelModel | None:
    """The model of a patterns folder (none: the rules decide)."""
    path = (Path(patterns_dir) if patterns_dir else DEFAULT_PATTERNS_DIR) / MODEL_FILE
    if not path.is_file():
        return None
    try:
        model = model_from_json(json.loads(path.read_text(encoding="utf-8")))
        return replace(model, patterns_dir=str(patterns_dir or ""))
    except (ValueError, KeyError, TypeError) as err:
        raise ValueError(f"{path}: not a label model ({err})") from None


def model_of(ctx: Context) -> LabelModel | None:
    """The model of the patterns folder the pipeline reads (read with its knowledge)."""
    return ctx.knowledge.label_model  # type: ignore[return-value]


@dataclass(frozen=True)
class Entity:
    """One ORG or OPERATION entity of the kept mentions, as the model reads it."""

    key: str                   # its norm, or its surface where none is given yet
    members: tuple[int, ...]   # the indices of its mentions in the kept mentions
    label: str                 # the rules' label: its longest mention's
    known: bool                # a gazetteer's (its label is data)
    evidence: bool             # a mention stands right after words only a body follows
    features: dict[str, float]


# what training hands the stage to read the rules' entities: the context, the kept mentions and
# every entity of them, the gazetteer's too (`train_labels.collect`)
Record = Callable[[Context, tuple[Mention, ...], list[Entity]], None]


def learned_labels(ctx: Context, state: State, model: LabelModel | None = None,
                   record: Record | None = None) -> State:
    """ORG and OPERATION names the rules built, relabelled per entity by the learned model. With
    `record`, the stage hands it every entity and their features and changes nothing: training
    reads the rules alone."""
    if record is not None:
        record(ctx, state.kept, read_entities(ctx, state.kept))
        return state
    model = model or model_of(ctx)
    if model is None:
        return state
    kept = state.kept
    changed: dict[int, str] = {}
    for members in entities(ctx, kept).values():
        current = current_label(kept, members)
        if current == "ORG" and after_evidence(ctx, kept, members):
            continue  # the text shows it acting as a body (`en coordinación con la Iniciativa …`)
        label = model.label(entity_features(ctx, kept, members), current)
        if label != current:
            changed.update({i: label for i in members if kept[i].label != label})
    if not changed:
        return state
    return State(state.candidates, tuple(m._replace(label=changed[i]) if i in changed else m
                                         for i, m in enumerate(kept)))


def entities(ctx: Context, kept: tuple[Mention, ...]) -> dict[str, list[int]]:
    """The rules' ORG and OPERATION names, grouped by norm (by surface where none is given yet):
    the indices of each entity's mentions. An entity with a gazetteer's mention or id is left out."""
    groups = all_entities(ctx, kept)
    return {key: members for key, members in groups.items() if not known(ctx, kept, key, members)}


def all_entities(ctx: Context, kept: tuple[Mention, ...]) -> dict[str, list[int]]:
    """Every ORG and OPERATION entity, the gazetteer's too: norm (or surface) → mention indices."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(kept):
        if m.label in LABELS:
            groups[m.norm or ctx.text[m.start:m.end]].append(i)
    return groups


def read_entities(ctx: Context, kept: tuple[Mention, ...]) -> list[Entity]:
    """Every ORG and OPERATION entity of `kept`, the gazetteer's too, with its features."""
    return [Entity(key, tuple(members), current_label(kept, members), known(ctx, kept, key, members),
                   after_evidence(ctx, kept, members), entity_features(ctx, kept, members))
            for key, members in all_entities(ctx, kept).items()]


def known(ctx: Context, kept: tuple[Mention, ...], key: str, members: list[int]) -> bool:
    """Whether the entity is a gazetteer's (its label is data)."""
    return key in ctx.knowledge.names_by_id or any(kept[i].source.startswith("gazetteer:") for i in members)


def after_evidence(ctx: Context, kept: tuple[Mention, ...], members: list[int]) -> bool:
    """Whether a mention stands right after words only a body follows (`body_evidence`): the
    rules made it a body on that evidence (`evidenced.py`), and the model does not undo it."""
    pattern = ctx.regexes.evidence_before
    return pattern is not None and any(pattern.search(ctx.text, max(0, kept[i].start - 40), kept[i].start)
                                       for i in members)


def current_label(kept: tuple[Mention, ...], members: list[int]) -> str:
    """The label the rules gave the entity: its longest mention's."""
    return kept[max(members, key=lambda i: kept[i].end - kept[i].start)].label


def _word_classes(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """Lower-case word → the classes of `NAME_CLASSES` that hold it (single words only)."""
    index: dict[str, set[str]] = defaultdict(set)
    for name in NAME_CLASSES:
        for word in lex.words(name):
            if " " not in word:
                index[word.lower()].add(name)
    return {w: tuple(sorted(c)) for w, c in index.items()}


def _source(source: str) -> str:
    """A mention's provenance without its line (`rule:en/rules.jsonl`)."""
    return ":".join(source.split(":")[:2])


def entity_features(ctx: Context, kept: tuple[Mention, ...], members: list[int]) -> dict[str, float]:
    """The features of one entity (the indices of its mentions in `kept`)."""
    classes = ctx.knowledge.built("learned_labels", _word_classes)
    text = ctx.text
    longest = kept[max(members, key=lambda i: kept[i].end - kept[i].start)]
    surface = text[longest.start:longest.end]
    words = [w.group() for w in _WORD.finditer(surface)]
    f: dict[str, float] = {"bias": 1.0, f"rule:{longest.label}": 1.0, f"source:{_source(longest.source)}": 1.0,
                           f"words:{min(len(words), 5)}": 1.0}
    if len(words) == 1 and surface.isupper():
        f["acronym"] = 1.0
    if any(len(text[kept[i].start:kept[i].end].split()) == 1 and text[kept[i].start:kept[i].end].isupper()
           for i in members) and len(words) > 1:
        f["has_acronym"] = 1.0
    if any(ch.isdigit() for ch in surface):
        f["digit"] = 1.0
    if len(members) > 1:
        f["mentions:many"] = 1.0
    if words:
        capitalised = [w for w in words if w[0].isupper()]
        head = (capitalised[-1] if ctx.lexicon.head_last else capitalised[0]) if capitalised else words[0]
        for c in classes.get(head.lower(), ("none",)):
            f[f"head:{c}"] = 1.0
        for w in words:
            for c in classes.get(w.lower(), ()):
                f[f"word:{c}"] = 1.0
    for i in members:
        m = kept[i]
        before = _WORD.findall(text[max(0, m.start - 40):m.start])[-2:]
        after = _WORD.findall(text[m.end:m.end + 40])[:2]
        for side, near in (("before", before), ("after", after)):
            for w in near:
                if w.islower():
                    for c in classes.get(w, ()):
                        f[f"{side}:{c}"] = 1.0
        if _POSSESSIVE.search(text, max(0, m.start - 30), m.start):
            f["possessive_before"] = 1.0
        own = set(members)
        if i > 0 and i - 1 not in own and kept[i - 1].label == "ORG" and 0 <= m.start - kept[i - 1].end <= 3:
            f["body_before"] = 1.0
        if i + 1 < len(kept) and i + 1 not in own and kept[i + 1].label == "ORG" \
                and 0 < kept[i + 1].start - m.end <= 8 and text[m.end:kept[i + 1].start].strip(" ,").islower():
            f["body_after"] = 1.0
    first = kept[members[0]]
    start = max((s.end() for s in _SENTENCE_END.finditer(text, max(0, first.start - 250), first.start)),
                default=max(0, first.start - 250))
    stop = _SENTENCE_END.search(text, first.end, first.end + 250)
    end = stop.start() if stop else min(len(text), first.end + 250)
    words_of = load_fact_words(ctx.lexicon.lang, getattr(model_of(ctx), "patterns_dir", "") or None)
    for name in CUE_CLASSES:
        if name in words_of.patterns and words_of.has(name, text, start, end):
            f[f"cue:{name}"] = 1.0
    return f
