"""ob-02-tollbridge-constitution: builds ob-02-tollbridge-constitution.docx next to this script.

PROVIDER. Tollbridge Judo Club (founded 1966, affiliated to the British Judo Association) and its Coaching
School, with the fourteen schools of the Tollbridge and District Schools Partnership (Kelderby Park special
school among them) and Wexmoor University, which validated the course as a Postgraduate Certificate on
9 December 2008. February 2009.

DOCUMENT KIND AND LAYOUT. A sports club's constitution and rules, sent whole as the application, as amended
at a Special General Meeting, under a covering letter from the Honorary Secretary (a letterhead typed with
manual line breaks). No heading styles: rule titles are typed bold capitals ("14. ADMISSION OF AWARD
MEMBERS"), sub-rules hand-numbered 1.1-26.1, so many rule numbers collide with requirement ids (Rule 2.3 is
an object, Rule 5.3 is about voting, Rule 6.2 is about subscriptions...). Part 1 is the club's ordinary
rules (name, objects, affiliation, equality, membership, officers, safeguarding, meetings, discipline,
finance); Part 2 is the Coaching School and the Award. Schedule A is a table of ten Club Sessions with a
"Syllabus Points coached" column; Schedule B is the Award Syllabus, 27 numbered Syllabus Points in three
bands (merged, shaded band rows) with the last row deleted as a tracked change; Schedule C lists the three
Gradings and Club Randori, each with the Syllabus Points it grades. A signature block with blanks. Page
header and a footer with a PAGE field. Two footnotes, two Word comments. Tracked changes (the SGM's
amendments): Rule 14.7 inserted (counts), Rule 16.5 (an online Moodle route) deleted, Rule 24.3 (agreeing
professional targets) deleted, Schedule B row 27 (multi-agency work) deleted.

SYLLABUS POINTS -> OUTCOMES. 1 A1, 2 A2, 3 A4, 4 A5, 5 A6, 6 A7; 7 K1, 8 K2, 9 K3, 10 K4, 11 K5, 12 K6,
13 K7, 14 K8, 15 K9; 16 S1, 17 S2, 18 S2a, 19 S2b, 20 S2c, 21 S3, 22 S4, 23 S5, 24 S6, 25 S7, 26 S8,
27 S9 (deleted). No point for A3 or S2d.
Coached (Schedule A): all but 3 and 23 ("not coached at Club Sessions; Members prepare them on their own").
Graded (Schedule C): 1, 2, 3, 4, 7-12, 14-19, 21-24, 26. Club Randori only: 5, 20. Neither: 6, 13, 25.

TRAPS (requirement ids touched).
- E.2 partially_met: 60 credits but "Grading 2 carries 20 credits at Level 6"; footnote explains (not evidence).
- 2.1 partially_met: only earlier Level 7 credits, under a condition ("the University may"); nothing on experience.
- 2.3 met: Rule 14.6 "direct entry" in exceptional cases (a condition that is an arrangement, not a hope).
- 2.5 not_met: the only "after the Award" arrangements are club membership, judo coaching and a
  Presentation Evening (right words, wrong thing); the rule on agreeing professional targets is deleted.
- 3.2 partially_met: Saturday mornings only; Gradings in any order and a two-year spread; the online route
  is a deleted rule.
- 3.3 not_applicable: no e-learning once the deleted Rule 16.5 is set aside.
- 4.2 partially_met: heads "were consulted on the draft"; no account of what they changed.
- 5.6 partially_met: library use only; no ICT or specialist technology.
- 6.0 partially_met: award requires passing all three Gradings "and so shown every Syllabus Point graded in
  Schedule C": ungraded points and outcomes missing from the syllabus are not required.
- 1.9 partially_met: three points never graded, two randori only, two outcomes absent.
- S9 not_met: deleted row; Rule 16.7 sends multi-agency work to "the University's own module ... which
  Award holders may take after the Award" (another programme, later). K9 (knowing agencies) is still met.
- A3, S2d not_met: absent from the syllabus.
- A4 (SP 3) and S5 (SP 23) partially_met: graded but "not coached at Club Sessions".
- A6 (SP 5) and S2c (SP 20) partially_met: Club Randori only, "it is not graded".
- A7 (SP 6), K7 (SP 13), S7 (SP 25) partially_met: coached at a Session, graded nowhere; a comment asking
  whether to grade SP 13 is not evidence.
- 5.3 met: the Welfare Officer sees the disclosure or the head's letter with date and number; new disclosure
  if no school post in three months; head confirms no disciplinary matters.
- 9.2's CRB rule for judo coaches is the right words about another thing (it is 14.5 that carries 5.3).
- 11.2 / 3.2: Rule numbers that collide with requirement ids are about other matters.
"""
from pathlib import Path
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).parent))
from _ob_helpers import (Footnotes, cell_text, comment, count_words, del_para, delete_row, ins_para, page_field,
                         para, run, set_col_widths, shade)

