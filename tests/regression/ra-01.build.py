"""Build ra-01.docx: Brackenridge University, PGCert SENCo (invented provider).

Provider: Brackenridge University, School of Education and Childhood Studies,
applying alone (Tollesby Metropolitan Borough Council appears only as a
stakeholder whose schools were surveyed and whose SEN services teach some
sessions). Programme: Postgraduate Certificate in Special Educational Needs
Coordination, three 20-credit Level 7 modules BRU7101-BRU7103. Dated January
2009, 2008-era vocabulary (CRB, DDA, SEN Code of Practice 2001, ECM).

Layout (deliberately untidy Word):
- No Word heading styles at all. Section titles are bold Normal paragraphs,
  mostly CAPITALISED, some in mixed case ("SECTION C - Criterion two"),
  with hand-typed numbering,
  sub-items are bold Normal paragraphs typed "1(a)", "2(c)", "5(f)".
- Lists are typed with "\u2022 " or "- " at the start of Normal paragraphs.
- Several paragraphs are broken by hard returns in mid-sentence (the second
  half is a separate w:p), as if pasted from a PDF; two paragraphs use manual
  line breaks (w:br) mid-sentence.
- Page header and footer (python-docx header/footer parts). The footer
  carries a safeguarding tag line about candidates' CRB checks: footers are
  never evidence.
- The stakeholder evidence for Criterion four (Box 1) is ONLY inside a text
  box (mc:AlternateContent with a wps text box and a VML fallback, so the
  text occurs twice in the XML).

Traps and the requirement each affects:
- 1.3 partially_met: 1(c) mentions research only; no inspection evidence.
- 1.5 not_met (aspiration): "We are exploring ... how consultation with
  children and young people might be built into a future revision".
- 6.S7 not_met: nothing on involving pupils in planning their provision.
- 2.2 partially_met: self-audit used only to plan the cohort's sessions;
  no individual training plan or personalised outcomes.
- 2.3 not_met (negation): "We do not offer an assessment-only route."
- 3.2 partially_met: one intake, fixed order, only pace is flexible.
- 3.3 not_applicable (negation): "There is no e-learning element". The
  provider's own session "3.3 Deploying staff" (BRU7103) collides with the
  specification's 3.3; it is evidence for 6.S4, not for 3.3. Sessions of
  BRU7101 are numbered 1.1-1.5 and collide with criteria 1.1-1.5 too.
- 4.1 met only through the text box (Box 1).
- 4.3 partially_met: LA services teach sessions, but involvement in
  evaluation is only hoped for ("We hope in future to invite ...").
- 5.3 not_met: the body says nothing about checking candidates; the only
  mention is the page-footer tag line (not evidence). The provider's own
  "5(c)" is about staff (spec 5.4), another numbering collision.
- 5.5 partially_met (wrong context): specialist expertise is there, but the
  only "placements" are pupils' placements at a special school / PRU.
- 5.9 partially_met: participants' competence/confidence measured by
  repeat self-audit; the provider says it does not measure pupil impact.
- 6.0 partially_met, 1.9 partially_met: award on passing three assignments
  "mapped to" the outcomes plus a blanket claim "the course covers all the
  national outcomes"; several outcomes are not assessed or not addressed.
- Outcomes: developed AND assessed (met) vs only developed (K2, K4, S2d,
  S5, S9, A7 partially_met) vs only assessed (A5: presentation marked for
  clear speech, no teaching of it -> partially_met) vs absent (A3, A4,
  S2c, S7 not_met, despite the blanket claim).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

OUT = Path(__file__).with_name("ra-01.docx")

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
doc.core_properties.author = "Helen Marchbank"
doc.core_properties.title = "PGCert SENCo - TDA application"
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)


def p(text="", bold=False, caps=False, align=None, size=None, italic=False):
    para = doc.add_paragraph()
    if text:
        r = para.add_run(text.upper() if caps else text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


def sec(text, caps=True):
    """A section title typed as a bold (usually capitalised) Normal paragraph."""
    para = p(text, bold=True, caps=caps)
    para.paragraph_format.space_before = Pt(12)
    return para


def sub(text):
    """A sub-item typed as bold Normal text with hand numbering."""
    return p(text, bold=True)


def split(*parts):
    """One sentence broken across paragraphs by hard returns (PDF paste)."""
    for part in parts:
        p(part)


def brk(*lines):
    """One paragraph with manual line breaks (w:br) between the pieces."""
    para = doc.add_paragraph()
    for i, line in enumerate(lines):
        r = para.add_run(line)
        if i < len(lines) - 1:
            r.add_break()
    return para


def textbox(lines, box_id=101):
    """A paragraph holding one inline text box (wps with VML fallback)."""
    def para_xml(text, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>{rpr}'
                f'<w:t xml:space="preserve">{esc}</w:t></w:r></w:p>')

    content = "".join(para_xml(t, b) for t, b in lines)
    cx, cy = 5486400, 3200400
    xml = f"""
