"""pv-02-wexley-park-card-wall: builds pv-02-wexley-park-card-wall.docx next to itself.

PROVIDER (invented). Wexley Park Squash Club Community Trust (the charity behind the club's
"Squash for All" sessions for pupils from 22 schools), with the University of Calderford's Faculty of
Education validating the course as a module of its MA Education (Inclusion), in Marlowe borough.
The course: "the Wexley Park SENCO Award", first cohort September 2009.

DOCUMENT KIND AND LAYOUT. A print of the Trust's Award working group's card wall (a kanban-style
task board) as it stood on 12 January 2009, sent whole as the application. Title style and Heading 1
for the five lists, named in squash terms: RALLY WON (done and in place), ON THE T (being worked on,
not finished), SERVICE BOX (ideas nobody has picked up), BACK WALL (parked until after the first
run), TIN (decided against). A legend table explains the lists and the coloured labels. Each card is
a small two-column table: a merged, shaded title row (card number WP-nn and title), Labels, Owner /
Due, Description, and sometimes a Checklist (ticked and unticked boxes) and Activity (card moves).
A covering note from the Trust Secretary in a VML text box. Two attachments under Heading 1:
the ten sessions (a table with a Term column merged vertically) and a landscape Outcome Map of
the 29 lines in the Trust's own words and strands (PLAYER, COACH, CLUB; codes PL1-PL7, CO1-CO9,
CL1-CL13, not Annex 3's), whose values ("Off court", "Solo drill", "-") are keyed only on cards
WP-10 and WP-11 several pages earlier. Header (print stamp) and footer (a note that cards move);
tracked changes, three Word comments, one footnote.

TRAPS (requirement ids):
- A card's list decides whether it is an arrangement: present-tense descriptions on cards in
  SERVICE BOX, BACK WALL or TIN describe things the Trust does not do.
  - TIN WP-27: an assessment-only route described in full, moved to Tin because the University
    "will not validate" it; a deleted tracked change in WP-06 that let APEL cover the whole Award
    (2.3 not_met; 2.1 met from WP-06's own APL/APEL arrangement).
  - TIN WP-28: online sessions decided against, "There is no e-learning in the course" (3.3
    not_applicable).
  - TIN WP-29: an exam access arrangements session dropped; the Outcome Map row CL13 has "-" in both
    columns (6.S2d not_met).
  - SERVICE BOX WP-23: end-of-course target setting is only an idea (2.5 not_met); Session 10's
    "keeping up to date" is not target setting.
  - SERVICE BOX WP-24: measuring pupils' progress is only an idea; only confidence is compared
    (5.9 partially_met).
  - BACK WALL WP-25: a heads' evaluation panel is parked, and the sentence putting heads in the July
    meeting is a deleted tracked change in WP-16; stakeholders appear only as guest tutors
    (4.3 partially_met; 4.1 and 4.2 met from WP-03).
  - BACK WALL WP-26: a January start is parked; only sessions run twice (3.2 partially_met).
- ON THE T cards are unfinished: the credit value (30 or 60) is undecided and a comment saying 60
  will go through is not part of the submission (E.2 partially_met; E.1 met from an inserted
  tracked change in WP-02); the reading list is a draft (1.3 partially_met); the specialist
  resource box has "Nothing bought yet" (5.6 partially_met); the mentors' handbook is a draft and the
  briefing "not yet fixed" (5.7 partially_met).
- WP-05: the CRB check of participants is only a ticked checklist item, and a comment asks who
  checks; WP-31 describes real CRB checks, but of coaches, volunteers and tutors (5.3 not_met).
- WP-07: the self-audit is used for the group; "there is no individual plan" (2.2 partially_met).
- WP-11: a task "passes at 50 overall; a strong section of a task can make up for a weak one"
  (6.0 partially_met; 1.9 partially_met with the unmarked lines).
- Outcome Map: "Solo drill" (practised with feedback, never marked): PL3 time (6.A3), CO7
  self-evaluation (6.K7), CL4 summative data and tests (6.S2b); "-" in the Task column: PL7 own CPD
  (6.A7), CL7 deploying staff (6.S4); "Off court" (not taught) but marked in Task A: CO4 child
  development (6.K4). A comment on PL7 asks whether Task C could cover it.
"""
from pathlib import Path

