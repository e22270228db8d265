"""lz-01-thornhaugh-scale-sheet: build script.

Provider (invented): Thornhaugh School of Piano Technology, Marlcaster, founded in 1889 as an
institution training blind young men as piano tuners and now a school of piano tuning and keyboard
instrument technology with an Access and Inclusion Workshop.  It applies, with the University of
Marlcaster validating, to run the National Award for SEN Coordination (Feb 2009).

Document kind and layout: the whole application is written as a piano maker's STRINGING SCALE SHEET
("Scale Sheet TS-09, Issue C"), the drawing-office sheet that lists every string of a piano with its
wire and hammer.  No heading styles at all: titles are bold capitalised Normal paragraphs with typed
numbers ("4. FIELD TUNINGS AND TASKS"), some shaded.  A title block table with merged cells opens it;
a glossary table "TERMS USED ON THIS SHEET" defines the Status values far above the outcome table;
a Bench Day table has a vertically merged Section column; the outcome table ("10. WIRE SCHEDULE")
has shaded merged group rows and the school's own string numbers 1-28, never the national codes.
Header and footer; a VML text box ("Maker's note"); two Word comments; a whole deleted paragraph,
a whole inserted paragraph, and tracked changes inside two Status cells.

Traps (requirement ids):
- Status values are defined only in the glossary far above the Wire Schedule: "Struck" = marked in
  the Task in the Hammer column; "Tied off only" = taught, not marked; "Hitch-pin only" = formative
  Voicing Check, no mark; "Unstrung" = not in this issue.  6.A3, 6.K7, 6.S4 (Tied off only) and
  6.S2c (Hitch-pin only) are partially met; 6.S2d and 6.S7 (Unstrung) are not met.
- Tracked change in a Status cell: "Struck" deleted, "Hitch-pin only" inserted (6.A7 partial);
  "Tied off only" deleted, "Struck" inserted (6.S6 met).
- No string at all for child development (6.K4 not met).
- The school's own "Tuning Log" self-evaluation of the course is the right word about the wrong
  thing: it is not participants learning school self-evaluation (6.K7 stays partial).
- The assessment-only "Trade Test" exists only in a deleted paragraph, and a comment explains why
  (2.3 not met).
- The CRB verification exists only in a whole inserted paragraph (5.3 met).
- Pupil voice is only wished for "in a later issue" (1.5 not met; with 6.S7 Unstrung).
- Aims and Task criteria speak of attainment in reading, writing and mathematics only (1.1 partial);
  not every outcome is marked (1.9 partial).
- Pitch Raise self-audit is used only to group participants, "no individual plan is drawn up" (2.2
  partial).
- One intake, sections in fixed order, all Bench Days on Saturdays; only the venue and recordings
  vary (3.2 partial).
- Blackboard "Tuning Fork" forum which "Tutors do not read or answer" (3.3 partial: e-learning
  exists, tutor support does not).
- Headteachers' evaluation appears only in a comment and a hope ("We hope that headteachers will
  also tell us"), but 4.3 is met elsewhere: the Scale Committee (SENCOs, council officers, a parent
  governor) reviews the monitoring action plan, council officers speak, Foremen mentor (4.3 met;
  the hope and the comment are not what makes it met).
- The Pitch Raise groups participants and nothing else; no tailoring to individuals or cost is
  stated (2.4 partial).
- Placements: "participants who wish to visit a special school arrange this themselves" (5.5
  partial; visiting specialists are real).
- Resources stated only in general terms in the body and boasted in the footer (5.6 partial).
- Pupils' progress is explicitly not measured (5.9 partial).
- The award rule is a pass mark of 50 in each Task, and the Maker's note text box's blanket claim
  that "every string of the national scale is present" is not evidence (6.0 partial).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _lz_helpers import (new_doc, header_footer, para, runs, whole_para, table, cell_text, merge, shade,
                         text_box, comment, ins_run, del_run, word_count)

HERE = Path(__file__).parent
NAME = "lz-01-thornhaugh-scale-sheet"

d = new_doc("Garamond", 11)
header_footer(d, "THORNHAUGH SCHOOL OF PIANO TECHNOLOGY   |   Scale Sheet TS-09   |   Issue C   |   Drawing office copy",
              "Thornhaugh School of Piano Technology, 14 Cley Street, Marlcaster MR2 4JT.  "
              "Our Resource Room is fully equipped for every participant.")


def title(text, fill=None):
    return para(d, text, bold=True, size=12, fill=fill)


def p(text):
    return para(d, text)


# ------------------------------------------------------------------ title block
tb = table(d, [["", "", "", ""]] * 6, widths=[3, 7.5, 2.5, 4.5], header_fill=None, size=9)
merge(tb, 0, 0, 0, 3, "SCALE SHEET TS-09:  THE SENCO AWARD SCALE", bold=True, fill="BFBFBF", size=12)
for i, (a, b, c, e) in enumerate([
        ("Maker", "Thornhaugh School of Piano Technology, Access and Inclusion Workshop", "Sheet", "TS-09, Issue C"),
        ("Model", "National Award for SEN Coordination (Postgraduate Certificate)", "Date", "11 February 2009"),
        ("Compass", "60 credits at Level 7, three Sections of 20 credits", "Drawn", "R. Ashdown, Head of Workshop"),
        ("Frame", "University of Marlcaster (validating university)", "Checked", "M. Okafor, Chief Technician")], 1):
    cell_text(tb.cell(i, 0), a, bold=True, fill="E7E6E6", size=9)
    cell_text(tb.cell(i, 1), b, size=9)
    cell_text(tb.cell(i, 2), c, bold=True, fill="E7E6E6", size=9)
    cell_text(tb.cell(i, 3), e, size=9)
merge(tb, 5, 0, 5, 3, "Sent to the Training and Development Agency for Schools as Thornhaugh's application for approval "
      "to run the National Award for SEN Coordination from September 2009.", size=9)

para(d)
title("ABOUT THIS SHEET")
p("Every piano that has left the Thornhaugh workshops since 1889 began as a scale sheet: one line for each string, "
  "with its speaking length, its wire, its hammer and a note of whether it is finished. When the School was asked "
  "by two local authorities to train their new special educational needs coordinators, the Workshop drew the "
  "course the way it draws everything else. This sheet is the result. It is long, because a scale sheet has to "
  "account for every string, and it uses our own words, which are explained in the terms below.")
p("Thornhaugh was founded as the Thornhaugh Institution for the Training of Blind Piano Tuners. Tuning was, for "
  "most of the twentieth century, one of the few skilled trades open to blind young people, and the School taught "
  "it by touch and ear long before anyone spoke of reasonable adjustments. Today about a third of our diploma "
  "students are disabled, and since 2003 the Access and Inclusion Workshop has run an outreach service that "
  "takes tuning, music technology and adapted keyboards into 46 mainstream and special schools in Marlcaster and "
  "Eastwold. It is that outreach work, and the SENCOs we have met through it, that brought us to this application.")

title("TERMS USED ON THIS SHEET")
p("The following words have a fixed meaning wherever they appear below, and in particular in the Status column "
  "of the Wire Schedule in section 10.")
table(d, [
    ["Term", "Meaning on this sheet"],
    ["Bench Day", "A taught Saturday at the Workshop, 9.30 am to 4.00 pm. There are nine."],
    ["Field Tuning", "A task carried out in the participant's own school between Bench Days and signed by the Foreman."],
    ["Section", "A 20-credit module. Bass Section (Module 1, Bench Days 1 to 3), Tenor Section (Module 2, Bench Days 4 "
                "to 6), Treble Section (Module 3, Bench Days 7 to 9)."],
    ["Task T1, T2, T3", "The three marked assessments, one for each Section, described in section 4."],
    ["Voicing Check", "A short piece of work handed in after Bench Day 3 and Bench Day 6. The tutor writes feedback on it."],
    ["Struck", "In the Status column: the string is marked in the Task named in the Hammer column."],
    ["Tied off only", "In the Status column: the string is taught on the Bench Day named in the Wire column but is not "
                      "marked in any Task."],
    ["Hitch-pin only", "In the Status column: the string is practised in a Voicing Check. The tutor gives written "
                       "feedback; no mark is given and it does not count towards the Award."],
    ["Unstrung", "In the Status column: the string is not in this issue of the scale."],
    ["Foreman", "The participant's school-based mentor, who must be a member of the school's senior leadership team."],
    ["Chief Technician", "The programme leader."],
], widths=[3.5, 13.5])

para(d)
title("1. GENERAL ARRANGEMENT OF THE SCALE", fill="D9D9D9")
p("The aim of the Award at Thornhaugh is to raise the attainment of pupils with special educational needs and/or "
  "disabilities in reading, writing and mathematics, by making the SENCO a confident leader of teaching and "
  "learning in his or her school. Its objectives are that each participant will know the law and guidance on "
  "special educational needs, will identify and plan for pupils' needs, will lead colleagues and will work with "
  "families and other services. The assessment criteria for all three Tasks ask the marker to judge how far the "
  "participant's work has improved, or could improve, pupils' attainment.")
p("The Award is a Postgraduate Certificate of the University of Marlcaster, the Postgraduate Certificate in Special "
  "Educational Needs Coordination, approved at the University's validation event on 14 January 2009. It carries "
  "60 credits at Level 7 (masters level) in three Sections of 20 credits. Thornhaugh delivers and assesses the "
  "programme; the University appoints the external examiner, holds the Board of Examiners and confers the award. "
  "Participants are registered students of the University and have full use of its library.")
p("How to read this sheet. Sections 1 to 9 describe the course in the order a maker would describe an instrument: "
  "its general arrangement, its frame, its making, its finishing and its checking. Section 10, the Wire Schedule, "
  "lists every outcome with the Bench Day where it is taught and the Task where it is marked. Section 11 holds the "
  "notes that go with the scale. Words in the Status column are those defined in the terms above.")
p("A scale is divided into sections because the wire changes as the strings get shorter. Our Sections change in "
  "the same way, from what a SENCO must know (the Bass), through what a SENCO does with pupils (the Tenor), to what "
  "a SENCO does with and through other adults (the Treble). Each Section is one term long.")

title("2. THE FRAME AND THE PLATE")
p("The University of Marlcaster's School of Education is the frame that holds the scale in tension: it validated "
  "the programme and it moderates it. Marlcaster City Council and Eastwold County Council are the plate: their "
  "SEN teams asked for the course, nominate their new SENCOs to it, and lend two of their officers as visiting "
  "speakers. Thornhaugh is the maker. Each partner's part is set out in a partnership agreement signed on "
  "2 February 2009.")

title("3. BENCH DAYS", fill="D9D9D9")
p("The nine Bench Days run from September to June. Each is followed by a Field Tuning in the participant's school.")
bd = [
    ["Section", "Bench Day", "What is taught", "Field Tuning that follows"],
    ["", "1  Laying the bearings (19 Sept 2009)",
     "The law and guidance: Education Act 1996 Part IV, the SEN Code of Practice 2001, the SEN and Disability Act 2001, "
     "the Disability Discrimination Act 1995 as amended in 2005 and the disability equality duty, accessibility plans. "
     "Every Child Matters and the Children Act 2004: the five outcomes and what the SENCO does towards each of them.",
     "Read the school's SEN policy and accessibility plan against the Code and the Act; list the gaps."],
    ["", "2  The common needs (17 Oct 2009)",
     "Behavioural, emotional and social difficulties; dyslexia and other specific learning difficulties; speech, language "
     "and communication needs, with the Bercow Review (2008); autistic spectrum disorders; moderate learning "
     "difficulties; visual and hearing impairment, taught by our outreach tutors. Reading research: Ofsted, 'Inclusion: "
     "does it matter where pupils are taught?' (2006); the Education and Skills Committee report on SEN (2006).",
     "Observe two pupils with different needs in lessons and write up what their needs mean for learning."],
    ["", "3  Listening for beats (21 Nov 2009)",
     "Identifying pupils: classroom observation, data, screening. Using reports from educational psychologists, "
     "speech and language therapists and the sensory support service to plan teaching. Setting targets; planning and "
     "reviewing interventions; P scales, teacher assessment and national test results used to track progress and "
     "change a programme. ICT for assessment and access.",
     "Begin the T2 case study. Voicing Check 1 is due."],
    ["", "4  The provision map (16 Jan 2010)",
     "Provision mapping and management; costing provision; finding provision that is not working or is missing. "
     "School self-evaluation and the SEF: where SEN outcomes sit in the school's own judgement of itself.",
     "Draw the school's provision map for one year group."],
    ["", "5  Families (13 Feb 2010)",
     "Relationships with pupils and with their parents and carers; the Parent Partnership Service (a speaker from "
     "Marlcaster's service); difficult conversations; annual reviews run with families.",
     "Hold and write up a review meeting with the parents of the T2 pupil."],
    ["", "6  The regulating bench (13 Mar 2010)",
     "Working with colleagues: observing teaching and giving feedback, modelling, coaching and mentoring, running "
     "training. Encouraging formative assessment. Deploying and managing teaching assistants. Prioritising the "
     "SENCO's own workload, managing time and delegating.",
     "Coach one colleague through three lessons. Voicing Check 2 is due."],
    ["", "7  Other workshops (24 Apr 2010)",
     "The scope and role of external agencies: educational psychology, health, social care, the sensory service, "
     "behaviour support, voluntary organisations such as the local dyslexia association and parents' groups; the "
     "Common Assessment Framework; getting specialist support and resources.",
     "Map the agencies used by the school and meet one of them."],
    ["", "8  Leading the scale (22 May 2010)",
     "Working with the headteacher, senior leaders and governors on an inclusive ethos, policies, priorities and "
     "resources; gaining colleagues' commitment; reviewing with staff whether provision works, so as to inform the "
     "school's self-evaluation and improvement plan.",
     "Present a review of provision to the senior leadership team."],
    ["", "9  Concert pitch (19 June 2010)",
     "Participants present T3 to the group and a panel. Planning the SENCO's own professional development after "
     "the Award.",
     "None."],
]
t = table(d, bd, widths=[2.2, 3.5, 7.5, 4.3])
merge(t, 1, 0, 3, 0, "BASS\nModule 1", bold=True, fill="EDEDED")
merge(t, 4, 0, 6, 0, "TENOR\nModule 2", bold=True, fill="EDEDED")
merge(t, 7, 0, 9, 0, "TREBLE\nModule 3", bold=True, fill="EDEDED")

para(d)
title("4. FIELD TUNINGS AND TASKS", fill="D9D9D9")
p("Field Tunings are the practical heart of the course. Every one is done in the participant's own school, on real "
  "pupils, real colleagues and real provision, and each is signed by the Foreman. The Field Tunings feed the three "
  "Tasks, so that a participant who has done the Field Tunings has most of the material for the Tasks.")
p("Task T1, Setting the temperament (Bass Section, 4,000 words). An audit of the participant's school's SEN "
  "provision against the law, the Code of Practice and the disability equality duty, with the school's provision "
  "map for one year group, an account of how the school uses national test and teacher assessment results to track "
  "pupils with SEN, and a map of the external agencies and voluntary organisations the school works with. Marked "
  "by the tutor and second-marked as described in section 8.")
p("Task T2, Fine tuning (Tenor Section, 4,000 words). A case study of one pupil. The participant identifies the "
  "pupil's needs using observation and data and the reports of other professionals, sets targets, plans and "
  "teaches or leads an intervention over at least six weeks, reviews it with the pupil's parents or carers, and "
  "judges whether the approach chosen was the right one and what should change. The participant shows how the "
  "common needs studied on Bench Day 2 affected this pupil's learning.")
p("Task T3, Concert pitch (Treble Section). A 20-minute presentation to the participant's headteacher or a "
  "governor and to a Thornhaugh panel on a change to provision the participant has led in the school, followed by a "
  "3,000-word reflective commentary. The commentary must draw on published research and best practice, show how the "
  "participant won the support of senior leaders and colleagues, how the participant coached or trained staff, and "
  "how the participant and colleagues reviewed the change. The presentation is assessed for clarity of speech and "
  "for how the participant answers and listens to the panel's questions.")
p("The T2 intervention is chosen by the participant with the Foreman, so that it is something the school needs "
  "and will keep if it works. Typical interventions in our pilot discussions were a small-group language programme, "
  "a reading programme for pupils with dyslexia, a lunchtime club for pupils with autism, and a change in how a "
  "teaching assistant supports a pupil with a visual impairment. The participant keeps a weekly log of the "
  "intervention and includes it as an appendix.")
p("Voicing Checks 1 and 2 are short pieces (about 1,000 words) on which the tutor writes feedback within two weeks. "
  "They are meant for practice: they carry no mark.")
p("The whole course is meant to change what happens in the participant's school, not only what the participant "
  "knows. Every Task is about a change the participant has made: the T2 intervention is taught, the T3 change is "
  "led and reviewed, and the Foreman confirms both took place.")

title("5. WHO MAY ORDER THIS MODEL", fill="D9D9D9")
p("Entry. Applicants must hold qualified teacher status, be in post in a school in England, and be the school's "
  "SENCO or be designated to become SENCO within a year. The headteacher completes a nomination form confirming the "
  "post and naming the Foreman. The Chief Technician interviews every applicant, by telephone or at the Workshop, "
  "against a short checklist of the knowledge and experience needed to reach the outcomes in a year. An applicant "
  "who is not yet ready is told in writing what to do first (usually a term shadowing the current SENCO and the "
  "Workshop's free twilight course on the Code of Practice), and the Chief Technician telephones the headteacher to "
  "agree it.")
pc = p("Prior credit. Applicants who already hold credit at Level 7 in special educational needs from a university may "
  "have up to 20 credits recognised under the University of Marlcaster's regulations for the accreditation of prior "
  "learning, normally in place of the Bass Section. Applicants with substantial experience but no certificated "
  "credit may claim the same exemption by portfolio (accreditation of prior experiential learning): the portfolio "
  "is mapped against the Bass Section's outcomes and assessed by two tutors, and the claim goes to the Board of "
  "Examiners.")
comment(d, [pc.runs[0]], "Trade Test taken out: the University will not examine anyone who is not enrolled on the "
        "Sections.", author="M. Okafor", initials="MO")
p("Pitch Raise. Before Bench Day 1 every participant completes the Pitch Raise, a self-audit in which each string "
  "of the Wire Schedule is rated from 1 (new to me) to 4 (I could teach it). The Chief Technician uses the Pitch Raise "
  "to arrange the groups for Bench Days, so that each table has a mix of experience. No individual plan is drawn "
  "up from it.")
whole_para(d, "Trade Test. In exceptional cases an experienced teacher, for example from the sensory support "
           "service, may enter directly for assessment in all three Tasks without attending Bench Days. The fee is "
           "half the course fee.", "del", author="M. Okafor")
cp = whole_para(d, "Checks. Before a place is confirmed the School's Registry asks the headteacher to confirm in "
                "writing the date and number of the applicant's enhanced CRB disclosure, and checks that the "
                "disclosure was issued for work with children. Where the applicant has not worked in a school "
                "for the last three months the Registry obtains a new enhanced disclosure through the University "
                "before the first Bench Day. No one attends a Bench Day or Field Tuning until the check is recorded.",
                "ins", author="M. Okafor")
p("Access. Thornhaugh has taught disabled people for 120 years and treats access as ordinary workshop practice. "
  "Every application pack asks, in plain words, whether the applicant has a disability or a need we should plan for, "
  "and explains why we ask. All course materials are available in large print, in braille (produced in our own "
  "transcription room) and as audio files. The Workshop has level access, a lift, a hearing loop in both teaching "
  "rooms and an accessible car park. Disabled participants may have extra time, an oral viva in place of part of a "
  "written Task, or a reader or scribe, agreed with the Chief Technician before the first Task. Our publicity "
  "shows disabled tutors and students at work, because they are.")
p("Times and places. There is one intake each year, in September, and the three Sections are taken in order. All "
  "Bench Days are on Saturdays. A participant may attend any Bench Day either at the Workshop or by the live link "
  "to the outreach room at Eastwold Teachers' Centre, and every Bench Day is recorded so that a participant who "
  "misses one can catch up.")
p("The Tuning Fork. Recordings, slides and readings are placed on the University's Blackboard site, which we call "
  "the Tuning Fork, and participants have a discussion board there for sharing ideas between Bench Days. Tutors do "
  "not read or answer the discussion board: questions for tutors must be brought to the next Bench Day.")

title("6. THE TECHNICIANS", fill="D9D9D9")
table(d, [
    ["Name and role", "Qualifications and experience"],
    ["Marcus Okafor, Chief Technician (programme leader)",
     "MA Special and Inclusive Education (Marlcaster, 2004); NPQH. SENCO in two Marlcaster secondary schools for nine "
     "years; head of the Access and Inclusion Workshop since 2006; still works one day a week as SENCO in a special school."],
    ["Dr Helen Varley, Tutor, Bass Section",
     "PhD on dyslexia and working memory; Advanced Teacher; former specialist teacher in Eastwold's learning support "
     "service; member of the British Dyslexia Association's accreditation board."],
    ["Ruth Ashdown, Head of Workshop and Tutor, Tenor Section",
     "Qualified teacher of the visually impaired (mandatory qualification); MEd; runs the outreach service in 46 "
     "schools; trained as a piano tuner at Thornhaugh."],
    ["Simon Treharne, Tutor, Treble Section",
     "Former headteacher of a primary school with a resourced provision for speech and language; MA Educational "
     "Leadership; Ofsted additional inspector until 2008."],
], widths=[5.5, 11.5])
para(d)
p("Each tutor keeps up to date through the University's research seminars and at least five days a year of their "
  "own CPD, recorded in the Workshop's staff log.")
p("Foremen and tutors. Every tutor attends a one-day induction to the Award each July, with the University's link "
  "tutor, covering the outcomes, the Tasks, the marking criteria and the tutor's duties. Every Foreman receives "
  "the Foreman's Handbook, which sets out what the Foreman must do (meet the participant twice a term, observe one "
  "Field Tuning each term, sign each Field Tuning record and report concerns to the Chief Technician), and attends "
  "a twilight briefing at the Workshop in September. A Foreman who cannot attend is visited by a tutor.")
p("Specialists. Visiting speakers on Bench Days include an educational psychologist from Marlcaster, a speech and "
  "language therapist from the Primary Care Trust, Marlcaster's Parent Partnership officer and the Eastwold "
  "sensory support team. Bench Day 7 brings six agencies to the Workshop for a 'marketplace'. We do not arrange "
  "placements: participants who wish to visit a special school arrange this themselves.")
p("Resources. The Workshop has a Resource Room with books, assessment materials and specialist technology for "
  "participants to use on Bench Days.")

title("7. ASKING THE OWNERS", fill="D9D9D9")
p("In June 2008 we sent a questionnaire to every SENCO in Marlcaster and Eastwold; 41 replied, and we held two "
  "focus groups with 14 of them and with the two councils' SEN teams. The SENCOs told us three things most often: "
  "that they did not know how to persuade senior leaders, that they wanted practical work on provision mapping, and "
  "that Saturday teaching was the only way they could be released. The councils told us that new SENCOs were weakest "
  "on working with agencies. Bench Days 4, 7 and 8 and the Saturday pattern follow directly from what we were told.")
p("The Scale Committee, which designed the course, had on it two SENCOs from the focus groups, the two councils' "
  "SEN officers and a parent governor from a Marlcaster special school. The councils' officers asked for the law to "
  "come first, and the Sections were reordered at their request; the SENCOs rewrote the Foreman's Handbook after "
  "reading the first draft.")
ev = p("Every participant completes an evaluation at the end of each Bench Day and each Section. ")
r = ev.add_run("We hope that headteachers will also tell us, in time, whether the course has made a difference "
               "in their schools.")
comment(d, [r], "Heads to evaluate through a questionnaire each June. Put this in Issue D.", author="M. Okafor",
        initials="MO")

title("8. KEEPING THE SCALE IN TUNE", fill="D9D9D9")
p("The course is kept in tune in five ways. Participants' evaluations of each Bench Day are summarised by the Chief "
  "Technician within a week and discussed at the next tutors' meeting. The University's external examiner sees a "
  "sample of all Tasks each year and writes a report. The University's annual monitoring report brings together "
  "results, evaluations and the examiner's report, and its action plan is reviewed by the Scale Committee each "
  "autumn. The Chief Technician observes every tutor teaching once a year. Every change made as a result is entered "
  "in the Workshop's Tuning Log with its reason, so that the next issue of this sheet can show what changed and why.")
p("The Tuning Log is also the Workshop's own self-evaluation. Each July the Chief Technician writes a short "
  "self-evaluation of the course under four headings (what participants achieved, what they said, what the "
  "examiner said, what we will change), grades the course on each, and sends it to the University and to both "
  "councils with the next year's plan.")
p("Marking. Each Task is marked against published criteria. Twenty per cent of every Task, and every Task near the "
  "pass mark or failed, is second-marked by another tutor; the three tutors meet after each Task to agree marks on "
  "a common sample; the University's link tutor moderates a further sample; and the external examiner sees the "
  "moderated sample before the Board of Examiners.")
p("Measuring the difference. Participants complete a confidence questionnaire against the strings of the Wire "
  "Schedule at the start and the end of the course, and the Foreman completes a short report each June on the "
  "participant's competence in the role. We do not at present collect any measure of pupils' progress, because the "
  "schools do not share pupils' results with us.")
p("Hearing the pupils. We would like, in a later issue, to add a Bench Day on hearing pupils' own views; at "
  "present the scale has no string for it.")
p("Aftertouch. At Bench Day 9 each participant draws up, with the Chief Technician, a one-page Aftertouch plan: "
  "three professional targets for the year after the Award, the support the participant will ask the school for, "
  "and the further study open to them (the University's MA in Special and Inclusive Education accepts the Award as "
  "its first 60 credits). Participants take the plan to their next performance management meeting.")

title("9. THE AWARD", fill="D9D9D9")
p("The Award is made by the University's Board of Examiners to a participant who has a mark of 50 or more in each "
  "of T1, T2 and T3. A participant who fails a Task may resubmit it once.")
text_box(d, ["MAKER'S NOTE", "Every string of the national scale is present on this sheet and every participant who "
             "completes the Award will have met all of them. The scale has been checked by the University and by "
             "both councils."], height_pt=80)

title("10. WIRE SCHEDULE", fill="D9D9D9")
p("The strings below are the national minimum outcomes in the Workshop's words. Wire is the Bench Day on which the "
  "string is taught; Hammer is the Task in which it is marked.")

S, T, H, U = "Struck", "Tied off only", "Hitch-pin only", "Unstrung"
rows = [
    ["String", "The SENCO can...", "Wire", "Hammer", "Status"],
    ("G", "BASS STRINGS: WHAT THE SENCO IS"),
    ["1", "Build fair, respectful and constructive relationships with pupils with SEN and their parents and carers", "BD5", "T2", S],
    ["2", "Win the commitment of colleagues, the headteacher and senior leaders to better outcomes for these pupils", "BD8", "T3", S],
    ["3", "Put work in order of priority, manage time and hand tasks to others, checking they are done", "BD6", "-", T],
    ["4", "See problems coming, solve them and make sound decisions on provision", "BD3", "T2", S],
    ["5", "Speak and write clearly, and listen to and understand other people's views", "BD9", "T3", S],
    ["6", "Use research and outside advice to improve their own and colleagues' practice", "BD2", "T3", S],
    ["7", "Keep up to date and take charge of their own professional development in SEN and disability", "BD9", "VC2", "CELL7"],
    ("G", "TENOR STRINGS: WHAT THE SENCO KNOWS"),
    ["8", "The law and guidance on SEN, the Code of Practice, what they mean for the school and how to carry them out", "BD1", "T1", S],
    ["9", "Every Child Matters: its principles, its five outcomes and the SENCO's part in them", "BD1", "T1", S],
    ["10", "Disability equality law and what it requires the school to do for disabled pupils", "BD1", "T1", S],
    ["11", "The common kinds of SEN and disability (BESD, dyslexia and SpLD, SLCN, ASD, MLD) and how they affect learning", "BD2", "T2", S],
    ["12", "Approaches, strategies and resources for assessing, planning and teaching, including ICT, and their limits", "BD3", "T2", S],
    ["13", "How school self-evaluation and improvement work for pupils with SEN", "BD4", "-", T],
    ["14", "Best practice and research on meeting special educational needs", "BD2", "T3", S],
    ["15", "What outside agencies do and how to get specialist support and resources", "BD7", "T1", S],
    ("G", "TREBLE STRINGS: WHAT THE SENCO DOES"),
    ["16", "With senior leaders and governors, shape an inclusive ethos, policies, priorities and the use of resources", "BD8", "T3", S],
    ["17", "Identify pupils with SEN, set challenging targets, plan interventions and review progress", "BD3", "T2", S],
    ["17a", "Use other professionals' assessments to shape teaching", "BD3", "T2", S],
    ["17b", "Use test results and other summative assessment to track progress and change programmes", "BD3", "T1", S],
    ["17c", "Encourage colleagues to use formative assessment, with approaches for pupils with SEN", "BD6", "VC2", H],
    ["17d", "Arrange in good time special arrangements for national tests and examinations", "-", "-", U],
    ["18", "Use provision mapping to plan provision and find what is not working or is missing", "BD4", "T1", S],
    ["19", "Deploy and manage teaching assistants and other staff", "BD6", "-", T],
    ["20", "Develop colleagues by observation and feedback, modelling, coaching and training", "BD6", "T3", S],
    ["21", "Review with staff whether provision works, to inform the school's self-evaluation", "BD8", "T3", "CELL21"],
    ["22", "Involve pupils in planning, agreeing and reviewing their own provision", "-", "-", U],
    ["23", "Work closely with parents and carers to help their children learn and develop", "BD5", "T2", S],
    ["24", "Work in partnership with other services and voluntary organisations", "BD7", "T1", S],
]
wt = d.add_table(rows=len(rows), cols=5)
wt.style = "Table Grid"
for i, row in enumerate(rows):
    if isinstance(row, tuple):
        merge(wt, i, 0, i, 4, row[1], bold=True, fill="D9D9D9")
        continue
    for j, val in enumerate(row):
        c = wt.cell(i, j)
        if val == "CELL7":
            cell_text(c, "", size=9)
            runs(c.paragraphs[0], [("Struck", "del"), ("Hitch-pin only", "ins")])
        elif val == "CELL21":
            cell_text(c, "", size=9)
            runs(c.paragraphs[0], [("Tied off only", "del"), ("Struck", "ins")])
        else:
            cell_text(c, val, bold=(i == 0), fill=("BFBFBF" if i == 0 else None), size=9)
para(d)
p("VC2 in the Hammer column means Voicing Check 2.")
p("Issue C supersedes Issue B (December 2008). Changes from Issue B are shown as tracked changes.")

para(d)
title("11. SCALE NOTES", fill="D9D9D9")
p("These notes belong to the scale and are read with it, as the notes on a drawing-office sheet are.")
notes = [
    "Each Bench Day opens with the tutor reading out the strings of the Wire Schedule that the day will wire, so "
    "that participants know from the start which outcomes they are working on and which Task will test them.",
    "The Field Tuning Record is a bound book issued at Bench Day 1. Each Field Tuning has a page: what was done, "
    "with whom, what happened, and what the participant would do differently. The Foreman signs and dates each "
    "page. The Record is handed in with T3 and the Chief Technician checks that every Field Tuning is signed.",
    "Pupils are never named in any Task or Field Tuning. Participants use a letter and the pupil's year group, and "
    "remove names from any report by another professional that they include.",
    "Submission dates: Voicing Check 1, 4 December 2009; T1, 22 January 2010; Voicing Check 2, 26 March 2010; T2, "
    "30 April 2010; T3 commentary, 2 July 2010. Presentations for T3 take place on Bench Day 9 and in the following "
    "week in participants' schools.",
    "Word limits are firm; 10 per cent over is allowed. Appendices do not count but are not marked.",
    "Work handed in up to a week late is marked without penalty if the Chief Technician agreed the delay "
    "beforehand. Later work is capped at the pass mark.",
    "A participant who fails a Task resubmits it within eight weeks of the Board of Examiners. A Task passed on "
    "resubmission is capped at 50.",
    "Participants who are ill or whose circumstances change may suspend their studies for up to a year under the "
    "University's regulations and rejoin at the start of the next Section.",
    "The Chief Technician is the first point of contact for any complaint. A complaint not settled within four "
    "weeks goes to the University's complaints procedure.",
    "The Workshop keeps every participant's Pitch Raise, Field Tuning Record, marked Tasks and feedback for five "
    "years after the Award.",
]
for i, n in enumerate(notes, 1):
    p(f"{i}.  {n}")

para(d)
title("ISSUE RECORD")
table(d, [
    ["Issue", "Date", "What changed"],
    ["A", "October 2008", "First drawing for the Scale Committee. Issue A offered every participant a placement week "
                          "at Ashgrove Special School; this was withdrawn in Issue B because the school could not "
                          "host more than four visitors a term."],
    ["B", "December 2008", "Sections reordered at the councils' request, so that the law is taught first. Bench Day 7 "
                           "added on other agencies. Saturday teaching confirmed."],
    ["C", "February 2009", "Changes made after the University's validation event: the Trade Test taken out; a check of "
                           "each applicant's criminal records disclosure added to section 5; the Status of strings 7 "
                           "and 21 changed. Shown as tracked changes."],
], widths=[1.5, 3, 12.5])
para(d)
p("End of sheet. Questions about this scale should go to the Chief Technician, Marcus Okafor, at the Workshop.")

out = HERE / f"{NAME}.docx"
d.save(out)
print(out, "words ~", word_count(d))
