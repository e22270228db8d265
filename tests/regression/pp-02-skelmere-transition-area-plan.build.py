"""pp-02-skelmere-transition-area-plan: builds pp-02-skelmere-transition-area-plan.docx next to this script.

Provider: the Skelmere Triathlon Foundation (the charity of Skelmere Tri Club, which builds the
transition areas for the club's races and runs "Schools Tri" in 30 Wessenden schools), with Fenbridge
University validating and Wessenden Borough Council as the local authority.

Document kind and layout: the course written as the race team's TRANSITION AREA PLAN for an event, in
the form marshals use on race morning: no heading styles at all (part titles are bold capitals typed
in shaded Normal paragraphs, hand-typed paragraph numbers such as "1.3", "3.3", "6.2" that clash with
requirement ids but mean something else), a title block table with a merged shaded top row, a
revision record with a tracked-deleted row, a Key table in Part 2 that defines the codes used on the
Racking List eight parts later (Racked on / Checked out at; RD1-RD9, Bike leg, BYO, CP1-CP3,
Self-check, Empty bay), a site legend in a text box, a people table with a merged row, eighteen
Transition Rules TR1-TR18, a landscape Racking List of 29 bays in the Foundation's own order (Racks A,
B, C; bay numbers such as A1, B3, C6 that do not match Annex 3's numbering: bay A1 is Annex 3's A5,
bay C6 is S2d), and a specimen Race Card with its prompts left in. Footnotes, one reviewer comment,
tracked changes, header and footer with a PAGE field. Its people are athletes, Rack Marshals (tutors),
Mount Line Marshals (school mentors), Technical Officials (second markers) and the Race Referee
(external examiner).

Traps (requirement ids in brackets):
- Tracked change on the credits: "60" deleted, "45" inserted; "in three modules of 15 credits"
  (E.2 partially_met: Master's level but 45 credits).
- A deleted paragraph and a deleted revision-record row describe an online Transition Zone; the text
  that remains says "No part of the Award is studied online" (3.3 not_applicable).
- Negation: "The Foundation does not give credit for earlier study" while experience counts at entry
  and in the Race Card (2.1 partially_met).
- Hope: "We hope athletes will go on to set themselves new targets after the Finish" (2.5 not_met).
- Limited flexibility: one September wave, fixed order, twilight repeats of three Rack Days only, two
  windows for CP2 and CP3 (3.2 partially_met).
- Wrong context: the club's juniors' Youth Panel is consulted on the Transition Rules "as it is for the
  club's own races"; participants are only "encouraged to ask pupils what they think of the project",
  and bay C11 (pupil involvement) is an Empty bay (1.5 partially_met, 6.S7 not_met).
- Evaluation listed but not used: methods and a Debrief Group, with no account of how findings change
  the course; the suggestion to say so is only in a comment (5.1 partially_met). 5.9 is met by the
  collected pupil measures and competence/confidence ratings.
- Resources: only "a small shelf of books at the clubhouse" beside the University library (5.6
  partially_met).
- Codes keyed far above: Self-check (bays A1 and B7: 6.A5, 6.K7 partially_met), BYO (bays B3 and C4:
  6.K3, 6.S2b partially_met, assessed but not taught), Empty bay (C6, C8, C11: 6.S2d, 6.S4, 6.S7
  not_met); hence 1.9 partially_met, while the award rule TR16 ("no trade-off between bays") is met.
- Typed numbers like requirement ids: "3.3 The Racks", "5" is Part 5's rules, "6.2 Previous rides".
- Footnotes: List 99 and the University's regulations (part of the submission; nothing turns on them).
- The specimen Race Card's prompts and tick boxes are not evidence of anything.
"""
from pathlib import Path
import sys

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
from _pp_helpers import (add_footnote, add_page_field, add_textbox, cell_text, del_run, delete_row,
                         deleted_paragraph, ins_run, shade_cell, shade_paragraph, set_cell_width)

HERE = Path(__file__).parent
OUT = HERE / "pp-02-skelmere-transition-area-plan.docx"
JH = ("Jo Harcourt", "2009-02-18T10:02:00Z")
FU = ("Fenbridge Quality Office", "2009-02-20T14:31:00Z")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(5)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)
hp = sec.header.paragraphs[0]
hp.text = "SKELMERE TRIATHLON FOUNDATION - TRANSITION AREA PLAN REV C - NOT FOR PUBLICATION"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "TA Plan Rev C   |   Race team copy   |   page "
add_page_field(fp)


