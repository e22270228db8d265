"""ot-02-coldharbour-trip-notes: build script.

Provider (invented): Coldharbour Wheelers Schools and Community Trust, the
charity of a road cycling club, whose "Trust Tours" arm runs supported cycle
tours for schools and adults; validated by the (invented) Northwold University.
Course: the National Award for SEN Coordination, run as a tour, trip code
CW-SENCO-09 ("The Long Way Round").

Document kind and layout: the course written up as a cycling-holiday
operator's TRIP NOTES (the pre-departure notes a tour company sends with a
booking), version 3, sent to the TDA. No heading styles: section titles are
bold capitals on shaded Normal paragraphs; lists typed with bullets; a fact
file table; "About these notes" near the top keys the Route Highlights table
near the end ("Checkpoint n" or "Finish" = marked there; "Pass by" = ridden
past, not marked; "Detour" = on an optional extra only); "Is this trip for
me?" with a grade; a Trip at a Glance table with merged Home Loop rows; a
day-by-day itinerary ("Today we ..."); What's included / What's not included
lists; optional extras; the tour team; Checkpoints; Access for all riders;
support on the road; a kit list; booking conditions (where the CRB check
lives); after the tour; a booking form with its prompts left in. A "Tour
Leader's tip" text box (DrawingML with VML fallback), two footnotes, three
Word comments, tracked changes (a deleted sentence on second marking, a
deleted online-forum bullet, an inserted sentence about a possible second
departure), header and footer.

Traps, with the requirement ids they touch:
- Credit: "40 credits at Level 7"; 60 only with an optional Extension Loop
  taken afterwards (E.2 partially_met).
- Prior learning "taken into account" to skip a session, but "no credit is
  given" (2.1 partially_met).
- Assessment-only route exists as the "Self-guided option", marked against
  every highlight (2.3 met) though it looks like a holiday add-on.
- One departure a year, days in order; a missed day ridden next year; a second
  departure only "being looked at" in an inserted sentence (3.2 partially_met).
- No e-learning: "What's not included" says so; the online-forum bullet is a
  deleted change (3.3 not_applicable).
- Parents only on the optional Parents' Day, which runs "if eight riders book"
  (1.7 partially_met; 6.S8 "Detour").
- Stakeholder needs asserted ("Schools tell us all the time") with no evidence
  collected (4.1 partially_met), while the partners' influence is specific
  (4.2 met) and the Route Committee evaluates (4.3 met).
- Entry: a self-check, "We leave it to you and your head" (5.2 partially_met);
  the ride-out interview is after booking and only for planning.
- CRB verified in the booking conditions (5.3 met) in small print.
- No ICT on tour days; "bring a laptop if you have one" (5.6 partially_met).
- Marking: the Tour Leader marks every piece; the University "may" sample;
  the second-marking sentence is deleted (5.8 partially_met).
- Award rule claims every highlight, but the table has Pass by and Detour
  rows and two outcomes missing (6.0 partially_met, 1.9 partially_met); the
  highlights list's blanket claim that every national outcome is on the route
  is unsupported.
- After the tour "is between you and your head", a comment suggesting a
  next-steps session is not the submission (2.5 not_met).
- Outcomes: K5 covers only dyslexia and autism, BESD left to another service
  (partially_met); K7 "We don't ride school self-evaluation on this tour"
  (not_met); S4 deploying TAs left to the county's own course, another
  provider's arrangement (not_met); A2, A6, S2b, S6 "Pass by"
  (partially_met); S8 "Detour" (partially_met).
- Footnotes carry the grade scale and the external examiner's name; the footer
  carries booking small print only.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _ot_helpers import *  # noqa

HERE = Path(__file__).parent
NAME = "ot-02-coldharbour-trip-notes"
AUTH = "Tours Office (K. Whitfield)"
AUTH2 = "Dan Ruddock"
D1 = "2008-11-10T11:02:00Z"
D2 = "2008-11-12T16:25:00Z"
GREEN = "1F5C3A"
PALE = "E3EFE7"

doc = new_doc("Verdana", 9.5)
fn = Footnotes(doc)
header_footer(doc, "COLDHARBOUR WHEELERS SCHOOLS & COMMUNITY TRUST  ·  TRUST TOURS  ·  TRIP NOTES",
              "Trip code CW-SENCO-09  ·  Trip notes v3, November 2008  ·  Trip notes are a guide and form part of "
              "your booking conditions")


def title(text):
    p = para(doc, "", space_after=4, keep=True)
    add_text(p, text, bold=True, size=11, color="FFFFFF")
    shade_par(p, GREEN)
    p.paragraph_format.space_before = Pt(10)
    return p


def sub(text):
    p = para(doc, "", keep=True)
    add_text(p, text, bold=True, color=GREEN)
    return p


def bullet(text):
    p = para(doc, "")
    add_text(p, "\u2022  " + text)
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.4)
    p.paragraph_format.space_after = Pt(2)
    return p


# ------------------------------------------------------------------ title block
para(doc, "TRUST TOURS", bold=True, size=10, color=GREEN)
para(doc, "THE LONG WAY ROUND", bold=True, size=24, space_after=0)
para(doc, "A supported tour for new SENCOs: the National Award for SEN Coordination", italic=True, size=12)
t = table(doc, 9, 2, widths=[4.2, 12.4])
facts = [
    ("Trip code", "CW-SENCO-09"),
    ("Grade", "4: Challenging"),
    ("Departs", "Saturday 7 February 2009, The Bike Barn, Coldharbour"),
    ("Finishes", "Saturday 28 November 2009, The Bike Barn"),
    ("Riding days", "8 guided days (Saturdays), 3 Checkpoints, 1 Finish; optional Parents' Day"),
    ("Group size", "8 to 16 riders, 2 ride guides"),
    ("Validated by", "Northwold University, Faculty of Education (validation panel 11 June 2008)"),
    ("Credit", "40 credits at Level 7 (Masters)"),
    ("Price", "£1,100; £900 for schools in the Coldharbour Schools Partnership"),
]
for row, (a, b) in zip(t.rows, facts):
    fill_row(row, [a, b])
    cell_text(row.cells[0], a, bold=True, fill=PALE)
fn.add(t.rows[1].cells[1].paragraphs[0],
       "Trust Tours grades run from 1 (Leisurely) to 5 (Expedition). Grade 4 means a tour with set pieces of work "
       "to a deadline and days in your own school between rides.")
table_font(t, 9)

title("ABOUT THESE NOTES")
para(doc, "These trip notes are written the way we write all our tour notes, for school groups on the Coast to Coast "
          "and for adults on our Dales weekends. They tell you what happens each day, what is included and what is "
          "not, and what to bring. Please read them with your head before you book.")
para(doc, "Near the end you will find the Route Highlights table: the national outcomes for new SENCOs, in our "
          "words, and where you meet each one. Its last column, Stop, tells you where we stop at a highlight. A "
          "Checkpoint number or Finish means the highlight is marked there. Pass by means you ride past it on the "
          "day named, but it is not marked. Detour means it is on an optional extra only.")

title("WHY WE RUN THIS TOUR")
para(doc, "The tour's aim is that pupils with SEN and disabilities in our riders' schools achieve more and lead "
          "happier, healthier and safer lives: that they are healthy, stay safe, enjoy and achieve, make a positive "
          "contribution and achieve economic well-being. Every day of the tour comes back to what a SENCO can do "
          "to make that happen, and every Checkpoint asks you to show what has changed for pupils as well as what "
          "you know.")
para(doc, "Schools tell us all the time that new SENCOs struggle most with leading other staff, with paperwork and "
          "with parents, and that they want training that does not take teachers out of class. This tour is our "
          "answer.")
para(doc, "Our partners shaped the route. The county SEN team asked for a whole day on the agencies (Day 6); the "
          "Coldharbour Parent Carer Forum asked for Parents' Day; the two heads on our Route Committee had us move "
          "every day to Saturdays and cut the first Checkpoint from 4,000 to 2,500 words; and the eleven riders of "
          "our spring 2008 pilot asked for a ride-out visit to each school before Day 1, which is now part of "
          "every booking.")

title("TRIP HIGHLIGHTS")
for h in [
    "Every one of the national outcomes for new SENCOs is on the route.",
    "Small groups, two guides, and a Route Plan made for you.",
    "A half-day in a special school, resourced base or pupil referral unit of your choice.",
    "Saturdays only: no supply cover for your school.",
    "Ride the whole tour, or ride it self-guided if you are already an experienced SENCO.",
]:
    bullet(h)

title("IS THIS TRIP FOR ME?")
para(doc, "This tour is for qualified teachers who are SENCOs, or who will be by the start of the tour, in a "
          "maintained school or academy. You will need the support of your head, who will be asked to name a Ride "
          "Marshal for you, and about four hours a week between riding days. It is graded 4: Challenging. If you "
          "have not yet taught for two years, or have never led other adults, a lower-grade course may suit you "
          "better this year. We leave it to you and your head to decide whether the grade is right for you; if "
          "you are not sure, ring the Tours Office.")
sub("Self-guided option")
para(doc, "In exceptional cases, usually for an experienced SENCO or a teacher from an SEN support service who "
          "already meets the national outcomes, we offer the tour self-guided. There are no guided days: you submit "
          "the three Checkpoints and ride the Finish, and you are marked against every highlight just as riders on "
          "the full tour are. Ring the Tour Leader to talk it through before you book. Price £550.")

title("YOUR ROUTE PLAN")
para(doc, "Once your place is confirmed, the Tour Leader comes out to your school in January for a ride-out. Before "
          "the visit you fill in the Rider Questionnaire, rating yourself against every highlight on the route. At "
          "the ride-out you, the Tour Leader and your Ride Marshal go through it together and agree your Route "
          "Plan: which highlights you need to spend most time on, which afternoon sessions you can skip, which "
          "host school you will visit, what your Home Loop project will be, and three to five personal targets of "
          "your own for the tour. The Route Plan is reviewed with your guide on Day 4 and Day 7.")
para(doc, "We take account of what you have done before. If you have already taken a course on, say, dyslexia, your "
          "Route Plan will say so and you can skip that afternoon on Day 2. No credit is given for previous "
          "courses, though: every rider submits every Checkpoint.")

# ------------------------------------------------------------------ at a glance
title("TRIP AT A GLANCE")
glance = [
    ("Day", "Date", "Title", "Where"),
    ("Ride-out", "January 2009", "Route Plan visit", "Your school"),
    ("Day 1", "Sat 7 Feb", "The Rulebook", "The Bike Barn"),
    ("Day 2", "Sat 28 Feb", "Who's in the Bunch", "The Bike Barn"),
    ("HOME LOOP 1", "Checkpoint 1 due Friday 20 March", "", ""),
    ("Day 3", "Sat 21 Mar", "The Toolkit", "Brook Lane resourced base"),
    ("Day 4", "Sat 25 Apr", "Split Times", "The Bike Barn"),
    ("HOME LOOP 2", "Checkpoint 2 due Friday 8 May", "", ""),
    ("Day 5", "Sat 16 May", "Ride Leaders", "The Bike Barn"),
    ("Day 5b", "Sat 6 Jun", "Parents' Day (optional extra)", "Coldharbour Family Centre"),
    ("Day 6", "Sat 13 Jun", "Convoy", "Ravensmoor School and the Bike Barn"),
    ("Day 7", "Sat 11 Jul", "Setting the Pace", "The Bike Barn"),
    ("Day 8", "Sat 26 Sep", "Keeping the Bike Fettled", "The Bike Barn"),
    ("HOME LOOP 3", "Checkpoint 3 due Friday 30 October", "", ""),
    ("Finish", "Sat 28 Nov", "Finish Line", "Northwold University"),
]
t = table(doc, len(glance), 4, widths=[2.6, 4.4, 5.0, 4.6])
for i, (row, vals) in enumerate(zip(t.rows, glance)):
    if vals[0].startswith("HOME LOOP"):
        m = row.cells[1].merge(row.cells[3])
        cell_text(row.cells[0], vals[0], bold=True, fill=PALE)
        cell_text(m, vals[1], italic=True, fill=PALE)
    else:
        fill_row(row, list(vals), bold=(i == 0), fill=(GREEN if i == 0 else None))
for c in t.rows[0].cells:
    for r in c.paragraphs[0].runs:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
table_font(t, 8.5)

# ------------------------------------------------------------------ day by day
title("DAY BY DAY")
para(doc, "Riding days run from 9.30 am to 4 pm. Ride times are the hours of guided sessions in each day.",
     italic=True)
days = [
    ("Day 1  The Rulebook  ·  Saturday 7 February  ·  Ride time 5 hours",
     "We start with the rules of the road for a SENCO: the Education Act 1996, the SEN Code of Practice and its "
     "graduated response, statements and annual reviews, the SENCO Regulations of 2008, and what they mean for you, "
     "your head, your governors and your class teachers. After coffee we turn to disability equality: the "
     "Disability Discrimination Act as amended in 2005, the Disability Equality Duty, accessibility plans and "
     "reasonable adjustments for pupils, with Jo Kettlewell, a Paralympic hand-cyclist and one of our trustees. "
     "The afternoon is Every Child Matters: the five outcomes, the Children Act 2004 and where a SENCO fits in "
     "the Common Assessment Framework. We finish with Removing Barriers to Achievement and the Inclusion "
     "Development Programme, so you know where government policy is heading."),
    ("Day 2  Who's in the Bunch  ·  Saturday 28 February  ·  Ride time 5 hours",
     "How children grow and learn, and how a disability, a special need, home or the classroom itself can help "
     "or hold back a child's development. Then how to spot a pupil who may have SEN, from classroom observation, "
     "data and teachers' concerns, and how to set targets, plan interventions and review them. We concentrate on "
     "the two needs schools ask us about most, dyslexia and autism; behaviour, emotional and social difficulties "
     "are left to the Behaviour Support Service's own course. In the afternoon an educational psychologist and a "
     "speech and language therapist show how to read their reports and turn them into classroom teaching."),
    ("Day 3  The Toolkit  ·  Saturday 21 March  ·  Ride time 5.5 hours",
     "At the Brook Lane resourced base. Approaches, strategies and resources for assessment, planning and "
     "teaching, judged critically: what each is for, the evidence for it and when not to use it, including "
     "assistive ICT. What works and how we know: the Bercow Review of 2008, Ofsted's 2006 report Inclusion: does "
     "it matter where pupils are taught?, and the evidence behind the Inclusion Development Programme. Each rider "
     "reads one study and reports it to the group. We also look at how a SENCO uses research and outside advice "
     "to change practice in a school."),
    ("Day 4  Split Times  ·  Saturday 25 April  ·  Ride time 5 hours",
     "Provision mapping: building a map, costing it and finding provision that is not working or is missing. "
     "Using national tests and other summative data to track pupils' progress. Helping colleagues use formative "
     "assessment well with pupils with SEN. Access arrangements: identifying early which pupils need them for "
     "national tests and examinations, and working with colleagues to put them in place in class and in the exam "
     "room. Route Plan review with your guide."),
    ("Day 5  Ride Leaders  ·  Saturday 16 May  ·  Ride time 5 hours",
     "Leading other adults. Winning over your head and senior team. Supporting colleagues' professional "
     "development: observing and giving feedback, modelling, coaching and mentoring, and running staff training. "
     "Working with SENCOs in other schools through the Coldharbour cluster. Pacing yourself: prioritising, "
     "managing time and delegating well. Managing teaching assistants is covered by the county's own TA "
     "management course, which most riders' schools already buy."),
    ("Day 6  Convoy  ·  Saturday 13 June  ·  Ride time 6 hours",
     "The morning is at Ravensmoor School (special, 3 to 19), followed by a half-day visit to the host school in "
     "your Route Plan later in the term. Working with the agencies: who does what, how to get specialist "
     "support and resources, and how to work in partnership with health, social care and voluntary groups such "
     "as the Coldharbour Autism Support Group. In the afternoon, Rider's Choice: how to consult pupils about "
     "their provision and the things that affect them, including pupils with little or no speech, using talking "
     "mats and symbols, and how to build fair, respectful relationships with pupils with SEN and their families."),
    ("Day 7  Setting the Pace  ·  Saturday 11 July  ·  Ride time 5 hours",
     "The SENCO as a leader: working with senior colleagues and governors to shape an inclusive ethos, policies, "
     "priorities and budgets. Reviewing with colleagues how well provision is working. Case problems: seeing "
     "trouble coming and making sound decisions. We don't ride school self-evaluation on this tour: the SEF is "
     "your head's and governors' business. Route Plan review."),
    ("Day 8  Keeping the Bike Fettled  ·  Saturday 26 September  ·  Ride time 4 hours",
     "Keeping up to date: the journals, networks and sources a SENCO uses, and how to take charge of your own "
     "development in SEN and disability. Bring the CPD log you have kept through the tour. Preparing for the "
     "Finish."),
]
for i, (head, body) in enumerate(days):
    sub(head)
    p = para(doc, body)
    if i == 0:
        textbox(p, ["TOUR LEADER'S TIP",
                    "Between riding days, ring me or your guide whenever you are stuck. We pick up the phone on "
                    "Tuesday and Thursday evenings, 5 to 7 pm, and answer e-mails within two working days. Your "
                    "Ride Marshal is there for everything in school.",
                    "Dan Ruddock, Tour Leader"],
                width_cm=6.4, height_cm=4.4, fill="FFF8E1", line=GREEN)
sub("Day 5b  Parents' Day (optional extra)  ·  Saturday 6 June")
para(doc, "With the county Parent Partnership Service at the Coldharbour Family Centre: first meetings with "
          "parents, difficult conversations, annual reviews and working in partnership with families. Parents' Day "
          "costs a £45 supplement and runs if eight riders book.")

# ------------------------------------------------------------------ checkpoints
title("CHECKPOINTS AND THE FINISH")
para(doc, "There are three Checkpoints (marked pieces of work) and the Finish. Each is marked against the highlights "
          "that have that Checkpoint, or Finish, in the Stop column of the Route Highlights table.")
for name, body in [
    ("Checkpoint 1: The Rulebook Review (due 20 March, 2,500 words).",
     "A review of your school's SEN policy and practice against the law, the Code of Practice, Every Child "
     "Matters and the school's disability equality duties."),
    ("Checkpoint 2: The Pupil Profile (due 8 May, 3,000 words).",
     "A case study of one pupil: how their needs were identified, the assessments of other professionals, their "
     "development, the targets and interventions, and the approaches and research you drew on."),
    ("Checkpoint 3: The Home Loop (due 30 October, 4,000 words and a portfolio).",
     "Your school project. You map provision for a group of pupils, change it with colleagues, coach at least one "
     "colleague, involve the pupils and their families and any agencies, and measure the pupils' progress and "
     "well-being before you start and at the end. The portfolio holds the baseline and follow-up measures, the "
     "provision maps and your Ride Marshal's statement."),
    ("The Finish (Saturday 28 November).",
     "A 20-minute presentation of your Home Loop followed by a 30-minute professional discussion with the Tour "
     "Leader and a University examiner, drawing on your CPD log."),
]:
    p = para(doc)
    rich(p, [("b", name + " "), body])
pm = para(doc, "Every Checkpoint is marked by the Tour Leader against the University's Level 7 criteria. The "
               "University may ask to sample some pieces.")
tracked_run(pm, "del", " Every Checkpoint is second-marked by a University tutor and a sample goes to the "
            "external examiner.", AUTH, D1)
fn.add(pm, "The University's external examiner for the framework is Prof. Alan Greaves, University of Eastmoor.")
para(doc, "You receive the Award when you have stopped at every highlight on the route: the Award goes only to "
          "riders who have passed all three Checkpoints and the Finish. A piece that does not pass can be "
          "re-ridden once.")

# ------------------------------------------------------------------ included
title("WHAT'S INCLUDED")
for b in [
    "Eight guided riding days, lunch and refreshments.",
    "The ride-out visit and your Route Plan.",
    "Marking of three Checkpoints and the Finish; registration with Northwold University.",
    "Phone and e-mail support from the Tour Leader and guides between riding days (see the Tour Leader's tip).",
    "A half-day in a host school of your choice.",
    "The reading pack, posted before each day.",
]:
    bullet(b)
ob = para(doc, "")
ob.paragraph_format.left_indent = Cm(0.6)
ob.paragraph_format.first_line_indent = Cm(-0.4)
ob.paragraph_format.space_after = Pt(2)
tracked_run(ob, "del", "\u2022  A place on the Trust's online riders' forum between riding days.", AUTH, D1)
_ppr = ob._p.get_or_add_pPr()
_ppr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="8801" w:author="{AUTH}" w:date="{D1}"/></w:rPr>'))
title("WHAT'S NOT INCLUDED")
for b in [
    "Supply cover (all days are Saturdays).",
    "Travel to the Bike Barn and host schools.",
    "Parents' Day (optional extra, £45).",
    "Online learning: this tour has no online element and we do not use a learning platform.",
    "Credit for previous courses.",
    "Next-steps planning after the Finish.",
]:
    bullet(b)

title("OPTIONAL EXTRAS")
para(doc, "Parents' Day (Day 5b), £45. The Extension Loop: riders who want 60 credits rather than 40 can add the "
          "University's 20-credit Extension Loop, a further 2,500-word assignment, in the term after the Finish, "
          "for £300.")

# ------------------------------------------------------------------ team
title("YOUR TOUR TEAM")
team = [
    ("Tour Leader", "Dan Ruddock", "SENCO at Coldharbour Juniors for eight years, now the Trust's Schools Manager; MA in Inclusive Education (Northwold, 2006); leads the Trust's Coast to Coast for Year 9 pupils with SEN."),
    ("Ride guide", "Anita Baines", "Assistant head and SENCO, Holme Valley High School; National SENCO Award pilot tutor for the county, 2007-08; British Cycling Level 2 coach."),
    ("Ride guide", "Dr Colm Furey", "Educational psychologist, county Psychology Service; teaches Day 2 and Day 6."),
    ("Host schools", "Ravensmoor School; Brook Lane resourced base; Hillside PRU", "Each names a host teacher for riders' half-day visits."),
    ("Ride Marshal", "Named by your head", "A senior leader in your school who meets you after each riding day and writes the Marshal's statement for Checkpoint 3."),
]
t = table(doc, len(team) + 1, 3, widths=[3.0, 4.2, 9.4])
fill_row(t.rows[0], ["Role", "Who", "Background"], bold=True, fill=PALE)
for row, vals in zip(t.rows[1:], team):
    fill_row(row, list(vals))
table_font(t, 8.5)
para(doc, "Ride Marshals come to a half-day Marshals' briefing at the Bike Barn before Day 1, led by the Tour "
          "Leader, and get the Marshal's Handbook, which sets out what a Marshal does after each day, how to observe "
          "a rider leading colleagues and how to write the statement. Guides and the Tour Leader meet before each "
          "marking round to go through the University's criteria, and each guide still works in schools every week.")

# ------------------------------------------------------------------ access
title("ACCESS FOR ALL RIDERS")
para(doc, "The Trust's Disability Equality Scheme covers Trust Tours. What that means on this tour:")
for b in [
    "The booking form asks whether you have a disability or access need, and the Tour Leader asks again, in private, "
    "at the ride-out. Telling us is your choice; we use what you tell us only to make adjustments.",
    "The Bike Barn, Brook Lane and Ravensmoor School have level access, accessible toilets and hearing loops. We "
    "check the access at every host school before a rider's visit and change the host if we need to.",
    "Reading packs come in large print or electronic copy on request, and slides are sent two days before each day.",
    "Checkpoints can be submitted in another format (for example recorded) and deadlines adjusted; the Finish can "
    "be taken with extra time or breaks.",
    "These notes, our leaflets and the booking form are available in large print, audio and Easy Read.",
    "Jo Kettlewell's session on Day 1 and the Ravensmoor visit are there to challenge how we all think about "
    "disability, and we invite disabled adults to speak on the tour each year.",
    "We look at who applies, who is offered a place and who finishes, by disability, gender and ethnicity, and "
    "report it to the trustees each year.",
]:
    bullet(b)

title("SUPPORT ON THE ROAD")
para(doc, "Between riding days the Tour Leader and guides take calls on Tuesday and Thursday evenings and answer "
          "e-mail within two working days. Your Ride Marshal supports you in school. If you miss a riding day, "
          "your guide goes through the day's materials with you by phone within a fortnight, and you can ride the "
          "day again on next year's tour at no extra charge. The tour runs once a year, from February, and the days "
          "are ridden in order.")
ip = para(doc, "")
tracked_run(ip, "ins", "We are looking at a second departure in September 2009, if numbers allow.", AUTH2, D2)

title("KIT LIST")
for b in [
    "Your Route Plan and the reading pack for the day.",
    "A laptop if you have one: there is no ICT suite at the Bike Barn and we do not supply computers on riding days.",
    "A pupil's anonymised records for Day 2, and your school's provision map for Day 4.",
    "Waterproofs for the Ravensmoor visit (the school is across the fields from the car park).",
]:
    bullet(b)
para(doc, "The Trust's library at the Bike Barn lends 40 books on SEN to riders for the length of the tour.")

# ------------------------------------------------------------------ route committee
title("HOW WE CHECK THE TOUR")
para(doc, "Riders fill in a day card at the end of every riding day, and the Tour Leader reads them the same week. "
          "After each Checkpoint and at the end of the tour the Route Committee meets: the county's SEN adviser, "
          "two headteachers from the Coldharbour Schools Partnership, a parent from the Coldharbour Parent Carer "
          "Forum and a rider from the 2008 pilot. It looks at the day cards, the Checkpoint results and the "
          "examiner's report, hears from the host schools, and decides what to change; its decisions go into the "
          "next version of these notes. The University reviews the tour each year through its annual monitoring "
          "and its external examiner.")
para(doc, "Riders rate their confidence against every highlight at the ride-out and again at the Finish. The Home "
          "Loop measures of pupils' progress and well-being are collected across the group and reported to the "
          "Route Committee, and six months after the Finish we send a short survey to every rider and their head "
          "to ask what has changed for pupils since.")

# ------------------------------------------------------------------ highlights table
title("ROUTE HIGHLIGHTS")
para(doc, "The national outcomes in our words, and where you meet them.")
hl = [
    ("Good company", "build fair, respectful, supportive relationships with pupils with SEN and their families", "Day 6", "Checkpoint 3"),
    ("Bringing the boss", "win the commitment of your head, senior leaders and colleagues", "Day 5", "Pass by"),
    ("Pacing", "prioritise, manage your time and delegate, checking the work is done", "Day 5", "Finish"),
    ("Line choice", "see problems coming, resolve them and make sound judgements on provision", "Day 7", "Finish"),
    ("Calling it", "speak and write clearly, and listen to and understand others' views", "Days 1 to 8", "Checkpoints 1 to 3, Finish"),
    ("Reading the map", "draw on research and outside advice to improve your own and colleagues' practice", "Day 3", "Pass by"),
    ("Keeping the bike fettled", "keep up to date and take charge of your own CPD in SEN and disability", "Day 8", "Finish"),
    ("The rulebook", "know the law and guidance on SEN, including the Code of Practice, what it means for the school and how to put it into practice", "Day 1", "Checkpoint 1"),
    ("Five valleys", "know the Every Child Matters outcomes and how a SENCO helps pupils reach them", "Day 1", "Checkpoint 1"),
    ("Level access", "know the disability equality laws and what they require a school to do", "Day 1", "Checkpoint 1"),
    ("Growing up", "know how children develop and what affects development, including SEN, disability and surroundings", "Day 2", "Checkpoint 2"),
    ("Who's in the bunch", "know the needs you will meet most, dyslexia and autism, and how they affect learning", "Day 2", "Checkpoint 2"),
    ("The toolkit", "judge critically approaches, strategies and resources, including ICT, and use them to remove barriers", "Day 3", "Checkpoint 2"),
    ("What works", "know best practice and the findings of research on meeting SEN", "Day 3", "Checkpoint 2"),
    ("Help on the road", "know what external agencies do and how to get specialist support and resources", "Day 6", "Checkpoint 3"),
    ("Setting the pace", "work with senior colleagues and governors to shape an inclusive ethos, policies, priorities and resources", "Day 7", "Finish"),
    ("Spotting", "identify pupils who may have SEN, set challenging targets, plan interventions and review progress", "Day 2", "Checkpoint 2"),
    ("Second wheel", "use other professionals' assessments to plan teaching", "Day 2", "Checkpoint 2"),
    ("Split times", "use national tests and other summative assessment to track progress and change programmes", "Day 4", "Pass by"),
    ("Coaching the bunch", "encourage colleagues to use formative assessment with pupils with SEN", "Day 4", "Checkpoint 3"),
    ("Race day", "identify early the access arrangements pupils need for tests and examinations and put them in place with colleagues", "Day 4", "Checkpoint 3"),
    ("The route map", "use provision mapping to plan provision and find what is ineffective or missing", "Day 4", "Checkpoint 3"),
    ("Ride leaders", "support colleagues' development by observation and feedback, modelling, coaching, mentoring and training", "Day 5", "Checkpoint 3"),
    ("The debrief", "review with colleagues how well provision is working", "Day 7", "Pass by"),
    ("Rider's choice", "make sure pupils with SEN take part in planning, agreeing and reviewing their provision", "Day 6", "Checkpoint 3"),
    ("Family ride", "work with parents and carers to promote their children's learning and development", "Day 5b", "Detour"),
    ("Convoy", "work in partnership with other services and agencies, including voluntary organisations", "Day 6", "Checkpoint 3"),
]
t = table(doc, len(hl) + 1, 4, widths=[3.4, 8.4, 2.2, 2.6])
fill_row(t.rows[0], ["Highlight", "You will be able to\u2026", "Ridden on", "Stop"], bold=True, fill=GREEN)
for c in t.rows[0].cells:
    for r in c.paragraphs[0].runs:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
repeat_header(t.rows[0])
for row, vals in zip(t.rows[1:], hl):
    fill_row(row, list(vals))
    cell_text(row.cells[0], vals[0], bold=True)
table_font(t, 8.5)
comment(doc, t.rows[2].cells[3].paragraphs[0].runs[0],
        "Dan, should 'Bringing the boss' stop at the Finish? The Marshal's statement would cover it.", AUTH, "KW")

# ------------------------------------------------------------------ after
title("AFTER THE TOUR")
ap = para(doc, "Where you ride next is between you and your head: your school sets your objectives for the year "
               "after the tour, and we don't get involved in that. Finishers are always welcome on the Trust's "
               "Sunday club runs.")
comment(doc, ap.runs[0], "Route Committee asked whether we could add a next-steps hour on Day 8. Not agreed yet.",
        AUTH2, "DR")

title("BOOKING CONDITIONS (SUMMARY)")
for b in [
    "Your place is held when we receive the booking form signed by you and your head, and a deposit of £200.",
    "Your booking is confirmed only when we have verified your enhanced CRB disclosure. Send us its number and date "
    "of issue; the Tours Office checks it with your school. If you have not worked in a school in the last three "
    "months, we arrange a new enhanced disclosure before Day 1. We also ask your head to confirm that you are not "
    "barred from working with children and that there are no disciplinary concerns about you.",
    "The tour runs with a minimum of eight riders. If it does not run, your deposit is returned in full.",
    "Cancellation by you: before 1 January 2009, deposit kept; after that, the full price is due unless we can "
    "fill your place.",
    "We may change the route, dates or guides for reasons outside our control and will tell you as soon as we can.",
]:
    bullet(b)

title("BOOKING FORM")
form = [
    ("Name", "[your name]"),
    ("School and DfES number", "[school]"),
    ("Headteacher's name and signature", "[head]"),
    ("Ride Marshal", "[name and role]"),
    ("Tour or self-guided?", "[tour / self-guided]"),
    ("Parents' Day?", "[yes / no]"),
    ("Any disability or access need you would like us to know about", "[optional]"),
    ("CRB disclosure number and date of issue", "[number, date]"),
]
t = table(doc, len(form), 2, widths=[7.0, 9.6])
for row, (a, b) in zip(t.rows, form):
    fill_row(row, [a, b])
    shade_cell(row.cells[0], PALE)
    for r in row.cells[1].paragraphs[0].runs:
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
table_font(t, 8.5)

fn.finish()
doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME)
