"""Build ek-02-kelbarrow-prior-learning-guide.docx (blind test application).

KIND OF DOCUMENT
  A recognition-of-prior-learning guide: "Recognising What You Already Know",
  the provider's guidance for applicants, headteachers and assessors on credit
  for prior learning (APCL / APEL) and the assessment-only route, sent to the
  TDA as the application in its v0.9 draft. Part 1 summarises the whole
  programme; the rest is the guidance proper, with a worked example, a blank
  claim form and a blank assessor's decision record. The University's
  Academic Registry has edited it with tracked changes, and three people have
  left Word comments.

PROVIDER (invented)
  Kelbarrow Autism Outreach Team, Kelbarrow County Council, based at Moorside
  School (a special school for pupils with autism), which trains and supports
  staff in the county's mainstream schools; with the University of Brayminster
  (School of Education), which validated (3 March 2009) and confers the
  Postgraduate Certificate in SEN Coordination (National Award), 60 credits at
  Level 7, modules BRY7301-BRY7303. People: Gwen Hartigan (team leader), Owen
  Pritchard, Lucy Feather (outreach teachers), Dr Anna Kowalczyk (University
  programme director), Mark Tennant (APL officer, Registry), Jill Ransome
  (headteacher on the RPL Panel), Professor David Ingham (external examiner,
  University of Lowther).

LAYOUT
  - Heading 1 "Parts" and Heading 2 sub-headings, a short note to the panel,
    Word's own numbered list for the claim steps, tables (modules, routes,
    staff), shaded "Note" boxes (one-cell tables).
  - Appendix 1: outcome table in the team's own short wording with four
    columns (develops / assessed / claimable on Route B), group rows merged,
    one tracked change inside a cell; three outcomes have no row.
  - Appendix 2: worked example of a mock claim (decisions "Accepted",
    "Accepted in part", "Not yet shown").
  - Appendix 3: blank claim form with bracketed prompts and placeholders.
  - Appendix 4: blank assessor's decision record.
  - Tracked changes (w:del / w:ins) by "Mark Tennant (Registry)"; six Word
    comments; page header and footer. The note to the panel asks that the
    guide be read as if the tracked changes were accepted.

TRAPS (requirement ids affected)
  - Deleted text (not part of the submission):
      * the online surgery and 48-hour forum replies (Part 7) -> 3.3
        partially_met (materials, forums and e-portfolio stay; only claimants
        get e-mail support from an adviser);
      * the personal development plan paragraph (Part 8), leaving "We do not
        ask you to draw up a plan ... it is not part of the award" -> 2.5
        not_met;
      * pupil-progress reporting in Part 9, leaving only "In time we hope to
        look at ..." -> 5.9 not_met;
      * the accessibility-plan element of Task A (Part 1) and "Task A
        (accessibility plan)" in the Appendix 1 cell, replaced by a dash
        -> 6.K3 partially_met (taught in BRY7301, no longer assessed).
  - Inserted text (part of the submission): the new-disclosure paragraph for
    applicants not recently in a school post, with an employer reference
    -> 5.3 met together with the head's confirmation and single central
    record check.
  - Comments (not part of the submission): child development "isn't
    anywhere" (6.K4 not_met, no row), "Handbook isn't finished" (5.6),
    a parent on the July review (4.3), "check this sentence against
    Appendix 1" (6.0), Registry content with the ALP exemption, PDP removal.
  - Cross-reference to a document not sent: resources "are in the Programme
    Handbook, section 7" -> 5.6 not_met.
  - Automatic exemption without assessment: Autism Lead Practitioner
    Certificate holders are exempt from Task B Part 1 "without further
    assessment" -> 6.0 partially_met (with the blanket claim).
  - Blanket claim: "Whichever route you take, you will have been assessed
    against every one of the national outcomes" (Part 1) while Appendix 1
    shows outcomes unassessed or missing -> 1.9 partially_met, 6.0
    partially_met.
  - Missing rows / absent outcomes: 6.A4 (problem solving, decisions),
    6.S2b (tracking with summative data and national tests), 6.K4 (child
    development, only in a comment) -> not_met.
  - Route-only assessment: time and delegation "Not in the taught modules"
    and assessed only in the Route C professional discussion -> 6.A3
    partially_met.
  - Journal not assessed -> 6.A7 partially_met.
  - Conditional assessment: access arrangements assessed "if the pupil is in
    Year 6 or Year 11" -> 6.S2d partially_met.
  - Alternative strands: Task C strand (i) coaching or strand (ii) deploying
    support staff -> 6.S4 and 6.S5 partially_met.
  - Aims in attainment terms only ("better progress in their learning");
    well-being appears only as Every Child Matters content in BRY7301 and
    Task A -> 1.1 partially_met.
  - General research statement ("reading lists ... reviewed every summer"),
    no research or inspection evidence named -> 1.3 partially_met.
  - Starting Point audit used only to choose a route; on Routes A and B
    "everyone attends the same taught sessions" -> 2.2 partially_met,
    2.4 partially_met.
  - Stakeholders: survey figures and heads' request led to Route C, APEL,
    two windows (4.1, 4.2 met); a head sits on the RPL Panel and the Parent
    Partnership Service co-teaches, but the July review is done by the
    programme director and APL officer -> 4.3 partially_met.
  - Evaluation: RPL decisions reviewed with claimant questionnaire and
    examiner's comments; the programme only through "the University's
    standard module questionnaire" -> 5.1 partially_met.
  - Placements: one day at Moorside only -> 5.5 partially_met.
  - Met in this layout: E.1/E.2 (Part 1), 2.1 (Part 4 APCL and APEL), 2.3
    (Part 5, assessment-only route in exceptional circumstances), 3.1
    (disclosure, adjustments, formats), 3.2 (three routes, two intakes, two
    venues, order of modules), 5.2, 5.4, 5.7 (assessor training, mentor
    briefing), 5.8 (two assessors, panel, external examiner, second
    marking).
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ek-02-kelbarrow-prior-learning-guide"
OUT = os.path.join(HERE, NAME + ".docx")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REG = "Mark Tennant (Registry)"
REG_DATE = "2009-05-06T10:12:00Z"
_rev = [900]

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(5)
for s in doc.sections:
    s.left_margin = Cm(2.3)
    s.right_margin = Cm(2.3)
    s.header.paragraphs[0].text = ("Kelbarrow Autism Outreach Team  |  Recognising What You Already Know  "
                                   "|  v0.9 DRAFT  |  May 2009")
    s.header.paragraphs[0].runs[0].font.size = Pt(8)
    s.footer.paragraphs[0].text = ("Moorside School, Tarn Lane, Kelbarrow KB2 6HW  |  01632 960733  |  "
                                   "outreach@moorside.kelbarrow.sch.uk")
    s.footer.paragraphs[0].runs[0].font.size = Pt(8)


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def next_id():
    _rev[0] += 1
    return _rev[0]


def para(text="", bold=False, italic=False, size=None, style=None, colour=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour is not None:
            r.font.color.rgb = colour
    return p


def h1(t):
    return doc.add_heading(t, level=1)


def h2(t):
    return doc.add_heading(t, level=2)


def body(paras):
    for t in paras:
        para(t)


def add_del(p, text, author=REG, date=REG_DATE):
    p._p.append(parse_xml(
        '<w:del xmlns:w="%s" w:id="%d" w:author="%s" w:date="%s"><w:r>'
        '<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
        % (W_NS, next_id(), esc(author), date, esc(text))))


def add_ins(p, text, author=REG, date=REG_DATE):
    p._p.append(parse_xml(
        '<w:ins xmlns:w="%s" w:id="%d" w:author="%s" w:date="%s"><w:r>'
        '<w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
        % (W_NS, next_id(), esc(author), date, esc(text))))


def mark_para(p, kind, author=REG, date=REG_DATE):
    """Mark the paragraph mark itself as inserted or deleted."""
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        '<w:rPr xmlns:w="%s"><w:%s w:id="%d" w:author="%s" w:date="%s"/></w:rPr>'
        % (W_NS, kind, next_id(), esc(author), date)))


def tracked(parts):
    """parts: list of (kind, text) with kind in '', 'del', 'ins'."""
    p = doc.add_paragraph()
    for kind, text in parts:
        if kind == "del":
            add_del(p, text)
        elif kind == "ins":
            add_ins(p, text)
        else:
            p.add_run(text)
    return p


def deleted_para(text):
    p = doc.add_paragraph()
    add_del(p, text)
    mark_para(p, "del")
    return p


def inserted_para(text):
    p = doc.add_paragraph()
    add_ins(p, text)
    mark_para(p, "ins")
    return p


_cdates = iter(["2009-05-06T10:20:00Z", "2009-05-06T10:31:00Z", "2009-05-07T16:02:00Z",
                 "2009-05-07T16:09:00Z", "2009-05-08T09:14:00Z", "2009-05-08T09:40:00Z",
                 "2009-05-08T09:52:00Z"])


def comment(run, text, author, initials):
    c = doc.add_comment(run, text=text, author=author, initials=initials)
    c._comment_elm.set("{%s}date" % W_NS, next(_cdates))


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd xmlns:w="%s" w:val="clear" w:color="auto" w:fill="%s"/>'
                          % (W_NS, fill)))


def note_box(title, text, fill="E2EFDA"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    shade(c, fill)
    p = c.paragraphs[0]
    r = p.add_run(title + " ")
    r.bold = True
    p.add_run(text)
    doc.add_paragraph()
    return t


def table(rows, widths=None, size=9, head_fill="DEEAF6", group_fill="F2F2F2", groups=True):
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
                shade(c, head_fill)
            if widths:
                c.width = Cm(widths[j])
        if groups and i > 0 and len(row) > 1 and all(v == "" for v in row[1:]):
            m = t.cell(i, 0).merge(t.cell(i, len(row) - 1))
            for extra in m.paragraphs[1:]:
                extra._p.getparent().remove(extra._p)
            for r in m.paragraphs[0].runs:
                r.bold = True
            shade(m, group_fill)
    doc.add_paragraph()
    return t


# ====================================================================== title page
para("Kelbarrow Autism Outreach Team  \u00b7  Moorside School", bold=True, size=11)
para("with the School of Education, University of Brayminster", size=10)
para()
p = para("Recognising What You Already Know", bold=True, size=20)
para("Credit for prior learning and the assessment-only route for the National Award for SEN "
     "Coordination (Postgraduate Certificate in Special Educational Needs Coordination)",
     size=12)
para("Guidance for applicants, headteachers and assessors", italic=True, size=11)
para("Version 0.9, May 2009. Draft for the TDA approval panel.", size=9)
para()
note_box("To the TDA approval panel.",
         "You asked us for one document. We have chosen this one, because our programme is built "
         "around a fact about Kelbarrow: many of the teachers who will need the National Award "
         "have already done a great deal of training with us or elsewhere. Part 1 describes the "
         "whole programme; the rest explains how earlier learning and experience are recognised, "
         "and how every route leads to the same award. The University's Academic Registry has "
         "edited this draft and its changes are shown as tracked changes. Please read the guide "
         "as if they had been accepted. Gwen Hartigan (Team Leader) and Dr Anna Kowalczyk "
         "(Programme Director), 11 May 2009.", fill="FFF2CC")

# ====================================================================== about
h1("About this guide")
body([
    "This guide is for three groups of people: teachers applying for the National Award who "
    "have already done relevant study or have years of relevant experience; the headteachers "
    "who nominate them; and the assessors who judge their claims.",
    "Most teachers take the award as a taught programme over a year. But Kelbarrow has many "
    "teachers who have already done a lot: SENCOs who hold the team's Autism Lead Practitioner "
    "Certificate, teachers with Master's-level modules in special educational needs, and "
    "experienced advisory and outreach teachers. They told us, in numbers, that they did not "
    "want to sit through teaching on things they already do well. This guide explains how that "
    "learning can be recognised, and what everyone must still show before the University "
    "confers the award.",
])

# ====================================================================== Part 1
h1("Part 1  The award in brief")
h2("Who awards it")
body([
    "The Postgraduate Certificate in Special Educational Needs Coordination (National Award) is "
    "an award of the University of Brayminster. It was validated by the University's Faculty of "
    "Education and Social Sciences on 3 March 2009 and carries 60 credits at Level 7 (Master's "
    "level), in three 20-credit modules. The Kelbarrow Autism Outreach Team, based at Moorside "
    "School, teaches and assesses the modules with the University's School of Education under a "
    "collaborative provision agreement, and the University's Examination Board confers the award.",
])
h2("What it is for")
body([
    "The award exists so that pupils with special educational needs and disabilities in "
    "Kelbarrow's schools make better progress in their learning. We want every SENCO who "
    "completes it to be able to find out what is getting in the way of a pupil's learning, put "
    "the right teaching and support in place, lead colleagues in doing the same, and show that "
    "it has worked.",
    "It is not an autism course, though autism is what our team knows best. It covers all the "
    "main areas of need, and every assessed task is carried out in the participant's own school.",
])
h2("The three modules")
table([
    ["Module", "What it covers", "How it is assessed"],
    ["BRY7301  The SENCO's role: law, policy and leadership",
     "The SEN Code of Practice (2001); the Education Act 1996 and the Special Educational Needs and "
     "Disability Act 2001; the SENCO Regulations 2008; the Disability Discrimination Act 1995 and "
     "2005 and the school's disability equality duty; Every Child Matters and the Children Act "
     "2004; school self-evaluation and SEN; the SENCO in the school's leadership; working with the "
     "head and governors on ethos, policy and resources; winning colleagues' support.",
     "Task A (see below)"],
    ["BRY7302  Understanding and assessing learners",
     "The main areas of need (autism; speech, language and communication needs; dyslexia and "
     "other specific learning difficulties; behavioural, emotional and social difficulties; "
     "moderate learning difficulties) and how each affects learning; identifying needs through "
     "observation and assessment; using reports from educational psychologists, therapists and "
     "advisory teachers; targets and interventions; assessment for learning and helping "
     "colleagues use it with pupils with SEN; access arrangements for tests and examinations; "
     "approaches and resources, including ICT; hearing from pupils, including pupils with little "
     "speech; building relationships with pupils and families; what research says works.",
     "Task B (Parts 1 and 2)"],
    ["BRY7303  Leading provision with others",
     "Provision mapping and finding gaps; deploying and managing teaching assistants; coaching "
     "and modelling; reviewing provision with staff; working with parents and carers (co-taught "
     "with the Kelbarrow Parent Partnership Service); other services and voluntary organisations: "
     "the educational psychology service, speech and language therapy, CAMHS, social care, the "
     "Common Assessment Framework and the local branch of the National Autistic Society.",
     "Task C"],
], widths=[4.2, 9.0, 3.3])

tp = tracked([
    ("", "Task A (BRY7301), Policy and leadership paper, 3,500 words: a review of the school's SEN "
         "policy and practice against the Code of Practice"),
    ("del", " and of its accessibility plan against the disability equality duty"),
    ("", "; an account of how the school's provision helps pupils with SEN towards the five Every "
         "Child Matters outcomes; the SEN section of the school's self-evaluation; and a paper to "
         "the head and governors proposing priorities for inclusion and the use of resources, "
         "with their written response."),
])
body([
    "Task B (BRY7302), Knowing the pupil. Part 1 (1,000 words): a briefing for colleagues on two "
    "areas of need. Part 2 (3,500 words): a case study of one pupil, showing how needs were "
    "identified using observation, the school's assessments and other professionals' reports; "
    "the targets set and the intervention planned and reviewed; how the class teacher was helped "
    "to use assessment for learning with the pupil; the pupil's views and part in setting and "
    "reviewing targets; at least one meeting with the parents or carers and the relationship "
    "built with the pupil and family; a critical choice of approaches and resources, including "
    "ICT, drawing on research and outside advice; and, if the pupil is in Year 6 or Year 11, the "
    "access arrangements made for national tests or examinations.",
    "Task C (BRY7303), Leading change, 4,000 words and a 15-minute presentation to the tutor and "
    "school mentor: a provision map for a group of pupils with the gaps it shows; a change the "
    "participant leads and reviews with colleagues; the involvement of at least one outside "
    "service or voluntary organisation; and one of two strands: (i) coaching a colleague through "
    "a cycle of observation and feedback, or (ii) redeploying and managing support staff.",
    "Every participant also keeps a professional learning journal, which is discussed with the "
    "tutor at tutorials but is not assessed.",
    "Each module includes directed tasks in the participant's own school, and participants on "
    "Routes A and B spend one day at Moorside School, seeing structured teaching and our outreach "
    "staff at work. Reading lists for each module are reviewed every summer so that they reflect "
    "current research. Each module is evaluated through the University's standard module "
    "questionnaire.",
])
h2("Passing the award")
pp = para()
r1 = pp.add_run("To gain the award you must pass Tasks A, B and C, each at 50% or more, or hold "
                "credit for them under Part 4. ")
r2 = pp.add_run("Whichever route you take, you will have been assessed against every one of the "
                "national outcomes before you receive the award.")
comment(r2, "Please check this sentence against Appendix 1 before it goes to the TDA.",
        REG, "MT")

h2("Who teaches and assesses")
table([
    ["Name", "Role", "Background"],
    ["Gwen Hartigan", "Team Leader; programme co-leader; leads BRY7301; RPL assessor",
     "Secondary SENCO for eight years, then nine years in outreach; MA Special and Inclusive "
     "Education; NPQH"],
    ["Owen Pritchard", "Senior Outreach Teacher; leads BRY7302; RPL assessor",
     "Primary SENCO; PG Diploma in Autism; licensed tutor for Elklan speech and language courses"],
    ["Lucy Feather", "Outreach Teacher; leads BRY7303; RPL assessor",
     "SENCO in a middle school; Advanced Certificate in Specific Learning Difficulties"],
    ["Dr Anna Kowalczyk", "Programme Director (University); chairs the RPL Panel",
     "Reader in Inclusive Education; research on the SENCO's role in school leadership"],
    ["Mark Tennant", "APL Officer, Academic Registry",
     "Advises on the regulations and trains assessors; does not assess claims"],
    ["Jill Ransome", "Member of the RPL Panel",
     "Headteacher, Eastfield Primary; nominated by the Kelbarrow Association of Headteachers"],
], widths=[3.2, 5.6, 7.7])
body([
    "The three team tutors each spend at least half their week on outreach work in mainstream "
    "schools.",
])

# ====================================================================== Part 2
h1("Part 2  Three routes to the award")
table([
    ["Route", "Who it suits", "What you do", "Usual time", "Fee"],
    ["A  Taught", "Most new SENCOs", "All three modules and Tasks A, B and C",
     "One year, or two", "\u00a31,200"],
    ["B  Taught, with credit", "Teachers with relevant Level 7 credit or substantial experience",
     "Claim credit for BRY7301 and/or BRY7302; take the rest", "Six months to a year",
     "\u00a31,200 less \u00a3350 for each module credited, plus a \u00a3120 claim fee"],
    ["C  Assessment only", "Very experienced practitioners (see Part 5)",
     "Portfolio, observation at work and professional discussion against every national outcome",
     "Four to six months", ""],
], widths=[2.8, 3.8, 5.0, 2.4, 2.5])
# tracked change inside the fee cell of Route C
tbl = doc.tables[-1]
fee_cell = tbl.cell(3, 4)
fp = fee_cell.paragraphs[0]
add_del(fp, "\u00a3750")
add_ins(fp, "\u00a3850")
body([
    "There are two intakes a year, in September and January, and two claims windows, closing on "
    "31 October and 31 March. Taught sessions run on ten Thursdays at Moorside School, and the "
    "same sessions run as twenty twilights at the Hexley Teachers' Centre in the west of the "
    "county; participants can switch between them. BRY7301 comes first; BRY7302 and BRY7303 can "
    "be taken in either order. Kelbarrow County Council pays half the fee for SENCOs in its "
    "maintained schools.",
    "On Routes A and B everyone attends the same taught sessions and completes the same tasks; "
    "what differs between people is how much of the programme they need to take.",
])

# ====================================================================== Part 3
h1("Part 3  Before you apply")
h2("Who can apply")
body([
    "You must hold QTS and be in post as SENCO, or be designated by your head to take up the "
    "role, in a school in Kelbarrow or a neighbouring authority, and your head must nominate "
    "you. The nomination form confirms that you will be released for the taught sessions and "
    "names a mentor from the school's leadership team. For Route C you also need at least four "
    "of the last six years spent leading or advising on SEN provision in schools.",
])
h2("The Starting Point audit and interview")
body([
    "Every applicant completes the Starting Point audit, rating themselves from 1 to 4 against "
    "each national outcome and noting their evidence. An assessor reads it with you at a "
    "30-minute interview. Its purpose is to help you and us choose the right route, and to show "
    "which outcomes you might claim credit for.",
    "If the interview shows that you are not yet ready for the programme, for example because "
    "you have not yet taken up a SENCO role or cannot get access to pupil information in your "
    "school, we will write to you and to your head explaining what would help (usually a term in "
    "the role and attendance at the county's SENCO network), and we will keep a place for you on "
    "the next intake. Gwen Hartigan will offer to talk it through with your head.",
])
h2("Safer recruitment checks")
body([
    "Your head confirms on the nomination form the date and number of your enhanced CRB "
    "disclosure, and that the school's safer recruitment checks, including the List 99 check, "
    "were completed. The head sends a copy of your entry in the school's single central record "
    "with the form, and Moorside's office manager checks it before a place is offered.",
])
inserted_para(
    "If you have not worked in a school or college, in a post with regular contact with children "
    "or young people, in the last three months (for example if you are now an independent "
    "consultant applying for Route C), you will need a new enhanced CRB disclosure, which we "
    "obtain through Kelbarrow County Council's HR service before you start. We will also ask your "
    "most recent employer for a reference confirming that there were no concerns about your "
    "conduct and no disciplinary matters outstanding.")
h2("Telling us about a disability")
body([
    "The application form asks whether you have a disability, a long-term health condition or a "
    "specific learning difficulty such as dyslexia. We encourage you to tell us, in confidence, "
    "so that reasonable adjustments can be in place from the start; you can also tell us at any "
    "later point. Adjustments we make include: materials in large print or sent electronically "
    "in advance; extra time for written tasks; recording part of a portfolio as audio or video; "
    "holding a professional discussion in two shorter sittings; and BSL interpretation. Where it "
    "helps, the University's Disability Service carries out a needs assessment. Assessors are "
    "told only what you agree they should know, and a disability is never a reason to refuse an "
    "application or a claim. Moorside and the Hexley centre have level access and hearing loops, "
    "and this guide is available in large print, on audio CD and electronically.",
])

# ====================================================================== Part 4
h1("Part 4  Route B: claiming credit")
h2("What you can claim")
body([
    "Certificated learning (APCL). Level 7 credit from a UK university, gained in the last five "
    "years in special educational needs or inclusion, can be counted against BRY7301 or BRY7302 "
    "(up to 40 credits) if its learning outcomes match those of the module it replaces. You also "
    "write a bridging commentary of up to 1,500 words showing how you meet each national outcome "
    "that the replaced module assesses and your earlier study did not.",
    "Experiential learning (APEL). For BRY7302 only, up to 20 credits can be awarded for what you "
    "have learned through your work, shown in a portfolio mapped against the module's outcomes "
    "and the national outcomes it assesses, followed by a 30-minute professional discussion with "
    "two assessors.",
])
ap = para()
a1 = ap.add_run("The Autism Lead Practitioner Certificate. ")
a1.bold = True
a2 = ap.add_run("Holders of the team's Autism Lead Practitioner Certificate (awarded 2004 to 2008) "
                "are exempt from Part 1 of Task B, the areas of need briefing, without further "
                "assessment.")
comment(a2, "Registry is content with this.", REG, "MT")
h2("What you cannot claim")
body([
    "BRY7303, Leading provision with others, cannot be claimed on Route B in any circumstances. "
    "It is where participants lead a change in their present school, and it has to be done on "
    "the programme. Nor can we accept credit more than five years old, credit below Level 7, or "
    "certificates of attendance.",
])
h2("How to make a claim")
steps = [
    "Talk to an RPL adviser from the team before you start (Part 7).",
    "Complete the claim form (Appendix 3), saying which module or modules you are claiming.",
    "Use the 'Claimable on Route B?' column of Appendix 1 to see which national outcomes your "
    "claim must cover, and map your evidence against each one.",
    "Gather your evidence: transcripts and module outlines for APCL; for APEL, anonymised "
    "documents from your work (provision maps, IEPs, minutes, observation records, training "
    "materials you have written) and a statement from your head or line manager.",
    "Upload the claim to your e-portfolio on Brayminster Online by the closing date of the "
    "claims window.",
    "For APEL, attend the professional discussion, which is arranged within four weeks of the "
    "closing date.",
]
for s_ in steps:
    para(s_, style="List Number")
body([
    "Assessors judge evidence against four tests: is it valid (does it show the outcome claimed)? "
    "Is it authentic (is it your own work)? Is it current (from the last three years)? Is it "
    "sufficient (is there enough of it)? A claim can be accepted, accepted in part with a "
    "request for further evidence, or not accepted. Appendix 2 shows an example.",
])

# ====================================================================== Part 5
h1("Part 5  Route C: the assessment-only route")
tracked([
    ("ins", "In exceptional circumstances, "),
    ("", "an experienced practitioner may be assessed for the whole award without taking the "
         "taught modules. The route is meant for people such as advisory and outreach teachers, "
         "or SENCOs with many years in the role, whose everyday work already shows the national "
         "outcomes. The University's regulation 9.4 (credit by assessment) allows it."),
])
body([
    "What is involved:",
    "\u2022  a portfolio mapped against every national outcome, with a commentary of no more than "
    "12,000 words and the evidence to support it;",
    "\u2022  a half-day observation of you at work by an assessor: for example, leading a review "
    "meeting with parents and staff, training colleagues, or leading a provision planning "
    "meeting;",
    "\u2022  a 60-minute professional discussion with two assessors, one of them from the "
    "University, which tests the portfolio and also asks how you manage your time, set "
    "priorities and delegate.",
    "The RPL Panel then decides either to recommend the award or to refer the claim, with "
    "written feedback on the outcomes not yet shown and advice on which module or modules to "
    "take. A referred candidate may move to Route B without paying the claim fee again.",
])

# ====================================================================== Part 6
h1("Part 6  How claims are judged")
body([
    "Two assessors judge every Route B and Route C claim independently and then agree a decision; "
    "where they cannot agree, the Programme Director decides. The RPL Panel (Dr Kowalczyk in the "
    "chair, Gwen Hartigan, a University tutor not involved in the claim, and Jill Ransome) meets "
    "after each claims window to confirm every decision before it goes to the Examination Board.",
    "The external examiner, Professor David Ingham of the University of Lowther, sees every "
    "Route C portfolio and one in three Route B claims, together with a sample of every taught "
    "task, and attends the Examination Board. Taught tasks are first marked by the module tutor "
    "and second marked by a University tutor for a 20% sample, all fails and all marks of 70% or "
    "more. Markers meet to standardise before each marking round, using work marked in advance.",
    "Everyone who assesses claims, including the headteacher on the RPL Panel, attends the "
    "University's half-day RPL assessor training each September, led by Mark Tennant, and a "
    "standardisation meeting before each claims window using anonymised claims from the previous "
    "window. School mentors of participants on Routes A and B are briefed at a twilight meeting "
    "at Moorside each autumn and receive the Mentor Notes, which set out what they are asked to "
    "do and how to sign off school-based tasks.",
    "If you disagree with a decision, you can ask the RPL Panel to look at it again, and after "
    "that you can use the University's academic appeals procedure.",
])
rp = para()
rr1 = rp.add_run("Resources. ")
rr1.bold = True
rr2 = rp.add_run("Details of the library, the team's resource collection and the specialist "
                 "software that participants can use are in the Programme Handbook, section 7.")
comment(rr2, "The Handbook isn't finished. Do we need to send it?", "Gwen Hartigan", "GH")

# ====================================================================== Part 7
h1("Part 7  Support while you prepare a claim")
sp = tracked([
    ("", "Every claimant has an RPL adviser from the team, who meets them once before they start "
         "and answers questions by e-mail within five working days. Brayminster Online, the "
         "University's learning environment, has an area for the award with the module "
         "materials, readings and a discussion forum for each module, and an e-portfolio in which "
         "claimants build and submit their claim. "),
    ("del", "The RPL adviser holds an online surgery in the forum every other Wednesday from 4.00 to "
            "5.00, and tutors on the taught modules answer forum questions within two working days. "),
    ("", "We also run two portfolio-building workshops at Moorside before each claims window."),
])

# ====================================================================== Part 8
h1("Part 8  After the award")
pdp = deleted_para(
    "In the last taught session every participant draws up a personal development plan for the "
    "year ahead, which they take to their performance management review.")
ap8 = para()
x1 = ap8.add_run("What happens after the award is a matter for you and your school. We do not ask "
                 "you to draw up a plan for your next steps, and it is not part of the award; your "
                 "head will want to talk about it at your performance management review.")
comment(x1, "Registry asked us to take the PDP out because it isn't credit-bearing.",
        "Gwen Hartigan", "GH")

# ====================================================================== Part 9
h1("Part 9  How we review this guidance")
h2("Where the routes came from")
body([
    "In summer 2008 we surveyed all 204 Kelbarrow schools about the coming National Award and "
    "had 139 replies from SENCOs and 61 from heads. Forty-one of the SENCOs already held our "
    "Autism Lead Practitioner Certificate and 23 held Level 7 credit in SEN; 68% of SENCOs with "
    "more than five years in post said they would not take a course that 'made them start from "
    "scratch'. In October 2008 the Kelbarrow Association of Headteachers asked us for a route that "
    "would not take experienced SENCOs out of school for ten days. In response we added Route C, "
    "allowed experiential credit for BRY7302, made a professional discussion an alternative to "
    "part of a written portfolio, and set two claims windows a year so that no one waits more "
    "than six months.",
])
h2("Reviewing decisions and this guide")
rv = para()
v1 = rv.add_run(
    "After each claims window the RPL Panel looks at the pattern of decisions as well as each "
    "one. Each July the Programme Director and the APL Officer review this guidance, using the "
    "number of claims and their outcomes, a short questionnaire sent to every claimant, the "
    "external examiner's comments and the questions the RPL advisers have been asked. The "
    "changes are reported to the University's Faculty Quality Committee.")
comment(v1, "Could a parent representative join the July review?", "Anna Kowalczyk", "AK")
body([
    "Stakeholders take part in other ways too: the head on the RPL Panel is nominated each year by "
    "the Kelbarrow Association of Headteachers, and the Parent Partnership Service co-teaches the "
    "session on working with families in BRY7303.",
])
h2("Impact")
tracked([
    ("del", "Each year we will ask participants to measure the progress of the pupils in their "
            "case studies and report it to the Programme Board. "),
    ("", "In time we hope to look at whether pupils in the schools of people who gain the award by "
         "Routes B and C do as well as pupils in the schools of Route A participants."),
])

# ====================================================================== Appendix 1
doc.add_page_break()
h1("Appendix 1  The national outcomes: where they are developed, assessed and claimable")
para("The outcomes are in our own short wording. On Route C, every outcome in this table is "
     "assessed through the portfolio, the observation and the professional discussion.",
     italic=True, size=9)
rows = [
    ["Outcome (our wording)", "Where the taught programme develops it",
     "Where it is assessed for the award", "Claimable on Route B?"],
    ["Professional attributes", "", "", ""],
    ["Respectful, constructive relationships with pupils and families", "BRY7302",
     "Task B Part 2", "Yes (APEL)"],
    ["Winning the commitment of colleagues and leaders", "BRY7301",
     "Task A (paper and head's response)", "Yes (APCL)"],
    ["Managing time, priorities and delegation", "Not in the taught modules",
     "Route C professional discussion only", "No"],
    ["Clear speaking and writing; listening to others", "All modules",
     "Tasks A, B and C; Task C presentation", "Yes"],
    ["Using research and outside advice", "BRY7302, BRY7303", "Tasks B and C", "Yes"],
    ["Keeping up to date; own development", "Professional learning journal",
     "Not assessed (journal)", "No"],
    ["Knowledge and understanding", "", "", ""],
    ["SEN law and the Code of Practice", "BRY7301", "Task A", "Yes"],
    ["Every Child Matters and the SENCO", "BRY7301", "Task A", "Yes"],
    ["Disability equality law", "BRY7301", "", "Yes"],
    ["The main areas of need", "BRY7302",
     "Task B Part 1 (Autism Lead Practitioner Certificate holders exempt)", "Yes"],
    ["Approaches, strategies and resources, including ICT", "BRY7302", "Task B Part 2", "Yes"],
    ["School self-evaluation and SEN", "BRY7301", "Task A", "Yes"],
    ["Research and best practice", "BRY7302", "Task B Part 2", "Yes"],
    ["Other agencies and getting specialist help", "BRY7303", "Task C", "No"],
    ["Professional skills", "", "", ""],
    ["Inclusive ethos, policy and resources with leaders and governors", "BRY7301", "Task A", "Yes"],
    ["Identifying needs, setting targets, planning and reviewing interventions", "BRY7302",
     "Task B Part 2", "Yes"],
    ["Using other professionals' assessments", "BRY7302", "Task B Part 2", "Yes"],
    ["Helping colleagues with formative assessment", "BRY7302", "Task B Part 2", "Yes"],
    ["Access arrangements for tests and examinations", "BRY7302",
     "Task B Part 2, if the pupil is in Year 6 or Year 11", "Yes"],
    ["Provision mapping; finding gaps", "BRY7303", "Task C", "No"],
    ["Deploying and managing support staff", "BRY7303", "Task C strand (ii)", "No"],
    ["Supporting colleagues' development", "BRY7303", "Task C strand (i)", "No"],
    ["Reviewing provision with staff", "BRY7303", "Task C", "No"],
    ["Involving pupils in planning and reviewing their provision", "BRY7302", "Task B Part 2", "Yes"],
    ["Working with parents and carers", "BRY7303", "Task B Part 2", "Yes"],
    ["Working with other services and voluntary organisations", "BRY7303", "Task C", "No"],
]
t1 = table(rows, widths=[6.0, 3.6, 4.6, 2.3], size=8.5)
# tracked change inside the disability-equality row
for row in t1.rows:
    if row.cells[0].text.startswith("Disability equality law"):
        cp = row.cells[2].paragraphs[0]
        add_del(cp, "Task A (accessibility plan)")
        add_ins(cp, "\u2014")
        break
for row in t1.rows:
    if row.cells[0].text == "Knowledge and understanding":
        kr = [r for r in row.cells[0].paragraphs[0].runs if r.text][0]
        comment(kr, "Child development isn't anywhere. Should it go into BRY7302?",
                "Anna Kowalczyk", "AK")
        break

# ====================================================================== Appendix 2
h1("Appendix 2  How a claim is judged: an example")
body([
    "This is a mock claim, worked through by the assessors at their standardisation meeting in "
    "April 2009. 'Sam' is an advisory teacher with seven years' experience claiming APEL for "
    "BRY7302. Only some of the outcomes are shown.",
])
table([
    ["Outcome", "Evidence Sam offered", "Assessors' decision"],
    ["The main areas of need", "Training materials on autism and on speech and language needs, "
     "written for twelve schools, with feedback", "Accepted in part: nothing on behaviour or on "
     "moderate learning difficulties; bridging commentary asked for"],
    ["Using other professionals' assessments", "Three anonymised IEPs built from educational "
     "psychologist and therapist reports, with her notes", "Accepted"],
    ["Involving pupils in their provision", "Transcript of a Talking Mats conversation with a "
     "Year 3 pupil and the targets that followed", "Accepted"],
    ["Access arrangements for tests and examinations", "None offered",
     "Not yet shown: to be explored in the professional discussion"],
], widths=[4.5, 6.5, 5.5])
body([
    "Decision: 20 credits for BRY7302 recommended, subject to a satisfactory bridging commentary "
    "and professional discussion.",
])

# ====================================================================== Appendix 3
h1("Appendix 3  Claim form")
para("Complete every section. Delete the prompts in square brackets before you submit.",
     italic=True, size=9)
table([
    ["Section", "Your answer"],
    ["Name", "[Your name]"],
    ["School or service", "[Name of school or service]"],
    ["Route", "[B or C]"],
    ["Module(s) claimed (Route B)", "[BRY7301 / BRY7302]"],
    ["Basis of claim", "[APCL / APEL / both]"],
    ["Summary of your learning and experience", "[Describe in no more than 300 words the "
     "learning or experience on which your claim rests.]"],
], widths=[5.0, 11.5])
table([
    ["National outcome", "Evidence reference", "How the evidence shows this outcome (200 words "
     "at most for each)"],
    ["[Outcome from Appendix 1]", "[E1, E2 ...]", "[Explain]"],
    ["[Outcome from Appendix 1]", "[E1, E2 ...]", "[Explain]"],
    ["[Add rows as needed]", "", ""],
], widths=[5.0, 3.0, 8.5], groups=False)
body([
    "Declaration: I confirm that the evidence I have submitted is my own work, or is clearly "
    "identified where it is not, and that pupils and families cannot be identified from it.",
    "Signed: ______________________   Date: __________",
    "Headteacher or line manager: I confirm that the applicant's account of their role is "
    "accurate.   Signed: ______________________   Date: __________",
])

# ====================================================================== Appendix 4
h1("Appendix 4  Assessor's decision record")
table([
    ["Claim number", "", "Assessor 1", "", "Assessor 2", ""],
    ["Outcome", "Accepted", "Further evidence", "Not accepted", "Notes", ""],
    ["", "", "", "", "", ""],
    ["", "", "", "", "", ""],
    ["Agreed decision", "", "Sampled by external examiner? (Y/N)", "", "RPL Panel date", ""],
], widths=[3.2, 2.2, 3.2, 2.2, 3.2, 2.5], size=8, groups=False)

doc.save(OUT)
print("wrote", OUT)
