"""mu-01-skein-street-track-sheets: build mu-01-skein-street-track-sheets.docx next to this script.

PROVIDER (invented). Skein Street Puppet Theatre, a touring puppet company in Cardale with an education and
training arm (Skein Street Learning), runs the National Award for SEN Coordination as "Many Hands" with the
University of Cardale ("the House"), which validated it on 4 March 2009 as a 60-credit Level 7 Postgraduate
Certificate. Two Openings (September 2009 and January 2010).

DOCUMENT KIND AND LAYOUT. The course sent as the company's bundle of puppeteers' TRACK SHEETS, Rev. C: in a
puppet show every operator has a track sheet saying where they are and what they carry, scene by scene; here
every person in the course has one. Landscape A4. No heading styles at all: titles are bold capitals typed as
Normal paragraphs or sit in dark shaded, merged title rows of small tables ("TRACK 1 · THE CANDIDATE").
Lists typed with "-" and "P1"... A title block with merged and shaded cells; a "The Company" table; per-track
tables (Calls, Walkabouts, Showings, Directors' Calls); a PUPPET LIST (the outcomes in the company's own words,
grouped as the three operators of a bunraku puppet: Feet F1-F7, Left Hand L1-L9, Head & Right Hand R1-R9 with
R2a-R2c) with "Operated at" and "Shown at" columns keyed in "How to read these sheets" near the top. Header with
the revision, footer with address and a PAGE field. An inline text box ("SM'S NOTE"). Three Word comments.
Tracked changes: a deleted sentence, an inserted sentence, an inserted twilight sentence, and a change inside a
Puppet List cell (R2b's "Showing 2" deleted and replaced by a dash).

The house vocabulary: Calls (study days), Fitting / Fitting Notes (needs assessment / individual plan),
Walkabouts (school-based work, incl. the W3 placement days), Showings (the three marked pieces), Notes Sessions
(feedback, not marks), Quick changes (flexibility), the Callboard (candidates' online board), Directors
(tutors), Captains (school-based mentors), Producers (heads), the House (the university), Props Table
(resources), Production Meeting (QA), Swing track (assessment-only route), "In store" (not in this run).

TRAPS (requirement ids):
- "Audience Notes": the company's own collection of children's views on its touring shows (wrong context), and
  the "Listening Puppets INSET" which "is not part of Many Hands" (another course, negation). Nothing in the
  course develops consulting pupils: 1.5 not_met. The puppet for involving pupils in their provision is "In
  store": 6.S7 not_met.
- Swing track (assessment-only) ran in the 2008 pilot only (past arrangement) and "we are not offering one in
  this run"; a deleted tracked sentence would have re-offered it; a comment explains. 2.3 not_met.
- CRB: the Company Manager checks performers, Directors and Captains (wrong people); a comment asks about
  candidates (comments are not evidence). 5.3 not_met.
- Prior learning: prior Level 7 study is accredited, "experience on its own does not carry credit": 2.1
  partially_met.
- Curtain Call: a talk on the University's MA and the company's brochure, no help setting targets: 2.5
  partially_met.
- Callboard (e-learning): peer boards and posted handouts, but "Directors do not post on it"; questions are
  relayed by email through the Stage Manager; a comment floats weekly posts, "not agreed": 3.3 partially_met.
- Directors: Ruth Anselm's SEN background is concrete, the Puppetry Director's is puppetry, and SEN Calls 4, 5
  and 9 "will be led by the Associate Director (SEN), to be appointed" with a "[name]" placeholder: 5.4
  partially_met.
- An inserted tracked sentence adds second-marking by a University tutor and the external examiner's scrutiny:
  5.8 met (an insertion is part of the submission).
- SM's text box claims "Every puppet on the Puppet List is shown before the award is made" (blanket claim,
  contradicted by the list's dashes and "Notes Session only"); the award rule is three Showings passed plus
  eight Calls: 6.0 partially_met, 1.9 partially_met.
- Puppet List: developed but not shown (dash): F1 (6.A1), F3 (6.A3), F7 (6.A7), L3 (6.K3), R2b (6.S2b, its
  "Showing 2" deleted in the cell); shown at a Notes Session only (formative): R9 (6.S9); shown but operated
  nowhere: L4 (6.K4, child development, only in Showing 1's brief); no puppet at all for access arrangements in
  tests and examinations (6.S2d not_met); R7 "In store" (6.S7 not_met).
- Producers' notes only wished for ("We would also like Producers to give us notes"), but Captains' notes and
  candidates' Notes cards go to the Production Meeting: 4.3 met (notes_on_met).
- Header and footer carry nothing that counts.
"""
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _mu_helpers import (cell_text, del_run, ins_run, inserted_paragraph, page_break, page_field, para, run,
                         set_col_widths, shade, text_box)

HERE = Path(__file__).parent
NAME = "mu-01-skein-street-track-sheets"
DARK = "3B2A4A"     # the company's aubergine
PALE = "EDE6F2"
SM = "Tamsin Rook"
HA = "Helen Aske"
D1 = "2009-03-11T10:20:00Z"
D2 = "2009-03-16T15:05:00Z"

