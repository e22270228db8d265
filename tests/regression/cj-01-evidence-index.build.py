"""Build cj-01-evidence-index.docx (invented provider).

Provider: Hazelbury Teaching School Partnership, led by Corrin Lane Primary
School (designated a teaching school in July 2011), with sixteen partner
schools (among them Marram House School, a special school, and two
secondaries with resourced provision), Kelthorpe County Council's Inclusion
Service, and the University of Gallowmere, which validates the programme as
the Postgraduate Certificate in Special Educational Needs Coordination
(National Award), 60 credits at Level 7 in two 30-credit modules. Submitted
to the TDA in January 2012. Vocabulary of that date: CRB, SEN Code of
Practice 2001, Equality Act 2010, the 2011 Green Paper "Support and
aspiration", Every Child Matters, SENCO Regulations 2008/2009.

Layout:
- A cover block, a "How to read this application" note, then an EVIDENCE
  INDEX table with three columns ("Criterion | Where to find it | Summary"),
  one row per requirement, with merged full-width group rows ("Criterion 1 -
  ..."). The "Where to find it" column points into Part 1 (sections 1-6,
  Heading 1/2 styles) and into lettered appendices in Part 2.
- Part 2 holds appendices of different kinds: A a programme timetable
  (table, with an "outcomes addressed" column in words), B an extract of the
  partnership agreement (numbered clauses), C a staffing list (table), D an
  assessment strategy (table plus paragraphs on the formative log, marking
  and the award), E a quality cycle "diagram" described in text, F a
  stakeholder consultation appendix that says almost nothing.
- Appendix G is pointed to (index row 5.3 and Section 5.3) but is not in
  the document at all, not even in the list of appendices. Appendix H is in
  the list only as "not reproduced" (index rows 1.5 and 2.1 point to it).
- Page header and footer (never evidence).
- No e-learning: "there is no online or distance element" (3.3 n/a).

Traps and the requirement ids each affects:
- 1.3 partially_met: index summary "Research-informed; reflects the latest
  thinking" points to Appendix A, a timetable with session titles only;
  Section 1.3 says only that tutors keep up to date through their work and
  that materials cite national documents (a Green Paper): no research or
  inspection evidence is named.
- 1.5 not_met and 6.S7 not_met: the index row "Pupil voice" points to
  Appendix H (not reproduced: it is the University's APL regulations). The
  only real consulting of pupils is a past arrangement: the Council's
  unaccredited New SENCO Induction Course (2005-2011) and its Children's
  Participation Officer, whose post was deleted (Section 1 background).
- 1.9 partially_met and 6.0 partially_met: blanket claims ("All minimum
  outcomes are assessed through three tasks"; "because the tasks between
  them cover all of the minimum outcomes ...") while Appendix D leaves
  several outcomes out of every task.
- 2.1 partially_met: prior certificated Level 7 credit only, "under the
  University's regulations ... (Appendix H)", which is not reproduced;
  nothing on experiential learning.
- 2.3 not_met: negated ("will not offer an assessment-only route in
  2012-13"), with another body's arrangement (the University's Centre for
  Inclusive Education, MA modules) and a future consideration.
- 2.5 partially_met: only the timetable title "Celebration and next steps"
  (Day 10) and the index summary "Next steps".
- 3.2 partially_met: one September intake; Module 2 may be deferred a year.
- 3.3 not_applicable.
- 4.1 partially_met: Appendix F says a consultation took place and the
  responses "are held by the Teaching School Manager"; no findings.
- 4.2 partially_met: Section 4.2 says the Strategic Board "oversaw" and
  headteachers "shaped" the programme, with no detail of any change.
- 4.3 met: Appendix B clause 6 and Appendix E (Council staff teach; Board
  with headteachers, Council and the Parent Partnership coordinator receives
  the evaluation report and approves the improvement plan; schools host and
  mentor).
- 5.3 not_met: "attached as Appendix G", which is absent; the only CRB text
  is Appendix B clause 9, about tutors and visiting speakers (wrong people).
- 5.6 partially_met: index points to Appendix C (the staffing list: wrong
  pointer); Section 5.6 offers a collection of books and handouts, no ICT or
  specialist technology.
- 5.7 partially_met: tutors briefed each September; mentors only nominated
  (Appendix B clause 5), nothing on preparing them.
- 5.9 partially_met: the TDA form's guidance on baseline measures is left in
  (italic prompt, not an answer); the provider measures participants'
  change by a repeat self-review but pupil impact is only "We would like, in
  time, ...".
- Outcomes (timetable Appendix A = where developed; Appendix D = where
  assessed):
  met: A1, A2, A4, A6, K1, K3, K4, K5, K6, K7, K8, S1, S2, S2a, S3, S4, S6, S8.
  taught only (partially_met): A3 (Twilight 2; log formative), A7 (learning
  log, formative only), K2 (Day 2), K9 and S9 (Twilight 3), S2b (Day 6), S2d
  (Day 7, access arrangements), S5 (Day 9).
  assessed only (partially_met): A5 (presentation marked for clarity and
  responding to questions; not taught anywhere).
  absent (not_met): S2c (formative assessment), S7 (pupil involvement).
- Real arrangements written plainly (met): E.1, E.2 (Appendix B clauses 2-3),
  1.1, 1.2, 1.4, 1.6, 1.7, 1.8, 2.2, 2.4, 3.1 (Section 3.1 and clause 8),
  5.1 (Appendix E), 5.2, 5.4 (Appendix C), 5.5, 5.8 (Appendix D).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for symmetry)
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm

OUT = Path(__file__).with_name("cj-01-evidence-index.docx")

doc = Document()
doc.core_properties.author = "Anjali Brereton"
doc.core_properties.title = "Hazelbury TSP - National Award for SEN Coordination - application"
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(11)


def p(text="", bold=False, italic=False, size=None, align=None, style=None):
    para = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


def h1(text):
    return doc.add_heading(text, level=1)


def h2(text):
    return doc.add_heading(text, level=2)


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(header, rows, widths=None, group_rows=None):
    """A Table Grid table. group_rows: {row_index: text} full-width merged rows."""
    group_rows = group_rows or {}
    t = doc.add_table(rows=1, cols=len(header))
    t.style = doc.styles["Table Grid"]
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        shade(c, "D9E2F3")
    for idx, row in enumerate(rows):
        cells = t.add_row().cells
        if idx in group_rows:
            merged = cells[0].merge(cells[-1])
            merged.text = ""
            r = merged.paragraphs[0].add_run(group_rows[idx])
            r.bold = True
            shade(merged, "EDEDED")
            continue
        for i, val in enumerate(row):
            cells[i].text = val
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


# ---------------------------------------------------------------- header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Hazelbury Teaching School Partnership  |  National Award for SEN Coordination  |  TDA application, January 2012"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Corrin Lane Primary School, Quarry Road, Hazelbury  \u00b7  page ")
r.font.size = Pt(8)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ---------------------------------------------------------------- cover
p("HAZELBURY TEACHING SCHOOL PARTNERSHIP", bold=True, size=16, align="c")
p("Lead school: Corrin Lane Primary School, Hazelbury", align="c")
p("Application for approval to provide the National Award for Special Educational Needs Coordination",
  bold=True, size=13, align="c")
p("Submitted to the Training and Development Agency for Schools, January 2012", align="c")
p("Contact: Mrs Anjali Brereton, Director of the Teaching School (a.brereton@corrinlane.hazelbury.sch.uk)",
  align="c", size=9)
p("")
p("The Hazelbury Teaching School Partnership brings together Corrin Lane Primary School, which was "
  "designated a teaching school in July 2011, and sixteen partner schools in Hazelbury and the "
  "villages of the Kelder valley. Among them are Marram House School, a special school for pupils "
  "aged 3 to 19 with severe and complex learning difficulties, and two secondary schools, Hazelbury "
  "High and St Wenna\u2019s Church of England Academy, each with resourced provision for pupils with "
  "speech, language and communication needs. Kelthorpe County Council\u2019s Inclusion Service and the "
  "University of Gallowmere are full members of the partnership. We propose to offer the National "
  "Award to one cohort of up to twenty-four teachers a year from September 2012, drawn from partner "
  "schools and from any other school in the county or beyond that wishes to send a SENCO.")

h2("How to read this application")
p("The application is organised around the evidence index below. Each line of the index names a "
  "requirement of the specification, tells the panel where the evidence is, and gives a one-line "
  "summary. Numbers in the second column refer to the sections of Part 1; capital letters refer to "
  "the appendices in Part 2, which form part of this application. We have tried to avoid repeating "
  "ourselves, so some requirements are answered only in an appendix.")

# ---------------------------------------------------------------- evidence index
h1("Evidence index")
IDX_HEAD = ["Criterion", "Where to find it", "Summary"]
idx_rows = [
    None,
    ["Academic accreditation", "Section 1.0; Appendix B, clause 2",
     "Validated by the University of Gallowmere, which confers the award."],
    ["Level and credit", "Appendix B, clause 3", "60 credits at Level 7 (two 30-credit modules)."],
    None,
    ["1.1 Focus on achievement and well-being", "Section 1.1",
     "One overriding aim, judged against all five Every Child Matters outcomes; built into Tasks 1 and 3."],
    ["1.2 Links to practice in schools", "Section 1.2; Appendix A",
     "Days hosted by partner schools; eight gap tasks; Practice Enquiry; two days in a contrasting setting."],
    ["1.3 Research, inspection and new developments", "Appendix A",
     "Research-informed; reflects the latest thinking."],
    ["1.4 Legislation and policy", "Section 1.4; Appendix A, Days 1\u20132",
     "Education Act 1996, Code of Practice, Equality Act 2010, SENCO Regulations, Green Paper."],
    ["1.5 Consulting children and young people", "Appendix H", "Pupil voice."],
    ["1.6 Working with colleagues", "Section 1.6; Appendix A, Day 9",
     "Cross-school coaching triads; staff briefing; SENCO cluster."],
    ["1.7 Working with parents and carers", "Section 1.7; Appendix A, Twilight 1; Appendix D",
     "Session co-led with the Parent Partnership Service; assessed in Task 1."],
    ["1.8 Impact on practice", "Section 1.8; Appendix D, Task 3", "Practice Enquiry leads a change in the participant\u2019s school."],
    ["1.9 Rigorous assessment against all outcomes", "Appendix D",
     "All minimum outcomes are assessed through three tasks."],
    None,
    ["2.1 Prior study and experience", "Section 2.1; Appendix H", "APL in line with University regulations."],
    ["2.2 Needs assessment and individual plan", "Section 2.2",
     "Self-review against the national outcomes; Individual Learning Plan for every participant."],
    ["2.3 Assessment-only route", "Section 2.3", "Not offered in 2012\u201313."],
    ["2.4 Tailored, cost-effective provision", "Section 2.4", "Electives, termly tutorials, own focus for tasks; fee \u00a31,650."],
    ["2.5 Further professional targets", "Appendix A, Day 10", "Next steps."],
    None,
    ["3.1 Equality duties", "Section 3.1; Appendix B, clause 8",
     "Disclosure invited; adjustments agreed before the course and for assessment."],
    ["3.2 Flexible delivery", "Section 3.2", "Option to take Module 2 a year later."],
    ["3.3 E-learning", "Section 3.3", "Not applicable: no e-learning."],
    None,
    ["4.1 Evidence of stakeholders\u2019 needs", "Section 4.1; Appendix F", "Consultation with schools and the Council."],
    ["4.2 Stakeholders\u2019 influence", "Section 4.2", "Strategic Board."],
    ["4.3 Stakeholders\u2019 involvement", "Section 4.3; Appendix B, clause 6; Appendix E",
     "Council staff teach; schools host and mentor; the Board reviews the evaluation."],
    None,
    ["5.1 Evaluation methods", "Section 5.1; Appendix E", "Quality cycle."],
    ["5.2 Entry: readiness to benefit", "Section 5.2", "Entry requirements, self-review and interview."],
    ["5.3 CRB and background checks", "Section 5.3; Appendix G", "Safer recruitment."],
    ["5.4 Qualified, up-to-date staff", "Appendix C", "Staffing list."],
    ["5.5 Specialist expertise and placements", "Section 5.5; Appendix A", "County specialists; two contrasting-setting days."],
    ["5.6 Specialist resources and ICT", "Appendix C", "Resources."],
    ["5.7 Roles of tutors and mentors", "Section 5.7; Appendix B, clause 5", "Tutor briefing; mentors nominated by schools."],
    ["5.8 Consistent, moderated assessment", "Appendix D", "Second marking, moderation, external examiner."],
    ["5.9 Impact on participants and pupils", "Section 5.9; Appendix E", "Impact measures."],
    None,
    ["6 The award", "Section 6; Appendix D", "Pass all three tasks."],
    ["6 Professional attributes", "Appendices A and D", "Taught and assessed."],
    ["6 Knowledge and understanding", "Appendices A and D", "Taught and assessed."],
    ["6 Professional skills", "Appendices A and D", "Taught and assessed."],
]
groups = {
    0: "Eligibility",
    3: "Criterion 1 \u2013 Raising the achievement of children and young people with SEN and/or disabilities",
    13: "Criterion 2 \u2013 Provision matched to participants\u2019 needs",
    19: "Criterion 3 \u2013 Flexible and accessible delivery",
    23: "Criterion 4 \u2013 Stakeholders",
    27: "Criterion 5 \u2013 Quality assurance",
    37: "Criterion 6 \u2013 The minimum outcomes",
}
table(IDX_HEAD, [r or ["", "", ""] for r in idx_rows], widths=[5.2, 4.3, 7.0], group_rows=groups)

# ================================================================ PART 1
h1("Part 1: The programme")

h2("1.0 Accreditation")
p("The programme has been validated by the University of Gallowmere\u2019s Faculty of Education, Health "
  "and Sport as the Postgraduate Certificate in Special Educational Needs Coordination (National "
  "Award). The validation panel met at Corrin Lane on 7 December 2011 and approved the programme for "
  "five years, the approval to take effect when the programme is approved by the TDA. Participants "
  "register as students of the University, the University\u2019s Examination Board confirms all marks, "
  "and the University confers the award. The terms are set out in Appendix B, clauses 2 and 3.")

h2("Background")
p("The programme grows out of Kelthorpe County Council\u2019s New SENCO Induction Course, an unaccredited "
  "six-day course that ran from 2005 until the Council withdrew it in July 2011. Teachers who took it "
  "remember two things above all: the days at Marram House, and the session on consulting pupils led "
  "by the County\u2019s Children\u2019s Participation Officer, in which new SENCOs practised running "
  "review meetings chaired by the pupils themselves. The Participation Officer post was deleted in the "
  "Council\u2019s 2011 restructure. Several of the course\u2019s tutors now teach on the National Award, and "
  "the partnership with Marram House continues (Section 5.5).")

h2("1.1 Aims")
p("We have written one aim above all the others: that pupils with SEN and/or disabilities in our "
  "participants\u2019 schools should make better progress and have better lives in school, judged "
  "against all five Every Child Matters outcomes \u2013 being healthy, staying safe, enjoying and "
  "achieving, making a positive contribution and achieving economic well-being \u2013 and not only "
  "against test results. The objectives follow from that aim. Participants will (a) know the law, "
  "guidance and evidence that shape provision; (b) identify and assess need accurately and plan "
  "provision that removes barriers to learning; (c) lead and manage colleagues and resources so that "
  "provision is effective; and (d) find out what difference the provision makes to pupils. Every "
  "taught day ends with each participant writing down what he or she will now do differently for a "
  "named pupil or group. In the assessment, Tasks 1 and 3 both require the participant to report the "
  "effect of the work on pupils\u2019 attainment and on their well-being "
  "\u2013 attendance, exclusions, participation in clubs and visits, or physical and emotional health as "
  "recorded by the school nurse or learning mentor (Appendix D).")

h2("1.2 Links to practice in schools")
p("The programme lives in schools. Every taught day is hosted by a partner school rather than a "
  "training centre, and most begin with a learning walk led by that school\u2019s SENCO. Between taught "
  "days each participant completes eight gap tasks in his or her own school \u2013 for example, mapping "
  "the provision for one year group, shadowing a statutory annual review, or observing a teaching "
  "assistant\u2019s intervention session and feeding back \u2013 and each gap task names the minimum "
  "outcomes it serves. The Practice Enquiry (Task 3) is a term-long change project carried out in the "
  "participant\u2019s own school. Each participant also spends two days in a contrasting setting "
  "(Section 5.5).")

h2("1.3 Research and new developments")
p("The programme is kept up to date by the tutors\u2019 own daily work in schools and services, and "
  "session materials refer to current national documents such as the Green Paper Support and "
  "aspiration (March 2011).")

h2("1.4 Legislation and policy")
p("Days 1 and 2 (Appendix A) deal with the Education Act 1996, the SEN Code of Practice (2001), the "
  "Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 and their 2009 "
  "amendment, the Equality Act 2010 and the public sector equality duty, Every Child Matters, and the "
  "Green Paper\u2019s proposals for a single assessment process and an education, health and care plan. "
  "Later days return to law and policy where they bite: access arrangements (Day 7) and the "
  "statutory assessment and annual review (Day 6).")

h2("1.6 Working with colleagues")
p("From the induction meeting onwards participants are placed in coaching triads with SENCOs from two "
  "other partner schools. A triad meets at least twice between taught days, and its members observe "
  "one another\u2019s practice \u2013 a review meeting, a teaching assistant briefing, a lesson \u2013 and give "
  "structured feedback. In Module 2 each participant plans and leads a staff briefing or INSET session "
  "in his or her own school, and attends at least one meeting of the Kelthorpe SENCO cluster, bringing "
  "an issue from the Practice Enquiry to discuss with SENCOs from outside the partnership. Day 9 teaches "
  "the skills behind all of this: observing, giving feedback, coaching and modelling.")

h2("1.7 Working with parents and carers")
p("Twilight 1 is led jointly by the programme leader and the coordinator of the Kelthorpe Parent "
  "Partnership Service. Participants rehearse a review meeting with a parent who is unhappy with the "
  "provision for her son, practise explaining assessment information without jargon, and plan how "
  "they will involve the parents or carers of the pupil in their Task 1 case study. Task 1 is marked "
  "partly on how the participant worked with the pupil\u2019s parents or carers (Appendix D).")

h2("1.8 Impact on practice")
p("The Practice Enquiry requires each participant to lead a change in SEN provision in his or her "
  "school, to measure its effect on the pupils concerned, and to present the results to the "
  "headteacher on Day 10.")

# ---------------------------------------------------------------- Section 2
h1("Section 2: Meeting each participant\u2019s needs")
h2("2.1 Prior learning")
p("Candidates who have already gained Level 7 credit in special educational needs, for example from a "
  "University of Gallowmere or Open University module, may ask for up to 30 credits to be recognised "
  "under the University\u2019s regulations for the accreditation of prior certificated learning "
  "(Appendix H).")

h2("2.2 Needs assessment and the Individual Learning Plan")
p("At the induction meeting in June every accepted participant completes the partnership\u2019s "
  "self-review, which lists each of the national minimum outcomes with two or three descriptors of "
  "what it looks like in practice, and rates himself or herself from 1 (new to this) to 4 (confident "
  "and can show evidence). Because people misjudge their own knowledge \u2013 most often by not "
  "realising that what they know is out of date \u2013 the participant then meets his or her personal "
  "tutor for forty-five minutes, and the two look at evidence together. The outcome is an Individual "
  "Learning Plan: four to six personal targets expressed against named minimum outcomes, the elective "
  "workshops the participant will take, the focus of Task 1, and the outcomes that need least "
  "attention. The plan is reviewed at the tutorial after Day 5 and again at the final tutorial, and "
  "tutors look for evidence against all the outcomes throughout the year in case the first review "
  "was wrong.")

h2("2.3 Assessment-only route")
p("The partnership will not offer an assessment-only route in 2012\u201313. We are aware that the "
  "University\u2019s Centre for Inclusive Education assesses experienced practitioners for some of its MA "
  "modules without attendance, and we will consider whether something similar might be possible once "
  "our first cohort has completed.")

h2("2.4 Tailoring and cost")
p("Beyond the Individual Learning Plan, the programme is tailored in three ways. Each participant "
  "chooses two of four elective twilight workshops (autism in the secondary classroom; the SENCO and "
  "the early years; sensory impairment; SEN and looked-after children), matched to the targets in his "
  "or her plan. Each has three individual tutorials, one a term, with a named tutor who also marks "
  "that participant\u2019s Task 1. And the focus of Tasks 1 and 3 is chosen by the participant with the "
  "tutor so that the work is of direct use to his or her school. The fee is \u00a31,650 for the year. "
  "Partner schools receive a reduction of \u00a3300, funded from the teaching school\u2019s "
  "school-to-school support budget, and because every day is hosted by a partner school the programme "
  "pays no venue costs.")

# ---------------------------------------------------------------- Section 3
h1("Section 3: Access and flexibility")
h2("3.1 Equality of opportunity")
p("The partnership and the University meet their duties under the Equality Act 2010, and the "
  "agreement between them (Appendix B, clause 8) places responsibility for adjustments on the lead "
  "school. The application form asks every candidate whether he or she has a disability or other "
  "need we should plan for, explains why we ask, and says who will see the answer. The programme "
  "leader telephones every candidate who discloses a need before the course begins and agrees "
  "adjustments \u2013 handouts in advance or in large print, a seat by the hearing loop, extra breaks, "
  "teaching days only in the partnership\u2019s step-free schools. Adjustments to assessment (extra time, "
  "a recorded rather than a written reflection, an alternative to the Task 3 presentation) are agreed "
  "with the University\u2019s Disability Service. The programme leaflet is available in large print and "
  "as an audio file, and says plainly that disabled teachers are welcome and what support is "
  "available. The make-up of each cohort (gender, ethnicity, disability) is reported each year to the "
  "Strategic Board so that we can see whom we are not reaching.")
h2("3.2 Flexibility")
p("There is one cohort a year, starting in September. A participant who needs to \u2013 because of "
  "maternity leave, illness or a change of school \u2013 may take Module 2 with the following year\u2019s "
  "cohort.")
h2("3.3 E-learning")
p("All teaching is face to face in partnership schools; there is no online or distance element.")

# ---------------------------------------------------------------- Section 4
h1("Section 4: Stakeholders")
h2("4.1 The needs of schools")
p("The partnership consulted its schools and the Council before designing the programme: see "
  "Appendix F.")
h2("4.2 Influence")
p("The partnership\u2019s Strategic Board has overseen the development of the programme from the start, "
  "and partner headteachers have shaped its design at every stage. We are confident that the "
  "programme reflects what schools want.")
h2("4.3 Involvement")
p("Stakeholders are involved in teaching, hosting, mentoring and evaluation: see Appendix B, clause 6 "
  "and the quality cycle in Appendix E.")

# ---------------------------------------------------------------- Section 5
h1("Section 5: Quality")
h2("5.1 Evaluation")
p("Our quality cycle, with its internal and external sources of evidence, is described in "
  "Appendix E.")
h2("5.2 Entry")
p("Candidates must hold QTS, be in post as SENCO or be designated to take up the role within twelve "
  "months, and send a supporting statement from their headteacher. Each candidate completes the "
  "self-review (Section 2.2) before interview, and is interviewed by the programme leader and a "
  "practising partner SENCO, who decide together whether the candidate has enough knowledge, "
  "understanding and experience to meet all the minimum outcomes within the year. A candidate who is "
  "not ready receives a letter setting out what to do first \u2013 usually a period working alongside an "
  "experienced SENCO in a partner school and one or two of the Council\u2019s short courses \u2013 and, with "
  "the candidate\u2019s agreement, the programme leader discusses this with the headteacher. Such "
  "candidates are offered a place in the following year\u2019s cohort.")
h2("5.3 Suitability to work with children")
p("The partnership\u2019s procedure is attached as Appendix G.")
h2("5.4 Staff")
p("See Appendix C.")
h2("5.5 Specialist expertise and placements")
p("The Council\u2019s educational psychologists, specialist teachers for autism and for sensory "
  "impairment, and speech and language therapists from the Kelthorpe community health trust teach "
  "Days 4 to 6 and Twilight 3, and are available to participants for advice on their case studies. "
  "Each participant spends two days in February or March in a contrasting setting: mainstream "
  "participants go to Marram House or to one of the two secondary resourced provisions, and "
  "participants from special schools go to a mainstream partner school. The host school names a "
  "senior member of staff to plan the days, and the participant carries out a structured observation "
  "of how the setting identifies and meets need, which feeds into Task 1.")
h2("5.6 Resources")
p("Participants may borrow from the collection of SEN books kept in the staff library at Corrin "
  "Lane, and tutors provide handouts for every session.")
h2("5.7 Roles")
p("Tutors attend a half-day briefing with the University link tutor each September, at which the "
  "programme handbook, the assessment criteria and the marking scheme are explained. Mentors are "
  "nominated by partner headteachers (Appendix B, clause 5).")
h2("5.8 Assessment")
p("See Appendix D.")
h2("5.9 Impact")
p("Guidance from the application form: Providers should show how they take every opportunity to "
  "gather evidence of improvements in achievement that result from taking the programme, for example "
  "by encouraging participants to take baseline measures of their pupils before interventions and to "
  "measure the impact afterwards and over time.", italic=True)
p("Participants repeat the self-review at the end of the course, and the change in each outcome "
  "across the cohort is reported to the Strategic Board (Appendix E). We would like, in time, to "
  "collect information on the progress of pupils in participants\u2019 schools.")

# ---------------------------------------------------------------- Section 6
h1("Section 6: The minimum outcomes")
p("Appendix A shows where each of the national minimum outcomes is taught, and Appendix D shows how "
  "each is assessed. To gain the award a participant must pass Tasks 1, 2 and 3; because the tasks "
  "between them cover all of the minimum outcomes, a participant who passes them has met the national "
  "standard.")

# ================================================================ PART 2
h1("Part 2: Appendices")
p("A  Programme timetable 2012\u201313")
p("B  Memorandum of Agreement (extract)")
p("C  Programme staff")
p("D  Assessment strategy")
p("E  The quality cycle")
p("F  Stakeholder consultation")
p("H  University of Gallowmere: Regulations for the Accreditation of Prior Learning (not reproduced "
  "here; available from the University\u2019s Academic Registry)")

# ---------------------------------------------------------------- Appendix A
h2("Appendix A: Programme timetable 2012\u201313")
p("Taught days run from 9.15 to 3.30; twilights from 4.00 to 6.00. Module 1 (30 credits) runs from "
  "Induction to Day 6; Module 2 (30 credits) from Day 7 to Day 10.", italic=True)
table(
    ["Session", "Date", "Host school", "Content", "National outcomes addressed"],
    [
        ["Induction", "27 June 2012", "Corrin Lane",
         "Meeting the cohort; the self-review; tutorial times booked; coaching triads formed",
         "\u2013"],
        ["Day 1", "20 Sept 2012", "Corrin Lane",
         "The SENCO\u2019s role. Education Act 1996, SEN Code of Practice 2001, SENCO Regulations; the 2011 "
         "Green Paper. Finding and using research evidence and external advice",
         "SEN law and the Code of Practice; drawing on research and external advice"],
        ["Day 2", "11 Oct 2012", "Hazelbury High",
         "Disability equality: the Equality Act 2010, reasonable adjustments, accessibility planning. "
         "Every Child Matters: the five outcomes and the SENCO\u2019s contribution",
         "Disability equality law; Every Child Matters"],
        ["Day 3", "8 Nov 2012", "Marram House",
         "How children develop, and how SEN, disability and the learning environment affect "
         "development. What research tells us about effective interventions",
         "Child development; best practice and research"],
        ["Twilight 1", "22 Nov 2012", "Corrin Lane",
         "Working with parents and carers (with the Parent Partnership Service): fair, respectful "
         "relationships with pupils and families; difficult conversations; review meetings",
         "Relationships with pupils and parents; liaising with parents and carers"],
        ["Day 4", "6 Dec 2012", "Marram House",
         "Areas of need I: behavioural, emotional and social difficulties; speech, language and "
         "communication needs; autistic spectrum disorders (County specialist teachers; speech and "
         "language therapist)",
         "Common types of SEN"],
        ["Day 5", "17 Jan 2013", "Saltings Primary",
         "Areas of need II: specific learning difficulties including dyslexia; moderate learning "
         "difficulties. Approaches, strategies and resources, including ICT and assistive software",
         "Common types of SEN; approaches, strategies and resources including ICT"],
        ["Day 6", "7 Feb 2013", "Corrin Lane",
         "Identifying need; setting targets; planning and reviewing interventions; using reports from "
         "educational psychologists, therapists and advisory teachers. Tracking progress with P scales, "
         "national curriculum tests and other summative data. Statutory assessment and annual review",
         "Identification, targets and review; using other professionals\u2019 assessments; summative "
         "tracking"],
        ["Contrasting-setting days", "Feb\u2013Mar 2013", "Marram House; resourced provisions; mainstream partners",
         "Two days with a structured observation task (Section 5.5)", "\u2013"],
        ["Day 7", "7 Mar 2013", "Hazelbury High",
         "Access arrangements for national tests and GCSE examinations: identifying needs in good "
         "time, gathering evidence, working with examinations officers",
         "Special arrangements for tests and examinations"],
        ["Day 8", "18 Apr 2013", "Fenwick CE Primary",
         "Provision mapping and management; finding ineffective or missing provision. Deploying and "
         "managing teaching assistants. Problem-solving workshop: making and defending decisions about "
         "provision (case scenarios)",
         "Provision mapping; deploying and managing staff; sound decisions and judgement"],
        ["Twilight 2", "2 May 2013", "Corrin Lane",
         "The SENCO\u2019s time: prioritising, delegating, and checking that delegated work is done",
         "Time management and delegation"],
        ["Day 9", "16 May 2013", "Corrin Lane",
         "Leading colleagues: observation, feedback, coaching and modelling. Working with the "
         "headteacher, senior team and governors on inclusive policy and the use of resources. School "
         "self-evaluation and SEN; evaluating provision with colleagues",
         "Supporting colleagues\u2019 development; strategic influence; gaining the commitment of senior "
         "leaders; school self-evaluation; reviewing provision with colleagues"],
        ["Twilight 3", "6 June 2013", "Saltings Primary",
         "Working with other services: educational psychology, health, social care, the Common "
         "Assessment Framework and the team around the child, voluntary organisations",
         "External agencies; working in partnership with other services"],
        ["Electives", "Oct 2012 \u2013 June 2013", "Various",
         "Four elective twilights; each participant takes two (Section 2.4)", "\u2013"],
        ["Day 10", "4 July 2013", "Corrin Lane",
         "Practice Enquiry presentations. Celebration and next steps", "\u2013"],
    ],
    widths=[2.2, 2.2, 2.4, 6.0, 4.0],
)

# ---------------------------------------------------------------- Appendix B
h2("Appendix B: Memorandum of Agreement (extract)")
p("Extract from the Memorandum of Agreement between Corrin Lane Primary School (\u201cthe Lead "
  "School\u201d), the University of Gallowmere (\u201cthe University\u201d), Kelthorpe County Council "
  "(\u201cthe Council\u201d) and the Partner Schools named in Schedule 1, signed on 14 November 2011. "
  "Clauses 2, 3, 5, 6, 8 and 9 are reproduced.", italic=True)
p("2. Validation and award", bold=True)
p("2.1 The University has validated the programme as the Postgraduate Certificate in Special "
  "Educational Needs Coordination (National Award) and shall confer the award on participants who "
  "satisfy its requirements.")
p("2.2 The programme is subject to the University\u2019s Postgraduate Assessment Regulations and to its "
  "annual monitoring and periodic review procedures. Participants shall register as students of the "
  "University.")
p("3. Credit", bold=True)
p("3.1 The award carries 60 credits at Level 7 of the Framework for Higher Education Qualifications, "
  "made up of Module 1 (30 credits) and Module 2 (30 credits).")
p("5. Roles", bold=True)
p("5.1 The Lead School shall appoint the programme leader and tutors, organise the taught programme "
  "and tutorials, and administer recruitment.")
p("5.2 The University shall appoint a link tutor, who shall teach on Module 1, attend moderation "
  "meetings and liaise with the external examiner appointed by the University.")
p("5.3 The headteacher of each Partner School from which a participant comes shall nominate a "
  "school-based mentor for that participant.")
p("6. The Council and the Strategic Board", bold=True)
p("6.1 The Council shall provide educational psychologists and specialist teachers to teach Days 4, "
  "5 and 6 and Twilight 3, and shall release its Parent Partnership coordinator to co-lead Twilight 1.")
p("6.2 A Strategic Board shall oversee the programme. Its members shall be four headteachers of "
  "Partner Schools (one of them the headteacher of Marram House School), the Council\u2019s Head of "
  "Inclusion, the coordinator of the Parent Partnership Service, the University link tutor and the "
  "Director of the Lead School.")
p("6.3 The Strategic Board shall meet each term. At its July meeting it shall receive the annual "
  "evaluation report described in Appendix E, together with the external examiner\u2019s report, and "
  "shall approve the improvement plan for the following year.")
p("6.4 Partner Schools shall host taught days and contrasting-setting days without charge.")
p("8. Equality", bold=True)
p("8.1 The parties shall comply with the Equality Act 2010. The Lead School shall make reasonable "
  "adjustments for disabled candidates and participants in recruitment, teaching and venues, and the "
  "University shall make reasonable adjustments to assessment on the advice of its Disability "
  "Service.")
p("9. Safeguarding", bold=True)
p("9.1 The Lead School shall ensure that every tutor and visiting speaker holds a current enhanced "
  "CRB disclosure.")
p("9.2 A Partner School hosting a contrasting-setting day shall supervise visiting participants in "
  "line with its own safeguarding policy.")

# ---------------------------------------------------------------- Appendix C
h2("Appendix C: Programme staff")
table(
    ["Name", "Role in the programme", "Current post", "Qualifications and relevant experience"],
    [
        ["Tom Fairweather", "Programme leader; Module 2 tutor",
         "Deputy headteacher and SENCO, Corrin Lane Primary School",
         "SENCO since 2002 in two primary schools; MA Special and Inclusive Education (Gallowmere, "
         "2008); NPQH; leads the Kelthorpe SENCO cluster"],
        ["Dr Priya Sandhu", "Module 1 leader; University link tutor",
         "Senior Lecturer in Inclusive Education, University of Gallowmere",
         "PhD on reading interventions for pupils with dyslexia; former specialist teacher for "
         "specific learning difficulties; external examiner for another university\u2019s MA in SEN"],
        ["Gwen Ottery", "Tutor, Days 3 and 4; contrasting-setting days",
         "Headteacher, Marram House School",
         "Twenty years in special education; NPQH; Marram House is a National Support School"],
        ["Martin Heale", "Tutor, Days 4 and 6",
         "Senior Educational Psychologist, Kelthorpe County Council",
         "Chartered educational psychologist; leads the County\u2019s training for schools on the "
         "statutory assessment process"],
        ["Lorna Beck", "Tutor, Day 4",
         "Specialist speech and language therapist, Kelthorpe Community Health Trust",
         "Works in both secondary resourced provisions; trainer for the Inclusion Development "
         "Programme materials on speech, language and communication"],
        ["Sam Achterberg", "Tutor, Day 7",
         "SENCO and access arrangements assessor, Hazelbury High",
         "Holds the Certificate of Competence in Educational Testing; manages access arrangements for "
         "about 90 candidates a year"],
        ["Rachel Morrow-Evans", "Tutor, Days 8 and 9; elective (early years)",
         "SENCO, Saltings Primary School",
         "SENCO for nine years; led the partnership\u2019s provision mapping project in 2010\u201311"],
    ],
    widths=[3.0, 3.4, 4.2, 6.2],
)
p("Every tutor is working now in a school, a County service or the University, and each keeps up to date through the "
  "partnership\u2019s own SENCO network, which meets twice a term, and through at least one external "
  "conference or course a year recorded in his or her performance management review.")

# ---------------------------------------------------------------- Appendix D
h2("Appendix D: Assessment strategy")
p("The award is assessed through three summative tasks, each marked against published criteria "
  "written from the national minimum outcomes. The pass mark for each task is 50 per cent.")
table(
    ["Task", "Module", "What the participant submits", "Marked against these outcomes"],
    [
        ["Task 1: Case study", "Module 1 (20 of its 30 credits)",
         "A 4,000-word case study of a pupil with SEN and/or disabilities in the participant\u2019s school, "
         "with the pupil\u2019s provision over two terms and its effect on the pupil\u2019s attainment and "
         "well-being",
         "How the pupil\u2019s development has been affected by SEN, disability and the environment; "
         "knowledge of the pupil\u2019s area of need and of the other common types of SEN; critical use of "
         "approaches, strategies and resources including ICT; identifying need, setting targets, "
         "planning and reviewing interventions; using assessments by other professionals; liaising with "
         "the pupil\u2019s parents or carers; a fair, respectful and constructive relationship with the "
         "pupil and family"],
        ["Task 2: Policy audit", "Module 1 (10 of its 30 credits)",
         "A 2,000-word audit of the school\u2019s SEN policy and practice against the SEN Code of Practice "
         "and the Equality Act 2010, with an action plan",
         "SEN law and the Code of Practice and how to put them into practice; disability equality law "
         "and the actions it requires"],
        ["Task 3: Practice Enquiry", "Module 2 (30 credits)",
         "A 5,000-word report of a change in provision led by the participant, with baseline and "
         "follow-up measures for the pupils concerned, and a 15-minute presentation to the tutor and "
         "the participant\u2019s headteacher on Day 10",
         "Provision mapping and identifying ineffective or missing provision; deploying and managing "
         "staff; reviewing provision with colleagues to inform self-evaluation; the principles of school "
         "self-evaluation; working with senior colleagues and governors on inclusive policy and "
         "resources; gaining the commitment of the headteacher and senior leaders; well-founded "
         "decisions and sound judgement about provision; drawing on research and external advice; "
         "best practice and research in meeting SEN. The presentation is marked for the clarity of "
         "the participant\u2019s spoken account and how he or she listens and responds to questions"],
    ],
    widths=[2.8, 2.8, 5.0, 6.2],
)
p("Reflective learning log (formative)", bold=True)
p("Throughout the year participants keep a learning log, in which they review how they are managing "
  "their time and plan their own continuing professional development on SEN and disability. The log "
  "is discussed at tutorials and in coaching triads. It is not marked and does not count towards the "
  "award.")
p("Marking and moderation", bold=True)
p("Each task is first-marked by the participant\u2019s personal tutor. Every Task 3 report, every "
  "fail and every mark of 70 or above is second-marked, as is a further sample of at least a quarter "
  "of Tasks 1 and 2. The tutors and the University link tutor meet after each task to agree marks and "
  "compare standards, and the moderated marks go to the University\u2019s Examination Board. The "
  "University\u2019s external examiner, a senior lecturer in SEN at another university, reviews a sample "
  "of every task and attends the Board.")
p("The award", bold=True)
p("To gain the award participants must pass all three tasks. All national minimum outcomes are "
  "assessed through these tasks.")

# ---------------------------------------------------------------- Appendix E
h2("Appendix E: The quality cycle")
p("[Diagram. Six boxes are arranged in a circle and joined by arrows running clockwise. A seventh "
  "box, \u201cStrategic Board\u201d, sits in the centre, with a dotted line to each of the six. The "
  "boxes read as follows.]", italic=True)
p("Box 1, Recruit and select. Entry requirements, self-review and joint interview (Section 5.2). "
  "Evidence: numbers applying, accepted and deferred, and cohort profile, reported to the Board.")
p("Box 2, Assess needs and plan. Individual Learning Plans. Evidence: the University link tutor "
  "reads a sample of five plans each year and reports on their quality.")
p("Box 3, Teach and support. Taught days, twilights, gap tasks, tutorials, contrasting-setting days. "
  "Evidence: a short evaluation by every participant at the end of every session; one observation "
  "of each tutor each year by the programme leader or the link tutor; notes of triad meetings.")
p("Box 4, Assess. Tasks 1 to 3. Evidence: second marking and moderation records; the external "
  "examiner\u2019s report; the marks profile.")
p("Box 5, Evaluate. Evidence: an end-of-programme questionnaire; the repeat self-review; a "
  "discussion with the cohort on Day 10 led by a Board member who does not teach on the programme; "
  "the University\u2019s annual monitoring report.")
p("Box 6, Review and plan. The programme leader writes the annual evaluation report from the evidence "
  "in Boxes 1 to 5. The Board receives it in July and approves an improvement plan, which changes "
  "the timetable, the materials or the assessment for the following cohort. The plan goes to the "
  "University with the annual monitoring report, and the programme leader tells the next cohort at "
  "induction what has changed and why. The arrow from Box 6 returns to Box 1.")

# ---------------------------------------------------------------- Appendix F
h2("Appendix F: Stakeholder consultation")
p("In the autumn term 2011 the partnership consulted headteachers and SENCOs in partner schools, and "
  "officers of the Council, about the proposed programme. Responses were positive. The full "
  "responses are held by the Teaching School Manager and can be made available to the panel.")

doc.save(OUT)
print("wrote", OUT)
