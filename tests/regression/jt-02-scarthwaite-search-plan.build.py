"""jt-02-scarthwaite-search-plan: build script (writes jt-02-scarthwaite-search-plan.docx).

PROVIDER (invented): Scarthwaite Mountain Rescue Team, a mountain rescue and outdoor-safety charity, through
its "Safe Return" schools programme, with the University of Wastmoor, which validates the course as a
Postgraduate Certificate. The course is run as "Operation Safe Return".

DOCUMENT KIND AND LAYOUT: the team's own Search Planning Record (form SPR-3, the form its search managers fill
in during a missing-person search), filled in for the course, with the form's grey italic prompts left in.
Header and footer; a form-header table with merged cells; numbered Parts typed as bold capitals in shaded
single-cell tables (no heading styles): 1 Subject profile, 2 Urgency assessment (a rated table), 3 Initial
Planning Point, 4 Search area and segments (a table, Segments A to H), 5 Resources, 6 Task Assignment Forms
(six small tables T1-T6), 7 Coverage log (the outcomes) with merged shaded group rows, 8 Clue log,
9 Suspension and stand-down, 10 Post-incident review; a "SAFETY NOTE" in a VML text box; a placeholder; two
tracked changes; two comments.

VOCABULARY: the new SENCO is "the subject"; Segments (units), Search days (study days), Tasks T1-T6 with a
"Debrief" (a marked assignment) or "Hasty" (a quick search, talked through, no marks and no POD), POD
(probability of detection: the mark), Flankers (school-based mentors), Search Manager (course leader),
Hasty Team route (assessment-only), Stand-down (the award).

TRAPS (requirement ids):
- Form prompts left in grey italics (never answers), e.g. the prompt asking how the subject is helped to
  plan onward (2.5) and how Flankers are briefed (5.7).
- 2.5 not_met: "Onward targets are for the subject's school and its performance management; the search
  does not set them"; a comment suggests an exit tutorial (comment, not evidence).
- 2.2 and 2.4 partially_met: the Initial Planning Point is a self-audit against the outcomes, but "every
  subject searches the same segments in the same order" and the audit is not used to set an individual plan.
- 3.2 partially_met: one January start, fixed order, taught days only; a September start is a tracked deletion.
  3.3 not_applicable: "There is no online part to this search."
- 4.1 partially_met: the survey cited is about outdoor-safety lessons (right words, wrong thing); the
  SENCO-specific evidence is only general ("heads tell us"). 4.2 met (the LA's request added Segment E);
  4.3 met (heads and the parent forum at the termly Post-Incident Review).
- 5.3 met, in the text box: the team's safeguarding officer checks each subject's enhanced CRB disclosure
  (notes_on_met).
- 5.4 partially_met: only the Search Manager is described; the other tutors are "[names to be confirmed]".
- 5.7 partially_met: Flankers "are expected to know what the tasks ask"; the full day's training for
  mentors belongs to the neighbouring Ravensthwaite team's course (another provider's arrangement);
  a comment proposes a briefing evening.
- 5.9 met only through a tracked insertion (pupil baseline and twelve-week measure) plus the repeated audit.
- 1.7 partially_met: parents appear as law and rights ("Meeting parents is left to the school.");
  6.S8 Hasty only.
- Coverage log: Hasty only for 6.A2, 6.A5, 6.K9, 6.S8 (partially_met); 6.S2b has a POD at T4 but its
  segment cell reads "Not searched" (assessed, not taught: partially_met); 6.K2 and 6.K7 "Not searched -
  outside this search area" (not_met); no row for reviewing provision with staff for self-evaluation
  (6.S6 not_met). 1.9 partially_met.
- 6.0 met: stand-down only when every outcome has a POD recorded at a debriefed task.
"""
from pathlib import Path
from docx.enum.text import WD_ALIGN_PARAGRAPH
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _jt_helpers import (new_doc, para, runs, table, merge_row, set_cell, shade, add_ins, add_del,
                         deleted_paragraph, text_box, comment)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")

