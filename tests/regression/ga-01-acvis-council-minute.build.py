"""ga-01-acvis-council-minute: build the .docx next to this script.

Provider
    The Association of Chiltern and Vale Independent Schools (ACVIS), 63
    independent preparatory and senior schools, acting through its
    professional development arm, ACVIS Professional Development (ACVIS PD).
    The award ("the Learning Support Coordinators' Award") is validated by
    the University of Amersfield as a Postgraduate Certificate (60 credits
    at Master's level). Places for learning-support coordinators in member
    schools, non-member independent schools and nearby maintained schools
    (Chilvale County Council and Vale District). January 2009.

Kind of document and layout
    An extract from the minutes of the Association's Council (112th
    meeting, 22 January 2009) with the Professional Development
    Committee's proposal paper (Paper C/09/06) bound after it, sent to the
    TDA as the application. A shaded one-cell box at the top tells the panel
    that the minute governs where it differs from the paper. No heading
    styles: bold capitalised Normal paragraphs, minute numbers (09/05 ...
    09/08) and hand-typed paragraph numbers in the paper (1-44), resolutions
    lettered (a)-(h). Annex A: study-day table. Annex B: outcome coverage
    table in the Committee's own wording, with merged group rows and a
    closing blanket claim. Annex C: tutors table. Header "CONFIDENTIAL -
    COUNCIL PAPERS", footer with a PAGE field. The Secretary's
    post-meeting corrections to the paper are tracked changes; the
    Chairman and the Bursar left Word comments.

Traps (requirement ids affected)
    - Minute resolution (b), far from paragraph 17 of the paper, does not
      approve the "direct assessment" route the paper proposes: 2.3 not_met.
    - Minute resolution (c) defers the visits of paragraph 29 pending the
      insurers; the only other "placements" are PGCE students' placements in
      member schools and Sixth Form pupils' community service placements
      (wrong context, Minute 09/06 and paragraph 29): 5.5 partially_met
      (specialist expertise met, placements not).
    - Minute resolution (e) and a deleted tracked change remove the January
      intake; the course is one fixed-order cohort with a choice of two
      venues and Saturday or twilight tutorials: 3.2 partially_met.
    - CRB: the verification arrangement in paragraph 15 is a deleted tracked
      change; what remains is a bracketed placeholder, and the minute
      records that arrangements are still to be confirmed: 5.3 not_met.
    - APL: the arrangement in paragraph 14 is an inserted tracked change
      (part of the submission): 2.1 met (notes_on_met).
    - Self-review used only to form tutorial sets, no individual plan:
      2.2 partially_met.
    - Progression to the MA only hoped for: 2.5 not_met.
    - Equality: a commitment and step-free venues only: 3.1 partially_met.
    - Research: "will reflect current research" in general terms only:
      1.3 partially_met.
    - Evaluation of impact on pupils only hoped for; the Bursar's comment
      suggesting reading-age measures is a comment, not text: 5.9
      partially_met.
    - No e-learning; the University's electronic journals are a library
      resource, and an online element was considered and rejected: 3.3
      not_applicable.
    - Annex B: 6.A3, 6.S2b taught but "not separately assessed" / "not
      assessed"; 6.A7 only an unmarked reflective log; 6.K4 only a
      formative quiz; 6.S5 formative feedback only: all partially_met.
      6.S4 has no row at all (and paragraph 23 says the course does not
      dwell on managing support staff), while the note under the table
      claims all outcomes are addressed: 6.S4 not_met; 1.9 and 6.0
      partially_met.
    - The Chairman's comment about the external examiner does not undo
      paragraph 33, which names her: 5.8 met.
"""
from pathlib import Path
import copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [100]


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(doc, text="", bold=False, italic=False, size=None, align=None, space_after=6):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def heading(doc, text):
    p = para(doc, text, bold=True, space_after=4)
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    return p