doc = docx.Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(4)

sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(1.8)
sec.top_margin = sec.bottom_margin = Cm(1.6)

hp = sec.header.paragraphs[0]
run(hp, "SKEIN STREET PUPPET THEATRE · LEARNING    |    MANY HANDS 2009-10    |    TRACK SHEETS    |    Rev. C "
        "(issued by SM 16/03/09, supersedes Rev. B)", size=8, color="5A4A66")
fp = sec.footer.paragraphs[0]
run(fp, "Skein Street Puppet Theatre Ltd · The Loft, 4 Ropery Yard, Cardale CD2 7HB · Registered charity "
        "1099412 · Keep this set with the Book · Page ", size=8, color="5A4A66")
page_field(fp)


def title(text, size=12, color=DARK, before=8):
    p = para(doc, text.upper(), bold=True, size=size, color=color)
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.keep_with_next = True
    return p


def typed(text, lead=None):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.6)
    if lead:
        run(p, lead + "\t", bold=True)
        run(p, text)
    else:
        run(p, "-\t" + text)
    return p


def track_banner(label, who):
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = t.cell(0, 0).merge(t.cell(0, 2))
    cell_text(top, label, bold=True, size=14, color="FFFFFF")
    shade(top, DARK)
    bot = t.cell(1, 0).merge(t.cell(1, 2))
    cell_text(bot, who, italic=True)
    shade(bot, PALE)
    para(doc, "")
    return t


def grid(headers, rows, widths, head_fill=DARK):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for k, h in enumerate(headers):
        c = t.rows[0].cells[k]
        cell_text(c, h, bold=True, color="FFFFFF", size=9)
        shade(c, head_fill)
    for r in rows:
        cells = t.add_row().cells
        for k, v in enumerate(r):
            cell_text(cells[k], v, size=9)
    set_col_widths(t, widths)
    return t


# ------------------------------------------------------------------ front: title block
tb = doc.add_table(rows=6, cols=4)
tb.style = "Table Grid"
c = tb.cell(0, 0).merge(tb.cell(0, 3))
cell_text(c, "MANY HANDS", bold=True, size=26, color="FFFFFF")
c.add_paragraph()
run(c.paragraphs[-1], "Track sheets for the 2009-10 run · Skein Street Puppet Theatre, Learning", color="FFFFFF",
    size=11)
shade(c, DARK)
block = [
    ("Production", "Many Hands: the National Award for SEN Coordination",
     "Company", "Skein Street Puppet Theatre, Learning department (Skein Street Learning)"),
    ("Co-producer (the House)", "University of Cardale, School of Education and Lifelong Learning",
     "Award", "Postgraduate Certificate in Special Educational Needs Coordination (National Award for SEN "
              "Coordination): 60 credits at Level 7 (M level), awarded by the University of Cardale"),
    ("Run", "Opening 1: 17 September 2009 to 8 July 2010\nOpening 2: 14 January 2010 to 2 December 2010",
     "Where", "The Loft, Ropery Yard, Cardale; the University's Hebden Building; candidates' own schools"),
    ("Sheets kept by", "Tamsin Rook, Stage Manager (Learning)", "Revision", "C, for the approval panel"),
]
for i, (a, b, cc, d) in enumerate(block, start=1):
    row = tb.rows[i].cells
    for k, v in enumerate((a, b, cc, d)):
        cell_text(row[k], v, bold=(k % 2 == 0), size=9)
        if k % 2 == 0:
            shade(row[k], PALE)
last = tb.cell(5, 0).merge(tb.cell(5, 3))
cell_text(last, "Company of the run: 18 candidates in each Opening, in Companies of five or six", italic=True,
          size=9)
set_col_widths(tb, [4.0, 8.5, 3.2, 10.3])
para(doc, "")

title("For the approval panel")
para(doc, "The House asked us to send the panel our course as we actually run it. At Skein Street every show is "
          "run from track sheets: one sheet for each person on stage, saying where they are, what they carry and "
          "what they do, scene by scene, so that anyone can step in on a wet Tuesday in a school hall and the show "
          "still works. Many Hands is run the same way. What follows is the full set for the 2009-10 run: a track "
          "for each person in the course, the Puppet List the candidates work from, the Props Table, and our notes "
          "on how the run is kept in good order.")
para(doc, "The University of Cardale approved Many Hands at its validation event on 4 March 2009 as a "
          "Postgraduate Certificate of 60 credits at Level 7, and the University's Board of Examiners makes the "
          "award. The 2008 pilot run (Rev. B of these sheets) was not accredited.")

title("Why we are doing this show")
para(doc, "The run has one aim: that pupils with special educational needs and/or disabilities in the "
          "candidates' schools achieve more and are better off, in their learning and in being healthy, staying "
          "safe, enjoying and achieving, making a positive contribution and achieving economic well-being. Every "
          "Call is planned backwards from that question (what will be better for the pupils?), and Showing 2 "
          "asks each candidate to measure it for real pupils, in attainment and in well-being.")
