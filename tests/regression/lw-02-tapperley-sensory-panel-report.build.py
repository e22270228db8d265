"""lw-02-tapperley-sensory-panel-report

Provider (invented): Tapperley Brewing Academy, the school of Greyholme Brewery (a regional brewery), which
trains brewing apprentices and licensees. It applies to run the National Award for SEN Coordination from
January 2009 with the University of Calder Ings and Greyholme Metropolitan Borough Council, after a pilot
("trial brew") in 2008.

Document kind and layout: the brewery Quality Control department's Sensory Panel Report (form QC-12),
the report the brewery writes whenever a panel tastes a trial brew before release. Here the trial brew is
the 2008 pilot course and the panellists are stakeholders. Heading 1/Heading 2 styles with typed numbers;
a report-details table with merged cells; a panel table; a Method section that defines the four profile
values ("To type", "Nose only", "Palate only", "Not detected") far above the Attribute Profile (section 5),
where the national outcomes are listed in the Academy's words with Brew Day and Cask columns and merged,
shaded group rows; the product specification for the 2009 brew (Grist, Mash, Conditioning, Casks, Cellar,
Routes, Brewers, Release); panellists' verbatim comments; an actions table with a tracked deleted row;
a whole inserted paragraph; a tracked change inside a profile cell; two footnotes; a comment; a release
decision in a floating text box; header and footer.

Traps (requirement ids):
- Aims speak only of attainment ("raise the attainment"), nothing on well-being (1.1 partially_met).
- Parents: only "annual review paperwork"; attribute "Liaise with parents" is "Not detected"; a parent
  panellist asks for a parents' day, which is her wish, not an arrangement (1.7 not_met, 6.S8 not_met).
- Profile values "Nose only" (developed, not assessed) for 6.A2 (via a tracked change in the cell that
  deletes "To type" and inserts "Nose only"), 6.A5, 6.S2c, 6.S6; "Palate only" (assessed, not developed)
  for 6.K3 (a footnote confirms the law Brew Day covers only the SEN Code) and 6.S9; so 1.9 partially_met.
- "Not detected" for 6.A3; no row at all for access arrangements for tests (6.S2d not_met).
- Prior learning: certificated study only, "Experience on its own is not credited" (2.1 partially_met).
- Assessment-only "Cask Only" route: real, exceptional, against all outcomes (2.3 met) - a head's comment
  asking for it does not undermine it.
- Further targets: an actions row promising an exit conversation is a deleted tracked row; a pilot
  participant's comment wishes for it; the live action says "Proposed for 2010" (2.5 not_met).
- Equality: a general statement of compliance only (3.1 partially_met).
- Entry: "qualified teachers working in a school" and nothing checks readiness (5.2 partially_met); the
  Grist Check after acceptance is the needs analysis (2.2 met).
- CRB: verification of candidates exists only in a whole inserted paragraph (5.3 met).
- Placements: the pilot's placements at Holmroyd School ended when it closed (past arrangement); specialist
  speakers remain (5.5 partially_met).
- Moderation: only Cask B second-marked; Cask Marque audits the brewery's beer (wrong thing); the LA's
  moderation group is another body's arrangement (5.8 partially_met).
- Impact: "has not yet been measured", "we hope" (5.9 not_met).
- Section numbers 4.1 to 4.8 (Grist ... Release) collide with requirement ids: the CRB paragraph sits under
  "4.1 Grist", the Brew Days under "4.2 Mash"; none of them is about stakeholders.
- Relationships attribute is worded for pupils only, and the panel found no work with parents (6.A1
  partially_met).
- Award rule concrete (6.0 met). The panel itself sitting after each brew is stakeholder evaluation (4.3 met).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _lw_helpers import *  # noqa

OUT = Path(__file__).with_name("lw-02-tapperley-sensory-panel-report.docx")
d = new_doc("Calibri", 11)
fn = Footnotes(d)
header_footer(d, "Greyholme Brewery - Quality Control - Sensory Panel Report SP-2008-11 - CONFIDENTIAL",
              "Form QC-12 (issue 5). Released products only leave the brewery with the QC Manager's signature.")


def h1(t):
    return d.add_heading(t, level=1)


def h2(t):
    return d.add_heading(t, level=2)


para(d, "GREYHOLME BREWERY LTD - TAPPERLEY BREWING ACADEMY", bold=True, size=14, align="center")
para(d, "Sensory Panel Report SP-2008-11", bold=True, size=13, align="center")
t = table(d, [["Report details", "", "", ""],
              ["Product", "SENCO Trial Brew: the Academy's course for the National Award for SEN Coordination", "", ""],
              ["Trial brew", "Pilot gyle, January to July 2008 (14 teachers)", "Panel date", "12 November 2008"],
              ["Panel leader", "Marion Yeadon, QC Manager", "Panel size", "9 panellists"],
              ["Method", "Descriptive profile (section 3); triangle test against a reference", "Release brew",
               "January 2009 and April 2009 intakes"],
              ["Distribution", "Head Brewer (Academy); University of Calder Ings; Greyholme MBC; TDA panel", "", ""]],
          widths=[3, 6, 3, 4])
m = t.cell(0, 0).merge(t.cell(0, 3))
set_cell(m, "Report details", bold=True, fill="C6E0B4")
set_cell(t.cell(1, 1).merge(t.cell(1, 3)), "SENCO Trial Brew: the Academy's course for the National Award "
         "for SEN Coordination, as specified for release in 2009 (section 4)")
set_cell(t.cell(5, 1).merge(t.cell(5, 3)), "Head Brewer (Academy); University of Calder Ings; Greyholme MBC; "
         "TDA application panel")
for i in range(1, 6):
    shade(t.cell(i, 0), "EDEDED")

h1("1. Purpose of the panel")
para(d, "Nothing leaves Greyholme Brewery until a sensory panel has tasted it. When the Tapperley Brewing "
        "Academy, which trains the brewery's apprentices and the licensees of its 140 tied houses, decided "
        "to train special educational needs coordinators for the schools of Greyholme, we treated the course "
        "the same way: a trial brew in 2008, a panel of the people who will drink it, and a release "
        "decision. This report is the panel's record and the product specification for the course we ask "
        "the panel to approve. The Academy sends it as its application.")
para(d, "The course will raise the attainment of pupils with special educational needs and disabilities "
        "in Greyholme's schools by improving the knowledge, understanding and skills of their SENCOs. That "
        "is the aim at the head of the specification, the aim each Brew Day is planned against, and the aim "
        "each Cask asks the participant to show evidence of.")

para(d, "The Academy has trained brewers since 1962, when Greyholme Brewery opened a school in the old "
        "Tapperley Maltings for its own apprentices. It now teaches about 60 apprentices a year on day "
        "release, runs the licensees' courses that every new tenant of a Greyholme house must pass, and "
        "trains the cellar staff of the brewery's free-trade customers. Its tutors are used to teaching "
        "adults who are working full time and cannot be away for long, and to assessing them in their own "
        "workplaces: a licensee's cellar is inspected where it is, not in a classroom. The SENCO course is "
        "built the same way, and it is run by people who have been SENCOs themselves (section 4.7).")
para(d, "The brewery's sensory panels follow one rule: the panel describes what is in the glass, not what "
        "the brewer meant to put there. This report does the same. Where the specification in section 4 "
        "says a thing is done, the panel checked the pilot materials for it; where it could not find it, "
        "section 6 says so.")

h1("2. The panel")
para(d, "The panel is drawn from the people the course is for and the people who live with its results. "
        "Panellists were chosen with Greyholme MBC's SEN Team and sat for a full day. They had the pilot's "
        "materials, six pilot participants' marked Casks (with permission), and the specification in "
        "section 4.")
table(d, [["Code", "Panellist", "Why on the panel"],
          ["P1", "Headteacher, Moorside Primary", "Employer of a pilot participant"],
          ["P2", "Headteacher, Greyholme Academy (secondary)", "Employer; secondary view"],
          ["P3", "Senior SEN Adviser, Greyholme MBC", "Local authority; SEN strategy"],
          ["P4", "Parent of a pupil with autism; Greyholme Parents' Forum", "Parents and carers"],
          ["P5", "Educational psychologist, Greyholme MBC", "Specialist services"],
          ["P6", "SENCO, Ings Lane Primary (pilot participant)", "Former participant"],
          ["P7", "SENCO, St Bede's RC High (pilot participant)", "Former participant"],
          ["P8", "Link tutor, University of Calder Ings", "Validating university"],
          ["P9", "Chair, Greyholme Youth Council", "Young people"]], widths=[1.5, 7, 7])
para(d, "Before the panel the Academy also surveyed all 96 Greyholme schools (71 replied) on what their "
        "SENCOs most need. The three answers given most often were provision mapping (58 schools), managing "
        "teaching assistants (49) and using assessment data (44); each now has its own Brew Day. The LA's "
        "SEN Team gave us its 2008 review of SEN provision, which found too few SENCOs in Greyholme were on "
        "their school's leadership team, and Brew Day 5 is built on that finding.")

h1("3. Method")
para(d, "Each panellist profiled the trial brew attribute by attribute. The attributes are the national "
        "minimum outcomes for the Award, in the Academy's words (section 5). For each attribute the panel "
        "agreed one profile value, read against the specification in section 4:")
for v in ["To type - the attribute is developed at a Brew Day and assessed in a Cask;",
          "Nose only - the attribute is developed at a Brew Day but no Cask assesses it;",
          "Palate only - a Cask assesses the attribute but no Brew Day develops it;",
          "Not detected - the panel could not find the attribute in the brew."]:
    d.add_paragraph(v, style="List Bullet")
para(d, "The panel also scored each attribute from 1 (faint) to 5 (pronounced) for how strongly it came "
        "through in the pilot Casks. A triangle test followed: panellists were handed three anonymous Cask "
        "extracts, two from the pilot and one from the University's previous SEN module, and seven of nine "
        "picked out the odd one, which the panel took as evidence that the trial brew has a character of "
        "its own.")

h1("4. Product specification for release")
h2("4.1 Grist (who comes on the course)")
para(d, "Applicants must be qualified teachers working in a school in or near Greyholme, and must send "
        "the Academy a letter of support from their headteacher.")
para(d, "Every accepted participant completes the Grist Check before Brew Day 1: a needs analysis against "
        "each national outcome, filled in by the participant, discussed with their school mentor and then "
        "in a one-hour tutorial with their Brewer. The tutorial produces the participant's Brewing Plan, "
        "which sets out the outcomes the participant already shows, the outcomes to work on, which optional "
        "Brew Day sessions and readings to take, and a personal target for each Cask. The Brewing Plan is "
        "reviewed at each Cask and the Brewer records changes.")
ins_para(d, "Before a place is confirmed the Academy asks the participant's school for the date and number "
            "of the participant's enhanced CRB disclosure and for confirmation that the school's List 99 "
            "and reference checks were completed; a participant not in a post with regular contact with "
            "children in the last three months must obtain a new enhanced disclosure, which the Academy "
            "sees before Brew Day 1. The Head Brewer keeps the record.",
         author="M. Yeadon", date="2008-11-18T15:40:00Z")
para(d, "Credit for earlier study. A participant who has passed an accredited masters-level module in SEN "
        "may claim up to 30 credits on the University of Calder Ings' APL procedure, against Cask A. "
        "Experience on its own is not credited.")
h2("4.2 Mash (the Brew Days)")
rows = [["Brew Day", "Content", "Since the trial brew"],
        ["1", "The SENCO's role. The SEN Code of Practice 2001 and the Education Act 1996: what they require "
              "of the school and the SENCO and how to put them into practice. Every Child Matters, the five "
              "outcomes and the SENCO's part in them. Government policy: Removing Barriers to Achievement, "
              "the Inclusion Development Programme.", "Unchanged"],
        ["2", "How children develop, and how SEN, disability and the classroom and social environment affect "
              "development. The main kinds of need: behavioural, emotional and social difficulties; dyslexia "
              "and other specific learning difficulties; speech, language and communication needs (with the "
              "Bercow Review, 2008); autism; moderate learning difficulties.", "Bercow added"],
        ["3", "Identifying need: observation, data and screening; setting targets; planning and reviewing "
              "interventions. Using reports from psychologists, therapists and advisory teachers in planning. "
              "Using summative data and national tests to track progress and change programmes. Formative "
              "assessment for pupils with SEN.", "Data session lengthened"],
        ["4", "Pupil voice: consulting children and young people, pupil-led reviews, involving pupils in "
              "planning and reviewing their own provision. Led with Greyholme Youth Council. Relationships "
              "with pupils: fairness, respect, high expectations. Annual review paperwork.", "New day"],
        ["5", "Leading SEN: strategy with the head, senior team and governors; an inclusive ethos; "
              "provision mapping and finding provision that is missing or not working; deploying and "
              "managing teaching assistants; coaching, observation and training for colleagues; working with "
              "other SENCOs in the cluster.", "Rebuilt on LA review"],
        ["6", "Approaches, strategies and resources for teaching and learning, including ICT and assistive "
              "technology. External agencies: who they are and how to get specialist support. School "
              "self-evaluation and improvement planning, and where SEN outcomes sit in them. Reviewing the "
              "effectiveness of provision with colleagues.", "Unchanged"],
        ["7", "Research and best practice: reading research critically (including Ofsted's 2006 report "
              "Inclusion: does it matter where pupils are taught?), using external advice, making sound "
              "decisions on provision and solving problems, keeping up to date and taking responsibility for "
              "one's own learning on SEN and disability.",
         "Unchanged"]]
t = table(d, rows, widths=[1.8, 11.5, 3.2])
para(d, "Brew Days run 9.15 to 3.45 at the Academy, Tapperley Maltings, or at Greyholme Professional "
        "Development Centre.")
h2("4.3 Conditioning (work in school)")
para(d, "Between Brew Days each participant carries out a conditioning task in their own school, agreed "
        "with their mentor: a review of the SEN register, a provision map, a pupil-led review, a coaching "
        "cycle with a teaching assistant, and the school change project, in which the participant changes "
        "one piece of provision with colleagues over a term and measures what happens for the pupils. The "
        "change project is how participants make an impact on practice: it is written up as Cask C.")
h2("4.4 Casks (assessment)")
p_b = para(d, "Cask A: a 3,500-word assignment on the law, policy and Every Child Matters in the "
              "participant's school. Cask B: a 4,000-word case study of two pupils, from identification "
              "through other professionals' assessments, targets, interventions and tracking against "
              "summative and national test data, to the pupils' own part in reviewing their provision.")
fn.add(p_b, "Cask B is second-marked by another Brewer for every participant.")
para(d, "Cask C: the school change project (5,000 words) and a 30-minute viva with two Brewers, covering "
        "strategy with senior colleagues and governors, provision mapping, staff deployment, coaching of "
        "colleagues, partnership with outside services, the research and advice used, the decisions taken "
        "and how the participant kept up to date with research during the project.")
para(d, "Casks are marked by the Brewer who taught the participant's group, against the University's "
        "masters-level criteria. Every Greyholme beer is audited twice a year by Cask Marque.")
h2("4.5 Cellar (online)")
para(d, "The Mash Tun is the Academy's online learning space, run on the University's Blackboard. Every "
        "Brew Day's materials and readings are there; each participant belongs to a peer group of four "
        "that works on a shared task between Brew Days. Brewers answer questions posted in the Mash Tun "
        "within two working days and hold a one-hour online tutorial every other Tuesday evening between "
        "Brew Days. Mentors have their own log-in so that schools, Brewers and participants share the same "
        "record of conditioning tasks, and Casks are submitted and returned through it.")
h2("4.6 Routes")
para(d, "Participants join in January or April. The April intake takes Brew Days 4 to 7 first and 1 to 3 "
        "in the autumn, so the order suits the school year of either intake. Brew Days 3 and 5 are also "
        "offered as four Saturday mornings. Participants may take up to two years.")
para(d, "Cask Only. In exceptional cases an experienced applicant, for example a specialist teacher from "
        "the LA's support services, may be assessed without attending: after an interview with the Head "
        "Brewer and the University link tutor, the applicant submits all three Casks and the viva and must "
        "show every national outcome. The University sets the fee.")
para(d, "Cost. The fee is GBP 1,500 per participant; Greyholme MBC funds half for its maintained schools. "
        "Optional sessions in the Brewing Plan mean participants spend time on what they need.")
h2("4.7 Brewers and cellarmen")
para(d, "Head Brewer: Dr Sian Pardoe, former SENCO and LA advisory teacher, PhD on provision mapping, "
        "tutor on the University's MA SEN. Brewers: Ian Kettleborough, educational psychologist (P5's "
        "colleague in Greyholme's psychology service); Dawn Rhodes, SENCO of a Greyholme special school; "
        "Amir Latif, assistive technology lead for Greyholme MBC. Each Brewer works in schools weekly. "
        "Speakers from speech and language therapy and CAMHS contribute to Brew Days 2 and 6.")
para(d, "Every participant has a school mentor, the cellarman, usually a senior leader. Brewers and "
        "cellarmen attend a joint induction day before each intake covering their roles, the Brewing Plan, "
        "the conditioning tasks and what the Casks ask for, and receive the Cellar Handbook; new Brewers "
        "also co-mark with the Head Brewer in their first year.")
para(d, "In the trial brew, participants spent two days on placement at Holmroyd School, a special "
        "school; those placements ended when Holmroyd School closed in July 2008.")
para(d, "Resources. The Academy's training rooms have a computer suite of 16 machines; the Greyholme "
        "assistive technology library is on loan for Brew Day 6 and between Brew Days; participants use the "
        "University library and e-journals; the Academy has bought the full Inclusion Development "
        "Programme and a 200-title SEN collection.")
para(d, "Equality. The Academy complies with the Disability Discrimination Act and the Equality Act 2006 in "
        "all its courses.")
h2("4.8 Release (the award)")
para(d, "A participant is awarded the Certificate only when the Head Brewer's release sheet shows, for that "
        "participant, every one of the national minimum outcomes evidenced in passed Cask work, and the "
        "University's Board of Examiners has confirmed it. The Postgraduate Certificate in SEN Coordination "
        "is validated by the University of Calder Ings at masters level (Level 7) and carries 60 credits.")

h1("5. Results: attribute profile")
prof = [["Attribute (the participant can...)", "Brew Day", "Cask", "Profile", "Score"],
        ["PROFESSIONAL ATTRIBUTES", "", "", "", ""],
        ["build fair, respectful relationships with pupils with SEN", "4", "B", "To type", "4.1"],
        ["win colleagues' and the head's commitment", "5", "-", "", "3.0"],
        ["prioritise, manage time, delegate", "-", "-", "Not detected", "1.2"],
        ["solve problems and judge provision soundly", "7", "C", "To type", "3.8"],
        ["speak and write clearly and listen to others", "4, 5", "-", "Nose only", "3.3"],
        ["use research and outside advice", "7", "C", "To type", "3.9"],
        ["keep up to date and own their CPD", "7", "C", "To type", "3.1"],
        ["KNOWLEDGE AND UNDERSTANDING", "", "", "", ""],
        ["SEN law and the Code of Practice, in practice", "1", "A", "To type", "4.4"],
        ["Every Child Matters and the SENCO's part", "1", "A", "To type", "4.0"],
        ["disability equality law and what it requires", "-", "A", "Palate only", "2.6"],
        ["child development and what affects it", "2", "B", "To type", "3.7"],
        ["the main kinds of SEN and disability", "2", "B", "To type", "4.5"],
        ["approaches, strategies, resources and ICT", "6", "B", "To type", "3.6"],
        ["school self-evaluation and improvement", "6", "C", "To type", "3.2"],
        ["best practice and research", "7", "C", "To type", "3.9"],
        ["external agencies and specialist support", "6", "B", "To type", "3.8"],
        ["PROFESSIONAL SKILLS", "", "", "", ""],
        ["shape inclusive strategy with senior leaders and governors", "5", "C", "To type", "3.4"],
        ["identify need, set targets, plan and review", "3", "B", "To type", "4.2"],
        ["use other professionals' assessments", "3", "B", "To type", "4.0"],
        ["use summative and national test data", "3", "B", "To type", "3.5"],
        ["encourage colleagues' formative assessment", "3", "-", "Nose only", "2.4"],
        ["provision mapping; finding missing provision", "5", "C", "To type", "4.3"],
        ["deploy and manage staff", "5", "C", "To type", "3.9"],
        ["develop colleagues by coaching, observation, training", "5", "C", "To type", "3.5"],
        ["review provision with staff for self-evaluation", "6", "-", "Nose only", "2.8"],
        ["involve pupils in planning and reviewing provision", "4", "B", "To type", "4.0"],
        ["liaise with parents and carers", "-", "-", "Not detected", "1.5"],
        ["work in partnership with other services", "-", "C", "Palate only", "2.9"]]
t = table(d, prof, widths=[8.5, 1.8, 1.4, 2.6, 1.4])
for i, lab in ((1, "PROFESSIONAL ATTRIBUTES"), (9, "KNOWLEDGE AND UNDERSTANDING"), (19, "PROFESSIONAL SKILLS")):
    merge_row(t, i, lab, fill="E2EFDA")
c = t.cell(3, 3)
set_cell(c, "")
tracked_in_para(c.paragraphs[0], "", "To type", "Nose only", "", author="M. Yeadon", date="2008-11-14T11:05:00Z")
fn.add(t.cell(12, 3).paragraphs[0], "Cask A question 3 asks about the disability equality duty; Brew Day 1 "
       "covers the SEN Code and not disability equality law.")
para(d, "Scores are panel means (1 faint to 5 pronounced).", italic=True, size=9)

h2("5.1 Panel notes by Brew Day")
for v in ["Brew Day 1 - clean and balanced; panellists P3 and P8 thought the law content the strongest in the "
          "brew. Pilot participants asked for the Code of Practice session to come before the register review, "
          "and it now does.",
          "Brew Day 2 - full-bodied; the session on speech, language and communication needs was rewritten "
          "after the Bercow Review and the panel tasted the new version from the slides.",
          "Brew Day 3 - the data session ran short in the pilot and is now a full afternoon; P2 asked that "
          "secondary examples be used alongside primary ones, and they are.",
          "Brew Day 4 - new since the trial brew, so the panel profiled it from the plan and from P9's account "
          "of the Youth Council's rehearsal.",
          "Brew Day 5 - the panel's favourite; P1 said her SENCO came back from it and rewrote the school's "
          "teaching assistant timetable the following week.",
          "Brew Day 6 - crowded; the assistive technology hour is popular and the panel suggested it be kept "
          "even if something else has to give.",
          "Brew Day 7 - the research reading list was judged sound and current by P5 and P8."]:
    d.add_paragraph(v, style="List Bullet")

h1("6. Faults and off-flavours")
para(d, "The panel found the brew true to type on most attributes. It recorded these faults:")
for v in ["Parents: beyond the annual review paperwork at Brew Day 4 the panel could not find work with "
          "parents and carers anywhere in the brew.",
          "Time management and delegation are not in the brew.",
          "Several attributes come through at a Brew Day but no Cask tests them (Nose only), and two are "
          "tested but never taught (Palate only).",
          "Teachers whose experience is long but uncertificated get no credit for it.",
          "Only Cask B is second-marked.",
          "Nobody has measured what the pilot did for participants' confidence or for pupils."]:
    d.add_paragraph(v, style="List Bullet")
para(d, "Impact on participants and pupils has not yet been measured. We hope the 2009 brew will show "
        "gains for pupils in participants' schools.")

h1("7. Panellists' comments")
for who, said in [("P1", "The Brewing Plan made my SENCO feel the course was about her school, not a "
                         "lecture series."),
                  ("P2", "We have a specialist teacher who could go straight to assessment. Glad to see Cask "
                         "Only."),
                  ("P3", "Our LA moderation group already standardises SENCO portfolios across the borough; "
                         "the Academy could join it."),
                  ("P4", "Where are parents in this? I would want a whole Brew Day on working with families."),
                  ("P6", "At the end I wanted someone to help me work out what to do next professionally. "
                         "Nobody did."),
                  ("P9", "Brew Day 4 was the first time anyone asked the Youth Council to teach teachers.")]:
    runs(d, [(who + ": ", {"bold": True}), ("\"" + said + "\"", {"italic": True})])

h1("8. Actions")
acts = [["No.", "Action", "Owner", "Status"],
        ["1", "Add Brew Day 4 (pupil voice) with Greyholme Youth Council", "Head Brewer", "Done"],
        ["2", "Rebuild Brew Day 5 on the LA's 2008 review of SEN provision", "Head Brewer", "Done"],
        ["3", "Exit tutorial at Brew Day 7: each participant sets CPD targets with their Brewer", "Head Brewer", "Done"],
        ["4", "Consider an end-of-course conversation about next steps", "Head Brewer", "Proposed for 2010"],
        ["5", "Panel to sit again after each intake and score the brew; heads, LA and parents' forum "
              "to stay on it", "QC Manager", "Agreed"],
        ["6", "Academy to take the Brew Day evaluation forms, the University's annual monitoring report and "
              "the external examiner's report to the Academy board each summer and set changes for the next "
              "brew", "Head Brewer", "Agreed"]]
t = table(d, acts, widths=[1.2, 10, 3, 2.8])
del_row(t, 3, author="S. Pardoe", date="2008-11-19T09:30:00Z")
para(d, "The University's external examiner reports each year on the programme; the "
        "University reviews the partnership in its annual monitoring. Participants complete an evaluation "
        "form after each Brew Day and a longer one at the end, and the Brewers meet after each Brew Day to "
        "act on them: the lengthened data session on Brew Day 3 came from the pilot's forms.")

h1("9. Release decision")
text_box(d, ["RELEASE DECISION",
             "Product: SENCO Trial Brew, as specified in section 4.",
             "Decision: RELEASED for the January 2009 brew, subject to actions 1 to 6.",
             "Signed: M. Yeadon, QC Manager      S. Pardoe, Head Brewer",
             "Date: 20 November 2008"], height_pt=95, fill="E2EFDA")
p_last = para(d, "The panel's profile sheets and the triangle test results are kept in the QC laboratory "
                 "with the other sensory records.")
comment(d, p_last, "Board to confirm release before this goes to the TDA.", author="Marion Yeadon",
        initials="MY")

fn.finish()
d.save(OUT)
print("wrote", OUT)
