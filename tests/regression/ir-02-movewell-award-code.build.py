"""ir-02-movewell-award-code

Provider (invented): Movewell, a national charity for children and adults with dyspraxia
(developmental coordination disorder), with the University of Southmere (a post-1992 university,
formerly Southmere Polytechnic), which validates the "Movewell SENCO Award" as a 60-credit
Postgraduate Certificate. Dated January 2009.

Document kind and layout: "THE AWARD CODE", written in the style of the Highway Code (the charity
already publishes a driving guide for young adults with dyspraxia). Continuously numbered Rules
(1-44) grouped under "Rules for ..." headings (applicants; the Stages, i.e. study days; Roadwork,
i.e. school-based tasks; Route Guides and tutors, i.e. mentors and instructors; the Award Test).
As in the Highway Code, MUST / MUST NOT in bold capitals marks a requirement backed by a
regulation, cited underneath in small bold ("Reg 4.2" = the University's Academic Regulations);
rules that say "should" are advice only (the Code says so in its shaded introduction). Annexes:
1 Signs (the outcome table: "Sign | What it tells you | Where you meet it | Tested in", circle =
tested, triangle = advice only, not tested; band rows merged and shaded), 2 Roadworthiness checks
(quality assurance), 3 Who's who, 4 How this Code was written (stakeholders), 5 Penalties
(resubmission). No heading styles for rules (bold typed group titles); Heading 1 only for the
annexes. A shaded introduction in a VML text box. A tracked change removing the January start
and inserting "September only"; a tracked insertion in the CRB rule; two comments; a placeholder;
a header with a blanket claim; a footer.

Traps (requirement ids):
- Header: "Every national outcome is tested" is a blanket claim in a header (never evidence;
  6.* labelled one by one).
- 2.1: "Credit for earlier learning is not given on this Award" -> not_met (negation).
- 2.3: the "Direct Test" is a real assessment-only route -> met (looks like a trap, is not).
- 3.2: the January start is a tracked deletion; "September only" is inserted; the only
  flexibility is catching up a missed Stage with the next group -> partially_met.
- 3.3: no e-learning ("There are no online units"). "Movewell Online" is the charity's forum
  for families (wrong context) and email to a tutor is not e-learning -> not_applicable.
- 5.2: entry checks are QTS and post only; experience of SEN is "should" advice -> partially_met.
- 5.3: CRB disclosure number and date checked by the Registrar; a List 99 check inserted by a
  tracked change -> met.
- 5.4: the programme leader is described; other tutors only "should hold" qualifications
  (advice, not a statement of who the staff are) -> partially_met.
- 5.6: resources mostly left to schools ("Schools should give") -> partially_met.
- 5.8: second marking of Part A, but moderation is "[moderation arrangements to be confirmed by
  the University]" and a comment says the University has not replied -> partially_met.
- 5.9: confidence questionnaire only; "The Award does not measure pupils' progress" ->
  partially_met.
- 1.9: several outcomes triangle "Not tested" -> partially_met.
- 6.0: every Part must be passed, no compensation -> met.
- 6.S6: review with colleagues is taught and examined, but its link to self-evaluation is excluded by the
  K7 sentence -> partially_met.
- 6.S2d: special arrangements for tests and examinations absent (no row in Annex 1) -> not_met.
- 6.A3: time management absent; 6.K7: "School self-evaluation is a matter for headteachers and is
  not covered on this Award"; 6.S2b: "National test results are outside this Award" -> not_met.
- 6.A6, 6.K3, 6.S2c, 6.S3, 6.S5, 6.S9: met in the Stages, advice ("should") in the Roadwork,
  triangle "Not tested" in Annex 1 -> partially_met.
- 4.1, 4.2, 4.3: met (consultation, what changed, the Award Board and Parent Council).
"""
import re
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor
from _ir_helpers import (para, cell_text, shade, table, del_run, ins_run, text_box, header_footer, comment)

HERE = Path(__file__).resolve().parent
NAME = "ir-02-movewell-award-code"
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)
header_footer(doc, "THE AWARD CODE  |  Movewell SENCO Award  |  Every national outcome is tested",
              "Reg = University of Southmere Academic Regulations 2008-09. Movewell, the dyspraxia charity.")

N = [0]


def group(title):
    p = para(doc, title.upper(), bold=True, size=13)
    p.paragraph_format.space_before = Pt(12)
    return p


