"""Tables built from mention rows: the entities table."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from .columns import ENTITY_COLUMNS

if TYPE_CHECKING:  # only `entities_table` builds a DataFrame: the batch needs no pandas
    import pandas as pd


def entity_records(mentions: Iterable[Mapping]) -> list[dict]:
    """One record per (doc_id, label, norm): every surface form with its count, most frequent first.

    `ONU`, `Nations Unies` and `Organisation des Nations Unies` share the norm `UN`, so they make
    one record: `forms` = "ONU (3) | Nations Unies (1)". Plain Python: the batch runs it on each
    document, where building a DataFrame would cost more than the grouping.
    """
    forms: dict[tuple[str, str, str], Counter] = {}
    for m in mentions:
        norm = m.get("norm")
        key = (m["doc_id"], m["label"], "" if norm is None or norm != norm else str(norm))
        forms.setdefault(key, Counter())[m["text"]] += 1
    records = []
    for (doc_id, label, norm), counts in sorted(forms.items()):
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        records.append({"doc_id": doc_id, "label": label, "norm": norm,
                        "forms": " | ".join(f"{text} ({n})" for text, n in ranked),
                        "count": sum(counts.values())})
    return records


def entities_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """The entities of a mentions table as a DataFrame (see `entity_records`)."""
    import pandas as pd

    records = entity_records(mentions.to_dict("records")) if not mentions.empty else []
    return pd.DataFrame(records, columns=list(ENTITY_COLUMNS))
