"""jj-01-lowdale-passage-plan: builds jj-01-lowdale-passage-plan.docx next to itself.

Provider (invented): the Lowdale Canal Trust, a canal and waterways charity, whose learning and
outreach team ("Towpath Classroom") runs the National Award for SEN Coordination 2008-09, validated
by the University of Bramhope, School of Education.

Document kind and layout: the team writes its application as a navigational PASSAGE PLAN in the
Trust's boating house style, following the four stages of passage planning (Appraisal, Planning,
Execution, Monitoring). No heading styles: stage titles are bold capitalised Normal paragraphs and
sub-sections have typed numbers ("1.5 Crew list", "2.3 Route and waypoints", "3.3 Visiting other
harbours") that collide with requirement ids. A title block table with a merged, shaded title row;
a waypoint table (study days are waypoints WP0-WP9); a crew list table; a text box of "Master's
Standing Orders" (values only); typed "-" lists; a header and a footer; two Word comments; tracked
changes (one deleted sentence, one inserted sentence). Annex A is the "Passage Log" of the outcomes
in the Trust's own words and codes (MP1-MP28, "Mileposts"), with "Passed at" (the waypoint where it
is taught) and "Fixed by" (the marked assignment, a "Fix"); "Dead reckoning only" is defined as
practised and discussed but marked by no Fix.

Traps (requirement ids):
- Numbering collision: "3.3 Visiting other harbours" is about placements (5.5), "1.5 Crew list" is
  staff (5.4), "2.3 Route and waypoints" is the programme, not an assessment-only route.
- CRB: the Trust's boat crew and volunteers and Towpath Classroom staff hold disclosures (right words,
  wrong people); the footer says crew are checked; a comment asks whether to add a check on
  candidates. Nothing verifies candidates' disclosures (5.3 not_met).
- Assessment-only route: the 2007 pilot's "Single-handed passage" is a past arrangement and "is not
  offered on this passage" (2.3 not_met).
- A January departure exists only in a deleted tracked change; the legs must be taken in order; only
  the Radio Watch online legs give a blended mode (3.2 partially_met).
- Radio Watch (Moodle): tutor replies and support between waypoints, but peer support only hoped for
  (3.3 partially_met).
- The parents' session (WP5) was withdrawn; parents appear only in a reading (1.7 partially_met,
  6.S8 partially_met).
- The Advisory Crew shaped the design in 2007-08 (4.1, 4.2 met) but was stood down; in evaluation
  stakeholders only receive the Voyage Report and "would be welcome" to comment (4.3 partially_met).
- Placements: the Trust "does not arrange placements" (5.5 partially_met; specialist speakers met
  the expertise half).
- Pupil impact only hoped for "in a later year" (5.9 partially_met).
- No cost or value for money anywhere (2.4 partially_met).
- Second marking and moderation sentence is an inserted tracked change, so it counts (5.8 met).
- Outcomes: "Dead reckoning only" rows (6.A3, 6.A7, 6.K4, 6.S2d, 6.S6, 6.S8 partially_met); 6.K3
  is left to the University's separate module "not part of this passage" and 6.S4 to the local
  authority's course (both not_met); formative assessment (6.S2c) has no row at all (not_met).
  Because some outcomes are never fixed, assessment against all outcomes (1.9) and the award rule
  (6.0) are partially_met.
- Master's Standing Orders text box: values only, carries no requirement.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _jj_helpers import (new_doc, p, table, merge_row, shade, cell_text, ins, dele, text_box,
                         header_footer, save)

HERE = Path(__file__).parent
NAME = Path(__file__).name.replace(".build.py", "")

d = new_doc("Arial", 10)
header_footer(d, "LOWDALE CANAL TRUST  |  Towpath Classroom  |  PASSAGE PLAN PP/SENCo/2008-09  |  Issue 3",
              "Lowdale Canal Trust, registered charity no. 1098765. All Towpath Classroom crew hold enhanced CRB "
              "disclosures. Not to be used for navigation.")

# ---------- title block ----------
tb = table(d, [
    ["PASSAGE PLAN", None],
    ["Plan number", "PP/SENCo/2008-09 (Issue 3, October 2008)"],
    ["Vessel", "The Lowdale National Award for SEN Coordination, known on board as the Voyage"],
    ["Owner", "Lowdale Canal Trust (Towpath Classroom, the Trust's learning and outreach team)"],
    ["Classification", "Validated by the University of Bramhope, School of Education, as a 60-credit module "
                       "at Master's level (M-level, Level 7), code EDU7SC1. The University awards the credit."],
    ["Master", "Ruth Calloway, Head of Learning and Outreach"],
    ["Passage", "From WP0 Casting Off (13 September 2008) to WP9 Mooring Up (4 July 2009)"],
    ["Crew (participants)", "Up to 24 newly appointed SENCOs from Lowdale, Kennetshire and Hatherby schools"],
    ["Submitted to", "The TDA approval panel, with this plan's Annex A (Passage Log)"],
], header=False, widths=[4.2, 12.3])
merge_row(tb, 0, "PASSAGE PLAN  -  NATIONAL AWARD FOR SEN COORDINATION 2008-09", fill="1F4E5F")
for r in tb.rows[0].cells:
    for para in r.paragraphs:
        for run in para.runs:
            run.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
for i in range(1, 9):
    shade(tb.cell(i, 0), "E8EEF1")

p(d, "")
p(d, "Every boat that leaves the Trust's wharves with passengers does so under a written passage plan. When "
     "Towpath Classroom was asked by the local authorities to train new SENCOs, the crew who will run the course "
     "chose to set it out the way we set out every other journey we are responsible for: appraise the water, plan "
     "the route, say how we will run it, and say how we will know where we are. The panel will find the course in "
     "the four stages below and the outcomes in Annex A. Our vocabulary is explained as it first appears; a "
     "'waypoint' is a study day, a 'leg' is the work between two study days, a 'Fix' is a marked assignment and "
     "the 'crew' are the participants.")

# ---------- STAGE 1 ----------
p(d, "STAGE 1 - APPRAISAL", bold=True, size=12, color="1F4E5F")
p(d, "1.1 Purpose of the passage", bold=True)
p(d, "The purpose of the Voyage is that children and young people with special educational needs and "
     "disabilities in our schools achieve more and are safer, healthier and happier because their SENCO leads "
     "provision well. The Voyage's aims, its waypoints and its three Fixes are all built around pupils' "
     "achievement and well-being as the five Every Child Matters outcomes describe them: being healthy, staying "
     "safe, enjoying and achieving, making a positive contribution and achieving economic well-being. Each Fix "
     "asks the crew member to show what difference their work made to named pupils against at least two of the "
     "five outcomes, one of which must be enjoying and achieving.")
p(d, "1.2 Vessel particulars", bold=True)
p(d, "The Voyage carries 60 credits at Master's level, awarded by the University of Bramhope on the "
     "recommendation of its Board of Examiners. The University validated the module in June 2008 and it sits "
     "within the University's Postgraduate Certificate in Inclusive Practice, so that the credit counts towards "
     "an MA. The Trust teaches and runs the Voyage; the University validates, appoints the external examiner "
     "and holds the Board of Examiners.")
p(d, "1.3 Charts and publications consulted", bold=True)
p(d, "No plan is better than its charts. The Voyage was designed from, and is taught from, current research, "
     "inspection evidence and national developments, which the tutors refresh each term. The main charts are:")
for t in [
    "- Ofsted (2004) Special educational needs and disability: towards inclusive schools, and Ofsted (2006) "
    "Inclusion: does it matter where pupils are taught?, used on WP3 and WP7 for what good provision looks like;",
    "- the House of Commons Education and Skills Committee (2006) report on special educational needs;",
    "- the Bercow Review of services for children with speech, language and communication needs (interim "
    "report, March 2008), taught on WP2;",
    "- DfES (2004) Removing Barriers to Achievement, and the Inclusion Development Programme materials on "
    "dyslexia and speech, language and communication needs (2008);",
    "- recent research summaries on intervention for literacy and on pupils' views of support, which "
    "crew read before WP8.",
]:
    p(d, t)
p(d, "1.4 Notices to mariners: what we were told before we planned", bold=True)
p(d, "In the autumn of 2007 we surveyed the 61 headteachers and 58 SENCOs of schools in the three authorities "
     "(return rate 64 per cent), held two evening meetings of the Lowdale SENCO Forum and met the three "
     "authorities' SEN teams and the Lowdale Parent Partnership Service. What they told us is in the table, with "
     "what we changed as a result. The group that met most often, the Advisory Crew of six SENCOs, two heads and "
     "an authority adviser, shaped the design through 2007-08.")
table(d, [
    ["What we were told", "Who told us", "What we changed"],
    ["New SENCOs are isolated and need someone outside their own school to talk to between days",
     "SENCO survey; Forum", "Every crew member has a Pilot (mentor) from another school; WP visits to their school"],
    ["Study days in term time are hard to release staff for",
     "Headteachers' survey", "Four of the ten waypoints fall on Saturdays; online legs between the rest"],
    ["Assessments should be about the school, not essays about theory",
     "Advisory Crew", "All three Fixes are set in the crew member's own school"],
    ["Newly qualified SENCOs lack confidence with data and provision maps",
     "Authority SEN teams", "WP3 doubled to a full day on data and provision mapping"],
], widths=[6, 3.5, 7])
p(d, "The Advisory Crew was stood down when the design was finished in May 2008.")

p(d, "1.5 Crew list (the staff)", bold=True)
table(d, [
    ["Role", "Name", "Qualifications and current practice"],
    ["Master (programme leader)", "Ruth Calloway",
     "MA Special and Inclusive Education (Bramhope); former SENCO for nine years in a Lowdale comprehensive; "
     "National SENCO Standards trainer for the authority 2004-07"],
    ["Mate (tutor)", "Dr Imran Bashir",
     "PhD (autism and secondary transition); educational psychologist with Kennetshire until 2007; still "
     "practises two days a month"],
    ["Mate (tutor)", "Helen Marsh",
     "NPQH; headteacher of Wharfside Special School until 2008; Ofsted additional inspector"],
    ["Bosun (course administrator)", "Peter Ainsworth", "Runs Towpath Classroom's bookings and the Moodle site"],
    ["University link tutor", "Dr Sarah Onions",
     "Senior lecturer in inclusive education, University of Bramhope; chairs the Board of Examiners"],
], widths=[4, 3.5, 9])
p(d, "All three tutors keep their specialist knowledge current through the University's SEN research group, "
     "which meets monthly, and each spends at least five days a year working in schools.")

p(d, "1.6 Pilots", bold=True)
p(d, "Each crew member is met at WP0 by a Pilot: an experienced SENCO from another school, recruited through "
     "the Forum, who visits them in school three times during the passage and signs their Passage Log entries. "
     "Pilots attend a half-day Pilots' Briefing in September at which the Master goes through the Pilot's Card "
     "(what a Pilot does and does not do), how to record a visit, and the difference between advising and "
     "assessing: Pilots never mark a Fix. Tutors are briefed on the marking criteria and the Fix briefs at a "
     "tutors' meeting before each Fix is set, and both Pilots and tutors hold the Voyage Handbook.")

p(d, "1.7 Crew fitness to sail (who may join)", bold=True)
p(d, "Applicants must hold Qualified Teacher Status, be in post as SENCO or be named by their headteacher to "
     "become SENCO within the year, and have their headteacher's signed support, including release for the "
     "weekday waypoints. Each applicant completes a short application on which they describe their present role "
     "and their experience of pupils with SEN, and is interviewed by phone by a tutor, who checks that they "
     "have the knowledge and classroom experience to start at WP1 and to reach the outcomes by WP9. Where a tutor "
     "thinks an applicant is not ready, we offer a place on the following year's passage and name reading and "
     "school experience to complete first.")

p(d, "1.8 Safety of the vessel", bold=True)
p(d, "All the Trust's boat crew and volunteers who work with children hold enhanced CRB disclosures, renewed "
     "every three years, and the Trust's safeguarding officer keeps the register. Towpath Classroom staff are "
     "included in that register.")
para = p(d, "The Wharf Education Centre is on the ground floor with level access from the car park, an accessible "
            "toilet and a hearing loop in both rooms. Before WP0 each crew member is asked about any disability "
            "or other need, and the Master agrees adjustments with them: handouts in large print or electronic "
            "form, a reader or extra time for the Fix 3 presentation, and extended deadlines agreed through the "
            "University's Disability Service, with whom we share the request with the crew member's consent. "
            "The Trust meets its duties under the Disability Discrimination Act for every participant.")
d.add_comment(para.runs[0], text="Should 1.8 say that we check the crew members' own CRB disclosures? The Trust "
              "register only covers our boat crew and staff. - SO", author="Sarah Onions", initials="SO")

# ---------- STAGE 2 ----------
p(d, "STAGE 2 - PLANNING", bold=True, size=12, color="1F4E5F")
p(d, "2.1 Sea time already logged (prior learning)", bold=True)
p(d, "Crew who already hold M-level credit in SEN from the University or elsewhere may ask, on application, to "
     "have up to 20 credits accredited through the University's Accreditation of Prior Learning procedure. Crew "
     "whose SEN experience is substantial but uncertificated may make an APEL claim: a portfolio mapped against "
     "the Mileposts of Annex A, judged by a tutor and confirmed by the Board of Examiners. A successful claim "
     "exempts the crew member from the parts of Fix 1 or Fix 2 that the claim covers; it never exempts Fix 3.")
p(d, "2.2 Pre-departure check", bold=True)
p(d, "At WP0 every crew member completes the Pre-departure Check: a self-rating against each of the 28 "
     "Mileposts, on a 1-5 scale, with evidence, which their Pilot reads and challenges. The tutor then agrees "
     "with them an Individual Passage Plan: the Mileposts they need most, the home-water tasks they will "
     "choose for each leg, and three personal Mileposts of their own, written in their own words, that their "
     "Fixes will address. The Individual Passage Plan is reviewed at WP4 and WP7. Crew with a strong start on "
     "some Mileposts choose harder home-water tasks for those legs, and crew with gaps are given extra "
     "reading and a further Pilot visit.")

p(d, "2.3 Route and waypoints", bold=True)
p(d, "The route has ten waypoints. Weekday waypoints run 9.30 to 4.00 at the Wharf Education Centre, "
     "Lowdale Basin; Saturday waypoints run 9.30 to 1.30. Between waypoints each leg has a home-water task, done "
     "in the crew member's own school, and a Radio Watch (online) activity.")
wp = [
    ["WP", "Date", "Name on board", "What happens on the waypoint", "Home-water task on the leg that follows"],
    ["WP0", "Sat 13 Sep 2008", "Casting Off",
     "Induction; Pre-departure Check; meet Pilots; the SENCO's role in law and in school",
     "Shadow your head for a morning; write the Individual Passage Plan"],
    ["WP1", "Thu 2 Oct", "The Chart Room",
     "SEN law and the SEN Code of Practice 2001; Every Child Matters, the five outcomes and the SENCO's part "
     "in them; the authority's SEN policy and funding",
     "Compare your school's SEN policy with the Code; note three gaps"],
    ["WP2", "Sat 8 Nov", "Reading the Water",
     "How children develop; the common types of SEN (BESD, specific learning difficulties including "
     "dyslexia, speech, language and communication needs, autism, moderate learning difficulties) and how "
     "they affect learning; specialist speakers from the authority's autism and SLCN teams",
     "Profile one pupil using what specialists have written about them"],
    ["WP3", "Thu 4 Dec", "Working the Lock",
     "Identifying pupils, setting challenging targets, planning and reviewing interventions; using assessments "
     "by other professionals; using P scales, Key Stage tests and tracking data to follow progress and change "
     "programmes; provision mapping and finding ineffective or missing provision",
     "Draw your school's provision map; Fix 1 handed in 16 January"],
    ["WP4", "Sat 17 Jan 2009", "Crew's Voice",
     "Consulting children and young people: the Towpath Talk method (walking interviews, photo diaries, "
     "talking mats); involving pupils in planning and reviewing their own targets; fair and respectful "
     "relationships with pupils and families",
     "Run three Towpath Talk conversations with pupils and use them in one review"],
    ["WP5", "Thu 12 Feb", "Passing Places",
     "Leading colleagues: gaining the commitment of the head and senior team; working with governors on "
     "policy and ethos; coaching, observation and feedback, running staff training; speaking and writing "
     "clearly for different audiences",
     "Observe a colleague and give coaching feedback; present to governors or SLT"],
    ["WP6", "Sat 14 Mar", "Other Boats on the Water",
     "External agencies and voluntary organisations: what they do and how to get their help; working in "
     "partnership; the authority's multi-agency panel; speakers from health, social care and two charities",
     "Map the services your pupils use; Fix 2 handed in 3 April"],
    ["WP7", "Thu 23 Apr", "Gauging the Cargo",
     "School self-evaluation and improvement for SEN: the SEF, Ofsted's evidence, setting SEN priorities; "
     "reviewing the effectiveness of provision with other staff",
     "Review one intervention with the staff who run it"],
    ["WP8", "Sat 16 May", "The Final Lock",
     "Research and best practice; using research and external advice; approaches, strategies and resources "
     "including ICT; making sound judgements about provision; managing your time; access arrangements for "
     "tests and examinations; keeping up to date",
     "Finish the Change Voyage; Fix 3 handed in 19 June"],
    ["WP9", "Sat 4 Jul", "Mooring Up",
     "Fix 3 presentations; Onward Passage Notes; evaluation", "-"],
]
table(d, wp, widths=[1.2, 2.4, 2.6, 6.3, 4.3], size=8.5)
p(d, "")
p(d, "A session on working with parents and carers was planned as the second half of WP5, led by the Parent "
     "Partnership Service. The Service cannot staff it in 2008-09 and the session has been withdrawn for this "
     "passage; parents and carers are covered instead by Reading R4 in the Voyage reading pack.")

p(d, "2.4 Tidal windows and departures", bold=True)
para = p(d, "The Voyage departs once, in September, from the Wharf Education Centre. ")
dele(para, "A second departure, in January 2009 from the Kennet Wharf Centre, will take a further twelve crew "
           "through the same waypoints in a different order. ", author="Ruth Calloway", date="2008-10-02T16:20:00Z")
para.add_run("The legs must be taken in order, because each Fix builds on the waypoints before it. Crew who "
             "cannot attend a waypoint follow it on the Radio Watch from the recorded slides and notes and "
             "complete its home-water task, so that up to two waypoints may be taken at a distance.")

p(d, "2.5 Radio Watch (online legs)", bold=True)
p(d, "Radio Watch is the Voyage's Moodle site, hosted by the University. Every leg has a Radio Watch activity: "
     "a short reading, a task and a forum thread. A tutor is on watch for each leg and answers every post or "
     "e-mail within three working days, and crew can book a 20-minute phone call with their tutor between "
     "waypoints. Slides, recordings and the reading pack are all posted there. We hope crews will use the "
     "channel to talk to one another between waypoints, but there is no set peer activity on the Radio Watch.")

p(d, "2.6 Bolt holes (if the passage cannot be completed)", bold=True)
p(d, "A crew member who falls ill or changes job may suspend the passage and rejoin at the same waypoint next "
     "year, keeping any Fix already passed. The 2007 pilot passage offered a Single-handed Passage, in which an "
     "experienced SENCO could go straight to the three Fixes without the waypoints. The Single-handed Passage is "
     "not offered on this passage.")

# ---------- STAGE 3 ----------
p(d, "STAGE 3 - EXECUTION", bold=True, size=12, color="1F4E5F")
text_box(d, [
    "!Master's Standing Orders",
    "Every child deserves a fair passage.",
    "No crew member sails alone.",
    "We value what crew bring aboard as much as what we give them.",
    "We keep a clear log and an honest one.",
], height_cm=3.4)
p(d, "3.1 Crew briefing: how a waypoint runs", bold=True)
p(d, "Each waypoint opens with a 'Where are we?' round in which each crew member says what happened on the leg "
     "just finished. A tutor then teaches the waypoint's content, mostly through cases from Lowdale schools, and "
     "the afternoon is spent in Pilot groups of four working on the home-water task that follows. Every waypoint "
     "ends with the Master setting the leg: the task, the Radio Watch activity and the reading.")
p(d, "3.2 Home-water tasks", bold=True)
p(d, "Every leg's task is done in the crew member's own school and is tied to the Mileposts that the waypoint "
     "teaches (see the waypoint table). The tasks are the raw material of the Fixes, so practice in school and "
     "the outcomes of the course are the same thing. Pilots see the tasks on their visits. Crew learn to advise "
     "and support colleagues within the school (WP5) and beyond it, through the Forum and the multi-agency "
     "panel (WP6), and the Fix 3 Change Voyage must involve at least one colleague outside the crew member's "
     "own school.")
p(d, "3.3 Visiting other harbours", bold=True)
p(d, "The Voyage draws on specialist expertise beyond its tutors: speakers from the authority's autism, SLCN, "
     "sensory and behaviour support teams on WP2 and WP6, an educational psychologist on WP3 and two voluntary "
     "organisations on WP6. Crew who wish to see practice in a special school may arrange a visit themselves; "
     "the Trust does not arrange placements.")
p(d, "3.4 Stores and equipment", bold=True)
p(d, "The Wharf Education Centre has a reference library of SEN texts and assessment materials which crew may "
     "borrow, laptops and a projector in both rooms, and a set of assistive technology (text-to-speech and "
     "mind-mapping software, communication aids and switch devices) on loan from the authority's ICT "
     "inclusion team. As University students, crew have full use of the University library, its e-journals and "
     "Radio Watch.")

# ---------- STAGE 4 ----------
p(d, "STAGE 4 - MONITORING", bold=True, size=12, color="1F4E5F")
p(d, "4.1 Position fixes (the assessment)", bold=True)
p(d, "We know where a crew member is by taking a Fix. There are three, each marked against the Mileposts it "
     "carries in Annex A, and each must be passed:")
table(d, [
    ["Fix", "What the crew member hands in", "Length", "Due"],
    ["Fix 1  The Pupil Passage",
     "A study of one pupil with SEN: their needs, what specialists and the pupil have said, targets, the "
     "intervention and its review", "3,000 words", "16 Jan 2009"],
    ["Fix 2  The Harbour Survey",
     "An audit of the school's SEN provision, with its provision map, its data, its use of outside agencies "
     "and its place in the school's self-evaluation and SEN policy", "3,500 words", "3 Apr 2009"],
    ["Fix 3  The Change Voyage",
     "A change the crew member leads in their school, with colleagues and the head, with evidence of its "
     "impact on pupils and staff; written up and presented at WP9", "4,000 words and a 15-minute presentation",
     "19 Jun 2009"],
], widths=[3.6, 8.2, 2.7, 2.0])
p(d, "The Fix 3 Change Voyage is where crew show the difference they have made: it is passed only where the "
     "crew member shows, with evidence from pupils and staff, the effect of the change on provision in their "
     "school.")
p(d, "Between the Fixes, crew keep dead-reckoning entries on the Radio Watch: a fortnightly reflective entry "
     "that a tutor reads and replies to. Dead reckoning is how we estimate position between Fixes; entries are "
     "not marked and count towards nothing.")
p(d, "4.2 Checking the fixes", bold=True)
para = p(d, "Each Fix is marked by the crew member's tutor against the published criteria. ")
ins(para, "Every Fix is second-marked by the other tutor, and a sample of a third of each Fix, with all fails "
          "and borderlines, goes to the University's external examiner for moderation before the Board of "
          "Examiners.", author="Sarah Onions", date="2008-10-09T11:05:00Z")
p(d, "4.3 Arrival", bold=True)
p(d, "Arrival, the Award, is declared by the Board of Examiners when the crew member has passed Fix 1, Fix 2 and "
     "Fix 3, and when every Milepost shown as Fixed in Annex A has been met in the Fix that carries it. A Fix "
     "that is failed may be resubmitted once.")
p(d, "4.4 Onward passage", bold=True)
p(d, "At WP9 each crew member writes an Onward Passage Note with their Pilot: two or three professional targets "
     "for the next year, the support they will need, and whether to carry their 60 credits on to the "
     "University's MA in Inclusive Practice. The Master sends the Note to their headteacher for the school's "
     "performance management.")
para = p(d, "4.5 The ship's log (how we evaluate the Voyage)", bold=True)
p(d, "The Voyage is evaluated from the inside and the outside:")
for t in [
    "- crew complete a short evaluation at every waypoint, and tutors change the next waypoint in the light of "
    "it;",
    "- the Pre-departure Check is repeated at WP9, so that each crew member's ratings of their competence and "
    "confidence against the 28 Mileposts can be compared with their ratings at WP0;",
    "- Pilots' visit records are read by the Master each term for what they say about the course;",
    "- the external examiner reports each year on standards, and the University's annual monitoring reviews "
    "the module;",
    "- the Master writes a Voyage Report each summer with the changes for the next passage, which the "
    "University's School of Education committee approves.",
]:
    p(d, t)
para = p(d, "At the end of the passage headteachers and the three authorities will receive a copy of the Voyage "
            "Report, and their comments on it would be welcome. We hope in a later year to follow up the "
            "progress of pupils in crew members' schools, but we have not yet found a measure that we trust.")
d.add_comment(para.runs[0], text="Could the parents' forum join a steering group for evaluation? To discuss with "
              "RC.", author="Helen Marsh", initials="HM")

# ---------- ANNEX A ----------
p(d, "ANNEX A - THE PASSAGE LOG: MILEPOSTS AND FIXES", bold=True, size=12, color="1F4E5F")
p(d, "Each Milepost is an outcome the crew must reach, in our words. 'Passed at' is the waypoint where the "
     "Milepost is taught. 'Fixed by' is the Fix in which it is marked. 'Dead reckoning only' means the Milepost "
     "is practised on the leg and discussed on the Radio Watch, but no Fix marks it.")
rows = [["MP", "Milepost", "Passed at", "Fixed by"]]
groups = [
    ("BEARING (how a SENCO conducts themselves)", [
        ("MP1", "Keeps fair, warm, honest and constructive relationships with pupils with SEN and their families",
         "WP4", "Fix 1"),
        ("MP2", "Brings the head and senior team on board and keeps colleagues committed", "WP5", "Fix 3"),
        ("MP3", "Plans own time, decides what comes first and hands tasks on sensibly", "WP8",
         "Dead reckoning only"),
        ("MP4", "Sees trouble ahead, solves problems and makes sound calls about provision", "WP3, WP8", "Fix 2"),
        ("MP5", "Speaks and writes clearly; listens to others and understands their view", "WP5",
         "Fix 3 (presentation)"),
        ("MP6", "Uses research and outside advice to improve own and colleagues' practice", "WP8", "Fix 3"),
        ("MP7", "Keeps up to date and takes charge of own professional development in SEN", "WP8",
         "Dead reckoning only"),
    ]),
    ("CHARTS (what a SENCO knows)", [
        ("MP8", "SEN law and the Code of Practice, what they mean for the school and how to carry them out",
         "WP1", "Fix 2"),
        ("MP9", "Every Child Matters: its principles, its five outcomes and the SENCO's part", "WP1", "Fix 1"),
        ("MP10", "Disability equality law and what it requires of the school",
         "Not on this passage (see note)", "-"),
        ("MP11", "How children grow and learn, and how SEN, disability and surroundings affect that",
         "WP2", "Dead reckoning only"),
        ("MP12", "The common kinds of SEN and disability and how each affects learning", "WP2", "Fix 1"),
        ("MP13", "Approaches, strategies and resources for assessing, planning, teaching and learning, "
                 "including ICT, weighed critically", "WP3, WP8", "Fix 1"),
        ("MP14", "How a school evaluates and improves itself for pupils with SEN", "WP7", "Fix 2"),
        ("MP15", "Best practice and what research has found about meeting SEN", "WP8", "Fix 3"),
        ("MP16", "What outside agencies do and how to get specialist help and resources", "WP6", "Fix 2"),
    ]),
    ("SEAMANSHIP (what a SENCO does)", [
        ("MP17", "With the head, senior staff and governors, shapes an inclusive ethos, policy, priorities and "
                 "budget", "WP5", "Fix 2"),
        ("MP18", "Spots pupils who may have SEN, sets stretching targets, plans interventions, reviews progress",
         "WP3", "Fix 1"),
        ("MP19", "Uses other professionals' assessments to shape teaching", "WP3, WP6", "Fix 1"),
        ("MP20", "Uses tests and tracking data to follow progress and change programmes", "WP3", "Fix 2"),
        ("MP21", "Sorts out access arrangements for tests and examinations in good time", "WP8",
         "Dead reckoning only"),
        ("MP22", "Maps and manages provision and finds what is not working or missing", "WP3", "Fix 2"),
        ("MP23", "Deploys and manages teaching assistants and other staff", "Not on this passage (see note)", "-"),
        ("MP24", "Helps colleagues develop: observing, feedback, modelling, coaching, training", "WP5", "Fix 3"),
        ("MP25", "Reviews with colleagues how well provision works, feeding school self-evaluation", "WP7",
         "Dead reckoning only"),
        ("MP26", "Makes sure pupils help plan, agree and review their own provision", "WP4", "Fix 1"),
        ("MP27", "Works well with parents and carers", "Reading R4", "Dead reckoning only"),
        ("MP28", "Works in partnership with other services and agencies, including voluntary organisations",
         "WP6", "Fix 3"),
    ]),
]
group_rows = []
for g, items in groups:
    group_rows.append(len(rows))
    rows.append([g, None, None, None])
    for it in items:
        rows.append(list(it))
t = table(d, rows, widths=[1.3, 9.5, 3.0, 2.8], size=8.5)
for gi in group_rows:
    merge_row(t, gi, rows[gi][0], fill="D9E2E7")
p(d, "")
p(d, "Note on MP10 and MP23. Disability equality law is taught in the University's separate module Inclusive "
     "Education Law, which crew may take as an option; it is not part of this passage. Deploying and managing "
     "teaching assistants is covered by the local authority's TA Managers course, which most of our schools "
     "already send their SENCOs to.")
p(d, "Signed for the Trust: Ruth Calloway, Master, 10 October 2008.")

save(d, HERE / f"{NAME}.docx")
print("wrote", NAME)