para(doc, "In spring 2008 we sent a short questionnaire to every SENCO in Cardale and Fenby (52 replies from 71 "
          "schools), held two evening conversations with 19 headteachers, and met Cardale's Inclusion Team and the "
          "Parent Partnership Service. They told us three things. New SENCOs felt least ready for provision "
          "mapping and for managing teaching assistants; heads wanted the course to end in something the SENCO "
          "does in school, not an essay; parents wanted SENCOs who could run a review meeting that a parent leaves "
          "feeling heard. So Call 4 is provision mapping (the Inclusion Team asked for it by name), Call 9 is "
          "managing the team, Showing 3 is a change led in school and presented to the head, and Call 8 is led "
          "with parents. The pilot run's eight candidates asked for fewer winter Calls at the Loft, which is cold "
          "and a long way from the station, so Calls 6, 7 and 8 moved to the Hebden Building.")

title("How to read these sheets")
typed("A Call is a study day. There are ten, numbered in the order they run.", "Call")
typed("What you must have done before the Call starts.", "Beginners")
typed("What happens in the Call.", "On stage")
typed("The puppets from the Puppet List that a Call, Walkabout or Showing works on. Operating a puppet in a "
      "Call is not the same as showing it: only the Showings are marked.", "Puppets")
typed("Work in your own school between Calls, in school time. There are four: W1 to W4.", "Walkabout")
typed("A piece of work the Directors mark, puppet by puppet, Not yet or Shown. There are three.", "Showing")
typed("Where a Director gives notes on work in progress. Notes are not marks.", "Notes Session")
typed("A way of doing a Call differently: another date, another order, another form.", "Quick change")
typed("In the Puppet List, \"Operated at\" names the Calls and Walkabouts where the puppet is worked on and "
      "\"Shown at\" names the Showing where it is marked. A dash means none.", "Operated / Shown")
typed("A puppet we are not using in this run.", "In store")

title("The company")
grid(["Role", "Who", "Track"], [
    ["Candidate", "A qualified teacher new to leading SEN coordination in a school, or about to take it on", "1"],
    ["Directors", "The tutors: Ruth Anselm (Lead Director), Owen Pryce (Puppetry Director) and the Associate "
                  "Director (SEN)", "2"],
    ["Captain", "An experienced SENCO in a school near the candidate's, one for each candidate", "3"],
    ["Producer", "The candidate's headteacher", "4"],
    ["Company Manager and Stage Manager", "Jo Feather and Tamsin Rook", "5"],
    ["The House", "University of Cardale: programme leader Dr Helen Aske, the external examiner, the Board of "
                  "Examiners", "6"],
    ["Swing", "Not in this run", "-"],
], [6, 17, 2.5])
para(doc, "")
box = para(doc, "")
text_box(box, [
    ("SM'S NOTE", True, False),
    ("Every puppet on the Puppet List is shown before the award is made, and every candidate leaves the run "
     "able to operate all of them. If a sheet and this note ever disagree, tell me and I will put it right in "
     "the next revision. T.R.", False, True),
], width_pt=520, height_pt=72)

# ------------------------------------------------------------------ TRACK 1
page_break(doc)
track_banner("TRACK 1 · THE CANDIDATE",
             "You: a qualified teacher, new to leading SEN coordination in your school (or about to be), with "
             "the backing of your head. Read this track first; the others say what everyone around you is doing.")
title("Preset (before Call 1)", size=11, before=2)
typed("You apply on the Company's form with a letter from your Producer (your head) confirming that you hold "
      "QTS, that you are, or will be by Call 1, the teacher leading SEN coordination in the school, and that "
      "you will be released for the ten Calls and three Walkabout days. The Company Manager reads every "
      "application against these three entry conditions.", "P1")
typed("If you do not yet meet them, the Company Manager and the Lead Director talk with you and with your "
      "Producer about what to do first (usually a term alongside your school's current SENCO and our free "
      "twilight \"First Steps\" evening) and offer you a place in the next Opening.", "P2")
typed("Access Notes. The form asks, in plain words, whether you have a disability or other need we should plan "
      "for. You can tell us then or at any time during the run. The Stage Manager keeps what you tell us "
      "private and agrees adjustments with you before Call 1: large-print or electronic handouts, a BSL/English "
      "interpreter, the hearing loop (fitted at both the Loft and Hebden), rest breaks, a parking bay by the "
      "lift, extra time or a recorded spoken version for any Showing. Cardale Disability Forum walked both "
      "venues with us in 2008, and our leaflets come in large print, audio and Easy Read.", "P3")
typed("The Fitting. Before Call 1 you come to a Fitting: two hours with a Director at the Loft. Before it you "
      "rate yourself on every puppet on the Puppet List (Can't lift it / Can hold it still / Can make it move "
      "/ Can make it live) and bring two pieces of evidence from your own work. The Director goes through the "
      "ratings with you and checks them against your evidence (\"Can make it live\" on the law puppets needs "
      "the 2001 Code, not the 1994 one), and together you agree your Fitting Notes: your own list of the "
      "puppets you will work on hardest, the elective Calls you will take, and the Walkabouts you will aim at "
      "them. Your Captain and Producer get a copy, and the Directors plan each Call's Company work from the "
      "Fitting Notes of the people in the room.", "P4")
