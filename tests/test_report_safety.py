"""Reports are safe whatever the application says, and so is loading.

An application written by an outsider puts HTML, script and template syntax
in its paragraphs, headings, table cells, comments, document title and
provider's name. Evaluated with the real engine through the command line, it
renders as inert text in every report format: the HTML has no element or
attribute of the application's making, headless Chromium runs no script in
it, the Markdown holds no raw HTML, link or template syntax, and the JSON
gives back the exact text. Reports are written only inside the chosen output
folder whatever the application is called, and rulesets and applications are
loaded without executing anything.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest

from approval_engine.errors import InputError, RulesetError
from approval_engine.judge.evaluate import Engine, default_ruleset_path, read_application
from approval_engine.ingest.model import load_application_file

CHROMIUM = Path("/usr/bin/chromium")
MARKER = "pwned-marker"
HIJACKED_TITLE = "PWNED"

# Each one, if it ran, would change the page's title or add an element with id=MARKER.
SCRIPT = (
    f"<script>document.title='{HIJACKED_TITLE}';document.body.insertAdjacentHTML("
    f"'beforeend','<div id=\"{MARKER}\">x</div>')</script>"
)
IMG = f"<img src=x onerror=\"document.title='{HIJACKED_TITLE}'\">"
SVG = f"<svg onload=\"document.body.insertAdjacentHTML('beforeend','<p id={MARKER}>x</p>')\">"
BREAKOUT = f"</blockquote></figure></dd></h1></title><script>document.title='{HIJACKED_TITLE}'</script>"
TEMPLATE = "{{ 7*7 }}"
STATEMENT = "{% for x in y %}"
JS_LINK = "<a href=\"javascript:alert(1)\">click</a>"
BARE_JS = "javascript:alert(document.cookie)"
MD_LINK = "[click me](javascript:alert(1))"
MD_IMAGE = "![x](javascript:alert(1))"
MD_AUTOLINK = "<javascript:alert(1)>"
ENTITY = "&lt;already escaped&gt; &amp; &#60;script&#62;"

TITLE = f"Evil {SCRIPT} {TEMPLATE}"
HEADING = f"Assessment {IMG} {STATEMENT}"
PARAGRAPH = f"All assignments are second-marked and moderated by the external examiner {SCRIPT}."
PARAGRAPH_2 = f"All coursework is moderated by an external examiner {BREAKOUT} {BARE_JS} {ENTITY}."
PROVIDER = f"Evil {MD_IMAGE} {SVG} Academy"
CELL = f"Experienced SENCOs may take an assessment-only route {MD_LINK} {TEMPLATE} {MD_AUTOLINK}."
COMMENT = f"Reviewer note {JS_LINK} {MD_LINK} {STATEMENT} {SCRIPT}"
AUTHOR = f"<b>Eve</b> {TEMPLATE}"

PAYLOADS = [SCRIPT, IMG, SVG, BREAKOUT, TEMPLATE, STATEMENT, JS_LINK, BARE_JS, MD_LINK, MD_IMAGE,
            MD_AUTOLINK, ENTITY]
PLANTED = [TITLE, HEADING, PARAGRAPH, PARAGRAPH_2, PROVIDER, CELL, COMMENT, AUTHOR]
# what a reader of the HTML and Markdown sees: location labels show the first 60
# characters of each heading (cutting the <img> tag in two, which must stay inert too)
SHOWN = [TITLE, HEADING[:60], PARAGRAPH, PARAGRAPH_2, PROVIDER, CELL, COMMENT, AUTHOR]


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "approval_engine", *args],
        capture_output=True, text=True, encoding="utf-8", timeout=300, cwd=str(cwd) if cwd else None,
    )


def hostile_application(path: Path) -> Path:
    d = docx.Document()
    d.core_properties.title = TITLE
    d.add_heading(HEADING, level=1)
    run = d.add_paragraph().add_run(PARAGRAPH)
    d.add_comment(run, text=COMMENT, author=AUTHOR, initials="E")
    d.add_paragraph(PARAGRAPH_2)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Name of provider"
    table.cell(0, 1).text = PROVIDER
    table.cell(1, 0).text = "Moderation"
    table.cell(1, 1).text = CELL
    d.save(str(path))
    return path


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, Path]:
    """The hostile application evaluated by the real command line, in every format."""
    folder = tmp_path_factory.mktemp("hostile")
    app = hostile_application(folder / "hostile.docx")
    out = folder / "reports"
    written = {}
    for fmt in ("html", "md", "json"):
        proc = cli("evaluate", str(app), "--format", fmt, "--output", str(out) + "/")
        assert proc.returncode == 1, proc.stderr
        written[fmt] = out / f"hostile.{fmt}"
        assert written[fmt].is_file()
    return written


def test_the_engine_reads_every_planted_string_exactly(tmp_path):
    """The extractor keeps the hostile text as text: nothing is stripped or decoded."""
    app = read_application(hostile_application(tmp_path / "hostile.docx"))
    texts = [p.text for p in app.passages]
    assert texts == [HEADING, PARAGRAPH, PARAGRAPH_2, "Name of provider", PROVIDER, "Moderation", CELL]
    assert app.title == TITLE and app.provider == PROVIDER
    assert [(c.author, c.text, c.anchor) for c in app.comments] == [(AUTHOR, COMMENT, PARAGRAPH)]


# ------------------------------------------------------------------------ JSON


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_json_round_trips_the_exact_text(reports):
    report = json.loads(reports["json"].read_text(encoding="utf-8"))
    assert report["application"] == TITLE
    assert report["provider"] == PROVIDER
    assert [(c["author"], c["text"], c["anchor"]) for c in report["comments"]] == [(AUTHOR, COMMENT, PARAGRAPH)]
    quotes = {e["quote"]: e for r in report["requirements"] for e in r["evidence"] + r["concerns"]}
    for planted in (PARAGRAPH, PARAGRAPH_2, CELL):
        assert planted in quotes, (planted, list(quotes))
    assert quotes[PARAGRAPH]["location"]["heading_path"] == [HEADING]
    cell = quotes[CELL]["location"]
    assert (cell["table"], cell["row"], cell["column"]) == (1, 2, 2)
    strings = _strings(report)
    for planted in PLANTED:
        assert planted in strings, planted


# ------------------------------------------------------------------------ HTML


class _Page(HTMLParser):
    """Every element, attribute and piece of text of a page (entities decoded)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_title = tag == "title"

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        self.text.append(data)
        if self._in_title:
            self.title += data


