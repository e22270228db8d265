"""iz-01-lanternfold-mantle-frame: build script.

Provider (invented): Lanternfold Theatre in Education, Castlewick, a theatre-in-education company that
tours participatory drama to schools and runs the "Open Door Company", drama groups for disabled young
people aged 11-19. Awarding partner: the University of Merefield, School of Performing Arts and Education,
which validates the Award as a 60-credit Level 7 Postgraduate Certificate. Application for the 2008-09
National Award for SEN Coordination, cohort from January 2010.

Document kind and layout: the company writes its course as a Mantle of the Expert planning frame, the way
drama-in-education teachers plan a mantle (Heathcote): an Enterprise (a fictional consultancy, "The
Threshold Bureau"), a Client, a Commission, Teams, a Point of Entry, "Inductions", six "Episodes", marked
"Commissions A-C" and unmarked "Rehearsals", the "Conventions" used, and a "Curriculum Opportunities" grid
in the company's own words ("The Bureau must be able to ... | Met in | Judged in") with no national codes.
No heading styles: part titles are bold, capitalised Normal paragraphs with typed numbering ("FRAME 3 -").
A note to the panel in a VML text box; a planning-frame table with merged, shaded label cells; an Episodes
table; a header and a footer; three Word comments; tracked changes (an inserted paragraph, a deleted
sentence, a credit figure changed from 45 to 60). A closing "Cut scenes" list of what is not in this
year's frame.

Traps (requirement ids):
- Research cited is drama-education research (Heathcote, Bolton, Boal); SEN research and inspection
  evidence only "current thinking" in general terms (1.3 partially_met, wrong-context).
- Several outcomes "Not judged" in the grid, so assessment does not reach all outcomes (1.9 partially_met).
- Prior experience only shapes the Individual Script; "we do not give credit for earlier study" (2.1
  partially_met, negation).
- The University's "direct assessment" route belongs to its MA in Drama Education; "we have not adopted it
  for the Award" and the route is listed among the Cut scenes (2.3 not_met: other provider's arrangement,
  negation).
- Further targets: only a reading list pointing to MA modules at the last Episode (2.5 partially_met).
- One January start, Episodes in a fixed order, a choice only between day and twilight versions (3.2
  partially_met).
- The Callboard (e-learning, so 3.3 applies): peers post and upload, but tutors "look in when they can";
  a comment asks whether to promise replies within 48 hours (comment not evidence) (3.3 partially_met).
- Stakeholder evaluation group only in an inserted paragraph (tracked insertion counts: 4.3 met).
- CRB: only the company's own actors and facilitators, and the footer (5.3 not_met: wrong people,
  header/footer).
- Placement week at Fernbank special school only in a deleted sentence; specialist visitors remain (5.5
  partially_met).
- Commissions second-marked inside the company; moderation by the external examiner appears only in a
  comment (5.8 partially_met).
- Impact: confidence and competence measured by the Role Card re-scored; pupils' achievement only "we
  would like to find a way" (5.9 partially_met, aspiration).
- Award rule: the Certificate goes to participants who pass the three Commissions, but the grid shows
  outcomes the Commissions do not judge (6.0 partially_met).
- Outcomes developed but "Not judged": 6.A3, 6.A4, 6.K4, 6.S2b; judged only in an unmarked Rehearsal:
  6.S3 (all partially_met). Keeping up to date is a grid row met in "Your own business" and "Not judged":
  listed but neither developed nor assessed (6.A7 not_met).
- Deploying staff "cut from this year's frame" (6.S4 not_met, negation). Special arrangements for tests
  and examinations appear nowhere (6.S2d not_met).
- Credits: 45 deleted, 60 inserted (E.2 met via tracked insertion).
"""
from pathlib import Path
from _iz_helpers import (new_doc, para, table, merge, shade, cell_text, tracked_para, text_box, comment,
                         header_footer, bullet, word_count)

OUT = Path(__file__).with_name("iz-01-lanternfold-mantle-frame.docx")
AU = "Ros Penhallow"
UNI = "Dr Iain Craske (Merefield)"