def rule(text, reg=None):
    N[0] += 1
    p = doc.add_paragraph()
    r = p.add_run(f"{N[0]}  ")
    r.bold = True
    out = []
    for piece in re.split(r"(MUST NOT|MUST)", text):
        if not piece:
            continue
        rr = p.add_run(piece)
        if piece.startswith("MUST"):
            rr.bold = True
            rr.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        out.append(rr)
    if reg:
        q = doc.add_paragraph()
        rr = q.add_run(reg)
        rr.bold = True
        rr.font.size = Pt(8)
    return p, out


para(doc, "THE AWARD CODE", bold=True, size=26, align="center")
para(doc, "Rules for everyone on the road to the Movewell SENCO Award", bold=True, size=14, align="center")
para(doc, "The National Award for SEN Coordination, validated by the University of Southmere. Submitted to the "
          "Training and Development Agency for Schools for approval. January 2009.", italic=True, align="center")

text_box(doc, [
    ("Introduction", True),
    ("This Code is for everyone on the Movewell SENCO Award: participants, tutors, Route Guides (the "
     "school-based mentors) and headteachers. Many of the rules are conditions of the Award or of the "
     "University's regulations. They are shown by the words MUST and MUST NOT, and the regulation is "
     "given under the rule. Rules that use words such as 'should' are advice. Following them will help "
     "you, but they are not conditions of the Award. Study days are called Stages. School-based tasks "
     "are called Roadwork. The assessment is the Award Test.", False),
    ("What the Award is for", True),
    ("The Award exists so that pupils with special educational needs and disabilities achieve more and "
     "are healthier, safer, happier in school and better prepared for adult life: all five Every Child "
     "Matters outcomes, not only test results. Every Stage, every piece of Roadwork and every Part of the "
     "Award Test asks what difference you have made for those pupils.", False),
], height_pt=210, fill="#E2EFDA")

group("Rules for applicants")
rule("The Movewell SENCO Award is a Postgraduate Certificate of 60 credits at Level 7 (masters level), awarded by the "
     "University of Southmere. You MUST be registered as a student of the University for the whole of the Award.",
     "Reg 1.4, Reg 2.3")
rule("You MUST hold qualified teacher status and MUST be in post as a SENCO, or be named by your headteacher as the "
     "school's next SENCO, when the Award begins.", "Reg 2.1")
rule("You should have some experience of teaching pupils with SEN before you apply.")
p, rr = rule("You MUST give us the number and date of issue of your enhanced Criminal Records Bureau disclosure, which "
             "MUST have been issued within the last three years. The Award Registrar checks the number and date with the "
             "issuing school or council before your place is confirmed. ", "Reg 2.6")
ins_run(p, "The Registrar also checks List 99 and asks your headteacher to confirm in writing that there are no concerns "
           "about your suitability to work with children.", author="Helen Dray", date="2008-12-09T11:20:00Z")
rule("Your headteacher MUST sign the nomination form, agreeing to release you for eight Stages, one placement day and "
     "the Award Test, and to name a Route Guide in your school.", "Reg 2.2")
rule("Credit for earlier learning is not given on this Award. Every participant takes all three Parts of the Award Test.",
     "Reg 4.2")
rule("If you are an experienced SENCO or a teacher from a support service and already meet the national outcomes, you may "
     "apply for the Direct Test. You take all three Parts of the Award Test, to the same standard and with the same markers, "
     "without attending the Stages. A Direct Test candidate MUST have a Route Guide for Part B. The fee for the Direct Test "
     "is GBP 780.", "Reg 4.5")
rule("On the application form you are asked whether you have a disability, dyspraxia, dyslexia or any other condition "
     "that may affect your study. We ask so that we can plan for you. What you tell us is shared only with the people "
     "who need to know, and only with your agreement.")
rule("If you tell us about a disability, the Award Registrar MUST agree a written Adjustment Plan with you before Stage 1. "
     "It may include handouts in advance, a reader or scribe for the Award Test, extra time, rest breaks, a laptop for "
     "note-taking, or recording your Part C discussion.", "Reg 6.1 (Disability Discrimination Act 1995)")
rule("Before Stage 1 you MUST complete the Starting Check. It takes about an hour. For each of the national outcomes you "
     "rate yourself and give a short example, and your headteacher adds a comment.", "Reg 3.1")
rule("Your tutor MUST meet you in the first three weeks to agree your Route Plan: the outcomes you most need to work on, "
     "which optional workshops and reading you will take, and the personal outcomes you will set for your Roadwork. Your "
     "headteacher receives a copy.", "Reg 3.2")
