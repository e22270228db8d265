"""Build cm-02-fenwright-a-to-z.docx (invented provider, written blind).

Provider: The Fenwright Trust, a national charity for children and young
people with special educational needs and disabilities and their families,
with a national centre (Calder House, Ashbury Wells) and three regional hubs
(Stainmoor, Quarrington, Polwenna). It proposes the National Award for SEN
Coordination as a Postgraduate Certificate to be validated by Marchfield
University; it replaces the Trust's unaccredited Certificate in Inclusive
Practice. Dated 17 April 2009; 2008-era vocabulary (CRB, List 99, DDA,
Disability Equality Duty, SEN Code of Practice 2001, ECM, CAF).

Layout: "The National Award for SEN Coordination at the Fenwright Trust:
an A to Z for the approval panel". A title block, a foreword by the Chief
Executive (values and one blanket claim), a note on how to use the A to Z,
then the body in a TWO-COLUMN continuous section: letter dividers (Heading 2,
"A", "B", ...), and alphabetical ENTRIES, each a Normal paragraph opening with
a bold run-in term ("Admission.") followed by dry, impersonal reference prose
in the third person ("The Trust ..."). Requirements are scattered in
alphabetical, not specification, order; many entries are only cross-
references ("See Portfolio", "See also ..."), italicised. A closing line lists
the letters with no entries; a last single-column section holds the
sign-off. Header and footer (never evidence).

Traps, with the requirement ids each affects:
- Blanket claim in the Foreword ("develops and assesses every one of the
  national minimum outcomes") against entries that leave outcomes untaught,
  unassessed or absent: 1.9 partially_met.
- "Award": outcomes are not signed off one by one and a participant "whose
  work leaves one or two of the national minimum outcomes undemonstrated may
  still be recommended for the award" (compensation clause): 6.0 not_met,
  1.9 partially_met.
- "Accreditation": validation only "agreed in principle", event fixed for
  12 May 2009, "cannot be offered for credit" until then: E.1 partially_met
  (E.2 met: 60 credits at Level 7 in "Credit").
- "Aims": well-being and participation, and "It is not, and does not set out
  to be, a course about raising test scores" (another provider's work
  mentioned): 1.1 partially_met.
- "Impact on practice": P4 is a proposal "participants are not required to
  put into effect": 1.8 partially_met.
- "Learning plan": needs assessment and plan happen on the first morning of
  the first residential; "Before the first residential the Trust sends
  joining instructions only": 2.2 partially_met (timing).
- "Next steps": "The Trust does not ask participants to set further
  professional targets" (negation, deferral to performance management):
  2.5 not_met; nothing on own CPD either: 6.A7 not_met.
- "Disability and access": accessible building and a policy that "applies",
  values only; no disclosure, adjustments or assessment arrangements: 3.1
  partially_met.
- "Evidence of need": families' and young people's evidence only; "The Trust
  has not surveyed schools or local authorities": 4.1 partially_met (4.2 and
  4.3 met under "Stakeholders").
- "Admission": eligibility and the head's countersignature only; places in
  order of arrival; "Some providers interview every applicant ...; the Trust
  does not" (other provider): 5.2 partially_met.
- "Mentors": "Mentors are not trained or briefed by the Trust" (tutors are
  inducted under "Tutors"): 5.7 partially_met.
- "Impact, measuring": an independent study only intended, "its design has
  not yet been settled"; quality is evaluated under "Evaluation": 5.9
  partially_met.
- Cross-references: "Access arrangements. See Examinations." has no
  Examinations entry: 6.S2d not_met. "Self-evaluation. See Evaluation."
  leads to the Trust's own programme evaluation (wrong context): 6.K7
  not_met. "Assistive technology. See Resources." and the other "See"
  entries resolve.
- "Governors": a governors' evening belonged to the earlier Certificate
  (past arrangement), "The present programme has no governors' session";
  only P4's presentation to the head and senior team remains: 6.S1
  partially_met.
- "Strands": one of three specialist strands; SpLD/dyslexia and MLD "are not
  taught": 6.K5 partially_met.
- Taught but not assessed: "Assessment for learning" (6.S2c), "Disability
  equality law" (P1 is against the Code of Practice only; 6.K3), "Teaching
  assistants" (P4: deployment "outside the brief"; 6.S4), "Reviewing provision
  with colleagues" (6.S6), "Agencies, working with" (the viva tests K9 only;
  6.S9), "Learning journal" (not assessed; 6.A3).
- Assessed but not taught: the viva marks clear expression and listening;
  only listening to parents is practised (6.A5 partially_met).
- "Reviewing provision with colleagues" reports to senior leaders, not into
  school self-evaluation, and "It is not assessed" (6.S6 partially_met).
- "Leading change" (FW3) develops winning the commitment of the head and
  colleagues, which P4 assesses (6.A2 met); with no governors' session it
  leaves 6.S1 partial.
- Absent: summative tracking and national tests (6.S2b not_met).
- Genuine arrangements in dry reference prose (met): E.2, 1.2-1.7, 2.1, 2.3
  (full assessment-only route), 2.4, 3.2, 3.3 (Fenwright Online: tutor and
  peer support, fortnightly tasks between residentials, guest logins for
  mentors and heads), 4.2, 4.3, 5.1, 5.3 (CRB verification by the Trust as
  a registered body, List 99, references), 5.4, 5.5 (placements arranged),
  5.6, 5.8, and the outcomes both taught and named in P1-P4, the
  observation or the viva (6.A1, A2, A4, A6, K1, K2, K4, K6, K8, K9, S2,
  S2a, S3, S5, S7, S8).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

NAME = "cm-02-fenwright-a-to-z"
OUT = Path(__file__).with_name(NAME + ".docx")

doc = Document()
doc.core_properties.author = "Owen Prentice"
doc.core_properties.title = "National Award for SEN Coordination - A to Z"
normal = doc.styles["Normal"]
normal.font.name = "Georgia"
normal.font.size = Pt(9.5)
normal.paragraph_format.space_after = Pt(5)

s0 = doc.sections[0]
s0.left_margin = s0.right_margin = Cm(2.0)


def para(text="", bold=False, italic=False, size=None, align=None, color=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def letter(ch):
    h = doc.add_heading(ch, level=2)
    return h


def entry(term, *segments):
    """A run-in entry: bold term, then segments. A segment starting with '~'
    is set in italics (cross-references)."""
    p = doc.add_paragraph()
    r = p.add_run(term + " ")
    r.bold = True
    for seg in segments:
        if seg.startswith("~"):
            rr = p.add_run(seg[1:])
            rr.italic = True
        else:
            p.add_run(seg)
    return p


def cont(text):
    """A continuation paragraph of the previous entry, slightly indented."""
    p = doc.add_paragraph(text)
    p.paragraph_format.left_indent = Cm(0.4)
    return p


def set_cols(sectPr, num):
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    cols = parse_xml(f'<w:cols {nsdecls("w")} w:num="{num}" w:space="567"/>')
    # w:cols must come after w:pgMar (and w:pgSz); insert before docGrid if present
    grid = sectPr.find(qn("w:docGrid"))
    if grid is not None:
        grid.addprevious(cols)
    else:
        sectPr.append(cols)


# ------------------------------------------------------------------ header/footer
hp = s0.header.paragraphs[0]
hp.text = "The Fenwright Trust  \u2022  National Award for SEN Coordination  \u2022  A to Z for the approval panel"
hp.runs[0].font.size = Pt(7.5)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = s0.footer.paragraphs[0]
r = fp.add_run("The Fenwright Trust is a registered charity (No. 1043877) and a company limited by "
               "guarantee. Calder House, Mill Lane, Ashbury Wells AW2 6JN.   ")
r.font.size = Pt(7.5)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="15"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ title block
para("THE FENWRIGHT TRUST", bold=True, size=11, color="2F5F6F")
para("The National Award for SEN Coordination", bold=True, size=20, color="2F5F6F")
para("An A to Z for the approval panel", italic=True, size=14)
para("Submitted to the Training and Development Agency for Schools, 17 April 2009", size=9)

doc.add_heading("Foreword", level=1)
para("Every child has the right to be heard, to be safe and to belong. For twenty-six years the Fenwright "
     "Trust has stood beside children and young people with special educational needs and disabilities "
     "and their families, and for most of those years families have told us the same thing: that the "
     "person who makes the difference in school is the SENCO. We have trained SENCOs through our "
     "Certificate in Inclusive Practice since 1998. The National Award gives us the chance to do so at "
     "masters level, and with the voices of families and young people built into it from the start.")
para("The programme develops and assesses every one of the national minimum outcomes. We believe it "
     "will be distinctive, and we are proud to submit it.")
para("Margaret Ilsley, Chief Executive", italic=True)

doc.add_heading("How to use this A to Z", level=1)
para("Rather than answer the specification in its own order, we have set out the programme as the "
     "reference guide that participants, headteachers and tutors will receive. Entries are in "
     "alphabetical order. A word in italics after \u2018See\u2019 or \u2018See also\u2019 is the name of "
     "another entry. The three modules are called FW1, FW2 and FW3; the four portfolio pieces P1 to P4.")

# ------------------------------------------------------------------ two-column A to Z
doc.add_section(WD_SECTION.CONTINUOUS)
set_cols(doc.sections[-1]._sectPr, 2)

letter("A")
entry("Access arrangements.", "~See Examinations.")
entry("Accreditation.",
      "Marchfield University\u2019s School of Education has agreed in principle to validate the programme "
      "as a Postgraduate Certificate in Special Educational Needs Coordination (National Award for SEN "
      "Coordination). The University\u2019s Academic Development Committee received the outline proposal "
      "on 3 March 2009 and the validation event is fixed for 12 May 2009. Until validation is complete "
      "the programme cannot be offered for credit, and the first intake, in October 2009, depends on it. ",
      "~See also Credit.")
entry("Admission.",
      "Applicants must hold Qualified Teacher Status and be in post as a SENCO, or be named by their "
      "headteacher as the school\u2019s next SENCO; the headteacher countersigns the application form. "
      "Places are offered in the order in which complete applications arrive, up to twenty-four in each "
      "group. Some providers interview every applicant and set an entry task; the Trust does not, taking "
      "the view that a teacher whom a headteacher has appointed to the role should have the chance of "
      "the training. ", "~See also Criminal records checks; Bursaries.")
entry("Agencies, working with.",
      "The Trust is itself a voluntary organisation, and this part of the programme is close to its "
      "heart. On the second residential a panel drawn from an educational psychology service, a "
      "paediatric speech and language therapy team, CAMHS, children\u2019s social care and two voluntary "
      "organisations explains what each service does, how referrals are made and what gets in the way. "
      "Participants then work in groups on a case file, planning a coordinated approach with the services "
      "involved and agreeing who does what. The viva asks each participant which services he or she "
      "would turn to in a given case and how specialist advice or resources would be secured. ",
      "~See Viva; Regional study days.")
entry("Aims.",
      "The programme\u2019s aim is that children and young people with SEN and disabilities are safe, "
      "healthy, listened to and fully included in the life of their schools, and that their SENCOs have "
      "the knowledge, skills and confidence to bring this about. It is not, and does not set out to be, "
      "a course about raising test scores: other providers do that well, and the Trust\u2019s contribution "
      "is to the well-being and participation of the child.")
entry("APL (accreditation of prior learning).",
      "A participant may be credited with up to 20 credits, one module, under Marchfield University\u2019s "
      "regulations for the accreditation of prior learning. Certificated learning at Level 7 is matched "
      "against the outcomes of the module concerned. Experiential learning is claimed through a "
      "reflective portfolio mapped against the module outcomes, which two tutors assess before the "
      "University\u2019s APL panel confirms the credit. Claims are made before the module starts, with "
      "advice from the programme leader, and the fee is reduced by \u00a3450 for each module credited.")
entry("Assessment.",
      "Each participant is assessed through a portfolio of four pieces (P1 to P4), an observation of "
      "practice in school and a final viva. The learning journal is not assessed. ",
      "~See Portfolio; Observation; Viva; Award; Marking and moderation.")
entry("Assessment for learning.",
      "A workshop on the second regional study day looks at how a SENCO can encourage colleagues to use "
      "formative assessment with every pupil and adapt it for pupils with SEN: self-assessment with "
      "symbols, talk partners for pupils with language difficulties, visual success criteria. It is a "
      "practical session and is not assessed.")
entry("Assessment-only route.",
      "In exceptional circumstances an experienced SENCO or specialist teacher may be assessed without "
      "following the programme. The candidate first has a screening interview with the programme leader "
      "and an external assessor, who decide whether the candidate\u2019s experience makes it likely that "
      "the outcomes can be evidenced. If so, the candidate submits P1 to P4 from his or her own practice, "
      "is observed in school and takes the viva, exactly as taught participants do, and is awarded the "
      "certificate on the same terms. The fee for the route is \u00a3600. ", "~See Award.")
entry("Assistive technology.", "~See Resources.")
entry("Award.",
      "The Postgraduate Certificate is awarded by Marchfield University on the recommendation of the "
      "Board of Examiners when a participant has passed each of P1 to P4, the observation and the viva. "
      "Outcomes are not signed off one by one: the Board judges each participant\u2019s work as a whole, "
      "and a participant whose work leaves one or two of the national minimum outcomes undemonstrated "
      "may still be recommended for the award where the work overall is of masters standard.")

letter("B")
entry("Bursaries.",
      "The Trust meets half the fee, from its charitable funds, for participants from schools with fewer "
      "than 150 pupils on roll and for SENCOs in pupil referral units. Applications go in with the "
      "application form and are decided within a month.")

letter("C")
entry("Child development.",
      "The first residential opens with two sessions, led by the Trust\u2019s speech and language "
      "therapists and an educational psychologist, on how children develop \u2013 language and "
      "communication, cognition, and social and emotional development \u2013 and how development is "
      "affected by SEN, by disability and by the physical and social environment of home and school. "
      "P2 is marked in part on the participant\u2019s understanding of how the child\u2019s development "
      "has been affected. ", "~See Portfolio.")
entry("Child study.", "~See Portfolio (P2).")
entry("Coaching and mentoring.",
      "On the third residential participants learn and practise coaching conversations, lesson "
      "observation and feedback, and modelling good practice, and plan a short programme of staff "
      "training for their own school. The observation assesses them leading part of it. ",
      "~See Observation.")
entry("Colleagues, working with.", "~See Coaching and mentoring; Agencies, working with; Regional study days.")
entry("Credit.",
      "The programme has been designed as 60 credits at Level 7 (masters level): three modules of 20 "
      "credits each. ", "~See Modules.")
entry("Criminal records checks.",
      "Before a place is confirmed the Trust verifies that every candidate holds a current enhanced CRB "
      "disclosure. The headteacher\u2019s section of the application form records the disclosure number "
      "and date of issue, and the Trust\u2019s admissions officer checks them against the disclosure "
      "itself, which the candidate brings to the first residential. A candidate who has not worked in a "
      "school or college, in a post involving regular contact with children, in the previous three "
      "months must obtain a new enhanced disclosure, which the Trust processes as a registered body "
      "before the course starts. The headteacher also confirms that the candidate is not barred from "
      "working with children (List 99) and that no disciplinary matter is outstanding, and the Trust "
      "takes up a reference from the candidate\u2019s previous employer where the candidate has been in "
      "post for less than a year.")

letter("D")
entry("Decision-making.",
      "Each residential includes a \u2018case conference\u2019 in which groups of participants weigh "
      "conflicting evidence about a child\u2019s provision, reach a decision and defend it to the other "
      "groups. The viva is built on three scenarios of the same kind. ", "~See Viva.")
entry("Disability and access.",
      "Calder House is fully accessible to wheelchair users, has a hearing loop in every teaching room and "
      "four accessible bedrooms. The Trust\u2019s Equal Opportunities Policy applies to all its training, "
      "and as a disability charity the Trust is committed to the full participation of disabled people "
      "in every part of its work.")
entry("Disability equality law.",
      "The first residential covers the Disability Discrimination Act 1995 as amended in 2005, the "
      "Disability Equality Duty and its specific duties for schools, accessibility planning, and what "
      "a reasonable adjustment means in a classroom. Participants bring their school\u2019s disability "
      "equality scheme and critique it in pairs.")

letter("E")
entry("Equality.", "~See Disability and access.")
entry("Evaluation.",
      "Participants complete an evaluation at the end of each residential and each study day, and a "
      "longer review at the end of each module. Tutors write a module report drawing on these "
      "evaluations, the marks and the observation records. Each summer the Programme Evaluation Group "
      "and a critical friend from another children\u2019s charity read the module reports and the "
      "external examiner\u2019s report and agree an action plan; the plan goes to the Trust\u2019s Learning "
      "Committee, which reports to the trustees, and the changes are explained to the next intake on "
      "their first residential. Once validated, the programme will also be subject to Marchfield "
      "University\u2019s annual monitoring. ", "~See also Stakeholders.")
entry("Every Child Matters.",
      "The five outcomes of Every Child Matters \u2013 being healthy, staying safe, enjoying and "
      "achieving, making a positive contribution and achieving economic well-being \u2013 run through "
      "FW1, which also covers the Children Act 2004, the Common Assessment Framework and the "
      "SENCO\u2019s place in the team around the child. P2 is organised under the five outcomes. ",
      "~See Portfolio.")
entry("Evidence of need.",
      "The Trust\u2019s helpline takes some 9,000 calls a year from parents of children with SEN and "
      "disabilities. An analysis of the 2007\u201308 calls showed that parents\u2019 commonest concerns "
      "about school were poor communication with the SENCO, targets that changed without explanation "
      "and children not being asked their views. The Young Advisers said much the same at a consultation "
      "day in June 2008, and 412 parents answered a survey in the Trust\u2019s newsletter on what they "
      "most wanted a SENCO to be able to do. The Trust has not surveyed schools or local authorities for "
      "this programme: its evidence comes from the families and young people it works with.")

letter("F")
entry("Fees.",
      "\u00a31,650 for the whole programme, including residential accommodation and meals at Calder "
      "House, all materials and Fenwright Online. The full cost of a place is about \u00a32,050; the "
      "difference is met from the Trust\u2019s charitable funds. Schools may pay in two instalments. ",
      "~See also Bursaries.")
entry("Fenwright Online.",
      "The programme\u2019s website, built on Moodle. Each regional group has its own discussion forum, "
      "moderated by the group\u2019s tutor, who replies to questions within two working days. Between "
      "residentials the tutor posts a fortnightly task with a short reading; participants post their "
      "responses, and the tutor and the rest of the group comment on them. Each tutor holds a one-hour "
      "live online tutorial for the group once a month, with audio and text chat, and individual "
      "tutorials can be booked in the same way. Mentors and headteachers have a guest login so that they "
      "can read the task briefs and send messages to the tutor, and tutors use a private area of the site "
      "to share marking guidance and moderation samples with one another.")
entry("Flexibility.", "~See Routes; Starting dates; Fenwright Online.")

letter("G")
entry("Governors.",
      "Until 2008 the Trust\u2019s Certificate in Inclusive Practice, the programme this one replaces, "
      "included an evening on which participants met SEN governors and practised presenting the SEN "
      "policy to a governors\u2019 committee. The present programme has no governors\u2019 session; P4, "
      "however, must be presented to the headteacher and senior leadership team. ", "~See Portfolio.")

letter("H")
entry("Hubs.",
      "The Trust\u2019s three regional centres, at Stainmoor (north), Quarrington (Midlands) and Polwenna "
      "(south west), where the regional study days are held and the April-start groups are taught. Each "
      "hub has a link officer for SEN from its local authority, who attends the study days.")

letter("I")
entry("Identification and intervention.",
      "FW2 teaches participants to identify pupils who may have SEN through classroom observation, "
      "assessment and other monitoring; to set appropriately challenging targets; to plan interventions "
      "that remove or reduce barriers to learning; and to review progress. A joint session with an "
      "educational psychologist and a speech and language therapist shows how to use their reports, and "
      "those of other professionals, in planning teaching. P2 assesses all of this. ", "~See Portfolio.")
entry("Impact, measuring.",
      "The Trust intends to commission an independent study of the programme\u2019s impact on "
      "participants and on children once the first cohort has finished; its design has not yet been "
      "settled.")
entry("Impact on practice.",
      "Much of the programme is carried out in participants\u2019 own schools. P4 is a proposal for "
      "change: participants are not required to put it into effect during the programme, though many "
      "do, and the observation sees them leading staff training in their school. ",
      "~See School-based tasks.")

letter("L")
entry("Law and guidance on SEN.",
      "FW1 covers Part IV of the Education Act 1996, the Special Educational Needs and Disability Act "
      "2001, the SEN Code of Practice (2001) and its toolkit, statutory assessment and statements, annual "
      "reviews and the duties of the governing body, the Children Act 2004, Removing Barriers to "
      "Achievement (2004) and the Inclusion Development Programme. The emphasis throughout is on what "
      "the law and guidance mean in practice for the school, the SENCO and others. P1 assesses this. ",
      "~See Portfolio.")
entry("Leading change.",
      "FW3 opens with a day on leading change in a school: making the case for pupils with SEN to the "
      "headteacher and senior leaders, and winning the commitment of colleagues to improving the "
      "outcomes those pupils achieve. P4 assesses this. ", "~See Portfolio.")
entry("Learning journal.",
      "Participants keep a journal throughout the programme, with prompts about workload: what they have "
      "prioritised, what they have delegated and to whom, and how they have protected time for "
      "coordination. Tutors read it at tutorials. It is not assessed.")
entry("Learning plan.",
      "On the first morning of the first residential each participant works through the Fenwright "
      "self-review, which sets out the national minimum outcomes with examples, and then meets his or her "
      "tutor to agree a learning plan: the outcomes the participant most needs to work on, the choice of "
      "strand, the sessions the participant may miss, personal targets for each module and the focus of "
      "each portfolio piece. The plan is reviewed at each tutorial. Before the first residential the "
      "Trust sends joining instructions only; there is no contact about the participant\u2019s needs. ",
      "~See also Strands.")

letter("M")
entry("Marking and moderation.",
      "Every portfolio piece is marked independently by two tutors against published criteria before a "
      "mark is agreed; the observation is carried out by two tutors together; the viva is conducted by "
      "two tutors. A moderation meeting for each module compares marks across the regional groups, and "
      "an external examiner appointed by Marchfield University samples work from every module and "
      "attends the Board of Examiners.")
entry("Mentors.",
      "Each participant\u2019s headteacher chooses a workplace mentor, usually a senior colleague. The "
      "Trust writes to the mentor at the start of the programme with the dates of the residentials and "
      "the portfolio deadlines. Mentors are not trained or briefed by the Trust.")
entry("Modules.",
      "FW1 Frameworks: law, policy and the child (20 credits; first residential and study days one and "
      "two). FW2 Learners and learning (20 credits; second residential and study days three and four). "
      "FW3 Leading for inclusion (20 credits; third residential and study days five and six). On the "
      "April start FW1 and FW2 may be taken in either order; FW3 always comes last.")

letter("N")
entry("Next steps.",
      "The Trust does not ask participants to set further professional targets at the end of the "
      "programme: this is properly a matter for the school\u2019s own performance management "
      "arrangements.")

letter("O")
entry("Observation.",
      "During FW3 each participant is observed in school by two tutors while leading a staff training "
      "session or a coaching conversation with a colleague. The observation is graded pass or refer "
      "against criteria on supporting colleagues\u2019 professional development through training, "
      "modelling, coaching and feedback, and a pass is required for the award.")
entry("Outcomes, national minimum.",
      "The programme is built on the national minimum outcomes, which are printed in full in the "
      "participant handbook. Where each is taught and assessed is given in the entries for each topic. ",
      "~See in particular Portfolio; Observation; Viva.")

letter("P")
entry("Parents and carers.",
      "The Trust\u2019s Parent Partners, parents of children with SEN and disabilities whom the Trust has "
      "trained, lead a day on the second residential. Participants hear what a meeting with the SENCO "
      "feels like from the other side of the table; practise listening to parents, advising them about "
      "provision, sharing difficult news and resolving disagreement, in role play; and plan how their "
      "school communicates with families. The same day covers building fair, respectful and "
      "constructive relationships with pupils and with their parents. P2 requires a meeting with the "
      "child\u2019s parents or carers and is marked in part on how the participant worked with them and "
      "on the relationship built with the child and family. ", "~See Portfolio.")
entry("Placements.",
      "Each participant spends two days, during FW2, in one of the Trust\u2019s partner settings: a "
      "special school, a specialist resource base in a mainstream school or one of the Trust\u2019s family "
      "support centres. The Trust arranges the placement, briefs the host and gives the participant a "
      "visit brief linked to the outcomes of FW2; the participant writes up the visit in the learning "
      "journal.")
entry("Portfolio.", "Four pieces, each of which must be passed:")
cont("P1 Policy audit (FW1, 3,000 words). An audit of the school\u2019s SEN policy and practice against "
     "the SEN Code of Practice, with recommendations. Marked on knowledge and understanding of the law "
     "and guidance on SEN and of how to put them into practice.")
cont("P2 Child study (FW2, 5,000 words). A study of one child with SEN and/or disabilities, organised "
     "under the five Every Child Matters outcomes, which must draw on at least two professional reports "
     "and include a meeting with the child\u2019s parents or carers. Marked on: the principles and "
     "outcomes of Every Child Matters; how the child\u2019s development has been affected; the nature of "
     "the child\u2019s needs within the participant\u2019s strand; identifying needs, setting targets, "
     "planning an intervention and reviewing progress; the use of other professionals\u2019 assessments; "
     "critical use of approaches, strategies and resources, including ICT; the use of research "
     "evidence, best practice and external advice to improve practice; working with the parents or "
     "carers; and the relationship built with the child and family.")
cont("P3 Pupil consultation report (FW2, 2,500 words). See Pupil voice.")
cont("P4 Proposal for change (FW3, 4,000 words). A provision map for one year group or key stage, "
     "identifying provision that is ineffective or missing, and a costed proposal for change presented "
     "to the headteacher and senior leadership team, whose response is recorded. Marked on provision "
     "mapping and on gaining the commitment of the headteacher and senior colleagues. The deployment of "
     "teaching assistants is outside the brief of P4.")
entry("Provision mapping.",
      "Taught on the third residential by a headteacher who introduced provision management across a "
      "cluster of schools: mapping provision, costing it, and finding what is ineffective or missing. "
      "Assessed in P4.")
entry("Pupil voice.",
      "The Fenwright Young Advisers designed, and co-lead, a day on the second residential on consulting "
      "children and young people: talking mats, person-centred reviews, using symbols and photographs "
      "with pupils who do not use speech, and what it feels like to be talked about rather than talked "
      "to. For P3 the participant consults a group of pupils with SEN about their provision, involves "
      "them in reviewing and agreeing their own targets, and reports on what changed as a result. P3 is "
      "marked on the quality of the consultation and on how the pupils were involved in planning and "
      "reviewing their provision.")

letter("R")
entry("Regional study days.",
      "Six days at the hubs, two in each module, on which participants from different schools work in "
      "groups of eight on problems they bring from school, with the hub\u2019s local authority link "
      "officer. ", "~See Hubs.")
entry("Research and inspection evidence.",
      "Each module\u2019s reading list is revised every summer by the programme leader with the "
      "Trust\u2019s research officer. The programme draws on Ofsted\u2019s reports Special educational "
      "needs and disability: towards inclusive schools (2004) and Inclusion: does it matter where pupils "
      "are taught? (2006), the Bercow Review (2008), the Trust\u2019s own studies of families\u2019 "
      "experience of school and current research on interventions. In FW2 participants learn to search "
      "for, appraise and apply research and best practice, and to use external advice, in improving their "
      "own and colleagues\u2019 practice; P2 assesses this.")
entry("Residentials.",
      "Three two-day residentials at Calder House, the Trust\u2019s national centre at Ashbury Wells, in "
      "October, February and June, for the October start.")
entry("Resources.",
      "Calder House holds the Trust\u2019s library of some 4,000 books and journals on SEN and "
      "disability, a loan collection of assessment materials and intervention programmes, and an "
      "assistive technology suite with switch access, eye-gaze equipment, text-to-speech and symbol "
      "software, which participants use in FW2. Fenwright Online gives access to electronic journals "
      "through the Trust\u2019s subscription.")
entry("Reviewing provision with colleagues.",
      "FW3 includes a session on evaluating the effectiveness of provision with other staff, using "
      "pupils\u2019 progress, their views and the cost of provision, and on reporting the findings to "
      "senior leaders. It is not assessed.")
entry("Routes.",
      "The programme can be taken (a) from the October start, through three residentials and six "
      "regional study days; (b) from the April start, taught entirely at the hubs in six study days and "
      "three two-day blocks; or (c) over up to three years, one module a year. All routes use Fenwright "
      "Online between taught days.")

letter("S")
entry("Safeguarding.", "~See Criminal records checks.")
entry("School-based tasks.",
      "Every taught day ends with a task for the participant\u2019s own school, each linked in the "
      "handbook to the national minimum outcomes it develops: for example tracking a pupil\u2019s day, "
      "auditing the school\u2019s SEN register, or interviewing a teaching assistant about his or her "
      "role. The tasks are discussed on Fenwright Online.")
entry("Self-evaluation.", "~See Evaluation.")
entry("Specialists.",
      "Sessions are taught by the Trust\u2019s own specialists \u2013 speech and language therapists, an "
      "educational psychologist, and autism and sensory impairment advisers \u2013 and by the "
      "practitioners on the agencies panel. ", "~See Agencies, working with.")
entry("Stakeholders.",
      "The programme has been shaped by the people the Trust exists to serve. The Young Advisers "
      "rewrote the draft session on consulting pupils and proposed P3 in its present form; the Parent "
      "Partners\u2019 panel read the draft programme in January 2009 and asked for the meeting with "
      "parents to be made a requirement of P2, which it now is. The Programme Evaluation Group \u2013 two "
      "parents, two Young Advisers, two headteachers, the principal SEN officer of one of the hub "
      "authorities and a former participant of the Certificate in Inclusive Practice \u2013 meets each "
      "summer to review the evaluation evidence and agree changes. Parent Partners and Young Advisers "
      "also co-lead sessions. ", "~See Evaluation; Parents and carers; Pupil voice.")
entry("Starting dates.", "October (residential route) and April (hub route). ", "~See Routes.")
entry("Strands.",
      "In FW2 each participant chooses one specialist strand \u2013 speech, language and communication "
      "needs; autistic spectrum disorders; or behavioural, emotional and social difficulties \u2013 and "
      "studies it in depth with a specialist tutor. Specific learning difficulties, including dyslexia, "
      "and moderate learning difficulties are not taught, since participants will already be familiar "
      "with them from their work as teachers.")

letter("T")
entry("Teaching approaches and ICT.",
      "FW2 examines a range of approaches, strategies and resources for assessment, planning, teaching "
      "and learning \u2013 structured teaching, visual supports, social stories, nurture groups, precision "
      "teaching \u2013 and the use of ICT and assistive technology, critically, for what each does for "
      "access and participation. P2 assesses the participant\u2019s critical use of them.")
entry("Teaching assistants.",
      "FW3 covers the deployment and management of teaching assistants and other support staff, "
      "including their induction, supervision and performance management. ", "~See also Portfolio (P4).")
entry("Tutors.",
      "The programme is led by Dr Owen Prentice, formerly SENCO of a secondary school and head of a local "
      "authority SEN support service, whose PhD was a study of inclusive secondary schools. The core team "
      "of six tutors includes two speech and language therapists, an educational psychologist, a former "
      "headteacher of a special school and two former SENCOs; all hold masters degrees, and all still "
      "work with children or schools through the Trust\u2019s services. Every tutor completes a two-day "
      "induction on the programme, its outcomes and its marking criteria, works from the tutor handbook "
      "and attends the moderation meetings.")

letter("V")
entry("Viva.",
      "At the end of the programme each participant has a 30-minute professional discussion with two "
      "tutors, built on three written scenarios about decisions on a child\u2019s provision. The viva is "
      "marked on the soundness of the participant\u2019s judgements and how problems are anticipated and "
      "resolved; on knowledge of which external services to turn to and how to secure specialist "
      "support and resources; and on how clearly the participant expresses a view and listens to the "
      "tutors\u2019 questions. A pass is required for the award.")

letter("W")
entry("Workload.", "~See Learning journal.")

letter("Y")
entry("Young Advisers.",
      "A group of twenty disabled young people aged 14 to 22 who advise the Trust on all its work. ",
      "~See Pupil voice; Stakeholders.")

para("There are no entries under J, K, Q, U, X or Z.", italic=True, size=8.5)

# ------------------------------------------------------------------ closing single-column section
doc.add_section(WD_SECTION.CONTINUOUS)
set_cols(doc.sections[-1]._sectPr, 1)
para("")
para("Contact: Dr Owen Prentice, Programme Leader, The Fenwright Trust, Calder House, Mill Lane, "
     "Ashbury Wells AW2 6JN.")
para("Signed on behalf of the trustees: Margaret Ilsley, Chief Executive, 17 April 2009.", italic=True)

doc.save(OUT)
print("wrote", OUT)
