"""jk-02-wayfarers-badge-syllabus

Provider (invented): the Adult Learning and Warrant Team of the Wayfarers' Guild, a national uniformed youth
organisation in the manner of the Guides, with the University of Sedgeholme (Faculty of Education) validating the
course as a Postgraduate Certificate of 45 credits at Level 7. 2009 edition, sent Feb 2009.

Kind of document and layout: a page of the Guild's Leader Badge Syllabus Book, in the house style it uses for every
badge: "The Compass Badge (SEN Coordinator)" worked in three Bars (Bronze, Silver, Gold, the modules), each with its
Gatherings (study days) and a table of numbered clauses ("You must ...") marked T (Tester's clause: judged by a
University Badge Tester in a written piece), P (Practice clause: signed by the Mentor, not tested) or C (Choice:
"Choose one of"). Heading styles for the Bars and sections; clause tables; an "Outcome Chart" in the Guild's own
words grouped Heart / Head / Hands with merged group rows; a text box "Badge Secretary's tip"; a foreword of values;
"Notes for Badge Secretaries and Testers"; header and footer; a tracked insertion and a tracked deletion; comments.

Traps (requirement ids):
- Credit: "45 credits at Level 7", not the normal 60 (E.2 partially_met); validation itself is stated (E.1 met).
- The aim is attainment in reading, writing and mathematics only; ECM is content but not the aim (1.1 partially_met).
- Parents: "Families are the business of the school's family liaison officer"; only a P clause (Bronze 6)
  (1.7 partially_met, 6.A1 partially_met, 6.S8 partially_met).
- P and C clauses mean some outcomes are not assessed for every participant (1.9 partially_met; 6.A5 P clause,
  6.K3 and 6.K8 a Choice pair, 6.S5 a Choice with a non-outcome alternative: partially_met).
- 6.A6 research evidence is "looked for in every T piece" but no Gathering or clause develops it (partially_met).
- Needs assessment: the Starting Point chart exists but "Everyone works the same clauses in the same order" within
  each Bar; no individual plan (2.2 partially_met).
- Equalities: only a welcome and "tell your Badge Secretary" (3.1 partially_met); the Foreword's values are not
  arrangements.
- No e-learning: "The Compass Badge has no online or e-learning element"; Guild Online only holds downloads
  (3.3 not_applicable). Silver and Gold in either order is a tracked insertion (3.2 met: insertions count).
- After the badge: "the Guild does not plan further targets with participants" (2.5 not_met: negation).
- Evaluation methods are listed, but they are all the Guild's own and are only "filed with the Adult Learning
  Committee"; the external examiner sentence is a tracked deletion (5.1 partially_met).
- Moderation only in a deleted paragraph and a comment; "Each Tester marks the pieces for her own Circle"
  (5.8 not_met).
- Resources only in general terms: "well equipped", "good resources" (5.6 partially_met).
- Award rule: every T clause plus the chosen clauses and the Mentor's signature on P clauses; not all outcomes
  (6.0 partially_met).
- Strategic development with governors is "not part of this badge" (6.S1 not_met: negation); summative tracking
  with national tests is absent (6.S2b not_met).
- CRB checks on candidates are done properly by the Badge Secretary (5.3 met), next to the Guild's own vetting of
  its volunteers.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _jk_helpers import *

OUT = Path(__file__).with_name("jk-02-wayfarers-badge-syllabus.docx")
d = new_doc("Georgia", 10)
header_footer(d, "The Wayfarers' Guild  \u00b7  Leader Badge Syllabus Book  \u00b7  Compass Badge (SEN Coordinator)",
              "The Wayfarers' Guild is a registered charity. Syllabus Book 2009 edition. Issued by the Adult Learning and Warrant Team.")
NAVY = "1F3864"
h = lambda t, l=1: d.add_heading(t, level=l)

para(d, "THE WAYFARERS' GUILD", bold=True, size=18, color=NAVY, align="center")
para(d, "Leader Badge Syllabus", bold=True, size=14, align="center")
para(d, "The Compass Badge (SEN Coordinator)", bold=True, size=16, color="C00000", align="center")
para(d, "2009 edition  \u00b7  Bronze, Silver and Gold Bars", italic=True, align="center")

h("A word from the Chief Commissioner for Adult Learning")
para(d, "The Guild has always believed that every girl and boy has a place in the circle and a part to play on the trail. For ninety years our leaders have made room for young members who learn differently, and many of our leaders are teachers who do the same in school every day. The Compass Badge is our way of giving something back to those schools: a badge worked like any other Guild badge, clause by clause, with a Mentor at your side and a Tester at the end, that leads to a university award and to the national qualification for SEN coordinators. We believe in fairness, in courage and in the power of a good team, and we hope you will find all three on the way.")
para(d, "Margaret Oyelaran, Chief Commissioner for Adult Learning", italic=True)

h("About this badge")
para(d, "The Compass Badge is the Guild's leader badge for teachers who are new to the role of special educational needs coordinator. It has been validated by the University of Sedgeholme, Faculty of Education, as its Postgraduate Certificate: SEN Coordination, and a leader who gains the badge receives that award together with the national qualification.")
para(d, "The badge carries 45 credits at Level 7: 15 for each Bar.")
para(d, "The Compass Badge aims to raise the attainment and progress of pupils with special educational needs and disabilities in reading, writing and mathematics, by giving their SENCO the knowledge and skills to lead provision for them well.")
para(d, "Every T clause is carried out in your own school with real pupils and colleagues, and the Tester looks in each written piece for the difference your work has made to pupils' progress and to your colleagues' practice. The syllabus was rewritten for 2009 using Ofsted's report Inclusion: does it matter where pupils are taught? (2006), the Bercow Review of services for children with speech, language and communication needs (2008) and the National Strategies' Inclusion Development Programme (2008), whose materials on dyslexia and on speech, language and communication needs are used at two Bronze Gatherings.")

h("How to read this syllabus")
para(d, "Each Bar has Gatherings (our name for study days) and a list of clauses. Read the letter beside each clause:")
bullets(d, ["T  a Tester's clause. The Badge Tester, a University of Sedgeholme tutor, judges your written piece for the Bar against it and passes or refers it.",
            "P  a Practice clause. You do it in school and your Mentor signs your record to say it is done. It is not tested.",
            "C  a Choice. \"Choose one of\" means you work, and are tested on, only the clause you choose."])
text_box(d, ["A P clause is signed by your Mentor, not tested. Keep your signed record: your Badge Secretary needs to see it before the Gold Bar Ceremony.",
             "If a clause puzzles you, ask at the next Gathering rather than guess."], title="Badge Secretary's tip", height_pt=80, fill="DEEAF6")

h("Who may work for the badge")
para(d, "The Compass Badge is open to qualified teachers who hold the post of SENCO, or have been appointed to it, in a maintained school or academy. Each applicant sends the application form with a letter from the headteacher agreeing to release them for the Gatherings and to name a Mentor. The County Badge Secretary reads every application and the Guild's Adult Learning Adviser talks to each applicant about their role and experience before a place is confirmed. If an applicant is not yet ready, the Adviser writes to them and their head setting out what to do first (usually a term working alongside an experienced SENCO and the Guild's free Inclusion Starter evenings) and keeps a place for them at the next start.")
para(d, "Before the Bronze Bar each participant completes the Starting Point chart, rating themselves against each line of the Outcome Chart, and goes through it with their Mentor. Everyone works the same clauses in the same order within each Bar; the Starting Point chart helps your Mentor know where to begin your conversations.")

h("Badges you already hold")
para(d, "Leaders who have already studied SEN at Level 6 or 7, or who have substantial experience of leading SEN provision, may claim credit through the University of Sedgeholme's accreditation of prior learning procedure. A claim for certificated study, or a portfolio claim for experience mapped against the clauses of a Bar, is assessed by a Sedgeholme tutor; a successful claim exempts the leader from that Bar, up to a maximum of 15 credits. The County Badge Secretary helps each claimant put the portfolio together.")

h("The Tester-only route")
para(d, "A very experienced SENCO, for example a teacher from a local authority support service, may ask to be tested without working through the Gatherings. The Adult Learning Adviser interviews the applicant, and if the route is agreed the applicant submits the written pieces for all three Bars and is tested on every clause of the Outcome Chart, including the P clauses, which for this route are tested by a professional discussion. The fee for the Tester-only route is \u00a3450.")

h("Vetting")
para(d, "The Guild vets all its own volunteers through its enhanced CRB procedure. In addition, for the Compass Badge the County Badge Secretary checks each participant's enhanced CRB disclosure certificate before the Bronze Bar begins, records its number and date of issue, and asks for a new check through the Guild's registered body if the disclosure is more than three years old or was not issued for work with children. No participant starts the Bronze Bar until this has been done.")

h("The Bronze Bar: knowing the ground")
para(d, "Three Gatherings (Saturdays, 9.30 to 4) at Larkholt, the Guild's training centre, with a Mentor meeting in school after each.", italic=True)
bullets(d, ["Gathering B1: the SEN Code of Practice, the law on SEN and disability, Every Child Matters",
            "Gathering B2: how children develop; the common types of SEN and disability (with the Inclusion Development Programme materials)",
            "Gathering B3: disability equality duties; best practice in meeting one type of need; working with families"])
t = table(d, [["No.", "You must ...", ""],
              ["1", "Show how the SEN Code of Practice and the law on SEN apply in your school, and what you will do to put them into practice.", "T"],
              ["2", "Explain the five Every Child Matters outcomes and how you, as SENCO, help pupils with SEN reach them.", "T"],
              ["3", "Choose one of:\n3a  Explain the disability equality duties and what your school must do to meet them.\n3b  Explain what research and best practice say about meeting one type of need.", "C"],
              ["4", "Explain how children develop and how SEN, disability and the learning environment can affect that development, using two pupils you know.", "T"],
              ["5", "Describe the common types of SEN and disability and how each affects learning, for pupils in your school.", "T"],
              ["6", "Build a friendly, respectful relationship with one family and talk with them about their child's progress.", "P"],
              ], widths=[1.2, 13.5, 1.2], size=9)
para(d, "Families are the business of the school's family liaison officer; the badge touches on parents and carers in Bronze clause 6 only.")
para(d, "Written piece: the Bronze Log (3,000 words), tested against clauses 1 to 5.", bold=True)

h("The Silver Bar: finding the way")
para(d, "Four Gatherings (or one Weekend Camp and one Saturday) at Larkholt.", italic=True)
bullets(d, ["Gathering S1: approaches, strategies and resources, including ICT and assistive technology, for assessment, planning and teaching",
            "Gathering S2: identifying pupils, setting targets, planning interventions and reviewing progress; using other professionals' reports",
            "Gathering S3: formative assessment and access arrangements for national tests and examinations; school self-evaluation and SEN",
            "Gathering S4: outside agencies and voluntary organisations (with speakers from the educational psychology and speech and language therapy services); pupils' part in planning and reviewing their provision"])
t = table(d, [["No.", "You must ...", ""],
              ["1", "Compare approaches, strategies and resources, including ICT, for assessing, planning and teaching pupils with SEN, and use them to remove barriers for two pupils.", "T"],
              ["2", "Identify pupils who may have SEN using observation, data and assessment; set challenging targets, plan interventions and review progress.", "T"],
              ["3", "Use assessments by other professionals (for example an educational psychologist's report) to shape teaching for one pupil.", "T"],
              ["4", "Help colleagues use formative assessment for all pupils, with approaches for pupils with SEN.", "T"],
              ["5", "Identify in good time the access arrangements pupils need for national tests and examinations and work with colleagues to put them in place.", "T"],
              ["6", "Explain what outside agencies and voluntary organisations do, how to get their support, and work with one of them on a pupil's provision.", "T"],
              ["7", "Present your Case Book to your Circle clearly and listen to their questions.", "P"],
              ["8", "Explain the principles of school self-evaluation and how your school's self-evaluation covers pupils with SEN.", "T"],
              ["9", "Plan and hold a review with a pupil so that the pupil helps plan, agree and review their own provision, and help a colleague do the same.", "T"],
              ], widths=[1.2, 13.5, 1.2], size=9)
para(d, "Written piece: the Silver Case Book (4,000 words), a case study of two pupils, tested against clauses 1 to 6, 8 and 9.", bold=True)

h("The Gold Bar: leading the party")
para(d, "Three Gatherings at Larkholt and a Gold Project in your own school.", italic=True)
bullets(d, ["Gathering G1: provision mapping and management; finding provision that is missing or not working",
            "Gathering G2: leading colleagues: winning the commitment of the head and senior leaders, deploying and managing teaching assistants, supporting colleagues' professional development",
            "Gathering G3: managing the SENCO's time and tasks; solving problems in provision; reviewing provision with staff; keeping up to date"])
t = table(d, [["No.", "You must ...", ""],
              ["1", "Use a provision map to plan provision for a group of pupils and show where provision is missing or not working.", "T"],
              ["2", "Win the commitment of your head, senior leaders and colleagues to a change for pupils with SEN.", "T"],
              ["3", "Plan your own work, manage your time and delegate tasks, checking they are done.", "T"],
              ["4", "Anticipate a problem in provision, resolve it and explain your decision.", "T"],
              ["5", "Choose one of:\n5a  Support a colleague's professional development by observation and feedback, coaching or leading training.\n5b  Visit another SENCO's school and write up what you learned.", "C"],
              ["6", "Deploy and manage teaching assistants and other staff so that they support pupils with SEN well.", "T"],
              ["7", "Keep a log of your own professional development on SEN and disability and show how you keep up to date.", "T"],
              ["8", "Review with other staff how well your provision is working and use what you find.", "T"],
              ], widths=[1.2, 13.5, 1.2], size=9)
para(d, "Written piece: the Gold Project (4,000 words), a change you lead in your own school, tested against clauses 1 to 8.", bold=True)
para(d, "Strategic development of the school's inclusive ethos and policy with governors is not part of this badge: it belongs to the Guild's Leadership Award for senior leaders.")

h("Gaining the badge")
para(d, "The Compass Badge is awarded when the Testers have passed every T clause and the clauses the leader chose, and the Mentor has signed the P clauses. It is presented at the Gold Bar Ceremony each July.")
para(d, "What a leader does after the Gold Bar is a matter for her and her head: the badge ends at the Gold Bar Ceremony, and the Guild does not plan further targets with participants.")

h("Your Mentor and your record")
para(d, "Your Mentor is a senior colleague in your own school, named by your head. You meet your Mentor after every Gathering and at least once each half-term, to plan the clauses you are working on and to look at what you have done. Your Mentor signs each P clause in your Badge Record when it is done, and writes a short report to the Tester at the end of each Bar. Your Badge Record goes with you to every Gathering: it holds your Starting Point chart, your signed P clauses, the Tester's feedback on each written piece and your placement brief.")
para(d, "Gatherings are led by the Badge Leader and a Gathering Leader, with a specialist speaker at most of them. Each Gathering ends with a Circle, in which leaders in groups of six talk through the clause they are working on in school and agree what each will try before the next Gathering. Your Circle stays together for the whole Bar.")

h("Ways to work for the badge")
p = para(d, "There are two starts each year, in September and in February. The Bronze Bar comes first. ")
tracked(d, [("Silver and Gold may be worked in either order. ", "ins")], author="M. Whitlow", p=p)
p.add_run("Each Bar can be worked through Saturday Gatherings or, for Silver, a Weekend Camp, and a leader who misses a Gathering joins the next Circle for it. Leaders who need to pause may carry a completed Bar forward for up to two years.")
para(d, "The Compass Badge has no online or e-learning element: all Gatherings are in person. Guild Online holds the syllabus and the forms for download only.")
para(d, "Mentors adjust the Practice clauses to each leader's school, and the Choice clauses let leaders follow their school's own needs. The badge is good value: Larkholt costs schools nothing, Guild trainers give their time, and the fee of \u00a3950 covers the University's registration and testing. Each Bar builds on the last, so leaders progress steadily towards the full set of outcomes.")

h("Access for everyone")
para(d, "The Guild welcomes everyone, whatever their background or ability. If you have a disability or a medical condition, tell your Badge Secretary when you apply.")

h("The Outcome Chart")
para(d, "The Chart sets out the national outcomes in the Guild's words, grouped as Heart (how a SENCO works with people), Head (what a SENCO knows) and Hands (what a SENCO does), with the Bar and clause where each is worked and how it is judged.", size=9)
oc = [["The SENCO ...", "Bar and clause", "How"],
      ["HEART", None, None],
      ["builds fair, respectful relationships with pupils with SEN and their families", "Bronze 6", "P"],
      ["wins the commitment of colleagues, the head and senior leaders", "Gold 2", "T"],
      ["plans their own work, manages time and delegates", "Gold 3", "T"],
      ["anticipates and resolves problems and makes sound decisions about provision", "Gold 4", "T"],
      ["speaks and writes clearly and listens to others", "Silver 7", "P"],
      ["draws on research and outside advice to improve practice", "\u2014", "looked for in every T piece"],
      ["keeps up to date and takes charge of their own CPD", "Gold 7", "T"],
      ["HEAD", None, None],
      ["knows the law and guidance on SEN and the Code of Practice", "Bronze 1", "T"],
      ["knows Every Child Matters and the SENCO's part in it", "Bronze 2", "T"],
      ["knows the disability equality duties", "Bronze 3a", "C"],
      ["knows how children develop and what affects development", "Bronze 4", "T"],
      ["knows the common types of SEN and disability", "Bronze 5", "T"],
      ["knows approaches, strategies and resources including ICT", "Silver 1", "T"],
      ["knows the principles of school self-evaluation", "Silver 8", "T"],
      ["knows best practice and research in meeting SEN", "Bronze 3b", "C"],
      ["knows what outside agencies do and how to get their help", "Silver 6", "T"],
      ["HANDS", None, None],
      ["identifies pupils, sets targets, plans interventions, reviews progress", "Silver 2", "T"],
      ["uses other professionals' assessments in teaching", "Silver 3", "T"],
      ["helps colleagues use formative assessment", "Silver 4", "T"],
      ["arranges access arrangements for tests and examinations in good time", "Silver 5", "T"],
      ["uses provision mapping to find missing or weak provision", "Gold 1", "T"],
      ["deploys and manages staff", "Gold 6", "T"],
      ["supports colleagues' professional development", "Gold 5a", "C"],
      ["reviews provision with other staff", "Gold 8", "T"],
      ["involves pupils in planning and reviewing their provision", "Silver 9", "T"],
      ["works with families", "Bronze 6", "P"],
      ["works in partnership with other services and voluntary organisations", "Silver 6", "T"],
      ]
t = table(d, oc, header_fill="D9E2F3", widths=[10.5, 3, 2.5], size=8)
for r_, lab in ((1, "HEART: how a SENCO works with people"), (9, "HEAD: what a SENCO knows"), (19, "HANDS: what a SENCO does")):
    merge(t, r_, 0, r_, 2, lab, bold=True, fill="FBE4D5", size=8)

h("Who runs the badge")
table(d, [["Name", "Role", "Experience"],
          ["Marian Whitlow", "Badge Leader", "SENCO in a Sedgeholme secondary school for nine years; MA Special Educational Needs (Sedgeholme); Guild County Trainer since 1999"],
          ["Dr Aled Pryce", "Badge Tester, University of Sedgeholme", "Senior Lecturer in Special Education; formerly an educational psychologist with Sedgeholme County Council; research on reading interventions"],
          ["Joy Harrington", "Badge Tester", "Head of Orchard Lea Special School; Advanced Diploma in Special Educational Needs; Ofsted additional inspector"],
          ["Samir Haddad", "Gathering Leader (Silver)", "Advisory teacher for autism, Sedgeholme County Council; Guild District Commissioner"],
          ], widths=[3.3, 4, 8.6], size=8)
para(d, "All trainers and Testers attend the University's annual research day on special education and the county SENCO conference, and each spends time in schools every term.")

h("Specialist help and placements")
para(d, "Every leader spends three placement days, arranged by the Badge Secretary, in one of the badge's four partner schools (Orchard Lea and Brook Mead special schools, the Larkholt Primary hearing resource base and the Castlegate secondary autism base), with a written brief agreed between the host and the Mentor. Specialist speakers at Gatherings come from the county's educational psychology service, the speech and language therapy service, the sensory support team and the local Parent Partnership Service.")

h("Equipment")
para(d, "Our meetings are well equipped and the Guild has good resources for leaders, and the University library is there for anyone who needs it.")

h("How the badge was made")
para(d, "The badge was made in the Guild's Listening Year, 2007-08. We sent a questionnaire to SENCOs in four local authorities through their SEN teams (212 replied), interviewed eighteen headteachers, and asked the Guild's Family Forum, parents of young members with SEN and disabilities, what they wanted their children's SENCOs to be able to do. SENCOs told us they needed help with the law, with leading colleagues and with provision mapping; heads told us they could not release SENCOs on weekdays; parents told us they wanted SENCOs who listened to their children.")
para(d, "What we heard shaped the badge: Gatherings are on Saturdays and at a Weekend Camp, provision mapping became the first Gold clause, and the clause on pupils planning and reviewing their own provision (Silver 9) was added at the Family Forum's request.")

h("The Badge Review Panel")
para(d, "Twice a year the Badge Review Panel meets at Larkholt: two parents from the Family Forum, two young members with SEN or disabilities from the Guild's Young Voices council, two headteachers of participants, a local authority SEN officer and the Badge Leader. The Panel reads the Testers' summary and the participants' feedback, hears from the young members about what their own SENCOs do, and recommends changes to the Adult Learning Committee, which must reply to each recommendation.")

h("Checking the badge works")
para(d, "Participants complete a feedback form at every Gathering; Testers write a summary after each round of testing; and the Badge Review Panel meets twice a year. All of this is filed with the Adult Learning Committee.")
p = para(d, "")
tracked(d, [("The University of Sedgeholme's external examiner also reads a sample of written pieces and reports each year.", "del")], author="M. Whitlow", p=p)
para(d, "At the start of the Bronze Bar each leader chooses four pupils and records their attainment in reading, writing and mathematics, their attendance and their score on the Guild's How I Feel at School card; the leader records the same measures at the end of the Gold Bar, and the Badge Leader collates them for every Circle each year. Leaders redo the Starting Point chart at the Gold Bar so that we can compare their confidence and competence with the start, and the Testers' summary reports what proportion of clauses were passed first time.")

h("Notes for Badge Secretaries and Testers")
para(d, "Testers are appointed by the University and attend a Tester's day each September, which covers the clauses, the University's Level 7 criteria and how to write feedback. Mentors are senior colleagues in the leader's own school, named by the head; each Mentor attends a Mentor's evening at Larkholt (or receives a home visit from the Badge Secretary) and is given the Mentor's Card, which sets out what a Mentor does: half-termly meetings, signing P clauses, and a short report to the Tester at the end of each Bar. Badge Secretaries keep each leader's record, check the CRB disclosure and arrange placements.")
p = para(d, "Each Tester marks the pieces for her own Circle. ")
r = p.add_run("[Moderation arrangements to follow]")
comment(d, r, "Not agreed with Sedgeholme yet - remove the examiner sentence until it is. MW", author="Marian Whitlow", initials="MW")
deleted_paragraph(d, "A second Tester marks one piece in five, and the Testers meet after each round to agree any differences.", author="M. Whitlow")
para(d, "Appeals against a Tester's decision go first to the Badge Leader and then to the University under its academic appeals procedure.")
d.save(OUT)
print("wrote", OUT)
