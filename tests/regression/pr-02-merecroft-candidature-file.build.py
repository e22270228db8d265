"""pr-02-merecroft-candidature-file: a badminton club's coaching trust sends its SENCO course as a
CANDIDATURE FILE, the bid book a sports body sends to win the right to host a championship, reusing the
themes and questions of its federation's Major Events Candidature Questionnaire.

Provider (invented): Merecroft Badminton Coaching Trust (the coaching charity of Merecroft Shuttlers BC),
with the University of Wellbourne (validates) and Rivington Borough Council. The course is "the Event":
competitors (participants), Editions (yearly cohorts), ten Sessions (Saturday study days), Home Fixtures
(school-based tasks), Rest-day Visits (placements), three Medal Rounds (marked assessments), Medal and
Demonstration events (outcomes assessed / taught only), Technical Officials (tutors), Fixture Mentors
(school mentors), the Event Board (steering group), Seeding (needs analysis), the Test Event (the 2007-08
pilot), wild cards (assessment-only), the Legacy Fund.

Layout: a cover, a chair's letter of values, a "Candidature at a glance" facts table, a text box of numbers,
twelve Themes as Heading 1 with paragraphs hand-numbered 1.1, 2.1 ... 12.1 (numbers collide with
requirement ids but are about other things: "2.1 Support", "3.3 Insurance", "4.1 Budget", "5.3 Equipment"),
each Theme opening with the federation questionnaire's grey italic prompts (Q1.1 ...), left in and about a
badminton championship; a budget table; a venue table with merged venue cells; a competition schedule; the
Events Programme (Table 7.3, the 29 outcomes grouped by "Discipline" in merged cells, with "Contested at",
"Status" Medal / Demonstration / Withdrawn and "Medal decided in"); a guarantees table with "To follow" and
"[To be confirmed]" placeholders; tracked changes; comments from the bid consultant; header and footer.

Traps (requirement ids):
- Facts table: the award is "40 credits at Level 7" with an optional 20-credit Extension module (E.2
  partially_met); the text box's "up to 60 credits" is the same thing.
- 1.3 "reflects the latest research and best practice" with nothing named; the consultant's comment asking
  for names is a comment (1.3 partially_met).
- 2.2 "we know from our work in schools", no evidence collected (4.1 partially_met); 2.3 the steering group's
  changes (4.2 met); 2.4 the Event Board and heads' questionnaire (4.3 met).
- 6.1: any qualified teacher who is or will be SENCO is "accepted in order of application" (5.2 partially_met).
- 6.4: wild cards were given in the Test Event (the past pilot) and "will not be offered from 2009" (2.3
  not_met: a past arrangement, then negation). 6.3 accredits prior learning (2.1 met).
- 6.5: Saturdays only, "one start date each year"; a deleted tracked sentence promising a January start is not
  part of the submission (3.2 partially_met: deferral and two years only).
- 6.7: graduates get only a leaflet about the University's MA (2.5 partially_met).
- 5.3 "Equipment" describes badminton equipment (wrong context); an SEN resource base only "will be created
  from the Legacy Fund if the candidature succeeds" (5.6 not_met).
- 7.3 Events Programme: Demonstration events (taught, not assessed: 6.A5, 6.S8); S4's status "Medal" deleted
  and "Demonstration" inserted as tracked changes (6.S4 partially_met); 6.K3 decided only in the "Test Event
  2007-08", the past pilot (partially_met); access arrangements "Withdrawn" (6.S2d not_met); no row for
  school self-evaluation (6.K7 not_met), while 11.3's "self-evaluation" is the Trust's own review of the
  Event (wrong-context).
- 7.4: the blanket claim that every Award holder "will have met all the national outcomes", while the award
  rule is three medals and 80 per cent attendance (6.0 partially_met; 1.9 partially_met).
- S7 of the schedule: parents only as "a talk from the Rivington Parents' Forum" (1.7 partially_met).
- 8.3: moderation and the external examiner "to be agreed with the University" and "[To be confirmed]" in
  Guarantee G6 (5.8 partially_met).
- 9.1: "The Award has no online or e-learning component" (3.3 not_applicable).
- 3.2: CRB checks on every competitor, with an inserted tracked sentence on the three-month rule (5.3 met).
- The chair's letter of beliefs, the questionnaire prompts, the header and footer are never evidence.
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _pr_helpers import (shade, shade_par, cell_text, table, run_ins, run_del, row_change, par_change,
                         textbox, Footnotes, page_field, para, set_base_font)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
JH = "Jo Hebden (bid consultant)"
LM = "Lena Marsh"
D1 = "2009-01-12T09:30:00Z"
D2 = "2009-01-19T14:05:00Z"

doc = Document()
set_base_font(doc, "Calibri", 10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
hp = sec.header.paragraphs[0]
hp.text = "MERECROFT 2009  |  CANDIDATURE FILE  |  Volume 1  |  Confidential until decision"
hp.runs[0].font.size = Pt(8)
hp.runs[0].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Merecroft Badminton Coaching Trust  \u00b7  Registered charity 1114519  \u00b7  ")
r.font.size = Pt(8)
page_field(fp)


def q(text):
    """A prompt from the federation's questionnaire, left in: grey italic."""
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return p


