"""oy-02-fennick-roll-of-arms: builds oy-02-fennick-roll-of-arms.docx next to this script.

Provider (invented): the Fennick Glass Trust, the education charity of Fennick & Daughters, heraldic
glass painters of Kestleford, applying with Marchbourne University (validates, awards the credit)
and Wyrebridge County Council (lends staff and specialist services), from September 2009.

Document kind and layout: a heraldic Roll of Arms. The Trust commemorates every course with a
heraldic window; for the Award it designed the window first and sets the course out as the roll
of its fifteen shields. Heading styles carry the roll's own titles (Title, Heading 1 "Part I - Of
Tinctures and Terms", "Part II - The Shields", Heading 2 for each shield, "I. The Arms of the
Award" ... "XV. The Motto"). Each shield has a small two-column table (merged, shaded title row;
Blazon in italic heraldic language; Borne for), then "Signification" paragraphs (what the Trust
will do) and "Charges" as bulleted lines: each charge is a minimum outcome in the Trust's words
with where it is taught ("Chapter n", "Visitation n") and how it is marked ("Emblazoned in I/II/III"
= marked by that Emblazonment; "Tricked" = taught and talked over but marked by no Emblazonment),
keyed in Part I far above. Outcomes are spread across shields; there is no single outcome table.
The Chapters (taught days) are a table with merged term cells. A covering text box "To the Panel".
Footnotes gloss heraldic words only. Comments, tracked changes, a footer, signature placeholders.
The Trust's words: Pursuivants (participants), Heralds (tutors), Supporters (school mentors from
another school), Chapters (ten taught days), Visitations (tasks in school), Emblazonments (three
marked pieces), the Court (Emblazonment III, portfolio and discussion), the Gate (admission),
Confirmation of Arms (assessment-only route), the Crest Book (evaluation record), the Motto (next
steps).

Traps (requirement ids):
- Credits: "60" deleted and "40" inserted by tracked change; the Award is 40 credits at Master's
  level (E.2 partially_met), validated by Marchbourne (E.1 met). A comment explains the change.
- "Achievement" in its heraldic sense (the full display of arms) beside the real aim (1.1 met).
- Law Chapter lists SEN law and policy only; the Disability Discrimination Act appears only as the
  Trust's own duty at the Gate (1.4 partially_met; 6.K3 not_met: wrong context).
- "Each Herald brings the latest thinking to their Chapters": research and inspection evidence only
  in general terms (1.3 partially_met).
- Charges "Tricked" (taught, not marked): the trumpet (6.A5), the owl (6.K8), the key (6.K9), the
  sapling (6.K4), the quill (6.S2c), all partially_met; the beehive (6.S4) "Chapter: none" but
  Emblazoned in III (assessed, not taught: partially_met). The sundial (6.A3) is a deleted bullet
  (not_met). Reviewing provision for the school's self-evaluation is expressly left to senior
  teams ("does not ask Pursuivants to lead"), and the Trust's "own self-evaluation" is the wrong
  thing (6.S6 not_met).
- 1.9 partially_met (tricked charges never marked); 6.0 partially_met (award on an overall 50 per
  cent with compensation between Emblazonments).
- Gate: self-ratings used only for the cohort as a whole, no individual plan (2.2 partially_met);
  APL and APEL both credited (2.1 met); Confirmation of Arms is a whole inserted paragraph (2.3
  met: insertions count).
- Access: stairs, "we will try to move that Chapter", large print (3.1 partially_met).
- Online study: a deleted paragraph promised it; the body says "there is no online study" (3.3
  not_applicable).
- CRB: the Heralds' and staff's disclosures (wrong people), a comment asking about Pursuivants'
  (not evidence), the footer's "All candidates CRB-checked" (never evidence) (5.3 not_met).
- Resources: kilns, light-boxes and glass racks, "no computers", a shelf of books (5.6
  partially_met: wrong context).
- Impact: confidence questionnaire for Pursuivants, pupils only "We hope in time to learn" (5.9
  partially_met); a comment about pupil data is not evidence.
- Supporters: heraldic supporters in the blazon beside the real mentors' training (5.7 met).
"""
from pathlib import Path
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
from _oy_helpers import (Footnotes, cell_text, header_footer, para, par_deleted, par_inserted, run_del,
                         run_ins, set_col_widths, shade_cell, textbox)

