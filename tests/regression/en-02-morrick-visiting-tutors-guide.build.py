"""Build en-02-morrick-visiting-tutors-guide.docx.

Provider (invented): Isle of Morrick Council, a small island unitary council
off the north-west coast of England (population about 27,000; 17 schools, one
of them on the outlying islet of Holm). Its Children's Services Learning and
Inclusion Team runs the "Morrick SENCO Award" with the University of
Brantwick on the mainland, which validates it as a 60-credit Postgraduate
Certificate. Here the boat brings the tutors, not the teachers: six Study Days
in the Old Customs House Learning Centre in Kirkhaven, timed to the 07:30
sailing from Brantwick Quay and the 16:40 back; ten twilight Link Sessions by
video-conference; one Campus Day in Brantwick in June. June 2009.

Kind of document: "Coming Over", the Council's guide for the University's
tutors and other visiting contributors who cross to teach on the island,
third version, sent whole as the application under a boxed note to the panel.
Second person ("you" are the visiting tutor, "we" the island team), chatty
Heading 1 titles, practical detail (sailings, taxis, lunch, the quay gate),
with the programme carried incidentally and in Appendix A ("The Award at a
glance"), Appendix B (tasks and outcomes, for markers) and Appendix C (a
blank travel and subsistence claim).

Layout and Word features:
- Title page, a shaded one-cell box holding the note to the panel.
- Heading 1 chatty titles with typed numbers ("4. Getting here, and getting
  home"); bold run-in lead-ins.
- Tables: sailings, who's who (name / role / background), Study Day
  programme, Appendix B outcome table with merged group rows, Appendix C claim
  form with blank cells.
- Three VML text boxes ("Island tip", "When the boat doesn't sail", "What
  mainland tutors tell us surprised them").
- Page header and footer (version, PAGE field): never evidence.
- Tracked changes by the Programme Leader: a deleted sentence in Appendix A's
  T2 description (the pupil's views), a deleted Appendix B row (pupil
  involvement: whole row deletion with w:trPr/w:del), and an inserted sentence
  in section 14 (the Data Team's Impact Summary), which counts.
- Four Word comments (never evidence).

Traps (requirement ids):
- 1.5, 6.S7: the only consultation of pupils was the Youth Forum's afternoon
  on the old Morrick SENCO Course, and "The Youth Forum was wound up in
  2008" (past); the T2 sentence on the pupil's views and the Appendix B row
  for pupil involvement are deleted tracked changes. Not met.
- 2.2: "There is no starting audit this year" (negation; the pilot's audit
  was dropped). Not met.
- 1.3: the reading lists are those of the University's 2001 certificate and
  updating them "is on the Programme Team's list for summer 2010"; no
  research or inspection evidence named anywhere, only the 2008 SENCO
  regulations and a Link Session on "research and the SENCO" (partial).
- 5.3: met; Schools HR checks participants' CRB before a place is confirmed.
  Section 12 also describes the tutors' own CRB checks (right words, other
  people, but 5.3 is met anyway).
- 5.2: entry criteria and the head's nomination only, and "Nobody is turned
  away" (partial).
- 3.1: only the University's Learning Support Agreement for assessment
  ("You don't need to do anything else") and a lift (partial).
- 3.3: Link Sessions are live, but the forum on Morrick Online is
  unmoderated, "tutors don't read it", and tutors are not asked to answer
  e-mail between Study Days (partial).
- 5.5: specialist contributors on Study Days, but "There are no placements
  on the Award" (partial).
- 5.8: second marking of fails and borderlines only; how island scripts reach
  the external examiner is "still being agreed" (partial). A comment adds
  detail; comments are not evidence.
- 1.7, 6.S8: families appear only as a Study Day title and "Parents' views
  may be included in T2" (partial).
- 2.4: quality and progression, choice of enquiry focus, but no tailoring to
  assessed needs and nothing on cost (partial).
- 1.9, 6.0: award rule "pass T1, T2 and T3 and, unless on the
  assessment-only route, attend at least five of the six Study Days", with
  Appendix B's note that unmarked outcomes are covered
  "through the participant's journal and at tutorials" (partial).
- Appendix B per outcome: A3 and A7 "Not marked" (partial); K2 and S6 taught,
  "-" in the marked column (partial); S2b marked in T1 with nothing taught
  ("-" in taught column: partial); S8 as above (partial); no row for school
  self-evaluation (K7 not met); the pupil involvement row deleted (S7 not
  met).
- Met that may look like traps: 2.1 (APL and APEL, with the tutor's part in
  assessing claims); 2.3 (two assessment-only candidates in 2009-10); 2.5
  (the Next Year Plan on Study Day 6, discussed with the head); 5.9 (the
  Confidence Scale, T2 baselines, and the inserted Impact Summary); 6.S2d
  (access arrangements with the exams officer, assessed in T2).
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
OUT = HERE / "en-02-morrick-visiting-tutors-guide.docx"

AUTHOR = "Alasdair Keen"
DATE = "2009-06-03T10:12:00Z"
_ids = iter(range(100, 1000))

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(6)
for s in ("Heading 1", "Heading 2"):
    doc.styles[s].font.name = "Trebuchet MS"
    doc.styles[s].font.color.rgb = RGBColor(0x1F, 0x4E, 0x5F)
doc.styles["Heading 1"].font.size = Pt(15)
doc.styles["Heading 2"].font.size = Pt(12)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)


# ---------------------------------------------------------------- helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def P(text="", style=None, bold=False, italic=False, size=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def lead(lead_text, rest):
    p = doc.add_paragraph()
    p.add_run(lead_text + " ").bold = True
    p.add_run(rest)
    return p


def bullet(text, lead_text=None):
    p = doc.add_paragraph(style="List Bullet")
    if lead_text:
        p.add_run(lead_text + " ").bold = True
    p.add_run(text)
    return p


def H(text, level=1):
    return doc.add_heading(text, level=level)


def table(rows, widths=None, header_fill="D5E3E8", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if i == 0:
                r.bold = True
                shade(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def _run_xml(text, deleted=False, bold=False):
    tag = "w:delText" if deleted else "w:t"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<w:r {W}>{rpr}<{tag} xml:space="preserve">{esc}</{tag}></w:r>'


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def add_ins(p, text, author=AUTHOR, date=DATE):
    el = parse_xml(f'<w:ins {W} w:id="{next(_ids)}" w:author="{author}" w:date="{date}">'
                   + _run_xml(text) + "</w:ins>")
    p._p.append(el)
    return el


def add_del(p, text, author=AUTHOR, date=DATE):
    el = parse_xml(f'<w:del {W} w:id="{next(_ids)}" w:author="{author}" w:date="{date}">'
                   + _run_xml(text, deleted=True) + "</w:del>")
    p._p.append(el)
    return el


def delete_row(row, author=AUTHOR, date=DATE):
    """Mark a whole table row as deleted, and turn its text into deleted runs."""
    trPr = row._tr.get_or_add_trPr()
    d = OxmlElement("w:del")
    d.set(qn("w:id"), str(next(_ids)))
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    trPr.append(d)
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in list(p.runs):
                text = r.text
                sz = r.font.size
                r._r.getparent().remove(r._r)
                if not text:
                    continue
                el = add_del(p, text, author, date)
                if sz:
                    rr = el.find(qn("w:r"))
                    rpr = OxmlElement("w:rPr")
                    s = OxmlElement("w:sz")
                    s.set(qn("w:val"), str(int(sz.pt * 2)))
                    rpr.append(s)
                    rr.insert(0, rpr)


_shape_n = [0]


def text_box(title, paras, fill="#EAF2F4", height_pt=None):
    """An inline VML text box (Word 2003-style) in its own paragraph."""
    _shape_n[0] += 1
    inner = f'<w:p {W}><w:pPr><w:spacing w:after="60"/></w:pPr>' + _run_xml(title, bold=True) + "</w:p>"
    for t in paras:
        inner += f'<w:p {W}><w:pPr><w:spacing w:after="60"/></w:pPr>' + _run_xml(t) + "</w:p>"
    words = len(title.split()) + sum(len(t.split()) for t in paras)
    h = height_pt or (30 + 14 * (words // 11 + len(paras) + 1))
    xml = (
        f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        f'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
        f'o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="TextBox{_shape_n[0]}" o:spid="_x0000_s10{_shape_n[0]}" type="#_x0000_t202" '
        f'style="width:430pt;height:{h}pt" fillcolor="{fill}" strokecolor="#1F4E5F" strokeweight="1pt">'
        f'<v:textbox inset="8pt,6pt,8pt,6pt"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
        f'</v:shape></w:pict></w:r>'
    )
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def add_field(run, instr):
    for kind in ("begin", None, "separate", "t", "end"):
        if kind is None:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = instr
            run._r.append(it)
        elif kind == "t":
            t = OxmlElement("w:t")
            t.text = "1"
            run._r.append(t)
        else:
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), kind)
            run._r.append(f)


# ---------------------------------------------------------------- header / footer
hr = sec.header.paragraphs[0].add_run("Coming Over: a guide for visiting tutors  ·  Morrick SENCO Award 2009-10")
hr.font.size = Pt(8)
hr.italic = True
fp = sec.footer.paragraphs[0]
f1 = fp.add_run("Isle of Morrick Council, Learning and Inclusion Team  ·  Version 3, June 2009  ·  Page ")
f1.font.size = Pt(8)
f2 = fp.add_run()
f2.font.size = Pt(8)
add_field(f2, "PAGE")

# ---------------------------------------------------------------- title page
P("Isle of Morrick Council  ·  Children's Services", size=10)
P("")
t = P("Coming Over", bold=True, size=28)
P("A guide for University of Brantwick tutors and other visiting contributors teaching the Morrick SENCO Award",
  size=13)
P("Third version, for the 2009-10 cohort", italic=True)
P("Learning and Inclusion Team, Old Customs House Learning Centre, Quay Street, Kirkhaven, Isle of Morrick", size=9)
P("")
box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
c = box.cell(0, 0)
shade(c, "F2F2F2")
c.text = ""
c.paragraphs[0].add_run("A note for the approval panel").bold = True
for txt in (
    "The Council and the University of Brantwick are applying together for approval to run the Morrick SENCO "
    "Award as nationally accredited SENCO training. We have chosen to send you this guide rather than write "
    "something new. It is what we give every tutor, psychologist, therapist and adviser who comes over to teach "
    "on the Award, and we think it shows more honestly than a formal statement how the Award actually runs on an "
    "island of 27,000 people with no university, one special school and a ferry that does not always sail.",
    "It is written for tutors, so it says \"you\" to them and \"we\" for the island team. The programme itself is "
    "summarised in Appendix A, and Appendix B is the table our markers use to see which outcomes each task "
    "assesses. Version 3 carries the Programme Leader's last edits and comments from June; we have left them "
    "visible so that you can see what changed.",
    "Fiona Renwick, Head of Learning and Inclusion, and Dr Alasdair Keen, Programme Leader, University of "
    "Brantwick. June 2009.",
):
    p = c.add_paragraph(txt)
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------------------------------------------------------- welcome
H("Welcome")
P("Thank you for coming over. Most of the people who teach on the Morrick SENCO Award have never worked on an "
  "island before, and the first crossing is usually the one where something goes wrong: the wrong quay, the "
  "taxi that was booked for the following Tuesday, the lunch nobody ordered. This guide is meant to stop that "
  "happening, and to tell you what the island team will do for you and what we need from you in return.")
P("It is also meant to give you a sense of who you will be teaching. Morrick's SENCOs are experienced and "
  "resourceful teachers, but many of them are the only person in their school with any responsibility for SEN, "
  "and several teach a full timetable as well. They cannot pop out to a specialist centre or phone a colleague "
  "down the road. A good deal of what you teach will be tested against the question \"how would that work "
  "here?\", and you will usually learn as much from the answer as they do.")
P("If anything in the guide is wrong or out of date, please tell Lorna Fell, the Island Coordinator, who keeps it.")

# ---------------------------------------------------------------- 1
H("1. Morrick in a page")
P("The Isle of Morrick lies 23 miles off the coast, a crossing of about 1 hour 50 minutes from Brantwick Quay. "
  "About 27,000 people live here, a third of them in Kirkhaven, the only town. The Council is a unitary "
  "authority: the same Children's Services directorate runs schools, social care and the youth service, and the "
  "primary care trust's children's services share our building.")
P("There are 17 schools: 13 primary schools (the smallest, Holm Primary on the islet of Holm, has 11 pupils and "
  "is reached by the Council's launch); two secondary schools, Kirkhaven High School and Westshore School; "
  "Seaward School, the island's special school for 52 pupils aged 3 to 19; and the Harbour Project, our "
  "short-stay centre for pupils out of school. About 2.9% of pupils have a statement and about 17% are at "
  "School Action or School Action Plus, both a little above the national figures.")
P("Specialist services are small. The island has 1.6 educational psychologists, one teacher of the deaf who also "
  "covers visual impairment, an autism outreach teacher based at Seaward, and a children's speech and language "
  "therapy team of three. Anything more specialist comes over from the mainland, usually for a day at a time.")

text_box("Island tip", [
    "The 16:40 sailing leaves at 16:40. The quay gate shuts ten minutes before, and the crew will not reopen it "
    "for a lecturer with a laptop bag. Study Days finish at 16:00 for that reason, and the Customs House is a "
    "five-minute walk from the gate.",
])

# ---------------------------------------------------------------- 2
H("2. Why the Award is built the way it is")
P("The Award replaced two things: the Council's own Morrick SENCO Course, a six-day unaccredited course we ran "
  "from 2003 to 2008, and an unaccredited pilot of this Award with seven SENCOs in 2008-09. Its shape comes from "
  "what the island told us in 2008 and from what the pilot taught us.")
lead("What schools told us.", "In March 2008 the Learning and Inclusion Team asked every headteacher and SENCO "
     "what a SENCO qualification would have to look like to be workable here. All 17 schools replied. The "
     "answers were consistent: no more than one day a month out of school; no overnight stays for teachers "
     "with families; teaching on the island, because a day on the mainland costs a school two days' cover in "
     "winter when the boat is unreliable; and work that helps the school, not an essay for its own sake. "
     "SENCOs most wanted help with provision mapping, managing teaching assistants and getting the most from "
     "visiting specialists. Heads most wanted their SENCOs able to lead colleagues.")
lead("What the SENCO network and parents told us.", "The island SENCO network discussed a draft outline at two "
     "meetings in spring 2008, and Kath Sayle, the Parent Partnership Officer, took it to the Morrick Parents' "
     "Forum. Parents wanted SENCOs who explain decisions and keep in touch between reviews.")
lead("What changed because of it.", "The University had proposed eight days on its campus. Instead, tutors "
     "come to the island for six Study Days, and the rest of the teaching happens by video-conference in "
     "twilight Link Sessions, so that no teacher crosses more than once (for the Campus Day in June). Provision "
     "mapping and the deployment of support staff became the spine of Unit C. The visiting specialists now "
     "teach on Study Day 4 and bring a case with them. All three tasks are set in the participant's own school.")
lead("What the pilot changed.", "The seven pilot SENCOs asked for the Link Sessions to be recorded, because "
     "a bad link on a wet Thursday meant a lost session. They are now. They also found the first Study Day too "
     "crowded, which is one reason the starting audit was dropped (section 8).")

# ---------------------------------------------------------------- 3
H("3. The Award in brief")
P("The Award is validated by the University of Brantwick as a Postgraduate Certificate in Special Educational "
  "Needs Coordination, worth 60 credits at master's level (M level). It was approved by the University's "
  "Academic Board in March 2009. There are three units of 20 credits, each with one assessed task:")
bullet("Law, Policy and the SENCO; assessed by T1, the School SEN Review.", "Unit A:")
bullet("Learners and Learning; assessed by T2, the Learner Enquiry.", "Unit B:")
bullet("Leading Change; assessed by T3, the Leading Change Project and its presentation.", "Unit C:")
P("Most participants start in September and finish the following July. There is a second start in April for "
  "SENCOs appointed mid-year, who take Unit A over the summer term by Link Session and recorded material and "
  "join the September group for Study Days. After Unit A, Units B and C can be taken in either order, and any "
  "participant can spread the Award over two years. Every Study Day session is recorded and put on Morrick "
  "Online, and Link Sessions can be joined from the Customs House or from Westshore School, whichever is "
  "nearer. Full details, including the award rule, are in Appendix A.")

# ---------------------------------------------------------------- 4
H("4. Getting here, and getting home")
P("The Council's travel desk books your crossing, your taxi on the island and, where you need one, a room at the "
  "Harbour Inn. Please send Lorna your dates at least three weeks ahead; foot passenger places are rarely a "
  "problem, but vehicle places in summer are. You do not need to bring a car.")
table([
    ("Sailing", "Summer timetable (April to October)", "Winter timetable (November to March)"),
    ("Brantwick Quay to Kirkhaven", "dep 07:30, arr 09:20", "dep 08:15, arr 10:05"),
    ("Kirkhaven to Brantwick Quay", "dep 16:40, arr 18:30", "dep 15:30, arr 17:20"),
    ("Study Day on the island", "09:45 to 16:00", "Two-day block: 10:30 day 1 to 14:45 day 2, overnight at the Harbour Inn"),
], widths=[4.2, 5.6, 6.6])
P("")
text_box("When the boat doesn't sail", [
    "The ferry company decides by 06:30 whether the first sailing will go. Lorna checks at 06:30 and phones or "
    "texts you by 06:45. If it is cancelled, the Study Day runs on the same date by video-conference from the "
    "University's studio in Brantwick to the Customs House, where Lorna hosts the group. Any practical activity "
    "planned for the day moves to the next Study Day.",
    "If the return sailing is cancelled, the Council pays for your night at the Harbour Inn and for the next "
    "sailing. Please do not try to charter a boat; it has been tried.",
])
P("Claims for travel and subsistence go on the form in Appendix C. The University pays your fee; the Council "
  "pays your crossing, taxis, accommodation and meals on the island.")

# ---------------------------------------------------------------- 5
H("5. Where you'll teach")
P("Study Days are held at the Old Customs House Learning Centre on Quay Street, the Council's teachers' centre. "
  "The teaching room seats 24 and has a projector, an interactive whiteboard and wireless internet. The "
  "video-conference room next door is linked to the University's studio and to the units at Kirkhaven High and "
  "Westshore schools. There is a lift to the first floor, and an accessible toilet on each floor.")
P("On the ground floor is the island's SEN Library, run by the Learning and Inclusion Team: about 1,400 books, "
  "the standardised tests the island's schools are licensed to use, and the assistive technology loan bank "
  "(text-to-speech and predictive software, talking word processors, visualisers, radio aids for trial). "
  "Participants borrow from it in person or by the schools' internal post, and the loan bank's technician will "
  "demonstrate anything on a Study Day if you ask Lorna a week ahead. Participants are registered students of "
  "the University, so they also have remote access to its library's electronic journals and e-books, and the "
  "library posts books to them free of charge with a pre-paid return label.")
P("Reading lists. The unit reading lists in the Unit Guides are still those of the University's Certificate in "
  "Special Needs Coordination of 2001. Updating them is on the Programme Team's list for summer 2010; until "
  "then please feel free to point participants to anything newer that you use yourself.")

# ---------------------------------------------------------------- 6
H("6. Who's who")
table([
    ("Name", "Role on the Award", "Background"),
    ("Dr Alasdair Keen", "Programme Leader (University); teaches Unit A; second marker for all units",
     "Senior Lecturer in Inclusive Education; SENCO in two Brantwick primary schools for nine years; doctorate "
     "on the SENCO's role in small schools; member of nasen's regional committee."),
    ("Sue Ormerod", "Unit B tutor (University)",
     "MA in Special Educational Needs; specialist teacher qualification in specific learning difficulties; "
     "twelve years as a specialist teacher in a mainland learning support service."),
    ("Dr Tom Hesketh", "Unit C tutor (University)",
     "Former headteacher of a large primary school; EdD on leading change in schools; trains school leaders on "
     "the University's NPQH preparation programme."),
    ("Fiona Renwick", "Head of Learning and Inclusion (Council); chairs the Review Group",
     "Former SENCO and deputy head; MEd in inclusive education."),
    ("Lorna Fell", "Island Coordinator (Council, 0.4 FTE); hosts every Study Day and VC day; mentors' first contact",
     "SENCO at Kirkhaven High School for eight years; Postgraduate Diploma in SEN (2005); associate tutor of "
     "the University since January 2009."),
    ("Dr Anna Crellin", "Senior Educational Psychologist; teaches on Study Day 4",
     "Fourteen years as an EP, the last six on Morrick."),
    ("Mairi Gillespie", "Lead speech and language therapist (primary care trust); teaches on Study Day 4",
     "Leads the island's children's SLT team."),
    ("Paul Kinvig", "Sensory support teacher; teaches on Study Day 4", "Qualified teacher of the deaf; also "
     "holds the mandatory qualification for visual impairment."),
    ("Jo Brew", "Autism outreach teacher, Seaward School; teaches on Study Day 2",
     "Ten years in autism education on the island and in Brantwick."),
    ("Kath Sayle", "Parent Partnership Officer; member of the Review Group", ""),
], widths=[3.1, 5.6, 7.7])
P("")
P("Tutors keep up to date in the usual ways: the University expects each of its staff to attend at least one "
  "national SEN conference a year and to take part in its inclusion research group, and the island "
  "contributors have their own services' professional development.")

# ---------------------------------------------------------------- 7
H("7. What we ask of you")
P("Your part depends on your role, but for a University unit tutor it is usually this:")
bullet("plan and teach your unit's Study Day sessions and Link Sessions, and put your materials on Morrick "
       "Online a week before each Study Day;")
bullet("give each participant two tutorials during your unit, both on Study Days (we timetable twenty minutes "
       "for each in the afternoon);")
bullet("mark your unit's task and return it with written feedback within 20 working days (section 13);")
bullet("write a short unit report for the Review Group in June (section 14).")
P("Visiting specialists (the psychologist, therapists and advisory teachers) teach one session each and bring a "
  "real, anonymised case. They do not mark.")
lead("Tutor briefing.", "Everyone who teaches on the Award comes to a tutor briefing day in September, held at "
     "the University with the island contributors joining by video-conference. It goes through the programme, "
     "this guide, the tasks and their marking criteria, and each contributor's part, and it is where the marking "
     "team agrees how the criteria will be read. New contributors who join later have a one-hour briefing with "
     "Alasdair or Lorna before they teach.")
lead("School mentors.", "Each participant has a school mentor, usually the headteacher or a deputy, who agrees "
     "the focus of each task, makes sure the participant can get at the school's data and colleagues, and meets "
     "them at least twice a term. Mentors come to a two-hour briefing on the afternoon of Study Day 1, where "
     "Lorna takes them through the Mentor Notes and the tasks, and Lorna visits each mentor in school during the "
     "autumn term. If you think a mentor is not doing their part, tell Lorna rather than the participant.")

# ---------------------------------------------------------------- 8
H("8. The people you'll be teaching")
P("The 2009-10 group has ten participants: seven primary SENCOs (two of them also headteachers), the SENCOs of "
  "both secondary schools, and a teacher from the Harbour Project.")
lead("Who gets a place.", "Everyone you will meet has qualified teacher status, is their school's SENCO or has "
     "been named by the governors to become SENCO within the year, and has been nominated by their headteacher, "
     "who agrees to release them for the Study Days and the Campus Day. Nobody is turned away; in a school of "
     "40 pupils there is no one else to send, and we would rather a new SENCO joined and needed extra help than "
     "waited another year.")
lead("Checks.", "Before a place is confirmed, the Council's Schools HR team checks the date and level of each "
     "participant's enhanced CRB disclosure against the school's single central record and its own files, and "
     "checks that the teacher is not barred from work with children. A participant whose disclosure is not held "
     "or is more than three years old is asked to apply for a new one, and the place is not confirmed until it "
     "has been seen. You do not need to ask participants about this.")
lead("Where they start from.", "There is no starting audit this year. The 2008-09 pilot asked each SENCO to rate "
     "themselves against every outcome before the course; it took most of the first Study Day and the pilot "
     "group said it told them nothing they did not already know, so the Review Group agreed to drop it. What "
     "you will have instead is a one-page \"About me\" sheet from each participant (school, years in the role, "
     "earlier courses) and the focus they have chosen for their Learner Enquiry.")
lead("Credit for earlier study and experience.", "Under the University's regulations a participant can claim up to "
     "20 credits (one unit) for earlier learning: either for certificated study at master's level, or for "
     "experience, through a written claim that maps their experience to the unit's outcomes with evidence from "
     "their work. If you are a unit tutor you may be asked to assess an experience claim against your unit's "
     "outcomes. Alasdair sends you the claim; your recommendation goes to the University's Accreditation of "
     "Prior Learning panel, which decides. Two of this year's group have claims in for Unit A.")
lead("Assessment-only candidates.", "In exceptional cases an experienced teacher who already seems to meet every "
     "outcome can be assessed without being taught. This year there are two: an advisory teacher from the "
     "Sensory Support team and the deputy head of Seaward School. They attend no Study Days. Each has up to two "
     "tutorials with Alasdair, submits T1, T2 and T3 in one window, and gives the T3 presentation at the Campus "
     "Day. Their work is marked and second-marked in exactly the same way as everyone else's, and they must meet "
     "every outcome to be awarded.")

# ---------------------------------------------------------------- 9
H("9. Teaching between the boats: Link Sessions and Morrick Online")
P("There are ten Link Sessions a year, on Thursdays from 16:15 to 17:30, broadcast from the University's "
  "studio to the Customs House and to Westshore School. They are live, and participants can put questions to "
  "you through the room microphones, so please leave at least fifteen minutes for discussion. Every session is "
  "recorded and is on Morrick Online by the following Monday.")
lp = P("Morrick Online is the Council's learning platform (Moodle), which all island schools already use. The "
       "Award has its own area with each unit's materials, the recordings, the task briefs and a discussion forum. "
       "The forum is the participants' own space: it is not moderated and tutors don't read it. You will not be "
       "asked to answer e-mail from participants between Study Days; participants take questions to Lorna, who "
       "collects them and passes them to you for the next Link Session or Study Day.")
doc.add_comment(lp.runs[0], text="Do we want to promise that tutors will answer forum posts? Several pilot "
                "SENCOs asked for it. FR", author="Fiona Renwick", initials="FR")
P("Participants also meet in two study groups (north and south of the island) once a month in the evening, "
  "organised by themselves.")

# ---------------------------------------------------------------- 10
H("10. In schools")
P("Every Study Day except the first includes a visit. In the morning the group goes to a host school (Seaward, "
  "Kirkhaven High's Learning Base, or one of the larger primary schools) to see a piece of provision that links "
  "to the day's theme, and the afternoon session starts from what they saw. The hosts are briefed by Lorna "
  "beforehand and agree what the group will see.")
P("All three tasks are carried out in the participant's own school. T1 reviews the school's SEN policy and "
  "provision against the law; T2 is an enquiry into provision for one pupil or a small group; T3 is a change "
  "the participant leads with colleagues. The tasks are designed so that the school gets something it can use: "
  "a revised policy, a better intervention, a provision map.")
P("There are no placements on the Award. Seaward is the only special school on the island and cannot take "
  "visiting teachers for longer than a morning in term time, and no island school can spare its SENCO for a "
  "placement on the mainland. The specialists who teach on Study Day 4 are the participants' main contact with "
  "specialist expertise, together with the Seaward outreach staff on Study Day 2.")

# ---------------------------------------------------------------- 11
H("11. Access and adjustments")
P("If a participant has told the University about a disability, the University's Student Support service will "
  "send you a Learning Support Agreement before your unit starts. Most ask for extra time on assignments or "
  "for materials in large print or electronic form. You don't need to do anything else.")
P("The Customs House has a lift, and the video-conference room is on the ground floor.")

text_box("What mainland tutors tell us surprised them", [
    "That everyone knows everyone. The pupil in a participant's case study may be the grandchild of the "
    "taxi driver. Please keep names and identifying details out of everything you say outside the teaching "
    "room, including in the Harbour Inn bar.",
    "That the island's SENCOs know their external services personally, and that this cuts both ways.",
    "That \"the mainland\" is not a compliment.",
])

# ---------------------------------------------------------------- 12
H("12. Being a visitor in island schools")
P("The University checks that every tutor it sends to the island holds a current enhanced CRB disclosure and "
  "sends the list to the Council's Safeguarding in Education Officer before the first Study Day. Island "
  "contributors are checked by their own employers. In schools, sign in, wear your visitor badge and follow the "
  "school's own procedures. If anything you see or hear raises a concern about a child, tell the school's "
  "designated person straight away and let Lorna know the same day; the island's safeguarding procedures are "
  "those of the Morrick Local Safeguarding Children Board.")

# ---------------------------------------------------------------- 13
H("13. Marking, second marking and the external examiner")
P("You mark your own unit's task against the University's Level 7 criteria and the task's own marking grid; "
  "the pass mark is 50%. Please return marked work to Lorna, with written feedback, within 20 working days.")
mp = P("Alasdair second-marks every fail and every script within five marks of the pass mark. How island scripts "
       "will reach the University's external examiner is still being agreed with the University's Registry, so "
       "please keep every script and your marking notes until you hear from him.")
doc.add_comment(mp.runs[0], text="Registry haven't said whether the island scripts go into the University-wide "
                "sample for the external examiner or need their own. Chasing. AK", author=AUTHOR, initials="AK")

# ---------------------------------------------------------------- 14
H("14. How we find out whether it's working")
P("We collect evidence in five ways, and it comes together at the Review Group each June.")
bullet("at the end of every Study Day and the Campus Day, on a one-page form; Lorna types up the results within "
       "a week and sends them to the tutors who taught that day.", "Participants' evaluations,")
bullet("at the end of each unit (yours, for the Review Group): what worked, what didn't, what you would change.",
       "Tutors' unit reports,")
cp = bullet("Each participant marks a twelve-item Confidence Scale on Study Day 1 and again on Study Day 6, and "
            "their mentor marks the same scale for them. The change is reported for the group and for each "
            "participant.", "Participants' confidence and competence.")
ip = bullet("Every T2 includes baseline and end measures for the pupil or pupils in the enquiry (reading or "
            "spelling ages, P-scale or National Curriculum levels, attendance, behaviour logs, or a well-being "
            "scale). ", "Pupils' progress.")
add_ins(ip, "The Council's Data Team collects these from every T2, adds them to the school's own tracking for the "
            "same pupils a year later, and reports both in an Impact Summary to the Review Group each September.")
bullet("The University's external examiner reports each year, and the Award is part of the University's annual "
       "monitoring of its programmes.", "External scrutiny.")
P("The Review Group is chaired by Fiona Renwick and includes Alasdair, Lorna, two headteachers chosen by the "
  "island's heads, the chair of the SENCO network, Kath Sayle for the Parent Partnership service, and a former "
  "participant. It reads the evaluations, the unit reports, the Impact Summary and the external examiner's "
  "report, and agrees the changes for the next year, which go into the University's annual monitoring report "
  "and a short report to the Morrick Children's Trust Board. Last year's changes (recorded Link Sessions, "
  "specialists on one day, the dropped audit) all came from this route.")

# ---------------------------------------------------------------- 15
H("15. The last Study Day")
P("Study Day 6 (in May) ends the taught programme with a session called Next Steps. Each participant drafts a "
  "Next Year Plan: two or three targets for their own development as a SENCO, what they will need to reach them, "
  "and who will help. The Unit C tutor reads the drafts and comments on them. The participant then discusses the "
  "plan with their headteacher at their performance management review, and sends a copy to Fiona Renwick, who "
  "picks up the themes at the SENCO network the following term. Alasdair also explains how the 60 credits can "
  "count towards the University's MA in Education.")
P("The Youth Forum used to run an afternoon on the old Morrick SENCO Course on how to listen to pupils. The Youth "
  "Forum was wound up in 2008, and we have not found a replacement.")

# ---------------------------------------------------------------- Appendix A
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
H("Appendix A. The Award at a glance")
lead("Aims.", "The Award aims to improve the achievement and well-being of children and young people with SEN "
     "and/or disabilities in Morrick schools, in all five of the Every Child Matters outcomes: being healthy, "
     "staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. It "
     "does this by developing the knowledge, skills and standing of the teachers who lead SEN provision in those "
     "schools, so that they can lead colleagues, work with families and services, and make a measurable "
     "difference to the pupils they are responsible for.")
lead("Objectives.", "By the end of the Award each participant will have reviewed their school's SEN policy and "
     "provision against the law and agreed changes with the head (T1); planned, run and evaluated an "
     "intervention with targets for both attainment and well-being (T2); and led a change in provision with "
     "colleagues and shown its effect (T3).")
lead("Validation.", "University of Brantwick, Postgraduate Certificate in Special Educational Needs Coordination, "
     "60 credits at M level, approved by the Academic Board in March 2009.")
H("Study Days, Link Sessions and the Campus Day", 2)
table([
    ("When", "What", "Content"),
    ("SD1, Sept", "Study Day 1 (Unit A)", "The SENCO's role; SEN law and the Code of Practice 2001; the SENCO "
     "regulations 2008; the Disability Discrimination Act and the school's disability equality duty; mentor "
     "briefing in the afternoon."),
    ("SD2, Oct", "Study Day 2 (Unit B)", "How children develop and what affects development; the main kinds of "
     "need (behavioural, emotional and social, specific learning difficulties including dyslexia, speech, "
     "language and communication, autism, moderate learning difficulties); visit to Seaward."),
    ("SD3, Nov", "Study Day 3 (Unit B)", "Learners, families and teaching: identifying needs from observation, "
     "data and assessment; targets; planning interventions; approaches and resources including ICT (with the "
     "loan bank)."),
    ("SD4, Jan", "Study Day 4 (Unit B)", "Working with other services: the educational psychologist, speech and "
     "language therapy and sensory support each bring a case; using their assessments in teaching; voluntary "
     "organisations on and off the island."),
    ("SD5, Mar", "Study Day 5 (Unit C)", "Provision mapping; deploying and managing teaching assistants; the SENCO "
     "with the head, senior staff and governors: policy, priorities and budgets; solving problems and deciding "
     "on provision."),
    ("SD6, May", "Study Day 6 (Unit C)", "Developing colleagues: observation, feedback and coaching; reviewing "
     "provision with colleagues; Next Steps."),
    ("LS1-LS10", "Link Sessions (Thursdays)", "LS1 Every Child Matters and the SENCO; LS2 planning the SENCO's "
     "year; LS3 research and the SENCO; LS4-6 the main kinds of need in more depth; LS7 access arrangements for "
     "tests and examinations, with the examinations officer of Kirkhaven High; LS8 formative assessment with "
     "colleagues; LS9-10 task surgeries."),
    ("June", "Campus Day, Brantwick", "T3 presentations; library induction for the next cohort; celebration."),
], widths=[2.2, 3.6, 10.6])
P("")
H("The tasks", 2)
lead("T1 School SEN Review (Unit A, 4,000 words).", "A review of the school's SEN policy and provision against "
     "the SEN Code of Practice, the Disability Discrimination Act and the school's own data, including a "
     "current provision map and an analysis of the school's end of key stage results and other summative data "
     "for pupils with SEN, ending in an action plan agreed with the headteacher.")
t2p = doc.add_paragraph()
t2p.add_run("T2 Learner Enquiry (Unit B, 5,000 words with a data appendix). ").bold = True
t2p.add_run("An enquiry into provision for one pupil or a small group: gathering and using assessments from "
            "other professionals, setting targets for attainment and well-being, planning and running an "
            "intervention with baseline and end measures, and evaluating it. Section 4 of the enquiry sets out any "
            "access arrangements the pupil needs for tests and examinations and how they were put in place. "
            "Parents' views may be included in T2. ")
add_del(t2p, "The participant also asks the pupil, using a structured interview or a picture-based method, what "
             "is helping and what is not, and shows how the pupil's views changed the plan.")
doc.add_comment(t2p.runs[1], text="Taken out after Seaward's head said this duplicates the annual review. "
                "Revisit for 2010? AK", author=AUTHOR, initials="AK")
lead("T3 Leading Change Project (Unit C, 4,000 words and a 20-minute presentation).", "A change in provision led "
     "by the participant with colleagues: for example a new provision map and the redeployment of teaching "
     "assistants that follows from it, or a programme of coaching for colleagues on formative assessment. It "
     "includes a paper to the senior leadership team or governors, a record of coaching or observation and "
     "feedback with at least one colleague, and an evaluation of the change. It is presented at the Campus Day "
     "to a panel of a University tutor, Lorna and a headteacher, who question the participant on the decisions "
     "they made.")
lead("Award rule.", "To be awarded the Postgraduate Certificate, a participant must pass T1, T2 and T3 and, "
     "unless on the assessment-only route, attend at least five of the six Study Days. The University's Board of Examiners confirms all awards in July.")

# ---------------------------------------------------------------- Appendix B
H("Appendix B. Tasks and outcomes, for markers")
P("This is the table markers use. The left-hand column gives the national minimum outcomes in our own short "
  "words. Outcomes shown as not marked are covered through the participant's journal and at tutorials.")
groups = [
    ("Attributes", [
        ("Builds fair, respectful relationships with pupils with SEN and their families", "Unit B; SD3", "T2",
         "Look for the pupil and family in the enquiry, not only the data."),
        ("Wins the backing of the head, senior staff and colleagues", "Unit C; SD5", "T3 (paper and presentation)", ""),
        ("Plans their own workload, prioritises and delegates", "LS2", "Not marked",
         "Planning journal, looked at in tutorials."),
        ("Sees problems coming, solves them and makes sound decisions about provision", "Unit C; SD5",
         "T3 (presentation questions)", ""),
        ("Speaks and writes clearly; listens to others", "Throughout", "T1, T2, T3", ""),
        ("Uses research and outside advice to improve practice", "LS3; Unit C", "T1; T3", ""),
        ("Keeps up to date and takes charge of their own CPD", "SD6 (Next Steps)", "Not marked", "Next Year Plan."),
    ]),
    ("Knowing", [
        ("SEN law and the Code of Practice, and what they mean in school", "Unit A; SD1", "T1", ""),
        ("Every Child Matters and the SENCO's part", "LS1", "-", "Covered in the Link Session; not part of a task."),
        ("Disability equality law and what it requires", "Unit A; SD1", "T1", ""),
        ("How children develop and what affects development", "Unit B; SD2", "T2", ""),
        ("The main kinds of SEN and disability and how they affect learning", "Unit B; SD2; LS4-6", "T2", ""),
        ("Approaches, strategies and resources, including ICT", "Unit B; SD3", "T2", ""),
        ("Best practice and research on meeting SEN", "Units A-C", "T1; T2; T3", ""),
        ("What outside agencies do and how to get their help", "Unit B; SD4", "T2", ""),
    ]),
    ("Doing", [
        ("Shapes the school's inclusive ethos, policies and resources with senior staff and governors",
         "Unit C; SD5", "T3 (paper)", ""),
        ("Identifies needs, sets targets, plans interventions, reviews progress", "Unit B; SD3", "T2", ""),
        ("Uses other professionals' assessments in teaching", "Unit B; SD4", "T2", ""),
        ("Uses test results and summative data to track progress", "-", "T1 (school data section)", ""),
        ("Helps colleagues develop formative assessment", "LS8; Unit C", "T3 (coaching record)", ""),
        ("Spots and arranges access arrangements for tests and examinations", "LS7", "T2 (section 4)", ""),
        ("Uses provision mapping; finds missing or weak provision", "Unit C; SD5", "T1; T3", ""),
        ("Deploys and manages support staff", "Unit C; SD5", "T3", ""),
        ("Develops colleagues: observation, feedback, coaching, training", "Unit C; SD6", "T3 (coaching record)", ""),
        ("Reviews provision with colleagues to feed self-evaluation", "Unit C; SD6", "-",
         "Discussed on Study Day 6; no task."),
        ("DELETED_ROW", "", "", ""),
        ("Works with parents and carers", "SD3", "-", "Parents' views may be included in T2."),
        ("Works with other services and voluntary organisations", "Unit B; SD4", "T2", ""),
    ]),
]
deleted_row_text = ("Involves pupils in planning and reviewing their provision", "Unit B; SD3", "T2",
                    "The pupil interview in T2.")
n = 1 + sum(1 + len(g[1]) for g in groups)
tb = doc.add_table(rows=n, cols=4)
tb.style = "Table Grid"
for j, h in enumerate(("Outcome (our words)", "Where it's taught", "Where it's marked", "Notes for markers")):
    cc = tb.cell(0, j)
    cc.text = ""
    r = cc.paragraphs[0].add_run(h)
    r.bold = True
    r.font.size = Pt(9)
    shade(cc, "D5E3E8")
ri = 1
row_to_delete = None
for gname, items in groups:
    m = tb.cell(ri, 0).merge(tb.cell(ri, 3))
    m.text = ""
    r = m.paragraphs[0].add_run(gname)
    r.bold = True
    r.font.size = Pt(9)
    shade(m, "EEF4F6")
    ri += 1
    for item in items:
        vals = deleted_row_text if item[0] == "DELETED_ROW" else item
        for j, val in enumerate(vals):
            cc = tb.cell(ri, j)
            cc.text = ""
            cc.paragraphs[0].add_run(val).font.size = Pt(9)
        if item[0] == "DELETED_ROW":
            row_to_delete = tb.rows[ri]
        ri += 1
for row in tb.rows:
    for j, w in enumerate((6.2, 3.2, 3.4, 3.6)):
        row.cells[j].width = Cm(w)
delete_row(row_to_delete)
P("")

# ---------------------------------------------------------------- Appendix C
H("Appendix C. Travel and subsistence claim (visiting contributors)")
P("Send to Lorna Fell at the Customs House within one month of the visit, with receipts. The Council pays by "
  "BACS within 30 days.", italic=True, size=9)
table([
    ("Name", "", "Organisation", ""),
    ("Date(s) of visit", "", "Study Day / session", ""),
    ("Crossing (booked by Council: tick)", "☐", "Taxi (booked by Council: tick)", "☐"),
    ("Other travel (£)", "", "Meals (£, max £18 per day)", ""),
    ("Accommodation (booked by Council: tick)", "☐", "Total claimed (£)", ""),
    ("Signature", "", "Authorised (Council)", ""),
], widths=[4.4, 3.8, 4.4, 3.8])

# a comment on the sailing table heading
doc.add_comment(doc.paragraphs[[i for i, p in enumerate(doc.paragraphs)
                                if p.text.startswith("The Council's travel desk books")][0]].runs[0],
                text="Winter timetable starts 26 October this year, not 1 November. Check the SD2 date. LF",
                author="Lorna Fell", initials="LF")

# comments were made in June 2009
for i, c in enumerate(doc.comments):
    c._comment_elm.set(qn("w:date"), f"2009-06-0{3 + i % 4}T1{i}:20:00Z")

doc.save(OUT)
print("wrote", OUT)
