"""md-01-cardew-allergen-information-file

Provider (invented): Cardew Street Academy of Chocolate & Confectionery, a
chocolatiers' and sugar-work academy in Hallamford, applying to run the 2008-09
National Award for SEN Coordination with the University of Wexcombe
(validation) and two local authorities (Hallamford City Council and
Coldharbour Borough Council).

Document kind and layout: the course written up as the Academy's food-business
PRODUCT INFORMATION FILE (PIF-SENCO, Issue 4): a document-control table with a
placeholder, a food-business-operator details table, a "How to read this file"
section that defines the Allergen Matrix values far above the matrix
("C - Contains", "M - May contain", "F - Free from"), four Product
Specification Sheets (tables, one per module: P1 Couverture, P2 Ganache,
P3 Praline, P4 Showpiece) with rows Ingredients / Method / Batch size / Shelf
life / Release check / Storage and handling, a "Raw materials and supplier
approval" section (entry, prior learning, checks), a process-flow table of the
twelve Bench Days with vertically merged Product cells, Personnel, Premises,
Customer requirements, Verification and review, Release and labelling, the
Allergen Matrix (28 rows, shaded merged group rows A/K/S, tracked changes in
two cells), and "Other products made on these premises". House vocabulary:
the course is "the SENCO Line", modules are "Products", study days "Bench
Days", marked assessments "Quality Release Checks" (QRC1-QRC4), formative
feedback "Line Tastings", school-based work "Shop-floor Tasks", tutors "Bench
Tutors", school mentors "Shop-floor Mentors". Header and footer; no heading
styles (bold shaded capitals typed as Normal paragraphs with hand numbering
"PIF 1." to "PIF 14."); two Word comments; a deleted paragraph; a text box.

Traps (requirement ids):
- The key to the matrix sits in PIF 3, far above the matrix in PIF 13; "M"
  means handled in Bench Days and Line Tastings only, never marked: 6.A3,
  6.A7, 6.K7, 6.S2c, 6.S6, 6.S7 are partially_met; "F" (not in the Line):
  6.K4, 6.S2d not_met.
- Tracked change in the matrix: 6.A2 changed from C/QRC4 to M/"-" (partially
  met); 6.S4 changed from M to C with QRC4 inserted (met).
- A comment doubts K3's place in QRC1; comments are not evidence and the
  matrix and the P1 sheet both put K3 in QRC1 (6.K3 met).
- Assessment-only route explicitly not offered (2.3 not_met).
- CRB: a deleted paragraph said the Academy checks participants; what stands
  says participants' disclosures are "a matter for their employing school";
  the Academy's own CRB checks are on staff of the Junior Chocolatier
  Saturday Club (other provision, wrong people); the footer's claim is a
  footer (5.3 not_met).
- No e-learning in the Line: "There is no online element to the SENCO Line";
  the Patisserie Diploma's BenchNet platform belongs to another course
  (3.3 not_applicable).
- Flexibility limited to a Thursday or a Saturday group, one September intake,
  fixed order (3.2 partially_met).
- Research/inspection evidence only in general terms (1.3 partially_met).
- Some outcomes M/F so assessment is not against all outcomes (1.9
  partially_met).
- Further targets: only a prospectus handed over (2.5 partially_met).
- Stakeholder involvement in evaluation only vaguely promised (4.3
  partially_met); needs survey and influence are concrete (4.1, 4.2 met).
- Specialists named but "The Line does not include placements" (5.5
  partially_met).
- Marking by Bench Tutor; moderation only "will be agreed" (5.8
  partially_met).
- Impact on confidence measured; pupils' achievement only hoped for (5.9
  partially_met).
- Award on passing four QRCs, which do not hold every outcome (6.0
  partially_met).
- Values text box ("Our Cocoa Promise") is a belief, not evidence.
"""
from pathlib import Path
from _md_helpers import (new_doc, para, runs, table, shade, cell_text, ins_run, del_run, del_para,
                         text_box, header_footer, comment)
from docx.shared import Pt

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Georgia", 10)
header_footer(d, "Cardew Street Academy of Chocolate & Confectionery  |  PIF-SENCO  Issue 4  |  CONTROLLED COPY",
              "Uncontrolled when printed.  All Academy staff hold enhanced CRB disclosures.  Cardew Street, Hallamford HM2 4QT")

