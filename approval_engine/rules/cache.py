"""The compiled ruleset kept on disk between runs, so that a command starts in
a fraction of the time loading, validating and compiling a ruleset takes.

An entry is found by a key made of everything the compiled ruleset depends
on: the ruleset file's path and bytes, the catalogue's requirement
identifiers, the Python version and the source of the modules that compile
and define it. It lists every file the ruleset was read from (a ruleset
``extends`` another) with a hash of its bytes, checked on every load: an
entry whose files have changed since is never used. A cache that cannot be
read or written is passed over in silence: the ruleset is then compiled as if
there were none.

Where: ``$APPROVAL_ENGINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/approval-engine``,
else ``~/.cache/approval-engine``. ``APPROVAL_ENGINE_CACHE_DIR=off`` (or
``none``, ``0``) turns it off.

The entries are pickles written by this program into the user's own cache
directory, under a name that is a hash of their inputs; they are read from
nowhere else. A regular expression is kept as its source and flags and read
back as a :class:`LazyPattern`, compiled the first time it is used: most of
a ruleset's expressions are never run on a given application, because the
prefilter rules them out, and compiling them all is most of what loading an
entry would otherwise cost.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CachedRuleset", "LazyPattern", "cache_dir", "file_hash", "load", "store"]

FORMAT = 2
OFF = {"off", "none", "0", ""}
_CODE = ("compile.py", "compile_judgement.py", "judgement.py", "language.py", "loader.py", "patterns.py",
         "prefilter.py", "literal_scan.py", "lowercase.py", "cache.py")
_code_hash: str | None = None


_COMPILED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "groups",
             "groupindex")


class LazyPattern:
    """A regular expression compiled at its first use. ``pattern`` and ``flags``
    are there from the start; the first other attribute asked for compiles it
    and puts the compiled pattern's methods on the instance, so that every later
    call goes straight to them."""

    def __init__(self, pattern: str, flags: int):
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str):
        if name.startswith("__") or name not in _COMPILED:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self.flags)
        for attr in _COMPILED:
            self.__dict__[attr] = getattr(compiled, attr)
        return self.__dict__[name]

    def __reduce__(self):
        return (LazyPattern, (self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags})"


class _Pickler(pickle.Pickler):
    """Writes each compiled expression as a :class:`LazyPattern`."""

    def reducer_override(self, obj):
        if isinstance(obj, re.Pattern):
            return (LazyPattern, (obj.pattern, obj.flags))
        return NotImplemented


@dataclass
class CachedRuleset:
    """What an entry holds: the validated ruleset, its compiled patterns and
    the files it was read from, each with the hash of its bytes."""

    ruleset: object
    compiled: object
    files: list[tuple[str, str]]


def cache_dir() -> Path | None:
    """The cache's folder, or None when it is turned off."""
    chosen = os.environ.get("APPROVAL_ENGINE_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in OFF else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "approval-engine"


def file_hash(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _code() -> str:
    """A hash of the source of the modules that define and build a compiled ruleset."""
    global _code_hash
    if _code_hash is None:
        here = Path(__file__).parent
        h = hashlib.sha256()
        for name in _CODE:
            h.update(name.encode())
            h.update((here / name).read_bytes())
        _code_hash = h.hexdigest()
    return _code_hash


def _entry(path: Path, known_ids: list[str] | None) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    h = hashlib.sha256()
    for part in (str(FORMAT), sys.version, _code(), str(path.resolve()), file_hash(path),
                 "\n".join(known_ids) if known_ids is not None else "\x00"):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return folder / f"ruleset-{h.hexdigest()[:32]}.pickle"


def load(path: Path, known_ids: list[str] | None) -> CachedRuleset | None:
    """The cached compiled ruleset for this file, or None (no entry, an entry
    that cannot be read, or one whose files have changed)."""
    try:
        entry = _entry(Path(path), known_ids)
        if entry is None or not entry.is_file():
            return None
        with entry.open("rb") as fh:
            cached = pickle.load(fh)  # noqa: S301 - our own entry, named by the hash of its inputs
        if not isinstance(cached, CachedRuleset):
            return None
        if any(file_hash(Path(name)) != digest for name, digest in cached.files):
            return None
        return cached
    except Exception:  # noqa: BLE001 - a cache that cannot be used is no cache
        return None


def store(path: Path, known_ids: list[str] | None, cached: CachedRuleset) -> None:
    """Write the entry atomically (another process reads either the old entry or the new)."""
    try:
        entry = _entry(Path(path), known_ids)
        if entry is None:
            return
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".ruleset-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                _Pickler(fh, protocol=pickle.HIGHEST_PROTOCOL).dump(cached)
            os.replace(tmp, entry)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except Exception:  # noqa: BLE001 - a read-only home still evaluates
        return
