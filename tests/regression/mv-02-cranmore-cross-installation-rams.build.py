"""mv-02-cranmore-cross-installation-rams: build script.

Provider (invented): The Stem Room, the floristry school and events workshop at Cranmore Cross Wholesale Flower
Market, with Bishopsford University (School of Education), which has validated the course, and Cranmore Borough
Council Children's Services as commissioning client. Cohort 1 from March 2009.

Document kind and layout: the Stem Room's own Risk Assessment and Method Statement (RAMS) form, the one its events
team writes before every floral installation in a venue, used for the Award as if the Award were a job ("the
Works"), rev C, issued to the TDA panel. House vocabulary: participants are "Operatives", tutors "Supervisors", the
programme leader the "Lead Designer", the in-school mentor the "Site Contact", the operative's school the "Site",
the University's link tutor the "Competent Person", taught days "Build Days" (B1-B9) in the "Loading Bay",
school-based tasks "Site Tasks" (ST1-ST6), formative practice "Mock-ups" with feedback on a "Snag List", the three
marked assessments "Handover Pieces" (H1 Site Report, H2 Working Drawing, H3 The Installation), the needs
assessment the "Site Survey", the individual training plan the "Cutting List", the CRB check the "Clearance
(permit to work)", resources "Plant, tools and materials", the assistive-technology loan kit the "Sundries Box",
the online area "the Noticeboard", the outcome list the "Materials Schedule" with statuses "Installed at Hn",
"Mock-up only" and "Off-hire", the stakeholder group the "Site Committee".

Word structure: a title block table with merged and shaded cells; a document-control (revision) table with a
placeholder in the approval cell; a floating VML text box with a note to the panel; heading styles (Heading 1 and 2)
numbered by hand ("3. SEQUENCE OF WORKS", "Stage 0"), with run-in numbered paragraphs 0.1, 1.2 ... whose numbers
look like requirement ids; a Definitions table far above the Materials Schedule that keys its statuses; a Build Day
table; a Hazard Register (No. | Hazard | Who could be harmed | Control measures | Residual risk); a Supervisors
table; the Materials Schedule with merged, shaded group rows; a blank briefing-record sign-off table; page header
and footer (job number, "uncontrolled when printed", PAGE field); two footnotes; tracked changes (a whole inserted
paragraph, a whole deleted paragraph, a change in a table cell); two Word comments; a "[...]" placeholder.

Traps (requirement ids):
- The Works are validated "at Master's level for 30 credits"; a further 30 is only with the University's Academic
  Board (E.2 partially_met).
- The Scope of Works aims only at progress "in reading, writing and mathematics" (attainment, no well-being or Every
  Child Matters outcomes in the aims) (1.1 partially_met; 6.K2 is still taught at B2 and installed at H1, met).
- Colleagues: support within the operative's own school is built and installed, but "Advising and supporting
  colleagues in other schools, and cluster work, are not part of these Works" (negation) (1.6 partially_met).
- Prior learning: accredited prior certificated learning under the University's general regulations only; "We have
  not yet worked out how experience without credit would be counted" (2.1 partially_met).
- Assessment-only route exists only "at the Lead Designer's discretion" with "process and fee to be agreed with the
  University" (2.3 partially_met).
- Further targets are someone else's: "a matter for the operative's school ... the Stem Room does not take part"
  (2.5 not_met).
- The Tuesday twilight repeat at Larch House is a whole inserted tracked paragraph (counts), with two starts a year
  and Build Days B2-B8 in any order (3.2 met).
- The Noticeboard is e-learning (so 3.3 applies): a forum for operatives, but Supervisors only "look in on the
  Noticeboard when they can" and nothing is arranged between Build Days (3.3 partially_met; Hazard H-05).
- Stakeholders' needs are one remark at an open evening and heads "we spoke to"; their comments "will be looked at
  when the Works are reviewed"; the Council's SEN Manager's comments on rev B were "noted" (4.1 and 4.2
  partially_met). The Site Committee's future part in evaluation is concrete (4.3 met).
- CRB: the Clearance paragraph 0.4 is concrete and checked by the office, with a new disclosure for returners (5.3
  met); the footer's "uncontrolled when printed" and the Hazard Register's residual-risk letters are not evidence.
- Placements: "There are no placements" (negation); specialist guests are real (5.5 partially_met).
- Moderation: second marking by a second Supervisor survives, but the University moderation paragraph is a deleted
  tracked change and a comment says the University has not agreed (5.8 partially_met; comments and deletions are
  not part of the submission).
- Award rule is a placeholder "[Award rule: Stage 6 sign-off wording to follow from the University]" with a comment
  (6.0 not_met).
- Materials Schedule: "Mock-up only" (worked on, not marked) for 6.A3, 6.A7, 6.S2c, 6.S4 (partially_met);
  6.K7 installed at H1 but its "Built on" cell is a dash (assessed, not taught; partially_met); 6.K4 and 6.S2d
  "Off-hire" (not part of the Works; K4 is left to teachers' initial training, someone else's arrangement) (not_met).
- A tracked change in the S7 status cell deletes "Mock-up only" and inserts "Installed at H2" (6.S7 met: the
  insertion counts; 1.5 is met by B6 and H2).
- Footnote 2 describes the 2008 Fenwick Lane pilot's H2 (past arrangement; no effect). Footnote 1 gives the Build
  Day hours.

Expected verdicts: 41 met, 16 partially_met, 4 not_met, 0 not_applicable.
"""
from pathlib import Path
import sys
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