HERE = Path(__file__).parent
OUT = HERE / "oy-02-fennick-roll-of-arms.docx"
HONOR = "Honor Fennick"
HELEN = "Helen Quarrie"
OWAIN = "Owain Pursglove"
D1 = "2008-12-09T11:20:00Z"
D2 = "2009-01-06T16:05:00Z"

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Garamond"
normal.font.size = Pt(11)
for name, size, colour in (("Title", 24, "5A1A1A"), ("Heading 1", 15, "5A1A1A"), ("Heading 2", 12.5, "1F3A5F")):
    s = doc.styles[name]
    s.font.name = "Garamond"
    s.font.size = Pt(size)
    s.font.color.rgb = RGBColor.from_string(colour)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.3)
fn = Footnotes(doc)

header_footer(doc, [("A Roll of Arms \u00b7 the National Award for SEN Coordination at Fennick's", {"italic": True, "size": 8.5})],
              [("Fennick Glass Trust, The Old Glassworks, Tanyard Lane, Kestleford \u00b7 All candidates CRB-checked", {"size": 8})])


def shield(num, name, blazon, borne_for, fill="E4E9F0"):
    doc.add_heading(f"{num}. {name}", level=2)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    c = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(c, f"Shield {num}", bold=True)
    shade_cell(c, fill)
    cell_text(t.cell(1, 0), "Blazon", bold=True)
    cell_text(t.cell(1, 1), blazon, italic=True)
    cell_text(t.cell(2, 0), "Borne for", bold=True)
    cell_text(t.cell(2, 1), borne_for)
    set_col_widths(t, [Cm(2.8), Cm(13.6)])
    return t


def sig(*paras):
    first = True
    out = []
    for text in paras:
        if first:
            out.append(para(doc, [("Signification. ", {"bold": True}), (text, {})]))
            first = False
        else:
            out.append(para(doc, text))
    return out


def charges(items):
    para(doc, [("Charges", {"bold": True, "italic": True})], space_after=2)
    if not items:
        para(doc, "None: this shield carries no charges.", italic=True)
    for charge, text, where, how in items:
        p = para(doc, [(charge + ". ", {"bold": True}), (text + " ", {}), (f"{where} \u00b7 {how}.", {"italic": True})],
                 style="List Bullet")


# ---------------------------------------------------------------- title
doc.add_heading("A Roll of Arms", level=0)
para(doc, [("of the National Award for Special Educational Needs Coordination as it is to be taught at the Fennick Glass "
            "Trust, Kestleford, with Marchbourne University and Wyrebridge County Council, 2009\u20132012", {"italic": True})])
para(doc, [("Submitted to the Training and Development Agency for Schools, January 2009", {"size": 10})])

textbox(doc, [
    [("To the Panel", {"bold": True})],
    "Every course that has passed through Fennick's since 1921 is remembered by a heraldic panel in the Long Gallery. For "
    "the Award we have done it the other way round: we designed the window first, and this is the roll of its fifteen "
    "shields. Under each shield the Blazon is heraldry and nothing more. What we will do is written under Signification, "
    "and the outcomes a shield carries are listed under Charges. Part I explains how a charge is written.",
    [("Honor Fennick, Master Glass Painter \u00b7 Dr Helen Quarrie, Course Director", {"italic": True})],
], width_pt=440, height_pt=120, fill="F7F3EA", stroke="5A1A1A")

# ---------------------------------------------------------------- part I
doc.add_heading("Part I \u2014 Of Tinctures and Terms", level=1)
p = para(doc, "Heraldry has two metals (or and argent, gold and silver), five colours (gules, azure, vert, sable and "
              "purpure) and the furs. A coat of arms is described in words before it is painted: that description is the "
              "blazon")