d = new_doc("Calibri", 10.5)
header_footer(d, "Lanternfold Theatre in Education  |  The Threshold Bureau  |  Planning Frame v3 for the TDA panel",
              "Lanternfold TiE, The Old Drill Hall, Quay Street, Castlewick. Registered charity 1093442. "
              "All company members hold enhanced CRB disclosures.")

para(d, "LANTERNFOLD THEATRE IN EDUCATION", b=True, size=16, align="center", color="7A1F2B")
para(d, "with the University of Merefield, School of Performing Arts and Education", i=True, align="center")
para(d, "THE THRESHOLD BUREAU", b=True, size=20, align="center")
para(d, "A Mantle of the Expert planning frame for the National Award for SEN Coordination, first cohort January 2010",
     align="center", size=11)

text_box(d, [
    ("A note for the panel", {"b": True}),
    "We are a theatre company, and when we plan anything (a school tour, a Saturday session of the Open Door "
    "Company, or this Award) we plan it as a mantle: a fictional enterprise whose members do real work for a "
    "client. So this is the planning frame our tutors will teach from, lightly edited so that it can be read "
    "without us in the room. The Enterprise is fiction; everything under 'Out of role' and every Commission is "
    "what actually happens. The University's programme specification is enclosed separately.",
    ("Ros Penhallow, Artistic Director, and Tom Aske, Education Director", {"i": True}),
], height_pt=125)

para(d, "FRAME 1 - THE PLANNING FRAME AT A GLANCE", b=True, size=12, color="7A1F2B")
rows = [
    ["Frame", "What it is in the fiction", "What it is out of role"],
    ["The Enterprise", "The Threshold Bureau: a small consultancy that helps schools make every child with a "
     "special educational need or disability welcome, safe and successful.",
     "The teaching group of up to 18 newly appointed SENCOs, with two tutors."],
    ["The Client", "Saltmoor Community School, an invented 11-16 school whose new headteacher has written to "
     "the Bureau.", "A case school whose papers (data, policies, letters, a provision map, pupil profiles) "
     "grow through the year."],
    ["The Commission", "Saltmoor wants the Bureau to find out why its pupils with SEN are falling behind and "
     "unhappy, and to help it change.", "The course's aim: participants become SENCOs who raise the "
     "achievement and well-being of pupils with SEN and disabilities in their own schools, across all five "
     "Every Child Matters outcomes - being healthy, staying safe, enjoying and achieving, making a positive "
     "contribution and achieving economic well-being - not only test results."],
    ["Teams", "Listening Team; Evidence Team; Planning Team; Family Team.", "Four working groups; every "
     "participant works in each team over the year."],
    ["Point of entry", "The Bureau's first day: the client's letter is read aloud and the Bureau's charter "
     "signed.", "Episode 1."],
    ["Credits", None, None],
    ["Validation", None, None],
]
t = table(d, rows, widths=[3.2, 6.6, 6.6], header_fill="7A1F2B")
for i in range(len(rows)):
    shade(t.cell(i, 0), "F3E3E5" if i else "7A1F2B")
for j in range(3):
    for r in t.cell(0, j).paragraphs[0].runs:
        r.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
c = merge(t, 6, 1, 6, 2)
c.text = ""
p = c.paragraphs[0]
p.add_run("The Award is a Postgraduate Certificate of ")
from _iz_helpers import del_run, ins_run
del_run(p, "45", AU, "2008-11-20T09:12:00Z")
ins_run(p, "60", AU, "2008-11-20T09:12:00Z")
p.add_run(" credits, all at Level 7 (masters level), in two modules: Bureau Practice (40 credits) and "
          "Commission C (20 credits).")
merge(t, 7, 1, 7, 2, "Validated by the University of Merefield, School of Performing Arts and Education, whose "
      "Board of Studies approved the Award in October 2008; the University confers the Certificate and the "
      "participants are registered students of the University.")

para(d, "")
para(d, "FRAME 2 - WHY A MANTLE?", b=True, size=12, color="7A1F2B")
para(d, "A mantle puts the learner in the position of someone who already knows, and then gives them real "
     "work that makes them find out. New SENCOs are often treated as beginners by everyone around them; in the "
     "Bureau they are consultants from the first morning, and the knowledge arrives because the client needs "
     "it. Our approach rests on the research of Dorothy Heathcote and Gavin Bolton on drama for learning and on "
     "Augusto Boal's forum theatre, which we have used in schools for twenty-two years, and the Bureau's "
     "reading is kept in step with current thinking about special educational needs.")
