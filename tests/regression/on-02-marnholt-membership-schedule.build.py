"""on-02-marnholt-membership-schedule: build the .docx next to this script.

Provider: the Marnholt Tennis Coaching and Schools Trust, the charity of Marnholt Lawn Tennis Club
that runs the club's coaching and a schools programme (and, since a 2007-08 pilot, a "SENCO Section"),
with St Aldhelm's University College (validation: Postgraduate Certificate: Special Educational Needs
Coordination, 60 credits).

Document kind and layout: the club-style MEMBERSHIP BOOKLET of the Trust's SENCO Section, "Membership
Categories, Subscriptions and Privileges 2008-09", sent whole with its Proposal Form. The course is
run as a section of the club: candidates are proposed and seconded, join in one of five categories
(Full, Flexible, Transfer, Examination, Associate), pay a subscription and enjoy privileges. No
heading styles: parts are bold typed capitals with hand-typed numbers ("PART 5 - JOINING",
"5(c)"), lists typed with "•", some paragraphs broken by manual line breaks as if pasted. A text box
from the Membership Secretary to the panel; a "Words we use" table (Member, Section Captain, Club
Professional, Hitting Partner, Proposer, Seconder, Club Night, Tournament Saturday, Members' Lounge,
Competition, Friendly, "Not offered") that keys the Members' Standard far below; a subscriptions
table with merged header cells; a categories-at-a-glance table; the twelve Club Nights in a table; a
Members' Standard (outcome map, "Coached at" / "Competed for in") with merged shaded band rows; a
Proposal Form with its prompts and blanks. Header and footer, a PAGE field, two footnotes, one
Word comment, tracked changes (an insertion and deletions).

Traps (requirement ids touched):
- Credits: a tracked deletion of "All 60 credits are at Level 7." and a tracked insertion (which
  counts) putting the Singles, 20 credits, at Level 6 -> E.2 partially_met.
- Assessment-only route: Examination Membership (all three Competitions, no Club Nights, exceptional
  cases) is real; a tracked deletion of a portfolio-alone award does not count -> 2.3 met.
- Members' Lounge: tutor on duty only in a tracked INSERTION (counts), plus forum and email to
  schools -> 3.3 met.
- Research: "Club Nights draw on the latest thinking in the field" and no named research or
  inspection evidence -> 1.3 partially_met; best practice and research "Coached at: -" but competed
  for in the Singles -> 6.K8 partially_met.
- Equal access: a welcome to all and level access only; no arrangement to invite disclosure or
  adjust teaching or assessment -> 3.1 partially_met.
- Stakeholder needs: "Our long experience of working with schools tells us" (no evidence collected)
  -> 4.1 partially_met; 4.2 and 4.3 are met by concrete changes and roles.
- Hitting Partners (mentors) "are not trained or briefed by the Section" -> 5.7 partially_met.
- Moderation: double marking only, "Moderation: [to be agreed with St Aldhelm's]" placeholder
  -> 5.8 partially_met.
- Impact on pupils only hoped for ("We hope that in time ...") beside a real confidence
  questionnaire -> 5.9 partially_met.
- Further targets: "a matter for each Member and their line manager and is not part of the Section's
  programme"; a Word comment suggests a "what next" evening (comments do not count) -> 2.5 not_met.
- Award rule with compensation: two Competitions won and "at least 40" in the third "at the
  Committee's discretion" -> 6.0 not_met; 1.9 partially_met.
- 6(c) "What the Section does not cover": strategy with governors is "for the head teacher" ->
  6.S1 not_met; national test data "the work of each school's assessment coordinator" -> 6.S2b
  not_met; priorities and delegation "Not offered" -> 6.A3 not_met.
- Members' Standard cells: "Friendly only" (feedback, not scored) for 6.S5 and 6.S7 (the Singles
  agrees targets with the class teacher and parents, not the pupil) -> partially_met; 6.S2d and
  6.K9 coached (Club Night 7; the Agencies Day) but "-" in Competed for in -> partially_met.
- CRB: the club's junior-coaching checks appear (wrong context) but the Membership Secretary
  really checks candidates' disclosures -> 5.3 met.
- Associate Membership (no assessment, no Award) is a distractor for routes; the pilot's past
  Reciprocal Visit to Oakfield sits beside this season's real visits (5.5 met).
- Header/footer claims ("every outcome competed for") are never evidence.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _on_helpers import (new_document, para, table, cell_text, shade_cell, text_box, header_footer,
                         footnote, comment, del_run, ins_run, deleted_paragraph, inserted_paragraph,
                         save, add_runs)

HERE = Path(__file__).parent
NAME = "on-02-marnholt-membership-schedule"
NAVY = "1F3864"
BAND = "DEEAF6"

doc = new_document(font="Calibri", size=11)
header_footer(doc, "Marnholt Tennis Coaching and Schools Trust  -  SENCO Section  -  Membership 2008-09",
              "Members' Standard: every outcome competed for  |  Registered charity no. 1101846")


def part(title):
    return para(doc, title, bold=True, size=12, color=NAVY, space_after=4)


def sub(title, text):
    return para(doc, f"**{title}**  {text}")


def bullet(text):
    return para(doc, "•  " + text, indent=0.6, space_after=2)


para(doc, "MARNHOLT LAWN TENNIS CLUB", bold=True, align="center", color=NAVY)
para(doc, "MARNHOLT TENNIS COACHING AND SCHOOLS TRUST", bold=True, align="center", size=10)
para(doc, "THE SENCO SECTION", bold=True, size=22, align="center", color=NAVY)
para(doc, "Membership Categories, Subscriptions and Privileges\nSeason 2008-09", align="center", size=14)
para(doc, "Postgraduate Certificate: Special Educational Needs Coordination (the National Award for SEN "
          "Coordination), validated by St Aldhelm's University College", align="center", italic=True, size=10)
para(doc, "The Pavilion, Marnholt Lawn Tennis Club, Abbey Fields Lane, Marnholt MR7 2QS", align="center", size=9)

text_box(doc, [
    "**From the Membership Secretary, to the approval panel**",
    "This is the booklet every teacher who enquires about the SENCO Section receives, with the Proposal "
    "Form at the back. The Trust has always run its courses as sections of the club, with members, "
    "categories and subscriptions, and our schools know the Section in these terms, so we send the booklet "
    "as it is rather than a new document. The Members' Standard (the Schedule at the end) sets out the "
    "national minimum outcomes in our words.",
    "James Hollis, Membership Secretary, October 2008",
], height_pt=115, fill="EAF1FB", stroke="1F3864")

# ------------------------------------------------------------------ PART 1
part("PART 1  -  ABOUT THE SECTION")
para(doc, "The SENCO Section was formed in 2007 for teachers who lead provision for pupils with special "
          "educational needs and disabilities in Marnholt and the villages around it. It grew out of the "
          "Trust's schools programme, which has taken coaching into 38 primary and secondary schools since "
          "1999 and runs inclusive tennis for pupils with SEN in twelve of them.")
para(doc, "The Section exists to raise the achievement of children and young people with SEN and "
          "disabilities - their learning, and their being healthy, staying safe, enjoying and achieving, "
          "making a positive contribution and achieving economic well-being - by building the knowledge, "
          "understanding and skills of the teachers who coordinate their provision. Each of the three "
          "Competitions asks the Member to show what has changed for pupils, in their learning and in their "
          "well-being, because of what the Member has done.")
p = para(doc, "Full, Flexible, Transfer and Examination Members who complete the Section are awarded the "
              "Postgraduate Certificate: Special Educational Needs Coordination by St Aldhelm's University "
              "College, which validated it in June 2008 and holds it under its academic regulations. The "
              "Certificate carries 60 credits. ")
del_run(p, "All 60 credits are at Level 7.", author="C. Hebden", date="2008-09-02T10:00:00Z")
ins_run(p, "The Doubles and the Club Championship are at Level 7 (40 credits) and the Singles at Level 6 "
           "(20 credits).", author="C. Hebden", date="2008-09-02T10:00:00Z")
para(doc, "The Section Captain is Clare Hebden, who runs it for the Trust with the University College's\n"
          "Course Director for Inclusive Education, Dr Martin Fairweather. The 2007-08 season was a pilot, "
          "without\naccreditation, for nine members; 2008-09 is the first accredited season.")

# ------------------------------------------------------------------ PART 2
part("PART 2  -  WORDS WE USE")
table(doc, [
    ["Word", "What it means in this booklet"],
    ["Member", "A teacher taking the Section's course. Members are qualified teachers who are, or are about to become, the SENCO of a school."],
    ["Section Captain", "The course leader, Clare Hebden."],
    ["Club Professional", "A tutor. Club Professionals teach on Club Nights and Tournament Saturdays, run the Members' Lounge and mark Competitions."],
    ["Hitting Partner", "An experienced SENCO in another school whom the Member chooses to talk their work through with during the season."],
    ["Proposer / Seconder", "The Member's head teacher (Proposer) and a local authority SEN adviser or specialist teacher who knows the Member's work (Seconder)."],
    ["Club Night", "A taught twilight session, 4.30 to 7.30 on a Tuesday, in the Pavilion."],
    ["Tournament Saturday", "A taught full day on a Saturday, 9.30 to 4.00."],
    ["Members' Lounge", "The Section's online area on the University College's learning platform."],
    ["Competition", "One of the three assessed pieces: the Singles, the Doubles and the Club Championship. Competitions are scored."],
    ["Friendly", "A practice piece set on a Club Night for written feedback from a Club Professional. Friendlies are not scored and do not count towards the Certificate."],
    ["Coached at / Competed for in", "The two columns of the Members' Standard: where an outcome is taught, and the Competition in which it is scored. \"Friendly only\" means feedback without a score; a dash means none; \"Not offered\" means the Section does not cover it (see 6(c))."],
], widths=[4, 12.5])
para(doc, "")

# ------------------------------------------------------------------ PART 3
part("PART 3  -  CATEGORIES OF MEMBERSHIP")
para(doc, "There are five categories. The first four lead to the Certificate; the fifth does not.")
table(doc, [
    ["Category", "Starts", "Club Nights and Saturdays", "Competitions", "Leads to the Certificate"],
    ["3(a) Full", "September", "All twelve Club Nights and three Saturdays", "All three", "Yes"],
    ["3(b) Flexible", "January", "Six Club Nights, the Lounge units, three Saturdays", "All three", "Yes"],
    ["3(c) Transfer", "September or January", "As Full or Flexible, less Club Nights 3 to 5", "Doubles and Club Championship", "Yes"],
    ["3(d) Examination", "Any term", "None", "All three", "Yes"],
    ["3(e) Associate", "September", "Club Nights only", "None", "No"],
], widths=[3, 2.6, 5, 3.4, 2.6])
para(doc, "")
sub("3(a) Full Membership.", "For teachers new to the SENCO role who can be released for twilight sessions. "
    "Full Members attend the twelve Club Nights from September to June and the three Tournament Saturdays, "
    "use the Members' Lounge between sessions, and enter all three Competitions. Most Members are Full "
    "Members; they complete the season in one school year.")
sub("3(b) Flexible Membership.", "For teachers who cannot come to the Pavilion every month, or who take up "
    "the SENCO post part way through the year. Flexible Members join in January, attend Club Nights 1, 6, 9, "
    "10, 11 and 12 and the three Saturdays, and study the other six Club Nights as units in the Members' "
    "Lounge, with the same readings and tasks and a Club Professional to answer them. They may take the "
    "Competitions in any order and finish by the following December; a Flexible Member may change to Full "
    "Membership, or the other way, at the end of any term.")
p = sub("3(c) Transfer Membership.", "For teachers who already hold credit for study of special educational "
        "needs, or can show equivalent learning from their experience. A Transfer Member's earlier credit, or a "
        "portfolio of their experience, is assessed under the University College's procedures for the "
        "accreditation of prior learning; where it is accepted the Member is excused the Singles and Club "
        "Nights 3 to 5 (20 credits), and completes the Doubles and the Club Championship. Applications for "
        "transfer go to the Section Captain with the Proposal Form.")
footnote(doc, p, "St Aldhelm's University College, Regulations for the Accreditation of Prior Certificated and "
                 "Experiential Learning (2007), section 4. No more than 20 of the 60 credits may be accredited.")
p = sub("3(d) Examination Membership.", "In exceptional cases, for very experienced teachers - for example a "
        "specialist teacher from a support service, or a SENCO of long standing in another authority - who "
        "appear already to meet the Members' Standard. An Examination Member attends no Club Nights or "
        "Saturdays but enters all three Competitions, is marked on exactly the same terms as other Members, "
        "and must show every line of the Members' Standard before the Certificate is awarded. The Membership "
        "Committee decides each application after an interview with the Section Captain. ")
del_run(p, "Where the Committee agrees, an Examination Member with long experience may instead be awarded the "
           "Certificate on a portfolio of past work alone.", author="J. Hollis", date="2008-09-10T14:00:00Z")
sub("3(e) Associate Membership.", "For teaching assistants, higher level teaching assistants and teachers "
    "who are not SENCOs and would like to attend Club Nights. Associate Members take no Competitions, "
    "receive no credit and are not awarded the Certificate or the National Award.")

# ------------------------------------------------------------------ PART 4
part("PART 4  -  SUBSCRIPTIONS 2008-09")
t = table(doc, [
    ["Category", "Subscription", "", "What the subscription includes"],
    ["", "Standard", "Partner school", ""],
    ["Full", "£1,380", "£1,080", "Club Nights, Saturdays, the Lounge, marking, registration with the University College"],
    ["Flexible", "£1,380", "£1,080", "As Full"],
    ["Transfer", "£1,020", "£780", "As Full, less the Singles; the APL assessment fee is included"],
    ["Examination", "£690", "£690", "Interview, marking of three Competitions, registration"],
    ["Associate", "£240", "£180", "Club Nights and the Lounge readings"],
], header=False, widths=[3, 2.6, 2.6, 8.2])
# merged header cells: "Subscription" spans two columns; Category and Includes span two rows
hdr = t.rows[0].cells
m = hdr[1].merge(hdr[2])
for c in (t.cell(0, 0).merge(t.cell(1, 0)), t.cell(0, 3).merge(t.cell(1, 3))):
    pass
for r in (0, 1):
    for c in t.rows[r].cells:
        shade_cell(c, "D9E2F3")
        for pp in c.paragraphs:
            for run in pp.runs:
                run.bold = True
p = para(doc, "Partner schools are the schools in the Trust's schools programme. Subscriptions are paid by the "
              "school, in one payment or in two halves (October and February).")
footnote(doc, p, "Subscriptions are not subject to VAT. Marnholt Borough Council's Children's Services meet "
                 "£300 of the subscription of any Full or Flexible Member in their first year as SENCO.")
para(doc, "Because each Member's Personal Playing Plan (5(d)) tells the Club Professionals where the Member "
          "needs most help, the Club Nights give most time to what most Members need, and Transfer Members do "
          "not pay for teaching they do not need.")

# ------------------------------------------------------------------ PART 5
part("PART 5  -  JOINING")
sub("5(a) Proposal and seconding.", "Every candidate is proposed by their head teacher and seconded by a local "
    "authority SEN adviser or specialist teacher who knows their work, on the Proposal Form at the back of "
    "this booklet. The Proposer confirms that the candidate is a qualified teacher who holds, or has been "
    "offered, the SENCO post, that the school will release them for Club Nights and Saturdays, and that there "
    "are no outstanding disciplinary matters or concerns about the candidate's conduct.")
sub("5(b) The Membership Committee.", "The Committee (the Section Captain, the University College's Course "
    "Director and two head teachers from partner schools) meets in June and November. It accepts candidates "
    "who have enough knowledge, understanding and experience of SEN to benefit from the Section and to reach "
    "every line of the Members' Standard by the end of the season: in practice, at least a year's teaching and "
    "some experience of working with pupils with SEN, shown in the Proposal Form and a short conversation "
    "with the Section Captain. A candidate who is not accepted is told in writing what they need to do first "
    "- for example, a term working alongside an experienced SENCO, or Associate Membership for a year - and "
    "the Section Captain talks this through with their head teacher.")
sub("5(c) Checks.", "The Membership Secretary checks, for every candidate, the number and date of their "
    "enhanced Criminal Records Bureau disclosure as given by the Proposer on the Proposal Form, and no "
    "candidate is accepted without it. A candidate who has not worked in a school or college in a post with "
    "regular contact with children in the past three months must obtain a new enhanced disclosure through the "
    "Trust before joining. The Membership Secretary also takes up the Proposer's reference on the candidate's "
    "conduct and checks that the candidate has not been barred from work with children. (These checks are "
    "separate from the club's checks on its junior coaches and court volunteers, which the Club Welfare "
    "Officer keeps.)")
sub("5(d) Playing Assessment and Personal Playing Plan.", "Before the first Club Night every new Member "
    "completes the Playing Assessment: a self-review against each line of the Members' Standard, with "
    "evidence for the lines they think they already meet, which their Seconder comments on. In September (or "
    "January) each Member meets a Club Professional for an hour to turn it into a Personal Playing Plan: the "
    "lines the Member will work on hardest, their own goals for the season, any Club Nights they should "
    "follow up in the Lounge, and the focus of their Singles and Doubles. The Plan is reviewed with the "
    "Club Professional at the end of each term and kept in the Member's portfolio.")

# ------------------------------------------------------------------ PART 6
part("PART 6  -  THE SEASON")
sub("6(a) Club Nights.", "Twelve Club Nights run from September to June. Club Nights draw on the latest "
    "thinking in the field and on the Club Professionals' own work in schools.")
table(doc, [
    ["No.", "Date", "Club Night", "Friendly"],
    ["1", "23 Sept", "The SENCO's role and the law: the Education Act 1996, the SEN Code of Practice (2001), the "
                     "Disability Discrimination Act and the Disability Equality Duty, and what each means for the "
                     "school; starting your learning log", "-"],
    ["2", "14 Oct", "Every Child Matters: the five outcomes and the SENCO's part in them", "-"],
    ["3", "4 Nov", "How children develop - language, thinking, social and emotional growth - and how SEN, "
                   "disability and the setting affect it", "-"],
    ["4", "25 Nov", "Common types of SEN (1): specific learning difficulties including dyslexia; moderate "
                    "learning difficulties", "-"],
    ["5", "13 Jan", "Common types of SEN (2): speech, language and communication needs; autistic spectrum "
                    "disorders; behavioural, emotional and social difficulties", "-"],
    ["6", "3 Feb", "Identifying pupils, setting targets, planning interventions and reviewing progress; using "
                   "assessments from educational psychologists, therapists and other professionals", "-"],
    ["7", "3 Mar", "Assessment for learning with colleagues; identifying the special arrangements pupils need "
                   "for national tests and examinations, and putting them in place with colleagues", "-"],
    ["8", "24 Mar", "Approaches, strategies and resources for teaching and learning, including ICT, in the "
                    "Trust's resource room", "-"],
    ["9", "21 Apr", "Listening to children: consulting pupils about what affects them, and pupils' part in "
                    "planning and reviewing their own provision", "Write up a pupil-led review"],
    ["10", "12 May", "Parents and carers: building trust, sharing information, working in partnership", "Plan a "
                     "meeting with a parent"],
    ["11", "2 June", "Leading colleagues: gaining the commitment of colleagues and senior leaders; deploying and "
                     "managing teaching assistants; coaching, mentoring and training colleagues, within and "
                     "beyond the school", "A coaching conversation"],
    ["12", "23 June", "Provision mapping; reviewing provision with colleagues; the principles of school "
                      "self-evaluation and improvement", "-"],
], widths=[1.1, 1.8, 11, 3])
para(doc, "")
sub("6(b) Tournament Saturdays.", "Saturday 15 November 2008 is the Agencies Day: the educational psychology "
    "service, the speech and language therapy service, CAMHS, the Hearing Support Service, social care and "
    "two voluntary organisations (Marnholt Parents' Voice and the local branch of the National Autistic "
    "Society) explain what they do and how to get their help, and Members map the services around their own "
    "school. Saturday 7 March 2009 is Match Practice: Members bring a problem from their school, work it "
    "through in threes to a decision they can defend, and practise presenting it and listening to challenge. "
    "Saturday 27 June 2009 is Finals Day, when Members present their Club Championship.")
sub("6(c) What the Section does not cover.", "The Section is short, and some of a SENCO's work is better learned "
    "elsewhere or belongs to others:")
bullet("Working with governors on the school's strategy, policies and use of resources is for the head "
       "teacher; the Section does not cover it.")
bullet("Using national test results and other summative data to track pupils is the work of each school's "
       "assessment coordinator and is outside the Section.")
bullet("Managing one's own time, setting priorities and delegating are not offered: Members bring these from "
       "their teaching careers.")
p = sub("6(d) The Members' Lounge.", "The Lounge, on the University College's learning platform, holds the "
        "readings, slides and tasks for every Club Night, the six Lounge units for Flexible Members, the "
        "Competition briefs and the Members' Standard. It has a forum for each season's Members, who use it "
        "to share resources and ask one another questions between Club Nights, and three short units on "
        "finding, reading and using research and advice from outside the school. ")
ins_run(p, "A Club Professional is on duty in the Lounge on Monday and Wednesday evenings and answers every "
           "question posted there within two working days.", author="C. Hebden", date="2008-09-20T11:00:00Z")
para(doc, "Proposers and Seconders have a guest login to the Lounge, and the Section Captain emails schools\n"
          "each term with dates and news. Members submit Competitions through the Lounge and receive their\n"
          "feedback there.")

# ------------------------------------------------------------------ PART 7
part("PART 7  -  COMPETITIONS")
sub("7(a) The Singles (20 credits).", "A study of one pupil with SEN or a disability in the Member's school "
    "(4,000 words, due 27 February). The Member brings together what is known of the pupil's development and "
    "needs, including assessments by other professionals, agrees targets with the class teacher and the "
    "pupil's parents, plans and runs an intervention with a critical account of the approaches and resources chosen (including "
    "ICT), describes the pupil's progress over the term, reviews it with the parents, and "
    "compares what happened with published research and best practice.")
sub("7(b) The Doubles (20 credits).", "A development project that the Member plans and carries out with a "
    "colleague in their own school, each writing their own account (5,000 words, due 15 May). The Member "
    "maps the school's provision for pupils with SEN, finds what is missing or not working, agrees changes "
    "with the head teacher and colleagues, redeploys teaching assistants where needed, reviews the changes "
    "with the staff involved and writes up what the review shows for the school's self-evaluation.")
sub("7(c) The Club Championship (20 credits).", "A portfolio (the learning log, the Personal Playing Plan, a "
    "record of one piece of joint work with an outside service, and a commentary of 2,500 words on the law, Every Child Matters and disability equality as "
    "they apply in the Member's school) and a 15-minute presentation, with questions, on Finals Day (27 June) about a change the Member has "
    "led in colleagues' formative assessment of pupils with SEN: the problem, the decision and what "
    "followed.")
sub("7(d) Friendlies.", "Friendlies are set on Club Nights 9, 10 and 11 (see 6(a)). A Club Professional writes "
    "feedback on each; they are not scored.")
sub("7(e) Scoring.", "Each Competition is marked by a Club Professional against the University College's "
    "assessment criteria and the lines of the Members' Standard it covers, and every fail and a sample of "
    "others are marked again by a second Club Professional. The University College appoints an external "
    "examiner for the Certificate. Moderation: [to be agreed with St Aldhelm's].")
sub("7(f) Winning the Certificate.", "A Member who wins all three Competitions is awarded the Certificate. A "
    "Member who wins two Competitions and scores at least 40 in the third may be awarded the Certificate at "
    "the Membership Committee's discretion. A Competition lost may be replayed once.")

# ------------------------------------------------------------------ PART 8
part("PART 8  -  PRIVILEGES OF MEMBERSHIP")
sub("8(a) Club Professionals.", "The Section's four Club Professionals are Clare Hebden (Section Captain; "
    "SENCO of a Marnholt primary school for nine years, now the Trust's SEN lead and a local authority "
    "leading teacher for inclusion), Dr Martin Fairweather (Course Director for Inclusive Education at St "
    "Aldhelm's, formerly an educational psychologist), Ruth Okonjo (specialist teacher for communication and "
    "autism with the county's outreach service) and Graham Petty (deputy head of Fairholme Special School). "
    "All four still work in schools or services and attend the University College's assessment training "
    "each September.")
sub("8(b) Reciprocal Visits.", "Each Member spends two days on Reciprocal Visits, one at Fairholme Special "
    "School and one at the Marnholt Hearing Support Base, arranged by Graham Petty, working alongside staff "
    "and writing up what they will take back to their own school. (In the pilot season the visit was to "
    "Oakfield Special School, which has since closed.) Specialist speakers also come to the Agencies Day.")
sub("8(c) The resource room.", "The Pavilion's resource room holds the Section's library of about 400 books "
    "and assessment materials, which Members may borrow, and a set of assistive technology - text-to-speech "
    "readers, a symbol-writing program on six laptops, a visualiser and communication aids - used on Club "
    "Night 8 and lent to Members for their Singles. Every Member has access to the University College's "
    "library and e-journals.")
sub("8(d) Hitting Partners.", "Each Member chooses a Hitting Partner, an experienced SENCO in another school, "
    "and meets them at least three times in the season. Hitting Partners are not trained or briefed by the "
    "Section; they are experienced SENCOs and know the job.")
sub("8(e) Everyone welcome.", "The Section is open to every qualified teacher, whatever their background "
    "or disability. The Pavilion has level access, a lift to the first-floor Committee Room and an accessible "
    "toilet.")

# ------------------------------------------------------------------ PART 9
part("PART 9  -  THE MEMBERS' FORUM AND THE ANNUAL REVIEW")
para(doc, "Our long experience of working with schools tells us what new SENCOs need, and the Section has been "
          "built on it.")
para(doc, "The nine pilot Members met as the Members' Forum three times in 2007-08. At their request the Agencies "
          "Day moved from June to November, so that Members could use it in their Singles; the Doubles "
          "replaced a second essay; and Club Nights moved from Thursdays to Tuesdays, when fewer schools hold "
          "staff meetings.")
para(doc, "Each season's Members elect two of their number to the Forum, which meets each term with the Section "
          "Captain. Every Member completes a questionnaire after each Club Night and Saturday and a longer one "
          "at the end of the season, including a rating of their own confidence against each line of the "
          "Members' Standard, which they first gave in the Playing Assessment. Proposers and Seconders are "
          "sent a short questionnaire in July. In September the Annual Review - the Section Captain, the "
          "Course Director, the Forum's two representatives, two Proposers and the Principal SEN Adviser - "
          "considers the questionnaires, Competition results, the external examiner's report and the "
          "University College's annual monitoring, and decides the changes for the next season, which are "
          "printed in the next edition of this booklet. Proposers and the Principal SEN Adviser are also "
          "invited to Finals Day to hear Members' presentations.")
para(doc, "We hope that in time Members' schools will share their pupils' results with us, so that we can see "
          "what difference the Section makes to pupils' achievement.")

# ------------------------------------------------------------------ PART 10
part("PART 10  -  AFTER MEMBERSHIP")
p = para(doc, "Members who complete the season are awarded the Certificate at the University College's "
              "graduation in November. Setting further professional targets is a matter for each Member and "
              "their line manager and is not part of the Section's programme. Former Members are welcome "
              "at Club Nights as Associate Members without charge, and at the club's Wednesday social tennis.")
comment(doc, p, "Clare - should we add a 'what next' evening with heads? It went down well in the pilot. JH",
        author="James Hollis", initials="JH")

# ------------------------------------------------------------------ Schedule
para(doc, "")
part("SCHEDULE  -  THE MEMBERS' STANDARD")
para(doc, "The national minimum outcomes in our words. For the two right-hand columns see Part 2.", italic=True)
ST = [
    ["No.", "A Member who meets the Standard ...", "Coached at", "Competed for in"],
    ["ATTITUDES"],
    ["1", "builds fair, respectful and supportive relationships with pupils with SEN and their parents", "Club Nights 9, 10", "The Singles"],
    ["2", "gains the commitment of colleagues, the head teacher and senior leaders", "Club Night 11", "The Doubles"],
    ["3", "sets priorities, manages time and delegates", "Not offered", "Not offered"],
    ["4", "foresees and resolves problems and makes sound decisions about provision", "Saturday 7 March", "The Club Championship"],
    ["5", "speaks and writes clearly and listens to others", "Saturday 7 March", "All three Competitions"],
    ["6", "uses research and outside advice to improve practice", "Lounge research units", "The Singles"],
    ["7", "keeps up to date and takes charge of their own CPD", "Club Night 1 (learning log)", "The Club Championship"],
    ["KNOWLEDGE"],
    ["8", "the law and guidance on SEN, the Code of Practice and how to apply them", "Club Night 1", "The Club Championship"],
    ["9", "Every Child Matters and the SENCO's part in it", "Club Night 2", "The Club Championship"],
    ["10", "the law on disability equality and what it requires", "Club Night 1", "The Club Championship"],
    ["11", "how children develop and what affects their development", "Club Night 3", "The Singles"],
    ["12", "the common types of SEN and how they affect learning", "Club Nights 4, 5", "The Singles"],
    ["13", "approaches, strategies and resources, including ICT, understood critically", "Club Night 8", "The Singles"],
    ["14", "the principles of school self-evaluation and improvement", "Club Night 12", "The Doubles"],
    ["15", "best practice and research in meeting SEN", "-", "The Singles"],
    ["16", "the role of outside agencies and how to get their support", "Saturday 15 November", "-"],
    ["SKILLS"],
    ["17", "advises governors and senior colleagues on an inclusive ethos, policy and resources", "Not offered", "Not offered"],
    ["18", "identifies pupils, sets targets, plans interventions and reviews progress", "Club Night 6", "The Singles"],
    ["18a", "uses other professionals' assessments to shape teaching", "Club Night 6", "The Singles"],
    ["18b", "uses summative data and national tests to track progress", "Not offered", "Not offered"],
    ["18c", "helps colleagues develop formative assessment for pupils with SEN", "Club Night 7", "The Club Championship"],
    ["18d", "arranges special arrangements for tests and examinations in good time", "Club Night 7", "-"],
    ["19", "uses provision mapping and finds missing or ineffective provision", "Club Night 12", "The Doubles"],
    ["20", "deploys and manages staff", "Club Night 11", "The Doubles"],
    ["21", "supports colleagues' development by observation, coaching, mentoring and training", "Club Night 11", "Friendly only"],
    ["22", "reviews provision with colleagues for the school's self-evaluation", "Club Night 12", "The Doubles"],
    ["23", "makes sure pupils take part in planning and reviewing their provision", "Club Night 9", "Friendly only"],
    ["24", "liaises with parents and carers to help their children learn", "Club Night 10", "The Singles"],
    ["25", "works in partnership with other services and voluntary organisations", "Saturday 15 November", "The Club Championship"],
]
band = tuple(i for i, r in enumerate(ST) if len(r) == 1)
table(doc, ST, widths=[1.2, 8.5, 3.6, 3.6], merged_rows=band, merged_shade=BAND, head_shade="D9E2F3")
para(doc, "")

# ------------------------------------------------------------------ Proposal form
part("PROPOSAL FORM  -  SENCO SECTION 2008-09")
para(doc, "Please complete in black ink or type, and return to the Membership Secretary by 30 June (September "
          "start) or 14 November (January start).", italic=True, size=9)
table(doc, [
    ["Candidate", "[Name of candidate]"],
    ["School", "[Name and address of school]"],
    ["Category applied for", "Full  /  Flexible  /  Transfer  /  Examination  /  Associate   (delete as appropriate)"],
    ["Teaching qualification and year", "[QTS year]"],
    ["SENCO post held or offered (date)", "[Date]"],
    ["Enhanced CRB disclosure: number and date of issue", "[Number]   [Date]"],
    ["Proposer (head teacher): I confirm the statements in 5(a).", "Signed ..............................   Date .........."],
    ["Seconder: I know the candidate's work with pupils with SEN and support this proposal.", "Signed ..............................   Date .........."],
    ["For the Membership Committee", "Accepted / Not accepted     Checks completed by .........."],
], header=False, widths=[7, 9.5])

save(doc, HERE / f"{NAME}.docx")
print("wrote", NAME)
