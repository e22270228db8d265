"""Build cf-01-prospectus.docx: Orrinsford University prospectus sent as the application.

Provider (invented): Orrinsford University, Centre for Professional Learning in
Education (CPLE), working with Beckhampton County Council's Inclusion Support
Service. Programme: "The National Award for SEN Coordination", a Postgraduate
Certificate of 60 credits at masters level (Level 7), three 20-credit modules
N701 The SENCO and the Framework, N702 Every Learner, N703 Leading Provision.
Dated April 2009, 2008-era vocabulary (CRB, DDA, SEN Code of Practice 2001,
ECM, P scales, SATs). The predecessor course was the unaccredited
"Orrinsford Certificate in Inclusive Practice" (CIP), which ran 2003-2008.

Layout: a glossy course prospectus / brochure for teachers, submitted to the
TDA as it stands with a one-line cover note. Short punchy sections with big
coloured bold Normal titles (no criterion numbers anywhere), a few Heading 1
paragraphs, much second person ("you will..."). Pull-quotes and testimonials
from past CIP participants sit in inline text boxes (wps with VML fallback, so
their text occurs twice in the XML) or in shaded one-cell tables. A facts box
("The award in a nutshell", a shaded two-column table). "Why choose us?" and
"Our promise to you" bullet lists full of value claims. "What you'll learn"
module blurbs. "How you'll be assessed" with "We'll mark it on:" lists.
"Your year at a glance": a month-by-month table (Month | What's happening |
What you'll do). "Frequently asked" Q&A. "Fees and how to apply" with numbered
steps. A back page with tutors' profiles, contacts and address. Page footer
with a value claim about reasonable adjustments (footers are never evidence).

Traps and the requirement ids each affects:
- Testimonials describe the OLD programme (CIP), not this one:
  * a Year 8 pupil panel that told the group what helped (1.5, 6.S7 stay
    not_met; the only other mention is the value bullet "Pupils' voices at the
    heart of everything we do");
  * a CIP participant who "went down the portfolio route" and never attended
    (2.3 stays not_met; the FAQ declines an assessment-only route);
  * a marked case-conference role-play with an EP and family support worker
    (6.S9, 6.K9 stay partially_met: the current multi-agency day "isn't
    graded");
  * a headteacher recalling termly evaluations sent to the heads' forum
    (4.3 stays partially_met: stakeholders teach, but evaluation involvement
    now is only "We'd love to hear from your headteacher").
- Marketing values with no arrangement ("Why choose us?", "Our promise"):
  research-led and inspection-aware (1.3 partially_met: research session and
  reading only, no inspection evidence); parents as partners (1.7
  partially_met: a half-day topic, not assessed; 6.S8, 6.A1 partially_met);
  placements in outstanding local schools (5.5 partially_met: specialists
  teach, no placement arrangement); fully accessible (3.1 partially_met: only
  a step-free building and hearing loop in the FAQ; the footer line about
  reasonable adjustments is not evidence); rigorous QA (5.1 partially_met:
  end-of-module questionnaires only); real measurable impact (5.9
  partially_met: repeat audit for the participant; pupil impact only hoped
  for in the FAQ); "Every national outcome covered. Every national outcome
  assessed." (blanket claim: 1.9, 6.0 partially_met).
- FAQ answers that decline: no assessment-only route (2.3 not_met);
  experience "can't be turned into credit" though certificated study can
  (2.1 partially_met); "Not at present" for an online version, every session
  face to face (3.3 not_applicable).
- Real arrangements stated only in the month-by-month table: CRB disclosure
  confirmed by the head, employer reference on conduct and disciplinary
  matters, new disclosure if out of post for three months (June: 5.3 met);
  one-to-one Starting Point meeting giving an Individual Learning Plan with
  personalised outcomes (July: 2.2 met); second-marking, moderation meeting
  and external examiner (May: 5.8 met); Next Steps planner taken to
  performance management (June: 2.5 met); the access arrangements twilight
  (February: 6.S2d partially_met, taught only).
- Mentors chosen by the headteacher but given only a copy of the prospectus;
  tutors work to a handbook and standardisation day (5.7 partially_met).
- Outcomes: developed AND named in a "We'll mark it on" list are met (K1, K2,
  K3, K5, K6, K7, S1, S2, S2a, S2b, S3, S4, S5, S6, A2, A5, A6). Taught only
  (K4, S2d, S8, A1) or only in the unmarked reflective journal (A3, A7)
  or only on the ungraded multi-agency day (K9, S9): partially_met. K8 is met:
  the 'What works' session develops it and Assignment 3 is marked on using
  research evidence to improve practice. Absent:
  A4, S2c, S7 (not_met).
- Genuine arrangements written plainly: E.1, E.2, 1.1, 1.2, 1.4, 1.6, 1.8,
  2.4, 3.2, 4.1, 4.2, 5.2, 5.4, 5.6.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("cf-01-prospectus.docx")

TEAL = RGBColor(0x00, 0x6D, 0x77)
PLUM = RGBColor(0x7A, 0x1F, 0x5C)
GREY = RGBColor(0x55, 0x55, 0x55)

NS = " ".join(f'xmlns:{k}="{v}"' for k, v in {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
}.items())

doc = Document()
doc.core_properties.author = "Miriam Tallis"
doc.core_properties.title = "National Award for SEN Coordination 2009-10 prospectus"
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(11)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)


def esc(t: str) -> str:
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text="", bold=False, italic=False, size=None, color=None, align=None, after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def rich(*pieces):
    """A paragraph of (text, bold) pieces."""
    p = doc.add_paragraph()
    for text, bold in pieces:
        r = p.add_run(text)
        r.bold = bold
    return p


def splash(text, color=TEAL, size=20):
    """A big coloured brochure title typed as a bold Normal paragraph."""
    p = para(text, bold=True, size=size, color=color)
    p.paragraph_format.space_before = Pt(14)
    return p


def kicker(text):
    return para(text, bold=True, size=13, color=PLUM)


def bullet(text, style="List Bullet"):
    return doc.add_paragraph(text, style=style)


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def quote_cell(lines, fill="E6F2F3"):
    """A shaded one-cell table used as a pull-quote box."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    first = True
    for text, kind in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        r = p.add_run(text)
        if kind == "q":
            r.italic = True
            r.font.size = Pt(12)
        elif kind == "who":
            r.bold = True
            r.font.size = Pt(9)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph()
    return t