from _pv_helpers import (new_document, para, table, cell_write, shade_cell, set_widths, ins_run, del_run,
                         comment, Footnotes, textbox, header_footer, landscape_section, page_break, word_count,
                         run_fmt)
from docx.shared import Pt

HERE = Path(__file__).parent
NAME = "pv-02-wexley-park-card-wall"
PL = "Priya Lakhani"
JM = "Judith Marsh"
TR = "Tony Reeve"
DATE_A = "2008-12-04T16:20:00Z"
DATE_B = "2009-01-09T11:05:00Z"

LABEL_COLOURS = {"COURSE": "CFE2F3", "PEOPLE": "D9EAD3", "SCHOOLS": "FCE5CD", "MONEY": "FFF2CC",
                 "SAFE": "F4CCCC", "UNI": "D9D2E9"}

doc = new_document(font="Calibri", size=10)
fn = Footnotes(doc)
header_footer(doc.sections[0], "Wexley Park SC Community Trust  |  The Award Wall  |  printed 12/01/2009 14:32",
              "Printed from the Trust's card wall. Cards move: check the wall for the latest.")

para(doc, "THE AWARD WALL", style="Title")
para(doc, [("Wexley Park Squash Club Community Trust  -  the Wexley Park SENCO Award, first cohort September 2009",
            {"bold": True})])

textbox(doc, [
    [("To the TDA's approval panel", {"bold": True})],
    "This is the Trust's Award wall as it stood on 12 January 2009, printed card by card. The working group (Judith "
    "Marsh, our programme leader; Dr Martin Okafor of the University of Calderford; Anita Dhillon; Tony Reeve, our "
    "treasurer; and me) has planned the Award on this wall since September, and we would rather you saw it as it is "
    "than a tidied version.",
    "Cards in RALLY WON are what we do and will do with the first cohort. Cards ON THE T are being worked on now. "
    "SERVICE BOX, BACK WALL and TIN are not part of what we offer. The attachments at the end belong to the cards "
    "that name them.",
    [("Priya Lakhani, Trust Secretary", {"italic": True})],
], width_pt=460, height_pt=150, fill="FFFDE7")

para(doc, [("HOW TO READ THE WALL", {"bold": True})], space_before=6)
lg = table(doc, 6, 2, widths=[3.6, 13.4])
cell_write(lg.cell(0, 0), "List", bold=True, shade="BFBFBF")
cell_write(lg.cell(0, 1), "What a card in it means", bold=True, shade="BFBFBF")
for i, (a, b) in enumerate([
        ("RALLY WON", "Done. In place for the first cohort."),
        ("ON THE T", "Being worked on now. Not finished."),
        ("SERVICE BOX", "An idea waiting its turn. Nobody has picked it up."),
        ("BACK WALL", "Parked until after the first run."),
        ("TIN", "Decided against. It will not happen.")], start=1):
    cell_write(lg.cell(i, 0), a, bold=True)
    cell_write(lg.cell(i, 1), b)
para(doc, "Labels: " + ", ".join(LABEL_COLOURS) + ". A card's colour is its first label.", italic=True, size=9)

_cards = {}


def card(cid, title, labels, owner, due, desc, checklist=None, activity=None):
    """desc: list of str, or callables f(cell) that write their own paragraph(s)."""
    rows = 4 + (1 if checklist else 0) + (1 if activity else 0)
    t = table(doc, rows, 2, widths=[2.8, 14.2])
    top = t.cell(0, 0).merge(t.cell(0, 1))
    cell_write(top, [(cid + "   ", {"bold": True, "color": "595959"}), (title, {"bold": True})],
               shade=LABEL_COLOURS[labels[0]])
    cell_write(t.cell(1, 0), "Labels", bold=True, size=9)
    cell_write(t.cell(1, 1), "   ".join("[" + l + "]" for l in labels), size=9)
    cell_write(t.cell(2, 0), "Owner / Due", bold=True, size=9)
    cell_write(t.cell(2, 1), f"{owner}  /  {due}", size=9)
    cell_write(t.cell(3, 0), "Description", bold=True, size=9)
    c = t.cell(3, 1)
    first = True
    for d in desc:
        if callable(d):
            d(c, first)
        else:
            p = c.paragraphs[0] if first else c.add_paragraph()
            p.add_run(d)
            p.paragraph_format.space_after = Pt(3)
        first = False
    r = 4
    if checklist:
        cell_write(t.cell(r, 0), "Checklist", bold=True, size=9)
        cc = t.cell(r, 1)
        runs = []
        for i, (done, item) in enumerate(checklist):
            p = cc.paragraphs[0] if i == 0 else cc.add_paragraph()
            rr = p.add_run(("\u2611 " if done else "\u2610 ") + item)
            rr.font.size = Pt(9)
            p.paragraph_format.space_after = Pt(1)
            runs.append(rr)
        _cards[cid + ":check"] = runs
        r += 1
    if activity:
        cell_write(t.cell(r, 0), "Activity", bold=True, size=9)
        cell_write(t.cell(r, 1), activity, italic=True, size=9, color="595959")
    set_widths(t, [2.8, 14.2])
    para(doc, "", space_after=2)
    return t