HERE = Path(__file__).parent
OUT = HERE / "ob-02-tollbridge-constitution.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
fn = Footnotes(doc)
AUTH = "P. Reddy (Hon. Sec.)"

run(sec.header.paragraphs[0], "Tollbridge Judo Club  \u2013  Constitution and Rules  \u2013  as amended 17 January 2009",
    size=8, italic=True)
fp = sec.footer.paragraphs[0]
run(fp, "Registered club of the British Judo Association   |   ", size=8)
page_field(fp, "Page ")


def rule(num, title_):
    p = para(doc, f"{num}.  {title_}", bold=True, space_after=3)
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    return p


def sub(num, text):
    p = para(doc, space_after=3)
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    run(p, f"{num}\t")
    run(p, text)
    return p


def part(text):
    p = para(doc, text, bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    p.paragraph_format.space_before = Pt(18)
    return p


# covering letter ------------------------------------------------------------------------------------
p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER)
r = run(p, "TOLLBRIDGE JUDO CLUB", bold=True, size=16)
r.add_break()
r2 = run(p, "The Dojo, Station Road, Tollbridge TB4 2HQ", size=9)
r2.add_break()
r3 = run(p, "Affiliated to the British Judo Association  \u00b7  Founded 1966  \u00b7  Coaching School since 1979", size=9)
r3.add_break()
run(p, "Honorary Secretary: Mrs Pauline Reddy", size=9)
para(doc, "12 February 2009")
p = para(doc, "The Approval Panel")
p.runs[0].add_break()
run(p, "National Award for SEN Coordination")
p.runs[-1].add_break()
run(p, "Training and Development Agency for Schools")
para(doc, "Dear Panel members,")
para(doc, "Application to provide the National Award for SEN Coordination", bold=True)
para(doc, "We enclose our application, which is the Club's Constitution and Rules as they stand after the Special "
          "General Meeting of 17 January 2009. Part 2 of the Constitution, with Schedules A to C, sets out how our "
          "Coaching School runs the Award with the schools of the Tollbridge and District Schools Partnership and "
          "Wexmoor University. We have sent the Constitution rather than a separate description because the "
          "members, the Partnership and the University agreed that the Constitution should be the one place where "
          "the course is fixed: nothing about the Award can be changed except by a general meeting with the "
          "University's consent.")
para(doc, "The amendments carried at the Special General Meeting are shown as marked changes, as they were "
          "circulated to members. The notes in the margin are the Committee's notes to members and are not part "
          "of the Rules.")
para(doc, "Yours faithfully,")
para(doc, "Pauline Reddy", italic=True, space_after=0)
para(doc, "Honorary Secretary")
doc.add_page_break()

