"""ny-02-wyvern-lodge-heads-of-terms: build ny-02-wyvern-lodge-heads-of-terms.docx next to this script.

Provider: Wyvern Lodge Bowling Club (a lawn bowls club registered as a Community Amateur Sports Club), acting
through its Coaching Academy, with the eleven schools of the Lodgefield Schools Collaborative and Castlemarsh
University, which validates the programme at Level 7 and confers the award.

Document kind and layout: the partners' draft Heads of Terms ("SUBJECT TO CONTRACT", Draft 4) for the
partnership that will run the award, sent as the application under a covering letter from the Academy Director
typed as a letterhead with line breaks. Heading styles for the main divisions. The heads sit in one long
four-column table ("No. | Head | Terms | Status") with merged, shaded Part rows (A Partnership, B Programme, C
Participants, D Quality); the Status column holds "Agreed" or "Open", and what those words mean is defined only
in the paragraph above the table ("Open" terms are still being negotiated and "not yet part of the Programme").
Head 3 defines the club's vocabulary in quotation marks: Ends (taught days), Home Fixtures (directed school
tasks), Coaches (tutors), Markers (school mentors), Rinks (tutor groups), Components 1-3 (marked assessments),
the Green Speed Questionnaire (starting self-assessment), the Match Committee (steering group), the Next End
plan. Schedule 1 is a table of the ten Ends with a merged venue cell; Schedule 2 allocates the national outcomes
by party in four lettered Parts of bulleted lists (University: taught and assessed in Components 1 and 3;
Academy: assessed in Component 2; Schools' Markers: "not separately assessed"; Part D: "not yet allocated").
Signature block with bracketed placeholders. Tracked changes by the University's legal office (accepted by the
other parties, says the letter), Word comments, two footnotes, page header and footer with a PAGE field.

The Heads say they are "not legally binding", but "Agreed" is defined as a term "the Programme will run on",
so Agreed heads are read as the provider's arrangements; "Open" heads are not.

Traps (requirement ids touched):
- E.2: "at Level 7 (masters level)" but the credit value is a placeholder "[40 / 60] credits, as the University's
  Academic Board decides", and the head's status is part Open; a footnote says the partners asked for 60
  (a request, not a value) -> partially_met.
- 2.3: Head 17 proposes an assessment-only route but "The University has not agreed to this" and its Status is
  "Open" (a proposal under negotiation, not an arrangement) -> not_met.
- 3.3: the only e-learning sentence ("follow the Ends online through the University's Blackboard site") is a
  tracked deletion; papers by email are not e-learning; the University's distance-learning MA is another
  programme -> not_applicable.
- 3.2: one September intake, one taught part-time mode; catch-up with the next group and extra time to submit;
  the distance-learning MA is the wrong programme -> partially_met.
- 5.3: the original sentence leaves the check to the schools; the tracked insertion (counts) has the Academy
  Secretary see and record each enhanced CRB disclosure and covers the three-month rule -> met.
- 6.S5: moved by tracked change from Part C (deleted, "not separately assessed") to Part B (inserted, assessed in
  Component 2); the insertion counts -> met.
- 1.3: only a promise that the programme "will reflect current research" and a reading list "being compiled" ->
  partially_met (6.K8 and 6.A6 are still met by Schedule 2 and End 2).
- 4.2: "the Programme reflects what they told us" with no detail of any change -> partially_met (4.1 met by the
  survey figures).
- 2.2: the Green Speed Questionnaire is a pre-course self-assessment against the outcomes but its results "are not
  used to set individual targets" -> partially_met.
- 5.2: "No further entry requirement applies" beyond QTS, post and nomination -> partially_met.
- 5.6: library access is concrete; the assistive technology station is "Subject to the Club's application ...
  succeeding" (condition); a comment about laptops bought with a Rotary grant is not part of the submission ->
  partially_met.
- 5.7: Markers get the Heads and Schedule 2, Coaches an induction, but "Training for Markers" is an Open head ->
  partially_met.
- 5.9: change in confidence measured by repeating the questionnaire; measuring effect on pupils is "Open" ->
  partially_met.
- 6.0: the Award goes to those who "pass all three Components" at a 50 per cent pass mark, not to those shown to
  meet every outcome -> partially_met; 1.9 partially_met because Parts C and D are not assessed.
- Schedule 2 Part C (developed by Markers, "not separately assessed"): 6.A3, 6.S4, 6.S8 -> partially_met.
- Schedule 2 Part A "no End; assessed in Component 3": 6.K4 -> partially_met.
- Schedule 2 Part D "not yet allocated": 6.K7, 6.S2c, 6.S2d -> not_met; a comment suggesting End 5 could cover
  self-evaluation is not part of the submission.
- The footnote on BSL interpreters is part of the submission (3.1 met by Head 19 in any case).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _ny_helpers import (new_document, P, table, cell_text, shade_cell, ins, dele, run, footnote,
                         header_footer, save)
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
NAME = "ny-02-wyvern-lodge-heads-of-terms"
BAND = "D6DCE4"
LEGAL = "Castlemarsh University Legal Services"
DATE = "2009-03-17T14:05:00Z"

doc = new_document(font="Arial", size=9.5)
for lvl, sz in (("Heading 1", 13), ("Heading 2", 11)):
    st = doc.styles[lvl]
    st.font.name = "Arial"
    st.font.size = Pt(sz)

header_footer(doc, [("SUBJECT TO CONTRACT", "b"), "  \u2014  Draft 4  \u2014  19 March 2009  \u2014  Wyvern "
                    "Lodge SENCO Award Partnership: Heads of Terms"],
              ["Wyvern Lodge Bowling Club (registered as a Community Amateur Sports Club)  \u00b7  The Pavilion, "
               "Lodge Road, Tenbury"])

# ---- covering letter -------------------------------------------------------------------------------
lh = P(doc, ("WYVERN LODGE BOWLING CLUB", "bL"), align="c", after=0)
lh2 = doc.add_paragraph()
lh2.alignment = 1
r = lh2.add_run("The Coaching Academy")
r.bold = True
r.add_break()
lh2.add_run("The Pavilion, Lodge Road, Tenbury TB4 7QL")
lh2.add_run().add_break()
lh2.add_run("Telephone 01632 960 418  \u00b7  academy@wyvernlodgebowls.org.uk")
P(doc, "20 March 2009", align="r")
P(doc, "The Approval Panel", after=0)
P(doc, "National Award for SEN Coordination", after=0)
P(doc, "Training and Development Agency for Schools")
P(doc, "Dear Panel members,")
P(doc, "Our application to offer the National Award for SEN Coordination is the Heads of Terms that follow. "
       "The Club, the eleven schools of the Lodgefield Schools Collaborative and Castlemarsh University have spent "
       "the winter agreeing them, and they are the fullest and most honest statement we have of how the "
       "Programme will run. The formal Partnership Agreement will be drawn from them this summer.")
P(doc, "You will see that most Heads are marked \"Agreed\" and a few \"Open\". We have not hidden the Open ones: "
       "they are what is still being negotiated. The tracked changes are the University's legal office's "
       "amendments to Draft 3, which the Club and the Schools have accepted.")
P(doc, "The Academy has coached bowls with pupils from the Collaborative's schools for nine years, and it was "
       "Hazelmere School's staff who first asked us to help. We would be glad to show the panel the Pavilion.")
P(doc, "Yours faithfully,", after=14)
P(doc, ("Dorothy Pryce", "b"), after=0)
P(doc, "Academy Director and Honorary Secretary, Wyvern Lodge Bowling Club")
doc.add_page_break()

# ---- title -----------------------------------------------------------------------------------------
P(doc, ("SUBJECT TO CONTRACT", "b"), align="r")
doc.add_heading("HEADS OF TERMS", level=0)
P(doc, ("for the establishment of the Wyvern Lodge SENCO Award Partnership", "b"))
P(doc, "Draft 4, 19 March 2009, incorporating the comments of " + LEGAL + ".")
doc.add_heading("Status of these Heads", level=1)
P(doc, "These Heads are not legally binding, except Heads 25 (Confidentiality) and 26 (Costs). They record what "
       "the parties have agreed about the Programme, on which the Partnership Agreement will be based.")
P(doc, "In the Status column, \"Agreed\" means that the parties have agreed the term and that the Programme will "
       "run on it from September 2009. \"Open\" means that the term is still under negotiation: it is set out so "
       "that readers can see where matters stand, and it is not yet part of the Programme.")

doc.add_heading("The Heads", level=1)

heads = []


def part(title):
    heads.append(("PART", title))


def head(no, name, terms, status):
    heads.append((no, name, terms, status))


part("PART A \u2014 THE PARTNERSHIP")
head("1", "Parties",
     "(1) Wyvern Lodge Bowling Club, acting through its Coaching Academy (\"the Club\"). (2) The governing bodies "
     "of the eleven schools of the Lodgefield Schools Collaborative, acting through Lodgefield High School as lead "
     "school (\"the Schools\"). (3) Castlemarsh University, School of Education and Lifelong Learning (\"the "
     "University\").", "Agreed")
head("2", "Purpose",
     "The purpose of the Partnership is to raise the achievement and improve the well-being of children and young "
     "people with special educational needs and/or disabilities, across all five Every Child Matters outcomes, in "
     "the Schools and in the wider area, by training teachers new to the role of SENCO. The Programme's aims, "
     "content and assessment are directed to that purpose: each End begins from evidence of pupils' progress and "
     "well-being, and each Component requires the Participant to show the effect of their work on pupils with SEN "
     "and/or disabilities.", "Agreed")
head("3", "Definitions",
     "\"Programme\": the course described in these Heads, leading to the Award.\n"
     "\"Participant\": a teacher accepted onto the Programme.\n"
     "\"End\": one of the ten taught days listed in Schedule 1 (in bowls, an end is one part of a game).\n"
     "\"Home Fixture\": a directed task carried out by the Participant in their own school between Ends, linked to "
     "named outcomes in Schedule 2 and written up for the Practice Portfolio.\n"
     "\"Coach\": a tutor on the Programme, employed by the University or engaged by the Academy.\n"
     "\"Rink\": a tutor group of five or six Participants with one Coach.\n"
     "\"Marker\": the experienced colleague in the Participant's school who mentors them.\n"
     "\"Component\": one of the three assessed components in Head 9.\n"
     "\"Green Speed Questionnaire\": the Academy's starting self-assessment in Head 15.\n"
     "\"Match Committee\": the steering group in Head 24.\n"
     "\"Next End plan\": the plan in Head 21.", "Agreed")
head("4", "Background and evidence of need",
     "In November 2008 the Collaborative surveyed its eleven schools: seven of the eleven SENCOs had been in post "
     "for less than two years, four were not yet qualified for the role, and every headteacher named leading other "
     "staff and working with outside agencies as their SENCO's greatest need. Tenbury Vale Metropolitan Borough "
     "Council's SEN Service reported that a third of the borough's SENCOs had changed in the last two years and "
     "that the borough had no local SENCO training. The parties have consulted headteachers, SENCOs, the Council "
     "and parents, and the Programme reflects what they told us.", "Agreed")
head("5", "The Award and accreditation",
     "The University shall validate the Programme as a module of its Postgraduate Professional Development "
     "framework at Level 7 (masters level) and shall confer the Award on Participants who complete it. The credit "
     "value shall be [40 / 60] credits, as the University's Academic Board decides.",
     "Agreed, save the credit value (Open)")
part("PART B \u2014 THE PROGRAMME")
head("6", "Structure",
     "Ten Ends between September 2009 and July 2010, at the Club's Pavilion or the University's Lodgefield Centre "
     "(Schedule 1), each from 9.15 am to 3.30 pm. Between Ends, each Participant carries out Home Fixtures in their "
     "own school, agreed with their Marker and linked to the outcomes in Schedule 2, so that what is learnt in an "
     "End is put into practice, evaluated and changed in school before the next.", "Agreed")
head("7", "Content",
     "The content of each End is set out in Schedule 1. The Programme will reflect current research and "
     "developments in special educational needs; the reading list is being compiled by the University.", "Agreed")
head("8", "Mode of study",
     "The Programme is taught face to face and part time. There is one intake a year, in September. A Participant "
     "who misses an End may attend it with the following year's group, and a Participant who cannot finish in the "
     "year may take up to two further years to submit Components. Papers for each End are sent to Participants "
     "by email the week before. (The University's MA in Special and Inclusive Education is offered by distance "
     "learning; it is a separate programme.) ", "Agreed")
head("9", "Assessment",
     "Component 1, the Provision Audit (4,000 words), marked by the University. Component 2, the Practice "
     "Portfolio (write-ups of Home Fixtures, each with the Marker's witness statement; 6,000 words or equivalent), "
     "marked by Coaches. Component 3, the Case Study and Viva (a 3,000-word case study of one pupil and a "
     "20-minute viva with two Coaches). Each Component is marked against the University's Level 7 criteria and the "
     "outcomes Schedule 2 allocates to it; the pass mark for each is 50 per cent.", "Agreed")
head("10", "Conferment",
     "The University's Board of Examiners shall confer the Award on each Participant who passes all three "
     "Components.", "Agreed")
head("11", "Markers",
     "Each School shall name a Marker for its Participant: an experienced SENCO, deputy or assistant headteacher. "
     "Markers shall be given a copy of these Heads and of Schedule 2, and shall meet their Participant at least "
     "twice a half term. Coaches attend the University's induction for associate tutors. Training for Markers "
     "(content, length and who pays for it) is still to be agreed.", "Agreed, save Marker training (Open)")
head("12", "Placements and specialist input",
     "Each Participant spends two days on placement: one at Hazelmere School (for pupils with severe and complex "
     "learning difficulties) and one at the Council's Language and Communication Resource Base or its Sensory "
     "Support Service, hosted by the setting's SENCO or lead teacher, with set tasks linked to outcomes in "
     "Schedule 2. End 8 is led jointly by the Council's Educational Psychology Service, the NHS speech and language "
     "therapy team, a CAMHS primary mental health worker and the Tenbury Parents Forum.", "Agreed")
head("13", "Resources",
     "Participants are registered as students of the University, with full use of its library and electronic "
     "journals. The Pavilion's meeting room has a projector and wireless internet. Subject to the Club's "
     "application to the Big Lottery Fund's Awards for All programme succeeding, the Pavilion will be fitted with "
     "an assistive technology station (screen reader, voice recognition and text-to-speech software) for "
     "Participants to use in the Ends.", "Agreed")
part("PART C \u2014 PARTICIPANTS")
head("14", "Entry",
     "Participants must hold Qualified Teacher Status, be in post in a school as SENCO or be named by their "
     "headteacher to become SENCO within the year, and be nominated by their headteacher, who agrees to release "
     "them for the Ends and placements. No further entry requirement applies.", "Agreed")
head("15", "Starting point",
     "Before End 1 each Participant completes the Green Speed Questionnaire, rating themselves against each of the "
     "national minimum outcomes. The Coaches use the results to place Participants in Rinks of similar experience "
     "and to plan each End's group work. The results are not used to set individual targets; every Participant "
     "follows the same Ends and Components.", "Agreed")
head("16", "Prior learning",
     "The University's Recognition of Prior Learning regulations apply. A Participant may claim credit for "
     "certificated learning (APCL) or for learning from experience (APEL) up to 30 credits, with evidence mapped "
     "against the outcomes in Schedule 2. Claims are assessed by the Programme Leader and approved by the "
     "University's RPL Panel before End 1, and the Participant is then excused the matching Component.", "Agreed")
head("17", "Assessment-only route",
     "The Club proposes that a teacher who already meets the outcomes (an experienced SENCO from another "
     "authority, for example, or a teacher from the Council's SEN support services) be able to submit the three "
     "Components without attending Ends, for a reduced fee. The University has not agreed to this and the Schools "
     "wish to consider its cost.", "Open")
head("18", "Fees and value",
     "The fee is \u00a31,050 per Participant, against the University's standard fee of \u00a31,380 for a module of "
     "this size. The Collaborative pays \u00a3250 of it for Participants from its own Schools. The Club makes no "
     "charge for the Pavilion. Each Participant and their Marker choose the Participant's Home Fixtures from the "
     "menu in Schedule 1 to suit the Participant's school and the areas in which they have least experience.",
     "Agreed")
head("19", "Equality and access",
     "The parties shall meet their duties under the Disability Discrimination Act 1995 (as amended in 2005), the "
     "Race Relations (Amendment) Act 2000 and the Equality Act 2006. Programme publicity invites disabled teachers "
     "to apply and is available in large print and other formats. The application form invites applicants to tell "
     "us about a disability, so that reasonable adjustments can be agreed with the University's Disability Service "
     "before End 1; adjustments cover the Ends, placements and assessment (extra time, alternative formats, a "
     "scribe, rest breaks). The Pavilion has level access and an accessible toilet, and Ends at the University are "
     "held in ground-floor rooms.", "Agreed")
head("20", "Safeguarding",
     "Each School shall confirm to the Academy that its Participant has been checked in line with Safeguarding "
     "Children and Safer Recruitment in Education. ", "Agreed")
head("21", "End of the Programme",
     "At End 10 each Participant drafts a Next End plan: professional targets for the next two years. The plan is "
     "agreed at a meeting of the Participant, their headteacher and their Marker before the end of the summer "
     "term, and is taken to the Participant's next performance management review.", "Agreed")
part("PART D \u2014 QUALITY")
head("22", "Staff",
     "Programme Leader: Dr Imogen Saltash, Principal Lecturer in Special and Inclusive Education, Castlemarsh "
     "University (former SENCO and LA SEN adviser). Coaches: Mr Kwame Asante, Senior Lecturer in Education "
     "(psychology of learning and ASD); Mrs Ruth Fairbairn, SENCO, Hazelmere School (MA SEN, NPQH); Mr Owen "
     "Pritchard, the Council's Specialist Teacher for Specific Learning Difficulties (AMBDA). Academy Director: "
     "Mrs Dorothy Pryce (retired headteacher; Club Coach), who administers the Programme and does not teach or "
     "mark. Every Coach has at least five days' SEN professional development a year, agreed with the Programme "
     "Leader.", "Agreed")
head("23", "Moderation",
     "Each Component is first-marked by a Coach. A sample of 20 per cent, all fails and all marks within five of "
     "the pass mark are second-marked by University staff, and the markers meet to moderate after each Component. "
     "The University appoints an External Examiner (proposed: Professor Alan Whitcombe, University of Northbridge) "
     "who sees a sample of every Component, may interview Participants and attends the Board of Examiners.",
     "Agreed")
head("24", "Evaluation and the Match Committee",
     "The Match Committee, chaired by the headteacher of Lodgefield High School, has as members the Programme "
     "Leader, the Academy Director, two further headteachers, a parent governor of Hazelmere School, the "
     "Council's Principal Officer for SEN and two SENCOs from the Schools. It meets each term. It considers the "
     "Participants' evaluation of every End, a mid-year focus group run by the Council's Principal Officer, an "
     "end-of-year questionnaire to Markers and headteachers, the moderation reports, the External Examiner's "
     "report and the University's annual monitoring report, and each summer agrees an action plan that changes "
     "the next year's Ends and Components. Participants repeat the Green Speed Questionnaire at End 10 so that "
     "the Committee can see the change in their confidence and competence against the outcomes. How the "
     "Programme's effect on pupils' achievement is to be measured is still to be agreed.",
     "Agreed, save the measure of effect on pupils (Open)")
head("25", "Confidentiality", "Each party keeps confidential the others' information received in these "
     "negotiations. (Binding.)", "Agreed")
head("26", "Costs", "Each party bears its own costs of the negotiations. (Binding.)", "Agreed")
head("27", "Next steps", "The University's Legal Services will draft the Partnership Agreement from these Heads "
     "by 30 June 2009.", "Agreed")

t = doc.add_table(rows=1 + len(heads), cols=4)
t.style = "Table Grid"
for j, h in enumerate(["No.", "Head", "Terms", "Status"]):
    cell_text(t.cell(0, j), (h, "b"), shade=BAND, size=9)
cells = {}
for i, hd in enumerate(heads, start=1):
    if hd[0] == "PART":
        c = t.cell(i, 0).merge(t.cell(i, 3))
        cell_text(c, (hd[1], "b"), shade="EEF1F5", size=9)
        continue
    no, name, terms, status = hd
    cell_text(t.cell(i, 0), no, size=9)
    cell_text(t.cell(i, 1), (name, "b"), size=9)
    cell_text(t.cell(i, 2), terms, size=9)
    cell_text(t.cell(i, 3), status, size=9)
    cells[no] = t.cell(i, 2)
for rw in t.rows:
    for j, w in enumerate([1.0, 3.0, 10.6, 2.4]):
        rw.cells[j].width = Cm(w)

# tracked changes and notes inside the Heads table
p5 = cells["5"].paragraphs[-1]
footnote(doc, p5, "The University's Academic Board meets on 14 May 2009. The Club and the Schools have asked for "
         "60 credits.")
p8 = cells["8"].paragraphs[-1]
dele(p8, "Participants may also follow the Ends online through the University's Blackboard site, with a "
         "discussion board for each Rink.", LEGAL, DATE)
p20 = cells["20"].paragraphs[-1]
ins(p20, "In addition, the Academy Secretary shall see each Participant's enhanced Criminal Records Bureau "
         "disclosure certificate and record its number and date before End 1. A Participant who has not worked in "
         "a post involving regular contact with children or young people in the past three months shall obtain a "
         "new enhanced disclosure through the University before starting.", LEGAL, DATE)
p19 = cells["19"].paragraphs[-1]
footnote(doc, p19, "A Participant who is deaf may ask for a BSL interpreter or lipspeaker at every End and "
         "placement; the Academy books and pays for them.")
p13 = cells["13"].paragraphs[-1]
doc.add_comment(p13.runs[-1], text="Dorothy, haven't we already bought two laptops with the Rotary grant? Could "
                "go in here. K.F.", author="Keith Fenwick (Club Treasurer)", initials="KF")

# ---- Schedule 1 --------------------------------------------------------------------------------------
doc.add_page_break()
doc.add_heading("SCHEDULE 1 \u2014 THE ENDS", level=1)
P(doc, "All Ends are taught by the Coaches named, with guests where shown. The Home Fixture menu for each End "
       "is in the last column; each Participant chooses at least one per End with their Marker (Head 18).")
ends = [
    ["End", "Date", "Where", "Content", "Home Fixture menu"],
    ["1  The Law and the Code", "Thu 24 Sept 2009", "Pavilion",
     "The Education Act 1996 and the SEN Code of Practice (2001): the graduated response, statutory assessment and "
     "statements, annual reviews; the Special Educational Needs and Disability Act 2001 and the Disability "
     "Discrimination Acts, the disability equality duty and accessibility planning; the Children Act 2004, Every "
     "Child Matters and the SENCO's part in the five outcomes.",
     "Check the school's SEN policy against the Code; read the school's disability equality scheme"],
    ["2  Reading the Needs", "Thu 15 Oct 2009", "Lodgefield Centre",
     "The most common kinds of SEN and disability (behavioural, emotional and social difficulties, specific "
     "learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum "
     "disorders, moderate learning difficulties) and how they affect learning; best practice in meeting each and "
     "what research says about it; using research and outside advice in school.",
     "Share one piece of research with colleagues and agree what to try"],
    ["3  Hearing the Pupil", "Thu 12 Nov 2009", "Pavilion",
     "Consulting children and young people about issues that affect them; involving pupils in planning, agreeing "
     "and reviewing their provision; fair and respectful relationships with pupils and their families. Young "
     "bowlers from Hazelmere School take part in the afternoon.", "A pupil-voice review with three pupils"],
    ["4  Assessment and Tracking", "Thu 10 Dec 2009", "Lodgefield Centre",
     "Identifying pupils who may have SEN; setting challenging targets, planning interventions and reviewing "
     "progress; using other professionals' assessments; using national test results and other summative data to "
     "track progress and change programmes; approaches, strategies and resources, ICT included, for removing "
     "barriers to learning.", "Track one group's progress for a term"],
    ["5  Provision Mapping", "Thu 21 Jan 2010", "Pavilion",
     "Provision mapping and management; finding ineffective or missing provision; reviewing with other staff how "
     "well provision works.", "Map provision for one year group with colleagues"],
    ["6  Leading Colleagues", "Thu 25 Feb 2010", "Pavilion",
     "Gaining the commitment of the headteacher, senior leaders and colleagues; observing teaching and giving "
     "feedback, modelling, coaching and mentoring, leading training; anticipating and resolving problems and "
     "making sound decisions on provision; speaking and writing clearly, listening to others.",
     "Coach a colleague; lead a staff training session"],
    ["7  Parents and Carers", "Thu 25 Mar 2010", "Pavilion",
     "Advising, supporting and working in partnership with parents and carers: members of the Tenbury Parents "
     "Forum lead role-plays of difficult conversations and of reviews seen from the parents' side.",
     "Hold a review meeting with parents"],
    ["8  Other Services", "Thu 29 Apr 2010", "Lodgefield Centre",
     "The scope and role of outside agencies and voluntary organisations; how to get specialist support and "
     "resources; collaborating with colleagues beyond the school. Led with the services named in Head 12.",
     "Plan a multi-agency meeting"],
    ["9  The Inclusive School", "Thu 10 Jun 2010", "Pavilion",
     "Working with senior colleagues and governors to shape an inclusive ethos, policies and priorities and the "
     "use of resources.", "Present to governors"],
    ["10  Next End", "Thu 8 Jul 2010", "Pavilion",
     "Keeping up to date and taking charge of one's own development in SEN and disability; drafting the Next End "
     "plan (Head 21).", "The Next End meeting"],
]
et = table(doc, ends, widths_cm=[2.8, 2.2, 2.2, 7.2, 3.2], header_shade=BAND, size=8.5)
# Ends 5 to 7 all at the Pavilion: merged venue cell
mv = et.cell(5, 2).merge(et.cell(7, 2))
cell_text(mv, "Pavilion", size=8.5)

# ---- Schedule 2 --------------------------------------------------------------------------------------
doc.add_heading("SCHEDULE 2 \u2014 ALLOCATION OF THE NATIONAL OUTCOMES", level=1)
P(doc, "This Schedule allocates each national minimum outcome to the party that will develop it and says how it "
       "is assessed. Each line gives the outcome, then the End in which it is taught and the Component that "
       "assesses it.")


def bullet(text):
    return P(doc, text, style="List Bullet", after=1)


doc.add_heading("Part A \u2014 taught by the University in the Ends and assessed in Component 1 or Component 3",
                level=2)
for line in [
    "Know the law and guidance on SEN, the Code of Practice included, what they mean for the school and the "
    "SENCO, and how to put them into practice \u2014 End 1; Component 1",
    "Know the principles and outcomes of Every Child Matters and how the SENCO helps children achieve them \u2014 "
    "End 1; Component 1",
    "Know the laws on disability equality and the actions they require of the school \u2014 End 1; Component 1",
    "Know the most common kinds of SEN and disability and how they affect learning \u2014 End 2; Component 3",
    "Know best practice and research findings in meeting SEN \u2014 End 2; Component 3",
    "Draw on research and external advice to improve their own and colleagues' practice \u2014 End 2; "
    "Component 3",
    "A critical understanding of approaches, strategies and resources for assessment, planning, teaching and "
    "learning, ICT included \u2014 End 4; Component 3",
    "Use summative assessments, national tests included, to track progress and change programmes \u2014 End 4; "
    "Component 1",
    "Use provision mapping to plan provision and identify what is ineffective or missing \u2014 End 5; "
    "Component 1",
    "Review and evaluate provision with other staff, to inform the school's self-evaluation \u2014 End 5; "
    "Component 1",
    "Know how children develop and how SEN, disability and the physical and social environment affect their "
    "development \u2014 no End; assessed in Component 3 (the case study traces the pupil's development)",
]:
    bullet(line)

doc.add_heading("Part B \u2014 developed by the Academy's Coaches in the Ends and Home Fixtures and assessed in "
                "Component 2 (the Practice Portfolio)", level=2)
for line in [
    "Fair, respectful, supportive and constructive relationships with pupils with SEN and/or disabilities and "
    "their parents or carers \u2014 End 3",
    "Make sure pupils are involved in planning, agreeing, reviewing and evaluating their provision \u2014 End 3",
    "Identify pupils who may have SEN, set challenging targets, plan interventions and review progress \u2014 End 4",
    "Use assessments from a range of professionals to develop teaching \u2014 End 4",
    "Gain the commitment of colleagues, the headteacher and senior leaders \u2014 End 6",
    "Anticipate and resolve problems and make sound judgements on provision \u2014 End 6",
    "Express themselves clearly in speech and writing, and listen to others \u2014 End 6",
    "Know the scope and role of outside agencies and how to get specialist support \u2014 End 8",
    "Work in partnership with other services and agencies, voluntary organisations included \u2014 End 8",
    "With senior colleagues and governors, influence the strategic development of an inclusive ethos, policies, "
    "priorities and resources \u2014 End 9",
    "Keep up to date and take responsibility for their own CPD in SEN and disability \u2014 End 10 (the Practice "
    "Portfolio closes with the Next End plan)",
]:
    bullet(line)
pb = doc.add_paragraph(style="List Bullet")
pb.paragraph_format.space_after = Pt(1)
ins(pb, "Support colleagues' professional development by observation and feedback, modelling, coaching, "
        "mentoring and training \u2014 End 6", LEGAL, DATE)

doc.add_heading("Part C \u2014 developed by the Schools' Markers through Home Fixtures in the Participant's own "
                "school; not separately assessed", level=2)
for line in [
    "Prioritise, manage their time and delegate tasks appropriately",
    "Deploy and manage staff to support pupils with SEN and/or disabilities",
    "Liaise effectively with parents and carers to promote pupils' learning and development (also discussed in "
    "End 7)",
]:
    bullet(line)
pc = doc.add_paragraph(style="List Bullet")
pc.paragraph_format.space_after = Pt(1)
dele(pc, "Support colleagues' professional development by observation and feedback, modelling, coaching, "
         "mentoring and training", LEGAL, DATE)

doc.add_heading("Part D \u2014 not yet allocated", level=2)
pd = P(doc, "The parties have not yet agreed which of them will cover the following outcomes or how they will be "
            "assessed (Open):")
for line in [
    "The principles of school self-evaluation and improvement and how they relate to outcomes for pupils with SEN",
    "Encourage other teachers to develop formative assessment, with approaches for pupils with SEN",
    "Identify in good time the special arrangements pupils need for national tests and examinations, and put them "
    "in place",
]:
    bullet(line)
doc.add_comment(pd.runs[0], text="Could the Academy pick up self-evaluation in End 5 alongside provision mapping? "
                "Please discuss before Draft 5. S.M.", author="Sarah Mottram (University Legal Services)",
                initials="SM")

# ---- signatures --------------------------------------------------------------------------------------
doc.add_heading("Signed, subject to contract", level=1)
sig = table(doc, [
    ["For", "Name", "Signature", "Date"],
    ["Wyvern Lodge Bowling Club", "[name]", "", "[date]"],
    ["The Schools (Lodgefield High School as lead school)", "[name]", "", "[date]"],
    ["Castlemarsh University", "[name]", "", "[date]"],
], widths_cm=[6.0, 4.0, 4.0, 3.0], header_shade=BAND, size=9)

save(doc, str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