def list_heading(text):
    para(doc, text, style="Heading 1")


# ======================================================================= RALLY WON
list_heading("RALLY WON  (19 cards)")

card("WP-01", "Why we're doing this", ["COURSE"], "Priya Lakhani", "done 15 Sep 2008", [
    "The Award exists to raise the achievement and well-being of children and young people with SEN and "
    "disabilities in Marlowe's schools, in all five Every Child Matters outcomes and not only in test results. The "
    "course aims say this first; every session starts from a pupil the participants know; and each of the three "
    "marked tasks asks what has changed, or will change, for pupils.",
    "For eight years our coaches have run Squash for All sessions with pupils from 22 schools, and we have seen what "
    "a good SENCO does for a child. That is why the Trust is doing this."])


def wp02(c, first):
    p = c.paragraphs[0]
    p.add_run("The Award is a module of the University of Calderford's MA Education (Inclusion), taught by the Trust "
              "under a partnership agreement with the University's Faculty of Education. ")
    ins_run(p, "The module was validated at Master's level at the University's validation event on 4 December 2008. ",
            PL, DATE_A)
    p.add_run("Participants register as University students and the University awards the credit. Credit value: see "
              "WP-19.")


card("WP-02", "University of Calderford", ["UNI"], "Dr Martin Okafor", "done 4 Dec 2008", [wp02],
     activity="Moved from On the T to Rally Won by Priya L., 4 Dec 2008.")

card("WP-03", "What the schools told us", ["SCHOOLS", "COURSE"], "Priya Lakhani", "done 20 Nov 2008", [
    "In October 2008 we sent a short survey to the heads and SENCOs of the 22 Squash for All schools and to Marlowe "
    "Borough Council's Inclusion Service, and held an evening for SENCOs at the club. Seventeen schools replied and "
    "eleven SENCOs came. What they told us, and what we did about it:",
    "- Twilight sessions are hard for primary SENCOs who run after-school clubs: every session now runs twice "
    "(WP-09).",
    "- Managing teaching assistants is their biggest worry: Session 8 is given over to it.",
    "- Parents want SENCOs who listen: Session 7 is led with the Marlowe Parent Partnership.",
    "- The council asked for work with other agencies to be central: Session 6 and Task B.",
    "- Heads asked that the final task be a real project in the participant's own school: Task C."])

card("WP-04", "Who can join", ["PEOPLE"], "Judith Marsh", "done 6 Oct 2008", [
    "Participants must hold QTS, be in post as SENCO (or be named by their head to take the role within a year) in a "
    "Marlowe school or a school in a neighbouring authority, and have their head's written support, including time "
    "for Task C.",
    "Judith holds a 30-minute entry conversation with every applicant, going through their self-audit (WP-07) and "
    "experience against what the course asks. Where someone is not ready, Judith writes to them and to their head "
    "saying what to do first (usually a term of Marlowe's New to SEN twilight course) and offers a place on the next "
    "cohort."])

card("WP-05", "Recruitment", ["PEOPLE", "SAFE"], "Judith Marsh", "9 Jan 2009", [
    "Application form on the Trust website and on paper; heads' nomination letter; entry conversation (WP-04). Twenty "
    "places, offered by 30 June 2009."],
    checklist=[(True, "Application form live"), (True, "Nomination letter template"),
               (True, "CRB - all participants"), (True, "Twenty places agreed with University"),
               (False, "Place offer letters (June)")])
comment(doc, _cards["WP-05:check"][2], "Who actually checks these? We never see the certificates. TR", TR, "TR")

