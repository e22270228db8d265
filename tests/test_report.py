"""The report stage: HTML, Markdown and JSON renderings of a Report."""

from __future__ import annotations

import json
import re

import pytest

from approval_engine.ingest.document import Comment, Location
from approval_engine.report import FORMATS, md_escape, render, suffix
from approval_engine.judge.verdicts import CriterionSummary, Evidence, Report, RequirementResult, Verdict

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{{ 7*7 }}",
    "{% raw %}",
    '" onmouseover="x',
]
HOSTILE_TEXT = " ".join(HOSTILE)


def _ev(quote: str, where: str, paragraph: int, aspect: str = "", heading: str = "Criterion 1") -> Evidence:
    return Evidence(
        quote=quote,
        location=Location(heading_path=(heading,), paragraph=paragraph),
        where=where,
        aspect=aspect,
        passage_id=f"p{paragraph}",
    )


def _req(rid: str, criterion: str, verdict: Verdict, **kw) -> RequirementResult:
    data = dict(
        id=rid,
        criterion=criterion,
        title=f"Title of {rid}",
        requirement=f"The programme must do what {rid} asks.",
        source=f"Specification para {rid}",
        guidance=[f"Guidance paragraph for {rid}."],
        verdict=verdict,
        confidence=0.9,
        rationale=f"Rationale for {rid}.",
    )
    data.update(kw)
    return RequirementResult(**data)


def make_report(hostile: str | None = None) -> Report:
    """A small report: all four verdicts, evidence with locations, one
    low-confidence verdict, a concern, a comment. With ``hostile``, that text
    is planted in every application-derived field."""
    h = f" {hostile}" if hostile else ""
    reqs = [
        _req(
            "1.1",
            "1",
            Verdict.met,
            title="Entry requirements" + h,
            rationale="The application states the entry requirements." + h,
            evidence=[
                _ev("Participants must hold QTS." + h, "Criterion 1 › Entry, ¶12" + h, 12, aspect="entry"),
                _ev("Headteachers sign the form.", "Criterion 1 › Entry, ¶13", 13),
            ],
        ),
        _req(
            "1.2",
            "1",
            Verdict.partially_met,
            confidence=0.55,
            low_confidence=True,
            rationale="Only some aspects are evidenced.",
            evidence=[_ev("We review prior learning.", "Criterion 1 › Prior learning, ¶14", 14, aspect="prior learning")],
            concerns=[_ev("We do not yet accredit prior learning." + h, "Criterion 1 › Prior learning, ¶15", 15)],
            missing=["accreditation of prior learning", "mapping to outcomes"],
            guidance=["Providers should explain APL.", "Second guidance paragraph."],
        ),
        _req(
            "6.S2a",
            "6",
            Verdict.not_met,
            confidence=0.8,
            rationale="No evidence of school-based assessment.",
            missing=["school-based assessment"],
        ),
        _req(
            "6.S3",
            "6",
            Verdict.not_applicable,
            confidence=1.0,
            rationale="Not applicable to this route.",
        ),
    ]
    criteria = [
        CriterionSummary(id="1", title="Admissions", counts={"met": 1, "partially_met": 1}, has_gaps=True),
        CriterionSummary(id="6", title="Assessment", counts={"not_met": 1, "not_applicable": 1}, has_gaps=True),
    ]
    return Report(
        engine_version="0.1.0",
        ruleset="tda-senco-2008",
        ruleset_version="1.0",
        specification="TDA National Award for SEN Coordination: specification (2008)",
        application="Application from Example University" + h,
        source="application" + (hostile or "") + ".docx",
        sha256="ab" * 32,
        provider="Example University" + h,
        requirements=reqs,
        criteria=criteria,
        comments=[Comment(author="Reviewer" + h, date="2009-01-02", anchor="entry" + h, text="COMMENT-TEXT please check" + h)],
        warnings=["Document has tracked changes" + h],
    )


# --------------------------------------------------------------------------
# formats


