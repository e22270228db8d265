"""mt-02-saltgate-works-activity-plan: build script.

PROVIDER (invented). Saltgate Works Printing Museum (a general jobbing printing works of 1873 run as a
working museum since 1994) and its training arm the Saltgate Press School, with the University of
Ebbsworth Faculty of Education (to validate and award) and Ebbshire County Council's SEN and Inclusion
Service. January 2009.

DOCUMENT KIND AND LAYOUT. The museum's ACTIVITY PLAN for its capital-and-activity project "Open Forme",
written for a Heritage Lottery Fund Round 2 bid on the museum's own template and sent to the TDA whole,
version 3.2, with the award written out in full as one of seven activities ("Activity A4: The SENCO Press
Year"). Real heading styles (Heading 1/2/3, numbered by hand "5.5.3"); a document-control table with a
placeholder for the HLF reference; a shaded "Note for the TDA panel" box; a consultation table of who
was asked and a "What we heard / What we did" table; an audiences-and-barriers table about museum
visitors; seven activities A1-A7 (codes that collide with the outcome ids 6.A1-6.A7), six of them other
activities with their own arrangements; the award's Press Days table; the award's outcome map ("Learning
Outcomes Framework") grouped under the museum's Generic Learning Outcome headings in merged shaded rows,
with an Evidence column KEYED far above it in section 5.1 ("B1"/"B2"/"B3" marked Broadsides, "Keepsake"
commented on but not marked, "Press Day only" taught with nothing written, a dash not in the plan); an
action plan with "[TBC]" placeholders; an evaluation plan table; a costs table. House vocabulary: Fellows
(participants), Press Days (taught days), Impressions (modules), Makeready (work in school between Press
Days), Starting Forme (needs analysis), Makeready Plan (individual training plan), Companions (school
mentors), Keepsakes (unmarked pieces), Broadsides (marked assignments), Open Press (the closing
presentation), Next Impression (CPD planning). Header and footer; footnotes citing real publications;
Word comments by the director and the HLF development officer; tracked changes.

TRAPS (requirement ids):
- Credits are a placeholder: "[credits to be confirmed at validation]" (a comment guessing 60 is not
  evidence) -> E.2 partially_met. Validation by the University is arranged -> E.1 met.
- Aims speak of attainment only ("reading, writing and mathematics") though ECM is taught -> 1.1
  partially_met.
- Parents: the parent carer forum's wish to be partners led only to the Parent Partnership Service
  explaining its work on Press Day 6; Family Print Saturdays (Activity A3) are the museum's family
  learning, not the SENCO's skill (wrong context) -> 1.7 partially_met; outcome rows LO1 "Press Day
  only" -> 6.A1 partially_met; LO28 a dash -> 6.S8 not_met.
- Prior learning: certificated study only; "We do not at present credit experience that has no
  certificate"; the apprentices' recognition of prior learning at Ebbsworth College (Activity A2) is
  another activity's arrangement -> 2.1 partially_met.
- Assessment-only route considered and "decided against it for the first two cohorts" -> 2.3 not_met.
- No e-learning in A4 ("has no online element"); the Type Archive website with forums (Activity A7) is a
  public website, not the award's -> 3.3 not_applicable.
- Access: a full barriers table for museum visitors (wrong context) and, for Fellows, only a booking-form
  question; a comment asks what would be done about assessment -> 3.1 partially_met.
- Entry: QTS and the SENCO post, signed by the head; readiness is never checked before acceptance (the
  Starting Forme comes after) -> 5.2 partially_met.
- CRB: volunteers' checks (Activity A5) are the wrong people, but A4 has its own check on every Fellow
  before a place is confirmed -> 5.3 met.
- Resources: the assistive technology kit "will be bought if the grant is awarded" (condition) -> 5.6
  partially_met.
- Moderation: the sentence giving the external examiner's moderation is a DELETED tracked change; only
  the own tutor marks and a second tutor reads fails -> 5.8 partially_met.
- Mentor (Companion) training is in an INSERTED tracked sentence -> 5.7 met.
- Award rule is an average mark across Broadsides with compensation ("an average of fifty per cent ...
  with no Broadside below forty") -> 6.0 partially_met; outcomes not all assessed -> 1.9 partially_met.
- Learning Outcomes Framework: LO3 time/priorities "Keepsake" -> 6.A3 partially_met; LO10 disability
  equality law "Keepsake" -> 6.K3 partially_met; LO29 agencies partnership "Press Day only" -> 6.S9
  partially_met; LO26 reviewing provision with staff a dash -> 6.S6 not_met; the whole row LO22 on
  access arrangements for tests is a DELETED tracked row, and "and access arrangements for national tests"
  is deleted from Press Day 5 -> 6.S2d not_met.
- The museum's own self-evaluation (its Accreditation return) is the museum's, not the SENCO outcome;
  LO14 (school self-evaluation) is assessed in B3 -> 6.K7 met.
- Research and inspection evidence are named and shape Press Day 2 -> 1.3 met.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _mt_helpers import *  # noqa

OUT = Path(__file__).with_name("mt-02-saltgate-works-activity-plan.docx")
BODY = "Georgia"
HEAD = "Gill Sans MT"
PB = "Pauline Brack"
MO = "Martin Oyelaran"
HLF = "Gwen Tarrant (HLF Development Officer)"
D1 = "2009-01-09T11:40:00Z"
D2 = "2009-01-15T15:10:00Z"

doc = Document()
base_font(doc, BODY, 10)
for lvl, size, colour in ((1, 15, "7A1F1F"), (2, 12.5, "7A1F1F"), (3, 11, "333333")):
    st = doc.styles[f"Heading {lvl}"]
    st.font.name = HEAD
    st.font.size = Pt(size)
    st.font.color.rgb = RGBColor.from_string(colour)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rf.set(qn(a), HEAD)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin = sec.bottom_margin = Cm(2.0)
hp = sec.header.paragraphs[0]
run(hp, "Saltgate Works Printing Museum  |  Open Forme  |  Activity Plan v3.2", size=8, color="7A1F1F",
    font=HEAD)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
run(fp, "Draft for HLF Round 2. Not for circulation beyond the partners and the TDA.  Page ", size=8,
    font=HEAD)
page_field(fp, size=8, font=HEAD)

fn = Footnotes(doc)
comments = []


def H(text, level):
    return doc.add_heading(text, level=level)


def P(text, after=5, **kw):
    return para(doc, text, space_after=after, **kw)


def table(rows, widths, header=True, size=9, shade="EFE6E6"):
    t = doc.add_table(rows=0, cols=len(widths))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            cell_text(c, v, size=size, bold=(header and i == 0))
            if header and i == 0:
                shade_cell(c, shade)
    if header:
        repeat_header(t.rows[0])
    set_col_widths(t, widths)
    P("", after=2)
    return t


# ------------------------------------------------------------------ cover
para(doc, "SALTGATE WORKS PRINTING MUSEUM", bold=True, size=12, font=HEAD, color="7A1F1F", space_before=40,
     space_after=6)
para(doc, "Open Forme", bold=True, size=30, font=HEAD, space_after=2)
para(doc, "learning in a working print shop, 2009\u20132012", italic=True, size=14, space_after=18)
para(doc, "Activity Plan", bold=True, size=18, font=HEAD, space_after=24)
table([
    ["Document", "Open Forme Activity Plan"],
    ["Version", "3.2 (this version sent to the TDA with Activity A4 written out in full)"],
    ["Date", "16 January 2009"],
    ["Owner", "Pauline Brack, Head of Learning and of the Saltgate Press School"],
    ["Approved by", "Board of Trustees, 8 January 2009"],
    ["HLF reference", "[HLF reference: to follow]"],
    ["Status", "Sent to the TDA with our application for approval; HLF Round 2 submission due April 2009"],
], [4.0, 12.6], header=False, size=9)
note = P("Note for the TDA panel. This is the Activity Plan we are preparing for the Heritage Lottery Fund "
         "for Open Forme, our three-year project. The National Award for SEN Coordination is Activity A4 "
         "(section 5.5); its outcome map is the Learning Outcomes Framework at 5.5.12. Sections 3 and 8 "
         "(consultation and evaluation) cover the award together with the rest of the plan. The other "
         "activities are left in so that the panel can see the award in its setting: their arrangements are "
         "theirs and not the award\u2019s.", after=8, size=9.5)
shade_para(note, "F3EDE4", border="7A1F1F")
page_break(doc)

# ------------------------------------------------------------------ 1 introduction
H("1. Introduction", 1)
H("1.1 Saltgate Works", 2)
P("Saltgate Works is a general jobbing printing works built in 1873 on Saltgate, Ebbsworth, which printed "
  "posters, tickets, auction bills and parish magazines until 1989. The Saltgate Works Trust opened it as a "
  "working museum in 1994. Its eleven presses, from an Albion of the 1840s to a Heidelberg platen, are run "
  "every day by staff and volunteers, and its case room holds some 900 founts of wood and metal type. We "
  "welcome about 38,000 visitors a year, 9,400 of them pupils on school visits.")
H("1.2 The Saltgate Press School", 2)
P("The Press School is our training arm. Since 2001 it has trained letterpress apprentices with Ebbsworth "
  "College, run \u2018Letters and Learning\u2019 days for primary teachers and, since 2005, \u2018Print Without "
  "Barriers\u2019 workshops for pupils from Ebbshire\u2019s special schools. Since 2006 it has run, with Ebbshire "
  "County Council\u2019s SEN and Inclusion Service, a one-term unaccredited course for new SENCOs, \u2018Setting "
  "the Case\u2019, which 64 teachers have taken. Open Forme turns that course into the National Award for SEN "
  "Coordination.")
H("1.3 The project", 2)
P("Open Forme will rebuild the old paper warehouse as the Case Room Learning Centre, with level access, a "
  "lift, a teaching room for thirty and a small press room at wheelchair height, and will run seven "
  "activities from September 2009 to August 2012 (section 5). Our partners are the University of Ebbsworth "
  "Faculty of Education, Ebbshire County Council\u2019s SEN and Inclusion Service, Ebbsworth College and three "
  "special schools: Hollins Lane, Marlpit and Saltmarsh House.")

H("2. Our organisation", 1)
P("The Trust has nine trustees and a staff of fourteen led by the Director, Martin Oyelaran. The learning "
  "team is Pauline Brack (Head of Learning), Dev Chauhan (Learning Officer, Schools), Ana Kowal (Family "
  "Learning Officer) and Ray Dunstan (Volunteer Coordinator), with 140 volunteers. The award\u2019s teaching "
  "team is set out at 5.5.9. The Trust completed its Museum Accreditation return in 2008; that "
  "self-evaluation of the museum found our learning spaces too small, and Open Forme is our answer.")

# ------------------------------------------------------------------ 3 consultation
H("3. Consultation and research", 1)
H("3.1 Who we asked", 2)
table([
    ["Who", "How", "When", "Number"],
    ["Ebbshire headteachers", "Online survey run with the County Council", "November 2007",
     "96 of 181 schools"],
    ["SENCOs", "Three focus groups (Ebbsworth, Harnby, Coldmarsh)", "January\u2013February 2008", "31"],
    ["\u2018Setting the Case\u2019 members", "Evaluation forms; a reunion evening", "2006\u20132008", "64; 22"],
    ["SEN and Inclusion Service and Educational Psychology Service", "Two design workshops", "March 2008",
     "9"],
    ["Parent Partnership Service and the county parent carer forum", "A meeting at the forum", "April 2008",
     "14"],
    ["Young Printers (our panel of young people with SEN, aged 13\u201319)", "Two sessions at the Works",
     "May 2008", "8"],
], [5.0, 5.8, 3.2, 2.6])
H("3.2 What we heard and what we did", 2)
cons = table([
    ["What we heard", "What we did"],
    ["Heads: \u201cSENCOs must come back able to lead, not just to know.\u201d",
     "The Third Impression is about leading colleagues, and Broadside 3 is a change project in the Fellow\u2019s "
     "own school."],
    ["SENCOs: days out of school are hard to get; Saturdays and twilights help.",
     "Every Press Day can be taken on a Saturday or as two twilight sessions (5.5.7)."],
    ["SENCOs and the SEN and Inclusion Service: provision mapping and data are where new SENCOs struggle.",
     "The Second Impression is built round them, and Broadside 2 includes a provision map."],
    ["The County: SENCOs should use its Specialist Teaching Service well.",
     "Every Fellow has a two-day placement, with the Specialist Teaching Service or in a special school."],
    ["Young Printers: \u201cAsk us, not just our teachers.\u201d",
     "Press Day 7 is led with the Young Printers, and Broadside 2 must record how the Fellow consulted the "
     "pupil."],
    ["Parent carer forum: parents want to be treated as partners.",
     "On Press Day 6 the Parent Partnership Service explains its work and how schools can refer families."],
], [7.3, 9.3])
comments.append((cons.rows[1].cells[0].paragraphs[0].runs, "Good \u2013 HLF will want the numbers behind these "
                                                           "too.", HLF, "GT"))
H("3.3 Research and evidence", 2)
rp = P("The content of the award draws on recent inspection and research evidence. Ofsted\u2019s Inclusion: does "
       "it matter where pupils are taught? (2006) found that pupils did best where specialist staff had "
       "sound training and where progress was tracked closely, and its earlier survey Special educational "
       "needs and disability: towards inclusive schools (2004) found tracking of progress weak in many "
       "schools; both shape the Second Impression.")
fn.add(rp, "Ofsted, Inclusion: does it matter where pupils are taught? HMI 2535, July 2006; Ofsted, Special "
           "educational needs and disability: towards inclusive schools, HMI 2276, October 2004.")
rp2 = P("The Bercow Report (2008) on services for children with speech, language and communication needs, and "
        "the Inclusion Development Programme (2008), with its materials on dyslexia and on speech, language and "
        "communication needs, are set reading for Press Day 2. The University revises the reading list each "
        "summer.")
fn.add(rp2, "J. Bercow, The Bercow Report: A Review of Services for Children and Young People (0\u201319) with "
            "Speech, Language and Communication Needs, DCSF, July 2008.")

# ------------------------------------------------------------------ 4 audiences
H("4. Audiences and access", 1)
P("Our current audiences are school parties (mostly Key Stage 2), families at weekends, older visitors and "
  "printing enthusiasts. Open Forme aims to reach families with disabled children, young people with SEN, "
  "teachers and school staff, and volunteers from the east of the town. The barriers our visitors meet, and "
  "what we will do about them, are below.")
table([
    ["Barrier", "What we do now", "What Open Forme will do"],
    ["Physical", "Ground floor only; ramps to the machine room", "Level access throughout, a lift to the "
                                                                 "Case Room Learning Centre, a press at "
                                                                 "wheelchair height"],
    ["Sensory", "Hearing loop at reception; large-print guide", "Loops in every room; monthly BSL-interpreted "
                                                                "demonstrations; a tactile type tray"],
    ["Intellectual", "Staff trained in plain language", "Symbol-supported labels; quiet-hour openings"],
    ["Financial", "Free entry for carers", "Free Family Print Saturdays (A3)"],
], [3.0, 6.2, 7.4])

# ------------------------------------------------------------------ 5 activities
H("5. Activities", 1)
H("5.1 How we describe learning", 2)
P("Like most museums we describe what people learn in five Generic Learning Outcomes: knowledge and "
  "understanding; skills; attitudes and values; enjoyment, inspiration and creativity; and activity, "
  "behaviour and progression. Each activity below says which it serves.")
P("For Activity A4 we go further. Its Learning Outcomes Framework (5.5.12) lists the national minimum "
  "outcomes in our words and, in the Evidence column, says where a Fellow shows each one. B1, B2 or B3 is "
  "the Broadside in which the outcome is marked. \u201cKeepsake\u201d means a short piece on which the tutor "
  "writes comments but gives no mark. \u201cPress Day only\u201d means the outcome is taught and discussed on "
  "the Press Day named, with nothing written. A dash means this plan does not include it.")
H("5.2 Activity A1: Schools\u2019 Print Days", 2)
P("Day visits for Key Stage 2 classes: setting their names in wood type, printing a poster, and a trail of "
  "the works. 300 visits a year. Generic Learning Outcomes: enjoyment, inspiration and creativity; skills.")
H("5.3 Activity A2: Print Apprentices", 2)
P("Two letterpress apprentices a year, with Ebbsworth College. Apprentices\u2019 earlier experience in print "
  "is recognised through the College\u2019s recognition of prior learning, which can shorten the "
  "apprenticeship by up to six months.")
H("5.4 Activity A3: Family Print Saturdays", 2)
P("Free monthly Saturdays for families with disabled children, planned with the county parent carer forum "
  "and led by Ana Kowal. Parents and children print together; a quiet room and a changing place are open "
  "all day.")

# ------------------------------------------------------------------ 5.5 A4
H("5.5 Activity A4: The SENCO Press Year (National Award for SEN Coordination)", 2)
H("5.5.1 Summary", 3)
table([
    ["Target audience", "Teachers who are, or are about to become, the SENCO of a school in Ebbshire or "
                        "beyond"],
    ["Numbers", "Twenty Fellows a year from September 2009; sixty over the project"],
    ["Partners", "University of Ebbsworth (validates and awards); Ebbshire SEN and Inclusion Service; "
                 "Hollins Lane, Marlpit and Saltmarsh House special schools; the Young Printers"],
    ["Outputs", "Ten Press Days a year; sixty Fellows; sixty change projects in schools"],
    ["Generic Learning Outcomes", "Knowledge and understanding; skills; attitudes and values; activity, "
                                  "behaviour and progression"],
    ["Cost", "See section 9"],
], [4.0, 12.6], header=False)
H("5.5.2 Aims and objectives", 3)
P("The SENCO Press Year aims to raise the attainment of pupils with special educational needs in reading, "
  "writing and mathematics by giving their SENCOs the knowledge, skills and standing to lead provision in "
  "their schools. Its objectives are that each Fellow will:")
for b in ["know the law, guidance and evidence on SEN and disability and use them in their school;",
          "identify pupils with SEN, plan and track their provision and raise their attainment;",
          "lead colleagues in school in better teaching for pupils with SEN;",
          "carry out and evaluate a change in their school\u2019s provision."]:
    para(doc, b, style="List Bullet", space_after=1)
P("", after=2)

H("5.5.3 How the year runs", 3)
P("The award is a Postgraduate Certificate of the University of Ebbsworth in three Impressions (modules), "
  "taught on ten Press Days at the Works and in schools. Between Press Days Fellows do their Makeready: "
  "work in their own school set out in their Makeready Plan. Each Impression ends in a Broadside, a marked "
  "assignment; along the way Fellows write short Keepsakes, on which tutors comment. The year closes with "
  "the Open Press, at which each Fellow presents their change project.")
pd = doc.add_table(rows=1, cols=3)
pd.style = "Table Grid"
for c, h in zip(pd.rows[0].cells, ["Press Day", "Where", "What happens"]):
    cell_text(c, h, bold=True, size=9)
    shade_cell(c, "EFE6E6")
repeat_header(pd.rows[0])
PDAYS = [
    ("FIRST IMPRESSION: The Law and the Child. Broadside 1, \u2018The SENCO\u2019s Case\u2019 (4,000 words): how "
     "the Fellow\u2019s school meets the law, the Code and the five Every Child Matters outcomes, and what the "
     "evidence says it should change", None, None),
    ("1 The Composing Stick", "Works", "The Starting Forme reviewed; the SENCO\u2019s role; the Special "
                                       "Educational Needs Code of Practice (2001), the SEN and Disability Act "
                                       "2001, statements and annual reviews; the Children Act 2004 and Every "
                                       "Child Matters."),
    ("2 Reading the Evidence", "University", "Research and inspection evidence and how to use it; the common "
                                             "kinds of SEN and disability with an educational psychologist and "
                                             "a speech and language therapist; how children develop and what "
                                             "helps or hinders development; keeping up to date."),
    ("3 Access for All", "Works", "The Disability Discrimination Act as amended in 2005, the disability "
                                  "equality duty and accessibility planning; Keepsake: an access audit of one "
                                  "corridor of the Fellow\u2019s school."),
    ("SECOND IMPRESSION: Planning and Tracking. Broadside 2, \u2018The Pupil Broadside\u2019 (5,000 words): one "
     "pupil\u2019s provision followed for a term, set against a provision map of the pupil\u2019s year group",
     None, None),
    ("4 Finding and Targeting", "Works", "Identifying pupils with SEN; targets and interventions; using "
                                         "reports from other professionals; approaches, strategies and "
                                         "resources, including ICT; judging between courses of action."),
    ("5 Tracking", "Saltmarsh House", None),
    ("6 Families and Agencies", "Works", "Relationships with pupils and with parents and carers; the Parent "
                                         "Partnership Service explains its work; the scope and role of health, "
                                         "social care and voluntary services; the Common Assessment "
                                         "Framework and team around the child."),
    ("THIRD IMPRESSION: Leading the Works. Broadside 3, \u2018The Change Broadside\u2019 (5,000 words and the "
     "Open Press): a change project carried out in the Fellow\u2019s school over two terms", None, None),
    ("7 Hearing the Child", "Works", "Led with the Young Printers: consulting pupils, person-centred reviews, "
                                     "Talking Mats, and involving pupils in planning and reviewing their "
                                     "provision."),
    ("8 The Chapel", "Hollins Lane", "Working with the head, senior leaders and governors on inclusive policy "
                                     "and the use of resources; gaining colleagues\u2019 commitment; school "
                                     "self-evaluation and SEN; working with SENCOs in other schools through "
                                     "the county\u2019s cluster networks."),
    ("9 The Foreman\u2019s Week", "Works", "Deploying and managing teaching assistants; coaching, observation and "
                                         "feedback; encouraging formative assessment; time and priorities; "
                                         "Keepsake: a week\u2019s time log, with comments."),
    ("10 Open Press", "Works", "Fellows present their change projects; the Next Impression (5.5.11)."),
]
for a, b, c in PDAYS:
    cells = pd.add_row().cells
    if b is None and c is None:
        m = cells[0].merge(cells[2])
        cell_text(m, a, bold=True, size=9)
        shade_cell(m, "F3EDE4")
        continue
    cell_text(cells[0], a, size=9, bold=True)
    cell_text(cells[1], b, size=9)
    if c is None:  # Press Day 5, with a tracked deletion
        p = cells[2].paragraphs[0]
        run(p, "Summative assessment, National Curriculum levels, P scales and national tests to track "
               "progress and change programmes; assessment for learning with colleagues; provision mapping "
               "and finding ineffective or missing provision", size=9)
        del_run(p, "; and access arrangements for national tests", PB, D2, size=9)
        run(p, ".", size=9)
    else:
        cell_text(cells[2], c, size=9)
set_col_widths(pd, [3.6, 2.6, 10.4])
P("", after=2)

H("5.5.4 Who can join, and checks", 3)
P("Fellows must hold qualified teacher status and be, or be about to become, the SENCO of a school. The "
  "headteacher signs the application form and names the Fellow\u2019s Companion.")
P("Before a place is confirmed, the Learning Officer checks that every Fellow has a current enhanced CRB "
  "disclosure. The headteacher gives the disclosure number and date in writing, and confirms the Fellow has "
  "been checked against List 99. A Fellow who has not worked in a school in the last three months applies "
  "for a new enhanced disclosure through the Trust, which is a registered body, and does not start until it "
  "is back.")

H("5.5.5 The Starting Forme and the Makeready Plan", 3)
P("In the first fortnight each Fellow completes the Starting Forme, a needs analysis against every line of "
  "the Learning Outcomes Framework, with evidence, and talks it through with their tutor and Companion. From "
  "it the tutor and Fellow write the Makeready Plan: the Fellow\u2019s own outcomes for the year, what they "
  "will do in school between Press Days, and which Press Days they may take lightly because they already "
  "know the ground. The Plan is reviewed at the end of each Impression.")

H("5.5.6 Prior learning and other routes", 3)
P("Certificated study in SEN at Master\u2019s level in the last five years can be credited against the First "
  "Impression under the University\u2019s regulations. We do not at present credit "
  "experience that has no certificate.")
P("The steering group considered an assessment-only route for experienced teachers from the county\u2019s "
  "Specialist Teaching Service and decided against it for the first two cohorts: every Fellow takes the "
  "Press Days.")

H("5.5.7 Times, places and flexibility", 3)
P("There are two starts a year, in September and in January. Every Press Day is given on a weekday and "
  "again on a Saturday, or as two twilight sessions, and a Fellow may mix the three. The First and Second "
  "Impressions may be taken in either order; the Third comes last. A Fellow may take one year or two.")
P("The SENCO Press Year has no online element. Fellows receive printed packs for each Press Day and hand in "
  "Broadsides on paper or by e-mail. The Type Archive (A7) is a public website and is not part of the award.")

H("5.5.8 Access for Fellows", 3)
acc = P("The booking form asks every Fellow whether they have any access needs. The Case Room Learning Centre "
        "will have level access and a lift.")
comments.append((acc.runs, "Should we say what we would do about Broadsides for a disabled Fellow \u2013 extra "
                           "time etc.? Uni has a policy. PB", PB, "PB"))

H("5.5.9 Teaching team, Companions and placements", 3)
table([
    ["Who", "Role", "Background"],
    ["Pauline Brack", "Programme leader; tutor", "MA Inclusive Education; SENCO in two Ebbshire schools for "
                                                 "eleven years; leader of \u2018Setting the Case\u2019"],
    ["Dr Alun Reece", "University link tutor; tutor", "Principal Lecturer in SEN, University of Ebbsworth; "
                                                      "former head of a special school"],
    ["Sameena Dhillon", "Tutor", "Senior Educational Psychologist, Ebbshire County Council"],
    ["Colin Ashworth", "Tutor", "Deputy head, Hollins Lane School; specialist teacher (autism), NPQH"],
], [3.4, 4.2, 9.0])
tp = P("Tutors new to the award have a day\u2019s induction with the University on its marking criteria and "
       "the Makeready Plan, and a copy of the Tutor Handbook. Each Fellow\u2019s Companion is a senior "
       "colleague in their school who meets them twice a term and signs off the Makeready. ")
ins_run(tp, "Companions come to a half-day briefing at the Works before the first Press Day, receive the "
            "Companion Handbook, and have a termly telephone call with the Fellow\u2019s tutor.", PB, D2)
P("Every Fellow spends two days on placement, either with the county\u2019s Specialist Teaching Service or in "
  "one of our three partner special schools, arranged by the Learning Officer and written up as part of "
  "Broadside 2. Specialists teach on Press Days 2, 6 and 8.")

H("5.5.10 Marking and the award", 3)
mk = P("Each Fellow\u2019s Broadsides are marked by their own tutor against the University\u2019s Master\u2019s level "
       "criteria, and a second tutor reads any Broadside the first tutor has failed. ")
del_run(mk, "The University\u2019s external examiner will moderate a sample of Broadsides from every Impression "
            "each year.", MO, D1)
P("The University of Ebbsworth will validate the award at Master\u2019s level at its validation event in March "
  "2009 and will confer the Postgraduate Certificate. The credit rating is [credits to be confirmed at "
  "validation].")
cr = doc.paragraphs[-1]
comments.append((cr.runs, "Uni have said 60 informally \u2013 but not until the event. Leave the placeholder? "
                          "MO", MO, "MO"))
P("A Fellow is awarded the Certificate on an average of fifty per cent across the three Broadsides, with no "
  "Broadside below forty per cent, and a pass at the Open Press.")

H("5.5.11 After the award: the Next Impression", 3)
P("On Press Day 10 each Fellow drafts their Next Impression: a plan of two or three professional targets for "
  "the following year, drawn from what the Makeready showed, which they take to their headteacher at their "
  "next performance management meeting. Tutors talk with each Fellow about further study, including the "
  "University\u2019s MA in Inclusive Education, to which the Certificate carries credit.")

H("5.5.12 Learning Outcomes Framework", 3)
P("The Evidence column is read as set out in section 5.1.", after=3, italic=True)
LOF = [
    ("ATTITUDES AND VALUES (the Fellow\u2019s professional attributes)", [
        ("LO1", "Builds fair, respectful, supportive relationships with pupils with SEN or disabilities and "
                "with their parents and carers", "6", "Press Day only"),
        ("LO2", "Gains the commitment of colleagues, the head and senior leaders to better outcomes for these "
                "pupils", "8", "B3"),
        ("LO3", "Prioritises, manages time and delegates well, and checks that delegated work is done", "9",
         "Keepsake"),
        ("LO4", "Anticipates and solves problems; makes sound, well-founded decisions about provision", "4",
         "B2"),
        ("LO5", "Speaks and writes clearly; listens to and understands the views of others", "all",
         "B1, B2, B3 (Open Press)"),
        ("LO6", "Uses research and outside advice to improve own and colleagues\u2019 practice", "2", "B1"),
        ("LO7", "Keeps up to date and takes charge of own professional development in SEN and disability",
         "2, 10", "B3 (the Next Impression plan is marked with it)"),
    ]),
    ("KNOWLEDGE AND UNDERSTANDING", [
        ("LO8", "Knows the law and guidance on SEN, including the Code of Practice, what they mean for the "
                "school and how to carry them out", "1", "B1"),
        ("LO9", "Knows the principles and outcomes of Every Child Matters and the SENCO\u2019s part in them", "1",
         "B1"),
        ("LO10", "Knows the disability equality laws and what they require for disabled pupils", "3",
         "Keepsake"),
        ("LO11", "Knows how children develop and how SEN, disability and surroundings affect development", "2",
         "B1"),
        ("LO12", "Knows the common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) "
                 "and how they affect learning", "2", "B1"),
        ("LO13", "Weighs approaches, strategies and resources, including ICT, and uses them to remove "
                 "barriers and personalise provision", "4", "B2"),
        ("LO14", "Knows the principles of school self-evaluation and improvement as they bear on pupils "
                 "with SEN", "8", "B3"),
        ("LO15", "Knows best practice and research findings in meeting SEN", "2", "B1"),
        ("LO16", "Knows the scope and role of outside agencies and how to get specialist support", "6", "B2"),
    ]),
    ("SKILLS", [
        ("LO17", "With senior colleagues and governors, influences the school\u2019s inclusive ethos, policy, "
                 "priorities and resources", "8", "B3"),
        ("LO18", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and "
                 "reviews progress", "4", "B2"),
        ("LO19", "Uses other professionals\u2019 assessments to shape teaching", "4", "B2"),
        ("LO20", "Uses summative assessment and national tests to track progress and change programmes", "5",
         "B2"),
        ("LO21", "Encourages colleagues to develop formative assessment, with approaches for pupils with SEN",
         "5, 9", "B3"),
        ("LO22", "Identifies in good time the special arrangements pupils need for national tests and "
                 "examinations and puts them in place with colleagues", "5", "B2"),
        ("LO23", "Uses provision mapping to plan provision and find what is ineffective or missing", "5", "B2"),
        ("LO24", "Deploys and manages staff, especially teaching assistants", "9", "B3"),
        ("LO25", "Supports colleagues\u2019 development through observation and feedback, modelling, coaching "
                 "and training", "9", "B3"),
        ("LO26", "Reviews with other staff how well provision works, to inform self-evaluation and "
                 "improvement planning", "\u2014", "\u2014"),
        ("LO27", "Involves pupils in planning, agreeing, reviewing and evaluating their provision", "7", "B2"),
        ("LO28", "Liaises with parents and carers to support their children\u2019s learning", "\u2014",
         "\u2014"),
        ("LO29", "Works in partnership with other services and agencies, including voluntary organisations",
         "6", "Press Day only"),
    ]),
]
lof = doc.add_table(rows=1, cols=4)
lof.style = "Table Grid"
for c, h in zip(lof.rows[0].cells, ["Ref", "The Fellow ... (our words)", "Press Day", "Evidence"]):
    cell_text(c, h, bold=True, size=9)
    shade_cell(c, "7A1F1F")
    for r in c.paragraphs[0].runs:
        r.font.color.rgb = RGBColor.from_string("FFFFFF")
repeat_header(lof.rows[0])
for g, rows in LOF:
    cells = lof.add_row().cells
    m = cells[0].merge(cells[3])
    cell_text(m, g, bold=True, size=9)
    shade_cell(m, "F3EDE4")
    for ref, what, day, ev in rows:
        row = lof.add_row()
        cells = row.cells
        if ref == "LO22":  # whole row deleted with tracked changes
            trPr = row._tr.get_or_add_trPr()
            trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="9001" w:author="{PB}" w:date="{D2}"/>'))
            for c, v in zip(cells, [ref, what, day, ev]):
                del_run(c.paragraphs[0], v, PB, D2, size=9)
            continue
        cell_text(cells[0], ref, size=9)
        cell_text(cells[1], what, size=9)
        cell_text(cells[2], day, size=9, align="center")
        cell_text(cells[3], ev, size=9)
set_col_widths(lof, [1.4, 9.6, 1.8, 3.8])
P("", after=2)

# ------------------------------------------------------------------ other activities
H("5.6 Activity A5: Volunteers\u2019 training", 2)
P("Twelve evening sessions a year for new volunteers on presswork, safety and working with school groups. "
  "Every volunteer who works with school parties has an enhanced CRB disclosure through the Trust before "
  "their first session, renewed every three years.")
H("5.7 Activity A6: Press in a Box", 2)
P("A travelling kit (a table-top press, type and a lesson pack) lent to special schools for a half-term, "
  "with a training session for staff. Twenty loans a year.")
H("5.8 Activity A7: The Type Archive online", 2)
P("A public website of 4,000 digitised specimens, posters and tickets from the Works, with forums where "
  "visitors, collectors and schools can ask questions, moderated by volunteers.")

# ------------------------------------------------------------------ 6 resources
H("6. Resources", 1)
P("The Case Room Learning Centre will be the base for A1, A4 and A6. Fellows of A4 have full use of the "
  "University of Ebbsworth\u2019s library and electronic journals, and of the County\u2019s SEN resource base at "
  "the Ebbsworth Teachers\u2019 Centre. An assistive technology kit (text-to-speech and word-prediction software, "
  "switch access, reading pens and laptops) will be bought for the award if the grant is awarded.")

# ------------------------------------------------------------------ 7 action plan
H("7. Action plan", 1)
table([
    ["When", "What", "Who"],
    ["Feb\u2013Mar 2009", "Validation of A4 by the University of Ebbsworth", "PB, AR"],
    ["Apr 2009", "HLF Round 2 submission", "MO"],
    ["May\u2013Jul 2009", "Recruit the first twenty Fellows; CRB checks; Companions named", "DC, PB"],
    ["Sep 2009", "A4 first start; Press Day 1 [dates TBC]", "PB"],
    ["Jan 2010", "A4 second start; building work begins [TBC]", "PB, MO"],
    ["Jul 2010", "First Open Press; first evaluation report", "PB, evaluator"],
], [3.2, 10.4, 3.0])

# ------------------------------------------------------------------ 8 evaluation
H("8. Evaluation plan", 1)
P("The steering group of Open Forme (the Director, the Head of Learning, the University, the County\u2019s SEN "
  "and Inclusion Service, two headteachers, a parent from the county parent carer forum and two Young "
  "Printers) reads the evaluation evidence each term and agrees changes, which are logged in the action plan "
  "and reported to the Trustees, to the HLF and, for A4, in the University\u2019s annual monitoring report. "
  "For A4:")
table([
    ["What we want to know", "How", "Who", "When"],
    ["Are Press Days working?", "Fellows\u2019 evaluation sheet after each Press Day; tutors\u2019 notes",
     "Fellows; tutors", "Every Press Day"],
    ["Are Fellows more competent and confident?", "The Starting Forme repeated at the Open Press; a "
                                                  "confidence scale on each outcome, start and end; "
                                                  "Broadside marks", "Tutors", "Start and end of year"],
    ["Has it made a difference to pupils?", "Broadside 3 must report baseline and follow-up measures for the "
                                            "pupils the change project touches (reading ages, National "
                                            "Curriculum sub-levels, attendance, a well-being questionnaire)",
     "Fellows; tutors", "Each Broadside 3"],
    ["Do schools see a difference?", "Survey of Fellows\u2019 headteachers and Companions twelve months after "
                                     "the award", "Ebbshire Research and Intelligence Unit",
     "Annually from 2010"],
    ["Do pupils see a difference?", "Young Printers review Press Day 7 with Fellows and visit two change "
                                    "projects a year", "Young Printers", "Annually"],
    ["Is the award sound overall?", "Independent evaluation report", "Ebbshire Research and Intelligence Unit",
     "July 2010, 2011, 2012"],
], [4.0, 6.8, 3.2, 2.6])

# ------------------------------------------------------------------ 9 costs
H("9. Costs", 1)
table([
    ["A4: one cohort of twenty Fellows", "\u00a3"],
    ["Tutors (40 days) and marking", "18,000"],
    ["University registration (\u00a3300 a Fellow)", "6,000"],
    ["Rooms, packs and lunches", "4,000"],
    ["Evaluation", "2,000"],
    ["Total (\u00a31,500 a Fellow)", "30,000"],
], [12.0, 4.6])
P("Schools pay \u00a3950 a Fellow; Ebbshire County Council adds \u00a3200 for its own schools, and the HLF grant "
  "meets the rest in 2009\u201311. The nearest comparable university route costs \u00a31,900 and a day\u2019s "
  "travel each time, and the Makeready Plan lets a Fellow spend less time on what they already know.")

for runs, text, author, ini in comments:
    comment(doc, runs, text, author, ini)

doc.save(OUT)
print("wrote", OUT)
