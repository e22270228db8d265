"""ms-02-carrowmouth-parcel-report: build the .docx next to this script.

Provider (invented): the Old Assay House School of Jewellery of the Carrowmouth
Assay Office Heritage Trust, which shares its building with the Trust's
Carrowmouth Gem Testing Laboratory, with Tamarbridge University (School of
Education and Lifelong Learning), which validates the award, and Carrowmouth
Borough Council's Learning Support Service. Dated 20 February 2009, first
cohort ("parcel") from September 2009.

Document kind: the course written up as a gem laboratory's REPORT OF
EXAMINATION of a parcel of coloured stones, on the Laboratory's report form
LR-4, because (a shaded note says) the School's tutors write up every new course
the way the Laboratory reports a parcel. House vocabulary: the course is "the
parcel"; participants "Setters"; study days "Setting Days" SD1-SD8; the online
units "the Virtual Loupe" VL1-VL4; tutors "Graders" and the programme leader the
"Senior Grader"; moderation "cross-grading"; the external examiner "the
Referee"; the exam board "the Certification Committee"; the starting audit
"Rough Assessment"; the individual training plan "the Cutting Plan"; the three
marked assignments "Certificates" C1-C3; formative pieces "Loupe Notes"
LN1-LN3; mentors "Bench Mentors"; placements "the Visiting Bench"; stakeholder
evidence "Provenance"; the end-of-course target setting "the Next Facet"; the
national outcomes "stones" S01-S29 in the "Parcel Register".

Layout: Heading 1 / Heading 2 styles whose text carries the report's own
numbers ("5.3 Identity checks", "7.3 Reference collection and instruments");
a shaded title-block table of report fields with a "[Grader's initials]"
placeholder; a Terms table; the key to the Register's "Grade" column
("Certified C1/C2/C3", "Loupe Note only", "Ungraded", "Not in parcel") in
section 3, far above the Parcel Register in section 8; a Setting Days table
whose Term column is merged vertically; a "What we heard / What we changed"
table; a Graders table; the Register with merged, shaded group rows; five real
Word footnotes (one carries an arrangement that changes a verdict); three Word
comments; a "[Referee to be named by the University]" placeholder; header with
the report number and PAGE / NUMPAGES fields; footer with the Laboratory's
disclaimer; a "Limitations of this report" section of standard conditions.

Traps (requirement ids):
- Stone numbers S01-S29 collide with outcome ids: S05 is communication (6.A5),
  S16 external agencies (6.K9), S20 summative tracking (6.S2b) and so on; only
  the descriptions map them.
- Prior learning: "The parcel does not accredit prior learning or experience";
  the University's APL regulations "apply to its other programmes" (another
  programme's arrangement) (2.1 not_met).
- Compensating award rule: Certificates that "average 50 per cent or more",
  none below 35 per cent, with seven of eight Setting Days (6.0 not_met); the
  summary's "every stone is set and graded" is a blanket claim the Register
  contradicts.
- Resources: the Laboratory's gem reference collection and instruments (right
  words, wrong thing); "The School has no SEN teaching collection of its own";
  University library access "is being negotiated" (5.6 not_met).
- 6.A7 "Not in parcel" (not_met).
- Virtual Loupe: peer discussion boards, but "Graders do not answer questions
  on the discussion boards" and questions wait for the next Setting Day
  (3.3 partially_met).
- Access: a listed building, ground floor only, adjustments "for disabled
  Setters who ask for them" in general terms (3.1 partially_met).
- Reading lists are the "standard texts" (1978, 2001, 2004); recent research and
  inspection findings only to be added later (1.3 partially_met).
- Parents only "kept informed" on SD6 and in S28 (right words about a narrower
  thing) (1.7 partially_met, 6.S8 partially_met).
- Cross-grading is internal; the Referee is a placeholder, appointed "in due
  course" (5.8 partially_met).
- Register: "Loupe Note only" (formative, ungraded) for S03 (6.A3) and S20
  (6.S2b); "Ungraded" for S06 (6.A6) and S14 (6.K7); S15 (6.K8) "Certified C3"
  but footnote 4 says it is graded only in C3's research option (each
  partially_met); 1.9 partially_met.
- A comment on S24 says the C2 brief no longer asks for the deployment plan;
  comments are not part of the submission and the body's C2 brief still does
  (6.S4 met).
- Met from concrete arrangements: E.1, E.2, 1.1, 1.2, 1.4-1.6, 1.8, 2.2-2.5
  (Direct Certification with its fee in a footnote; the Next Facet sheet), 3.2,
  4.1-4.3 (Parcel Review with the Council, heads and the Parent Carers' Forum),
  5.1-5.5, 5.7, 5.9 (pupil baselines in C3).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _ms_helpers import (new_doc, P, table, merge, shade_cell, cell_text, comment, Footnotes, field)
from docx.shared import Pt, Cm, RGBColor

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
TEAL = "DCE6E4"
PALE = "F3F6F5"
KB = "Keziah Bray"

doc = new_doc(font="Calibri", size=10.5, margins=2.2)
for name, size in (("Heading 1", 13), ("Heading 2", 11)):
    st = doc.styles[name]
    st.font.name = "Calibri"
    st.font.size = Pt(size)
    st.font.color.rgb = RGBColor(0x1F, 0x4E, 0x4A)
fns = Footnotes(doc)

# ---------------- header / footer ----------------
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
r = hp.add_run("CARROWMOUTH GEM TESTING LABORATORY \u00b7 Report of Examination CGL/P/09/017 \u00b7 Page ")
r.font.size = Pt(8)
field(hp, "PAGE")
r = hp.add_run(" of ")
r.font.size = Pt(8)
field(hp, "NUMPAGES", "9")
fp = sec.footer.paragraphs[0]
r = fp.add_run("This report relates only to the parcel described in it. It is not a valuation and is not a "
               "guarantee. \u00a9 Carrowmouth Assay Office Heritage Trust, The Old Assay House, Quay Street, "
               "Carrowmouth.")
r.font.size = Pt(7.5)


def H1(t):
    return P(doc, t, style="Heading 1")


def H2(t):
    return P(doc, t, style="Heading 2")


def para(parts, **kw):
    kw.setdefault("align", "j")
    return P(doc, parts, **kw)


# ---------------- title block ----------------
P(doc, [("CARROWMOUTH GEM TESTING LABORATORY", {"b": True, "size": 12, "color": "1F4E4A"})], after=0)
t0p = P(doc, [("REPORT OF EXAMINATION \u2013 PARCEL", {"b": True, "size": 18})], after=6)
fns.add(t0p, "The Laboratory's report form LR-4, used for parcels of coloured stones since 1994.")
block = [
    ("Report number", "CGL/P/09/017"),
    ("Date of issue", "20 February 2009"),
    ("Client", "The Training and Development Agency for Schools: approval panel for the National Award for "
     "SEN Coordination"),
    ("Submitted by", "The Old Assay House School of Jewellery, Carrowmouth Assay Office Heritage Trust, with "
     "Tamarbridge University and Carrowmouth Borough Council"),
    ("Description of parcel", "One parcel: the National Award for SEN Coordination as the School and the "
     "University will teach it from September 2009. 29 stones."),
    ("Examined by", "[Grader's initials]"),
    ("Senior Grader", "Dr Ruth Penhale"),
]
tb = table(doc, [[k, v] for k, v in block], widths=[4.2, 12.4], head_bold=False, size=9.5)
for i in range(len(block)):
    cell_text(tb.cell(i, 0), [], fill=TEAL)
    tb.cell(i, 0).paragraphs[0].runs[0].bold = True

note = table(doc, [[{"paras": [
    [("Why a laboratory report?", {"b": True})],
    "The School has shared the Old Assay House with the Gem Testing Laboratory since 1987, and our tutors "
    "have always written up a new course the way the Laboratory reports a parcel: what was submitted, how it "
    "was examined, what each stone is, and where it came from. We have done the same for the panel. The words "
    "we use are explained in section 2, and the Grade column of the Parcel Register (section 8) is explained "
    "in section 3.",
]}]], widths=[16.6], head_bold=False, size=9.5)
shade_cell(note.cell(0, 0), PALE)

# ---------------- 1 Summary ----------------
H1("1 Summary of findings")
para("The parcel is a one-year, part-time course for teachers new to the role of special educational needs "
     "coordinator, taught by the School with Tamarbridge University and the Council's Learning Support "
     "Service. All 29 stones in the parcel have been identified, and every stone is set and graded before a "
     "Setter is certified.")
table(doc, [["Grade (see section 3)", "Stones"],
            ["Certified C1, C2 or C3", "24"],
            ["Loupe Note only", "2"],
            ["Ungraded", "2"],
            ["Not in parcel", "1"]], widths=[8, 3], head_fill=TEAL, size=9.5)

# ---------------- 2 Terms ----------------
H1("2 Terms used in this report")
terms = [
    ["Term", "Meaning in this report"],
    ["Parcel", "The course as a whole."],
    ["Stone", "One of the national minimum outcomes, numbered S01 to S29 in the Parcel Register."],
    ["Setter", "A teacher on the course. We call them Setters because they set what they learn into their "
     "own schools."],
    ["Setting Day", "One of eight taught days, SD1 to SD8."],
    ["Virtual Loupe", "The four online units, VL1 to VL4, on the University's Blackboard site."],
    ["Rough Assessment", "The audit each Setter makes against the stones before the course, with a Grader."],
    ["Cutting Plan", "The Setter's individual training plan, drawn up from the Rough Assessment."],
    ["Grader", "A tutor who teaches and grades. The Senior Grader leads the course."],
    ["Cross-grading", "Second grading of a Certificate by another Grader."],
    ["Referee", "The external examiner for the award, appointed by the University."],
    ["Certificate", "One of the three graded assignments, C1, C2 and C3."],
    ["Loupe Note", "A short piece a Grader reads and comments on without grading: LN1, LN2, LN3."],
    ["Bench Mentor", "An experienced SENCO who supports a Setter in school."],
    ["Visiting Bench", "Two days a Setter spends in a specialist setting."],
    ["Certification Committee", "The University's board of examiners for the award."],
]
table(doc, terms, widths=[4.2, 12.4], head_fill=TEAL, size=9.5)

# ---------------- 3 Methods ----------------
H1("3 Methods of examination and grading scale")
para("Each stone in the Parcel Register was examined for two things. The column headed \u201cCut on\u201d "
     "gives the Setting Days (SD) or Virtual Loupe units (VL) on which the stone is cut, that is, taught; a "
     "dash means it is cut on none of them. The column headed \u201cGrade\u201d gives how the stone is "
     "graded, on this scale:")
for lead, txt in [
    ("Certified C1, Certified C2, Certified C3: ", "graded in that Certificate against published criteria; "
     "the Setter's work on the stone is given a mark and counts towards the award."),
    ("Loupe Note only: ", "looked at in a Loupe Note. The Grader writes comments for the Setter but gives no "
     "grade, and the Loupe Note does not count towards the award."),
    ("Ungraded: ", "shown on a Setting Day but not examined in any piece of work."),
    ("Not in parcel: ", "the stone is not part of this parcel."),
]:
    P(doc, ["\u2022 ", (lead, {"b": True}), txt], indent=0.6, after=2, align="j")

# ---------------- 4 Description ----------------
H1("4 Description of the parcel")
H2("4.1 Purpose")
para("The parcel exists to raise the achievement and well-being of children and young people with special "
     "educational needs and disabilities in the Setters' schools: in their learning, and in being healthy, "
     "staying safe, enjoying and achieving, making a positive contribution and achieving economic "
     "well-being. Each Certificate asks the Setter to show a change for real pupils in one or more of these.")
H2("4.2 Accreditation")
para("Tamarbridge University validated the parcel on 4 February 2009 as its Postgraduate Certificate in "
     "Special Educational Needs Coordination (National Award for SEN Coordination): 60 credits at Level 7. "
     "The University registers the Setters, appoints the Referee and confers the award on the "
     "recommendation of its Certification Committee.")
H2("4.3 Setting Days and the Virtual Loupe")
para("Setting Days run from 9.30 to 4.00 in the ground-floor Hall of the Old Assay House. Between Setting "
     "Days each Setter carries out a school task and works through a Virtual Loupe unit. The reading for "
     "each Setting Day is drawn from the standard texts: the Warnock Report (1978), the SEN Code of Practice "
     "(2001) and Removing Barriers to Achievement (2004). The Graders will add recent research and "
     "inspection findings to the reading lists during the first parcel.")
sd = [
    ["Term", "Setting Day", "What is cut", "Between days"],
    ["Autumn 2009", "SD1 The Rough (19 Sep)", "What a SENCO is for: the 2008 SENCO regulations; Every Child "
     "Matters, its five outcomes and the SENCO's part in each; fair and respectful relationships with pupils "
     "and families.", "VL1 Finding your way. Task: list who does what for pupils with SEN in your school."],
    [None, "SD2 Law and Growth (10 Oct)", "The Education Act 1996, the SEN Code of Practice (2001), SENDA "
     "2001, the Disability Discrimination Act 1995 as amended in 2005 and the Disability Equality Duty; how "
     "children develop, and how SEN, disability and their surroundings affect that development.",
     "VL2 Law in practice: six case scenarios. Task: read your school's accessibility plan."],
    [None, "SD3 Seeing Inside (14 Nov)", "The common kinds of SEN (BESD, specific learning difficulties "
     "including dyslexia, SLCN, autism, MLD) and how each affects learning; identifying pupils who may have "
     "SEN; using assessments from educational psychologists, therapists and other professionals; setting "
     "targets, planning and reviewing interventions; solving problems in provision.",
     "VL3 Reading professional reports. Task: choose the pupil for C1."],
    [None, "SD4 Tracking and Testing (5 Dec)", "National tests and other summative assessment to track "
     "progress; helping colleagues develop formative assessment for pupils with SEN; access arrangements "
     "for tests and examinations; approaches, strategies, resources and ICT for teaching.",
     "VL4 ICT and assistive technology. LN2: a tracking sheet for five pupils."],
    ["Spring 2010", "SD5 Voice and Map (16 Jan)", "Consulting pupils and involving them in planning and "
     "reviewing their provision; person-centred reviews; provision mapping; deploying and managing teaching "
     "assistants.", "Task: hold a review meeting led by the pupil. Draft your provision map (C2)."],
    [None, "SD6 Families (27 Feb)", "Keeping parents informed: letters home, reports, the annual review "
     "paperwork, the Parent Partnership Service.", "Task: redraft one letter your school sends to parents."],
    [None, "SD7 Leading Colleagues (20 Mar)", "Gaining the commitment of the headteacher and senior team; "
     "working with governors on ethos, policy and resources; observation, coaching, mentoring and leading "
     "training; managing time and delegating; school self-evaluation and the SEF; research and best "
     "practice in meeting SEN and using outside advice.", "LN3: a month's plan of your SENCO time. Begin "
     "the C3 project."],
    ["Summer 2010", "SD8 Beyond the School; the Next Facet (8 May)", "External agencies and voluntary "
     "organisations, the Common Assessment Framework and how to get specialist help; reviewing provision "
     "with colleagues for the school's self-evaluation; the Next Facet.", "Finish C3."],
]
tS = table(doc, sd, widths=[2.4, 3.4, 7.0, 3.8], head_fill=TEAL, size=8.5)
merge(tS, 1, 0, 4, 0, parts=[("Autumn 2009", {"b": True, "size": 8.5})], fill=PALE)
merge(tS, 5, 0, 7, 0, parts=[("Spring 2010", {"b": True, "size": 8.5})], fill=PALE)
cell_text(tS.cell(8, 0), [], fill=PALE)
tS.cell(8, 0).paragraphs[0].runs[0].bold = True

H2("4.4 Routes and timing")
para("There are two entry points, September and February. Each Setting Day is taught twice: on a Saturday, "
     "and as two Thursday twilights (4.30 to 7.30) in the same month, and a Setter may move between the "
     "Saturday and the twilight route from one Setting Day to the next. Virtual Loupe units may be worked in "
     "any order within the parcel, and each Certificate may be submitted at any of three dates in the year "
     "(December, April and July).")
H2("4.5 The Virtual Loupe")
p45 = para("The four Virtual Loupe units are on Tamarbridge University's Blackboard site. Each has a short "
           "filmed introduction by a Grader, readings and a task, and a discussion board where each Setter "
           "posts the task and replies to two other Setters. ")
r45 = p45.add_run("Graders do not answer questions on the discussion boards; questions raised online are "
                  "taken at the next Setting Day.")
p45.add_run(" Setters receive notices about the parcel by email.")
comment(doc, [r45], "Ruth - can we afford a Grader hour a week online? Raise at the March meeting.", KB, "KB")

H2("4.6 Certificates")
for lead, txt in [
    ("C1 Case Certificate", " (4,000 words; December or April). A study of one pupil with SEN: how the "
     "pupil's needs were identified, what other professionals' assessments said and how the Setter used "
     "them, the law and the Code of Practice as they applied, the pupil's development and well-being under "
     "Every Child Matters, the targets and intervention decided on and how they were reviewed. Grades S04, "
     "S08, S09, S10, S11, S12, S18 and S19."),
    ("C2 Provision Certificate", " (3,500 words with the map; April or July). The school's provision map "
     "with its gaps; a plan for deploying and managing teaching assistants; the record of a review led by a "
     "pupil; a short guide for colleagues on formative assessment and on access arrangements for tests; a "
     "note on the ICT and resources used; a parents' letter rewritten with the Setter's commentary. Grades "
     "S01, S13, S21, S22, S23, S24, S27 and S28."),
    ("C3 Leadership Certificate", " (4,000 words and a 20-minute presentation to the Graders; July). A "
     "development project the Setter has led in school with colleagues and outside agencies, the case made "
     "to the head and governors, the coaching or training the Setter gave, a review of the provision with "
     "colleagues, and baseline and follow-up measures for the pupils concerned. Setters choose a research "
     "option or a practice option. Grades S02, S05, S15, S16, S17, S25, S26 and S29."),
]:
    P(doc, ["\u2022 ", (lead, {"b": True}), txt], indent=0.6, after=3, align="j")
H2("4.7 Loupe Notes")
para("LN1 (after SD2), LN2 (after SD4) and LN3 (after SD7) are one-page pieces that a Grader reads and "
     "returns with comments within a fortnight. They are not graded.")
H2("4.8 The award")
para("The Certification Committee recommends the award for a Setter who has attended at least seven of the "
     "eight Setting Days and whose three Certificates average 50 per cent or more, provided that no "
     "Certificate is below 35 per cent. A Certificate below 35 per cent may be resubmitted once.")

# ---------------- 5 Entry ----------------
H1("5 Entry, checks and the Cutting Plan")
H2("5.1 Who may enter")
para("A Setter must have Qualified Teacher Status, be the SENCO of a school in England or be named by the "
     "headteacher to become SENCO within the year, and be nominated by the headteacher, who agrees to the "
     "Bench Mentor's visits and the Visiting Bench. Each applicant has a Rough Assessment interview with a "
     "Grader before a place is offered. An applicant who does not yet have the knowledge and experience to "
     "reach all the stones by the end of the year is given written advice on what to do first, the Grader "
     "talks it through with the headteacher, and the applicant may apply to the next entry point.")
H2("5.2 Rough Assessment and the Cutting Plan")
para("Before the first Setting Day each Setter rates themselves against every stone in the Register, giving "
     "evidence for each rating, and the Grader tests the ratings at the Rough Assessment interview, since "
     "Setters often think their knowledge is current when it is not. From the Rough Assessment the Grader "
     "and the Setter draw up the Cutting Plan: the stones the Setter will work on hardest, a personal target "
     "for each, the route (Saturday or twilight), the Visiting Bench setting, and which option of C3 suits "
     "them. The Cutting Plan is reviewed with the Bench Mentor at each school visit and with the Grader "
     "after SD4 and SD7.")
H2("5.3 Identity checks")
para("Before a place is confirmed, the Laboratory Manager sees for each Setter either their CRB enhanced "
     "disclosure certificate or a letter from the headteacher giving its number and date, and records them. "
     "A disclosure more than three years old, or a Setter who has not worked in a post with regular contact "
     "with children in the last three months, needs a new enhanced disclosure, which the University's "
     "admissions office obtains before the Setter starts. The headteacher's nomination also confirms that "
     "the Setter is not barred from work with children and has no disciplinary proceedings outstanding.")
H2("5.4 Prior learning")
para("The parcel does not accredit prior learning or experience: every Setter takes all three "
     "Certificates, whatever they have studied before. Setters who hold the Council's former Certificate "
     "in Inclusion are welcome, but it carries no credit. Tamarbridge University's regulations on the "
     "accreditation of prior learning apply to its other programmes.")
H2("5.5 Direct Certification")
p55 = para("In exceptional cases an experienced teacher who has already coordinated SEN provision, for "
           "example in the Council's Learning Support Service, may be certified without attending the "
           "parcel. The Senior Grader holds a Rough Assessment with them; if it shows that they already meet "
           "the stones, they submit C1, C2 and C3 on the usual dates, graded and cross-graded like every "
           "other Setter's work, and the Certification Committee considers them in the same way.")
fns.add(p55, "The fee for Direct Certification is \u00a3650, payable to the University; the full parcel "
        "costs \u00a31,250, of which the Council pays \u00a3500 for Setters in its schools.")
H2("5.6 Access")
para("The Old Assay House is a Grade II* listed building and the Laboratory floor upstairs has no lift, so "
     "all Setting Days are held in the ground-floor Hall. Reasonable adjustments are made for disabled "
     "Setters who ask for them.")

# ---------------- 6 Provenance ----------------
H1("6 Provenance")
para("A laboratory reports where a stone came from. This section reports where the parcel came from.")
H2("6.1 What we asked")
para("In spring 2008 the School and the Council's Learning Support Service interviewed 18 headteachers, "
     "surveyed all 54 SENCOs in Carrowmouth (38 replied) and met the Carrowmouth Parent Carers' Forum. The "
     "Council's SEN Strategy Group and the University's partnership committee discussed the findings in "
     "June 2008.")
H2("6.2 What we heard and what we changed")
table(doc, [
    ["What we heard", "What we changed"],
    ["Heads in small primary schools cannot release a teacher on weekdays.", "Every Setting Day is taught on "
     "a Saturday as well as in twilights (4.4)."],
    ["New SENCOs struggle most with leading colleagues who are senior to them.", "SD7 and C3 are given to "
     "leading colleagues, and every Setter has a Bench Mentor."],
    ["SENCOs had never seen a special school or resource base at work.", "The Visiting Bench (7.2)."],
    ["The Parent Carers' Forum said families hear from schools too late and in jargon.", "SD6, and the "
     "parents' letter in C2."],
    ["The Council needs SENCOs who can map provision and show what it costs.", "Provision mapping is graded "
     "in C2."],
], widths=[8.3, 8.3], head_fill=TEAL, size=9.5)
H2("6.3 Who takes part now")
para("The Council nominates the Bench Mentors and the Visiting Bench hosts, and its educational "
     "psychologists teach on SD3 and SD8. Each June the Council's Principal Officer for SEN, two headteachers "
     "and a member of the Parent Carers' Forum sit with the Graders at the Parcel Review, which reads the "
     "Setters' evaluations, the pupils' progress figures from C3, the heads' questionnaire and the Referee's "
     "report, and agrees the changes for the next parcel.")

# ---------------- 7 Graders ----------------
H1("7 Graders, mentors and the laboratory")
H2("7.1 Graders")
staff = [
    ["Name", "Role", "Background"],
    ["Dr Ruth Penhale", "Senior Grader; Senior Lecturer in SEN, Tamarbridge University", "SENCO in two "
     "Carrowmouth schools for eleven years, then the Council's SEN adviser; doctorate (2004) on how "
     "SENCOs use provision maps."],
    ["Colin Trevithick", "Grader", "Principal Educational Psychologist, Carrowmouth Borough Council."],
    ["Jenna Rowe", "Grader", "SENCO of Trelowen Community Primary School; specialist teacher for dyslexia "
     "(AMBDA)."],
    ["Alun Morgan", "Grader", "Head of the Council's Learning Support Service; formerly deputy head of a "
     "special school for pupils with BESD."],
]
pstaff = table(doc, staff, widths=[3.4, 5.2, 8.0], head_fill=TEAL, size=9)
p71 = para("All four Graders are in practice now. The Laboratory Manager, Keziah Bray FGA, runs admissions "
           "and the checks in 5.3; she does not teach or grade.")
fns.add(p71, "Each Grader keeps up to date through the University's SEN research group and the Council's "
        "termly SENCO network, where all four present.")
H2("7.2 Bench Mentors and the Visiting Bench")
para("Each Setter has a Bench Mentor, an experienced SENCO from another school, who makes three school "
     "visits and writes a Mentor Report after each. Graders attend a day's induction at the University on "
     "the Certificates' criteria and grading and work from the Grader's Handbook. Bench Mentors attend a "
     "half-day briefing in September with the Mentor Handbook, which sets out the purpose of each visit, "
     "what to look at and how to write the Mentor Report, and meet again in February to compare their "
     "reports with a Grader. The Visiting Bench is two days that each Setter spends in one of seven "
     "specialist settings on the Council's list (two special schools, three resource bases, the pupil "
     "referral unit and the Sensory Support Service), chosen in the Cutting Plan; the host briefs the "
     "Setter and signs the Visiting Bench record. A speech and language therapist, a CAMHS nurse and a "
     "teacher from the Sensory Support Service also teach on Setting Days.")
H2("7.3 Reference collection and instruments")
p73 = para("The Laboratory's reference collection of some 4,000 stones, with its refractometers, "
           "spectroscopes and microscopes, is open to Setters on Setting Days. The School has no SEN "
           "teaching collection of its own. ")
r73 = p73.add_run("Access for Setters to the University's library and electronic journals is being "
                  "negotiated with Tamarbridge for the first parcel.")
comment(doc, [r73], "Chase the Library - still no answer from Tamarbridge on borrowing rights.", KB, "KB")

# ---------------- 8 Register ----------------
H1("8 Parcel Register")
para([("Each stone in our words, where it is cut and how it is graded (see section 3).", {"i": True})])
stones = [
    ("ATTRIBUTES",),
    ("S01", "Builds fair, respectful and supportive relationships with pupils with SEN or disabilities and "
     "with their families", "SD1, SD6", "Certified C2"),
    ("S02", "Gains the commitment of colleagues, the headteacher and senior leaders to better outcomes for "
     "these pupils", "SD7", "Certified C3"),
    ("S03", "Plans own workload, manages time and delegates, checking that delegated work is done", "SD7",
     "Loupe Note only (LN3)"),
    ("S04", "Foresees and resolves problems and judges soundly what provision a pupil needs", "SD3",
     "Certified C1"),
    ("S05", "Communicates clearly in speech and writing and listens to the views of others", "SD1\u2013SD8",
     "Certified C3"),
    ("S06", "Draws on research and outside advice to improve own and colleagues' practice", "SD7", "Ungraded"),
    ("S07", "Keeps up to date and takes charge of own professional development in SEN and disability",
     "\u2013", "Not in parcel"),
    ("KNOWLEDGE AND UNDERSTANDING",),
    ("S08", "SEN law and guidance, the Code of Practice, and how to put them into practice in school", "SD2",
     "Certified C1"),
    ("S09", "Every Child Matters, its five outcomes, and the SENCO's part in them", "SD1", "Certified C1"),
    ("S10", "Disability equality law and what it requires a school to do", "SD2, VL2", "Certified C1"),
    ("S11", "How children develop and how SEN, disability and surroundings affect development", "SD2",
     "Certified C1"),
    ("S12", "The common kinds of SEN and disability and how they affect learning", "SD3", "Certified C1"),
    ("S13", "A critical grasp of approaches, strategies and resources, ICT included, for assessment, "
     "planning and teaching", "SD4, VL4", "Certified C2"),
    ("S14", "School self-evaluation and improvement and what they mean for pupils with SEN", "SD7",
     "Ungraded"),
    ("S15", "Best practice and research findings in meeting special educational needs", "SD7",
     "Certified C3"),
    ("S16", "The work of external agencies and how to get specialist support and resources", "SD8",
     "Certified C3"),
    ("SKILLS",),
    ("S17", "With senior colleagues and governors, shapes an inclusive ethos, policies, priorities and use "
     "of resources", "SD7", "Certified C3"),
    ("S18", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews "
     "progress", "SD3", "Certified C1"),
    ("S19", "Uses assessments by other professionals to plan teaching", "SD3, VL3", "Certified C1"),
    ("S20", "Uses summative assessment and national tests to track progress and adjust programmes", "SD4",
     "Loupe Note only (LN2)"),
    ("S21", "Helps colleagues develop formative assessment, with approaches for pupils with SEN", "SD4",
     "Certified C2"),
    ("S22", "Identifies in good time the access arrangements pupils need for tests and examinations and "
     "puts them in place", "SD4", "Certified C2"),
    ("S23", "Maps provision and finds what is missing or not working", "SD5", "Certified C2"),
    ("S24", "Deploys and manages staff who support pupils with SEN", "SD5", "Certified C2"),
    ("S25", "Supports colleagues' development by observation and feedback, modelling, coaching, mentoring "
     "and training", "SD7", "Certified C3"),
    ("S26", "Reviews with colleagues how well provision works, for the school's self-evaluation", "SD8",
     "Certified C3"),
    ("S27", "Involves pupils in planning, agreeing and reviewing their own provision", "SD5", "Certified C2"),
    ("S28", "Keeps parents and carers informed of their child's provision and progress", "SD6",
     "Certified C2"),
    ("S29", "Works in partnership with other services and voluntary organisations", "SD8", "Certified C3"),
]
tR = doc.add_table(rows=len(stones) + 1, cols=4)
tR.style = "Table Grid"
for j, h in enumerate(["Stone", "What the Setter can do", "Cut on", "Grade"]):
    cell_text(tR.cell(0, j), [(h, {"b": True})], size=9, fill=TEAL)
for i, s in enumerate(stones, start=1):
    if len(s) == 1:
        merge(tR, i, 0, i, 3, parts=[(s[0], {"b": True, "size": 9})], fill=PALE)
        continue
    code, desc, cut, grade = s
    cell_text(tR.cell(i, 0), [(code, {"b": True})], size=9)
    cell_text(tR.cell(i, 1), desc, size=9)
    cell_text(tR.cell(i, 2), cut, size=9)
    gp = cell_text(tR.cell(i, 3), grade, size=9)[0]
    if code == "S15":
        fns.add(gp, "S15 is graded in C3 only for Setters who take the research option; in the practice "
                "option it is not graded.")
    if code == "S24":
        comment(doc, gp.runs, "The C2 brief we agreed in January no longer asks for the deployment plan. "
                "Change this to Ungraded?", KB, "KB")
for row in tR.rows:
    for j, wd in enumerate([1.4, 10.0, 2.2, 3.0]):
        row.cells[j].width = Cm(wd)

# ---------------- 9 Quality ----------------
H1("9 Laboratory quality")
H2("9.1 Cross-grading")
para("Before each round of grading the Graders grade two anonymised Certificates together and agree the "
     "standard. A second Grader cross-grades every Certificate below 40 per cent and one in five of the "
     "rest, and the Senior Grader settles any difference of more than ten marks. The University will appoint "
     "a Referee for the award in due course: [Referee to be named by the University].")
H2("9.2 Proficiency and review")
p92 = para("Setters complete a short evaluation at the end of each Setting Day and each Virtual Loupe unit, "
           "and the Graders meet after each Setting Day to read them and record changes. Each Setter answers a "
           "confidence questionnaire on the SENCO role at the Rough Assessment and again after C3, and re-rates "
           "themselves against every stone. In C3 each Setter records baseline measures for the pupils in "
           "the project before it begins and the same measures at the end; the Senior Grader collates these "
           "across the parcel each year. Headteachers answer a questionnaire a year after the Setter "
           "finishes, on the difference to the school's provision. All of this goes to the Parcel Review "
           "(6.3) and to the University's annual monitoring report.")
fns.add(p92, "Setters use measures their schools already keep: national curriculum levels and P scales, "
        "reading and spelling ages, attendance, and behaviour records.")
H2("9.3 After certification: the Next Facet")
para("On SD8 each Setter fills in the Next Facet sheet: three professional targets for the following year, "
     "with the support each will need. The Grader comments on the sheet, and the Setter takes it to their "
     "performance management review with the headteacher, who countersigns it.")

# ---------------- 10 Limitations ----------------
H1("10 Limitations of this report")
for t in [
    "This report describes the parcel as it was submitted to the Laboratory. It does not describe any stone "
    "not in the parcel.",
    "Treatments and enhancements that cannot be detected by the methods in section 3 are not reported.",
    "The report is not a valuation and must not be used as one.",
    "The Laboratory's standard conditions of examination apply.",
]:
    P(doc, ["\u2022 ", (t, {"size": 9.5})], indent=0.6, after=2)

sig = table(doc, [["Senior Grader", "Laboratory Manager", "Date"],
                  ["R. Penhale", "K. Bray FGA", "20 February 2009"]], widths=[6, 6, 4.6], head_fill=TEAL,
            size=9.5)

fns.finish()
doc.save(OUT)
print("wrote", OUT)
