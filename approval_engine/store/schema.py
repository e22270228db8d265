"""The store's schema: every table of the SQLite store, in two table groups
-- the round's (``round``) and the panel's (``panel``) -- each with its own
version and migrations, and the statuses the tables may hold.

A store file holds one group or both: a round's ``round.sqlite`` holds the
round's tables and, once a panel has recorded into it, the panel's; a
``panel.sqlite`` holds the panel's only. Which groups a file holds, and at
which version, is kept in one table, ``store_schema`` (see
:mod:`approval_engine.store.db`, which creates and migrates them).

To change a group's tables: add the change to its ``migrations`` (from-version
-> SQL bringing it to from-version + 1), change its ``ddl`` to the result, and
bump its ``version``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class RunStatus(StrEnum):
    """How a run of a round ended (``running`` while under way)."""

    RUNNING = "running"
    FINISHED = "finished"
    INTERRUPTED = "interrupted"
    ABORTED = "aborted"


class ResultStatus(StrEnum):
    """An application's result in a run of a round."""

    OK = "ok"
    FAILED = "failed"
    SKIPPED = "skipped"  # unchanged: an earlier 'ok' result is reused


class ErrorKind(StrEnum):
    """Why an application failed. Only ``input`` (the file's own content) is
    not tried again while the file is unchanged."""

    INPUT = "input"
    IO = "io"
    CHANGED = "changed"
    CRASH = "crash"
    TIMEOUT = "timeout"
    ENGINE = "engine"
    INTERNAL = "internal"


def _one_of(values: type[StrEnum]) -> str:
    return ", ".join(f"'{v.value}'" for v in values)


@dataclass(frozen=True)
class TableGroup:
    """Tables created, versioned and migrated together."""

    name: str  # its row in store_schema
    label: str  # as messages name it: 'a round store'
    version: int
    ddl: str
    tables: tuple[str, ...]
    #: True: refuse a file holding tables of no known group (a foreign database)
    exclusive: bool = False
    migrations: dict[int, str] = field(default_factory=dict)