typed("Prior learning. If you already hold credit at Level 7 in SEN (for instance the University's 30-credit "
      "Certificate in Inclusive Practice), the House will accredit up to 30 credits of it against Showing 1 "
      "and you skip Calls 2 and 3. Experience is different: we take full account of what you have done at the "
      "Fitting, and it can change which Calls you take, but experience on its own does not carry credit in "
      "this run.", "P5")
typed("Fee. The fee is £1,150 for the whole run, paid by your school. For every Call your Fitting Notes excuse "
      "you from, the fee comes down by £85, so a school pays only for the Calls its candidate needs.", "P6")

title("The Calls", size=11)
grid(["Call", "When / where", "Beginners", "On stage", "Puppets", "Take back to school"], [
    ["1  The Company", "Thu 17 Sep 2009 (Opening 2: 14 Jan 2010), the Loft", "Fitting done",
     "Meet your Company of five or six (your peer group for the run) and your Directors. What a SENCO is for: "
     "the Code of Practice's picture of the role beside Every Child Matters. Speaking and writing for different "
     "audiences: the two-minute pitch to a head, the one-page note to staff, and how to listen to a colleague "
     "who disagrees.", "F5", "W1 audit"],
    ["2  The Rules of the Stage", "Thu 8 Oct, the Loft", "Read your school's SEN policy",
     "The law and guidance you work under: Part IV of the Education Act 1996, the SEN Code of Practice (2001) "
     "and its toolkit, SENDA 2001, the Disability Discrimination Act 1995 as amended in 2005 and the disability "
     "equality duty, the Children Act 2004 and Every Child Matters, the 2008 regulations on the SENCO role, and "
     "what each asks of a SENCO on a Monday morning. Led by Ruth Anselm with Cardale's SEN casework manager.",
     "L1, L2, L3", "Check your school's SEN policy and accessibility plan against the day"],
    ["3  What the Critics Say", "Thu 5 Nov, the Loft", "One reading from the Callboard",
     "Reading the evidence: Ofsted's \"Inclusion: does it matter where pupils are taught?\" (2006), the Bercow "
     "Review of services for children with speech, language and communication needs (2008), the Rose review's "
     "work on dyslexia, and two recent research reviews (teaching assistants; provision for pupils with autism). "
     "How to read a study for what it can and cannot tell you; where to find outside advice (the LA's advisory "
     "teachers, the Inclusion Development Programme); how to keep up to date after the run (nasen, journals, "
     "the Cardale SENCO Forum).", "F6, F7, L8", "Choose the reading for Showing 1"],
    ["4  Finding the Puppet", "Thu 3 Dec, Hebden", "W1 audit",
     "Identifying pupils who may have SEN: classroom observation, the school's data, teacher assessment and "
     "monitoring. Setting targets that stretch, planning interventions aimed at the barrier, reviewing them. "
     "Using reports from educational psychologists, speech and language therapists and advisory teachers to "
     "shape teaching. Using end of key stage results and other summative tests to track progress and change a "
     "programme that is not working. Provision mapping: building a map for your school and reading it for gaps "
     "and for provision that is not earning its keep.", "R2, R2a, R2b, R3", "W2 provision map and baselines"],
    ["5  The Five", "Thu 14 Jan 2010, the Loft", "Bring one pupil's story (anonymised)",
     "Behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; speech, "
     "language and communication needs; autistic spectrum disorders; moderate learning difficulties: what each "
     "looks like in a classroom, how it gets in the way of learning, and the approaches, strategies and "
     "resources (including ICT: text-to-speech, symbol software, visual timetables on the whiteboard) that take "
     "the barrier away. Problem-solving in Company: three cases where the obvious answer is wrong.",
     "L5, L6, F4", "Showing 1 due four weeks later"],
    ["6  Other Hands", "Thu 11 Feb, Hebden", "Map who else works with your pupils",
     "Working with other services: the educational psychology service, health, social care, the Sensory Support "
     "Service, Connexions, and voluntary groups such as Cardale Autism Parents' Group and the Dyslexia "
     "Association branch; the Common Assessment Framework and the team around the child; how to get specialist "
     "advice and resources when the budget says no.", "L9, R9", "W3 placement days"],
    ["7  Many Hands", "Thu 11 Mar, Hebden", "W3 write-up",
     "Getting the head and senior team behind you; advising governors and senior leaders on an inclusive ethos, "
     "policy, priorities and the use of resources; coaching and mentoring colleagues, observing lessons and "
     "giving feedback, modelling, running staff training; helping colleagues build formative assessment "
     "(assessment for learning) with the approaches pupils with SEN need. Notes Session on the W3 write-ups.",
     "F2, R1, R2c, R5", "W4 coaching cycle"],
    ["8  Families", "Thu 22 Apr, Hebden", "Sit in on a review meeting in school",
     "Led with Cardale Parent Partnership Service and two parents from the Parent Carer Forum. Fair, respectful "
     "relationships with pupils and their parents or carers; running a review meeting; what to do when you "
     "disagree with a family. You rehearse a difficult review meeting with a parent volunteer and get notes.",
     "F1, R8", "Showing 2 due"],
    ["9  Running the Book", "Thu 20 May, the Loft", "Your TA timetable",
     "Deploying and managing teaching assistants and other staff; prioritising your own time and delegating; "
     "reviewing provision with colleagues and feeding the school's self-evaluation form and improvement plan; "
     "the principles of school self-evaluation and what they mean for outcomes for pupils with SEN.",
     "F3, R4, R6, L7", "Prepare Showing 3"],
    ["10  Curtain Call", "Thu 8 Jul, Hebden", "Showing 3 rehearsed with your Captain",
     "Showing 3 in the morning. In the afternoon the House's MA programme leader talks about the MA in "
     "Inclusive Education, and we hand out the Skein Street Learning brochure for 2010-11. Notes cards and "
     "self-ratings (see Notes Sessions and the Production Meeting).", "-", "-"],
], [3.3, 3.4, 3.4, 10.6, 2.2, 3.2])

