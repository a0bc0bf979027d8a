"""`partex cache`: where the start-up cache lives, and clearing it."""

from __future__ import annotations

import os
from typing import Annotated

import typer


def cache_command(
    clear: Annotated[bool, typer.Option("--clear", help="Delete the cache folder.")] = False,
) -> None:
    """Show where partex keeps its start-up cache (compiled patterns, rule pipelines), or clear it.

    The folder is $PARTEX_CACHE_DIR, else $XDG_CACHE_HOME/partex, else ~/.cache/partex;
    PARTEX_CACHE=0 turns the cache off. Deleting the folder is always safe.
    """
    from . import cache

    if clear:
        typer.echo(f"partex: cleared {cache.clear()}")
        return
    root = cache.cache_root()
    size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) if root.is_dir() else 0
    state = "on" if cache.enabled() else f"off ({cache.CACHE_ENV}={os.environ.get(cache.CACHE_ENV)})"
    typer.echo(f"{root}\t{size / 2**20:.1f} MiB\t{state}")
