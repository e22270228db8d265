"""on-01-quenbury-order-of-play: build the .docx next to this script.

Provider: the Quenbury Park Tennis Coaching and Schools Trust, the charity of Quenbury Park Lawn
Tennis Club that runs the club's coaching and its programme in 46 local schools, with the University
of Wessingham (validation: Postgraduate Certificate in Special Educational Needs Coordination,
60 credits at Level 7).

Document kind and layout: the Trust's printed ORDER OF PLAY for its first "Award Championships"
season, laid out as the club lays out the daily order of play for its June open tournament, and
sent whole as the application. A note to the panel in a text box; a "Key to the Order of Play"
table of the Trust's own words (Players, the Referee, Chair Umpires, Line Judges, the Supervisor,
Championship Days, Centre Court / Court 2 / Court 3, Practice Courts, Qualifying, Bye, Match,
Warm-up, Hawk-Eye, Scoreboard; and the Scoreboard's two columns "Played on" and "Called by", keyed
here, far above the Scoreboard itself); the Referee's welcome; eight Championship Days, each a
table with a merged, shaded day row and court / time / session / umpire columns ("followed by",
"not before 1.15"); the three Matches (the assessed pieces) in a table; numbered Referee's Notices
N1-N21 that carry most of the arrangements; results of the 2007-08 unaccredited "Exhibition
Season" (the past); and the Scoreboard (outcome map) with merged shaded band rows. Heading styles
are used for the main parts. Header and footer, a PAGE field, one footnote, one Word comment, a
tracked deletion and a tracked insertion, a placeholder "[Venue for Day 6 to be confirmed]".

Traps (requirement ids touched):
- Aim is attainment only ("better progress in reading, writing and mathematics"); Every Child
  Matters is one session, not called on the Scoreboard -> 1.1 partially_met, 6.K2 partially_met.
- Assessment-only route: a tracked DELETION of a wild-card entry to the Final; what is left says
  wild cards are the University's, on its MA, "not on the Award" (another provider's arrangement,
  negation) -> 2.3 not_met.
- CRB: only the club's coaches, ball crew marshals and volunteers are checked (right words, wrong
  people); Players' checks are "a matter for their employing schools"; a Word comment from the
  Referee claims the Entry Form records CRB numbers (comments are not the submission)
  -> 5.3 not_met.
- Courtside (e-learning): readings and a players' forum, but "Chair Umpires do not answer
  questions on Courtside" and questions wait for the next Championship Day -> 3.3 partially_met.
- Away Fixtures (placements): held at Hollin Bank in the 2007-08 Exhibition Season (past); for
  2008-09 "no host school has yet been secured" -> 5.5 partially_met (guest specialists are real).
- Pavilion resources: projector, wireless, a small library, but "no assistive technology or
  specialist software of its own" -> 5.6 partially_met.
- Line Judges "receive this Order of Play and the Line Judge's sheet; there is no separate
  briefing" while Chair Umpires are University markers -> 5.7 partially_met.
- Hawk-Eye: a tracked INSERTION adds the Supervisor's sampling (inserted text counts) -> 5.8 met.
- Child development "is not played" (negation) -> 6.K4 not_met.
- Special arrangements for national tests and examinations appear nowhere -> 6.S2d not_met.
- Scoreboard "Warm-up only" cells (feedback, not marked): 6.S2c, 6.A4 -> partially_met.
- Scoreboard "Line Judge's comment (not marked)": 6.A3 -> partially_met; "Day 6 reflection (not
  marked)": 6.S9 -> partially_met; "Played on: -" but called in every Match: 6.A5 -> partially_met
  (assessed, not developed); 6.K2 "Not called" -> partially_met.
- Award rule: "win all three Matches", but the Matches do not call every outcome -> 6.0 and 1.9
  partially_met.
- Conditions that do not spoil a met: Saturday repeats only "if six or more Players ask for them"
  (3.2 is met by the two starts and the swappable Matches); the club's Disability Tennis sessions'
  adjustments for junior players (wrong context) sit beside a real adjustment arrangement for
  Players (3.1 met).
- Header claims "Every outcome called" and the footer "Validated by the University of Wessingham":
  never evidence (E.1 is met in the body).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _on_helpers import (new_document, para, table, cell_text, shade_cell, text_box, header_footer,
                         footnote, comment, del_run, ins_run, deleted_paragraph, save, add_runs)

HERE = Path(__file__).parent
NAME = "on-01-quenbury-order-of-play"
GREEN = "D8E4BC"
PURPLE = "E4DFEC"

doc = new_document(font="Georgia", size=10.5)
header_footer(doc, "Quenbury Park Tennis Coaching and Schools Trust  |  Award Championships 2008-09  |  "
                   "Order of Play  |  Every outcome called",
              "Validated by the University of Wessingham  |  Registered charity no. 1093317")

para(doc, "QUENBURY PARK LAWN TENNIS CLUB", bold=True, size=11, align="center", color="3F3151")
para(doc, "Quenbury Park Tennis Coaching and Schools Trust", italic=True, align="center")
para(doc, "THE AWARD CHAMPIONSHIPS 2008-09", bold=True, size=20, align="center", color="3F3151")
para(doc, "ORDER OF PLAY", bold=True, size=16, align="center", shade=GREEN)
para(doc, "National Award for Special Educational Needs Coordination\n"
          "Postgraduate Certificate in Special Educational Needs Coordination, University of Wessingham",
     align="center", size=10)
para(doc, "Issued by the Referee's Office, The Pavilion, Quenbury Park, Wessingham Road, QU4 7LT",
     align="center", size=9, italic=True)

text_box(doc, [
    "**To the members of the approval panel**",
    "Every season of the Trust's courses is published as an Order of Play, in the same form the club "
    "uses for the Quenbury Park Open each June, and this is the Order of Play for the first season of "
    "the National Award. We send it whole rather than rewrite it: our Players, Line Judges and head "
    "teachers know the course in these words. The Referee's Notices (N1 to N21) set out the "
    "arrangements that another provider would put in a handbook, and the Scoreboard at the end shows "
    "where each of the national minimum outcomes is played and called.",
    "Margaret Ellery, Referee (Programme Leader), October 2008",
], height_pt=130)

doc.add_heading("Key to the Order of Play", level=1)
para(doc, "The club's words are kept throughout. Where this Order of Play says ... it means:")
table(doc, [
    ["In this Order of Play", "Means"],
    ["Player", "A teacher taking the Award. Every Player is, or is about to become, the SENCO of a school."],
    ["The Referee", "The programme leader, Margaret Ellery, who runs the Championships for the Trust and "
                    "answers to the Trust's Education Committee and the University."],
    ["Chair Umpire", "A tutor who teaches on Championship Days and marks Matches. Chair Umpires are "
                     "lecturers of the University of Wessingham and the Trust's two SEN tutors."],
    ["Line Judge", "A senior colleague in the Player's own school, usually the head teacher or a deputy, "
                   "who supports the Player's work in school."],
    ["Supervisor", "The external examiner appointed by the University for the Award."],
    ["Championship Day", "One of eight taught days, 9.15 to 3.45, held in the Pavilion at Quenbury Park."],
    ["Centre Court", "A session for the whole season's Players together, in the Long Room."],
    ["Court 2 / Court 3", "Workshops for half the Players at a time, in the Committee Room and the Garden Room. "
                          "Each is played twice so that every Player attends both."],
    ["Practice Courts", "Courtside, the Trust's online area, used between Championship Days (see N8)."],
    ["Qualifying", "Entry, the Qualifying Conversation and the Seeding Profile, all before Day 1 (N1)."],
    ["Bye", "An exemption from a Match through credit for prior learning (N2)."],
    ["Match", "One of the three assessed pieces of work. A Player who passes a Match has won it."],
    ["Warm-up", "A short task done on a Championship Day for feedback from a Chair Umpire. Warm-ups are "
                "not marked and count for nothing towards the Award."],
    ["Hawk-Eye", "Second marking and moderation of Matches (N11)."],
    ["Scoreboard", "The table at the end of this Order of Play, one line for each national minimum outcome."],
    ["Played on", "On the Scoreboard: the Championship Day and court on which an outcome is taught. "
                  "A dash means it is not taught in a session of its own."],
    ["Called by", "On the Scoreboard: the Match in which an outcome is marked. \"Warm-up only\" means it "
                  "receives feedback but no mark; \"Not called\" means it is not assessed in 2008-09."],
], widths=[4, 12.5])

doc.add_heading("The Referee's welcome", level=1)
para(doc, "Welcome to the first Award Championships at Quenbury Park. The Trust has run tennis in "
          "Quenbury's schools since 1994, and since 2003 its Schools Programme has included a coaching "
          "strand for pupils with special educational needs and disabilities; it was our schools' SENCOs, "
          "working beside our coaches, who asked us to bring their own training to the Pavilion.")
para(doc, "The Championships have one aim: that pupils with special educational needs in our Players' "
          "schools make better progress in reading, writing and mathematics. Every Match is judged in the "
          "end by what it does for pupils' attainment, and every Player is asked, from Qualifying to "
          "Finals Day, what difference the season has made to the pupils they teach.")
p = para(doc, "The Award is validated by the University of Wessingham as the Postgraduate Certificate in "
              "Special Educational Needs Coordination: 60 credits at Level 7 (masters level), in one "
              "module of 60 credits made of the three Matches. The University's School of Education "
              "approved the Award at its validation event on 3 July 2008 and awards the certificate; the "
              "Trust delivers the Championships under the University's academic regulations.")
footnote(doc, p, "The Postgraduate Certificate may count as the first 60 of the 180 credits of the "
                 "University's MA in Inclusive Education, at the University's discretion.")
para(doc, "Each season runs for one school year, part time, with eight Championship Days and work in "
          "your own school between them. The Order of Play below gives the days; the Matches come after "
          "it, and then the Referee's Notices. Please read Notice N1 before you enter.")

# ----------------------------------------------------------------- Order of Play
doc.add_heading("Order of Play: the eight Championship Days", level=1)
para(doc, "Days 1 to 4 are played on Thursdays in the autumn term; Days 5 to 8 on Thursdays in the "
          "spring and summer terms. Play starts at 9.15 with coffee in the Long Room. Courts 2 and 3 are "
          "played at 1.15 and again at 2.15.", italic=True)

DAYS = [
    ("DAY 1  -  Thursday 25 September 2008  -  OPENING DAY", [
        ["Centre Court", "9.30", "The Referee's welcome; the season, the Matches and the Scoreboard explained", "M. Ellery"],
        ["Centre Court", "followed by", "The law for SENCOs: Part IV of the Education Act 1996, the SEN Code of "
         "Practice (2001) and the SEN Toolkit, the SENCO's duties and what the school, the SENCO and others must do "
         "to put them into practice on a Monday morning", "Dr O. Rudd"],
        ["Court 2", "not before 1.15", "Disability equality: the Disability Discrimination Act 1995 and 2005, the "
         "Disability Equality Duty, accessibility plans, and the actions a school must take for disabled pupils",
         "H. Strang"],
        ["Court 3", "not before 1.15", "Every Child Matters: the five outcomes, the Children Act 2004, the Common "
         "Assessment Framework and where the SENCO stands in them", "Dr O. Rudd"],
        ["Centre Court", "3.15", "Seeding Profiles returned; each Player agrees a Player Plan with a Chair Umpire "
         "(N1)", "All Chair Umpires"],
    ]),
    ("DAY 2  -  Thursday 16 October 2008  -  KNOW THE GAME: THE COMMON TYPES OF SEN", [
        ["Centre Court", "9.30", "Speech, language and communication needs, with the interim findings of the "
         "Bercow Review (2008): what they look like in a classroom and how they affect learning",
         "A. Lyle (speech and language therapist, Wessingham PCT)"],
        ["Court 2", "not before 1.15", "Specific learning difficulties, including dyslexia: identification, "
         "teaching and what the evidence says", "H. Strang"],
        ["Court 3", "not before 1.15", "Autistic spectrum disorders, and behavioural, emotional and social "
         "difficulties: behaviour as communication", "P. Gwynne"],
        ["Centre Court", "3.00", "Moderate learning difficulties: the largest group and the least noticed",
         "Dr O. Rudd"],
    ]),
    ("DAY 3  -  Thursday 13 November 2008  -  READING THE GAME: RESEARCH, INSPECTION AND BEST PRACTICE", [
        ["Centre Court", "9.30", "What inspection tells us: Ofsted's Special educational needs and disability: "
         "towards inclusive schools (2004) and Inclusion: does it matter where pupils are taught? (2006)",
         "Dr S. Marr (University)"],
        ["Centre Court", "followed by", "Best practice in meeting special educational needs: three Quenbury "
         "schools and what the research says about why their provision works", "Dr S. Marr"],
        ["Court 2", "not before 1.15", "Reading research critically: judging an intervention's evidence, with "
         "the University's library, e-journals and an external adviser's report", "Dr S. Marr"],
        ["Court 3", "not before 1.15", "Approaches, strategies and resources for assessment, planning, teaching "
         "and learning, including ICT: from small-group programmes to text-to-speech, and how to judge what "
         "removes a barrier and what only looks busy", "P. Gwynne"],
        ["Centre Court", "3.15", "Warm-up: an annotated list of five sources for your Match 2 intervention",
         "All Chair Umpires"],
    ]),
    ("DAY 4  -  Thursday 4 December 2008  -  KEEPING SCORE: IDENTIFICATION, TRACKING AND PUPIL VOICE", [
        ["Centre Court", "9.30", "Identifying pupils who may have SEN or disabilities through classroom "
         "observation, data, assessment and monitoring; setting challenging targets; planning interventions "
         "that remove barriers; reviewing progress", "H. Strang"],
        ["Court 2", "not before 1.15", "Using assessments from other professionals: reading an educational "
         "psychologist's report, a speech and language therapy assessment and an occupational therapist's "
         "advice, and turning them into teaching approaches", "A. Lyle, H. Strang"],
        ["Court 3", "not before 1.15", "Tracking with summative data: National Curriculum levels, P scales, the "
         "Key Stage tests and RAISEonline, to follow pupils' progress and change programmes that are not "
         "working", "Dr O. Rudd"],
        ["Centre Court", "3.00", "Assessment for learning for every pupil: encouraging colleagues to develop "
         "formative assessment, with approaches for pupils with SEN (Warm-up: plan a colleague's lesson with you)",
         "P. Gwynne"],
        ["Centre Court", "followed by", "Pupil voice: consulting children and young people about what affects "
         "them - interviews, Talking Mats, pupil-led reviews - so that pupils plan, agree, review and evaluate "
         "their own provision with their teachers", "H. Strang"],
    ]),
    ("DAY 5  -  Thursday 22 January 2009  -  CAPTAINCY: LEADING AND DEVELOPING COLLEAGUES", [
        ["Centre Court", "9.30", "Gaining the commitment of colleagues, your head teacher and senior leaders to "
         "better outcomes for pupils with SEN", "M. Ellery"],
        ["Court 2", "not before 1.15", "Deploying and managing teaching assistants and other staff to support "
         "pupils with SEN", "P. Gwynne"],
        ["Court 3", "not before 1.15", "Supporting colleagues' professional development: observing lessons and "
         "giving feedback, modelling, coaching and mentoring, and planning and running a staff training "
         "session; advising colleagues in other schools", "M. Ellery, club Head Coach T. Dalby"],
        ["Centre Court", "3.00", "Working with parents and carers: listening, building trust, annual reviews and "
         "difficult conversations (Warm-up: a role-played meeting with a parent, observed by a partner)",
         "H. Strang, Quenbury Parent Partnership Service"],
        ["Centre Court", "followed by", "The SENCO's week: priorities, time and delegation", "M. Ellery"],
    ]),
    ("DAY 6  -  Thursday 5 March 2009  -  DOUBLES: WORKING WITH OTHER SERVICES  -  [Venue for Day 6 to be confirmed]", [
        ["Centre Court", "9.30", "The agencies around a school - educational psychology, speech and language "
         "therapy, CAMHS, the Sensory Support Service, social care and Connexions: who they are, what they do and "
         "how a SENCO gets specialist support and resources from them", "Dr O. Rudd"],
        ["Court 2", "not before 1.15", "Working in partnership: a specialist teacher, a CAMHS nurse and "
         "speakers from Wessingham Mencap and the Dyslexia Association's local branch on a coordinated approach",
         "Guest panel"],
        ["Court 3", "not before 1.15", "Multi-agency meetings and the Common Assessment Framework in practice",
         "H. Strang"],
        ["Centre Court", "3.15", "Day 6 reflection: each Player writes a page on one partnership in their own "
         "school (read by a Chair Umpire, not marked)", "All Chair Umpires"],
    ]),
    ("DAY 7  -  Thursday 30 April 2009  -  STRATEGY: POLICY, SELF-EVALUATION AND GOVERNORS", [
        ["Centre Court", "9.30", "Working with senior colleagues and governors on an inclusive ethos, the SEN "
         "policy, priorities for school and curriculum, and the use of resources", "M. Ellery, a governor of "
         "Quenbury Vale Primary"],
        ["Court 2", "not before 1.15", "Provision mapping and management: costing provision, and finding "
         "provision that is missing or not working", "P. Gwynne"],
        ["Court 3", "not before 1.15", "The principles of school self-evaluation and improvement, and reviewing "
         "provision with colleagues to inform the school's SEF and improvement plan", "Dr S. Marr"],
        ["Centre Court", "3.00", "Warm-up: problems at the net - three case scenarios, each a decision about "
         "provision to be made and defended in pairs", "All Chair Umpires"],
    ]),
    ("DAY 8  -  Thursday 25 June 2009  -  FINALS DAY", [
        ["Centre Court", "9.15", "The Finals (Match 3): each Player's presentation and professional dialogue, "
         "in four rooms at once; timings sent by the Referee's Office", "Chair Umpires in pairs"],
        ["Court 2", "not before 1.15", "Next Season: keeping up to date, taking charge of your own CPD on SEN "
         "and disability, and drafting objectives for 2009-10 to take to your line manager (N21)", "M. Ellery"],
        ["Centre Court", "3.00", "The Referee's closing; Scorecards completed (N12)", "M. Ellery"],
    ]),
]
for title, rows in DAYS:
    allrows = [[title], ["Court", "Time", "Session", "Chair Umpire"]] + rows
    t = table(doc, allrows, header=False, widths=[2.6, 2.3, 8.6, 3.0], merged_rows=(0,), merged_shade=GREEN)
    for c in t.rows[1].cells:
        shade_cell(c, "F2F2F2")
        for r in c.paragraphs[0].runs:
            r.bold = True
    para(doc, "", space_after=4)

# ----------------------------------------------------------------- Matches
doc.add_heading("The Matches", level=1)
para(doc, "Three Matches make up the Award. Each is marked by a Chair Umpire against the University's "
          "Level 7 criteria and the Scoreboard lines it calls. The order of Matches 1 and 2 may be swapped "
          "(N5).")
table(doc, [
    ["Match", "What the Player does", "Length and date", "How it is marked"],
    ["Match 1: The Provision Review",
     "Maps the provision for pupils with SEN in their own school, costs it, finds what is missing or not "
     "working, reviews it with colleagues, and makes recommendations which the Player presents to the head "
     "teacher and a governor. Includes a plan for deploying teaching assistants.",
     "4,000 words; 13 February 2009 (or 15 May for the January draw)",
     "Chair Umpire, with Hawk-Eye sample. The Line Judge confirms the presentation took place."],
    ["Match 2: The Intervention Study",
     "Identifies a small group of pupils, uses assessments from other professionals and the school's summative "
     "data, sets targets with the pupils and their parents, runs a six- to ten-week intervention, takes baseline "
     "and follow-up measures, reviews progress with pupils and parents, and evaluates it against research.",
     "5,000 words; 15 May 2009 (or 13 February for those who swap)",
     "Chair Umpire, with Hawk-Eye sample."],
    ["Match 3: The Final",
     "A portfolio (a map of the agencies the school works with, a log of one coaching relationship with a "
     "colleague, the Player's Next Season plan and a reflective commentary of 2,000 words) and a 20-minute "
     "presentation with a professional dialogue on Finals Day.",
     "Portfolio 12 June 2009; Finals Day 25 June 2009",
     "Two Chair Umpires together; the Supervisor attends the Finals."],
], widths=[3.2, 7.5, 3.0, 3.5])
para(doc, "")

# ----------------------------------------------------------------- Notices
doc.add_heading("Referee's Notices", level=1)
para(doc, "These notices are the conditions of the Championships. They are read out on Day 1 and posted "
          "on Courtside.", italic=True)


def notice(num, title, *paras):
    p = para(doc, f"**{num}  {title}.**  " + paras[0])
    out = [p]
    for t in paras[1:]:
        out.append(para(doc, t, indent=0.6))
    return out


notice("N1", "Entry and Qualifying",
       "Entries are accepted from qualified teachers who hold, or have been offered, the post of SENCO in a school, "
       "with the written support of their head teacher on the Entry Form. Every entrant has a Qualifying "
       "Conversation of forty minutes with the Referee or a Chair Umpire in July or early September, to make sure "
       "that they have enough knowledge, understanding and experience to benefit from the Championships and to "
       "reach every outcome by Finals Day. An entrant who is not yet ready is told what they need to do - usually "
       "a term shadowing an experienced SENCO or the Trust's twilight SEN Foundations course - and the Referee "
       "speaks to their head teacher about it; they are offered a place in the next draw.",
       "At Qualifying each Player also completes the Seeding Profile: a self-assessment against every line of "
       "the Scoreboard, rated from 1 (new to me) to 4 (I do this well and could show it), with a short example "
       "for any line rated 3 or 4. The Chair Umpire checks the examples in conversation, because a rating can "
       "rest on knowledge that is out of date. On Day 1 the Player and the Chair Umpire agree a Player Plan "
       "from the Profile: the Player's own targets for the season, the Scoreboard lines they will work hardest "
       "on, which Court 2 and Court 3 sessions matter most to them, and the focus of Matches 1 and 2. The Plan "
       "is reviewed at the January tutorial.")
notice("N2", "Byes",
       "A Player who already holds credit at Level 7 for study of special educational needs, or who can show "
       "equivalent learning from experience, may claim a bye through Match 1 under the University's procedures "
       "for the accreditation of prior certificated and experiential learning. Claims are made to the Referee "
       "by 30 September with the evidence; the University's APL panel decides them and the Supervisor sees "
       "every claim granted. A bye is worth up to 20 credits. A Player given a bye still plays Matches 2 and 3 "
       "and still answers every line of the Scoreboard that Match 1 would have called, in the Match 3 "
       "portfolio.")
n3 = notice("N3", "Wild cards",
            "")
p = n3[0]
del_run(p, "An experienced SENCO may be given a wild card into the Final, entering Match 3 without "
           "Championship Days or Matches 1 and 2 where the Referee is satisfied they already meet the outcomes. ")
add_runs(p, "Wild cards are offered by the University of Wessingham on its MA in Inclusive Education, for "
            "teachers from its partner support services; the Trust does not offer a wild card on the Award.")
notice("N4", "Players with a disability",
       "The Entry Form invites every entrant to tell us about a disability or any other need, and the Referee "
       "asks again, privately, at the Qualifying Conversation, so that reasonable adjustments are in place "
       "before Day 1. Adjustments made in the Exhibition Season and offered again include: papers in large "
       "print or on disk a week before each Day, a hearing loop in the Long Room, a ground-floor room for "
       "Court 3, extended deadlines and a spoken alternative to part of a written Match agreed with the "
       "University's disability adviser, and a parking space by the Pavilion door. Our publicity and the "
       "Entry Form are available in large print and on disk, and the Trust follows the University's "
       "equality schemes under the Disability Discrimination Act and the Race Relations (Amendment) Act in "
       "selection, teaching and assessment.",
       "(The club's Disability Tennis sessions on Saturday mornings make their own reasonable adjustments for "
       "junior players; they are run by the Head Coach and are not part of the Championships.)")
notice("N5", "The draw: two starts and the order of Matches",
       "There are two draws each season. The September draw starts on Day 1 as above. The January draw starts "
       "on Day 5, plays Days 5 to 8, and completes Days 1 to 4 with the next September draw, finishing at the "
       "following Finals Day; Match 1 is then due in May and Match 2 in February. Any Player may ask to swap "
       "the order of Matches 1 and 2 to fit their school's year. A Player who must stop for a term (illness, "
       "maternity, a school reorganisation) may take it up with the next draw without losing Matches already won.")
notice("N6", "Rain policy",
       "A Player who misses a Championship Day works through the day's papers and recorded Centre Court talk on "
       "Courtside and has a 30-minute catch-up by telephone with a Chair Umpire. Saturday repeats of Days 1 "
       "and 5 are played if six or more Players ask for them.")
notice("N7", "Child development",
       "The Championships do not include a session on how children develop. Players are expected to bring this "
       "knowledge from their initial teacher training and their own classrooms; child development is not "
       "played on any Day and the Seeding Profile does not ask about it.")
notice("N8", "Courtside (the Practice Courts)",
       "Courtside is the Trust's online area, on the University's Blackboard site. It holds the papers and "
       "readings for each Day, recordings of Centre Court talks, the Match briefs and the Scoreboard, and a "
       "Players' forum where Players help one another between Days. Chair Umpires do not answer questions on "
       "Courtside; questions are kept for the next Championship Day or the January tutorial.")
notice("N9", "The Chair Umpires",
       "Dr Owen Rudd (Senior Lecturer in Inclusive Education, University of Wessingham; formerly SENCO of a "
       "large comprehensive school and a local authority SEN officer) and Dr Sarah Marr (Lecturer in Education, "
       "research on provision for pupils with SLCN) teach and mark for the University. Helen Strang (the Trust's "
       "SEN tutor; SENCO for twelve years, holder of the OCR Diploma in specific learning difficulties) and "
       "Peter Gwynne (the Trust's second SEN tutor; formerly deputy head of Hollin Bank Special School and an "
       "outreach teacher for pupils with autism) teach and mark for the Trust. All four take part in the "
       "University's marking standardisation each year and keep their practice current: both Trust tutors "
       "still work two days a week in schools.")
notice("N10", "Line Judges",
       "Every Player names a Line Judge on the Entry Form. The Line Judge makes time for the Player's work in "
       "school, receives the Provision Review presentation, signs that the intervention took place, and writes "
       "a short comment for the Match 3 portfolio on how the Player organised the work. Line Judges receive "
       "this Order of Play and the Line Judge's sheet; there is no separate briefing.")
n11 = notice("N11", "Hawk-Eye",
             "Every Match that a Chair Umpire marks as a fail or a distinction is second-marked by another Chair "
             "Umpire, and a further one in five of all Matches is second-marked blind. The four Chair Umpires "
             "meet after each Match deadline to agree marks on a sample of three scripts before any mark is "
             "released. ")
ins_run(n11[0], "The Supervisor samples Matches 1 and 2 from every Chair Umpire, attends the Finals, and "
                "reports to the University's Board of Examiners, which confirms every mark.", author="M. Ellery")
notice("N12", "Scorecards and the Referee's Review",
       "Players complete a Scorecard (a one-page evaluation) at the end of every Championship Day and a longer "
       "Season Scorecard on Finals Day. Line Judges complete a Line Judge's Scorecard in June. The Referee "
       "reports the Scorecards, the Chair Umpires' notes, Match results and the Supervisor's report to the "
       "Referee's Review in July, where the Chair Umpires, the University's course director, the local "
       "authority's Principal Adviser for SEN and two head teachers who were Line Judges agree the changes "
       "for the next season. The Review's changes are published in the next Order of Play, and the "
       "University's annual monitoring report records them.")
notice("N13", "What changes for pupils and Players",
       "Every Player takes baseline measures of the pupils in their Match 2 intervention before it starts "
       "(a reading or number age, a spelling age or a standardised score) and the same measures at the end, and again in the following term. The Referee "
       "collects these, without names, for the Review. Players rate their own confidence against the "
       "Scoreboard at Qualifying and again on Finals Day, and Line Judges are asked on their Scorecard what "
       "has changed in the school.")
notice("N14", "Away Fixtures",
       "An Away Fixture is a day spent in a special school or resource base, watching and working alongside its "
       "staff. In the Exhibition Season every Player spent a day at Hollin Bank Special School. For 2008-09, no "
       "host school has yet been secured; Away Fixtures will be offered if hosts can be found. Specialist "
       "speakers from the PCT, CAMHS and the voluntary sector play on Days 2 and 6.")
notice("N15", "The Pavilion",
       "Championship Days are held in the Pavilion, which has a projector and wireless access in each room "
       "and a small library of some sixty books on SEN and disability which Players may borrow. The Trust has "
       "no assistive technology or specialist software of its own; Players bring examples from their schools "
       "to Day 3.")
n16 = notice("N16", "Safeguarding",
             "All coaches, ball crew marshals and volunteers at Quenbury Park hold an enhanced CRB disclosure, "
             "checked by the Club Welfare Officer under the club's Safeguarding Policy. Players' checks are a "
             "matter for their employing schools.")
comment(doc, n16[0], "We do record each Player's CRB disclosure number on the Entry Form - can we say so? ME",
        author="Margaret Ellery", initials="ME")
notice("N17", "Who shaped the Championships",
       "In February 2008 the Trust and the local authority asked the SENCOs and head teachers of the 46 schools "
       "in the Schools Programme what a new SENCO most needed; 31 schools replied. Most asked for help with "
       "leading colleagues and with the agencies, and fewest for the law, which the local authority already "
       "teaches. Their answers are why Days 5 and 6 are full days and why the law takes one morning. The "
       "eleven teachers of the Exhibition Season met as a Players' Committee in June 2008; at their request "
       "the Provision Review became the first Match instead of the last, and the Day 6 panel was added.",
       "The local authority's Principal Adviser for SEN and two head teachers read the draft Order of Play in "
       "May 2008; at their suggestion the Warm-ups were made unmarked, so that Players could try things out.")
notice("N18", "Who takes part",
       "Stakeholders play throughout the season: head teachers and deputies as Line Judges; the PCT's speech "
       "and language therapists, CAMHS and the voluntary sector as speakers; a governor on Day 7; and the local "
       "authority and head teachers on the Referee's Review (N12). We hope that, in time, parents of pupils "
       "coached in the Schools Programme will join the Review too.")
notice("N19", "Entry fee",
       "The entry fee is £1,450 for the season, including the University's registration. For schools in the "
       "Schools Programme the Trust meets £300 of the fee, and the local authority meets a further £400 for "
       "SENCOs in their first two years in post. The Player Plan means that time on Days is spent where each "
       "Player needs it, and Players with a bye pay £350 less.")
notice("N20", "Winning the Championship",
       "A Player who wins all three Matches is awarded the Postgraduate Certificate by the University and the "
       "National Award. A Player who loses a Match may replay it once, within the season.")
notice("N21", "Next Season",
       "On Finals Day afternoon every Player drafts their objectives for the next year on the Trust's Next "
       "Season planner, looking at the lines of the Scoreboard they rated lowest on Finals Day, and at further "
       "study (the University's MA) and other opportunities. The planner is written to be taken to the "
       "Player's line manager for their performance review; a copy goes in the Match 3 portfolio.")

# ----------------------------------------------------------------- Exhibition season
doc.add_heading("Results of the 2007-08 Exhibition Season", level=1)
para(doc, "The Exhibition Season was played for eleven teachers without accreditation. It is over; the "
          "results are given for the record.", italic=True)
table(doc, [
    ["", "Exhibition Season 2007-08", "What we kept or changed"],
    ["Players", "11 SENCOs from Schools Programme schools; 10 finished", "Open to any school in the county"],
    ["Days", "Six Saturdays", "Eight Thursdays, with schools' support for release"],
    ["Away Fixtures", "A day at Hollin Bank Special School for every Player", "No host yet for 2008-09 (N14)"],
    ["Matches", "Two essays, marked by the Trust only", "Three Matches, marked for the University, with Hawk-Eye"],
    ["Tutor help online", "The Referee answered forum questions weekly", "Questions kept for Championship Days (N8)"],
], widths=[3.2, 6.7, 6.7])
para(doc, "")

# ----------------------------------------------------------------- Scoreboard
doc.add_heading("The Scoreboard", level=1)
para(doc, "One line for each national minimum outcome, in our words. \"Played on\" and \"Called by\" are "
          "explained in the Key to the Order of Play.")
SB = [
    ["Line", "The Player ...", "Played on", "Called by"],
    ["THE PLAYER'S ATTRIBUTES"],
    ["A", "builds fair, respectful and constructive relationships with pupils with SEN and their parents", "Day 5, Centre Court (parents); Day 4 (pupil voice)", "Match 2"],
    ["B", "wins the commitment of colleagues, the head teacher and senior leaders", "Day 5, Centre Court", "Match 1 (presentation)"],
    ["C", "sets priorities, manages time and delegates well", "Day 5, Centre Court", "Line Judge's comment (not marked)"],
    ["D", "anticipates and solves problems and makes sound decisions about provision", "Day 7, Centre Court", "Warm-up only"],
    ["E", "speaks and writes clearly and listens to others' views", "-", "Matches 1 and 2 (written), Match 3 (spoken)"],
    ["F", "uses research and outside advice to improve their own and colleagues' practice", "Day 3, Court 2", "Match 2"],
    ["G", "keeps up to date and takes charge of their own CPD on SEN and disability", "Day 8, Court 2", "Match 3 (Next Season plan)"],
    ["WHAT THE PLAYER KNOWS"],
    ["H", "the law and guidance on SEN, including the Code of Practice, and how to put them into practice", "Day 1, Centre Court", "Match 3"],
    ["I", "Every Child Matters and the SENCO's part in the five outcomes", "Day 1, Court 3", "Not called"],
    ["J", "the law on disability equality and what it requires of a school", "Day 1, Court 2", "Match 3"],
    ["K", "the common types of SEN (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and their effect on learning", "Day 2, all courts", "Match 2"],
    ["L", "approaches, strategies and resources, including ICT, judged critically", "Day 3, Court 3", "Match 2"],
    ["M", "the principles of school self-evaluation and improvement for pupils with SEN", "Day 7, Court 3", "Match 1"],
    ["N", "best practice and research in meeting SEN", "Day 3, Centre Court", "Match 2"],
    ["O", "what the external agencies do and how to get their support and resources", "Day 6, Centre Court", "Match 3 (agency map)"],
    ["WHAT THE PLAYER DOES"],
    ["P", "with senior colleagues and governors, shapes an inclusive ethos, policy, priorities and resources", "Day 7, Centre Court", "Match 1"],
    ["Q", "identifies pupils, sets challenging targets, plans interventions and reviews progress", "Day 4, Centre Court", "Match 2"],
    ["Q1", "uses other professionals' assessments to shape teaching", "Day 4, Court 2", "Match 2"],
    ["Q2", "uses summative data and national tests to track progress and change programmes", "Day 4, Court 3", "Match 2"],
    ["Q3", "encourages colleagues' formative assessment for pupils with SEN", "Day 4, Centre Court", "Warm-up only"],
    ["R", "maps and manages provision and finds what is missing or not working", "Day 7, Court 2", "Match 1"],
    ["S", "deploys and manages staff", "Day 5, Court 2", "Match 1"],
    ["T", "supports colleagues' development by observation, feedback, modelling, coaching and training", "Day 5, Court 3", "Match 3 (coaching log)"],
    ["U", "reviews provision with colleagues to inform self-evaluation and improvement planning", "Day 7, Court 3", "Match 1"],
    ["V", "makes sure pupils help plan, agree, review and evaluate their provision", "Day 4, Centre Court", "Match 2"],
    ["W", "works with parents and carers to help their children learn", "Day 5, Centre Court", "Match 2"],
    ["X", "works in partnership with other services and voluntary organisations", "Day 6, Court 2", "Day 6 reflection (not marked)"],
]
band = tuple(i for i, r in enumerate(SB) if len(r) == 1)
table(doc, SB, widths=[1.2, 8.3, 3.8, 3.5], merged_rows=band, merged_shade=PURPLE, head_shade=GREEN)
para(doc, "")
para(doc, "The Scoreboard is checked by the Referee before each season. Any line a Player has not shown by "
          "Finals Day is discussed with them and their Line Judge.", italic=True, size=9)
para(doc, "Margaret Ellery, Referee  -  for the Trustees of the Quenbury Park Tennis Coaching and Schools "
          "Trust and the University of Wessingham", size=9)

save(doc, HERE / f"{NAME}.docx")
print("wrote", NAME)