def numbered(doc, n, text):
    """Hand-typed paragraph number, a tab, the text."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1)
    p.paragraph_format.first_line_indent = Cm(-1)
    p.paragraph_format.space_after = Pt(6)
    p.add_run(f"{n}\t{text}")
    return p


def ins(p, text, author="Helen Marsh (Secretary)", date="2009-01-26T10:15:00Z"):
    _rev[0] += 1
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}">'
        f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>'))


def dele(p, text, author="Helen Marsh (Secretary)", date="2009-01-26T10:15:00Z"):
    _rev[0] += 1
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{_rev[0]}" w:author="{author}" w:date="{date}">'
        f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>'))


def shade_cell(cell, fill="E7E6E6"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def add_field(p, instr):
    r = p.add_run()
    r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r2 = p.add_run()
    r2._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>'))
    r3 = p.add_run()
    r3._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    p.add_run("1")
    r5 = p.add_run()
    r5._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def table(doc, rows, widths=None, header=True, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(9)
            if header and i == 0:
                r.bold = True
                shade_cell(c, "D9D9D9")
            if widths:
                c.width = Cm(widths[j])
    return t


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.page_height = Cm(29.7)
sec.page_width = Cm(21)
sec.left_margin = sec.right_margin = Cm(2.3)

hp = sec.header.paragraphs[0]
hp.text = "CONFIDENTIAL - COUNCIL PAPERS - NOT FOR CIRCULATION BEYOND COUNCIL MEMBERS"
hp.runs[0].font.size = Pt(8)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.add_run("ACVIS Council 22.01.09 - Minute 09/07 and Paper C/09/06 - page ").font.size = Pt(8)
add_field(fp, "PAGE")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

# ---- note to the panel (shaded one-cell table)
t = doc.add_table(rows=1, cols=1)
t.style = "Table Grid"
c = t.cell(0, 0)
shade_cell(c, "EDEDED")
c.text = ""
r = c.paragraphs[0].add_run("Note for the TDA approval panel")
r.bold = True
c.add_paragraph(
    "The Association submits as its application the extract below from the minutes of its Council, "
    "together with Paper C/09/06, which Council considered at that meeting. The paper is reproduced as it "
    "was tabled, with the corrections the Secretary made after the meeting shown as tracked changes. Where "
    "Council's resolution in Minute 09/07 differs from the paper, the resolution stands. Enquiries to "
    "Dr Frances Okonedo, Director of Professional Development, ACVIS PD, The Old Rectory, Church Lane, "
    "Aylesworth.")
para(doc)

para(doc, "THE ASSOCIATION OF CHILTERN AND VALE INDEPENDENT SCHOOLS", bold=True, size=13,
     align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
para(doc, "(Registered Charity No. 1029417)", size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "EXTRACT FROM THE MINUTES OF THE 112TH MEETING OF COUNCIL", bold=True,
     align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
para(doc, "held in the Library, Hartwell Manor School, Aylesworth, on Thursday 22 January 2009 at 2.30 pm",
     italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

para(doc, "Present: Mr R. J. Tennant (Chairman; Headmaster, Hartwell Manor School); Mrs A. Fairlie "
     "(Vice-Chairman; Head, Coldharbour House); Revd Dr P. Grice (Warden, St Cuthman's College); "
     "Mr D. Pryor (Bursar, Lyneham Court; Bursars' representative); Mrs S. Achebe (Head, Beechfield "
     "Preparatory School); Mr T. Halloran (Headmaster, Wendling Hall); Ms C. Varga (Head, The Mount School "
     "for Girls); Mr J. Ibbotson (co-opted; formerly HM Inspector).")
para(doc, "In attendance: Mrs H. Marsh (Secretary to Council); Dr F. Okonedo (Director of Professional "
     "Development, for Minute 09/07); Mrs E. Lund (Chair, Professional Development Committee, for Minute "
     "09/07); Mr G. Abiodun (Finance Officer).")
para(doc, "Apologies: Mr N. Stobart; Mrs L. Crane.")

heading(doc, "09/05  DECLARATIONS OF INTEREST")
para(doc, "Mrs Achebe declared that Beechfield's learning support coordinator had taken part in the "
     "Association's pilot short course in 2007-08 and would be nominated for the Award. Mrs Fairlie "
     "declared that she sits on the University of Amersfield's Court. Neither interest was thought to "
     "prevent the members concerned from taking part in the discussion under Minute 09/07.")

heading(doc, "09/06  MATTERS ARISING")
para(doc, "(i) Minute 08/41, Community Service: the Secretary reported that all eleven senior schools now "
     "take part in the Sixth Form community service scheme, under which pupils spend a weekly afternoon on "
     "placement in local special schools and day centres. Placement risk assessments are held by each "
     "school. (ii) Minute 08/44, the Independent State School Partnership grant for the Year 6 summer "
     "school: the grant ended in July 2008 and has not been renewed; Council noted that the summer school "
     "would not run in 2009.")

heading(doc, "09/07  THE LEARNING SUPPORT COORDINATORS' AWARD (PAPER C/09/06)")
para(doc, "Mrs Lund introduced the paper. The Professional Development Committee had worked since the "
     "summer on a proposal to offer, from September 2009, an award for the teachers who coordinate "
     "learning support in member schools, meeting the Government's new requirement that SENCOs in "
     "maintained schools hold a national award, and to open places to colleagues in neighbouring "
     "maintained schools. Dr Okonedo outlined the course and the discussions with the University of "
     "Amersfield, whose validation event is fixed for 5 March 2009.")
para(doc, "In discussion, members raised the following points. Mr Halloran welcomed the emphasis on "
     "examination access arrangements, which senior schools found increasingly demanding. Mr Ibbotson "
     "asked whether the proposed direct assessment route (paragraph 17 of the paper) had been tested; "
     "Dr Okonedo said that it had not, and that the University would need to agree its regulations. "
     "Several members felt that the Association should gain a year's experience of the taught course "
     "before offering it. Mr Pryor asked how the Association would verify the CRB disclosures of "
     "participants, particularly those from non-member schools; Dr Okonedo said she would confirm the "
     "arrangements with the Bursars' Committee. Ms Varga asked whether the visits to other schools "
     "described in paragraph 29 were covered by the Association's insurance; the Secretary was not "
     "certain. Ms Varga and Mrs Achebe both spoke for the inclusion of a parent on the steering group.")
para(doc, "RESOLVED:", bold=True)
for letter, text in [
    ("(a)", "that the Association, through ACVIS PD, should offer the Learning Support Coordinators' Award "
            "from September 2009, subject to validation by the University of Amersfield and to approval "
            "by the Training and Development Agency for Schools, and that the Director should submit the "
            "application;"),
    ("(b)", "that the direct assessment route proposed in paragraph 17 should not be offered in 2009-10; "
            "the Committee may bring a revised proposal to Council in the spring of 2010;"),
    ("(c)", "that the visits described in paragraph 29 should not be arranged until the Association's "
            "insurers have advised, and that the Secretary should report to the March meeting;"),
    ("(d)", "that the fees in paragraph 40 be approved, and that eight maintained-school places a year be "
            "subsidised from the Public Benefit Fund;"),
    ("(e)", "that no January intake should be offered in 2009-10, the question to be reconsidered when "
            "the size of the first cohort is known;"),
    ("(f)", "that a parent of a pupil with special educational needs at a member school should be invited "
            "to join the Award Steering Group described in paragraph 36;"),
    ("(g)", "that the remainder of the paper be approved;"),
    ("(h)", "that Council's thanks be recorded to Mrs Lund, Dr Okonedo and the members of the Committee."),
]:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1)
    p.paragraph_format.first_line_indent = Cm(-1)
    p.add_run(f"{letter}\t{text}")

heading(doc, "09/08  FINANCE: DRAFT BUDGET 2009-10")
para(doc, "Mr Abiodun presented the draft budget. Council noted that the Award was budgeted to break even "
     "at a cohort of sixteen, and agreed the transfer of £7,600 from the Public Benefit Fund to support "
     "the places agreed under Minute 09/07(d).")
para(doc, "Signed as a correct record:  ..............................................  Chairman     "
     "Date: 19 March 2009", italic=True)

doc.add_page_break()

# ---------------- The paper
para(doc, "PAPER C/09/06", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
para(doc, "COUNCIL, 22 JANUARY 2009", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
para(doc, "THE LEARNING SUPPORT COORDINATORS' AWARD", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER,
     space_after=2)
para(doc, "A proposal from the Professional Development Committee", italic=True,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "Author: Dr F. Okonedo, Director of Professional Development, for the Committee", size=9)
para(doc, "Action required: decision", size=9)

heading(doc, "PURPOSE")
numbered(doc, "1", "This paper asks Council to agree that ACVIS PD should offer a Postgraduate Certificate "
         "for learning support coordinators from September 2009, to be known in the Association as the "
         "Learning Support Coordinators' Award, and to seek approval for it as a provider of the national "
         "award for SENCOs. It sets out the course, how it would be run and assured, and what it would cost.")

heading(doc, "BACKGROUND")
numbered(doc, "2", "Regulations made in 2008 require every new SENCO in a maintained school to be a "
         "qualified teacher and, from September 2009, to gain a nationally approved award within three "
         "years of taking up the post. The requirement does not extend to independent schools. The "
         "Committee nevertheless believes that member schools will want their learning support "
         "coordinators to hold the same award: parents increasingly ask about it, the Independent Schools "
         "Inspectorate looks closely at provision for pupils with learning difficulties, and our "
         "coordinators should not be at a disadvantage when they apply for posts in either sector.")
numbered(doc, "3", "Learning support in our schools looks different from SEN provision in most maintained "
         "schools. Few of our pupils have statements; most of those we support have specific learning "
         "difficulties, speech and language difficulties or, increasingly, diagnoses of autism or "
         "attention difficulties, and many have been assessed privately before they join us. Coordinators "
         "are often part-time, frequently teach a full subject timetable as well, and in the prep schools "
         "may be the only member of staff with any specialist training. Parents pay fees and expect to be "
         "closely involved.")
numbered(doc, "4", "In June 2008 the Committee surveyed the heads and learning support coordinators of "
         "all 63 member schools; 48 schools replied (76%). The Director also met the SEN Service of "
         "Chilvale County Council and the Inclusion Support Team of Vale District, and three meetings of "
         "the Association's Learning Support Coordinators' Group (about thirty members) discussed the "
         "course in outline. The main messages were:")
for b in [
    "coordinators want practical help with examination access arrangements, for Common Entrance as well "
    "as for GCSE and A level, and with the rules of the Joint Council for Qualifications;",
    "heads want the course to help coordinators work with senior colleagues and to present learning "
    "support to governors, not only to work with individual pupils;",
    "coordinators in prep schools asked for weekend rather than weekday study, because cover for a "
    "part-time teacher is hard to find;",
    "both local authorities asked that maintained-school SENCOs on the course should meet the full "
    "national outcomes, and that the course should take them into special schools and units;",
    "several coordinators and both authorities asked for more on working with parents who disagree with "
    "the school's view of their child's needs.",
]:
    p = doc.add_paragraph(style="List Bullet")
    p.add_run(b)
numbered(doc, "5", "The proposal has been changed in the light of these views. The study days are on "
         "Saturdays (paragraph 19); access arrangements have a study day of their own (Annex A, Study "
         "Day 5); Task A is a presentation to the participant's own senior leadership team; the sixth "
         "study day on parents and other agencies was added at the authorities' request and is taught "
         "jointly with Chilvale's educational psychologists; and the visits in paragraph 29 respond to "
         "the authorities' second point.")
numbered(doc, "6", "The Association ran a non-accredited short course for coordinators (six twilight "
         "sessions) in 2007-08. Its evaluations, from 19 of the 22 who attended, showed strong support for "
         "more on provision mapping and on the law, and a wish for the course to lead to a qualification. "
         "That course has now closed.")

heading(doc, "THE AWARD")
numbered(doc, "7", "The University of Amersfield has agreed in principle to validate the course as a "
         "Postgraduate Certificate of 60 credits at Master's level (Level 7), made up of three 20-credit "
         "modules, each assessed by one task. Participants will be registered as students of the "
         "University and will have full use of its library, including its electronic journals. The "
         "University's validation event will be held on 5 March 2009. Successful participants may count "
         "the credits towards the University's MA in Inclusive Education.")
numbered(doc, "8", "The aims of the course are that participants should be able to lead the provision "
         "for pupils with special educational needs and disabilities in their schools so that those pupils "
         "achieve more, are safe and well, and take a full part in the life of the school; and that "
         "participants should be able to show how their own work has made a difference to particular "
         "pupils. These aims take in all five outcomes of Every Child Matters, which the course teaches "
         "explicitly on the first study day, and each of the three tasks asks the participant to set out "
         "what their work has changed for pupils' learning and well-being.")
numbered(doc, "9", "The course will reflect current research and the developments in the field, and the "
         "tutors will keep their reading up to date.")

heading(doc, "WHO THE COURSE IS FOR, AND HOW THEY ARE SELECTED")
numbered(doc, "10", "The course is for qualified teachers who coordinate learning support, or are about to "
         "do so, in a member school, another independent school, or a maintained school in Chilvale or "
         "Vale District. Candidates must hold Qualified Teacher Status (or, in an independent school, a "
         "teaching qualification and at least two years' teaching experience in the UK), and must be "
         "nominated by their head, who agrees to release them for the study days and the school-based "
         "project.")
numbered(doc, "11", "The nomination form asks the head to describe the candidate's present role and "
         "experience of learning support, and the candidate to write a short statement. The Director or "
         "a tutor then speaks to each candidate by telephone for about twenty minutes, using a standard "
         "set of questions, to confirm that the candidate is in, or will shortly take up, a role in which "
         "the school-based project can be carried out, and that they have enough experience to reach the "
         "outcomes within the year. Places are offered only after this conversation.")
numbered(doc, "12", "Where a candidate does not yet seem ready (for example a teacher with no experience "
         "of learning support at all), the Director writes to the candidate and the head explaining why, "
         "and recommends a route to readiness: usually the Association's one-day Introduction to Learning "
         "Support course and a term's work alongside an experienced coordinator, after which the "
         "candidate may apply again. The Director offers to discuss this with the head by telephone.")
numbered(doc, "13", "Before the first study day each participant completes the Association's Learning "
         "Support Self-Review, a questionnaire of forty items keyed to the national outcomes, rating their "
         "confidence on a four-point scale. The tutors use the returns to divide the cohort into tutorial "
         "sets of five or six, grouping participants of similar experience and phase, so that discussion "
         "in the sets starts at the right level.")
p = numbered(doc, "14", "Participants who have already studied at Master's level, or who hold a relevant "
             "specialist qualification, may ask for credit.")
ins(p, " Under the University's regulations for the accreditation of prior learning, up to 20 credits "
       "(one module) may be credited for certificated study at Level 7 completed in the last five years, or, "
       "through a portfolio mapped against the module's outcomes, for substantial experience such as an "
       "AMBDA or OCR Level 7 qualification in specific learning difficulties. Claims are made by 30 June, "
       "assessed by two tutors and confirmed by the University's Board of Examiners. A participant "
       "credited with a module still completes the other two tasks.")
p = numbered(doc, "15", "Every participant must be suitable to work with children. ")
dele(p, "ACVIS PD will ask each participant's school to confirm in writing the date and number of the "
        "participant's enhanced CRB disclosure and that the checks described in Safeguarding Children and "
        "Safer Recruitment in Education have been made; a participant who has not worked in a school in the "
        "previous three months will be asked to obtain a new enhanced disclosure through the Association "
        "before the course begins.")
ins(p, "[Secretary to confirm arrangements with the Bursars' Committee before the course opens.]")
numbered(doc, "16", "Tutors and the visiting speakers who work with pupils during the course hold enhanced "
         "disclosures obtained by the Association, which are recorded on the Association's own register.")
numbered(doc, "17", "The Committee proposes that, in exceptional cases, an experienced coordinator who "
         "already appears to meet the outcomes might be assessed without attending the course, by "
         "submitting all three tasks and a portfolio of evidence for a viva with two tutors. The fee "
         "would be £600.")

heading(doc, "THE COURSE")
numbered(doc, "18", "The course runs over one school year. It has three modules: Module 1, The "
         "Coordinator, the Law and the School; Module 2, Knowing and Teaching the Learner; and Module 3, "
         "Leading Provision. These are taught on eight Saturday study days (9.30 am to 3.30 pm) between "
         "September and June, set out in Annex A, with three individual tutorials and a school-based "
         "project running through the year.")
p = numbered(doc, "19", "Study days are held at two venues, Hartwell Manor School, Aylesworth, and St "
             "Cuthman's College, Wendover Vale, on alternate Saturdays in the same week, and each "
             "participant may choose either venue for each day. The three individual tutorials may be "
             "taken as a twilight meeting at the participant's school or at a Saturday session. The modules "
             "are taken in order, as each task builds on the last.")
dele(p, " A second intake will start in January 2010 at St Cuthman's, taking the modules in the order "
        "2, 1, 3.")
numbered(doc, "20", "The course is taught entirely face to face. The Committee considered an online "
         "element but concluded that our coordinators value meeting colleagues from other schools above "
         "all, and that the University's materials for distance study were not written for our schools.")
numbered(doc, "21", "The school-based project is the spine of the course. In the first half-term each "
         "participant agrees with their head a piece of development in their own school's learning "
         "support (for example, introducing a provision map, or revising the school's approach to access "
         "arrangements), and the three tasks are drawn from it. A senior colleague in the school acts as "
         "in-school mentor and meets the participant at least twice a term.")
numbered(doc, "22", "Each study day combines input from the tutors and visiting specialists with work in "
         "the tutorial sets on participants' own cases and school data. Participants bring anonymised "
         "material from their schools (individual education plans, a provision map, access arrangement "
         "records) and leave each day with a practical activity to carry out in school before the next, "
         "which is discussed at the start of the following day. Study Day 5 includes a role-play of a "
         "pupil review meeting in which participants practise asking a pupil about their own targets, "
         "using the Association's All About Me pupil profile, and each participant then holds such a "
         "conversation with a pupil in their own school and reports back. Study Day 6 uses filmed "
         "meetings with parents, produced with the Parent Partnership Service, and practice in handling a "
         "disagreement.")
numbered(doc, "23", "Study Days 7 and 8 deal with leading colleagues: coaching, observing lessons and "
         "giving feedback, planning and running a staff training session, and presenting learning "
         "support to governors. Few member prep schools employ learning support assistants in any "
         "number, so the course does not dwell on the management of support staff.")
numbered(doc, "24", "Module 1 teaches the Special Educational Needs Code of Practice (2001) and the duties "
         "of maintained schools under the Education Act 1996, the Special Educational Needs and Disability "
         "Act 2001 and the Disability Discrimination Act 1995 as amended in 2005 (including the "
         "accessibility plans which independent schools are also required to hold), the Every Child "
         "Matters framework and the Children Act 2004, and the inquiry into parental confidence announced "
         "by the Secretary of State in 2008 under Brian Lamb. Participants from independent schools also "
         "study the Independent School Standards and the Independent Schools Inspectorate's framework, "
         "and all participants compare the two sectors' expectations.")
numbered(doc, "25", "Each participant has three individual tutorials of 45 minutes with their tutor "
         "(October, February and May), in which the tutor reviews progress on the project and the tasks "
         "and gives feedback on a draft of each task.")
numbered(doc, "26", "The last study day ends with a session on what participants have gained. The "
         "Committee hopes that successful participants will wish to continue to the University's MA in "
         "Inclusive Education.")

heading(doc, "ASSESSMENT")
numbered(doc, "27", "Each module is assessed by one task of about 4,000 words or equivalent. Task A "
         "(Module 1): a review of the school's learning support policy against the law, the Code and the "
         "school's duties, presented orally to the school's senior leadership team and written up with the "
         "head's written response. Task B (Module 2): a case study of one pupil, setting out the "
         "assessments the participant has drawn on (including those of other professionals), the targets "
         "set with the pupil and parents, the intervention, a review of progress after at least six weeks "
         "and a short review of the research on the pupil's area of need. Task C (Module 3): a provision "
         "mapping project for a year group or key stage, identifying ineffective or missing provision, "
         "with an evaluation, carried out with colleagues, of the changes made and the school's arrangements "
         "for access arrangements and for working with outside agencies.")
numbered(doc, "28", "To be awarded the Certificate a participant must pass all three tasks. Annex B shows "
         "where each of the national outcomes is developed and how it is assessed.")

heading(doc, "SPECIALIST EXPERTISE AND VISITS")
p = numbered(doc, "29", "Participants will meet specialists throughout the course: educational "
             "psychologists from Chilvale County Council's Educational Psychology Service (Study Days 3 "
             "and 6), a speech and language therapist from Vale Community Health NHS Trust (Study Day 4), "
             "a specialist dyslexia teacher holding AMBDA (Study Day 4) and the Chilvale Parent Partnership "
             "Service (Study Day 6). Many member schools already host students from the University's PGCE "
             "course on placement. The Committee proposes that each participant should also spend a day in "
             "a setting unlike their own: independent-school participants in a special school or a resource "
             "base in Chilvale, and maintained-school participants in a member school's learning support "
             "department.")
numbered(doc, "30", "The Association's Learning Support Resource Library at the Old Rectory holds "
         "standardised tests for loan to participants' schools, the principal texts for each module, and "
         "a set of assistive software (text-to-speech, mind-mapping, predictive typing) which participants "
         "use on Study Day 4 and can borrow on a laptop for a half-term. The University's library and "
         "electronic journals are available to all participants.")

heading(doc, "STAFF")
numbered(doc, "31", "The course leader will be Mrs Jennifer Oyelaran, at present Head of Learning Support "
         "at Wendling Hall, who will be seconded to ACVIS PD for two days a week. The tutors are listed in "
         "Annex C. All hold Master's degrees and have led learning support or SEN provision in a school or "
         "service within the last five years.")
numbered(doc, "32", "Before the course starts, tutors attend a day's induction with the University's "
         "programme team covering the University's assessment regulations, marking criteria and the "
         "national outcomes, and receive the Tutors' Handbook. In-school mentors receive the Mentors' Notes "
         "and are invited to a twilight briefing in September, which explains what the mentor does (two "
         "meetings a term, signing off the project plan, a short statement for Task A) and what they do "
         "not do (mentors do not mark). Mentors who cannot attend are briefed by telephone by the "
         "participant's tutor.")

heading(doc, "QUALITY ASSURANCE")
numbered(doc, "33", "All tasks are marked by the participant's tutor against the University's Level 7 "
         "criteria. A second tutor marks every fail and borderline script and a sample of one in five of "
         "the rest, and the tutors meet after each task to agree marks. The University appoints an "
         "external examiner, Dr Ruth Kinnear of the University of Lanchester, who sees a sample of each "
         "task and every fail, and reports annually. Marks are confirmed by the University's Board of "
         "Examiners.")
p = numbered(doc, "34", "The course will be evaluated in several ways. Participants evaluate each study day "
             "on a short form, and complete the Self-Review again at the end of the course, so that their "
             "growth in confidence against each outcome can be compared with their starting point. The "
             "tutors meet at the end of each module to review the evaluations and the marks. The University "
             "includes the course in its annual monitoring, and the external examiner's report is "
             "considered by the Steering Group. The Committee hopes that in time the course will also be "
             "seen to raise the attainment of the pupils our participants support.")
numbered(doc, "35", "The course leader writes an annual report for the Steering Group and the Committee "
         "which sets out the changes to be made for the following year in the light of the evaluations, "
         "the external examiner's report and the University's monitoring. The Committee reports to Council "
         "each summer.")
numbered(doc, "36", "An Award Steering Group will meet each term. It will include two heads of member "
         "schools, the Principal SEN Adviser of Chilvale County Council, the head of a Vale District "
         "special school, a coordinator who took the 2007-08 short course, and the course leader. It "
         "receives the evaluations and the annual report, advises on changes, and will be asked each "
         "summer to comment on the programme for the following year.")

heading(doc, "EQUALITY")
numbered(doc, "37", "The Association is committed to equality of opportunity in all its activities. Both "
         "venues have step-free access, and Hartwell Manor has a hearing loop in its lecture room.")

heading(doc, "FINANCE")
numbered(doc, "38", "The course is budgeted to break even with a cohort of sixteen. The largest costs are "
         "the course leader's secondment, tutors' fees, the University's registration fee (£380 per "
         "participant) and the specialists' fees.")
numbered(doc, "39", "The Committee has kept the cost to schools below that of comparable university "
         "courses by using member schools' premises without charge and by teaching in tutorial sets "
         "rather than lectures; a place costs schools roughly two-thirds of the nearest university "
         "equivalent, including the University's fee.")
numbered(doc, "40", "Proposed fees for 2009-10: member schools £1,450; other independent schools £1,650; "
         "maintained schools £950, of which the Association would meet £500 from the Public Benefit Fund "
         "for up to eight places a year.")

heading(doc, "RECOMMENDATIONS")
numbered(doc, "41", "Council is asked to approve the offer of the Award from September 2009 on the basis "
         "set out in this paper; the direct assessment route in paragraph 17; the visits in paragraph 29; "
         "the fees in paragraph 40; and a second, January intake from 2010.")

# ---------------- Annex A
doc.add_page_break()
para(doc, "ANNEX A: STUDY DAYS 2009-10", bold=True)
table(doc, [
    ["Day", "Date (Aylesworth / Wendover Vale)", "Module", "Content", "Activity in school before the next day"],
    ["1", "19 / 26 Sept 2009", "1", "The coordinator's role in both sectors; the Code of Practice; ECM and "
     "the five outcomes; disability equality law; the Lamb inquiry", "Agree project with head; map the "
     "school's current policy"],
    ["2", "10 / 17 Oct", "1", "Managing the role: time, priorities, delegation; learning support and "
     "whole-school policy; working with the head", "Time log for two weeks"],
    ["3", "14 / 21 Nov", "2", "How children develop; attention, memory and language; the main types of "
     "SEN (BESD, SpLD, SLCN, ASD, MLD) (with an educational psychologist)", "Observe the case-study pupil "
     "in two lessons"],
    ["4", "16 / 23 Jan 2010", "2", "Dyslexia and specific learning difficulties; speech and language "
     "(with a speech and language therapist); research on interventions; assistive technology",
     "Trial one strategy or software with the pupil"],
    ["5", "6 / 13 Mar", "2", "Assessment for learning; targets; using data and test results; access "
     "arrangements for Common Entrance, GCSE and A level; pupil review role-play", "Hold a pupil review "
     "conversation"],
    ["6", "24 Apr / 1 May", "2/3", "Parents and carers; disagreement and complaints; outside agencies and "
     "voluntary organisations (with the Educational Psychology Service and the Parent Partnership Service)",
     "Meet the case-study pupil's parents"],
    ["7", "22 / 29 May", "3", "Provision mapping; coaching, observation and feedback; planning a staff "
     "training session", "Draft provision map with colleagues"],
    ["8", "19 / 26 June", "3", "School self-evaluation and inspection; presenting to governors; what "
     "have we gained?", "-"],
], widths=[1, 2.8, 1.3, 6.5, 4.4])

# ---------------- Annex B
para(doc)
para(doc, "ANNEX B: WHERE THE NATIONAL OUTCOMES ARE DEVELOPED AND ASSESSED", bold=True)
para(doc, "SD = Study Day (Annex A). The outcomes are given in the Committee's own words.", italic=True,
     size=9)
rowsB = [
    ["", "The participant ...", "Developed", "Assessed"],
    ("GROUP", "Attributes"),
    ["1", "builds fair, respectful and constructive relationships with pupils with SEN and with their "
     "parents", "SD5, SD6", "Task B (record of meetings with pupil and parents)"],
    ["2", "wins the commitment of the head, senior team and colleagues to better outcomes for these pupils",
     "SD1, SD8", "Task A (presentation to SLT and head's response)"],
    ["3", "organises their own workload, sets priorities and delegates, seeing that tasks are done", "SD2",
     "Discussed in tutorials; not separately assessed"],
    ["4", "anticipates and resolves problems and makes well-judged decisions about provision", "SD7",
     "Task C"],
    ["5", "communicates clearly in speech and writing and listens to others' views", "Throughout",
     "Task A (oral presentation); all written tasks"],
    ["6", "uses research and outside advice to improve their own and colleagues' practice", "SD3, SD4",
     "Task B (review of research)"],
    ["7", "keeps up to date and takes charge of their own professional development", "Throughout",
     "Reflective log, kept by the participant (not marked)"],
    ("GROUP", "Knowledge and understanding"),
    ["8", "knows the law and guidance on SEN, including the Code of Practice, and what they mean for the "
     "school and the coordinator in practice", "SD1", "Task A"],
    ["9", "understands Every Child Matters and the coordinator's part in the five outcomes", "SD1",
     "Task A"],
    ["10", "knows disability equality law and the actions it requires of schools", "SD1", "Task A"],
    ["11", "understands how children develop and how SEN, disability and the learning environment affect "
     "development", "SD3", "End-of-day quiz (formative)"],
    ["12", "knows the main types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and "
     "how they affect learning", "SD3, SD4", "Task B (the pupil's area of need and one other)"],
    ["13", "evaluates approaches, strategies and resources, including ICT, for assessment, planning and "
     "teaching", "SD4, SD5", "Task B"],
    ["14", "understands self-evaluation and school improvement as they apply to SEN", "SD8", "Task C"],
    ["15", "knows current best practice and research findings", "SD4", "Task B"],
    ["16", "knows the roles of outside agencies and how to obtain specialist help", "SD6", "Task C"],
    ("GROUP", "Skills"),
    ["17", "works with the head and governors to shape an inclusive ethos, policies and use of resources",
     "SD1, SD8", "Task A"],
    ["18", "identifies pupils' needs, sets challenging targets, plans interventions and reviews progress",
     "SD3, SD5", "Task B"],
    ["19", "uses other professionals' assessments to plan teaching", "SD4, SD6", "Task B"],
    ["20", "uses summative results, including national tests, to track progress and adjust programmes",
     "SD5", "Not assessed (few prep schools use national tests)"],
    ["21", "encourages colleagues to use formative assessment, with approaches suited to pupils with SEN",
     "SD5, SD7", "Task C"],
    ["22", "identifies access arrangements for tests and examinations in good time and puts them in place "
     "with colleagues", "SD5", "Task C"],
    ["23", "uses provision mapping to plan provision and find what is ineffective or missing", "SD7",
     "Task C"],
    ["24", "supports colleagues' development through observation and feedback, modelling, coaching and "
     "training", "SD7", "Formative feedback from tutor on the staff training plan"],
    ["25", "reviews the effectiveness of provision with colleagues to inform self-evaluation", "SD8",
     "Task C"],
    ["26", "involves pupils in planning and reviewing their own provision", "SD5", "Task B (pupil review)"],
    ["27", "works closely with parents and carers", "SD6", "Task B"],
    ["28", "works in partnership with other services and voluntary organisations", "SD6", "Task C"],
]
tb = doc.add_table(rows=len(rowsB), cols=4)
tb.style = "Table Grid"
for i, row in enumerate(rowsB):
    if isinstance(row, tuple):
        m = tb.cell(i, 0).merge(tb.cell(i, 3))
        m.text = ""
        r = m.paragraphs[0].add_run(row[1])
        r.bold = True
        r.font.size = Pt(9)
        shade_cell(m, "F2F2F2")
        continue
    for j, val in enumerate(row):
        c = tb.cell(i, j)
        c.text = ""
        r = c.paragraphs[0].add_run(val)
        r.font.size = Pt(9)
        if i == 0:
            r.bold = True
            shade_cell(c, "D9D9D9")
        c.width = Cm([1, 8, 2.5, 4.5][j])
para(doc)
para(doc, "All 28 outcomes in the national list are addressed by the course, and a participant who passes "
     "the three tasks will have met them.", italic=True, size=9)

# ---------------- Annex C
para(doc, "ANNEX C: TUTORS", bold=True)
table(doc, [
    ["Name", "Present post", "Qualifications and experience", "Role on the course"],
    ["Mrs Jennifer Oyelaran", "Head of Learning Support, Wendling Hall", "MA (SEN), OCR Level 7 Diploma "
     "(SpLD); SENCO in a Chilvale comprehensive 1998-2004", "Course leader; Modules 1 and 3"],
    ["Mr Simon Fairweather", "Independent consultant; formerly Head of Vale District Learning Support "
     "Service", "MEd (Inclusive Education); NPQH", "Tutor; Modules 1 and 3"],
    ["Dr Anjali Rao", "Senior Lecturer in Education, University of Amersfield", "PhD (reading "
     "development); AMBDA", "Tutor; Module 2; University link tutor"],
    ["Mrs Kathryn Dowd", "Learning Support Coordinator, Coldharbour House (prep)", "MA (SpLD); "
     "coordinator for twelve years", "Tutor; Module 2"],
], widths=[3.3, 4, 5.5, 3.2])

# ---- comments
doc.add_comment([p for p in doc.paragraphs if p.text.startswith("33\t")][0].runs[0],
                text="Has the University actually named the external examiner yet? Check before this goes to "
                     "the TDA. RJT", author="R. J. Tennant", initials="RJT")
doc.add_comment([p for p in doc.paragraphs if p.text.startswith("34\t")][0].runs[0],
                text="Could we ask schools for before-and-after reading ages or similar for the pupils in "
                     "Task B and add them up across the cohort? Worth adding. DP",
                author="D. Pryor", initials="DP")

doc.save(OUT)
print("wrote", OUT)
