"""Build ra-04.docx: Northgate University with Penhallow County Council (invented).

Provider: Northgate University Faculty of Education with Penhallow County
Council Children, Schools and Families. Programme: the Penhallow SENCO
Programme, a Northgate University Postgraduate Certificate, three modules
NU701-NU703, NU702 blended with Moodle units. The file is DRAFT v0.7 of
19 January 2009, circulated for partnership comment, 2008-era vocabulary.

Layout: a working draft with Word heading styles (Heading 1/2) in
thematic sections (partnership, design, admissions, teaching, modules,
stakeholders, quality) whose own numbering collides with the
specification's: "3.2 Safeguarding checks", "3.3 Accreditation of prior
learning", "4.3 Access and equality", "5.3 NU703", "5.5 Award".
- Tracked changes: real w:ins / w:del runs with w:author and w:date, by
  "Miriam Castellane" (University) and "Tom Ashdown" (LA). A whole deleted
  paragraph (paragraph mark deleted too) and a whole inserted paragraph
  (paragraph mark inserted too), plus in-sentence insertions and deletions.
- Word comments (python-docx Document.add_comment) by three reviewers, each
  mentioning something the body does not say.
- A real word/footnotes.xml part (with separator footnotes) holding three
  footnotes that carry evidence; the body has the reference marks.
- Bracketed placeholders "[TBC ...]" in the body.

Traps and the requirement each affects:
- E.2 partially_met: "Level 7 ... Credit value: [TBC - 60 or 90 credits]";
  a comment says the committee approved 60 credits (comments are not
  evidence).
- 1.3 not_met: "[TBC - MC to add paragraph on the research ...]"; the
  comment suggesting Ofsted 2006, Bercow and the IDP is not evidence.
- 1.5 partially_met, 6.S7 partially_met: pupils' rights and why consulting
  matters (understanding only); no skills, not assessed.
- 2.1 not_met: "3.3 Accreditation of prior learning" is "[TBC]"; the APEL
  arrangements appear only in a comment.
- 2.3 not_met: the only assessment-only paragraph is a tracked DELETION.
- 2.4 partially_met: the plan shapes tutorials, but "Fee: [TBC]"; nothing
  on cost-effectiveness or progression.
- 2.5 met and 6.A7 met only through footnote 1.
- 3.1 not_met: "4.3 Access and equality" is "[TBC]"; the Disability
  Service paragraph exists only in a comment.
- 3.2 met and e-learning present: NU702 mode changed by tracked change from
  "face to face" (deleted) to "three study days and online units on ...
  Moodle" (inserted), so 3.3 applies.
- 3.3 partially_met: tutor forum and peer groups, but the arrangement
  for support between study days is a deleted clause; nothing on ICT for
  communication with schools or between tutors.
- 4.1 not_met: "[TBC - TA to insert findings of the LA's 2008 SEN audit]".
- 4.2 not_met: the Parent Partnership's influence is only in a comment.
- 4.3 met: Programme Board including heads, LA, Parent Partnership,
  Disability Forum, former participants reviews evaluation evidence.
- 5.2 not_met: "3.1 Entry requirements" is "[TBC ...]"; the interview and
  readiness check are only in a comment; the self-audit happens "once a
  place has been accepted".
- 5.3 met ONLY through the inserted paragraph under "3.2 Safeguarding
  checks" (whole paragraph is a w:ins).
- 5.4 met only through footnote 3.
- 5.5 partially_met: specialist services teach, but the placements
  sentence is a tracked deletion.
- 5.7 met: tutor induction in the original text plus an inserted sentence
  on school-based mentors.
- 5.8 partially_met: generic marking criteria; "Moderation arrangements:
  [TBC]".
- 5.9 not_met (aspiration): "We hope in future to find ways of measuring
  ... [TBC]".
- 6.0 not_met: "Award regulations: [TBC following validation]"; the
  comment "pass all modules" is not evidence.
- 6.K3 partially_met: "on disability equality law," is DELETED from the
  NU701 assessed list (still taught).
- 6.K7 met: "the principles of school self-evaluation and improvement," is
  INSERTED into the NU703 assessed list.
- 6.S2d met only via footnote 2.
- 6.S2b not_met: only a comment says it is taught.
- 6.A3 not_met: only a comment mentions assessing time management.
- 6.S4 not_met: "[TBC: deployment of teaching assistants ...]".
- 6.K8, 6.A5, 6.A6 not_met: research base is TBC; no presentation or
  research element anywhere.
"""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

OUT = Path(__file__).with_name("ra-04.docx")
W = nsdecls("w")