AUTH = "J. Marchetti"
DATE = "2008-10-21T10:12:00Z"


def title(text):
    p = para(d, text, bold=True, size=11, color="5C2E0E", space_after=3)
    pPr = p._p.get_or_add_pPr()
    from docx.oxml import parse_xml
    shd = parse_xml('<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                    'w:val="clear" w:color="auto" w:fill="F3E3D3"/>')
    sp = pPr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}spacing')
    sp.addprevious(shd) if sp is not None else pPr.append(shd)
    return p


para(d, "CARDEW STREET ACADEMY OF CHOCOLATE & CONFECTIONERY", bold=True, size=15, color="5C2E0E", align="center")
para(d, "PRODUCT INFORMATION FILE", bold=True, size=13, align="center")
para(d, "Allergen Matrix and Product Specifications: THE SENCO LINE", size=11, align="center")
para(d, "File reference PIF-SENCO  ·  Issue 4  ·  prepared for the TDA approval panel, National Award for SEN "
        "Coordination 2008-09", italic=True, size=9, align="center", space_after=10)

title("PIF 0.  DOCUMENT CONTROL")
table(d, [
    ["Issue", "Date", "Prepared by", "Approved by", "Changes"],
    ["1", "March 2008", "R. Okonjo (Head of Teaching)", "Academy Board", "First draft of the Line, four Products"],
    ["2", "May 2008", "R. Okonjo", "University of Wexcombe validation panel", "Conditions of validation met"],
    ["3", "September 2008", "J. Marchetti (Quality Lead)", "Academy Board", "Matrix re-checked after LA survey"],
    ["4", "October 2008", "J. Marchetti", "[Approver signature]", "Issued to the TDA panel"],
], widths=[1.2, 2.5, 3.6, 4.0, 5.5])
para(d, "")

title("PIF 1.  FOOD BUSINESS OPERATOR DETAILS")
table(d, [
    ["Field", "Entry"],
    ["Operator", "Cardew Street Academy of Chocolate & Confectionery (registered charity 1098834), a teaching "
                 "academy for chocolatiers and sugar workers and, since 2004, a provider of professional "
                 "development for teachers of food and design technology"],
    ["Validating body", "University of Wexcombe, Faculty of Education. The SENCO Line was validated at a "
                        "University validation event on 14 May 2008 as the Postgraduate Certificate in Special "
                        "Educational Needs Coordination; the University's conditions were met in June 2008"],
    ["Local authority partners", "Hallamford City Council Children's Services; Coldharbour Borough Council "
                                 "Learning Support Service"],
    ["Premises", "Cardew Street teaching kitchens and seminar rooms, Hallamford; the Coldharbour Teachers' "
                 "Centre for Thursday Bench Days"],
    ["Contact", "Rosalind Okonjo, Head of Teaching, rokonjo@cardewacademy.org.uk"],
], widths=[4.0, 12.8], bold_first_col=True)
para(d, "")

title("PIF 2.  SCOPE OF THIS FILE")
para(d, "Every product that leaves the Academy's kitchens carries a Product Information File: what goes into it, "
        "how it is made, how it is checked before release, and what a customer with an allergy needs to know. We "
        "have kept that discipline for our course for new SENCOs, which in the Academy is called the SENCO Line. "
        "This file sets out the Line in the same order as our confectionery files, so that our own staff, the "
        "University and our two local authorities read it in a form they already know. Where a term is the "
        "Academy's own, it is defined in PIF 3 and used in the same sense throughout.")
para(d, "The SENCO Line leads to the University of Wexcombe Postgraduate Certificate in Special Educational Needs "
        "Coordination, 60 credits at masters level (M-level, Level 7 of the FHEQ), awarded by the University and "
        "carrying the National Award for SEN Coordination. The Line is made up of four Products, each of 15 "
        "credits, taught over twelve Bench Days between September and July, with Shop-floor Tasks carried out "
        "in the participant's own school between Bench Days.")