rule("The fee is GBP 1,850. The three partner councils (Southmere City, Ardley and East Vale) pay GBP 1,200 of the fee "
     "for each SENCO from their schools.")

group("Rules for the Stages (study days)")
N[0] += 1
p = doc.add_paragraph()
p.add_run(f"{N[0]}  ").bold = True
r13 = p.add_run("The Award starts in September")
del_run(p, " and in January", author="Helen Dray", date="2008-12-09T11:05:00Z")
ins_run(p, " only", author="Helen Dray", date="2008-12-09T11:05:00Z")
p.add_run(". There are eight Stages, held on Thursdays at Movewell House, Southmere, between September and June. "
          "You should attend all eight.")
comment(doc, [r13], "January start dropped for 2009-10: too few for a second group. HD", author="Helen Dray", initials="HD")
rule("The Stages MUST be taken in order.", "Reg 5.1")
rule("If you miss a Stage you may attend the same Stage with the next year's group, and you MUST complete its reading "
     "before your next Part of the Award Test.", "Reg 5.3")
rule("There are no online units: every Stage is taught face to face. You should email your tutor between Stages if "
     "you need help. Movewell Online, our forum for families, is not part of the Award.")
rule("Stage 1, The Law and the Code: the SEN Code of Practice (2001) and Part IV of the Education Act 1996 as amended, "
     "what they mean for your school, your governors and you; School Action, School Action Plus and statutory assessment; "
     "Every Child Matters and the Children Act 2004, and what a SENCO does towards each of the five outcomes.")
rule("Stage 2, Disability and Equality: the Disability Discrimination Act 1995 as amended in 2005, the Disability "
     "Equality Duty, accessibility plans, and reasonable adjustments in lessons, PE and on school trips.")
rule("Stage 3, How Children Grow: motor, language, thinking, social and emotional development; how dyspraxia and other "
     "conditions, and the physical and social environment of a school, change a child's development; the common kinds "
     "of SEN (behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, "
     "language and communication needs, autistic spectrum disorders, moderate learning difficulties) and how each "
     "affects learning.")
rule("Stage 4, Finding Out and Planning: identifying pupils who may have SEN through observation, data and teacher "
     "assessment; reading and using the reports of educational psychologists, therapists and advisory teachers; setting "
     "targets and planning interventions; strategies, resources and ICT for removing barriers, judged critically against "
     "the evidence; what research says works, including recent Ofsted reports and the Bercow Review (2008).")
rule("Stage 5, Leading Provision: working with the headteacher, senior team and governors on the SEN policy, the "
     "budget and an inclusive ethos; deploying and managing teaching assistants; provision mapping and finding what is "
     "missing or not working.")
rule("Stage 6, Pupils and Parents: consulting pupils and involving them in planning and reviewing their support; "
     "building fair and respectful relationships with pupils and families; meetings with parents, including difficult "
     "ones, practised with members of the Movewell Parent Council.")
rule("Stage 7, Growing Colleagues: observing lessons and giving feedback, modelling, coaching and mentoring, and leading "
     "staff training; helping colleagues develop formative assessment for pupils with SEN; speaking and writing clearly "
     "to different audiences.")
rule("Stage 8, Working Together and Looking Ahead: the roles of health, social care, the educational psychology service, "
     "advisory services and voluntary organisations, and how to get specialist support and resources; solving problems "
     "and making decisions about provision; reviewing provision with colleagues; keeping up to date and planning your own "
     "development after the Award.")
rule("Tutors should bring recent research into each Stage, and you should use research evidence and outside advice "
     "to improve your own and your colleagues' practice.")
rule("Between Stage 4 and Stage 6 you MUST spend one placement day either in a special school or at the Movewell "
     "Movement Clinic, where occupational therapists and physiotherapists assess and support children, and write a "
     "short placement note for your Route Guide.", "Reg 5.4")

group("Rules for Roadwork (in your school)")
rule("Roadwork is the practical work you do in your own school between Stages. You MUST complete Roadwork 1 to 4; they "
     "are the evidence for Parts A and B of the Award Test.", "Reg 7.1")
rule("Roadwork 1, Finding Out: choose a group of four to six pupils. Identify their needs using observation, data and "
     "other professionals' assessments, set targets with their teachers, plan an intervention, decide which adults "
     "deliver it and how they are managed, and review progress after eight weeks. This becomes Part A.")
rule("When you do Roadwork 1 you should map the provision for the whole year group and look for gaps.")
rule("Roadwork 2, Listening to Pupils: you MUST hold a planned conversation with at least two pupils from your "
     "Roadwork 1 group about their support, agree with them one change to it, and record what they said and what changed.",
     "Reg 7.2")