def np_(num, title, text):
    p = doc.add_paragraph()
    r1 = p.add_run(f"{num}  {title}")
    r1.bold = True
    r1.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p.add_run("  " + text)
    p.paragraph_format.space_after = Pt(6)
    return p


# ------------------------------------------------------------------ cover
for _ in range(3):
    doc.add_paragraph()
para(doc, "MERECROFT 2009", bold=True, size=28, align="c", color="1F4E79")
para(doc, "CANDIDATURE FILE", bold=True, size=18, align="c")
para(doc, "to host the National Award for SEN Coordination in Rivington and the Merecroft valley, 2009\u20132014",
     size=12, align="c")
para(doc, "Submitted to the Training and Development Agency for Schools by the Merecroft Badminton Coaching Trust "
          "with the University of Wellbourne and Rivington Borough Council", size=10, align="c", italic=True)
para(doc, "Volume 1 of 1  \u00b7  January 2009", size=10, align="c")
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ------------------------------------------------------------------ letter
doc.add_heading("A letter from the Chair of the Candidature", level=1)
para(doc, "Dear members of the panel,")
para(doc, "Merecroft has hosted badminton for a hundred years and championships for thirty. We have bid for, won "
          "and staged the English National Junior Championships twice, and every bid began with the same question: "
          "what will this leave behind for the valley's children? This candidature is the same. We believe every "
          "child with special educational needs deserves a champion in their school, and we believe that champion "
          "is a well-trained SENCO. We are passionate about inclusion, proud of our disability badminton squads, "
          "and committed to excellence in everything we do.")
para(doc, "We have followed the structure of the Federation's Major Events Candidature Questionnaire, which our "
          "Trust knows well, and we have left its questions in place so that the panel can see how we have read "
          "them. Where a question belongs to a championship and not to a course, we say so.")
para(doc, "Yours in sport,")
para(doc, "Councillor Martin Ashdown, Chair of the Candidature, and Trustee, Merecroft Badminton Coaching Trust")

# ------------------------------------------------------------------ at a glance
doc.add_heading("Candidature at a glance", level=1)
g = table(doc, [
    ["Item", "Merecroft 2009"],
    ["Candidate host", "Merecroft Badminton Coaching Trust, The Pavilion, Millrace Lane, Merecroft"],
    ["Validating partner", "University of Wellbourne, Faculty of Education (validation event 12 March 2009)"],
    ["Award", "Postgraduate Certificate in SEN Coordination: 40 credits at Level 7. Competitors who wish may add the "
              "University's 20-credit Extension module, Leading Inclusion, in the following term"],
    ["Local authority partner", "Rivington Borough Council, Inclusion and SEN Service"],
    ["Editions", "Five, one a year, September to June, 2009-10 to 2013-14"],
    ["Competitors per Edition", "24"],
    ["Sessions", "Ten Saturdays, 9.15 to 3.45, plus two Rest-day Visits"],
    ["Medal Rounds", "Three (Table 7.3)"],
    ["Entry fee", "\u00a31,250 per competitor; ten Council bursaries per Edition"],
], widths=[4.5, 12])
textbox(doc, [("MERECROFT 2009 IN NUMBERS", True),
              ("24 competitors  \u00b7  10 Sessions  \u00b7  2 Rest-day Visits  \u00b7  3 Medal Rounds  \u00b7  up to 60 credits  "
               "\u00b7  5 Editions  \u00b7  120 new SENCOs for the valley", False)], height_pt=50, fill="DEEAF6")