card("WP-31", "Safeguarding at the club", ["SAFE", "PEOPLE"], "Tony Reeve", "done 20 Nov 2008", [
    "Every Squash for All coach and every volunteer who works with junior members holds an enhanced CRB disclosure, "
    "checked by the club's Welfare Officer and renewed every three years. The Award's tutors and guest tutors are "
    "checked in the same way before they teach a session at the club. The Trust's child protection policy covers "
    "Session 7, when young people from the Squash for All squad take part."])


def wp06(c, first):
    p = c.paragraphs[0]
    p.add_run("Participants can bring in credit under the University's Accreditation of Prior Learning regulations: "
              "up to 20 credits for Master's-level study completed in the last five years that matches the Award's "
              "outcomes (the University's own SpLD certificate, for example), or through APEL, by a portfolio showing "
              "experience against named lines of the Outcome Map, assessed by two tutors. ")
    del_run(p, "APEL can cover the whole Award for very experienced staff. ", PL, DATE_A)
    p2 = c.add_paragraph()
    p2.add_run("Judith advises at the entry conversation and the University's APL panel decides before Session 1. A "
               "participant with APL credit is excused the matching part of Task A.")


card("WP-06", "APL and APEL", ["UNI", "COURSE"], "Dr Martin Okafor", "done 4 Dec 2008", [wp06])

card("WP-07", "Self-audit before Session 1", ["COURSE"], "Judith Marsh", "done 6 Oct 2008", [
    "Before Session 1 every participant scores themselves from 1 to 4 on each of the 29 lines of the Outcome Map. "
    "Judith collects the audits and at Session 1 the group talks through where it is strongest and weakest; the tutors "
    "then give more time in sessions to the lines the group scored lowest.",
    "Everyone follows the same ten sessions and the same three tasks: there is no individual plan."])

card("WP-08", "Disability, access and adjustments", ["PEOPLE"], "Judith Marsh", "done 10 Nov 2008", [
    "The application form and the joining letter both invite applicants to tell us about a disability or health "
    "condition, and say why we ask. Judith talks with anyone who does about what would help and agrees adjustments in "
    "writing: materials in large print or electronic copy, a note-taker, seating, rest breaks, extra time or a "
    "different format for part of a task (an oral presentation instead of part of Task A, say), with the University's "
    "Disability Service.",
    "The function room and courts are on the ground floor, with level access, a hearing loop and an accessible "
    "toilet. Our publicity shows disabled adults among the club's players and coaches, because they are. The Trust's "
    "Equality Scheme covers the course, and the University checked the marking guides so that they do not "
    "disadvantage disabled participants."])

card("WP-09", "Sessions twice over", ["COURSE", "SCHOOLS"], "Judith Marsh", "done 20 Nov 2008", [
    "Every session runs twice in the same week: Tuesday 4.30 to 7.30 and Saturday 9.30 to 12.30, both at the club. "
    "Participants can come to either, week by week.",
    "There is one start a year, in September, and the sessions run in order."])

card("WP-10", "The ten sessions", ["COURSE"], "Judith Marsh", "done 4 Dec 2008", [
    "Ten three-hour sessions from September to May, each with court time: a task in the participant's own school to "
    "do before the next session. The list is attached (Attachment A).",
    "Where the Outcome Map (Attachment B) says Off court, the line is not taught: we take it that SENCOs arrive with "
    "it."])

card("WP-11", "The three tasks and the award rule", ["COURSE", "UNI"], "Judith Marsh", "done 4 Dec 2008", [
    "Task A (written assignment, 4,000 words, January): the law and policy on SEN and disability, Every Child "
    "Matters and the SENCO's part in it; how children develop and the commonest needs; research and best practice, "
    "and how the participant would use them and outside advice in their school.",
    "Task B (case study, 5,000 words with evidence, March): one pupil's identification, targets, interventions and "
    "review, using other professionals' assessments and chosen approaches and resources (ICT included), built with the "
    "pupil, the parents and the agencies involved, and the decisions the participant took along the way.",
    "Task C (school project, 5,000 words and a 20-minute presentation to two tutors, June): a change to provision that "
    "the participant leads in their own school with the head's backing, including a paper to senior leaders and "
    "governors, the provision map, coaching colleagues (formative assessment among them), a review with staff, and "
    "the evidence of what changed.",
    "Sessions also have solo drills: exercises practised in the session with a tutor's feedback, never marked. Where "
    "the Outcome Map says -, the line is not marked.",
    "To pass the Award a participant must pass Tasks A, B and C. Each task is marked out of 100 and passes at 50 "
    "overall; a strong section of a task can make up for a weak one."])