fn.add(p, "Blazon: the formal description of arms, in a fixed order: field, principal charge, lesser charges.")
p.add_run(". The shield with all that goes with it (helm, crest, mantling, supporters and motto) is the Achievement")
fn.add(p, "Achievement: the complete display of arms. It has nothing to do with marks or results.")
p.add_run(".")
para(doc, "In this Roll we use the Trust's own words for the people and parts of the Award:")
terms = [
    ("Pursuivant", "a teacher taking the Award"),
    ("Herald", "a tutor, who teaches the Chapters and marks the Emblazonments"),
    ("Supporter", "the Pursuivant's mentor: an experienced SENCO from another school"),
    ("Chapter", "one of the ten taught days"),
    ("Visitation", "a task carried out in the Pursuivant's own school between Chapters"),
    ("Emblazonment", "one of the three marked pieces of work; Emblazonment III is the Court"),
    ("the Gate", "admission to the Award"),
    ("the Roll", "the Board of Examiners' list of those awarded"),
]
t = doc.add_table(rows=len(terms), cols=2)
t.style = "Table Grid"
for i, (a, b) in enumerate(terms):
    cell_text(t.cell(i, 0), a, bold=True)
    cell_text(t.cell(i, 1), b)
    shade_cell(t.cell(i, 0), "F2EBDD")
set_col_widths(t, [Cm(3.4), Cm(13.0)])
p = para(doc, "How a charge is written. Every charge on a shield is one of the outcomes a Pursuivant must reach. A charge "
              "is emblazoned when it is painted in full colour: in this Roll, when one of the three Emblazonments marks "
              "it, and the line then ends \u2018Emblazoned in I\u2019, \u2018II\u2019 or \u2018III\u2019. A charge is "
              "tricked when it is drawn only in outline with its tinctures written in by abbreviation, as the heralds did "
              "in their notebooks")
fn.add(p, "A trick: a pen sketch of arms with the tinctures marked o. for or, a. for argent, gu. for gules, az. for azure.")
p.add_run(": here, when it is taught in a Chapter and talked over, but no Emblazonment marks it, and the line then ends "
          "\u2018Tricked\u2019. Each line also says where the charge is borne, that is, in which Chapter or Visitation "
          "it is taught.")

# ---------------------------------------------------------------- part II
doc.add_heading("Part II \u2014 The Shields", level=1)

shield("I", "The Arms of the Award", "Per pale azure and or, a rose of five petals counterchanged, on a chief argent an "
       "open book proper.", "The Award as a whole")
sig("The Award exists for the children and young people of Wyrebridge who have special educational needs or "
    "disabilities. Its aim is to raise their achievement and well-being by making their SENCO a confident leader of "
    "provision in the school. We take achievement to mean all five outcomes of Every Child Matters \u2014 being healthy, "
    "staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being \u2014 and "
    "not attainment alone. Every Chapter plans its content from what SENCOs need to do for pupils, and every "
    "Emblazonment asks the Pursuivant to show what their work means for pupils on at least two of the five outcomes.")
charges([
    ("The open book", "Knows the law and guidance on SEN, above all the SEN Code of Practice, what they ask of the school, "
     "the SENCO and others, and how to carry them out.", "Chapter 2", "Emblazoned in I"),
    ("The five-petalled rose", "Knows the principles and five outcomes of Every Child Matters and what the SENCO can do to "
     "help children reach them.", "Chapter 2", "Emblazoned in I"),
])
para(doc, "The full Achievement of the Award \u2014 shield, helm, crest, mantling, supporters and motto \u2014 is the "
          "window itself, which will hang in the Long Gallery from the summer of 2010. The parts of the Achievement are "
          "taken in turn below: the Supporters are Shield XIII, the Crest Shield XIV and the Motto Shield XV.",
     italic=True)

shield("II", "The Arms of Marchbourne University", "Gules, a tower triple-towered argent, in base a bar wavy azure.",
       "The validating university")
p = para(doc, [("Signification. ", {"bold": True}),
               ("Marchbourne University's Institute of Education has validated the Award as the module Coordinating "
                "Provision for Special Educational Needs, worth ", {})])
run_del(p, "60", OWAIN, D1)
run_ins(p, "40", OWAIN, D1)
r = p.add_run(" credits at Master's level (Level 7), within its Postgraduate Certificate in Professional Studies. "
              "Validation was granted on 3 December 2008, with the Fennick Glass Trust as an accredited partner. "
              "Pursuivants are registered students of the University, use its library and electronic journals, and are "
              "awarded the credit by its Board of Examiners. A Pursuivant who wishes to complete the Postgraduate "
              "Certificate takes a further 20-credit module at the University.")