# ------------------------------------------------------------------ Theme 1
doc.add_heading("Theme 1. Vision, concept and legacy", level=1)
q("Q1.1 Explain why your city or region wishes to host the Event and describe your vision for it.")
q("Q1.2 Describe the concept of the Event and how it fits the sport's development in your region.")
q("Q1.3 How will the Event reflect the latest developments in the sport?")
np_("1.1", "Vision.", "The Event has one purpose: that children and young people with SEN and/or disabilities in "
    "the valley's schools achieve more and are safer, healthier and happier, in all five Every Child Matters "
    "outcomes and not only in their test results. Each Session's plan opens with the outcomes for pupils it "
    "serves, and every Medal Round is judged first on criterion MR1, Gain for pupils: what the competitor has "
    "done has to be shown to have improved, or be designed to improve, named pupils' achievement and well-being. "
    "A Medal Round that fails MR1 fails.")
np_("1.2", "Concept.", "The Event is played in schools as much as in the Sports Hall. After each Session the "
    "competitor plays a Home Fixture in their own school: a piece of practical work tied to the Session's "
    "events, such as observing a pupil causing concern and agreeing targets with the class teacher, or mapping "
    "the provision in one year group. Home Fixtures are recorded in the Fixture Book, signed by the Fixture "
    "Mentor and brought to the next Session for discussion, and the Fixture Book is submitted with Medal Round 3.")
p = np_("1.3", "Keeping up.", "The programme reflects the latest research and best practice in special "
        "educational needs and will be kept up to date by our team of experts.")
doc.add_comment(p.runs[1], text="Could we name the research and the Ofsted reports here? The panel will want "
                "specifics. JH", author=JH, initials="JH")

# ------------------------------------------------------------------ Theme 2
doc.add_heading("Theme 2. Political and public support", level=1)
q("Q2.1 Provide evidence of the support of national, regional and local government for the Event.")
q("Q2.2 Describe any public consultation undertaken and its results.")
q("Q2.3 Describe how the sport's stakeholders have shaped the candidature.")
np_("2.1", "Support.", "Rivington Borough Council, the University of Wellbourne, Brookhouse Special School and "
    "the Rivington Parents' Forum support the candidature. Their guarantees are listed in Theme 12.")
np_("2.2", "What the valley wants.", "We have spoken to many headteachers over the years, and we know from our "
    "work in schools that new SENCOs feel isolated and want practical training close to home that does not take "
    "them out of school in term time. We did not survey schools for this candidature; the Steering Group "
    "(2.3) speaks for them.")
np_("2.3", "How stakeholders shaped the Event.", "The Candidature Steering Group (two primary heads, a secondary "
    "deputy head, two serving SENCOs, the Council's Head of Inclusion, a parent member of the Rivington Parents' "
    "Forum and the University's programme leader) met six times in 2008. It changed the plan in four ways: "
    "Sessions moved from weekdays to Saturdays; the written examination we first proposed was replaced by the "
    "Fixture Book and Medal Round 3; a Session on working beyond the school gate (Session 8) was added at the "
    "Council's request; and the Round 2 observation now takes place in the competitor's own school rather than at "
    "the Sports Hall. The Test Event of 2007-08 (eight competitors, unaccredited) was reviewed by the Group in "
    "July 2008, and its competitors' evaluations led to shorter taught mornings and longer court-group work.")
np_("2.4", "Stakeholders in the Event.", "The Steering Group becomes the Event Board from September 2009. It "
    "receives the evaluation of every Edition and agrees the changes for the next. Each competitor's headteacher "
    "completes the Event Board's questionnaire on the Event's effect on the school at the end of each Edition, "
    "Brookhouse staff host the Rest-day Visits, the Council's educational psychologists teach Session 5, and the "
    "Parents' Forum's representative on the Event Board reports parents' views of the Event each year.")

# ------------------------------------------------------------------ Theme 3
doc.add_heading("Theme 3. Legal aspects, equality and safeguarding", level=1)
q("Q3.1 Describe how the Event will comply with equality legislation for athletes, officials and spectators.")
q("Q3.2 Describe the anti-doping, athlete welfare and accreditation checks that will apply to all accredited persons.")
q("Q3.3 Confirm the insurance cover for the Event.")
np_("3.1", "Equality.", "The Trust meets its duties under the Disability Discrimination Act 1995 as amended in "
    "2005, the Race Relations (Amendment) Act 2000 and the Equality Act 2006, and the Event Board approved an "
    "equality impact assessment of the Event in November 2008. The entry form and the Event leaflet, which are "
    "available in large print, Braille and on audio CD, invite competitors to tell us in confidence of any "
    "disability or need, and the Technical Delegate meets every competitor who does so before Session 1 to agree "
    "reasonable adjustments: materials in alternative formats, BSL interpretation, rest breaks, a reader or scribe, "
    "extra time or another format for any Medal Round, and a choice of Rest-day Visit setting. Both venues passed "
    "an access audit by the Council's access officer in 2008, and each Rest-day Visit setting is checked before a "
    "disabled competitor is placed there. Selection is by the published criteria in 6.1 alone. Session 2 teaches "
    "the disability equality duty through the stories of disabled adults from Rivington Disability Forum, who "
    "are paid as co-tutors.")