d = new_doc("SCARTHWAITE MOUNTAIN RESCUE TEAM  -  SEARCH PLANNING RECORD (SPR-3)  -  OPERATION SAFE RETURN",
            "SPR-3 v4 (2007). Keep with the incident log. Page numbers in the log refer to the printed copy.")


def part(title):
    t = table(d, [[title]], header_fill="404040")
    c = t.cell(0, 0)
    set_cell(c, title, bold=True, fill="D0CECE", size=11)
    para(d, "")


def prompt(text):
    runs(d, [(text, "ig")])


p = para(d, "SEARCH PLANNING RECORD", bold=True, size=22)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = para(d, "Operation Safe Return: the National Award for SEN Coordination, 2009", bold=True, size=13)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
para(d, "Submitted to the TDA approval panel by Scarthwaite Mountain Rescue Team (Safe Return schools programme) with "
        "the University of Wastmoor, December 2008. Our team plans every search on this form, and our schools programme "
        "plans its courses on it too; we have used it here so that the panel sees the course as we do.", italic=True)

t = table(d, [["Operation", "Safe Return (National Award for SEN Coordination)", "Record no.", "SPR-3/08/114"],
              ["Search Manager", "Mrs Alison Brathay", "Opened", "1 December 2008"],
              ["Validating body", "University of Wastmoor, Faculty of Education", "Status", "Live"],
              ["Award", None, None, None]], header_fill=None, bold_first_col=True)
c = t.cell(3, 1).merge(t.cell(3, 3))
set_cell(c, "Postgraduate Certificate in Special Educational Needs Coordination (University of Wastmoor), 60 credits at "
            "Master's level (Level 7), validated at the university's event of 17 November 2008, and the National Award "
            "for SEN Coordination.", size=9)
for r in range(4):
    shade(t.cell(r, 0), "EDEDED")

part("PART 1  SUBJECT PROFILE")
prompt("Describe the missing person: age, experience, fitness, equipment, likely behaviour. Attach the lost person "
       "behaviour category.")
para(d, "The subject is a qualified teacher who is new to leading the coordination of provision for pupils with special "
        "educational needs in a school, or is about to take it on. Lost person behaviour category: \"experienced walker on "
        "unfamiliar ground\". Our subjects know their classrooms well; what they have not done before is lead colleagues, "
        "manage provision across a whole school and work with the services outside it. Like an experienced walker on new "
        "ground, they tend to carry on along the path they know rather than stop and read the map.")
para(d, "Who we accept. Every applicant must hold qualified teacher status, be the designated SENCO or be named by the head "
        "to take on the role within the year, and send the head's signed agreement to release them for the search days. "
        "Applicants write 500 words on how their school meets the needs of one pupil with SEN, and the Search Manager and a "
        "university tutor interview each applicant for twenty minutes. An applicant whose answers show they are not yet "
        "ready to meet the outcomes within the year is offered a place on the team's Hill Sense introductory day and on the "
        "following year's operation.")
para(d, "Equality. Every applicant is asked on the form whether they have a disability or other need that the course should "
        "plan for, and the Search Manager meets any applicant who says yes before the first search day to agree the "
        "adjustments they need: papers in large print or electronic form, a note-taker, extra time on tasks, rest breaks, "
        "ground-floor rooms and parking by the door at the Scarthwaite base. Adjustments are recorded on the subject's "
        "record and reviewed at each debrief. The university's disability advisers support any subject who asks, and "
        "the course follows the university's equal opportunities and race equality policies in recruitment, teaching and "
        "assessment.")
text_box(d, "SAFETY NOTE", [
    "No subject begins Segment A until the team's safeguarding officer has seen the subject's enhanced CRB disclosure "
    "(certificate number and date of issue) and confirmed with the head that the school's own checks, including the List "
    "99 check, are complete. A disclosure more than three years old is renewed through the team's registered body "
    "before the subject starts. Any subject whose disclosure shows a concern is referred to the university's "
    "fitness to practise panel."], fill="FFE699", height_pt=110)

