"""Review sheets: one per application and reviewer, prefilled with the
engine's pre-assessment, edited by a panel member, read back for the panel.

A sheet is an Excel workbook (``.xlsx``, written and read with openpyxl) or,
for anyone without a spreadsheet program, a CSV file (UTF-8 with a BOM) with
the same columns. ``docs/panel.md`` says why the workbook is the default.

Workbook layout:

* sheet **Review**: row 1 names the application and the reviewer, row 2 says
  how to review, row 3 is the header, then one row per requirement with the
  columns in :data:`COLUMNS`. The engine's columns are grey and locked (the
  sheet is protected without a password, so nothing is overwritten by
  accident); ``reviewer_verdict`` has a drop-down (met, partially met, not
  met, n/a) and starts as the engine's verdict; ``justification`` starts
  empty. A changed verdict without a justification turns red.
* sheet **About**: what the sheet is about, as ``key | value`` rows
  (application, source file, its SHA-256, provider, reviewer, engine and
  ruleset versions, when it was prepared, how many requirement rows it was
  issued with).

The CSV form puts the ``About`` rows first, then a blank row, then the header
and the requirement rows.

Reading a sheet back (:func:`read_sheet`) validates every row and refuses
the sheet with one line naming the file and the row: an unknown or repeated
requirement id, a verdict that is not one of the accepted spellings, a
reviewer verdict that differs from the engine's with an empty
justification, rows deleted.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from approval_engine.catalogue import Catalogue, load_catalogue
from approval_engine.errors import EngineError
from approval_engine.judge.verdicts import Report, RequirementResult, Verdict

COLUMNS = (
    "id",
    "criterion",
    "requirement",
    "engine_verdict",
    "engine_confidence",
    "engine_reason",
    "engine_evidence",
    "reviewer_verdict",
    "justification",
)
#: the columns a reviewer edits; every other column is the engine's
REVIEWER_COLUMNS = ("reviewer_verdict", "justification")
#: the columns a sheet must have to be read back
REQUIRED_COLUMNS = ("id", "engine_verdict", "reviewer_verdict", "justification")
SHEET_SUFFIXES = (".xlsx", ".csv")
ENGINE_RATER = "engine"

MAX_SHEET_BYTES = 20 * 1024 * 1024
MAX_XLSX_UNCOMPRESSED = 100 * 1024 * 1024
MAX_XLSX_MEMBERS = 1000
MAX_CELL = 32_000  # Excel's limit is 32,767 characters
MAX_EVIDENCE_QUOTES = 3
MAX_QUOTE = 160

#: how a verdict is written in a sheet (and offered in the drop-down)
SHEET_LABELS = {
    Verdict.met: "met",
    Verdict.partially_met: "partially met",
    Verdict.not_met: "not met",
    Verdict.not_applicable: "n/a",
}
_SPELLINGS = {
    "met": Verdict.met,
    "partially met": Verdict.partially_met,
    "not met": Verdict.not_met,
    "n/a": Verdict.not_applicable,
    "na": Verdict.not_applicable,
    "not applicable": Verdict.not_applicable,
}
ACCEPTED = "met, partially met, not met or n/a"


class SheetError(EngineError):
    """A review sheet that cannot be used; the message names the file (and the row)."""


def parse_verdict(text: object) -> Verdict | None:
    """A verdict as a reviewer may spell it: ``met``, ``partially met`` /
    ``partially_met``, ``not met`` / ``not_met``, ``n/a`` / ``not applicable``
    (any case, extra spaces, ``-`` or ``_`` between words). None if it is none of them."""
    if text is None:
        return None
    key = re.sub(r"[\s_-]+", " ", str(text)).strip().lower()
    return _SPELLINGS.get(key)


def verdict_label(v: Verdict) -> str:
    return SHEET_LABELS[v]


def has_text(s: str) -> bool:
    """A justification counts when it has at least one letter or digit."""
    return any(ch.isalnum() for ch in s or "")


def slug(text: str, fallback: str = "x") -> str:
    s = re.sub(r"[^A-Za-z0-9._-]+", "-", text.strip()).strip("-.")
    return s[:60] or fallback


# --------------------------------------------------------------------------
# The sheet as data


class SheetRow(BaseModel):
    """One requirement on a review sheet."""

    model_config = ConfigDict(extra="forbid")

    id: str
    criterion: str
    requirement: str = ""
    engine_verdict: Verdict
    engine_confidence: float | None = None
    low_confidence: bool = False
    engine_reason: str = ""
    engine_evidence: str = ""
    reviewer_verdict: Verdict
    justification: str = ""
    row: int = Field(default=0, description="the spreadsheet row it was read from (0: not read from a file)")

    @property
    def changed(self) -> bool:
        """The reviewer's verdict differs from the engine's (an override)."""
        return self.reviewer_verdict != self.engine_verdict


class ReviewSheet(BaseModel):
    """A reviewer's sheet for one application."""

    model_config = ConfigDict(extra="forbid")

    application: str
    source: str
    sha256: str = ""
    provider: str = ""
    reviewer: str
    engine_version: str = ""
    ruleset: str = ""
    prepared: str = ""
    rows: list[SheetRow]
    file: str = Field(default="", description="the file it was read from")
    file_sha256: str = ""

    @property
    def key(self) -> str:
        """What identifies the application across sheets: its SHA-256, else its source."""
        return self.sha256 or f"source:{self.source}"

    @property
    def stem(self) -> str:
        name = Path(self.source.replace("\\", "/")).stem if self.source else ""
        return slug(name or self.application, "application")


