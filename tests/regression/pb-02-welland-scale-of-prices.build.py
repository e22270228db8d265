"""pb-02-welland-scale-of-prices: build pb-02-welland-scale-of-prices.docx next to this script.

Provider (invented): The Welland Vale Guild of Bookbinders, whose Schools and Inclusion Section employs teachers
as tutors ("Journeymen" of its Tutors' Chapel), applying with Wrexley University (Faculty of Education,
validating) and Gorsemoor Borough Council's SEN Team, February 2009.

Document kind and layout: the Guild sends its "Scale of Prices for Award Work, Session 2009-10", a piece-work
price book of the kind bookbinders' guilds and their journeymen's chapels agreed (the old London scales), as its
application: every piece of Award work is priced in it and, by a resolution in the Preamble, nothing is done that
is not priced. No heading styles at all: typed bold capitals on shaded bars; hand-numbered "Rule n." and "Art. n."
paragraphs with the price on a right tab with dot leaders; italic "Observations." paragraphs beneath describing
the work; a definitions table in Rule 2 (which keys Schedule C's State column: "Sewn", "Tipped in", "Loose");
Part VII Extras priced only when ordered; Part VIII "Work not in this Scale" (the negations); Part IX the Chapel's
Observations (wishes); Schedule A (Sittings by term, merged term cells), Schedule B (the Chapel), and Schedule C
(the outcomes, on a landscape page, merged shaded group rows). A text box "Note for the approval panel" at the
top; a header; a footer with a PAGE field and a claim; three footnotes; two Word comments; tracked changes (Level
6 -> Level 7, a fee change, a deleted January-intake Article, a Schedule C row changed from Sewn to Tipped in);
a signature block with blanks. Guild words: Entrant, Journeyman, Father of the Chapel, Reader, Home Binder,
Sitting (Sheets, Folds, Sewing, Boards, Spine, Cover, Headbands, Finishing Day), Choice Sitting, Forwarding
I-III (School Survey, Case Binding, Edition), Finishing (oral), Ticket (individual plan), Boards (modules).

Traps (requirement ids):
- Rule 1: "Level 6" deleted and "Level 7 (Master's level)" inserted by tracked change -> E.2 met (insertion
  counts).
- Rule 3 states the object as measured progress "in reading, writing and mathematics" only; well-being and ECM
  appear only as Sitting 4 content and in Forwarding II -> 1.1 partially_met.
- Rule 4: entry on QTS, SENCO post and the head's signature; "The Guild does not interview applicants" -> 5.2
  partially_met.
- Rule 5: the Clerk checks the head's statement of a current enhanced CRB disclosure, but no other check and no
  previous employers; Part VIII (e) -> 5.3 partially_met.
- Rule 6 and Part VIII (b): "The Guild does not accredit prior study or experience" -> 2.1 not_met.
- Part VIII (a): assessment-only entry "decided against"; a Warden's comment suggests borrowing the University's
  procedure (a comment, not evidence) -> 2.3 not_met.
- Part VIII (f): nothing after the Finishing; further targets are "a matter for each Entrant's school" (someone
  else's responsibility) -> 2.5 not_met.
- Part VIII (c): no online, correspondence or distance teaching; the Chapel's wish for an online area is only a
  wish -> 3.3 not_applicable.
- Each Sitting held Thursday and Saturday, two Sessions allowed, but one September intake: the January Article is
  a tracked deletion, Part VIII (d) says no January intake; the footer's "open ... at any time of the year" is a
  footer -> 3.2 partially_met.
- Starting Sheet completed at Sitting 1 and Ticket set at the first tutorial after it: needs assessment not
  before the course -> 2.2 partially_met (2.4 met: Ticket, Choice Sittings, tutorials, costed fee).
- Art. 15 Visiting Day only for mainstream Entrants who ask and if a host is found (condition); specialists do
  teach (Art. 3) -> 5.5 partially_met.
- Art. 21: no evidence of pupils' progress collected; confidence returns only -> 5.9 partially_met.
- Art. 22: stakeholders' part in evaluation only an intention ("The Court intends to invite"); they do take part
  in delivery (Borough specialists, Home Binders) -> 4.3 partially_met.
- Art. 27 "Parents at the Table" is an Extra run only "when eight or more Entrants ask for it" (condition); a
  comment wishes it were core -> 1.7 partially_met; 6.S8 "Tipped in" -> partially_met.
- Schedule C "Tipped in" (marked, not taught; key in Rule 2, far above): 6.A3, 6.A5, 6.K4 (changed from Sewn by
  tracked change), 6.K7, 6.S2d, 6.S8 -> partially_met; the Chapel's Observations confirm and only wish otherwise.
- Rule 8 requires every line of Schedule C signed before presentation -> 6.0 met, 1.9 met (every line is
  marked, double read).
- Art. 6 assistive technology kit and libraries -> 5.6 met.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _pb_helpers import (new_doc, para, add_run, add_ins, add_del, add_footnote, add_textbox, shade_cell,
                         shade_para, cell_text, col_widths, page_field_footer, header_text, table_borders,
                         cell_ins_del, landscape_section, save)
from docx.shared import Pt, Cm
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_ALIGN_PARAGRAPH

HERE = Path(__file__).parent
OUT = HERE / "pb-02-welland-scale-of-prices.docx"

doc = new_doc(base_font="Times New Roman", size=10.5)
sec = doc.sections[0]
header_text(sec, "WELLAND VALE GUILD OF BOOKBINDERS  \u00b7  SCALE OF PRICES  \u00b7  AWARD WORK  \u00b7  SESSION 2009-10",
            align="center")
page_field_footer(sec, "Binders' Hall, Welland Street, Deepingford  \u00b7  All Guild courses are open to candidates "
                       "at any time of the year  \u00b7  ")

WARDEN = "R. Jolliffe"
CLERK = "Ellen Pask"


def bar(text):
    p = para(doc, [(text, {"bold": True, "size": 11})], space_before=10, space_after=4, keep=True)
    shade_para(p, "D6D0C4")
    return p


def rule(no, title, text):
    p = para(doc, [(f"Rule {no}. ", {"bold": True}), (title + ". ", {"italic": True}), text], align="justify")
    return p


def art(no, text, price):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    p.paragraph_format.left_indent = Cm(1.2)
    p.paragraph_format.first_line_indent = Cm(-1.2)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.space_before = Pt(5)
    add_run(p, f"Art. {no}.", bold=True, smallcaps=True)
    add_run(p, "\t" if False else "  ")
    add_run(p, text)
    add_run(p, "\t" + price)
    return p


def obs(text):
    p = para(doc, [("Observations. ", {"italic": True, "bold": True, "size": 9.5}), (text, {"size": 9.5})],
             indent=1.2, align="justify", space_after=3)
    return p


# ------------------------------------------------------------------ title
para(doc, [("THE WELLAND VALE GUILD OF BOOKBINDERS", {"bold": True, "size": 15})], align="center", space_after=2)
para(doc, [("SCALE OF PRICES FOR AWARD WORK", {"bold": True, "size": 13})], align="center", space_after=2)
para(doc, [("being the prices agreed between the Court of Wardens and the Tutors' Chapel for the teaching, reading "
            "and supervision of the National Award for SEN Coordination, and the charges made to schools, for the "
            "Session 2009-10", {"italic": True})], align="center", space_after=8)

add_textbox(doc, [
    [("NOTE FOR THE APPROVAL PANEL", {"bold": True})],
    "Since 1911 the Guild has done no work that is not priced in a Scale agreed between the Court and the Chapel. "
    "The Court therefore sends the Scale itself as its application: what the Award does is what the Scale prices. "
    "Schedule C shows where each national outcome is taught and where it is marked. The Clerk, Ellen Pask, will "
    "answer any question the panel has.",
], width_pt=450, height_pt=86, fill="F4F1EA")

p = para(doc, [("PREAMBLE. ", {"bold": True}),
               "At a Court of Wardens held at Binders' Hall, Deepingford, on Wednesday 14 January 2009, the Master in "
               "the chair, the Father of the Chapel and two Journeymen attending, it was resolved that the following "
               "be the Scale of Prices for all work done for the National Award for SEN Coordination in the Session "
               "2009-10; that no Award work be done that is not priced in it; and that the Scale be sent to the "
               "Training and Development Agency for Schools as the Guild's application for approval."],
         align="justify", space_before=6)
add_footnote(doc, p, "The Guild's first Scale agreed with its Chapel was that of 1911, which priced forwarding and "
                     "finishing by the dozen volumes, octavo and quarto.")

# ------------------------------------------------------------------ general rules
bar("GENERAL RULES OF THE SCALE")
p = rule(1, "The Award", "The work priced in this Scale is the teaching, reading and supervision of the Guild's "
         "National Award for SEN Coordination, which Wrexley University validated in December 2008 as its "
         "Postgraduate Certificate in Special Educational Needs Coordination: 60 credits at ")
add_del(p, "Level 6", author=CLERK, date="2009-01-20T09:12:00Z")
add_ins(p, "Level 7 (Master's level)", author=CLERK, date="2009-01-20T09:12:00Z")
add_run(p, ", in three modules of 20 credits, which this Scale calls Boards. The University registers Entrants, "
           "appoints the External Examiner and makes the Award through its Board of Examiners. The Guild teaches the "
           "Award with Gorsemoor Borough Council's SEN Team.")
add_footnote(doc, p, "Wrexley University, Faculty of Education, validation event of 3 December 2008; the conditions "
                     "set were met on 9 January 2009.")

rule(2, "Words used in this Scale", "In this Scale the following words have these meanings.")
defs = [
    ("Entrant", "a teacher registered for the Award."),
    ("Journeyman", "a tutor of the Award, a member of the Tutors' Chapel; the senior tutor is the Father of the "
                   "Chapel."),
    ("Reader", "a Journeyman who marks a Forwarding or hears a Finishing; a Second Reader marks it again."),
    ("Home Binder", "the mentor who supervises an Entrant's work in school."),
    ("Sitting", "a taught day at Binders' Hall. A Choice Sitting is one of four optional Sittings, of which each "
                "Entrant takes two."),
    ("Forwarding", "a marked piece of written work done in the Entrant's own school. There are three, I to III."),
    ("Finishing", "the marked presentation and questioning at the end of the Award."),
    ("Ticket", "the Entrant's individual plan."),
    ("Sewn, Tipped in, Loose", "the State of a line of Schedule C. A line is Sewn where a Sitting teaches the outcome "
                               "and a Forwarding or the Finishing marks it. It is Tipped in where a Forwarding or the "
                               "Finishing marks the outcome but no Sitting teaches it, the Entrant bringing it from "
                               "practice and reading. It is Loose where a Sitting teaches the outcome and nothing "
                               "marks it."),
]
dt = doc.add_table(rows=len(defs), cols=2)
for i, (k, v) in enumerate(defs):
    cell_text(dt.cell(i, 0), [(k, {"bold": True})], size=9.5)
    cell_text(dt.cell(i, 1), v, size=9.5)
col_widths(dt, [3.6, 12.8])
para(doc, "", space_after=2)

rule(3, "The object of Award work", "The object of all Award work is that pupils with special educational needs in "
     "Entrants' schools make measurably better progress in reading, writing and mathematics. Every Article of this "
     "Scale is priced to that end.")
rule(4, "Entry", "Entry is open to any qualified teacher who is the SENCO, or has been named by the governing body "
     "to become the SENCO, of a school in Gorsemoor or a neighbouring authority, and whose headteacher signs the "
     "Entry Form agreeing release for the Sittings. The Guild does not interview applicants, and no entry interview "
     "is priced; places are given in the order in which Entry Forms are received, up to twenty-four.")
rule(5, "Suitability", "The Entry Form carries the headteacher's statement that the Entrant holds a current enhanced "
     "CRB disclosure obtained by the employing school, and the Clerk checks that the statement is completed and "
     "signed before a place is confirmed. The Guild makes no other check: it does not obtain disclosures and does "
     "not approach previous employers.")
rule(6, "Earlier study", "Every Entrant takes all three Boards. The Guild does not accredit prior study or "
     "experience: no credit is given against any Board, and the University's procedures for credit transfer are "
     "not used for the Award.")
rule(7, "Adjustments and equality", "The Entry Form invites every applicant to tell the Clerk of any disability or "
     "condition for which an adjustment may be needed, and the Father of the Chapel discusses it with the Entrant "
     "before the first Sitting. The Guild makes reasonable adjustments in teaching and assessment; those already "
     "made include large-print and electronic papers, a British Sign Language interpreter, a reader or scribe, extra "
     "time, a written alternative to the oral Finishing and rest breaks. Binders' Hall has level access, a lift and "
     "a hearing loop, and Visiting Day hosts are told of any adjustment an Entrant needs. The cost of adjustments is "
     "borne by the Guild (Art. 24). The Guild's equality policy applies to all Award work: entry is decided by Rule 4 "
     "alone; the Clerk records applications and results by disability, ethnicity and gender and reports them to the "
     "Court each year; and the Award leaflet and Entry Form, available in large print and on tape, say that disabled "
     "teachers are welcome.")
rule(8, "The Award rule", "No Entrant is presented to the University's Board of Examiners until a Reader has "
     "signed, against every line of Schedule C, the Forwarding or Finishing in which the Entrant met that outcome, "
     "and a Second Reader has countersigned. An Entrant who has met every line but one may resubmit the Forwarding "
     "concerned once.")
rule(9, "Reading and moderation", "Each Forwarding is read against the University's published criteria by the "
     "Entrant's Reader and again, blind, by a Second Reader (Art. 11); where they disagree the Father of the Chapel "
     "decides. Before each round of reading the Chapel reads three specimen Forwardings together to agree the "
     "standard. The University's link tutor moderates a sample of every Forwarding, and the External Examiner, "
     "Professor Ann Threlfall, sees that sample, all fails and all distinctions, and reports each year.")
rule(10, "Review of the Scale", "The Court reviews the Scale each June with the Chapel and the University's link "
     "tutor, on the evidence of the Evaluation Returns, the Confidence Returns, the Readers' marks and the "
     "External Examiner's report (Arts. 18 to 20), and no Article is continued that the evidence shows is not "
     "doing its work. The University's annual monitoring of the Award receives the Review's minute.")
p = rule(11, "Why the Scale is as it is", "In October 2008 the Borough's SEN Team surveyed the SENCOs and "
         "headteachers of its 58 schools on the Guild's behalf, and 39 replied. They asked for taught days that "
         "could be taken without missing the same weekday every time; for the Borough's own specialists to teach; "
         "for work done in the SENCO's own school; and for help with provision mapping and managing teaching "
         "assistants, which SENCOs new to the post named most often. The Court answered each request in this "
         "Scale: every Sitting is held twice (Art. 1); the Borough's educational psychologists and speech and "
         "language therapists are paid to teach (Art. 3); all three Forwardings are done in the Entrant's school; "
         "and Sitting 5 is given to provision mapping and teaching assistants.")
add_footnote(doc, p, "Gorsemoor Borough Council SEN Team, Survey of SENCO training needs, October 2008, summary "
                     "tables available from the Clerk.")

# ------------------------------------------------------------------ Part I
bar("PART I.  PRICES FOR TEACHING")
art(1, "For teaching a Sitting, per Journeyman per Sitting (two Journeymen to each Sitting), preparation included",
    "£310")
obs("There are eight Sittings and two Choice Sittings for each Entrant, taken in the order of Schedule A. Each "
    "Sitting is held on a Thursday and again on the following Saturday at Binders' Hall, 9.30 to 4.00, and an Entrant "
    "may come to either. What each Sitting teaches is set out below.")
sittings = [
    ("1", "Sheets", "The SENCO's role and the law: the SEN Code of Practice (2001) and how to put it into practice "
                    "in school; the SEN and Disability Act 2001 and the Disability Discrimination Act as amended in "
                    "2005, the disability equality duty and what it requires of schools; the 2008 SENCO "
                    "Regulations; government policy and initiatives, including Removing Barriers to Achievement, "
                    "the Inclusion Development Programme, the Bercow Review and the Lamb Inquiry. The Starting "
                    "Sheet is completed in the afternoon."),
    ("2", "Folds", "Finding and meeting need: identifying pupils who may have SEN from observation, data and "
                   "assessment; behavioural, emotional and social difficulties, specific learning difficulties "
                   "including dyslexia, speech, language and communication needs, autistic spectrum disorders and "
                   "moderate learning difficulties, and how each affects learning; setting targets, planning "
                   "interventions and reviewing progress; using the assessments of psychologists and therapists in "
                   "teaching; tracking progress with P scales, national tests and the school's data, and changing "
                   "programmes that do not work."),
    ("3", "Sewing", "Teaching and learning: a critical look at approaches, strategies and resources for assessment, "
                    "planning and teaching, ICT included; personalising provision; research and best practice and "
                    "the evidence for interventions; using research and specialist advice to improve one's own and "
                    "colleagues' practice; keeping up to date and taking charge of one's own professional "
                    "development in SEN."),
    ("4", "Boards", "The child at the centre: Every Child Matters and the SENCO's part in the five outcomes; fair, "
                    "respectful and constructive relationships with pupils with SEN and their parents or carers; "
                    "the Pupil's Own Say, in which Entrants practise consulting pupils and involving them in "
                    "planning and reviewing their provision, using the Borough's participation toolkit."),
    ("5", "Spine", "Provision: provision mapping and management, and finding provision that is ineffective or "
                   "missing; deploying and managing teaching assistants and other staff; reviewing with colleagues "
                   "how well provision works, and reporting it to senior leaders for the school's improvement planning."),
    ("6", "Cover", "Leading colleagues: observing teaching and giving feedback, modelling, coaching and mentoring, "
                   "planning and leading training; encouraging colleagues to develop formative assessment, with "
                   "approaches for pupils with SEN; working with the headteacher, senior leaders and governors on "
                   "the school's inclusive ethos, SEN policy, priorities and resources, and gaining their "
                   "commitment."),
    ("7", "Headbands", "Beyond the school: the scope and role of external agencies and how to get specialist "
                       "support and resources; the Common Assessment Framework; working in partnership with health, "
                       "social care and voluntary organisations such as the local Dyslexia Association and Mencap; "
                       "case scenarios in which Entrants anticipate problems and make and defend decisions on "
                       "provision."),
    ("8", "Finishing Day", "The Finishings are heard (Art. 10). No teaching."),
    ("C1-C4", "Choice Sittings", "Dyslexia and literacy; speech, language and communication; autism; behaviour and "
                                 "emotional well-being. Each Entrant takes two."),
]
stab = doc.add_table(rows=len(sittings) + 1, cols=3)
table_borders(stab, sz=4, color="7F7667")
for j, h in enumerate(["Sitting", "Name", "What is taught"]):
    cell_text(stab.cell(0, j), [(h, {"bold": True})], size=9)
    shade_cell(stab.cell(0, j), "D6D0C4")
for i, (a, b, c) in enumerate(sittings, start=1):
    cell_text(stab.cell(i, 0), a, size=9)
    cell_text(stab.cell(i, 1), [(b, {"bold": True})], size=9)
    cell_text(stab.cell(i, 2), c, size=9)
col_widths(stab, [1.6, 2.4, 12.4])
art(2, "For teaching a Choice Sitting, per Journeyman", "£310")
art(3, "For a visiting specialist from the Borough at a Sitting, per day, paid to the Borough", "£180")
obs("An educational psychologist, a speech and language therapist or a specialist teacher from the Borough teaches "
    "with the Journeymen at Sittings 2, 3 and 7 and at every Choice Sitting.")
art(4, "For the Long Room, Binders' Hall, per day", "£95")
art(5, "For reading packs, per Entrant per Sitting", "£6")
obs("Each pack includes recent research and inspection evidence, for instance Ofsted's Inclusion: does it matter "
    "where pupils are taught? (2006), the Bercow Review (2008) and the Inclusion Development Programme materials, and "
    "is revised each Session by the Journeyman who teaches the Sitting.")
art(6, "For the Guild library and the assistive technology kit, per Entrant per Session", "£20")
obs("Entrants borrow from the Guild's library of some 600 titles on SEN and, as registered students of Wrexley "
    "University, use its library and online journals. The Guild's assistive technology kit (two laptops with "
    "text-to-speech, symbol and mind-mapping software, reading pens, a talking word processor and switch-access "
    "devices) is used at Sitting 3 and lent to Entrants for Forwarding II.")

# ------------------------------------------------------------------ Part II
bar("PART II.  PRICES FOR READING")
art(7, "For first reading of Forwarding I, per Entrant", "£55")
obs("Forwarding I, the School Survey (3,500 words), sets the school's SEN arrangements against the Code of Practice "
    "and the disability equality duty; shows how the school tracks pupils with SEN through summative data and "
    "national tests; sets out how the school identifies in good time the access arrangements pupils need for "
    "national tests and examinations and puts them in place; and places the school's provision for SEN in its "
    "self-evaluation form.")
art(8, "For first reading of Forwarding II, per Entrant", "£65")
obs("Forwarding II, the Case Binding (4,000 words), follows one pupil through a term: identification, the "
    "assessments of other professionals, targets, the intervention and its review; an account of the pupil's "
    "development and the factors affecting it; the pupil's own views and part in planning; the record of a review "
    "meeting with the parents or carers and what was agreed with them; the pupil's progress in the five Every Child "
    "Matters outcomes; and a critical review of the approaches, resources and research used.")
art(9, "For first reading of Forwarding III, per Entrant", "£70")
obs("Forwarding III, the Edition (4,500 words), is an account of a development in provision that the Entrant has "
    "led in school during the Award: the provision map and what it showed; how staff were deployed and developed; "
    "the coaching or observation of colleagues; how formative assessment was developed with colleagues; the case "
    "made to the headteacher, senior leaders and governors; work with other services and agencies; the review of "
    "the change with colleagues; and the Entrant's plan of his or her own time and of the tasks delegated.")
art(10, "For hearing a Finishing, per Reader (two Readers to each Finishing)", "£45")
obs("The Finishing is a twenty-minute presentation on Forwarding III to two Readers and the Entrant's Home Binder, "
    "with twenty minutes of questions. It is marked for clarity in speech and in the written summary handed in, for "
    "how the Entrant listens and responds to questions, for the judgement shown, and for how the Entrant keeps up "
    "to date.")
art(11, "For second reading, per Forwarding", "£30")
obs("Every Forwarding is read by a Second Reader (Rule 9).")
art(12, "For attendance at the University's Board of Examiners, per Journeyman", "£90")

# ------------------------------------------------------------------ Part III
bar("PART III.  PRICES FOR SUPERVISION IN SCHOOLS")
art(13, "For a Home Binder's visit to an Entrant's school, per visit (three to each Entrant)", "£70")
obs("The Home Binder, an experienced SENCO or senior leader from a neighbouring school, visits three times: to agree "
    "the Forwarding III development with the Entrant and the headteacher; to observe the Entrant leading a staff "
    "session or coaching a colleague, and give feedback; and to review the evidence of the change in the school's "
    "practice.")
art(14, "For an individual tutorial by the Entrant's Journeyman (three to each Entrant)", "£40")
obs("The first tutorial, in the fortnight after Sitting 1, sets the Ticket from the Starting Sheet: the outcomes "
    "the Entrant most needs to work on, the two Choice Sittings, reading, and the focus of each Forwarding. The "
    "second and third tutorials review the Ticket and change it where the Entrant's needs have changed.")
art(15, "For a Visiting Day at a special school, per day, paid to the host school", "£60")
obs("Priced only for an Entrant from a mainstream school who asks for one, where the Clerk can find a host special "
    "school willing to take the Entrant.")

# ------------------------------------------------------------------ Part IV
bar("PART IV.  PRICES FOR PREPARING THE PEOPLE")
art(16, "For the briefing of Readers and Home Binders, half a day each September, per person", "£75")
obs("Readers and Home Binders are briefed on the outcomes, the criteria for each Forwarding, the Award rule and "
    "their own duties, and receive the Reader's Guide or the Home Binder's Card. A new Reader reads alongside the "
    "Father of the Chapel for his or her first round.")
art(17, "For Chapel meetings, per Journeyman per term", "£50")
obs("The Chapel meets each term to review the teaching and to keep its members up to date; each Journeyman also "
    "attends the Borough's SENCO network.")

# ------------------------------------------------------------------ Part V
bar("PART V.  PRICES FOR EVALUATION")
art(18, "For collating the Evaluation Returns, per Session (the Clerk)", "£250")
obs("Each Entrant completes an Evaluation Return after every Sitting and at the end of each Board; the Clerk "
    "collates them for the Chapel's termly meeting and for the Annual Review.")
art(19, "For the Annual Review in June, per Journeyman attending", "£90")
obs("The Review (Rule 10) reads the Returns, the marks, the Confidence Returns and the External Examiner's report, "
    "and decides what is changed in the next Scale.")
art(20, "For the Confidence Returns, per Session (the Clerk)", "£60")
obs("Each Entrant rates his or her confidence against every line of Schedule C at Sitting 1 and again at the "
    "Finishing, and the Clerk reports the change for the whole group.")
art(21, "For collecting evidence of pupils' progress", "no price")
obs("No price is set. Entrants are encouraged to note in Forwarding III any change they see in their pupils' "
    "progress, but the Guild does not ask for baseline or follow-up measures and does not collect them.")
art(22, "For the part of schools, parents and the Borough in evaluation", "no price")
obs("The Scale prices no part in evaluating the Award for schools, parents or the Borough. The Court intends to "
    "invite headteachers and the Borough's SEN Team to the Annual Review once the first Entrants have finished.")

# ------------------------------------------------------------------ Part VI
bar("PART VI.  CHARGES TO SCHOOLS")
p = art(23, "Fee per Entrant for the Award, in three termly instalments", "")
add_del(p, "£1,180", author=WARDEN, date="2009-01-14T16:30:00Z")
add_ins(p, "£1,240", author=WARDEN, date="2009-01-14T16:30:00Z")
obs("The fee covers all Sittings, two Choice Sittings, reading packs, the library and the kit, tutorials, Home "
    "Binder visits, reading and the University's registration. It is the sum of the Articles above shared among "
    "twenty-four Entrants; Sittings are repeated rather than split into smaller groups so that one Journeyman's "
    "preparation serves the whole group. The Borough pays half the fee for Entrants from its own schools.")
art(24, "For reasonable adjustments for an Entrant", "no charge")
art(25, "For the resubmission of a Forwarding", "£75")
art(26, "For extended time: an Entrant may spread the three Boards over two Sessions, taking any Sitting missed "
        "with the next Session's Entrants", "no charge")
p = para(doc, [], indent=1.2)
add_del(p, "Art. 26A. January Sittings: a second set of the eight Sittings beginning in January, for Entrants who "
           "cannot start in September, per Journeyman per Sitting, £310.", author=WARDEN,
        date="2009-01-14T16:41:00Z")

# ------------------------------------------------------------------ Part VII
bar("PART VII.  EXTRAS, PRICED ONLY WHEN ORDERED")
p = art(27, "Parents at the Table: an additional Sitting on working in partnership with parents and carers, run "
            "when eight or more Entrants ask for it, per Journeyman", "£310")
doc.add_comment(p.runs[2], text="The Chapel wants this in the core eight next year. RJ", author=WARDEN,
                initials="RJ")
art(28, "For an additional tutorial, per hour", "£40")
art(29, "For a whole-staff session led by a Journeyman in an Entrant's school, per session", "£350")

# ------------------------------------------------------------------ Part VIII
bar("PART VIII.  WORK NOT IN THIS SCALE")
para(doc, "The following work is not done for the Award in the Session 2009-10 and is not priced.")
notin = [
    "(a) An assessment-only entry. The Court considered in November 2008 whether to offer one and decided against.",
    "(b) The accreditation of prior study or experience (Rule 6).",
    "(c) Online, correspondence or distance teaching. The Award has none.",
    "(d) A January intake. All Entrants begin with the September Sittings.",
    "(e) Obtaining CRB disclosures or other background checks on Entrants, which are for the employing school "
    "(Rule 5).",
    "(f) Any work after the Finishing. The Guild does not help Entrants plan their further professional "
    "development or set further targets, which the Court regards as a matter for each Entrant's school.",
]
for i, t in enumerate(notin):
    p = para(doc, t, indent=1.2, first=-0.7, space_after=2)
    if i == 0:
        doc.add_comment(p.runs[0], text="The University has an assessment-only procedure for its own MA. Could we "
                                        "borrow it for 2010-11? RJ", author=WARDEN, initials="RJ")

# ------------------------------------------------------------------ Part IX
bar("PART IX.  OBSERVATIONS OF THE CHAPEL")
para(doc, [("Added at the Chapel's request. ", {"italic": True}),
           "The Chapel agrees the Scale. It asks the Court to price in the Scale for 2010-11 a Sitting on how "
           "children develop, and to bring Parents at the Table into the eight Sittings, since both are at present "
           "marked without being taught (Schedule C). It notes that the Entrant's management of time is marked in "
           "Forwarding III but has never been taught, and hopes the Court will consider it. The Chapel would also "
           "welcome an online discussion area for Entrants between Sittings, if the University can provide one."],
     align="justify")

# ------------------------------------------------------------------ Schedule A
bar("SCHEDULE A.  THE SITTINGS, SESSION 2009-10")
sched = [
    ("Autumn term", "1 Sheets", "17 Sept", "19 Sept", "Elphick, Hollis"),
    (None, "2 Folds", "8 Oct", "10 Oct", "Onyango, Bellis"),
    (None, "3 Sewing", "12 Nov", "14 Nov", "Hollis, Marwaha"),
    ("Spring term", "4 Boards", "14 Jan", "16 Jan", "Elphick, Onyango"),
    (None, "Choice Sittings C1, C2", "4 Feb", "6 Feb", "Marwaha, Bellis"),
    (None, "5 Spine", "11 Mar", "13 Mar", "Hollis, Onyango"),
    ("Summer term", "6 Cover", "22 Apr", "24 Apr", "Elphick, Marwaha"),
    (None, "Choice Sittings C3, C4", "13 May", "15 May", "Bellis, Onyango"),
    (None, "7 Headbands", "10 Jun", "12 Jun", "Elphick, Hollis"),
    (None, "8 Finishing Day", "8 Jul", "10 Jul", "all Readers"),
]
at = doc.add_table(rows=len(sched) + 1, cols=5)
table_borders(at, sz=4, color="7F7667")
for j, h in enumerate(["Term", "Sitting", "Thursday", "Saturday", "Journeymen"]):
    cell_text(at.cell(0, j), [(h, {"bold": True})], size=9)
    shade_cell(at.cell(0, j), "D6D0C4")
start = None
for i, (term_, s, th, sa, j_) in enumerate(sched, start=1):
    if term_:
        start = i
        cell_text(at.cell(i, 0), [(term_, {"bold": True})], size=9)
    cell_text(at.cell(i, 1), s, size=9)
    cell_text(at.cell(i, 2), th, size=9)
    cell_text(at.cell(i, 3), sa, size=9)
    cell_text(at.cell(i, 4), j_, size=9)
for a, b in ((1, 3), (4, 6), (7, 10)):
    m = at.cell(a, 0).merge(at.cell(b, 0))
    shade_cell(m, "EEEAE2")
col_widths(at, [2.8, 4.6, 2.2, 2.2, 4.6])

# ------------------------------------------------------------------ Schedule B
bar("SCHEDULE B.  THE CHAPEL")
chapel = [
    ("Margaret Elphick", "Father of the Chapel; Reader", "MA (Special Educational Needs), NPQH. SENCO for fourteen "
     "years and head of a secondary learning support department; Borough SEN adviser 2001-07."),
    ("David Onyango", "Journeyman; Reader", "MEd. Primary SENCO for nine years; Advanced Skills Teacher for "
     "inclusion."),
    ("Catriona Bellis", "Journeyman", "MSc (Human Communication). Specialist teacher for speech, language and "
     "communication, Gorsemoor Language Service."),
    ("Dr Peter Hollis", "Journeyman; Reader; University link tutor", "PhD. Senior lecturer in inclusive education, "
     "Wrexley University; former SENCO."),
    ("Sunita Marwaha", "Journeyman; Reader", "MA, AMBDA. Secondary SENCO; specialist teacher for dyslexia."),
    ("Borough specialists", "Visiting (Art. 3)", "Educational psychologists, speech and language therapists and "
     "specialist teachers named by the Borough each Session."),
]
bt = doc.add_table(rows=len(chapel) + 1, cols=3)
table_borders(bt, sz=4, color="7F7667")
for j, h in enumerate(["Name", "Part in the Award", "Qualifications and experience"]):
    cell_text(bt.cell(0, j), [(h, {"bold": True})], size=9)
    shade_cell(bt.cell(0, j), "D6D0C4")
for i, row in enumerate(chapel, start=1):
    for j, v in enumerate(row):
        cell_text(bt.cell(i, j), v, size=9)
col_widths(bt, [3.4, 4.0, 9.0])
para(doc, "Every Journeyman is a practising or recent SENCO or specialist teacher of pupils with SEN.",
     space_before=4)

# ------------------------------------------------------------------ Schedule C (landscape)
lsec = landscape_section(doc)
bar("SCHEDULE C.  THE OUTCOMES")
para(doc, "Every national outcome has a line. The State of each line is as defined in Rule 2.")
lines = [
    ("G", "ATTRIBUTES"),
    ("1", "Fair, respectful, supportive relationships with pupils with SEN and their parents or carers", "4",
     "II", "Sewn"),
    ("2", "Gaining the commitment of colleagues, the headteacher and senior leaders", "6", "III", "Sewn"),
    ("3", "Prioritising, managing time, delegating and seeing tasks done", "\u2014", "III", "Tipped in"),
    ("4", "Anticipating and resolving problems; well-founded decisions on provision", "7", "II, Finishing", "Sewn"),
    ("5", "Expressing oneself clearly in speech and writing; listening to others", "\u2014", "Finishing",
     "Tipped in"),
    ("6", "Drawing on research and outside advice for one's own and colleagues' practice", "3", "II", "Sewn"),
    ("7", "Keeping up to date; responsibility for one's own development in SEN", "3", "Finishing", "Sewn"),
    ("G", "KNOWLEDGE"),
    ("8", "SEN law and guidance, the Code of Practice, and putting them into practice", "1", "I", "Sewn"),
    ("9", "Every Child Matters and the SENCO's part", "4", "II", "Sewn"),
    ("10", "Disability equality law and the actions it requires", "1", "I", "Sewn"),
    ("11", "How children develop and what affects their development", ("2", "\u2014"), "II",
     ("Sewn", "Tipped in")),
    ("12", "The common types of SEN and disability and their effect on learning", "2, C1-C4", "II", "Sewn"),
    ("13", "Approaches, strategies and resources, ICT included, judged critically", "3", "II", "Sewn"),
    ("14", "School self-evaluation and improvement as they bear on SEN", "\u2014", "I", "Tipped in"),
    ("15", "Best practice and research in meeting SEN", "3", "II", "Sewn"),
    ("16", "External agencies and getting specialist support", "7", "III", "Sewn"),
    ("G", "SKILLS"),
    ("17", "With senior colleagues and governors, shaping ethos, policy, priorities and resources", "6", "III",
     "Sewn"),
    ("18", "Identifying pupils, setting targets, planning interventions, reviewing progress", "2", "II", "Sewn"),
    ("18(i)", "Using other professionals' assessments in teaching", "2", "II", "Sewn"),
    ("18(ii)", "Using summative assessment and national tests to track and adjust", "2", "I", "Sewn"),
    ("18(iii)", "Encouraging colleagues' formative assessment, with approaches for pupils with SEN", "6", "III",
     "Sewn"),
    ("18(iv)", "Arrangements for national tests and examinations, in good time", "\u2014", "I", "Tipped in"),
    ("19", "Provision mapping; finding ineffective or missing provision", "5", "III", "Sewn"),
    ("20", "Deploying and managing staff", "5", "III", "Sewn"),
    ("21", "Developing colleagues: observation, feedback, modelling, coaching, training", "6", "III", "Sewn"),
    ("22", "Reviewing provision with staff for self-evaluation and planning", "5", "III", "Sewn"),
    ("23", "Involving pupils in planning and reviewing their provision", "4", "II", "Sewn"),
    ("24", "Liaising with parents and carers", "\u2014", "II", "Tipped in"),
    ("25", "Partnership with other services and voluntary organisations", "7", "III", "Sewn"),
]
ct = doc.add_table(rows=len(lines) + 1, cols=6)
table_borders(ct, sz=4, color="7F7667")
for j, h in enumerate(["Line", "The outcome, in the Guild's words", "Taught at Sitting", "Marked in Forwarding",
                       "State", "Reader's initials"]):
    cell_text(ct.cell(0, j), [(h, {"bold": True})], size=9)
    shade_cell(ct.cell(0, j), "D6D0C4")
for i, ln in enumerate(lines, start=1):
    if ln[0] == "G":
        m = ct.cell(i, 0).merge(ct.cell(i, 5))
        cell_text(m, [(ln[1], {"bold": True})], size=9)
        shade_cell(m, "EEEAE2")
        continue
    no, o, s, f, st = ln
    cell_text(ct.cell(i, 0), no, size=9)
    cell_text(ct.cell(i, 1), o, size=9)
    if isinstance(s, tuple):
        cell_ins_del(ct.cell(i, 2), s[0], s[1], author=CLERK, date="2009-01-21T11:00:00Z", size=9)
        cell_ins_del(ct.cell(i, 4), st[0], st[1], author=CLERK, date="2009-01-21T11:00:00Z", size=9)
    else:
        cell_text(ct.cell(i, 2), s, size=9)
        cell_text(ct.cell(i, 4), st, size=9)
    cell_text(ct.cell(i, 3), f, size=9)
    cell_text(ct.cell(i, 5), "", size=9)
col_widths(ct, [1.5, 11.0, 2.6, 3.0, 2.2, 2.4])
para(doc, "Lines 18(i) to 18(iv) are the four parts of line 18. The Reader's initials are entered for each Entrant "
          "on the Entrant's own copy of this Schedule.", space_before=4)

para(doc, [("Signed for the Court of Wardens: ", {"bold": True}), "____________________  Master     ",
           ("Signed for the Chapel: ", {"bold": True}), "____________________  Father of the Chapel     Date: [  ]"],
     space_before=10)

save(doc, OUT)
print("wrote", OUT)