ROUND_DDL = f"""
CREATE TABLE applications (
    id          INTEGER PRIMARY KEY,
    path        TEXT    NOT NULL,          -- relative to the round's folder, '/'-separated
    sha256      TEXT    NOT NULL,          -- of the file's bytes
    size        INTEGER NOT NULL,          -- bytes
    first_seen  TEXT    NOT NULL,          -- ISO 8601, UTC
    UNIQUE (path, sha256)
);

CREATE TABLE runs (
    id                  INTEGER PRIMARY KEY,
    started             TEXT NOT NULL,
    finished            TEXT,              -- NULL while running (or if the process was killed)
    status              TEXT NOT NULL CHECK (status IN ({_one_of(RunStatus)})),
    input_dir           TEXT NOT NULL,
    ruleset             TEXT NOT NULL,
    ruleset_version     TEXT NOT NULL,
    ruleset_fingerprint TEXT NOT NULL,     -- the loaded ruleset and catalogue, see round.identity
    ruleset_path        TEXT NOT NULL,
    engine_version      TEXT NOT NULL,
    jobs                INTEGER NOT NULL,
    timeout             REAL NOT NULL,
    formats             TEXT NOT NULL,     -- e.g. 'html,json'
    host                TEXT NOT NULL DEFAULT '',
    note                TEXT NOT NULL DEFAULT ''
);

CREATE TABLE results (
    id               INTEGER PRIMARY KEY,
    run_id           INTEGER NOT NULL REFERENCES runs(id),
    application_id   INTEGER NOT NULL REFERENCES applications(id),
    status           TEXT    NOT NULL CHECK (status IN ({_one_of(ResultStatus)})),
    error            TEXT    NOT NULL DEFAULT '',
    error_kind       TEXT    NOT NULL DEFAULT '',  -- failed: input (the file itself), io, changed, crash, timeout, engine, internal
    reused_result_id INTEGER REFERENCES results(id),  -- 'skipped': the earlier 'ok' result; 'failed': the earlier
                                                     -- failure of the same content when not tried again
    output_name      TEXT    NOT NULL,     -- file stem of the reports in <out>/applications/
    title            TEXT    NOT NULL DEFAULT '',
    provider         TEXT    NOT NULL DEFAULT '',
    started          TEXT,
    finished         TEXT,
    t_extract        REAL,                 -- seconds: Word file -> extracted document (or JSON/YAML load)
    t_model          REAL,                 -- extracted document -> application model
    t_facts          REAL,                 -- fact finding
    t_rules          REAL,                 -- durable-rules decisions
    t_report         REAL,                 -- building, rendering and writing the reports
    t_total          REAL,
    n_requirements   INTEGER NOT NULL DEFAULT 0,   -- verdict rows this result must have
    met              INTEGER NOT NULL DEFAULT 0,
    partially_met    INTEGER NOT NULL DEFAULT 0,
    not_met          INTEGER NOT NULL DEFAULT 0,
    not_applicable   INTEGER NOT NULL DEFAULT 0,
    low_confidence   INTEGER NOT NULL DEFAULT 0,
    warnings         TEXT    NOT NULL DEFAULT '[]',  -- JSON list
    report_json      BLOB,                 -- zlib-compressed JSON report ('ok' only)
    application_json BLOB,                 -- zlib-compressed JSON of the application's passages, sections and
                                           -- comments ('ok' only; the panel's web page shows the text beside the report)
    UNIQUE (run_id, application_id),
    CHECK (status <> 'skipped' OR reused_result_id IS NOT NULL),
    CHECK (status <> 'failed' OR error <> '')
);
CREATE INDEX results_by_application ON results (application_id, status);

CREATE TABLE verdicts (
    result_id      INTEGER NOT NULL REFERENCES results(id),
    ordinal        INTEGER NOT NULL,       -- position in the report
    requirement    TEXT    NOT NULL,
    criterion      TEXT    NOT NULL,
    verdict        TEXT    NOT NULL CHECK (verdict IN ('met', 'partially_met', 'not_met', 'not_applicable')),
    confidence     REAL    NOT NULL,
    low_confidence INTEGER NOT NULL,
    rationale      TEXT    NOT NULL,
    PRIMARY KEY (result_id, requirement)
);

CREATE TABLE evidence (
    id          INTEGER PRIMARY KEY,
    result_id   INTEGER NOT NULL,
    requirement TEXT    NOT NULL,
    ordinal     INTEGER NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('evidence', 'concern')),
    quote       TEXT    NOT NULL,
    location    TEXT    NOT NULL,          -- as a reviewer reads it, e.g. 'Criterion 2 › Prior learning, ¶14'
    location_json TEXT  NOT NULL,          -- the structured location
    aspect      TEXT    NOT NULL DEFAULT '',
    FOREIGN KEY (result_id, requirement) REFERENCES verdicts(result_id, requirement)
);
CREATE INDEX evidence_by_verdict ON evidence (result_id, requirement);
"""

ROUND = TableGroup(
    name="round",
    label="a round store",
    version=2,
    ddl=ROUND_DDL,
    tables=("applications", "runs", "results", "verdicts", "evidence"),
    exclusive=True,
    migrations={1: "ALTER TABLE results ADD COLUMN application_json BLOB"},
)

PANEL_DDL = """
CREATE TABLE panel_sheets (
    id INTEGER PRIMARY KEY,
    application_key TEXT NOT NULL,
    application TEXT NOT NULL,
    source TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    sheet_file TEXT NOT NULL,
    sheet_sha256 TEXT NOT NULL,
    engine_version TEXT NOT NULL,
    ruleset TEXT NOT NULL,
    prepared TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    UNIQUE (application_key, reviewer)
);
CREATE TABLE panel_reviews (
    sheet_id INTEGER NOT NULL REFERENCES panel_sheets(id) ON DELETE CASCADE,
    requirement TEXT NOT NULL,
    criterion TEXT NOT NULL,
    engine_verdict TEXT NOT NULL,
    engine_confidence REAL,
    reviewer_verdict TEXT NOT NULL,
    justification TEXT NOT NULL,
    override INTEGER NOT NULL,
    sheet_row INTEGER NOT NULL,
    PRIMARY KEY (sheet_id, requirement)
);
CREATE TABLE panel_decisions (
    application_key TEXT PRIMARY KEY,
    application TEXT NOT NULL,
    outcome TEXT NOT NULL,
    rule TEXT NOT NULL,
    rule_source TEXT NOT NULL,
    reviewers TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    criteria TEXT NOT NULL,
    conditions TEXT NOT NULL
);
CREATE TABLE panel_verdicts (
    application_key TEXT NOT NULL,
    requirement TEXT NOT NULL,
    criterion TEXT NOT NULL,
    engine_verdict TEXT NOT NULL,
    panel_verdict TEXT NOT NULL,
    reviewers_disagree INTEGER NOT NULL,
    overridden_by TEXT NOT NULL,
    PRIMARY KEY (application_key, requirement)
);
"""