def textbox(lines, box_id, fill="FBEFF5", cy=1600200):
    """An inline text box (wps, VML fallback) holding a testimonial."""
    def one(text, kind):
        if kind == "q":
            rpr = "<w:rPr><w:i/><w:sz w:val=\"24\"/></w:rPr>"
            ppr = "<w:pPr><w:spacing w:after=\"80\"/></w:pPr>"
        elif kind == "who":
            rpr = "<w:rPr><w:b/><w:sz w:val=\"18\"/></w:rPr>"
            ppr = "<w:pPr><w:jc w:val=\"right\"/></w:pPr>"
        else:
            rpr = ""
            ppr = ""
        return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'

    content = "".join(one(t, k) for t, k in lines)
    cx = 5760720
    xml = f"""
<w:r {NS}>
 <mc:AlternateContent>
  <mc:Choice Requires="wps">
   <w:drawing>
    <wp:inline distT="0" distB="0" distL="0" distR="0">
     <wp:extent cx="{cx}" cy="{cy}"/>
     <wp:effectExtent l="0" t="0" r="0" b="0"/>
     <wp:docPr id="{box_id}" name="Quote {box_id}"/>
     <wp:cNvGraphicFramePr/>
     <a:graphic>
      <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
       <wps:wsp>
        <wps:cNvSpPr txBox="1"/>
        <wps:spPr>
         <a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
         <a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom>
         <a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
         <a:ln w="12700"><a:solidFill><a:srgbClr val="7A1F5C"/></a:solidFill></a:ln>
        </wps:spPr>
        <wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>
        <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="137160" tIns="91440" rIns="137160" bIns="91440" anchor="t"><a:noAutofit/></wps:bodyPr>
       </wps:wsp>
      </a:graphicData>
     </a:graphic>
    </wp:inline>
   </w:drawing>
  </mc:Choice>
  <mc:Fallback>
   <w:pict>
    <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
     <v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>
    </v:shapetype>
    <v:shape id="Quote {box_id}" o:spid="_x0000_s{1100 + box_id}" type="#_x0000_t202" style="width:453.6pt;height:{cy / 12700:.1f}pt" fillcolor="#{fill.lower()}" strokecolor="#7a1f5c" strokeweight="1pt">
     <v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox>
    </v:shape>
   </w:pict>
  </mc:Fallback>
 </mc:AlternateContent>
</w:r>"""
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


