"""mc-01-lanthorn-window-design-statement

Provider (invented): Lanthorn Glass School, Ashbury Wharf, Medwell: a studio
glass and glassblowing school (hot shop, flameworking, stained glass) whose
education team ("Lanthorn Learning", mostly former SENCOs) has run outreach
with special schools. It applies to run the 2008-09 National Award for SEN
Coordination, validated by the (invented) University of Severnside.

Document kind and layout: the application written on the studio's own
Design Statement form (DS-2), the form it uses to propose a commissioned
stained-glass window to a client. The course is "the commission": nine study
days are "Lights", the school-based assignments are "Bench Tasks", the
portfolio is the "Final Cartoon", the presentation is the "Crit", the
individual training plan is the "Leading plan", the needs assessment is the
"Light Test", the school mentor is the "Glazing Mentor", the outcome map is
the "Light-by-light schedule" (section 6). Heading styles with the form's own
section numbers 1-10 (which collide with nothing but look like criteria);
a title-block table with merged and shaded cells; a VML text box ("Who may
apply"); a header; a footer carrying a claim; two footnotes; Word comments;
a whole deleted paragraph and an inserted sentence (tracked changes); the
schedule table with merged, shaded group rows and a key given in the
paragraphs above it ("Painted in", "Fired in", "Painted only", "Trial
firing", a dash).

Traps (requirement ids):
- Aims speak of attainment and progress only; well-being is absent from the
  aims (1.1 partially_met), though ECM is taught and assessed (6.K2 met).
- Pupil voice only "touched on" in Light Six (1.5 partially_met); the
  schedule marks pupils' involvement "Painted only" (6.S7 partially_met).
- A blanket claim "Every figure in the window is fired" is contradicted by
  the schedule's "Painted only" and "Trial firing" rows (1.9 partially_met).
- Assessment-only route: a whole deleted paragraph ("Direct Firing") plus a
  hope "We would like, in time, to offer..." (2.3 not_met).
- Tailoring and quality in value terms, nothing on cost (2.4 partially_met).
- One September start, Lights in order; only a missed Light can be made up
  next year (3.2 partially_met).
- Light Five is taken online, but "There is no discussion board" and no
  tutor or between-session support is described (3.3 partially_met).
- Stakeholders speak and mentor, but their part in evaluation is only hoped
  for (4.3 partially_met); 4.1 and 4.2 met (survey; three changes).
- CRB checks described are on the studio's own tutors, technicians and
  hot-shop volunteers (wrong context); the candidates' check appears only in
  the page footer (5.3 not_met).
- Specialist speakers, but "We do not arrange placements" (5.5
  partially_met).
- Resources only "the Learning Room and the University library" (5.6
  partially_met).
- Moderation by the University is an inserted sentence (5.8 met).
- Participants' confidence measured by repeating the Light Test; pupils'
  achievement only hoped for, "not yet decided" (5.9 partially_met).
- Time management and delegation appear only in a Word comment (6.A3
  not_met); special arrangements for tests and examinations appear nowhere
  (6.S2d not_met).
- "Painted only" rows: 6.A5, 6.K3 (with a footnote saying it is in no
  Bench Task), 6.S2b, 6.S7 (partially_met). "Trial firing": 6.S5
  (partially_met). A dash in "Painted in" with a Crit in "Fired in": 6.K7
  (assessed, not developed: partially_met).
- The award rule is stated plainly (6.0 met), though the schedule's gaps are
  scored on 1.9 and the outcomes.
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _mc_helpers import (para, table, cell_text, shade, text_box, hf, footnote, del_para, add_ins,
                         finish)

HERE = Path(__file__).parent
NAME = "mc-01-lanthorn-window-design-statement"
doc = Document()
doc.styles["Normal"].font.name = "Georgia"
doc.styles["Normal"].font.size = Pt(10.5)

hf(doc, "LANTHORN GLASS SCHOOL  |  DESIGN STATEMENT DS-2  |  Commission LG/0917 \u201cMany Lights\u201d",
   "Lanthorn Glass School, Ashbury Wharf, Medwell MD4 2QE  \u00b7  Registered charity 1089442  \u00b7  "
   "All participants are CRB-cleared before the first Light")

para(doc, "LANTHORN GLASS SCHOOL", bold=True, size=16, align="center")
para(doc, "Design Statement  \u2014  Form DS-2", italic=True, align="center")

tb = table(doc, [["Commission", "\u201cMany Lights\u201d: the National Award for SEN Coordination, Lanthorn pathway"],
                 ["Client", "Training and Development Agency for Schools (for approval, 2008-09 round)"],
                 ["Studio reference", "LG/0917"],
                 ["Designer", "Judith Hallam, Head of Lanthorn Learning"],
                 ["Status", "Design stage 2 \u2014 for approval"],
                 ["Drawings attached", "Light-by-light schedule (section 6)"]],
           header_fill=None, size=9.5)
for r in tb.rows:
    shade(r.cells[0], "E7E1D3")
    r.cells[0].paragraphs[0].runs[0].bold = True
row = tb.add_row()
m = row.cells[0].merge(row.cells[1])
cell_text(m, "We write every proposal to a client on this form, and we have kept to it here. A window is "
             "drawn first as a cartoon, cut to a cutline, painted, fired and leaded; the same words run through "
             "this statement. Where we say a figure is \u201cpainted\u201d we mean it is taught; where we say "
             "it is \u201cfired\u201d we mean it is marked.", italic=True, size=9, fill="F5F1E8")

doc.add_heading("1  The commission", level=1)
para(doc, "Lanthorn Glass School asks to be approved to run the National Award for SEN Coordination from "
          "September 2009. The programme is a Postgraduate Certificate of the University of Severnside, "
          "validated by the University's School of Education at its validation event on 11 February 2009 "
          "and carrying 60 credits at masters level (Level 7 of the Framework for Higher Education "
          "Qualifications). The University awards the certificate; Lanthorn designs and teaches the programme "
          "under a memorandum of co-operation signed by both parties in December 2008, and the University's "
          "Board of Examiners confirms every result.")
para(doc, "Lanthorn has taught glass for nineteen years: the hot shop, the flameworking benches and the stained "
          "glass studio on Ashbury Wharf. For twelve of those years our education team, Lanthorn Learning, has "
          "worked with special schools and with pupils with SEN in mainstream schools across Medwell and the "
          "two neighbouring counties. Five of the six people in that team were SENCOs before they joined us. "
          "This commission grows out of that work, not out of the furnaces.")

doc.add_heading("2  The site and its light", level=1)
para(doc, "No window is designed without standing in the building. In the spring of 2008 we surveyed the "
          "people the programme is for. We sent a questionnaire to every SENCO in Medwell, Harland and "
          "Ousebury (212 schools; 131 replies) and held three evening meetings with headteachers, at which 46 "
          "heads took part. The SEN teams of all three local authorities gave us their own analysis of the "
          "training needs of new SENCOs in their areas, and the Medwell Parent Partnership Service held a "
          "meeting of parents at our request.")
para(doc, "What they told us shaped the design. SENCOs asked for study days on Saturdays rather than in school "
          "time, because supply cover was hard to find; heads asked that every assignment be carried out in the "
          "participant's own school and be of use to it; the local authorities asked for more on working with "
          "outside agencies than our first draft held; parents asked that SENCOs learn to listen to them early, "
          "before a difficulty became a dispute.")
para(doc, "Three changes to our first drawings came directly from this. We moved all nine Lights to Saturdays. "
          "We rewrote the two Bench Tasks so that each is a piece of work the participant's headteacher "
          "agrees in advance is needed in the school. And we gave a whole Light (Light Seven) to other services "
          "and agencies, where the first draft had given them half a day. A standing Window Committee of two "
          "heads, two serving SENCOs, an officer from each local authority and a parent governor met three "
          "times during the design and will meet each term once the programme runs.")

doc.add_heading("3  The design idea", level=1)
para(doc, "The window is called \u201cMany Lights\u201d because a school's provision for pupils with SEN is never "
          "one person's work. The programme's aim is to raise the attainment and accelerate the progress of "
          "pupils with special educational needs and disabilities by making the SENCO a confident leader of "
          "teaching and learning for them. Its objectives are that participants understand the law and "
          "guidance that frame the role, lead colleagues in identifying, planning for and reviewing pupils' "
          "needs, and show the difference their work makes to pupils' results.")
para(doc, "The content is current. Light Two is built on recent inspection and research evidence: Ofsted's "
          "Special educational needs and disability: towards inclusive schools (2004) and Inclusion: does it "
          "matter where pupils are taught? (2006), the Education and Skills Committee's report on SEN (2006), "
          "the interim report of the Bercow Review of services for children with speech, language and "
          "communication needs (2008), and the National Strategies' Inclusion Development Programme materials "
          "on dyslexia and on speech, language and communication needs (2008).")
p = para(doc, "Participants read these and are taught to judge them, and tutors revise the reading list each "
              "summer.")
footnote(p, "The reading list for 2009-10 is held on the Lightbox and is revised by the tutor team each July.")
para(doc, "Every figure in the window is fired: nothing in the design is left unassessed.", bold=True)

doc.add_heading("4  The lights", level=1)
para(doc, "There are nine Lights, each a Saturday study day at the studio from 9.30 to 4.00, between September "
          "and June. They run in order. Between Lights, participants carry out the Bench Tasks in their own "
          "schools with the help of a Glazing Mentor (section 9).")
lights = [
    ("Light One \u2014 The lead lines.", "The legal frame of the role: the Education Act 1996 as amended, the SEN "
     "Code of Practice (2001) and the SEN Toolkit, Removing Barriers to Achievement (2004), Every Child "
     "Matters and its five outcomes and the Children Act 2004, the Disability Discrimination Act 1995 as "
     "amended in 2005 and the schools' disability equality duty. Participants work through what each asks of "
     "the school and of the SENCO, using their own school's SEN policy."),
    ("Light Two \u2014 Reading the glass.", "Research and inspection evidence (section 3), how to read a research "
     "report critically, and how to write and speak about evidence to colleagues. Participants give a "
     "five-minute spoken summary of one study to the group."),
    ("Light Three \u2014 The cartoon.", "How children develop, and how SEN, disability and the physical and social "
     "setting affect development; identifying pupils who may have SEN from observation, data and teachers' "
     "concerns; setting targets; planning and reviewing interventions. The common kinds of need are "
     "introduced here and continued in Light Four."),
    ("Light Four \u2014 Colour and texture.", "Behavioural, emotional and social difficulties, specific learning "
     "difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders "
     "and moderate learning difficulties; approaches, strategies and resources for assessment, planning and "
     "teaching, including ICT and assistive technology, and how to judge them."),
    ("Light Five \u2014 The cutline.", "Provision mapping and provision management; finding provision that is "
     "missing or is not working; tracking pupils' progress with summative data, including national "
     "curriculum tests and P scales; helping colleagues to use formative assessment with pupils with SEN; "
     "anticipating problems and making decisions about provision. Light Five is taken online through the "
     "Lightbox (section 7) rather than at the studio."),
    ("Light Six \u2014 Families.", "Building fair, respectful relationships with pupils with SEN and their "
     "parents and carers; liaising with parents, from the first concern to the annual review; the Parent "
     "Partnership Service's part. We also touch on pupil voice."),
    ("Light Seven \u2014 Other hands.", "The scope and role of outside agencies and voluntary organisations, how "
     "to get specialist support and resources, and how to use the assessments of educational psychologists, "
     "therapists and advisory teachers in planning teaching. Speakers from the three local authorities' "
     "support services lead part of the day."),
    ("Light Eight \u2014 The workshop.", "Leading colleagues: winning the commitment of the head, senior leaders "
     "and governors; shaping the school's inclusive ethos, policies, priorities and use of resources; "
     "deploying and managing teaching assistants; supporting colleagues' development by observation and "
     "feedback, modelling, coaching and training."),
    ("Light Nine \u2014 Installation.", "Reviewing the effectiveness of provision with colleagues to feed the "
     "school's self-evaluation; keeping up to date and planning one's own development; the Crit (section 5) "
     "and the Next Light tutorial (section 10)."),
]
for head, body in lights:
    para(doc, f"**{head}** {body}")
para(doc, "Throughout the Lights participants practise advising and supporting colleagues in and beyond their "
          "school, and advising and working with parents and carers, through role play built on their own "
          "cases and through the Bench Tasks.")

doc.add_heading("5  Bench Tasks and the Final Cartoon", level=1)
para(doc, "Every participant carries out two Bench Tasks in his or her own school. They are where the window is "
          "made: the practical activity in school that ties the programme to real practice.")
para(doc, "**Bench Task 1 \u2014 Provision review (4,000 words).** The participant maps the provision for one year "
          "group, identifies pupils who may have SEN, finds what is missing or is not working, plans with "
          "colleagues an intervention for a small group, sets targets, carries it out over at least six weeks "
          "and reviews pupils' progress. The write-up must show what changed in the school's practice as a "
          "result and what difference it made to the pupils.")
para(doc, "**Bench Task 2 \u2014 Around the child (4,000 words).** A case study of one pupil written with the "
          "pupil's family and at least one outside professional, showing how the SENCO built the relationship "
          "with the parents, used the professional's assessment, worked with the agency and planned next steps "
          "for the pupil's development and well-being under the five Every Child Matters outcomes.")
para(doc, "**The Final Cartoon (portfolio).** A portfolio of evidence gathered across the year, with a "
          "literature section of 2,000 words, case profiles of pupils with different kinds of need, a record "
          "of the participant's work deploying support staff, an impact review of provision carried out with "
          "colleagues, and the participant's Next Light plan.")
para(doc, "**The Crit.** A twenty-minute presentation to two tutors and a headteacher from the Window Committee, "
          "at the end of Light Nine, on how the participant has led change in the school, followed by "
          "questions. The Crit is marked against written criteria.")
para(doc, "Each Bench Task, the Final Cartoon and the Crit is marked pass or refer against the outcomes named for "
          "it in the schedule in section 6. The work is graded at masters level against the University's "
          "assessment criteria.")

doc.add_heading("6  Light-by-light schedule", level=1)
para(doc, "The schedule is the cutline of the window: one row for each figure, which is to say each of the "
          "outcomes a SENCO must reach, put in our own words. Read it as our glaziers read a cutline.")
para(doc, "\u201cPainted in\u201d names the Light where the figure is taught. A dash there means no Light "
          "teaches it. \u201cFired in\u201d names the piece of marked work in which the figure is assessed. "
          "Where \u201cFired in\u201d says \u201cPainted only\u201d, the figure is taught but not assessed. "
          "Where it says \u201cTrial firing\u201d, the tutor gives written feedback on a draft but the figure is "
          "not marked in any piece of work.")
rows = [["Figure: the SENCO\u2026", "Painted in", "Fired in"]]
groups = {
    "Attributes": [
        ("builds fair, respectful and constructive relationships with pupils with SEN and with their parents and carers", "Light Six", "Bench Task 2"),
        ("wins the commitment of colleagues, the head and senior leaders to better outcomes for pupils with SEN", "Light Eight", "Crit"),
        ("sees problems coming, resolves them and makes sound, well-founded decisions about provision", "Light Five", "Bench Task 1"),
        ("speaks and writes clearly, and listens to and understands the views of others", "Light Two", "Painted only"),
        ("uses research and outside advice to improve their own and colleagues' practice", "Light Two", "Final Cartoon (literature section)"),
        ("keeps up to date and takes charge of their own CPD in SEN and disability", "Light Nine", "Final Cartoon (Next Light plan)"),
    ],
    "Knowledge": [
        ("knows SEN law and guidance, the SEN Code of Practice, what they mean for the school and how to carry them out", "Light One", "Bench Task 1"),
        ("knows the principles and five outcomes of Every Child Matters and the SENCO's part in them", "Light One", "Bench Task 2"),
        ("knows disability equality law and the duties it places on the school", "Light One", "Painted only"),
        ("knows how children develop, and how SEN, disability and the setting affect development", "Light Three", "Bench Task 2"),
        ("knows the common kinds of SEN (BESD, SpLD and dyslexia, SLCN, ASD and MLD) and their effect on learning", "Lights Three and Four", "Final Cartoon (case profiles)"),
        ("judges approaches, strategies and resources, including ICT, for assessing, planning and teaching", "Light Four", "Bench Task 1"),
        ("knows the principles of school self-evaluation and improvement as they bear on SEN outcomes", "\u2014", "Crit"),
        ("knows best practice and research findings on meeting SEN", "Light Two", "Final Cartoon (literature section)"),
        ("knows what outside agencies do and how to get specialist support and resources", "Light Seven", "Bench Task 2"),
    ],
    "Skills": [
        ("with senior leaders and governors, shapes the school's inclusive ethos, policies, priorities and use of resources", "Light Eight", "Crit"),
        ("identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress", "Light Three", "Bench Task 1"),
        ("uses the assessments of other professionals to shape teaching", "Light Seven", "Bench Task 2"),
        ("uses summative data, including national tests, to track progress and change programmes", "Light Five", "Painted only"),
        ("helps colleagues develop formative assessment, with approaches for pupils with SEN", "Light Five", "Bench Task 1"),
        ("uses provision mapping to plan, and finds provision that is missing or not working", "Light Five", "Bench Task 1"),
        ("deploys and manages teaching assistants and other staff", "Light Eight", "Final Cartoon (support staff record)"),
        ("supports colleagues' development by observation, feedback, modelling, coaching and training", "Light Eight", "Trial firing"),
        ("reviews provision with colleagues to feed the school's self-evaluation", "Light Nine", "Final Cartoon (impact review)"),
        ("involves pupils in planning, agreeing and reviewing their provision", "Light Six", "Painted only"),
        ("works with parents and carers to promote pupils' learning and development", "Light Six", "Bench Task 2"),
        ("works in partnership with other services and agencies, including voluntary organisations", "Light Seven", "Bench Task 2"),
    ],
}
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for j, h in enumerate(rows[0]):
    cell_text(t.cell(0, j), h, bold=True, size=9, fill="BFB39B")
k3_cell = None
a5_row = None
for g, items in groups.items():
    r = t.add_row()
    mg = r.cells[0].merge(r.cells[2])
    cell_text(mg, g.upper(), bold=True, size=9, fill="E7E1D3")
    for fig, painted, fired in items:
        r = t.add_row()
        cell_text(r.cells[0], fig, size=9)
        cell_text(r.cells[1], painted, size=9)
        cell_text(r.cells[2], fired, size=9)
        if fig.startswith("knows disability equality"):
            k3_cell = r.cells[1]
        if fig.startswith("speaks and writes"):
            a5_row = r
footnote(k3_cell.paragraphs[0], "Given by the Medwell access and inclusion officer within Light One. It is not "
                                "part of either Bench Task, the Final Cartoon or the Crit.")
doc.add_comment(a5_row.cells[0].paragraphs[0].runs, text="Time management and delegating: we do this in Light "
                "Eight with the TA deployment exercise and it is in the Crit criteria. Should it be its own row? JH",
                author="Judith Hallam", initials="JH")
para(doc, "")

doc.add_heading("7  Glass, lead and fixings", level=1)
para(doc, "**The glaziers.** The programme is led by Judith Hallam (MA Special and Inclusive Education, "
          "Severnside; NPQH), SENCO for nine years at Ousebury Community College before she joined Lanthorn. "
          "She teaches with Daniel Okafor (MEd; former SENCO and later specialist teacher in Harland's "
          "learning support service, holds the OCR Level 7 Diploma in specific learning difficulties), Ruth "
          "Penberthy (educational psychologist, registered with the HPC, two days a week with Medwell "
          "psychology service) and Alan Sewell (former head of a Medwell special school). Every tutor spends "
          "at least ten days a year working in schools with pupils with SEN, through Lanthorn Learning's "
          "outreach, which keeps their practice current. A University of Severnside senior lecturer in "
          "inclusive education is the link tutor and teaches part of Light Two.")
para(doc, "**Specialist hands.** Participants hear from an educational psychologist, a speech and language "
          "therapist, the county's sensory support team and the Parent Partnership Service on the days set out "
          "above. We do not arrange placements in other schools; all practical work is done in the "
          "participant's own school.")
para(doc, "**The workshop.** Participants have the use of the studio's Learning Room and the University library.")
para(doc, "**The Lightbox.** The Lightbox is the University's online learning area. The readings, the slides "
          "from each Light and the Bench Task briefs are posted there, and participants submit their work "
          "through it. Light Five is taken on the Lightbox in place of a day at the studio: participants work "
          "through the provision-mapping unit at home over a fortnight. There is no discussion board.")

doc.add_heading("8  Working to the light", level=1)
text_box(doc, [("Who may apply", True),
               ("Applicants must hold qualified teacher status, be the SENCO of their school or be designated "
                "to become its SENCO within the year, and send a supporting statement from their headteacher "
                "confirming the school's agreement to the Bench Tasks. Every applicant is interviewed by two "
                "tutors, who go through the applicant's experience against the outcomes and a short written "
                "task. Applicants who are not yet ready are told in writing what they need to do first, and we "
                "speak to the headteacher.", False)], height_pt=130)
para(doc, "**The Light Test.** Before Light One, every participant completes the Light Test, a self-audit "
          "against each figure in the schedule, scored 1 to 4 and backed by examples, and discusses it with a "
          "tutor. From it tutor and participant write a Leading plan: which figures the participant already "
          "shows, which need most work, what the participant will do in school and in which Lights, and a "
          "personal set of outcomes for the year. The Leading plan is reviewed at the tutorials after Lights "
          "Three and Six.")
para(doc, "**Prior study and experience.** Participants who have already gained credit at masters level in SEN "
          "within the last five years may claim up to 20 credits of accreditation of prior learning through "
          "the University's APL procedure, and experienced SENCOs may claim accreditation of prior "
          "experiential learning by a mapped portfolio, assessed by two tutors and confirmed by the University. "
          "Credit awarded reduces the Bench Tasks a participant must complete.")
para(doc, "**Tailoring.** Each Light is a piece of high-quality professional development designed around the "
          "people in the room, and our teaching is held to the highest standard of craft. The Light Test "
          "results shape which Lights a participant spends most tutorial time on.")
para(doc, "**Direct firing.**")
del_para(doc, "Experienced SENCOs who already meet the outcomes may choose Direct Firing: they submit a Final "
              "Cartoon and sit the Crit without attending the Lights, for a fee of \u00a3450.",
         "Alan Sewell", "2009-01-19T10:12:00Z")
para(doc, "We would like, in time, to offer a route for experienced SENCOs to be assessed without attending the "
          "Lights; this is not yet in place.")
para(doc, "**Start dates and order.** There is one cohort a year, which starts in September. The Lights run in "
          "order on Saturdays. A participant who misses a Light may take it with the following year's cohort.")
para(doc, "**Access and equality.** Our application form asks every applicant, in confidence, whether they have a "
          "disability or need we should know about, and we contact each who says yes before the interview to "
          "agree reasonable adjustments: materials in large print or electronic form, a hearing loop in the "
          "Learning Room, extra time or other formats for the Crit, and a named tutor for each participant "
          "who needs one. The Learning Room and all teaching spaces are on the ground floor with level access; "
          "no participant is asked to work in the hot shop. Our promotional leaflet states these arrangements. "
          "We monitor applications, progress and results by disability, gender and ethnicity each year under "
          "our equality scheme and report them to the Window Committee.")

doc.add_heading("9  Maintenance and inspection", level=1)
para(doc, "**Evaluation.** Every participant completes a Light Meter, our evaluation sheet, at the end of each "
          "Light, and a longer evaluation at the end of the year. Tutors meet after each Light to review the "
          "sheets. The University's external examiner reports each year on standards and on the participants' "
          "work, and the programme goes through the University's annual monitoring. All of this is drawn "
          "together in a Maintenance Report each July, with an action plan; the changes it sets out are made "
          "before the next cohort starts and reported to the Window Committee.")
para(doc, "**Stakeholders in the work.** Officers from the three local authorities lead part of Light Seven; "
          "a headteacher from the Window Committee sits on every Crit panel; each participant's Glazing Mentor "
          "is a senior colleague in his or her own school. We hope that heads and parents will in time help "
          "us evaluate the programme.")
para(doc, "**Glazing Mentors.** Each participant's headteacher names a Glazing Mentor, a senior colleague who "
          "meets the participant at least twice a term. Mentors attend a half-day briefing at the studio "
          "before Light One, receive the Mentor's Guide, and sign a statement of their role. Tutors have the "
          "Tutor Handbook, set out the role of each tutor and of the link tutor, and attend the University's "
          "assessment standardisation day each September.")
p = para(doc, "**Marking.** Every piece of work is marked by one tutor against the published criteria, and 20 "
              "per cent of each piece, including every refer and every borderline, is second-marked.")
add_ins(p, " A sample is then moderated by the University's link tutor, and the external examiner sees a "
           "further sample, with all referred work, before the Board of Examiners meets.",
        "Judith Hallam", "2009-01-22T16:40:00Z")
para(doc, "**Impact.** Participants repeat the Light Test at the end of Light Nine, so that we can compare each "
          "participant's scores and confidence at the start and end of the year, and the results are reported "
          "in the Maintenance Report. We hope to see the progress of the pupils our participants work with "
          "improve as a result; we have not yet decided how to measure this.")
para(doc, "**Checks.** All Lanthorn tutors, technicians and hot-shop volunteers who work with visiting school "
          "groups hold a current enhanced CRB disclosure, renewed every three years and recorded on the "
          "studio's single central record.")

doc.add_heading("10  Installation and aftercare", level=1)
para(doc, "**The award.** The University's Board of Examiners awards the Postgraduate Certificate only to a "
          "participant who has shown, in assessed work, that he or she meets every one of the national minimum "
          "outcomes for the National Award for SEN Coordination. A participant who does not is referred, "
          "given written guidance, and may resubmit once.")
para(doc, "**The Next Light tutorial.** In the last hour of Light Nine each participant meets a tutor to turn "
          "the end-of-year Light Test into a Next Light plan: three professional targets for the following "
          "year, the training or study that would help reach them, and the route on to the University's MA "
          "in Inclusive Education. Participants take the plan to their line manager for their next "
          "performance management meeting.")
para(doc, "**Aftercare.** Former participants are invited to the studio each summer for an evening with the "
          "current cohort.")
para(doc, "Judith Hallam, for Lanthorn Glass School, January 2009", italic=True)

finish(doc, HERE / f"{NAME}.docx")
print("wrote", NAME)
