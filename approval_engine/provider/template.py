"""A Word application template generated from the criteria catalogue.

``build_template()`` returns a python-docx document laid out the way the
engine reads applications best:

- a details table (provider, accrediting university, partners, programme);
- a Heading 1 per criterion (eligibility, criteria 1–6);
- a Heading 2 per requirement, ``"<id> <short title>"``, followed by an
  italic prompt quoting the specification's wording and the Section 1
  guidance paragraph(s) behind it, and an empty paragraph for the answer;
- for criterion 6, after 6.0, an outcome matrix: one row per minimum
  outcome (grouped as in Annex 3) with the columns *Outcome* | *Module(s)
  where developed* | *How assessed*, which is the table the facts stage
  reads to decide where each outcome is developed and whether it is
  assessed.

Every prompt is one paragraph that starts with :data:`GUIDANCE_MARKER`.
Reading an application recognises such a paragraph as the form's own prompt
(:mod:`approval_engine.ingest.prompts`): a prompt left in a submitted draft
is never evidence of anything, for every command, and ``approval-engine
check`` counts such paragraphs and tells the provider to delete them.
"""

from __future__ import annotations

import re
from pathlib import Path

from approval_engine.catalogue import OUTCOME_ID_PATTERN, Catalogue, Requirement, load_catalogue
from approval_engine.errors import EngineError
from approval_engine.ingest.model import LABEL_MAX_WORDS
from approval_engine.ingest.prompts import GUIDANCE_MARKER
from approval_engine.rules.language import Rule, Ruleset


OUTCOME_COLUMNS = ("Outcome", "Module(s) where developed", "How assessed")
DETAILS_ROWS = (
    "Name of provider",
    "Accrediting higher education institution",
    "Partners",
    "Programme title",
)
OUTCOME_MATRIX_HEADING = "Minimum outcomes (Annex 3): where each is developed and how it is assessed"
DEFAULT_TEMPLATE_NAME = "senco-application-template.docx"


def criterion_heading(crit_id: str, title: str) -> str:
    return title if crit_id == "E" else f"Criterion {crit_id}: {title}"


def requirement_heading(req: Requirement, ruleset: Ruleset | None = None) -> str:
    """``"<id> <short title>"``: the rule's title when a ruleset is given, else the catalogue's short text."""
    return f"{req.id} {_title(req, ruleset)}"


def _title(req: Requirement, ruleset: Ruleset | None) -> str:
    if ruleset is not None:
        try:
            return _one_line(ruleset.rule(req.id).title)
        except KeyError:
            pass
    return _one_line(req.short)


def _one_line(text: str) -> str:
    """Catalogue text on one line: bullets become '; ', runs of space one space,
    and square brackets (which would read as placeholders) round ones."""
    lines = [ln.strip() for ln in text.strip().splitlines()]
    parts: list[str] = []
    for ln in lines:
        if not ln:
            continue
        if ln.startswith("- "):
            item = ln[2:].strip()
            if parts and parts[-1].endswith(":"):
                parts[-1] = parts[-1] + " " + item
            elif parts:
                parts[-1] = parts[-1].rstrip(".;") + "; " + item
            else:
                parts.append(item)
        else:
            parts.append(ln)
    out = " ".join(parts)
    out = out.replace("[", "(").replace("]", ")")
    return re.sub(r"\s+", " ", out).strip()


def _prompt_text(cat: Catalogue, req: Requirement, quoted: dict[int, str]) -> str:
    """The prompt for one requirement: in short, its wording, then its guidance
    paragraphs (in full the first time each is cited, by reference afterwards)."""
    parts = [
        f"In short: {_one_line(req.short)}.",
        f"What the specification asks ({req.source}): “{_one_line(req.text)}”",
    ]
    for g in cat.guidance_for(req.id):
        if g.paragraph in quoted:
            parts.append(f"See also Section 1, para {g.paragraph} (quoted under {quoted[g.paragraph]}).")
        else:
            quoted[g.paragraph] = req.id
            parts.append(f"Section 1, para {g.paragraph}: “{_one_line(g.text)}”")
    parts.append(ANSWER_ADVICE)
    return " ".join(parts)


def _extra_prompt(rule: Rule) -> str:
    """The prompt for a tailored requirement (an 'X.' rule, not in the catalogue)."""
    return f"What this requirement asks ({rule.cites}): “{_one_line(rule.doc)}” {ANSWER_ADVICE}"


ANSWER_ADVICE = (
    "Say concretely what the programme does, who does it and when; the panel does not count plans, "
    "hopes or general statements."
)


def _add_guidance(doc, text: str) -> None:
    """One italic prompt paragraph: the marker in bold, then the prompt."""
    from docx.shared import RGBColor

    p = doc.add_paragraph()
    marker = p.add_run(GUIDANCE_MARKER + " ")
    marker.bold = True
    marker.italic = True
    marker.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    body = p.add_run(text)
    body.italic = True
    body.font.color.rgb = RGBColor(0x40, 0x40, 0x40)


def _set_repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _bold_cell(cell, text: str) -> None:
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def _table(doc, rows: int, cols: int):
    table = doc.add_table(rows=rows, cols=cols)
    try:
        table.style = "Table Grid"
    except (KeyError, ValueError):  # a default template without the style
        pass
    return table


