"""Build cc-01-wrayford-email-thread.docx (blind test application).

PROVIDER
  University of Wrayford, School of Education (invented), in partnership with the
  SEN teams of Wrayford City Council and Ashdale County Council (invented).
  Award: Postgraduate Certificate in Special Educational Needs Coordination
  (National Award), 60 credits at Level 7, two 30-credit modules (EDU7401,
  EDU7402). People: Dr Ruth Ellery (programme leader), Gareth Pryce (senior SEN
  adviser, Wrayford CC), Linda Sowerby (Ashdale), Martin Oduya (Academic
  Registry, quality and validation officer).

LAYOUT
  The application is a forwarded e-mail thread printed to Word. Newest first:
    M0  6 Mar 2009  Ruth -> TDA approvals team: cover note ("where a later
        message changes an earlier proposal, the later message is our position")
    M1  25 Feb      Ruth -> Gareth, Martin, Linda: numbered "settled version"
                    (forwarded, unquoted); ends "Everything else in my
                    12 February email stands."
    M2  23 Feb      Martin (Registry), quoted with ">", replying in line to
                    points of M4 (those points re-quoted with ">>")
    M3  18 Feb      Gareth, quoted ">>"
    M4  12 Feb      Ruth's full first proposal, quoted ">>>", numbered 1-19
    M5   3 Feb      Gareth's opening request, quoted ">>>>"
  Quoted messages are hard-wrapped at ~72 columns with manual line breaks, each
  line carrying its ">" prefix, as in a plain-text mail client. Every message
  has a signature; the University and Council messages carry disclaimers.
  Page header and footer are printing artefacts (never evidence).
  After the thread: "Attachment 1: Session list" and "Attachment 2: Assessment
  summary" typed as plain paragraphs with short pasted extracts (v5, i.e. the
  settled version).

TRAPS (requirement ids affected)
  Superseded or dropped proposals (the older, lower message says yes, the newer
  one says no):
  - 2.1  APCL up to 30 credits proposed in M4 point 6; M2 says the validation
         panel ruled out any APL/APEL for this award; M1 point 3 removes it.
         -> not_met.
  - 2.3  Assessment-only route (portfolio + viva, 600 pounds) proposed in M4
         point 7; M2 says the regulations do not allow it (the old Advanced
         Certificate's route ran until 2007: past arrangement); M1 removes it.
         -> not_met.
  - 2.2  Entry audit against the national outcomes stays, but the Individual
         Learning Plan / personalised outcomes of M4 point 5 are dropped in M1
         point 4. -> partially_met.
  - 3.3  WrayLearn VLE (materials, peer forums) stays; the weekly online tutor
         surgery and 48-hour e-tutor reply (M4 point 9) are dropped in M1
         point 5; forums unmoderated. Tutor support only in face-to-face
         tutorials. -> partially_met.
  - 5.3  Gareth's offer of LA HR CRB checks (M3) and Registry's "employer's
         business" (M2); M1 point 7 explicitly declines to ask for or check
         disclosures. -> not_met.
  - 5.7  Half-day mentor training (M4 point 10) dropped; mentors get a handbook
         by e-mail (M1 point 8); nothing on tutors. -> partially_met.
  - 6.K3 Task A's accessibility plan / disability equality scheme element (M4
         point 8) removed in M1 point 2; DDA taught on Day 3 "but no longer
         assessed anywhere". -> partially_met.
  - 6.S5 Task D coaching log (M4 point 8) dropped in M1 point 2; coaching stays
         in Day 9 and the formative reflective log. -> partially_met.
  The opposite direction (older message says no, newer says yes):
  - 3.2  M4 "single September intake for now" and M3 "we can't staff a January
         start" are superseded by M1 point 6 / M0 (January intake confirmed);
         plus two venues and one- or two-year routes. -> met.
  Placeholders / values without arrangements:
  - 3.1  M4 point 17 and M1 point 10 wait for Registry's "standard DDA/equality
         paragraph"; the cover note M0 still carries "[Martin's standard
         DDA/equality paragraph to go here]"; the only equality wording is in
         e-mail disclaimers; Day 3's "reasonable adjustments in the classroom
         and on trips" is content about pupils, not arrangements for
         participants (wrong context). -> not_met.
  Aspirations / conditionals:
  - 4.3  LAs teach, host visits and act as distant mentors (delivery), but a
         place on the programme committee is only "at some point" (M1 point 9).
         -> partially_met.
  - 5.9  Entry audit repeated on Day 10 (participants' confidence), Task B
         pupil measures only "where the timescale allows", pupil follow-up a
         year on "still an idea only" (M1 point 11). -> partially_met.
  - 5.6  Library and VLE only; Communication Aids Centre visit is conditional
         ("if we can find staff time", M3). -> partially_met.
  Wrong context:
  - 6.S2c, 6.S2d  The LA's own non-accredited SENCO induction course (M5)
         covers AfL and exam access arrangements; it is another programme.
         6.S2c is otherwise absent -> not_met; 6.S2d is taught on Day 8 but
         not assessed -> partially_met.
  Unsupported coverage claim:
  - 1.9, 6.0  M0: "confident that the programme covers and assesses all of the
         national minimum outcomes, and that nobody will leave it without
         meeting them"; but several outcomes are unassessed and the pass rule
         (M2) allows compensation between tasks. -> partially_met.
  Criterion 6 in the layout's own way (attachments + thread):
  - Taught but only in the formative, ungraded reflective log: 6.A3 (Day 9
    workload/delegation), 6.A7 (Day 10 CPD plan "is not assessed"), 6.K7 and
    6.S6 (Day 8 SEF / reviewing provision with colleagues), 6.K9 and 6.S9
    (Day 7 agencies). -> partially_met.
  - Absent: 6.A4, 6.K4 (and 6.S2c above). -> not_met.
  - Met via the assessment summary's plain statements: Task A (K1, K8, A6,
    A5), Task B (S2, S2a, S7, S8, A1, K2, K5, K6), Task C (S1, S2b, S3, S4,
    A2, A5).
  Concrete statements in unusual shapes that ARE met:
  - E.1, E.2  Registry's in-line reply (M2) and the cover note (M0: Academic
    Board 2 March 2009, 60 credits, Level 7).
  - 4.1, 4.2  Survey figures and the Heads' Forum, and the changes they caused,
    are in Gareth's message (M3), not Ruth's.
  - 5.8  Moderation arrangements sit inside Registry's in-line reply (M2).
  - 2.5  Day 10 "next steps" plan for the performance management review.
  - 5.2  Entry requirements, head's nomination, interview, guidance letter and
    call to the head (M4 point 4, unrevised, so it stands per M1).
"""
import os
import textwrap

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cc-01-wrayford-email-thread.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(2)
st.paragraph_format.space_before = Pt(0)
for s in doc.sections:
    s.left_margin = Cm(2.2)
    s.right_margin = Cm(2.2)
    s.header.paragraphs[0].text = (
        "Ruth Ellery - Fwd: RE: National Award for SENCOs - Wrayford PG Cert"
        " - printed 06/03/2009 17:45")
    s.footer.paragraphs[0].text = "https://owa.wrayford.ac.uk/owa/ - Outlook Web Access"

