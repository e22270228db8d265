"""mx-02-saxonbourne-spray-programme: build script.

Provider (invented): Saxonbourne Vineyard & Winery, near Elmsted, Kent, and its Wine-Growing School, with
Cantwell University's Faculty of Education (validating) and Medwell County Council (stakeholder). The course
is the Certificate in Special Educational Needs Coordination (National Award for SEN Coordination), Season
2009, sent to the TDA in November 2008.

Document kind: the vineyard's own SPRAY PROGRAMME AND APPLICATION RECORD (the spray diary every English
vineyard keeps for its plant-protection applications, and must keep for three years), used by the School as
its planning document. House vocabulary: participants are "Scouts" (crop scouts), the eight study days are
spray "Timings" T1-T8 each at a vine growth stage, the teaching on a day is its "Products", tutors are
"Operators", the course leader is the "Programme Agronomist", the three marked assignments are "Crop Walks"
CW1-CW3 (CW3 includes "the Walk", a professional discussion), the unmarked between-day sheets are "Scouting
Sheets", the school mentor is the "Block Steward", the steering group is the "Growers' Liaison Group", the
needs analysis is the "Soil Test", the resources section is "The Store", evaluation of impact is "Residue
testing", the award is "signing off".

Layout: no heading styles. A title block table with merged and shaded cells and placeholders ("[CPH
number]", "[BASIS no. to be added]"). Part titles are bold capitals in grey-shaded Normal paragraphs; Part B
is twenty numbered Programme Notes (with a 5a and a 14a squeezed in) with bold run-in titles. Note 6 ("READ BEFORE USE") keys the Target
Sheet's "Control" values ("CW1/CW2/CW3", "Protectant only", "Curative (CWn)", "Not targeted") two pages
above it. A landscape section holds Part C (the Timings table, T1-T8 with growth stages and "Products"),
Part D (the Target Sheet: the outcomes in the School's own words, typed numbers, no national codes) and
Part E (the Application Record, a dated diary with last season's pilot entries). Header, and a footer with
a PAGE field. Three Word comments. Tracked changes: a whole Target Sheet row deleted, a whole sentence
inserted in Note 13. A sign-off declaration with blank signature lines.

Traps (requirement ids):
- E.2: "60: 40 at Level 7 and 20 at Level 6", so not wholly masters level (partial).
- 1.3: only "current thinking", reviewed each winter; no research or inspection evidence named (partial).
- 1.7 and 6.S8: parents appear only as "keeping parents informed" at T6, and the target is "Protectant
  only" (both partial).
- 2.2: the Soil Test is used only to group Scouts and weight the day, no individual plan or personalised
  outcomes (partial).
- 2.5: "the School does not advise on it" (not met).
- 3.2: one start, fixed order; the pilot's T4 late start "has not been repeated" (partial).
- 3.3: "There is no online element"; the pilot's forum in Part E is a past arrangement, closed (n/a).
- 3.1: the provider's own DDA duties, disclosure, adjustments in assessment (met); note the DDA named here
  is the provider's duty, not course content (see 6.K3).
- 4.1: "We have not surveyed schools"; needs known only in general (partial). 4.2: the Liaison Group's June
  2008 requests changed T1 and T5 (met). 4.3: the Group reviews the evaluation; a parent member is a tracked
  insertion, which stands (met).
- 5.4: Operators' NPTC PA1/PA6 and the Agronomist's BASIS certificate are the wrong qualifications; SEN
  staff only "drawn from" the University and schools; a comment asks to add SEN qualifications (partial).
- 5.6: a room with a projector, Scouts' own laptops, a shelf of books (partial).
- 5.8: marked by the Operator who taught it, only fails second-marked, external examiner a placeholder; the
  pilot's full second marking is past (partial).
- 6.0: signed off on passing three Crop Walks and attendance; a comment asking whether every target should
  be controlled is not part of the submission (partial). 1.9 partial.
- 1.5 and 6.S7 met (T6 "Voices", assessed in CW2). 6.S9's CW2 wording is knowledge of agencies (6.K9), not
  partnership working.
- 5.3 met (school confirms disclosure number, List 99, checked by the Agronomist; new disclosure if out of
  school three months). 5.5 met (two days in a named specialist setting). 5.9 met (Soil Test repeated,
  baseline and follow-up pupil measures in CW3, Residue Report). 2.1 met (APCL and APEL). 2.3 met.
- Outcomes: 6.K3 only in a deleted Target Sheet row (not met; T1 names no disability law, and the DDA in
  Note 11 is the provider's own duty, the right words about the wrong thing); 6.S2c is silently missing from the Target
  Sheet and the Timings (not met); 6.S9 "Not targeted", left to the county's Team Around the Child training
  (another provider, not met); 6.K7 "Curative (CW3)": assessed, not taught (partial); 6.A2 and 6.S2d
  "Protectant only" (taught, not assessed, partial), with a comment on 6.S2d claiming CW2 checks it.
"""
from pathlib import Path
import sys

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
from _mx_helpers import (run, ins, dele, inserted_paragraph, delete_row, shade, shade_par, cell_text,
                         set_col_widths, repeat_header, page_field, word_count, comment)