p = para(d, "We believe that every child can be an expert in something, and that schools change when adults "
         "listen to children. The Bureau is built on that belief.")
para(d, "The Bureau is rooted in real schools. Between Episodes each participant carries out Field Work in "
     "their own school: each Field Work task is set against the outcomes the Episode has just opened, carried "
     "out with real pupils, colleagues and families, and brought back to the next Episode to be examined by "
     "the Bureau. Commission C is a change the participant leads in their own school over two terms, so that "
     "every participant makes a measurable difference to practice there by meeting the Award's outcomes.")

para(d, "FRAME 3 - INDUCTIONS (BEFORE THE BUREAU OPENS)", b=True, size=12, color="7A1F2B")
para(d, [("Nomination and the entry conversation. ", {"b": True}),
         "A participant is nominated by their headteacher on the Lanternfold nomination form, which asks the "
         "head to confirm that the teacher holds qualified teacher status, has been appointed to the SENCO role "
         "or will be by September, and will be released for the six Episodes. The Education Director then holds "
         "a forty-minute entry conversation with each nominee, using five questions on what the nominee already "
         "knows and does about pupils with SEN. A nominee whose answers show they are not yet ready to meet the "
         "outcomes within the year is given written guidance on what to do first (usually a term of work "
         "alongside an experienced SENCO in their cluster), and the Education Director telephones their "
         "headteacher to agree it; they are offered a place on the next cohort."])
para(d, [("Access. ", {"b": True}),
         "Half of the Open Door Company's facilitators are disabled artists, and we design for access before we "
         "design anything else. Every nominee receives an access questionnaire with the offer letter, in large "
         "print, on audio and in BSL on DVD, and is invited to tell us about any disability or need in "
         "confidence; we say plainly that telling us is the way to get adjustments, not a mark against anyone. "
         "We then agree adjustments with the participant before Episode 1: BSL interpreters or palantypists, "
         "materials in alternative formats, rest breaks, a quiet room, extra time or a different form for a "
         "Commission (for example a recorded presentation in place of a written report). All Episodes are held "
         "in step-free rooms with hearing loops. Our selection criteria are applied in the same way to every "
         "nominee, and the entry conversation can be held by videophone or with an interpreter."])
para(d, [("The Role Card. ", {"b": True}),
         "Before Episode 1 each participant completes the Role Card, our needs assessment: every row of the "
         "Curriculum Opportunities grid (Frame 10) rated from 1 (new to me) to 4 (I could teach this), with a "
         "line of evidence for any 3 or 4. The tutor reads it with a short piece of evidence the participant "
         "brings from school (a provision map, an IEP, a note of a review meeting), because a participant may "
         "think they know something when what they know is out of date."])
para(d, [("The Individual Script. ", {"b": True}),
         "From the Role Card the tutor and the participant write the Individual Script: the participant's own "
         "training plan for the year, naming the three to five outcomes they will work hardest on, the Field "
         "Work tasks they will take on in their school to reach them, and the personal outcomes they set "
         "themselves beyond the national ones. It is reviewed at Episodes 3 and 5. Because the Role Card shows where a participant is already "
         "strong, Episode and Field Work time goes where it is needed; the twilight versions save schools the "
         "cost of supply cover, and the fee of \u00a31,450 covers tuition, University registration and all "
         "materials."])
para(d, [("Prior learning. ", {"b": True}),
         "A participant's earlier study and experience are taken into account in the Individual Script: someone "
         "who already leads annual reviews well will spend their Field Work elsewhere. We do not give credit "
         "for earlier study, and every participant takes both modules."])

para(d, "FRAME 4 - THE EPISODES", b=True, size=12, color="7A1F2B")
para(d, "Six Episodes, each a full day at the Old Drill Hall (9.30 to 4.00), or the same Episode as two "
     "twilight sessions (4.30 to 7.30) in the following week for those who cannot be released for a whole "
     "day. The Episodes run in a fixed order, from January to November, for the whole cohort together; there "
     "is one start each year, in January.")
