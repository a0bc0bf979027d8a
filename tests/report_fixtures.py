"""Extract folders made by hand for the report's tests: texts, tables in any format, a manifest."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from partex.columns import ERROR_COLUMNS, FACT_COLUMNS, MENTION_COLUMNS, NETWORK_COLUMNS
from partex.facts.network import Network
from partex.formats import get_format

TABLES = {"mentions": MENTION_COLUMNS, "facts": FACT_COLUMNS, "network": NETWORK_COLUMNS,
          "errors": ERROR_COLUMNS}


def mention(doc_id: str, text: str, surface: str, label: str, norm: str, nth: int = 0,
            **extra: Any) -> dict[str, Any]:
    """A mentions row for the `nth` occurrence of `surface` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return {"doc_id": doc_id, "start": start, "end": start + len(surface), "label": label,
            "text": surface, "norm": norm, "lang": "fr", "source": "test", **extra}


def fact(doc_id: str, fact_id: str, kind: str, text: str, sentence: str,
         roles: Iterable[tuple[str, str]]) -> list[dict[str, Any]]:
    """Facts rows: one per (role, norm), evidence the sentence found in `text`."""
    start = text.index(sentence)
    return [{"doc_id": doc_id, "fact": fact_id, "type": kind, "role": role, "norm": norm,
             "evidence_start": start, "evidence_end": start + len(sentence), "source": "rule:test"}
            for role, norm in roles]


def write_table(path: Path, columns: tuple[str, ...], rows: Iterable[Mapping[str, Any]]) -> None:
    writer = get_format(path.suffix.lstrip(".")).writer(path, columns)
    writer.write(rows)
    writer.close()


def write_extract(folder: Path, texts: Mapping[str, str], mentions: Iterable[Mapping[str, Any]],
                  facts: Iterable[Mapping[str, Any]] = (), *, fmt: str = "csv",
                  errors: Iterable[Mapping[str, Any]] = (), network: bool = True,
                  lang: str = "fr") -> Path:
    """An extract folder as `partex extract` writes one, the texts beside it in `folder/texts`."""
    folder.mkdir(parents=True, exist_ok=True)
    text_dir = folder.parent / f"{folder.name}_texts"
    inputs = []
    for doc_id, text in texts.items():
        path = text_dir / f"{doc_id}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        inputs.append({"doc_id": doc_id, "path": str(path), "format": "txt", "lang": lang,
                       "status": "ok", "sha256": hashlib.sha256(path.read_bytes()).hexdigest()})
    facts = list(facts)
    rows = {"mentions": list(mentions), "facts": facts, "errors": list(errors)}
    if network:
        graph = Network()
        for doc_id in texts:
            graph.add(doc_id, [r for r in facts if r["doc_id"] == doc_id])
        rows["network"] = graph.rows()
    for table, table_rows in rows.items():
        write_table(folder / f"{table}.{fmt}", TABLES[table], table_rows)
    manifest = {"partex": "test", "options": {"fast": True}, "inputs": inputs}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder
