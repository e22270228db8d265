"""pa-01-sanatan-solah-sanskar: build the .docx next to this script.

PROVIDER (invented). Shri Sanatan Mandir Education Trust, Kelsford: the education arm of a Hindu temple, which
has run an unaccredited "Saturday SEN Sabha" for twelve years. Partners: the University of Harnbury (validates
the Award as its Postgraduate Certificate) and Kelsford City Council's Learning Support Service. January 2009,
for a first cohort in September 2009.

DOCUMENT KIND AND LAYOUT. The temple's families' guide to the sixteen Sanskars (the Hindu rites of passage, from
Garbhadhana before birth to Antyeshti, the last rites), reissued as the "Award edition": the Award described
from its conception to its yearly review as sixteen Sanskars, one to a block. No heading styles: every Sanskar
opens with a small two-column title table (a merged, saffron-shaded title row "SANSKAR n · NAME", then "In a
family", "In the Award", "When"), then paragraphs in custom styles with bold run-in labels ("What it marks.",
"Who is present.", "What the Acharyas do.", "Written in the Patrika."), not all of them in every Sanskar. Grey
bordered "For the panel" paragraphs added for the panel. A VML text box to the panel at the top. A table of
the Trust's words. The outcomes are in a closing "Guna-patra" table in the Trust's own words, with merged group
rows and the columns "Offered at" (Sanskar numbers) and "Witnessed in" (Sakshi pieces I-IV and V, the
Samavartana conversation) or "Ashirvad only" (written feedback, not marked), defined far above in the glossary.
A calendar table of Sabha days with merged term rows and a placeholder date. Header and footer, two tracked
changes, one Word comment, two footnotes, placeholders in the signature block.

The Trust's words: Vidyarthi (participant), Acharya (tutor), Pradhan Acharya (programme leader), Kul-mitra
(school mentor), Sabha day (taught Saturday), Sakshi piece (marked assessment), Ashirvad (formative feedback,
not marked), Patrika (portfolio), Darpan (pre-course self-audit), Sankalpa (individual plan), Dakshina (fee),
Panchayat (steering group), Vidya site (Blackboard).

TRAPS (requirement ids).
- E.2: a tracked change deletes "30 credits" and inserts "60 credits": the insertion is the submission (met).
- 1.5, 6.S7: children's views are only "a short conversation" at the end of Karnavedha, "a conversation rather
  than a lesson", Ashirvad only: covered but no skills developed and not assessed (partially met).
- 1.9, 6.0: "Every quality in the Guna-patra is witnessed before Samavartana" is contradicted by the Guna-patra,
  where six qualities are "Ashirvad only" and child development is witnessed but not offered; the award is
  conferred on the Sakshi pieces alone (partially met; unsupported coverage claim).
- 2.3: negation ("there is no route by which a Vidyarthi is assessed without taking the Sabha days") next to
  the University's own assessment-only route for its own PGCert, which "is not part of this Award" (another
  provider's arrangement): not met.
- 2.5: only a leaflet about the University's MA "in the pocket of the Patrika": partially met.
- 3.3: e-learning is a Blackboard site "for reading and listening" with no discussion board and no answers from
  Acharyas; between sessions only the Kul-mitra; nothing on ICT for communication (partially met).
- 5.3: CRB checks are described for the Acharyas and the Bal Vihar volunteers (wrong people); the only claim
  about Vidyarthis is in the page footer ("All Vidyarthis are CRB checked"), and a Word comment by the Trust
  Secretary asks whether to say anything about them: not met.
- 5.5: specialists come to Sabha day 9, but a special-school visit "is not part of the Award": partially met.
- 5.7: Kul-mitras get only a letter and a page of the guide; the half-day Kul-mitra Sabha is a deleted tracked
  change; for Acharyas only "all experienced and know the Award well": partially met.
- 6.A3: the only "time" row is about planning the Vidyarthi's own study hours around festival weeks (right
  words about the wrong thing): not met.
- 6.K7: the only self-evaluation is the Trust's own ("Like every school, the Trust writes a self-evaluation"),
  wrong context; no row in the Guna-patra: not met.
- 6.S2d: "the Award does not deal with them" (access arrangements are the exams officer's): not met.
- 6.K2, 6.K3, 6.A7, 6.S2c, 6.S6, 6.S7: "Ashirvad only" (taught, formative only): partially met.
- 6.K4: witnessed in Sakshi I but "Offered at" is "assumed from the Vidyarthi's own teacher training":
  assessed, not covered (partially met).
- 5.8: the external examiner is only in a footnote (footnotes are part of the submission); double marking
  and moderation are in the body anyway (met).
- 4.2/4.3: the "For the panel" box says what stakeholders changed; the Panchayat includes heads, the EP
  service, Sahara parents and a former Vidyarthi and receives the evaluation each September (met).
- generic values (the Award "for teachers of every faith and none") sit beside real arrangements.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _pa_helpers import Builder  # noqa: E402

HERE = Path(__file__).parent
NAME = "pa-01-sanatan-solah-sanskar"
SAFFRON = "F8CBAD"
GREY = "E7E6E6"
PALE = "FFF2CC"

b = Builder(font="Cambria", size=10.5)
b.add_par_style("Sanskar Body", size=10.5, space_after=5)
b.add_par_style("Part Title", size=13, bold=True, color="843C0C", space_before=12, space_after=6, keep_next=True)
BODY = "Sanskar Body"

b.header_footer([("Shri Sanatan Mandir Education Trust", {"b": True}), ("  |  Solah Sanskar: Award edition, January 2009", {})],
                [("Registered charity no. 1107734  |  All Vidyarthis are CRB checked  |", {})])


def lab(label, text, shade=None):
    return b.p([(label + " ", {"b": True}), text], style=BODY, shade=shade)


def panel(text):
    return b.p([("For the panel. ", {"b": True}), text], style=BODY, shade=GREY)


def sanskar(n, name, family, award, when):
    b.p("", style=BODY, space_after=2)
    t = b.table([["", ""], ["In a family", family], ["In the Award", award], ["When", when]],
                widths_cm=[3.2, 13.3], font_size=9.5, bold_first_col=True)
    b.merge(t, 0, 0, 0, 1, [(f"SANSKAR {n}  \u00b7  {name.upper()}", {"b": True, "size": 12})], fill=SAFFRON)
    for i in range(1, 4):
        b.shade_cell(t.cell(i, 0), PALE)
    b.p("", style=BODY, space_after=0)


# ------------------------------------------------------------------ cover
tt = b.table([[""], [""], [""]], widths_cm=[16.5])
b.merge(tt, 0, 0, 0, 0, [("SHRI SANATAN MANDIR EDUCATION TRUST", {"b": True, "size": 13})], fill=SAFFRON, align="center")
b.merge(tt, 1, 0, 1, 0, [("Solah Sanskar: the Sixteen Sanskars of the National Award for SEN Coordination",
                          {"b": True, "size": 17})], align="center")
b.merge(tt, 2, 0, 2, 0, [("A guide for Vidyarthis, their Headteachers and their Kul-mitras. Award edition, January 2009, "
                          "adapted from the Mandir's families' guide to the Sanskars (fourth printing, 2006)",
                          {"i": True, "size": 10})], fill=PALE, align="center")
b.p("", style=BODY)

b.textbox([
    [("TO THE MEMBERS OF THE APPROVAL PANEL", {"b": True})],
    ["This is the guide every Vidyarthi is given at the first Sabha day. It keeps the shape of the guide the Mandir "
     "has given its families for thirty years, because our Trustees wanted the Award to look like something our "
     "community already knows. Where the panel asked for something our families' guide would not say, we have added "
     "a grey paragraph marked For the panel."],
    ["The Award is offered with the University of Harnbury, School of Education, and Kelsford City Council's Learning "
     "Support Service. Questions to Dr Sunita Raval, Pradhan Acharya, 14 Temple Lane, Kelsford."],
], width_pt=450, fill="FFF8EE", stroke="C55A11")

b.p("How to read this guide", style="Part Title")
b.p("In the Mandir the Sanskars are the sixteen rites that mark a life, from before birth to its end. We have used "
    "the same sixteen to mark the Award, from its conception to its yearly review. Each opens with what it marks in a "
    "family and in the Award, and then says who is present, what the Vidyarthi brings, what the Acharyas do and what "
    "is written in the Patrika.", style=BODY)
b.p("The words we use", style="Part Title")
words = [
    ["Our word", "What it means in this guide"],
    ["Vidyarthi", "a teacher taking the Award"],
    ["Acharya", "one of the Trust's tutors; the Pradhan Acharya leads the Award"],
    ["Kul-mitra", "the senior colleague in the Vidyarthi's own school who supports them through the year"],
    ["Sabha day", "a taught Saturday in the Mandir's Sabha hall, 9.30 to 4.00"],
    ["Sakshi piece", "work that is witnessed: marked by two Acharyas and moderated by the University. Sakshi I to IV "
                     "are written; Sakshi V is the Samavartana conversation"],
    ["Ashirvad", "a blessing: written feedback from an Acharya or Kul-mitra, kept in the Patrika but not marked"],
    ["Patrika", "the Vidyarthi's record book and portfolio"],
    ["Darpan", "the mirror: the self-audit completed before the Award begins"],
    ["Sankalpa", "the Vidyarthi's own plan for the year, agreed with an Acharya"],
    ["Dakshina", "the fee"],
    ["Panchayat", "the Award's steering group"],
]
b.table(words, widths_cm=[3.2, 13.3], header_fill=SAFFRON, font_size=9.5, bold_first_col=True)

# ------------------------------------------------------------- Sanskar 1
sanskar(1, "Garbhadhana", "the prayer before a child is conceived", "how the Award was conceived, and who asked for it",
        "2007 to 2008")
lab("What it marks.", "For twelve years the Mandir has run the Saturday SEN Sabha, an unaccredited course for teaching "
    "assistants and teachers from the schools our families' children attend. In March 2008 we asked those schools "
    "what they now needed.")
lab("Who was present.", "We sent a questionnaire to the 41 schools in Kelsford and the two neighbouring districts that "
    "have pupils in the Mandir's Bal Vihar; 33 returned it, 29 of them from the SENCO. We met the Kelsford Primary "
    "Heads' Forum, the Secondary Heads' Group and Sahara, the Mandir's group for families of disabled children (22 "
    "parents). The council's Learning Support Service and Parent Partnership Service gave written views.")
lab("What they told us.", "Of the 29 SENCOs, 17 had no SEN qualification. They asked most often for help with "
    "provision mapping (21), with parents who do not find schools easy to approach (19), with telling apart English "
    "as an additional language and SEN (16) and with leading other staff (15). Heads could not release SENCOs on more "
    "than three weekdays a year. Sahara's parents wanted to be spoken with rather than spoken to.")
panel("What changed because of this. Sabha days are Saturdays because the heads asked for it. Provision mapping "
      "became a marked piece (Sakshi III) rather than one session. Karnavedha, the listening Sabha day, was added at "
      "Sahara's request and Sahara parents help to lead it. The session on EAL and SEN was written with the council's "
      "Ethnic Minority Achievement team after the SENCOs' replies.")

# ------------------------------------------------------------- Sanskar 2
sanskar(2, "Pumsavana", "the rite that asks for the unborn child to be nourished",
        "what feeds the Award: its people, its partners and its books", "before every cohort")
lab("Who is present.", "The Award is taught by four Acharyas. Dr Sunita Raval, Pradhan Acharya, was SENCO at two "
    "Kelsford primary schools for eleven years and a council educational psychologist for six; she holds a doctorate "
    "in inclusive education. Mr Dev Chauhan was SENCO and then deputy head of a Kelsford secondary school and holds an "
    "MA in Special and Inclusive Education. Mrs Anjali Mistry is a specialist teacher for autism with the council. Mr "
    "Colin Ashworth, senior lecturer in the University's School of Education, teaches two Sabha days and leads the "
    "University's side of marking. Three still work part-time in schools or for the council, and all four attend the "
    "University's inclusion research seminars.")
lab("The University.", "The Award is a Postgraduate Certificate of the University of Harnbury, which validated it on "
    "14 November 2008 for five years from September 2009. The University registers every Vidyarthi, holds the marks "
    "and confers the Award.")
lab("The Pustakalaya.", "The Mandir's library keeps an SEN shelf of about 600 books and journals. Every Vidyarthi has a "
    "University library card, with its electronic journals from home. The council lends its assistive technology kit "
    "(Clicker 5, Widgit symbol software, talking word processors and two switch-accessible laptops) to any Vidyarthi "
    "for up to half a term.")

# ------------------------------------------------------------- Sanskar 3
sanskar(3, "Simantonnayana", "the parting of the mother's hair, to protect her and the child she carries",
        "how we protect every Vidyarthi's place: access, adjustments and fairness", "from enquiry to the last Sakshi piece")
lab("What the Trust does.", "The application form asks every applicant whether they have a disability, a health "
    "condition or a learning difficulty such as dyslexia that we should know about, and says why we ask: so that we can "
    "make adjustments before the Award begins. The question is asked again, privately, at the Nishkramana meeting. "
    "What is agreed is written on the Vidyarthi's Raksha page, which the Acharyas follow. Adjustments made so far "
    "include large-print handouts, a note-taker, extended time and a separate room for timed work.")
b.p("The Sabha hall has level access, a hearing loop and an accessible toilet; when a Vidyarthi cannot use the stairs, "
    "library sessions move to the hall. Adjustments to assessment follow the University's policy for disabled "
    "students. Our publicity is available in large print. The Trust's equality policy applies to selection, teaching "
    "and marking, and the Award is open to teachers of every faith and none, as the Mandir's doors are open to all.",
    style=BODY)
crb = b.p(style=BODY)
r1 = b.run(crb, "Who keeps the children safe. ", b=True)
r2 = b.run(crb, "Every Acharya, and every volunteer who teaches in the Mandir's Bal Vihar, holds an enhanced CRB "
                "disclosure obtained through the Trust as a registered body, renewed every three years.")
b.comment([r1, r2], "Do we need to say anything about the Vidyarthis' own CRB? The University's form asks about it. PJ",
          author="Prakash Joshi (Trust Secretary)", initials="PJ")

# ------------------------------------------------------------- Sanskar 4
sanskar(4, "Jatakarma", "the welcome of the newborn", "applying and being welcomed", "applications close 30 April")
lab("Who may apply.", "A qualified teacher who is, or within the year will be, the SENCO of a school, and whose "
    "headteacher signs the nomination page, promising release for school-based tasks, a Kul-mitra and access to the "
    "school's pupil data.")
lab("How we decide.", "The Pradhan Acharya reads every application for qualified teacher status, at least two years' "
    "experience of teaching pupils with SEN, and a 500-word statement on one pupil the applicant has taught, which "
    "shows us how the applicant writes and thinks. When we are unsure, we telephone the applicant. We do not accept an "
    "applicant who is not yet ready: we write to them and to their head saying what would make them ready, for "
    "example a year leading an intervention group, and offer a place in a later cohort.")
lab("Dakshina.", "The Dakshina for 2009-10 is \u00a31,150, paid by schools, covering registration, the twelve Sabha "
    "days, marking and the Patrika; the Trust gives ten half bursaries a year to small schools. The Award costs less "
    "than the University's own PGCert because the Mandir lends its hall and library without charge.")

# ------------------------------------------------------------- Sanskar 5
sanskar(5, "Namakarana", "the naming of the child", "what the Award is called, what it is for, and what it is worth",
        "at validation")
nm = b.p(style=BODY)
b.run(nm, "The name. ", b=True)
b.run(nm, "The Award is the Postgraduate Certificate in Special Educational Needs Coordination (National Award for "
          "SENCOs). It carries ")
b.dele(nm, "30 credits", author="Sunita Raval")
b.ins(nm, "60 credits", author="Sunita Raval")
b.run(nm, " at Masters level (Level 7), which may count towards the University's MA.")
lab("What it is for.", "The Award has one purpose above others: that the children with special educational needs and "
    "disabilities in our Vidyarthis' schools learn more and live better, in all five Every Child Matters outcomes and "
    "not in test results alone. Every Sakshi piece must show what happened to real children: Sakshi I follows one "
    "pupil's progress across a term, and Sakshi IV measures children's progress before and after the change the "
    "Vidyarthi leads. A Sakshi piece that says nothing of children is returned unmarked.")
panel("Our aims, as approved by the University: to raise the achievement and well-being of pupils with SEN and "
      "disabilities in the Vidyarthis' schools; to prepare Vidyarthis to lead SEN coordination; to develop their "
      "critical use of research, law and guidance; and to build partnerships between schools, families and services.")

# ------------------------------------------------------------- Sanskar 6
sanskar(6, "Nishkramana", "the child's first outing, carried out to see the sun",
        "the Darpan and the Sankalpa: seeing where you stand", "four to six weeks before the first Sabha day")
lab("What the Vidyarthi brings.", "Every Vidyarthi completes the Darpan, which takes each quality of the Guna-patra "
    "(at the end of this guide) and asks the Vidyarthi to rate themselves from 'new to me' to 'I could show another "
    "SENCO how', with an example for every high rating. The Kul-mitra adds a comment.")
lab("What the Acharyas do.", "An Acharya meets each Vidyarthi for an hour to test the Darpan: a Vidyarthi who rates "
    "their knowledge of the Code of Practice highly is asked what it says about school action plus. Together they "
    "write the Sankalpa, which sets the Vidyarthi's own targets against the Guna-patra, chooses the focus of Sakshi I "
    "and IV, and marks the Sabha days on which the Vidyarthi takes an extension workshop rather than the core "
    "session, so that no one repeats what they already know. The Sankalpa is reviewed after Sakshi II and before "
    "Samavartana.")
lab("Taking the Sanskars out of order.", "The Award starts in September and in February. A February Vidyarthi takes "
    "Vidyarambha and Keshanta before Annaprashana and Karnavedha. A Vidyarthi may finish in one year, or spread the "
    "Award over two by joining the next cohort for the second half, and a missed Sabha day is taken with the other "
    "cohort.")
lab("Planning your own study hours.", "The Award asks for about 600 hours of study. Vidyarthis plan their study hours "
    "around school, home and the festival weeks, Navaratri and Diwali especially, in the Sankalpa.")
lab("The Vidya site.", "The recordings, slides and readings of each Sabha day are put on the University's Blackboard "
    "site, which we call the Vidya site. The Vidya site is for reading and listening: it has no discussion board, and "
    "Acharyas do not answer questions on it. Between Sabha days, Vidyarthis turn to their Kul-mitra.")

# ------------------------------------------------------------- Sanskar 7
sanskar(7, "Annaprashana", "the first solid food", "the first two Sabha days: law, guidance and policy",
        "Sabha days 1 and 2")
lab("What the Acharyas do.", "The first food of the Award is the law. Sabha day 1 works through the SEN Code of "
    "Practice (2001) and the Special Educational Needs and Disability Act 2001: the graduated response, school action "
    "and school action plus, statutory assessment, statements and annual reviews, and what each asks of the SENCO, "
    "the head and the governors. Vidyarthis mark where their own school's SEN policy and the Code part company. Sabha "
    "day 2 turns to the Disability Discrimination Act as amended in 2005 (the disability equality duty, reasonable "
    "adjustments, accessibility plans), to Every Child Matters and what a SENCO does towards each outcome, and to "
    "Removing Barriers to Achievement, the Lamb Inquiry and the Bercow Review.")
lab("Written in the Patrika.", "The Code of Practice is witnessed in Sakshi II. The disability duties and Every Child "
    "Matters receive Ashirvad: the Acharya reads the Vidyarthi's notes on their school's accessibility plan and on "
    "the five outcomes, and writes a response.")

# ------------------------------------------------------------- Sanskar 8
sanskar(8, "Chudakarana", "the first cutting of the hair, letting go of what was carried from before",
        "what the Vidyarthi already has: credit for earlier study and experience", "with the application")
lab("Certificated study.", "A Vidyarthi who has passed Masters-level modules in SEN at any university in the last five "
    "years may claim up to 20 of the 60 credits for them; the Pradhan Acharya maps the modules against the "
    "Guna-patra and the University's credit committee decides.")
lab("Experience.", "A Vidyarthi whose experience already meets part of the Guna-patra may make a claim for "
    "experiential learning against one Sakshi piece: a portfolio of evidence with a 1,500-word commentary, assessed by "
    "two Acharyas against that piece's criteria. A successful claim excuses the Vidyarthi from that piece.")
lab("No one goes straight to Samavartana.", "The families' guide has no Sanskar that can be received without the ones "
    "before it, and the Award has none either: there is no route by which a Vidyarthi is assessed without taking the "
    "Sabha days. Experienced SENCOs may ask the University about the assessment-only route it runs for its own "
    "PGCert; that route belongs to the University and is not part of this Award.")

# ------------------------------------------------------------- Sanskar 9
sanskar(9, "Karnavedha", "the piercing of the ears, so that the child may hear what is good",
        "listening: to parents, to carers and to children", "Sabha day 5")
lab("What the Acharyas do.", "Karnavedha is led by Mrs Mistry with two Sahara parents and an adviser from the "
    "Parent Partnership Service. The parents tell of meetings where they were heard and ones where they were not. "
    "Vidyarthis then practise a review meeting in threes, SENCO, parent and observer, with scenarios written by "
    "Sahara: a father who does not accept that his daughter has a difficulty, a mother who has brought her older son "
    "to interpret. Each Vidyarthi leaves with a plan for one meeting with a family in their own school.")
lab("Children's voices.", "The day ends with a short conversation about how children's own views are heard in their "
    "reviews, opened by two young people from the Mandir's youth group. It is a conversation rather than a lesson, and "
    "it receives Ashirvad only.")
lab("Written in the Patrika.", "The record of the meeting with a family, and of what changed because of it, forms part "
    "of Sakshi IV and is witnessed there.")

# ------------------------------------------------------------- Sanskar 10
sanskar(10, "Vidyarambha", "the beginning of learning: the first letters written in rice",
        "the Award's core: children's needs and how to meet them", "Sabha days 3, 4 and 6")
lab("What the Acharyas do.", "Sabha day 3, in the council's assistive technology room, is about the most common kinds "
    "of need: behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, "
    "speech, language and communication needs, autism and moderate learning difficulties, and how each affects a "
    "child's learning. In the afternoon Vidyarthis try Clicker, symbols and talking word processors and judge, "
    "critically, when each helps a child and when it becomes a crutch.")
b.p("Sabha day 4 is about identifying and planning: using observation, data and assessment to decide which pupils may "
    "have special educational needs; reading and using assessments from educational psychologists, therapists and "
    "specialist teachers; using summative assessment, including the national tests, to see whether a pupil is making "
    "progress and to change the programme when not; and setting targets and planning interventions.", style=BODY)
b.p("Sabha day 6 is on assessment for learning: how a SENCO encourages colleagues to use formative assessment and to "
    "adapt it for pupils with SEN. The Vidyarthi plans a short session for colleagues; the Kul-mitra gives Ashirvad on "
    "it. Access arrangements for national tests and examinations are made in each school by the examinations officer; "
    "the Award does not deal with them.", style=BODY)
lab("Written in the Patrika.", "Sakshi I, the Bal Katha, is a 4,000-word study of one pupil over a term: how the "
    "pupil's needs were identified; what the pupil's development and circumstances tell us about the difficulty; how "
    "other professionals' assessments were used; the targets, the intervention and the review of progress using the "
    "school's summative data; and the outside services involved and how the Vidyarthi worked with them.")

# ------------------------------------------------------------- Sanskar 11
sanskar(11, "Upanayana", "the sacred thread: the child is taken to a teacher",
        "the Kul-mitra and the Vidyarthi's own school", "from Nishkramana")
lab("Who is present.", "Every Vidyarthi has a Kul-mitra, usually the head or a deputy. The Kul-mitra meets the "
    "Vidyarthi at least twice a term, gives Ashirvad on the school-based tasks and signs the Patrika each term.")
km = b.p(style=BODY)
b.run(km, "How the Kul-mitra learns the role. ", b=True)
b.run(km, "Each Kul-mitra receives a letter from the Pradhan Acharya explaining the role, with the Kul-mitra page of "
          "this guide. ")
b.dele(km, "Each Kul-mitra attends a half-day Kul-mitra Sabha before the first Sakshi piece, and the Acharyas meet "
           "the Kul-mitras together once a term.", author="Dev Chauhan")
b.run(km, " The Acharyas are all experienced and know the Award well.")
lab("The Award in school.", "Every Sabha day ends with a task for the Vidyarthi's own school: observing a child they "
    "are concerned about, interviewing teaching assistants about their timetable, presenting to a staff meeting. All "
    "the Sakshi pieces are written about the Vidyarthi's own school and its children. Vidyarthis also meet in triads "
    "with SENCOs from two other schools, to challenge one another's school tasks and advise on difficult cases.")
lab("Further afield.", "Sabha day 9 brings specialists to the Mandir (see Vivaha). A visit to a special school is not "
    "part of the Award; Brook Meadow School welcomes visitors, and some Vidyarthis arrange one for themselves.")

# ------------------------------------------------------------- Sanskar 12
sanskar(12, "Vedarambha", "the beginning of the study of the Vedas",
        "reading research and inspection evidence, and using it", "Sabha days 7 and 8")
v = lab("What the Acharyas do.", "Sabha day 7 introduces the research on what helps children with SEN: Lewis and "
        "Norwich on whether there is a special pedagogy, the first reports of the Deployment and Impact of Support "
        "Staff project, Ofsted's Inclusion: does it matter where pupils are taught? (2006), and Greg Brooks's What "
        "works for children with literacy difficulties?. Vidyarthis learn to ask of any study what it shows, for whom, "
        "and how it was found. Sabha day 8 puts one approach each Vidyarthi uses against the evidence.")
b.footnote(v, "Vedarambha: in the families' guide, the beginning of study with a guru. Readings are listed on the "
              "Vidya site and held in the Pustakalaya.")
lab("Reading circles.", "Between Sabha days Vidyarthis meet in reading circles of five to discuss one article a month. "
    "Each keeps a CPD log in the Patrika of what they read, attended and changed; the Acharya gives Ashirvad on it "
    "each term.")
lab("Written in the Patrika.", "Sakshi II, the Shastra review, is a 3,000-word critical review of the school's SEN "
    "policy against the Code of Practice and the research, ending with the changes the Vidyarthi recommends, which are "
    "presented to the governors' committee with responsibility for SEN.")

# ------------------------------------------------------------- Sanskar 13
sanskar(13, "Keshanta", "the first shave, when the young man takes on an adult's responsibilities",
        "leading: the Vidyarthi takes the lead in their school", "Sabha days 10 and 11, and two twilights")
lab("What the Acharyas do.", "Sabha day 10 is on provision mapping: mapping what a school provides for pupils with SEN, "
    "what it costs and what it achieves, and finding provision that is not working or not there at all. Sabha day 11 "
    "is on leading people: deploying and managing teaching assistants; gaining the commitment of the head, senior "
    "leaders and governors; and developing colleagues by observing lessons and giving feedback, modelling, coaching "
    "and leading training. Vidyarthis practise a feedback conversation after a filmed lesson. The two twilights are "
    "workshops on deciding about provision when the evidence is mixed and the budget fixed, and on working with "
    "senior leaders and governors on the school's inclusion policy, priorities and resources.")
lab("Reviewing with colleagues.", "In the summer term the Vidyarthi leads a review with teaching assistants and class "
    "teachers of which interventions worked; the Kul-mitra sits in and gives Ashirvad.")
lab("Written in the Patrika.", "Sakshi III, the provision map, maps the provision for one year group or key stage, "
    "with costs and outcomes, a 2,000-word commentary on what is ineffective or missing and on the decisions taken, "
    "and a plan for deploying the support staff. It uses the school's summative data to show which pupils moved.")
b.p("Sakshi IV, the Parivartan project, is a 5,000-word account of one change the Vidyarthi led over two terms. It "
    "must record the commitment sought from the head and colleagues, the training or coaching the Vidyarthi gave "
    "colleagues, the meeting with a family, and the pupils' progress measured before the change and again at least a "
    "term later.", style=BODY)

# ------------------------------------------------------------- Sanskar 14
sanskar(14, "Vivaha", "marriage: two families joined, each bringing what the other lacks",
        "partnership with services and agencies", "Sabha day 9")
lab("What the Acharyas do.", "Sabha day 9 brings to the Mandir an educational psychologist, a speech and language "
    "therapist, a CAMHS nurse, the Connexions adviser and two voluntary organisations, Kelsford Autism Support and "
    "Sahara. Each explains what their service does and how to refer to it. Vidyarthis then work through cases in which "
    "several services are involved, using the Common Assessment Framework, and agree who should lead. Each leaves with "
    "the Vivaha directory of local services and voluntary groups.")
lab("Written in the Patrika.", "The services the Vidyarthi works with for the pupil in Sakshi I are witnessed there.")

# ------------------------------------------------------------- Sanskar 15
sanskar(15, "Samavartana", "the return home when study is complete", "completing the Award", "Sabha day 12")
lab("What the Vidyarthi brings.", "The complete Patrika is submitted three weeks before Sabha day 12. On the day each "
    "Vidyarthi presents the Parivartan project to two Acharyas and a head from the Panchayat and answers their "
    "questions. This Samavartana conversation is Sakshi V, witnessed for the clarity of the Vidyarthi's speaking and "
    "of their listening to the questions.")
lab("How the Award is conferred.", "The Award is conferred by the University's examination board when all four Sakshi "
    "pieces and the Samavartana conversation have been passed. Every quality in the Guna-patra is witnessed before "
    "Samavartana.")
mk = lab("Marking.", "Every Sakshi piece is marked by two Acharyas, who agree the mark; the University's moderator "
         "samples one in four of every piece, with all fails and distinctions.")
b.footnote(mk, "The University appoints an external examiner for the Award, who sees a sample of Patrikas each year, "
               "reports on the standard of marking and attends the examination board.")
lab("After Samavartana.", "Some Vidyarthis will wish to continue to the University's MA in Special and Inclusive "
    "Education; the University's leaflet is in the pocket of the Patrika.")

# ------------------------------------------------------------- Sanskar 16
sanskar(16, "Antyeshti", "the last rites: what has ended is given back, with thanks",
        "what each year of the Award lets go of: our review", "each September")
lab("What the Trust does.", "Vidyarthis fill in a feedback slip at each Sabha day, and the Acharyas meet to read them. "
    "At Samavartana every Vidyarthi repeats the Darpan, so that the Acharyas can compare their ratings of their own "
    "competence and confidence at the start and the end, and the Kul-mitras complete a short questionnaire on what has "
    "changed in the school. The pupils' progress recorded in every Sakshi IV is collected, without names, into a "
    "cohort table.")
lab("The Panchayat.", "The Award's steering group, the Panchayat, meets each term: two Kelsford heads, the council's "
    "Principal Educational Psychologist, two parents from Sahara, a former Vidyarthi once the first cohort has "
    "finished, Mr Ashworth and the Pradhan Acharya. Each September it receives the feedback, the Darpan comparison, "
    "the Kul-mitras' questionnaires, the cohort table and the external examiner's report, and agrees what is to "
    "change. Its decisions go into the Award's action plan, which the University reviews in its annual monitoring.")
lab("The Trust's own review.", "Like every school, the Trust writes a self-evaluation each year, which goes to the "
    "Trustees and to the Mandir's Managing Committee.")

# ------------------------------------------------------------- Guna-patra
b.page_break()
b.p("THE GUNA-PATRA: the qualities every Vidyarthi works towards", style="Part Title")
b.p("Offered at: the Sanskar (by number) where the quality is taught. Witnessed in: the Sakshi pieces that mark it.",
    style=BODY)
G = [
    ["Quality", "Offered at", "Witnessed in"],
    ["GUNAS: qualities of the person", None, None],
    ["Relationships with children and families built on fairness, respect and trust", "9", "I, IV"],
    ["Winning the commitment of colleagues, the head and senior leaders", "13", "IV"],
    ["Planning your own study hours around school, home and festival weeks", "6", "\u2014"],
    ["Foreseeing difficulties and deciding soundly about provision", "13", "III"],
    ["Speaking and writing clearly; listening to and understanding others", "9, 15", "V, and every written piece"],
    ["Using research and outside advice to improve your own and colleagues' teaching", "12", "II"],
    ["Keeping up to date and owning your professional development in SEN", "12", "Ashirvad only"],
    ["JNANA: what a SENCO knows", None, None],
    ["The law and guidance on SEN, the Code of Practice above all, and what they ask of the school", "7", "II"],
    ["Every Child Matters: its five outcomes and the SENCO's part in them", "7", "Ashirvad only"],
    ["The disability equality duties and what they require a school to do", "7", "Ashirvad only"],
    ["How children develop, and how need, disability and surroundings affect development",
     "\u2014 (assumed from the Vidyarthi's own teacher training)", "I"],
    ["The commonest kinds of need (BESD, SpLD and dyslexia, SLCN, autism, MLD) and how they affect learning", "10", "I"],
    ["Approaches, strategies and resources, including ICT, weighed critically", "10, 12", "I, II"],
    ["What research and best practice show about meeting children's needs", "12", "II"],
    ["What outside services and agencies do, and how to obtain their help", "14", "I"],
    ["KARMA: what a SENCO does", None, None],
    ["Working with senior colleagues and governors on the school's inclusive ethos, policy, priorities and resources",
     "12, 13", "II"],
    ["Identifying children who may have SEN, setting targets, planning interventions and reviewing progress", "10", "I"],
    ["   using other professionals' assessments to shape teaching", "10, 14", "I"],
    ["   using summative assessment and the national tests to track progress and change programmes", "10", "I, III"],
    ["   encouraging colleagues' formative assessment, with approaches for children with SEN", "10", "Ashirvad only"],
    ["Provision mapping; finding provision that is ineffective or missing", "13", "III"],
    ["Deploying and managing support staff", "13", "III"],
    ["Developing colleagues: observation and feedback, modelling, coaching, training", "13", "IV"],
    ["Reviewing with colleagues how well provision works", "13", "Ashirvad only"],
    ["Involving children in planning and reviewing their own provision", "9", "Ashirvad only"],
    ["Working with parents and carers", "9", "IV"],
    ["Working with services and voluntary organisations", "14", "I"],
]
gt = b.table(G, widths_cm=[10.5, 3.0, 3.0], header_fill=SAFFRON, font_size=9)
for i, row in enumerate(G):
    if row[1] is None:
        b.merge(gt, i, 0, i, 2, [(row[0], {"b": True})], fill=PALE, size=9)

# ------------------------------------------------------------- calendar
b.p("Sabha days 2009-10 (September cohort)", style="Part Title")
C = [
    ["Sabha day", "Date", "Sanskar"],
    ["AUTUMN TERM 2009", None, None],
    ["1 and 2", "26 September, 10 October", "7 Annaprashana"],
    ["3 and 4", "7 and 28 November", "10 Vidyarambha"],
    ["5", "12 December", "9 Karnavedha"],
    ["SPRING TERM 2010", None, None],
    ["6", "16 January", "10 Vidyarambha"],
    ["7 and 8", "6 February, 6 March", "12 Vedarambha"],
    ["twilights", "Tuesdays 9 and 23 March", "13 Keshanta"],
    ["SUMMER TERM 2010", None, None],
    ["9", "24 April", "14 Vivaha"],
    ["10 and 11", "15 May, 12 June", "13 Keshanta"],
    ["12", "[date to be confirmed]", "15 Samavartana"],
]
ct = b.table(C, widths_cm=[3.0, 7.5, 6.0], header_fill=SAFFRON, font_size=9)
for i, row in enumerate(C):
    if row[1] is None:
        b.merge(ct, i, 0, i, 2, [(row[0], {"b": True})], fill=PALE, size=9)

b.p("", style=BODY)
b.p([("Submitted for the Trustees of the Shri Sanatan Mandir Education Trust", {"b": True})], style=BODY)
b.p("Signed: ______________________   [Chair of Trustees: name to be added]      Date: ____________", style=BODY)
b.p("Dr Sunita Raval, Pradhan Acharya", style=BODY)

b.save(HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
