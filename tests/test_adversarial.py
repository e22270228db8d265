"""Applications that state no arrangement at all, built from the catalogue
(tests/adversarial.py): the form's prompts left in with blank answers, the
prompts with answers deferred to a later submission, each requirement
restated as a promise, a compliance checklist ticked "Yes", values only, the
specification quoted back. A panel finds every one of them empty: no
requirement met, and at most 5 % partially met."""

from __future__ import annotations

import pytest

import adversarial

MAX_PARTIAL = 0.05


@pytest.mark.parametrize("name", sorted(adversarial.BUILDERS))
def test_nothing_stated_nothing_met(name, engine, tmp_path):
    path = adversarial.BUILDERS[name](engine.catalogue, tmp_path / f"{name}.docx")
    report = engine.evaluate_file(path)
    verdicts = {r.id: r.verdict.value for r in report.requirements}
    met = sorted(i for i, v in verdicts.items() if v == "met")
    partial = sorted(i for i, v in verdicts.items() if v == "partially_met")
    assert not met, f"{name}: met {met}"
    assert len(partial) <= MAX_PARTIAL * len(verdicts), f"{name}: partially met {partial}"
    # nothing is quoted as evidence, and what was set aside says why
    assert not [e for r in report.requirements for e in r.evidence]


def test_the_same_answers_with_arrangements_are_met(engine, tmp_path):
    """The restatement cue does not swallow real answers: a prompt left in, followed
    by the provider's own arrangement, is judged on the arrangement."""
    import docx

    d = docx.Document()
    d.add_heading("2.3 Assessment-only route", 1)
    req = engine.catalogue.get("2.3")
    d.add_paragraph(f"Guidance for applicants: the application should show that {req.text}.")
    d.add_paragraph("Experienced SENCOs may take an assessment-only route: they submit a portfolio mapped to the "
                    "outcomes, which two tutors assess, and are interviewed by the programme leader.")
    path = tmp_path / "answered.docx"
    d.save(path)
    r = next(x for x in engine.evaluate_file(path).requirements if x.id == "2.3")
    assert r.verdict.value == "met"
    assert all("portfolio" in e.quote for e in r.evidence)
