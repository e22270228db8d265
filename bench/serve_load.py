"""Load test of the panel's web server: reviewers saving scores concurrently, the
server killed and restarted mid-run. Not a unit test. From the project root
(about 2.5 minutes, plus ~20 s to evaluate the round)::

    .venv/bin/python bench/serve_load.py                  # 30 reviewers, 120 s, SIGKILL at 60 s
    .venv/bin/python bench/serve_load.py --reviewers 10 --seconds 20 --kill-at 10 --json figures.json

It evaluates a round in a temp folder (the corpus's ``.docx`` files and the
shipped sample; or ``--apps DIR``; ``--round DIR`` reuses an evaluated round),
adds the reviewers, assigns each 2 or 3 applications and starts ``approval-engine
serve`` on loopback. One thread per reviewer, with its own session (keep-alive
connection, session cookie), logs in, starts its applications blank, then saves
scores as fast as it can (``--think`` seconds apart: 0 by default), each save a
change, timing each request. At ``--kill-at`` s the server gets SIGKILL and is
started again at once; the reviewers retry until it answers. A save sent whose
answer never came is *unacknowledged* (it may or may not be saved); a refused
connection never reached the server.

Then each acknowledged save (200, ok, changed) must be the ``web_audit`` row of
its ``audit_id`` (action ``score``, same reviewer, requirement, justification);
``lost`` counts the missing. PASS: none lost or mismatched, score rows beyond
the acknowledged at most the unacknowledged, and the 95th-percentile save (over
all saves, the restart included) under 200 ms: exit 0, else 1. Latency is also
given without the saves begun from the kill to RESTART_GRACE s after the server
answered again. The client's threads share the machine with the server.
"""

from __future__ import annotations

import argparse, http.client, json, math, os, re, secrets, shutil, signal, socket, sqlite3  # noqa: E401
import subprocess, sys, tempfile, threading, time, urllib.parse  # noqa: E401
from http.cookies import SimpleCookie
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from run import machine  # noqa: E402  (bench/run.py, beside this file)

CLI = Path(sys.executable).with_name("approval-engine")
COOKIE, PASSWORD = "approval_engine_session", "bench-password-1"
VERDICTS = ("met", "partially_met", "not_met", "not_applicable")
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
RID_RE = re.compile(r'<form class="score"[^>]*?data-rid="([^"]+)"', re.S)
REQUEST_TIMEOUT = 20.0  # seconds for one request (the store waits up to 30 s for its write lock)
RESTART_GRACE = 5.0  # seconds after the restarted server answers, still counted as the restart
NETWORK_ERRORS = (OSError, http.client.HTTPException)


def build_round(apps: Path | None, out: Path) -> None:
    """Evaluate a copy of the applications (only the .docx files) into ``out``."""
    files = sorted(apps.glob("*.docx")) if apps else (sorted((ROOT.parent / "shared" / "corpus").glob("*.docx"))
                                                      + [ROOT / "applications" / "riverside-senco-2009.docx"])
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            shutil.copy(f, tmp)
        rc = subprocess.run([str(CLI), "batch", tmp, "-o", str(out), "--jobs", "2"],
                            stdout=subprocess.DEVNULL).returncode
    if rc not in (0, 1):  # 1: evaluated, with gaps
        sys.exit(f"approval-engine batch failed (exit {rc})")


def setup_reviewers(round_dir: Path, n: int) -> tuple[dict[str, list[str]], int]:
    """Add the reviewers (if absent), assign each 2 or 3 applications. Returns reviewer -> the
    applications' URL names, and the last audit id before the run (a reused round has older rows)."""
    from approval_engine.store.web import Role, WebStore, store_path
    from approval_engine.web.passwords import hash_password

    store = WebStore(store_path(round_dir))
    db = store.connect()
    try:
        apps = db.execute("SELECT DISTINCT a.sha256, r.output_name FROM results r JOIN applications a "
                          "ON a.id = r.application_id WHERE r.status = 'ok' ORDER BY r.output_name").fetchall()
        if len(apps) < 3:
            sys.exit(f"only {len(apps)} applications evaluated: at least 3 are needed")
        hashed, plan = hash_password(PASSWORD), {}  # one argon2 hash serves every reviewer
        for i in range(n):
            name = f"Bench Reviewer {i + 1:02d}"
            user = store.user_named(db, name) or store.add_user(db, name, Role.REVIEWER, hashed, actor="bench")
            mine = [apps[(i + k) % len(apps)] for k in range(2 + i % 2)]  # round-robin over the round
            for key, _ in mine:
                store.assign(db, key, user, actor="bench")
            plan[name] = [url for _, url in mine]
        return plan, db.execute("SELECT coalesce(max(id), 0) FROM web_audit").fetchone()[0]
    finally:
        db.close()


