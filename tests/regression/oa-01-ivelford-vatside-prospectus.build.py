"""oa-01-ivelford-vatside-prospectus: builds oa-01-ivelford-vatside-prospectus.docx next to this script.

PROVIDER (invented). Ivelford Mill Trust, a charity that has restored and runs a water-powered hand paper mill
on the River Ivel, with a studio and a small private press in the old rag loft (the Vatside Press). It has
teamed up with the three Ivel Valley Schools (Brook Lane School, a special school for pupils aged 4-19;
St Cuthman's CE Primary; Ivelford Community College) and the University of Sarum Vale, whose School of
Education validated the course and awards it as a 60-credit Level 7 Postgraduate Certificate.

DOCUMENT KIND AND LAYOUT. A private press's PROSPECTUS for a limited edition, sent whole as the application
(with one short "Note for the Panel" at the end). The course is "an edition of twenty-four copies": each
participant (a "Subscriber") makes a "Copy" (the bound portfolio) across six "Gatherings" (blocks of two
"Mill Days"), and five "Plates" are the assessed pieces; a "Proof" is read and written on but not marked;
"Compositors" are tutors, "Readers" school-based mentors, the "Master Printer" the programme leader, the
"Imprimatur" the Board of Examiners' decision. Routes are "states" of the edition: a "Collated copy"
(APL/APEL) and a "Copy in sheets" (assessment only). The Press's terms are defined in a shaded two-column
table near the start. No Word heading styles: titles are centred bold small-capital Normal paragraphs with
typed ornaments. A centred title page; a year calendar with merged "half term" rows; a table of attributes
("The Hand": quality / worked at / seen in); a "particulars" price table with merged and shaded cells; a
subscription form with its prompts and tick boxes left in; a colophon. Header and footer (footer has a PAGE
field). Footnotes (2). One Word comment on the CRB paragraph; another (anchored on the flexibility paragraph just above the deleted
online paragraph) explains the deletion.
A tracked deletion (a whole paragraph) and tracked insertions (a whole paragraph; a bullet in Plate 4).
A text box ("Specimen page") quoting a member of the 2007-08 pilot Circle.

OUTCOMES (criterion 6) are placed the way a prospectus would: developed in the prose of the Gatherings, and
assessed in each Plate's list "To pass, the subscriber shows that they:"; the attributes are in the table
"The Hand". Some are developed but never plated; some plated but never taught; two are absent.

TRAPS (requirement ids):
- 3.3: the only online element (a Blackboard "Reading Room" with tutor replies) is a whole deleted tracked
  paragraph, with a comment explaining why; an inserted paragraph says "No part of the edition is taught
  online" -> not_applicable. Telephone/letter contact is not e-learning.
- 5.3 (negation + header/footer + form prompt + comment): the body says the Press "does not ask to see
  subscribers' disclosures"; the footer's CRB claim is about the Mill's tutors and volunteers and is a footer;
  the subscription form has a CRB tick box (a form prompt); a comment asks whether to check -> not_met.
- 1.5 (hope/plan): hearing children's views is something the Press "should like, in a later edition, to add";
  "it is not part of the 2009-10 edition" -> not_met.
- 6.S7 (assessed, not taught): Plate 3 asks that the pupil was involved in planning and reviewing provision,
  but no gathering teaches it (and 1.5 is only a hope) -> partially_met.
- 6.S9 (negation / another provider's module): joint working with other services is taught in the
  University's separate module "Working Together for Children", "not part of The Coordinator's Year";
  Gathering IV only maps who the services are (that is 6.K9, which Plate 3 assesses) -> not_met.
- 6.S2d (absent; wrong-context words): nothing on special arrangements for national tests; the only
  "Access arrangements" are for the listed Mill building -> not_met.
- 6.S2c (assessed, not taught): formative assessment with colleagues appears only in an inserted bullet of
  Plate 4's pass list; no gathering develops it -> partially_met.
- 6.A3 (developed, formative only): the time-and-tasks diary is a Proof, "read but not marked" -> partially_met.
- 6.A7 (developed, not assessed): the reading log "is not examined" -> partially_met.
- 6.K4 (developed, not assessed): child development taught in Gathering II, in no Plate -> partially_met.
- 1.9, 6.0: the Imprimatur follows when "all five Plates have passed", but the Plates do not test A3, A7, K4,
  S9 (or S2d) -> partially_met both.
- 2.2: a self-rating "Paper Test" is read and talked through, but "The edition itself is the same for every
  subscriber": no individual plan or personalised outcomes -> partially_met; 2.4 likewise not tailored
  (cost and CPD are described) -> partially_met.
- 3.2: Thursday/Saturday repeats, but "There is one edition a year", gatherings "taken in order", all taught
  -> partially_met.
- 4.3 (hope): stakeholders help deliver (Readers, Reading panel, hosts, parents) but evaluation by them is
  only "would like ... and hope to find a way" -> partially_met. 4.1 and 4.2 met (survey, what changed).
- 5.5 (condition + past arrangement): specialist expertise is there; a placement "can sometimes be arranged
  ... if the school's timetable allows"; the week in Brook Lane's classrooms is only in the text box about
  the 2007-08 Circle -> partially_met.
- 5.6: a library and university access, but "The Mill does not keep computers or specialist software for
  subscribers' use" -> partially_met.
- 5.9 (plan): a Confidence Sheet measures confidence; pupils' achievement is not gathered ("The Press keeps
  no record of it"), only an intention to look later -> partially_met.
- Met despite looking like traps: E.1/E.2 (University award, 60 credits, Level 7 in the opening prose);
  2.3 (copies in sheets = assessment-only route, said plainly); 3.1 (disclosure asked and explained,
  adjustments, accessible prospectus, non-discrimination checked); 5.8 (second marking, moderation,
  external examiner, shared marking); 6.K3 (DDA duties taught in Gathering I and plated in Plate 1).
"""
from pathlib import Path
from docx.shared import Pt, Cm
from docx.enum.table import WD_TABLE_ALIGNMENT
from _oa_helpers import (base_document, para, runs, shade, cell_text, cell_add, add_field, text_box,
                         Footnotes, add_ins, add_del, inserted_paragraph, deleted_paragraph, para_border,
                         table_borders, CENTER, RIGHT, JUSTIFY, LEFT)