HERE = Path(__file__).parent
NAME = "mx-02-saxonbourne-spray-programme"
GREEN = "2F4F2F"
GREY = "D9D9D9"
PALE = "EEF2E6"
RA = "Ruth Ashdown"
MO = "Martin Okafor"
D1 = "2008-11-06T09:30:00Z"
D2 = "2008-11-13T15:05:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(4)

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin = sec.bottom_margin = Cm(1.8)
run(sec.header.paragraphs[0], "SAXONBOURNE WINE-GROWING SCHOOL", bold=True, size=8, color=GREEN)
fp = sec.footer.paragraphs[0]
run(fp, "Saxonbourne Vineyard & Winery · Spray Programme 2009 · Keep this record for at least three years · "
        "Page ", size=7.5)
page_field(fp, size=7.5)


def P(text="", bold=False, italic=False, size=None, indent=None, after=None):
    p = doc.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def PART(text):
    p = doc.add_paragraph()
    run(p, text, bold=True, size=11)
    shade_par(p, GREY)
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(6)
    return p


def NOTE(num, title, text):
    p = doc.add_paragraph()
    run(p, f"Note {num}. {title}. ", bold=True)
    r = run(p, text)
    return p, r


# ------------------------------------------------------------------ title block
tb = doc.add_table(rows=0, cols=4)
tb.style = "Table Grid"
tb.alignment = WD_TABLE_ALIGNMENT.CENTER


def full_row(text, fill, color="FFFFFF", size=12, bold=True):
    r = tb.add_row()
    m = r.cells[0].merge(r.cells[3])
    cell_text(m, text, bold=bold, size=size, color=color)
    shade(m, fill)
    return m


full_row("SAXONBOURNE VINEYARD & WINERY · WINE-GROWING SCHOOL", GREEN, size=13)
full_row("SPRAY PROGRAMME AND APPLICATION RECORD · SEASON 2009", GREEN, size=11)
pairs = [
    ("Holding", "Saxonbourne Vineyard, Elmsted Road, Saxonbourne, Kent", "CPH no.", "[CPH number]"),
    ("Crop", "Certificate in Special Educational Needs Coordination (National Award for SEN Coordination)",
     "Season", "January to November 2009"),
    ("Validated by", "Cantwell University, Faculty of Education", "Credits", "60: 40 at Level 7 and 20 at Level 6"),
    ("Programme written by", "Ruth Ashdown, Programme Agronomist", "BASIS reg. no.", "[BASIS no. to be added]"),
    ("Scouts this season", "16 (pilot season 2008: 9)", "Fee", "£1,080 (Medwell schools: £540)"),
    ("Sent to", "TDA approval panel, with our application", "Date", "14 November 2008"),
]
for a, b, c, d in pairs:
    r = tb.add_row()
    for i, (v, lab) in enumerate(((a, True), (b, False), (c, True), (d, False))):
        cell_text(r.cells[i], v, bold=lab, size=9)
        if lab:
            shade(r.cells[i], PALE)
set_col_widths(tb, [Cm(3.2), Cm(7.2), Cm(2.6), Cm(4.0)])
P()

