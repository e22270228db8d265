"""fs-01-hearthstone-training-awards-entry

Provider (invented): Hearthstone, the national charity for deafblind and
multi-sensory-impaired children (registered charity), through its training
arm, Hearthstone College, Stretton Priors, Warwickshire, with the University
of Medbourne (School of Education), which validates. The proposed Award is a
60-credit Postgraduate Certificate in Special Educational Needs Coordination
taught mostly by distance learning (four Study Packs, a Moodle site called
"Hearthstone Online", a named distance tutor) with three residential weekends
at Stretton Priors. It grows out of the charity's Certificate in
Multi-Sensory Impairment, run by distance learning since 2002.

Document kind: the charity's entry to the National Training Awards 2009
(an invented "Partnership" category form), sent to the TDA as it stands with
a note to the panel in a text box at the top and three annexes written for
the panel. Layout: a front fields table; seven numbered form questions, each
a two-row table whose first row is the form's grey prompt (question, word
limit and guidance) and second row the charity's answer; a declaration;
Annex A (the Award at a glance), Annex B (a landscape-free outcome table:
national outcome in the charity's own words / where we work on it / how it
is assessed), Annex C (course team table). Footnotes (four), comments (three,
from the charity's communications officer and the College principal).
Much of sections 2-6 describes the old Certificate and its results.

Traps (requirement ids):
- Grey form prompts ask about evaluation by stakeholders and about checks on
  learners; the prompts are never answers (4.3, 5.3).
- Aim of the Award speaks of "achievement" and "learning" and access to the
  curriculum only; nothing on well-being or the wider ECM outcomes (1.1
  partially_met). ECM itself is taught (6.K2 met).
- "Skills Audit" at entry, "talked through" with the tutor, but no
  individual plan or personalised outcomes (2.2 partially_met).
- Assessment-only route: Section 7 says the University's regulations for the
  Award do not allow it and "we have not offered" one, far from the
  section on prior learning, where APL is met (2.3 not_met, 2.1 met).
- Stakeholder evaluation by heads and parents only hoped for in Section 7
  ("We would like, in time, ..."); a comment offers more but comments are
  not the submission. Participants' own evaluations and families' visits
  to the weekends remain (4.3 partially_met). The 2008 survey and the parents' reference group shaped
  the course (4.1, 4.2 met).
- Enhanced CRB checks described for the charity's own staff, volunteers and
  intervenors, not for candidates (5.3 not_met, wrong-context).
- Placement days at the charity's school were part of the Certificate until
  2007 and have ended; specialist expertise (audiologists, habilitation
  specialists) remains (5.5 partially_met, past arrangement).
- Entry requirements are QTS and being in post, no check of knowledge or
  guidance for those not ready (5.2 partially_met).
- Tutors have induction and a handbook; school "link colleagues" are named
  but nothing prepares them (5.7 partially_met).
- Results: participants' confidence ratings before/after; pupils' progress
  only in anecdotes, no measure (5.9 partially_met).
- Outcomes (Annex B): time management and delegation "Not part of the
  Award", with a note below the table saying it is neither taught nor
  assessed (6.A3 not_met); CPD planning only in the "Next Steps" session, not assessed
  (6.A7); the common types of SEN beyond sensory needs only in "background
  reading" (6.K5 partially_met, covered thinly and assessed only where a
  participant chooses); school self-evaluation only in a formative online
  task "not marked" (6.K7); test and exam arrangements covered but "not
  assessed" (6.S2d); colleagues' professional development assessed in the
  Portfolio but not taught anywhere (6.S5 partially_met); no row at all for
  summative assessment / national tests to track progress (6.S2b not_met).
- Assessment against outcomes therefore not rigorous for all (1.9
  partially_met). The award rule itself is clear (6.0 met).
- Footnotes carry background only (numbers of past students, a citation).
"""
import sys, os

# ---- helpers (python-docx plus raw OOXML) ----
import copy
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, grey=False, size=None, italic=False):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, t in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
        r.italic = italic
        if grey:
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        if size:
            r.font.size = Pt(size)
    return cell


