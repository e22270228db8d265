"""Property-based tests (hypothesis) over the extractor and the rule engine.

Whatever the text and whatever the shape of the document, the engine gives
either a report or its own :class:`~approval_engine.errors.EngineError`, never
another exception:

* document trees (headings, paragraphs, list items, tables of random shapes
  with merged and nested cells, comments) of arbitrary text written as
  ``.docx`` with python-docx are extracted, loses no word, and evaluate to a
  report that renders in every format;
* bytes of a valid ``.docx`` changed at random (flipped, cut short) are
  extracted or refused with an ``InputError``;
* applications given directly in the application model, with any text at all
  (every control character included; only surrogates excluded, which XML
  cannot hold), evaluate to a report whose JSON gives back the exact text.

Example counts are modest (``max_examples`` 25–40, no deadline) so the file
runs in well under a minute; ``PROPERTY_EXAMPLES=500`` runs a longer search.
"""

from __future__ import annotations

import io
import json
import os
import re
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from approval_engine.catalogue import load_catalogue
from approval_engine.ingest.document import Comment, Location
from approval_engine.errors import EngineError, InputError
from approval_engine.judge.evaluate import Engine
from approval_engine.ingest.extract import extract, normalise_space
from approval_engine.ingest.model import Application, Passage, build_application
from approval_engine.report import render

SETTINGS = dict(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
VERDICTS = {"met", "partially_met", "not_met", "not_applicable"}
N_REQUIREMENTS = len(load_catalogue().ids())
EXAMPLES = int(os.environ.get("PROPERTY_EXAMPLES", "40"))


# Arbitrary text without surrogates: C0 and C1 controls, format characters
# (bidi overrides, zero-width joiners), private use, astral planes.
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
# The same, less what XML 1.0 cannot hold (C0 controls but tab, LF and CR;
# U+FFFE and U+FFFF), for text written into a .docx.
# Words from the specification's vocabulary are mixed in so rules fire too.
_words = st.sampled_from(
    ["moderated", "external examiner", "SENCO", "induction", "we do not offer", "we hope to", "[TBC]",
     "Criterion 2", "•", "- ", "1)", "CRB checks", "partnership", "assessment", "\t", "\n", ".", " "]
)  # fmt: skip
_xml_chars = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0xD7FF),  # C1 controls and format characters included
    st.characters(min_codepoint=0xE000, max_codepoint=0xFFFD),
    st.characters(min_codepoint=0x10000),
    st.sampled_from("\t\n\r"),
)
xml_text = st.lists(
    st.one_of(st.text(_xml_chars, max_size=20), _words),
    max_size=6,
).map("".join)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def check_report(engine: Engine, app: Application) -> dict:
    """Evaluate and render in every format; the JSON is returned parsed."""
    try:
        report = engine.evaluate(app)
    except EngineError:
        return {}
    assert len(report.requirements) == N_REQUIREMENTS
    assert {r.verdict.value for r in report.requirements} <= VERDICTS
    for fmt in ("html", "md"):
        out = render(report, fmt)
        assert out
        out.encode("utf-8")  # strict: always valid UTF-8
    data = json.loads(render(report, "json"))
    assert data == json.loads(json.dumps(report.to_json_dict()))
    return data


# ------------------------------------------------------------- document trees

heading = st.tuples(st.just("heading"), st.integers(0, 9), xml_text)
paragraph = st.tuples(
    st.just("paragraph"), st.sampled_from(["Normal", "List Bullet", "List Number", "Quote", "Title"]), xml_text
)


@st.composite
def table(draw):
    rows, cols = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    cells = draw(st.lists(xml_text, min_size=rows * cols, max_size=rows * cols))
    merge = None
    if draw(st.booleans()) and rows * cols > 1:
        r0, c0 = draw(st.integers(0, rows - 1)), draw(st.integers(0, cols - 1))
        r1, c1 = draw(st.integers(r0, rows - 1)), draw(st.integers(c0, cols - 1))
        merge = (r0, c0, r1, c1)
    nested = draw(st.none() | st.tuples(st.integers(0, rows - 1), st.integers(0, cols - 1), xml_text))
    return ("table", rows, cols, cells, merge, nested)