sys.path.insert(0, str(Path(__file__).parent))
from _mv_helpers import (run, ins, dele, deleted_paragraph, inserted_paragraph, shade, shade_paragraph,
                         cell_text, text_box, Footnotes, field, set_col_widths, word_count)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
NQ, GP = "Nadia Quayle", "Gareth Pim"
D1, D2 = "2009-01-27T11:40:00Z", "2009-01-30T15:10:00Z"

doc = docx.Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10)
for name, size in (("Heading 1", 13), ("Heading 2", 11)):
    doc.styles[name].font.size = Pt(size)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)

hp = sec.header.paragraphs[0]
run(hp, "THE STEM ROOM · RAMS SR-0917 rev C · The National Award for SEN Coordination, Cohort 1", size=8)
fp = sec.footer.paragraphs[0]
run(fp, "Uncontrolled when printed. This RAMS must be read and signed by everyone working on the job before works "
        "start. Page ", size=8)
field(fp, "PAGE")

fn = Footnotes(doc)


def h1(text):
    return doc.add_heading(text, level=1)


def h2(text):
    return doc.add_heading(text, level=2)


def para(text, lead=None):
    p = doc.add_paragraph()
    if lead:
        run(p, lead + " ", bold=True)
    run(p, text)
    p.paragraph_format.space_after = Pt(4)
    return p


def table(rows, widths, header_fill="D9E2D0", size=9, bold_first_col=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=(i == 0 or (bold_first_col and j == 0)), size=size,
                      fill=(header_fill if i == 0 else None))
    set_col_widths(t, widths)
    return t


# ---------------------------------------------------------------- title block
t = doc.add_table(rows=7, cols=4)
t.style = "Table Grid"
a = t.cell(0, 0).merge(t.cell(0, 3))
cell_text(a, "THE STEM ROOM · Cranmore Cross Wholesale Flower Market · Floristry School and Events Workshop",
          bold=True, size=12, fill="5B7F4A", color="FFFFFF")
b = t.cell(1, 0).merge(t.cell(1, 3))
cell_text(b, "RISK ASSESSMENT AND METHOD STATEMENT (RAMS)", bold=True, size=14, fill="D9E2D0")
block = [
    ("Job no.", "SR-0917", "Revision", "C (issued to the TDA approval panel)"),
    ("Works", "The National Award for SEN Coordination, Cohort 1", "Duration", "March 2009 to March 2010"),
    ("Client", "Cranmore Borough Council, Children's Services (commissioning client)", "Validating partner",
     "Bishopsford University, School of Education"),
    ("Site(s)", "The Loading Bay (our teaching room, Gate 4, Cranmore Cross) and the operatives' own schools",
     "Prepared by", "Nadia Quayle, Lead Designer"),
    ("Checked by", "Gareth Pim, Events Manager and health and safety lead", "Approved by",
     "[name, signature and date of approval]"),
]
for i, r in enumerate(block, start=2):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, bold=(j % 2 == 0), size=9, fill=("EEF3EA" if j % 2 == 0 else None))
set_col_widths(t, [2.6, 6.4, 2.8, 5.2])

doc.add_paragraph()
table([("Rev", "Date", "Change", "By"),
       ("A", "14 Oct 2008", "First issue to the Council for comment", "NQ"),
       ("B", "12 Dec 2008", "After the University's validation event: Handover Pieces renamed, H3 added", "NQ"),
       ("C", "2 Feb 2009", "Site Committee added; Tuesday repeat added; issued to the TDA panel", "NQ / GP")],
      [1.2, 2.6, 10.6, 2.6])

p = doc.add_paragraph()
text_box(p, [("A note for the panel", True, False),
             ("Every installation the Stem Room does, from a hotel foyer to a cathedral wedding, starts with a RAMS: "
              "who does what, in what order, what could go wrong and what we do about it. Nobody here writes a plan "
              "any other way, so we have written the Award as a job. Section 1 tells you what our words mean; the "
              "Materials Schedule in section 9 shows where each national outcome is built and where it is signed off. "
              "Nothing in this job is left to chance. Nadia Quayle", False, False)],
         height_pt=100, fill="F2F7EE", stroke="5B7F4A")