HERE = Path(__file__).parent
NAME = "oa-01-ivelford-vatside-prospectus"
AUTH1, AUTH2 = "Ruth Ashdown", "Tom Hanney"
D1, D2 = "2009-03-18T10:12:00Z", "2009-03-23T16:40:00Z"

doc = base_document("Georgia", 10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.6)
sec.top_margin = Cm(2.2)
fn = Footnotes(doc)

# header and footer --------------------------------------------------------------------------------------
hp = sec.header.paragraphs[0]
runs(hp, [("The Vatside Press at Ivelford Mill", {"smallcaps": True, "size": 8.5}),
          ("\tProspectus No. 31 \u00b7 Subscribers\u2019 edition", {"italic": True, "size": 8.5})])
fp = sec.footer.paragraphs[0]
fp.alignment = CENTER
runs(fp, [("Ivelford Mill Trust, Mill Lane, Ivelford \u00b7 Registered charity 1039127 \u00b7 "
           "The Mill\u2019s tutors and volunteers hold enhanced CRB disclosures. \u00b7 page ", {"size": 7.5})])
add_field(fp, " PAGE ", "1", size=7.5)


def title(text, before=14):
    """A prospectus section title: centred bold small capitals with typed ornaments (no heading style)."""
    p = para(doc, f"\u2767  {text}  \u2619", bold=True, smallcaps=True, size=12, align=CENTER,
             space_before=before, space_after=6)
    return p


def body(text, **kw):
    p = para(doc, text, **kw)
    p.alignment = JUSTIFY
    return p


def lead(label, text):
    p = doc.add_paragraph()
    p.alignment = JUSTIFY
    runs(p, [(label + " ", {"bold": True, "smallcaps": True}), (text, {})])
    return p


def bullets(items):
    for it in items:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(it)
        p.paragraph_format.space_after = Pt(2)


# title page -------------------------------------------------------------------------------------------
para(doc, "", space_after=30)
para(doc, "THE VATSIDE PRESS", bold=True, size=20, align=CENTER, space_after=0)
para(doc, "at Ivelford Mill", italic=True, size=13, align=CENTER, space_after=18)
para(doc, "announces a new edition", italic=True, size=11, align=CENTER, space_after=10)
para(doc, "THE COORDINATOR\u2019S YEAR", bold=True, size=24, align=CENTER, space_after=10)
para(doc, "being the National Award for Special Educational Needs Coordination,", italic=True, size=11.5,
     align=CENTER, space_after=0)
para(doc, "made at the Mill with the Ivel Valley Schools", italic=True, size=11.5, align=CENTER, space_after=0)
para(doc, "and awarded by the University of Sarum Vale", italic=True, size=11.5, align=CENTER, space_after=16)
p = para(doc, "An edition of twenty-four copies \u00b7 September 2009 to July 2010", smallcaps=True, size=11,
         align=CENTER, space_after=16)
para_border(p, ("top", "bottom"), sz=8, space=6)
para(doc, "PROSPECTUS", bold=True, size=14, align=CENTER, space_after=30)
p = para(doc, "This is the prospectus we send to headteachers and teachers. The Panel has it as it stands, with a "
              "short Note for the Panel at the end.", italic=True, size=9.5, align=CENTER)
doc.add_page_break()

# the mill and the press ---------------------------------------------------------------------------------
title("The Mill and the Press", before=0)
body("Paper has been made by hand at Ivelford since 1794. The Mill stopped working in 1961 and was restored by "
     "the Ivelford Mill Trust, a charity, in 1994, and the vat, the press and the wheel are at work again. The Vatside Press, in "
     "the old rag loft, prints small editions on the Mill\u2019s own paper. "
     "For the last six years Brook Lane School, a special school "
     "for pupils aged 4 to 19 with severe and complex learning difficulties, has sent every class to make paper "
     "with us twice a year.")
body("In 2007\u201308 the three Ivel Valley schools (Brook Lane School, St Cuthman\u2019s Church of England Primary "
     "School and Ivelford Community College) and the Mill ran a small Coordinators\u2019 Circle for eleven new "
     "SENCOs in the valley. This edition grows out of it. It is the first the Press has made "
     "with the University of Sarum Vale, whose School of Education validated it at an event held at the Mill on "
     "11 February 2009.")
p = body("The University awards the Postgraduate Certificate in Special Educational Needs Coordination, 60 credits "
         "at Level 7 (Master\u2019s level), to each subscriber who completes the edition. It is the University\u2019s "
         "award and appears on the University\u2019s transcript.")