# ------------------------------------------------------------------ part A
PART("PART A · HOW THIS PROGRAMME IS SET OUT")
P("Every block at Saxonbourne has a spray programme written before the season and a record kept as the "
  "season goes: what was applied, where, when, by whom, and why. The Wine-Growing School plans its courses "
  "the same way, and this is the programme for our course for new SENCOs, the Certificate in Special "
  "Educational Needs Coordination, which Cantwell University validates and awards and which leads to the "
  "National Award for SEN Coordination. Part B gives the Programme Notes, Part C the eight Timings, Part D "
  "the Target Sheet, Part E the Application Record, Part F the Store, and Part G the sign-off. Last season's "
  "pilot entries are still in the Application Record, because we keep every record for three years.")

# ------------------------------------------------------------------ part B
PART("PART B · PROGRAMME NOTES")
NOTE(1, "The holding", "The Wine-Growing School has trained vineyard workers, winemakers and teachers on the "
     "holding since 1997. It runs the Foundation Degree in Viticulture with Cantwell University and, since "
     "2004, outdoor-learning days for Medwell special schools. The SENCO course was piloted in 2008 as a single "
     "20-credit module with nine Scouts; Season 2009 is the first full Certificate.")
NOTE(2, "The crop", "The course has one purpose: that pupils with special educational needs and disabilities "
     "in our Scouts' schools achieve more, and are healthier, safer and happier for it, in all five Every "
     "Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive "
     "contribution and achieving economic well-being), not only in test results. Every Timing ends with a "
     "school task aimed at one of those outcomes, and in Crop Walk 3 each Scout reports the effect of their "
     "enquiry on the pupils' attainment and on one well-being outcome they choose. Our Operators keep the "
     "Products in this programme up to date with current thinking in special educational needs, and we "
     "review them every winter.")
NOTE(3, "Who may join", "A Scout must be a qualified teacher in a school, and must be its SENCO or be named "
     "by the head to become SENCO in the coming year, with the head's written agreement. Before a place is "
     "confirmed the Programme Agronomist visits or telephones the head and the applicant and checks, against "
     "the Target Sheet, that the applicant has the experience to reach every target by the end of the "
     "season. An applicant who has not yet got it is told in writing what to do first, the head is told too, "
     "and the place is held for the following season.")
p4, r4 = NOTE(4, "Operators", "Timings are applied by Operators drawn from Cantwell University's Faculty of "
              "Education and from local schools, including serving SENCOs. Every Operator on the holding holds "
              "the NPTC PA1 and PA6 certificates, as the law requires of anyone who applies pesticides at "
              "Saxonbourne, and is on the National Register of Sprayer Operators. The Programme Agronomist, "
              "Ruth Ashdown, has run the Wine-Growing School since 2002 and holds the BASIS Certificate in "
              "Crop Protection.")
comment(doc, r4, "Add Operators' SEN qualifications here? Martin to send list.", RA, "RA", D1)
NOTE(5, "Scouts' time", "Each Timing is one full day at the School, 9.15 to 3.45. Between Timings each Scout "
     "completes a Scouting Sheet on the school task and sends it to the Operator, who returns it with "
     "written comments within ten days. Scouting Sheets are not marked.")

NOTE("5a", "Weather", "If a Timing has to be cancelled, for snow or for any other reason, it is re-run "
     "within three weeks on the same weekday, and the Crop Walk date moves with it. Scouts are told by "
     "telephone and text message by 7.00 on the morning.")
p6 = P()
run(p6, "Note 6. READ BEFORE USE: the Target Sheet. ", bold=True)
run(p6, "The Target Sheet (Part D) lists every target a Scout must be able to control by the end of the "
        "season. Its Timing column gives the Timing at which the target is sprayed, that is, taught. Its "
        "Control column says how the target is checked:")
for k, v in [
    ("CW1, CW2 or CW3", "controlled: the target is looked for and marked at that Crop Walk."),
    ("Protectant only", "sprayed at the Timing shown, but not looked for at any Crop Walk, so not marked."),
    ("Curative (CWn)", "no Timing sprays it; it is looked for and marked at the Crop Walk shown."),
    ("Not targeted", "not in this season's programme."),
]:
    q = P(indent=1.0, after=2)
    run(q, k, bold=True)
    run(q, " – " + v)

NOTE(7, "Soil Test", "Before T1 every Scout completes the Soil Test, a questionnaire on their experience and "
     "confidence against each target on the Target Sheet. The results tell the Operators where the group is "
     "strong and where it is weak. We use them to set the groups for the Timing workshops and to decide which "
     "targets need longest on the day.")