# ------------------------------------------------------------------ footer
sec = doc.sections[0]
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Orrinsford University \u00b7 Centre for Professional Learning in Education \u00b7 "
                "www.orrinsford.ac.uk/cple \u00b7 We make reasonable adjustments for disabled applicants "
                "and participants at every stage.")
fr.font.size = Pt(8)
fr.font.color.rgb = GREY

# ------------------------------------------------------------------ cover
para("Submitted to the Training and Development Agency for Schools as Orrinsford University\u2019s "
     "application for approval to provide nationally accredited SENCO training. April 2009.",
     italic=True, size=9, color=GREY)
para("ORRINSFORD UNIVERSITY", bold=True, size=12, color=GREY, align="c")
para("Centre for Professional Learning in Education", size=11, color=GREY, align="c")
para("")
para("Lead with confidence.", bold=True, size=36, color=TEAL, align="c")
para("The National Award for SEN Coordination 2009\u201310", bold=True, size=18, color=PLUM, align="c")
para("Postgraduate Certificate \u00b7 60 masters-level credits \u00b7 in partnership with "
     "Beckhampton County Council", size=12, align="c")
para("")
para("Your prospectus", bold=True, size=14, align="c")
page_break()

# ------------------------------------------------------------------ welcome
doc.add_heading("Welcome", level=1)
para("You have just become the person your school turns to when a child is stuck. Perhaps you were "
     "appointed last term; perhaps you have been doing the job for a year without anyone calling it "
     "by its name. Either way, this programme is for you.")
para("It has one purpose, and we will keep coming back to it: that children and young people with "
     "special educational needs and disabilities in your school achieve more and are better off \u2013 "
     "in their learning and across all five Every Child Matters outcomes, from being healthy and "
     "staying safe to making a positive contribution and achieving economic well-being. That purpose "
     "is written into the aims and learning outcomes of every module, and each of your three "
     "assignments asks you to show what changed for pupils, not just for their test scores.")
para("Over the year you will work through the law and the Code of Practice, get to know the learners "
     "in front of you far better than you do now, and learn to lead provision across a whole school. "
     "You will do most of your learning where it matters \u2013 in your own school \u2013 and you will "
     "finish with an award that is recognised nationally and counts towards a masters degree.")
para("Dr Miriam Tallis, Programme Director", bold=True, color=PLUM)

textbox([
    ("\u201cThe best bit was the morning a group of Year 8 students from Castle Lane came in and told us, "
     "straight, what helped them in lessons and what made things worse. Nobody had ever asked them "
     "before. I\u2019ve run my own pupil panel ever since.\u201d", "q"),
    ("Sunita Rahman, SENCO, Castle Lane Primary \u2013 Certificate in Inclusive Practice, 2007", "who"),
], box_id=11)

# ------------------------------------------------------------------ nutshell
splash("The award in a nutshell")
facts = [
    ("Award", "Postgraduate Certificate: The National Award for SEN Coordination"),
    ("Awarded and validated by", "Orrinsford University (programme validated at a University event "
     "with an external panel member, 4 March 2009)"),
    ("Credits", "60 credits at Level 7 (masters level): three 20-credit modules, N701, N702 and N703"),
    ("Starts", "September 2009 or January 2010"),
    ("How you study", "Thursday twilights plus four Saturdays a term, or the Saturday-morning group; "
     "one to two years"),
    ("Where", "The Orrinsford Centre, Mill Lane, Orrinsford OR3 6LQ"),
    ("Fee", "\u00a31,150 (Beckhampton County Council pays half for its maintained schools)"),
]
t = doc.add_table(rows=len(facts), cols=2)
t.style = "Table Grid"
for i, (k, v) in enumerate(facts):
    t.cell(i, 0).text = k
    t.cell(i, 0).paragraphs[0].runs[0].bold = True
    shade(t.cell(i, 0), "D9ECEE")
    t.cell(i, 1).text = v
para("")
para("Credits you gain can count towards Orrinsford\u2019s MA Inclusive Education.", italic=True)