rule("Roadwork 3, Meeting Parents: you MUST lead a review meeting with the parents or carers of one pupil, with your "
     "Route Guide observing, and write a record of the meeting and the agreed next steps.", "Reg 7.2")
rule("Roadwork 4, Leading Colleagues: you MUST present a short paper on one change to SEN policy, provision or "
     "resources to your headteacher and senior team or a governors' committee, and explain the agreed change to all "
     "staff at a staff meeting.", "Reg 7.2")
rule("You should also coach one colleague, and you should encourage colleagues to develop formative assessment with "
     "their pupils with SEN. These are good practice; they are not part of the Award Test.")
rule("You should involve an outside agency or a voluntary organisation in your Roadwork where you can.")

group("Rules for Route Guides and tutors")
rule("A Route Guide is an experienced colleague, usually a senior leader or an experienced SENCO, named by your "
     "headteacher. Every Route Guide MUST attend a half-day Route Guide briefing in September and receives the Route "
     "Guide Handbook, which sets out what a Route Guide does: meet the participant twice a half term, observe the "
     "Roadwork 3 meeting using the observation sheet, and sign the Roadwork record.", "Reg 8.1")
rule("Tutors MUST attend the tutor team's standardisation day before each Part of the Award Test is marked, and the "
     "annual Tutor Day, which covers new legislation and guidance and the tutor's duties as set out in the Tutor Guide.",
     "Reg 8.3")
rule("Tutors should hold a masters degree in education or a related subject and should have worked as a SENCO or "
     "specialist teacher.")
rule("If a Route Guide leaves the school, the headteacher MUST name another within four weeks.", "Reg 8.2")

group("Rules for the Award Test")
rule("The Award Test has three Parts. Each Part carries 20 credits. You MUST pass all three Parts. A pass in one Part "
     "cannot make up for a fail in another.", "Reg 11.3")
rule("Part A, The Route Map (4,000 words): your Roadwork 1. It is marked on how well you identified the pupils' needs, "
     "used other professionals' assessments, set targets, planned and reviewed the intervention, deployed and managed "
     "the adults who delivered it, and chose and justified the strategies, resources and ICT; and on how you applied "
     "the law and the Code, Every Child Matters, what you know about how children develop and about the common kinds of "
     "SEN, and what you know of research on what works.", "Reg 11.4")
rule("Part B, The Practical: a portfolio of Roadwork 2, 3 and 4 with your Route Guide's observation sheet. It is marked "
     "on your relationships with pupils and parents, how you involved pupils in planning and reviewing their support, "
     "how you liaised with parents, how you won the support of your headteacher and colleagues, how you influenced "
     "policy or resources, and how clearly you spoke and wrote.", "Reg 11.5")
rule("Part C, The Drive: a 30-minute professional discussion with two tutors about a problem in your school's provision "
     "you have worked on during the year. You are examined on how you anticipated and solved problems and made decisions, "
     "on what you know of the external agencies in your area and how to get specialist support from them, on how you reviewed the provision with "
     "colleagues, and on your Next Route: the targets for your own development over the next two years, agreed with "
     "your headteacher.", "Reg 11.6")
rule("If you fail a Part you may resubmit it once, within three months. See Annex 5.", "Reg 11.8")
rule("Participants who pass all three Parts receive the University's Postgraduate Certificate and the National Award "
     "for SEN Coordination. Your credits can count towards the University's MA in Special and Inclusive Education.")

group("Rules for headteachers")
rule("Headteachers MUST release the participant for the eight Stages, the placement day and the Part C discussion, and "
     "MUST name a Route Guide before Stage 1.", "Reg 2.2")
rule("Headteachers should meet the participant each half term to hear how the Roadwork is going, and should make "
     "time at a senior team meeting for the Roadwork 4 paper.")
rule("Headteachers MUST add their comment to the Starting Check and agree the participant's Next Route at the end of "
     "the year.", "Reg 3.1, Reg 11.6")
rule("Headteachers should tell the Award Registrar at once if the participant changes school, leaves the SENCO role "
     "or is absent for a long period, so that the Route Plan can be changed.")
rule("Schools that cannot release a participant on a Thursday should talk to the Award Registrar before the place is "
     "confirmed.")

