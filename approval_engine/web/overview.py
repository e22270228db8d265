"""The round at a glance: the applications by requirements matrix of the
engine's verdicts (sortable and filterable by query string, so it works
without scripts), the files the round could not evaluate, and each
reviewer's progress."""

from __future__ import annotations

from collections import defaultdict

from flask import Blueprint, g, render_template, request

from approval_engine.judge.verdicts import Verdict
from approval_engine.round.summary import CriterionColumns, criterion_columns
from approval_engine.web.access import visible
from approval_engine.web.auth import current_user, ext, login_required

bp = Blueprint("overview", __name__)

_RANK = {"not_met": 0, "partially_met": 1, "not_applicable": 2, "met": 3}
ABBREV = {"met": "M", "partially_met": "P", "not_met": "N", "not_applicable": "–"}


def _columns(apps) -> list[CriterionColumns]:
    return criterion_columns(sorted({rid for a in apps for rid in a.verdicts}), ext()["catalogue"])


@bp.route("/")
@login_required
def index():
    user = current_user()
    data, store = ext()["data"], ext()["store"]
    apps = visible(user)
    q = request.args.get("q", "").strip()
    only = request.args.get("show", "all")
    criterion = request.args.get("criterion", "")
    if q:
        ql = q.lower()
        apps = [a for a in apps if ql in f"{a.title} {a.provider} {a.path}".lower()]
    if only == "gaps":
        apps = [a for a in apps if a.counts.get("not_met", 0) + a.counts.get("partially_met", 0)]
    elif only == "not_met":
        apps = [a for a in apps if a.counts.get("not_met", 0)]
    columns = _columns(data.applications)
    if criterion:
        columns = [c for c in columns if c.id == criterion] or columns
    sort, desc = request.args.get("sort", "title"), request.args.get("dir", "asc") == "desc"
    if sort in {rid for c in columns for rid in c.requirements}:
        apps.sort(key=lambda a: (_RANK.get(a.verdicts.get(sort, ""), 9), a.title.lower()), reverse=desc)
    elif sort in ("met", "partially_met", "not_met"):
        apps.sort(key=lambda a: (a.counts.get(sort, 0), a.title.lower()), reverse=desc)
    else:
        sort = "title"
        apps.sort(key=lambda a: (a.title.lower(), a.name), reverse=desc)

    progress = store.progress(g.db)
    names = {a.key: a for a in data.applications}
    per_reviewer: dict[str, dict] = defaultdict(lambda: {"assigned": 0, "started": 0, "complete": 0})
    mine: dict[str, int] = {}
    for r in progress:
        a = names.get(r["application_key"])
        total = len(a.verdicts) if a else 0
        p = per_reviewer[r["name"]]
        p["assigned"] += 1
        p["started"] += bool(r["mode"])
        p["complete"] += bool(total) and r["scored"] >= total
        if r["user_id"] == user.id:
            mine[r["application_key"]] = r["scored"]
    decisions = {key: store.decision(g.db, key) for key in names} if not user.is_reviewer else {}
    return render_template(
        "overview.html.j2", apps=apps, columns=columns, failures=data.failures if not user.is_reviewer else [],
        progress=dict(sorted(per_reviewer.items())) if not user.is_reviewer else {}, mine=mine,
        decisions=decisions, abbrev=ABBREV, verdicts=list(Verdict), q=q, show=only, criterion=criterion,
        sort=sort, desc=desc, all_criteria=[c.id for c in _columns(data.applications)],
        total=len(data.applications))