rows = [
    ["Episode", "In role: what the Bureau does", "Out of role: what we study", "Conventions"],
    ["1. The Letter (January)", "Hears the client's letter; meets three Saltmoor pupils (played by members of "
     "the Open Door Company) and asks them what school is like.", "Every Child Matters and the SENCO's part in "
     "each outcome; how to consult children and young people, including those who do not use speech; "
     "respectful relationships with pupils and families.", "Teacher in role; hot-seating; "
     "the mantle of the expert"],
    ["2. The Rulebook (March)", "Is asked by Saltmoor's governors whether the school is breaking the law.",
     "The SEN Code of Practice (2001) and what it asks of schools and SENCOs; the SEN and Disability Act "
     "2001 and the Disability Discrimination Act 1995 as amended in 2005, including the disability equality "
     "duty and the actions schools must take; working in partnership with parents, with a parent from the "
     "Castlewick Parent Partnership Service.", "Role on the wall; forum theatre (the annual review)"],
    ["3. The Children (April)", "Studies six Saltmoor pupil profiles with the Open Door Company.",
     "The common kinds of SEN and disability (behavioural, emotional and social difficulties; specific "
     "learning difficulties including dyslexia; speech, language and communication needs; autistic spectrum "
     "disorders; moderate learning difficulties) and how they affect learning; how children develop; "
     "approaches, strategies and resources, including ICT and communication aids; best practice and research "
     "on what works.", "Still image; thought-tracking; expert witnesses"],
    ["4. The Allies (June)", "Must win the headteacher round and bring other services to the table.",
     "Gaining the commitment of colleagues and senior leaders; advising governors and the senior team on "
     "inclusive policy and the use of resources; what external agencies and voluntary organisations offer "
     "and how to get their help; collaborating with colleagues within and beyond the school.",
     "Forum theatre (the staff meeting); meetings in role"],
    ["5. The Plan (September)", "Writes Saltmoor's plan for its pupils with SEN.", "Identifying pupils; "
     "targets; interventions; reviewing progress; using assessments from other professionals; tracking with "
     "summative data; helping teachers build formative assessment; provision mapping; prioritising, "
     "managing time and delegating.", "Documents in role; the Bureau's planning meeting"],
    ["6. The Report (November)", "Presents to the client and hears its verdict.", "School self-evaluation "
     "and improvement; reviewing the effectiveness of provision with other staff; coaching, mentoring and "
     "leading training for colleagues.", "Mantle; the report to the client"],
]
table(d, rows, widths=[2.8, 4.6, 6.5, 2.6], header_fill="E8D3D6")
para(d, "")
para(d, "Between Episodes the participant carries out the Field Work their Individual Script sets, and "
     "records it in the Bureau Log, the participant's working journal, which the tutor reads at each Episode.")

para(d, "FRAME 5 - COMMISSIONS AND REHEARSALS", b=True, size=12, color="7A1F2B")
para(d, "In a mantle the client's judgement is what matters, and in the Award the client's judgement is the "
     "assessment. There are three Commissions, each marked against written criteria drawn from the Curriculum "
     "Opportunities grid, and a number of Rehearsals, which are practice with feedback and are not marked.")
rows = [
    ["Commission", "What the participant does", "When", "Module"],
    ["A - The Listening Report", "Consults a pupil with SEN or a disability and their family about one "
     "aspect of school, in the way that suits the pupil, and writes a 2,500-word report for the headteacher: "
     "what was heard, what the law and the Code of Practice require of the school, how the school meets "
     "each Every Child Matters outcome for that pupil, and what the pupil will help to plan and review.",
     "After Episode 2", "Bureau Practice"],
    ["B - The Case Presentation", "Presents one pupil's case to a panel of two tutors and a visiting "
     "specialist (twenty minutes, then questions): the pupil's needs, the assessments of other "
     "professionals used, the targets and interventions planned, the help asked of other agencies, the "
     "approaches chosen for the classroom and how colleagues were helped to build formative assessment.", "After Episode 5", "Bureau Practice"],
    ["C - The Change Project", "Leads one change in provision for pupils with SEN in their own school over "
     "two terms, with the commitment of the head and governors, including coaching or training colleagues, "
     "and reviews its effect with other staff to feed the school's self-evaluation. A 4,500-word report that "
     "draws on research.",
     "Submitted in January after Episode 6", "Commission C"],
]
table(d, rows, widths=[3.2, 8.6, 2.4, 2.3], header_fill="E8D3D6")
para(d, "")
p = para(d, "Each Commission is marked by the participant's tutor and second-marked by the other tutor; where "
         "the two disagree they meet and agree a mark, and record why.")
