"""Which quotes a verdict shows (approval_engine.judge.evidence): the claims
that carry each aspect's own status, at most a few per aspect, strongest
first; never a sentence both for and against a requirement."""

from __future__ import annotations

from approval_engine.judge.evidence import PER_ASPECT
from conftest import ROOT, make_app

SAMPLE = ROOT / "applications" / "riverside-senco-2009.docx"

FRAGMENT = "Moderation by the external examiner."
LONG_1 = "Every assignment is second-marked, and the external examiner moderates a sample of 20% each June."
LONG_2 = "A second tutor moderates every assignment that falls within five marks of a pass boundary."
LONG_3 = "All moderated marks go to the University's examination board in July."
LONG_4 = "The external examiner reviews a sample of assignments from every module each year."


def _result(report, rid):
    return next(r for r in report.requirements if r.id == rid)


def test_the_strongest_few_per_aspect_first(engine):
    r = _result(engine.evaluate(make_app(FRAGMENT, LONG_1, LONG_2, LONG_3, LONG_4)), "5.8")
    assert r.verdict.value == "met", r.rationale
    quotes = [e.quote for e in r.evidence]
    by_aspect: dict[str, int] = {}
    for e in r.evidence:
        by_aspect[e.aspect] = by_aspect.get(e.aspect, 0) + 1
    assert max(by_aspect.values()) <= PER_ASPECT
    assert FRAGMENT not in quotes  # a few words come after whole statements, and the whole ones fill the places
    assert quotes[0] == LONG_1  # among equals, document order


def test_a_supported_aspect_shows_only_its_supported_claims(engine):
    hedge = "We hope to ask the external examiner to moderate a sample of assignments in future."
    r = _result(engine.evaluate(make_app(LONG_1, hedge)), "5.8")
    assert r.verdict.value == "met"
    assert hedge not in [e.quote for e in r.evidence]


def test_no_sentence_is_shown_both_for_and_against_a_requirement(engine):
    report = engine.evaluate_file(SAMPLE)
    for r in report.requirements:
        shown = {e.quote for e in r.evidence}
        assert not shown & {e.quote for e in r.concerns}, r.id


def test_every_quote_can_be_found_in_word_by_its_paragraph_or_cell_and_snippet(engine):
    """A reviewer finds a quote in Word by searching for its snippet: the snippet is in the
    paragraph the location names (the n-th paragraph with text) or in the table cell it names."""
    import docx

    document = docx.Document(str(SAMPLE))
    paragraphs = [p.text for p in document.paragraphs if p.text.strip()]
    checked = 0
    for r in engine.evaluate_file(SAMPLE).requirements:
        for e in r.evidence:
            loc = e.location
            assert e.find and e.quote.startswith(e.find.split()[0])
            if loc.part != "body":
                continue
            if loc.table is not None:
                cell = document.tables[loc.table - 1].cell(loc.row - 1, loc.column - 1).text
                assert " ".join(e.find.split()) in " ".join(cell.split()), (e.find, loc)
            else:
                assert " ".join(e.find.split()) in " ".join(paragraphs[loc.paragraph - 1].split()), (e.find, loc)
            checked += 1
    assert checked > 30


def test_a_quote_from_a_short_list_item_carries_the_items_own_note(tmp_path, engine):
    """"Knows best practice and research in meeting SEN. Assessed: Task 3." shown for how the outcome is assessed
    quotes the note that says so, not the outcome's words alone."""
    from approval_engine.judge.evaluate import read_application
    from test_phenomena import build

    f = build(tmp_path, "items", [
        ("h1", "Block 1: Frameworks (study days 1 to 3)"),
        ("p", "Study day 2 covers research evidence on inclusion and best practice in meeting SEN."),
        ("p", "Outcomes of the block:"),
        ("bullet", "Knows best practice and research in meeting SEN. Assessed: Task 3 literature section."),
        ("bullet", "Knows disability equality law and what it requires of the school. Covered on study day 2; not in a "
                   "task."),
        ("p", "Task 3 is a 5,000-word enquiry, marked for the award."),
    ])
    r = _result(engine.evaluate(read_application(f)), "6.K8")
    assessed = [e.quote for e in r.evidence if e.aspect.startswith("how this outcome is assessed")]
    assert "Knows best practice and research in meeting SEN. Assessed: Task 3 literature section." in assessed, assessed


def test_a_quoted_table_row_is_shown_under_its_columns_headers(engine):
    """A row of an outcome map means what its columns say ("SEN01" under "Module(s) where developed"): each quoted
    row carries the headers over its filled cells, in the quote's order, and the location a reviewer reads says them."""
    import docx

    document = docx.Document(str(SAMPLE))
    checked = 0
    for r in engine.evaluate_file(SAMPLE).requirements:
        for e in r.evidence + r.concerns:
            if e.location.table is None or " | " not in e.quote:
                continue
            table = document.tables[e.location.table - 1]
            header = [c.text.strip() for c in table.rows[0].cells]
            row = [c.text.strip() for c in table.rows[e.location.row - 1].cells]
            assert e.quote == " | ".join(x for x in row if x)
            expected = " | ".join(h for h, x in zip(header, row) if x)
            assert e.columns == expected, (r.id, e.quote)
            assert e.where.endswith(f"— headers: {expected}")
            checked += 1
    assert checked >= 20


def test_a_map_without_a_header_row_shows_no_headers(tmp_path, engine):
    """A map whose first row is already an outcome has no headers to show: none are made up from its first row."""
    from approval_engine.judge.evaluate import read_application
    from test_phenomena import build

    from approval_engine.catalogue import load_catalogue

    catalogue = load_catalogue()
    rows = [["Outcome", "Module", "Assessed by"]] + [
        [catalogue.get(f"6.K{n}").text, f"Module {n % 2 + 1}", f"Assignment {n % 2 + 1}"] for n in range(1, 9)]
    story = [("h1", "Where the outcomes are developed and assessed"),
             ("p", "Assignments 1 and 2 are marked for the award.")]
    with_header = engine.evaluate(read_application(build(tmp_path, "headed", story + [("table", rows)])))
    without = engine.evaluate(read_application(build(tmp_path, "bare", story + [("table", rows[1:])])))

    def shown(report):
        return [e for r in report.requirements if r.id.startswith("6.") for e in r.evidence + r.concerns
                if e.location.table is not None and " | " in e.quote]

    assert shown(with_header) and all(e.columns == "Outcome | Module | Assessed by" for e in shown(with_header))
    assert shown(without) and all(e.columns == "" and "headers" not in e.where for e in shown(without))