title("PIF 3.  HOW TO READ THIS FILE")
para(d, "Terms used in this file", bold=True)
for t, v in [
    ("Product", "one of the four 15-credit modules of the Line (P1 to P4)."),
    ("Bench Day", "a taught day at the Academy or the Coldharbour Teachers' Centre, 9.30 to 4.00."),
    ("Shop-floor Task", "a practical task the participant carries out in his or her own school, set on one "
                        "Bench Day and reported on at the next."),
    ("Line Tasting", "a short presentation of work in progress to the group and the Bench Tutor, who gives "
                     "spoken and written feedback. Line Tastings are formative: they are not marked and do not "
                     "count towards the award."),
    ("Quality Release Check (QRC)", "the marked assessment at the end of each Product (QRC1 to QRC4), marked "
                                    "against the University's M-level criteria."),
    ("Bench Tutor", "an Academy or local authority tutor who teaches a Product and marks its QRC."),
    ("Shop-floor Mentor", "an experienced SENCO or senior leader in the participant's school, or a nearby "
                          "school, who supports the Shop-floor Tasks."),
]:
    p = d.add_paragraph()
    runs(p, [(t + ": ", {"bold": True}), v])
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.space_after = Pt(2)
para(d, "The Allergen Matrix (PIF 13)", bold=True)
para(d, "The Allergen Matrix lists the national minimum outcomes for the award, each in the Academy's own words, "
        "against the Product that carries it. The value in the Status column of the matrix means:")
for t, v in [
    ("C - Contains", "the outcome is worked on in the Product named and is shown in the Quality Release Check "
                     "named in the last column; that QRC is marked and the outcome must be passed."),
    ("M - May contain", "the outcome is handled on the Product's Bench Days, in Shop-floor Tasks and in Line "
                        "Tastings, where it receives feedback only; it is not marked in any Quality Release Check."),
    ("F - Free from", "the outcome is not in the Line."),
]:
    p = d.add_paragraph()
    runs(p, [(t + ": ", {"bold": True}), v])
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.space_after = Pt(2)
para(d, "As with our confectionery, the matrix is the authoritative statement: where a Product sheet and the "
        "matrix differ, the matrix governs.", italic=True)

title("PIF 4.  PRODUCT DESCRIPTION: THE LINE AS A WHOLE")
para(d, "The Line exists for one purpose: that children and young people with special educational needs and "
        "disabilities in our partners' schools achieve more and are happier and safer at school. Its aims, set "
        "out in the University's programme specification, are that each participant will (a) raise the "
        "achievement of pupils with SEN and/or disabilities in his or her school, measured against all five "
        "Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive "
        "contribution and achieving economic well-being) and not only against attainment; (b) lead the "
        "school's provision for those pupils with skill and confidence; and (c) work with pupils, parents, "
        "colleagues and other services so that provision is planned around the child. Each Product's content "
        "and each QRC is written to one or more of those aims, and every QRC asks the participant to show the "
        "effect of his or her work on named pupils' learning and well-being.")
para(d, "The content of each Product is kept fresh and reviewed by the Bench Tutors each year so that it "
        "reflects current thinking in the field.")
text_box(d, ["Our Cocoa Promise",
             "We believe every child deserves the best. We believe in craft, patience and care. We believe that "
             "a good teacher, like a good chocolatier, never stops learning. These beliefs run through every "
             "Bench Day of the SENCO Line."], height_pt=80)

title("PIF 5.  PRODUCT SPECIFICATION SHEETS")
para(d, "Each sheet gives the Product's code and name, what is in it (Ingredients), how it is taught (Method), "
        "the group size (Batch size), its length and credit (Shelf life), its marked assessment (Release check) "
        "and the support around it (Storage and handling).")

