"""lx-02-sallowby-surveyors-instructions

Provider (invented): the Works Department of Sallowby Cathedral, whose masons' and carvers'
lodge trains banker masons and carvers, applying to run the National Award for SEN
Coordination with the (invented) University of Fenmarch as validating body.

Document kind and layout: the course sent as the bundle of numbered SURVEYOR OF THE
FABRIC'S INSTRUCTIONS (SFI/01 to SFI/18) by which the Surveyor of the Fabric sets up and
alters the course, as the Works Department issues instructions for any job. It opens with a
Schedule of Instructions Issued (a status column: "Open", "Cancelled by SFI/12",
"Cancelled by SFI/13"). Each instruction has a small form table (No., Date, To, Subject,
and a merged "Cancels" row, shaded) followed by the instruction itself in numbered
sub-paragraphs typed by hand ("8.3") and a "Reason:" paragraph. Heading 2 styles for each
instruction title, none elsewhere. The Lodge Days are a table; the five marked Carving
Briefs are described in prose inside SFI/09; unmarked Sketch Model crits in SFI/10. Two
footnotes, one of which moves an outcome out of a marked brief. Two Word comments. A
deleted sentence and an inserted phrase inside SFI/16. A placeholder for the credits. The
house vocabulary: participants are "Carvers", study days "Lodge Days", marked assignments
"Carving Briefs" (CB1-CB5), formative reviews "Sketch Model crits", tutors "Master
Carvers", the online forum "the Tracing Floor", the award "the Lodge Certificate".

Traps (requirement ids):
- Credits are a placeholder, "[credits to be confirmed by the University]", at Level 7
  (E.2 partially_met); validation itself is stated (E.1 met).
- Research and inspection evidence only in general terms (1.3 partially_met).
- Carvers are "not asked to change practice in their schools during the course" (1.8
  partially_met).
- Some outcomes are taught but unmarked (crits, Lodge Day only), so assessment is not
  against all outcomes (1.9 partially_met).
- The Stone Audit is "for the Master Carvers' information"; no individual plan (2.2
  partially_met).
- The assessment-only route is SFI/07, cancelled by SFI/13, which says none will be offered
  in 2009-10: a past arrangement (2.3 not_met).
- Equality: a value statement in SFI/18 (far from the subject), the Cathedral's access audit
  for visitors (wrong context), and only large print on request (3.1 partially_met).
- Two starts, Wednesday or Saturday, pairs of Lodge Days in any order, one or two years
  (3.2 met).
- Both comments would, if they were evidence, touch 3.2 and 4.2; they are not.
- The Tracing Floor: tutors answer "on Lodge Days only", nothing between sessions
  (3.3 partially_met).
- Stakeholder needs only asserted from "long experience" (4.1 partially_met); the course
  was designed "without outside consultation" (4.2 not_met); the Schools Panel's part in
  evaluation is concrete (4.3 met).
- Entry checks QTS and employment only (5.2 partially_met); CRB check on every Carver is
  done by the Clerk of Works (5.3 met).
- Placements at Sallowby Park School are in SFI/05, cancelled by SFI/12; visiting
  specialists remain (5.5 partially_met).
- Marking by one Master Carver, second reading only of fails; the sentence sending a sample
  to the external examiner is deleted (5.8 partially_met).
- Impact measurement only "in due course" (5.9 not_met).
- Resources: only the Tracing Floor and "the Lodge's two computers"; no library or specialist
  resources (5.6 partially_met).
- 6.A5 only at unmarked Sketch Model crits; 6.S2c and 6.S5 only on Lodge Days, in no Brief;
  6.S2b moved by a footnote from CB2 to a crit: all partially_met.
- No individual plan and nothing on cost-effectiveness, so tailoring rests only on APL and
  the choice of one or two years (2.4 partially_met).
- 6.K3: disability law appears only as the Cathedral's duty to its visitors (not_met).
- 6.S9: working with other agencies is "left to the Local Authority's own multi-agency
  training and is not part of the course" (not_met), though 6.K9 is met.
- Comments (the Dean's and the Clerk's) are not part of the submission.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _lx_helpers import (Document, para, runs, table, set_cell, shade_cell, mixed_para, Footnotes,
                         header_footer, Pt)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(11)
fn = Footnotes(doc)
header_footer(doc, "Sallowby Cathedral: Works Department. Surveyor of the Fabric's Instructions, Job 2009/14",
              "Instructions are issued by the Surveyor of the Fabric and are binding on the Lodge until cancelled.")

para(doc, "THE DEAN AND CHAPTER OF SALLOWBY", bold=True, size=13, align="center")
para(doc, "Works Department, The Old Lodge, Minster Close, Sallowby", align="center")
para(doc, "SURVEYOR OF THE FABRIC'S INSTRUCTIONS", bold=True, size=15, align="center")
para(doc, "Job 2009/14: the National Award for SEN Coordination (the Lodge Course for SENCOs)", italic=True,
     align="center")
para(doc, "Bundle sent to the Training and Development Agency's approval panel, 16 February 2009. The "
          "instructions are sent whole, as issued, with the cancelled ones left in place so that the panel can "
          "see how the course came to its present form.")

para(doc, "SCHEDULE OF INSTRUCTIONS ISSUED", bold=True)
sched = [("No.", "Date", "Subject", "Status"),
         ("SFI/01", "03.03.08", "Constitution of the course", "Open"),
         ("SFI/02", "03.03.08", "Aims", "Open"),
         ("SFI/03", "17.03.08", "Admission of Carvers", "Open"),
         ("SFI/04", "17.03.08", "The Stone Audit", "Open"),
         ("SFI/05", "07.04.08", "Placements at Sallowby Park School", "Cancelled by SFI/12"),
         ("SFI/06", "07.04.08", "Credit for prior learning", "Open"),
         ("SFI/07", "07.04.08", "Banker's proof (assessment only)", "Cancelled by SFI/13"),
         ("SFI/08", "12.05.08", "Lodge Days", "Open"),
         ("SFI/09", "12.05.08", "Carving Briefs", "Open"),
         ("SFI/10", "12.05.08", "Sketch Model crits", "Open"),
         ("SFI/11", "02.06.08", "The Tracing Floor", "Open"),
         ("SFI/12", "06.10.08", "Cancellation of SFI/05", "Open"),
         ("SFI/13", "06.10.08", "Cancellation of SFI/07", "Open"),
         ("SFI/14", "03.11.08", "Schools Panel", "Open"),
         ("SFI/15", "03.11.08", "Master Carvers and mentors", "Open"),
         ("SFI/16", "01.12.08", "Marking", "Open"),
         ("SFI/17", "12.01.09", "Review of the course", "Open"),
         ("SFI/18", "12.01.09", "The Lodge Certificate", "Open")]
t = table(doc, sched, size=9)
for i, row in enumerate(sched):
    if row[3].startswith("Cancelled"):
        for j in range(4):
            shade_cell(t.cell(i, j), "F2DCDB")


def instruction(no, date, subject, cancels="None", to="The Clerk of Works and the Master Carvers"):
    doc.add_heading(f"{no}  {subject}", level=2)
    ft = doc.add_table(rows=3, cols=4)
    ft.style = "Table Grid"
    for (i, j, v, b) in [(0, 0, "Instruction No.", True), (0, 1, no, False), (0, 2, "Date", True), (0, 3, date, False),
                         (1, 0, "To", True), (1, 1, to, False)]:
        set_cell(ft.cell(i, j), v, bold=b, size=9, fill=("EDEDED" if b else None))
    m = ft.cell(1, 1).merge(ft.cell(1, 3))
    set_cell(m, to, size=9)
    set_cell(ft.cell(2, 0), "Cancels", bold=True, size=9, fill="EDEDED")
    m2 = ft.cell(2, 1).merge(ft.cell(2, 3))
    set_cell(m2, cancels, size=9, fill="FFF2CC")


def sub(num, text):
    return para(doc, f"{num}  {text}")


def reason(text):
    return runs(doc, [("Reason: ", {"bold": True}), (text, {"italic": True})])


instruction("SFI/01", "3 March 2008", "Constitution of the course")
sub("1.1", "The Works Department shall run a course leading to the National Award for SEN Coordination for "
           "teachers in the schools of Sallowby and the surrounding county. The course is known in the Lodge as "
           "the Lodge Course for SENCOs, and its participants as Carvers.")
p = sub("1.2", "The course is validated by the University of Fenmarch, Faculty of Education, as a module at "
               "Level 7 (masters level) of [credits to be confirmed by the University]. The University's "
               "validation event was held on 9 December 2008 and the course was approved from September 2009.")
fn.add(p, "The University's letter of 11 December 2008 confirming validation is held by the Clerk of Works.")
sub("1.3", "The Surveyor of the Fabric directs the course. The Clerk of Works administers it. The Master Carvers "
           "teach and mark it.")
reason("The Chapter resolved on 25 February 2008 that the Lodge's long experience of teaching teachers about the "
       "building should be put to a course the diocese's schools need.")

instruction("SFI/02", "3 March 2008", "Aims")
sub("2.1", "The course aims to raise the achievement and improve the well-being of pupils with special "
           "educational needs and disabilities in the Carvers' schools, in all five Every Child Matters "
           "outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution and "
           "achieving economic well-being.")
sub("2.2", "Every Lodge Day ends with the question 'what will this change for the pupils?', and every Carving "
           "Brief is marked partly on what the Carver shows about pupils' achievement and well-being.")
sub("2.3", "The Master Carvers keep abreast of current research and inspection evidence in the field and draw "
           "on it in their teaching.")
reason("A SENCO's work is judged by what it does for the pupils, as a carving is judged from the ground.")

instruction("SFI/03", "17 March 2008", "Admission of Carvers")
sub("3.1", "The course is open to any qualified teacher employed in a maintained school or academy. The Clerk "
           "of Works checks each applicant's QTS number and the employing school's confirmation of post. No "
           "other test of prior knowledge is made.")
sub("3.2", "The Clerk of Works sees each Carver's enhanced CRB disclosure certificate before the first Lodge "
           "Day, records its number and date of issue in the Lodge register, and obtains a new enhanced "
           "disclosure through the Chapter Office for any Carver whose certificate is more than three years "
           "old or was issued for another employer. No Carver takes up a place without a current disclosure, "
           "and the Clerk of Works also takes up the headteacher's reference.")
reason("Carvers work with pupils in their own and, in CB4, other schools.")

instruction("SFI/04", "17 March 2008", "The Stone Audit")
sub("4.1", "Before the first Lodge Day each Carver completes the Stone Audit, a questionnaire on which the "
           "Carver rates his or her knowledge and skill against each outcome of the course.")
sub("4.2", "The Stone Audit is for the Master Carvers' information. It helps them pitch the Lodge Days to the "
           "group; it is not used to set a plan for each Carver.")
reason("The Master Carvers need to know the stone before they cut it.")

instruction("SFI/05", "7 April 2008", "Placements at Sallowby Park School")
sub("5.1", "Each Carver shall spend two days on placement at Sallowby Park School, the county's special school "
           "for pupils with severe and complex needs, observing its SENCO and teaching teams.")
reason("Carvers from mainstream schools need to see specialist practice at first hand.")

instruction("SFI/06", "7 April 2008", "Credit for prior learning")
sub("6.1", "A Carver who has completed study at Level 7 in special educational needs in the last five years may "
           "claim up to 20 credits of it against the course (accreditation of prior certificated learning).")
sub("6.2", "A Carver with substantial experience as a SENCO may instead claim up to 20 credits for that "
           "experience (accreditation of prior experiential learning) by a portfolio mapped to the course "
           "outcomes and a 30-minute professional discussion with two Master Carvers. Claims are decided by "
           "the University's accreditation of prior learning panel, and a successful claim excuses the Carver "
           "the matching Carving Brief.")
reason("The University's regulations allow up to a third of a module's credit to be accredited.")

instruction("SFI/07", "7 April 2008", "Banker's proof (assessment only)")
sub("7.1", "An experienced SENCO who already meets the outcomes may take the five Carving Briefs without "
           "attending the Lodge Days, as a banker's proof is taken of a finished stone, for the assessment fee "
           "only.")
reason("Some SENCOs in the county already do all that the course teaches.")

instruction("SFI/08", "12 May 2008", "Lodge Days")
sub("8.1", "The course is taught on ten Lodge Days in the Old Lodge, Minster Close, with the Tracing Floor "
           "(SFI/11) between them. There are two starts a year, in September and in February. Each Lodge Day "
           "is taught twice, on a Wednesday and on the following Saturday, and a Carver may attend either. "
           "Lodge Days 4 to 9 form three pairs (4-5, 6-7, 8-9) which a Carver may take in any order, so that "
           "a Carver who misses a pair can join it with the next start. Carvers study part time; a Carver "
           "may take the course over one year or over two.")
p = sub("8.2", "The Lodge Days are:")
days = [("Lodge Day", "What is taught", "Visiting"),
        ("LD1", "The law and guidance on SEN: the Education Act 1996, the SEN Code of Practice 2001, "
                "and how a school puts them into practice. Every Child Matters and the SENCO's part in the five "
                "outcomes. National policy: Removing Barriers to Achievement.", ""),
        ("LD2", "How children develop, and how special needs, disability and the environment affect "
                "development. The most common kinds of SEN: BESD, specific learning difficulties including "
                "dyslexia, SLCN, autistic spectrum disorders and MLD, and their effects on learning.",
         "Speech and language therapist, Sallowby PCT"),
        ("LD3", "Identifying pupils who may have SEN; assessment by teachers and by other professionals; "
                "setting challenging targets; planning and reviewing interventions. Access arrangements for "
                "national tests and examinations and how to put them in place in good time.",
         "Educational psychologist, county EP service"),
        ("LD4", "Provision mapping and management; finding provision that is missing or not working. "
                "Deploying and managing teaching assistants. Using summative assessment, including national "
                "tests and P scales, to track progress and adjust programmes.", ""),
        ("LD5", "Teaching and learning: approaches, strategies and resources, including ICT and specialist "
                "technology; helping colleagues to use formative assessment with pupils with SEN.", ""),
        ("LD6", "The SENCO and colleagues: gaining the commitment of the head and senior team; supporting "
                "colleagues' development by observation and feedback, modelling, coaching, mentoring and "
                "training; managing the SENCO's own time and delegating.", ""),
        ("LD7", "Pupils and parents: consulting children and young people, involving pupils in planning, "
                "agreeing and reviewing their provision; fair and respectful relationships with pupils and "
                "their parents; liaison and partnership with parents and carers.", "Parent Partnership Officer"),
        ("LD8", "Other agencies: the scope and role of the county's services, health and social care and the "
                "voluntary sector, and how to get specialist support and resources for pupils.",
         "County inclusion officer"),
        ("LD9", "School self-evaluation and improvement for SEN: reviewing provision with staff, influencing "
                "the school's inclusive ethos, policies, priorities and resources with senior colleagues and "
                "governors; solving problems and making decisions on provision.", ""),
        ("LD10", "Best practice and research outcomes in meeting SEN; using research and outside advice; "
                 "keeping up to date and taking charge of one's own professional development.", "")]
table(doc, days, size=9)
sub("8.3", "Working alongside other agencies is left to the Local Authority's own multi-agency training and is "
           "not part of the course.")
reason("The Lodge's teachers' courses have always been taught on Saturdays as well as on weekdays.")
doc.add_comment(doc.paragraphs[-2].runs[0], text="Can we run the whole thing on the Tracing Floor next year? "
                "-- Not this year. RJ", author="The Dean", initials="D")

instruction("SFI/09", "12 May 2008", "Carving Briefs")
sub("9.1", "Each Carver completes five Carving Briefs. Each is marked against published criteria, and the "
           "Carver must pass every Brief. The Briefs are:")
sub("9.2", "CB1, the Pupil Study (3,000 words). The Carver studies one pupil with SEN in his or her own school. "
           "The Carver must show that he or she knows the law and guidance that apply to the pupil and how "
           "the school puts them into practice, including the Code of Practice; knows the pupil's kind of "
           "need and how it affects learning; has identified the pupil's needs using the assessments of "
           "teachers and of other professionals and used them to shape the teaching; and has set challenging "
           "targets, planned interventions and reviewed the pupil's progress. The Carver must also show how "
           "the pupil's provision serves the five Every Child Matters outcomes and the SENCO's part in them, "
           "and how the pupil's development has been affected by the need and by the school environment.")
p = sub("9.3", "CB2, the Map (2,500 words and a provision map). The Carver maps the school's provision for "
               "pupils with SEN, shows where it is missing or not working, shows how teaching assistants are "
               "deployed and managed, uses summative data including national tests to track progress, and "
               "shows how access arrangements for the coming national tests and examinations are identified "
               "and put in place in good time. The Carver must show a critical understanding of the "
               "approaches, strategies and resources, including ICT, used in the map, and sound judgement in "
               "resolving the problems it shows.")
fn.add(p, "From September 2009 the use of summative data and national tests is no longer marked in CB2; it is "
          "discussed at the second Sketch Model crit instead (SFI/10).")
sub("9.4", "CB3, the Proposal (4,000 words). The Carver writes a proposal for improving the school's provision "
           "for pupils with SEN, based on a review of that provision carried out with other staff and set in "
           "the school's self-evaluation. The proposal must show how the Carver has gained the commitment of "
           "the head and senior colleagues, how it would shape the school's inclusive ethos, policies, "
           "priorities and resources with the governors, and what research evidence and outside advice it draws on. "
           "Carvers are not asked to change practice in their schools during the course: the proposal is "
           "written for the school to take up afterwards.")
sub("9.5", "CB4, the Conversations. The Carver records conversations with three pupils with SEN about their "
           "provision and shows how the pupils were involved in planning, agreeing and reviewing it; and "
           "records a meeting with the parents or carers of one of them, showing fair, respectful and "
           "constructive relationships and effective liaison. The Carver must show how he or she found and "
           "used the specialist support of an outside agency for one of the pupils.")
sub("9.6", "CB5, the Portfolio and Viva. The Carver keeps a portfolio of professional development through the "
           "course and discusses it with two Master Carvers for 30 minutes. The Carver must show that he or she "
           "keeps up to date and takes responsibility for his or her own continuing professional development "
           "in SEN and disability, and how he or she prioritises, manages time and delegates in the SENCO role.")
reason("Every outcome worth having is cut in a Brief.")

instruction("SFI/10", "12 May 2008", "Sketch Model crits")
sub("10.1", "After Lodge Days 3, 6 and 9 each Carver brings a sketch model of a Carving Brief in progress to a "
            "crit with the Master Carvers and the group. At each crit the Carver presents the work aloud for ten "
            "minutes and listens to and answers the views of others; this speaking and listening is how the "
            "Lodge develops clear expression in the Carvers.")
sub("10.2", "Crits are not marked. The Master Carvers give spoken comment only, and nothing said at a crit "
            "counts towards a Brief.")
reason("A carver never cuts the stone before the model has been seen.")

instruction("SFI/11", "2 June 2008", "The Tracing Floor")
sub("11.1", "The Tracing Floor is the course's online area on the University's virtual learning environment. It "
            "holds every Lodge Day's slides and reading, the Brief criteria, and a discussion board for each "
            "start where Carvers post questions, share drafts and answer one another.")
sub("11.2", "Master Carvers read the Tracing Floor and answer questions on Lodge Days only. The Tracing Floor "
            "is not staffed between Lodge Days.")
sub("11.3", "Carvers without a computer at home may use the Lodge's two computers in the Clerk of Works' office.")
reason("The Lodge is an hour from the furthest schools in the county.")

instruction("SFI/12", "6 October 2008", "Cancellation of SFI/05", cancels="SFI/05 Placements at Sallowby Park School")
sub("12.1", "SFI/05 is cancelled. Sallowby Park School cannot take Carvers during its rebuilding, and no other "
            "placement is arranged. The specialists who visit Lodge Days (SFI/08) remain.")
reason("Sallowby Park School letter of 29 September 2008.")

instruction("SFI/13", "6 October 2008", "Cancellation of SFI/07", cancels="SFI/07 Banker's proof (assessment only)")
sub("13.1", "SFI/07 is cancelled. No assessment-only route will be offered in 2009-10. Every Carver attends the "
            "Lodge Days.")
reason("The University would not validate an assessment-only route within the module.")

instruction("SFI/14", "3 November 2008", "Schools Panel")
sub("14.1", "The course was designed by the Master Carvers without outside consultation, drawing on the Lodge's "
            "long experience of what schools need from its teachers' courses since 1996.")
sub("14.2", "From September 2009 a Schools Panel shall be formed of three headteachers of schools with Carvers "
            "on the course, the county's inclusion officer, two parents of pupils with SEN nominated by the "
            "Parent Partnership Service, and one Carver from each start. The Panel meets once a term. It reads "
            "the Carvers' Lodge Day evaluations and the Master Carvers' report on the Briefs, interviews a "
            "sample of Carvers' headteachers each summer about the effect of the course in their schools, and "
            "sends its findings to the Course Board, on which two of its members sit.")
reason("The approval criteria ask for stakeholders to take part in evaluation.")
doc.add_comment(doc.paragraphs[-3].runs[0], text="We did show the outline to two heads in May. Worth saying? -- "
                "Clerk", author="Clerk of Works", initials="CW")

instruction("SFI/15", "3 November 2008", "Master Carvers and mentors")
sub("15.1", "The Master Carvers are: Mrs Ruth Alder, Course Director, formerly SENCO at two Sallowby primary "
            "schools and now the county's senior specialist teacher for SpLD (MA Special Needs; AMBDA); "
            "Mr Tom Heale, specialist teacher for autism and communication with the county's outreach service "
            "(MEd Autism); and Dr Priya Sandhu, senior lecturer in inclusive education at the University of "
            "Fenmarch. Each still works with schools or SENCOs every week, and each attends the county's "
            "termly SENCO network and at least one national conference a year.")
sub("15.2", "Each Master Carver holds the Lodge's Carvers' Handbook, which sets out the Master Carvers' roles in "
            "teaching, marking and tutoring, and attends a full-day briefing before each start. Each Carver "
            "names a mentor in school, normally a member of the senior team; mentors receive the Mentors' Guide, "
            "which sets out what they do for each Brief, and attend a two-hour mentors' meeting in the Lodge at "
            "the start of the course.")
reason("The Lodge has always written down who does what before a job begins.")

instruction("SFI/16", "1 December 2008", "Marking")
p = sub("16.1", "")
mixed_para(p, [("keep", "Each Carving Brief is marked by the Master Carver who taught the Lodge Days it draws on, "
                        "against the published criteria. A second Master Carver reads any Brief marked as a "
                        "fail. "),
               ("del", "Ten per cent of all Briefs, across every Master Carver's marking, are sent to the "
                       "University's external examiner each term and the marks are moderated. "),
               ("ins", "The University's regulations for partner courses apply.")],
           "Surveyor of the Fabric", "2009-01-20T09:00:00Z")
reason("Marking by the teacher keeps the comment close to the teaching.")

instruction("SFI/17", "12 January 2009", "Review of the course")
sub("17.1", "At the end of each Lodge Day every Carver completes an evaluation. The Master Carvers observe one "
            "another teaching once a term. The University's annual monitoring review and its external "
            "examiner's report give the outside view, with the Schools Panel (SFI/14). The Course Board, "
            "chaired by the Surveyor of the Fabric, meets each term, reads all of this and records the changes "
            "it makes to the Lodge Days and Briefs, which are issued as new instructions in this series.")
sub("17.2", "The Chapter will consider in due course how the course's effect on Carvers and on their pupils "
            "might be measured.")
reason("Every job the Works Department does is reviewed when the scaffold comes down.")

instruction("SFI/18", "12 January 2009", "The Lodge Certificate")
sub("18.1", "The Clerk of Works keeps for each Carver a Record of Outcomes listing every outcome of the course. "
            "An outcome is signed off only when a Master Carver has marked it as shown in a Carving Brief. The "
            "Lodge Certificate, and with it the National Award, is recommended to the University only for a "
            "Carver every one of whose outcomes is signed off. A Carver with any outcome not signed off may "
            "resubmit the Brief once; no mark in one Brief makes up for an outcome missing in another.")
sub("18.2", "Each Carver who finishes has a final tutorial, 'The Next Stone', with a Master Carver, at which "
            "the Carver and the Master Carver agree written professional targets for the following two years, "
            "such as an MA, a specialist qualification or a role in the county's SENCO network, and the "
            "mentor receives a copy.")
sub("18.3", "Equal opportunities. The "
            "Works Department is committed to equality of opportunity for every Carver. The Cathedral's 2007 "
            "access audit under the Disability Discrimination Act led to the ramp at the north door and the "
            "induction loop in the nave for visitors. Handouts are available in large print on request.")
reason("The Lodge Certificate is the mark of a finished stone.")

para(doc)
para(doc, "Signed for the Dean and Chapter: J. Marwood, Surveyor of the Fabric. Copies to the Clerk of Works, the "
          "Master Carvers, the University of Fenmarch.", italic=True)

fn.finish()
doc.save(OUT)
print("wrote", OUT)