# ------------------------------------------------------------------ why choose us
splash("Why choose us?", color=PLUM)
for b in [
    "Research-led and inspection-aware \u2013 always up to date.",
    "Pupils\u2019 voices at the heart of everything we do.",
    "Parents as partners \u2013 always.",
    "Placements in outstanding local schools.",
    "Fully accessible to everyone.",
    "Rigorous quality assurance at every stage.",
    "Every national outcome covered. Every national outcome assessed.",
    "Real, measurable impact on your pupils.",
    "Tutors who have done the job \u2013 and still do.",
]:
    bullet(b)

page_break()

# ------------------------------------------------------------------ what you'll learn
doc.add_heading("What you\u2019ll learn", level=1)
para("Three modules, each worth 20 credits. Here is what each one covers \u2013 and what you will be "
     "able to do by the end of it.")

kicker("Module N701  The SENCO and the Framework")
para("You will get to grips with the law and the policy that shape your job, and then put them to work "
     "in your own school. We cover:")
for b in [
    "the Education Act 1996 (Part IV), the Special Educational Needs and Disability Act 2001 and the SEN "
    "Code of Practice (2001), and what they mean for your school, for you and for others \u2013 and how "
    "to put them into practice;",
    "the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 and what they "
    "say about your role;",
    "the Disability Discrimination Act 1995 as amended in 2005, the Disability Equality Duty and "
    "accessibility planning \u2013 what the law requires of your school and how to carry it out;",
    "the Children Act 2004, Every Child Matters and the Common Assessment Framework: the five outcomes "
    "and the SENCO\u2019s part in helping children reach them;",
    "Removing Barriers to Achievement and the Inclusion Development Programme;",
    "working with your headteacher, senior team and governors on an inclusive ethos, SEN policy, "
    "priorities and the use of resources;",
    "\u2018What works\u2019: a session on reading research critically and on best practice in meeting "
    "special educational needs.",
]:
    bullet(b)

kicker("Module N702  Every Learner")
para("This is the module most of our past participants call the one that changed their teaching. You "
     "will look closely at children, at data and at what gets in the way of learning:")
for b in [
    "how children develop \u2013 cognitively, in language, socially and emotionally \u2013 and how SEN, "
    "disability and the physical and social environment for learning affect that development;",
    "the most common types of need: behavioural, emotional and social difficulties; specific learning "
    "difficulties, including dyslexia; speech, language and communication needs; autistic spectrum "
    "disorders; and moderate learning difficulties \u2013 and how each can affect learning;",
    "identifying pupils who may have SEN through classroom observation, data and assessment; setting "
    "targets; planning interventions; reviewing progress;",
    "making sense of reports from educational psychologists, speech and language therapists, "
    "occupational therapists and other professionals and turning them into teaching approaches;",
    "tracking progress with national tests, P scales and other summative data, and changing "
    "programmes when they are not working;",
    "approaches, strategies and resources for assessment, planning and teaching, including ICT and "
    "assistive technology;",
    "building fair, respectful relationships with pupils and with their families, and working with "
    "parents and carers (a half-day with Beckhampton Parent Partnership).",
]:
    bullet(b)

kicker("Module N703  Leading Provision")
para("Now you lead. Module N703 is about the whole school, and about other people:")
for b in [
    "provision mapping and management: planning and costing provision, and spotting what is missing "
    "or not working;",
    "deploying and managing teaching assistants and other support staff;",
    "supporting colleagues\u2019 professional development: observing lessons and giving feedback, "
    "modelling, coaching and mentoring, and leading INSET;",
    "reviewing provision with colleagues and feeding it into your school\u2019s self-evaluation and "
    "improvement planning \u2013 and the principles of school self-evaluation behind it;",
    "winning the commitment of your headteacher and senior leaders;",
    "working with other services and agencies, statutory and voluntary (our multi-agency day);",
    "using research evidence and outside advice to improve your own practice and your colleagues\u2019.",
]:
    bullet(b)

quote_cell([
    ("\u201cWe were assessed on a case conference role-play with a real educational psychologist and a "
     "family support worker. The marks counted, and it was the most nerve-racking and useful hour of "
     "the whole course.\u201d", "q"),
    ("Hannah Cole, SENCO, St Wenna\u2019s CE Primary \u2013 Certificate in Inclusive Practice, 2008", "who"),
])