# ---------------------------------------------------------------- 1 definitions
h1("1. DEFINITIONS")
para("In this RAMS the following words have these meanings. They are the words our events team uses on every job.")
defs = [
    ("Term", "Meaning in this RAMS"),
    ("the Works", "the Award programme described in this RAMS"),
    ("Client", "Cranmore Borough Council, Children's Services, which commissioned the Works and pays part of each "
               "place"),
    ("Lead Designer", "the programme leader, Nadia Quayle"),
    ("Supervisor", "a Stem Room tutor who leads Build Days, reads Mock-ups and marks Handover Pieces"),
    ("Operative", "a teacher taking the Award: a new or soon-to-be SENCO in a Cranmore school"),
    ("Site", "the operative's own school"),
    ("Site Contact", "a senior colleague in the operative's school, usually the head or a deputy, who mentors the "
                     "operative through the Works"),
    ("Competent Person", "Bishopsford University's link tutor for the Works"),
    ("Build Day", "a taught day in the Loading Bay (B1 to B9)"),
    ("Site Task", "work done in the operative's school between Build Days (ST1 to ST6)"),
    ("Mock-up", "a practice piece done on a Build Day or as a Site Task; the Supervisor gives written feedback on a "
                "Snag List, and there is no mark"),
    ("Handover Piece", "one of the three marked assessments, H1, H2 and H3"),
    ("Site Survey", "the operative's self-audit against the Materials Schedule before B1"),
    ("Cutting List", "the operative's individual training plan, drawn up from the Site Survey"),
    ("Installed at Hn", "in the Materials Schedule: built on the Build Day shown and marked in Handover Piece Hn"),
    ("Mock-up only", "in the Materials Schedule: worked on and given feedback, but not marked in any Handover Piece"),
    ("Off-hire", "in the Materials Schedule: not part of these Works"),
]
table(defs, [3.6, 13.4], bold_first_col=True)

# ---------------------------------------------------------------- 2 scope
h1("2. SCOPE OF WORKS")
para("The Works will equip newly appointed SENCOs in Cranmore schools to lead their school's provision so that pupils "
     "with special educational needs and disabilities make faster progress in reading, writing and mathematics, "
     "measured by the school's own tracking and by the Key Stage results. Everything in the Works, from the Build "
     "Days to the Handover Pieces, is aimed at that progress.")
para("Bishopsford University validated the Works as its Postgraduate Certificate in SEN Coordination (Cranmore) at a "
     "validation event on 9 December 2008, and its School of Education registers the operatives and awards the "
     "certificate. The certificate is validated at Master's level for 30 credits (H1 and H2, 15 credits each). "
     "Whether H3 will carry a further 30 credits is with the University's Academic Board and will be settled before "
     "the second cohort.")
para("The Works run over a year in three settings at once: nine Build Days in the Loading Bay, six Site Tasks and "
     "three Handover Pieces in the operative's own school, and a Noticeboard online between the two. Every Site Task "
     "and every Handover Piece is done on the operative's Site, with the operative's own pupils and colleagues, and "
     "is tied to named lines of the Materials Schedule.")
para("A place costs £1,400, of which the Council pays £700 for operatives in Cranmore schools. Build Days use the "
     "Stem Room's own Loading Bay and the Tuesday repeat uses the Council's own centre, so the price carries no room "
     "hire; the optional afternoon sessions and the weight given to each Site Task follow the operative's Cutting "
     "List, so no one spends time on lines they already hold. Each Build Day builds on the Site Task before it, and "
     "the Handover Pieces rise from an audit (H1) through a piece of teaching (H2) to leading a change (H3).")

# ---------------------------------------------------------------- 3 sequence
h1("3. SEQUENCE OF WORKS (METHOD STATEMENT)")
h2("Stage 0: Enquiry and pre-start checks")
para("Enquiries come through the Council's CPD office or straight to the Stem Room office at Gate 4.", "0.1")
para("An operative must hold QTS, be the SENCO of a Cranmore school or be due to take on the role within two terms, "
     "and have the written agreement of their head (the Site Agreement), which commits the school to release the "
     "operative for nine Build Days and names the Site Contact.", "0.2")
para("Pre-start interview. The Lead Designer meets every applicant for half an hour, at the market or at their "
     "school, with the Site Agreement and a one-page statement of the applicant's experience of SEN, and checks it "
     "against the Materials Schedule. An applicant who does not yet have the grounding to complete the Works is told "
     "what to do first (most often the Council's SEN in the Classroom course), the Lead Designer agrees this with the "
     "head in writing, and the applicant is offered the next start.", "0.3")
para("Clearance (permit to work). The head confirms on the Site Agreement the date and number of the applicant's "
     "enhanced CRB disclosure, that the school has no concerns about the applicant's conduct, and that no "
     "disciplinary matter is outstanding. The Stem Room office checks every Site Agreement for these details before a "
     "place is confirmed. An applicant who has not held a post with regular contact with children in the last three "
     "months (for example, after a career break) is not confirmed until a new enhanced disclosure has been obtained "
     "through the Council's HR service, and the office records its number and date on the operative's file.", "0.4")