MC = ("Miriam Castellane", "2009-01-16T11:05:00Z")
TA = ("Tom Ashdown", "2009-01-19T09:40:00Z")

doc = Document()
doc.core_properties.author = "Miriam Castellane"
doc.core_properties.title = "Penhallow SENCO Programme - TDA application - draft v0.7"
doc.styles["Normal"].font.name = "Cambria"
doc.styles["Normal"].font.size = Pt(11)

_rev = [500]


def _rid():
    _rev[0] += 1
    return _rev[0]


def _t(text):
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def ins_el(text, who):
    return parse_xml(f'<w:ins {W} w:id="{_rid()}" w:author="{who[0]}" w:date="{who[1]}">'
                     f'<w:r>{_t(text)}</w:r></w:ins>')


def del_el(text, who):
    return parse_xml(f'<w:del {W} w:id="{_rid()}" w:author="{who[0]}" w:date="{who[1]}">'
                     f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


def fnref_el(n):
    return parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteReference w:id="{n}"/></w:r>')


COMMENT_DATES = {"Sunita Okafor": "2009-01-20T16:12:00Z", "Tom Ashdown": "2009-01-19T09:52:00Z",
                 "Miriam Castellane": "2009-01-16T11:20:00Z"}


def comment(run, text, author, initials):
    """A Word comment dated like the rest of the draft (not today)."""
    c = doc.add_comment(run, text=text, author=author, initials=initials)
    c._comment_elm.set(qn("w:date"), COMMENT_DATES[author])
    return c


def para(*segs, style=None, mark=None):
    """segs: str | ("ins", text, who) | ("del", text, who) | ("fn", n)
    | ("c", text, comment, author, initials).  mark: ("ins"|"del", who) marks
    the paragraph mark itself as inserted/deleted."""
    p = doc.add_paragraph(style=style)
    for s in segs:
        if isinstance(s, str):
            p.add_run(s)
        elif s[0] == "ins":
            p._p.append(ins_el(s[1], s[2]))
        elif s[0] == "del":
            p._p.append(del_el(s[1], s[2]))
        elif s[0] == "fn":
            p._p.append(fnref_el(s[1]))
        elif s[0] == "c":
            r = p.add_run(s[1])
            comment(r, s[2], s[3], s[4])
    if mark:
        kind, who = mark
        pPr = p._p.get_or_add_pPr()
        rPr = parse_xml(f'<w:rPr {W}><w:{kind} w:id="{_rid()}" w:author="{who[0]}" w:date="{who[1]}"/></w:rPr>')
        pPr.append(rPr)
    return p


def h1(text):
    return doc.add_heading(text, level=1)


def h2(text, note=None):
    hd = doc.add_heading("", level=2)
    r = hd.add_run(text)
    if note:
        comment(r, *note)
    return hd


# ---------------------------------------------------------------- title
t = doc.add_paragraph(style="Title")
t.add_run("Penhallow SENCO Programme")
para("Application to the Training and Development Agency for Schools for approval to provide "
     "nationally accredited training for SENCOs")
para("Northgate University Faculty of Education and Penhallow County Council Children, Schools and "
     "Families")
d = para("DRAFT v0.7 \u2013 19 January 2009 \u2013 for partnership comment")
d.runs[0].italic = True
d.alignment = WD_ALIGN_PARAGRAPH.RIGHT

# ---------------------------------------------------------------- 1
h1("1 The partnership and the award")
para("Northgate University and Penhallow County Council propose to offer the Penhallow SENCO Programme "
     "from September 2009. The award is a Northgate University Postgraduate Certificate in Special "
     "Educational Needs Coordination, validated through the University\u2019s standard procedures: the "
     "validation event took place on 3 December 2008, and the University\u2019s Academic Standards "
     "Committee approved the programme on 14 January 2009.")
para("The programme is at Level 7 (masters level). Credit value: ",
     ("c", "[TBC \u2013 60 or 90 credits; see ASC minute]",
      "ASC approved it at 60 credits \u2013 I can confirm. SO", "Sunita Okafor", "SO"),
     ".")
para("There are three modules: NU701 SEN, Inclusion and the Law; NU702 Learners, Assessment and "
     "Intervention; and NU703 Leading SEN Provision (section 5).")

# ---------------------------------------------------------------- 2
h1("2 Aims and programme design")
h2("2.1 Aims")
para("The programme\u2019s central aim is to raise the achievement of children and young people with SEN "
     "and/or disabilities and to improve their well-being in relation to all five Every Child Matters "
     "outcomes \u2013 being healthy, staying safe, enjoying and achieving, making a positive contribution "
     "and achieving economic well-being \u2013 by improving the knowledge, understanding and skills of "
     "their SENCOs. The aim is reflected in the module outcomes and content, and each assignment requires "
     "participants to consider how their work bears on pupils\u2019 achievement and well-being.")
h2("2.2 Links with schools and impact on practice")
para("The programme is rooted in participants\u2019 own schools: each module includes school-based tasks "
     "linked to the minimum outcomes, carried out between taught sessions and discussed at the next one, "
     "and the NU703 project is carried out in the participant\u2019s school. The NU703 project requires "
     "each participant to lead a change in SEN provision in their school and to show its impact on "
     "practice, so that meeting the outcomes and improving practice go together.")
h2("2.3 Research base")
para(("c", "[TBC \u2013 MC to add paragraph on the research and inspection evidence informing the programme]",
      "Could mention the Ofsted 2006 inclusion report, the Bercow Review and the IDP here \u2013 we use "
      "all three in NU702. TA", "Tom Ashdown", "TA"))
h2("2.4 Legislation and policy")
para("NU701 develops participants\u2019 understanding of current legislation, policy and initiatives on SEN "
     "and disability: the Education Act 1996, the SEN and Disability Act 2001 and the SEN Code of "
     "Practice, the Disability Discrimination Act 1995 and 2005 and the Disability Equality Duty, Every "
     "Child Matters and the Children Act 2004, Removing Barriers to Achievement and the Inclusion "
     "Development Programme.")
h2("2.5 Pupils, colleagues and parents")
para("Participants learn why consulting children and young people matters and about children\u2019s "
     "rights under the UN Convention on the Rights of the Child, including the right to be heard in "
     "decisions that affect them.")
para("NU703 develops participants\u2019 skills in advising and supporting colleagues through coaching and "
     "mentoring, and participants collaborate beyond their own school through the Penhallow SENCO cluster "
     "network, where they work with SENCOs from other schools and LA services on shared problems.")
para("NU702 includes two sessions, co-delivered by the Penhallow Parent Partnership Service, on working in "
     "partnership with parents and carers: establishing fair and respectful relationships with pupils and "
     "their families, advising parents and leading review meetings. Each participant then plans and leads "
     "a review meeting with a pupil\u2019s parents as part of the NU702 case study.")

# ---------------------------------------------------------------- 3
h1("3 Recruitment and admissions")
h2("3.1 Entry requirements")
para(("c", "[TBC \u2013 entry requirements to be agreed with Penhallow; likely QTS plus headteacher support]",
      "We interview everyone and use the self-audit to check they are ready \u2013 add? TA",
      "Tom Ashdown", "TA"))
h2("3.2 Safeguarding checks")
para(("ins", "Before a place is confirmed, the Admissions Tutor checks that each candidate holds a current "
      "enhanced CRB disclosure; a candidate who has not worked with children in a school or college in "
      "the last three months must obtain a new enhanced disclosure before starting. We also obtain a "
      "reference from the candidate\u2019s headteacher or most recent employer confirming that there are "
      "no concerns about the candidate\u2019s conduct and no outstanding disciplinary matters, and we "
      "check that the candidate has not been barred from teaching or from work with children.", TA),
     mark=("ins", TA))
h2("3.3 Accreditation of prior learning",
   note=("Assessment-only paragraph taken out \u2013 Registry say they cannot support it in year 1. TA",
            "Tom Ashdown", "TA"))
para(("c", "[TBC]",
      "We do accredit prior learning \u2013 up to 30 credits through the University\u2019s APEL scheme, "
      "including experiential learning. Tom to confirm the LA is content before this goes in. MC",
      "Miriam Castellane", "MC"))
para(("del", "Exceptionally, a candidate with substantial experience of coordinating SEN provision may be "
      "admitted to an assessment-only route, submitting the three module assessments without attending "
      "the taught sessions and being assessed against all the minimum outcomes in the same way as other "
      "participants.", TA),
     mark=("del", TA))
h2("3.4 Needs analysis and learning plans")
para("Once a place has been accepted, and before the course begins, each participant completes the "
     "Penhallow SENCO self-audit, which "
     "covers every minimum outcome, and discusses it with a tutor. Together they agree an individual "
     "training plan that sets personalised outcomes, the school-based tasks to be prioritised and the "
     "focus of assignments; the plan builds on what the self-audit shows the participant can already do "
     "and is reviewed at the end of each module.")
para("The individual training plan shapes each participant\u2019s tutorials and choice of school-based "
     "tasks. Fee: [TBC].")
para("At the end of the programme participants are helped to plan their next steps.", ("fn", 1))

# ---------------------------------------------------------------- 4
h1("4 Teaching, learning and support")
h2("4.1 Modes of study")
para(("c", "NU701 and NU703 are taught face to face in six twilight sessions and two full days each at the "
      "Penhallow Teachers\u2019 Centre.",
      "What about disabled participants? The University Disability Service arranges reasonable "
      "adjustments for all PGT students, including in assessment \u2013 please add our standard "
      "paragraph. SO", "Sunita Okafor", "SO"),
     " NU702 is delivered ",
     ("del", "face to face in the same pattern", MC),
     ("ins", "through three study days and online units on the University\u2019s Moodle site", MC),
     ". There are two intakes a year, in September and January; participants may take the modules in "
     "any order and may complete in one year or two.")
h2("4.2 Online learning")
para("Each NU702 online unit has a discussion forum moderated by a tutor, who replies to posts within "
     "three working days, and participants work in online peer groups of four or five",
     ("del", ", which meet in a live online session with a tutor between study days", MC),
     ". Moodle is also used to publish session materials and assignment briefs.")
h2("4.3 Access and equality")
para("[TBC]")
h2("4.4 Specialist expertise, visits and resources")
para("Participants learn from Penhallow\u2019s specialist services: educational psychologists, the speech "
     "and language therapy service, the sensory impairment service and the behaviour support team lead "
     "sessions in NU702.",
     ("del", " Every participant also spends two days in a contrasting setting \u2013 a special school or "
      "resourced provision \u2013 arranged by the LA.", TA),
     " Participants have access to the University library and its electronic journals and to the "
     "Penhallow SEN Resource Base at the Teachers\u2019 Centre, which holds assessment materials, "
     "intervention programmes and assistive technology (text-to-speech, switch access and communication "
     "software) used in the NU702 sessions on ICT.")

# ---------------------------------------------------------------- 5
h1("5 Modules, assessment and award")
h2("5.1 NU701 SEN, Inclusion and the Law")
para("NU701 covers the SEN framework \u2013 the Education Act 1996, the SEN Code of Practice and their "
     "implications for the school, the SENCO and others, and how to put them into practice; Every Child "
     "Matters and the SENCO\u2019s part in helping children achieve the five outcomes; disability equality "
     "legislation and the actions the Disability Equality Duty requires of schools; and the SENCO\u2019s "
     "strategic role, with senior leaders and governors, in developing an inclusive ethos and policy and "
     "in the use of resources.")
para("Assessment: a 4,000-word review of the participant\u2019s school SEN policy and practice, assessed "
     "against the outcomes on SEN law and the Code of Practice, on Every Child Matters, ",
     ("del", "on disability equality law, ", MC),
     "and on strategic development with senior colleagues and governors.")
h2("5.2 NU702 Learners, Assessment and Intervention")
para("NU702 covers how children develop and how SEN, disability and the learning environment affect "
     "development; the most common types of SEN \u2013 behavioural, emotional and social difficulties, "
     "specific learning difficulties including dyslexia, speech, language and communication needs, "
     "autistic spectrum disorders and moderate learning difficulties; approaches, strategies and "
     "resources for assessment, planning and teaching, including ICT; identifying pupils\u2019 needs, "
     "setting targets, and planning and reviewing interventions; using assessments from educational "
     "psychologists, therapists and other professionals; formative assessment and how the SENCO can "
     "encourage colleagues to use it with pupils with SEN; working with pupils and parents (see 2.5); the "
     "roles of external agencies and how to obtain specialist support; and working in partnership with "
     "other services and voluntary organisations.")
para(("c", "Assessment: a case study of a pupil,",
      "We also teach tracking progress with national test data and P scales in week 6 \u2013 shouldn\u2019t "
      "the case study cover it? TA", "Tom Ashdown", "TA"),
     " assessed against the outcomes on the types of SEN; approaches and resources including ICT; "
     "identifying needs, setting targets and planning and reviewing interventions; using other "
     "professionals\u2019 assessments; fair and constructive relationships with the pupil and parents; "
     "liaison with parents and carers; and working in partnership with other services and agencies.",
     ("fn", 2))
h2("5.3 NU703 Leading SEN Provision")
para(("c", "NU703 covers provision mapping and management;",
      "Time management and delegation are assessed through the reflective journal \u2013 which we "
      "haven\u2019t described anywhere yet! MC", "Miriam Castellane", "MC"),
     " gaining the commitment of colleagues, including the headteacher and senior leaders; anticipating "
     "and resolving problems and making sound decisions about provision, through case discussion; "
     "supporting colleagues\u2019 professional development through observation and feedback, modelling, "
     "coaching and mentoring and leading training; reviewing and evaluating provision with colleagues; "
     "and the principles of school self-evaluation and improvement. [TBC: deployment of teaching "
     "assistants \u2013 check with Penhallow]")
para("Assessment: a 5,000-word report on a school-based development project, assessed against the "
     "outcomes on provision mapping and management, ",
     ("ins", "the principles of school self-evaluation and improvement, ", MC),
     "anticipating and resolving problems and making sound judgements on provision, and supporting "
     "colleagues\u2019 professional development, together with the participant\u2019s CPD plan (note 1).")
h2("5.4 Marking and moderation")
para("Assignments are marked by module tutors using the University\u2019s generic Level 7 assessment "
     "criteria. Moderation arrangements: [TBC].")
h2("5.5 Award")
para(("c", "Award regulations: [TBC following validation].",
      "Standard PGCert regulations \u2013 pass all modules. Does the TDA need more than that? SO",
      "Sunita Okafor", "SO"))

# ---------------------------------------------------------------- 6
h1("6 Working with stakeholders")
para(("c", "Evidence of stakeholders\u2019 needs: [TBC \u2013 TA to insert findings of the LA\u2019s 2008 SEN "
      "audit]",
      "The Parent Partnership\u2019s feedback on the first draft is why we added the two parents\u2019 "
      "sessions in NU702 \u2013 worth saying? TA", "Tom Ashdown", "TA"))
para("Stakeholders are involved in both delivery and evaluation. LA advisers and specialist services teach "
     "in NU702 and NU703, and the Parent Partnership Service co-delivers the parents\u2019 sessions. A "
     "Programme Board \u2013 two headteachers, the LA\u2019s Senior Adviser for SEN, the Parent Partnership "
     "coordinator, a representative of the Penhallow Disability Forum and two former participants of "
     "Penhallow SENCO courses \u2013 meets each term; in July it reviews participants\u2019 evaluations, the "
     "external examiner\u2019s report and the annual monitoring report and gives its view on them to the "
     "programme team.")

# ---------------------------------------------------------------- 7
h1("7 Quality assurance and evaluation")
h2("7.1 Evaluation")
para("The programme will be evaluated through participants\u2019 end-of-module questionnaires, termly tutor "
     "review meetings, analysis of assessment results, the external examiner\u2019s annual report and the "
     "University\u2019s Annual Programme Monitoring, which produces an action plan for the following year; "
     "the Programme Board (section 6) reviews the evaluation evidence and the plan, and progress on the "
     "plan is reported at the next monitoring round.")
h2("7.2 Staffing and roles")
para("The programme team brings together University and LA staff with extensive experience in SEN.",
     ("fn", 3),
     " All tutors, including LA staff who teach on the programme, attend a programme induction and "
     "receive the tutor handbook, which sets out teaching, tutorial and marking responsibilities.",
     ("ins", " Each participant also has a school-based mentor, usually a member of the senior leadership "
      "team, who receives the Penhallow mentor guide and attends a briefing at the start of the year on "
      "supporting school-based tasks and the NU703 project.", MC))
h2("7.3 Impact")
para("We hope in future to find ways of measuring the programme\u2019s impact on participants and on the "
     "achievement of the pupils they work with. [TBC]")

# ---------------------------------------------------------------- footnotes part
FOOTNOTES = {
    1: "In the final NU703 session each participant drafts a personal CPD plan with two or three "
       "professional targets for the following year, using the Penhallow CPD planning template, to "
       "discuss and agree with their line manager. The plan, with a short commentary on how the "
       "participant will keep up to date on SEN and disability matters, is submitted with the NU703 "
       "project and assessed as part of it.",
    2: "The case study must also show how the participant identified in good time, and put in place, any "
       "access arrangements the pupil needs for national tests or examinations; access arrangements are "
       "taught in NU702 week 5.",
    3: "The programme leader, Dr Miriam Castellane, was SENCO in two Penhallow schools for eleven years "
       "and holds an MA in Special and Inclusive Education; NU702 is led by an educational psychologist "
       "and NU703 by the LA\u2019s Senior Adviser for SEN. All tutors have worked in schools or SEN services "
       "within the last three years and take part in the Faculty\u2019s annual SEN research seminar series.",
}
fn_xml = [f'<w:footnotes {W}>',
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
          'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
          'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
for n, text in FOOTNOTES.items():
    fn_xml.append(f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                  '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                  f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr>{_t(" " + text)}</w:r></w:p></w:footnote>')
fn_xml.append('</w:footnotes>')
blob = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + "".join(fn_xml)).encode("utf-8")
fn_part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, doc.part.package)
doc.part.relate_to(fn_part, RT.FOOTNOTES)

doc.save(OUT)
print("wrote", OUT)