document_tree = st.lists(st.one_of(heading, paragraph, table()), max_size=8)
comment = st.none() | st.tuples(xml_text, xml_text)


def write_docx(tree, note, path: Path) -> list[str]:
    """Write the tree; return every text written (for the 'loses nothing' check)."""
    d = docx.Document()
    written: list[str] = []
    first_run = None
    for node in tree:
        if node[0] == "heading":
            _, level, text = node
            p = d.add_heading(text, level=level)
            written.append(text)
        elif node[0] == "paragraph":
            _, style, text = node
            p = d.add_paragraph(text, style=style)
            written.append(text)
        else:
            _, rows, cols, cells, merge, nested = node
            t = d.add_table(rows=rows, cols=cols)
            for i, text in enumerate(cells):
                t.cell(i // cols, i % cols).text = text
            if merge:
                r0, c0, r1, c1 = merge
                t.cell(r0, c0).merge(t.cell(r1, c1))  # merged cells keep every cell's text
            written.extend(cells)
            if nested:
                r, c, text = nested
                inner = t.cell(r, c).add_table(rows=1, cols=2)
                inner.cell(0, 0).text = text
                written.append(text)
            continue
        if first_run is None and p.runs:
            first_run = p.runs[0]
    if note and first_run is not None:
        d.add_comment(first_run, text=note[0], author=normalise_space(note[1])[:40] or "A", initials="A")
    d.save(str(path))
    return written


_TOKEN = re.compile(r"[^\W\d_]{3,}")


def tokens(text: str) -> set[str]:
    return set(_TOKEN.findall(normalise_space(text)))


@settings(max_examples=EXAMPLES, **SETTINGS)
@given(tree=document_tree, note=comment)
def test_any_document_tree_extracts_and_evaluates(tmp_path, engine, tree, note):
    path = tmp_path / "tree.docx"
    written = write_docx(tree, note, path)
    try:
        doc = extract(path)
    except InputError as exc:
        event(f"refused: {str(exc).split(': ', 2)[1][:40]}")
        return
    event("extracted")
    found = " ".join([b.text for b in doc.blocks] + [doc.title] + [c.text for c in doc.comments])
    lost = set().union(*(tokens(t) for t in written)) - tokens(found) if written else set()
    assert not lost, (lost, written, [b.text for b in doc.blocks])
    for b in doc.blocks:
        assert b.text == b.text.strip() and "\n" not in b.text
        if b.kind == "cell":
            assert b.location.table and b.location.row and b.location.column
    check_report(engine, build_application(doc))


# ---------------------------------------------------------- corrupted packages


@pytest.fixture(scope="module")
def small_docx(tmp_path_factory) -> bytes:
    """A small valid .docx with a comment, a table and the usual parts."""
    d = docx.Document()
    d.add_heading("Assessment", level=1)
    run = d.add_paragraph().add_run("All assignments are second-marked and moderated by the external examiner.")
    d.add_comment(run, text="Check this.", author="Jo", initials="J")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Name of provider", "Harbour Teaching Alliance"
    src = tmp_path_factory.mktemp("small") / "src.docx"
    d.save(str(src))
    return src.read_bytes()


def _parts(blob: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _package(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return out.getvalue()


XML_PARTS = ["word/document.xml", "word/styles.xml", "word/comments.xml", "docProps/core.xml",
             "_rels/.rels", "word/_rels/document.xml.rels", "[Content_Types].xml", "word/numbering.xml"]


@settings(max_examples=EXAMPLES, **SETTINGS)
@given(data=st.data())
def test_changed_bytes_are_read_or_refused(tmp_path, engine, small_docx, data):
    """Bytes changed in the zip itself, or inside one XML part of a well-formed zip."""
    how = data.draw(st.sampled_from(["zip-flip", "zip-cut", "xml-flip", "xml-cut", "xml-insert"]))
    if how.startswith("zip"):
        blob = bytearray(small_docx)
        if how == "zip-flip":
            for _ in range(data.draw(st.integers(1, 8))):
                blob[data.draw(st.integers(0, len(blob) - 1))] = data.draw(st.integers(0, 255))
        else:
            blob = blob[: data.draw(st.integers(0, len(blob) - 1))]
        blob = bytes(blob)
    else:
        parts = _parts(small_docx)
        name = data.draw(st.sampled_from([n for n in XML_PARTS if n in parts]))
        xml = bytearray(parts[name])
        at = data.draw(st.integers(0, len(xml) - 1))
        if how == "xml-flip":
            for _ in range(data.draw(st.integers(1, 4))):
                xml[data.draw(st.integers(0, len(xml) - 1))] = data.draw(st.integers(0, 255))
        elif how == "xml-cut":
            xml = xml[:at]
        else:
            xml[at:at] = data.draw(
                st.binary(min_size=1, max_size=30) | st.sampled_from(
                    [b"<w:p>", b"</w:body>", b"&amp", b"<![CDATA[", b"<?pi?>", b"<!--", b"\xef\xbb\xbf", b"\x00"]
                )
            )
        parts[name] = bytes(xml)
        blob = _package(parts)
        event(f"{how} {name}")
    path = tmp_path / "changed.docx"
    path.write_bytes(blob)
    try:
        doc = extract(path)
    except InputError as exc:
        assert "\n" not in str(exc) and str(path) in str(exc)
        event(f"{how}: refused")
        return
    event(f"{how}: read")
    check_report(engine, build_application(doc))


# --------------------------------------------------------- the application model

kinds = st.sampled_from(["heading", "paragraph", "list_item", "cell", "label", "footnote", "endnote"])


@st.composite
def application(draw):
    n = draw(st.integers(0, 12))
    passages = []
    for i in range(n):
        kind = draw(kinds)
        path = tuple(draw(st.lists(any_text, max_size=3)))
        loc = Location(
            part="footnote" if kind == "footnote" else "endnote" if kind == "endnote" else "body",
            heading_path=path,
            paragraph=i + 1,
            table=draw(st.none() | st.integers(1, 3)),
            row=draw(st.none() | st.integers(1, 5)),
            column=draw(st.none() | st.integers(1, 5)),
        )
        text = draw(st.one_of(any_text, xml_text))
        passages.append(Passage(id=f"p{i}", kind=kind, text=text, location=loc, label=draw(any_text)))
    comments = [Comment(author=draw(any_text), text=draw(any_text), anchor=draw(any_text))
                for _ in range(draw(st.integers(0, 2)))]
    return Application(
        title=draw(any_text), source=draw(any_text), provider=draw(any_text), passages=passages,
        comments=comments, warnings=draw(st.lists(any_text, max_size=2)),
    )  # fmt: skip


@settings(max_examples=EXAMPLES, **SETTINGS)
@given(app=application())
def test_any_application_model_evaluates(engine, app):
    data = check_report(engine, app)
    if not data:
        return
    assert data["application"] == app.title and data["source"] == app.source
    assert [c["text"] for c in data["comments"]] == [c.text for c in app.comments]
    for r in data["requirements"]:  # every quote is text of some passage (whitespace folded)
        for e in r["evidence"] + r["concerns"]:
            quote = e["quote"].rstrip("…")
            assert any(quote in " ".join(p.text.split()) for p in app.passages), quote


@settings(max_examples=max(EXAMPLES * 5 // 8, 1), **SETTINGS)
@given(texts=st.lists(any_text, min_size=1, max_size=5))
def test_sentences_around_a_matching_one_never_break_it(engine, texts):
    """Arbitrary text around a sentence that meets 5.8 keeps the report well-formed."""
    sentence = "All assignments are second-marked and moderated by the external examiner."
    passages = [Passage(id="h", kind="heading", text="Assessment")]
    passages += [Passage(id=f"b{i}", text=f"{t} {sentence} {t}") for i, t in enumerate(texts)]
    data = check_report(engine, Application(title="t", passages=passages))
    assert data
