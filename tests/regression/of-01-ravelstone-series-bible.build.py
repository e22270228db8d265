"""of-01-ravelstone-series-bible: builds of-01-ravelstone-series-bible.docx next to itself.

PROVIDER (invented). The Ravelstone Picturehouse Trust, a cinema and film-education charity (a two-screen
independent cinema with a learning department, registered charity), with the University of Aldbury's School of
Education (validates, moderates and confers the award) and the nine "Ravelstone Screen Schools" (six primary, two
secondary, one special), which host Location Mentors. Application of October 2008 for the 2008-09 National Award
for SEN Coordination.

DOCUMENT KIND AND LAYOUT. The course written as a television drama SERIES BIBLE, "THE COORDINATORS, Series One",
the form the Trust's learning team plans its courses in. Title page with the logline in a VML text box; a page
header ("Series Bible v3.2 ... All 28 national outcomes are covered in this series") and a footer with a PAGE field
and a CRB claim (neither is evidence); a table of the Trust's own words (Series, Coordinator, Screening, Location
Shoot, Rushes, Cut, Story Editor, Location Mentor, Producer, Second Reader, Pitch, Arc Sheet, Cutting Room,
Sequel); ten numbered sections with heading styles (The Pitch, Format, The World, Characters, Casting, Episode
Guide, The Cuts, Story Arcs, Behind the Camera, After the Credits); a Characters table (who plays each role); an
Episode Guide table with merged, shaded Block rows; a Story Arcs table of the 29 outcome lines in the Trust's own
words ("Arc 1" to "Arc 29") with "Planted in" (where developed) and "Paid off in" (where assessed) columns, keyed
in a paragraph above the table ("Rushes" = Story Editor's notes, no mark; "Off-screen" = no episode plants it;
a dash = not paid off in Series One); three footnotes; a tracked deletion (the CRB check), a tracked insertion
(second marking and moderation), one Word comment (on the headteachers' review, 4.2).

TRAPS (requirement ids):
- Header claim "All 28 national outcomes are covered" and footer claim "Every Coordinator holds a CRB enhanced
  disclosure": page header/footer, never evidence (6.*, 5.3).
- 5.3: the sentence saying the Trust's administrator sees and records each disclosure is a tracked DELETION; what
  remains says checks are "the business of each Coordinator's employing school" and "the Trust does not ask for
  them" (someone else's responsibility) -> not_met.
- 5.8: second marking, moderation by the Second Reader and the external examiner are in a tracked INSERTION ->
  met (inserted text is part of the submission).
- 2.1: negation, "The Series does not accredit prior learning" -> not_met.
- 2.3: negation, "There is no route to the Award without the Screenings" (experienced applicants are told to join
  the Series) -> not_met.
- 2.2: the Arc Sheet is a pre-course self-rating against the arcs, but "does not change the Series they take" (no
  individual plan, no personalised outcomes) -> partially_met.
- 3.2: one September intake, fixed order; a January intake only on a condition ("if twelve or more teachers apply")
  -> partially_met (recordings of missed Screenings give a little flexibility).
- 3.3: the Cutting Room gives peer support between Screenings and posts recordings, but "Story Editors do not
  post in it or answer questions there" and "all contact with a Story Editor is face to face" -> partially_met.
- 4.2 (looks like a trap, is met): the headteachers' review of the draft is bare ("gave us their comments") and a
  Word comment asks what they changed (comments are not the submission), but Section 3 ties each finding of the
  survey, focus groups and local authority meetings to a design decision ("That is why ...") -> met.
- 4.3: stakeholders take part in delivery (parents speak, Location Mentors host) but evaluation "is carried out by
  the Trust's education team and the University" -> partially_met.
- 1.3: research only in general terms ("Every Screening reflects the latest thinking in the field") -> partially.
- 5.7: Story Editors are briefed at a read-through; Location Mentors only get notes by post, "We do not run a
  separate briefing for them" -> partially_met.
- 5.9: confidence self-ratings only; pupils' achievement only hoped for ("We hope that") and the Cuts' pupil
  evidence is explicitly not used to judge the Series -> partially_met.
- 6.0 and 1.9: compensation, "A Cut marked between 40 and 49 may be carried by the others" and several arcs are
  only in the Rushes or not paid off -> partially_met both.
- Outcomes: 6.A3 and 6.K4 "Rushes" only (developed, assessed only formatively) -> partially_met; 6.A7 and 6.S2c
  planted but not paid off ("-") -> partially_met; 6.S4 "Off-screen" (assessed in Cut 2, developed nowhere) ->
  partially_met; 6.K7 "held over to Series Two" (a plan) -> not_met; 6.S2d right words, wrong thing (the
  Coordinator's own access arrangements for the Premiere, not pupils' tests) -> not_met.
- Met items that look like traps: 3.1 (disclosure invited, adjustments including to assessment agreed with the
  University's Disability Service); 2.4 (tailoring through Location Shoots and notes sessions, with costs); 5.5
  (a Location Shoot day in a different kind of Screen School plus named specialist guests); a footnote carries
  only background.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

import sys

sys.path.insert(0, str(Path(__file__).parent))
from _of_helpers import (Footnotes, comment, del_paragraph, dele, ins, ins_paragraph, page_field, run, set_cell,
                         shade, table_borders, textbox, word_count)

HERE = Path(__file__).parent
NAME = "of-01-ravelstone-series-bible"

doc = Document()
st = doc.styles
st["Normal"].font.name = "Georgia"
st["Normal"].font.size = Pt(10.5)
for h, size in (("Heading 1", 15), ("Heading 2", 12)):
    st[h].font.name = "Arial Narrow"
    st[h].font.size = Pt(size)
st["Title"].font.name = "Arial Narrow"

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
hp = sec.header.paragraphs[0]
run(hp, "THE COORDINATORS  \u00b7  Series Bible v3.2  \u00b7  Ravelstone Picturehouse Trust  \u00b7  "
        "All 28 national outcomes are covered in this series", size=8, italic=True)
fp = sec.footer.paragraphs[0]
run(fp, "Registered charity 1067712  \u00b7  The Picturehouse, 14 Dray Lane, Ravelstone RV1 4DL  \u00b7  "
        "Every Coordinator holds a CRB enhanced disclosure  \u00b7  page ", size=8)
page_field(fp)

fn = Footnotes(doc)


def H1(t):
    return doc.add_heading(t, level=1)


def H2(t):
    return doc.add_heading(t, level=2)


def P(t, **kw):
    p = doc.add_paragraph()
    run(p, t, **kw)
    return p


def B(t):
    p = doc.add_paragraph(style="List Bullet")
    run(p, t)
    return p


# ---------------------------------------------------------------- title page
p = doc.add_paragraph(style="Title")
run(p, "THE COORDINATORS")
P("Series One (2008\u201309): the Series Bible", bold=True, size=14)
P("A Ravelstone Picturehouse Trust production, made with the University of Aldbury and the nine Ravelstone "
  "Screen Schools")
P("Our application to the Training and Development Agency for Schools for approval to run the National Award "
  "for SEN Coordination", italic=True)
p = doc.add_paragraph()
textbox(p, [
    "LOGLINE",
    "A teacher new to leading special educational needs in her school spends a year at the Picturehouse and in "
    "her own corridors learning to see every pupil in the frame, and comes out the other side with a "
    "Postgraduate Certificate and a school that has changed because of her.",
], width_pt=430, height_pt=92, fill="F2EFE6")
P("Bible version 3.2  \u00b7  20 October 2008  \u00b7  Showrunner: Dr Ines Marwood, Head of Learning", size=9)

H2("How to read this bible")
P("The Ravelstone Picturehouse Trust has made films with young people since 1989 and has run courses for "
  "teachers on film and inclusion since 2001. We plan every course the way a production team plans a drama "
  "series, and we have written this application in the same form, because it is the form our Story Editors and "
  "our partner schools actually work from. Everything written in the present tense below is what Series One "
  "does. Where something belongs to a later series, we say so. Our own words for the parts of the course are "
  "in the table below; we use them throughout.")

words = [
    ("Our word", "What it means in this bible"),
    ("The Series", "The course as a whole: one year, part-time, leading to the Award."),
    ("Coordinator", "A teacher taking the course (a participant)."),
    ("Screening", "One of the ten taught Saturdays at the Picturehouse, also called an episode."),
    ("Location Shoot", "A piece of work done in the Coordinator's own school between Screenings."),
    ("Rushes", "A draft sent to the Story Editor, who reads it and gives notes. Rushes carry no mark."),
    ("Cut", "A marked assignment. There are three: Cut 1, Cut 2 and the Final Cut."),
    ("Premiere", "The last Screening, where each Coordinator presents the film that is part of the Final Cut."),
    ("Story Editor", "A tutor. Each Coordinator has one Story Editor for the whole Series."),
    ("Location Mentor", "An experienced SENCO in one of the Screen Schools who supports Coordinators in school."),
    ("Producer", "The headteacher of the Coordinator's school."),
    ("Second Reader", "The University of Aldbury lecturer who moderates marking."),
    ("The Pitch", "The meeting every applicant has with a Story Editor before the Series."),
    ("Arc Sheet", "A self-rating sheet listing the 29 arcs of Section 8."),
    ("Cutting Room", "The Series' online space."),
    ("The Sequel", "The planning session that ends the Series."),
]
t = doc.add_table(rows=len(words), cols=2)
table_borders(t)
for i, (a, b) in enumerate(words):
    set_cell(t.cell(i, 0), a, bold=True, size=9.5, fill="D9D2C3" if i == 0 else "EFEBE2")
    set_cell(t.cell(i, 1), b, bold=(i == 0), size=9.5, fill="D9D2C3" if i == 0 else None)
    t.cell(i, 0).width = Cm(3.8)
    t.cell(i, 1).width = Cm(12.6)

# ---------------------------------------------------------------- 1 pitch
H1("1. The Pitch: why we are making this series")
P("The Coordinators exists for one reason: so that children and young people with special educational needs "
  "and disabilities in Ravelstone's schools achieve more and are safer and happier in school. We mean "
  "achievement in the full sense of Every Child Matters: being healthy, staying safe, enjoying and achieving, "
  "making a positive contribution and achieving economic well-being. Those five outcomes are written into the "
  "Series aims, they organise the content of Block Two, and every Cut is marked partly on what changed for "
  "pupils: the marking grid for each Cut gives a quarter of the marks to \u2018difference for pupils\u2019, "
  "judged against at least one of the five outcomes and the pupils' own progress data.")
P("The Series aims are that each Coordinator:")
for a in (
    "leads provision in their school so that pupils with SEN and disabilities make better progress in learning "
    "and in well-being, and can show it;",
    "knows the law, guidance and evidence the role rests on, and uses them to make sound decisions;",
    "works with pupils, families, colleagues and other services as partners, not as audiences;",
    "leaves the Series with a change made in their own school and a plan for what comes next.",
):
    B(a)
P("The Series is a 60-credit module at Master's level (Level 7), validated by the University of Aldbury's "
  "School of Education in June 2008 as the Postgraduate Certificate in Special Educational Needs Coordination. "
  "Coordinators are registered students of the University from the first Screening; the University confers the "
  "award, and the 60 credits count towards its MA in Education. The Trust plans and teaches the Series; the "
  "University validates it, moderates the marking and runs the Board of Examiners; the Screen Schools host the "
  "Location Mentors and the placement days described in Section 9.")

# ---------------------------------------------------------------- 2 format
H1("2. Format")
P("Series One runs from September 2008 to July 2009, part-time. It has ten Screenings, all on Saturdays from "
  "9.30 to 3.30 in Screen 2 of the Picturehouse, grouped in three Blocks; four Location Shoots carried out in the "
  "Coordinator's own school between Screenings; three one-to-one notes sessions with the Story Editor, one at "
  "the end of each Block; and the Cutting Room, our online space. A Coordinator should expect to give about "
  "six hours a week to the Series outside the Screenings.")
P("There is one intake a year, in September, and the Screenings run in the order shown in the Episode Guide, "
  "because each Block builds on the one before. A second, January intake will run in 2009 if twelve or more "
  "teachers apply for it by the end of November. Every Screening is filmed, and a Coordinator who misses one "
  "watches the recording in the Cutting Room and talks it through at their next notes session.")
p = P("The Cutting Room is a password-protected site on the Picturehouse's own server. The recording of each "
      "Screening, its slides and the clips we showed are posted there within a week. Between Screenings "
      "Coordinators post their Location Shoot footage and talk to one another in its discussion rooms, in the "
      "working groups of four (\u2018units\u2019) that we set up at the first Screening. The Cutting Room belongs "
      "to the Coordinators: Story Editors do not post in it or answer questions there, and all contact with a "
      "Story Editor is face to face, at a Screening or a notes session.")
fn.add(p, "The Cutting Room was built for our young film-makers' clubs in 2006 and adapted for the Series in "
          "2008; it runs in any web browser and works with screen readers.")

# ---------------------------------------------------------------- 3 world
H1("3. The World: what schools told us")
P("Before we wrote Series One we went looking for evidence of what Ravelstone's schools and families need from "
  "a SENCO. In the summer term of 2008 we sent a questionnaire to the headteachers and SENCOs of the 64 schools "
  "in Ravelstone and had 41 replies; we ran two focus groups, one with eleven SENCOs and one with nine parents "
  "from the Ravelstone Parent Partnership; and we met the local authority's Head of Inclusion and her SEN team "
  "twice. They told us three things above all:")
for a in (
    "Time. Headteachers cannot release a SENCO for more than a handful of weekdays. That is why every Screening "
    "is on a Saturday and the Location Shoots are real work the school needs doing anyway.",
    "Data. SENCOs felt least sure of themselves with tracking data and provision mapping, and the local "
    "authority's own audit of 2007 found provision maps in fewer than a third of its schools. That is why Block "
    "Two gives a whole Screening and a Location Shoot to data and the provision map.",
    "Families. Parents told us they wanted to be heard earlier and by someone who would explain. That is why "
    "Episode 6 is about working with families and is taught with parents from the Parent Partnership.",
):
    B(a)
p = P("The nine Screen Schools' headteachers saw the first draft of the Episode Guide in May 2008 and gave us "
      "their comments.")
comment(doc, p.runs, "Ines \u2013 can we say what they changed? I think Block Two order came from them. Check "
                     "notes of the 14 May meeting.", "Tom Achebe", "TA")
P("Stakeholders are part of the Series as it runs: parents from the Parent Partnership co-teach Episode 6, the "
  "Screen Schools' SENCOs are the Location Mentors, the local authority's inclusion officers and an educational "
  "psychologist are guest speakers, and the headteachers of the Screen Schools host the placement days. "
  "Evaluation of the Series is carried out by the Trust's education team and the University, as Section 9 "
  "describes.")

# ---------------------------------------------------------------- 4 characters
H1("4. Characters")
P("Every series needs a cast list. These are the people in The Coordinators, who plays each part in Series One, "
  "and what each does.")
chars = [
    ("Character", "Played by", "What they do in the Series"),
    ("The Coordinator", "Up to 24 teachers with QTS, in post as SENCO or named to become one.",
     "Takes part in the ten Screenings, carries out the four Location Shoots in their own school, sends Rushes, "
     "submits three Cuts and presents at the Premiere."),
    ("The Showrunner", "Dr Ines Marwood, Head of Learning at the Trust.",
     "Leads the Series and teaches in every Block. Eleven years a SENCO in two Ravelstone schools; doctorate "
     "(2004) on pupil voice through film-making; has taught on the University of Aldbury's Advanced Diploma in "
     "SEN since 2003. Chairs the Series Log reviews (Section 9)."),
    ("Story Editors", "Tom Achebe; Ruth Kerrigan; Alison Pryce.",
     "Each takes eight Coordinators through the Series: reads their Rushes, gives notes, holds the notes "
     "sessions and marks their Cuts. Tom Achebe was SEN adviser to Ravelstone local authority for nine years and "
     "holds AMBDA; Ruth Kerrigan is a chartered educational psychologist who still works two days a week in "
     "Ravelstone's schools; Alison Pryce has been SENCO at Hallam Street School, the Screen Schools' special "
     "school, since 2001. Before each Block the three meet the Showrunner for a half-day read-through to agree "
     "the notes they will give and the standard they will mark to."),
    ("Location Mentors", "Nine experienced SENCOs, one in each Screen School.",
     "Each is paired with up to three Coordinators, visits them in school once a term and hosts the placement "
     "day. Location Mentors receive the Mentor Notes by post before the first Screening. We do not run a "
     "separate briefing for them: most have been SENCOs for many years and know what the job needs."),
    ("Producers", "The Coordinators' headteachers.",
     "Sign the Pitch agreement, release the Coordinator for the Location Shoots, agree the school priority the "
     "Location Shoots serve and receive the Final Cut report and Sequel Sheet."),
    ("The Second Reader", "Dr Colm Reddy, Senior Lecturer in Inclusive Education, University of Aldbury.",
     "Moderates marking and presents the marks to the University's Board of Examiners."),
    ("Guest performers", "Specialists who appear in particular episodes.",
     "An educational psychologist and a speech and language therapist from Ravelstone's services (Episode 4); "
     "disabled film-makers from the Trust's Frame Up company (Episode 3); the Ravelstone Parent Partnership "
     "(Episode 6); a CAMHS primary mental health worker, the Ravelstone Autism Family Group and the local "
     "authority's Sensory Support Service (Episode 9)."),
]
t = doc.add_table(rows=len(chars), cols=3)
table_borders(t)
for i, row in enumerate(chars):
    for j, v in enumerate(row):
        set_cell(t.cell(i, j), v, bold=(i == 0 or j == 0), size=9, fill="D9D2C3" if i == 0 else None)
for i in range(len(chars)):
    t.cell(i, 0).width = Cm(3.0)
    t.cell(i, 1).width = Cm(4.4)
    t.cell(i, 2).width = Cm(9.0)

# ---------------------------------------------------------------- 5 casting
H1("5. Casting")
P("We cast carefully, because a Coordinator who joins too early cannot reach the outcomes in a year. To join "
  "Series One a teacher must hold QTS, have completed induction, be in post as SENCO or named by the headteacher "
  "to take on the role by September 2009, and bring a letter from the headteacher releasing them for the "
  "Screenings and the Location Shoots.")
P("Every applicant comes to a Pitch: a forty-minute conversation with a Story Editor at the Picturehouse in June "
  "or July. The Story Editor checks that the applicant has the knowledge, understanding and skills to reach all "
  "the outcomes by July: that they have taught pupils with SEN, can describe their school's SEN provision and "
  "can write at length. Where an applicant is not yet ready, the Story Editor tells them in writing what to do "
  "first (usually a term shadowing their school's current SENCO and our free evening course Seeing "
  "Differently), telephones the headteacher to agree it, and offers a place in the following series.")
P("At the Pitch each applicant also completes the Arc Sheet, rating themselves from 1 to 4 against each of the "
  "29 arcs in Section 8, and the Story Editor keeps a copy. The Arc Sheet is for the Coordinator's own "
  "reflection: it does not change the Series they take, and every Coordinator follows the same ten Screenings "
  "and four Location Shoots.")
P("The Series does not accredit prior learning. Every Coordinator takes the whole 60 credits, whatever they "
  "have studied before, and earlier certificates, including our own Seeing Differently course, do not count "
  "towards the Award. There is no route to the Award without the Screenings: experienced SEN support teachers "
  "who ask us about one are welcome to join the Series as Coordinators.")
p = doc.add_paragraph()
dele(p, "The Trust's administrator sees each Coordinator's CRB enhanced disclosure at the Pitch and records its "
        "number and date on the Coordinator's file. ", "Ines Marwood", "2008-10-17T16:20:00Z")
run(p, "Criminal records checks are the business of each Coordinator's employing school, which carried them out "
       "before appointment; the Trust does not ask for them.")
P("Access is where a cinema charity should be strongest, and we work at it. The Picturehouse is step-free "
  "throughout, every screen has an induction loop, and every clip shown at a Screening is captioned and, where "
  "it has one, audio described. The application form and the letter inviting each applicant to the Pitch ask, "
  "in plain words, whether they have a disability or need anything to take part, and say why we ask. The "
  "Showrunner meets anyone who tells us, before their Pitch, to agree reasonable adjustments. In our earlier "
  "courses these have included a BSL interpreter at every session, papers in large print or on disc, extra time "
  "and recorded rather than written submissions. Adjustments to a Cut are agreed with the University's "
  "Disability Service, so that the standard marked is the same. The Pitch uses only the published criteria "
  "above, and the Story Editor records the reason for every decision. Episode 3 is led by disabled film-makers, "
  "so that the first thing Coordinators study about disability is told by disabled people.")

# ---------------------------------------------------------------- 6 episode guide
H1("6. Episode Guide")
P("The ten Screenings, in order, with the Location Shoot that follows each Block. Times are 9.30 to 3.30; every "
  "Screening has a film at its centre, chosen from the Trust's archive or made by pupils in Ravelstone's "
  "schools.")
eps = [
    ("BLOCK ONE: ESTABLISHING SHOTS (September to November 2008)", None, None),
    ("Ep 1", "Pilot: Who's in the frame?",
     "The SENCO's role and the graduated response of the SEN Code of Practice (2001); the five Every Child "
     "Matters outcomes and where the SENCO fits in them; keeping up to date and planning your own CPD. "
     "Coordinators form their units and are shown the Cutting Room."),
    ("Ep 2", "The Law of the Lens",
     "SEN and disability law and policy: the Education Act 1996, the Special Educational Needs and Disability "
     "Act 2001, the Disability Discrimination Act 2005 and the disability equality duty, accessibility plans, "
     "Removing Barriers to Achievement, and what each asks of the school and the SENCO. Case work with the local "
     "authority's inclusion officers."),
    ("Ep 3", "Seeing Differently",
     "Disability equality, led by the Frame Up company of disabled film-makers; how children develop, and how "
     "development is shaped by SEN, disability and the physical and social environment for learning."),
    ("", "Location Shoot 1: the Recce",
     "The Coordinator maps their school's SEN provision as it is and interviews the headteacher about the "
     "school's priorities."),
    ("BLOCK TWO: CLOSE-UPS (December 2008 to March 2009)", None, None),
    ("Ep 4", "Types",
     "The common types of SEN and disability: behavioural, emotional and social difficulties, specific learning "
     "difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders "
     "and moderate learning difficulties, and how each affects learning. Identifying pupils, setting targets, "
     "planning interventions, reviewing progress, and reading the assessments of other professionals, with an "
     "educational psychologist and a speech and language therapist."),
    ("Ep 5", "The Voice Reel",
     "Consulting pupils: how to ask, how to listen and how to involve pupils in planning and reviewing their own "
     "provision. Coordinators learn to make a short film with pupils about their provision."),
    ("Ep 6", "Families",
     "Working with parents and carers, taught with the Parent Partnership: first conversations, annual reviews, "
     "hard news and disagreements, and advising parents on what the school and other services can offer."),
    ("Ep 7", "Data and the Map",
     "Tracking progress with P scales, teacher assessment and national test results; provision mapping and "
     "costing; finding provision that is not working or is missing; a critical look at approaches, strategies "
     "and resources, including ICT and the University's assistive technology loan collection."),
    ("", "Location Shoots 2 and 3: the Close-Up and the Voice Reel",
     "A case study of one pupil (Location Shoot 2) and a short film made with pupils about their provision "
     "(Location Shoot 3)."),
    ("BLOCK THREE: THE WIDE SHOT (April to July 2009)", None, None),
    ("Ep 8", "Leading the Crew",
     "Working with the headteacher, senior leaders and governors on the SEN policy and the school's priorities; "
     "supporting colleagues' development by observing and giving feedback, modelling, coaching and running "
     "training; working with SENCOs in other schools: each Coordinator plans a session for their cluster's "
     "SENCO group."),
    ("Ep 9", "Other Agencies",
     "Health, social care, the Sensory Support Service and voluntary organisations; the Common Assessment "
     "Framework and Team Around the Child; reading and discussing research on what works for pupils with SEN, "
     "with studies chosen by the Story Editors."),
    ("", "Location Shoot 4: the Wide Shot",
     "The Coordinator reviews the school's provision map with colleagues and proposes changes."),
    ("Ep 10", "The Premiere",
     "Each Coordinator presents the film made for the Final Cut; the Sequel (Section 10)."),
]
t = doc.add_table(rows=len(eps) + 1, cols=3)
table_borders(t)
for j, h in enumerate(("Ep", "Title", "What happens")):
    set_cell(t.cell(0, j), h, bold=True, size=9, fill="3B3A36", color="FFFFFF")
for i, (a, b, c) in enumerate(eps, start=1):
    if b is None:
        m = t.cell(i, 0).merge(t.cell(i, 2))
        set_cell(m, a, bold=True, size=9, fill="D9D2C3")
    else:
        set_cell(t.cell(i, 0), a, bold=True, size=9)
        set_cell(t.cell(i, 1), b, italic=(a == ""), size=9)
        set_cell(t.cell(i, 2), c, size=9)
for row in t.rows:
    row.cells[0].width = Cm(1.4)
    row.cells[1].width = Cm(4.0)
    row.cells[2].width = Cm(11.0)
p = P("Every Screening reflects the latest thinking in the field, and our Story Editors keep up with research "
      "and bring it into their sessions as it appears.")
fn.add(p, "The Trust's archive holds some 300 films about disability and childhood; the list is in the "
          "Cutting Room.")

# ---------------------------------------------------------------- 7 cuts
H1("7. The Cuts")
P("Three pieces of work are marked. Before each, the Coordinator sends the Story Editor Rushes, a draft or a "
  "plan, and gets written notes back within ten days. Rushes carry no mark.")
cuts = [
    ("Cut", "What the Coordinator hands in", "Weight", "Due"),
    ("Cut 1: the Close-Up", "A case study of one pupil from Location Shoot 2: 4,000 words and a clip of up to "
     "three minutes.", "30%", "February 2009"),
    ("Cut 2: the Map", "The school's provision map, with a 3,000-word commentary evaluating the provision and "
     "proposing changes.", "30%", "April 2009"),
    ("Final Cut", "A portfolio of the year (the Voice Reel film of up to ten minutes and a 4,000-word "
     "commentary on a change the Coordinator led) and the presentation at the Premiere.", "40%", "July 2009"),
]
t = doc.add_table(rows=len(cuts), cols=4)
table_borders(t)
for i, row in enumerate(cuts):
    for j, v in enumerate(row):
        set_cell(t.cell(i, j), v, bold=(i == 0), size=9, fill="D9D2C3" if i == 0 else None)
P("Each Cut is marked by the Coordinator's own Story Editor against the Series marking grid, which has four "
  "strands: knowledge of the field, quality of practice, difference for pupils, and reflection.")
ins_paragraph(doc, "Every Cut is also second-marked blind by a second Story Editor; where the two marks differ "
                   "by more than eight, the Second Reader decides. The Second Reader moderates a sample of a third "
                   "of all Cuts, including every fail and every distinction, and the University's external "
                   "examiner, Professor Hilary Dunn of the University of Kelsford, sees the sample and all fails "
                   "before the Board of Examiners in July. The Story Editors meet after each Cut for a half-day "
                   "standardising session on three anonymised pieces.", "Colm Reddy", "2008-10-15T09:12:00Z")
P("A Coordinator who passes the Series with an overall mark of 50 or more across the three Cuts is awarded the "
  "Postgraduate Certificate. A Cut marked between 40 and 49 may be carried by the others, provided the overall "
  "mark reaches 50. A Cut marked below 40 may be resubmitted once.")

# ---------------------------------------------------------------- 8 arcs
H1("8. Story Arcs")
P("A series bible tracks its story arcs: where each is planted and where it pays off. Ours are the national "
  "minimum outcomes for the Award, in our own words. How to read the table: Planted in gives the episode or "
  "episodes where the arc is developed; Off-screen means that no episode plants it and the Coordinator brings "
  "it from their own school. Paid off in names the Cut where the arc is marked. Rushes means the arc appears in "
  "the Coordinator's Rushes and gets the Story Editor's notes, and carries no mark. A dash means the arc is "
  "planted in Series One and not paid off in it.")
arcs = [
    ("WHO THE COORDINATOR IS", None, None, None),
    ("Arc 1", "Builds fair, respectful and constructive relationships with pupils with SEN and disabilities and "
     "with their parents and carers.", "Ep 5, Ep 6", "Cut 1; Final Cut"),
    ("Arc 2", "Wins the commitment of colleagues, the headteacher and senior leaders to better outcomes for "
     "these pupils.", "Ep 8", "Final Cut"),
    ("Arc 3", "Sets priorities, manages their own time, and delegates tasks and sees them done.", "Ep 8",
     "Rushes"),
    ("Arc 4", "Sees problems coming, solves them, and makes sound, well-founded decisions about provision.",
     "Ep 4, Ep 7", "Cut 1; Cut 2"),
    ("Arc 5", "Speaks and writes clearly, and listens to and understands what others think.", "Ep 1, Ep 10",
     "Final Cut (Premiere)"),
    ("Arc 6", "Uses research and outside advice to improve their own and colleagues' teaching.", "Ep 9",
     "Final Cut"),
    ("Arc 7", "Keeps up to date and takes charge of their own professional development in SEN and "
     "disability.", "Ep 1", "\u2013"),
    ("WHAT THE COORDINATOR KNOWS", None, None, None),
    ("Arc 8", "The law and guidance on SEN, including the Code of Practice, what they mean for the school and "
     "the SENCO, and how to put them into practice.", "Ep 1, Ep 2", "Cut 1"),
    ("Arc 9", "The principles and five outcomes of Every Child Matters and how the SENCO helps pupils reach "
     "them.", "Ep 1", "Cut 2"),
    ("Arc 10", "Disability equality law and the actions it requires of the school.", "Ep 2, Ep 3", "Cut 2"),
    ("Arc 11", "How children develop, and how SEN, disability and the environment for learning shape that "
     "development.", "Ep 3", "Rushes"),
    ("Arc 12", "The common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and "
     "how they affect learning.", "Ep 4", "Cut 1"),
    ("Arc 13", "Approaches, strategies and resources for assessment, planning, teaching and learning, "
     "including ICT, understood critically and used to remove barriers.", "Ep 4, Ep 7", "Cut 1"),
    ("Arc 14", "The principles of school self-evaluation and improvement as they bear on pupils with SEN. "
     "Arc 14 is held over to Series Two.", "Series Two", "\u2013"),
    ("Arc 15", "Best practice and what research says works for pupils with SEN.", "Ep 9", "Final Cut"),
    ("Arc 16", "What outside agencies do and how to get specialist support and resources.", "Ep 9",
     "Final Cut"),
    ("WHAT THE COORDINATOR DOES", None, None, None),
    ("Arc 17", "With senior colleagues and governors, shapes the school's inclusive ethos, policies, priorities "
     "and use of resources.", "Ep 8", "Final Cut"),
    ("Arc 18", "Identifies pupils who may have SEN or disabilities, sets challenging targets, plans "
     "interventions and reviews progress.", "Ep 4", "Cut 1"),
    ("Arc 19", "Uses assessments by other professionals to shape teaching.", "Ep 4", "Cut 1"),
    ("Arc 20", "Uses summative assessment, national tests included, to track progress and change "
     "programmes.", "Ep 7", "Cut 2"),
    ("Arc 21", "Encourages colleagues to use formative assessment, with approaches for pupils with SEN.",
     "Ep 8", "\u2013"),
    ("Arc 22", "Tells the Story Editor in good time about any arrangements they need for their own Cuts and "
     "the Premiere (extra time, a reader, an interpreter).", "Ep 1", "\u2013"),
    ("Arc 23", "Uses provision mapping to plan provision and find what is ineffective or missing.", "Ep 7",
     "Cut 2"),
    ("Arc 24", "Deploys and manages teaching assistants and other staff well.", "Off-screen", "Cut 2"),
    ("Arc 25", "Supports colleagues' development by observing and giving feedback, modelling, coaching and "
     "mentoring, and training.", "Ep 8", "Final Cut"),
    ("Arc 26", "Reviews with colleagues how well provision works, to feed the school's self-evaluation.",
     "Ep 7", "Cut 2"),
    ("Arc 27", "Makes sure pupils take part in planning, agreeing, reviewing and evaluating their provision.",
     "Ep 5", "Final Cut"),
    ("Arc 28", "Works with parents and carers to help their children learn and develop.", "Ep 6", "Cut 1"),
    ("Arc 29", "Works with other services and agencies, voluntary organisations among them, as one team.",
     "Ep 9", "Final Cut"),
]
t = doc.add_table(rows=len(arcs) + 1, cols=4)
table_borders(t)
for j, h in enumerate(("Arc", "In this series the Coordinator ...", "Planted in", "Paid off in")):
    set_cell(t.cell(0, j), h, bold=True, size=9, fill="3B3A36", color="FFFFFF")
for i, (a, b, c, d) in enumerate(arcs, start=1):
    if b is None:
        m = t.cell(i, 0).merge(t.cell(i, 3))
        set_cell(m, a, bold=True, size=9, fill="D9D2C3")
    else:
        set_cell(t.cell(i, 0), a, bold=True, size=9)
        set_cell(t.cell(i, 1), b, size=9)
        set_cell(t.cell(i, 2), c, size=9)
        set_cell(t.cell(i, 3), d, size=9)
for row in t.rows:
    row.cells[0].width = Cm(1.5)
    row.cells[1].width = Cm(9.6)
    row.cells[2].width = Cm(2.6)
    row.cells[3].width = Cm(2.7)
p = P("Arcs that are planted and not yet paid off will be paid off in the Sequel and in the Coordinator's work "
      "with their headteacher after the Series.")
fn.add(p, "Arc numbers are ours and follow the order of the national outcomes; they are not the numbering of "
          "the specification.")

# ---------------------------------------------------------------- 9 behind camera
H1("9. Behind the Camera: quality, staff and kit")
H2("How we know the Series is working")
P("We check the Series from inside and from outside, and everything we learn goes into one place, the Series "
  "Log. From inside: every Coordinator fills in a feedback card at the end of every Screening; each unit sends a "
  "representative to a Crew Meeting with the Showrunner at the end of each Block; the Story Editors review each "
  "Block, the Rushes and the marks at their read-through; and the Showrunner reviews recruitment, the Pitch "
  "decisions and the Arc Sheets each September. From outside: the University's annual module review, with the "
  "external examiner's report; two Screenings a year observed by a critical friend from the University of "
  "Kelsford's Centre for Inclusion, who writes a short report; and the local authority's Head of Inclusion, who "
  "sends us her view of the Series each summer.")
P("The Showrunner and the Second Reader go through the Series Log after each Block and again in July. Changes "
  "that can be made within the year are made in the next Block and reported to the Coordinators at the next "
  "Screening; larger changes are written into the next version of this bible, each with its reason, and go to "
  "the University's Programme Committee for approval.")
P("We measure what the Series does for Coordinators: each rates their confidence against the 29 arcs on the Arc "
  "Sheet at the Pitch and again at the Premiere, and the Story Editors compare the two. What it does for pupils "
  "is harder to measure in a year. The Cuts' \u2018difference for pupils\u2019 sections are marked as part of "
  "each Coordinator's work; we do not gather them together or use them to judge the Series. We hope that the "
  "Coordinators' schools will see better progress for pupils with SEN, and we would like in future to follow "
  "Series One pupils' results with the local authority.")
H2("Crew and expertise")
P("The Showrunner and the three Story Editors are described in Section 4: all four have worked as SENCOs, "
  "advisers or psychologists in Ravelstone within the last five years, and each spends at least five days a "
  "year on their own development in SEN. Beyond them the Series draws on the specialists who appear as guest "
  "performers, and on placements: every Coordinator spends one Location Shoot day in a Screen School unlike "
  "their own, hosted by its Location Mentor. Coordinators from mainstream schools spend it at Hallam Street "
  "School, the Screen Schools' special school for pupils with severe and complex needs; Coordinators from "
  "special schools spend it in a mainstream Screen School.")
H2("Kit")
P("The Series is taught in Screen 2, which seats 80 and has a hearing loop, and in our learning studio. "
  "Coordinators use our eight editing stations and borrow our cameras for the Voice Reel. The University's "
  "library and electronic journals are open to every Coordinator from registration, and its Assistive "
  "Technology Centre lends software and communication aids for Episode 7 and for trial in school. The Trust's "
  "archive of films about disability and childhood is open to Coordinators throughout the Series.")

# ---------------------------------------------------------------- 10 after credits
H1("10. After the Credits: the Sequel and the difference made")
P("Nothing in the Series is make-believe. Every Location Shoot is work the school needs, agreed with the "
  "Producer at the Pitch, carried out with the Location Mentor's support and written up in a Cut, and the Final "
  "Cut shows a change the Coordinator led in their own school and what it did for pupils. That is how the Series "
  "makes a difference to practice: the Coordinator meets the outcomes by doing the job, in the school, during "
  "the year.")
P("Tailoring happens through the Location Shoots and the notes sessions. Each Location Shoot is built around "
  "the priority the Coordinator and the Producer chose at the Pitch, so that a Coordinator in a large secondary "
  "school and one in a village primary do different work to the same brief; at each notes session the Story "
  "Editor and the Coordinator agree the focus of the next Cut in the light of the Rushes. The fee is \u00a31,450, "
  "including University registration; the Screen Schools pay \u00a3900, and the Trust offers six bursaries a year "
  "to small schools. Teaching in our own screens, with our own kit, keeps the cost well below that of a "
  "university-based course.")
P("The last hour of the Premiere is the Sequel. Each Coordinator drafts a plan for their next series on the "
  "Sequel Sheet: three professional targets for the coming year and who can help with each. The Story Editor "
  "talks it through with them, and the Coordinator takes the Sheet to their performance management meeting with "
  "the headteacher, who receives a copy with the Final Cut report. The Sheet lists the University's MA modules "
  "and the Trust's own advanced courses as possible next steps.")
P("That's a wrap. We would be glad to screen any part of the Series for the panel.", italic=True)
P("Dr Ines Marwood, Showrunner, for the Ravelstone Picturehouse Trust and the University of Aldbury", bold=True)

out = HERE / f"{NAME}.docx"
doc.save(out)
print(out.name, "words~", word_count(out))