para("The Site Agreement asks every applicant whether they have a disability or any other need we should plan for "
     "(see section 6).", "0.5")

h2("Stage 1: Site Survey and Cutting List")
para("Before B1 every operative completes the Site Survey: a self-audit against each line of the Materials Schedule, "
     "rated 0 to 3 with a line of evidence for each rating. The Site Contact adds their own view.", "1.1")
para("The operative's Supervisor then visits the school for an hour (the walk-round), reads the Site Survey with the "
     "operative, and together they draw up the Cutting List: the operative's individual training plan. It names the "
     "lines that need most work, the operative's own targets for the year (personal outcomes, written in their own "
     "words on top of the national lines), the Site Tasks to weight, and which of the optional afternoon sessions on "
     "Build Days to take.", "1.2")
para("The Cutting List is reviewed at each Snag meeting (Stage 5) and again before H3, and a copy goes to the Site "
     "Contact.", "1.3")
para("Prior learning. An operative who already holds M-level credit in SEN may ask the University to accredit it "
     "against H1 under its general regulations for accredited prior certificated learning. We have not yet worked "
     "out how experience without credit would be counted.", "1.4")
para("In exceptional cases an experienced applicant may be allowed to go straight to Handover without the Build "
     "Days, at the Lead Designer's discretion; the process and fee are to be agreed with the University.", "1.5")

h2("Stage 2: Load-in")
para("B1 is the load-in: the operatives, their Site Contacts for the afternoon, the Supervisors and the Competent "
     "Person. Operatives are shown the Noticeboard, the Sundries Box and the loan library, and walk through their "
     "Cutting Lists with their Supervisor.", "2.1")

h2("Stage 3: Build Days")
p = para("Build Days are Thursdays in the Loading Bay, after the trading floor has closed.")
fn.ref(p, "Build Days run 9.30 to 3.30. Gate 4 is open to operatives from 9.00; the trading floor closes at 8.30 "
          "on Thursdays.")
para("There are two starts a year, in March and September. B1 always comes first and B9 last; B2 to B8 may be taken "
     "in any order, so an operative who joins in September picks up the Build Days the March starters have already "
     "had.")
inserted_paragraph(doc, "Each Build Day is repeated on the following Tuesday as a twilight session (4.30 to 7.30) at "
                        "the Council's Larch House centre, for operatives who cannot be released on Thursdays; an "
                        "operative may mix Thursdays and Tuesdays.", NQ, D1)
bd = [
    ("B", "What we build", "Lines", "Guests"),
    ("B1", "Load-in. What the SENCO is for; planning the SENCO's year; putting first things first, managing time and "
           "handing tasks on (Mock-up: a term plan).", "A3", "-"),
    ("B2", "The rules. The SEN Code of Practice (2001), Part IV of the Education Act 1996 as amended by SENDA 2001, "
           "the SENCO regulations of 2008, the Disability Discrimination Acts of 1995 and 2005 and the disability "
           "equality duty, Every Child Matters and the Children Act 2004, Removing Barriers to Achievement (2004): "
           "what each requires of the school and the SENCO, and how to put it into practice.", "K1, K2, K3",
     "Council's SEN Manager"),
    ("B3", "The evidence. Reading research and inspection evidence critically: Ofsted's Inclusion: does it matter "
           "where pupils are taught? (2006) and Special educational needs and disability: towards inclusive schools "
           "(2004), the Bercow Review of services for children with speech, language and communication needs "
           "(2008), Lewis and Norwich's Special Teaching for Special Children? (2005); using outside advice.",
     "A6, K8", "Bishopsford researchers"),
    ("B4", "The stock. The most common kinds of SEN and disability (behavioural, emotional and social difficulties, "
           "specific learning difficulties including dyslexia, speech, language and communication needs, autistic "
           "spectrum disorders, moderate learning difficulties) and how each affects learning; approaches, "
           "strategies and resources, ICT included, judged critically.", "K5, K6", "Specialist teachers"),
    ("B5", "Finding and tracking. Identifying pupils from observation, data and assessment; challenging targets; "
           "planning and reviewing interventions; using the assessments of psychologists, therapists and specialist "
           "teachers; tracking progress with teacher assessment, P scales and national tests and changing programmes "
           "when the data say so; sound judgement on provision.", "S2, S2a, S2b, A4", "Educational psychologist"),
    ("B6", "Pupil voice. Consulting pupils about the things that affect them, and involving them in planning, "
           "agreeing and reviewing their own provision; building fair and respectful relationships with them. A "
           "panel of pupils from Fenwick Lane Primary's school council talks with operatives in the afternoon.",
     "S7, A1", "Fenwick Lane pupils"),
    ("B7", "Parents and partners. Advising, supporting and working with parents and carers; what the outside "
           "agencies and voluntary organisations do and how to plan work with them round a child.",
     "S8, A1, K9, S9", "Parent Partnership officer, a parent panel"),
    ("B8", "Running the provision. Provision mapping and finding what is missing or not working; deploying and "
           "managing teaching assistants; reviewing with staff how well provision is working; working "
           "with the head and governors on inclusive policy, priorities and resources; getting the commitment of "
           "colleagues and senior leaders.", "S3, S4, S6, S1, A2", "A head and a governor"),
    ("B9", "Leading colleagues. Advising and supporting class teachers and teaching assistants in the operative's "
           "school; observing and giving feedback, modelling, coaching and running staff training; helping "
           "colleagues use formative assessment with pupils with SEN (Mock-up); keeping up to date and taking charge "
           "of one's own CPD in SEN (Mock-up).", "S5, S2c, A7", "-"),
]
table(bd, [1.0, 11.2, 2.6, 2.2], bold_first_col=True)
para("Advising and supporting colleagues in other schools, and cluster work, are not part of these Works; the Site "
     "Works stay inside the operative's own school.")

