"""mh-01-thornbury-treatment-report

Provider (invented): the Preparation and Conservation Workshop of the Thornbury
Museum of Natural History, which trains preparators, taxidermists and
conservators, applying with the University of Ashcombe (validating) to run the
National Award for SEN Coordination from 2009-10.

Document kind and layout: the whole application is written as one of the
Workshop's own Conservation Treatment Reports (form CTR-4), the record a
conservator writes for every object treated: an object identification table,
"Conventions used in this report", Reason for treatment, Description, Condition
before treatment, Examination, Treatment proposal, Treatment carried out (the
eight "Bench Days" and three assessed "Treatment Reports"), Materials and
equipment, a Record of Outcomes table, Recommendations for future care, and a
sign-off table with merged cells. Titles are bold capitalised Normal paragraphs
with typed numbers ("4.", "8.3"), some shaded; no heading styles. The Workshop's
vocabulary: Bench Days (study days), Senior Preparators (tutors), the
Examination (needs assessment), the Bench Plan (individual plan), Treatment
Reports TR1-TR3 (assignments), the Conservation Viva, the Skin Room (Moodle
area), School Mentors. A header and a footer; a VML text box ("HAZARD NOTE");
one footnote; two Word comments; tracked changes (a whole deleted paragraph, a
whole inserted paragraph, a deletion and insertion inside a table cell).

The outcome key ("Stabilised", "Surface clean only", "Examined only", "Not
treated") is defined in "Conventions used in this report" near the top, far
above the Record of Outcomes table in section 10 that uses it.

Traps (requirement ids):
- Aims speak only of attainment in reading, writing and mathematics (1.1 partial).
- Pupil voice only a listed topic on Bench Day 5, "Surface clean only" in the
  table (1.5 partial, 6.S7 partial).
- Some outcomes "Surface clean only" or "Examined only", so assessment is not
  against all outcomes (1.9 partial).
- APEL appears only in a Word comment; the body says nothing of prior credit
  (2.1 not met).
- Assessment-only route is a past arrangement of the 2005-07 Certificate,
  "not been carried over" (2.3 not met).
- Further targets only a leaflet about the University's MA (2.5 partial).
- Flexible starts exist only in a whole inserted paragraph (3.2 met).
- Skin Room is a store of handouts with e-mail replies from tutors, "no
  discussion board" (3.3 partial).
- Stakeholders' future part only "will continue to take an interest" (4.3 partial).
- CRB: the text box covers Workshop staff and volunteers, not candidates; the
  footer's claim about candidates is not evidence; a comment asks to confirm
  (5.3 not met).
- Placements at Ferncombe exist only in a whole deleted paragraph; visiting
  specialists remain (5.5 partial).
- School Mentors are "not briefed by the Workshop" (5.7 partial).
- Impact on pupils only hoped for ("We would like, in time, ...") while
  confidence is measured (5.9 partial).
- Award rule is an average mark plus attendance, not each outcome (6.0 partial).
- 6.K7 "Stabilised (TR2)" deleted and "Surface clean only" inserted in its
  cell (6.K7 partial).
- 6.A3, 6.S2c, 6.S7 "Surface clean only" (partial); 6.A7 "Examined only"
  (assessed at the Viva, never worked on: partial); 6.K4 "Not treated"
  (not met); 6.S2d has no row and is nowhere in the text (not met).
- The header's "All national outcomes stabilised" is a blanket claim in a
  header (no effect on any verdict).
- Met despite the vocabulary: 2.2 (the Examination and the Bench Plan), E.2
  ("60 credits at Level 7"), 5.8 (second marking and University moderation).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _mh_helpers import *

OUT = Path(__file__).with_name("mh-01-thornbury-treatment-report.docx")
doc = new_doc("Arial", 10)
header_footer(doc, "Thornbury Museum of Natural History | Preparation and Conservation Workshop | CTR-4 | "
                   "All national outcomes stabilised",
              "Form CTR-4 rev. 3. All candidates hold enhanced CRB disclosures. Page references refer to the "
              "printed copy. Thornbury Museum Trust, Registered Charity 1029417.")
fn = Footnotes(doc)


def title(t, shade="D9E2F3"):
    return para(doc, t, bold=True, caps=True, size=11, shade=shade)


def sub(t):
    return para(doc, t, bold=True)


para(doc, "THORNBURY MUSEUM OF NATURAL HISTORY", bold=True, size=14, align="center")
para(doc, "Preparation and Conservation Workshop", italic=True, align="center")
para(doc, "CONSERVATION TREATMENT REPORT (FORM CTR-4)", bold=True, size=13, align="center")
para(doc, "Submitted to the Training and Development Agency for Schools as our application for approval to "
          "run the National Award for SEN Coordination, 2009-10", italic=True, align="center")

title("1. Object identification")
t = table(doc, [
    ["Field", "Entry"],
    ["Object number", "CTR/08/117"],
    ["Object name", "Thornbury Workshop National Award for SEN Coordination (the \"Award course\")"],
    ["Maker", "Preparation and Conservation Workshop, Thornbury Museum of Natural History, with the School "
              "of Education, University of Ashcombe"],
    ["Accreditation", "The Award course is validated by the University of Ashcombe's School of Education under a "
                      "validation agreement signed in May 2008. It carries 60 credits at Level 7 (masters level)."],
    ["Dimensions", "Eight Bench Days, three Treatment Reports and a Conservation Viva over one academic year, part time"],
    ["Owner", "Thornbury Museum Trust"],
    ["Report by", "Dr Helen Quarrie, Head of Preparation; Mr Owen Sallis, Senior Preparator (Education)"],
    ["Date of report", "14 November 2008"],
])

title("2. Conventions used in this report")
para(doc, "This report follows the Workshop's usual form for a treated object. Readers from outside the "
          "Workshop should note four words we use in the Record of Outcomes (section 10) with a fixed meaning:")
for term, mean in [
    ("Stabilised", "the outcome is worked on at a named Bench Day and assessed in a named Treatment Report, "
                   "marked by a Senior Preparator and second marked."),
    ("Surface clean only", "the outcome is discussed at a Bench Day but is not part of any Treatment Report and "
                           "is not marked."),
    ("Examined only", "the outcome is asked about at the Conservation Viva but is not worked on at any Bench Day."),
    ("Not treated", "the outcome is not covered by the Award course in 2009-10."),
]:
    p = doc.add_paragraph(style="List Bullet")
    runs(p, (term, "b"), ": " + mean)
para(doc, "Elsewhere we call our tutors Senior Preparators, the study days Bench Days and the assessed "
          "assignments Treatment Reports, because those are the words our own trainees use.")

title("3. Reason for treatment")
para(doc, "The Workshop has trained preparators and conservators since 1961, and since 1994 it has run the "
          "Museum's schools service, which brings around 9,000 pupils a year into the Preparation Room. Many of "
          "those pupils come from special schools and resource bases. Our education staff include two former "
          "SENCOs, and the Workshop has taught a short Certificate in Inclusive Learning with the University of "
          "Ashcombe since 2005.")
para(doc, "In spring 2008 we surveyed the SENCOs of Ashcombe and Wrexley local authorities about the training "
          "they needed. Sixty-four of 131 replied. The three needs they named most often were leading and "
          "deploying teaching assistants (41 replies), using data to track pupils with SEN (37) and working with "
          "parents who disagree with the school (29). Both authorities' SEN advisers told us that new SENCOs in "
          "small primary schools find it hardest to get release time. The Award course reflects this evidence: "
          "Bench Day 4 is given wholly to leading and deploying teaching assistants, Bench Day 2 to data, and "
          "Bench Day 5 to parents.")
para(doc, "A Steering Group was formed in June 2008: the two authorities' SEN advisers, two headteachers, a "
          "parent from the Ashcombe Parent Partnership Service, a SENCO from Wrexley and the University's "
          "programme leader. It changed the course in three ways. It moved the Bench Days to Saturdays and "
          "twilight sessions after the advisers said release was the main barrier; it asked for a day on "
          "parents, which became Bench Day 5; and it replaced our draft essay on legislation with the audit in "
          "Treatment Report 1, which headteachers said would be of more use to their schools.")

title("4. Description")
para(doc, "The aim of the treatment is to raise the attainment in reading, writing and mathematics of pupils "
          "with SEN in participants' schools, by giving newly appointed SENCOs the knowledge and skills to lead "
          "provision well. Its objectives are that each participant will:")
for o in ["know the law, guidance and national policy on SEN and disability and how they apply in school;",
          "identify pupils' needs, set targets, plan interventions and review progress;",
          "lead, deploy and develop colleagues, including teaching assistants;",
          "work with parents, carers and outside agencies; and",
          "change one aspect of SEN provision in their own school and measure what it does."]:
    doc.add_paragraph(o, style="List Number")
p = para(doc, "The course is rooted in the participant's own school. Every Treatment Report is carried out "
              "there, on real pupils and real provision, and the change project in Treatment Report 2 requires "
              "the participant to put a change in place during the spring term and show its effect on practice. "
              "The content draws on recent inspection and research evidence, including Ofsted's report Inclusion: "
              "does it matter where pupils are taught? (2006), the Bercow Review of services for children with "
              "speech, language and communication needs (2008), and the Lamb Inquiry's call for evidence on "
              "parental confidence, which Bench Day 5 discusses.")
fn.add(p, "The Ofsted report is set as pre-reading for Bench Day 3; the Bercow Review for Bench Day 2.")
para(doc, "Participants study current legislation and national policy throughout: the SEN Code of Practice "
          "(2001), the SEN and Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005 "
          "and its Disability Equality Duty, Every Child Matters and Removing Barriers to Achievement. Bench "
          "Day 1 is given to them and Treatment Report 1 asks each participant to audit their school against them.")

title("5. Condition before treatment")
para(doc, "The Certificate in Inclusive Learning (2005-07) was a 30-credit course at Level 6. It was taught on "
          "weekdays only and had no school-based assessment. Under the Certificate, experienced teachers from "
          "the authorities' SEN support services could be examined on a portfolio without attending; that "
          "route closed with the Certificate and has not been carried over to the Award course. The "
          "Certificate's evaluations said that trainees wanted more on leading adults and less on theory.")
p = para(doc, "Prior learning. Trainees who completed the Certificate are welcome on the Award course and start "
              "in the first intake like everyone else.")
comment(doc, p, "Should we say something about APEL here? The University allows up to 20 credits from the "
                "Certificate if the trainee applies before the Examination.")

title("6. Examination")
sub("6.1 Entry")
para(doc, "Applicants must hold QTS, be working in a school in England, and be SENCO or have been designated to "
          "become SENCO within the year. The application includes a statement from the headteacher agreeing "
          "to release time and to a School Mentor. Each applicant is interviewed by a Senior Preparator, who "
          "checks that they know enough of SEN practice in their own school to benefit from the course. "
          "Where an applicant is not ready, we write to them and to their headteacher saying what they should "
          "do first, usually a term shadowing the current SENCO and the authority's induction day, and we "
          "offer a place in the next intake.")
sub("6.2 The Examination")
para(doc, "Before Bench Day 1 each participant completes the Examination, a self-assessment against every one "
          "of the national minimum outcomes, rating each from 1 (new to me) to 4 (I do this well and could show "
          "you). A Senior Preparator goes through it with them in a one-hour tutorial, tests the ratings with "
          "questions and examples, and agrees the Bench Plan: the outcomes the participant will concentrate on, "
          "the reading and school tasks set for them, and the focus of their Treatment Reports. The Bench Plan "
          "is reviewed at the mid-year tutorial. It sets a personalised list of outcomes for each participant, "
          "and the tutor adds to it what the participant already does well, so that the participant's prior "
          "knowledge shapes the work they are set.")
text_box(doc, [
    ("HAZARD NOTE", True),
    ("Historic specimens in the teaching collection may carry arsenical soap and mercuric chloride residues. "
     "Participants handle only modern, tested specimens on Bench Days.", False),
    ("All Workshop staff and volunteers who meet school parties hold enhanced CRB disclosures, renewed every "
     "three years and recorded by the Museum's Registrar.", False),
])
p = para(doc, "6.3 Background checks. The Museum's Registrar keeps the Workshop's records of disclosures.")
comment(doc, p, "Do we check the candidates' CRB too, or leave it to the schools? Confirm with Registrar.",
        author="O. Sallis", initials="OS")

title("7. Treatment proposal")
para(doc, "The year is planned as below for the September intake. Each Bench Day is followed within a fortnight "
          "by a twilight session in a host school, where participants bring back a short task from their own "
          "school (a provision map, an observation, notes of a parents' meeting) and discuss it in threes "
          "with a Senior Preparator.")
t = table(doc, [
    ["Term", "Bench Days", "Treatment Report due", "Tutorial"],
    ["Autumn 2009", "1, 2, 3", "TR1 (Condition Survey), 11 December", "Examination tutorial, September"],
    ["Spring 2010", "4, 5, 6", "TR2 (Treatment Proposal and Record), 26 March", "Mid-year Bench Plan review"],
    ["Summer 2010", "7, 8", "TR3 (Case File), 4 June", None],
])
merge(t, 3, 3, 3, 3, text="Viva Day, 19 June")
para(doc, "Every school task is written up in the participant's bench notebook, a bound record kept through "
          "the year in the way our preparators keep a record of each specimen. The Senior Preparator reads the "
          "notebook at each tutorial and writes a short comment in it. The notebook is not marked, but "
          "participants draw on it for their Treatment Reports.")

title("8. Treatment carried out")
sub("8.1 Bench Days")
para(doc, "There are eight Bench Days, held on Saturdays (9.30 to 3.30) in the Workshop's Education Room, each "
          "with a twilight follow-up session in a host school. Each Bench Day is led by a Senior Preparator with "
          "a visiting specialist.")
days = [
    ("Bench Day 1: Accessioning.", "The SENCO's role and the law. Participants study the SEN Code of Practice and "
     "what it requires of the school, the SENCO and governors; the principles and five outcomes of Every Child "
     "Matters and the SENCO's part in them; and the disability equality duties and what a school must do under "
     "them, including accessibility planning and reasonable adjustments."),
    ("Bench Day 2: Identification.", "The most common kinds of SEN (behavioural, emotional and social "
     "difficulties, dyslexia and other specific learning difficulties, speech, language and communication "
     "needs, autism and moderate learning difficulties) and how each affects learning. Participants practise "
     "identifying pupils from observation and data, setting targets, planning interventions and reviewing "
     "progress; they work from educational psychologists' and therapists' reports to plan teaching; and they "
     "use end of key stage results, P scales and optional tests to track progress and change a pupil's "
     "programme."),
    ("Bench Day 3: Armature.", "Approaches, strategies and resources for assessment, teaching and learning, "
     "including ICT and assistive technology, with a critical look at the evidence for each; provision mapping "
     "and finding provision that is ineffective or missing; research on what works for pupils with SEN and how "
     "to use it to improve one's own and colleagues' practice. The day closes with a short talk on helping "
     "class teachers use formative assessment with pupils with SEN."),
    ("Bench Day 4: Mounting.", "Leading adults. Deploying and managing teaching assistants; observing "
     "colleagues and giving feedback, coaching and running training; gaining the commitment of the headteacher "
     "and senior leaders; working with governors on the school's inclusion policy, priorities and budget. "
     "There is also a session on prioritising the SENCO's own workload and delegating."),
    ("Bench Day 5: Groundwork.", "Pupils and parents. Building fair and respectful relationships with pupils "
     "and their families; running review meetings with parents; working through disagreements. Topics also "
     "include pupil voice and the Lamb Inquiry."),
    ("Bench Day 6: Field Day.", "A day with the Ashcombe multi-agency team and a voluntary organisation. "
     "Participants learn the scope of each agency's work, how to refer and obtain specialist support and "
     "resources, and work through difficult cases in which they must weigh evidence and decide on provision."),
    ("Bench Day 7: Display.", "Reviewing with other staff how well provision works, using the school's own "
     "data, and feeding the results into the school's self-evaluation form."),
    ("Bench Day 8: Viva Day.", "Participants present their change project to a panel and take the "
     "Conservation Viva."),
]
for h, txt in days:
    p = doc.add_paragraph()
    runs(p, (h, "b"), " " + txt)
sub("8.2 Treatment Reports")
para(doc, "Treatment Report 1, the Condition Survey (3,000 words), is an audit of SEN provision in the "
          "participant's school against the Code of Practice, Every Child Matters and disability equality duties. "
          "It includes a provision map, an analysis of how pupils are identified and their needs described, the "
          "use of other professionals' assessments and of summative data, and a review of one area of provision "
          "carried out with colleagues.")
para(doc, "Treatment Report 2, the Treatment Proposal and Record (5,000 words), is the change project. The "
          "participant chooses an intervention from the research, gains the head's support and reports to "
          "governors, deploys and coaches the staff who run it, involves the pupils' parents, and records the "
          "decisions made along the way and their effect on practice.")
para(doc, "Treatment Report 3, the Case File (2,000 words), follows one pupil whose needs involve outside "
          "agencies, and is discussed at the Conservation Viva, a thirty-minute oral examination in which the "
          "participant explains the case and answers questions, including on how they keep up to date and plan "
          "their own professional development.")
sub("8.3 Start dates and order")
tracked_par(doc, "Participants may join at the September intake or the January intake. A January starter takes "
                 "Bench Days 5 to 8 first and Bench Days 1 to 4 the following autumn, and the Treatment Reports "
                 "follow the same order, so that no one waits a year for a place.", "ins")
para(doc, "Bench Days can be made up with the other intake if a participant misses one, and two Bench Days are "
          "repeated as twilight sessions in Wrexley for those who cannot travel at weekends.")
sub("8.4 The Skin Room")
para(doc, "The Skin Room is the Award course's area on the University's Moodle site. Handouts, readings and "
          "slides from each Bench Day are posted there, and Senior Preparators answer participants' e-mails "
          "between Bench Days within five working days. The Skin Room has no discussion board.")

title("9. Materials and equipment")
para(doc, "Senior Preparators. Mr Owen Sallis (SENCO in two Ashcombe primary schools for eleven years, NPQH, "
          "MA in Special and Inclusive Education); Mrs Ruth Penhaligon (former head of the Wrexley Learning "
          "Support Service, chartered educational psychologist); Ms Dawn Achterberg (teacher of the deaf, "
          "SENCO of Ferncombe Special School until 2007). Each attends at least two national SEN conferences a "
          "year and teaches on the University's MA.")
para(doc, "Visiting specialists include a speech and language therapist from Ashcombe PCT, the authority's "
          "autism outreach teacher, the Parent Partnership Service and a clinical psychologist from CAMHS.")
tracked_par(doc, "Each participant also spends three days on placement in the resource base at Ferncombe Special "
                 "School or the Wrexley Speech and Language Centre, arranged by the Workshop and observed by a "
                 "Senior Preparator.", "del", date="2008-11-10T16:40:00Z")
para(doc, "Resources. The Education Room has networked laptops, an interactive whiteboard and an assistive "
          "technology loan kit (text-to-speech, switch access, symbol software, a portable hearing loop) that "
          "participants may borrow for school trials. Participants have full access to the University library "
          "and its electronic journals, and to the Workshop's own SEN reading collection of some 600 titles.")
para(doc, "Access and equality. Every applicant is asked on the application form, and again at the "
          "Examination, whether they have a disability or other need we should plan for, and the answer is "
          "kept confidential to the Senior Preparator. We make reasonable adjustments: large-print and "
          "electronic handouts, a British Sign Language interpreter, extra time or an oral alternative in "
          "assessment, and a quiet room. The Education Room is on the ground floor with level access, a "
          "hearing loop and an accessible toilet. Our equality duties are checked each year by the Museum's "
          "access officer.")
para(doc, "Roles. Senior Preparators work from the Award course Tutor Handbook, which sets out their role in "
          "teaching, tutorials, marking and the Viva, and meet each term to plan and review. School Mentors are "
          "chosen by the participant's headteacher; they are not briefed by the Workshop.")

title("10. Record of outcomes")
para(doc, "The table records each national minimum outcome in our words, where it is worked on and its "
          "condition after treatment, in the terms set out in section 2.")
rows = [
    ["Ref", "Outcome (our words)", "Bench Day", "Condition after treatment", "Treatment Report"],
    ["A", "Professional attributes", None, None, None],
    ["A1", "Fair and respectful relations with pupils and their families", "5", "Stabilised", "TR2"],
    ["A2", "Winning the head's and colleagues' commitment", "4", "Stabilised", "TR2"],
    ["A3", "Prioritising and delegating the SENCO's workload", "4", "Surface clean only", "-"],
    ["A4", "Sound decisions on provision", "6", "Stabilised", "TR2"],
    ["A5", "Speaking and writing clearly; listening", "8", "Stabilised", "TR3 and Viva"],
    ["A6", "Using research and outside advice", "3", "Stabilised", "TR2"],
    ["A7", "Keeping up to date; own CPD", "-", "Examined only", "Viva"],
    ["K", "Knowledge and understanding", None, None, None],
    ["K1", "SEN law and the Code of Practice", "1", "Stabilised", "TR1"],
    ["K2", "Every Child Matters", "1", "Stabilised", "TR1"],
    ["K3", "Disability equality law", "1", "Stabilised", "TR1"],
    ["K4", "Child development", "-", "Not treated", "-"],
    ["K5", "Common kinds of SEN", "2", "Stabilised", "TR1"],
    ["K6", "Approaches, strategies, resources, ICT", "3", "Stabilised", "TR2"],
    ["K7", "School self-evaluation", "7", None, "-"],
    ["K8", "Best practice and research", "3", "Stabilised", "TR2"],
    ["K9", "Outside agencies", "6", "Stabilised", "TR3"],
    ["S", "Skills", None, None, None],
    ["S1", "Strategy, policy and resources with governors", "4", "Stabilised", "TR2"],
    ["S2", "Identify, set targets, plan, review", "2", "Stabilised", "TR1"],
    ["S2a", "Using other professionals' assessments", "2", "Stabilised", "TR1"],
    ["S2b", "Summative data and national tests", "2", "Stabilised", "TR1"],
    ["S2c", "Helping teachers with formative assessment", "3", "Surface clean only", "-"],
    ["S3", "Provision mapping", "3", "Stabilised", "TR1"],
    ["S4", "Deploying staff", "4", "Stabilised", "TR2"],
    ["S5", "Coaching and training colleagues", "4", "Stabilised", "TR2"],
    ["S6", "Reviewing provision with staff", "7", "Stabilised", "TR1"],
    ["S7", "Pupils' part in their own provision", "5", "Surface clean only", "-"],
    ["S8", "Working with parents", "5", "Stabilised", "TR2"],
    ["S9", "Working with agencies and voluntary bodies", "6", "Stabilised", "TR3"],
]
t = table(doc, rows, header_fill="BDD7EE")
for i, r in enumerate(rows):
    if r[2] is None and r[0] in ("A", "K", "S"):
        merge(t, i, 0, i, 4, text=f"{r[0]}  {r[1]}", bold=True, fill="E7E6E6")
k7 = [i for i, r in enumerate(rows) if r[0] == "K7"][0]
tracked_cell(t.cell(k7, 3), "", "Stabilised (TR2)", "Surface clean only", author="H. Quarrie")

title("11. Recommendations for future care")
sub("11.1 The Award")
para(doc, "The Award is made to participants who pass TR1, TR2 and TR3 with an average mark of 50 per cent or "
          "more and attend at least seven of the eight Bench Days. The University's examination board confirms "
          "the results.")
sub("11.2 Marking and moderation")
para(doc, "Every Treatment Report is marked by a Senior Preparator against published criteria and second "
          "marked by another. The University's moderator samples a fifth of the scripts at each board, and "
          "the external examiner sees all fails and borderline scripts and attends the Viva Day. The Senior "
          "Preparators hold a standardising meeting before each marking period using scripts from the "
          "Certificate.")
sub("11.3 Evaluation")
para(doc, "Participants evaluate each Bench Day on a short form, and the Senior Preparators review the forms "
          "at their termly meeting and change the next intake's Bench Days in the light of them. The "
          "University's annual monitoring report and the external examiner's report go to the Steering Group, "
          "and the Workshop's Education Committee approves an action plan each July. Participants complete a "
          "confidence questionnaire at the Examination and again at the Viva, rating their confidence against "
          "each outcome, and we compare the two. We would like, in time, to learn whether pupils in "
          "participants' schools do better as a result.")
para(doc, "The Steering Group will continue to take an interest in the quality of the programme.")
sub("11.4 After the Award")
para(doc, "At the Conservation Viva the Senior Preparator gives each participant a leaflet about the "
          "University's MA in Inclusive Education, to which the Award's 60 credits count.")
sub("11.5 Cost")
para(doc, "The fee is £1,450, of which each authority pays £700 for its own teachers. Bench Days are held in the "
          "Museum at no room cost, and the twilight sessions in host schools, which keeps the course "
          "cost-effective; each Bench Plan means the participant spends time on the outcomes they need.")

sub("11.6 Attachments")
para(doc, "The following are held on the Workshop file and can be sent on request:")
for a in ["A. The Examination form, with the rating scale and the guidance notes for Senior Preparators;",
          "B. The Award course Tutor Handbook (2008 edition);",
          "C. Assessment criteria and marking grids for TR1, TR2 and TR3, and the Viva question bank;",
          "D. The summary of the spring 2008 survey of SENCOs in Ashcombe and Wrexley;",
          "E. Minutes of the Steering Group, June and September 2008;",
          "F. The validation agreement with the University of Ashcombe and the module specification;",
          "G. Curricula vitae of the Senior Preparators and visiting specialists."]:
    para(doc, a)

title("12. Sign-off")
t = table(doc, [
    ["Role", "Name", "Signature", "Date"],
    ["Head of Preparation", "Dr Helen Quarrie", "[signed]", "14.11.08"],
    ["Senior Preparator (Education)", "Mr Owen Sallis", "[signed]", "14.11.08"],
    ["For the University of Ashcombe", "Prof. Alan Dunmore, Dean of Education", "[signed]", "17.11.08"],
    ["Notes", "", "", ""],
])
merge(t, 4, 1, 4, 3, text="Copies: Workshop file CTR/08/117; University Academic Office; TDA.")

fn.finish()
doc.save(OUT)
print(OUT.name, words(OUT), "words")