para(d, "Lost person behaviour notes. In the hills, an experienced walker on unfamiliar ground is most often found close "
        "to a path, having kept walking when they should have stopped. Our schools programme has seen the same in new "
        "SENCOs for four years: they keep doing the job of a good class teacher and are slow to take on the parts of the "
        "role that are new to them. The operation is planned around those parts. The search does not take subjects away "
        "from their schools for long: each Search Day is a Saturday, and most of the work is done in the subject's own "
        "school, on the pupils, colleagues and families the subject already knows, with the school's Flanker alongside.")
para(d, "What the subject carries. Each subject brings to every Search Day their IPP audit, their task sheets and a short "
        "log of what they have tried in school since the last day. The log is not marked; it is what the group talks from "
        "at the start of the day.")

part("PART 2  URGENCY ASSESSMENT")
prompt("Rate each factor 1 (high urgency) to 3 (low). A total of 7 or less means an immediate response.")
table(d, [["Factor", "Rating", "Evidence"],
          ["Subject's experience of the ground", "1", "Most new SENCOs in the district have not led staff before (Part 3)."],
          ["Weather and terrain", "2", "The Special Educational Needs Co-ordinators Regulations 2008 require every new SENCO to hold the national award within three years."],
          ["Number of schools without a trained SENCO", "1", "Heads tell us that new SENCOs need more support and that the old courses were too far away."],
          ["Known hazards", "2", "In our 2007 survey of 212 schools that use our Safe Return outdoor-safety lessons, 81 per cent asked for more help with planning safe outdoor visits for pupils with SEN."],
          ["Total", "6", "Immediate response."]])

part("PART 3  INITIAL PLANNING POINT (IPP)")
prompt("Where was the subject last seen? Mark the IPP on the map and explain how it was fixed.")
para(d, "The Initial Planning Point is fixed for each subject before Search Day 1. Each subject completes the IPP audit, a "
        "self-rating against each of the national outcomes with a short example from their own school, and discusses it with "
        "the Search Manager at the start of Search Day 1. Every subject searches the same segments in the same order; the IPP "
        "audit tells the tutors where the group as a whole is starting, and the subject keeps it to compare at the end.")
para(d, "Prior learning. Subjects who hold Master's credit in SEN or who can show through a portfolio that their experience "
        "already meets the outcomes of a segment may claim up to 30 credits through the University of Wastmoor's "
        "accreditation of prior certificated and experiential learning; a tutor assesses each claim against the segment's "
        "outcomes and the university's credit committee confirms it.")
para(d, "Hasty Team route. Exceptionally, a very experienced SENCO or a teacher from the county's SEN support service who "
        "appears already to meet the outcomes may be assessed without taking the course. The candidate submits a portfolio "
        "mapped to every one of the national outcomes and completes Tasks T4 and T6 under the same criteria as other "
        "subjects; the portfolio is assessed by two tutors and seen by the external examiner. The route is approved case by "
        "case by the Search Manager and the university.")

part("PART 4  SEARCH AREA AND SEGMENTS")
prompt("Divide the search area into segments that one team can search in one task. Give each a probability of area (POA).")
para(d, "The search runs from January to December 2009 on twelve Search Days (Saturdays, 09:30 to 16:00) at the "
        "Scarthwaite base and at the university's Keldside campus, with tasks carried out in the subject's own school "
        "between them. There is no online part to this search. The segments are searched in order A to H.")
p = para(d, "")
add_del(p, "A second search begins in September for those who cannot start in January. ", author="Alison Brathay",
        date="2008-12-04T11:02:00Z")
