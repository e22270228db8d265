"""ow-01-kelsholme-observers-report: build the .docx next to this script.

Provider (invented): Kelsholme Amateur Swimming Club Teaching Trust, Kelsholme (Hartmoor), with the University of
Wendleby validating. April 2009.

Document kind and layout: the Trust writes its SENCO course as the Observer's Report of a Channel crossing, on the
form its observers have used since 1971 for members' solo swims (Form KT/OR3). The course is "the Crossing";
participants are "Swimmers"; the programme leader is "the Pilot"; tutors are "the Escort crew"; the external examiner
is "the Observer"; the twelve study days are "Hours"; between-session packs are "Feeds" on "the Feed Line" (Moodle);
school-based tasks are "Open Water" tasks; the three assessed pieces are "Legs"; the entry check is the "Qualifying
swim"; the initial self-rating is the "Sea Trial"; the stakeholder group is "the Harbour Committee"; school mentors
are "Buddies"; the outcomes are "Marks" on "the Chart of the Crossing". Heading 1 styles for Parts A to H; a notes-to-
the-panel glossary table; a particulars table with merged cells and shading; a pre-swim checklist table with an
"Observer" tick column (ticks are not evidence); a twelve-row Hourly Log table whose "Observer's remarks" cells carry
the content; fourteen typed Observer's Notes; a text box with the stakeholder survey; a crew table; the Chart
(26 rows, Marks M1-M26 in the Trust's own order and words) whose "Position taken" values ("Fixed: Leg n",
"Dead reckoning", "Off chart") are keyed only in Observer's Note 4, far above; a signature block with placeholders;
a stamp in a text box. Page header and footer (the footer carries a claim). Tracked changes, two Word comments,
two footnotes.

Traps (requirement ids):
- Tracked change in Part A: "40 credits at Level 6 (honours)" deleted, "60 credits at Master's (M) level" inserted:
  the inserted text stands (E.2 met).
- Footer claim "Every Swimmer lands with every Mark fixed" is a footer, never evidence (6.0, 1.9).
- Stamp in a text box: "Every Swimmer ratified has reached every Mark on the Chart": a blanket claim; the award
  rule is passing the three Legs, and the Chart shows Marks not marked in any Leg (6.0 partially_met).
- Aim stated as attainment in English and mathematics only; Every Child Matters appears only as content (1.1
  partially_met).
- Sea Trial held at Hour 1, not before the course, used only to form tutor groups; "There is no separate plan for
  each Swimmer" (2.2 partially_met; 2.4 partially_met, tailoring limited though cost is stated).
- Negation plus another provider's route: the Association's rules allow an unescorted swim, "The Crossing has no
  unescorted swim"; the University's MA has an accreditation-of-practice route "not part of the Crossing" (2.3 not_met).
- Wrong context for equality: the Baths' Saturday "Splash" sessions for disabled children; for Swimmers only a
  disclosure question and level access, no adjustments (3.1 partially_met).
- Condition: the January window runs only if ten enter; the two-year relay and the order of Legs are unconditional
  (3.2 met).
- E-learning present (Moodle "Feed Line"), so 3.3 applies: the Feed Line is a library Swimmers cannot post to, tutor
  help is by telephone, and the peer forum ("the Galley") exists only in a deleted paragraph (3.3 partially_met).
- Stakeholders: a survey in a text box (4.1 met), its influence on Hours 5 and 8 and the day of the week (4.2 met),
  the Harbour Committee's part in evaluation and delivery (4.3 met). The Committee also asked for a session on
  deploying teaching assistants, which is only hoped for in 2010-11 (6.S4 not_met).
- Placements not arranged: "We do not arrange placements" (5.5 partially_met, expertise is there).
- Someone else's responsibility: Buddies "are chosen by the Swimmer's headteacher and are not briefed or trained by
  the Trust" (5.7 partially_met).
- Past arrangement: the 2008 trial swim measured pupils' reading and spelling ages; "we have not carried this
  forward"; pupil impact only hoped for (5.9 partially_met). The Sea Trial repeated at landing measures confidence.
- Moderation only in an inserted paragraph (5.8 met).
- Outcome placement: Marks "Fixed" in a Leg are met; "Dead reckoning" (worked on, logged, not marked) is
  partially_met: 6.K2, 6.S2c, 6.S7, 6.S8, and 6.K3 whose "Fixed: Leg 1" is a tracked deletion replaced by an
  inserted "Dead reckoning". 6.A3 appears only in a Word comment (not_met). 6.K4 and 6.S2d are nowhere (not_met).
  6.S4 is "Off chart" with a hope (not_met).
- The Trust's own "Crossing Review" is its self-evaluation, not the participants' K7; K7 is met by Mark M12.
"""
from pathlib import Path
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
from _ow_helpers import (Footnotes, add_del, add_field, add_ins, mark_paragraph, set_col_widths, shade,
                         text_box, typed)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