NOTE(8, "Credit for earlier growth", "Cantwell University's Recognition of Prior Learning procedure applies. "
     "A Scout may claim up to 20 credits, either for masters-level study already certificated (APCL) or for "
     "experience, by a portfolio that maps the experience to the targets of the Timings concerned (APEL). Two "
     "Operators assess the portfolio and the University's RPL panel approves the claim; the Scout is then "
     "excused those Timings and their Crop Walk.")
NOTE(9, "Direct to Crop Walk", "In exceptional cases, for example a teacher from the county's SEN support "
     "services or an experienced SENCO new to a Medwell school, a candidate may ask to go straight to the "
     "Crop Walks without the Timings. The Programme Agronomist interviews the candidate and looks at their "
     "evidence; if the University agrees, the candidate submits all three Crop Walks and takes the Walk, and "
     "is assessed in the same way as any Scout. The fee is £450.")
NOTE(10, "Timings and changes", "There is one start each season, at T1 in January, and the Timings run in "
     "the order given in Part C, each on a weekday at the School. The course is part time. A Scout who misses "
     "a Timing takes it with the following season's group and is given an extension for the Crop Walk. In the "
     "2008 pilot two Scouts joined at T4; the late start has not been repeated, because the T4 group work "
     "depends on the earlier Timings. There is no online element: the programme is taught on the holding and "
     "Crop Walks are handed in on paper.")
NOTE(11, "Access", "Saxonbourne and Cantwell University meet their duties under the Disability "
     "Discrimination Act 1995 as amended in 2005, the Race Relations (Amendment) Act 2000 and the Equality Act "
     "2006. The application form invites applicants to tell us of any disability or other need, and says why "
     "we ask. The Programme Agronomist then agrees adjustments with the Scout before T1: handouts in advance "
     "or in large print, a note-taker, rest breaks, and extra time or another format for a Crop Walk, agreed "
     "with the University's Disability Adviser. The School is on one level, with an accessible toilet and "
     "parking by the door, and the prospectus is available in large print and on audio CD. Places are decided "
     "on the entry requirements in Note 3 and nothing else.")
NOTE(12, "Block Stewards and Operators", "Each Scout has a Block Steward, an experienced colleague in their "
     "school, often the head or a deputy. Stewards come to a two-hour briefing at the School in December and "
     "receive the Steward's Handbook, which sets out what they do at each Timing and Crop Walk; they observe "
     "the Scout at least twice in the season, sign the Scouting Sheets and sit in on the Walk at CW3. Operators "
     "meet for a half day before the season to go through this programme, the Crop Walk criteria and the "
     "marking scheme, and a new Operator shadows an experienced one for a season before teaching a Timing.")
p13, _ = NOTE(13, "Neighbours", "We have not surveyed schools. We know from our Scouts, from the pilot and "
              "from the schools we work with what new SENCOs need, and the programme reflects it. The Growers' "
              "Liaison Group is our link with our neighbours: Medwell's Head of SEN, two headteachers, a SENCO "
              "and a Scout from the pilot. In June 2008 the Group asked for the law to come first and for a "
              "whole day on provision mapping; T1 now opens the season with the law and T5 is a full day on "
              "mapping. The Group meets each term. In the autumn it reads the Scouts' evaluations of every "
              "Timing, the end-of-season survey of Scouts and their heads, the Residue Report and the external "
              "examiner's report, and agrees what changes for the next season. Its members speak at Timings "
              "and two of its schools host Scouts.")
ins(p13, " A parent member, nominated by the Medwell Parent Partnership Service, joined the Group in "
         "October 2008.", MO, D1)
