"""Whom a match is about (approval_engine/judge/subjects.py): the cues perception raises, read
from the match facts it hands to the rules."""

from __future__ import annotations

import re

import pytest

from approval_engine.judge.text import nearest
from conftest import make_app


def _match_facts(engine, text: str, req: str) -> list[dict]:
    found = engine.find(make_app(text))
    return [f for f in found.perception.facts if f.get("kind") == "match" and f.get("req") == req
            and f.get("role") == "aspect"]


def test_nearest_counts_the_characters_between_and_nothing_when_they_overlap():
    text = "tutors check every candidate's disclosure"
    span = re.search("disclosure", text).span()
    assert nearest([re.compile("candidate")], text, span) == len("'s ")
    assert nearest([re.compile("disclosure")], text, span) == 0
    assert nearest([re.compile("mentor")], text, span) == float("inf")


def test_a_subject_inside_someone_elses_name_does_not_count():
    # "trainee" is whom 5.5 is about, but inside "PGCE trainee" it names a trainee on another course
    text = "an enhanced disclosure for every PGCE trainee before a teaching placement"
    span = re.search("placement", text).span()
    wrong = [re.compile(r"PGCE (?:\w+ )?trainees?")]
    assert nearest([re.compile("trainee")], text, span) == len(" before a teaching ")
    assert nearest([re.compile("trainee")], text, span, within=wrong) == float("inf")


@pytest.mark.parametrize("text,nearer", [
    # the disclosures are the tutors', who stand nearer them than the course members also named
    ("The host school's record holds an enhanced CRB disclosure for every tutor who works with pupils while "
     "course members visit.", "yes"),
    # the check is of the candidate, who stands nearer it than the tutor who makes it
    ("Each of our tutors checks that every candidate holds a current enhanced CRB disclosure.", "no"),
])
def test_whose_disclosure_is_read_from_who_stands_nearer(engine, text, nearer):
    facts = _match_facts(engine, text, "5.3")
    assert facts and all(f["wrong_subject_nearer"] == nearer for f in facts)


def test_an_aspect_naming_only_whom_it_is_not_about_reads_them_in_the_matchs_clause(engine):
    # 1.5 names only whom it is not about (a host school, a head): in the match's own clause they make it
    # someone else's consulting; in another clause of the sentence they do not
    theirs = _match_facts(engine, "Each host school uses its pupil panel to consult pupils about visits.", "1.5")
    ours = _match_facts(engine, "Each project is shown to the participant's headteacher; and in session 5 "
                                "participants practise consulting pupils with Talking Mats.", "1.5")
    assert theirs and all(f["has_subject"] == "yes" and f["wrong_subject_here"] == "yes" for f in theirs)
    assert ours and all(f["wrong_subject_here"] == "no" for f in ours)