QUOTE_COLOURS = {1: RGBColor(0x1F, 0x3A, 0x93), 2: RGBColor(0x7A, 0x1F, 0x93),
                 3: RGBColor(0x1F, 0x73, 0x3A), 4: RGBColor(0x93, 0x5A, 0x1F)}


def para(text="", bold=False, italic=False, size=None, colour=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = colour
    return p


def header_block(lines):
    for label, value in lines:
        p = doc.add_paragraph()
        r = p.add_run(label + " ")
        r.bold = True
        p.add_run(value)


def body(paras):
    for t in paras:
        para(t)


def quoted(depth, paras, width=72):
    """Plain-text quoting: each paragraph hard-wrapped, every line prefixed."""
    prefix = ">" * depth + " "
    colour = QUOTE_COLOURS.get(depth)
    for i, t in enumerate(paras):
        if t.startswith("@@"):
            # in-line requote of an older message at a deeper level
            d2 = depth + 1
            pre2 = ">" * d2 + " "
            lines = textwrap.wrap(t[2:], width - len(pre2)) or [""]
            p = doc.add_paragraph()
            for j, ln in enumerate(lines):
                r = p.add_run(pre2 + ln)
                r.font.color.rgb = QUOTE_COLOURS.get(d2)
                if j < len(lines) - 1:
                    r.add_break(WD_BREAK.LINE)
            continue
        if t == "":
            p = doc.add_paragraph()
            r = p.add_run(">" * depth)
            r.font.color.rgb = colour
            continue
        indent = "  " if t.startswith("- ") else ""
        lines = textwrap.wrap(t, width - len(prefix),
                              subsequent_indent=indent) or [""]
        p = doc.add_paragraph()
        for j, ln in enumerate(lines):
            r = p.add_run(prefix + ln)
            r.font.color.rgb = colour
            if j < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
        # blank quoted line between paragraphs, as a mail client leaves it
        if i < len(paras) - 1 and not paras[i + 1].startswith("- ") and not t.startswith("@@"):
            q = doc.add_paragraph()
            rr = q.add_run(">" * depth)
            rr.font.color.rgb = colour


def wrote(depth, text):
    p = doc.add_paragraph()
    r = p.add_run((">" * depth + " " if depth else "") + text)
    if depth:
        r.font.color.rgb = QUOTE_COLOURS.get(depth)


UNI_DISCLAIMER = (
    "This email and any files transmitted with it are confidential and intended "
    "solely for the use of the individual or entity to whom they are addressed. "
    "If you have received this email in error please notify the sender and delete "
    "it. Any views or opinions presented are solely those of the author and do not "
    "necessarily represent those of the University of Wrayford. The University of "
    "Wrayford is committed to equality and diversity in all its activities.")
COUNCIL_DISCLAIMER = (
    "Wrayford City Council: this e-mail and any attachments are intended only for "
    "the addressee and may contain information that is privileged or confidential. "
    "E-mails sent to and from the Council may be monitored. Please consider the "
    "environment before printing this e-mail.")

# ---------------------------------------------------------------- M0 (newest)
header_block([
    ("From:", "Ruth Ellery <r.ellery@wrayford.ac.uk>"),
    ("Sent:", "Friday, 06 March 2009 17:42"),
    ("To:", "SENCO Approvals Team (TDA)"),
    ("Cc:", "Gareth Pryce; Linda Sowerby; Martin Oduya"),
    ("Subject:", "Fwd: RE: National Award for SENCOs - Wrayford PG Cert - where we have got to"),
    ("Attachments:", "Attachment1_SessionList_v5.doc; Attachment2_AssessmentSummary_v5.doc"),
])
para()
body([
    "Dear Approvals Team,",
    "As agreed with your office by telephone on 4 March, the University of Wrayford "
    "submits the thread below, with its two attachments, as our application for "
    "approval to offer the National Award for SEN Coordination from September 2009. "
    "It is the working record of how the programme was settled between the School "
    "of Education, the SEN teams of Wrayford City Council and Ashdale County Council, "
    "and the University's Academic Registry. Messages run newest first. Where a later "
    "message changes an earlier proposal, the later message is our position; I have "
    "not edited the earlier messages. The attachment extracts are from version 5 of "
    "the programme handbook, which follows the settled version.",
    "Three things have happened since the last message in the thread:",
    "- Academic Board confirmed on 2 March 2009 the validation of the Postgraduate "
    "Certificate in Special Educational Needs Coordination (National Award) as a "
    "60-credit award at Level 7 (Master's level) of the University's framework, with "
    "the conditions set by the Faculty panel met.",
    "- Linda Sowerby has confirmed Ashdale staffing for the January intake, so the "
    "programme will start in both September and January.",
    "- Equality and diversity: [Martin's standard DDA/equality paragraph to go here]",
    "We are confident that the programme covers and assesses all of the national "
    "minimum outcomes, and that nobody will leave it without meeting them.",
    "With best wishes,",
    "Ruth",
])
para()
body([
    "Dr Ruth Ellery",
    "Senior Lecturer in Inclusive Education | Programme Leader, PG Cert SEN Coordination",
    "School of Education, University of Wrayford, Kestrel Building, Wrayford",
])
para(UNI_DISCLAIMER, italic=True, size=8)
para()

# ---------------------------------------------------------------- M1
para("---------- Forwarded message ----------")
header_block([
    ("From:", "Ruth Ellery <r.ellery@wrayford.ac.uk>"),
    ("Date:", "Wed, 25 Feb 2009 at 21:08"),
    ("Subject:", "RE: National Award for SENCOs - Wrayford PG Cert - where we have got to"),
    ("To:", "Gareth Pryce <gareth.pryce@wrayford.gov.uk>; Martin Oduya <m.oduya@wrayford.ac.uk>"),
    ("Cc:", "Linda Sowerby <linda.sowerby@ashdale.gov.uk>"),
])
para()
body([
    "Gareth, Martin, Linda -",
    "Thank you all. Pulling the threads together so we have one settled version for "
    "the TDA. Where this differs from my long email of 12 February, this is what stands.",
    "1. Award. PG Cert, 60 credits at Level 7, two 30-credit modules (EDU7401 The SENCO, "
    "the Law and the Learner; EDU7402 Leading Provision for SEN). Faculty panel "
    "conditions accepted (see 2 and 3).",
    "2. Assessment. Down to three assessed tasks, as Martin asked.",
    "   - Task A cut to 3,500 words. To make room I have taken the accessibility plan / "
    "disability equality scheme part out of Task A. Disability equality law stays in "
    "Day 3 as taught content but is no longer assessed anywhere.",
    "   - Task B unchanged (pupil case study, 4,000 words).",
    "   - Task C unchanged (provision map and presentation to the head and a governor).",
    "   - Task D (the coaching log) is dropped. Coaching and mentoring colleagues stays "
    "in Day 9, and participants can write about it in the reflective log, which is "
    "formative and not graded.",
    "3. APL and the assessment-only route. Both come out, as the panel ruled. I've "
    "told the two LA support-service teachers who asked about assessment-only that "
    "they will need to take the full programme.",
    "4. Entry audit. The audit against the national outcomes stays, completed before "
    "the interview. But, having costed the tutor time, we will not be writing "
    "individual learning plans or personalised outcome sets: the audit goes to tutors "
    "for information and is used to place people in the primary or secondary strand "
    "for Days 4 and 5.",
    "5. WrayLearn. Materials, readings and the group forums stay. The Tuesday online "
    "tutor surgery and the 48-hour e-tutor reply are dropped - we can't fund them. "
    "Tutors won't moderate the forums; they are there for participants to support "
    "each other between taught days. Tutorials stay face to face (three per participant).",
    "6. January intake. Yes - Martin says Registry will allow a second intake if we "
    "have 12, and Linda has found the staff. So September and January starts, and "
    "Days 1-10 run at both venues for each intake.",
    "7. CRB. Gareth, thank you for the offer of LA HR checks, but having talked it "
    "through with the Dean we are not taking it up. Participants are serving teachers "
    "and CRB is a matter for their employers; we will not be asking for or checking "
    "disclosures ourselves.",
    "8. Mentors. The half-day mentor training isn't going to happen in time. Mentors "
    "will get the mentor handbook by email with the nomination pack.",
    "9. Programme committee. Gareth, I'd still like you or Linda on the programme "
    "committee at some point - perhaps once we have a cohort through.",
    "10. Equality paragraph - Martin, I still need your standard para. I'll paste it "
    "in before this goes.",
    "11. Pupil follow-up a year on - still an idea only; there's no money for it.",
    "Everything else in my 12 February email stands.",
    "Ruth",
])
para()
body(["Dr Ruth Ellery",
      "Programme Leader, PG Cert SEN Coordination | School of Education"])
para(UNI_DISCLAIMER, italic=True, size=8)
para()

# ---------------------------------------------------------------- M2 (Registry)
wrote(0, "On 23 Feb 2009, at 16:12, Martin Oduya <m.oduya@wrayford.ac.uk> wrote:")
quoted(1, [
    "Ruth (cc Gareth, Linda),",
    "Outcome of Friday's Faculty Validation Panel (20 February) on the PG Cert SEN "
    "Coordination (National Award). The panel approved the award at 60 credits, "
    "Level 7, subject to conditions, which go to Academic Board on 2 March. Replies "
    "to your points in line below.",
    "@@6. APL: up to 30 credits (the whole of EDU7401) by accreditation of prior "
    "certificated learning for teachers holding a Level 7 SEN module ...",
    "Regulation 14.3 would normally allow this, but the panel ruled it out for this "
    "award: the TDA requires every participant to be assessed against all of the "
    "national outcomes on this programme, so no credit can be given against either "
    "module through APL or APEL. Condition 1: remove.",
    "@@7. Assessment-only route for experienced candidates ...",
    "The regulations don't allow a taught postgraduate award to be conferred by "
    "assessment without enrolment on the modules. (I know the old Advanced "
    "Certificate ran an assessment-only route until 2007, but that was a non-credit "
    "award.) Please remove.",
    "@@8. Assessment: Tasks A-D plus reflective log ...",
    "Four assessed tasks is above the Faculty norm for 60 credits. Condition 2: three "
    "tasks, not more than 10,000 words or equivalent in total.",
    "Moderation is the standard postgraduate arrangement: first marking by the module "
    "tutor; blind second marking of a 20% sample of every task, plus all fails and all "
    "marks of 70 and above; a standardisation meeting of all markers before each "
    "marking round, using scripts marked in advance; and the external examiner "
    "(Professor Hilary Dunmore, University of Eastleigh, appointed for four years from "
    "September 2009) reviews a sample from every task and attends the Examination Board.",
    "Pass rule: 50% in each task at Level 7, with compensation allowed by the Board "
    "where one task is between 40 and 49% and the module average is at least 50%.",
    "@@18. CRB - do we need to check? Martin?",
    "The University doesn't process CRB disclosures for in-service postgraduates; the "
    "Faculty view is that it's for the employer. If you want something, Gareth's offer "
    "would be the route.",
    "@@17. Equality. [Martin - can you give me the standard DDA/equality paragraph ...]",
    "Will send you our standard one for validation documents.",
    "@@19. January intake?",
    "Possible if there are at least 12 enrolments.",
    "Regards,",
    "Martin",
    "Martin Oduya | Quality and Validation Officer | Academic Registry | University of Wrayford",
    "The University of Wrayford is committed to equality of opportunity and welcomes "
    "applications from disabled students. This message is confidential and may be "
    "legally privileged.",
])
quoted(1, [""])

# ---------------------------------------------------------------- M3 (LA)
wrote(1, "On 18 Feb 2009, at 09:31, Gareth Pryce <gareth.pryce@wrayford.gov.uk> wrote:")
quoted(2, [
    "Ruth,",
    "Thanks - this is a strong draft and very close to what our schools asked for. "
    "Comments below.",
    "Evidence. For the application you'll want the figures from our November survey of "
    "all SENCOs in Wrayford and Ashdale: 112 replies from 178 schools (63%). 41% had "
    "been in the role less than three years. The priorities they named were provision "
    "mapping (68%), managing and deploying teaching assistants (61%), using data to "
    "track progress (57%), handling difficult review meetings with parents (44%) and "
    "autism (40%). The Heads' Forum on 15 January said three things: no more than ten "
    "days out of school; SENCOs who can make the case for SEN to governors; and "
    "something that works for small rural primaries in Ashdale.",
    "You've picked these up already - provision mapping and TAs in Day 9, data in "
    "Day 8, the presentation to a governor in Task C, ten days rather than the twelve "
    "in your first outline, a parent-led session on Day 7, and every day running at "
    "Ashdale Teachers' Centre as well as on campus. Worth saying in the application "
    "that those changes came from the survey and the Heads' Forum.",
    "What the LAs will put in:",
    "- Linda and I will teach the Code of Practice part of Day 2 and provision mapping "
    "in Day 9.",
    "- Jo Fenwick (Parent Partnership coordinator, Wrayford) will co-lead Day 7 with "
    "one of our parent volunteers.",
    "- The Educational Psychology Service and the PCT's speech and language therapy "
    "team will each lead half a day in Days 4-5.",
    "- Every participant will spend one day on a visit to Brookfield School (the ASD "
    "resource base) or the Ashdale Language Resource Base, arranged by us.",
    "- SENCO network leads will act as 'distant' mentors alongside the school mentor.",
    "- If we can find the staff time, participants could also visit the Ashdale "
    "Communication Aids Centre to try out the assistive technology.",
    "CRB - our HR team can confirm enhanced CRB status for participants from "
    "maintained schools, if that helps.",
    "January - sorry, from the LA side we can't staff a January start this year.",
    "Programme committee - happy for one of us to sit on it.",
    "Gareth",
    "Gareth Pryce | Senior SEN Adviser | Inclusion and SEN Team | Children's Services | "
    "Wrayford City Council",
    COUNCIL_DISCLAIMER,
])
quoted(2, [""])

# ---------------------------------------------------------------- M4 (first proposal)
wrote(2, "On 12 Feb 2009, at 22:47, Ruth Ellery <r.ellery@wrayford.ac.uk> wrote:")
quoted(3, [
    "Gareth, Martin,",
    "As promised, the full first go at the programme, so Registry can take it to the "
    "validation panel on the 20th and Gareth can check it against what the LAs need. "
    "Numbered so you can reply in line. The session list and assessment summary are "
    "attached.",
    "1. Award. Postgraduate Certificate in Special Educational Needs Coordination "
    "(National Award): 60 credits at Level 7 (M level), two 30-credit modules, EDU7401 "
    "and EDU7402. The credits count towards our MA Education (Inclusion).",
    "2. What it is for. The first aim, and the one we'll judge ourselves by, is better "
    "progress and well-being for pupils with SEN and/or disabilities in participants' "
    "own schools - across all five ECM outcomes, not attainment alone. The second is to "
    "give new SENCOs the knowledge and skills to lead that provision: with colleagues "
    "and senior leaders, with parents and carers, with pupils themselves and with other "
    "services. Every assessed task is set in the participant's own school and asks what "
    "difference it made for pupils.",
    "3. Shape. Ten taught days (9.30-3.30) across the year, three individual tutorials "
    "of 45 minutes, a visit day, and directed school-based work between days. Each day "
    "runs twice in the same week, once on campus and once at Ashdale Teachers' Centre, "
    "and participants can move between the two. Participants may take the two modules "
    "in one year or spread them over two, Module 1 first. Single September intake for now.",
    "4. Entry and selection. Qualified teacher status; in post as SENCO, or designated "
    "by the head to take up the role by September 2009; a head's nomination form, which "
    "confirms release for the ten days and names a school mentor from the leadership "
    "team; and a 20-minute telephone interview with a tutor, which goes through the "
    "entry audit. Anyone who doesn't yet meet the entry requirements gets a letter "
    "setting out what they need to do first (usually a year in post, or the LA's SENCO "
    "induction course), and I ring the head to talk it through.",
    "5. Entry audit and learning plans. Before interview each applicant rates "
    "themselves 1-4 against each of the national minimum outcomes, with a prompt for "
    "evidence. The tutor and participant then agree an Individual Learning Plan at the "
    "first tutorial, with a personalised set of outcomes to focus on. The audit is "
    "repeated on Day 10 so that participants and we can see the change in confidence.",
    "6. APL: up to 30 credits (the whole of EDU7401) by accreditation of prior "
    "certificated learning for teachers holding a Level 7 SEN module from any "
    "university in the last five years, mapped against the outcomes.",
    "7. Assessment-only route for experienced candidates (for example teachers from "
    "LA support services): portfolio against every outcome plus a viva, fee 600 pounds.",
    "8. Assessment: Tasks A-D plus reflective log (details in the attachment). Task A "
    "is 5,000 words and includes a review of the school's accessibility plan and "
    "disability equality scheme. Task D is a coaching log: the participant observes a "
    "colleague teaching a pupil with SEN, gives feedback and records a coaching cycle (15%).",
    "9. WrayLearn (our Moodle site). All session materials and readings online; a "
    "discussion forum for each tutorial group; a weekly online tutor surgery (Tuesdays "
    "4-5pm, chat room); and tutors reply to any forum or email query within 48 hours.",
    "10. Mentors. Each participant has a school mentor from their leadership team and "
    "an LA network lead as a distant mentor. I'd like to offer a half-day mentor "
    "training session in June.",
    "11. Staff. Me (nine years as a primary SENCO, then LA advisory teacher for SpLD; "
    "MA in SEN; programme leader for the Advanced Certificate 2003-07); Dr Colin Whitlow "
    "(senior lecturer, former educational psychologist, research on provision "
    "mapping); Dr Anjali Mistry (lecturer, PhD on pupil voice and speech, language and "
    "communication needs, former secondary SENCO); and guest contributors from the "
    "LAs. All three of us hold current research or consultancy roles with schools.",
    "12. Quality. The programme goes through the University's annual monitoring: "
    "end-of-module evaluation questionnaires, a mid-year focus group with participants, "
    "the external examiner's report, and the programme committee (tutors plus two "
    "participant reps), which writes an action plan each summer; the plan goes to the "
    "Faculty Teaching Quality Committee and is reported back to the next cohort. I'd "
    "like the LAs on the programme committee too.",
    "13. Impact. Participants repeat the audit at the end (confidence and competence). "
    "Task B asks for baseline and follow-up measures of the pupil's progress where the "
    "timescale allows. I'd like to go back to schools a year later to see whether "
    "pupils have gone on progressing, if we can find funding.",
    "14. Resources. The library has a strong SEN collection and all the National "
    "Strategies materials; WrayLearn; participants get full library and e-journal access.",
    "15. Cost. 1,350 pounds per participant for the full award. The two LAs will each "
    "pay 400 pounds towards the fee for maintained-school SENCOs, and Ashdale Teachers' "
    "Centre is free to us, which is how we keep the fee below the University's usual "
    "postgraduate rate. Days 4 and 5 split into primary and secondary strands, and the "
    "three tutorials follow each participant's own audit and school.",
    "16. After the course. Day 10 ends with planning next steps: participants draft a "
    "professional development plan for the following year, using our template, to take "
    "to their performance management review with their head.",
    "17. Equality. [Martin - can you give me the standard DDA/equality paragraph for "
    "validation documents? I'll paste it here.]",
    "18. CRB - do we need to check? Martin?",
    "19. January intake? Gareth - could the LAs staff one?",
    "Ruth",
    "Dr Ruth Ellery | School of Education | University of Wrayford",
    UNI_DISCLAIMER,
])
quoted(3, [""])

# ---------------------------------------------------------------- M5 (oldest)
wrote(3, "On 3 Feb 2009, at 14:05, Gareth Pryce <gareth.pryce@wrayford.gov.uk> wrote:")
quoted(4, [
    "Ruth,",
    "Good to see you at the SENCO network. As discussed: it looks as if every SENCO new "
    "to the role from 1 September 2009 will have to gain the National Award within "
    "three years, and our SENCOs want something local. Would the University be willing "
    "to run it jointly with Wrayford and Ashdale? We'd rather not go to the TDA on our own.",
    "Two things we'd keep running ourselves whatever happens: the LA's four-twilight "
    "SENCO induction course (not accredited), which covers exam access arrangements and "
    "assessment for learning for pupils with SEN, and the termly SENCO network meetings.",
    "The SENCO survey results will be in by next week. Could you do a first draft for "
    "the 12th?",
    "Gareth",
    COUNCIL_DISCLAIMER,
])
para()

# ---------------------------------------------------------------- attachments
para("Attachment 1: Session list (extract from Programme Handbook v5, 26.02.09)", bold=True)
body([
    "Taught days run 9.30-3.30, each day twice in the same week (Wrayford campus / "
    "Ashdale Teachers' Centre). September intake: Days 1-5 autumn, 6-10 spring and "
    "summer. January intake: Days 1-10 January to December.",
    "Day 1  Raising achievement: the SENCO and the five outcomes. Every Child Matters "
    "and what being healthy, staying safe, enjoying and achieving, making a positive "
    "contribution and economic well-being mean for pupils with SEN; Removing Barriers to "
    "Achievement (2004); the SENCO role in the Code (paras 5.30 and 6.32); introduction "
    "to the tasks; academic writing at Level 7.",
    "Day 2  The law, the Code and the evidence. Education Act 1996 Part 4, SENDA 2001, "
    "the SEN Code of Practice (2001): graduated response, statutory assessment, annual "
    "reviews (Gareth Pryce, Linda Sowerby). Reading research and inspection evidence: "
    "Ofsted (2004) Special educational needs and disability: towards inclusive schools; "
    "Ofsted (2006) Inclusion: does it matter where pupils are taught?; the Lamb Inquiry "
    "(in progress); literature searching.",
    "Day 3  Disability equality. DDA 1995 and 2005, the disability equality duty, "
    "accessibility planning, reasonable adjustments in the classroom and on trips.",
    "Day 4  Areas of need I (primary and secondary strands). Speech, language and "
    "communication needs (the Bercow Review, 2008) with the SLT team; autistic spectrum "
    "disorders; dyslexia and specific learning difficulties.",
    "Day 5  Areas of need II (strands). Behavioural, emotional and social difficulties; "
    "moderate learning difficulties; EP service on assessment. Visit day (Brookfield "
    "School or Ashdale Language Resource Base) falls between Days 5 and 6.",
    "Day 6  Teaching approaches and ICT. Personalised learning; the three waves of "
    "intervention; judging intervention evidence (Brooks, 2007, What works for children "
    "with literacy difficulties?); ICT to remove barriers: Clicker 5, text-to-speech, "
    "visual timetables, Numicon software.",
    "Day 7  Pupils, parents and agencies. Gathering pupils' views: interviews, "
    "questionnaires, person-centred reviews (Dr Mistry); working with parents and carers "
    "(Jo Fenwick, Parent Partnership, and a parent); the roles of the EP service, CAMHS, "
    "speech and language therapy, social care and voluntary organisations such as "
    "Ashdale Autism Support; CAF and the lead professional.",
    "Day 8  Data, tracking and self-evaluation. P scales, RAISEonline and CVA; tracking "
    "the progress of pupils with SEN against national expectations; access arrangements "
    "for Key Stage 2 tests and GCSE (QCA and JCQ rules, deadlines); the SEF and SEN; "
    "reviewing the effectiveness of provision with class teachers and TAs.",
    "Day 9  Leading provision. Provision mapping and costing (Gareth Pryce, Dr Whitlow); "
    "deploying and managing TAs (DISS project, 2008); coaching and mentoring colleagues; "
    "managing the SENCO workload: priorities, time and delegation.",
    "Day 10  Task C presentations (morning). Next steps (afternoon): repeat of the entry "
    "audit; each participant drafts a professional development plan for 2010-11 to take "
    "to their performance management review with their head. The plan is not assessed.",
    "Tutorials: three individual tutorials of 45 minutes (after Days 2, 5 and 8).",
])
para()
para("Attachment 2: Assessment summary (extract, v5)", bold=True)
body([
    "EDU7401 The SENCO, the Law and the Learner (30 credits): Task A (40%) and Task B (60%). "
    "EDU7402 Leading Provision for SEN (30 credits): Task C (100%). Pass mark 50% per "
    "task (see Registry rules on compensation).",
    "Task A - The SEN policy in practice (3,500 words). A critical review of the "
    "school's SEN policy and practice against the SEN Code of Practice and related law, "
    "drawing on research and inspection evidence, with recommendations. Criteria: "
    "accurate knowledge of the law and the Code and what they mean for the school; "
    "critical use of research and best practice to improve the participant's own and "
    "colleagues' practice; clear, well-argued writing. National outcomes assessed: "
    "knowledge of SEN law and the Code; best practice and research; drawing on research "
    "and external advice; clear expression in writing.",
    "Task B - Pupil case study (4,000 words). For one pupil: identification of needs "
    "using the school's own assessments and the reports of other professionals (EP, "
    "speech and language therapist, advisory teacher); challenging targets; an "
    "intervention of 6-10 weeks, planned and reviewed; a structured interview with the "
    "pupil about their targets and provision; at least one meeting with the parents or "
    "carers, with notes; an account of the pupil's needs set within a critical overview "
    "of the main areas of need (BESD, specific learning difficulties including "
    "dyslexia, SLCN, ASD and MLD); a critical evaluation of the approaches and resources "
    "used, including ICT; and an evaluation of the outcome for the pupil against the "
    "relevant ECM outcomes. National outcomes assessed: identification, targets, "
    "intervention and review; using other professionals' assessments; involving the "
    "pupil; liaising with parents and carers; relationships with pupils and parents; "
    "ECM; types of SEN; approaches, strategies and resources including ICT.",
    "Task C - Leading provision (2,000 words plus a 15-minute presentation). An "
    "analysis of the school's data for pupils with SEN, including Key Stage results "
    "or GCSE outcomes and P scale data, to show how their progress is tracked and where "
    "programmes need to change; a costed provision map showing gaps and provision that "
    "has not worked; a proposal for the deployment and management of TAs; strategic "
    "priorities for inclusion, presented to the head (or a member of the leadership "
    "team) and a governor, whose written feedback is submitted with the task. National "
    "outcomes assessed: strategic development with senior colleagues and governors; "
    "gaining the commitment of colleagues; tracking with summative data; provision "
    "mapping; deploying staff; clear spoken expression.",
    "Reflective log (formative, not graded). Entries after each day, reviewed at "
    "tutorials: e.g. coaching a colleague, working with other agencies, managing time "
    "and delegating, reviewing provision for the SEF, the CPD plan.",
])

doc.save(OUT)
print("wrote", OUT)
