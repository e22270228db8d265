"""jd-01-anandavan-senco-sutras: build script.

Provider (invented): the Anandavan Schools Foundation, a foundation of five
voluntary-aided Hindu faith schools (three primaries, two high schools) in two
cities, Thornford and Lidbury. Its professional development arm, the Anandavan
Teaching and Learning Centre ("the Kendra"), applies with the University of
Charnwood Vale School of Education, which validates the course as a PGCert.
November 2008.

Document kind and layout: the course written as a sutra text with commentary,
in the manner of the classical Indian sutra-bhashya form: "SENCO Sutras".
Four "Padas" (Of the Purpose, Of the Seeker, Of the Path, Of the Fruit and the
Weighing), 31 numbered sutras ("1.1" ... "4.6") whose numbers collide with the
specification's requirement numbers but mean other things (sutra 2.3 is the
needs assessment, sutra 3.3 the VLE, sutra 4.3 moderation). Each sutra is a
bold italic aphorism followed by "Bhashya." (the commentary, which carries the
arrangement); some carry a "Purvapaksha." (an objection considered, NOT the
provider's practice) answered by a "Siddhanta." (the settled view, the
practice). The provider's own vocabulary: Kandas (modules), Sabha days (study
days), Upa-sabhas (afternoon workshops), Sadhaka (participant), Margadarshak
(mentor), Acharyas (tutors), Atma-parichaya (needs assessment), Sankalpa plan
(individual training plan), Pariksha (marked tasks), Sakshi (portfolio), Seva
project (school-based project), Agla Kadam (next-step plan), Award Samiti
(committee), Pathshala online (VLE), Phala-suchi (outcome table: "Sown in" /
"Weighed in"). Heading styles for the Padas only; a VML text box with a note
to the panel (it carries a blanket claim); header and footer (the footer
carries a CRB claim); footnotes (references, honorarium, APL regulation);
Word comments; tracked changes (a deleted paragraph, a deleted sentence, an
inserted sentence); an appendix table of Sabha days with vertically merged
Kanda cells; the Phala-suchi with merged, shaded group bands and vertically
merged "Weighed in" cells.

Traps (requirement ids):
- Text box: "All twenty-nine national outcomes are sown and weighed" is a
  blanket claim the Phala-suchi contradicts (6.*, 1.9).
- Sutra numbers collide with requirement ids: sutra 2.3 (needs assessment,
  2.2 met), sutra 3.3 (the VLE, 3.3), sutra 4.3 (moderation, 5.8).
- Purvapaksha / Siddhanta: the assessment-only route is the objection, set
  aside: "The Kendra offers no route to the Award without the Sabha days"
  (2.3 not_met); a deleted paragraph once offered it for 2009-10 (still
  not_met).
- CRB: the Purvapaksha asks whether the Kendra should see disclosures; the
  Siddhanta says "The Kendra does not ask to see it and keeps no record of it"
  (5.3 not_met). The footer claims every Sadhaka holds one (footer: not
  evidence); a comment asks whether to say so (comment: not evidence).
- Pupil voice is a belief plus one morning of listening to a pupil panel;
  bringing pupils into reviews is only hoped for and is in no Pariksha
  (1.5 partially_met, 6.S7 partially_met).
- APL: certificated prior study is credited, experience "is honoured in the
  Sankalpa plan" but never credited (2.1 partially_met).
- Equality: values and the University's policies only, no arrangement of the
  Kendra's own (3.1 partially_met).
- Pathshala online: readings and slides only, "It has no discussion forum";
  between Sabha days the Margadarshak visits (3.3 partially_met).
- Placements: the Kendra "does not arrange placements" and a sentence saying
  it did is deleted; guest specialists are real (5.5 partially_met).
- Impact on pupils only "We would like, in time" (5.9 partially_met);
  confidence and competence are measured (so partial, not not_met).
- Award rule ties the award to "every fruit of the Phala-suchi", a list that
  omits examination arrangements and school self-evaluation and marks some
  fruits "Not weighed" (6.0 partially_met, 1.9 partially_met).
- Wrong context: the Phala-suchi's "Self-evaluation" row and sutra 4.4's
  "Atma-vichara" are the Sadhaka's and the Kendra's own self-evaluation, not
  the school's (6.K7 not_met).
- Absent: special arrangements for tests and examinations (6.S2d not_met; a
  comment asks where they go).
- Taught not weighed: 6.A3, 6.S2b, 6.S4, 6.S9; weighed only in conversation,
  "not marked": 6.A1, 6.A7; weighed but not sown (brought from initial
  training): 6.K4. All partially_met.
- Inserted sentence (tracked) on second marking is part of the submission
  (5.8 met).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx.enum.text import WD_ALIGN_PARAGRAPH
from _jd_helpers import (new_doc, para, runs, table, band, shade, cell_text, ins, dele,
                         deleted_paragraph, Footnotes, textbox, header_footer, comment)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = new_doc("Cambria", 11)
fn = Footnotes(doc)
header_footer(doc, "Anandavan Teaching and Learning Centre  |  SENCO Sutras  |  submission to the TDA, November 2008",
              "Anandavan Schools Foundation. All Kendra staff and Sadhakas hold enhanced CRB disclosures.")


def sutra(num, text, bhashya, purva=None, siddhanta=None, extra=None):
    p = para(doc, f"**{num}**   ")
    runs(p, f"_{text}_", color="7A3B00")
    p.runs[-1].bold = True
    for i, b in enumerate(bhashya):
        bp = para(doc, ("**Bhashya.** " if i == 0 else "") + b)
        if extra and i in extra:
            extra[i](bp)
    if purva:
        para(doc, "**Purvapaksha.** " + purva)
    if siddhanta:
        for i, s in enumerate(siddhanta):
            para(doc, ("**Siddhanta.** " if i == 0 else "") + s)
    return p


# ---------------- title ----------------
para(doc, "**SENCO SUTRAS**", size=22, color="7A3B00", align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "The National Award for SEN Coordination at the Anandavan Teaching and Learning Centre, "
     "in thirty-one sutras with their bhashya", size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "_Anandavan Schools Foundation, Thornford and Lidbury, with the University of Charnwood Vale School of Education_",
     align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "_Om. May we be protected together. May we be nourished together. May we work together with vigour. "
     "May our study be full of light. May there be no ill will between us._", color="555555",
     align=WD_ALIGN_PARAGRAPH.CENTER)

textbox(doc, [
    "**A note for the panel**",
    "Our teachers learnt their first texts as sutras: short threads that are easy to carry, each followed by a "
    "bhashya, the commentary that opens the thread out. We have written our Award the same way. The sutra says "
    "what we hold to; the bhashya says what we do. Where a sutra carries a Purvapaksha, that is a view we have "
    "weighed and set aside; the Siddhanta that follows is our practice.",
    "All twenty-nine national outcomes are sown and weighed on the Award (see Parishishta B).",
    "Dr Kavita Raval, Course Leader, the Kendra, 14 Temple Row, Thornford",
], height="190pt")

# ---------------- Pada I ----------------
doc.add_heading("Prathama Pada: Of the Purpose (Lakshya)", level=1)

sutra("1.1", "Now, therefore, the study of the SENCO's seva.", [
    "The Anandavan Schools Foundation is the foundation body of five voluntary-aided Hindu faith schools: Sri Rama "
    "Primary and Gita Bhavan Primary in Thornford, Sri Ganesh Primary in Lidbury, Anandavan High School in "
    "Thornford and Vivek High School in Lidbury. About 3,900 pupils attend them; one in six is on the SEN "
    "register and 41 have statements. The Anandavan Teaching and Learning Centre, which our schools call the "
    "Kendra, is the Foundation's professional development arm. It has run in-service courses for the Foundation's "
    "teachers since 2002 and a twelve-day certificate for new SENCOs since 2006.",
    "The Award is validated by the University of Charnwood Vale School of Education as a Postgraduate Certificate "
    "in Special Educational Needs Coordination. It has three Kandas of 20 credits each, 60 credits in all at Level 7 "
    "(masters level). The University approved the Award at its validation event of 22 October 2008; the Kendra "
    "teaches it and the University examines it, registers the Sadhakas as its students and confers the award.",
    "We call each participant a Sadhaka, one who undertakes a practice; each study day a Sabha day; each module a "
    "Kanda; each marked task a Pariksha; each mentor a Margadarshak, one who shows the way.",
])

sutra("1.2", "The fruit of the SENCO's seva is the flourishing of the child.", [
    "The aim of the Award is that children and young people with SEN and/or disabilities in the Sadhaka's school "
    "achieve more and live well: that they are healthy, stay safe, enjoy and achieve, make a positive contribution "
    "and achieve economic well-being, as Every Child Matters has it, and not only that their test scores rise.",
    "Each Kanda's objectives are written as changes for pupils, and each Pariksha asks the Sadhaka to show the "
    "difference the work made for named pupils across those five outcomes. The case study in Pariksha 2 has a "
    "section headed \"What changed for the child\", and the Seva project report in Pariksha 3 must report both "
    "attainment and well-being measures for the pupils it touched.",
])

sutra("1.3", "Learning that does not reach the classroom is not learning.", [
    "Every Sadhaka carries out a Seva project in their own school across the year: a piece of change in the "
    "school's SEN provision, agreed with the headteacher at the start of Kanda Three, tried for at least a term, "
    "and evaluated with the staff who carried it out. Recent projects in our certificate have included a new "
    "review cycle for pupils at School Action Plus and a reading intervention for Year 7 pupils with low reading "
    "ages. Each project is planned against named fruits of the Phala-suchi, so that the school activity is tied "
    "to the outcomes it is meant to show.",
    "Between Sabha days each Sadhaka has a gap task in school, set on the Sabha day and brought back to the next: "
    "observing a pupil, auditing a policy, interviewing a class teacher. The Margadarshak sees the gap tasks at "
    "each visit. In this way what is learnt on the Sabha day is used in the school the following week.",
])

sutra("1.4", "The law is the ground on which the SENCO stands.", [
    "Kanda One, \"Dharma of the Role\", opens with two Sabha days on law and guidance: Part 4 of the Education Act "
    "1996, the SEN Code of Practice (2001) and its graduated approach, the SEN and Disability Act 2001, the "
    "Disability Discrimination Act 1995 as amended in 2005 with the disability equality duty and accessibility "
    "planning, the Children Act 2004, the Every Child Matters programme and Removing Barriers to Achievement, and "
    "the new regulations of 2008 on the SENCO in maintained schools. Sadhakas test each duty against their own "
    "school's SEN policy and accessibility plan and report to their head what needs to change.",
    "Pariksha 1, a critical essay of 4,000 words, weighs this knowledge: the Sadhaka analyses how the law, guidance "
    "and research bear on one area of their school's SEN policy and proposes a revision for the governing body.",
])

p15 = sutra("1.5", "Know what is known; look where others have looked.", [
    "Every Sabha day opens with Swadhyaya, forty minutes of study of a reading sent a week before: recent research, "
    "inspection evidence and reviews, among them Ofsted's reports on inclusion of 2004 and 2006, the Bercow Review "
    "of services for children with speech, language and communication needs (2008), and the Lamb and Rose inquiries "
    "as their evidence is published. The tutor sets each reading against developments in our own two cities.",
    "Pariksha 1 must draw on at least ten research or inspection sources, and the marking criteria reward critical "
    "use of evidence.",
])
fn.add(doc.paragraphs[-2], "Ofsted, Special educational needs and disability: towards inclusive schools (2004); "
       "Ofsted, Inclusion: does it matter where pupils are taught? (2006); J. Bercow, The Bercow Report (DCSF, 2008).")

sutra("1.6", "The child's voice is also a teacher.", [
    "We believe that every child, whatever their need, has something to teach the adults around them, and that a "
    "SENCO who does not listen to children will not serve them well.",
    "On Sabha day 7 the morning is given to listening: members of the Bal Sabha, the pupil council of Vivek High "
    "School, come to the Kendra and tell the Sadhakas how they would like their reviews to be run. We hope that, in "
    "time, Sadhakas will bring pupils into their own reviews and planning; this is not part of any Pariksha.",
])

sutra("1.7", "The SENCO does not work alone.", [
    "Kanda Three, \"Leading the Sangha\", is about working with and through others: advising class teachers, "
    "supporting teaching assistants, working with the head and senior leaders, and working beyond the school with "
    "other SENCOs, the two councils' SEN support services, health and social care. Sadhakas practise advising a "
    "colleague in paired role-play on Sabha day 9, and the Seva project requires them to plan the change with the "
    "colleagues who will carry it out and to present it to their staff.",
    "Each Sadhaka also attends the Sangha meetings, held twice a term after school, where SENCOs from all five "
    "Foundation schools and from neighbouring community schools bring a problem and the group advises on it.",
])

sutra("1.8", "Parents are the child's first gurus.", [
    "Sabha day 6, \"Parivar\", is given to working with parents and carers. In the morning, parents from the "
    "Foundation's parents' forum and an officer of the Thornford Parent Partnership Service speak about what "
    "helped and what did not; in the afternoon Sadhakas practise difficult conversations, including with families "
    "for whom English is an additional language, and plan how their school shares targets with parents.",
    "In Pariksha 2 each Sadhaka plans and holds a meeting with the parents of the child in the case study, "
    "records how targets were agreed with them and reflects on it.",
])

sutra("1.9", "Only what is weighed is known.", [
    "Assessment on the Award is by four Pariksha, described in the Fourth Pada, and every Sadhaka's Sakshi "
    "portfolio gathers the evidence fruit by fruit against the Phala-suchi in Parishishta B.",
])

# ---------------- Pada II ----------------
doc.add_heading("Dvitiya Pada: Of the Seeker (Sadhaka)", level=1)

sutra("2.1", "The Sadhaka comes with a full vessel.", [
    "A Sadhaka must hold Qualified Teacher Status, have taught for at least two years, and be the SENCO of a school "
    "or be named by the head to become its SENCO within the year. The head nominates the candidate on the Kendra's "
    "nomination form, which asks for the candidate's role, experience and the time the school will give.",
    "The course leader interviews every candidate and sets a short entry task: a 500-word account of one pupil's "
    "needs and the provision made. The interview and the task are scored against the Kendra's entry criteria. A "
    "candidate who is not yet ready is given written advice on what to do first, and the course leader speaks to "
    "the head about it; most such candidates join the following intake.",
])

p22 = sutra("2.2", "What has been learnt before is not learnt again.", [
    "Under the University's regulations for the accreditation of prior learning, a Sadhaka who holds masters-level "
    "credit in special educational needs from the last five years may ask for up to 20 credits to be set against "
    "Kanda One. The Kendra advises on the claim; the University's APL panel decides it.",
    "Experience is honoured in the Sankalpa plan but is not credited: the University does not give credit for "
    "experience alone on this Award.",
])
fn.add(doc.paragraphs[-2], "University of Charnwood Vale, Academic Regulations 2008-09, section 7 (Accreditation of Prior Learning).")

sutra("2.3", "Know yourself first.", [
    "Before Sabha day 1 every Sadhaka completes the Atma-parichaya, our needs assessment: for each fruit of the "
    "Phala-suchi they rate themselves from 1 (new to me) to 4 (I do this well and can show it) and note the "
    "evidence. The Margadarshak then meets them in school and tests the ratings against what they have seen, "
    "because a teacher may think they know the law when what they know is out of date.",
    "From the Atma-parichaya the Sadhaka and Margadarshak write the Sankalpa plan: the Sadhaka's individual "
    "training plan, naming the fruits that need most work, the Upa-sabhas to attend, the gap tasks to stress and "
    "two or three personal outcomes of their own beyond the national ones. The plan is reviewed at each "
    "Margadarshak visit.",
])

sutra("2.4", "Every Sadhaka walks the path.", [
    "The Award is a journey taken together; what is learnt in the Sabha is learnt from one another as much as from "
    "the Acharyas.",
], purva="An experienced SENCO, one might say, or a teacher from a support service, should be allowed to come "
         "straight to the weighing: to present evidence and be assessed without the Sabha days.",
   siddhanta=["This is not our way. The Kendra offers no route to the Award without the Sabha days; the experienced "
              "Sadhaka has much to give to the others and is asked to walk with them."])
deleted_paragraph(doc, "For 2009-10 only, an experienced SENCO may present a Sakshi portfolio for weighing without "
                       "attending the Sabha days, on the course leader's recommendation.",
                  author="K. Raval", date="2008-11-10T16:02:00Z")

sutra("2.5", "The path bends to the walker.", [
    "The Sankalpa plan shapes each Sadhaka's year. The afternoons of Sabha days 3, 4, 5, 8 and 9 are Upa-sabhas, "
    "workshops given in parallel, and each Sadhaka attends those their plan names; a Sadhaka who already leads "
    "dyslexia provision will go to the autism Upa-sabha rather than the dyslexia one. The Seva project is chosen "
    "from the school's own improvement priorities, and the case study in Pariksha 2 is of a child from the "
    "Sadhaka's own school.",
    "The fee is £1,450. For teachers in Foundation schools the Foundation pays £900 and the school the rest; "
    "teachers from other schools are welcome at the full fee. Because every Sabha day is given in both cities, no "
    "Sadhaka travels more than a few miles, and the Foundation's schools release their SENCOs for the day without "
    "paying supply for the afternoon when the Sabha day is in their own building.",
])

p26 = sutra("2.6", "The SENCO is trusted with children.", [
    "Every Sadhaka works with children in their own school and, on gap tasks, with children in other schools of "
    "the Foundation.",
], purva="Should the Kendra not see each Sadhaka's enhanced disclosure from the Criminal Records Bureau before the "
         "course begins?",
   siddhanta=["The disclosure belongs to the employing school, which holds it in its single central record. The "
              "Kendra does not ask to see it and keeps no record of it."])
comment(doc, doc.paragraphs[-1], "Could we say we check these ourselves? The footer already says every Sadhaka is "
        "checked. KR", author="Kavita Raval", initials="KR")

sutra("2.7", "All are welcome at the Sabha.", [
    "Every person is a spark of the one light; we honour every Sadhaka, whatever their faith, background or "
    "disability, and we wish our Sabha to be a place where all can take part.",
    "The University's Equality and Diversity Policy and its Disability Statement apply to every student on the Award.",
])

sutra("2.8", "Where the path ends, another begins.", [
    "Sabha day 12, \"Agla Kadam\" (the next step), closes the year. Each Sadhaka reviews their Sankalpa plan against "
    "the Sakshi and writes an Agla Kadam plan: their professional targets for the next two years and how they will "
    "meet them. They take it to their headteacher for the school's performance management review in the autumn, "
    "and the Margadarshak joins that conversation if the head wishes.",
    "The Kendra shows each Sadhaka the routes onward: the University's MA in Education (Inclusion), into which the "
    "Award's 60 credits carry; the Kendra's advanced Upa-sabhas on specific needs; and leading a Sangha group.",
])

# ---------------- Pada III ----------------
doc.add_heading("Tritiya Pada: Of the Path (Marga)", level=1)

sutra("3.1", "The path has three Kandas.", [
    "Kanda One, \"Dharma of the Role\" (Sabha days 1 and 2, with the Swadhyaya readings throughout): law and "
    "guidance, Every Child Matters, disability equality, the SENCO's place in the school's leadership and the "
    "governing body's duties. Kanda Two, \"Knowing the Child\" (Sabha days 3 to 7): identifying needs, the common "
    "kinds of SEN and disability, assessment and the use of other professionals' reports, teaching approaches "
    "and ICT, tracking progress with test data, pupils' voice. Kanda Three, \"Leading the Sangha\" (Sabha days 8 "
    "to 12): provision mapping, deploying and managing staff, coaching and training colleagues, working with "
    "other services, reviewing provision, time and priorities. Parishishta A gives the days.",
    "There is no Sabha day on child development: Sadhakas are expected to bring it from their initial teacher "
    "training, and the Pariksha 2 case study asks them to use it.",
])

sutra("3.2", "The Sabha meets in both cities.", [
    "Every Sabha day runs from 9.30 to 3.30 and is given twice: on a Tuesday at the Kendra in Thornford and on the "
    "Thursday of the same week at Vivek High School in Lidbury. A Sadhaka may attend either city for any day, so a "
    "missed Tuesday can be made up on the Thursday. The Award starts twice a year, in September and in January, "
    "and Kandas Two and Three may be taken in either order after Kanda One, so a January starter finishes in "
    "December. A Sadhaka whose circumstances change may pause for up to a year and rejoin the next intake.",
])

sutra("3.3", "Between Sabhas, the Pathshala.", [
    "Pathshala online is the Award's area on the University's Blackboard site. It holds the Swadhyaya readings, "
    "the slides of every Sabha day and the Pariksha briefs, and Sadhakas submit their Pariksha through it. It has "
    "no discussion forum; questions to the tutor are taken by telephone on Sabha days or at the Margadarshak's visit.",
    "Between Sabha days, support comes from the Margadarshak, who visits each Sadhaka in school three times in the "
    "year, and from the Sangha meetings.",
])

sutra("3.4", "The Margadarshak walks beside.", [
    "Margadarshaks are experienced SENCOs of the Foundation's schools and of two partner special schools. Each "
    "accompanies four Sadhakas: the Atma-parichaya meeting, three visits in school, the Sakshi sign-off. Every "
    "September the Kendra holds a half-day Margadarshak Sabha: the role, what a visit covers, how to test an "
    "Atma-parichaya rating, what counts as evidence for a fruit, how to write the Sakshi observation notes. "
    "Each Margadarshak has the Margadarshak Handbook, which sets out these duties and those of the Acharyas, "
    "the head and the Sadhaka, and the course leader meets the Margadarshaks each term.",
])
fn.add(doc.paragraphs[-1], "Margadarshaks receive an honorarium of £300 a year for each Sadhaka; their schools are "
       "paid for two days' release.")

sutra("3.5", "The Acharyas.", [
    "Dr Kavita Raval, Course Leader, was SENCO of Anandavan High School for nine years; she holds an MA in Special "
    "Educational Needs and a PhD on partnership with multilingual families of children with SEN, and is a member "
    "of NASEN's Training Standards group. Mr Hemant Dave, Senior Lecturer at the University, holds a postgraduate "
    "certificate in specific learning difficulties with AMBDA and teaches the dyslexia Upa-sabha. Mrs Lakshmi "
    "Iyer, a speech and language therapist of the Thornford primary care trust, teaches speech, language and "
    "communication needs. Mr Rohan Mistry, senior educational psychologist for Lidbury, teaches assessment and "
    "the work of other services. All four mark Pariksha; each keeps up to date through NASEN, the University's "
    "Inclusion Research Group and their own casework, and each has at least five days of their own development a year.",
])

p36 = sutra("3.6", "The guru beyond our walls.", [
    "Specialists from outside the Kendra teach on most Sabha days: the Lidbury autism outreach team, the sensory "
    "support service, a CAMHS primary mental health worker, the Thornford Parent Partnership Service and a "
    "headteacher of a special school. We do not arrange placements. A Sadhaka who wishes to spend a day in a "
    "special school may arrange it privately with their head; the Kendra plays no part in this.",
])
dele(doc.paragraphs[-1], " Each Sadhaka spends two days at Brookvale Special School, arranged by the Kendra.",
     author="K. Raval", date="2008-11-10T16:05:00Z")

sutra("3.7", "The granthalaya.", [
    "Sadhakas use the University library and its online journals with a University student card. The Kendra's "
    "resource room in Thornford, open on Sabha days and by appointment, holds standardised reading, spelling and "
    "number tests, language screening materials, Boardmaker, Clicker 5 and Dragon NaturallySpeaking, a set of "
    "switch-access and communication aids lent by the sensory support service, and six laptops for loan.",
])

sutra("3.8", "Whom the Sabha serves, the Sabha hears.", [
    "In spring 2007 the Kendra asked the heads and SENCOs of all five Foundation schools, the SEN officers of "
    "Thornford and Lidbury councils and the parents' forum what new SENCOs most needed. Five heads, eleven SENCOs "
    "and 37 parents answered. Three needs stood out: SENCOs could not use provision maps to find gaps; teachers "
    "confused English as an additional language with SEN; and SENCOs could not be spared for long courses far away.",
    "These findings shaped the Award. Provision mapping became a whole Sabha day in Kanda Three; an Upa-sabha on "
    "EAL and SEN was added to Kanda Two after the heads asked for it; and every Sabha day is given in both cities. "
    "The parents' forum asked that Sadhakas hear from parents directly, which is why Sabha day 6 opens with them.",
    "The Award Samiti, which meets each term, has two headteachers, an SEN officer from each council, a "
    "Margadarshak, a parent from the forum and two Sadhakas. It reads the evaluations of each Sabha day and Kanda, "
    "the Margadarshaks' reports and the external examiner's report, and agrees the changes for the next intake. "
    "Heads also host gap tasks for Sadhakas from other schools, and the parents' forum gives its view of the "
    "Award each June.",
])

# ---------------- Pada IV ----------------
doc.add_heading("Chaturtha Pada: Of the Fruit and the Weighing (Phala and Tula)", level=1)

sutra("4.1", "Four Pariksha weigh the fruit.", [
    "Pariksha 1 (Kanda One): a critical essay of 4,000 words on law, guidance and research as they bear on the "
    "Sadhaka's school, with a proposed revision of its SEN policy for the governing body.",
    "Pariksha 2 (Kanda Two): a case study of 4,000 words of one child in the Sadhaka's school: how the needs were "
    "identified, the assessments of other professionals used, the targets set and reviewed, the meeting with "
    "parents, and what changed for the child.",
    "Pariksha 3 (Kanda Three): the Seva project report of 3,000 words and a fifteen-minute presentation to two "
    "Acharyas and a member of the school's senior team, with questions.",
    "Pariksha 4: the Sakshi portfolio, in which the Sadhaka shows each fruit of the Phala-suchi with evidence "
    "from the three Pariksha and from school, signed by the Margadarshak, including the Margadarshak's observation "
    "notes of the Sadhaka coaching a colleague.",
])

sutra("4.2", "The award.", [
    "Only a Sadhaka who passes all four Pariksha, and whose Sakshi shows every fruit of the Phala-suchi marked "
    "\"shown\", receives the Award. A good mark in one Pariksha does not make up for a fail in another. A Sadhaka "
    "who fails a Pariksha may resubmit it once.",
])

p43 = sutra("4.3", "Weigh truly, and let another weigh again.", [
    "Each Pariksha is marked by an Acharya against the published criteria. The markers meet after each Pariksha to "
    "agree a sample before marks are returned.",
    "The University's external examiner for the Award, Professor Anne Whitcombe of the University of Eastbrook, "
    "sees a sample of every Pariksha and the Sakshi portfolios at the summer examination board.",
])
ins(doc.paragraphs[-2], " University staff second-mark one script in five of every Pariksha and every fail.",
    author="H. Dave", date="2008-11-12T09:30:00Z")

sutra("4.4", "The Kendra weighs itself.", [
    "Atma-vichara, self-enquiry, is the Kendra's own self-evaluation. Sadhakas complete a feedback slip at the end "
    "of each Sabha day and a questionnaire at the end of each Kanda; Margadarshaks report each term; the University "
    "carries out its annual monitoring of the Award and the external examiner reports each summer. The course "
    "leader brings these together each term for the Award Samiti, which decides what changes, and the changes "
    "are reported back to Sadhakas at the next Sabha day.",
])

p45 = sutra("4.5", "The fruit on the branch.", [
    "The Atma-parichaya ratings at the start and the Sakshi at the end use the same scale for the same fruits, so "
    "the change in each Sadhaka's confidence and competence can be read fruit by fruit; the Kendra reports the "
    "change for each cohort to the Award Samiti.",
    "We would like, in time, to ask each Sadhaka to follow the progress of a small group of pupils through the "
    "year, so that the Award's effect on children's achievement could be seen.",
])
comment(doc, doc.paragraphs[-1], "Can we commit to the pupil tracking for September? HD", author="Hemant Dave", initials="HD")

sutra("4.6", "The thread is tied.", [
    "The sutras are short so that they can be carried. The Parishishta that follow give the Sabha days and the "
    "Phala-suchi in full.",
])

# ---------------- Parishishta A ----------------
doc.add_heading("Parishishta A: The Sabha days", level=1)
rows = [["Kanda", "Sabha day", "Morning", "Afternoon"],
        ["One: Dharma of the Role", "1", "Law and the Code of Practice; Every Child Matters", "The SENCO in the school's leadership"],
        [None, "2", "Disability equality duty and accessibility plans", "Governors, policy and resources"],
        ["Two: Knowing the Child", "3", "Identifying needs: observation, data, assessment", "Upa-sabhas: dyslexia and SpLD; EAL and SEN"],
        [None, "4", "Common kinds of SEN: BESD, SLCN, autism, MLD", "Upa-sabhas: using other professionals' reports; autism"],
        [None, "5", "Teaching approaches and ICT; formative assessment with colleagues", "Upa-sabhas: tracking with test data; ICT"],
        [None, "6", "Parivar: parents and carers speak", "Difficult conversations; sharing targets"],
        [None, "7", "Listening to the Bal Sabha", "Case study clinic"],
        ["Three: Leading the Sangha", "8", "Deploying and managing teaching assistants", "Upa-sabhas: the head's commitment; staff roles"],
        [None, "9", "Provision mapping: finding gaps", "Upa-sabhas: coaching and training colleagues; time and the SENCO"],
        [None, "10", "Other services and voluntary groups; problems and judgements", "Seva project planning"],
        [None, "11", "Reviewing provision with staff", "Seva project clinic"],
        [None, "12", "Agla Kadam: the next step", "Sakshi sign-off"]]
t = table(doc, rows, size=9, header_fill="F4E1C1")
for a, b in ((1, 2), (3, 7), (8, 12)):
    t.cell(a, 0).merge(t.cell(b, 0))

# ---------------- Parishishta B ----------------
doc.add_heading("Parishishta B: Phala-suchi (the fruits, where they are sown and where they are weighed)", level=1)
para(doc, "The fruits are the national minimum outcomes in our own words. \"Sown in\" gives the Sabha days where a "
     "fruit is taught; \"Weighed in\" gives the Pariksha that assesses it.")
R = [["Fruit", "Sown in", "Weighed in"],
     ["GUNA: what the SENCO is", None, None],
     ["Ph1 Warm, fair and steady relationships with children with SEN and with their families", "Sabha 6", "Spoken of with the Margadarshak at each visit; not marked"],
     ["Ph2 Winning the head's and senior leaders' support for better outcomes", "Sabha 8; Seva project proposal", "Pariksha 3 (the head's signed agreement and the presentation)"],
     ["Ph3 Ordering one's own work, keeping time, handing tasks to others well", "Sabha 9 (Upa-sabha)", "Not weighed"],
     ["Ph4 Seeing problems coming and settling them with sound judgement", "Sabha 10", "Pariksha 3"],
     ["Ph5 Speaking and writing clearly; listening to others", "Every Sabha day", "Pariksha 3 presentation; the writing of Pariksha 1 and 2"],
     ["Ph6 Using research and outside advice to improve one's own and colleagues' practice", "Swadhyaya", "Pariksha 1"],
     ["Ph7 Keeping up to date and owning one's development", "Sabha 12", "Agla Kadam plan discussed with the head; not marked"],
     ["JNANA: what the SENCO knows", None, None],
     ["Ph8 SEN law, the Code of Practice and how to put them into practice", "Sabha 1", "Pariksha 1"],
     ["Ph9 Every Child Matters and the SENCO's part in it", "Sabha 1", None],
     ["Ph10 Disability equality law and the duties it brings", "Sabha 2", None],
     ["Ph11 How children grow and what shapes their growth", "(brought from initial training)", "Pariksha 2"],
     ["Ph12 The common kinds of SEN (BESD, dyslexia and SpLD, SLCN, autism, MLD) and their effect on learning", "Sabha 3, 4", "Pariksha 2"],
     ["Ph13 Approaches, strategies and resources, including ICT, for assessment and teaching", "Sabha 4, 5", None],
     ["Ph14 Self-evaluation: weighing one's own growth honestly", "Sabha 1, 12", "Sakshi"],
     ["Ph15 Best practice and research in meeting SEN", "Swadhyaya", "Pariksha 1"],
     ["Ph16 Outside agencies: who they are and how to get their help", "Sabha 10", "Pariksha 3"],
     ["KAUSHALA: what the SENCO does", None, None],
     ["Ph17 With the head and governors, shaping an inclusive ethos, policy and the use of resources", "Sabha 2, 8", "Pariksha 1 (the policy revision for governors)"],
     ["Ph18 Finding pupils who may have SEN, setting targets, planning help and reviewing progress", "Sabha 3", "Pariksha 2"],
     ["Ph19 Using other professionals' assessments to shape teaching", "Sabha 4", None],
     ["Ph20 Using tests and summative data to track progress and change programmes", "Sabha 5", "Not weighed"],
     ["Ph21 Helping colleagues build formative assessment for pupils with SEN", "Sabha 5", "Sakshi (Margadarshak's notes of coaching)"],
     ["Ph22 Provision mapping; finding weak or missing provision", "Sabha 9", "Pariksha 3"],
     ["Ph23 Deploying and managing teaching assistants and other staff", "Sabha 8", "Not weighed"],
     ["Ph24 Coaching, modelling and training colleagues", "Sabha 9", "Pariksha 3; Sakshi"],
     ["Ph25 Reviewing provision with colleagues to feed the school's improvement plan", "Sabha 11", "Pariksha 3"],
     ["Ph26 Pupils taking part in planning and reviewing their own provision", "Sabha 7", "Not weighed"],
     ["Ph27 Working with parents and carers", "Sabha 6", "Pariksha 2"],
     ["Ph28 Working with other services and voluntary groups", "Sabha 10", "Not weighed"]]
t = table(doc, R, size=9, header_fill="F4E1C1")
for i in (1, 9, 19):
    band(t, i, R[i][0], fill="FBEBD0", size=9)
# vertical merges in "Weighed in": Ph8-Ph10 (Pariksha 1), Ph12-Ph13 (Pariksha 2), Ph18-Ph19 (Pariksha 2)
for a, b in ((10, 12), (14, 15), (21, 22)):
    keep = R[a][2]
    c = t.cell(a, 2).merge(t.cell(b, 2))
    cell_text(c, keep, size=9)
comment(doc, doc.paragraphs[-1], "Exam access arrangements: where do these go? Ask Rohan.", author="Kavita Raval", initials="KR")

para(doc, "")
para(doc, "_Iti SENCO-sutrani. Here end the SENCO Sutras._", align=WD_ALIGN_PARAGRAPH.CENTER, color="7A3B00")

fn.attach()
doc.save(OUT)
print("wrote", OUT)
