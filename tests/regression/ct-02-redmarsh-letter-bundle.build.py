"""Build ct-02-redmarsh-letter-bundle.docx: Redmarsh City Council's application sent as its bundle of
standard letters and forms (invented provider).

Provider: Redmarsh City Council, Children's Services Directorate, Inclusion
and Achievement Service (SEN Support Team), with Halcombe University, School
of Education, which validated the award and confers it. Programme: Halcombe
University Postgraduate Award in Special Educational Needs Coordination
(National Award for SENCOs): two 20-credit Level 7 modules, RSN701 and
RSN702, i.e. 40 credits, with an optional third module (RSN703) to complete a
60-credit PGCert. Ten face-to-face sessions (eight Tuesday evenings and two
Saturdays) at the Redmarsh Professional Centre. Dated February 2009;
2008-era vocabulary (CRB, List 99, GTC, DDA and Disability Equality Duty, SEN
Code of Practice 2001, ECM, SEF).

Voice: a local authority's administrative correspondence: formal letters
("I am pleased to confirm ...", "Please note that ..."), italic admin notes
to staff, form questions, and one covering minute from the Head of Service.

Layout (a kind of document not in the earlier sets: the provider's
correspondence bundle, i.e. mail-merge letter templates and blank forms):
- Cover sheet and a covering minute (To / From / Date / Subject lines) that
  explains the bundle and the meaning of each template's Status.
- An index table of the templates: Ref, Title, Sent to, When, Status.
- Templates L1-L16 (with L2a) and forms F1, F2 and F4-F8 (the bundle has
  no F3), each headed by a grey "template control"
  table (Ref, Sent to, When sent, Status, Owner). Status is "In use",
  "Draft - awaiting Programme Board, 24 April 2009" or "Archive - Redmarsh
  Certificate in SEN Coordination 2004-2008, for information only".
- Letters with a typed letterhead using manual line breaks, real Word
  MERGEFIELD complex fields shown as <<Title>> <<Surname>> <<School>> etc.
  (fldChar begin / instrText / separate / result / end), optional
  paragraphs in square brackets, italic "[Admin note: ...]" lines,
  signature blocks, "Enc." and "cc" lines.
- Blank forms: F1 application form and F2 self-audit with their questions
  and check boxes; F4 programme outline table; F6 assignment feedback
  sheets; F8 outcome record table with an "Evidence" column.
- Page header ("Bundle B") and footer (template references, "PROTECT when
  completed"), never evidence.

Traps and the requirement ids they affect:
- E.2 partially_met: the award is 40 credits at Level 7; 60 credits only
  with an optional third module.
- 1.1 partially_met: the aim in L5 is attainment in national curriculum tests
  and P scales and the Council's "narrowing the gap" target; well-being and
  the ECM outcomes are not in the aims.
- 1.5 not_met and 6.S7 not_met: consulting and involving pupils appears only
  as a form prompt in F1 ("Please describe how you involve pupils ...") and
  as a row of the F2 self-audit; no session, no assessment, no F8 row.
- 2.3 not_met: the assessment-only route exists only in L8, whose Status is
  Archive (the 2004-2008 Certificate), which the minute says is included for
  information only (past arrangement).
- 2.4 partially_met: everyone follows the same ten sessions in the same
  order; tailoring is limited to the ILP and optional surgeries; nothing on
  cost-effectiveness beyond the fee.
- 3.2 partially_met: one September intake, fixed order, evening sessions;
  the only flexibility is catching up missed sessions with next year's group.
- 3.3 not_applicable: L5 "there is no online element in this programme".
- 4.2 partially_met: L10 (a report-back letter already sent) lists what
  stakeholders said (4.1 met) but says only that "Your views have shaped
  every part of the new programme", with no change named.
- 4.3 partially_met: headteachers nominate school mentors and sign off the
  project (other aspects), but the only invitation to stakeholders to help
  evaluate the programme is L16, a Draft template.
- 5.4 partially_met: tutors are described only as "members of the Council's
  SEN Support Team and of the University's School of Education" (L5), and
  the tutor appointment letter L15 carries their experience only as merge
  fields (<<Experience>>, <<Qualifications>>); F1 asks about the applicant's
  own qualifications (wrong people).
- 5.9 partially_met: the exit questionnaire measures participants'
  confidence and competence; the minute points to an "Evaluation Framework
  (Enclosure 7)" for pupils' achievement, but the bundle's enclosure list
  stops at Enclosure 6 and no such framework is included.
- 6.0 partially_met and 1.9 partially_met: L13 says the Award Board confirms
  the Outcome Record shows every national outcome, and F8 says "all the
  national minimum outcomes are recorded on this form", but F8 has no rows
  for three outcomes and several rows say "not graded" or are blank.
- Outcomes, read from F4 (sessions) and F6/F8 (assessment):
  met: A2, A4, A5, K1, K2, K3, K5, K7, K8, K9, S1, S2, S2b, S2d, S3, S4, S8.
  partially_met: A1, K6, S6 ("Tutorial discussion (not graded)"); A6, A7, S5,
  S9 (logs or journals "not graded"); S2a (taught in session 5, Evidence
  cell blank); K4 (on the Assignment 1 feedback sheet and F8, but no session
  teaches child development: assessed, not developed).
  not_met: A3, S2c, S7 (only in the F2 self-audit and, for S7, an F1
  prompt; no session and no F8 row).
- Met arrangements carried plainly by letters: E.1 (L5, minute), 1.2 (L4),
  1.3 (session 6 and reading list), 1.4, 1.6 (session 10 and cluster
  groups), 1.7, 1.8, 2.1 (L6 APL and APEL), 2.2 (L7 and F5), 2.5 (L13 and
  F7), 3.1 (L1, F1, L9), 4.1 (L10), 5.1 (minute, L14), 5.2 (L2, L2a), 5.3
  (L3: CRB seen and recorded, List 99, GTC, head's reference), 5.5 (L5, L12),
  5.6 (L5), 5.7 (L4 mentors, L15 tutors), 5.8 (F6 note, L14).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("ct-02-redmarsh-letter-bundle.docx")

doc = Document()
doc.core_properties.author = "Gail Ashworth"
doc.core_properties.title = "Bundle B - standard letters and forms - SENCO National Award"
normal = doc.styles["Normal"]
normal.font.name = "Times New Roman"
normal.font.size = Pt(11)
normal.paragraph_format.space_after = Pt(6)

W_NS = nsdecls("w")


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def grid(table, colour="808080"):
    table._tbl.tblPr.append(parse_xml(
        f'<w:tblBorders {W_NS}>'
        + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="{colour}"/>'
                  for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


def merge_field(par, name):
    """A real Word MERGEFIELD complex field showing <<name>>."""
    for xml in (
        f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {W_NS}><w:instrText xml:space="preserve"> MERGEFIELD {name} </w:instrText></w:r>',
        f'<w:r {W_NS}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {W_NS}><w:rPr><w:noProof/></w:rPr><w:t>\u00ab{name}\u00bb</w:t></w:r>',
        f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        par._p.append(parse_xml(xml))


def rich(par, text, size=None, italic=False, bold=False):
    """Text with {Field} merge fields and **bold** spans (fields may sit inside bold)."""
    import re
    for i, seg in enumerate(text.split("**")):
        b = bold or bool(i % 2)
        for tok in re.split(r"(\{[A-Za-z]+\})", seg):
            if not tok:
                continue
            if tok.startswith("{") and tok.endswith("}"):
                merge_field(par, tok[1:-1])
                continue
            r = par.add_run(tok)
            r.bold = b
            r.italic = italic
            if size:
                r.font.size = Pt(size)
    return par


def p(text="", size=None, italic=False, bold=False, align=None, after=None):
    par = doc.add_paragraph()
    rich(par, text, size=size, italic=italic, bold=bold)
    if align == "c":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        par.paragraph_format.space_after = Pt(after)
    return par


def admin(text):
    return p(f"[Admin note: {text}]", italic=True, size=10)


def lines(items, size=None, bold_first=False, align=None):
    """One paragraph whose lines are separated by manual line breaks."""
    par = doc.add_paragraph()
    for i, item in enumerate(items):
        rich(par, item, size=size, bold=(bold_first and i == 0))
        if i < len(items) - 1:
            par.add_run().add_break()
    if align == "r":
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return par


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def control(ref, title, sent_to, when, status, owner):
    par = doc.add_paragraph()
    r = par.add_run(f"{ref}  {title}")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    t = doc.add_table(rows=2, cols=5)
    grid(t, "A6A6A6")
    for i, (h, v) in enumerate(zip(("Template", "Sent to", "When sent", "Status", "Owner"),
                                    (ref, sent_to, when, status, owner))):
        hc, vc = t.rows[0].cells[i], t.rows[1].cells[i]
        rich(hc.paragraphs[0], h, size=8.5, bold=True)
        rich(vc.paragraphs[0], v, size=8.5)
        shade(hc, "D9D9D9")
        shade(vc, "F2F2F2")
    doc.add_paragraph()


def letterhead():
    lines(["**Redmarsh City Council**",
           "Children\u2019s Services Directorate",
           "Inclusion and Achievement Service \u2013 SEN Support Team",
           "Redmarsh Professional Centre, Tanner Street, Redmarsh RD7 3LQ",
           "Telephone 01999 402617  \u00b7  senco.award@redmarsh.gov.uk"], size=9.5, align="r")


def addressee(fields=("Title", "FirstName", "Surname"), extra=("School", "Address1", "Town", "Postcode")):
    par = doc.add_paragraph()
    merge_field(par, fields[0])
    for f in fields[1:]:
        par.add_run(" ")
        merge_field(par, f)
    for f in extra:
        par.add_run().add_break()
        merge_field(par, f)
    dp = doc.add_paragraph()
    merge_field(dp, "LetterDate")
    return par


def salutation(name_fields=("Title", "Surname")):
    par = doc.add_paragraph("Dear ")
    merge_field(par, name_fields[0])
    par.add_run(" ")
    merge_field(par, name_fields[1])
    par.add_run(",")


def sign(name, role, extra=None):
    p("Yours sincerely,")
    p("")
    items = [f"**{name}**", role]
    if extra:
        items.append(extra)
    lines(items)


def form_table(rows, widths=(6.0, 10.0), head=None):
    t = doc.add_table(rows=0, cols=len(widths))
    grid(t)
    if head:
        cells = t.add_row().cells
        for i, h in enumerate(head):
            rich(cells[i].paragraphs[0], h, size=9.5, bold=True)
            shade(cells[i], "DCE6F1")
    for row in rows:
        cells = t.add_row().cells
        for i, val in enumerate(row):
            first = True
            for ln in val.split("\n"):
                par = cells[i].paragraphs[0] if first else cells[i].add_paragraph()
                first = False
                rich(par, ln, size=9.5)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


# ---------------------------------------------------------------- header/footer
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
hp.text = ("Redmarsh City Council \u00b7 SENCO National Award \u00b7 TDA application \u00b7 "
           "Bundle B: standard letters and forms")
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Templates held on the SEN Support Team shared drive (S:\\SENCO Award\\Templates 2009) \u00b7 "
               "PROTECT when completed \u00b7 Page ")
r.font.size = Pt(8)
fp._p.append(parse_xml(
    f'<w:fldSimple {W_NS} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ---------------------------------------------------------------- cover
p("REDMARSH CITY COUNCIL", bold=True, size=18, align="c")
p("Children\u2019s Services Directorate \u00b7 Inclusion and Achievement Service", size=12, align="c")
p("in partnership with Halcombe University, School of Education", size=12, align="c", italic=True)
p("")
p("Application to the Training and Development Agency for Schools for approval to provide nationally "
  "accredited training for SENCOs", bold=True, size=14, align="c")
p("BUNDLE B", bold=True, size=20, align="c")
p("The programme as it reaches people: standard letters, forms and notices", size=13, align="c")
p("February 2009", size=12, align="c")
page_break()

# ---------------------------------------------------------------- covering minute
p("MINUTE", bold=True, size=14)
form_table([
    ["To", "The TDA approval panel, National Award for SENCOs"],
    ["From", "Martin Coyle, Head of Inclusion and Achievement, Redmarsh City Council"],
    ["Copy", "Dr Imran Sadiq, Programme Leader, School of Education, Halcombe University"],
    ["Date", "23 February 2009"],
    ["Subject", "Bundle B: how the programme works, shown through its letters and forms"],
], widths=(3.0, 13.0))
p("1. Bundle A, our completed application form, was sent on 16 February. The panel\u2019s guidance asks "
  "providers to show how their arrangements work in practice rather than to describe them, and we have "
  "taken that literally. Everything a candidate, a headteacher, a mentor, a tutor or an examiner receives "
  "from us is produced from the templates in this bundle, and each letter commits the Council and the "
  "University to something specific. We would rather the panel judged us on those commitments than on a "
  "description written for the purpose.")
p("2. Each template carries a control box. Status \u201cIn use\u201d means the template has been approved "
  "by the Programme Board and will be used from the first intake in September 2009 (some were used for "
  "recruitment this winter). \u201cDraft\u201d means the template awaits the Programme Board of 24 April 2009 "
  "and may change or be withdrawn. \u201cArchive\u201d means the template belongs to the Redmarsh Certificate "
  "in SEN Coordination, which ran from 2004 to 2008 and which this programme replaces; archive templates "
  "are included for the panel\u2019s information only and are not used for the new programme.")
p("3. The award is the Halcombe University Postgraduate Award in Special Educational Needs Coordination "
  "(National Award for SENCOs). It was validated by the University at an event on 22 January 2009, is "
  "conferred by the University\u2019s Award Board and is governed by the University\u2019s Postgraduate "
  "Regulations. It consists of two 20-credit modules at Level 7, RSN701 and RSN702, a total of 40 credits. "
  "Participants who wish to may add the 20-credit module RSN703 Inclusive Practice Enquiry in the "
  "following year and so complete the University\u2019s Postgraduate Certificate (60 credits).")
p("4. Evaluation. Participants complete an evaluation slip after each session and a questionnaire at the "
  "end of each module. The module tutors summarise these for the Programme Board, which meets each "
  "term and includes the Head of the SEN Support Team, the University programme leader and the "
  "Programme Manager. The external examiner reports each year (see L14), and the programme is included in "
  "the University\u2019s Annual Monitoring, which is scrutinised by its School Learning and Teaching "
  "Committee. The Programme Board responds in writing to the external examiner and agrees an action plan "
  "each July; the changes are reported to the next intake in their joining instructions. Our "
  "arrangements for measuring the effect of the programme on pupils\u2019 achievement are set out in the "
  "Evaluation Framework (Enclosure 7).")
p("5. The bundle contains the following. Enclosures 1 to 6 are the forms that travel with the letters.")

form_table([
    ["L1", "Acknowledgement of application (with Enclosure 1: form F1)", "Applicant", "In use"],
    ["L2", "Invitation to entry discussion (with Enclosure 2: self-audit F2)", "Applicant", "In use"],
    ["L2a", "Candidate not yet ready: letter to headteacher", "Headteacher", "In use"],
    ["L3", "Offer of a place and safeguarding checks", "Applicant", "In use"],
    ["L4", "The school\u2019s part: letter to headteacher and mentor", "Headteacher, mentor", "In use"],
    ["L5", "Joining instructions (with Enclosure 3: programme outline F4)", "Participant", "In use"],
    ["L6", "Decision on accreditation of prior learning", "Participant", "In use"],
    ["L7", "Your Individual Learning Plan (with Enclosure 4: F5)", "Participant, mentor", "In use"],
    ["L8", "Assessment-only candidates", "Candidate", "Archive"],
    ["L9", "Confirmation of reasonable adjustments", "Participant", "In use"],
    ["L10", "Report to survey respondents, December 2008", "Schools, parents\u2019 groups", "In use (sent)"],
    ["L11", "Assignment feedback (with Enclosure 5: sheets F6)", "Participant", "In use"],
    ["L12", "Placement: letter to host school", "Host headteacher", "In use"],
    ["L13", "Completion of the award (with Enclosure 6: F7 and F8)", "Participant", "In use"],
    ["L14", "External examiner: arrangements for the year", "External examiner", "In use"],
    ["L15", "Appointment of module tutor", "Tutor", "In use"],
    ["L16", "Invitation to the annual evaluation review", "Stakeholders", "Draft"],
], widths=(1.4, 8.2, 4.0, 2.4), head=("Ref", "Title", "Sent to", "Status"))
lines(["**Martin Coyle**", "Head of Inclusion and Achievement"])
page_break()

# ---------------------------------------------------------------- L1 + F1
control("L1", "Acknowledgement of application", "Applicant", "Within 5 working days of receipt",
        "In use", "Gail Ashworth, Business Support Officer")
letterhead()
addressee()
salutation()
p("**Postgraduate Award in SEN Coordination (National Award for SENCOs): your application**", )
p("Thank you for your application, which we received on {ReceivedDate}. I enclose a copy of the form "
  "for your records. We will write to you within three weeks to invite you to an entry discussion, "
  "provided that your headteacher has completed Section G.")
p("[Include if Section D was answered \u201cYes\u201d:] Thank you for telling us about your disability or "
  "long-term condition. Gail Ashworth will telephone you within five working days to arrange an access "
  "meeting, at a time and place that suit you, so that we can agree any adjustments before the "
  "programme starts rather than after a difficulty has arisen. What you have told us is kept separately "
  "from your application and is not seen by anyone deciding whether to offer you a place.")
p("This letter, the programme leaflet and all our forms are available in large print, in Braille, on "
  "audio CD and electronically; please ask.")
sign("Gail Ashworth", "Business Support Officer, SEN Support Team")
p("Enc. 1: copy of application form F1")
admin("if Section D is \u201cYes\u201d, log the access meeting on the adjustments register the same day and "
      "pass the form to the Programme Manager only. Applications, offers and completions are monitored "
      "by disability and ethnic group each year under the Council\u2019s Disability Equality Scheme and Race "
      "Equality Scheme, and reported to the Programme Board.")

p("ENCLOSURE 1 \u2013 FORM F1: APPLICATION FORM (extract of questions)", bold=True, size=12)
form_table([
    ["Section A", "Your name, home address, school, telephone and email."],
    ["Section B", "Qualified Teacher Status: DfES/DCSF reference number ________. Are you in post as SENCO? "
                  "\u2610 Yes \u2610 No. If no, date you will take up the role: ________"],
    ["Section C", "Your experience. Please describe how you involve pupils in decisions about their "
                  "provision (max. 200 words). Please list your own qualifications, with dates."],
    ["Section D", "Disability. Do you consider yourself to have a disability or long-term condition? "
                  "\u2610 Yes \u2610 No \u2610 Prefer not to say. We ask so that we can plan reasonable "
                  "adjustments with you. Your answer is not used in deciding whether to offer a place."],
    ["Section E", "Prior learning. List any Level 7 credits gained in the last five years. Do you wish to "
                  "claim accreditation of prior learning? \u2610 Yes \u2610 No"],
    ["Section F", "Safeguarding. Date and number of your most recent enhanced CRB disclosure: ________"],
    ["Section G", "Headteacher\u2019s declaration. I support this application, will release the applicant "
                  "for the Saturday sessions and two placement days, and will nominate a school-based "
                  "mentor. Signed ________ Date ________"],
], widths=(2.6, 13.4))
page_break()

# ---------------------------------------------------------------- L2 + F2
control("L2", "Invitation to entry discussion", "Applicant", "March to June", "In use",
        "Ruth Penberthy, Programme Manager")
letterhead()
addressee()
salutation()
p("**Entry discussion: {DiscussionDate} at {DiscussionTime}, Redmarsh Professional Centre**")
p("I am pleased to invite you to an entry discussion with me and a tutor from Halcombe University. "
  "Before you come, please complete the enclosed self-audit (form F2), rating yourself against each of "
  "the national minimum outcomes for SENCOs and giving an example from your own work wherever you rate "
  "yourself 3 or 4.")
p("The discussion lasts about forty minutes. We will talk through your self-audit and your experience, "
  "and together we will judge whether you already have enough knowledge, understanding and experience "
  "to reach all of the outcomes by the end of the programme. Most applicants do. If we think that you "
  "would benefit from some preparation first, we will explain why, tell you what to do, and, with your "
  "agreement, discuss it with your headteacher (see L2a). We will write to you with our decision "
  "within ten working days.")
sign("Ruth Penberthy", "Programme Manager, SEN Support Team")
p("Enc. 2: self-audit F2")

p("ENCLOSURE 2 \u2013 FORM F2: \u201cWHERE ARE YOU NOW?\u201d SELF-AUDIT", bold=True, size=12)
p("Rate yourself against each statement: 1 = new to me; 2 = some knowledge or experience; 3 = confident; "
  "4 = I could show you evidence. Give an example for every 3 or 4.", italic=True, size=10)
F2_ROWS = [
    "I build fair, respectful and constructive relationships with pupils with SEN and their parents.",
    "I gain the commitment of the headteacher and senior colleagues.",
    "I prioritise, manage my time well and delegate tasks, checking they are done.",
    "I anticipate and resolve problems and make sound decisions about provision.",
    "I express myself clearly in speech and writing and listen to others\u2019 views.",
    "I draw on research and outside advice to improve my own and colleagues\u2019 practice.",
    "I keep up to date and take responsibility for my own CPD on SEN and disability.",
    "I know the law on SEN and the Code of Practice and how to put them into practice.",
    "I know the Every Child Matters outcomes and the SENCO\u2019s part in them.",
    "I know the disability equality laws and the actions they require.",
    "I know how children develop and how SEN, disability and environment affect development.",
    "I know the common types of SEN and disability and how they affect learning.",
    "I understand a range of approaches to assessment, planning and teaching, including ICT.",
    "I know the principles of school self-evaluation and improvement.",
    "I know best practice and research on meeting SEN.",
    "I know the role of external agencies and how to get specialist support.",
    "I help shape an inclusive ethos, policy and use of resources with senior colleagues and governors.",
    "I identify pupils with SEN, set targets, plan interventions and review progress.",
    "I use assessments from other professionals to plan teaching.",
    "I use summative assessment and national tests to track progress.",
    "I encourage colleagues to develop formative assessment for pupils with SEN.",
    "I identify special arrangements for national tests and examinations in good time.",
    "I use provision mapping to plan provision and spot gaps.",
    "I deploy and manage support staff effectively.",
    "I support colleagues\u2019 professional development through observation, coaching and training.",
    "I review the effectiveness of provision with colleagues to inform school self-evaluation.",
    "I involve pupils in planning, agreeing and reviewing their own provision.",
    "I liaise effectively with parents and carers.",
    "I work in partnership with other services and voluntary organisations.",
]
form_table([[s, "\u2610 1  \u2610 2  \u2610 3  \u2610 4", ""] for s in F2_ROWS],
           widths=(9.5, 3.5, 3.0), head=("Statement", "Rating", "Example"))
page_break()

# ---------------------------------------------------------------- L2a
control("L2a", "Candidate not yet ready: letter to headteacher", "Headteacher (copy to candidate)",
        "After entry discussion, with the candidate\u2019s agreement", "In use",
        "Ruth Penberthy, Programme Manager")
letterhead()
addressee(fields=("HeadTitle", "HeadFirstName", "HeadSurname"))
salutation(("HeadTitle", "HeadSurname"))
p("**{FirstName} {Surname}: application for the National Award for SENCOs**")
p("{FirstName} came to an entry discussion on {DiscussionDate}, and has agreed that I may write to you. "
  "We do not think that {FirstName} is yet ready to reach all the national outcomes within the year, "
  "mainly because of {ReasonSummary}. We are not turning the application down: we recommend the "
  "following before {FirstName} reapplies for the September {NextYear} intake.")
p("[Choose from:] the Council\u2019s five-session SENCO Induction Course (autumn term); a term shadowing an "
  "experienced SENCO in a partner school, which the SEN Support Team will arrange; the Inclusion "
  "Development Programme module on {IDPModule}; release to attend the local SENCO cluster group.")
p("I would be glad to discuss this with you and {FirstName} by telephone or at school.")
sign("Ruth Penberthy", "Programme Manager, SEN Support Team")
p("cc {FirstName} {Surname}")
page_break()

# ---------------------------------------------------------------- L3
control("L3", "Offer of a place and safeguarding checks", "Applicant", "After entry discussion",
        "In use", "Ruth Penberthy, Programme Manager")
letterhead()
addressee()
salutation()
p("**Offer of a place: Postgraduate Award in SEN Coordination, September {StartYear}**")
p("I am pleased to offer you a place on the programme, starting on Tuesday {FirstSession}. The fee is "
  "\u00a3950, payable by your school; for Redmarsh maintained schools the Council\u2019s SENCO Training Grant "
  "meets half of this.")
p("Your place is offered subject to the following checks, which we carry out for every participant "
  "before the programme starts:")
p("(a) Gail Ashworth will see your original enhanced CRB disclosure at the induction evening and record "
  "its number and date on the programme\u2019s safeguarding register. If it is more than three years old, "
  "or if you have not worked in a post involving regular contact with children or young people in the "
  "past three months, we will ask you to apply for a new enhanced disclosure through the Council before "
  "the first session, and you may not attend a placement until it has been seen.")
p("(b) We check, with the Council\u2019s Human Resources team, that you are not on List 99 or otherwise "
  "barred from working with children, and that your registration with the General Teaching Council for "
  "England is current and without conditions.")
p("(c) We ask your headteacher (or, if you have changed schools in the last year, your previous "
  "employer) to confirm in writing that there are no concerns about your conduct and no outstanding "
  "disciplinary matters.")
p("[Include if APL claimed:] Your claim for accreditation of prior learning will be considered "
  "separately; you will receive the University\u2019s decision (L6) before the first session.")
p("Please return the acceptance slip by {ReplyDate}.")
sign("Ruth Penberthy", "Programme Manager, SEN Support Team")
admin("do not issue joining instructions (L5) until checks (a) to (c) are complete and logged. Any "
      "concern is referred the same day to the Council\u2019s Safeguarding in Education Officer.")
page_break()

# ---------------------------------------------------------------- L4
control("L4", "The school\u2019s part: letter to headteacher and mentor", "Headteacher and named mentor",
        "With the offer", "In use", "Ruth Penberthy, Programme Manager")
letterhead()
addressee(fields=("HeadTitle", "HeadFirstName", "HeadSurname"))
salutation(("HeadTitle", "HeadSurname"))
p("**{FirstName} {Surname}: the school\u2019s part in the programme**")
p("Thank you for supporting {FirstName}\u2019s application. The programme is built around the work "
  "{FirstName} does in your school, and it depends on the school in four ways.")
p("**Tasks between sessions.** After each session {FirstName} will carry out a short task in school: "
  "for example auditing the SEN register against the Code of Practice, observing a pupil across a day, "
  "or mapping the provision for one year group. Each task is linked to named national outcomes, and "
  "some of the material will be used in the assignments.")
p("**The school development project.** In the second module {FirstName} will lead a development in SEN "
  "provision in your school, agreed with you at the start of the spring term, and will present the "
  "findings to you and to the governor responsible for SEN. The project must show what has changed in "
  "practice as a result.")
p("**A school-based mentor.** Please nominate a mentor, usually a member of the senior team, by "
  "{MentorDate}. The mentor meets {FirstName} at least twice each half-term, helps to agree the "
  "Individual Learning Plan (L7), and confirms that school-based tasks have been carried out. The "
  "enclosed Mentor\u2019s Guide sets out the mentor\u2019s role, what the mentor does and does not do (mentors "
  "do not mark assignments), and whom to contact with concerns. All mentors are invited to a twilight "
  "briefing at the Professional Centre in late September, which goes through the Guide, and the mentor "
  "receives a copy of every session outline.")
p("**Release and access to data.** Please release {FirstName} for the two Saturday sessions (time off in "
  "lieu is for the school to decide) and for two placement days in the spring term, and allow access "
  "to the school\u2019s pupil data needed for the assignments.")
sign("Ruth Penberthy", "Programme Manager, SEN Support Team")
p("Enc. Mentor\u2019s Guide 2009\u201310; mentor nomination slip")
p("cc {MentorName}, school-based mentor")
page_break()

# ---------------------------------------------------------------- L5 + F4
control("L5", "Joining instructions", "Participant", "Early September", "In use",
        "Ruth Penberthy, Programme Manager")
letterhead()
addressee()
salutation()
p("**Joining instructions: Postgraduate Award in SEN Coordination {StartYear}\u2013{EndYear}**")
p("Welcome to the programme. The programme aims to help you raise the attainment of pupils with special "
  "educational needs in your school, as shown in national curriculum test results and P scale data, and "
  "to contribute to the Council\u2019s target of narrowing the gap between pupils with SEN and their "
  "peers. It is validated by Halcombe University at Level 7 and leads to 40 credits.")
p("**Sessions.** There are ten sessions, listed in the enclosed programme outline (F4): eight on Tuesdays "
  "from 4.30 to 7.30 pm and two on Saturdays from 9.30 am to 3.30 pm. All sessions are held face to face "
  "at the Redmarsh Professional Centre, Tanner Street; there is no online element in this programme. "
  "There is one intake each September, and everyone follows the sessions in the order shown. If you miss "
  "a session, you may attend it with the following year\u2019s group; up to two sessions may be made up in "
  "this way. Your Individual Learning Plan (L7) will show which sessions you should prepare for most "
  "carefully, and you may book up to three optional one-hour surgeries with a tutor.")
p("**Your tutors** are members of the Council\u2019s SEN Support Team and of the University\u2019s School of "
  "Education.")
p("**Between sessions** you are expected to attend your local SENCO cluster group, which meets each "
  "half-term in six areas of the city. Once in each module you will bring to the cluster a problem from "
  "your own work and seek the advice of SENCOs from other schools; the cluster convenor signs your "
  "record.")
p("**Placement.** In the spring term you will spend two days on placement at Ashgrove Special School or "
  "in the hearing-impaired resource base at Moorside Primary School, arranged by us (see L12). Sessions "
  "are taught with educational psychologists, specialist teachers and a speech and language therapist "
  "from the Council\u2019s services.")
p("**Resources.** The Redmarsh Inclusion Resource Base at the Professional Centre lends standardised "
  "assessment kits, intervention programmes and reading schemes; its ICT suite has text-to-speech and "
  "symbol software, Clicker 5 and a range of switch and keyboard alternatives, and you may book it for "
  "your own use on Tuesday and Thursday evenings. As a registered student of Halcombe University you have "
  "full access to its library and electronic journals.")
p("**Core reading.** Ofsted (2004) Special educational needs and disability: towards inclusive schools; "
  "Ofsted (2006) Inclusion: does it matter where pupils are taught?; DfES (2004) Removing Barriers to "
  "Achievement; Lewis, A. and Norwich, B. (eds) (2005) Special Teaching for Special Children?; the Bercow "
  "Review of services for children and young people with speech, language and communication needs "
  "(2008). These are drawn on throughout and are the focus of session 6.")
sign("Ruth Penberthy", "Programme Manager, SEN Support Team")
p("Enc. 3: programme outline F4")

p("ENCLOSURE 3 \u2013 FORM F4: PROGRAMME OUTLINE", bold=True, size=12)
form_table([
    ["1", "RSN701", "The SEN framework: Education Act 1996, SENDA 2001, the SEN Code of Practice (2001), "
     "the SENCO Regulations 2008; what they mean for the school, the SENCO and others, and putting "
     "them into practice", "Ruth Penberthy"],
    ["2", "RSN701", "Disability equality: the DDA 1995 and 2005, the Disability Equality Duty, "
     "accessibility plans and what schools must do", "Dr Imran Sadiq"],
    ["3", "RSN701", "Every Child Matters, the five outcomes and the SENCO\u2019s part; the Common Assessment "
     "Framework; the roles of educational psychology, speech and language therapy, CAMHS, social care "
     "and voluntary organisations, and how to obtain specialist support", "SEN Support Team with an "
     "educational psychologist"],
    ["4", "RSN701", "Understanding needs: behavioural, emotional and social difficulties; specific learning "
     "difficulties including dyslexia; speech, language and communication needs; autistic spectrum "
     "disorders; moderate learning difficulties", "Specialist teachers; speech and language therapist"],
    ["5", "RSN701", "Identifying pupils with SEN through observation, data and assessment; setting targets; "
     "planning and reviewing interventions; using reports from other professionals; tracking progress "
     "with national tests, P scales and other summative data; access arrangements for national tests and "
     "examinations", "Ruth Penberthy"],
    ["6 (Sat)", "RSN701/702", "What inspection and research tell us: the Ofsted reports of 2004 and 2006, "
     "best practice, and using research and outside advice to improve practice", "Dr Imran Sadiq"],
    ["7", "RSN702", "Provision mapping and management; deploying and managing teaching assistants; "
     "anticipating problems and making decisions about provision (case scenarios)", "SEN Support Team"],
    ["8", "RSN702", "Working with parents and carers; fair and respectful relationships with pupils and "
     "families; annual reviews", "Family liaison officer, SEN Support Team"],
    ["9", "RSN702", "Leading and influencing: the SENCO, the headteacher, senior leaders and governors; "
     "inclusive policy and resources; school self-evaluation and the SEF; evaluating provision with "
     "colleagues; writing and presenting for governors", "Dr Imran Sadiq; a headteacher"],
    ["10 (Sat)", "RSN702", "Supporting colleagues: observation and feedback, coaching and mentoring, planning "
     "INSET; teaching approaches, resources and ICT for removing barriers; planning your own "
     "professional development", "SEN Support Team"],
], widths=(1.5, 2.3, 9.2, 3.0), head=("Session", "Module", "Content", "Led by"))
page_break()

# ---------------------------------------------------------------- L6
control("L6", "Decision on accreditation of prior learning", "Participant", "Before the first session",
        "In use", "Dr Imran Sadiq, Halcombe University")
letterhead()
addressee()
salutation()
p("**Accreditation of prior learning: decision of the University\u2019s APL Panel**")
p("The University\u2019s APL Panel met on {PanelDate} to consider your claim. [Choose one:]")
p("(a) Certificated learning. The Panel has accepted your {PriorAward} ({PriorCredits} credits at Level 7, "
  "{PriorYear}) in place of module {ModuleExempt}. You need not attend that module\u2019s sessions or submit "
  "its assignment, but you remain welcome at any session.")
p("(b) Experiential learning. The Panel has assessed the portfolio you submitted, in which you mapped "
  "your experience to the national outcomes covered by module {ModuleExempt}, and the professional "
  "discussion held on {DiscussionDate}. It has awarded you {APELCredits} credits in place of that "
  "module.")
p("(c) The Panel was unable to accept your claim because {Reason}. You may resubmit once.")
sign("Dr Imran Sadiq", "Programme Leader, School of Education, Halcombe University")
page_break()

# ---------------------------------------------------------------- L7 + F5
control("L7", "Your Individual Learning Plan", "Participant; copy to mentor", "By the second session",
        "In use", "Module tutor")
letterhead()
addressee()
salutation()
p("**Your Individual Learning Plan**")
p("Following your entry discussion, your tutor has drafted your Individual Learning Plan (enclosed) "
  "from your self-audit. It lists as your personal priority outcomes those national outcomes on which "
  "you rated yourself 1 or 2, or where the discussion showed that your knowledge needs updating; it "
  "shows the sessions and optional surgeries where each is covered and the evidence you will collect "
  "for it. Please agree the plan with your mentor and return a signed copy at the second session. Your "
  "tutor will review it with you at the end of each module, and you may ask for it to be changed at "
  "any time.")
sign("{TutorName}", "Module tutor")
p("Enc. 4: Individual Learning Plan F5")
p("ENCLOSURE 4 \u2013 FORM F5: INDIVIDUAL LEARNING PLAN", bold=True, size=12)
form_table([
    ["My priority outcomes (from my self-audit)", ""],
    ["Sessions to prepare for most carefully", ""],
    ["Optional surgeries booked", ""],
    ["Evidence I will collect", ""],
    ["Review: end of RSN701 (date / tutor\u2019s initials)", ""],
    ["Review: end of RSN702 (date / tutor\u2019s initials)", ""],
    ["Signed: participant / mentor / tutor", ""],
], widths=(7.0, 9.0))
page_break()

# ---------------------------------------------------------------- L8 (archive)
control("L8", "Assessment-only candidates", "Candidate",
        "On request", "Archive \u2013 Redmarsh Certificate in SEN Coordination 2004\u20132008, for "
        "information only", "Former programme administrator")
letterhead()
addressee()
salutation()
p("**Redmarsh Certificate in SEN Coordination: assessment without attendance**")
p("Thank you for asking to be assessed for the Certificate without attending the course. Experienced "
  "SENCOs may present a portfolio of evidence against each of the Certificate\u2019s outcomes, followed by "
  "a professional discussion with two assessors and an observation of a review meeting that you lead. "
  "The fee for this route is \u00a3275. Please let me know if you wish to proceed, and I will send you the "
  "portfolio guidance.")
sign("{AdminName}", "Programme Administrator")
page_break()

# ---------------------------------------------------------------- L9
control("L9", "Confirmation of reasonable adjustments", "Participant", "After the access meeting",
        "In use", "Gail Ashworth, Business Support Officer")
letterhead()
addressee()
salutation()
p("**Adjustments agreed at your access meeting on {MeetingDate}**")
p("Thank you for meeting me. This letter confirms the adjustments we agreed, which will be in place "
  "from the first session: {AdjustmentsList}. Your tutors will be told about these adjustments, but "
  "not about the reasons for them unless you wish. If anything is not working, or your needs change, "
  "please tell me or your tutor and we will meet again.")
admin("standard adjustments, to be listed as agreed: session papers a week in advance, in large print, "
      "on coloured paper or electronically; a note-taker or a BSL interpreter; ground-floor room and "
      "reserved parking; rest breaks; additional time for assignments (agreed with the University); an "
      "alternative form of assessment of equal standing; a placement chosen and visited in advance for "
      "access.")
sign("Gail Ashworth", "Business Support Officer, SEN Support Team")
page_break()

# ---------------------------------------------------------------- L10 (sent)
control("L10", "Report to survey respondents", "Headteachers, SENCOs, Parent Partnership Service, "
        "SEN Governors\u2019 Forum", "Sent 12 December 2008", "In use (sent)", "Martin Coyle")
letterhead()
p("12 December 2008")
p("To all headteachers and SENCOs of Redmarsh schools, the Redmarsh Parent Partnership Service and the "
  "SEN Governors\u2019 Forum")
p("Dear Colleague,")
p("**The new National Award for SENCOs: what you told us**")
p("Thank you to everyone who took part in our consultation this autumn. We sent a questionnaire to the "
  "headteacher and SENCO of each of the city\u2019s 118 schools (87 schools replied) and held two meetings "
  "with the Parent Partnership Service and the SEN Governors\u2019 Forum. In summary, you told us that:")
for item in (
    "\u2022 42 of the 87 schools have a SENCO who has been in post for less than three years, and 19 "
    "SENCOs are not members of the senior leadership team;",
    "\u2022 SENCOs find it hardest to manage teaching assistants and to plan provision across the school;",
    "\u2022 release in school time is difficult, especially for primary SENCOs who teach a class;",
    "\u2022 parents want SENCOs who explain decisions and keep them informed between reviews;",
    "\u2022 governors want clear information from SENCOs about what provision costs and what it achieves.",
):
    p(item)
p("Your views have shaped every part of the new programme, and we will keep listening.")
p("Yours sincerely,")
lines(["**Martin Coyle**", "Head of Inclusion and Achievement"])
page_break()

# ---------------------------------------------------------------- L11 + F6
control("L11", "Assignment feedback", "Participant", "Within four weeks of submission", "In use",
        "Module tutor")
letterhead()
addressee()
salutation()
p("**Feedback on {AssignmentTitle}**")
p("Please find enclosed the feedback sheet for your assignment, showing the provisional mark and, for "
  "each national outcome assessed, whether you have shown it. Marks are provisional until confirmed by "
  "the University\u2019s Award Board. If an outcome is marked \u201cNot yet\u201d, your tutor will explain what "
  "you need to do; you may resubmit once.")
sign("{TutorName}", "Module tutor")
p("Enc. 5: feedback sheet F6")
p("ENCLOSURE 5 \u2013 FORM F6: ASSIGNMENT FEEDBACK SHEETS", bold=True, size=12)
p("Assignment 1 (RSN701): case study of a pupil, 4,000 words", bold=True)
form_table([
    ["Understands the pupil\u2019s type of SEN or disability and its effect on learning", "\u2610 Shown  \u2610 Not yet"],
    ["Explains how the pupil\u2019s development has been affected by SEN or disability and by the "
     "learning environment", "\u2610 Shown  \u2610 Not yet"],
    ["Identifies needs, sets challenging targets, plans interventions and reviews progress",
     "\u2610 Shown  \u2610 Not yet"],
    ["Uses national test results and other summative data to track progress and adjust the programme",
     "\u2610 Shown  \u2610 Not yet"],
    ["Identifies in good time the access arrangements the pupil needs for national tests and puts them "
     "in place with colleagues", "\u2610 Shown  \u2610 Not yet"],
    ["Liaises effectively with the pupil\u2019s parents or carers", "\u2610 Shown  \u2610 Not yet"],
], widths=(12.0, 4.0))
p("Assignment 2 (RSN701): policy audit, 3,000 words", bold=True)
form_table([
    ["Knows the law on SEN and the Code of Practice, their implications for the school, and how to put "
     "them into practice", "\u2610 Shown  \u2610 Not yet"],
    ["Knows the disability equality laws and the actions they require of the school",
     "\u2610 Shown  \u2610 Not yet"],
    ["Knows the principles and outcomes of Every Child Matters and how the SENCO helps children to "
     "achieve them", "\u2610 Shown  \u2610 Not yet"],
], widths=(12.0, 4.0))
p("Assignment 3 (RSN702): school development project report, 5,000 words, and presentation to the "
  "headteacher and SEN governor", bold=True)
form_table([
    ["Works with senior colleagues and governors to influence inclusive ethos, policy, priorities and "
     "resources", "\u2610 Shown  \u2610 Not yet"],
    ["Gains the commitment of the headteacher and senior colleagues", "\u2610 Shown  \u2610 Not yet"],
    ["Uses provision mapping to plan provision and identify ineffective or missing provision",
     "\u2610 Shown  \u2610 Not yet"],
    ["Deploys and manages support staff effectively", "\u2610 Shown  \u2610 Not yet"],
    ["Knows the principles of school self-evaluation and improvement and relates them to outcomes for "
     "pupils with SEN", "\u2610 Shown  \u2610 Not yet"],
    ["Anticipates and resolves problems and makes well-founded decisions", "\u2610 Shown  \u2610 Not yet"],
    ["Knows best practice and research findings on meeting SEN", "\u2610 Shown  \u2610 Not yet"],
    ["Knows the scope and role of external agencies and how specialist support was obtained",
     "\u2610 Shown  \u2610 Not yet"],
    ["Expresses ideas clearly in writing (report) and in speech, listening and responding to questions "
     "(presentation)", "\u2610 Shown  \u2610 Not yet"],
], widths=(12.0, 4.0))
p("Marking and moderation: every assignment is first-marked by the module tutor. A University tutor "
  "second-marks a 20 per cent sample of each assignment and every script marked as a fail or with any "
  "outcome \u201cNot yet\u201d. Tutors meet to moderate marks before each Award Board, and the external "
  "examiner reviews a sample (see L14).", italic=True, size=10)
page_break()

# ---------------------------------------------------------------- L12
control("L12", "Placement: letter to host school", "Host headteacher", "November", "In use",
        "Ruth Penberthy, Programme Manager")
letterhead()
addressee(fields=("HeadTitle", "HeadFirstName", "HeadSurname"))
salutation(("HeadTitle", "HeadSurname"))
p("**Placement of {FirstName} {Surname}, {PlacementDates}**")
p("Thank you for agreeing to host a participant from the National Award programme for two days. The "
  "purpose of the placement is for an experienced specialist setting to show a new SENCO specialist "
  "provision at first hand: we ask that {FirstName} shadows your SENCO or resource base leader, observes "
  "teaching and support for pupils with complex needs, and, where parents agree, attends an annual "
  "review. {FirstName}\u2019s CRB disclosure has been seen and recorded by the Council (L3). The "
  "participant will write a short reflective note on the placement, which we will share with you.")
sign("Ruth Penberthy", "Programme Manager, SEN Support Team")
page_break()

# ---------------------------------------------------------------- L13 + F7 + F8
control("L13", "Completion of the award", "Participant; copy to headteacher", "After the July Award Board",
        "In use", "Dr Imran Sadiq, Halcombe University")
letterhead()
addressee()
salutation()
p("**Postgraduate Award in SEN Coordination (National Award for SENCOs)**")
p("I am delighted to tell you that the University\u2019s Award Board, meeting on {BoardDate}, has "
  "confirmed that you have passed all three assignments and that your Outcome Record (F8) shows every "
  "national minimum outcome for SENCOs. You will receive your certificate from the University\u2019s "
  "Registry.")
p("At the final session you began your Next Steps Planner (F7). Please complete it and take it to your "
  "next performance management review: it asks you to set three professional targets for the coming "
  "year, to note who will support you with each and how you will know you have met it, and it lists "
  "routes you may wish to discuss with your headteacher, including module RSN703 and the University\u2019s "
  "MA in Inclusive Education. We also enclose a short exit questionnaire, which asks you to rate your "
  "confidence and competence in each area of the SENCO role now and as you recall it at the start; the "
  "results for the whole group are reported to the Programme Board.")
sign("Dr Imran Sadiq", "Programme Leader, School of Education, Halcombe University")
p("Enc. 6: Next Steps Planner F7; copy of Outcome Record F8; exit questionnaire")
p("cc {HeadTitle} {HeadSurname}, Headteacher")

p("ENCLOSURE 6 \u2013 FORM F7: NEXT STEPS PLANNER (extract)", bold=True, size=12)
form_table([
    ["Target 1 / who will support me / how I will know", ""],
    ["Target 2 / who will support me / how I will know", ""],
    ["Target 3 / who will support me / how I will know", ""],
    ["Date discussed with my headteacher or line manager", ""],
], widths=(8.0, 8.0))

p("ENCLOSURE 6 \u2013 FORM F8: OUTCOME RECORD", bold=True, size=12)
p("All the national minimum outcomes are recorded on this form. The tutor records where each outcome "
  "was evidenced.", italic=True, size=10)
F8 = [
    ("Professional attributes", None),
    ("Relationships with pupils with SEN and their parents or carers", "Tutorial discussion (not graded)"),
    ("Gaining the commitment of colleagues, headteacher and senior leaders", "Assignment 3"),
    ("Anticipating and resolving problems; sound decisions on provision", "Assignment 3"),
    ("Clear speech and writing; listening to others", "Assignment 3 (report and presentation)"),
    ("Drawing on research and external advice to improve practice", "Reflective log (not graded)"),
    ("Keeping up to date; own CPD", "Reflective log (not graded)"),
    ("Professional knowledge and understanding", None),
    ("SEN law, the Code of Practice and putting them into practice", "Assignment 2"),
    ("Every Child Matters: principles, outcomes and the SENCO\u2019s part", "Assignment 2"),
    ("Disability equality law and the actions it requires", "Assignment 2"),
    ("How children develop; effects of SEN, disability and environment", "Assignment 1"),
    ("Common types of SEN and disability and their effect on learning", "Assignment 1"),
    ("Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT",
     "Tutorial discussion (not graded)"),
    ("Principles of school self-evaluation and improvement", "Assignment 3"),
    ("Best practice and research on meeting SEN", "Assignment 3"),
    ("Scope and role of external agencies; obtaining specialist support", "Assignment 3"),
    ("Professional skills", None),
    ("Strategic development of inclusive ethos, policies and resources with senior colleagues and governors",
     "Assignment 3"),
    ("Identifying pupils, setting targets, planning interventions, reviewing progress", "Assignment 1"),
    ("Using assessments from other professionals", ""),
    ("Using summative assessment and national tests to track progress", "Assignment 1"),
    ("Special arrangements for national tests and examinations", "Assignment 1"),
    ("Provision mapping and management", "Assignment 3"),
    ("Deploying and managing staff", "Assignment 3"),
    ("Supporting colleagues\u2019 professional development", "Coaching log (not graded)"),
    ("Reviewing provision with colleagues to inform school self-evaluation",
     "Tutorial discussion (not graded)"),
    ("Liaising with parents and carers", "Assignment 1"),
    ("Partnership with other services and agencies, including voluntary organisations",
     "Multi-agency observation log (not graded)"),
]
t = doc.add_table(rows=1, cols=3)
grid(t)
for i, h in enumerate(("Outcome", "Evidence", "Tutor\u2019s initials")):
    rich(t.rows[0].cells[i].paragraphs[0], h, size=9.5, bold=True)
    shade(t.rows[0].cells[i], "DCE6F1")
for text, ev in F8:
    cells = t.add_row().cells
    if ev is None:
        m = cells[0].merge(cells[2])
        rich(m.paragraphs[0], text, size=9.5, bold=True)
        shade(m, "EDEDED")
        continue
    rich(cells[0].paragraphs[0], text, size=9.5)
    rich(cells[1].paragraphs[0], ev, size=9.5)
for row in t.rows:
    for i, w in enumerate((9.5, 4.5, 2.0)):
        row.cells[i].width = Cm(w)
doc.add_paragraph()
page_break()

# ---------------------------------------------------------------- L14
control("L14", "External examiner: arrangements for the year", "External examiner", "September",
        "In use", "Dr Imran Sadiq, Halcombe University")
letterhead()
lines(["Dr Lorna Fairbairn", "School of Education", "University of Westfleet"])
p("{LetterDate}")
p("Dear Dr Fairbairn,")
p("**External examining, Postgraduate Award in SEN Coordination, {StartYear}\u2013{EndYear}**")
p("Thank you for continuing as external examiner. As agreed, you will receive after each module a sample "
  "of at least eight scripts from each assignment, including the highest and lowest marks, every fail "
  "and every script on which an outcome was marked \u201cNot yet\u201d, together with the feedback sheets "
  "and the record of second marking and moderation. We would be grateful if you would attend the July "
  "Award Board and meet a group of participants. Your annual report goes to the Programme Board and to "
  "the University\u2019s School Learning and Teaching Committee; the Programme Board will respond to each "
  "of your comments in writing and include the agreed changes in its action plan for the following "
  "year.")
sign("Dr Imran Sadiq", "Programme Leader, School of Education, Halcombe University")
page_break()

# ---------------------------------------------------------------- L15
control("L15", "Appointment of module tutor", "Tutor", "On appointment", "In use",
        "Ruth Penberthy, Programme Manager")
letterhead()
addressee(extra=("Address1", "Town", "Postcode"))
salutation()
p("**Appointment as module tutor, {ModuleCode}**")
p("I am pleased to confirm your appointment as a tutor for module {ModuleCode}, which follows your "
  "{Experience} and your {Qualifications}.")
p("Before the programme starts you will attend the tutors\u2019 induction and standardisation day in July, "
  "at which we go through the Tutor Handbook (enclosed), the national outcomes, the assignment briefs "
  "and the feedback sheets, and mark sample scripts together. In your first term a senior tutor will "
  "observe one of your sessions and second-mark all of your scripts. The Tutor Handbook sets out your "
  "responsibilities for teaching, tutorials, marking, the Individual Learning Plan reviews and contact "
  "with mentors.")
sign("Ruth Penberthy", "Programme Manager, SEN Support Team")
p("Enc. Tutor Handbook 2009\u201310")
page_break()

# ---------------------------------------------------------------- L16 (draft)
control("L16", "Invitation to the annual evaluation review", "Headteachers, Parent Partnership Service, "
        "SEN Governors\u2019 Forum, former participants", "June", "Draft \u2013 awaiting Programme Board, "
        "24 April 2009", "Martin Coyle")
letterhead()
p("{LetterDate}")
p("Dear Colleague,")
p("**Annual evaluation review of the National Award programme**")
p("As a partner in the National Award programme, you are invited to its annual evaluation review on "
  "{ReviewDate}. We will present the participants\u2019 evaluations, the external examiner\u2019s report and "
  "the results of the exit questionnaire, and ask you to help us judge what has worked, what has not, "
  "and what should change for next year. Your conclusions will be recorded and considered by the "
  "Programme Board when it agrees its action plan.")
p("Yours sincerely,")
lines(["**Martin Coyle**", "Head of Inclusion and Achievement"])
p("")
p("\u2014 End of Bundle B \u2014", align="c", italic=True)

doc.save(OUT)
print("wrote", OUT)
