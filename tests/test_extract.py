"""Tests of approval_engine.ingest.extract on small Word files built by the tests:
what is read and where it stands (bad input: tests/test_package.py)."""

from __future__ import annotations

import json

import hashlib
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

try:
    import docx_fixtures as fx
except ImportError:  # pytest run with --import-mode=importlib
    from tests import docx_fixtures as fx

from approval_engine.ingest.document import ExtractedDocument
from approval_engine.ingest.extract import extract, normalise_space

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


# ------------------------------------------------------------------ helpers


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """Build each fixture once per session: built("tables") -> Path."""
    folder = tmp_path_factory.mktemp("docx")
    cache: dict[str, Path] = {}

    def get(name: str) -> Path:
        if name not in cache:
            suffix = ".docm" if name == "docm" else ".docx"
            cache[name] = getattr(fx, name)(folder / f"{name}{suffix}")
        return cache[name]

    return get


@pytest.fixture(scope="session")
def doc(built):
    cache: dict[str, ExtractedDocument] = {}

    def get(name: str) -> ExtractedDocument:
        if name not in cache:
            cache[name] = extract(built(name))
        return cache[name]

    return get


def block(d: ExtractedDocument, text_start: str):
    found = [b for b in d.blocks if b.text.startswith(text_start)]
    assert len(found) == 1, (text_start, [b.text for b in d.blocks])
    return found[0]


def all_text(d: ExtractedDocument) -> str:
    return "\n".join(b.text for b in d.blocks)


# ------------------------------------------------------------ tracked changes


def test_tracked_changes_read_as_submitted(doc):
    d = doc("tracked_changes")
    text = all_text(d)
    # deleted text (a deleted run, and a whole paragraph with its mark deleted) is absent
    assert "single tutor" not in text
    assert "Weekend residentials" not in text
    # inserted text (an inserted run, and a whole inserted paragraph) is present
    interview = block(d, "Applicants are interviewed by")
    assert interview.text == (
        "Applicants are interviewed by two tutors, one from a partner council before an offer is made."
    )
    assert block(d, "Mentors receive a stipend").kind == "paragraph"
    # the deleted paragraph leaves no empty block and no gap in the numbering (as Word shows the final text)
    numbers = [b.location.paragraph for b in d.blocks if b.location.table is None]
    assert numbers == list(range(1, len(numbers) + 1))
    assert any("tracked changes" in w for w in d.warnings)


# ------------------------------------------------------------------ comments


def test_comments_kept_aside_never_in_blocks(doc):
    d = doc("comments")
    assert "librarian" not in all_text(d)
    assert len(d.comments) == 1
    c = d.comments[0]
    assert c.text == "Ask the librarian whether the quoted laptop budget is secured."
    assert c.author == "Jo Checker"
    assert c.anchor == "Learners borrow laptops from the loan desk."
    assert c.date
    assert block(d, "Learners borrow laptops").kind == "paragraph"


# --------------------------------------------------------- footnotes/endnotes


def test_footnote_is_a_block_after_the_body(doc):
    d = doc("footnote")
    note = block(d, "Both senior tutors hold doctorates")
    assert note.location.part == "footnote"
    assert note.location.note == 1
    assert note.location.paragraph is None
    assert note.location.heading_path == ()
    assert note.text == "Both senior tutors hold doctorates in dyslexia research."
    assert d.blocks[-1] is note  # after all body blocks
    body = [b for b in d.blocks if b.location.part == "body"]
    assert all(b.location.paragraph is not None for b in body)
    # the reference marker leaves no docx2python artefact in the body text
    assert block(d, "The tutor team").text == "The tutor team is small but experienced."
    assert "footnote" not in all_text(d).lower()


def test_a_paragraph_records_the_footnotes_it_refers_to(doc):
    """The paragraph a footnote's mark stands in knows the note's number; others refer to none."""
    d = doc("footnote")
    assert block(d, "The tutor team").notes == (1,)
    assert block(d, "Each tutor has a named deputy").notes == ()
    assert block(d, "Both senior tutors hold doctorates").notes == ()