p = np_("3.2", "Accreditation and safeguarding.", "No competitor is accredited to the Event until the Event Office "
        "has seen the number and date of their CRB enhanced disclosure, and the headteacher has confirmed on the "
        "entry form that the school's safer recruitment checks, including List 99 and references from previous "
        "employers, are complete and that there are no outstanding disciplinary matters. ")
run_ins(p, "A competitor who has not worked in a post with regular contact with children in the last three months "
           "obtains a new enhanced disclosure through the Trust, which is a registered body, before Session 1.", LM, D2)
np_("3.3", "Insurance.", "The Trust holds public liability cover of \u00a35 million and professional indemnity cover "
    "of \u00a31 million through Badminton England's scheme, extended to the Event from September 2009.")

# ------------------------------------------------------------------ Theme 4
doc.add_heading("Theme 4. Finance", level=1)
q("Q4.1 Provide the Event budget, showing all sources of income and expenditure.")
q("Q4.2 Describe the ticketing strategy and prices.")
np_("4.1", "Budget.", "The budget for each Edition is below. The Trust underwrites any shortfall in the first two Editions.")
table(doc, [
    ["Income", "\u00a3", "Expenditure", "\u00a3"],
    ["Entry fees (14 x \u00a31,250)", "17,500", "Technical Officials (tutors and markers)", "16,400"],
    ["Council bursaries (10 x \u00a31,250)", "12,500", "Venues and catering (10 Sessions)", "4,800"],
    ["University partnership payment", "2,000", "Rest-day Visit hosts' fees", "2,400"],
    ["", "", "Materials and printing", "1,900"],
    ["", "", "University validation and registration", "5,600"],
    ["Total", "32,000", "Total", "31,100"],
], widths=[5.2, 1.8, 7.2, 1.8])
doc.add_paragraph()
np_("4.2", "Entry fees.", "The entry fee is \u00a31,250, payable in two parts. The Council pays the fee in full for "
    "ten competitors from its schools in each Edition.")
np_("4.3", "Value.", "Because Sessions are on Saturdays, schools pay no supply cover for them; the only days out "
    "of school are the two Rest-day Visits. The cost per competitor is below that of the University's own "
    "weekday Certificate (\u00a31,640).")

# ------------------------------------------------------------------ Theme 5
doc.add_heading("Theme 5. Venues and equipment", level=1)
q("Q5.1 Provide a venue master plan, with the capacity of each competition and training venue.")
q("Q5.2 Describe the training venues available to teams before and during the Event.")
q("Q5.3 Describe the equipment to be provided (shuttles, nets, posts, court mats).")
np_("5.1", "Venue master plan.", "Three venues are used, shown in Table 5.1.")
vt = table(doc, [
    ["Venue", "Capacity", "Used for"],
    ["Merecroft Sports Hall (The Pavilion)", "60 seated; 4 break-out rooms", "Sessions 1, 2, 4, 7 and 10"],
    ["", "", "Medal Round 3 presentations"],
    ["Rivington Teachers' Centre", "40 seated; two seminar rooms", "Sessions 3, 5, 6, 8 and 9"],
    ["Brookhouse Special School and the Council's Autism Outreach base", "Groups of six", "Rest-day Visits 1 and 2"],
], widths=[6, 4, 6.5])
m = vt.cell(1, 0).merge(vt.cell(2, 0))
cell_text(m, "Merecroft Sports Hall (The Pavilion)", size=9)
m2 = vt.cell(1, 1).merge(vt.cell(2, 1))
cell_text(m2, "60 seated; 4 break-out rooms", size=9)
para(doc, "Table 5.1  Venue master plan", italic=True, size=9)
np_("5.2", "Rest-day Visits and specialists.", "Every competitor spends two days in specialist settings arranged "
    "by the Event Office: one at Brookhouse Special School (for pupils with severe and complex needs) and one at "
    "the Council's Autism Outreach base or the Rivington Pupil Referral Unit, chosen at Seeding. Each Visit has a "
    "host teacher, a programme agreed with the Technical Delegate and a Visit task recorded in the Fixture Book. "
    "Sessions are taught with the Council's educational psychologists (Session 5), a speech and language "
    "therapist from Rivington PCT (Session 4), the Council's Sensory Support team (Session 4) and the head of "
    "Brookhouse (Session 8).")
