"""The application model: building it from an extracted document, its facts
about the programme and parties, and loading it from JSON/YAML."""

from __future__ import annotations

import json

import pytest

from approval_engine.ingest.document import Block, ExtractedDocument, Location, Table
from approval_engine.errors import InputError
from approval_engine.ingest.model import application_schema, build_application, load_application_file


def _doc(blocks, tables=()):
    return ExtractedDocument(source="x.docx", title="T", blocks=blocks, tables=list(tables))


def test_sections_and_row_labels():
    blocks = [
        Block(id="b1", kind="heading", text="Criterion 2", level=1, location=Location(paragraph=1)),
        Block(id="b2", kind="paragraph", text="We accredit prior learning.", location=Location(heading_path=("Criterion 2",), paragraph=2)),
        Block(id="b3", kind="cell", text="2.3 Assessment-only route", location=Location(heading_path=("Criterion 2",), paragraph=3, table=1, row=1, column=1)),
        Block(id="b4", kind="cell", text="Not offered.", location=Location(heading_path=("Criterion 2",), paragraph=4, table=1, row=1, column=2)),
    ]
    table = Table(index=1, rows=[["2.3 Assessment-only route", "Not offered."]], cell_blocks=[[["b3"], ["b4"]]])
    app = build_application(_doc(blocks, [table]))
    assert [s.heading for s in app.sections] == ["Criterion 2"]
    assert app.sections[0].passage_ids == ["b2", "b3", "b4"]
    kinds = {p.id: p.kind for p in app.passages}
    assert kinds["b3"] == "label" and kinds["b4"] == "cell"
    assert app.passage("b4").label == "2.3 Assessment-only route"


@pytest.mark.parametrize("tag, kind", [
    ("Descriptive", "cell"),  # a word that sorts the sentence: the sentence is what the row says
    ("Yes", "label"),  # a checklist's answer: the statement stays a label, no statement of the provider's
    ("Study Days 2 and 5, with the tutor", "label"),  # an answer beside it: the sentence is its label
])
def test_a_full_sentence_beside_a_one_word_tag_is_what_the_row_says(tag, kind):
    """"I choose two of the four afternoon workshops, so the course fits what I need. | Descriptive": a full sentence
    with only a word or two beside it that sorts it is the row's content, not a label for the tag."""
    sentence = "I choose two of the four afternoon workshops, so the course fits what I need."
    loc = {"heading_path": ("Stories",), "table": 1, "row": 1}
    blocks = [Block(id="b1", kind="cell", text=sentence, location=Location(paragraph=1, column=1, **loc)),
              Block(id="b2", kind="cell", text=tag, location=Location(paragraph=2, column=2, **loc))]
    table = Table(index=1, rows=[[sentence, tag]], cell_blocks=[[["b1"], ["b2"]]])
    app = build_application(_doc(blocks, [table]))
    assert app.passage("b1").kind == kind


def test_programme_and_parties_from_a_cover_page():
    texts = [
        "Riverside Institute, University of Eldermere in partnership with Brackenfield Council and Ashcombe County Council",
        "The award is a Postgraduate Certificate of 60 credits at Level 7, taught part-time with blended learning.",
    ]
    blocks = [Block(id=f"b{i}", kind="paragraph", text=t, location=Location(paragraph=i)) for i, t in enumerate(texts, 1)]
    app = build_application(_doc(blocks))
    assert app.provider.startswith("Riverside Institute")
    assert app.accrediting_hei == "University of Eldermere"
    assert [p.name for p in app.partners] == ["Brackenfield Council", "Ashcombe County Council"]
    assert app.programme.credits == 60 and "Level 7" in app.programme.level
    assert {"part time", "blended"} <= set(app.programme.modes)


def test_json_round_trip_and_schema(tmp_path):
    blocks = [Block(id="b1", kind="paragraph", text="Text", location=Location(paragraph=1))]
    app = build_application(_doc(blocks))
    f = tmp_path / "a.json"
    f.write_text(app.model_dump_json())
    assert load_application_file(f).passages[0].text == "Text"
    schema = application_schema()
    assert schema["title"] == "Application" and "Passage" in json.dumps(schema)


@pytest.mark.parametrize("content,expect", [
    ("[1, 2]", "expected a mapping"),
    ('{"title": "x", "passages": [{"id": 1}]}', "passages[0]"),
    ("", "empty"),
])
def test_bad_application_files(tmp_path, content, expect):
    f = tmp_path / "bad.json"
    f.write_text(content)
    with pytest.raises(InputError) as exc:
        load_application_file(f)
    assert expect in str(exc.value) and "bad.json" in str(exc.value)


def test_template_prompts_are_passages_of_their_own_kind(tmp_path):
    """The form's prompt is kind "prompt" however it was read (paragraph, list item,
    table cell, a row label, or JSON), and no programme fact is taken from it."""
    prompt = ("[Guidance – delete this paragraph and insert your answer below] A Postgraduate Certificate "
              "of 60 credits at Level 7, taught part-time; validated by the University of Eldermere.")
    blocks = [
        Block(id="b1", kind="heading", text="Criterion 1", level=1, location=Location(paragraph=1)),
        Block(id="b2", kind="paragraph", text=prompt, location=Location(paragraph=2)),
        Block(id="b3", kind="list_item", text=prompt, location=Location(paragraph=3)),
        Block(id="b4", kind="cell", text=prompt, location=Location(paragraph=4, table=1, row=1, column=1)),
        Block(id="b5", kind="cell", text="Our answer.", location=Location(paragraph=5, table=1, row=1, column=2)),
        Block(id="b6", kind="paragraph", text="We run a course.", location=Location(paragraph=6)),
    ]
    table = Table(index=1, rows=[[prompt, "Our answer."]], cell_blocks=[[["b4"], ["b5"]]])
    app = build_application(_doc(blocks, [table]))
    kinds = {p.id: p.kind for p in app.passages}
    assert kinds == {"b1": "heading", "b2": "prompt", "b3": "prompt", "b4": "prompt", "b5": "cell", "b6": "paragraph"}
    assert app.programme.credits is None and app.programme.level == "" and app.programme.award == ""
    assert app.programme.modes == [] and app.accrediting_hei == ""

    f = tmp_path / "a.json"
    f.write_text(json.dumps({"title": "T", "passages": [
        {"id": "p1", "kind": "paragraph", "text": prompt},
        {"id": "p2", "kind": "heading", "text": "[Guidance] as a heading stays a heading"},
        {"id": "p3", "text": "We run a course."},
    ]}))
    loaded = load_application_file(f)
    assert [p.kind for p in loaded.passages] == ["prompt", "heading", "paragraph"]
