"""Build ej-02-wyndlow-schools-guidance-booklet.docx (blind test application).

KIND OF DOCUMENT
  A city service's practice guidance booklet for schools, "Is it EAL, SEN or
  both?", third edition: the guidance it gives every school on pupils new to
  English who may have special educational needs (myths and realities, a
  staged local pathway, case examples, working with families), reprinted
  with a new Part D that describes the SENCO Award, and an appendix on the
  national outcomes. The whole booklet is sent as the application, with a
  boxed note to the panel. It is guidance for schools about pupils, so most
  of Parts A to C uses the requirement's words about the wrong people.

PROVIDER (invented)
  Wyndlow City Council, Children's Services: Ethnic Minority Achievement and
  Traveller Education Service (EMATES), Lantern House, Albion Road, Wyndlow,
  whose bilingual assessment team supports pupils new to English with SEN;
  with the University of Saxonbury, Faculty of Education and Community
  Studies. People: Andrew Maddox (Director of Children's Services, foreword),
  Marguerite Dacosta (Head of EMATES), Harjit Sandhu (Senior Specialist
  Teacher, EAL and SEN; Award coordinator), Bernadette Quinn (Traveller
  Education coordinator), Dr Amina Yusuf (educational psychologist),
  Dr Peter Lindqvist (University link tutor). April 2009.

LAYOUT
  No built-in heading styles: custom paragraph styles "Booklet Part",
  "Booklet Section", "Key Point" and "Case Example"; Part D's sections typed
  "D1" to "D14". A shaded one-cell box "Note for the TDA approval panel".
  A foreword of values. Part A a two-column Myth / Reality table. Part B a
  four-column pathway table (Step, When, Who, What happens) and shaded case
  examples. Part D a unit table. Appendix 2 a three-column outcome table with
  cells "Throughout", "Starting Profile only", "Next Steps page (not
  assessed)", "Part B of this booklet" and "-". Real Word footnotes (a
  footnotes part), two of which carry the only statement of an arrangement
  (CRB checks, the assessment-only route). Page header and footer.

TRAPS (requirement ids affected)
  - Accreditation: the University "has agreed to validate" at Master's level,
    event in May 2009 (E.1 met); "Whether the Award carries 40 or 60 credits
    will be settled at that event" (E.2 partially_met).
  - Values only: the foreword's Every Child Matters paragraph and well-being
    wording; the Award's own aims are identification and progress (1.1
    partially_met). Every Child Matters appears nowhere in Part D or the
    appendix (6.K2 not_met).
  - Footnote carries the real CRB verification arrangement (5.3 met).
  - Assessment-only route: asked about in D4, negated only in a footnote
    ("will not offer an assessment-only route in 2009-10"); the page footer
    ("Experienced practitioners may apply for assessment only") is not part of
    the submission (2.3 not_met).
  - APL: "not able to give credit for prior learning or experience ... in its
    first year", after a paragraph valuing experience (2.1 not_met).
  - Entry: criteria and head's nomination, but the Starting Profile comes
    after a place is confirmed: no check of readiness (5.2 partially_met).
  - E-learning: WynLearn tasks and a peer forum, but "tutors do not reply to
    questions on the forum"; questions wait for the next study day (3.3
    partially_met). Study days twice a week, one- and two-year routes, units 2
    and 3 in either order, a conditional January intake (3.2 met).
  - Equality: Single Equality Scheme and Disability Policy named, accessible
    venue and hearing loop, "We are committed to making sure no participant is
    disadvantaged"; nothing on inviting disclosure or on adjustments in
    teaching and assessment (3.1 partially_met). Part C's "reasonable
    adjustments" for disabled parents at school meetings is wrong context.
  - Stakeholders: survey and focus groups with figures (4.1 met) and the
    changes they caused (4.2 met); parents, EPs and therapists teach, but the
    Heads' Inclusion Forum only receives a report and "we would welcome their
    comments" (4.3 partially_met).
  - Quality: the University's procedures named in general, unit evaluations
    and a Programme Committee; nothing external or on how evidence changes
    the programme (5.1 partially_met). Impact on pupils only hoped for (5.9
    not_met).
  - Moderation: fails and a sample second-marked, but the external examiner
    "had not been made at the time of going to print" (footnote) (5.8
    partially_met).
  - Placements: none; an optional half-day at the New Arrivals Centre "if
    they wish"; specialist contributors teach (5.5 partially_met).
  - Mentors: "we hope every headteacher will nominate a mentor"; guidance
    "being prepared"; tutors briefed (5.7 partially_met).
  - Fee "will be confirmed", tailoring only through optional workshops and
    assignment focus (2.4 partially_met).
  - Pupil voice: Part B's Step 3 ("Ask the pupil") is guidance to schools;
    in the Award it is only a Unit 2 topic with "-" under assessment (1.5,
    6.S7 partially_met).
  - Blanket claim "The Award fully meets the TDA's national minimum
    outcomes" and an award rule of three passes plus 80 per cent attendance,
    while the appendix leaves outcomes unassessed (1.9, 6.0 partially_met).
  - Criterion 6 in Appendix 2:
      "Throughout" / "Throughout": 6.A5 (partially_met)
      "Starting Profile only" (a self-rating): 6.A3 (partially_met)
      "Next Steps page (not assessed)": 6.A7 (partially_met)
      taught in Unit 1, "-" assessed: 6.K3, 6.S2d (partially_met)
      "Part B of this booklet" (pre-course reading), "-": 6.K4
        (partially_met); Part B's language-development guidance is the
        only development
      Unit 2 "pupil voice", "-": 6.S7 (partially_met)
      no row and nothing in Part D: 6.K2, 6.S2c (not_met)
      every other outcome: a unit and a named assignment whose brief in D7
        says the same (met), including 6.A4 (Assignment 1 "weigh evidence
        that points different ways ... justify") and 6.S2b (Assignment 1
        national test and teacher assessment data).
  - Wrong context throughout Parts A-C: pupils' access arrangements in the
    Myth / Reality table, pupils' starting profiles, schools' self-evaluation
    of EAL provision, "consult the child", working with other agencies; none
    is an arrangement of the Award.
"""
import os

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ej-02-wyndlow-schools-guidance-booklet"
OUT = os.path.join(HERE, NAME + ".docx")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Verdana"
normal.font.size = Pt(9.5)
normal.paragraph_format.space_after = Pt(6)
normal.paragraph_format.line_spacing = 1.1

