"""jg-01-wbc-season-listings: build the .docx next to this script.

Provider (invented): WBC Schools & Learning, the schools and learning unit of the Westermain Broadcasting
Corporation (a public service broadcaster), with the University of Carrowmere's School of Education, which
validates and awards the National Award for SEN Coordination as a 60-credit Level 7 Postgraduate Certificate.
The course is branded as a broadcast series, "Lines of Sight: The SENCO Series", 2008-09.

Document kind and layout: the unit's printed season LISTINGS AND SERIES GUIDE, the booklet it sends to schools
for each schools-television season, sent to the panel with a short covering note in a text box. House vocabulary:
participants are "Correspondents", tutors "Producers", school mentors "Fixers", study days "Episodes" (with
transmission dates and access symbols), school-based days "Outside Broadcasts" (OB), marked assignments
"Packages", the unmarked reflective log "Rushes", moderation "the Edit", the online service "Clickback" with a
peer forum "the Green Room", needs assessment the "Screen Test" leading to a personal "Running Order", prior
credit "Library Footage". Heading styles for the main parts; a shaded symbol key table; a "series at a glance"
table with vertically merged term cells; each listing a bold run-in title line followed by italic billing text;
"Off Air" support in a text box; "Previously on..." (the pilot) and "Coming soon" sections; "Not in this series";
an "Outcome index" table at the back in the unit's own words ("On air in | Marked in", "Rushes only", "-").
Header and footer. Four tracked revisions (two deletions, two insertions), two comments.

Traps (requirement ids):
- CRB: the footer says "All Correspondents and crew are CRB checked" (never evidence); the body's only CRB
  arrangement is for WBC's own crew filming on OB days (wrong people) -> 5.3 not_met.
- Assessment-only: "Direct to Air" was the pilot's (past arrangement) and "is not part of this series" -> 2.3 not_met.
- Prior learning: Library Footage brings in prior credit only; "We do not award credit for experience alone"
  -> 2.1 partially_met.
- Clickback (e-learning) has recordings and a peer forum between episodes, but "Producers do not answer
  questions on Clickback" -> 3.3 partially_met.
- Parents: Episode 6 only "touches on" working with parents; a Parents' Special is only "in development"
  (plan) -> 1.7 partially_met, 6.S8 partially_met (Rushes only).
- Stakeholders: Viewers' Panel survey shaped the content (4.1 met) and the pilot panel's request added the OB
  days (4.2 met); LA advisers are studio guests but evaluation by stakeholders is only hoped for ("We hope that")
  -> 4.3 partially_met.
- Placements: "We do not arrange placements"; a special-school day exists only in a tracked deletion
  -> 5.5 partially_met (specialist guest contributors are real).
- Fixers: only receive the guide and a letter; their briefing exists only in a comment -> 5.7 partially_met
  (Producers' preparation is described).
- Impact on pupils: confidence/competence measured by repeating the Screen Test, pupils' achievement "We have
  not yet found a way to measure"; a comment suggests pupil data (not evidence) -> 5.9 partially_met.
- Rushes "pass/fail" marking is a tracked deletion; the inserted text says Rushes are not marked
  -> outcomes assessed only in Rushes are partially_met (6.A3, 6.A7, 6.K9, 6.S2c, 6.S8); 1.9 partially_met.
- Award rule is an aggregate mark with compensation ("an overall mark of 50%") -> 6.0 partially_met.
- Outcome index: "Supporting colleagues' professional development" has no episode ("-") but is marked in the
  Change Package (assessed, not taught) -> 6.S5 partially_met.
- "Not in this series": special arrangements for tests are covered by the LA's Exams Officer training (another
  provider) -> 6.S2d not_met. Child development appears nowhere -> 6.K4 not_met.
- An inserted tracked change adds the external examiner's sample to the Edit (inserted text counts; 5.8 met).
- Symbols and access services are real arrangements (3.1 met); two transmissions and catch-up (3.2 met).
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _jg_helpers import *  # noqa
from docx.shared import Pt, Cm

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
set_header_footer(doc, "WBC Schools & Learning  ·  Lines of Sight  ·  Listings and Series Guide 2008–09",
                  "All Correspondents and crew are CRB checked  ·  Schedules are subject to change  ·  "
                  "WBC Schools & Learning, Westermain House, Quay Street, Haddow Bay")

AUTH_U = "A Reddish (Carrowmere)"
AUTH_W = "M Okafor (WBC)"

# ---------------------------------------------------------------- cover
para(doc, "WBC SCHOOLS & LEARNING", bold=True, size=11, color="7A1F2B")
para(doc, "LISTINGS AND SERIES GUIDE  ·  AUTUMN 2008 – SUMMER 2009", bold=True, size=9, color="555555")
para(doc, "Lines of Sight", bold=True, size=26)
para(doc, "The SENCO Series", size=16)
para(doc, "The National Award for SEN Coordination, made by WBC Schools & Learning and validated by the "
          "University of Carrowmere", italic=True)

p = para(doc)
textbox(p, [
    ("A note for the TDA approval panel", True),
    ("We are sending you the Lines of Sight guide exactly as it goes to schools, with this note added. "
     "Everything in it describes the series as it will run from October 2008. The outcome index at the back "
     "shows where each of the national outcomes is on air and where it is marked.", False),
    ("Dr Miriam Okafor, Series Producer, WBC Schools & Learning  ·  Dr Alan Reddish, Programme Leader, "
     "School of Education, University of Carrowmere", False),
], height_pt=110)

# ---------------------------------------------------------------- welcome
doc.add_heading("Welcome to the series", level=1)
para(doc, "Thirty-one years after our first schools programme went out on a Tuesday morning, WBC Schools & "
          "Learning still makes television, radio and online resources for every school in the Westermain "
          "region. Lines of Sight is something different: a year-long course for teachers new to leading "
          "provision for pupils with special educational needs, made with the people who watch our programmes "
          "and assessed to the standard of a university qualification.")
para(doc, "Lines of Sight exists for one reason: so that children and young people with special educational "
          "needs and disabilities in our region's schools achieve more and are happier, healthier and safer at "
          "school. Every episode is built around the five Every Child Matters outcomes – being healthy, staying "
          "safe, enjoying and achieving, making a positive contribution and achieving economic well-being – and "
          "every Package asks the Correspondent to show what changed for pupils on at least two of them, "
          "not only in their test results.")
para(doc, "Lines of Sight is the National Award for SEN Coordination as a Postgraduate Certificate of the "
          "University of Carrowmere: 60 credits at Master's level (Level 7), validated by the University's "
          "School of Education in June 2008 and awarded by the University. Correspondents are registered "
          "students of the University for the length of the series and have full use of its library and "
          "student services.")
doc.add_heading("Who's who in the series", level=2)
for t, d in [
    ("Correspondents", "the teachers taking the course: SENCOs new to the role, or teachers about to take it on."),
    ("Producers", "the tutors. Each Correspondent has one Producer for the whole series, who reads their Rushes, "
                  "marks their Packages and holds their termly call."),
    ("Fixers", "a senior colleague in the Correspondent's own school, named by the headteacher, who opens doors "
               "for the Outside Broadcasts and the Change Package."),
    ("Episodes", "the ten studio days at the WBC Learning Studio in Haddow Bay, each recorded for Clickback."),
    ("Outside Broadcasts", "two school-based weeks in which the Correspondent works on set tasks in their own school."),
    ("Packages", "the four marked assignments that make up the award."),
    ("Rushes", "the Correspondent's running reflective log, kept on Clickback."),
]:
    pp = doc.add_paragraph(style="List Bullet")
    runs(pp, (t + ": ", {"bold": True}), d)

# ---------------------------------------------------------------- key
doc.add_heading("How to read these listings", level=1)
para(doc, "Every listing carries the symbols our schools already know from the printed schedule.")
key = table(doc, [
    ["Symbol", "What it means in Lines of Sight"],
    ["[S]", "Subtitled: the Clickback recording is subtitled within 48 hours of the episode."],
    ["[SL]", "British Sign Language interpretation in the studio and on the recording (booked for every "
             "episode when any Correspondent asks for it)."],
    ["[AD]", "Audio description of all slides and video clips on the Clickback recording."],
    ["[CB]", "On Clickback: the episode recording, slides and readings stay online for the whole series."],
    ["[OB]", "Outside Broadcast: work in the Correspondent's own school."],
    ["[P]", "A Package is set or due: marked work."],
    ["[R]", "Rushes entry due: reflective writing that Producers read and comment on."],
], header_fill="7A1F2B")
for c in key.rows[0].cells:
    for r in c.paragraphs[0].runs:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for row in key.rows[1:]:
    shade(row.cells[0], "F2E6E8")

# ---------------------------------------------------------------- at a glance
doc.add_heading("The series at a glance", level=1)
glance = [
    ["Term", "Ep", "Date", "Title", "Where", "Symbols"],
    ["Autumn 2008", "1", "Thu 2 October", "Screen Test", "Studio", "[S] [SL] [AD] [CB]"],
    [None, "2", "Thu 16 October", "The Rulebook", "Studio", "[S] [SL] [AD] [CB] [R]"],
    [None, "OB1", "w/c 3 November", "The Audit", "Own school", "[OB] [P]"],
    [None, "3", "Thu 20 November", "What the Evidence Says", "Studio", "[S] [SL] [AD] [CB] [R]"],
    [None, "4", "Thu 11 December", "Know the Need", "Studio", "[S] [SL] [AD] [CB] [P]"],
    ["Spring 2009", "5", "Thu 15 January", "Talking Heads", "Studio", "[S] [SL] [AD] [CB] [P]"],
    [None, "6", "Thu 5 February", "The Team Behind the Team", "Studio", "[S] [SL] [AD] [CB] [R]"],
    [None, "OB2", "w/c 2 March", "In the Room", "Own school", "[OB] [R]"],
    [None, "7", "Thu 12 March", "Leading from the Middle", "Studio", "[S] [SL] [AD] [CB] [P]"],
    ["Summer 2009", "8", "Thu 23 April", "Making It Stick", "Studio", "[S] [SL] [AD] [CB] [R]"],
    [None, "9", "Thu 21 May", "The Live Two-Way", "Studio", "[S] [SL] [P]"],
    [None, "10", "Thu 2 July", "The Wrap", "Studio", "[S] [SL] [AD] [CB] [P]"],
]
g = table(doc, glance, header_fill="D9D9D9")
for a, b in ((1, 5), (6, 9), (10, 12)):
    m = g.cell(a, 0).merge(g.cell(b, 0))
    shade(m, "F2E6E8")
para(doc, "Episodes run 09.30–15.30. The spring transmission repeats the whole series from Thursday 5 February "
          "2009 to Thursday 10 December 2009 for Correspondents who join then (see Scheduling, below).",
     italic=True, size=9)

# ---------------------------------------------------------------- listings
doc.add_heading("Listings", level=1)


def listing(head, symbols, billing, extra=None):
    pp = doc.add_paragraph()
    runs(pp, (head, {"bold": True}), ("   " + symbols, {"color": "7A1F2B", "bold": True}))
    for b in billing:
        para(doc, b, italic=True)
    if extra:
        for e in extra:
            para(doc, e)


doc.add_heading("Autumn 2008", level=2)
listing("Thursday 2 October, 09.30   EPISODE 1: SCREEN TEST", "[S] [SL] [AD] [CB]", [
    "Before the cameras roll, every Correspondent has already done the Screen Test: a self-assessment against "
    "each line of the outcome index, rated from 1 (new to me) to 4 (I could teach this), with a piece of "
    "evidence for every 3 or 4. In the fortnight before Episode 1 their Producer talks it through with them "
    "in a 30-minute call, challenging ratings that look too generous – a Correspondent who rates the Code of "
    "Practice a 4 because they used it in 2002 is asked what changed in 2008.",
    "From the call comes each Correspondent's Running Order: their own plan for the series, listing the "
    "episodes and Clickback readings they most need, the Package topics they will choose, and three to five "
    "personal headlines – the outcomes they most need to develop, written in their own words. In the studio "
    "we meet the team, look at the year ahead, and start the Rushes.",
])
listing("Thursday 16 October, 09.30   EPISODE 2: THE RULEBOOK", "[S] [SL] [AD] [CB] [R]", [
    "The law and guidance a SENCO works within, and what it means on a wet Monday: the SEN Code of Practice "
    "(2001) and the graduated response, the SEN and Disability Act 2001, the Disability Discrimination Act 2005 "
    "and the disability equality duty, accessibility plans, Every Child Matters and the Children Act 2004, and "
    "the 2008 regulations on the SENCO role. Correspondents bring their school's SEN policy and disability "
    "equality scheme and spend the afternoon testing them against the law with a lawyer from Fenmarsh's "
    "education team.",
    "The Every Child Matters strand starts here and runs through the series: what each of the five outcomes "
    "looks like for a pupil with a statement, and where the SENCO fits in the school's work with the "
    "children's trust.",
])
listing("Week commencing 3 November   OUTSIDE BROADCAST 1: THE AUDIT", "[OB] [P]", [
    "A week on location in your own school. With your Fixer, you map the school's provision for pupils with "
    "SEN and disabilities – who gets what, at what cost, with what result – using the provision mapping "
    "template on Clickback, and you pull together the school's data on identification and progress, "
    "including national test results and the school's own tracking. This is the raw footage for the Audit "
    "Package.",
], extra=[
    "A WBC crew films in three of the OB1 schools for the Inclusion in Practice archive. Every member of the "
    "crew holds a current enhanced CRB disclosure, checked by WBC's compliance team before filming, and the "
    "host school's consent forms are collected for every pupil who appears."
])
listing("Thursday 20 November, 09.30   EPISODE 3: WHAT THE EVIDENCE SAYS", "[S] [SL] [AD] [CB] [R]", [
    "How to read research and inspection evidence as a SENCO, and how to put it to work in a staffroom. "
    "Correspondents work with Ofsted's 2006 report Inclusion: does it matter where pupils are taught?, the "
    "Bercow Review of services for children and young people with speech, language and communication needs "
    "(2008), and Lewis and Norwich's review of special pedagogies, and leave with a short briefing for their "
    "own colleagues built on one study. Guests: Dr Alan Reddish and a researcher from the University's Centre "
    "for Inclusive Education.",
])
listing("Thursday 11 December, 09.30   EPISODE 4: KNOW THE NEED", "[S] [SL] [AD] [CB] [P]", [
    "Five short films made in Westermain schools, one for each of the most common needs a SENCO meets: "
    "behavioural, emotional and social difficulties; specific learning difficulties, including dyslexia; "
    "speech, language and communication needs; autistic spectrum disorders; and moderate learning "
    "difficulties. After each film a specialist from the studio panel takes Correspondents through how the "
    "need affects learning and what works in the classroom, including assessment tools, planning approaches "
    "and ICT – from text-to-speech to visual timetables on the interactive whiteboard. The Audit Package is due.",
])
doc.add_heading("Spring 2009", level=2)
listing("Thursday 15 January, 09.30   EPISODE 5: TALKING HEADS", "[S] [SL] [AD] [CB] [P]", [
    "Pupils have the microphone. Correspondents learn and practise ways of consulting children and young "
    "people about decisions that affect them – talking mats, pupil-led review meetings, photo diaries, "
    "question prompts for pupils without speech – and how to make sure pupils help to plan, agree and review "
    "their own provision. Two pupils from Saltings School join the afternoon panel (with their parents' "
    "consent and their own). The Pupil Voice Package is set: each Correspondent consults a pupil with SEN "
    "about their provision and writes up what they learned and what changed.",
])
listing("Thursday 5 February, 09.30   EPISODE 6: THE TEAM BEHIND THE TEAM", "[S] [SL] [AD] [CB] [R]", [
    "The SENCO never works alone. The morning is about the adults in the school: deploying and managing "
    "teaching assistants, advising and supporting class teachers, and working with colleagues beyond the "
    "school – the cluster, the special school outreach team, the LA's advisory teachers. The afternoon "
    "brings in the outside agencies: an educational psychologist, a speech and language therapist and a "
    "worker from the Fenmarsh Young Carers project describe what they do and how a SENCO gets their help.",
    "The episode also touches on working with parents and carers. Rushes entry: an agency you would like to "
    "know better.",
])
listing("Week commencing 2 March   OUTSIDE BROADCAST 2: IN THE ROOM", "[OB] [R]", [
    "Back on location. Correspondents take two pupils from their provision map, use the assessments that "
    "other professionals have made of them to plan teaching approaches with the class teacher, set "
    "challenging targets, and agree an intervention with a review date. The work feeds the Change Package.",
])
listing("Thursday 12 March, 09.30   EPISODE 7: LEADING FROM THE MIDDLE", "[S] [SL] [AD] [CB] [P]", [
    "The SENCO as a leader. How to work with the headteacher and governors on an inclusive ethos, on the "
    "school's priorities and on the way resources are spent; how to win the commitment of senior colleagues; "
    "how the school's self-evaluation form (SEF) and improvement plan should deal with pupils with SEN and "
    "disabilities; and how to review the effectiveness of provision together with other staff. A serving "
    "headteacher and a chair of governors join the studio. The Change Package is set.",
])
doc.add_heading("Summer 2009", level=2)
listing("Thursday 23 April, 09.30   EPISODE 8: MAKING IT STICK", "[S] [SL] [AD] [CB] [R]", [
    "Correspondents bring their Change Package plans to the studio: a change in their school's provision, "
    "agreed with the headteacher, that they will lead and evaluate over the summer term. Producers hold "
    "planning clinics. The afternoon workshop is on the SENCO's week: prioritising, managing time and "
    "delegating well (Rushes entry).",
])
listing("Thursday 21 May, 09.30   EPISODE 9: THE LIVE TWO-WAY", "[S] [SL] [P]", [
    "Each Correspondent goes live: a fifteen-minute presentation to two Producers and their peers on what "
    "they have learned about one pupil's progress against the Every Child Matters outcomes, followed by ten "
    "minutes of questions. The Live Two-Way is marked. It is not recorded for Clickback.",
])
listing("Thursday 2 July, 09.30   EPISODE 10: THE WRAP", "[S] [SL] [AD] [CB] [P]", [
    "The Change Package is due. In the morning each Correspondent re-takes the Screen Test and compares the "
    "two sets of ratings. In the afternoon they draft a Next Series plan: the professional targets they want "
    "to set for the following year, and the further study open to them (the University's MA in Inclusive "
    "Education accepts the 60 credits). Correspondents take the plan to their performance management "
    "meeting with their headteacher in the autumn; the Producer comments on the draft before the end of July.",
])

# ---------------------------------------------------------------- packages
doc.add_heading("The Packages", level=1)
para(doc, "Four Packages make up the award. Each is marked against the University's Level 7 criteria and "
          "against the outcome lines it covers (see the outcome index).")
pk = table(doc, [
    ["Package", "When", "What you make", "Credits"],
    ["1  The Audit Package", "Due Episode 4", "A 3,000-word audit of your school's provision for pupils with "
     "SEN and disabilities, with your provision map and an analysis of identification and progress data, "
     "judged against the Code of Practice and the disability equality duty.", "15"],
    ["2  The Pupil Voice Package", "Due Episode 7", "A 3,000-word account of consulting one pupil with SEN "
     "about their provision, with the pupil's own contribution (written, drawn or recorded), what the "
     "assessments of other professionals said about the pupil's needs, how you worked with at least one "
     "outside service or voluntary organisation, and what changed.", "15"],
    ["3  The Change Package", "Due Episode 10", "A 5,000-word report of a change you led in your school's "
     "provision over the spring and summer, agreed with your headteacher: why (drawing on research), how you "
     "won colleagues' support, how you deployed staff and supported their professional development, how you "
     "reviewed the effect with other staff, what it meant for your school's self-evaluation, and what "
     "difference it made to pupils.", "20"],
    ["4  The Live Two-Way", "Episode 9", "A fifteen-minute presentation with ten minutes of questions.", "10"],
], header_fill="D9D9D9")
para(doc, "")
p = para(doc)
runs(p, ("The Rushes. ", {"bold": True}),
     "Rushes are the Correspondent's reflective log, written on Clickback after each episode and each "
     "Outside Broadcast. ")
tracked_del(p, "Rushes are marked pass/fail by the Producer at the end of each term. ", author=AUTH_U,
            date="2008-07-14T09:12:00Z")
tracked_ins(p, "Rushes are not marked; Producers comment on them, and Correspondents draw on them in their "
               "Packages. ", author=AUTH_U, date="2008-07-14T09:13:00Z")
runs(p, "Some entries are set (marked [R] in the listings); the rest are up to the Correspondent.")

p = para(doc)
runs(p, ("Passing the series. ", {"bold": True}),
     "To pass the series a Correspondent needs an overall mark of 50% across the four Packages, with no "
     "Package below 40%. A Package below 40% may be resubmitted once. The University's Board of Examiners "
     "confirms every result.")

# ---------------------------------------------------------------- scheduling
doc.add_heading("Scheduling", level=1)
para(doc, "Two transmissions. Correspondents can join the autumn transmission (from October 2008) or the "
          "spring transmission, which runs the same ten episodes from February to December 2009. A "
          "Correspondent who misses an episode watches it on Clickback and, if it carried a Package, makes "
          "up the studio activity at the other transmission. Packages can be taken in a different order "
          "where the school's calendar demands it (a Change Package can start in the autumn, for example), "
          "agreed with the Producer in the Running Order.")
p = para(doc)
runs(p, ("Library Footage. ", {"bold": True}),
     "Correspondents who hold Master's-level credit from earlier study in SEN – a University of Carrowmere "
     "module, or a specialist certificate from another university – may bring up to 20 credits into the "
     "series through the University's accreditation of prior learning procedure, in place of the Audit "
     "Package or the Pupil Voice Package. We do not award credit for experience alone: experienced SENCOs "
     "follow the full series, and their Running Order points them to the episodes they need least.")

doc.add_heading("Off Air: between episodes", level=2)
p = para(doc)
textbox(p, [
    ("ON CLICKBACK", True),
    ("Every studio episode is recorded and on Clickback, the WBC Learning website, within 48 hours, with "
     "subtitles, slides, readings and the films. Correspondents keep their Rushes there, and the Green "
     "Room – a forum for each transmission, with a thread for every episode – is where Correspondents swap "
     "provision maps, questions and drafts between episodes. Most Green Rooms are busiest on Sunday evenings.", False),
    ("Producers do not answer questions on Clickback: questions are collected in a Green Room thread and "
     "answered on air at the start of the next episode. Each Correspondent also has a termly call with their "
     "Producer, and Clickback sends each school's Fixer a message when a Package is due.", False),
], height_pt=150, fill="EEF3F8")

# ---------------------------------------------------------------- access
doc.add_heading("Access for everyone", level=1)
para(doc, "Every schools programme WBC makes is subtitled, and Lines of Sight is no different. The symbols "
          "in the listings are commitments: [S], [SL] and [AD] are booked for every episode. The application "
          "form asks every applicant, in plain words, whether they have a disability or need any arrangement "
          "to take part, and a Producer follows up every answer before Episode 1. Adjustments we have made "
          "include a recorded rather than written Pupil Voice Package, extra time for Package deadlines, "
          "a Live Two-Way taken seated with a lip-speaker, and large-print materials. The Learning Studio "
          "is step-free with a hearing loop and a quiet room. We meet our duties under the Disability "
          "Discrimination Act 2005 and WBC's race and gender equality schemes in recruitment, in the studio, "
          "on Outside Broadcasts and in marking, and the University's disability service assesses any "
          "Correspondent who asks.")

# ---------------------------------------------------------------- behind the scenes
doc.add_heading("Behind the scenes", level=1)
doc.add_heading("The production team", level=2)
team = table(doc, [
    ["Name", "Role in the series", "Background"],
    ["Dr Miriam Okafor", "Series Producer", "SENCO in two Haddow Bay secondary schools for nine years; "
     "MA (SEN); doctorate on pupil participation; WBC Schools & Learning since 2004."],
    ["Tom Gallacher", "Producer", "Advisory teacher for autism with Fenmarsh LA (2001–07); holds the "
     "Birmingham autism certificate; still teaches one day a week in a resource base."],
    ["Ruth Adeyemi", "Producer", "Former SENCO and assistant head, primary; specialist dyslexia teacher "
     "(AMBDA); associate lecturer at Carrowmere."],
    ["Dr Alan Reddish", "University link and Producer", "Senior lecturer in inclusive education, University "
     "of Carrowmere; programme leader; research on provision mapping."],
], header_fill="D9D9D9")
para(doc, "")
para(doc, "Producers keep up to date through the University's research seminars and at least two days a year "
          "in schools, and every Producer is trained by the University in its Level 7 marking criteria "
          "before marking a Package. The Series Producer briefs the team before each episode on the outcome "
          "lines it covers and the Rushes entries set.")
p = para(doc)
runs(p, "Specialist guests appear on the studio panel through the series: educational psychologists, speech "
        "and language therapists, Fenmarsh's sensory support team, a teacher from Saltings special school, "
        "and a parent partnership officer. ")
tracked_del(p, "Correspondents who wish may spend a day in a special school or resource base, arranged by WBC "
               "with the host school. ", author=AUTH_W, date="2008-09-02T16:40:00Z")
runs(p, "We do not arrange placements: the Outside Broadcasts take place in the Correspondent's own school.")

p = para(doc)
r = runs(p, ("Fixers. ", {"bold": True}),
         "Each Correspondent's headteacher names a Fixer, usually a deputy or assistant head. Fixers receive "
         "this guide and a letter from the Series Producer explaining the Outside Broadcasts.")
doc.add_comment(r, text="Fixer briefing – half day in September at the studio? Not agreed yet. TG",
                author="Tom Gallacher", initials="TG")

doc.add_heading("The Edit", level=2)
p = para(doc, "Every Package is marked by the Correspondent's Producer. One Package in four, and every "
              "Package marked below 40% or above 70%, is second-marked blind by another Producer in the Edit, "
              "a moderation meeting held after each deadline; Live Two-Ways are marked by two Producers in "
              "the room. ")
tracked_ins(p, "The external examiner, Professor Jean Hollis of the University of Mardale, sees a sample of "
               "every Package and attends the summer Edit. ", author=AUTH_U, date="2008-07-14T09:20:00Z")
runs(p, "The University's Board of Examiners confirms marks.")

doc.add_heading("Audience research", level=2)
para(doc, "After every episode Correspondents give it an Appreciation Index score and a comment on Clickback; "
          "the production team reads them the same week and changes the next episode where it can. At the "
          "end of each transmission we hold a Series Review with the University, using the Appreciation "
          "Index, the Edit's moderation notes, the external examiner's report, the University's annual "
          "programme monitoring and the Correspondents' end-of-series questionnaire. The Series Review "
          "writes the changes into the next transmission: after the pilot, for example, the Rulebook moved "
          "from Episode 6 to Episode 2.")
p = para(doc)
r = runs(p, "We measure what the series does for Correspondents by comparing their Screen Test ratings at "
            "Episode 1 and at the Wrap, outcome line by outcome line, alongside their Package marks. We have "
            "not yet found a way to measure what the series does for pupils' achievement that is fair to "
            "small schools; we would like to.")
doc.add_comment(r, text="Could we use Correspondents' own pupil tracking data from the Change Package here? MO",
                author="Miriam Okafor", initials="MO")

doc.add_heading("The Viewers' Panel", level=2)
para(doc, "Lines of Sight began with our viewers. In January 2008 we surveyed 140 schools in Haddow Bay and "
          "Fenmarsh, and talked to both local authorities' SEN teams and to Fenmarsh Parent Partnership, about "
          "what new SENCOs most needed. Schools asked above all for help with provision mapping and with "
          "deploying teaching assistants, and the LA teams for more on the disability equality duty: those "
          "became Outside Broadcast 1, Episode 6 and half of Episode 2. The panel of twelve headteachers and "
          "SENCOs who watched the pilot told us it needed time in school rather than more studio days, and "
          "the two Outside Broadcasts replaced two studio episodes as a result.")
para(doc, "Fenmarsh and Haddow Bay's SEN advisers appear as studio guests in Episodes 2 and 6, and headteachers "
          "of the pilot schools sit on the Episode 7 panel. We hope that in time members of the Viewers' Panel "
          "will sit on the Series Review as well.")

doc.add_heading("Who can join", level=2)
para(doc, "Correspondents must hold qualified teacher status, be in post as SENCO or be named to become SENCO "
          "within the year, and be nominated by their headteacher on the application form, which also asks "
          "for the school's commitment to the Outside Broadcasts. Applications are read by two Producers. The "
          "Screen Test is the last check: a Correspondent whose ratings and evidence suggest they are not yet "
          "ready to meet the outcomes in a year is offered a place on the spring transmission with a "
          "programme of preparatory reading and a visit to a colleague's school, and the Producer speaks to "
          "their headteacher about what the school can do in the meantime.")

doc.add_heading("Resources", level=2)
para(doc, "Correspondents have Clickback and the full WBC Learning archive of schools programmes, including "
          "the Inclusion in Practice films; the University's library and electronic journals; the provision "
          "mapping template and data tools on Clickback; and the Assistive Technology Bench in the studio, "
          "set up with Fenmarsh's communication aids service, where Correspondents try switches, "
          "text-to-speech software, symbol software and voice output aids in Episodes 4 and 5.")

# ---------------------------------------------------------------- previously / coming soon
doc.add_heading("Previously on Lines of Sight", level=1)
para(doc, "The pilot series ran in spring and summer 2008: eight episodes, 18 Correspondents, no Outside "
          "Broadcasts. In the pilot two experienced advisory teachers went Direct to Air: they presented a "
          "portfolio and a Live Two-Way and were assessed without attending any episodes. Direct to Air is "
          "not part of this series.")
doc.add_heading("Coming soon", level=1)
para(doc, "A Parents' Special is in development for the 2009-10 series: a studio episode made with Fenmarsh "
          "Parent Partnership on working with parents and carers of pupils with SEN.")
doc.add_heading("Not in this series", level=2)
para(doc, "Arranging access arrangements for pupils in national tests and examinations is not covered in "
          "Lines of Sight. Haddow Bay LA's Exams Officer training covers it, and Correspondents may book it "
          "separately.")

# ---------------------------------------------------------------- outcome index
doc.add_heading("Outcome index", level=1)
para(doc, "The lines of the national outcomes as we put them to Correspondents, where each is on air and where "
          "it is marked. \"Rushes only\" means the line is worked on in Rushes entries, which are not marked; "
          "\"–\" means no episode.")
rows = [["What you will be able to do", "On air in", "Marked in"]]
groups = [
    ("ATTRIBUTES", [
        ("Build fair, respectful and trusting relationships with pupils with SEN and disabilities and with "
         "their families", "Ep 5", "Pupil Voice Package"),
        ("Win the commitment of colleagues, the headteacher and senior leaders", "Ep 7", "Change Package"),
        ("Prioritise, manage your time and delegate well", "Ep 8", "Rushes only"),
        ("Anticipate and solve problems and make sound decisions about provision", "OB2, Ep 8",
         "Change Package; Live Two-Way"),
        ("Speak and write clearly; listen to and understand other people's views", "All episodes",
         "Live Two-Way; all Packages"),
        ("Use research and outside advice to improve your own and colleagues' practice", "Ep 3",
         "Change Package"),
        ("Keep up to date and take charge of your own professional development", "Ep 10", "Rushes only"),
    ]),
    ("KNOWLEDGE", [
        ("The SEN law and guidance, including the Code of Practice, and how to put it into practice",
         "Ep 2", "Audit Package"),
        ("Every Child Matters and the SENCO's part in the five outcomes", "Ep 2, Ep 9", "Live Two-Way"),
        ("Disability equality law and what it requires of the school", "Ep 2", "Audit Package"),
        ("The most common special educational needs and disabilities and how they affect learning", "Ep 4",
         "Pupil Voice Package"),
        ("Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT",
         "Ep 4", "Audit Package"),
        ("School self-evaluation and improvement for pupils with SEN", "Ep 7", "Change Package"),
        ("Best practice and research in meeting special educational needs", "Ep 3", "Change Package"),
        ("What outside agencies do and how to get specialist help", "Ep 6", "Rushes only"),
    ]),
    ("SKILLS", [
        ("Work with senior leaders and governors on an inclusive ethos, policies, priorities and resources",
         "Ep 7", "Change Package"),
        ("Identify pupils with SEN, set challenging targets, plan interventions and review progress", "OB1, OB2",
         "Audit Package; Change Package"),
        ("Use other professionals' assessments to plan teaching", "OB2", "Pupil Voice Package"),
        ("Use summative data and national tests to track progress and adjust programmes", "OB1", "Audit Package"),
        ("Help other teachers develop formative assessment for pupils with SEN", "Ep 6", "Rushes only"),
        ("Use provision mapping to plan provision and find what is missing or not working", "OB1",
         "Audit Package"),
        ("Deploy and manage staff, including teaching assistants", "Ep 6", "Change Package"),
        ("Support colleagues' professional development", "–", "Change Package"),
        ("Review provision with other staff to inform the school's self-evaluation", "Ep 7", "Change Package"),
        ("Make sure pupils help plan, agree and review their own provision", "Ep 5", "Pupil Voice Package"),
        ("Work with parents and carers", "Ep 6", "Rushes only"),
        ("Work in partnership with other services and voluntary organisations", "Ep 6", "Pupil Voice Package"),
    ]),
]
group_rows = []
for gname, items in groups:
    group_rows.append(len(rows))
    rows.append([gname, "", ""])
    for it in items:
        rows.append(list(it))
oi = table(doc, rows, header_fill="7A1F2B", size=8.5)
for c in oi.rows[0].cells:
    for r in c.paragraphs[0].runs:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for gi in group_rows:
    m = oi.cell(gi, 0).merge(oi.cell(gi, 2))
    cell_text(m, rows[gi][0], bold=True, size=8.5)
    shade(m, "F2E6E8")

para(doc, "")
para(doc, "Lines of Sight is made by WBC Schools & Learning with the School of Education, University of "
          "Carrowmere. Series Producer: Dr Miriam Okafor. Executive Producer: Gareth Lunn.", italic=True, size=9)

doc.save(OUT)
print(OUT.name, word_count(doc), "words")