doc.add_comment(r, text="The University's letter of 3 December says 40. The 60 was our first draft.", author=OWAIN,
                initials="OP")
charges([
    ("The lamp", "Draws on research evidence and outside advice to improve their own practice and their colleagues'.",
     "Chapter 9", "Emblazoned in II"),
    ("The owl", "Knows what research says and what best practice looks like in meeting special educational needs.",
     "Chapter 9", "Tricked"),
])

shield("III", "The Arms of the Fennick Glass Trust", "Vert, three quarries lozengy or, a bordure argent.", "The provider")
sig("The Trust's education work is led by Dr Helen Quarrie, Course Director, who was SENCO at two Wyrebridge primary "
    "schools for eleven years and head of the County's Learning Support Service from 2002 to 2008, and whose doctorate "
    "(Marchbourne, 2005) was on the SENCO as a leader. The other Heralds are Owain Pursglove, senior lecturer in special "
    "and inclusive education at Marchbourne, who leads the University's MA in Special and Inclusive Education; Janet "
    "Okonedo, the County's lead specialist teacher for speech, language and communication needs; and Dr Fergus Lyle, "
    "senior educational psychologist with the County. Each Herald keeps a current caseload or school role, and the four "
    "spend a day together each summer on the year's changes in law, guidance and research.",
    "All Heralds and Trust staff hold current enhanced CRB disclosures, renewed every three years, and the Trust's "
    "Safeguarding Officer keeps the register.",
    "The Painting Room, where the Chapters are held, has long benches for twenty, light-boxes, two kilns and the Trust's "
    "racks of antique glass. There are no computers in the Painting Room; Pursuivants bring a laptop from school if they "
    "wish. The Trust's office keeps a shelf of books on special educational needs for loan.")
charges([
    ("The waxing crescent", "Keeps up to date with developments and takes charge of their own professional development "
     "in SEN and disability, through a Herald's Book kept across the year.", "Chapter 1 and every Chapter after",
     "Emblazoned in III"),
    ("The trumpet", "Speaks and writes clearly, and listens to and understands the views of others.", "Chapter 1",
     "Tricked"),
])

shield("IV", "The Arms of Wyrebridge County Council", "Argent, on a fess wavy azure between three oak trees eradicated "
       "proper, a key or.", "The local authority partner")
sig("The County lends the Award two of its Heralds and the expertise of its specialist services. In Chapters 5 and 6 "
    "Pursuivants work alongside the County's sensory support team, the autism outreach team, the behaviour support "
    "service, speech and language therapists from the primary care trust and the educational psychology service.",
    "Each Pursuivant also spends two days on placement in a setting unlike their own \u2014 a special school, a "
    "resourced base or the Pupil Referral Unit \u2014 arranged by the County with a host SENCO, who agrees a programme "
    "for the two days beforehand and writes a short note on the placement afterwards.")
charges([
    ("The key", "Knows the scope and role of outside agencies and how to obtain specialist support and resources for "
     "pupils.", "Chapter 6", "Tricked"),
    ("Two hands clasped", "Works in partnership with other services and agencies, voluntary organisations among them, so "
     "that support for a pupil is coherent.", "Chapter 6; Visitation 3", "Emblazoned in II"),
    ("The eye", "Uses assessments by a range of professionals to shape teaching and learning for pupils with SEN.",
     "Chapter 5", "Emblazoned in II"),
])

shield("V", "The Arms of the Schools", "Quarterly, first and fourth or a bell sable, second and third sable a slate or.",
       "Wyrebridge schools and their heads")
sig("In April and May 2008 the County's Learning Support Service sent a questionnaire to all 212 Wyrebridge schools on "
    "what new SENCOs most need. 97 replied, 61 of them through the head. Three needs stood out: working with parents "
    "who have lost confidence in the school (58 of 97), getting the senior team to take SEN seriously (51), and making "
    "sense of tracking data for pupils working well below age-related expectations (47). A heads' reference group of "
    "eight met twice that summer to read the plan for the Award.",
    "Because of them the Award has a whole Chapter on data and provision (Chapter 7), Visitation 2 is about winning the "
    "senior team, parents were asked to help write Chapter 6, and the Chapters run on a Tuesday or a Saturday so that "
    "no school loses its SENCO on the same weekday every month. The reference group stays: it meets each autumn to read "
    "the Chapter evaluations and the external examiner's report and tells us what to change, and two of its heads sit "
    "on Court days as lay members.",
    "The Award does not ask Pursuivants to lead their school's review of SEN provision for its self-evaluation form; "
    "the heads' reference group asked us to leave that to senior teams.")