p.add_run("There is one start, in January.")
table(d, [["Segment", "Terrain (what is searched)", "Search Days", "POA"],
          ["A", "The law and the role: the SEN Code of Practice, the SEN and Disability Act 2001, the Disability Discrimination Act 2005 and the disability equality duty, the SENCO Regulations 2008; what each asks of a school.", "1-2", "15%"],
          ["B", "Research and inspection: reading research critically, Ofsted's evidence on inclusion and the Bercow Review (2008), what works for pupils with SEN.", "3", "10%"],
          ["C", "The pupils: autism, speech, language and communication needs, dyslexia, behavioural, emotional and social difficulties, moderate learning difficulties; how children develop and how SEN and surroundings affect it.", "4-5", "15%"],
          ["D", "Teaching, assessment and ICT: approaches and resources for pupils with SEN, assessment for learning, access arrangements for tests and examinations.", "6", "15%"],
          ["E", "Provision mapping and management: costing and evaluating provision, finding gaps.", "7", "10%"],
          ["F", "Voice and partnership: consulting pupils and involving them in their plans; parents' rights under the law; the services around the school.", "8-9", "15%"],
          ["G", "Leading people: the head and governors, an inclusive ethos and policy, coaching and developing colleagues, deploying teaching assistants, managing time.", "10-11", "15%"],
          ["H", "Return: presenting the search and what was found.", "12", "5%"]])
para(d, "Every segment is tied to practice. Each Search Day closes with the task the subject will carry out in their school "
        "before the next, and each task is planned with the school's Flanker. The content is built on current research and "
        "inspection evidence; Segment B's reading list is revised every year by the university tutor.")
para(d, "Parents. Segment F teaches parents' rights under the law and the role of the parent partnership service. Meeting "
        "parents is left to the school.")

part("PART 5  RESOURCES")
prompt("List teams, search dogs, specialist assets and mutual aid called. Give each team leader's qualification.")
para(d, "Search Manager: Mrs Alison Brathay, the team's schools officer, a SENCO for nine years in two primary schools, "
        "holder of the previous National SENCO Standards accreditation and of an MA in Inclusive Education (2006). Tutors: "
        "[names to be confirmed] from the university's associate tutor panel. Search dogs (specialist advisers, who each "
        "lead a session): an educational psychologist and a speech and language therapist from the county services, the "
        "head of the county's sensory support service, and a parent from the Wastmoor parent partnership forum.")
para(d, "Specialist ground. Every subject spends two days on a Placement Sweep: one in a special school and one with the "
        "county's behaviour support or sensory service, arranged by the Search Manager with the host and with a set task "
        "(Task T3). Resources: the university's library and online journals, the team's SEN resource store at Scarthwaite "
        "(assessment kits, communication aids, switch-access and text-to-speech software on loan to subjects' schools), and "
        "a laptop for any subject who needs one during the course.")
para(d, "Flankers. Each subject's Flanker is a senior colleague in the subject's own school, named by the head. Flankers "
        "are expected to know what the tasks ask, and sign each task sheet.")
p = para(d, "Mutual aid. The neighbouring Ravensthwaite team's course gives its mentors a full day's training before its "
            "first study day, and we have borrowed its task sheets.")
comment(d, p.runs, "Flanker briefing evening - could we book one for January? - AB", author="Alison Brathay", initials="AB")
prompt("How are team leaders and flankers briefed before deployment?")

part("PART 6  TASK ASSIGNMENT FORMS")
prompt("One form per task. Record the segment, the team, the tactics and whether a debrief (POD) is required.")
para(d, "A task marked Debrief is a marked assignment: a tutor records a POD (High, Medium or Low) against each outcome the "
        "task searches, and a second tutor checks it. A task marked Hasty is a quick search: it is talked through with the "
        "Flanker and the group on the next Search Day, but no POD is recorded.")
