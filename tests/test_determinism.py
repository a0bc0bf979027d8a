"""Tables do not depend on the process that made them: Python salts the hash of strings per
process, so anything ordered by iterating a set of strings differs between a local run and its
workers (or a cluster's). Each run here is a fresh process with its own salt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import CORPUS

TABLES = ("mentions.csv", "entities.csv", "facts.csv", "network.csv")


def extract(out: Path, seed: int) -> dict[str, bytes]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    subprocess.run([sys.executable, "-m", "partex", "extract", str(CORPUS), "--out", str(out),
                    "--fast", "--workers", "1", "--no-progress"], check=True, env=env,
                   capture_output=True)
    return {name: (out / name).read_bytes() for name in TABLES}


def test_the_tables_are_the_same_whatever_the_hash_salt(tmp_path):
    # salts 1 and 2 ordered a set of two agreement parties differently (facts.csv)
    first = extract(tmp_path / "one", 1)
    assert first["facts.csv"].count(b"\n") > 100
    assert extract(tmp_path / "two", 2) == first