comment(d, p, "Our external examiner will moderate a sample of every Commission each year, and sees all fails "
        "and borderlines. Put this in?", UNI, "IC")
para(d, "Rehearsals include the Bureau's provision map for Saltmoor (Episode 5), a practice review meeting in "
     "role (Episode 2) and the Bureau Log itself. Tutors give written feedback on each; none is marked.")

para(d, "FRAME 6 - THE COMPANY", b=True, size=12, color="7A1F2B")
para(d, "The Award is taught by two tutors, with the Open Door Company and visiting specialists.")
bullet(d, [("Tom Aske", {"b": True}), ", Education Director and programme leader: MA in Special and "
           "Inclusive Education (Merefield, 2005); fourteen years as a teacher, five of them as SENCO of a "
           "comprehensive school; Lanternfold's education director since 2003."])
bullet(d, [("Dr Mina Farrant", {"b": True}), ", tutor: PhD on drama with young people with autism (2007); "
           "former head of a special school drama department; Associate Lecturer at the University since 2006."])
bullet(d, [("The Open Door Company", {"b": True}), ": disabled young people aged 14-19, paid as workshop "
           "artists, who play the Saltmoor pupils and act as expert witnesses in Episodes 1 and 3, with two "
           "Open Door facilitators."])
bullet(d, [("Visiting specialists", {"b": True}), ": an educational psychologist and a speech and language "
           "therapist from Castlewick Children's Services (Episode 3 and the Commission B panels), a parent "
           "adviser from the Parent Partnership Service (Episode 2) and an officer of Castlewick Voluntary "
           "Action (Episode 4)."])
tracked_para(d, [("t", "Participants meet these specialists at the Episodes and on the Commission B panels. "),
                 ("del", "Each participant also spends a placement week with the Open Door Company's partner "
                  "special school, Fernbank, in the summer term.")], AU, "2008-12-02T15:40:00Z")
para(d, "Every Lanternfold actor and facilitator holds an enhanced CRB disclosure, renewed every three years, "
     "because our touring work takes us into schools every week.")
para(d, "Both tutors keep their knowledge current: each spends at least five days a year in schools with "
     "Lanternfold's touring work, attends the University's SEN research seminar, and Tom Aske sits on "
     "Castlewick's SEN strategy group.")
para(d, [("Stage Managers. ", {"b": True}),
         "Each participant has a Stage Manager in their school, a senior leader named by the headteacher, who "
         "meets them twice a term, signs off their Field Work and sees Commission C through. Stage Managers "
         "and tutors come to the Company Call, a half-day in December, where we go through the Stage "
         "Manager's Book (roles, what to expect, how Field Work is signed off, what to do if a participant is "
         "struggling) and the Commission criteria with marked examples. Tutors also meet with the University "
         "link tutor each term."])
para(d, [("Resources. ", {"b": True}),
         "Participants have full use of the University's library and electronic journals as registered "
         "students, the Old Drill Hall's resource room (assessment materials, communication aids, symbol "
         "software, switch and eye-gaze kit that the Open Door Company uses), and a laptop loan scheme for "
         "anyone who needs one for the Callboard."])

para(d, "FRAME 7 - THE CALLBOARD", b=True, size=12, color="7A1F2B")
p = para(d, "The Callboard is the Bureau's online space on the University's Blackboard site. Each week's "
         "reading and the Saltmoor papers are posted there, participants upload their Bureau Log entries and "
         "Commissions, and the four teams carry on their work between Episodes in team discussion boards, "
         "which is where most peer support happens. Tutors look in when they can. Stage Managers are given "
         "guest access so that they can see the Saltmoor papers, and we send notices to schools by email.")