def test_endnote_paragraphs_share_their_note_number(doc):
    d = doc("endnote")
    notes = [b for b in d.blocks if b.location.part == "endnote"]
    assert [b.text for b in notes] == [
        "Agreements were signed by both chief officers.",
        "They are renewed every third year.",
    ]
    assert {b.location.note for b in notes} == {1}
    assert all(b.location.paragraph is None for b in notes)
    assert block(d, "Two councils").text == "Two councils co-teach the law module."


# ---------------------------------------------------------- headers/footers


def test_header_and_footer_text_never_become_blocks(doc):
    d = doc("header_footer")
    text = all_text(d)
    assert "Confidential draft" not in text
    assert "uncontrolled" not in text
    assert block(d, "External examiners").location.heading_path == ("Quality",)


# ------------------------------------------------------------------ headings


def test_headings_by_style_and_as_typed(doc):
    d = doc("headings")
    expected = {
        "Who we are": 1,  # custom style based on Heading 1
        "Local partners": 2,  # custom style carrying w:outlineLvl 1
        "Criterion four": 1,  # typed keyword numbering, Normal style
        "3(b) Recognising earlier study": 2,  # typed sub-numbering
        "Support for learners": 3,  # entirely bold, one below the current level
        "Section 5 – Quality and review": 1,
        "MONITORING AND EVALUATION": 2,  # ALL CAPS
        "4.2 Annual reporting": 2,  # dotted numbering depth
        "Appendix material": 1,  # Word's Heading 1
        "Part C": 1,
    }
    for text, level in expected.items():
        b = block(d, text)
        assert b.kind == "heading", text
        assert b.level == level, text
    # not headings: the document title, a sentence, a long bold paragraph
    assert block(d, "Harbourside Training Consortium").kind == "paragraph"
    assert block(d, "Section 3 covers").kind == "paragraph"
    assert block(d, "This bold paragraph").kind == "paragraph"
    assert block(d, "1) Bring your own laptop").kind == "paragraph"  # typed list, not bold
    assert block(d, "Table 2: Costs").kind == "paragraph"  # a caption
    closing = block(d, "7 Closing statement")  # bold with a plain number
    assert (closing.kind, closing.level) == ("heading", 1)
    assert block(d, "We thank the panel").location.heading_path == ("7 Closing statement",)


def test_a_bold_title_with_a_short_value_set_apart_after_it_is_a_heading(tmp_path):
    """A form's element title is bold, its rating after it not ("E4 Risks to people    Rating 3"): a heading. A bold
    label before a plain statement ("Fees: ...") is not, nor is a bold lead with a plain tail as long as itself."""
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("E4  Risks to people: ").bold = True
    p.add_run("background checks").bold = True
    p.add_run("    Rating 3").italic = True
    d.add_paragraph("Every participant's enhanced disclosure is seen by the course office before a place is confirmed.")
    p = d.add_paragraph()
    p.add_run("Fees: ").bold = True
    p.add_run("the fee is £1,200, paid by the school in two parts")
    p = d.add_paragraph()
    p.add_run("Module 1: ").bold = True
    p.add_run("twenty credits")
    d.save(str(tmp_path / "form.docx"))
    got = extract(tmp_path / "form.docx")
    assert block(got, "E4 Risks to people").kind == "heading"
    assert block(got, "Every participant's").location.heading_path[-1].startswith("E4")
    assert block(got, "Fees:").kind == "paragraph"
    assert block(got, "Module 1:").kind == "paragraph"


def test_heading_paths(doc):
    d = doc("headings")
    assert block(d, "Who we are").location.heading_path == ()
    assert block(d, "Three councils").location.heading_path == ("Who we are", "Local partners")
    assert block(d, "3(b) Recognising").location.heading_path == ("Criterion four",)
    assert block(d, "Every learner").location.heading_path == (
        "Criterion four",
        "3(b) Recognising earlier study",
        "Support for learners",
    )
    assert block(d, "Evaluations are").location.heading_path == (
        "Section 5 – Quality and review",
        "MONITORING AND EVALUATION",
    )
    assert block(d, "The board receives").location.heading_path == (
        "Section 5 – Quality and review",
        "4.2 Annual reporting",
    )
    assert block(d, "Section 3 covers").location.heading_path == ("Part C",)
    # the title never enters a heading path
    assert all("Harbourside Training Consortium" not in b.location.heading_path for b in d.blocks)