# title block -------------------------------------------------------------------------------------------
para(doc, "CONSTITUTION AND RULES", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
para(doc, "OF", bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
para(doc, "TOLLBRIDGE JUDO CLUB", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "Adopted at the Annual General Meeting of 14 March 1987 and amended at the Special General Meeting of "
          "17 January 2009, which added Part 2 (The Coaching School and the National Award for SEN Coordination) "
          "and Schedules A to C", italic=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)

# PART 1 --------------------------------------------------------------------------------------------------
part("PART 1  \u2013  THE CLUB")
rule(1, "NAME")
sub("1.1", "The Club shall be called Tollbridge Judo Club (\u201cthe Club\u201d).")
sub("1.2", "The Club's Coaching School (\u201cthe School\u201d) is part of the Club and is governed by these Rules.")
rule(2, "OBJECTS")
sub("2.1", "To promote and teach judo in Tollbridge and district to people of every age and ability.")
sub("2.2", "To train judo coaches through the School.")
sub("2.3", "Through the School, and with the University and the Partnership (Rule 13), to train teachers for the "
           "National Award for SEN Coordination (\u201cthe Award\u201d), so that children and young people with special "
           "educational needs and/or disabilities in the schools where those teachers work achieve more and are "
           "better off in all five Every Child Matters outcomes: being healthy, staying safe, enjoying and "
           "achieving, making a positive contribution and achieving economic well-being.")
rule(3, "AFFILIATION")
p = sub("3.1", "The Club is affiliated to the British Judo Association (\u201cthe BJA\u201d) and shall abide by its rules.")
fn.add(p, "The Club has held the BJA's club accreditation since 2004.")
sub("3.2", "The School's judo coaching awards are those of the BJA. The Award is an award of the University and not "
           "of the BJA.")
rule(4, "EQUALITY")
sub("4.1", "The Club is open to all, and shall not treat any person less favourably because of disability, race, "
           "sex, sexual orientation, religion or belief, or age.")
sub("4.2", "The Club shall meet its duties under the Disability Discrimination Act 1995 as amended by the "
           "Disability Discrimination Act 2005, the Race Relations (Amendment) Act 2000 and the Equality Act 2006, "
           "and, for the Award, the University's equality schemes.")
sub("4.3", "Every application form for membership, the Award application form included, shall invite the "
           "applicant to tell the Club in confidence of any disability or other need. The Welfare Officer, or for "
           "the Award the Award Leader, shall meet any applicant who does so and agree the reasonable adjustments "
           "to be made before the applicant starts, and again before any Grading.")
sub("4.4", "Reasonable adjustments in the Award may include extra time, papers in large print or electronic form, "
           "a reader or scribe, a recorded spoken submission in place of a written one where the Syllabus Point "
           "allows, and rest breaks in Club Sessions. They shall be agreed with the University's disability "
           "adviser and made at the selection interview, at Club Sessions, on visits and at Gradings.")
sub("4.5", "The Award leaflet and application form shall be published in large print and electronic forms and "
           "shall say how to ask for adjustments. The dojo and Kelderby Park School have level access and "
           "accessible toilets.")
sub("4.6", "Every coach of the School shall attend the BJA's disability awareness course and the University's "
           "equality and diversity training, and the Award's Session 1 includes the promotion of positive "
           "attitudes to disabled people in school life.")
rule(5, "MEMBERSHIP")
sub("5.1", "The classes of member are Senior members (aged 18 and over), Junior members (under 18), Coaching "
           "members (those training as judo coaches in the School) and Award Members (teachers admitted under "
           "Rule 14).")
sub("5.2", "Award Members are members of the Club from admission until the Grading Panel's decision on their "
           "Award. They may attend club nights as guests but are not required to practise judo.")
sub("5.3", "Award Members shall not vote at general meetings, except on an amendment to Part 2.")
rule(6, "SUBSCRIPTIONS")
sub("6.1", "Annual subscriptions for Senior, Junior and Coaching members are fixed each year by the Annual "
           "General Meeting.")
sub("6.2", "Award Members pay the Award fee under Rule 21 and no subscription.")
rule(7, "OFFICERS")
sub("7.1", "The officers of the Club are the Chair, the Honorary Secretary, the Treasurer, the Welfare Officer, "
           "the Head Coach (who is head of the School) and the Award Leader.")
sub("7.2", "Officers are elected at the Annual General Meeting, except the Award Leader, who is appointed by the "
           "Committee with the University's agreement.")
rule(8, "THE COMMITTEE")
sub("8.1", "The Club is managed by a Committee of the officers and four members elected at the Annual General "
           "Meeting.")
sub("8.2", "The Committee may delegate the running of the Award to the Award Committee (Rule 22).")
rule(9, "WELFARE AND SAFEGUARDING")
sub("9.1", "The Club adopts the BJA's Safeguarding and Protecting Children policy.")
sub("9.2", "No person shall coach or help at a Junior session unless the Welfare Officer has seen their current "
           "enhanced CRB disclosure.")
sub("9.3", "The checks made on Award Members are set out in Rule 14.5.")
rule(10, "GENERAL MEETINGS")
sub("10.1", "The Annual General Meeting shall be held in March.")
sub("10.2", "A Special General Meeting may be called by the Committee, or on the written request of twenty "
            "members.")
sub("10.3", "The quorum of a general meeting is twenty members.")
sub("10.4", "An amendment to these Rules needs a two-thirds majority of those voting.")
rule(11, "DISCIPLINE AND APPEALS")
sub("11.1", "The Committee may suspend or expel a member whose conduct brings the Club or judo into disrepute, "
            "after hearing the member.")
sub("11.2", "An Award Member's appeal against a Grading decision is made under the University's academic appeals "
            "procedure and not to the Committee.")
rule(12, "FINANCE")
sub("12.1", "The Treasurer keeps the accounts, which are examined each year by an independent examiner.")
sub("12.2", "Award fees are kept in a separate account and used only for the Award.")

# PART 2 -------------------------------------------------------------------------------------------------
part("PART 2  \u2013  THE COACHING SCHOOL AND THE NATIONAL AWARD FOR SEN COORDINATION")
rule(13, "THE AWARD")
sub("13.1", "The Award is a Postgraduate Certificate in Special Educational Needs Coordination of Wexmoor "
            "University (\u201cthe University\u201d), which validated the course on 9 December 2008 for five years "
            "from September 2009. The University is the awarding body, and its regulations for taught "
            "postgraduate awards apply to the Award.")
p = sub("13.2", "The Award carries 60 credits. Gradings 1 and 3 carry 40 credits at the University's Level 7 "
                "(Master's level); Grading 2 carries 20 credits at Level 6.")
fn.add(p, "Under the University's framework a postgraduate certificate may include up to 20 credits at Level 6.")
sub("13.3", "The School delivers the Award with the fourteen schools of the Tollbridge and District Schools "
            "Partnership (\u201cthe Partnership\u201d) under a partnership agreement of 1 October 2008.")
sub("13.4", "The aims of the Award are that Award Members lead provision that raises the achievement and "
            "well-being of pupils with SEN and/or disabilities; that they learn to do so in their own schools; and "
            "that what they learn changes practice there. Every Grading is judged partly on what the member's work "
            "did for pupils.")

rule(14, "ADMISSION OF AWARD MEMBERS")
sub("14.1", "An applicant must hold Qualified Teacher Status, be the SENCO of a school or be appointed to become "
            "one, and be nominated by his or her headteacher, who agrees to release the applicant for Club "
            "Sessions and visits and to name a School Mentor.")
sub("14.2", "Applications are made on the Award application form, with a personal statement on the applicant's "
            "work with pupils with SEN and a reference from the headteacher.")
sub("14.3", "Each applicant is interviewed by the Award Leader and a Partnership headteacher, who score the "
            "application and the interview against the Syllabus in Schedule B. The panel shall admit only an "
            "applicant whom it judges able to reach every Syllabus Point by the end of the course. It shall tell "
            "any applicant it does not admit what further experience or study they need, and shall write to the "
            "headteacher to agree how the school will help.")
sub("14.4", "Where an applicant holds credits at Level 7 in special educational needs from earlier study, the "
            "University may, under its regulations, allow up to 20 of them to count towards the Award.")
sub("14.5", "No Award Member shall be admitted until the Welfare Officer has seen either the original of a current "
            "enhanced CRB disclosure or a letter from the headteacher giving the date and number of the disclosure "
            "held on the school's single central record. Where an applicant has not, in the past three months, "
            "worked in a school in a post involving regular contact with children, the Club shall obtain a new "
            "enhanced disclosure through the BJA before admission. The Welfare Officer shall also ask the "
            "headteacher to confirm that there are no outstanding disciplinary matters or concerns about the "
            "applicant's conduct.")
sub("14.6", "In exceptional cases the Award Committee may admit a SENCO of at least five years' standing directly "
            "to the Gradings, without attending Club Sessions (\u201cdirect entry\u201d). A direct entry member "
            "completes the Grading Card, is graded on every Syllabus Point exactly as other members are, and pays "
            "the grading fee only.")
p = ins_para(doc, "14.7\tThe Award Committee shall each year review a sample of admission decisions with two "
                  "Partnership headteachers who did not sit on the interview panels.", author=AUTH)
p.paragraph_format.left_indent = Cm(1.0)
p.paragraph_format.first_line_indent = Cm(-1.0)

rule(15, "THE GRADING CARD AND THE INDIVIDUAL COACHING PLAN")
sub("15.1", "Before Session 1 each Award Member completes the Grading Card, rating himself or herself on every "
            "Syllabus Point and giving evidence for each rating.")
sub("15.2", "At a starting meeting the Award Leader, the member and the School Mentor go through the Card and "
            "agree the member's Individual Coaching Plan. The Plan names the Syllabus Points the member will "
            "concentrate on, the tutorials, reading and visits arranged for them, and the member's own targets for "
            "the year, which become the member's personal outcomes alongside the Syllabus.")
sub("15.3", "Syllabus Points that the Card shows to be secure are still graded, but the member need not attend the "
            "Club Session on them if the Plan says so.")
sub("15.4", "The Plan is reviewed with the School Mentor after Session 5 and at the end of the course.")

rule(16, "CLUB SESSIONS")
sub("16.1", "The course runs from September to July. It has ten Club Sessions on Saturday mornings, at the dojo or "
            "at Kelderby Park School, listed in Schedule A, and tasks carried out in the member's own school "
            "between Sessions, each signed by the School Mentor.")
sub("16.2", "Every Club Session uses case material from Partnership schools and ends with the task the member will "
            "carry out in school before the next Session.")
sub("16.3", "The content of the Club Sessions is revised each summer to reflect recent research, Ofsted's reports "
            "on SEN and inclusion and new national developments. For 2009-10 these include Ofsted's report "
            "Inclusion: does it matter where pupils are taught? (2006), the Inclusion Development Programme and "
            "the Lamb Inquiry into parental confidence in the SEN system.")
sub("16.4", "The law, guidance and government policy on SEN and disability (the Education Act 1996, the SEN Code "
            "of Practice, the Disability Discrimination Act as amended and the disability equality duty, Every "
            "Child Matters and Removing Barriers to Achievement) are taught at Session 1 and returned to in each "
            "Grading.")
p = del_para(doc, "16.5\tAward Members may instead follow the Club Sessions online through the University's Moodle "
                  "site, with a tutor forum in place of the Saturday mornings.", author=AUTH)
p.paragraph_format.left_indent = Cm(1.0)
p.paragraph_format.first_line_indent = Cm(-1.0)
sub("16.6", "Members may take the Gradings in any order and, with the Award Committee's agreement, may spread the "
            "course over two years, joining the following year's Sessions for any they miss.")
sub("16.7", "Working with other services and agencies is taught in the University's own module Working Together "
            "for Children, which Award holders may take after the Award.")

rule(17, "COACHES AND SCHOOL MENTORS")
sub("17.1", "The Award is taught by:")
for letter, txt in [
    ("(a)", "the Award Leader, Dr Anne Mallory, SENCO of Tollbridge Community College for twelve years and now an "
            "Associate Lecturer of the University, whose doctorate is on the leadership of SEN in secondary schools;"),
    ("(b)", "the Head Coach, Graham Pike, BJA Level 4 coach and 5th Dan, assistant headteacher of Northgate Primary "
            "School and for eight years its SENCO;"),
    ("(c)", "the University link tutor, Dr Peter Osei, Senior Lecturer in Inclusive Education, who teaches the "
            "research sessions and chairs the Grading Panel;"),
    ("(d)", "Linda Frome, headteacher of Kelderby Park School, a special school for pupils with severe and complex "
            "learning difficulties and autism;"),
    ("(e)", "visiting coaches from the local authority: an educational psychologist, the specialist teacher for "
            "specific learning difficulties and a teacher of the sensory support service."),
]:
    q = para(doc, space_after=2)
    q.paragraph_format.left_indent = Cm(1.8)
    q.paragraph_format.first_line_indent = Cm(-0.8)
    run(q, letter + "\t" + txt)
sub("17.2", "Each coach keeps his or her specialist knowledge up to date through the Partnership's SENCO forum and "
            "the University's research seminars, and records this each year for the Award Committee.")
sub("17.3", "Each Award Member has a School Mentor: a senior leader of the member's school or an experienced SENCO "
            "of the Partnership. Every School Mentor shall attend a Mentor Evening before Session 1 and a second "
            "at Session 6, shall receive the Mentor Notes setting out the mentor's duties and the Syllabus, and "
            "shall observe the member twice and sign the school tasks.")
sub("17.4", "The coaches meet before each Session to agree its plan, and every coach who marks a Grading attends "
            "the standardisation meeting held before marking begins.")

rule(18, "VISITS AND RESOURCES")
sub("18.1", "Each Award Member spends two days at Kelderby Park School, a day with the local authority's sensory "
            "support service and half a day at the Partnership's behaviour support centre. The Award Leader "
            "arranges the visits and sets a task for each.")
sub("18.2", "Award Members have the use of the University library and of the Club's library of books on SEN.")

rule(19, "GRADINGS")
sub("19.1", "There are three Gradings, described in Schedule C, each with the Syllabus Points it grades.")
sub("19.2", "A Syllabus Point listed in Schedule C under Club Randori is practised with a partner at a Club Session "
            "and discussed; it is not graded.")
sub("19.3", "Each Grading is marked by two coaches against the University's grade descriptors. A sample of every "
            "Grading, and every fail and distinction, is moderated by the University link tutor, and the "
            "University's external examiner reviews a sample before the Grading Panel meets.")
sub("19.4", "For Grading 2 every member records baseline measures (attainment, attendance and a well-being scale) "
            "for the pupils in the project before it begins, and measures them again at the end.")

rule(20, "THE GRADING PANEL AND THE AWARD")
sub("20.1", "The Grading Panel is the University link tutor (in the chair), the Award Leader, the Head Coach, a "
            "Partnership headteacher and the external examiner. It meets in July.")
sub("20.2", "No Award Member shall be recommended to the University for the Award unless the Grading Panel is "
            "satisfied that he or she has passed all three Gradings and so shown every Syllabus Point graded in "
            "Schedule C.")
sub("20.3", "A member who fails a Grading may be re-graded once.")

rule(21, "FEES AND BURSARIES")
sub("21.1", "The Award fee is \u00a31,050 for the year (\u00a3350 for direct entry). Partnership schools pay "
            "\u00a3550 of it from the Partnership's training fund for each of their teachers, and the Club's "
            "Benevolent Fund gives up to two bursaries a year to teachers from schools outside the Partnership.")
sub("21.2", "The fee is kept low because the dojo and the rooms at Kelderby Park are given free and coaches from "
            "Partnership schools are released by their schools. The Award Committee reviews the cost per member "
            "each year against the University's other postgraduate fees.")

rule(22, "THE AWARD COMMITTEE")
sub("22.1", "The Award Committee is the Award Leader, the Head Coach, the University link tutor, two Partnership "
            "headteachers, a SENCO of a Partnership school, a parent nominated by the Tollbridge Parent "
            "Partnership Service, and the local authority's principal officer for SEN.")
sub("22.2", "It runs the Award for the Committee. Each year it considers the evaluation evidence in Rule 23, the "
            "external examiner's report and the views of Award Members and School Mentors, and recommends changes "
            "to the Schedules to the Annual General Meeting.")
sub("22.3", "The parent member and the headteachers also sit on the interview panels, and each visits a Club "
            "Session every year and reports on it to the Award Committee.")
sub("22.4", "The Award is planned around the Partnership's training needs survey of May 2008, in which 38 "
            "headteachers, SENCOs and teaching assistants of the fourteen schools named provision mapping, working "
            "with parents and the law as their first needs, and around the local authority's SEN data, which show "
            "rising numbers of pupils with autism and with speech, language and communication needs. Sessions 1, "
            "2, 6 and 7 answer these needs.")
sub("22.5", "The Partnership's headteachers were consulted on the draft of this Part 2 in November 2008.")

rule(23, "REVIEW AND EVALUATION")
sub("23.1", "After each Club Session members complete an evaluation slip, which the coaches read at their next "
            "planning meeting.")
sub("23.2", "At the start and at the end of the course each member rates his or her confidence on every Syllabus "
            "Point; the Award Committee compares the two ratings with the Grading Card and the Grading results.")
sub("23.3", "The baseline and final measures from Grading 2 (Rule 19.4) are collected each year by the Award Leader "
            "into a report on the progress of the pupils in members' projects, which goes to the Award Committee "
            "and to the Annual General Meeting.")
sub("23.4", "One year after the Award the Award Leader asks each member's headteacher what has changed in the "
            "school's provision and in pupils' progress.")
sub("23.5", "The University's annual monitoring review and the external examiner's report are considered by the "
            "Award Committee, which records what it will change and reports the changes to the next Annual General "
            "Meeting.")

rule(24, "AFTER THE AWARD")
sub("24.1", "Award holders may remain members of the Club at the Coaching membership rate, and may go on to train "
            "as judo coaches in the School.")
sub("24.2", "Award holders are invited each year to the Club's Presentation Evening.")
p = del_para(doc, "24.3\tAt the last Club Session the Award Leader shall meet each member to agree professional "
                  "targets for the year after the Award, for the member to discuss with his or her headteacher.",
             author=AUTH)
p.paragraph_format.left_indent = Cm(1.0)
p.paragraph_format.first_line_indent = Cm(-1.0)

rule(25, "AMENDMENT OF PART 2")
sub("25.1", "Part 2 and its Schedules may be amended only by a general meeting and with the University's written "
            "consent.")
rule(26, "DISSOLUTION")
sub("26.1", "If the Club is dissolved its remaining assets shall pass to another club affiliated to the BJA, and "
            "the Award shall continue, with the University, until every member then registered has completed it.")

para(doc, "")
para(doc, "Signed on behalf of the Club after the Special General Meeting of 17 January 2009", italic=True)
para(doc, "Chair: ............................................     Honorary Secretary: ............................................")

# SCHEDULE A ---------------------------------------------------------------------------------------------
doc.add_page_break()
part("SCHEDULE A  \u2013  CLUB SESSIONS 2009-10")
para(doc, "All Sessions are on Saturdays from 9.30 to 12.30. The Syllabus Points are those of Schedule B.",
     size=9, italic=True)
sessions = [
    ("1", "19 Sept 2009", "Dojo", "Opening. The law, guidance and policy on SEN and disability; Every Child Matters; "
     "disability equality and the school's duties.", "A. Mallory, P. Osei", "7, 8, 9"),
    ("2", "10 Oct 2009", "Kelderby Park", "How children develop and what affects development; the common kinds of "
     "SEN and disability and their effect on learning.", "L. Frome, educational psychologist", "10, 11"),
    ("3", "7 Nov 2009", "Kelderby Park", "Identifying pupils, setting targets, planning and reviewing "
     "interventions; using other professionals' assessments; what the agencies do and how to reach them.",
     "A. Mallory, educational psychologist", "15, 17, 18"),
    ("4", "5 Dec 2009", "Kelderby Park", "Data, national tests and tracking; formative assessment in "
     "colleagues' classrooms. Randori.", "G. Pike, SpLD specialist teacher", "19, 20"),
    ("5", "16 Jan 2010", "Kelderby Park", "Approaches, resources and ICT for teaching and learning; research, "
     "best practice and outside advice. Randori.", "P. Osei, L. Frome", "5, 12, 14"),
    ("6", "6 Feb 2010", "Dojo", "Provision mapping and management; deploying teaching assistants.",
     "A. Mallory, G. Pike", "21, 22"),
    ("7", "6 Mar 2010", "Kelderby Park", "Pupils and parents: relationships, pupils' part in planning their "
     "provision, working with parents; speaking, writing and listening.", "A. Mallory, Parent Partnership",
     "1, 4, 25, 26"),
    ("8", "17 Apr 2010", "Dojo", "Leading: strategy with the senior team and governors; winning colleagues' "
     "commitment; school self-evaluation.", "G. Pike, P. Osei", "2, 13, 16"),
    ("9", "15 May 2010", "Kelderby Park", "Reviewing and evaluating provision with colleagues.",
     "A. Mallory", "24"),
    ("10", "19 June 2010", "Dojo", "Keeping up to date and planning one's own development. Closing.",
     "A. Mallory, G. Pike", "6"),
]
t = doc.add_table(rows=1, cols=6)
t.style = "Table Grid"
for i, h in enumerate(["Session", "Date", "Where", "What is coached", "Coaches", "Syllabus Points coached"]):
    cell_text(t.rows[0].cells[i], h, bold=True, size=8.5)
    shade(t.rows[0].cells[i], "BFBFBF")
for s in sessions:
    r = t.add_row()
    for i, v in enumerate(s):
        cell_text(r.cells[i], v, size=8.5)
set_col_widths(t, [1.3, 2.1, 2.0, 6.6, 3.0, 2.2])
para(doc, "")
para(doc, "Syllabus Points 3 and 23 are not coached at Club Sessions; Members prepare them on their own.", size=9)

# SCHEDULE B ---------------------------------------------------------------------------------------------
part("SCHEDULE B  \u2013  THE AWARD SYLLABUS")
para(doc, "On completing the Award a member will be able to:", size=9, italic=True)
bands = [
    ("BEARING  \u2013  how the member carries the role", [
        (1, "build fair, respectful, supportive and constructive relationships with pupils with SEN and/or "
            "disabilities and with their parents and carers"),
        (2, "win the commitment of colleagues, the headteacher and senior leaders included, to better outcomes for "
            "pupils with SEN and/or disabilities"),
        (3, "foresee and resolve problems, make well-founded decisions and use sound judgement about provision"),
        (4, "speak and write clearly, and listen to and understand the views of others"),
        (5, "use research evidence and outside advice to improve his or her own and colleagues' practice"),
        (6, "keep up to date and take responsibility for his or her own professional development on SEN and "
            "disability"),
    ]),
    ("KNOWLEDGE  \u2013  what the member knows", [
        (7, "the law and guidance on SEN, the SEN Code of Practice above all, what they mean for the school, the "
            "SENCO and others, and how to put them into practice"),
        (8, "the principles and outcomes of Every Child Matters and how the SENCO helps children to reach them"),
        (9, "the disability equality laws, what they require for disabled pupils and how best to carry it out"),
        (10, "how children develop, and how SEN, disability and the physical and social setting affect development"),
        (11, "the common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, autism, MLD) and how "
             "they affect learning"),
        (12, "a critical understanding of approaches, strategies and resources, ICT among them, for assessment, "
             "planning, teaching and learning, and how to use them to remove barriers and personalise provision"),
        (13, "the principles of school self-evaluation and improvement and how they bear on outcomes for pupils "
             "with SEN and/or disabilities"),
        (14, "best practice and the findings of research on meeting special educational needs"),
        (15, "what external agencies do and how to obtain specialist support and resources"),
    ]),
    ("TECHNIQUE  \u2013  what the member does", [
        (16, "with senior colleagues and governors, shape an inclusive ethos, policies, priorities and the use of "
             "resources so that all pupils reach the curriculum, progress and take part in school life"),
        (17, "identify pupils who may have SEN and/or disabilities, set challenging targets, plan interventions "
             "and review progress"),
        (18, "use the assessments of other professionals to develop teaching for pupils with SEN"),
        (19, "use summative assessment, national tests included, to track progress and change programmes"),
        (20, "encourage colleagues to develop formative assessment, with approaches for pupils with SEN"),
        (21, "use provision mapping and management to plan provision and find what is ineffective or missing"),
        (22, "deploy and manage staff effectively"),
        (23, "support colleagues' development by observation and feedback, modelling, coaching and mentoring, "
             "and training"),
        (24, "review and evaluate provision with colleagues to inform the school's self-evaluation and "
             "improvement planning"),
        (25, "make sure pupils take part in planning, agreeing, reviewing and evaluating their own provision"),
        (26, "liaise with parents and carers to promote their children's learning and development"),
        (27, "work in partnership with other services and agencies, voluntary organisations included"),
    ]),
]
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
cell_text(t.rows[0].cells[0], "No.", bold=True, size=9)
cell_text(t.rows[0].cells[1], "Syllabus Point", bold=True, size=9)
for c in t.rows[0].cells:
    shade(c, "BFBFBF")
row_of = {}
for band, items in bands:
    r = t.add_row()
    m = r.cells[0].merge(r.cells[1])
    cell_text(m, band, bold=True, size=9)
    shade(m, "E7E6E6")
    for n, txt in items:
        r = t.add_row()
        cell_text(r.cells[0], str(n), size=9)
        row_of[n] = (r, cell_text(r.cells[1], txt, size=9))
set_col_widths(t, [1.2, 15.8])
comment(doc, row_of[13][1].runs, "Should SP 13 be graded at Grading 2? AM", author="Anne Mallory", initials="AM")
comment(doc, row_of[27][1].runs, "Deleted at the SGM: multi-agency work goes to the University module (16.7).",
        author=AUTH, initials="PR")
delete_row(row_of[27][0], author=AUTH)

# SCHEDULE C ---------------------------------------------------------------------------------------------
part("SCHEDULE C  \u2013  GRADINGS AND CLUB RANDORI")
gradings = [
    ("Grading 1", "Case study of one pupil", "4,000 words; 20 credits at Level 7; handed in by 26 March 2010. "
     "The member follows one pupil through identification, assessment, planning and review, with the pupil and "
     "the family.", "1, 4, 7, 8, 9, 10, 11, 17, 18, 26"),
    ("Grading 2", "School project", "4,000 words and the school's provision map; 20 credits at Level 6; handed in "
     "by 11 June 2010. The member leads a change in provision for a group of pupils, with baseline and final "
     "measures (Rule 19.4).", "2, 12, 14, 16, 19, 21, 22, 23, 24"),
    ("Grading 3", "The Grading Panel", "A portfolio of the school tasks and a forty-minute professional "
     "discussion with two coaches, including an unseen problem; 20 credits at Level 7; early July 2010.",
     "3, 4, 15"),
    ("Club Randori", "Practice with a partner", "At Sessions 4 and 5. Not graded (Rule 19.2).", "5, 20"),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for i, h in enumerate(["", "Title", "What the member does", "Syllabus Points"]):
    cell_text(t.rows[0].cells[i], h, bold=True, size=9)
    shade(t.rows[0].cells[i], "BFBFBF")
for g in gradings:
    r = t.add_row()
    for i, v in enumerate(g):
        cell_text(r.cells[i], v, size=9, bold=(i == 0))
set_col_widths(t, [2.4, 3.2, 8.6, 3.0])
para(doc, "")
para(doc, "The Grading Panel's decision is recorded on the member's Grading Card and sent to the University.",
     size=9, italic=True)

fn.finish()
doc.save(OUT)
print(OUT.name, "words:", count_words(OUT))