HD, JT, CA = "Hilary Dunmore", "J. Tranter", "Colin Ashby"
D1, D2 = "2009-03-30T10:12:00Z", "2009-04-14T16:40:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.0)
    s.top_margin = s.bottom_margin = Cm(2.0)
fn = Footnotes()

# header and footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "KELSHOLME ASC TEACHING TRUST  \u00b7  OBSERVER'S REPORT  \u00b7  FORM KT/OR3"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.add_run("Kelsholme ASC Teaching Trust \u00b7 Registered Charity No. 1102876 \u00b7 Every Swimmer lands with every "
           "Mark fixed. \u00b7 Page ").font.size = Pt(8)
add_field(fp, "PAGE")

# title
doc.add_paragraph("Observer's Report of a Crossing", style="Title")
typed(doc, [("b", "The Kelsholme Crossing 2009\u201310"), ("br",),
            "National Award for Special Educational Needs Coordination", ("br",),
            "Sent to the Training and Development Agency for Schools with the Trust's application for approval, "
            "April 2009"])

p = typed(doc, [("i", "A note for the panel. Since 1971 the Trust's observers have written up every Channel swim our "
                 "members attempt on the Association's Form OR3, hour by hour, and the Trust's teaching committee "
                 "asked that the Crossing our SENCOs will make be written up the same way. Where the form's printed "
                 "wording still stands it is printed in grey capitals; everything else is the Trust's account of "
                 "what it will do. The words we use are these:")])
gl = doc.add_table(rows=1, cols=2)
gl.style = "Table Grid"
gl.rows[0].cells[0].text = "Our word"
gl.rows[0].cells[1].text = "What it means in this report"
for c in gl.rows[0].cells:
    shade(c, "1F3864")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    c.paragraphs[0].runs[0].bold = True
for a, b in [
    ("the Crossing", "the Trust's course for the National Award, September 2009 to July 2010"),
    ("Swimmer", "a teacher taking the Crossing"),
    ("Pilot", "the course leader, who plans the route and is responsible for every Swimmer"),
    ("Escort crew", "the tutors who teach the Hours, read the Logs and mark the Legs"),
    ("Observer", "the external examiner appointed by the University of Wendleby"),
    ("Hour", "one of twelve taught days (09.30\u201315.30)"),
    ("Feed", "the pack of reading and a short task sent to Swimmers a week after each Hour"),
    ("Open Water", "a task carried out in the Swimmer's own school between Hours"),
    ("Leg", "one of the three marked assignments, each worth 20 credits"),
    ("Buddy", "a senior colleague in the Swimmer's school who sees the Open Water tasks through"),
    ("Mark", "one of the things a Swimmer must be able to do by the end (see the Chart, Part G)"),
]:
    r = gl.add_row().cells
    r[0].text, r[1].text = a, b
    r[0].paragraphs[0].runs[0].bold = True
set_col_widths(gl, [Cm(3.5), Cm(13.5)])

# ---------------- Part A
doc.add_heading("PART A \u2014 PARTICULARS OF THE SWIM", level=1)
ta = doc.add_table(rows=0, cols=4)
ta.style = "Table Grid"
rows = [
    ("Swim reference", "KT/2009/SENCO", "Form", "OR3 (1971, revised 2008)"),
    ("Swimmers", "Up to 24 teachers who are new to the SENCO role, or named by their head to take it on, in schools "
                 "in Hartmoor and the neighbouring authorities", None, None),
    ("Route", "From Hour 1 at Kelsholme Baths (15 September 2009) to the Ratification Board at the University of "
              "Wendleby (July 2010)", None, None),
    ("Ratifying body", "The University of Wendleby, School of Education, which validated the Crossing on 14 May 2009 "
                       "as its Postgraduate Certificate in Special Educational Needs Coordination", None, None),
    ("Distance", "", None, None),
    ("Pilot", "Mrs Hilary Dunmore", "Observer", "Dr Margaret Ellery"),
    ("Fee", "\u00a31,380 a Swimmer, paid by the school", "Bursaries", "Six half-fee places from the Trust's Hartley Fund"),
]
for a, b, c, d in rows:
    cells = ta.add_row().cells
    cells[0].text = a
    shade(cells[0], "D9E2F3")
    cells[0].paragraphs[0].runs[0].bold = True
    if c is None:
        m = cells[1].merge(cells[3])
        m.text = b
    else:
        cells[1].text, cells[2].text, cells[3].text = b, c, d
        shade(cells[2], "D9E2F3")
        cells[2].paragraphs[0].runs[0].bold = True