<w:r {NS}>
 <mc:AlternateContent>
  <mc:Choice Requires="wps">
   <w:drawing>
    <wp:inline distT="0" distB="0" distL="0" distR="0">
     <wp:extent cx="{cx}" cy="{cy}"/>
     <wp:effectExtent l="0" t="0" r="0" b="0"/>
     <wp:docPr id="{box_id}" name="Text Box {box_id}"/>
     <wp:cNvGraphicFramePr/>
     <a:graphic>
      <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
       <wps:wsp>
        <wps:cNvSpPr txBox="1"/>
        <wps:spPr>
         <a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
         <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
         <a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>
         <a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>
        </wps:spPr>
        <wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>
        <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>
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
    <v:shape id="Text Box {box_id}" o:spid="_x0000_s{1025 + box_id}" type="#_x0000_t202" style="width:6in;height:252pt" fillcolor="#f2f2f2" strokeweight=".5pt">
     <v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox>
    </v:shape>
   </w:pict>
  </mc:Fallback>
 </mc:AlternateContent>
</w:r>"""
    para = doc.add_paragraph()
    para._p.append(parse_xml(xml))
    return para


# ---------------------------------------------------------------- header/footer
section = doc.sections[0]
hp = section.header.paragraphs[0]
hp.text = ("Brackenridge University \u00b7 School of Education and Childhood Studies \u00b7 "
           "TDA SENCO approval application \u2013 DRAFT 3 (not for circulation)")
hp.runs[0].font.size = Pt(8)
fp = section.footer.paragraphs[0]
r = fp.add_run("Page ")
r.font.size = Pt(8)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))
r = fp.add_run("  |  Safeguarding: all candidates\u2019 enhanced CRB disclosures are verified "
               "at enrolment  |  BU/SoE/SENCO/2009")
r.font.size = Pt(8)

# ---------------------------------------------------------------- cover
p("BRACKENRIDGE UNIVERSITY", bold=True, align="c", size=16)
p("APPLICATION TO THE TRAINING AND DEVELOPMENT AGENCY FOR SCHOOLS FOR APPROVAL TO PROVIDE "
  "NATIONALLY ACCREDITED TRAINING FOR SPECIAL EDUCATIONAL NEEDS COORDINATORS", bold=True, align="c")
p("Postgraduate Certificate in Special Educational Needs Coordination (PGCert SENCo)", align="c",
  italic=True)
brk("Contact: Dr Helen Marchbank, Programme Leader,",
    "School of Education and Childhood Studies, Brackenridge University,",
    "Calderbank Road, Brackenridge BK4 7TP")
p("Submitted 16 January 2009")

# ---------------------------------------------------------------- Section A
sec("SECTION A \u2013 ELIGIBILITY AND ACCREDITATION")
sub("A(1) Accreditation")
p("The PGCert SENCo is a Brackenridge University award. The programme was approved at a University "
  "validation event on 12 November 2008, chaired by the Pro Vice-Chancellor (Academic) and including "
  "an external panel member from another university; the validation report is available on request. "
  "The University\u2019s Academic Board confers the award, and the programme is governed by the "
  "University\u2019s Academic Regulations for Taught Postgraduate Programmes.")
sub("A(2) Level and credit")
p("The award carries 60 credits at Level 7 (masters level) of the Framework for Higher Education "
  "Qualifications, made up of three 20-credit modules:")
p("\u2022 BRU7101 Law, Policy and the SENCO (20 credits)")
p("\u2022 BRU7102 Understanding Learners and Barriers to Learning (20 credits)")
p("\u2022 BRU7103 Leading and Managing Provision (20 credits)")
p("Credits gained may later count towards the University\u2019s MA Education (Inclusion and SEN).")

# ---------------------------------------------------------------- Criterion one
sec("SECTION B \u2013 CRITERION ONE: RAISING ACHIEVEMENT")
sub("1(a) Focus on achievement and well-being")
split("The programme\u2019s overriding aim is to raise the achievement of children and young people "
      "with special educational needs and/or disabilities and to improve their well-being, understood "
      "in terms of all five Every Child Matters outcomes: being healthy, staying",
      "safe, enjoying and achieving, making a positive contribution and achieving economic well-being. "
      "This aim is written into the programme specification and into the learning outcomes of each "
      "module. Module content returns to it repeatedly, and every assignment brief requires "
      "participants to discuss the implications of their work for pupils\u2019 achievement and "
      "well-being, not only for their attainment.")
sub("1(b) Links with practice in schools")
p("All three modules are built around the participant\u2019s own school. Each module sets \u2018gap "
  "tasks\u2019 to be carried out in school between taught days (for example, auditing the school\u2019s "
  "SEN register against the Code of Practice, or observing a pupil across a whole day), and each task "
  "is tied to named minimum outcomes. The BRU7103 assignment is a school-based enquiry in which the "
  "participant leads a development in his or her own school.")
sub("1(c) Research")
p("Module reading lists are reviewed each summer by the module leaders and reflect current research on "
  "special educational needs and inclusion, including work published by members of the University\u2019s "
  "Centre for Inclusive Practice. Participants have full access to the University library and its "
  "electronic journals.")
sub("1(d) Legislation and policy")
p("BRU7101 develops participants\u2019 understanding of the legal and policy framework: the Education Act "
  "1996 (Part IV), the Special Educational Needs and Disability Act 2001, the SEN Code of Practice "
  "(2001), the Disability Discrimination Act 1995 as amended in 2005, including the Disability "
  "Equality Duty, the Children Act 2004 and Every Child Matters, Removing Barriers to Achievement "
  "(2004) and the Inclusion Development Programme.")
sub("1(e) Consulting children and young people")
p("We recognise the growing importance of pupil voice. We are exploring with colleagues in the Centre "
  "for Inclusive Practice how consultation with children and young people might be built into a "
  "future revision of the programme.")
sub("1(f) Working with colleagues")
split("Participants develop the skills of advising and supporting colleagues in BRU7103 sessions on "
      "coaching and mentoring, in which they practise coaching conversations in trios and then plan a "
      "coaching cycle with a colleague in school. Collaboration beyond the school is built in through "
      "termly cluster meetings, where participants from different schools work",
      "together on shared problems with officers of the local authority\u2019s SEN support services.")
sub("1(g) Working with parents and carers")
p("Session 2.6 (see Section G), co-planned with the Tollesby Parent Partnership Service, develops "
  "participants\u2019 skills in working in partnership with parents and carers: listening to parents\u2019 "
  "concerns, advising them about provision, sharing information at review meetings and handling "
  "disagreement. Participants rehearse a review meeting in role play and then plan and lead a meeting "
  "with the parents of the pupil studied in their BRU7102 case study.")
sub("1(h) Impact on practice")
p("The BRU7103 enquiry requires each participant to plan, lead and evaluate a change in SEN provision "
  "in his or her own school and to show in the report what has changed in practice as a result. "
  "Meeting the programme outcomes is in this way tied to making a difference in the participant\u2019s "
  "school.")
sub("1(i) Assessment")
p("Each module is assessed by one assignment (see Section G). Assignments are marked against the module "
  "learning outcomes, which are mapped to the national minimum outcomes, using the University\u2019s "
  "Level 7 assessment criteria.")

# ---------------------------------------------------------------- Criterion two
sec("SECTION C \u2013 Criterion two: responding to participants\u2019 needs", caps=False)
sub("2(a) Prior learning")
split("Participants may claim up to 20 credits through the University\u2019s Accreditation of Prior "
      "Learning procedures. Prior certificated learning at Level 7 (for example a specialist "
      "certificate in specific learning difficulties) is matched against module outcomes; prior "
      "experiential learning is claimed through a portfolio that maps the candidate\u2019s experience "
      "against the outcomes of the module concerned and is assessed by",
      "two tutors. An APL adviser meets every candidate who wishes to make a claim.")
sub("2(b) Needs assessment")
p("Before the course each accepted candidate completes a self-audit against the national minimum "
  "outcomes and discusses it at interview. The programme team collates the audits for the whole "
  "cohort and uses them to decide where taught sessions should go into more or less depth.")
sub("2(c) Assessment-only route")
p("We do not offer an assessment-only route. In our experience even highly experienced candidates "
  "benefit from the taught programme, and all participants follow the three modules.")
sub("2(d) Tailored, high-quality provision")
p("Within each module participants choose the focus of their assignment to suit their school and their "
  "role, and each participant has three individual tutorials per module with a named tutor. Optional "
  "twilight workshops (dyslexia-friendly teaching, autism, using assistive technology) are open to any "
  "participant. The modules are sequenced so that each builds on the last. The fee of \u00a31,180 for "
  "the whole programme is kept down by using the Tollesby Professional Development Centre as the "
  "venue, and compares favourably with other Level 7 programmes in the region.")
sub("2(e) Next steps")
p("The final BRU7103 session is given over to next steps. Each participant drafts a personal CPD plan "
  "on a template we provide, setting two or three professional targets for the following year, and "
  "is asked to agree it with his or her line manager. We also explain routes on to the MA Education "
  "(Inclusion and SEN).")

# ---------------------------------------------------------------- Criterion three
sec("SECTION D \u2013 CRITERION THREE: ACCESS AND FLEXIBILITY")
sub("3(a) Equality of opportunity")
p("The programme operates under the University\u2019s Disability Equality Scheme and Race Equality "
  "Policy. The application form and course leaflet invite candidates to tell us about any disability "
  "or need so that reasonable adjustments can be planned before the course starts, and explain why we "
  "ask and how the information is used. The leaflet is available in large print and electronic "
  "formats. All taught days take place in an accessible building with a hearing loop, materials are "
  "provided in alternative formats on request, and participants with a disability are offered a "
  "meeting with the University\u2019s Disability Adviser, who agrees adjustments to teaching and to "
  "assessment (for example extra time, or an alternative to the BRU7103 presentation).")
sub("3(b) Flexibility")
brk("There is one intake a year, in September, and the modules are taken in order. Participants who "
    "need more time may, with the programme leader\u2019s agreement,",
    "spread the three modules over two years rather than one.")
sub("3(c) E-learning")
p("There is no e-learning element: all teaching is face to face at the Tollesby Professional "
  "Development Centre, and reading packs are provided on paper.")

# ---------------------------------------------------------------- Criterion four
sec("SECTION E \u2013 Criterion four: stakeholders", caps=False)
p("What we know about the needs of local schools is summarised in Box 1.")
textbox([
    ("BOX 1 \u2013 WHAT TOLLESBY SCHOOLS TOLD US", True),
    ("In June 2008 we surveyed the headteachers and SENCOs of all 71 Tollesby schools (38 replied) and "
     "held a focus group with eight headteachers and the local authority\u2019s Principal Officer (SEN). "
     "Their main concerns were:", False),
    ("- planning and costing provision across the school (now session 3.1, Provision mapping and "
     "management);", False),
    ("- using teaching assistants effectively (now session 3.3, Deploying staff);", False),
    ("- arranging access arrangements for national tests (now session 2.5);", False),
    ("- difficult conversations with parents (now session 2.6).", False),
    ("Tollesby\u2019s SEN Strategy 2008\u20132011 also commits the authority to training every new SENCO "
     "within two years of appointment; 27 of the 71 SENCOs now in post took up the role in the last "
     "three years.", False),
])
sub("4(b) How stakeholders shaped the programme")
p("Sessions 2.5 and 3.3 were added to the draft programme at the request of the headteachers\u2019 focus "
  "group in October 2008, and the Parent Partnership Service helped us plan session 2.6 after "
  "reading the draft.")
sub("4(c) Involvement")
p("Officers of the Tollesby SEN support services (educational psychology, speech and language therapy "
  "and the autism outreach team) teach sessions in BRU7102, and the Parent Partnership Service "
  "co-leads session 2.6. We hope in future to invite headteachers and parents to an annual meeting to "
  "help us evaluate the programme.")

# ---------------------------------------------------------------- Criterion five
sec("SECTION F \u2013 CRITERION FIVE: QUALITY ASSURANCE")
sub("5(a) Evaluation")
split("Each module is evaluated by participants through a questionnaire and a plenary discussion on the "
      "last taught day. Module leaders write a short module report; these reports, the external "
      "examiner\u2019s annual report and the marks profile feed into the University\u2019s Annual "
      "Monitoring Report for the programme, which is",
      "scrutinised by the School\u2019s Quality Committee. The Annual Monitoring Report ends with an "
      "action plan for the following year, and the programme team reports back to the next cohort on "
      "what has been changed (\u2018you said, we did\u2019).")
sub("5(b) Entry")
p("Candidates must hold QTS, be in post as SENCO or be designated to take up the role within a year, "
  "and have their headteacher\u2019s written support. At interview the programme leader discusses the "
  "candidate\u2019s self-audit (see 2(b)) to judge whether he or she has enough knowledge and "
  "experience to meet all the outcomes by the end of the programme. Candidates who are not yet ready "
  "are given written guidance on what to do first (usually local authority courses or a period "
  "shadowing an experienced SENCO), and with the candidate\u2019s agreement the programme leader "
  "discusses this with the headteacher.")
sub("5(c) Staff")
p("Dr Helen Marchbank, the programme leader, was SENCO in two Tollesby secondary schools for twelve "
  "years and holds an MA in Special and Inclusive Education; she teaches on the University\u2019s MA "
  "Inclusion pathway. The other three module tutors are Senior Lecturers in the Centre for Inclusive "
  "Practice: a chartered educational psychologist, a former head of a primary resource base for "
  "pupils with speech and language needs, and a former specialist teacher for pupils with dyslexia. "
  "All tutors have worked in schools or SEN services within the last five years, and each attends at "
  "least one national SEN conference a year under the Centre\u2019s staff development plan.")
sub("5(d) Specialist expertise and placements")
p("Participants meet a wide range of specialists: Tollesby\u2019s educational psychologists, speech and "
  "language therapists and autism outreach teachers all contribute sessions to BRU7102. BRU7102 also "
  "examines how placements for pupils are decided, including part-time and dual placements of pupils "
  "at Greystones Special School and the Tollesby Pupil Referral Unit, and how the SENCO supports a "
  "pupil\u2019s return to mainstream.")
sub("5(e) Resources")
p("Taught days are held at the Tollesby Professional Development Centre, which houses the local "
  "authority\u2019s SEN Resource Library (assessment materials, intervention programmes and reading "
  "schemes) and an ICT suite with assistive technology \u2013 text-to-speech software, Clicker 5 and "
  "symbol-writing software \u2013 which participants use in session 2.7. Participants also have full "
  "access to the University library and its electronic journals.")
sub("5(f) Roles")
p("All tutors receive the Programme Handbook and attend a tutor day each July at which assessment "
  "criteria, marking and the year\u2019s changes are reviewed. Each participant\u2019s headteacher "
  "nominates a school-based mentor, usually a senior colleague; mentors receive a mentor guide setting "
  "out their role in supporting gap tasks and the enquiry, and are invited to a twilight briefing at "
  "the start of the year.")
sub("5(g) Assessment quality")
p("Assignments are marked against published criteria. At least 20% of scripts in each module, and every "
  "fail and distinction, are second-marked; module tutors meet to moderate marks before the "
  "Examination Board; and the external examiner, a senior lecturer in SEN at another university, "
  "reviews a sample from each module and attends the Board.")
sub("5(h) Impact")
p("We measure the growth in participants\u2019 competence and confidence by asking them to repeat the "
  "self-audit at the end of the programme and to complete an exit questionnaire; the change in audit "
  "scores for the cohort is reported in the Annual Monitoring Report. We have not yet found a reliable "
  "way of measuring the effect of the programme on pupils\u2019 achievement and do not attempt to do "
  "so at present.")

# ---------------------------------------------------------------- Criterion six
sec("SECTION G \u2013 CRITERION SIX: THE MINIMUM OUTCOMES")
sub("6(a) The award")
p("To be awarded the PGCert SENCo a participant must pass all three module assignments. The module "
  "learning outcomes are mapped to the national minimum outcomes, and the course covers all the "
  "national outcomes in Annex 3.")
sub("6(b) The modules and how they are assessed")
p("BRU7101 LAW, POLICY AND THE SENCO", bold=True)
p("- 1.1 The SEN framework: the Education Act 1996, the Code of Practice, and what they mean for the "
  "school, the SENCO and others in practice")
p("- 1.2 Disability equality: the DDA, the Disability Equality Duty and accessibility planning")
p("- 1.3 Every Child Matters: the five outcomes, the Common Assessment Framework and the SENCO\u2019s "
  "contribution")
p("- 1.4 The SENCO as strategic leader: working with the headteacher, senior team and governors on an "
  "inclusive SEN policy and on the use of resources")
p("- 1.5 Using research and evidence: finding, reading and applying research and best practice in "
  "meeting special educational needs")
split("Assessment: a 4,000-word critical review of the participant\u2019s school SEN policy and practice "
      "against the SEN Code of Practice and the disability equality duties, ending with an action plan "
      "that the participant has agreed with the headteacher and presented to the governor responsible "
      "for SEN. The review is marked against the outcomes on SEN law and the Code",
      "of Practice, on disability equality law, and on working with senior colleagues and governors "
      "on the strategic development of inclusive policy.")
p("BRU7102 UNDERSTANDING LEARNERS AND BARRIERS TO LEARNING", bold=True)
p("- 2.1 How children develop: cognitive, language, social and emotional development, and the effects "
  "of SEN, disability and the learning environment")
p("- 2.2 The common types of need: behavioural, emotional and social difficulties; specific learning "
  "difficulties including dyslexia; speech, language and communication needs; autistic spectrum "
  "disorders; moderate learning difficulties")
p("- 2.3 Identifying and assessing need through observation, data and assessment; setting targets; "
  "planning and reviewing interventions; using assessments from educational psychologists, "
  "therapists and other professionals")
p("- 2.4 Tracking progress with national curriculum tests, P scales and other summative data, and "
  "adjusting programmes in the light of them")
p("- 2.5 Access arrangements for national tests and public examinations")
p("- 2.6 Working with pupils and families: fair and respectful relationships with pupils and with "
  "their parents and carers, advising parents, and review meetings (with the Parent Partnership "
  "Service)")
p("- 2.7 Teaching approaches, resources and ICT for removing barriers to learning")
p("Assessment: a 4,000-word case study of a pupil with SEN and/or disabilities in the participant\u2019s "
  "school. The case study is marked against the outcomes on the common types of SEN; on identifying "
  "needs, setting targets, planning interventions and reviewing progress; on using other "
  "professionals\u2019 assessments; on using summative data to track progress; on approaches, "
  "strategies and resources including ICT; and on liaising with parents and carers and establishing "
  "a constructive relationship with the pupil and family.")
p("BRU7103 LEADING AND MANAGING PROVISION", bold=True)
p("- 3.1 Provision mapping and management: planning and costing provision, finding what is missing or "
  "not working")
p("- 3.2 Working with senior leaders and governors: gaining the commitment of the headteacher and "
  "senior team")
p("- 3.3 Deploying staff: deploying and managing teaching assistants and other support staff")
p("- 3.4 Coaching and mentoring colleagues: observation and feedback, modelling, leading INSET")
p("- 3.5 Evaluating provision with colleagues, and the school\u2019s self-evaluation and improvement "
  "planning")
p("- 3.6 Working with other agencies: the roles of external agencies, obtaining specialist support, "
  "multi-agency working with statutory and voluntary services")
split("Assessment: a 5,000-word report on a school-based enquiry in which the participant leads a change "
      "in SEN provision, together with a 20-minute presentation of the findings to the programme tutor "
      "and the participant\u2019s headteacher. The report is marked against the outcomes on provision "
      "mapping; deploying and managing staff; reviewing provision with colleagues to inform the "
      "school\u2019s self-evaluation; the principles of school self-evaluation and improvement; gaining "
      "the commitment of the headteacher and senior colleagues; drawing on research and external "
      "advice; best practice and research",
      "outcomes in meeting SEN; and the roles of external agencies and how specialist support was "
      "obtained for the pupils in the enquiry. The presentation is marked for the clarity of the "
      "participant\u2019s spoken explanation and for how he or she listens and responds to questions.")

p("")
p("Signed on behalf of the University: Professor Alan Druce, Dean of Education and Childhood Studies")

doc.save(OUT)
print("wrote", OUT)