def test_formats_and_suffixes():
    assert FORMATS == ("html", "md", "json")
    assert [suffix(f) for f in FORMATS] == [".html", ".md", ".json"]
    with pytest.raises(ValueError):
        suffix("pdf")
    with pytest.raises(ValueError):
        render(make_report(), "pdf")


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_contains_ids_verdicts_locations(fmt):
    out = render(make_report(), fmt)
    for rid in ("1.1", "1.2", "6.S2a", "6.S3"):
        assert rid in out
    for loc in ("Criterion 1 › Entry, ¶12", "Criterion 1 › Prior learning, ¶14"):
        assert loc in out
    labels = [v.value for v in Verdict] if fmt == "json" else [v.label for v in Verdict]
    for label in labels:
        assert label.lower() in out.lower()


def test_json_structure():
    report = make_report()
    data = json.loads(render(report, "json"))
    assert data["summary"]["counts"] == report.counts
    assert len(data["requirements"]) == 4
    for r in data["requirements"]:
        for key in ("id", "criterion", "verdict", "rationale", "evidence"):
            assert key in r
        for ev in r["evidence"]:
            assert "location" in ev and isinstance(ev["location"], dict)
    assert data["requirements"][0]["evidence"][0]["location"]["paragraph"] == 12
    assert render(report, "json") == json.dumps(report.to_json_dict(), indent=2, ensure_ascii=False)


# --------------------------------------------------------------------------
# HTML


def test_html_structure_and_anchors():
    html = render(make_report(), "html")
    assert html.lstrip().startswith("<!DOCTYPE html>")
    assert html.count("<article") == 4
    assert html.count('<section class="criterion"') == 2
    assert 'id="req-6-S2a"' in html and 'href="#req-6-S2a"' in html
    assert 'id="req-1-1"' in html
    assert "<h1>" in html and "<h2>" in html and "<h3>" in html
    assert "@media print" in html and "break-inside: avoid" in html
    # header metadata
    for text in ("tda-senco-2008 1.0", "TDA National Award", "approval-engine 0.1.0", "Example University", "application.docx"):
        assert text in html
    # criteria in the order given, requirements under their criterion
    assert html.index('id="crit-1"') < html.index('id="req-1-2"') < html.index('id="crit-6"') < html.index('id="req-6-S2a"')


def test_html_gap_boxes_only_for_gaps():
    html = render(make_report(), "html")
    assert html.count("What the specification asks for</h4>") == 2
    assert "The programme must do what 1.2 asks." in html
    assert "The programme must do what 6.S2a asks." in html
    assert "The programme must do what 1.1 asks." not in html
    assert "accreditation of prior learning" in html
    assert "Providers should explain APL." in html
    assert "Specification para 6.S2a" in html


def test_html_concerns_labelled_not_evidence():
    html = render(make_report(), "html")
    assert "not counted as evidence" in html
    m = re.search(r'<blockquote class="concern">(.*?)</blockquote>', html, re.S)
    assert m and "We do not yet accredit prior learning." in m.group(1)
    for q in re.findall(r'<blockquote class="evidence">(.*?)</blockquote>', html, re.S):
        assert "do not yet accredit" not in q


def test_html_summary_counts_match():
    report = make_report()
    html = render(report, "html")
    for v in Verdict:
        m = re.search(rf'<tr class="count-{v.value}">.*?<td class="n">(\d+)</td>', html, re.S)
        assert m, v
        assert int(m.group(1)) == report.counts[v.value]
    assert re.search(r"Criteria with gaps: 2\b", html)
    assert re.search(r"Low-confidence verdicts to check: 1\b", html)
    assert re.search(r'<td class="n">4</td>', html)  # total


def test_html_low_confidence_flag():
    html = render(make_report(), "html")
    assert html.count('class="flag-check"') == 1
    art = re.search(r'<article[^>]*id="req-1-2".*?</article>', html, re.S).group(0)
    assert "Check this" in art and "0.55" in art