charges([
    ("The crown", "Gains the commitment of colleagues, the head and senior leaders included, to better outcomes for "
     "pupils with SEN.", "Chapter 3; Visitation 2", "Emblazoned in III"),
    ("The portcullis", "Works with senior colleagues and governors to shape the school's inclusive ethos, its policies "
     "and priorities, and how its resources are used.", "Chapter 3; Visitation 2", "Emblazoned in III"),
    ("The lantern", "Supports colleagues' professional development: observing teaching and giving feedback, modelling, "
     "coaching and mentoring, and leading training.", "Chapter 4", "Emblazoned in III"),
    ("The beehive", "Deploys and manages teaching assistants and other staff to support pupils with SEN.",
     "Chapter: none", "Emblazoned in III"),
    ("The mirror", "Understands the principles of school self-evaluation and improvement and how they serve better "
     "outcomes for pupils with SEN.", "Chapter 7", "Emblazoned in II"),
    ("The compass rose", "Uses provision mapping and management to plan provision and to find what is missing or not "
     "working.", "Chapter 7; Visitation 3", "Emblazoned in II"),
])

shield("VI", "The Arms of the Families", "Azure, a hearth or enflamed proper, on a chief argent two hearts gules.",
       "Parents and carers")
sig("Wyrebridge Parents in Partnership, the county's parent-led voluntary group, helped write Chapter 6, and two of its "
    "members teach its morning with a Herald: how to listen to a parent, how to share difficult news, how to plan a "
    "review with a family rather than for it. In Visitation 3 each Pursuivant plans and holds a review meeting with a "
    "family and asks the family afterwards how it went. The group reads the Chapter 6 evaluations each year and sends a "
    "parent to the autumn meeting of the reference group.")
charges([
    ("The heart", "Builds fair, respectful, supportive and constructive relationships with pupils with SEN and with their "
     "parents and carers.", "Chapter 6; Visitation 3", "Emblazoned in III"),
    ("The hearth", "Liaises with parents and carers so as to support their child's learning and development.",
     "Chapter 6; Visitation 3", "Emblazoned in II"),
])

shield("VII", "The Arms of the Young", "Or, a ladder palewise vert between two sparrows volant proper.",
       "Children and young people")
sig("The County's Young Voices panel (eleven young people aged 10 to 17 with SEN or disabilities) spent two afternoons "
    "at the Trust in June 2008 designing the window. What they told us became Chapter 8: how to ask a child what is "
    "working, how to help a child take part in their own review, how to help colleagues hear pupils. In Visitation 1 "
    "each Pursuivant asks at least five pupils with SEN about something that affects them in school and tells them "
    "afterwards what was done about it. Each year the panel judges the Emblazonment II posters with the Heralds and "
    "tells us what it thinks of the Award.")
charges([
    ("The ladder", "Makes sure pupils with SEN take part in planning, agreeing, reviewing and evaluating their provision, "
     "and helps colleagues build working relationships with them.", "Chapter 8; Visitation 1", "Emblazoned in II"),
    ("The sapling", "Knows how children develop and how SEN, disability and the physical and social setting for learning "
     "can affect that development.", "Chapter 5", "Tricked"),
    ("The five mullets", "Knows the common kinds of SEN and disability \u2014 behavioural, emotional and social "
     "difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, "
     "autistic spectrum disorders and moderate learning difficulties \u2014 and how each can affect learning.",
     "Chapter 5", "Emblazoned in I"),
])

shield("VIII", "The Arms of the Classroom", "Sable, a torch or enflamed gules, in chief a balance argent, in base an "
       "hourglass argent.", "Teaching, learning and assessment")
sig("This shield carries the charges that belong to the SENCO's work on teaching and assessment. They are taught in "
    "Chapters 4, 5, 7 and 10 and in Visitation 3, where the Pursuivant leads one change in provision for a group of "
    "pupils over at least a term.")
