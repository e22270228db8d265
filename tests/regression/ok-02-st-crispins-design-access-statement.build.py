"""ok-02-st-crispins-design-access-statement

Provider (invented): St Crispin's Amateur Boxing Club Community Foundation, Kettleby, a charity that runs the
boxing club's community and schools work, with the University of Ashwick (validating) and Kettleby Borough
Council's Inclusion Support Team. Application for the 2008-09 round, January 2009, course from September 2009.

Document kind and layout: the Design and Access Statement that went with the Foundation's full planning
application to turn a former Co-operative hall over its gym into "the Learning Ring", written by its planning
consultants (Harlow Pike Planning & Design LLP) to the CABE headings, Revision B, and sent to the TDA whole.
The planners asked for a full statement of the educational use, so the Award is described in "5.1 Use", in
Appendix B (Statement of Educational Use, paragraphs B1-B17) and in Appendix C (the Outcome Schedule). A
chair's note to the panel sits in a VML text box at the top. Heading 1/Heading 2 styles with the statement's
own section numbers typed in ("4.1 Opportunities", "4.2 Constraints", "5.3 Layout", "5.5 Landscaping", "5.6
Appearance", "6.1 Inclusive access") that collide with requirement ids. A document-control table; the
schedule of accommodation (Appendix A) with merged, shaded floor rows; a study-day table; the Outcome Schedule
with merged, shaded group rows and columns "Built in" / "Signed off in", keyed only by the terms in 1.3 far
above ("Shell only", "Phase 2"). Header (application reference) and footer (the consultant's name and a page
field). Three footnotes (policy references). Two Word comments. Tracked changes by the consultant: an online
route for those who cannot come on Saturdays deleted; the cohort size changed from 20 to 24.

Traps (requirement ids):
- Numbering collision: "4.1 Opportunities" and "4.2 Constraints" are about the site; "5.3 Layout" mentions a
  signing-in desk; "5.5 Landscaping" and "5.6 Appearance" are about the building (4.1, 4.2, 5.3, 5.5, 5.6 are
  decided on Section 3 and Appendix B only).
- Wrong context: the public exhibition and the Users' Group are about the building, not the course (4.2, 4.3);
  "Secured by Design" and CCTV are community safety, not background checks (5.3, decided on B8: met); the
  Foundation's own "self-evaluation" of the course each July is not the school self-evaluation outcome (6.K7).
- Reserved matters (planning's word for details left for later approval): the assessment-only route, a January
  start, the tutor handbook and how schools and parents will review the Award are all reserved (2.3 not_met;
  3.2, 5.7, 4.3 partially_met). A comment asks whether the route can be promised.
- Deleted tracked change: an online route for those who cannot come on Saturdays is deleted; the statement
  says there is no online part (3.3 not_applicable; 3.2 partially_met: one start, fixed order, Saturdays only).
- Aims about attainment and attendance only (1.1 partially_met); a reading list "revised every summer" as the
  only link to research and developments (1.3 partially_met).
- 40 credits at Level 7, with an optional further module to make 60 (E.2 partially_met).
- Self-audit "for the participant's own use; it does not change the course they follow" (2.2 partially_met)
  and "Every participant follows the same" programme (2.4 partially_met).
- Entry: any teacher nominated by a head, "there is no interview or entry test" (5.2 partially_met).
- CRB done properly by the Foundation's Welfare Officer, with a new disclosure for anyone out of school for three
  months (5.3 met); APL and APEL both offered (2.1 met); disability disclosure and adjustments (3.1 met);
  baseline and follow-up pupil measures in A2 collated for the cohort (5.9 met); a "Next Round" target-setting
  session (2.5 met); award only when every line of the Outcome Record is signed (6.0 met).
- Outcome Schedule, keyed in 1.3: "Shell only" = introduced at a study day, not signed off (6.A1, 6.S2c, 6.S9
  partially_met); "Phase 2" = not in this course (6.A3, 6.S4, 6.K7 not_met); a line signed off in A3 that no
  study day builds (6.S6 partially_met).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _ok_helpers import *  # noqa

OUT = Path(__file__).with_name("ok-02-st-crispins-design-access-statement.docx")
HP = "Karen Pike"
DT = "2009-01-09T11:30:00Z"

doc = new_doc(font="Calibri", size=10.5)
for name in ("Heading 1", "Heading 2"):
    doc.styles[name].font.name = "Calibri"
doc.styles["Heading 1"].font.color.rgb = RGBColor.from_string("1F3864")
doc.styles["Heading 2"].font.color.rgb = RGBColor.from_string("2E75B6")
fn = Footnotes(doc)

header_footer(doc, "Design and Access Statement  |  Former Co-operative Hall, Tanyard Street, Kettleby  |  "
                   "Application KB/08/0913/FUL  |  Rev B",
              ["Harlow Pike Planning & Design LLP    Page ", page_field])


def h1(t):
    return doc.add_heading(t, level=1)


def h2(t):
    return doc.add_heading(t, level=2)


def P(*parts, **kw):
    return para(doc, list(parts), **kw)


# ---------------------------------------------------------------- cover
p = P("")
textbox(p, [[("NOTE FOR THE TDA PANEL", {"b": True})],
            "This is the Design and Access Statement that went with our planning application for the Learning "
            "Ring, the new first floor over our gym where the Award will be taught. Kettleby's planners asked "
            "us to describe the educational use of the building in full, so Section 5.1 (Use) and Appendices B "
            "and C set out the Award course completely. Rather than write it all again we send the statement "
            "whole. The section numbers are the statement's own, not the numbers of the TDA's criteria.",
            "Maureen Daly, Chair of Trustees, St Crispin's ABC Community Foundation, January 2009"],
        width_pt=440, height_pt=140, fill="E2EFDA", stroke="375623")
P("")
P(("DESIGN AND ACCESS STATEMENT", {"b": True, "size": 20, "color": "1F3864"}))
P(("Change of use of the former Co-operative Hall, Tanyard Street, Kettleby, from a vacant hall (sui generis) "
   "to a non-residential institution (Class D1), with a first-floor rear extension, to form the St Crispin's "
   "Learning Ring", {"size": 12}))
P(("Prepared by Harlow Pike Planning & Design LLP for St Crispin's Amateur Boxing Club Community Foundation",
   {"i": True}))
table(doc, [["Document control", ""],
            ["Application", "KB/08/0913/FUL, Kettleby Borough Council"],
            ["Applicant", "St Crispin's Amateur Boxing Club Community Foundation (registered charity 1098231)"],
            ["Agent", "Harlow Pike Planning & Design LLP, 4 Mill Wharf, Kettleby"],
            ["Revision", "A, 14 November 2008 (submitted); B, 9 January 2009 (Appendices B and C expanded at the "
                         "planning officer's request)"],
            ["Author / checked", "K. Pike MRTPI / S. Harlow RIBA"]], widths_cm=[4, 13])

# ---------------------------------------------------------------- 1
h1("1  Introduction")
h2("1.1  Purpose of this statement")
P("This statement accompanies a full planning application. It follows the guidance in DCLG Circular 01/2006 and "
  "CABE's guide to design and access statements", fn.ref("CABE, Design and access statements: how to write, read "
                                                         "and use them, 2006."),
  ", explaining the design principles and concepts applied to the proposed development and how issues relating "
  "to access have been dealt with. Because the planning case rests on the community value of the proposed use, "
  "the statement also describes that use in detail.")
h2("1.2  The applicant")
P("St Crispin's Amateur Boxing Club has trained boxers in Kettleby since 1948. Its Community Foundation, "
  "established in 1999, runs the club's work with schools: mentoring programmes for pupils at risk of exclusion, "
  "a daily alternative provision for Key Stage 3 pupils (the Back Gym), and, from September 2009, the National "
  "Award for Special Educational Needs Coordination in partnership with the University of Ashwick and Kettleby "
  "Borough Council. The Award is the main reason for this application: the Foundation has no room in the existing "
  "gym to teach it.")
h2("1.3  Terms used in this statement")
P("The following terms have particular meanings in this statement.")
table(doc, [["Term", "Meaning"],
            ["the Ring", "The St Crispin's Learning Ring, the proposed first floor and extension."],
            ["the Award", "The National Award for SEN Coordination course described in Appendix B."],
            ["Study Day", "One of the eight Saturday teaching days of the Award, held in the Ring."],
            ["Site Task", "A task a participant carries out in their own school between Study Days."],
            ["A1, A2, A3", "The three assessed assignments of the Award (Appendix B, B6)."],
            ["Outcome Schedule", "The table at Appendix C listing each national minimum outcome."],
            ["Built in", "In the Outcome Schedule: the Study Day at which an outcome is taught and practised."],
            ["Signed off in", "In the Outcome Schedule: the assignment in which a tutor assesses the outcome and "
                              "signs it off on the participant's Outcome Record."],
            ["Shell only", "In the Outcome Schedule: introduced at a Study Day as a shell for participants to "
                           "fit out in their own time; not signed off."],
            ["Phase 2", "In the Outcome Schedule: not part of the Award in this application; to be added in a "
                        "later phase of the course, as the second-floor roof terrace is for the building."],
            ["Reserved matter", "A detail left for later approval."]],
      widths_cm=[3.5, 13.5])

# ---------------------------------------------------------------- 2
h1("2  Site and context appraisal")
h2("2.1  The site")
P("The former Co-operative Hall stands on the north side of Tanyard Street, 300 metres from Kettleby town centre, "
  "within the Tanyard Conservation Area. The ground floor has been the club's gym since 1987. The upper hall, "
  "unused since 2001, has a sound roof but no lift, no heating and a single stair. To the rear is a yard of "
  "410 square metres used for parking and bins.")
h2("2.2  Social and economic context")
P("Tanyard ward is among the ten per cent most deprived wards in England. Kettleby has 46 schools, including two "
  "special schools, and just over one pupil in five in the borough is identified as having special educational "
  "needs. The borough has no other venue where teachers can be trained on a Saturday, and the nearest university "
  "campus is 38 miles away in Ashwick.")

# ---------------------------------------------------------------- 3
h1("3  Involvement")
h2("3.1  Public consultation on the building")
P("A pre-application exhibition was held in the gym on 4 and 5 October 2008 and was visited by 112 people; 23 "
  "comment cards were returned. Neighbours were concerned about Saturday parking and about the height of the rear "
  "extension. In response the extension was lowered by 900 mm and the Foundation has agreed with the Tanyard "
  "Street Methodist Church to use its car park on Saturdays.")
h2("3.2  Consultation with schools and the council on the Award")
P("In June 2008 the Foundation and the council's Inclusion Support Team surveyed the SENCOs of all 46 Kettleby "
  "schools, and 38 replied. Twenty-two held no SENCO qualification; nineteen were not on their school's senior "
  "leadership team; the needs they named most were working with parents (29), provision mapping (26), leading "
  "colleagues (24) and understanding autism and speech and language needs (21). Two focus groups of headteachers "
  "in July 2008 told us that release in school hours was the main barrier and that they wanted the course to "
  "produce a change in the school, not only an essay. The Kettleby Parents' Forum read the draft outlines of the "
  "Study Days in September 2008.")
P("What we heard changed the Award. All eight Study Days are on Saturdays. Provision mapping and leading colleagues "
  "each have a Study Day of their own. Assignment A3 is a change project led in the participant's own school. At "
  "the Parents' Forum's request, Study Day 5 is co-led by a parent from the Forum, and the autism and speech and "
  "language sessions on Study Day 2 were doubled in length.")
h2("3.3  Continuing involvement")
p = P("Once the Ring is open, a Users' Group of neighbours, the church and the groups that hire the rooms will meet "
      "twice a year to review parking, noise and opening hours. Greenbank and Riverside special schools host "
      "participants' placement days (Appendix B, B10), and the Parents' Forum will continue to co-lead Study Day 5. "
      "How schools and parents will take part in reviewing the Award itself is a reserved matter.")
comment(doc, p, "Planning officer won't mind either way. Is the Foundation happy to leave this open? KP",
        author=HP, initials="KP")

# ---------------------------------------------------------------- 4
h1("4  Evaluation")
h2("4.1  Opportunities")
P("The upper hall offers 260 square metres of floor with good daylight from the five tall windows to Tanyard Street. "
  "The club's own entrance and toilets can be shared, and the gym and the Ring can be managed from one reception.")
h2("4.2  Constraints")
P("The Conservation Area limits changes to the street front; the single stair is not a fire escape for more than "
  "sixty people; the yard is small; and the building sits on the street edge with no room for a ramp at the front.")
h2("4.3  Design principles")
P("Leave the street front as it is; put every new element (lift, second stair, extension) at the rear; make the Ring "
  "reachable step-free from the yard; and keep the gym working throughout the building works.")

# ---------------------------------------------------------------- 5
h1("5  Design")
h2("5.1  Use")
P("The Ring will be used in term time on Saturdays for the Award, on weekday evenings by the club's junior members "
  "for homework club, and during the school day by the Back Gym. The Award is a Postgraduate Certificate course "
  "for teachers who lead provision for pupils with special educational needs in their schools. Up to 24 teachers "
  "a year will attend eight Saturday Study Days, 9.00 to 4.30, and carry out tasks in their own schools in between. "
  "The full statement of the educational use is at Appendix B.")
h2("5.2  Amount")
P("The proposal adds 148 square metres of new floor in the rear extension to the 260 square metres of the upper "
  "hall (Appendix A). On a Study Day the Ring will hold at most ",
  dele("20", author=HP, date=DT), ins("24", author=HP, date=DT),
  " participants and six staff; on weekday evenings up to 30 junior members and four volunteers.")
h2("5.3  Layout")
P("The Ring is entered from the yard through a new lobby with a lift and a signing-in desk. The Learning Room (70 "
  "square metres) takes the whole group; two Quiet Rooms take groups of six; the Resource Room holds the ICT suite "
  "and the test library; the extension holds the office, a kitchen and accessible toilets.")
h2("5.4  Scale")
P("The extension is single storey over the existing rear yard wall, 900 mm lower than first proposed, and is set "
  "below the eaves of the hall.")
h2("5.5  Landscaping")
P("Part of the yard becomes a small sensory garden, built with the Back Gym's pupils, with raised beds reachable "
  "from a wheelchair.")
h2("5.6  Appearance")
P("The extension is in reclaimed Kettleby brick to match the hall, with a zinc roof. No new signs are proposed on "
  "Tanyard Street.")

# ---------------------------------------------------------------- 6
h1("6  Access")
h2("6.1  Inclusive access")
P("Every part of the Ring will be reachable step-free from the yard by the new lift",
  fn.ref("Building Regulations, Approved Document M (2004 edition), and BS 8300:2001."),
  ". The Learning Room has an induction loop; there are two accessible toilets and a changing bench; signage follows the RNIB's Sign Design "
  "Guide; the kitchen has a height-adjustable counter.")
P("Access to the Award goes beyond the building. The Award's application form asks every applicant whether they have "
  "a disability or a health condition the Foundation should know about, and says why we ask and who will see the "
  "answer. The programme leader then meets each applicant who discloses one, before the course starts, and agrees "
  "written adjustments: handouts in large print or sent beforehand in electronic form, a note-taker, rest breaks, "
  "extra time for assignments, or an oral presentation in place of part of a written assignment, which the "
  "University's disability adviser confirms. Adjustments are reviewed at every tutorial. Placement schools are told "
  "of any adjustments a participant needs, with the participant's agreement. Course leaflets are available in large "
  "print and on audio CD, and say that disabled teachers are welcome and how to ask for adjustments.")
p = P("All teaching is face to face in the Ring; there is no online part of the Award.",
      dele(" Participants who cannot come on Saturdays may follow the Study Days online through the University's "
           "virtual learning environment.", author=HP, date=DT))
h2("6.2  Transport and movement")
P("Tanyard Street is served by five bus routes; Kettleby station is 600 metres away. The yard provides eight parking "
  "spaces, two of them for disabled drivers, and on Saturdays the Methodist church car park adds 30 spaces.")
h2("6.3  Community safety")
P("The design follows Secured by Design principles: CCTV covers the yard and the lobby, visitors sign in at the desk "
  "and wear a badge, and the gym and the Ring can be locked separately.")

# ---------------------------------------------------------------- 7
h1("7  Conclusion")
P("The proposal brings a vacant upper floor in the Conservation Area back into use without harm to its street "
  "front, gives the borough a step-free place to train its teachers, and meets the aims of the Local Plan's "
  "community facilities policy", fn.ref("Kettleby Borough Local Plan (2004), Policy CF3, Community facilities."),
  ". We ask that permission be granted.")

# ---------------------------------------------------------------- Appendix A
h1("Appendix A  Schedule of accommodation")
rows = [["Room", "Area (m²)", "Use", "Most people"],
        ["FIRST FLOOR (EXISTING HALL)", None, None, None],
        ["Learning Room", "70", "Study Days, homework club", "30"],
        ["Quiet Room 1", "18", "Group work, tutorials", "6"],
        ["Quiet Room 2", "18", "Group work, tutorials", "6"],
        ["Resource Room", "36", "ICT suite (12 computers), test library", "12"],
        ["Circulation, lobby, lift", "118", "", ""],
        ["FIRST FLOOR (NEW EXTENSION)", None, None, None],
        ["Office", "22", "Staff", "4"],
        ["Kitchen", "16", "Refreshments", ""],
        ["Accessible toilets (2)", "14", "", ""],
        ["Stair 2 and store", "96", "", ""],
        ["Total new and altered floor", "408", "", ""]]
t = table(doc, rows, widths_cm=[5, 2.2, 7.3, 2.5])
for r in (1, 7):
    merge_row(t, r, 0, 3, rows[r][0], shade="D9E2F3", size=9)

# ---------------------------------------------------------------- Appendix B
h1("Appendix B  Statement of educational use: the Award")
P(("B1  Aim. ", {"b": True}),
  "The Award's aim is to raise the attainment of Kettleby's pupils with special educational needs in English and "
  "mathematics, and to improve their attendance, by giving their SENCOs the knowledge and skills to lead provision "
  "well. Its objectives are that participants can identify pupils' needs accurately, plan and review interventions "
  "that raise attainment, and lead colleagues in doing the same.")
P(("B2  Accreditation. ", {"b": True}),
  "The University of Ashwick validated the Award on 27 November 2008 as the Postgraduate Certificate in Special "
  "Educational Needs Coordination, 40 credits at Level 7, in two modules of 20 credits: Module 1 is assessed by A1 "
  "and A2, Module 2 by A3. Participants who wish may add the University's 20-credit module Researching Inclusive "
  "Practice, at their own cost, to make 60 credits towards the MA in Education.")
P(("B3  Who it is for and how places are given. ", {"b": True}),
  "Places are open to any qualified teacher nominated by their headteacher who is, or will be, the school's SENCO; "
  "there is no interview or entry test, and the Foundation accepts the head's judgement that the teacher is ready. "
  "The fee is £900, the lowest in the region; the council pays half for teachers in its maintained schools.")
P(("B4  The Study Days. ", {"b": True}),
  "The eight Study Days are taught in the Ring on Saturdays from September to June. Every participant follows the "
  "same eight Study Days, the same Site Tasks and the same assignments, in the same order.")
rows = [["Study Day", "Date", "What is taught", "Site Task after"],
        ["AUTUMN TERM", None, None, None],
        ["1", "19 Sept 2009", "The SENCO's role; the Education Act 1996, the SEN and Disability Act 2001 and the SEN "
         "Code of Practice, and how to put them into practice in a school; Every Child Matters, the Children Act 2004 "
         "and the SENCO's part in the five outcomes. The self-audit.", "Compare your school's SEN policy with the Code."],
        ["2", "17 Oct 2009", "How children develop, and how special educational needs, disability, home and the "
         "classroom shape development. The common needs: behavioural, emotional and social difficulties, specific "
         "learning difficulties and dyslexia, speech, language and communication needs, autism, moderate learning "
         "difficulties, and what each does to learning.", "Profile one pupil's needs."],
        ["3", "21 Nov 2009", "Identifying pupils who may have SEN from observation, data and screening; setting "
         "targets, planning interventions and reviewing them; using reports from educational psychologists and "
         "therapists in planning teaching; tracking progress with national tests and summative data and changing "
         "programmes; planning access arrangements for Key Stage tests and GCSEs with the exams officer.",
         "Choose a target group for A2."],
        ["SPRING TERM", None, None, None],
        ["4", "16 Jan 2010", "Approaches, strategies and resources for teaching and assessment, including ICT and "
         "assistive technology, looked at critically; what research says about effective interventions; provision "
         "mapping and finding provision that is missing or not working.", "Draft your school's provision map."],
        ["5", "13 Feb 2010", "Pupils and families, co-led by a parent from the Parents' Forum: ways of consulting "
         "children and young people (interviews, questionnaires, talking mats, pupil panels) and practice in using "
         "them; involving pupils in planning and reviewing their own provision; working in partnership with parents "
         "and carers and advising them. Relationships with pupils and families are introduced.",
         "Consult three pupils about their provision."],
        ["6", "13 Mar 2010", "The Disability Discrimination Acts 1995 and 2005, the Disability Equality Duty and "
         "accessibility plans. External agencies: who they are, what they do, how to get their help, and the "
         "Common Assessment Framework; a visit from the Kettleby Deaf Children's Society on working with voluntary "
         "groups.", "Map the agencies your school uses."],
        ["SUMMER TERM", None, None, None],
        ["7", "8 May 2010", "Leading colleagues: working with the head and governors on inclusion policy, priorities "
         "and budgets; winning the commitment of senior leaders and staff; observing, giving feedback, coaching, "
         "mentoring and training colleagues; solving problems and making decisions; speaking and writing for "
         "different audiences. Formative assessment is introduced.", "Run one staff training session."],
        ["8", "12 June 2010", "Keeping up to date and planning your own CPD; the Next Round (B13); A3 presentations.",
         "None."]]
t = table(doc, rows, widths_cm=[1.7, 2.3, 9.5, 3.5], size=9)
for r in (1, 5, 9):
    merge_row(t, r, 0, 3, rows[r][0], shade="D9E2F3", size=9)
P("")
P(("B5  Self-audit. ", {"b": True}),
  "At Study Day 1 each participant completes a self-audit against the national outcomes, rating their confidence on "
  "each. The self-audit is for the participant's own use; it does not change the course they follow.")
P(("B6  Assignments. ", {"b": True}),
  "A1, Policy and Practice Review (3,000 words, December): the participant reviews their school's SEN practice "
  "against the law and the Code of Practice, the Every Child Matters outcomes and the Disability Equality Duty, "
  "looks at how the school uses outside agencies, and writes a paper of advice to the governing body on the "
  "school's inclusion policy and priorities. A2, Intervention Study (4,000 words, April): the participant "
  "identifies a target group of pupils, explains their needs and development, uses other professionals' "
  "assessments and the pupils' test and teacher assessment data, plans the pupils' access arrangements for the "
  "coming tests, plans and runs an intervention drawing on research and on ICT, involves the pupils and their "
  "parents in setting and reviewing targets, and measures the results. A3, Leading Change (a change project in "
  "school over the spring and summer terms, a 20-minute presentation and a 2,500-word report): the participant "
  "maps the school's provision, wins the head and staff to a change, supports colleagues through it, reviews with "
  "colleagues how well the school's provision is working, and reflects on the problems met and the decisions made. "
  "A3 also includes the participant's Professional Development Record.")
P(("B7  Marking and moderation. ", {"b": True}),
  "Tutors mark each assignment against the University's Level 7 criteria and the outcomes in the Outcome Schedule. "
  "A second tutor marks a sample of at least one in four and every fail; the tutor team meets before each marking "
  "round to agree the standard on sample scripts; the University's external examiner reviews a sample and all "
  "fails; and the University's Examination Board confirms all results.")
P(("B8  Background checks. ", {"b": True}),
  "Before a place is confirmed the Foundation's Welfare Officer checks each participant's enhanced CRB disclosure: "
  "the participant brings the original certificate to the enrolment evening and the Welfare Officer records its "
  "number and date. The headteacher's nomination form confirms that the school has made its safer recruitment "
  "checks, including List 99, and that there are no outstanding disciplinary matters. A participant who has not "
  "worked in a post with regular contact with children in the last three months must apply for a new enhanced "
  "disclosure through the Foundation, which is registered with the CRB as an umbrella body for its coaches, and may "
  "not start placements or Site Tasks until it is back.")
P(("B9  Credit for earlier learning. ", {"b": True}),
  "Participants may claim up to 20 credits for earlier study at Level 7 in special educational needs, and may claim "
  "credit for experience by building a portfolio of evidence against the outcomes of Module 1, which the University "
  "assesses under its rules for accreditation of prior experiential learning. A successful claim exempts them from "
  "A1 or A2.")
P(("B10  Staff, specialists and placements. ", {"b": True}),
  "The programme leader, Bernadette Quinlan, was a SENCO for eleven years and Kettleby's SEN adviser for five, and "
  "holds an MA in Special and Inclusive Education; she still advises the council's SEN panel. The University tutor, "
  "Dr Michael Osei, is a senior lecturer in inclusive education who publishes on provision mapping. Two specialist "
  "teachers from the Inclusion Support Team (autism and specific learning difficulties) and an educational "
  "psychologist teach on Study Days 2 to 4. Each participant spends two placement days at Greenbank or Riverside "
  "special school, one in class and one with the schools' outreach teams, and a half day with the speech and "
  "language therapy service, arranged by the programme leader with a written brief for the host.")
P(("B11  Mentors and tutors. ", {"b": True}),
  "Each participant has a school mentor, chosen by the school, who receives the Mentor Guide setting out what a "
  "mentor does at each Site Task. The tutors' roles are set out in the partnership agreement with the University.")
P(("B12  Resources. ", {"b": True}),
  "The Resource Room has twelve computers with text-to-speech, screen magnification, symbol and mind-mapping "
  "software; the test library holds the standardised reading, spelling, language and number tests used in "
  "Kettleby's schools, lent to participants for their Site Tasks. Participants have full use of the University's "
  "library and electronic journals. The reading list is revised every summer.")
P(("B13  The Next Round. ", {"b": True}),
  "On Study Day 8 each participant drafts three professional targets for the next year on the Next Round sheet, "
  "using their self-audit, their Outcome Record and their tutors' feedback. The programme leader comments on each "
  "sheet and the participant takes it to their performance management review with their head.")
P(("B14  Quality and review. ", {"b": True}),
  "Participants evaluate every Study Day on a form; the University's quality officer runs a focus group with "
  "participants in March; the tutor team meets after every Study Day; the external examiner reports each year; "
  "and the University includes the Award in its annual monitoring. Each July the Steering Group of the Foundation, "
  "the University and the council reads all of this evidence, with the results in B15, carries out the "
  "Foundation's self-evaluation of the Award, and agrees an action plan for the next year, which is sent to "
  "participants and schools.")
P(("B15  Impact. ", {"b": True}),
  "In A2 every participant records baseline measures for their target group (reading or number age, attendance "
  "and a well-being scale) before the intervention and again after ten weeks. The Foundation collates the results "
  "for the whole cohort. Participants complete a confidence questionnaire at the start and end of the course, and "
  "their heads complete a short questionnaire a term after the course ends on changes in the school's provision. "
  "The Steering Group reports these results each year.")
p = P(("B16  Reserved matters. ", {"b": True}),
      "As with the building, some details of the Award are reserved for later approval: an assessment-only route "
      "for experienced teachers, a January start, and the tutor handbook. These will be settled with the University "
      "before the second intake.")
comment(doc, p, "Can we say the assessment-only route will happen, or is it only a maybe? KP", author=HP,
        initials="KP")
P(("B17  The Award. ", {"b": True}),
  "Tutors sign each line of a participant's Outcome Record when the outcome has been shown in the assignment named "
  "in Appendix C. The University's Examination Board confers the Award only on participants who have passed all "
  "three assignments and whose Outcome Record is signed, line by line, for every national minimum outcome, as "
  "checked by the external examiner.")

# ---------------------------------------------------------------- Appendix C
h1("Appendix C  Outcome Schedule")
P("Each national minimum outcome, in our words, with where it is built and signed off. Terms as in 1.3.")
C = [
    ("ATTRIBUTES", None),
    ("OS1", "Builds fair, respectful, supportive relationships with pupils with SEN and their parents and carers",
     "Study Day 5", "Shell only"),
    ("OS2", "Wins the commitment of colleagues, the head and senior leaders", "Study Day 7", "A3"),
    ("OS3", "Sets priorities, manages time and delegates well", "Phase 2", "Phase 2"),
    ("OS4", "Sees problems coming, solves them and makes sound judgements about provision", "Study Day 7", "A3"),
    ("OS5", "Speaks and writes clearly; listens to and understands others' views", "Study Day 7", "A3 (presentation)"),
    ("OS6", "Uses research and outside advice to improve own and colleagues' practice", "Study Day 4", "A2"),
    ("OS7", "Keeps up to date and takes charge of own CPD in SEN and disability", "Study Day 8",
     "A3 (Professional Development Record)"),
    ("KNOWLEDGE AND UNDERSTANDING", None),
    ("OS8", "SEN law and guidance, the Code of Practice, what they mean for the school and how to apply them",
     "Study Day 1", "A1"),
    ("OS9", "Every Child Matters and the SENCO's part in the five outcomes", "Study Day 1", "A1"),
    ("OS10", "Disability equality law and what it requires", "Study Day 6", "A1"),
    ("OS11", "How children develop and what affects development", "Study Day 2", "A2"),
    ("OS12", "The common kinds of SEN and disability and their effect on learning", "Study Day 2", "A2"),
    ("OS13", "Approaches, strategies and resources, including ICT, understood critically", "Study Day 4", "A2"),
    ("OS14", "School self-evaluation and improvement for pupils with SEN", "Phase 2", "Phase 2"),
    ("OS15", "Best practice and research in meeting SEN", "Study Day 4", "A2"),
    ("OS16", "What external agencies do and how to get specialist help", "Study Day 6", "A1"),
    ("SKILLS", None),
    ("OS17", "Works with senior colleagues and governors on an inclusive ethos, policy, priorities and resources",
     "Study Day 7", "A1"),
    ("OS18", "Identifies pupils with SEN, sets challenging targets, plans interventions, reviews progress",
     "Study Day 3", "A2"),
    ("OS18a", "Uses other professionals' assessments in teaching", "Study Day 3", "A2"),
    ("OS18b", "Uses summative assessment and national tests to track progress and change programmes", "Study Day 3",
     "A2"),
    ("OS18c", "Encourages colleagues to use formative assessment, with approaches for pupils with SEN", "Study Day 7",
     "Shell only"),
    ("OS18d", "Identifies access arrangements for tests and exams in good time and puts them in place", "Study Day 3",
     "A2"),
    ("OS19", "Uses provision mapping; finds ineffective or missing provision", "Study Day 4", "A3"),
    ("OS20", "Deploys and manages staff", "Phase 2", "Phase 2"),
    ("OS21", "Supports colleagues' professional development: observation, feedback, coaching, mentoring, training",
     "Study Day 7", "A3"),
    ("OS22", "Reviews with colleagues how well provision works, for the school's self-evaluation", "-", "A3"),
    ("OS23", "Involves pupils in planning, agreeing and reviewing their provision", "Study Day 5", "A2"),
    ("OS24", "Liaises with parents and carers to support learning", "Study Day 5", "A2"),
    ("OS25", "Works in partnership with other services and voluntary organisations", "Study Day 6", "Shell only"),
]
rows = [["Ref", "The outcome, in our words", "Built in", "Signed off in"]]
for c in C:
    rows.append(list(c) if c[1] is not None else [c[0], None, None, None])
t = table(doc, rows, widths_cm=[1.5, 9.5, 2.8, 3.2], size=9, header_shade="1F3864")
for j in range(4):
    for r in t.cell(0, j).paragraphs[0].runs:
        r.font.color.rgb = RGBColor.from_string("FFFFFF")
for i, c in enumerate(C, start=1):
    if c[1] is None:
        merge_row(t, i, 0, 3, c[0], shade="D9E2F3", size=9)

P("")
P(("Harlow Pike Planning & Design LLP, for St Crispin's ABC Community Foundation. Revision B, 9 January 2009.",
   {"i": True}))

fn.finish()
doc.save(OUT)
print("wrote", OUT)
