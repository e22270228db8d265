"""le-02-coquet-pinrail-guide: build le-02-coquet-pinrail-guide.docx next to this script.

Provider (invented): the Coquet Schoolroom, the teacher-development arm of the Coquet Tall Ships Trust (a
regional sail-training and tall-ships charity that sails the barquentine Maid of Coquet out of Amble), with
the University of Wansford, for the 2008-09 National Award for SEN Coordination.

Document kind and layout: the course written as the Bosun's PIN RAIL GUIDE, the belaying plan every new
hand aboard a square-rigger is given ("every line has its pin"): the rails round the masts, each pin
numbered, and which line is made fast where. No heading styles at all: titles are bold CAPITALISED Normal
paragraphs typed with their own numbering ("RAIL 1 - FORE FIFE RAIL"); lists typed with "-"; some
paragraphs broken with manual line breaks; a key to the rails in a shaded paragraph far above the rails
("Rove through", "Made fast at", "Coiled down", "Belayed only", "Not rove"); three rail tables
("Pin | Line (what the hand will be able to do) | Rove through | Made fast at") with merged title rows
and a merged note row; two outcomes placed in prose "off the rails"; a tracked insertion and a tracked
deletion; one Word comment; "[TBC]" placeholders; a header and a footer.

Traps (requirement ids):
- Credit left as a placeholder "[TBC with the University]" while Master's level is stated: E.2
  partially_met (E.1 met: the University of Wansford validates).
- Research: only "kept up to date" in general terms, no research or inspection evidence named: 1.3
  partially_met.
- The CRB arrangement is a tracked insertion (counts: 5.3 met); the deleted sentence left it to schools.
- "We do not offer a route by assessment alone" (negation): 2.3 not_met.
- Sea Trial questionnaire taken at the start but "everyone follows the same rails" (no individual plan):
  2.2 partially_met.
- "We believe the sea is for everyone" plus "have a word with the Bosun" (value + vague): 3.1
  partially_met.
- Stakeholder needs asserted in general ("We know from talking to schools"), with a comment saying the
  survey figures cannot be found (comment not evidence): 4.1 partially_met; 4.2 and 4.3 met
  (specific changes; Course Committee with heads, a parent partnership officer and LA adviser evaluates).
- Placements are another charity's (the Solway Sail Trust) or arranged by hands themselves "if they
  wish": 5.5 partially_met (specialists are named).
- Coxswains (mentors) "know the ropes"; their handbook is "[in preparation]": 5.7 partially_met.
- Impact: a confidence survey of hands; pupils' progress "we have not yet found a way to measure": 5.9
  partially_met.
- Award by compensation ("may make it up on another"; 50 per cent average): 6.0 not_met; 1.9
  partially_met (coiled-down lines are never marked).
- Rails: "Coiled down" (practised, not marked) for A7, K3, S2b, S3, S6 -> partially_met; "Belayed
  only" (marked, not taught) for K7 -> partially_met; "Not rove" for A3 and S2c -> not_met. A1 and S9
  are "off the rails", in prose with the Haul that marks them -> met.
- The Haul descriptions are kept clear of the coiled-down lines.
- The award's credit is never stated elsewhere either: the fees paragraph says only that "the credits count"
  towards the MA, and APL allows "up to 30 credits" (E.2 stays partially_met).
- Header/footer, the comment and the deleted sentence never count.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _le_helpers import (new_doc, para, runs, shade_para, shade_cell, table, merge_row, tracked,
                         tracked_para, header_footer, comment)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc(font="Arial", size=10)
header_footer(d, "Coquet Tall Ships Trust - Bosun's Pin Rail Guide - Coquet Schoolroom SENCO Award 2008-09",
              "Keep this guide in your oilskin pocket. Every line has its pin.  Amble Harbour, Northumberland.")


def title(text):
    return para(d, text, bold=True, size=12)


def dash(text):
    return para(d, "- " + text)


para(d, "MAID OF COQUET", bold=True, size=20)
para(d, "BOSUN'S PIN RAIL GUIDE", bold=True, size=16)
para(d, "for hands signing on for the National Award for SEN Coordination|Coquet Schoolroom with the University "
        "of Wansford|Season 2008-09", breaks=True)

title("0. WHY A PIN RAIL GUIDE")
para(d, "On the first evening aboard Maid of Coquet every new hand is given the Bosun's pin rail guide. A "
        "barquentine has more than two hundred lines, and in the dark, in a blow, nobody has time to ask which "
        "one is the fore topsail sheet. So every line has its pin, on a rail round one of the masts, and the "
        "guide tells you where. The Coquet Schoolroom, the Trust's teacher-development arm, has written its "
        "SENCO Award the same way, because the teachers who come to us already know our ships. Each thing a "
        "SENCO must be able to do is a line; each line is rove through the Musters where it is taught, and made "
        "fast at the Haul where it is marked.")
p = para(d, "HOW TO READ THE RAILS. Each rail below is one part of the course. In each rail's table, the column "
            "Rove through gives the Musters (study days) where the line is taught and practised. The column Made "
            "fast at gives the Haul (marked assessment) in which the line is marked. Coiled down in Made fast at "
            "means the line is taught and practised at a Muster, with feedback, but it is not marked in any "
            "Haul. Belayed only in Rove through means that no Muster teaches the line: it is marked in the Haul "
            "shown, and the hand prepares for it alone. Not rove means the line is not in this course.", breaks=False)
shade_para(p, "DEEAF6")

title("1. THE SHIP'S PAPERS")
table(d, [
    ["Owner", "Coquet Tall Ships Trust (registered charity), Coquet Schoolroom, The Sail Loft, Amble"],
    ["Award", "Postgraduate Certificate in SEN Coordination (National Award for SEN Coordination)"],
    ["Accredited by", "University of Wansford, Faculty of Education and Lifelong Learning, which validated the "
                      "programme in June 2008 and awards the certificate"],
    ["Level and credit", "Master's level (M level); credits [TBC with the University]"],
    ["Course leader", "Mrs Ailsa Robson, Head of the Coquet Schoolroom"],
    ["Season", "September 2008 to July 2009; second intake February 2009"],
], header=False, bold_first_col=True)

title("2. WHY EVERY LINE HAS ITS PIN")
para(d, "The course exists to raise the achievement and well-being of children and young people with special "
        "educational needs and disabilities in the hands' schools, in all five Every Child Matters outcomes: "
        "being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving "
        "economic well-being. Every Haul asks the hand to show what has changed for pupils: in their "
        "attainment, and in how safe, happy and involved they are in school. Musters are built round the same "
        "question, and so is the school-based work the hands do between them (Deck Work).")
para(d, "Our reading lists are kept up to date and reflect the latest thinking in the field.")
para(d, "Deck Work. Between Musters each hand does a piece of Deck Work in their own school, tied to the lines "
        "of the rail they are on:")
for s in ["Deck Work A: audit the school's SEN policy and practice against the SEN Code of Practice and the "
          "disability duties, and present the findings to the head (Rail 1).",
          "Deck Work B: shadow a colleague teaching a pupil with SEN, then plan, teach and review a sequence "
          "of lessons together (Rail 2).",
          "Deck Work C: lead a whole-school change for pupils with SEN over two terms, with the head's "
          "agreement, and gather evidence of its effect on pupils (Rail 3). This becomes Haul 3."]:
    dash(s)
para(d, "The Hauls. Haul 1 is a written assignment of 4,000 words on SEN law and the Code of Practice, the common kinds of SEN and how "
        "a school meets them, set at the end of Rail 1. Haul 2 is a practical assessment in the hand's own "
        "school: a Bosun's Mate observes the hand leading a meeting with a parent or with colleagues, and the "
        "hand writes a reflective account of 2,000 words. Haul 3 is the Deck Work C portfolio with a 15-minute "
        "presentation to two Bosun's Mates and the hand's Coxswain.")

title("3. SIGNING ON")
para(d, "Who can sign on. Hands must be qualified teachers working in a school in Northumberland, North "
        "Tyneside or Newcastle, and either be the school's SENCO or be about to take the post. The application "
        "form is countersigned by the head, who agrees to release the hand for the Musters and to support the "
        "Deck Work. Mrs Robson interviews every applicant by telephone, and those with less than a year's "
        "experience of working with pupils with SEN are offered a place the following season, after the "
        "Trust's short course, Learning the Ropes.")
p = para(d, "Checks.")
tracked(p, "del", " Hands' CRB disclosures are checked by their own schools.", author="A. Robson",
        date="2008-08-20T11:30:00Z")
tracked(p, "ins", " Before a hand signs on, the Bosun sees the hand's enhanced CRB disclosure (issued within the last "
                  "three years) and a letter from the head confirming List 99 and identity checks, and records "
                  "the disclosure number and date in the Muster Roll; no hand comes to a Muster or goes into "
                  "another school without it.", author="A. Robson", date="2008-08-20T11:31:00Z")
para(d, "Prior learning. The University of Wansford's Recognition of Prior Learning scheme applies to the "
        "course. A hand may claim up to 30 credits for earlier Master's-level study in SEN (APL), or for "
        "experience as a SENCO, shown in a portfolio mapped to the lines of Rail 1 and assessed by a Bosun's Mate "
        "(APEL). A successful claim excuses the hand from Rail 1 and Haul 1.")
para(d, "The Sea Trial. At the first Muster every hand fills in the Sea Trial, a questionnaire on their "
        "experience, their school and how confident they feel with each line. The Bosun's Mates read them to "
        "know the crew, but everyone follows the same rails in the same order.")
para(d, "We do not offer a route by assessment alone: every hand sails the whole voyage.")
para(d, "Fees. The season costs £1,200, which the three local authorities pay in full for their SENCOs from "
        "the national SENCO training funding. Musters are on Saturdays, so no supply cover is needed. The "
        "course is taught in crews of six, each hand's Deck Work is chosen with their Coxswain to fit what their "
        "school needs next, and the credits count towards the University's MA in Special and Inclusive "
        "Education.")

title("4. THE WATCH SYSTEM AND HALYARD")
para(d, "Hands join in September or February. The ten Musters are on Saturdays at the Sail Loft, 9.30 to 3.30, "
        "and each Muster is also run as two evening sessions in Hexham for hands in the west of the county. Rail "
        "1 is taught face to face; Rails 2 and 3 are blended, with half of each Muster's work on Halyard. A hand "
        "may take Rail 3 in the following year.")
para(d, "Halyard is the Trust's Moodle site. Each crew of six has its own forum, and its Bosun's Mate answers "
        "posts within two working days. Between Musters each Rail 2 and Rail 3 unit is a week of online work: "
        "a short film, a reading and a task the crew discusses in its forum, with the Bosun's Mate taking part. "
        "Hands hand in Hauls, get feedback and book tutorials on Halyard, and a weekly online tutorial (by "
        "Elluminate) runs on Wednesday evenings. Every hand has a Halyard induction at the first Muster and can "
        "ring the Trust's ICT help line.")

title("5. ALL ABOARD")
para(d, "We believe the sea is for everyone, and so is this course. If you have a disability or any other "
        "need, have a word with the Bosun when you sign on.")

title("6. RAIL 1 - FORE FIFE RAIL (MUSTERS 1-4)")
rail1 = [["Pin", "Line (what the hand will be able to do)", "Rove through", "Made fast at"], ["", "", "", ""],
         ["1", "Know the law and guidance on SEN, above all the SEN Code of Practice, what it means for their "
               "school and how to put it into practice", "Muster 1; Deck Work A", "Haul 1"],
         ["2", "Understand the principles and outcomes of Every Child Matters and the SENCO's part in them",
          "Muster 1", "Haul 1"],
         ["3", "Know the law on disability equality and what it requires the school to do", "Muster 2",
          "Coiled down"],
         ["4", "Understand how children develop, and how SEN, disability and the child's surroundings affect "
               "that development", "Muster 2", "Haul 1"],
         ["5", "Know the common kinds of SEN and disability (BESD, dyslexia and other SpLD, SLCN, ASD and MLD) "
               "and how they affect learning", "Muster 3", "Haul 1"],
         ["6", "Know the scope and role of the agencies outside school and how to get specialist support and "
               "resources", "Muster 4", "Haul 1"],
         ["7", "Understand the principles of school self-evaluation and improvement as they bear on pupils "
               "with SEN", "Belayed only", "Haul 3"],
         ["8", "Know best practice and the outcomes of research on meeting SEN", "Muster 3", "Haul 1"],
         ["9", "Keep up to date and take charge of their own professional development in SEN and disability",
          "Muster 4", "Coiled down"],
         ["", "", "", ""]]
t = table(d, rail1)
merge_row(t, 1, "Fore fife rail: what a SENCO needs to know", fill="DEEAF6")
merge_row(t, len(rail1) - 1, "Rail 1 is taught face to face at the Sail Loft. Haul 1 is set at Muster 4.",
          fill="F2F2F2")

title("7. RAIL 2 - MAIN PIN RAIL (MUSTERS 5-7)")
rail2 = [["Pin", "Line (what the hand will be able to do)", "Rove through", "Made fast at"], ["", "", "", ""],
         ["10", "Gain the commitment of colleagues, including the head and senior leaders", "Muster 5",
          "Haul 2"],
         ["11", "Prioritise, manage their time and delegate", "Not rove", "Not rove"],
         ["12", "Anticipate and solve problems, and make sound judgements about provision", "Muster 6",
          "Haul 3"],
         ["13", "Speak and write clearly, and listen to and understand what others think", "Muster 5",
          "Haul 2"],
         ["14", "Use research and outside advice to improve their own and colleagues' practice", "Muster 6",
          "Haul 2"],
         ["15", "Identify pupils who may have SEN, set challenging targets, plan interventions and review "
                "progress", "Muster 6; Deck Work B", "Haul 2"],
         ["16", "Use assessments from educational psychologists, therapists and other professionals to "
                "develop teaching approaches", "Muster 6", "Haul 2"],
         ["17", "Use summative assessment, including national tests, to track pupils' progress and adjust "
                "programmes", "Muster 6", "Coiled down"],
         ["18", "Encourage colleagues to develop assessment for learning for pupils with SEN", "Not rove",
          "Not rove"],
         ["19", "Identify in good time the special arrangements pupils need for national tests and examinations, "
                "and put them in place", "Muster 7", "Haul 2"],
         ["20", "Take a critical view of approaches, strategies and resources, including ICT, for assessment, "
                "planning, teaching and learning", "Muster 7; Deck Work B", "Haul 2"],
         ["21", "Deploy and manage teaching assistants and other staff effectively", "Muster 7", "Haul 2"],
         ["22", "Support colleagues' development through observation and feedback, modelling, coaching and "
                "mentoring, and training", "Muster 7; Deck Work B", "Haul 2"]]
t = table(d, rail2)
merge_row(t, 1, "Main pin rail: what a SENCO does in the classroom and the staffroom", fill="DEEAF6")

title("8. RAIL 3 - MIZZEN RAIL (MUSTERS 8-10)")
rail3 = [["Pin", "Line (what the hand will be able to do)", "Rove through", "Made fast at"], ["", "", "", ""],
         ["23", "Work with senior colleagues and governors to shape an inclusive ethos, policies, priorities and "
                "use of resources", "Muster 8; Deck Work C", "Haul 3"],
         ["24", "Use provision mapping and management to find provision that is missing or not working",
          "Muster 8", "Coiled down"],
         ["25", "Review with other staff how well provision works, to inform the school's self-evaluation",
          "Muster 9", "Coiled down"],
         ["26", "Make sure pupils are involved in planning, agreeing, reviewing and evaluating their own provision",
          "Muster 9; Deck Work C", "Haul 3"],
         ["27", "Liaise effectively with parents and carers", "Muster 9", "Haul 2"],
         ["28", "Draw on research and inspection findings to lead change", "Muster 10", "Haul 3"]]
t = table(d, rail3)
merge_row(t, 1, "Mizzen rail: what a SENCO leads across the school", fill="DEEAF6")

title("9. OFF THE RAILS")
para(d, "Two lines are not on any rail, because they run through the whole voyage. The first is the hand's own "
        "relationships with pupils with SEN and disabilities and with their parents and carers: fair, "
        "respectful, supportive and constructive. Every Muster works on it through case discussion and role "
        "play with parents from the Northumberland Parent Partnership Service, and Haul 2's observed meeting "
        "with a parent marks it.")
para(d, "The second is partnership with other services and agencies, including voluntary organisations. It is "
        "taught at Muster 4 and again at Muster 10, when the hands spend the day aboard Maid of Coquet with "
        "staff from the health trust, social care, the Connexions service and two local charities; each hand "
        "then arranges a joint review with an outside agency in their own school, and Haul 3 marks how they "
        "worked with it.")

title("10. WHAT THE HANDS LEARN TO DO WITH PEOPLE")
para(d, "Consulting pupils. Muster 9 teaches hands to consult children and young people about things that "
        "affect them: person-centred reviews, pupil questionnaires, and ways of hearing pupils with little or no "
        "speech (symbols, photographs, talking mats). Each hand tries two of them in school as part of Deck "
        "Work C.")
para(d, "Colleagues, inside and beyond the school. Muster 5 and Muster 7 teach advising and coaching colleagues, "
        "leading a staff meeting, and working with SENCOs from other schools in the hand's cluster; Deck Work B "
        "is done with a colleague, and each crew of six meets between Musters to advise one another on their "
        "Deck Work.")
para(d, "Parents and carers. Muster 9 teaches working in partnership with parents and carers: annual reviews, "
        "difficult conversations, and sharing information through the year. Parents from the Parent Partnership "
        "Service take part in the role play.")
para(d, "Making a difference. Deck Work C is a real change each hand leads in their own school over two terms, "
        "and Haul 3 asks for the evidence that practice, and pupils' experience, has changed.")

title("11. WHO RIGGED HER")
p = para(d, "We know from talking to schools that SENCOs in our area want a course that is practical, close to "
            "home and on Saturdays.")
comment(d, p, "Do we still have the figures from the 2007 questionnaire? I can't find them - leave it general?",
        author="D. Hall", initials="DH")
para(d, "Changes made. At a meeting in November 2007, eleven heads and the three authorities' SEN advisers "
        "looked at the draft course. At their request we moved the Musters to Saturdays, added the evening "
        "sessions at Hexham, and put the observed meeting with a parent into Haul 2. After the 2007-08 pilot "
        "crew's feedback we added Halyard's crew forums.")
para(d, "Course Committee. Each June the Course Committee evaluates the season: two heads, the Parent "
        "Partnership Service's coordinator, an SEN adviser from each authority, a hand from each crew and the "
        "University's link tutor. It reads the hands' evaluations and the Hauls' results, and agrees the "
        "changes for the next season, which are reported to the Trust's trustees.")

title("12. THE BOSUN'S MATES")
table(d, [
    ["Name", "Role", "Qualifications and experience"],
    ["Mrs Ailsa Robson", "Course leader", "MA in Special and Inclusive Education; SENCO in two Northumberland "
     "middle schools for twelve years; Royal Yachting Association instructor"],
    ["Dr Peter Tait", "Bosun's Mate (University of Wansford)", "Reader in Inclusive Education; author of studies "
     "of SENCO workload; examines doctorates on SEN"],
    ["Ms Fiona Charlton", "Bosun's Mate", "Specialist teacher for autism, North Tyneside outreach service; "
     "MEd (Autism)"],
    ["Mr Derek Hall", "Bosun's Mate", "Educational psychologist, Northumberland; chartered psychologist"],
    ["Coxswains", "School-based mentors", "Experienced SENCOs in the hands' own clusters"],
])
para(d, "All four Bosun's Mates teach or practise in SEN now, and each spends at least three days a year at "
        "conferences or on research in the field, which Mrs Robson records.")
para(d, "Coxswains. Each hand has a Coxswain, a SENCO from a nearby school who meets them once each half term. "
        "Coxswains know the ropes. A Coxswain handbook is [in preparation].")

title("13. SPECIALISTS AND PLACEMENTS")
para(d, "Specialists teach at Musters: an educational psychologist, a speech and language therapist, a "
        "specialist teacher for hearing impairment, an autism outreach teacher, and workers from the "
        "Northumberland Parent Partnership Service and from two local charities.")
para(d, "Placements. The Solway Sail Trust's SENCO course places its hands for a week in a special school. We "
        "have not arranged placements; hands may arrange their own visits to special schools if they wish.")
para(d, "Resources. The Sail Loft has a resource room with the texts on the reading lists, assessment kits "
        "(including the British Picture Vocabulary Scale and the Dyslexia Screening Test), eight laptops with "
        "Clicker 5, Widgit symbol software and text-to-speech, two switch-access kits and a set of communication "
        "aids on loan from the authority's assistive technology team. Hands may borrow any of them for their "
        "Deck Work.")

title("14. CHECKING THE KNOTS")
para(d, "Every Haul is marked by the hand's Bosun's Mate against the University's M-level criteria. Dr Tait "
        "second-marks a sample of a quarter of each Haul and every fail. Haul 2 observations are made in pairs "
        "for the first two in each season, so the Bosun's Mates agree their judgements. The four Bosun's Mates "
        "hold a standardising meeting before each Haul is marked, and the University's external examiner sees "
        "a sample of every Haul and attends the Exam Board.")

title("15. LOG OF THE SEASON")
para(d, "How we evaluate. Hands fill in an evaluation after every Muster and at the end of each rail; the "
        "Bosun's Mates review them at a meeting after each rail and change the next Muster. The University's "
        "annual monitoring and the external examiner's report are external checks, and the Course Committee "
        "(section 11) brings in heads, parents and the authorities. Everything is brought together in the "
        "annual Season Log, with its action plan for the next season.")
para(d, "Impact. Hands rate their confidence in every line at the first Muster and at the last, and the "
        "change is reported in the Season Log. Impact on pupils' progress we have not yet found a way to "
        "measure.")

title("16. THE AWARD")
para(d, "The Award is made to hands who reach an overall mark of 50 per cent across the three Hauls. A hand "
        "who falls short on one Haul may make it up on another.")

title("17. NEXT BERTH")
para(d, "At the end of Rail 3 each hand meets their Bosun's Mate and Coxswain to plan their Next Berth: two "
        "or three professional targets for the coming year, which the Coxswain follows up at a meeting in the "
        "autumn, and the routes open to them afterwards, such as the MA, specialist qualifications and the "
        "authorities' SENCO networks.")
title("18. A MUSTER DAY")
para(d, "Musters follow the ship's day. Hands should be at the Sail Loft by 9.15; tea is on the stove in the "
        "mess room from 9.00, and the car park on the harbour side is free on Saturdays.")
for s in ["9.30 All hands: the Bosun's notices, and each crew reports back on its Deck Work since the last Muster.",
          "10.00 First watch: the Muster's main session, led by a Bosun's Mate or a visiting specialist.",
          "11.15 Make and mend: a break, with the resource room open for borrowing.",
          "11.30 Second watch: workshop in crews of six, working through cases the hands have brought.",
          "12.45 Dinner in the mess room. Tell the Bosun about any diet when you sign on.",
          "1.30 Afternoon watch: practice on the lines of the day, with feedback from the Bosun's Mates.",
          "2.45 Crew time: planning the next Deck Work with the crew and, where they come, the Coxswains.",
          "3.20 Log: every hand writes up the day in their course log, and fills in the Muster evaluation."]:
    dash(s)
para(d, "In winter the Sail Loft can be cold: bring a warm layer. If the harbour road floods, which happens "
        "once or twice a season on the highest tides, the Bosun will text every hand by 7.30 with the "
        "alternative venue at the Amble Links first school, and the Muster runs there to the same timings.")
para(d, "Muster 10 is the day aboard Maid of Coquet. She lies alongside at the fish quay and does not put to "
        "sea for it, so nobody needs sea legs; soft shoes, a waterproof and a packed tea are all you need. The "
        "Bosun's Mates will show anyone who wants it where the fore topsail sheet is made fast.")

runs(d, [("Issued by the Bosun, ", False), ("Coquet Schoolroom, ", True), ("August 2008. Next revision [date].", False)])

d.save(str(OUT))
print("wrote", OUT)