PANEL = TableGroup(
    name="panel",
    label="a panel store",
    version=1,
    ddl=PANEL_DDL,
    tables=("panel_sheets", "panel_reviews", "panel_decisions", "panel_verdicts"),
)


class Role(StrEnum):
    """What a user of the panel's web page may do."""

    SECRETARIAT = "secretariat"  # assigns applications, records conflicts; scores nothing
    REVIEWER = "reviewer"  # scores the applications assigned to them
    CHAIR = "chair"  # sees everything, records the agreed verdicts and the decision


VERDICT_VALUES = "'met', 'partially_met', 'not_met', 'not_applicable'"

WEB_DDL = f"""
CREATE TABLE web_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE web_users (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role          TEXT NOT NULL CHECK (role IN ({_one_of(Role)})),
    password_hash TEXT NOT NULL,           -- argon2id, with its own salt and parameters
    created       TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE web_assignments (
    application_key TEXT NOT NULL,         -- the application's SHA-256, as review sheets name it
    user_id         INTEGER NOT NULL REFERENCES web_users(id),
    mode            TEXT NOT NULL DEFAULT '' CHECK (mode IN ('', 'engine', 'blank')),  -- '' until the reviewer starts
    assigned_by     TEXT NOT NULL,
    assigned_at     TEXT NOT NULL,
    PRIMARY KEY (application_key, user_id)
);

CREATE TABLE web_conflicts (
    application_key TEXT NOT NULL,
    user_id         INTEGER NOT NULL REFERENCES web_users(id),
    note            TEXT NOT NULL,
    declared_by     TEXT NOT NULL,
    declared_at     TEXT NOT NULL,
    PRIMARY KEY (application_key, user_id)
);

CREATE TABLE web_scores (
    application_key TEXT NOT NULL,
    user_id         INTEGER NOT NULL REFERENCES web_users(id),
    requirement     TEXT NOT NULL,
    verdict         TEXT NOT NULL CHECK (verdict IN ({VERDICT_VALUES})),
    justification   TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (application_key, user_id, requirement)
);

CREATE TABLE web_agreed (
    application_key TEXT NOT NULL,
    requirement     TEXT NOT NULL,
    verdict         TEXT NOT NULL CHECK (verdict IN ({VERDICT_VALUES})),
    note            TEXT NOT NULL,
    chair           TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (application_key, requirement)
);

CREATE TABLE web_decisions (
    application_key TEXT PRIMARY KEY,
    application     TEXT NOT NULL,
    outcome         TEXT NOT NULL,
    recorded_by     TEXT NOT NULL,
    recorded_at     TEXT NOT NULL,
    decision_json   TEXT NOT NULL          -- criteria, conditions, reviewers, panel verdicts
);

-- every change anyone makes, never updated or deleted
CREATE TABLE web_audit (
    id                INTEGER PRIMARY KEY,
    at                TEXT NOT NULL,
    actor             TEXT NOT NULL,
    action            TEXT NOT NULL,       -- score, agree, start, assign, unassign, conflict, decide, import, user
    application_key   TEXT NOT NULL DEFAULT '',
    subject           TEXT NOT NULL DEFAULT '',  -- whose score, or which user
    requirement       TEXT NOT NULL DEFAULT '',
    old_verdict       TEXT,
    new_verdict       TEXT,
    old_justification TEXT,
    new_justification TEXT,
    detail            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX web_audit_by_application ON web_audit (application_key, requirement);
"""

WEB = TableGroup(
    name="web",
    label="a panel web store",
    version=1,
    ddl=WEB_DDL,
    tables=("web_settings", "web_users", "web_assignments", "web_conflicts", "web_scores", "web_agreed",
            "web_decisions", "web_audit"),
)

GROUPS = (ROUND, PANEL, WEB)