dist = ta.rows[4].cells[1].paragraphs[0]
add_del(dist, "40 credits at Level 6 (honours)", JT, D1)
add_ins(dist, "60 credits at Master's (M) level", JT, D1)
dist.add_run(", made up of three Legs of 20 credits each")
trow = ta.add_row().cells
m = trow[0].merge(trow[3])
m.text = ("TIDES AND CONDITIONS: The Crossing is swum part time over one school year. Hours fall on Tuesdays, roughly "
          "three weeks apart, so that a Swimmer is out of school for twelve days in all.")
shade(m, "F2F2F2")
set_col_widths(ta, [Cm(3.2), Cm(6.3), Cm(2.8), Cm(4.7)])

# ---------------- Part B
doc.add_heading("PART B \u2014 PRE-SWIM CHECKS", level=1)
typed(doc, "The Observer ticks each check before the first Hour. What sits behind each tick is set out beside it.")
tb = doc.add_table(rows=1, cols=3)
tb.style = "Table Grid"
for c, t in zip(tb.rows[0].cells, ["Check", "What the Trust does", "Observer"]):
    c.text = t
    c.paragraphs[0].runs[0].bold = True
    shade(c, "D9E2F3")
checks = [
    ("B1 Qualifying swim",
     "A Swimmer must hold QTS and be in post as SENCO, or be named by the head to become SENCO within the year. The "
     "head signs the entry form to release the Swimmer for the twelve Hours and to name a Buddy. The Pilot then holds "
     "a twenty-minute Qualifying Conversation with each Swimmer about their teaching, their school and what they "
     "already know of SEN work. A Swimmer who is not yet ready is told in writing what to do first (usually the "
     "Trust's ten-evening SEN Foundation course, or a term shadowing the present SENCO) and the Pilot speaks to the "
     "head about it; they may enter the next year's Crossing."),
    ("B2 Clearance",
     "The Pilot sees each Swimmer's enhanced CRB disclosure and records its number and date on the Swim Card. The head "
     "confirms in writing that the Swimmer is on the school's single central record and that List 99 was checked, "
     "and gives a reference covering conduct and any disciplinary matters. A Swimmer who has not worked in a school in "
     "a post with regular contact with children in the last three months applies for a new enhanced disclosure "
     "through the Trust before Hour 1 and may not start until it is seen."),
    ("B3 Previous swims",
     "Credits from earlier postgraduate study in SEN (up to 20 credits, gained within five years) are carried in "
     "through the University's APL procedure. A Swimmer with long experience of SEN work may instead claim Leg 1 by "
     "APEL: they submit a portfolio mapped to the Marks that Leg 1 tests, two of the crew assess it against the Leg 1 "
     "criteria, and the University's APL panel confirms the credit."),
    ("B4 Sea Trial",
     "At Hour 1 each Swimmer rates themselves against the Marks of the Chart on a four-point scale, from \u201cin "
     "deep water\u201d to \u201cswimming strongly\u201d. The crew use the ratings to put Swimmers into tutor groups "
     "by phase and experience. There is no separate plan for each Swimmer: all Swimmers swim the same twelve Hours "
     "and the same three Legs."),
    ("B5 Solo swims",
     "The Association's rules provide for an unescorted swim by a swimmer of proven experience. The Crossing has no "
     "unescorted swim: every Swimmer swims all twelve Hours with the Escort. (The University's MA in Inclusive "
     "Education has an accreditation-of-practice route for experienced staff; it is not part of the Crossing.)"),
    ("B6 Conditions",
     "Kelsholme Baths has level access throughout, and its Saturday \u201cSplash\u201d sessions for disabled "
     "children use the pool hoist and the Changing Places room. The Hartmoor Teachers' Centre, where Hours 2 to 11 "
     "are held, has level access and an accessible toilet. The entry form asks whether a Swimmer has a disability."),
]
for a, b in checks:
    cells = tb.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = a, b, "\u2713"
    cells[0].paragraphs[0].runs[0].bold = True
set_col_widths(tb, [Cm(3.0), Cm(12.6), Cm(1.4)])

# ---------------- Part C
doc.add_heading("PART C \u2014 HOURLY LOG", level=1)
typed(doc, "One line for each Hour. The Observer's remarks say what the Swimmers do in the Hour and what they take "
           "away; the Feed column says what follows before the next Hour.")
tc = doc.add_table(rows=1, cols=4)
tc.style = "Table Grid"
for c, t in zip(tc.rows[0].cells, ["Hour", "Date and place", "Observer's remarks", "Feed after"]):
    c.text = t
    c.paragraphs[0].runs[0].bold = True
    shade(c, "1F3864")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