def build_template(catalogue: Catalogue | None = None, ruleset: Ruleset | None = None):
    """The application template as a python-docx ``Document``.

    With a ``ruleset``, headings and outcome-matrix rows use its rules' short
    titles, and its additional requirements (ids ``X.…``) get a section of
    their own; without one, the catalogue's short texts are used.
    """
    try:
        import docx
    except ImportError as exc:  # pragma: no cover - python-docx is a dependency
        raise EngineError("the 'template' command needs python-docx (pip install python-docx)") from exc

    cat = catalogue or load_catalogue()
    spec = cat.specification
    doc = docx.Document()
    doc.core_properties.title = TEMPLATE_TITLE
    doc.core_properties.subject = _one_line(spec.title)
    label = f" and the ruleset {ruleset.ruleset} {ruleset.version}" if ruleset is not None else ""
    doc.core_properties.comments = f"Generated by approval-engine from the {spec.id} criteria catalogue{label}."

    doc.add_heading(TEMPLATE_TITLE, level=0)
    _add_guidance(
        doc,
        f"This template follows the {_one_line(spec.title)} ({_one_line(spec.issuer)}, {spec.year}). It has a "
        "section for every requirement. Under each heading, read the italic guidance, write your answer in the "
        "empty paragraph below it, and then delete the guidance paragraph. For criterion 6, fill in the "
        "outcome matrix: for every minimum outcome, the module(s) where it is developed and how it is "
        "assessed. Run 'approval-engine check' on your draft to see what is still missing.",
    )

    doc.add_heading("Provider and programme details", level=1)
    details = _table(doc, rows=len(DETAILS_ROWS), cols=2)
    for row, label_text in zip(details.rows, DETAILS_ROWS):
        _bold_cell(row.cells[0], label_text)

    quoted: dict[int, str] = {}
    for crit in cat.criteria:
        doc.add_heading(criterion_heading(crit.id, crit.title), level=1)
        reqs = cat.requirements_for(crit.id)
        for req in (r for r in reqs if r.group is None):
            doc.add_heading(requirement_heading(req, ruleset), level=2)
            _add_guidance(doc, _prompt_text(cat, req, quoted))
            doc.add_paragraph("")
        outcomes = [r for r in reqs if r.group is not None]
        if outcomes:
            _outcome_matrix(doc, cat, crit.id, outcomes, quoted, ruleset)

    extra = [r for r in (ruleset.requirements if ruleset is not None else []) if r.id not in set(cat.ids())]
    if extra:
        doc.add_heading(EXTRA_HEADING, level=1)
        for rule in extra:
            doc.add_heading(f"{rule.id} {_one_line(rule.title)}", level=2)
            _add_guidance(doc, _extra_prompt(rule))
            doc.add_paragraph("")
    return doc


TEMPLATE_TITLE = "Application for approval: nationally accredited training for SENCOs"
EXTRA_HEADING = "Additional requirements"


def _outcome_matrix(
    doc, cat: Catalogue, crit_id: str, outcomes: list[Requirement], quoted: dict[int, str], ruleset: Ruleset | None
) -> None:
    doc.add_heading(OUTCOME_MATRIX_HEADING, level=2)
    crit = cat.criterion(crit_id)
    text = (
        "For every minimum outcome below, name the module(s) where the programme develops it and say how "
        "it is assessed (the assignment, task or portfolio element). An outcome with no assessment is a gap: "
        "only candidates who have shown every minimum outcome may receive the award."
    )
    for n in crit.guidance:
        if n in quoted:
            continue
        para = next(g for g in cat.guidance if g.paragraph == n)
        quoted[n] = "the outcome matrix"
        text += f" Section 1, para {n}: “{_one_line(para.text)}”"
    _add_guidance(doc, text)

    groups: list[tuple[str, list[Requirement]]] = []
    for req in outcomes:
        if not groups or groups[-1][0] != req.group:
            groups.append((req.group or "", []))
        groups[-1][1].append(req)
    table = _table(doc, rows=1 + len(groups) + len(outcomes), cols=len(OUTCOME_COLUMNS))
    header = table.rows[0]
    for cell, name in zip(header.cells, OUTCOME_COLUMNS):
        _bold_cell(cell, name)
    _set_repeat_header(header)
    r = 1
    for group, reqs in groups:
        row = table.rows[r]
        merged = row.cells[0].merge(row.cells[len(OUTCOME_COLUMNS) - 1])
        _bold_cell(merged, group)
        r += 1
        for req in reqs:
            table.rows[r].cells[0].text = outcome_label(req, ruleset)
            r += 1
    doc.add_paragraph("")


def outcome_label(req: Requirement, ruleset: Ruleset | None = None) -> str:
    """An outcome's row label: id, short title and, when it fits, the catalogue's short text.

    The label stays within the engine's row-label length (``LABEL_MAX_WORDS``),
    so that it reads as the question, never as an answer."""
    head = requirement_heading(req, ruleset)
    full = f"{head}: {_one_line(req.short)}"
    if ruleset is not None and full != head and len(full.split()) <= LABEL_MAX_WORDS:
        return full
    return head


def outcome_rows(doc) -> dict[str, object]:
    """In a document built from the template: outcome id -> its matrix row."""
    rows: dict[str, object] = {}
    for table in doc.tables:
        if len(table.columns) != len(OUTCOME_COLUMNS):
            continue
        if tuple(c.text.strip() for c in table.rows[0].cells) != OUTCOME_COLUMNS:
            continue
        for row in table.rows[1:]:
            first = row.cells[0].text.strip()
            m = re.match(rf"^({OUTCOME_ID_PATTERN})\s", first)
            if m:
                rows[m.group(1)] = row
    return rows


def write_template(path: Path, catalogue: Catalogue | None = None, ruleset: Ruleset | None = None) -> Path:
    """Write the template to ``path`` (a .docx file)."""
    path = Path(path)
    doc = build_template(catalogue, ruleset)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        doc.save(str(path))
    except OSError as exc:
        raise EngineError(f"cannot write the template: {exc.strerror or exc}", path=str(path)) from None
    return path
