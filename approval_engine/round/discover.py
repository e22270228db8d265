"""The files of a round: every file under the round's folder
(:func:`discover`), a safe name for each application's reports
(:func:`output_names`, :func:`safe_target`), and the file helpers both the
parent and the workers use (:func:`sha256_of`, :func:`write_atomic`).

Files with an application suffix are evaluated; every other file -- a legacy
``.doc``, a PDF, a Word lock file -- is listed with the reason it is not, so
the round records it as failed and nothing received is silently ignored.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from approval_engine.round.errors import RoundError

APPLICATION_SUFFIXES = (".docx", ".docm", ".json", ".yaml", ".yml")
#: The sub-folder of a round's output folder holding each application's reports.
REPORTS_SUBDIR = "applications"
#: The longest report file stem.
MAX_NAME = 80


@dataclass
class Item:
    """One file received for the round."""

    path: Path  # absolute
    rel: str  # relative to the round's folder, '/'-separated
    problem: str = ""  # set when the file is not evaluated at all (recorded as failed)
    size: int = 0
    sha256: str = ""
    output_name: str = ""

    @property
    def name(self) -> str:
        return self.rel


def _not_an_application(name: str, suffix: str) -> str:
    if name.startswith("~$"):
        return "a Word lock file (Word writes one while a document is open), not an application"
    if name.startswith("._"):
        return "a macOS metadata file (written when copying from a Mac), not an application"
    if suffix == ".doc":
        return "a legacy Word 97-2003 .doc file: save it as .docx and send it again"
    if suffix in (".pdf", ".rtf", ".odt", ".txt", ".pages"):
        return f"a {suffix} file, not an application: the round reads Word .docx/.docm (or .json/.yaml in the application model)"
    return "not an application file: the round reads .docx, .docm, .json, .yaml and .yml files"


def discover(folder: Path, exclude: list[Path] = ()) -> list[Item]:
    """Every file under ``folder`` (sorted by path), except under ``exclude``.
    Sub-folders are included; symlinked folders are listed, not followed.

    Raises :class:`RoundError` if the folder cannot be used at all.
    """
    folder = Path(folder)
    if not folder.exists():
        raise RoundError("no such folder", path=str(folder))
    if not folder.is_dir():
        raise RoundError("not a folder (give the folder holding the round's applications)", path=str(folder))
    try:
        os.listdir(folder)
    except OSError as exc:
        raise RoundError(f"cannot read the folder: {exc.strerror}", path=str(folder)) from None
    root = folder.resolve()
    excluded = {p.resolve() for p in exclude}
    items: list[Item] = []

    def rel(p: Path) -> str:
        return p.relative_to(root).as_posix()

    def onerror(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else root
        items.append(Item(path=where, rel=rel(where) + "/", problem=f"a folder that cannot be read ({exc.strerror})"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=False):
        here = Path(dirpath)
        keep = []
        for d in sorted(dirnames):
            p = here / d
            if p.resolve() in excluded:
                continue
            if p.is_symlink():
                items.append(Item(path=p, rel=rel(p) + "/", problem="a link to a folder, not followed: put the files in the round's folder"))
                continue
            keep.append(d)
        dirnames[:] = keep
        for name in sorted(filenames):
            p = here / name
            item = Item(path=p, rel=rel(p))
            suffix = p.suffix.lower()
            try:
                st = p.stat()
            except OSError as exc:
                item.problem = f"cannot be read ({exc.strerror or exc})"
                items.append(item)
                continue
            if not os.path.isfile(p):
                item.problem = "not a regular file"
            elif suffix not in APPLICATION_SUFFIXES or name.startswith(("~$", "._")):
                item.problem = _not_an_application(name, suffix)
            item.size = st.st_size
            items.append(item)
    items.sort(key=lambda i: i.rel)
    return items


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = _UNSAFE.sub("-", text)
    text = re.sub(r"-{2,}", "-", text).strip(".-_ ")
    text = text[:MAX_NAME].rstrip(".-_ ")
    if text.lower() in _RESERVED:
        text += "-file"
    return text


def output_names(rels: list[str]) -> dict[str, str]:
    """A file-name stem for each application's reports, derived from its path.

    Only ASCII letters, digits, ``.``, ``_`` and ``-`` are kept, never a path
    separator, never a leading dot, at most 80 characters, so a report name
    can never leave the reports folder whatever the file is called. Names
    that would collide (also ignoring case) get the file type and then a short
    hash of the path appended. Deterministic for a given set of paths.
    """
    base: dict[str, str] = {}
    for r in rels:
        p = Path(r)
        stem = p.as_posix()[: -len(p.suffix)] if p.suffix else p.as_posix()
        base[r] = _slug(stem.replace("/", "-")) or "application"

    def collisions(names: dict[str, str]) -> set[str]:
        seen: dict[str, int] = {}
        for n in names.values():
            seen[n.lower()] = seen.get(n.lower(), 0) + 1
        return {r for r, n in names.items() if seen[n.lower()] > 1}

    names = dict(base)
    for r in collisions(names):
        ext = _slug(Path(r).suffix.lstrip("."))
        names[r] = f"{base[r][: MAX_NAME - 6]}-{ext}" if ext else base[r]
    for r in collisions(names):
        digest = hashlib.sha1(r.encode("utf-8", "surrogateescape")).hexdigest()[:8]
        names[r] = f"{names[r][: MAX_NAME - 9]}-{digest}"
    return names


def safe_target(reports_dir: Path, name: str, suffix: str) -> Path:
    """``reports_dir/name+suffix``, refusing anything that would land elsewhere."""
    if not name or "/" in name or "\\" in name or name.startswith(".") or "\0" in name:
        raise ValueError(f"unsafe report name {name!r}")
    target = reports_dir / f"{name}{suffix}"
    if target.parent.resolve() != reports_dir.resolve():
        raise ValueError(f"report name {name!r} leaves the reports folder")
    return target


def write_atomic(target: Path, text: str) -> None:
    """Write a file so a reader sees the old content or the new, never half of it."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