def para(doc_or_cell, text, bold=False, italic=False, size=None, grey=False, style=None, align=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if grey:
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runs(p, pieces):
    """pieces: list of (text, dict(bold=, italic=))"""
    for t, kw in pieces:
        r = p.add_run(t)
        r.bold = kw.get("bold")
        r.italic = kw.get("italic")
    return p


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def ref(self, p, text):
        n = len(self.notes) + 1
        self.notes.append(text)
        r = parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                      f'<w:footnoteReference w:id="{n}"/></w:r>')
        p._p.append(r)

    def finish(self):
        body = "".join(
            f'<w:footnote w:id="{i+1}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc(t)}</w:t></w:r></w:p></w:footnote>'
            for i, t in enumerate(self.notes))
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               f'<w:footnotes {W}>'
               f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               f'{body}</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


_rev = [100]


def tracked(p, text, kind, author, date="2009-03-02T10:00:00Z"):
    """Append an inserted ('ins') or deleted ('del') run to paragraph p."""
    _rev[0] += 1
    if kind == "ins":
        x = (f'<w:ins {W} w:id="{_rev[0]}" w:author="{esc(author)}" w:date="{date}">'
             f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
    else:
        x = (f'<w:del {W} w:id="{_rev[0]}" w:author="{esc(author)}" w:date="{date}">'
             f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))


def mark_para(p, kind, author, date="2009-03-02T10:00:00Z"):
    """Mark the paragraph mark itself as inserted/deleted (whole-paragraph change)."""
    _rev[0] += 1
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = parse_xml(f'<w:rPr {W}/>')
        pPr.append(rPr)
    tag = "w:ins" if kind == "ins" else "w:del"
    rPr.append(parse_xml(f'<{tag} {W} w:id="{_rev[0]}" w:author="{esc(author)}" w:date="{date}"/>'))


