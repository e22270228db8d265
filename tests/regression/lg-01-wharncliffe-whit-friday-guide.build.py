"""lg-01-wharncliffe-whit-friday-guide: build script.

Provider (invented): the Wharncliffe and Dearne Brass Band Association, a federation of
the colliery and village bands of the Dearne and Don valleys, which has run training days
for music and SEN teachers in its bandrooms since 1998. It applies (January 2009) to run
the National Award for SEN Coordination with Sheafbridge University.

Document kind and layout: the Association's "Whit Friday Bands' Guide", the booklet it
gives bands for the Whit Friday march contests, rewritten as the guide to its Award
"Route". Heading styles (Heading 1 / Heading 2), a shaded title block with merged cells, a
glossary table of the Association's own terms (Players = participants, Conductors = tutors,
Stewards = school mentors, Adjudicators = markers, Villages = study days, the Parade =
school-based work between Villages, Contests C1-C3 = marked assessments, the March Card =
the outcomes, the Band Hut = the online forum, the Band Book = handbook), a table of
Villages with merged term rows, a VML text box ("The Adjudicator's Box") that carries the
marking and moderation arrangements, tracked changes (a deleted placements sentence; a
March Card cell changed from "Parade only" to "C3"), two Word comments, a header and a
footer (the footer claims CRB checks on all Players). The March Card ("Ref | The march (in
our words) | Played at | Judged at") has merged shaded group rows, values defined in the
key paragraph above it ("Parade only", a dash, "Not on the card"), and one row whose
"Not on the card" cell is merged across both columns.

Traps (requirement ids):
- Footer: "All Players are CRB checked by the Association" is a page footer, never
  evidence; the body says Players' disclosures are "a matter between the Player and the
  employing school" and the Association "does not ask to see it"; the CRB checks the body
  describes are on Stewards, not candidates (5.3 not_met: wrong people, someone else's
  responsibility, footer).
- The Walk-over (assessment-only) ran only at the 2007-08 pilot and "is not offered in
  2009" (2.3 not_met: past arrangement plus negation).
- Stakeholders in evaluation only hoped for: "We hope that heads, Stewards and parents
  will in time tell us ..." (4.3 not_met: aspiration). 4.1 and 4.2 are met by the 2008
  survey of heads and what it changed.
- Neighbouring association's flexible route (Sunday and evening Villages, online Villages)
  is Calder Vale's, "we have no such arrangement"; the Association's own flexibility is
  only making up a missed Village next year (3.2 partially_met: other provider).
- Placements sentence deleted as a tracked change; specialist guest conductors remain
  (5.5 partially_met: deleted text).
- Tuning Slip self-rating read by the Conductor, but "the Route is the same for every
  Player" (2.2 partially_met: needs assessed, no individual plan); same sentence makes
  2.4 partially_met (not tailored).
- Next steps only "if the Steward has time" (2.5 partially_met: condition, someone else).
- Research only in general terms, "Conductors bring the latest thinking" (1.3
  partially_met: generic).
- Impact on pupils only "we would like in time" ; Players' confidence is measured
  (5.9 partially_met).
- March Card: "Parade only" rows are worked on but not judged: 6.A3, 6.A7, 6.S2b, 6.S5,
  6.S7 partially_met, and with them 1.9 partially_met (not all outcomes assessed). A
  dash under "Played at" (judged, never taught): 6.K4 partially_met. "Not on the card":
  6.S2d not_met. 6.K7's cell is a tracked change from "Parade only" to "C3" (met: the
  insertion is part of the submission).
- A comment (not evidence) asks whether to mention an external examiner for C3; the
  text box itself gives moderation and the external examiner (5.8 met).
- 3.3 met: the Band Hut gives tutor replies, peer sections and support between Villages.
- 6.0 met: the award rule requires every march on the Card to be judged sound (the rule
  is stated; the gaps fall on the outcomes themselves).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _lg_helpers import (new_doc, para, runin, table, shade, cell_text, ins_run, del_run,
                         deleted_paragraph, text_box, header_footer, comment)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
AUTH, DATE = "Lorna Haigh", "2009-01-14T10:12:00Z"

d = new_doc("Georgia", 10.5)
header_footer(d, "Wharncliffe and Dearne Brass Band Association   |   Whit Friday Bands' Guide: the Award Route 2009",
              "All Players are CRB checked by the Association.   Printed by Dearne Valley Press, Goldthorpe.")

# ---- title block (merged cells, shaded) ----
t = d.add_table(rows=4, cols=3)
t.style = "Table Grid"
a = t.cell(0, 0).merge(t.cell(0, 2))
cell_text(a, "WHARNCLIFFE AND DEARNE BRASS BAND ASSOCIATION", bold=True, size=14)
shade(a, "1F3864")
a.paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
b = t.cell(1, 0).merge(t.cell(1, 2))
cell_text(b, "Whit Friday Bands' Guide: the Award Route 2009", bold=True, size=13)
shade(b, "FFD966")
cell_text(t.cell(2, 0), "The National Award for SEN Coordination", size=9)
cell_text(t.cell(2, 1), "Validated by Sheafbridge University", size=9)
cell_text(t.cell(2, 2), "Contest Secretary: Mrs Lorna Haigh", size=9)
c = t.cell(3, 0).merge(t.cell(3, 2))
cell_text(c, "Application to the TDA for approval, January 2009. Second printing of the Guide, with the Award Route added.", size=9)
para(d, "")

d.add_heading("A word from the Contest Secretary", level=1)
para(d, "Every Whit Friday since the pits opened, the bands of the Dearne and Don valleys have marched from village to village, "
     "playing the same march again and again until they play it well. Since 1998 the Association has also run "
     "\"Music for All\" days in our bandrooms for music teachers and SEN teachers, because our youth sections are full of "
     "children who learn differently, and our tutors have learned a great deal from them. In this Guide we set out the "
     "Award Route: the way a teacher new to the SENCo role marches, over one school year, through eight Villages and three "
     "Contests to the National Award for SEN Coordination.")
para(d, "We have kept the words bands know. This is deliberate: the teachers who come to us come because they know the "
     "bandroom, and the Route is run by the same people who run our contests. The glossary below says what each word means "
     "on the Award Route.")

d.add_heading("How to read this Guide", level=1)
table(d, [
    ["Our word", "What it means on the Award Route"],
    ["Player", "A teacher who has taken on, or is about to take on, the SENCo role in a school, and who is registered on the Award Route."],
    ["Conductor", "One of the Association's tutors. Each Player has a named Conductor for the whole year."],
    ["Steward", "An experienced SENCo in the Player's own school or a nearby school, who meets the Player between Villages."],
    ["Adjudicator", "A Conductor marking a Contest. No Conductor adjudicates the work of his or her own Players."],
    ["Village", "A study day, held on a Saturday in a member band's bandroom or miners' welfare hall."],
    ["The Parade", "The work a Player does in school between one Village and the next, agreed with the Steward."],
    ["Contest", "One of three marked assessments: C1, C2 and C3."],
    ["The March Card", "Our list of the 29 things a Player must be able to do by the end of the Route."],
    ["The Band Book", "The Route handbook, with the Parade tasks, the Contest briefs and the Stewards' section."],
    ["The Band Hut", "The Route's online forum and file store on the University's Blackboard site."],
])
para(d, "")

d.add_heading("1. The Award and the University", level=1)
para(d, "The Award Route is validated by the School of Education at Sheafbridge University as a module of its Postgraduate "
     "Certificate in Professional Practice. It carries 60 credits at Master's level (level 7). Players are registered "
     "students of the University for the year and have the use of its library and Blackboard. The University's Board of "
     "Examiners confirms every result and the Award is conferred by the University, alongside the national Award. The "
     "validation event was held on 3 December 2008 and the module was approved without conditions.")

d.add_heading("2. What the Route is for", level=1)
para(d, "The Route has one aim: that children and young people with SEN and disabilities in our schools achieve more and are "
     "happier and safer in school. By achievement we mean all five Every Child Matters outcomes: being healthy, staying safe, "
     "enjoying and achieving, making a positive contribution and achieving economic well-being, not test results alone.")
para(d, "Each Village is planned backwards from that aim. Every Contest brief asks the Player to write about named pupils with "
     "SEN and what the Player's work means for their learning and their well-being, and the Adjudicators judge it so. The Route is rooted in the Player's own school: every Village ends with a Parade task carried out there, "
     "and C3 is a change the Player leads in school over the spring and summer terms, so that by meeting the March Card the "
     "Player has already altered practice in a real school.")
para(d, "Conductors bring the latest thinking to every Village.")

d.add_heading("3. Entering the Route", level=1)
d.add_heading("3.1 Who may enter", level=2)
para(d, "A Player must hold qualified teacher status, be in post in a school in one of the four local authorities our bands "
     "serve, and have been named by the head as SENCo or SENCo-designate. Every applicant sends an entry form with the head's "
     "signed support and a short statement of their work with pupils with SEN, and every applicant has a half-hour "
     "conversation with the Contest Secretary and a Conductor. We look for enough knowledge of SEN and enough classroom "
     "experience to meet the whole March Card in a year; where an applicant is not yet ready we say so, and we offer a "
     "place on our \"Music for All\" days or the local authority's SEN induction course first, with a place on the next Route.")
d.add_heading("3.2 Credit for marches already played", level=2)
para(d, "Players who already hold credit at Master's level in SEN, for example the University's Certificate in Specific "
     "Learning Difficulties, may claim up to 20 credits through the University's accreditation of prior learning procedure. "
     "Players may also claim credit for experience: they build a short portfolio matched to the March Card, which two "
     "Adjudicators assess, and the claim goes to the University's APL panel. A Player given credit for a march does not play "
     "it again in a Contest.")
d.add_heading("3.3 The Tuning Slip", level=2)
para(d, "Before the first Village each Player fills in a Tuning Slip, rating themselves on each march on the March Card as "
     "\"in tune\", \"nearly\" or \"not yet\". The Conductor reads the Tuning Slip before the first Village. The Route is the "
     "same for every Player.")
d.add_heading("3.4 The Walk-over", level=2)
para(d, "At the pilot in 2007-08 a Walk-over was allowed: two very experienced SENCos from special schools were judged on all "
     "three Contests without marching the Villages. The Walk-over is not offered in 2009.")
d.add_heading("3.5 Checks", level=2)
para(d, "Every Steward is checked by the Association before appointment, including an enhanced CRB disclosure, which the "
     "Contest Secretary sees and records. A Player's own disclosure is a matter between the Player and the employing school; "
     "the Association does not ask to see it.")

d.add_heading("4. The Villages", level=1)
para(d, "Eight Villages, all on Saturdays from 9.30 to 3.30, in the bandrooms of member bands. The fifth Village is held "
     "at Hollin Bank Special School by invitation of its head.")
vt = d.add_table(rows=12, cols=4)
vt.style = "Table Grid"
rows = [
    ["Village", "Date", "Bandroom", "What is played"],
    ["AUTUMN TERM", None, None, None],
    ["1", "27 September 2008", "Grimethorpe Miners' Welfare", "The SEN Code of Practice and the law; Every Child Matters; the SENCo's voice in writing and speech"],
    ["2", "1 November 2008", "Wombwell Band Room", "Disability equality duties; relationships with pupils and families; access plans"],
    ["3", "6 December 2008", "Elsecar Village Band Hall", "The common needs (BESD, SpLD, SLCN, autism, MLD); research and what works"],
    ["SPRING TERM", None, None, None],
    ["4", "24 January 2009", "Dodworth Colliery Band Room", "Identifying needs, targets and interventions; assessment and teaching approaches; tracking progress"],
    ["5", "7 March 2009", "Hollin Bank Special School", "Outside agencies; consulting pupils; working with parents and carers"],
    ["6", "25 April 2009", "Denaby Main Band Room", "Provision mapping; school self-evaluation; developing colleagues"],
    ["SUMMER TERM", None, None, None],
    ["7", "13 June 2009", "Houghton Main Band Room", "Leading change with heads and governors; deploying staff; managing the SENCo's time"],
    ["8", "4 July 2009", "Grimethorpe Miners' Welfare", "The SENCo's own development; C3 presentations; the Encore"],
]
for i, r in enumerate(rows):
    if r[1] is None:
        m = vt.cell(i, 0).merge(vt.cell(i, 3))
        cell_text(m, r[0], bold=True, size=9)
        shade(m, "FFF2CC")
        continue
    for j, v in enumerate(r):
        cell_text(vt.cell(i, j), v, bold=(i == 0), size=9)
        if i == 0:
            shade(vt.cell(i, j), "D9D9D9")
para(d, "")
para(d, "Each Village has the same shape: a warm-up (Players share what happened on their last Parade), two sessions led by a "
     "Conductor or a guest conductor, a sectional in small groups, and the Parade task for the weeks ahead. Village 5 gives "
     "Players practice in consulting pupils: they learn to run pupil conversations and use talking mats and pupil passports, "
     "and on the Parade they consult three pupils about their support. Village 2 and Village 5 include role-played meetings "
     "with parents, and Players practise advising colleagues in the sectionals of Villages 4, 6 and 7, using cases they bring "
     "from their own schools and from the local authority's outreach services.")
para(d, "Our neighbours in the Calder Vale Band Association run their Route with Sunday and evening Villages and let Players "
     "take some Villages online; we have no such arrangement. On our Route a Player who misses a Village may make it up at "
     "the same Village on the following year's Route.")

d.add_heading("5. The Parade", level=1)
para(d, "Between Villages each Player carries out the Parade task in school and meets the Steward at least once each half term "
     "for an hour. The Steward signs the Parade log. The Parade tasks are practical and tied to the March Card: auditing the "
     "school's SEN register, observing a colleague's lesson, leading a review meeting with a parent, drawing up a provision "
     "map. Parade tasks are discussed at the next Village's warm-up but they are not judged.")

d.add_heading("6. The Band Hut", level=1)
para(d, "The Band Hut is the Route's online forum and file store on Sheafbridge University's Blackboard site. Every Player is "
     "put in a section of five Players who keep a shared thread going between Villages, and every Player has a private thread "
     "with the Conductor, who replies within two working days. Village handouts, readings and the Contest briefs are posted "
     "there, Contests are handed in there, and Stewards and heads have guest logins so that the Conductor, the Steward and the "
     "school can keep in touch about the Player's Parade. Players who are not confident with Blackboard are shown it at "
     "Village 1 and may ring the University's help desk.")

d.add_heading("7. The Contests", level=1)
para(d, "C1 (due 10 December 2008): a written case study of one pupil, with the law and guidance that apply and a record of "
     "how the Player worked with the pupil's family (3,000 words). C2 (due 20 March 2009): an analysis of how the school "
     "identifies and meets needs, with an intervention the Player has planned and reviewed (4,000 words). C3 (due 10 July "
     "2009): a change the Player has led in school with the head, governors and staff, presented at Village 8 and written "
     "up (4,000 words and a 15-minute presentation).")
text_box(d, [
    ("THE ADJUDICATOR'S BOX", True),
    ("On Whit Friday the adjudicator sits unseen and never knows which band is playing. So it is with the Contests: "
     "Players hand in under their University number only. Every Contest is marked against the March Card by one Adjudicator "
     "and second-marked by another, and the two agree the mark. The University moderates a sample of every Contest, with all "
     "fails and all borderline marks, and the University's external examiner sees the sample and every C3 and reports to the "
     "Board of Examiners. Adjudicators meet before each Contest to mark three scripts together and agree what \"sound\" looks like.", False),
], height="150pt")
p = para(d, "The Award is given only to a Player whom the Adjudicators have judged sound on every march on the March Card. "
         "A Player who is judged unsound on any march plays it again in a resubmission within eight weeks.")
comment(d, p.runs[0], "Do we need to name the external examiner for C3 here as well? LH", author="Lorna Haigh", initials="LH")

d.add_heading("8. Conductors, guest conductors and Stewards", level=1)
para(d, "The Route has four Conductors. Mrs Lorna Haigh (Contest Secretary) was SENCo at Darfield Comprehensive for twelve "
     "years and holds an MA in Inclusive Education. Mr Dennis Cawthorne is a former head of the Dearne local authority's "
     "learning support service and holds the OCR Diploma in SpLD. Dr Asha Verma is a senior lecturer in special education at "
     "Sheafbridge University. Mr Keith Ollerenshaw is an advanced skills teacher for autism at Hollin Bank Special School. All "
     "four teach on the Route each year and each takes at least five days a year of their own professional development in SEN, "
     "which the Contest Secretary records.")
para(d, "Guest conductors lead sessions at the Villages: an educational psychologist from the Dearne service at Village 4, a "
     "speech and language therapist and a CAMHS nurse at Village 5, and the sensory support team leader at Village 3.")
deleted_paragraph(d, "Each Player also spends two days on placement at Hollin Bank Special School or a resourced provision, "
                  "arranged by the Contest Secretary.", AUTH, DATE)
para(d, "Stewards are appointed by the Contest Secretary with the Player's head. Every new Steward attends a Stewards' day in "
     "September, has the Stewards' section of the Band Book, which sets out what the Steward does and does not do, and joins "
     "a termly Stewards' meeting with the Conductors. Conductors new to adjudicating are paired with an experienced "
     "Adjudicator for their first Contest, and all Conductors meet each term to plan the Villages.")
para(d, "Resources: every bandroom we use has a projector, screen and wireless internet, and we bring a set of ten laptops. The "
     "local authority's assistive technology team lends its \"Kit Van\" to Villages 3 and 4, with communication aids, "
     "text-to-speech and mind-mapping software for Players to try. Players have the University library's online journals and "
     "the Association's own library of SEN books in the Band Book list.")

d.add_heading("9. Hearing from the villages", level=1)
para(d, "In the spring of 2008 we sent a questionnaire to the heads of the 64 schools in the four local authorities that have a "
     "member band's youth section in their catchment, and 41 replied. We also met the SEN teams of the four local authorities "
     "and the Dearne Parent Partnership Service. Heads asked for more on working with parents and on getting the best from "
     "teaching assistants; the local authorities asked us to keep the Villages on Saturdays so that no supply cover is needed; "
     "the Parent Partnership Service asked us to hear parents directly. Because of this we added Village 5, in which two "
     "parents from the Parent Partnership Service speak and take questions, moved Staff Deployment into Village 7, and set "
     "the Contest dates clear of the national tests. The 2007-08 pilot Players' evaluations led us to shorten C2 from 5,000 "
     "to 4,000 words.")
para(d, "We hope that heads, Stewards and parents will in time tell us how the Route has gone for their schools.")

d.add_heading("10. Keeping the Route in tune", level=1)
para(d, "Players fill in an evaluation slip at the end of every Village, and the Conductors read them at their termly planning "
     "meeting and change the next Villages. Stewards write a short report at the end of each term. The University's annual "
     "monitoring report, the external examiner's report and the second-marking records go to the Association's Education "
     "Committee, which meets each term, keeps an action log, and reports what it has changed in the next year's Band Book.")
p = para(d, "At the first Village and again at Village 8 each Player rates their confidence on every march of the March Card, and "
         "the Education Committee compares the two. We would like in time to measure what difference the Route has "
         "made to pupils' achievement.")

d.add_heading("11. Open to every Player", level=1)
para(d, "The Association meets its duties under the Disability Discrimination Act and the Race Relations (Amendment) Act. "
     "Every bandroom on the Route is step-free with an accessible toilet; Villages are moved if a Player needs it. On the "
     "entry form we ask each Player what adjustments they need, and we provide papers in large print or electronically, a "
     "hearing loop, extra time and a scribe for presentations, agreed with the University's disability adviser. We monitor who "
     "applies and who completes by sex, ethnicity and disability and report it to the Education Committee each year.")

d.add_heading("12. After the last Village", level=1)
para(d, "The Route costs £1,150 a Player, paid by the local authority, which is less than half the cost of the University's own "
     "route because the bandrooms are free to us and no supply cover is needed. Village 8 ends with the Encore. If the Steward "
     "has time, the Player and Steward may talk about what the Player might work on next.")

d.add_heading("13. The March Card", level=1)
para(d, "The March Card is the Route's list of outcomes. Under \"Played at\" a Village number names the Village where the march "
     "is rehearsed. Under \"Judged at\", C1, C2 or C3 names the Contest in which it is marked. \"Parade only\" means the march "
     "is played in school on the Parade and talked through at a Village but is not judged in any Contest. A dash under "
     "\"Played at\" means no Village rehearses the march; the Player prepares it alone from the Band Book. \"Not on the card\" "
     "means the march is neither played nor judged this year.")

card = [
    ("ATTRIBUTES", None),
    ("M1", "Builds fair, warm and steady working relationships with pupils who have SEN or disabilities and with their families", "Village 2", "C1"),
    ("M2", "Wins the backing of the head, senior leaders and colleagues for better outcomes for these pupils", "Village 7", "C3"),
    ("M3", "Plans the SENCo's own time, sets priorities and hands tasks on to others, checking they get done", "Village 7", "Parade only"),
    ("M4", "Sees difficulties coming, weighs the evidence and makes sound decisions about provision", "Village 4", "C2"),
    ("M5", "Speaks and writes clearly and listens properly to what others think", "Village 1", "C1"),
    ("M6", "Uses research and outside advice to improve own teaching and that of colleagues", "Village 3", "C2"),
    ("M7", "Keeps up to date and takes charge of own professional development in SEN and disability", "Village 8", "Parade only"),
    ("KNOWLEDGE", None),
    ("M8", "Knows the law and guidance on SEN, the Code of Practice above all, what it means for the school and how to carry it out", "Village 1", "C1"),
    ("M9", "Knows the five Every Child Matters outcomes and how the SENCo helps children reach them", "Village 1", "C1"),
    ("M10", "Knows disability equality law (the DDA duties, the disability equality scheme, access plans) and what schools must do under it", "Village 2", "C1"),
    ("M11", "Knows how children grow and learn, and how SEN, disability and the setting shape that", "\u2013", "C2"),
    ("M12", "Knows the common needs (BESD, dyslexia and other SpLD, speech, language and communication needs, autism, MLD) and how each affects learning", "Village 3", "C2"),
    ("M13", "Judges critically the ways of assessing, planning and teaching, ICT included, and uses them to take barriers away", "Village 4", "C2"),
    ("M14", "Knows how school self-evaluation and improvement work for pupils with SEN", "Village 6", "TRACKED"),
    ("M15", "Knows what works best and what research says about meeting SEN", "Village 3", "C2"),
    ("M16", "Knows what outside agencies do and how to get their help and resources", "Village 5", "C3"),
    ("SKILLS", None),
    ("M17", "Works with senior leaders and governors to shape an inclusive ethos, policy and spending", "Village 7", "C3"),
    ("M18", "Spots pupils who may have SEN, sets stretching targets, plans interventions and reviews progress", "Village 4", "C2"),
    ("M19", "Uses the assessments of other professionals to shape teaching", "Village 5", "C2"),
    ("M20", "Uses summative results, national tests included, to track progress and change programmes", "Village 4", "Parade only"),
    ("M21", "Helps other teachers use formative assessment with pupils with SEN", "Village 6", "C3"),
    ("M22", "Puts special arrangements for national tests and examinations in place in good time", "MERGED", None),
    ("M23", "Maps provision, manages it and finds what is missing or not working", "Village 6", "C3"),
    ("M24", "Deploys and manages teaching assistants and other staff well", "Village 7", "C3"),
    ("M25", "Develops colleagues by observing, giving feedback, modelling, coaching and training", "Village 6", "Parade only"),
    ("M26", "Reviews provision with other staff and feeds what is learned into self-evaluation", "Village 6", "C3"),
    ("M27", "Makes sure pupils take part in planning, agreeing and reviewing their provision", "Village 5", "Parade only"),
    ("M28", "Keeps in good touch with parents and carers and works with them", "Village 5", "C1"),
    ("M29", "Works with other services and agencies, voluntary groups included", "Village 5", "C3"),
]
mt = d.add_table(rows=len(card) + 1, cols=4)
mt.style = "Table Grid"
for j, h in enumerate(["Ref", "The march (in our words)", "Played at", "Judged at"]):
    cell_text(mt.cell(0, j), h, bold=True, size=9)
    shade(mt.cell(0, j), "D9D9D9")
for i, row in enumerate(card, start=1):
    if row[1] is None:
        m = mt.cell(i, 0).merge(mt.cell(i, 3))
        cell_text(m, row[0], bold=True, size=9)
        shade(m, "FFF2CC")
        continue
    ref, text, played, judged = row
    cell_text(mt.cell(i, 0), ref, size=9)
    cell_text(mt.cell(i, 1), text, size=9)
    if played == "MERGED":
        m = mt.cell(i, 2).merge(mt.cell(i, 3))
        cell_text(m, "Not on the card", size=9)
        continue
    cell_text(mt.cell(i, 2), played, size=9)
    if judged == "TRACKED":
        c = mt.cell(i, 3)
        c.text = ""
        pp = c.paragraphs[0]
        del_run(pp, "Parade only", AUTH, DATE)
        ins_run(pp, "C3", AUTH, DATE)
        comment(d, pp.add_run(" "), "Moved into C3 after the validation panel asked for it. LH", author="Lorna Haigh", initials="LH")
    else:
        cell_text(mt.cell(i, 3), judged, size=9)
para(d, "")
para(d, "Signed for the Association: Lorna Haigh, Contest Secretary, and Harold Beevers, Chairman of the Education Committee. "
     "Signed for Sheafbridge University: Dr Asha Verma, Programme Leader.")

d.save(OUT)
print("wrote", OUT)