PURPLE = RGBColor(0x5B, 0x2C, 0x6F)


def make_style(name, size, bold=True, colour=PURPLE, before=12, after=6, italic=False):
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = normal
    st.font.size = Pt(size)
    st.font.bold = bold
    st.font.italic = italic
    if colour is not None:
        st.font.color.rgb = colour
    st.paragraph_format.space_before = Pt(before)
    st.paragraph_format.space_after = Pt(after)
    return st


make_style("Booklet Part", 16, before=18, after=8)
make_style("Booklet Section", 11.5, before=10, after=4)
make_style("Key Point", 9.5, bold=True, colour=RGBColor(0x1F, 0x4E, 0x79), before=4, after=8)
make_style("Case Example", 9, bold=False, colour=None, before=0, after=4, italic=True)

for s in doc.sections:
    s.left_margin = Cm(2.3)
    s.right_margin = Cm(2.3)
    s.header.paragraphs[0].text = (
        "Wyndlow EMATES  ·  Is it EAL, SEN or both?  ·  Third edition, April 2009")
    s.footer.paragraphs[0].text = (
        "Wyndlow City Council Children's Services  ·  EMATES, Lantern House, Albion Road, "
        "Wyndlow WY2 7HF  ·  SENCO Award enquiries: Harjit Sandhu, 01977 318 442. "
        "Experienced practitioners may apply for assessment only.")
    for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(7.5)
            r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)

FOOTNOTES = []


def footnote(paragraph, text):
    """Attach a real footnote reference to the end of paragraph."""
    fid = len(FOOTNOTES) + 1
    FOOTNOTES.append((fid, text))
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r.append(ref)
    paragraph._p.append(r)


def write_footnotes():
    body = []
    body.append('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
                'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>')
    body.append('<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
                'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
                '</w:r></w:p></w:footnote>')
    for fid, text in FOOTNOTES:
        body.append(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr>'
            '<w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
            '</w:p></w:footnote>')
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:footnotes xmlns:w="{W_NS}">' + "".join(body) + "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(text="", style=None, bold=False, italic=False, size=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def part(t):
    return para(t, style="Booklet Part")


def sec(t):
    return para(t, style="Booklet Section")


def key(t):
    return para(t, style="Key Point")


def dashes(items):
    for t in items:
        para("-  " + t)


def box(title, paras, fill="F3EAF7", style=None):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    p0 = c.paragraphs[0]
    r = p0.add_run(title)
    r.bold = True
    for x in paras:
        p = c.add_paragraph(style=style) if style else c.add_paragraph()
        p.add_run(x)
    doc.add_paragraph()
    return t