sheets = [
    ("P1", "Couverture: the Law, the Code and the Child",
     "Current legislation, government policy and initiatives on SEN and disability: the Education Act 1996 "
     "Part IV, the SEN Code of Practice (2001) and the SEN Toolkit, the Disability Discrimination Act 1995 as "
     "amended in 2005 and the Disability Equality Duty, Removing Barriers to Achievement (2004), Every Child "
     "Matters: Change for Children and the five outcomes, the Children Act 2004, and the 2008 national "
     "requirement for SENCOs to hold qualified teacher status. What each means for the school, the SENCO, the "
     "governors and the local authority, and how a school puts them into practice. The SENCO's own "
     "professional development: building a personal reading and CPD log.",
     "Bench Days 1 to 3. Lectures, case discussions and a structured reading of the Code of Practice chapter by "
     "chapter. Shop-floor Task 1: the participant audits his or her school's SEN policy and accessibility "
     "plan against the law and the Code, with the headteacher. A Line Tasting on the CPD log at Bench Day 3.",
     "QRC1 (marked): a 3,000-word policy audit report to the headteacher and governors on the school's SEN "
     "policy, disability equality scheme and accessibility plan, with recommendations, and a ten-minute "
     "spoken presentation of the report to the group, both marked. The report must also show how the "
     "school's provision serves the five Every Child Matters outcomes."),
    ("P2", "Ganache: Knowing the Child, the Family and the Services",
     "The most common types of SEN and disability: behavioural, emotional and social difficulties, specific "
     "learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum "
     "disorders and moderate learning difficulties, and how each affects learning. Working with parents and "
     "carers: listening, sharing information, annual reviews, and the Hallamford Parent Partnership Service. "
     "Consulting children and young people: pupil interviews, pupil-centred reviews and the use of symbols "
     "and visual supports with pupils who do not use speech. External agencies: educational psychology, "
     "speech and language therapy, CAMHS, the sensory support service, social care and voluntary "
     "organisations such as Dyslexia Action and the National Autistic Society; how to make a referral and "
     "use the advice that comes back.",
     "Bench Days 4 to 6, with visiting speakers from the educational psychology service, speech and language "
     "therapy and a parent from the Parent Partnership Service. Shop-floor Task 2: a case study of one pupil, "
     "built with the parents and at least one outside professional, and a separate interview with the pupil "
     "about his or her provision, which is discussed at the Line Tasting at Bench Day 6 and is not part of "
     "the QRC.",
     "QRC2 (marked): the case study (4,000 words) with the participant's record of a meeting with the parents "
     "and the outside professional, and the teaching plan written from the professional's assessment."),
    ("P3", "Praline: Assessing, Teaching and Intervening",
     "Identifying pupils who may have SEN: observation, data and screening. Setting challenging targets, "
     "planning interventions and reviewing progress. Using summative assessment, including national "
     "curriculum tests, P scales and optional tests, to track progress and change programmes. Formative "
     "assessment in the classroom and how the SENCO encourages colleagues to adapt it for pupils with SEN. "
     "A critical look at approaches, strategies and resources for teaching and learning, including ICT and "
     "assistive technology. Research on what works in reading and numeracy interventions, and how to use "
     "outside advice. Sound decisions on provision: "
     "problem solving and anticipating difficulties.",
     "Bench Days 7 to 9, including a practical afternoon in the Academy's ICT suite with assistive "
     "technology. Shop-floor Task 3: the participant runs a six-week intervention with a small group and "
     "tracks its effect. Line Tasting at Bench Day 8 on the participant's plan for colleagues' formative "
     "assessment.",
     "QRC3 (marked): an intervention evaluation (4,000 words) with the group's entry and exit data, a "
     "critical review of the research behind the chosen approach, and the participant's decisions at each "
     "review point."),
    ("P4", "Showpiece: Leading the Provision",
     "Strategic leadership of SEN with the headteacher, senior leaders and governors: an inclusive ethos, "
     "policy, priorities and resources. Provision mapping and management, and finding provision that is not "
     "working or is missing. Deploying and managing teaching assistants and other staff. Supporting "
     "colleagues' professional development by observation and feedback, modelling, coaching, mentoring and "
     "leading training. School self-evaluation and improvement planning and where SEN outcomes fit. Managing "
     "the SENCO's time and workload, and delegating. Gaining the commitment of colleagues.",
     "Bench Days 10 to 12. Shop-floor Task 4: the participant leads a provision-mapping exercise with "
     "colleagues and a review of provision with the senior leadership team. Line Tastings at Bench Days 10 "
     "and 11 on the participant's time log and on the review of provision.",
     "QRC4 (marked): a 4,000-word leadership portfolio: the school's provision map, the participant's plan "
     "for deploying support staff, a record of one coaching cycle with a colleague, and a paper to governors "
     "on the school's inclusive priorities."),
]
for code, name, ingred, method, release in sheets:
    para(d, f"Product Specification Sheet {code}", bold=True, size=10.5, space_after=2)
    t = table(d, [
        ["Product code", code],
        ["Product name", name],
        ["Ingredients", ingred],
        ["Method", method],
        ["Batch size", "Up to 18 participants per group; two groups a year (Thursday and Saturday)."],
        ["Shelf life", "Three Bench Days and the Shop-floor Task between them; 15 credits at M-level."],
        ["Release check", release],
        ["Storage and handling", "Bench Tutor feedback on a draft of the QRC; Shop-floor Mentor meetings in "
                                 "school at least twice in the Product."],
    ], widths=[3.6, 13.2], bold_first_col=True, head=False)
    for r in t.rows:
        shade(r.cells[0], "F3E3D3")
    para(d, "")

