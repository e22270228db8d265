"""pg-01-seiryukan-ringi-translation: builds pg-01-seiryukan-ringi-translation.docx next to itself.

Provider (invented): the Seiryukan Karate-do Association, UK Branch (Fordham, Brenshire), a karate
association whose Education Committee proposes a SENCO course validated by the (invented) University of
Aldwick, with Brenshire County Council's services teaching parts of it.

Document kind and layout: a CERTIFIED ENGLISH TRANSLATION of the Branch's Japanese ringi-sho (the
circulated proposal-for-approval that its Tokyo headquarters, the Honbu, approves by personal seals), sent
as the application under a short covering note from the Branch Secretary. It has: the covering note with
an address typed on manual line breaks; a translator's title table and a list of translator's conventions;
the ringi header block (a table with merged cells: number, drafter, subject, a four-box seal route with
"[seal: ...]" impressions, the decision, and the approvers' opinions); eight numbered ringi sections
(Heading 1) whose section 4 is a set of Japanese-style Articles with bold run-in titles ("Article 4
(Entry)") and typed paragraph and item numbers ("1.", "(1)"); a budget table; a schedule table; matters
for further study; Appended Table 1 (ten Keiko-bi, each named after a karate idea) and Appended Table 2
(outcomes in the Branch's own codes KO-, CH-, GI-, with shaded merged group rows, columns "Keiko-bi" and
"Shinsa", a key above it, "Keiko only" cells, one row struck through by hand in the source); the
translator's certificate with placeholders. Translator's notes are real footnotes. There are tracked
changes by the translator, two Word comments by the translation reviewer, a header with PAGE/NUMPAGES
fields and a footer.

The Branch's own words: Jukosha (participant), Sensei (tutor), Senpai (school mentor, normally the head or
a deputy), Keiko-bi (taught day), Dojo-kadai (task in the participant's own school), Shinsa (examined
piece), Kanji-kai (steering committee), Tsugi no Dan plan (targets after the course).

Traps (requirement ids):
- Credits: a tracked change deletes "40" and inserts "60" in Article 1 (E.2 met: the insertion is part
  of the submission, the deletion is not).
- Approvers' opinions in the seal block (the Honbu Director asks that an examination-only route "should be
  studied"; the Chairman's approval is "on condition that" the Branch reports pupils' progress) are the
  approvers' words, not the Branch's arrangements; Article 7 says the Branch "does not at present admit"
  anyone to the Shinsa without attending (2.3 not_met; 5.9 not lifted by the condition).
- Article 4.5 makes criminal record checks the employer's responsibility; the CRB sentence that follows is
  about the Branch's own karate instructors (5.3 not_met: someone else's responsibility + wrong context).
- Past arrangements: the closed 2006-07 Kodomo no Michi course credited experience and visited a special
  school; neither is offered now (2.1 partial: prior study only; 5.5 partial: specialist guest Sensei but
  no placements). A reviewer's Word comment says special-school visits are "now agreed": a comment, not
  evidence (5.5).
- Needs: one figure from the County about new SENCOs (4.1 partial); the views of schools "have not yet
  been sought" and a consultation is "under study (kento-chu)" (4.2 not_met). Stakeholders do sit on the
  Kanji-kai that evaluates the course (4.3 met).
- Self-diagnosis happens at the first Keiko-bi, not before the course, and no individual plan or
  personalised outcomes follow (2.2 partial).
- Flexibility: one September start, Keiko-bi in order, part-time only, a Thursday repeat of each day
  (3.2 partial); the Honbu's Osaka course "studied wholly online" is another provider's (3.2/3.3).
- E-learning: the Seiryukan Dojo Online board is for peers between Keiko-bi; a tracked deletion removes
  "A Sensei reads the board each week and answers questions posted there." and the kept text says Sensei
  do not post (3.3 partial).
- Equality: a general promise to comply and a venue adapted for para-karate members; nothing on
  disclosure or adjustments to teaching or assessment (3.1 partial).
- Research: only "the most recent research findings" in general; no inspection evidence or developments
  named (1.3 partial), though the outcome on research (6.K8, 6.A6) is taught and examined.
- Pupil impact: confidence ratings at Keiko-bi 1 and 10 measure participants; pupils' progress is only
  "expected" in section 5 (5.9 partial).
- Award rule: the three Shinsa "together reach 50 marks or more out of 100": an aggregate, so an outcome
  could be missed (6.0 partial); Table 2 shows outcomes that no Shinsa examines (1.9 partial).
- Outcome table: "Keiko only" rows for prioritising/delegating, own CPD and external agencies (6.A3, 6.A7,
  6.K9 partial); deploying staff is examined in Shinsa 2 but its Keiko-bi cell is a dash and no Keiko-bi
  teaches it (6.S4 partial); child development has no row and appears only as the Branch's junior karate
  syllabus following "physical development" (6.K4 not_met, wrong context); the exam access arrangements row
  is struck through in the source, which the conventions say is withdrawn (6.S2d not_met). Codes are the
  Branch's own and shift by one after the missing row (CH-4 is the types of SEN).
- Translator's notes (footnotes), bracketed translator's descriptions, the header and the footer are not
  the Branch's statements.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _pg_helpers import (Footnotes, add_del, add_field, add_ins, col_widths, repeat_header, set_cell_text,
                         shade)

HERE = Path(__file__).parent
NAME = "pg-01-seiryukan-ringi-translation"

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.3)
sec.top_margin = sec.bottom_margin = Cm(2.2)

st = doc.styles["Normal"]
st.font.name = "Cambria"
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(5)
for hs in ("Heading 1", "Heading 2"):
    doc.styles[hs].font.name = "Cambria"
    doc.styles[hs].font.color.rgb = RGBColor(0x1F, 0x1F, 0x1F)
doc.styles["Heading 1"].font.size = Pt(13)
doc.styles["Heading 2"].font.size = Pt(11.5)

FN = Footnotes()

# header and footer (never evidence)
hp = sec.header.paragraphs[0]
hp.text = "CERTIFIED TRANSLATION \u2014 Seiryukan UK Branch, Ringi-sho No. 20-118 \u2014 page "
add_field(hp, "PAGE", "1")
hp.add_run(" of ")
add_field(hp, "NUMPAGES", "9")
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = ("Aldwick Language Services Ltd \u00b7 translator's ref. ALS/08/4471 \u00b7 This translation is certified "
           "only together with the translator's certificate on its last page.")
fp.runs[0].font.size = Pt(7.5)


def para(text="", bold=False, italic=False, size=None, align=None, style=None, indent=None, after=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def runs(p, *pieces):
    """pieces: str or (str, dict) with keys bold/italic."""
    for pc in pieces:
        if isinstance(pc, str):
            p.add_run(pc)
        else:
            t, f = pc
            r = p.add_run(t)
            r.bold = f.get("bold", False)
            r.italic = f.get("italic", False)
    return p


def article(title):
    p = para(after=3)
    r = p.add_run(title)
    r.bold = True
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.keep_with_next = True
    return p


def num(n, text, indent=0.6, fn=None):
    p = para(indent=indent)
    p.paragraph_format.first_line_indent = Cm(-0.6)
    p.add_run(f"{n}\t{text}")
    if fn:
        FN.add(p, fn)
    return p


# ---------------------------------------------------------------- covering note (English original)
p = para("SEIRYUKAN KARATE-DO ASSOCIATION \u2014 UK BRANCH", bold=True, size=12, after=0)
p = para(after=10)
r = p.add_run("Education Committee")
r.add_break()
p.add_run("14 Tanner's Row")
p.runs[-1].add_break()
p.add_run("Fordham FD3 2LP")
p.runs[-1].add_break()
p.add_run("Registered charity no. 1098812")
p = para(after=8)
p.add_run("To: the Training and Development Agency for Schools, SENCO training approvals")
p.runs[-1].add_break()
p.add_run("5 December 2008")
para("Application for approval to provide the National Award for SEN Coordination", bold=True)
para("Our Branch's rules require that any new course is proposed to the Honbu, our headquarters in Tokyo, in "
     "Japanese, by ringi-sho, and approved under seal before the Branch commits itself to it. The proposal for our "
     "SENCO course was approved in this way on 21 November 2008. Rather than write the same proposal twice, we "
     "send the certified English translation of that ringi-sho as our application, and we stand by every "
     "arrangement in it.")
para("Please note two things. The notes in square brackets and the footnotes are the translator's, not ours. "
     "The opinions written by the approvers in the seal block are those of our Honbu officers in Tokyo; they are "
     "not arrangements of the Branch.")
p = para(after=2)
p.add_run("Helen Marsh")
p.runs[-1].add_break()
p.add_run("Branch Secretary, on behalf of the Education Committee")
p.add_run().add_break(WD_BREAK.PAGE)

# ---------------------------------------------------------------- translator's title page
p = para("CERTIFIED TRANSLATION", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
t = doc.add_table(rows=7, cols=2)
t.style = "Table Grid"
rows = [
    ("Source document", "\u7a1f\u8b70\u66f8 (Ringi-sho) No. 20-118, \u201cEstablishment of the Seiryukan Course for "
                        "Special Educational Needs Coordinators\u201d, UK Branch, Seiryukan Karate-do Association"),
    ("Source language", "Japanese"),
    ("Target language", "English (United Kingdom)"),
    ("Extent of source", "Nine pages and two appended tables, with seal impressions and handwritten marks"),
    ("Translator", "Catherine Wyn-Jones, MCIL, Aldwick Language Services Ltd"),
    ("Reviewed by", "J. Takeda (second translator)"),
    ("Date of translation", "4 December 2008"),
]
for i, (a, b) in enumerate(rows):
    set_cell_text(t.cell(i, 0), a, bold=True, size=9.5)
    set_cell_text(t.cell(i, 1), b, size=9.5)
    shade(t.cell(i, 0), "E7E6E6")
col_widths(t, [4.2, 12.0])

para("Translator's conventions", bold=True).paragraph_format.space_before = Pt(10)
for c in [
    "Square brackets [ ] enclose words the translator has added for sense, or describe something in the source "
    "that is not text, such as a seal impression or a handwritten mark.",
    "Japanese words that the Branch uses as names (Keiko-bi, Shinsa, Senpai and others) are kept and explained "
    "in a footnote at first use.",
    "\u201c[Struck through in the source: \u2026]\u201d marks words struck through by hand in the source. The Branch has "
    "confirmed that struck-through words are withdrawn and form no part of the proposal; they are translated "
    "only so that the record is complete.",
    "Dates in the Japanese era are given with the Western year.",
]:
    para(c, style="List Bullet")
p = para()
p.add_run().add_break(WD_BREAK.PAGE)

# ---------------------------------------------------------------- ringi header block
t = doc.add_table(rows=11, cols=4)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c = t.cell(0, 0).merge(t.cell(0, 3))
set_cell_text(c, "\u7a1f\u8b70\u66f8  RINGI-SHO  [proposal for approval]", bold=True, size=12)
c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
shade(c, "D9D9D9")
set_cell_text(t.cell(1, 0), "Ringi No.", bold=True, size=9)
set_cell_text(t.cell(1, 1), "20-118", size=9)
set_cell_text(t.cell(1, 2), "Date drafted", bold=True, size=9)
set_cell_text(t.cell(1, 3), "20 October, Heisei 20 (2008)", size=9)
set_cell_text(t.cell(2, 0), "Drafted by", bold=True, size=9)
set_cell_text(t.cell(2, 1), "Education Committee, UK Branch (drafter: Margaret Ashby, 4th Dan)", size=9)
set_cell_text(t.cell(2, 2), "Committee", bold=True, size=9)
set_cell_text(t.cell(2, 3), "Kyoiku Iinkai [Education Committee]", size=9)
set_cell_text(t.cell(3, 0), "Subject", bold=True, size=9)
c = t.cell(3, 1).merge(t.cell(3, 3))
set_cell_text(c, "Establishment of the Seiryukan Course for Special Educational Needs Coordinators", size=9)
c = t.cell(4, 0).merge(t.cell(4, 3))
set_cell_text(c, "Approval route [each approver impresses a personal seal]", bold=True, size=9)
shade(c, "EDEDED")
for i, h in enumerate(["Branch Chief Instructor", "Branch Secretary", "Honbu Director of Education",
                       "Honbu Chairman"]):
    set_cell_text(t.cell(5, i), h, bold=True, size=8.5)
for i, s in enumerate(["[seal: Nakamura]\n22 Oct", "[seal: Marsh]\n23 Oct", "[seal: Sato]\n12 Nov",
                       "[seal: Kikuchi]\n21 Nov"]):
    set_cell_text(t.cell(6, i), s, size=8.5, color="B00000")
    t.cell(6, i).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
c = t.cell(7, 0).merge(t.cell(7, 3))
set_cell_text(c, "Decision: Approved [\u53ef]", bold=True, size=9.5)
c = t.cell(8, 0).merge(t.cell(8, 3))
set_cell_text(c, "Opinions of approvers", bold=True, size=9)
shade(c, "EDEDED")
c = t.cell(9, 0).merge(t.cell(9, 3))
set_cell_text(c, "Honbu Director of Education: \u201cI approve. A route by which senior teachers could be examined "
                 "without attending the course should be studied for a later year.\u201d [seal: Sato]", size=9,
              italic=True)
c = t.cell(10, 0).merge(t.cell(10, 3))
set_cell_text(c, "Honbu Chairman: \u201cApproved, on condition that the Branch reports to the Honbu each year on "
                 "the progress of the pupils of those who take the course.\u201d [seal: Kikuchi]", size=9,
              italic=True)
col_widths(t, [4.0, 4.2, 4.0, 4.0])
para()

# ---------------------------------------------------------------- 1. Subject
doc.add_heading("1. Subject [\u4ef6\u540d]", level=1)
para("The establishment by the UK Branch of the Seiryukan Course for Special Educational Needs Coordinators "
     "(hereafter \u201cthe Course\u201d), and an application to the Training and Development Agency for Schools of "
     "the United Kingdom for approval to provide, through the Course, the National Award for SEN Coordination "
     "from September 2009.")

# ---------------------------------------------------------------- 2. Purpose
doc.add_heading("2. Purpose [\u76ee\u7684]", level=1)
para("The Branch has always taught that karate-do begins and ends with respect. The teacher who leads provision "
     "for pupils with special educational needs carries that respect into every classroom of a school.")
para("The purpose of the Course is to raise the achievement of pupils with special educational needs and "
     "disabilities, and to improve their well-being, in the schools of those who take it. Achievement here is not "
     "examination results alone but progress in all five outcomes of Every Child Matters: being healthy, staying "
     "safe, enjoying and achieving, making a positive contribution and achieving economic well-being. The Course "
     "does this by improving the knowledge, understanding and skill of the teachers who coordinate that "
     "provision. This purpose governs every part of the Course: its aims (Article 3), the content of the "
     "Keiko-bi (Article 8), the tasks carried out in school (Article 9) and the Shinsa (Article 10), each of "
     "which asks the teacher to show the difference made for pupils.")

# ---------------------------------------------------------------- 3. Background
doc.add_heading("3. Background [\u7d4c\u7def]", level=1)
p = para()
runs(p, ("3.1 The Kokoro programme. ", {"bold": True}),
     "Since 2001 the Branch has taught karate in 40 primary and secondary schools in Brenshire under its Kokoro "
     "programme, and since 2004 its para-karate classes at the Fordham dojo have included many children with "
     "disabilities. The Branch's junior syllabus is arranged by the stages of children's physical development, "
     "so that no child is asked to attempt a technique before the body is ready. Eleven of the Branch's "
     "instructors are qualified teachers; four have been SENCOs.")
p = para()
runs(p, ("3.2 The Kodomo no Michi course. ", {"bold": True}),
     "In 2006-07 the Branch ran an unaccredited course, Kodomo no Michi [\u201cthe children's path\u201d], for 14 "
     "teachers and teaching assistants. That course allowed participants to claim credit for their experience, "
     "and it included a day at Hollins Park Special School. Kodomo no Michi closed in July 2007.")
p = para()
runs(p, ("3.3 Need. ", {"bold": True}),
     "In 2007 the SEN Service of Brenshire County Council informed the Branch that 31 of the county's 212 "
     "schools had a SENCO new to the post in that year, and that the nearest accredited course for SENCOs was "
     "60 miles from Fordham. The views of schools on what the Course should contain have not yet been sought "
     "(see section 8).")

# ---------------------------------------------------------------- 4. Articles
doc.add_heading("4. Content of the proposal [\u5185\u5bb9]", level=1)

article("Article 1 (Name and validation)")
num("1.", "The Course is named the Seiryukan Course for Special Educational Needs Coordinators.")
num("2.", "The Course is validated by the University of Aldwick, School of Education, as its Postgraduate "
          "Certificate in Special Educational Needs Coordination. The University's validation panel approved the "
          "Course on 9 October 2008.")
p = para(indent=0.6)
p.paragraph_format.first_line_indent = Cm(-0.6)
p.add_run("3.\tThe Course is at Master's level (level 7 of the Framework for Higher Education Qualifications) "
          "and carries ")
add_del(p, "40", author="C. Wyn-Jones", date="2008-12-04T09:12:00Z")
add_ins(p, "60", author="C. Wyn-Jones", date="2008-12-04T09:12:00Z")
p.add_run(" credits.")
FN.add(p, "Translator's note: the first draft of this translation misread the figure; corrected against the "
          "source on 4 December 2008.")

article("Article 2 (Definitions)")
para("In this proposal:", indent=0.6)
defs = [
    ("(1)", "\u201cJukosha\u201d means a teacher accepted on the Course.",
     "Jukosha: literally \u201cone who takes the course\u201d. Kept as in the source."),
    ("(2)", "\u201cSensei\u201d means a tutor of the Course named in Article 13.", None),
    ("(3)", "\u201cSenpai\u201d means an experienced colleague in the Jukosha's own school, normally the head "
            "teacher or a deputy, who supports the Jukosha in school.",
     "Senpai: in the dojo, a senior student who guides a junior one."),
    ("(4)", "\u201cKeiko-bi\u201d means a taught day of the Course.", "Keiko-bi: literally \u201cpractice day\u201d."),
    ("(5)", "\u201cDojo-kadai\u201d means a task carried out by the Jukosha in their own school.",
     "Dojo-kadai: literally \u201cdojo task\u201d; throughout the source the Jukosha's school is called their dojo."),
    ("(6)", "\u201cShinsa\u201d means a piece of work examined and marked for the Certificate.",
     "Shinsa: the word used for a dan grading examination."),
    ("(7)", "\u201cKanji-kai\u201d means the steering committee of the Course established under Article 16.", None),
]
for n, txt, fn in defs:
    num(n, txt, indent=1.2, fn=fn)

article("Article 3 (Aims)")
para("The Course aims:", indent=0.6)
for n, txt in [
    ("(1)", "to raise the achievement and well-being of pupils with special educational needs and disabilities in "
            "the Jukosha's school, across the five outcomes of Every Child Matters;"),
    ("(2)", "to give the Jukosha the knowledge of law, policy, kinds of need and approaches to teaching that a "
            "SENCO requires;"),
    ("(3)", "to develop the Jukosha's skill in leading and supporting colleagues, in consulting and working with "
            "pupils, parents and carers, and in working with other services;"),
    ("(4)", "to require every Jukosha to make, and to evaluate, a change in provision in their own school."),
]:
    num(n, txt, indent=1.2)

article("Article 4 (Entry)")
num("1.", "A candidate shall hold Qualified Teacher Status and shall be the SENCO of a school, or be named by the "
          "head teacher as its SENCO from the following term.")
num("2.", "The head teacher shall sign the Branch's nomination form, agreeing to release the candidate for the ten "
          "Keiko-bi and to name a Senpai.")
num("3.", "Each candidate is interviewed by a Sensei, who uses the Branch's entry questions to judge whether the "
          "candidate has the knowledge and experience to meet all the outcomes of the Course by its end.")
num("4.", "A candidate judged not yet ready is given written advice on what to do first (for example, a further "
          "year's experience as a class teacher of pupils with special educational needs, or the County's "
          "introductory course), and the Sensei speaks with the head teacher about that advice.")
num("5.", "Checks on criminal records and on suitability to work with children are the responsibility of the "
          "Jukosha's employer. The Branch does not itself make these checks of Jukosha. All instructors of the "
          "Branch who teach children in the Kokoro programme hold enhanced disclosures from the Criminal Records "
          "Bureau, renewed every three years.")

article("Article 5 (Prior learning)")
num("1.", "A Jukosha who has gained credit at Master's level in special educational needs within the last five "
          "years may apply to have up to 20 credits set against the Course under the University of Aldwick's "
          "regulations for the accreditation of prior learning. The Sensei and the University's link tutor decide "
          "the claim before the first Keiko-bi.")
num("2.", "Credit for experience alone, which the Kodomo no Michi course allowed, is not offered.")

article("Article 6 (Self-diagnosis)")
num("1.", "At the first Keiko-bi every Jukosha completes the Branch's self-diagnosis sheet (Jiko Shindan), rating "
          "themselves against each outcome in Appended Table 2.")
num("2.", "The Sensei reads the sheet and returns it with written comments at the second Keiko-bi.")

article("Article 7 (Examination without attendance)")
para("The Branch does not at present admit any candidate to the Shinsa without attendance at the Keiko-bi. "
     "Every Jukosha attends the Course.", indent=0.6)

article("Article 8 (Keiko-bi)")
num("1.", "The Course has ten Keiko-bi, held between September and June. Their content is set out in Appended "
          "Table 1.")
num("2.", "Each Keiko-bi combines teaching by a Sensei with discussion of cases that the Jukosha bring from their "
          "schools. The Sensei introduce the most recent research findings on each topic.")
num("3.", "A group has no more than 16 Jukosha. Each Jukosha has a tutorial of 30 minutes with their Sensei after "
          "Keiko-bi 3, 6 and 9, at which the focus of the next Dojo-kadai is agreed to suit the Jukosha's school "
          "and their own starting point.")
num("4.", "Keiko-bi 1 and 2 cover the law and policy on special educational needs and disability: the SEN Code of "
          "Practice (2001), the Special Educational Needs and Disability Act 2001, the Disability Discrimination "
          "Act 1995 as amended in 2005, including the Disability Equality Duty, and Every Child Matters (2004) "
          "with the Children Act 2004.")

article("Article 9 (Dojo-kadai)")
num("1.", "Each Jukosha carries out three Dojo-kadai in their own school. Each is tied to the outcomes shown "
          "against it in Appended Table 2.")
num("2.", "Dojo-kadai 1 (Listening). The Jukosha consults at least two pupils with special educational needs "
          "about their provision, using the methods taught at Keiko-bi 8, including methods for pupils with "
          "little or no speech, and meets the parents or carers of one of them. The Jukosha then changes that "
          "pupil's plan together with the pupil and the parents.")
num("3.", "Dojo-kadai 2 (Mapping). The Jukosha builds a provision map for one year group, identifies provision "
          "that is missing or is not working, and makes a change, working with the teaching assistants and "
          "teachers concerned.")
num("4.", "Dojo-kadai 3 (Leading). The Jukosha observes a colleague teaching a pupil with special educational "
          "needs, gives feedback, coaches the colleague for half a term and reviews the effect with the colleague "
          "and the head teacher.")
num("5.", "In every Dojo-kadai the Jukosha records the pupils' starting point and the result, and writes what "
          "changed in their own practice and in the school's.")

article("Article 10 (Shinsa)")
num("1.", "Three Shinsa are examined:")
for n, txt in [
    ("(1)", "Shinsa 1: a written review of 4,000 words of the special educational needs policy of the Jukosha's "
            "school, against the law, guidance and research studied at Keiko-bi 1 to 5 (30 marks);"),
    ("(2)", "Shinsa 2: a report of 5,000 words on Dojo-kadai 2 and 3 (40 marks);"),
    ("(3)", "Shinsa 3: a presentation of 20 minutes with questions, and a portfolio, on Dojo-kadai 1 and on the "
            "Jukosha's work with other services (30 marks)."),
]:
    num(n, txt, indent=1.2)
num("2.", "The outcomes that each Shinsa examines are shown in Appended Table 2.")
p = num("3.", "The Certificate is awarded to a Jukosha whose three Shinsa together reach 50 marks or more out "
              "of 100.")
p4 = num("4.", "Each Shinsa is marked by a Sensei against written criteria given to the Jukosha at the first "
               "Keiko-bi. One script in four, and every script near the pass mark or below it, is marked again by a "
               "second Sensei. The University's moderation panel samples the marking of every Shinsa, and the "
               "University's external examiner, Dr Fiona Redfern of the University of Castlebridge, reviews a "
               "sample and every fail and attends the examination board.")

article("Article 11 (Mode and timing)")
num("1.", "The Course begins once a year, in September. The Keiko-bi are taken in order.")
num("2.", "Each Keiko-bi is held on a Saturday in the teaching room of the Fordham dojo. A Jukosha who cannot "
          "attend may attend the same Keiko-bi repeated on the following Thursday evening at Fordham College.")
num("3.", "The Course is studied part-time.")
p = para(indent=0.6)
p.paragraph_format.first_line_indent = Cm(-0.6)
p.add_run("4.\tThe Branch keeps an online notice board, Seiryukan Dojo Online, on which Jukosha share drafts, "
          "resources and questions with one another between Keiko-bi. ")
add_del(p, "A Sensei reads the board each week and answers questions posted there. ", author="C. Wyn-Jones",
        date="2008-12-04T09:40:00Z")
p.add_run("Sensei do not post on the board; a question for a Sensei is taken at the next Keiko-bi or tutorial.")
FN.add(p, "Translator's note: a sentence in the first draft had been translated from an earlier version of the "
          "source supplied by the Branch; it is not in the approved source and has been removed.")
num("5.", "The teacher course of the Honbu in Osaka offers a route studied wholly online.")

article("Article 12 (Equal treatment)")
num("1.", "The Branch will comply with the Disability Discrimination Act and the other laws on equality in "
          "everything it does.")
num("2.", "The Fordham dojo has level access, a lift to the teaching room and an accessible toilet, installed in "
          "2005 for the Branch's para-karate members.")

article("Article 13 (Sensei and Senpai)")
num("1.", "The Course is taught by:")
for n, txt in [
    ("(1)", "Margaret Ashby, 4th Dan, Course Leader: SENCO of Fordham Park Primary School from 1991 to 2005; MA "
            "in Special and Inclusive Education (University of Aldwick, 2003); an associate tutor of the University, "
            "who completed its training for assessors at Master's level in 2008; a member of NASEN and of the "
            "County's SENCO network;"),
    ("(2)", "Dr Ruth Pennell, 2nd Dan: senior educational psychologist with Brenshire County Council, who "
            "continues in practice two days a week;"),
    ("(3)", "Dr Ian Corrie, the University's link tutor: Senior Lecturer in Inclusive Education, who teaches "
            "Keiko-bi 5 and 10."),
]:
    num(n, txt, indent=1.2)
num("2.", "Before the Course begins, the Sensei meet for a day with the University's link tutor to agree the "
          "marking criteria and the part each plays in teaching and marking.")
num("3.", "Every Senpai attends a briefing of half a day at the start of the Course and receives the Senpai "
          "handbook. The handbook sets out what the Senpai does in each Dojo-kadai (agreeing the task, observing "
          "with the Jukosha and signing the record of the task) and what the Senpai does not do (the Senpai does "
          "not mark Shinsa). A Sensei telephones each Senpai once a term.")

article("Article 14 (Specialists and visits)")
num("1.", "Guest Sensei from the County's services teach parts of the Keiko-bi: a speech and language therapist "
          "and the County's autism outreach teacher (Keiko-bi 3), and the Brenshire Parent Partnership Service "
          "(Keiko-bi 8).")
p14 = num("2.", "A day at a special school, which the Kodomo no Michi course included, has not been arranged for "
                "the Course.")
doc.add_comment(p14.runs, text="Client rang 2 Dec: Hollins Park visits now agreed? This is not in the source, "
                               "so it is not translated.", author="J. Takeda", initials="JT")

article("Article 15 (Resources)")
num("1.", "Jukosha are registered as students of the University of Aldwick and have full use of its library, "
          "including its electronic journals, for the duration of the Course.")
num("2.", "The Branch's resource room at the Fordham dojo holds a lending collection for the Course: standardised "
          "reading and numeracy tests, a speech and language screening kit, visual timetable materials, and "
          "laptops with text-to-speech and mind-mapping software that Jukosha may borrow for use in school.")

article("Article 16 (Evaluation and the Kanji-kai)")
num("1.", "The Kanji-kai consists of the Course Leader, the University's link tutor, two head teachers of schools "
          "in the Kokoro programme and the Principal SEN Officer of Brenshire County Council. It meets at the end "
          "of each term.")
num("2.", "Jukosha complete an evaluation sheet after every Keiko-bi and a longer review at Keiko-bi 10. Senpai "
          "complete a short questionnaire at the end of the year.")
num("3.", "The external examiner's annual report and the University's annual monitoring review are presented to "
          "the Kanji-kai.")
num("4.", "The Kanji-kai agrees an action list from this evidence. The Course Leader reports on each action at the "
          "next meeting; the changes are made in the next year's Keiko-bi and Dojo-kadai and are reported to the "
          "University in its annual monitoring review.")
num("5.", "Jukosha rate their confidence against every outcome at Keiko-bi 1 and again at Keiko-bi 10, and the "
          "Kanji-kai compares the two ratings.")

article("Article 17 (After the Course)")
num("1.", "At Keiko-bi 10 each Jukosha drafts a Tsugi no Dan plan, setting out professional targets for the year "
          "after the Course, and takes it to a meeting with their Senpai and head teacher, where it is used in the "
          "school's performance management.", fn="Tsugi no Dan: literally \u201cthe next dan [grade]\u201d.")
num("2.", "The fee for the Course is \u00a31,450, including registration with the University. The Branch's "
          "instructors teach at cost and the teaching room and resource room are the Branch's own, so the fee is "
          "below that of the other courses in the region; schools also save the cost of travel to a course 60 "
          "miles away.")

# ---------------------------------------------------------------- 5-8
doc.add_heading("5. Expected effects [\u52b9\u679c]", level=1)
for n, txt in [
    ("(1)", "It is expected that the pupils of Jukosha will make better progress in their learning and be happier "
            "in school."),
    ("(2)", "It is hoped that in later years the Course may be offered in Wales and Scotland, and that an online "
            "route may be developed."),
    ("(3)", "The standing of the Branch with the schools of Brenshire will be strengthened."),
]:
    num(n, txt)

doc.add_heading("6. Budget [\u4e88\u7b97]", level=1)
para("For one group of 16 Jukosha, in pounds sterling:")
bt = doc.add_table(rows=9, cols=2)
bt.style = "Table Grid"
for i, (a, b) in enumerate([
    ("Item", "\u00a3"),
    ("Income: fees, 16 \u00d7 \u00a31,450", "23,200"),
    ("University validation and registration", "6,400"),
    ("Sensei and guest Sensei", "9,600"),
    ("External examiner", "900"),
    ("Resource room: additions", "2,500"),
    ("Printing, room costs, Senpai briefing", "1,800"),
    ("Reserve", "2,000"),
    ("Total expenditure", "23,200"),
]):
    set_cell_text(bt.cell(i, 0), a, bold=(i in (0, 8)), size=9.5)
    set_cell_text(bt.cell(i, 1), b, bold=(i in (0, 8)), size=9.5)
shade(bt.cell(0, 0), "D9D9D9")
shade(bt.cell(0, 1), "D9D9D9")
col_widths(bt, [10.0, 3.0])

doc.add_heading("7. Schedule [\u65e5\u7a0b]", level=1)
stt = doc.add_table(rows=8, cols=2)
stt.style = "Table Grid"
for i, (a, b) in enumerate([
    ("When", "What"),
    ("21 November 2008", "Approval by the Honbu"),
    ("December 2008", "Application to the Training and Development Agency for Schools"),
    ("February to May 2009", "Recruitment; nomination forms; interviews"),
    ("June 2009", "Briefing of Senpai; meeting of Sensei with the link tutor"),
    ("September 2009", "Keiko-bi 1"),
    ("June 2010", "Keiko-bi 10"),
    ("July 2010", "Examination board of the University"),
]):
    set_cell_text(stt.cell(i, 0), a, bold=(i == 0), size=9.5)
    set_cell_text(stt.cell(i, 1), b, bold=(i == 0), size=9.5)
shade(stt.cell(0, 0), "D9D9D9")
shade(stt.cell(0, 1), "D9D9D9")
col_widths(stt, [4.5, 11.5])

doc.add_heading("8. Matters for further study [\u691c\u8a0e\u4e8b\u9805]", level=1)
p = num("(1)", "Consultation with schools. The views of head teachers and SENCOs on the content of the Course have "
               "not been sought. A consultation is under study (kento-chu) for the spring of 2009.",
        fn="Kento-chu: literally \u201cunder examination\u201d. In Japanese business usage it normally means that "
           "nothing has yet been decided.")
num("(2)", "A route by which senior teachers could be examined without attending, as the Honbu Director of "
           "Education has asked.")
num("(3)", "Visits by Jukosha to special schools.")
num("(4)", "Whether a Sensei should answer questions on Seiryukan Dojo Online.")

# ---------------------------------------------------------------- Appended Table 1
p = para()
p.add_run().add_break(WD_BREAK.PAGE)
doc.add_heading("Appended Table 1 \u2014 The Keiko-bi (relating to Article 8)", level=2)
KB = [
    ("1", "Sep", "Rei \u2014 the role",
     "The SENCO's role and duties. The SEN Code of Practice (2001) and the Special Educational Needs and Disability "
     "Act 2001: what they require of the school, the SENCO and others, and how to put them into practice. Writing "
     "clearly for colleagues and parents. The self-diagnosis sheet.", "MA"),
    ("2", "Oct", "Kihon \u2014 law and policy",
     "The Disability Discrimination Act 1995 as amended in 2005, the Disability Equality Duty and accessibility "
     "plans: the actions they require of a school and how to carry them out. Every Child Matters: the five outcomes "
     "and the SENCO's part in helping pupils achieve them.", "MA"),
    ("3", "Nov", "Kata \u2014 kinds of need",
     "The most common types of special educational need and disability: behavioural, emotional and social "
     "difficulties; specific learning difficulties, including dyslexia; speech, language and communication needs; "
     "autistic spectrum disorders; moderate learning difficulties; and how each affects learning.",
     "RP; guest Sensei"),
    ("4", "Dec", "Me-tsuke \u2014 seeing the pupil",
     "Identifying pupils who may have special educational needs through observation, data and assessment. Using the "
     "reports of psychologists, therapists and other professionals to plan teaching. Setting challenging targets, "
     "planning interventions and reviewing progress. Tracking progress with national tests and other summative "
     "assessment, and changing programmes. Helping colleagues to use assessment for learning with pupils with "
     "special educational needs. Anticipating problems and making sound decisions about provision.", "RP"),
    ("5", "Jan", "Bunkai \u2014 approaches",
     "Approaches, strategies and resources for assessment, planning and teaching, including ICT, examined "
     "critically. What research tells us about effective teaching for pupils with special educational needs. "
     "Using research and outside advice to improve one's own and colleagues' practice.", "IC"),
    ("6", "Feb", "Ma-ai \u2014 provision and time",
     "Provision mapping and the management of provision; finding provision that is ineffective or missing. "
     "Setting priorities for the SENCO's work, managing time and delegating tasks.", "MA"),
    ("7", "Mar", "Kumite \u2014 working with colleagues",
     "Gaining the commitment of the head teacher, senior leaders and colleagues. Observing teaching and giving "
     "feedback; modelling, coaching and mentoring; planning and leading training. Speaking to and listening to "
     "different audiences.", "MA"),
    ("8", "Apr", "Zanshin \u2014 pupils and parents",
     "Fair and respectful relationships with pupils with special educational needs and with their parents and "
     "carers. Consulting pupils and involving them in planning and reviewing their provision, including methods "
     "for pupils with little or no speech. Working with parents and carers.", "MA; Parent Partnership"),
    ("9", "May", "Renraku \u2014 other services",
     "The scope and role of external agencies in health, social care and the voluntary sector; the Common "
     "Assessment Framework; getting specialist support and resources; working in partnership with other services.",
     "RP"),
    ("10", "Jun", "Kaizen \u2014 evaluation and strategy",
     "The principles of school self-evaluation and improvement and the place of special educational needs in "
     "them. Reviewing the effectiveness of provision with colleagues to inform the school's self-evaluation. "
     "Working with senior colleagues and governors on an inclusive ethos, policies, priorities and the use of "
     "resources. Keeping up to date and planning one's own professional development. The Tsugi no Dan plan.",
     "MA; IC"),
]
t1 = doc.add_table(rows=1 + len(KB), cols=5)
t1.style = "Table Grid"
for i, h in enumerate(["No.", "Month", "Name", "Content", "Sensei"]):
    set_cell_text(t1.cell(0, i), h, bold=True, size=9)
    shade(t1.cell(0, i), "D9D9D9")
repeat_header(t1.rows[0])
for r, row in enumerate(KB, start=1):
    for i, v in enumerate(row):
        set_cell_text(t1.cell(r, i), v, size=8.5, bold=(i == 2))
col_widths(t1, [1.0, 1.3, 3.0, 9.3, 1.8])
para("MA: Margaret Ashby. RP: Dr Ruth Pennell. IC: Dr Ian Corrie.", italic=True, size=8.5)

# ---------------------------------------------------------------- Appended Table 2
doc.add_heading("Appended Table 2 \u2014 Outcomes of the Course (relating to Articles 6, 9 and 10)", level=2)
para("Every outcome of the Course is listed below in the Branch's own codes: KO (kokoroe, attributes), CH "
     "(chishiki, knowledge) and GI (gijutsu, skills). The Keiko-bi column gives the Keiko-bi at which the outcome "
     "is taught. The Shinsa column gives the Shinsa in which it is examined. \u201cKeiko only\u201d means that the "
     "outcome is taught and practised at the Keiko-bi named but is not examined in any Shinsa.")
GROUPS = [
    ("Kokoroe [attributes]", [
        ("KO-1", "Builds fair, respectful and supportive relationships with pupils with special educational needs "
                 "and with their parents and carers.", "8", "3"),
        ("KO-2", "Wins the commitment of the head teacher, senior leaders and colleagues to better outcomes for "
                 "pupils with special educational needs.", "7", "2"),
        ("KO-3", "Sets priorities, manages time and delegates tasks, checking that they are done.", "6",
         "Keiko only"),
        ("KO-4", "Foresees and solves problems and makes sound, well-founded decisions about provision.", "4",
         "2"),
        ("KO-5", "Speaks and writes clearly, and listens to and understands the views of others.", "1, 7", "1, 3"),
        ("KO-6", "Uses research and outside advice to improve own and colleagues' practice.", "5", "1"),
        ("KO-7", "Keeps up to date and takes charge of own professional development in special educational needs "
                 "and disability.", "10", "Keiko only"),
    ]),
    ("Chishiki [knowledge]", [
        ("CH-1", "The law and guidance on special educational needs, including the SEN Code of Practice: what they "
                 "mean for the school, the SENCO and others, and how to put them into practice.", "1", "1"),
        ("CH-2", "The principles and five outcomes of Every Child Matters and the SENCO's part in them.", "2", "1"),
        ("CH-3", "The law on disability equality and the actions it requires.", "2", "1"),
        ("CH-4", "The common types of special educational need and disability (behavioural, emotional and social "
                 "difficulties; specific learning difficulties including dyslexia; speech, language and "
                 "communication needs; autistic spectrum disorders; moderate learning difficulties) and how they "
                 "affect learning.", "3", "1"),
        ("CH-5", "A critical understanding of approaches, strategies and resources for assessment, planning and "
                 "teaching, including ICT, used to remove barriers and personalise provision.", "5", "1"),
        ("CH-6", "The principles of school self-evaluation and improvement as they relate to pupils with special "
                 "educational needs.", "10", "3"),
        ("CH-7", "Best practice and the findings of research in meeting special educational needs.", "5", "1"),
        ("CH-8", "The scope and role of external agencies and how to obtain specialist support and resources.", "9",
         "Keiko only"),
    ]),
    ("Gijutsu [skills]", [
        ("GI-1", "With senior colleagues and governors, shapes an inclusive ethos, policies, priorities and the use "
                 "of resources.", "10", "3"),
        ("GI-2", "Identifies pupils who may have special educational needs, sets challenging targets, plans "
                 "interventions and reviews progress.", "4", "2"),
        ("GI-3", "Uses the assessments of other professionals to shape teaching.", "4", "2"),
        ("GI-4", "Uses summative assessment, including national tests, to track progress and change programmes.",
         "4", "2"),
        ("GI-5", "Encourages colleagues to develop formative assessment, with approaches for pupils with special "
                 "educational needs.", "4", "2"),
        ("STRUCK", "GI-6 Identifies in good time the special arrangements that pupils need in national tests and "
                   "examinations, and puts them in place with colleagues.", "4", "2"),
        ("GI-7", "Uses provision mapping to plan provision and to find provision that is ineffective or missing.",
         "6", "2"),
        ("GI-8", "Deploys and manages teaching assistants and other staff effectively.", "\u2014", "2"),
        ("GI-9", "Supports colleagues' professional development through observation and feedback, modelling, "
                 "coaching and mentoring, and training.", "7", "2"),
        ("GI-10", "Reviews and evaluates the effectiveness of provision with colleagues, to inform the school's "
                  "self-evaluation.", "10", "2"),
        ("GI-11", "Involves pupils in planning, agreeing, reviewing and evaluating their provision.", "8", "3"),
        ("GI-12", "Works with parents and carers to promote their children's learning and development.", "8", "3"),
        ("GI-13", "Works in partnership with other services and agencies, including voluntary organisations.", "9",
         "3"),
    ]),
]
nrows = 1 + sum(1 + len(g[1]) for g in GROUPS)
t2 = doc.add_table(rows=nrows, cols=4)
t2.style = "Table Grid"
for i, h in enumerate(["Code", "Outcome", "Keiko-bi", "Shinsa"]):
    set_cell_text(t2.cell(0, i), h, bold=True, size=9)
    shade(t2.cell(0, i), "BFBFBF")
repeat_header(t2.rows[0])
r = 1
struck_cell = None
for gname, items in GROUPS:
    c = t2.cell(r, 0).merge(t2.cell(r, 3))
    set_cell_text(c, gname, bold=True, size=9)
    shade(c, "E2EFDA")
    r += 1
    for code, text, kb, sh in items:
        if code == "STRUCK":
            for i, v in enumerate(["GI-6", text.replace("GI-6 ", ""), kb, sh]):
                cell = t2.cell(r, i)
                cell.text = ""
                pp = cell.paragraphs[0]
                if i == 1:
                    pp.add_run("[Struck through in the source:] ").font.size = Pt(8.5)
                rr = pp.add_run(v)
                rr.font.strike = True
                rr.font.size = Pt(8.5)
            struck_cell = t2.cell(r, 1)
        else:
            for i, v in enumerate([code, text, kb, sh]):
                set_cell_text(t2.cell(r, i), v, size=8.5)
        r += 1
col_widths(t2, [1.4, 10.8, 1.8, 2.2])
FN.add(struck_cell.paragraphs[0], "Translator's note: this row is struck through by hand in the source and "
                                  "initialled \u201cM.A.\u201d.")
p = para("Outcomes of the Course are taken from the national minimum outcomes and are shown here in the Branch's "
         "own words.", italic=True, size=8.5)
doc.add_comment(p.runs, text="Source has no row between CH-3 and CH-4 \u2014 numbering as in source, not a "
                             "translation omission.", author="J. Takeda", initials="JT")

# ---------------------------------------------------------------- translator's certificate
p = para()
p.add_run().add_break(WD_BREAK.PAGE)
para("TRANSLATOR'S CERTIFICATE", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
para("I, Catherine Wyn-Jones, a Member of the Chartered Institute of Linguists, certify that the foregoing is a "
     "true and complete translation into English of the Japanese document described on its first page, made to "
     "the best of my knowledge and ability. I have no interest in the matters it describes.")
ct = doc.add_table(rows=4, cols=2)
ct.style = "Table Grid"
for i, (a, b) in enumerate([("Signature", "[signature]"), ("Date", "4 December 2008"),
                            ("Membership number", "[membership no.]"),
                            ("Stamp", "[translator's stamp]")]):
    set_cell_text(ct.cell(i, 0), a, bold=True, size=9.5)
    set_cell_text(ct.cell(i, 1), b, size=9.5, color="7F7F7F")
col_widths(ct, [5.0, 10.0])

FN.finalize(doc)
doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