card("WP-12", "Tutors", ["PEOPLE"], "Judith Marsh", "done 6 Oct 2008", [
    "Judith Marsh, programme leader: SENCO at Wexley Park Primary 1996-2006, then Marlowe's Area SENCO until 2008; MA "
    "(SEN), University of Calderford; OCR Diploma in SpLD.",
    "Dr Martin Okafor: Principal Lecturer in Inclusive Education, University of Calderford; researches inclusion in "
    "school sport; University link tutor.",
    "Anita Dhillon: SENCO at Parkside Secondary School; Advanced Skills Teacher for inclusion.",
    "Guest tutors: Marlowe's educational psychologists, the speech and language therapy team, the CAMHS primary mental "
    "health worker, and the Marlowe Parent Partnership."])

card("WP-13", "Tutors' briefing", ["PEOPLE", "UNI"], "Dr Martin Okafor", "done (July each year)", [
    "All tutors and guest tutors attend a briefing day at the University each July: the module handbook, what each "
    "tutor is responsible for, the marking guide for each task, and a marking exercise on pilot scripts. Each tutor "
    "gets a tutor's handbook. Mentors: see WP-22."])

card("WP-14", "Marking and moderation", ["UNI"], "Dr Martin Okafor", "done 4 Dec 2008", [
    "Every task is marked by a tutor against the University's Master's-level criteria and the task's marking guide. A "
    "second tutor marks every fail, every distinction and one in four of the rest, and the two agree the mark. The "
    "University's moderator samples each task, and the MA external examiner reviews a sample and the marks at the "
    "University's June assessment board."])


def wp15(c, first):
    p = c.paragraphs[0]
    p.add_run("Every participant spends one day between Sessions 4 and 6 at Brookvale Special School or at Marlowe's "
              "Pupil Referral Unit, arranged by the Trust, shadowing the SENCO or the teacher in charge with a set of "
              "questions that feed Task B.")
    fn.add(p, "Brookvale School's agreement with the Trust for 2009-10 was signed on 10 December 2008; the PRU's on "
              "17 December 2008.")
    p2 = c.add_paragraph()
    p2.add_run("Guest tutors bring specialist expertise to Sessions 3, 6 and 7 (WP-12).")


card("WP-15", "Placement day and guest tutors", ["SCHOOLS"], "Anita Dhillon", "done 17 Dec 2008", [wp15])


def wp16(c, first):
    p = c.paragraphs[0]
    p.add_run("Participants fill in a slip at the end of every session, and Judith reports the slips to the tutors "
              "each half-term with the changes made. At Session 10 participants complete the University's module "
              "evaluation. The external examiner's report and the University's annual monitoring report come to the "
              "Trust's Award Committee each July, which agrees changes for the next cohort and puts them on the wall "
              "as new cards. ")
    del_run(p, "The heads of five Squash for All schools join the July meeting to say whether the course gave them "
               "what they asked for. ", PL, DATE_B)
    p2 = c.add_paragraph()
    p2.add_run("Participants rate their confidence on the 29 lines at the start (the self-audit) and again at Session "
               "10, and we compare the two. What difference the Award makes to pupils: see WP-24.")


card("WP-16", "How we'll know it's working", ["COURSE", "UNI"], "Priya Lakhani", "done 9 Jan 2009", [wp16])

card("WP-17", "Fees and value", ["MONEY"], "Tony Reeve", "done 20 Nov 2008", [
    "Fee 850 pounds including University registration. Squash for All schools pay 600 pounds; the Trust makes up the "
    "difference from its Sport Relief grant. Sessions run twice (WP-09), so no school needs supply cover.",
    "Each participant has three one-to-one tutorials with Judith or Anita, at times that suit them, on what their own "
    "school most needs; Tasks B and C are built on the participant's own pupils and school. The credits count towards "
    "the University's MA."])

card("WP-18", "Room and kit", ["MONEY"], "Tony Reeve", "done 28 Nov 2008", [
    "The function room seats 24 and has a projector, screen and flipcharts; the Trust bought eight laptops for "
    "sessions in November. Participants use the University library and its e-journals with their student cards. "
    "Specialist resources: see WP-21."])