title("PIF 6.  RAW MATERIALS AND SUPPLIER APPROVAL")
para(d, "Incoming specification: who joins the Line", bold=True)
para(d, "Every applicant must hold qualified teacher status, be in post as SENCO or be named by the "
        "headteacher as the school's next SENCO, and bring a letter from the headteacher agreeing to release "
        "him or her for the twelve Bench Days and to provide a Shop-floor Mentor. Each applicant completes an "
        "application form and a one-page statement of his or her SEN experience and is interviewed by the Head "
        "of Teaching and a local authority adviser. An applicant whose knowledge or experience is too thin to "
        "reach the outcomes within the year is offered guidance on what to do first, normally a term of "
        "working alongside an experienced SENCO and the local authority's short course, and the Academy "
        "writes to the headteacher with that advice; such applicants are invited to reapply for the following "
        "year.")
para(d, "Pre-bench profile", bold=True)
para(d, "Before Bench Day 1 each accepted participant rates himself or herself against every national outcome "
        "on the Academy's Pre-bench Profile, giving an example of evidence for each rating. The Bench Tutor "
        "reviews the profile with the participant and the Shop-floor Mentor in a one-hour meeting and agrees a "
        "Bench Plan: the outcomes the participant will give most time to, the Shop-floor Tasks that will be "
        "shaped to them, and a personal set of outcome targets for the year. The Bench Plan is reviewed at the "
        "end of each Product.")
para(d, "Recognition of prior craft", bold=True)
para(d, "A participant who already holds M-level credit in SEN from a university, or who can show through a "
        "portfolio that earlier experience meets the learning outcomes of P1 or P2, may apply to the University "
        "for accreditation of prior learning (APL) or of prior experiential learning (APEL) for up to 30 of the "
        "60 credits. The University's APL adviser assesses the claim; successful credit exempts the participant "
        "from that Product's Bench Days and QRC, and the Bench Plan is adjusted. The fee for the Line is "
        "£1,650, paid by the two local authorities for their own schools; a participant exempted by APL pays "
        "only for the Products he or she takes, and the Bench Plan lets tutors spend Bench Day time on the "
        "outcomes the group is weakest in rather than on those it already meets.")
para(d, "Assessment-only route", bold=True)
para(d, "The Academy does not offer an assessment-only route; every participant takes the Bench Days of each "
        "Product that is not exempted by prior learning.")
para(d, "Checks on participants", bold=True)
del_para(d, "The Academy checks each participant's enhanced CRB disclosure at enrolment and records its number "
            "and date on the participant file.", author=AUTH, date=DATE)
p = para(d, "CRB disclosures for participants are a matter for their employing school, which holds them as "
            "the employer of a serving teacher.")
r = p.runs[0]
comment(d, r, "Panel may ask who checks. Leave as it is for Issue 4 - RO", author="R. Okonjo", initials="RO")

title("PIF 7.  PROCESS FLOW: THE BENCH DAYS")
para(d, "There is one intake a year, in September. Products are taken in the order P1 to P4. Each participant "
        "chooses on application to join either the Thursday group (Coldharbour Teachers' Centre) or the "
        "Saturday group (Cardew Street); a participant who misses a Bench Day may attend the same day with the "
        "other group. There is no online element to the SENCO Line: all teaching is at the bench.")
