"""A disk cache of what is slow to build when a pipeline starts: regular expressions, pipelines.

Most of a pipeline's start-up is Python's `re` compiler, which is written in Python and spends
seconds on large character classes: spaCy's French tokenizer exceptions (compiled when
`spacy.lang.fr` is imported), the tokenizer's infixes and `token_match` once partex adds its
acronym rules, and the value finders' word-list alternations. `re` has no persistent form of a
compiled pattern (pickling one stores its source and compiles it again), so this module keeps
the compiler's output, the opcode list that CPython's `_sre.compile` takes, on disk, and
rebuilds a pattern from it in microseconds. Only patterns that took a while to compile are kept.

Pipelines built without a trained model (every `--fast` pipeline, and the languages that have
no model) are kept too, pickled: loading one costs a fraction of building its phrase matchers
and word-list finders. A pipeline with a model is not: spaCy loads it from its package.

The cache lives in one folder per key; the key hashes the Python version (and `_sre.MAGIC`, the
version of the opcodes), spaCy's and partex's versions, partex's own code and `patterns_sha256`
of the patterns folder in use, so that any change means a clean rebuild, and older keys are
deleted. A cache that cannot be read (damaged, truncated, another Python) is ignored and
rewritten; one that cannot be written (a read-only home) is skipped: partex then builds
everything as if there were none. Files are written readable by their owner only.

Where: `$PARTEX_CACHE_DIR`, else `$XDG_CACHE_HOME/partex`, else `~/.cache/partex`. Disable it
with `PARTEX_CACHE=0`; clear it by deleting the folder, or with `partex cache --clear`.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from re import _compiler, _parser  # type: ignore[attr-defined]

try:
    import _sre
except ImportError:  # pragma: no cover - another Python than CPython
    _sre = None  # type: ignore[assignment]

from . import __version__

CACHE_ENV = "PARTEX_CACHE"          # "0", "off", "no", "false": no cache at all
CACHE_DIR_ENV = "PARTEX_CACHE_DIR"  # where the cache lives (default: XDG cache home)
# A pattern is kept when compiling it took at least this long: the big ones cost seconds, the
# hundreds of small ones cost less to compile than to read back.
_SLOW_S = 0.002
_REGEX_FILE = "regex.pickle"
_KEEP_KEYS = 4  # newest key folders kept (several patterns folders or versions side by side)
_FORMAT = 2


def enabled() -> bool:
    """Whether the cache is used: not when PARTEX_CACHE says no, nor on another Python than CPython."""
    value = os.environ.get(CACHE_ENV, "1").strip().lower()
    return value not in ("0", "off", "no", "false") and _sre is not None


def cache_root() -> Path:
    """The cache's folder: PARTEX_CACHE_DIR, else $XDG_CACHE_HOME/partex, else ~/.cache/partex."""
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "partex"


def cache_key(patterns_sha: str) -> str:
    """The key of everything built from a patterns folder with these versions of the tools and
    this code of partex (a pipeline kept from other code would not be the one it builds)."""
    import spacy

    parts = [f"format={_FORMAT}", f"python={sys.version}", f"sre={getattr(_sre, 'MAGIC', '')}",
             f"spacy={spacy.__version__}", f"partex={__version__}", f"code={_code_sha256()}",
             f"patterns={patterns_sha}"]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:24]


@functools.cache
def _code_sha256() -> str:
    """SHA-256 over partex's own Python files (a few milliseconds)."""
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def clear() -> Path:
    """Delete the cache folder; return where it was."""
    root = cache_root()
    shutil.rmtree(root, ignore_errors=True)
    return root


