"""pw-01-kestlemoor-foldability-preprint: build the .docx next to this script.

PROVIDER (invented). The Kestlemoor Paperfolders' Society, an origami society, through its
charity the Kestlemoor Folding in Schools Trust ("the Trust"), with the University of Dunholme
(validating: PG Certificate, 60 credits at Level 7) and Lowfell Borough Council's SEN Support
Service. January 2009, for 2009-10. Course vocabulary: Folders (participants), Sheets S1-S8
(taught days), Creases C1-C7 (practical tasks in the Folder's own school between Sheets),
Witnesses (school-based mentors), Referees (tutors who mark), the Editor (external examiner),
Models I-III (summative assessments), Precreases (formative exercises, never marked), the
Square Audit / Entry Conversation / Fold Plan (needs assessment), the Unfolding (professional
discussion), the Next Square (CPD plan).

DOCUMENT KIND AND LAYOUT. The Society's Mathematics Study Group writes the programme as a
mathematics preprint: a title block table with merged cells (preprint number, authors, MSC
classification, keywords), an abstract in a text box, Heading 1 sections, numbered
Definitions, Axioms, Theorems, Lemma, Proposition, Corollary, Remarks, Conjectures and Open
problems as bold run-in labels with italic statements and proofs closed by a tombstone, tables
of Sheets, Creases and Referees, a revision table, Appendix A (a crease assignment of the 29
national outcomes with merged group rows and shading, status words Proved / Sketch / Stated /
Open defined only in Definition 2.8, far above), a reference list, a header and a footer,
footnotes, three Word comments and tracked changes.

TRAPS (requirement ids):
- Footer claims "All 29 national outcomes are proved in the Models." A footer is never
  evidence, and Appendix A contradicts it (6.0, 1.9).
- Theorem 4.4 'Completeness' proves the award rule from coverage on Sheets, not from
  assessment; the document itself concedes the gap in a Remark and Open problem 7.1. Award
  needs all three Models passed without compensation, but several outcomes are never assessed:
  6.0 partially_met, 1.9 partially_met.
- Status keyed far above: 'Sketch' = formative only (6.A3, 6.S2b partially_met); 'Stated' =
  taught, not assessed (6.K4 partially_met); 'Open' = nowhere (6.S2c, 6.S7 not_met; Open
  problem 7.1 only intends to place them: an intention).
- Outcome assessed but never taught: 6.A5 'Stated in' is a dash, 'Proved in' all Models
  (partially_met).
- Word comment on the 6.K4 row claims Model I covers it: a comment is not evidence.
- Tracked changes in Appendix A: 6.S2d 'Model II'/'Proved' deleted, 'Stated' inserted
  (partially_met); 6.S6 'Model II' and 'Proved' inserted (met).
- Proposition 4.3 negates an assessment-only route and points to another provider (the
  University of Harnbury) that offers one; a whole paragraph offering one is a tracked deletion
  (2.3 not_met).
- Axiom A7: enhanced CRB disclosures are held by the Trust's volunteers and Referees (the wrong
  people); Folders' checks are assumed to have been done by employers; a comment asks whether
  anything is needed (5.3 not_met).
- Axiom A3: one September start, fixed order, face to face; the only flexibility is two venues
  / days and catching up with the next cohort; a January start is a tracked deletion
  (3.2 partially_met).
- Open problem 7.2: no online materials, all teaching face to face (3.3 not_applicable).
- Remark 8.1 (historical): pupil 'folding conversations' and special-school placements belong
  to the 2006-07 pilot only. Today Sheet 2 only introduces 'the principles of pupil
  participation' (1.5 partially_met); specialist speakers remain but placements are left to
  the Folder (5.5 partially_met).
- Conjecture 6.1: pupil impact is conjectured; pupil measures in Model II are not collected to
  evaluate the Award; Folders' competence and confidence are measured (5.9 partially_met).
- Conjecture 6.2 and a comment: stakeholders' part in evaluation only conjectured; they do take
  part in delivery (4.3 partially_met).
- Open problem 7.3: Witnesses get a two-page note, a Witnesses' evening only hoped for;
  Referees are properly inducted (5.7 partially_met).
- Remark 4.7: value for money only believed; tailoring limited to the choice of focus
  (2.4 partially_met).
- Met despite the form: E.1/E.2 in the Introduction; 2.2 in a proof; 2.1 in a Lemma with a
  tracked insertion; 5.2, 3.1, 5.8, 5.4 as Axioms; 2.5 as a Corollary; 4.1/4.2 in Remark 5.3;
  the Revision Table (5.1).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt, Cm
from _pw_helpers import (para, add_runs, cell_text, shade, table, ins_run, del_run, deleted_paragraph,
                         inserted_paragraph, footnote, textbox, set_margins, header_footer, comment,
                         word_count)

HERE = Path(__file__).parent
NAME = "pw-01-kestlemoor-foldability-preprint"
GP, RA, AM, HC = "Gareth Penhale", "Ruth Aldersey", "Anjali Mistry", "Helen Cardew"
D1, D2 = "2009-01-16T10:12:00Z", "2009-01-19T08:40:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Cambria"
st.font.size = Pt(11)
sec = doc.sections[0]
set_margins(sec, 2.2)
header_footer(sec, "Preprint MSG 2009/02 (second version)  -  Kestlemoor Paperfolders' Society, Mathematics Study Group",
              "All 29 national outcomes are proved in the Models.")


def H(text):
    return doc.add_heading(text, level=1)


def H2(text):
    return doc.add_heading(text, level=2)


def P(text, **kw):
    return para(doc, text, **kw)


def stmt(label, statement):
    """Bold run-in label, italic statement (theorem style)."""
    p = doc.add_paragraph()
    add_runs(p, label + " ", bold=True)
    add_runs(p, statement, italic=True)
    return p


def proof(text):
    p = doc.add_paragraph()
    add_runs(p, "Proof. ", italic=True)
    add_runs(p, text + " \u220e")
    return p


def remark(label, text):
    p = doc.add_paragraph()
    add_runs(p, label + " ", bold=True)
    add_runs(p, text)
    return p


# ------------------------------------------------------------------ title block
tb = table(doc, 7, 2, widths=[4.0, 12.5])
top = tb.cell(0, 0).merge(tb.cell(0, 1))
cell_text(top, "KESTLEMOOR PAPERFOLDERS' SOCIETY  \u00b7  MATHEMATICS STUDY GROUP", bold=True, fill="D9E2F3", align="center")
rows = [
    ("Preprint", "MSG 2009/02, second version, 19 January 2009"),
    ("Title", "On the flat-foldability of a SENCO: definitions, axioms and theorems for the Kestlemoor Award in SEN Coordination"),
    ("Authors", "Dr Ruth Aldersey (Mathematics Study Group; Department of Mathematics, University of Dunholme)\nGareth Penhale (Programme Leader, Kestlemoor Folding in Schools Trust)\nAnjali Mistry (Senior Specialist Teacher, Lowfell SEN Support Service)"),
    ("Submitted to", "The Training and Development Agency for Schools, as the Society's application for approval to provide the National Award for SEN Coordination from September 2009"),
    ("MSC 2000", "51M15 (geometric constructions); 52B99; 97B50 (teacher education)"),
    ("Keywords", "flat-foldability; crease assignment; special educational needs; SENCO; Every Child Matters"),
]
for i, (k, v) in enumerate(rows, start=1):
    cell_text(tb.cell(i, 0), k, bold=True, fill="F2F2F2")
    cell_text(tb.cell(i, 1), v)
P("")
textbox(doc, [
    "**Abstract.** We describe the Kestlemoor Award in SEN Coordination as a single sheet folded in eight stages. "
    "Section 2 fixes the vocabulary; Section 3 states the axioms that every cohort of the programme obeys; Section 4 "
    "proves that every Folder's path is personal (Theorem 4.1), that prior learning can be counted (Lemma 4.2), that "
    "there is no short cut (Proposition 4.3) and that the Award is complete (Theorem 4.4). Section 5 shows how we "
    "check that the folds are true. Conjectures 6.1 to 6.3 record what we believe but cannot yet show, and Section 7 "
    "lists open problems. Appendix A gives the crease assignment of the 29 national outcomes.",
], width_pt=440, height_pt=110, fill="F7F7F7")

# ------------------------------------------------------------------ 1 Introduction
H("1. Introduction")
P("The Kestlemoor Paperfolders' Society was founded in 1971. Since 1996 its charity, the Kestlemoor Folding in "
  "Schools Trust (the Trust), has taken origami into special and mainstream schools across Kestlemoor and Lowfell, "
  "using sequenced folding to teach the following of instructions, fine motor control, spatial reasoning, patience "
  "and turn-taking. In twelve years our volunteers have folded with about 9,000 pupils, most of them with special "
  "educational needs. In 2006-07 the Trust ran an unaccredited development course for fourteen SENCOs (the pilot), "
  "and the present programme has grown out of that pilot and out of what schools asked for (Remark 5.3).")
P("The Mathematics Study Group of the Society meets monthly to discuss the mathematics of folding: the "
  "Huzita-Justin axioms, the theorems of Maekawa and Kawasaki, and the conditions under which a crease pattern "
  "folds flat [8, 10, 11]. When the Trust's Programme Committee asked for help in writing this application, "
  "the Group offered to set the programme down in the form it knows best. Nothing below depends "
  "on the mathematics, and every term is defined in Section 2. Where we write 'we', we "
  "mean the Trust and its two partners acting together, unless a section says otherwise.")
P("The programme is the Kestlemoor Award in SEN Coordination. It is validated by the University of Dunholme as the "
  "Postgraduate Certificate in Special Educational Needs Coordination (National Award for SEN Coordination), 60 "
  "credits at Level 7 (masters level) of the Framework for Higher Education Qualifications. The University's "
  "validation panel met on 4 December 2008 and approved the programme for five years from September 2009; the one "
  "condition it set (a revised appeals paragraph in the Folder Handbook) was met on 12 January 2009. The University "
  "awards the credit and the certificate and appoints the external examiner; the Trust recruits, teaches and "
  "supports Folders; Lowfell Borough Council's SEN Support Service seconds two of the Referees and provides "
  "specialist speakers. The three partners are bound by a memorandum of agreement signed on 15 December 2008.")
P("The Award has one aim, which the Programme Committee has printed at the top of every Sheet: that pupils with "
  "special educational needs and/or disabilities in Folders' schools achieve more, and are better off in each of "
  "the five Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive "
  "contribution and achieving economic well-being), because their SENCO leads provision for them well. The "
  "objectives of each Sheet are written as changes a Folder will make for pupils, and every Model asks the Folder "
  "to show the difference made: Model I for one pupil across the five outcomes, Model II for a group of pupils, "
  "with baseline and follow-up measures of attainment, attendance and well-being.")

# ------------------------------------------------------------------ 2 Definitions
H("2. Definitions and notation")
stmt("Definition 2.1 (Folder).", "A Folder is a qualified teacher who holds, or has been designated by the governing "
     "body to take up, the role of SENCO in a maintained school, and who is registered on the Award.")
stmt("Definition 2.2 (Sheet).", "A Sheet is one of the eight taught days of the Award, S1 to S8, listed in Table 1. "
     "Each Sheet is a full day.")

t1 = table(doc, 9, 4, widths=[1.3, 2.8, 2.2, 10.2])
for j, h in enumerate(["Sheet", "Name", "Month", "What the Sheet develops"]):
    cell_text(t1.cell(0, j), h, bold=True, fill="D9E2F3")
sheets = [
    ("S1", "The Square", "Sept 2009", "The law and the Code: the SEN Code of Practice (2001), the SEN and Disability Act 2001, "
     "the Disability Discrimination Act 1995 as amended in 2005 and the disability equality duty; what these require of the "
     "school, the SENCO, governors and others, and how to put them into practice; Removing Barriers to Achievement [2]."),
    ("S2", "Bases", "Oct 2009", "Every Child Matters and the five outcomes and the SENCO's part in them [3]; how children "
     "develop and how development is affected by SEN, disability and the physical and social environment; the "
     "principles of pupil participation in the Code."),
    ("S3", "Reference points", "Nov 2009", "Identifying pupils who may have SEN through classroom observation, data and "
     "assessment; setting challenging targets, planning interventions and reviewing progress; tracking with summative "
     "data and national tests; access arrangements; research evidence and how to use it [7]; approaches and resources, "
     "including ICT."),
    ("S4", "Tessellations", "Jan 2010", "Provision mapping and management; costing provision and finding what is "
     "ineffective or missing; deploying and managing teaching assistants; anticipating problems and making decisions "
     "on provision; managing the SENCO's own time."),
    ("S5", "Collapse", "Feb 2010", "Leading colleagues: gaining the commitment of the headteacher and senior leaders; "
     "observation and feedback, modelling, coaching and mentoring; planning and delivering training for staff."),
    ("S6", "Modulars", "Mar 2010", "Working with parents and carers, with the Lowfell Parent Partnership Service; the "
     "scope and role of external agencies and voluntary organisations; using assessments from educational "
     "psychologists, therapists and others to shape teaching."),
    ("S7", "Wet-folding", "May 2010", "The most common types of SEN and disability (behavioural, emotional and social "
     "difficulties; specific learning difficulties including dyslexia; speech, language and communication needs; "
     "autistic spectrum disorders; moderate learning difficulties) and how each can affect learning [6, 12]."),
    ("S8", "Crease patterns", "June 2010", "School self-evaluation and improvement; reviewing provision with staff; "
     "the SENCO, the senior team and governors in shaping an inclusive ethos, policy and use of resources; keeping "
     "up to date and planning one's own professional development."),
]
for i, row in enumerate(sheets, start=1):
    for j, v in enumerate(row):
        cell_text(t1.cell(i, j), v, bold=(j == 0), size=10)
para(doc, "Table 1. The eight Sheets of the 2009-10 cohort.", italic=True, size=9)

stmt("Definition 2.3 (Crease).", "A Crease is a practical task carried out by the Folder in his or her own school "
     "between two Sheets. There are seven Creases, C1 to C7 (Table 3). Each is set at the end of a Sheet and is tied to "
     "named outcomes in Appendix A.")
stmt("Definition 2.4 (Witness).", "The Witness of a Folder is an experienced colleague in the Folder's school, "
     "normally the headteacher or a deputy, who sees each Crease carried out and signs the Folder's Crease Log.")
stmt("Definition 2.5 (Referee, Editor).", "A Referee is a tutor of the Award: Referees teach the Sheets and mark the "
     "Models. The Editor is the external examiner appointed by the University.")
stmt("Definition 2.6 (Model).", "A Model is a summatively assessed piece of work. Model I is a case study of one "
     "pupil (4,000 words, 20 credits); Model II is a school improvement project in which the Folder leads a change in "
     "provision and measures its effect (6,000 words, 25 credits); Model III is a portfolio built from the Crease Log "
     "and examined in a 40-minute professional discussion, the Unfolding (15 credits). Thus the credits sum to 60.")
stmt("Definition 2.7 (Precrease).", "A Precrease is a formative exercise set on a Sheet or in a Crease, read by a "
     "Referee and returned with written comments. Precreases are never marked and count for nothing towards the Award.")
p = stmt("Definition 2.8 (Status of an outcome).", "In Appendix A each national outcome is given one of four statuses.")
P("**Proved**: the outcome is developed on the Sheet named and assessed in the Model named; a Folder cannot pass "
  "that Model without showing it.", indent=0.8)
p = P("**Sketch**: the outcome is developed on the Sheet named and practised in a Precrease; it is assessed "
      "formatively only.", indent=0.8)
footnote(doc, p, "We use the word as mathematicians use 'proof sketch': the argument is outlined and a Referee "
         "comments on it, but nobody checks it line by line.")
P("**Stated**: the outcome is presented on the Sheet named; it is not practised in a Crease and no Model assesses it.",
  indent=0.8)
P("**Open**: the outcome is not yet on any Sheet.", indent=0.8)

# ------------------------------------------------------------------ 3 Axioms
H("3. Axioms")
P("The following axioms hold for every cohort. They are not proved: they are the rules of the programme, agreed by "
  "the Programme Committee and written into the Folder Handbook and the memorandum of agreement.")
stmt("Axiom A1 (Entry).", "A candidate is admitted only if (i) he or she holds qualified teacher status; (ii) he or "
     "she is in post as SENCO, or designated by the governing body to become SENCO, in a school in Kestlemoor, Lowfell "
     "or a neighbouring authority; (iii) the headteacher signs the application, agreeing to release the Folder for the "
     "eight Sheets and to act as, or name, the Witness; and (iv) the Entry Conversation (Theorem 4.1) shows that the "
     "candidate has enough knowledge, understanding and experience to meet all the outcomes within the year.")
P("A candidate who does not satisfy (iv) is offered a Folding Start: a written note of what to read and do, a "
  "half-day with a Referee, and a meeting between the Referee and the headteacher to agree how the school will "
  "prepare the candidate for the next cohort.")
stmt("Axiom A2 (Equality).", "No candidate is turned away, and no Folder is disadvantaged, because of disability, "
     "race, gender, religion or belief, age or sexual orientation.")
P("The application pack, in standard and large print and on request in Braille or on audio CD, invites candidates to "
  "tell us in confidence of any disability or other need, and says why we ask. The Programme Leader meets each "
  "candidate who tells us before the first Sheet and agrees the reasonable adjustments to be made: materials in "
  "accessible formats, a BSL interpreter or note-taker, rest breaks, seating and lighting. Both Fold Rooms are on the "
  "ground floor, with step-free access and hearing loops. For the Models, the University's assessment adjustments "
  "apply (extra time, alternative formats, an oral Model I in place of the written one). The selection panel judges "
  "applications only against Axiom A1, and agreed adjustments travel with the Folder to every visit. Sheet 1 uses "
  "case material written with the Lowfell Disability Forum, and two of its members speak on it about their own "
  "schooling. Each year the Trust monitors applications, withdrawals and completions by disability, ethnicity and "
  "gender and reports the figures to the Programme Committee under its equality scheme.")
p = stmt("Axiom A3 (Attendance and order).", "There is one cohort a year, of at most 20 Folders, starting in "
         "September. The eight Sheets are taken in order.")
P("Each Sheet runs twice in the same week, on a Tuesday in the Fold Room at Kestlemoor and on a Thursday at the Lowfell "
  "Teachers' Centre, and a Folder may attend either. A Folder who misses a Sheet through illness takes it with the "
  "next cohort and completes the Award a term later.")
deleted_paragraph(doc, "A January start, with the Sheets spread over five terms, will be offered from January 2010 for "
                  "Folders who cannot begin in September.", GP, D1)
stmt("Axiom A4 (Witness).", "Every Folder has a Witness, named on the application, who sees each Crease carried out "
     "and signs the Crease Log.")
stmt("Axiom A5 (Marking and moderation).", "Every Model is marked by a Referee against the University's Level 7 "
     "criteria and the outcome grid for that Model.")
P("A second Referee blind-marks every fail, every mark of 70 or more and one in five of the rest. After each Model the "
  "Referees meet for the Standardising Fold, at which they mark three exemplar Models from the pilot together and "
  "agree marks on every script that was second-marked. The Editor sees a sample of at least a third of each Model and "
  "every fail and reports to the University's Examination Board, which "
  "confirms all marks.")
stmt("Axiom A6 (Referees).", "Every Referee holds qualified teacher status and a postgraduate qualification in SEN or "
     "inclusion, has been a SENCO or SEN adviser within the last five years, and spends at least five days a year in "
     "schools working with pupils with SEN.")

t2 = table(doc, 4, 3, widths=[3.6, 4.6, 8.3])
for j, h in enumerate(["Referee", "Post", "Qualifications and experience"]):
    cell_text(t2.cell(0, j), h, bold=True, fill="D9E2F3")
refs = [
    ("Gareth Penhale", "Programme Leader, the Trust", "MA Inclusive Education (Dunholme, 2004); SENCO at Greyholm "
     "Primary School 1997-2006; leader of the 2006-07 pilot; Trust volunteer since 1999."),
    ("Dr Helen Cardew", "Senior Lecturer in Inclusive Education, University of Dunholme", "PhD (2007) on provision "
     "mapping in secondary schools; SENCO at Marlow Vale School 1995-2003; teaches the University's MA Inclusive "
     "Education."),
    ("Anjali Mistry", "Senior Specialist Teacher, Lowfell SEN Support Service (seconded)", "OCR Diploma in SpLD; AMBDA; "
     "MA Special and Inclusive Education; advises 30 Lowfell schools on literacy difficulties and assessment."),
]
for i, row in enumerate(refs, start=1):
    for j, v in enumerate(row):
        cell_text(t2.cell(i, j), v, size=10)
para(doc, "Table 2. Referees, 2009-10.", italic=True, size=9)
P("Specialist speakers join the Sheets that need them: Dr Sunita Rao, educational psychologist, Lowfell (S3 and S6); "
  "Kate Iley, speech and language therapist, Lowfell NHS Trust (S7); the Lowfell Parent Partnership Service (S6); "
  "and the Council's behaviour support team (S7).")
p = stmt("Axiom A7 (Checks).", "Every Trust volunteer who folds with pupils, and every Referee, holds an enhanced CRB "
         "disclosure, renewed every three years.")
comment(doc, p.runs[-1:], "Do we need to ask Folders for anything here?", RA, "RA")
P("Folders are serving teachers and will have been checked by their employers when they were appointed.")

# ------------------------------------------------------------------ 4 Theorems
H("4. Theorems")
stmt("Theorem 4.1 (Every path is personal).", "Before the first Sheet, every Folder has an individual Fold Plan which "
     "records, for each of the 29 outcomes of Appendix A, what the Folder already shows and what he or she will work "
     "on, and which names the Folder's personal outcomes for the year.")
proof("Each accepted candidate completes the Square Audit, the Trust's self-assessment against the 29 outcomes, in "
      "July. Each outcome is rated from 0 (new to me) to 3 (I do this now and can show it), with a line of evidence. "
      "In the Entry Conversation (45 minutes, with a Referee, in the Folder's school, the headteacher joining for the "
      "last fifteen) the audit is checked against the evidence: a rating of 3 needs a document or an example, and the "
      "Referee lowers ratings where the knowledge is out of date, as where a Folder knows the 1994 Code but not the "
      "2001 Code. The Referee and the Folder then write the Fold Plan. Outcomes rated 0 or 1 become the Folder's "
      "priority outcomes and decide the focus of Models I and II; outcomes rated 3 may be evidenced from existing "
      "practice in the Model III portfolio. The Plan is signed by the Folder, the Referee and the headteacher, and "
      "it is reviewed at the Mid-fold Review after Sheet 4, when the Referee also checks the audit against the work "
      "seen so far")
stmt("Lemma 4.2 (Prior learning).", "A Folder may count prior study and prior experience towards the Award.")
p = proof("(a) Certificated learning: credit at Level 7 in SEN gained within the last five years may be accredited, "
          "up to 20 credits, in place of Model I, under the University's Accreditation of Prior Learning regulations. "
          "(b) Experiential learning: a Folder with substantial experience may submit an APEL claim, a portfolio of "
          "evidence mapped to the outcomes of Model I, which a Referee assesses and the Editor confirms; a successful "
          "claim earns the 20 credits of Model I. Claims are made at the Entry Conversation and decided before Sheet 2.")
ins_run(p, " The APEL assessment fee is \u00a3150.", GP, D2)
footnote(doc, p, "Under the University's Academic Regulations (section 9) no more than one third of the credit of an "
         "award may be accredited.")
stmt("Proposition 4.3 (No short cut).", "There is no sequence of folds that reaches the Unfolding without passing "
     "through the eight Sheets.")
proof("Every Model draws on the Creases, and every Crease is set on a Sheet; so a candidate who has not attended the "
      "Sheets cannot present a Model. The Trust does not offer assessment without training. Candidates who ask for an "
      "assessment-only route are referred to the University of Harnbury, which offers one")
deleted_paragraph(doc, "In exceptional cases an experienced candidate may present the three Models without attending "
                  "the Sheets, after an Entry Conversation with the Programme Leader.", GP, D1)
stmt("Theorem 4.4 (Completeness).", "A Folder who passes Models I, II and III has met every one of the national "
     "minimum outcomes, and only such a Folder receives the Award.")
proof("The Award is made by the University's Examination Board to a Folder who has passed each of Models I, II and "
      "III at 50 per cent or more; there is no compensation between Models and no condonement. Each of the 29 "
      "outcomes lies on at least one Sheet (Appendix A), and every Folder folds every Sheet (Proposition 4.3). The "
      "result follows")
remark("Remark 4.4a.", "A reader may object that lying on a Sheet is not the same as being shown in a Model. We take "
       "the point up in Open problem 7.1.")
stmt("Corollary 4.5 (The Next Square).", "Every Folder who completes the Award leaves with professional targets for "
     "the next two years.")
proof("At the Unfolding each Folder presents a Next Square: a two-year plan of targets for his or her development as "
      "SENCO, drafted on the Trust's planning sheet from a repeat of the Square Audit. The Referee discusses it in the "
      "Unfolding and writes suggestions on it, including further study (the University's MA in Inclusive Education, "
      "into which the Award carries 60 credits) and specialist routes such as the OCR Diploma in SpLD. The Folder "
      "takes the Next Square to his or her next performance management review, where the targets are agreed with "
      "the line manager")
stmt("Theorem 4.6 (Every Crease touches a school).", "Every Crease joins a Sheet to the Folder's own school, and "
     "every Crease serves named outcomes.")
proof("Table 3 lists the Creases. Model II is built on C3, C4 and C7: the Folder leads a change in provision in his or "
      "her own school, measures its effect on pupils and reviews it with colleagues, so that meeting the outcomes and "
      "changing practice are the same act")

t3 = table(doc, 8, 4, widths=[1.2, 1.6, 9.6, 4.1])
for j, h in enumerate(["Crease", "After", "Task in the Folder's school", "Serves"]):
    cell_text(t3.cell(0, j), h, bold=True, fill="D9E2F3")
creases = [
    ("C1", "S1", "Audit the school's SEN policy and its disability equality scheme against the Code and the law; "
     "present the findings to the headteacher.", "knowledge of law; colleagues"),
    ("C2", "S2", "Follow two pupils with SEN through a school day; with their parents, map their progress against "
     "the five Every Child Matters outcomes.", "Every Child Matters; parents"),
    ("C3", "S3", "Use observation, data and specialists' reports to identify a group of pupils; set targets, plan an "
     "intervention and take baseline measures.", "identification; targets; research"),
    ("C4", "S4", "Draw the provision map for one year group, with costs; identify ineffective or missing provision; "
     "review the deployment of teaching assistants with the headteacher.", "provision mapping; staff"),
    ("C5", "S5", "Observe a colleague teaching a pupil with SEN, give feedback and coach the colleague through one "
     "change in practice.", "colleagues' development"),
    ("C6", "S6", "Hold a review meeting with a pupil's parents and one outside agency, at a time and place the parents "
     "can manage; write it up.", "parents; agencies"),
    ("C7", "S8", "With colleagues, review the effect of the C3 intervention and the C4 provision map, and report to "
     "governors for the school's self-evaluation.", "self-evaluation; governors"),
]
for i, row in enumerate(creases, start=1):
    for j, v in enumerate(row):
        cell_text(t3.cell(i, j), v, bold=(j == 0), size=10)
para(doc, "Table 3. The Creases. Each is signed off in the Crease Log by the Witness.", italic=True, size=9)
remark("Remark 4.7 (Value).", "We believe the Award is good value. Sheets are the same for every Folder, but each "
       "Folder's Fold Plan decides the focus of his or her Models and Creases.")

# ------------------------------------------------------------------ 5 Checking the folds
H("5. How we check that the folds are true")
stmt("Proposition 5.1 (Evaluation).", "Every part of the programme is evaluated, internally and externally, and "
     "every finding reaches the Programme Committee.")
proof("Internally: Folders complete a one-page Crease Check at the end of each Sheet; Referees review each Model after "
      "the Standardising Fold; the Mid-fold Review checks each Fold Plan; the Programme Leader reports recruitment and "
      "selection, needs assessment, Creases and results to the Programme Committee, which meets after every second "
      "Sheet. Externally: the Editor's annual report, the University's annual monitoring and five-year review, and "
      "the Council's SEN Support Service's own review of its schools. The Committee enters every change it makes, and "
      "the evidence for it, in the Revision Table, which the University receives each year with the monitoring report. "
      "Table 4 gives the changes made after the pilot")

t4 = table(doc, 5, 3, widths=[5.0, 5.8, 5.7])
for j, h in enumerate(["Evidence", "Finding", "Revision"]):
    cell_text(t4.cell(0, j), h, bold=True, fill="D9E2F3")
revs = [
    ("Pilot Crease Checks", "The law day was too crowded to apply.", "S1 now ends with C1, an audit of the school's own "
     "policy."),
    ("Pilot participants' final evaluation", "No practice in coaching colleagues.", "S5 and Crease C5 added."),
    ("Schools' questionnaire, May 2008", "Provision mapping and teaching assistants named most often.", "S4 doubled "
     "from a half-day to a full day."),
    ("Lowfell Parents' Forum, June 2008", "Reviews held at times parents cannot manage.", "C6 rewritten."),
]
for i, row in enumerate(revs, start=1):
    for j, v in enumerate(row):
        cell_text(t4.cell(i, j), v, size=10)
para(doc, "Table 4. Extract from the Revision Table.", italic=True, size=9)
stmt("Proposition 5.2 (Change in the Folder).", "The growth of each Folder's competence and confidence is measured.")
proof("Each Folder repeats the Square Audit at the Unfolding; the change in ratings, checked by the Referee against the "
      "portfolio, is our measure of growth in competence. A confidence scale of eight statements, each scored 1 to 10, "
      "is completed at the Entry Conversation and again at the Unfolding. The cohort's results are reported to the "
      "Programme Committee and the Editor")
remark("Remark 5.3 (What schools and parents told us).", "In May 2008 the Trust sent a questionnaire to the "
       "headteachers and SENCOs of all 87 schools in Kestlemoor and Lowfell, and 61 replied. Three needs stood out: "
       "help with provision mapping and costing (named by 44 schools), with leading teaching assistants (39) and with "
       "speech, language and communication needs (35). The Council's SEN Strategy 2008-11 names the same priorities "
       "and adds working with parents. We also held two focus groups with the Lowfell Parents' Forum (22 parents of "
       "children with SEN).")
P("As a result, Sheet 4 was doubled in length and given to provision mapping and the deployment of staff; Sheet 7 "
  "gives a full morning to speech, language and communication needs with a speech and language therapist; and Crease "
  "C6 was rewritten after parents asked that review meetings be held at times and places parents can manage. Five "
  "pilot participants sat on the working group that wrote the Creases, and two Lowfell headteachers read and "
  "changed the draft Fold Plan.")
remark("Remark 5.4 (Who else folds with us).", "Stakeholders take part in the programme as it runs: the Lowfell "
       "Parent Partnership Service teaches half of Sheet 6; the Council's specialist teachers are Referees; the "
       "Lowfell Disability Forum speaks on Sheet 1; headteachers act as Witnesses.")
remark("Remark 5.5 (Resources).", "Folders are registered as students of the University of Dunholme, with full use of "
       "its library and electronic journals from home. The Trust's Fold Room library holds about 600 books and "
       "assessment kits on SEN and inclusion, lent for the year. The Lowfell Assistive Technology Centre lends each "
       "Folder, for the year, the specialist software and hardware needed for Crease C3 (Clicker 5, Communicate: In "
       "Print, switch access, a laptop with screen-reading software), and a technician from the Centre joins Sheet 3.")
remark("Remark 5.6 (Research and inspection).", "The Referees renew every Sheet's reading list each summer. The "
       "2009-10 lists draw on Ofsted's reports of 2004 and 2006 [4, 5], the Bercow Report [6], the Inclusion "
       "Development Programme [12] and Brooks's review of literacy interventions [7], and each Sheet opens with a "
       "twenty-minute 'What's new' from a Referee.")

# ------------------------------------------------------------------ 6 Conjectures
H("6. Conjectures")
stmt("Conjecture 6.1.", "Pupils whose SENCO has completed the Award make faster progress, in attainment and in "
     "well-being, than they would otherwise have made.")
P("Model II asks each Folder to measure a group of pupils before and after an intervention, but these measures are "
  "marked as evidence of the Folder's work; they are not collected to evaluate the Award. We have not yet found a way "
  "to test the conjecture, and we would like to.")
p = stmt("Conjecture 6.2.", "Headteachers, Witnesses and the Lowfell Parents' Forum, if asked, would be willing to "
         "evaluate the Award each year.")
comment(doc, p.runs[-1:], "Can we say the Forum has agreed? I have not asked them yet.", AM, "AM")
stmt("Conjecture 6.3 (Maekawa for SENCOs).", "In any cohort, the number of outcomes Folders rate 3 at the Unfolding "
     "exceeds the number they rate 3 at entry by at least two.")

# ------------------------------------------------------------------ 7 Open problems
H("7. Open problems")
remark("Open problem 7.1 (Open outcomes).", "Two outcomes are Open in Appendix A: encouraging colleagues to develop "
       "formative assessment, and the part pupils play in planning and reviewing their own provision. The Programme "
       "Committee intends to find a Sheet for each in 2010-11. More generally, Appendix A shows that not every outcome "
       "that lies on a Sheet is yet proved in a Model.")
remark("Open problem 7.2 (Folding at a distance).", "Could Sheets be folded at a distance? The Trust has no online "
       "materials and all teaching is face to face. Between Sheets, Folders keep in touch with their Referee by "
       "telephone and email.")
remark("Open problem 7.3 (Witnesses).", "Witnesses receive the Witness Note, two pages explaining what a Crease is and "
       "what signing the Crease Log means, with the Folder's offer letter. We hope to offer a Witnesses' evening each "
       "autumn, but have not yet found the time. Referees, by contrast, attend the University's assessor induction and "
       "every Standardising Fold, and the Referee Handbook sets out their duties.")

# ------------------------------------------------------------------ 8 Historical remarks
H("8. Historical remarks")
remark("Remark 8.1 (The pilot, 2006-07).", "In the pilot, every participant held 'folding conversations' with a group "
       "of pupils, folding together while asking the pupils what helped and hindered them in class, and reported what "
       "the pupils said to colleagues. Every participant also spent two days at Brackenfold Special School. Brackenfold's "
       "rebuilding has ended the placements, and the folding conversations were not carried into the accredited "
       "programme. Folders may still arrange a visit to a special school of their own.")

# ------------------------------------------------------------------ Appendix A
H("Appendix A. Crease assignment of the national outcomes")
P("Table A1 gives, for each national minimum outcome in the Trust's words, the Sheet on which it is developed, the "
  "Model in which it is assessed and its status.")
ta = doc.add_table(rows=1, cols=5)
ta.style = "Table Grid"
for j, h in enumerate(["No.", "Outcome (the Trust's words)", "Stated in", "Proved in", "Status"]):
    cell_text(ta.rows[0].cells[j], h, bold=True, fill="BDD7EE")
OUT = [
    ("G", "Professional attributes"),
    ("1", "Builds fair, respectful and constructive relationships with pupils with SEN and their families", "S6", "Model III", "Proved"),
    ("2", "Wins the commitment of colleagues, the headteacher and senior leaders", "S5", "Model II", "Proved"),
    ("3", "Sets priorities, manages time and delegates, checking delegated work is done", "S4", "Precrease P4 (a week's time log)", "Sketch"),
    ("4", "Anticipates and resolves problems; makes sound decisions on provision", "S4", "Model I", "Proved"),
    ("5", "Speaks and writes clearly; listens to and understands others' views", "\u2014", "Models I, II and III and the Unfolding", "Proved"),
    ("6", "Uses research and outside advice to improve own and colleagues' practice", "S3", "Model I", "Proved"),
    ("7", "Keeps up to date and takes charge of own CPD in SEN and disability", "S8", "Model III (Next Square)", "Proved"),
    ("G", "Professional knowledge and understanding"),
    ("8", "SEN law and guidance, the Code of Practice, and putting them into practice", "S1", "Model I", "Proved"),
    ("9", "Every Child Matters and the SENCO's part in the five outcomes", "S2", "Model I", "Proved"),
    ("10", "Disability equality law and the actions it requires", "S1", "Model III", "Proved"),
    ("11", "How children develop, and what affects development", "S2", "\u2014", "Stated"),
    ("12", "The most common types of SEN and disability and their effect on learning", "S7", "Model I", "Proved"),
    ("13", "Approaches, strategies and resources, including ICT, used critically", "S3", "Model II", "Proved"),
    ("14", "School self-evaluation and improvement for pupils with SEN", "S8", "Model II", "Proved"),
    ("15", "Best practice and the outcomes of research", "S3, S7", "Model I", "Proved"),
    ("16", "External agencies and how to get specialist support", "S6", "Model III", "Proved"),
    ("G", "Professional skills"),
    ("17", "With senior colleagues and governors, shapes inclusive ethos, policy and use of resources", "S8", "Model II", "Proved"),
    ("18", "Identifies pupils, sets targets, plans interventions and reviews progress", "S3", "Model II", "Proved"),
    ("18a", "Uses other professionals' assessments to shape teaching", "S6", "Model I", "Proved"),
    ("18b", "Uses summative assessment and national tests to track progress and adjust programmes", "S3", "Precrease P3 (a tracking sheet)", "Sketch"),
    ("18c", "Helps other teachers develop formative assessment", "\u2014", "\u2014", "Open"),
    ("18d", "Arranges access arrangements for tests and examinations in good time", "S3", "TC:S2d", "TC:S2d"),
    ("19", "Uses provision mapping to plan and to find ineffective or missing provision", "S4", "Model II", "Proved"),
    ("20", "Deploys and manages staff", "S4", "Model II", "Proved"),
    ("21", "Develops colleagues: observation and feedback, modelling, coaching, training", "S5", "Model III (Crease C5)", "Proved"),
    ("22", "Reviews provision with staff to inform self-evaluation", "S8", "TC:S6", "TC:S6"),
    ("23", "Involves pupils in planning, agreeing and reviewing their provision", "\u2014", "\u2014", "Open"),
    ("24", "Works with parents and carers to promote learning", "S6", "Model III", "Proved"),
    ("25", "Works in partnership with other services and voluntary organisations", "S6", "Model III", "Proved"),
]
k4_row = None
for rowdef in OUT:
    r = ta.add_row()
    if rowdef[0] == "G":
        c = r.cells[0].merge(r.cells[4])
        cell_text(c, rowdef[1], bold=True, fill="E7E6E6")
        continue
    no, text, stated, proved, status = rowdef
    cell_text(r.cells[0], no, size=9)
    cell_text(r.cells[1], text, size=9)
    cell_text(r.cells[2], stated, size=9)
    if proved == "TC:S2d":
        pp = r.cells[3].paragraphs[0]
        del_run(pp, "Model II", GP, D2)
        ip = r.cells[4].paragraphs[0]
        del_run(ip, "Proved", GP, D2)
        ins_run(ip, "Stated", GP, D2)
    elif proved == "TC:S6":
        pp = r.cells[3].paragraphs[0]
        ins_run(pp, "Model II", GP, D2)
        ip = r.cells[4].paragraphs[0]
        del_run(ip, "Stated", GP, D2)
        ins_run(ip, "Proved", GP, D2)
    else:
        cell_text(r.cells[3], proved, size=9)
        cell_text(r.cells[4], status, size=9, bold=(status != "Proved"))
    if no == "11":
        k4_row = r
    if status in ("Open",):
        shade(r.cells[4], "FCE4D6")
for row in ta.rows:
    for j, w in enumerate([1.2, 8.0, 1.6, 4.0, 1.7]):
        row.cells[j].width = Cm(w)
comment(doc, k4_row.cells[1].paragraphs[0].runs, "I think Model I covers child development too - HC", HC, "HC")
para(doc, "Table A1. Crease assignment. Statuses as in Definition 2.8.", italic=True, size=9)

# ------------------------------------------------------------------ References
H("References")
REFS = [
    "[1] DfES (2001) Special Educational Needs Code of Practice. London: DfES.",
    "[2] DfES (2004) Removing Barriers to Achievement: the Government's Strategy for SEN. London: DfES.",
    "[3] DfES (2004) Every Child Matters: Change for Children. London: DfES.",
    "[4] Ofsted (2004) Special educational needs and disability: towards inclusive schools. London: Ofsted.",
    "[5] Ofsted (2006) Inclusion: does it matter where pupils are taught? London: Ofsted.",
    "[6] Bercow, J. (2008) The Bercow Report: a review of services for children and young people (0-19) with speech, "
    "language and communication needs. Nottingham: DCSF.",
    "[7] Brooks, G. (2007) What works for pupils with literacy difficulties? London: DCSF.",
    "[8] Huzita, H. (1989) Axiomatic development of origami geometry. Proceedings of the First International Meeting "
    "of Origami Science and Technology, Ferrara.",
    "[10] Lang, R. J. (2003) Origami Design Secrets. Natick, MA: A K Peters.",
    "[11] Kawasaki, T. (1989) On the relation between mountain-creases and valley-creases of a flat origami. "
    "Proceedings of the First International Meeting of Origami Science and Technology, Ferrara.",
    "[12] DCSF (2008) Inclusion Development Programme: supporting pupils with dyslexia and speech, language and "
    "communication needs. London: DCSF.",
]
for r in REFS:
    para(doc, r, size=9.5, space_after=2)

out = HERE / (NAME + ".docx")
doc.save(out)
print(out.name, "words:", word_count(out))