# ------------------------------------------------------------------ learning in school
splash("Learning that lives in your school")
para("You will not spend the year in a lecture theatre. Every month there is a short in-school task "
     "\u2013 checking your SEN register against the Code of Practice, observing one pupil across a "
     "whole day, mapping what your school spends on support \u2013 and each task is tied to the "
     "outcomes of the module you are on. You bring what you find back to the next session and work on "
     "it with others.")
para("You will learn to advise and support colleagues in your own school: in Module N703 you practise "
     "coaching conversations in threes, then plan and lead a six-week coaching cycle with a teacher or "
     "teaching assistant back at base. Beyond your school, you join a cross-school cluster of four or "
     "five SENCOs, led by a Beckhampton advisory teacher, which meets twice a term to work through "
     "real cases from your schools together.")
para("And in the final module you lead a real change \u2013 in how your school maps provision, deploys "
     "its teaching assistants or reviews pupils\u2019 progress \u2013 and show in your final assignment "
     "what is now different in practice and for pupils. That is how the award turns into impact.")

# ------------------------------------------------------------------ built with schools
splash("Built with Beckhampton schools")
para("We did not design this programme on our own. In May and June 2008 we asked every one of "
     "Beckhampton\u2019s 96 schools what their SENCOs needed; 61 replied, and we ran two focus groups "
     "with SENCOs and headteachers and a meeting with the County\u2019s Principal Officer for SEN. "
     "Three needs came out on top: getting value from teaching assistants, mapping and costing "
     "provision, and feeling confident with the law. Nearly a third of Beckhampton\u2019s SENCOs had "
     "been in post less than two years.")
para("So the programme reflects what you told us. The headteachers\u2019 focus group asked for "
     "provision mapping to be taught earlier and in more depth, and it now has two full sessions in "
     "Module N703 instead of the one twilight in our first draft; the session on deploying teaching "
     "assistants was added at the SENCOs\u2019 request. Beckhampton\u2019s Inclusion Support Service "
     "co-designed Module N702 with us and its advisory teachers, educational psychologists and "
     "speech and language therapists teach many of its sessions.")
para("We\u2019d love to hear from your headteacher too \u2013 drop us a line at any time.")

textbox([
    ("\u201cEvery term the course team sent their evaluation to our heads\u2019 forum, and they came back "
     "the next term to tell us what they had changed. That is why I keep sending my staff.\u201d", "q"),
    ("Martin Askew, Headteacher, Ridgeway Junior School \u2013 on the Certificate in Inclusive Practice", "who"),
], box_id=12)

page_break()

# ------------------------------------------------------------------ assessment
doc.add_heading("How you\u2019ll be assessed", level=1)
para("There is no exam. You complete three assignments, one for each module, each based in your own "
     "school and marked against the University\u2019s masters-level criteria.")

kicker("Assignment 1 (Module N701)  Policy health-check \u2013 4,000 words")
para("You review your school\u2019s SEN and disability arrangements against the Code of Practice and "
     "the Disability Discrimination Act, and finish with an action plan agreed with your headteacher "
     "and shared with your SEN governor. We\u2019ll mark it on:")
for b in [
    "your knowledge of SEN law and the Code of Practice, what they mean for your school and how you "
    "put them into practice;",
    "your knowledge of disability equality law and the actions it requires;",
    "how your school\u2019s arrangements serve all five Every Child Matters outcomes, and what you as "
    "SENCO do to help children reach them;",
    "how you worked with your headteacher, senior colleagues and governors to shape an inclusive "
    "ethos, policies, priorities and use of resources.",
]:
    bullet(b)

kicker("Assignment 2 (Module N702)  Case study of a pupil \u2013 4,000 words")
para("You follow one pupil with SEN and/or disabilities for a term. We\u2019ll mark it on:")
for b in [
    "your understanding of the pupil\u2019s type of need and how it affects his or her learning;",
    "how you identified the need, set targets, planned the intervention and reviewed progress;",
    "how you used assessments by other professionals to shape the teaching;",
    "how you used summative data, including national tests, to track progress and change the "
    "programme;",
    "your critical choice of approaches, strategies and resources, including ICT.",
]:
    bullet(b)

kicker("Assignment 3 (Module N703)  Leading change \u2013 5,000 words and a 20-minute presentation")
para("You lead a change in provision in your school and present what happened to your headteacher and "
     "your tutor. We\u2019ll mark it on:")