log = [
    ("1", "Tue 15 Sep 2009, Kelsholme Baths, Committee Room",
     "Sea Trial (see B4). The SENCO's part under the SEN Code of Practice 2001 and the Education (Special Educational "
     "Needs Co-ordinators) (England) Regulations 2008: what the law asks of the school, the governors and the SENCO, "
     "and how School Action, School Action Plus and statutory assessment work in practice. Swimmers open their Swim "
     "Log.", "Feed 1; Open Water 1: audit the school's SEN policy against the Code"),
    ("2", "Tue 6 Oct, Hartmoor Teachers' Centre",
     "The law on disability: the DDA 1995 and 2005, SENDA 2001, the Disability Equality Duty and the school's "
     "accessibility plan, and what a school must do for a disabled pupil. Every Child Matters: the five outcomes, "
     "the Children Act 2004 and Removing Barriers to Achievement, and where the SENCO fits in the school's work on "
     "them.", "Feed 2"),
    ("3", "Tue 3 Nov, Teachers' Centre",
     "Finding the pupils: classroom observation, data (RAISEonline, P scales, CASPA), screening and teacher "
     "assessment. Setting stretching targets and planning interventions; reviewing progress. Reading reports from "
     "educational psychologists, speech and language therapists and advisory teachers and turning them into "
     "classroom approaches. Using key stage tests and teacher assessment to track progress and change programmes. "
     "Helping colleagues build assessment for learning into lessons, with approaches for pupils with SEN.",
     "Feed 3; Open Water 2: track one group's data over two terms"),
    ("4", "Tue 24 Nov, Teachers' Centre",
     "The needs a SENCO meets most: behavioural, emotional and social difficulties; specific learning difficulties "
     "including dyslexia; speech, language and communication needs; autistic spectrum disorders; moderate learning "
     "difficulties. How each gets in the way of learning, with the Inclusion Development Programme materials on "
     "dyslexia and SLCN.", "Feed 4"),
    ("5", "Tue 12 Jan 2010, Teachers' Centre",
     "Provision mapping and management: costing what the school provides, year group by year group; matching it to "
     "need; finding provision that is not working and provision that is missing.",
     "Feed 5; Open Water 3: map provision for one year group and show it to the head"),
    ("6", "Tue 2 Feb, Kelsholme Baths, Learning Room",
     "Approaches, strategies and resources for assessing, planning and teaching, ICT among them: a morning at the "
     "assistive technology bench, and a critical look at what the evidence says about five common interventions "
     "(what works, for whom, at what cost).", "Feed 6"),
    ("7", "Tue 2 Mar, Teachers' Centre",
     "Pupils' voices. How to consult pupils with SEN about what affects them: Talking Mats, person-centred reviews, "
     "pupil questionnaires adapted for pupils with SLCN. Building fair and respectful dealings with pupils and their "
     "families. Swimmers plan a consultation with three pupils.",
     "Feed 7; Open Water 4: consult three pupils and record what they said and what changed"),
    ("8", "Tue 23 Mar, Teachers' Centre",
     "Parents and carers, led with the Hartmoor Parent Partnership Service and two members of the Hartmoor Parents' "
     "Forum: how to advise and support parents, run a review meeting they can take part in, and handle a difficult "
     "meeting; practised in role play and fed back on. Listening and speaking clearly.", "Feed 8"),
    ("9", "Tue 20 Apr, Teachers' Centre",
     "Colleagues. Observing lessons and giving feedback, modelling, coaching and mentoring, and planning a staff "
     "meeting or INSET session. Winning the head and senior team to the cause. Advising colleagues in other schools "
     "through the Hartmoor SENCO cluster.",
     "Feed 9; Open Water 5: observe a colleague and give feedback; Open Water 6: lead a staff meeting"),
    ("10", "Tue 11 May, Teachers' Centre",
     "Other services: educational psychology, speech and language therapy, CAMHS, the sensory support service, "
     "children's social care, and voluntary bodies (Hartmoor Dyslexia Association, the local National Autistic "
     "Society branch). The Common Assessment Framework and the team around the child. A case clinic: Swimmers bring "
     "a live problem and the group works it through to a decision.", "Feed 10"),
    ("11", "Tue 8 Jun, Teachers' Centre",
     "Leading strategy. Working with the head and governors on an inclusive ethos, the SEN policy, priorities and "
     "the use of resources. School self-evaluation and the SEF: how pupils with SEN are doing and what the school "
     "does about it. Reviewing provision with colleagues so that the review feeds the school's self-evaluation.",
     "Feed 11"),
    ("12", "Tue 6 Jul, Kelsholme Baths",
     "Landing. Landing Conversations (Leg 3) in the morning; the Landing Debrief in the afternoon (see Note 12). "
     "Research, reading and the SENCO's own professional development.", "\u2014"),
]
for row in log:
    cells = tc.add_row().cells
    for c, t in zip(cells, row):
        c.text = t
    cells[0].paragraphs[0].runs[0].bold = True