np_("5.3", "Equipment.", "The Trust's Equipment Store holds 300 rackets, 40 sets of posts and nets, adapted equipment "
    "for its disability badminton squads (lowered nets, larger and slower shuttles, six sports wheelchairs) and a "
    "coaching library of 600 titles. A specialist SEN resource base, with assistive technology and assessment "
    "materials, will be created from the Legacy Fund if the candidature succeeds.")

# ------------------------------------------------------------------ Theme 6
doc.add_heading("Theme 6. Competitors' services", level=1)
q("Q6.1 Describe the qualification system for the Event.")
q("Q6.2 Describe how athletes will be seeded.")
q("Q6.3 Describe any recognition of athletes' previous results.")
q("Q6.4 Describe any arrangements for wild cards.")
q("Q6.5 Describe the competition schedule and any flexibility for athletes.")
np_("6.1", "Qualification.", "Competitors must hold qualified teacher status and be the SENCO of a school in "
    "England or be about to become one. Any teacher meeting these conditions is accepted in order of application.")
np_("6.2", "Seeding.", "Before Session 1 each competitor completes the Seeding Profile, which sets out every event "
    "in Table 7.3 with the national wording beside ours, and rates their present practice on each. They then "
    "meet their personal tutor for an hour to test the ratings against evidence from their school. From the "
    "Seeding the tutor and competitor write an Individual Competition Plan: the events the competitor already "
    "meets and will evidence early, the events they must build from scratch, the Home Fixtures and Rest-day "
    "Visit that suit them, and a personal set of targets for the Edition. The Plan is reviewed with the personal "
    "tutor after each Medal Round.")
np_("6.3", "Previous results.", "Competitors who hold certificated study in SEN at Level 7 from the last five years "
    "may claim up to 20 credits of accredited prior learning, and experienced teachers may claim credit for "
    "experiential learning through a portfolio. Claims are assessed by the University's APEL panel against the "
    "events of the Medal Round they would replace, before Session 1.")
np_("6.4", "Wild cards.", "In the Test Event of 2007-08 two experienced teachers from the Council's support "
    "services were given wild cards and assessed without attending Sessions. The University has ruled that wild "
    "cards will not be offered from 2009: every competitor takes part in the full Event.")
p = np_("6.5", "Schedule.", "All Sessions are on Saturdays, and there is one start date each year, in September. "
        "Competitors who miss a Session may attend it with the next Edition, and a competitor may take up to two "
        "years to complete. ")
run_del(p, "A January start will be offered from 2010 for competitors appointed mid-year.", JH, D1)
np_("6.6", "Support.", "Each competitor has a personal tutor for the Edition, a one-hour tutorial after each Medal "
    "Round and a court group of six who meet at every Session. Home Fixtures are set in three versions (primary, "
    "secondary, special) and the competitor chooses the project for Medal Round 3 with their Fixture Mentor to "
    "suit their school's priorities, so that the Event builds on what each competitor already does.")
np_("6.7", "After the Event.", "Every graduate receives the University's leaflet on its MA in Inclusive Education.")

# ------------------------------------------------------------------ Theme 7
doc.add_heading("Theme 7. Sports programme", level=1)
q("Q7.1 Describe the competition format, including qualification rounds and finals.")
q("Q7.2 Provide the competition schedule by session.")
q("Q7.3 List every event on the programme, its status and how medals are decided.")
np_("7.1", "Format.", "The Event is ten Sessions, the Home Fixtures that follow them, two Rest-day Visits and three "
    "Medal Rounds. Round 1, the Case File, is a 3,500-word study of one pupil, from identification to review, "
    "submitted in December. Round 2, the Observed Fixture, takes place in the competitor's school in March: their "
    "personal tutor and Fixture Mentor observe them leading a planning and review meeting with a pupil with SEN "
    "and the staff who teach the pupil, followed by a 1,500-word reflection. Round 3, the Final, is a school "
    "improvement project planned with the head, carried out over two terms and written up in 5,000 words, with "
    "a 15-minute presentation to two Technical Officials at Session 10. Events with Medal status are assessed "
    "in the Round named in Table 7.3. Demonstration events are contested in full at Sessions, but no medals are "
    "awarded in them: they are not assessed in any Medal Round. The Test Event was the unaccredited pilot of "
    "2007-08.")
