"""Tests for the criteria catalogue and its fidelity to the specification."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from approval_engine.catalogue import (
    Catalogue,
    CatalogueError,
    GuidanceParagraph,
    Requirement,
    default_catalogue_path,
    load_catalogue,
)

SPEC_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "spec"
SPEC_FILE = SPEC_DIR / "tda-senco-spec-2008.md"
IDS_FILE = SPEC_DIR / "requirement-ids.md"

GROUPS = {
    "A": "Professional attributes",
    "K": "Professional knowledge and understanding",
    "S": "Professional skills",
}
ROW_ID = re.compile(r"E\.\d+|\d\.[0-9A-Za-z]+")
SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
FOOTNOTE_LINE = re.compile(f"^\\s*[{SUPERSCRIPTS}]")
# Headings that may follow the last paragraph under a Section 1 heading.
SECTION1_HEADINGS = ("Criterion ", "Providing nationally", "Guidance on the criteria")


# --- normalisation -------------------------------------------------------------------


def norm(text: str) -> str:
    """Spec wording for comparison: no footnotes, bullets, emphasis; plain quotes/dashes."""
    lines = [line for line in text.splitlines() if not FOOTNOTE_LINE.match(line)]
    text = "\n".join(re.sub(r"^\s*-\s+", "", line) for line in lines)
    text = re.sub(f"[{SUPERSCRIPTS}]", "", text).replace("*", "")
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"}))
    return re.sub(r"\s+", " ", text).strip()


def passages(text: str) -> list[str]:
    """A catalogue text split into its source passages (separated by a blank line)."""
    return [norm(part) for part in re.split(r"\n\s*\n", text) if part.strip()]


def spec_region(spec: str, start: str, end: str | None) -> str:
    """The raw lines of the last section headed `start`, up to the next `end` line."""
    lines = spec.splitlines()
    first = max(i for i, line in enumerate(lines) if line.strip() == start)
    last = len(lines)
    if end is not None:
        last = next(i for i in range(first + 1, len(lines)) if lines[i].strip() == end)
    return "\n".join(lines[first + 1 : last])


def anchored(haystack: str, label: str, text: str) -> str | None:
    """What follows "<label> <text>" in the normalised haystack, or None if absent."""
    needle = f"{label} {norm(text)}"
    at = haystack.find(needle)
    return None if at < 0 else haystack[at + len(needle) :].lstrip()


# --- fixtures ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spec() -> str:
    if not SPEC_FILE.is_file():
        pytest.skip(f"specification not found at {SPEC_FILE}")
    return SPEC_FILE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def spec_norm(spec: str) -> str:
    return norm(spec)


@pytest.fixture(scope="module")
def id_rows() -> dict[str, list[str]]:
    """requirement-ids.md table rows by id: the cells after the id, in file order."""
    if not IDS_FILE.is_file():
        pytest.skip(f"requirement ids not found at {IDS_FILE}")
    rows: dict[str, list[str]] = {}
    for line in IDS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if ROW_ID.fullmatch(cells[0]):
            assert cells[0] not in rows, f"requirement-ids.md lists {cells[0]} twice"
            rows[cells[0]] = cells[1:]
    return rows


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="module")
def section1(spec: str) -> str:
    return spec_region(spec, "Section 1: Introduction and guidance", "Annex 2")


@pytest.fixture(scope="module")
def annex2(spec: str) -> str:
    return spec_region(spec, "Section 2: The requirements for training providers", "Annex 3")


@pytest.fixture(scope="module")
def annex3(spec: str) -> str:
    return spec_region(
        spec,
        "Section 3: The minimum outcomes for teachers successfully completing "
        "nationally accredited SENCO training programme",
        None,
    )


# --- identifiers and short texts -----------------------------------------------------


def test_exactly_the_specifications_ids_in_order(catalogue: Catalogue, id_rows: dict[str, list[str]]) -> None:
    # requirement-ids.md states its own total ("N identifiers in all"): the table was read whole
    stated = re.search(r"^(\d+) identifiers in all\.", IDS_FILE.read_text(encoding="utf-8"), re.M)
    assert stated, "requirement-ids.md no longer states how many identifiers it lists"
    assert len(id_rows) == int(stated[1])
    assert catalogue.ids() == list(id_rows)
    assert len(set(catalogue.ids())) == len(catalogue.ids())


def test_short_matches_requirement_ids(
    catalogue: Catalogue, id_rows: dict[str, list[str]]
) -> None:
    mismatched = {
        rid: (catalogue.get(rid).short, cells[0])
        for rid, cells in id_rows.items()
        if catalogue.get(rid).short != cells[0]
    }
    assert not mismatched


def test_guidance_matches_requirement_ids(
    catalogue: Catalogue, id_rows: dict[str, list[str]]
) -> None:
    for rid, cells in id_rows.items():
        cited = [
            int(n)
            for refs in re.findall(r"\bparas? (\d+(?:, \d+)*)", " ".join(cells))
            for n in refs.split(", ")
        ]
        assert list(catalogue.get(rid).guidance) == cited, rid


def test_criterion_and_group_follow_the_id(catalogue: Catalogue) -> None:
    for req in catalogue.requirements:
        prefix, _, rest = req.id.partition(".")
        assert req.criterion == prefix, req.id
        if prefix == "6" and rest != "0":
            assert req.group == GROUPS[rest[0]], req.id
        else:
            assert req.group is None, req.id


def test_only_3_3_is_conditional(catalogue: Catalogue) -> None:
    assert catalogue.get("3.3").applies_when == "programme.uses_elearning"
    conditional = [r.id for r in catalogue.requirements if r.applies_when is not None]
    assert conditional == ["3.3"]


def test_sources(catalogue: Catalogue) -> None:
    assert catalogue.get("E.1").source == "Section 1, para 5"
    assert catalogue.get("E.2").source == "Section 1, para 3"
    for req in catalogue.requirements:
        if re.fullmatch(r"[1-5]\.\d", req.id):
            assert req.source == f"Annex 2, {req.id}"
        elif req.group is not None:
            assert req.source == f"Annex 3, {req.group}"


# --- the specification's wording -----------------------------------------------------


def test_norm_detects_changed_wording(spec_norm: str) -> None:
    """The wording check is strict: a changed or run-on text is not found."""
    assert norm("make strong links to effective practice in schools") in spec_norm
    assert norm("make strong links to good practice in schools") not in spec_norm
    assert norm("make strong links to effective practice in schools 1.2") not in spec_norm


def test_requirement_text_is_the_specifications_wording(
    catalogue: Catalogue, spec_norm: str
) -> None:
    missing = [
        (req.id, part)
        for req in catalogue.requirements
        for part in passages(req.text)
        if part not in spec_norm
    ]
    assert not missing


def test_annex2_requirements_are_complete(catalogue: Catalogue, annex2: str) -> None:
    """Each of 1.1-5.9 is the whole numbered item: its number, then the next item."""
    haystack = norm(annex2)
    for req in catalogue.requirements:
        if not re.fullmatch(r"[1-5]\.\d", req.id):
            continue
        rest = anchored(haystack, req.id, req.text)
        assert rest is not None, f"{req.id} is not Annex 2 item {req.id}"
        assert re.match(r"\d(\.\d)? ", rest), f"{req.id} stops short of: {rest[:60]!r}"


def test_minimum_outcomes_are_annex3_bullets(catalogue: Catalogue, annex3: str) -> None:
    bullets: list[tuple[str, str]] = []
    group = None
    for line in annex3.splitlines():
        stripped = line.strip()
        if stripped.rstrip(":") in GROUPS.values():
            group = stripped.rstrip(":")
        elif group and stripped.startswith("- "):
            bullets.append((group, norm(stripped).rstrip(":")))
    outcomes = [
        (req.group, norm(req.text)) for req in catalogue.requirements if req.group is not None
    ]
    assert len(bullets) == 29
    assert outcomes == bullets


def test_requirement_6_0(catalogue: Catalogue) -> None:
    """6.0 is the criterion 6 heading, then paragraph 27."""
    para_27 = next(g for g in catalogue.guidance if g.paragraph == 27)
    parts = passages(catalogue.get("6.0").text)
    assert parts == [norm(catalogue.criterion("6").text), norm(para_27.text)]


def test_criteria_text_is_annex2_heading(catalogue: Catalogue, annex2: str) -> None:
    haystack = norm(annex2)
    assert [c.id for c in catalogue.criteria] == ["E", "1", "2", "3", "4", "5", "6"]
    for crit in catalogue.criteria[1:]:
        assert anchored(haystack, crit.id, crit.text) is not None, crit.id


def test_guidance_paragraphs_are_section1(
    catalogue: Catalogue, section1: str
) -> None:
    haystack = norm(section1)
    assert [g.paragraph for g in catalogue.guidance] == list(range(1, 29))
    for para in catalogue.guidance:
        rest = anchored(haystack, str(para.paragraph), para.text)
        assert rest is not None, f"paragraph {para.paragraph} is not the spec's wording"
        complete = rest == "" or rest.startswith((f"{para.paragraph + 1} ", *SECTION1_HEADINGS))
        assert complete, f"paragraph {para.paragraph} stops short of: {rest[:60]!r}"


def test_guidance_paragraph_criteria(catalogue: Catalogue, section1: str) -> None:
    under: dict[int, str | None] = {}
    heading = None
    for line in section1.splitlines():
        if m := re.fullmatch(r"Criterion (\d)", line.strip()):
            heading = m.group(1)
        elif m := re.match(r"-\s*(\d+)\b", line.strip()):
            under[int(m.group(1))] = heading
    assert {g.paragraph: g.criterion for g in catalogue.guidance} == under
    for crit in catalogue.criteria[1:]:
        expected = sorted(n for n, c in under.items() if c == crit.id)
        assert list(crit.guidance) == expected, crit.id
    assert list(catalogue.criterion("E").guidance) == [3, 5]


def test_every_guidance_reference_resolves(catalogue: Catalogue) -> None:
    paragraphs = {g.paragraph for g in catalogue.guidance}
    for req in catalogue.requirements:
        assert set(req.guidance) <= paragraphs, req.id
        assert [g.paragraph for g in catalogue.guidance_for(req.id)] == list(req.guidance)
    for crit in catalogue.criteria:
        assert set(crit.guidance) <= paragraphs, crit.id


# --- API -----------------------------------------------------------------------------


def test_api(catalogue: Catalogue) -> None:
    assert catalogue.specification.id == "tda-senco-2008"
    assert catalogue.specification.year == 2008
    assert isinstance(catalogue.get("1.1"), Requirement)
    assert catalogue.criterion("3").title
    assert [r.id for r in catalogue.requirements_for("4")] == ["4.1", "4.2", "4.3"]
    assert [r.id for r in catalogue.requirements_for("E")] == ["E.1", "E.2"]
    assert len(catalogue.requirements_for("6")) == 30
    guidance = catalogue.guidance_for("2.2")
    assert all(isinstance(g, GuidanceParagraph) for g in guidance)
    assert [g.paragraph for g in guidance] == [14, 15]
    assert catalogue.guidance_for("1.4") == []


def test_unknown_ids_raise_key_error(catalogue: Catalogue) -> None:
    with pytest.raises(KeyError, match="unknown requirement id '9.9'"):
        catalogue.get("9.9")
    with pytest.raises(KeyError, match="unknown criterion id '7'"):
        catalogue.criterion("7")
    with pytest.raises(KeyError):
        catalogue.requirements_for("7")


def test_models_are_frozen(catalogue: Catalogue) -> None:
    with pytest.raises(ValueError):
        catalogue.get("1.1").text = "changed"  # type: ignore[misc]


def test_default_load_is_cached() -> None:
    assert load_catalogue() is load_catalogue()
    assert Path(str(default_catalogue_path())).name == "tda-senco-2008.yaml"


def test_catalogue_error_is_an_engine_error() -> None:
    errors = pytest.importorskip("approval_engine.errors")
    assert issubclass(CatalogueError, errors.EngineError)


# --- load errors ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    data = yaml.safe_load(default_catalogue_path().read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def write_yaml(path: Path, data: Any) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def load_error(path: Path) -> str:
    with pytest.raises(CatalogueError) as info:
        load_catalogue(path)
    message = str(info.value)
    assert str(path) in message
    assert info.value.__cause__ is None
    assert info.value.__context__ is None or info.value.__suppress_context__
    return message


def test_copy_of_repo_catalogue_loads(tmp_path: Path, raw: dict[str, Any]) -> None:
    loaded = load_catalogue(write_yaml(tmp_path / "copy.yaml", raw))
    assert loaded == load_catalogue()


def test_duplicate_id(tmp_path: Path, raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    data["requirements"].append(copy.deepcopy(data["requirements"][3]))
    message = load_error(write_yaml(tmp_path / "duplicate.yaml", data))
    last = len(data["requirements"]) - 1  # the appended copy
    assert f"requirements[{last}].id: duplicate id '1.2' (first at requirements[3])" in message


def test_missing_field(tmp_path: Path, raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    del data["requirements"][12]["text"]
    message = load_error(write_yaml(tmp_path / "missing.yaml", data))
    assert "requirements[12].text: field required" in message


def test_syntax_error(tmp_path: Path) -> None:
    path = tmp_path / "syntax.yaml"
    path.write_text("specification:\n  id: [unclosed\n", encoding="utf-8")
    assert "invalid YAML" in load_error(path)


def test_unknown_criterion(tmp_path: Path, raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    data["requirements"][5]["criterion"] = "9"
    message = load_error(write_yaml(tmp_path / "unknown.yaml", data))
    assert "requirements[5].criterion: unknown criterion '9'" in message


def test_unknown_guidance_paragraph(tmp_path: Path, raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    data["requirements"][2]["guidance"] = [9, 99]
    message = load_error(write_yaml(tmp_path / "paragraph.yaml", data))
    assert "requirements[2].guidance: no guidance paragraph 99" in message


def test_missing_file_and_wrong_shape(tmp_path: Path) -> None:
    load_error(tmp_path / "absent.yaml")
    path = tmp_path / "list.yaml"
    path.write_text("- just a list\n", encoding="utf-8")
    load_error(path)