comment(d, p, "Should we say tutors reply within 48 hours? Mina isn't sure we can staff that.", AU, "RP")

para(d, "FRAME 8 - WHO SHAPED THE BUREAU", b=True, size=12, color="7A1F2B")
para(d, "In spring 2008 we asked the 41 Castlewick and North Fells schools that book our tours what a new "
     "SENCO most needed. Thirty-eight replied. They asked above all for help with leading colleagues "
     "(29 schools), with the law (26) and with involving pupils in their own reviews (22), and they asked "
     "for twilight teaching because supply cover is scarce. Castlewick's SEN strategy group told us the "
     "authority's priority is earlier identification and better use of other agencies. The Open Door "
     "Company's young people spent a Saturday telling us what they wished their SENCOs had known.")
para(d, "That is why Episode 4 is given over to leading colleagues, why every Episode has a twilight "
     "version, why Commission A starts from a conversation with a pupil, and why the Open Door Company play "
     "the Saltmoor pupils rather than our adult actors: the young people asked for that themselves.")
tracked_para(d, [("ins", "The Open Door Youth Panel and two headteachers from the Steering Group sit on the Award "
                  "Evaluation Group, which meets after each cohort's Episode 6, reads the participants' "
                  "evaluations alongside our own, and agrees the changes for the next cohort. Headteachers "
                  "also take part as Stage Managers and the local authority's specialists sit on the "
                  "Commission B panels.")], AU, "2009-01-06T11:02:00Z", whole="ins")

para(d, "FRAME 9 - KEEPING THE BUREAU HONEST", b=True, size=12, color="7A1F2B")
para(d, "We evaluate the Award in several ways:")
bullet(d, "participants' written evaluations after every Episode, and a longer one at the end;")
bullet(d, "a tutors' review after every Episode, recorded in the Episode book;")
bullet(d, "the Stage Managers' comments at the Company Call and at the end of the year;")
bullet(d, "the University's annual monitoring report and its external examiner's report;")
bullet(d, "the Award Evaluation Group (Frame 8).")
para(d, "Every piece of evidence goes into one action list held by the Education Director; the changes for "
     "the next cohort are agreed at the Evaluation Group and reported in the University's annual monitoring. "
     "Recruitment and selection, the Role Cards and Individual Scripts, the Episodes and Field Work, the "
     "Commissions and the evaluation itself are all on the list.")
para(d, "To see what the Award does for participants, each participant scores the Role Card again at the end "
     "of Episode 6 and we compare it with the first scoring, row by row, and Stage Managers rate the "
     "participant's confidence and competence on the same scale. We would like to find a way of measuring "
     "what the Award changes for the pupils themselves, and will talk to the University about it.")

para(d, "FRAME 10 - CURRICULUM OPPORTUNITIES", b=True, size=12, color="7A1F2B")
para(d, "In a mantle the curriculum is what the enterprise cannot do its work without. This grid lists, in our "
     "words, what the Bureau must be able to do, where in the frame it is met and where it is judged. "
     "'Judged' means marked in a Commission; 'Not judged' means it is worked on, and tutors give feedback, "
     "but no mark depends on it.")
