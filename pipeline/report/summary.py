"""Numbers across the batch: mentions per label and language, the most frequent bodies and
countries by canonical id, the labels of the network's nodes, the network's rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from ..columns import LABELS
from ..facts.network import Network
from .data import Extract

TOP = 15
NODE_LABELS = ("ORG", "COUNTRY")


@dataclass(frozen=True)
class LabelCounts:
    """Mentions per label (rows) and language (columns)."""

    langs: list[str]
    rows: list[tuple[str, list[int], int]]  # label, count per language, total
    totals: list[int]
    total: int


@dataclass(frozen=True)
class TopEntity:
    """A canonical id with how often and in how many documents it is named."""

    norm: str
    name: str
    mentions: int
    documents: int


def label_counts(mentions: pd.DataFrame) -> LabelCounts:
    """Mentions per label and language (labels in SCHEMA order, then any other)."""
    lang = mentions["lang"] if "lang" in mentions.columns else pd.Series("", index=mentions.index)
    table = pd.crosstab(mentions["label"], lang.fillna("").astype(str).replace("", "?"))
    langs = sorted(table.columns)
    labels = [label for label in LABELS if label in table.index]
    labels += sorted(label for label in table.index if label not in LABELS)
    rows = [(label, [int(table.at[label, g]) for g in langs], int(table.loc[label].sum())) for label in labels]
    totals = [int(table[g].sum()) for g in langs]
    return LabelCounts(langs, rows, totals, int(len(mentions)))


def _country_name(code: str) -> str:
    import pycountry

    found = None
    if len(code) == 3:
        found = pycountry.countries.get(alpha_3=code) or pycountry.historic_countries.get(alpha_3=code)
    return str(getattr(found, "name", "")) if found else ""


def top_entities(mentions: pd.DataFrame, label: str, limit: int = TOP) -> list[TopEntity]:
    """The `limit` norms of `label` named most often (ties: in more documents, then by name)."""
    rows = mentions.loc[(mentions["label"] == label) & (mentions["norm"] != ""), ["doc_id", "norm"]]
    if rows.empty:
        return []
    grouped = rows.groupby("norm")["doc_id"].agg(["size", "nunique"]).reset_index()
    grouped = grouped.sort_values(["size", "nunique", "norm"], ascending=[False, False, True]).head(limit)
    name = _country_name if label == "COUNTRY" else (lambda _norm: "")
    return [TopEntity(str(n), name(str(n)), int(s), int(d))
            for n, s, d in grouped.itertuples(index=False, name=None)]


def node_labels(mentions: pd.DataFrame) -> dict[str, str]:
    """For each ORG or COUNTRY norm, the label it is most often found under (for the network)."""
    rows = mentions.loc[mentions["label"].isin(NODE_LABELS) & (mentions["norm"] != ""), ["norm", "label"]]
    if rows.empty:
        return {}
    counts = rows.value_counts().reset_index(name="n").sort_values(["norm", "n"], ascending=[True, False])
    return dict(counts.drop_duplicates("norm")[["norm", "label"]].itertuples(index=False, name=None))


def network_rows(extract: Extract) -> list[dict[str, Any]]:
    """The network table's rows; built from the facts when the extract has no network table."""
    if extract.network is not None:
        return extract.network.to_dict("records")
    network = Network()
    for doc_id, rows in extract.facts.groupby("doc_id", sort=True):
        network.add(str(doc_id), rows.to_dict("records"))
    return network.rows()
