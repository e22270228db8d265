"""Build da-02-hessleford-handover-note.docx: Hessleford Borough Council Learning Support Service, programme leader's handover note (invented provider).

Provider
--------
Hessleford Borough Council, Children's Services, Learning Support Service: a
single metropolitan council that runs its own SENCO course, the "Hessleford
SENCO Award", validated by the (invented) University of Garthwaite as the
University of Garthwaite Certificate in Special Educational Needs
Coordination, 60 credits. Special-school hosts (Greenhill School, the
Riverside speech and language base) and council officers teach. March/April
2009, 2008-era vocabulary (CRB, DDA, SEN Code of Practice 2001, ECM, IEPs,
Standards Fund, RAISEonline, P scales, SEF, CAF, Teachers' Centre).

Layout (a kind of document not in the earlier sets: an internal handover note)
-----------------------------------------------------------------------------
The Head of Service sends, under a short covering letter, the handover note the
programme leader wrote for her interim successor before a secondment, "the most
complete current description of how the programme actually runs".
- Covering letter: typed letterhead lines joined by manual line breaks.
- The note: memo fields (To / From / Date / Re) typed as bold run-ins, then
  thirteen parts with typed bold numbered titles in capitals (no heading
  styles), chatty first-person prose addressed to "you" (Jan), lists typed
  with "-" and "[ ]" to-do boxes, initials (RA, JF, PD, MR), abbreviations.
- Three tables: who's who; the nine days and two visits of the year
  (merged unit rows); the six portfolio tasks.
- "The awkward bits" and "Things I never got round to" parts; "Where stuff
  lives" (S: drive paths); a PS.
- Footer with the file path and "INTERNAL" marking. No e-learning at all.

Traps and the requirement ids they affect
-----------------------------------------
- E.2 partially_met: 60 credits, but Unit C was validated at level 6, so only
  40 credits at M level; a fully M-level version "would need re-validation,
  which we haven't asked for".
- 1.3 partially_met: one 2006 Ofsted report; the reading list is the 2006 one
  and "badly needs updating" (a new one only started).
- 1.7 partially_met, 6.S8 partially_met, 6.A1 partially_met: the parents
  session "fell through both years"; portfolio task 2 still asks for a
  parent at the IEP review (assessed but not taught). A conditional "If you
  can get them for Day 7 ..." is not an arrangement.
- 1.9 partially_met and 6.0 partially_met: the validation panel "accepted the
  mapping" (blanket), the award rests on the three pieces, the outcomes
  record is signed off by RA but "the board doesn't look at it"; several
  outcomes are absent.
- 2.1 not_met: APL explicitly refused by the University and no APEL.
- 2.3 met (notes_on_met): the assessment-only registration is a current
  arrangement, described concretely; Kath Morley's case is an illustration.
- 2.5 partially_met, 6.A7 partially_met: a general "what next" talk, no
  targets set; not assessed.
- 3.2 partially_met: one September cohort, fixed order, days only; deferring
  a unit to the next cohort is the only flexibility.
- 3.3 not_applicable: "no online element at all"; the 2007-08 wiki is past.
- 4.3 partially_met: stakeholders teach and host, but involvement in
  evaluation is a steering group that "never happened".
- 5.1 partially_met: internal and external methods listed, but "nothing much
  happens with them - they go in the file".
- 5.2 partially_met: entry criteria and an interview, but "we've never turned
  anyone down" and the interview "is about planning, not selection".
- 5.6 partially_met: assessment kits and the University library, but "no
  specialist software on the course any more" -> also 6.K6 partially_met
  (ICT not covered).
- 5.7 partially_met: tutors know the drill informally (Tutor Notes), mentors
  get only the Mentor Notes: "I've never managed a briefing".
- 5.9 partially_met: pre/post self-audit for confidence, but not added up;
  pupil measures in the project are not collated.
- 6.A3 not_met (explicit gap), 6.K4 not_met ("we assume they have it from
  their ITT"), 6.S2d not_met ("Jo said she'd do a session ... not confirmed").
- 6.S2c partially_met: Day 5 session on formative assessment, not assessed.
- Met despite the informal voice: 1.1, 1.5, 1.6, 2.2, 2.4 (fees compared),
  3.1, 4.1, 4.2, 5.3, 5.4, 5.5, 5.8 and most outcomes via the portfolio
  tasks, the audit and the project.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm

OUT = Path(__file__).with_name("da-02-hessleford-handover-note.docx")

doc = Document()
doc.core_properties.author = "Ruth Ambler"
doc.core_properties.title = "SENCO Award handover note"
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(6)


def P(text="", bold=False, italic=False, size=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def lines(*ls, bold_first=False):
    """One paragraph, lines separated by manual line breaks."""
    p = doc.add_paragraph()
    for i, l in enumerate(ls):
        r = p.add_run(l)
        if bold_first and i == 0:
            r.bold = True
        if i < len(ls) - 1:
            r.add_break()
    return p


def runin(lead, text):
    p = doc.add_paragraph()
    p.add_run(lead + " ").bold = True
    p.add_run(text)
    return p


def title(t):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run(t)
    r.bold = True
    return p


def dash(items):
    for it in items:
        p = doc.add_paragraph("-  " + it)
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.space_after = Pt(2)


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def ctext(cell, text, bold=False, size=9.5):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def table(rows, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            ctext(t.cell(i, j), v, bold=(i == 0))
            if i == 0:
                shade(t.cell(i, j), "D9D9D9")
            if widths:
                t.cell(i, j).width = Cm(widths[j])
    return t


# ------------------------------------------------------------------ footer
fr = doc.sections[0].footer.paragraphs[0].add_run(
    "S:\\LSS\\SENCO Award\\Admin\\Handover\\handover note JP v2.doc   INTERNAL")
fr.font.size = Pt(7)

# ------------------------------------------------------------------ covering letter
lines("Hessleford Borough Council", "Children's Services \u2013 Learning Support Service",
      "The Teachers' Centre, Mill Lane, Hessleford HF4 2DN", "Tel 01632 960 775", bold_first=True)
lines("SENCO Training Approval Panel", "Training and Development Agency for Schools", "151 Buckingham Palace Road",
      "London SW1W 9SZ")
P("3 April 2009")
P("Dear Panel members")
P("Application for approval: the Hessleford SENCO Award", bold=True)
P("Our programme leader, Ruth Ambler, began a nine-month secondment to the National Strategies this week. Before "
  "she left she wrote the note below for Jan Petrie, Senior Adviser (Inclusion), who is leading the programme in "
  "her absence. Having read it, I think it is the most complete and honest current description of how the "
  "programme actually runs, so we are sending it as it stands rather than rewriting it in more formal language. "
  "Ruth returns in January 2010 and will lead the programme from then.")
P("Yours sincerely")
lines("Dennis Okafor", "Head of Learning Support Service")
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ------------------------------------------------------------------ memo
runin("To:", "Jan Petrie")
runin("From:", "Ruth Ambler (RA)")
runin("Date:", "27 March 2009")
runin("Re:", "SENCO Award \u2013 handover while I'm on secondment (April to December 2009)")
P("Jan \u2013 everything I can think of that you need to keep the SENCO Award going until I'm back. Sorry it's "
  "long. Anything I've forgotten, ring me; I'm only in Leeds.")

title("1. THE SHORT VERSION")
dash([
    "Cohort 2 (16 SENCOs) is halfway through \u2013 Unit B finished last week, Unit C starts 23 April.",
    "Cohort 3 starts in September; nominations close 15 May and the interviews are in June (see 4).",
    "The award is Garthwaite's, we teach it and first-mark it, Malcolm Reed (MR) is our link at the University.",
    "Jo and Phil know their sessions. Most of the real work for you is admissions in June and the exam board in July.",
])

title("2. WHAT THE COURSE ACTUALLY IS")
P("The award is the University of Garthwaite Certificate in Special Educational Needs Coordination, 60 credits, "
  "conferred by the University on the recommendation of its exam board. Units A and B are at level 7 (M level) but "
  "Unit C, the school-based project, was validated at level 6 because of the way the University's CPD framework "
  "worked at the time, so strictly it's 40 M-level credits. MR says a fully M-level version would need "
  "re-validation, which we haven't asked for.")
P("The aims are on p.2 of the definitive document and I read them out on Day 1: the whole point is SENCOs who make "
  "a difference for children with SEN and disabilities \u2013 in their learning, and in being healthy, staying "
  "safe, enjoying and achieving, making a positive contribution and economic well-being. Day 2 is built round the "
  "five ECM outcomes, and every piece of assessment has a 'difference for children' section in the marking grid "
  "which asks for evidence on attainment and on at least one other ECM outcome. Please don't let that slip; it's "
  "the thing the heads like most.")
P("It's nine taught days at the Teachers' Centre across the year, two half-day visits, and a lot of school-based "
  "work. There's no online element at all: we tried a wiki in 2007-08 and nobody used it, so it went. Everything "
  "is face to face at the Teachers' Centre, plus the visits. People email me between days with questions, and I "
  "answer them, but that's just email.")

title("3. HOW THE YEAR RUNS")
P("One cohort a year, starting in September, and the days come in the same order for everybody. Heads keep asking "
  "for a twilight version; we can't staff one. The only flexibility is that someone who misses a unit (illness, "
  "maternity, Ofsted) can pick it up with the next cohort, which two people have done.")
yr = [
    ["Day / visit", "Content", "Who"],
    ["Unit A: The SENCO, the law and the school (Sept\u2013Nov)", "", ""],
    ["Day 1", "The SENCO's role; SEN Code of Practice 2001; the SENCO Regulations 2008; the statutory assessment "
              "process", "RA"],
    ["Day 2", "Every Child Matters and the SENCO; DDA 1995 and 2005, the Disability Equality Duty, "
              "accessibility plans", "RA"],
    ["Day 3", "Evidence and research: reading research critically, Ofsted 2006 report; planning Assignment 1",
     "MR"],
    ["Unit B: Assessment and provision (Dec\u2013Mar)", "", ""],
    ["Day 4", "Types of need: BESD, dyslexia and other SpLD, SLCN, MLD; standardised assessment and using "
              "specialists' reports", "JF"],
    ["Day 5", "AM: autism (PD); assessment for learning for pupils with SEN \u2013 getting class teachers using "
              "formative assessment. PM: three optional strands (literacy, numeracy, behaviour)", "PD / RA"],
    ["Day 6", "Listening to children: consulting pupils, pupil-centred reviews (Marcia Grant, Children's Rights "
              "Officer); IEPs and target-setting; tracking with P scales, national tests and RAISEonline", "RA"],
    ["Visit 1", "Half day at Greenhill School (special school)", "host"],
    ["Unit C: Leading and managing (Mar\u2013Jul)", "", ""],
    ["Day 7", "Provision mapping; deploying and managing teaching assistants", "RA"],
    ["Day 8", "Working beyond the school: multi-agency working, the CAF, Team Around the Child, voluntary "
              "organisations (with the Hessleford Dyslexia Association and Barnardo's)", "JF"],
    ["Visit 2", "Half day at the Riverside speech and language base", "host"],
    ["Day 9", "Coaching and observing colleagues; governors and SEN policy; the SEF and school self-evaluation; "
              "'what next'", "RA"],
]
t = table(yr, widths=[3.2, 11, 2])
for i, row in enumerate(yr):
    if row[0].startswith("Unit"):
        m = t.cell(i, 0).merge(t.cell(i, 2))
        ctext(m, row[0], bold=True)
        shade(m, "F2F2F2")
P("")
P("The two visits: I book them in October for the whole cohort. Greenhill and Riverside each have a one-page brief "
  "from me on what participants should look at and who they'll meet, and participants use the visit in portfolio "
  "task 6. JF and PD bring in educational psychology, speech and language therapy and autism outreach colleagues as "
  "the days need them.")

title("4. ADMISSIONS \u2013 HOW WE DO IT")
P("Nominations come from heads on the nomination form (the 2009 version is on S:). Entry criteria: QTS, in post as "
  "SENCO or designated to take over within a year, and the head's signature agreeing to release for the nine days "
  "and the two visits. I interview everyone for twenty minutes in June. In practice we've never turned anyone down: "
  "if the head nominates them, they're on, and the interview is about planning, not selection. Dennis is keen we "
  "keep it that way.")
P("CRB. Everyone must bring their CRB enhanced disclosure to the interview. I check it and record the number and "
  "date on the tracking sheet. Anyone who hasn't worked in a school in the last three months goes through HR for a "
  "new disclosure before Day 1, and the nomination form has the head's statement that there are no concerns about "
  "the nominee's conduct and no disciplinary matters outstanding. Don't let anyone start without this.")
P("Disability. The form asks whether the nominee has a disability or needs any adjustments, and I ask again at the "
  "interview, privately. Last year we had a deaf participant: BSL interpreters were booked through the Sensory "
  "Service for every day and visit, handouts went to her a week ahead, and Garthwaite's Disability Office agreed "
  "extra time for the assignments and the professional discussion. The Teachers' Centre rooms are on the ground "
  "floor with a loop. Whatever people tell us, we sort it before Day 1.")
P("Needs analysis. At the interview we go through the self-audit (the 29-line one against the national outcomes, "
  "each rated 1 to 4). I agree three or four targets with each person and write them into the Individual Training "
  "Plan, which goes to the head. The ITP decides which Day 5 afternoon strand they take and the focus of the "
  "portfolio and the project, and we revisit it at the January tutorial.")
P("Money. Schools pay \u00a3650 a place and the Council pays the rest from the Standards Fund. Garthwaite charges "
  "\u00a31,900 for its own PGCert, so it is good value for schools, and at sixteen a cohort we break even. Don't "
  "go below twelve.")
P("APL. People with the Advanced Diploma or MA units always ask about APL. The answer is no: Garthwaite won't do "
  "APL for this award (MR's letter of February 2008 is on S:) and we have no APEL arrangement either. Don't promise "
  "anything.")
P("Assessment-only. Yes, we do have this, though it's rare. Someone with substantial experience (a Support Service "
  "teacher, say) registers with Garthwaite as an assessment-only candidate, has one tutorial with me, and submits "
  "the policy audit, the portfolio and the outcomes record without attending, then does the professional "
  "discussion like everyone else. The fee is \u00a3450. Kath Morley from the Hearing Impaired Service did it in "
  "2008 and passed. The procedure is in the same folder as the ITPs.")

title("5. WHO DOES WHAT")
table([
    ["Who", "Does", "Background"],
    ["Ruth Ambler (RA)", "Programme leader; Days 1, 2, 6, 7, 9; first marker",
     "SENCO for eleven years (primary then secondary); MA in SEN (Garthwaite); Senior Adviser SEN since 2005"],
    ["Jo Fairbrother (JF)", "Days 4 and 8; second marker", "Senior Educational Psychologist, Hessleford"],
    ["Phil Dacre (PD)", "Day 5 autism session", "Teacher in charge, Autism Outreach Service; Advanced Diploma in ASD"],
    ["Malcolm Reed (MR)", "Day 3; second marker; University link",
     "Senior Lecturer in Education, University of Garthwaite"],
    ["Marcia Grant", "Day 6 listening to children", "Children's Rights Officer, Hessleford Children's Services"],
], widths=[3.5, 5.5, 7.5])
P("")
P("Keeping up: all of us go to the Council's termly SEN update afternoons, I go to NASEN Live every year, JF keeps "
  "up her BPS CPD, and MR sends round anything new from the journals. Please keep the termly updates going.")
P("Tutors and mentors. JF and PD know what's expected because they've done it since 2007; if you bring anyone new "
  "in, there are Tutor Notes on S:. Each head names a school mentor for their SENCO, and the mentor gets a copy of "
  "the Mentor Notes with the welcome letter. That's it \u2013 I've never managed a briefing for mentors.")

title("6. ASSESSMENT")
P("Three pieces, all marked against Garthwaite's criteria, plus the outcomes record.")
P("Assignment 1 \u2013 Policy and law audit (3,000 words, Unit A). An audit of the school's SEN policy and practice "
  "against the Code of Practice, the SENCO Regulations and the school's disability equality duties under the DDA, "
  "including how the school's provision contributes to the five ECM outcomes. It must use research and inspection "
  "evidence to justify the recommendations, for the SENCO's own practice and for colleagues'.")
P("Assignment 2 \u2013 Portfolio (Unit B). Six tasks done in school, each with a 500-word commentary:")
table([
    ["Task", "What they do", "Evidence"],
    ["1", "A provision map for one year group, with ineffective or missing provision identified", "The map and "
          "commentary"],
    ["2", "An IEP review meeting run with the pupil and a parent, with the pupil's own views recorded; the "
          "commentary explains the pupil's type of need (e.g. dyslexia, SLCN, autism, BESD, MLD), how it affects "
          "learning, how the need was identified, the targets set and the approaches chosen", "IEP, meeting "
          "record, mentor's observation note on how the SENCO worked with the pupil and parent"],
    ["3", "A plan for deploying the school's teaching assistants, reviewed after half a term", "Plan and review"],
    ["4", "Observing a colleague teaching a pupil with SEN, written feedback and a follow-up coaching "
          "conversation", "Feedback sheet, colleague's note"],
    ["5", "Tracking the progress of pupils on the SEN register with national test results, P scales or "
          "RAISEonline, and changing an intervention as a result", "Tracking sheet and commentary"],
    ["6", "Working with an outside agency or voluntary organisation on one pupil: using the agency's assessment "
          "to adapt teaching", "Referral or joint plan; visit notes"],
], widths=[1.2, 10, 5.3])
P("")
P("Assignment 3 \u2013 Development project and professional discussion (Unit C). The SENCO plans and leads one "
  "development in SEN provision, agreed with the head, presents it to the governors' curriculum or SEN committee, "
  "takes baseline and follow-up measures of the pupils involved, evaluates it with the colleagues involved and "
  "writes it up as a section for the school's SEF (3,000 words). Then a 45-minute professional discussion with me "
  "and a second assessor, head invited, in which we probe the decisions they made, the problems they hit, how they "
  "got the head and senior team on board, and what they would do differently. The discussion is marked for clarity "
  "of explanation and for how they respond to challenge.")
P("Marking and moderation. I first-mark everything. JF or MR second-marks every fail, every borderline and a 25 "
  "per cent sample. Garthwaite's moderator samples across the cohort before the exam board, and the external "
  "examiner (Dr Lesley Hanlon from Castlebridge) reports to the exam board in July. The exam board date is in the "
  "diary (section 12).")
P("The award. The exam board confers the award on passing all three pieces. I also keep each participant's "
  "outcomes record \u2013 the 29 national outcomes with the evidence cross-referenced \u2013 and I sign it off, "
  "but the board doesn't look at it, and honestly some lines are thin. MR's validation panel accepted the mapping "
  "that shows every outcome assessed somewhere in the three pieces.")

title("7. EVALUATION")
P("Happy sheets after every day; an end-of-year questionnaire; Garthwaite's annual module report, which I fill in; "
  "and the external examiner's report. Truthfully, nothing much happens with them \u2013 they go in the file. "
  "Participants redo the self-audit in June so we can compare before and after ratings, but I haven't added them "
  "up for cohort 1. The project asks for pupil measures before and after, but nobody has pulled those together "
  "across a cohort.")

title("8. SCHOOLS, FAMILIES AND THE PEOPLE WHO SHAPED IT")
P("Before we designed the course we surveyed SENCOs in 2007: 68 of our 94 schools replied. The top three asks were "
  "provision mapping, managing TAs and 'how to get the head to listen'. That's why Day 7 and tasks 1 and 3 exist and "
  "why the project has to be agreed with the head and taken to governors. The Youth Council told the Children's "
  "Services scrutiny panel in 2007 that pupils with SEN were rarely asked what they thought, which is why Day 6 is "
  "Marcia's. Cohort 1's feedback moved the portfolio deadline from February to March and brought the visits "
  "forward. Greenhill, Riverside, the Dyslexia Association and Barnardo's all teach or host for us.")
P("I meant to set up a steering group with two heads, a parent and a former participant to look at the "
  "evaluations each year. It never happened. Something for you if you have time.")

title("9. THE AWKWARD BITS")
dash([
    "Parents. The parents session fell through both years \u2013 the Parent Partnership Service couldn't release "
    "anyone. If you can get them for Day 7 that would be great. Task 2 still asks for a parent at the IEP review.",
    "Time management and delegation. Everyone asks for it; we don't cover it anywhere.",
    "Child development. We assume they have it from their ITT. MR thinks it should be in Unit B, but it isn't.",
    "Access arrangements for SATs and GCSEs. Jo said she'd do a session on access arrangements but I haven't "
    "confirmed it. If it happens it'll be Day 8.",
    "ICT. Since the laptop trolley went back we've got no specialist software on the course any more; Phil talks "
    "about visual timetables and that's it. Resources are the box of assessment kits in the cupboard in Room 3 and "
    "participants' library cards for Garthwaite.",
    "The reading list is still the 2006 one and badly needs updating. I've started a new one (in the Unit A "
    "folder) but it's not finished. Day 3 and the Ofsted 2006 report are about the only recent evidence on the "
    "course at the moment.",
    "The last session ends with 'what next' \u2013 I talk through the MA at Garthwaite and the SENCO network. "
    "Nobody writes anything down.",
])

title("10. THINGS I NEVER GOT ROUND TO")
for it in ("[ ]  Steering group (see 8)", "[ ]  Mentor briefing twilight", "[ ]  New reading list",
           "[ ]  Add up cohort 1's before and after self-audits", "[ ]  Ask MR about re-validating Unit C at level 7"):
    P(it)

title("11. WHERE STUFF LIVES")
for it in ("S:\\LSS\\SENCO Award\\Admissions (nomination forms, tracking sheet, ITPs, assessment-only procedure)",
           "S:\\LSS\\SENCO Award\\Units (session plans, handouts, Tutor Notes, Mentor Notes)",
           "S:\\LSS\\SENCO Award\\Assessment (marking grids, outcomes records, moderation, exam board)",
           "S:\\LSS\\SENCO Award\\Evaluations (happy sheets, questionnaires, module reports)"):
    dash([it])

title("12. DATES FOR YOUR DIARY")
table([
    ["Date", "What"],
    ["23 April 2009", "Cohort 2, Day 7"],
    ["15 May 2009", "Nominations close for cohort 3"],
    ["8\u201319 June 2009", "Cohort 3 interviews and self-audits"],
    ["26 June 2009", "Portfolios and projects in; second marking the week after"],
    ["14 July 2009", "Garthwaite exam board"],
    ["17 September 2009", "Cohort 3, Day 1"],
], widths=[4, 12])

title("13. AND FINALLY")
P("It's a good course and the SENCOs who've done it are doing good things. Ring me.")
P("Ruth")
P("PS The Day 5 afternoon strands need booking by the end of June or the rooms go.", italic=True)

doc.save(OUT)
print("wrote", OUT)
