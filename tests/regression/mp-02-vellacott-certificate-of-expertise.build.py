"""mp-02-vellacott-certificate-of-expertise: builds mp-02-vellacott-certificate-of-expertise.docx next to itself.

Provider (invented): the Vellacott School of Stringed Instrument Restoration, Norbridge (a luthiers' school with an
Expertise & Certification department and an Education Workshop), with Hartsbury University (validates the course
and awards the Postgraduate Certificate) and Norbridge City Council's Learning Support Service. January 2009, first
start September 2009.

Document kind and layout: the course set out as the School's Certificate of Expertise and Expert's Dossier, the
document the School writes for an instrument brought in for an opinion on what it is, what is original in it,
where it has been and what condition it is in. No heading styles: a letterhead typed with manual line breaks, a
short covering letter, the certificate itself in a bordered VML text box, then sections titled by bold small-caps
Normal paragraphs with Roman numerals (I. THE OBJECT ... XI. PLATES). A particulars table; a glossary of bold run-in
terms (section II) that keys the condition values used far below in the Schedule of Parts; the course described
part by part of an instrument (the scroll = aims, the belly = the ten Sittings, the back = work in school, the ribs
= people, the varnish = the marked "Opinions", the fittings = resources); a "Principal measurements" table; the
Schedule of Parts (section V): the national outcomes as 29 numbered parts of a violin (Scroll, Pegbox, ...
Soundpost, Bow) in the provider's own words, with "Made at" (Sitting), "Examined in" (Opinion A, Opinion B, the
Hearing) and "Condition" columns, shaded merged group rows and vertically merged cells; "Provenance" (how a
participant comes to the School); "Condition and old repairs" (what changed from the earlier course); "Comparative
examples" (stakeholders); photograph captions with placeholders; signatures. Header and footer. Two footnotes,
two Word comments, one deleted and one inserted tracked paragraph.
House vocabulary: Sittings 1-10; Back work; Workshop Companion (mentor); Bench Assessment (pre-course needs
assessment); Work Order (individual plan); Opinions A and B and the Hearing (the marked assessments); Examiners
(tutors who mark); Direct Examination (assessment-only route); Review Panel.
Condition values keyed in section II: "Original" = made at a Sitting and examined in the Opinion named (met);
"Original, unvarnished" = made at a Sitting, examined nowhere (taught, not assessed); "Trial fitting" = a tutor's
unmarked note (formative only); "Replacement" = examined but made at no Sitting (assessed, not taught);
"Missing" = not in the Award.

Traps (requirement ids):
- The certificate's blanket claim, "every one of the national outcomes is original to it" (6.0, all 6.*), in a
  text box; not an arrangement, and contradicted by the Schedule.
- The award rule is stated ("confirmed that every national outcome has been shown"), but several parts are examined
  nowhere, so it cannot work as written (6.0 partial; 1.9 partial).
- 40 credits at Master's level, not the normal 60 (E.2 partial).
- Research only in general terms ("kept up to date with current research and thinking"), nothing named (1.3
  partial).
- Impact on practice only on a condition ("Where the headteacher agrees") and explicitly not required (1.8
  partial).
- Credit for certificated study only; "The School does not give credit for experience alone" (2.1 partial).
- Further targets: only the University's MA leaflet and an admissions meeting at the Hearing (2.5 partial).
- Equality: a value statement and large-print handouts; Sittings in the "first-floor Long Room" (3.1 partial).
- A deleted tracked paragraph offering a Summer Sitting route (3.2 is met on the two starts and free order that
  remain).
- No e-learning: "There is no online element to the Award"; the old Certificate's online unit was withdrawn in
  2007 (past arrangement) (3.3 not applicable).
- Stakeholder needs: only an open evening's views "borne in mind" (4.1 partial); two concrete changes made at
  stakeholders' request (4.2 met); continuing involvement, with the Review Panel sentence an inserted tracked
  change (4.3 met).
- CRB verified properly by the Registrar, with a footnote citing Safer Recruitment (5.3 met).
- Resources: participants' own schools, a small reading room and the University library; no ICT or specialist
  technology (5.6 partial).
- Moderation only intended: "The University has said that it will wish to moderate a sample", an external
  examiner "will be appointed in due course" (5.8 partial).
- Impact: only hoped for, and another programme's method (Hartsbury's own PGCert in Inclusion) that the Award
  "will consider"; a comment suggesting a measure is not part of the submission (5.9 not met).
- Schedule of Parts: part 3 time management "Trial fitting" (6.A3 partial, formative only); part 7 keeping up to
  date and part 11 child development and part 21 formative assessment "Original, unvarnished" (6.A7, 6.K4, 6.S2c
  partial, taught not assessed); part 10 disability equality law "Replacement" (6.K3 partial, assessed not
  taught); parts 14 self-evaluation, 22 special arrangements for tests and 24 deploying staff "Missing" (6.K7,
  6.S2d, 6.S4 not met). Access arrangements were taught in the 2006 edition and removed in 2008 (past
  arrangement, 6.S2d), and a comment asking to restore them is not evidence.
- Header and footer carry only the certificate number and a validity note.

Expected: 40 met / 16 partially met / 4 not met / 1 not applicable.
"""
from pathlib import Path