h2("Stage 4: Site Works")
para("Between Build Days each operative carries out a Site Task (ST1 to ST6) in school, set on the Build Day before "
     "and tied to its lines: a term plan (ST1), a check of the school's SEN policy against the Code (ST2), a "
     "conversation with three pupils about their support, written up with what the operative changed (ST3), a "
     "meeting with the parents of a pupil on School Action Plus (ST4), a first provision map (ST5) and an observation "
     "of a colleague's lesson with feedback (ST6). The Site Contact meets the operative at least once a half term to "
     "go through the Site Task.", "4.1")

h2("Stage 5: Snagging")
para("Each Site Task is a Mock-up: the Supervisor returns a Snag List (what works, what to put right) within ten "
     "working days. Each operative has three Snag meetings with their Supervisor (after B3, B6 and B9), in person or "
     "by phone, where the Cutting List is reviewed and drafts of Handover Pieces are read.", "5.1")

h2("Stage 6: Handover")
p = para("H1 Site Report (15 credits, 4,000 words). An audit of the operative's school against the SEN law, the Code "
         "of Practice and the disability equality duty, of what the school does to help pupils with SEN reach the "
         "five Every Child Matters outcomes, and of the SEN section of the school's self-evaluation form (SEF), "
         "ending with an action plan agreed with the head.", "6.1")
p = para("H2 Working Drawing (15 credits, 5,000 words). A planned intervention for a small group of pupils over at "
         "least eight weeks: how they were identified, the professionals' assessments used, the research behind the "
         "approach, how the pupils were consulted and involved in agreeing and reviewing their targets, the work with "
         "their parents and with an outside agency, the relationships built, and the pupils' progress from a "
         "baseline in reading, writing or mathematics taken before the intervention to a measure taken at its end "
         "and six weeks later.", "6.2")
fn.ref(p, "In the 2008 pilot at Fenwick Lane Primary, H2 also included observing a colleague's lesson; that is now "
          "Site Task ST6.")
para("H3 The Installation (5,000 words and a presentation). A change to SEN provision the operative leads in school "
     "over two terms: the provision map it came from, the data tracked, the decisions taken and why, how the "
     "operative coached or trained colleagues and gained the commitment of the head and senior team, the "
     "presentation to governors, and what the operative would do differently.", "6.3")
para("Each Handover Piece is marked against the University's M-level criteria and the Handover criteria sheet by "
     "the Supervisor who built with the operative, and second-marked by another Supervisor; where the two differ by "
     "more than ten marks the Lead Designer decides the mark.", "6.4")
dp = deleted_paragraph(doc, "6.5 A sample of Handover Pieces from each stage is moderated by the Competent Person "
                            "and seen by the University's external examiner before the marks go to the "
                            "University's Assessment Board.", GP, D2)
p = para("[Award rule: Stage 6 sign-off wording to follow from the University]", "6.6 Sign-off.")
doc.add_comment(p.runs[1], text="Ruth at Bishopsford says the Board meets on 19 Feb; fill this in then. NQ",
                author=NQ, initials="NQ")
p0 = para("Operatives may submit each Handover Piece once more if it does not pass, within eight weeks.", "6.7")
doc.add_comment(p0.runs[0], text="I've taken out 6.5: Bishopsford haven't agreed to moderate for us yet. Put it "
                                 "back when they do. GP", author=GP, initials="GP")

h2("Stage 7: Strike and de-brief")
para("After H3 each operative completes the de-brief form, and the Supervisors meet for a strike meeting on the "
     "cohort (section 10).", "7.1")
para("The Works end at Handover. Setting targets for what comes next is a matter for the operative's school and its "
     "performance management; the Stem Room does not take part.", "7.2")

