"""hw-01-larkhurst-after-action-review

Provider (invented): the Garrison Schools Support Service (GSSS), run jointly by
Castlebury County Council and the Forces Children's Education Service (FCES),
supporting schools near Larkhurst Garrison and RAF Wyvernhill, where pupil
mobility is high. Validating HEI: the University of Kellbourne.

Document kind and layout: a post-pilot AFTER ACTION REVIEW (AAR 01/08), written by
the GSSS Training Cell for the Joint Management Group (JMG) and sent to the TDA as
the application with a short covering note. The AAR follows the four-question
after-action format: eight "Lines of Review" (LoR 1-8), each a table with a merged,
shaded title row and rows "What was planned / What happened / Why the difference /
Sustain / Improve", followed by a bold run-in "Decision for 2009:" paragraph. Part 3
describes the Award as it will run from January 2009 in hand-numbered paragraphs
(3.1-3.24) typed as Normal text with bold run-in titles. Annex A is an outcome table
in the Service's own codes (AT1-AT7, KU1-KU9, PS1-PS13) with shaded merged group
rows and an "Evidence in the Record of Service" column. Annex B is a text box of
stakeholder comments. Document-control table with merged cells; header and footer
(PAGE/NUMPAGES fields); one tracked deletion, one tracked insertion; two comments;
one footnote (a citation only).
House vocabulary: Waypoints 1-4 (units), Garrison Days (taught days), Field Tasks
FT1-FT4, the Record of Service (portfolio), the Kit Check (needs analysis), the Route
Card (individual plan), School Sponsor (in-school mentor), link tutor, the Debrief
(FT4 presentation), the Onward Posting Review (end-of-course planning).

Traps (requirement ids):
- 2.3 not_met: a sentence offering a "Direct Assessment" route is a tracked DELETION;
  the surviving text says there will be no assessment-only route in 2009 (negation).
- 3.1 met only through a tracked INSERTION (disclosure on the nomination form,
  accessible venues, adjusted assessment); an insertion is part of the submission.
- 5.3 not_met: the Service "does not see or record" CRB disclosures, leaving them to
  the employing school (someone else's responsibility); a comment asking about CRB
  and the footer's line about the single central record are not evidence.
- 1.5 and 6.S7 partial: pupil conferencing happened in the pilot (past); for 2009
  it is only "would like to keep"; a session "Hearing the child" develops it but no
  Field Task assesses it (1.5, 6.S7).
- 1.9 and 6.0 partial: the Record of Service is judged against each participant's
  Route Card outcomes, and the document claims the Award "covers all the national
  outcomes" without requiring each minimum outcome to be evidenced; Annex A has
  outcomes not evidenced.
- 3.3 partial: Waypoint 2 is studied online with messaging to the link tutor, but
  nothing on peer support or support between Garrison Days (the pilot's forum was
  closed, a past arrangement).
- 4.3 partial: stakeholders help deliver (welfare officers, families' federation
  speakers), but their part in evaluation is only hoped for.
- 5.5 partial: specialist expertise is available, but special-school placements were
  planned in the pilot and did not happen; for 2009 only "in discussion".
- 5.9 partial: confidence is measured (Kit Check repeated) but the effect on pupils'
  achievement is only intended ("we intend to").
- 6.S2d not_met: no session on access arrangements in the pilot; "will look at
  whether one can be added" (aspiration).
- 6.S2c not_met: absent; "formative assessment" appears only about tutors' feedback
  on participants' drafts (wrong context).
- 6.A3, 6.K3, 6.S2b partial: developed (Waypoint listed) but "Not separately
  evidenced" / "discussed at tutorial" in Annex A.
- 6.K5 partial: the types of SEN covered omit moderate learning difficulties.
- wrong-context noise: "deployment" of serving parents on operations (not 6.S4, which
  is met separately by FT3).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _hw_helpers import *  # noqa

OUT = Path(__file__).with_name("hw-01-larkhurst-after-action-review.docx")
d = new_doc("Arial", 10.5)
header_footer(d, "GSSS  |  AAR 01/08  |  Version 3 (for JMG and TDA)  |  NOT PROTECTIVELY MARKED",
              "Participants' CRB status is held on each school's single central record.")

para(d, "CASTLEBURY COUNTY COUNCIL  \u2022  FORCES CHILDREN'S EDUCATION SERVICE", bold=True, align="c", size=9)
para(d, "Garrison Schools Support Service", bold=True, align="c", size=14)
para(d, "AFTER ACTION REVIEW 01/08", bold=True, align="c", size=16)
para(d, "Garrison SENCO Course \u2013 Pilot Cohort 1 (September 2007 to July 2008) and the Garrison SENCO Award from January 2009",
     italic=True, align="c")

t = table(d, 5, 4)
cell_text(t.cell(0, 0).merge(t.cell(0, 3)), "DOCUMENT CONTROL", bold=True, shade="1F3864")
t.cell(0, 0).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
rows = [("Author", "C. Ashdown, Training Cell Lead", "Sponsor", "Joint Management Group (JMG)"),
        ("Version", "3 \u2013 incorporates JMG decisions of 7 October 2008", "Date", "14 October 2008"),
        ("Distribution", "JMG members; University of Kellbourne; TDA (as our application)", "Review", "After Cohort 2 (July 2009)")]
for i, r in enumerate(rows, start=1):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, bold=(j % 2 == 0), shade=("D9E2F3" if j % 2 == 0 else None))
cell_text(t.cell(4, 0), "Status", bold=True, shade="D9E2F3")
cell_text(t.cell(4, 1).merge(t.cell(4, 3)), "Approved by the JMG for submission, subject to the changes tracked in this version.")

para(d, "")
para(d, "COVERING NOTE TO THE TRAINING AND DEVELOPMENT AGENCY", bold=True)
para(d, "The Garrison Schools Support Service (GSSS) is a joint service of Castlebury County Council and the Forces "
        "Children's Education Service. It supports 41 schools within reach of Larkhurst Garrison and RAF Wyvernhill, where "
        "in some schools more than half of the roll changes in a single year. We ran an unaccredited Garrison SENCO Course "
        "for one cohort in 2007-08 and, in the way our service reviews all of its work, we held an After Action Review at "
        "the end of it. Rather than rewrite that review into a new form, the JMG agreed to send it to you as it stands. "
        "Parts 1 and 2 look back at the pilot. Part 3 sets out the Garrison SENCO Award as it will run from January 2009, "
        "and Annex A shows where each national outcome is developed and evidenced. Where Part 2 and Part 3 differ, "
        "Part 3 is what we are asking you to approve.")

# ------------------------------------------------------------------ Part 1
para(d, "PART 1 \u2013 WHY AND HOW WE REVIEWED", bold=True, size=12)
para(d, [("1.1  The pilot. ", "b"), ("Sixteen teachers from garrison-area schools began the course in September 2007. Eleven "
        "completed it, three were posted away with their serving partners before the end, and two withdrew for family "
        "reasons. The course was not accredited and carried no credit.", "")])
para(d, [("1.2  The method. ", "b"), ("An After Action Review asks four questions of each part of an activity: what was "
        "planned, what actually happened, why there was a difference, and what we should sustain and improve. We took "
        "evidence from end-of-day evaluations, the eleven completers' Records of Service, a half-day review with the "
        "participants, interviews with six School Sponsors and four headteachers, the families' federation focus group "
        "and the link tutors' own notes. The review was facilitated by an FCES adviser who had not taught on the course.", "")])
para(d, [("1.3  Lines of Review. ", "b"), ("We reviewed the course under eight lines: recruitment and entry; starting points; "
        "the delivery pattern; content; school-based work; assessment; partners and families; quality and impact. Each "
        "line ends with the JMG's decision for 2009.", "")])

# ------------------------------------------------------------------ Part 2
para(d, "PART 2 \u2013 THE REVIEW, LINE BY LINE", bold=True, size=12)


def lor(title, planned, happened, why, sustain, improve, decision, decision_para_hook=None):
    tb = table(d, 6, 2, widths=[3.2, 13.4])
    c = tb.cell(0, 0).merge(tb.cell(0, 1))
    cell_text(c, title, bold=True, shade="BDD7EE")
    for i, (k, v) in enumerate([("What was planned", planned), ("What happened", happened),
                                ("Why the difference", why), ("Sustain", sustain), ("Improve", improve)], start=1):
        cell_text(tb.cell(i, 0), k, bold=True, shade="F2F2F2")
        cell_text(tb.cell(i, 1), v)
    p = para(d, [("Decision for 2009: ", "b"), (decision, "")])
    para(d, "")
    return p


lor("LoR 1 \u2013 Recruitment and entry",
    "Headteachers would nominate teachers already acting as SENCO. The course lead would meet each nominee before the start.",
    "All sixteen were nominated by their headteachers and met the course lead. Two had been in post for less than a term and "
    "one had no experience of SEN beyond her own class. That participant struggled with the first Field Task.",
    "We had no agreed entry standard, only a nomination, and the pre-course meeting was a conversation rather than a check.",
    "Headteacher nomination; meeting every nominee before the start.",
    "Set an entry standard and give nominees who do not yet meet it a route to reach it.",
    "Entry is set out in paragraph 3.4. Nominees must hold QTS and be in, or appointed to, the SENCO role. A nominee who "
    "does not yet meet the entry standard is advised to complete the County's five-twilight SEN Foundations course first, "
    "and the course lead discusses this with the headteacher before the place is deferred.")

lor("LoR 2 \u2013 Starting points",
    "A self-assessment against the course content in week one.",
    "Participants completed the self-assessment, but it was filed and not used; every participant followed the same programme.",
    "The self-assessment was not written against the national outcomes and no-one owned the results.",
    "Asking participants where they are starting from.",
    "Make the self-assessment a real needs analysis against the outcomes and use it to shape each person's route.",
    "The Kit Check and Route Card (paragraphs 3.6 and 3.7) replace the week-one self-assessment.")

lor("LoR 3 \u2013 Delivery pattern",
    "Twelve full Garrison Days at Larkhurst, September to July, with an online forum between them.",
    "Attendance fell in the spring term when two units returned from operations and families took leave together. The "
    "online forum had nine posts in total and was closed in March 2008. Three participants were posted away and had to abandon the course.",
    "A single September start and a fixed sequence take no account of the posting cycle, which for most units runs from "
    "January. Nothing allowed a posted participant to carry on.",
    "Garrison Days held on the garrison, which participants valued because they could see the community their pupils come from.",
    "Offer a second start point, allow units to be taken in a different order, and let posted participants continue.",
    "See paragraphs 3.9 to 3.12. There will be January and September starts.")

lor("LoR 4 \u2013 Content",
    "Four Waypoints: law and policy; knowing the learner; leading provision; working together.",
    "Waypoints 1, 3 and 4 were rated good or better by most participants. Waypoint 2 was rated weaker because it tried to "
    "cover every need in two days. There was no session on access arrangements for national tests and examinations, which "
    "two secondary participants asked for.",
    "Waypoint 2 was planned by a single tutor and was overloaded.",
    "The mobility strand in every Waypoint: how moving school, a parent's deployment and separation affect learning and the identification of SEN.",
    "Rebalance Waypoint 2 and draw on specialist colleagues for it.",
    "Waypoint 2 is now co-taught with the educational psychology and speech and language therapy services. On access "
    "arrangements, we will look at whether a session can be added once Cohort 2 is under way.")

lor("LoR 5 \u2013 School-based work",
    "Four Field Tasks carried out in the participant's own school, each agreed with the School Sponsor.",
    "All eleven completers carried out the Field Tasks in school. Several ran pupil conferencing as part of their Learner "
    "Case Study, talking with mobile pupils about what helped them settle and learn; sponsors described this as the "
    "most powerful part of the course. Placement visits to a special school were planned for the spring term but did not take place.",
    "The special school concerned was reorganised during the year and could not host visits.",
    "Field Tasks in the participant's own school; the School Sponsor's involvement.",
    "Find a reliable host for visits.",
    "The Field Tasks continue as set out in paragraph 3.14. We would like to keep pupil conferencing where schools agree to it. "
    "On placements, we are in discussion with two special schools in the county about hosting visits.")

lor("LoR 6 \u2013 Assessment",
    "Link tutors would mark the Field Tasks and give written feedback; the course lead would read every Record of Service.",
    "Feedback was valued and prompt. There was no second marking, and two link tutors judged similar work quite differently. "
    "Link tutors' formative assessment of draft Field Tasks was rated highly by participants.",
    "No shared marking criteria; no moderation.",
    "Written feedback on drafts before final submission.",
    "Introduce criteria, second marking, standardisation and moderation, aligned with the University's regulations.",
    "Assessment and moderation are set out in paragraphs 3.15 to 3.18.")

p_lor7 = lor("LoR 7 \u2013 Partners and families",
    "Inviting the welfare and families' organisations to contribute to Waypoint 4.",
    "The Army Welfare Service and the RAF Families Federation each led a session. Parents in the focus group told us that "
    "the biggest problem they meet is having to explain their child's needs again at every new school. Headteachers told "
    "us that a January start would suit the posting cycle better.",
    "Partners were involved late and informally.",
    "Partners as speakers; the families' federation focus group.",
    "Involve partners earlier and in reviewing the course.",
    "Partners' involvement for 2009 is described in paragraph 3.21. We hope that the families' federations will "
    "also take part in evaluating the course in future years.")

lor("LoR 8 \u2013 Quality and impact",
    "End-of-day evaluations and an end-of-course questionnaire.",
    "Evaluations were collected every day and summarised, and this AAR drew on them. We did not collect any evidence of "
    "the effect of the course on pupils.",
    "No measure of impact was designed into the course.",
    "Daily evaluations, summarised and discussed by the JMG.",
    "Add external scrutiny through the University; measure changes in participants' confidence and competence.",
    "See paragraphs 3.19 and 3.20.")

# ------------------------------------------------------------------ Part 3
para(d, "PART 3 \u2013 THE GARRISON SENCO AWARD FROM JANUARY 2009", bold=True, size=12)
para(d, [("3.1  Accreditation. ", "b"), ("The Award will be validated by the University of Kellbourne as the Postgraduate "
        "Certificate in Leading SEN in Service Communities, 60 credits at masters level (Level 7). The validation event is "
        "fixed for 2 December 2008 and the University's School of Education is our partner in delivery and assessment. "
        "Credit can be carried forward into the University's MA in Inclusive Education.", "")])
p = para(d, [("3.2  Aims. ", "b"), ("The Award exists to raise the achievement and improve the well-being of pupils with "
        "SEN and/or disabilities in our schools, across all five Every Child Matters outcomes, and especially of those whose "
        "schooling is broken by moves and by a parent's deployment. Every Field Task requires the participant to show the "
        "difference their work has made to named pupils, in attainment, attendance, well-being or participation.", "")])
para(d, [("3.3  Research and policy. ", "b"), ("Waypoint 1 works from the SEN Code of Practice (2001), the Disability "
        "Discrimination Act as amended in 2005, Every Child Matters and the 2004 SEN strategy Removing Barriers to "
        "Achievement. Sessions draw on Ofsted's Inclusion: does it matter where pupils are taught? (2006), the Bercow "
        "Review of services for children with speech, language and communication needs (2008) and the Defence "
        "Committee's report Educating Service Children (2006), and the reading list is revised each year by the link tutors.", "")])
footnote(d, p, "House of Commons Defence Committee, Educating Service Children, Eleventh Report of Session 2005-06, HC 1054.")
para(d, [("3.4  Entry. ", "b"), ("Applicants must hold QTS, be the SENCO or be appointed to the role in their school, and be "
        "nominated by their headteacher on the GSSS nomination form. The course lead meets every nominee, with the Kit Check "
        "results, to confirm that they have enough knowledge and experience to reach the outcomes within the year. Nominees "
        "who do not are offered the SEN Foundations course and a deferred place, as described under LoR 1.", "")])
p35 = para(d, [("3.5  Checks. ", "b"), ("Participants are serving teachers employed by their schools or by FCES. The Service "
        "does not see or record CRB disclosures; these remain the business of the employing school or MOD establishment.", "")])
c1 = comment(d, p35.runs[1:], "Surely we need to check CRB ourselves now that this goes to the TDA? Please confirm with HR.",
             author="R. Pengelly", initials="RP")
para(d, [("3.6  The Kit Check. ", "b"), ("Before the first Garrison Day each participant completes the Kit Check, a needs "
        "analysis written against all the national outcomes, with examples of evidence for each level so that participants "
        "do not overrate out-of-date knowledge. The School Sponsor adds a comment on each section.", "")])
para(d, [("3.7  The Route Card. ", "b"), ("At a one-hour starting-point tutorial the link tutor and participant use the Kit "
        "Check to agree a Route Card: the participant's personalised outcomes, the Waypoint sessions they will attend in "
        "full or in part, and the focus of each Field Task. The Route Card is reviewed at each tutorial.", "")])
para(d, [("3.8  Prior learning. ", "b"), ("Participants who have passed relevant study at Level 7, for example a specialist "
        "dyslexia certificate, may claim up to 20 credits through the University's accreditation of prior learning "
        "procedure. Experienced participants may also claim exemption from Field Task 1 by presenting an existing "
        "whole-school SEN review they have led, which the link tutor assesses against the same criteria.", "")])
para(d, [("3.9  Start points and order. ", "b"), ("There will be two start points each year, in January and September. "
        "Waypoints 2 and 4 may be taken in either order, so that a participant who starts in January joins the September "
        "group for the Waypoint they have not yet done.", "")])
para(d, [("3.10  Garrison Days. ", "b"), ("The Award is taught over ten Garrison Days at the Larkhurst Garrison Education "
        "Centre and two at RAF Wyvernhill, from 9.30 to 3.00 so that participants can collect their own children.", "")])
para(d, [("3.11  Online study. ", "b"), ("The reading and two of the tasks for Waypoint 2 are studied online, through the "
        "County's learning platform, and participants can message their link tutor through the platform.", "")])
para(d, [("3.12  Posted participants. ", "b"), ("A participant who is posted away during the year keeps the credit for "
        "any Waypoint completed and may finish the remaining Field Tasks from their new school, with tutorials by telephone, "
        "or rejoin a later cohort within two years.", "")])
p313 = para(d, [("3.13  Access. ", "b")])
ins(p313, "The nomination form invites participants to tell us about any disability or health condition so that "
          "reasonable adjustments can be agreed before the course starts. Both venues are step-free with a hearing loop, "
          "materials are available in large print or electronically, and adjustments to assessment, such as extra time "
          "for the Debrief or a recorded rather than written reflection, are agreed with the University's disability adviser.")
para(d, [("3.14  The Waypoints and Field Tasks. ", "b"), ("Waypoint 1, The Law and the Moving Child, covers the Code of "
        "Practice, disability equality duties, Every Child Matters and what happens to a pupil's SEN records on transfer. "
        "Waypoint 2, Knowing the Learner, covers child development and the effect of mobility and separation, dyslexia and "
        "other specific learning difficulties, speech, language and communication needs, autism and behavioural, emotional "
        "and social difficulties, and approaches to assessment and teaching including ICT. Waypoint 3, Leading Provision, "
        "covers provision mapping, deploying and managing support staff, school self-evaluation, and leading colleagues' "
        "development. Waypoint 4, Working Together, covers parents and families, external agencies and the voluntary "
        "sector, and includes a session, Hearing the Child, on seeking pupils' views. Each Waypoint is linked to a Field "
        "Task done in the participant's own school: FT1 School Position Statement (a review of SEN provision and a "
        "provision map, presented to the senior team and the governor for SEN); FT2 Learner Case Study (a mobile pupil, "
        "using reports from other professionals, setting targets, planning and reviewing an intervention, with baseline "
        "and follow-up measures, and working with the family); FT3 Leading the Team (redeploying support staff and "
        "leading a training session for colleagues, observed by the School Sponsor); FT4 the Debrief (a 20-minute "
        "presentation to a panel of a link tutor and a University tutor, followed by professional discussion).", "")])
para(d, [("3.15  The Record of Service. ", "b"), ("Each participant keeps a Record of Service: the four Field Tasks, a "
        "reflective log, the School Sponsor's statement and the Route Card. The Record of Service is assessed against the "
        "outcomes on the participant's Route Card. The Award covers all the national outcomes.", "")])
para(d, [("3.16  Marking. ", "b"), ("Each Field Task is marked by the link tutor against published criteria, and link tutors "
        "give written feedback on one draft before submission.", "")])
para(d, [("3.17  Second marking and moderation. ", "b"), ("A quarter of all Field Tasks, and every fail and borderline "
        "piece, are second marked by a University tutor. Link tutors and University tutors meet for a standardisation "
        "meeting before each marking period, using marked examples. The University's external examiner sees a sample "
        "from each cohort and reports to the University's Board of Examiners.", "")])
para(d, [("3.18  The award. ", "b"), ("The Board of Examiners confirms the award when all four Field Tasks have been passed "
        "and the Record of Service is complete.", "")])
para(d, [("3.19  Evaluation. ", "b"), ("Participants evaluate every Garrison Day and each Waypoint. Participants repeat the "
        "Kit Check at the end of the Award, so that we can compare their confidence and competence against each outcome "
        "with where they started. The JMG reviews the evaluations termly and keeps a log of the changes made. The University's "
        "annual monitoring and the external examiner's report give external scrutiny, and an FCES inspector visits one "
        "Garrison Day each year. We will hold an After Action Review at the end of every cohort.", "")])
para(d, [("3.20  Impact on pupils. ", "b"), ("We intend to look at the effect of the Award on pupils' outcomes in the "
        "participants' schools once two cohorts have completed.", "")])
para(d, [("3.21  Partners. ", "b"), ("The Army Welfare Service, the RAF Families Federation and the Army Families "
        "Federation each lead a session in Waypoint 4. The County educational psychology and speech and language therapy "
        "services co-teach Waypoint 2.", "")])
para(d, [("3.22  The Onward Posting Review. ", "b"), ("The last half-day of the Award is the Onward Posting Review. Each "
        "participant drafts next-step professional targets on a planning sheet, using their end-of-course Kit Check, and "
        "takes it to a meeting with their headteacher and School Sponsor to agree the targets for their performance "
        "management. Tutors introduce the MA route and the County's SENCO network.", "")])
para(d, [("3.23  Cost. ", "b"), ("The fee is \u00a31,450 per participant. FCES meets half the fee for schools where more than "
        "a fifth of pupils are from service families. Because the Route Card lets participants miss sessions on outcomes "
        "they already meet, and because teaching is shared with services already funded, the cost per credit is below that "
        "of the University's other Level 7 certificates.", "")])
para(d, [("3.24  Staffing and resources. ", "b"), ("The team is shown below. The Larkhurst Resource Base lends assessment "
        "materials and assistive technology (including Clicker 5, Read&Write and a loan set of laptops) and participants "
        "have full access to the University library and its online journals. Link tutors and School Sponsors are briefed "
        "before each cohort: sponsors attend a half-day briefing and receive the Sponsor's Guide, which sets out what they "
        "do, when, and how they write the Sponsor's statement; new link tutors shadow a marking round before marking alone. "
        "The County educational psychology service, the speech and language therapy service, the Army Welfare Service and "
        "the Service's own advisory teachers for autism and sensory impairment are available to participants for advice.", "")])

st = table(d, 5, 3, widths=[4, 4, 8.6])
for j, h in enumerate(["Name", "Role on the Award", "Background"]):
    cell_text(st.cell(0, j), h, bold=True, shade="D9E2F3")
staff = [("Helen Mawby", "Course lead and link tutor", "SENCO for nine years in two garrison primaries; MA in SEN; County SEN adviser since 2005"),
         ("Gareth Ince", "Link tutor (Waypoint 2)", "Senior educational psychologist, Castlebury; lead for service children"),
         ("Sue Talbot", "Link tutor (Waypoint 2)", "Advisory teacher for speech, language and communication; Elklan tutor"),
         ("Dr Ruth Pengelly", "University tutor and programme leader", "Senior Lecturer in Inclusive Education, University of Kellbourne; doctorate on pupil mobility")]
for i, r in enumerate(staff, start=1):
    for j, v in enumerate(r):
        cell_text(st.cell(i, j), v)
para(d, "All tutors take part in the County SEN network and the University's research seminars, and each tutor has a "
        "CPD entitlement of five days a year.")

# ------------------------------------------------------------------ tracked deletion (2.3)
p_ao = para(d, [("3.25  Assessment-only. ", "b"), ("The JMG has decided that there will be no assessment-only route in 2009. ", "")])
dele(p_ao, "Experienced SENCOs and advisory teachers may instead take the Direct Assessment route, presenting a Record of "
           "Service for assessment against all the outcomes without attending Garrison Days.")

# ------------------------------------------------------------------ Annex A
d.add_page_break()
para(d, "ANNEX A \u2013 WHERE THE NATIONAL OUTCOMES ARE DEVELOPED AND EVIDENCED", bold=True, size=12)
para(d, "Our codes: AT = attribute, KU = knowledge and understanding, PS = professional skill. WP = Waypoint; FT = Field Task; "
        "SS = School Sponsor's statement; RL = reflective log; DB = the Debrief (FT4).", italic=True, size=9)

A = [("Attributes", None),
     ("AT1", "Builds fair, respectful and supportive relationships with pupils with SEN and their families", "WP4", "SS; FT2"),
     ("AT2", "Wins the commitment of the headteacher, senior team and colleagues", "WP3", "FT1 presentation to senior team; SS"),
     ("AT3", "Prioritises, manages time and delegates well", "WP3", "Not separately evidenced"),
     ("AT4", "Anticipates and solves problems; makes sound judgements about provision", "WP3", "FT2; DB"),
     ("AT5", "Communicates clearly in speech and writing; listens to others", "All", "All FTs (written); DB (spoken)"),
     ("AT6", "Uses research and outside advice to improve own and colleagues' practice", "WP2, WP3", "FT2 literature section; FT3"),
     ("AT7", "Keeps up to date and takes charge of own CPD", "WP1", "RL; Onward Posting Review planning sheet"),
     ("Knowledge and understanding", None),
     ("KU1", "SEN law and guidance, including the Code of Practice, and how to apply it", "WP1", "FT1"),
     ("KU2", "Every Child Matters and the SENCO's part in it", "WP1", "FT2 (outcomes across all five)"),
     ("KU3", "Disability equality law and the duties it brings", "WP1", "\u2014"),
     ("KU4", "Child development and the effect of SEN, disability, mobility and environment", "WP2", "FT2"),
     ("KU5", "Dyslexia and other SpLD, SLCN, autism and BESD and their effect on learning", "WP2", "FT2"),
     ("KU6", "Approaches and resources for assessment, planning and teaching, including ICT", "WP2", "FT2; FT3"),
     ("KU7", "School self-evaluation and improvement for SEN", "WP3", "FT1"),
     ("KU8", "Best practice and research on meeting SEN", "WP2", "FT2; DB"),
     ("KU9", "External agencies and how to get specialist support", "WP4", "FT2"),
     ("Professional skills", None),
     ("PS1", "Influences strategy, ethos, policy and resources with senior staff and governors", "WP3", "FT1"),
     ("PS2", "Identifies pupils, sets targets, plans interventions and reviews progress", "WP2", "FT2"),
     ("PS3", "Uses assessments from other professionals to shape teaching", "WP2", "FT2"),
     ("PS4", "Uses summative data, including national tests, to track progress", "WP3", "Discussed at tutorial"),
     ("PS5", "Plans provision with provision maps; spots gaps and weak provision", "WP3", "FT1"),
     ("PS6", "Deploys and manages support staff", "WP3", "FT3"),
     ("PS7", "Develops colleagues through observation, modelling, coaching and training", "WP3", "FT3 (observed by SS)"),
     ("PS8", "Reviews the effectiveness of provision with colleagues for self-evaluation", "WP3", "FT1"),
     ("PS9", "Involves pupils in planning and reviewing their own provision", "WP4", "\u2014"),
     ("PS10", "Works effectively with parents and carers", "WP4", "FT2; SS"),
     ("PS11", "Works with other services and voluntary organisations", "WP4", "FT2")]
at = table(d, len(A) + 1, 4, widths=[1.6, 8.6, 2.2, 4.2])
for j, h in enumerate(["Code", "The SENCO can\u2026", "Developed in", "Evidence in the Record of Service"]):
    cell_text(at.cell(0, j), h, bold=True, shade="1F3864")
    at.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for i, row in enumerate(A, start=1):
    if row[1] is None:
        cell_text(at.cell(i, 0).merge(at.cell(i, 3)), row[0], bold=True, shade="D9E2F3")
    else:
        for j, v in enumerate(row):
            cell_text(at.cell(i, j), v, size=9)
para(d, "")
para(d, "Note: the Award covers all the national outcomes. PS12 and PS13 are kept free for additions after Cohort 2.", italic=True, size=9)

# ------------------------------------------------------------------ Annex B (text box)
para(d, "ANNEX B \u2013 WHAT OUR STAKEHOLDERS TOLD US", bold=True, size=12)
para(d, "In November 2007 we surveyed the headteachers and SENCOs of all 41 schools the Service supports (34 replied) and in "
        "May 2008 held a focus group of fourteen service parents with the Army Families Federation and the RAF Families "
        "Federation. County data show that the proportion of pupils at School Action Plus in our garrison schools is well "
        "above the county average and that records often arrive weeks after the pupil. What they told us, and what we "
        "changed, is summarised below.")
pb = para(d, "")
textbox(pb, [("Voices from the review", True),
             "Headteacher, junior school: \"A January start would let us release a new SENCO when the posting cycle settles.\" (We added a January start.)",
             "Parent, RAF Wyvernhill: \"Every new school starts again from scratch.\" (Every Waypoint now has a mobility strand, and FT2 includes transfer of records.)",
             "SENCO, secondary: \"Nobody told us how to sort access arrangements in time.\"",
             "Headteachers' survey: 27 of 34 asked for shorter days. (Garrison Days now end at 3.00.)"], height_pt=140)
para(d, "Every change listed in the box above has been made for Cohort 2.")

p_end = para(d, "\u2014 End of AAR 01/08 \u2014", italic=True, align="c")
comment(d, p_end.runs, "Annex A still needs rows for access arrangements and formative assessment - see LoR 4.",
        author="H. Mawby", initials="HM")

d.save(OUT)
print("wrote", OUT)