from docx.shared import Pt

from _mp_helpers import (Footnotes, add_runs, cell_text, deleted_paragraph, header_footer, inserted_paragraph,
                         new_document, para, table, text_box, vmerge)

HERE = Path(__file__).parent
NAME = "mp-02-vellacott-certificate-of-expertise"
RED = "7A1F1F"
TINT = "F1E9E0"
AUTH1, DATE1 = "Clare Fennimore", "2009-01-19T11:05:00Z"
AUTH2, DATE2 = "Harriet Vellacott", "2009-01-21T15:32:00Z"

doc = new_document("Palatino Linotype", 10.5)
fn = Footnotes()
header_footer(doc, "Vellacott School  \u00b7  Certificate of Expertise V/2009/014  \u00b7  Expert's Dossier",
              "This certificate relates only to the object described and is valid only with its dossier.  Page ",
              color=RED)


def title(t):
    pp = para(doc, t, bold=True, smallcaps=True, color=RED, size=11.5, space_after=4)
    pp.paragraph_format.space_before = Pt(12)
    return pp


def sub(t):
    return para(doc, t, bold=True, italic=True, space_after=3)


def p(t="", **kw):
    return para(doc, t, **kw)


# ------------------------------------------------------------------ letterhead and letter
lh = doc.add_paragraph()
lh.alignment = 1
r = lh.add_run("VELLACOTT SCHOOL OF STRINGED INSTRUMENT RESTORATION")
r.bold = True
r.font.size = Pt(14)
r.font.color.rgb = None
r2 = lh.add_run("\nExpertise & Certification  \u00b7  Education Workshop\n14 Tenter Yard, Norbridge NB2 4LT"
                "\nTelephone 01632 960 772  \u00b7  Established 1961")
r2.font.size = Pt(9)
p("")
p("To the Approval Panel, Training and Development Agency for Schools")
p("23 January 2009")
p("Dear Panel,")
p("**The National Award for SEN Coordination: Vellacott School with Hartsbury University**")
p("For forty-seven years the School's Expertise department has written certificates for instruments brought to us "
  "for an opinion: what they are, what in them is original and what is not, where they have been, and what "
  "condition they are in. When the Award's team asked how best to set out the course for you, our Head of "
  "Expertise suggested that we describe it exactly as we would describe a violin brought in for certification, "
  "and that is what follows. The certificate itself is overleaf; the dossier behind it is the substance. The "
  "terms we use for the condition of each part are defined in section II and carry those meanings, and no "
  "others, in the Schedule of Parts (section V).")
p("Yours faithfully,")
p("Harriet Vellacott, Head of Expertise\nClare Fennimore, Programme Leader, Education Workshop")

# ------------------------------------------------------------------ the certificate
p("")
text_box(doc, [
    "**CERTIFICATE OF EXPERTISE   No. V/2009/014**",
    "We, the undersigned, having examined the course described in the dossier attached, certify that in our "
    "opinion it is the Vellacott\u2013Hartsbury National Award for SEN Coordination, the work of the Vellacott "
    "School of Stringed Instrument Restoration with Hartsbury University, made in Norbridge in 2008\u201309.",
    "It is complete in all its parts; every one of the national outcomes is original to it; and it is in "
    "excellent playing condition.",
    "//This certificate is valid only with the dossier and photographs bearing the same number.//",
    "Norbridge, 23 January 2009.   H. Vellacott, Head of Expertise   \u00b7   C. Fennimore, Programme Leader   "
    "\u00b7   O. Pryce, for Hartsbury University",
], fill="#FBF7EF", stroke="#7A1F1F")