NOTE(14, "Crop Walks", "There are three marked Crop Walks. CW1 (March, 20 credits at Level 6): a 3,000-word "
     "review of the Scout's school's SEN policy and practice against the SEN law and Code of Practice and the "
     "five Every Child Matters outcomes taught at T1. CW2 (July, 20 credits at Level 7): a 5,000-word Pupil "
     "File on one pupil, covering how the pupil's needs were identified and what kind of need it is; the "
     "pupil's development; the other professionals' assessments and how the Scout used them; which outside "
     "agencies could help the pupil, what each could offer and how to get it; targets, interventions and review; tracking against "
     "summative data, national tests included, and how the programme was changed; a critical account of the "
     "approaches, strategies and resources, ICT among them, chosen, and the research evidence and advice "
     "behind them; the relationship the Scout built with the pupil and their family; and how the pupil took "
     "part in planning and reviewing their own provision. CW3 (November, 20 credits at Level 7): a 5,000-word "
     "school-based enquiry in which the Scout leads a change in provision in their own school, using a "
     "provision map to find what is missing or not working, deploying and developing staff, advising the "
     "head and governors, setting the change in the school's self-evaluation and improvement plan, and "
     "reviewing with colleagues how well the provision worked; the enquiry reports how the Scout planned "
     "their time, delegated and dealt with the problems that arose, and includes their CPD log for the "
     "season. CW3 ends with the Walk, a 30-minute professional discussion of the enquiry with an Operator and "
     "the Block Steward.")
NOTE("14a", "Marking", "Each Crop Walk is marked by the Operator who taught the Timings it covers. Fails are "
     "second-marked by the Programme Agronomist. The University appoints the external examiner: [name of "
     "external examiner to be confirmed].")
p15, r15 = NOTE(15, "Signing off", "A Scout is signed off, and the University awards the Certificate, when "
                "they have passed all three Crop Walks and attended seven of the eight Timings.")
comment(doc, r15, "Cantwell asks whether sign-off should say every target on the Target Sheet must be "
                  "controlled.", MO, "MO", D2)
NOTE(16, "Residue testing", "At the end of the season each Scout takes the Soil Test again and rates their "
     "confidence against every target; the Liaison Group sees the change for the whole group. CW3 requires a "
     "baseline measure of the pupils' attainment and of one well-being outcome before the enquiry, and the "
     "same measures after at least a term. Each season we add these up across the group, by target and by "
     "kind of need, in the Residue Report, which goes to the Liaison Group and to the University, and we ask "
     "each head a year later what has changed for the pupils. Inside the School, Scouts complete an "
     "evaluation slip after every Timing and the Operators debrief on the same day; outside it, Cantwell's "
     "annual programme monitoring and the external examiner's report look at the course each year. Every "
     "change made as a result is entered in the Application Record with its reason.")
NOTE(17, "Operator and bystander safety", "Before T1 the head of each Scout's school confirms in writing, "
     "on our form SX3, the date and number of the Scout's enhanced CRB disclosure, that the Scout has been "
     "checked against List 99, and that there are no outstanding disciplinary concerns. The Programme "
     "Agronomist checks every form before the Scout's place is confirmed. A Scout who has not worked in a "
     "school in the last three months obtains a new enhanced disclosure through the University before T1.")
NOTE(18, "Demonstration plots and visiting specialists", "Between T3 and T6 each Scout spends two days in a "
     "specialist setting chosen with the Programme Agronomist from our host schools: Elmsted Special School "
     "(moderate and complex learning difficulties), the Brook Centre for pupils with autism at Saxonbourne "
     "Primary, and Medwell's speech and language unit at St Aidan's. An educational psychologist, a speech "
     "and language therapist and Medwell's Sensory Support Service each lead part of a Timing.")
NOTE(19, "Tailoring and cost", "After each Timing a Scout chooses, with their Block Steward, one of three "
     "school tasks, matched to the school's phase and to what the school most needs. Medwell pays half the "
     "fee for its schools, and the 60 credits count towards Cantwell's MA in Education.")
NOTE(20, "After the season", "The programme ends with the Walk. What a Scout does next is for the Scout and "
     "their head to agree at performance management; the School does not advise on it.")

# ------------------------------------------------------------------ landscape section
new = doc.add_section(WD_SECTION.NEW_PAGE)
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = Cm(29.7), Cm(21.0)
new.left_margin = new.right_margin = Cm(1.8)

PART("PART C · THE TIMINGS")
tc = doc.add_table(rows=1, cols=6)
tc.style = "Table Grid"
for c, h in zip(tc.rows[0].cells, ("Timing", "Month", "Vine stage", "Target area", "Products (what is taught)",
                                    "Operator")):
    cell_text(c, h, bold=True, color="FFFFFF", size=9)
    shade(c, GREEN)