flow = [
    ["Product", "Bench Day", "Month", "What happens at the bench"],
    ["P1 Couverture", "1", "September", "The law and the Code; Pre-bench Profiles returned; Bench Plans agreed"],
    [None, "2", "October", "Disability equality and the school's duties; ECM and the SENCO"],
    [None, "3", "November", "Line Tasting: CPD logs; Shop-floor Task 1 reported"],
    ["P2 Ganache", "4", "December", "Types of SEN and disability; visiting educational psychologist"],
    [None, "5", "January", "Parents and carers; consulting pupils; Parent Partnership speaker"],
    [None, "6", "February", "External agencies; Line Tasting on pupil interviews"],
    ["P3 Praline", "7", "March", "Identification, targets and tracking; national tests and P scales"],
    [None, "8", "April", "ICT and assistive technology; Line Tasting on formative assessment"],
    [None, "9", "April", "Research on interventions; decisions on provision"],
    ["P4 Showpiece", "10", "May", "Strategic leadership; time and delegation; Line Tasting on time logs"],
    [None, "11", "June", "Provision mapping; staff deployment; coaching; Line Tasting on reviews"],
    [None, "12", "July", "Self-evaluation; closing day; Release and labelling (PIF 12)"],
]
t = table(d, flow, widths=[3.2, 2.0, 2.4, 9.2])
for start in (1, 4, 7, 10):
    a = t.cell(start, 0).merge(t.cell(start + 2, 0))
    cell_text(a, flow[start][0], bold=True, size=9)
    shade(a, "F3E3D3")
para(d, "")

title("PIF 8.  PERSONNEL")
para(d, "The Line is led by Rosalind Okonjo, Head of Teaching, formerly SENCO and assistant headteacher of a "
        "Hallamford secondary school for nine years, who holds an MA in Special and Inclusive Education "
        "(Wexcombe, 2003) and the Hallamford LA accreditation for SEN advisers. Bench Tutors are: Dr Tomas "
        "Lindqvist, senior lecturer in inclusive education at the University of Wexcombe (P3), who has "
        "published on reading interventions; Helen Farraday, Coldharbour's Principal Educational Psychologist "
        "(P2); and Marcus Adeyemi, Hallamford's SEN adviser and a former special school deputy head (P1 and P4), "
        "who leads the authority's SENCO network. Each tutor teaches SEN in a school, a service or the "
        "University now, and all hold M-level or doctoral qualifications in SEN or psychology.")
para(d, "Each Bench Tutor and each Shop-floor Mentor receives the Line Handbook, which sets out the roles of "
        "tutor, mentor and participant, the Shop-floor Tasks, the QRC criteria and the dates for feedback. "
        "Shop-floor Mentors attend a half-day briefing in September run by the Head of Teaching and a second "
        "briefing in February; tutors new to M-level marking are paired with Dr Lindqvist for their first "
        "round of QRCs.")
para(d, "Specialist expertise: in addition to the Bench Tutors, participants hear from a speech and language "
        "therapist, a specialist teacher from the sensory support service and a parent partnership officer, "
        "and may book a half-hour telephone consultation with the educational psychology service about their "
        "case study pupil. The Line does not include placements: all practical work is done in the "
        "participant's own school.")

title("PIF 9.  PREMISES AND EQUIPMENT")
para(d, "Both venues have step-free access, a hearing loop and accessible toilets. Participants have full "
        "University library membership, including electronic journals and the SEN collection, and use the "
        "Academy's ICT suite, which holds assistive technology for reading and writing (text-to-speech and "
        "speech-recognition software, symbol software and a range of switch-access devices) lent by the "
        "Coldharbour sensory and ICT support service. A loan box of assessment materials and published "
        "interventions travels between the two venues.")
para(d, "Every applicant is asked on the application form, and again at interview, whether he or she has a "
        "disability or other need for which the Academy should make adjustments; the application pack and "
        "handbook are available in large print and electronic formats. Agreed adjustments (for example, "
        "handouts in advance, a reader or extra time for the spoken presentation in QRC1, extended deadlines "
        "or a scribe) are recorded on the Bench Plan and passed, with the participant's consent, to the "
        "University so that they apply equally to marking and to assessment. The Academy's disability "
        "equality scheme covers the Line, and the Head of Teaching reviews each year whether disabled "
        "applicants were accepted, completed and passed at the same rate as others.")

title("PIF 10.  CUSTOMER REQUIREMENTS")
para(d, "In January 2008 the two local authorities surveyed all 64 of their maintained schools about what "
        "a new SENCO needs from training; 51 headteachers and 38 SENCOs replied, and the Academy held two "
        "focus groups with SENCOs and one with the Hallamford Parents' Forum. Three needs stood out: SENCOs' "
        "knowledge of the common types of need, confidence in leading colleagues, and working with outside "
        "services. As a result P2 was lengthened to three Bench Days and Shop-floor Task 4 was rewritten to "
        "require a review with the senior team, and the Saturday group was added because headteachers in "
        "small primary schools said that they could not release staff on weekdays.")
