"""Build ee-01-caddonvale-access-statement.docx (blind test application).

KIND OF DOCUMENT
  An ACCESS STATEMENT: the document a disability-aware service publishes so
  that a disabled (or any) person can judge in advance, from measurements,
  names and times rather than promises, whether a service will work for them.
  Visitor venues publish them; this sensory support service writes one for
  its SENCO course and sends it, with a short panel note and an outcome
  appendix, as its application. It follows the participant's journey:
  finding out, applying, before the course, getting there (venue access
  tables with tick and cross cells), study days, between study days, in
  school and on visits, assessment, after the award, "your views", "what we
  cannot offer yet", people and quality, and an appendix "What you will
  learn and where it counts". Second person throughout ("you", "we").

PROVIDER (invented)
  Caddonvale Sensory Consortium: the joint service for children and young
  people with hearing and visual impairment of four local authorities
  (Caddonvale County Council, the host and employer; Harlby City Council;
  Wenmouth Borough Council; Brenley Moor Borough Council), overseen by a
  Joint Committee. With the University of Ambersham School of Education,
  which validated and awards the Postgraduate Certificate (National Award for
  SEN Coordination), 60 credits at Level 7: ESN701 The SENCO, the Law and the
  Child (Task 1 40%, Task 2 60%) and ESN702 Leading Provision in School
  (Task 3). People: Helen Marchbank (Head of Service), Dr Priya Anand
  (University programme leader), Sarah Okafor (QTVI), Tom Reddaway (ToD,
  educational audiologist), Dr Fiona Castell (EP), Mark Leyland (casework),
  Gwen Ashby (former SENCO), Dr Lewis Hartigan (University, SpLD/ASD),
  Professor Alan Brierley (external examiner, University of Hatherton).
  April 2009, version 1.2.

LAYOUT
  Heading 1 "Part N" titles and Heading 2 sub-titles in the service's own
  words (never criterion numbers). A "Note for the TDA approval panel" and
  two "Tell us early" panels and a "Our own quality" panel are real Word
  TEXT BOXES (wps shape inside mc:AlternateContent with a VML fallback
  carrying the same text). Venue access tables (feature by venue, cells
  starting with a tick or a cross). A study-day table (day, September
  cohort dates, January cohort dates, content, lead). A staff table. The
  appendix is a four-column table (our short wording of each national
  outcome, where you learn it, where it counts toward the award, access
  note) with merged group rows. Page header and footer (never evidence: the
  footer's Investors in People / Quality Standards line is decoration).

TRAPS (requirement ids affected)
  - 1.1  partially_met. The stated aim (Part 1, "What the Award is for") is
         access and participation, not raising achievement or well-being;
         Task 2 measures attainment only; the five ECM outcomes are a Day 1
         topic and an element of Task 1.
  - 2.1  partially_met. APCL of up to 30 credits for earlier Level 7 study;
         "The University's regulations do not allow credit for experience
         alone": experience is only taken into account through the audit.
  - 2.3  not_met. Part 11: the University's regulations do not permit an
         assessment-only route "and we will not be offering one in 2009-10"
         (negation, with the request noted).
  - 2.5  not_met. Part 9: "We do not set or discuss further targets with
         you"; left to the head's performance management; progression to an
         MA is further study, not professional targets; the follow-up day is
         only wished for (Part 11).
  - 3.3  met. CSC Learn: tutor forum read twice weekly, three-day reply,
         fortnightly captioned online drop-in, study-buddy pairs, mentor and
         head area.
  - 4.3  partially_met. Stakeholders deliver (guest speakers, visit hosts,
         Parent Partnership) and one participant representative sits on the
         Programme Committee, but heads and parents helping judge the course
         is only hoped for: "we have not yet decided how".
  - 5.3  not_met. "We do not check participants' CRB disclosures" (Part 2);
         the enhanced disclosures described are the Consortium's own staff
         and drivers (wrong people).
  - 5.7  partially_met. Tutors standardise and use a Tutor Handbook; mentors
         get only a 12-page guide, "We are not able to offer mentor training
         sessions in 2009-10".
  - 5.9  partially_met. Confidence re-rated on Day 10 against the Starting
         Point; Task 2 pupil attainment before and after, but "we do not
         collect these figures across the cohort".
  - 6.0, 1.9  partially_met. The panel note and the appendix claim every
         outcome "is taught and counts toward the Award" (blanket claim);
         award = pass the three tasks, but the appendix itself shows outcomes
         in the unmarked learning log, a practice quiz, an option, "from
         September 2010", or nowhere.
  - Criterion 6 (appendix, read with Part 8 task descriptions):
      partially_met (taught, not assessed): 6.A3 and 6.S6 (learning log,
        not marked); 6.A7 (Day 2, "Where it counts" is a dash); 6.K5 (Day 5
        practice quiz only); 6.S2b (Day 8; Task 3 revised "from September
        2010"); 6.S5 (Task 3 Part C option (i) only: optional); 6.S2d (Day 6
        teaches pupils' exam access arrangements, but the "where it counts"
        pointer leads to Part 8's "Access in your own assessment", which is
        about participants' adjustments: wrong context).
      not_met: 6.K7 (the only "self-evaluation" is the Consortium's own
        annual review against the Quality Standards in a text box, and the
        appendix row points to it: wrong context; school self-evaluation is
        never taught); 6.S2c (no row and no content on formative
        assessment by other teachers).
      met (taught on a named day, assessed in a named task): A1, A2, A4,
        A5, A6, K1, K2, K3, K4, K6, K8, K9, S1, S2, S2a, S3, S4, S7, S8, S9.
  - Met in unusual shapes: 3.1 (the whole statement; disclosure question,
    formats, venue tables, assessment adjustments); 3.2 (two intakes, two
    venues, one or two years, catch-up); 5.2 (entry, audit, call to the head,
    SEN Essentials); 4.1/4.2 (survey and "Because ... we ..." list); 5.5
    (visit day and specialist consultation); 5.6 (loan library); 5.8 (blind
    second marking, moderation meeting, external examiner).
  - Decoys: "Each venue was assessed by our habilitation officers" (the word
    assessment about venues); the footer's quality claims.
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ee-01-caddonvale-access-statement"
OUT = os.path.join(HERE, NAME + ".docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(12)
normal.paragraph_format.space_after = Pt(6)
for sname, size in (("Heading 1", 16), ("Heading 2", 13)):
    s = doc.styles[sname]
    s.font.name = "Arial"
    s.font.size = Pt(size)
    s.font.color.rgb = RGBColor(0x00, 0x33, 0x66)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
hp.text = ("Caddonvale Sensory Consortium  |  Access Statement: National Award for "
           "SEN Coordination  |  v1.2, April 2009")
hp.runs[0].font.size = Pt(9)
fp = sec.footer.paragraphs[0]
fp.text = ("Also available in Braille, large print (18 and 24 point), audio and BSL. "
           "Call 01632 960418 or text 07700 900261. The Consortium is an Investors in "
           "People organisation and works to the Quality Standards for Sensory Support "
           "Services.")
fp.runs[0].font.size = Pt(9)

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"')

_shape_id = [100]


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _txbx_paras(paras):
    out = []
    for text, bold in paras:
        b = "<w:b/>" if bold else ""
        out.append(
            '<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r><w:rPr>'
            '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>%s<w:sz w:val="22"/></w:rPr>'
            '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (b, _esc(text)))
    return "".join(out)


def text_box(paras, fill="FFF4D6", width_cm=16.0):
    """A real Word text box (wps, inline) with a VML fallback holding the same text."""
    _shape_id[0] += 1
    sid = _shape_id[0]
    words = sum(len(t.split()) for t, _ in paras)
    height_cm = 1.2 + 0.55 * (words / 11.0 + len(paras))
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    body = _txbx_paras(paras)
    xml = (
        '<w:r %s><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="%d" cy="%d"/><wp:docPr id="%d" name="Text Box %d"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        '<a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>'
        '<a:ln w="19050"><a:solidFill><a:srgbClr val="003366"/></a:solidFill></a:ln>'
        '</wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000">'
        '<a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:inline>'
        '</w:drawing></mc:Choice><mc:Fallback><w:pict>'
        '<v:shape id="TextBox%d" o:spid="_x0000_s%d" type="#_x0000_t202" '
        'style="width:%.1fpt;height:%.1fpt" fillcolor="#%s" strokecolor="#003366" strokeweight="1.5pt">'
        '<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    ) % (W_NS, cx, cy, sid, sid, cx, cy, fill, body, sid, 1024 + sid,
         width_cm * 28.35, height_cm * 28.35, fill, body)
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def h1(t):
    doc.add_heading(t, level=1)


def h2(t):
    doc.add_heading(t, level=2)


def para(t, bold_lead=None, italic=False):
    p = doc.add_paragraph()
    if bold_lead:
        r = p.add_run(bold_lead + " ")
        r.bold = True
    r = p.add_run(t)
    r.italic = italic
    return p


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(
        '<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'w:val="clear" w:color="auto" w:fill="%s"/>' % fill))


def table(header, rows, widths=None, size=10, header_fill="003366"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, header_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            r = cells[i].paragraphs[0].add_run(v)
            r.font.size = Pt(size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


# ------------------------------------------------------------------ title
p = doc.add_paragraph()
r = p.add_run("ACCESS STATEMENT")
r.bold = True
r.font.size = Pt(24)
r.font.color.rgb = RGBColor(0x00, 0x33, 0x66)
p = doc.add_paragraph()
r = p.add_run("The National Award for Special Educational Needs Coordination")
r.bold = True
r.font.size = Pt(16)
para("Postgraduate Certificate, 60 credits at Level 7, taught by the Caddonvale Sensory "
     "Consortium with the University of Ambersham. Cohorts starting September 2009 and "
     "January 2010.")
para("Version 1.2, 20 April 2009. Next review: March 2010. Written by Helen Marchbank, "
     "Head of Service, and Dr Priya Anand, Programme Leader.")

text_box([
    ("Note for the TDA approval panel", True),
    ("The invitation to apply asked providers to show how their programme meets the six "
     "criteria. We have chosen to send our Access Statement, the document every applicant "
     "receives, because it describes what a participant actually experiences from the "
     "first enquiry to the award, and because we think that is the honest test of any "
     "course. We have added Part 12 on the people who teach and on quality, and an "
     "Appendix on the national minimum outcomes. We confirm that every one of the national "
     "minimum outcomes is taught on the programme and counts toward the Award.", False),
    ("Helen Marchbank, Head of Service, Caddonvale Sensory Consortium, Calder House, "
     "Mill Lane, Harlby HB3 7QT", False),
], fill="E8EEF6")

# ------------------------------------------------------------------ Part 1
h1("Part 1  About this statement")
para("An access statement describes, honestly and in detail, what you will find when you "
     "use a service, so that you can decide for yourself whether it will work for you. "
     "Theatres and visitor attractions publish them; we think training should too. We are "
     "a service for children with hearing and visual impairment, and we know that the word "
     "\u2018accessible\u2019 on a leaflet tells a disabled person very little. So this "
     "statement gives measurements, names and times rather than reassurances. Where "
     "something is not yet in place, we say so, and Part 11 lists those things together.")
h2("Who we are")
para("The Caddonvale Sensory Consortium is the joint service of four local authorities "
     "\u2013 Caddonvale County Council, which hosts the service and employs our staff, "
     "Harlby City Council, Wenmouth Borough Council and Brenley Moor Borough Council \u2013 "
     "for children and young people from birth to nineteen with hearing impairment, visual "
     "impairment or both. A Joint Committee of councillors from the four authorities has "
     "overseen us since 1998. We have 64 staff, including 22 qualified teachers of the "
     "deaf, 14 qualified teachers of children with visual impairment, three teachers of "
     "children with multi-sensory impairment, two educational audiologists, two "
     "habilitation officers, a transcription unit that produces Braille, modified large "
     "print and tactile diagrams, and a team of communication support workers. Between us "
     "we support about 1,900 children in some 640 schools and early years settings, and we "
     "run the Sensory Resource Centre at Calder House in Harlby.")
h2("Why we are running the Award, and with whom")
para("The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 "
     "require the SENCO in a maintained school to be a qualified teacher, and the amended "
     "Regulations expected from 1 September 2009 will require every SENCO new to the role "
     "to gain the National Award within three years. Our schools asked us to offer it "
     "locally, and many of them already rely on us for advice about pupils whose needs go "
     "well beyond sensory impairment. The University of Ambersham School of Education is "
     "our partner. A University validation panel approved the programme on 11 March 2009 "
     "as a Postgraduate Certificate of 60 credits at Level 7 (master\u2019s level) of the "
     "University\u2019s framework, made up of two 30-credit modules: ESN701 The SENCO, the "
     "Law and the Child, and ESN702 Leading Provision in School. The University awards "
     "the certificate and the National Award; its regulations govern admission, "
     "assessment and appeals.")
h2("What the Award is for")
para("Our aim for the Award is simple to state: that every child with special "
     "educational needs or a disability in the schools of our four authorities can get "
     "into, take part in and enjoy everything that their school offers \u2013 lessons, "
     "playtimes, clubs, trips and tests. Access and participation are what we have worked "
     "on with deaf and blind children for twenty years, and we believe they come before "
     "everything else. The Award sets out to give SENCOs the knowledge, confidence and "
     "standing to make their schools places where that happens.")

# ------------------------------------------------------------------ Part 2
h1("Part 2  Finding out and applying")
h2("Information in the format you need")
para("This statement and every course document are available in standard print (Arial "
     "12), large print (18 or 24 point, modified by our transcription unit, not simply "
     "enlarged), Grade 2 Braille, audio CD or DAISY, accessible electronic text, and as a "
     "BSL summary on DVD. Ask once and we will send everything in that format for the "
     "whole course, including assignment briefs and feedback. Allow ten working days for "
     "Braille of long documents.")
para("There are two open evenings, on Thursday 4 June 2009 at Calder House and Thursday "
     "11 June at Wenmouth Professional Centre, 4.30\u20136.00 pm. BSL/English interpreters "
     "and a speech-to-text reporter are booked for both.")
h2("Who can apply")
para("You can apply if you hold Qualified Teacher Status and you are the SENCO, or will "
     "become the SENCO within a year, in a maintained school or academy in one of the "
     "four authorities. (Teachers from other authorities may apply; their schools pay the "
     "full fee.) Your headteacher must nominate you on the application form and agree to "
     "release you for ten study days, to meet your tutor once, and to act as, or name, "
     "your workplace mentor.")
para("With the form you send your Starting Point audit (Part 3). The Admissions Tutor, "
     "Gwen Ashby, reads every application with its audit. If it suggests the course would "
     "come too soon \u2013 for example, for a teacher in her first or second year of "
     "teaching, or one with no responsibility for pupils with SEN yet \u2013 she will "
     "telephone you and, with your permission, your headteacher, to talk about what to do "
     "first. Usually that is a year on our non-accredited SEN Essentials course, or a "
     "term shadowing an experienced SENCO, and we keep a place for you on a later intake. "
     "We accept only teachers whom we expect to meet every outcome by the end.")
h2("Telling us about a disability or other need")
para("The application form asks one question: \u2018Is there anything we need to know, or "
     "to do, so that you can take part fully?\u2019 It does not ask you to name a "
     "condition, and what you tell us has no part in deciding whether you are offered a "
     "place. You can tell us at any time, not only on the form. With your agreement, we "
     "pass what you tell us only to the people who need it to make arrangements, and we "
     "check with you before each study day that the arrangements are still right. On our "
     "other courses we have, for example, provided a BSL/English interpreter for a Deaf "
     "teacher throughout, produced every handout in Braille and tactile diagram form, "
     "supplied a personal FM system, arranged a ground-floor room and a reserved parking "
     "bay, and agreed a rest break every hour. We do all this at no cost to you or your "
     "school; the Consortium\u2019s access budget for the course is \u00a36,000 a year, "
     "and if a need costs more than that we will still meet it.")
text_box([
    ("Tell us early", True),
    ("If you need an interpreter, a speech-to-text reporter or Braille, please tell us "
     "four weeks before the first study day so that we can book the same people for the "
     "whole year. If you tell us later we will still arrange it; it may take a little "
     "longer the first time.", False),
])
h2("Checks before you visit other schools")
para("You will visit a school or resource base during the course (Part 7). We do not "
     "check participants\u2019 CRB disclosures: as a serving teacher you will have been "
     "checked by your employer, and your headteacher\u2019s nomination confirms that you "
     "are employed as a teacher. Host schools will ask to see your staff identity badge "
     "when you sign in. All Consortium staff who teach on the course, and our drivers, "
     "hold enhanced CRB disclosures, renewed every three years.")
h2("Fees")
para("The fee is \u00a31,150 for the two modules. For SENCOs in maintained schools and "
     "academies in the four authorities, the authority pays \u00a3800 of this (Joint "
     "Committee decision JC/08/27), so the school pays \u00a3350. The fee includes all "
     "course materials in your chosen format, the visit day, lunch on study days, and "
     "loans from the Sensory Resource Centre.")
h2("If you already have credit")
para("The University will count up to 30 credits of earlier study at Level 7, completed "
     "in the last five years, toward the Award, if it matches the learning outcomes of "
     "ESN701 \u2013 for example its own module Inclusion in Practice, or a module of the "
     "mandatory qualification for teachers of the deaf or of children with visual "
     "impairment. Ask the Admissions Tutor before 30 June; the University\u2019s "
     "Accreditation of Prior Learning Panel decides. The University\u2019s regulations do "
     "not allow credit for experience alone, however long; your experience counts instead "
     "through the Starting Point audit and your Individual Learning Plan.")

# ------------------------------------------------------------------ Part 3
h1("Part 3  Before the course starts: your Starting Point")
para("Between being offered a place and the first study day, you complete the Starting "
     "Point audit. It has 29 statements, one for each of the national minimum outcomes "
     "for the Award, and for each you choose one of four ratings (\u2018new to me\u2019, "
     "\u2018some experience\u2019, \u2018confident\u2019, \u2018could teach others\u2019) "
     "and give an example from your work. It comes on paper, in Braille or large print, "
     "as an accessible Word form that works with screen readers, or as a conversation with "
     "your tutor, interpreted in BSL if you wish.")
para("Your personal tutor then meets you for an hour, in your school or at Calder House, "
     "to go through it with you. We check the ratings together, because people often rate "
     "themselves highly on things that have since changed, such as the law on disability. "
     "From the audit you and your tutor write your Individual Learning Plan. It names the "
     "outcomes you will concentrate on and your personal targets for them, which of the "
     "optional afternoon workshops you will take (there are six, and you choose three), "
     "whether you follow the primary or the secondary strand on Days 4 and 5, the pupil "
     "and setting you plan to use for Task 2, and any access arrangements. Where the audit "
     "shows that you are already secure in an outcome, the plan says how you will show it "
     "in your tasks rather than asking you to sit through teaching you do not need. The "
     "plan is reviewed at your tutorials after Days 4 and 8.")
para("Tutor groups have eight participants, and you keep the same tutor throughout. We "
     "think this, with the plan and the strands, is what makes the course fit each "
     "person, and it is also what keeps it affordable: the tutors are Consortium and "
     "University staff whose time the four authorities and the University already fund "
     "for this work.")

# ------------------------------------------------------------------ Part 4
h1("Part 4  Getting there: the venues")
para("Each study day runs twice in the same week: on the Tuesday at Calder House, Harlby, "
     "and on the Thursday at Wenmouth Professional Centre. You can choose either, and "
     "change from one to the other as often as you like. Each venue was assessed by our "
     "habilitation officers in March 2009, using the checklist we use for schools; the "
     "results are below. Library sessions and the Day 10 presentations take place at the "
     "University\u2019s Orchard Building, Ambersham.")
table(
    ["Feature", "Calder House, Mill Lane, Harlby HB3 7QT", "Wenmouth Professional Centre, Quay Road, Wenmouth WN2 4LP"],
    [
        ["Getting there", "\u2713 Harlby station 600 m, level route, tactile paving at crossings. Bus 14 stops at the gate.",
         "\u2713 Bus 3 and 3A stop 80 m away. \u2717 Nearest station 2.5 km; we will arrange a taxi at our cost."],
        ["Parking", "\u2713 4 blue-badge bays 12 m from the entrance; 30 further spaces.",
         "\u2713 2 blue-badge bays at the door; public car park 150 m."],
        ["Entrance", "\u2713 Level, automatic doors 1.1 m wide, colour-contrasted frame.",
         "\u2713 Ramp 1:15 with handrails; power-assisted door."],
        ["Training room", "\u2713 Room 1, ground floor, 48 m\u00b2. Blinds on all windows; dimmable LED lighting, 500 lux at tables.",
         "\u2713 Room 3, first floor; lift 1.4 m \u00d7 1.1 m with audible and Braille floor indicators."],
        ["Hearing", "\u2713 Fixed induction loop, tested monthly. Soundfield system. Carpeted; reverberation time 0.4 s.",
         "\u2717 No fixed loop; we bring a portable loop and a soundfield system to every session."],
        ["Fire alarm", "\u2713 Flashing beacons in every room; vibrating pagers for Deaf participants.",
         "\u2713 Beacons in Room 3 and toilets. \u2717 No pagers: a named member of our staff alerts you."],
        ["Toilets", "\u2713 Accessible toilet on the ground floor with alarm cord and visual alarm.",
         "\u2713 Accessible toilet on each floor."],
        ["Assistance dogs", "\u2713 Welcome; spending area behind the building; water at reception.",
         "\u2713 Welcome; grassed area beside the car park."],
        ["Food", "\u2713 Lunch provided; menus in large print and Braille; tell us about diets.",
         "\u2713 Lunch provided; menus read aloud on request."],
    ],
    widths=[3.0, 6.5, 6.5], size=9)
para("")

# ------------------------------------------------------------------ Part 5
h1("Part 5  The study days")
para("There are ten study days, 9.30 am to 3.30 pm. Each morning is taught to the whole "
     "group; in the afternoons you follow your strand or the workshops in your learning "
     "plan. Every session is captioned live by a speech-to-text reporter, slides are sent "
     "a week ahead in your format, and presenters describe every image they show. You "
     "can take the two modules in one year, or spread them over two by taking ESN701 "
     "with one cohort and ESN702 with a later one.")
table(
    ["Day", "September 2009 cohort", "January 2010 cohort", "What we cover", "Led by"],
    [
        ["1", "Tue 22 / Thu 24 Sep", "Tue 26 / Thu 28 Jan",
         "The SENCO\u2019s job and the law: the SEN Code of Practice (2001), chapters 5 and 6 "
         "and the role of the SENCO; Education Act 1996 Part IV; SENDA 2001; the 2008 SENCO "
         "Regulations; statements and annual reviews. Every Child Matters: the five outcomes "
         "and what the SENCO can do for each; Removing Barriers to Achievement (2004).",
         "Dr Priya Anand; Mark Leyland"],
        ["2", "Tue 13 / Thu 15 Oct", "Tue 23 / Thu 25 Feb",
         "Evidence and inspection: reading research critically; Ofsted (2004) Special "
         "educational needs and disability: towards inclusive schools; Ofsted (2006) "
         "Inclusion: does it matter where pupils are taught?; the Bercow Review (2008); the "
         "Lamb Inquiry, begun 2009; what newborn hearing screening means for the children "
         "now starting school. Asking for and using outside advice. Staying current: "
         "journals, networks, e-alerts. Library session.",
         "Dr Priya Anand; University library"],
        ["3", "Tue 10 / Thu 12 Nov", "Tue 23 / Thu 25 Mar",
         "Disability and equality: the Disability Discrimination Act 1995 and 2005; the "
         "disability equality duty and school Disability Equality Schemes; accessibility "
         "plans; reasonable adjustments; promoting positive attitudes; what Deaf and blind "
         "adults tell us about their schooling.",
         "Sarah Okafor; Caddonvale Disability Forum"],
        ["4", "Tue 8 / Thu 10 Dec", "Tue 27 / Thu 29 Apr",
         "How children develop: language, communication, movement, social and emotional "
         "development; how hearing loss, sight loss and other SEN and disabilities change "
         "it; the effect of the room: noise, echo, light, glare, layout. Primary and "
         "secondary strands in the afternoon.",
         "Tom Reddaway; Dr Fiona Castell"],
        ["5", "Tue 19 / Thu 21 Jan", "Tue 25 / Thu 27 May",
         "Areas of need: speech, language and communication needs; autistic spectrum "
         "disorders; dyslexia and other specific learning difficulties; moderate learning "
         "difficulties; behavioural, emotional and social difficulties; sensory and "
         "multi-sensory impairment. Online quiz afterwards.",
         "Dr Lewis Hartigan; Consortium teachers"],
        ["6", "Tue 9 / Thu 11 Feb", "Tue 22 / Thu 24 Jun",
         "Teaching, resources and access: personalising learning; removing barriers with "
         "ICT (screen readers, magnification, radio aids, Clicker 5, symbol software, "
         "electronic Braille) and judging whether it works; access arrangements for "
         "national tests and GCSE: modified large print and Braille papers, readers, scribes, "
         "extra time, the QCA and JCQ rules and deadlines, with our Modified Papers team.",
         "Sarah Okafor; Modified Papers team"],
        ["7", "Tue 9 / Thu 11 Mar", "Tue 14 / Thu 16 Sep",
         "Leading colleagues: winning the support of the head and senior team; shaping the "
         "school\u2019s inclusion policy and priorities with senior leaders and governors; deploying and "
         "managing teaching assistants and communication support workers; observing "
         "teaching and giving feedback, coaching, modelling and planning staff training; "
         "managing the SENCO\u2019s time: priorities, delegation, saying no; working through "
         "real problems of provision and the decisions they need.",
         "Gwen Ashby; Helen Marchbank"],
        ["8", "Tue 20 / Thu 22 Apr", "Tue 12 / Thu 14 Oct",
         "Data and provision: identifying pupils who may have SEN from observation and data; "
         "setting targets, planning and reviewing interventions; tracking progress with P scales, teacher assessment, national "
         "tests and RAISEonline; provision mapping and costing; finding provision that "
         "is not working; reviewing provision with the staff who deliver it.",
         "Mark Leyland; Dr Priya Anand"],
        ["9", "Tue 18 / Thu 20 May", "Tue 9 / Thu 11 Nov",
         "Children, families and other services. Hearing the child: consulting pupils who "
         "sign, use Braille or use symbols, and involving them in setting and reviewing "
         "their own targets. Working with parents and carers (Caddonvale Parent "
         "Partnership; Caddonvale Deaf Children\u2019s Society; a parents\u2019 panel). The "
         "other services: audiology, ophthalmology, habilitation, speech and language "
         "therapy, educational psychology, CAMHS, social care, and how to read and use "
         "their reports and assessments; voluntary organisations "
         "such as NDCS and RNIB; the CAF and the lead professional.",
         "Tom Reddaway; Parent Partnership"],
        ["10", "Tue 15 / Thu 17 Jun", "Tue 7 / Thu 9 Dec",
         "Task 3 presentations (morning, at the University). Course evaluation and "
         "celebration (afternoon).",
         "All tutors"],
    ],
    widths=[1.0, 2.6, 2.6, 7.4, 2.8], size=9)
para("")
para("If you miss a study day, you can go to the other venue that week, or watch the "
     "captioned recording on CSC Learn and complete the catch-up task your tutor sets.")

# ------------------------------------------------------------------ Part 6
h1("Part 6  Between study days: CSC Learn")
para("CSC Learn is our Moodle site. We built it to work with screen readers, "
     "magnification and keyboard-only use, and we test each new page with two of our "
     "blind and partially sighted staff before it goes live. Within 48 hours of each "
     "study day you will find there the captioned recording of the morning, a full "
     "transcript, the slides with image descriptions, and the readings.")
bullets([
    "Your tutor group (eight participants) has its own forum. Your tutor reads it at "
    "least twice a week and answers questions within three working days.",
    "Every other Wednesday, 4.00\u20135.00 pm, there is an online drop-in tutorial with "
    "text chat and audio, captioned live.",
    "After each study day your tutor posts a short task; you post your response and "
    "comment on the response of your \u2018study buddy\u2019, another participant paired "
    "with you for the year.",
    "You can e-mail or text your tutor at any time; replies within three working days.",
    "Mentors and headteachers have their own area with the task briefs, the Mentor Guide "
    "and dates, and we use it to write to them before each task is due.",
])
para("If you cannot use the internet at home or in school, we will lend you a laptop with "
     "mobile broadband for the year.")

# ------------------------------------------------------------------ Part 7
h1("Part 7  In your school, and on visits")
h2("Your school is where the work happens")
para("Every task is built on real work in your own school: reviewing its policy, working "
     "with one pupil and the family for a term, and leading a change in provision. Your "
     "tutor visits you in school once, usually during Task 2, to see the work and talk "
     "with your mentor.")
h2("Your workplace mentor")
para("Your mentor is usually your headteacher or a deputy. Mentors receive the Mentor "
     "Guide (12 pages, by post and on CSC Learn), which explains the tasks and what we "
     "ask of them: a half-termly conversation with you, help in getting the data and "
     "access you need, and a short statement for Task 3. We are not able to offer mentor "
     "training sessions in 2009-10.")
h2("Your visit day")
para("Between Days 5 and 7 every participant spends a day at a setting of their choice: "
     "the hearing impairment resource base at St Barnabas Primary, Harlby; the visual "
     "impairment base at Wenmouth High School; Greyfriars School, Brenley Moor (severe "
     "and complex needs); the Harlby Child Development Centre; or a day out with one of "
     "our teachers of the deaf or of children with visual impairment on school visits. "
     "The host agrees a programme with you beforehand, and you write the day up in your "
     "learning log. All five settings have been checked against the same list as the "
     "venues in Part 4.")
h2("Specialist advice")
para("During the course you can book up to two hours\u2019 consultation with a Consortium "
     "specialist \u2013 a teacher of the deaf, a teacher of children with visual "
     "impairment, an educational audiologist, a habilitation officer \u2013 or with the "
     "Harlby educational psychology service, about the pupil in your Task 2 or about "
     "provision in your school.")

# ------------------------------------------------------------------ Part 8
h1("Part 8  Assessment: how you show what you can do")
para("There are three tasks. ESN701 is assessed by Task 1 (40%) and Task 2 (60%); ESN702 "
     "by Task 3. Each task brief lists the outcomes it assesses and the marking criteria. "
     "To gain the Award you must pass all three tasks; the pass mark is 50%. You also keep "
     "a learning log, which your tutor reads at tutorials; it is not marked.")
h2("Task 1: The school\u2019s SEN and disability policy under the microscope")
para("A review of 4,000 words of your school\u2019s SEN policy, accessibility plan and "
     "disability equality scheme against the law, the Code of Practice and the "
     "disability equality duty. You set out what each of the five Every Child Matters "
     "outcomes asks of the school for pupils with SEN and disabilities, use research and "
     "inspection evidence to make recommendations, and say what outside advice you sought "
     "and how you used it. Marked for: accurate knowledge of the law, the Code and "
     "disability equality and what they mean in practice; understanding of Every Child "
     "Matters; critical use of research and best practice; use of outside advice; clear "
     "and well-argued writing.")
h2("Task 2: One child")
para("A case study of 4,000 words with appendices. You identify a pupil who may have SEN "
     "or a disability, using classroom observation, the school\u2019s data and your own "
     "assessment, and you use the reports of other professionals (for example an "
     "audiology report, a functional vision assessment, an educational psychologist\u2019s "
     "or a speech and language therapist\u2019s report) to shape how the pupil is taught. "
     "You set challenging targets with the pupil, in a form the pupil can use, plan and "
     "carry out an intervention of six to ten weeks, justify the approaches and resources "
     "you chose, including ICT, and review progress with the pupil. You explain how the "
     "pupil\u2019s development has been affected by their needs and by the classroom "
     "environment. You meet the parents or carers at the start and the end and include "
     "your notes of the meetings. You map the services involved with the pupil, "
     "including at least one voluntary organisation, and how you obtained their support. "
     "You measure the pupil\u2019s attainment in the target area before and after. Marked "
     "for: identification, targets, intervention and review; use of other "
     "professionals\u2019 assessments; the pupil\u2019s part in planning and review; "
     "partnership with parents; partnership with other services; understanding of "
     "development; critical choice of approaches and ICT; the quality of your working "
     "relationship with the pupil and family, shown in the meeting notes and the "
     "pupil\u2019s own comments.")
h2("Task 3: Leading provision")
para("A report of 3,000 words and a 20-minute presentation. Part A: a costed provision "
     "map for pupils with SEN in your school, showing provision that is missing or is not "
     "working, and what you propose instead. Part B: a plan for deploying and managing "
     "the teaching assistants and any communication support workers who work with those "
     "pupils. Part C, choose one: either (i) plan, lead and evaluate a staff training "
     "session for colleagues, with an observation of one colleague afterwards and your "
     "feedback to them, or (ii) carry out an access audit of one part of your school "
     "building with a pupil who has a sensory impairment. Part D: one difficult "
     "decision about provision you faced this year, the options, and why you chose as you "
     "did. The presentation, given at the University on Day 10 to your headteacher or a "
     "senior leader and a governor, proposes the priorities for inclusion in your school "
     "over the next two years and the resources they need; your headteacher writes a "
     "short response, which is submitted with the task. Marked for: working with senior "
     "colleagues and governors on strategy; gaining colleagues\u2019 commitment; provision "
     "mapping; deployment of staff; sound judgement; clear spoken and written "
     "communication and listening to the audience\u2019s questions.")
h2("Access in your own assessment")
para("If you have a disability or other need, your assessments can be adjusted without "
     "lowering the standard: briefs in Braille, large print or BSL on DVD; deadlines "
     "extended by up to four weeks; a task submitted as BSL on video with an interpreted "
     "transcript; a presentation given with an interpreter, or recorded beforehand; "
     "rest breaks. Agree these with your tutor and they are recorded in your learning "
     "plan; the University\u2019s Disability Service confirms them.")
h2("Marking and moderation")
para("Your tutor marks each task against the task criteria and the University\u2019s "
     "Level 7 criteria. A second tutor blind-marks a sample of at least a quarter of the "
     "scripts in each task, including every fail and every mark of 70% or more. Before "
     "marks are released, all tutors meet at the Programme Moderation Meeting to compare "
     "marks across tutor groups and the two venues and to agree any changes. The external "
     "examiner, Professor Alan Brierley of the University of Hatherton, sees a sample "
     "from every task and attends the University\u2019s Board of Examiners, which confirms "
     "results and recommends the award.")

# ------------------------------------------------------------------ Part 9
h1("Part 9  After the Award")
para("Your 60 credits count toward the University\u2019s MA in Inclusive Education, and "
     "the Consortium\u2019s termly SENCO briefing and network meetings remain open to "
     "you. The Award ends with the Task 3 presentations. We do not set or discuss "
     "further targets with you: that is for your performance management review with your "
     "headteacher.")

# ------------------------------------------------------------------ Part 10
h1("Part 10  Your views, and what they change")
h2("How the course was designed")
para("In the autumn of 2008 we asked every SENCO in the four authorities what the Award "
     "should contain and how it should run: 212 replied, from 561 schools (38%). We held "
     "a focus group with each of the four headteachers\u2019 associations; we talked with "
     "the Caddonvale Parent Partnership and with two parents\u2019 groups; and we asked our "
     "young people\u2019s group, Sound and Vision (deaf and visually impaired pupils aged "
     "13 to 18), what they wanted their teachers to know. Twenty-one teachers who took "
     "our SEN Essentials course in 2007-08 told us what had and had not worked. The "
     "things said most often were: days out of school are hard to find; secondary "
     "examples are scarce on SEN courses; SENCOs need to understand exam access "
     "arrangements early; and pupils want to be asked.")
h2("What we changed because of what you said")
bullets([
    "Because headteachers said ten days in two terms was too many, the days are spread "
    "across the school year and run twice a week at two venues.",
    "Because secondary SENCOs said the examples were all primary, Days 4 and 5 have a "
    "secondary strand in the afternoon.",
    "Because parents said SENCOs learn about exam access arrangements too late, Day 6 "
    "covers them with our Modified Papers team.",
    "Because Sound and Vision said that teachers talk to their teaching assistant rather "
    "than to them, Day 9 begins with pupils, and Task 2 asks you to set targets with the "
    "pupil, not for the pupil.",
    "Because SEN Essentials participants asked to look again at sessions, every morning "
    "is recorded and captioned on CSC Learn.",
])
h2("During and after the course")
para("At the end of each study day you fill in a two-minute feedback card (on paper, in "
     "Braille or online). At the end of each module there is a questionnaire. One "
     "participant from each cohort, elected by the group, sits on the Programme Committee, "
     "which meets three times a year and is chaired by the University. The external "
     "examiner writes an annual report, and the course is part of the University\u2019s "
     "Annual Programme Review, reported to the School\u2019s Quality Committee. The "
     "Consortium\u2019s Joint Committee receives a report each autumn. Each July the "
     "Programme Committee writes an action plan from all of this, and the changes appear "
     "in the next version of this statement and on CSC Learn.")
para("We measure your confidence against each outcome at the start, through the Starting "
     "Point audit, and again on Day 10, and we report the change for the cohort. Task 2 "
     "records your pupil\u2019s attainment before and after the intervention; we do not "
     "collect these figures across the cohort.")
para("Our guest speakers, the visit hosts, the Parent Partnership and the Caddonvale "
     "Disability Forum all take part in teaching the course. We hope that headteachers "
     "and the parents\u2019 groups will also help us judge how well it has worked; we have "
     "not yet decided how.")

# ------------------------------------------------------------------ Part 11
h1("Part 11  What we cannot offer yet")
para("We would rather tell you now than disappoint you later.")
bullets([
    "An assessment-only route. Some experienced teachers have asked whether they could be "
    "assessed for the Award without taking the course. The University\u2019s regulations "
    "for this Award do not permit it, and we will not be offering one in 2009-10.",
    "Using national test data in Task 3. Day 8 teaches you to track progress with test "
    "results and other summative data, but Task 3 will ask you to analyse your "
    "school\u2019s results only from September 2010, when the task is revised.",
    "Mentor training (see Part 7).",
    "A cohort taught entirely in BSL. We can interpret every session, but we cannot yet "
    "offer a cohort taught directly in BSL.",
    "A follow-up day. We would like to hold a day a year after the Award to hear what "
    "has changed in your school. We have not yet been able to arrange it.",
])

# ------------------------------------------------------------------ Part 12
h1("Part 12  The people who teach, and how we keep the course good")
table(
    ["Name", "Role on the course", "Qualifications and experience"],
    [
        ["Dr Priya Anand", "Programme Leader (University)",
         "Senior Lecturer in Inclusive Education; PhD on SENCO leadership; SENCO in two "
         "comprehensive schools for nine years; external examiner elsewhere."],
        ["Helen Marchbank", "Head of Service; tutor",
         "Teacher of the deaf (mandatory qualification); MA Education; head of the "
         "Consortium since 2003; Ofsted additional inspector (SEN) until 2006."],
        ["Sarah Okafor", "Tutor; equality and access lead",
         "Qualified teacher of children with visual impairment; MEd; leads the Modified "
         "Papers team; trains exam officers across the region."],
        ["Tom Reddaway", "Tutor",
         "Teacher of the deaf and educational audiologist; eleven years in mainstream "
         "and resource base teaching."],
        ["Gwen Ashby", "Admissions Tutor; tutor",
         "SENCO at Wenmouth High School 1999\u20132008; now Consortium senior "
         "teacher; NPQH."],
        ["Mark Leyland", "Tutor",
         "SEN Casework Manager, Harlby City Council; former deputy head and SENCO."],
        ["Dr Fiona Castell", "Visiting tutor",
         "Senior educational psychologist, Harlby; research on language in deaf "
         "children."],
        ["Dr Lewis Hartigan", "Tutor (University)",
         "Lecturer in SEN; specific learning difficulties and autism; AMBDA."],
    ],
    widths=[3.2, 4.0, 8.8], size=9)
para("")
para("Every tutor has at least five days of professional development a year, and two of "
     "the tutors are working SENCOs. Before each module the tutors meet for a half-day to "
     "go through the Tutor Handbook, which sets out each person\u2019s role, and to "
     "standardise their marking on sample scripts.")
para("The Sensory Resource Centre at Calder House holds more than 900 items you can "
     "borrow free for use with pupils: radio aids and soundfield systems, CCTV and "
     "portable magnifiers, screen-reading and magnification software, a Braille "
     "embosser service, talking calculators, tactile maps and diagrams, symbol software "
     "and Clicker 5. As University students you also have the University library, its "
     "e-journals from home, and its assistive technology room (JAWS, ZoomText, Dragon "
     "NaturallySpeaking, scanning and reading software).")
text_box([
    ("Our own quality", True),
    ("The Consortium evaluates itself every year against the national Quality Standards "
     "for Sensory Support Services, and the self-evaluation goes to the Joint Committee "
     "with our improvement plan. The Award is part of that self-evaluation from 2009-10.",
     False),
], fill="E8F3E8")

# ------------------------------------------------------------------ Appendix
h1("Appendix  What you will learn and where it counts")
para("The national minimum outcomes in our own short words. Every outcome is taught, and "
     "every outcome counts toward the Award. \u2018Where you learn it\u2019 names the study "
     "day; \u2018Where it counts\u2019 names the task that assesses it.")

ROWS = [
    ("PROFESSIONAL ATTRIBUTES", None),
    ("Fair, respectful and supportive relationships with pupils and their families", "Day 9", "Task 2", "Meetings may be held with an interpreter"),
    ("Winning the commitment of colleagues, including the headteacher and senior team", "Day 7", "Task 3 (presentation and head\u2019s response)", "Presentation may be recorded"),
    ("Managing time, setting priorities, delegating", "Day 7", "Learning log (not marked)", "Log may be kept in audio"),
    ("Anticipating and solving problems; sound decisions about provision", "Day 7", "Task 3, Part D", "\u2013"),
    ("Expressing yourself clearly in speech and writing; listening to others", "Throughout", "Tasks 1 and 3 (report and presentation)", "BSL submissions accepted"),
    ("Using research and outside advice to improve practice", "Day 2", "Task 1", "Readings in your format"),
    ("Keeping up to date and taking charge of your own development", "Day 2", "\u2013", "\u2013"),
    ("KNOWLEDGE AND UNDERSTANDING", None),
    ("The law and guidance on SEN, including the Code of Practice", "Day 1", "Task 1", "\u2013"),
    ("Every Child Matters and the SENCO\u2019s part in it", "Day 1", "Task 1", "\u2013"),
    ("The law on disability equality and what it requires", "Day 3", "Task 1", "\u2013"),
    ("How children develop, and what affects development", "Day 4", "Task 2", "\u2013"),
    ("The main types of SEN and disability and their effect on learning", "Day 5", "Day 5 online quiz (practice only)", "Quiz in Braille or large print"),
    ("Approaches, strategies and resources, including ICT", "Day 6", "Task 2", "Loans from the Resource Centre"),
    ("Self-evaluation and improvement", "See \u2018Our own quality\u2019, Part 12", "\u2013", "\u2013"),
    ("Best practice and research on meeting SEN", "Day 2", "Task 1", "\u2013"),
    ("What other services do, and how to get their help", "Day 9", "Task 2", "\u2013"),
    ("SKILLS", None),
    ("With senior colleagues and governors, shaping an inclusive ethos, policy and use of resources", "Day 7", "Task 3 (presentation to head and governor)", "\u2013"),
    ("Identifying pupils, setting targets, planning interventions, reviewing progress", "Days 6 and 8", "Task 2", "\u2013"),
    ("Using other professionals\u2019 assessments", "Day 9", "Task 2", "\u2013"),
    ("Using test results and other summative data to track progress", "Day 8", "Task 3, from September 2010", "\u2013"),
    ("Arranging access for tests and examinations", "Day 6", "See Part 8, \u2018Access in your own assessment\u2019", "\u2013"),
    ("Provision mapping; finding missing or ineffective provision", "Day 8", "Task 3, Part A", "\u2013"),
    ("Deploying and managing staff", "Day 7", "Task 3, Part B", "\u2013"),
    ("Supporting colleagues\u2019 development: observation, coaching, training", "Day 7", "Task 3, Part C option (i)", "\u2013"),
    ("Reviewing provision with colleagues", "Day 8", "Learning log (not marked)", "\u2013"),
    ("Involving pupils in planning and reviewing their provision", "Day 9", "Task 2", "Targets in the pupil\u2019s own format"),
    ("Working with parents and carers", "Day 9", "Task 2", "\u2013"),
    ("Working with other services and voluntary organisations", "Day 9", "Task 2", "\u2013"),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for i, h in enumerate(["National minimum outcome (our words)", "Where you learn it",
                       "Where it counts toward the Award", "Access note"]):
    c = t.rows[0].cells[i]
    c.text = ""
    r = c.paragraphs[0].add_run(h)
    r.bold = True
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade(c, "003366")
for row in ROWS:
    cells = t.add_row().cells
    if row[1] is None:
        merged = cells[0].merge(cells[3])
        merged.text = ""
        r = merged.paragraphs[0].add_run(row[0])
        r.bold = True
        r.font.size = Pt(9)
        shade(merged, "D9E2F3")
        continue
    for i, v in enumerate(row):
        cells[i].text = ""
        r = cells[i].paragraphs[0].add_run(v)
        r.font.size = Pt(9)
for row in t.rows:
    for i, w in enumerate([6.6, 2.8, 4.0, 2.8]):
        row.cells[i].width = Cm(w)

para("")
para("If anything in this statement is wrong or out of date, please tell Helen Marchbank "
     "on 01632 960418 or at access@caddonvale-sensory.example.org.uk, and we will correct "
     "it in the next version.", italic=True)

doc.save(OUT)
print("wrote", OUT)
