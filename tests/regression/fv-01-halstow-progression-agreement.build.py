"""fv-01-halstow-progression-agreement: builds fv-01-halstow-progression-agreement.docx.

Provider (invented): the Teacher Education Department of Halstow College, a
general further education college in the town of Kelmsford, which runs the
Cert Ed and PGCE (Lifelong Learning Sector) validated by the University of
Wrenbury. With the University, it proposes the National Award for SEN
Coordination (a 60-credit Postgraduate Certificate at level 7) for SENCOs of
schools in Kelmsford and the Kelmsford 14-19 Partnership. March 2009.

Document kind: a Lifelong Learning Network progression agreement (the
Wrenbury and Fenland LLN's template, v3), signed by the College and the
University, guaranteeing award holders a route into the University's MA.
The College sends it whole as its application because its Schedule 1 (the
"sending programme", written for the validation event) is its fullest
description of the award.

Layout: a header naming the LLN template and a footer with the agreement
reference and a PAGE field; a shaded one-cell note to the TDA panel; a
front-sheet table of fields; ten Parts whose clause numbers are typed by
hand and collide with requirement ids ("4.1 The University will ...",
"5.3 Certificated prior learning", "3.3", "2.5" ...); the LLN template's grey
italic "[Guidance: ...]" prompts left in above some answers; a contacts table
and a signatures table; Schedule 1 (the award) with sub-sections S1.1-S1.12;
a session table; a staff table; Schedule 2, an outcome map with merged group
rows. Tracked changes by the University's partnerships officer; three Word
comments.

Traps (requirement ids):
- Clause numbers "2.5", "3.3", "4.1", "4.3", "5.3", "5.5" in the agreement are
  the LLN template's clauses, not answers to those requirements (all).
- APL: certificated prior study may count for up to 20 credits, but "The
  University does not accept claims for experiential learning (APEL) towards
  the award" (2.1 partially_met).
- Assessment-only route: S1.12 says none is offered now and it "will be
  considered" after the first cohort (2.3 not_met).
- Flexible starts: the sentence letting participants join in September or
  February is a tracked deletion; the inserted text says all start in
  September and take modules in order; deferral to the next cohort remains
  (3.2 partially_met).
- Moodle units with a tutor-moderated forum, replies within three working
  days and telephone tutorials between study days (3.3 met).
- CRB: the only checks described are on the College's own staff and on Cert
  Ed / PGCE trainees going on teaching placements; a comment asks HR whether
  SENCOs need one (5.3 not_met; wrong-context, comments).
- Stakeholders: the 14-19 Partnership's Inclusion Group is only to be "kept
  informed" of evaluation results, but participants' questionnaires, the
  student representative, school mentors and LA/PCT speakers still amount to
  involvement (4.3 met, a weak-wording trap). Survey and the three design
  changes (4.1, 4.2 met).
- Placements: participants' own schools only, "there are no visits to other
  settings"; guest specialists do exist (5.5 partially_met).
- School-based mentors: role stated, but no briefing or training for them
  (5.7 partially_met).
- Impact: participants' confidence measured by the self-audit repeated at the
  end; pupils' achievement only "we hope in future" and a comment (5.9
  partially_met).
- Award rule: the University's compensation rule lets a module failed at 40-49
  be compensated (6.0 partially_met).
- Schedule 2 is preceded by a blanket claim ("every national outcome is
  covered ... and assessed"), but: time management is taught and not assessed
  (6.A3), child development is "not assessed separately" (6.K4), pupils'
  involvement is assessed only by an unmarked Moodle task (6.S7), exam access
  arrangements are assessed but no session teaches them (6.S2d), school
  self-evaluation has no row (6.K7), deploying staff has no row (6.S4); so
  1.9 is partially_met.
- Parents: a Parent Partnership speaker, a school task interviewing a parent
  and an observed review meeting or meeting with a parent (1.7, 6.A1, 6.S8
  met; not a trap in the end).
- Progression guarantee, Next Steps plan (2.5 met, the agreement's purpose).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import copy

HERE = Path(__file__).parent
NAME = "fv-01-halstow-progression-agreement"
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

DATE = "2009-03-16T10:12:00Z"
_id = [100]


def nid():
    _id[0] += 1
    return str(_id[0])


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(text="", bold=False, italic=False, size=None, grey=False, align=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if grey:
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    if align:
        p.alignment = align
    return p


def clause(num, text, lead=None):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(num + "\t")
    if lead:
        p.add_run(lead + " ").bold = True
    p.add_run(text)
    return p


def guidance(text):
    return para("[Guidance: " + text + "]", italic=True, grey=True, size=9)


def part(title):
    p = para(title, bold=True, size=12)
    p.paragraph_format.space_before = Pt(12)
    return p


def run_el(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(p, kind, text, author="Jenny Pellow"):
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), nid())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), DATE)
    el.append(run_el(text, deleted=(kind == "del")))
    p._p.append(el)


def table(rows, widths=None, header=True, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if header and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
                shade(c, "D9D9D9")
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


# ---------------------------------------------------------------- header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Wrenbury and Fenland Lifelong Learning Network \u2013 Progression Agreement template v3 (May 2008)"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.add_run("Agreement PA-09-022  Halstow College / University of Wrenbury    page ").font.size = Pt(8)
r = fp.add_run()
for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
    if kind:
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r._r.append(fc)
    else:
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = txt
        r._r.append(it)

# ---------------------------------------------------------------- title
para("WRENBURY AND FENLAND LIFELONG LEARNING NETWORK", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
para("PROGRESSION AGREEMENT", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Education and Children's Workforce strand", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

note = doc.add_table(rows=1, cols=1)
note.style = "Table Grid"
c = note.cell(0, 0)
shade(c, "FFF2CC")
c.paragraphs[0].add_run("Note for the TDA approval panel").bold = True
for t in [
    "Halstow College's Teacher Education Department, with the University of Wrenbury, applies for approval to run "
    "the National Award for SEN Coordination from September 2009. We are sending our signed progression agreement "
    "as the application because it holds, in Schedule 1, the description of the award that went to the University's "
    "validation event on 18 February 2009, and in Schedule 2 our map of the national outcomes. Parts 1 to 10 are the "
    "agreement itself: they show what happens to SENCOs after the award.",
    "Margaret Oduya, Head of Teacher Education, Halstow College, 20 March 2009",
]:
    c.add_paragraph(t)
para()

table([
    ["Field", "Entry"],
    ["Agreement reference", "PA-09-022"],
    ["Sending institution", "Halstow College, Teacher Education Department, Station Road, Kelmsford"],
    ["Sending programme", "Postgraduate Certificate: National Award for SEN Coordination (60 credits, level 7), "
                          "taught at Halstow College and validated by the University of Wrenbury"],
    ["Receiving institution", "University of Wrenbury, School of Education and Lifelong Learning"],
    ["Receiving programme", "MA Inclusive Education (part time), Wrenbury campus and Kelmsford study centre"],
    ["LLN strand", "Education and Children's Workforce"],
    ["Period of agreement", "1 September 2009 to 31 August 2012, renewable"],
    ["Status", "Agreed by the LLN Progression Agreements Panel, 12 March 2009; signed (see Part 10)"],
], widths=[4.5, 11.5])

# ---------------------------------------------------------------- Part 1
part("Part 1  Purpose of this agreement")
guidance("Say in one or two sentences which learners the agreement is for and what it guarantees them.")
clause("1.1", "This agreement sets out the route by which teachers who complete the sending programme at Halstow "
              "College progress to the receiving programme at the University of Wrenbury, carrying their 60 credits "
              "with them, and what each institution will do to support them.")
clause("1.2", "It is one of a family of agreements in the Network's Education and Children's Workforce strand. The "
              "others cover the College's Cert Ed and PGCE (Lifelong Learning Sector) and the Foundation Degree in "
              "Learning Support; none of them applies to the sending programme.")

# ---------------------------------------------------------------- Part 2
part("Part 2  Parties and contacts")
table([
    ["Role", "Name", "Post"],
    ["Sending institution lead", "Margaret Oduya", "Head of Teacher Education, Halstow College"],
    ["Programme leader (sending)", "Dr Colin Areton", "Programme Leader, National Award for SEN Coordination"],
    ["Receiving institution lead", "Professor Ruth Kaminski", "Director of Postgraduate Programmes, School of Education and Lifelong Learning"],
    ["University link tutor", "Dr Sian Medway", "Senior Lecturer in Inclusive Education"],
    ["LLN contact", "Tom Bracegirdle", "Progression Manager, Wrenbury and Fenland LLN"],
], widths=[4.5, 4, 7.5])
clause("2.1", "Each party will tell the others within one month if a named contact changes.")

# ---------------------------------------------------------------- Part 3
part("Part 3  Learners covered")
guidance("Describe the learners who may use this agreement, including any entry or residence conditions.")
clause("3.1", "The agreement covers every teacher who is awarded the sending programme at Halstow College during its "
              "period. In practice these are SENCOs and teachers about to take up the role in primary, secondary and "
              "special schools in Kelmsford and in the schools and college of the Kelmsford 14-19 Partnership.")
clause("3.2", "There is no residence condition. Teachers from schools outside the Partnership who join the sending "
              "programme are covered on the same terms.")
clause("3.3", "Learners who leave the sending programme with a module but not the award may also apply to the receiving "
              "programme; the credit they carry is set out in Part 5.")

# ---------------------------------------------------------------- Part 4
part("Part 4  The progression guarantee")
guidance("State exactly what the receiving institution guarantees: an interview, a conditional offer, a place.")
p = clause("4.1", "The University will offer a place on the MA Inclusive Education to every learner who is awarded the "
                  "sending programme and who applies within three years of the award. No further entry conditions apply.")
clause("4.2", "The 60 credits of the sending programme count in full towards the 180 credits of the MA. Award holders "
              "join the MA at its second stage, with the module Research Methods in Inclusive Education, and then "
              "complete a 60-credit dissertation.")
clause("4.3", "The University will hold places for award holders in each annual intake and will not count them "
              "against its recruitment target for the MA.")
clause("4.4", "Fees for the MA are the University's part-time postgraduate fees. The guarantee does not include any "
              "bursary.")
doc.add_comment(p.runs, text="LLN panel asked whether the guarantee survives if the MA is revalidated - Ruth to confirm in writing.",
                author="Tom Bracegirdle", initials="TB")

# ---------------------------------------------------------------- Part 5
part("Part 5  Credit and prior learning")
clause("5.1", "Credit from the sending programme is awarded by the University of Wrenbury under its Postgraduate "
              "Regulations and is recorded on the University's transcript.")
clause("5.2", "A learner who completes one or two modules of the sending programme but leaves before the award receives "
              "a University certificate of credit for the modules passed.")
clause("5.3", "Certificated prior learning. A learner may claim credit towards the sending programme for up to 20 "
              "credits of earlier certificated study at level 7 in special educational needs, for example the "
              "former Kelmsford LA Certificate in SEN Coordination (accredited by the University until 2007) or a "
              "masters module from another university. The claim is made on the University's APL form before "
              "the course starts and is decided by the Programme Leader and the University link tutor; if it "
              "succeeds the learner is exempt from SENC701, the first module.")
clause("5.4", "The University does not accept claims for experiential learning (APEL) towards the award; experience in "
              "the SENCO role is instead taken into account through the self-audit described in Schedule 1.")

# ---------------------------------------------------------------- Part 6
part("Part 6  Information, advice and guidance")
guidance("Explain how learners will learn about the progression route and who will advise them.")
clause("6.1", "The College will describe the progression route in its course leaflet and at the September induction "
              "evening, and the University link tutor will attend the final study day each year to talk about the MA.")
clause("6.2", "At the final study day each participant completes a Next Steps plan with the Programme Leader. The plan "
              "sets two or three professional targets for the following year (for example a further qualification, a "
              "school development priority or the MA), names the support needed, and is taken by the participant to "
              "their performance management review with the headteacher. The College sends each headteacher a copy "
              "with the participant's agreement.")
clause("6.3", "The LLN's Progression Adviser will hold a drop-in session at the College in June each year for any "
              "participant who wants independent advice on further study.")

# ---------------------------------------------------------------- Part 7
part("Part 7  Transition support")
clause("7.1", "From the start of the sending programme participants are registered students of the University. They "
              "use its library (in person and through its electronic journals) with the same rights as MA students.")
clause("7.2", "In the summer after the award the University runs a half-day bridging session, \u201cFrom enquiry to "
              "dissertation\u201d, at its Kelmsford study centre.")
clause("7.3", "The College will pass to the University, with the learner's written consent, the learner's Individual "
              "Learning Plan and final Next Steps plan so that the MA tutor can build on them.")

# ---------------------------------------------------------------- Part 8
part("Part 8  Equality and diversity")
guidance("Both parties should confirm their duties under equality legislation and describe any specific arrangements.")
clause("8.1", "Both parties will meet their duties under the Disability Discrimination Act 1995 (as amended in 2005), "
              "the Race Relations (Amendment) Act 2000 and the Equality Act 2006, and will apply their equality "
              "schemes to learners on both programmes.")
clause("8.2", "On the sending programme, applicants are asked on the application form, and again at interview, whether "
              "they have a disability or a specific learning difficulty they wish to tell us about. Anyone who does is "
              "offered a meeting with the College's Learning Support Coordinator before the course starts to agree "
              "adjustments: for example handouts in large print or on coloured paper, a note-taker, extra time or a "
              "recorded alternative to a written assignment, and a ground-floor room. The agreed adjustments are written "
              "into the learner's Individual Learning Plan and passed to every tutor and, with consent, to the University "
              "for the MA.")
clause("8.3", "The sending programme is taught in the College's Kelmsford campus, which has level access, a lift to "
              "every floor, an induction loop in the teaching rooms and accessible parking. The College's publicity for "
              "the award is available in large print and on audio CD on request.")

# ---------------------------------------------------------------- Part 9
part("Part 9  Monitoring and review")
clause("9.1", "The College will send the LLN, each November, the number of learners awarded the sending programme, "
              "the number offered and the number taking up a place on the MA, by gender, ethnicity and disability.")
clause("9.2", "The LLN Progression Agreements Panel will review the agreement each spring and may vary it with the "
              "agreement of both parties.")
clause("9.3", "Either party may end the agreement with twelve months' notice; learners already on the sending "
              "programme keep the guarantee.")

# ---------------------------------------------------------------- Part 10
part("Part 10  Signatures")
table([
    ["For", "Name", "Signature", "Date"],
    ["Halstow College", "Paul Denning, Vice Principal (Curriculum)", "P. Denning", "13 March 2009"],
    ["University of Wrenbury", "Professor Ruth Kaminski", "R. Kaminski", "16 March 2009"],
    ["Wrenbury and Fenland LLN", "Tom Bracegirdle", "T. Bracegirdle", "16 March 2009"],
], widths=[4, 5.5, 3.5, 3])

doc.add_page_break()

# ================================================================= Schedule 1
para("SCHEDULE 1  THE SENDING PROGRAMME", bold=True, size=13)
para("Postgraduate Certificate: National Award for SEN Coordination, Halstow College. Description as presented to the "
     "University of Wrenbury validation event, 18 February 2009, with the amendments required by the panel.", italic=True)

para("S1.1  Why we are offering the award", bold=True)
para("Halstow College has trained teachers for the further education and skills sector since 1976 and has run the "
     "University of Wrenbury's Cert Ed and PGCE (Lifelong Learning Sector) since 1998. Our department also teaches many "
     "school staff: the Partnership's school-based Cert Ed group includes teachers of vocational courses in five "
     "Kelmsford schools, and our Foundation Degree in Learning Support is taken by teaching assistants from most of "
     "the town's primary schools. The Kelmsford 14-19 Partnership (six secondary schools, the Mere special school, the "
     "Oakhill pupil referral unit and the College) asked us in May 2008 to plan a route for new SENCOs, because the "
     "county's own SENCO certificate ended in 2007 and the nearest university course is a two-hour round trip.")
para("Before planning the course we surveyed the SENCOs of all 31 schools in the town and the Partnership "
     "(October 2008; 24 replied) and held two evening meetings with the Partnership's Inclusion Group, which "
     "brings together SENCOs, the LA's Area SEN Officer, the educational psychologist for the town and the "
     "Connexions personal adviser for young people with learning difficulties. Three findings shaped the course:")
for b in [
    "Nineteen of the 24 SENCOs said their greatest difficulty was turning assessment data into provision that works, "
    "and 15 had never used a provision map. Provision mapping is therefore a whole study day and the core of the "
    "SENC702 assignment.",
    "Secondary SENCOs told us that arrangements for examinations and the move from Key Stage 4 to college are poorly "
    "planned in the town. We added a session on transition at 14 and 16, taught with the College's Additional Learning "
    "Support manager.",
    "Almost all wanted sessions after school rather than release days, because cover is hard to find. The course is "
    "therefore taught mainly in Thursday twilight sessions, with only five full days.",
]:
    para("\u2022 " + b)

para("S1.2  Aims", bold=True)
para("The award aims to develop SENCOs who lead their schools in raising the achievement of pupils with special "
     "educational needs and disabilities and in improving their well-being in the widest sense of the Every Child "
     "Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution and "
     "achieving economic well-being. Participants learn to coordinate provision, to lead and support colleagues, to "
     "work with parents, pupils and other services, and to judge what difference their work makes to pupils. Each "
     "module asks participants to show the effect of a change they make in their school on a named group of pupils.")

para("S1.3  Structure and timetable", bold=True)
para("The award has three 20-credit modules, taken in order over one school year. Each has a short taught element and "
     "a school-based element. Twilight sessions run on Thursdays from 4.30 to 7.30 pm in the Teacher Education Centre "
     "at the Kelmsford campus.")
table([
    ["Module", "Taught sessions", "Main content", "Assessment"],
    ["SENC701 The SENCO in context (Sept-Dec)", "Study Day 1 (induction) and six twilights",
     "The SEN framework: the Education Act 1996, the SEN Code of Practice 2001 and the SEN and Disability Act 2001; "
     "the Disability Discrimination Act duties and disability equality schemes; Every Child Matters and the role of the "
     "SENCO in it; the common types of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD); Bercow (2008); Ofsted's "
     "Inclusion: does it matter where pupils are taught? (2006).",
     "Policy review of own school's SEN arrangements against the law and the Code (3,000 words)"],
    ["SENC702 Assessment, provision and progress (Jan-Mar)", "Study Days 2 and 3 and five twilights",
     "Identifying needs from observation, data and the assessments of other professionals; target setting; using "
     "national test results, P scales and CVA data to track progress; formative assessment and how to help colleagues "
     "use it; provision mapping and costing; planning interventions; ICT and other resources to remove barriers; "
     "working with external agencies and voluntary organisations; child development and the learning environment; "
     "transition at 14 and 16.",
     "Case study of a group of pupils, with the provision map and review (4,000 words)"],
    ["SENC703 Leading and developing practice (Apr-July)", "Study Days 4 and 5 and five twilights",
     "Leading change; advising the headteacher and governors; the SENCO's own workload, time and delegation; "
     "coaching, observation and feedback; running training; pupil participation and pupil voice; working with "
     "parents (with a speaker from the Parent Partnership Service); evaluating provision; research and enquiry.",
     "Workplace enquiry (4,000 words) and professional portfolio with observed practice"],
], widths=[3.5, 3, 6.5, 3.5])

para("S1.4  Learning in school", bold=True)
para("Between sessions each participant carries out tasks in their own school that lead into the assignments: "
     "auditing the SEN policy, interviewing a pupil and a parent about the pupil's provision, building a provision map "
     "for one year group, coaching a teaching assistant, and leading a staff meeting. The school-based element ends in "
     "the SENC703 workplace enquiry, in which the participant plans, carries out and evaluates a change in provision "
     "for a group of pupils, with evidence of its effect on their progress, attendance or well-being.")
para("Each participant's headteacher names a school-based mentor, normally a member of the senior leadership team, who "
     "meets the participant at least once each half term, agrees the school-based tasks, and signs the portfolio "
     "record that tasks have been done. The mentor also signs the participant's Individual Learning Plan at the start "
     "of the course.")

para("S1.5  Online study", bold=True)
para("Part of SENC701 is studied online. Four units on the College's Moodle site take participants through the law "
     "and guidance on SEN and disability with readings, short video extracts and quizzes, so that twilight time can be "
     "spent on discussion rather than lectures. Each unit has a forum moderated by Dr Areton; tutors reply to forum "
     "posts within three working days, and participants are put in groups of four from neighbouring schools to "
     "discuss each unit's task online before the next twilight. Between study days every participant has two "
     "telephone or face-to-face tutorials with their personal tutor, and may email their tutor at any time. Moodle is "
     "also used for handing in assignments, for the course calendar and for news from the Partnership.")

para("S1.6  Entry, selection and starting point", bold=True)
para("Applicants must hold qualified teacher status, be employed in a school in a SENCO role or be about to take one "
     "up, and be nominated by their headteacher, who agrees to give the time for school-based tasks and to name a "
     "mentor. Every applicant has a 30-minute interview with the Programme Leader and one other tutor. Where an "
     "applicant seems unlikely to meet the outcomes in the year (for example a teacher in their first year of "
     "teaching), the Programme Leader writes to the applicant and the headteacher setting out what experience or "
     "reading would prepare them and offers a place in the following year.")
para("Before the first study day each participant completes our self-audit, which lists the national outcomes in "
     "plain language and asks for a rating from 1 (new to me) to 4 (I do this confidently and could show evidence) "
     "with a short example. At the first study day the personal tutor and participant use the audit to draw up an "
     "Individual Learning Plan, as in all the College's courses: three to five personal targets linked to the "
     "outcomes, the twilights the participant should prioritise, and which assignment will carry evidence for each "
     "target. The ILP is reviewed at each tutorial and at the end of each module. Participants who rate themselves "
     "highly on an outcome are asked to show the evidence at the first tutorial; where it is sound they may focus "
     "their assignment on other outcomes.")
para("Suitability. The College's Safeguarding Policy requires an enhanced CRB disclosure for all College staff and "
     "for every Cert Ed and PGCE trainee before a teaching placement. Visiting speakers are accompanied at all times.")
sp = doc.paragraphs[-1]
doc.add_comment(sp.runs, text="Do SENCOs need a CRB through us as well? Ask HR before the panel.", author="Colin Areton",
                initials="CA")

para("S1.7  Assessment and the award", bold=True)
para("Each module is assessed by the written assignment shown in S1.3. SENC703 also includes the professional "
     "portfolio, which holds the school-based task records, the mentor's signatures, a reflective log, and the "
     "observation record of the participant leading an annual review or a meeting with a parent, observed by the "
     "personal tutor in the school. Assignments are marked against the University's level 7 assessment criteria "
     "and the national outcomes each assignment names.")
para("All work is first marked by the personal tutor. A second tutor marks every fail and a sample of 25 per cent of "
     "the rest, across the range of marks. The University link tutor moderates a sample of each module before the "
     "College's assessment board, and the University's external examiner for the award sees every fail and a sample "
     "of passes and attends the board in July. Tutors hold a standardisation meeting before marking each module, using "
     "two scripts from the previous cohort.")
para("The award is made under the University's Postgraduate Regulations: a participant must gain 60 credits with a "
     "mark of at least 50 per cent in each module, except that a module mark of 40-49 per cent may be compensated "
     "where the average across the three modules is 50 per cent or more. One resubmission of each assignment is "
     "allowed.")

para("S1.8  Staff", bold=True)
table([
    ["Tutor", "Role", "Qualifications and experience"],
    ["Dr Colin Areton", "Programme Leader; SENC702 and SENC703 tutor",
     "EdD (inclusive education); SENCO in two Kelmsford secondary schools for eleven years; Cert Ed tutor at the "
     "College since 2004; member of NASEN's regional committee"],
    ["Helen Fairbrass", "SENC701 tutor; Moodle lead",
     "MA SEN; former head of the LA's Learning Support Service; specialist teacher (dyslexia, AMBDA); PGCE (LLS) tutor"],
    ["Ravi Sandhu", "Personal tutor; transition sessions",
     "MEd; Additional Learning Support Manager, Halstow College; previously deputy head of the Mere special school"],
    ["Dr Sian Medway", "University link tutor and moderator",
     "PhD; Senior Lecturer in Inclusive Education, University of Wrenbury; external examiner for two SENCO programmes"],
], widths=[3.2, 4.3, 8.5])
para("All tutors hold a recognised teaching qualification and take part in the College's programme of updating "
     "for HE tutors, which this year includes a day on the Lamb Inquiry and on the new national award.")

para("S1.9  Specialist input and resources", bold=True)
para("Specialist speakers teach within the twilights: the town's educational psychologist (assessment), a speech and "
     "language therapist from the PCT (SLCN), the Area SEN Officer (statutory assessment and the LA's offer), the "
     "autism outreach teacher, and a worker from the Parent Partnership Service. Participants' placements are in their "
     "own schools, where all school-based tasks are carried out; there are no visits to other settings.")
para("Participants use the College's Learning Resource Centre, which holds a SENCO collection of about 600 books, "
     "the main SEN journals, and a loan collection of assessment materials and software (Clicker 5, Write Online, "
     "Lexia, the Dyslexia Portfolio and the Wellcomm screening kit) which participants may borrow for use in school. "
     "A computer room with assistive technology (screen readers, text-to-speech, switch access) is booked for the "
     "twilight on ICT. Through the University they have access to its electronic journals.")

para("S1.10  Quality assurance and evaluation", bold=True)
para("The award is subject to the College's HE quality procedures and to the University's procedures for collaborative "
     "provision. Participants complete an evaluation questionnaire at the end of each module and the student "
     "representative attends the course committee each term. The Programme Leader writes an annual monitoring report "
     "for the University, using the evaluations, the external examiner's report, retention and achievement data and the "
     "link tutor's report, with an action plan that the University's Collaborative Provision Committee checks. Tutors "
     "are observed teaching once a year under the College's teaching observation scheme.")
para("To see the effect on participants, the self-audit is completed again at the end of SENC703 and the change in "
     "each participant's ratings is reported in the annual monitoring report. We hope in future to collect evidence "
     "of the effect on pupils' achievement in participants' schools.")
sp = doc.paragraphs[-1]
doc.add_comment(sp.runs, text="Sian suggests we use the workplace enquiry results for this - discuss at course committee.",
                author="Colin Areton", initials="CA")
para("The Kelmsford 14-19 Partnership's Inclusion Group will be kept informed of the results of the evaluation each "
     "year, and the Programme Leader will report to the Partnership board in the autumn.")

para("S1.11  Flexibility", bold=True)
p = doc.add_paragraph()
p.add_run("The course runs once a year as a cohort of up to 20. ")
tracked(p, "del", "Participants may join at the start of any module, in September or February, and take the modules in any order. ")
tracked(p, "ins", "All participants start in September and take the modules in order. ")
p.add_run("A participant who cannot complete a module (for illness, maternity or a change of post) may defer it and "
          "complete it with the next cohort, within three years of starting. Twilight sessions are recorded as audio "
          "files on Moodle for anyone who misses one.")

para("S1.12  Assessment-only route", bold=True)
para("We have not offered a route by assessment alone for the first year. Once the first cohort has completed, the "
     "course committee will consider whether experienced teachers, such as members of the LA's support services, "
     "could be assessed for the award without attending the course.")

doc.add_page_break()
# ================================================================= Schedule 2
para("SCHEDULE 2  THE NATIONAL OUTCOMES IN THE SENDING PROGRAMME", bold=True, size=13)
para("Every national outcome is covered by the programme and assessed in the portfolio or an assignment. The map "
     "below shows where each is taught and how it is assessed.")

rows = [
    ("Professional attributes", None, None),
    ("Fair, respectful relationships with pupils with SEN and their parents", "SENC703 twilights on parents; school tasks", "Observed review meeting (portfolio)"),
    ("Gaining the commitment of colleagues and senior leaders", "SENC703 Study Day 4", "Workplace enquiry"),
    ("Prioritising, managing time and delegating", "SENC703 twilight: the SENCO's workload", "\u2014"),
    ("Solving problems and making sound decisions on provision", "SENC702 Study Day 3", "Case study"),
    ("Clear speech and writing; listening to others", "All modules", "All assignments; observed review meeting"),
    ("Using research and external advice", "SENC703 research and enquiry twilights", "Workplace enquiry (literature review)"),
    ("Keeping up to date and owning one's CPD", "ILP reviews; Next Steps plan", "Reflective log (portfolio)"),
    ("Knowledge and understanding", None, None),
    ("SEN law, guidance and the Code of Practice", "SENC701 Moodle units 1-2 and twilights", "Policy review"),
    ("Every Child Matters and the SENCO", "SENC701 Study Day 1", "Policy review"),
    ("Disability equality law and the duties it brings", "SENC701 Moodle unit 3", "Policy review"),
    ("How children develop and what affects development", "SENC702 twilight", "Not assessed separately"),
    ("Common types of SEN and how they affect learning", "SENC701 twilights", "Policy review (section on needs in the school)"),
    ("Approaches, strategies and resources including ICT", "SENC702 twilights; ICT twilight", "Case study"),
    ("Best practice and research in meeting SEN", "SENC703", "Workplace enquiry"),
    ("External agencies and getting specialist support", "SENC702 speakers", "Case study"),
    ("Skills", None, None),
    ("Influencing strategy, ethos and policy with senior colleagues and governors", "SENC703 Study Day 4", "Workplace enquiry"),
    ("Identifying needs, setting targets, planning and reviewing", "SENC702 Study Days 2-3", "Case study"),
    ("Using other professionals' assessments", "SENC702 (educational psychologist)", "Case study"),
    ("Using summative data and national tests to track progress", "SENC702 data twilight", "Case study"),
    ("Helping colleagues develop formative assessment", "SENC702 twilight", "Portfolio: staff meeting task"),
    ("Special arrangements for tests and examinations", "\u2014", "Case study (section on access arrangements)"),
    ("Provision mapping and finding ineffective provision", "SENC702 Study Day 2", "Case study (provision map)"),
    ("Supporting colleagues' development: observing, coaching, training", "SENC703 Study Day 5", "Portfolio: coaching and staff meeting tasks"),
    ("Reviewing provision with staff to inform self-evaluation", "SENC703", "Workplace enquiry (evaluation)"),
    ("Involving pupils in planning and reviewing their provision", "SENC703 pupil voice twilight", "Moodle task 3 (formative, not marked)"),
    ("Liaising with parents and carers", "SENC703; school task (parent interview)", "Observed review meeting (portfolio)"),
    ("Partnership with other services and voluntary organisations", "SENC702 speakers and agencies twilight", "Case study"),
]
t = doc.add_table(rows=1 + len(rows), cols=3)
t.style = "Table Grid"
for j, h in enumerate(["National outcome (our wording)", "Where it is taught", "How it is assessed"]):
    t.cell(0, j).text = h
    t.cell(0, j).paragraphs[0].runs[0].bold = True
    shade(t.cell(0, j), "BFBFBF")
for i, (a, b, c3) in enumerate(rows, start=1):
    if b is None:
        m = t.cell(i, 0).merge(t.cell(i, 2))
        m.text = a
        m.paragraphs[0].runs[0].bold = True
        shade(m, "E7E6E6")
    else:
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
        t.cell(i, 2).text = c3
para()
para("Outcomes marked in the portfolio are signed off by the personal tutor on the Outcome Record at the end of "
     "SENC703; the record is checked by the second marker for every participant.")

doc.save(str(HERE / (NAME + ".docx")))
print("wrote", NAME + ".docx")
