"""mw-02-tallisford-fight-score: build the .docx next to this script.

Provider (invented): Tallisford Academy of Arms, a fencing club and coaching school whose Fight Department trains
actors and fight directors in stage combat and whose education programme works in Tallisford's schools, with
Harrowmere University (Faculty of Education) validating the Award inside its MA Education. Score v3, January 2009.

Document kind and layout: the course written as a fight director's FIGHT SCORE for a staged fight called "The Long
Year": a title block table with merged, shaded cells; a version history; the Fight Director's note; a Company and
Crew table (performers = participants, Fight Director = programme leader, Fight Instructors = tutors, Fight Captains
= school-based mentors, Stage Manager = administrator, Outside Eye = external examiner, Fight Consultants = visiting
specialists); a VML text box "Fight Captain's Card"; "Before first call" safety notes typed with hand numbers; the
Notation Key (speeds: Call, Full speed, Half speed, Marked through, Cut) far above the Moves List; the Score in four
Phrases, each a table "Beat | When | Action | Who | Speed" with stage directions in brackets and typed "Fight notes"
under it; the Curtain Call and Encore; Notes after the preview (a "Note | Given by | What we changed" table); the
Production Meeting; the Moves List (28 rows in three merged group rows, "Move | In our words | Learned in |
Performed in"); a sign-off. Heading 1 and Heading 2 styles for the main parts. Two Word comments. Tracked changes:
a deleted January run, an inserted filming sentence, a change in a Moves List cell (K7: "Marked through" deleted,
"P3" inserted). A "[name TBC by Harrowmere]" placeholder and a "[date TBC]". Header and footer with a PAGE field.

Traps (requirement ids):
- Stage vocabulary: "Marked through" means walked through at a call, NOT marked (6.A5, 6.K4, 6.K9, 6.S5
  partially_met); "Half speed" is Fight Captain feedback only (6.S2c partially_met); "Full speed" is a marked
  Performance. The key sits in the Notation Key, far above the Moves List.
- The pupils' voice beat is "Cut" in v3 and moved to the Encore, an optional later module (6.S7 not_met; 1.5
  partially_met, since Performance 2 only records the pupil's view in their words).
- No Moves List row for examination access arrangements; a comment asks where it went (6.S2d not_met; comments are
  not evidence).
- K7's cell is a tracked change from "Marked through" to "P3", and Performance 3 is written as the SEN part of the
  self-evaluation form (6.K7 met: the insertion stands, the deletion does not).
- Credits: the title block says 40 credits at Level 7; the version history says v2 "carried 60 credits" (a past
  arrangement) (E.2 partially_met).
- Understudy (assessment-only) route exists only if the University's Academic Board approves it in June 2009; "until
  it does, there is no Understudy route"; a comment warns not to promise it (2.3 not_met: a condition, a plan).
- Warm-up needs questionnaire used only for the whole company's pace: "The score itself is the same for every
  performer" (2.2 partially_met; 2.4 partially_met with only school beats fitted by Captains).
- One run a year from September in fixed order; the January run is a deleted tracked sentence and a past
  arrangement in the version history; only recorded calls for catch-up (3.2 partially_met).
- Callboard online: recordings, Fight Instructor threads answered within three working days, peer comments, heads'
  and Captains' access (3.3 met).
- "We did not survey schools or the local authority before writing the score" (4.1 partially_met: only general
  experience and the preview); preview notes table with changes (4.2 met); Production Meeting with heads, Captains,
  the Parent Partnership Service, a head reading Performance 3 (4.3 met).
- The Armoury is the Academy's fencing kit store: "60 foils, 40 epees, 30 sabres" (5.6 partially_met: right word,
  wrong thing; only the University library for SEN resources).
- Double marking, but the Outside Eye is "[name TBC by Harrowmere]" and what they see "will be agreed" (5.8
  partially_met).
- Research call reads only older texts (Warnock 1978, the 1994 Code, a 1999 book) and no inspection evidence
  (1.3 partially_met; 6.K8 still met as taught and marked in P1).
- Award rule: "any two of the three Performances" and ten of twelve calls (6.0 not_met: compensation allows the
  Award without all outcomes); 1.9 partially_met.
- CRB: enhanced disclosure seen by the Stage Manager, new ones through the Academy, heads confirm List 99 and
  disciplinary checks (5.3 met). Audition with head's letter, First Position course for those not ready (5.2 met).
- APEL portfolio replaces the Phrase 1 calls but not the Performances (2.1 met).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _mw_helpers import (new_doc, para, add_runs, add_ins, add_del, comment, textbox, table, merged_row, shade,
                         cell_text, header_footer)
from docx.shared import Pt, Cm

OUT = Path(__file__).with_name("mw-02-tallisford-fight-score.docx")
FD = "Kit Marchbank"
DATE = "2009-01-19T16:40:00Z"

doc = new_doc("Arial", 10)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin = sec.bottom_margin = Cm(2.0)
header_footer(doc, [("FIGHT SCORE \u00b7 THE LONG YEAR \u00b7 v3", "b"),
                    " \u00b7 not to be rehearsed without the Fight Director"],
              "Tallisford Academy of Arms \u00b7 Fight Department \u00b7 page ")


def h1(text):
    return doc.add_heading(text, level=1)


def h2(text):
    return doc.add_heading(text, level=2)


def body(runs):
    return para(doc, runs)


# ---------------------------------------------------------------- title block
tb = table(doc, [["", "", "", ""],
                 ["Production", "THE LONG YEAR: the National Award for SEN Coordination, run 1, 2009-10", "", ""],
                 ["Company", "Tallisford Academy of Arms, Fight Department, with Harrowmere University", "", ""],
                 ["Fight Director", "Kit Marchbank", "Score version", "v3, 19 January 2009"],
                 ["Running time", "September 2009 to July 2010: twelve calls and three Performances", "Company",
                  "16 performers"],
                 ["Credits", "40 credits at Level 7 (masters level) within Harrowmere University's MA Education, "
                  "validated by the University on 10 December 2008", "", ""]],
           widths=[3.0, 7.0, 3.0, 4.0], size=9)
merged_row(tb, 0, [("FIGHT SCORE", "b")], fill="1F1F1F", size=14)
tb.cell(0, 0).paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
for i in (1, 2, 5):
    a = tb.cell(i, 1).merge(tb.cell(i, 3))
    txt = a.text.strip()
    cell_text(a, txt, size=9)
for i in range(1, 6):
    shade(tb.cell(i, 0), "D9D9D9")
for i in (3, 4):
    shade(tb.cell(i, 2), "D9D9D9")
para(doc, "")

vh = table(doc, [["Version", "Date", "What changed"],
                 ["v1", "March 2008", "First notation of the fight, written by the Fight Director."],
                 ["v2", "June 2008", "Used for the preview, a short run of Phrase 1 with twelve Tallisford SENCOs. "
                  "v2 carried 60 credits and had two runs a year, from September and from January."],
                 ["v3", "January 2009", "Re-blocked after the preview notes (see Notes after the preview). Credits "
                  "as validated by Harrowmere. This is the score for the approval panel."]],
           widths=[1.6, 2.6, 12.8], size=9, header_fill="D9D9D9")

# ---------------------------------------------------------------- FD note
h1("Fight Director's note")
body("This is the score we rehearse from. A fight score sets down every move of a staged fight so that it can be "
     "taught, rehearsed and repeated safely; ours sets down a year of training for teachers new to the SENCO role, "
     "in the notation our Fight Department has used for twenty years. We have kept our own words, because they are "
     "the words our instructors think in. The Notation Key explains them.")
body("The fight has one purpose: that children and young people with special educational needs and disabilities in "
     "our performers' schools learn more and fare better, that they enjoy and achieve, stay safe, are healthy, make "
     "a positive contribution and are ready for economic well-being, because their SENCO leads provision well. Each "
     "Phrase of the score serves that purpose, and every Performance asks the performer to show what changed for "
     "pupils, in their learning and in their well-being.")
body("The Academy has taught fencing in Tallisford's schools since 1988, including wheelchair fencing and sessions "
     "for autistic pupils, and it was the SENCOs of those schools who asked us to help train the SENCOs who follow "
     "them. Harrowmere University's Faculty of Education validates the fight and awards the credits; its staff teach "
     "three of the twelve calls.")
body("We did not survey schools or the local authority before writing the score; what we know of new SENCOs' "
     "needs, we know from twenty years of fencing in Tallisford's schools and from the preview.")

# ---------------------------------------------------------------- company and crew
h1("Company and crew")
crew = [
    ["Role", "Who", "What they do"],
    ["Performers", "Sixteen teachers new to the SENCO role", "Take every call, rehearse the half-speed beats in their "
     "own school, give the three Performances."],
    ["Fight Director (FD)", "Kit Marchbank, the Academy's Director of Education; SENCO in two Tallisford primary "
     "schools from 1996 to 2005; MA in Special Educational Needs; Advanced Actor Combatant",
     "Writes the score, leads six calls, chairs the marking."],
    ["Fight Instructors (FI)", "Dr Sunita Rao, Senior Lecturer in SEN and Inclusion, Harrowmere University, formerly an "
     "educational psychologist; Declan Moyes, advisory teacher for autism, Tallisford Borough Council, who still "
     "teaches two days a week; Ann-Marie Obi, head of Millbrook Special School until 2008, now a National Leader of "
     "Education", "Teach the other calls; mark the Performances in pairs; answer their performers on the Callboard."],
    ["Fight Captains (FC)", "Serving SENCOs with at least three years in the role, one for every three performers",
     "Support performers in school; watch and give feedback on half-speed beats; do not mark Performances."],
    ["Stage Manager (SM)", "Rhiannon Tate, the Academy's education administrator", "Auditions, checks, the "
     "Callboard, records, notices."],
    ["Fight Consultants", "Visiting specialists for Call 8 (see the Score)", "Teach their part of Call 8."],
    ["Outside Eye (OE)", "[name TBC by Harrowmere]", "The University's external examiner for the fight."],
]
table(doc, crew, widths=[3.3, 7.2, 6.5], size=9, header_fill="D9D9D9")
para(doc, "")
textbox(doc, [[("FIGHT CAPTAIN'S CARD", "b")],
              "See each of your performers in school at least twice in every Phrase. Watch every half-speed beat and "
              "write your feedback on the Callboard within a week. Tell the Fight Director at once if a performer is "
              "falling behind. You do not mark Performances.",
              "Before the run, every Fight Captain comes to the Captains' Call: a full day in July with the Fight "
              "Director on the score, the Moves List, how to give feedback on a half-speed beat, and what to do if a "
              "performer is struggling. Fight Instructors mark their first Performances alongside the Fight "
              "Director, and all instructors and captains keep the Instructors' Handbook."],
        width_pt=430, height_pt=150, fill="FFF8DC", stroke="1F1F1F")

# ---------------------------------------------------------------- before first call
h1("Before first call")
body([("Safety note 1. Audition. ", "b"), "Every performer auditions: a forty-minute conversation with the Fight "
      "Director and a Fight Instructor, with a letter from the performer's head confirming that they hold qualified "
      "teacher status and are, or will be this year, the school's SENCO. A performer who is not yet ready to reach "
      "the Moves by the end of the run is told why, is offered a place on the Academy's six-week First Position "
      "evening course on the basics of SEN, and the Fight Director speaks to their head; they may audition again for "
      "the next run."])
body([("Safety note 2. Checks. ", "b"), "The Stage Manager sees each performer's enhanced CRB disclosure before "
      "first call. A disclosure more than three years old, or obtained through an employer other than the current "
      "school, is not accepted: the performer applies for a new one through the Academy, which is a registered body, "
      "before any school visit. The Stage Manager also asks each head to confirm in writing that the school's own "
      "pre-appointment checks, List 99 among them, were made and that there is no outstanding disciplinary matter."])
body([("Safety note 3. Access. ", "b"), "Every performer is asked on the audition form, and again privately at first "
      "call, whether they have a disability or a need we should plan for. Adjustments we have made include "
      "large-print and coloured-paper scores, a BSL interpreter, a ground-floor rehearsal room, extra time and a "
      "scribe for the written Performances, and a recorded rather than a live presentation. Our publicity says in "
      "plain words that disabled teachers are welcome and how to ask for help, and the Academy's equality scheme "
      "covers race, disability and gender."])
body([("Safety note 4. Warm-up. ", "b"), "At first call every performer fills in the Warm-up, a questionnaire that "
      "rates them against every Move on the Moves List. The Fight Director reads the Warm-ups to see where the "
      "company as a whole is strong or weak, and sets the pace of the early calls from them. The score itself is the "
      "same for every performer."])
body([("Safety note 5. Fitting the fight. ", "b"), "Each Fight Captain fits the half-speed beats to the performer's "
      "own school: a performer in a special school tracks different data from one in a secondary school. The fee for "
      "the run is \u00a31,250."])
body([("Safety note 6. Earlier training. ", "b"), "Performers who hold masters credits from earlier study may ask "
      "Harrowmere to count up to 20 of them. Experienced performers may instead claim credit for experience: they "
      "submit a portfolio mapped to the Moves List, two Fight Instructors assess it, and a successful claim replaces "
      "the Phrase 1 calls. Every performer still gives all three Performances."])
p = body([("Safety note 7. Understudies. ", "b"), "The Academy has asked Harrowmere to approve an Understudy route, "
          "by which an experienced SENCO could go straight to the three Performances without the calls. The "
          "University's Academic Board will consider it in June 2009; until it does, there is no Understudy route "
          "and every performer takes every call."])
comment(doc, p.runs[1:], "Kit, Academic Board may well say no. Please don't promise this to anyone yet. SR",
        "Sunita Rao", "SR")

# ---------------------------------------------------------------- notation key
h1("Notation key")
body("Each Phrase of the fight is a term's work. Each Beat is one numbered action in a Phrase: a call at the Academy, "
     "a beat rehearsed in the performer's school, or a Performance. Who: FD, FI, FC, SM as in Company and crew; P "
     "means every performer. Stage directions are in brackets.")
key = [["Speed", "What it means in this score"],
       ["Call", "Taught at the Academy, in the Long Room, on a Saturday from 9.30 to 4.00."],
       ["Full speed", "A Performance: marked by two Fight Instructors. In the Moves List, P1, P2 and P3 are the three "
        "Performances."],
       ["Half speed", "Rehearsed in the performer's school with the Fight Captain, who gives written feedback. Not "
        "marked."],
       ["Marked through", "Walked through at a call, slowly and without contact, as any fight is marked through "
        "before it is rehearsed: taught and talked over, but not rehearsed in school and not marked."],
       ["Cut", "Taken out of this version of the fight."]]
table(doc, key, widths=[3.0, 14.0], size=9, header_fill="D9D9D9")

# ---------------------------------------------------------------- the score
h1("The score")
p = body("There is one run a year, starting in September. The calls are on Saturdays and follow the order of the "
         "score. ")
add_del(p, "A second run will start each January. ", FD, DATE)
add_ins(p, "Every call is filmed, and the film, the notes and the slides are posted on the Callboard by the Monday "
        "after. ", FD, DATE)
add_runs(p, "A performer who misses a call watches the film on the Callboard and talks it through with their Fight "
         "Captain.")
body([("The Callboard. ", "b"), "The Callboard is the fight's online space, on Harrowmere's Moodle. Each performer "
      "has a thread with their Fight Instructor, who answers within three working days; performers post their "
      "half-speed beats there and comment on two other performers' beats; Fight Captains and heads can read their "
      "own performer's thread; and the Stage Manager sends notices through it by email and text message. Between "
      "calls the Callboard is where the company works together."])

SCORE_COLS = ["Beat", "When", "Action", "Who", "Speed"]
W = [1.1, 2.3, 9.8, 1.6, 2.2]


def phrase(title_text, rows, notes):
    h2(title_text)
    table(doc, [SCORE_COLS] + rows, widths=W, size=9, header_fill="D9D9D9")
    para(doc, [("Fight notes", "b")], keep=True).paragraph_format.space_before = Pt(4)
    for n in notes:
        para(doc, n, indent=14)


phrase("Phrase 1. The Approach (September to November)", [
    ["1.1", "Call 1, 19 Sep", "Salute and first position: the law and guidance. The SEN Code of Practice (2001) and "
     "the graduated response, the Special Educational Needs and Disability Act 2001, the Education (Special "
     "Educational Needs Co-ordinators) (England) Regulations 2008, the Disability Discrimination Act 1995 as amended "
     "in 2005 and the disability equality duty; Every Child Matters, its five outcomes and the SENCO's part in them. "
     "(Performers in fours; each four takes one duty and teaches it back.)", "FI Rao", "Call"],
    ["1.2", "Sep to Oct", "Audit your school's SEN policy and practice against the Code of Practice.", "P, FC",
     "Half speed"],
    ["1.3", "Call 2, 10 Oct", "The SENCO's diary: setting priorities, planning the week and the term, handing tasks "
     "to others and checking they are done.", "FD", "Call"],
    ["1.4", "Call 3, 7 Nov", "Reading the research: Warnock (1978), the 1994 Code of Practice and Ainscow's "
     "Understanding the Development of Inclusive Schools (1999); best practice in meeting SEN; how to use research "
     "and outside advice to change your own and colleagues' practice.", "FI Obi", "Call"],
    ["1.5", "by 30 Nov", "Performance 1: a written review, 3,500 words, of the school's SEN policy and practice "
     "against the law and guidance on SEN, Every Child Matters and the disability equality duty, drawing on research "
     "and best practice, with the performer's plan for their first two terms as SENCO: their priorities, how they "
     "will use their time, and which tasks they will hand to whom and how they will check them.", "P; FI x2",
     "Full speed"],
], ["1. The Phrase 1 calls are the ones a successful claim for experience replaces (Safety note 6).",
    "2. Performance 1 is marked by two Fight Instructors, who agree one mark."])

phrase("Phrase 2. Engagement (December to February)", [
    ["2.1", "Call 4, 5 Dec", "The common kinds of need: behavioural, emotional and social difficulties; specific "
     "learning difficulties and dyslexia; speech, language and communication needs; autistic spectrum disorders; "
     "moderate learning difficulties; and how each affects learning. (Last hour, marked through: how children "
     "develop, and how SEN, disability and their surroundings affect their development.)", "FI Moyes", "Call"],
    ["2.2", "Call 5, 9 Jan", "Identifying pupils who may have SEN from observation, data and assessment; setting "
     "challenging targets; planning and reviewing interventions; tracking progress with summative results, national "
     "tests among them; making sound decisions on provision; a critical look at approaches, strategies and "
     "resources, ICT among them.", "FI Rao", "Call"],
    ["2.3", "Call 6, 30 Jan", "Holding a difficult conversation: speaking clearly, listening, and checking you have "
     "understood. (Marked through in pairs.)", "FD", "Call"],
    ["2.4", "Jan to Feb", "Track two pupils through the autumn data and decide what to change.", "P, FC",
     "Half speed"],
    ["2.5", "Call 6, pm", "CUT in v3. Consulting pupils and involving them in planning and reviewing their own "
     "provision: moved to the Encore.", "\u2014", "Cut"],
], ["3. Beat 2.5 was the one beat the preview company asked us to lengthen. There was no room for it in v3."])

phrase("Phrase 3. The Bind (February to April)", [
    ["3.1", "Call 7, 27 Feb", "Parents and carers: fair and respectful relationships with pupils and families, "
     "sharing hard news, reviews in which parents are partners, advising colleagues on working with parents. "
     "(Taught with the Tallisford Parent Partnership Service; parents play themselves.)", "FD, PPS", "Call"],
    ["3.2", "Call 8, 13 Mar", "Other services. Fight Consultants: an educational psychologist, a speech and language "
     "therapist, an occupational therapist, and a project worker from a Barnardo's family support project. What each "
     "does, how a school gets their help, using their assessments to shape teaching, working together in one plan "
     "for a child.", "FD, Fight Consultants", "Call"],
    ["3.3", "Call 9, 27 Mar", "Formative assessment: how a SENCO coaches other teachers to build it into their "
     "lessons, with approaches for pupils with SEN.", "FI Moyes", "Call"],
    ["3.4", "Call 9, pm", "Provision mapping: building the map, costing it, finding what is missing or not working.",
     "FI Obi", "Call"],
    ["3.5", "Mar", "Try one formative assessment approach with a colleague and write up what happened.", "P, FC",
     "Half speed"],
    ["3.6", "Mar or Apr", "The Technical: a day at Millbrook Special School or the Tallisford Pupil Referral Unit, "
     "arranged by the Stage Manager, watching their staff at work.", "P, SM", "Half speed"],
    ["3.7", "by 23 Apr", "Performance 2: a case study, 5,000 words, of one pupil with SEN: the kind of need and how it "
     "affects the pupil's learning; the relationship built with the pupil and the family, and how the performer "
     "worked with the parents; how the need was identified; the assessments of other professionals, and how the "
     "performer worked with at least one other service or voluntary organisation; the targets set and the "
     "intervention planned, with the approaches and resources, ICT among them, chosen and why; how progress was "
     "tracked with summative data, national tests among them; the decisions taken when things did not go to plan; "
     "and a baseline and an end measure of the pupil's attainment and well-being. The pupil's own view of the "
     "intervention is recorded in the pupil's words.", "P; FI x2", "Full speed"],
], ["4. For the baseline and end measures in Performance 2 performers use a reading or number age or a P scale "
    "level, and attendance or a well-being scale, taken before the intervention and again ten weeks later."])

phrase("Phrase 4. The Disarm and Tag (April to July)", [
    ["4.1", "Call 10, 8 May", "Leading colleagues: winning the commitment of the head and senior leaders; working "
     "with governors on an inclusive ethos, policy, priorities and spending; deploying and managing teaching "
     "assistants; working with SENCOs in other schools through the local cluster. (Last hour, marked through: "
     "coaching, mentoring, observing and giving feedback, and planning training for colleagues.)", "FD", "Call"],
    ["4.2", "Call 11, 5 Jun", "School self-evaluation and improvement for pupils with SEN; reviewing with colleagues "
     "how well provision works.", "FI Rao", "Call"],
    ["4.3", "Call 12, [date TBC]", "Keeping up to date: where SENCOs find new research and guidance, and taking "
     "charge of your own development.", "FD", "Call"],
    ["4.4", "by 9 Jul", "Performance 3: a change in the performer's school over the summer term, agreed with and "
     "signed by the head and senior leaders: a provision map for the school with the gaps found; a new plan for "
     "deploying and managing support staff; a paper to the governors on the school's inclusion priorities and "
     "spending; a review, carried out with colleagues, of how well the new provision works, written as the SEN "
     "part of the school's self-evaluation form; and the performer's plan for their own development in the next "
     "year. The report is read by two Fight Instructors and by a head from another school, who adds written "
     "comments.", "P; FI x2; a head", "Full speed"],
], ["5. The head who reads Performance 3 is chosen by the Fight Director from the heads of our schools programme."])

# ---------------------------------------------------------------- curtain call
h1("Curtain call and Encore")
body("A performer who passes any two of the three Performances, and has come to at least ten of the twelve calls, "
     "takes the curtain call and is recommended to Harrowmere for the Award.")
body("At the curtain call each performer brings a Next Season plan, written with their head at their performance "
     "management review: three professional targets for the following year and how they will be supported. The "
     "Fight Director reads each plan and talks it through with the performer before the company disperses.")
body("The Encore is an optional 20-credit module that Harrowmere hopes to offer from 2010-11 for performers who want "
     "to go further. It will begin with the pupils' voice.")

# ---------------------------------------------------------------- notes after the preview
h1("Notes after the preview")
body("The preview was a short run of Phrase 1 in June 2008 with twelve SENCOs from Tallisford schools. Their notes, "
     "and notes from heads and from the Parent Partnership Service who saw it, were read by the Fight Director and "
     "the instructors, and the score was re-blocked.")
table(doc, [["Note", "Given by", "What we changed"],
            ["Saturday calls are hard for performers with young children.", "Preview performers",
             "Every call is filmed and posted on the Callboard."],
            ["The Performance 1 word limit was too tight for a policy review.", "Preview performers",
             "Raised from 3,000 to 3,500 words."],
            ["Heads were not told what their SENCO was doing.", "Two heads",
             "Heads now read their performer's Callboard thread and have a letter after each Performance."],
            ["Parents were missing from the fight.", "Tallisford Parent Partnership Service",
             "Call 7 is now taught with the Service."],
            ["Pupils should be heard in the fight.", "Preview performers", "Not changed in v3: moved to the Encore."]],
      widths=[6.5, 4.0, 6.5], size=9, header_fill="D9D9D9")

# ---------------------------------------------------------------- production meeting
h1("Production meeting")
body("After every call each performer writes a call note on the Callboard: what worked, what did not, and what they "
     "will take into school. The Fight Director and instructors read the notes each month and change the next call "
     "where they need to. Fight Captains report on each of their performers every term.")
body("The Production Meeting reviews the whole run each July. It brings together the Fight Director, the "
     "instructors, two Fight Captains, two heads, the Parent Partnership Service and a performer elected by the "
     "company, with the call notes, the Fight Captains' reports, a questionnaire sent to every performer's head after "
     "Performance 3 on what has changed in their school, the Outside Eye's report and Harrowmere's annual monitoring "
     "report. Every change it agrees goes into the next version of the score, with the reason, in the version "
     "history.")
body("Each performer rates their own confidence against every Move at the Warm-up and again at the curtain call, and "
     "each Fight Captain rates their performers' practice in school against six Moves at the start and end of the "
     "run. The Fight Director collates these, with the baseline and end measures of pupils' attainment and "
     "well-being from every Performance 2, into an Impact Sheet for the Production Meeting, so that the company can "
     "see from year to year what the fight changes for performers and for their pupils.")
body("Each Performance is marked by two Fight Instructors, who agree one mark; where they cannot agree, the Fight "
     "Director marks it too. Harrowmere will appoint the Outside Eye, and what the Outside Eye sees will be agreed "
     "with the University.")
body([("The Armoury. ", "b"), "The Armoury holds the Academy's kit: 60 foils, 40 epees, 30 sabres, masks and jackets "
      "in every size, and the electric scoring boxes. Performers may also use Harrowmere University's library."])

# ---------------------------------------------------------------- moves list
h1("Moves List")
body("Every Move the fight teaches, with the beat where it is learned and the Performance in which it is done at "
     "full speed.")
MOVES = [
    ("ATTITUDE: how the performer carries themself", [
        ("M1", "Keeps fair, respectful, supportive working relationships with pupils with SEN and their parents and "
               "carers", "3.1", "P2"),
        ("M2", "Wins the commitment of colleagues, the head and senior leaders to better outcomes for these pupils",
         "4.1", "P3"),
        ("M3", "Sets priorities, manages their own time, and hands tasks to others, checking they are done", "1.3",
         "P1"),
        ("M4", "Sees trouble coming, solves problems and makes sound decisions on provision", "2.2", "P2"),
        ("M5", "Speaks and writes clearly; listens to others and understands their view", "2.3", "Marked through"),
        ("M6", "Uses research and outside advice to improve their own and colleagues' practice", "1.4", "P1"),
        ("M7", "Keeps up to date and takes charge of their own development in SEN and disability", "4.3", "P3"),
    ]),
    ("KNOWLEDGE: what the performer knows", [
        ("M8", "The law and guidance on SEN, the Code of Practice above all, what they mean for the school and how to "
               "put them into practice", "1.1", "P1"),
        ("M9", "Every Child Matters: its principles, its five outcomes, and the SENCO's part in them", "1.1", "P1"),
        ("M10", "Disability equality law and what it requires the school to do", "1.1", "P1"),
        ("M11", "How children develop, and how SEN, disability and their surroundings affect it", "2.1",
         "Marked through"),
        ("M12", "The common kinds of SEN and disability (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and their effect "
                "on learning", "2.1", "P2"),
        ("M13", "A critical grasp of approaches, strategies and resources for assessment, planning and teaching, ICT "
                "included", "2.2", "P2"),
        ("M14", "How school self-evaluation and improvement work for pupils with SEN", "4.2", None),
        ("M15", "Best practice and research in meeting SEN", "1.4", "P1"),
        ("M16", "What outside agencies do, and how to get specialist support and resources", "3.2",
         "Marked through"),
    ]),
    ("TECHNIQUE: what the performer can do", [
        ("M17", "With senior colleagues and governors, shapes an inclusive ethos, policies, priorities and spending",
         "4.1", "P3"),
        ("M18", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews "
                "progress", "2.2", "P2"),
        ("M19", "Uses other professionals' assessments to shape teaching", "3.2", "P2"),
        ("M20", "Uses summative results, national tests included, to track progress and change programmes", "2.2",
         "P2"),
        ("M21", "Encourages other teachers to develop formative assessment, with approaches for pupils with SEN",
         "3.3", "Half speed"),
        ("M22", "Maps and manages provision and finds what is missing or not working", "3.4", "P3"),
        ("M23", "Deploys and manages support staff well", "4.1", "P3"),
        ("M24", "Develops colleagues through observation and feedback, modelling, coaching, mentoring and training",
         "4.1", "Marked through"),
        ("M25", "Reviews with other staff how well provision works, for the school's self-evaluation", "4.2", "P3"),
        ("M26", "Involves pupils in planning, agreeing and reviewing their own provision", "2.5",
         "Cut (see beat 2.5)"),
        ("M27", "Liaises with parents and carers to further their child's learning and development", "3.1", "P2"),
        ("M28", "Works in partnership with other services and voluntary organisations", "3.2", "P2"),
    ]),
]
rows = [["Move", "In our words", "Learned in", "Performed in"]]
group_at = []
for g, items in MOVES:
    group_at.append((len(rows), g))
    rows.append(["", "", "", ""])
    for m in items:
        rows.append([m[0], m[1], m[2], m[3] or ""])
mt = table(doc, rows, widths=[1.4, 10.6, 2.2, 2.8], size=9, header_fill="D9D9D9")
for i, g in group_at:
    merged_row(mt, i, [(g, "b")], fill="EDEDED", size=9)
# the tracked change in M14's "Performed in" cell
for i, r in enumerate(rows):
    if r[0] == "M14":
        cp = mt.cell(i, 3).paragraphs[0]
        add_del(cp, "Marked through", FD, DATE)
        add_ins(cp, "P3", FD, DATE)
comment(doc, mt.cell(1, 0).paragraphs[0].runs, "Kit, where has the move for exam access arrangements gone? It was in "
        "v2. SR", "Sunita Rao", "SR")

# ---------------------------------------------------------------- sign off
h1("Sign-off")
body("Score approved for run 1: Kit Marchbank, Fight Director, Tallisford Academy of Arms; for Harrowmere "
     "University, Dr Sunita Rao, Programme Leader, MA Education.")

doc.save(OUT)
print("wrote", OUT)