def test_title_from_title_style_then_core_property_then_stem(doc):
    assert doc("headings").title == "Harbourside Training Consortium"
    assert doc("everything").title == "Combined sample application"
    assert doc("comments").title == "comments"


def test_table_of_contents_is_skipped(doc):
    d = doc("table_of_contents")
    assert [b.text for b in d.blocks] == ["Contents", "Governance", "A board meets each term."]
    # Word gives "TOC Heading" outline level 9 (body text): not a heading
    assert [b.kind for b in d.blocks] == ["paragraph", "heading", "paragraph"]
    assert any("table of contents" in w for w in d.warnings)


def test_text_struck_through_is_left_unread_as_deleted_text_is(tmp_path):
    """A paragraph or a table row the writer has crossed out (every run struck through)
    is withdrawn: not read, and a warning says how many; one struck word in a sentence
    leaves the sentence."""
    d = docx.Document()
    d.add_paragraph("An assessment-only panel meets in July.").runs[0].font.strike = True
    p = d.add_paragraph("Participants attend ")
    p.add_run("eight").font.strike = True
    p.add_run(" ten study days.")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "June", "Portfolio deadline"
    t.cell(1, 0).text, t.cell(1, 1).text = "July", "Assessment-only panel"
    for cell in t.rows[1].cells:
        cell.paragraphs[0].runs[0].font.strike = True
    path = tmp_path / "struck.docx"
    d.save(str(path))
    got = extract(path)
    texts = [b.text for b in got.blocks]
    assert texts == ["Participants attend eight ten study days.", "June", "Portfolio deadline"]
    assert any("3 paragraphs struck through" in w for w in got.warnings)


# --------------------------------------------------------------------- lists


def test_lists_typed_styled_and_numbered(doc):
    d = doc("typed_bullets")
    items = [b for b in d.blocks if b.kind == "list_item"]
    assert [b.text for b in items] == [
        "lectures on the statutory framework",
        "peer observation in pairs",
        "case reviews with an educational psychologist",
        "online discussion between sessions",
        "register with the library",
        "complete the self-audit",
        "a reflective journal",
    ]
    assert block(d, "Sessions include:").kind == "paragraph"
    assert block(d, "A final presentation").kind == "paragraph"
    assert all(b.location.heading_path == ("Delivery",) for b in items)


# ------------------------------------------------------ paragraphs from a PDF


def test_paragraph_broken_by_hard_returns_is_joined(doc):
    d = doc("pdf_paste")
    joined = block(d, "Each participant submits")
    assert joined.text == (
        "Each participant submits a portfolio of evidence that is moderated by a second "
        "marker drawn from another partner institution."
    )
    assert joined.location.paragraph == 2  # the location of the first piece
    assert not any(b.text.startswith(("moderated", "partner institution")) for b in d.blocks)
    # paragraphs ending a sentence are not joined; each piece was a paragraph in Word, and is counted
    feedback = block(d, "Feedback is returned")
    assert feedback.text == "Feedback is returned within three weeks."
    assert feedback.location.paragraph > joined.location.paragraph + 1
    assert block(d, "Resubmission").location.paragraph == feedback.location.paragraph + 1
    # manual line breaks and tabs become single spaces
    assert block(d, "Marks are confirmed").text == "Marks are confirmed at the exam board held each June."
    assert [b.id for b in d.blocks] == [f"b{i}" for i in range(1, len(d.blocks) + 1)]


# -------------------------------------------------------------------- tables


def test_table_cells_have_table_row_column(doc):
    d = doc("tables")
    cell = block(d, "Working with parents")
    assert cell.kind == "cell"
    assert (cell.location.table, cell.location.row, cell.location.column) == (1, 3, 1)
    assert cell.location.heading_path == ("Module map",)
    assessed = block(d, "Assessed")
    assert (assessed.location.table, assessed.location.row, assessed.location.column) == (1, 2, 3)
    using = block(d, "Using data")
    assert (using.location.row, using.location.column) == (4, 1)