title("Quick changes", size=11)
qp = para(doc, "Calls run twice a year, once for each Opening, so any Call can be taken with the other Opening, "
               "and a candidate who misses a Call takes it with the other Opening at no charge. Calls 4 to 9 can be "
               "taken in any order that suits your school's year. ")
ins_run(qp, "Calls 2 and 3 also run as two twilight sessions each at Hebden, for candidates whose schools "
            "cannot release them for a whole day.", SM, D2)

title("The Callboard", size=11)
cb = para(doc, "The Callboard is our online message board, on the University's Blackboard site. Each Company has "
               "its own board for Walkabout notes, questions and readings between Calls, and every handout and a "
               "recording of each Call's talks is posted there the day after the Call. ")
r_cb = run(cb, "The Callboard is the candidates' own: Directors do not post on it.")
run(cb, " Questions for a Director go by email to the Stage Manager, who passes them on.")
doc.add_comment(r_cb, "Could Ruth post on the Callboard once a week? Not agreed: no time for it in her contract. TR",
                author=SM, initials="TR")

title("Walkabouts", size=11)
grid(["", "When", "What you do", "Who with", "Puppets"], [
    ["W1", "After Call 1", "An audit of SEN provision in your school: the register, the policy, the provision, and "
                           "a first conversation with your Producer about what it shows.", "Producer", "-"],
    ["W2", "After Call 4", "Build your school's provision map with your Captain; take baseline measures (reading "
                           "or maths, attendance, a well-being scale) for the group of pupils in Showing 2.",
     "Captain", "R3"],
    ["W3", "After Call 6", "Placement days: one day at Fenby Brook School (special school for pupils with severe and "
                           "complex learning difficulties, the Company's partner since 1998) and one half-day with "
                           "Cardale Sensory Support Service or the Educational Psychology Service. The Stage "
                           "Manager arranges both with the hosts.", "Host staff", "L9, R9"],
    ["W4", "After Call 7", "A coaching cycle: observe a colleague teaching a pupil with SEN, give feedback, model, "
                           "observe again. Your Captain watches one feedback conversation.", "Captain, a colleague",
     "R5"],
], [1.2, 2.6, 14.0, 3.4, 2.4])

title("Showings", size=11)
grid(["", "What you do", "When", "Puppets shown", "Marked by"], [
    ["Showing 1  The Puppet's Eye", "A 3,000-word case study of one pupil with SEN in your school: the pupil's "
     "needs; how the pupil has developed and what has helped or held back that development; the law and guidance "
     "that apply; what research says about provision for this need; what you would do next.",
     "Four weeks after Call 5", "F5, F6, L1, L2, L4, L5, L8", "Two Directors (see Track 2)"],
    ["Showing 2  The Intervention", "Plan, run and review a term-long intervention for a group of pupils, from the "
     "W2 baselines to after-measures in attainment and well-being, with the reports from other professionals you "
     "drew on and your record of a review meeting with a parent. 4,000 words and a data appendix.",
     "Call 8", "F4, L6, L9, R2, R2a, R3, R8", "Two Directors"],
    ["Showing 3  The Pitch", "A 20-minute presentation to your Producer, a governor and a Director on the change "
     "you are leading in your school, with your coaching log and your team deployment plan, then questions.",
     "Call 10", "F2, F5, L7, R1, R2c, R4, R5, R6", "Director with Producer's comments"],
], [4.0, 11.8, 2.8, 3.6, 3.4])
para(doc, "Notes Sessions are not marked: the Notes Session at Call 7 looks at your W3 placement write-up, and a "
          "Director gives you written notes on a draft of each Showing if you send it two weeks early.")

# ------------------------------------------------------------------ TRACK 2
page_break(doc)
track_banner("TRACK 2 · THE DIRECTORS",
             "The tutors. They lead the Calls, run the Fittings and Notes Sessions, and mark the Showings.")
