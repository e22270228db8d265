"""Applications that state no arrangement at all, built from the catalogue:
every one of them a panel would find empty. Each builder writes a .docx the
way a provider or a form might: the form's prompts left in with blank or
deferred answers, each requirement restated as a promise, a compliance
checklist ticked "Yes", values only, the specification quoted back.
"""

from __future__ import annotations

from pathlib import Path

import docx

from approval_engine.catalogue import Catalogue

VALUES = [
    "Inclusion is at the heart of everything we do.",
    "We believe passionately that every child deserves the best possible start.",
    "Our partnership shares a core value of high expectations for all learners.",
    "We are deeply committed to the professional growth of every SENCO.",
    "Collaboration is central to our ethos.",
]


def _doc(title: str) -> docx.Document:
    d = docx.Document()
    d.add_heading(title, 0)
    return d


def _requirements(cat: Catalogue):
    for crit in cat.criteria:
        yield crit, [r for r in cat.requirements if r.criterion == crit.id]


def _by_requirement(cat: Catalogue, path: Path, title: str, answer, headed: bool = True) -> Path:
    """A document with a section per criterion and, for each requirement, its
    heading (when ``headed``) and the paragraphs ``answer(requirement)`` gives."""
    d = _doc(title)
    for crit, reqs in _requirements(cat):
        d.add_heading(f"Criterion {crit.id}: {crit.title}", 1)
        for r in reqs:
            if headed:
                d.add_heading(f"{r.id} {r.short}", 2)
            for text in answer(r):
                d.add_paragraph(text)
    d.save(path)
    return path


def prompts_blank(cat: Catalogue, path: Path) -> Path:
    return _by_requirement(cat, path, "Application for approval: response form", lambda r: [
        f"Guidance for applicants: the application should show that {r.text}.", "Response:"])


def prompts_deferred(cat: Catalogue, path: Path) -> Path:
    return _by_requirement(cat, path, "Application for approval: first submission", lambda r: [
        f"Please describe how {r.text}.", "We will address this fully in the final submission."])


def promises(cat: Catalogue, path: Path) -> Path:
    return _by_requirement(cat, path, "Application for approval", lambda r: [
        f"Our programme will ensure that this requirement is fully met: {r.text}."], headed=False)


def checklist(cat: Catalogue, path: Path) -> Path:
    d = _doc("Compliance checklist")
    t = d.add_table(rows=1, cols=3)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text, t.rows[0].cells[2].text = "Ref", "Requirement", "Met?"
    for r in cat.requirements:
        row = t.add_row().cells
        row[0].text, row[1].text, row[2].text = r.id, r.text[0].upper() + r.text[1:], "Yes"
    d.save(path)
    return path


def values_only(cat: Catalogue, path: Path) -> Path:
    d = _doc("Our programme for new SENCOs")
    for crit, _ in _requirements(cat):
        d.add_heading(f"Criterion {crit.id}: {crit.title}", 1)
        for v in VALUES:
            d.add_paragraph(v)
    d.save(path)
    return path


def spec_quoted(cat: Catalogue, path: Path) -> Path:
    return _by_requirement(cat, path, "Application for approval", lambda r: [
        f"The specification requires that {r.text}.",
        *(f"As the TDA's guidance puts it: \u201c{g.text}\u201d" for g in cat.guidance_for(r.id)[:1])], headed=False)


def criteria_quoted(cat: Catalogue, path: Path) -> Path:
    """The specification copied out as the form numbers it: each criterion's statement
    ("2 Providers should respond to ...") and its requirements ("2.1 ..."), unanswered."""
    d = _doc("The specification, annotated")
    for crit, reqs in _requirements(cat):
        d.add_heading(f"Criterion {crit.id}", 1)
        d.add_paragraph(f"{crit.id} {' '.join(crit.text.split())}")
        for r in reqs:
            d.add_paragraph(f"{r.id} {r.text[0].upper() + r.text[1:]}")
    d.save(path)
    return path


BUILDERS = {
    "prompts-blank": prompts_blank,
    "prompts-deferred": prompts_deferred,
    "promises": promises,
    "checklist": checklist,
    "values-only": values_only,
    "spec-quoted": spec_quoted,
    "criteria-quoted": criteria_quoted,
}
