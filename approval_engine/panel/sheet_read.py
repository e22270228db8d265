"""Reading an edited review sheet back (:func:`read_sheet`, ``.xlsx`` or ``.csv``).

Every row is validated and the sheet is refused with one line naming the file
and the row: an unknown or repeated requirement id, a verdict that is not one
of the accepted spellings (:func:`parse_verdict`), a reviewer verdict that
differs from the engine's with an empty justification, rows deleted.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from pathlib import Path

from approval_engine.catalogue import Catalogue, load_catalogue
from approval_engine.judge.verdicts import Verdict
from approval_engine.panel.sheets import (
    ACCEPTED,
    COLUMNS,
    ENGINE_RATER,
    MAX_CELL,
    REQUIRED_COLUMNS,
    SHEET_LABELS,
    SHEET_SUFFIXES,
    ReviewSheet,
    SheetError,
    SheetProblems,
    SheetRow,
    has_text,
)

MAX_SHEET_BYTES = 20 * 1024 * 1024
MAX_XLSX_UNCOMPRESSED = 100 * 1024 * 1024
MAX_XLSX_MEMBERS = 1000

#: what a reviewer may type for a verdict (after :func:`parse_verdict` folds case,
#: spaces, ``-`` and ``_``): each verdict's label, its sheet label, and ``na``
_SPELLINGS = {
    **{v.label: v for v in Verdict},
    **{label: v for v, label in SHEET_LABELS.items()},
    "na": Verdict.not_applicable,
}


def parse_verdict(text: object) -> Verdict | None:
    """A verdict as a reviewer may spell it: ``met``, ``partially met`` /
    ``partially_met``, ``not met`` / ``not_met``, ``n/a`` / ``not applicable``
    (any case, extra spaces, ``-`` or ``_`` between words). None if it is none of them."""
    if text is None:
        return None
    key = re.sub(r"[\s_-]+", " ", str(text)).strip().lower()
    return _SPELLINGS.get(key)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _norm_id(text: str) -> str:
    """A requirement id as a spreadsheet may have turned it: ``6`` (from ``6.0``) -> ``6.0``."""
    t = text.strip()
    if re.fullmatch(r"\d+", t):
        return t + ".0"
    return t


def _norm_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


_ABOUT_KEYS = {
    "application": "application",
    "sourcefile": "source",
    "source": "source",
    "sha256": "sha256",
    "provider": "provider",
    "reviewer": "reviewer",
    "engineversion": "engine_version",
    "ruleset": "ruleset",
    "prepared": "prepared",
    "requirements": "requirements",
    "mode": "mode",
    "role": "role",
}


def _preflight_xlsx(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            data_head = fh.read(8)
    except OSError as exc:
        raise SheetError(f"cannot read the sheet: {exc.strerror}", path=str(path)) from None
    if data_head.startswith(b"\xd0\xcf\x11\xe0"):
        raise SheetError("an encrypted (password-protected) or legacy .xls workbook: save it as an "
                         "unprotected .xlsx and try again", path=str(path))
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError):
        raise SheetError("not a readable .xlsx workbook (the file is damaged or not a workbook)", path=str(path)) from None
    if len(infos) > MAX_XLSX_MEMBERS or sum(i.file_size for i in infos) > MAX_XLSX_UNCOMPRESSED:
        raise SheetError("refused: the workbook would inflate far beyond any review sheet (a zip bomb?)", path=str(path))


def _xlsx_rows(path: Path) -> tuple[list[tuple[int, list[str]]], list[tuple[int, list[object]]]]:
    """(About rows, Review rows), each as (spreadsheet row number, cells)."""
    from openpyxl import load_workbook

    _preflight_xlsx(path)
    try:
        wb = load_workbook(str(path), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise SheetError(f"not a readable .xlsx workbook ({type(exc).__name__})", path=str(path)) from None
    try:
        names = wb.sheetnames
        review = wb["Review"] if "Review" in names else wb[names[0]]
        rows = [(i, list(r)) for i, r in enumerate(review.iter_rows(values_only=True), start=1)]
        about = []
        if "About" in names:
            about = [(i, [_cell_text(c) for c in r]) for i, r in enumerate(wb["About"].iter_rows(values_only=True), start=1)]
    finally:
        wb.close()
    return about, rows


def _csv_rows(path: Path) -> list[tuple[int, list[object]]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SheetError(f"cannot read the sheet: {exc.strerror}", path=str(path)) from None
    if len(raw) > MAX_SHEET_BYTES:
        raise SheetError("the sheet is too large to be a review sheet", path=str(path))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # Excel's "CSV (Comma delimited)" on Windows
    best: list[list[str]] = []
    for delim in (",", ";", "\t"):
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
        if any(r and _norm_key(r[0]) == "id" and len(r) >= len(REQUIRED_COLUMNS) for r in rows):
            best = rows
            break
    return [(i, list(r)) for i, r in enumerate(best, start=1)]


def read_sheet(path: Path, *, catalogue: Catalogue | None = None) -> ReviewSheet:
    """Read and validate an edited review sheet (``.xlsx`` or ``.csv``).

    Raises :class:`SheetError` (one line naming the file and, for a bad row,
    the row) when the sheet cannot be used.
    """
    path = Path(path)
    cat = catalogue or load_catalogue()
    suffix = path.suffix.lower()
    if suffix not in SHEET_SUFFIXES:
        raise SheetError(f"not a review sheet (expected {' or '.join(SHEET_SUFFIXES)})", path=str(path))
    if not path.is_file():
        raise SheetError("no such sheet", path=str(path))
    if path.stat().st_size > MAX_SHEET_BYTES:
        raise SheetError("the sheet is too large to be a review sheet", path=str(path))
    if suffix == ".xlsx":
        about_rows, rows = _xlsx_rows(path)
    else:
        about_rows, rows = [], _csv_rows(path)

    hdr_at = next((k for k, (_, cells) in enumerate(rows) if cells and _norm_key(_cell_text(cells[0])) == "id"), None)
    if hdr_at is None:
        raise SheetError("no header row starting with 'id': is this a review sheet?", path=str(path))
    if not about_rows:  # CSV, or a workbook without its About sheet: key/value rows above the header
        about_rows = [(n, [_cell_text(c) for c in cells]) for n, cells in rows[:hdr_at]]
    about: dict[str, str] = {}
    for _, cells in about_rows:
        if len(cells) >= 2 and _norm_key(cells[0]) in _ABOUT_KEYS:
            about.setdefault(_ABOUT_KEYS[_norm_key(cells[0])], cells[1].strip().lstrip("'") if cells[1] else "")
    reviewer = " ".join(about.get("reviewer", "").split())
    if not reviewer:
        raise SheetError("the sheet does not name its reviewer (the 'Reviewer' line of its About part is empty)",
                         path=str(path))
    if reviewer.lower() == ENGINE_RATER:
        raise SheetError(f"reviewer {reviewer!r} is reserved for the engine", path=str(path))
    if not (about.get("application") or about.get("source")):
        raise SheetError("the sheet does not name its application (no 'Application' or 'Source file' line)",
                         path=str(path))

    header = [_norm_key(_cell_text(c)) for c in rows[hdr_at][1]]
    keys = {_norm_key(c): c for c in COLUMNS}
    index: dict[str, int] = {}
    for i, h in enumerate(header):
        if h in keys and keys[h] not in index:
            index[keys[h]] = i
    missing_cols = [c for c in REQUIRED_COLUMNS if c not in index]
    if missing_cols:
        raise SheetError(f"row {rows[hdr_at][0]}: the header has no column {', '.join(missing_cols)}", path=str(path))

    def get(cells: list[object], name: str) -> object:
        i = index.get(name)
        return cells[i] if i is not None and i < len(cells) else None

    known = set(cat.ids())
    out: list[SheetRow] = []
    problems: list[SheetError] = []  # every bad row, not only the first
    seen: dict[str, int] = {}
    blank = about.get("mode", "").lower().startswith("blank")
    for n, cells in rows[hdr_at + 1:]:
        try:
            row = _row(n, cells, get, known, seen, cat, path, blank)
        except _Blank:
            continue
        except SheetError as exc:
            problems.append(exc)
            continue
        out.append(row)
    if problems:
        raise SheetProblems(problems)

    if not out:
        raise SheetError("the sheet has no requirement rows", path=str(path))
    issued = about.get("requirements", "")
    if issued.isdigit() and int(issued) != len(out):
        raise SheetError(
            f"the sheet has {len(out)} requirement rows but was issued with {issued}: rows were deleted or added",
            path=str(path),
        )
    return ReviewSheet(
        application=about.get("application") or about.get("source", ""),
        source=about.get("source", ""),
        sha256=about.get("sha256", "").lower(),
        provider=about.get("provider", ""),
        reviewer=reviewer,
        engine_version=about.get("engine_version", ""),
        ruleset=about.get("ruleset", ""),
        prepared=about.get("prepared", ""),
        rows=out,
        file=str(path),
        file_sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        blank=blank,
        chair=about.get("role", "").lower().startswith("chair"),
    )


class _Blank(SheetError):
    """An empty row: skipped, not a problem."""

    def __init__(self):
        super().__init__("blank row")


def _row(n: int, cells: list[object], get, known: set[str], seen: dict[str, int], cat: Catalogue,
         path: Path, blank: bool = False) -> SheetRow:
    """One requirement row, validated (:class:`SheetError` naming the row when it cannot be used)."""
    texts = [_cell_text(c) for c in cells]
    if not any(texts):
        raise _Blank
    rid = _norm_id(_cell_text(get(cells, "id")).lstrip("'"))
    where = f"row {n}" + (f" ({rid})" if rid else "")

    def fail(problem: str) -> SheetError:
        return SheetError(f"{where}: {problem}", path=str(path))

    if not rid:
        raise fail("no requirement id in column 'id'")
    if rid not in known and not rid.startswith("X."):
        raise fail(f"unknown requirement id {rid!r}")
    if rid in seen:
        raise fail(f"requirement {rid} appears twice (first at row {seen[rid]})")
    seen[rid] = n
    ev_raw = _cell_text(get(cells, "engine_verdict"))
    engine_v = parse_verdict(ev_raw)
    if blank and ev_raw:
        raise fail("a blank sheet's engine columns must stay empty (the engine's verdicts are withheld)")
    if engine_v is None and not blank:
        raise fail(f"engine_verdict {ev_raw!r} is not a verdict (the engine's columns must not be edited)")
    rv_raw = _cell_text(get(cells, "reviewer_verdict"))
    if not rv_raw:
        raise fail(f"reviewer_verdict is empty (choose {ACCEPTED})")
    reviewer_v = parse_verdict(rv_raw)
    if reviewer_v is None:
        raise fail(f"reviewer_verdict {rv_raw!r} is not a verdict (use {ACCEPTED})")
    justification = _cell_text(get(cells, "justification"))
    if engine_v is not None and reviewer_v != engine_v and not has_text(justification):
        raise fail(
            f"reviewer verdict changed from {SHEET_LABELS[engine_v]} to {SHEET_LABELS[reviewer_v]} "
            "without a justification"
        )
    conf = get(cells, "engine_confidence")
    try:
        confidence = None if conf in (None, "") else max(0.0, min(1.0, float(str(conf).strip().rstrip("%"))))
    except ValueError:
        confidence = None
    criterion = _cell_text(get(cells, "criterion"))
    try:
        criterion = cat.get(rid).criterion
    except KeyError:
        criterion = criterion or "X"
    return SheetRow(
        id=rid,
        criterion=criterion,
        requirement=_cell_text(get(cells, "requirement")),
        engine_verdict=engine_v,
        engine_confidence=confidence,
        engine_reason=_cell_text(get(cells, "engine_reason")),
        engine_evidence=_cell_text(get(cells, "engine_evidence")),
        reviewer_verdict=reviewer_v,
        justification=justification[:MAX_CELL],
        row=n,
    )


def find_sheets(folder: Path) -> list[Path]:
    """The review sheets in a folder (not its subfolders), skipping Office lock files and hidden files."""
    return sorted(
        p for p in Path(folder).iterdir()
        if p.is_file() and p.suffix.lower() in SHEET_SUFFIXES and not p.name.startswith(("~$", ".", ".~lock"))
    )