# ------------------------------------------------------------------ I the object
title("I.  The Object")
parts_tbl = [
    ("Description", "The National Award for SEN Coordination (Vellacott\u2013Hartsbury)"),
    ("Maker", "The Vellacott School's Education Workshop, with the Faculty of Education of Hartsbury University "
              "and Norbridge City Council's Learning Support Service"),
    ("Validated by", "Hartsbury University, at its Validation Panel of 10 December 2008. The University awards its "
                     "Postgraduate Certificate (SEN Coordination) to those who complete the Award."),
    ("Credits", "40 credits at Master's level (Level 7)"),
    ("First made", "First cohort September 2009 (sixteen places); second start February 2010"),
    ("Made for", "Teachers new to the SENCO role in the schools of Norbridge and the neighbouring authorities"),
]
ot = table(doc, len(parts_tbl) + 1, 2, widths=[3.5, 12.5])
hdr = ot.cell(0, 0).merge(ot.cell(0, 1))
cell_text(hdr, "PARTICULARS OF THE OBJECT", bold=True, fill="E6D3C3", size=9)
for i, (a, b) in enumerate(parts_tbl, start=1):
    cell_text(ot.cell(i, 0), a, bold=True, fill=TINT, size=9)
    cell_text(ot.cell(i, 1), b, size=9)

# ------------------------------------------------------------------ II terms
title("II.  Terms Used in this Certificate")
p("**Sitting.** One of the ten taught days at the School, Sittings 1 to 10.")
p("**Back work.** What the participant does in their own school between Sittings.")
p("**Workshop Companion.** A senior colleague in the participant's school, trained by us, who supports the Back "
  "work.")
p("**Bench Assessment.** The assessment of each participant's needs before the first Sitting.")
p("**Work Order.** The individual plan written from the Bench Assessment.")
p("**Opinion.** One of the participant's marked pieces of work: Opinion A, Opinion B, and the Hearing, which is an "
  "opinion given aloud. **Examiner.** A tutor who marks Opinions.")
p("The condition of each part in the Schedule of Parts (section V) is given in one of five terms:")
for t in [
    "**Original.** The part is made at a Sitting and examined in the Opinion named beside it. A participant must "
    "show it there to pass that Opinion.",
    "**Original, unvarnished.** The part is made at a Sitting, but no Opinion examines it.",
    "**Trial fitting.** The part is fitted at a Sitting and the tutor writes a note on how it sits; the note is not "
    "marked and counts for nothing towards the Award.",
    "**Replacement.** The part is examined in an Opinion but is not made at any Sitting: the participant must bring "
    "it from elsewhere.",
    "**Missing.** The part is not in the Award.",
]:
    para(doc, t, indent=18)

# ------------------------------------------------------------------ III description
title("III.  Description")
sub("The scroll: what the Award is for")
p("The Award's aim is that the children and young people with special educational needs and disabilities in each "
  "participant's school should achieve more and be well: that they should make better progress in their learning, "
  "and be healthy, stay safe, enjoy and achieve, make a positive contribution and achieve economic well-being. Its "
  "objectives are that the participant can lead the school's provision to that end, with colleagues, with parents, "
  "with pupils themselves and with the services that work with them. The aim runs through the whole: every "
  "Sitting closes with the question \u2018what will this change for a child?\u2019, and the marking criteria of "
  "each Opinion include the difference the participant's work makes to pupils' learning and well-being. Each "
  "Sitting is kept up to date with current research and thinking about SEN.")
