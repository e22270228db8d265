"""pz-02-ravensby-pacers-pack

Provider (invented): Ravensby Road Runners Schools Foundation, the schools charity of a marathon running club
that stages the Ravensby Marathon, with Kingsholt University (validating) and Brayford Metropolitan Borough
Council's SEN Support Service. Application for approval to run the National Award for SEN Coordination,
"Issue 3, 12 January 2009".

Document kind and layout: the club's PACERS' PACK, the briefing pack its marathon pace-makers are given
before race day, sent as the application. No heading styles: part titles are typed bold capitals on shaded
Normal paragraphs ("PART 6  THE MILES"); a masthead typed with manual line breaks; typed "•" and "-" lists;
a glossary of the club's words at the front (Runner, Pacer, Marshal, Mile, Long run, Drinks station, The Wall,
Seeding Run, Chip mat, Gun time, Bib, and the Band Card statuses CHIP / GUN / UNPACED / DNS) that keys the
Band Card of outcomes ten parts later, in a landscape section; a pace-group table with a merged last row; a
pace band of the ten Miles with a deleted row; a chip-mat table; three text boxes (a note to the panel, the
"Pacers' golden rules" of values, and a blanket claim beside the Band Card); three footnotes; three Word
comments; tracked changes (a deleted sentence, an inserted paragraph, a deleted table row); a template prompt
left in ("[Pace group leader: ...]") and a placeholder ("[level to be confirmed by Kingsholt]"); page header
and footer. Some Mile descriptions are broken by manual line breaks as if pasted.

Traps (requirement ids):
- Placeholder: "60 credits at [level to be confirmed by Kingsholt]", and a footnote saying the level is not
  yet set (E.2 partially_met). Validation itself is done (E.1 met).
- Attainment-only aim: "Our aim is simple: faster times" in reading, writing and mathematics, and the Finish
  Portfolio must show it "in their pupils' results" (1.1 partially_met; the ECM outcomes appear only as
  Mile 1 content).
- Deleted tracked change: the only assessment-only route is a deleted sentence; what remains says "Every
  runner runs every Mile" (2.3 not_met).
- Inserted tracked change: the whole CRB check on runners is an inserted paragraph (5.3 met).
- Deleted table row: a joint day with Children's Services (Mile 9b) is deleted from the pace band; the Band
  Card marks bib 129 DNS (6.S9 not_met).
- Comment, not evidence: the only award rule requiring every outcome is in a comment; the body says only that
  finishers get their medal, and the Band Card has DNS bibs (6.0 not_met). The text-box claim "all 29 national
  outcomes are on the Band Card, paced and timed" is contradicted by the card (1.9 partially_met).
- Experience not accredited: "experience alone does not earn credit" (2.1 partially_met).
- Entry without a check of readiness: "We do not turn runners away: the Seeding Run happens after you have a
  place" (5.2 partially_met).
- Right words, wrong thing: progression is only an MA leaflet, not professional targets (2.5 partially_met).
- Plan/wish: assistive technology "on the Foundation's wish list for 2010"; a projector and pacers' own books
  (5.6 partially_met).
- Conditional: "Kingsholt may ask to see a sample"; single marking with an internal read only (5.8
  partially_met).
- No e-learning, explicitly; the club's online training log is "not used" (3.3 not_applicable).
- Wrong context kept apart: the club's welfare officer checks pacers and junior coaches (not needed for 5.3,
  which the inserted paragraph meets).
- Band Card statuses: GUN (taught, feedback only, "not a mark") for 6.A2, 6.K3, 6.S2d, 6.S4 (partially_met);
  UNPACED (timed, not taught) for 6.A5 (partially_met); DNS for 6.A3 and 6.S9 (not_met).
- Footnotes are part of the submission: the fee and subsidy (2.4 met with the tailoring text) and the
  reading-list revision (1.3).
- Values in a text box ("Inclusion is the heartbeat of this club") carry no verdict.
Met with concrete arrangements: E.1, 1.2-1.8, 2.2, 2.4, 3.1, 3.2, 4.1-4.3, 5.1, 5.4, 5.5, 5.7, 5.9.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _pz_helpers import (new_document, para, lines_para, table, merge_row, shade, shade_para, cell_text,
                         text_box, comment, page_field, Footnotes, ins_run, del_run, mark_para_inserted,
                         mark_row_deleted, landscape_section, add_runs)
from docx.shared import Pt, Cm, RGBColor

HERE = Path(__file__).parent
NAME = "pz-02-ravensby-pacers-pack"
AUTH1 = "Martin Pryce"
AUTH2 = "Kath Ashdown"

doc = new_document("Calibri", 11)
fn = Footnotes(doc)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "RAVENSBY ROAD RUNNERS  -  PACERS' PACK  -  ISSUE 3"
fp = sec.footer.paragraphs[0]
fp.text = "Pacers' pack: not for runners. Every finisher runs the full distance.  Page "
page_field(fp)


def part(title):
    p = para(doc, [(title, {"bold": True, "size": 12, "color": "FFFFFF"})], keep=True)
    shade_para(p, "C00000")
    p.paragraph_format.space_before = Pt(12)
    return p


def sub(title):
    return para(doc, [(title, {"bold": True})], keep=True)


def bullet(text, mark="\u2022"):
    p = para(doc, f"{mark}  {text}", space_after=2)
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.4)
    return p


# ---------------------------------------------------------------- masthead
lines_para(doc, ["RAVENSBY ROAD RUNNERS", "Schools Foundation", "The Clubhouse, Cinder Lane, Ravensby RV4 2JT"],
           bold=True, size=10)
para(doc, [("PACERS' PACK", {"bold": True, "size": 26, "color": "C00000"})], space_after=0)
para(doc, [("The Ravensby Pacing Programme: National Award for SEN Coordination, 2009-10", {"bold": True,
                                                                                           "size": 13})])
para(doc, [("Issue 3, 12 January 2009. For pacers, marshals and the TDA panel.", {"italic": True})])

text_box(doc, [
    [("A NOTE FOR THE TDA PANEL", {"bold": True})],
    "This is the pack every Ravensby pacer is given before the season starts. We have sent it as our application "
    "because it is the fullest account of the programme we have, and because it is what our tutors actually work "
    "from. Pacers are our tutors; runners are the teachers on the programme; the glossary in Part 1 explains the "
    "rest. The programme is run by Ravensby Road Runners Schools Foundation with Kingsholt University and Brayford "
    "Metropolitan Borough Council's SEN Support Service.",
], width_cm=16.0, height_cm=3.6, fill="FDE9E9", line="C00000")

para(doc, [("IN THIS PACK", {"bold": True})], space_after=2)
for line in ["1  Pacers' glossary", "2  The race and why we run it", "3  Who can run", "4  The Seeding Run",
             "5  Pace groups", "6  The Miles", "7  Chip mats", "8  Pacers and marshals", "9  Race conditions",
             "10  How we know the race went well", "11  The Band Card"]:
    para(doc, line, space_after=0)

# ---------------------------------------------------------------- 1
part("PART 1   PACERS' GLOSSARY")
para(doc, "The club's words, as we use them in this pack:")
gloss = [
    ("Runner", "a teacher on the programme, usually a new or soon-to-be SENCO."),
    ("Pacer", "a tutor. Each pace group has a lead pacer and one or two pacers. Martin Pryce is lead pacer for the "
              "whole race."),
    ("Marshal", "the runner's mentor in their own school, usually the head teacher or a deputy."),
    ("Pace group", "a route through the programme (Part 5)."),
    ("Mile", "a taught day, or for the Four-Thirty Group two twilight sessions. There are ten Miles."),
    ("Long run", "the school-based task set at the end of each Mile."),
    ("Drinks station", "a one-to-one tutorial with your pacer, at Miles 3, 6 and 9."),
    ("The Wall", "the mid-course review at Mile 6."),
    ("Seeding Run", "the needs assessment before Mile 1 (Part 4)."),
    ("Chip mat", "a marked piece of assessment. There are three: Mat A, Mat B and the Finish Mat."),
    ("Gun time", "feedback a pacer gives at a drinks station on a short task. Gun time is written down, but it is "
                 "not a mark and it does not count."),
    ("Bib", "one of the national minimum outcomes, in our words, numbered 101 to 129 on the Band Card (Part 11)."),
    ("Band Card status", "CHIP means the bib is paced on a Mile and timed on a chip mat. GUN means it is paced on a "
                         "Mile but only given gun time. UNPACED means it is timed on a chip mat but no Mile paces "
                         "it. DNS (did not start) means it is not in the 2009-10 race."),
    ("Sweeper", "the pacer who follows up any runner who misses a Mile and runs a catch-up with them."),
    ("Finisher", "a runner who completes the programme. The medal is the award."),
]
for term, meaning in gloss:
    p = para(doc, "", space_after=2)
    add_runs(p, ["\u2022  ", (term + ": ", {"bold": True}), meaning])
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.4)

# ---------------------------------------------------------------- 2
part("PART 2   THE RACE AND WHY WE RUN IT")
para(doc, "Ravensby Road Runners has staged the Ravensby Marathon since 1983, and since 2001 its Schools "
          "Foundation has run the Daily Mile Challenge and the Junior Ten in 58 Brayford schools. In that work our "
          "volunteers, many of them teachers, met too many SENCOs who had been given the job without being shown "
          "how to do it. This programme is our answer.")
para(doc, "Our aim is simple: faster times. Pupils with special educational needs in Brayford's schools should "
          "make better progress in reading, writing and mathematics, and every runner's Finish Portfolio has to "
          "show it in their pupils' results. The objectives all serve that aim:")
for o in ["runners know the law and guidance on SEN and how to apply them;",
          "runners identify pupils' needs early and plan, deliver and track interventions that work;",
          "runners lead colleagues, support staff and families in that work;",
          "runners change something in their school and show its effect on their pupils' attainment."]:
    bullet(o, "-")
p_val = para(doc, "Kingsholt University validated the programme on 2 December 2008 as the University Certificate "
                  "in Special Educational Needs Coordination. Runners are registered students of Kingsholt, which "
                  "confers the award. The Certificate carries 60 credits at [level to be confirmed by Kingsholt].")
fn.add(p_val, "The validation panel asked for the external adviser's report before it sets the level of the "
              "Certificate. We expect to hear in March 2009.")
para(doc, "The race is about 600 hours of study: ten Miles (60 hours), ten long runs in school (about 80 hours), "
          "three chip-mat pieces and the reading around them.")
text_box(doc, [
    [("PACERS' GOLDEN RULES", {"bold": True})],
    "Every runner finishes.",
    "No runner is left behind.",
    "Inclusion is the heartbeat of this club.",
    "Run your own race.",
], width_cm=7.5, height_cm=3.2, fill="FFF2CC", line="BF9000")

# ---------------------------------------------------------------- 3
part("PART 3   WHO CAN RUN")
para(doc, "Entry is open to any qualified teacher in a Brayford school, or a school in a neighbouring authority, "
          "who is the school's SENCO or is about to become one, and whose head teacher signs the entry form. We "
          "do not turn runners away: the Seeding Run happens after you have a place.")
para(doc, "Runners who already hold masters-level credit in SEN, gained in the last five years, join the "
          "Three-Thirty Group (Part 5): up to 20 credits are carried over and Mat A is waived. We take a runner's "
          "experience into account when we seed them, but experience alone does not earn credit.")
p_ao = para(doc, "")
del_run(p_ao, "Experienced SEN teachers may ask to be timed without running: they hand in the three chip-mat "
              "pieces and the pacers mark them as for any other runner. ", AUTH2, "2009-01-06T14:12:00Z")
p_ao.add_run("Every runner runs every Mile of their pace group's band.")

# ---------------------------------------------------------------- 4
part("PART 4   THE SEEDING RUN")
para(doc, "Before Mile 1 every runner completes the Seeding Sheet. It lists all 29 bibs; the runner rates "
          "themselves on each from 1 (new to me) to 4 (I could teach this), and gives an example from their own "
          "work for every 3 or 4. The marshal reads the sheet and adds a comment. The runner then meets their "
          "pacer for 45 minutes at the clubhouse. Together they test the ratings against the examples (a runner "
          "who rates the Code of Practice at 4 is asked what changed in 2001) and agree the runner's Personal Pace "
          "Band: the bibs to work on hardest, the long runs to use for them, the reading and the placement day to "
          "choose, and two or three targets of the runner's own. The Personal Pace Band is checked at every "
          "drinks station and rewritten at The Wall.")

# ---------------------------------------------------------------- 5
part("PART 5   PACE GROUPS")
pg = table(doc, [
    ["Group", "Start", "How the Miles run", "Length", "For"],
    ["Three-Thirty", "September", "Miles 1 to 10 as full days; Mat A waived", "9 months",
     "Runners with masters credit in SEN"],
    ["Four-Hour", "September or January", "Miles 1 to 10 as full days, about one a month", "12 months",
     "Most runners"],
    ["Four-Thirty", "January", "Each Mile as two twilight sessions, 4.30 to 7.30 pm", "18 months",
     "Runners whose schools cannot release them for full days"],
    ["", "", "", "", ""],
], widths=[2.6, 2.6, 5.4, 2.0, 4.0], header_fill="F4CCCC", size=10)
merge_row(pg, 4, "All groups cross the same chip mats and run to the same Band Card. A runner may switch groups "
                 "at The Wall.", fill="FDE9E9", bold=False, size=10)
p_fee = para(doc, "Because each runner is seeded and runs to their own Personal Pace Band, the programme fits each "
                  "runner: the Miles are the same for everyone, but what each runner works on in the long runs, at "
                  "the drinks stations and on the placement day is their own, and the pace groups fit the time "
                  "their school can give. The fee is kept low.")
fn.add(p_fee, "The fee for 2009-10 is \u00a31,150 per runner. The Foundation pays \u00a3300 of it for every runner "
              "from a Brayford school. Because the Miles are run at the clubhouse and pacers are paid by the "
              "session, the fee is about a third lower than the nearest university course.")

# ---------------------------------------------------------------- 6
part("PART 6   THE MILES")
para(doc, "The pace band for the Four-Hour Group (September start). Bib numbers are those of the Band Card.")
band = [
    ["Mile", "Title", "Date", "Long run", "Bibs paced"],
    ["1", "The Start Line", "17 Sep 2009", "Audit your school's SEN policy and accessibility plan", "108, 109, 110"],
    ["2", "Know your runners", "15 Oct 2009", "Observe one pupil across a whole school day", "111, 112"],
    ["3", "Reading the splits", "12 Nov 2009", "Gather every assessment made of your case-study pupil",
     "118, 119, 120"],
    ["4", "Pacing strategies", "10 Dec 2009", "Try one approach and teach it to a colleague", "113, 121"],
    ["5", "Race conditions", "14 Jan 2010", "Draw your provision map; list pupils who need access arrangements",
     "122, 123"],
    ["6", "The Wall", "11 Feb 2010", "List what each teaching assistant does in a week", "124"],
    ["7", "Leading the group", "11 Mar 2010", "Coach a colleague through a three-week change", "102, 117, 125"],
    ["8", "Who's who on the course", "22 Apr 2010", "Build a directory of services; read one research report",
     "106, 107, 115, 116"],
    ["9", "Runner's voice and the family", "20 May 2010",
     "Three pupil conversations and one structured conversation with a parent", "101, 127, 128"],
    ["9b", "Working alongside other services (joint day with Brayford Children's Services)", "28 Jun 2010",
     "Join a multi-agency meeting", "129"],
    ["10", "The Finish", "8 Jul 2010", "Complete the Finish Portfolio", "104, 114, 126"],
]
bt = table(doc, band, widths=[1.2, 4.2, 2.3, 6.2, 2.7], header_fill="F4CCCC", size=9)
mark_row_deleted(bt.rows[10], AUTH1, "2009-01-08T09:30:00Z")

miles = [
    ["MILE 1  THE START LINE.", "The law and guidance every SENCO works within: the Education Act 1996 and the SEN "
     "Code of Practice (2001), School Action, School Action Plus, statutory assessment, statements and annual "
     "reviews; the SEN and Disability Act 2001; the Disability Discrimination Act 1995 as amended in 2005, and the "
     "Disability Equality Duty; the Children Act 2004 and Every Child Matters, its five outcomes and the SENCO's "
     "part in each; and Removing Barriers to Achievement. Led by Brayford's Principal Officer for SEN."],
    ["MILE 2  KNOW YOUR RUNNERS.", "How children develop, physically, socially, emotionally and in language and "
     "thinking, and how special educational needs, disability and the setting around the child can help or hold "
     "back that development. Then the common needs and how they affect learning: behavioural, emotional and "
     "social difficulties, specific learning difficulties including dyslexia, speech, language and communication "
     "needs, autistic spectrum disorders and moderate learning difficulties. Specialists from the SEN Support "
     "Service lead the second half."],
    ["MILE 3  READING THE SPLITS.", "Identifying pupils who may have SEN from observation, teacher assessment, P "
     "scales, national tests and RAISEonline; using the reports of educational psychologists, speech and language "
     "therapists and advisory teachers to plan teaching; tracking progress with summative data and changing a "
     "programme that is not working; setting targets that stretch."],
    ["MILE 4  PACING STRATEGIES.", "A critical look at approaches, strategies and resources for assessment, "
     "planning, teaching and learning, including ICT and assistive software, and how to choose between them on "
     "the evidence; and how to encourage colleagues to use formative assessment with every pupil, with the "
     "adjustments pupils with SEN need."],
    ["MILE 5  RACE CONDITIONS.", "Provision mapping: what a school provides, for whom, at what cost and with what "
     "result, and how to spot provision that is missing or not working. Then access arrangements: which pupils "
     "need them for national tests and GCSEs, the deadlines, the evidence the awarding bodies want, and how to "
     "make the arrangement the pupil's normal way of working in class."],
    ["MILE 6  THE WALL.", "Every runner reviews their Personal Pace Band with their pacer, halfway, and rewrites "
     "it. The afternoon is about the support team: deploying, managing and developing teaching assistants and "
     "other support staff."],
    ["MILE 7  LEADING THE GROUP.", "Working with the head teacher, senior leaders and governors on the inclusion "
     "policy, priorities and budget; winning colleagues' commitment; observing teaching and giving feedback, "
     "modelling, coaching and mentoring, and planning staff training. Runners also meet in cluster threes with "
     "SENCOs from other schools, advise each other on a live problem, and keep meeting in their threes after "
     "the Mile."],
    ["MILE 8  WHO'S WHO ON THE COURSE.", "The services and agencies around a school and what each does: "
     "educational psychology, speech and language therapy, CAMHS, social care, Connexions, the advisory teaching "
     "services, the Common Assessment Framework, and voluntary organisations such as Brayford Autism Support and "
     "the local dyslexia association; how to get specialist help and resources. The afternoon is research and "
     "advice: what research and inspection say about effective provision, including Ofsted's reports on "
     "inclusion of 2004 and 2006, the Bercow Review (2008) and the Inclusion Development Programme; how to read a "
     "study critically; and how to keep up to date through journals, NASEN and the Brayford SENCO forum."],
    ["MILE 9  RUNNER'S VOICE AND THE FAMILY.", "How to consult pupils with SEN about their provision and involve "
     "them in planning and reviewing it: pupil conversations, person-centred reviews, ways of hearing pupils who "
     "do not use speech. Runners practise with a pupil conversation tool and bring back three conversations. "
     "Then parents and carers: the structured conversation, annual reviews, parents who disagree, and the Parent "
     "Partnership Service, which co-leads this half of the Mile with two Brayford parents. Runners practise in "
     "threes with a pacer watching."],
    ["MILE 10  THE FINISH.", "School self-evaluation and improvement planning and where SEN sits in them; "
     "reviewing with colleagues how well provision works; and, through runners' own cases, anticipating problems "
     "and making sound decisions about provision. Runners give their Finish Line talks."],
]
for i, (title, text) in enumerate(miles):
    if i in (1, 4, 7):
        # pasted from the old pack: hard line breaks in mid-sentence
        words = text.split(" ")
        chunks, cur = [], []
        for w in words:
            cur.append(w)
            if len(" ".join(cur)) > 70:
                chunks.append(" ".join(cur))
                cur = []
        if cur:
            chunks.append(" ".join(cur))
        p = lines_para(doc, [title] + chunks)
        p.runs[0].bold = True
    else:
        p = para(doc, [(title + " ", {"bold": True}), text])
    if i == 7:
        fn.add(p, "The lead pacer revises the Mile 8 reading list every summer from the year's research and "
                  "inspection reports.")
para(doc, "At Miles 3, 6 and 9 every runner has a 30-minute drinks station with their pacer: a check of the "
          "Personal Pace Band and gun time on a short task (the gun tasks are listed in Part 7). Between Miles "
          "your pacer answers the phone and email within two working days, and the sweeper runs a catch-up for "
          "anyone who misses a Mile.")

# ---------------------------------------------------------------- 7
part("PART 7   CHIP MATS")
cm = table(doc, [
    ["Mat", "What the runner hands in", "After"],
    ["Mat A", "The Runner Profile: a case study of one pupil, from identification to review (4,000 words)",
     "Mile 4"],
    ["Mat B", "The Course Review: an audit of the runner's school's SEN policy and provision against the law, "
              "Every Child Matters and the research, with a provision map and a directory of services (4,000 words)",
     "Mile 8"],
    ["Finish Mat", "The Finish Portfolio: a report of a change the runner led and its effect on their pupils' "
                   "results, with the coaching record, the Runner's Voice record, the parent partnership record "
                   "and the runner's CPD log (5,000 words), and a 15-minute Finish Line talk", "Mile 10"],
], widths=[2.4, 11.5, 2.4], header_fill="F4CCCC", size=10)
para(doc, "Gun time is given at the drinks stations on four short tasks: a note on the school's disability "
          "equality scheme (Mile 1), a list of pupils who need access arrangements (Mile 5), a timetable for the "
          "teaching assistants (Mile 6), and a plan for winning the head teacher's support (Mile 7). Gun time is "
          "feedback. It is not a mark.")
para(doc, "Each chip-mat piece is marked by the runner's own pacer against the mat's criteria and given a chip "
          "time out of 100 (50 is a pass). The lead pacer reads every piece marked below 55 or above 70. Kingsholt "
          "may ask to see a sample.")
p_medal = para(doc, "")
r_medal = p_medal.add_run("Finishers receive their medal at the Finish Line Review in July.")
comment(doc, [r_medal], "Kingsholt's regulations say a runner must pass all three mats and show every outcome at "
                        "CHIP before the award is made. Should we put this in?", AUTH2, "KA")
para(doc, "At the Finish Line Review every finisher is given a leaflet about Kingsholt's MA in Inclusive Practice.")

# ---------------------------------------------------------------- 8
part("PART 8   PACERS AND MARSHALS")
sub("The pacers")
for b in [
    "Martin Pryce, lead pacer, was SENCO at Ravensby High School for nine years and now leads Brayford's SEN "
    "Support Service; MA in Special and Inclusive Education. He has run the Ravensby Marathon nineteen times.",
    "Dr Kath Ashdown is senior lecturer in inclusive education at Kingsholt University and was a specialist "
    "teacher for pupils with hearing impairment.",
    "Sunil Bhandari is an educational psychologist with Brayford and leads Miles 2 and 3.",
    "Gwen Tolley is SENCO of Hollins Park Special School and a specialist leader in autism.",
]:
    bullet(b)
para(doc, "Every pacer works in SEN now or teaches it at masters level, and each keeps a record of at least five "
          "days of SEN professional development a year.")
para(doc, "Every pacer comes to the pacers' day in August, which goes through this pack, the pacer's job at each "
          "Mile, the chip-mat criteria with marked examples, gun time and the Band Card. New pacers run their first "
          "Mile alongside Martin.")
sub("The marshals")
para(doc, "Marshals come to a two-hour marshals' evening at the clubhouse before Mile 1 and take away the "
          "Marshal's Notes, which say what a marshal does: meet the runner every half term, make time for the long "
          "runs, watch one long run in action, and sign the Runner's Voice and parent partnership records.")
sub("Specialists and placements")
para(doc, "Specialists from Brayford's SEN Support Service, the speech and language therapy service and the autism "
          "outreach team lead parts of Miles 2, 3 and 8. Every runner spends a placement day at Hollins Park "
          "Special School, at the Brayford Language Resource Base or with the autism outreach team, arranged by the "
          "Race Office and chosen at the Seeding Run.")
para(doc, [("[Pace group leader: add your name, mobile number and your group's meeting point here]",
            {"italic": True, "color": "808080"})])

# ---------------------------------------------------------------- 9
part("PART 9   RACE CONDITIONS")
sub("Access")
p_acc = para(doc, "The entry form asks, in plain words, whether you have a disability or any need we should plan "
                  "for, and tells you why we ask and who will see your answer. Martin Pryce then talks to you before "
                  "the Seeding Run and agrees what will help: handouts in large print or by email in advance, a "
                  "note-taker, breaks, a parking space by the door, a quiet room, or extra time or a different "
                  "format for a chip-mat piece (a recorded talk instead of writing, for example). The clubhouse is "
                  "step-free, with an accessible toilet and a hearing loop, and placement schools are checked for "
                  "access before a runner is sent. Our entry leaflet says that disabled teachers are welcome on the "
                  "programme. Pacers have a session on disability equality at the pacers' day.")
sub("Checks")
para(doc, "The club's welfare officer checks every pacer and every coach in the junior section.")
p_crb = para(doc, "")
ins_run(p_crb, "Before Mile 1 the Race Office sees each runner's current enhanced CRB disclosure, or their "
               "employing authority's letter confirming one dated within the last three years, and records its "
               "number and date. No runner goes on a placement day until this has been done.", AUTH1,
        "2009-01-08T09:41:00Z")
mark_para_inserted(p_crb, AUTH1, "2009-01-08T09:41:00Z")
sub("Online")
para(doc, "There is no online course. Every Mile is run together, in the room. The club's members log their "
          "training on the club's online training log, but the programme does not use it.")
sub("Kit")
para(doc, "Miles are run at the clubhouse, which has a projector, a screen and wireless internet. Pacers bring "
          "their own books and lend them; runners are registered with Kingsholt and can use its library. A loan box "
          "of assistive technology is on the Foundation's wish list for 2010.")

# ---------------------------------------------------------------- 10
part("PART 10   HOW WE KNOW THE RACE WENT WELL")
sub("Before the race")
para(doc, "Before we planned the race we asked the people who know. In the summer term of 2008 the SEN Support "
          "Service sent our questionnaire to every Brayford school: 41 SENCOs and 29 head teachers replied. The "
          "Parent Partnership Service held a meeting for us with 16 parents of children with SEN, and the disabled "
          "members of the Brayford Youth Forum told us what good help feels like. SENCOs asked above all for help "
          "with provision mapping and with support staff; heads said they could not release teachers for ten full "
          "days; parents said that SENCOs too often plan without asking the child.")
para(doc, "That is why the programme looks as it does: Mile 5 and the afternoon of Mile 6 were written for the "
          "SENCOs, the Four-Thirty Group's twilight route was added for the heads, and Mile 9's Runner's voice was "
          "added, with the Parent Partnership as co-leader, because of what parents and the Youth Forum said.")
sub("During and after the race")
para(doc, "Stakeholders stay on the course. Brayford's SEN adviser observes two Miles a year and writes to the "
          "lead pacer about what she saw; head teachers come to the Finish Line Review, where finishers present "
          "their results, and fill in the head teachers' survey; the Parent Partnership co-leads Mile 9 and joins "
          "the Race Committee's August meeting; and finishers come back as marshals.")
para(doc, "Runners fill in a Mile card at the end of every Mile. Pacers meet for a debrief after each Mile and "
          "change the next run of it if the cards show a problem. The SEN adviser's observation notes, the head "
          "teachers' survey and Kingsholt's annual programme review are the outside view. Every August the Race "
          "Committee (the pacers, the SEN adviser, a Parent Partnership officer and one finisher) reads all of it "
          "and decides what changes; the changes are listed on a 'What changed this year' sheet given to the next "
          "season's runners.")
para(doc, "We measure two things. First, runners rate their confidence against the 29 bibs at the Seeding Run and "
          "again at the Finish. Second, at the Seeding Run each runner chooses three case-study pupils and records "
          "their reading age, attendance and National Curriculum or P-scale levels; the same measures are taken at "
          "the Finish and reported in the Finish Portfolio. The lead pacer totals both for each group and reports "
          "them to Kingsholt and the Foundation's trustees each September.")

# ---------------------------------------------------------------- 11 (landscape)
landscape_section(doc)
p11 = part("PART 11   THE BAND CARD")
comment(doc, [p11.runs[0]], "Martin: do we need to chip-time the GUN bibs before this goes to the TDA?", AUTH2, "KA")
para(doc, "The Band Card shows every bib: where it is paced and where it is timed. The statuses are those of the "
          "glossary in Part 1.")
bibs = [
    ("PROFESSIONAL ATTRIBUTES",),
    ("101", "Builds fair, respectful and supportive relationships with pupils with SEN and their families", "Mile 9",
     "Finish Mat", "CHIP"),
    ("102", "Gets the head, senior leaders and colleagues committed to better outcomes", "Mile 7",
     "Gun (drinks station 3)", "GUN"),
    ("103", "Prioritises, manages time and delegates well", "-", "-", "DNS"),
    ("104", "Anticipates and solves problems; makes sound decisions on provision", "Mile 10", "Finish Mat", "CHIP"),
    ("105", "Speaks and writes clearly; listens to others", "-", "All mats; Finish Line talk", "UNPACED"),
    ("106", "Uses research and outside advice to improve practice", "Mile 8", "Mat B", "CHIP"),
    ("107", "Keeps up to date and owns their SEN development", "Mile 8", "Finish Mat (CPD log)", "CHIP"),
    ("KNOWLEDGE AND UNDERSTANDING",),
    ("108", "Knows SEN law and guidance, including the Code of Practice, and how to apply it", "Mile 1", "Mat B",
     "CHIP"),
    ("109", "Knows Every Child Matters and the SENCO's part in its five outcomes", "Mile 1", "Mat B", "CHIP"),
    ("110", "Knows disability equality law and what it requires", "Mile 1", "Gun (drinks station 1)", "GUN"),
    ("111", "Knows how children develop and what affects development", "Mile 2", "Mat A", "CHIP"),
    ("112", "Knows the common types of SEN and disability and their effect on learning", "Mile 2", "Mat A", "CHIP"),
    ("113", "Judges approaches, strategies and resources, including ICT, critically", "Mile 4", "Mat B", "CHIP"),
    ("114", "Understands school self-evaluation and improvement for pupils with SEN", "Mile 10", "Finish Mat",
     "CHIP"),
    ("115", "Knows best practice and research in meeting SEN", "Mile 8", "Mat B", "CHIP"),
    ("116", "Knows the role of outside agencies and how to get specialist help", "Mile 8", "Mat B", "CHIP"),
    ("SKILLS",),
    ("117", "With leaders and governors, shapes an inclusive ethos, policy and use of resources", "Mile 7", "Mat B",
     "CHIP"),
    ("118", "Identifies pupils, sets targets, plans interventions and reviews progress", "Mile 3", "Mat A", "CHIP"),
    ("119", "Uses other professionals' assessments to plan teaching", "Mile 3", "Mat A", "CHIP"),
    ("120", "Uses summative results and national tests to track and adjust", "Mile 3", "Mat A", "CHIP"),
    ("121", "Helps colleagues develop formative assessment for pupils with SEN", "Mile 4",
     "Finish Mat (coaching record)", "CHIP"),
    ("122", "Sets up access arrangements for tests and examinations in good time", "Mile 5",
     "Gun (drinks station 2)", "GUN"),
    ("123", "Maps provision and finds what is missing or not working", "Mile 5", "Mat B", "CHIP"),
    ("124", "Deploys and manages support staff", "Mile 6", "Gun (drinks station 2)", "GUN"),
    ("125", "Develops colleagues by observation, feedback, modelling, coaching and training", "Mile 7",
     "Finish Mat (coaching record)", "CHIP"),
    ("126", "Reviews provision with staff to inform the school's self-evaluation", "Mile 10", "Finish Mat", "CHIP"),
    ("127", "Involves pupils in planning and reviewing their provision", "Mile 9",
     "Finish Mat (Runner's Voice record)", "CHIP"),
    ("128", "Works with parents and carers to promote learning", "Mile 9", "Finish Mat (parent partnership record)",
     "CHIP"),
    ("129", "Works in partnership with other services and voluntary organisations", "-", "-", "DNS"),
]
rows = [["Bib", "What the runner shows", "Paced at", "Timed at", "Status"]]
groups = []
for b in bibs:
    if len(b) == 1:
        groups.append((len(rows), b[0]))
        rows.append([""] * 5)
    else:
        rows.append(list(b))
bc = table(doc, rows, widths=[1.3, 12.0, 2.4, 5.5, 2.4], header_fill="C00000", size=9)
for c in bc.rows[0].cells:
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for idx, label in groups:
    merge_row(bc, idx, label, fill="F4CCCC", size=9)
for row in bc.rows[1:]:
    st = row.cells[4].text
    if st in ("GUN", "UNPACED"):
        shade(row.cells[4], "FFF2CC")
    elif st == "DNS":
        shade(row.cells[4], "D9D9D9")
para(doc, "")
para(doc, "103 is DNS because runners in the 2008 trial rated it their strongest area at the Seeding Run. 129 is DNS "
          "until the joint Mile with Children's Services can be arranged. 105 is UNPACED: runners' writing and "
          "speaking are timed in every chip mat and in the Finish Line talk, but no Mile teaches them.")
text_box(doc, [
    [("EVERY FINISHER HAS RUN THE FULL DISTANCE", {"bold": True})],
    "All 29 national outcomes are on the Band Card, paced and timed.",
], width_cm=12.0, height_cm=1.8, fill="FDE9E9", line="C00000")

fn.finish()
doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
