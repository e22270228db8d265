"""px-01-corvingham-lecture-notes: build the .docx next to this script.

PROVIDER (invented): the Education Trust of the Corvingham Society of Magicians (founded 1908), with the
University of Wexley (validating, co-teaching), Corvingham City Council and Wexley Borough Council.
January 2009.

DOCUMENT KIND AND LAYOUT: a magic lecture's printed LECTURE NOTES, the booklet a touring lecturer sells
after a lecture, sent unchanged as the application. Heading 1 and Heading 2 styles carry the lecture's own
titles ("Joining the Company", "Routine Four: Forcing a Card"). Each study day is a "Routine" written the
way lecture notes write a trick, under bold run-in labels: Effect / Requirements / Set-up / Method /
Handling / Credits / Afterthoughts. The teachers are "members", the study days "Routines", school tasks
"Handling", the three assessed pieces "the Close-up Piece", "the Parlour Piece" and "the Stage Piece".
The national outcomes are dealt as a Deck of 29 playing cards in the Society's own words and its own
numbering (Hearts 1-7 = attributes, Spades 1-9 = knowledge, Clubs 1-13 = skills, so that Clubs 3-6 are
Annex 3's S2a-S2d and Clubs 7-13 are S3-S9: the numbers never match Annex 3's). The key to the Routine
Index (P / R / dash) is defined near the front, in "How to read these notes"; the Index itself is the last
table, with merged suit rows and shaded cells. A VML text box "To the panel" under the title. A title table
with a merged cell. A calendar table with merged header cells. A staff table. Header ("not for
exposure") and a footer that claims every outcome is performed and judged (a footer: never evidence).
Footnotes carry the Credits (references) and one assessment detail. Four Word comments by the Lecture
Secretary. Tracked changes by the Lecture Secretary and the Director of Studies.

TRAPS (requirement ids):
- "Afterthoughts" paragraphs are the lecturer thinking aloud: hopes, not arrangements. They hold the only
  parents' role-play (1.7, 6.S8), pupils' voice (1.5, 6.S7), pupil baselines (5.9) and heads' evaluation
  (4.3).
- Past arrangement: pupil video diaries were made "in the 2007 pilot" and dropped (1.5, 6.S7 not met).
- Wrong context: the Society's CRB checks are on members who perform for children under the Society's
  name; for Award members "the Trust does not ask for or check them" - the employer's job (5.3 not met).
  A comment asks whether that is enough (comments are not evidence).
- Tracked changes: a deleted sentence gave exemption for earlier credits; an inserted sentence says the
  Trust does not use the University's credit regulations (2.1 not met; a comment suggesting APEL is not
  evidence). A deleted sentence promised tutor replies in the Green Room (3.3 partially met: peers and
  ICT, mentors between Routines, but "tutors do not post in the Green Room"). In the Index the Clubs 10
  row (S4) has "R" deleted and "P" inserted, "-" deleted and "Stage" inserted (6.S4 met). An inserted
  paragraph adds the University moderator's sampling (5.8 met).
- Other provider's arrangement: special-school placements belong to Wexley's Outreach Service for its own
  trainee teaching assistants (5.5 partially met: specialist expertise yes, placements only if a place
  is free on someone else's scheme). Partnership working is practised on the Borough's separate
  Multi-Agency Day (6.S9 only rehearsed: partially met).
- Right words, wrong thing: Routine Eight's "self-evaluation" is the Trust's own questionnaire about the
  lecture (6.K7 not met, Spades 7 is "-" in the Index).
- Values rather than arrangements for equality: "has welcomed members of every background", plus large
  print on request only (3.1 partially met).
- Compensation: a Piece marked 40-49 can be carried by the others, so the Award does not require every
  outcome to be shown (6.0 partially met; 1.9 partially met with R and "-" rows in the Index).
- Key far from table: R = "rehearsed": spoken feedback, no mark (6.A3, 6.S2c, 6.S8, 6.S9 partially met).
  Spades 4 (child development, K4) is marked in the Close-up Piece but taught in no Routine (partially
  met). Hearts 2 (A2, commitment of the head and senior leaders) is "-" (not met).
- A footnote makes the Parlour Piece's film feedback-only, but the head's written account of the talk is
  marked, so speech is still assessed (6.A5 met).
- Past influence versus present involvement: the councils' advisers and pilot SENCOs "sat on the Lecture
  Committee that wrote these notes" (4.2 met), but the committee that now reviews the Award is "now the
  Director of Studies, the Lecture Secretary and the tutors"; heads and the Parent Partnership Service help
  deliver, and their part in evaluation is only hoped for (4.3 partially met).
- Footer claim "Every national outcome is performed and judged" is not evidence.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _px_helpers import *  # noqa: E402,F401,F403

HERE = Path(__file__).parent
NAME = "px-01-corvingham-lecture-notes"
DK, HQ = "Daniel Kettle", "Harriet Quill"
D1, D2 = "2009-01-12T10:14:00Z", "2009-01-14T16:40:00Z"

doc = new_document(font="Georgia", size=10.5)
sec = doc.sections[0]
header_footer(sec, "CORVINGHAM SOCIETY OF MAGICIANS  ·  LECTURE NOTES  ·  FOR MEMBERS AND THE PANEL ONLY - NOT FOR EXPOSURE",
              "Sleight of Mind, edition 1. Every national outcome is performed and judged.")

# ------------------------------------------------------------------ title
t = doc.add_table(rows=3, cols=2)
t.style = "Table Grid"
m = t.cell(0, 0).merge(t.cell(0, 1))
cell_text(m, "SLEIGHT OF MIND", bold=True, size=26, align="center", fill="1F1F3A", color="F2E6C9")
cell_text(t.cell(1, 0), "Lecture Notes for the National Award for Special Educational Needs Coordination",
          italic=True, size=12)
cell_text(t.cell(1, 1), "The Corvingham Society of Magicians\nEducation Trust\n14 Lantern Row, Corvingham", size=10)
cell_text(t.cell(2, 0), "Notes by Harriet Quill, Director of Studies", size=10)
cell_text(t.cell(2, 1), "Edition 1, January 2009\nwith the University of Wexley, Corvingham City Council and Wexley Borough Council", size=10)
set_widths(t, [9.5, 7.0])
para(doc, "")
textbox(doc, [
    ("TO THE PANEL", {"bold": True}),
    "A magic lecture is an evening on which one magician teaches others a handful of routines, and the "
    "lecturer sells printed notes afterwards so that the audience can work on them at home. These are the "
    "notes our members receive for the Award. We send them to you unchanged as the Trust's application for "
    "approval. In them, 'members' are the teachers on the Award, 'Routines' are the eight study days, "
    "'Handling' is the work members do in their own schools between Routines, and the three 'Pieces' are "
    "the work that is marked.",
    ("Harriet Quill, Director of Studies, and Daniel Kettle, Lecture Secretary", {"italic": True}),
], width_pt=450, height_pt=120, fill="F7F3E8")

# ------------------------------------------------------------------ foreword
doc.add_heading("Foreword: why magicians?", level=1)
para(doc, "The Corvingham Society of Magicians was founded in 1908 by eleven amateur conjurors who met above "
          "a music shop in Lantern Row. Its Education Trust, a registered charity since 1994, takes magic into "
          "schools: 'Magic in the Classroom' workshops, the Hand-Skills Project that the Trust runs with the "
          "city's paediatric occupational therapists (simple sleights that build fine motor control for "
          "children with dyspraxia), and a Saturday club for young magicians at which a third of the children "
          "have a statement of special educational needs. Of the Society's 212 members, 57 are teachers and "
          "nine are or have been SENCOs.")
para(doc, "A good trick looks effortless because of the planning nobody sees. So does good provision for a "
          "child with special educational needs. When the Education (Special Educational Needs Co-ordinators) "
          "(England) Regulations 2008 required new SENCOs to hold a national award, the teachers among our "
          "members asked the Trust to build one with the people who already train SENCOs in the two towns. "
          "These notes are the result.")
para(doc, "The Award is a Postgraduate Certificate in Special Educational Needs Coordination of the University "
          "of Wexley, which validated it in its School of Education on 4 December 2008. It is worth 60 credits "
          "at masters level (Level 7). Members register as students of the University; the University's "
          "regulations govern assessment and the award; the Trust teaches the Award, and lecturers from the "
          "School of Education co-teach Routines Two and Five.")

# ------------------------------------------------------------------ how to read
doc.add_heading("How to read these notes", level=1)
para(doc, "Each Routine is written up as a lecture writes up a trick, under the same run-in headings:")
for lab, txt in [
    ("Effect.", "What should be different, for pupils and for the member, once the Routine has been worked."),
    ("Requirements.", "What to bring on the day."),
    ("Set-up.", "What to do before the Routine."),
    ("Method.", "What happens on the day, morning and afternoon."),
    ("Handling.", "The task the member carries out in his or her own school before the next Routine. Every "
                  "Handling task ends with a 300-word 'Reveal': what changed, for which pupils and staff."),
    ("Credits.", "The research, inspection evidence and guidance the Routine draws on. Full references are "
                 "in the numbered notes at the foot of the page."),
    ("Afterthoughts.", "The lecturer thinking aloud about where the routine might go next."),
]:
    p = para(doc, "", style="List Bullet")
    add_runs(p, f"**{lab}** {txt}")
para(doc, "The national outcomes, put into our own words, are dealt as a Deck of 29 cards in three suits: "
          "Hearts (♥1 to ♥7) for what a SENCO is like, Spades (♠1 to ♠9) for what a SENCO knows, and Clubs "
          "(♣1 to ♣13) for what a SENCO does. The Routine Index at the back shows, card by card, the Routine "
          "where the card is learnt and the Piece in which it is marked. The Index uses a key:")
for k, v in [("P", "performed: learnt in the Routine named and marked in the Piece named."),
             ("R", "rehearsed: worked on in the Routine named; the tutor gives spoken feedback on it, but no "
                   "mark is given for it in any Piece."),
             ("-", "not part of this lecture.")]:
    p = para(doc, "", indent_cm=1.0)
    add_runs(p, f"**{k}**   {v}")

# ------------------------------------------------------------------ aims
doc.add_heading("The Effect we are after", level=1)
para(doc, "The Award has a single aim: that children and young people with special educational needs and/or "
          "disabilities in our members' schools achieve more and are healthier, safer and happier - "
          "achievement in all five Every Child Matters outcomes, not only in tests. Each Routine opens with "
          "its Effect on pupils; every Handling task asks what changed for pupils; and each of the three "
          "Pieces is marked against a criterion headed 'Effect on pupils', worth a quarter of the marks.")
para(doc, "By the end of the Award a member will:")
for x in ["know the law, guidance and research on special educational needs and disability well enough to "
          "explain them to a governing body;",
          "be able to lead the school's provision, with and through other staff;",
          "have changed something in his or her school that has made a measurable difference to pupils."]:
    para(doc, x, style="List Number")

# ------------------------------------------------------------------ joining
doc.add_heading("Joining the Company", level=1)
doc.add_heading("Who may join", level=2)
para(doc, "The Award is for qualified teachers (QTS) who are SENCOs, or whom the headteacher has named to "
          "become SENCO within the year. The head signs a nomination form which commits the school to release "
          "the member for the eight Routines and to name a school mentor. At the Pick a Card interview the "
          "tutor checks the member's sorting of the Deck against what the member has actually done. Where a "
          "member would be unlikely to reach every card by the end of the year - a newly qualified teacher, "
          "say, or a teacher returning after a long break - we tell the member and the head in writing what "
          "to do first (usually a term shadowing the present SENCO and the Borough's Introduction to SEN "
          "course) and keep a place in a later Company.")

doc.add_heading("The Pick a Card interview", level=2)
para(doc, "Before Routine One every member sorts the Deck. Each of the 29 cards carries one outcome in our "
          "words and two or three examples of what it looks like in a school. The member deals each card into "
          "one of three piles: 'In my hand' (I do this now and can show it), 'Up my sleeve' (I know about it "
          "but have not done it) and 'Not yet dealt'. The member brings the three piles, with evidence for "
          "the first, to a one-hour interview with a tutor.")
para(doc, "From the interview the tutor and member write the member's Personal Pack: the Routines on which the "
          "member will spend longest, the reading to do first, the way each Handling task will be adapted to "
          "the member's school, and the member's own outcomes - the cards that matter most this year, and up "
          "to six jokers, outcomes of the member's own beyond the national ones. Cards dealt 'In my hand' with "
          "good evidence are noted, so that the member's time goes on the others. The Personal Pack is "
          "reviewed with the tutor after Routine Four and again before the Stage Piece.")

doc.add_heading("Straight to the Stage", level=2)
para(doc, "A few experienced people - a teacher from a sensory support service who has coordinated provision "
          "for years, for example - may ask to go straight to the Pieces without attending the Routines. The "
          "Director of Studies decides after a Pick a Card interview. A candidate who goes Straight to the "
          "Stage presents all three Pieces, is marked against every card in exactly the same way as other "
          "members, and pays the assessment fee only (£420). We expect two such candidates in 2009-10.")

hd = doc.add_heading("Earlier study", level=2)
p = para(doc, "")
del_run(p, "Members who already hold credits from an earlier SEN course may be excused the Routines those "
           "credits cover. ", DK, D1)
r = ins_run(p, "Every member starts at Routine One. The University's regulations would allow credit for earlier "
               "study, but the Trust does not use them for this Award, because we want every Company to share "
               "the same eight Routines.", HQ, D2)
comment(doc, hd.runs, "The panel will look for APEL. Could we at least say the University will consider "
                       "claims case by case? - DK", "Daniel Kettle", "DK")

doc.add_heading("Safeguarding", level=2)
p = para(doc, "Every member of the Society who performs for children under the Society's name holds an enhanced "
              "CRB disclosure, renewed every three years and checked by our Child Protection Officer, Mr Tobias "
              "Fenn. ")
a = add_runs(p, "Members joining the Award are teachers already employed by their schools, and checking their "
                "disclosures is a matter for their employers: the Trust does not ask for or check them.")
comment(doc, a, "Is this enough? The spec asks providers to verify. - DK", "Daniel Kettle", "DK")

doc.add_heading("Access", level=2)
para(doc, "The Society has welcomed members of every background since 1908, and is proud that its President "
          "in the 1950s, the Great Alvarez, performed from a wheelchair. We believe everyone can learn magic "
          "and everyone can lead provision. Notes for each Routine can be had in large print or on disc on "
          "request.")

doc.add_heading("Fees and places", level=2)
para(doc, "The fee is £1,150 for the year, including the University's registration fee. Corvingham City "
          "Council and Wexley Borough Council pay half the fee for schools in their areas, so most schools pay "
          "£575. A Company has fourteen members and two tutors, so each member has a tutorial of half an hour "
          "at every Routine. Because the Personal Pack tells tutors what each member already does well, "
          "members who showed in the Deck that they know the law use Routine Two's morning for their own "
          "Handling in the library, and members who are new to data spend an extra tutorial on it after "
          "Routine Four. The Routines follow one another so that each builds on the last and the Pieces are "
          "spread across the year: the Close-up Piece after Routine Four, the Parlour Piece after Routine "
          "Six and the Stage Piece at the end.")

# ------------------------------------------------------------------ when and where
doc.add_heading("When and where", level=1)
para(doc, "There are two Companies. The Saturday Company meets at the Society's rooms at 14 Lantern Row, "
          "Corvingham, from 9.30 to 4.00. The Twilight Company meets at the University's Wexley campus on "
          "Tuesdays from 4.00 to 8.00, each Routine in two evenings a week apart. A member may move between "
          "Companies, and may take any Routine with the other Company if a date is missed. New members join in "
          "September or in January; the January intake works Routines Five to Eight first and Routines One to "
          "Four in the autumn, and presents the Pieces in that order.")
cal = [["Routine", "Saturday Company", "Twilight Company", "Handling due"],
       ["", "2009-10", "2009-10", ""],
       ["One: The Opener", "26 September", "29 Sept and 6 Oct", "Routine Two"],
       ["Two: The Rules of the Game", "17 October", "20 and 27 Oct", "Routine Three"],
       ["Three: The Full Deck", "14 November", "10 and 17 Nov", "Routine Four"],
       ["Four: Forcing a Card", "5 December", "1 and 8 Dec", "Close-up Piece, 29 January"],
       ["Five: The Method", "23 January", "19 and 26 Jan", "Routine Six"],
       ["Six: The Assistants", "27 February", "23 Feb and 2 Mar", "Parlour Piece, 30 April"],
       ["Seven: The Big Illusion", "20 March", "16 and 23 Mar", "Routine Eight"],
       ["Eight: The Encore", "15 May", "11 and 18 May", "Stage Piece, 2 July"]]
ct = table(doc, cal, widths_cm=[4.6, 3.6, 3.8, 4.4], header_fill="D9D2E9", size=9)
a0 = ct.cell(0, 0).merge(ct.cell(1, 0))
cell_text(a0, "Routine", bold=True, size=9, fill="D9D2E9")
a3 = ct.cell(0, 3).merge(ct.cell(1, 3))
cell_text(a3, "Handling due", bold=True, size=9, fill="D9D2E9")
for j in (1, 2):
    shade_cell(ct.cell(1, j), "EEEAF5")
para(doc, "")
doc.add_heading("The Green Room", level=2)
p = para(doc, "The Green Room is the Award's area on the University's Blackboard site. Every Routine's handouts, "
              "the Credits lists and short films of the Handling demonstrations are posted there, and each "
              "member keeps a blog in the Green Room between Routines, reading and commenting on the blogs of "
              "the others in the Company. ")
del_run(p, "Tutors answer members' questions in the Green Room within two working days. ", DK, D1)
a = add_runs(p, "Between Routines each member is supported by his or her school mentor; tutors do not post in "
                "the Green Room, which belongs to the members.")
comment(doc, a, "Harriet - can we commit to tutor replies online? I've struck the two-day promise for now. - DK",
        "Daniel Kettle", "DK")

# ------------------------------------------------------------------ routines
doc.add_heading("The Routines", level=1)


def routine(title, parts, notes=None):
    doc.add_heading(title, level=2)
    out = {}
    for lab, txt in parts:
        p = para(doc, "")
        add_runs(p, f"**{lab}** ")
        if lab == "Afterthoughts.":
            add_runs(p, txt, italic=True)
        else:
            add_runs(p, txt)
        out[lab] = p
    for lab, note in (notes or []):
        footnote(out[lab], note)
    return out


routine("Routine One: The Opener", [
    ("Effect.", "Members see their pupils through the five Every Child Matters outcomes, and see where the "
                "SENCO stands in the school's work for each."),
    ("Requirements.", "Your school's SEN policy, your sorted Deck and your Personal Pack."),
    ("Set-up.", "The Pick a Card interview."),
    ("Method.", "Morning: Every Child Matters and the SENCO - being healthy, staying safe, enjoying and "
                "achieving, making a positive contribution and achieving economic well-being, and what a "
                "SENCO does for each with the school's other leaders. Afternoon: the SENCO's role since the "
                "1994 Code, and what the 2008 regulations now require."),
    ("Handling.", "Draw a one-page 'Who does what' of special educational needs in your school, and check it "
                  "with your head."),
    ("Credits.", "Every Child Matters: Change for Children; Ofsted's 2006 report on inclusion; the 2008 "
                 "regulations."),
    ("Afterthoughts.", "Next year I should like the opening hour to be run by a headteacher."),
], notes=[("Credits.", "DfES (2004) Every Child Matters: Change for Children. Ofsted (2006) Inclusion: does it "
                       "matter where pupils are taught? HMI 2535. The Education (Special Educational Needs "
                       "Co-ordinators) (England) Regulations 2008, SI 2008/2945.")])

routine("Routine Two: The Rules of the Game", [
    ("Effect.", "Members know the law and guidance on special educational needs and on disability, and what "
                "each requires of the school and of the SENCO."),
    ("Requirements.", "Your school's accessibility plan and disability equality scheme."),
    ("Set-up.", "Read the first four chapters of the Code of Practice."),
    ("Method.", "Morning (with Dr Owen Marsh of the University): the Education Act 1996 as amended, the SEN "
                "Code of Practice 2001 and the graduated response, statements and annual reviews, SENDA 2001, "
                "and Removing Barriers to Achievement. Afternoon: the Disability Discrimination Act 1995 as "
                "amended in 2005 - reasonable adjustments, the planning duties and the Disability Equality "
                "Duty - and what each asks a school to do."),
    ("Handling.", "Audit your school's accessibility plan against the duties and propose two changes to your "
                  "head."),
    ("Credits.", "The Code, the two Acts, the 2006 Select Committee report and the Bercow Review."),
], notes=[("Credits.", "DfES (2001) Special Educational Needs Code of Practice. DfES (2004) Removing Barriers to "
                       "Achievement. House of Commons Education and Skills Committee (2006) Special Educational "
                       "Needs, Third Report of Session 2005-06. DCSF (2008) The Bercow Report: a review of "
                       "services for children and young people (0-19) with speech, language and communication "
                       "needs.")])

routine("Routine Three: The Full Deck", [
    ("Effect.", "Members recognise the most common kinds of special educational need and disability and "
                "understand how each can affect a child's learning, and build fair and respectful working "
                "relationships with a pupil and family."),
    ("Requirements.", "Notes on one pupil you would like to follow for the Close-up Piece."),
    ("Set-up.", "Ask the pupil's parents whether they are willing for their child to be the subject of the "
                "Close-up Piece."),
    ("Method.", "Morning: five 'cards' of forty minutes, each led by a specialist - behavioural, emotional "
                "and social difficulties (Priya Lalvani, educational psychologist); dyslexia and other "
                "specific learning difficulties (the Borough's specialist teacher); speech, language and "
                "communication needs (Colm Doherty, speech and language therapist); autistic spectrum "
                "disorders (the city's autism outreach teacher); moderate learning difficulties. Afternoon: "
                "'The Family Show', a talk by the Corvingham Parent Partnership Service on how parents "
                "experience the school's SEN procedures, with questions."),
    ("Handling.", "Begin the Close-up Piece: meet the pupil and the parents, and agree how you will work "
                  "together over the term."),
    ("Credits.", "Parent Partnership Services guidance; the five specialists' own reading lists."),
    ("Afterthoughts.", "I would like to turn the Family Show into a role-play of an annual review, with real "
                       "parents from the Parent Partnership Service giving members feedback. We have not yet "
                       "found the time in the day."),
])

routine("Routine Four: Forcing a Card", [
    ("Effect.", "Members can find the pupils who may have special educational needs, set them challenging "
                "targets, plan what will help, review progress, and see trouble coming before it arrives."),
    ("Requirements.", "Your school's tracking data for one year group, with names removed."),
    ("Set-up.", "Find out when your school's next national tests and examinations are and who arranges "
                "access arrangements."),
    ("Method.", "Morning: identification by observation, data and assessment; targets that stretch; "
                "individual education plans and their reviews. RAISEonline, P scales, teacher assessment and "
                "the national tests: reading them to track progress and to change a programme that is not "
                "working. Afternoon: special arrangements for national tests and examinations - what is "
                "allowed, the evidence needed and the deadlines - with the Borough's examinations officer; "
                "then 'What would you do?', a set of eight problems from members' schools worked in threes."),
    ("Handling.", "Draw up your school's access arrangements calendar for the year; take the baseline for "
                  "your Close-up pupil."),
    ("Credits.", "QCA guidance on access arrangements; the National Strategies' materials on tracking."),
    ("Afterthoughts.", "In the 2007 pilot, members made video diaries with their Close-up pupils about the "
                       "help they were getting. We dropped them for want of time. I hope to bring pupils' "
                       "voices back into this Routine in 2010."),
])

routine("Routine Five: The Method", [
    ("Effect.", "Members judge critically which approaches, strategies and resources will remove a "
                "particular barrier, and use research and best practice to decide."),
    ("Requirements.", "One intervention your school uses, and what you know of its results."),
    ("Set-up.", "Read the two research summaries in the Green Room."),
    ("Method.", "Morning (with the University): structured literacy and numeracy interventions, social "
                "stories, visual timetables, and assistive technology - Clicker 5, text-to-speech, "
                "communication aids - and how to weigh the research behind each. Afternoon: assessment for "
                "learning with pupils with SEN. Each member plans a twenty-minute staff session on formative "
                "assessment and tries it on the Company; the tutor gives feedback on the spot."),
    ("Handling.", "Compare two interventions in your school for one group of pupils, using the research."),
    ("Credits.", "The Rose Review (interim report, 2008); the What Works for Children with Literacy "
                 "Difficulties review."),
], notes=[("Credits.", "Rose, J. (2008) Identification and teaching of children and young people with dyslexia "
                       "and literacy difficulties: interim report. Brooks, G. (2007) What works for pupils with "
                       "literacy difficulties? DCSF.")])

routine("Routine Six: The Assistants", [
    ("Effect.", "Members advise, support and work with colleagues inside and beyond the school, coach and "
                "mentor teaching assistants and teachers, and use the reports of other professionals."),
    ("Requirements.", "Two reports on pupils from outside professionals (anonymised)."),
    ("Set-up.", "Watch one colleague teach a pupil with SEN, with permission."),
    ("Method.", "Morning: observation, feedback, modelling and coaching; running training for staff; "
                "working with the cluster's SENCOs. Members practise coaching conversations in pairs. "
                "Afternoon: reading reports from educational psychologists, therapists and CAMHS and "
                "turning them into teaching plans. Priya Lalvani talks through the services available in "
                "the two areas, statutory and voluntary, and each member draws an agency map for his or her "
                "school, on which the tutors give feedback. Partnership working itself is practised on the "
                "Borough's Multi-Agency Day, which members attend separately."),
    ("Handling.", "Plan the Parlour Piece with your head."),
    ("Credits.", "The National Strategies' coaching materials; Lead Professional guidance."),
])

routine("Routine Seven: The Big Illusion", [
    ("Effect.", "Members map provision, find what is missing or not working, deploy staff well, and advise "
                "senior colleagues and governors on the school's inclusive development."),
    ("Requirements.", "Your school's provision map (or the nearest thing to one) and the SEN budget."),
    ("Set-up.", "Ask your head for twenty minutes at a governors' meeting in the summer term."),
    ("Method.", "Morning: provision mapping and management; costing provision; finding ineffective or "
                "missing provision. Afternoon: deploying and managing teaching assistants; influencing the "
                "school development plan, the SEN policy and the use of resources with the head and "
                "governors. Last hour: 'The Juggler's Week', a workshop on priorities, time and delegation, "
                "in which each member plans a week and the tutor comments."),
    ("Handling.", "Redraw your provision map and show it to the senior team."),
    ("Credits.", "The National Strategies' provision mapping guidance; Ofsted's 2004 report on SEN and "
                 "disability."),
])

routine("Routine Eight: The Encore", [
    ("Effect.", "Members review with colleagues how well the school's provision works, and plan their own "
                "next steps."),
    ("Requirements.", "Your Reveals from the year."),
    ("Set-up.", "Collect two colleagues' views of one part of your school's provision."),
    ("Method.", "Morning: reviewing and evaluating provision with other staff, and feeding the findings into "
                "the school's plans. Members also complete the Trust's self-evaluation questionnaire on the "
                "lecture, on which the Lecture Committee acts. Afternoon: 'Next Tricks'. Each member writes "
                "three professional targets for the following year, using the Trust's planning sheet and "
                "the list of further courses at the University, discusses them with a tutor, and takes them "
                "to his or her line manager at the next performance management meeting."),
    ("Handling.", "Finish the Stage Piece."),
    ("Afterthoughts.", "One day I should like every member to take a baseline measure of pupils' achievement "
                       "before the Stage Piece and measure it again afterwards. Perhaps in 2011."),
])

# ------------------------------------------------------------------ pieces
doc.add_heading("The Three Pieces", level=1)
para(doc, "Three pieces of work are marked. Each is marked out of 100 against published criteria, one of "
          "which is always 'Effect on pupils'; the criteria name the cards the Piece tests (see the Routine "
          "Index).")
p = para(doc, "")
add_runs(p, "**The Close-up Piece** (4,000 words, due 29 January). A case study of one pupil followed for a "
            "term: how the pupil's development and learning have been affected by the need and by the "
            "setting, the assessments of other professionals used, the targets set, the intervention chosen "
            "and why, the review of progress, and the relationship built with the pupil and the family.")
p = para(doc, "")
add_runs(p, "**The Parlour Piece** (due 30 April). A twenty-minute talk or training session given to "
            "colleagues at the member's school, with a written commentary of 2,000 words and the head's "
            "written account of the session.")
footnote(p, "The session is filmed. The tutor watches the film to give feedback only; the mark rests on the "
            "commentary and the head's account.")
p = para(doc, "")
add_runs(p, "**The Stage Piece** (5,000 words, due 2 July). A review of the school's whole provision and a "
            "plan for developing it, presented to the senior team and to governors: the provision map, the "
            "deployment of staff, the accessibility plan, the use of research, the school's work for the "
            "five outcomes, the access arrangements calendar and 'Next Tricks'.")
para(doc, "Every Piece is marked by the member's tutor and second-marked by another tutor, who see each "
          "other's comments before agreeing a mark.")
inserted_paragraph(doc, "The University's moderator samples a third of all Pieces, and every fail and every "
                        "mark of 70 or above, before the Examination Board; the external examiner, Dr Ruth "
                        "Penhale of the University of Calderbridge, sees the moderated sample and attends the "
                        "Board.", HQ, D2)
para(doc, "To receive the Award a member must pass all three Pieces. The pass mark is 50. A member whose three "
          "marks average 50 or more also passes if one Piece is marked between 40 and 49: a weak Piece may be "
          "carried by two strong ones. A Piece marked below 40 may be resubmitted once.")

# ------------------------------------------------------------------ company
doc.add_heading("The Company", level=1)
staff = [["Who", "Role in the Award", "Background"],
         ["Harriet Quill", "Director of Studies; tutor to both Companies",
          "SENCO in two Corvingham primary schools for eleven years; SEN adviser to Corvingham City Council "
          "2001-07; MA in Special and Inclusive Education; Society member since 1996 (close-up)"],
         ["Dr Owen Marsh", "University tutor; co-teaches Routines Two and Five",
          "Senior Lecturer in Inclusive Education, University of Wexley; PhD on statutory assessment; former "
          "head of a secondary learning support department"],
         ["Priya Lalvani", "Specialist; Routines Three and Six",
          "Senior educational psychologist, Wexley Borough; Society member (mentalism)"],
         ["Colm Doherty", "Specialist; Routine Three",
          "Speech and language therapist, Corvingham Primary Care Trust; clinical lead for schools"],
         ["Anita Royle", "Tutor, Twilight Company",
          "SENCO of Brook Lane Secondary School since 1999; Advanced Skills Teacher for SEN; Borough's SENCO "
          "network leader"],
         ["Daniel Kettle", "Lecture Secretary",
          "Administers the Award; keeps the Routine Index and the marks"]]
table(doc, staff, widths_cm=[3.2, 4.6, 8.6], header_fill="D9D2E9", size=9)
para(doc, "")
para(doc, "Every tutor and every school mentor comes to the Tutors' Rehearsal each July: a day at the "
          "University on the Deck, the Personal Pack, the Pieces' marking criteria and a shared marking "
          "exercise on last year's Pieces. Mentors also receive the Mentors' Script, a twelve-page handbook "
          "on what a mentor does before each Routine and how to support the Handling, and a two-hour "
          "briefing at their school from the member's tutor. The Director of Studies watches every tutor "
          "teach at least once a year and gives written feedback.")
para(doc, "Members meet the five specialists of Routine Three and the University's lecturers, and the Borough's "
          "examinations officer in Routine Four. The Award has no placement of its own: Handling tasks are "
          "done in the member's own school. Wexley's Outreach Service arranges placements in its special "
          "schools for its own trainee teaching assistants, and members may ask to join one if a place is "
          "free.")
para(doc, "The Props Cupboard. Members use the University library, its electronic journals through their "
          "University login, and the SEN shelf of the Society's own library. The Trust keeps loan boxes of "
          "assistive technology (Clicker 5 on two laptops, recordable talking tins, a communication aid "
          "lent by the Borough's ICT team) and a set of standardised assessments (the British Picture "
          "Vocabulary Scale, the Wide Range Achievement Test) that members may borrow for the Close-up Piece. "
          "Routine Five is taught in the University's ICT suite.")

# ------------------------------------------------------------------ stakeholders
doc.add_heading("Testing the Effect on an Audience", level=1)
para(doc, "A magician tries a routine on friends before taking it on stage. In spring 2008 the Trust and the "
          "two councils asked every school in the two areas (118 schools) what new SENCOs most needed; 71 "
          "replied. The three needs named most often were using data and tracking (48 schools), managing "
          "teaching assistants (44) and time (39). Heads also asked that no Routine fall in the first or last "
          "week of a term. Those answers are why Routine Four spends a whole day on data, why Routine Seven "
          "gives its afternoon to deploying staff, and why the calendar is as it is.")
para(doc, "The councils' two SEN advisers and four SENCOs from the 2007 pilot sat on the Lecture Committee "
          "that wrote these notes. At their request the Twilight Company was added, and the Close-up Piece "
          "was shortened from 6,000 words to 4,000 so that the term's work with the pupil counts for more "
          "than the writing.")
para(doc, "Heads name a school mentor for each member, and the Parent Partnership Service leads the Family "
          "Show.")
p = para(doc, "", italic=True)
add_runs(p, "We would like heads and the councils to tell us, in time, whether their SENCOs are doing better "
            "for pupils; we hope to find a way to ask them.", italic=True)

# ------------------------------------------------------------------ QA
doc.add_heading("Reviewing the Lecture", level=1)
para(doc, "After every Routine each member fills in a Reveal card (what worked, what did not, one thing to "
          "change), and the tutors meet for half an hour to read the cards and agree changes for the other "
          "Company. The Lecture Secretary analyses the Pieces' marks card by card each year to see which "
          "cards members find hardest. Outside the Trust, the external examiner reports each year and the "
          "University reviews the Award in its annual monitoring.")
para(doc, "The Lecture Committee (now the Director of Studies, the Lecture Secretary and the tutors) reads all of this each July and changes the notes for the next year; the "
          "changes are listed on the first page of each new edition, with the reason for each.")
para(doc, "Members deal the Deck again at the Encore, and the Lecture Secretary compares each member's piles "
          "at the start and the end of the year; the change in the number of cards 'In my hand' is reported "
          "to the University and the councils as our measure of members' growing confidence. Members may, "
          "if their school agrees, say in the Stage Piece whether pupils have done better; the Trust does "
          "not collect this.")

# ------------------------------------------------------------------ index
doc.add_heading("The Routine Index", level=1)
para(doc, "Card by card: where each is learnt and where it is marked.", italic=True)
rows = [["Card", "What the card says", "Routine", "Piece", "Key"]]
H = [("♥1", "Builds fair, respectful and constructive relationships with pupils with SEN and with their families", "Three", "Close-up", "P"),
     ("♥2", "Wins the backing of the head and senior leaders for better outcomes for pupils with SEN", "-", "-", "-"),
     ("♥3", "Puts first things first, manages time and delegates well", "Seven", "-", "R"),
     ("♥4", "Sees problems coming, solves them and makes sound decisions about provision", "Four", "Stage", "P"),
     ("♥5", "Speaks and writes clearly; listens to others and understands their views", "Six", "Parlour", "P"),
     ("♥6", "Uses research and outside advice to improve practice, own and colleagues'", "Five", "Stage", "P"),
     ("♥7", "Keeps up to date and takes charge of own professional development", "Eight", "Stage", "P")]
S = [("♠1", "The law and guidance on SEN, the Code of Practice, what they mean for the school and how to carry them out", "Two", "Close-up", "P"),
     ("♠2", "Every Child Matters, its five outcomes and the SENCO's part in them", "One", "Stage", "P"),
     ("♠3", "The law on disability equality and what it requires a school to do", "Two", "Stage", "P"),
     ("♠4", "How children develop, and how need, disability and surroundings shape development", "-", "Close-up", "P"),
     ("♠5", "The common kinds of SEN - BESD, dyslexia and SpLD, SLCN, ASD, MLD - and their effect on learning", "Three", "Close-up", "P"),
     ("♠6", "Approaches, strategies and resources, ICT among them, for assessing, planning and teaching", "Five", "Close-up", "P"),
     ("♠7", "Self-evaluation and improvement in schools", "-", "-", "-"),
     ("♠8", "Best practice and research in meeting SEN", "Five", "Stage", "P"),
     ("♠9", "What outside agencies do and how to get specialist help", "Six", "Close-up", "P")]
C = [("♣1", "With the head and governors, shapes an inclusive ethos, policy, priorities and use of resources", "Seven", "Stage", "P"),
     ("♣2", "Finds pupils who may have SEN, sets stretching targets, plans help, reviews progress", "Four", "Close-up", "P"),
     ("♣3", "Uses other professionals' assessments to shape teaching", "Six", "Close-up", "P"),
     ("♣4", "Uses tests, including national tests, to track progress and change programmes", "Four", "Stage", "P"),
     ("♣5", "Helps colleagues use formative assessment with pupils with SEN", "Five", "-", "R"),
     ("♣6", "Spots in good time the special arrangements pupils need for tests and examinations, and sees them made", "Four", "Stage", "P"),
     ("♣7", "Maps and manages provision and finds what is missing or not working", "Seven", "Stage", "P"),
     ("♣8", "Helps colleagues grow: observation and feedback, modelling, coaching, training", "Six", "Parlour", "P"),
     ("♣9", "Reviews with other staff how well provision works, and feeds this into the school's improvement plan", "Eight", "Stage", "P"),
     ("♣10", "Deploys and manages staff well", "Seven", None, None),
     ("♣11", "Involves pupils in planning and reviewing their own provision", "-", "-", "-"),
     ("♣12", "Works well with parents and carers", "Three", "-", "R"),
     ("♣13", "Works with other services and agencies, voluntary ones too", "Six", "-", "R")]
layout = [("HEARTS: what a SENCO is like", H), ("SPADES: what a SENCO knows", S), ("CLUBS: what a SENCO does", C)]
nrows = 1 + sum(1 + len(x) for _, x in layout)
it = doc.add_table(rows=nrows, cols=5)
it.style = "Table Grid"
for j, h in enumerate(rows[0]):
    cell_text(it.cell(0, j), h, bold=True, size=9, fill="1F1F3A", color="F2E6C9")
i = 1
for title, group in layout:
    merge_row(it, i, title, fill="D9D2E9", size=9)
    i += 1
    for card, what, rt, pc, key in group:
        cell_text(it.cell(i, 0), card, size=9, bold=True)
        cell_text(it.cell(i, 1), what, size=9)
        cell_text(it.cell(i, 2), rt, size=9)
        if pc is None:
            set_cell_tracked(it.cell(i, 3), "-", "Stage", HQ, D2, size=9)
            set_cell_tracked(it.cell(i, 4), "R", "P", HQ, D2, size=9)
        else:
            cell_text(it.cell(i, 3), pc, size=9)
            cell_text(it.cell(i, 4), key, size=9, bold=True,
                      fill=("F2F2F2" if key == "-" else ("FFF2CC" if key == "R" else None)))
        i += 1
set_widths(it, [1.3, 9.0, 2.2, 2.4, 1.3])
para(doc, "")
para(doc, "Daniel Kettle, Lecture Secretary, keeps the Index; members receive an updated copy with each "
          "edition of the notes.", italic=True, size=9)

finish_footnotes(doc)
doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME)