title("Who", size=11, before=2)
typed("Ruth Anselm, Lead Director. SENCO at Harrowgate Primary, Cardale, 1996-2007; MA in Special and Inclusive "
      "Education (University of Cardale, 2004); advisory teacher for inclusion, Cardale LA, 2007-08; joined Skein "
      "Street Learning in 2008 and led the pilot run.")
typed("Owen Pryce, Puppetry Director. Co-founder of Skein Street (1987); twenty years of puppet-making "
      "residencies in special schools in Cardale and Fenby; PGCE (drama). Owen leads the Company work in Calls 1, "
      "7 and 8 and the Fittings' puppet exercises.")
p_ad = typed("SEN content at Calls 4, 5 and 9 will be led by the Associate Director (SEN), to be appointed "
             "[name] before Opening 2. Until then Ruth leads those Calls.")
title("What the Directors do, Call by Call", size=11)
grid(["Call", "Directors' track"], [
    ["Before each Opening", "Both Directors meet the House's programme leader for a morning to go through this set "
                            "of sheets, the Puppet List and the Showings' marking grids, and to mark two Showings "
                            "from the last run together before marking alone."],
    ["Fittings", "One Director per candidate, two hours, at the Loft. Fitting Notes typed up and sent within a "
                 "week to the candidate, Captain and Producer."],
    ["Calls 1-10", "Lead as shown on Track 1. Read every Notes card the evening of the Call."],
    ["Notes Sessions", "Written notes on drafts sent two weeks early; the Call 7 Notes Session on the W3 write-ups."],
    ["Showings", "Mark against the marking grid, puppet by puppet (Not yet / Shown), within three weeks."],
], [5, 21])
mk = para(doc, "Each Showing is marked by a Director who did not lead the Calls it draws on, and a second Director "
               "reads every Showing marked Not yet. ")
ins_run(mk, "A sample of one in four of every Showing, and every fail, is second-marked by a University tutor, "
            "and the sample goes to the external examiner before the Board of Examiners meets.", SM, D2)

# ------------------------------------------------------------------ TRACK 3
track_banner("TRACK 3 · THE CAPTAIN",
             "In a touring company the puppet captain keeps the show as it was made while the director is "
             "elsewhere. Yours is an experienced SENCO in a school near you.")
typed("Who: a SENCO with at least three years in post, recruited through the Cardale SENCO Forum and paid £300 by "
      "the Company for the run. One Captain for each candidate; no Captain has more than two.")
typed("Captains' Call: before each Opening, a half-day at the Loft where the Lead Director takes Captains through "
      "this track, the Puppet List, the Walkabouts and what a Captain does and does not do. New Captains "
      "shadow a Captain from the pilot run for their first visit.")
typed("Three visits to the candidate's school: after Call 1 (the W1 audit), after Call 4 (building the provision map "
      "for W2) and after Call 7 (watching one W4 feedback conversation). Between Calls your Captain is on the end "
      "of a phone.")
typed("Captains do not mark. At the end of the run they meet at a second Captains' Call to give their own notes "
      "on the run, which go to the Production Meeting.")

# ------------------------------------------------------------------ TRACK 4
track_banner("TRACK 4 · THE PRODUCER",
             "Your headteacher. Producers find the money and the time, and they are the audience for Showing 3.")
typed("Signs the application letter (P1) and talks with us if the candidate is not yet ready (P2).")
typed("Releases the candidate for the Calls and Walkabout days; receives the Fitting Notes.")
typed("Meets the candidate after W1 to talk about the audit; hears Showing 3 with a governor and gives comments "
      "to the marking Director.")
typed("We would also like Producers to give us notes on the run, and will ask them once the run has settled.")

# ------------------------------------------------------------------ TRACK 5
page_break(doc)
track_banner("TRACK 5 · COMPANY MANAGER AND STAGE MANAGER",
             "Jo Feather (Company Manager) looks after contracts, fees and checks. Tamsin Rook (Stage Manager) keeps "
             "the Book: everything written down about the run.")
title("Company Manager", size=11, before=2)
typed("Reads applications against the entry conditions (P1, P2) and issues places and invoices.")
crb = doc.add_paragraph()
crb.paragraph_format.left_indent = Cm(0.6)
crb.paragraph_format.first_line_indent = Cm(-0.6)
r_crb = run(crb, "-\tEvery Skein Street performer, Director and Captain who works in schools holds an enhanced CRB "
                 "disclosure, renewed every three years, and the Company Manager keeps the register of them.")
doc.add_comment(r_crb, "Do we need to see candidates' own CRB disclosures as well? Ask the House before this goes "
                       "to the panel. JF", author="Jo Feather", initials="JF")
typed("Issues Captains' agreements and pays Captains and placement hosts.")
title("Stage Manager", size=11)
typed("Keeps the Book: applications, Access Notes, Fitting Notes, attendance, Notes cards, marks and the Board of "
      "Examiners' lists. Agrees and arranges access adjustments (P3) and tells Directors what they need to know.")