repeat_header(tc.rows[0])
timings = [
    ("T1", "January", "Dormant (E-L 1)", "The law and the SENCO",
     "The SEN Code of Practice 2001 and the Education Act 1996; the Education (Special Educational Needs "
     "Co-ordinators) (England) Regulations 2008; Removing Barriers to Achievement (2004); Every Child Matters, "
     "its five outcomes, and the Children Act 2004; Medwell's SEN policy and funding; what each means "
     "for the school, the SENCO and others, and how to put it into practice.", "R. Ashdown, M. Okafor"),
    ("T2", "March", "Budburst (E-L 4)", "Knowing the learner (1)",
     "How children develop, and how special educational needs, disability and the physical and social "
     "setting affect development; behavioural, emotional and social difficulties; specific learning "
     "difficulties, dyslexia among them.", "J. Harker"),
    ("T3", "April", "Shoots 10 cm (E-L 12)", "Knowing the learner (2)",
     "Speech, language and communication needs; autistic spectrum disorders; moderate learning difficulties; "
     "what each means for learning. The agencies around a school, statutory and voluntary: what each does and "
     "how to get specialist support and resources from it.", "J. Harker, visiting therapist"),
    ("T4", "May", "Flowering begins (E-L 19)", "Finding and tracking",
     "Identifying pupils who may have SEN from observation, data and assessment; setting challenging targets; "
     "planning interventions; reviewing progress. Using assessments from psychologists, therapists and "
     "advisory teachers. Tracking with summative assessment and national tests, and changing programmes. "
     "Access arrangements for national tests and examinations.", "M. Okafor, educational psychologist"),
    ("T5", "June", "Full bloom (E-L 23)", "Mapping provision",
     "Provision mapping and management; finding ineffective or missing provision. Approaches, strategies and "
     "resources for assessment, planning and teaching, ICT among them, examined critically. Weighing the "
     "evidence on what works, and using research and outside advice to improve practice.", "R. Ashdown"),
    ("T6", "July", "Fruit set (E-L 27)", "Voices",
     "Listening to pupils: ways of consulting pupils about their provision and about school life, including "
     "pupils with communication difficulties, and involving them in planning, agreeing and reviewing their "
     "provision. Building fair, trusting relationships with pupils and families. Keeping parents informed: "
     "letters home and the annual review invitation.", "J. Harker"),
    ("T7", "September", "Veraison (E-L 35)", "Leading colleagues",
     "Deploying and managing teaching assistants; observation and feedback, modelling, coaching and training "
     "for colleagues; advising the head and governors on an inclusive ethos, policy, priorities and resources; "
     "bringing the head, senior leaders and colleagues on board; priorities, time and delegation; anticipating "
     "and resolving problems and making sound decisions; working with SENCOs in other schools through the "
     "Medwell cluster groups.", "M. Okafor"),
    ("T8", "October", "Harvest (E-L 38)", "Review and report",
     "Reviewing with other staff how well provision works, to inform the school's self-evaluation; writing and "
     "presenting for heads, governors and parents; keeping up to date in SEN and disability through reading "
     "and networks, and keeping a CPD log.", "R. Ashdown"),
]
for row in timings:
    cells = tc.add_row().cells
    for c, v in zip(cells, row):
        cell_text(c, v, size=8.5)
set_col_widths(tc, [Cm(1.4), Cm(1.9), Cm(3.0), Cm(3.3), Cm(13.5), Cm(3.0)])
P("Crop Walks: CW1 after T1 (March); CW2 after T6 (July); CW3 and the Walk after T8 (November). See Note 14.",
  italic=True, size=8.5)

PART("PART D · TARGET SHEET")
P("Read with Note 6.", italic=True, size=8.5)
td = doc.add_table(rows=1, cols=4)
td.style = "Table Grid"
for c, h in zip(td.rows[0].cells, ("No.", "Target: what the Scout can do (our words)", "Timing", "Control")):
    cell_text(c, h, bold=True, color="FFFFFF", size=9)
    shade(c, GREEN)
