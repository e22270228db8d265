"""Writing a review sheet: an Excel workbook (``.xlsx``, with openpyxl) or,
for anyone without a spreadsheet program, a CSV file (UTF-8 with a BOM) with
the same columns. ``docs/panel.md`` says why the workbook is the default.

Workbook layout:

* sheet **Review**: row 1 names the application and the reviewer, row 2 says
  how to review, row 3 is the header, then one row per requirement with the
  columns in :data:`~approval_engine.panel.sheets.COLUMNS`. The engine's
  columns are grey and locked (the sheet is protected without a password, so
  nothing is overwritten by accident); ``reviewer_verdict`` has a drop-down
  (met, partially met, not met, n/a) and starts as the engine's verdict;
  ``justification`` starts empty. A changed verdict without a justification
  turns red.
* sheet **About**: what the sheet is about, as ``key | value`` rows
  (application, source file, its SHA-256, provider, reviewer, engine and
  ruleset versions, when it was prepared, how many requirement rows it was
  issued with).

The CSV form puts the ``About`` rows first, then a blank row, then the header
and the requirement rows.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from approval_engine.panel.sheets import (
    ACCEPTED,
    COLUMNS,
    MAX_CELL,
    REVIEWER_COLUMNS,
    SHEET_LABELS,
    ReviewSheet,
    SheetError,
    BLANK_MODE,
    CHAIR_ROLE,
    MODE_KEY,
    ROLE_KEY,
    SheetRow,
)


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
        *([(MODE_KEY, BLANK_MODE)] if sheet.blank else []),
        *([(ROLE_KEY, CHAIR_ROLE)] if sheet.chair else []),
    ]


def _cells(row: SheetRow) -> list[object]:
    return [
        row.id,
        row.criterion,
        row.requirement,
        SHEET_LABELS[row.engine_verdict] if row.engine_verdict is not None else "",
        row.engine_confidence,
        row.engine_reason,
        row.engine_evidence,
        SHEET_LABELS[row.reviewer_verdict] if row.reviewer_verdict is not None else "",
        row.justification,
    ]


CHAIR_INSTRUCTIONS = (
    f"The chair's sheet: reviewer_verdict holds each requirement's panel verdict from the reviewers' sheets "
    f"({ACCEPTED}); change it to what the panel agreed after discussion, and put this sheet in the folder of "
    "review sheets: its verdicts then decide. Justify every verdict that differs from the engine's."
)
BLANK_INSTRUCTIONS = (
    f"Your verdict goes in reviewer_verdict ({ACCEPTED}); every one is yours to give, from the application "
    "alone: this sheet withholds the engine's pre-assessment, so the engine's columns are empty. "
    "Justify any verdict you think the panel will discuss."
)
INSTRUCTIONS = (
    f"Your verdict goes in reviewer_verdict ({ACCEPTED}); it starts as the engine's. "
    "If you change it, say why in justification: a changed verdict without a justification is refused "
    "(the cell turns red). Grey columns are the engine's pre-assessment and are locked. "
    "Low-confidence engine verdicts have an amber confidence."
)


def _instructions(sheet: ReviewSheet) -> str:
    return CHAIR_INSTRUCTIONS if sheet.chair else BLANK_INSTRUCTIONS if sheet.blank else INSTRUCTIONS


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
    put(ws, 2, 1, _instructions(sheet)).alignment = Alignment(wrap_text=True, vertical="top")
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
    if not sheet.blank:  # on a blank sheet there is no engine verdict to change
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
    put(about, len(_about(sheet)) + 2, 2, _instructions(sheet)).alignment = Alignment(wrap_text=True, vertical="top")
    about.column_dimensions["A"].width = 16
    about.column_dimensions["B"].width = 90
    about.protection.sheet = True
    wb.active = 0
    wb.save(str(path))