def PART(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(11)
    p.paragraph_format.space_before = Pt(12)
    shade_paragraph(p, "FFD966")
    return p


def N(num, text, lead=None):
    """A paragraph with a hand-typed number."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(num + "\t")
    if lead:
        p.add_run(lead).bold = True
    p.add_run(text)
    return p


def P(text):
    return doc.add_paragraph(text)


def dot(text, lead=None):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.6)
    p.paragraph_format.first_line_indent = Cm(-0.5)
    p.add_run("\u2022  ")
    if lead:
        p.add_run(lead).bold = True
    p.add_run(text)
    return p


def grid(rows, widths, head_fill="FFD966"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(i == 0))
    for c in t.rows[0].cells:
        shade_cell(c, head_fill)
    set_cell_width(t, widths)
    return t


# ------------------------------------------------------------------ title block
tb = doc.add_table(rows=7, cols=2)
tb.style = "Table Grid"
top = tb.cell(0, 0).merge(tb.cell(0, 1))
cell_text(top, "SKELMERE TRIATHLON FOUNDATION: TRANSITION AREA PLAN", bold=True, size=13)
shade_cell(top, "1F3864")
top.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
rows = [
    ("Event", "The Skelmere Award in SEN Coordination (National Award for SEN Coordination), season 2009-10"),
    ("Document", "Transition Area Plan, Transition Rules and Racking List"),
    ("Revision", "C, for the TDA approval panel"),
    ("Transition Captain", "Jo Harcourt"),
    ("Venue", "Skelmere Lido clubhouse, and Fenbridge University's Wessenden campus"),
    ("Validated by", "Fenbridge University, Faculty of Education"),
]
for i, (k, v) in enumerate(rows, start=1):
    cell_text(tb.cell(i, 0), k, bold=True)
    shade_cell(tb.cell(i, 0), "D9E2F3")
    cell_text(tb.cell(i, 1), v)
set_cell_width(tb, [4.0, 13.0])
P("")

P("REVISION RECORD").runs[0].bold = True
rv = grid([
    ["Rev", "Date", "Change", "By"],
    ["A", "June 2008", "Pilot layout, unaccredited, ten athletes", "JH"],
    ["B", "November 2008", "Racks re-ordered; heads added to the Run Out panel", "JH"],
    ["B2", "December 2008", "Online Transition Zone added for RD2 and RD5", "JH"],
    ["C", "February 2009", "Racking List rebuilt against the national minimum outcomes; credits changed to fit the University's module sizes", "JH / FU"],
], widths=[1.4, 3.0, 10.6, 2.0])
delete_row(rv.rows[3], *FU)
P("")

# ------------------------------------------------------------------ PART 1
PART("PART 1 - ABOUT THIS PLAN")
N("1.1", "Every triathlon has a transition area: the fenced field where athletes rack their bikes and change between swim, bike and run, and where more races are lost than anywhere else on the course. The Skelmere Triathlon Foundation, the charity of Skelmere Tri Club, has built the transition areas for the club's five races a year since 1996, and its race team writes a Transition Area Plan for each one. This is the plan for a different kind of race: the Skelmere Award in SEN Coordination, a year-long course for teachers new to leading the coordination of SEN provision in their schools.")
N("1.2", "The Foundation came to the Award through Schools Tri, which takes swim-bike-run sessions into 30 primary, secondary and special schools in Wessenden, many with a high proportion of pupils with SEN and disabilities. Our coaching staff include serving teachers and former SENCOs, and in 2008 we ran a pilot layout (Rev A) with ten local SENCOs.")
p13 = N("1.3", "Fenbridge University's Faculty of Education validates the Award as its Postgraduate Certificate in SEN Coordination. The Award carries ")
del_run(p13, "60", *FU)
ins_run(p13, "45", *FU)
p13.add_run(" credits at Master's level (Level 7), in three modules of 15 credits, one for each Checkpoint.")
add_footnote(doc, p13, "Fenbridge's regulations for postgraduate certificates (2008 edition) apply to the Award throughout, including those on appeals and extenuating circumstances.")
N("1.4", "The main purpose of the Award is that pupils with SEN and disabilities in each athlete's school do better: in their learning, and in being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. Every bay on the Racking List is there because it changes what a SENCO does for pupils, and every Checkpoint asks the athlete to show a change for pupils, measured from a baseline.")
N("1.5", "A transition plan is read by marshals on race morning, not by spectators. We have left it in the form our race team uses, so that the panel sees the Award as the people who run it will see it. Part 2 is the key. The Racking List in Part 10 is the Award's outcomes.")

# ------------------------------------------------------------------ PART 2
PART("PART 2 - KEY")
grid([
    ["Term", "What it means on this plan"],
    ["Athlete", "A teacher on the Award."],
    ["Wave", "The year's intake of athletes. One wave starts each September."],
    ["Rack Day (RD1 to RD9)", "One of nine taught days at the Lido clubhouse, on Saturdays from 9.00 to 3.30. RD2, RD5 and RD8 are also run as a weekday twilight pair (two evenings, 4.30 to 7.30) for athletes who cannot come on a Saturday."],
    ["Mount Line", "The point, in January, where the athlete leaves the Racks and begins the Bike leg."],
    ["Bike leg", "The athlete's project in their own school, across the spring and summer terms."],
    ["Dismount Line", "The return from school to the Racks for RD8 and RD9."],
    ["Checkpoint (CP1, CP2, CP3)", "A marked assessment: the assessment for one 15-credit module."],
    ["Racked on", "On the Racking List, the Rack Day, or the Bike leg, at which a bay is taught."],
    ["Checked out at", "On the Racking List, the Checkpoint at which a Rack Marshal marks a bay."],
    ["BYO", "In Racked on: bring your own. No Rack Day covers the bay; the athlete brings it from their own school experience, and it is still checked out."],
    ["Self-check", "In Checked out at: the athlete ticks the bay on their own Race Card; no Rack Marshal marks it."],
    ["Empty bay", "In both columns: the bay is not part of this year's course."],
    ["Race Card", "An athlete's individual plan (Part 6)."],
    ["Penalty Box", "Resubmission after a bay is not passed (TR14)."],
], widths=[4.2, 12.8])
P("")

# ------------------------------------------------------------------ PART 3
PART("PART 3 - THE FLOW")
N("3.1", "Athletes move through the Award in one direction, as they move through a transition area: Swim In, the Racks, the Mount Line, the Bike leg in school, the Dismount Line, the Run Out and the Finish. There is one wave a year, starting in September, and every athlete takes the Rack Days in the same order. Athletes may hand in CP2 and CP3 in either the summer window or the autumn window that follows.")
dp = deleted_paragraph(doc, "An online Transition Zone on Fenbridge's learning platform will let athletes work through RD2 and RD5 at home, with a Rack Marshal answering posts within two working days.", *JH)
dp.paragraph_format.left_indent = Cm(1.0)
N("3.2", "No part of the Award is studied online; every Rack Day is taught face to face.")
N("3.3", "The wave meets at the Lido for an induction evening in September: the course, the people, registration with Fenbridge, the Race Card, and the first baseline the athletes will take in school.", lead="Swim In. ")
N("3.4", "Rack Days RD1 to RD7 run from September to January:", lead="The Racks. ")
dot("The SEN Code of Practice 2001 and its guidance: what it requires of the school, the governors, the SENCO and class teachers, and how to put it into practice; the Children Act 2004 and Every Child Matters, its five outcomes and the SENCO's part in them; the 2008 SENCO regulations and the government's current initiatives (the Inclusion Development Programme, the Achievement for All pilots, the Lamb Inquiry). Talking and listening: each athlete's first presentation to the wave.", lead="RD1, Laws and the Code. ")
dot("How children develop and what affects their development, including SEN, disability and the environment for learning; the common types of SEN and disability (behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders, moderate learning difficulties) and how they affect learning; fair and respectful relationships with pupils and their parents; advising, supporting and working in partnership with parents and carers, with the Wessenden Parent Partnership Service.", lead="RD2, Children and families. ")
dot("Research on what works for pupils with SEN and how to read it critically, including recent Ofsted survey reports on SEN and disability; approaches, strategies and resources for assessment, planning, teaching and learning, including ICT; drawing on research and outside advice to improve the athlete's own and colleagues' practice; keeping up to date through SENCO networks, journals and conferences, and taking charge of one's own learning on SEN and disability. The Rack Marshals revise the RD3 reading list each summer.", lead="RD3, Evidence and practice. ")
dot("Identifying pupils who may have SEN from observation, data and assessment; setting challenging targets; planning and reviewing interventions; provision mapping and finding the gaps in provision; anticipating problems and making sound decisions on provision.", lead="RD4, Identifying and planning. ")
dot("The scope and role of external agencies and voluntary organisations; how to obtain specialist support and resources; using other professionals' assessments to shape teaching; working in partnership with them. Guests from the educational psychology service, the speech and language therapy service and the Wessenden Autism Partnership, a parents' voluntary group.", lead="RD5, Other services. ")
dot("Working with the head, senior colleagues and governors on an inclusive ethos, policies, priorities and the use of resources; gaining the commitment of colleagues; prioritising, managing time and delegating.", lead="RD6, Leading. ")
dot("Supporting colleagues' professional development by observing, giving feedback, modelling, coaching and mentoring and running training; encouraging teachers to develop formative assessment, with approaches for pupils with SEN; advising and collaborating with colleagues in school and across the Schools Tri network.", lead="RD7, Colleagues. ")
N("3.5", "After RD7, in January, each athlete crosses the Mount Line with a Bike leg plan agreed with their Mount Line Marshal and head: a project in their own school aimed at a group of pupils with SEN, with a baseline taken before the project starts.", lead="Mount Line. ")
N("3.6", "Spring and summer terms, in school. The athlete leads the project, works with colleagues, identifies and reviews the pupils' progress, and keeps a project log. The Mount Line Marshal meets them at least once every half-term. Athletes are encouraged to ask pupils what they think of the project.", lead="Bike leg. ")
N("3.7", "RD8 covers school self-evaluation and improvement and where SEN fits in them, and reviewing and evaluating provision with other staff to inform the school's self-evaluation form and improvement plan. RD9 is given to writing up the Bike leg and rehearsing the Run Out presentations with the rest of the wave.", lead="Dismount Line. ")
N("3.8", "The athlete writes up the Bike leg for CP3 and presents it at the Run Out day in July to Rack Marshals, Mount Line Marshals and heads.", lead="Run Out. ")
N("3.9", "See TR16.", lead="Finish. ")
lp = doc.add_paragraph()
add_textbox(lp, [
    ("SITE LEGEND (Lido clubhouse)", True),
    ("R  Racks: the clubhouse function room, where Rack Days are held", False),
    ("A  Aid Station: the library shelf in the committee room", False),
    ("P  Penalty Box: the Transition Captain's office", False),
    ("M / D  Mount and Dismount Lines: the clubhouse door, where athletes leave for school and come back", False),
    ("F  Finish: Fenbridge's examination board, held on campus", False),
], width_pt=430, height_pt=110, fill="FFF2CC")

# ------------------------------------------------------------------ PART 4
PART("PART 4 - PEOPLE IN THE TRANSITION AREA")
pt = grid([
    ["Role", "Who", "What they do"],
    ["Transition Captain", "Jo Harcourt: SENCO of a Wessenden secondary school for nine years, then the borough's Inclusion Manager; MA in Inclusive Education (Fenbridge); British Triathlon Level 3 coach", "Leads the Award, teaches RD1 and RD6, and chairs the Marshals' meetings"],
    ["Rack Marshals", "Dr Sam Okonjo, educational psychologist (RD2, RD5); Priya Lal, advisory teacher for SpLD and SLCN and a tutor on Fenbridge's dyslexia diploma (RD3, RD4); Martin Gale, formerly head of a special school and now a school improvement partner (RD7, RD8)", "Teach the Rack Days and first-mark the Checkpoints"],
    ["Mount Line Marshals", "An experienced SENCO or senior leader in the athlete's school or a neighbouring one, named by the head", "Agree the Bike leg plan, meet the athlete every half-term, observe one session the athlete leads, and sign the project log"],
    ["Technical Officials", "Two members of Fenbridge's SEN team", "Second-mark and moderate the Checkpoints"],
    ["Race Referee", "Fenbridge's external examiner for the Award", "See TR12 and TR17"],
    ["", "", ""],
], widths=[3.4, 8.2, 5.4])
mr = pt.cell(6, 0).merge(pt.cell(6, 2))
cell_text(mr, "All Rack Marshals keep a current caseload or teaching role in Wessenden schools and spend at least five days a year on their own SEN development, logged with the Transition Captain.", italic=True)
shade_cell(mr, "F2F2F2")
N("4.1", "Before the wave starts every Rack Marshal, Mount Line Marshal and Technical Official receives the Marshals' Handbook, which sets out each role, what a good Race Card and a good Checkpoint look like, and who to call. Mount Line Marshals attend a half-day briefing at the Lido in September and a second in January before the Mount Line; those who cannot come are visited in school by a Rack Marshal. New Rack Marshals co-teach a Rack Day and double-mark a Checkpoint with the Transition Captain before they teach or mark alone.", lead="Marshals' briefing. ")

# ------------------------------------------------------------------ PART 5
PART("PART 5 - TRANSITION RULES")
N("TR1", "Entry is by Bike Check-in only (Part 6).")
tr2 = N("TR2", "No athlete is given a wristband, and so no athlete registers with Fenbridge or enters a Rack Day, until the Transition Captain has seen the original of a current enhanced CRB disclosure issued for work in a school, and has confirmed with the athlete's head that the school's safer recruitment checks, including references and List 99, are complete. An athlete who has not worked in a school in the last three months applies for a new enhanced disclosure through the Foundation before Swim In.", lead="Wristbands. ")
add_footnote(doc, tr2, "List 99 is the DCSF's list of people barred from working with children.")
N("TR3", "The Foundation asks every athlete, on the entry form and again privately at the Pre-race Bike Check, whether they have a disability or other need we should plan for, and explains why we ask. The Lido clubhouse and the Wessenden campus were both access-audited in 2008; the clubhouse has step-free access, a hearing loop and an accessible toilet. Papers are available in large print, on coloured paper or electronically before each Rack Day. Reasonable adjustments to Checkpoints (extra time, other formats, a viva in place of part of a written piece) are agreed with Fenbridge's disability service. Our publicity for the Award carries an access statement and the disability service's contact details, and a disabled adult speaks at a Rack Day each year. We monitor applications and completions by ethnicity, gender and disability, as the Race Relations (Amendment) Act 2000, the Disability Discrimination Act and the Equality Act 2006 require of us.", lead="Access. ")
N("TR4", "Rack Days start at 9.00. An athlete who misses one gets the materials and a catch-up task from the Rack Marshal and makes up the time with their Mount Line Marshal.")
N("TR5", "Every athlete keeps a Race Card (Part 11) and brings it to every Rack Day.")
N("TR6", "No athlete crosses the Mount Line without a Bike leg plan signed by the Mount Line Marshal and the head.")
N("TR7", "A baseline is taken for the pupils in every Bike leg project before the project starts, and the same measures are taken again at the end.")
N("TR8", "CP1 (after RD3): a 3,500-word critical account of the law, policy and evidence, including disability equality law, as they bear on the athlete's own school. CP2 (after RD5): a case study of provision for two pupils, covering their development and needs, the assessments from other professionals used in planning, the approaches and resources chosen, the pupils' targets and progress tracked with summative data including national test results, the outside agencies involved, and how the school works with the parents. CP3 (after the Run Out): the Bike leg report (4,000 words) and presentation, with the pupils' baseline and end measures, evidence of leading colleagues, and a reflective commentary.", lead="Checkpoints. ")
N("TR9", "Checkpoints are marked against Fenbridge's Level 7 criteria and against the bays the Racking List checks out at that Checkpoint. Each bay is marked pass or not yet.")
N("TR10", "Every Checkpoint is first-marked by a Rack Marshal and second-marked by a Technical Official. Marshals and Officials mark three pieces together before each round to agree the standard.")
N("TR11", "Fenbridge's SEN team moderates every fail, every borderline piece and at least a quarter of the rest.")
N("TR12", "The Race Referee receives the moderated sample for each Checkpoint, reports on standards each year and attends the examination board.")
N("TR13", "No Marshal marks an athlete from their own school.")
N("TR14", "An athlete who does not pass a bay may resubmit once, within six weeks.", lead="Penalty Box. ")
N("TR15", "In exceptional cases an experienced SENCO or SEN support teacher may be entered for the Checkpoints without taking the Rack Days. The Transition Captain reviews their evidence against the Racking List at a Bike Check, and the Race Referee agrees the entry. They hand in CP1 to CP3 like any athlete, and pay the assessment fee only.", lead="Run-only Entry. ")
N("TR16", "No athlete reaches the Finish until a Rack Marshal has checked out every bay that the Racking List checks out at CP1, CP2 or CP3. There is no trade-off between bays: a strong bay does not carry a weak one. Fenbridge's examination board awards the Postgraduate Certificate only on that basis, and the Foundation sends the list of finishers to the TDA.", lead="The Finish. ")
N("TR17", "The Race Referee's annual report goes to the Transition Captain and to Fenbridge's programme committee.")
N("TR18", "The club's juniors' Youth Panel is consulted on every change to these Transition Rules, as it is for the club's own races.", lead="Youth Panel. ")

# ------------------------------------------------------------------ PART 6
PART("PART 6 - BIKE CHECK-IN AND PRE-RACE BIKE CHECK")
N("6.1", "An athlete must be a qualified teacher in a school in Wessenden or a neighbouring authority, in post as SENCO or named by the head to take the role within the year, with the head's written support and a named Mount Line Marshal. Each applicant has a 30-minute interview with the Transition Captain and a Rack Marshal, looking at their experience and a short self-review against the Racking List. An applicant who is not yet ready is given written advice on what to do first (most often two terms working alongside the school's current SENCO, or the borough's SEN foundation course), and the Transition Captain agrees the plan with their head.", lead="Bike Check-in. ")
N("6.2", "The Foundation does not give credit for earlier study: every athlete takes all three Checkpoints. An applicant's experience counts at Bike Check-in and at the Pre-race Bike Check, where it shapes the Race Card.", lead="Previous rides. ")
N("6.3", "In September each athlete rates themselves against every bay on the Racking List, with evidence, and a Rack Marshal checks the self-rating in a one-hour meeting, testing it with questions and with the athlete's school documents. From it they write the athlete's Race Card together: the athlete's own set of bays to work hardest on, the Rack Days and Bike leg tasks that will cover them, and the optional tasks the athlete can skip because the Pre-race Bike Check shows they already meet those bays. The Race Card is reviewed with the Mount Line Marshal at the Mount Line.", lead="Pre-race Bike Check. ")
N("6.4", "The Award costs £1,200. Wessenden pays half for its schools, and the Foundation gives four bursaries a year from race income. Rack Days fall on Saturdays or twilights, so schools pay nothing for cover, and the Bike leg is the athlete's own school's improvement work, so the time spent on it serves the school as well as the athlete. Each athlete's Race Card and choice of Bike leg project fit the course to their school and their needs, and because the Checkpoints are written around their own pupils, the learning counts in their practice as they go.", lead="Fees and fit. ")

# ------------------------------------------------------------------ PART 7
PART("PART 7 - AWAY TRANSITIONS, GUESTS AND THE AID STATION")
N("7.1", "Every athlete spends two days away from their own school during the Bike leg: one in a Wessenden special school or resource base, and one with an outside service (the educational psychology service, the sensory support team or the speech and language therapy service). The Foundation arranges both through the borough's Inclusion Team, matched to the athlete's Race Card, and the host writes a short note for the athlete's project log. Schools agree to the release at Bike Check-in.", lead="Away Transitions. ")
N("7.2", "Each Rack Day has a guest: a parent from Wessenden Parent Partnership (RD2), the educational psychology and speech and language therapy services and the Wessenden Autism Partnership (RD5), a chair of governors (RD6), and a disabled adult speaker.", lead="Guests. ")
N("7.3", "Athletes use Fenbridge's library and the borough's SEN resources. The Foundation keeps a small shelf of books at the clubhouse.", lead="Aid Station. ")

# ------------------------------------------------------------------ PART 8
PART("PART 8 - WHO HAS SHAPED THE LAYOUT")
N("8.1", "In spring 2008 the Foundation asked the SENCOs of the 30 Schools Tri schools what a new SENCO most needs (26 replied), and read the borough's SEN and Inclusion Strategy and its 2007 Joint Area Review. The SENCOs put leading colleagues, working with outside services and provision mapping at the top; the strategy's priorities are autism and early identification; the review asked schools to involve parents more. The layout answers all three: RD4, RD5 and RD7 are built on the SENCOs' list, RD2 and RD4 give time to autism and early identification, and RD2 is taught with Parent Partnership.")
N("8.2", "After the Headteachers' Forum saw the Rev A layout in October 2008, the Racks were re-ordered so that leading colleagues (RD6 and RD7) comes before the Mount Line rather than after it, and heads were added to the Run Out panel. The pilot athletes asked for twilight repeats of the busiest Rack Days, which is why RD2, RD5 and RD8 have them.")
N("8.3", "Heads sign every Bike leg plan and sit on the Run Out panel; Mount Line Marshals are school staff; Parent Partnership and the Wessenden Autism Partnership teach on Rack Days; and pilot athletes are Mount Line Marshals for four of this year's athletes. At the end of the year heads, Mount Line Marshals and athletes each complete the Foundation's review questionnaire, and two heads and a Parent Partnership officer sit on the Debrief Group that reads the results with the Marshals.")

# ------------------------------------------------------------------ PART 9
PART("PART 9 - AFTER THE RACE")
p91 = N("9.1", "", lead="Debrief. ")
r91 = p91.add_run("Athletes complete a feedback sheet after every Rack Day and the review questionnaire at the end of the year; Rack Marshals meet after each Checkpoint round; the Race Referee reports each year (TR17); and the Debrief Group meets in September.")
doc.add_comment([r91], text="Panel will want to know what we DO with all this. Add the action plan that goes to Fenbridge each October and the changes we made after the pilot? FQO", author="Fenbridge Quality Office", initials="FQO")
N("9.2", "At Swim In and again at the Run Out, athletes rate their competence and their confidence on every bay of the Racking List, and the Mount Line Marshal rates them too. Each athlete's Bike leg project records the pupils' baseline and end measures (TR7): attainment, attendance and a wellbeing scale. With the athletes' consent the Transition Captain collects these measures from every project, anonymised, and reports each year how many pupils in the wave's projects made more than expected progress, and on which measures.", lead="Measuring the effect. ")
N("9.3", "Most triathletes enter next year's race before they have showered. We hope athletes will go on to set themselves new targets after the Finish, and perhaps come back as Mount Line Marshals.", lead="Next race. ")

# ------------------------------------------------------------------ PART 10 (landscape)
land = doc.add_section(WD_SECTION.NEW_PAGE)
land.orientation = WD_ORIENT.LANDSCAPE
land.page_width, land.page_height = sec.page_height, sec.page_width
land.left_margin = land.right_margin = Cm(1.8)
PART("PART 10 - RACKING LIST")
P("Each bay holds one piece of kit the athlete must have racked by the Finish. Read Racked on and Checked out at with the key in Part 2.")
racks = [
    ("RACK A - ATTITUDE", None),
    ("A1", "Speaks and writes clearly; listens to others and understands their views", "RD1", "Self-check"),
    ("A2", "Fair, respectful and supportive relationships with pupils with SEN and with their parents or carers", "RD2", "CP2"),
    ("A3", "Gains the commitment of colleagues, including the head and senior leaders, to better outcomes for pupils with SEN", "RD6", "CP3"),
    ("A4", "Prioritises, manages time, delegates, and checks delegated work is done", "RD6", "CP3"),
    ("A5", "Anticipates and solves problems; makes sound decisions on provision", "RD4", "CP2"),
    ("A6", "Uses research and outside advice to improve own and colleagues' practice", "RD3", "CP1"),
    ("A7", "Keeps up to date and takes charge of own professional development on SEN and disability", "RD3", "CP3"),
    ("RACK B - BACKGROUND", None),
    ("B1", "The law and guidance on SEN, including the Code of Practice: what they mean for the school and the SENCO, and putting them into practice", "RD1", "CP1"),
    ("B2", "Every Child Matters: its principles, the five outcomes, and the SENCO's part in them", "RD1", "CP1"),
    ("B3", "Disability equality law and the actions it requires of schools", "BYO", "CP1"),
    ("B4", "How children develop, and what affects development, including SEN, disability and the learning environment", "RD2", "CP2"),
    ("B5", "The common types of SEN and disability and their effect on learning", "RD2", "CP2"),
    ("B6", "Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT, critically understood", "RD3", "CP2"),
    ("B7", "School self-evaluation and improvement and how they bear on outcomes for pupils with SEN", "RD8", "Self-check"),
    ("B8", "Best practice and research on meeting special educational needs", "RD3", "CP1"),
    ("B9", "What outside agencies do; getting specialist support and resources", "RD5", "CP2"),
    ("RACK C - CRAFT", None),
    ("C1", "With senior colleagues and governors, shapes an inclusive ethos, policies, priorities and the use of resources", "RD6", "CP3"),
    ("C2", "Identifies pupils who may have SEN; sets challenging targets; plans interventions; reviews progress", "RD4, Bike leg", "CP2"),
    ("C3", "Uses other professionals' assessments to shape teaching", "RD5", "CP2"),
    ("C4", "Uses summative assessment, including national tests, to track progress and change programmes", "BYO", "CP2"),
    ("C5", "Encourages teachers to develop formative assessment, with approaches for pupils with SEN", "RD7", "CP3"),
    ("C6", "Arranges in good time what pupils need for national tests and examinations", "Empty bay", "Empty bay"),
    ("C7", "Uses provision mapping to plan provision and find gaps and weak spots", "RD4", "CP3"),
    ("C8", "Deploys and manages staff", "Empty bay", "Empty bay"),
    ("C9", "Supports colleagues' development: observation, feedback, modelling, coaching, mentoring, training", "RD7", "CP3"),
    ("C10", "Reviews and evaluates provision with other staff, for the school's self-evaluation", "RD8", "CP3"),
    ("C11", "Involves pupils in planning, agreeing and reviewing their own provision", "Empty bay", "Empty bay"),
    ("C12", "Works with parents and carers to promote pupils' learning and development", "RD2", "CP2"),
    ("C13", "Works in partnership with other services and agencies, including voluntary organisations", "RD5", "CP2"),
]
rl = doc.add_table(rows=len(racks) + 1, cols=4)
rl.style = "Table Grid"
for j, h in enumerate(["Bay", "Kit racked", "Racked on", "Checked out at"]):
    cell_text(rl.cell(0, j), h, bold=True)
    shade_cell(rl.cell(0, j), "FFD966")
for i, row in enumerate(racks, start=1):
    if row[1] is None:
        mc = rl.cell(i, 0).merge(rl.cell(i, 3))
        cell_text(mc, row[0], bold=True)
        shade_cell(mc, "1F3864")
        mc.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        continue
    for j, v in enumerate(row):
        cell_text(rl.cell(i, j), v)
    if row[2] == "Empty bay":
        for j in range(4):
            shade_cell(rl.cell(i, j), "E7E6E6")
set_cell_width(rl, [1.4, 16.0, 3.6, 3.6])

# ------------------------------------------------------------------ PART 11
PART("PART 11 - SPECIMEN RACE CARD")
P("Race team: print one per athlete on card. Athletes fill in the boxes at the Pre-race Bike Check.")
rc = doc.add_table(rows=7, cols=2)
rc.style = "Table Grid"
card = [
    ("Athlete", "[Insert athlete's name]"),
    ("School", "[School name and borough]"),
    ("Mount Line Marshal", "[Name and role]"),
    ("Bays to work hardest on", "[List bay numbers from the Pre-race Bike Check, e.g. A4, C7]"),
    ("Bike leg project", "[One sentence: which pupils, what change, what baseline]"),
    ("Self-check bays", "A1 \u2610     B7 \u2610     (tick when you are satisfied)"),
    ("Signed", "Athlete ____________   Rack Marshal ____________   Date ________"),
]
for i, (k, v) in enumerate(card):
    cell_text(rc.cell(i, 0), k, bold=True)
    shade_cell(rc.cell(i, 0), "FFF2CC")
    cell_text(rc.cell(i, 1), v, italic=v.startswith("["))
set_cell_width(rc, [5.0, 18.0])

doc.save(OUT)
print("wrote", OUT)