fn.add(p, "Subscribers are registered as students of the University of Sarum Vale for the year of the edition; "
          "the certificate may later count towards the University\u2019s MA in Inclusive Education.")

# the press's terms ----------------------------------------------------------------------------------------
title("The Press\u2019s Terms")
body("A press has its own words, and we have kept them. In this prospectus they mean:")
terms = [
    ("Subscriber", "a teacher who takes a place in the edition. Subscribers are nominated by their headteacher, "
                   "whose school pays the subscription."),
    ("Copy", "each subscriber\u2019s own book of work, made over the year and bound at the Mill when it is complete."),
    ("Gathering", "a block of the course: two Mill Days and the work in school that follows them. There are six "
                  "gatherings."),
    ("Plate", "a piece of assessed work. There are five Plates; each is marked, and each must pass."),
    ("Proof", "a draft, or a smaller piece of work, that the Compositor reads and writes on but does not mark."),
    ("Compositor", "a tutor. Each subscriber has one Compositor for the year."),
    ("Reader", "an experienced SENCO in one of the Ivel Valley schools, who meets the subscriber in school twice "
               "each term."),
    ("Master Printer", "the leader of the edition."),
    ("Imprimatur", "the decision of the University\u2019s Board of Examiners that a copy may be bound: that is, "
                   "that the subscriber has passed."),
]
t = doc.add_table(rows=0, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
table_borders(t, sz=4, color="A6A6A6")
for term, meaning in terms:
    r = t.add_row()
    cell_text(r.cells[0], term, bold=True, smallcaps=True)
    shade(r.cells[0], "EDE6D6")
    cell_text(r.cells[1], meaning)
    r.cells[0].width = Cm(3.6)
    r.cells[1].width = Cm(12.2)

# the text ---------------------------------------------------------------------------------------------------
title("The Text: What the Edition Is For")
body("The edition has one purpose: that children and young people with special educational needs and "
     "disabilities in the subscribers\u2019 schools achieve more, and are healthier, safer and happier for it. We "
     "take achievement in the sense of Every Child Matters, across all five outcomes: being healthy, staying safe, "
     "enjoying and achieving, making a positive contribution and achieving economic well-being. That purpose is "
     "written into each gathering and into the marking of each Plate.")
body("Every Plate asks the subscriber to show what changed for a named child or group of children, in their "
     "learning and in their well-being, and a Plate that shows no change for children does not pass.")
body("The edition is rooted in the valley\u2019s classrooms. Each gathering ends with work the subscriber does in "
     "their own school, and four of the five Plates are made there, from the subscriber\u2019s own pupils, colleagues "
     "and records. Because the Plates are made in school, a "
     "subscriber who completes the edition will already have made real changes there by the time the copy is bound: "
     "a revised policy, a working provision map, a colleague coached, a child\u2019s provision changed.")
p = body("The readings for each gathering are set from recent research and inspection evidence and are revised "
         "each year. For 2009\u201310 they include the Bercow Review of services for children and young people with "
         "speech, language and communication needs (2008); Ofsted\u2019s Inclusion: does it matter where pupils are "
         "taught? (2006); the Inclusion Development Programme materials on dyslexia and on speech, language and "
         "communication needs (2008); the Lamb Inquiry\u2019s letters on parental confidence (2009); and the new "
         "regulations on the SENCO\u2019s role.")
fn.add(p, "The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008, as amended with effect "
          "from 1 September 2009.")
body("Each Mill Day begins with the research: what the best recent studies and the best practice in the valley\u2019s "
     "schools say about the day\u2019s subject.")

# the year at the mill ---------------------------------------------------------------------------------------
title("The Year at the Mill")
cal = [
    ("I", "The Sheet and the Law", "17 Sept and 1 Oct 2009", "19 Sept and 3 Oct 2009"),
    ("half", "October half term: no Mill Days.", "", ""),
    ("II", "Fibres", "5 and 19 Nov 2009", "7 and 21 Nov 2009"),
    ("III", "Forming", "14 and 28 Jan 2010", "16 and 30 Jan 2010"),
    ("half", "February half term: no Mill Days.", "", ""),
    ("IV", "Couching", "4 and 18 Mar 2010", "6 and 20 Mar 2010"),
    ("V", "Pressing and Drying", "29 Apr and 13 May 2010", "1 and 15 May 2010"),
    ("VI", "Binding", "17 June and 8 July 2010", "19 June and 10 July 2010"),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for i, h in enumerate(("Gathering", "", "Thursdays", "Saturdays")):
    cell_text(t.rows[0].cells[i], h, bold=True, size=9.5)
    shade(t.rows[0].cells[i], "D9CDB4")
t.rows[0].cells[0].merge(t.rows[0].cells[1])
cell_text(t.rows[0].cells[0], "Gathering", bold=True, size=9.5)
for num, name, thu, sat in cal:
    r = t.add_row()
    if num == "half":
        m = r.cells[0].merge(r.cells[3])
        cell_text(m, name, italic=True, size=9)
        shade(m, "F2F2F2")
    else:
        cell_text(r.cells[0], num, bold=True, size=9.5)
        cell_text(r.cells[1], name, smallcaps=True, size=9.5)
        cell_text(r.cells[2], thu, size=9.5)
        cell_text(r.cells[3], sat, size=9.5)
doc.add_paragraph()
flex = body("Each Mill Day is given twice, on the Thursday and again on the Saturday after it, by the same Compositors, so "
     "that a subscriber whose school cannot release them on a Thursday may come on the Saturday; subscribers may move "
     "between the two from one Mill Day to the next. There is one edition a year, begun in September. The gatherings "
     "are taken in order, because each depends on the one before, and the whole edition is taught at the Mill and in "
     "the partner schools.")
p = deleted_paragraph(doc, "Between Mill Days subscribers will meet in the Reading Room, a discussion space on the "
                           "University\u2019s Blackboard site, where their Compositor will answer questions within two "
                           "working days and subscribers can share drafts of their Proofs with one another.", AUTH1, D1)
p.alignment = JUSTIFY
ins = inserted_paragraph(doc, "No part of the edition is taught online. Between Mill Days subscribers may telephone or "
                              "write to their Compositor, and they see their Reader in school.", AUTH1, D1)
ins.alignment = JUSTIFY

# the gatherings ----------------------------------------------------------------------------------------------
title("The Gatherings")
lead("Gathering I \u00b7 The Sheet and the Law.",
     "A sheet of paper is only as good as the mould it is formed on, and the law and its guidance are the SENCO\u2019s "
     "mould. In the first gathering subscribers study the Special Educational Needs Code of Practice (2001) and the "
     "law behind it: the Education Act 1996, the Special Educational Needs and Disability Act 2001 and the regulations "
     "on the SENCO. They learn what each requires of the school, the governing body, the headteacher and the SENCO, "
     "down to the working of School Action, School Action Plus, statutory assessment and the annual review, and how "
     "to put it into practice in their own school.")
body("They study the Disability Discrimination Act 1995 as amended in 2005: the duties not to treat disabled pupils "
     "less favourably and to make reasonable adjustments, the planning duties and the accessibility plan, and the "
     "Disability Equality Duty and the school\u2019s Disability Equality Scheme, with what each requires a school to "
     "do. And they study Every Child Matters: its five outcomes, the Children Act 2004, and where the SENCO stands in "
     "the work of the Children\u2019s Trust, the Common Assessment Framework and the lead professional. In school, each "
     "subscriber reads their school\u2019s SEN policy, accessibility plan and Disability Equality Scheme against what "
     "they have learned; this reading becomes Plate 1.")
lead("Gathering II \u00b7 Fibres.",
     "Different fibres make different papers; so it is with children. The second gathering is about how children "
     "develop, physically, in language and thinking, socially and emotionally, and how that development is helped or "
     "held back by special educational needs and disabilities and by the world around the child: the classroom, the "
     "playground, the family and the neighbourhood.")
body("Subscribers then study the needs they will meet most often: behavioural, emotional and social difficulties; "
     "specific learning difficulties, dyslexia above all; speech, language and communication needs; autistic spectrum "
     "disorders; and moderate learning difficulties, and how each can affect a child\u2019s learning. The afternoon of "
     "the second Mill Day is spent at Brook Lane School with its speech and language therapist and the County\u2019s "
     "autism outreach teacher.")
lead("Gathering III \u00b7 Forming.",
     "The third gathering is the heart of the SENCO\u2019s craft: finding the children who may have special "
     "educational needs or disabilities, and planning for them. Subscribers learn to identify pupils from classroom "
     "observation, from the school\u2019s data and assessments and from what teachers, parents and the pupils\u2019 "
     "own work show; to set targets that stretch; to plan interventions aimed at the barriers a child meets; and to "
     "review progress and change course.")
body("They learn to read and use the reports of educational psychologists, speech and language therapists, "
     "occupational therapists and advisory teachers, and to turn them into teaching approaches a class teacher can "
     "use. They learn to use summative assessment (end of Key Stage tests, P scales, reading and spelling ages and the "
     "school\u2019s tracking data in RAISEonline) to follow pupils\u2019 progress, and to stop, change or extend a "
     "programme when the figures show it is not working.")
body("They weigh the approaches, strategies and resources for assessment, planning and teaching, including ICT: the "
     "second Mill Day ends in Brook Lane School\u2019s communication aids room, with text-to-speech and symbol software "
     "and switch-accessed devices, and subscribers judge what each approach can and cannot do to remove a barrier or "
     "to personalise provision. Finally they learn provision mapping: how to map what a school provides, what it "
     "costs and what difference it makes, and how a map shows up provision that is missing or not working.")
lead("Gathering IV \u00b7 Couching.",
     "Couching is the moment the wet sheet leaves the mould and is laid on the felt: the work passes from one pair of "
     "hands to another. The fourth gathering is about the people a SENCO works with and through.")
body("On its first Mill Day subscribers learn to advise and support colleagues: how to observe a lesson and give "
     "useful feedback, how to model and coach, how to plan and lead training for teachers and teaching assistants, and "
     "how to deploy and manage teaching assistants and other support staff so that their time goes where children "
     "need it. They learn to collaborate beyond their own school, with the SENCOs of the other valley schools, and to "
     "know the outside services: each subscriber builds a map of the services in the Ivel valley (educational "
     "psychology, speech and language therapy, the sensory and autism outreach teams, CAMHS, social care and the "
     "voluntary groups) with what each does and how a school asks for its help.")
body("On the second, subscribers learn to advise, support and work in partnership with parents and carers. The "
     "Parent Partnership officer and two Brook Lane parents lead the morning: how parents want to be told, asked and "
     "listened to, how to run a difficult meeting, and how a SENCO builds a relationship with a child and family that "
     "is fair, respectful and lasting.")
body("Listening to children is something the Press cares about a great deal. We should like, in a later edition, to "
     "add a Mill Day on hearing children\u2019s views, with some of the Brook Lane pupils who make paper here; it is not "
     "part of the 2009\u201310 edition.")
lead("Gathering V \u00b7 Pressing and Drying.",
     "In the press the water is squeezed out and the sheet takes its strength. The fifth gathering is about leading. "
     "Subscribers learn how a SENCO, working with the headteacher, the senior team and the governors, can influence "
     "the strategic direction of the school (its inclusive ethos, policies, priorities "
     "and use of resources) so that every pupil can reach the curriculum, make good progress and take "
     "part in the whole life of the school, and how to win the commitment of the headteacher and senior leaders to "
     "better outcomes for children with SEN.")
body("They study school self-evaluation (the Ofsted self-evaluation form and the school improvement plan) and how "
     "the outcomes of pupils with SEN and disabilities should feature in both, and they learn to review provision with "
     "colleagues so that the review feeds the school\u2019s self-evaluation and improvement planning. The second Mill "
     "Day turns to the SENCO\u2019s own working life: how to prioritise, manage time and delegate, and make sure that "
     "what is delegated is done. Subscribers keep a time-and-tasks diary for three weeks as a Proof; their Compositor "
     "reads it and writes on it.")
lead("Gathering VI \u00b7 Binding.",
     "The last gathering brings the copy together. Its first Mill Day is given to speaking and writing for different "
     "audiences and to listening well to views one does not "
     "share. On the second, subscribers rehearse the Reading before their Reader and two other subscribers, and have "
     "the Colophon Conversation.")
body("Throughout the year each subscriber keeps a reading log of what they have read and what they have changed "
     "because of it, so that the habit of keeping up to date outlasts the edition. The log is the subscriber\u2019s own "
     "and is not examined.")

# specimen page text box ---------------------------------------------------------------------------------
p = doc.add_paragraph()
text_box(p, [("SPECIMEN PAGE", {"bold": True, "size": 9}),
             ("From a copy made in the Coordinators\u2019 Circle, 2007\u201308", {"italic": True, "size": 9}),
             ("\u201cOur Circle met Brook Lane\u2019s speech therapist for a whole morning every half term, and each of "
              "us spent a week in Brook Lane\u2019s classrooms in the summer term.\u201d", {"size": 9.5}),
             ("A member of the Circle, St Cuthman\u2019s Primary School", {"italic": True, "size": 8.5})],
         width_pt=400, height_pt=110)

# the plates ----------------------------------------------------------------------------------------------------
title("The Plates")
body("Five Plates make the copy. Each is marked against what it names below, and each must pass; a Plate that does "
     "not pass may be re-worked once, with a tutorial.")
plates = [
    ("Plate 1 \u00b7 The Watermark.",
     "A critical review, of about 3,000 words, of the subscriber\u2019s school\u2019s SEN policy, accessibility plan "
     "and Disability Equality Scheme against the law and the Code of Practice, with proposals. "
     "To pass, the subscriber shows that they:",
     ["know the law and guidance on SEN, the Code of Practice above all, what it means for their school, its staff "
      "and themselves, and how to put it into practice;",
      "understand Every Child Matters and the part a SENCO can play in helping children reach its five outcomes;",
      "know the law on disability equality and the actions it requires of their school, and can say how those "
      "actions would best be carried out;",
      "write clearly, for governors and colleagues as well as for the examiners."]),
    ("Plate 2 \u00b7 The Furnish.",
     "A case study of about 4,000 words of one pupil whose needs the subscriber identifies or looks at afresh. "
     "To pass, the subscriber shows that they:",
     ["can identify a pupil who may have SEN or a disability from observation, data and assessment, set challenging "
      "targets, plan an intervention aimed at the barriers and review the pupil\u2019s progress;",
      "have used the assessments of other professionals to shape how the pupil is taught;",
      "have used summative assessment, including national test results where the pupil has them, to track progress, "
      "and changed the programme when it was not working;",
      "understand the pupil\u2019s type of need and how it affects their learning;",
      "can weigh approaches and resources, including ICT, and choose well among them for this pupil;",
      "have drawn on research evidence, best practice and outside advice in deciding what to do;",
      "anticipated difficulties and made sound, well-founded judgements about the pupil\u2019s provision."]),
    ("Plate 3 \u00b7 The Couch.",
     "A record of a term\u2019s work with one pupil and their family, with the subscriber\u2019s commentary. "
     "To pass, the subscriber shows that they:",
     ["have built a fair, respectful and constructive working relationship with the pupil and with the pupil\u2019s "
      "parents or carers;",
      "have liaised with the parents or carers in ways that helped the child learn and develop;",
      "involved the pupil in planning, agreeing and reviewing their own provision, and helped colleagues to do the same;",
      "know which outside agencies could support this pupil, what each can offer and how the school obtains its help."]),
    ("Plate 4 \u00b7 The Impression.",
     "A term-long piece of development the subscriber leads in their own school, agreed beforehand with the "
     "headteacher, with a provision map and a report to governors. To pass, the subscriber shows that they:",
     ["have drawn up or revised the school\u2019s provision map and used it to find provision that is missing or not "
      "working;",
      "have deployed and managed teaching assistants or other staff to better effect;",
      "have supported a colleague\u2019s development, through observation and feedback, modelling, coaching or training;",
      "reviewed the provision with colleagues and fed their findings into the school\u2019s self-evaluation, and can "
      "explain the principles of school self-evaluation and improvement as they bear on pupils with SEN;",
      "worked with the headteacher, senior leaders and governors to shape policy, priorities or the use of resources, "
      "and gained their commitment (the headteacher\u2019s letter is bound into the Plate);"]),
    ("Plate 5 \u00b7 The Reading.",
     "A spoken presentation of the copy, of twenty minutes, to a panel of the Master Printer, a Reader and an Ivel "
     "Valley headteacher, with twenty minutes of questions. To pass, the subscriber shows that they:",
     ["can present their year\u2019s work clearly, and listen to and answer the panel\u2019s questions;",
      "can set out what the best practice and research they have met has taught them, and what they will do next."]),
]
for head, intro, items in plates:
    lead(head, intro)
    bullets(items)
    if head.startswith("Plate 4"):
        p = doc.add_paragraph(style="List Bullet")
        p.paragraph_format.space_after = Pt(2)
        add_ins(p, "encouraged colleagues to develop formative assessment in their lessons, with particular thought "
                   "for pupils with SEN and disabilities.", AUTH1, D2)

lead("How the Plates are marked.",
     "Each Plate is marked by the subscriber\u2019s Compositor and second-marked by another Compositor who has not "
     "taught that subscriber. All Plates that fail, all that are marked at distinction and one in four of the others "
     "go to the University\u2019s moderator, a lecturer in the School of Education, and the University\u2019s external "
     "examiner for the award sees a sample of each Plate and attends the Board of Examiners. The Compositors meet each "
     "term to mark a shared Plate together before they mark their own, so that the same work receives the same mark.")
lead("The Imprimatur.",
     "A copy is bound, and the University\u2019s award is made, when the Board of Examiners is satisfied that all five "
     "Plates have passed.")

# the hand --------------------------------------------------------------------------------------------------
title("The Hand")
body("Beside the law and the craft, a SENCO needs a good hand: the qualities that show in how they work with "
     "people. The table shows where in the edition each is worked at and where it is seen.")
hand = [
    ("Fair, respectful, supportive relationships with pupils with SEN or disabilities and with their parents or carers",
     "Gathering IV", "Plate 3"),
    ("Winning the commitment of colleagues, the headteacher and senior leaders", "Gathering V", "Plate 4"),
    ("Prioritising, managing time, delegating, and seeing delegated tasks done", "Gathering V",
     "Proof only: the time-and-tasks diary, read but not marked"),
    ("Anticipating and solving problems; sound judgement about provision", "Gathering III", "Plate 2"),
    ("Clear speech and writing; listening to and understanding others", "Gatherings I and VI", "Plates 1 and 5"),
    ("Drawing on research and outside advice to improve one\u2019s own and colleagues\u2019 practice",
     "Every gathering", "Plate 2"),
    ("Keeping up to date; taking charge of one\u2019s own professional development", "The reading log, kept all year",
     "Not examined: the log is the subscriber\u2019s own"),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for i, h in enumerate(("The quality", "Worked at", "Seen in")):
    cell_text(t.rows[0].cells[i], h, bold=True, smallcaps=True, size=9.5)
    shade(t.rows[0].cells[i], "D9CDB4")
for q, w, s in hand:
    r = t.add_row()
    cell_text(r.cells[0], q, size=9.5)
    cell_text(r.cells[1], w, size=9.5)
    cell_text(r.cells[2], s, size=9.5)
doc.add_paragraph()

# who may subscribe --------------------------------------------------------------------------------------------
title("Who May Subscribe")
body("The edition is for qualified teachers who are SENCOs, or who have been named by their headteacher to become the "
     "school\u2019s SENCO, in mainstream and special schools. A subscription is made by the school: the headteacher "
     "signs the subscription form, agreeing to release the subscriber for Mill Days (or to accept Saturday "
     "attendance) and to receive the Reader "
     "in school.")
body("Every applicant comes to the Mill for a conversation with the Master Printer, who looks "
     "at their experience and at what they already know against what the edition asks, to make sure they can reach "
     "everything the Plates require by July. An applicant who is not yet ready is told plainly what to do first and the "
     "Master Printer writes to their headteacher to say so and to suggest the next edition.")
p = body("Subscribers are serving teachers, and their schools have made the checks that the law requires before "
         "employing them. The Press does not ask to see subscribers\u2019 disclosures.")
doc.add_comment(p.runs, text="Should we be asking to see them? Could ask the University what it does for its own PGCE "
                             "students.", author=AUTH2, initials="TH")
body("Before the first gathering each subscriber completes the Paper Test, rating themselves on a scale of four against "
     "each thing the Plates and The Hand ask for. The Master Printer reads each Paper Test and talks it through with "
     "the subscriber at the first Mill Day, and the Compositor keeps it. The edition itself is the same for every "
     "subscriber: each takes the six gatherings in order and makes the same five Plates.")

# states of the edition --------------------------------------------------------------------------------------
title("Collated Copies and Copies in Sheets")
lead("Collated copies.",
     "A subscriber who already holds credit at Level 7 for the study of special educational needs, gained in the last "
     "five years, may ask for it to be collated into their copy under the University\u2019s regulations for the "
     "accreditation of prior learning, up to 20 credits. A "
     "subscriber whose experience, rather than study, already covers the ground of Plate 1 or Plate 4 may make a claim "
     "for prior experiential learning, with a portfolio of evidence that the Master Printer reads and the "
     "University\u2019s accreditation panel decides on.")
lead("Copies in sheets.",
     "Now and then an applicant (an experienced teacher from the County\u2019s learning support service, say, or a SENCO "
     "who has done the work for many years in another authority) already does all that the edition asks. Such an "
     "applicant may take a copy in sheets: they do not attend the gatherings, but after the entry conversation they "
     "make and submit all five Plates, which are marked, second-marked and moderated exactly as the others and go to "
     "the same Board.")

# access --------------------------------------------------------------------------------------------------------
title("Access to the Mill")
lead("Access arrangements.",
     "The Mill is a listed building, but the vat room, the studio, the library and the lavatories are on the ground "
     "floor with level access from the yard, and there is a hearing loop in the library where Mill Days are taught.")
body("We ask on the subscription form, and again in private at the entry conversation, whether the applicant has a "
     "disability or other need we should know of, and we say why we ask: so that we can make adjustments in good "
     "time. Adjustments we have made include readings in large print and electronic form, a reader and a scribe, "
     "extra time for Plates, rest breaks and a Reading held at the subscriber\u2019s own school. This prospectus is available in large print, as plain text by email and read aloud on CD.")
body("In choosing subscribers, in teaching and in marking we make no difference on grounds of disability, race, sex "
     "or belief beyond the adjustments a subscriber needs, and the Master Printer checks the year\u2019s entry "
     "conversations and results for any sign that we do.")

# colophon conversation ---------------------------------------------------------------------------------------
title("The Colophon Conversation")
body("At the end of the sixth gathering each subscriber sits down with their Reader and, where they can come, their "
     "headteacher or line manager, for the Colophon Conversation: looking back over the copy and forward to the next "
     "two years. The subscriber leaves with the Next Edition sheet, a planning sheet of professional targets for the "
     "year after, which they take to their performance management review. A copy of the sheet comes to the Mill, and "
     "we write to every subscriber a year on to ask how the targets are going.")

# makers of the edition ------------------------------------------------------------------------------------------
title("Those Who Make the Edition")
staff = [
    ("Mrs Ruth Ashdown, Master Printer.", "SENCO at Ivelford Community College from 1995 to 2007 and since then the "
     "County\u2019s lead teacher for SEN in the Ivel cluster; MA in Special and Inclusive Education. She led the "
     "Coordinators\u2019 Circle."),
    ("Dr Peter Laurie, Compositor.", "Senior educational psychologist with the County until 2006, now in independent "
     "practice in the valley\u2019s schools."),
    ("Mrs Janet Obi, Compositor.", "Deputy headteacher and SENCO, Brook Lane School; MEd (Special Educational Needs); "
     "Advanced Skills Teacher for communication."),
    ("Mr Daniel Fry, Compositor.", "SENCO, St Cuthman\u2019s Primary School; Approved Teacher Status of the British "
     "Dyslexia Association."),
    ("Dr Helen Marsh, University link tutor.", "Senior lecturer in inclusive education at the University of Sarum "
     "Vale and the University\u2019s moderator for the edition."),
]
for a, b in staff:
    lead(a, b)
body("Every Compositor keeps up their own practice: each works in schools or services every week, and each attends "
     "the University\u2019s research seminars in inclusion twice a term.")
body("Readers are experienced SENCOs from the Ivel Valley schools, chosen by the Master Printer. Each September the "
     "Readers and Compositors spend an evening at the Mill on their parts: what a Reader does and does not do (a Reader "
     "supports and advises but does not mark), what a Compositor reads for and how to write on a Proof. Each has the Readers\u2019 Notes, a sixteen-page booklet that sets out the roles and the Plates. New "
     "Compositors attend the University\u2019s training for assessors before they mark, and mark their first Plates "
     "alongside Dr Marsh.")
body("Mill Days bring in the Brook Lane speech and language therapist, the County\u2019s autism outreach teacher, the "
     "Parent Partnership officer and Brook Lane parents. A fuller placement at Brook Lane, of a day or more, can "
     "sometimes be arranged for a subscriber who asks, if the school\u2019s timetable allows.")
body("The Mill\u2019s library holds some four hundred books and journals on special educational needs and disability, "
     "chosen by the Compositors and added to each year, and subscribers are registered with the University with full "
     "use of its library in person and by post. The Mill does not keep computers or specialist software for "
     "subscribers\u2019 use; subscribers bring their own laptops to Mill Days if they wish.")

# what the valley asked for ----------------------------------------------------------------------------------------
title("What the Valley Asked For")
body("Before we began, in the spring of 2008, we asked the headteachers and SENCOs of the 31 schools in the Ivel "
     "cluster what a new SENCO most needs, by questionnaire and at two cluster meetings; 24 schools replied. We also "
     "met the County\u2019s SEN team and the Ivel Valley Parents\u2019 Forum.")
body("The heads put managing teaching assistants and provision mapping first; the SENCOs put time and paperwork "
     "first; the parents asked, above everything, to be told early and listened to properly. The edition answers these. Provision mapping and the deployment of "
     "teaching assistants now sit in Gatherings III and IV and in Plate 4; working with parents has a whole Mill Day "
     "in Gathering IV, led with parents. The heads\u2019 request that "
     "SENCOs should not be out of school on too many Thursdays is why every Mill Day is given again on the Saturday.")
body("The Ivel Valley schools take part throughout: their SENCOs are Readers, their headteachers sit on the panel for "
     "the Reading, Brook Lane School hosts afternoons of Gatherings II and III, and parents from the Parents\u2019 Forum "
     "lead part of Gathering IV. We would like the schools and the Forum to help us judge the edition once it is under "
     "way, and hope to find a way of doing so.")

# keeping the edition good ------------------------------------------------------------------------------------------
title("How We Keep the Edition Good")
body("After every Mill Day subscribers fill in a short slip: what was useful, what was not, what they will do. The "
     "Compositors read the slips together at the end of each gathering and change the next gathering\u2019s readings "
     "and tasks where the slips show a need. Each July the Master Printer writes an edition report from the slips, the "
     "marks, the moderator\u2019s and external examiner\u2019s reports and the Compositors\u2019 own review; the report "
     "goes into the University\u2019s annual monitoring and to the Mill Trust\u2019s education committee, and its action "
     "plan is carried out before the next edition begins. The University\u2019s external examiner reports each year on "
     "the standards of the award and the conduct of the Board.")
body("We also ask subscribers, on the first Mill Day and again at the Reading, how confident they feel in each part of "
     "the SENCO\u2019s work, on a simple Confidence Sheet, and we report the change in the edition report. We do not at "
     "present gather what subscribers\u2019 pupils have achieved: the Plates record it for each subscriber, but the "
     "Press keeps no record of it. We intend to look at the difference the edition makes in schools once the first "
     "copies have been bound for a year.")

# particulars ---------------------------------------------------------------------------------------------------------
title("Particulars of the Edition")
t = doc.add_table(rows=6, cols=3)
t.style = "Table Grid"
hdr = t.rows[0].cells[0].merge(t.rows[0].cells[2])
cell_text(hdr, "States of the edition, 2009\u201310", bold=True, smallcaps=True, align=CENTER)
shade(hdr, "D9CDB4")
rows = [("State", "What it includes", "Subscription"),
        ("Subscriber\u2019s copy", "All six gatherings, five Plates, a Reader in school, binding", "\u00a31,450"),
        ("Collated copy", "As above, less the Plate or Plates collated", "\u00a31,450 less \u00a3240 a Plate"),
        ("Copy in sheets", "Entry conversation, five Plates marked and moderated, binding", "\u00a3650")]
for i, row in enumerate(rows, start=1):
    for j, v in enumerate(row):
        cell_text(t.rows[i].cells[j], v, bold=(i == 1), size=9.5)
        if i == 1:
            shade(t.rows[i].cells[j], "EDE6D6")
last = t.rows[5].cells[0].merge(t.rows[5].cells[2])
cell_text(last, "Every state includes the University\u2019s registration and award fee, the Mill\u2019s paper for the "
                "copy and lunch on Mill Days. Subscriptions are paid by the school in two halves, in September and "
                "January.", italic=True, size=9)
doc.add_paragraph()

# subscription form --------------------------------------------------------------------------------------------------
doc.add_page_break()
title("Subscription Form", before=0)
para(doc, "To be returned to the Mill Office, Ivelford Mill, Mill Lane, Ivelford, by 30 June 2009.", italic=True,
     align=CENTER, size=9.5)
form = [("Name of subscriber", "[                                        ]"),
        ("School and address", ""),
        ("Headteacher", ""),
        ("State of copy (please tick)", "\u2610 Subscriber\u2019s copy   \u2610 Collated copy   \u2610 Copy in sheets"),
        ("Do you have a disability or other need we should know of? (You may tell us in confidence.)", ""),
        ("Enhanced CRB disclosure", "\u2610 I hold a current enhanced disclosure. Date of issue: ____________"),
        ("Headteacher\u2019s signature, agreeing to release the subscriber and to receive the Reader", "")]
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for a, b in form:
    r = t.add_row()
    cell_text(r.cells[0], a, size=9.5)
    shade(r.cells[0], "F2EFE6")
    cell_text(r.cells[1], b, size=9.5)
doc.add_paragraph()

# note for the panel --------------------------------------------------------------------------------------------------
title("A Note for the Panel")
body("The Panel will notice one thing we do not make. Working jointly with professionals from health, social care and "
     "the voluntary sector is taught in the University\u2019s module Working Together for Children (20 credits), which "
     "some subscribers take after the edition; it is not part of The Coordinator\u2019s Year.", italic=True)
para(doc, "Ruth Ashdown, Master Printer \u00b7 Tom Hanney, Mill Director \u00b7 March 2009", italic=True, align=RIGHT,
     size=9.5)

# colophon --------------------------------------------------------------------------------------------------------
title("Colophon", before=24)
para(doc, "This prospectus was set in Caslon Old Face and printed at the Vatside Press on Ivelford laid paper of "
          "100 gsm, made at the vat in the spring of 2009, in four hundred copies. The Mill\u2019s watermark, a heron "
          "on a weir, is in every sheet.", italic=True, size=9.5, align=CENTER)

# comment on the deleted online paragraph (anchored on the flexibility paragraph just above it) -------------------
doc.add_comment(flex.runs,
                text="Took out the Reading Room: the University cannot give Blackboard accounts to our subscribers "
                     "until 2010. RA", author=AUTH1, initials="RA")

fn.write()
doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