set_col_widths(tc, [Cm(1.2), Cm(3.4), Cm(9.2), Cm(3.2)])

# ---------------- Part D
doc.add_heading("PART D \u2014 OBSERVER'S NOTES", level=1)


def note(n, parts):
    return typed(doc, [("b", f"{n}. ")] + (parts if isinstance(parts, list) else [parts]))


note(1, "The Log. Each Swimmer keeps a Swim Log: an entry after each Hour, each Feed and each Open Water task, "
        "saying what they did, what they read and what they would do differently. The crew read the Logs at Hours "
        "4, 8 and 11 and write a comment. The Log itself is not marked.")
note(2, "Open Water. The six Open Water tasks (Part C) are done in the Swimmer's own school, between Hours, and each "
        "is tied to Marks on the Chart. The Buddy sees each task through and signs the Log entry. Leg 2 is set in "
        "the school too: the Swimmer must make a change to provision, with colleagues, and report what it did. In "
        "this way every Swimmer is changing practice in their school before they land, not after.")
note(3, "The Feed Line. A week after each Hour the crew put that Hour's Feed on the Feed Line, the Trust's Moodle "
        "site: two or three readings, the slides, and a short task to write up in the Log. The Buddy and the head "
        "receive a one-page summary of each Feed by email so that the school knows what is coming. The Feed Line is "
        "a library, not a meeting place: Swimmers cannot post to it, and the crew do not answer questions on it. "
        "Questions go to the Pilot by telephone on Thursday evenings (18.00\u201320.00) or at the next Hour.")
dp = typed(doc, "Swimmers also post to one another in the Feed Line's \u201cGalley\u201d forum, which a member of the "
                "crew reads twice a week, so that no one swims alone between Hours.")
mark_paragraph(dp, "del", HD, D2)
p4 = note(4, "Reading the Chart. Each Mark on the Chart (Part G) shows where it is swum and the position taken. ")
p4.add_run("\u201cFixed: Leg n\u201d").bold = True
p4.add_run(" means the Mark is taught in the Hours named and marked in that Leg; a Swimmer who does not show it "
           "does not pass the Leg. ")
p4.add_run("\u201cDead reckoning\u201d").bold = True
p4.add_run(" means the Mark is worked on in the Hours named and written up by the Swimmer in the Log, but is not "
           "marked in any Leg. ")
p4.add_run("\u201cOff chart\u201d").bold = True
p4.add_run(" means the Mark is not on this season's Crossing.")
note(5, "The Legs. Leg 1, the Inshore Leg (20 credits): a 4,000-word case study of one pupil with SEN or a "
        "disability in the Swimmer's school, from identification through targets, the intervention and its review, "
        "using the assessments of the other professionals involved and working with the pupil's family. Leg 2, the "
        "Separation Zone (20 credits): a provision map of the Swimmer's school, a review of it carried out with "
        "colleagues and the change that followed (3,000 words), and a fifteen-minute presentation to the head and a "
        "governor proposing next year's priorities. Leg 3, the Landing Leg (20 credits): a 4,000-word critical paper "
        "on one intervention, drawing on research, and a thirty-minute Landing Conversation with two of the crew "
        "about what the Swimmer has learned and how they will keep learning. Each Leg has published criteria "
        "written from its Marks.")
note(6, "Marking. Each Leg is marked by the Swimmer's tutor against its criteria and second-marked by another "
        "member of the crew; the two agree a mark or the Pilot decides.")
ip = typed(doc, "All fails and a sample of a third of every Leg are then moderated by the University's link tutor, "
                "and the Observer reads a sample from each Leg before the Ratification Board. Before marking starts "
                "the crew mark three anonymised scripts together to agree standards.")
mark_paragraph(ip, "ins", JT, D2)
p7 = note(7, "Ratification. The Ratification Board ratifies a Swimmer who has passed all three Legs at 50 per cent "
             "or more. A Swimmer who fails a Leg may resubmit it once.")
p8n = note(8, ["Swim windows. Most Swimmers start in September. A January window runs when at least ten Swimmers "
         "enter for it, taking the Hours in a different order (5 to 12, then 1 to 4). ",
         "Any Swimmer may swim as a relay, over two years, taking Leg 1 and Leg 2 in either order and the Hours "
         "that go with them in either year; the Landing Leg comes last."])