# ======================================================================= ON THE T
list_heading("ON THE T  (4 cards)")

card("WP-19", "Credit value", ["UNI"], "Dr Martin Okafor", "due 19 Feb 2009", [
    "The validation panel asked us to settle the module's credit value before the first cohort: 30 credits, the size "
    "of the University's other MA modules, or 60. The Trust wants 60. The Faculty's Board of Studies decides on 19 "
    "February."])
t = doc.tables[-1]
comment(doc, t.cell(3, 1).paragraphs[0].runs[0],
        "Chair of the Board of Studies says 60 will go through. Update the card? PL", PL, "PL")

card("WP-20", "Reading list", ["COURSE"], "Dr Martin Okafor", "due 31 Mar 2009", [
    "A reading list for each session, with recent research and inspection reports. Martin has a first draft for "
    "Sessions 1 to 3."],
    checklist=[(True, "Sessions 1-3 draft"), (False, "Sessions 4-10"), (False, "Library check")])

card("WP-21", "Resource box", ["MONEY", "COURSE"], "Anita Dhillon", "due April 2009", [
    "A box of specialist resources for sessions: assessment kits, Numicon, visual timetable kits, and a laptop with "
    "Clicker and Widgit. Marlowe's SEN support service has offered to lend some. Nothing bought yet."])

card("WP-22", "Mentors", ["PEOPLE", "SCHOOLS"], "Judith Marsh", "due June 2009", [
    "Each participant's head names an in-school mentor. Draft 2 of a mentor's handbook (what a mentor does, meetings "
    "each half-term, the mentor's note for Task C) is with Judith. The mentors' briefing evening is not yet fixed."])

# ======================================================================= SERVICE BOX
list_heading("SERVICE BOX  (2 cards)")

card("WP-23", "Next steps at the end", ["COURSE"], "-", "-", [
    "In the last session each participant sits down with a tutor and sets professional targets for the next two "
    "years, to take to their line manager."],
    activity="Added by Anita D., 2 Dec 2008.")

card("WP-24", "Pupil impact", ["COURSE", "SCHOOLS"], "-", "-", [
    "Ask participants to take a baseline for the pupils in Task B, measure again a term later, and pool the results "
    "across the cohort."],
    activity="Added by Martin O., 4 Dec 2008. Good idea; nobody free to pick it up yet (Priya L.).")

# ======================================================================= BACK WALL
list_heading("BACK WALL  (2 cards)")

card("WP-25", "Heads' panel", ["SCHOOLS"], "Priya Lakhani", "-", [
    "The heads of five Squash for All schools meet each July to judge the course against what the schools asked for, "
    "and one of them guest-leads Session 9."],
    activity="Moved from On the T to Back Wall by Priya L., 9 Jan 2009: parked until after the first run.")

card("WP-26", "January start", ["COURSE"], "Judith Marsh", "-", [
    "A second cohort starting each January, taking Sessions 1 to 5 in the spring and 6 to 10 in the autumn."],
    activity="Parked until after the first run (Judith M., 9 Jan 2009).")

# ======================================================================= TIN
list_heading("TIN  (3 cards)")

card("WP-27", "Assessment-only route", ["UNI"], "Dr Martin Okafor", "-", [
    "Experienced staff from Marlowe's Learning Support Service present a portfolio against the 29 lines and take the "
    "Task C presentation, without attending sessions."],
    activity="Moved to Tin by Priya L., 4 Dec 2008: the University will not validate an assessment-only route on this "
             "module.")

card("WP-28", "Online sessions", ["COURSE"], "Anita Dhillon", "-", [
    "We looked at putting Sessions 4 and 5 on the University's Blackboard site. Decided against: the SENCOs who came "
    "to the October evening want to be in the room with each other. There is no e-learning in the course."],
    activity="Moved to Tin by Judith M., 20 Nov 2008.")

card("WP-29", "Exam access arrangements session", ["COURSE"], "Anita Dhillon", "-", [
    "A session on spotting early which pupils need access arrangements for national tests and GCSEs, and putting them "
    "in place with the exams officer. The tutors thought it too specialist for the first run; it is not in the "
    "course."],
    activity="Moved to Tin by Judith M., 9 Jan 2009.")

