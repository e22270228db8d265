"""Build cj-02-reflective-essay.docx (invented provider).

Provider: Ilverstone University, School of Education, applying alone (Morvale
County Council appears as a stakeholder whose SENCOs were surveyed and whose
specialists teach). Programme: Postgraduate Certificate in Special
Educational Needs Coordination, 60 credits at Level 7, three 20-credit
modules EDU7401 Frameworks for Inclusion, EDU7402 Understanding Learners,
EDU7403 Leading Provision. February 2009; 2008-era vocabulary (CRB, List 99,
DDA and the Disability Equality Duty, SEN Code of Practice 2001, ECM, SENCO
Regulations 2008, Bercow Report, Inclusion Development Programme, the Lamb
Inquiry announced in 2008).

Layout: a long reflective essay in the first person by the programme leader,
Dr Hannah Trewin, with a short italic preface. Section titles are bold
Normal paragraphs with typed Roman numerals (no heading styles). Long
paragraphs that move between what the programme does, what the writer
believes, what colleagues at other universities do, and what the old
Advanced Certificate (1999-2008) used to do.
- Real Word footnotes (word/footnotes.xml part with separator and
  continuation separator, footnoteReference runs in the body, footnotePr in
  settings). Several footnotes carry arrangements that appear nowhere else
  (credits and validation, APL, CRB checks, assignment marking criteria,
  moderation, next steps, the award regulation); others are citations.
- Two sidebar text boxes (anchored, square wrap, right margin; wps shape in
  mc:Choice with a VML v:textbox fallback, so the text occurs twice in the
  XML) holding case studies of past participants of the old course.

Traps and the requirement ids each affects:
- E.2 met only in footnote 2, the validation footnote (60 credits at Level 7). E.1 met (validated by
  the University's Academic Standards Committee; the University awards).
- 1.1 partially_met: the printed aim is about "attainment"; well-being is
  the writer's belief ("I care as much about ... lunchtime"); the enquiry asks
  only for a change in attainment.
- 1.5 not_met and 6.S7 not_met: consulting pupils is only a past session
  (the Children's Rights Officer, post gone in 2006), the writer's wish, a
  past participant's practice in Box 1, and "For the moment the programme
  does not teach it."
- 1.7 partially_met, 6.S8 partially_met: parents appear only as the Code's
  expectations and parents' rights in EDU7401 (knowledge, not skills; not
  assessed); parents co-teaching is Fenmoor University's practice, not
  Ilverstone's.
- 1.9 partially_met: the assignment criteria (footnotes) cover many but not
  all outcomes.
- 2.1 met only in a footnote (APCL and APEL by portfolio, two tutors).
- 2.2 partially_met: self-rating against the outcomes discussed at the first
  tutorial, then "filed"; the individual plan was only intended.
- 2.3 not_met: the assessment-only route is the University of Harnside's;
  "we have not offered one, and I am not yet persuaded".
- 2.5 met only in a footnote (next-steps plan at the last tutorial).
- 3.1 partially_met: only the University's Disability Support Service named
  in the handbook; "we have relied on participants telling us".
- 3.2 met: two start points, modules in either order, blended route, up to
  three years.
- 3.3 partially_met: blended route with peer forum (footnote), but "Tutors do
  not take part in the forum" and email replies "when teaching allows".
- 4.1 met, 4.2 met: the 2008 survey and focus groups and the three changes
  they produced. 4.3 partially_met: specialists and former participants teach
  (and Box 2: Imran returns each autumn), but stakeholders' part in
  evaluation is only wished for ("for now the evaluation is ours").
- 5.2 partially_met: entry requirements but "I do not interview ... never
  turned anyone away"; no check on readiness.
- 5.3 met only in a footnote (headteacher confirms enhanced CRB disclosure
  number and date, conduct and disciplinary matters, List 99 check; new
  disclosure for those out of school for three months).
- 5.5 partially_met: specialist expertise yes; the placement week was dropped
  in 2007 (Box 1 describes it as past); now only names of schools to contact.
- 5.6 partially_met: library, e-journals, Blackboard; no specialist
  technology ("Fenmoor ... has an assistive technology suite; we do not").
- 5.7 partially_met: tutors meet twice a term with the handbook; school
  "critical friends" receive nothing ("we know little about what these
  colleagues do").
- 5.8 met only in a footnote (second marking, moderation, external examiner).
- 5.9 not_met: "we have never measured it, not even participants'
  confidence"; the case studies are anecdotes of past participants (Box 1,
  Box 2: reading ages, sub-levels).
- 6.0 not_met: "We do not check each participant against the list of
  national outcomes"; "A participant who passes the three assignments
  receives the award".
- Outcomes. Met (developed in a module AND named in an assignment's marking
  criteria in footnotes 6-8): A2, A4, A5, A6, K1, K3, K5, K6, K7, K8, S1, S2,
  S2a, S3, S5, S6. Taught but not in any marking criteria (partially_met):
  A1 (pupils only, and not assessed), A7 (unassessed journal), K2, K4, K9,
  S2b, S2c, S4, S8, S9. Not met: A3 ("I do not teach time management"), S2d
  (left to the local authority's training for examinations officers; Box 2's
  access arrangements were a past participant's own work), S7.
"""
from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