charges([
    ("The torch", "Identifies pupils who may have SEN (by observation, data, assessment and monitoring), sets them "
     "challenging targets, plans interventions that remove barriers, and reviews their progress.",
     "Chapters 5 and 7; Visitation 3", "Emblazoned in II"),
    ("The balance", "Uses summative assessment, national tests included, to track pupils' progress and change "
     "programmes.", "Chapter 7", "Emblazoned in II"),
    ("The quill", "Encourages other teachers to develop formative assessment for all pupils, with particular thought for "
     "approaches for pupils with SEN.", "Chapter 4", "Tricked"),
    ("The hourglass", "Identifies in good time the special arrangements pupils need for national tests and examinations, "
     "and works with colleagues to put them in place.", "Chapter 7", "Emblazoned in II"),
    ("The quiver", "Has a critical understanding of approaches, strategies and resources, ICT among them, for assessment, "
     "planning, teaching and learning, and uses them to remove barriers and personalise provision.", "Chapters 5 and 7",
     "Emblazoned in I"),
    ("The sword", "Anticipates and resolves problems, makes well-founded decisions and exercises sound judgement on "
     "provision.", "Chapter 10", "Emblazoned in III"),
])

shield("IX", "The Gate", "Gules, a gateway argent, the portcullis raised or.", "Admission")
p = para(doc, [("Signification. ", {"bold": True}),
               ("The Gate is open to qualified teachers who are SENCOs, or are to become SENCOs within the year, in "
                "schools in Wyrebridge and neighbouring authorities, with the head's written agreement to release them "
                "for ten Chapters and two placement days and to find them a Supporter. Each applicant writes a one-page "
                "statement of their experience with pupils with SEN and has a twenty-minute conversation with a Herald. "
                "We are looking for someone who knows the broad shape of the Code of Practice and has taught pupils "
                "with SEN for at least two years: someone likely to reach every charge by the end. An applicant who is "
                "not yet ready is told in writing what to do first and may apply again; the Course Director talks this "
                "through with their head.", {})])
doc.add_comment(p.runs[1], text="Do we see Pursuivants' CRB at the Gate? Heads could confirm it on the nomination form. "
                "Add a line?", author=HELEN, initials="HQ")
para(doc, "At the Gate each applicant also rates themselves against the charges of the window. The Heralds put the "
          "ratings together to see where the cohort as a whole is strong or weak, and set how long each Chapter spends "
          "on each charge accordingly.")
para(doc, "Earlier study and experience count. Through the University's Credit Office a Pursuivant may bring up to 20 "
          "credits of earlier Master's-level study in SEN, or may claim up to 20 credits for experience by a portfolio of "
          "evidence assessed against the charges of Emblazonment I, in place of that Emblazonment.")
par_inserted(doc, "Confirmation of Arms. In exceptional cases an experienced SENCO, or a teacher from the County's support "
                  "services, who already appears to meet every charge may ask for Confirmation of Arms: they take no "
                  "Chapters, but submit all three Emblazonments and are examined by two Heralds and the external "
                  "examiner against every charge of the window. The fee is \u00a3450.", HELEN, D2)
para(doc, "The Painting Room is on the first floor of the old glassworks and is reached by a flight of stairs. For a "
          "Pursuivant who cannot manage the stairs we will try to move that Chapter to the County's Teachers' Centre. "
          "Handouts can be had in large print. The Trust meets its duties under the Disability Discrimination Act as an "
          "employer and as a provider of services.")
charges([])

shield("X", "The Chapters", "Argent, ten roundels in pile azure.", "The taught days")
sig("There are ten Chapters, each a full day. They run twice: a Tuesday series (9.30 to 3.30) and a Saturday series "
    "(9.00 to 3.00) a fortnight later, and a Pursuivant may move between the two. Cohorts start in September and in "
    "January, and Chapters 4 to 7 may be taken in any order. All teaching is face to face, in the Painting Room, on "
    "placement or in the Pursuivant's own school; there is no online study.")
par_deleted(doc, "Between Chapters, Pursuivants will meet online in the University's virtual learning environment, with a "
                 "Herald answering questions within a week.", HONOR, D1)
