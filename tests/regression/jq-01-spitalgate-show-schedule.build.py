"""jq-01-spitalgate-show-schedule

Provider (invented): Spitalgate City Farm, an urban city farm charity, through its Education
Service ("Farm Learning"), with Northbridge Metropolitan University, which validates the award
as a Postgraduate Certificate. Application for approval to run the National Award for SEN
Coordination from September 2009 (TDA/DCSF 2008-09 round).

Document kind and layout: the course written as the farm's own agricultural show schedule
("Schedule of Classes, Rules and Prizes"), the format the farm has printed for its Harvest
Show for twenty years. No heading styles: titles are bold capitalised Normal paragraphs; the
rules are typed "1." to "14." in Normal paragraphs; classes are run-in bold "Class N." entries
with a status after a dash ("Judged" or "Exhibition only"). Vocabulary: Exhibitors
(participants), Show Days (study days), Sections (modules), Classes (sessions and tasks),
Judges (tutors), Guest Judges (specialists), Stewards (in-school mentors), the Referee
(external examiner), the Show Committee (steering group), Points (marks), the Spitalgate
Shield (the award), Pre-Show Inspection (needs assessment), the Farm Board (online board),
the Home Pen (the exhibitor's own school). Header and footer; an "Officers of the Show" table
with merged group rows and shading; a "Table of Points" outcome map (Outcome | Shown at |
Judged in) with merged, shaded group rows and "Exhibition only" cells; a text box "Notice to
Exhibitors"; two tracked changes; two Word comments; an entry form with prompts, tick boxes
and a placeholder left in.

Traps (requirement ids):
- E.2: the credit value is "40" deleted and "60" inserted as a tracked change; the inserted
  text is part of the submission, so 60 credits at Level 7 (met).
- 2.3: the paragraph offering a "judging-only entry" is a tracked deletion; the live text says
  Spitalgate "does not take judging-only entries" and refers candidates to another provider's
  show (Eastfield College); the entry form still carries a "judging-only entry" tick box
  (a form prompt, not evidence). not_met.
- 5.3: the farm CRB-checks its own staff and volunteers; exhibitors' checks are "a matter for
  their employing schools" and the Show "does not ask to see them" (someone else's
  responsibility, negation). The footer "all staff and volunteers CRB checked" is a footer and
  about staff; a comment asks whether heads should confirm CRB (a comment). not_met.
- K3 (6.K3): disability equality law appears only in Rule 8 as the farm's own duty to
  exhibitors; the Table of Points row for it points to "Rule 8" and has no judged class: the
  right words about the wrong thing. not_met. (Rule 8 itself makes 3.1 met.)
- 6.S2d: absent from the Table of Points and the classes; "special arrangements" appears only
  about exhibitors' disability adjustments (Rule 8). not_met.
- 6.S2b: judged in Class 19 (the entry must use test results to track pupils) but no class
  develops it ("-" in Shown at). partially_met.
- 6.A3, 6.A7, 6.K4, 6.S7: developed in classes marked "Exhibition only" (not judged).
  partially_met. 1.5 partially_met with S7: pupil voice is only a short unjudged talk; the
  text box's "Young Farmers' Forum" is the farm consulting its visiting children (wrong context).
- 1.9: several outcomes are never judged. partially_met.
- 6.0: a compensatory points rule (60 of 100 points overall, no class below 8 of 20) and a
  blanket claim that the classes "cover every one of the national minimum outcomes".
  partially_met.
- 2.2: a Pre-Show Inspection against the outcomes, but "we do not draw up individual training
  plans" and everyone enters the same classes. partially_met. 2.4: same eight Show Days for
  everyone, quality asserted, no tailoring or cost statement. partially_met.
- 2.5: only a talk about the University's MA and an invitation to return as Stewards.
  partially_met.
- 3.2: a Saturday or Wednesday repeat and carrying a Section forward, but one September start,
  a fixed order and one mode. partially_met.
- 3.3: the Farm Board is e-learning between Show Days, but "Judges do not read or post on it"
  (no direct tutor support online). partially_met.
- 4.3: Stewards from schools deliver mentoring, but stakeholders in evaluation only hoped for
  ("We hope ..."). partially_met. 4.1 and 4.2 met (survey, meetings, named changes).
- 5.5: Guest Judges give specialist expertise; the special-school visit was the earlier
  unaccredited course's and "is no longer part of the Show". partially_met.
- 5.9: confidence and competence measured before and after; pupils' achievement only "would
  like, in time". partially_met.
- Placeholder "[date TBC]" for Show Day 8 (harmless); "Exhibition only" column cells.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _jq_helpers import (new_doc, header_footer, para, table, merge_row, shade, tracked,
                         deleted_paragraph, comment, text_box, word_count)

OUT = Path(__file__).with_name("jq-01-spitalgate-show-schedule.docx")
doc = new_doc("Georgia", 10.5)
header_footer(doc, "Spitalgate City Farm Education Service \u2013 The SENCO Show 2009\u201310 \u2013 Schedule",
              "Spitalgate City Farm \u00b7 registered charity no. 1102847 \u00b7 all staff and volunteers CRB checked")


def title(t):
    para(doc, t, bold=True, size=12, color="385723")


def rule(n, text):
    para(doc, f"**{n}.** {text}")


def cls(n, name, status, text):
    para(doc, f"**Class {n}. {name}** \u2013 {status}. {text}")


para(doc, "SPITALGATE CITY FARM", bold=True, size=20, align="center", color="385723")
para(doc, "EDUCATION SERVICE", bold=True, size=14, align="center")
para(doc, "THE SENCO SHOW 2009\u201310", bold=True, size=18, align="center")
para(doc, "Schedule of Classes, Rules and Prizes", italic=True, size=13, align="center")
para(doc, "for the National Award for SEN Coordination, validated by Northbridge Metropolitan University",
     align="center")
para(doc, "Show Days in the Learning Barn, Spitalgate Yard \u00b7 Entries close Friday 3 July 2009",
     align="center")
para(doc, "Submitted to the Training and Development Agency for Schools as our application for approval, "
          "January 2009", italic=True, align="center")

title("HOW TO READ THIS SCHEDULE")
para(doc, "Spitalgate City Farm has printed a schedule for its Harvest Show every year since 1988, and the "
          "schools that bring their classes to the yard know the format well. When the Education Service "
          "and the University wrote our course for teachers new to the SENCO role we used the same format, "
          "because it says plainly who may enter, what they must show, who judges it and what prize they "
          "can win. A few words are our own. Exhibitors are the teachers on the course. Show Days are the "
          "eight study days in the Learning Barn. The Schedule is divided into five Sections, each a module, "
          "and each Section into Classes, which are the sessions and tasks. A Judged class is an assessed "
          "piece of work, marked in Points; a class shown \u201cExhibition only\u201d is done and discussed "
          "but not marked. Judges are the course tutors, Guest Judges are the specialists who teach parts of "
          "Show Days, and Stewards are the experienced colleagues in each exhibitor\u2019s own school who "
          "mentor them. The Referee is the external examiner. The Home Pen is the exhibitor\u2019s own school, "
          "where all the practical work is done. The prize is the Spitalgate Shield, which brings the "
          "University\u2019s Postgraduate Certificate in Special Educational Needs Coordination.")

title("SHOW SECRETARY\u2019S FOREWORD")
para(doc, "The Show has one purpose: that children and young people with SEN and/or disabilities in the "
          "exhibitors\u2019 schools achieve more and are happier, healthier and safer \u2013 in all five Every "
          "Child Matters outcomes, being healthy, staying safe, enjoying and achieving, making a positive "
          "contribution and achieving economic well-being, and not only in test results. Every Section "
          "begins from a child, every judged class asks the exhibitor to show what changed for pupils, and "
          "the Champion Class is judged on evidence of pupils\u2019 progress and well-being. Exhibitors do "
          "not leave their schools to learn: between Show Days each class is carried out in the Home Pen "
          "with the exhibitor\u2019s Steward, so what is learned in the Barn is tried with real pupils and "
          "real colleagues the following week, and the exhibitor brings back what happened.")
para(doc, "The Schedule was approved by Northbridge Metropolitan University\u2019s Academic Board on 10 "
          "December 2008 as a Postgraduate Certificate in Special Educational Needs Coordination. The "
          "University awards the credit and the certificate, and the farm\u2019s Education Service runs the "
          "Show under a validation agreement that the University reviews every five years.")
p = para(doc, "The Shield carries ")
tracked(p, [("d", "40"), ("i", "60"), ("n", " credits at masters level (Level 7), and an exhibitor who "
             "starts from scratch takes one school year, part time, to win it.")],
        author="Maggie Oduya", date="2009-01-14T16:20:00Z")
para(doc, "Before we wrote the Schedule we surveyed the SENCOs and headteachers of the 38 primary and "
          "secondary schools that bring classes to the farm in Spitalgate and Marrowfield boroughs (29 "
          "replied), and held two evening meetings with the boroughs\u2019 SEN advisory teams and the "
          "Marrowfield Parent Partnership Service. They told us three things: new SENCOs struggle most with "
          "provision mapping and with managing teaching assistants; they need help talking with parents "
          "when relationships have broken down; and they cannot be released for more than eight days in a "
          "year. Those findings are why Section C has two Show Days, why Class 22 (the difficult "
          "conversation) was added, and why the Show has eight Show Days and not twelve. The Marrowfield SEN "
          "team also read our first draft and asked for a class on speech, language and communication, "
          "which became Class 11.")
para(doc, "Readings for every Show Day are chosen by the Judges from recent research and inspection "
          "evidence: among them Ofsted\u2019s Inclusion: does it matter where pupils are taught? (2006), the "
          "Education and Skills Committee\u2019s report on special educational needs (2006), the Bercow "
          "Review of services for children and young people with speech, language and communication needs "
          "(2008), and the DCSF\u2019s Inclusion Development Programme materials on dyslexia and on speech, "
          "language and communication needs (2008). The Judges revise the reading list each summer after "
          "the University\u2019s SEN research seminar, so the Schedule keeps up with new developments.")
para(doc, "Maggie Oduya, Show Secretary", italic=True, align="right")

title("OFFICERS OF THE SHOW")
rows = [["Office", "Held by", "Experience and current practice"],
        ["", "", ""],
        ["President", "Professor Ruth Anand", "Head of Inclusive Education, Northbridge Metropolitan "
         "University; chairs the Show Committee and the Awards Board"],
        ["Show Secretary (course leader)", "Maggie Oduya", "Education Manager, Spitalgate City Farm; SENCO "
         "for eleven years in two Marrowfield primary schools; MA Special and Inclusive Education (2005)"],
        ["Judges (tutors)", "Dr Tom Hale", "Senior Lecturer in SEN, Northbridge; former educational "
         "psychologist with Spitalgate LA"],
        ["", "Priya Raman", "Advanced skills teacher for inclusion, Spitalgate LA; Level 7 Certificate in "
         "Specific Learning Difficulties"],
        ["", "Ken Adebayo", "Secondary SENCO for nine years; now the farm\u2019s schools tutor; NPQH"],
        ["Guest Judges", "Spitalgate PCT and Marrowfield services", "A speech and language therapist, the "
         "autism outreach teacher, an educational psychologist and a Parent Partnership officer"],
        ["", "", ""],
        ["Stewards (mentors)", "One for each exhibitor", "An experienced SENCO or senior leader in the "
         "exhibitor\u2019s own school, named by the headteacher on the entry form"],
        ["Referee (external examiner)", "Dr Helen Cray", "Reader in Special Education, University of "
         "Wrexley; appointed by the University"]]
t = table(doc, rows)
merge_row(t, 1, 0, 2, "THE SHOW COMMITTEE AND JUDGES", fill="E2EFD9")
merge_row(t, 8, 0, 2, "IN THE SCHOOLS AND OUTSIDE", fill="E2EFD9")
t.cell(4, 0).merge(t.cell(6, 0))
para(doc, "All Judges teach on at least one other SEN course or work in SEN services today, and each keeps "
          "their specialist knowledge up to date through the University\u2019s SEN research seminar and the "
          "National SENCO Forum. The Show Committee \u2013 the President, the Show Secretary, the Judges and "
          "a SENCO from each borough \u2013 meets once a term.")

title("GENERAL RULES AND REGULATIONS")
rule(1, "Who may enter. The Show is open to qualified teachers who are the SENCO of a maintained school, or "
        "who will take up the role within the year, in Spitalgate, Marrowfield or a neighbouring borough.")
rule(2, "Entries. Every entry must be signed by the exhibitor\u2019s headteacher, who agrees to release the "
        "exhibitor for the eight Show Days and names their Steward. Entries close on 3 July 2009.")
rule(3, "Pre-Show Inspection. Every entrant completes the Pre-Show Inspection: a self-rating against each "
        "of the national outcomes on a four-point scale, backed by a short written piece, and a thirty-minute "
        "conversation with a Judge. An entrant whose Inspection shows that they are not yet likely to meet "
        "all the outcomes by the end of the Show is not accepted this year; the Show Secretary gives them "
        "written guidance on what to do first (for example the farm\u2019s free twilight Seedlings "
        "sessions on SEN basics) and talks it through with their headteacher. The Inspection result goes to "
        "the exhibitor\u2019s Judge, who uses it to group exhibitors on Show Days. All exhibitors enter the "
        "same classes, in the same order; we do not draw up individual training plans.")
rule(4, "Previous prize-winners. Exhibitors who hold masters-level credit from an earlier SEN course, for "
        "example a Postgraduate Certificate in Specific Learning Difficulties, may claim up to 20 credits "
        "under the University\u2019s regulations for the Accreditation of Prior Learning, which exempts them "
        "from the matching judged class. Experienced SENCOs without such credit may claim up to 20 credits by "
        "the Accreditation of Prior Experiential Learning, presenting a portfolio mapped to the outcomes of "
        "the class they wish to be exempted from; two Judges assess the portfolio and the Referee sees every "
        "claim.")
deleted_paragraph(doc, "5. Judging-only entries. In exceptional circumstances an experienced teacher from an "
                       "SEN support service may make a judging-only entry, skipping the Show Days and "
                       "presenting the five judged entries for judging against all the outcomes.",
                  author="Maggie Oduya", date="2009-01-14T16:25:00Z")
rule(5, "Judging-only entries. Spitalgate does not take judging-only entries. Teachers who want to be "
        "assessed without training are referred to the Eastfield College show, which takes them.")
rule(6, "Show dates. Each Show Day runs on a Saturday and is repeated the following Wednesday, and "
        "exhibitors may come to either. The Show starts once a year, in September; exhibitors take the "
        "Sections in the order of this Schedule, part time over one school year. An exhibitor who misses a "
        "Show Day may catch up at the Wednesday repeat or, with the Show Secretary\u2019s agreement, carry "
        "a Section forward to next year\u2019s Show.")
rule(7, "The Farm Board. Between Show Days exhibitors use the Farm Board, an online discussion board on the "
        "University\u2019s Northbridge Learn site, to share drafts, ask each other questions and post "
        "photographs of their work in school. The Schedule\u2019s handouts and readings are posted there. The "
        "Board is run by the exhibitors themselves; Judges do not read or post on it.")
rule(8, "Exhibitors with disabilities. Spitalgate City Farm has duties under the Disability Discrimination "
        "Act 1995, as amended in 2005, and under the Race Relations (Amendment) Act 2000, towards everyone "
        "who comes to the farm, and we meet them for exhibitors as we do for visitors. The entry form asks "
        "every entrant, in confidence, whether they have a disability or other need we should plan for, and "
        "our publicity says why we ask. The Show Secretary then agrees adjustments with the exhibitor before "
        "the first Show Day \u2013 large-print or electronic handouts, the hearing loop in the Learning Barn, "
        "step-free routes across the yard, rest breaks, and extra time or another format for judged entries "
        "\u2013 and the University\u2019s Disability Service confirms the arrangements for judging. The entry "
        "pack is available in large print and on audio CD. These are the Show\u2019s special arrangements for "
        "exhibitors.")
p9 = para(doc, "**9.** Safeguarding. Spitalgate City Farm carries out enhanced CRB disclosures on all its own "
               "staff and volunteers who work with visiting children. Exhibitors are not farm staff: their CRB "
               "disclosures are a matter for their employing schools, and the Show does not ask to see them.")
comment(doc, p9, "Maggie \u2013 should we at least ask heads to confirm the CRB disclosure on the entry form? TH",
        author="Tom Hale", initials="TH")
rule(10, "Judging. Every judged entry is marked by its Judge against the published class criteria. A second "
         "Judge marks a sample of one entry in three, every entry within four Points of the pass mark and "
         "every entry marked Fail. The Judges meet after each judged class to moderate, starting from two "
         "benchmark entries from the year before. The Referee sees a sample of every judged class and all "
         "Fails, attends the Awards Board and reports to the University each year.")
rule(11, "Points and the Shield. Each of the five judged classes is marked out of 20 Points. To win the "
         "Shield an exhibitor needs at least 60 of the 100 Points in all, with no judged class below 8 "
         "Points. Between them the classes of this Schedule cover every one of the national minimum "
         "outcomes.")
rule(12, "Objections. Objections to a Judge\u2019s decision are heard under the University\u2019s academic "
         "appeals regulations.")
rule(13, "Stewards. Every Steward comes to the Stewards\u2019 Morning at the farm in September, a half-day "
         "session on the Schedule, the class criteria and how to observe an exhibitor and give feedback, and "
         "receives the Stewards\u2019 Handbook, which sets out what a Steward does: meets the exhibitor twice "
         "each half term, observes the exhibitor leading a meeting or training session, and signs the "
         "Steward\u2019s Note for each judged entry. Judges new to the Show are inducted by the Show Secretary "
         "and second-mark with an experienced Judge for their first year.")
rule(14, "Fees and value. The entry fee is \u00a31,450, paid from the boroughs\u2019 SEN training budgets. "
         "Every exhibitor follows the same eight Show Days, and we believe the Show offers high-quality "
         "professional development that leads steadily towards the outcomes.")

title("SPECIALIST HELP, PLACEMENTS AND THE SEED STORE")
para(doc, "Guest Judges teach parts of the Show Days: the speech and language therapist and the autism "
          "outreach teacher lead much of Section B, and the educational psychologist and the Parent "
          "Partnership officer lead parts of Section D. Exhibitors may book a half-hour telephone "
          "consultation with any Guest Judge about a pupil in their own school. Until 2008 teachers on the "
          "farm\u2019s earlier, unaccredited SEN course spent a day at Brook Lane special school; that visit is "
          "no longer part of the Show, and all practical work takes place in the exhibitor\u2019s own school.")
para(doc, "The Learning Barn has a teaching room for 24 with a projector and interactive whiteboard, ten "
          "laptops with Clicker 5, Widgit symbol software and text-to-speech, and a set of communication aids "
          "lent by the Marrowfield assistive technology service for exhibitors to try. Exhibitors have full "
          "use of the University library and its electronic journals, and the farm\u2019s Seed Store lending "
          "library holds some 300 SEN titles and assessment kits, including the British Picture Vocabulary "
          "Scale and the Phonological Assessment Battery.")

title("SCHEDULE OF CLASSES")
para(doc, "Show Days: 19 and 23 September, 17 and 21 October, 21 and 25 November 2009; 23 and 27 January, "
          "6 and 10 March, 24 and 28 April, 19 and 23 June 2010; Show Day 8: [date TBC]. Judged entries are "
          "handed in at the Show Secretary\u2019s office by noon on the Friday after the Section ends.",
     italic=True)

para(doc, "SECTION A \u2013 THE HOME PEN (Show Days 1 and 2: the law, policy and the SENCO\u2019s place in "
          "the school)", bold=True)
cls(1, "The Code in the farmyard", "Show Day 1", "A workshop on the Education Act 1996, the SEN Code of "
    "Practice (2001) and the SEN Toolkit: the graduated response, statutory assessment, statements and "
    "annual reviews, what the Code asks of the school, the governors, the headteacher and the SENCO, and "
    "how exhibitors put its procedures into practice in their own school. Government policy \u2013 "
    "Removing Barriers to Achievement (2004), the Children Act 2004 and the National Strategies\u2019 "
    "SEN materials \u2013 is read alongside it.")
cls(2, "Five fields", "Show Day 1", "Every Child Matters: its principles and its five outcomes, and the "
    "SENCO\u2019s part in helping pupils with SEN reach them. Exhibitors map what their school does for "
    "pupils with SEN against the five outcomes and bring the map to Show Day 2.")
cls(3, "Walking the boundary", "Exhibition only", "With their Steward, exhibitors walk through the "
    "school\u2019s SEN policy and register and note where practice and policy part company.")
cls(4, "The Headteacher\u2019s Gate", "Show Day 2", "How to win the commitment of the headteacher, senior "
    "leaders and colleagues to better outcomes for pupils with SEN, and how to work with senior colleagues "
    "and the governor for SEN to shape the school\u2019s inclusive ethos, its policies and priorities and "
    "the way it uses its resources. Exhibitors plan one improvement and present it to their head.")
cls(5, "Time and the to-do list", "Exhibition only", "Prioritising a SENCO\u2019s year, managing time, and "
    "delegating tasks to others while making sure they are done. Exhibitors keep a two-week time log and "
    "discuss it on Show Day 2.")
cls(6, "The Policy Entry", "Judged", "A written entry of 3,000 words: a critical review of the "
    "school\u2019s SEN policy against the Code of Practice and Every Child Matters, with the improvement "
    "plan agreed with the head and the SEN governor and the exhibitor\u2019s account of how they won that "
    "agreement. Judged for knowledge of the law and the Code, understanding of Every Child Matters, "
    "influence on strategy with senior colleagues and governors, gaining commitment, and clear writing.")

para(doc, "SECTION B \u2013 GROWING UP (Show Days 3 and 4: how children develop and the common kinds of SEN)",
     bold=True)
cls(7, "From lamb to ewe", "Exhibition only", "How children develop from birth to adolescence, and how "
    "SEN, disability and the physical and social environment for learning affect that development. "
    "Exhibitors observe a pupil in two settings in school and talk about what they saw.")
cls(8, "The common kinds", "Show Day 3", "Behavioural, emotional and social difficulties; specific "
    "learning difficulties including dyslexia; speech, language and communication needs; autistic "
    "spectrum disorders; and moderate learning difficulties \u2013 what each looks like and how it can "
    "affect a child\u2019s learning, taught with the Guest Judges.")
cls(9, "Listening to the flock", "Exhibition only", "A short talk on pupil voice and on involving "
    "pupils in their own plans.")
text_box(doc, ["**NOTICE TO EXHIBITORS**",
               "Please wash your hands after handling the animals and before eating. The goats bite.",
               "Our Young Farmers\u2019 Forum \u2013 children from the schools that visit us \u2013 meets "
               "monthly to tell the farm what they want from their visits, and the Forum chose this "
               "year\u2019s Show theme."], height_in=1.3)
cls(10, "Relationships on the yard", "Show Day 4", "Building fair, respectful, supportive and "
    "constructive relationships with pupils with SEN and with their parents and carers, including when "
    "things are hard.")
cls(11, "Talking and understanding", "Show Day 4", "Speech, language and communication needs in the "
    "classroom, taught by the speech and language therapist, with the Bercow Review.")
cls(12, "The Pupil Study", "Judged", "A case study of one pupil: the pupil\u2019s needs and how their SEN "
    "affects their learning; how the exhibitor used assessments from other professionals (the "
    "educational psychologist, the therapist, the advisory teacher) to change the teaching; how they "
    "worked with the pupil\u2019s parents or carers and the relationship they built with the family and "
    "the pupil; and what the outside agencies and voluntary organisations involved did and how the "
    "exhibitor got their help.")

para(doc, "SECTION C \u2013 THE PLANTING PLAN (Show Days 5 and 6: identifying, planning and providing)",
     bold=True)
cls(13, "Spotting the signs", "Show Day 5", "Identifying pupils who may have SEN from classroom "
    "observation, data and assessment; setting challenging targets; planning interventions that remove "
    "barriers to learning; reviewing progress. Reading and using other professionals\u2019 reports.")
cls(14, "Every classroom", "Show Day 5", "Helping other teachers develop formative assessment for all "
    "pupils and think about approaches that work for pupils with SEN; exhibitors plan a staff session.")
cls(15, "Approaches and tools", "Show Day 5", "A critical look at approaches, strategies and resources "
    "for assessment, planning, teaching and learning, including ICT, and at what research and best "
    "practice say works for pupils with SEN.")
cls(16, "The provision map", "Show Day 6", "Provision mapping and management: costing provision, "
    "planning it, and finding provision that is not working or is missing.")
cls(17, "Many hands on the yard", "Show Day 6", "Deploying and managing teaching assistants and other "
    "staff to support pupils with SEN.")
cls(18, "Trouble at the gate", "Show Day 6", "Anticipating and resolving problems and making sound, "
    "well-founded decisions on provision, worked through in case scenarios.")
cls(19, "The Planting Plan Entry", "Judged", "A provision map for one year group, showing provision "
    "that is ineffective or missing, how staff are deployed, and one intervention for a group of pupils "
    "with baseline and follow-up measures. The entry must show how end-of-key-stage and optional test "
    "results were used to track the pupils\u2019 progress and change their programmes, and the decisions "
    "the exhibitor took and why.")

para(doc, "SECTION D \u2013 MANY HANDS (Show Day 7: colleagues, parents and other services)", bold=True)
cls(20, "Colleagues near and far", "Show Day 7", "Advising, supporting and collaborating with colleagues "
    "in the school and beyond it \u2013 cluster SENCOs, the LA\u2019s advisory staff \u2013 to meet "
    "pupils\u2019 needs.")
cls(21, "Across the fence", "Show Day 7", "Advising, supporting and working in partnership with parents "
    "and carers; liaising with them to promote their child\u2019s learning and development.")
cls(22, "The difficult conversation", "Show Day 7", "A role-play with the Parent Partnership officer: "
    "speaking clearly, listening and understanding another\u2019s view when a relationship has broken "
    "down.")
cls(23, "Who else is on the farm", "Show Day 7", "The scope and role of external agencies and voluntary "
    "organisations, how to get specialist support and resources, and how to work with them in partnership.")
cls(24, "Coaching on the yard", "Show Day 7", "Observing teaching and giving feedback, modelling, "
    "coaching and mentoring, and arranging training for colleagues.")
cls(25, "The Coaching Entry", "Judged", "A recorded coaching conversation with a colleague, the "
    "observation notes and feedback that led to it, and a staff session the exhibitor led on formative "
    "assessment for pupils with SEN, with a reflective commentary. Judged for support of colleagues\u2019 "
    "development, collaboration, clear speech and listening, and the staff session.")

para(doc, "SECTION E \u2013 THE LONG FURROW (Show Day 8: review, self-evaluation and the exhibitor\u2019s "
          "own growth)", bold=True)
cls(26, "Looking back over the field", "Show Day 8", "The principles of school self-evaluation and "
    "improvement and how they bear on outcomes for pupils with SEN; reviewing and evaluating provision with "
    "other staff so that the review feeds the school\u2019s self-evaluation form and improvement plan.")
cls(27, "Research for the yard", "Show Day 8", "Finding and using research evidence and outside advice to "
    "improve one\u2019s own and colleagues\u2019 practice.")
cls(28, "Keeping up", "Exhibition only", "Keeping up to date and taking charge of one\u2019s own "
    "professional development in SEN.")
cls(29, "Prize-giving", "Show Day 8", "At the Prize-giving the President talks about the "
    "University\u2019s MA in Inclusive Education and next year\u2019s Show, and exhibitors are welcome to "
    "come back as Stewards.")
cls(30, "The Champion Class", "Judged", "A portfolio and a \u201cwalk-round\u201d conversation with two "
    "Judges in the exhibitor\u2019s school. The exhibitor shows evidence of what changed for pupils with SEN "
    "\u2013 their progress and their well-being \u2013 because of the exhibitor\u2019s work during the "
    "Show; a review of provision carried out with other staff and how it informed the school\u2019s "
    "self-evaluation; and how research and outside advice shaped the changes.")

title("TABLE OF POINTS: THE NATIONAL OUTCOMES IN OUR SCHEDULE")
para(doc, "The table shows, for each national outcome in our own words, the classes where exhibitors meet "
          "it and the judged class where it is marked.")
G = "E2EFD9"
rows = [["Outcome (our words)", "Shown at", "Judged in"],
        ["ATTRIBUTES \u2013 how the exhibitor carries themselves", "", ""],
        ["Fair, respectful, supportive relationships with pupils and their parents", "Classes 10, 21", "Class 12"],
        ["Winning the head, senior leaders and colleagues to the cause", "Class 4", "Class 6"],
        ["Prioritising, managing time, delegating", "Class 5", "Exhibition only"],
        ["Anticipating problems; sound decisions on provision", "Class 18", "Class 19"],
        ["Speaking and writing clearly; listening to others", "Classes 22, 25", "Classes 6, 25"],
        ["Drawing on research and outside advice", "Class 27", "Class 30"],
        ["Keeping up to date; owning one\u2019s CPD", "Class 28", "Exhibition only"],
        ["KNOWLEDGE \u2013 what the exhibitor knows", "", ""],
        ["SEN law and the Code of Practice, and putting them into practice", "Class 1", "Class 6"],
        ["Every Child Matters and the SENCO\u2019s part", "Class 2", "Class 6"],
        ["Disability equality law", "Rule 8", "\u2013"],
        ["How children develop", "Class 7", "Exhibition only"],
        ["The common kinds of SEN and how they affect learning", "Classes 8, 11", "Class 12"],
        ["Approaches, strategies and resources, including ICT", "Class 15", "Class 19"],
        ["School self-evaluation and improvement", "Class 26", "Class 30"],
        ["Best practice and research in meeting SEN", "Classes 15, 27", "Class 30"],
        ["Outside agencies and getting specialist support", "Class 23", "Class 12"],
        ["SKILLS \u2013 what the exhibitor can do", "", ""],
        ["Shaping an inclusive ethos, policy and resources with senior colleagues and governors", "Class 4", "Class 6"],
        ["Identifying pupils, setting targets, planning interventions, reviewing progress", "Class 13", "Class 19"],
        ["Using other professionals\u2019 assessments to shape teaching", "Class 13", "Class 12"],
        ["Tracking progress with test results and changing programmes", "\u2013", "Class 19"],
        ["Helping teachers develop formative assessment", "Class 14", "Class 25"],
        ["Provision mapping; finding ineffective or missing provision", "Class 16", "Class 19"],
        ["Deploying and managing staff", "Class 17", "Class 19"],
        ["Coaching, observing and training colleagues", "Classes 20, 24", "Class 25"],
        ["Reviewing provision with staff to inform self-evaluation", "Class 26", "Class 30"],
        ["Involving pupils in planning and reviewing their provision", "Class 9", "Exhibition only"],
        ["Liaising with parents and carers", "Class 21", "Class 12"],
        ["Working with other services and voluntary organisations", "Class 23", "Class 12"]]
t = table(doc, rows)
for r in (1, 9, 19):
    merge_row(t, r, 0, 2, rows[r][0], fill=G)
for r, row in enumerate(rows):
    if row[2] == "Exhibition only":
        shade(t.cell(r, 2), "F2F2F2")

title("AFTER THE SHOW")
para(doc, "Exhibitors fill in an evaluation slip after every Show Day, and each has a mid-Show review with "
          "their Judge. Stewards return a feedback form at the end of each Section. The Judges review the "
          "results of every judged class each term. From outside, the Referee\u2019s annual report, the "
          "University\u2019s annual monitoring and its five-yearly review, and the TDA\u2019s national survey "
          "of SENCO training all come to the Show Committee. Each July the Committee reads all of this and "
          "writes a Show Improvement Plan; the changes appear in the next year\u2019s Schedule, and the Plan "
          "goes to the University\u2019s Education Quality Committee, which checks that it was carried out.")
para(doc, "Each exhibitor rates their confidence against every outcome at the Pre-Show Inspection and again "
          "at the Champion Class, and their Steward rates their competence at both points; the Show Secretary "
          "reports the change, outcome by outcome, to the Show Committee. We would like, in time, to gather "
          "evidence of what changes for the exhibitors\u2019 pupils, but we have not yet settled how.")
para(doc, "The Stewards are the schools\u2019 own staff and do much of the Show\u2019s teaching in the Home "
          "Pen. We hope the boroughs\u2019 SEN advisory teams and some parents will join the Show "
          "Committee\u2019s July review in future years.")
p = para(doc, "An exhibitor who wins the Shield has changed something for pupils with SEN in their own school, "
              "and the Champion Class asks them to show it: the Show enables every exhibitor to make an impact "
              "on practice by meeting the outcomes, and a Steward\u2019s Note confirms each change.")
comment(doc, p, "Add the 2008 pilot numbers here? 11 of 12 finished. KA", author="Ken Adebayo", initials="KA")

title("ENTRY FORM (return to the Show Secretary by 3 July 2009)")
rows = [["Name of exhibitor:", "........................................"],
        ["School and borough:", "........................................"],
        ["Headteacher\u2019s signature (Rule 2):", "........................................"],
        ["Steward\u2019s name and post:", "........................................"],
        ["Classes you wish to be exempted from under Rule 4:", "........................................"],
        ["Do you have a disability or other need we should plan for? (Rule 8)", "\u2610 Yes   \u2610 No"],
        ["\u2610 I wish to make a judging-only entry (Rule 5)", ""],
        ["Show Days: \u2610 Saturdays   \u2610 Wednesdays", ""]]
t = table(doc, rows, header_fill=None, bold_header=False)
merge_row(t, 6, 0, 1, rows[6][0], bold=False)
merge_row(t, 7, 0, 1, rows[7][0], bold=False)

doc.save(OUT)
print(OUT.name, "words", word_count(OUT))
