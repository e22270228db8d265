"""Write a synthetic application round: N Word applications for approval to
run nationally accredited SENCO training, from varied layouts and gap
profiles, for benchmarks and batch tests.

    python bench/generate.py OUT_DIR -n 200 [--seed 1] [--manifest PATH]

Layouts (the ways real submissions are organised):
  criterion-headings  one Heading 1 per criterion, the provider's own Heading 2 topics
  thematic-sections   the provider's own themes, requirements spread across them
  pro-forma-table     a two-column table: the requirement (the question) | the answer
  essay               a title and long paragraphs, no headings at all
  outcome-matrix      criterion headings, and the minimum outcomes as a table
                      (outcome | where developed | how assessed)

Gap profiles decide, requirement by requirement, what the application does:
  answered  says concretely what the provider does
  partial   (minimum outcomes only) develops the outcome but never says how it is assessed
  negated   says plainly that it is not offered ("We do not offer ...")
  hedged    only hopes or plans ("We hope in future to ...")
  left out  says nothing about it

The manifest (JSON, written only when --manifest is given, and never into
OUT_DIR, where a round would take it for an application) records each file's
layout, profile and the state of every requirement.

All providers, people, places and figures are invented. The wording is
written for this generator (drawing on the 2008 specification's own terms);
it is not taken from the engine's rule examples or the labelled corpus.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.shared import Pt

LAYOUTS = ("criterion-headings", "thematic-sections", "pro-forma-table", "essay", "outcome-matrix")

# state probabilities: answered, partial (outcomes only), negated, hedged (the rest: left out)
PROFILES = {
    "complete": (0.93, 0.03, 0.01, 0.01),
    "typical": (0.74, 0.06, 0.06, 0.07),
    "weak": (0.50, 0.08, 0.10, 0.14),
    "draft": (0.30, 0.08, 0.10, 0.20),
}
PROFILE_WEIGHTS = {"complete": 2, "typical": 4, "weak": 3, "draft": 1}

# ---------------------------------------------------------------- providers

UNIVERSITIES = [
    "University of Eldermere", "Northgate University", "Harbour Vale University", "St Aidan's University College",
    "Westmoor University", "Kingsbridge University", "University of Fellside", "Calder Hill University",
    "Marlow Cross University", "University of Southwold", "Ravensdale University", "Abbotsleigh University",
]
AUTHORITIES = [
    "Brackenfield Metropolitan Borough Council", "Ashcombe County Council", "Fenwick City Council",
    "Larkhill County Council", "Tamside Borough Council", "Oakmere County Council", "Stourby City Council",
    "Hollins Vale Borough Council", "Eastwater County Council", "Penmarsh Metropolitan Borough Council",
]
AWARDS = [
    "Postgraduate Certificate in Special Educational Needs Coordination",
    "Postgraduate Certificate in Leading Provision for Pupils with SEN",
    "Postgraduate Certificate: National Award for SEN Coordination",
    "Postgraduate Certificate in Inclusive Leadership (SENCO)",
]
MODULE_TITLES = [
    ("The SENCO role: law, policy and leadership", "Assessment, intervention and provision",
     "Leading practice and partnership"),
    ("Foundations of special educational needs", "Planning and reviewing provision", "Leading change in school"),
    ("Policy, rights and the SENCO", "Teaching and learning for pupils with SEN", "Working with others"),
]
ASSESSMENTS = [
    "the module's 4,000-word assignment", "a portfolio of evidence marked against the outcomes",
    "a school-based case study", "a presentation to colleagues assessed by the module tutor",
    "the final enquiry report", "a reflective assignment of 3,000 words",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]

# ---------------------------------------------------------------- requirements E to 6.0
# id -> (question for a pro-forma, [answers], verb phrase for "We do not ..." / "We hope in future to ...")


@dataclass
class Req:
    id: str
    question: str
    answers: list[str]
    vp: str
    theme: str


REQS = [
    Req("E.1", "How will the programme gain academic accreditation by a higher education institution?", [
        "The programme was validated by the {uni} at a validation event on {date}; the award is conferred by the "
        "University under its postgraduate regulations.",
        "The {uni} validates the programme and confers the award, and the validation event was held on {date} under "
        "the University's academic regulations.",
    ], "seek validation of the course by a university", "About the programme"),
    Req("E.2", "Is the programme validated at masters level, and how many credits does it carry?", [
        "The award is a {award} of 60 credits at Level 7, made up of three modules worth 20 credits each.",
        "Participants gain 60 masters-level credits: the award is a postgraduate certificate at Level 7.",
    ], "offer the course at masters level for 60 credits", "About the programme"),
    Req("1.1", "How does the programme focus on raising the achievement and well-being of children and young people "
        "with SEN and/or disabilities?", [
        "The central aim of the programme is to raise the achievement and improve the well-being of children and "
        "young people with SEN and/or disabilities across all five Every Child Matters outcomes. Every assignment "
        "asks participants to show the difference their work has made to the progress of identified pupils.",
        "Our aims, content and assessment all centre on improving outcomes for pupils with SEN and disabilities: "
        "the marking criteria for each module include the impact of the participant's work on pupils' achievement "
        "and well-being, which must be passed.",
    ], "focus the course on raising the achievement and well-being of pupils", "About the programme"),
    Req("1.2", "How is the programme linked to effective practice in schools?", [
        "Each module includes a school-based task which participants carry out in their own school and report on "
        "at the following session.",
        "The programme is rooted in practice: in the final module every participant carries out a term-long "
        "enquiry in their own school, designing and evaluating a change in provision.",
    ], "include school-based tasks in the modules", "Learning in school"),
    Req("1.3", "How does the programme reflect recent research, inspection evidence and new developments?", [
        "Content is revised every year to reflect recent research and Ofsted inspection evidence, together with new "
        "developments such as the Inclusion Development Programme and the Bercow Review.",
        "Sessions draw on current research and on the findings of recent Ofsted inspection reports on SEN, and "
        "tutors bring in new developments and innovations, for example the Lamb Inquiry, as they are published.",
    ], "bring recent research and inspection findings into the course", "Content and currency"),
    Req("1.4", "How will participants develop their understanding of legislation and government policy?", [
        "Participants study current legislation and government policy on SEN and disability, including the SEN "
        "Code of Practice, the Disability Discrimination Act and national initiatives such as the National "
        "Strategies.",
        "The first module covers the law and national policy on SEN and disability, from the Education Act 1996 and "
        "the SEN Code of Practice to the Children Act 2004 and the 2008 regulations on the SENCO role.",
    ], "cover current legislation and government policy on SEN", "Content and currency"),
    Req("1.5", "How will participants develop skills in consulting children and young people?", [
        "Participants learn how to consult children and young people about decisions that affect them, using "
        "person-centred reviews and pupil questionnaires, and each gathers the views of pupils with SEN in their "
        "own school.",
        "A session on pupil voice develops participants' skills in consulting children and young people, and each "
        "participant must show how the views of pupils changed what their school did.",
    ], "teach participants how to consult pupils about the issues that affect them", "Learning in school"),
    Req("1.6", "How will participants develop skills in advising, supporting and collaborating with colleagues?", [
        "The programme develops participants' skills in advising, supporting and collaborating with colleagues "
        "within and beyond the school, through coaching, lesson observation and joint work with educational "
        "psychologists and specialist teachers.",
        "Participants learn to advise and support colleagues through coaching and mentoring, and to collaborate "
        "with professionals beyond the school in a multi-agency day led with health and social care colleagues.",
    ], "develop participants' skills in advising and supporting colleagues", "Learning in school"),
    Req("1.7", "How will participants develop skills in working in partnership with parents and carers?", [
        "Participants develop the skills to advise, support and work in partnership with parents and carers, and "
        "each plans, holds and reviews a meeting with the parents of a pupil with SEN.",
        "Working in partnership with parents and carers is taught with the Parent Partnership Service: sessions "
        "cover building trust, running review meetings with families and handling disagreement.",
    ], "develop participants' skills in working with parents and carers", "Learning in school"),
    Req("1.8", "How will the programme enable participants to make an impact on practice?", [
        "Participants make an impact on practice in their schools by meeting the programme outcomes: each leads a "
        "change in provision and evaluates its effect on pupils.",
        "The programme enables participants to improve practice in their school as they meet the outcomes, and "
        "their headteachers report the changes they have led.",
    ], "measure the impact participants make on practice", "About the programme"),
    Req("1.9", "How will participants be assessed against all of the programme outcomes?", [
        "Participants are assessed rigorously against every programme outcome through assignments, a portfolio of "
        "evidence and a school-based enquiry, each marked against published criteria.",
        "Assessment covers all the programme outcomes: each outcome is mapped to at least one assessed task, and "
        "the portfolio must show evidence against every one of them.",
    ], "assess participants against every programme outcome", "Assessment and quality"),
    Req("2.1", "What arrangements are there to take account of and accredit prior study and experience?", [
        "Participants can claim accreditation of prior learning (APL) and of prior experiential learning (APEL) "
        "for up to 20 credits, using the University's procedures.",
        "Prior study and experience are taken into account: a participant who has already completed masters-level "
        "study in SEN may have it accredited through the University's APL process.",
    ], "accredit participants' prior learning and experience", "Admissions and entry"),
    Req("2.2", "How will each participant's needs be assessed before the course and used to plan their training?", [
        "Before the course begins each participant completes a needs assessment against the minimum outcomes with "
        "their tutor, which sets an individual training plan and a personalised set of outcomes.",
        "An initial audit of each participant's knowledge and skills against the outcomes, carried out before the "
        "first session, is used to agree an individual training plan with personalised targets.",
    ], "assess participants' needs before the course", "Admissions and entry"),
    Req("2.3", "Is there an assessment-only route for suitably experienced candidates?", [
        "In exceptional circumstances an experienced SENCO may take an assessment-only route, submitting a "
        "portfolio against all the minimum outcomes without attending the taught sessions.",
        "Experienced candidates can be assessed without training through an assessment-only route: they present "
        "evidence against every outcome and are examined at a viva.",
    ], "offer an assessment-only route for experienced candidates", "Admissions and entry"),
    Req("2.4", "How is the provision tailored to individuals, effective as professional development and "
        "cost-effective?", [
        "Provision is tailored to each participant's circumstances through the individual training plan, offers "
        "continuing professional development that promotes progression towards the outcomes, and is "
        "cost-effective because teaching is shared with the local authorities.",
        "Tutorials and optional workshops are matched to individual needs, and the programme is cost-effective: "
        "groups are taught locally and the fee covers all materials.",
    ], "tailor the provision to individual participants", "Flexibility and access"),
    Req("2.5", "How will participants who complete the programme be helped to consider further professional "
        "targets?", [
        "At the end of the programme each participant sets further professional development targets with their "
        "tutor and line manager, using a planning tool we provide.",
        "The final session helps participants plan their next steps: each agrees further professional targets and "
        "discusses routes to a masters degree.",
    ], "help participants set further professional targets at the end of the course", "Assessment and quality"),
    Req("3.1", "How does the programme comply with equalities duties and make reasonable adjustments?", [
        "We meet our duties under the Disability Discrimination Act and the Disability Equality Duty: candidates "
        "are invited to disclose a disability at application, and reasonable adjustments such as accessible "
        "venues, materials in alternative formats and extra time in assessment are agreed with each disabled "
        "participant.",
        "The programme follows the University's equality policy; disabled participants agree reasonable "
        "adjustments with the disability adviser before the course starts, and all venues are accessible.",
    ], "make reasonable adjustments for disabled participants", "Flexibility and access"),
    Req("3.2", "How is the course delivered flexibly?", [
        "Delivery is flexible: participants may start in September or February, take the modules in any order and "
        "study in taught or blended mode, full time or part time.",
        "There are two start dates a year, sessions run in the evening and on Saturdays at three local centres, and "
        "participants may take the modules in a different order.",
    ], "offer flexible start dates or modes of study", "Flexibility and access"),
    Req("3.3", "If the programme uses e-learning, how are participants supported?", [
        "Participants use the University's virtual learning environment, where tutors and peers answer questions in "
        "online forums; between face-to-face sessions tutors support participants by email and online tutorials, "
        "and ICT is used for communication between schools, participants and tutors.",
        "Online study through the VLE is supported directly by tutors and by peer discussion groups, with weekly "
        "online tutorials between the face-to-face sessions and email contact with schools.",
    ], "offer online support through a virtual learning environment", "Flexibility and access"),
    Req("4.1", "How does the provision reflect evidence about the needs of the main stakeholders?", [
        "The programme reflects evidence about the needs of the main stakeholders: we surveyed headteachers and "
        "SENCOs in both local authorities and held focus groups with parents before designing it.",
        "A survey of 140 schools and consultation with the local authorities' SEN teams identified the needs the "
        "programme now addresses.",
    ], "survey stakeholders about their needs", "Working with partners"),
    Req("4.2", "How have stakeholders influenced the development of the programme?", [
        "Stakeholders have shaped the programme: local authority SEN advisers and a group of practising SENCOs "
        "helped write the modules, and the parents' forum asked for the session on working with families.",
        "The content was changed in response to stakeholders: headteachers asked for more on managing support "
        "staff, and the local authorities influenced the design of the school-based tasks.",
    ], "involve stakeholders in developing the programme", "Working with partners"),
    Req("4.3", "How will stakeholders be involved in evaluation and other aspects of the provision?", [
        "Stakeholders will be involved in evaluation and delivery: local authority officers sit on the programme "
        "steering group, headteachers act as workplace mentors, and parents and former participants contribute to "
        "the annual evaluation.",
        "Headteachers and local authority advisers will take part in the annual review of the programme, and "
        "stakeholders act as guest speakers and moderators.",
    ], "involve stakeholders in evaluating the programme", "Working with partners"),
    Req("5.1", "What internal and external evaluation methods will be used, and how will the evidence improve "
        "the programme?", [
        "We use a range of internal and external evaluation methods, including participant evaluations after each "
        "module, annual monitoring, the external examiner's report and feedback from local authorities; the "
        "evidence is reviewed by the programme board and used to improve the programme each year.",
        "Evaluation combines internal evidence from participant questionnaires and tutor reviews with external "
        "evidence from the external examiner and the partner authorities, and the resulting action plan changes "
        "the following year's programme.",
    ], "evaluate the programme with internal and external methods", "Assessment and quality"),
    Req("5.2", "What systems make sure accepted candidates have enough prior knowledge and skills?", [
        "Our admissions process makes sure that candidates accepted have enough prior knowledge and skills to "
        "benefit: applicants must hold qualified teacher status and are interviewed against entry criteria, and "
        "those who do not yet meet them receive guidance and we liaise with their headteacher.",
        "Entry requirements are checked at interview: candidates must be qualified teachers with experience of "
        "teaching pupils with SEN, and their headteacher confirms their role.",
    ], "check candidates' prior knowledge and skills at entry", "Admissions and entry"),
    Req("5.3", "What systems verify that candidates have a current enhanced CRB disclosure?", [
        "Before a place is confirmed we verify that every candidate has a current enhanced CRB disclosure, "
        "checking the certificate with their school.",
        "Candidates must hold an enhanced Criminal Records Bureau disclosure: admissions staff check it, with "
        "other background checks, before a place is offered.",
    ], "check that candidates hold a current enhanced CRB disclosure", "Admissions and entry"),
    Req("5.4", "Are the staff suitably qualified and experienced, with up-to-date specialist knowledge?", [
        "The programme is taught by suitably qualified and experienced staff with up-to-date specialist knowledge: "
        "all tutors hold postgraduate qualifications in SEN and have worked as SENCOs or specialist teachers.",
        "The course team includes two former SENCOs, an educational psychologist and a specialist teacher for "
        "hearing impairment, all of whom keep their specialist knowledge up to date through research and practice.",
    ], "employ specialist staff to teach the course", "Content and currency"),
    Req("5.5", "Will participants have access to specialist expertise and high-quality placements?", [
        "Participants have access to a range of specialist expertise, including educational psychologists, speech "
        "and language therapists and specialist teachers, and to high-quality placements in special schools and "
        "resource bases.",
        "Every participant spends two days on placement in a special school or specialist resource base, and "
        "specialists from the authorities' support services teach on the programme.",
    ], "arrange placements and access to specialist expertise", "Working with partners"),
    Req("5.6", "Can the provider offer enough specialist teaching resources, including ICT?", [
        "Participants can use specialist teaching resources, including assistive technology, specialist software "
        "and a library collection on SEN, at the University and at the authority's resource centre.",
        "The resource centre lends specialist equipment and assistive ICT, and the library holds a specialist "
        "collection of teaching resources for SEN.",
    ], "provide specialist teaching resources and ICT", "Assessment and quality"),
    Req("5.7", "How will everyone involved in delivery and assessment understand their roles?", [
        "Tutors and workplace mentors receive training and a handbook setting out their roles and "
        "responsibilities, and mentors attend a briefing before each cohort so that they can carry them out well.",
        "All tutors, markers and mentors are inducted into their roles: a mentor training day and a tutor handbook "
        "explain what each must do and how.",
    ], "train tutors and mentors for their roles", "Assessment and quality"),
    Req("5.8", "How will assessments be consistent, reliable, accurate and moderated?", [
        "Assessments are consistent and reliable: all work is marked against common criteria, a sample is "
        "second-marked and moderated internally, and the external examiner moderates each module.",
        "Marking is moderated by the course team at a standardisation meeting each term, and the external examiner "
        "samples the work of every module to check consistency.",
    ], "moderate the assessment of participants' work", "Assessment and quality"),
    Req("5.9", "How will the quality, standards and impact of the programme be evaluated, with which measures?", [
        "We evaluate the impact of the programme with specific measures: participants repeat the needs assessment "
        "at the end to measure the change in their competence and confidence, and each intervention task records "
        "baseline and follow-up data on pupils' achievement.",
        "Impact is measured through pupil progress data collected before and after each participant's "
        "intervention and through a follow-up survey of participants' confidence a year after the course.",
    ], "measure the programme's impact on participants and pupils", "Assessment and quality"),
    Req("6.0", "How does the programme make sure only candidates who reach all the minimum outcomes are awarded?", [
        "The award is made only to participants who have demonstrated every one of the minimum outcomes; no "
        "compensation between modules is allowed.",
        "A participant must show that they meet all of the national minimum outcomes before the award is "
        "conferred, and the assessment board checks the evidence against each outcome.",
    ], "make the award depend on showing all the minimum outcomes", "Assessment and quality"),
]

# ---------------------------------------------------------------- minimum outcomes
# id -> (label for a matrix row, gerund phrase)
OUTCOMES = [
    ("6.A1", "Relationships with pupils and parents",
     "building fair, respectful and constructive relationships with pupils with SEN and their parents or carers"),
    ("6.A2", "Commitment of colleagues", "gaining the commitment of colleagues, the headteacher and senior leaders"),
    ("6.A3", "Time and delegation", "prioritising work, managing time and delegating tasks appropriately"),
    ("6.A4", "Problem solving and judgement",
     "anticipating and resolving problems and exercising sound judgement on provision"),
    ("6.A5", "Communication", "expressing themselves clearly in speech and writing and listening to the views of others"),
    ("6.A6", "Using research and advice", "drawing on research evidence and external advice to improve practice"),
    ("6.A7", "Keeping up to date", "keeping up to date and taking responsibility for their own CPD on SEN"),
    ("6.K1", "SEN law and the Code of Practice",
     "knowing the laws and guidance on SEN, including the SEN Code of Practice, and how to put them into practice"),
    ("6.K2", "Every Child Matters", "understanding the principles and outcomes of Every Child Matters"),
    ("6.K3", "Disability equality law", "knowing the laws on disability equality and the actions they require"),
    ("6.K4", "Child development", "understanding how children develop and how SEN and the environment affect development"),
    ("6.K5", "Common types of SEN",
     "the most common types of SEN and disabilities, including BESD, dyslexia, SLCN, ASD and MLD"),
    ("6.K6", "Approaches to teaching and learning",
     "a critical understanding of approaches, strategies and resources for assessment, teaching and learning, "
     "including ICT"),
    ("6.K7", "School self-evaluation", "the principles of school self-evaluation and improvement for pupils with SEN"),
    ("6.K8", "Best practice and research", "best practice and the outcomes of research in meeting special educational needs"),
    ("6.K9", "External agencies", "the role of external agencies and how to obtain specialist support and resources"),
    ("6.S1", "Strategic development",
     "influencing, with senior colleagues and governors, the strategic development of an inclusive ethos and policies"),
    ("6.S2", "Identification, targets and review",
     "identifying pupils with SEN, setting challenging targets, planning interventions and reviewing progress"),
    ("6.S2a", "Using professionals' assessments",
     "using assessments from a range of professionals to develop teaching approaches"),
    ("6.S2b", "Summative assessment and tracking",
     "using summative assessments, including national tests, to track pupils' progress"),
    ("6.S2c", "Formative assessment", "encouraging other teachers to develop formative assessment for pupils with SEN"),
    ("6.S2d", "Access arrangements", "identifying special arrangements for national tests and examinations in good time"),
    ("6.S3", "Provision mapping", "using provision mapping to plan provision and identify ineffective or missing provision"),
    ("6.S4", "Deploying staff", "deploying and managing teaching assistants and other staff effectively"),
    ("6.S5", "Developing colleagues",
     "supporting colleagues' professional development through observation, feedback, coaching and training"),
    ("6.S6", "Reviewing provision",
     "reviewing and evaluating the effectiveness of provision with other staff to inform self-evaluation"),
    ("6.S7", "Involving pupils", "involving pupils in planning, agreeing and reviewing the provision made for them"),
    ("6.S8", "Liaising with parents", "liaising effectively with parents and carers of pupils with SEN"),
    ("6.S9", "Multi-agency partnership",
     "working in partnership with other services and agencies, including voluntary organisations"),
]
ALL_IDS = [r.id for r in REQS] + [o[0] for o in OUTCOMES]

NEGATE = [
    "We do not {vp}.",
    "The programme will not {vp}.",
    "We have decided not to {vp}, as the cost would not be justified.",
    "It is not possible for us to {vp} at present.",
]
HEDGE = [
    "We hope in future to {vp}.",
    "In due course we would like to {vp}.",
    "We are currently exploring whether to {vp}.",
    "Once the programme is running we intend to explore how to {vp}.",
]
OUT_MET = [
    "{module} develops {phrase}; this is assessed through {assessment}.",
    "Participants work on {phrase} in {module}, and it is assessed through {assessment}.",
    "{phrase_cap} is taught in {module} and assessed through {assessment}.",
]
OUT_PARTIAL = [
    "{module} covers {phrase}, which participants explore in discussion.",
    "Sessions in {module} address {phrase}.",
]
OUT_NEGATE = [
    "The programme does not cover {phrase}.",
    "{phrase_cap} is not part of the programme.",
]
OUT_HEDGE = [
    "We hope in future to add {phrase} to the programme.",
    "We would like to include {phrase} once the programme is established.",
]
FILLER = [
    "Our partnership has worked together on SEN training since {year}, and this application builds on that work.",
    "The partner authorities serve {n} schools between them, many of them small primary schools.",
    "We expect to recruit {cohort} teachers to the first cohort.",
    "The programme team meets each half term to plan the next sessions.",
    "Sessions take place at the University and at the authorities' professional development centres.",
    "Teachers in the region have asked for a course of this kind for several years.",
    "The course handbook sets out the calendar, the reading list and the contacts for each module.",
    "We have costed the programme carefully and set out the fee in the budget annex.",
]

THEMES = ["About the programme", "Learning in school", "Content and currency", "Admissions and entry",
          "Flexibility and access", "Working with partners", "Assessment and quality"]
CRITERION_HEADINGS = {
    "E": "Eligibility and accreditation",
    "1": "Criterion 1: Raising the achievement of children and young people with SEN and/or disabilities",
    "2": "Criterion 2: Provision matched to participants' needs",
    "3": "Criterion 3: Flexible and accessible delivery",
    "4": "Criterion 4: Stakeholders",
    "5": "Criterion 5: Quality assurance",
    "6": "Criterion 6: The minimum outcomes",
}


def _crit(rid: str) -> str:
    return rid.split(".", 1)[0]


@dataclass
class Provider:
    uni: str
    authorities: list[str]
    award: str
    modules: list[tuple[str, str]]
    date: str
    year: int
    slug: str
    extras: dict = field(default_factory=dict)


def _provider(rng: random.Random) -> Provider:
    uni = rng.choice(UNIVERSITIES)
    prefix = rng.choice(["SEN", "EDU", "SENCO", "PGE", "INC"])
    base = rng.choice([5, 7, 70, 71, 40])
    titles = rng.choice(MODULE_TITLES)
    modules = [(f"{prefix}{base}{i + 1}", t) for i, t in enumerate(titles)]
    slug = re.sub(r"[^a-z0-9]+", "-", uni.lower().replace("university of ", "").replace("university", "")).strip("-")
    return Provider(
        uni=uni,
        authorities=rng.sample(AUTHORITIES, 2),
        award=rng.choice(AWARDS),
        modules=modules,
        date=f"{rng.randint(2, 27)} {rng.choice(MONTHS)} {rng.choice([2008, 2009])}",
        year=rng.choice([2001, 2003, 2004, 2005, 2006]),
        slug=slug,
    )


def _states(rng: random.Random, profile: str) -> dict[str, str]:
    answered, partial, negated, hedged = PROFILES[profile]
    out = {}
    for rid in ALL_IDS:
        is_outcome = rid.startswith("6.") and rid != "6.0"
        x = rng.random()
        if x < answered:
            s = "answered"
        elif x < answered + partial:
            s = "partial" if is_outcome else "answered"
        elif x < answered + partial + negated:
            s = "negated"
        elif x < answered + partial + negated + hedged:
            s = "hedged"
        else:
            s = "left_out"
        out[rid] = s
    return out


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


class Writer:
    """Turns one application's states into sentences, in the provider's voice."""

    def __init__(self, rng: random.Random, prov: Provider, states: dict[str, str]):
        self.rng, self.prov, self.states = rng, prov, states
        self.reqs = {r.id: r for r in REQS}

    def fill(self, text: str) -> str:
        p = self.prov
        return text.format(uni=p.uni, date=p.date, award=p.award, year=p.year,
                           n=self.rng.randint(120, 480), cohort=self.rng.choice([20, 24, 30, 36, 40]))

    def requirement(self, rid: str) -> str | None:
        state = self.states[rid]
        req = self.reqs[rid]
        if state == "answered":
            return self.fill(self.rng.choice(req.answers))
        if state == "negated":
            return self.rng.choice(NEGATE).format(vp=req.vp)
        if state == "hedged":
            return self.rng.choice(HEDGE).format(vp=req.vp)
        return None

    def outcome(self, rid: str, phrase: str) -> str | None:
        state = self.states[rid]
        module = self.rng.choice(self.prov.modules)
        mod = f"Module {module[0]} ({module[1]})" if self.rng.random() < 0.5 else f"Module {module[0]}"
        args = dict(module=mod, phrase=phrase, phrase_cap=_cap(phrase), assessment=self.rng.choice(ASSESSMENTS))
        if state == "answered":
            return _cap(self.rng.choice(OUT_MET).format(**args))
        if state == "partial":
            return _cap(self.rng.choice(OUT_PARTIAL).format(**args))
        if state == "negated":
            return self.rng.choice(OUT_NEGATE).format(**args)
        if state == "hedged":
            return self.rng.choice(OUT_HEDGE).format(**args)
        return None

    def matrix_row(self, rid: str, label: str) -> list[str] | None:
        state = self.states[rid]
        codes = [m[0] for m in self.rng.sample(self.prov.modules, self.rng.choice([1, 1, 2]))]
        if state == "answered":
            return [label, ", ".join(codes), _cap(self.rng.choice(ASSESSMENTS))]
        if state == "partial":
            return [label, ", ".join(codes), ""]
        if state == "negated":
            return [label, "Not covered by the programme", "Not assessed"]
        if state == "hedged":
            return [label, "We hope to add this in future", ""]
        return None

    def filler(self) -> str:
        return self.fill(self.rng.choice(FILLER))


# ---------------------------------------------------------------- layouts


def _intro(doc, w: Writer, heading: bool = True) -> None:
    p = w.prov
    if heading:
        doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        f"This application is made by the {p.uni} in partnership with {p.authorities[0]} and {p.authorities[1]}. "
        f"It proposes a {p.award} for teachers new to the role of special educational needs coordinator."
    )
    doc.add_paragraph(w.filler() + " " + w.filler())
    doc.add_paragraph(
        "The programme is built from three modules: "
        + "; ".join(f"{code}, {title}" for code, title in p.modules) + "."
    )


def _outcomes_prose(doc, w: Writer, heading: str | None) -> None:
    if heading:
        doc.add_heading(heading, level=2)
    sentences = [s for rid, _label, phrase in OUTCOMES if (s := w.outcome(rid, phrase))]
    for i in range(0, len(sentences), 3):
        doc.add_paragraph(" ".join(sentences[i : i + 3]))


def _outcomes_matrix(doc, w: Writer) -> None:
    rows = [r for rid, label, _ in OUTCOMES if (r := w.matrix_row(rid, label))]
    doc.add_paragraph("The table shows where each minimum outcome is developed and how it is assessed.")
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Minimum outcome", "Where developed", "How assessed")):
        cell.text = text
    for r in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, r):
            cell.text = text


def layout_criterion_headings(doc, w: Writer, matrix: bool = False) -> None:
    _intro(doc, w)
    for crit in ["E", "1", "2", "3", "4", "5", "6"]:
        doc.add_heading(CRITERION_HEADINGS[crit], level=1)
        ids = [r.id for r in REQS if _crit(r.id) == crit]
        paras = [s for rid in ids if (s := w.requirement(rid))]
        if crit != "6" and w.rng.random() < 0.4:
            paras.insert(0, w.filler())
        if crit == "6":
            for s in paras:
                doc.add_paragraph(s)
            if matrix:
                _outcomes_matrix(doc, w)
            else:
                _outcomes_prose(doc, w, "How the programme develops and assesses the outcomes")
            continue
        # group into paragraphs of one or two answers, some under the provider's own sub-headings
        i = 0
        while i < len(paras):
            chunk = paras[i : i + w.rng.choice([1, 2])]
            if w.rng.random() < 0.3:
                doc.add_heading(_topic(chunk[0]), level=2)
            doc.add_paragraph(" ".join(chunk))
            i += len(chunk)


def _topic(sentence: str) -> str:
    words = re.findall(r"[A-Za-z']+", sentence)[:5]
    return " ".join(words).capitalize() if words else "Further detail"


def layout_thematic(doc, w: Writer) -> None:
    _intro(doc, w, heading=False)
    for theme in THEMES:
        doc.add_heading(theme, level=1)
        ids = [r.id for r in REQS if r.theme == theme]
        w.rng.shuffle(ids)
        paras = [s for rid in ids if (s := w.requirement(rid))]
        if not paras:
            paras = [w.filler()]
        for i in range(0, len(paras), 2):
            doc.add_paragraph(" ".join(paras[i : i + 2]))
    doc.add_heading("The outcomes participants will reach", level=1)
    _outcomes_prose(doc, w, None)


def layout_proforma(doc, w: Writer) -> None:
    doc.add_paragraph("Application pro-forma. Please answer each question in the right-hand column.")
    _intro(doc, w, heading=False)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "Requirement"
    table.rows[0].cells[1].text = "Our response"
    for req in REQS:
        answer = w.requirement(req.id)
        cells = table.add_row().cells
        cells[0].text = req.question
        cells[1].text = answer or ""
    for rid, label, phrase in OUTCOMES:
        cells = table.add_row().cells
        cells[0].text = f"Minimum outcome: {label}"
        cells[1].text = w.outcome(rid, phrase) or ""


def layout_essay(doc, w: Writer) -> None:
    _intro(doc, w, heading=False)
    sentences = [s for r in REQS if (s := w.requirement(r.id))]
    sentences += [s for rid, _l, phrase in OUTCOMES if (s := w.outcome(rid, phrase))]
    # an essay keeps a rough order but wanders
    for i in range(len(sentences) - 1):
        if w.rng.random() < 0.2:
            sentences[i], sentences[i + 1] = sentences[i + 1], sentences[i]
    i = 0
    while i < len(sentences):
        n = w.rng.choice([3, 4, 5])
        chunk = sentences[i : i + n]
        if w.rng.random() < 0.3:
            chunk.append(w.filler())
        doc.add_paragraph(" ".join(chunk))
        i += n


def build(path: Path, rng: random.Random, layout: str, profile: str) -> dict:
    prov = _provider(rng)
    states = _states(rng, profile)
    w = Writer(rng, prov, states)
    doc = docx.Document()
    doc.styles["Normal"].font.size = Pt(11)
    doc.core_properties.title = f"{prov.uni}: application for approval to run nationally accredited SENCO training"
    doc.core_properties.author = f"{prov.uni} SENCO programme team"
    doc.add_heading(f"{prov.uni}: {prov.award}", level=0)
    doc.add_paragraph(f"Application to the TDA for approval to deliver nationally accredited training for SENCOs, "
                      f"{rng.choice(MONTHS)} 2009")
    if layout == "criterion-headings":
        layout_criterion_headings(doc, w)
    elif layout == "outcome-matrix":
        layout_criterion_headings(doc, w, matrix=True)
    elif layout == "thematic-sections":
        layout_thematic(doc, w)
    elif layout == "pro-forma-table":
        layout_proforma(doc, w)
    elif layout == "essay":
        layout_essay(doc, w)
    else:
        raise ValueError(layout)
    doc.save(str(path))
    return {"file": path.name, "provider": prov.uni, "layout": layout, "profile": profile, "states": states}


def generate_round(out: Path, n: int, seed: int = 1, manifest: Path | None = None) -> list[dict]:
    """Write ``n`` applications into ``out``; return (and optionally write) the manifest."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if manifest is not None and Path(manifest).resolve().parent == out.resolve():
        raise ValueError("write the manifest outside the round's folder: a round would take it for an application")
    rng = random.Random(seed)
    profiles = [p for p, k in PROFILE_WEIGHTS.items() for _ in range(k)]
    entries = []
    for i in range(n):
        layout = LAYOUTS[i % len(LAYOUTS)]
        profile = rng.choice(profiles)
        prov_rng = random.Random(rng.random())
        name = f"app-{i + 1:05d}-{layout}.docx"
        entries.append(build(out / name, prov_rng, layout, profile))
    if manifest is not None:
        Path(manifest).write_text(json.dumps(entries, indent=1), encoding="utf-8")
    return entries


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="folder to write the applications into")
    ap.add_argument("-n", type=int, default=50, help="number of applications (default 50)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--manifest", type=Path, default=None, help="write the layout/profile/states of every file here")
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("-n must be at least 1")
    entries = generate_round(args.out, args.n, args.seed, args.manifest)
    print(f"wrote {len(entries)} applications to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