para(d, "During 2008 the two local authorities sat on the Line's development steering group, which approved "
        "the four Products and the QRCs before validation, and the Parents' Forum asked for the parent meeting that is now part of QRC2.")
para(d, "We will keep our customers close as the Line matures.")

title("PIF 11.  VERIFICATION AND REVIEW")
para(d, "Internal verification: participants evaluate each Bench Day on a short form and each Product at its "
        "end; Bench Tutors meet after each Product to review the evaluations and the QRC results. External "
        "verification: the University's external examiner reviews the programme each year and the "
        "University's annual monitoring report comes to the Academy Board. Each summer the Head of Teaching writes an improvement plan from these sources; the "
        "lengthening of P2 in Issue 3 came from the pilot group's evaluations.")
para(d, "Marking: each QRC is marked by the Bench Tutor for that Product against the University's M-level "
        "criteria. A moderation process will be agreed with the University before the first QRCs are marked.")
para(d, "Impact: participants complete the Pre-bench Profile again at the end of the Line, and the change in "
        "their ratings of competence and of confidence against each outcome is reported to the steering "
        "group. We hope, in time, to look at what difference the Line makes for the pupils our participants "
        "teach.")

title("PIF 12.  RELEASE AND LABELLING")
para(d, "The Academy awards the Line Certificate to every participant who passes all four Quality Release "
        "Checks, and the University confers the Postgraduate Certificate at its next examination board.")
para(d, "At Bench Day 12 each participant receives a copy of the Academy's prospectus of further courses, "
        "including the University's MA in Inclusive Education, to which the Line's 60 credits transfer.")