repeat_header(td.rows[0])
targets = [
    ("Attributes", None),
    ("1", "Builds fair, trusting and constructive relationships with pupils with SEN or disabilities and with "
          "their families", "T6", "CW2"),
    ("2", "Brings the head, senior leaders and colleagues on board for pupils with SEN", "T7", "Protectant only"),
    ("3", "Sets priorities, manages own time, delegates and checks that delegated work is done", "T7", "CW3"),
    ("4", "Spots problems early, resolves them, and makes sound decisions about provision", "T7", "CW3"),
    ("5", "Speaks and writes clearly, and listens to and understands others' views", "T8", "CW3"),
    ("6", "Uses research and outside advice to improve own and colleagues' practice", "T5", "CW2"),
    ("7", "Keeps up to date and takes charge of own CPD in SEN and disability", "T8", "CW3"),
    ("Knowledge and understanding", None),
    ("8", "SEN law and guidance and the Code of Practice: what they mean for the school, the SENCO and others, "
          "and how to apply them", "T1", "CW1"),
    ("9", "Every Child Matters: the five outcomes and the SENCO's part in them", "T1", "CW1"),
    ("10", "Disability equality law and what it requires of the school", "T1", "CW1"),
    ("11", "How children develop, and how SEN, disability and their surroundings affect development", "T2",
     "CW2"),
    ("12", "The common kinds of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they affect "
           "learning", "T2, T3", "CW2"),
    ("13", "A critical understanding of approaches, strategies and resources for assessment, planning and "
           "teaching, ICT included", "T5", "CW2"),
    ("14", "The principles of school self-evaluation and improvement, and SEN outcomes within them", "–",
     "Curative (CW3)"),
    ("15", "Best practice and research findings on meeting SEN", "T5", "CW2"),
    ("16", "The scope and role of outside agencies and how to get specialist support and resources", "T3", "CW2"),
    ("Skills", None),
    ("17", "With the head and governors, shapes an inclusive ethos, policy, priorities and the use of resources",
     "T7", "CW3"),
    ("18", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews "
           "progress", "T4", "CW2"),
    ("19", "Uses other professionals' assessments to plan teaching", "T4", "CW2"),
    ("20", "Uses summative assessment and national tests to track progress and change programmes", "T4", "CW2"),
    ("21", "Puts access arrangements for national tests and examinations in place in good time", "T4",
     "Protectant only"),
    ("22", "Maps and manages provision and finds what is ineffective or missing", "T5", "CW3"),
    ("23", "Deploys and manages staff, teaching assistants above all", "T7", "CW3"),
    ("24", "Supports colleagues' development: observation and feedback, modelling, coaching, training", "T7",
     "CW3"),
    ("25", "Reviews with other staff how well provision works, to inform the school's self-evaluation", "T8",
     "CW3"),
    ("26", "Involves pupils in planning, agreeing and reviewing their own provision", "T6", "CW2"),
    ("27", "Works with parents and carers to support their children's learning and development", "T6",
     "Protectant only"),
    ("28", "Works with other services and agencies, voluntary ones included, so that support is joined up", "–",
     "Not targeted (covered by Medwell's own Team Around the Child training, which most Scouts have had)"),
]
trow = {}
for item in targets:
    if item[1] is None:
        r = td.add_row()
        m = r.cells[0].merge(r.cells[3])
        cell_text(m, item[0].upper(), bold=True, size=8.5)
        shade(m, PALE)
        continue
    num, words, timing, control = item
    r = td.add_row()
    trow[num] = r
    for c, v in zip(r.cells, (num, words, timing, control)):
        cell_text(c, v, size=8.5)
delete_row(trow["10"], RA, D2)
comment(doc, trow["21"].cells[3].paragraphs[0].runs[0], "We do look at access arrangements in the Pupil File "
        "- change to CW2?", RA, "RA", D2)
set_col_widths(td, [Cm(1.1), Cm(15.0), Cm(2.2), Cm(7.8)])

PART("PART E · APPLICATION RECORD")
P("Entries are made on the day by the Operator responsible. Pilot entries (Season 2008) are kept for three "
  "years.", italic=True, size=8.5)
te = doc.add_table(rows=1, cols=6)
te.style = "Table Grid"
for c, h in zip(te.rows[0].cells, ("Date", "Timing or operation", "Where", "Operator", "Conditions",
                                    "Notes")):
    cell_text(c, h, bold=True, color="FFFFFF", size=9)
    shade(c, GREEN)
