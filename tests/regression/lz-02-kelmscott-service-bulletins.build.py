"""lz-02-kelmscott-service-bulletins: build script.

Provider (invented): Kelmscott Vale College of Keyboard Instrument Technology (piano tuning and
restoration, organ building, digital keyboard servicing), whose Music Access outreach team has worked
in Calderwick special schools since 2004.  It applies with Wrexley University validating and Calderwick
County Council as partner to run the National Award for SEN Coordination (March 2009).

Document kind and layout: the application is written as a set of manufacturer's TECHNICAL SERVICE
BULLETINS (SB-09/00 to SB-09/14), the numbered sheets a maker sends to its field technicians and
dealers.  Each bulletin is a Heading 1 with a small bulletin header table (Bulletin, Date, Subject,
Applies to, Status, Supersedes) followed by Heading 2 parts CONDITION / CORRECTION and sometimes
PARTS and LABOUR.  Field technicians are tutors, dealers are schools, Workshops W1-W9 are study
days, Test Certificates TC1-TC4 are the marked assessments, the outcome table is the "Parts
Catalogue" (SB-09/09) with shaded merged assembly rows and the College's own part numbers.  Its
column values are defined only in SB-09/00, far above.  Footnotes, three Word comments,
placeholders in square brackets, a tracked change in a table cell, a whole deleted sentence, a
superseded bulletin, header and footer.

Traps (requirement ids):
- Proved-by values defined only in SB-09/00: "TC1"-"TC4" marked; "Run-in" practised with feedback,
  not marked; "Dealer fit" done in school, not assessed; "NLA" not covered.  6.K5, 6.S2b, 6.S2d
  (Run-in) and 6.A1 (Dealer fit) partially met; 6.K3 (NLA) not met.
- Tracked change in the S3 row's cell: "TC1" deleted, "Dealer fit" inserted (6.S3 partial).
- A footnote takes the research part of TC3 out of the marks (6.A6 partial).
- 6.K8 is proved in TC3 but "Fitted at" is a dash: assessed, never taught (partial).
- The A2 row has "[TBC]" placeholders in both columns (6.A2 not met).
- No part for liaison with parents at all (6.S8 not met); parents appear only as a reading (1.7
  partial).
- Disability equality law "NLA" makes 1.4 partial although SEN law is taught.
- The superseded SB-09/04 describes the 2008 pilot's placements at Oakhollow School: a past
  arrangement; SB-09/11 says placements are "no longer arranged" (5.5 partial).
- CRB verification is someone else's responsibility: "The College does not verify disclosures";
  the footer's claim and a comment are not evidence (5.3 not met).
- Wrexley University's Faculty of Health APEL scheme is another provider's and "is not available on
  the Certificate"; only certificated credit is recognised (2.1 partial).
- Aftercare: the College "does not set or discuss further targets"; a sentence promising a Service
  Plan is deleted and a comment only wonders (2.5 not met).
- Equalities only in general terms: "complies with the Disability Discrimination Act" with nothing
  about adjustments (3.1 partial); the Assistive Technology Lab is a teaching resource (5.6 met).
- Research only in general words and a footnote placeholder "[to be confirmed]" (1.3 partial).
- Mentors get nothing but "[Mentor guidance to follow]" (5.7 partial).
- Not every outcome is marked (1.9 partial).
- The award rule is an aggregate of 40 per cent and attendance (6.0 partial).
- Met despite their looks: 2.3 (Direct Test), 3.3 (Workbench with tutor replies and surgeries),
  5.9 (baseline and follow-up measures of pupils), 4.3 (Product Review Group, co-moderation).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _lz_helpers import (new_doc, header_footer, para, runs, whole_para, table, cell_text, merge, shade,
                         comment, Footnotes, word_count)
from docx.shared import Pt

HERE = Path(__file__).parent
NAME = "lz-02-kelmscott-service-bulletins"

d = new_doc("Arial", 10)
header_footer(d, "KELMSCOTT VALE COLLEGE OF KEYBOARD INSTRUMENT TECHNOLOGY  -  TECHNICAL SERVICE BULLETINS 2009  -  "
                 "FOR FIELD TECHNICIANS AND DEALERS",
              "All participants are CRB-checked by the College.  Bulletins are issued subject to the College's "
              "standard conditions.  Kelmscott Vale College, Mill Lane, Wrexley WX4 9PD.")
fn = Footnotes(d)


def h1(t):
    return d.add_heading(t, level=1)


def h2(t):
    return d.add_heading(t, level=2)


def p(t):
    return para(d, t)


def bulletin(no, date, subject, applies, status="Current", supersedes="None"):
    h1(f"{no}  {subject}")
    t = table(d, [["Bulletin", no, "Date", date],
                  ["Subject", subject, "Status", status],
                  ["Applies to", applies, "Supersedes", supersedes]],
              widths=[2.5, 7.5, 2.5, 4.5], header_fill=None, size=8)
    for r in range(3):
        shade(t.cell(r, 0)._tc, "DEEAF6")
        shade(t.cell(r, 2)._tc, "DEEAF6")
    para(d)
    return t


# ------------------------------------------------------------------ cover
para(d, "KELMSCOTT VALE COLLEGE", bold=True, size=18, align="c")
para(d, "Technical Service Bulletins 2009: the Kelmscott Vale Certificate in SEN Coordination", bold=True, size=13,
     align="c")
para(d, "Issued to the Training and Development Agency for Schools with our application for approval to run the "
        "National Award for SEN Coordination, March 2009", italic=True, align="c")
para(d)
p("Distribution: all field technicians; headteachers of participating schools (dealers); participants (customers); "
  "Wrexley University School of Education; Calderwick County Council Children's Services; the TDA approval panel.",)
p("Kelmscott Vale College has trained piano tuners, organ builders and keyboard technicians since 1921. Like every "
  "maker, we keep our field technicians and dealers up to date by numbered service bulletins, and our staff know "
  "how to read one. When the College decided to offer the National Award with Wrexley University and Calderwick "
  "County Council, the course team wrote the programme as a set of bulletins. We send the set to the panel as it "
  "went to our own staff and to the schools, with the bulletin index below.")
table(d, [
    ["Bulletin", "Subject", "Status"],
    ["SB-09/00", "How to read these bulletins", "Current"],
    ["SB-09/01", "Product description: the Certificate", "Current"],
    ["SB-09/02", "Workshop schedule and routes", "Current"],
    ["SB-09/03", "Field kit: the Workbench", "Current"],
    ["SB-09/04", "Pilot placement scheme 2008", "Superseded by SB-09/11"],
    ["SB-09/05", "Entry and checks", "Current"],
    ["SB-09/06", "Prior learning and the Direct Test", "Current"],
    ["SB-09/07", "Pre-Delivery Inspection and the Individual Service Plan", "Current"],
    ["SB-09/08", "Test Certificates and the Certificate of Conformity", "Current"],
    ["SB-09/09", "Parts Catalogue", "Current"],
    ["SB-09/10", "Field technicians", "Current"],
    ["SB-09/11", "Specialist support, placements and equipment", "Current"],
    ["SB-09/12", "Consultation and customer feedback", "Current"],
    ["SB-09/13", "Quality and performance monitoring", "Current"],
    ["SB-09/14", "Aftercare", "Current"],
], widths=[2.5, 10, 4.5])

# ------------------------------------------------------------------ SB-09/00
bulletin("SB-09/00", "2 March 2009", "How to read these bulletins", "All field technicians and dealers")
h2("CONDITION")
p("Staff and schools new to the Certificate have asked what the words in our bulletins mean. This bulletin fixes "
  "them. It applies to every other bulletin in the set and in particular to the Parts Catalogue, SB-09/09.")
h2("CORRECTION")
p("In the bulletins, a field technician is a College tutor; a dealer is a participant's school; the customer is "
  "the participant; a Workshop (W1 to W9) is a taught day; a Field Job is a task the participant does in his or her "
  "own school between Workshops; a Test Certificate (TC1 to TC4) is a marked assessment.")
p("In the Parts Catalogue each part is one of the national outcomes, in our words. The column \"Fitted at\" gives "
  "the Workshop where the part is taught. The column \"Proved by\" gives how it is checked, using these values "
  "only:")
table(d, [
    ["Value in \"Proved by\"", "Meaning"],
    ["TC1, TC2, TC3, TC4", "The part is marked in that Test Certificate and counts towards the Certificate."],
    ["Run-in", "The part is practised at the Workshop with tutor feedback. It is not marked."],
    ["Dealer fit", "The part is carried out in the participant's school as a Field Job. It is not assessed."],
    ["NLA", "No longer available: the part is not covered in this programme."],
], widths=[4.5, 12.5])
para(d)
p("A Status of Superseded means the bulletin describes an arrangement that no longer applies; it is kept in the "
  "set so that staff know what replaced it. Square brackets mark information still to come.")

# ------------------------------------------------------------------ SB-09/01
bulletin("SB-09/01", "2 March 2009", "Product description: the Certificate", "Panel, dealers, customers")
h2("CONDITION")
p("Calderwick has 212 schools and, in September 2008, 38 SENCOs who had been in post for less than two years. The "
  "County asked the College, whose Music Access team already works in every Calderwick special school, to build a "
  "course with Wrexley University.")
h2("CORRECTION")
x = p("The Kelmscott Vale Certificate in SEN Coordination is validated by Wrexley University as a Postgraduate "
      "Certificate worth 60 credits at Level 7 (masters level), in two modules of 30 credits: Module 1, Know-How, "
      "and Module 2, Leading Provision.")
fn.add(x, "Credit value confirmed by Wrexley University's Academic Board, 9 December 2008.")
p("Wrexley University validated the programme on 26 January 2009 and is the awarding body; the College delivers and "
  "assesses it under a franchise agreement; the County funds half of each place for its own schools and releases "
  "two of its advisers to co-teach.")
p("The Certificate's aim is to raise the achievement and improve the well-being of children and young people with "
  "SEN and/or disabilities, in all five Every Child Matters outcomes, by developing SENCOs who lead provision well. "
  "Its objectives, Workshop content and Test Certificates follow from that aim: TC2, for example, is marked on the "
  "progress the participant's pupils made in learning and in well-being, and TC3 on the difference a school change "
  "has made to pupils' achievement in the widest sense.")
p("Every Field Job is done in the participant's own school, and each Test Certificate draws on Field Jobs, so that "
  "what is learned at the Workshop is tried in the classroom, evaluated and improved. TC3 requires the participant to "
  "lead a change in the school's provision and show its effect: the Certificate is meant to change practice, not only "
  "knowledge.")

# ------------------------------------------------------------------ SB-09/02
bulletin("SB-09/02", "2 March 2009", "Workshop schedule and routes", "Customers, dealers")
h2("CONDITION")
p("SENCOs cannot all leave school on the same days, and some start in post in January.")
h2("CORRECTION")
p("The Certificate runs on two routes. Route A starts in September and runs on Tuesday twilights (4.30 to 7.30 pm) "
  "and three Saturdays. Route B starts in January with a summer-term intensive week at the College and four "
  "Saturdays. A participant may take Module 1 or Module 2 first, may move between routes at the end of a module, "
  "and may take up to two years to complete. Part of each module is studied online through the Workbench "
  "(SB-09/03).")
wt = table(d, [
    ["Module", "Workshop", "Content"],
    ["", "W1  Regulations", "SEN law and guidance: the Education Act 1996, the SEN Code of Practice 2001, the SEN "
                            "Toolkit; Every Child Matters, the Children Act 2004 and the five outcomes; the SENCO's "
                            "duties and those of governors and the local authority; current government policy and "
                            "initiatives, including the Inclusion Development Programme."],
    ["", "W2  Materials", "How children develop, and how development is affected by SEN and disability and by the "
                          "physical and social environment; the common kinds of SEN (BESD, dyslexia and other SpLD, "
                          "SLCN, ASD, MLD) and their effect on learning; using outside advice from specialists."],
    ["", "W3  Diagnostics", "Identifying pupils through observation, data and screening; using assessments by "
                            "psychologists, therapists and advisory teachers; setting targets; planning and reviewing "
                            "interventions; tracking progress with national tests and teacher assessment; access "
                            "arrangements for tests and examinations; approaches and ICT for teaching and learning; "
                            "making sound decisions."],
    ["", "W4  Layout", "Provision mapping and management; spotting provision that is missing or not working; pupil "
                       "participation: consulting pupils, pupil-led reviews, involving pupils in their targets."],
    ["", "W5  Suppliers", "External agencies and voluntary organisations; getting specialist support; the Common "
                          "Assessment Framework; relationships with pupils and families; reading on the Code of "
                          "Practice's chapter on working in partnership with parents."],
    ["", "W6  Workshop floor", "Leading colleagues: observation and feedback, coaching, modelling and training; "
                               "formative assessment across the school; deploying and managing teaching assistants; "
                               "prioritising, managing time and delegating."],
    ["", "W7  Management", "Strategy with the headteacher and governors; inclusive ethos and policy; school "
                           "self-evaluation and improvement planning; reviewing provision with staff."],
    ["", "W8  Demonstration", "Presenting a case clearly; listening to and answering challenge; rehearsal for TC4."],
    ["", "W9  Service history", "Keeping up to date; the participant's own learning log; final TC4 vivas."],
], widths=[2.5, 3.5, 11])
merge(wt, 1, 0, 5, 0, "Module 1\nKnow-How", bold=True, fill="EDEDED")
merge(wt, 6, 0, 9, 0, "Module 2\nLeading Provision", bold=True, fill="EDEDED")
para(d)
x = p("Workshops draw on current research and inspection findings.")
fn.add(x, "Reading list: [to be confirmed].")
p("Route dates for 2009-10 are below. Module 2 can be taken first on either route.")
table(d, [
    ["", "Route A (September start)", "Route B (January start)"],
    ["Module 1", "Twilights 15 Sept to 8 Dec 2009; Saturdays 10 Oct and 21 Nov", "Saturdays 16 Jan, 6 Mar 2010; intensive week 12-16 April 2010"],
    ["Module 2", "Twilights 12 Jan to 23 Mar 2010; Saturday 8 May; TC4 vivas 22 June", "Saturdays 5 June, 10 July 2010; twilights autumn 2010; TC4 vivas Dec 2010"],
], widths=[2.5, 7.25, 7.25])
para(d)
p("Between Workshops each participant carries out the Field Jobs for that Workshop in school: reading the school's "
  "SEN policy against the Code (W1); observing two pupils with different needs (W2); screening a class and choosing "
  "pupils for the TC2 intervention (W3); drawing a provision map for one year group (W4); listing the agencies the "
  "school uses (W5); coaching one colleague (W6); planning the TC3 change (W7); rehearsing the "
  "TC4 presentation with a colleague (W8). Field Jobs are recorded in the learning log. They are checked by the "
  "field technician at the next tutorial but are not marked.")
h2("LABOUR")
p("Contact time is 60 hours across the nine Workshops, plus about 40 hours online and 200 hours of Field Jobs and "
  "private study.")

# ------------------------------------------------------------------ SB-09/03
bulletin("SB-09/03", "2 March 2009", "Field kit: the Workbench", "Customers, field technicians")
h2("CONDITION")
p("Participants on twilight routes have long gaps between Workshops and need help in between.")
h2("CORRECTION")
p("The Workbench is the Certificate's Moodle site. Each Workshop is followed by an online unit of about four hours "
  "(reading, a short video and a task) which must be completed before the next Workshop. Each participant belongs to "
  "an action set of five, with its own forum, and the action sets meet online every fortnight. Field technicians "
  "answer questions posted on the Workbench within three working days and hold a one-hour online surgery every "
  "Thursday evening. Participants submit Test Certificates and receive feedback through the Workbench; each "
  "participant's headteacher has a dealer login to see the Workshop timetable and the Field Jobs set, and tutors "
  "use the Workbench's messages to arrange school visits with the headteacher.")
h2("PARTS")
p("Moodle 1.9 on Wrexley University's servers; College helpdesk 8 am to 8 pm on weekdays.")

# ------------------------------------------------------------------ SB-09/04
bulletin("SB-09/04", "14 April 2008", "Pilot placement scheme 2008", "Pilot customers only",
         status="Superseded", supersedes="None")
h2("CONDITION")
p("The 2008 pilot group of eleven SENCOs had little experience of special schools.")
h2("CORRECTION")
p("Each pilot participant spent three days on placement at Oakhollow Special School, shadowing its deputy head and "
  "its outreach teacher, with a structured observation schedule. Placements were arranged and quality-checked by "
  "the College.")
para(d, "This bulletin is superseded by SB-09/11 and is kept for reference only.", italic=True)

# ------------------------------------------------------------------ SB-09/05
bulletin("SB-09/05", "2 March 2009", "Entry and checks", "Customers, dealers")
h2("CONDITION")
p("The Certificate is demanding and only suits teachers who can use it at once in a SENCO role.")
h2("CORRECTION")
p("Applicants must have qualified teacher status, hold or be about to take up the SENCO role in a school, and have "
  "their headteacher's signed support, including agreement to release them for Workshops. Every applicant completes "
  "an entry questionnaire on their experience and has a 30-minute entry interview with a field technician, who "
  "judges against written criteria whether the applicant has enough knowledge and experience to meet the outcomes "
  "within the course. An applicant judged not ready is given a written action plan (for example, a term working "
  "alongside an experienced SENCO and the County's SEN induction course) and the field technician discusses it with "
  "the headteacher. The applicant may reapply at the next intake.")
cx = p("The College does not verify disclosures. Disclosure checks are the responsibility of the participant's "
       "employing school, which keeps its own single central record.")
comment(d, cx.runs, "Should we check these ourselves? Ask Wrexley what they do.", author="J. Penhale",
        initials="JP")
p("The College complies with the Disability Discrimination Act and welcomes applications from disabled teachers.")

# ------------------------------------------------------------------ SB-09/06
bulletin("SB-09/06", "2 March 2009", "Prior learning and the Direct Test", "Customers, field technicians")
h2("CONDITION")
p("Some applicants already hold postgraduate credit in SEN; a few experienced teachers already meet the outcomes.")
h2("CORRECTION")
p("Prior certificated learning: an applicant with up to 30 credits at Level 7 in SEN from another university, "
  "gained in the last five years, may be exempted from Module 1 under Wrexley University's credit transfer rules, "
  "after a field technician has mapped the credit against the Parts Catalogue. Experience alone is not accredited. "
  "Wrexley University's Faculty of Health offers accreditation of prior experiential learning by portfolio; this is "
  "not available on the Certificate.")
p("The Direct Test: in exceptional cases an applicant who is already an experienced SENCO, or an advisory teacher "
  "from a support service, may be assessed without attending Workshops. The applicant takes all four Test "
  "Certificates, against every part in the Parts Catalogue, with two tutorials, and is awarded the Certificate only "
  "if every Test Certificate is passed. The fee is £650, set to cover assessment and moderation.")

# ------------------------------------------------------------------ SB-09/07
bulletin("SB-09/07", "2 March 2009", "Pre-Delivery Inspection and the Individual Service Plan",
         "Customers, field technicians")
h2("CONDITION")
p("Participants arrive with very different experience, and a course that treats them alike wastes their time and "
  "the County's money.")
h2("CORRECTION")
p("Before the first Workshop every participant completes the Pre-Delivery Inspection: a rating of confidence and "
  "evidence against every part in the Parts Catalogue, checked in a one-hour tutorial with a field technician, who "
  "probes the ratings with questions so that out-of-date knowledge is spotted. From it the field technician and "
  "participant write an Individual Service Plan: the participant's own outcomes for the year, the parts that need "
  "most work, the Workbench units to take in depth and those that can be skimmed, and the Field Jobs to choose. The "
  "Plan is reviewed at a tutorial after each module, and tutors look for evidence against the parts in every Test "
  "Certificate to check the first ratings.")
p("Workshops are planned from the Plans of the whole group: where most participants already meet a part it is "
  "covered briefly and the time given to others. Participants with the same gaps are grouped for Workbench tasks. "
  "Because Field Jobs use the participant's own school, and the County pays half the fee, each place costs a school "
  "£700 and no participant repeats work he or she has already shown.")

# ------------------------------------------------------------------ SB-09/08
bulletin("SB-09/08", "2 March 2009", "Test Certificates and the Certificate of Conformity", "All")
h2("CONDITION")
p("Every customer must be tested against the specification before a Certificate of Conformity is issued.")
h2("CORRECTION")
p("TC1, Compliance Certificate (Module 1, 4,000 words): an audit of the participant's school against SEN law, the "
  "Code of Practice and Every Child Matters, with a map of the external agencies and voluntary organisations the "
  "school uses and an account of one case of joint work with them.")
p("TC2, Performance Test (Module 1, 4,000 words): a case study of an intervention for two or three pupils. The "
  "participant uses observation, data and other professionals' assessments to identify needs, sets targets with the "
  "pupils, chooses and justifies an approach (including ICT where it fits), explains how each pupil's development "
  "has been affected by their SEN and their environment, and records baseline and follow-up measures of attainment "
  "and of well-being. The pupils' own views of the intervention must be reported.")
p("TC3, Installation Report (Module 2, 5,000 words): a report on a change to provision that the participant has led "
  "in the school, planned with the headteacher and reported to governors. It must show how the participant "
  "prioritised and delegated the work, deployed teaching assistants, coached or trained colleagues (including on "
  "formative assessment), reviewed the change with staff and fed the findings into the school's self-evaluation, "
  "and what published best practice and research it drew on.")
p("TC4, Final Inspection (Module 2): a 20-minute presentation and viva on the participant's learning log, assessed "
  "for clarity of speech and writing and for how the participant listens and responds, and for how the participant "
  "has kept up to date and taken charge of his or her own development during the course.")
p("All Test Certificates are marked against published criteria. Every TC is second-marked blind for a 25 per cent "
  "sample and for all fails and distinctions; field technicians and the County's two advisers meet to moderate a "
  "common sample each term; Wrexley University's moderator checks a sample of every TC; and the external examiner "
  "reports to the University's Board of Examiners.")
p("Resubmission and late work: a participant who fails a Test Certificate may resubmit it once, within eight "
  "weeks, and the resubmitted mark is capped at the pass mark. Work submitted late without agreement loses ten marks. "
  "A participant whose studies are disrupted by illness or other serious circumstances may apply to the University's "
  "extenuating circumstances panel for an extension or to defer a module to the other route.")
p("Feedback on every Test Certificate is returned through the Workbench within four working weeks, written against "
  "the criteria and with at least three points for improvement.")
x = p("A Certificate of Conformity (the award) is issued to a participant who has an aggregate mark of 40 per cent "
      "or more across TC1 to TC4 and has attended at least eight of the nine Workshops.")

# ------------------------------------------------------------------ SB-09/09
bulletin("SB-09/09", "2 March 2009", "Parts Catalogue", "All")
h2("CONDITION")
p("Field technicians and dealers need one list of every part fitted in the Certificate.")
h2("CORRECTION")
p("The catalogue lists the parts by assembly. Read the \"Proved by\" column as SB-09/00 sets out.")
rows = [
    ["Part no.", "Description: the SENCO can...", "Fitted at", "Proved by"],
    ("G", "ASSEMBLY 1: ATTRIBUTES"),
    ["KV 101", "Build fair, respectful and supportive relationships with pupils with SEN and with their families", "W5", "Dealer fit"],
    ["KV 102", "Gain the commitment of colleagues, the headteacher and senior leaders", "[TBC]", "[TBC]"],
    ["KV 103", "Prioritise, manage time and delegate, checking that tasks are done", "W6", "TC3"],
    ["KV 104", "Anticipate and resolve problems and make sound decisions about provision", "W3", "TC2"],
    ["KV 105", "Express themselves clearly in speech and writing and listen to others", "W8", "TC4"],
    ["KV 106", "Use research evidence and outside advice to improve practice", "W2", "TC3 FN"],
    ["KV 107", "Keep up to date and take responsibility for their own CPD", "W9", "TC4"],
    ("G", "ASSEMBLY 2: KNOWLEDGE"),
    ["KV 201", "SEN law and guidance, the Code of Practice and how to carry it out in school", "W1", "TC1"],
    ["KV 202", "Every Child Matters and the SENCO's part in the five outcomes", "W1", "TC1"],
    ["KV 203", "Disability equality law and the duties it places on schools", "-", "NLA"],
    ["KV 204", "How children develop and how SEN, disability and environment affect development", "W2", "TC2"],
    ["KV 205", "The common types of SEN and their effect on learning", "W2", "Run-in"],
    ["KV 206", "Approaches, strategies and resources for assessment and teaching, including ICT", "W3", "TC2"],
    ["KV 207", "School self-evaluation and improvement for pupils with SEN", "W7", "TC3"],
    ["KV 208", "Best practice and research outcomes in meeting SEN", "-", "TC3"],
    ["KV 209", "The role of external agencies and how to obtain specialist support", "W5", "TC1"],
    ("G", "ASSEMBLY 3: SKILLS"),
    ["KV 301", "With the head and governors, shape an inclusive ethos, policy, priorities and resources", "W7", "TC3"],
    ["KV 302", "Identify pupils with SEN, set targets, plan interventions and review progress", "W3", "TC2"],
    ["KV 302.1", "Use other professionals' assessments to plan teaching", "W3", "TC2"],
    ["KV 302.2", "Use national tests and other summative data to track progress and adjust programmes", "W3", "Run-in"],
    ["KV 302.3", "Lead colleagues in formative assessment for pupils with SEN", "W6", "TC3"],
    ["KV 302.4", "Arrange access arrangements for tests and examinations in good time", "W3", "Run-in"],
    ["KV 303", "Use provision mapping and find missing or ineffective provision", "W4", "CELL303"],
    ["KV 304", "Deploy and manage support staff", "W6", "TC3"],
    ["KV 305", "Develop colleagues through observation, feedback, coaching and training", "W6", "TC3"],
    ["KV 306", "Review provision with staff to inform school self-evaluation", "W7", "TC3"],
    ["KV 307", "Involve pupils in planning and reviewing their own provision", "W4", "TC2"],
    ["KV 309", "Work in partnership with other services and voluntary organisations", "W5", "TC1"],
]
pt = d.add_table(rows=len(rows), cols=4)
pt.style = "Table Grid"
for i, row in enumerate(rows):
    if isinstance(row, tuple):
        merge(pt, i, 0, i, 3, row[1], bold=True, fill="DEEAF6", size=8)
        continue
    for j, val in enumerate(row):
        c = pt.cell(i, j)
        if val == "CELL303":
            cell_text(c, "", size=8)
            runs(c.paragraphs[0], [("TC1", "del"), ("Dealer fit", "ins")])
        elif val == "TC3 FN":
            cell_text(c, "TC3", size=8)
            fn.add(c.paragraphs[0], "In TC3 this part is a draft section reviewed by the tutor; it is not marked.")
        else:
            cell_text(c, val, bold=(i == 0), fill=("BDD7EE" if i == 0 else None), size=8)
para(d)
p("Part numbers follow the College's stores system. KV 308 is not used in 2009.")

# ------------------------------------------------------------------ SB-09/10
bulletin("SB-09/10", "2 March 2009", "Field technicians", "Panel, dealers")
h2("CONDITION")
p("Customers are entitled to know who services them.")
h2("CORRECTION")
table(d, [
    ["Field technician", "Background"],
    ["Judith Penhale (programme leader)", "MA Inclusive Education; SENCO for eleven years in Calderwick primary and "
                                          "secondary schools; County SEN adviser 2003-2007; runs the College's Music "
                                          "Access outreach team."],
    ["Dr Owen Marchant", "PhD on autism and classroom communication (2006); senior lecturer at Wrexley University; "
                         "chartered educational psychologist."],
    ["Asha Bhandari", "Specialist teacher for hearing impairment (mandatory qualification); MEd; advisory teacher in "
                      "Calderwick's sensory service until 2008."],
    ["Two Calderwick SEN advisers", "Co-teach W1 and W7; both former SENCOs with current casework."],
], widths=[5, 12])
para(d)
p("Field technicians keep their knowledge current through the University's research centre, the County's SENCO "
  "network and at least three days of their own training each year. Each field technician receives a copy of these "
  "bulletins. Dealers' mentors: [Mentor guidance to follow].")

# ------------------------------------------------------------------ SB-09/11
bulletin("SB-09/11", "2 March 2009", "Specialist support, placements and equipment", "All", supersedes="SB-09/04")
h2("CONDITION")
p("Participants need access to specialists and to good equipment.")
h2("CORRECTION")
p("Workshops bring in an educational psychologist, a speech and language therapist, a CAMHS worker and the "
  "County's sensory support service, and W5 is run as a suppliers' fair at which eight agencies and voluntary "
  "organisations meet participants. Placements in special schools are no longer arranged by the College.")
p("Equipment: the College library and Wrexley University's library, with an SEN collection of some 3,000 titles and "
  "online journals; the College's Assistive Technology Lab, where participants use screen readers, switch access, "
  "symbol software and adapted keyboards in Workshop sessions; a loan stock of standardised assessment kits; and "
  "the Workbench.")

# ------------------------------------------------------------------ SB-09/12
bulletin("SB-09/12", "2 March 2009", "Consultation and customer feedback", "Panel, dealers")
h2("CONDITION")
p("A product built without asking the customer does not sell.")
h2("CORRECTION")
p("In May 2008 the College and the County surveyed all 212 Calderwick schools; 63 SENCOs and 41 headteachers "
  "replied. Headteachers asked most for SENCOs who could lead colleagues and manage teaching assistants; SENCOs asked "
  "for help with provision mapping and with agencies, and for twilight teaching. The 2008 pilot group and the "
  "Calderwick Parent Partnership Service also gave views. Workshops W4, W5 and W6 and Route A were designed from these "
  "replies.")
p("The survey's other findings were that two in three new SENCOs in Calderwick also teach a full or nearly full "
  "timetable, that most had never seen a provision map used well, and that nearly half did not know which agencies "
  "their school could call on. Headteachers in small rural primary schools said that they could release a SENCO "
  "for a twilight but not for a whole day. These findings are why all Module 1 Workshops on Route A fall after "
  "school and why W4 and W5 are longer than the other Workshops.")
p("A Product Review Group of three headteachers, two SENCOs from the pilot, a County adviser and a representative "
  "of the Calderwick Parents' Forum reviewed two drafts of these bulletins: at its request Module 2 was made "
  "available first, and TC3 was changed so that it is reported to governors.")
p("The Product Review Group will meet each term to review participants' evaluations, the external examiner's "
  "report and results, and agrees the improvement plan each July. County advisers co-teach and co-moderate; special "
  "school staff speak at W2 and W5; headteachers complete a survey six months after each cohort finishes.")

# ------------------------------------------------------------------ SB-09/13
bulletin("SB-09/13", "2 March 2009", "Quality and performance monitoring", "All")
h2("CONDITION")
p("Every product is monitored in service.")
h2("CORRECTION")
p("Internal: participants evaluate every Workshop and module on the Workbench; field technicians review evaluations "
  "within two weeks; the programme leader observes each field technician once a year; the course team's annual "
  "review goes to the Product Review Group. External: Wrexley University's moderator and external examiner, the "
  "University's annual monitoring and five-yearly review, and the headteachers' survey. Each July the improvement "
  "plan records what will change, why and by whom, and progress is reported to the next Product Review Group.")
p("Impact: participants rate their competence and confidence against each part at the Pre-Delivery Inspection and "
  "again at TC4; the headteacher's survey asks for the head's judgement of the SENCO's work; and in TC2 each "
  "participant records baseline and follow-up measures of attainment and well-being for the pupils in the "
  "intervention, which the College summarises across the cohort each year and reports to the County.")

# ------------------------------------------------------------------ SB-09/14
bulletin("SB-09/14", "2 March 2009", "Aftercare", "Customers, dealers")
h2("CONDITION")
p("Customers ask what happens after the Certificate of Conformity is issued.")
h2("CORRECTION")
ac = p("The College does not set or discuss further targets with participants after certification; future "
       "professional development is a matter for the participant's school.")
comment(d, ac.runs, "Could we offer an exit tutorial? Discuss at PRG.", author="J. Penhale", initials="JP")
whole_para(d, "Each participant leaves with a Service Plan for the following year, agreed with the field technician.",
           "del", author="J. Penhale")
para(d)
para(d, "End of bulletin set. Queries to the programme leader, Judith Penhale, at the College.", italic=True)

fn.finish()
out = HERE / f"{NAME}.docx"
d.save(out)
print(out, "words ~", word_count(d))