G = [
    ["The Bureau must be able to ...", "Met in", "Judged in"],
    ["Attitudes the client can trust", None, None],
    ["build fair, respectful and supportive relationships with pupils with SEN and disabilities and with their "
     "parents and carers", "Episodes 1 and 2", "Commission A"],
    ["win the commitment of colleagues, the headteacher and senior leaders", "Episode 4", "Commission C"],
    ["prioritise, manage its time and delegate tasks, and check they are done", "Episode 5",
     "Not judged: talked through with your Stage Manager"],
    ["see problems coming, solve them and make sound decisions about provision", "Episodes 2 and 5",
     "Not judged"],
    ["speak and write clearly, and listen to and understand other people's views", "Every Episode",
     "Commissions A and B"],
    ["use research and outside advice to improve its own and colleagues' practice", "Episode 3",
     "Commission C"],
    ["keep itself up to date and take charge of its own professional development", "Your own business",
     "Not judged"],
    ["What the Bureau knows", None, None],
    ["the law and guidance on SEN, the Code of Practice, and what they mean for the school and the SENCO",
     "Episode 2", "Commission A"],
    ["Every Child Matters: its five outcomes and what the SENCO does for each", "Episode 1", "Commission A"],
    ["the law on disability equality and what it requires schools to do", "Episode 2", "Commission A"],
    ["how children develop and what affects their development", "Episode 3", "Not judged"],
    ["the common kinds of SEN and disability and how each affects learning", "Episode 3", "Commission B"],
    ["approaches, strategies and resources for assessment, planning, teaching and learning, including ICT",
     "Episodes 3 and 5", "Commission B"],
    ["how schools evaluate and improve themselves, and what that means for pupils with SEN", "Episode 6",
     "Commission C"],
    ["best practice and research on meeting SEN", "Episode 3", "Commission C"],
    ["what other agencies do and how to get specialist help", "Episode 4", "Commission B"],
    ["What the Bureau does", None, None],
    ["advise governors and senior colleagues on an inclusive ethos, policy and resources", "Episode 4",
     "Commission C"],
    ["identify pupils, set challenging targets, plan interventions and review progress", "Episode 5",
     "Commission B"],
    ["use assessments from other professionals to shape teaching", "Episode 5", "Commission B"],
    ["use summative assessment and national test data to track pupils and change programmes", "Episode 5",
     "Not judged"],
    ["help other teachers build formative assessment for pupils with SEN", "Episode 5", "Commission B"],
    ["map provision and find what is missing or not working", "Episode 5", "Rehearsal only (not marked)"],
    ["support colleagues' development by observing, modelling, coaching, mentoring and training",
     "Episode 6", "Commission C"],
    ["review the effectiveness of provision with other staff, to feed the school's self-evaluation",
     "Episode 6", "Commission C"],
    ["make sure pupils take part in planning, agreeing and reviewing their own provision", "Episode 1",
     "Commission A"],
    ["work with parents and carers to help their children learn and develop", "Episode 2", "Commission A"],
    ["work with other services and voluntary organisations", "Episode 4", "Commission B"],
]
gt = table(d, G, widths=[9.5, 3.3, 3.7], header_fill="7A1F2B")
for j in range(3):
    for r in gt.cell(0, j).paragraphs[0].runs:
        r.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
for i, row in enumerate(G):
    if row[1] is None:
        merge(gt, i, 0, i, 2, row[0], fill="F3E3E5", b=True, size=9.5)
comment(d, gt.cell(13, 0).paragraphs[0], "Could Commission B ask about development? Then it's judged.", UNI, "IC")
para(d, "")

para(d, "FRAME 11 - STEPPING OUT OF ROLE", b=True, size=12, color="7A1F2B")
para(d, "At the end of a mantle the participants step out of the fiction and look at what they did. The last "
     "hour of Episode 6 is a de-role: the Bureau is closed, the charter is taken down, and participants say "
     "what they take back to their own schools. They receive the Further Reading list, which points to the "
     "University's MA modules in inclusive education.")
para(d, "The University awards the Certificate to participants who pass all three Commissions. A participant "
     "who fails a Commission may resubmit it once, within three months.")

para(d, "FRAME 12 - CUT SCENES", b=True, size=12, color="7A1F2B")
para(d, "Every frame loses scenes in rehearsal. These were in earlier drafts and are not in this year's frame:")
bullet(d, "Deploying and managing teaching assistants and other support staff: cut from this year's frame "
          "because the schools told us it belongs to the headteacher; we will look at it again for 2011.")
bullet(d, "A direct assessment route. The University's School runs a direct assessment route for "
          "experienced practitioners on its MA in Drama Education, assessing them without the taught "
          "modules; we have not adopted it for the Award.")
bullet(d, "A residential weekend, cut for cost.")

para(d, "")
para(d, "Ros Penhallow, Artistic Director, and Tom Aske, Education Director, Lanternfold Theatre in Education",
     i=True)
para(d, "Dr Iain Craske, Head of Professional Programmes, School of Performing Arts and Education, University "
     "of Merefield", i=True)

d.save(OUT)
print(OUT.name, word_count(d), "words")