typed("Arranges the W3 placement days with Fenby Brook School and the support services.")
typed("Posts handouts and recordings to the Callboard and relays candidates' questions to the Directors.")
typed("Audience Notes. After every schools performance of our touring shows the Stage Manager collects Audience "
      "Notes: the children's drawings and comments about the show, which go to the Artistic Director and shape "
      "the next tour. Many Hands candidates are welcome to look through them at the Loft.")
typed("Our Listening Puppets INSET (a half-day, £350) teaches school staff to use puppets to hear pupils' views. "
      "Schools book it separately, and it is not part of Many Hands.")
title("Props table (what the run has to work with)", size=11)
grid(["Prop", "Where", "Notes"], [
    ["SEN library: about 600 books, assessment kits and the National Strategies' Inclusion Development Programme "
     "materials", "Learning Room, the Loft", "Borrowed for up to four weeks; posted to candidates who cannot get "
                                             "to Cardale"],
    ["Forty persona puppets and the puppet-making store", "The Loft", "Used in Company work in Calls 1, 7 and 8"],
    ["Assistive technology set: switches, two text-to-speech laptops, symbol software, a loan communication aid",
     "The Loft; communication aids on loan from Cardale Sensory Support Service", "Handled in Call 5"],
    ["University library, e-journals and an Athens account for every candidate", "Hebden and online",
     "For the run and for a year after"],
    ["The Callboard", "Blackboard, University of Cardale", "See Track 1"],
], [11, 7.5, 7.5])

# ------------------------------------------------------------------ TRACK 6
track_banner("TRACK 6 · THE HOUSE",
             "The University of Cardale: the venue that gives the show its licence, and the only body that can make "
             "the award.")
typed("Validation: approved 4 March 2009 as a 60-credit Postgraduate Certificate at Level 7; reviewed with the "
      "School of Education's other programmes each year.")
typed("Programme leader at the House: Dr Helen Aske, who sits on the Production Meeting and meets the Directors "
      "before each Opening (Track 2).")
typed("Prior credit: accredits up to 30 credits of earlier Level 7 study in SEN against Showing 1 (P5).")
typed("External examiner: Dr Martin Lowe, who sees the second-marked sample and every fail, meets candidates at "
      "Curtain Call once a year, and reports to the House each summer.")
typed("Board of Examiners: awards the Postgraduate Certificate to candidates who have passed all three Showings "
      "and attended at least eight of the ten Calls (or taken the ones they missed with the other Opening).")

title("Swing track: not in this run", size=11)
sw = para(doc, "In the 2008 pilot run two experienced SENCOs from Cardale's Learning Support Service went straight "
               "to the Showings without taking the Calls: that was the Swing track. The House has not validated a "
               "Swing track for 2009-10, and we are not offering one in this run. ")
r_sw = sw.runs[-1]
del_run(sw, "Experienced SENCOs may still ask the Lead Director to be assessed on the Showings alone.", HA, D1)
doc.add_comment(r_sw, "Deleted: there is no route to the award on the Showings alone this year. HA",
                author=HA, initials="HA")

# ------------------------------------------------------------------ PUPPET LIST
page_break(doc)
pl = doc.add_table(rows=1, cols=1)
pl.style = "Table Grid"
cell_text(pl.cell(0, 0), "THE PUPPET LIST", bold=True, size=14, color="FFFFFF")
shade(pl.cell(0, 0), DARK)
para(doc, "")
para(doc, "Our puppets are worked the Japanese way, by three operators: one on the feet, one on the left hand, "
          "and the senior puppeteer on the head and right hand. We sort what a SENCO must be able to do the same "
          "way: the Feet are how you carry yourself; the Left Hand is what you know; the Head and Right Hand are "
          "what you do. Every candidate rates themselves on this list at the Fitting and again at Curtain Call.")

