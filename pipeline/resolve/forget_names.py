"""A copy of a patterns folder whose gazetteers have forgotten a share of their entries (issue 17).

The learned finder of names (`learned_names`) reads the candidates the rules leave uncovered. On
the sets the rules were written on, few of them are names: the gazetteers hold the bodies,
places and programmes those texts name. To learn what a name no list holds looks like, the
trainer extracts its sets with a copy of the patterns folder in which a share of the entries of
the gazetteers is gone, so that well-known names become uncovered candidates with gold labels;
the model it fits is then applied with the full gazetteers.

An entry is dropped whole: an organisation, instrument or operation by its id (its record in
`ids/` and every alias of it in every language), a place by its alias (`locations.jsonl` has
no ids). Which entries go is decided per entry by the seed alone, so an id is forgotten in every
language at once. References to a forgotten organisation (`parent`, `after`) are left out with
it; countries, people, word lists and rules are kept. The learned names model is not copied
(training extracts with the rules alone).
"""

from __future__ import annotations

import json
import random
import shutil
from collections import Counter
from pathlib import Path

from ..text import fold
from .learned_names import MODEL_FILE

# the gazetteers that forget, and the files the learned finder's model lives in (not copied)
FORGOTTEN = ("organisations", "instruments", "operations", "locations")
_NOT_COPIED = (MODEL_FILE,)


def forgets(stem: str, key: str, share: float, seed: int) -> bool:
    """Whether the entry `key` of the gazetteer `stem` is forgotten (the same in every language)."""
    return share > 0 and random.Random(f"{seed}\x00{stem}\x00{key}").random() < share


def _key(stem: str, record: dict) -> str:
    return record.get("id") or fold(record["alias"]).strip()


def _rewrite(path: Path, keep) -> tuple[int, int]:
    """Keep the lines whose record `keep` returns (maybe changed); (lines kept, lines dropped)."""
    lines, dropped = [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = keep(json.loads(line))
        if record is None:
            dropped += 1
        else:
            lines.append(json.dumps(record, ensure_ascii=False))
    path.write_text("".join(x + "\n" for x in lines), encoding="utf-8")
    return len(lines), dropped


def forgetting_copy(source: Path, dest: Path, share: float, seed: int) -> Counter:
    """Copy the patterns folder `source` to `dest` (which must not exist) with `share` of the
    entries of each forgotten gazetteer dropped; the count of entries and aliases dropped."""
    shutil.copytree(source, dest, ignore=shutil.ignore_patterns(*_NOT_COPIED))
    counts: Counter = Counter()
    gone: dict[str, set[str]] = {stem: set() for stem in FORGOTTEN}
    for stem in FORGOTTEN:
        path = dest / "ids" / f"{stem}.jsonl"
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and forgets(stem, (ident := json.loads(line)["id"]), share, seed):
                    gone[stem].add(ident)
    orgs = gone["organisations"]

    def entry(stem: str):
        def keep(record: dict) -> dict | None:
            if stem == "locations" and forgets(stem, _key(stem, record), share, seed):
                gone[stem].add(_key(stem, record))
                return None
            if record.get("id") in gone.get(stem, ()):
                return None
            for ref in ("parent", "after"):
                if record.get(ref) in orgs:
                    record = {k: v for k, v in record.items() if k != ref}
            return record
        return keep

    for stem in FORGOTTEN:
        path = dest / "ids" / f"{stem}.jsonl"
        if path.is_file():
            _rewrite(path, entry(stem))
    for folder in sorted(p for p in dest.iterdir() if p.is_dir() and p.name != "ids"):
        for stem in FORGOTTEN:
            path = folder / f"{stem}.jsonl"
            if path.is_file():
                counts[f"{stem} aliases"] += _rewrite(path, entry(stem))[1]
    for stem in FORGOTTEN:
        counts[stem] = len(gone[stem])
    return counts