chapters = [
    ("Autumn", [
        ("1", "Setting out", "The SENCO's role; starting the Herald's Book; speaking and writing for colleagues and "
         "families."),
        ("2", "The law and the Code", "The Education Act 1996, the SEN Code of Practice (2001) and its toolkit, the "
         "Education (SENCO) Regulations 2008, Every Child Matters and the Children Act 2004, Removing Barriers to "
         "Achievement and the Inclusion Development Programme."),
        ("3", "The school's commitment", "Heads, senior leaders and governors; the inclusive ethos; the SEN policy; "
         "priorities and resources."),
    ]),
    ("Spring", [
        ("4", "Leading colleagues", "Observing teaching and giving feedback; coaching and mentoring; leading training; "
         "formative assessment in the classroom; working with SENCOs in other schools through the County's cluster "
         "networks."),
        ("5", "Knowing the child", "Child development; the common kinds of SEN and disability; reading other "
         "professionals' assessments; approaches, resources and ICT; identifying pupils; a morning with the County's "
         "specialist services."),
        ("6", "Families and services", "A morning taught with Wyrebridge Parents in Partnership; the Common Assessment "
         "Framework; health, social care and voluntary services."),
        ("7", "Data and provision", "Summative data, national tests, RAISEonline and P scales; access arrangements for "
         "tests and examinations; provision mapping and management; school self-evaluation and improvement."),
    ]),
    ("Summer", [
        ("8", "Hearing pupils", "Consulting pupils; pupils in their own reviews; helping colleagues hear pupils."),
        ("9", "Research and practice", "Reading research; outside advice; Emblazonment II posters."),
        ("10", "The Court", "Case studies in judgement on provision; preparing the Court; the Motto."),
    ]),
]
nrows = 1 + sum(len(c[1]) for c in chapters)
t = doc.add_table(rows=nrows, cols=4)
t.style = "Table Grid"
for j, h in enumerate(["Term", "Chapter", "Title", "What is taught"]):
    cell_text(t.cell(0, j), h, bold=True)
    shade_cell(t.cell(0, j), "C9D3E0")
r = 1
for term, rows in chapters:
    top = r
    for no, title, what in rows:
        cell_text(t.cell(r, 1), no)
        cell_text(t.cell(r, 2), title, italic=True)
        cell_text(t.cell(r, 3), what)
        r += 1
    m = t.cell(top, 0).merge(t.cell(r - 1, 0))
    cell_text(m, term, bold=True)
    shade_cell(m, "EEF1F5")
set_col_widths(t, [Cm(2.0), Cm(1.8), Cm(3.6), Cm(9.0)])
para(doc, "")
para(doc, "Each Herald brings the latest thinking to their Chapters. Each Pursuivant chooses the focus of their "
          "Visitations from their own school's development plan, and has a one-to-one tutorial with a Herald after "
          "Emblazonments I and II. The fee of \u00a31,350 is met from the TDA's funding; because the Chapters are held in "
          "the Trust's own Painting Room and two Heralds are County staff lent at cost, there is no venue or agency "
          "charge.")
charges([])

shield("XI", "The Visitations", "Azure, three scallops or.", "Work in the Pursuivant's own school")
sig("There are three Visitations, each carried out in the Pursuivant's own school between Chapters and recorded in a "
    "Visitation note that the Supporter signs. Visitation 1 (after Chapter 3): listening to pupils, as described under "
    "Shield VII. Visitation 2 (after Chapter 4): a paper to the school's senior leadership team on one priority for "
    "pupils with SEN, presented in person, with the team's response recorded. Visitation 3 (after Chapter 7): one "
    "change in provision for a group of pupils, led by the Pursuivant over at least a term, with a review meeting held "
    "with one family and one outside service brought in. Each Visitation changes something in the school, and each "
    "feeds an Emblazonment.")
charges([])

shield("XII", "The Emblazonments", "Per fess or and gules, three roundels counterchanged.", "Assessment")
sig("Emblazonment I (after Chapter 5): a 3,000-word study of the law and guidance as they apply to one pupil with SEN in "
    "the Pursuivant's school, with an account of that pupil's needs and of the approaches and resources used. "
    "Emblazonment II (after Chapter 9): a 4,000-word account of Visitation 3 and what it changed for pupils, with a "
    "poster presented at Chapter 9. Emblazonment III, the Court: a portfolio of the three Visitation notes and the "
    "Herald's Book, and a forty-five-minute professional discussion with two Heralds.",
    "Each Emblazonment is marked out of 100 against the charges it carries, and the mark for each charge is written on "
    "the feedback sheet. The Board of Examiners enters on the Roll a Pursuivant whose three Emblazonments reach an "
    "overall mark of 50 per cent, with no Emblazonment below 40 per cent.",
    "Every Emblazonment is marked by one Herald. A second Herald marks blind a sample of at least one in four, every "
    "fail and every mark within five of a boundary. The Heralds hold a standardising morning before each round of "
    "marking, and the University's moderation panel and external examiner see samples of all three Emblazonments; the "
    "examiner attends one Court day a year.")