p9 = note(9, "The Tide Table. Each Hour opens with twenty minutes on what has changed since the last: recent "
             "research and inspection evidence and new developments. In 2009\u201310 these include Ofsted's "
             "Inclusion: does it matter where pupils are taught? (2006), the Bercow Review of services for children "
             "with SLCN (2008), the Lamb Inquiry into parental confidence, the Rose review of dyslexia, and the "
             "Inclusion Development Programme.")
fn.ref(p9, "Ofsted (2006) Inclusion: does it matter where pupils are taught? HMI 2535; DCSF (2008) The Bercow Report.")
note(10, "Purpose of the swim. The purpose of the Crossing is to raise the attainment of pupils with SEN in English "
         "and mathematics, measured in National Curriculum levels and P scales. Every Hour, every Feed and every Leg "
         "is chosen with that purpose in mind.")
note(11, "Fitting the swim to the Swimmer. Tutor groups are set by phase and experience (B4). In Leg 1 and Leg 3 "
         "each Swimmer chooses the pupil and the intervention. Each Swimmer has three one-hour tutorials with their "
         "tutor, in school or at the Baths. The fee of \u00a31,380 covers all twelve Hours, Feeds, tutorials, "
         "marking and University registration; lunch is provided at the Baths by the club's own caf\u00e9, which "
         "keeps the cost below that of comparable courses in the region.")
note(12, "Landing Debrief. On the afternoon of Hour 12 each Swimmer writes a Next Swim sheet on the Trust's planning "
         "form: three professional targets for the following year, with the support they will need. The crew talk "
         "through what could come next (MA modules at Wendleby, the National Strategies' SEN network, NPQH), and "
         "the Swimmer takes the sheet to their next performance management meeting with the head.")
note(13, "Reviewing the Crossing. After every Hour each Swimmer fills in a Sea State card (what helped, what did not, "
         "what to change). The crew meet after each Hour to read the cards, and after each Leg to look at the marks "
         "Mark by Mark. The Observer's annual report, the University's annual monitoring and the Harbour Committee's "
         "views come from outside the Trust. Each July the Pilot writes the Crossing Review from all of these: an "
         "action list that goes to the Harbour Committee and the University, and every change it leads to is entered "
         "in the Pilot's Book with the reason for it. The Sea Trial is repeated at Hour 12 so that each Swimmer's "
         "confidence against every Mark can be compared with where they began.")
note(14, "The 2008 trial swim. Eight teachers swam a trial Crossing in 2008, on Saturdays. In the trial each Swimmer "
         "recorded the reading and spelling ages of the pupils in their Leg 1 intervention before and after it; we "
         "have not carried this forward to the Crossing. We hope that in time the Crossing will show its effect on "
         "pupils' progress in Swimmers' schools.")

# ---------------- Part E
doc.add_heading("PART E \u2014 HARBOUR AUTHORITIES", level=1)
typed(doc, "The Harbour Committee is the Crossing's steering group: two headteachers (one primary, one secondary), "
           "Hartmoor County Council's Principal Officer for SEN, the chair of the Hartmoor Parents' Forum, a SENCO "
           "who swam the 2008 trial, the Pilot and the University's link tutor. Before we planned the Crossing we "
           "took soundings:")
bx = typed(doc, "")
text_box(bx, [
    [("b", "HARBOUR SOUNDINGS, JANUARY\u2013FEBRUARY 2009")],
    ["A questionnaire to all 212 Hartmoor schools (97 replies), a focus group of fourteen SENCOs, the County "
     "Council's data on pupils at School Action Plus and with statements, and a meeting with the Parents' Forum."],
    ["What new SENCOs said they needed most: provision mapping (71 per cent of replies); deploying and managing "
     "teaching assistants (64 per cent); working with parents (58 per cent). Heads asked that SENCOs be out of "
     "school on the same weekday each time. The Parents' Forum asked to help plan and teach the session on parents."],
], height_pt=150)
typed(doc, "What the soundings changed. Hour 5 on provision mapping was added after the trial because of them; "
           "Hour 8 is planned and taught with the Parents' Forum; the Hours moved from Saturdays (in the trial) to "
           "Tuesdays because heads asked for a fixed weekday. The Committee also asked for a session on deploying and "
           "managing teaching assistants. There is no room for it in 2009\u201310; we hope to add an Hour on it for "
           "2010\u201311.")
typed(doc, "How the harbour authorities take part. The Committee meets each term. It receives a summary of the Sea "
           "State cards after each term and the Crossing Review each July, and agrees the action list with the "
           "Pilot. Two County Council advisers teach in Hours 4 and 10; the Parents' Forum teaches in Hour 8; "
           "Fenwold Special School hosts the Hour 6 afternoon visit when the Learning Room is in use; the heads on "
           "the Committee each read a sample of Leg 2 presentations and tell the crew what they show about impact in "
           "school.")