def test_html_comments_section_separate_from_evidence():
    html = render(make_report(), "html")
    assert "Comments in the Word file (not part of the submission, never used as evidence)" in html
    assert 'id="comments"' in html
    for q in re.findall(r"<blockquote.*?</blockquote>", html, re.S):
        assert "COMMENT-TEXT" not in q
    section = html[html.index('id="comments"') :]
    assert "COMMENT-TEXT please check" in section
    assert html.index("COMMENT-TEXT") > html.index('id="comments"')


def test_html_is_self_contained():
    html = render(make_report(), "html")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert "<link" not in html.lower()
    assert "<script" not in html.lower()
    assert "@import" not in html
    assert "url(" not in html


def test_html_warnings_listed():
    html = render(make_report(), "html")
    assert "Document has tracked changes" in html
    report = make_report().model_copy(update={"warnings": []})
    assert 'id="warnings"' not in render(report, "html")


def test_html_escapes_hostile_text():
    html = render(make_report(HOSTILE_TEXT), "html")
    assert "<script" not in html.lower()
    assert "<img src=x" not in html.lower()
    assert "onerror=alert(1)>" not in html
    assert '" onmouseover="x' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "{{ 7*7 }}" in html
    assert "49" not in html
    assert "{% raw %}" in html
    # hostile text reached every field we planted it in, escaped
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 8
    # the only tags in the document are our own
    tags = set(re.findall(r"<\s*([a-zA-Z][a-zA-Z0-9]*)", html))
    assert tags <= {
        "html", "head", "meta", "title", "style", "body", "header", "p", "h1", "h2", "h3", "h4", "dl", "dt", "dd",
        "code", "main", "section", "table", "thead", "tbody", "tr", "th", "td", "span", "strong", "a", "ul", "ol",
        "li", "nav", "article", "figure", "blockquote", "figcaption", "div", "aside", "footer",
        "form", "fieldset", "legend", "label", "input", "q",  # the show-filter; a search snippet
    }  # fmt: skip


# --------------------------------------------------------------------------
# Markdown


def test_md_structure():
    md = render(make_report(), "md")
    assert md.startswith("# Gap report: ")
    assert md.index("## Summary") < md.index("## Criterion 1") < md.index("## Criterion 6")
    assert md.index("## Criterion 1") < md.index("### 1.2") < md.index("## Criterion 6") < md.index("### 6.S2a")
    assert "| met | 1 |" in md and "| partially met | 1 |" in md and "| not met | 1 |" in md
    assert "| not applicable | 1 |" in md
    assert "**Criteria with gaps: 2**" in md
    assert "**Low-confidence verdicts to check: 1**" in md
    assert md.count("**What the specification asks for:**") == 2
    assert "not counted as evidence" in md
    assert "\n\n\n" not in md


def test_md_quotes_are_blockquotes_with_location():
    report = make_report()
    report.requirements[0].evidence[0].quote = "First line.\nSecond line."
    md = render(report, "md")
    assert "> First line.\n> Second line.\n\n*Location: Criterion 1 › Entry, ¶12 · supports: entry*" in md


def test_md_low_confidence_flag_and_comments():
    md = render(make_report(), "md")
    assert md.count("CHECK THIS") == 1
    sec = md[md.index("### 1.2") : md.index("### 6.S2a")]
    assert "CHECK THIS" in sec
    assert "## Comments in the Word file (not part of the submission, never used as evidence)" in md
    comments = md[md.index("## Comments in the Word file") :]
    assert "COMMENT-TEXT please check" in comments
    for line in md.splitlines():
        if line.startswith(">"):
            assert "COMMENT" not in line


def test_md_escapes_hostile_text():
    md = render(make_report(HOSTILE_TEXT), "md")
    assert "<script" not in md.lower()
    assert "<img" not in md.lower()
    assert "&lt;script&gt;" in md
    assert "49" not in md
    # no raw HTML at all beyond what we never emit
    assert "<" not in md