para(doc, "Words used in this Code", bold=True, size=13)
table(doc, [
    ["Word", "Meaning"],
    ["Stage", "A study day at Movewell House, taught face to face by the tutor team."],
    ["Roadwork", "A practical task in the participant's own school between Stages; Roadwork 1 to 4 are required."],
    ["Route Guide", "The school-based mentor named by the headteacher."],
    ["Route Plan", "The plan agreed after the Starting Check: the outcomes the participant most needs to work on, the optional "
                   "workshops and reading, and the participant's own outcomes for the Roadwork."],
    ["Starting Check", "The self-rating against the national outcomes, with the headteacher's comment, completed before Stage 1."],
    ["Direct Test", "The route for experienced candidates who take all three Parts of the Award Test without the Stages."],
    ["Award Test", "Parts A, B and C, the assessment for the Award."],
    ["Next Route", "The targets for the participant's own development after the Award, agreed with the headteacher and "
                   "discussed in Part C."],
    ["Award Board", "The termly board of headteachers, council advisers, parents and a former participant that oversees the Award."],
])
para(doc, "")

# ---------------- Annexes
para(doc, "Annex 1. Signs: the national outcomes", style="Heading 1")
para(doc, "A circle means the outcome is tested in the Award Test. A triangle means the outcome is advice: you meet it "
          "on the Award but it is not tested.")
rows = [
    ("HOW YOU WORK", None, None, None),
    ("Circle", "Fair, respectful relationships with pupils with SEN and their families", "Stage 6; Roadwork 2, 3", "Part B"),
    ("Circle", "Winning the commitment of colleagues and the head", "Stage 5; Roadwork 4", "Part B"),
    ("Circle", "Solving problems and sound decisions about provision", "Stage 8", "Part C"),
    ("Circle", "Speaking and writing clearly; listening", "Stage 7; Roadwork 3, 4", "Part B"),
    ("Triangle", "Using research and outside advice to improve practice", "Stage 4 and Rule 25", "Not tested"),
    ("Circle", "Keeping up to date; your own development", "Stage 8", "Part C (Next Route)"),
    ("WHAT YOU KNOW", None, None, None),
    ("Circle", "The law and the SEN Code of Practice, and using them", "Stage 1", "Part A"),
    ("Circle", "Every Child Matters and the SENCO's part", "Stage 1", "Part A"),
    ("Triangle", "Disability equality law and what it requires", "Stage 2", "Not tested"),
    ("Circle", "How children develop and what affects development", "Stage 3", "Part A"),
    ("Circle", "The common kinds of SEN and how they affect learning", "Stage 3", "Part A"),
    ("Circle", "Approaches, strategies, resources and ICT, judged critically", "Stage 4", "Part A"),
    ("Circle", "Best practice and research in meeting SEN", "Stage 4", "Part A"),
    ("Circle", "External agencies; getting specialist support", "Stage 8", "Part C"),
    ("WHAT YOU DO", None, None, None),
    ("Circle", "Influencing strategy, ethos, policy and resources with senior colleagues and governors", "Stage 5; Roadwork 4", "Part B"),
    ("Circle", "Identifying pupils, setting targets, planning interventions, reviewing progress", "Stage 4; Roadwork 1", "Part A"),
    ("Circle", "Using other professionals' assessments in teaching", "Stage 4; Roadwork 1", "Part A"),
    ("Triangle", "Encouraging colleagues' formative assessment", "Stage 7; Rule 33", "Not tested"),
    ("Triangle", "Provision mapping; finding missing or ineffective provision", "Stage 5; Rule 29", "Not tested"),
    ("Circle", "Deploying and managing staff", "Stage 5; Roadwork 1", "Part A"),
    ("Triangle", "Coaching, observation, feedback and training for colleagues", "Stage 7; Rule 33", "Not tested"),
    ("Circle", "Reviewing provision with colleagues", "Stage 8", "Part C"),
    ("Circle", "Involving pupils in planning and reviewing their provision", "Stage 6; Roadwork 2", "Part B"),
    ("Circle", "Liaising with parents and carers", "Stage 6; Roadwork 3", "Part B"),
    ("Triangle", "Working in partnership with other services and voluntary organisations", "Stage 8; Rule 34", "Not tested"),
]
t = doc.add_table(rows=len(rows) + 1, cols=4)
t.style = "Table Grid"
for j, h in enumerate(["Sign", "What it tells you", "Where you meet it", "Tested in"]):
    cell_text(t.cell(0, j), h, bold=True, fill="BFBFBF")