title("PIF 13.  ALLERGEN MATRIX")
para(d, "Status values are defined in PIF 3.", italic=True, size=9)
matrix = [
    ["Ref", "Outcome (the Academy's wording)", "Product", "Status", "Release check"],
    ("A", "PROFESSIONAL ATTRIBUTES"),
    ["A1", "Builds fair, warm and respectful working relationships with pupils with SEN and disabilities and "
           "with their families", "P2", "C", "QRC2"],
    ["A2", "Wins the backing of colleagues, the headteacher and senior leaders for better outcomes for pupils "
           "with SEN", "P4", "*A2", "*A2"],
    ["A3", "Plans and prioritises the SENCO's workload; delegates and checks delegated work", "P4", "M", "-"],
    ["A4", "Anticipates problems and makes sound, well-founded decisions about provision", "P3", "C", "QRC3"],
    ["A5", "Speaks and writes clearly; listens to and understands others' views", "P1", "C", "QRC1"],
    ["A6", "Uses research and outside advice to improve own and colleagues' practice", "P3", "C", "QRC3"],
    ["A7", "Keeps up to date and takes charge of own CPD in SEN and disability", "P1", "M", "-"],
    ("K", "KNOWLEDGE AND UNDERSTANDING"),
    ["K1", "SEN law and guidance, including the SEN Code of Practice, what it means for the school and how to "
           "put it into practice", "P1", "C", "QRC1"],
    ["K2", "Every Child Matters: the five outcomes and the SENCO's part in them", "P1", "C", "QRC1"],
    ["K3", "Disability equality law and the actions it requires of the school", "P1", "C", "*K3"],
    ["K4", "How children develop, and how SEN, disability and the learning environment affect development",
     "-", "F", "-"],
    ["K5", "The common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their "
           "effect on learning", "P2", "C", "QRC2"],
    ["K6", "Approaches, strategies and resources for assessment, planning, teaching and learning, including "
           "ICT", "P3", "C", "QRC3"],
    ["K7", "School self-evaluation and improvement and how they serve SEN outcomes", "P4", "M", "-"],
    ["K8", "Best practice and research in meeting SEN", "P3", "C", "QRC3"],
    ["K9", "The scope and role of external agencies, and getting specialist support and resources", "P2", "C",
     "QRC2"],
    ("S", "SKILLS"),
    ["S1", "With senior leaders and governors, shapes an inclusive ethos, policies, priorities and use of "
           "resources", "P4", "C", "QRC4"],
    ["S2", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews "
           "progress", "P3", "C", "QRC3"],
    ["S2a", "Uses other professionals' assessments to shape teaching", "P2", "C", "QRC2"],
    ["S2b", "Uses summative data, including national tests, to track progress and change programmes", "P3",
     "C", "QRC3"],
    ["S2c", "Encourages colleagues' formative assessment, with approaches for pupils with SEN", "P3", "M", "-"],
    ["S2d", "Arranges in good time special arrangements for national tests and examinations", "-", "F", "-"],
    ["S3", "Provision mapping and management; finds ineffective or missing provision", "P4", "C", "QRC4"],
    ["S4", "Deploys and manages teaching assistants and other staff", "P4", "*S4", "*S4"],
    ["S5", "Supports colleagues' development: observation and feedback, modelling, coaching, mentoring, "
           "training", "P4", "C", "QRC4"],
    ["S6", "Reviews provision with colleagues to feed the school's self-evaluation", "P4", "M", "-"],
    ["S7", "Involves pupils in planning, agreeing and reviewing their provision", "P2", "M", "-"],
    ["S8", "Works with parents and carers to promote pupils' learning and development", "P2", "C", "QRC2"],
    ["S9", "Works with other services and agencies, including voluntary organisations", "P2", "C", "QRC2"],
]
from docx.shared import Cm
mt = d.add_table(rows=len(matrix), cols=5)
mt.style = "Table Grid"
for i, row in enumerate(matrix):
    if isinstance(row, tuple):
        c = mt.cell(i, 0).merge(mt.cell(i, 4))
        cell_text(c, row[1], bold=True, size=9)
        shade(c, "E8D2BC")
        continue
    for j, val in enumerate(row):
        c = mt.cell(i, j)
        if i == 0:
            cell_text(c, val, bold=True, size=9)
            shade(c, "D9D9D9")
        elif val == "*A2":
            c.text = ""
            p = c.paragraphs[0]
            if j == 3:
                del_run(p, "C", AUTH, DATE)
                ins_run(p, "M", AUTH, DATE)
            else:
                del_run(p, "QRC4", AUTH, DATE)
                ins_run(p, "-", AUTH, DATE)
        elif val == "*S4":
            c.text = ""
            p = c.paragraphs[0]
            if j == 3:
                del_run(p, "M", AUTH, DATE)
                ins_run(p, "C", AUTH, DATE)
            else:
                del_run(p, "-", AUTH, DATE)
                ins_run(p, "QRC4", AUTH, DATE)
        elif val == "*K3":
            cell_text(c, "QRC1", size=9)
            comment(d, c.paragraphs[0].runs[0], "Is K3 really marked in QRC1? It may only come up at Bench Day 2. "
                    "Check with MA before Issue 5.", author=AUTH, initials="JM")
        else:
            cell_text(c, val, size=9)
for r in mt.rows:
    for j, w in enumerate([1.2, 10.0, 1.6, 1.4, 2.6]):
        r.cells[j].width = Cm(w)
para(d, "")

title("PIF 14.  OTHER PRODUCTS MADE ON THESE PREMISES")
para(d, "The same kitchens and seminar rooms are used for the Academy's other programmes. They are listed here "
        "because, as in any food business, a customer needs to know what else is handled on the premises; "
        "none of their arrangements forms part of the SENCO Line.")
table(d, [
    ["Product", "Who it is for", "How it runs"],
    ["Diploma in Patisserie and Sugar Work", "Adult trainees", "Two days a week at the bench, with recipes, "
     "video demonstrations, tutor chat and a weekly online forum on the Academy's BenchNet platform between "
     "kitchen days"],
    ["Junior Chocolatier Saturday Club", "Children aged 8 to 14", "Saturday mornings in term time; every member "
     "of Academy staff who works with the Club holds an enhanced CRB disclosure, renewed every three years"],
    ["Food Technology Update for Teachers", "Secondary teachers of food", "Three twilight sessions a year, "
     "unaccredited"],
], widths=[4.5, 3.5, 8.8])
para(d, "")
para(d, "End of file PIF-SENCO Issue 4.", italic=True, size=9, align="center")

d.save(OUT)
print("wrote", OUT)
