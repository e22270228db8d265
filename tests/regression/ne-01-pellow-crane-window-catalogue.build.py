"""ne-01-pellow-crane-window-catalogue: builds ne-01-pellow-crane-window-catalogue.docx next to itself.

Provider (invented): Pellow & Crane Stained Glass Studio and School of Conservation, Abbey Yard, Stowbridge, a
working studio that makes and conserves leaded lights and teaches glass painting and window conservation. It
runs the National Award for SEN Coordination with the University of Mercombe (validation, the award) and Wrexley
County Council (funding, the Principal Educational Psychologist as a tutor, an Inclusion Team day).

Document kind and layout: the Studio catalogues every window it makes in the manner of the Corpus Vitrearum Medii
Aevi, and it sends its course as a catalogue entry for an imaginary window, "nIV, the SENCO Window". A title block
table with merged and shaded cells; an italic "How to read this entry" note; a floating VML text box (the Keeper's
note); a "Key to the entry" table of the Studio's words (Window, Light, Panel, Tracery, Cartoon, Sketch, Site Fixer,
Fixing, Quarry); a separate key to the restoration-chart states ("Original", "Stopgap", "Plated", "Lost") sitting
about two thousand words above the chart it keys; Heading 1 / Heading 2 styles for the parts; each Bench Day a
catalogue panel entry with bold small-caps run-in labels ("Iconography.", "Composition and technique.", "At the
site."); a two-column "They told us / What we changed" table; a restoration chart of 22 quarries (the knowledge and
skills outcomes) in the Studio's own words, with shaded merged group rows and its own numbering Q1-Q22; the seven
attributes only in run-in prose paragraphs; a header; a footer with a PAGE field; two footnotes; one Word comment;
tracked changes (one inserted paragraph, one deleted paragraph, one deleted sentence).

Traps (requirement ids):
- Code collision: the marked pieces are called Tracery Pieces A1, A2 and B1, codes that look like the outcomes
  6.A1 and 6.A2 (and "B1" is not a skills outcome). The Studio's outcome numbers Q1-Q22 are its own. (6.*)
- The chart key ("Stopgap": worked at the bench, talked through, no marks; "Plated": fired in a Tracery Piece
  but worked at no Panel; "Lost": not in the window) is far above the chart. Stopgap -> 6.S2b, 6.S8 partially
  met; Plated -> 6.K3 partially met; Lost -> 6.K4, 6.S2d not met.
- Attributes only in prose: "With pupils." covers the pupil but not parents (6.A1 partially met); "With time."
  is worked at c1 but "not marked" (6.A3 partially met); "With their own learning." is "not marked" (6.A7
  partially met); the others are worked and marked (6.A2, 6.A4, 6.A5, 6.A6 met).
- Text box blanket claim "none is lost" contradicts the chart; not evidence (6.K4, 6.S2d stay not met).
- Past arrangement plus negation: the earlier Certificate's "direct firing" route "was not carried into the SENCO
  Window ... there is no route to the award by assessment alone" (2.3 not met).
- Right words about the wrong people: enhanced CRB disclosures are held by Studio staff and visiting tutors, not
  checked for students (5.3 not met); a Word comment asking whether students should be checked does not count;
  the footer's claim that every bench student is CRB-checked is a footer, never evidence.
- Wrong context: the Studio's Family Glass Saturdays with pupils and parents are its outreach, "not part of the
  SENCO Window" (1.7, 6.A1, 6.S8 not helped).
- A plan, not a change: the Parent Partnership Officer's request is only "Noted for the 2010-11 glazing" (1.7
  partially met; 4.2 still met from the other rows).
- Inserted paragraph (counts): APL up to 20 credits and APEL by portfolio (2.1 met).
- Deleted paragraph (does not count): a January start with light b first (3.2 partially met). Another
  provider's arrangement: the University's own PGCert in Inclusion has a January start and online route, "not the
  SENCO Window" (3.2 not helped).
- Deleted sentence (does not count): a day for every student at a special school. The remaining placement day is
  conditional on the student's school being in Wrexley (5.5 partially met).
- Site Fixers are only sent a letter; "The Studio does not train Site Fixers" (5.7 partially met).
- Resources described are the Studio's glass stock, kilns and conservation library, with a bare University
  library card (5.6 partially met).
- Hope: pupils' achievement "We hope ... but we have not yet worked out how" (5.9 partially met: competence and
  confidence are measured).
- Award rule by pass marks (40 in each Tracery Piece) plus attendance, not every outcome shown (6.0 partially
  met); Stopgap and Lost quarries are never fired (1.9 partially met).
- Bibliography: the only inspection evidence is Ofsted 2004 and no research is named; recent research is only to
  be "added when the Lamb Inquiry reports" (1.3 partially met).
- Footnotes carry real evidence: the external examiner (5.8 met with the body text).
"""
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _ne_helpers import (Footnotes, add_page_field, cell_text, deleted_paragraph, del_run, inserted_paragraph,
                         merge_row, run_in, set_col_widths, shade, text_box)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
AUTH = "Ruth Anstey"
DATE = "2009-02-09T16:20:00Z"