tasks = [
    ("T1", "A", "Debrief", "Audit the school's SEN policy and practice against the Code of Practice and the SENCO Regulations; a 2,000-word report to the head."),
    ("T2", "B, C", "Debrief", "A 3,000-word critical review of research on one type of SEN, with a case study of a pupil, how their needs affect their development and learning, and how professionals' assessments shaped their teaching."),
    ("T3", "C, D", "Debrief", "Placement Sweep report: what the subject learned in the special school and the service, and one approach they tried in their own school, including how ICT was used."),
    ("T4", "D, E", "Debrief", "Provision map for one year group, with the tracking data for six target pupils, targets set and interventions reviewed; the subject also records how colleagues were helped to use formative assessment, how access arrangements were put in place for the summer tests and what changed for the pupils."),
    ("T5", "F, G", "Hasty", "Talk with a family and an outside agency about one pupil, and with the head about the SENCO's role."),
    ("T6", "G, H", "Debrief", "The Return: a 30-minute presentation and professional discussion, with the Flanker's statement, on leading a change in the school: influencing the head and governors on policy and priorities, deploying teaching assistants, coaching a colleague, managing time, consulting pupils and involving them in reviewing their plans, solving a problem about provision, and what the subject will research next.")]
for code, seg, kind, brief in tasks:
    t = table(d, [["Task " + code, "Segment(s) " + seg, "Debrief / Hasty: " + kind], [brief, None, None]],
              header_fill="DDEBF7")
    c = t.cell(1, 0).merge(t.cell(1, 2))
    set_cell(c, brief, size=9)
    para(d, "")

part("PART 7  COVERAGE LOG")
prompt("For each area, record the segments searched and the POD achieved. Unsearched areas must be marked.")
rows = [["Area (national outcome, in our words)", "Searched in", "POD recorded at"]]
groups = [
    ("THE SEARCHER", [
        ("Fair, respectful relationships with pupils with SEN and their families", "C, F", "T2"),
        ("Gaining the commitment of colleagues, the head and senior leaders", "G", "Hasty only"),
        ("Prioritising, managing time and delegating", "G", "T6"),
        ("Anticipating and solving problems; sound judgements about provision", "E, G", "T6"),
        ("Speaking and writing clearly; listening to others", "H", "Hasty only"),
        ("Using research and outside advice to improve practice", "B", "T2"),
        ("Keeping up to date; owning one's professional development", "B, H", "T6")]),
    ("THE MAP", [
        ("SEN law and guidance and the Code of Practice in practice", "A", "T1"),
        ("Every Child Matters and the SENCO's part in it", "Not searched - outside this search area", "Not searched - outside this search area"),
        ("Disability equality law and what it requires", "A", "T1"),
        ("How children develop; how SEN and surroundings affect development", "C", "T2"),
        ("Common types of SEN and their effect on learning", "C", "T2"),
        ("Approaches to assessment, planning, teaching and learning, including ICT", "D", "T3"),
        ("School self-evaluation and improvement for SEN", "Not searched - outside this search area", "Not searched - outside this search area"),
        ("Best practice and research on meeting SEN", "B", "T2"),
        ("External agencies and getting specialist support", "F", "Hasty only")]),
    ("THE SEARCH", [
        ("With the head and governors, shaping an inclusive ethos, policy and resources", "G", "T6"),
        ("Identifying pupils, setting targets, planning interventions, reviewing progress", "D, E", "T4"),
        ("Using other professionals' assessments in teaching", "C", "T2"),
        ("Using summative data and national tests to track progress", "Not searched", "T4"),
        ("Helping colleagues develop formative assessment", "D", "T4"),
        ("Access arrangements for tests and examinations in good time", "D", "T4"),
        ("Provision mapping; finding ineffective or missing provision", "E", "T4"),
        ("Deploying and managing staff", "G", "T6"),
        ("Developing colleagues: observation, feedback, coaching, training", "G", "T6"),
        ("Involving pupils in planning and reviewing their provision", "F", "T6"),
        ("Liaising with parents and carers", "F", "Hasty only"),
        ("Working with other services and voluntary organisations", "F", "T3")])]
grp = []
for g, items in groups:
    grp.append((len(rows), g))
    rows.append([g, None, None])
    rows.extend([list(x) for x in items])
t = table(d, rows, header_fill="D0CECE")
for i, g in grp:
    merge_row(t, i, g, fill="E2EFDA")

