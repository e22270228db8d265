"""End to end through Word: what counts as evidence and what never does.

Each test builds a small application whose only evidence for a requirement
sits in one Word feature, and checks the verdict the engine gives."""

from __future__ import annotations

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

from approval_engine.judge.evaluate import read_application
from conftest import verdicts
from docx_fixtures import AUTHOR, DATE, FOOTNOTES_CT, R_NS, W_NS, _append_xml, _del, _ins

MODERATION = "All assignments are second-marked, moderated across tutors and sampled by the external examiner."


def _base(title="Criterion 5: Quality assurance"):
    d = docx.Document()
    d.add_heading("Application for approval", level=0)
    d.add_heading(title, level=1)
    return d


def test_deleted_text_is_not_evidence_inserted_text_is(tmp_path, engine):
    d = _base()
    p = d.add_paragraph("Assessment: ")
    _append_xml(p, _del(MODERATION, 1))
    q = d.add_paragraph("Placements: ")
    _append_xml(q, _ins("Each participant spends two days on placement in a special school, and educational psychologists teach sessions.", 2))
    f = tmp_path / "tracked.docx"
    d.save(str(f))
    report = engine.evaluate(read_application(f))
    v = verdicts(report)
    assert v["5.8"] == "not_met"  # only in a deleted run
    assert v["5.5"] == "met"  # only in an inserted run
    quotes = " ".join(e.quote for r in report.requirements for e in r.evidence)
    assert "second-marked" not in quotes


def test_comments_never_count_and_are_shown_aside(tmp_path, engine):
    d = _base()
    p = d.add_paragraph()
    run = p.add_run("Tutors mark the assignments.")
    d.add_comment(run, text=MODERATION, author="A. Colleague", initials="AC")
    f = tmp_path / "commented.docx"
    d.save(str(f))
    report = engine.evaluate(read_application(f))
    assert verdicts(report)["5.8"] == "not_met"
    assert any("second-marked" in c.text for c in report.comments)
    assert all("second-marked" not in e.quote for r in report.requirements for e in r.evidence)


def test_footnotes_count_as_evidence_with_their_location(tmp_path, engine):
    d = _base("Criterion 5: Staffing")
    p = d.add_paragraph("The programme is taught by the team named below.")
    p.add_run()._r.append(parse_xml(f'<w:footnoteReference xmlns:w="{W_NS}" w:id="1"/>'))
    notes = (
        f'<w:footnotes xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
        "The programme leader is a former SENCO with a doctorate in inclusive education, and both tutors hold an MA in SEN."
        "</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, notes.encode(), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    f = tmp_path / "footnote.docx"
    d.save(str(f))
    report = engine.evaluate(read_application(f))
    r54 = next(r for r in report.requirements if r.id == "5.4")
    assert r54.verdict.value == "met"
    assert r54.evidence[0].location.part == "footnote"


def test_headers_and_footers_are_not_evidence(tmp_path, engine):
    d = _base()
    d.sections[0].header.paragraphs[0].text = MODERATION
    d.sections[0].footer.paragraphs[0].text = MODERATION
    d.add_paragraph("Tutors mark the assignments.")
    f = tmp_path / "header.docx"
    d.save(str(f))
    assert verdicts(engine.evaluate(read_application(f)))["5.8"] == "not_met"


def test_evidence_in_a_table_cell_has_its_cell_location(tmp_path, engine):
    d = _base()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Requirement", "Our response"
    t.cell(1, 0).text, t.cell(1, 1).text = "5.8 Moderation", MODERATION
    f = tmp_path / "table.docx"
    d.save(str(f))
    r58 = next(r for r in engine.evaluate(read_application(f)).requirements if r.id == "5.8")
    assert r58.verdict.value == "met"
    loc = r58.evidence[0].location
    assert (loc.table, loc.row, loc.column) == (1, 2, 2)
    assert "table 1, row 2, column 2" in r58.evidence[0].where


def test_the_question_in_a_pro_forma_is_not_an_answer(tmp_path, engine):
    """A pro-forma row that only repeats the requirement, with an empty answer, is not met."""
    d = _base("Criterion 2")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Requirement", "Response"
    t.cell(1, 0).text = "2.3 Assessment-only route for experienced candidates"
    f = tmp_path / "proforma.docx"
    d.save(str(f))
    assert verdicts(engine.evaluate(read_application(f)))["2.3"] == "not_met"