sub("The belly: the ten Sittings")
p("The Sittings are held at the School, 9.30 to 3.30, in the first-floor Long Room, roughly once a month.")
sittings = [
    ("Sitting 1, Opening the Case.", "The SENCO's role and the law: the SEN Code of Practice (2001), Part IV of the "
     "Education Act 1996 as amended, statements and annual reviews, the Education (Special Educational "
     "Needs Co-ordinators) (England) Regulations 2008, and government policy in Removing Barriers to Achievement "
     "(2004): what each means for the school and how to put it into practice."),
    ("Sitting 2, Reading the Label.", "Every Child Matters: its principles and five outcomes, the SENCO's part in "
     "them, and the Common Assessment Framework."),
    ("Sitting 3, Cracks and their Causes.", "The common kinds of SEN and disability (BESD, SpLD including dyslexia, "
     "SLCN, ASD and MLD) and how each affects learning; how children develop, and how SEN, disability and the "
     "setting around a child affect that development."),
    ("Sitting 4, Taking Measurements.", "Identifying pupils by observation, data and assessment; setting challenging "
     "targets, planning interventions and reviewing progress; reading the reports of psychologists, therapists and "
     "advisory teachers and turning them into teaching; summative data, national tests among it, to track progress "
     "and change programmes; formative assessment, and how to encourage colleagues to use it with pupils with SEN."),
    ("Sitting 5, Regraduation.", "Provision mapping and management, and finding provision that is ineffective or "
     "missing; approaches, strategies and resources for assessment, planning and teaching, ICT among them, looked "
     "at critically; best practice and what research says, and how to use research and outside advice to improve "
     "one's own and colleagues' practice."),
    ("Sitting 6, The Soundpost.", "Pupils' voice: consulting children and young people about what affects them, "
     "person-centred reviews, and involving pupils in planning, agreeing and reviewing their provision; building "
     "fair and respectful relationships with pupils."),
    ("Sitting 7, The Owner's Instrument.", "Parents and carers: listening, explaining, advising and working in "
     "partnership. A member of Norbridge Parents' Forum co-leads the Sitting, which includes rehearsed "
     "conversations in which participants practise advising and supporting parents."),
    ("Sitting 8, The Workshop Team.", "Colleagues: gaining the commitment of the head and senior leaders; working "
     "with governors on policy, priorities, resources and an inclusive ethos; advising and supporting colleagues by "
     "observation and feedback, modelling, coaching, mentoring and training. Managing one's own time and "
     "delegating: each participant keeps a workload diary for three weeks, which the tutor reads with them."),
    ("Sitting 9, Outside Specialists.", "The services and agencies that work with the school (educational "
     "psychology, speech and language therapy, CAMHS, social care, the sensory and physical disability team, and "
     "voluntary organisations): their scope, how to obtain their help, and how to work in partnership with them."),
    ("Sitting 10, Final Adjustment.", "Reviewing and evaluating provision with colleagues; judgement and decisions "
     "about provision, worked through cases; keeping up to date: the journals, networks and courses a SENCO can "
     "use; preparing for the Hearing."),
]
for a, b in sittings:
    para(doc, f"**{a}** {b}", indent=12)
sub("The back: work in school")
p("Between Sittings the participant carries out Back work in their own school: a short task after each Sitting, "
  "set out in their Work Order, that looks at how the Sitting's subject is handled in the school (after Sitting 6, "
  "for example, finding out how pupils take part in their own reviews; after Sitting 8, observing and coaching a "
  "colleague). Each task is tied to parts in the Schedule, and the Workshop Companion meets the participant once a "
  "month to talk it through. The Opinions are opinions: they describe and weigh the school's provision as it "
  "stands. The Award does not require the participant to change the school's provision during the year; where "
  "the headteacher agrees, the participant puts one recommendation of Opinion B into effect before the Hearing and "
  "reports on it there.")
sub("The ribs: the people who hold it together")
for t in [
    "**Clare Fennimore**, Programme Leader: MA (Special Educational Needs), Hartsbury University; SENCO for twelve "
    "years in two Norbridge primary schools; manager of the School's Education Workshop since 2006. Teaches "
    "Sittings 1, 4, 6 and 10 and examines.",
    "**Anil Kapoor**, tutor: formerly deputy head of Kilnworth Special School; NPQH; Advanced Diploma in Special "
    "Educational Needs. Teaches Sittings 3, 5 and 8 and examines.",
    "**Bernadette Quayle**, tutor: specialist teacher for specific learning difficulties, Norbridge Learning Support "
    "Service; AMBDA; Postgraduate Diploma in SpLD. Teaches Sittings 2, 7 and 9 and examines.",
    "**Dr Owen Pryce**, University link tutor: Principal Lecturer in Education, Hartsbury University, formerly an "
    "educational psychologist. Second Examiner at the Hearing.",
    "**Harriet Vellacott**, Head of Expertise: signs the certificate; does not teach on the Award.",
]:
    para(doc, t, indent=12)
p("Each tutor keeps their knowledge current through the Council's SENCO network meetings each term and at least one "
  "specialist course a year. Workshop Companions are trained on a half-day at the School in the July before the "
  "course begins and hold the Companion's Handbook, which sets out what they do (monthly meetings, signing off the "
  "Back work, a short report to the Examiners before the Hearing) and what they do not do (they do not mark). "
  "Tutors hold the Examiners' Handbook and attend the University's induction for associate tutors.")
