"""Tables built from mention rows: the entities table."""

from __future__ import annotations

import pandas as pd

from .columns import ENTITY_COLUMNS


def entities_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per (doc_id, label, norm): every surface form with its count, most frequent first.

    `ONU`, `Nations Unies` and `Organisation des Nations Unies` share the norm `UN`, so they make
    one row: `forms` = "ONU (3) | Nations Unies (1)".
    """
    if mentions.empty:
        return pd.DataFrame(columns=list(ENTITY_COLUMNS))
    keys = ["doc_id", "label", "norm"]
    counted = (mentions.assign(norm=mentions["norm"].fillna(""))
               .groupby(keys + ["text"], sort=False).size().rename("n").reset_index()
               .sort_values(keys + ["n", "text"], ascending=[True, True, True, False, True],
                            kind="stable"))
    counted["form"] = counted["text"].str.cat(" (" + counted["n"].astype(str) + ")")
    table = counted.groupby(keys, sort=True).agg(forms=("form", " | ".join), count=("n", "sum"))
    return table.reset_index()[list(ENTITY_COLUMNS)]