# ---------------- Part F
doc.add_heading("PART F \u2014 THE ESCORT CREW", level=1)
tf = doc.add_table(rows=1, cols=3)
tf.style = "Table Grid"
for c, t in zip(tf.rows[0].cells, ["Crew", "On the Crossing", "Background"]):
    c.text = t
    c.paragraphs[0].runs[0].bold = True
    shade(c, "D9E2F3")
for a, b, c in [
    ("Mrs Hilary Dunmore", "Pilot; tutor; Legs 1 and 3",
     "SENCO at Kelsholme Primary 1994\u20132007; MA (SEN), Wendleby; the Trust's Director of Teaching since 2007; "
     "member of the Hartmoor SENCO cluster"),
    ("Dr Alun Prys", "Tutor; Hours 3 and 10; Leg 1",
     "Senior educational psychologist, Hartmoor EPS; chartered psychologist"),
    ("Ms Rekha Varma", "Tutor; Hours 4 and 7; Leg 3",
     "Advisory teacher for autism and SLCN, Hartmoor County Council; PGDip Autism"),
    ("Mr Colin Ashby", "Tutor; Hours 6, 9 and 11; Leg 2",
     "Deputy head, Fenwold Special School; NPQH; former SEN adviser"),
    ("Ms Jo Tranter", "University link tutor; moderation",
     "Senior lecturer in inclusive education, University of Wendleby"),
]:
    cells = tf.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = a, b, c
set_col_widths(tf, [Cm(3.6), Cm(4.4), Cm(9.0)])
typed(doc, "Every member of the crew still works in schools or services for at least five days a year and attends "
           "the National Strategies' regional SEN network. Visiting specialists join the Hours: a speech and language "
           "therapist (Hour 4), a CAMHS primary mental health worker and a social worker (Hour 10), and a sensory "
           "support teacher (Hour 6). We do not arrange placements; Swimmers who wish to see a special school at work "
           "may ask their Buddy to set up a visit.")
typed(doc, "Crew briefing. Before Hour 1 the crew spend a day together on the Crossing Handbook, the Leg criteria and "
           "their roles; new crew shadow the Pilot for two Hours before tutoring. Buddies are chosen by the Swimmer's "
           "headteacher and are not briefed or trained by the Trust.")
typed(doc, "Resources. The Learning Room at the Baths holds the Trust's SEN collection (about 600 books and a set of "
           "test materials that Swimmers may borrow) and an assistive technology bench: Clicker 5, Wordshark 4, "
           "Dolphin SuperNova, communication aids and switches, and two laptops for loan. Swimmers have full "
           "University of Wendleby library membership, including the electronic journals.")

# ---------------- Part G
h = doc.add_heading("PART G \u2014 THE CHART OF THE CROSSING", level=1)
hr = h.runs[0]
doc.add_comment([hr], text="A3 (prioritising, time, delegating) is in Hour 10's case clinic and marked in Leg 2 "
                           "\u2013 shall we add a row? HD", author=HD, initials="HD")
typed(doc, "Marks are listed in the Trust's order. Where a Mark is swum and the position taken are read as in "
           "Note 4.")
tg = doc.add_table(rows=1, cols=4)
tg.style = "Table Grid"
for c, t in zip(tg.rows[0].cells, ["Mark", "In our words", "Swum in", "Position taken"]):
    c.text = t
    c.paragraphs[0].runs[0].bold = True
    shade(c, "1F3864")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