sub("The varnish: the Opinions")
p("**Opinion A, the Case Opinion** (3,500 words, end of the first term). An opinion on one pupil: how the pupil's "
  "needs were identified and the assessments of other professionals used; the targets set and the intervention "
  "planned; progress reviewed against summative data, national tests among it; how the pupil was consulted and took "
  "part in planning and reviewing their provision; the relationship built with the pupil and the parents; the law "
  "that bears on the case, including the disability equality duties the school owes the pupil; the kind of SEN "
  "concerned; and the pupil's Every Child Matters outcomes.")
p("**Opinion B, the Workshop Opinion** (4,000 words, end of the second term). An opinion on the school's provision: "
  "a provision map and what in it is ineffective or missing; recommendations to the head and governors on policy, "
  "priorities and resources, and how the participant won the commitment of senior leaders to them; how the "
  "participant reviewed the provision with colleagues; which approaches, strategies and resources, ICT among them, "
  "should be used and why, with the research and best practice behind them; and which outside services should be "
  "drawn on, and how.")
p("**The Hearing** (30 minutes, June, two Examiners). A professional discussion of the participant's Back work "
  "portfolio: how they have supported colleagues' development (the record of one coaching sequence and of one "
  "training session they led), their work with parents (two records of meetings, with the parents' comments), how "
  "they have involved pupils, and a decision they have had to make about provision. The Examiners judge how "
  "clearly the participant speaks and how they listen and respond.")
p("Each Opinion is marked Pass or Refer by the Examiner who taught the participant, against the criteria in the "
  "Examiners' Handbook; the Hearing is judged by two Examiners together. The Examiners meet before marking each "
  "Opinion to agree the standard on two scripts. The University has said that it will wish to moderate a sample of "
  "Opinions from the first cohort, and an external examiner will be appointed in due course.")
p("No certificate of the Award is issued until the Examiners' Meeting has gone through the participant's record "
  "part by part against the Schedule and confirmed that every national outcome has been shown. A participant with "
  "any part not shown is referred and may resubmit once. At the Hearing each participant is given the "
  "University's leaflet on its MA in Education and may book a meeting with its admissions tutor.")
sub("The fittings: resources")
p("Participants use the resources of their own schools for the Back work. The School's reading room holds a small "
  "collection of books on SEN, and the University library may be used by participants on the same terms as other "
  "part-time students.")

# ------------------------------------------------------------------ IV measurements
title("IV.  Principal Measurements")
meas = [
    ("Length", "One year part time: September to July, or February to January"),
    ("Sittings", "Ten days at the School"),
    ("Back work", "About sixty hours in the participant's school, with two placement days (section IX)"),
    ("Opinions", "7,500 words in two written Opinions, and a 30-minute Hearing"),
    ("Fee", "\u00a31,250; Norbridge City Council funds eight bursaries a year"),
]
mt = table(doc, len(meas), 2, widths=[3.5, 12.5])
for i, (a, b) in enumerate(meas):
    cell_text(mt.cell(i, 0), a, bold=True, fill=TINT, size=9)
    cell_text(mt.cell(i, 1), b, size=9)

# ------------------------------------------------------------------ V schedule of parts
title("V.  Schedule of Parts")
p("Every national outcome is a part of the instrument. Each is given here in our words, with the Sitting at which it "
  "is made, the Opinion in which it is examined, and its condition in the terms of section II.")
