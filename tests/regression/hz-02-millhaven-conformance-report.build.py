"""hz-02-millhaven-conformance-report

Provider (invented): Millhaven City Learning Centre (MCLC), Millhaven City
Council's ICT and assistive-technology centre for the city's schools, with
Eldermoor University (Faculty of Education), applying to run the SENCO Award
from January 2009.

Document kind and layout: an ACCESSIBILITY CONFORMANCE REPORT for the course,
in the Centre's own template based on the Voluntary Product Accessibility
Template (VPAT): a report-information table (Name of product, Version, Report
date, Contact, Evaluation methods, Standards applied); a shaded covering note
for the panel; a "Product description" in prose (the only continuous
description of the programme); a table of conformance-level terms; Table 1
"Participant journey" (criteria J1-J15, Conformance level, Remarks and
explanations); Table 2 "Course Stick documents" against WCAG 1.0 checkpoints
whose numbers (1.1, 2.1, 3.3, 5.3, 6.1, 14.1) collide with requirement ids;
Table 3 "Award Statements: access to teaching and assessment" (27 statements
in the Centre's words, merged shaded group rows, Taught in / Assessed by /
Conformance / Remarks); Section 5 "Support, documentation and services";
Section 6 "How this report was produced and how we evaluate the course".
Heading styles for sections; header and footer; tracked changes both ways;
two comments; one footnote. The conformance levels rate accessibility, not
whether a requirement is met.

Traps (requirement ids):
- HEI validation is scheduled with a date (E.1 met), but the award is two
  20-credit modules, 40 credits (E.2 partially_met).
- Module 1 covers SEN law only; "disability equality" appears only as the
  Centre's own Disability Equality Scheme and duties (wrong context): no
  Award Statement on disability law (6.K3 not_met; 1.4 partially_met).
- "Access arrangements" appear only for the venue and for participants'
  Professional Discussion; no statement on special arrangements for pupils in
  national tests (6.S2d not_met, wrong context).
- WCAG checkpoint rows numbered 1.1, 2.1, 3.3, 5.3 say nothing about the
  requirements with those ids (wrong context).
- J7 "Does not support": single January start, fixed order; a second intake is
  a tracked DELETION; only spreading the modules over two years remains
  (3.2 partially_met).
- J14 Online learning "Not applicable": no e-learning; the words "e-learning"
  appear only about pupils' resources in Session 6 (3.3 not_applicable).
- J10 APL of certificated learning only; experiential learning "cannot be
  accredited" (2.1 partially_met).
- J11 Outcome Profile at Session 1, not before the course; "Individual
  training plans are not drawn up" (2.2 partially_met).
- J12 assessment-only route offered, concrete (2.3 met).
- J13 progression only hoped for ("We hope to offer"), conformance "Not
  evaluated" (2.5 not_met).
- CRB: registry sees certificates, new disclosure where needed; the
  headteacher-confirmation clause is a tracked INSERTION, which counts
  (5.3 met).
- Stakeholders: audit evidence (4.1 met); "Stakeholders were not involved in
  designing the sessions themselves", only the audit's topics (4.2
  partially_met); evaluation panel with parents, disabled teachers, heads
  (4.3 met).
- Evaluation internal only; external methods "for the University to
  determine" (5.1 partially_met).
- Mentors: briefing "attendance is not required" (5.7 partially_met).
- Moderation "still to be agreed"; single marking; a comment about an
  external examiner is not evidence (5.8 not_met).
- Pupil impact via Case Study baselines collated across the cohort (5.9 met).
- Award rule: attendance plus passes, not all statements (6.0 partially_met;
  1.9 partially_met since several statements are not assessed).
- Table 3: A2 and S1 "not assessed" (6.A2, 6.S1 partially_met); A7 and S2b
  assessed but not taught (6.A7, 6.S2b partially_met); K7 and S5 only by
  Practice Tasks with "feedback only" (6.K7, 6.S5 partially_met).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _hz_helpers import (new_doc, para, table, merge_row, shade, ins, dele,
                         comment, footnote, header_footer, cell_text, save)

OUT = Path(__file__).with_name("hz-02-millhaven-conformance-report.docx")
doc = new_doc("Verdana", 9)
header_footer(doc, "Millhaven City Learning Centre  -  Accessibility Conformance Report",
              "MCLC/ACR/2008/07  -  Template: MCLC ACR v3 (based on the Voluntary Product Accessibility Template)")

para(doc, "Accessibility Conformance Report", style="Title")
para(doc, "Millhaven SENCO Award (2009 intake)", bold=True, size=13)

table(doc, [
    ["Report information", ""],
    ["Name of product", "Millhaven SENCO Award: the taught course, its Course Stick of materials, its venues and its assessments"],
    ["Product version", "Version 1.0 (first intake January 2009)"],
    ["Report date", "October 2008"],
    ["Contact", "Dr Imogen Sayer, Inclusion and Access Manager, Millhaven City Learning Centre, Canal Basin, Millhaven"],
    ["Evaluation methods used", "Expert review by the Centre's AT team; testing of the Course Stick with JAWS 9, ZoomText 9 and "
                                "Read&Write 8 Gold; a walk-through of the participant journey by four disabled teachers and "
                                "two parent carers; venue audit by the council's Access Officer"],
    ["Standards applied", "WCAG 1.0 (Priority 1 and 2) for documents; the Centre's own participant-journey criteria; "
                          "the Disability Discrimination Act 1995 as amended in 2005"],
])
footnote(doc, doc.paragraphs[-1], "WCAG 2.0 is expected to become a W3C Recommendation in December 2008; the next report "
                                  "will use it.")

para(doc, "")
p = para(doc, [("Note for the TDA panel. ", "b"),
               ("Every course the Centre runs is published with an accessibility conformance report. We have sent this one as "
                "our application because it is the fullest account of the course we have: the product description sets out "
                "the programme, Table 1 follows a participant from enquiry to award, and Table 3 lists all the Award "
                "Statements with where each is taught and how it is assessed. Sections 5 and 6 cover staffing and quality.", "i")])
pPr = p._p.get_or_add_pPr()
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="DEEAF6"/>'))

para(doc, "1. Product description", style="Heading 1")
para(doc, "The Millhaven SENCO Award is a course for teachers new to the role of special educational needs coordinator, run "
          "by Millhaven City Learning Centre in partnership with Eldermoor University. The University's Faculty of Education "
          "will validate the course at a validation event on 14 November 2008, and the course will then be delivered under "
          "the University's postgraduate regulations; participants who complete it receive the University's Postgraduate "
          "Award in Special Educational Needs Coordination. The Award is made up of two modules of 20 credits each at "
          "masters level (40 credits in all): Module 1, The SENCO, the Law and the Learner, and Module 2, Leading Provision.")
para(doc, "The course's purpose is to help SENCOs raise the achievement and improve the well-being of pupils with special "
          "educational needs and disabilities, in all five Every Child Matters outcomes and not only in test results. This aim "
          "runs through the Award Statements (Table 3) and both assignments, each of which asks participants to show the "
          "difference their work has made for pupils.")
para(doc, "The course is taught in twelve full-day sessions on Tuesdays at the Centre, six per module, between January and "
          "December 2009. The sessions are:")
sessions = [
    "Session 1: The SENCO role; completing the Outcome Profile",
    "Session 2: SEN law and the SEN Code of Practice (2001); Every Child Matters and the SENCO",
    "Session 3: How children develop, and barriers to learning in the child, the family and the classroom",
    "Session 4: Behavioural, emotional and social difficulties; speech, language and communication needs; autistic spectrum disorders",
    "Session 5: Specific learning difficulties including dyslexia; moderate learning difficulties; using assessments by other professionals",
    "Session 6: ICT and assistive technology for access, in the Centre's AT suite, including how to judge e-learning resources for pupils",
    "Session 7: Working with parents and carers (with the Millhaven Parent Partnership Service)",
    "Session 8: Identifying needs, setting targets, planning and reviewing interventions; pupil voice and participation",
    "Session 9: Leading and influencing: the headteacher, senior leaders and governors; time and delegation",
    "Session 10: Provision mapping, data and school self-evaluation; assessment for learning with colleagues",
    "Session 11: Deploying and managing teaching assistants; coaching and developing colleagues",
    "Session 12: Working with other services and the voluntary sector; problem-solving clinic",
]
for s in sessions:
    para(doc, s, style="List Number")
para(doc, "Between sessions each participant completes a Practice Task in their own school (for example observing a pupil and "
          "writing a one-page profile, or running a provision-mapping exercise with a year team). Practice Tasks are discussed "
          "at the start of the next session and the tutor writes feedback on each; they are not marked. Sessions draw on "
          "current research and inspection evidence, including Ofsted's Special educational needs and disability: towards "
          "inclusive schools (2004) and Inclusion: does it matter where pupils are taught? (2006), the Bercow Review of "
          "services for children and young people with speech, language and communication needs (2008), and the Centre's "
          "own evaluations of assistive technology in Millhaven schools.")
para(doc, "Assessment. Module 1 is assessed by Assignment 1, a 5,000-word Policy Review of the participant's school's SEN policy "
          "and practice against the Code of Practice, Every Child Matters and research. Module 2 is assessed by Assignment 2, a "
          "5,000-word Case Study of an intervention for a pupil or group in the participant's school, which records baseline "
          "measures before the intervention and measures again after at least eight weeks, and includes the pupil's own views "
          "and an annotated provision map; and by a 30-minute Professional Discussion with the tutor and the participant's "
          "school mentor, based on an evidence file from the participant's practice. Participants who attend at least 80% of "
          "sessions and pass both assignments and the Professional Discussion receive the Award.")
para(doc, "Fees and value. The fee is 950 pounds, paid for city schools from the council's Standards Fund. Groups are limited to "
          "sixteen, so that the Practice Tasks can be chosen from the participant's own school's needs; each Practice Task "
          "comes in primary, secondary and special-school versions, and the Case Study focus is agreed with each participant. "
          "The course builds directly on the SENCO network meetings that the Centre already runs each half term.")

para(doc, "2. Conformance level terms", style="Heading 1")
table(doc, [
    ["Term", "Meaning in this report"],
    ["Supports", "The course meets the criterion for all participants without adjustment."],
    ["Supports with exceptions", "The course meets the criterion, with exceptions described in the remarks."],
    ["Does not support", "The course does not meet the criterion."],
    ["Not applicable", "The criterion does not apply to this course."],
    ["Not evaluated", "The Centre has not yet assessed the course against the criterion."],
])

para(doc, "")
para(doc, "3. Table 1: Participant journey", style="Heading 1")
rows = [
    ["Criterion", "Conformance level", "Remarks and explanations"],
    ["J1 Publicity and pre-course information", "Supports",
     "The course leaflet and application pack are published in print, large print, Braille on request, and accessible Word "
     "and HTML versions. Both say, before anyone applies, what adjustments we can make and how to ask for them, and include a "
     "photograph and description of the venue's accessible entrance."],
    ["J2 Application and disclosure", "Supports",
     "The application form invites applicants to tell us about a disability, specific learning difficulty or health condition, "
     "explains why we ask and who will see the information, and offers a confidential conversation with the Inclusion and "
     "Access Manager. Disclosure can be made at any point in the course."],
    ["J3 Selection and entry", "Supports", None],
    ["J4 Adjustments in taught sessions", "Supports",
     "Adjustments are agreed in writing with each participant who asks: for example materials in advance in an alternative "
     "format, a loan laptop with speech or magnification software, a BSL interpreter or electronic note-taker, seating, rest "
     "breaks. Tutors receive the agreed adjustments, with consent, before Session 1."],
    ["J5 Teaching venue", "Supports with exceptions",
     "The Centre is step-free with a lift, an accessible toilet on each floor and induction loops in all teaching rooms. "
     "Exception: the lift to the AT suite is out of service during the 2009 Easter holiday works. Access arrangements for the "
     "venue during that period are set out in the joining letter (Session 6 moves to the ground-floor training room)."],
    ["J6 Course materials", "Supports with exceptions", "See Table 2."],
    ["J7 Session timing and pattern", "Does not support", None],
    ["J8 Assessment arrangements", "Supports",
     "Participants may ask for extra time, an alternative format or an oral presentation in place of part of a written "
     "assignment, agreed with the University's disability service so that the standard assessed is unchanged. Access "
     "arrangements for the Professional Discussion (for example an interpreter or a written scenario) are agreed two weeks "
     "before it."],
    ["J9 Visits and specialist input", "Supports",
     "Every participant makes a half-day visit to Brook Lane Special School and a half-day visit to the Sensory Support Service, "
     "arranged by the Centre, with accessible transport where needed. Sessions 4, 5, 7 and 12 are co-taught by the educational "
     "psychology service, the speech and language therapy service, the Autism Outreach Team, the Parent Partnership Service and "
     "the Millhaven Council for Voluntary Service."],
    ["J10 Accreditation of prior learning", "Supports with exceptions",
     "A participant who has passed a masters-level module on SEN at a UK university in the last five years may claim exemption "
     "from Module 1 under the University's APL regulations. Exception: experiential learning cannot be accredited; teachers with "
     "long experience but no certificated study take both modules."],
    ["J11 Pre-course needs assessment", "Supports with exceptions",
     "The Outcome Profile is completed at Session 1, not before the course: each participant rates themselves against every "
     "Award Statement and gives an example. Tutors use the profiles to group participants for Practice Tasks. Individual "
     "training plans are not drawn up."],
    ["J12 Assessment-only route", "Supports",
     "In exceptional cases an experienced SENCO or a teacher from an SEN support service may be assessed without attending. "
     "The candidate submits an evidence file mapped to all 27 Award Statements and both assignments, and takes an extended "
     "Professional Discussion with two tutors; the Award is made only if every statement is evidenced. The fee is 400 pounds."],
    ["J13 Progression after the course", "Not evaluated",
     "We hope to offer a follow-up day for completers in 2009-10."],
    ["J14 Online learning", "Not applicable",
     "The course has no online learning component in 2009. All materials are supplied on the Course Stick and in print, and all "
     "teaching is face to face at the Centre."],
    ["J15 Complaints and feedback", "Supports",
     "Participants can give feedback in any format, including by text message or recorded message, and can use the council's "
     "and the University's complaints procedures."],
]
t1 = table(doc, rows, size=8)
c = t1.cell(3, 2)
cell_text(c, "Applicants must hold QTS, be in post as SENCO or be designated to the role, and have the written support of their "
             "headteacher. Each applicant has a 30-minute entry conversation with a tutor and completes a short written task on a "
             "pupil they know; where these show the applicant is not yet ready to meet the Award Statements by the end of the "
             "course, the tutor explains what experience they need, offers a place on the Centre's SEN Essentials twilight "
             "course, and writes to the headteacher. At enrolment the Centre's registry checks each participant's CRB enhanced "
             "disclosure, recording the certificate number and date from the original certificate; a participant who has not "
             "worked in a post with regular contact with children in the last three months is put through a new enhanced "
             "disclosure by the council's CRB team before Session 1", size=8)
ins(c.paragraphs[0], "; we also ask the headteacher to confirm that the participant has not been barred from work with "
                     "children and that there are no outstanding disciplinary concerns", author="I. Sayer")
c.paragraphs[0].add_run(".").font.size = None
c = t1.cell(8, 2)
cell_text(c, "There is one intake each January and the twelve sessions are taught in a fixed order on Tuesdays. ", size=8)
dele(c.paragraphs[0], "A second intake starts each September. ", author="I. Sayer")
c.paragraphs[0].add_run("Participants who need to may spread the course over two years, taking Module 2 with the following "
                        "year's group.")
for i in range(1, len(rows)):
    shade(t1.cell(i, 0), "F2F2F2")

para(doc, "")
para(doc, "4. Table 2: Course Stick documents (WCAG 1.0)", style="Heading 1")
para(doc, "The Course Stick holds every handout, reading and template as tagged Word and PDF files, with an HTML index page. "
          "Checkpoint numbers are those of WCAG 1.0.")
table(doc, [
    ["Checkpoint", "Conformance level", "Remarks and explanations"],
    ["1.1 Text equivalent for every non-text element", "Supports with exceptions",
     "All images have alternative text. Exception: two scanned journal articles in the Session 5 reading are image-only PDFs; "
     "text versions are available from the AT team on request."],
    ["2.1 Information conveyed with colour is also available without it", "Supports",
     "Provision-map templates use patterns as well as colours."],
    ["3.3 Use style sheets to control layout and presentation", "Supports",
     "All Word files use heading styles; the HTML index uses a single style sheet."],
    ["5.3 Do not use tables for layout", "Supports", "Tables are used for data only and have header rows marked."],
    ["6.1 Documents readable without style sheets", "Supports", "Tested in a text-only browser."],
    ["14.1 Clearest and simplest language", "Supports with exceptions",
     "Handouts were checked with the Centre's plain-English guide. Exception: legal extracts are quoted as published."],
], size=8)

para(doc, "")
para(doc, "5. Table 3: Award Statements - access to teaching and assessment", style="Heading 1")
para(doc, "The Award Statements are the Centre's wording of what a participant must be able to show. 'Taught in' gives the "
          "session; 'Assessed by' gives the assessment (A1 = Assignment 1, A2 = Assignment 2, PD = Professional Discussion).")
S = [
    ["Statement", "Taught in", "Assessed by", "Conformance", "Remarks"],
    ["The SENCO as a person", None, None, None, None],
    ["1. Builds fair, respectful and constructive relationships with pupils with SEN and disabilities and with their parents and carers", "7, 8", "PD; A2", "Supports", ""],
    ["2. Gains the commitment of colleagues, including the headteacher and senior leaders, to better outcomes for these pupils", "9", "not assessed", "Supports", ""],
    ["3. Prioritises, manages time and delegates, and checks delegated work is done", "9", "PD (evidence file includes the SENCO's timetable and delegation log)", "Supports", ""],
    ["4. Anticipates and resolves problems and makes sound decisions on provision", "12", "PD (scenario)", "Supports with exceptions", "Scenario given in writing on request."],
    ["5. Speaks and writes clearly, and listens to and understands other people's views", "All", "A1, A2 (writing); PD (speaking and listening)", "Supports with exceptions", "BSL users present through an interpreter."],
    ["6. Uses research and outside advice to improve own and colleagues' practice", "3, 4, 5", "A1 (literature section)", "Supports", ""],
    ["7. Keeps up to date and takes responsibility for own CPD in SEN and disability", "-", "PD (participant's CPD plan)", "Supports", ""],
    ["What the SENCO knows", None, None, None, None],
    ["8. The law and guidance on SEN, including the SEN Code of Practice, and how to put them into practice", "2", "A1", "Supports", ""],
    ["9. Every Child Matters and how the SENCO helps children reach the five outcomes", "2", "A1", "Supports", ""],
    ["10. How children develop and how SEN, disability and environment affect development", "3", "A2", "Supports", ""],
    ["11. The most common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their effect on learning", "4, 5", "A2; PD", "Supports", ""],
    ["12. A critical understanding of approaches and resources for assessment, teaching and learning, including ICT", "6", "A2", "Supports", ""],
    ["13. School self-evaluation and improvement as they relate to pupils with SEN", "10", "Practice Task 10 (feedback only)", "Supports", ""],
    ["14. Best practice and research in meeting SEN", "3, 4, 5", "A1", "Supports", ""],
    ["15. What external agencies do and how to obtain their support", "12", "PD", "Supports", ""],
    ["What the SENCO does", None, None, None, None],
    ["16. With senior colleagues and governors, influences the school's inclusive ethos, policies, priorities and use of resources", "9", "not assessed", "Supports", ""],
    ["17. Identifies pupils with SEN, sets challenging targets, plans interventions and reviews progress", "8", "A2", "Supports", ""],
    ["18. Uses assessments by other professionals to shape teaching", "5", "A2", "Supports", ""],
    ["19. Uses summative assessment, including national tests, to track progress and adjust programmes", "-", "A2 (baseline and outcome data)", "Supports", ""],
    ["20. Encourages colleagues to develop formative assessment, with approaches for pupils with SEN", "10", "PD", "Supports", ""],
    ["21. Uses provision mapping to plan provision and find what is missing or ineffective", "10", "A2 (annotated provision map)", "Supports", "Template tested with screen readers."],
    ["22. Deploys and manages staff, including teaching assistants", "11", "PD", "Supports", ""],
    ["23. Supports colleagues' development through observation and feedback, modelling, coaching and training", "11", "Practice Task 11 (feedback only)", "Supports", ""],
    ["24. Reviews provision with colleagues to inform school self-evaluation and planning", "10", "A2", "Supports", ""],
    ["25. Involves pupils in planning, agreeing and reviewing their provision", "8", "A2 (pupil's views)", "Supports", ""],
    ["26. Liaises with parents and carers to support pupils' learning and development", "7", "PD", "Supports", ""],
    ["27. Works with other services and voluntary organisations for coordinated support", "12", "PD", "Supports", ""],
]
t3 = table(doc, S, size=8)
for i, r in enumerate(S):
    if i > 0 and r[1] is None:
        merge_row(t3, i, r[0], size=8)

para(doc, "")
para(doc, "6. Support, documentation and services", style="Heading 1")
para(doc, "Staff. The course is led by Dr Imogen Sayer (PhD on inclusion and technology; former SENCO and LA inclusion "
          "adviser) and taught by Owen Marsh (specialist teacher for SpLD, AMBDA; the Centre's AT lead), Priya Lal (advisory "
          "teacher for autism and SLCN, MEd Special Education) and Dr Ruth Hale, Senior Lecturer in SEN at Eldermoor University, "
          "who teaches Sessions 2 and 10. All four take part in the Centre's termly SEN update and the University's research "
          "seminars, and two are current members of the council's SEN Moderation Group for P scales.")
p = para(doc, "Mentors. Each participant's school names a mentor, usually the headteacher or a deputy, who attends the "
              "Professional Discussion and supports Practice Tasks. Each mentor receives the Mentor Guide by post. Mentors "
              "are invited to a briefing twilight in September; attendance is not required. Tutors have a Tutor Guide and "
              "meet before each module.")
para(doc, "Resources. The Centre's AT suite has fourteen workstations with Clicker 5, Kurzweil 3000, Read&Write 8 Gold, JAWS, "
          "ZoomText, Dragon NaturallySpeaking and Boardmaker, interactive whiteboards, switch-access kits and a loan bank of "
          "laptops, digital voice recorders and communication aids that participants may borrow for their Case Study. The "
          "Centre's SEN library and the University's library and online journals are open to all participants.")
p = para(doc, "Marking. Moderation arrangements are still to be agreed with the University; until then each assignment is "
              "marked by the tutor who taught the module, and the Professional Discussion is judged by the tutor with the "
              "mentor present.")
comment(doc, p, "Ruth says the University will appoint an external examiner and a second marker - can we put this in?",
        author="O. Marsh", initials="OM")
para(doc, "Equality. The Centre's Disability Equality Scheme (2007) and the council's Race Equality and Gender Equality Schemes "
          "apply to the course. Under our disability equality duty we review this report every year with the Disabled "
          "Staff Network, publish it, and invite disabled teachers to speak at Session 1 about their own careers.")

para(doc, "7. How this report was produced and how we evaluate the course", style="Heading 1")
para(doc, "Evidence of need. The course answers the Millhaven SENCO Needs Audit carried out by Children's Services in autumn "
          "2007: a questionnaire to all 88 SENCOs in the city (61 replied) and two focus groups with fourteen headteachers. "
          "SENCOs reported least confidence in using data and provision mapping, managing teaching assistants, and assistive "
          "technology; headteachers wanted SENCOs who could lead colleagues. The programme was drafted by the Centre's SEN and ICT "
          "team in spring 2008. Stakeholders were not involved in designing the sessions themselves; the team used the audit's "
          "findings to choose the topics.")
para(doc, "Stakeholders in evaluation and delivery. Two members of the Millhaven Parent Carer Forum and four disabled teachers "
          "from the Disabled Staff Network tested the course materials for this report, and will do so each year. Each July a "
          "Course Evaluation Panel of two headteachers, two parent carers, the Principal Educational Psychologist, a member of "
          "the Council for Voluntary Service and two of the year's participants reads the evaluation data and recommends "
          "changes. Headteachers act as mentors and services co-teach sessions (Table 1, J9).")
para(doc, "Evaluation. Participants complete an evaluation sheet after each session and a questionnaire at the end of each "
          "module; the tutors read these at their module meeting and adjust the next sessions. External evaluation methods are "
          "for the University to determine once the programme is validated.")
para(doc, "Impact. Participants rate their confidence against each Award Statement at Session 1 and again at Session 12. Each "
          "Case Study records the pupil or group's baseline and later measures (for example reading age, P scale level, "
          "attendance or Boxall Profile score); the Centre collates these measures across the cohort each year into an impact "
          "summary for the Course Evaluation Panel, and asks headteachers in the following summer term what has changed in the "
          "school and for pupils.")

para(doc, "8. Known issues and planned improvements", style="Heading 1")
for line in [
    "Replace the two image-only PDFs in the Session 5 reading with tagged text versions (by March 2009).",
    "Re-test the Course Stick against WCAG 2.0 once it is published, and move the HTML index to the new checkpoints.",
    "We are considering an online discussion area for participants from the 2010 intake; it will be tested with screen "
    "readers and the Disabled Staff Network before it is offered, and this report will be revised to cover it.",
    "Add audio-described versions of the two short films used in Session 4.",
    "Agree with the Sensory Support Service a second visit date for participants who miss the first through illness.",
]:
    para(doc, "- " + line)
para(doc, "")
table(doc, [
    ["Version", "Date", "Author", "Change"],
    ["0.1", "July 2008", "I. Sayer", "First draft from the AT team's review"],
    ["0.2", "September 2008", "I. Sayer, O. Marsh", "Walk-through findings from the disabled teachers and parent carers added"],
    ["1.0", "October 2008", "I. Sayer", "Issued with the application to the TDA"],
], size=8)
para(doc, "Signed for Millhaven City Learning Centre: Dr Imogen Sayer, Inclusion and Access Manager. Signed for Eldermoor "
          "University: Dr Ruth Hale, Programme Leader (designate).", italic=True)

save(doc, OUT)
print("wrote", OUT)