OUT = Path(__file__).with_name("cj-02-reflective-essay.docx")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = " ".join(f'xmlns:{k}="{v}"' for k, v in {
    "w": W_NS,
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
}.items())

doc = Document()
doc.core_properties.author = "Hannah Trewin"
doc.core_properties.title = "Learning to lead - reflective account - TDA SENCO application"
normal = doc.styles["Normal"]
normal.font.name = "Georgia"
normal.font.size = Pt(11)

fn_text_style = doc.styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
fn_text_style.base_style = normal
fn_text_style.font.size = Pt(9)
fn_text_style.paragraph_format.space_after = Pt(0)
fn_ref_style = doc.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
fn_ref_style.font.superscript = True

# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    "valid": "The Postgraduate Certificate in Special Educational Needs Coordination was validated by the "
             "University\u2019s Academic Standards Committee on 11 December 2008 and is awarded by the "
             "University. It carries 60 credits at Level 7 (masters level) and consists of three 20-credit "
             "modules: EDU7401 Frameworks for Inclusion, EDU7402 Understanding Learners and EDU7403 "
             "Leading Provision.",
    "oldcert": "The Advanced Certificate in Special Needs Coordination carried 30 credits at Level 6. Its "
               "last cohort completed in July 2008 and it has been withdrawn.",
    "cop": "DfES (2001) *Special Educational Needs Code of Practice*. Annesley: DfES.",
    "ofsted": "Ofsted (2006) *Inclusion: does it matter where pupils are taught?* HMI 2535. London: Ofsted.",
    "bercow": "Bercow, J. (2008) *The Bercow Report: A review of services for children and young people "
              "(0\u201319) with speech, language and communication needs*. Nottingham: DCSF.",
    "lamb": "The Lamb Inquiry into parental confidence in the SEN system was announced in March 2008 and "
            "is expected to report during 2009.",
    "critA": "Assignment A (3,500 words) is a critique of the participant\u2019s school SEN policy and "
             "practice. It is marked against five criteria: (1) knowledge of SEN law and the Code of "
             "Practice, their implications for the school, and how the school puts them into practice; "
             "(2) knowledge of the disability equality duties and the actions they require of the school; "
             "(3) the participant\u2019s work with the headteacher, senior colleagues and governors on the "
             "strategic development of inclusive policy, priorities and the use of resources; (4) critical "
             "use of research evidence and external advice to improve practice; (5) knowledge of best "
             "practice and the outcomes of research in meeting special educational needs. All three "
             "assignments are also marked for clarity of written expression.",
    "critB": "Assignment B (4,000 words) is a case study of a pupil chosen by the participant. It is marked "
             "against four criteria: (1) understanding of the pupil\u2019s needs in the context of the "
             "common types of SEN and disability and how they affect learning; (2) how the participant "
             "identified the pupil\u2019s needs, set challenging targets, planned interventions and reviewed "
             "progress; (3) use of assessments made by other professionals to shape teaching; (4) critical "
             "use of approaches, strategies and resources, including ICT, to remove barriers to learning.",
    "critC": "The enquiry report (5,000 words) is marked against five criteria: (1) use of provision "
             "mapping to plan provision and to identify provision that is ineffective or missing; "
             "(2) evaluation of provision with colleagues to inform the school\u2019s self-evaluation, and "
             "understanding of the principles of school self-evaluation and improvement; (3) how the "
             "participant gained the commitment of the headteacher and senior leaders; (4) how the "
             "participant supported colleagues\u2019 professional development through observation and "
             "feedback, modelling, coaching or training; (5) the soundness of the decisions made about "
             "provision and the judgement shown in making them. The twenty-minute viva that follows is "
             "marked for the clarity of the participant\u2019s spoken account and for how well he or she "
             "listens and responds to the examiners\u2019 questions.",
    "award": "Under the University\u2019s Postgraduate Assessment Regulations the certificate is awarded to a "
             "participant who passes all three modules; the pass mark for each assignment is 50 per cent.",
    "moderation": "Every enquiry report, every fail and every mark of 70 or above is second-marked, together "
                  "with a random sample of at least a quarter of the other assignments. The module team "
                  "meets to moderate marks before the Examination Board, and the external examiner, a "
                  "reader in inclusive education at another university, reviews a sample from each module, "
                  "sees every fail and attends the Board.",
    "apl": "Under the University\u2019s Regulations for the Accreditation of Prior Learning a participant "
           "may be credited with up to 20 credits for certificated learning at Level 7 in special "
           "educational needs, and up to 20 credits for experiential learning, claimed through a portfolio "
           "that maps the participant\u2019s experience against the learning outcomes of the module "
           "concerned and is assessed by two tutors and confirmed by the Examination Board. Every "
           "applicant who mentions relevant prior learning is offered a meeting with the School\u2019s APL "
           "adviser before enrolment.",
    "crb": "The application form asks the headteacher to confirm the number and date of the candidate\u2019s "
           "enhanced CRB disclosure, that the candidate is not on List 99, and that the school has no "
           "concerns about the candidate\u2019s conduct and no outstanding disciplinary matters. The "
           "Admissions Office checks every form before an offer is made. A candidate who has not worked in "
           "a school in a post involving regular contact with children during the previous three months "
           "must obtain a new enhanced disclosure through the University before enrolling.",
    "forum": "The online units sit on the University\u2019s Blackboard site. Each unit has a reading, a "
             "short recorded lecture and a task; participants post their tasks to the unit\u2019s "
             "discussion forum, where other participants comment on them.",
    "nextsteps": "The last tutorial of EDU7403 is given over to a next-steps plan. Each participant sets "
                 "two or three professional targets for the following year on the programme\u2019s "
                 "template and is asked to take the plan to his or her performance management review; the "
                 "tutor also explains the route from the Certificate to the MA in Inclusive Education.",
    "fenmoor": "I am grateful to Dr Alys Brennan of Fenmoor University for describing her programme to me.",
}
fn_order: list[str] = []