def parse(page: str) -> _Page:
    p = _Page()
    p.feed(page)
    p.close()
    return p


OWN_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "p", "h1", "h2", "h3", "h4", "dl", "dt", "dd",
    "code", "main", "section", "table", "thead", "tbody", "tr", "th", "td", "span", "strong", "a", "ul", "ol",
    "li", "nav", "article", "figure", "blockquote", "figcaption", "div", "aside", "footer", "em", "br",
    "form", "fieldset", "legend", "label", "input",  # the show-filter: radio buttons read by CSS, no script
    "q",  # a quote's words to search for in Word
}  # fmt: skip


def assert_inert_html(page: str) -> _Page:
    doc = parse(page)
    tags = {t for t, _ in doc.tags}
    assert tags <= OWN_TAGS, tags - OWN_TAGS  # no script, img, svg, iframe, object, ...
    for tag, attrs in doc.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        if tag == "a":
            assert (attrs.get("href") or "").startswith("#"), attrs
        assert attrs.get("id") != MARKER
        assert "src" not in attrs and "srcdoc" not in attrs
    return doc


def test_html_renders_hostile_text_as_inert_text(reports):
    page = reports["html"].read_text(encoding="utf-8")
    doc = assert_inert_html(page)
    text = "".join(doc.text)
    for planted in SHOWN:  # shown to the reader, character for character
        assert planted in text, planted
    assert doc.title == f"Gap report: {TITLE}"


# -------------------------------------------------------------------- Markdown

_MD_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#!|~+\-=.>])")


def md_text(md: str) -> str:
    """What a Markdown reader shows for escaped text: backslash escapes and entities undone."""
    return html.unescape(_MD_ESCAPED.sub(r"\1", md))


