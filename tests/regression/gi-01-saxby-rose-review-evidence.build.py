"""gi-01-saxby-rose-review-evidence: build script.

PROVIDER (invented): the Saxby Dyslexia Trust, a national dyslexia and specific
learning difficulties charity (nine regional teaching centres, a parents'
helpline, and the Saxby Training College, which already runs its own
Postgraduate Certificate and Diploma in Specialist Teaching (SpLD)), applying
with the University of Northwold School of Education, which validates the
"Saxby-Northwold National Award for SENCOs" (60 credits, Master's level).

DOCUMENT KIND AND LAYOUT: the Trust's written evidence to the Independent
Review of provision for children with dyslexia (the "Rose Review", call for
evidence winter 2008-09), sent to the TDA as the application with a new Part 5
and Annexes A-C written for the approval panel. A shaded one-cell "Note for the
TDA approval panel" table at the top says Parts 1-4 are as sent to the Review.
No heading styles: part titles are bold capitals typed as Normal paragraphs
("PART 5 - ..."), sub-titles bold, paragraphs hand-numbered 1.1-5.44 (so
"5.3", "5.5", "2.3" etc. are the Trust's paragraph numbers, not requirement
ids). The Review's questions appear in italics. Lists typed with "•". A
findings table of the parents' survey and one of the SENCOs' survey; Annex A
a study-day table; Annex B an outcome map with shaded, merged group rows
(Outcome / Where developed / How assessed); Annex C the course team. Footnotes
carry the research citations. Header (document title) and footer (charity
number and a PAGE field). Tracked changes by "Ruth Pendle" (one deleted
sentence, one inserted phrase). Three Word comments.

TRAPS (requirement ids):
- 5.3 not_met: CRB checks are described for the Trust's own specialist teachers
  (1.5, wrong context); for the Award the Trust relies on employers and "does
  not ask" (5.15). A comment suggesting a check is not part of the submission.
- 2.3 not_met: experienced SENCOs and Diploma holders are welcomed (5.9) but a
  later paragraph (5.12) says no assessment-only route in either of the first
  two cohorts (negation far from its subject).
- 2.5 not_met: progression from the Diploma to Northwold's MA is in Part 1
  (wrong context: the Trust's other courses); for the Award a recall day is
  only something the Trust "would like" to offer (aspiration).
- 2.1 partially_met: accreditation of certificated prior study only; experience
  is explicitly not accredited.
- 1.1 partially_met: the Award's aims (5.2) speak of attainment in literacy and
  learning only; well-being and the ECM outcomes are absent from aims.
- 1.5 partially_met: the Trust's "My Learning" pupil profile in its own centres
  (Part 2) is wrong context; the course has only a general statement and an
  unassessed discussion (Study Day 4). Same for 6.S7 (taught, not assessed).
- 4.3 partially_met: parents from the Trust's network speak on Study Day 3
  (delivery), but involving parents and heads in evaluation is only hoped for.
- 5.5 partially_met: specialist speakers (EP, speech and language therapist,
  CAMHS, the Trust's outreach teachers) but "no placement element"; the
  sentence offering a day at a Trust teaching centre is a tracked DELETION.
- 5.7 partially_met: tutors inducted and standardised; guidance for the school
  "sponsor" is "being written".
- 1.9 / 6.0 partially_met: blanket claim (5.30) that the assignments assess
  every national outcome, while Annex B marks A3, K4, S2d and S7 "Not
  separately assessed", A7 only in the unmarked Practice Log, and has no row
  for S4; the award rule is a pass in three assignments.
- 6.S4 not_met: deploying and managing staff is absent; Study Day 7's note
  says teaching assistants' deployment "will be added in 2010" (aspiration).
- 6.A3, 6.K4, 6.S2d, 6.S7 partially_met (taught, not assessed); 6.A7
  partially_met (formative only, Practice Log "not marked").
- 3.2 met: the February start is a tracked INSERTION (part of the submission).
- 3.3 met: online Unit 2 block with tutor-moderated forum, learning trios
  between study days, live chat tutorials, termly emails to heads.
- Header/footer hold only the title and charity number (no evidence).
"""
# ---- helpers (python-docx plus raw OOXML) ----
import re, zipfile, shutil, os
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
FOOTNOTES = []
_REV = [100]


def _rid():
    _REV[0] += 1
    return str(_REV[0])