doc = docx.Document()
st = doc.styles["Normal"]
st.font.name = "Garamond"
st.font.size = Pt(11)
for name, size in (("Heading 1", 14), ("Heading 2", 12)):
    doc.styles[name].font.name = "Garamond"
    doc.styles[name].font.size = Pt(size)
    doc.styles[name].font.color.rgb = RGBColor(0x5A, 0x2D, 0x0C)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)

hp = sec.header.paragraphs[0]
hp.text = "Pellow & Crane \u00b7 Catalogue of the Glass \u00b7 Volume IV \u00b7 working copy"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].italic = True
fp = sec.footer.paragraphs[0]
add_page_field(fp, prefix="Pellow & Crane Stained Glass Studio and School of Conservation Ltd \u00b7 Abbey Yard, "
               "Stowbridge SB2 4LQ \u00b7 Every bench student is CRB-checked by the Studio \u00b7 page ")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs:
    r.font.size = Pt(8)

notes = Footnotes(doc)


def para(text="", style=None, italic=False, bold=False, align=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.italic = italic
        r.bold = bold
    if align:
        p.alignment = align
    return p


def entry(lead, text):
    p = doc.add_paragraph()
    run_in(p, lead + " ", text, lead_small_caps=True)
    return p


# ---------------------------------------------------------------- title block
tb = doc.add_table(rows=8, cols=2)
tb.style = "Table Grid"
tb.alignment = WD_TABLE_ALIGNMENT.CENTER
merge_row(tb, 0, "CATALOGUE OF THE GLASS", fill="5A2D0C")
tb.rows[0].cells[0].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
tb.rows[0].cells[0].paragraphs[0].runs[0].font.size = Pt(16)
tb.rows[0].cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
rows = [
    ("Volume", "IV: glass made at the Studio for schools, 2009\u20132010"),
    ("Window", "nIV, north wall of the Bench Room: the SENCO Window"),
    ("Dedication", "The National Award for SEN Coordination"),
    ("Makers", "Pellow & Crane Stained Glass Studio and School of Conservation, with the University of Mercombe "
               "(School of Education) and Wrexley County Council"),
    ("Entry prepared by", "Ruth Anstey, Leader of the SENCO Window, and Jonah Crane, Master of the Studio"),
    ("Sent to", "The TDA approval panel, February 2009, as our application"),
]
for i, (k, v) in enumerate(rows, start=1):
    cell_text(tb.rows[i].cells[0], k, bold=True)
    shade(tb.rows[i].cells[0], "F3E6D3")
    cell_text(tb.rows[i].cells[1], v)
merge_row(tb, 7, "Corpus Vitrearum conventions: lights are lettered from the left, panels numbered from the "
          "bottom, the tracery lettered and numbered above them.", fill="F3E6D3", bold=False, italic=True)
set_col_widths(tb, [Cm(4.2), Cm(12.0)])

para()
p = para("How to read this entry. Since 1981 the Studio has catalogued every window it makes or conserves in the "
         "manner of the Corpus Vitrearum, panel by panel, with a restoration chart. We have catalogued our course "
         "for new SENCOs in the same way, because it is the way we think. The two keys below explain our words.",
         italic=True)
text_box(p, [("The Keeper\u2019s note", True),
             ("Every quarry of the national scheme is set in this window, and none is lost.", False),
             ("\u2014 J. C., Keeper of the Cartoons", False)], width_pt=190, height_pt=118)

# ---------------------------------------------------------------- keys
doc.add_heading("Key to the entry", level=1)
para("Our words, and what each means in this entry.")
key = [
    ("Window", "The whole course: the National Award for SEN Coordination as the Studio teaches it."),
    ("Light", "One term of the course. Light a is the autumn term, light b the spring term and light c the summer "
              "term."),
    ("Panel", "One Bench Day: a full taught day, 9.30 to 4.00, in the Bench Room at Abbey Yard. There are nine "
              "Panels, three in each light; a1 is the first Bench Day of the autumn."),
    ("Tracery", "The three marked pieces of work, Tracery Pieces A1, A2 and B1, which sit above the lights as "
                "tracery sits above a window. Only a Tracery Piece is marked."),
    ("Sketch", "The needs audit each student completes before the first Panel."),
    ("Cartoon", "The student\u2019s individual training plan, drawn full size from the Sketch before the first "
                "Panel."),
    ("Site Fixer", "The senior colleague in the student\u2019s own school who meets the student each term and "
                   "signs off the Fixing."),
    ("Fixing", "The development the student leads in their own school during lights b and c, reported and "
               "shown as Tracery Piece B1."),
    ("Quarry", "One of the national minimum outcomes: Q1 to Q22 in the restoration chart, or one of the seven "
               "attributes described just before it."),
]
kt = doc.add_table(rows=len(key) + 1, cols=2)
kt.style = "Table Grid"
cell_text(kt.rows[0].cells[0], "Our word", bold=True)
cell_text(kt.rows[0].cells[1], "What it means here", bold=True)
shade(kt.rows[0].cells[0], "E8D5B9")
shade(kt.rows[0].cells[1], "E8D5B9")
for i, (k, v) in enumerate(key, start=1):
    cell_text(kt.rows[i].cells[0], k, bold=True)
    cell_text(kt.rows[i].cells[1], v)
set_col_widths(kt, [Cm(3.2), Cm(13.0)])

doc.add_heading("Key to the restoration chart", level=2)
para("In our chart each quarry is given one of four states, which tell the reader how the quarry is taught and "
     "whether it is marked.")
ck = [
    ("Original", "The quarry is worked at the Panel or Panels named and fired (marked) in the Tracery Piece "
                 "named."),
    ("Stopgap", "The quarry is worked at the Panel named but is not fired: it is talked through at the bench and "
                "the student gets spoken comment on it, but it earns no marks in any Tracery Piece."),
    ("Plated", "The quarry is fired in the Tracery Piece named but is not worked at any Panel; students bring it "
               "from their own reading."),
    ("Lost", "The quarry is not in this window."),
]
ckt = doc.add_table(rows=len(ck), cols=2)
ckt.style = "Table Grid"
for i, (k, v) in enumerate(ck):
    cell_text(ckt.rows[i].cells[0], k, bold=True)
    shade(ckt.rows[i].cells[0], "F3E6D3")
    cell_text(ckt.rows[i].cells[1], v)
set_col_widths(ckt, [Cm(3.2), Cm(13.0)])

# ---------------------------------------------------------------- location
doc.add_heading("Location, dimensions and lead", level=1)
entry("Location.", "The window is taught in the Studio\u2019s Bench Room at Abbey Yard, Stowbridge, and in the "
      "student\u2019s own school. It is validated by the University of Mercombe, whose Academic Board approved it at "
      "a validation event on 12 January 2009. The award is the University\u2019s Postgraduate Certificate in Special "
      "Educational Needs Coordination (National Award for SEN Coordination).")
entry("Dimensions.", "60 credits at Level 7, masters level, taken part "
      "time over one school year: nine Panels, three Tracery Pieces and the Fixing. We reckon 600 hours of study "
      "in all, 63 of them at the bench.")
entry("Lead.", "The fee for 2009\u201310 is \u00a31,450, of which Wrexley County Council pays \u00a3900 for every SENCO in "
      "a Wrexley school. We keep the fee down by teaching in our own Bench Room and by using the Council\u2019s "
      "educational psychologists as tutors at cost. Because each student\u2019s Cartoon sets out the quarries they "
      "most need, a student who already does something well is set reading and a school task instead of a "
      "morning\u2019s teaching on it, and each light builds on the last towards the Fixing.")

# ---------------------------------------------------------------- subject
doc.add_heading("Subject", level=1)
entry("Subject.", "The window has one subject: children and young people with special educational needs and "
      "disabilities doing better at school and in their lives because their SENCO leads well. We mean doing "
      "better in the full sense of Every Child Matters \u2014 being healthy, staying safe, enjoying and achieving, "
      "making a positive contribution and achieving economic well-being \u2014 not test scores alone.")
entry("How the subject is carried.", "Each Panel ends with the same question at the bench: what will be different "
      "for pupils on Monday? Every Tracery Piece carries marks for how well the student shows what their work "
      "means for the learning and well-being of particular pupils. The Fixing must be a real change for pupils in "
      "the student\u2019s own school, agreed with the head, carried out with the school\u2019s staff and signed off by "
      "the Site Fixer as having happened.")

# ---------------------------------------------------------------- history
doc.add_heading("History of the window", level=1)
entry("Earlier glazing.", "From 2003 to 2008 the Studio and Wrexley County Council taught a Certificate in Learning "
      "Support (20 credits at Level 6). In that earlier glazing, experienced staff "
      "from the Council\u2019s Learning Support Service could take it by direct firing: a portfolio examined "
      "without coming to the bench. Direct firing was not carried "
      "into the SENCO Window. Every student draws a Cartoon and sits at the Panels; there is no route to the award "
      "by assessment alone.")
entry("Evidence of need.", "In October 2008 we asked the headteacher and the SENCO of each of Wrexley\u2019s "
      "118 schools what a new SENCO most needs to learn; 71 schools replied. We then held two evening meetings at the Studio with 26 SENCOs, Wrexley\u2019s Principal Educational "
      "Psychologist, its Parent Partnership Officer and three governors. The Council\u2019s SEN strategy for 2008\u201311 "
      "asks for every SENCO to be trained to lead provision mapping, and its figures showed a third of Wrexley SENCOs "
      "in their first two years in post.")
ht = doc.add_table(rows=6, cols=2)
ht.style = "Table Grid"
cell_text(ht.rows[0].cells[0], "They told us", bold=True)
cell_text(ht.rows[0].cells[1], "What we changed", bold=True)
shade(ht.rows[0].cells[0], "E8D5B9")
shade(ht.rows[0].cells[1], "E8D5B9")
hist = [
    ("Heads: release on a Friday costs primary schools least.",
     "All nine Panels are on Fridays."),
    ("SENCOs at both meetings: leading teaching assistants and keeping a provision map are what new SENCOs find "
     "hardest.",
     "Panel b1 is given wholly to provision mapping and to deploying support staff, and every Fixing must involve "
     "the school\u2019s support staff."),
    ("Heads and governors: a project that helps the school, not another essay.",
     "Tracery Piece B1, the Fixing, replaced the 6,000-word essay of our first draft."),
    ("The Principal Educational Psychologist: new SENCOs do not know what other services can and cannot do.",
     "Panel b2 is taught with the Council\u2019s educational psychologists and covers the Council\u2019s other services."),
    ("The Parent Partnership Officer: the course should teach SENCOs how to work with parents.",
     "Noted for the 2010\u201311 glazing."),
]
for i, (a, b) in enumerate(hist, start=1):
    cell_text(ht.rows[i].cells[0], a)
    cell_text(ht.rows[i].cells[1], b)
set_col_widths(ht, [Cm(8.1), Cm(8.1)])
para()
entry("Family Glass Saturdays.", "For twelve years the Studio has run Family Glass Saturdays, at which children "
      "from Wrexley\u2019s special schools and their parents paint and fire a roundel together at the bench. The Saturdays are the Studio\u2019s "
      "outreach and are not part of the SENCO Window.")

# ---------------------------------------------------------------- donors
doc.add_heading("Donors, patrons and the Window Committee", level=1)
entry("The Council.", "Wrexley County Council funds places, and its Principal Educational Psychologist, Dr Imogen "
      "Fairley, teaches Panels b2 and c2 with a colleague from her service. The Council\u2019s SEN Adviser opens "
      "Panel a1 with the Council\u2019s SEN strategy and what it asks of SENCOs.")
entry("Schools.", "The student\u2019s headteacher signs the Cartoon, agrees the Fixing and acts as Site Fixer or "
      "names a deputy to do so. At the end of the year each Site Fixer fills in a one-page form for the Window "
      "Committee on what the student\u2019s work has changed in the school and what the window should do better.")
entry("Specialist expertise.", "Besides the educational psychologists, the Panels draw on Marian Oduya, who leads "
      "Wrexley\u2019s speech and language therapy team for schools and teaches the afternoon of Panel a2, and on the "
      "Council\u2019s Sensory Support Service, which brings its equipment to Panel a2. ")
p = doc.add_paragraph()
run_in(p, "Placements. ", "Students whose schools are in Wrexley spend one further day, between lights a and b, "
       "with the Council\u2019s Inclusion Team, visiting a special school or resource base of their choice; the Council "
       "cannot offer this day to students from other authorities. ", lead_small_caps=True)
del_run(p, "Every student will also spend a day at Longmead Special School, Stowbridge, with its SENCO, "
        "shadowing the annual reviews.", AUTH, DATE)
entry("The Window Committee.", "The Committee is the Master of the Studio, the Leader of the window, the "
      "University\u2019s link tutor, the Council\u2019s SEN Adviser and two SENCOs who took the earlier Certificate. It "
      "meets once a term, reads the students\u2019 Panel evaluations and the Site Fixers\u2019 forms, and makes the "
      "Condition Survey each July.")

# ---------------------------------------------------------------- glaziers
doc.add_heading("The glaziers", level=1)
entry("Ruth Anstey", "leads the SENCO Window. She was SENCO for eleven years at two Wrexley primary schools and holds "
      "the University\u2019s MA in Special and Inclusive Education (2005)."
      " She teaches Panels a1, a3, c1 and c3, reads every Sketch, draws every Cartoon with its student and "
      "first-marks the Tracery Pieces.")
entry("Tom Bellamy", "was head of Wrexley\u2019s Learning Support Service until 2008. He holds the OCR Diploma in "
      "specific learning difficulties and AMBDA. He teaches "
      "Panels a2, b1 and b3 and second-marks.")
entry("Dr Imogen Fairley", "is Wrexley\u2019s Principal Educational Psychologist and teaches Panels b2 and c2.")
entry("Jonah Crane", "is Master of the Studio and an accredited conservator of stained glass (ACR). He teaches none "
      "of the Panels; he chairs the Window Committee and keeps the Studio\u2019s quality book.")
entry("Keeping up to date.", "Each tutor spends at least five days a year on their own professional development in "
      "SEN and disability. Ruth Anstey and Tom Bellamy are members of NASEN and go to the Wrexley SENCO network "
      "each term.")
p = doc.add_paragraph()
run_in(p, "Safe to work with children. ", "", lead_small_caps=True)
r = p.add_run("All Studio staff and visiting tutors hold enhanced CRB disclosures, renewed every three years, and "
              "the Studio keeps a single central record of them.")
doc.add_comment(r, text="Do we need to check the students\u2019 CRBs as well? Wrexley HR may know. Ask before we "
                "send this.", author="Ruth Anstey", initials="RA")
p.add_run(" Students are taught at the Studio with no pupils present.")
entry("Site Fixers.", "Each Site Fixer is sent a letter in September setting out the three termly meetings, the "
      "school task after each Panel and the sign-off of the Fixing. The Studio does not train Site Fixers: they "
      "are senior colleagues who already lead staff in their own schools, and Ruth Anstey can be telephoned if "
      "they have a question. The tutors meet at the Studio before each light to agree the Panel plans.")

# ---------------------------------------------------------------- admission
doc.add_heading("Admission to the bench", level=1)
entry("Who may apply.", "Qualified teachers in Wrexley or a neighbouring authority who are their school\u2019s SENCO, "
      "or will be by the start of light b, with the written support of their headteacher, who agrees to release "
      "them for the nine Panels and to act as or name a Site Fixer.")
entry("Choosing students.", "Applicants fill in the Studio\u2019s application form and come to a half-hour "
      "conversation at the Studio with Ruth Anstey. We look for enough knowledge of SEN practice in the classroom "
      "to meet every quarry by the end of light c. An applicant we think not yet ready is "
      "given a written note of what to do first (usually a term working alongside the school\u2019s present SENCO and "
      "the Council\u2019s twilight course, SEN Essentials), and Ruth Anstey talks to the headteacher; the applicant may "
      "apply again the next year.")
entry("The Sketch.", "In the four weeks before Panel a1 each student completes the Sketch, our needs audit. For "
      "each of the 29 quarries the student rates their present knowledge and practice on a four-point scale and "
      "gives one piece of evidence from their school. ")
entry("The Cartoon.", "Ruth Anstey reads the Sketch with the student at a one-hour Cartoon meeting and together they "
      "draw the Cartoon: the student\u2019s own set of outcomes for the year, the quarries to be worked hardest, the "
      "reading and the school tasks. The headteacher signs the Cartoon, and students redraw it at the start of "
      "lights b and c.")
inserted_paragraph(doc, "Students who already hold Level 7 credit in SEN gained in the last five years (for "
                   "example a module of the Mercombe MA in Inclusive Education) may have up to 20 credits "
                   "accredited through the University\u2019s procedure for the accreditation of prior learning, and "
                   "experienced SENCOs may claim credit for what they have learned at work through a portfolio "
                   "judged by two tutors. The Cartoon then leaves out the Panels that the credit covers.",
                   AUTH, "2009-02-10T09:05:00Z", lead="Prior learning. ")
entry("Disabled applicants and students.", "The application form asks every applicant whether they have a "
      "disability or health condition we should plan for and says why we ask; our leaflet says the same. The Bench Room is on the ground floor with level access, an accessible "
      "lavatory and a hearing loop. Handouts come in large print or electronically when asked for; we book "
      "BSL interpreters through the Council\u2019s Sensory Support Service; and a Tracery Piece may be given extra time or made as a recorded "
      "presentation where the University\u2019s Disability Service recommends it. ")

# ---------------------------------------------------------------- lights
doc.add_heading("The lights", level=1)

panels = [
    ("Light a: the autumn term", [
        ("Panel a1 \u00b7 Friday 25 September 2009 \u00b7 The lead and the law",
         "The SENCO\u2019s duties: the Education Act 1996 and the SEN Code of Practice (2001), the Special Educational "
         "Needs and Disability Act 2001, Every Child Matters and the Children Act 2004, Removing Barriers to "
         "Achievement (2004) and the new regulations on the SENCO role; what the law asks of the school and the "
         "SENCO, and how to put it into practice. Disability equality law is not "
         "taught at the bench: students read the Studio\u2019s guide to it and bring it to Tracery Piece A1.",
         "The Council\u2019s SEN Adviser opens the day. Students work in threes on their own schools\u2019 SEN policies "
         "against the Code, and the afternoon is a workshop on writing at Level 7.",
         "Read your school\u2019s SEN policy with the Code beside it and list three gaps."),
        ("Panel a2 \u00b7 Friday 16 October 2009 \u00b7 Seeing through the glass",
         "The commonest kinds of SEN and disability \u2014 behavioural, emotional and social difficulties, specific "
         "learning difficulties including dyslexia, speech, language and communication needs, autism and moderate "
         "learning difficulties \u2014 and how each can get in the way of learning; approaches, strategies and "
         "resources for assessment, planning and teaching, including ICT, and how to judge them critically.",
         "Tom Bellamy teaches the morning; Marian Oduya teaches the afternoon on communication.",
         "Try one strategy with one pupil and note what happened."),
        ("Panel a3 \u00b7 Friday 20 November 2009 \u00b7 Finding the flaws",
         "Identifying pupils who may have SEN or a disability from classroom observation, data and assessment; "
         "setting challenging targets, planning interventions and reviewing progress; using the assessments of "
         "educational psychologists, therapists and advisory teachers to shape teaching; helping colleagues build "
         "assessment for learning that works for pupils with SEN. The last hour looks at end-of-key-stage results "
         "and other summative data and how they can be used to track pupils and change their programmes.",
         "Students bring anonymised records of one pupil and work through them in pairs with Ruth Anstey.",
         "Choose the pupil for Tracery Piece A2 and agree it with your Site Fixer."),
    ]),
    ("Light b: the spring term", [
        ("Panel b1 \u00b7 Friday 15 January 2010 \u00b7 Leading up",
         "Provision mapping and provision management: how to map what a school provides, cost it, manage it and "
         "find where it is not working or is missing; how to deploy and manage teaching assistants and other "
         "support staff, and how to solve the problems a provision map throws up.",
         "Students bring their school\u2019s provision map, or make one at the bench, and test it against the pupils "
         "they know.",
         "Agree the Fixing with your head and Site Fixer."),
        ("Panel b2 \u00b7 Friday 12 February 2010 \u00b7 The voice in the glass",
         "Consulting pupils and involving them in planning, agreeing and reviewing their own provision; what the "
         "educational psychology service, health, social care and voluntary groups do for pupils with SEN and "
         "how to get their help; the Common Assessment Framework and team around the child; working with the "
         "cluster\u2019s other SENCOs. A half-hour talk on working with parents closes the morning.",
         "Taught by Dr Fairley and a colleague from her service. Students practise a pupil interview in pairs and "
         "take part in a mock team-around-the-child meeting.",
         "Hold a review in which the pupil of A2 speaks for themselves, and write up what changed."),
        ("Panel b3 \u00b7 Friday 19 March 2010 \u00b7 Coaching the bench",
         "Supporting colleagues\u2019 professional development: observing lessons and giving feedback, modelling, "
         "coaching and mentoring, planning and running training; winning the commitment of the head and senior "
         "leaders; and helping colleagues build assessment for learning for pupils "
         "with SEN.",
         "Students observe a filmed lesson and give feedback to a tutor in role, then plan a staff meeting.",
         "Observe a colleague and give feedback, with their agreement."),
    ]),
    ("Light c: the summer term", [
        ("Panel c1 \u00b7 Friday 30 April 2010 \u00b7 The workshop",
         "Leading SEN in the school with the head, senior staff and governors: the school\u2019s inclusive ethos, SEN "
         "policy, priorities and use of resources; how schools evaluate themselves and plan to improve, and "
         "where SEN outcomes sit in the self-evaluation form; reviewing provision with colleagues. Students keep "
         "a fortnight\u2019s log of their SENCO time before the Panel and discuss what to hand on to others.",
         "A governor who chairs a curriculum committee joins the afternoon.",
         "Present your Fixing\u2019s findings so far to your senior team."),
        ("Panel c2 \u00b7 Friday 21 May 2010 \u00b7 Reading old glass",
         "How to find, read and weigh studies of what works for pupils with SEN, using the University\u2019s "
         "e-library, and how to use research and outside advice to improve one\u2019s own and colleagues\u2019 practice.",
         "Each student brings one study that bears on their Fixing and presents it; the last hour is a rehearsal of the showing at the light table.",
         "Finish the Fixing report."),
        ("Panel c3 \u00b7 Friday 25 June 2010 \u00b7 Dedication",
         "The Fixing shown at the light table (Tracery Piece B1); the Next Light (see Inscription and the next "
         "light).",
         "Each student has twenty minutes at the light table with two tutors and their Site Fixer.",
         "Take the Next Light to your head."),
    ]),
]
for light, items in panels:
    doc.add_heading(light, level=2)
    for title, icon, comp, site in items:
        para(title, bold=True)
        entry("Iconography.", icon)
        entry("Composition and technique.", comp)
        entry("At the site.", site)

# ---------------------------------------------------------------- tracery
doc.add_heading("The tracery: the three marked pieces", level=1)
entry("Tracery Piece A1, the Sketch Commentary", "(3,000 words, due at the end of light a). A critical commentary "
      "on the student\u2019s own school\u2019s SEN policy and practice set against the law and the Code of Practice, "
      "Every Child Matters and the school\u2019s duties under disability equality law, ending with the student\u2019s "
      "reflection on their Sketch and Cartoon.")
entry("Tracery Piece A2, the Case Panel", "(4,000 words, due at the end of light b). A study of one pupil: how the "
      "pupil\u2019s needs were identified, the kind of SEN and how it affects the pupil\u2019s learning, the assessments "
      "other professionals made and how the student used them, the targets, the intervention and its review, "
      "what the pupil said about their own provision, and the agencies involved. Marks are given for "
      "the judgements the student made about provision and for the working relationship built with the pupil.")
entry("Tracery Piece B1, the Fixing", "(a 5,000-word report and the showing at the light table in Panel c3). A "
      "change the student leads in their own school, agreed with the head: typically a new provision map and a "
      "new way of deploying teaching assistants, with coaching or training for the colleagues concerned, reviewed "
      "with staff, reported to the senior team and governors, and written up with the research it drew on.")
p = doc.add_paragraph()
run_in(p, "Drafts. ", "Ruth Anstey reads a draft of each Tracery Piece and gives written comments. Drafts are not "
       "marked.", lead_small_caps=True)
p = doc.add_paragraph()
run_in(p, "Firing and the award. ", "Each Tracery Piece is marked out of 100 against the University\u2019s Level 7 "
       "criteria and the Studio\u2019s grid for that piece; the pass mark is 40. A student who passes all three "
       "Tracery Pieces and has attended at least eight of the nine Panels is recommended to the University\u2019s "
       "Board of Examiners for the award. A Tracery Piece that fails may be reworked once.", lead_small_caps=True)

# ---------------------------------------------------------------- attributes
doc.add_heading("The attributes: what the tracery asks of the glazier", level=1)
para("The seven attributes of the national scheme are not set as quarries in the chart; each is described here, "
     "with where it is worked and whether it is fired.")
attrs = [
    ("With pupils.", "At Panel b2 students learn how to build a fair, respectful and supportive working "
                     "relationship with a pupil who finds school hard, and Tracery Piece A2 marks how the student "
                     "built one with the pupil at the centre of the Case Panel."),
    ("With the head and senior staff.", "Panel b3 works on winning colleagues\u2019 commitment, the head\u2019s and "
                                        "senior leaders\u2019 above all, to better outcomes for pupils with SEN; the "
                                        "Fixing is marked on the evidence that the student won it."),
    ("With time.", "At Panel c1 students bring their fortnight\u2019s time log, decide what to drop, what to do "
                   "first and what to hand to others, and how to check that what they hand on is done. It is "
                   "talked through at the bench; it is not marked."),
    ("With problems.", "Panel b1 is built round the problems a provision map throws up; Tracery Piece A2 marks the "
                       "soundness of the decisions the student made about the pupil\u2019s provision and the "
                       "reasons given."),
    ("In speech and writing.", "The writing workshop in Panel a1 and the rehearsal in Panel c2 prepare students to "
                               "write and speak clearly. Every Tracery Piece carries marks for clear writing, and "
                               "the showing at the light table carries marks for speaking clearly and for listening "
                               "to, and answering, the questions and views of the tutors and the Site Fixer."),
    ("With evidence.", "Panel c2; the Fixing is marked on how the student used research and outside advice to "
                       "change their own and their colleagues\u2019 practice."),
    ("With their own learning.", "Panel c3\u2019s Next Light asks each student to plan how they will keep up to date "
                                 "and take charge of their own professional development in SEN and disability. It "
                                 "is discussed at the bench; it is not marked."),
]
for lead, text in attrs:
    entry(lead, text)

# ---------------------------------------------------------------- chart
doc.add_heading("Restoration chart of the quarries", level=1)
para("Knowledge and skills quarries, in our words. For the meaning of the State column, see the key at the front.",
     italic=True)
chart = [
    ("group", "The field: what the glazier knows"),
    ("Q1", "Knows the law on SEN and the Code of Practice, what they mean for the school, the SENCO and others, "
           "and how to carry them out", "a1", "Original", "A1"),
    ("Q2", "Knows what Every Child Matters is for and how a SENCO helps pupils towards its five outcomes", "a1",
     "Original", "A1"),
    ("Q3", "Knows the disability equality law, the duties it puts on the school and how to meet them for disabled "
           "pupils", "\u2014", "Plated", "A1"),
    ("Q4", "How children grow and learn, and how SEN, disability and surroundings shape that", "\u2014", "Lost",
     "\u2014"),
    ("Q5", "Knows the commonest kinds of SEN and disability and how each can get in the way of learning", "a2",
     "Original", "A2"),
    ("Q6", "Judges critically the ways and means of assessing, planning, teaching and learning, ICT among them, "
           "and uses them to take away barriers and fit provision to the pupil", "a2, a3", "Original", "A2"),
    ("Q7", "Understands how a school evaluates itself and plans to improve, and where SEN outcomes sit in that",
     "c1", "Original", "B1"),
    ("Q8", "Knows what research and the best schools show works for pupils with SEN", "c2", "Original", "B1"),
    ("Q9", "Knows what outside agencies do and how to get specialist help and resources for a pupil", "b2",
     "Original", "A2"),
    ("group", "The border: what the glazier does"),
    ("Q10", "With the head, senior staff and governors, shapes the school\u2019s inclusive ethos, SEN policy, "
            "priorities and use of resources so that every pupil can learn and take part", "c1", "Original", "B1"),
    ("Q11", "Spots pupils who may have SEN or a disability, sets them stretching targets, plans the help they "
            "need and reviews how they get on", "a3", "Original", "A2"),
    ("Q12", "Uses other professionals\u2019 assessments to shape how the pupil is taught", "a3, b2", "Original", "A2"),
    ("Q13", "Uses end-of-key-stage tests and other summative results to track pupils and change their programmes",
     "a3", "Stopgap", "\u2014"),
    ("Q14", "Helps other teachers build assessment for learning, with ways that work for pupils with SEN",
     "a3, b3", "Original", "B1"),
    ("Q15", "Access arrangements for tests and examinations", "\u2014", "Lost", "\u2014"),
    ("Q16", "Maps provision, manages it, and finds where it is not working or missing", "b1", "Original", "B1"),
    ("Q17", "Deploys and manages teaching assistants and other support staff well", "b1", "Original", "B1"),
    ("Q18", "Develops colleagues by observing and giving feedback, modelling, coaching and mentoring, and running "
            "or arranging training", "b3", "Original", "B1"),
    ("Q19", "Reviews with colleagues how well provision works and feeds this into the school\u2019s self-evaluation "
            "and improvement plan", "c1", "Original", "B1"),
    ("Q20", "Makes sure pupils have a real part in planning, agreeing and reviewing their own provision", "b2",
     "Original", "A2"),
    ("Q21", "Works with parents and carers to help their child learn and develop", "b2", "Stopgap", "\u2014"),
    ("Q22", "Works in partnership with other services and agencies, voluntary groups among them", "b2",
     "Original", "A2"),
]
ct = doc.add_table(rows=len(chart) + 1, cols=5)
ct.style = "Table Grid"
for j, h in enumerate(["Quarry", "What the student shows (our words)", "Worked at", "State", "Fired in"]):
    cell_text(ct.rows[0].cells[j], h, bold=True, size=9)
    shade(ct.rows[0].cells[j], "E8D5B9")
for i, row in enumerate(chart, start=1):
    if row[0] == "group":
        merge_row(ct, i, row[1], fill="F3E6D3", italic=True)
        continue
    for j, v in enumerate(row):
        cell_text(ct.rows[i].cells[j], v, bold=(j == 0), size=9)
set_col_widths(ct, [Cm(1.4), Cm(9.4), Cm(1.9), Cm(1.8), Cm(1.7)])

# ---------------------------------------------------------------- condition and care
doc.add_heading("Condition and care", level=1)
entry("The Condition Survey.", "Each July the Window Committee makes a Condition Survey of the window. It draws "
      "on the students\u2019 written evaluations of every Panel; a focus group with the students run by the "
      "University\u2019s link tutor; the Site Fixers\u2019 forms; the tutors\u2019 "
      "own review of each Panel; the marks and the record of moderation; and the external examiner\u2019s report. The "
      "Survey ends in a list of repairs with a name and a date against each. The list goes to the University\u2019s "
      "Programme Committee, which checks it in the autumn, and is read to the next year\u2019s students at Panel a1.")
p = doc.add_paragraph()
run_in(p, "Firing consistently. ", "Every Tracery Piece is first-marked by Ruth Anstey against the University\u2019s "
       "criteria and the Studio\u2019s grid for that piece. A third of each piece, every fail and every mark of 70 or "
       "more is second-marked by Tom Bellamy. Before the first marking the tutors hold a standardising morning "
       "using two anonymised pieces from the earlier Certificate. The University\u2019s moderator reads a sample of "
       "each piece, and the external examiner sees every fail and a sample of passes before the Board of "
       "Examiners.", lead_small_caps=True)
notes.add(p, "The external examiner is Dr Philippa Marsh, Senior Lecturer in Inclusive Education at the University "
          "of Ashwick, appointed by the University of Mercombe for 2009 to 2013.")
entry("What the window does.", "Students rate their knowledge and confidence against each quarry on the Sketch "
      "scale at the start of the year and again at Panel c3, and the Window Committee compares the two for each "
      "year\u2019s students, quarry by quarry. Each Site Fixer\u2019s form asks what the SENCO now does differently. What the window does for pupils\u2019 achievement is harder to see inside "
      "a year. We hope, with the University, to follow some of our students\u2019 pupils over the two years after the "
      "award, but we have not yet worked out how.")

# ---------------------------------------------------------------- access
doc.add_heading("Access to the window", level=1)
entry("Start and order.", "Light a starts in September. The three lights are taken in order, a, b and c, in one "
      "school year, and the Panels are on Fridays. A student who falls ill or changes "
      "school may hold a light over and take it with the next year\u2019s students, and credit for prior learning can "
      "shorten the Cartoon.")
deleted_paragraph(doc, "From January 2010 light b may also be taken first, by students who join in January, with "
                  "lights c and a following in the next school year.", AUTH, "2009-02-10T09:12:00Z")
entry("Another route.", "Teachers who need a different pattern may prefer the University\u2019s own PGCert in "
      "Inclusion, which has a January start and an online route. That is the University\u2019s course, not the SENCO "
      "Window.")
entry("The Lightbox.", "Between Panels each light has its Lightbox: an area of the University\u2019s Blackboard site "
      "holding the Panel handouts and readings, a discussion board on which each student posts "
      "their school task and replies to two others, and a drop box for drafts. Ruth Anstey reads "
      "the discussion board twice a week and answers questions there within three working days, and each student "
      "has a half-hour telephone tutorial with her between each pair of Panels. Students are shown the Lightbox at "
      "Panel a1, and the Studio sends its notices to students, Site Fixers and schools by email.")

# ---------------------------------------------------------------- resources
doc.add_heading("Resources at the bench", level=1)
para("The Bench Room seats twenty-four at light tables. The Studio holds some 2,000 sheets of antique and slab glass, three kilns, a "
     "cartoon store going back to 1904 and a reference library of 4,000 volumes on stained glass and its conservation, which students are welcome to "
     "use. Each student is enrolled at the University of Mercombe and may use its library.")

# ---------------------------------------------------------------- inscription
doc.add_heading("Inscription and the next light", level=1)
para("At Panel c3 each student drafts a Next Light: three professional targets for the year after the award, "
     "with the steps and the support each needs, drawn from the Cartoon and from what the Fixing showed. They "
     "talk it through at the bench with a tutor and take it to their headteacher for their performance "
     "management review in the autumn. With it goes a sheet of routes on, among them the University\u2019s MA in "
     "Inclusive Education, into which the 60 credits carry.")

# ---------------------------------------------------------------- bibliography
doc.add_heading("Bibliography", level=1)
bib = [
    "Department for Education and Skills (2001) Special Educational Needs Code of Practice. London: DfES.",
    "Department for Education and Skills (2004) Removing Barriers to Achievement: the Government\u2019s Strategy "
    "for SEN. London: DfES.",
    "Ofsted (2004) Special educational needs and disability: towards inclusive schools. London: Ofsted.",
    "Marks, R. (1993) Stained Glass in England during the Middle Ages. London: Routledge. ",
]
for b in bib:
    para(b, style="List Bullet")
p = para("Panel reading lists are on the Lightbox. Newer research and inspection findings will be added when the "
         "Lamb Inquiry reports.")
notes.add(p, "The Studio\u2019s own Occasional Papers on glass conservation are listed in Volume III of this "
          "Catalogue.")

notes.finish()
doc.save(OUT)
print("wrote", OUT)