def test_merged_cells_make_one_block_and_rectangular_rows(doc):
    d = doc("tables")
    # the header row merged across three columns is one block, not three
    header = block(d, "Outcomes and where they are taught")
    assert (header.location.row, header.location.column) == (1, 1)
    # the vertically merged cell is one block too
    merged = block(d, "Modules two and three")
    assert (merged.location.row, merged.location.column) == (3, 2)
    # identical text in genuinely separate cells is kept ("Yes" in rows 3 and 4)
    assert [b.location.row for b in d.blocks if b.text == "Yes"] == [3, 4]

    table = d.tables[0]
    assert table.index == 1
    assert table.heading_path == ("Module map",)
    assert {len(r) for r in table.rows} == {3}
    assert len(table.rows) == 4
    assert table.rows[0] == ["Outcomes and where they are taught"] * 3
    assert table.rows[3] == ["Using data", "Modules two and three", "Yes"]
    assert table.cell_blocks[0] == [[header.id]] * 3
    assert table.cell_blocks[3][1] == [merged.id]


def test_a_nested_table_is_read_row_by_row_in_its_outer_cell(doc):
    """A table nested in a cell: each of its rows one line of the outer cell, its cells set apart by " | "
    (never joined to the next row as a sentence broken by a hard return)."""
    d = doc("tables")
    assert len(d.tables) == 2
    inner = block(d, "Term two | Leading a review")
    assert inner.kind == "cell"
    assert (inner.location.table, inner.location.row, inner.location.column) == (2, 1, 2)
    after = block(d, "Reviewed by the mentor.")
    assert (after.location.table, after.location.row, after.location.column) == (2, 1, 2)
    outer = d.tables[1]
    assert outer.rows[0][0] == "Placement"
    assert outer.rows[0][1].split("\n") == [
        "Arrangements:",
        "Term one | Observation",
        "Term two | Leading a review",
        "Reviewed by the mentor.",
    ]
    assert any("nested table" in w and "row by row" in w for w in d.warnings)
    assert block(d, "End of tables.").location.table is None
    assert block(d, "Notes follow").location.table is None


# ----------------------------------------------------------------- text boxes


def test_text_box_text_read_once(doc):
    d = doc("text_box")
    hits = [b for b in d.blocks if "mentor visited fortnightly" in b.text]
    assert len(hits) == 1
    assert hits[0].location.heading_path == ("Case study",)
    assert "1 text box read" in d.warnings


# ------------------------------------------------------------ whole document


def test_content_controls_are_read_and_their_unfilled_placeholders_are_not(doc):
    d = doc("content_controls")
    assert block(d, "Participants may spread the two modules").kind == "paragraph"
    text = all_text(d)
    assert "Enter your response" not in text and "Click here" not in text
    assert "Named tutor" in text


def test_document_fields(doc, built):
    path = built("everything")
    d = doc("everything")
    assert d.source == str(path)
    assert d.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert "Running header" not in all_text(d)
    assert "charged at cost" not in all_text(d)
    assert block(d, "Our offer is").text == "Our offer is free to member schools"
    heading = block(d, "SECTION A")
    assert heading.kind == "heading" and heading.level == 1
    assert block(d, "Contact").location.heading_path == ("SECTION A – ABOUT US",)
    body = [b for b in d.blocks if b.location.part == "body"]
    numbers = [b.location.paragraph for b in body if b.location.table is None and b.location.paragraph]
    assert numbers == sorted(set(numbers)) and numbers[0] == 1


def test_docm_is_read_without_running_anything(doc):
    d = doc("docm")
    assert block(d, "Who we are").kind == "heading"
    assert any("macro" in w for w in d.warnings)


def test_accepts_str_and_path(built):
    path = built("comments")
    assert extract(str(path)).blocks == extract(path).blocks


def test_package_from_another_producer_is_read(doc):
    d = doc("bare_package")  # no r namespace, no styles.xml, no core properties
    assert [(b.kind, b.level, b.text) for b in d.blocks] == [
        ("heading", 2, "Overview"),
        ("paragraph", None, "Sessions run on Tuesday evenings."),
        ("heading", 3, "Venue"),
        ("paragraph", None, "The town library hosts every session."),
    ]
    assert d.blocks[-1].location.heading_path == ("Overview", "Venue")
    assert d.title == "bare_package"


