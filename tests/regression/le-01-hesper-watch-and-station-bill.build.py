"""le-01-hesper-watch-and-station-bill: build le-01-hesper-watch-and-station-bill.docx next to this script.

Provider (invented): Hesper Teacher Development, the teacher-development arm of the Severn Sea Sail
Training Trust (a regional sail-training and tall-ships charity that sails the brigantine Hesper from
Portbury Quay), with the University of Portbury, for the 2008-09 National Award for SEN Coordination.

Document kind and layout: the course written as the ship's WATCH AND STATION BILL (the muster list a
ship posts on the mess deck: who is aboard, which watch each person stands, where each goes at each
station, and the standing orders). Heading 1 styles for Parts 1-9, a title block table with merged
cells, a shaded note to the panel, a glossary table ("Word we use | What it means on this voyage"),
a Passage Plan table with merged module rows, the Station Bill itself (a four-column table grouped by
merged mast rows: Foremast = attributes F1-F7, Mainmast = knowledge M1-M9, Mizzen = skills Z1-Z13)
whose columns and values ("Drill only", "Own time", a dash) are defined in the paragraph above it,
typed numbered standing orders, a whole inserted paragraph and a whole deleted paragraph (tracked
changes), a VML text box carrying the marking and moderation, one Word comment, a header and a footer.

Traps (requirement ids):
- Footer: "All voyage crew hold an enhanced CRB disclosure before they join" -- a footer, never
  evidence. The body says candidates' CRB disclosures are their schools' matter and the Trust keeps
  no record; the Trust's own checks are on its staff (someone else's responsibility, wrong people):
  5.3 not_met.
- The assessment-only route exists only in a deleted tracked paragraph; the present text sends such
  candidates to another charity (Tidewrack Trust) whose route it is: 2.3 not_met.
- A Word comment proposes crediting experience through APEL; the body credits prior Master's study
  only and says "We do not give credit for experience alone": 2.1 partially_met.
- Standing order inserted as a tracked insertion (Briefing Day, specimen marking): counts, 5.7 met.
- Marking and moderation sit only in a text box: provider's own statement, 5.8 met.
- The aim speaks of progress in learning only; well-being and the ECM outcomes are not in the aims
  (ECM appears only as Passage content): 1.1 partially_met.
- The Chart Room (Blackboard) carries papers and hand-in, "no discussion boards", Mates do not answer
  there: e-learning is present but without tutor or peer support online: 3.3 partially_met.
- Evaluation is internal Passage Cards only; external evaluation is "something we will look at in a
  later season" (hope): 5.1 partially_met.
- Stakeholders in evaluation: crew fill Passage Cards, heads and parents only hoped for: 4.3
  partially_met.
- "The Trust keeps no specialist teaching resources or assistive technology of its own" (negation):
  5.6 not_met.
- Impact: the Sea-Legs Audit is repeated (participants' confidence and competence), pupils' progress
  only hoped for: 5.9 partially_met.
- Award rule: passing Sign-offs 1-3 and attendance, while the Bill shows Stations that are "Drill
  only" or absent: 6.0 partially_met; 1.9 partially_met.
- Past arrangement: "In the pilot season, 2007-08, every Station was signed off at the Captain's
  Table" -- no longer so (1.9, 6.A3, 6.A7, 6.S2a, 6.S2b, 6.S4, 6.S7 stay partially_met).
- Station Bill: "Drill only" (developed, not marked) for F3, F7, Z3, Z4, Z8, Z11 -> 6.A3, 6.A7,
  6.S2a, 6.S2b, 6.S4, 6.S7 partially_met; "Own time" (marked but not worked at any Passage) for M7
  -> 6.K7 partially_met; dash for M4 and Z6 -> 6.K4 and 6.S2d not_met. Z6 is also left to "the
  examinations officer" (someone else's responsibility).
- Sign-off briefs are kept clear of the Drill-only Stations (pupil views, other professionals'
  assessments are not in them), so those Stations stay unmarked.
- Value statements ("We believe every child should leave harbour") carry no arrangement.
- Header/footer text never counts.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _le_helpers import (new_doc, para, runs, shade_para, shade_cell, table, merge_row, tracked,
                         tracked_para, text_box, header_footer, comment)
from docx.shared import Pt

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc()
header_footer(d, "SEVERN SEA SAIL TRAINING TRUST  |  Hesper Teacher Development  |  Watch and Station Bill, "
                 "Voyage SENCO/08  |  Rev 3",
              "Post this Bill on the mess deck. All voyage crew hold an enhanced CRB disclosure before they join.")

para(d, "BRIGANTINE HESPER", bold=True, size=18)
para(d, "WATCH AND STATION BILL", bold=True, size=16)
para(d, "Voyage SENCO/08: the National Award for SEN Coordination, September 2008 to July 2009", italic=True)

t = table(d, [
    ["Issued by", "Hesper Teacher Development, the teacher-development arm of the Severn Sea Sail Training Trust "
                  "(registered charity), Shore Base, Portbury Quay"],
    ["Validated by", "University of Portbury, School of Education, as its Postgraduate Certificate in Special "
                     "Educational Needs Coordination"],
    ["Credit", "60 credits at Master's level, in two modules of 30 credits: EDM701 Bearings and EDM702 Landfall"],
    ["Master", "Captain Ruth Penhallow, Programme Leader"],
    ["Mates", "Dr Jonah Marsh (University of Portbury), Mrs Carys Evans (the Trust), Mr Tomos Reed"],
    ["", ""],
], header=False, bold_first_col=True)
merge_row(t, 5, "This Bill is signed by the Master and posted before the first Passage. It is our application.")

p = para(d, "TO THE PANEL. Every course the Trust runs, afloat or ashore, is written as the ship's Watch and "
            "Station Bill: who is aboard, which watch they stand, where each of them goes at each station, and "
            "the standing orders. We have written the Award in the same way, because our Voyage Crew will read "
            "it before anyone else does. A short key to our words is in Part 1.")
shade_para(p)

# ---------------------------------------------------------------- Part 1
d.add_heading("Part 1. Ship's company", level=1)
para(d, "Hesper is a 32-metre brigantine that takes young people to sea from Portbury for five-day voyages, "
        "about a third of them from special schools and pupil referral units. Since 2004 her shore staff have "
        "trained the teachers who bring classes aboard, and since 2006 Hesper Teacher Development has run "
        "short courses for SENCOs in the five authorities round the Severn Sea. The Award voyage is sailed "
        "mostly ashore, at the Shore Base, with three days at sea in May. On this voyage we use the ship's "
        "words as follows.")
table(d, [
    ["Word we use", "What it means on this voyage"],
    ["Voyage Crew", "the participants: teachers who are SENCOs, or who are to become SENCOs, in schools in the "
                    "five authorities"],
    ["Master", "the Programme Leader, who signs the Bill and the list of those put forward for the Award"],
    ["Mates", "the tutors: one from the University of Portbury, one from the Trust and one seconded from an "
              "authority's educational psychology service"],
    ["Watch Leaders", "the mentors: experienced SENCOs who each lead a watch of eight and visit each member of "
                      "it in school"],
    ["Bosun", "the course administrator, who keeps the muster book (registers, marks and records)"],
    ["Supernumeraries", "visiting specialists who come aboard for one Passage"],
    ["Passage", "a taught day at the Shore Base, 9.30 to 4.00. There are ten."],
    ["Dog Watch", "a twilight session, 4.30 to 7.30, that repeats half of a Passage"],
    ["The Voyage", "Passage 9: three days and two nights aboard Hesper, 6 to 8 May 2009"],
    ["Landfall", "a task carried out in the crew member's own school between Passages"],
    ["Station", "one duty of a SENCO that the voyage works on; our word for one of the national outcomes"],
    ["Drill", "practice at a Station, with spoken or written feedback from a Mate or Watch Leader; a Drill is "
              "never marked"],
    ["Sign-off", "a marked assessment. There are three: Sign-off 1, Sign-off 2 and Sign-off 3."],
    ["Sea Book", "the crew member's portfolio, in which every Landfall and Drill is written up"],
])

# ---------------------------------------------------------------- Part 2
d.add_heading("Part 2. Why we sail", level=1)
para(d, "The voyage has one aim: that pupils with special educational needs and disabilities in our Voyage "
        "Crew's schools make better progress in their learning, because their SENCO leads provision for them "
        "well. Its objectives are that each SENCO:")
for s in ["knows the law and guidance on SEN and disability and what they require of the school;",
          "can find out which pupils need something more, set targets for them and track whether what is "
          "provided is working;",
          "can lead colleagues, deploy staff, and work with parents and with other services;",
          "can show, in a change made in their own school, that provision for pupils with SEN has improved."]:
    para(d, s, style="List Bullet")
para(d, "We believe every child should leave harbour. We say this at the start of every voyage, and we say it "
        "again at the Captain's Table.")
para(d, "What the Passages draw on. Each Passage's reading pack is rebuilt every summer by the Mates. For "
        "2008-09 the packs draw on the Ofsted report Inclusion: does it matter where pupils are taught? (2006), "
        "the Bercow Review of services for children and young people with speech, language and communication "
        "needs (2008), the Education and Skills Committee's report on Special Educational Needs (2006), the "
        "Inclusion Development Programme materials on dyslexia and on speech, language and communication needs "
        "(2008), and the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008. "
        "At Passage 2 Dr Marsh leads a seminar on what these mean for a SENCO's work, and each crew member "
        "takes one of them into their Landfall 1 report.")
para(d, "The law on the chart table. Passage 2, The Charts, takes the crew through the Education Act 1996 as "
        "amended by the Special Educational Needs and Disability Act 2001, the SEN Code of Practice (2001), the "
        "Disability Discrimination Acts 1995 and 2005 and the disability equality duty, the Children Act 2004 "
        "and Every Child Matters, Removing Barriers to Achievement, and the 2008 regulations that make the "
        "SENCO a qualified teacher. Each crew member finds out how their own school meets each duty and "
        "reports it to their head as Landfall 1.")

# ---------------------------------------------------------------- Part 3
d.add_heading("Part 3. The watches", level=1)
para(d, "Voyage Crew are mustered into three watches of eight: Fore, Main and Mizzen. Each watch has one Mate "
        "and one Watch Leader for the whole voyage. Watches are made up by authority, so that the members of a "
        "watch work near one another and can meet between Passages; the Fore Watch meets at Clevedon, the Main "
        "at Weston and the Mizzen at Portishead.")
para(d, "Joining and standing watches. Crew may join in September and take the Passages in order, or join in "
        "January, start at Passage 6 and take Passages 1 to 5 the following autumn. Any Passage may instead be "
        "taken as two Dog Watches in the same fortnight, and crew who cannot be released for whole days may "
        "take every Passage that way. Bearings and Landfall may be taken a year apart by anyone who asks the "
        "Master, so the Award can be part time over two years.")
para(d, "The Chart Room. The Chart Room is the University's Blackboard site for the voyage. The reading packs, "
        "this Bill and the Sign-off briefs are posted there, and Sign-offs are handed in through it. The Chart "
        "Room has no discussion boards, and the Mates do not answer questions there: questions go to your "
        "Watch Leader at the next Landfall visit.")

# ---------------------------------------------------------------- Part 4
d.add_heading("Part 4. Passage plan", level=1)
para(d, "Passages are on Thursdays at the Shore Base. Dog Watches for each Passage are on the Tuesday and "
        "Wednesday of the following week. Dates from January are for crew joining in September; crew joining "
        "in January are given their own plan by the Bosun.")
rows = [["No.", "Date", "Passage", "Mate"],
        ["", "", "", ""],
        ["1", "Thu 25 Sep 2008", "Casting off: the SENCO's role; the Sea-Legs Audit", "Penhallow"],
        ["2", "Thu 16 Oct 2008", "The Charts: law, guidance and policy on SEN and disability", "Marsh"],
        ["3", "Thu 13 Nov 2008", "Reading the water: the common kinds of SEN and disability and what they "
                                "mean in class", "Evans"],
        ["4", "Thu 4 Dec 2008", "Soundings: identifying need, targets, tracking and review", "Reed"],
        ["5", "Thu 22 Jan 2009", "All hands: teaching approaches, strategies, resources and ICT", "Evans"],
        ["", "", "", ""],
        ["6", "Thu 12 Feb 2009", "The ship's stores: provision mapping and management", "Marsh"],
        ["7", "Thu 12 Mar 2009", "Crewing: leading colleagues, deploying teaching assistants, coaching",
         "Penhallow"],
        ["8", "Thu 2 Apr 2009", "Signals: parents, carers and the voice of the pupil", "Reed"],
        ["9", "Wed 6 to Fri 8 May 2009", "The Voyage, aboard Hesper: other ships (agencies, services and "
                                         "voluntary bodies)", "All"],
        ["10", "Thu 18 Jun 2009", "Harbour: evaluating provision, the school's self-evaluation, the "
                                  "Captain's Table", "All"]]
t = table(d, rows)
merge_row(t, 1, "EDM701 Bearings (30 credits), autumn term")
merge_row(t, 7, "EDM702 Landfall (30 credits), spring and summer terms")

para(d, "Landfalls. Between Passages each crew member carries out six Landfalls in their own school, each tied "
        "to Stations on the Bill (Part 5), and writes each up in the Sea Book:")
for s in ["Landfall 1: check the school's SEN policy and register against the Code of Practice and the "
          "disability equality duty, and report to the head (Stations M1, M3).",
          "Landfall 2: with class teachers, identify two pupils who may have SEN, set targets with them, plan "
          "an intervention and review it after six weeks (Station Z2).",
          "Landfall 3: lead a staff meeting on assessment for learning with pupils with SEN, then coach one "
          "colleague through three lessons (Stations Z5, Z9).",
          "Landfall 4: hold a review meeting with the parents of a pupil on the register (Stations F1, Z12).",
          "Landfall 5: build or rebuild the school's provision map and take it to the senior team and the "
          "governors (Stations Z1, Z7). This is the start of the Landfall Project.",
          "Landfall 6: two placement days (Part 7)."]:
    para(d, s, style="List Number")
para(d, "The Landfall Project is the change each crew member leads in their own school over the spring and "
        "summer terms, starting from the provision map. It is written up as Sign-off 2, with the evidence of "
        "what has changed for pupils and staff, so every crew member comes home having changed practice in "
        "their school, not only having read about it.")

# ---------------------------------------------------------------- Part 5
d.add_heading("Part 5. Station Bill", level=1)
para(d, "The three Sign-offs are these. Sign-off 1 (EDM701) is a case study of 3,000 words on one pupil on the "
        "school's register: the pupil's needs, the law that applies, the parents' views, the agencies "
        "involved, the targets set and the review. Sign-off 2 (EDM702) is the Landfall Project report of 4,000 "
        "words. Sign-off 3 is the Captain's Table: a professional discussion of twenty minutes with two Mates in "
        "June, on the Sea Book and on the crew member's own practice as a SENCO.")
para(d, "In the pilot season, 2007-08, every Station was signed off at the Captain's Table.")
para(d, "How to read the Bill. Every Station below is a duty of the SENCO. The column Worked at gives the "
        "Passages or Landfalls where the voyage works on it. The column Signed off at gives the Sign-off in "
        "which it is marked. Where Signed off at reads Drill only, the Station is practised, with feedback, but "
        "is not marked in any Sign-off. Own time in Worked at means that no Passage or Landfall works on the "
        "Station: the crew prepare for it on their own. A dash means the Station is not carried on this voyage.")
bill = [["Station", "Duty (in our words)", "Worked at", "Signed off at"], ["", "", "", ""],
        ["F1", "Builds fair, respectful and supportive relationships with pupils with SEN and disabilities and "
               "with their parents and carers", "Passage 8; Landfall 4", "Sign-off 1"],
        ["F2", "Wins the commitment of colleagues, the head and the senior team to what the SENCO is trying to do",
         "Passage 7", "Sign-off 2"],
        ["F3", "Sets priorities, manages the SENCO's own time and delegates", "Passage 7", "Drill only"],
        ["F4", "Sees problems coming and resolves them; makes sound, well-founded judgements about what "
               "provision a pupil needs", "Passages 4 and 6", "Sign-off 3"],
        ["F5", "Speaks and writes clearly; listens to others and understands their point of view", "Passage 8",
         "Sign-off 3"],
        ["F6", "Uses research and advice from outside the school to improve the SENCO's own practice and "
               "colleagues'", "Passages 2 and 5", "Sign-off 2"],
        ["F7", "Keeps up to date and takes charge of the SENCO's own professional development in SEN and "
               "disability", "Passage 10", "Drill only"],
        ["", "", "", ""],
        ["M1", "SEN law and guidance, the SEN Code of Practice above all: what they mean for the school and how to "
               "put them into practice", "Passage 2; Landfall 1", "Sign-off 1"],
        ["M2", "Every Child Matters: its principles, its five outcomes, and the SENCO's part in them", "Passage 2",
         "Sign-off 2"],
        ["M3", "Disability equality law (the Disability Discrimination Acts 1995 and 2005) and what it requires "
               "schools to do", "Passage 2; Landfall 1", "Sign-off 1"],
        ["M4", "How children develop, and how SEN, disability and their surroundings affect it", "-", "-"],
        ["M5", "The common kinds of SEN and disability (BESD; dyslexia and other specific learning difficulties; "
               "speech, language and communication needs; the autistic spectrum; moderate learning "
               "difficulties) and how each affects learning", "Passage 3", "Sign-off 1"],
        ["M6", "A critical grasp of approaches, strategies and resources for assessing, planning, teaching and "
               "learning, ICT among them", "Passage 5", "Sign-off 2"],
        ["M7", "How schools evaluate themselves and improve, for pupils with SEN", "Own time", "Sign-off 3"],
        ["M8", "Best practice, and what research shows works for pupils with SEN", "Passages 3 and 5",
         "Sign-off 2"],
        ["M9", "What outside agencies do, and how to get specialist help and resources", "Passage 9",
         "Sign-off 1"],
        ["", "", "", ""],
        ["Z1", "With the head, senior colleagues and governors, shapes the school's inclusive ethos, its policies, "
               "its priorities and its use of resources", "Passage 7; Landfall 5", "Sign-off 2"],
        ["Z2", "Identifies pupils who may have SEN or disabilities, sets challenging targets, plans interventions "
               "and reviews progress", "Passage 4; Landfall 2", "Sign-off 1"],
        ["Z3", "Uses the assessments of other professionals to shape teaching approaches", "Passage 4",
         "Drill only"],
        ["Z4", "Uses summative assessment, national tests among it, to track pupils' progress and change "
               "programmes", "Passage 4", "Drill only"],
        ["Z5", "Helps other teachers to use assessment for learning, with approaches that suit pupils with SEN",
         "Passage 5; Landfall 3", "Sign-off 2"],
        ["Z6", "Arranges access arrangements for national tests and examinations in good time", "-", "-"],
        ["Z7", "Uses provision mapping and management to find provision that is missing or is not working",
         "Passage 6; Landfall 5", "Sign-off 2"],
        ["Z8", "Deploys and manages teaching assistants and other staff", "Passage 7", "Drill only"],
        ["Z9", "Supports colleagues' professional development by observation and feedback, modelling, coaching, "
               "mentoring and training", "Passage 7; Landfall 3", "Sign-off 3"],
        ["Z10", "Reviews with other staff how well provision is working, and feeds this into the school's "
                "self-evaluation", "Passage 10", "Sign-off 2"],
        ["Z11", "Makes sure pupils take part in planning, agreeing, reviewing and evaluating their own provision",
         "Passage 8", "Drill only"],
        ["Z12", "Works with parents and carers", "Passage 8; Landfall 4", "Sign-off 1"],
        ["Z13", "Works in partnership with other services and agencies, voluntary bodies among them",
         "Passage 9", "Sign-off 1"]]
t = table(d, bill)
merge_row(t, 1, "FOREMAST: how a SENCO works")
merge_row(t, 9, "MAINMAST: what a SENCO knows")
merge_row(t, 19, "MIZZEN: what a SENCO does")
para(d, "Access arrangements for tests and examinations (Z6) are the examinations officer's work in most of our "
        "schools, so this voyage does not carry that Station.")
para(d, "Drills at Passage 8 include three ways of consulting pupils (talking mats, a pupil-led review and a "
        "questionnaire in symbols); each crew member runs one of them with pupils in school and writes it up in "
        "the Sea Book for their Watch Leader's feedback.")

# ---------------------------------------------------------------- Part 6
d.add_heading("Part 6. Joining the ship", level=1)
para(d, "Who may join. To join, a teacher must hold Qualified Teacher Status, be the school's SENCO or be named "
        "by the head to become its SENCO within a year, and send the Bosun a joining form, signed by the head, "
        "that commits the school to release them for ten Passages (or the Dog Watches) and to the Landfalls. "
        "The Master and a Watch Leader read every form together. Anyone without QTS, or whose school will not "
        "release them, is not accepted, and anyone new to SEN work is asked to take the Trust's two-day "
        "Deckhand course first.")
para(d, "The Sea-Legs Audit. Before Passage 1 each crew member rates themselves against every Station on the "
        "Bill, with evidence from their own school. The Watch Leader goes through the Audit with them in a "
        "one-hour meeting in school before Passage 2, and together they write a Personal Passage Plan: the "
        "Stations they will work at hardest, the Landfalls that fit their school, and which Passages they will "
        "take as Dog Watches. The Plan is reviewed at every Landfall visit and again at the Captain's Table.")
p = para(d, "Credit already gained. The University of Portbury will accept up to 30 credits of prior "
            "Master's-level study in SEN towards the Award, through its Accreditation of Prior Learning "
            "procedure, if the credit is no more than five years old; it then stands in place of Bearings. We do "
            "not give credit for experience alone, however long: every crew member sails the Landfall module.")
comment(d, p, "Jonah - could we say we credit experience through APEL as well? The University does it for the MA. "
              "RP", author="R. Penhallow", initials="RP")
tracked_para(d, "del", "Assessment only. An experienced SENCO who already meets every Station may, in exceptional "
                       "cases, ask to be signed off at all three Sign-offs without sailing the Passages.",
             author="J. Marsh", date="2008-07-14T09:02:00Z")
para(d, "Our sister charity, the Tidewrack Trust in Cardiff, runs its SENCO course with an assessment-only route "
        "for experienced SENCOs; crew who want that route are referred to Tidewrack.")
para(d, "Checks. Enhanced CRB disclosures for Voyage Crew are a matter for their employing schools and "
        "authorities; the Trust does not ask to see them and keeps no record of them. The Trust's own enhanced "
        "CRB checks are carried out on its sea staff, Mates and Watch Leaders, who are with young people aboard.")
para(d, "Fees. The fee is £1,450 for the voyage. The five authorities pay £900 of it for each of their teachers "
        "from their SENCO training grant, and the Trust's bursary fund pays up to £300 for a school with fewer "
        "than 100 pupils. Because every Passage is repeated as Dog Watches, a school releases its SENCO only for "
        "the days that suit it, and no supply cover is needed for crew who take the twilight route. The Award's "
        "60 credits count towards the University's MA in Education, so crew who finish can go on to it, and "
        "the Personal Passage Plan means that each crew member spends their Landfalls on what their own school "
        "most needs.")

# ---------------------------------------------------------------- Part 7
d.add_heading("Part 7. Emergency stations, and who else comes aboard", level=1)
para(d, "Making sure everyone can sail. The Trust has a Disability Equality Scheme under the Disability "
        "Discrimination Act 2005 and applies it to the voyage. The joining form asks every applicant what "
        "adjustments they need, and the Bosun arranges them before Passage 1. We have provided large-print and "
        "coloured-paper packs, a BSL interpreter at Passages, extra time and a scribe or word processor at the "
        "Captain's Table and for written Sign-offs, by agreement with the University's disability office. The "
        "Shore Base has level access and a lift. Hesper has a powered lift to the deck and two accessible "
        "berths, and a crew member who cannot sail on the Voyage takes the same programme at the Shore Base with "
        "the same Supernumeraries. No Passage falls on a religious festival, and the Dog Watches are there for "
        "crew with caring responsibilities.")
para(d, "Supernumeraries. Specialists join single Passages: an educational psychologist, a speech and language "
        "therapist from the Primary Care Trust, a teacher of the deaf, a specialist teacher from an authority's "
        "autism outreach team, a parent partnership officer, and a worker from the local Mencap society, who "
        "sails on the Voyage with two young people from its youth club.")
para(d, "Placements. Each crew member spends two days in the spring term at Harbourside Special School or at "
        "the Severnvale Pupil Referral Unit, arranged by the Bosun with the Watch Leader, shadowing the SENCO "
        "there, and writes the visit up as Landfall 6.")
para(d, "Resources. Crew may borrow from the library at the Shore Base, which holds the books on the reading "
        "packs. The Trust keeps no specialist teaching resources or assistive technology of its own: crew use "
        "what their own schools have.")

# ---------------------------------------------------------------- Part 8
d.add_heading("Part 8. Standing orders for Mates and Watch Leaders", level=1)
table(d, [
    ["Name", "Station aboard", "Qualifications and current work"],
    ["Captain Ruth Penhallow", "Master (Programme Leader)", "MEd (Inclusive Education); SENCO for nine years and "
     "then head of Gullrock Special School until 2004; Yachtmaster Ocean; leads the Trust's teacher courses"],
    ["Dr Jonah Marsh", "Mate, Fore Watch", "Senior Lecturer in SEN, University of Portbury; doctorate on "
     "provision mapping in secondary schools; external examiner for two SEN programmes"],
    ["Mrs Carys Evans", "Mate, Main Watch", "MA in SEN; specialist teacher for specific learning difficulties "
     "(AMBDA); advisory teacher for an authority until 2007"],
    ["Mr Tomos Reed", "Mate, Mizzen Watch", "Chartered educational psychologist, seconded two days a month from "
     "an authority's educational psychology service"],
    ["Watch Leaders (three)", "Mentors", "Serving SENCOs with at least five years in post, each with a "
     "Master's-level qualification in SEN"],
])
para(d, "Every Mate and Watch Leader spends at least five days a year on their own professional development in "
        "SEN and disability, and the Master checks this at the Trust's annual staff review.")
para(d, "1. Mates teach the Passages, give feedback on Drills, mark the Sign-offs and sit at the Captain's Table.")
para(d, "2. Watch Leaders hold the Sea-Legs meeting, visit each member of their watch in school twice a term after "
        "a Landfall, give written feedback on Drills in the Sea Book, and report any concern to the Master "
        "within a week.")
tracked_para(d, "ins", "3. Every Mate and Watch Leader attends the Briefing Day at the Shore Base in September, is "
                       "given these Standing Orders and the Sign-off briefs, and marks two specimen Sign-offs with "
                       "the Master before marking or commenting on real ones.",
             author="R. Penhallow", date="2008-09-02T16:40:00Z")
para(d, "4. The Bosun keeps the muster book: attendance at each Passage and Dog Watch, Landfalls handed in, "
        "Drill feedback given, and Sign-off marks.")
para(d, "5. The Standing Orders are reviewed with the Watch Leaders each February, and any change is issued as a "
        "new revision of this Bill.")
text_box(d, [("MASTER'S NOTE: MARKING AND MODERATION", True),
             ("Every Sign-off is marked by its watch's Mate against the University's Master's-level criteria. A "
              "second Mate blind-marks one in five of each Sign-off, every fail and every borderline script. The "
              "three Mates meet to agree marks before any are returned. The Captain's Table is always two Mates, "
              "one of them from another watch. A sample of each Sign-off goes to the University's external "
              "examiner, Professor Alison Gray of the University of Hereward, who reports to the University's "
              "Board of Examiners each July.", False)], height_pt=140)

# ---------------------------------------------------------------- Part 9
d.add_heading("Part 9. Voyage reports, owners and the Award", level=1)
para(d, "What our owners asked for. Before the first SENCO course in 2006 the Trust surveyed the SENCOs of all "
        "212 schools in the five authorities (131 replied) and met the five principal officers for SEN. SENCOs "
        "asked most for help with provision mapping, with leading teaching assistants and with the law; the "
        "authorities asked for training that counts towards a Master's degree and for twilight sessions. "
        "Passages 2, 6 and 7, the Dog Watches and the partnership with the University are the result.")
para(d, "The Owners' Committee. The five authorities' SEN officers, two headteachers and the chair of the "
        "Trust's education committee meet each term as the Owners' Committee. In 2007 the Committee asked for "
        "placement days, now Landfall 6, and the heads asked that Passages move from Fridays to Thursdays; both "
        "were done for 2008-09.")
para(d, "Passage Cards. After every Passage and Dog Watch each crew member fills in a Passage Card: what worked, "
        "what did not, and one change they would make. The Master reads the cards within a week and takes them "
        "to the Mates' meeting, which decides changes for the next Passage or the next season; the changes are "
        "listed in the Voyage Report each July. External evaluation of the voyage is something we will look at "
        "in a later season.")
para(d, "We would like heads and parents to help us evaluate the voyage one day, and may invite some of them to "
        "the Voyage Review in a future season.")
para(d, "Measuring the voyage. The Sea-Legs Audit is repeated before the Captain's Table, so that each crew "
        "member's confidence and competence at every Station can be set against where they started, and the "
        "Voyage Report gives the change for the whole crew. We hope that in time the voyage will also show in "
        "the progress of pupils with SEN in our crew members' schools.")
para(d, "Onward course. At the Captain's Table each crew member sets, with the two Mates, two professional "
        "targets for the year after the Award, written into the Sea Book as an Onward Course, and the Watch "
        "Leader visits in the following autumn term to see how they are getting on. The Mates also go through "
        "the University's MA modules, the local NASEN branch and the authorities' SENCO forums with each of them.")
para(d, "The Award. The Master puts forward for the Award those Voyage Crew who have passed Sign-offs 1, 2 and 3 "
        "and attended at least eight of the ten Passages or their Dog Watches. The University's Board of "
        "Examiners confirms the list in July, and the Award is presented on the quay in September.")
runs(d, [("Signed: ", True), ("Ruth Penhallow, Master, for the Severn Sea Sail Training Trust. ", False),
         ("Posted: ", True), ("1 September 2008.", False)])

d.save(str(OUT))
print("wrote", OUT)
