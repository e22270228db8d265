"""jp-01-hessledale-operating-notice

Provider (invented): the Learning Team ("Learning on the Line") of the Hessledale Railway
Trust, a heritage steam railway, working with the School of Education of the University
of Calderbourne, which validates the award. October 2008, for a January 2009 start.

Document kind and layout: the course written as a SPECIAL SUPPLEMENT to the railway's
Weekly Operating Notice (WON No. 38 of 2008), the staff notice a heritage railway issues
each week about special trains, speed restrictions, possessions and rule changes. Every
item is a numbered notice ("38/101" ...) under lettered sections (A General Instructions,
B Learning Specials, C Temporary Speed Restrictions, D Possessions and Line Closures,
E Staff Notices, F Safety of the Line, G Tickets and Fares, H Stations and Stops,
J Right Time Performance, K Future Timetable), with bold run-in titles and no heading
styles. House vocabulary: participants are "Travellers", study days are "Learning
Specials" with headcodes 1L01-1L08 (2L.. for the September start), tutors are "Drivers",
school-based mentors are "Guards", the online forum is "the Signal Box" watched by a
"Signaller", the four marked assignments are "Ticket Inspections" TI-1 to TI-4 marked by
"Inspectors", the needs assessment is the "Pre-departure Check" giving a "Journey Plan",
APL is a "Through Ticket", an assessment-only route would be a "Light Engine Movement",
reasonable adjustments are "Temporary Speed Restrictions", the steering group is the
"Operating Committee". The outcomes are "Stations" on three "Platforms" in a table
(Section H) with merged, shaded platform rows and columns "Served by" / "Tickets
examined"; its key ("OPEN TICKET", "REQUEST STOP") sits only in a VML text box.
Header ("PRIVATE - for the use of the Trust's staff only") and footer. Tracked changes by
two authors, two Word comments, an acknowledgement slip with blank prompts at the end.

Traps (requirement ids):
- 1.3 partially_met: only "refreshed each season to keep pace with current thinking";
  no research or inspection evidence named.
- 1.5 partially_met: beyond the REQUEST STOP, pupil voice is only a wish for the 2010 timetable (Notice 38/1002), and the
  1L09 "Pupil Voice Special" exists only in a tracked DELETED paragraph.
- 1.9 partially_met: three stations are "OPEN TICKET" (worked, never marked), one a
  "REQUEST STOP", one "Not served", one only on a closed course; so not every outcome is assessed.
- 2.1 partially_met: Through Tickets for prior credit only; "Experience alone, however
  long, does not earn a Through Ticket."
- 2.3 not_met: Possession notice: no Light Engine Movements in the 2009 timetable; the
  sentence offering one is a tracked deletion.
- 2.5 partially_met: only a leaflet of further modules ("Onward Connections").
- 3.3 partially_met: the Signal Box is a peer space; "Drivers do not answer questions
  in the Signal Box"; it closes in school holidays. Peer support and some between-session
  contact only.
- 4.3 met, with distractor: "Headteachers of Travellers' schools may be asked" is only a
  possibility, but the Operating Committee (council SEN managers, headteachers, an elected
  Traveller) reads the evaluation evidence, and council services give guest sessions.
- 5.3 met, with distractor: the Trust's volunteers' CRB checks (wrong people) sit beside
  the real system (headteacher certifies disclosure number and date, Learning Manager
  checks before a place is confirmed).
- 5.5 partially_met: guest specialists, but no placements; the Education Carriage's school
  parties are the railway's visitors, not placements (wrong context); visits to other
  settings are arranged by Travellers themselves.
- 5.8 met only through a tracked INSERTION (second marking and moderation).
- 5.9 partially_met: confidence self-ratings measured; impact on pupils only hoped for
  ("we hope in time"); a comment asks whether pupil data can be promised (comment not
  evidence).
- 6.0 partially_met: award on an aggregate of 50 per cent across the four Ticket
  Inspections, so a Traveller can pass without every station marked.
- 6.A3 not_met: Clockhouse is "served" only by a past course ("TA course 2007 (closed)",
  Notice 38/413), a closed course for teaching assistants; no Special works it, nothing marks it.
- 6.A7, 6.K3, 6.K9 partially_met: "OPEN TICKET" (worked on the train, no mark).
- 6.S7 partially_met: "REQUEST STOP" only, not marked.
- 6.S2b partially_met: marked in TI-2 but served by no Learning Special ("—").
- 6.S2c partially_met: only a draft commented on by the Inspector, "no mark".
- 6.K4 not_met: child development appears nowhere (no station).
- 6.S2d not_met: "Not served": access arrangements are the examinations officer's
  business (someone else's responsibility).
- Headcode numbers, notice numbers (38/305 ...) and the footer are not evidence.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _jp_helpers import (new_doc, para, runs, table, merge_text, shade, tracked, whole_para_tracked,
                         text_box, header_footer, comment, page_break)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Arial", 10)
header_footer(d, "HESSLEDALE RAILWAY TRUST  |  WON 38/08  |  PRIVATE - for the use of the Trust's staff only",
              "Issued by the Operating Superintendent, Hessle Bridge. All staff must hold an up to date copy. "
              "Destroy superseded notices.")

ED = "J. Arkwright (Learning Manager)"
OS = "P. Mellor (Operating Superintendent)"
D1 = "2008-10-14T09:12:00Z"
D2 = "2008-10-20T16:40:00Z"


def notice(num, title, text):
    return runs(d, [(f"{num}  {title}. ", {"b": True}), text])


# ---------------------------------------------------------------- cover
para(d, "HESSLEDALE RAILWAY TRUST", bold=True, size=16, align="c")
para(d, "WEEKLY OPERATING NOTICE", bold=True, size=14, align="c")
para(d, "No. 38 of 2008", bold=True, size=12, align="c")
para(d, "SPECIAL SUPPLEMENT", bold=True, size=12, align="c", color="C00000")
para(d, "LEARNING ON THE LINE: THE NATIONAL AWARD FOR SEN COORDINATION", bold=True, size=12, align="c")
para(d, "Working arrangements for the 2009 timetable, with the University of Calderbourne", italic=True, align="c")
para(d, "This supplement is issued to the TDA approval panel as the Trust's application to run the National "
        "Award for SEN Coordination. It is written in the form in which the Trust issues all of its working "
        "arrangements to its own staff, and it is the notice from which our Drivers, Guards, Signallers and "
        "Inspectors will work. A short glossary follows the contents.", italic=True)

t = table(d, [["Section", "Contents"],
              ["A", "General Instructions: who runs the Learning Line, validation, credit, aims"],
              ["B", "Learning Specials: the study days of the January and September services"],
              ["C", "Temporary Speed Restrictions and special arrangements for Travellers"],
              ["D", "Possessions and Line Closures"],
              ["E", "Staff Notices: Drivers, Guards, Signallers and Inspectors"],
              ["F", "Safety of the Line"],
              ["G", "Tickets and Fares: the four Ticket Inspections and the award"],
              ["H", "Stations and Stops: what every Traveller must reach"],
              ["J", "Right Time Performance: how we check the service"],
              ["K", "Future Timetable"]], widths=[2, 14])

para(d, "")
runs(d, [("Glossary. ", {"b": True}),
         "Traveller: a teacher on the course. Learning Special: a study day. Driver: a tutor. Guard: the mentor in "
         "the Traveller's own school. Signaller: the Learning Team member who keeps the Signal Box, our online "
         "forum. Inspector: a marker. Ticket Inspection (TI): a marked assignment. Journey Plan: the Traveller's "
         "individual training plan. Operating Committee: the steering group for the Learning Line."])

# ---------------------------------------------------------------- A
para(d, "SECTION A  -  GENERAL INSTRUCTIONS", bold=True, size=11, color="1F3864")
notice("38/101", "Operator",
       "The Learning Line is run by the Trust's Learning Team from the Learning Carriage at Hessle Bridge station. "
       "The Trust has run curriculum days for schools since 1994 and courses for teaching assistants since 2003. "
       "The academic partner is the University of Calderbourne, School of Education.")
notice("38/102", "Validation",
       "The University of Calderbourne validated the Learning Line as its Postgraduate Certificate in Special "
       "Educational Needs Coordination at a validation event on 2 July 2008. The University awards the "
       "certificate, registers every Traveller as a student of the University, appoints the external examiner "
       "and holds the Board of Examiners.")
notice("38/103", "Credit",
       "The certificate carries 60 credits at Master's level (Level 7 of the Framework for Higher Education "
       "Qualifications). Each of the four Ticket Inspections carries 15 credits.")
notice("38/104", "Purpose of the Line",
       "Every Learning Special, every piece of Line-side Work and every Ticket Inspection is there to raise the "
       "achievement of children and young people with special educational needs and disabilities and to improve "
       "their well-being, in the full sense of the five Every Child Matters outcomes: being healthy, staying safe, "
       "enjoying and achieving, making a positive contribution and achieving economic well-being. The marking "
       "criteria of all four Ticket Inspections ask what difference the Traveller's work has made for pupils, and "
       "TI-2 asks for evidence against at least three of the five outcomes, not test scores alone.")
notice("38/105", "Line-side Work",
       "Between Learning Specials each Traveller carries out set tasks in his or her own school, with the Guard "
       "as mentor. Each task is tied to named stations in Section H: for example the provision map for Mapstone "
       "and the staff deployment audit for Rostering Yard. Line-side Work is the raw material of the Ticket "
       "Inspections, so that the practice a Traveller changes in school is the practice that is marked.")
notice("38/106", "Reading and sources",
       "The Drivers keep a reading list for each Learning Special. Reading lists are refreshed each season to "
       "keep pace with current thinking.")
notice("38/107", "Law and policy",
       "Learning Special 1L02 works through the SEN and Disability Act 2001, the SEN Code of Practice 2001 and "
       "its Toolkit, the Disability Discrimination Act 1995 as amended in 2005 and the disability equality duty, "
       "Removing Barriers to Achievement (2004), the Children Act 2004 and Every Child Matters, and the 2008 "
       "regulations on the SENCO role. Travellers bring their own school's SEN policy and test it against the "
       "Code in Line-side Work for TI-1.")
notice("38/108", "Impact on practice",
       "TI-3 is a Change Project carried out over two terms in the Traveller's school. It must change something "
       "real in the school's provision and show the effect, so that reaching the stations of Section H and "
       "changing practice are one and the same journey.")

# ---------------------------------------------------------------- B
para(d, "SECTION B  -  LEARNING SPECIALS", bold=True, size=11, color="1F3864")
notice("38/201", "Working of Learning Specials",
       "The January service runs the eight Learning Specials below. The September service repeats them under "
       "headcodes 2L01 to 2L08, starting on 17 September 2009. All Specials depart at 09.30 and arrive at 15.30. "
       "Specials marked (U) run at the University's Westgate campus; all others run in the Learning Carriage at "
       "Hessle Bridge, which is step-free from the car park.")
tb = table(d, [["Headcode", "Date", "Working", "Driver"],
               ["1L01", "Thu 15 Jan 2009", "Departure. Every Child Matters and the SENCO's part in the five outcomes; "
                "the Journey Plan agreed", "H. Dobson"],
               ["1L02 (U)", "Thu 5 Feb 2009", "Law, policy and the Code of Practice; disability equality; the school's "
                "SEN policy", "Dr R. Achebe"],
               ["1L03", "Thu 12 Mar 2009", "Kinds of need (BESD, dyslexia, SLCN, autism, MLD); identifying pupils; "
                "research and best practice", "H. Dobson"],
               ["1L04", "Thu 30 Apr 2009", "Parents, carers and other services: the Parent Partnership Service, "
                "educational psychology, health and social care, voluntary bodies", "M. Quayle"],
               ["1L05", "Thu 4 Jun 2009", "Assessment, planning and teaching approaches, including ICT; provision "
                "mapping", "Dr R. Achebe"],
               ["1L06", "Thu 2 Jul 2009", "Leading colleagues: teaching assistants, coaching, winning the head's "
                "support", "H. Dobson"],
               ["1L07 (U)", "Thu 8 Oct 2009", "Strategy, governors, school self-evaluation and reviewing provision; "
                "judgement and decisions", "M. Quayle"],
               ["1L08", "Thu 26 Nov 2009", "Terminus. TI-4 presentations; Onward Connections", "All Drivers"]],
           widths=[2.2, 3, 8.3, 2.5])
whole_para_tracked(d, "1L09 Thu 10 Dec 2009: Pupil Voice Special. Travellers practise consulting pupils about their "
                      "provision, using talking mats and pupil interviews, in two host schools.",
                   "del", OS, D2, bold_lead="38/202  Additional Special. ")
notice("38/203", "Branch Line working",
       "A Traveller who cannot keep to the main-line timing may transfer to the Branch Line, which runs the same "
       "eight Specials over two years by joining the next service part way, and hands in the Ticket "
       "Inspections to a two-year timetable agreed with the Controller. The order of 1L02 to 1L07 may be changed "
       "for a Branch Line Traveller.")
notice("38/204", "The Signal Box",
       "The Signal Box is the Learning Line's online forum on the University's Blackboard site. Every Special "
       "has a thread, and Travellers post Line-side Work there for other Travellers to comment on. The "
       "Signaller opens each thread, posts the papers and keeps the Box tidy. Drivers do not answer questions "
       "in the Signal Box; it is a space for Travellers. The Signal Box is closed during school holidays.")

# ---------------------------------------------------------------- C
para(d, "SECTION C  -  TEMPORARY SPEED RESTRICTIONS AND SPECIAL ARRANGEMENTS", bold=True, size=11, color="1F3864")
notice("38/301", "Disclosure",
       "The booking form asks every Traveller, in confidence, whether a disability or health condition affects "
       "the way he or she learns or travels, and the Learning Manager telephones every Traveller who says yes "
       "before 1L01 to agree what is needed. A Traveller can tell us at any later point as well.")
notice("38/302", "Temporary Speed Restrictions",
       "Where a Traveller needs it, the Learning Manager issues a Temporary Speed Restriction: extra time for a "
       "Ticket Inspection (normally four weeks), papers in large print or on coloured paper a week before each "
       "Special, a note-taker, a seat near the Driver, or a presentation for TI-4 given on video. "
       "Restrictions are recorded on the Journey Plan and passed to the Inspector.")
notice("38/303", "Access to the Learning Carriage",
       "The Learning Carriage has a ramp, a wheelchair space, an accessible toilet in the station building and "
       "an induction loop. The Westgate campus rooms used for 1L02 and 1L07 are on the ground floor.")
notice("38/304", "Equal treatment",
       "The Trust's Equality Scheme covers the Learning Line. Booking data (gender, ethnicity, disability) is "
       "looked at by the Operating Committee each season to see who is and is not travelling.")
notice("38/305", "Relief for cost",
       "The fare is £1,450, met in most cases from the school's standards fund. Two bursaries a season are "
       "paid from the Trust's Education Fund for Travellers from small rural schools.")

# ---------------------------------------------------------------- D
para(d, "SECTION D  -  POSSESSIONS AND LINE CLOSURES", bold=True, size=11, color="1F3864")
tracked(d, [("", "38/401  Light Engine Movements. "),
            ("del", "A suitably experienced SENCO may run as a Light Engine, presenting a portfolio and sitting a "
                    "viva against every station in Section H without travelling on the Specials. "),
            ("", "The line is under possession for Light Engine Movements: no Light Engine Movements will be run "
                 "in the 2009 timetable, and every Traveller travels on the Specials.")],
        author=OS, date=D2)
notice("38/402", "Signal Box closures",
       "See 38/204. The Box is closed from 20 July to 1 September 2009 and over the Christmas and Easter "
       "holidays.")
notice("38/412", "Exam Sidings",
       "Access arrangements for national tests and examinations are the business of each school's examinations "
       "officer and are not worked on the Learning Line.")

notice("38/413", "Clockhouse",
       "Clockhouse was worked on the Trust's course for leading teaching assistants, which closed in December "
       "2007. No Learning Special calls there.")

# ---------------------------------------------------------------- E
para(d, "SECTION E  -  STAFF NOTICES", bold=True, size=11, color="1F3864")
notice("38/501", "Controller",
       "Helen Dobson, Learning Manager of the Trust, is Controller of the Learning Line. She was SENCO of "
       "Castlegate Primary School for nine years and an SEN adviser in Hessleshire from 2002 to 2006, and holds "
       "the University's MA in Special and Inclusive Education (2004).")
notice("38/502", "Drivers",
       "Dr Ruth Achebe is Senior Lecturer in Inclusive Education at the University of Calderbourne; her doctorate "
       "(2005) was on provision mapping in secondary schools and she is an external examiner for two other "
       "universities. Mark Quayle is a Hessleshire specialist teacher for autism and a former SENCO of a "
       "secondary special school. Every Driver keeps current by at least five days a year of specialist "
       "work or study, recorded in the Driver's log and checked by the Controller.")
notice("38/503", "Guards",
       "Every Traveller names a Guard in the school, normally a senior leader or an experienced SENCO, who "
       "meets the Traveller once a half term, signs off Line-side Work and writes a short report for TI-3. "
       "Guards attend a half-day Guards' Briefing at Hessle Bridge before 1L01 and receive the Guards' Rule "
       "Book, which sets out what a Guard does and does not do.")
notice("38/504", "Rule Book for Drivers and Inspectors",
       "Drivers and Inspectors work to the Learning Line Rule Book, which sets out each role, the marking "
       "criteria and the way feedback is written. New Drivers shadow an experienced Driver for one Special "
       "before driving alone, and every Inspector attends the marking meeting described in 38/702.")
notice("38/505", "Guest Drivers",
       "Specialist speakers join the Specials: the Hessleshire Sensory Support Service (1L03), an educational "
       "psychologist and the Parent Partnership Service (1L04), and a headteacher and a chair of governors "
       "(1L07).")
notice("38/506", "Education Carriage",
       "The Trust's Education Carriage hosts some 3,000 pupils a year on curriculum days, including groups from "
       "four special schools. Travellers are welcome to see it at work. Travellers who wish to see provision in "
       "another school or setting arrange visits themselves through their Guard.")
notice("38/507", "Resources",
       "Travellers have full use of the University library, including its electronic journals, and of the "
       "Learning Carriage's loan collection of assessment materials, symbol software, and assistive technology "
       "(switches, text readers, a portable interactive whiteboard), which Drivers use on the Specials.")

# ---------------------------------------------------------------- F
para(d, "SECTION F  -  SAFETY OF THE LINE", bold=True, size=11, color="1F3864")
notice("38/601", "Volunteers",
       "All Trust volunteers and staff who work with school parties on the railway hold an enhanced CRB "
       "disclosure, renewed every three years, in line with the Trust's Safeguarding Policy.")
notice("38/602", "Travellers",
       "No place on the Learning Line is confirmed until the Traveller's headteacher has certified on the "
       "booking form that the Traveller holds a current enhanced CRB disclosure, giving its number and date, "
       "and that the school has carried out the other pre-appointment checks in Safeguarding Children and Safer "
       "Recruitment in Education (2006), including List 99. The Learning Manager checks each certificate before "
       "a place is confirmed, and follows up any gap with the headteacher.")
notice("38/603", "Entry",
       "Travellers must hold Qualified Teacher Status and be, or be about to become, the SENCO of a school. "
       "The booking form asks for a statement of the Traveller's SEN experience and a supporting statement "
       "from the headteacher. Where either leaves doubt whether the Traveller can reach every station by the "
       "Terminus, the Controller interviews the Traveller. A Traveller who is not yet ready is told in writing "
       "what to do first (usually a term of work alongside an experienced SENCO or the Trust's short course for "
       "teaching assistants and teachers), and the Controller speaks to the headteacher.")

# ---------------------------------------------------------------- G
para(d, "SECTION G  -  TICKETS AND FARES", bold=True, size=11, color="1F3864")
notice("38/701", "Pre-departure Check",
       "Before 1L01 each Traveller rates himself or herself against every station in Section H, giving evidence "
       "for each rating, and the Guard comments. At 1L01 the Driver and Traveller turn the Check into a "
       "Journey Plan: the stations on which the Traveller will concentrate, the Line-side Work chosen to reach "
       "them, and a personal set of stops to add for the Traveller's own school. The Journey Plan is reviewed "
       "at 1L04 and 1L07.")
tracked(d, [("", "38/702  Inspection. Each Ticket Inspection is marked by an Inspector against the marking "
                 "criteria in the Rule Book. "),
            ("ins", "Every TI-3, and a sample of a quarter of the others, is second marked by a second Inspector; "
                    "all Inspectors meet after each round to moderate a common set of scripts, and the external "
                    "examiner sees a sample before the Board of Examiners. ")],
        author=ED, date=D1)
notice("38/703", "Through Tickets",
       "A Traveller who already holds Master's-level credit in SEN from the University or another university "
       "may carry up to 15 credits as a Through Ticket against TI-1 or TI-2, on the University's rules for the "
       "accreditation of prior learning. Experience alone, however long, does not earn a Through Ticket.")
para(d, "38/704  The Ticket Inspections.", bold=True)
table(d, [["TI", "Title", "What the Traveller hands in", "Due"],
          ["TI-1", "Route Survey", "A 3,000-word survey of SEN provision in the Traveller's school against the law and "
           "the Code: the provision map, a review with colleagues of what is and is not working, its place in "
           "school self-evaluation, and a paper for the head and governors", "after 1L03"],
          ["TI-2", "Case Journal", "A 4,000-word study of two pupils: how needs were identified, assessments from "
           "other professionals, tracking of their attainment, targets and interventions, work with parents and "
           "other services, and outcomes across at least three of the five ECM outcomes", "after 1L05"],
          ["TI-3", "Change Project", "A 5,000-word account of a change led by the Traveller over two terms with "
           "colleagues: winning the head's commitment, deploying staff, coaching, the research used, decisions taken "
           "and their effect on pupils, with the Guard's report", "after 1L07"],
          ["TI-4", "Footplate Presentation", "A 20-minute presentation to two Inspectors on the Traveller's journey, "
           "with questions, covering the SENCO's part in Every Child Matters", "1L08"]],
      widths=[1.3, 2.8, 9.7, 2.2])
notice("38/705", "Award",
       "The certificate is awarded to a Traveller whose four Ticket Inspections reach an overall mark of 50 per "
       "cent, with no single Ticket Inspection below 40 per cent, confirmed by the Board of Examiners of the "
       "University.")
notice("38/706", "Onward Connections",
       "At the Terminus every Traveller is given the Trust's Onward Connections leaflet, which lists the "
       "University's MA modules in inclusive education and the Trust's own short courses.")

# ---------------------------------------------------------------- H
para(d, "SECTION H  -  STATIONS AND STOPS", bold=True, size=11, color="1F3864")
para(d, "38/801  Every Traveller works towards the stations below. The key to the columns is in the box.")
text_box(d, "KEY TO SECTION H", [
    "Served by: the Learning Special(s) on which the station is worked.",
    "Tickets examined: the Ticket Inspection at which an Inspector marks the station.",
    "OPEN TICKET: worked on the train, but no Inspector marks it.",
    "REQUEST STOP: worked only for Travellers whose Journey Plan asks for it; not marked.",
    "—: nothing in this column."], height_pt=95)
rows = [["Station", "What the Traveller does here", "Served by", "Tickets examined"],
        ["P1", "", "", ""],
        ["Fairholme", "Builds fair, respectful and constructive relationships with children who have SEN or "
         "disabilities and with their parents and carers", "1L04", "TI-2"],
        ["Headstone Lane", "Wins the commitment of colleagues, the headteacher and the senior team to better "
         "outcomes for these pupils", "1L06", "TI-3"],
        ["Clockhouse", "Sets priorities, manages his or her own time and delegates sensibly",
         "TA course 2007 (closed): see 38/413", "—"],
        ["Points Junction", "Anticipates problems, weighs the options and makes sound, well-founded decisions "
         "about provision", "1L07", "TI-3"],
        ["Speakers' Corner", "Writes and speaks clearly; listens to and understands the views of others",
         "all Specials", "TI-4"],
        ["Bookham Sidings", "Uses research evidence and outside advice to improve own and colleagues' practice",
         "1L03", "TI-3"],
        ["Lampman's Halt", "Keeps up to date and takes charge of own professional development in SEN and "
         "disability", "1L08", "OPEN TICKET"],
        ["P2", "", "", ""],
        ["Codeford", "Knows the law and statutory guidance on SEN, including the Code of Practice, and how to put "
         "them into practice in school", "1L02", "TI-1"],
        ["Five Ways", "Understands Every Child Matters, its five outcomes, and the SENCO's part in securing them",
         "1L01", "TI-4"],
        ["Equity Bridge", "Knows the disability equality duties and what a school must do under them", "1L02",
         "OPEN TICKET"],
        ["Mixbury", "Understands the commonest kinds of need (BESD, dyslexia and other specific learning "
         "difficulties, SLCN, autism, MLD) and how each affects learning", "1L03", "TI-2"],
        ["Toolbox Lane", "Weighs up approaches, strategies and resources, including ICT, for assessing, planning, "
         "teaching and learning", "1L05", "TI-3"],
        ["Mirror Hill", "Understands how a school evaluates itself and improves outcomes for pupils with SEN",
         "1L07", "TI-1"],
        ["Evidence Wharf", "Knows what works in meeting SEN, from best practice and research", "1L03", "TI-3"],
        ["Outer Agencies", "Knows the work of external agencies and how to call on specialist support and "
         "resources", "1L04", "OPEN TICKET"],
        ["P3", "", "", ""],
        ["Council Steps", "Works with senior colleagues and governors to shape an inclusive ethos, policies, "
         "priorities and the use of resources", "1L07", "TI-1"],
        ["Spotter's Gate", "Identifies pupils who may have SEN or disabilities, sets challenging targets, plans "
         "interventions and reviews progress", "1L03, 1L05", "TI-2"],
        ["Many Hands", "Draws on assessments by other professionals to shape teaching", "1L04", "TI-2"],
        ["Tally Cross", "Uses summative assessment, including national tests, to track progress and change "
         "programmes", "—", "TI-2"],
        ["Fairweather", "Helps other teachers develop formative assessment suited to pupils with SEN", "1L05",
         "TI-3 draft (Inspector's comments, no mark)"],
        ["Exam Sidings", "Special arrangements for tests and examinations", "Not served: see 38/412", "—"],
        ["Mapstone", "Uses provision mapping and management to find provision that is missing or not working",
         "1L05", "TI-1"],
        ["Rostering Yard", "Deploys and manages teaching assistants and other staff well", "1L06", "TI-3"],
        ["Coaching Sheds", "Supports colleagues' development by observation and feedback, modelling, coaching, "
         "mentoring and training", "1L06", "TI-3"],
        ["Review Loop", "Reviews with colleagues how well provision works and feeds this into school "
         "self-evaluation", "1L07", "TI-1"],
        ["Children's Platform", "Makes sure pupils take part in planning, agreeing, reviewing and evaluating "
         "their own provision", "1L04", "REQUEST STOP"],
        ["Homeside", "Liaises with parents and carers to help their children learn and develop", "1L04", "TI-2"],
        ["Partners' Junction", "Works with other services and agencies, including voluntary organisations",
         "1L04", "TI-2"]]
st = table(d, rows, widths=[3, 8.5, 2.3, 2.7], size=8)
for i, label in ((1, "PLATFORM 1 - THE TRAVELLER AS A PROFESSIONAL"),
                 (9, "PLATFORM 2 - WHAT THE TRAVELLER KNOWS"),
                 (19, "PLATFORM 3 - WHAT THE TRAVELLER DOES")):
    merge_text(st, i, 0, i, 3, label, bold=True, fill="DEEAF6", size=8)

# ---------------------------------------------------------------- J
para(d, "SECTION J  -  RIGHT TIME PERFORMANCE", bold=True, size=11, color="1F3864")
notice("38/901", "Right Time cards",
       "At the end of every Special each Traveller fills in a Right Time card (what worked, what did not, what "
       "to change). The Signaller collates the cards within a week and the Driver answers them at the start of "
       "the next Special.")
notice("38/902", "Operating Committee",
       "The Operating Committee meets each term: the Controller, the Drivers, the University's programme "
       "director, the SEN managers of Hessleshire and Calder councils, two headteachers and a Traveller "
       "elected by each service. It reads the Right Time cards, the Inspectors' reports and the external "
       "examiner's report, and keeps an action list that is carried into the next service. Headteachers of "
       "Travellers' schools may be asked for their views.")
notice("38/903", "Annual return",
       "The University's annual monitoring report on the Learning Line, with its action plan, goes to the "
       "School of Education's quality committee and to the Trust's Education Committee. The external examiner "
       "reports each year on standards and marking.")
notice("38/904", "Where the Line came from",
       "Before the Learning Line was planned, the Trust and the two councils surveyed the SENCOs of 64 schools "
       "in Hessleshire and Calder (spring 2008). They asked for study days in term time close to home, for "
       "more on working with parents and teaching assistants, and for assignments rooted in their own schools. "
       "The Specials 1L04 and 1L06, and the school-based design of every Ticket Inspection, come from that "
       "survey. The councils' SEN managers read the draft timetable in May 2008 and asked for the governors' "
       "session in 1L07, which was added.")
p_conf = notice("38/905", "Traveller confidence",
                "At the Pre-departure Check and again at the Terminus each Traveller rates his or her "
                "confidence on a ten-point scale against every station; the Controller reports the change in "
                "the annual return. As for pupils, we hope in time to trace what the Learning Line has done for "
                "the children in Travellers' schools.")
comment(d, p_conf, "Can we promise pupil data at all? Schools will not give us names. Leave vague for now.",
        OS, "PM")

# ---------------------------------------------------------------- K
para(d, "SECTION K  -  FUTURE TIMETABLE", bold=True, size=11, color="1F3864")
notice("38/1001", "September service",
       "The 2L service will be confirmed once the January service has run full. The Operating Committee "
       "expects about 20 Travellers on each service.")
p_pv = notice("38/1002", "Pupil voice",
              "We would like to add a Pupil Voice Special to the 2010 timetable, in which Travellers would "
              "practise consulting children and young people about the things that affect them.")
comment(d, p_pv, "1L09 taken out of 2009 - no host schools yet. Keep this as the marker for 2010.", OS, "PM")

# ---------------------------------------------------------------- slip
para(d, "")
para(d, "ACKNOWLEDGEMENT OF RECEIPT - WON 38/08 SPECIAL SUPPLEMENT", bold=True, align="c")
table(d, [["Name:", ""], ["Grade (Driver / Guard / Signaller / Inspector):", ""],
          ["I have read and understood this notice. Signed:", ""], ["Date:", ""]],
      widths=[8, 8], header_fill=None, bold_header=False)
para(d, "Return this slip to the Operating Superintendent, Hessle Bridge, by Friday 24 October 2008.", italic=True)

d.save(OUT)
print("wrote", OUT)
