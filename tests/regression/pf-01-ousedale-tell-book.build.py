"""pf-01-ousedale-tell-book: writes pf-01-ousedale-tell-book.docx next to itself.

Provider: the Ousedale Lacemakers' Guild (an invented lacemakers' guild in the Ouse valley lace country), with the
invented University of Wendover Vale validating.

Document kind and layout: the guild's course ("the Pillow Year") set down as its TELL BOOK, a chapbook of lace
tells (the counting rhymes lace-school children chanted, a line to a pin), each tell in italic verse in a custom
"Tell Verse" style under a custom "Tell Title" style (not a heading style), followed by the guild's "Gloss" in
prose. Only three Heading 1 parts (To the Reader, The Tells, Tells for the Guild Room, The Pin Book). A front
"About this book" field table, a table of the guild's words (Scholar, Dame, Neighbour, Sitting, Home Pillow,
Winding, Pricking, Brought Bobbins, Length, the Buyer, the Measuring, Pin, Pin Book), and at the end the Pin Book:
29 Pins (the Annex 3 outcomes in the guild's words) in three shaded, merged band rows (Pins of the Hand / Head /
Pillow), columns "Stuck at" (where worked) and "Told in" (where marked), keyed in To the Reader far above ("Stuck
only" = worked, not marked; "Not on this pillow" = not taken on). Header, footer with a PAGE field, four
footnotes (two antiquarian, one naming the Buyer, one on the Short Pillow), two comments, tracked changes,
a signature block with placeholders.

Traps (requirement ids):
- The verse is not evidence: To the Reader says "the glosses say what the Guild does". The Voices Tell's verse says
  "Ask the child" but the gloss only "talk[s] about pupil voice", not marked (1.5 partial, 6.S7 partial).
- Tracked change in the About table: "40 credits at Level 6" deleted, "60 credits at Master's level (Level 7)"
  inserted (E.2 met: the insertion is part of the submission).
- Past arrangement plus negation plus a deleted sentence: the pilot let two teachers come "Lace-in-Hand"; a deleted
  sentence still offers it; the inserted sentence says the Pillow Year "has no Lace-in-Hand route" (2.3 not met).
- Inserted moderation sentence (5.8 met); the Buyer is named only in a footnote (fine, extra).
- Unsupported coverage claim: "Every Pin is told before the Measuring" but seven Pins are "Stuck only" (1.9
  partial; 6.A5, 6.A7, 6.K4, 6.K8, 6.S2c, 6.S6, 6.S7 partial, consistently with the glosses that say "not marked").
- Award rule with compensation: the Board "may ... award the Certificate without a resubmission" when a Scholar
  comes near a pass in the fourth Length (6.0 partial).
- Plan: Pin 3 (6.A3) "To be added for the second cohort" (not met); a comment says the same (comments never count).
- Another body's arrangement: self-evaluation "not on this pillow", taught by the Local Authority's own course
  (6.K7 not met; 6.S6 review with staff only stuck, partial).
- Deleted table row: the Pin on special arrangements for tests (6.S2d) is a tracked row deletion; nothing else in
  the document covers it (not met).
- Inserted cell text: Pin 17 (6.S1) "Stuck only" deleted, "Second Length" inserted (met).
- Someone else's responsibility: CRB left to the employing school; the head confirms employment only (5.3
  partial); the footer claims the Guild Secretary checks every CRB disclosure (footers never count) and a comment
  asks whether to ask for the CRB number (comments never count).
- Right words about the wrong thing: the Guild Room's "specialist" resources are lace pillows, bobbins and lace
  books; ICT appears only as one day's assistive technology (5.6 partial).
- Values and a bare invitation for access: "welcomes Scholars of every kind", "ground floor", "let the Course
  Mistress know" (3.1 partial).
- Hope: "We should like headteachers to join us in looking back on the year as well, and hope to find a way"
  (4.3 partial: stakeholders teach and host, but take no part in evaluation).
- Readings chosen by each Dame, no research or inspection evidence named (1.3 partial).
- "Lacemakers of every kind": values. Explicit negation of e-learning: "There is no online part" (3.3 n/a).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from _pf_helpers import (para, run, ins, dele, delete_row, shade, cell_text, table_borders, page_field,
                         Footnotes, comment, set_margins)

HERE = Path(__file__).parent
OUT = HERE / "pf-01-ousedale-tell-book.docx"

doc = Document()
set_margins(doc, 2.4)
normal = doc.styles["Normal"]
normal.font.name = "Georgia"
normal.font.size = Pt(10.5)
for name in ("Heading 1", "Title"):
    doc.styles[name].font.name = "Georgia"
    doc.styles[name].font.color.rgb = RGBColor(0x5A, 0x3A, 0x22)

st = doc.styles.add_style("Tell Title", WD_STYLE_TYPE.PARAGRAPH)
st.base_style = normal
st.font.bold = True
st.font.small_caps = True
st.font.size = Pt(12)
st.font.color.rgb = RGBColor(0x5A, 0x3A, 0x22)
st.paragraph_format.space_before = Pt(14)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.keep_with_next = True

sv = doc.styles.add_style("Tell Verse", WD_STYLE_TYPE.PARAGRAPH)
sv.base_style = normal
sv.font.italic = True
sv.paragraph_format.left_indent = Cm(2.0)
sv.paragraph_format.space_after = Pt(0)

sg = doc.styles.add_style("Gloss Label", WD_STYLE_TYPE.PARAGRAPH)
sg.base_style = normal
sg.font.bold = True
sg.font.size = Pt(9)
sg.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
sg.paragraph_format.space_before = Pt(8)
sg.paragraph_format.space_after = Pt(2)

fn = Footnotes(doc)

# header and footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
run(hp, "The Tell Book  \u00b7  Ousedale Lacemakers' Guild", italic=True, size=8.5, color="7F7F7F")
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
run(fp, "Every Scholar's CRB disclosure is checked by the Guild Secretary before the first Sitting.   \u00b7   Page ",
    size=8, color="7F7F7F")
page_field(fp)
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def verse(lines):
    for ln in lines:
        para(doc, ln, style="Tell Verse")
    doc.paragraphs[-1].paragraph_format.space_after = Pt(6)


def tell(title, lines):
    para(doc, title, style="Tell Title")
    verse(lines)
    para(doc, "THE GLOSS", style="Gloss Label")


def gloss(text):
    return para(doc, text)


# ---------------------------------------------------------------- title page
para(doc, "THE TELL BOOK", style="Title", align="center")
para(doc, "of the Ousedale Lacemakers' Guild", italic=True, size=14, align="center")
para(doc, "being the Pillow Year: the Guild's course for the National Award for Special Educational Needs "
          "Coordination, 2009\u20132010, set down in tells with the Guild's glosses", size=11, align="center")
para(doc, "Sent to the Training and Development Agency for Schools with the Guild's application for approval",
     italic=True, size=9.5, align="center", space_after=14)

t = doc.add_table(rows=7, cols=2)
t.style = doc.styles["Table Grid"]
about = [
    ("Guild", "The Ousedale Lacemakers' Guild, the Old Lace School, Silver End, Ousebridge (registered charity)"),
    ("Course", "The Pillow Year: the Guild's course for the National Award for Special Educational Needs Coordination"),
    ("Validated by", "University of Wendover Vale, School of Education: Postgraduate Certificate in Special "
                     "Educational Needs Coordination"),
    ("Credit", None),
    ("First Sittings", "Saturday 19 September 2009 (Saturday Set); Tuesday 12 January 2010 (Winter Set)"),
    ("Course Mistress", "Mrs Ruth Tebbutt, [telephone number], [email address]"),
    ("Date of this book", "January 2009"),
]
for i, (k, v) in enumerate(about):
    cell_text(t.rows[i].cells[0], k, bold=True, size=9.5)
    shade(t.rows[i].cells[0], "EFE6DA")
    if v is None:
        p = t.rows[i].cells[1].paragraphs[0]
        dele(p, "40 credits at Level 6", author="Ruth Tebbutt")
        ins(p, "60 credits at Master's level (Level 7)", author="Ruth Tebbutt")
    else:
        cell_text(t.rows[i].cells[1], v, size=9.5)
for r in t.rows:
    r.cells[0].width = Cm(3.6)
    r.cells[1].width = Cm(12.6)

# ---------------------------------------------------------------- To the Reader
doc.add_heading("To the Reader", level=1)
p = gloss("In the lace schools of the Ouse valley, children as young as five sat at their pillows from morning till "
          "dusk, and the mistress kept them at it with tells: counting rhymes chanted together, one line to a pin. "
          "A child who fell behind the tell was \u201cglum\u201d and stayed on after the others had gone home.")
fn.add(p, "\u201cGlum\u201d is the Ouse valley word; some Buckinghamshire schools said \u201cgruff\u201d. See the "
          "Guild's Tell Collection, box 3.")
gloss("We would not run a school like that, but we have kept the tells, and when the Guild agreed in 2007 to "
      "offer a course for teachers who coordinate provision for pupils with special educational needs, it seemed "
      "natural to set the course down as a tell book.")
gloss("Each tell is followed by the Guild's gloss. The tells are for remembering; the glosses say what the Guild "
      "does. Where a tell and its gloss seem to disagree, the gloss is what we do.")
gloss("The Guild's course is called the Pillow Year. It is validated by the University of Wendover Vale, whose "
      "School of Education awards the Postgraduate Certificate in Special Educational Needs Coordination to "
      "Scholars who complete it. The University's Academic Board approved the validation on 4 December 2008.")
gloss("The Pillow Year has one purpose: that pupils with special educational needs and disabilities in our "
      "Scholars' schools achieve more and fare better, in all five Every Child Matters outcomes and not only in "
      "their test results, and every Length asks the Scholar what has changed, or should change, for particular "
      "pupils. Between Sittings every Scholar works at a Home Pillow in her own school: five practical tasks, each "
      "tied to the Pins it serves in the Pin Book.")

para(doc, "The Guild's words", bold=True, size=11, space_after=4)
words = [
    ("Scholar", "a teacher taking the Pillow Year"),
    ("Dame", "one of the four tutors who teach the Sittings and mark the Lengths"),
    ("Neighbour", "an experienced SENCO from a school near the Scholar's, who is the Scholar's mentor for the year"),
    ("Sitting", "a taught day at the Guild Room (in the Winter Set, two twilight sessions)"),
    ("Home Pillow", "a task done in the Scholar's own school between Sittings"),
    ("Winding", "the assessment of each Scholar's needs before the first Sitting"),
    ("Pricking", "the Scholar's own training plan, drawn from the Winding"),
    ("Brought Bobbins", "credit for study and experience a Scholar brings with her"),
    ("Length", "one of the four pieces of assessed work"),
    ("The Buyer", "the external examiner appointed by the University"),
    ("The Measuring", "the final assessment, at the last Sitting"),
    ("Pin", "one of the national minimum outcomes, in the Guild's words"),
]
wt = doc.add_table(rows=len(words), cols=2)
table_borders(wt, sz=2, color="B8A690")
for i, (k, v) in enumerate(words):
    cell_text(wt.rows[i].cells[0], k, bold=True, size=9.5)
    cell_text(wt.rows[i].cells[1], v, size=9.5)
    wt.rows[i].cells[0].width = Cm(3.6)
    wt.rows[i].cells[1].width = Cm(12.6)

para(doc, "")
gloss("The Pin Book at the end of this book has a row for each Pin. The column \u201cStuck at\u201d names the "
      "Sitting or Home Pillow where a Pin is worked on. The column \u201cTold in\u201d names the Length in which it "
      "is marked. \u201cStuck only\u201d in the Told column means that the Pin is worked on but not marked in any "
      "Length; \u201cNot on this pillow\u201d means that the Pillow Year does not take that Pin on. Every Pin is told "
      "before the Measuring.")

# ---------------------------------------------------------------- The Tells
doc.add_heading("The Tells", level=1)

tell("The First Tell: Winding", [
    "Wind them full and wind them fair,",
    "Count the pairs and count them there,",
    "Half a bobbin's half a care \u2014",
    "Wind, wind, before you're ware."])
gloss("Before a Scholar comes to the first Sitting she completes the Winding. This is a self-assessment against all "
      "twenty-nine Pins on the Guild's Winding Sheet, on which the Scholar rates each Pin from 1 (new to me) to 4 "
      "(I do this now and could show it). The Course Mistress "
      "then meets each Scholar for forty minutes to go through the sheet, and tests the ratings with three short "
      "scenarios, since what a Scholar knows may be out of date; a rating can be moved down as well as up.")
gloss("No one is accepted onto the Pillow Year without a Winding. To be accepted a Scholar must hold qualified "
      "teacher status, be a school's SENCO (or be named by the headteacher as its SENCO from the coming "
      "September), and send a letter from the headteacher agreeing to "
      "release her for the Sittings. The Winding is also how we check that a Scholar is ready: where it shows that "
      "a teacher is unlikely to reach all the Pins within the year, the Course Mistress writes to the teacher and, "
      "with her agreement, to the headteacher, setting out what she should do first, and offers a place in a later "
      "Set.")
gloss("Scholars who have already studied special educational needs at Master's level may bring up to 30 credits "
      "with them as Brought Bobbins. The Course Mistress and the University's Admissions Tutor for Education "
      "consider each claim under the University's procedure for the Accreditation of Prior Learning; a Scholar "
      "claiming credit for experience rather than study puts together a short portfolio, which is assessed under "
      "the University's APEL procedure. Brought Bobbins are written on the Scholar's Pricking, and the Scholar "
      "does not repeat the Lengths they cover.")

tell("The Second Tell: the Pricking", [
    "Prick the card and pin it down,",
    "One for the village, one for the town,",
    "Each to her own and none to the crown,",
    "Prick the card and pin it down."])
p = gloss("From the Winding the Course Mistress and the Scholar draw up the Scholar's Pricking: a one-page training "
          "plan that lists the Pins the Scholar will work at hardest, the Pins where the Winding shows her already "
          "secure, the Home Pillow tasks that suit her school, and her own outcomes for the year, written in her "
          "words and agreed with her headteacher. The Pricking is looked at again at each of the three tutorials "
          "(after Sittings 3, 7 and 11) and changed when it needs to be. At Sittings 1 and 3 Scholars already secure "
          "in a group of Pins sit at a Short Pillow table and work on a harder case with Mr Mistry.")
fn.add(p, "Three of the twelve Scholars in the pilot year sat at the Short Pillow for Sitting 3.")
gloss("The fee for the Pillow Year is \u00a31,150, which the Guild holds down by teaching in its own room, and which "
      "covers the Sittings, the Lengths, the tutorials, the Neighbour's time and the reading pack.")
p = gloss("In the pilot year two experienced teachers from the county's learning support service asked to be "
          "assessed without taking the Sittings, and we let them bring their lace in hand to the Measuring. ")
dele(p, "Teachers with long experience may still come Lace-in-Hand: they complete the Winding and the four "
        "Lengths without attending the Sittings.", author="Ruth Tebbutt")
ins(p, "The University has since told us that it cannot accredit assessment without the taught element, so the "
       "Pillow Year has no Lace-in-Hand route, and every Scholar attends the Sittings.", author="Ruth Tebbutt")

tell("The Third Tell: the Law", [
    "Twenty pins for the Code of the Crown,",
    "Five for the children of every town,",
    "Healthy and safe and enjoying the while,",
    "Giving and earning \u2014 stick them in file."])
fn.add(doc.paragraphs[-2], "Written down in 1871 by the vicar of Lavendon, who heard it in Mrs Keech's lace "
                          "school; the fourth line is ours.")
gloss("Sitting 1 opens the year with the law and guidance a SENCO works within: the Education Act 1996 as amended "
      "by the Special Educational Needs and Disability Act 2001, the SEN Code of Practice (2001) and its graduated "
      "response of School Action, School Action Plus and statutory assessment, the statement and the annual "
      "review. Each Scholar brings her school's SEN policy to test against the Code. The afternoon is given to Every Child Matters: the five outcomes (being healthy, staying safe, "
      "enjoying and achieving, making a positive contribution and achieving economic well-being), the Children "
      "Act 2004, and what a SENCO can do towards each outcome for pupils with SEN and disabilities.")
gloss("Sitting 2 is on disability: the Disability Discrimination Act 1995 as amended in 2005, the duty not to treat "
      "disabled pupils less favourably, the duty to make reasonable adjustments, the school's accessibility plan, "
      "and the Disability Equality Duty. For Home Pillow 1 each "
      "Scholar audits one part of her school's accessibility plan and brings the audit to Sitting 3. Government "
      "policy is followed through Removing Barriers to Achievement (2004) and the Inclusion Development Programme "
      "now reaching schools. Both Sittings are marked in the First Length, in which the Scholar must show how the "
      "law, the Code, the disability duties and Every Child Matters bear on the pupil she studies.")

tell("The Fourth Tell: Growing", [
    "Little pin and littler still,",
    "Some go quick and some go ill,",
    "Some stand straight and some lean over,",
    "All of them grow in the one clover."])
gloss("Sitting 3 is about how children grow and learn. In the morning Mr Mistry talks through children's "
      "development (language, thinking, social and emotional growth) and how it is shaped by impairment and by "
      "the classroom and home. The Guild does not mark this part of the Sitting.")
gloss("The afternoon is given to the kinds of need a SENCO meets most often: behavioural, emotional and social "
      "difficulties; specific learning difficulties, dyslexia among them; speech, language and communication "
      "needs; the autistic spectrum; and moderate learning difficulties. For each kind of need the Scholars work out how it can affect a child's learning in class. In the First Length each "
      "Scholar writes a one-page guide for colleagues on two kinds of need other than her case pupil's.")

tell("The Fifth Tell: Finding", [
    "Who's behind and who's ahead?",
    "Look at the pillow, not at the thread.",
    "Set the pin a little higher,",
    "Look again, and then climb higher."])
gloss("Sitting 4 is the SENCO's core business: finding the pupils who may have special educational needs or "
      "disabilities. Scholars practise identification from classroom observation, tracking data and teachers' "
      "concerns; set targets for individual "
      "pupils that are challenging rather than comfortable; plan interventions that remove a barrier; and review "
      "them. They read reports on one pupil from an educational psychologist and a speech and language therapist "
      "and work out what those reports mean for the pupil's teachers; for Home Pillow 2 each Scholar gathers the professionals' assessments of her own case "
      "pupil. They learn to use summative assessment (end of key stage tests, the P scales, reading and spelling "
      "ages and RAISEonline) to track the progress of pupils with SEN and to change a programme that is not "
      "working.")
gloss("The last hour looks at assessment for learning and at how a SENCO can encourage colleagues to use it with "
      "every pupil, including those with SEN. That hour is not marked. Everything else in Sitting 4 is marked in "
      "the First Length, the Child Study, and the use of summative data again in the Second Length.")

tell("The Sixth Tell: Mapping", [
    "Where's the gap and where's the pair?",
    "Where's the pin that isn't there?",
    "Map the pillow, row by row,",
    "Then you'll know which way to go."])
gloss("At Sitting 5 the Scholars learn to map provision. Each uses a provision map of her own school (or starts "
      "the first one, in the county's format) to show what is provided for pupils with SEN, and looks for provision that is not working and for needs that nothing meets. "
      "The same Sitting covers the deployment and management of teaching assistants and other support staff: who "
      "supports whom, how, with what training and under whose management. Scholars work through three problems "
      "from real schools and decide what they would do and why. "
      "Home Pillow 3 is the first draft of the Scholar's map, which she shares with her Neighbour.")
gloss("The Second Length, the Map, is the Scholar's provision map of her own school with a report of not more "
      "than 3,000 words to her headteacher, which must say what provision she would stop, start or change and "
      "why, how support staff should be deployed, and what the data show about the progress of pupils with SEN. "
      "The Scholar presents it to the headteacher and to the governors' SEN committee, and the headteacher's "
      "written response is part of the Length.")

tell("The Seventh Tell: Teaching", [
    "Half stitch, whole stitch, cloth and twist,",
    "Try them all and none be missed,",
    "What the old hands say is true \u2014",
    "Ask them, and then see it through."])
gloss("Sitting 6 turns to teaching and learning. Scholars try out and criticise approaches and resources for "
      "assessing, planning and teaching pupils with SEN and disabilities: structured literacy and numeracy "
      "programmes, visual timetables, social stories, precision teaching, and ICT from talking word processors "
      "to communication aids, which the University's assistive technology officer brings to the Guild Room for "
      "the day.")
gloss("The Dames also talk about best practice and what research has found about meeting special needs. Each Dame "
      "chooses the reading for her own Sitting, and the reading pack is handed out at the door. The Guild does not "
      "set work on the research reading.")
gloss("In the Third Length, the Enquiry, each Scholar chooses an approach for a small group of pupils in her "
      "school, finds out what is known about it from published sources and from an outside adviser, uses it for at least eight weeks, and reports to colleagues what happened. The "
      "Enquiry is marked on the Scholar's critical use of approaches, resources and ICT, and on how she uses "
      "published evidence and outside advice to improve her own and her colleagues' teaching.")

tell("The Eighth Tell: Voices", [
    "Ask the child and ask the mother,",
    "Ask the father, ask the brother,",
    "What's the pattern? Who's to say?",
    "Them as wear it every day."])
gloss("Sitting 7 is about the people who wear the lace: pupils and their families. In the morning the Scholars "
      "discuss why pupils' views matter and how some schools involve pupils in their own reviews; we talk about "
      "pupil voice and the Scholars share what their schools do. This part of the Sitting is not marked.")
gloss("The afternoon is about parents and carers. An officer from the county Parent Partnership Service and two "
      "parents of children with statements talk with the Scholars about what helped them, and the Scholars "
      "practise, in threes, a difficult review meeting and a first conversation with a worried parent. For Home "
      "Pillow 4 each Scholar plans and leads a review meeting with the parents or carers of a pupil in her school "
      "(with their agreement). The Third Length includes the Scholar's "
      "account of that meeting and of how she has since advised and supported the parents and the pupil's "
      "teachers, and it is marked on the relationship the Scholar builds with the pupil and the family as well as "
      "on the liaison itself.")

tell("The Ninth Tell: Neighbours", [
    "Neighbour, neighbour, lend me a pin,",
    "Mine are out and yours are in,",
    "Show me the stitch and watch me do it,",
    "Then I'll show the next one through it."])
gloss("Sitting 8 is about leading and supporting colleagues. Scholars learn to observe a lesson with a colleague's "
      "agreement and give useful feedback, to model an approach in a colleague's class, to coach a teaching "
      "assistant, and to plan and deliver a short piece of training for staff. For Home Pillow 5 each Scholar "
      "observes two colleagues teaching pupils with SEN, gives feedback, and runs one staff meeting or training "
      "session; her Neighbour watches one of these and writes a note on it. The observation and feedback records "
      "go into the Fourth Length and are marked there.")
gloss("The same Sitting looks at how a SENCO gains the commitment of the headteacher, senior leaders and governors "
      "to better outcomes for pupils with SEN, and how she advises on the school's inclusive ethos, its policies "
      "and priorities and the use of its resources. A serving headteacher and a chair of governors talk with the Scholars about what persuades them. This "
      "work is marked in the Second Length, which the Scholar presents to her headteacher and governors.")
gloss("Speaking and writing clearly, and listening well, run through the whole Sitting: Scholars give one another "
      "feedback on a short presentation, but this is not marked.")

tell("The Tenth Tell: Outside", [
    "Over the stile and over the brook,",
    "Fetch the doctor, fetch the book,",
    "Fetch the one who knows the way,",
    "Bring them back by market day."])
gloss("Sitting 9 is about the services and agencies beyond the school. The morning is a round table with the "
      "county's educational psychology service, the sensory impairment teachers, the child and adolescent mental "
      "health service, the children with disabilities team, and two voluntary organisations, the local branch of "
      "the National Autistic Society and the Ousedale Dyslexia Association. Each explains what it does and how a "
      "school asks for its help. In the afternoon Scholars plan a coordinated approach "
      "for one pupil across three services, using the Common Assessment Framework.")
gloss("Every Scholar also spends one day on placement in a special school or an enhanced resource base, chosen from "
      "the six that have agreed to take Scholars. The Course Mistress arranges the placement, and the Scholar's notes "
      "from it go into the Fourth Length. The Fourth Length also includes a map of the services around one pupil "
      "and an account of how the Scholar worked with them, and is marked on her knowledge of what each service "
      "does and how to get specialist help, and on the partnership itself.")

tell("The Eleventh Tell: Reckoning", [
    "Count them up and count them down,",
    "Count the ones that came to town,",
    "Those that stayed and those that went \u2014",
    "Tell me, mistress, was it well spent?"])
gloss("Sitting 10 asks whether what a school provides for pupils with SEN is working. Scholars practise reviewing "
      "the effect of one piece of provision with the colleagues who deliver it, using the data from the Second "
      "Length and the views of pupils and staff. This Sitting is not marked.")
gloss("School self-evaluation, improvement planning and the self-evaluation form are not on this pillow. The Local "
      "Authority teaches them in its own course for senior leaders, and Scholars who want them can ask their "
      "headteacher for a place on it.")
gloss("What the Guild does ask of every Scholar is evidence of what has changed for pupils. In the Third Length "
      "each Scholar takes baseline measures for the pupils in her group before the approach begins (a reading or "
      "spelling age, a standardised score or a count of incidents), takes "
      "the same measures at the end of the eight weeks and again at the end of the following term, and reports the "
      "difference. The Course Mistress collects these results "
      "from every Scholar, and the Guild sets out a summary of them each year in its report to the University.")

tell("The Twelfth Tell: the Measuring", [
    "Measure it once and measure it twice,",
    "The Buyer is fair but the Buyer is nice,",
    "A yard is a yard and a pin is a pin,",
    "And nothing goes out that was never put in."])
gloss("The Pillow Year is assessed in four Lengths:")
for txt in [
    "The First Length, the Child Study (4,000 words): the identification, assessment, targets, planned intervention "
    "and review of one pupil, set in the law and guidance of Sittings 1 and 2, with the two one-page guides from "
    "Sitting 3. Handed in after Sitting 5.",
    "The Second Length, the Map (the provision map and a report of 3,000 words): see the Sixth Tell. Handed in after "
    "Sitting 8.",
    "The Third Length, the Enquiry (5,000 words): see the Seventh and Eighth Tells. Handed in after Sitting 11.",
    "The Fourth Length, the Measuring: a portfolio of Home Pillow evidence (the accessibility audit, the observation "
    "and feedback records with the Neighbour's note, the placement notes and the services map) and a professional "
    "conversation of forty minutes with two Dames at the final Sitting."]:
    para(doc, txt, style="List Bullet")
p = gloss("Each Length is marked by the Dame who taught the Sittings behind it and second-marked by Dr Penrose "
          "against the Guild's marking grid, which sets out for every Pin told in that Length what a pass looks "
          "like. The Dames meet with Dr Penrose before each Length is returned to compare their marks on three "
          "scripts. ")
ins(p, "All four Lengths are moderated by the University's SEN programme team, who second-mark a sample of one in "
       "four and every fail and borderline piece, and the Buyer sees a sample of each Length and attends the "
       "Measuring.", author="Judith Penrose")
fn.add(p, "The Buyer for 2009\u201310 is Professor Margaret Oyelaran of the University of Hollins Cross, appointed "
          "by the University's Academic Board for four years.")
gloss("A Scholar is awarded the Postgraduate Certificate when the University's Board of Examiners has confirmed a "
      "pass in all four Lengths. Where a Scholar passes three Lengths and comes near to a pass in the fourth, the "
      "Board may, on the Buyer's advice, award the Certificate without a resubmission.")

tell("The Last Tell", [
    "Cut it off and pin it down,",
    "Wrap it up and take it to town,",
    "Then home again and wind once more \u2014",
    "There's always another pricking in store."])
gloss("The final Sitting ends with each Scholar drawing up a Next Pricking: her targets for her own development as "
      "a SENCO over the next two years, made on the Guild's Next Pricking sheet, which suggests further study, "
      "the county's SENCO network and reading. Each Scholar is asked to take her Next Pricking to her headteacher "
      "or line manager and agree it at her next performance management review. The Dames talk at the same "
      "Sitting about keeping up to date and taking charge of one's own professional development in SEN and "
      "disability, but this is not marked.")

# ---------------------------------------------------------------- Tells for the Guild Room
doc.add_heading("Tells for the Guild Room", level=1)

tell("The Dames' Tell", [
    "Four old dames at the end of the lane,",
    "One for the law and one for the brain,",
    "One for the ones who never look up,",
    "One for the University cup."])
gloss("The Pillow Year is taught by four Dames:")
for txt in [
    "Mrs Ruth Tebbutt, Course Mistress: SENCO for fourteen years in two county schools, MA in Special and "
    "Inclusive Education (2003);",
    "Dr Judith Penrose, Senior Lecturer in Inclusive Education at the University of Wendover Vale, who leads the "
    "validated programme for the University;",
    "Mr Anil Mistry, educational psychologist with the county's Educational Psychology Service, seconded to the "
    "Guild one day a fortnight;",
    "Mrs Carole Ashby, advisory teacher for autism with the county's outreach service."]:
    para(doc, txt, style="List Bullet")
gloss("Each Dame keeps up to date through her own work, which takes her into schools every week, and through the "
      "University's research seminar in inclusive education, which the Dames attend each term.")
gloss("Each Scholar has a Neighbour, an experienced SENCO from another school nearby. Before the year begins every Neighbour comes to a Neighbours' afternoon at the "
      "Guild Room, where the Course Mistress goes through the Neighbours' handbook: what a Neighbour does (meets "
      "the Scholar twice a term, watches one Home Pillow 5 session and writes the note on it), what a Neighbour "
      "does not do (mark), and how to raise a concern. "
      "The Dames meet with Dr Penrose at the start of each term to go through the Sittings and the marking grid, "
      "and a new Dame observes two Sittings and second-marks a set of Lengths with an experienced Dame before she "
      "teaches or marks alone.")

tell("The Door Tell", [
    "Open the door and set down the chair,",
    "Room by the fire for all who come there,",
    "Come in the morning or come in the dark,",
    "Come with the wren or come with the lark."])
gloss("The Guild welcomes lacemakers of every kind, and it welcomes Scholars of every kind. We believe that "
      "everyone who wants to coordinate special needs should be able to take the Pillow Year, and the Guild Room "
      "is on the ground floor. Scholars who need anything are asked to let the Course Mistress know.")
gloss("The Pillow Year runs in two Sets each year. The Saturday Set begins in September and meets on twelve "
      "Saturdays; the Winter Set begins in January and meets on Tuesday evenings from 4.30 to 7.30, two evenings "
      "to a Sitting, with Saturdays for Sittings 4 and 9. A Scholar may move from one Set to the other at any "
      "point and may take up to two years to finish. Sittings 6 to 10 may be "
      "taken in any order, so a Scholar who misses one can take it with the other Set, and Scholars with Brought "
      "Bobbins take only the Sittings their Pricking names.")
gloss("There is no online part to the Pillow Year: every Sitting is at the Guild Room, and the Lengths are handed "
      "in on paper.")
gloss("The Guild Room has forty lace pillows, more than two thousand bobbins, a pricking table and a library of over "
      "six hundred books on lace and its history, all of them open to Scholars. Scholars also have a University "
      "library card for the year.")
p = gloss("Every Scholar is a serving teacher, so every Scholar's school will already have checked that she is "
          "suitable to work with children. The Guild asks each headteacher, in the letter of support, to confirm "
          "that the Scholar is employed at the school.")
comment(doc, p.runs, "Should we ask to see the CRB number? In the pilot we never did.", "Jean Pargeter", "JP")

tell("The Tally Tell", [
    "Tally one and tally two,",
    "What did the old folk say to you?",
    "Tally three and tally four,",
    "Change the pattern, start once more."])
gloss("Before we wrote the Pillow Year the Guild asked the people who would use it. In the spring of 2008 we sent a "
      "questionnaire to the headteachers and SENCOs of the 64 schools in the Ousebridge and Ampthill clusters (31 "
      "replied), held two evening meetings with the county SENCO network, and met the county's Principal Officer "
      "for SEN and the head of the Parent Partnership Service. Headteachers asked for a course their SENCOs could "
      "take without losing many school days; SENCOs asked for help with provision mapping and with difficult "
      "meetings with parents; the Local Authority asked for the county's provision map format.")
gloss("What they told us changed the Pillow Year. The Winter Set was added because headteachers said that twelve "
      "Saturdays alone would shut out SENCOs with young families; Sitting 5 was given a whole day for provision "
      "mapping; the practice meetings at Sitting 7 were added at the SENCOs' request; and the pilot Scholars' "
      "evaluations led us to shorten the Enquiry from 6,000 words to 5,000.")
gloss("Stakeholders take part in the Pillow Year itself: the Local Authority's officers, the Parent Partnership "
      "Service, the voluntary organisations and a serving headteacher all teach at Sittings, and the six placement "
      "schools host Scholars. We should like headteachers to join us in looking back on the year as well, and hope "
      "to find a way of doing so.")
gloss("The Guild evaluates the Pillow Year in several ways. Within the Guild, every Scholar fills in a Tally Slip at "
      "the end of each Sitting and the Dames read the slips together before the next Sitting; the Winding ratings are repeated at the final Sitting, with a confidence scale for "
      "each group of Pins, so that each Scholar's growth in competence and confidence can be seen; and the Course "
      "Mistress writes an end-of-year review. Outside the Guild, the Buyer writes an annual report to the "
      "University, and the University's annual programme monitoring reviews the Pillow Year. The end-of-year review sets out what the evidence shows and what will change, and "
      "the Guild's Education Committee must agree each change before the next Set begins.")

# ---------------------------------------------------------------- The Pin Book
doc.add_heading("The Pin Book", level=1)
gloss("Twenty-nine Pins, in the order of the national minimum outcomes.")
rows = [
    ("band", "Pins of the Hand"),
    ("1", "Fair, steady dealings with pupils with SEN and their families",
     "Sitting 7; Home Pillow 4", "Third Length"),
    ("2", "Winning the head and colleagues to better outcomes",
     "Sitting 8", "Second Length"),
    ("3", "First things first; time; handing on tasks",
     "To be added for the second cohort", "\u2014"),
    ("4", "Seeing trouble coming; sound decisions on provision", "Sitting 5",
     "Second Length"),
    ("5", "Speaking and writing plainly; listening", "Sitting 8", "Stuck only"),
    ("6", "Research and outside advice put to use", "Sitting 6",
     "Third Length"),
    ("7", "Keeping up to date; owning one's own development",
     "Sitting 12 (the Last Tell)", "Stuck only"),
    ("band", "Pins of the Head"),
    ("8", "SEN law, the Code of Practice, and how to follow them",
     "Sittings 1 and 2", "First Length"),
    ("9", "Every Child Matters and the SENCO's part", "Sitting 1", "First Length"),
    ("10", "Disability equality law and what it requires", "Sitting 2; Home Pillow 1",
     "First Length"),
    ("11", "How children grow, and what affects it", "Sitting 3",
     "Stuck only"),
    ("12", "The commonest kinds of need and their effect", "Sitting 3",
     "First Length"),
    ("13", "Approaches and resources, ICT among them", "Sitting 6",
     "Third Length"),
    ("14", "School self-evaluation and improvement", "Not on this pillow", "\u2014"),
    ("15", "Best practice and what research has found", "Sitting 6", "Stuck only"),
    ("16", "Outside services and specialist help", "Sitting 9", "Fourth Length"),
    ("band", "Pins of the Pillow"),
    ("17", "Shaping an inclusive school with leaders and governors", "Sitting 8", None),
    ("18", "Finding pupils; targets; interventions; review",
     "Sitting 4; Home Pillow 2", "First Length"),
    ("19", "Other professionals' assessments", "Sitting 4; Home Pillow 2", "First Length"),
    ("20", "Tests and summative results", "Sitting 4",
     "Second Length"),
    ("21", "Colleagues' assessment for learning", "Sitting 4",
     "Stuck only"),
    ("22", "Arrangements for tests and examinations", "Sitting 4",
     "First Length"),
    ("23", "Mapping provision", "Sitting 5; Home Pillow 3",
     "Second Length"),
    ("24", "Deploying and managing support staff", "Sitting 5", "Second Length"),
    ("25", "Helping colleagues grow", "Sitting 8; Home Pillow 5",
     "Fourth Length"),
    ("26", "Reviewing provision with colleagues", "Sitting 10", "Stuck only"),
    ("27", "Pupils planning their own provision", "Sitting 7", "Stuck only"),
    ("28", "Working with parents and carers", "Sitting 7; Home Pillow 4", "Third Length"),
    ("29", "Other services and voluntary bodies", "Sitting 9; placement", "Fourth Length"),
]
pt = doc.add_table(rows=1, cols=4)
pt.style = doc.styles["Table Grid"]
for c, h in zip(pt.rows[0].cells, ("Pin", "The Pin in the Guild's words", "Stuck at", "Told in")):
    cell_text(c, h, bold=True, size=9)
    shade(c, "D9C7B0")
deleted_row = None
pin3_cell = None
for r in rows:
    row = pt.add_row()
    if r[0] == "band":
        m = row.cells[0].merge(row.cells[3])
        cell_text(m, r[1], bold=True, size=9, color="5A3A22")
        shade(m, "EFE6DA")
        continue
    num, words_, stuck, told = r
    cell_text(row.cells[0], num, size=9)
    cell_text(row.cells[1], words_, size=9)
    cell_text(row.cells[2], stuck, size=9)
    if told is None:
        pp = row.cells[3].paragraphs[0]
        dele(pp, "Stuck only", author="Ruth Tebbutt")
        ins(pp, "Second Length", author="Ruth Tebbutt")
    else:
        cell_text(row.cells[3], told, size=9)
    if num == "22":
        deleted_row = row
    if num == "3":
        pin3_cell = row.cells[2]
for row in pt.rows:
    for w, c in zip((1.1, 8.2, 4.0, 2.9), row.cells):
        c.width = Cm(w)
delete_row(deleted_row, author="Ruth Tebbutt")
comment(doc, pin3_cell.paragraphs[0].runs, "Ruth says we'll add time management next year. Leave as is?",
        "Jean Pargeter", "JP")

para(doc, "")
para(doc, "Signed for the Ousedale Lacemakers' Guild", bold=True)
para(doc, "[Name], Chair of the Guild            [Date]")
para(doc, "Mrs Ruth Tebbutt, Course Mistress            [Date]")

fn.attach()
doc.save(OUT)
print("wrote", OUT)