sched = [
    ("G", "THE ATTRIBUTES"),
    ("1 Scroll", "Build fair, respectful and supportive relationships with pupils with SEN and disabilities and with "
                 "their parents and carers", "Sittings 6, 7", "Opinion A", "Original"),
    ("2 Pegbox", "Win the commitment of colleagues, the headteacher and senior leaders to better outcomes for these "
                 "pupils", "Sitting 8", "Opinion B", "Original"),
    ("3 Pegs", "Set priorities, manage their own time and delegate, making sure delegated work is done",
     "Sitting 8", "\u2014", "Trial fitting"),
    ("4 Nut", "Anticipate and resolve problems; make well-founded decisions and sound judgements about provision",
     "Sitting 10", "Hearing", "Original"),
    ("5 Neck", "Express themselves clearly in speech and writing; listen to and understand others' views",
     "All Sittings", "Opinions A, B; Hearing", "Original"),
    ("6 Fingerboard", "Draw on research and outside advice to improve their own and colleagues' practice",
     "Sitting 5", "Opinion B", "Original"),
    ("7 Button", "Keep up to date and take responsibility for their own professional development in SEN and "
                 "disability", "Sitting 10", "\u2014", "Original, unvarnished"),
    ("G", "THE KNOWLEDGE"),
    ("8 Belly", "The laws and guidance on SEN, the Code of Practice among them: what they mean for the school and how "
                "to carry them out", "Sitting 1", "Opinion A", "Original"),
    ("9 F-holes", "Every Child Matters: its principles and outcomes, and how the SENCO helps children achieve them",
     "Sitting 2", "Opinion A", "Original"),
    ("10 Purfling", "The laws on disability equality and the actions they require of the school", "\u2014",
     "Opinion A", "Replacement"),
    ("11 Ribs", "How children develop, and how SEN, disability and their surroundings affect development",
     "Sitting 3", "\u2014", "Original, unvarnished"),
    ("12 Linings", "The common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how "
                   "they affect learning", "Sitting 3", "Opinion A", "Original"),
    ("13 Blocks", "Approaches, strategies and resources for assessment, planning, teaching and learning, ICT among "
                  "them, understood critically", "Sitting 5", "Opinion B", "Original"),
    ("14 Corners", "School self-evaluation and improvement, and what they mean for outcomes for pupils with SEN",
     "\u2014", "\u2014", "Missing"),
    ("15 Edgework", "Best practice and the findings of research in meeting special educational needs", "Sitting 5",
     "Opinion B", "Original"),
    ("16 Back", "The scope and role of outside agencies, and how to get specialist support and resources",
     "Sitting 9", "Opinion B", "Original"),
    ("G", "THE SKILLS"),
    ("17 Bass bar", "With senior colleagues and governors, advise on and influence an inclusive ethos, policies, "
                    "priorities and the use of resources", "Sitting 8", "Opinion B", "Original"),
    ("18 Bridge", "Identify pupils who may have SEN, set challenging targets, plan interventions and review progress",
     "Sitting 4", "Opinion A", "Original"),
    ("19 Bridge feet", "Use the assessments of other professionals to develop teaching", "Sitting 4", "Opinion A",
     "Original"),
    ("20 Strings", "Use summative assessments, national tests among them, to track progress and change programmes",
     "Sitting 4", "Opinion A", "Original"),
    ("21 Fine tuner", "Encourage colleagues to develop formative assessment, with approaches for pupils with SEN",
     "Sitting 4", "\u2014", "Original, unvarnished"),
    ("22 Saddle", "Identify in good time the special arrangements pupils need for national tests and examinations, "
                  "and put them in place", "\u2014", "\u2014", "Missing"),
    ("23 Tailpiece", "Use provision mapping and management; find provision that is ineffective or missing",
     "Sitting 5", "Opinion B", "Original"),
    ("24 Tailgut", "Deploy and manage staff to support pupils with SEN", "\u2014", "\u2014", "Missing"),
    ("25 Chinrest", "Support colleagues' development: observation and feedback, modelling, coaching and mentoring, "
                    "training", "Sitting 8", "Hearing", "Original"),
    ("26 Endpin", "Review and evaluate provision with colleagues, to inform the school's self-evaluation and "
                  "improvement planning", "Sitting 10", "Opinion B", "Original"),
    ("27 Soundpost", "Make sure pupils are involved in planning, agreeing, reviewing and evaluating their provision",
     "Sitting 6", "Opinion A; Hearing", "Original"),
    ("28 Label", "Liaise with parents and carers to promote their children's learning and development", "Sitting 7",
     "Hearing", "Original"),
    ("29 Bow", "Work in partnership with other services and agencies, voluntary organisations among them",
     "Sitting 9", "Opinion B", "Original"),
]
sh = ("Part", "The part as we make it", "Made at", "Examined in", "Condition")
stt = table(doc, len(sched) + 1, 5, widths=[2.4, 7.6, 2.1, 2.3, 2.4])
for j, t in enumerate(sh):
    cell_text(stt.cell(0, j), t, bold=True, fill="D9BFA8", size=9)
row_of = {}
for i, row in enumerate(sched, start=1):
    if row[0] == "G":
        m = stt.cell(i, 0).merge(stt.cell(i, 4))
        cell_text(m, row[1], bold=True, fill="EFE1D4", size=9)
        continue
    row_of[row[0].split()[0]] = i
    for j, t in enumerate(row):
        cell_text(stt.cell(i, j), t, size=9, bold=(j == 0))