repeat_header(te.rows[0])
diary = [
    ("SEASON 2008 (PILOT: ONE 20-CREDIT MODULE, NINE SCOUTS)", None),
    ("16.01.08", "T1 (pilot)", "Pump House", "R. Ashdown, M. Okafor", "Cold, dry. 9 of 9 present.",
     "Law and Code. Scouts asked for more on Every Child Matters."),
    ("06.02.08", "Forum opened (pilot)", "Cantwell Blackboard", "M. Okafor", "–",
     "Pilot Scouts given an online forum between Timings. Little used; closed at the end of the pilot and not "
     "continued."),
    ("12.03.08", "T2 (pilot)", "Pump House", "J. Harker", "Wet. 8 of 9 present.", "One Scout ill; caught up "
     "from the papers."),
    ("14.05.08", "T4 (pilot)", "Pump House", "M. Okafor", "Fine. 11 present.", "Two late-start Scouts joined. "
     "Group work hard for them; see Note 10."),
    ("11.06.08", "CW1 marked (pilot)", "–", "R. Ashdown", "–", "All nine scripts second-marked by Cantwell's "
     "link tutor, for the pilot only."),
    ("24.06.08", "Liaison Group", "Winery office", "R. Ashdown", "–", "Asked for the law first and a full day "
     "on provision mapping. Agreed for 2009."),
    ("30.06.08", "Residue check (pilot)", "–", "R. Ashdown", "–", "Soil Test repeated; confidence up on 19 of 26 "
     "targets."),
    ("SEASON 2009", None),
    ("20.10.08", "Prospectus sent", "–", "R. Ashdown", "–", "To all Medwell schools; large-print and audio "
     "CD copies sent to the four schools that asked."),
    ("28.10.08", "Steward's Handbook revised", "–", "M. Okafor", "–", "Observation record added; dates for "
     "Season 2009 put in."),
    ("03.11.08", "Applications closed", "–", "R. Ashdown", "–", "16 places offered; 2 applicants held to 2010 "
     "after the entry check (Note 3)."),
    ("10.11.08", "SX3 forms checked", "–", "R. Ashdown", "–", "14 of 16 received and checked; 2 chased."),
    ("13.11.08", "Operators' half day", "Pump House", "All", "–", "Criteria and marking scheme for CW1-CW3 "
     "agreed."),
]
for item in diary:
    if item[1] is None:
        r = te.add_row()
        m = r.cells[0].merge(r.cells[5])
        cell_text(m, item[0], bold=True, size=8.5)
        shade(m, PALE)
        continue
    cells = te.add_row().cells
    for c, v in zip(cells, item):
        cell_text(c, v, size=8.5)
set_col_widths(te, [Cm(1.9), Cm(3.6), Cm(3.0), Cm(3.2), Cm(3.5), Cm(10.9)])
P("Record continues on the holding copy.", italic=True, size=8.5)

# ------------------------------------------------------------------ back to portrait
back = doc.add_section(WD_SECTION.NEW_PAGE)
back.orientation = WD_ORIENT.PORTRAIT
back.page_width, back.page_height = Cm(21.0), Cm(29.7)
back.left_margin = back.right_margin = Cm(2.0)

PART("PART F · THE STORE")
P("Timings are held in the Pump House, which seats twenty and has a projector, a whiteboard and wireless "
  "internet. Scouts bring their own laptop. The School's library has a shelf of books on special educational "
  "needs, and Scouts may use Cantwell's library with a reader's card. Tea, coffee and lunch are provided, and "
  "Scouts may buy wine at trade price on Timing days.")
PART("PART G · SIGN-OFF")
P("I confirm that this programme meets the requirements of the TDA specification for the National Award for "
  "SEN Coordination and that the records above are true.")
sg = doc.add_table(rows=3, cols=2)
sg.style = "Table Grid"
for r, (a, b) in zip(sg.rows, (("Signed (Programme Agronomist)", "..............................................."),
                               ("Signed (for Cantwell University)", "[signature]"),
                               ("Date", "[date]"))):
    cell_text(r.cells[0], a, bold=True, size=9)
    shade(r.cells[0], PALE)
    cell_text(r.cells[1], b, size=9)
set_col_widths(sg, [Cm(6), Cm(10)])

out = HERE / f"{NAME}.docx"
doc.save(out)
print(out.name, "words:", word_count(out))