for b in [
    "how you used a provision map to plan provision and to find what was missing or not working;",
    "how you deployed and managed teaching assistants and other support staff;",
    "the coaching cycle you led with a colleague, including your observation and feedback;",
    "how you reviewed the provision with colleagues to inform your school\u2019s self-evaluation and "
    "improvement plan, and your grasp of the principles of school self-evaluation;",
    "how you won the commitment of your headteacher and senior colleagues;",
    "how you used research evidence and outside advice to improve your own and your colleagues\u2019 "
    "practice;",
    "in the presentation and the written report, how clearly you explain yourself in speech and in "
    "writing, and how well you listen and respond to questions.",
]:
    bullet(b)

kicker("Your reflective journal")
para("We ask you to keep a journal all year: how you are planning your time, what you have delegated "
     "and how it went, and what you need to learn next. It isn\u2019t marked \u2013 it\u2019s for you "
     "and your tutor to talk over at tutorials.")
para("To gain the award you need to pass all three assignments.", bold=True)

# ------------------------------------------------------------------ made for you
splash("Made for you")
para("No two SENCOs start from the same place. Your personal tutor stays with you for the whole "
     "programme, and you have three one-to-one tutorials in each module \u2013 at the Centre, in your "
     "school or by phone. You choose the focus of each assignment to suit your school and your role, "
     "and you pick optional masterclasses (dyslexia-friendly classrooms, autism and anxiety, "
     "assistive technology, managing annual reviews) to match the learning plan you agree with your "
     "tutor. The fee covers all your materials, library membership and tutorials, and your school pays "
     "only half of it if it is a Beckhampton maintained school.")
para("You choose how and when you study:")
for b in [
    "start in September or in January \u2013 the January group follows exactly the same pattern one "
    "term later;",
    "join the Thursday twilight group (with four Saturdays a term) or the Saturday-morning group;",
    "take Modules N702 and N703 in either order once you have completed N701;",
    "finish in one year, or spread the three modules over up to two years.",
]:
    bullet(b)

quote_cell([
    ("\u201cI\u2019d been a specialist dyslexia teacher for fifteen years, so I went down the portfolio "
     "route: I was assessed on my existing work and never came to a single taught session. It "
     "recognised what I already knew.\u201d", "q"),
    ("Dave Ellery, SENCO, Marlbrook High School \u2013 Certificate in Inclusive Practice, 2006", "who"),
], fill="F6EAF1")

page_break()

# ------------------------------------------------------------------ tutors and resources
doc.add_heading("The people and the place", level=1)
kicker("Meet your tutors")
for name, text in [
    ("Dr Miriam Tallis, Programme Director. ",
     "SENCO in two Beckhampton secondary schools for ten years; EdD (Orrinsford) on provision "
     "mapping in secondary schools; teaches on the MA Inclusive Education."),
    ("Gareth Oduya. ",
     "Former primary SENCO and deputy headteacher (until 2007); MA Special Educational Needs; "
     "leads the coaching strand of Module N703."),
    ("Dr Priya Lennox. ",
     "Chartered educational psychologist and Senior Educational Psychologist with Beckhampton "
     "County Council; part-time lecturer at the Centre."),
    ("Joanne Fairweather. ",
     "Advisory teacher for autism, Beckhampton Inclusion Support Service; formerly head of a "
     "primary resource base for pupils with autism."),
]:
    rich((name, True), (text, False))
para("All four of us have worked in schools or county services within the last four years, and each "
     "of us attends at least one national SEN conference and one research seminar a year under the "
     "Centre\u2019s staff development plan.")
para("You will also learn from Beckhampton\u2019s speech and language therapists, its sensory support "
     "team, its behaviour support team and the Beckhampton Autism Family Network, who all teach "
     "sessions in Module N702 or on the multi-agency day.")

kicker("Resources")
para("The Hatherden Resource Base at the Orrinsford Centre holds a lending library of standardised "
     "assessments and intervention programmes, and an assistive technology suite with "
     "text-to-speech software, Clicker 5, symbol-writing software and switch access, where you spend "
     "a full session in Module N702. You have full use of the University library, including "
     "electronic journals from home.")

