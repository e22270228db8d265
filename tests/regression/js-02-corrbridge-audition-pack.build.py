"""js-02-corrbridge-audition-pack

Provider (invented): CSO Learning, the education and outreach department of the
Corrbridge Symphony Orchestra, with the University of Tyneholme, which validates the
award (a 30-credit Level 7 University Certificate, toppable to 60 credits).

Document kind and layout: the orchestra's standard "Audition Information" pack for a
vacancy, written for the course as if it were a position ("Award Fellow (SEN
Coordination)"): About the Orchestra, The Position, a Person Specification table
(vertically merged "Assessed at" cells), the Audition (Round 1 paper round, Round 2
the Excerpts round), the Trial (ten Trial Calls at the Hall, Side-by-side days in
schools, the Trial Project), a Trial Calls calendar with vertically merged term
cells, the Final Round (Screened submissions, the Open Round, Sight-reading), an
"Excerpts List" (the outcome table: "Prepared in" and "Heard"; "Warm-up" means worked
on but not heard by the panel; "Sight-reading" means heard without being prepared),
Direct to Final (the assessment-only route), the Audition Panel (staff), Terms and
conditions, Frequently asked questions.  Heading 1 and Heading 2 styles; header
and footer; a "Note for the TDA panel" text box; a deleted sentence and an inserted
paragraph (tracked changes); two comments; a "[TBC]" placeholder.

Traps (requirement ids):
- 30 credits, with a separate module to make 60 (E.2 partially_met).
- The aim names attainment in reading, writing and mathematics only (1.1
  partially_met); Every Child Matters is "Warm-up" only (6.K2 partially_met).
- Disability equality law is taught only in a deleted tracked change; the body says
  Fellows "are not taught or assessed on it" (6.K3 not_met; 1.4 partially_met).
- Parents: Fellows only listen to a parents' panel, and a parent placement belonged
  to the 2008 pilot (past arrangement) (1.7 partially_met; 6.A1 and 6.S8 "Warm-up",
  partially_met).
- Governors and strategy "the headteacher's business" (6.S1 not_met).
- No excerpt or Trial Call for reviewing provision with colleagues (6.S6 not_met).
- "Sight-reading" in the Open Round tests 6.A3 and 6.S2d with no Trial Call
  (assessed, not developed: partially_met); formative assessment is "Warm-up"
  (6.S2c partially_met).
- The CRB check on Fellows exists only in an inserted paragraph, which counts
  (5.3 met).
- After the Fellowship "the Orchestra does not offer guidance on further
  targets" (2.5 not_met).
- External examiner only to be appointed "once validation is complete"; the
  comment naming one is not evidence (5.8 partially_met).
- Stakeholder needs only asserted in general terms (4.1 partially_met); the
  pilot Fellows' and reference group's influence on delivery is specific (4.2 met).
- Resources are "the resources of their own school" and a small shelf (5.6
  partially_met).
- A sister orchestra's online Fellowship is another provider's arrangement; "There
  is no online element" (3.3 not_applicable; 3.2 met on the CSO's own two intakes
  and choice of order).
- Award rule requires only the Screened and Open excerpts (6.0 partially_met;
  1.9 partially_met).
- Direct to Final is a real assessment-only route (2.3 met).
- A blanket claim in the text box that the list covers every national outcome.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _js_helpers import (P, cell_text, comment, dele, header_footer, inserted_paragraph,  # noqa: E402
                         new_doc, shade, table, textbox, vmerge)

HERE = Path(__file__).resolve().parent
NAME = "js-02-corrbridge-audition-pack"
AUTH, DATE = "Ruth Ancrum", "2009-01-20T11:42:00Z"

doc = new_doc("Calibri", 10.5)
header_footer(doc, "CSO Learning · Audition Information · Award Fellow (SEN Coordination) 2009–10",
              "Corrbridge Symphony Orchestra is a registered charity. Please do not send recordings.")
H1 = lambda s: doc.add_heading(s, level=1)  # noqa: E731
H2 = lambda s: doc.add_heading(s, level=2)  # noqa: E731

P(doc, "CORRBRIDGE SYMPHONY ORCHESTRA", bold=True, size=20, align="c", after=0, color="7B1E3A")
P(doc, "CSO Learning", italic=True, size=13, align="c", after=10)
P(doc, "AUDITION INFORMATION", bold=True, size=16, align="c", after=2)
P(doc, "Position: Award Fellow (SEN Coordination), 2009–10 season", bold=True, size=12, align="c", after=2)
P(doc, "Up to 24 positions · Part time · One season", align="c", after=2)
P(doc, "Closing date for Round 1: Friday 22 May 2009 (September intake); Friday 30 October 2009 (February intake)",
  size=9.5, align="c", after=10)

textbox(doc, [
    ("A note for the TDA panel", "b"),
    "This is the pack we send to every applicant, in the form the Orchestra uses for all its vacancies. We have "
    "added nothing for the panel except this note. The Excerpts List on the later pages covers every one of the "
    "national minimum outcomes for SENCOs.",
    "Ruth Ancrum, Head of Learning",
], width_cm=16.5, height_cm=3.6, fill="EDEDED")

H1("About the Orchestra")
P(doc, "The Corrbridge Symphony Orchestra gives around ninety concerts a year across the north of the region. "
       "Its learning department, CSO Learning, has worked in schools for twenty years, and for the last eight has "
       "run music projects in special schools and in resource bases for pupils with autism and with hearing "
       "impairment. In 2008 we ran a pilot group of nine SENCOs with the University of Tyneholme; this pack "
       "describes the Fellowship that grew from it.")
P(doc, "The Fellowship is validated by the University of Tyneholme, School of Education and Lifelong Learning, "
       "as a University Certificate in SEN Coordination. The University registers every Fellow, sets the "
       "assessment regulations, holds the examination board and confers the award. The Certificate carries 30 "
       "credits at Level 7 (Master's level). Fellows may add the University's 30-credit Professional Enquiry "
       "module, taught at the University, to reach the 60-credit Postgraduate Certificate.")

H1("The Position")
P(doc, "Award Fellows are qualified teachers new to the role of special educational needs coordinator. The aim "
       "of the Fellowship is to raise the attainment of pupils with special educational needs in reading, "
       "writing and mathematics, by making their SENCOs better at the job.")
P(doc, "A Fellow's season has three parts, like any player's first season with us: the Audition, in which we "
       "find out what the Fellow already plays well; the Trial, in which the Fellow attends ten Trial Calls, "
       "spends three Side-by-side days in another school and leads a Trial Project in their own school; and the "
       "Final Round, in which the panel hears the Fellow's work and decides on appointment. An appointed Fellow "
       "has passed the University Certificate.")

H1("Person Specification")
P(doc, "Applicants are assessed against the following. \u201cRound 1\u201d is the paper round; \u201cRound "
       "2\u201d is the Excerpts round.")
ps = [["Criterion", "Essential or desirable", "Assessed at"],
      ["Qualified Teacher Status", "Essential", ""],
      ["In post as SENCO, or named by the headteacher to take on the role by the start of the Trial",
       "Essential", ""],
      ["Written support of the headteacher, including release for Trial Calls and Side-by-side days",
       "Essential", ""],
      ["Enough knowledge of SEN and of the school's systems to reach every Excerpt by the Final Round",
       "Essential", ""],
      ["Able to write at Master's level", "Essential", ""],
      ["Previous study of SEN at Level 6 or 7", "Desirable", ""],
      ["Experience of leading staff", "Desirable", ""]]
t = table(doc, ps, widths=[9.5, 3.3, 4.2], head_fill="F4D9E1", size=9.5)
vmerge(t, 2, 1, 3, "Round 1 (application form and headteacher's letter)", size=9.5)
vmerge(t, 2, 4, 7, "Round 2 (self-rating, writing sample and interview)", size=9.5)

H1("The Audition")
H2("Round 1: the paper round")
P(doc, "Send the application form, a letter from your headteacher and a copy of your QTS certificate to the "
       "Learning Office. Two members of the Audition Panel read every application against the Person "
       "Specification and invite suitable applicants to Round 2 within three weeks of the closing date.")
inserted_paragraph(doc, "At Round 1 every applicant must also send the number and date of their current enhanced "
                        "CRB disclosure. The Learning Office checks the disclosure with the applicant's employer "
                        "before Round 2 and records the check; no applicant is invited to a Trial Call or a "
                        "Side-by-side day until it is recorded.", AUTH, DATE)
H2("Round 2: the Excerpts round")
P(doc, "Before Round 2 each applicant rates themselves from 1 to 4 against every Excerpt on the Excerpts List and "
       "writes 1,000 words about a pupil they have supported. At the Hall they meet two panel members for "
       "forty-five minutes. The panel decides whether the applicant is ready to reach every Excerpt by the "
       "Final Round. If not, the applicant is told in writing what would make them ready (most often a term "
       "working alongside an experienced SENCO, or the county's Inclusion Development Programme materials), "
       "and the Head of Learning writes to the headteacher to agree it; the applicant may audition again at "
       "the next intake.")
P(doc, "For every Fellow appointed to the Trial, the Round 2 panel writes a Trial Plan with the Fellow: the "
       "Excerpts the Fellow already plays well, the Excerpts to work on, which optional Trial Call workshops to "
       "take, and what the Side-by-side days and the Trial Project should focus on. The Trial Plan is the "
       "Fellow's individual training plan and includes the Fellow's own set of target Excerpts. It is reviewed "
       "with the Fellow's Side-by-side mentor at Trial Calls 4 and 8.")
P(doc, "Prior learning. A Fellow who has already passed a Level 7 SEN module may claim up to 10 credits towards "
       "the Certificate through the University's Accreditation of Prior Learning procedure. A Fellow may also "
       "claim credit for experience (APEL) by portfolio; the Audition Panel judges the portfolio against the "
       "matching Excerpts and the University's APL committee confirms the credit. Excerpts accredited in this "
       "way are marked on the Trial Plan and the Fellow skips the matching workshop.")

H1("The Trial")
P(doc, "The Trial runs for one school year. It is made up of ten Trial Calls at Corrbridge City Hall (the "
       "Orchestra's home), three Side-by-side days, and the Trial Project in the Fellow's own school. Between "
       "Trial Calls each Fellow carries out a short Trial task in school that applies what was worked on to "
       "their own pupils, and brings it to the next Call.")
P(doc, "There are two intakes a year, in September and in February. Trial Calls run either as Saturday calls "
       "(10.00 to 4.00) or as pairs of twilight calls (4.30 to 7.30), and Fellows choose which pattern to "
       "follow. Trial Calls 4 to 8 run in a different order in the February intake, and a Fellow who misses a "
       "Call may take it with the other intake. There is no online element: everything happens at the Hall, in "
       "schools or on paper. Our sister orchestra, the Wearmouth Sinfonia, runs its own Fellowship online "
       "through its Virtual Orchestra.")
cal = [["Term", "Trial Call", "Title", "What is worked on"],
       ["", "1", "Opening Call",
        "The SENCO's role; the SEN Code of Practice (2001), SENDA 2001 and the 2008 SENCO regulations, and how "
        "to put them into practice; Every Child Matters (warm-up)."],
       ["", "2", "Children First",
        "How children develop and what affects development; the common kinds of SEN (behavioural, emotional and "
        "social, specific learning difficulties including dyslexia, speech, language and communication, autism, "
        "moderate learning difficulties) and their effect on learning; identifying pupils, setting targets, "
        "planning and reviewing interventions."],
       ["", "3", "Reading the Parts",
        "Using summative assessment and national test results to track pupils' progress and change programmes; "
        "using the assessments of psychologists, therapists and specialist teachers to plan teaching."],
       ["", "4", "Provision",
        "Provision mapping and management; finding gaps and weak provision; deploying and managing teaching "
        "assistants. Trial Plan review."],
       ["", "5", "Pupil Voice",
        "Consulting children and young people: person-centred reviews, Talking Mats, pupil questionnaires and "
        "pupil-led target setting; involving pupils in planning and reviewing their own provision. Fellows "
        "practise each method with a partner and use one with a pupil before Trial Call 6."],
       ["", "6", "Families",
        "A panel of parents of pupils with SEN talks about their experience of schools; Fellows listen and ask "
        "questions. Warm-up only."],
       ["", "7", "Colleagues",
        "Supporting, advising and collaborating with colleagues in school and in partner schools; observation "
        "and feedback, coaching, modelling and leading training; winning the commitment of the headteacher and "
        "senior team; speaking and writing clearly and listening. Assessment for learning workshop (warm-up)."],
       ["", "8", "Agencies",
        "Educational psychology, speech and language therapy, CAMHS, social care, the sensory service and "
        "voluntary organisations: their roles, how to get help and resources, and joint working. Trial Plan "
        "review."],
       ["", "9", "Evidence",
        "Research and best practice in SEN; critical use of approaches, strategies and resources for assessment "
        "and teaching, including ICT; using research and outside advice to improve practice; solving problems "
        "and deciding on provision; the principles of school self-evaluation, the SEF and improvement planning "
        "as they bear on pupils with SEN."],
       ["", "10", "Closing Call",
        "Keeping up to date: journals, networks and the regional SENCO forum; the reflective log."]]
t = table(doc, cal, widths=[2.2, 1.6, 2.8, 10.4], head_fill="F4D9E1", size=9)
vmerge(t, 0, 1, 4, "Autumn", size=9, fill="FBEFF2")
vmerge(t, 0, 5, 8, "Spring", size=9, fill="FBEFF2")
vmerge(t, 0, 9, 10, "Summer", size=9, fill="FBEFF2")
P(doc, "")
P(doc, "Reading for the Trial. Each Trial Call has a short list of set reading, refreshed every year by the "
       "University. For 2009–10 it includes Ofsted's Inclusion: does it matter where pupils are taught? (2006) "
       "and its 2004 report Special educational needs and disability: towards inclusive schools; the Bercow "
       "Review of services for children and young people with speech, language and communication needs "
       "(2008); the Inclusion Development Programme materials on dyslexia and on speech, language and "
       "communication needs (2008); and the new regulations on the SENCO role (2008). Fellows discuss each "
       "reading at the Call, and Screened 1 asks them to use research and inspection evidence to judge their "
       "own school's practice.")
P(doc, "Each Trial Call follows the same pattern as an orchestral rehearsal: a short tutti session for the whole "
       "intake, two sectional workshops in groups of six chosen from the Trial Plan, and a closing tutti in "
       "which each group reports back and the Trial task for the next Call is set. The visiting specialist "
       "for the day leads at least one of the workshops.")
p = P(doc, "Disability equality law is covered by the county's own Access and Inclusion course, and Fellows are "
           "not taught or assessed on it in the Fellowship. ")
dele(p, "Trial Call 1 also covers the Disability Discrimination Act 2005 and the disability equality duty.",
     AUTH, DATE)
P(doc, "Work with governors on the school's SEN strategy, ethos and budget is the headteacher's business and is "
       "not part of the Fellowship.")

H2("Side-by-side days")
P(doc, "Every Fellow spends three days side by side with an experienced SENCO in another setting: one day at "
       "Tynebank Special School, one in the Orchestra's partner resource base for pupils with autism at "
       "Hexley Park Primary, and one in a school chosen with the Fellow to match the Trial Plan. The host "
       "SENCO is the Fellow's Side-by-side mentor for the year. During the Trial Calls Fellows also work with "
       "the visiting specialists who lead them: an educational psychologist, a speech and language therapist, "
       "a CAMHS nurse and a specialist teacher for hearing impairment.")
P(doc, "In the 2008 pilot each Fellow also spent a day with the Parent Partnership Service.", italic=True)

H2("The Trial Project")
P(doc, "From January each Fellow leads a Trial Project in their own school: a change to provision for a group "
       "of pupils with SEN, agreed with the headteacher, planned on a provision map, delivered with the staff "
       "the Fellow deploys, and measured. Fellows record the reading ages and attendance of the pupils in the "
       "project at the start and the end, and gather the pupils' own views of what changed.")

H1("The Final Round")
P(doc, "The Final Round is the assessment for the Certificate. It has three parts. Screened 1 and Screened 2 are "
       "written submissions marked without the Fellow's name (\u201cbehind the screen\u201d). The Open Round is "
       "a thirty-minute presentation of the Trial Project to a panel of three, followed by questions, marked by "
       "the panel. Sight-reading is an unseen case problem set in the Open Round, which the Fellow answers on "
       "the spot; it is marked with the Open Round.")
for nm, d in [
    ("Screened 1 (January).", "A 3,500-word study of how the Fellow's school identifies and meets SEN, "
     "measured against the law and the Code of Practice, with a profile of the kinds of need in the school, "
     "how they affect learning and development, and how tracking data and other professionals' assessments are "
     "used."),
    ("Screened 2 (May).", "The 4,000-word Trial Project report: the provision map, the decisions taken, the "
     "strategies and resources used (including ICT), how staff were deployed, how pupils were involved in "
     "planning and reviewing, and what changed for the pupils."),
    ("Open Round (June).", "The presentation and questions: how the Fellow won the commitment of the head and "
     "colleagues, supported colleagues' development, worked with other agencies, used research and outside "
     "advice, and explained how the principles of school self-evaluation and improvement apply to pupils "
     "with SEN; and the Fellow's reflective log on "
     "keeping up to date."),
]:
    P(doc, [(nm + " ", "b"), d], after=4)
p = P(doc, "Every mark in the Final Round is agreed by a panel of three. ")
r = p.add_run("The University will appoint an external examiner once validation is complete.")
comment(doc, r, "Prof. Dunstan at Wearside has said yes informally - confirm before the pack goes out. RA",
        AUTH, "RA")
P(doc, "A Fellow is appointed, and the University confers the Certificate, when every Excerpt heard in Screened "
       "1, Screened 2 and the Open Round has been passed.")
P(doc, "Final Round panel chair, June 2010: [TBC]")

H2("The Excerpts List")
P(doc, "Read the List as an orchestral audition list. \u201cPrepared in\u201d names the Trial Call where the "
       "Excerpt is worked on. \u201cHeard\u201d names the part of the Final Round in which the panel marks it. "
       "\u201cWarm-up\u201d means the Excerpt is worked on in a Trial Call but the panel does not hear it. "
       "\u201cSight-reading\u201d means the panel hears it in the unseen case problem without any Trial Call "
       "preparing it.")
ex = [
    ("A", "THE FELLOW AS A PROFESSIONAL"),
    ("1", "Builds fair, respectful and supportive relationships with pupils with SEN and their parents", "6",
     "Warm-up"),
    ("2", "Wins the commitment of colleagues, the headteacher and senior leaders", "7", "Open Round"),
    ("3", "Prioritises, manages time and delegates well", "—", "Sight-reading"),
    ("4", "Anticipates and solves problems; makes sound decisions on provision", "9", "Screened 2"),
    ("5", "Speaks and writes clearly; listens to others", "7", "Open Round"),
    ("6", "Uses research and outside advice to improve practice", "9", "Open Round"),
    ("7", "Keeps up to date and takes charge of own CPD", "10", "Open Round (reflective log)"),
    ("B", "WHAT THE FELLOW KNOWS"),
    ("8", "SEN law, the Code of Practice and putting them into practice", "1", "Screened 1"),
    ("9", "Every Child Matters and the SENCO's part", "1", "Warm-up"),
    ("10", "How children develop and what affects development", "2", "Screened 1"),
    ("11", "The common kinds of SEN and their effect on learning", "2", "Screened 1"),
    ("12", "Approaches, strategies and resources, including ICT", "9", "Screened 2"),
    ("13", "School self-evaluation and improvement for pupils with SEN", "9", "Open Round"),
    ("14", "Best practice and research in SEN", "9", "Screened 1"),
    ("15", "External agencies and getting specialist support", "8", "Open Round"),
    ("C", "WHAT THE FELLOW CAN DO"),
    ("16", "Identifies pupils, sets targets, plans interventions, reviews progress", "2", "Screened 1"),
    ("17", "Uses other professionals' assessments to plan teaching", "3", "Screened 1"),
    ("18", "Uses summative assessment and national tests to track progress", "3", "Screened 1"),
    ("19", "Helps colleagues develop formative assessment for pupils with SEN", "7", "Warm-up"),
    ("20", "Arranges access arrangements for tests and examinations in good time", "—", "Sight-reading"),
    ("21", "Provision mapping; finds missing or ineffective provision", "4", "Screened 2"),
    ("22", "Deploys and manages staff", "4", "Screened 2"),
    ("23", "Supports colleagues' professional development", "7", "Open Round"),
    ("24", "Involves pupils in planning and reviewing their provision", "5", "Screened 2"),
    ("25", "Liaises with parents and carers", "6", "Warm-up"),
    ("26", "Works in partnership with other services and voluntary organisations", "8", "Open Round"),
]
rows = [["No.", "Excerpt", "Prepared in (Trial Call)", "Heard"]]
for e in ex:
    rows.append([e[1], "", "", ""] if e[0].isalpha() else list(e))
t = table(doc, rows, widths=[1.2, 10.0, 2.8, 3.0], head_fill="7B1E3A", size=9)
for c in t.rows[0].cells:
    for r in c.paragraphs[0].runs:
        r.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
for i, e in enumerate(ex, start=1):
    if e[0].isalpha():
        row = t.rows[i]
        c = row.cells[0].merge(row.cells[-1])
        cell_text(c, e[1], bold=True, size=9, fill="F4D9E1")
    elif e[3] == "Warm-up":
        shade(t.rows[i].cells[3], "FFF2CC")

H1("Direct to Final")
p = P(doc, "In exceptional cases an applicant with long experience as a SENCO or in a local authority support "
           "service may be invited Direct to Final. The Round 2 panel agrees a Trial Plan of evidence only; the "
           "applicant attends no Trial Calls and no Side-by-side days, and is assessed in Screened 1, Screened 2 "
           "and the Open Round against every Excerpt, at a fee of £600. ")
comment(doc, p.runs[-1], "Fee agreed with Tyneholme 14 Jan. RA", AUTH, "RA")

H1("The Audition Panel")
for nm, d in [
    ("Ruth Ancrum, Head of Learning, CSO (Fellowship leader).",
     "SENCO in two secondary schools for eleven years; MA in Special and Inclusive Education (Tyneholme, "
     "2004); leads the Orchestra's special schools programme."),
    ("Dr Owen Lisle, University of Tyneholme.",
     "Senior lecturer in SEN and disability; research on pupil participation; programme leader for the "
     "University's MA in Inclusive Education."),
    ("Jean Hetherington, county SEN adviser.",
     "Former headteacher of Tynebank Special School; chairs the county SENCO forum."),
    ("Dr Priya Nanda, educational psychologist.",
     "Senior educational psychologist with the county; leads the Trial Calls on agencies and on data."),
]:
    P(doc, [(nm + " ", "b"), d], after=3)
P(doc, "Panel members keep their practice current: all four work in schools every week and attend the "
       "University's SEN research seminars. Before each Final Round the panel meets for a half-day "
       "standardisation session on sample work. Side-by-side mentors come to a half-day briefing at the Hall "
       "in September on their role, the Trial Plan and the Excerpts, receive the Mentor Handbook, and meet the "
       "Head of Learning again in February.")

H1("How we look after quality")
P(doc, "We know from our work in schools that SENCOs want practical help, and headteachers tell us that the "
       "role has grown.")
P(doc, "The Fellowship Reference Group (two headteachers, a parent governor nominated by the Parent Partnership "
       "Service, the county SEN adviser and two former pilot Fellows) meets each term. It reads the Fellows' "
       "evaluations and the panel's report on each Final Round, and one of its headteachers sits on every Open "
       "Round panel. The pilot Fellows asked for fewer, longer Calls and for time in a special school, so the "
       "Trial now has ten Calls instead of fifteen and the Side-by-side days were added; the Reference Group "
       "asked for the twilight pattern, which began with the February 2009 pilot.")
P(doc, "Fellows evaluate every Trial Call on a short form and complete a longer review at the end of the Trial. "
       "The University's programme monitoring report, the Reference Group's termly meeting and the Orchestra's "
       "own Learning Committee each look at these, and the Head of Learning publishes the changes made as a "
       "\u201cYou said, we did\u201d sheet at the start of each intake.")
P(doc, "Fellows rate their confidence on every Excerpt at Round 2 and again at the end of the Trial, and their "
       "Side-by-side mentor rates their competence at the same two points. The reading ages, attendance and "
       "views of the pupils in each Trial Project are collected at the start and the end, and the Learning "
       "Committee reports the changes across the whole intake each year.")

H1("Terms and conditions")
P(doc, "The fee is £1,350 for the Trial and Final Round, invoiced to the school in two parts. The county pays "
       "£500 of the fee for SENCOs in its maintained schools. The Trial Plan means Fellows skip what they can "
       "already do, so time out of school is kept to what each Fellow needs, and the Saturday and twilight "
       "patterns keep supply cover costs down.")
P(doc, "Corrbridge City Hall has level access, a hearing loop in both rehearsal rooms and an accessible toilet on "
       "every floor. Tell us on the application form about any disability, and the Learning Office will agree "
       "reasonable adjustments with you before Round 2, including papers in large print or electronic form, "
       "extra time and a reader in the Final Round, agreed with the University's Disability Service, and "
       "alternative arrangements for Side-by-side days.")
P(doc, "Fellows use the resources of their own school. The Orchestra's Education Library at the Hall has a small "
       "shelf of SEN books, and Fellows are registered readers of the University of Tyneholme library.")

H1("Frequently asked questions")
for q, a in [
    ("Do I need to play an instrument?", "No. The orchestral words are the Orchestra's house style; no music is "
     "involved, though Fellows are welcome at any CSO concert on a complimentary ticket."),
    ("Will my pupils be involved?", "Yes. Your Trial tasks and your Trial Project are carried out with your own "
     "pupils, in your own school, and each task is tied to the Excerpts it is preparing."),
    ("What happens after appointment?", "You receive the University Certificate at the December ceremony. Your "
     "continuing development after the Fellowship is a matter for you and your school; the Orchestra does not "
     "offer guidance on further targets."),
    ("Can I claim credit for a course I have already done?", "Yes, up to 10 credits; see Prior learning above."),
    ("Where do I park?", "[Insert parking details for City Hall]"),
]:
    P(doc, q, bold=True, after=0)
    P(doc, a, after=6)

doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