charges([])

shield("XIII", "The Supporters", "Dexter a hart argent, sinister a hound sable, each gorged with a collar or.",
       "Mentors and the people who teach and mark")
p = sig("Each Pursuivant has a Supporter: an experienced SENCO from another school, chosen by the Course Director with "
        "the head. Supporters come to a training afternoon before the first Chapter, are given the Supporters' Handbook "
        "(what the Visitations ask, what a Supporter does and does not do, how to sign a Visitation note), and meet the "
        "Herald for their group once a term. Supporters do not mark. A Herald new to the Award co-teaches a full series "
        "with the Course Director and takes the University's induction for associate tutors before marking.")[0]
fn.add(p, "Supporters: in heraldry, the figures that stand either side of the shield and hold it up.")
para(doc, [("Charges", {"bold": True, "italic": True})], space_after=2)
par_deleted(doc, "The sundial. Prioritises their work, manages their time and delegates tasks, making sure they are "
                 "done. Chapter 1 \u00b7 Tricked.", HELEN, D2, style="List Bullet")
para(doc, "None: this shield carries no charges.", italic=True)

shield("XIV", "The Crest", "On a wreath of the colours a demi-phoenix or rising from flames proper.",
       "Evaluation and improvement")
p = sig("Each Chapter ends with a written evaluation; the Heralds read them together within a week and record any change "
        "in the Crest Book. The Heralds observe one another teaching once a year. The University reviews the module in "
        "its annual monitoring and in its six-yearly periodic review, and the County's SEN inspector observes one "
        "Chapter a year and writes to the Course Director. Each autumn the heads' reference group, a parent from "
        "Wyrebridge Parents in Partnership and the Young Voices panel see the year's evaluations and the external "
        "examiner's report, and the Trust and the University write the year's action plan with them. The Trust's own "
        "self-evaluation of the Award is written each summer from all of these.",
        "We measure the Award's effect on the Pursuivants with a confidence questionnaire on every charge, taken at the "
        "Gate and again at the Court. We hope in time to learn what difference the Award makes to pupils in "
        "Pursuivants' schools.")[1]
doc.add_comment(p.runs[0], text="Could we ask Pursuivants to bring pupil data to the Court? Next year, perhaps.",
                author=HELEN, initials="HQ")
charges([])

shield("XV", "The Motto", "LUX PER FRACTA (light through what is broken), on a scroll argent.", "What comes next")
sig("At the last Chapter each Pursuivant writes their own motto: a one-page plan of their professional targets for the "
    "next two years, on the Trust's planning sheet, which they take to their head or line manager at their next "
    "performance management meeting. A Herald talks each plan through with them, with the routes onward: the "
    "University's MA in Special and Inclusive Education (which takes the Award's credits), the County's specialist "
    "teacher programmes, and the leadership programmes of the National College.")
charges([])

doc.add_heading("Sealed", level=1)
seal = doc.add_table(rows=3, cols=3)
seal.style = "Table Grid"
for j, h in enumerate(["For", "Name", "Signed and dated"]):
    cell_text(seal.cell(0, j), h, bold=True)
    shade_cell(seal.cell(0, j), "E4E9F0")
cell_text(seal.cell(1, 0), "The Fennick Glass Trust")
cell_text(seal.cell(1, 1), "Honor Fennick, Chair of Trustees")
cell_text(seal.cell(1, 2), "[signature]   [date]")
cell_text(seal.cell(2, 0), "Marchbourne University")
cell_text(seal.cell(2, 1), "[name of Dean to follow]")
cell_text(seal.cell(2, 2), "[signature]   [date]")

fn.finish()
doc.save(OUT)
print("wrote", OUT)
