"""lu-01-cobbold-lane-kiln-log: build script.

Provider (invented): Cobbold Lane Pottery School, a ceramics studio school in Wendlebury whose
Education Studio has run clay sessions for pupils with SEN for ten years, applying with the
University of Eastmere (School of Education) and Wendlebury County Council's Learning Support
Service to run the National Award for SEN Coordination from September 2008 / January 2009.

Document kind and layout: the course written up as the studio's KILN LOG for "Kiln 4" (the
SENCo Award kiln), in the school's house vocabulary. No heading styles: section titles are
shaded bold capitalised Normal paragraphs. A kiln details table (course facts), a "How to read
this log" glossary table that defines the Ware Chart's values ("Glazed", "Bisque only", "Test
tile", "Not packed", a dash) well above the chart, a Firing Schedule table (study days as
"Firings" 1-8, with a merged cell for the repeat Saturday sittings), Firing Notes in prose, a
text box ("Notice on the Kiln Room door", the access arrangements), the Ware Chart (outcomes in
the school's own words, merged shaded group rows, columns "Packed in" and "Drawn as"), "Drawing
the kiln" (assessment), "Kiln faults and remedies" (QA), "Other kilns" (another provider).
Tracked changes: a whole deleted paragraph (a "straight to glaze" route), a whole inserted
paragraph (APL/APEL), a tracked change inside a Ware Chart cell. One Word comment. Header and
footer (the footer claims every outcome is "fired to maturity").

Vocabulary: Kiln master = course leader; Packers = tutors; Collector = the headteacher who
mentors the Commission; Firing = study day; Wedging Sheet = pre-course audit; Commission =
school-based development project; Pots 1-3 = the three assessed pieces; Kiln Committee =
steering group; Next Kiln = end-of-course CPD planning.

Traps (requirement ids):
- The only assessment-only route is another provider's (Harrow Barn Clayworks' "straight to
  glaze" route) and Cobbold Lane says it does not offer one; its own route is a deleted tracked
  paragraph (2.3 not_met).
- APL/APEL exists only in a whole inserted tracked paragraph, which counts (2.1 met).
- Pupil voice is only hoped for next year (1.5 not_met; 6.S7 "Not packed").
- School self-evaluation "Not packed" (6.K7 not_met); review of provision "Test tile" only
  (6.S6 partially_met); child development "Test tile" only (6.K4 partially_met).
- Time management "Bisque only" (6.A3 partially_met); exam access arrangements changed by a
  tracked change in the cell from "Glazed (Pot 3)" to "Bisque only" (6.S2d partially_met).
- Keeping up to date assessed in Pot 3 but packed in no firing (dash) (6.A7 partially_met).
- Because several outcomes are not glazed, assessment is not against all outcomes (1.9
  partially_met), although the award rule itself is stated (6.0 met).
- CRB checks described are on studio staff and visiting potters; candidates' checks are left to
  their schools (5.3 not_met, someone else's responsibility / wrong people).
- The Wedging Sheet audit does not change anyone's programme: no individual plan (2.2 partially).
- One start date, fixed order; only a Saturday repeat sitting (3.2 partially_met).
- Kiln Room online: a peer forum that Packers do not take part in (3.3 partially_met).
- Stakeholders in evaluation only "would welcome"; a comment proposes heads on the evaluation
  panel (comment is not evidence) (4.3 partially_met).
- Research: only "recent thinking" in general terms (1.3 partially_met).
- Placements: Commission in own school only, "we do not arrange visits" (5.5 partially_met).
- Roles: Packers "know the kiln", Collectors get a letter (5.7 partially_met).
- Pupil impact only hoped for; confidence is measured (5.9 partially_met).
- Footer "Every national outcome fired to maturity" is a footer claim, never evidence.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt
from _lu_helpers import (para, runs, table, group_row, set_cell, shade_cell, ins_par, del_par,
                         cell_change, text_box, header_footer)

HERE = Path(__file__).parent
NAME = "lu-01-cobbold-lane-kiln-log"
A1, D1 = "R. Penderel", "2008-11-14T10:12:00Z"
A2, D2 = "O. Hale", "2008-11-18T16:40:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
header_footer(doc, "Cobbold Lane Pottery School  |  KILN LOG  |  Kiln 4 (SENCo Award)  |  Sheet 1 of 1",
              "Every national outcome fired to maturity. Cobbold Lane Pottery School, Tanyard Row, Wendlebury.")


def title(text):
    return para(doc, text.upper(), bold=True, shade="D9C3A5", space_after=4)


para(doc, "COBBOLD LANE POTTERY SCHOOL", bold=True, size=16, align="center")
para(doc, "Education Studio", italic=True, align="center")
para(doc, "KILN LOG: KILN 4", bold=True, size=14, align="center")
para(doc, "The National Award for SEN Coordination, 2008-09, with the University of Eastmere and "
          "Wendlebury County Council Learning Support Service. Submitted to the TDA for approval, "
          "November 2008.", align="center")

para(doc, "This is how we write up every kiln at Cobbold Lane, and we have kept to it for the SENCo Award. "
          "Each of our kilns has a log: what goes in, how it is fired, what comes out and what went wrong. "
          "Kiln 4 is not a kiln at all, but the log tells the panel the same things about our course, in "
          "the words our staff and our participants already use.")

title("1. Kiln details")
t = table(doc, [
    ["Kiln", "Kiln 4: the National Award for SEN Coordination (Cobbold Lane / University of Eastmere)"],
    ["Validated by", "The University of Eastmere, School of Education, as the module pair EDM7041 "
                     "\u201cCoordinating Provision for SEN\u201d and EDM7042 \u201cLeading SEN Practice\u201d."],
    ["Level and credits", "60 credits at masters level (Level 7), awarded by the University of Eastmere as "
                          "the Postgraduate Certificate in SEN Coordination."],
    ["Load", "Up to 24 participants a year, all newly appointed SENCOs in maintained schools."],
    ["Firing pattern", "Eight Firings (study days) from September to June, plus work in school between them."],
    ["Fee", "\u00a31,150 a participant; the Learning Support Service pays half for Wendlebury schools, and the "
            "University and the studio share the teaching costs, so each place costs the county \u00a3575."],
    ["Kiln master", "Ruth Penderel, Head of the Education Studio"],
    ["Partners", "University of Eastmere; Wendlebury County Council Learning Support Service"],
], header_fill=None)
for r in t.rows:
    r.cells[0].paragraphs[0].runs[0].bold = True
    shade_cell(r.cells[0], "F2E6D9")

title("2. Why a pottery school fires this kiln")
para(doc, "For ten years the Education Studio has run clay sessions for pupils with SEN and disabilities "
          "from Wendlebury's schools: two mornings a week for the special schools, and an after-school "
          "club for pupils on School Action Plus. The county's SENCO network has met in our long gallery "
          "since 2003. When the requirement for new SENCOs to hold the Award was announced, the Learning "
          "Support Service asked us to host the course and the University agreed to validate it, as it "
          "already validates our Certificate in Teaching Ceramics.")
para(doc, "Our purpose for Kiln 4 is plain. The course is there to raise the achievement and the "
          "well-being of pupils with SEN and disabilities in our participants' schools, across all five "
          "Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a "
          "positive contribution and achieving economic well-being. Every Firing names the ECM outcomes "
          "it serves, and the Commission (Pot 2) is marked on what changed for pupils, not only on "
          "attainment: attendance, confidence, friendships and taking part in the life of the school "
          "count as much as test results.")
para(doc, "The aims are to give new SENCOs the knowledge and skills to lead provision for pupils with SEN "
          "in their schools; to help them use that knowledge to make a lasting change in their own school; "
          "and to leave them ready to keep learning once the kiln is drawn.")

title("3. How to read this log")
para(doc, "Potters read a kiln log quickly. For everyone else, these are the words we use in it. The "
          "values in the Ware Chart (Section 8) mean exactly what this table says and nothing more.")
table(doc, [
    ["Word in the log", "What it means for the SENCo Award"],
    ["Firing", "A study day at Cobbold Lane, 9.30 to 4.00."],
    ["Packers", "The tutors who teach the Firings and mark the Pots."],
    ["Wedging Sheet", "The audit each participant fills in before Firing 1."],
    ["Commission", "The development project each participant carries out in his or her own school."],
    ["Collector", "The participant's headteacher, who agrees the Commission and sees it through in school."],
    ["Pot 1, Pot 2, Pot 3", "The three pieces of assessed work (see Section 9)."],
    ["Glazed", "Worked on in the Firing shown and marked in the Pot shown, against the University's criteria."],
    ["Bisque only", "Worked on in the Firing shown, but not marked in any Pot."],
    ["Test tile", "Tried in a short task on the day, with spoken feedback from a Packer; not marked."],
    ["Not packed", "Not in this year's kiln at all."],
    ["\u2014 (dash) under \u201cPacked in\u201d", "Not worked on in any Firing."],
])

title("4. Before the first firing")
runs(doc, [("Who can be loaded. ", "b"),
           ("Kiln 4 takes qualified teachers who have been appointed SENCO, or are about to be, in a "
            "maintained school in Wendlebury or a neighbouring authority. Each applicant sends a form "
            "signed by the headteacher, who agrees to act as Collector and to give the time for the "
            "Commission. Ruth Penderel and Dr Owen Hale interview every applicant by telephone, using the "
            "Wedging Sheet, to check that he or she has enough knowledge of SEN and enough experience of "
            "teaching pupils with SEN to reach the outcomes by June. Where an applicant is not yet ready, "
            "we say what to do first (usually a term of the county's SEN Induction Course and shadowing an "
            "experienced SENCO), talk to the headteacher about it, and keep a place for the next kiln.", "")])
runs(doc, [("The Wedging Sheet. ", "b"),
           ("Before Firing 1 each participant rates himself or herself against every line of the Ware "
            "Chart (1 = new to me, 4 = confident and can show it) and gives one example for each rating of "
            "3 or 4. The Kiln master reads every sheet and talks it through with the participant at Firing "
            "1. The Wedging Sheet is filed with the participant's record. It does not change the Firings: "
            "everyone packs the same ware in the same order, because the group learns together.", "")])
ins_par(doc, "Prior learning. Up to 20 of the 60 credits can be given for prior certificated study at "
             "masters level (APL), or for experience shown in a portfolio mapped to the Ware Chart (APEL), "
             "under the University of Eastmere's regulations for the accreditation of prior learning. Dr Hale "
             "assesses each claim with the participant before Firing 2 and the University's APL Panel "
             "approves it; a successful claim excuses Pot 1.", A2, D2)
runs(doc, [("Checks. ", "b"),
           ("All Cobbold Lane staff, Packers and visiting potters who work with children in our Education "
            "Studio hold an enhanced CRB disclosure, renewed every three years, and the studio manager keeps "
            "the register. Participants' own checks are a matter for their employing school.", "")])
del_par(doc, "Straight to glaze. An experienced SENCO who already meets the outcomes may ask to be assessed "
             "without attending the Firings, by presenting Pots 1 to 3 at the June Board.", A1, D1)

title("5. Firing schedule, 2008-09")
t = table(doc, [
    ["Firing", "Thursday sitting", "Repeat sitting", "What goes in", "ECM outcomes served"],
    ["1  Centring", "25 Sept 2008", "Each Firing is repeated on the Saturday after it, 9.30 to 3.30, "
                                     "for participants who cannot be released on a Thursday.",
     "The SENCO role; the SEN Code of Practice; Every Child Matters; the Disability Equality Duty", "All five"],
    ["2  Opening", "23 Oct 2008", None, "Identifying needs; the common types of SEN; assessment by others",
     "Enjoying and achieving; being healthy"],
    ["3  Pulling up", "27 Nov 2008", None, "Teaching approaches, ICT, what research shows; first tutorial",
     "Enjoying and achieving"],
    ["4  Turning", "22 Jan 2009", None, "Data, tracking, provision mapping, formative assessment",
     "Enjoying and achieving; economic well-being"],
    ["5  Handles", "26 Feb 2009", None, "Leading colleagues: teaching assistants, coaching, the head and governors",
     "Making a positive contribution"],
    ["6  Slips", "26 Mar 2009", None, "Parents and carers; external agencies; second tutorial",
     "Staying safe; being healthy"],
    ["7  Glazing", "7 May 2009", None, "Decisions on provision; reviewing what works; Commission reports",
     "All five"],
    ["8  Drawing", "18 Jun 2009", None, "Presentations of Commissions; Next Kiln", "All five"],
])
c = t.cell(1, 2).merge(t.cell(8, 2))
set_cell(c, "Each Firing is repeated on the Saturday after it, 9.30 to 3.30, for participants who cannot "
            "be released on a Thursday.")
para(doc, "There is one kiln a year, starting in September, and the Firings are taken in order. Between "
          "Firings participants carry out the tasks set on the day in their own school and bring them to the "
          "next Firing.")

title("6. Firing notes")
runs(doc, [("Firing 1, Centring. ", "b"),
           ("Participants work through the SEN Code of Practice, the Education Act 1996 as it bears on "
            "SEN, the Disability Discrimination Act 1995 as amended in 2005 and the Disability Equality "
            "Duty, and the Every Child Matters framework, with the county's Principal SEN Officer. Each "
            "participant audits his or her school's SEN policy and disability equality scheme against them "
            "and brings the audit to Firing 2.", "")])
runs(doc, [("Firing 2, Opening. ", "b"),
           ("Sunita Marr, educational psychologist, leads a day on behavioural, emotional and social "
            "difficulties, specific learning difficulties including dyslexia, speech, language and "
            "communication needs, autistic spectrum disorders and moderate learning difficulties, and how "
            "each affects learning. Participants learn how to identify pupils who may have SEN from "
            "observation and data, to set targets and to plan and review interventions, and how to use "
            "reports from psychologists, therapists and advisory teachers to plan teaching. A short "
            "test-tile task on how children develop closes the day.", "")])
runs(doc, [("Firing 3, Pulling up. ", "b"),
           ("Dr Hale and Alan Crisp, specialist teacher for autism, take participants through approaches "
            "and resources for assessment, planning and teaching, including assistive ICT, and through what "
            "studies of SEN practice show works best. The Packers keep their reading up to date and bring "
            "recent thinking to each firing. Each participant has a twenty-minute tutorial to agree the "
            "Commission.", "")])
runs(doc, [("Firing 4, Turning. ", "b"),
           ("Participants use their own school's data, including Key Stage tests and P scales, to track "
            "the progress of pupils with SEN and decide when a programme should change; build a provision "
            "map for one year group and find where provision is missing or not working; and plan how to "
            "help colleagues use formative assessment with pupils with SEN. Access arrangements for tests "
            "and examinations are introduced in the afternoon.", "")])
runs(doc, [("Firing 5, Handles. ", "b"),
           ("The day is about leading other adults. Participants plan how to deploy and manage teaching "
            "assistants, practise coaching and giving feedback after a lesson observation, and prepare a "
            "paper for their headteacher and governors on the school's inclusion priorities and budget. "
            "A session on managing the SENCO's own time is included. Participants also practise advising "
            "colleagues in other schools through the county's SENCO cluster groups.", "")])
runs(doc, [("Firing 6, Slips. ", "b"),
           ("Wendlebury Parent Partnership and two parents of pupils at our clay club lead the morning on "
            "working with parents and carers: role play of a difficult review meeting and of advising "
            "parents on support at home. In the afternoon Jo Keble, speech and language therapist, and the "
            "county's Children's Services team cover the work of external agencies and voluntary "
            "organisations and how to obtain specialist support. Second tutorial.", "")])
runs(doc, [("Firing 7, Glazing. ", "b"),
           ("Case studies of hard decisions about provision. A short test-tile task asks each group to "
            "review the effectiveness of one intervention with the other staff involved. We had hoped to "
            "include pupil voice in this Firing; we would like to add a session on consulting pupils in "
            "2009-10, once the Kiln Committee has agreed it.", "")])
runs(doc, [("Firing 8, Drawing. ", "b"),
           ("Participants present their Commissions to the group and to their Collectors. The afternoon is "
            "Next Kiln: each participant writes a Next Kiln plan of professional targets for the coming two "
            "years, with a Packer, to take to the performance management review with the headteacher; we "
            "describe the University's MA in Inclusive Education, into which the 60 credits transfer.", "")])

title("7. Notice on the Kiln Room door")
text_box(doc, [
    ("KILN ROOM: ACCESS", True),
    ("Every studio, the long gallery and the Kiln Room are on the ground floor with level access and an "
     "accessible toilet. The enrolment form asks each participant about any disability or need, and the Kiln "
     "master meets anyone who tells us to agree adjustments before Firing 1: handouts in large print or "
     "electronically, a hearing loop in the long gallery, a reader or note-taker, rest breaks, and extra time "
     "or another format for any Pot. Our publicity says this, and we ask again at Firing 3.", False),
], height_pt=120)
para(doc, "")

title("8. Ware Chart")
para(doc, "The ware is the national minimum outcomes in our own words. Read the values with Section 3.")
rows = [["Ware (in our words)", "Packed in", "Drawn as"],
        ["CHARACTER OF THE WARE (attributes)", None, None],
        ["Builds fair, respectful relationships with pupils with SEN and their families", "Firing 6", "Glazed (Pot 2)"],
        ["Wins the commitment of colleagues, the head and senior leaders", "Firing 5", "Glazed (Pot 2)"],
        ["Prioritises, manages time and delegates well", "Firing 5", "Bisque only"],
        ["Solves problems and makes sound decisions on provision", "Firing 7", "Glazed (Pot 1)"],
        ["Speaks and writes clearly; listens to others' views", "Firing 6", "Glazed (Pot 2)"],
        ["Uses research and outside advice to improve practice", "Firing 3", "Glazed (Pot 1)"],
        ["Keeps up to date and owns his or her CPD", "\u2014", "Glazed (Pot 3)"],
        ["THE BODY (knowledge and understanding)", None, None],
        ["SEN law and the Code of Practice, and putting them into practice", "Firing 1", "Glazed (Pot 1)"],
        ["Every Child Matters and the SENCO's part in it", "Firing 1", "Glazed (Pot 2)"],
        ["Disability equality law and what it requires", "Firing 1", "Glazed (Pot 1)"],
        ["How children develop, and what affects development", "Firing 2", "Test tile"],
        ["The common types of SEN and how they affect learning", "Firing 2", "Glazed (Pot 1)"],
        ["Approaches, strategies and resources, including ICT", "Firing 3", "Glazed (Pot 1)"],
        ["School self-evaluation and SEN", "\u2014", "Not packed"],
        ["What works best and what studies show", "Firing 3", "Glazed (Pot 1)"],
        ["External agencies and getting specialist support", "Firing 6", "Glazed (Pot 3)"],
        ["THROWING AND TURNING (skills)", None, None],
        ["Influences the head and governors on inclusive ethos, policy and resources", "Firing 5", "Glazed (Pot 2)"],
        ["Identifies pupils with SEN, sets targets, plans and reviews interventions", "Firing 2", "Glazed (Pot 1)"],
        ["Uses other professionals' assessments to shape teaching", "Firing 2", "Glazed (Pot 1)"],
        ["Uses test and other summative data to track progress and change programmes", "Firing 4", "Glazed (Pot 2)"],
        ["Helps colleagues develop formative assessment for pupils with SEN", "Firing 4", "Glazed (Pot 3)"],
        ["Arranges access arrangements for tests and examinations in good time", "Firing 4", "Glazed (Pot 3)"],
        ["Uses provision mapping; finds missing or weak provision", "Firing 4", "Glazed (Pot 2)"],
        ["Deploys and manages support staff", "Firing 5", "Glazed (Pot 2)"],
        ["Develops colleagues: observation, feedback, coaching, training", "Firing 5", "Glazed (Pot 3)"],
        ["Reviews provision with other staff for self-evaluation", "Firing 7", "Test tile"],
        ["Involves pupils in planning and reviewing their provision", "\u2014", "Not packed"],
        ["Works with parents and carers", "Firing 6", "Glazed (Pot 2)"],
        ["Works with other services and voluntary organisations", "Firing 6", "Glazed (Pot 3)"]]
t = table(doc, rows)
for i in (1, 9, 19):
    group_row(t, i, rows[i][0], fill="D9C3A5")
cell_change(t.cell(25, 2), "Glazed (Pot 3)", "Bisque only", A1, D1)

title("9. Drawing the kiln")
para(doc, "Pot 1 is a 4,000-word case study of one pupil with SEN in the participant's school, from "
          "identification to review, handed in after Firing 4. Pot 2 is the Commission report (6,000 words): "
          "the participant leads a change in SEN provision in his or her school, agreed with the Collector, "
          "and reports what was done, what changed for the pupils and staff involved, and the evidence for "
          "it. Pot 3 is a portfolio of practice with a reflective log and a statement from the Collector.")
para(doc, "Packers mark each Pot against the University's masters level criteria and against the Ware "
          "Chart lines it is drawn for. Every Pot is second-marked by another Packer; a sample of each Pot, "
          "including every fail and every borderline script, goes to the University's moderator; and the "
          "external examiner, Professor Lena Strick of the University of Kessingham, sees the moderated "
          "sample and the marks before the Board of Examiners in July. Packers meet for a marking "
          "standardisation session before each Pot is marked, using scripts from our Certificate in "
          "Teaching Ceramics as well as this year's work.")
para(doc, "No participant is awarded the Postgraduate Certificate unless the Board of Examiners has seen "
          "evidence of each of the national minimum outcomes in the participant's marked Pots. A participant "
          "who falls short may resubmit once.")

title("10. Packers")
table(doc, [
    ["Packer", "Background", "In the kiln"],
    ["Ruth Penderel", "MA (SEN), Eastmere; SENCO for 9 years at Tanyard Primary; Head of the Education Studio since 2004",
     "Kiln master; Firings 1, 5, 8"],
    ["Dr Owen Hale", "Senior Lecturer in Inclusive Education, University of Eastmere; PhD on provision mapping",
     "Firings 3, 4; APL; University link"],
    ["Sunita Marr", "Senior educational psychologist, Wendlebury County Council", "Firing 2; Pot 1 marking"],
    ["Alan Crisp", "Specialist teacher, county autism outreach team; NPQH", "Firing 3; Pot 3 marking"],
    ["Jo Keble", "Speech and language therapist, Wendlebury PCT (visiting)", "Firing 6"],
])
para(doc, "The Packers have all worked with us before and know the kiln. Collectors receive a letter "
          "explaining the Commission before Firing 3.")
para(doc, "Participants have the University library and its electronic journals, Kiln Room online (see "
          "Section 11), the Learning Support Service's assistive technology room at Wendlebury Learning "
          "Centre, with screen readers, switch access and symbol software, and the Service's loan "
          "collection of assessment materials and specialist resources. Sunita Marr, Alan Crisp and Jo "
          "Keble are available to participants by e-mail between Firings. Participants do their Commission "
          "in their own school; we do not arrange visits to other settings.")

title("11. Kiln Room online")
para(doc, "Each participant has an account on the University's virtual learning environment, where Kiln "
          "Room online holds the slides, readings and tasks for every Firing and a forum. The forum is for "
          "participants to talk to each other between Firings; Packers do not take part in it. Tutor contact "
          "is at the Firings and the two tutorials.")

title("12. Who has had a hand in the kiln")
para(doc, "In spring 2007 we sent a questionnaire to the 118 SENCOs in Wendlebury schools and 71 replied. "
          "They asked for more on autism, on provision mapping and on managing teaching assistants, and "
          "for a course held away from school premises on a day that could be repeated. Firings 4 and 5 "
          "and the Saturday sittings were built from their answers; the Learning Support Service's audit "
          "of SEN provision in 2007 added the emphasis on data in Firing 4.")
p = para(doc, "The Kiln Committee (the Principal SEN Officer, two headteachers, a parent from Wendlebury "
              "Parent Partnership and two SENCOs from the pilot group) met three times in 2007-08. It moved "
              "provision mapping from Firing 7 to Firing 4 and asked for the parents' morning in Firing 6, "
              "both of which we did. Headteachers take part as Collectors, and county officers speak at "
              "Firings 1 and 6. We would welcome schools' views on the kiln after it is drawn.")
doc.add_comment(p.runs[0], text="Can we say the two heads will sit on the evaluation panel in July? Not agreed yet.",
                author="O. Hale", initials="OH")

title("13. Kiln faults and remedies")
para(doc, "Every Firing ends with a Firing Sheet: each participant scores the day and says what to keep "
          "and what to change. The Packers meet after each Firing to read the sheets and after each Pot to "
          "look at the marks. In June a focus group of participants, run by the University's quality officer "
          "rather than by a Packer, reviews the whole kiln. The external examiner's report and the "
          "University's annual module monitoring are the external checks, and the Learning Support Service "
          "reports on take-up and completion across the county.")
para(doc, "All of this goes into the Kiln Faults Report, which the Kiln Committee reads each September. "
          "Each fault it accepts gets a remedy, a name and a date, and the remedies are checked at the "
          "next meeting; the pilot group's Firing Sheets, for example, led us to split the old Firing 4 "
          "in two.")
para(doc, "To see the effect on participants, the Wedging Sheet ratings are repeated at Firing 8 and the "
          "two sets compared for each participant and for the group. We hope that in time the Commissions "
          "will show pupils in participants' schools doing better.")

title("14. The pilot kiln, 2007-08")
para(doc, "Kiln 4 was first fired in 2007-08 as a non-accredited pilot for eleven SENCOs. In the pilot each "
          "participant spent a day at Brook Hill Special School and a day with the autism outreach team; those "
          "visits ended with the pilot, because schools could not release participants for a third and fourth "
          "day. The pilot also had no Pot 3. What we learned from the pilot is written into this log: the "
          "Saturday sittings, the Commission agreed with the Collector at a tutorial, and the second-marking "
          "of every Pot all came from the pilot group's Firing Sheets and from the Kiln Committee.")

title("15. Other kilns")
para(doc, "Harrow Barn Clayworks, which runs a similar award with the University of Kessingham, offers a "
          "\u201cstraight to glaze\u201d route for experienced SENCOs who want only to be assessed. Cobbold "
          "Lane does not offer an assessment-only route.")
para(doc, "Signed for Cobbold Lane Pottery School: Ruth Penderel, Kiln master. For the University of "
          "Eastmere: Dr Owen Hale.")

doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