def test_note_part_without_r_prefix_is_repaired(doc):
    d = doc("footnote_part_without_r")
    note = block(d, "Both senior tutors")
    assert (note.location.part, note.location.note) == ("footnote", 1)
    assert [b.text for b in d.blocks] == [b.text for b in doc("footnote").blocks]


def test_strict_open_xml_is_read_like_transitional(doc):
    strict, transitional = doc("strict_ooxml"), doc("tables")
    assert [(b.kind, b.text, b.location) for b in strict.blocks] == [
        (b.kind, b.text, b.location) for b in transitional.blocks
    ]
    assert strict.tables == transitional.tables


# -------------------------------------------------------------------- corpus


CORPUS_FILES = sorted(CORPUS.glob("*.docx")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not CORPUS_FILES, reason="corpus not present")
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_corpus_files_extract(path):
    d = extract(path)
    assert len(d.blocks) > 20
    labels = path.with_name(path.stem + ".labels.json")
    features = json.loads(labels.read_text()).get("features", []) if labels.is_file() else []
    # an essay may have a title and nothing else as headings
    assert sum(b.kind == "heading" for b in d.blocks) >= (1 if "essay" in features else 3)
    assert d.title and d.sha256
    body = [b for b in d.blocks if b.location.part == "body"]
    # paragraphs as Word counts them (increasing, gaps where joined pieces or skipped lines stood);
    # a table cell is found by its table, row and column instead
    numbers = [b.location.paragraph for b in body if b.location.table is None and b.location.paragraph]
    assert numbers == sorted(set(numbers)) and numbers[0] >= 1
    assert all(b.location.paragraph is None and b.location.row for b in body if b.location.table is not None)
    for b in d.blocks:
        assert b.text and b.text == b.text.strip()
        assert "----" not in b.text and "\t" not in b.text and "\n" not in b.text
        if b.kind == "heading":
            assert b.level is not None and b.text not in b.location.heading_path[-1:]
        if b.kind == "cell":
            assert b.location.table and b.location.row and b.location.column
    for t in d.tables:
        assert len({len(r) for r in t.rows}) <= 1
    for c in d.comments:
        assert c.text and c.text not in all_text(d)


# ---------------------------------------------------------------- properties


@given(st.text(alphabet=st.sampled_from(list("ab \t\n\u00a0\u2009.")), max_size=40))
def test_normalise_space(text):
    once = normalise_space(text)
    assert normalise_space(once) == once
    assert "  " not in once and "\t" not in once and "\n" not in once and "\u00a0" not in once
    assert once == once.strip()


_words = st.text(alphabet=st.sampled_from(list("abcdefghij ")), min_size=1, max_size=30).map(
    lambda s: s.strip()
).filter(bool)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_words, min_size=1, max_size=6))
def test_every_sentence_written_is_found(tmp_path, sentences):
    document = docx.Document()
    written = [f"Item {s}." for s in sentences]
    for s in written:
        document.add_paragraph(s)
    path = tmp_path / "prop.docx"
    document.save(str(path))
    d = extract(path)
    assert [b.text for b in d.blocks] == [normalise_space(s) for s in written]



def test_paragraph_numbers_are_those_a_reader_counts_in_word():
    """The n-th paragraph with text in the body, tables and text boxes aside, is ¶n (as python-docx,
    which reads paragraphs as Word stores them, counts them, on a file with no tracked changes)."""
    import docx

    sample = Path(__file__).resolve().parents[1] / "applications" / "riverside-senco-2009.docx"
    word = [p.text for p in docx.Document(str(sample)).paragraphs if p.text.strip()]
    d = extract(sample)
    checked = 0
    for b in d.blocks:
        if b.location.part == "body" and b.location.paragraph is not None:
            assert b.text.split()[0] in word[b.location.paragraph - 1], (b.location.paragraph, b.text[:40])
            checked += 1
    assert checked > 50