part("PART 8  CLUE LOG")
prompt("Log every clue found, who found it, and what action followed.")
table(d, [["Clue", "Found by", "Action"],
          ["Subjects' search-day reviews (every day)", "Subjects", "Read by the Search Manager within a week; the next Search Day is changed where needed and the change is reported back to the group."],
          ["County SEN team's request (June 2008) for more on provision mapping", "Local authority", "Segment E and Task T4 added."],
          ["Pilot subjects said Saturdays suited them better than weekdays", "2008 pilot group", "All Search Days moved to Saturdays."],
          ["Task results and second-marking record", "Tutors", "Reviewed at each Post-Incident Review; criteria rewritten where markers disagreed."],
          ["External examiner's report", "External examiner", "Answered point by point in the university's annual monitoring report."]])

para(d, "Debrief. A debrief is held on the Search Day after each marked task is returned: the tutor goes through the POD "
        "recorded against each outcome with the subject for fifteen minutes, and the subject notes what to search again. "
        "Written feedback is returned within three weeks of the task's hand-in date. A subject who misses a Search Day is "
        "sent the day's papers and meets their tutor by telephone within the week.")

part("PART 9  SUSPENSION AND STAND-DOWN")
prompt("State the criteria for suspending the search and standing teams down.")
para(d, "The search for a subject is stood down as found only when a POD of High or Medium has been recorded at a debriefed "
        "task against every one of the national outcomes. A subject with any outcome still unfound is not stood down: they "
        "resubmit the task concerned once, within eight weeks, and the examination board makes no award until every outcome "
        "is found. Stand-down is confirmed by the university's examination board, which makes the award.")
para(d, "Marking. Every debriefed task is marked by the subject's tutor and second-marked by another; the university "
        "moderates a sample of one in three and all fails, and the external examiner, Professor Helen Scaife of the University "
        "of Brantdale, sees the full sample and attends the examination board. Tutors and Search Manager meet before each "
        "task is marked to agree the standard against sample scripts.")
p = para(d, "Onward targets are for the subject's school and its performance management; the search does not set them.")
comment(d, p.runs, "Should we add an exit tutorial? - MR", author="Mark Rigg", initials="MR")
prompt("How is the subject helped to plan their onward route after stand-down?")

part("PART 10  POST-INCIDENT REVIEW")
prompt("Who reviews the search, when, and what changes as a result?")
para(d, "Each term the steering group holds a Post-Incident Review of the operation: the Search Manager, the university tutor, "
        "two head teachers from subjects' schools, the county's principal SEN officer and the chair of the Wastmoor parent "
        "partnership forum. It reads the clue log, the task results and the subjects' reviews and agrees what to change; its "
        "notes go to the university's annual monitoring. Two heads from the group also sit on the panel for Task T6, and "
        "the parent forum's chair leads a session in Segment F.")
p = para(d, "Impact. At stand-down each subject repeats the IPP audit, so that the growth in competence and confidence "
            "against each outcome can be measured and reported to the Post-Incident Review. ")
add_ins(p, "Each subject records the attainment and attendance of the six target pupils in Task T4 at the start of the task "
           "and again twelve weeks later, and the pooled results for all subjects are reported to the review as the measure "
           "of the operation's impact on pupils.", author="Alison Brathay", date="2008-12-05T15:40:00Z")
para(d, "The university's annual monitoring and the external examiner's report make up the external half of the review; "
        "the subjects' reviews, the steering group and the tutors' standardisation the internal half.")
para(d, "Aim of the operation. The operation exists so that pupils with special educational needs and disabilities in "
        "our subjects' schools achieve more and are safer, healthier and happier at school: every task asks what changed for "
        "pupils, and Tasks T4 and T6 are marked on it. Subjects lead real change in their own school in Tasks T4 and T6, and "
        "T5 and T6 take them into work with colleagues within and beyond the school.")
para(d, "Cost. The fee is £1,350, of which the county's SEN service pays £600 for maintained schools; the team's Safe "
        "Return fund pays the rest for up to six subjects from small schools each year.")
para(d, "Record closed for submission. Signed: A. Brathay, Search Manager. Countersigned: [Dean of Education].", italic=True)

d.save(OUT)
print("wrote", OUT)