# vertical merges: parts 18-20 are all made at Sitting 4 and examined in Opinion A
m1 = vmerge(stt, 2, row_of["18"], row_of["20"])
cell_text(m1, "Sitting 4", size=9)
m2 = vmerge(stt, 3, row_of["18"], row_of["20"])
cell_text(m2, "Opinion A", size=9)
saddle = stt.cell(row_of["22"], 4)
doc.add_comment(saddle.paragraphs[0].runs, text="Access arrangements used to be in Sitting 4. Can we put them back "
                                                 "for 2010?", author=AUTH1, initials="CF")

# ------------------------------------------------------------------ VI provenance
title("VI.  Provenance: How a Participant Comes to Us")
p("**Application.** A teacher applies with their headteacher's nomination. To be accepted they must hold Qualified "
  "Teacher Status, have at least two years' teaching, and hold or be about to take up the SENCO role. The "
  "Programme Leader interviews each applicant, in person or by telephone, with a short scenario to discuss, and "
  "reads the head's statement of the applicant's experience with pupils with SEN. An applicant who is not yet ready "
  "is given written advice on what to do first (a term's work alongside an experienced SENCO, for example, or the "
  "Learning Support Service's short course), the Programme Leader discusses the advice with the head, and the "
  "applicant is offered a place on a later start.")
ck = p("**Checks.** Before a place is confirmed the Registrar checks each applicant's enhanced CRB disclosure: the "
       "head confirms in writing the date and number of the disclosure, that the applicant has been checked against "
       "List 99 and is not barred from work with children, and that there are no outstanding disciplinary matters. "
       "An applicant who has not worked in a school in the past three months obtains a new enhanced disclosure "
       "through the School before the first Sitting. The Registrar keeps a record of every check.")
fn.add(ck, "Following chapter four of Safeguarding Children and Safer Recruitment in Education (DCSF, 2006).")
p("**Bench Assessment and Work Order.** Before Sitting 1 every participant completes the Bench Assessment: a "
  "self-assessment against each of the twenty-nine parts in the Schedule, with evidence, checked in a one-hour "
  "meeting with a tutor and the Workshop Companion. From it the tutor and participant write the Work Order: the "
  "participant's own outcomes for the year (which parts need most work and which need only a check), the Back work "
  "tasks chosen for them, the placement that suits them, and the dates by which each will be done. The Work Order "
  "is reviewed with the tutor at the end of each term, so that the participant's progress towards every part is "
  "checked and the plan changed where it needs to be.")
p("**Cost.** The fee is \u00a31,250, and Norbridge City Council funds eight bursaries a year. The Award costs less "
  "than comparable courses because the Sittings use the School's own rooms and the Council's Learning Support "
  "Service provides two tutors without charge.")
cr = p("**Credit for earlier study.** A participant who has Master's-level credit from earlier study of SEN may ask "
       "the University to transfer up to 20 credits against Opinion A. The School does not give credit for "
       "experience alone.")
fn.add(cr, "Hartsbury University Academic Regulations, section 9 (Credit Transfer).")
p("**Direct Examination.** In exceptional cases an applicant with long experience of SEN (an advisory teacher, for "
  "example, or a teacher from a special school) who already seems to meet the national outcomes may ask for Direct "
  "Examination: they present Opinions A and B and sit the Hearing without attending the Sittings. The Programme "
  "Leader decides, after an interview, whether the case is exceptional. The fee is \u00a3600. Candidates for "
  "Direct Examination are examined against every part in the Schedule, as other participants are.")
p("**Starts and order.** There are two starts a year, in September and February. Sittings 1 to 5 run in the "
  "autumn and Sittings 6 to 10 in the spring and summer; a participant who starts in February takes Sittings 6 to "
  "10 first and Sittings 1 to 5 the following autumn, and Opinions A and B may be taken in either order. A "
  "participant may spread the Award over two years, and may take any Sitting with the following cohort.")
deleted_paragraph(doc, "A Summer Sitting route runs the ten Sittings as two weeks in August, for teachers who "
                       "cannot be released in term time.", AUTH2, DATE2)
p("**Access.** The School is committed to equality of opportunity and welcomes applications from disabled "
  "teachers. Our Equal Opportunities Policy applies to everyone who studies here, and handouts can be had in large "
  "print on request.")
p("**Mode.** There is no online element to the Award: everything is done at the Sittings, in school, and by "
  "telephone with the tutor.")

# ------------------------------------------------------------------ VII condition and old repairs
title("VII.  Condition and Old Repairs")
p("The Award is a new instrument, but some of its wood is old. From 2002 the Education Workshop ran the Norbridge "
  "Certificate in Learning Support for the Council, an unaccredited course of eight twilight sessions. Its online "
  "reading unit on the Council's learning platform was withdrawn in 2007 and has no counterpart in the Award. The "
  "2006 edition of the Certificate had a session on access arrangements for national tests and examinations; it "
  "was taken out in 2008 to make room for the placement days. The Certificate's entry was by nomination alone; "
  "the Award's interview and Bench Assessment replace it.")