def para(doc_or_cell, text="", bold=False, italic=False, size=None, style=None, align=None, space_after=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        add_text(p, text, bold=bold, italic=italic, size=size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_text(p, text, bold=False, italic=False, size=None, color=None):
    """Add text; **x** marks bold spans."""
    parts = re.split(r"(\*\*[^*]+\*\*)", text)
    runs = []
    for part in parts:
        if not part:
            continue
        b = bold
        if part.startswith("**") and part.endswith("**"):
            part, b = part[2:-2], True
        r = p.add_run(part)
        r.bold = b
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        runs.append(r)
    return runs


def footnote(p, text):
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
    p._p.append(r)


def ins_run(p, text, author, date="2009-01-12T10:00:00Z"):
    e = OxmlElement("w:ins")
    e.set(qn("w:id"), _rid()); e.set(qn("w:author"), author); e.set(qn("w:date"), date)
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = text
    r.append(t); e.append(r); p._p.append(e)


def del_run(p, text, author, date="2009-01-12T10:00:00Z"):
    e = OxmlElement("w:del")
    e.set(qn("w:id"), _rid()); e.set(qn("w:author"), author); e.set(qn("w:date"), date)
    r = OxmlElement("w:r"); t = OxmlElement("w:delText"); t.set(qn("xml:space"), "preserve"); t.text = text
    r.append(t); e.append(r); p._p.append(e)


def mark_para_deleted(p, author, date="2009-01-12T10:00:00Z"):
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _rid()); d.set(qn("w:author"), author); d.set(qn("w:date"), date)
    rpr.append(d); ppr.append(rpr)


def deleted_para(container, text, author, date="2009-01-12T10:00:00Z"):
    p = container.add_paragraph()
    del_run(p, text, author, date)
    mark_para_deleted(p, author, date)
    return p


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    add_text(p, lines[0], bold=bold, italic=italic, size=size)
    for ln in lines[1:]:
        add_text(cell.add_paragraph(), ln, bold=bold, italic=italic, size=size)
    return p


def table(doc, rows, header=True, widths=None, style="Table Grid", size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(t.cell(i, j))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def page_field(p):
    f = OxmlElement("w:fldSimple")
    f.set(qn("w:instr"), " PAGE ")
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r.append(t); f.append(r)
    p._p.append(f)


def finish(doc, name):
    out = HERE / name
    doc.save(out)
    if not FOOTNOTES:
        return
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    fx = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>',
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for fid, text in FOOTNOTES:
        fx.append(f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:pPr>'
                  f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
                  f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
    fx.append("</w:footnotes>")
    tmp = out.with_suffix(".tmp")
    with zipfile.ZipFile(out) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.decode().replace("</Types>",
                    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>').encode()
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.decode().replace("</Relationships>",
                    '<Relationship Id="rIdFootnotes1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>').encode()
            zout.writestr(item, data)
        zout.writestr("word/footnotes.xml", "".join(fx))
    shutil.move(tmp, out)
# ---- end helpers ----

AUTH = "Ruth Pendle"
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)

hp = sec.header.paragraphs[0]
add_text(hp, "Saxby Dyslexia Trust  |  Written evidence to the Independent Review of provision for dyslexia  |  January 2009", size=8, color="666666")
fp = sec.footer.paragraphs[0]
add_text(fp, "Saxby Dyslexia Trust, Saxby House, 14 Wellgate, Northwold NW3 2QT. Registered charity no. 1023318.   Page ", size=8)
page_field(fp)


def T(text):  # bold capital title typed as a normal paragraph
    p = para(doc, text, bold=True, size=12)
    p.paragraph_format.space_before = Pt(14)
    return p


def sub(text):
    p = para(doc, text, bold=True)
    p.paragraph_format.space_before = Pt(8)
    return p


def N(num, text):
    p = doc.add_paragraph()
    add_text(p, num + "\t" + text)
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    return p


def B(text):
    p = doc.add_paragraph()
    add_text(p, "•\t" + text)
    p.paragraph_format.left_indent = Cm(1.6)
    p.paragraph_format.first_line_indent = Cm(-0.6)
    return p


def Q(text):
    p = para(doc, text, italic=True)
    p.paragraph_format.left_indent = Cm(1.0)
    return p


# ---- note to the panel ----
nt = doc.add_table(rows=1, cols=1)
nt.style = "Table Grid"
c = nt.cell(0, 0)
shade(c, "E8EEF4")
cell_text(c, "Note for the TDA approval panel", bold=True)
add_text(c.add_paragraph(), "This is the written evidence the Saxby Dyslexia Trust sent to the Independent Review of provision for children with dyslexia on 16 January 2009. We send it to you as our application for approval to offer the national award for SENCOs, jointly with the University of Northwold, because the case we make to the Review is the case for our course. Parts 1 to 4 are as sent to the Review. Part 5 and Annexes A to C were written for you and are not part of our evidence to the Review; please read Part 5 as our answer to the specification.")
add_text(c.add_paragraph(), "Contact: Ruth Pendle, Director of Training, Saxby Training College (01632 960 418).")

para(doc)
para(doc, "THE SAXBY DYSLEXIA TRUST", bold=True, size=16, align="center")
para(doc, "Written evidence to the Independent Review of provision for children and young people with dyslexia and literacy difficulties", bold=True, size=13, align="center")
para(doc, "with a Part 5 for the TDA: the Saxby–Northwold National Award for SENCOs", italic=True, align="center")
para(doc, "January 2009", align="center")

T("SUMMARY OF OUR EVIDENCE")
for s in [
    "Most children with dyslexia are in mainstream classes, and most of what decides their progress happens there. The single most useful thing the system can do is to make sure every school has someone who knows what good provision looks like and can lead others to provide it.",
    "Identification is still too late. In our survey of 412 parents, the median age at which a school first recorded a concern was 8 years 2 months, and a third of parents said the concern was first raised by them, not by the school.",
    "Structured, cumulative, multisensory teaching works, but only when it is delivered often enough, by someone trained, and checked against the child's progress. Many interventions we see fail on the last of these.",
    "Parents' confidence depends on being told, in plain language, what is being done and whether it is working.",
    "The new national award for SENCOs is the right lever. We set out in Part 5 how we, with the University of Northwold, propose to offer it.",
]:
    B(s)

T("PART 1 – ABOUT THE TRUST")
N("1.1", "The Saxby Dyslexia Trust was founded in 1974 by a group of parents and teachers in Northwold. It is now a national charity working with children and adults with dyslexia and other specific learning difficulties, their families and the professionals who teach them. We have nine regional teaching centres, which between them teach about 1,100 children a week in term time, and a parents' helpline that took 14,200 calls and emails in 2007-08.")
N("1.2", "Our training arm, the Saxby Training College, has trained specialist teachers since 1981. In 2008-09 it runs the Postgraduate Certificate in Specialist Teaching (SpLD) and the Postgraduate Diploma in Specialist Teaching (SpLD), both validated by the University of Northwold, for about 260 teachers a year. The Diploma meets the requirements for Associate Membership of the British Dyslexia Association (AMBDA). Holders of our Diploma can progress to the University's MA in Special and Inclusive Education with 120 credits carried forward, and a tutor from the College meets each Diploma graduate who wishes to do so to plan that route.")
N("1.3", "All of the Trust's specialist teachers work one-to-one or in small groups with children, so all of them hold an enhanced disclosure from the Criminal Records Bureau, renewed every three years by our Human Resources team, and none starts teaching until references from two previous employers have been checked.")
N("1.4", "We are not a campaigning organisation first. Our evidence draws on what our teachers, assessors and helpline staff see every week, on the 412 parents and 63 SENCOs who answered our surveys in October and November 2008, and on published research, which we cite in the footnotes.")

T("PART 2 – IDENTIFYING CHILDREN WITH DYSLEXIA")
Q("The Review asks: What does the evidence tell us about how, and how early, children with dyslexia and literacy difficulties should be identified?")
N("2.1", "Parents tell us the same story again and again: a bright, articulate child who is not learning to read, a school that waits to see, and a diagnosis at nine or ten that explains years of frustration. Table 1 sets out what parents told us.")
t = table(doc, [
    ["What parents told us (412 responses, October 2008)", "Per cent"],
    ["The school first raised a concern before the child was 7", "29"],
    ["The parent raised the first concern, not the school", "34"],
    ["The school's SENCO explained what help the child would receive", "41"],
    ["Parents were told how progress would be measured", "23"],
    ["Parents felt the SENCO 'understood dyslexia'", "38"],
], widths=[12, 3])
para(doc, "Table 1: Parents' survey, Saxby Dyslexia Trust, 2008", italic=True, size=9)
p = N("2.2", "Screening tools are useful but not decisive. The strongest predictors remain phonological awareness, rapid naming and letter knowledge, observed over time by a teacher who knows what to look for.")
footnote(p, "Snowling, M. (2000) Dyslexia, 2nd edition. Oxford: Blackwell; Vellutino, F. et al. (2004) Specific reading disability (dyslexia): what have we learned in the past four decades? Journal of Child Psychology and Psychiatry 45(1).")
N("2.3", "In our own centres every child completes a 'My Learning' profile with their teacher in the first week, saying in their own words what helps and what gets in the way, and the profile is revisited each term. Children tell us this is the first time anyone has asked them. We would like every school to do something similar.")
N("2.4", "We therefore recommend that every primary school should check, by the end of Year 1, which children are not making expected progress in phonic knowledge, and that the check should lead to a conversation with parents, not merely a score on a tracking sheet.")

T("PART 3 – WHAT WORKS")
Q("The Review asks: What does the evidence say about the effectiveness of interventions for children with dyslexia?")
p = N("3.1", "The evidence for structured, systematic phonics-based teaching, delivered intensively by trained staff, is strong. The evidence for many commercial programmes is weak, not because they do not work but because they have not been properly evaluated.")
footnote(p, "Brooks, G. (2007) What works for pupils with literacy difficulties? The effectiveness of intervention schemes, 3rd edition. London: DCSF.")
N("3.2", "What distinguishes the schools we see doing well is not the programme they buy but three habits: they measure before they start, they keep the teaching frequent and short, and they stop or change an intervention that is not working. These are leadership habits, and in most schools they depend on the SENCO.")
p = N("3.3", "Inspection evidence points the same way. Ofsted found that the quality of provision mattered more than the type of setting, and that the best provision had specialist expertise and rigorous monitoring of progress.")
footnote(p, "Ofsted (2006) Inclusion: does it matter where pupils are taught? HMI 2535; Ofsted (2004) Special educational needs and disability: towards inclusive schools. HMI 2276.")
N("3.4", "We also commend the Every Child a Reader programme and the Inclusion Development Programme materials on dyslexia and on speech, language and communication needs published in 2008. The IDP materials are sound; the problem is that many schools have not yet had the time or the leadership to use them.")

T("PART 4 – TEACHERS' EXPERTISE AND PARENTS' CONFIDENCE")
Q("The Review asks: What expertise do teachers and schools need, how should it be developed, and how should parents be involved?")
N("4.1", "We welcome the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008, which require the SENCO to be a qualified teacher, and the Government's decision that SENCOs new to the role should gain nationally accredited training. The Lamb Inquiry into parental confidence and the Bercow Review of services for children with speech, language and communication needs both point to the SENCO as the person parents most need to trust.")
N("4.2", "In November 2008 we surveyed 63 SENCOs who had been in post for less than three years, and we met SEN officers from 14 local authorities at our regional forums. Table 2 summarises what they told us.")
table(doc, [
    ["What new SENCOs and local authorities told us", "What we concluded for the course"],
    ["Most new SENCOs (44 of 63) had had no training for the role beyond a one-day LA briefing.", "The course must start from where each person is, not assume a common starting point."],
    ["Weekday release is the hardest thing to secure, especially for primary SENCOs who teach full time.", "Study days should be offered on Saturdays in two regions as well as on weekdays."],
    ["SENCOs felt least confident about using data to judge whether an intervention had worked.", "An assessed intervention enquiry with before-and-after measures is at the centre of the course."],
    ["LA officers said SENCOs knew a great deal about individual pupils but little about leading colleagues or talking to governors.", "A third of the course is about leadership, with a presentation to the senior team or governors."],
    ["Several LAs asked that the course should not be only about dyslexia.", "The content covers the full range of SEN and disability, taught with specialists from other fields."],
], widths=[8, 8])
para(doc, "Table 2: SENCO and local authority consultation, Saxby Dyslexia Trust, November 2008", italic=True, size=9)
N("4.3", "Parents' confidence grows when the SENCO explains what is being done, shows them the evidence that it is working, and listens. Our helpline advisers spend much of their time helping parents to prepare for meetings with school. We would rather schools did not need us to.")
N("4.4", "We recommend that the national award for SENCOs should give real weight to work with parents, to the use of evidence of progress, and to the SENCO's part in the leadership of the school.")

T("PART 5 – THE SAXBY–NORTHWOLD NATIONAL AWARD FOR SENCOs")
para(doc, "(This Part was written for the TDA approval panel. It was not part of our evidence to the Review.)", italic=True)

sub("Aims and shape of the Award")
N("5.1", "The Saxby–Northwold National Award for SENCOs (the Award) is a one-year, part-time course for teachers new to the SENCO role. It is validated by the University of Northwold as a Postgraduate Certificate of 60 credits at Master's level (three 20-credit units), and the University's Academic Board approved it on 3 December 2008 subject to national approval. Successful participants receive the University's Postgraduate Certificate in SEN Coordination.")
N("5.2", "The aims of the Award are: to raise the attainment in literacy and learning of pupils with special educational needs and disabilities in participants' schools; to give participants the knowledge of law, policy and evidence they need to lead provision; and to develop the skills of leading and supporting colleagues so that the whole school teaches these pupils well.")
N("5.3", "The Award has three units. Unit 1, Knowing the learner: SEN, disability and the law, is taught on Study Days 1 to 3. Unit 2, Teaching, assessment and intervention, is taught on Study Days 4 and 5 and in a six-week online block. Unit 3, Leading provision and people, is taught on Study Days 6 to 8. The eight study days and the online block are listed in Annex A.")
N("5.4", "Everything on the course points back to the participant's school. Each unit has school-based tasks between study days (for example, auditing the school's SEN register against its data, or observing a pupil across three lessons), and each assignment is carried out in the participant's own school and discussed with its headteacher. Tutors visit each participant in school once, in the spring term, to observe them leading a meeting or training session and to talk to the headteacher.")
p = N("5.5", "The content reflects current research and inspection findings, and we will revise the reading each year as new evidence appears: the Rose Review's own report, when published, will be built into Unit 2 for the 2009-10 cohort. Tutors bring recent Ofsted survey reports and the IDP materials into the study days, and Study Day 2 is given over to what research says about effective intervention.")
footnote(p, "Core reading includes the SEN Code of Practice (DfES 2001), Removing Barriers to Achievement (DfES 2004), the Bercow Report (DCSF 2008), Ofsted (2006) above, and Brooks (2007) above.")
N("5.6", "Participants study the legal and policy framework in Unit 1: the Education Act 1996 and the SEN Code of Practice, the Special Educational Needs and Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005 and the disability equality duty, the 2008 SENCO regulations, Every Child Matters and the Children Act 2004, and the national strategies' guidance on personalised learning.")
N("5.7", "Throughout the course participants are encouraged to keep the pupil's voice at the centre of their work, and Study Day 4 includes a discussion of ways of gathering pupils' views.")
N("5.8", "Working with parents and carers is taught on Study Day 3, which is led jointly by a College tutor and two members of the Trust's parents' network, who describe what helped and what did not in their own children's schooling. Participants then role-play a difficult review meeting and receive feedback. Assignment 2 asks each participant to meet the parents of the pupils in their intervention group before and after it, and to report what the parents said and what changed as a result.")

sub("Who the Award is for, and how we select")
N("5.9", "The Award is for qualified teachers who have become, or are about to become, SENCOs. We welcome applications from experienced SENCOs who were appointed before September 2008 and from holders of our own Diploma, many of whom already have a great deal of the knowledge the course covers.")
N("5.10", "Applicants must hold Qualified Teacher Status, be employed in a school in England, and be in (or appointed to) the SENCO role. The application form asks for a statement of the applicant's experience and a supporting statement from the headteacher, who must agree to release the participant for the study days and to meet the tutor during the school visit.")
N("5.11", "Every applicant is interviewed by telephone by a College tutor, who goes through the applicant's Starting Profile (see 5.17) with them. If the tutor judges that an applicant does not yet have enough experience of teaching pupils with SEN to meet the outcomes within the year, the College writes to the applicant and to the headteacher explaining what they need to do first (usually a term of shadowing the outgoing SENCO, or our ten-week Certificate in Dyslexia Awareness) and offers a place on the next cohort.")
N("5.12", "Neither the 2009 nor the 2010 cohort will include an assessment-only route. We considered one but decided that, in the first two years, every participant should take the taught course.")
N("5.13", "Participants who hold the Trust's Postgraduate Certificate or Diploma in Specialist Teaching may claim up to 20 credits against Unit 2 through the University's procedure for accreditation of prior certificated learning. Claims are made with the application and decided by the University's APL panel before the course starts. Experience alone, without a qualification, is not accredited for the Award.")
N("5.14", "The fee for 2009-10 is £1,350 for the whole Award, or £900 for participants accrediting Unit 2. The Trust offers ten bursaries of £500 a year to schools in the 20 per cent most deprived areas. Saturday study days and the online block mean that most schools need to release a participant for only five weekdays.")
N("5.15", "Participants are serving teachers, and their employing schools are responsible for the pre-employment checks that the law requires. The Trust does not ask participants for their disclosure details.")
N("5.16", "We will monitor applications and completions by gender, ethnicity and disability each year and report them to the Course Committee.")

sub("Starting the course")
N("5.17", "Before the course begins, each participant completes a Starting Profile, rating themselves against each of the national minimum outcomes on a four-point scale and giving a short example for each rating. At an induction tutorial (by telephone or in person, in June or July for a September start), the tutor and participant agree an Individual Learning Plan that names the outcomes the participant will concentrate on, the school-based tasks they will choose, and any additional reading or visits. Tutors look for evidence against the Starting Profile throughout the year and revise the plan at the mid-year tutorial.")
N("5.18", "Because participants start in different places, each unit offers a choice of school-based tasks and assignment foci, and the online block allows participants to work through material at their own pace. Participants whose Starting Profile shows secure knowledge of dyslexia (for example, holders of our Certificate) choose an assignment focus in another area of need.")

sub("Flexible study")
c = N("5.19", "The Award starts in September each year")
ins_run(c, " and, from 2010, a second cohort starts in February", AUTH, "2009-01-14T09:12:00Z")
add_text(c, ". Study days run on weekdays at the Northwold centre and on Saturdays at our Bristol and Leeds centres; participants may attend either pattern and may switch between them. After Unit 1, Units 2 and 3 may be taken in either order, and a participant may pause between units for up to a year with the University's agreement.")
N("5.20", "Unit 2 includes a six-week online block on the University's virtual learning environment, NOVA, between Study Days 4 and 5. Each week has readings, a short video of classroom practice and a discussion task. A tutor moderates the forum for each group of fifteen participants and replies to questions within two working days. Participants are placed in learning trios at Study Day 1 and meet online (by forum or telephone) at least once between each pair of study days. There is a live chat tutorial every other Wednesday evening. Tutors email each participant's headteacher at the end of each term to say what the participant has covered and what the school-based task for the next term will be, and the course team share session plans and marking on a tutors' area of NOVA. Participants who are new to NOVA are shown how to use it on Study Day 1 and can ring the University's help desk.")
N("5.21", "The Trust is a disability charity, and many of our own trainee teachers are dyslexic. The application form asks applicants to tell us about any disability or access need, and explains why we ask and how the information is used. The College's disability adviser contacts everyone who tells us of a need before the course starts to agree adjustments: materials in electronic form or on coloured paper, assistive software on loan, extended deadlines, a reader or scribe for the online short-answer paper, or an accessible venue. All three study-day venues are accessible to wheelchair users and have hearing loops. Our publicity is produced in a dyslexia-friendly style, and the College's equality scheme is reviewed each year by the Trust's disabled members' group.")

sub("Assessment and the award")
N("5.22", "There are three assignments, one for each unit, each marked by the unit tutor against criteria at Master's level:")
B("Assignment 1 (Unit 1): a critical review, of about 4,000 words, of the school's SEN policy and provision against the Code of Practice, the disability equality duty and Every Child Matters, including an analysis of the school's data on pupils with SEN and a map of the outside services the school uses.")
B("Assignment 2 (Unit 2): an intervention enquiry, of about 5,000 words. The participant takes baseline measures of a group of pupils (reading and spelling ages, a pupil attitude scale, attendance), plans and runs an intervention for at least ten weeks with colleagues, re-measures, and reports the results and the views of the pupils' parents. It includes a short review of research on the chosen approach and a case profile of one pupil.")
B("Assignment 3 (Unit 3): a leadership portfolio containing the school's provision map with the participant's analysis of gaps and poor-value provision; the plan, materials and evaluation of a training session the participant leads for colleagues; a written record of a lesson observation and the feedback given to a colleague; a section on the school's self-evaluation of SEN; and the participant's presentation to the senior leadership team or governors, with the headteacher's written response.")
N("5.23", "Unit 2 also has a short-answer paper on the online block, taken online at the end of the block and marked by the tutor.")
N("5.24", "Participants keep a Practice Log throughout the year in which they record their reading, their reflections and their own development. The log is discussed at tutorials and is not marked.")
N("5.25", "Each assignment is marked by the unit tutor and a sample of at least 20 per cent, including all fails and all marks within three marks of a boundary, is second-marked by another tutor. The University appoints an external examiner, who sees a sample of work from every unit and attends the Board of Examiners. Tutors meet for a half-day standardisation meeting before each marking period, using scripts from our Diploma as exemplars until the Award has its own.")
N("5.26", "Participants may resubmit one failed assignment once.")
N("5.27", "Participants who pass all three assignments are awarded the Postgraduate Certificate in SEN Coordination by the University's Board of Examiners, which meets in July and December.")

sub("Tutors, specialists and resources")
N("5.28", "The course team is listed in Annex C. All four tutors are qualified teachers with at least five years' experience as SENCOs or specialist teachers, all hold a Master's degree, and three hold AMBDA. Each spends at least one day a week working with schools or children, so their knowledge is current. The Course Leader, Dr Helen Marsh, is a Senior Lecturer at the University and led its MA in Special and Inclusive Education from 2003 to 2008.")
N("5.29", "Specialists from other fields teach on the course: an educational psychologist and a speech and language therapist (Study Day 2), a clinical psychologist from the Northwold Child and Adolescent Mental Health Service (Study Day 6), and advisory teachers for autism and for sensory impairment from two local authorities (Study Days 2 and 6). The Award has no placement element: the practical work is done in the participant's own school.")
d = N("5.30", "")
del_run(d, "Each participant will also spend a day at one of the Trust's nine teaching centres, observing specialist teaching and the centre's assessment clinic. ", AUTH, "2009-01-14T09:20:00Z")
add_text(d, "The three assignments, together with the Practice Log, assess every one of the national minimum outcomes; Annex B shows where each outcome is developed and assessed.")
N("5.31", "Participants have the use of the College library in Northwold (about 4,000 titles on SEN and literacy, and all current journals in the field), the Trust's test library, from which participants may borrow standardised tests for Assignment 2, and the assistive technology room at each centre, where text-to-speech, voice recognition and mind-mapping software can be tried. The University's electronic library and journals are available to all participants through NOVA.")
N("5.32", "Tutors are new to the Award but not to the College. Each new tutor has an induction day with the Course Leader, co-teaches a study day before leading one, and attends the standardisation meetings. Tutors receive the Award's Tutor Handbook, which sets out the outcomes, the assignment criteria and the tutor's duties. The headteacher of each participant's school acts as the school sponsor, and guidance for school sponsors is being written.")

sub("Quality, evaluation and impact")
N("5.33", "The Award is subject to the University's quality procedures for collaborative courses: an annual monitoring report, the external examiner's report and the College's response, and periodic review every five years.")
N("5.34", "Participants evaluate every study day on a short form, and the online block through a questionnaire on NOVA. At the end of the course each participant completes the Starting Profile again, so that we can compare how confident they feel against each outcome at the start and at the end.")
N("5.35", "Assignment 2 gives us evidence of the course's effect on pupils. Each participant reports the baseline and end measures for the pupils in their intervention group, and the Course Leader collates these each year (anonymised) into a table of gains in reading and spelling age, attitude scores and attendance, by type of need. Six months after the course we will write to participants asking them to send the same measures again for the same pupils.")
N("5.36", "A Course Committee (the Course Leader, the tutors, a participant representative from each cohort and the University's link tutor) meets in January and July. It receives the study-day evaluations, the pupil-gains table, the external examiner's report and the results, and agrees changes for the next cohort, which are reported to participants at the start of the following year.")
N("5.37", "Two members of the Trust's parents' network teach with us on Study Day 3, and SEN officers from Northwold and Eastmere local authorities have agreed to speak on Study Day 6 about their services. We hope, as the Award becomes established, to involve parents and headteachers in evaluating it too.")
N("5.38", "We would like, once numbers allow, to offer a recall day a year after completion, at which past participants could share what they have done since and think about their next steps.")
N("5.39", "The Award was designed from the consultation described in Part 4: the Saturday days, the intervention enquiry, the weight given to leadership, and the specialist speakers from outside the field of dyslexia are all there because SENCOs and local authorities asked for them.")

T("ANNEX A – STUDY DAYS AND THE ONLINE BLOCK")
table(doc, [
    ["Day", "Unit", "Content", "School-based task to follow"],
    ["Study Day 1 (Sept)", "1", "The SENCO's role; the Code of Practice; Every Child Matters; the 2008 regulations. Introduction to NOVA and learning trios.", "Compare the school's SEN policy with the Code of Practice."],
    ["Study Day 2 (Oct)", "1", "How children develop; the main types of SEN and disability (with an educational psychologist, a speech and language therapist and an autism advisory teacher); what research says about effective intervention.", "Observe one pupil in three lessons."],
    ["Study Day 3 (Nov)", "1", "Disability equality law and the school's duties; working with parents and carers (with the parents' network); the review meeting.", "Meet a parent with the class teacher."],
    ["Study Day 4 (Jan)", "2", "Identifying needs: observation, data, screening and assessment; target setting; gathering pupils' views (discussion).", "Analyse the school's data on pupils with SEN."],
    ["Online block (Jan–Feb)", "2", "Six weeks: approaches and resources including ICT and assistive technology; intervention design; measuring progress.", "Plan the Assignment 2 intervention."],
    ["Study Day 5 (Mar)", "2", "Using others' assessments; summative data and tracking; formative assessment; access arrangements for national tests and examinations.", "Run the intervention (ten weeks)."],
    ["Study Day 6 (Apr)", "3", "Provision mapping; school self-evaluation; working with other services (CAMHS, LA services, the voluntary sector).", "Draft the provision map."],
    ["Study Day 7 (May)", "3", "Leading colleagues: observation and feedback, coaching, leading training; the SENCO and the senior team; managing the role: priorities, time and delegation. (The deployment of teaching assistants will be added in 2010, when the national research on support staff has reported.)", "Lead a training session; observe a colleague."],
    ["Study Day 8 (Jun)", "3", "Presentations; keeping up to date with research and policy.", "Present to the senior team or governors."],
], widths=[2.8, 1.2, 7.5, 4.5], size=9)

T("ANNEX B – WHERE THE NATIONAL OUTCOMES ARE DEVELOPED AND ASSESSED")
rows = [
    ("Professional attributes", None, None),
    ("A1 Fair, respectful and constructive relationships with pupils and their parents or carers", "Study Days 3 and 4", "Assignment 2 (work with the pupils and their parents)"),
    ("A2 Gaining the commitment of colleagues, the head and senior leaders", "Study Day 7", "Assignment 3 (presentation and head's response)"),
    ("A3 Prioritising, managing time and delegating", "Study Day 7", "Not separately assessed"),
    ("A4 Anticipating and resolving problems; sound judgement on provision", "Study Days 5 and 6", "Assignments 1 and 3"),
    ("A5 Clear speech and writing; listening to others", "Throughout", "All assignments; presentation observed"),
    ("A6 Using research and external advice to improve practice", "Study Day 2; online block", "Assignment 2 (research review)"),
    ("A7 Keeping up to date and owning their CPD", "Study Day 8", "Practice Log, discussed at tutorials (not marked)"),
    ("Knowledge and understanding", None, None),
    ("K1 SEN law, the Code of Practice and putting them into practice", "Study Day 1", "Assignment 1"),
    ("K2 Every Child Matters and the SENCO's part", "Study Day 1", "Assignment 1"),
    ("K3 Disability equality law and the actions it requires", "Study Day 3", "Assignment 1"),
    ("K4 How children develop and what affects development", "Study Day 2", "Not separately assessed"),
    ("K5 Common types of SEN and disability and their effect on learning", "Study Day 2; online block", "Assignment 2 (case profile); online short-answer paper"),
    ("K6 Approaches, strategies and resources, including ICT", "Online block; Study Day 5", "Assignment 2"),
    ("K7 School self-evaluation and improvement", "Study Day 6", "Assignment 3"),
    ("K8 Best practice and research", "Study Day 2", "Assignment 2"),
    ("K9 External agencies and getting specialist support", "Study Day 6", "Assignment 1 (map of services)"),
    ("Skills", None, None),
    ("S1 Influencing strategy, ethos and resources with senior staff and governors", "Study Day 7", "Assignment 3 (presentation)"),
    ("S2 Identifying pupils, setting targets, planning and reviewing interventions", "Study Day 4", "Assignment 2"),
    ("S2(a) Using other professionals' assessments", "Study Day 5", "Assignment 2"),
    ("S2(b) Using summative data to track progress", "Study Day 5", "Assignment 1 (data analysis)"),
    ("S2(c) Encouraging colleagues' formative assessment", "Study Day 5", "Assignment 3 (training session)"),
    ("S2(d) Special arrangements for tests and examinations", "Study Day 5", "Not separately assessed"),
    ("S3 Provision mapping; finding ineffective or missing provision", "Study Day 6", "Assignment 3 (provision map)"),
    ("S5 Supporting colleagues' development", "Study Day 7", "Assignment 3 (observation record, training session)"),
    ("S6 Evaluating provision with colleagues for self-evaluation", "Study Day 6", "Assignment 3"),
    ("S7 Involving pupils in planning and reviewing their provision", "Study Day 4 (discussion)", "Not separately assessed"),
    ("S8 Working with parents and carers", "Study Day 3", "Assignment 2 (parent meetings)"),
    ("S9 Working with other services and agencies, including voluntary bodies", "Study Day 6", "Assignment 1"),
]
tb = doc.add_table(rows=len(rows) + 1, cols=3)
tb.style = "Table Grid"
for j, h in enumerate(["National outcome (our summary)", "Where developed", "How assessed"]):
    cell_text(tb.cell(0, j), h, bold=True, size=9); shade(tb.cell(0, j), "BFBFBF")
for i, (a, b, cc) in enumerate(rows, start=1):
    if b is None:
        m = tb.cell(i, 0).merge(tb.cell(i, 2))
        cell_text(m, a, bold=True, size=9); shade(m, "E0E0E0")
    else:
        cell_text(tb.cell(i, 0), a, size=9); cell_text(tb.cell(i, 1), b, size=9); cell_text(tb.cell(i, 2), cc, size=9)

T("ANNEX C – THE COURSE TEAM")
table(doc, [
    ["Name", "Post", "Qualifications and current practice"],
    ["Dr Helen Marsh", "Course Leader; Senior Lecturer, University of Northwold", "PhD (literacy difficulties), MA, PGCE. Former SENCO (secondary, 9 years). Chairs a local authority SEN moderation group."],
    ["Ruth Pendle", "Director of Training, Saxby Training College", "MA (SpLD), AMBDA, QTS. Former head of a Trust teaching centre; assesses pupils for the Trust one day a week."],
    ["Tom Adeyemi", "Unit 3 tutor", "MA (Educational Leadership), AMBDA, QTS. Assistant head and SENCO of a Northwold primary school (0.6); College tutor (0.4)."],
    ["Caroline Firth", "Unit 2 tutor; online block", "MEd, AMBDA, QTS. Specialist teacher, Trust Leeds centre; former LA advisory teacher for literacy."],
], widths=[3.2, 4.5, 8.3], size=9)

# ---- comments (not part of the submission) ----
allp = doc.paragraphs
def find(txt):
    for p in allp:
        if txt in p.text:
            return p
    raise KeyError(txt)
p = find("does not ask participants for their disclosure")
doc.add_comment(p.runs, text="Northwold admissions say they would want to see each participant's CRB number at registration. Shall we add that here? RP", author="Ruth Pendle", initials="RP")
p = find("guidance for school sponsors is being written")
doc.add_comment(p.runs, text="HM drafting over Easter - two sides of A4.", author="Helen Marsh", initials="HM")
p = [q for q in nt.cell(0, 0).paragraphs if "Parts 1 to 4 are as sent" in q.text][0]
doc.add_comment(p.runs, text="Check the TDA are happy to receive the Review evidence in this form.", author="Ruth Pendle", initials="RP")

finish(doc, "gi-01-saxby-rose-review-evidence.docx")