def table(headers, rows, widths, fill="D9C8E3", size=8.5):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(size)
        shade(c, fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            r = cells[i].paragraphs[0].add_run(v)
            r.font.size = Pt(size)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ title page
para("Wyndlow City Council  ·  Children's Services", size=9)
para("Ethnic Minority Achievement and Traveller Education Service (EMATES)", bold=True, size=11)
para()
para("Is it EAL, SEN or both?", bold=True, size=26)
para("Identifying and meeting the needs of pupils new to English who may have special "
     "educational needs: guidance for Wyndlow schools", italic=True, size=12)
para("Third edition, April 2009, including Part D: the Wyndlow SENCO Award", size=10)
para()

box("Note for the TDA approval panel", [
    "Wyndlow City Council and the University of Saxonbury submit this booklet as their "
    "application to offer the National Award for SEN Coordination. Parts A to C are our "
    "guidance to schools, reprinted from the second edition (2007) with updated "
    "references. Part D and Appendix 2 are new: they describe the Award and how it covers "
    "the national minimum outcomes. Every participant on the Award receives this booklet "
    "at the first study day and is asked to read Parts A to C before Unit 1 begins.",
    "Marguerite Dacosta, Head of EMATES  ·  Dr Peter Lindqvist, University of Saxonbury",
])

para("Contents", bold=True)
for line in ["Foreword", "How to use this guidance",
             "Part A  Myths and realities",
             "Part B  The Wyndlow Pathway: a staged approach",
             "Part C  Working with families and communities",
             "Part D  Building expertise: the Wyndlow SENCO Award",
             "Appendix 1  Contacts",
             "Appendix 2  The Award and the national minimum outcomes",
             "Further reading"]:
    para(line)

# ------------------------------------------------------------------ foreword
part("Foreword")
para("Every child in Wyndlow, whatever their first language and wherever their family "
     "comes from, deserves to be known, valued and helped to flourish. Our city's "
     "commitment to Every Child Matters means that we want all our children to be "
     "healthy, to be safe, to enjoy their learning and achieve, to make a positive "
     "contribution and to grow up with the skills for economic well-being. For children "
     "who are learning English and who may also have special educational needs, these "
     "outcomes are too often out of reach.")
para("This guidance, now in its third edition, has helped many of our schools to avoid "
     "two mistakes: mistaking the normal stages of learning a new language for a "
     "learning difficulty, and missing a real difficulty because a child is \"still "
     "learning English\". I am delighted that this edition also introduces the Wyndlow "
     "SENCO Award, which will put the expertise of EMATES at the heart of the training "
     "of our SENCOs. Inclusion is not an extra in Wyndlow. It is how we do things.")
para("Andrew Maddox, Director of Children's Services", italic=True)

part("How to use this guidance")
para("Part A deals with the beliefs we hear most often in schools. Part B sets out the "
     "Wyndlow Pathway, the staged approach we ask every school to follow when there is a "
     "question of SEN for a pupil new to English. Part C is about working with families, "
     "including Gypsy, Roma and Traveller families, and with the community "
     "organisations that support them. Part D describes the Wyndlow SENCO Award. "
     "SENCOs, EAL coordinators, class teachers and teaching assistants will all find "
     "something here; headteachers may want to read Parts A and D first.")

# ------------------------------------------------------------------ Part A
part("Part A  Myths and realities")
p = para("The SEN Code of Practice is clear that a lack of competence in English must not "
         "be equated with a learning difficulty, and equally clear that schools must look "
         "carefully at all aspects of a child's performance, in different subjects and in "
         "the first language where possible, to establish whether difficulties arise from "
         "language or from SEN.")
footnote(p, "DfES (2001) Special Educational Needs Code of Practice, paragraphs 5:15 to "
            "5:18 (primary) and 6:15 to 6:18 (secondary).")
table(
    ["Myth", "Reality"],
    [
        ["\"We should wait two years before we think about SEN for a pupil new to "
         "English.\"",
         "No child should wait for help. Conversational English often comes within two "
         "years, academic English takes much longer, but a child who is not making progress "
         "in their first language, or who makes much slower progress than other new "
         "arrivals with similar schooling, needs a closer look now."],
        ["\"He is silent, so he must have a language difficulty.\"",
         "Many newly arrived children go through a silent period of several weeks or even "
         "months. Watch how the child communicates with other speakers of their language, "
         "and ask the family how the child talks at home."],
        ["\"You cannot assess a child properly in a language you don't speak.\"",
         "You can, with help. The EMATES bilingual assessment team assesses pupils in 16 "
         "languages and trains bilingual teaching assistants to gather first-language "
         "evidence."],
        ["\"Traveller children's gaps are all down to attendance.\"",
         "Interrupted schooling explains some gaps, but not all. Look at how quickly the "
         "child learns when they are in school, and talk to the family and to the Traveller "
         "Education team."],
        ["\"Bilingual children can't be dyslexic.\"",
         "They can. Look for difficulties in both languages, and for a pattern that does "
         "not match the child's exposure to English."],
        ["\"Pupils new to English can't have access arrangements in tests.\"",
         "Pupils who are learning English, and pupils with SEN, may be eligible for some "
         "access arrangements in national tests and examinations. Check the current QCA "
         "and JCQ rules early in the year; the SENCO should identify pupils in good time."],
        ["\"Putting a pupil on the SEN register will get them extra help.\"",
         "Only if the help is right. A pupil who needs EAL support and gets a literacy "
         "catch-up programme designed for English-speaking pupils may fall further behind."],
        ["\"Parents won't come in, so they aren't interested.\"",
         "Most parents care deeply. Letters in English, meetings during working hours and "
         "the lack of an interpreter keep many away (see Part C)."],
    ],
    widths=[5.5, 11.0])
key("Key point: an accurate picture needs evidence from the first language, from the "
    "family and from over time. No single test will tell you.")

# ------------------------------------------------------------------ Part B
part("Part B  The Wyndlow Pathway: a staged approach")
sec("How children learn an additional language")
p = para("Children learning English as an additional language usually develop everyday "
         "conversational English within about two years, while the language they need "
         "for academic learning can take five to seven years to reach the level of their "
         "English-speaking classmates. Skills that a child has in the first language, "
         "such as knowing how stories work or how to use a number line, transfer to "
         "English. A child's development can also be affected by interrupted schooling, "
         "trauma, poor housing, a hearing or vision problem that has never been "
         "checked, or simply by a classroom in which nobody speaks their language.")
footnote(p, "Cummins, J. (2000) Language, Power and Pedagogy: Bilingual Children in the "
            "Crossfire. Clevedon: Multilingual Matters.")
sec("The five steps")
table(
    ["Step", "When", "Who", "What happens"],
    [
        ["1  Welcome and first assessment", "Within four weeks of arrival",
         "Class teacher, EAL coordinator, EMATES",
         "New Arrival Profile completed with the family and an interpreter: languages, "
         "previous schooling, health, interests. First-language assessment if there are "
         "concerns."],
        ["2  Watch and monitor", "Six to ten weeks",
         "Class teacher, EAL coordinator",
         "Observation in different settings; progress in English compared with other "
         "new arrivals; evidence from the first language."],
        ["3  Joint consultation", "When concerns persist",
         "SENCO, EAL coordinator, EMATES teacher, parents, pupil",
         "A meeting with the family (interpreter booked) and the pupil's own views, "
         "gathered in a way that suits the child. Agree whether to continue to monitor, "
         "to put in place additional support, or to refer."],
        ["4  Specialist assessment", "After consultation",
         "Educational psychologist or speech and language therapist with an EMATES "
         "bilingual co-worker",
         "Assessment in both languages where possible; report shared with family."],
        ["5  Provision and review", "Ongoing",
         "SENCO with class teacher",
         "Targets, provision recorded on the school's provision map, review with the "
         "family and the pupil each term."],
    ],
    widths=[3.3, 2.6, 3.6, 7.0])
key("Key point: ask the pupil. Children new to English can tell you a great deal about "
    "their learning with pictures, with a bilingual adult or with a friend who shares "
    "their language.")
box("Case example: Amir, Year 4", [
    "Amir arrived from Afghanistan in Year 3 having had two years of schooling. After a "
    "year he was speaking English confidently in the playground but making almost no "
    "progress in reading. The EMATES assessment in Dari showed that he could not read "
    "in his first language either, and had great difficulty remembering letter-sound "
    "links in both. With the educational psychologist, the school identified a specific "
    "learning difficulty and changed his programme. He now reads at the level of a "
    "typical seven-year-old and is still improving.",
], fill="EFEFEF", style="Case Example")
box("Case example: Kathleen, Year 8", [
    "Kathleen, an Irish Traveller, had been on the SEN register for moderate learning "
    "difficulties since Year 2. Her family travels from April to September. When the "
    "Traveller Education team helped the school look at her progress term by term, it "
    "was clear that she learned quickly when she was in school. The school removed her "
    "from the register, arranged distance-learning packs for the summer and set up "
    "catch-up sessions on her return. Her mother now comes to parents' evenings.",
], fill="EFEFEF", style="Case Example")
sec("Self-evaluation")
para("Schools should include pupils new to English who may have SEN in their "
     "self-evaluation: how many there are, how quickly they are identified, and whether "
     "they make progress once provision is in place. EMATES can help a school analyse "
     "its data.")

# ------------------------------------------------------------------ Part C
part("Part C  Working with families and communities")
sec("Interpreters")
para("Always book a trained interpreter through EMATES for meetings about a child's "
     "needs. Never ask a child, brother or sister to interpret. Brief the interpreter "
     "before the meeting and allow twice as long as usual.")
sec("Gypsy, Roma and Traveller families")
p = para("Many Gypsy, Roma and Traveller parents had poor experiences of school "
         "themselves. Trust is built slowly, face to face, and often through the "
         "Traveller Education team. Phone calls and visits work better than letters.")
footnote(p, "DCSF (2008) The Inclusion of Gypsy, Roma and Traveller Children and Young "
            "People: Strategies for Building Confidence in Voluntary Self-Ascription.")
sec("Disabled parents and carers")
para("Make reasonable adjustments for parents and carers with disabilities: accessible "
     "rooms for meetings, information in large print or read aloud, and a BSL "
     "interpreter where needed.")
sec("Community organisations and other agencies")
para("Wyndlow has 19 supplementary schools, a Somali Parents' Association, the Roma "
     "Support Group and a Refugee Welcome Centre. Many families trust them more than "
     "they trust schools. Speech and language therapy, the educational psychology "
     "service, CAMHS and the school nursing service all offer interpreting. The contacts "
     "are in Appendix 1.")

# ------------------------------------------------------------------ Part D
part("Part D  Building expertise: the Wyndlow SENCO Award")
sec("D1  What the Award is")
para("The Wyndlow SENCO Award is the National Award for SEN Coordination as it will be "
     "offered in Wyndlow from September 2009 by EMATES and the University of Saxonbury. "
     "The University's Faculty of Education and Community Studies has agreed to validate "
     "the Award as a Postgraduate Certificate at Master's level (Level 7) and will hold "
     "the validation event in May 2009. Whether the Award carries 40 or 60 credits will "
     "be settled at that event; we have planned the assessment so that either is "
     "possible.")
para("The Award is designed to make sure that pupils in Wyndlow schools who have SEN, "
     "including those who are learning English and those from Gypsy, Roma and Traveller "
     "families, are identified accurately and early and receive the right teaching, so "
     "that they make the progress they are capable of. Every assignment is carried out "
     "in the participant's own school and asks the participant to change something in "
     "the school's practice and to evaluate what difference it made to pupils' progress.")
sec("D2  Who it is for and how to join")
p = para("The Award is for teachers with QTS who are SENCOs in Wyndlow schools, or who "
         "have been asked by their headteacher to take on the role. Priority goes to "
         "schools in which more than 20 per cent of pupils are learning English or come "
         "from Gypsy, Roma or Traveller families. The headteacher nominates the teacher "
         "on the Award nomination form and agrees to release them for the study days. "
         "Places are confirmed in order of nomination once the safeguarding check is "
         "complete.")
footnote(p, "Before a place is confirmed, the Council's Schools HR Service checks its "
            "records for each nominee employed in a Wyndlow school and confirms to EMATES "
            "that a current enhanced CRB disclosure is held. Nominees from other schools "
            "send a letter from their headteacher giving the date and number of their "
            "disclosure, which EMATES checks with the school. Anyone who has not worked in "
            "a school in the last three months obtains a new enhanced disclosure through "
            "the Council before starting.")
para("If a teacher is not yet in a position to benefit from the Award, for example a "
     "newly qualified teacher, we will suggest joining the EMATES Inclusion Leaders "
     "network for a year first.")
sec("D3  Starting Profile and Personal Learning Plan")
para("Once a place is confirmed, each participant completes the Starting Profile, which "
     "lists the national minimum outcomes and asks the participant to rate their "
     "confidence in each and note their evidence. At the first tutorial in October the "
     "participant and their tutor agree a Personal Learning Plan: the outcomes that need "
     "most work, which optional workshops to attend, and what each assignment will focus "
     "on. The tutor reviews the plan with the participant at the second tutorial in "
     "February.")
sec("D4  Recognising what you already know")
para("Many teachers come to the SENCO role with years of experience as EAL "
     "coordinators, as specialist teachers or as SENCOs in other countries. We value "
     "that experience highly, and the Personal Learning Plan is designed to build on it. "
     "The University is not able to give credit for prior learning or experience towards "
     "the Award in its first year.")
p = para("Some of our most experienced colleagues in EMATES and in the city's SEN support "
         "services have asked whether they could be assessed for the Award without taking "
         "the course. Their knowledge of bilingual learners with SEN is second to none, and "
         "several of them will teach on the Award.")
footnote(p, "The University's regulations do not permit this, and the Award will not offer "
            "an assessment-only route in 2009-10.")
sec("D5  How the Award is taught")
para("The Award has three units and ten study days at Lantern House, with two tutorials "
     "for each participant. Each study day runs twice, on a Tuesday and again on the "
     "Thursday of the same week, so that participants can choose the day that suits "
     "their school. There is a one-year route (all three units from September to July) "
     "and a two-year route (Unit 1 in the first year, Units 2 and 3 in the second, in "
     "either order). If twelve or more nominations are received by November 2009, a "
     "second intake will start Unit 1 in January 2010.")
table(
    ["Unit", "Study days", "Content"],
    [
        ["1  Identifying needs in a multilingual city", "4 (Sep-Dec)",
         "The law and national policy: the SEN Code of Practice (2001), SENDA 2001, the "
         "Disability Discrimination Act 2005 and the disability equality duty, the Race "
         "Relations (Amendment) Act 2000, Removing Barriers to Achievement (2004). The "
         "main types of SEN (behavioural, emotional and social difficulties; dyslexia and "
         "other specific learning difficulties; speech, language and communication needs; "
         "autism; moderate learning difficulties) and how they show themselves in "
         "bilingual pupils. Observation, data and first-language assessment; reports from "
         "psychologists, therapists and EMATES; targets and interventions; national test "
         "and teacher assessment data; access arrangements. Approaches, resources and "
         "ICT. Research and inspection evidence: Cummins (2000); Hall (2001); Ofsted "
         "(2006) Inclusion: does it matter where pupils are taught?; the Bercow Review "
         "(2008)."],
        ["2  Families, communities and pupil voice", "3 (Jan-Mar)",
         "Working with parents and carers through interpreters; Gypsy, Roma and Traveller "
         "families (co-led by parents from the Lowfield site and the Somali Parents' "
         "Association); other services and voluntary organisations; pupil voice: seeking "
         "the views of children new to English."],
        ["3  Leading provision", "3 (Apr-Jul)",
         "Provision mapping; deploying teaching assistants and bilingual assistants; "
         "coaching, observing and supporting colleagues; managing the SENCO's workload; "
         "school self-evaluation and improvement planning; working with senior leaders "
         "and governors; ICT for pupils with SEN. Final study day: Next Steps."],
    ],
    widths=[4.0, 2.2, 10.3])
para("Participants who wish may also spend a half-day at the EMATES New Arrivals Centre. "
     "There are no formal placements. Educational psychologists, speech and language "
     "therapists and the Traveller Education team teach on the study days.")
sec("D6  Between study days")
para("Each unit has online study tasks on WynLearn, the city's learning platform for "
     "schools: readings, short video clips of EMATES assessments, and a discussion "
     "forum for each study group, where participants share their school-based tasks "
     "and comment on each other's work. Participants should allow about three hours a "
     "fortnight. Questions about the online tasks are answered at the next study day; "
     "tutors do not reply to questions on the forum.")
sec("D7  Assessment and the award")
para("Each unit is assessed by one assignment of 3,000 words, marked at Level 7.")
para("Assignment 1 (Unit 1): Is it EAL, SEN or both? A case study of one pupil in the "
     "participant's school. The participant brings together observation, the school's "
     "data, first-language assessment and the reports of other professionals; weighs "
     "evidence that points different ways and justifies the conclusion reached; places "
     "the pupil's needs in the context of the main types of SEN and of the Code of "
     "Practice; sets targets, plans and reviews an intervention; tracks the pupil's "
     "progress using national test and teacher assessment data and adjusts the "
     "programme; and makes critical use of research, best practice and approaches and "
     "resources including ICT, drawing on advice from outside the school.")
para("Assignment 2 (Unit 2): Family partnership review. The participant reviews how "
     "their school works with the families of pupils with SEN who are learning English "
     "or come from Gypsy, Roma or Traveller families; builds a working relationship "
     "with one pupil and family, planning and holding at least one meeting with the "
     "family with an interpreter where needed; maps the services and community "
     "organisations available and works with at least one of them; and recommends "
     "changes to the school's practice.")
para("Assignment 3 (Unit 3): Leading provision. With colleagues, the participant reviews "
     "the effectiveness of the school's provision for pupils with SEN, using a provision "
     "map to identify gaps and provision that is not working, and relates the review to "
     "the school's self-evaluation and improvement plan; plans the deployment of "
     "teaching assistants and bilingual assistants; writes a staff development plan, "
     "including observing and coaching one colleague; and presents proposals on "
     "priorities and resources to the senior leadership team and a governor, recording "
     "how they responded.")
para("To gain the Award, participants must pass all three assignments and attend at "
     "least 80 per cent of study days. The Award fully meets the TDA's national minimum "
     "outcomes (see Appendix 2).")
sec("D8  Quality")
p = para("The Award will follow the University of Saxonbury's quality assurance "
         "procedures for collaborative programmes. Participants will complete an "
         "evaluation at the end of each unit, and a Programme Committee of tutors and two "
         "participant representatives will meet each term. Each assignment is marked by "
         "the participant's tutor, and all fails and a sample of other assignments are "
         "second-marked by the University link tutor. An external examiner will be "
         "appointed.")
footnote(p, "The University will appoint an external examiner for the Award from its "
            "register of approved examiners; the appointment had not been made at the "
            "time of going to print.")
para("We are keen to know whether the Award makes a difference for pupils, and hope in "
     "future to look at the progress of pupils in participants' schools.")
sec("D9  Tutors")
dashes([
    "Harjit Sandhu (Award coordinator): Senior Specialist Teacher, EAL and SEN, EMATES; "
    "ten years as a primary SENCO; MA in Special Educational Needs; leads the bilingual "
    "assessment team.",
    "Bernadette Quinn: Traveller Education coordinator, EMATES; twenty years in "
    "Traveller education; Certificate in Distance Learning for Travelling Children.",
    "Dr Amina Yusuf: educational psychologist, Wyndlow Educational Psychology Service; "
    "specialist interest in the assessment of bilingual pupils.",
    "Dr Peter Lindqvist: Principal Lecturer, University of Saxonbury; research on "
    "bilingualism and SEN; former secondary SENCO.",
    "Guest contributors: speech and language therapists from the Primary Care Trust; "
    "parents from the Lowfield site and the Somali Parents' Association.",
])
para("All tutors will attend a briefing day in July 2009 to plan the units and agree the "
     "marking of assignments. We hope every headteacher will nominate a school mentor "
     "for their participant, and guidance for mentors is being prepared.")
sec("D10  Who shaped the Award and who will keep shaping it")
para("In October and November 2008, 74 of Wyndlow's 102 SENCOs answered our "
     "questionnaire. Sixty-one said that deciding whether a pupil new to English had SEN "
     "was their hardest task; 49 said they could not get time out of school on a fixed "
     "weekday; 40 said they did not know how to deploy bilingual teaching assistants. "
     "Three focus groups, with SENCOs, with bilingual teaching assistants and with "
     "Traveller parents at the Lowfield site, and a discussion at the Heads' Inclusion "
     "Forum in December 2008, added the same messages, and the parents told us that "
     "schools rarely talk to them before a decision about SEN is made.")
para("As a result we added Unit 2, which the first outline did not have; we arranged "
     "for each study day to run twice; we added the deployment of bilingual assistants "
     "to Unit 3; and we asked parents from the Lowfield site and the Somali Parents' "
     "Association to co-lead the Unit 2 sessions on families.")
para("Parents, educational psychologists, therapists and the Traveller Education team "
     "teach on the Award. The Heads' Inclusion Forum will receive an annual report on "
     "the Award, and we would welcome their comments.")
sec("D11  Equality and access")
para("EMATES works to the Council's Single Equality Scheme, and the University's "
     "Disability Policy applies to every participant. Lantern House is fully accessible "
     "and has a hearing loop in every teaching room. We are committed to making sure "
     "that no participant is disadvantaged.")
sec("D12  Resources")
para("Participants can borrow from the EMATES Resource Library: dual-language books in "
     "22 languages, first-language assessment kits in Somali, Urdu, Punjabi, Polish, "
     "Slovak, Portuguese, Tigrinya and Kurdish, picture vocabulary sets, and laptops with "
     "text-to-speech and symbol software. They have University library membership with "
     "off-campus access to electronic journals, and the WynLearn platform.")
sec("D13  Cost and fitting the Award to each participant")
para("The fee will be confirmed once the University has set its collaborative fee for "
     "2009-10; we expect it to be about 1,100 pounds, and the Council will meet half of it "
     "for Wyndlow maintained schools. Each participant's Personal Learning Plan decides "
     "which optional workshops they attend and where each assignment is focused.")
sec("D14  After the Award")
para("At the final study day each participant completes the Next Steps page of their "
     "Starting Profile, setting two or three professional targets for the following "
     "year, which they take to their performance management review with their "
     "headteacher. Every participant is invited to join the EMATES SENCO network, which "
     "meets each half term.")

# ------------------------------------------------------------------ appendices
part("Appendix 1  Contacts")
table(
    ["Who", "For", "Telephone"],
    [
        ["EMATES bilingual assessment team", "First-language assessment; joint consultations",
         "01977 318 440"],
        ["EMATES Interpreting Unit", "Booking interpreters for meetings", "01977 318 445"],
        ["Traveller Education team", "Gypsy, Roma and Traveller pupils and families",
         "01977 318 450"],
        ["Educational Psychology Service", "Consultation and assessment", "01977 318 600"],
        ["SENCO Award", "Harjit Sandhu, Award coordinator", "01977 318 442"],
    ],
    widths=[5.5, 7.5, 3.5])

part("Appendix 2  The Award and the national minimum outcomes")
para("Units and assignments as in Part D.", italic=True, size=8.5)
rows = [
    ("Relationships with pupils and their parents or carers", "Unit 2", "Assignment 2"),
    ("Gaining the commitment of colleagues and senior leaders", "Unit 3", "Assignment 3"),
    ("Prioritising, managing time and delegating", "Unit 3", "Starting Profile only"),
    ("Anticipating and resolving problems; sound judgement", "Unit 1", "Assignment 1"),
    ("Clear speech and writing; listening", "Throughout", "Throughout"),
    ("Using research and outside advice", "Unit 1", "Assignment 1"),
    ("Keeping up to date; own professional development", "Final study day",
     "Next Steps page (not assessed)"),
    ("SEN law and the Code of Practice", "Unit 1", "Assignment 1"),
    ("Disability equality law", "Unit 1", "-"),
    ("How children develop", "Part B of this booklet", "-"),
    ("Main types of SEN and their effect on learning", "Unit 1", "Assignment 1"),
    ("Approaches, strategies and resources, including ICT", "Units 1 and 3", "Assignment 1"),
    ("School self-evaluation and improvement", "Unit 3", "Assignment 3"),
    ("Best practice and research", "Unit 1", "Assignment 1"),
    ("External agencies and how to get their support", "Unit 2", "Assignment 2"),
    ("Strategic development with senior leaders and governors", "Unit 3", "Assignment 3"),
    ("Identifying needs, setting targets, planning and reviewing", "Unit 1", "Assignment 1"),
    ("Using other professionals' assessments", "Unit 1", "Assignment 1"),
    ("Using national tests and other data to track progress", "Unit 1", "Assignment 1"),
    ("Access arrangements for tests and examinations", "Unit 1", "-"),
    ("Provision mapping", "Unit 3", "Assignment 3"),
    ("Deploying and managing staff", "Unit 3", "Assignment 3"),
    ("Supporting colleagues' professional development", "Unit 3", "Assignment 3"),
    ("Reviewing provision with staff for self-evaluation", "Unit 3", "Assignment 3"),
    ("Involving pupils in their own provision", "Unit 2 (pupil voice)", "-"),
    ("Working with parents and carers", "Unit 2", "Assignment 2"),
    ("Working with other services and voluntary organisations", "Unit 2", "Assignment 2"),
]
table(["National minimum outcome (summary)", "Where it is taught", "Where it is assessed"],
      [list(r) for r in rows], widths=[8.8, 3.8, 3.9])

part("Further reading")
for ref in [
    "Cummins, J. (2000) Language, Power and Pedagogy: Bilingual Children in the "
    "Crossfire. Clevedon: Multilingual Matters.",
    "DCSF (2008) The Bercow Report: A Review of Services for Children and Young People "
    "(0-19) with Speech, Language and Communication Needs.",
    "DCSF (2008) The Inclusion of Gypsy, Roma and Traveller Children and Young People.",
    "DfES (2001) Special Educational Needs Code of Practice.",
    "DfES (2004) Removing Barriers to Achievement: The Government's Strategy for SEN.",
    "Hall, D. (2001) Assessing the Needs of Bilingual Pupils: Living in Two Languages "
    "(2nd edition). London: David Fulton.",
    "Ofsted (2006) Inclusion: does it matter where pupils are taught?",
]:
    para(ref, size=8.5)

write_footnotes()
doc.save(OUT)
print("wrote", OUT)
