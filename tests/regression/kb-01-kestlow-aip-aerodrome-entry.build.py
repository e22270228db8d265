"""kb-01-kestlow-aip-aerodrome-entry

Provider (invented): Kestlow Airport Ltd, Community and Education Team (the
"Kestlow Airport Learning Centre", "the Centre"), with the University of
Harrowmere, Faculty of Education, validating. Application to run the 2008-09
National Award for SEN Coordination, dated 16 February 2009.

Document kind and layout: the course written up as an aerodrome entry in the
style of the UK Aeronautical Information Publication, Part 3 (AD 2), which the
airport's operations department produces every AIRAC cycle. No heading styles:
each part is a bold capitalised Normal paragraph "EGKB AD 2.n TITLE" (the
numbers AD 2.1 - AD 2.24 collide with requirement ids: "AD 2.3 OPERATIONAL
HOURS", "AD 2.5", "AD 2.8", "AD 2.9"...). Under most titles a three-column
AIP table (item number | item | entry) with NIL, TBN, O/R, HO, CLSD values; a
GEN abbreviations table; a shaded title row merged across some tables; a
runway (module) table with merged cells; a declared distances table (credits);
a NOTAM list in a text box; an AIP Supplement (SUP) of planned changes; the
outcome chart at AD 2.24 ("Aerodrome Chart - Outcomes") whose status key
(FS / T&G / CLSD) is defined in a run of sentences above it; one tracked
deletion and one tracked insertion; two Word comments; header and footer.
The Centre's own vocabulary: Runways (modules RWY 09, RWY 27, RWY 15),
Flight Days (study days FD1-FD10), Ground Runs (school-based tasks GR1-GR6),
Landings (marked assessments L1-L3), Full Stop landings (marked) and
Touch-and-Go (practised, feedback only), First Officers (school mentors),
Instructors (tutors), the Chief Instructor, the Pre-flight Check (self-audit),
Flightdeck (the VLE), Transit credit (APEL).

Traps (requirement ids):
- Numbering collision: "EGKB AD 2.3 OPERATIONAL HOURS" is not about an
  assessment-only route; "AD 2.5 PASSENGER FACILITIES" is not 2.5 (2.3, 2.5).
- Assessment-only route only in the AIP SUP, "planned from September 2010,
  subject to University approval" and "not available to the 2009-10 cohort":
  a plan (2.3 not_met).
- Pupil consultation workshop withdrawn by NOTAM B0412/09 for the cohort, to be
  reinstated "when the Young Flyers panel is running" (1.5 not_met; 6.S7
  CLSD in the chart, not_met).
- CRB: the Centre "does not see or record" candidates' disclosures; it is the
  employing school's responsibility; the airport's own staff's airside ID
  checks are the wrong thing (5.3 not_met).
- School self-evaluation row is about the airport's Safety Management System
  audit, Touch-and-Go only (6.K7 not_met).
- Touch-and-Go (not marked) rows: time management (6.A3), keeping up to date
  and own CPD (6.A7), child development (6.K4) partially_met. Special arrangements for tests marked in L2 but no
  Flight Day or Ground Run develops it, "-" (6.S2d partially_met).
- Award rule is passing three Landings with an aggregate, not every outcome
  (6.0 partially_met); the chart itself says not every outcome is landed
  (1.9 partially_met).
- Tracked deletion removes University moderation from 5.8: only second
  marking remains (5.8 partially_met). Tracked insertion adds the twilight
  slot (3.2 still partial: one start date, fixed order).
- Pre-flight Check is a self-audit against outcomes but "every participant
  follows the same Runways in the same order" and no individual plan (2.2
  partially_met).
- Research only as "current literature" on a reading list (1.3 partial).
- Onward connections: a leaflet of the University's MA modules only (2.5
  partial).
- Flightdeck: tutor replies, but forums "switched off", nothing about ICT
  with schools (3.3 partially_met).
- "We hope that headteachers and parents will take part in evaluating" is a
  hope, but the Borough's SEN Service already reviews the Award each summer and
  stakeholders teach and mentor (4.3 met despite the hope).
- Instructors "TBN" except the Chief Instructor (5.4 partial).
- No specialist assistive technology held (5.6 partial).
- Pupil impact only hoped for (5.9 partial: confidence measured).
- Comments: one says the University will moderate (5.8 stays partial), one
  asks whether CRB copies will be taken from next year (5.3 stays not_met). Header/footer carry
  nothing that counts.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _kb_helpers import *  # noqa

HERE = Path(__file__).parent
NAME = "kb-01-kestlow-aip-aerodrome-entry"
NAVY = "1F3864"
GREY = "D9D9D9"

d = new_doc("Arial", 9)
header_footer(d, "AIP-STYLE ENTRY  AD 2-EGKB-SEN", "16 FEB 2009",
              "Kestlow Airport Ltd, Community and Education Team.  AIRAC AMDT 02/2009.  Uncontrolled when printed.")


def title(text):
    p = para(d, text, bold=True, size=10, space_after=2)
    p.paragraph_format.space_before = Pt(8)
    return p


def aip_table(rows, first=None):
    data = [["", "Item", "Entry"]] + [[str(i + 1), a, b] for i, (a, b) in enumerate(rows)]
    t = table(d, data, widths=[0.8, 5.2, 11.0], header_fill=GREY, header_color="000000")
    if first:
        merge_row(t, 0, 0, 2, first, fill=GREY, color="000000")
    return t


# ---- cover ------------------------------------------------------------------
para(d, "KESTLOW AIRPORT LEARNING CENTRE", bold=True, size=16, align="center", space_after=0)
para(d, "AD 2 - AERODROME ENTRY: EGKB-SEN", bold=True, size=12, align="center", space_after=0)
para(d, "National Award for SEN Coordination (Postgraduate Certificate)", size=11, align="center", space_after=0)
para(d, "with the University of Harrowmere, Faculty of Education", italic=True, size=10, align="center")
p = para(d, "Submitted to the Training and Development Agency for Schools as the Centre's application for approval, "
            "16 February 2009. This entry is set out the way the airport's operations department publishes our "
            "aerodrome data every AIRAC cycle, because that is how our Community and Education Team has learned to "
            "describe anything that has to be exact. Each part below is numbered as in the AIP; the numbers are the "
            "AIP's and not the TDA's. Where an entry reads NIL there is nothing to publish.", size=9)

title("GEN 2.2 ABBREVIATIONS USED IN THIS ENTRY")
table(d, [["Abbreviation", "Meaning in this entry"],
          ["RWY", "Runway: one of the three 20-credit modules of the Award (RWY 09, RWY 27, RWY 15)"],
          ["FD", "Flight Day: a taught study day at the Centre, Terminal 1 mezzanine (FD1-FD10)"],
          ["GR", "Ground Run: a task carried out by the participant in his or her own school (GR1-GR6)"],
          ["L", "Landing: a marked assessment (L1, L2, L3)"],
          ["FO", "First Officer: the experienced colleague in the participant's school who acts as mentor"],
          ["PFC", "Pre-flight Check: the self-audit completed before FD1"],
          ["NIL", "Nothing to publish"],
          ["TBN", "To be notified"],
          ["O/R", "On request"],
          ["HO", "Hours of operation, as published for each Flight Day"]],
      widths=[2.5, 14.5], header_fill=GREY, header_color="000000")

# ---- AD 2.1 / 2.2 -----------------------------------------------------------
title("EGKB AD 2.1 AERODROME LOCATION INDICATOR AND NAME")
para(d, "EGKB-SEN - KESTLOW AIRPORT LEARNING CENTRE: NATIONAL AWARD FOR SEN COORDINATION (PGCert SENCO)")

title("EGKB AD 2.2 AERODROME GEOGRAPHICAL AND ADMINISTRATIVE DATA")
aip_table([
    ("Award title", "Postgraduate Certificate: National Award for SEN Coordination."),
    ("Validating body", "University of Harrowmere. The University's Faculty of Education validated the Award at "
                        "its validation event of 12 January 2009 and confers the Postgraduate Certificate; the "
                        "Award sits within the University's Master's framework and participants are registered "
                        "students of the University."),
    ("Credit and level", "60 credits at Level 7 (Master's level): three Runways of 20 credits each. See AD 2.13."),
    ("Operator", "Kestlow Airport Ltd, Community and Education Team, which has run the Airport Learning Centre for "
                 "Kestlow schools since 2001."),
    ("Partners", "Kestlow Borough Council Inclusion and SEN Service; Harrier Brook School (special school, 2-19)."),
    ("Address", "Kestlow Airport Learning Centre, Terminal 1 mezzanine, Kestlow KS7 2AP."),
    ("Type of traffic permitted", "Teachers who hold QTS and are SENCOs, or are about to become SENCOs, in "
                                  "maintained schools and academies in Kestlow and neighbouring authorities."),
    ("Remarks", "The Award's aim: to raise the achievement and improve the well-being of children and young "
                "people with SEN and/or disabilities across all five Every Child Matters outcomes, by developing "
                "the knowledge, understanding and skills of the SENCOs who lead provision for them. Each Runway "
                "has its own objectives, and every Landing asks the participant to show what changed for pupils."),
], first="AD 2.2 - Administrative data")

# ---- AD 2.3 -----------------------------------------------------------------
title("EGKB AD 2.3 OPERATIONAL HOURS")
t = aip_table([
    ("Flight Days", "Ten Flight Days, FD1-FD10, between September 2009 and July 2010, roughly one every four "
                    "weeks in term time. HO: 0900-1530."),
    ("Twilight slot", ""),
    ("Ground Runs", "Six Ground Runs, GR1-GR6, carried out in the participant's own school between Flight Days, "
                    "with the First Officer. About 60 hours in all."),
    ("Landings", "L1 (end of RWY 09, December), L2 (end of RWY 27, March), L3 (end of RWY 15, July)."),
    ("Start", "One start each year, in September. Every participant follows the Runways in the published order "
              "09, 27, 15."),
], first="AD 2.3 - Hours")
c = t.cell(2, 2)
c.text = ""
ins_run(c.paragraphs[0], "Each Flight Day is also run as a twilight slot (1600-1900) over two evenings in the same "
                         "week; a participant may take either slot for any Flight Day.", size=8.5)

# ---- AD 2.4 -----------------------------------------------------------------
title("EGKB AD 2.4 HANDLING SERVICES AND FACILITIES")
aip_table([
    ("Teaching rooms", "The Centre's two classrooms on the Terminal 1 mezzanine, each with an interactive "
                       "whiteboard, and the airport conference suite for FD1 and FD10."),
    ("ICT", "Twenty laptops for use on Flight Days; wireless access throughout the terminal."),
    ("Library", "Participants use the University of Harrowmere library, including its electronic journals, "
                "with their student login. The Centre keeps a small loan collection of SEN texts."),
    ("Specialist technology", "NIL. The Centre holds no specialist assistive technology; participants use what "
                              "their schools have."),
    ("Assessment materials", "O/R from the Borough's SEN Service: standardised tests and screening materials may "
                             "be borrowed for GR2."),
])

# ---- AD 2.5 -----------------------------------------------------------------
title("EGKB AD 2.5 PASSENGER FACILITIES")
para(d, "Everyone who applies is asked on the application form whether they have a disability, a medical "
        "condition or a specific learning difficulty, and whether they would like to talk about adjustments. The "
        "form explains why we ask and that what is disclosed is used only to plan support. The Chief Instructor "
        "telephones everyone who discloses, before the offer of a place, and agrees reasonable adjustments in "
        "writing: for example large-print or coloured handouts, materials in advance, a note-taker, extra time or "
        "an alternative format for Landings, and rest breaks. The airport's PRM (Passengers with Reduced "
        "Mobility) team provides assisted access from the car park to the mezzanine, and both classrooms have "
        "hearing loops. Selection is made against published entry criteria (AD 2.8) only. Our publicity carries "
        "the same offer, and the Centre's equal opportunities policy, which follows the Disability "
        "Discrimination Act 1995 as amended in 2005, covers admission, teaching, the Harrier Brook visit and "
        "assessment.")

# ---- AD 2.6 -----------------------------------------------------------------
title("EGKB AD 2.6 RESCUE AND FIRE FIGHTING SERVICES")
aip_table([
    ("Safeguarding lead", "The Centre's Education Manager is the designated person for child protection."),
    ("Airport staff", "All Centre staff hold an airport airside identity pass, for which the airport carries out "
                      "its own background and counter-terrorist checks."),
    ("Participants", "Criminal records: participants are teachers employed in schools, and their CRB enhanced "
                     "disclosures are the responsibility of their employing school. The Centre does not see or "
                     "record participants' CRB disclosures."),
    ("Visits", "Participants visiting Harrier Brook School sign in as visitors under the school's own procedure."),
])

# ---- AD 2.7 -----------------------------------------------------------------
title("EGKB AD 2.7 SEASONAL AVAILABILITY")
para(d, "September start only. See AD 2.3. The Award is taught face to face on Flight Days with Flightdeck "
        "(AD 2.18) alongside; there is no distance-learning or full-time mode.")

# ---- AD 2.8 -----------------------------------------------------------------
title("EGKB AD 2.8 APRONS, TAXIWAYS AND CHECK LOCATIONS")
aip_table([
    ("Entry criteria", "Qualified Teacher Status; appointed as SENCO, or named by the headteacher as the "
                       "school's next SENCO; at least two years' teaching; a letter from the headteacher "
                       "committing release for Flight Days and a First Officer."),
    ("Entry check", "Every applicant has a 30-minute entry conversation with the Chief Instructor, who looks at "
                    "the applicant's experience of SEN work against what the Award requires. Applicants who are "
                    "not yet ready are given written guidance on what to do first (usually a term shadowing the "
                    "current SENCO and the Borough's two-day SEN induction course) and the Chief Instructor "
                    "telephones the headteacher to agree it. They may apply for the following September."),
    ("Pre-flight Check (PFC)", "Before FD1 each participant rates himself or herself against every national "
                               "outcome on the PFC sheet (1 = new to me, 4 = I do this well) and brings it to FD1, "
                               "where the Instructor discusses it with the participant. The PFC is returned at L3 "
                               "so that the participant can see the change. Every participant follows the same "
                               "Runways in the same order; the PFC does not change the Flight Days."),
    ("Transit credit", "Prior study and experience: a participant who holds Master's-level credit in SEN from "
                       "the last five years may claim up to 20 credits (one Runway) under the University's "
                       "Recognition of Prior Learning regulations. Experience may be claimed through a portfolio "
                       "mapped to the national outcomes of that Runway, assessed by two Instructors and confirmed "
                       "by the University's RPL panel. Claims are made by the end of FD1."),
])

# ---- AD 2.9 -----------------------------------------------------------------
title("EGKB AD 2.9 SURFACE MOVEMENT GUIDANCE AND CONTROL SYSTEM")
para(d, "Roles. The Chief Instructor leads the Award, teaches on every Runway and chairs the Award Board. "
        "Instructors teach Flight Days, tutor participants and mark Landings. Each participant's First Officer "
        "is a senior colleague in the participant's school (usually a deputy head or an experienced SENCO) who "
        "meets the participant at least twice a term, agrees the Ground Runs and signs the Ground Run log.")
para(d, "Guidance for everyone who guides. Every Instructor attends a half-day induction before FD1 on the "
        "national outcomes, the Runways, the marking criteria and the University's regulations, and receives the "
        "Instructors' Handbook. First Officers attend a two-hour briefing at the Centre in September (repeated as "
        "a twilight) and receive the First Officers' Guide, which sets out what they do and do not do: they "
        "support and observe, they do not mark. The Chief Instructor telephones any First Officer who misses the "
        "briefing and visits the school. The University's link tutor attends the Instructors' induction.")

# ---- AD 2.10 ----------------------------------------------------------------
title("EGKB AD 2.10 AERODROME OBSTACLES")
para(d, "NIL.")

# ---- AD 2.11 ----------------------------------------------------------------
title("EGKB AD 2.11 METEOROLOGICAL INFORMATION PROVIDED")
aip_table([
    ("PIREPs", "Every Flight Day ends with a short written evaluation (a 'pilot report'): what was useful, what "
               "was not, what to change. The Chief Instructor summarises them for the Instructors' meeting after "
               "each Flight Day, and each change made is reported back at the next Flight Day."),
    ("Runway reviews", "At the end of each Runway the Instructors review the PIREPs, the Landing marks and the "
                       "First Officers' comments and record changes for the next cohort."),
    ("External", "The University's external examiner reports on each Landing; the Borough's Inclusion and SEN "
                 "Service reviews the Award each summer with the Centre. The University's annual programme review "
                 "brings these together in an action plan that the Award Board checks each term."),
    ("Participants' confidence", "Participants rate their confidence against each national outcome on the PFC "
                                 "at entry and again at L3; the change for the cohort is reported to the Award "
                                 "Board."),
    ("Pupils", "We hope in future to track the progress of pupils in participants' schools."),
], first="AD 2.11 - Evaluation of the Award")

# ---- AD 2.12 / 2.13 ---------------------------------------------------------
title("EGKB AD 2.12 RUNWAY PHYSICAL CHARACTERISTICS")
rows = [["RWY", "Designation", "Flight Days", "Ground Runs", "Landing"],
        ["09", "The SENCO, the law and the school", "FD1-FD3", "GR1 School SEN audit", "L1"],
        ["", "", "", "GR2 Case study of one pupil", ""],
        ["27", "Teaching, learning and assessment for pupils with SEN", "FD4-FD6", "GR3 Provision map", "L2"],
        ["", "", "", "GR4 Coaching a colleague", ""],
        ["15", "Leading and improving provision", "FD7-FD10", "GR5 Parents and partners", "L3"],
        ["", "", "", "GR6 Impact project", ""]]
t = table(d, rows, widths=[1.2, 5.6, 2.4, 5.0, 1.6], header_fill=NAVY)
for r in (1, 3, 5):
    for col in (0, 1, 2, 4):
        a = t.cell(r, col).merge(t.cell(r + 1, col))
para(d, "")
para(d, "RWY 09 - The SENCO, the law and the school (FD1-FD3). FD1 introduces the SEN Code of Practice (2001), "
        "the SEN and Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005 and the "
        "disability equality duty, and Every Child Matters: Change for Children; FD2 looks at the SENCO's role "
        "and at gaining the commitment of the headteacher and senior leaders; FD3 covers the common types of "
        "SEN and disability (BESD, specific learning difficulties including dyslexia, speech, language and "
        "communication needs, autistic spectrum disorders and moderate learning difficulties) and their effect "
        "on learning, with the Borough's educational psychologist and a speech and language therapist from "
        "Kestlow PCT. Participants spend a morning at Harrier Brook School during RWY 09 working alongside its "
        "outreach teachers. In GR1 the participant audits the school's SEN policy and practice against the Code "
        "and the disability equality duty. In GR2 the participant writes a case study of one pupil, using the "
        "reports of other professionals to plan teaching, and meeting the pupil's parents or carers.")
para(d, "RWY 27 - Teaching, learning and assessment (FD4-FD6). FD4: identifying pupils who may have SEN through "
        "observation, data and assessment; setting challenging targets; planning interventions and reviewing "
        "progress; using summative data, including national tests and the P scales, to track progress. FD5: "
        "critical review of approaches, strategies and resources for teaching, including ICT, and of the "
        "research on what works; formative assessment and how to help colleagues use it with pupils with SEN. "
        "FD6: provision mapping and management, deploying and managing teaching assistants, and coaching, "
        "observation and feedback. FD6 also includes a session in the Airport Safety Office on how an airport "
        "audits its own safety performance. In GR3 the participant builds a provision map for a year group and "
        "identifies provision that is missing or not working. In GR4 the participant observes and coaches a "
        "colleague and keeps a coaching record.")
para(d, "RWY 15 - Leading and improving provision (FD7-FD10). FD7: working with governors and senior leaders on "
        "the school's inclusive ethos, policies and priorities; FD8: partnership with parents and carers, and "
        "with external agencies and voluntary organisations (the Parent Partnership Service, the Borough's SEN "
        "Service and Kestlow Deaf Children's Society lead parts of the day); FD9: reviewing the effectiveness "
        "of provision with colleagues and planning improvement; FD10: presentations of impact projects. In GR5 "
        "the participant plans and holds a meeting with the parents of a pupil with SEN and arranges support "
        "from an outside agency. In GR6, the impact project, the participant leads a change in the school's "
        "provision and evaluates what difference it made to pupils' achievement and well-being.")

title("EGKB AD 2.13 DECLARED DISTANCES")
table(d, [["RWY", "Credits", "Taught hours", "Ground Run hours", "Independent study", "Landing"],
          ["09", "20", "18", "20", "162", "L1: 4,000-word audit report on GR1 and GR2"],
          ["27", "20", "18", "20", "162", "L2: provision map and 3,000-word commentary; 15-minute viva"],
          ["15", "20", "24", "20", "156", "L3: 5,000-word impact project report and FD10 presentation"],
          ["Total", "60", "60", "60", "480", ""]],
      widths=[1.2, 1.4, 2.0, 2.4, 2.4, 7.6], header_fill=NAVY)

# ---- AD 2.14 - 2.17 ---------------------------------------------------------
title("EGKB AD 2.14 - AD 2.16 LIGHTING, AREA OF OPERATION, HELICOPTER LANDING AREA")
para(d, "NIL.")

title("EGKB AD 2.17 AIR TRAFFIC SERVICES AIRSPACE")
para(d, "Specialist expertise. Flight Days are taught by the Centre's Instructors with sessions led by the "
        "Borough's educational psychologists, a speech and language therapist from Kestlow PCT, the Borough's "
        "advisory teacher for autism, the Parent Partnership Service and Kestlow Deaf Children's Society. The "
        "placement is the RWY 09 morning at Harrier Brook School, a special school rated outstanding by Ofsted in "
        "2008, in its classes and its outreach team; a participant may ask for a second visit O/R.")

# ---- AD 2.18 ----------------------------------------------------------------
title("EGKB AD 2.18 AIR TRAFFIC SERVICES COMMUNICATION FACILITIES")
aip_table([
    ("Flightdeck", "The Centre's Moodle site. Every Flight Day's slides and readings are posted the day before; "
                   "Ground Run briefs and the Landing briefs are posted there and Landings are submitted there."),
    ("Tutor contact", "Each participant has a named Instructor, who answers questions posted on Flightdeck or "
                      "sent by email within two working days, between Flight Days as well as before Landings."),
    ("Forums", "The Flightdeck discussion forums are switched off."),
    ("Telephone", "Centre office 0900-1700 Monday to Friday."),
])

# ---- AD 2.19 ----------------------------------------------------------------
title("EGKB AD 2.19 RADIO NAVIGATION AIDS")
para(d, "Reading. Each Runway has a reading list of current literature, refreshed each year by the Chief "
        "Instructor. Participants are expected to use it in every Landing.")

# ---- AD 2.20 ----------------------------------------------------------------
title("EGKB AD 2.20 LOCAL AERODROME REGULATIONS")
aip_table([
    ("Marking", "Landings are marked against the University's Level 7 criteria and the national outcomes named "
                "in each Landing brief. The pass mark is 50 per cent."),
    ("Award", "The Award is made when all three Landings have been passed. A participant who fails a Landing may "
              "resubmit once within eight weeks."),
    ("Transit credit", "See AD 2.8. A participant with Transit credit for one Runway still completes the Landing "
                       "for the other two."),
    ("Assessment-only", "See AIP SUP 014/2009."),
], first="AD 2.20 - Regulations")

# ---- AD 2.21 ----------------------------------------------------------------
title("EGKB AD 2.21 NOISE ABATEMENT PROCEDURES")
para(d, "What schools told us. In spring 2008 the Centre surveyed the 37 schools in the airport's Community "
        "Partnership and the Borough's SEN Service; 29 replied. The replies asked for more on provision mapping "
        "and on managing teaching assistants, less on the history of SEN legislation, and study days that did "
        "not take SENCOs out of school for whole days too often. The headteachers' reference group that met "
        "three times in 2008 looked at the first draft of the Runways: at their request we moved provision "
        "mapping from RWY 15 to RWY 27 so that it comes earlier, gave it a whole Ground Run (GR3), and cut the "
        "Flight Days from twelve to ten.")
para(d, "Who takes part. Staff of the Borough's SEN Service, the Parent Partnership Service and Harrier Brook "
        "School teach on Flight Days (AD 2.17), headteachers act as First Officers or release senior colleagues "
        "to do so, and the Borough's Inclusion and SEN Service reviews the Award each summer (AD 2.11). We hope "
        "that headteachers and parents will take part in evaluating the Award in future years.")

# ---- AD 2.22 ----------------------------------------------------------------
title("EGKB AD 2.22 FLIGHT PROCEDURES")
p = para(d, "Second marking and moderation. All Landings are second-marked by a second Instructor, and the two "
            "agree a mark or refer it to the Chief Instructor")
del_run(p, ", and a sample of every Landing is moderated by the University's moderation panel and seen by the "
           "external examiner", author="P. Whitlow")
run(p, ".")
c1 = d.add_comment(p.runs[0], text="University will moderate once the partnership agreement is signed - PW",
                   author="P. Whitlow", initials="PW")
para(d, "Marking criteria are published with each Landing brief. The Instructors meet after each Landing to "
        "compare marks on three scripts before marking begins.")

# ---- AD 2.23 ----------------------------------------------------------------
title("EGKB AD 2.23 ADDITIONAL INFORMATION")
para(d, "Onward connections. At FD10 every participant receives the University's leaflet on its MA in Inclusive "
        "Education modules, into which the Award's 60 credits transfer.")
para(d, "Fees. The fee of GBP 1,250 is met half by the airport's Community Fund and half by the participant's "
        "school, which keeps the cost to schools below that of comparable courses. Each participant chooses the "
        "focus of GR2 and GR6 from the priorities of his or her school, agrees it with the First Officer and "
        "the named Instructor, and the Instructor sets reading and tutorial time to match; the Ground Runs build "
        "from audit (GR1) to leading change (GR6) so that practice develops across the year.")
para(d, "Staff. The Chief Instructor, Mrs Anne Rowcliffe, holds an MA in Special and Inclusive Education and the "
        "former National SENCO Qualification units, was SENCO of two Kestlow primary schools for nine years and "
        "is an accredited SEN adviser for the Borough. Instructors: TBN.")
p = para(d, "Safeguarding. See AD 2.6.")
d.add_comment(p.runs[0], text="We will take copies of CRB disclosures at the entry conversation from next year? AR",
              author="A. Rowcliffe", initials="AR")

# ---- NOTAM text box ---------------------------------------------------------
title("NOTAM IN FORCE AT 16 FEB 2009")
text_box(d, [
    ("B0409/09  RWY 27 FD5 moved from 12 JAN 2010 to 19 JAN 2010.", False),
    ("B0412/09  RWY 15 FD9 session 'Listening to pupils: consulting children and young people' WITHDRAWN for "
     "the 2009-10 cohort. GR5 pupil interview task WITHDRAWN. To be reinstated when the Young Flyers panel is "
     "running.", False),
    ("B0415/09  Conference suite CLSD for FD1; FD1 in Classroom 2.", False),
], height_cm=3.2)

# ---- AIP SUP ----------------------------------------------------------------
title("AIP SUPPLEMENT S 014/2009: ASSESSMENT-ONLY ROUTE (PLANNED)")
para(d, "An assessment-only route for experienced SENCOs and SEN support service teachers is planned from "
        "September 2010, subject to University approval. It is not available to the 2009-10 cohort. When "
        "approved it will be published by AIRAC amendment.")

# ---- AD 2.24 ----------------------------------------------------------------
title("EGKB AD 2.24 CHARTS RELATED TO THE AERODROME: AERODROME CHART - OUTCOMES")
para(d, "The chart shows, for every national outcome, where it is flown and how it lands. FS means a Full Stop "
        "landing: the outcome is marked in the Landing named. T&G means Touch-and-Go: the outcome is practised "
        "on the Flight Day or Ground Run named and the Instructor gives feedback, but it is not marked in any "
        "Landing. CLSD means the outcome is closed for the 2009-10 cohort. Not every outcome lands as FS.")
chart = [
    ["Ref", "National outcome (Centre's wording)", "Flown on", "Landing", "Status"],
    ["A", "PROFESSIONAL ATTRIBUTES", "", "", ""],
    ["A1", "Fair, respectful relationships with pupils with SEN and their parents", "GR2, GR5, FD8", "L1, L3", "FS"],
    ["A2", "Winning the commitment of the head and senior leaders", "FD2, FD7", "L3", "FS"],
    ["A3", "Prioritising, managing time, delegating", "FD2", "-", "T&G"],
    ["A4", "Solving problems and making sound decisions on provision", "GR3, FD6", "L2", "FS"],
    ["A5", "Speaking and writing clearly; listening to others", "FD10, GR4", "L2 viva, L3 presentation", "FS"],
    ["A6", "Using research and outside advice to improve practice", "FD5, GR6", "L3", "FS"],
    ["A7", "Keeping up to date; own CPD", "FD10", "-", "T&G"],
    ["K", "KNOWLEDGE AND UNDERSTANDING", "", "", ""],
    ["K1", "SEN law, the Code of Practice and putting it into practice", "FD1, GR1", "L1", "FS"],
    ["K2", "Every Child Matters and the SENCO's part", "FD1", "L1", "FS"],
    ["K3", "Disability equality law and the actions it requires", "FD1, GR1", "L1", "FS"],
    ["K4", "How children develop; effect of SEN and environment", "FD3", "-", "T&G"],
    ["K5", "Common types of SEN (BESD, SpLD, SLCN, ASD, MLD)", "FD3, GR2", "L1", "FS"],
    ["K6", "Approaches, strategies and resources incl. ICT", "FD5", "L2", "FS"],
    ["K7", "Self-evaluation: how an airport audits its own safety performance", "FD6", "-", "T&G"],
    ["K8", "Best practice and research in meeting SEN", "FD5", "L2", "FS"],
    ["K9", "External agencies and getting specialist support", "FD8, GR5", "L3", "FS"],
    ["S", "SKILLS", "", "", ""],
    ["S1", "With seniors and governors, shaping inclusive ethos and policy", "FD7", "L3", "FS"],
    ["S2", "Identifying pupils, setting targets, planning and reviewing", "FD4, GR2", "L1", "FS"],
    ["S2a", "Using other professionals' assessments", "FD3, GR2", "L1", "FS"],
    ["S2b", "Summative data and national tests to track progress", "FD4", "L2", "FS"],
    ["S2c", "Helping colleagues develop formative assessment", "FD5, GR4", "L2", "FS"],
    ["S2d", "Special arrangements for national tests and examinations", "-", "L2", "FS"],
    ["S3", "Provision mapping; finding missing or ineffective provision", "FD6, GR3", "L2", "FS"],
    ["S4", "Deploying and managing staff", "FD6, GR3", "L2", "FS"],
    ["S5", "Colleagues' development: observing, coaching, training", "FD6, GR4", "L2", "FS"],
    ["S6", "Reviewing provision with staff for self-evaluation", "FD9, GR6", "L3", "FS"],
    ["S7", "Involving pupils in planning and reviewing provision", "FD9", "-", "CLSD"],
    ["S8", "Liaising with parents and carers", "FD8, GR5", "L3", "FS"],
    ["S9", "Partnership with other services and voluntary bodies", "FD8, GR5", "L3", "FS"],
]
t = table(d, chart, widths=[1.0, 8.6, 2.6, 3.2, 1.4], header_fill=NAVY, size=8)
for i, row in enumerate(chart):
    if row[0] in ("A", "K", "S") and i:
        merge_row(t, i, 0, 4, row[1], fill="DEEAF6", size=8)

para(d, "")
para(d, "Published by the Community and Education Team, Kestlow Airport Ltd, for the TDA panel. Entry ends.",
     italic=True, size=8)

save(d, HERE / f"{NAME}.docx")
print("wrote", NAME)
