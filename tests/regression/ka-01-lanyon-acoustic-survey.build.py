"""ka-01-lanyon-acoustic-survey: builds ka-01-lanyon-acoustic-survey.docx next to itself.

Provider (invented): the Lanyon Trust for Deaf Children, a national deaf children's
charity, through its Education Service (whose Acoustics Advisory Team surveys
classrooms for deaf pupils), with the University of Marbrook, which validates the
"Lanyon Certificate in SEN Coordination" as a 60-credit Level 7 PGCert. January 2009.

Document kind and layout: the application is written as one of the Trust's own
classroom ACOUSTIC SURVEY REPORTS (the house style of its BB93 pre-completion test
reports): a cover particulars table (Report No, Client, Site, Surveyor, Issue), then
numbered report sections "1 Brief", "2 Site description", "3 Performance standards",
"4 Instrumentation and calibration", "5 Test methodology", "6 Results", "7 Discussion",
"8 Non-compliances and recommendations", "9 Limitations of this survey", Appendix A
(glossary of acoustic terms) and Appendix B (survey history). No Word heading styles:
section titles are bold capitalised Normal paragraphs with typed numbers, and the
sub-section numbers collide with requirement ids ("3.3 The Listening Room", "5.3
Test Certificates", "4.3 Candidate access"). House vocabulary: study days are
"Listening Days" (LD1-LD6) held in "Rooms"; tutors are "Surveyors"; school mentors
are "Site Leads"; school-based tasks are "Field Measurements" (FM1-FM4); the four
assessed pieces are "Test Certificates" TC1-TC4 named after acoustic tests
(Reverberation, Background Noise, Speech Transmission, Sound Insulation); the
pre-course needs assessment is the "Pre-survey"; the individual plan is the
"Individual Survey Plan"; the portfolio is the "Logbook". Tables: cover particulars,
performance standards (merged header), Surveyors/instrumentation (merged group row,
shading), Listening Day timetable (merged term rows), the outcome results table 6.1
with merged group rows ("Room" and "Measured by" columns). Header and footer.
A VML text box ("Site note: the Listening Room") holds the e-learning arrangements.
Two tracked changes (one insertion, one deletion) and three Word comments.

Traps (requirement ids):
- Table 6.1's "Measured by" column uses "Ambient only" for lines heard in the room on
  a Listening Day but measured by no Test Certificate, and "Not surveyed" for lines
  the Certificate does not address; both are defined only in a sentence in section 5
  above the table. Ambient only: 6.A3, 6.A7, 6.S2b, 6.S7, 6.S8 (partially_met).
  Not surveyed: 6.K7 (not_met). Because several outcomes are not assessed, 1.9 is
  partially_met.
- 6.K7 trap: section 9 speaks of "this report's own self-evaluation" of the survey
  method (right word, wrong thing).
- 6.K5: the common types are limited to deafness, SLCN and ASD; dyslexia, BESD and
  MLD are "outside the Certificate's scope" (partially_met).
- 1.1: the Certificate's single aim is pupils' attainment in levels and P scales; no
  well-being aim (partially_met), although ECM is content for 6.K2 (met).
- 1.7: parents appear only as a panel candidates listen to; liaison with parents is
  "Ambient only" (1.7 and 6.S8 partially_met).
- 2.1: "no credit for prior study or experience" (negation); a comment says the
  University would allow APL: comments are not the submission (not_met).
- 2.3: assessment-only route only as a recommendation R3 "should be considered" for
  2010 (not an arrangement), and the pilot's "Direct Test" route in Appendix B was
  withdrawn in 2007 (past arrangement): not_met.
- 2.4: "All candidates follow the same six Listening Days ... in the same order";
  tailoring only through tutorials (partially_met).
- 4.3: candidates' day evaluation forms, and a wish for heads and parents to evaluate
  "in future years"; the Course Board met in 2008 to design the course (past):
  partially_met.
- 5.3: Surveyors' CRB disclosures are renewed; for candidates "a matter for the
  employing school and the Trust does not check it" (someone else's responsibility):
  not_met.
- 5.5: placements exist only in a tracked insertion (insertions count): met.
- 5.7: Surveyors have a calibration day; Site Leads are only posted notes and their
  briefing "is planned for 2010" (partially_met).
- 5.8: second marking and moderation exist only in a tracked deletion; what remains is
  one Surveyor marking against grade descriptors (partially_met). A comment asks to
  restore it (comments do not count).
- 5.9: confidence self-ratings before and after; pupil impact only "hopes in time"
  (partially_met).
- 6.0: the award is made on passing all four Test Certificates, not on all outcomes,
  while Table 6.1 shows lines no Certificate measures (partially_met).
- 3.3 met: the Listening Room arrangements are in the text box (part of the body).
- Footer words about safeguarding and BB93 are not evidence for anything.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _ka_helpers import *

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
A1, D1 = "R. Penhale (Acoustics)", "2009-01-14T10:02:00Z"
A2, D2 = "M. Quarrie", "2009-01-16T15:40:00Z"

d = new_doc("Arial", 10)
header_footer(d, "Lanyon Trust for Deaf Children  |  Education Service  |  Acoustics Advisory Team  |  Report LT/AC/0917  Issue 2",
              "Surveys are carried out in accordance with Building Bulletin 93 and the Trust's safeguarding policy. Registered charity no. 1099417.  Page ")

def H(t):
    p = para(d, t, bold=True, size=11, color="1F3864")
    p.paragraph_format.space_before = Pt(10)
    return p

def h(t):
    return para(d, t, bold=True, size=10)

para(d, "LANYON TRUST FOR DEAF CHILDREN", bold=True, size=16, color="1F3864")
para(d, "Education Service  \u2013  Acoustics Advisory Team", size=11)
para(d, "ACOUSTIC SURVEY REPORT", bold=True, size=20)
para(d, "Subject: The Lanyon Certificate in SEN Coordination (National Award for SEN Coordination), with the University of Marbrook", bold=True, size=11)
para(d, "Submitted to the Training and Development Agency for Schools as our application for approval to provide nationally accredited SENCO training, 2009 intakes.", italic=True)

t = table(d, [
    ["Particular", "Detail", "Particular", "Detail"],
    ["Report No.", "LT/AC/0917", "Issue", "2 (supersedes Issue 1, Dec 2008)"],
    ["Client", "Training and Development Agency for Schools (TDA)", "Date of survey", "September 2008 \u2013 January 2009"],
    ["Site", "Lanyon Certificate in SEN Coordination", "Lead Surveyor", "Dr Morwenna Quarrie, Head of Education"],
    ["Validating body", "University of Marbrook, School of Education", "Checked by", "Robin Penhale, Senior Acoustician"],
    ["Status", "FOR APPROVAL", None, None],
], widths=[3.2, 5.2, 3.0, 5.2])
merge(t, 5, 1, 5, 3, "FOR APPROVAL", fill="FCE4D6", bold=True)

H("1  BRIEF")
para(d, "The Trust was asked to report on whether the Lanyon Certificate in SEN Coordination (\u201cthe Certificate\u201d) meets the TDA's specification for nationally accredited SENCO training. Because our Education Service writes most of its work in the form of acoustic survey reports for schools, the Course Team agreed to present the Certificate in the same way: the course is the \u201csite\u201d, its study days are the \u201cRooms\u201d we survey, its assessed work is the \u201cTest Certificates\u201d, and the outcomes in Annex 3 of the specification are the lines of our results table. A short glossary at Appendix A explains our terms for readers who do not work with us.")
para(d, "The Certificate is validated by the University of Marbrook, School of Education, as a Postgraduate Certificate in SEN Coordination. The University's validation event was held on 12 November 2008 and approved the programme for five years, subject to TDA approval. The Certificate carries 60 credits at Master's level (Level 7 of the Framework for Higher Education Qualifications). Successful candidates receive the University's award and the Trust's Certificate.")
para(d, "The purpose of the Certificate is to raise the attainment of pupils with SEN and disabilities, measured in National Curriculum levels and P scales, by giving the teachers who coordinate their provision the knowledge and skills to do so. The Certificate has this one aim; its objectives are the lines of Table 6.1.")
para(d, "The Certificate was designed for SENCOs in mainstream primary and secondary schools, many of whom have deaf pupils on roll but little training in deafness. It is not a course in deaf education: it is a SENCO course taught by a deaf children's charity, and deafness is used throughout as a worked example of how a SENCO coordinates provision for any pupil with SEN.")

H("2  SITE DESCRIPTION")
h("2.1 The Rooms (Listening Days)")
para(d, "The Certificate runs over one school year, part time. Candidates attend six Listening Days (LD1 to LD6). Each Listening Day is run twice, once in Birmingham on a Saturday and once in Leeds on a weekday, and a candidate may attend either run of any day. There are two intakes a year, in September and in January; a candidate who falls ill or changes school may carry Listening Days over into the next intake and complete within two years.")
t = table(d, [
    ["Term", "Room", "Title", "What is heard in the Room"],
    ["Autumn (September intake) / Spring (January intake)", "LD1", "The law, the evidence and the SENCO", "SEN Code of Practice 2001; Education Act 1996 Part IV; Disability Discrimination Act 1995 as amended in 2005 and the disability equality duty; the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008; Every Child Matters: the five outcomes and the SENCO's part in them; Ofsted (2006) Inclusion: does it matter where pupils are taught?; the Bercow Review (2008); the Trust's 2007 study of deaf pupils' outcomes in mainstream schools; keeping up to date."],
    [None, "LD2", "How children develop and learn", "Child development, language acquisition and the effect of hearing loss, SEN, disability and environment on development; the common types of SEN (see 6.2); identification; assessment tools and strategies including ICT, radio aids and soundfield systems; tracking progress."],
    [None, "LD3", "Working with others around the child", "External agencies: audiology, speech and language therapy, educational psychology, sensory support services, social care, voluntary organisations; using specialists' assessments; access arrangements for national tests and examinations; a parents' panel."],
    ["Spring / Summer", "LD4", "The pupil's voice", "Consulting pupils, including deaf pupils using BSL and pupils with little speech; Talking Mats; pupil-led reviews; relationships with pupils and families; assessment for learning for pupils with SEN."],
    [None, "LD5", "Leading and managing", "Strategic leadership with the head and governors; provision mapping; deploying and managing teaching assistants and communication support workers; coaching and mentoring colleagues; gaining commitment; managing time."],
    [None, "LD6", "Evaluating provision", "Reviewing provision with colleagues; evaluating interventions; reporting to governors; the Forward Plan."],
], widths=[2.8, 1.2, 3.6, 9.0])
merge(t, 1, 0, 3, 0, "Autumn (September intake) / Spring (January intake)", fill="DEEAF6")
merge(t, 4, 0, 6, 0, "Spring / Summer (both intakes)", fill="DEEAF6")
para(d, "")
h("2.2 Field Measurements")
para(d, "Between Listening Days each candidate carries out four Field Measurements in his or her own school, and records them in the Logbook. FM1 is an audit of the school's SEN register and provision against the Code of Practice. FM2 follows one pupil with SEN over two terms, from identification through assessment, target setting and intervention to review. FM3 asks the candidate to consult a group of pupils about their provision, using one of the methods practised on LD4, and to report what the pupils said and what the school changed. FM4 asks the candidate to lead a staff development session and to coach one colleague for half a term. Each Field Measurement is tied to named lines of Table 6.1, and each feeds one of the Test Certificates, so the practical work in school is the ground on which the candidate's Test Certificates are built and the means by which the Certificate changes practice in the candidate's school.")
h("2.3 Site Leads")
para(d, "Each candidate has a Site Lead: a senior colleague in the candidate's school, normally the headteacher or a deputy, who agrees the Field Measurements, observes FM4 and signs the Logbook at the end of each term.")

H("3  PERFORMANCE STANDARDS")
para(d, "Table 3.1 sets out the standards the Certificate is built to, in the way our school reports set out the BB93 limits a room must meet.")
t = table(d, [
    ["Standard", "Performance standard", None],
    [None, "Requirement", "How the Certificate meets it"],
    ["3.1 Level and credit", "Master's level, 60 credits", "60 credits at Level 7, validated by the University of Marbrook"],
    ["3.2 Entry", "Candidates able to benefit and to reach the outcomes", "QTS; working as SENCO or designated to become SENCO within a year; a supporting letter from the headteacher agreeing release for all six Listening Days; the Pre-survey interview (section 5.1)"],
    ["3.3 Duration", "About one year part time", "One school year; up to two years where Listening Days are carried over"],
    ["3.4 Fee", "Cost-effective", "\u00a31,450 per candidate, including all materials and the University's registration fee"],
], widths=[3.6, 5.0, 8.0])
merge(t, 0, 1, 0, 2, "Performance standard", fill="D9D9D9", bold=True)
merge(t, 0, 0, 1, 0, "Standard", fill="D9D9D9", bold=True)
para(d, "")
para(d, "A candidate who does not meet the entry standard is told in writing what he or she needs to do to reach it, usually a term in the Trust's one-day SEN Awareness programme and a period shadowing the school's current SENCO, and the Lead Surveyor speaks with the candidate's headteacher about a later start. The Pre-survey interview also checks that the candidate has enough knowledge of the school's SEN systems to benefit from the course.")
h("3.3 The Listening Room")
para(d, "Part of the Certificate is studied online. The arrangements are set out in the site note below.")
text_box(d, [
    ("SITE NOTE: THE LISTENING ROOM", True),
    ("The Listening Room is the Certificate's Moodle site, hosted by the University of Marbrook. Every Listening Day is recorded, captioned and posted there within a week, with its slides and readings.", False),
    ("Each candidate belongs to an online set of six candidates with one Surveyor. Between Listening Days each set has a fortnightly forum task, and the set's Surveyor takes part in the forum and answers every question within three working days. Sets also use the forum to share their Field Measurement findings with one another.", False),
    ("Candidates submit their Test Certificates through the Listening Room and receive their feedback there. A candidate who has no broadband at home is lent a Trust laptop with a mobile connection for the year.", False),
], height_pt=170)

H("4  INSTRUMENTATION AND CALIBRATION")
h("4.1 Surveyors")
t = table(d, [
    ["Surveyor", "Role on the Certificate", "Qualifications and current practice"],
    ["Course Team (Trust)", None, None],
    ["Dr Morwenna Quarrie", "Lead Surveyor; LD1, LD6", "PhD (deaf education); MA SEN; Teacher of the Deaf; SENCO in a secondary school with a hearing-impaired resource base for nine years; Head of Education at the Trust since 2004"],
    ["Helen Trebilcock", "Surveyor; LD2, LD4", "Mandatory qualification for Teachers of the Deaf; NPQH; former primary SENCO; works two days a week as a visiting Teacher of the Deaf in Staffordshire"],
    ["Aled Rhys-Pascoe", "Surveyor; LD3", "Educational audiologist (MSc Educational Audiology); former SENCO; advises schools weekly on assessment and amplification"],
    ["University of Marbrook", None, None],
    ["Dr Janet Orme", "Surveyor; LD5; University link tutor", "Senior Lecturer in Inclusive Education; chartered educational psychologist; continues to practise one day a week in a local authority service"],
], widths=[4.0, 4.2, 8.4])
merge(t, 1, 0, 1, 2, "Course Team (Trust)", fill="DEEAF6", bold=True)
merge(t, 5, 0, 5, 2, "University of Marbrook", fill="DEEAF6", bold=True)
para(d, "")
para(d, "All Surveyors hold enhanced CRB disclosures, which the Trust renews every three years. For candidates, disclosure is a matter for the employing school and the Trust does not check it.")
p = para(d, "Beyond the Surveyors, the Trust's own specialists contribute to the Listening Days: two paediatric audiologists, a speech and language therapist, a deaf young people's participation worker and the Trust's Parent Support Officers.")
ins(p, " Every candidate also spends two days on placement in a resource base for deaf pupils or in a special school, chosen from the Trust's list of eleven partner settings and arranged by the Trust, and records what was seen in the Logbook.", A2, D2)
h("4.2 Equipment and resources")
para(d, "Candidates have access to the Trust's Education Resource Centre in Birmingham and its postal loans service (some 4,000 books, assessment materials and DVDs), to the University of Marbrook's library and electronic journals for the year of registration, and to the Listening Room. Each Listening Day venue has a loop system, a soundfield system and a radio aid demonstration kit; candidates may borrow a set of radio aid and soundfield equipment for four weeks to try it in their own school, with an audiologist's visit to set it up.")
h("4.3 Candidate access")
para(d, "The Trust's Equality and Diversity Policy applies to every candidate. At enrolment each candidate completes an access form, and the Lead Surveyor agrees any reasonable adjustments before LD1. Every Listening Day has a loop system and live speech-to-text reporting; BSL/English interpreters are booked for deaf candidates who use BSL; handouts are available in large print or electronically; venues are checked for step-free access. For Test Certificates, candidates may have extra time, may submit a signed presentation on DVD in place of a written piece of equal length, or may have a scribe. Candidates with caring responsibilities may move between the Saturday and weekday runs of a Listening Day without notice.")
h("4.4 Calibration")
para(d, "Before the first Listening Day of each intake all Surveyors attend a calibration day, where they mark the same three specimen Test Certificates, compare their marks against the grade descriptors and agree the feedback they would give. Each Surveyor has the Surveyor Handbook, which sets out the Listening Days, the marking schedule and the appeals procedure.")
p = para(d, "Site Leads are sent the Site Lead notes by post when their candidate enrols. ")
run(p, "A briefing for Site Leads is planned for 2010.")
c1 = d.add_comment(p.runs[-1], text="Could we run this in the autumn instead? Three heads asked for it.", author="R. Penhale", initials="RP")

H("5  TEST METHODOLOGY")
h("5.1 Pre-survey")
para(d, "Before LD1 each candidate completes the Pre-survey: a self-audit against every line of Table 6.1, with evidence from the candidate's present role, followed by a forty-minute interview with a Surveyor. From the Pre-survey the Surveyor and candidate write an Individual Survey Plan, which records the lines the candidate most needs to develop, the candidate's personalised outcomes for the year and the tutorials the candidate will take. The Plan is revisited at the mid-year tutorial.")
p = para(d, "The Certificate carries no credit for prior study or experience: every candidate takes all 60 credits.")
d.add_comment(p.runs[0], text="Marbrook's regulations would let us give up to 20 credits APL. Worth saying we could?", author="J. Orme", initials="JO")
h("5.2 Tutorials")
para(d, "All candidates follow the same six Listening Days and four Field Measurements in the same order. Each candidate has three individual tutorials with a Surveyor (at the start, middle and end of the year), and the Individual Survey Plan decides which readings the Surveyor recommends.")
h("5.3 Test Certificates")
para(d, "The Certificate is assessed by four Test Certificates, each worth 15 credits:")
for s in [
    "TC1 Reverberation: a 3,000-word review of the candidate's school SEN policy and practice against the SEN Code of Practice, disability equality legislation and Every Child Matters, with proposals the candidate has discussed with the head and the governor responsible for SEN.",
    "TC2 Background Noise: a 4,000-word case study of the FM2 pupil: identification, the assessments of other professionals and how they were used, targets, intervention, access arrangements for tests and examinations, work with outside agencies and the pupil's progress.",
    "TC3 Speech Transmission: the candidate's provision map for a year group, with a 15-minute presentation (to Surveyors and peers) on how the candidate has deployed support staff, gained colleagues' commitment and reviewed with them the effect of the provision.",
    "TC4 Sound Insulation: a 3,000-word reflective account drawing on the Logbook, the placement and FM4: how the candidate coached a colleague, led staff development, encouraged colleagues' formative assessment and used research and evaluated approaches and resources to improve practice.",
]:
    bullet(d, s)
p = para(d, "Each Test Certificate is marked by the candidate's own Surveyor against the Trust's published grade descriptors.")
dele(p, " A sample of one in five Test Certificates, and every fail, is second-marked by another Surveyor, and the Course Team moderates the marks of each intake before they go to the University's assessment board.", A1, D1)
d.add_comment(p.runs[0], text="Please restore the second-marking sentence before we send it.", author="M. Quarrie", initials="MQ")
para(d, "The Certificate is awarded to a candidate who passes all four Test Certificates.")
para(d, "In Table 6.1, the \u201cRoom\u201d column names the Listening Day where a line is taught. In the \u201cMeasured by\u201d column, a Test Certificate number means that the line is assessed in that Test Certificate. \u201cAmbient only\u201d means that the line is heard in the room on a Listening Day but no Test Certificate measures it. \u201cNot surveyed\u201d means the Certificate does not address the line.")

H("6  RESULTS")
h("6.1 Table 6.1: outcome lines")
rows = [["Line", "Outcome (the Trust's wording)", "Room", "Measured by"]]
groups = [
    ("Professional attributes", [
        ("A1", "Builds fair, respectful and supportive relationships with pupils with SEN and their families", "LD4", "TC2"),
        ("A2", "Wins the commitment of colleagues, the headteacher and senior leaders", "LD5", "TC3"),
        ("A3", "Plans own time, sets priorities and delegates", "LD5", "Ambient only"),
        ("A4", "Solves problems and makes sound decisions about provision", "LD3", "TC2"),
        ("A5", "Speaks and writes clearly and listens to others' views", "LD5", "TC3"),
        ("A6", "Uses research and outside advice to improve own and colleagues' practice", "LD1", "TC4"),
        ("A7", "Keeps up to date and takes charge of own professional development", "LD1", "Ambient only"),
    ]),
    ("Knowledge and understanding", [
        ("K1", "SEN law and the SEN Code of Practice, and how to put them into practice", "LD1", "TC1"),
        ("K2", "Every Child Matters: the five outcomes and the SENCO's part in them", "LD1", "TC1"),
        ("K3", "Disability equality law and what it requires of a school", "LD1", "TC1"),
        ("K4", "Child development and how SEN, disability and environment affect it", "LD2", "TC2"),
        ("K5", "Common types of SEN: deafness, SLCN and ASD", "LD2", "TC2"),
        ("K6", "Approaches, strategies and resources for assessment, teaching and learning, including ICT", "LD2, LD4", "TC4"),
        ("K7", "School self-evaluation and improvement for SEN outcomes", "\u2013", "Not surveyed"),
        ("K8", "Best practice and research in meeting SEN", "LD1", "TC4"),
        ("K9", "The work of external agencies and how to get their support", "LD3", "TC2"),
    ]),
    ("Skills", [
        ("S1", "Works with senior colleagues and governors on inclusive ethos, policy and resources", "LD5", "TC1"),
        ("S2", "Identifies pupils with SEN, sets challenging targets, plans and reviews interventions", "LD2", "TC2"),
        ("S2a", "Uses other professionals' assessments to shape teaching", "LD3", "TC2"),
        ("S2b", "Uses summative assessment and national tests to track progress and adjust programmes", "LD2", "Ambient only"),
        ("S2c", "Encourages colleagues' formative assessment for pupils with SEN", "LD4", "TC4"),
        ("S2d", "Arranges access arrangements for national tests and examinations in good time", "LD3", "TC2"),
        ("S3", "Maps provision and finds ineffective or missing provision", "LD5", "TC3"),
        ("S4", "Deploys and manages support staff", "LD5", "TC3"),
        ("S5", "Develops colleagues through observation, coaching, mentoring and training", "LD5", "TC4"),
        ("S6", "Reviews the effect of provision with colleagues", "LD6", "TC3"),
        ("S7", "Involves pupils in planning and reviewing their own provision", "LD4", "Ambient only"),
        ("S8", "Works with parents and carers", "LD3", "Ambient only"),
        ("S9", "Works in partnership with other services and voluntary bodies", "LD3", "TC2"),
    ]),
]
merges = []
for g, items in groups:
    merges.append(len(rows))
    rows.append([g, None, None, None])
    for it in items:
        rows.append(list(it))
t = table(d, rows, widths=[1.3, 10.0, 2.3, 3.0])
for r in merges:
    merge(t, r, 0, r, 3, rows[r][0], fill="DEEAF6", bold=True)
para(d, "")
h("6.2 Notes on the results")
para(d, "Line K5 is deliberately narrow. The Certificate covers deafness, speech, language and communication needs and autism, where the Trust's staff have expertise. Dyslexia, behavioural, emotional and social difficulties and moderate learning difficulties are outside the Certificate's scope; candidates are referred to their local authority's courses for these.")
para(d, "Parents' perspectives are heard on LD3, where a panel of parents of deaf children describes their experience of school and of the annual review, and candidates put questions to them.")

H("7  DISCUSSION")
h("7.1 Why the site was built as it is")
para(d, "In spring 2008 the Trust surveyed 212 SENCOs in the schools its Education Service visits, and 38 heads of local authority sensory support services. Seventy-one per cent of the SENCOs had had no training in hearing loss, and the three things they most wanted from a SENCO course were up-to-date law, help with provision mapping and help with working alongside outside agencies. Heads of service said that SENCOs too rarely used audiologists' and Teachers of the Deaf's reports in planning. Our parent network's 2008 members' survey told us that parents of deaf children in mainstream schools felt that SENCOs did not ask their children what helped them.")
para(d, "These findings shaped the Certificate. Because of the SENCOs' answers we added LD3 on working with agencies and made the provision map a Test Certificate (TC3); because of the heads of service we made the use of other professionals' assessments a required part of TC2; and because of the parents we built LD4 and FM3 around consulting pupils. A Course Board of two serving SENCOs, a parent of a deaf child, a local authority head of sensory support, a deaf young person from the Trust's Young People's Advisory Board and the University link tutor met three times in 2008 to design the Certificate and approved the design in September 2008.")
h("7.2 Evaluating the site")
para(d, "Candidates complete an evaluation form at the end of each Listening Day, and the Surveyors review the forms at a meeting after each run. We would like headteachers and parents to have a part in evaluating the Certificate in future years.")
para(d, "The Course Team also analyses Test Certificate results by line each term, to see which lines candidates find hardest, and the University's annual programme monitoring reviews the Certificate each summer with its results, the evaluation forms and the Surveyors' reports. Each summer the Course Team writes an action plan from these sources and tells the next intake what has changed as a result.")
para(d, "Candidates rate their confidence on each line of Table 6.1 at the Pre-survey and again at the last tutorial, and the Course Team reports the change for each intake to the University. The Trust hopes in time to measure the effect of the Certificate on the progress of pupils in candidates' schools.")
h("7.3 After the survey")
para(d, "At the last tutorial each candidate and Surveyor agree a Forward Plan: professional targets for the next two years, the candidate's next steps in school and, where the candidate wishes, a route on to the University of Marbrook's MA in Inclusive Education, into which the Certificate's 60 credits transfer.")

H("8  NON-COMPLIANCES AND RECOMMENDATIONS")
para(d, "Our reports always close with the points where a site falls short and what we recommend. The Course Team's recommendations to the Course Board are:")
t = table(d, [
    ["Ref", "Observation", "Recommendation", "Priority"],
    ["R1", "Site Leads have no face-to-face briefing.", "Hold a Site Lead briefing each autumn.", "High"],
    ["R2", "Pupils' progress is not yet measured.", "Develop a measure of pupil progress with two local authorities.", "Medium"],
    ["R3", "Experienced SENCOs must take the full course.", "An assessment-only route for experienced SENCOs should be considered by the Course Board for the 2010 intake.", "Medium"],
], widths=[1.2, 5.2, 8.0, 2.2])
para(d, "")

H("9  LIMITATIONS OF THIS SURVEY")
para(d, "This report describes the Certificate as designed and as run with its first intake in September 2008. It includes this report's own self-evaluation of the survey method: presenting a course as a survey has helped the Course Team see where a line is heard but not measured, and that will be the first thing we re-survey. The survey did not cover the University's general regulations, which apply to the Certificate as to all Marbrook awards.")

H("APPENDIX A  GLOSSARY OF ACOUSTIC TERMS")
table(d, [
    ["Term", "In a school survey", "In this report"],
    ["Reverberation time (RT)", "How long sound lingers in a room", "TC1, the policy review"],
    ["Background noise", "Unwanted sound from outside and inside the room", "TC2, the case study"],
    ["Speech transmission index (STI)", "How well speech carries to the listener", "TC3, the provision map and presentation"],
    ["Sound insulation", "How well a wall keeps sound out", "TC4, the reflective account"],
    ["Ambient", "The sound in a room when nothing is being tested", "A line heard on a Listening Day but not measured"],
    ["Site Lead", "The school's contact for the survey", "The candidate's school mentor"],
], widths=[4.2, 6.0, 6.4])
para(d, "")
H("APPENDIX B  SURVEY HISTORY")
para(d, "The Certificate replaces the Trust's unaccredited Lanyon Award in Inclusive Practice, which ran from 2005 to 2007 for 64 teachers. That award had a \u201cDirect Test\u201d route, by which an experienced teacher could submit a portfolio for assessment without attending; the route was withdrawn in 2007 when the award closed. Twelve of the Award's teachers now work as SENCOs and four joined the Certificate's first intake.")
para(d, "Report prepared by M. Quarrie and checked by R. Penhale, January 2009.", italic=True)

d.save(OUT)
print("wrote", OUT)