kicker("Support in school")
para("Your headteacher nominates a mentor for you in school, usually a member of the senior team; we "
     "send your mentor a copy of this prospectus. Every tutor works to our Programme Tutor Handbook "
     "and attends the Centre\u2019s standardisation day each September.")

# ------------------------------------------------------------------ year at a glance
splash("Your year at a glance")
para("September starters. The January group follows the same pattern one term later.", italic=True,
     size=9, color=GREY)
year = [
    ("April\u2013May 2009", "Applications open 20 April and close 22 May. Interviews at the Orrinsford "
     "Centre or in your school.", "Complete the form with your headteacher; bring your Starting Point "
     "self-audit to interview."),
    ("June", "Offers confirmed. Before we confirm your place, your headteacher confirms in writing the "
     "date and number of your current enhanced CRB disclosure, and we take up a reference from your "
     "current employer asking about your conduct and any disciplinary matters. If you have not worked "
     "in a post with regular contact with children in the last three months, we arrange a new "
     "enhanced disclosure through the University before you start.",
     "Return your acceptance form, CRB confirmation and referee\u2019s details."),
    ("July", "Your Starting Point meeting: one hour, one to one, with your personal tutor.",
     "Go through your audit against each national outcome with your tutor and leave with your "
     "Individual Learning Plan: the personalised outcomes you will focus on, your optional "
     "masterclasses and your tutorial dates."),
    ("September", "Launch day (Saturday 19 September). Module N701 begins: the SEN framework, the Code "
     "of Practice, disability equality.", "In-school task: check your SEN register and procedures "
     "against the Code of Practice."),
    ("October", "Every Child Matters and the SENCO. Academic writing workshop. \u2018What works\u2019 "
     "research session.", "First tutorial. Start your reflective journal."),
    ("November", "Working with your head, senior team and governors. Cluster meeting.",
     "Meet your SEN governor about Assignment 1."),
    ("December", "Assignment 1 due Friday 11 December.", "Second tutorial."),
    ("January 2010", "Module N702 begins: how children develop; the common types of need.",
     "In-school task: observe one pupil across a whole school day."),
    ("February", "Identifying need; using other professionals\u2019 assessments; tracking progress with "
     "national tests and P scales. Twilight: access arrangements for national tests and public "
     "examinations.", "Choose your case-study pupil. Cluster meeting."),
    ("March", "Working with families (half-day with Beckhampton Parent Partnership). Multi-agency day "
     "with health, social care and voluntary organisations \u2013 not graded; you get written "
     "feedback to take into Module N703.", "Assistive technology session at Hatherden."),
    ("April", "Assignment 2 due Friday 23 April. Module N703 begins: provision mapping and "
     "management; deploying teaching assistants.", "In-school task: draft your school\u2019s "
     "provision map."),
    ("May", "Coaching and mentoring colleagues; school self-evaluation and SEN. Moderation: tutors "
     "second-mark a sample of every assignment and all borderline and failing work at a moderation "
     "meeting, and our external examiner, Dr Frances Udall of the University of Kelsworth, reviews a "
     "sample from each module.", "Lead your six-week coaching cycle."),
    ("June", "Leading change presentations. Assignment 3 due Friday 25 June. Next Steps afternoon.",
     "Draft two or three professional targets on our Next Steps planner and take them to your "
     "performance management review with your line manager."),
    ("July", "Examination Board. Celebration evening.", "Repeat your Starting Point audit and compare."),
]
t = doc.add_table(rows=1 + len(year), cols=3)
t.style = "Table Grid"
for j, h in enumerate(["Month", "What\u2019s happening", "What you\u2019ll do"]):
    c = t.cell(0, j)
    c.text = h
    c.paragraphs[0].runs[0].bold = True
    shade(c, "006D77")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for i, (m, w, y) in enumerate(year, start=1):
    t.cell(i, 0).text = m
    t.cell(i, 0).paragraphs[0].runs[0].bold = True
    t.cell(i, 1).text = w
    t.cell(i, 2).text = y
    if i % 2 == 0:
        for j in range(3):
            shade(t.cell(i, j), "EEF6F7")

# ------------------------------------------------------------------ quality
splash("Quality you can count on")
para("We are serious about quality. At the end of every module you complete an evaluation "
     "questionnaire, and we tell the next group what we changed as a result \u2013 \u2018you said, we "
     "did\u2019. You repeat your Starting Point audit at the end of the year, so you and we can both "
     "see how far your confidence and competence have come.")