def fn_id(key):
    if key not in fn_order:
        fn_order.append(key)
    return fn_order.index(key) + 1


TOKEN = re.compile(r"(\[\[fn:\w+\]\]|\*[^*]+\*)")


def fill(para, text, bold=False):
    for piece in TOKEN.split(text):
        if not piece:
            continue
        if piece.startswith("[[fn:"):
            key = piece[5:-2]
            i = fn_id(key)
            para._p.append(parse_xml(
                f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                f'<w:footnoteReference w:id="{i}"/></w:r>'))
        elif piece.startswith("*") and piece.endswith("*") and len(piece) > 2:
            r = para.add_run(piece[1:-1])
            r.italic = True
            r.bold = bold
        else:
            r = para.add_run(piece)
            r.bold = bold


def p(text="", bold=False, italic=False, align=None, size=None):
    para = doc.add_paragraph()
    if text:
        if italic:
            r = para.add_run(text)
            r.italic = True
            if size:
                r.font.size = Pt(size)
        else:
            fill(para, text, bold=bold)
            if size:
                for r in para.runs:
                    r.font.size = Pt(size)
    if align == "c":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.paragraph_format.space_after = Pt(8)
    return para


def title(text):
    para = p(text, bold=True)
    para.paragraph_format.space_before = Pt(14)
    return para


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sidebar(para, lines, box_id, height_pt):
    """Anchor a floating sidebar text box (wps + VML fallback) at the start of para."""
    def pxml(text, bold=False, italic=False):
        rpr = ""
        if bold or italic:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + \
                  '<w:sz w:val="18"/></w:rPr>'
        else:
            rpr = '<w:rPr><w:sz w:val="18"/></w:rPr>'
        return (f'<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r>{rpr}'
                f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>')

    content = "".join(pxml(t, b, i) for t, b, i in lines)
    cx = 2286000
    cy = int(height_pt * 12700)
    xml = f"""
<w:r {NS}>
 <mc:AlternateContent>
  <mc:Choice Requires="wps">
   <w:drawing>
    <wp:anchor distT="45720" distB="45720" distL="182880" distR="0" simplePos="0" relativeHeight="{251658240 + box_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
     <wp:simplePos x="0" y="0"/>
     <wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
     <wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
     <wp:extent cx="{cx}" cy="{cy}"/>
     <wp:effectExtent l="0" t="0" r="0" b="0"/>
     <wp:wrapSquare wrapText="bothSides"/>
     <wp:docPr id="{box_id}" name="Text Box {box_id}"/>
     <wp:cNvGraphicFramePr/>
     <a:graphic>
      <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
       <wps:wsp>
        <wps:cNvSpPr txBox="1"/>
        <wps:spPr>
         <a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
         <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
         <a:solidFill><a:srgbClr val="EAF1DD"/></a:solidFill>
         <a:ln w="6350"><a:solidFill><a:srgbClr val="4F6228"/></a:solidFill></a:ln>
        </wps:spPr>
        <wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>
        <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
       </wps:wsp>
      </a:graphicData>
     </a:graphic>
    </wp:anchor>
   </w:drawing>
  </mc:Choice>
  <mc:Fallback>
   <w:pict>
    <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
     <v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>
    </v:shapetype>
    <v:shape id="Text Box {box_id}" o:spid="_x0000_s{1025 + box_id}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:180pt;height:{height_pt}pt;z-index:{251658240 + box_id};visibility:visible;mso-wrap-style:square;mso-wrap-distance-left:14.4pt;mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:0;mso-wrap-distance-bottom:3.6pt;mso-position-horizontal:right;mso-position-horizontal-relative:margin;mso-position-vertical:absolute;mso-position-vertical-relative:text" fillcolor="#eaf1dd" strokecolor="#4f6228" strokeweight=".5pt">
     <v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox>
     <w10:wrap type="square"/>
    </v:shape>
   </w:pict>
  </mc:Fallback>
 </mc:AlternateContent>
</w:r>"""
    para._p.insert(1 if para._p.pPr is not None else 0, parse_xml(xml))


# ---------------------------------------------------------------- header
hp = doc.sections[0].header.paragraphs[0]
hp.text = "Ilverstone University \u2013 School of Education \u2013 application to the TDA, February 2009"
hp.runs[0].font.size = Pt(8)

# ---------------------------------------------------------------- title and preface
p("Learning to lead", bold=True, align="c", size=18)
p("An account of the Ilverstone Postgraduate Certificate in Special Educational Needs Coordination",
  italic=True, align="c", size=12)
p("Dr Hannah Trewin, Programme Leader, School of Education, Ilverstone University", align="c")
p("Submitted in support of the University\u2019s application to the Training and Development Agency for "
  "Schools for approval as a provider of nationally accredited training for SENCOs, February 2009",
  align="c", size=9)
p("A note on this document. The TDA\u2019s guidance asks applicants to show how their provision meets "
  "six criteria. Rather than answer them one by one, I have tried to give an honest account of the "
  "programme as I understand it, ten years after I first taught a course for SENCOs here. Where a "
  "factual arrangement would interrupt the argument I have put it in a footnote. Two former "
  "participants have allowed me to tell their stories, which appear in the boxes.", italic=True)

# ---------------------------------------------------------------- I
title("I. Beginnings")
p("I came to Ilverstone in 1999 after eleven years as SENCO in two Morvale comprehensives, and in my "
  "first term the School launched the Advanced Certificate in Special Needs Coordination[[fn:oldcert]]: "
  "ten Saturday mornings and an examination. Looking back, it was a course about paperwork. We taught "
  "the five stages of the 1994 Code, the writing of individual education plans and the annual review "
  "timetable, and the examination asked participants to recall them. Teachers liked it, because it "
  "answered the questions that kept them awake, but I cannot remember a single occasion on which "
  "anyone told me that a child had been helped by it.")
p("The Certificate changed over the years, and two of those changes matter to this account because "
  "they were the best things we ever did and neither survives. From 2001 until 2007 every participant "
  "spent a placement week in a special school or a specialist unit in the county, chosen to contrast "
  "with his or her own school; it was the part of the course people talked about for years afterwards. "
  "We dropped it in 2007, when schools could no longer find the cover and the county\u2019s funding for "
  "it ended. And from 2003 the county\u2019s Children\u2019s Rights Officer, Mel Quiggin, led a morning on "
  "consulting pupils, in which participants learned to run review meetings that pupils chaired "
  "themselves. When her post disappeared in 2006, so did the morning.")
p("The Postgraduate Certificate which this application concerns is a new programme, not the old one "
  "rebadged[[fn:valid]]. It was written in 2008 with the national minimum outcomes open on the desk, and "
  "it began with its first cohort of twenty-two teachers in September 2008. What follows describes it "
  "as it now runs, with some account of why it is as it is.")

# ---------------------------------------------------------------- II
title("II. What I think the course is for")
p("I believe that every child has the right to be known well by at least one adult in school, and that "
  "the SENCO\u2019s real work is to make sure that happens for the children who are easiest to overlook. "
  "I believe that inclusion is a matter of daily habits far more than of policies. And I believe that "
  "SENCOs learn most when they are made to look hard at one child, and then at the whole school, and "
  "then at one child again. Those beliefs run through everything we teach, though I know that beliefs "
  "are not what the panel is asking about.")
p("The programme\u2019s aim, as printed in the handbook, is \u201cto develop teachers\u2019 capacity to lead "
  "provision that raises the attainment of pupils with special educational needs and disabilities\u201d. "
  "I have sometimes wondered whether attainment is too narrow a word. I care as much about whether a "
  "girl with autism can get through a lunchtime as about whether she reaches level 4 in English, and I "
  "hope participants leave understanding that the five outcomes of Every Child Matters are not a "
  "poster but a description of a good childhood. But I would misrepresent the assessment if I claimed "
  "that it asks for anything except attainment: the enquiry asks each participant to show a change in "
  "pupils\u2019 attainment, and that is what participants report.")
p("There is one gap I feel keenly. I believe that pupils should be asked about the help they are given, "
  "and that a SENCO who cannot do that well is missing the best source of evidence in the building. "
  "Since Mel Quiggin\u2019s morning went, that has had no place in what we teach. I would like the new "
  "programme to recover something of it, and I have asked Morvale whether anyone in the county now does "
  "that work. For the moment the programme does not teach it.")

# ---------------------------------------------------------------- III
title("III. The shape of the year")
p("The programme has three modules, each of twenty credits, each with five study days and each "
  "assessed by a single piece of school-based work. Every study day ends with a school task that "
  "participants carry out in their own schools before the next day and bring back to discuss, so that "
  "what we teach on a Tuesday in Ilverstone is tried out in a classroom in Morvale by the following "
  "week; every assignment is about the participant\u2019s own school and its pupils.")
p("EDU7401, Frameworks for Inclusion, deals with law and policy: the Education Act 1996, the Code of "
  "Practice[[fn:cop]], the Special Educational Needs and Disability Act 2001, the Disability "
  "Discrimination Act as amended in 2005 and the Disability Equality Duty, the Children Act 2004, Every "
  "Child Matters and Removing Barriers to Achievement, and the 2008 regulations that make the SENCO a "
  "qualified teacher and, in time, a trained one. A day on parents as partners covers what the Code "
  "expects of schools, parents\u2019 rights of appeal, and the part played by the Parent Partnership "
  "Service. Another day, which we call the SENCO and the senior team, is about working with the "
  "headteacher, senior colleagues and governors on an inclusive policy and on the use of the school\u2019s "
  "resources, and about winning the commitment of senior leaders to the work. The module also has a "
  "writing clinic and a short workshop on presenting to colleagues and answering their questions, "
  "because much of a SENCO\u2019s influence depends on being clear. It is assessed by Assignment A, a "
  "critique of the participant\u2019s own school\u2019s SEN policy and practice[[fn:critA]].")
p("Each module also has a research seminar, in which participants read, present and criticise one "
  "recent study of what works for pupils with SEN, and the reading lists are rebuilt every summer. This "
  "year they were rebuilt around Ofsted\u2019s report on where pupils are taught[[fn:ofsted]], the Bercow "
  "Report on speech, language and communication[[fn:bercow]] and the Inclusion Development Programme "
  "materials on dyslexia and on speech, language and communication needs; the module leaders are "
  "watching the Lamb Inquiry[[fn:lamb]] and will add its findings when it reports.")
p("EDU7402, Understanding Learners, begins with how children develop \u2013 cognitively, linguistically, "
  "socially and emotionally \u2013 and how special educational needs, disability and the environment "
  "for learning can affect that development. It then takes the common types of need in turn: "
  "behavioural, emotional and social difficulties; specific learning difficulties, including dyslexia; "
  "speech, language and communication needs; autistic spectrum disorders; and moderate learning "
  "difficulties, each taught with one of Morvale\u2019s specialists. The second half of the module is "
  "about assessment and teaching: identifying need through observation and data, setting targets, "
  "planning and reviewing interventions, and using the reports of educational psychologists, "
  "therapists and advisory teachers; tracking progress with P scales, national curriculum tests and "
  "other summative data; assessment for learning, and how to help colleagues adapt it for pupils with "
  "SEN; approaches, strategies and resources, including ICT, for removing barriers. A session on "
  "relationships looks at how a SENCO builds fair and respectful relationships with pupils whose "
  "behaviour tests everyone around them. The module is assessed by Assignment B, a case study of one "
  "pupil[[fn:critB]].")
p("EDU7403, Leading Provision, turns to the whole school. It teaches provision mapping and management, "
  "the deployment and management of teaching assistants and other support staff, school "
  "self-evaluation and how to evaluate provision with colleagues so that the findings reach the "
  "school\u2019s self-evaluation form, and the roles of the external agencies \u2013 health, social care, "
  "the educational psychology service and the voluntary organisations \u2013 with whom a SENCO works. "
  "Each participant joins a coaching triad with SENCOs from two other schools: the three observe one "
  "another at work, give feedback and coach one another through the term, and each participant plans "
  "and leads a training session for colleagues in his or her own school. A problem-based workshop "
  "presents participants with the dilemmas of provision \u2013 two pupils and one teaching assistant, a "
  "parent who wants a special school, a headteacher who wants the SEN budget for something else \u2013 "
  "and asks them to decide and defend their decisions. The module is assessed by a school-based enquiry, "
  "in which the participant leads a change in SEN provision in his or her own school over a term and "
  "reports on what happened, followed by a viva[[fn:critC]].")
p("Throughout the year participants keep a journal of their reading and of their own professional "
  "development, in which they plan what they need to learn next. Tutors read it at tutorials; it is "
  "not assessed. Two things are missing, and I had better say so. I do not teach time management or "
  "delegation: I think SENCOs learn to prioritise by doing the job, and I have never seen a session "
  "on it that helped. And I leave access arrangements for national tests and examinations to Morvale\u2019s "
  "annual training for examinations officers, which most secondary SENCOs attend.")

# Box 1 anchored to the next paragraph
box1_para = p("Colleagues elsewhere do some of this better. At Fenmoor University[[fn:fenmoor]] parents "
              "co-teach the unit on partnership with families, and participants practise difficult "
              "conversations with parents who have agreed to play themselves; I envy that, and I have "
              "nothing like it. Our parents\u2019 day is about the Code and about rights, and I am aware that "
              "knowing a parent\u2019s rights is not the same thing as being able to sit with a frightened "
              "mother and agree what to do next. Fenmoor also has an assistive technology suite in which "
              "SENCOs try out software before recommending it to their schools; we do not.")
sidebar(box1_para, [
    ("CASE STUDY 1: BERNADETTE", True, False),
    ("Advanced Certificate, 2005\u201306", False, True),
    ("Bernadette was in her first year as SENCO at Oakhanger Infant School when she joined the Advanced "
     "Certificate. During her placement week at Hollins Brook Special School she watched pupils with "
     "severe learning difficulties lead their own review meetings with symbols, and she came back "
     "determined to try it.", False, False),
    ("By the summer every pupil at School Action Plus in Oakhanger was helping to set and review his or "
     "her own targets with a \u2018My targets\u2019 booklet, and the number of parents attending review "
     "meetings had doubled. Her Year 2 pupils with SEN made on average 1.4 sub-levels more progress in "
     "reading than the previous year\u2019s group.", False, False),
    ("\u201cThe placement week changed how I saw my job.\u201d", False, True),
], box_id=1, height_pt=300)

# ---------------------------------------------------------------- IV
title("IV. Who comes, and how we meet them")
p("Applicants must hold qualified teacher status and be working as a SENCO or be about to take on the "
  "role, and the headteacher signs the application[[fn:crb]]. I do not interview, and in ten years I "
  "have never turned anyone away; I am not sure that I would know how to, or that I should. Teachers "
  "who have studied special needs before, or who bring years of relevant experience, can have it "
  "counted[[fn:apl]].")
p("Before the first study day every participant writes what we call a learning autobiography and rates "
  "himself or herself against each of the national minimum outcomes on a four-point scale. We discuss "
  "both at the first tutorial. I had intended the ratings to become an individual plan for each "
  "participant, with targets of his or her own; in practice they inform the tutorial conversation and "
  "are then filed.")
p("Within the programme there is a good deal of room to move. Each participant has four individual "
  "tutorials over the year with the same tutor, chooses the pupil for the case study and the focus of "
  "the enquiry with that tutor so that both are of direct use to the school, and may add any of three "
  "optional Saturday workshops (autism in the secondary school, early years, sensory impairment). The "
  "fee for the whole programme is \u00a31,095, of which Morvale pays half for SENCOs in its own schools, "
  "and we keep costs down by holding the study days at the Morvale Teachers\u2019 Centre rather than on "
  "campus. The modules build on one another, and the last ends by looking forward[[fn:nextsteps]].")
p("Colleagues at the University of Harnside have an assessment-only route for experienced SENCOs, who "
  "submit a portfolio against the outcomes and are examined on it without attending. I can see the case "
  "for it, but we have not offered one, and I am not yet persuaded that the conversations of the study "
  "days can be replaced by a portfolio.")
p("On access, I should be plain. The University has a Disability Support Service, and the programme "
  "handbook tells participants that it exists and how to contact it. Beyond that we have relied on "
  "participants telling us what they need, and most have not needed anything. On flexibility we have "
  "done more. Since 2008 there have been two start points, September and February. EDU7401 and "
  "EDU7402 may be taken in either order, with EDU7403 last, and a participant may spread the three "
  "modules over as much as three years. EDU7402 may be taken either as five study days or as a blended "
  "route of two study days and six online units[[fn:forum]]. The online units are, I think, well made; "
  "participants use the forum to help each other and say they value it. Tutors do not take part in "
  "the forum \u2013 our workload model does not allow for it \u2013 and between study days participants on "
  "either route can email the module tutor, who replies when teaching allows.")

# ---------------------------------------------------------------- V
title("V. Working with others")
p("The programme was built on what schools told us. In the spring of 2008 Morvale\u2019s Principal SEN "
  "Officer and I surveyed every SENCO in the county (71 of 118 replied) and held two focus groups of "
  "headteachers, one primary and one secondary. Three messages came through clearly. New SENCOs needed "
  "help to plan and cost provision across a whole school rather than pupil by pupil. Many felt that "
  "they were not heard by senior leaders and governors, and some did not attend senior team meetings "
  "at all. And schools in the west of the county, an hour or more from Ilverstone, could not release "
  "teachers for five days of study in term time.")
p("Each message changed the programme. Provision mapping, an optional Saturday workshop on the old "
  "Certificate, became the core of EDU7403. The day on the SENCO and the senior team was added to "
  "EDU7401 at the headteachers\u2019 suggestion. The blended route of EDU7402 was created for the western "
  "schools. And because former participants of the Certificate told us, year after year, that the "
  "examination taught them nothing, we replaced it with the case study.")
p("Morvale\u2019s educational psychologists, speech and language therapists and autism outreach teachers "
  "teach the sessions on types of need in EDU7402, and two former participants come back each year to "
  "talk to the new cohort about their enquiries. I would like headteachers, and parents, to join us in "
  "judging the programme as well as shaping it, perhaps through a small programme committee, but I have "
  "not yet found the way to do it, and for now the evaluation is ours.")

# Box 2 anchored to the next paragraph
box2_para = p("Specialist expertise is the easiest thing for us to offer: besides Morvale\u2019s "
              "specialists, the School\u2019s own staff include an educational psychologist and two former "
              "advisory teachers. Placements are harder. Since the placement week went, participants who "
              "want to see a special school or a resourced provision are given the names of heads who "
              "have offered to receive visitors, and some go; we do not arrange or follow up the visits. "
              "The University library holds a good collection on special educational needs, participants "
              "have full access to its electronic journals, and each module has a Blackboard site; we have "
              "no specialist technology of our own.")
sidebar(box2_para, [
    ("CASE STUDY 2: IMRAN", True, False),
    ("Advanced Certificate, 2007\u201308", False, True),
    ("Imran joined the Certificate in its last year as SENCO of Greywell Community College. His project "
     "looked at how the college\u2019s thirty teaching assistants were deployed, and led to a timetable that "
     "put them with subjects rather than with individual pupils.", False, False),
    ("On his own initiative he also worked with the examinations officer to move testing for access "
     "arrangements into Year 9, so that every candidate\u2019s arrangements were in place before the "
     "mock examinations. Reading ages of the Year 7 pupils in his reading group rose by an average of "
     "fourteen months in six months.", False, False),
    ("Imran now comes back each autumn to talk to the new cohort about his project.", False, False),
], box_id=2, height_pt=290)

# ---------------------------------------------------------------- VI
title("VI. The people who teach it")
p("There are four of us. I was a SENCO for eleven years and hold an MA in Special Education, and I "
  "still spend a day a fortnight in a Morvale school as a member of the county\u2019s SENCO network. "
  "Dr Owen Pryce is a chartered educational psychologist who worked for Morvale until 2007 and still "
  "takes casework for the county. Sunita Ralhan was an advisory teacher for specific learning "
  "difficulties and is completing a doctorate on reading intervention. Carys Mbeki led a primary "
  "resource base for pupils with speech and language needs until last year. We meet as a team twice a "
  "term to plan and to look at marking, and everyone has the programme handbook. There are no mentors "
  "as such: each participant is asked to find a critical friend in school, usually a member of the "
  "senior team, and we know little about what these colleagues do.")

# ---------------------------------------------------------------- VII
title("VII. Assessment, and what I will not do")
p("Each of the three assignments is marked against criteria that I wrote with the national outcomes "
  "beside me, so that they draw on the outcomes where they fit naturally, and the marking is "
  "checked[[fn:moderation]]. But I have resisted, and will go on resisting, a checklist. We do not check "
  "each participant against the list of national outcomes, because I have seen what happens when "
  "teachers are asked to collect evidence for a list: they stop thinking and start collecting. A "
  "participant who passes the three assignments receives the award[[fn:award]].")

# ---------------------------------------------------------------- VIII
title("VIII. Knowing whether it works")
p("We find out what participants think of the programme in several ways. Every module ends with a "
  "questionnaire. Each June a colleague from the School\u2019s primary PGCE team, who does not teach on "
  "the programme, runs a focus group with the cohort and writes a short report. The external examiner "
  "reports every year. All three go into the Annual Programme Review, which is scrutinised by the "
  "School\u2019s Learning and Teaching Committee and ends with an action plan; and at the first study day "
  "I tell the new cohort what we have changed because of what the last one said.")
p("The question I dread is the one the TDA asks: what difference does the programme make to children? "
  "The honest answer is that I do not know. We have never measured it, not even participants\u2019 "
  "confidence, and I am wary of the kind of measure that would be easy to collect. The two case studies "
  "in the margins are as close as I can come, and they are stories from the old Certificate; I offer "
  "them as stories.")

# ---------------------------------------------------------------- IX
title("IX. Coda")
p("Ten years ago I thought a SENCO course was a matter of getting the procedures right. I now think it "
  "is a matter of helping a teacher to become the person in the school who asks, about every child, "
  "\u201cand what is it like for her?\u201d If the programme does that, the outcomes will look after "
  "themselves; if it does not, no list will save it.")
p("Hannah Trewin", bold=False)
p("Ilverstone, February 2009", italic=True)

# ---------------------------------------------------------------- footnotes part
def fn_para_xml(i, text):
    runs = []
    for piece in re.split(r"(\*[^*]+\*)", text):
        if not piece:
            continue
        if piece.startswith("*") and piece.endswith("*"):
            runs.append(f'<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">{esc(piece[1:-1])}</w:t></w:r>')
        else:
            runs.append(f'<w:r><w:t xml:space="preserve">{esc(piece)}</w:t></w:r>')
    return (f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{"".join(runs)}</w:p></w:footnote>')


unused = set(FOOTNOTES) - set(fn_order)
assert not unused, unused
body = "".join(fn_para_xml(i + 1, FOOTNOTES[k]) for i, k in enumerate(fn_order))
fn_xml = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:footnotes xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    f'{body}</w:footnotes>'
)
fn_part = Part(PackURI("/word/footnotes.xml"),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
               fn_xml.encode("utf-8"), doc.part.package)
doc.part.relate_to(fn_part, RT.FOOTNOTES)

settings = doc.settings.element
compat = settings.find(qn("w:compat"))
fpr = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
if compat is not None:
    compat.addprevious(fpr)
else:
    settings.append(fpr)

doc.save(OUT)
print("wrote", OUT, "footnotes:", len(fn_order))
