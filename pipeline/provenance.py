"""Where a mention came from: a closed set of values that point to a file, a rule or a stage.

    model                      the statistical NER of a trained pipeline
    gazetteer:<file>           a name of a gazetteer file under patterns/ (`fr/organisations.jsonl`),
                               or `gazetteer:pycountry` for country names pycountry gives
    rule:<file>:<line>         a rule of a patterns/<lang>/rules.jsonl file, by line
    finder:<kind>              a value finder of pipeline/normalise (date, figure, resolution),
                               or the dateline reader (dateline)
    heuristic:<stage>          a stage of the resolver (pipeline/resolve/), by name

A number in a report can then be traced to the line or the stage that made it.
"""

from __future__ import annotations

from functools import lru_cache

MODEL = "model"
PYCOUNTRY = "gazetteer:pycountry"

FINDERS = ("date", "figure", "resolution", "dateline")
STAGES = ("acronym", "backref", "surname", "complement", "region", "capitalised", "title",
          "office", "place", "operation", "quoted", "text", "parenthesis", "seat", "head", "alias",
          "capital", "learned")


def gazetteer(file: str) -> str:
    """A name from a gazetteer file, given relative to the patterns folder."""
    return f"gazetteer:{file}"


def rule(file: str, line: int) -> str:
    """A match of the rule at `line` of a rules file (relative to the patterns folder)."""
    return f"rule:{file}:{line}"


def finder(kind: str) -> str:
    """A value found by one of the finders."""
    if kind not in FINDERS:
        raise ValueError(f"unknown finder {kind!r}")
    return f"finder:{kind}"


def heuristic(stage: str) -> str:
    """A mention proposed by a stage of the resolver."""
    if stage not in STAGES:
        raise ValueError(f"unknown resolver stage {stage!r}")
    return f"heuristic:{stage}"


@lru_cache(maxsize=4096)
def kind(source: str) -> str:
    """The kind of a provenance: model, gazetteer, rule, finder or heuristic."""
    return source.split(":", 1)[0]


# How much a source is trusted when two candidates of the same length overlap: the value
# finders first, then what a gazetteer or an acronym definition names, then rules and
# back-references, then names built around a known one and the NER, then a dateline.
_RANK = {"finder": 4, "gazetteer": 3, "rule": 2, "model": 1}
_STAGE_RANK = {"acronym": 3, "backref": 2, "surname": 2, "capitalised": 2, "title": 2,
               "office": 2, "place": 2, "operation": 2, "parenthesis": 2, "seat": 2, "head": 2, "capital": 2, "complement": 1,
               "region": 1}


@lru_cache(maxsize=4096)
def rank(source: str) -> int:
    """The trust of a provenance on a tie (higher wins)."""
    if source == "finder:dateline":
        return 0
    head, _, rest = source.partition(":")
    if head == "heuristic":
        return _STAGE_RANK.get(rest, 0)
    return _RANK.get(head, 0)