# ---------------------------------------------------------------- 4 hazard register
h1("4. HAZARD REGISTER")
para("Residual risk after controls: L low, M medium, H high.")
hz = [
    ("No.", "Hazard", "Who could be harmed", "Control measures", "Residual"),
    ("H-01", "Operative joins without the grounding to finish", "Operative, pupils", "Pre-start interview and "
     "guidance on what to do first, agreed with the head (0.3)", "L"),
    ("H-02", "Operative not cleared to work with children", "Pupils", "Clearance checked by the office before a "
     "place is confirmed; new disclosure for returners (0.4)", "L"),
    ("H-03", "Operative with a disability or health condition cannot take full part", "Operative",
     "Needs asked on the Site Agreement; adjustments agreed before B1 (section 6)", "L"),
    ("H-04", "School does not release the operative", "Operative", "Site Agreement signed by the head; the Lead "
     "Designer rings the head after a second missed Build Day; the Tuesday repeat", "M"),
    ("H-05", "Operative falls behind between Build Days", "Operative", "Noticeboard forum for operatives; "
     "Supervisors look in on the Noticeboard when they can", "M"),
    ("H-06", "Marking drifts between Supervisors", "Operative", "Second marking by another Supervisor (6.4)", "M"),
    ("H-07", "Work does not reach the pupils", "Pupils", "H2 baseline and follow-up measures; head's report one term "
     "after Handover (section 10)", "L"),
    ("H-08", "Supervisor's knowledge goes out of date", "Operatives", "Each Supervisor works in schools at least ten "
     "days a year and attends the Council's SENCO conference (section 5)", "L"),
    ("H-09", "Site Contact does not know what is expected", "Operative", "Site Contact briefing and handbook "
     "(section 5)", "L"),
    ("H-10", "Slips and trips in the market on arrival (wet floors, forklifts)", "Operatives, visitors",
     "Entry by Gate 4 only, after the trading floor closes; porters' barrows kept off the walkway", "L"),
]
table(hz, [1.3, 4.2, 2.6, 7.7, 1.2], bold_first_col=True)

# ---------------------------------------------------------------- 5 competence
h1("5. COMPETENCE, BRIEFING AND SUPERVISION")
sup = [
    ("Name", "Role on the Works", "Qualifications and experience"),
    ("Nadia Quayle", "Lead Designer; leads B1, B8; supervises six operatives", "SENCO for nine years in two Cranmore "
     "primary schools; MA in Special Educational Needs (Bishopsford); Stem Room education lead since 2006"),
    ("Dr Owen Thackeray", "Supervisor; leads B3, B5", "Senior lecturer in SEN, Bishopsford University; former "
     "advisory teacher for SpLD; PhD on assessment for learning with pupils with dyslexia"),
    ("Lorna Etchells", "Supervisor; leads B4, B6, B9", "Deputy head and SENCO, Fenwick Lane Primary; Advanced "
     "Diploma in SEN; specialist teacher for autism for the Council 2002-06"),
    ("Ruth Cale", "Guest, B2; Site Committee", "Cranmore Borough Council SEN Manager; former head of a special "
     "school"),
    ("Gareth Pim", "Events Manager; health and safety lead", "NEBOSH General Certificate; runs the Stem Room's "
     "installations"),
]
table(sup, [3.2, 5.6, 8.2], bold_first_col=True)
para("Every Supervisor has led SEN in a school or for the Council within the last five years, works in schools at "
     "least ten days a year, and attends the Council's annual SENCO conference and the University's SEN research "
     "seminars.", "5.1")
para("Before cohort 1 all Supervisors take a full-day induction on the Materials Schedule, the Handover criteria, "
     "second marking and the University's regulations, led by the Competent Person. Before each Build Day the "
     "Supervisors hold a twenty-minute toolbox talk on the day's lines, the Mock-ups set and any operative who needs "
     "extra support.", "5.2")
para("Site Contacts come to a Site Contact briefing in the Loading Bay in March and September, and receive the Site "
     "Contact Handbook, which sets out what a Site Contact does each half term (release, the half-termly meeting, "
     "reading Site Tasks, signing the H2 and H3 witness statements) and whom to ring if something goes wrong.", "5.3")

# ---------------------------------------------------------------- 6 welfare and access
h1("6. WELFARE AND ACCESS")
para("The Site Agreement asks every applicant, in plain words and with the reason given, whether they have a "
     "disability or health condition or any other need we should plan for, and the Stem Room's leaflet about the "
     "Works says the same. Answers go only to the Lead Designer, who agrees adjustments with the operative before B1 "
     "and reviews them at each Snag meeting: ground-floor access to the Loading Bay from Gate 4 and an accessible "
     "toilet beside it, a hearing loop, handouts in large print, on coloured paper or by email beforehand, rest "
     "breaks, and extra time or another format for Handover Pieces under the University's disability procedures. "
     "Information about disability is never used in deciding whether to offer a place. The leaflet and this RAMS "
     "are available in large print and on audio CD, and the Tuesday repeat is in a building with level access and "
     "parking.", "6.1")