class Server:
    """``approval-engine serve`` as a child process, its output appended to a log file."""

    def __init__(self, round_dir: Path, port: int, log: Path):
        self.args = [str(CLI), "serve", str(round_dir), "--port", str(port)]
        self.port, self.log, self.proc = port, log, None

    def start(self) -> None:
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(self.args, stdout=out, stderr=subprocess.STDOUT)

    def wait_ready(self, timeout: float = 60.0) -> float:
        """Poll GET /login until it answers 200; returns that moment (perf_counter)."""
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited ({self.proc.returncode}): see {self.log}")
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
            try:
                conn.request("GET", "/login")
                if conn.getresponse().status == 200:
                    return time.perf_counter()
            except NETWORK_ERRORS:
                pass
            finally:
                conn.close()
            time.sleep(0.02)
        raise RuntimeError(f"the server did not answer within {timeout:.0f} s: see {self.log}")

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)


class Client:
    """One reviewer's browser: a keep-alive connection, the session cookie, the CSRF token."""

    def __init__(self, port: int):
        self.port, self.conn, self.cookie, self.csrf = port, None, "", ""

    def request(self, method: str, path: str, form: dict | None = None, json_reply: bool = False) -> tuple[int, str]:
        headers = {"Accept": "application/json" if json_reply else "text/html", "Cookie": f"{COOKIE}={self.cookie}"}
        body = None if form is None else urllib.parse.urlencode({**form, "csrf_token": self.csrf})
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            self.conn = self.conn or http.client.HTTPConnection("127.0.0.1", self.port, timeout=REQUEST_TIMEOUT)
            self.conn.request(method, path, body, headers)
            resp = self.conn.getresponse()
            data = resp.read().decode()
        except NETWORK_ERRORS:
            self.conn.close()
            self.conn = None  # a new connection next time
            raise
        for header in resp.headers.get_all("Set-Cookie") or []:
            if (morsel := SimpleCookie(header).get(COOKIE)) is not None:
                self.cookie = morsel.value
        if m := CSRF_RE.search(data):
            self.csrf = m.group(1)
        return resp.status, data

    def login(self, name: str) -> None:
        self.cookie = ""
        self.request("GET", "/login")  # a session with a CSRF token
        if (status := self.request("POST", "/login", {"name": name, "password": PASSWORD})[0]) != 302:
            raise RuntimeError(f"{name}: login answered {status}")


