"""Tables built from mention rows: the entities table."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from .columns import ENTITY_COLUMNS

if TYPE_CHECKING:  # only `entities_table` builds a DataFrame: the batch needs no pandas
    import pandas as pd


def _most_first(form: tuple[str, int]) -> tuple[int, str]:
    """The order of a key's forms: the most frequent first, then by text."""
    return -form[1], form[0]


def entity_records(mentions: Iterable[Mapping]) -> list[dict]:
    """One record per (doc_id, label, norm): every surface form with its count, most frequent first.

    `ONU`, `Nations Unies` and `Organisation des Nations Unies` share the norm `UN`, so they make
    one record: `forms` = "ONU (3) | Nations Unies (1)". Plain Python: the batch runs it on each
    document, where building a DataFrame would cost more than the grouping.
    """
    # plain dicts, one made per key (a `setdefault(key, Counter())` made one per mention), and a
    # key of one form (most) written without sorting or summing its counts
    forms: dict[tuple[str, str, str], dict[str, int]] = {}
    for m in mentions:
        norm = m.get("norm")
        key = (m["doc_id"], m["label"], "" if norm is None or norm != norm else str(norm))
        text = m["text"]
        counts = forms.get(key)
        if counts is None:
            forms[key] = {text: 1}
        else:
            counts[text] = counts.get(text, 0) + 1
    records = []
    for key in sorted(forms):  # the keys are distinct: sorted as the (key, counts) pairs were
        counts = forms[key]
        if len(counts) == 1:
            ((text, n),) = counts.items()
            joined, total = f"{text} ({n})", n
        else:
            joined = " | ".join(f"{text} ({n})" for text, n in sorted(counts.items(), key=_most_first))
            total = sum(counts.values())
        records.append({"doc_id": key[0], "label": key[1], "norm": key[2], "forms": joined, "count": total})
    return records


def entities_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """The entities of a mentions table as a DataFrame (see `entity_records`)."""
    import pandas as pd

    records = entity_records(mentions.to_dict("records")) if not mentions.empty else []
    return pd.DataFrame(records, columns=list(ENTITY_COLUMNS))