# ---------------------------------------------------------------- 7 plant, tools and materials
h1("7. PLANT, TOOLS AND MATERIALS")
para("The Loading Bay seats thirty, with an interactive whiteboard, twelve laptops and wireless access.", "7.1")
para("The Sundries Box is a loan kit of assistive technology that operatives may borrow for a half term to try in "
     "school: Clicker 5, Write Online, Dragon NaturallySpeaking, talking tins, Widgit symbol software and two "
     "communication aids lent by the Council's ICT in SEN team. Our loan library holds about 250 SEN titles and "
     "assessment kits, and operatives use Bishopsford University's library and online journals.", "7.2")
para("The Noticeboard is the Works' own site on the University's Blackboard system: the slides and readings for "
     "each Build Day, the Site Task briefs, and a forum where operatives post and answer each other's questions. "
     "Supervisors look in on the Noticeboard when they can.", "7.3")
para("Specialists come in as guests: the Council's educational psychologists, specialist teachers for autism and "
     "SpLD, a speech and language therapist, the Parent Partnership officer and researchers from Bishopsford (see "
     "the Build Day table). There are no placements: operatives work in their own schools and do not visit other "
     "settings.", "7.4")

# ---------------------------------------------------------------- 8 stakeholders
h1("8. CLIENT AND STAKEHOLDERS")
para("The Council commissioned the Works after its SEN Manager, Ruth Cale, told us at the market's open evening in "
     "June 2008 that new SENCOs in Cranmore need the practical side. Heads we spoke to that evening said they want "
     "SENCOs who can manage teaching assistants. Comments from the open evening have been passed to the design team "
     "and will be looked at when the Works are reviewed. The Council's SEN Manager read revision B of this RAMS and "
     "her comments were noted.", "8.1")
para("From cohort 1 a Site Committee meets once a term: the Council's SEN Manager, two heads of operatives' schools, "
     "the Parent Partnership officer, a SENCO who took the 2008 pilot and two operatives' representatives, with the "
     "Lead Designer. It reads the de-brief forms, the Snag and Handover marks and the heads' reports (section 10), "
     "hears from the operatives' representatives, and agrees what changes for the next start; each change is "
     "recorded in the revision table of this RAMS. Heads and governors also take part in delivery: a head and a "
     "governor lead part of B8, and the Fenwick Lane pupils and a parent panel take part in B6 and B7.", "8.2")

# ---------------------------------------------------------------- 9 materials schedule
h1("9. MATERIALS SCHEDULE")
para("One line for each national minimum outcome, with its national code. \"Built on\" gives the Build Day where the "
     "line is worked on; the status is read as set out in section 1.")
MS = [
    ("A · PROFESSIONAL ATTRIBUTES", None),
    ("A1", "Fair, respectful, supportive relationships with pupils with SEN and with their parents and carers",
     "B6, B7", "Installed at H2"),
    ("A2", "Gaining the commitment of colleagues, the head and senior leaders", "B8", "Installed at H3"),
    ("A3", "Putting first things first, managing time, handing tasks on and checking they are done", "B1",
     "Mock-up only"),
    ("A4", "Seeing problems coming, solving them, and sound judgement on provision", "B5", "Installed at H3"),
    ("A5", "Speaking and writing clearly; listening to and understanding others' views", "B1 to B9",
     "Installed at H3"),
    ("A6", "Using research and outside advice to improve one's own and colleagues' practice", "B3",
     "Installed at H2"),
    ("A7", "Keeping up to date and taking charge of one's own CPD in SEN", "B9", "Mock-up only"),
    ("K · PROFESSIONAL KNOWLEDGE AND UNDERSTANDING", None),
    ("K1", "SEN law and guidance, the Code of Practice, what they mean for the school and how to put them into "
           "practice", "B2", "Installed at H1"),
    ("K2", "Every Child Matters and what the SENCO does to help pupils reach the five outcomes", "B2",
     "Installed at H1"),
    ("K3", "Disability equality law and the actions it requires", "B2", "Installed at H1"),
    ("K4", "How children develop and what affects their development", "-",
     "Off-hire (covered in operatives' initial teacher training)"),
    ("K5", "The most common kinds of SEN and disability and how they affect learning", "B4", "Installed at H2"),
    ("K6", "Approaches, strategies and resources, ICT included, used to remove barriers", "B4", "Installed at H2"),
    ("K7", "School self-evaluation and improvement, and pupils with SEN", "-", "Installed at H1"),
    ("K8", "Best practice and research on meeting SEN", "B3", "Installed at H2"),
    ("K9", "What outside agencies do and how to get specialist support", "B7", "Installed at H2"),
    ("S · PROFESSIONAL SKILLS", None),
    ("S1", "With the head and governors, shaping an inclusive ethos, policy, priorities and resources", "B8",
     "Installed at H3"),
    ("S2", "Identifying pupils, setting challenging targets, planning interventions and reviewing progress", "B5",
     "Installed at H2"),
    ("S2a", "Using other professionals' assessments to shape teaching", "B5", "Installed at H2"),
    ("S2b", "Using summative assessment and national tests to track progress and change programmes", "B5",
     "Installed at H3"),
    ("S2c", "Encouraging colleagues to use formative assessment with pupils with SEN", "B9", "Mock-up only"),
    ("S2d", "Arranging in good time what pupils need for national tests and examinations", "-", "Off-hire"),
    ("S3", "Provision mapping; finding provision that is missing or not working", "B8", "Installed at H3"),
    ("S4", "Deploying and managing staff", "B8", "Mock-up only"),
    ("S5", "Developing colleagues: observation and feedback, modelling, coaching, training", "B9",
     "Installed at H3"),
    ("S6", "Reviewing with staff how well provision is working, to feed the school's improvement planning", "B8",
     "Installed at H3"),
    ("S7", "Involving pupils in planning, agreeing and reviewing their provision", "B6", None),
    ("S8", "Working with parents and carers", "B7", "Installed at H2"),
    ("S9", "Working with other services and voluntary organisations", "B7", "Installed at H2"),
]
t = doc.add_table(rows=1 + len(MS), cols=4)
t.style = "Table Grid"
for j, h in enumerate(["Line", "Outcome (in our words)", "Built on", "Status"]):
    cell_text(t.cell(0, j), h, bold=True, fill="5B7F4A", color="FFFFFF", size=9)