def vml_textbox(doc, paragraphs, fill="F2F2F2"):
    """An inline VML text box (w:pict) holding the given list of (text, bold) paragraphs."""
    inner = "".join(
        f'<w:p><w:r><w:rPr>{"<w:b/>" if b else ""}<w:sz w:val="20"/></w:rPr>'
        f'<w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>' for t, b in paragraphs)
    h = 30 + 16 * sum(1 + len(t) // 95 for t, _ in paragraphs)
    x = (f'<w:p {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
         f'<w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
         f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
         f'<v:shape id="tb{_rev[0]}" type="#_x0000_t202" style="width:450pt;height:{h}pt" fillcolor="#{fill}">'
         f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    _rev[0] += 1
    el = parse_xml(x)
    doc.element.body.append(el)
    # keep sectPr last
    sp = doc.element.body.find(qn("w:sectPr"))
    if sp is not None:
        doc.element.body.remove(sp)
        doc.element.body.append(sp)


def merge_row(table, row_idx, text, fill=None, bold=True):
    row = table.rows[row_idx]
    c = row.cells[0].merge(row.cells[-1])
    cell_text(c, text, bold=bold)
    if fill:
        shade(c, fill)
    return c


def table_borders(table):
    table.style = "Table Grid"
# ---- end helpers ----

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "fs-01-hearthstone-training-awards-entry"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
fn = Footnotes(doc)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "National Training Awards 2009  |  Entry reference NTA/09/WM/0417  |  Hearthstone College"
fp = sec.footer.paragraphs[0]
fp.text = "Entries are treated in confidence by the judges. Hearthstone is a registered charity."

vml_textbox(doc, [
    ("Note for the TDA approval panel", True),
    ("We entered the partnership between Hearthstone College and the University of Medbourne for the "
     "National Training Awards 2009 in April, using the Awards' own entry form. The entry tells the story of "
     "our Certificate in Multi-Sensory Impairment and of the SENCO Award we have built from it, so we send it "
     "to you as it was entered, rather than rewriting the same story. We have added Annexes A to C, which were "
     "not part of the entry and were written for you: they set out the Award itself, how each national "
     "outcome is taught and assessed, and the course team.", False),
    ("Where the entry describes the Certificate as it used to run, we say so. Questions to Dr Ruth Allardyce, "
     "Principal, Hearthstone College (01789 554 210).", False),
])

para(doc, "NATIONAL TRAINING AWARDS 2009", bold=True, size=16)
para(doc, "Entry Form: Partnership Award (organisations training together)", bold=True, size=12)
para(doc, "Please complete every section. Answers over the word limit will be cut by the judges. "
     "Typed entries only.", grey=True, italic=True)

para(doc, "Section 1. About the entrant", bold=True, size=12)
t = doc.add_table(rows=0, cols=2)
table_borders(t)
for k, v in [
    ("Name of lead organisation", "Hearthstone (the national charity for deafblind and multi-sensory-impaired children), through Hearthstone College"),
    ("Address", "Hearthstone College, Priors Lane, Stretton Priors, Warwickshire CV35 9RT"),
    ("Partner organisation(s)", "University of Medbourne, School of Education (validating university)"),
    ("Name of training programme", "Certificate in Multi-Sensory Impairment (distance learning), 2002 to date, and its successor, the Hearthstone-Medbourne Postgraduate Certificate in Special Educational Needs Coordination (the \"SENCO Award\"), first intake September 2009"),
    ("Sector", "Voluntary and community sector / Education"),
    ("Number of employees (lead organisation)", "412 (of whom 19 work in the College)"),
    ("Contact for this entry", "Dr Ruth Allardyce, Principal"),
    ("Region", "West Midlands"),
]:
    r = t.add_row().cells
    cell_text(r[0], k, bold=True)
    shade(r[0], "E7E6E6")
    cell_text(r[1], v)

Q = []


def question(num, title, prompt, answer_paras):
    para(doc, f"Section {num}. {title}", bold=True, size=12)
    tb = doc.add_table(rows=2, cols=1)
    table_borders(tb)
    cell_text(tb.rows[0].cells[0], prompt, grey=True, italic=True, size=9)
    shade(tb.rows[0].cells[0], "F2F2F2")
    c = tb.rows[1].cells[0]
    c.text = ""
    first = True
    out = []
    for ap in answer_paras:
        if first:
            p = c.paragraphs[0]
            first = False
        else:
            p = c.add_paragraph()
        if isinstance(ap, tuple):
            r = p.add_run(ap[0]); r.bold = True
            p.add_run(ap[1])
        else:
            p.add_run(ap)
        out.append(p)
    doc.add_paragraph()
    return out


question(2, "Summary of the training",
         "In no more than 150 words, summarise the training for the judges. What was it, who was it for, "
         "and what did it achieve?",
         ["Since 2002 Hearthstone College and the University of Medbourne have trained teachers, by distance "
          "learning with residential weekends, to teach children who are deafblind or who have multi-sensory "
          "impairment (MSI). About 340 teachers from every English region have taken our Certificate in "
          "Multi-Sensory Impairment. Many of them became the person their school turned to for all pupils with "
          "complex needs, and, in many cases, its SENCO. In 2008 we rebuilt the Certificate, with our partner "
          "and with the schools and families we serve, as a masters-level award for teachers new to the SENCO "
          "role, following the new national requirement that every new SENCO gains an accredited qualification. "
          "The SENCO Award keeps what teachers valued most (study at home, a tutor who knows them, weekends "
          "together at Stretton Priors) and adds the leadership and whole-school work a SENCO needs."])

ps = question(3, "Why was the training needed?",
         "Up to 500 words. Tell the judges what need the training met and how you found out about it. "
         "Judges look for evidence that you asked learners, employers and customers what they needed.",
         ["Deafblindness is rare. A primary school may go ten years without a deafblind pupil and then have "
          "one. When it does, the teacher who becomes responsible for that child usually has no one nearby who "
          "has done it before. That was the need the Certificate was written for in 2002, and it is still there.",
          "The need for the SENCO Award was found in three ways during 2008.",
          ("Schools and SENCOs. ", "In March 2008 we sent a questionnaire to every school on our mailing list "
           "that had asked Hearthstone for advice in the previous three years, and to the 148 teachers who had "
           "completed the Certificate. 212 SENCOs and teachers replied. Two findings shaped the Award directly. "
           "First, 71% of those who had become SENCOs said that the hardest part of the job was not the "
           "children but the adults: persuading colleagues and senior leaders, managing teaching assistants, "
           "and running reviews. Second, 64% wanted to study at home but said they would not complete a course "
           "that had no face-to-face meetings at all. So the Award has a whole Study Pack on leading colleagues, "
           "and three residential weekends rather than one."),
          ("Local authorities. ", "We asked the 31 local authority sensory support services we work with what "
           "new SENCOs in their areas most lacked. Their answer was consistent: knowledge of how to get help "
           "from, and work with, the many services around a child with complex needs. Study Pack 3 is built "
           "around that answer, and two sensory support heads wrote its case material."),
          ("Parents. ", "Hearthstone's Family Reference Group (eleven parents of deafblind children, who advise "
           "the charity on all its services) met twice on the design of the Award. They told us, firmly, that "
           "the course must teach SENCOs how to listen to a child who does not use speech, and how to treat "
           "parents as people who know their child best. They rewrote the first draft of the Study Pack 2 unit "
           "on families, and the \"child's voice\" task in Assignment 1 was their idea."),
          ])
fn.ref(ps[2], "The survey report, Who Helps the Helpers? (Hearthstone College, June 2008), is available on request.")

ps = question(4, "What did you do? The design and delivery of the training",
         "Up to 800 words. Describe how the training was designed and delivered, how it was tailored to "
         "individual learners, and how you made it accessible. Include numbers of learners where you can.",
         [("How the Award is built. ", "The SENCO Award is a Postgraduate Certificate of 60 credits at masters "
           "level (Level 7), validated by the University of Medbourne at its validation event of 4 February 2009. "
           "It is studied part time over about twelve months. There are four Study Packs, each a printed "
           "workbook with readings, activities and a DVD, mailed to participants' homes, with the same "
           "material on Hearthstone Online, the College's Moodle site:"),
          "Study Pack 1: The SENCO, the law and the school (policy, the Code of Practice, disability equality, "
          "Every Child Matters, the SENCO's place in the school's leadership)",
          "Study Pack 2: Knowing the child (development, sensory and other needs, assessment, the child's voice, "
          "families)",
          "Study Pack 3: Provision that works (planning, provision mapping, interventions, teaching assistants, "
          "other agencies)",
          "Study Pack 4: Leading and improving (working with colleagues and governors, reviewing provision, "
          "the SENCO's own development)",
          ("The weekends. ", "Participants come to Stretton Priors for three residential weekends (Friday 4pm to "
           "Sunday 1pm) in October, February and June. Weekends are for what cannot be done alone: workshops, "
           "role play of difficult meetings, visits from families, and the professional discussion that forms "
           "part of the final assessment."),
          ("Study in school. ", "Every Study Pack sets \"school tasks\" that participants carry out in their own "
           "school: observing a pupil, auditing a policy, running a review, leading a staff meeting. The tasks "
           "feed the Practice Portfolio, so what is learned at home is used at once in school and its effect "
           "written up."),
          ("Tutoring. ", "Each participant has a named distance tutor, who teaches a tutor group of no more "
           "than eight. Tutors telephone each participant at least once every three weeks, answer email within "
           "two working days, and run a tutor-group forum on Hearthstone Online, where the group discusses each "
           "Study Pack's activities. Participants also meet their tutor group at each weekend. Tutors send the "
           "participant's head teacher a short progress note each term by email, and heads can reach the tutor "
           "the same way."),
          ("Starting well. ", "Before the first Study Pack arrives, every participant completes our Skills Audit, "
           "rating themselves against the national SENCO outcomes, and talks it through with their tutor at the "
           "first telephone tutorial, so that the tutor knows where they are starting from."),
          ("Credit for what people already know. ", "Teachers who hold our Certificate in Multi-Sensory "
           "Impairment, or the mandatory qualification for teachers of children with MSI, or other relevant "
           "masters-level credit gained in the last five years, may apply to the University for up to 20 credits "
           "of accredited prior learning against Study Pack 2, using the University's APL claim form. Teachers "
           "with long experience but no certificated study may claim the same credit through a portfolio of "
           "experiential learning, which the APL tutor assesses and the University's Board of Examiners "
           "confirms."),
          ("Flexibility. ", "There are two intakes a year, in September and in February. After Study Pack 1, "
           "participants may take Packs 2 and 3 in either order. A participant who misses a weekend may attend "
           "the matching weekend with the other intake. Participants who need longer may take up to two years."),
          ("Access for everyone. ", "As a charity run by and for people with sensory impairments, we make "
           "access normal rather than special. Our application form asks every candidate what adjustments they "
           "need, in the form and at interview, and says why we ask. Study Packs are available in large print, "
           "braille, audio and electronic text. The College employs two BSL/English interpreters and books "
           "deafblind manual and hands-on signing interpreters on request. Stretton Priors is step-free, with "
           "hearing loops in every teaching room. Assessment deadlines and formats are adjusted for disabled "
           "participants following the University's disability policy, and our Disability Equality Scheme "
           "(2007) covers the College's courses as well as its other services."),
          ])
fn.ref(ps[0], "Level 7 of the Framework for Higher Education Qualifications (QAA, 2008).")

ps = question(5, "How did you make sure the training was of high quality?",
         "Up to 500 words. Tell the judges how you checked and improved the quality of the training, "
         "including any checks you carry out on trainers and on learners.",
         [("People. ", "Every tutor on the Award is a qualified teacher who has held a SENCO or advisory role. "
           "All but one hold the mandatory qualification for teachers of children with MSI or of hearing- or "
           "visually-impaired children, and four hold a masters degree (see Annex C). Each tutor spends at "
           "least five days a year in the charity's own services, and the College's tutors meet each term for a "
           "day of updating led by our research officer."),
          ("Safeguarding. ", "Hearthstone works with some of the most vulnerable children in the country. All "
           "our staff, volunteers and intervenors hold an enhanced CRB disclosure before they start work, and "
           "these are renewed every three years. References are taken up for every appointment, and the "
           "charity's Safeguarding Lead checks each file."),
          ("Marking. ", "Each assignment is marked by the participant's tutor against the University's "
           "masters-level criteria. A second tutor blind-marks all fails and borderlines and one in five of the "
           "rest. Marks are agreed at a moderation meeting of all tutors after each submission date, and the "
           "University's external examiner, who also examines its own SEN masters, sees a sample from every "
           "tutor and every assignment before the Board of Examiners."),
          ("Induction of tutors. ", "New tutors have a two-day induction at Stretton Priors, the Tutor Handbook, "
           "and a mentor from among the experienced tutors for their first year. They second-mark with their "
           "mentor before they mark alone. Each participant also names a link colleague in their own school "
           "(usually the head or a deputy) who can see their school tasks."),
          ("Listening and changing. ", "Participants complete an evaluation after every Study Pack and every "
           "weekend, and an end-of-course questionnaire. The course team meets after each weekend to read "
           "them, and the University's annual monitoring report, which the course leader writes and the "
           "School of Education's quality committee scrutinises, records what was changed and why. The "
           "external examiner's report goes to the same committee. The University also reviews the "
           "partnership every five years."),
          ])

ps = question(6, "What were the results and benefits?",
         "Up to 800 words. Show the difference the training made to learners, to their organisations and to "
         "the people they serve. Give figures where you can.",
         [("For the teachers. ", "Of the 148 teachers who completed the Certificate between 2002 and 2008, 139 "
           "passed; eight later went on to complete the MEd (Multi-Sensory Impairment) with the University. "
           "Since 2006 every participant has rated their confidence on the twelve Certificate outcomes at the "
           "start and end of the course, on a five-point scale. In 2007-08 the average rose from 2.1 to 4.0, "
           "and every participant's confidence rose on at least nine of the twelve. We will use the same "
           "before-and-after rating, on the national SENCO outcomes, for the Award."),
          ("For their schools. ", "Heads tell us that the teachers come back changed. One wrote: \"She arrived "
           "as a class teacher who happened to have a deafblind child in Year 2, and within a year she was "
           "running our whole approach to pupils with complex needs.\" Of those who replied to our 2008 survey, "
           "42 had become their school's SENCO since completing the Certificate."),
          ("For the children. ", "This is the hardest thing to show, and we do not yet have figures. But we "
           "hear many stories. One participant's Year 4 pupil, who had no reliable way to say yes or no when "
           "the course began, was using eight objects of reference and choosing her own activities by the end "
           "of the year. Another school's annual review now begins with the child's own 'all about me' "
           "presentation, using photographs and tactile symbols."),
          ("Placements. ", "Until 2007 every Certificate participant spent two placement days at Hearthstone "
           "School, our residential school at Stretton Priors, working alongside its teachers and intervenors. "
           "Participants valued them greatly, but when the school's numbers rose and it was re-registered as a "
           "children's home as well as a school, the placement days could no longer be offered and they are "
           "not part of the Award. Participants still meet the charity's wider specialist staff, however: our "
           "audiologist, the habilitation specialist, our speech and language therapists and the family support "
           "team each lead a session at the weekends and answer participants' questions on Hearthstone Online "
           "during the Study Pack that draws on their expertise."),
          ("For the partnership. ", "The partnership has grown stronger each year. The University now uses "
           "Hearthstone case material in its own courses, and the College's tutors teach on the University's "
           "MEd."),
          ])
fn.ref(ps[0], "Nine did not complete: five left teaching or moved abroad, four withdrew for health or family reasons.")

ps = question(7, "What next?",
         "Up to 300 words. What will you do next to build on the training? Judges are interested in how "
         "learners, employers and customers will be involved in evaluating and improving it.",
         ["The first intake of the SENCO Award begins in September 2009, subject to approval by the Training and "
          "Development Agency for Schools. We expect 24 participants in each intake. The Certificate in "
          "Multi-Sensory Impairment will continue for teachers who are not SENCOs.",
          "We would like, in time, to involve head teachers and the Family Reference Group in evaluating the "
          "Award, perhaps through a small annual panel, once the first cohort has finished.",
          "Some head teachers have asked us whether very experienced SENCOs could simply be assessed, without "
          "taking the course. We have thought about this carefully. The University's regulations for the Award "
          "do not allow an assessment-only route, and we have not offered one: we believe the Award's weekends "
          "and tutor groups are where much of its value lies.",
          "We are also planning a short online course for teaching assistants who support deafblind pupils."])
c = doc.add_comment(ps[1].runs, text="Could we say something firmer here? e.g. heads and the FRG will sit on "
                    "the Course Committee from 2010. Ruth to confirm.", author="Tom Okafor (Communications)", initials="TO")
c2 = doc.add_comment(ps[2].runs, text="Keep. The judges may ask - and the TDA will.", author="Ruth Allardyce", initials="RA")

para(doc, "Section 8. Declaration", bold=True, size=12)
para(doc, "I confirm that the information in this entry is accurate and that the judges may contact the "
     "organisations named.", grey=True, italic=True, size=9)
t = doc.add_table(rows=2, cols=2)
table_borders(t)
cell_text(t.rows[0].cells[0], "Signed: R. M. Allardyce")
cell_text(t.rows[0].cells[1], "Date: 17 April 2009")
cell_text(t.rows[1].cells[0], "Position: Principal, Hearthstone College")
cell_text(t.rows[1].cells[1], "Countersigned for the University: Prof. D. Whitcombe, Head of School of Education")

doc.add_page_break()
para(doc, "ANNEX A (for the TDA panel). The SENCO Award at a glance", bold=True, size=13)
for lead, body in [
    ("Title. ", "Hearthstone-Medbourne Postgraduate Certificate in Special Educational Needs Coordination "
     "(National Award for SEN Coordination). 60 credits at Level 7, awarded by the University of Medbourne."),
    ("Aim. ", "To raise the achievement of children and young people with special educational needs and "
     "disabilities, including those with the most complex sensory needs, by preparing teachers new to the "
     "SENCO role to lead their school's provision so that every pupil can learn and take part fully in the "
     "curriculum."),
    ("Who it is for. ", "Teachers with Qualified Teacher Status who have been appointed SENCO, or are about "
     "to be, in a maintained school or academy in England. Applicants must be in post in a school and hold "
     "QTS; the application is countersigned by the head teacher, who agrees to release the participant for "
     "the weekends' Friday afternoons."),
    ("Assessment. ", "Three pieces of assessed work:"),
]:
    p = doc.add_paragraph(); runs(p, [(lead, {"bold": True}), (body, {})])
for b in [
    "Assignment 1, Child Study (4,000 words, 20 credits): a study of one pupil with SEN and/or disabilities in "
    "the participant's school, including an account of how the participant sought the child's own views and "
    "worked with the family and with other professionals, and a plan for the pupil's provision with targets "
    "reviewed over a term.",
    "Assignment 2, Provision Review (4,000 words, 20 credits): a review, led by the participant with colleagues, "
    "of the school's provision for pupils with SEN, using a provision map, and a proposal to the head and "
    "governors for its development.",
    "Assignment 3, Practice Portfolio and professional discussion (20 credits): evidence from the school tasks, "
    "cross-referenced to the national outcomes, and a 40-minute professional discussion with two tutors at the "
    "June weekend.",
]:
    doc.add_paragraph(b, style="List Bullet")
p = doc.add_paragraph()
runs(p, [("Award rule. ", {"bold": True}),
         ("All three pieces must be passed. In addition, the Portfolio must contain, and the professional "
          "discussion must confirm, evidence that the participant meets every one of the national minimum "
          "outcomes; the Board of Examiners checks the outcome record for each participant, and a participant "
          "who has passed the assignments but lacks evidence for any outcome is referred, not awarded, until "
          "the evidence is supplied.", {})])
p = doc.add_paragraph()
runs(p, [("Finishing and next steps. ", {"bold": True}),
         ("The June weekend ends with a \"Next Steps\" session. Each participant drafts a professional "
          "development plan for the following two years, using the College's planning template, and is asked "
          "to agree it with their head teacher at their next performance management review. Tutors suggest "
          "routes onward, including the University's MEd and the Certificate in Multi-Sensory Impairment.", {})])
p = doc.add_paragraph()
runs(p, [("Cost. ", {"bold": True}),
         ("£1,650 per participant including weekend accommodation and all Study Packs; the charity meets the "
          "cost of interpreters and alternative formats. Participants who are credited with 20 credits through "
          "APL pay £1,150.", {})])

para(doc, "ANNEX B (for the TDA panel). Where each national outcome is taught and how it is assessed", bold=True, size=13)
para(doc, "SP = Study Pack; W1-W3 = residential weekends; A1-A3 = assignments. The outcome is described "
     "in our own words.", italic=True)
rows = [
    ("Professional attributes", None, None),
    ("Builds fair, respectful and constructive relationships with pupils with SEN and disabilities and with their families", "SP2 (families unit, written with the Family Reference Group); W1 visiting parents", "A1 (work with the family)"),
    ("Wins the commitment of colleagues, the head and senior leaders", "SP4; W2 role play of a senior leadership meeting", "A2 (proposal to head and governors)"),
    ("Manages own time, prioritises and delegates well", "-", "Not part of the Award (see note below)"),
    ("Solves problems, weighs evidence and makes sound decisions about provision", "SP3; tutor-group forum case problems", "A2; A3 professional discussion"),
    ("Communicates clearly in speech and writing and listens to others", "All Study Packs; W1-W3", "All assignments (writing); A3 professional discussion (speech and listening)"),
    ("Uses research and outside advice to improve own and colleagues' practice", "SP2 and SP3 readings; W2 research seminar", "A1 and A2 (use of literature)"),
    ("Keeps up to date and takes charge of own development", "W3 \"Next Steps\" session", "The development plan is not assessed"),
    ("Knowledge and understanding", None, None),
    ("The law and guidance on SEN, including the Code of Practice, and what they mean in school", "SP1", "A2; A3"),
    ("Every Child Matters and the SENCO's part in the five outcomes", "SP1; W1", "A1 (outcomes for the pupil across all five ECM areas)"),
    ("Disability equality law and what it requires of the school", "SP1 (DDA, the disability equality duty, accessibility plans)", "A2 (school's accessibility plan reviewed)"),
    ("How children develop, and how SEN, disability and environment affect development", "SP2", "A1"),
    ("The common kinds of SEN: behavioural, emotional and social, specific learning difficulties, speech and language, autism, moderate learning difficulties", "SP2 (sensory and multiple needs in depth; other needs through background reading)", "A1 if the chosen pupil has one of these needs"),
    ("Approaches, strategies and resources, including ICT and assistive technology, for assessing, planning and teaching", "SP2 and SP3; W2 technology workshop", "A1; A3"),
    ("School self-evaluation and improvement as they affect pupils with SEN", "SP4 online task: comment on an anonymised SEF", "Formative only: tutor comments online, not marked"),
    ("Good practice and research in meeting SEN", "SP2; SP3", "A1; A2"),
    ("External agencies: what they do and how to get their help", "SP3 (case material from sensory support services); W2 agency panel", "A1 (multi-agency working); A3"),
    ("Professional skills", None, None),
    ("With senior leaders and governors, shapes an inclusive ethos, policy, priorities and use of resources", "SP4", "A2"),
    ("Identifies pupils with SEN, sets challenging targets, plans interventions and reviews progress", "SP2; SP3", "A1"),
    ("Uses other professionals' assessments to shape teaching", "SP2; SP3", "A1"),
    ("Helps colleagues develop formative assessment, with approaches for pupils with SEN", "SP3", "A3 (school task: staff session on assessment for learning)"),
    ("Plans access arrangements for national tests and examinations in good time", "SP3 (one activity)", "Not assessed"),
    ("Uses provision mapping to plan provision and find what is missing or not working", "SP3; W2", "A2"),
    ("Deploys and manages support staff and other colleagues", "SP3 (teaching assistants)", "A2; A3"),
    ("Supports colleagues' development: observation, feedback, coaching, training", "(evidence collected in the Portfolio)", "A3"),
    ("Reviews the effectiveness of provision with colleagues, to feed school self-evaluation", "SP4", "A2"),
    ("Makes sure pupils take part in planning and reviewing their own provision", "SP2 (the child's voice); W1", "A1 (the child's voice task)"),
    ("Works well with parents and carers", "SP2; W1", "A1"),
    ("Works with other services and voluntary organisations", "SP3; W2", "A1; A3"),
]
t = doc.add_table(rows=1, cols=3)
table_borders(t)
for i, h in enumerate(["National outcome (our words)", "Where we work on it", "How it is assessed"]):
    cell_text(t.rows[0].cells[i], h, bold=True)
    shade(t.rows[0].cells[i], "BDD7EE")
for a, b, c in rows:
    t.add_row()
    idx = len(t.rows) - 1
    if b is None:
        merge_row(t, idx, a, fill="DEEAF6")
    else:
        cs = t.rows[idx].cells
        cell_text(cs[0], a); cell_text(cs[1], b); cell_text(cs[2], c)

para(doc, "Note. We do not teach or assess time management and delegation on the Award. Participants' "
     "own head teachers and line managers are better placed to help with these, and the Skills Audit "
     "tells the head where the participant would like support.", italic=True)
para(doc, "ANNEX C (for the TDA panel). The course team", bold=True, size=13)
t = doc.add_table(rows=1, cols=3)
table_borders(t)
for i, h in enumerate(["Name and role", "Qualifications", "Experience"]):
    cell_text(t.rows[0].cells[i], h, bold=True)
for a, b, c in [
    ("Dr Ruth Allardyce, Principal and course leader", "PhD (Medbourne), MEd MSI, mandatory qualification (MSI)", "Head of a school for deafblind pupils (1994-2003); SENCO in two primary schools"),
    ("Helen Marsh, senior tutor", "MA Inclusive Education, mandatory qualification (VI)", "SENCO, 11-18 comprehensive, 8 years; LA advisory teacher for VI"),
    ("Gareth Pryce, tutor", "MEd SEN, mandatory qualification (HI)", "SENCO in a primary school; teacher of the deaf"),
    ("Sunita Bakshi, tutor", "MA Education, mandatory qualification (MSI)", "Deputy head and SENCO, special school; outreach teacher"),
    ("Moira Kendrick, tutor", "BEd, NPQH", "Head of a primary school with a resourced provision; SENCO for six years"),
    ("Dr Paul Ashworth, University link tutor", "PhD, Senior Lecturer in Inclusive Education", "Programme leader, MEd SEN, University of Medbourne"),
]:
    cs = t.add_row().cells
    cell_text(cs[0], a); cell_text(cs[1], b); cell_text(cs[2], c)
p = doc.add_paragraph()
p.add_run("Tutors' own development is planned each year with the Principal; all five tutors attended the "
          "national SENCO conferences in 2008 and the College's research seminar series.")
fn.ref(p, "Tutors' CVs were supplied to the University for the validation event and can be sent on request.")

fn.finish()
doc.save(os.path.join(HERE, NAME + ".docx"))
print("wrote", NAME + ".docx")
