"""hi-02-four-rivers-options-booklet: build the .docx next to this script.

Provider: the Four Rivers Federation (four special schools in Westrith: Ashby Brook,
Dene Lea, Merewood, Tollgate), whose joint outreach service, Four Rivers Outreach and
Training, runs the Four Rivers SENCO Award for mainstream SENCOs; the University of
Stainforth validates it. Second application document kind: the 2009-10 Options
Booklet, "Making your choices", written to "you" the SENCO in the manner of a
secondary school's Year 9 options booklet, sent to the panel as it goes to
applicants with a short "Information for the approval panel" page at the back.

Layout: no heading styles (bold coloured Normal titles), a typed "Contents" list,
a welcome from the Director, an "At a glance" table with a merged "Specialist
Strands: choose TWO" header, four Core pages and five Strand pages each with a
small shaded fact table (Code / Where / Tutor / Assessed by) and the booklet's
fixed questions "What is it about?", "What will I do?", "How will I be assessed?",
"Where could it lead?"; "Things to think about", "Questions SENCOs ask", a "Key
dates" table, a blank choices form with [placeholders] and tick boxes, the panel
page. Header and footer, comments, tracked changes (a deleted sentence, an
inserted sentence).

Traps (requirement ids):
- E.2: "The Award carries 60 credits" with no level; the level appears only in a
  comment ("is it M level?"). partially_met.
- 1.3: research and inspection evidence only in general terms ("the latest
  research"). partially_met.
- 1.7 / 6.S8: working with parents is developed and assessed only in Strand E,
  an option most SENCOs will not take; a deleted sentence once made it
  compulsory for primary SENCOs. partially_met.
- 6.K4: child development only in Strand D (optional). partially_met.
- 6.K5: an overview for all, but each SENCO is assessed only on the needs of the
  two strands chosen, and no strand covers dyslexia. partially_met.
- 6.S2c, 6.S6: discussed in the Core but "not part of your assessment" /
  "not assessed". partially_met.
- 6.S2d: special arrangements for tests and examinations are nowhere. not_met.
- 1.9 / 6.0: the award rule is "pass the Core ... and both of your Strand
  assignments", so outcomes in strands not taken are never assessed.
  partially_met.
- 2.5: only a hope ("We hope you will go on to further study"). not_met.
- 4.1 / 4.2: a general claim ("what mainstream schools have told our outreach
  teachers over many years") is backed by three concrete changes made because
  pilot SENCOs and heads said what they needed. met.
- 4.3: former participants and parents only hoped for ("We would like").
  not_met.
- 5.1: only end-of-strand evaluation forms (internal). partially_met.
- 5.6: resources only in general terms ("the resources you need"). partial.
- 5.8: "Your tutor marks your work" and the University "may ask to see a
  sample" (a condition, not a moderation system). partially_met.
- 5.9: negation ("We have not yet decided how we will measure the Award's
  effect"), but Project C asks each SENCO to measure the difference to pupils
  against a baseline. partially_met.
- 5.3: met, with the GTC check a tracked insertion (counts); the header's
  "Safeguarding: all visitors must sign in" is a header.
- 2.1, 2.3, 3.2, 3.3: met (APL and APEL by the University's APL Officer, Direct
  Assessment route in exceptional cases, September or January start and online
  strands, tutor and peer support between Gathering Days online).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx.shared import RGBColor, Pt
from _hi_helpers import (new_doc, header_footer, para, runin, box, table, merge_row,
                         shade_cell, tracked, deleted_paragraph, inserted_paragraph, comment)

OUT = Path(__file__).with_name("hi-02-four-rivers-options-booklet.docx")
d = new_doc("Century Gothic", 10.5)
header_footer(d, "Four Rivers SENCO Award  |  Options Booklet 2009-10  |  Safeguarding: all visitors must sign in at reception",
              "Four Rivers Outreach and Training, Merewood School, Chantry Lane, Westrith WR4 7QA   |   Page layout v3, April 2009")

TEAL = RGBColor(0x1F, 0x6F, 0x78)


def title(text, size=14):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = TEAL
    return p


def q(text):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.color.rgb = TEAL
    return p


def facts(code, where, tutor, assessed):
    t = table(d, [["Code", code, "Where", where], ["Tutor", tutor, "Assessed by", assessed]], header=False)
    for i in range(2):
        shade_cell(t.cell(i, 0), "DDEFF0")
        shade_cell(t.cell(i, 2), "DDEFF0")
    d.add_paragraph()


def bullets(items):
    for it in items:
        d.add_paragraph("\u2022  " + it)


# ---------------- cover ----------------
title("MAKING YOUR CHOICES", 22)
title("The Four Rivers SENCO Award 2009-10: Options Booklet", 14)
para(d, "For SENCOs in mainstream schools, their headteachers and Home Mentors")
para(d, "Ashby Brook School  \u2022  Dene Lea School  \u2022  Merewood School  \u2022  Tollgate School", italic=True)
para(d, "Validated by the University of Stainforth", italic=True)
para(d, "")
para(d, "Contents", bold=True)
for line in ["1  A word from the Director", "2  The Award at a glance", "3  The Core (everyone takes these)",
             "4  The Specialist Strands (you choose two)", "5  Things to think about", "6  Questions SENCOs ask",
             "7  Key dates", "8  Your choices form", "9  Information for the approval panel"]:
    para(d, line)
d.add_page_break()

# ---------------- 1 ----------------
title("1  A word from the Director")
para(d, "Welcome. If you are reading this, your headteacher has asked you to lead the coordination of provision "
        "for pupils with special educational needs in your school, or you have just started to. The Four Rivers "
        "SENCO Award is the national award for new SENCOs, taught by the outreach teachers of our four special "
        "schools and validated by the University of Stainforth.")
para(d, "The Award has one purpose: that the pupils with SEN and disabilities in your school achieve more and "
        "have better lives, in their learning and in all five Every Child Matters outcomes: being healthy, "
        "staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. "
        "Every part of the course, and every assignment, asks what difference your work is making to them.")
para(d, "Like a Year 9 options booklet, this one explains what everyone studies and what you can choose. Read "
        "it with your headteacher and your Home Mentor, come to an Options Evening, and send us your choices "
        "form by 12 June.")
para(d, "The Award was shaped by what mainstream schools have told our outreach teachers over many years. Because "
        "SENCOs on our 2008-09 pilot told us that a September start was too soon after their appointment, you can "
        "now start in January instead. Because headteachers told us that whole days out were hard to cover, every "
        "Strand is now taught in twilight sessions. Because pilot SENCOs found the provision mapping session came "
        "too late, it is now on Gathering Day 3.")
para(d, "Gillian Threlfall, Director of Outreach", italic=True)
d.add_page_break()

# ---------------- 2 ----------------
title("2  The Award at a glance")
p = para(d, "The Award carries 60 credits. Everyone takes the Core, four blocks taught over eight Gathering Days in "
            "our schools. You then choose two of the five Specialist Strands, each taught over six twilight "
            "sessions at the school that leads it.")
comment(d, p, "Check with Stainforth: is it M level? Panel will ask. JH", "Jo Hemsley (Outreach Administrator)", "JH")
rows = [["Part", "What it is", "Taught", "Assessed by"],
        ["THE CORE: everyone", "", "", ""],
        ["C1 The SENCO's World", "Law, policy, Every Child Matters, school improvement", "Gathering Days 1-2",
         "Assignment A"],
        ["C2 Knowing Every Learner", "Identifying needs, assessment, planning, provision mapping", "Gathering Days 3-4",
         "Portfolio B"],
        ["C3 Leading People", "Colleagues, staff, other services", "Gathering Days 5-6", "Portfolio B and Project C"],
        ["C4 The Enquiry", "Research and a change project in your school", "Gathering Days 7-8", "Project C"],
        ["SPECIALIST STRANDS: choose TWO", "", "", ""],
        ["Strand A Autism and Social Communication", "Dene Lea", "Six twilights (or online)", "Strand assignment"],
        ["Strand B Language, Communication and Learning", "Merewood", "Six twilights", "Strand assignment"],
        ["Strand C Behaviour, Emotions and Well-being", "Tollgate", "Six twilights (or online)", "Strand assignment"],
        ["Strand D Complex Needs and Early Development", "Ashby Brook", "Six twilights", "Strand assignment"],
        ["Strand E Working with Families", "Outreach Parent Team", "Six twilights", "Strand assignment"]]
t = table(d, rows)
merge_row(t, 1, "THE CORE: everyone", fill="DDEFF0")
merge_row(t, 6, "SPECIALIST STRANDS: choose TWO", fill="FCE4D6")
d.add_paragraph()
para(d, "To gain the Award you must pass the Core (Assignment A, Portfolio B and Project C) and both of your Strand "
        "assignments. Everything is carried out in, and about, your own school.")
d.add_page_break()

# ---------------- 3 Core ----------------
title("3  The Core (everyone takes these)")
para(d, "The Core is the heart of the Award. Before it starts you will fill in your Starting Point Profile, which "
        "lists all the national outcomes for SENCOs and asks you to rate yourself on each and give an example. "
        "At your Starting Point conversation your tutor talks it through with you, and together you write your "
        "Individual Training Plan: your own priority outcomes for the year, which Gathering Day workshops to "
        "choose, which two Strands suit you and what your Project might be about. Your Home Mentor gets a copy "
        "and you review it together each term.")

title("C1  The SENCO's World", 12)
facts("C1", "Gathering Days 1-2 (Merewood)", "Colin Beddow", "Assignment A (3,500 words)")
q("What is it about?")
para(d, "The laws and guidance you work within and what they mean for your school: the SEN Code of Practice and "
        "the duties it puts on the school, the LA and you; the Disability Discrimination Act and the disability "
        "equality duty, with the actions schools have to take for disabled pupils (accessibility plans, "
        "reasonable adjustments, the Disability Equality Scheme); Every Child Matters and the SENCO's part in "
        "helping children reach its five outcomes; and how schools evaluate themselves and plan improvement, "
        "and where pupils with SEN fit in the self-evaluation form. You will keep up with current government "
        "initiatives such as the Inclusion Development Programme.")
q("What will I do?")
para(d, "Bring your school's SEN policy, accessibility plan and latest self-evaluation form. You will compare them "
        "with the law and with what other schools do, and draft changes.")
q("How will I be assessed?")
para(d, "Assignment A is a paper for your governors. In it you must show that you know the law on SEN and "
        "disability and what it requires of your school, explain how your school helps pupils with SEN towards "
        "the Every Child Matters outcomes, use the principles of school self-evaluation to judge how well the "
        "school does for pupils with SEN, and recommend, with your headteacher, changes to the school's ethos, "
        "policies, priorities and use of resources so that all pupils can take part in the whole life of the "
        "school. Your headteacher signs to say the paper has gone to governors.")

title("C2  Knowing Every Learner", 12)
facts("C2", "Gathering Days 3-4 (Dene Lea and Ashby Brook)", "Amrit Kaur", "Portfolio B")
q("What is it about?")
para(d, "How to find the pupils who may have SEN or disabilities (through classroom observation, data and "
        "assessment), set them challenging targets, plan interventions that remove barriers to learning and "
        "review their progress. You will learn to use provision mapping to plan and cost provision and to spot "
        "provision that is missing or not working; to use the reports of educational psychologists, therapists "
        "and other professionals to shape teaching; and to use summative assessment, including national tests "
        "and P scales, to track progress and change programmes. You will try out, critically, a range of "
        "approaches, strategies and resources for assessment and teaching, including ICT such as symbol "
        "software, switch access and Clicker. We also look at how you can encourage other teachers to use "
        "formative assessment with pupils with SEN, though this is not part of your assessment.")
para(d, "On Gathering Day 3 there is an overview of the most common kinds of SEN (BESD, dyslexia and other "
        "specific learning difficulties, speech, language and communication needs, autism and moderate learning "
        "difficulties). You study two of these in depth in your Strands; in your assignments you are assessed on "
        "the kinds of need covered by the two Strands you choose.")
q("What will I do?")
para(d, "Follow three pupils in your own school for the year. For each one you will gather evidence, agree "
        "targets and plan provision; consult the pupil about their provision, using the methods the Ashby Brook "
        "school council uses (Talking Mats, symbols, a pupil-led review) or your own; and review progress with "
        "them. You will also keep a time log for two weeks and decide what to delegate.")
q("How will I be assessed?")
para(d, "Portfolio B holds your three pupil case studies, your provision map and your time log, with a commentary. "
        "The tutor marks it against these points: you identified needs from a range of evidence and set "
        "challenging targets; you used other professionals' reports; you tracked progress with summative data "
        "and changed the programme; you used a provision map to find gaps; you involved each pupil in planning "
        "and reviewing their provision; you built a fair and trusting relationship with the pupil and with their "
        "parents or carers; you weighed up problems and made sound decisions about provision; you prioritised "
        "your time and delegated tasks and checked they were done; you chose and critically weighed up approaches, strategies and resources, including ICT, to remove each pupil's barriers to learning; and you kept your Professional Development "
        "Log up to date and set your own learning goals.")

title("C3  Leading People", 12)
facts("C3", "Gathering Days 5-6 (Tollgate)", "Dominic Lowe", "Portfolio B (agency case) and Project C")
q("What is it about?")
para(d, "Leading is mostly about people. You will learn how to win the commitment of your headteacher, senior "
        "leaders and colleagues; how to deploy and manage teaching assistants and other staff; how to advise "
        "and support colleagues in your school and SENCOs in your cluster; how to support colleagues' "
        "development by observing and giving feedback, modelling, coaching and running training; and what "
        "other services and agencies do, including voluntary organisations, and how to get specialist help and "
        "resources for your pupils. Gathering Day 6 includes a visit to one of the Westrith services: the "
        "Educational Psychology Service, CAMHS, the Sensory Support Service or Westrith Mencap.")
q("How will I be assessed?")
para(d, "One case in Portfolio B must show you working with another service or a voluntary organisation to "
        "plan support for a pupil. In Project C you must show how you gained the commitment of senior leaders, "
        "deployed staff and supported colleagues' development, and you give a short presentation to your staff, "
        "which your Home Mentor observes and reports on. Your written work and your presentation are both "
        "assessed for how clearly you express yourself and how well you listen to and take account of others' "
        "views.")

title("C4  The Enquiry", 12)
facts("C4", "Gathering Days 7-8 (Ashby Brook)", "Colin Beddow", "Project C (5,000 words)")
q("What is it about?")
para(d, "You choose one change to make in your school, find out what research and best practice say about it, "
        "draw on advice from specialists, put it into practice with colleagues, and measure what difference it "
        "made to pupils. You will read the latest research on SEN. On Gathering Day 8 we also talk through how to "
        "review with colleagues how well provision is working so that it feeds into school self-evaluation; "
        "this is not assessed.")
q("How will I be assessed?")
para(d, "Project C is marked on your use of research and outside advice to improve your own and colleagues' "
        "practice, your knowledge of best practice and research in meeting SEN, and the evidence you give of the "
        "difference the change made to pupils' progress and well-being, using a baseline taken before you "
        "started.")
q("Where could it lead?")
para(d, "We hope you will go on to further study once you have the Award.")
d.add_page_break()

# ---------------- 4 Strands ----------------
title("4  The Specialist Strands (you choose two)")
para(d, "Each Strand is taught by the school that knows that area best, in six twilight sessions (4.00 to 6.30) "
        "and a half-day visit into its classes. You can take your Strands in the spring term, the summer term or "
        "one in each. Strands A and C can also be taken online through Four Rivers Online (see section 6).")

title("Strand A  Autism and Social Communication", 12)
facts("A", "Dene Lea School", "Sarah Whitlock (MA Autism, Birmingham)", "Strand assignment: a case study")
para(d, "What is it about? How autism affects learning, communication and social life, and what works in "
        "mainstream classrooms: structure, visual supports, the SCERTS and TEACCH approaches and social stories. "
        "You spend a half-day in Dene Lea classes. How will I be assessed? A case study of one autistic pupil "
        "in your school, showing what you changed in the classroom and what happened.")

title("Strand B  Language, Communication and Learning", 12)
facts("B", "Merewood School", "Kate Harding (speech and language therapist) and Owen Price", "Strand assignment: an intervention report")
para(d, "What is it about? Speech, language and communication needs and moderate learning difficulties, and how "
        "they affect learning; how to work with a speech and language therapist; language-rich classrooms. How will I be assessed? A report on a language "
        "intervention you set up with a teaching assistant, with before-and-after measures.")

title("Strand C  Behaviour, Emotions and Well-being", 12)
facts("C", "Tollgate School", "Dominic Lowe (Advanced Diploma, Team Teach tutor)", "Strand assignment: a case study")
para(d, "What is it about? Behavioural, emotional and social difficulties, attachment, anxiety, and how schools "
        "can keep pupils safe, included and learning; multi-agency work with CAMHS and social care. How will I be assessed? "
        "A case study of a pupil at risk of exclusion and the plan you made with other services.")

title("Strand D  Complex Needs and Early Development", 12)
facts("D", "Ashby Brook School", "Amrit Kaur (qualified teacher of MSI)", "Strand assignment: a development profile")
para(d, "What is it about? How children develop, from the earliest stages, and how development is affected by "
        "disability and by the physical and social environment; profound, multiple and sensory needs. You will "
        "write a development profile of one pupil, which is marked.")

title("Strand E  Working with Families", 12)
facts("E", "Outreach Parent Team", "Bernadette Quinn (Parent Partnership, 12 years)", "Strand assignment: a family partnership record")
para(d, "What is it about? Building partnership with parents and carers: running review meetings, sharing "
        "difficult news, advising parents on support and on the statutory process, and working with the "
        "Parent Partnership Service. You role-play a review with a trained parent volunteer and then record a "
        "real meeting with parents in your school, with the parents' own comments; the record is marked.")
deleted_paragraph(d, "Strand E is compulsory for SENCOs in primary schools.", "Gillian Threlfall", "2009-04-02T11:00:00Z")
d.add_page_break()

# ---------------- 5 ----------------
title("5  Things to think about")
bullets(["Look at your Starting Point Profile. Choose the Strands where your ratings were lowest, or where your "
         "school's needs are greatest.",
         "Talk to your headteacher: the Strands you choose should fit your school's development plan.",
         "Think about the pupils you will follow in Portfolio B: will your Strands help you with them?",
         "You cannot change Strands after 1 October unless your tutor agrees."])

# ---------------- 6 ----------------
title("6  Questions SENCOs ask")
runin(d, "I already have a university certificate in SEN. Do I have to do it all again? ", "No. If you have "
      "passed a university course in SEN in the last five years, you can ask the University's APL Officer to "
      "recognise up to 20 credits, which excuses you one Strand assignment. If your experience rather than a "
      "course already covers a Strand, you can make a claim by portfolio instead, which is assessed by a tutor "
      "and agreed by the APL Officer.")
runin(d, "I have been a SENCO for years. Can I just be assessed? ", "In exceptional cases, yes. Our Direct "
      "Assessment route is for very experienced SENCOs and specialist teachers. You submit Assignment A, "
      "Portfolio B, Project C and a Strand assignment from your existing work and have a Professional "
      "Conversation with two tutors against every national outcome. Ask Mrs Threlfall before you apply; the fee "
      "is £450.")
runin(d, "What does it cost? ", "£1,200, of which Westrith County Council pays £600 for Westrith schools. Because "
      "you only take the Strands you need, nobody pays for teaching they do not need.")
runin(d, "Can I start in January? ", "Yes. There are two start points, September and January; the January group "
      "takes C2 and C3 first and C1 after Easter.")
p = runin(d, "Can I study online? ", "Strands A and C can be taken online through Four Rivers Online, our Moodle site. "
          "Each online Strand has a weekly tutor-led discussion, an online study group of four or five SENCOs, and a "
          "telephone tutorial every fortnight. Your tutor answers messages within two working days. Everyone, "
          "online or not, uses Four Rivers Online between Gathering Days to post tasks, ask the tutor questions "
          "and share resources, and your Home Mentor and headteacher have a log-in so they can follow your "
          "Individual Training Plan.")
runin(d, "I am disabled. Will the course be accessible? ", "Yes. The application form asks, in confidence, "
      "whether you have a disability or health condition we should know about, and we will talk to you before "
      "the course about any adjustments: materials in large print or electronic form, a hearing loop, extra "
      "time for assignments, a different venue. All four schools are fully accessible, and the course is "
      "covered by the federation's Disability Equality Scheme.")
runin(d, "Who can apply? ", "Qualified teachers who are, or are about to be, SENCOs in a mainstream school, "
      "nominated by their headteacher. Your Starting Point conversation also checks that you have the "
      "experience and knowledge to benefit; if we think you are not yet ready, we will tell you what to do "
      "first and talk to your headteacher.")
p = runin(d, "What checks are made? ", "Because you will spend time in our classes, before your place is "
          "confirmed the Federation Office will ask to see your enhanced CRB disclosure (issued within the last three "
          "years) and will take a reference from your headteacher asking whether there are any concerns about your "
          "work with children.")
tracked(p, " The Office also checks the GTC register to confirm you are not barred from teaching.", "ins",
        "Gillian Threlfall", "2009-04-02T11:10:00Z")
runin(d, "Who supports me in school? ", "Your Home Mentor, a senior leader your head chooses. Home Mentors come to "
      "a half-day training session in September, have the Home Mentor Guide and meet you twice a term. Our "
      "tutors have a briefing day each September on the Award, marking and their role.")
runin(d, "Who will teach me? ", "Outreach teachers from all four schools, each of whom spends at least two days "
      "a week in schools. Colin Beddow (MA in Special and Inclusive Education, nine years a mainstream SENCO) "
      "leads the Award. The Strand tutors are listed with their Strands. You will also meet the educational "
      "psychologists, therapists and voluntary organisations who work with our schools, and you spend time in "
      "the classes of the schools that lead your Strands.")
runin(d, "Will there be resources? ", "Yes. You will have access to the resources you need.")
runin(d, "Who marks my work? ", "Your tutor marks your work. The University may ask to see a sample.")
runin(d, "What will you ask me about the course? ", "At the end of each Strand you fill in an evaluation form "
      "and we use what you say to improve the Strand. We have not yet decided how we will measure the Award's "
      "effect on your pupils' achievement or on your confidence. We would like former participants and parents "
      "to help us evaluate the Award in future.")

# ---------------- 7 ----------------
title("7  Key dates")
table(d, [["When", "What"],
          ["20 May and 3 June 2009", "Options Evenings (Merewood, 6.00 pm)"],
          ["12 June 2009", "Choices forms due"],
          ["June-July 2009", "Starting Point conversations"],
          ["17 September 2009", "Gathering Day 1 (September start)"],
          ["14 January 2010", "Gathering Day 1 (January start)"],
          ["July 2010", "Board of Examiners"]])
d.add_paragraph()
d.add_page_break()

# ---------------- 8 ----------------
title("8  Your choices form")
table(d, [["Name", "[Name]"], ["School", "[School]"], ["Headteacher", "[Headteacher's name]"],
          ["Start", "\u2610 September 2009     \u2610 January 2010"],
          ["First choice Strand", "\u2610 A  \u2610 B  \u2610 C  \u2610 D  \u2610 E"],
          ["Second choice Strand", "\u2610 A  \u2610 B  \u2610 C  \u2610 D  \u2610 E"],
          ["Reserve Strand", "[Letter]"],
          ["Online?", "\u2610 Strand A online   \u2610 Strand C online"],
          ["Headteacher's signature", "[Signature]     Date: [Date]"]], header=False)
d.add_paragraph()
d.add_page_break()

# ---------------- 9 ----------------
title("9  Information for the approval panel")
para(d, "This booklet is sent to the panel exactly as it goes to applicants. A few facts not given above:")
bullets(["The University of Stainforth validated the Award on 12 February 2009 and awards it; the federation "
         "teaches it under a collaborative agreement.",
         "Placements: every SENCO spends time in at least two of our four special schools (the Strand schools and "
         "the Gathering Day hosts) and visits a Westrith service on Gathering Day 6.",
         "The Award Steering Group, chaired by a mainstream headteacher, includes four headteachers, the LA's "
         "Principal Officer for SEN and the University link tutor.",
         "The pilot group of 2008-09 was fourteen SENCOs; 2009-10 has places for thirty."])

d.save(OUT)
print("wrote", OUT)