def test_md_escape_filter():
    assert md_escape("<b>&") == "&lt;b&gt;&amp;"
    assert md_escape("*a* _b_ `c` [d](e) #f |g| ~h~ !i") == r"\*a\* \_b\_ \`c\` \[d\]\(e\) \#f \|g\| \~h\~ \!i"
    assert md_escape("# Heading\n- item\n1. one") == r"\# Heading \- item 1\. one"
    assert md_escape("1. list") == r"1\. list"
    assert md_escape("back\\slash") == "back\\\\slash"
    assert md_escape(None) == ""


# --------------------------------------------------------------------------
# edge cases


@pytest.mark.parametrize("fmt", FORMATS)
def test_zero_requirements(fmt):
    report = Report(
        engine_version="0.1.0",
        ruleset="r",
        ruleset_version="1",
        specification="spec",
        application="Empty",
        source="empty.docx",
        requirements=[],
    )
    out = render(report, fmt)
    assert "Empty" in out
    if fmt != "json":
        assert "No requirements were assessed" in out


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_evidence_every_verdict(fmt):
    reqs = [_req(f"9.{n}", "9", v, evidence=[], guidance=[], missing=[]) for n, v in enumerate(Verdict, 1)]
    report = Report(
        engine_version="0.1.0",
        ruleset="r",
        ruleset_version="1",
        specification="spec",
        application="A",
        source="a.docx",
        requirements=reqs,
        criteria=[CriterionSummary(id="8", title="Unused", counts={}, has_gaps=False)],
    )
    out = render(report, fmt)
    for r in reqs:
        assert r.id.replace(".", "\\.") in out or r.id in out
    if fmt == "html":
        # criterion 9 is not in report.criteria but is still shown; criterion 8 has none
        assert 'id="crit-9"' in out and 'id="crit-8"' in out
        assert "No requirements assessed under this criterion." in out
        assert out.count("No evidence quoted.") == 4


def test_duplicate_and_odd_ids_get_unique_anchors():
    reqs = [_req("6.S2a", "6", Verdict.met), _req("6-S2a", "6", Verdict.met), _req("<x>", "6", Verdict.met)]
    report = make_report().model_copy(update={"requirements": reqs})
    html = render(report, "html")
    ids = re.findall(r'<article[^>]*id="([^"]+)"', html)
    assert ids == ["req-6-S2a", "req-6-S2a-2", "req-x"]


# --------------------------------------------------------------------------
# the report opens with the gaps


def _outcome(rid: str, verdict: Verdict, developed: str, assessed: str, **kw) -> RequirementResult:
    from approval_engine.judge.verdicts import AspectResult

    return _req(rid, "6", verdict, aspects=[
        AspectResult(name="developed", describe="where the programme develops this outcome", status=developed),
        AspectResult(name="assessed", describe="how this outcome is assessed", status=assessed)], **kw)


def _gap_report() -> Report:
    base = make_report()
    reqs = [
        _req("E.1", "E", Verdict.partially_met, confidence=0.9),
        *base.requirements[:2],  # 1.1 met, 1.2 partially met (low confidence 0.55)
        _req("2.3", "2", Verdict.not_met, confidence=0.9),
        _req("E.2", "E", Verdict.not_met, confidence=0.9),
        _outcome("6.K1", Verdict.met, "supported", "supported"),
        _outcome("6.K2", Verdict.partially_met, "supported", "tentative", confidence=0.7),
        _outcome("6.K3", Verdict.not_met, "supported", "absent", confidence=0.95, missing=["how this outcome is assessed"]),
    ]
    return base.model_copy(update={"requirements": reqs})


def _section(html: str, anchor: str) -> str:
    return re.search(rf'<section id="{anchor}".*?</section>', html, re.S).group(0)