np_("7.2", "Competition schedule.", "The Sessions for the first Edition are in Table 7.2.")
sched = [
    ["Session", "Date", "Venue", "Programme"],
    ["1", "19 Sep 2009", "Sports Hall", "Opening: the law on SEN, the Code of Practice and what it means in school; Every "
     "Child Matters and the SENCO's part in the five outcomes; government policy and the SENCO Regulations"],
    ["2", "3 Oct", "Sports Hall", "Disability equality: the Disability Discrimination Act and the duty it places on "
     "schools; building relationships of trust with disabled pupils and their families"],
    ["3", "17 Oct", "Teachers' Centre", "Growing up: how children develop, and how SEN, disability and the physical and "
     "social environment shape development"],
    ["4", "7 Nov", "Sports Hall", "Kinds of need: BESD, dyslexia and other SpLD, SLCN, autism and MLD; what research and "
     "best practice say works for each"],
    ["5", "28 Nov", "Teachers' Centre", "Identifying and planning: observation, data and assessment; using psychologists' "
     "and therapists' assessments; targets, interventions and review; summative data and national tests; helping "
     "colleagues use formative assessment; ICT and assessment tools"],
    ["6", "16 Jan 2010", "Teachers' Centre", "Provision: provision mapping and management; deploying teaching assistants; "
     "solving problems and deciding on provision"],
    ["7", "6 Feb", "Sports Hall", "Pupils and parents: pupils' part in planning and reviewing their provision; "
     "afternoon: a talk from the Rivington Parents' Forum"],
    ["8", "6 Mar", "Teachers' Centre", "Beyond the school gate: external agencies, health and social care, the "
     "voluntary sector; the Common Assessment Framework; getting specialist help"],
    ["9", "24 Apr", "Teachers' Centre", "Leading: strategy with senior leaders and governors; winning colleagues' "
     "commitment; coaching, observing and training colleagues; reviewing provision with staff; time and delegation"],
    ["10", "19 Jun", "Sports Hall", "Closing: Final presentations; keeping up to date: SEN journals, networks and the "
     "Council's SENCO Forum"],
]
table(doc, sched, widths=[1.5, 2.2, 2.6, 10.2], size=9)
para(doc, "Table 7.2  Competition schedule, first Edition", italic=True, size=9)

np_("7.3", "Events programme.", "Table 7.3 lists every event, grouped by discipline as the national outcomes are. "
    "Our wording is shorter; the national wording is printed beside it in the Seeding Profile.")
ev = [
    ["Discipline", "No.", "Event", "Contested at", "Status", "Medal decided in"],
    ["Attributes", "A01", "Fair, respectful relationships with pupils with SEN and their parents or carers", "S2, S7", "Medal", "Round 2"],
    ["", "A02", "Winning the commitment of colleagues, head and senior leaders", "S9", "Medal", "Round 3"],
    ["", "A03", "Prioritising, managing time, delegating well", "S9", "Medal", "Round 3"],
    ["", "A04", "Anticipating and solving problems; sound decisions on provision", "S6", "Medal", "Round 1"],
    ["", "A05", "Clear speaking and writing; listening to others' views", "All Sessions", "Demonstration", "\u2013"],
    ["", "A06", "Using research and outside advice to improve practice", "S4", "Medal", "Round 3"],
    ["", "A07", "Keeping up to date and owning one's CPD", "S10", "Medal", "Round 3"],
    ["Knowledge", "K01", "SEN law, the Code of Practice and putting them into practice", "S1", "Medal", "Round 1"],
    ["", "K02", "Every Child Matters and the SENCO's part", "S1", "Medal", "Round 1"],
    ["", "K03", "Disability equality law and what it requires", "S2", "Medal", "Test Event 2007-08"],
    ["", "K04", "Child development and what affects it", "S3", "Medal", "Round 1"],
    ["", "K05", "The common kinds of SEN and how they affect learning", "S4", "Medal", "Round 1"],
    ["", "K06", "Approaches, strategies and resources, including ICT", "S5", "Medal", "Round 1"],
    ["", "K08", "Best practice and research in meeting SEN", "S4", "Medal", "Round 3"],
    ["", "K09", "External agencies and getting specialist support", "S8", "Medal", "Round 3"],
    ["Skills", "S01", "Strategic development with senior leaders and governors", "S9", "Medal", "Round 3"],
    ["", "S02", "Identifying pupils, setting targets, planning interventions, reviewing progress", "S5", "Medal", "Round 1"],
    ["", "S02a", "Using other professionals' assessments in teaching", "S5", "Medal", "Round 1"],
    ["", "S02b", "Using summative assessment and national tests to track progress", "S5", "Medal", "Round 1"],
    ["", "S02c", "Helping colleagues develop formative assessment", "S5", "Medal", "Round 3"],
    ["", "S02d", "Access arrangements for tests and examinations", "\u2013", "Withdrawn", "\u2013"],
    ["", "S03", "Provision mapping; finding ineffective or missing provision", "S6", "Medal", "Round 3"],
    ["", "S04", "Deploying and managing staff", "S6", "", "\u2013"],
    ["", "S05", "Developing colleagues: observation, feedback, coaching, training", "S9", "Medal", "Round 3"],
    ["", "S06", "Reviewing provision with staff to inform self-evaluation", "S9", "Medal", "Round 3"],
    ["", "S07", "Pupils' part in planning and reviewing their provision", "S7", "Medal", "Round 2"],
    ["", "S08", "Liaising with parents and carers", "S7", "Demonstration", "\u2013"],
    ["", "S09", "Partnership with other services and voluntary organisations", "S8", "Medal", "Round 3"],
]
et = table(doc, ev, widths=[2.2, 1.2, 7.0, 2.2, 2.3, 2.3], size=8.5)
for i, row in enumerate(ev):
    if row[1] == "S04":
        c = et.cell(i, 4)
        p = c.paragraphs[0]
        run_del(p, "Medal", JH, D1)
        run_ins(p, "Demonstration", JH, D1)
    if row[4] in ("Demonstration", "Withdrawn"):
        shade(et.cell(i, 4), "FCE4D6")