class Reviewer(threading.Thread):
    """Logs in, starts its applications blank, waits for ``go``, then saves until the deadline."""

    def __init__(self, name: str, apps: list[str], port: int, nonce: str, run: dict):
        super().__init__(name=name, daemon=True)
        self.reviewer, self.apps, self.client, self.nonce, self.run_state = name, apps, Client(port), nonce, run
        self.saves: list[tuple[float, float]] = []  # (start, seconds) of each acknowledged save
        self.acked: dict[int, tuple[str, str, str]] = {}  # audit_id -> (reviewer, requirement, justification)
        self.unacked = self.refused = self.errors = self.unchanged = self.relogins = 0
        self.pairs: list[tuple[str, str]] = []  # (application, requirement) to score, in turn
        self.failure = ""

    def setup(self) -> None:
        self.client.login(self.reviewer)
        for app in self.apps:
            self.client.request("GET", f"/applications/{app}")  # this session's CSRF token
            if (status := self.client.request("POST", f"/applications/{app}/start", {"mode": "blank"})[0]) != 302:
                raise RuntimeError(f"{self.reviewer}: starting {app} answered {status}")
            self.pairs += [(app, rid) for rid in RID_RE.findall(self.client.request("GET", f"/applications/{app}")[1])]
        if not self.pairs:
            raise RuntimeError(f"{self.reviewer}: no requirement to score")

    def run(self) -> None:
        try:
            self.setup()
        except Exception as exc:  # reported; the run fails
            self.failure = f"{type(exc).__name__}: {exc}"
        self.run_state["ready"].release()
        self.run_state["go"].wait()
        i = 0
        while not self.failure and time.perf_counter() < self.run_state["deadline"]:
            app, rid = self.pairs[i % len(self.pairs)]
            justification = f"{self.reviewer} {self.nonce} save {i}"  # every save a change
            form = {"verdict": VERDICTS[i // len(self.pairs) % 4], "justification": justification}
            i += 1
            start = time.perf_counter()
            try:
                status, body = self.client.request("POST", f"/applications/{app}/scores/{rid}", form, json_reply=True)
            except NETWORK_ERRORS as exc:  # refused: never reached the server; else sent, may or may not be saved
                if isinstance(exc, ConnectionRefusedError):
                    self.refused += 1
                else:
                    self.unacked += 1
                time.sleep(0.05)
                continue
            seconds = time.perf_counter() - start
            reply = json.loads(body) if body.startswith("{") else {}
            if status == 200 and reply.get("ok") and reply.get("changed"):
                self.saves.append((start, seconds))
                self.acked[reply["audit_id"]] = (self.reviewer, rid, justification)
            elif status == 200 and reply.get("ok"):
                self.unchanged += 1
            elif status in (401, 403):  # session or CSRF token refused: log in again
                self.relogins += 1
                try:
                    self.client.login(self.reviewer)
                except (*NETWORK_ERRORS, RuntimeError):
                    time.sleep(0.05)
            else:
                self.errors += 1
            time.sleep(self.run_state["think"])


def cpu_seconds(pid: int | None = None) -> float:
    """CPU seconds used: by the whole machine (pid None: /proc/stat less idle and iowait), or by a live process."""
    if pid is None:
        f = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
        return (sum(f) - f[3] - f[4]) / os.sysconf("SC_CLK_TCK")
    f = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")


def ours() -> float:
    """CPU seconds of this process and of its children that have ended (the servers, once stopped)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile of seconds, in ms."""
    v = sorted(values)
    return round(1000 * v[max(0, math.ceil(p / 100 * len(v)) - 1)], 1) if v else float("nan")


def check(threads: list[Reviewer], db_path: Path, baseline: int, run: dict) -> dict:
    """The figures: acknowledged saves against the audit trail, and the saves' latency. ``run``: the
    times (perf_counter) of the start, the kill and the restarted server's first answer, elapsed, think."""
    t0, kill, ready, elapsed = run["t0"], run["kill"], run["ready"], run["elapsed"]
    acked = {k: v for th in threads for k, v in th.acked.items()}
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    rows = {r[0]: tuple(r[1:]) for r in db.execute("SELECT id, actor, requirement, new_justification FROM web_audit"
                                                    " WHERE action = 'score' AND id > ?", (baseline,))}
    db.close()
    window = (kill, ready + RESTART_GRACE) if kill else (math.inf, math.inf)
    every = [s for th in threads for _, s in th.saves]
    steady = [s for th in threads for start, s in th.saves if not window[0] <= start <= window[1]]
    f = {"reviewers": len(threads), "think_s": run["think"], "seconds": round(elapsed, 1),
         "saves_acknowledged": len(acked), "saves_per_second": round(len(acked) / elapsed, 1),
         "audit_score_rows": len(rows), "lost": sum(k not in rows for k in acked),
         "mismatched": sum(k in rows and rows[k] != v for k, v in acked.items()),
         "extra_audit_rows": len(rows.keys() - acked.keys()),
         **{key: sum(getattr(th, attr) for th in threads) for key, attr in (
             ("unacknowledged", "unacked"), ("refused_while_down", "refused"), ("errors", "errors"),
             ("unchanged", "unchanged"), ("relogins", "relogins"))},
         "setup_failures": [th.failure for th in threads if th.failure],
         "killed_at_s": round(kill - t0, 1) if kill else None, "downtime_s": round(ready - kill, 2) if kill else None}
    machine_cpu, our_cpu = run["cpu"]  # did other processes take the CPUs during the run?
    f["cpu_s_bench_and_server"], f["cpu_s_other_processes"] = round(our_cpu, 1), round(machine_cpu - our_cpu, 1)
    starts = [start - t0 for th in threads for start, _ in th.saves]  # throughput over time: a sign of contention
    f["saves_per_10s"] = [sum(10 * k <= x < 10 * k + 10 for x in starts) for k in range(math.ceil(run["seconds"] / 10))]
    for label, values in (("all", every), ("excl_restart", steady)):
        f[f"latency_ms_{label}"] = {k: pct(values, p) for k, p in (("p50", 50), ("p95", 95), ("p99", 99), ("max", 100))}
    f["checks"] = {"lost == 0": f["lost"] == 0 and f["mismatched"] == 0,
                   "p95 < 200 ms": f["latency_ms_all"]["p95"] < 200,
                   "extra rows <= unacknowledged": f["extra_audit_rows"] <= f["unacknowledged"],
                   "every reviewer saving": not f["setup_failures"] and len(acked) > 0}
    f["result"] = "PASS" if all(f["checks"].values()) else "FAIL"
    return f


def print_table(f: dict) -> None:
    lat = "p50 {p50}  p95 {p95}  p99 {p99}  max {max}"
    lines = [("reviewers / think s", f"{f['reviewers']} / {f['think_s']}"), ("seconds", f["seconds"]),
             ("saves acknowledged", f["saves_acknowledged"]), ("saves/s", f["saves_per_second"]),
             ("latency ms, all saves", lat.format(**f["latency_ms_all"])),
             (f"latency ms, excl. restart +{RESTART_GRACE:.0f} s", lat.format(**f["latency_ms_excl_restart"])),
             ("audit 'score' rows", f["audit_score_rows"]), ("lost / mismatched", f"{f['lost']} / {f['mismatched']}"),
             ("extra audit rows", f["extra_audit_rows"]), ("unacknowledged (sent, no answer)", f["unacknowledged"]),
             ("refused while down", f["refused_while_down"]), ("errors (4xx/5xx)", f["errors"]),
             ("unchanged / relogins", f"{f['unchanged']} / {f['relogins']}"),
             ("killed at s / downtime s", f"{f['killed_at_s']} / {f['downtime_s']}"),
             ("CPU s: bench+server / others", f"{f['cpu_s_bench_and_server']} / {f['cpu_s_other_processes']}"
              f" (of {len(os.sched_getaffinity(0)) * f['seconds']:.0f})"),
             ("saves per 10 s", " ".join(map(str, f["saves_per_10s"])))]
    lines += [(f"check: {name}", "ok" if ok else "FAILED") for name, ok in f["checks"].items()]
    lines += [("setup failure", e) for e in f["setup_failures"][:5]] + [("result", f["result"])]
    print()
    for label, value in lines:
        print(f"  {label:<34} {value}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reviewers", type=int, default=30)
    ap.add_argument("--seconds", type=float, default=120.0)
    ap.add_argument("--kill-at", type=float, default=60.0, help="seconds into the run (0: no kill)")
    ap.add_argument("--think", type=float, default=0.0, help="seconds each reviewer waits between saves")
    ap.add_argument("--apps", type=Path, help="a folder of .docx applications (default: the corpus and the sample)")
    ap.add_argument("--round", type=Path, help="reuse this evaluated round (a batch output folder): no batch")
    ap.add_argument("--keep", type=Path, help="evaluate the round into this folder and keep it")
    ap.add_argument("--json", type=Path, help="write the figures here as JSON")
    args = ap.parse_args()
    print(machine(), flush=True)

    tmp = Path(tempfile.mkdtemp(prefix="serve-load-"))
    round_dir = args.round or args.keep or tmp / "round"
    state = {"ready": threading.Semaphore(0), "go": threading.Event(), "deadline": 0.0, "think": args.think}
    server, finished = None, False
    try:
        if args.round is None:
            t = time.perf_counter()
            build_round(args.apps, round_dir)
            print(f"round evaluated in {time.perf_counter() - t:.1f} s", flush=True)
        plan, baseline = setup_reviewers(round_dir, args.reviewers)
        with socket.socket() as s:  # a free port
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = Server(round_dir, port, tmp / "server.log")
        server.start()
        server.wait_ready()
        nonce = secrets.token_hex(4)  # this run's justifications differ from any earlier run's
        threads = [Reviewer(name, apps, port, nonce, state) for name, apps in plan.items()]
        for th in threads:
            th.start()
        setup_end = time.perf_counter() + 120
        for _ in threads:  # every reviewer logged in and started (or failed), 2 minutes at most
            state["ready"].acquire(timeout=max(0.0, setup_end - time.perf_counter()))
        cpu0 = (cpu_seconds(), ours() + cpu_seconds(server.proc.pid))  # the machine's; the bench's and server's
        t0 = time.perf_counter()
        state["deadline"] = t0 + args.seconds
        state["go"].set()
        print(f"{len(threads)} reviewers saving for {args.seconds:.0f} s on port {port}", flush=True)

        kill = ready = None
        if 0 < args.kill_at < args.seconds:
            time.sleep(max(0.0, t0 + args.kill_at - time.perf_counter()))
            server.stop(signal.SIGKILL)
            kill = time.perf_counter()
            server.start()
            ready = server.wait_ready()
            print(f"killed at {kill - t0:.1f} s; answering again {ready - kill:.2f} s later", flush=True)
        time.sleep(max(0.0, state["deadline"] - time.perf_counter()))
        join_end = time.perf_counter() + REQUEST_TIMEOUT + 5  # the last requests finish, or are abandoned
        for th in threads:
            th.join(max(0.0, join_end - time.perf_counter()))
        elapsed = time.perf_counter() - t0
        server.stop()  # SIGTERM; then the store is read
        cpu = (cpu_seconds() - cpu0[0], ours() - cpu0[1])
        figures = check(threads, round_dir / "round.sqlite", baseline,
                        {"t0": t0, "kill": kill, "ready": ready, "elapsed": elapsed, "think": args.think, "cpu": cpu,
                         "seconds": args.seconds})
        print_table(figures)
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2) + "\n")
        finished = True
        return 0 if figures["result"] == "PASS" else 1
    finally:
        state["deadline"] = 0.0  # whatever happened, the reviewers stop
        state["go"].set()
        if server is not None:
            server.stop(signal.SIGKILL)
        if args.round or args.keep or not finished:  # kept when something went wrong
            print(f"server log: {tmp / 'server.log'}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
