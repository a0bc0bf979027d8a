"""Facts gold files: read and validate (FACTS.md, "The facts table and the gold file").

A facts gold file is a UTF-8 CSV with at least `doc_id, fact, type, role, norm`. Every problem
is reported at once, naming the file and line: an unknown type or role, a value that is no norm
of that document's gold mentions (nor its publisher), a mention label the role does not take, a
fact without its key row (`operation`, `body`), a fact that mixes types.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from ..columns import FACT_GOLD_COLUMNS
from ..formats import read_csv_lines
from ..messages import InputError, Problem
from .model import KEY_ROLES, ROLES
from .score import fold_value


def read_publishers(path: Path | str | None) -> dict[str, str]:
    """doc_id → publisher from a CSV `doc_id,publisher` (none: {})."""
    if path is None or not Path(path).is_file():
        return {}
    frame = read_csv_lines(path)
    if not {"doc_id", "publisher"} <= set(frame.columns):
        raise InputError([Problem(str(path), None, "missing column(s): a publishers file needs doc_id,publisher")])
    return {r.doc_id: r.publisher for r in frame.itertuples() if r.publisher}


def load_facts_gold(path: Path | str, mentions: pd.DataFrame | None = None,
                    publishers: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Read and check a facts gold CSV; raise `InputError` listing every problem.

    With `mentions` (a mention gold), each value must be the norm of one of that document's gold
    mentions with a label its role takes, or the document's publisher (`publishers`).
    """
    where = str(path)
    frame = read_csv_lines(path)
    missing = [c for c in FACT_GOLD_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError([Problem(where, 1, f"missing column(s) {', '.join(missing)} "
                                            f"(a facts gold file needs {','.join(FACT_GOLD_COLUMNS)})")])
    norms = _norms(mentions) if mentions is not None else None
    publishers = {d: fold_value(p) for d, p in (publishers or {}).items()}
    problems: list[Problem] = []
    facts: dict[tuple[str, str], list[tuple[int, str, str]]] = defaultdict(list)
    for line, row in frame.iterrows():
        bad = _row_problem(row, norms, publishers)
        if bad:
            problems.append(Problem(where, int(line), bad))
            continue
        facts[(row["doc_id"], row["fact"])].append((int(line), row["type"], row["role"]))
    for (doc_id, fact), rows in facts.items():
        first = rows[0][0]
        kinds = {kind for _, kind, _ in rows}
        if len(kinds) > 1:
            problems.append(Problem(where, first, f"fact {fact} of {doc_id} mixes types {', '.join(sorted(kinds))}"))
            continue
        kind = next(iter(kinds))
        roles = [role for _, _, role in rows]
        key = KEY_ROLES.get(kind)
        if key and roles.count(key) != 1:
            problems.append(Problem(where, first, f"fact {fact} of {doc_id}: a {kind} fact needs one "
                                                  f"{key} row, it has {roles.count(key)}"))
        if kind in ("PARTNERSHIP", "AGREEMENT") and not (
                ("party" in roles and "partner" in roles) or roles.count("party") >= 2):
            problems.append(Problem(where, first, f"fact {fact} of {doc_id}: a {kind} needs a party "
                                                  "and a partner, or two parties"))
    if problems:
        raise InputError(sorted(problems, key=lambda p: p.line or 0))
    return frame[list(frame.columns)].reset_index(drop=True)


def _row_problem(row: pd.Series, norms: dict | None, publishers: Mapping[str, str]) -> str | None:
    kind, role, norm = row["type"], row["role"], row["norm"]
    if not row["doc_id"]:
        return "doc_id is empty"
    if not row["fact"]:
        return "fact is empty"
    if kind not in ROLES:
        return f"unknown type '{kind}' (known: {', '.join(ROLES)})"
    if role not in ROLES[kind]:
        return f"role '{role}' is not a role of {kind} (its roles: {', '.join(ROLES[kind])})"
    if not norm:
        return "norm is empty"
    if norms is None:
        return None
    value = fold_value(norm)
    if publishers.get(row["doc_id"]) == value:
        return None
    labels = norms.get(row["doc_id"], {}).get(value)
    if labels is None:
        return f"'{norm}' is no norm of a gold mention of {row['doc_id']} (nor its publisher)"
    if not labels & ROLES[kind][role]:
        return (f"'{norm}' is a norm of {', '.join(sorted(labels))} mentions; "
                f"{kind} {role} takes {', '.join(sorted(ROLES[kind][role]))}")
    return None


def _norms(mentions: pd.DataFrame) -> dict[str, dict[str, set[str]]]:
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for doc_id, label, norm in mentions[["doc_id", "label", "norm"]].itertuples(index=False):
        found[str(doc_id)][fold_value(norm)].add(str(label))
    return found