for start, end, label in ((1, 7, "Attributes"), (8, 15, "Knowledge"), (16, 28, "Skills")):
    m = et.cell(start, 0).merge(et.cell(end, 0))
    cell_text(m, label, bold=True, size=9)
    shade(m, "DEEAF6")
para(doc, "Table 7.3  Events programme. S02d was withdrawn from the 2009 programme at the Event Board's meeting of "
          "8 January 2009.", italic=True, size=9)
np_("7.4", "Medals and the Award.", "The Award is made to competitors who win a medal in each of the three Medal "
    "Rounds and attend at least 80 per cent of Sessions. Every competitor who receives the Award will have met all "
    "the national outcomes.")

# ------------------------------------------------------------------ Theme 8
doc.add_heading("Theme 8. Technical officials", level=1)
q("Q8.1 Describe the technical officials for the Event (referee, umpires, line judges) and their qualifications.")
q("Q8.2 Describe the training and briefing of national technical officials.")
q("Q8.3 Describe how results will be verified.")
np_("8.1", "Technical Officials.", "The Technical Delegate leads the Event; the Technical Officials teach Sessions, "
    "act as personal tutors and mark Medal Rounds.")
table(doc, [
    ["Official", "Role", "Qualifications and current work"],
    ["Dr Lena Marsh", "Technical Delegate (programme leader)", "EdD (inclusion in secondary schools); SENCO for 9 years; "
     "Senior Lecturer, University of Wellbourne; chairs the Council's SENCO Forum"],
    ["Paul Okafor", "Technical Official", "Head of Inclusion Service, Rivington BC; former SENCO and LA SEN adviser; "
     "Ofsted additional inspector (SEN)"],
    ["Dr Priya Chandran", "Technical Official", "Senior Educational Psychologist, Rivington BC; CPsychol"],
    ["Hazel Brigg", "Technical Official", "Deputy Head, Brookhouse Special School; MEd Special Education; "
     "Advanced Certificate in autism"],
    ["Tom Rennard", "Technical Official", "Specialist teacher (SpLD), Rivington BC; AMBDA; teaches two days a week in schools"],
], widths=[3.2, 4.2, 9.1], size=9)
para(doc, "Every Technical Official works in schools or with school staff every week, and each attends at least "
          "one national SEN conference a year, funded by the Trust.", size=10)
np_("8.2", "Fixture Mentors and briefing.", "Each competitor's head names a Fixture Mentor, a senior leader who signs "
    "the Fixture Book, meets the competitor each half-term and joins the Round 2 observation. Fixture Mentors attend "
    "a half-day briefing in September and receive the Officials' Manual, which sets out what a Mentor does at each "
    "stage and what they sign. New Technical Officials are inducted by the Technical Delegate, co-teach a Session "
    "and shadow a marking round before they teach or mark alone, and the Officials' Manual sets out their duties "
    "as tutors and markers.")
