"""nw-01-hatchmere-hedge-jury-verdict: builds nw-01-hatchmere-hedge-jury-verdict.docx next to this script.

Provider. The Hatchmere Hedge Jury and Hedgelaying Society, a hedge-laying and hedgerow charity founded in 1889 by
the hedge jurors of the Manor of Hatchmere, which still keeps the manor's Court Leet each Michaelmas. It offers the
National Award for SEN Coordination with the Hatchmere and Ouseley Schools Partnership (seven schools, one of them
Ouseley Bridge special school) and the University of Castlebourne, which validated it as a 60-credit Level 7
Postgraduate Certificate. First company October 2009; sent with a covering note dated January 2009.

Document kind and layout. The application is the engrossed Verdict of the Society's Hedge Jury at its Michaelmas
Court (a manorial Court Leet record): a covering note on a typed letterhead, a Clerk's note in a floating text box,
a title block, "The Jury Sworn" table with merged shaded rows, the Steward's Charge in italics, nine numbered
Customs (the Court's definitions, including the key to the Hayward's Book), a table of the eight Lengths, 32
hand-numbered Presentments ("We present that ..."), Other Business of the Court, an Orders and Pains table, and in
a landscape section the Hayward's Book: the 29 minimum outcomes as "hedges" grouped under three merged shaded
rows, each with "Laid at" (taught) and "Bound at" (assessed: B1/B2/B3/View = marked; "Staked" = formative only;
a dash = not this season), keyed in Custom 9 far above. No heading styles: titles are bold typed capitals. The
house words: Hedger (participant), Landholder (headteacher), Mate (mentor), Warden (tutor), Hayward (programme
leader), Length (taught day), Stint (school task), Binder (marked assignment), Staking (formative review), Court
of View (final oral examination), Own Walk (pre-course self-rating), Entry Walk (selection interview). Page header;
a footer with a PAGE field; two footnotes; two comments; tracked changes.

Traps (requirement ids each touches):
- The Steward's Charge repeats the specification's own words (focus on achievement, links to practice, prior
  learning, assessment-only route, CRB, moderation, minimum outcomes): a form's prompt, never an answer
  (1.1, 1.2, 2.1, 2.3, 5.3, 5.8, 6.0).
- The Clerk's text box claims every hedge is laid and bound: an unsupported coverage claim that the Hayward's Book
  contradicts (1.9, 6.0 and the gaps in 6.*).
- Footer: "Every Hedger is CRB-checked by the Society before Length I" -- a footer is never evidence; the body says
  the Society checks only its own volunteers (wrong context) and leaves Hedgers' checks to Landholders (someone
  else's responsibility) and "does not ask to see them" (5.3 not met).
- Presentment 12: the assessment-only question "respited to the Lady Day Court" (a deferred decision), with a
  comment suggesting saying yes anyway (2.3 not met; the comment is not part of the submission).
- Presentment 4: research only as "keep the reading ... fresh" (1.3 partial).
- Presentment 11: the Own Walk self-rating does not change anyone's course (2.2 partial: needs assessment, no
  individual plan or personalised outcomes).
- Presentment 16: one October start and one day; catch-up with next year's company; a past arrangement (Saturdays
  and a second barn, "ceased in 2006"); a deleted sentence promising a January company (3.2 partial).
- Presentment 17: "does no teaching by computer" (3.3 not applicable).
- Presentment 24: the placement sentence is a tracked deletion; what remains is conditional ("where his or her
  Landholder can spare the day") (5.5 partial).
- Presentment 25: no specialist technology kept (5.6 partial).
- Presentment 27 is a tracked insertion (moderation, second marking, external examiner): part of the submission
  (5.8 met). Presentment 30 is right words about the wrong thing (the Society's hedging match judges).
- Presentment 28: confidence measured, but pupils' achievement only "the Jury trusts"; a comment proposing baseline
  measures is not part of the submission (5.9 partial).
- Presentment 29: the award goes to whoever passes three Binders and the Court of View, not tied to the outcomes
  (6.0 partial).
- Presentment 32: prior experience counted towards the Society's own Hedgelaying Certificate (wrong context; 2.1 is
  met by Presentment 9).
- Hayward's Book: 6.A3, 6.K3, 6.K7 taught but not assessed; 6.A7 and 6.S2b assessed only at a Staking (formative);
  6.S2c assessed but taught nowhere; 6.K4 and 6.S2d dashes in both columns (not met). Hence 1.9 partial.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _nw_helpers import (Footnotes, base_document, cell_text, comment, del_para, del_run, header_footer,
                         ins_para, landscape, para, run, shade_cell, shade_para, table, text_box)
from docx.shared import Pt, Cm

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
CLERK, STEWARD = "Derek Fell", "Margaret Ellery"
D1, D2 = "2008-11-20T10:12:00Z", "2008-12-02T19:40:00Z"

doc = base_document(font="Georgia", size=10.5)
fn = Footnotes()
header_footer(doc.sections[0], "Manor of Hatchmere · Verdict of the Hedge Jury · Michaelmas Court 2008",
              "Engrossed by the Clerk. Every Hedger is CRB-checked by the Society before Length I.")

# ---------------------------------------------------------------- covering note
p = para(doc, "THE HATCHMERE HEDGE JURY AND HEDGELAYING SOCIETY", bold=True, align="center", after=0, size=13)
p = para(doc, "", align="center", after=2)
run(p, "The Hedging Barn, Tanyard Lane, Hatchmere, Ousedale HM7 2QE", size=9)
p.add_run().add_break()
run(p, "Registered charity 1023118 · Telephone 01398 440217", size=9)
para(doc, "5th January 2009", align="right")
para(doc, "To the Training and Development Agency for Schools: application for approval to provide the National "
          "Award for Special Educational Needs Coordination", bold=True)
para(doc, "The Society sends as its application the engrossed Verdict of its Hedge Jury at the Michaelmas Court of "
          "2008. Since the Society was founded by the Manor's hedge jurors in 1889, every new undertaking of the "
          "Society has been walked by a Jury and entered in the Court's book, and the Award was no exception: the "
          "Jury walked the whole of the proposed course over two sittings, and its Verdict is the fullest account "
          "we have of it. We have left the Steward's corrections showing, as they stand in the book. Words of the "
          "Court's that may be strange to the panel are explained in the Customs.")
para(doc, "Derek Fell, Clerk of the Court and Secretary of the Society", italic=True)
text_box(doc, [[("A NOTE FROM THE CLERK. ", "b"),
                ("Every hedge in the Hayward's Book is laid on a Length and bound in a Binder or at the Court of "
                 "View, so the Award covers and assesses the whole of the national minimum outcomes.", "")]],
         width_pt=420, fill="EFEBDD")

# ---------------------------------------------------------------- title block
para(doc, "", after=2)
para(doc, "MANOR OF HATCHMERE", bold=True, align="center", size=14, after=2, before=8)
para(doc, "The Court Leet and Court Baron, with the View of Hedges,", align="center", after=0)
para(doc, "holden at the Plough Inn, Hatchmere, on Thursday the 16th day of October 2008, and adjourned to "
          "Thursday the 13th day of November 2008, before Mrs Margaret Ellery, Steward of the Manor", align="center",
     italic=True, after=6)
p = para(doc, "VERDICT OF THE HEDGE JURY upon the Society's Course for the National Award for Special Educational "
              "Needs Coordination", bold=True, align="center", after=8)
shade_para(p, "E4DFCC")

# ---------------------------------------------------------------- the jury
jurors = [
    ("1", "Robert Dunmore (Foreman)", "Hedging Master of the Society"),
    ("2", "Jean Aston", "Headteacher, Ouseley Bridge School (special, 2-19)"),
    ("3", "Colin Pring", "Headteacher, Saltbrook County Primary School"),
    ("4", "Gareth Lloyd", "Deputy Headteacher and SENCO, Ouseley High School"),
    ("5", "Sunita Bhatt", "SENCO, Hatchmere Church of England Primary School"),
    ("6", "Dr Patrick Hale", "Senior Lecturer in Inclusive Education, University of Castlebourne"),
    ("7", "Alison Kerr", "Senior Educational Psychologist, Ousedale County Council"),
    ("8", "Neil Marriott", "Principal Officer for SEN, Ousedale County Council"),
    ("9", "Maureen Tuck", "Parent; volunteer with the Ousedale Parent Partnership Service"),
    ("10", "Fran Mayhew", "Chair, Ousedale Dyslexia Association"),
    ("11", "Tom Varley", "Retired SENCO; member of the Society since 1979"),
    ("12", "Kofi Mensah", "Learning Mentor, Saltbrook County Primary School; Young Hedger champion 2007"),
]
officers = [("Steward", "Mrs Margaret Ellery", "Chair of the Society"),
            ("Clerk", "Derek Fell", "Secretary of the Society"),
            ("Hayward", "Ruth Okafor", "Leader of the Award"),
            ("Bailiff", "Len Coombes", "Keeper of the Barn")]
t = table(doc, 2 + len(jurors) + 1 + len(officers), 3, widths=[1.6, 5.2, 9.6])
r0 = t.rows[0].cells
m = r0[0].merge(r0[2])
cell_text(m, "THE JURY SWORN, 16th October 2008", bold=True, fill="D9D2B8")
for c, h in zip(t.rows[1].cells, ("No.", "Juror", "Sworn in right of")):
    cell_text(c, h, bold=True, size=9, fill="EFEBDD")
for i, (n, name, role) in enumerate(jurors, 2):
    for c, v in zip(t.rows[i].cells, (n, name, role)):
        cell_text(c, v, size=9)
k = 2 + len(jurors)
m = t.rows[k].cells[0].merge(t.rows[k].cells[2])
cell_text(m, "OFFICERS OF THE COURT (not sworn)", bold=True, fill="D9D2B8")
for i, (office, name, role) in enumerate(officers, k + 1):
    for c, v in zip(t.rows[i].cells, (office, name, role)):
        cell_text(c, v, size=9)

# ---------------------------------------------------------------- the charge
para(doc, "THE STEWARD'S CHARGE", bold=True, before=10, keep=True)
para(doc, "You shall diligently inquire and true presentment make of all such things as shall be given you in "
          "charge. You shall inquire whether the Award will have a clear focus on raising the achievement of "
          "children and young people with special educational needs and disabilities; whether it will make strong "
          "links to effective practice in schools; whether the Society has arrangements in place to take account "
          "of and accredit prior study and experience; whether, in exceptional circumstances, suitably experienced "
          "candidates will be able to present themselves for assessment through an assessment-only route; whether "
          "there are systems to verify that candidates have a current Criminal Records Bureau enhanced disclosure; "
          "whether assessments will be consistent, reliable and accurate, and moderated; and whether only those who "
          "have shown every one of the minimum outcomes will be admitted to the Award. You shall present the truth, "
          "and nothing but the truth, as it is before you.", italic=True, indent=0.8)

# ---------------------------------------------------------------- customs
para(doc, "CUSTOMS OF THE COURT, AND OF THE HAYWARD'S BOOK", bold=True, before=10, keep=True)
customs = [
    "\"Hedger\" is a teacher taking the Award; \"the company\" is all the Hedgers of one season.",
    "\"Landholder\" is the headteacher of the school where the Hedger works.",
    "\"Mate\" is an experienced SENCO or senior teacher, in or near the Hedger's school, named by the Hayward with "
    "the Landholder's agreement to walk with the Hedger through the season.",
    "\"Warden\" is a tutor of the Award. The \"Hayward\" is the Warden who leads it.",
    "\"Length\" is a taught day, at the Hedging Barn or at Ouseley Bridge School. There are eight Lengths, numbered "
    "I to VIII, between October and June.",
    "\"Stint\" is a piece of practical work the Hedger does in his or her own school between one Length and the "
    "next, and bears the number of the Length it follows.",
    "\"Binder\" is one of the three pieces of written work marked against the University's criteria for Level 7: "
    "Binder 1 (B1), Binder 2 (B2) and Binder 3 (B3). The \"Court of View\" is the oral examination at the end of "
    "the season, at which the Hedger shows his or her portfolio (the \"Hedge\") and is questioned on it by two "
    "examiners.",
    "\"Staking\" is a half-hour talk between a Warden and a Hedger after Lengths IV and VII, at which draft work is "
    "looked at and advice given. Nothing at a Staking is marked, and it counts for nothing towards the Award.",
    "In the Hayward's Book the column \"Laid at\" gives the Lengths and Stints at which a hedge is taught and "
    "practised. The column \"Bound at\" gives where it is assessed: B1, B2, B3 or View means it is marked in that "
    "Binder or at the Court of View; \"Staked\" means it is looked at in a Staking only; a dash in either column "
    "means it is not laid, or not bound, this season.",
]
for i, c in enumerate(customs, 1):
    p = para(doc, [(f"Custom {i}.  ", "b"), (c, "")], indent=0.5)
    if i == 7:
        fn.add(p, "B1 is of 4,000 words, B2 and B3 of 5,000 words each; the Court of View lasts forty minutes.")

# ---------------------------------------------------------------- lengths
para(doc, "THE LENGTHS", bold=True, before=10, keep=True)
lengths = [
    ("I", "The SENCO's Hedge: the role, Every Child Matters, the Award and the Own Walk", "Barn", "Ruth Okafor"),
    ("II", "The Law of the Hedge", "Barn", "Dr Patrick Hale"),
    ("III", "Hearing the Pupil and the Family", "Ouseley Bridge", "Ruth Okafor, Maureen Tuck"),
    ("IV", "Reading the Ground: identifying needs, data, targets, interventions, provision mapping",
     "Ouseley Bridge", "Ruth Okafor, Gareth Lloyd"),
    ("V", "Many Hands: the commoner needs and the services", "Ouseley Bridge", "Alison Kerr and guests"),
    ("VI", "Walking with Colleagues", "Barn", "Jean Aston"),
    ("VII", "The Whole Hedge: governors, policy, self-evaluation", "Ouseley Bridge", "Jean Aston, Neil Marriott"),
    ("VIII", "Next Season", "Barn", "Ruth Okafor"),
]
t = table(doc, 1 + len(lengths), 4, widths=[1.4, 9.0, 2.8, 3.6])
for c, h in zip(t.rows[0].cells, ("Length", "Title", "Where", "Led by")):
    cell_text(c, h, bold=True, size=9, fill="EFEBDD")
for i, row in enumerate(lengths, 1):
    for c, v in zip(t.rows[i].cells, row):
        cell_text(c, v, size=9)

# ---------------------------------------------------------------- presentments
para(doc, "PRESENTMENTS OF THE JURY", bold=True, before=12, keep=True)
para(doc, "The Jury, having walked the course at the Barn on the 16th October and at Ouseley Bridge School on the "
          "13th November, present as follows.", italic=True)

P = {}


def pres(n, text, lead=None):
    segs = [(f"{n}.  ", "b")]
    if lead:
        segs.append((lead + " ", "i"))
    segs.append((text, ""))
    P[n] = para(doc, segs, align="justify")
    return P[n]


p = pres(1, "We present that the Hatchmere Hedge Jury and Hedgelaying Society, the Hatchmere and Ouseley Schools "
            "Partnership (seven schools, among them Ouseley Bridge School and Ouseley High School) and the "
            "University of Castlebourne have joined to offer the National Award for Special Educational Needs "
            "Coordination. The University's School of Education validated the course on 2nd July 2008 as its "
            "Postgraduate Certificate in Special Educational Needs Coordination, of 60 credits at Level 7 (masters "
            "level). Every Hedger is registered as a student of the University, and the University alone confers "
            "the Award. The first company will begin in October 2009.")
fn.add(p, "The Court has sat each Michaelmas since 1611. Since the Manor passed to the Hatchmere Parish Trust in "
          "1952 the Society has kept the Court on the Trust's behalf.")
pres(2, "We find that the whole course is set to raise the achievement, and better the well-being, of pupils with "
        "special educational needs and disabilities in the Hedgers' schools, and that achievement is reckoned as "
        "the five Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a "
        "positive contribution and achieving economic well-being. The aims printed at the head of the course say "
        "so; every Length ends by asking what the day means for the pupils; and the brief for each Binder asks the "
        "Hedger to name which of the five outcomes the work was meant to improve for the pupils concerned, and to "
        "show what changed. A Binder that does not show this is referred.")
pres(3, "We present that between each Length and the next the Hedger carries out a Stint in his or her own school, "
        "each a practical task tied to hedges in the Hayward's Book: leading a review meeting with a pupil and "
        "parent (Stint III), mapping the school's provision (Stint IV), observing and coaching a colleague (Stint "
        "VI), and the like. The Mate sees each Stint and signs the Hedger's Stint sheet. Binder 1 and Binder 3 are "
        "built from the Stints, and Binder 3 must show, with evidence from the school, what has changed in the "
        "practice of the Hedger and of colleagues as a result.")
pres(4, "We find that the Wardens keep the reading for each Length fresh and bring before the Hedgers whatever is "
        "new in the field, as the Society has always done with the styles of laying.")
pres(5, "We present that Length II, the Law of the Hedge, takes the Hedgers through the Education Act 1996 and the "
        "Special Educational Needs Code of Practice (2001); the Special Educational Needs and Disability Act 2001 "
        "and the Disability Discrimination Act 1995 as amended in 2005, with the disability equality duty and "
        "schools' accessibility plans; the Children Act 2004 and Every Child Matters; and the Education (Special "
        "Educational Needs Co-ordinators) (England) Regulations 2008. Binder 1 asks the Hedger to set out how the "
        "Code of Practice is put into practice in his or her own school and what it requires of the SENCO.")
pres(6, "We present that Length III, Hearing the Pupil and the Family, is given to consulting pupils and to "
        "working with parents and carers. The Hedgers practise ways of finding out pupils' views (talking mats, "
        "pupil questionnaires, pupil-led reviews, photographs and diaries for younger pupils and those with little "
        "speech) and ways of working with parents and carers as partners (planning a review together, hearing what "
        "a parent knows of the child, writing to parents plainly). For Stint III each Hedger consults a group of "
        "pupils with SEN about one part of the school's provision, and leads one review meeting jointly with a "
        "pupil and his or her parent or carer. Binder 2 reports both and is marked on them.")
pres(7, "We present that Length VI, Walking with Colleagues, is given to advising, supporting and working with "
        "colleagues in the school and in other services: observing teaching and giving feedback, modelling and "
        "coaching, planning and leading training, deploying and managing teaching assistants, and winning the "
        "headteacher and senior leaders to a change. For Stint VI the Hedger observes a colleague, gives feedback "
        "and leads one staff training session. Binder 3 is an account of a change the Hedger has led in the school "
        "with colleagues, and is marked on it.")
pres(8, "We present that Length V, Many Hands, brings in the other services: a speech and language therapist from "
        "the Ousedale Community Health NHS Trust, an educational psychologist, the county's Sensory Support Service "
        "and the Ousedale Dyslexia Association each lead part of the day on the commoner needs (behavioural, "
        "emotional and social difficulties, dyslexia and other specific learning difficulties, speech, language "
        "and communication needs, the autistic spectrum, and moderate learning difficulties), on what the best "
        "evidence says works for them, and on how a SENCO gets their help.")
pres(9, "a Hedger who already holds credit at Level 7 in special educational needs, such as the University's "
        "Certificate in Specific Learning Difficulties, may ask through the Hayward for it to be counted under the "
        "University's rules for the accreditation of prior learning. Up to 20 of the 60 credits may be so counted, "
        "in place of Binder 1 or Binder 2. A Hedger with long experience but no credit may instead write a "
        "reflective account mapped against the Hayward's Book, which two Wardens assess; if it is accepted it "
        "stands in place of Binder 1.", lead="Concerning earlier study, we present that")
pres(10, "We present that a teacher comes to the Award on the nomination of his or her Landholder. The nominee must "
         "hold qualified teacher status and be the school's SENCO, or be named to become SENCO within the year. The "
         "Hayward meets every nominee at his or her school for the Entry Walk, an hour's interview with the "
         "Landholder present for part of it, and decides from it whether the nominee is likely to come to every "
         "hedge in the Book by the end of one season. Where the Hayward thinks not, she writes to the nominee and "
         "to the Landholder setting out what the nominee should do first (usually a term in the Partnership's "
         "SENCO Network and some named reading) and offers a place in the following season.")
pres(11, "We present that before Length I every Hedger makes an Own Walk along the Hayward's Book, marking each "
         "hedge sound, gappy or not yet laid. The Hayward keeps the Own Walks and reads them again at the Court of "
         "View to see how far each Hedger has come. The Own Walk does not change the Lengths, Stints or Binders, "
         "which are the same for every Hedger.")
p = pres(12, "the Jury was asked whether a teacher from the county's learning support service, or another of long "
             "experience, might come straight to the Court of View and be judged on every hedge without the "
             "Lengths. ", lead="Concerning viewing without laying,")
r = run(p, "The Jury could not agree, and the matter is respited to the Lady Day Court.")
comment(doc, [r], "Could we not say yes in the application and settle the details at Lady Day? M.E.", STEWARD, "ME")
pres(13, "We present that the fee for the season is £1,150, of which the Partnership pays £400 for every Hedger "
         "from its seven schools, and the Society's Bursary Fund up to £200 more for a Hedger from a school of "
         "fewer than a hundred pupils; the Barn and Ouseley Bridge School are lent free, and the Wardens from the "
         "University and the county are paid at cost. Each Hedger chooses, within the brief, the pupils, the "
         "subject and the colleagues for every Stint and Binder, so that the work fits the school; and the Mate "
         "gives each Hedger six hours in the season, for which the Landholder releases them both.")
pres(14, "We present that at Length VIII each Hedger drafts a Next Season sheet of three professional targets for "
         "the year after the Award, with the steps to reach them, and takes it to his or her performance review "
         "with the Landholder. The Hayward gives every Hedger the University's list of MA modules in Inclusive "
         "Education and the dates of the Partnership's SENCO Network for the following year, and talks each sheet "
         "through at the Court of View.")
pres(15, "We present that the Society's Equality Scheme (revised 2008) governs the Award. The leaflet and "
         "application form say plainly, and in large print on request, that disabled teachers are welcome and "
         "that the Society will make adjustments; the form asks each applicant, in confidence, whether he or she "
         "has a disability or other need the Society should plan for, and the Hayward follows up every answer "
         "before the Entry Walk. Adjustments made include papers in large print or by e-mail, a hearing loop in "
         "the Barn (which has a level entrance and an accessible lavatory), a reader or scribe at the Court of "
         "View, and extra time for Binders under the University's rules. The criteria at the Entry Walk are the "
         "same for every nominee, and nothing is asked there about disability except what is needed to plan "
         "adjustments.")
p = pres(16, "We present that the Lengths are held on eight Thursdays between October and June, four at the Barn "
             "and four at Ouseley Bridge School, and that there is one company a year, starting in October. ")
del_run(p, "A second company, meeting on Saturdays, will start each January. ", STEWARD, D2)
run(p, "A Hedger who misses a Length lays it with the next season's company, and with the University's leave may "
       "carry an unfinished Binder over to the next season. In former seasons the Society's courses were also run "
       "on Saturdays and at the Cold Ashby barn, but that ceased in 2006.")
pres(17, "We present that the Society does no teaching by computer. Papers are sent out by post and handed out at "
         "the Lengths, and the Hayward answers Hedgers by telephone on Tuesday evenings.")
pres(18, "We present that in the spring of 2007 the Society and the Partnership sent the Gate Survey to the "
         "headteachers and SENCOs of all 41 schools in the Ousedale and Hatchmere districts and to the county's "
         "SEN officers; 29 schools and the officers replied. They asked above all for help with mapping and "
         "costing provision, with using data on pupils' progress and with managing teaching assistants, and said "
         "that a SENCO could be released for a day a month but not more. These are the matters of Lengths IV and "
         "VI, and the course is built on one day a month.")
pres(19, "We present that the course was changed on what the Partnership's heads, parents and services told the "
         "Lammas Court of 2008: at the Landholders' asking the Lengths were cut from ten to eight and the Stints "
         "made larger; the Parent Partnership Service asked for a Length on working with families, and Length III "
         "was given to it; and the Educational Psychology Service asked that the Court of View be held in the "
         "Hedger's own school, which it now is.")
pres(20, "We present that Landholders, a parent and the county's services sit on this Jury, which will walk each "
         "season's results at Michaelmas; that every Landholder is sent a short questionnaire at the end of the "
         "season on what the Award has done for the school; that the Educational Psychology Service provides a "
         "Warden for Length V and the second examiner at each Court of View; and that Ouseley Bridge School hosts "
         "four Lengths.")
pres(21, "We present that the Award is walked in these ways. Within: each Length ends with the Hedgers' Gate Sheet, "
         "on which they say what served and what did not; the Wardens meet after every Length; and the Hayward "
         "writes a season report. Without: the University's annual monitoring, its external examiner's report and "
         "the Landholders' questionnaire. The Hayward lays all of these before the Michaelmas Court, which makes "
         "orders for the next season; the orders are entered in the Court's book, and at the next Court the "
         "Hayward reports on each one whether it was done.")
pres(22, "We present that every member of the Society who leads school parties along the hedges on the Society's "
         "Hedgerow Days for schools holds an enhanced disclosure from the Criminal Records Bureau, renewed every "
         "three years and seen by the Clerk. Hedgers are teachers in post, and each Landholder answers for the "
         "checks on his or her own staff; the Society does not ask to see them.")
pres(23, "We present that the Wardens are Ruth Okafor, the Hayward, SENCO of Saltbrook County Primary School for "
         "eleven years, MA in Special and Inclusive Education (Castlebourne, 2005); Dr Patrick Hale, Senior "
         "Lecturer in Inclusive Education at the University, who teaches on its MA; Alison Kerr, Senior "
         "Educational Psychologist with the county; and Jean Aston, headteacher of Ouseley Bridge School and a "
         "specialist leader in autism. All four are in present practice, and each keeps a record of his or her "
         "own reading and training, which the Hayward sees each September.")
p = pres(24, "We present that, besides the speakers at Length V, the Hedgers hear from the county's Behaviour "
             "Support Service at Length IV. ")
del_run(p, "Each Hedger spends one day at Ouseley Bridge School and one day with the Behaviour Support Service, "
           "arranged by the Hayward. ", STEWARD, D2)
run(p, "A Hedger may also visit Ouseley Bridge School for a day where his or her Landholder can spare the day.")
pres(25, "We present that every Hedger may use the University's library, with its electronic journals, on his or "
         "her student card; that the Barn has a projector and screen; and that the Society keeps the Hatchmere "
         "Box, a lending box of reading tests, screening checklists and books on the commoner needs, which Hedgers "
         "borrow between Lengths. The Society keeps no specialist technology for pupils; the Wardens speak of it "
         "at Length V.")
pres(26, "We present that each Mate is sent the Mate's Card, four pages on what a Mate does and does not do, and "
         "comes to the Mates' Evening at the Barn each September; that a Warden new to the Award marks his or her "
         "first Binders alongside the Hayward; and that the University's link tutor goes through its Level 7 "
         "criteria with all the Wardens each September.")
p = ins_para(doc, "We present that every Binder is marked by one Warden, and a second Warden marks all fails, all "
                  "borderline work and one in four of the rest; that the University's moderator and its external "
                  "examiner see a sample of each Binder and sit in on two Courts of View each season; and that no "
                  "mark stands until the University's Award Board confirms it.", CLERK, D1, bold_lead="27.  ")
from docx.enum.text import WD_ALIGN_PARAGRAPH; p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p = pres(28, "We present that every Hedger rates his or her confidence against each hedge of the Hayward's Book at "
             "the Own Walk and again at the Court of View, and the Hayward reports the change for the company to "
             "the Michaelmas Court. ")
r = run(p, "As to the pupils, the Jury trusts that the pupils of the Hedgers' schools will be the better for the "
           "Award, and the Landholders' questionnaire asks them whether they think so.")
comment(doc, [r], "Should we not ask each Hedger to measure the pupils before and after Binder 3, and report it? "
                  "M.E.", STEWARD, "ME")
pres(29, "We present that a Hedger who has passed the three Binders and satisfied the Court of View is presented to "
         "the University's Award Board and, on its confirmation, admitted to the Award; a Hedger referred in a "
         "Binder may lay it again once.")

para(doc, "OTHER BUSINESS OF THE COURT", bold=True, before=10, keep=True)
pres(30, "We present that at the Society's Saltbrook Match on the 8th November each class was judged by two judges, "
         "the Chief Judge walking every plot where their points differed by more than ten, and that the results "
         "were moderated at the Judges' Supper and are confirmed.")
pres(31, "We present that the hedge on the north side of Tanyard Lane, laid in 2005, is gappy at its eastern end, "
         "and order the Bailiff to see it gapped up with whips of hawthorn and field maple before Candlemas.")
pres(32, "We present that hedgers of long service who wish to take the Society's Hedgelaying Certificate may have "
         "their experience counted, on a day's assessment on the hedge, in place of the beginners' course.")

# ---------------------------------------------------------------- orders and pains
para(doc, "ORDERS AND PAINS", bold=True, before=10, keep=True)
orders = [
    ("The Hayward to send the Mate's Card to every Mate before Length I", "30th September 2009",
     "The Hayward to stand the Jury's supper"),
    ("The Clerk to enter in the book the marking arrangements agreed with the University", "Martinmas 2008",
     "Five shillings"),
    ("The Bailiff to gap up the Tanyard Lane hedge", "Candlemas 2009", "Five shillings"),
    ("Viewing without laying", "Respited to the Lady Day Court", "None"),
]
t = table(doc, 1 + len(orders), 3, widths=[8.6, 4.0, 4.2])
for c, h in zip(t.rows[0].cells, ("Order", "To be done by", "Pain")):
    cell_text(c, h, bold=True, size=9, fill="EFEBDD")
for i, row in enumerate(orders, 1):
    for c, v in zip(t.rows[i].cells, row):
        cell_text(c, v, size=9)
para(doc, "Signed for the Jury, Robert Dunmore, Foreman. The pains affeered by Tom Varley and Colin Pring. "
          "Engrossed by Derek Fell, Clerk.", italic=True, before=8)

# ---------------------------------------------------------------- the hayward's book (landscape)
sec = landscape(doc)
para(doc, "THE HAYWARD'S BOOK", bold=True, size=12, after=2)
para(doc, "The hedges every Hedger must come to (the national minimum outcomes), as the Jury walked them. "
          "Read the columns by Custom 9.", italic=True)
groups = [
    ("FIRST HEDGE: WHAT A SENCO IS", [
        ("I.1", "Deals fairly, respectfully and warmly with pupils with SEN and disabilities and with their parents "
                "and carers, and builds working relationships with them that last.", "III; Stint III", "B2"),
        ("I.2", "Wins the headteacher, senior leaders and other colleagues to the work of improving outcomes for "
                "these pupils.", "VI; Stint VI", "B3"),
        ("I.3", "Puts first things first, manages time, and hands tasks on to others with care that they are "
                "done.", "VI", "-"),
        ("I.4", "Sees trouble coming and deals with it; makes sound, well-grounded decisions on provision.",
         "IV; VII", "View"),
        ("I.5", "Speaks and writes clearly; listens to others and understands their views.", "I to VIII",
         "B1, B2, B3, View"),
        ("I.6", "Uses research and outside advice to improve his or her own and colleagues' practice.", "V", "B2"),
        ("I.7", "Keeps up to date and takes charge of his or her own professional development in SEN and "
                "disability.", "VIII", "Staked"),
    ]),
    ("SECOND HEDGE: WHAT A SENCO KNOWS", [
        ("II.1", "The law and guidance on SEN, the Code of Practice above all: what they mean for the school, the "
                 "SENCO and others, and how to carry them out.", "II", "B1"),
        ("II.2", "The principles and five outcomes of Every Child Matters, and the SENCO's part in helping pupils "
                 "reach them.", "I", "B1"),
        ("II.3", "The laws on disability equality and what they require a school to do for disabled pupils.", "II",
         "-"),
        ("II.4", "How children develop, and how development is affected by SEN, disability and the physical and "
                 "social surroundings of learning.", "-", "-"),
        ("II.5", "The commoner needs (behavioural, emotional and social; specific learning difficulties and "
                 "dyslexia; speech, language and communication; the autistic spectrum; moderate learning "
                 "difficulties) and how each affects learning.", "V", "B2"),
        ("II.6", "Weighs up approaches, strategies and resources for assessment, planning, teaching and learning, "
                 "ICT among them, and uses them to remove barriers and personalise provision.", "IV; V", "B2"),
        ("II.7", "The principles of school self-evaluation and improvement as they bear on outcomes for pupils "
                 "with SEN.", "VII", "-"),
        ("II.8", "Best practice, and what research has found, in meeting special educational needs.", "V", "B2"),
        ("II.9", "What outside agencies do, and how to get specialist help and resources for pupils.", "V", "View"),
    ]),
    ("THIRD HEDGE: WHAT A SENCO CAN DO", [
        ("III.1", "With senior colleagues and governors, shapes the school's inclusive ethos, its policies and "
                  "priorities, and its use of resources.", "VII", "B3"),
        ("III.2", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews "
                  "progress.", "IV; Stint IV", "B1"),
        ("III.2(a)", "Uses the assessments of other professionals to shape teaching and learning.", "V", "B2"),
        ("III.2(b)", "Uses summative assessment, national tests among it, to track progress and change "
                     "programmes.", "IV", "Staked"),
        ("III.2(c)", "Encourages colleagues to develop formative assessment, with thought for pupils with SEN.",
         "-", "B3"),
        ("III.2(d)", "Identifies in good time the special arrangements pupils need for national tests and "
                     "examinations, and puts them in place with colleagues.", "-", "-"),
        ("III.3", "Uses provision mapping to plan provision and to find what is missing or not working.",
         "IV; Stint IV", "B1"),
        ("III.4", "Deploys and manages staff, teaching assistants above all, to support pupils.", "VI", "B3"),
        ("III.5", "Supports colleagues' professional development by observing and feeding back, modelling, "
                  "coaching and mentoring, and training.", "VI; Stint VI", "B3"),
        ("III.6", "Reviews with other staff how well provision works, to inform the school's self-evaluation and "
                  "improvement planning.", "VII", "B3"),
        ("III.7", "Makes sure pupils take part in planning, agreeing, reviewing and evaluating their provision.",
         "III; Stint III", "B2"),
        ("III.8", "Liaises with parents and carers to further their children's learning and development.",
         "III; Stint III", "B2"),
        ("III.9", "Works with other services and agencies, voluntary bodies among them, in a joined-up way.", "V",
         "View"),
    ]),
]
nrows = 1 + sum(1 + len(g[1]) for g in groups)
t = table(doc, nrows, 4, widths=[2.2, 15.6, 3.6, 3.8])
for c, h in zip(t.rows[0].cells, ("No.", "Hedge", "Laid at", "Bound at")):
    cell_text(c, h, bold=True, size=9, fill="D9D2B8")
i = 1
for title, rows in groups:
    m = t.rows[i].cells[0].merge(t.rows[i].cells[3])
    cell_text(m, title, bold=True, size=9, fill="EFEBDD")
    i += 1
    for row in rows:
        for c, v in zip(t.rows[i].cells, row):
            cell_text(c, v, size=9)
        i += 1
para(doc, "Walked and found as above. R.D., Foreman.", italic=True, before=6)

fn.attach(doc)
doc.save(OUT)
print("wrote", OUT)