for i, (a, b, c, d) in enumerate(rows, start=1):
    if b is None:
        m = t.cell(i, 0).merge(t.cell(i, 3))
        cell_text(m, a, bold=True, fill="FCE4D6")
    else:
        cell_text(t.cell(i, 0), a)
        cell_text(t.cell(i, 1), b)
        cell_text(t.cell(i, 2), c)
        cell_text(t.cell(i, 3), d)
para(doc, "")
para(doc, "National test results are outside this Award. School self-evaluation is a matter for headteachers and is "
          "not covered on this Award.")

para(doc, "Annex 2. Roadworthiness checks", style="Heading 1")
para(doc, "Inside Movewell: every Stage ends with an evaluation sheet; tutors meet after each Stage to read them; each "
          "Part of the Award Test is followed by a marking review. Outside Movewell: the University appoints an external "
          "examiner, who reads a sample of every Part and writes an annual report, and the Award takes part in the "
          "University's annual monitoring and its five-yearly periodic review. Each July the Award Board (see Annex 4) "
          "reads all of this and agrees an improvement plan for the next year; changes are reported to participants in "
          "the autumn edition of this Code.")
p = para(doc, "Every Part A script is second-marked by another tutor, and the two tutors agree a mark. ")
r = p.add_run("[moderation arrangements to be confirmed by the University]")
comment(doc, [r], "Still waiting for the Faculty to reply about moderation - chase before submission. HD",
        author="Helen Dray", initials="HD")
para(doc, "At Stage 1 and again after Part C, participants complete a confidence questionnaire on each of the national "
          "outcomes, and we report the change to the Award Board with the Award Test results. The Award does not measure "
          "pupils' progress.")

para(doc, "Annex 3. Who's who", style="Heading 1")
para(doc, "The programme leader is Dr Sian Whitcombe, Movewell's Head of Education, a former SENCO and local "
          "authority SEN adviser, with an MA in Special Educational Needs and a doctorate on teachers' understanding "
          "of developmental coordination disorder (2006). She teaches Stages 1, 5 and 8 and chairs the markers. Helen "
          "Dray is the Award Registrar. The University link tutor is a senior lecturer in the School of Education.")
para(doc, "On the placement day and at Stages 3 and 6, participants work with Movewell's occupational therapists and "
          "physiotherapists, an educational psychologist from Southmere City Council, and members of the Movewell Parent "
          "Council.")
para(doc, "Participants have the University's library and electronic journals for the year. Schools should give "
          "participants time, a computer and access to the school's assessment materials. Members of Movewell may also "
          "borrow from its lending library.")

para(doc, "Annex 4. How this Code was written", style="Heading 1")
para(doc, "In 2007-08 we asked SENCOs, headteachers, parents and young people what a new SENCO needs. We surveyed the "
          "180 SENCOs on the three councils' SENCO forums (117 replied), held four meetings of the Movewell Parent "
          "Council, and asked Movewell Youth Voice, our group of young people with dyspraxia aged 13 to 19, what they "
          "wished their SENCOs had known. The three councils' SEN teams gave us their data on statutory assessments and "
          "on the training requests they receive.")
para(doc, "What we heard changed the Award. The SENCOs asked for more on leading staff, so Stage 7 was added. The "
          "Parent Council told us that parents' meetings go wrong when the SENCO does all the talking, so Roadwork 3 "
          "is observed and its record includes the agreed next steps. Youth Voice told us nobody asked them, so "
          "Roadwork 2 was made a requirement. The councils asked for the Stages to be on one weekday, not spread "
          "across the week, which is why they are all on Thursdays.")
para(doc, "Stakeholders stay involved. The Award Board, which meets each term, has a headteacher, an SEN adviser from "
          "each council, two Parent Council members and a former participant; it reads the evaluations and the external "
          "examiner's report and agrees the improvement plan. Headteachers complete a questionnaire at the end of the "
          "year on the difference the Award has made in their school. Route Guides in schools mentor participants, and "
          "Parent Council members take part in Stage 6.")

para(doc, "Annex 5. Penalties", style="Heading 1")
table(doc, [
    ["What happens", "What follows"],
    ["A Part is failed", "One resubmission within three months. A second fail ends the Award; credits passed are kept."],
    ["A Part is late without agreement", "Capped at the pass mark."],
    ["Roadwork 2, 3 or 4 not completed", "Part B cannot be submitted."],
    ["Plagiarism", "Dealt with under the University's academic misconduct procedure (Reg 14)."],
])
para(doc, "")
para(doc, "Published by Movewell with the University of Southmere. Comments on this Code are welcome at any time.",
     italic=True)

doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