for i, row in enumerate(MS, start=1):
    if row[1] is None:
        m = t.cell(i, 0).merge(t.cell(i, 3))
        cell_text(m, row[0], bold=True, fill="D9E2D0", size=9)
        continue
    code, words, built, status = row
    cell_text(t.cell(i, 0), code, bold=True, size=9)
    cell_text(t.cell(i, 1), words, size=9)
    cell_text(t.cell(i, 2), built, size=9)
    if status is None:
        sp = t.cell(i, 3).paragraphs[0]
        dele(sp, "Mock-up only", NQ, D1)
        ins(sp, "Installed at H2", NQ, D1)
    else:
        cell_text(t.cell(i, 3), status, size=9)
set_col_widths(t, [1.3, 10.2, 2.0, 3.5])

# ---------------------------------------------------------------- 10 monitoring
h1("10. MONITORING AND REVIEW")
para("Every Build Day ends with a de-brief slip; the Lead Designer reads them the same week and reports them at the "
     "next toolbox talk. Each Stage has a short operatives' evaluation, and after H3 each operative completes the "
     "de-brief form. The Site Committee (8.2) reviews all of this each term, and the University's annual programme "
     "review, written by the Lead Designer and the Competent Person, goes to the School of Education's quality "
     "committee. For cohort 1 the Council's Quality and Performance team will carry out an independent evaluation, "
     "interviewing operatives, Site Contacts and heads, and its report goes to the Site Committee. What changes is "
     "recorded in the revision table at the front of this RAMS.", "10.1")
para("Measures of impact. The Stem Count: at B1 and again after H3 each operative rates their confidence and "
     "competence on every line of the Materials Schedule (0 to 3), and the Supervisor rates the same lines from the "
     "Handover Pieces; the change is reported to the Site Committee. Pupils: H2 requires a baseline measure of each "
     "pupil's attainment before the intervention and measures at its end and six weeks later, and the cohort's "
     "results are pooled in the annual review. Heads: one term after Handover each head completes a one-page report "
     "on the operative's practice and on the progress of pupils with SEN on the school's tracking, compared with "
     "the year before.", "10.2")

# ---------------------------------------------------------------- 11 emergency
h1("11. EMERGENCY ARRANGEMENTS")
para("If a Build Day is cancelled (snow, closure of the market) it is run on the Tuesday repeat date and the "
     "materials go on the Noticeboard the same day. If a Site Task raises a safeguarding concern about a child, the "
     "operative follows their school's child protection procedures and tells their Site Contact; the Supervisor "
     "tells the Lead Designer. First aid in the Loading Bay: Gareth Pim and the market's first aiders at Gate 4.",
     "11.1")

# ---------------------------------------------------------------- 12 briefing record
h1("12. BRIEFING RECORD")
para("I have read this RAMS, understand my part in the Works, and will work to it.")
t = doc.add_table(rows=5, cols=4)
t.style = "Table Grid"
for j, h in enumerate(["Name", "Role", "Signature", "Date"]):
    cell_text(t.cell(0, j), h, bold=True, fill="D9E2D0", size=9)
set_col_widths(t, [4.5, 4.5, 4.5, 3.5])

fn.save_part()
doc.save(OUT)
print(OUT.name, "words:", word_count(doc))