chart = [
    ("M1", "Keeps fair, warm and straight dealings with pupils who have SEN or disabilities and with their families",
     "Hours 7, 8", "Fixed: Leg 1"),
    ("M2", "Brings the head, the senior team and colleagues on board for pupils with SEN", "Hour 9", "Fixed: Leg 2"),
    ("M3", "Sees trouble coming, sorts it out and makes sound calls about provision", "Hour 10", "Fixed: Leg 1"),
    ("M4", "Speaks and writes clearly; listens to and takes in what others think", "Hours 8, 12", "Fixed: Leg 3"),
    ("M5", "Uses research and outside advice to improve their own and colleagues' teaching", "Hours 6, 12",
     "Fixed: Leg 3"),
    ("M6", "Keeps up to date and owns their professional development in SEN and disability", "Hour 12",
     "Fixed: Leg 3"),
    ("M7", "Knows the law and the Code of Practice, what they mean for the school and how to put them into practice",
     "Hours 1, 2", "Fixed: Leg 1"),
    ("M8", "Knows the five Every Child Matters outcomes and how the SENCO helps pupils reach them", "Hour 2",
     "Dead reckoning"),
    ("M9", "Knows the disability equality laws and what schools must do under them", "Hour 2", None),
    ("M10", "Knows the common needs (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how each affects learning",
     "Hour 4", "Fixed: Leg 1"),
    ("M11", "Weighs up approaches, strategies and resources, ICT included, for assessing, planning and teaching, and "
            "uses them to remove barriers", "Hours 3, 6", "Fixed: Leg 2"),
    ("M12", "Understands school self-evaluation and improvement as they bear on pupils with SEN", "Hour 11",
     "Fixed: Leg 2"),
    ("M13", "Knows what works: best practice and research in meeting SEN", "Hour 6", "Fixed: Leg 3"),
    ("M14", "Knows what outside agencies do and how to get specialist help and resources", "Hour 10",
     "Fixed: Leg 1"),
    ("M15", "With senior colleagues and governors, shapes an inclusive ethos, policy, priorities and spending",
     "Hour 11", "Fixed: Leg 2"),
    ("M16", "Spots pupils who may have SEN, sets stretching targets, plans interventions and reviews progress",
     "Hour 3", "Fixed: Leg 1"),
    ("M17", "Uses assessments by psychologists, therapists and advisory teachers to shape teaching",
     "Hours 3, 10", "Fixed: Leg 1"),
    ("M18", "Uses summative results, national tests included, to track progress and change programmes", "Hour 3",
     "Fixed: Leg 2"),
    ("M19", "Encourages colleagues' formative assessment, with approaches for pupils with SEN", "Hour 3",
     "Dead reckoning"),
    ("M20", "Maps and manages provision; finds what is not working or missing", "Hour 5", "Fixed: Leg 2"),
    ("M21", "Deploys and manages the crew of teaching assistants and other staff", "\u2014",
     "Off chart (see Part E)"),
    ("M22", "Helps colleagues develop: observing and feeding back, modelling, coaching, mentoring, training",
     "Hour 9", "Fixed: Leg 2"),
    ("M23", "Reviews with colleagues how well provision works, to feed the school's self-evaluation", "Hour 11",
     "Fixed: Leg 2"),
    ("M24", "Makes sure pupils help plan, agree and review their own provision", "Hour 7", "Dead reckoning"),
    ("M25", "Works with parents and carers to help pupils learn and develop", "Hour 8", "Dead reckoning"),
    ("M26", "Works with other services and voluntary bodies in a joined-up way", "Hour 10", "Fixed: Leg 1"),
]
for mk, words, where, pos in chart:
    cells = tg.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = mk, words, where
    cells[0].paragraphs[0].runs[0].bold = True
    if pos is None:
        cp = cells[3].paragraphs[0]
        add_del(cp, "Fixed: Leg 1", HD, D2)
        add_ins(cp, "Dead reckoning", HD, D2)
    else:
        cells[3].text = pos
        if pos.startswith("Dead") or pos.startswith("Off"):
            shade(cells[3], "FFF2CC")
set_col_widths(tg, [Cm(1.3), Cm(9.5), Cm(2.6), Cm(3.6)])

# ---------------- Part H
doc.add_heading("PART H \u2014 OBSERVER'S STATEMENT AND RATIFICATION", level=1)
p8 = typed(doc, "I observed the planning of this Crossing and have read the Chart, the Leg criteria and the "
                "Crossing Handbook.")
sig = doc.add_table(rows=3, cols=2)
sig.style = "Table Grid"
for i, (a, b) in enumerate([("Observer", "[signature]"), ("Date", "[date]"),
                            ("Ratified by the Board", "[for the Board's use]")]):
    sig.rows[i].cells[0].text, sig.rows[i].cells[1].text = a, b
    shade(sig.rows[i].cells[0], "D9E2F3")
st_p = typed(doc, "")
text_box(st_p, [[("b", "OBSERVER'S STAMP")],
                ["Every Swimmer ratified has reached every Mark on the Chart."]], height_pt=50, fill="FFFFFF")
c2 = typed(doc, "Questions about this report to the Pilot, Mrs Hilary Dunmore, Kelsholme Baths, Quarry Lane, "
                "Kelsholme KL4 2PD.")
win = p8n.runs[1]
doc.add_comment([win], text="Only if ten enter for January \u2013 should we say so in Note 8 as well? CA",
                author=CA, initials="CA")

fn.ref(tb.rows[5].cells[1].paragraphs[0],
       "Channel Swimming Association rules, as adopted by the Trust for members' swims, 1971.")
fn.attach(doc)
doc.save(str(OUT))
print("wrote", OUT)