PUPPETS = [
    ("FEET (how you carry yourself)", None),
    ("F1", "Builds fair, respectful, steady relationships with pupils with SEN and/or disabilities and with their "
           "parents or carers", "Call 8", "-"),
    ("F2", "Wins the commitment of colleagues, the head and senior leaders to better outcomes for pupils with SEN",
     "Call 7", "Showing 3"),
    ("F3", "Puts first things first, manages time and hands tasks on to the right people, then checks they are "
           "done", "Call 9", "-"),
    ("F4", "Sees trouble coming, solves problems and makes sound, well-founded decisions about provision",
     "Call 5", "Showing 2"),
    ("F5", "Speaks and writes clearly, and listens to and understands what others think", "Call 1",
     "Showings 1 and 3"),
    ("F6", "Uses research and outside advice to improve their own and colleagues' practice", "Call 3",
     "Showing 1"),
    ("F7", "Keeps up to date and takes charge of their own professional development in SEN and disability",
     "Call 3", "-"),
    ("LEFT HAND (what you know)", None),
    ("L1", "The law and guidance on SEN, the Code of Practice, what they mean for the school, the SENCO and others, "
           "and how to put them into practice", "Call 2", "Showing 1"),
    ("L2", "Every Child Matters: its principles and five outcomes and how the SENCO helps pupils reach them",
     "Call 2", "Showing 1"),
    ("L3", "The law on disability equality and what it requires a school to do for disabled pupils", "Call 2",
     "-"),
    ("L4", "How children develop and how SEN, disability and their surroundings affect that development", "-",
     "Showing 1"),
    ("L5", "The five common kinds of need (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how each affects "
           "learning", "Call 5", "Showing 1"),
    ("L6", "A critical grasp of approaches, strategies and resources, ICT among them, for assessing, planning and "
           "teaching", "Call 5", "Showing 2"),
    ("L7", "How school self-evaluation and improvement work, and how they bear on outcomes for pupils with SEN",
     "Call 9", "Showing 3"),
    ("L8", "Best practice and what research has found about meeting SEN", "Call 3", "Showing 1"),
    ("L9", "What other agencies do and how to get specialist support and resources from them", "Call 6, W3",
     "Showing 2"),
    ("HEAD AND RIGHT HAND (what you do)", None),
    ("R1", "With senior colleagues and governors, shapes an inclusive ethos, policies, priorities and the use of "
           "resources", "Call 7", "Showing 3"),
    ("R2", "Identifies pupils who may have SEN, sets stretching targets, plans interventions at the barrier and "
           "reviews progress", "Call 4", "Showing 2"),
    ("R2a", "Uses other professionals' assessments to shape teaching", "Call 4", "Showing 2"),
    ("R2b", "Uses summative results, national tests among them, to track progress and change programmes",
     "Call 4", "CHANGE"),
    ("R2c", "Helps colleagues build formative assessment, with approaches for pupils with SEN", "Call 7",
     "Showing 3"),
    ("R3", "Maps provision and finds what is missing or not working", "Call 4, W2", "Showing 2"),
    ("R4", "Deploys and manages teaching assistants and other staff well", "Call 9", "Showing 3"),
    ("R5", "Supports colleagues' development: observing and feedback, modelling, coaching and mentoring, "
           "training", "Call 7, W4", "Showing 3"),
    ("R6", "Reviews provision with colleagues and feeds the school's self-evaluation and improvement plan",
     "Call 9", "Showing 3"),
    ("R7", "Makes sure pupils help plan, agree and review their own provision", "In store", "In store"),
    ("R8", "Works with parents and carers to help their child learn and develop", "Call 8", "Showing 2"),
    ("R9", "Works in partnership with other services and agencies, voluntary groups among them", "Call 6, W3",
     "Notes Session only"),
]
pt = doc.add_table(rows=1, cols=4)
pt.style = "Table Grid"
for k, h in enumerate(["Puppet", "Operating it means you can...", "Operated at", "Shown at"]):
    cell_text(pt.rows[0].cells[k], h, bold=True, color="FFFFFF", size=9)
    shade(pt.rows[0].cells[k], DARK)
for item in PUPPETS:
    cells = pt.add_row().cells
    if item[1] is None:
        m = cells[0].merge(cells[3])
        cell_text(m, item[0], bold=True, size=9)
        shade(m, PALE)
        continue
    code, what, op, shown = item
    cell_text(cells[0], code, bold=True, size=9)
    cell_text(cells[1], what, size=9)
    cell_text(cells[2], op, size=9)
    if shown == "CHANGE":
        p = cells[3].paragraphs[0]
        del_run(p, "Showing 2", SM, D2, size=9)
        ins_run(p, "-", SM, D2, size=9)
    else:
        cell_text(cells[3], shown, size=9)
set_col_widths(pt, [1.8, 15.5, 4.2, 4.5])
para(doc, "")
para(doc, "Puppets in store are kept at the Loft and come back into the run when the Production Meeting says so.",
     italic=True)

# ------------------------------------------------------------------ NOTES & PRODUCTION MEETING
title("Notes Sessions and the Production Meeting (keeping the run in good order)")
typed("Notes cards. At the end of every Call each candidate fills in a Notes card: what worked, what did not, one "
      "change. The Directors read them the same evening and answer the main points at the start of the next Call.")
typed("Self-ratings. Each candidate's Fitting ratings are repeated at Curtain Call, puppet by puppet, so we can see "
      "how far each candidate's confidence and competence have moved; Showing 2's baselines and after-measures "
      "tell us what changed for the pupils in each intervention, and we put the run's figures together each "
      "summer.")
typed("The Production Meeting: the Lead Director, the Puppetry Director, the Stage Manager, the Company Manager and "
      "the House's programme leader. It meets after Calls 3, 6 and 10 with the Notes cards, the Captains' notes, "
      "the self-ratings, the Showing marks and, each summer, the external examiner's report and the House's "
      "annual monitoring report. It decides what changes, and every change is written into the next revision of "
      "these sheets; the Captains and Producers get the new revision with a note of what changed and why.")
typed("Rev. B to Rev. C, for example: Calls 6 to 8 moved to Hebden; the Fitting went from one hour to two; Showing 3 "
      "became a presentation to the Producer instead of an essay.")

title("Get-out")
para(doc, "At the end of each run the Stage Manager archives the Book, the Directors write up the run for the "
          "House's annual monitoring, and the Production Meeting issues the next revision of these sheets before "
          "the Captains' Call for the next Opening.")

doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