class RegexCache:
    """Compiled patterns of one key, read from disk, and the slow ones compiled since."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._entries: dict[tuple, tuple] = self._read() if folder else {}
        self._new = 0
        self.hits = 0

    def _read(self) -> dict[tuple, tuple]:
        assert self.folder is not None
        try:
            with open(self.folder / _REGEX_FILE, "rb") as handle:
                entries = pickle.load(handle)
            return entries if isinstance(entries, dict) else {}
        except Exception:  # noqa: BLE001 - missing, truncated or foreign: start again
            return {}

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        """What `re._compiler.compile` does, from the cache when the pattern is there."""
        if not isinstance(pattern, (str, bytes)):
            return _ORIGINAL_COMPILE(pattern, flags)
        key = (type(pattern).__name__, pattern, flags)
        found = self._entries.get(key) or self._same_pattern(key)
        if found is not None:
            try:
                compiled = _sre.compile(pattern, *found)
                self.hits += 1
                return compiled
            except Exception:  # noqa: BLE001 - a damaged entry: compile it again
                self._entries.pop(key, None)
        started = time.perf_counter()
        # re._compiler.compile, step by step, to keep its output (CPython 3.11-3.13)
        tree = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(tree, flags)]  # opcodes are int subclasses
        groupindex = tree.state.groupdict
        indexgroup = [None] * tree.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        args = (flags | tree.state.flags, code, tree.state.groups - 1, groupindex,
                tuple(indexgroup))
        compiled = _sre.compile(pattern, *args)
        if time.perf_counter() - started >= _SLOW_S:
            self._entries[key] = args
            self._new += 1
        return compiled

    def _same_pattern(self, key: tuple) -> tuple | None:
        """The entry of the same pattern compiled with other flags that include these: a pattern
        pickled with its pipeline comes back with the flags it ended with (re.UNICODE, its inline
        `(?i)`), which compile to the same code as the flags it was built with."""
        kind, pattern, flags = key
        # a snapshot: another thread (a Dask worker's) may add an entry while this one looks
        for (other_kind, other, built_with), args in list(self._entries.items()):
            same = other is pattern or (other_kind == kind and other == pattern)
            # the flags compiled with then lie between those it was built with and those it
            # ended with: it ends with the same ones, and compiles to the same code
            if same and built_with & ~flags == 0 and flags & ~args[0] == 0:
                return args
        return None

    def save(self) -> None:
        """Write the entries when some are new; silently skipped where the disk refuses."""
        if not self._new or self.folder is None:
            return
        if _write(self.folder / _REGEX_FILE, dict(self._entries)):
            self._new = 0


def _write(path: Path, value: Any) -> bool:
    """Pickle `value` to `path`, written beside and renamed so that a reader never sees half a
    file (readable by this user only); False where the disk refuses."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception:  # noqa: BLE001 - a full disk, an object that will not pickle: no cache
        return False
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    _prune(path.parent.parent, keep=path.parent.name)
    return True


def _pipeline_file(patterns_sha: str, lang: str, patterns_dir: Path | str | None) -> Path:
    """Where a pipeline is kept: by key, language and the patterns folder it reads (its
    components read that folder again, so two folders with the same content are two pipelines;
    the default folder too: two checkouts of the same code must not share a pipeline that reads
    the other's folder)."""
    from .languages import DEFAULT_PATTERNS_DIR

    folder = Path(patterns_dir or DEFAULT_PATTERNS_DIR).resolve()
    where = hashlib.sha256(str(folder).encode()).hexdigest()[:12]
    return cache_root() / cache_key(patterns_sha) / f"pipeline-{lang}-{where}.pickle"


def load_pipeline(patterns_sha: str, lang: str, patterns_dir: Path | str | None = None) -> Any | None:
    """The pipeline of `lang` saved by `save_pipeline` under this key, or None (no cache, no
    file, or one that cannot be read)."""
    if not enabled():
        return None
    try:
        with open(_pipeline_file(patterns_sha, lang, patterns_dir), "rb") as handle:
            return pickle.load(handle)
    except Exception:  # noqa: BLE001 - missing, truncated, or from other code: build it again
        return None


def save_pipeline(patterns_sha: str, lang: str, nlp: Any, patterns_dir: Path | str | None = None) -> None:
    """Keep a pipeline built without a trained model (rules and gazetteers only) for the next
    run: loading it costs a fraction of building its phrase matchers and word-list finders.
    Pipelines with a model are not kept: spaCy loads those from their package."""
    if enabled():
        _write(_pipeline_file(patterns_sha, lang, patterns_dir), nlp)


_ORIGINAL_COMPILE = _compiler.compile


def _prune(root: Path, keep: str) -> None:
    """Delete the oldest key folders beyond the newest _KEEP_KEYS (the current one always stays)."""
    with contextlib.suppress(OSError):
        folders = sorted((p for p in root.iterdir() if p.is_dir() and p.name != keep),
                         key=lambda p: p.stat().st_mtime, reverse=True)
        for old in folders[_KEEP_KEYS - 1:]:
            shutil.rmtree(old, ignore_errors=True)


_OPEN: dict[str, RegexCache] = {}


@contextlib.contextmanager
def regex_cache(patterns_sha: str) -> Iterator[RegexCache | None]:
    """Within the block, every `re.compile` of this thread's imports and builds goes through the
    cache of `patterns_sha`'s key; the slow patterns compiled meanwhile are saved at the end.

    Yields None (and changes nothing) when the cache is disabled.
    """
    if not enabled() or _compiler.compile is not _ORIGINAL_COMPILE:
        yield None  # disabled, or already inside a cached block
        return
    key = cache_key(patterns_sha)
    cache = _OPEN.get(key) or _OPEN.setdefault(key, RegexCache(cache_root() / key))
    _compiler.compile = cache.compile
    try:
        yield cache
    finally:
        _compiler.compile = _ORIGINAL_COMPILE
        cache.save()