page_break()

# ------------------------------------------------------------------ FAQ
doc.add_heading("Frequently asked", level=1)
faq = [
    ("Do I have to be a SENCO already?",
     "You need qualified teacher status and to be in the SENCO role, or about to take it on within "
     "the year, with your headteacher\u2019s backing. See \u2018How to apply\u2019 below."),
    ("I\u2019ve been doing this for years. Can I just be assessed without coming to the sessions?",
     "We know many of you bring years of experience, and we value it. But we\u2019re sorry: there is "
     "no assessment-only route on this programme. Everyone joins the taught sessions, and your "
     "experience will shape your learning plan instead."),
    ("I already have a specialist qualification. Will it count?",
     "Yes, if it is certificated at masters level: you can bring up to 20 credits with you, matched "
     "against the outcomes of Module N702 by our APL adviser. Experience on its own can\u2019t be "
     "turned into credit, I\u2019m afraid \u2013 but it won\u2019t be wasted, because your tutor "
     "builds it into your Individual Learning Plan."),
    ("Is there an online version?",
     "Not at present. Every session is taught face to face at the Orrinsford Centre, and your "
     "tutorials are in person or by phone."),
    ("I have a disability. Will the course be accessible?",
     "Everyone is welcome here. The Orrinsford Centre is step-free, with lifts to every floor and a "
     "hearing loop in every teaching room."),
    ("What if life gets in the way?",
     "It happens. You can spread the programme over up to two years, or pause after a module and "
     "pick up with the next group."),
    ("Who supports me in school?",
     "Your mentor, chosen by your headteacher \u2013 see \u2018Support in school\u2019."),
    ("How do I pass?",
     "Pass all three assignments. Every national outcome is covered and assessed, so passing them "
     "shows you meet the national standard."),
    ("Will my pupils really benefit?",
     "That\u2019s the whole point! We hope you will see the difference in your pupils within the year, "
     "and we\u2019d love you to tell us about it."),
]
for q, a in faq:
    para(q, bold=True, color=PLUM, after=2)
    para(a)

# ------------------------------------------------------------------ fees and apply
splash("Fees and how to apply")
para("The fee for the whole programme is \u00a31,150, payable in three instalments. Beckhampton County "
     "Council pays half the fee for teachers in its maintained schools; schools elsewhere pay in "
     "full. The fee includes all materials, tutorials and library membership.")
steps = [
    "Talk to your headteacher. You need qualified teacher status, to be working as your school\u2019s "
    "SENCO or to be designated to take up the role within a year, and your headteacher\u2019s "
    "written support.",
    "Complete the application form, with your headteacher\u2019s supporting statement.",
    "Complete the Starting Point self-audit against the national outcomes (we send it when we "
    "receive your form).",
    "Come for a 40-minute interview with a tutor. We look at your audit together to make sure the "
    "programme is right for you now and that you will be able to meet every outcome by the end. If "
    "you are not ready yet, we tell you why, suggest what to do first (Beckhampton\u2019s SEN "
    "Foundations course, or a term shadowing an experienced SENCO) and, with your agreement, talk "
    "it through with your headteacher.",
]
for s in steps:
    bullet(s, style="List Number")

page_break()

# ------------------------------------------------------------------ back page
splash("Our promise to you", color=PLUM)
for b in [
    "We listen to children.",
    "We work hand in hand with families.",
    "We never stand still.",
    "We measure what matters.",
]:
    bullet(b)
para("")
splash("Get in touch", size=16)
for name, text in [
    ("Programme Director: ", "Dr Miriam Tallis \u00b7 01632 960 418 \u00b7 m.tallis@orrinsford.ac.uk"),
    ("Admissions: ", "Colin Pryor \u00b7 01632 960 400 \u00b7 cple-admissions@orrinsford.ac.uk"),
    ("Beckhampton Inclusion Support Service: ", "Joanne Fairweather \u00b7 01632 961 722"),
]:
    rich((name, True), (text, False))
para("Centre for Professional Learning in Education, Orrinsford University, The Orrinsford Centre, "
     "Mill Lane, Orrinsford OR3 6LQ")
para("Large-print and electronic copies of this prospectus are available from Admissions.", italic=True,
     size=9)

doc.save(OUT)
print("wrote", OUT)
