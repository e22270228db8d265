"""nw-02-lydbrook-vale-yearbook: builds nw-02-lydbrook-vale-yearbook.docx next to this script.

Provider. The Lydbrook Vale Hedgerow Society (founded 1952; hedgelaying matches, work parties, hedgerow days for
schools, its own hedging courses), with the Lydbrook Vale Learning Partnership (fourteen schools) and the
University of Severnbridge, which validated the Lydbrook Vale SENCO Award as a Postgraduate Certificate rated at 40
credits at Level 7. Sent April 2009.

Document kind and layout. The Society's printed members' Yearbook and Fixture Card 2009-10 sent whole, with the
application as its "Award Section". A note to the panel in a floating text box; a shaded one-cell cover table; a
typed contents list; the President's foreword; an Officers and Committees table with merged shaded rows; a
Fixture Card table mixing Society fixtures (work parties, hedgelaying matches, the Vale Championship) with Award
fixtures (Starting Walks, Hedge Days, Match deadlines, Championships), month rows merged and shaded; "Words of the
Hedge", a three-column glossary (Term / On the hedge / In the Award) that keys the outcome table many pages later;
the Society's Rules for Matches and its hedging courses; then the Award Section, A.1 to A.16 typed in bold
capitals (no heading styles), including a Hedge Days table and "The 29 Pleachers" (each minimum outcome with "Cut
on" = taught and "Judged at" = AM / SM / CH assessed, PP = Practice Plot, formative only, a dash = not this year);
then a Roll of Champions, In Memoriam, advertisements in text boxes and a membership form with its prompts left
in. Header; a footer with a PAGE field; two footnotes; two comments; tracked changes (a deleted paragraph, an
inserted sentence, a change inside a table cell).

House words: Entrant (participant), Steward (school-based mentor), Judge (marker), Award Officer (programme
leader), Hedge Day HD1-HD10 (taught day), Plot (school task), Practice Plot (formative piece), Autumn Match and
Spring Match (marked assignments), Championship (final presentation and discussion), Hedge Card (portfolio),
Starting Walk (needs assessment), Hedge Plan (individual plan), Pleacher (minimum outcome), Hedgerow Room (online
space), "Straight to the Championship" (assessment-only route).

Traps (requirement ids each touches):
- Footer says "a 60-credit Postgraduate Certificate"; the body says the University "has rated the Award at 40
  credits at Level 7"; a footnote's further 20 credits are only agreed "in principle" (E.2 partial).
- The President's foreword only hopes Champions will go on to the MA: a hope, nothing built in (2.5 not met).
- "Words of the Hedge" and the Rules for Matches use the Award's words in their hedging sense: the Society's match
  judging by two judges and a Chief Judge (wrong context, 5.8), its volunteers' CRB checks (wrong context; 5.3 is
  met in A.3), adjustments for disabled competitors (wrong context; 3.1 met in A.3), experience counted towards
  the Society's Hedgelaying Certificate (wrong context, 2.1).
- A.4: earlier study only "may ask about this ... the University's general rules ... apply" (2.1 partial).
- A.6 / A.11: pupils' views only "a short session" at HD3 and not judged (1.5 partial, 6.S7 partial).
- A.8: the Hedgerow Room has peer support between Hedge Days, but "The Judges do not post in the Room"; a comment
  suggesting they might is not part of the submission (3.3 partial).
- A.9 has an inserted sentence (two years with leave): part of the submission (3.2 met).
- A.10: "Each Match is judged by one Award Judge, whose mark stands"; the second-marking and external examiner
  paragraph is a tracked deletion (5.8 not met). The completion rule is plain (6.0 met, notes_on_met), but the
  table shows Pleachers never judged (1.9 partial).
- A.12: Stewards "chosen by their schools, and we leave it to each school to tell its Steward what the role
  involves" (5.7 partial).
- A.14: the Hedge Talk evening is only "listened carefully ... the Award is the better for it", and a comment
  asks for specifics; but the survey paragraph says what heads, SENCOs and parents asked for and that these are
  "the spine of Hedge Days 2, 3 and 5" (4.1 and 4.2 met; the vague sentence and the comment are noise).
- HD10 teaches keeping up to date (6.A7), which is not helping completers set further targets (2.5 not met).
- A.15: the Judges meet after each Match only to talk over the Hedge Days, not to compare marks (5.8 stays not
  met); A.12 briefs Judges but leaves Stewards' roles to schools (5.7 partial).
- In Memoriam: a past arrangement (Fred's winter evening class for SENCOs, "which has now ended"); adverts from
  other bodies (the County's New SENCO Network) are other providers' arrangements.
- The 29 Pleachers: 6.A2 judged but cut on no Hedge Day; 6.K5 only dyslexia and the autistic spectrum; 6.K8 and
  6.S2c only at a Practice Plot (formative); 6.S1 and 6.S7 taught, not judged; 6.A3 and 6.S4 "not in this year's
  Hedge" (not met); 6.S2d's Judged at cell changed from a dash to AM as a tracked change (met).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _nw_helpers import (Footnotes, base_document, cell_text, comment, del_para, del_run, header_footer, ins_run,
                         para, run, shade_cell, shade_para, table, text_box, border_para)
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
HM, OP = "Helen Marsh", "Owen Price"
D1, D2 = "2009-04-06T09:30:00Z", "2009-04-09T16:05:00Z"

doc = base_document(font="Calibri", size=10.5, margins_cm=2.0)
fn = Footnotes()
header_footer(doc.sections[0], "Lydbrook Vale Hedgerow Society · Yearbook 2009-10",
              "The Award: a 60-credit Postgraduate Certificate of the University of Severnbridge")

GREEN, PALE = "C9D8B6", "EAF1E0"


def title(text, before=12):
    p = para(doc, text, bold=True, size=12, before=before, after=4, keep=True)
    shade_para(p, GREEN)
    return p


def sub(text):
    return para(doc, text, bold=True, before=8, after=3, keep=True)


# ---------------------------------------------------------------- note to the panel and cover
text_box(doc, [[("TO THE TDA APPROVAL PANEL. ", "b"),
                ("This is our Yearbook for 2009-10 as it goes to our 412 members in May. The Award Section is our "
                 "application for approval. We have left the rest of the Yearbook in, because the Award has grown "
                 "out of the Society's work with schools and we would rather you saw the whole.", "")],
               [("Helen Marsh, Award Officer, 14th April 2009", "i")]], width_pt=440, fill="FFF8DC")
para(doc, "", after=4)
t = table(doc, 1, 1, widths=[17.0])
c = t.rows[0].cells[0]
cell_text(c, "LYDBROOK VALE HEDGEROW SOCIETY", bold=True, size=18, fill=GREEN, align="center")
for line, sz, b in (("Founded 1952 · Registered charity 1011406", 9, False),
                    ("YEARBOOK AND FIXTURE CARD 2009-10", 14, True),
                    ("incorporating the Award Section: the Lydbrook Vale SENCO Award (the National Award for "
                     "Special Educational Needs Coordination), with the University of Severnbridge and the Lydbrook "
                     "Vale Learning Partnership", 10, False)):
    p = c.add_paragraph()
    run(p, line, bold=b, size=sz)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

sub("CONTENTS")
for line in ("From the President", "Officers and Committees 2009-10", "Fixture Card 2009-10",
             "Words of the Hedge", "Rules for Matches", "The Society's Hedging Courses",
             "THE AWARD SECTION, A.1 to A.16", "Roll of Champions", "In Memoriam",
             "Notices and Advertisements", "Membership Form"):
    para(doc, line, after=0, indent=0.6)

# ---------------------------------------------------------------- president
title("FROM THE PRESIDENT")
para(doc, "Dear members,")
para(doc, "This is the first Yearbook to carry the Award Section, and I make no apology for its length. The Society "
          "has taken schoolchildren along the Vale's hedges for more than thirty years, and every teacher who has "
          "come with them has told us the same thing: that the children who find school hardest are very often the "
          "ones who come alive on the hedge. It seemed to us right that a society which has spent half a century "
          "teaching patience, judgement and care for living things should help to train the teachers who lead the "
          "work for those children.")
para(doc, "We believe every child in the Vale deserves a SENCO who knows the job as well as a good hedger knows a "
          "hedge. We hope our first Champions will go on to greater things, perhaps to the University's MA, and "
          "that some of them will one day come back to us as Award Judges. In the meantime the ordinary business "
          "of the Society goes on: the matches, the work parties and the Hedgerow Days are all in the Fixture Card, "
          "and I hope to see many of you on the hedge this winter.")
para(doc, "Ann Pettigrew, President", italic=True)

# ---------------------------------------------------------------- officers
title("OFFICERS AND COMMITTEES 2009-10")
society = [("President", "Mrs Ann Pettigrew"), ("Chairman", "Roy Heddle"), ("Hon. Secretary", "Pat Ainsworth"),
           ("Treasurer", "Gwyn Probert"), ("Hedging Officer", "Alan Cope"),
           ("Schools Officer (Hedgerow Days)", "Lucy Brain"), ("Award Officer", "Helen Marsh")]
award = [("Chair", "Bridget Lacey, Headteacher, Coldharbour School (special, 3-19)"),
         ("Award Officer", "Helen Marsh"),
         ("University link", "Dr Owen Price, University of Severnbridge"),
         ("County", "Jane Corley, Principal Officer for SEN, Lydshire County Council"),
         ("Headteacher", "Mark Ellison, St Anselm's Primary School, Lydbrook"),
         ("SENCO", "Priya Shah, Lydbrook High School"),
         ("Parent", "Dev Patel, Lydshire Parent Partnership"),
         ("Autism Outreach", "Kath Morgan, Lydshire Autism Outreach Team"),
         ("Young people's member", "Josh Farr, Year 11, Lydbrook High School Council"),
         ("Society", "Alan Cope, Hedging Officer")]
t = table(doc, 2 + len(society) + len(award), 2, widths=[5.5, 11.5])
m = t.rows[0].cells[0].merge(t.rows[0].cells[1])
cell_text(m, "THE SOCIETY", bold=True, fill=GREEN)
for i, (a, b) in enumerate(society, 1):
    cell_text(t.rows[i].cells[0], a, size=9, bold=True)
    cell_text(t.rows[i].cells[1], b, size=9)
k = 1 + len(society)
m = t.rows[k].cells[0].merge(t.rows[k].cells[1])
cell_text(m, "THE AWARD COMMITTEE", bold=True, fill=GREEN)
for i, (a, b) in enumerate(award, k + 1):
    cell_text(t.rows[i].cells[0], a, size=9, bold=True)
    cell_text(t.rows[i].cells[1], b, size=9)

# ---------------------------------------------------------------- fixture card
title("FIXTURE CARD 2009-10")
fixtures = [
    ("SEPTEMBER 2009", [
        ("Sat 5", "Society: Hedgerow Day for schools", "Lantern Farm"),
        ("8 to 25", "Award: Starting Walks, September company (by appointment)", "Entrants' schools"),
        ("Sat 19", "Award: Hedge Day 1 (repeated Wed 23)", "Lydbrook High School")]),
    ("OCTOBER", [
        ("Sat 3", "Society: work party, Coldharbour Lane", "Meet at the Forge, 9.00"),
        ("Sat 10", "Award: Hedge Day 2 (repeated Wed 14)", "Coldharbour School"),
        ("Sat 24", "Society: Autumn Match, all classes", "Ashperton Farm")]),
    ("NOVEMBER", [
        ("Sat 7", "Award: Hedge Day 3 (repeated Wed 11)", "St Anselm's Primary"),
        ("Sat 21", "Award: Hedge Day 4 (repeated Wed 25)", "Coldharbour School")]),
    ("DECEMBER", [
        ("Fri 4", "Award: Autumn Match pieces in", "Award Officer"),
        ("Sat 12", "Society: Christmas Hedge and Supper", "The Lantern Inn")]),
    ("JANUARY 2010", [
        ("Sat 9", "Award: Hedge Day 5 (repeated Wed 13)", "Lydbrook High School"),
        ("11 to 22", "Award: Starting Walks, January company", "Entrants' schools"),
        ("Sat 16", "Society: the Vale Championship", "Brockhall Estate"),
        ("Sat 30", "Award: Hedge Day 6 (repeated Wed 3 Feb)", "Lydbrook High School, ICT suite")]),
    ("FEBRUARY AND MARCH", [
        ("Sat 20 Feb", "Award: Hedge Day 7 (repeated Wed 24)", "Coldharbour School"),
        ("Mon 1 Mar", "End of the cutting season: no cutting until 1st September", "All hedges"),
        ("Sat 13 Mar", "Award: Hedge Day 8 (repeated Wed 17)", "St Anselm's Primary"),
        ("Fri 26 Mar", "Award: Spring Match pieces in", "Award Officer")]),
    ("APRIL TO JUNE", [
        ("Sat 24 Apr", "Award: Hedge Day 9 (repeated Wed 28)", "Coldharbour School"),
        ("Sat 15 May", "Award: Hedge Day 10 (repeated Wed 19)", "Lydbrook High School"),
        ("7 to 25 Jun", "Award: Championships (by appointment)", "Entrants' schools"),
        ("Sat 26 Jun", "Award Board, then the Summer Gathering", "The Lantern Inn")]),
]
n = sum(1 + len(r) for _, r in fixtures) + 1
t = table(doc, n, 3, widths=[2.6, 9.4, 5.0])
for c, h in zip(t.rows[0].cells, ("Date", "Fixture", "Where")):
    cell_text(c, h, bold=True, size=9, fill=PALE)
i = 1
for month, rows in fixtures:
    m = t.rows[i].cells[0].merge(t.rows[i].cells[2])
    cell_text(m, month, bold=True, size=9, fill=GREEN)
    i += 1
    for row in rows:
        for c, v in zip(t.rows[i].cells, row):
            cell_text(c, v, size=9)
        i += 1

# ---------------------------------------------------------------- words of the hedge
title("WORDS OF THE HEDGE")
para(doc, "Newer members, and the Award's Entrants, will meet these words throughout the Yearbook. Many of them "
          "mean one thing on the hedge and another in the Award.", italic=True)
words = [
    ("Pleacher", "A stem cut part way through near the base and laid over", "One of the 29 national minimum "
     "outcomes of the Award, listed at A.11"),
    ("Hedge Day", "A day's laying", "A taught day of the Award, numbered HD1 to HD10"),
    ("Plot", "The length allotted to a competitor at a Match", "A practical task the Entrant carries out in his "
     "or her own school between Hedge Days"),
    ("Practice Plot", "A plot laid for practice and not judged", "A piece of work a Judge reads and comments on. It "
     "carries no marks and does not count towards the Award"),
    ("Match", "A hedgelaying competition", "One of the two marked assignments: the Autumn Match and the Spring "
     "Match"),
    ("Championship", "The Vale Championship each January", "The final assessment: a presentation and professional "
     "discussion on the Entrant's Hedge Card"),
    ("Judge", "Judges a class at a Match", "A marker of the Award"),
    ("Steward", "Keeps order on the day of a Match", "The experienced colleague, in or near the Entrant's school, "
     "who mentors the Entrant through the year"),
    ("Hedge Card", "The competitor's number card", "The Entrant's portfolio of evidence, kept against the 29 "
     "Pleachers"),
    ("Starting Walk", "Walking the hedge before the draw", "The needs assessment at the start of the Award"),
    ("Hedge Plan", "-", "The Entrant's individual training plan"),
    ("Cut on", "-", "In the table at A.11: the Hedge Days on which a Pleacher is taught"),
    ("Judged at", "-", "In the table at A.11: where a Pleacher is assessed. AM is the Autumn Match, SM the Spring "
     "Match, CH the Championship; PP means it is seen only at a Practice Plot; a dash means it is not judged this "
     "year"),
]
t = table(doc, 1 + len(words), 3, widths=[3.0, 5.6, 8.4])
for c, h in zip(t.rows[0].cells, ("Term", "On the hedge", "In the Award")):
    cell_text(c, h, bold=True, size=9, fill=PALE)
for i, row in enumerate(words, 1):
    cell_text(t.rows[i].cells[0], row[0], bold=True, size=9)
    cell_text(t.rows[i].cells[1], row[1], size=9)
    cell_text(t.rows[i].cells[2], row[2], size=9)

# ---------------------------------------------------------------- rules for matches
title("RULES FOR MATCHES")
rules = [
    "Classes are Open, Intermediate, Novice, Young Hedgers (under 18) and Veterans (over 65).",
    "Open plots are one chain; other classes three-quarters of a chain. Plots are drawn at 8.30 and work stops at "
    "3.00.",
    "Each class is judged by two judges working apart. Where their points differ by more than ten, the Chief Judge "
    "walks the plot and decides. Judges' cards are kept for a year.",
    "Young Hedgers must be with a parent or the Schools Officer. Every Society volunteer who supervises Young "
    "Hedgers holds an enhanced CRB disclosure, which the Hon. Secretary sees.",
    "Chainsaws are allowed only in the Open class, and only on sight of a certificate of competence.",
    "A competitor with a disability may ask the Match Secretary for a shorter plot or a helper.",
    "The judges' decision is final.",
]
for i, r in enumerate(rules, 1):
    p = para(doc, [(f"{i}.  ", "b"), (r, "")], indent=0.5, after=2)
    if i == 2:
        fn.add(p, "A chain is 22 yards (20.1 metres).")

title("THE SOCIETY'S HEDGING COURSES")
para(doc, "Beginners' weekends run in November and February at Lantern Farm, and Improvers' days on the Vale "
          "Championship hedge the week after the Championship. The Society's Hedgelaying Certificate is assessed "
          "on the hedge by two of our judges. Hedgers with earlier experience may have it counted towards the "
          "Certificate by a day's assessment on the hedge, and need not take the beginners' weekend. Ring Alan "
          "Cope to book.")

# ---------------------------------------------------------------- the award section
p = para(doc, "THE AWARD SECTION", bold=True, size=16, align="center", before=18, after=2)
p = para(doc, "The Lydbrook Vale SENCO Award, 2009-10", italic=True, align="center", after=8)

title("A.1  ABOUT THE AWARD")
p = para(doc, "The Lydbrook Vale SENCO Award is the Society's course for the National Award for Special Educational "
              "Needs Coordination, run with the Lydbrook Vale Learning Partnership (fourteen schools: ten primary, "
              "two secondary and two special) and the University of Severnbridge. The University's Faculty of "
              "Education validated the Award in March 2009 as a Postgraduate Certificate in Special Educational "
              "Needs Coordination. The University has rated the Award at 40 credits at Level 7 (masters level).")
fn.add(p, "The University's Academic Board has agreed in principle that a further 20-credit module may be added "
          "from 2010.")
para(doc, "Entrants register with the University, which awards the Certificate. The Society runs the Hedge Days and "
          "the Matches, and the Partnership's schools host the Hedge Days and the placements.")

title("A.2  WHAT THE AWARD IS FOR")
para(doc, "The Award exists to raise the achievement and well-being of children and young people with special "
          "educational needs and disabilities in the Vale's schools: achievement in all five Every Child Matters "
          "outcomes (being healthy, staying safe, enjoying and achieving, making a positive contribution and "
          "achieving economic well-being), not only test results. Each Hedge Day begins with a pupil's story from a "
          "Partnership school. The Spring Match is a piece of work in the Entrant's own school in which he or she "
          "plans, carries out and measures an intervention for a group of pupils, reporting the pupils' progress "
          "and well-being before and after. Judges mark the Spring Match on the difference it made to the pupils as "
          "well as on the Entrant's understanding.")

title("A.3  WHO MAY ENTER")
para(doc, "Entrants must hold qualified teacher status and be in post as SENCO, or be named to take up the post "
          "within a year, in a school in Lydshire or a neighbouring county. Each applicant sends the application "
          "form with a letter of support from the headteacher, who agrees to release the Entrant for the Hedge Days "
          "and Plots and to name a Steward. The Award Officer reads every application and meets each applicant at "
          "the Starting Walk (A.4). Where an applicant seems unlikely to reach the Pleachers within the year, she "
          "tells the applicant and the head what to do first (usually a term of the County's New SENCO Network and "
          "some named reading) and holds a place in the next company.")
para(doc, [("Checks. ", "b"),
           ("Before Hedge Day 1 the Award Officer sees each Entrant's enhanced disclosure from the Criminal Records "
            "Bureau, and asks the headteacher to confirm in writing that the school has checked List 99 and taken "
            "up references when it appointed the Entrant. An Entrant who has not worked in a school with children "
            "in the last three months is asked for a new enhanced disclosure, which the Society obtains, before "
            "starting. No Entrant starts until the Award Officer has ticked both on the Entrant's record.", "")])
para(doc, [("Disabled Entrants. ", "b"),
           ("The application form and this Yearbook are available in large print, on tape and by e-mail. The form "
            "invites applicants, in confidence, to tell us of any disability or need, and the Award Officer rings "
            "every applicant who does so to agree adjustments before the Starting Walk: a hearing loop, a sign "
            "language interpreter, a note-taker, handouts in advance, rest breaks, ground-floor rooms, and extra "
            "time for Matches under the University's rules. Every Hedge Day venue and host school has level access "
            "and an accessible toilet, and the Award Officer checks a placement for access before an Entrant is "
            "sent. The same criteria apply to every applicant, and the Award Committee looks each year at who "
            "applied and who was offered a place.", "")])

title("A.4  THE STARTING WALK AND YOUR HEDGE PLAN")
para(doc, "Before Hedge Day 1 each Entrant walks the 29 Pleachers with the Award Officer, rating each one stands, "
          "leaning or to lay. The Steward joins for the second half. The Award Officer and the Entrant then write "
          "the Entrant's Hedge Plan: which Hedge Days the Entrant must attend in full and which he or she may take "
          "in part; the Pleachers to be worked at first; the focus of each Plot; and the Entrant's own targets for "
          "the year, over and above the Pleachers. The Plan is looked at again after each Match and changed as "
          "needed.")
para(doc, [("Earlier study. ", "b"),
           ("Entrants who have studied special educational needs before may ask about this at the Starting Walk; "
            "the University's general rules on credit for earlier study apply.", "")])

title("A.5  STRAIGHT TO THE CHAMPIONSHIP")
para(doc, "Exceptionally, a teacher of long experience in special educational needs (for example from the County's "
          "Learning Support Service, or a SENCO of many years who moves to the Vale) may go straight to the "
          "Championship without the Hedge Days. The applicant sends a Hedge Card with evidence against all 29 "
          "Pleachers; two Judges read it and, if they think it ready, the applicant is examined at the Championship "
          "on every Pleacher in the same way as other Entrants. The fee is £450. The Award Committee decides each "
          "application, and we expect no more than two a year.")

title("A.6  HEDGE DAYS")
hds = [
    ("HD1", "The SENCO in the Vale", "The role; the Code of Practice at a glance; Every Child Matters and the "
     "SENCO's part in it; how the Award runs; the Hedge Card", "Helen Marsh"),
    ("HD2", "Reading the Hedge", "The Education Act 1996 and the SEN Code of Practice (2001); the SEN and "
     "Disability Act 2001; the Disability Discrimination Act as amended in 2005 and the disability equality duty; "
     "the SENCO Regulations 2008. What recent research and inspection say: Ofsted's Inclusion: does it matter "
     "where pupils are taught? (2006), the Bercow Review (2008), the Inclusion Development Programme (2008) and "
     "the Achievement for All pilot (2009)", "Dr Owen Price"),
    ("HD3", "Family and Pupil", "Working with parents and carers as partners (the Lydshire Parent Partnership "
     "leads half the day); building relationships with pupils and families; a short session on hearing pupils' "
     "views", "Dev Patel, Helen Marsh"),
    ("HD4", "How Children Grow", "Child development and what affects it (disability, home, the classroom and the "
     "playground); dyslexia and the autistic spectrum and how they affect learning", "Kath Morgan, Sam Adeyemi"),
    ("HD5", "Finding and Tracking", "Identifying pupils; using data, national tests and teacher assessment to track "
     "progress; setting targets; planning and reviewing interventions; provision mapping; access arrangements for "
     "national tests and examinations; making decisions on provision", "Carol Whitlock"),
    ("HD6", "Teaching that Works", "Approaches, strategies and resources, with ICT and assistive technology in the "
     "ICT suite; formative assessment in the classroom; best practice", "Carol Whitlock"),
    ("HD7", "Many Hands", "The educational psychology, speech and language therapy, sensory and behaviour "
     "services; the voluntary bodies (Lydshire Dyslexia Association, Vale Autism Parents); using their "
     "assessments; getting help", "Sam Adeyemi and guests"),
    ("HD8", "The Whole School", "Self-evaluation and improvement planning; SEN policy; working with governors; the "
     "school's inclusive ethos and use of resources; reviewing provision with colleagues", "Bridget Lacey"),
    ("HD9", "Leading Colleagues", "Observation and feedback; coaching and mentoring; leading training for staff",
     "Bridget Lacey"),
    ("HD10", "The Next Hedge", "Keeping up to date: journals, networks and the County's SEN conference; presenting "
     "the Hedge Card", "Helen Marsh"),
]
t = table(doc, 1 + len(hds), 4, widths=[1.4, 3.2, 9.2, 3.2])
for c, h in zip(t.rows[0].cells, ("HD", "Title", "What we do", "Led by")):
    cell_text(c, h, bold=True, size=9, fill=PALE)
for i, row in enumerate(hds, 1):
    for c, v in zip(t.rows[i].cells, row):
        cell_text(c, v, size=9)

title("A.7  PLOTS AND PLACEMENTS")
para(doc, "Between Hedge Days each Entrant lays a Plot in his or her own school: a practical task set from the "
          "Pleachers and the Hedge Plan, such as drawing up the school's provision map, leading a review with a "
          "family, or observing and coaching a colleague. The Steward sees each Plot done and signs it on the Hedge "
          "Card. The Autumn Match is built from the first three Plots, and the Spring Match is the Entrant's "
          "intervention study (A.2).")
para(doc, "Each Entrant spends two days in a host school unlike his or her own, Coldharbour School (special, 3-19), "
          "the speech and language resource base at St Anselm's Primary or the Lydbrook High School inclusion "
          "centre, arranged by the Award Officer with a task from the Hedge Plan. Specialists from the County's "
          "services and the voluntary bodies lead HD7.")

title("A.8  THE HEDGEROW ROOM")
p = para(doc, "The Hedgerow Room is the Award's space on the University's virtual learning environment, and every "
              "Entrant has a login from the first Hedge Day. The Room holds the readings and slides for each Hedge "
              "Day, recordings of the main talks for Entrants who take a Hedge Day in part, and a discussion board "
              "for each company, where Entrants post their Plots and comment on each other's between Hedge Days. ")
r = run(p, "The Judges do not post in the Room; questions for a Judge are kept for the next Hedge Day, when an hour "
           "is set aside for them.")
comment(doc, [r], "Owen, could the Judges take turns to answer in the Room, a week each? H.M.", HM, "HM")

title("A.9  TWO STARTS AND TWO DAYS")
p = para(doc, "There are two companies a year. The September company starts with Hedge Day 1 in September; the "
              "January company starts in January, joins the September company from Hedge Day 6, and takes Hedge "
              "Days 1 to 5 the following autumn, so its Hedge Days come in a different order. Every Hedge Day is "
              "held on a Saturday and repeated on the following Wednesday, and an Entrant may come to either. An "
              "Entrant whose Hedge Plan shows a Pleacher already standing may take that Hedge Day in part, using "
              "the recordings in the Hedgerow Room. ")
ins_run(p, "With the University's leave, an Entrant may take up to two years over the Award.", OP, D1)

title("A.10  MATCHES AND THE CHAMPIONSHIP")
para(doc, "The Autumn Match (4,000 words) is a case study of the Entrant's school's arrangements for pupils with "
          "special educational needs, built from the first three Plots. The Spring Match (5,000 words) is the "
          "intervention study. The Championship is a forty-minute presentation and professional discussion on the "
          "Hedge Card, held before one Judge in the Entrant's school with the Steward present. Each Match is judged "
          "by one Award Judge, whose mark stands. A Practice Plot may be sent to a Judge before each Match for "
          "comment.")
del_para(doc, "A second Judge from the University marks one in every three Match pieces and every fail, and the "
              "University's external examiner sees a sample of each Match and attends two Championships each "
              "year.", HM, D2)
para(doc, "The University's Award Board gives the Award only to an Entrant who has passed both Matches and the "
          "Championship and whose Hedge Card shows every one of the national minimum outcomes evidenced and "
          "passed.")

title("A.11  THE 29 PLEACHERS")
para(doc, "The national minimum outcomes in our words. Read Cut on and Judged at by the Words of the Hedge.",
     italic=True)
pleachers = [
    ("ATTRIBUTES", [
        ("P1", "Builds fair, respectful and supportive relationships with pupils with SEN and disabilities and "
               "with their families", "HD3", "SM"),
        ("P2", "Gains the commitment of colleagues, the head and senior leaders among them, to better outcomes for "
               "these pupils", "-", "CH"),
        ("P3", "Prioritises, manages time and delegates, seeing tasks through", "-", "- (not in this year's Hedge)"),
        ("P4", "Anticipates and resolves problems; makes sound decisions on provision", "HD5", "CH"),
        ("P5", "Expresses himself or herself clearly in speech and writing, and listens to others", "HD1, HD10",
         "AM, CH"),
        ("P6", "Draws on research and outside advice to improve practice", "HD2", "AM"),
        ("P7", "Keeps up to date and takes charge of his or her own professional development", "HD10", "CH"),
    ]),
    ("KNOWLEDGE AND UNDERSTANDING", [
        ("P8", "The law and guidance on SEN, the Code of Practice above all, and how to put them into practice",
         "HD1, HD2", "AM"),
        ("P9", "Every Child Matters and the SENCO's part in its five outcomes", "HD1", "AM"),
        ("P10", "The laws on disability equality and what they require", "HD2", "AM"),
        ("P11", "How children develop, and how SEN, disability and surroundings affect development", "HD4", "AM"),
        ("P12", "Dyslexia and the autistic spectrum, and how they affect a child's learning", "HD4", "SM"),
        ("P13", "Approaches, strategies and resources, ICT among them, for assessment, planning, teaching and "
                "learning", "HD6", "SM"),
        ("P14", "School self-evaluation and improvement as they bear on outcomes for pupils with SEN", "HD8", "CH"),
        ("P15", "Best practice and research in meeting special educational needs", "HD6", "PP"),
        ("P16", "The work of outside agencies and how to get specialist help", "HD7", "SM"),
    ]),
    ("SKILLS", [
        ("P17", "With senior colleagues and governors, shapes an inclusive ethos, policy, priorities and the use of "
                "resources", "HD8", "-"),
        ("P18", "Identifies pupils, sets challenging targets, plans interventions and reviews progress", "HD5",
         "AM"),
        ("P18a", "Uses other professionals' assessments to plan teaching", "HD7", "SM"),
        ("P18b", "Uses summative assessment and national tests to track progress and change programmes", "HD5",
         "SM"),
        ("P18c", "Encourages colleagues to develop formative assessment, with pupils with SEN in mind", "HD6", "PP"),
        ("P18d", "Identifies and arranges in good time access arrangements for national tests and examinations",
         "HD5", None),
        ("P19", "Uses provision mapping and finds provision that is missing or not working", "HD5", "AM"),
        ("P20", "Deploys and manages staff to support pupils", "-", "- (not in this year's Hedge)"),
        ("P21", "Supports colleagues' development: observation and feedback, modelling, coaching, mentoring, "
                "training", "HD9", "CH"),
        ("P22", "Reviews provision with colleagues to inform self-evaluation and improvement planning", "HD8",
         "CH"),
        ("P23", "Involves pupils in planning, agreeing, reviewing and evaluating their provision", "HD3", "-"),
        ("P24", "Liaises with parents and carers to promote their children's learning", "HD3", "SM"),
        ("P25", "Works in partnership with other services and agencies, voluntary bodies among them", "HD7", "CH"),
    ]),
]
nrows = 1 + sum(1 + len(r) for _, r in pleachers)
t = table(doc, nrows, 4, widths=[1.5, 10.5, 2.4, 2.6])
for c, h in zip(t.rows[0].cells, ("Pleacher", "What the Entrant lays", "Cut on", "Judged at")):
    cell_text(c, h, bold=True, size=9, fill=GREEN)
i = 1
for grp, rows in pleachers:
    m = t.rows[i].cells[0].merge(t.rows[i].cells[3])
    cell_text(m, grp, bold=True, size=9, fill=PALE)
    i += 1
    for row in rows:
        cells = t.rows[i].cells
        for c, v in zip(cells[:3], row[:3]):
            cell_text(c, v, size=9)
        if row[3] is None:
            cp = cells[3].paragraphs[0]
            del_run(cp, "-", HM, D2)
            ins_run(cp, "AM", HM, D2)
        else:
            cell_text(cells[3], row[3], size=9)
        i += 1

title("A.12  JUDGES, STEWARDS AND THE AWARD OFFICER")
para(doc, "Helen Marsh, Award Officer, was SENCO at Lydbrook High School for fourteen years and since 2006 has been "
          "the County's SEN adviser for secondary schools; MA in Inclusive Education (Severnbridge). Dr Owen Price "
          "is Principal Lecturer in Special and Inclusive Education at the University and leads its MA. Carol "
          "Whitlock, formerly head of the County's Learning Support Service, is a specialist teacher of pupils with "
          "dyslexia (AMBDA). Sam Adeyemi is an educational psychologist with Lydshire County Council. Bridget Lacey "
          "is headteacher of Coldharbour School. All are Judges. Each keeps specialist knowledge current through "
          "the County's SEN conference and the University's research seminars, and the Award Officer checks each "
          "Judge's record of these every summer.")
para(doc, "Judges are briefed on the University's Level 7 criteria and on the Pleachers at the Judges' Supper each "
          "September. "
          "Stewards are chosen by their schools, and we leave it to each school to tell its Steward what the role "
          "involves.")

title("A.13  WHAT IT COSTS")
para(doc, "The fee is £1,250 for the year, or £450 straight to the Championship. The Partnership pays half the fee "
          "for Entrants from its fourteen schools, and the Society's Gwen Probert Bursary meets up to £300 for an "
          "Entrant from a school of under 150 pupils. Holding Hedge Days in Partnership schools, on Saturdays and "
          "repeated on Wednesdays, keeps supply costs down, and the Hedge Plan means no Entrant sits through a day "
          "on something he or she already does well. The fee buys ten Hedge Days, two Matches, the Championship, "
          "two placement days, the Steward's time and the Hedgerow Room.")

title("A.14  WHO HAD A SAY")
para(doc, "In spring 2008 the Society and the Partnership asked every school in the Vale what their SENCOs most "
          "needed. Thirty-eight of the 52 schools replied, and the County shared its figures for pupils at School "
          "Action Plus and with statements in the Vale, in which speech, language and communication needs and "
          "behavioural, emotional and social difficulties were the largest groups. Heads asked most for help with "
          "tracking progress and provision mapping; SENCOs for help in working with families and with the law; and "
          "parents, through the Parent Partnership, for SENCOs who listen. These needs are the spine of Hedge Days "
          "2, 3 and 5.")
p = para(doc, "In November 2008 the first draft of the Award was put to the Hedge Talk evening at the Lantern Inn, "
              "attended by 34 heads, SENCOs, parents and officers. ")
r = run(p, "The Committee listened carefully to everyone who spoke, and the Award is the better for it.")
comment(doc, [r], "Helen, can we say what we actually changed after Hedge Talk? The panel will want specifics. B.L.",
        "Bridget Lacey", "BL")
para(doc, "The Award Committee, on which heads, a parent, the County, the Autism Outreach Team and a young person "
          "sit, reviews the Award each July. Stewards and heads fill in a questionnaire after the Championship; the "
          "Lydshire Parent Partnership holds a parents' evening each spring at which parents of pupils in Entrants' "
          "schools tell us what has changed; and Partnership schools host the Hedge Days and placements.")

title("A.15  HOW WE CHECK THE AWARD IS WORKING")
para(doc, "Within the Society, Entrants fill in a Gate Card after each Hedge Day, the Judges meet after each Match "
          "to talk over what the pieces showed about the Hedge Days, and the Award Officer writes an annual report each July. From outside "
          "come the University's annual monitoring report, the County's review of SEN training each spring, and the "
          "heads' and Stewards' questionnaires. The Award Committee reads all of these at its July meeting and "
          "agrees an action plan for the next year, and the next Yearbook reports, under What we changed, what was "
          "done.")
para(doc, [("Impact. ", "b"),
           ("At the Starting Walk and again at the Championship each Entrant rates his or her confidence on every "
            "Pleacher on a five-point scale, and the Steward rates the Entrant's practice. In the Spring Match every "
            "Entrant takes baseline measures for the pupils in the intervention (reading or spelling ages, "
            "attendance, behaviour points, or a well-being measure such as the Boxall Profile) and measures again "
            "at the end; the Award Officer gathers these results for all Entrants and reports the pupils' progress "
            "to the Award Committee. A year after the Championship the head is asked what has changed for pupils "
            "with special educational needs in the school.", "")])

title("A.16  RESOURCES")
para(doc, "Entrants may use the University's library and electronic journals with their student cards, and the "
          "Hedgerow Room holds every reading. The Society's Resource Barrow, kept at Lydbrook High School and "
          "brought to every Hedge Day, lends assessment materials, screening tools and assistive technology for "
          "Entrants to try in school: two reading pens, a talking word processor with a year's licence for each "
          "Entrant's school, and a portable magnifier and switch-access kit lent by the Sensory Support Service. "
          "HD6 is held in the Lydbrook High School ICT suite.")

# ---------------------------------------------------------------- the rest of the yearbook
title("ROLL OF CHAMPIONS (OPEN CLASS)", before=18)
champs = [("2005", "Alan Cope", "Midland"), ("2006", "Dai Rees", "Welsh Border"), ("2007", "Alan Cope", "Midland"),
          ("2008", "Tom Pritchard", "South of England"), ("2009", "Sarah Lowe", "Welsh Border")]
t = table(doc, 1 + len(champs), 3, widths=[2.5, 7.0, 7.5])
for c, h in zip(t.rows[0].cells, ("Year", "Champion", "Style")):
    cell_text(c, h, bold=True, size=9, fill=PALE)
for i, row in enumerate(champs, 1):
    for c, v in zip(t.rows[i].cells, row):
        cell_text(c, v, size=9)

title("IN MEMORIAM")
para(doc, [("Fred Bayliss (1931-2008). ", "b"),
           ("Fred laid his first hedge at twelve and his last at seventy-five. He started the Society's Saturday "
            "Hedgerow Days for schools in 1998, and it was Fred who asked, at the 2006 AGM, what the Society could "
            "do for the teachers who look after the Vale's children with special needs. For some years he ran a "
            "winter evening class for SENCOs at the Forge, which has now ended. We miss him.", "")])

title("NOTICES AND ADVERTISEMENTS")
text_box(doc, [[("BILLHOOKS GROUND AND SET. ", "b"), ("J. Pattle, Forge Lane, Lydbrook. Members' rates.", "")]],
         width_pt=300, fill="FFFFFF")
text_box(doc, [[("LYDSHIRE COUNTY COUNCIL: NEW SENCO NETWORK. ", "b"),
                ("Termly meetings for SENCOs in their first two years in the role. Free to Lydshire schools. Book "
                 "through the Inclusion Support Service.", "")]], width_pt=300, fill="FFFFFF")
text_box(doc, [[("HEDGES WANTED ", "b"),
                ("for the 2010 matches: fifteen chains or more, roadside preferred. Ring Alan Cope.", "")]],
         width_pt=300, fill="FFFFFF")

title("MEMBERSHIP FORM")
form = [("Name", "[Your name]"), ("Address", "[Your address]"), ("Telephone / e-mail", ""),
        ("I would like to", "☐ lay hedges   ☐ help at Hedgerow Days   ☐ hear about the Award"),
        ("Subscription", "£12 adult · £6 under 18 · £20 family"), ("Signed", "")]
t = table(doc, len(form), 2, widths=[4.5, 12.5])
for i, (a, b) in enumerate(form):
    cell_text(t.rows[i].cells[0], a, bold=True, size=9, fill=PALE)
    cell_text(t.rows[i].cells[1], b, size=9, italic=b.startswith("["))
para(doc, "Return to the Hon. Secretary, 3 Kiln Cottages, Lydbrook LV4 8RT.", italic=True, size=9)

fn.attach(doc)
doc.save(OUT)
print("wrote", OUT)
