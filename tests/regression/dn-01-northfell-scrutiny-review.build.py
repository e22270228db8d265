"""Build dn-01-northfell-scrutiny-review.docx (blind test application).

KIND OF DOCUMENT
  A joint member scrutiny review report, sent whole as the application: the
  final report of a task-and-finish panel of councillors from four
  authorities ("Ready to Lead? Training for teachers new to the SENCO role"),
  with the Joint Executive Board's formal response to its recommendations
  and three evidence appendices, under a covering note from the Partnership
  Manager. Written in scrutiny-report voice: "the Panel", "Members",
  "witnesses told us", "officers", conclusions in bold inside the text in the
  manner of a select committee report, numbered recommendations, an
  "Executive Response" table (Accepted / Accepted in part / Accepted in
  principle / Accepted subject to / Not accepted).

PROVIDER (invented)
  The Northfell Inclusion Partnership: the SEN and inclusion services of
  Calderholme MBC, Ribbleford City Council, Skelwith Borough Council and
  Wharram County Council, a sub-regional partnership, with the University of
  Eskmere School of Education making the award. Award: Postgraduate
  Certificate in Special Educational Needs Coordination (National Award),
  60 credits at Level 7, three 20-credit units (Unit 1 The SENCO, the Law and
  the Learner; Unit 2 Teaching and Assessing Pupils with SEN; Unit 3 Leading
  Provision), assessed tasks A1 (policy review), A2 (case study), A3 (leading
  provision project and presentation), plus a formative learning journal.
  People: Helen Ashworth (Partnership Manager), Cllr Margaret Tindall
  (Chair), Dr Anil Rahman (programme leader, University), Jenny Mercer,
  Paul Oyelaran, Siobhan Keel, Lynne Baptiste, Dr Fiona Galbraith (tutors).

LAYOUT
  Covering note (typed letterhead, bullet list telling the reader how to
  read the report: what officers told the Panel is how the programme works;
  the Panel's own views, conclusions and recommendations are not
  arrangements; where the Executive Response accepts a recommendation with an
  action, the action is part of the programme). Chair's foreword. Heading 1
  "Parts" with paragraphs numbered continuously by hand (1. to 47.), in the
  manner of a select committee report. Conclusions in bold inside
  the text. A VML text box ("What young people told us") holding the Youth
  Council's evidence. A recommendations list, then the Executive Response as
  a table with merged group rows and a vertically merged "Lead" column.
  Appendix A witnesses; Appendix B the session outline (officers' document);
  Appendix C "Where the national outcomes sit" (by assessed task, with a
  "counts towards the award?" column, a journal row "formative", a
  "taught days only" row and a "not in the programme at present" row). Page
  header and footer (footer carries the Partnership's strapline: never
  evidence).

TRAPS (requirement ids affected)
  - Quoted specification: the terms of reference quote the TDA's wording on
    well-being, the assessment-only route and CRB checks (1.1, 2.3, 5.3):
    not arrangements.
  - Chair's foreword: values about well-being and inclusion with nothing
    behind them (1.1).
  - 1.1 partially_met: the validated aims (para 9) are about attainment and
    progress only; ECM taught on Day 1 only; R2 on well-being only
    "accepted in principle" for 2010.
  - 1.5 and 6.S7 not_met: the Youth Council text box is pupils' views given
    to the Panel (wrong context); officers confirm no part of the programme
    teaches consulting pupils or involving them in their provision; R3
    "accepted in principle", "will consider ... from September 2010".
  - 2.1 partially_met: APCL up to 20 credits; experiential learning refused
    in a long sentence whose negation comes at its very end (distant
    negation).
  - 2.3 not_met: Wharram's old portfolio route (past, closed 2007); Pennine
    Vale consortium's route (another provider); R5 "Not accepted".
  - 3.1 partially_met: venues physically accessible, hearing loop; publicity
    silent on disability; adjustments "dealt with as they arise"; R7's
    equality statement only to be added.
  - 3.3 met: real e-learning weeks with tutor forum, live surgery, triads,
    between-session forum, heads' guest logins, tutors' shared area.
  - 4.3 partially_met: heads only receive the evaluation report; parents'
    forum on the Board only "considered" in 2010 (R8 accepted in part);
    special schools host and parents speak (other aspects).
  - 5.3 not_met: officers rely on employers; Ribbleford's past HR check of its
    own course; R9 "Not accepted ... will not ask for or record".
  - 5.5 partially_met: specialist services teach; visit day only where the
    school can release, not required.
  - 5.7 partially_met: tutors standardised and handbook; mentor guidance only
    to be drafted during 2009-10 (R10).
  - 5.9 partially_met: entry audit repeated (competence/confidence); pupil
    impact beyond the case study pupil only "subject to" a data-sharing
    agreement and funding (R11, conditional).
  - 1.9, 6.0 partially_met: blanket claim in the Executive Response ("covers
    and assesses every one of the national minimum outcomes") and officers'
    statement in Appendix C, against Appendix C's own journal / taught-only /
    absent rows; award rule is "pass all three tasks", not the outcomes.
  - Criterion 6 (Appendix B where taught; Appendix C where assessed):
      met: A1, A2, A5, A6, K1, K3, K5, K6, K7, K8, S1, S2, S2a, S2b, S3, S4,
           S6, S8.
      partially_met, formative journal only: A3, A7, K9, S5, S9.
      partially_met, taught days only: K2, S2d.
      partially_met, assessed but not taught (A2 criteria ask for the pupil's
           development; "no taught day covers child development"): K4.
      not_met, "not in the programme at present": A4, S2c, S7.
  - Header/footer: strapline "every child, every school" (never evidence).
  Met despite looking like traps: 4.1/4.2 (survey figures and the changes
  made); 2.2 (audit, ILP, personalised outcome targets); 2.5 (Day 10 PDP);
  1.8 (A3 change implemented and evaluated over a term); 5.1.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dn-01-northfell-scrutiny-review.docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(11)
normal.paragraph_format.space_after = Pt(6)
for lvl, size in ((1, 14), (2, 12)):
    hs = doc.styles["Heading %d" % lvl]
    hs.font.name = "Arial"
    hs.font.size = Pt(size)
    hs.font.color.rgb = RGBColor(0x00, 0x3B, 0x5C)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)


def page_field(paragraph):
    r = paragraph.add_run()
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = paragraph.add_run()
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = paragraph.add_run()
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


hp = sec.header.paragraphs[0]
hp.text = "Northfell Joint Scrutiny Panel  |  Ready to Lead?  |  Final report, January 2009"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Northfell Inclusion Partnership: every child, every school, every day.   "
                "Joint Executive Board 26.01.09, item 6.   Page ")
fr.font.size = Pt(8)
page_field(fp)

N = [0]


def para(text="", bold=False, italic=False, size=None, align=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def np(text, bold=False):
    """A hand-numbered report paragraph (select-committee style)."""
    N[0] += 1
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.9)
    p.paragraph_format.first_line_indent = Cm(-0.9)
    r = p.add_run("%d.\t" % N[0])
    r.bold = bold
    r2 = p.add_run(text)
    r2.bold = bold
    return p


def bullets(items, style="List Bullet"):
    for t in items:
        doc.add_paragraph(t, style=style)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def set_cell(cell, text, bold=False, size=9, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(2)


def vml_textbox(title, lines):
    """An inline VML text box (w:pict / v:shape / v:textbox / w:txbxContent)."""
    def wp(text, bold=False, italic=False):
        rpr = "<w:rPr>%s%s<w:sz w:val=\"19\"/></w:rPr>" % ("<w:b/>" if bold else "", "<w:i/>" if italic else "")
        esc = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        return ('<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                % (rpr, esc))
    inner = wp(title, bold=True) + "".join(wp(t, italic=t.startswith("\u201c")) for t in lines)
    xml = (
        '<w:p %s><w:r><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="YouthBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="width:440pt;height:250pt" fillcolor="#EAF2F8" strokecolor="#003B5C" strokeweight="1pt">'
        '<v:textbox style="mso-fit-shape-to-text:t" inset="8pt,6pt,8pt,6pt"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r></w:p>'
    ) % (nsdecls("w") + ' xmlns:v="urn:schemas-microsoft-com:vml"'
          ' xmlns:o="urn:schemas-microsoft-com:office:office"', inner)
    doc.element.body.append(parse_xml(xml))
    # keep sectPr last
    body = doc.element.body
    sp = body.find(qn("w:sectPr"))
    if sp is not None:
        body.remove(sp)
        body.append(sp)


# ------------------------------------------------------------ covering note
para("NORTHFELL INCLUSION PARTNERSHIP", bold=True, size=14)
para("Calderholme MBC  \u2022  Ribbleford City Council  \u2022  Skelwith Borough Council  \u2022  "
     "Wharram County Council", size=9)
para("SEN and Inclusion Services, working with the University of Eskmere School of Education", size=9)
para("Partnership Office, Kestle House, Market Street, Wharram", size=9)
para()
para("To: National Award approvals, Training and Development Agency for Schools")
para("From: Helen Ashworth, Partnership Manager")
para("Date: 9 February 2009")
para("Application for approval: Postgraduate Certificate in Special Educational Needs "
     "Coordination (National Award), University of Eskmere with the Northfell Inclusion Partnership",
     bold=True)
para("The four authorities agreed in November that we should not write our application from scratch. "
     "The Northfell Joint Scrutiny Panel had just spent four months taking evidence on the programme "
     "you will be considering, and its final report, together with the Joint Executive Board's response, "
     "is the fullest account of the programme we hold. It is enclosed whole, and we ask you to read it "
     "as follows.")
bullets([
    "Parts 1 to 5 are the Panel's report. Where the Panel records what officers or the University told "
    "it about the programme, that is how the programme works. The Panel's own views, its conclusions "
    "(printed in bold) and its recommendations are not, in themselves, arrangements.",
    "Part 6 is the Joint Executive Board's response of 26 January 2009. Where the Board accepted a "
    "recommendation and set an action, that action is now part of the programme. Where it did not "
    "accept a recommendation, or accepted it only in principle, the programme stays as officers "
    "described it to the Panel.",
    "Appendices B and C were written by the programme team for the Panel and are current.",
])
para("Questions about the application should come to me in the first instance; questions about the "
     "award and its regulations to Dr Anil Rahman, programme leader, at the University.")
para("Helen Ashworth")
para("Partnership Manager, Northfell Inclusion Partnership", size=9)
doc.add_page_break()

# ------------------------------------------------------------ title page + foreword
para("Northfell Joint Overview and Scrutiny Committee", size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
para("READY TO LEAD?", bold=True, size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Training for teachers new to the SENCO role", size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Final report of the Task and Finish Panel, January 2009, with the response of the Joint "
     "Executive Board", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para()
para("Panel members: Cllr Margaret Tindall (Wharram, Chair); Cllr David Okafor (Ribbleford, "
     "Vice-Chair); Cllr Susan Pickles and Cllr Rashid Malik (Calderholme); Cllr Ann Beresford "
     "(Ribbleford); Cllr Tom Henshaw and Cllr Gillian Royle (Skelwith); Cllr Peter Wray (Wharram). "
     "Co-opted: Mrs Denise Holroyd (parent governor representative). Scrutiny officer: Kath Lumb.",
     size=9, align=WD_ALIGN_PARAGRAPH.CENTER)

doc.add_heading("Chair's foreword", level=1)
para("Every one of the nine thousand or so children and young people with special educational needs "
     "in our four authorities deserves a school where someone knows them, stands up for them and makes "
     "sure they are safe, happy and learning. Very often that someone is the SENCO. When the Government "
     "announced that teachers new to the role would have to gain a national qualification, Members "
     "wanted to be sure that the training our authorities offer is worthy of those children.")
para("We believe that inclusion is everyone's business, that children's well-being matters as much as "
     "their test results, and that no family should have to fight to be heard. We did not always get the "
     "answers we hoped for, and this report says so plainly.")
para("Councillor Margaret Tindall, Chair", italic=True)

# ------------------------------------------------------------ Part 1
doc.add_heading("Part 1: Summary", level=1)
np("From September 2009 teachers new to the SENCO role will be expected to gain a nationally accredited "
   "qualification within three years. The four Northfell authorities will replace their separate "
   "induction courses with one programme, designed with the University of Eskmere. This Panel examined "
   "that programme before the Partnership applies to the Training and Development Agency for Schools "
   "(TDA) for approval.")
np("Our overall view is that the programme is well rooted in schools, is taught by people who know the "
   "work, and is more flexible than the courses it replaces. We make twelve recommendations (Part 5); "
   "the Joint Executive Board's response is at Part 6.")

# ------------------------------------------------------------ Part 2
doc.add_heading("Part 2: About the review", level=1)
np("The Panel was set up by the Joint Overview and Scrutiny Committee on 8 July 2008 as a task and "
   "finish group of eight members, two from each authority, with a co-opted parent governor. Its terms "
   "of reference were: (a) to understand what the new arrangements for SENCOs require of schools and of "
   "teachers new to the role; (b) to examine the Partnership's proposal to offer, with the University "
   "of Eskmere, the new nationally accredited training, and to test it against the TDA's draft "
   "specification; (c) to hear from schools, parents, young people and professionals; and (d) to make "
   "recommendations to the Joint Executive Board.")
np("We chose three of the TDA's draft requirements as lines of enquiry: that a "
   "programme should have \u2018a clear focus \u2013 in the programme's aims, objectives, content and "
   "assessment \u2013 on raising the achievement of children and young people with SEN and/or "
   "disabilities and on improving their well-being\u2019; that \u2018in exceptional circumstances, "
   "suitably experienced candidates will be able to present themselves for assessment against the "
   "programme outcomes through an assessment-only route\u2019; and that providers \u2018have systems in "
   "place to verify that candidates accepted onto the programme have a current Criminal Records Bureau "
   "enhanced disclosure check\u2019.")
np("We held four evidence sessions between 14 October and 9 December 2008, heard from twenty-three "
   "witnesses (Appendix A), read the results of the Partnership's survey of SENCOs, visited a taught day "
   "of Wharram's SENCO Foundation Course and, on 20 November, the Pennine Vale SENCO Consortium. "
   "Skelwith Youth Council sent us "
   "written evidence.")

# ------------------------------------------------------------ Part 3
doc.add_heading("Part 3: Background", level=1)
np("Until now each authority has run its own induction. Calderholme's \u2018New to SENCO\u2019 is six "
   "twilight sessions. Ribbleford's three-day SENCO Induction Programme carried, until 2006, an optional "
   "portfolio accredited at Level 6. Skelwith has relied on its termly SENCO network. Wharram's SENCO "
   "Foundation Course, a five-day course, offered experienced SEN teachers a portfolio route to its "
   "certificate without attending, until the course was revised in 2007. None of these was accredited at "
   "Master's level. All four will close in July 2009.")

# ------------------------------------------------------------ Part 4
doc.add_heading("Part 4: What we found", level=1)
doc.add_heading("The programme in outline", level=2)
np("The award is the Postgraduate Certificate in Special Educational Needs Coordination (National "
   "Award) of the University of Eskmere. Dr Anil Rahman, the programme leader, told us that the "
   "University's Academic Standards Committee validated it on 12 December 2008 as a 60-credit award at "
   "Level 7 (Master's level) of the University's framework, with no conditions outstanding, for a first "
   "intake in September 2009. The University confers the award and its regulations govern assessment; "
   "the Partnership recruits, provides most of the tutors and the venues, and shares the management of "
   "the programme through a Programme Board.")
np("There are three units of 20 credits: Unit 1, The SENCO, the Law and the Learner; Unit 2, Teaching and "
   "Assessing Pupils with SEN; and Unit 3, Leading Provision. Each unit has one assessed task (A1, A2 and "
   "A3, described from paragraph 27). The programme has ten taught days, four weeks of online study in "
   "Unit 2, and three individual tutorials of forty-five minutes. The session outline is at Appendix B.")
np("Officers gave us the programme's aims as validated: \u2018(i) to develop teachers who can lead "
   "provision that raises the attainment and accelerates the progress of pupils with special "
   "educational needs and disabilities; (ii) to give participants a secure and critical knowledge of SEN "
   "law, guidance and research; (iii) to develop the leadership skills needed to coordinate provision "
   "across a school\u2019. The three tasks are marked against criteria drawn from those aims.")
np("Every taught day runs twice in the same fortnight: once as a day (9.30 to 3.30) and once as two "
   "twilight sessions (4.15 to 7.00) covering the same content, so that a participant who cannot be "
   "released can still attend. Days are held at the Calderholme Professional Development Centre, the "
   "Ribbleford Teachers' Centre and Kestle House in Wharram; Skelwith participants use Ribbleford, which "
   "is nearer to most Skelwith schools than any Skelwith venue.")
np("There are two intakes a year, in September and in January. January starters take Unit 2 first, "
   "then Unit 1, then Unit 3, finishing in the following December. A participant may also take the "
   "units one at a time over two years, with the University's agreement, if the school's circumstances "
   "change.")
np("Unit 2 is partly taught online. Four weeks of the unit, between Days 4 and 6, are studied on "
   "EskLearn, the University's Moodle site, in place of two taught days. Each online week has a "
   "discussion forum which the unit tutor reads and answers every weekday; a one-hour live chat "
   "\u2018surgery\u2019 with a tutor on Tuesday evenings; and a short task done with two other "
   "participants in an online triad. Outside those weeks EskLearn carries every session's materials and "
   "a \u2018Questions for tutors\u2019 forum that tutors answer within two working days, and participants "
   "can e-mail their link tutor at any time between taught days. Each participant's headteacher is given "
   "a guest login so that the school can see the calendar and the school-based tasks, and tutors use "
   "EskLearn messages to agree release dates with schools. Tutors from the four authorities and the "
   "University share a staff area on EskLearn for planning and marking materials.")
np("The fee is \u00a31,250. Each authority pays \u00a3500 of it for SENCOs in its own maintained schools, "
   "so the cost to a maintained school is \u00a3750; officers told us the joint programme costs the four "
   "authorities together about a third less than the four induction courses did.")
para("Conclusion: the Panel welcomes the twilight and January routes, which answer what SENCOs told the "
     "Partnership's survey, and the use of online study with real tutor contact.", bold=True)

doc.add_heading("Getting on to the programme", level=2)
np("To be accepted a teacher must hold qualified teacher status, work in a school in one of the four "
   "authorities (or in an academy or independent school that buys a place), and be the school's SENCO "
   "or be designated to become so within a term. The headteacher signs a nomination form agreeing to "
   "release the teacher for the taught days and to support the school-based tasks. Each applicant "
   "completes the entry audit described below and has a conversation with a link tutor, by telephone or "
   "in school, before a place is confirmed.")
np("Where the link tutor judges that a teacher is not yet ready to meet the outcomes within the year (for "
   "example a newly qualified teacher asked to take on the role), the programme leader writes to the "
   "teacher setting out what they need to do first, telephones the headteacher to discuss it, and "
   "offers a place on the Partnership's non-accredited \u2018Foundations\u2019 twilights and a deferred "
   "start in January or the following September.")
np("The entry audit lists the national outcomes and asks the teacher to rate themselves from 1 (new to "
   "me) to 4 (secure, with evidence) on each, with a line of evidence for any rating of 3 or 4. The link "
   "tutor goes through it with the participant at the first tutorial and together they write an "
   "Individual Learning Plan: the outcomes the participant most needs to work on, personal targets for "
   "each unit, and which elective workshops to choose. The plan is reviewed at the second and third "
   "tutorials. Tutors told us they use the audits of a whole group to decide where to spend more time; "
   "the Days 4 and 5 strands (primary, secondary, special) are chosen from them.")
np("Prior study at Master's level can count. The University will recognise up to 20 credits of relevant "
   "certificated learning at Level 7, for example a completed unit of its MA in Inclusive Education or "
   "of another university's SEN certificate, through its standard procedure for the accreditation of "
   "prior certificated learning, so that a participant needs to complete only two of the three units. "
   "What a teacher has learned from years in the job, from one of the four authorities' own induction "
   "courses, or from running a resource base or a support service, however substantial it may be and "
   "however well it can be evidenced, the University has told us that, under the regulations for this "
   "award, it will not accredit.")
np("At Pennine Vale the Panel met two experienced SEN support teachers who had gained that consortium's "
   "certificate through an assessment-only route: a portfolio mapped against the outcomes, followed by a "
   "professional discussion, for a fee of \u00a3450. Wharram's Foundation Course had a similar route "
   "until 2007. Dr Rahman told us that the University's regulations for the new award require every "
   "candidate to complete the assessed units, and that an assessment-only route was not proposed.")
para("Conclusion: Members saw no reason why a very experienced teacher from one of our own support "
     "services should have to sit through ten days of teaching on matters they already teach to others. "
     "We believe an assessment-only route should be available in Northfell as it is at Pennine Vale.",
     bold=True)
np("Within the programme, tutors tailor what they offer. Days 4 and 5 are taught in strands; "
   "participants choose two of four elective workshops on Day 6; the case study (A2) is about a pupil "
   "the participant chooses in their own school; and the three tutorials follow the participant's own "
   "learning plan rather than a fixed agenda.")

doc.add_heading("Rooted in schools", level=2)
np("Every assessed task is carried out in the participant's own school. The third task (A3) requires "
   "the participant to plan a change to the school's provision for pupils with SEN, put it into effect "
   "over at least a term, and evaluate its effect with colleagues; the head or a deputy signs to confirm "
   "that the change took place. Between taught days participants carry out short \u2018gap tasks\u2019 in "
   "school (for example mapping the school's current provision before Day 9), which are discussed at the "
   "next day.")
np("Day 2 and Day 3 are built around research and inspection evidence: Ofsted's Special educational "
   "needs and disability: towards inclusive schools (2004) and Inclusion: does it matter where pupils "
   "are taught? (2006), the Bercow Review of services for children with speech, language and "
   "communication needs (2008), the interim findings of the DISS project on support staff (2008), and "
   "Greg Brooks's What works for children with literacy difficulties? (2007). The programme team told us "
   "that the Lamb Inquiry into parental confidence will be added as soon as it reports. Task A1 is marked "
   "partly on the participant's use of that evidence.")
np("Unit 1 covers the law and national policy: the Education Act 1996, the Special Educational Needs and "
   "Disability Act 2001, the SEN Code of Practice (2001), the Disability Discrimination Acts 1995 and "
   "2005 and the disability equality duty, the Children Act 2004 and Every Child Matters, and the new "
   "SENCO regulations, with Paul Oyelaran (Ribbleford) and Jenny Mercer (Calderholme) teaching the "
   "statutory assessment and annual review sessions.")

doc.add_heading("Children, young people and parents", level=2)
np("Skelwith Youth Council asked its SEN sub-group what a good SENCO does. Their evidence is "
   "summarised below.")
vml_textbox("What young people told us (Skelwith Youth Council, written evidence, November 2008)", [
    "\u201cThe best SENCO I had asked me what helped before she wrote anything down.\u201d",
    "\u201cAt my review everybody talked about me like I wasn't there.\u201d",
    "\u201cIf they're going to give me a TA they should ask me where I want her to sit.\u201d",
    "The sub-group asked that every new SENCO be taught how to talk with young people about their own "
    "support, and that young people be asked what they think of the training.",
])
np("We asked officers where the programme teaches participants to seek the views of pupils, and to "
   "involve pupils in planning and reviewing their own provision. Officers told us, candidly, that at "
   "present no part of the programme does so. Day 7 concentrates on parents and carers and on the other "
   "services; the case study (A2) is about a pupil but does not require the participant to talk with "
   "the pupil. The programme team said they agreed with the Youth Council and would like to add it.")
para("Conclusion: Members were surprised that a programme about children's needs does not teach new "
     "SENCOs to ask children what they need. This is the most important gap we found.", bold=True)
np("Parents and carers are better served. On Day 7, Sue Kenworthy of the Calderholme Parent Partnership "
   "Service and two parents lead a session on working with families: building relationships that are "
   "fair and respectful, explaining provision, handling disagreement and supporting parents at reviews. "
   "In task A2 the participant must meet the pupil's parents or carers at least once, keep a note of the "
   "meeting, and show how the family's knowledge of their child shaped the plan.")

doc.add_heading("Colleagues", level=2)
np("Day 9 is about leading colleagues: coaching and mentoring teachers and teaching assistants, "
   "influencing senior leaders and governors, presenting a case, and managing the SENCO's own time and "
   "delegating to others. The A3 project has to be carried out with colleagues and presented to the "
   "headteacher and a governor. Participants also take part in their authority's termly SENCO network "
   "and are asked to lead one item at it during the year.")

doc.add_heading("Assessment and the award", level=2)
np("There are three assessed tasks, each marked by the University's Level 7 criteria with a pass mark "
   "of 50 per cent. A1, Policy into Practice (4,000 words), is a critical review of the school's SEN "
   "policy and practice against the law, the Code and the disability equality duty, including the "
   "school's accessibility plan, drawing on research and inspection evidence and ending with "
   "recommendations. A2, Case Study (4,000 words), follows one pupil from identification, using the "
   "school's own assessments and the reports of other professionals, through challenging targets and an "
   "intervention of six to ten weeks to a review of progress; it includes a critical overview of the "
   "pupil's area of need within the main types of SEN, an evaluation of the approaches and resources "
   "used (including ICT), the parents' meeting, and an account of the pupil's development and the "
   "factors affecting it.")
np("A3, Leading Provision (3,000 words and a twenty-minute presentation), asks the participant to "
   "analyse the school's data for pupils with SEN, including Key Stage test or GCSE results, to show how "
   "progress is tracked and where programmes need to change; to produce a costed provision map that "
   "shows what is missing or not working; to propose how teaching assistants should be deployed and "
   "managed; to review, with colleagues, how effective the school's provision has been and what the "
   "school's self-evaluation should say about it; and to present strategic priorities for inclusion to "
   "the headteacher and a governor, answering their questions. The head and governor each give written "
   "feedback, which is submitted with the task.")
np("Participants also keep a learning journal, with an entry after each taught day. It is read by the "
   "link tutor at each tutorial and used to review the learning plan. It is formative only and is not "
   "marked.")
np("To gain the award a participant must pass all three tasks (there is no compensation between them) "
   "and attend at least eight of the ten taught days or their twilight equivalents. The University's "
   "Board of Examiners confirms results.")
np("All fails and a sample of at least one in five of the remaining scripts for each task are second "
   "marked, always by a tutor from a different authority or from the University. A standardisation "
   "meeting using marked exemplars is held before each marking round. The University has appointed an "
   "external examiner from another university's SEN programme, who sees a sample of every task, attends "
   "the Board of Examiners and reports each year.")
np("Officers told us that \u2018the programme covers and assesses all the national outcomes\u2019. They "
   "gave us the table at Appendix C, which sets out, task by task, which outcomes each task evidences. "
   "Members noted that the table also lists outcomes that appear only in the learning journal, outcomes "
   "covered on a taught day but not assessed, and three that are not at present in the programme at all.")
para("Conclusion: the table at Appendix C does not support the statement that every national outcome is "
     "assessed. The Panel asks the Board to satisfy itself on this before the application is made.",
     bold=True)

doc.add_heading("People, expertise and resources", level=2)
np("The programme leader, Dr Anil Rahman, was a secondary SENCO for eight years and has a doctorate on "
   "inclusion in secondary schools. Unit leaders are Dr Fiona Galbraith (University; former primary head "
   "and SEN adviser), Jenny Mercer (Principal Educational Psychologist, Calderholme), Paul Oyelaran (SEN "
   "Adviser, Ribbleford; MA in SEN), Siobhan Keel (autism outreach lead, Wharram; MEd autism) and Lynne "
   "Baptiste (head of sensory support, Skelwith; qualified teacher of the deaf). Every tutor has at least "
   "five years' recent work with schools on SEN, and all continue in their authority or University roles "
   "alongside the programme, which the Panel regards as a strength. Tutors attend the University's "
   "annual tutor day and the standardisation meetings, and there is a programme tutors' handbook with "
   "the unit specifications, marking criteria and moderation procedure.")
np("Each participant names a school mentor, usually the headteacher or a deputy, who signs off the "
   "school-based tasks and the A3 change. We asked what mentors are told about the role. There is at "
   "present no written guidance for mentors and no briefing; officers said mentors \u2018generally know "
   "what is needed\u2019.")
np("Participants have access through the programme to the four authorities' specialist services: "
   "educational psychology, speech and language therapy (through the joint team with the primary care "
   "trust), autism outreach, sensory support and behaviour support, whose staff teach on Days 4, 5 and 7 "
   "and answer questions in the EskLearn forum. Each participant is offered a visit day in a special "
   "school or resource base in another authority. Officers told us that the visit goes ahead only where "
   "the participant's own school can release them for it, and that it is not a requirement of the award.")
np("Participants have full access to the University library, including its SEN collection and "
   "electronic journals, and to the four authorities' SEN resource libraries. Skelwith's assistive "
   "technology team lends software and equipment (Clicker 5, text-to-speech software, portable word "
   "processors, voice recognition) for participants to try in school, and Wharram's Communication Aids "
   "Centre is used for the Day 4 session on communication.")

doc.add_heading("Suitability checks", level=2)
np("We asked how the Partnership will satisfy itself that every participant has a current enhanced "
   "Criminal Records Bureau disclosure. Officers' answer was that every participant is a teacher employed "
   "by a school, and that the school as employer has already made the checks required by Safeguarding "
   "Children and Safer Recruitment in Education (2006). In Ribbleford, the authority's HR service checked "
   "the CRB status of everyone joining its own induction programme, but that course closes in July.")

doc.add_heading("Equality and access", level=2)
np("All three venues have level access or lifts, accessible toilets and parking, and the Ribbleford "
   "Teachers' Centre has a hearing loop. We looked at the draft programme leaflet and the nomination form. "
   "Neither says anything about disability, about reasonable adjustments or about whom a disabled "
   "applicant should tell, and officers told us that adjustments \u2018would be dealt with as they "
   "arise\u2019.")
para("Conclusion: physical access is good, but a programme that teaches the disability equality duty "
     "should be seen to meet it.", bold=True)

doc.add_heading("Listening and improving", level=2)
np("In October 2008 the Partnership surveyed all 301 SENCOs in the four authorities' maintained schools, "
   "and 187 replied (62 per cent). Of those, 58 per cent said they could not be released for ten full "
   "days, 71 per cent wanted teaching within half an hour of their school, and those new to the role in "
   "the last two years ranked using data and provision mapping, the law, and managing teaching assistants "
   "as their greatest needs. Four headteachers' focus groups, one in each authority, said they wanted the "
   "work done in school and wanted to see it.")
np("The programme changed as a result. The twilight version of each day was added; a third venue was "
   "added; the University replaced the examination it had proposed for Unit 3 with the presentation to "
   "the head and a governor after the heads asked for it; and two taught days (8 and 9) were given to "
   "data, provision mapping and deploying staff.")
np("Each taught day is evaluated on a short form, and at the end of each unit participants complete an "
   "online questionnaire. At the end of the year an educational psychologist who does not teach on the "
   "programme runs a participants' focus group. The Programme Board (the four authorities' principal "
   "officers for SEN, the programme leader and the University's head of professional development) meets "
   "each term and considers the evaluations, the external examiner's report and the pass and completion "
   "figures. The University's annual monitoring report and its action plan go to the Faculty Quality "
   "Committee and to the Board, and the programme leader tells each new cohort on Day 1 what has been "
   "changed and why.")
np("Specialist staff from the four authorities teach on the programme, special schools host visit days, "
   "and parents help to lead Day 7. Officers told us that headteachers would receive the annual "
   "evaluation report. No stakeholder other than officers and the University sits on the Programme "
   "Board.")
np("On participants' competence and confidence, each participant repeats the entry audit on Day 10, so "
   "that the change in their own ratings can be set beside the tutor's view at the final tutorial; the "
   "Board sees the cohort's results. On pupils, officers were frank: beyond the single pupil in each "
   "participant's case study, nothing in the programme at present shows whether pupils with SEN in "
   "participants' schools do better. They told us they would like to use the four authorities' "
   "pupil-level data to follow those pupils' progress over two years.")
np("The programme ends, on the afternoon of Day 10, with each participant drafting a professional "
   "development plan for the following year to take to their performance management review, and the "
   "University explains the route on to its MA in Inclusive Education, where the 60 credits count in "
   "full. The plan is discussed at the final tutorial; it is not assessed.")

# ------------------------------------------------------------ Part 5
doc.add_heading("Part 5: Recommendations", level=1)
np("The Panel recommends to the Joint Executive Board:")
recs = [
    ("R1", "that the Partnership apply to the TDA for approval of the programme with the University of Eskmere;"),
    ("R2", "that the programme's aims and assessment give children's well-being, across all five Every "
           "Child Matters outcomes, the same weight as attainment;"),
    ("R3", "that the programme teach participants to seek pupils' views and to involve pupils in planning "
           "and reviewing their own provision, and that this be assessed;"),
    ("R4", "that the twilight and January routes be kept whatever the numbers in the first year;"),
    ("R5", "that an assessment-only route be offered to suitably experienced teachers;"),
    ("R6", "that the University be asked to accredit experiential learning as well as certificated learning;"),
    ("R7", "that the programme leaflet and nomination form invite disabled applicants to tell the programme "
           "about their needs and explain what adjustments can be made;"),
    ("R8", "that headteachers and the four authorities' parents' forums be involved in evaluating the "
           "programme, including through a place on the Programme Board;"),
    ("R9", "that the Partnership check at enrolment that every participant has a current enhanced CRB "
           "disclosure;"),
    ("R10", "that school mentors be given written guidance and a briefing before the first intake;"),
    ("R11", "that the Partnership use its pupil-level data to follow the progress of pupils with SEN in "
            "participants' schools;"),
    ("R12", "that the Panel receive a progress report in twelve months."),
]
for code, text in recs:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.5)
    p.paragraph_format.first_line_indent = Cm(-0.9)
    r = p.add_run(code + "\t")
    r.bold = True
    r2 = p.add_run(text)
    r2.bold = True

# ------------------------------------------------------------ Part 6: Executive response
doc.add_heading("Part 6: Response of the Joint Executive Board, 26 January 2009", level=1)
np("The Board thanks the Panel for a thorough and constructive review. The Board is assured by officers "
   "that the programme covers and assesses every one of the national minimum outcomes, and that no "
   "participant will receive the award without meeting them all. The Board's response to each "
   "recommendation follows.")

rows = [
    ("group", "Quality and content"),
    ("R1", "Apply to the TDA for approval", "Accepted",
     "Application to be made in February 2009.", "Partnership Manager"),
    ("R2", "Well-being to carry the same weight as attainment", "Accepted in principle",
     "The programme team will review the aims with the University for the 2010 cohort.", "Programme leader"),
    ("R3", "Teach and assess seeking pupils' views", "Accepted in principle",
     "The programme team will consider how this might be included from September 2010, once the first "
     "cohort has been evaluated. No change for 2009-10.", "Programme leader"),
    ("group", "Access to the programme"),
    ("R4", "Keep twilight and January routes", "Accepted",
     "Both routes will run in 2009-10 irrespective of numbers.", "Partnership Manager"),
    ("R5", "Offer an assessment-only route", "Not accepted",
     "The University's regulations for the award require completion of the assessed units. The Board does "
     "not propose to pursue an assessment-only route.", "Partnership Manager"),
    ("R6", "Accredit experiential learning", "Not accepted",
     "As R5: a matter for the University's regulations.", "Partnership Manager"),
    ("R7", "Disability information in leaflet and form", "Accepted",
     "The University's standard equality and disability statement will be added to the leaflet and "
     "nomination form for the September 2009 intake.", "Partnership Manager"),
    ("group", "Safeguarding, support and evaluation"),
    ("R8", "Heads and parents' forums to evaluate; Board place", "Accepted in part",
     "Every headteacher with a participant will be sent the annual evaluation report. Membership of the "
     "Programme Board will be considered when its terms of reference are reviewed in 2010.",
     "Chair of Programme Board"),
    ("R9", "CRB check at enrolment", "Not accepted",
     "All participants are employed teachers whose schools have already checked them. The Partnership "
     "will not ask for or record disclosure details.", "Chair of Programme Board"),
    ("R10", "Guidance and briefing for school mentors", "Accepted",
     "Written guidance for mentors will be drafted by the programme team during 2009-10.",
     "Programme leader"),
    ("R11", "Follow pupils' progress using LA data", "Accepted subject to funding",
     "Subject to a data-sharing agreement being signed by all four authorities and to funding being "
     "identified, officers will bring proposals to the Board.", "Programme leader"),
    ("R12", "Progress report to the Panel in twelve months", "Accepted",
     "Report to the Joint Overview and Scrutiny Committee, January 2010.", "Partnership Manager"),
]
table = doc.add_table(rows=1, cols=5)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ["Rec.", "Recommendation (short)", "Response", "Action and timescale", "Lead"]
for i, h in enumerate(hdr):
    set_cell(table.rows[0].cells[i], h, bold=True)
    shade(table.rows[0].cells[i], "D5E3EC")
lead_runs = []
for row in rows:
    cells = table.add_row().cells
    if row[0] == "group":
        m = cells[0].merge(cells[4])
        set_cell(m, row[1], bold=True)
        shade(m, "F2F2F2")
        lead_runs.append(None)
        continue
    for i, val in enumerate(row[:4]):
        set_cell(cells[i], val, bold=(i == 0))
    set_cell(cells[4], row[4])
    lead_runs.append(row[4])
# vertically merge runs of the same lead within a group
rix = 1
i = 0
while i < len(lead_runs):
    if lead_runs[i] is None:
        i += 1
        continue
    j = i
    while j + 1 < len(lead_runs) and lead_runs[j + 1] == lead_runs[i]:
        j += 1
    if j > i:
        top = table.rows[i + 1].cells[4]
        bottom = table.rows[j + 1].cells[4]
        merged = top.merge(bottom)
        set_cell(merged, lead_runs[i])
    i = j + 1
for r in table.rows:
    r.cells[0].width = Cm(1.2)
    r.cells[1].width = Cm(4.2)
    r.cells[2].width = Cm(2.6)
    r.cells[3].width = Cm(6.0)
    r.cells[4].width = Cm(2.6)
para()
np("Signed on behalf of the Joint Executive Board: Cllr Brian Nuttall, Chair (Lead Member for Children's "
   "Services, Calderholme).")

# ------------------------------------------------------------ Appendices
doc.add_page_break()
doc.add_heading("Appendix A: Witnesses and evidence", level=1)
witnesses = [
    ("14 October 2008", "Helen Ashworth, Partnership Manager; Dr Anil Rahman, programme leader, University "
     "of Eskmere; Marion Tate, Head of Inclusion, Wharram County Council"),
    ("4 November 2008", "Jenny Mercer (Calderholme), Paul Oyelaran (Ribbleford), Lynne Baptiste "
     "(Skelwith); two headteachers and three SENCOs from each authority"),
    ("20 November 2008", "Visit: Pennine Vale SENCO Consortium (Graham Leadbetter, programme director; two "
     "former participants)"),
    ("25 November 2008", "Sue Kenworthy, Calderholme Parent Partnership Service; representatives of "
     "Ribbleford Parents' Forum and Northfell Autism Support; Skelwith Youth Council (written evidence)"),
    ("9 December 2008", "Dr Anil Rahman and Helen Ashworth (follow-up questions); Siobhan Keel, autism "
     "outreach lead, Wharram"),
]
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
set_cell(t.rows[0].cells[0], "Date", bold=True)
set_cell(t.rows[0].cells[1], "Witnesses", bold=True)
for d, w in witnesses:
    c = t.add_row().cells
    set_cell(c[0], d)
    set_cell(c[1], w)
para()

doc.add_heading("Appendix B: Session outline (provided by the programme team)", level=1)
para("Taught days are shown in September-intake order. Each day is also run as two twilights.", italic=True,
     size=10)
sessions = [
    ("Day 1", "Unit 1", "The SENCO's role in the Code of Practice and in school leadership. Every Child "
     "Matters: the five outcomes and what they mean for pupils with SEN and disabilities. Removing Barriers "
     "to Achievement. The entry audit, the Individual Learning Plan and the learning journal."),
    ("Day 2", "Unit 1", "SEN law and guidance: Education Act 1996, SENDA 2001, the SEN Code of Practice "
     "(2001), statutory assessment and annual reviews, the new SENCO regulations. Using research and "
     "inspection evidence and external advice to improve your own and colleagues' practice; searching the "
     "literature; writing at Master's level."),
    ("Day 3", "Unit 1", "Disability equality: DDA 1995 and 2005, the disability equality duty, accessibility "
     "plans, reasonable adjustments for pupils. What research says works: best practice in meeting SEN. "
     "Reviewing a school SEN policy (preparation for A1)."),
    ("Day 4", "Unit 2", "Areas of need I, in primary, secondary and special strands: speech, language and "
     "communication needs (the Bercow Review) with the speech and language therapy team; autistic "
     "spectrum disorders; specific learning difficulties, including dyslexia."),
    ("Online weeks 1-2", "Unit 2", "Identifying pupils who may have SEN: classroom observation, data and "
     "assessment. Setting challenging targets; planning interventions to remove barriers; reviewing "
     "progress."),
    ("Day 5", "Unit 2", "Areas of need II, in strands: behavioural, emotional and social difficulties; "
     "moderate learning difficulties; sensory and physical needs. The EP service on using assessments from "
     "other professionals to plan teaching."),
    ("Online weeks 3-4", "Unit 2", "Approaches, strategies and resources for teaching and assessment, "
     "including ICT, with Skelwith's assistive technology team; personalising provision."),
    ("Day 6", "Unit 2", "Waves of intervention and personalised learning. Elective workshops (choose two): "
     "precision teaching; social stories; numeracy interventions; nurture groups."),
    ("Day 7", "Unit 2", "Working with parents and carers (Parent Partnership Service and two parents): "
     "fair, respectful relationships with pupils and families. Other services: educational psychology, "
     "CAMHS, social care, speech and language therapy, voluntary organisations such as Northfell Autism "
     "Support; CAF and the team around the child."),
    ("Day 8", "Unit 3", "Using data: P scales, RAISEonline, tracking the progress of pupils with SEN through "
     "Key Stage tests and GCSE. Access arrangements for national tests and examinations. School "
     "self-evaluation, the SEF and SEN; reviewing the effectiveness of provision with colleagues."),
    ("Day 9", "Unit 3", "Leading provision: provision mapping and costing; deploying and managing teaching "
     "assistants (DISS, 2008); coaching and mentoring colleagues; influencing senior leaders and governors "
     "on strategy and resources; presenting a case; managing your time and delegating."),
    ("Day 10", "Unit 3", "A3 presentations (morning). Next steps (afternoon): the entry audit repeated; your "
     "professional development plan for next year; the MA route."),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for i, h in enumerate(["When", "Unit", "Content"]):
    set_cell(t.rows[0].cells[i], h, bold=True)
    shade(t.rows[0].cells[i], "D5E3EC")
for w, u, c in sessions:
    cells = t.add_row().cells
    set_cell(cells[0], w, bold=True)
    set_cell(cells[1], u)
    set_cell(cells[2], c)
for r in t.rows:
    r.cells[0].width = Cm(2.6)
    r.cells[1].width = Cm(1.6)
    r.cells[2].width = Cm(12.5)
para()
para("Tutorials: three individual tutorials of 45 minutes (before Day 1, after Day 5, after Day 9).",
     size=10)

doc.add_heading("Appendix C: Where the national outcomes sit (provided by the programme team)", level=1)
para("\u201cThe programme covers and assesses all the national outcomes.\u201d The table shows, for each "
     "assessed task and for the learning journal, which of the national outcomes it evidences, in the "
     "programme team's words.", italic=True, size=10)
outc = [
    ("A1 Policy into Practice (Unit 1)", "Yes",
     "Knowledge of SEN law and the Code of Practice and how to apply them in school; knowledge of disability "
     "equality law and the actions it requires; best practice and research in meeting SEN; drawing on "
     "research and external advice to improve own and colleagues' practice; clear written expression."),
    ("A2 Case Study (Unit 2)", "Yes",
     "Identifying the pupil's needs, setting challenging targets, planning the intervention and reviewing "
     "progress; using assessments from other professionals; the main types of SEN and their effect on "
     "learning; critical use of approaches, strategies and resources, including ICT; liaising with parents "
     "and carers; fair, respectful and constructive relationships with the pupil and the family; the "
     "pupil's development and the factors affecting it."),
    ("A3 Leading Provision (Unit 3)", "Yes",
     "Working with the head and a governor on strategy, inclusive ethos and resources; gaining the "
     "commitment of colleagues and senior leaders; tracking progress with summative data, including national "
     "tests; provision mapping, including ineffective and missing provision; deploying and managing staff; "
     "reviewing provision with colleagues to inform self-evaluation; principles of school self-evaluation; "
     "clear spoken presentation, listening and responding to the views of the head and governor."),
    ("Learning journal", "No (formative; read at tutorials, not marked)",
     "Managing time, prioritising and delegating; planning own CPD and keeping up to date; the roles of "
     "other services and how to get specialist support; working with other agencies and voluntary "
     "organisations; supporting colleagues' development through observation, coaching and mentoring."),
    ("Taught days only", "No (not assessed)",
     "Every Child Matters, its principles and outcomes (Day 1); special arrangements for national tests and "
     "examinations (Day 8)."),
    ("Not in the programme at present", "\u2014",
     "Anticipating and resolving problems and making sound decisions about provision; helping other "
     "teachers develop formative assessment; involving pupils in planning and reviewing their provision. "
     "To be looked at for 2010."),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for i, h in enumerate(["Task or record", "Counts towards the award?", "National outcomes evidenced"]):
    set_cell(t.rows[0].cells[i], h, bold=True)
    shade(t.rows[0].cells[i], "D5E3EC")
for a, b, c in outc:
    cells = t.add_row().cells
    set_cell(cells[0], a, bold=True)
    set_cell(cells[1], b)
    set_cell(cells[2], c)
for r in t.rows:
    r.cells[0].width = Cm(3.6)
    r.cells[1].width = Cm(3.2)
    r.cells[2].width = Cm(9.9)
para()
para("Panel's note: the A2 marking criteria ask for an account of the pupil's development and the "
     "factors affecting it, but no taught day covers how children develop.", italic=True, size=10)

doc.save(OUT)
print("wrote", OUT)