def short_where(loc) -> str:
    """Where a quote stands, short enough for a sheet cell: the nearest heading
    and the paragraph (or table cell, or note)."""
    bits = []
    if loc.heading_path:
        h = loc.heading_path[-1]
        bits.append(h if len(h) <= 50 else h[:49].rstrip() + "…")
    if loc.part != "body":
        bits.append(f"{loc.part} {loc.note}" if loc.note is not None else loc.part)
    if loc.table is not None:
        bits.append(f"table {loc.table}" + (f", row {loc.row}" if loc.row is not None else ""))
    if loc.paragraph is not None:
        bits.append(f"¶{loc.paragraph}")
    return ", ".join(bits) or "document"


def _short_evidence(r: RequirementResult) -> str:
    def one(e, prefix: str = "") -> str:
        q = " ".join(e.quote.split())
        if len(q) > MAX_QUOTE:
            q = q[: MAX_QUOTE - 1].rstrip() + "…"
        return f"{prefix}“{q}” ({short_where(e.location)})"

    lines = [one(e) for e in r.evidence[:MAX_EVIDENCE_QUOTES]]
    if not lines:
        lines = [one(e, "against: ") for e in r.concerns[:MAX_EVIDENCE_QUOTES]]
    return "\n".join(lines)


def sheet_from_report(report: Report, reviewer: str, *, catalogue: Catalogue | None = None,
                      file_sha256: str = "", prepared: str | None = None) -> ReviewSheet:
    """A review sheet prefilled with the engine's verdicts: the reviewer's verdict
    starts as the engine's and the justification starts empty."""
    reviewer = check_reviewer(reviewer)
    cat = catalogue or load_catalogue()
    rows = []
    for r in report.requirements:
        rows.append(SheetRow(
            id=r.id,
            criterion=r.criterion,
            requirement=cat.short_for(r.id, r.title),
            engine_verdict=r.verdict,
            engine_confidence=r.confidence,
            low_confidence=r.low_confidence,
            engine_reason=r.rationale,
            engine_evidence=_short_evidence(r),
            reviewer_verdict=r.verdict,
            justification="",
        ))
    return ReviewSheet(
        application=report.application,
        source=report.source,
        sha256=report.sha256 or file_sha256,
        provider=report.provider,
        reviewer=reviewer,
        engine_version=report.engine_version,
        ruleset=f"{report.ruleset} {report.ruleset_version}",
        prepared=prepared or datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        rows=rows,
    )