# ------------------------------------------------------------------ VIII comparative examples
title("VIII.  Comparative Examples: What Others Told Us")
p("Before making the Award we talked to the heads and SENCOs who came to the School's open evening in March 2008, "
  "about thirty people. They told us that new SENCOs need more help with parents and with working alongside the "
  "outside services, that release from school is hard to find, and that the course must be practical. We have "
  "borne these views in mind throughout.")
p("Two changes came directly from others. Norbridge Parents' Forum asked that the Sitting on parents be led with a "
  "parent and not only about parents: a Forum member now co-leads Sitting 7, and at the Forum's request it moved "
  "from the summer to the spring, so that participants meet parents before Opinion A is written. The Council's "
  "Learning Support Service asked for time in a specialist setting, and the two placement days (section IX) were "
  "added in November 2008 at its request.")
p("Others stay involved. A Parents' Forum member co-leads Sitting 7 each year; the heads of the host schools take "
  "placements and speak at Sitting 9; and Workshop Companions, who are senior staff of participants' schools, "
  "report to the Examiners before each Hearing.")
inserted_paragraph(doc, "A parent nominated by Norbridge Parents' Forum and a headteacher nominated by the Council "
                        "sit on the Review Panel each July, read the participants' evaluations and the Examiners' "
                        "report with the tutors, and agree the changes for the next year.", AUTH1, DATE1)

# ------------------------------------------------------------------ IX expertise consulted
title("IX.  Expertise Consulted and Placements")
p("Specialists teach at the Sittings: an educational psychologist from Norbridge Educational Psychology Service at "
  "Sittings 4 and 9; a speech and language therapist from Norbridge Primary Care Trust at Sitting 3; the Council's "
  "sensory and physical disability team at Sitting 9; and a Parents' Forum member at Sitting 7.")
p("Each participant spends two days on placement in a specialist setting, chosen with the Registrar to fit their "
  "Work Order: Kilnworth Special School (pupils with severe and complex learning difficulties), the Brightlow "
  "Resource Base for pupils with autism at Canal Street Primary School, or the Norbridge Pupil Referral Unit. Each "
  "host agrees a programme for the two days with the Registrar, and the participant's placement record forms part "
  "of the Back work.")

# ------------------------------------------------------------------ X expert's notes
title("X.  The Expert's Notes")
p("We test our own work as we test an instrument: in more than one way, and by more than one pair of ears. Inside "
  "the School, every participant writes an evaluation at the end of each Sitting, the tutors meet after each "
  "Sitting to read them, the termly Work Order reviews show where participants are stuck, and Workshop Companions "
  "complete a short questionnaire on the arrangements in June. Outside it, the University monitors the programme "
  "each year and reports on it, and the Council's Learning Support Service reviews the Award as part of its own "
  "annual review of the training it funds. The Review Panel meets each July with all of this, decides what to "
  "change, and records the changes and the reasons for them in the Programme Log, which goes to the University.")
imp = p("How far the Award improves participants' confidence and competence, and the achievement of their pupils, is "
        "something we hope to be able to show in time. Hartsbury University's own PGCert in Inclusion asks every "
        "student to take baseline measures of pupils before an intervention and again after it; we will consider "
        "doing the same once the Award is established.")
doc.add_comment(imp.runs, text="Could we ask for pupils' baseline and follow-up measures in Opinion B from the "
                               "start?", author=AUTH2, initials="HV")

# ------------------------------------------------------------------ XI plates
title("XI.  Plates")
for t in [
    "Plate 1. The Long Room set for Sitting 5, with a provision map pinned beside a violin back in the white. "
    "[photograph]",
    "Plate 2. The Owner's Instrument: the Parents' Forum's rehearsed conversations, pilot day, November 2008. "
    "[photograph]",
    "Plate 3. Workshop Companions' training afternoon, July 2009. [photograph to follow]",
]:
    para(doc, t, italic=True, size=9)
p("")
p("Signed at Norbridge, 23 January 2009", italic=True)
p("Harriet Vellacott, Head of Expertise    \u00b7    Clare Fennimore, Programme Leader    \u00b7    Dr Owen Pryce, "
  "for Hartsbury University")

fn.finish(doc)
doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