# ======================================================================= ATTACHMENT A
page_break(doc)
list_heading("ATTACHMENT A (to WP-10): THE TEN SESSIONS")
SESS = [
    ("Autumn", "1", "The rules of the game",
     "SEN law and guidance: the SEN Code of Practice (2001), the SEN and Disability Act 2001, the SENCO regulations of "
     "2008, and what they mean for the school and the SENCO; disability equality law (the DDA and the Disability "
     "Equality Duty) and what it requires; Every Child Matters, the Children Act 2004 and the SENCO's part in the five "
     "outcomes.",
     "Check your school's SEN policy against the Code, and its accessibility plan against the disability duties."),
    ("Autumn", "2", "Reading the game",
     "The commonest needs: behavioural, emotional and social difficulties; specific learning difficulties including "
     "dyslexia; speech, language and communication needs; autistic spectrum disorders; moderate learning "
     "difficulties; and how each affects learning.",
     "Profile the needs in one class with its teacher."),
    ("Autumn", "3", "What works",
     "Best practice and what research has found about meeting SEN; using research and advice from outside the school "
     "(an educational psychologist leads the second half) to improve your own and colleagues' teaching.",
     "Find one piece of research bearing on a pupil and talk it through with a colleague."),
    ("Autumn", "4", "Spotting and setting",
     "Identifying pupils who may have SEN through observation, data and assessment; setting challenging targets; "
     "planning and reviewing interventions; using assessments from other professionals; making and defending "
     "decisions about provision in hard cases.",
     "Choose your Task B pupil and gather the assessments."),
    ("Spring", "5", "Tracking and teaching",
     "Approaches, strategies and resources for assessment, planning and teaching, ICT included, weighed critically; "
     "helping other teachers develop formative assessment with approaches for pupils with SEN. Solo drill: tracking "
     "progress on national test and P scale data and changing a programme.",
     "Try one approach with your Task B pupil and record what happens."),
    ("Spring", "6", "Doubles partners",
     "Working with colleagues in and beyond the school; what external agencies do and how to get specialist support; "
     "partnership with other services and voluntary organisations. Speech and language therapy and CAMHS guest tutors.",
     "Map the agencies round your Task B pupil and meet one of them."),
    ("Spring", "7", "The pupil and the family",
     "Building fair and respectful relationships with pupils and families; working with parents and carers, led with "
     "the Marlowe Parent Partnership; consulting pupils and involving them in planning and reviewing their provision, "
     "practised with young people from the Squash for All squad (with their parents' consent); listening and speaking "
     "clearly in hard conversations.",
     "Hold a planning meeting with your Task B pupil and their parents."),
    ("Summer", "8", "Running the squad",
     "Deploying and managing teaching assistants and other staff; provision mapping to plan provision and find what "
     "is missing or not working. Solo drill: the SENCO's week, prioritising and delegating.",
     "Draft your school's provision map."),
    ("Summer", "9", "The club committee",
     "Working with the head, senior leaders and governors on inclusive ethos, policy, priorities and resources; "
     "gaining colleagues' commitment; supporting colleagues' development by observation and feedback, modelling, "
     "coaching and training; reviewing provision with staff. Solo drill: the SEN section of the school's "
     "self-evaluation form.",
     "Plan your Task C review meeting."),
    ("Summer", "10", "Keeping fit",
     "Keeping up to date on SEN and disability and taking charge of your own professional development: journals, "
     "NASEN, the local SENCO forum. Presentation practice for Task C.",
     "Rehearse your Task C presentation."),
]
at = table(doc, len(SESS) + 1, 5, widths=[1.8, 1.0, 3.2, 7.4, 3.6])
for j, h in enumerate(("Term", "No.", "Session", "What we work on", "Court time")):
    cell_write(at.cell(0, j), h, bold=True, shade="BFBFBF")
for i, row in enumerate(SESS, start=1):
    for j, v in enumerate(row[1:], start=1):
        cell_write(at.cell(i, j), v, size=9, bold=(j == 2))
# merge the Term column vertically
for term, a, b in (("Autumn", 1, 4), ("Spring", 5, 7), ("Summer", 8, 10)):
    m = at.cell(a, 0).merge(at.cell(b, 0))
    cell_write(m, term, bold=True, shade="E7E6E6")
set_widths(at, [1.8, 1.0, 3.2, 7.4, 3.6])