def test_markdown_renders_hostile_text_as_inert_text(reports):
    md = reports["md"].read_text(encoding="utf-8")
    assert not re.search(r"<[A-Za-z/!?]", md), "raw HTML in the Markdown report"
    assert not re.search(r"(?<!\\)\]\((?!#)", md), "a link or image of the application's making"
    assert not re.search(r"(?<!\\)[{}]", md), "template syntax left unescaped"
    shown = md_text(md)
    for planted in SHOWN:
        flat = " ".join(planted.split())
        assert flat in shown, planted


# -------------------------------------------------------------------- Chromium


def _chromium_or_skip() -> Path:
    if CHROMIUM.exists():
        return CHROMIUM
    if os.environ.get("CI"):
        pytest.fail("CI is set but /usr/bin/chromium is missing (.ci/run installs it)")
    pytest.skip("/usr/bin/chromium absent (apt-get install -y chromium); required in CI")


def dump_dom(page: Path, profile: Path) -> str:
    proc = subprocess.run(
        [
            str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
            "--virtual-time-budget=3000", "--dump-dom", page.resolve().as_uri(),
        ],
        capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "</html>" in proc.stdout, proc.stderr[-2000:]
    return proc.stdout


def _hijacked(dom: str) -> bool:
    doc = parse(dom)
    return doc.title == HIJACKED_TITLE or any(attrs.get("id") == MARKER for _, attrs in doc.tags)


def test_chromium_runs_no_script_in_the_html_report(reports, tmp_path):
    _chromium_or_skip()
    # the harness can see a script run: the same page with one live script is hijacked
    control = tmp_path / "control.html"
    control.write_text(
        reports["html"].read_text(encoding="utf-8").replace("</body>", SCRIPT + "</body>"), encoding="utf-8"
    )
    assert _hijacked(dump_dom(control, tmp_path / "profile-control"))

    dom = dump_dom(reports["html"], tmp_path / "profile")
    assert not _hijacked(dom)
    doc = parse(dom)
    assert doc.title == f"Gap report: {TITLE}"  # the report's own title, hostile text and all
    assert not any(attrs.get("id") == MARKER for _, attrs in doc.tags)
    assert {t for t, _ in doc.tags} <= OWN_TAGS
    text = "".join(doc.text)
    for planted in (PARAGRAPH, CELL, COMMENT):
        assert planted in text


# ------------------------------------------------------- output stays in its folder


def _tree(root: Path) -> set[Path]:
    return {p for p in root.rglob("*")}


def _small_application(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    d = docx.Document()
    d.add_heading("Assessment", level=1)
    d.add_paragraph("All assignments are second-marked and moderated by the external examiner.")
    d.save(str(path))
    return path


HOSTILE_NAMES = {
    # id: (name as given on the command line, relative to the work folder; the report's stem; format)
    "dot-dot-backslashes": ("..\\..\\x.docx", "..\\..\\x", "html"),
    "two-dots-stem": ("...docx", "..", "md"),
    "one-dot-stem": ("..docx", ".", "json"),
    "no-stem": (".docx", ".docx", "html"),
    "traversal-in-argument": ("sub/../../x.docx", "x", "md"),
    "newline": ("a\nb.docx", "a\nb", "json"),
    "backslash-path": ("etc\\passwd.docx", "etc\\passwd", "html"),
    **{
        f"shell-and-html-{fmt}": ('$(touch pwned); <b>x</b> & "q".docx', 'b> & "q"', fmt)
        for fmt in ("html", "md", "json")
    },
}


@pytest.mark.parametrize("case", sorted(HOSTILE_NAMES), ids=sorted(HOSTILE_NAMES))
def test_reports_are_written_only_inside_the_output_folder(tmp_path, case):
    """`evaluate FILE --output DIR/`: one new file, DIR/<stem>.<format>, whatever FILE is called."""
    given, stem, fmt = HOSTILE_NAMES[case]
    work = tmp_path / "a" / "b" / "work"  # room for ../.. to point somewhere real
    (work / "sub").mkdir(parents=True)
    target = (work / given).resolve() if ".." in Path(given).parts else work / given
    _small_application(target)
    out = work / "out"
    out.mkdir()
    before = _tree(tmp_path)
    proc = cli("evaluate", given, "--format", fmt, "--output", "out/", cwd=work)
    assert proc.returncode == 1, proc.stderr
    assert len(proc.stderr.splitlines()) == 1, proc.stderr
    new = _tree(tmp_path) - before
    assert new == {out / (stem + "." + fmt)}, new
    assert not list(tmp_path.rglob("pwned*"))


def test_json_application_names_play_no_part_in_the_output_name(tmp_path):
    app = read_application(_small_application(tmp_path / "w.docx")).model_dump(mode="json")
    app.update(title="../../x", source="/etc/passwd", provider="../../../tmp/evil")
    path = tmp_path / "app.json"
    path.write_text(json.dumps(app), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    before = _tree(tmp_path)
    proc = cli("evaluate", str(path), "--format", "html", "--output", str(out))
    assert proc.returncode == 1, proc.stderr
    assert _tree(tmp_path) - before == {out / "app.html"}


def test_output_folder_named_with_a_trailing_slash_is_created(tmp_path):
    app = _small_application(tmp_path / "app.docx")
    proc = cli("evaluate", str(app), "--format", "md", "--output", str(tmp_path / "new" / "reports") + "/")
    assert proc.returncode == 1, proc.stderr
    assert (tmp_path / "new" / "reports" / "app.md").is_file()


# ------------------------------------------------------------ loading runs nothing


YAML_TAGS = [
    "!!python/object/apply:os.system ['touch {marker}']",
    "!!python/object/new:subprocess.Popen [['touch', '{marker}']]",
    "!!python/object/apply:builtins.exec [\"open('{marker}', 'w').close()\"]",
    "!!python/name:os.system",
    "!!python/module:os",
    "!<tag:yaml.org,2002:python/object/apply:os.system> ['touch {marker}']",
]


@pytest.mark.parametrize("tag", YAML_TAGS, ids=[t.split()[0].split(":")[-1][:40] for t in YAML_TAGS])
def test_yaml_application_with_python_tags_is_refused(tmp_path, tag):
    marker = tmp_path / "ran"
    path = tmp_path / "app.yaml"
    path.write_text(f"title: {tag.format(marker=marker)}\npassages: []\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_application_file(path)
    assert "invalid YAML" in str(info.value) and "python/" in str(info.value)
    assert not marker.exists()


@pytest.mark.parametrize("tag", YAML_TAGS, ids=[t.split()[0].split(":")[-1][:40] for t in YAML_TAGS])
def test_ruleset_with_python_tags_is_refused(tmp_path, tag):
    marker = tmp_path / "ran"
    rules = tmp_path / "rules.yaml"
    text = default_ruleset_path().read_text(encoding="utf-8")
    rules.write_text(f"payload: {tag.format(marker=marker)}\n" + text, encoding="utf-8")
    with pytest.raises(RulesetError) as info:
        Engine(rules)
    assert "python/" in str(info.value)
    assert not marker.exists()


def test_ruleset_extending_a_tagged_base_is_refused(tmp_path):
    marker = tmp_path / "ran"
    base = tmp_path / "base.yaml"
    base.write_text(f"x: !!python/object/apply:os.system ['touch {marker}']\n", encoding="utf-8")
    child = tmp_path / "child.yaml"
    child.write_text("extends: base.yaml\nruleset: child\n", encoding="utf-8")
    with pytest.raises(RulesetError):
        Engine(child)
    assert not marker.exists()


def test_application_text_is_never_evaluated(tmp_path, engine):
    """Template, format and code syntax in an application reach the report as text."""
    marker = tmp_path / "ran"
    texts = [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{0.__class__} %s %(x)s {x!r}",
        f"__import__('os').system('touch {marker}')",
        "${7*7} #{7*7} <%= 7*7 %>",
    ]
    app = read_application(_small_application(tmp_path / "a.docx"))
    app.passages[1].text = " ".join(texts) + " All assignments are moderated by the external examiner."
    report = engine.evaluate(app)
    quotes = [e.quote for r in report.requirements for e in r.evidence]
    assert any(all(t in q for t in texts) for q in quotes), quotes
    assert not marker.exists()