def check_reviewer(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise EngineError("--reviewer: give the reviewer's name")
    if name.lower() == ENGINE_RATER:
        raise EngineError(f"--reviewer: {name!r} is reserved for the engine's own verdicts; use the reviewer's name")
    if len(name) > 100:
        raise EngineError("--reviewer: the name is longer than 100 characters")
    return name


def sheet_filename(sheet: ReviewSheet, fmt: str = "xlsx") -> str:
    return f"{sheet.stem}.review.{slug(sheet.reviewer, 'reviewer')}.{fmt}"


def _about(sheet: ReviewSheet) -> list[tuple[str, str]]:
    return [
        ("Application", sheet.application),
        ("Source file", sheet.source),
        ("SHA-256", sheet.sha256),
        ("Provider", sheet.provider),
        ("Reviewer", sheet.reviewer),
        ("Engine version", sheet.engine_version),
        ("Ruleset", sheet.ruleset),
        ("Prepared", sheet.prepared),
        ("Requirements", str(len(sheet.rows))),
    ]


def _cells(row: SheetRow) -> list[object]:
    return [
        row.id,
        row.criterion,
        row.requirement,
        SHEET_LABELS[row.engine_verdict],
        row.engine_confidence,
        row.engine_reason,
        row.engine_evidence,
        SHEET_LABELS[row.reviewer_verdict],
        row.justification,
    ]


INSTRUCTIONS = (
    "Your verdict goes in reviewer_verdict (met, partially met, not met or n/a); it starts as the engine's. "
    "If you change it, say why in justification: a changed verdict without a justification is refused "
    "(the cell turns red). Grey columns are the engine's pre-assessment and are locked. "
    "Low-confidence engine verdicts have an amber confidence."
)


# --------------------------------------------------------------------------
# Writing

_WIDTHS = {"id": 7, "criterion": 9, "requirement": 40, "engine_verdict": 14, "engine_confidence": 11,
           "engine_reason": 45, "engine_evidence": 60, "reviewer_verdict": 16, "justification": 55}
_LINE_POINTS = 15


def _row_height(row: SheetRow) -> float:
    """Points for a row whose longest wrapped cell shows in full (an estimate on
    the safe side: about one character per unit of column width)."""
    lines = 1
    for name, value in zip(COLUMNS, _cells(row)):
        if not isinstance(value, str) or not value:
            continue
        per_line = max(1, int(_WIDTHS[name] * 1.15))
        n = sum(max(1, -(-len(part) // per_line)) for part in value.split("\n"))
        lines = max(lines, n)
    return min(409.0, lines * _LINE_POINTS + 3)


def write_sheet(sheet: ReviewSheet, path: Path) -> Path:
    """Write ``sheet`` as ``.xlsx`` or ``.csv`` (by the path's suffix)."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix.lower() == ".csv":
            _write_csv(sheet, path)
        else:
            _write_xlsx(sheet, path)
    except OSError as exc:
        raise SheetError(f"cannot write the review sheet: {exc.strerror}", path=str(path)) from None
    return path


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_safe(value: object) -> str:
    """Text that a spreadsheet will not run as a formula when it opens the CSV."""
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _write_csv(sheet: ReviewSheet, path: Path) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for key, value in _about(sheet):
        w.writerow([key, _csv_safe(value)])
    w.writerow([])
    w.writerow(COLUMNS)
    for row in sheet.rows:
        cells = _cells(row)
        conf = COLUMNS.index("engine_confidence")
        cells[conf] = "" if row.engine_confidence is None else f"{row.engine_confidence:.2f}"
        w.writerow([_csv_safe(c) for c in cells])
    path.write_text(buf.getvalue(), encoding="utf-8-sig", newline="")


def _write_xlsx(sheet: ReviewSheet, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    def put(ws, r: int, c: int, value: object):
        cell = ws.cell(row=r, column=c)
        if isinstance(value, str):
            cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL]
            cell.data_type = "s"  # always text, never a formula, whatever it starts with
        else:
            cell.value = value
        return cell

    grey = PatternFill("solid", fgColor="F2F2F2")
    amber = PatternFill("solid", fgColor="FFE699")
    head_fill = PatternFill("solid", fgColor="1F3864")
    thin = Side(style="thin", color="BFBFBF")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap_top = Alignment(wrap_text=True, vertical="top")

    wb = Workbook()
    ws = wb.active
    ws.title = "Review"
    last_col = get_column_letter(len(COLUMNS))
    put(ws, 1, 1, f"Review of: {sheet.application} — reviewer: {sheet.reviewer}").font = Font(bold=True, size=13)
    ws.merge_cells(f"A1:{last_col}1")
    put(ws, 2, 1, INSTRUCTIONS).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(f"A2:{last_col}2")
    ws.row_dimensions[2].height = 36
    header = 3
    for c, name in enumerate(COLUMNS, start=1):
        cell = put(ws, header, c, name)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = head_fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        cell.border = border
    ws.row_dimensions[header].height = 30
    first = header + 1
    for i, row in enumerate(sheet.rows):
        r = first + i
        for c, value in enumerate(_cells(row), start=1):
            cell = put(ws, r, c, value)
            cell.alignment = wrap_top
            cell.border = border
            if COLUMNS[c - 1] in REVIEWER_COLUMNS:
                cell.protection = Protection(locked=False)
            else:
                cell.fill = grey
        conf = ws.cell(row=r, column=COLUMNS.index("engine_confidence") + 1)
        conf.number_format = "0.00"
        if row.low_confidence:
            conf.fill = amber
            conf.font = Font(bold=True)
    last = first + max(len(sheet.rows), 1) - 1
    for c, name in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(c)].width = _WIDTHS[name]
    for i, row in enumerate(sheet.rows):
        # spreadsheet programs do not grow a row to fit wrapped text written by a
        # library: give each row the height its longest cell needs
        ws.row_dimensions[first + i].height = _row_height(row)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header}:{header}"
    ws.freeze_panes = f"B{first}"
    ws.auto_filter.ref = f"A{header}:{last_col}{last}"

    col = {name: get_column_letter(i) for i, name in enumerate(COLUMNS, start=1)}
    rv, ev, js = col["reviewer_verdict"], col["engine_verdict"], col["justification"]
    dv = DataValidation(
        type="list", formula1='"' + ",".join(SHEET_LABELS.values()) + '"', allow_blank=False,
        showErrorMessage=True, errorTitle="Verdict", error=f"Choose {ACCEPTED}.",
        showInputMessage=True, promptTitle="Your verdict", prompt="If you change it, give a justification.",
    )
    ws.add_data_validation(dv)
    dv.add(f"{rv}{first}:{rv}{last}")
    # a changed verdict stands out; a changed verdict without a justification is red
    ws.conditional_formatting.add(
        f"{js}{first}:{js}{last}",
        FormulaRule(formula=[f'AND(${rv}{first}<>${ev}{first},LEN(TRIM(${js}{first}))=0)'],
                    fill=PatternFill("solid", fgColor="FFC7CE"), stopIfTrue=True),
    )
    ws.conditional_formatting.add(
        f"{rv}{first}:{rv}{last}",
        FormulaRule(formula=[f"${rv}{first}<>${ev}{first}"], fill=PatternFill("solid", fgColor="DDEBF7"),
                    font=Font(bold=True)),
    )
    # protected without a password: the engine's columns cannot be overwritten by
    # accident; columns and rows can still be resized, and the table filtered
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.formatCells = False
    ws.protection.autoFilter = False

    about = wb.create_sheet("About")
    for r, (key, value) in enumerate(_about(sheet), start=1):
        put(about, r, 1, key).font = Font(bold=True)
        put(about, r, 2, value)
    put(about, len(_about(sheet)) + 2, 1, "How to review").font = Font(bold=True)
    put(about, len(_about(sheet)) + 2, 2, INSTRUCTIONS).alignment = Alignment(wrap_text=True, vertical="top")
    about.column_dimensions["A"].width = 16
    about.column_dimensions["B"].width = 90
    about.protection.sheet = True
    wb.active = 0
    wb.save(str(path))


# --------------------------------------------------------------------------
# Reading


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
    seen: dict[str, int] = {}
    for n, cells in rows[hdr_at + 1:]:
        texts = [_cell_text(c) for c in cells]
        if not any(texts):
            continue
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
        if engine_v is None:
            raise fail(f"engine_verdict {ev_raw!r} is not a verdict (the engine's columns must not be edited)")
        rv_raw = _cell_text(get(cells, "reviewer_verdict"))
        if not rv_raw:
            raise fail(f"reviewer_verdict is empty (choose {ACCEPTED})")
        reviewer_v = parse_verdict(rv_raw)
        if reviewer_v is None:
            raise fail(f"reviewer_verdict {rv_raw!r} is not a verdict (use {ACCEPTED})")
        justification = _cell_text(get(cells, "justification"))
        if reviewer_v != engine_v and not has_text(justification):
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
        out.append(SheetRow(
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
        ))
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
    )


def find_sheets(folder: Path) -> list[Path]:
    """The review sheets in a folder (not its subfolders), skipping Office lock files and hidden files."""
    return sorted(
        p for p in Path(folder).iterdir()
        if p.is_file() and p.suffix.lower() in SHEET_SUFFIXES and not p.name.startswith(("~$", ".", ".~lock"))
    )


# --------------------------------------------------------------------------
# From an application or an engine report to a report


def load_report_or_evaluate(path: Path, engine_factory) -> tuple[Report, str]:
    """An engine report for ``path``: read it when ``path`` is an engine JSON
    report, else evaluate the application with ``engine_factory()``.
    Returns the report and, for an evaluated application, the SHA-256 of
    the file itself (a report carries its application's own)."""
    path = Path(path)
    if not path.exists():
        raise EngineError("no such file", path=str(path))
    if path.is_dir():
        raise EngineError("is a folder, not an application or a report", path=str(path))
    try:
        file_sha = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise EngineError(f"cannot read the file: {exc.strerror}", path=str(path)) from None
    if path.suffix.lower() == ".json":
        from approval_engine.ingest.model import load_structured

        data = load_structured(path)
        if isinstance(data, dict) and "engine_version" in data and "requirements" in data:
            from pydantic import ValidationError

            from approval_engine.ingest.model import validation_message

            data = {k: v for k, v in data.items() if k != "summary"}
            try:
                return Report.model_validate(data), ""
            except ValidationError as exc:
                raise EngineError(f"not a valid engine report: {validation_message(exc)}", path=str(path)) from None
        if not isinstance(data, dict):
            raise EngineError("expected an engine report or an application object", path=str(path))
        # otherwise an application in the application model: evaluated below
    report = engine_factory().evaluate_file(path)
    return report, file_sha
