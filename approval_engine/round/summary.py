"""A round's summary, written from the store: ``summary.html`` (the matrix of
applications by requirement, totals per criterion, the failed files with
what to do about each) and ``summary.csv`` (the same matrix, safe to open in
a spreadsheet)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from approval_engine import __version__
from approval_engine.judge.verdicts import Verdict
from approval_engine.round.discover import REPORTS_SUBDIR, write_atomic
from approval_engine.round.identity import RulesetIdentity
from approval_engine.store.round import ErrorKind, ResultStatus, Row, Store, encodable, now

SUMMARY_HTML = "summary.html"
SUMMARY_CSV = "summary.csv"
VERDICTS = tuple(v.value for v in Verdict)
#: The CSV status of a file the round did not reach (not a stored status).
NOT_EVALUATED = "not_evaluated"


@dataclass
class CriterionColumns:
    id: str
    title: str
    requirements: list[str]


def criterion_columns(wanted: list[str], catalogue=None) -> list[CriterionColumns]:
    """The requirement ids in ``wanted`` grouped by the catalogue's criteria, in its
    order; ids the catalogue does not hold last, as additional requirements, in the
    order ``wanted`` gives them."""
    from approval_engine.catalogue import load_catalogue

    cat = catalogue or load_catalogue()
    wanted_set = set(wanted)
    groups: list[CriterionColumns] = []
    placed: set[str] = set()
    for crit in cat.criteria:
        ids = [r.id for r in cat.requirements_for(crit.id) if r.id in wanted_set]
        if ids:
            groups.append(CriterionColumns(crit.id, crit.title, ids))
            placed.update(ids)
    extra = [i for i in dict.fromkeys(wanted) if i not in placed]
    if extra:
        groups.append(CriterionColumns("X", "Additional requirements", extra))
    return groups


def _columns(identity: RulesetIdentity, rows: list[Row]) -> list[CriterionColumns]:
    in_ruleset = set(identity.requirement_ids)
    seen_in_rows = {rid for r in rows for rid in r.verdicts}
    return criterion_columns(list(identity.requirement_ids) + sorted(seen_in_rows - in_ruleset))


_HINTS = {
    ErrorKind.INPUT: "Ask the provider for a readable Word .docx (or correct the file); it is not tried again until it changes.",
    ErrorKind.IO: "Check that the file can be read (permissions, a network drive); it is tried again next run.",
    ErrorKind.CHANGED: "The file changed during the round: run the round again.",
    ErrorKind.CRASH: "Run the round again (it is tried again); if it crashes again, report the file to the engine's maintainers.",
    ErrorKind.TIMEOUT: "Run the round again with a longer --timeout; if it still overruns, report the file.",
    ErrorKind.ENGINE: "The rule engine failed on this file: run the round again, and report the file if it fails again.",
    ErrorKind.INTERNAL: "An error in approval-engine: report the file and the message to the maintainers.",
}
_STATUS_LABEL = {ResultStatus.OK: "evaluated", ResultStatus.SKIPPED: "unchanged", ResultStatus.FAILED: "failed"}
_SORT_RANK = {"met": 0, "not_applicable": 1, "partially_met": 2, "not_met": 3}
_ABBREV = {"met": "M", "partially_met": "P", "not_met": "N", "not_applicable": "NA"}


def _csv_cell(value: object) -> str:
    """Text from an application, made safe to open in a spreadsheet (no formulas)."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def write_summary(store: Store, run_id: int, out: Path, identity: RulesetIdentity, formats: tuple[str, ...],
                  pending: list[str] = ()) -> tuple[Path, Path]:
    """Write ``summary.html`` and ``summary.csv`` for a run, from the store."""
    from approval_engine.report import suffix
    from approval_engine.report.render import environment

    rows = store.rows(run_id)
    run = store.run(run_id)
    groups = _columns(identity, rows)
    req_ids = [r for g in groups for r in g.requirements]
    evaluated = [r for r in rows if r.evaluated]

    per_req = {rid: {v: 0 for v in VERDICTS} for rid in req_ids}
    for r in evaluated:
        for rid, v in r.verdicts.items():
            if rid in per_req and v in per_req[rid]:
                per_req[rid][v] += 1
    criteria_totals = []
    for g in groups:
        counts = {v: sum(per_req[rid][v] for rid in g.requirements) for v in VERDICTS}
        with_gaps = sum(
            1 for r in evaluated if any(r.verdicts.get(rid) in ("partially_met", "not_met") for rid in g.requirements)
        )
        criteria_totals.append({"group": g, "counts": counts, "with_gaps": with_gaps,
                                "cells": sum(counts.values())})

    html_link = "html" in formats
    view_rows = []
    for r in rows:
        cells = []
        for rid in req_ids:
            v = r.verdicts.get(rid)
            cells.append({
                "id": rid,
                "verdict": v or "",
                "label": _ABBREV.get(v, "–") if r.evaluated else "",
                "title": f"{rid}: {v.replace('_', ' ')}" if v else (f"{rid}: no verdict" if r.evaluated else ""),
                "rank": _SORT_RANK.get(v, -1),
            })
        gaps = r.counts["partially_met"] + r.counts["not_met"]
        view_rows.append({
            "row": r,
            "name": r.path,
            "link": f"{REPORTS_SUBDIR}/{r.output_name}{suffix('html')}" if (html_link and r.evaluated) else "",
            "status_label": _STATUS_LABEL[r.status],
            "gaps": gaps if r.evaluated else None,
            "cells": cells,
        })
    failures = [{"row": r, "hint": _HINTS.get(r.error_kind, _HINTS[ErrorKind.INTERNAL]),
                 "again": r.reused_result_id is not None} for r in rows if r.status == ResultStatus.FAILED]
    stats = {
        "total": len(rows) + len(pending),
        "ok": sum(1 for r in rows if r.status == ResultStatus.OK),
        "skipped": sum(1 for r in rows if r.status == ResultStatus.SKIPPED),
        "failed": len(failures),
        "failed_unchanged": sum(1 for f in failures if f["again"]),
        "pending": len(pending),
        "with_gaps": sum(1 for r in evaluated if r.has_gaps),
        "without_gaps": sum(1 for r in evaluated if not r.has_gaps),
    }
    html = environment().get_template("round.html.j2").render(
        run=dict(run),
        identity=identity,
        stats=stats,
        groups=groups,
        req_ids=req_ids,
        per_req=per_req,
        criteria_totals=criteria_totals,
        rows=view_rows,
        failures=failures,
        pending=[encodable(p) for p in pending],
        verdicts=VERDICTS,
        abbrev=_ABBREV,
        generated=now(),
        engine_version=__version__,
        formats=formats,
    )
    html_path = out / SUMMARY_HTML
    write_atomic(html_path, html)

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["file", "report", "status", "error", "title", "provider", *VERDICTS, "low_confidence", *req_ids])
    for r in rows:
        w.writerow([
            _csv_cell(r.path), r.output_name if r.evaluated else "", r.status, _csv_cell(r.error), _csv_cell(r.title),
            _csv_cell(r.provider), *[r.counts[v] if r.evaluated else "" for v in VERDICTS],
            r.low_confidence if r.evaluated else "", *[r.verdicts.get(rid, "") for rid in req_ids],
        ])
    for p in pending:
        w.writerow([_csv_cell(encodable(p)), "", NOT_EVALUATED, "the round was interrupted before this file was evaluated",
                    "", "", *[""] * len(VERDICTS), "", *[""] * len(req_ids)])
    csv_path = out / SUMMARY_CSV
    write_atomic(csv_path, "\ufeff" + buf.getvalue())  # BOM: spreadsheets then read UTF-8 names correctly
    return html_path, csv_path
