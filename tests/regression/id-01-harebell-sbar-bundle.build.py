"""id-01-harebell-sbar-bundle

Provider (invented): The Harebell Trust, a national charity for children with
epilepsy and other long-term medical conditions, through its Schools Education
Advisory Service (SEAS), with the University of Ashtonbury validating.
Application for approval to run the National Award for SEN Coordination
from September 2009. Dated 12 January 2009.

Document kind: an SBAR briefing bundle. The Trust's advisory service (nurses
and teachers) writes every internal decision paper in the NHS SBAR format
(Situation, Background, Assessment, Recommendation). The application is the
bundle of twelve SBAR sheets that went to the Trust's Programme Board, sent
whole, each sheet followed by the Board's decision line (AGREED, AGREED IN
PART, DEFERRED), with a covering note in a text box saying only AGREED
recommendations are part of the programme. Each sheet is a two-column table:
a merged, shaded title row, shaded S/B/A/R label cells, and a merged decision
row. Provider vocabulary: Study Days SD1-SD8, Strands A-D, Casework Tasks
CT1-CT3, the Case Review, the Starting Point Audit, the Individual Training
Plan (ITP), Harebell Connect, the Outcome Record, outcome codes OM1-OM23 (with
OM17a-d). Criterion 6 sits in SBAR 11's Outcome Map (merged group rows,
shaded header). Header and footer; Word comments; tracked insertions and
deletions; two real footnotes. No heading styles (titles are bold runs).

Traps (requirement ids):
- The "Assessment" row of every SBAR sheet is the writer's analysis, not
  assessment of participants: in SBAR 11 it names OM16 (strategic influence)
  as weakest in the audits, while the map gives OM16 no assessment (6.S1
  partially_met: developed on SD7, not assessed).
- Past arrangements: the Trust's old two-day course "covered ... time
  management" (6.A3 not_met; the Outcome Map has no row for it) and the old
  course had no checks.
- Someone else's responsibility / negation: enhanced CRB disclosure is "the
  employer's responsibility" and the Trust "will not ask for or check" it; a
  deleted tracked change had the Trust seeing it at interview; a comment
  suggests the university could check (5.3 not_met).
- DEFERRED recommendations are not part of the programme: assessment-only
  route R3.3 (2.3 not_met; a deleted fee sentence too); fortnightly tutor
  check-ins R5.3 (3.3 partially_met: the forum is peer-only, "tutors do not
  post on it"); stakeholder reference group for evaluation R7.3 (4.3
  partially_met: stakeholders co-deliver days but no part in evaluation);
  exam access arrangements R11.2 (6.S2d not_met, although the map has a row
  pointing to it).
- Part of a requirement: APCL for certificated study only, "Experience alone
  is not accredited" (2.1 partially_met); expertise but "We do not arrange
  placements" (5.5 partially_met); tutors inducted but workplace mentors only
  "sent a letter" (5.7 partially_met, a comment proposes mentor training);
  confidence and competence measured but pupil impact only wished for, "We
  would like, in time" (5.9 partially_met; the footer claims pupils are
  tracked, which is not evidence).
- Right words, wrong thing: participants "hear from" the Young People's Panel
  (1.5 partially_met: listening to young people is not developing consulting
  skills); pupils' part in planning not assessed (6.S7 partially_met).
- Outcome Map: "Not separately assessed" (6.A7), "Formative only" (6.K7,
  6.S5), "Not assessed" (6.S2b, 6.S7); no row for deploying staff, and a
  comment suggesting one (6.S4 not_met). With so many outcomes unassessed,
  1.9 is partially_met, while the award rule itself (6.0) is stated plainly.
- A tracked insertion adds moderation by the Assessment Board and external
  examiner (5.8 met: an insertion is part of the submission).
- A footnote carries the resource detail (5.6 met with the body text).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _id_helpers import (new_doc, para, rich, shade, table, cell_text, text_box,
                         header_footer, comment, save)
from docx.shared import Cm

HERE = Path(__file__).parent
NAME = "id-01-harebell-sbar-bundle"
DARK, LIGHT, PALE = "1F4E79", "D9E2F3", "F2F2F2"

d = new_doc("Arial", 10)
header_footer(d, "THE HAREBELL TRUST  ·  Schools Education Advisory Service  ·  SBAR bundle: National Award for SEN Coordination",
              "Bundle v3, 12 January 2009. Every participant's pupils are tracked for a year after the Award")

para(d, ("THE HAREBELL TRUST", "bL"), align="c", space_after=2)
para(d, ("for children with epilepsy and other long-term medical conditions", "i"), align="c")
para(d, ("Schools Education Advisory Service (SEAS)", "b"), align="c", space_after=10)
para(d, ("SBAR BRIEFING BUNDLE", "bL"), align="c", space_after=2)
para(d, ("Application to the Training and Development Agency for Schools for approval to run the National Award "
         "for SEN Coordination, with the University of Ashtonbury", "b"), align="c", space_after=2)
para(d, "Programme Board meeting of 10 December 2008: papers and decisions", align="c", space_after=10)

text_box(d, [
    ("A note for the panel: how to read this bundle", "b"),
    ("Our advisers are nurses and teachers, and every decision the Trust takes about its work with schools goes "
     "through an SBAR sheet: Situation, Background, Assessment (our analysis), Recommendation. We have sent the "
     "twelve sheets that went to our Programme Board as they stand, with the Board's decision under each.", ""),
    ("Only recommendations marked AGREED form part of the programme we ask you to approve. Recommendations marked "
     "DEFERRED are not part of the 2009-10 programme. Note that the word Assessment at the head of a row is our "
     "analysis, not the assessment of participants.", ""),
    ("Dr Ruth Okonjo, Head of Schools Education Advisory Service", "i"),
], height_pt=150)

para(d, "")
para(d, ("Contents", "b"))
for i, t in enumerate(["What we are asking to run", "Who can join", "Starting points", "The shape of the programme",
                       "Flexible study and Harebell Connect", "Equality and access", "Schools, families and young people",
                       "People and resources", "Assessment and the award", "Knowing whether it works",
                       "Outcomes and the Outcome Map", "After the Award"], 1):
    para(d, f"SBAR {i}    {t}", space_after=0)
para(d, "")


def sbar(num, title, S, B, A, R, decision):
    rows = 2 + 3 + len(R) + 1
    t = table(d, rows, 2, widths=[2.6, 14.2])
    top = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(top, (f"SBAR {num}  |  {title}", "bw"), fill=DARK)
    labels = [("S", "Situation", S), ("B", "Background", B), ("A", "Assessment", A)]
    r = 1
    for code, lab, body in labels:
        cell_text(t.cell(r, 0), (f"{code}  {lab}", "b"), fill=LIGHT)
        first = True
        for segs in body:
            rich(d, t.cell(r, 1), segs, first=first)
            first = False
        r += 1
    hdr = t.cell(r, 0).merge(t.cell(r, 1))
    cell_text(hdr, ("R  Recommendations", "b"), fill=LIGHT)
    r += 1
    for code, body in R:
        cell_text(t.cell(r, 0), (code, "b"), fill=PALE)
        first = True
        for segs in body:
            rich(d, t.cell(r, 1), segs, first=first)
            first = False
        r += 1
    dec = t.cell(r, 0).merge(t.cell(r, 1))
    cell_text(dec, ("Programme Board decision, 10 December 2008: ", "b"), decision, fill="FFF2CC")
    para(d, "")
    return t


# ---------------------------------------------------------------- SBAR 1
sbar(1, "What we are asking to run",
     [["The Trust asks for approval to run the National Award for SEN Coordination from September 2009, in "
       "partnership with the University of Ashtonbury School of Education, for about forty new SENCOs a year."]],
     [["Since 2004 the Trust has run a two-day unaccredited course, Medical Conditions and Learning, which some "
       "1,900 SENCOs and teachers have attended. That course covered record keeping, emergency care plans and time "
       "management for busy SENCOs. It was not assessed and it will close in July 2009."]],
     [["New SENCOs ring our advice line most about the law, about provision mapping and about working with health "
       "services. A two-day course cannot carry this. A masters-level award, rooted in the participant's own school, can."]],
     [("R1.1", [["The University of Ashtonbury validates the programme as a Postgraduate Certificate in Special "
                 "Educational Needs Coordination: 60 credits at Master's level (M-level) in two 30-credit modules. The "
                 "University's validation event on 28 November 2008 approved the programme subject to two minor "
                 "conditions on reading lists, since met."]]),
      ("R1.2", [["The programme's first aim is to raise the achievement and improve the well-being of children and young "
                 "people with SEN and/or disabilities, including those whose learning is affected by medical conditions, "
                 "across all five Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making "
                 "a positive contribution and achieving economic well-being. Every Casework Task asks the participant to "
                 "show what changed for the pupils concerned, against those five outcomes, and the marking criteria give "
                 "weight to that evidence."]]),
      ("R1.3", [["Each participant leads a change in provision in their own school through Casework Task 3, Changing "
                 "Practice, and must show its effect on practice and on pupils. The programme outcomes are met through "
                 "what participants do in their schools, not through what they write about other schools."]])],
     "R1.1, R1.2 and R1.3 AGREED.")

# ---------------------------------------------------------------- SBAR 2
sbar(2, "Who can join",
     [["Applications open on 2 March 2009 for a September 2009 group of 24 and a January 2010 group of 16."]],
     [["Our old course was open to anyone who booked. There were no entry requirements and no checks of any kind."]],
     [["An M-level award is a different thing. We must be sure that the people we accept can reach all the outcomes by "
       "the end, and we must be fair to those we turn away."]],
     [("R2.1", [["Entry requirements: Qualified Teacher Status; in post as SENCO, or named by the head to take up the post "
                 "within the year; the headteacher's written support, including release for eight Study Days; and a "
                 "500-word statement about a piece of work for pupils with SEN that the applicant has led. A tutor "
                 "interviews each applicant by telephone and scores the statement and interview on the four-point entry "
                 "rubric in the Admissions Handbook; a score of 2 or more on each line is needed."]]),
      ("R2.2", [["Applicants who fall short are sent written guidance on what to do to reach the entry level, usually the "
                 "Trust's free SEN Basics e-module and a term of shadowing an experienced SENCO, and the tutor telephones "
                 "their headteacher to agree a route to a later intake."]]),
      ("R2.3", [["Participants are employed teachers. Enhanced CRB disclosure is the employer's responsibility and the "
                 "Trust will not ask for or check disclosure details. ",
                 ("-", "The Trust will see each candidate's enhanced CRB disclosure at interview and record its number."),
                 ("cm", "Ashtonbury admissions say they could check CRB for us at enrolment. Shall we add this?")]])],
     "R2.1, R2.2 and R2.3 AGREED.")

# ---------------------------------------------------------------- SBAR 3
sbar(3, "Starting points",
     [["Our participants will arrive with very different histories: some have been SENCOs for years without training, "
       "some were appointed last month, some come from special schools or hospital schools."]],
     [["The University's regulations allow accreditation of prior certificated learning (APCL) up to a third of an "
       "award. Its regulations on experiential learning (APEL) are permissive but leave the decision to the programme."]],
     [["A single course for everyone would waste the time of the experienced and lose the newest. Our advisers already "
       "start every school visit with an audit; the programme should start the same way."]],
     [("R3.1", [["Starting Point Audit: before SD1 each participant rates themselves against every national outcome, in "
                 "our plain-English wording (OM1 to OM23), on a four-point scale, giving evidence for each rating. Their "
                 "tutor checks the audit in a one-hour starting point conversation, challenging ratings that rest on "
                 "out-of-date knowledge. Together they write the Individual Training Plan (ITP): the participant's "
                 "personalised outcomes, the Study Day sessions and optional clinics to prioritise, and the focus of each "
                 "Casework Task. The ITP is reviewed at the mid-point tutorial in the second term."]]),
      ("R3.2", [["The University will accredit prior certificated study at Master's level of up to 20 credits against "
                 "Strand A or Strand B under its APCL regulations. Experience alone is not accredited: portfolio claims "
                 "for experience on our old course proved too hard to verify."]]),
      ("R3.3", [["An assessment-only route for very experienced candidates such as advisory teachers, who would submit the "
                 "Outcome Record and take the Case Review without the taught programme. ",
                 ("-", "Assessment-only candidates will be charged £650.")]]),
      ("R3.4", [["Tailoring: participants choose from twelve optional clinics (twilight or online) according to their ITP; "
                 "those whose audit and conversation show Strand A outcomes already secure take a shortened Strand A of two "
                 "days rather than three and spend the time on their Casework. The fee is £1,450, held below the sector "
                 "average by using the Trust's own centre, and the Trust offers bursaries of up to half the fee to schools "
                 "with fewer than 150 pupils."]])],
     "R3.1, R3.2 and R3.4 AGREED. R3.3 DEFERRED to 2010-11 while the University settles a fee structure.")

# ---------------------------------------------------------------- SBAR 4
sbar(4, "The shape of the programme",
     [["The programme runs over three terms: eight Study Days (SD1 to SD8) at Harebell House, Leamington, in four "
       "Strands, with three Casework Tasks done in the participant's own school and a final Case Review."]],
     [["Strand A, The Law and the Role (SD1, SD2); Strand B, Knowing the Child (SD3, SD4); Strand C, Teaching, Assessing "
       "and Planning (SD5, SD6); Strand D, Leading and Working Together (SD7, SD8). Module 1 (30 credits) is Strands A "
       "and B with CT1 and CT2; Module 2 (30 credits) is Strands C and D with CT3 and the Case Review."]],
     [["Our strength is in what medical conditions and disability do to learning and to school life. The University's "
       "strength is in research and in leadership of inclusion. The Strands draw on both."]],
     [("R4.1", [["SD1 covers current law, policy and guidance: the Education Act 1996, the SEN Code of Practice (2001), the "
                 "SEN and Disability Act 2001, the Disability Discrimination Acts 1995 and 2005 and the Disability "
                 "Equality Duty, the Children Act 2004 and Every Child Matters, Managing Medicines in Schools and Early "
                 "Years Settings (2005), and the Education (Special Educational Needs Co-ordinators) (England) Regulations "
                 "2008. Participants work through what each means for their school and for their own role."]]),
      ("R4.2", [["SD2 is built on recent research and inspection evidence: Ofsted's Inclusion: does it matter where pupils "
                 "are taught? (2006), the Bercow Review of services for children with speech, language and communication "
                 "needs (2008), the Education and Skills Committee's report on SEN (2006) and current research on "
                 "epilepsy, attention and memory in school-age children.",
                 ("fn", "Reading lists are revised each summer by the University's Centre for Inclusion; the 2009-10 list "
                        "includes the Lamb Inquiry's terms of reference and first evidence.")]]),
      ("R4.3", [["SD3 includes a session in which participants hear from two members of the Trust's Young People's Panel about "
                 "what it is like to have epilepsy or diabetes at school."]]),
      ("R4.4", [["SD5, Families as Partners, is co-delivered with parents from the Trust's Parents' Network. Participants "
                 "practise difficult conversations with families, advising parents on provision and on the Code's "
                 "procedures, and plan how they will work with families in CT2."]]),
      ("R4.5", [["Strand D develops participants' skills in advising, supporting and collaborating with colleagues in the "
                 "school and beyond it: class teachers and support staff, the school nurse, educational psychologists, "
                 "therapists, consultant paediatricians and voluntary organisations. In CT2 and CT3 each participant "
                 "works with colleagues inside and outside the school and reports what they did."]]),
      ("R4.6", [["Every Strand ends in practical activity in the participant's own school, set as a Casework Task that is tied "
                 "to named outcomes, so that what is learned on a Study Day is tried, evaluated and written up in school."]])],
     "R4.1 to R4.6 AGREED.")

# ---------------------------------------------------------------- SBAR 5
sbar(5, "Flexible study and Harebell Connect",
     [["New SENCOs cannot always be released on the same days, and some join a school mid-year."]],
     [["Our old course ran on fixed weekdays. Half of those who cancelled gave release as the reason."]],
     [["We need more than one way in and more than one way through, without losing the shape of the Strands."]],
     [("R5.1", [["Two start points each year, September and January. Strands B and C may be taken in either order. Each "
                 "Study Day ",
                 ("+", "is repeated on a Saturday later in the same month for participants who cannot be released, and "),
                 "may be replaced by the recorded version and a tutorial for anyone who misses it through illness. "
                 "Participants may study over three terms or spread the programme over five terms."]]),
      ("R5.2", [["Harebell Connect, the Trust's online learning space, holds all Study Day materials and recordings and a "
                 "discussion forum in which each participant belongs to a peer trio. Harebell Connect is a peer forum; "
                 "tutors do not post on it. Contact with tutors is at Study Days and the mid-point tutorial."]]),
      ("R5.3", [["A fortnightly telephone or online check-in between every participant and their tutor between Study Days."]])],
     "R5.1 and R5.2 AGREED. R5.3 DEFERRED: tutor capacity to be reviewed after the first term.")

# ---------------------------------------------------------------- SBAR 6
sbar(6, "Equality and access",
     [["The Trust exists for children with long-term conditions; a quarter of our own staff have one."]],
     [["Our Disability Equality Scheme (2007) covers our training as well as our services to families."]],
     [["Teachers with epilepsy, diabetes or other conditions have told us they avoid courses that make disclosure awkward. "
       "Our programme should be the easiest in the country for a disabled teacher to join."]],
     [("R6.1", [["The application form and the programme leaflet invite every applicant to tell us about any disability or "
                 "condition, explain why we ask, and name an adviser who will discuss adjustments in confidence. The "
                 "leaflet and all pre-course materials are available in large print, audio and Easy Read."]]),
      ("R6.2", [["Reasonable adjustments are agreed in writing before SD1 and reviewed each term: for example rest breaks, "
                 "a quiet room, extra time or alternative formats for Casework Tasks, a recorded rather than live Case "
                 "Review, and seizure-aware arrangements at Harebell House, where every tutor holds first-aid training "
                 "for seizures. Selection interviews and the entry rubric are reviewed each year for fairness."]]),
      ("R6.3", [["Data on applications, acceptances and outcomes by disability, ethnicity and gender are reported to the "
                 "Programme Board each year under the Race Relations (Amendment) Act 2000 and the Disability Equality Duty."]])],
     "R6.1 to R6.3 AGREED.")

# ---------------------------------------------------------------- SBAR 7
sbar(7, "Schools, families and young people",
     [["Our advice line logged 2,310 calls from schools in 2007-08, 41 per cent of them from SENCOs. In October 2008 we "
       "surveyed 186 SENCOs in 11 local authorities and held focus groups with the Parents' Network and with SEN officers "
       "from six local authorities."]],
     [["SENCOs asked for the law, for working with health services, and for days that do not all fall in one term. Parents "
       "asked that SENCOs learn to listen to families before planning. Local authority officers asked for provision mapping."]],
     [["These needs are reflected in the Strands: the law in Strand A, health services in SD4, families in SD5 and "
       "provision mapping in SD6."]],
     [("R7.1", [["Changes already made because of what stakeholders told us: SD4, Working with Health, was added after the "
                 "survey; Saturday repeats were added after the SENCOs' comments on release; SD5 was rewritten with the "
                 "Parents' Network; and provision mapping was moved from an optional clinic into SD6 at the officers' "
                 "request."]]),
      ("R7.2", [["Stakeholders in delivery: members of the Young People's Panel co-deliver a session in SD3; parents from "
                 "the Parents' Network co-deliver SD5; a community paediatrician and a school nurse speak at SD4; two "
                 "local authority SEN officers lead the provision mapping workshop in SD6."]]),
      ("R7.3", [["A stakeholder reference group of heads, parents and local authority officers to review the annual "
                 "evaluation each July and recommend changes to the Programme Board."]])],
     "R7.1 and R7.2 AGREED. R7.3 DEFERRED until the first group has finished.")

# ---------------------------------------------------------------- SBAR 8
sbar(8, "People and resources",
     [["The programme team is drawn from SEAS and the University's School of Education."]],
     [["SEAS employs nine education advisers and four paediatric nurse specialists. The University's Centre for "
       "Inclusion has five research staff working on SEN and disability."]],
     [["The team has the mix the programme needs: recent school leadership, SEN specialism, health knowledge and "
       "research. Workplace mentors are the gap."]],
     [("R8.1", [["Programme leader: Dr Ruth Okonjo, former SENCO and local authority SEN adviser, MEd (SEN), EdD on the "
                 "inclusion of children with epilepsy. Tutors: three SEAS advisers, each a qualified teacher who has been "
                 "a SENCO within the last five years, one with the NPQH; two University lecturers, one with a doctorate "
                 "in inclusive education; and a paediatric epilepsy nurse specialist for Strand B. Every tutor spends at "
                 "least ten days a year in schools through the advisory service and attends the University's annual SEN "
                 "research seminar, so that their knowledge stays current."]]),
      ("R8.2", [["Specialist expertise: participants have access to the Trust's nurse specialists, its clinical psychologist "
                 "and its assistive technology adviser, and to the University's Centre for Inclusion. We do not arrange "
                 "placements or visits: the programme is built on participants' own schools."]]),
      ("R8.3", [["Resources: the Trust's resource library of 1,400 books, packs and videos on SEN and medical conditions; "
                 "the assistive technology loan bank; the University's library and e-journals, which every participant can "
                 "use on and off campus; and Harebell Connect.",
                 ("fn", "The loan bank holds communication aids, seizure alarms, text-to-speech and mind-mapping software and "
                        "switch-access equipment, lent to participants for trial with pupils during Casework Tasks.")]]),
      ("R8.4", [["Every tutor attends a one-day induction with the University, receives the Tutor Handbook setting out roles, "
                 "marking and the Outcome Record, and takes part in a standardisation meeting before each marking round. "
                 "Workplace mentors, usually a deputy head, are sent a letter explaining the programme. ",
                 ("cm", "We could run a twilight briefing for mentors - add once costed?")]])],
     "R8.1 to R8.4 AGREED.")

# ---------------------------------------------------------------- SBAR 9
sbar(9, "Assessment and the award",
     [["Assessment must be rigorous and at M-level, and must show that each participant reaches the national outcomes."]],
     [["The University's M-level assessment criteria apply to all written work. The University's external examiner for "
       "its MA Inclusive Education will also examine this programme."]],
     [["Our advisers know how to judge practice in schools; the University knows how to mark at M-level. Both are needed."]],
     [("R9.1", [["Assessed components: CT1 Knowing the Child, a 3,000-word study of one pupil's needs, assessments, targets, "
                 "interventions and review; CT2 Family and Agency Conference, in which the participant plans, chairs and "
                 "evaluates a review meeting with the pupil's parents and at least one professional from another service, "
                 "with a 2,500-word reflection; CT3 Changing Practice, a 4,000-word account of a change in provision the "
                 "participant has led in their school, with its evaluation; and the Case Review, a 20-minute presentation "
                 "of the participant's casework followed by 25 minutes of questions from two assessors."]]),
      ("R9.2", [["Every Casework Task is marked against the University's M-level criteria and against the outcomes it is "
                 "mapped to in the Outcome Map (SBAR 11). A second tutor blind-marks a 25 per cent sample and all fails "
                 "and distinctions",
                 ("+", ", and all marks are moderated by the University's Programme Assessment Board with the external "
                       "examiner before they are confirmed"),
                 ". Tutors meet to standardise against marked exemplars before each marking round."]]),
      ("R9.3", [["The Outcome Record: a tutor signs off each outcome when the evidence has been seen in a Casework Task or "
                 "the Case Review. The award is made only when every national minimum outcome has been signed off on the "
                 "Outcome Record and confirmed by the Assessment Board; passing the tasks alone is not enough."]])],
     "R9.1 to R9.3 AGREED.")

# ---------------------------------------------------------------- SBAR 10
sbar(10, "Knowing whether it works",
     [["The Board asked how we will know whether the programme makes a difference to SENCOs and to children."]],
     [["On the old course we collected end-of-day forms and nothing else."]],
     [["We can measure participants' confidence and competence well. Measuring the effect on children is harder."]],
     [("R10.1", [["Internal evaluation: evaluation forms after every Study Day; a mid-point focus group run by a tutor who "
                  "does not teach that group; a termly tutor team review of marks, Outcome Records and participant "
                  "feedback. External evaluation: the external examiner's annual report, the University's annual "
                  "monitoring and periodic review, and any TDA monitoring. The programme leader turns the findings into "
                  "an action plan that the Programme Board approves each July and checks each term, and participants "
                  "are told what was changed."]]),
      ("R10.2", [["Participants re-take the Starting Point Audit at the end of the programme, so that confidence against each "
                  "outcome can be compared with the start, and the Outcome Record shows competence. We would like, in "
                  "time, to know whether pupils in participants' schools do better as a result. We have not yet found a "
                  "fair measure."]])],
     "R10.1 and R10.2 AGREED.")

# ---------------------------------------------------------------- SBAR 11
sbar(11, "Outcomes and the Outcome Map",
     [["The national minimum outcomes must all be developed and assessed. We have written them in our own words as OM1 "
       "to OM23 and mapped each to the Study Days that develop it and the task that assesses it."]],
     [["The map below was drafted by the tutor team in November and checked against the Starting Point Audits of the "
       "pilot volunteers."]],
     [["OM16, influencing strategy with senior leaders and governors, is where the pilot volunteers' starting point audits "
       "were weakest, and OM17b, using test data, the next weakest."]],
     [("R11.1", [["Adopt the Outcome Map below."]]),
      ("R11.2", [["Add identifying and arranging access arrangements for national tests and examinations to SD6 and to CT1."]])],
     "R11.1 AGREED. R11.2 DEFERRED: SD6 is already full.")

para(d, ("Outcome Map (adopted under R11.1)", "b"))
rows = [
    ("G", "Professional attributes"),
    ("OM1", "Fair, respectful and supportive relationships with pupils and their families", "SD3, SD5", "CT2"),
    ("OM2", "Winning the commitment of colleagues, the head and senior leaders", "SD7", "CT3 (the plan must show how the head and senior team were brought on board)"),
    ("OM3", "Anticipating problems, making sound decisions on provision", "SD6, SD8", "Case Review"),
    ("OM4", "Speaking and writing clearly; listening to others", "all Study Days; SD5 on listening to families", "all Casework Tasks and the Case Review"),
    ("OM5", "Using research and outside advice to improve practice", "SD2", "CT3 (literature review section)"),
    ("OM6", "Keeping up to date; owning one's own CPD", "ITP tutorials", "Not separately assessed"),
    ("G", "Professional knowledge and understanding"),
    ("OM7", "SEN law and the Code of Practice, and putting them into practice", "SD1", "CT1; Case Review"),
    ("OM8", "Every Child Matters and the SENCO's part in it", "SD1, SD4", "CT1"),
    ("OM9", "Disability equality law and what it requires of the school", "SD1", "CT3 (review of the school's accessibility plan)"),
    ("OM10", "How children develop, and how conditions, disability and environment affect development", "SD3", "CT1"),
    ("OM11", "Common SEN and disabilities: BESD, dyslexia and other SpLD, SLCN, ASD, MLD, and medical conditions including epilepsy", "SD3, SD4, clinics", "CT1; Case Review questions"),
    ("OM12", "Approaches and resources for assessment, planning, teaching and learning, including ICT", "SD4, SD6", "CT1"),
    ("OM13", "School self-evaluation and SEN outcomes", "SD7", "Formative only: tutor feedback on a draft SEF section, not marked"),
    ("OM14", "Best practice and research in meeting SEN", "SD2", "CT3"),
    ("OM15", "External agencies and how to get specialist support", "SD4", "CT2"),
    ("G", "Professional skills"),
    ("OM16", "Influencing strategy, ethos and resources with senior leaders and governors", "SD7", "—"),
    ("OM17", "Identifying pupils, setting targets, planning interventions, reviewing progress", "SD4, SD6", "CT1"),
    ("OM17a", "Using other professionals' assessments to shape teaching", "SD4", "CT1"),
    ("OM17b", "Using summative data, including national tests, to track progress", "SD6", "Not assessed"),
    ("OM17c", "Helping colleagues develop formative assessment for pupils with SEN", "SD6", "CT1 (section 4, advice to the class teacher)"),
    ("OM17d", "Access arrangements for national tests and examinations", "see R11.2", "see R11.2"),
    ("OM18", "Provision mapping; finding ineffective or missing provision", "SD6", "CT3"),
    ("OM19", "Supporting colleagues' development: observation, feedback, coaching, training", "SD7", "Formative only: peer coaching trio on SD7, feedback not marked"),
    ("OM20", "Reviewing provision with staff to inform self-evaluation", "SD7, SD8", "CT3 (evaluation section)"),
    ("OM21", "Pupils involved in planning and reviewing their own provision", "SD3 (Young People's Panel)", "Not assessed"),
    ("OM22", "Liaising with parents and carers", "SD5", "CT2"),
    ("OM23", "Partnership with other services and voluntary organisations", "SD4", "CT2"),
]
t = table(d, len(rows) + 1, 4, widths=[1.6, 7.4, 3.6, 4.2])
for i, h in enumerate(["Code", "Outcome (our wording)", "Developed in", "Assessed in"]):
    cell_text(t.cell(0, i), (h, "bw"), fill=DARK)
for r, row in enumerate(rows, 1):
    if row[0] == "G":
        m = t.cell(r, 0).merge(t.cell(r, 3))
        cell_text(m, (row[1], "b"), fill=LIGHT)
    else:
        for c, v in enumerate(row):
            cell_text(t.cell(r, c), v)
comment(d, t.cell(25, 1).paragraphs[0], "Deploying TAs is in SD7 - do we need a row for it?", author="J. Pryce", initials="JP")
para(d, "")

# ---------------------------------------------------------------- SBAR 12
sbar(12, "After the Award",
     [["The Award is a first step, and most of our old course members asked us what to do next."]],
     [["The University's MA Inclusive Education accepts the 60 credits of the Postgraduate Certificate."]],
     [["Participants are best placed to set their next targets with their own head, but they need help to do it."]],
     [("R12.1", [["SD8 ends with a Next Steps session: participants re-run the Starting Point Audit, use the Trust's Onward "
                  "Plan sheet to draft three professional targets for the next year, and take the sheet to a meeting with "
                  "their headteacher or line manager; the tutor discusses options with each participant, including the MA "
                  "and the Trust's specialist medical conditions modules."]])],
     "R12.1 AGREED.")

para(d, ("Signed for the Programme Board: ", "b"), "Helen Marchant, Chair of Trustees' Education Committee; "
     "Professor David Ellery, Head of the School of Education, University of Ashtonbury.")

save(d, str(HERE / f"{NAME}.docx"))
print("wrote", NAME)