# ======================================================================= ATTACHMENT B (landscape)
landscape_section(doc)
list_heading("ATTACHMENT B (to WP-11): THE OUTCOME MAP")
para(doc, "The 29 lines, in our words, under the Trust's three strands.", italic=True)
MAP = [
    ("PLAYER: what the SENCO is like", None),
    ("PL1", "Fair, respectful and supportive relationships with pupils with SEN or disabilities and with their parents "
            "or carers", "7", "B"),
    ("PL2", "Gets colleagues, the head and senior leaders committed to better outcomes for pupils with SEN", "9", "C"),
    ("PL3", "Puts first things first, manages time, delegates and checks", "8", "Solo drill"),
    ("PL4", "Sees problems coming, solves them, and makes sound decisions about provision", "4", "B"),
    ("PL5", "Speaks and writes clearly; listens to and understands others' views", "7, 10", "C"),
    ("PL6", "Uses research and outside advice to improve own and colleagues' practice", "3", "A"),
    ("PL7", "Keeps up to date and takes charge of own professional development in SEN and disability", "10", "-"),
    ("COACH: what the SENCO knows", None),
    ("CO1", "SEN law and guidance, the Code of Practice above all, and how to put them into practice", "1", "A"),
    ("CO2", "Every Child Matters and the SENCO's part in its five outcomes", "1", "A"),
    ("CO3", "Disability equality law and the actions it requires", "1", "A"),
    ("CO4", "How children develop, and how SEN, disability and the setting affect development", "Off court", "A"),
    ("CO5", "The commonest kinds of SEN and disability and how they affect learning", "2", "A"),
    ("CO6", "A critical grasp of approaches, strategies and resources, ICT included, for assessment, planning and "
            "teaching", "5", "B"),
    ("CO7", "School self-evaluation and improvement, and what they mean for pupils with SEN", "9", "Solo drill"),
    ("CO8", "Best practice and research findings in meeting SEN", "3", "A"),
    ("CO9", "What external agencies do, and how to get specialist support and resources", "6", "B"),
    ("CLUB: what the SENCO does", None),
    ("CL1", "With senior colleagues and governors, shapes an inclusive ethos, policies, priorities and use of "
            "resources", "9", "C"),
    ("CL2", "Identifies pupils who may have SEN, sets challenging targets, plans interventions, reviews progress", "4",
     "B"),
    ("CL3", "Uses other professionals' assessments to shape teaching", "4", "B"),
    ("CL4", "Uses summative assessments, national tests included, to track progress and change programmes", "5",
     "Solo drill"),
    ("CL5", "Encourages other teachers to develop formative assessment, with approaches for pupils with SEN", "5", "C"),
    ("CL6", "Uses provision mapping to plan provision and find what is missing or not working", "8", "C"),
    ("CL7", "Deploys and manages staff to support pupils with SEN", "8", "-"),
    ("CL8", "Supports colleagues' development: observation and feedback, modelling, coaching, training", "9", "C"),
    ("CL9", "Reviews with other staff how well provision works, for the school's self-evaluation", "9", "C"),
    ("CL10", "Involves pupils in planning, agreeing and reviewing their provision", "7", "B"),
    ("CL11", "Works with parents and carers to support their child's learning and development", "7", "B"),
    ("CL12", "Works in partnership with other services and agencies, voluntary organisations included", "6", "B"),
    ("CL13", "Spots early the special arrangements pupils need for national tests and examinations and puts them in "
             "place", "-", "-"),
]
mt = table(doc, 1, 4, widths=[1.6, 17.4, 2.6, 3.0])
for j, h in enumerate(("Line", "In our words", "Session", "Task")):
    cell_write(mt.cell(0, j), h, bold=True, shade="BFBFBF")
pl7 = None
for row in MAP:
    r = mt.add_row()
    if row[1] is None:
        m = r.cells[0].merge(r.cells[3])
        cell_write(m, row[0], bold=True, shade="E7E6E6")
        continue
    for j, v in enumerate(row):
        cell_write(r.cells[j], v, bold=(j == 0), size=9)
    if row[0] == "PL7":
        pl7 = r.cells[1].paragraphs[0].runs[0]
set_widths(mt, [1.6, 17.4, 2.6, 3.0])
comment(doc, pl7, "Could Task C cover this? JM", JM, "JM")

fn.finish()
out = HERE / (NAME + ".docx")
doc.save(out)
print(out.name, word_count(out), "words")