p = np_("8.3", "Verification of results.", "Every Medal Round is marked by the competitor's personal tutor, and a "
        "sample is second-marked by another Technical Official. Arrangements for moderation and for the "
        "external examiner will be agreed with the University.")
doc.add_comment(p.runs[1], text="Chase Wellbourne for the moderation policy and an examiner name before we "
                "submit. JH", author=JH, initials="JH")

# ------------------------------------------------------------------ Theme 9
doc.add_heading("Theme 9. Media and communications", level=1)
q("Q9.1 Describe the communications plan for athletes, teams and officials.")
q("Q9.2 Describe the broadcast plan and the International Broadcast Centre.")
np_("9.1", "Communications.", "Communications with competitors, Fixture Mentors and schools are by letter, "
    "telephone and the Event Bulletin, posted each half-term. The Award has no online or e-learning component: all "
    "teaching is face to face at Sessions, on Rest-day Visits and in schools.")
np_("9.2", "Broadcast.", "Not applicable to this Event.")

# ------------------------------------------------------------------ Theme 10
doc.add_heading("Theme 10. Transport and accommodation", level=1)
q("Q10.1 Describe the athletes' village and transport between venues.")
np_("10.1", "Travel.", "There is no residential element. Both Session venues are on the 37 bus route from Rivington "
    "station and have free parking; competitors who share cars to Rest-day Visits claim mileage from the Event "
    "budget.")

# ------------------------------------------------------------------ Theme 11
doc.add_heading("Theme 11. Evaluation and legacy", level=1)
q("Q11.1 Describe how the Event will be evaluated, internally and externally.")
q("Q11.2 Describe the lasting benefits of the Event for the sport in your region.")
np_("11.1", "Evaluation.", "Competitors evaluate every Session and both Rest-day Visits on the day; the Technical "
    "Officials review the evaluations at their meeting after each Session and adjust the next. At the end of each "
    "Edition the Technical Delegate prepares the Edition Report from the evaluations, Medal Round results, Fixture "
    "Mentors' comments, headteachers' questionnaires and the impact measures below. Externally, the University's "
    "annual monitoring and five-yearly review apply to the Event, and the Council's Inclusion and SEN Service "
    "observes two Sessions an Edition and reports to the Event Board. The Event Board agrees an improvement plan "
    "from the Edition Report each July, and the next Edition's schedule is changed accordingly.")
np_("11.2", "Impact.", "Competitors rate their confidence and a tutor rates their competence on every event at "
    "Seeding and again at Session 10. For Round 3 each competitor takes baseline measures for a target group of "
    "pupils (reading or mathematics age, attendance and a well-being scale) before their project starts and again "
    "two terms later; the Event Office collates the results across the Edition into the annual Impact Report to "
    "the Event Board, which compares the change with the same measures for similar pupils in the competitor's school.")
np_("11.3", "Self-evaluation.", "Each year the Trust will complete its own self-evaluation of the Event against the "
    "Federation's Major Events Standard and publish it to members.")
np_("11.4", "Legacy.", "By 2014 the Event will have trained 120 SENCOs for the valley's schools. The Legacy Fund, "
    "10 per cent of any surplus, will support graduates' school projects.")

# ------------------------------------------------------------------ Theme 12
doc.add_heading("Theme 12. Guarantees", level=1)
q("Q12.1 List all guarantees provided, with their status.")
gt = table(doc, [
    ["No.", "Guarantor", "Guarantee", "Status"],
    ["G1", "University of Wellbourne", "To validate the Event as a Postgraduate Certificate at Level 7 and confer the "
     "Award; partnership agreement signed 5 December 2008; validation event 12 March 2009", "Provided"],
    ["G2", "Rivington Borough Council", "Ten bursaries an Edition; Session 5 and 8 tutors; observation of two Sessions", "Provided"],
    ["G3", "Brookhouse Special School", "Rest-day Visit 1 for every competitor; Session 8", "Provided"],
    ["G4", "Rivington Parents' Forum", "A parent member of the Event Board; the Session 7 talk", "To follow"],
    ["G5", "Merecroft Sports Hall", "Exclusive use on Session days", "Provided"],
    ["G6", "External examiner", "[To be confirmed]", "[To be confirmed]"],
], widths=[1.2, 4.2, 8.6, 2.5], size=9)
doc.add_paragraph()
para(doc, "Signed for the Candidature:  Councillor Martin Ashdown (Chair)  \u00b7  Dr Lena Marsh (Technical "
          "Delegate)  \u00b7  Professor Alan Greaves (University of Wellbourne)")

doc.save(OUT)
print("wrote", OUT)