def test_html_gaps_list_opens_the_report_most_serious_first():
    html = render(_gap_report(), "html")
    gaps = _section(html, "gaps")
    assert html.index('id="gaps"') < html.index('class="toc"') < html.index('class="criterion"')
    listed = re.findall(r'<a href="#(req-[^"]+)" class="req-id">([^<]+)</a>', gaps)
    # not met before partially met; eligibility first within each; then the least certain first
    assert [rid for _, rid in listed] == ["E.2", "2.3", "6.K3", "E.1", "1.2", "6.K2"]
    assert "1.1" not in [rid for _, rid in listed] and "6.K1" not in [rid for _, rid in listed]
    for anchor, _ in listed:  # each one links to its card
        assert f'<article class="req ' in html and re.search(rf'<article[^>]*id="{anchor}"', html)
    assert "not evidenced: how this outcome is assessed" in gaps
    assert "low confidence" in re.search(r"<li>.*?req-1-2.*?</li>", gaps, re.S).group(0)


def test_html_gaps_list_says_when_there_are_none():
    report = make_report()
    report = report.model_copy(update={"requirements": [r for r in report.requirements if not r.verdict.is_gap]})
    gaps = _section(render(report, "html"), "gaps")
    assert "<ol>" not in gaps and "None: every requirement is met or not applicable" in gaps


def test_html_contents_coloured_by_verdict():
    toc = re.search(r'<nav class="toc".*?</nav>', render(_gap_report(), "html"), re.S).group(0)
    assert re.search(r'href="#req-2-3" class="v-not_met"', toc)
    assert re.search(r'href="#req-1-1" class="v-met"', toc)
    assert re.search(r'href="#req-6-K2" class="v-partially_met"', toc)


def test_html_outcome_matrix_shows_developed_and_assessed_per_outcome():
    html = render(_gap_report(), "html")
    matrix = _section(html, "outcomes")
    assert html.index('id="outcomes"') < html.index('class="criterion"')  # before the cards
    rows = re.findall(r'<tr>\s*<th scope="row"><a href="#req-([^"]+)".*?</tr>', matrix, re.S)
    assert rows == ["6-K1", "6-K2", "6-K3"]  # the requirements with both aspects, and only those
    row = re.search(r'<tr>\s*<th scope="row"><a href="#req-6-K3".*?</tr>', matrix, re.S).group(0)
    cells = re.findall(r'<td class="cell (\w+)"', row)
    assert cells == ["met", "not_met"]
    row = re.search(r'<tr>\s*<th scope="row"><a href="#req-6-K2".*?</tr>', matrix, re.S).group(0)
    assert re.findall(r'<td class="cell (\w+)"', row) == ["met", "partially_met"]


def test_html_no_outcome_matrix_without_outcome_aspects():
    assert 'id="outcomes"' not in render(make_report(), "html")


def test_html_filter_needs_no_script_and_marks_what_it_hides():
    html = render(_gap_report(), "html")
    assert "<script" not in html
    assert re.search(r'<input type="radio" name="show" id="show-all" value="all" checked>', html)
    assert 'id="show-gaps"' in html and 'id="show-low"' in html
    # the CSS hides met and not applicable cards for "gaps", cards without the low flag for "low"
    assert "body:has(#show-gaps:checked) article.req-met" in html
    assert "body:has(#show-low:checked) article.req:not(.low)" in html
    low = re.findall(r'<article class="req req-\w+ low"', html)
    assert len(low) == 1  # 1.2, the one low-confidence verdict


def test_md_opens_with_the_gaps_and_the_outcome_matrix():
    md = render(_gap_report(), "md")
    gaps = md[md.index("## Gaps: 6"):]
    order = [m for m in re.findall(r"^\d+\. \*\*([^*]+)\*\*", gaps, re.M)]
    assert [x.replace("\\", "") for x in order] == ["E.2", "2.3", "6.K3", "E.1", "1.2", "6.K2"]
    assert md.index("## Gaps") < md.index("## Outcome matrix") < md.index("## Criterion")
    assert re.search(r"^\| 6\\?\.K3 .*\| ✓ shown \| ✗ absent \| not met \|$", md, re.M)
