"""oh-01-gimmerdale-ring-schedule: build script.

PROVIDER (invented): the Gimmerdale Guild of Woodturners, a registered charity
with a teaching workshop at Hob Lane Mill. It runs a schools' craft outreach
("Shavings in Schools", volunteer Demonstrators who take lathes into schools)
and a teacher-development arm ("The Teachers' Bench"). Its course for the
National Award for SEN Coordination is validated by the invented Ormsgill
University as a 60-credit Level 7 PGCert. Application dated January 2009.

DOCUMENT KIND AND LAYOUT: the course sent as the Guild's own *segmented-turning
design sheet* ("Design Sheet DS-117, Rev C"): the drawing-office form the Guild
uses for every segmented vessel built at the Mill. No heading styles: section
titles are bold capitals on grey-shaded Normal paragraphs, like the bands of a
drawing sheet. It has:
  * a title block table with merged cells, a revision history and a
    "[initials]" placeholder;
  * a "From the Head of Bench" note in a VML text box;
  * a Key ("Reading this sheet") defining the Guild's words: Turner
    (participant), Ring (block of the course), Segment (a national outcome),
    Cut in (where taught), Trued at (which Trued Piece marks it), Dry-fit only
    (worked and commented on, never marked), Brought in (marked, never taught),
    Left out of this vessel, Steady (school mentor), Bench Tutor, Head of
    Bench, Trueing Panel, Shavings Board, Sharpening Meeting;
  * a Timber List table in which the "species" are the staff, mentors,
    visiting specialists, resources and the online board (5.4, 5.5, 5.6, 3.3);
  * a Vessel Profile table (the rings, hours, months, places), with a merged
    header band;
  * Build Notes ring by ring (prose);
  * the Ring Schedule, one row per segment, grouped by ring in shaded merged
    band rows: the only place the 29 outcomes are placed; its values are keyed
    only in the Key near the top;
  * Trued Pieces TP1-TP4 (the marked tasks);
  * Glue-up and Clamping (quality assurance), Shop Rules (entry, checks,
    equality), Seasoned Timber (APL), the Sharpening Meeting (evaluation);
  * a sign-off block with blank placeholders.
Header and footer (never evidence), three Word comments (never evidence), two
footnotes, tracked changes (a deleted sentence, an inserted sentence, a cell
changed, and a whole deleted Ring Schedule row).

TRAPS (requirement ids):
  * 1.1 partially_met: the Design Intent gives the purpose as pupils'
    "attainment and progress"; the only well-being named is "the well-being of
    every Turner at the bench" (the participants'): right words, wrong people.
    The ECM outcomes appear only as Ring 2 content (6.K2 met).
  * 1.5 / 6.S7 partially_met: the only pupil-voice work is listening to the
    Guild's Junior Turners talk about how they like to learn at the lathe; the
    S7 segment is "Dry-fit only".
  * 1.9 / 6.0 partially_met: the blanket "Every segment is trued before the
    Rim goes on" is contradicted by the Ring Schedule's Dry-fit only, Brought
    in and Left out values; the Award goes to whoever passes the four Trued
    Pieces.
  * 2.2 partially_met: the Grain Reading rates each Turner against every
    segment but is used only to set bench groups; the individual plan appears
    only in a comment's question.
  * 2.3 not_met: a "straight to the Rim" route was run in the pilot year (a
    past arrangement) and "is not offered on the Award Vessel" (negation); the
    text box only hopes for one.
  * 3.1 partially_met: disclosure is invited on the booking form, but the
    adjustments described (the Lathe for All) are for pupils in Shavings in
    Schools, not for Turners.
  * 3.3 partially_met: e-learning exists (the Shavings Board on Ormsgill's
    Blackboard site); Steadies support between Bench Days; but "Bench Tutors do
    not post on it", and the sentence promising tutor replies on the Board is a
    tracked deletion.
  * 4.3 met despite a hope: stakeholders help deliver (council SEN officers,
    Parents' Forum, host schools' leaders as Steadies) and the councils' written
    comments are read at the Sharpening Meeting; the sentence hoping to invite
    headteachers to it is extra, not the only evidence.
  * 5.3 not_met: the Guild does not check Turners' CRB disclosures ("a matter
    for the school that employs them": someone else's responsibility); the
    enhanced disclosures described are the Guild volunteers' (wrong people); a
    comment muses about checking at enrolment (a comment, and only a musing).
  * 5.5 partially_met: visiting specialists (Walnut) but "Turners are not
    placed in other schools".
  * 5.9 partially_met: confidence ratings at Base and Rim; pupils' achievement
    only expected and hoped for.
  * 6.K4 partially_met: "Brought in": marked in TP2 but never taught.
  * 6.A3, 6.S2c partially_met: "Dry-fit only" (formative comment only).
  * 6.S2d not_met: "Left out of this vessel"; the Ring 5 note says access
    arrangements are the examinations officer's business.
  * 6.K7 not_met: its Ring Schedule row exists only as a tracked deletion.
  * 6.S4 not_met: the only staff-deployment segment is "How the Guild deploys
    and manages its volunteer Demonstrators in Shavings in Schools": right
    words, wrong thing (and Dry-fit only).
  * 6.S2b met only through a tracked change in its cell (Dry-fit only deleted,
    TP3 inserted).
  * 5.8 met: the double-marking sentence is extended by an inserted clause; the
    external examiner's name is only in a footnote, but moderation and the
    examiner's role are in the body.
  * The header and footer carry nothing that counts; the footnote citations
    support 1.3, which the body already meets.
"""
from pathlib import Path
import datetime
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _oh_helpers import (new_document, para, run, shade_cell, cell_text, cell_add_para, table,
                         textbox, footnote, ins_run, del_run, delete_row, set_header_footer,
                         comment, repeat_header, word_count, border_paragraph)
from docx.shared import Pt, Cm

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
GREY = "D9D9D9"
PALE = "F2F2F2"
ET = "Ewan Threlkeld"
D1 = "2009-01-12T10:14:00Z"
D2 = "2009-01-13T16:40:00Z"

doc = new_document(font="Arial", size=9.5, margins_cm=1.8)
set_header_footer(doc, "GIMMERDALE GUILD OF WOODTURNERS  ·  THE TEACHERS' BENCH  ·  DESIGN SHEET DS-117  ·  REV C",
                  "Print at 100%. Do not scale from this sheet. Dimensions in hours unless marked.")


def band(text):
    p = para(doc, text, bold=True, caps=True, size=10, shade_fill=GREY, before=10, after=4, keep_next=True)
    return p


def body(text, **kw):
    return para(doc, text, after=5, **kw)


# ------------------------------------------------------------------ title block
tb = table(doc, 6, 4, widths_cm=[4.2, 5.2, 4.2, 3.8])
a = tb.cell(0, 0).merge(tb.cell(0, 2))
cell_text(a, [("DESIGN  ", {"bold": True, "size": 8}),
              ("The Award Vessel: a segmented open form in nine rings", {"bold": True, "size": 13})])
cell_text(tb.cell(0, 3), [("SHEET  ", {"bold": True, "size": 8}), ("DS-117 (1 of 1)", {"size": 10})])
cell_text(tb.cell(1, 0), [("DESIGNER  ", {"bold": True, "size": 8}), ("Ewan Threlkeld, Head of Bench", {})])
cell_text(tb.cell(1, 1), [("DRAWN  ", {"bold": True, "size": 8}), ("M. Pickersgill", {})])
cell_text(tb.cell(1, 2), [("CHECKED  ", {"bold": True, "size": 8}), ("[initials]", {"color": "808080"})])
cell_text(tb.cell(1, 3), [("REV  ", {"bold": True, "size": 8}), ("C", {"bold": True})])
b = tb.cell(2, 0).merge(tb.cell(2, 3))
cell_text(b, [("FOR  ", {"bold": True, "size": 8}),
              ("The Training and Development Agency for Schools: application for approval to run the "
               "National Award for SEN Coordination from September 2009", {})])
c = tb.cell(3, 0).merge(tb.cell(3, 1))
cell_text(c, [("VALIDATED BY  ", {"bold": True, "size": 8}),
              ("The Award Vessel is validated by Ormsgill University as its Postgraduate Certificate in "
               "Special Educational Needs Coordination (National Award for SEN Coordination).", {})])
d = tb.cell(3, 2).merge(tb.cell(3, 3))
cell_text(d, [("CREDIT  ", {"bold": True, "size": 8}), ("60 credits at Level 7 (M)", {"bold": True})])
cell_add_para(d, "University validation event held 27 November 2008; approved subject to TDA approval.", size=8)
e = tb.cell(4, 0).merge(tb.cell(4, 3))
cell_text(e, [("REVISIONS  ", {"bold": True, "size": 8}),
              ("A  02.10.08  first glue-up, for the pilot group of eleven teachers (not accredited).   "
               "B  21.11.08  Ring 5 re-cut and Ring 7 re-cut after the schools' survey.   "
               "C  14.01.09  issued for approval.", {"size": 8.5})])
f = tb.cell(5, 0).merge(tb.cell(5, 3))
cell_text(f, [("MATERIALS  ", {"bold": True, "size": 8}),
              ("Ash, sycamore, walnut, maple, padauk veneer. See Timber List.", {"size": 8.5})])
for r in (0, 2):
    for cc in tb.rows[r].cells:
        shade_cell(cc, PALE)

para(doc, "", after=2)
tbx = para(doc, after=6)
textbox(tbx, [
    ("From the Head of Bench", {"bold": True}),
    "Every vessel that leaves Hob Lane Mill starts as a sheet like this one, and our course for new SENCOs has "
    "been drawn the same way, ring by ring, so that the Guild's trustees, our turners and the University could "
    "all read it. Where the Agency's form asks a question, the answer is somewhere on this sheet.",
    "We are proud of the pilot group and of what they took back to their schools. One day we would like to offer "
    "our most seasoned teachers a quicker route, and we hope the Agency will look kindly on that when we are "
    "ready.",
    ("Ewan Threlkeld, Head of Bench, The Teachers' Bench", {"italic": True}),
], width_pt=470, fill="FFFDF5", stroke="8C6A3F")

# ------------------------------------------------------------------ design intent
band("Design intent")
p_intent = body("The Award Vessel is the Guild's course for teachers who are new to leading the coordination of "
                "provision for pupils with special educational needs. Like every vessel built at the Mill it goes "
                "together ring by ring, and each ring is glued and trued before the next one goes on.")
r_aim = run(body(None), "Its purpose is to raise the achievement of pupils with special educational needs and "
            "disabilities in the Turners' own schools, measured in their attainment and progress, and the "
            "well-being of every Turner at the bench.")
comment(doc, [r_aim], "Keep this short: the panel can read the rest of the sheet. ET", ET, "ET")
body("The Guild has taught turning to teachers through the Teachers' Bench since 1998 and has taken lathes into "
     "schools through Shavings in Schools since 2001. In 2007-08 it ran an unaccredited pilot, Turning Points for "
     "SENCOs, for eleven teachers from Gimmerdale schools. Rev C is the design for the accredited course.")

# ------------------------------------------------------------------ key
band("Reading this sheet")
body("The words below are the Guild's. They are used the same way everywhere on the sheet, and the Ring Schedule "
     "uses them without explaining them again.")
key = [
    ("Turner", "a teacher on the course. At the Mill everyone at a lathe is a Turner."),
    ("Ring", "a block of the course. The Base is the Grain Reading; Rings 1 to 7 are Bench Days at the Mill; the "
             "Feature Ring is the project in the Turner's own school; the Rim is Rim Day."),
    ("Segment", "one of the national minimum outcomes, written in the Guild's words. Every ring is made of "
                "segments; the Ring Schedule lists them all."),
    ("Cut in", "the ring in which a segment is taught."),
    ("Trued at", "the Trued Piece (TP1 to TP4) in which the segment is marked against the Guild's criteria."),
    ("Dry-fit only", "the segment is worked at the bench and the Turner gets a Bench Tutor's written comment on "
                     "it, but it is not marked in any Trued Piece."),
    ("Brought in", "the segment is not taught on the course; Turners are expected to bring it with them, and it "
                   "is marked."),
    ("Left out of this vessel", "the segment is not part of this design."),
    ("Steady", "the Turner's school-based mentor: a senior colleague in the Turner's own school, named on the "
               "nomination form, who steadies the work between Bench Days."),
    ("Bench Tutor", "one of the Guild's tutors for the course (see Timber List). The Head of Bench leads them."),
    ("Trueing Panel", "the Bench Tutors and the University link tutor, sitting to mark and agree results."),
    ("Shavings Board", "the Turners' discussion board on the University's Blackboard site."),
    ("Sharpening Meeting", "the course's yearly review, held each July."),
]
kt = table(doc, len(key), 2, widths_cm=[3.6, 13.8])
for i, (k, v) in enumerate(key):
    cell_text(kt.cell(i, 0), k, bold=True, fill=PALE)
    cell_text(kt.cell(i, 1), v)

# ------------------------------------------------------------------ timber list
band("Timber list")
body("A segmented vessel is only as good as its timber. These are the people and materials the Award Vessel is "
     "built from.")
tl = table(doc, 6, 3, widths_cm=[2.6, 3.4, 11.4])
for i, h in enumerate(("Species", "Used for", "What it is")):
    cell_text(tl.cell(0, i), h, bold=True, fill=GREY)
repeat_header(tl.rows[0])
timber = [
    ("Ash", "Load-bearing rings: the Bench Tutors",
     "Ewan Threlkeld, MA (Special Educational Needs), SENCO at Beckside Primary School 1996-2004 and Gimmerdale "
     "Borough Council's SEN adviser 2004-08; Helen Askwith, BPhil (Specific Learning Difficulties), a specialist "
     "teacher with the Wharfe Vale Learning Support Service who still teaches there three days a week; Dr Rohan "
     "Mistry, senior lecturer in inclusive education at Ormsgill University and the University's link tutor; Carol "
     "Dunwell, NPQH, headteacher of Ravensgill Special School and a former secondary SENCO. Every Bench Tutor "
     "spends at least five days a year in schools on SEN work of their own, and the Head of Bench checks this "
     "each July."),
    ("Sycamore", "Inner rings: the Steadies",
     "A Steady is a deputy or assistant headteacher in the Turner's school. The Steady meets the Turner at least "
     "twice between Bench Days, agrees the Feature Ring project, and signs the Turner's gap tasks."),
    ("Walnut", "Feature segments: visiting specialists",
     "An educational psychologist from the Gimmerdale Educational Psychology Service (Ring 4 and Ring 7); a speech "
     "and language therapist from Wharfe Vale Community Health Services (Ring 4); the Parent Partnership officer "
     "and two parents from the Gimmerdale Parents' Forum (Ring 3); the head of the Sensory Support Service "
     "(Ring 7)."),
    ("Maple", "Base and rim: resources",
     "The Teachers' Bench library at the Mill (some 600 books on SEN and disability and six journals, including "
     "Support for Learning and the British Journal of Special Education); full use of Ormsgill University's "
     "library and electronic journals with an Athens login; a loan set of assistive technology (Clicker 5, "
     "text-to-speech software, two reading pens, switches and a large-key keyboard) that Turners may borrow for "
     "the Feature Ring; and a laptop for every two Turners on Bench Days."),
    ("Padauk", "Contrast veneer: the Shavings Board",
     "A discussion board on Ormsgill University's Blackboard site, with each ring's slides, readings and gap "
     "tasks posted before the Bench Day."),
]
for i, (s, u, w) in enumerate(timber, start=1):
    cell_text(tl.cell(i, 0), s, bold=True)
    cell_text(tl.cell(i, 1), u)
    cell_text(tl.cell(i, 2), w)

# ------------------------------------------------------------------ vessel profile
band("Vessel profile")
vp_rows = [
    ("Base", "The Grain Reading", "3", "September (or January)", "The Mill, Teaching Loft"),
    ("Ring 1", "The Law Ring", "6", "October", "The Mill"),
    ("Ring 2", "The Whole Child", "6", "November", "The Mill"),
    ("Ring 3", "Home and School", "6", "December", "The Mill"),
    ("Ring 4", "Knowing the Needs", "6", "January", "The Mill"),
    ("Ring 5", "Mapping the Provision", "6", "February", "The Mill"),
    ("Ring 6", "Working the Staffroom", "6", "March", "The Mill"),
    ("Ring 7", "Evidence and Agencies", "6", "April", "The Mill"),
    ("Feature Ring", "The school project", "ten weeks", "February to May", "The Turner's own school"),
    ("Rim", "Rim Day", "6", "June", "The Mill"),
]
vp = table(doc, len(vp_rows) + 2, 5, widths_cm=[2.4, 4.4, 2.2, 4.0, 4.4])
top = vp.cell(0, 0).merge(vp.cell(0, 4))
cell_text(top, "PROFILE, BASE TO RIM (September intake shown; the January intake runs the same rings from January "
               "to December)", bold=True, fill=GREY, size=8.5)
for i, h in enumerate(("Ring", "Name", "Height (hours)", "When", "Where")):
    cell_text(vp.cell(1, i), h, bold=True, fill=PALE)
for i, row in enumerate(vp_rows, start=2):
    for j, v in enumerate(row):
        cell_text(vp.cell(i, j), v, bold=(j == 0))
body("Bench Days run from 9.30 to 4.00 on a Saturday. Around the rings the Turner does some 540 hours of reading, "
     "gap tasks, the Feature Ring and the Trued Pieces, which is what 60 credits asks.", before=4)

# ------------------------------------------------------------------ build notes
band("Build notes, ring by ring")

para(doc, "Base: the Grain Reading", bold=True, after=2, keep_next=True)
p_grain = body("Before any ring goes on, the Guild reads the grain. Each Turner rates themselves against every "
               "segment on the Grain Reading sheet, and talks it through with a Bench Tutor. The Head of Bench uses "
               "the sheets to decide the bench groups for Ring 4.")
comment(doc, [p_grain.runs[0]], "Panel will ask whether the Grain Reading leads to an individual plan for each "
        "Turner. Can we say that it does? RM", "Rohan Mistry", "RM")
body("The afternoon is spent on the Shavings Board: every Turner logs in, posts a first message and finds the "
     "Ring 1 readings.")

para(doc, "Ring 1: the Law Ring", bold=True, after=2, keep_next=True)
body("The Law Ring is the foot of the vessel. Turners work through Part IV of the Education Act 1996, the SEN Code "
     "of Practice (2001), the Special Educational Needs and Disability Act 2001, the disability equality duty of the "
     "Disability Discrimination Act 2005 and the school's Disability Equality Scheme, the Children Act 2004 and "
     "Every Child Matters, Removing Barriers to Achievement (2004) and the Education (Special Educational Needs "
     "Co-ordinators) (England) Regulations 2008. Gimmerdale's SEN officer leads the hour on statutory assessment and "
     "statements. The afternoon is a case exercise: each bench group takes one "
     "school's SEN policy and finds where it falls short of the law. Gap task: the Turner checks their own school's "
     "policy with the Steady and starts TP1. From Ring 1 every Turner keeps a Shavings Log of what they read and try, "
     "which is the core of TP4.")

para(doc, "Ring 2: the Whole Child", bold=True, after=2, keep_next=True)
body("Ring 2 turns from law to the child. Turners take each of the five Every Child Matters outcomes (being "
     "healthy, staying safe, enjoying and achieving, making a positive contribution, achieving economic well-being) "
     "and find where the SENCO helps a child towards it, using pupils from their own schools as cases. The afternoon "
     "is on fair and respectful relationships with pupils and families: what goes wrong, and how a SENCO puts it "
     "right. TP1 is handed in at the end of Ring 2.")

para(doc, "Ring 3: Home and School", bold=True, after=2, keep_next=True)
body("The Parent Partnership officer and two parents from the Gimmerdale Parents' Forum lead the morning. Turners "
     "then practise a review meeting with parents in threes, taking turns as SENCO, parent and observer, and the "
     "observer writes the feedback. Gap task: the Turner leads or co-leads a meeting with the parents of a pupil "
     "they will write about in TP2, and the Steady sits in.")

para(doc, "Ring 4: Knowing the Needs", bold=True, after=2, keep_next=True)
body("The morning covers the commonest needs, behavioural, emotional and social difficulties, dyslexia and other "
     "specific learning difficulties, speech, language and communication needs, autistic spectrum disorders and "
     "moderate learning difficulties, with the educational psychologist and the speech and language therapist. "
     "Turners choose two of four elective benches for the early afternoon (SLCN, autism, dyslexia, BESD) on the "
     "strength of their Grain Reading. They then work through identification, target setting and review, and how "
     "to use the reports of psychologists, therapists and advisory teachers in planning.")
body("In the last hour three of the Guild's Junior Turners, aged 11 to 15, talk to the Turners about what helps "
     "them learn at the lathe and what does not.")

para(doc, "Ring 5: Mapping the Provision", bold=True, after=2, keep_next=True)
body("Rev B made this a whole ring; in the pilot it was an hour inside Ring 4. Turners build a provision map for "
     "one year group in their school, cost it, and mark what is not working and what is missing. They then use "
     "end-of-key-stage results and optional tests to track pupils and see where a programme needs changing, and "
     "review with a colleague how well one intervention has worked, so that it feeds the school's self-evaluation. "
     "There is a short workshop on helping colleagues build formative assessment for all pupils. Access "
     "arrangements for tests and examinations are the examinations officer's business in most of our schools and "
     "are left out of this vessel.")

para(doc, "Ring 6: Working the Staffroom", bold=True, after=2, keep_next=True)
body("Ring 6 is about the SENCO's colleagues. Turners plan how they will win the head's and senior leaders' "
     "commitment to a change, rehearse a presentation to governors on the school's inclusion priorities and "
     "budget, and practise observing a lesson and giving feedback, modelling, coaching and running a twilight "
     "session. A short session on managing the SENCO's week, priorities and delegation follows.")
body("In the last hour the Guild's Volunteer Coordinator shows how the Guild deploys and manages forty volunteer "
     "Demonstrators across twenty-three schools.")

para(doc, "Ring 7: Evidence and Agencies", bold=True, after=2, keep_next=True)
p_r7 = body("Rev B added the agencies afternoon after the schools' survey. The morning is on research and inspection "
            "evidence: the Bercow Review of services for children with speech, language and communication needs "
            "(2008), Ofsted's Inclusion: does it matter where pupils are taught? (2006), Lewis and Norwich's "
            "Special Teaching for Special Children? (2005) and the Inclusion Development Programme materials on "
            "dyslexia and speech, language and communication needs (2008). Turners read one study closely and "
            "bring an idea from it to try with a colleague.")
footnote(doc, p_r7, "Full references are on the Ring 7 reading list posted on the Shavings Board.")
body("In the afternoon the educational psychologist and the head of the Sensory Support Service take the Turners "
     "through who does what among the local services and voluntary groups, and how to get specialist support.")

para(doc, "Feature Ring: the school project", bold=True, after=2, keep_next=True)
body("The Feature Ring is built in the Turner's own school over ten weeks from February. With the Steady, the "
     "Turner chooses one part of the school's provision that is not working, changes it, and shows the effect on "
     "practice. The project is tied to the segments marked TP3 in the Ring Schedule and is written up as TP3.")

para(doc, "Rim: Rim Day", bold=True, after=2, keep_next=True)
body("On Rim Day each Turner gives TP4 to the Trueing Panel. In the last hour of Rim Day every Turner drafts a "
     "Next Cut plan, two or three professional targets for the year after the Award, on the Guild's planning sheet, "
     "and takes it to a meeting with their headteacher or Steady within a month; the Steady signs it and returns a "
     "copy to the Head of Bench.")

# ------------------------------------------------------------------ ring schedule
band("Ring schedule")
body("One row per segment, base to rim. Every segment is trued before the Rim goes on.")
schedule = [
    ("RING 1  THE LAW RING", None),
    ("1.1", "Knows the SEN law and the Code of Practice, what they mean for the school and the SENCO, and how to put them to work", "Ring 1", "TP1"),
    ("1.2", "Knows disability equality law (the DDA duties and the Disability Equality Scheme) and what it asks the school to do for disabled pupils", "Ring 1", "TP1"),
    ("1.3", "Keeps up with what is new and owns their own learning in SEN and disability", "Ring 1 and every ring (Shavings Log)", "TP4"),
    ("RING 2  THE WHOLE CHILD", None),
    ("2.1", "Knows the five Every Child Matters outcomes and where the SENCO helps each child reach them", "Ring 2", "TP1"),
    ("2.2", "Knows how children grow and learn, and how SEN, disability and the setting around them shape that", "Brought in", "TP2"),
    ("2.3", "Fair, respectful and constructive with pupils and with their families", "Ring 2 and Ring 3", "TP2"),
    ("RING 3  HOME AND SCHOOL", None),
    ("3.1", "Liaises with parents and carers to further their child's learning and development", "Ring 3", "TP2"),
    ("3.2", "Speaks and writes clearly; listens to and understands other people's views", "Ring 3 (review meeting in threes)", "TP4"),
    ("RING 4  KNOWING THE NEEDS", None),
    ("4.1", "Knows the commonest needs (BESD, dyslexia and other SpLD, SLCN, autism, MLD) and how each can affect learning", "Ring 4", "TP2"),
    ("4.2", "Spots pupils who may have SEN or disabilities, sets stretching targets, plans the intervention and reviews progress", "Ring 4", "TP2"),
    ("4.3", "Uses the assessments of psychologists, therapists and advisory teachers to shape teaching", "Ring 4", "TP2"),
    ("4.4", "Makes sure pupils help plan, agree, review and evaluate what is provided for them", "Ring 4 (the Junior Turners' talk)", "Dry-fit only"),
    ("4.5", "Knows a range of ways to assess, plan and teach, ICT included, and weighs them critically to remove barriers", "Ring 4 and Ring 5", "TP3"),
    ("RING 5  MAPPING THE PROVISION", None),
    ("5.1", "Maps and manages provision; finds what is not working and what is missing", "Ring 5", "TP3"),
    ("5.2", "Uses end-of-key-stage tests and other summative data to track pupils and change their programmes", "Ring 5", "CHANGED"),
    ("5.3", "Gets colleagues to build formative assessment for all pupils, with thought for pupils with SEN", "Ring 5", "Dry-fit only"),
    ("5.4", "Spots in good time who needs access arrangements for national tests and examinations and puts them in place with colleagues", "Left out of this vessel", "-"),
    ("5.5", "Knows how school self-evaluation works and how it improves outcomes for pupils with SEN", "Ring 5", "TP3"),
    ("5.6", "Reviews with colleagues how well provision works, to feed the school's self-evaluation and improvement plan", "Ring 5", "TP3"),
    ("RING 6  WORKING THE STAFFROOM", None),
    ("6.1", "With senior leaders and governors, shapes an inclusive ethos, policies, priorities and the use of resources", "Ring 6", "TP3"),
    ("6.2", "Wins the commitment of colleagues, the head and senior leaders included", "Ring 6", "TP3"),
    ("6.3", "Supports colleagues' development: observing and feeding back, modelling, coaching and mentoring, running training", "Ring 6", "TP3"),
    ("6.4", "Prioritises, manages time and delegates well", "Ring 6", "Dry-fit only"),
    ("6.5", "How the Guild deploys and manages its volunteer Demonstrators in Shavings in Schools", "Ring 6", "Dry-fit only"),
    ("RING 7  EVIDENCE AND AGENCIES", None),
    ("7.1", "Knows best practice and what research says about meeting special educational needs", "Ring 7", "TP3"),
    ("7.2", "Uses research and outside advice to improve their own and colleagues' practice", "Ring 7", "TP3"),
    ("7.3", "Knows what outside agencies do and how to get specialist support and resources", "Ring 7", "TP2"),
    ("7.4", "Works with other services and agencies, voluntary groups included, for joined-up support", "Ring 7", "TP2"),
    ("FEATURE RING", None),
    ("F.1", "Sees problems coming and solves them; makes sound, well-founded decisions on provision", "Feature Ring", "TP3"),
]
rs = table(doc, len(schedule) + 1, 4, widths_cm=[1.2, 10.2, 3.6, 2.4])
for i, h in enumerate(("Seg.", "Segment", "Cut in", "Trued at")):
    cell_text(rs.cell(0, i), h, bold=True, fill=GREY)
repeat_header(rs.rows[0])
deleted_row = None
for i, item in enumerate(schedule, start=1):
    if item[1] is None:
        m = rs.cell(i, 0).merge(rs.cell(i, 3))
        cell_text(m, item[0], bold=True, size=8.5, fill=PALE)
        continue
    seg, text, cut, trued = item
    cell_text(rs.cell(i, 0), seg, size=8.5)
    cell_text(rs.cell(i, 1), text, size=8.5)
    cell_text(rs.cell(i, 2), cut, size=8.5)
    if trued == "CHANGED":
        cp = rs.cell(i, 3).paragraphs[0]
        del_run(cp, "Dry-fit only", ET, D1, size=8.5)
        ins_run(cp, "TP3", ET, D1, size=8.5)
    else:
        cell_text(rs.cell(i, 3), trued, size=8.5)
    if seg == "5.5":
        deleted_row = rs.rows[i]
delete_row(deleted_row, ET, D1)

# ------------------------------------------------------------------ trued pieces
band("Trued pieces")
body("A piece is trued when the Trueing Panel has marked it against the Guild's criteria for the segments it "
     "carries. Each piece is marked pass, refer or fail; a referred piece may be turned again once.")
tp = [
    ("TP1  The Law Bowl", "A 3,000-word study of the Turner's own school's SEN policy and practice against the law, "
     "the Code of Practice, the disability equality duty and Every Child Matters, with an action list agreed with the "
     "Steady. Handed in after Ring 2."),
    ("TP2  The Case Turning", "A 4,000-word case study of one pupil: how the need was identified, the assessments "
     "of other professionals and how they shaped teaching, the targets, the intervention and its review, the work "
     "with the family and with outside services. Handed in after Ring 7."),
    ("TP3  The Feature Ring", "A 5,000-word account of the school project with its evidence: the provision map, the "
     "change, the tracking data, the review with colleagues, the coaching of one colleague, and what the research "
     "said. Handed in at the end of May."),
    ("TP4  The Rim", "A 20-minute presentation to the Trueing Panel on Rim Day, drawing on the Shavings Log, "
     "followed by 15 minutes of questions."),
]
tpt = table(doc, len(tp), 2, widths_cm=[3.8, 13.6])
for i, (k, v) in enumerate(tp):
    cell_text(tpt.cell(i, 0), k, bold=True, fill=PALE)
    cell_text(tpt.cell(i, 1), v)
body("The Award is made by Ormsgill University's Board of Examiners to every Turner who passes all four Trued "
     "Pieces.", before=4)

# ------------------------------------------------------------------ glue-up and clamping
band("Glue-up and clamping (quality)")
p_mark = body("Every Trued Piece is marked by one Bench Tutor against the Guild's criteria. A second Bench Tutor "
              "blind-marks one piece in four")
ins_run(p_mark, ", and every fail and borderline piece", ET, D2)
run(p_mark, ". The University link tutor moderates a sample of every Trueing, and the external examiner appointed "
            "by Ormsgill University sees a sample of each Trued Piece and sits on the Board of Examiners.")
footnote(doc, p_mark, "Professor Alison Garside, University of Hexham, has been proposed to the University as "
         "external examiner for 2009-10.")
body("Bench Tutors and the link tutor meet for a standardising morning before each Trueing, and mark three "
     "anonymised pieces from the pilot together before they mark alone. Bench Tutors who are new to the course "
     "attend the University's assessor training.")
body("Steadies come to a Steady Day at the Mill each September, where they are given the Steady's Handbook, which "
     "sets out what a Steady does, what a Bench Tutor does and what the Turner does, and work through a pilot "
     "Feature Ring. A Bench Tutor telephones each Steady after Ring 2 to check that the meetings are happening.")
p_board = body("Between Bench Days the Steady is the Turner's first support, and the Shavings Board carries each "
               "ring's materials. The Board is kept by the Turners for the Turners: Bench Tutors do not post on it.")
del_run(p_board, " Bench Tutors answer questions posted on the Board within two working days.", ET, D2)

# ------------------------------------------------------------------ shop rules
band("Shop rules (entry, checks and access)")
body("Entry. A Turner must be a qualified teacher, in post (or appointed to start) as SENCO or leading SEN in a "
     "school in Gimmerdale, Wharfe Vale or a neighbouring authority, and nominated by their headteacher on the "
     "Guild's nomination form, which also names the Steady. The Grain Reading and a conversation with the Head of "
     "Bench check that the Turner can reach every segment within the year. Where the Head of Bench judges that a "
     "Turner is not ready, she or he writes to the Turner and the headteacher recommending the Teachers' Bench "
     "Starter Turn twilight series and a place on the next intake.")
p_crb = body("Checks. The Guild does not see or check Turners' CRB disclosures: every Turner is a serving teacher, "
             "and their disclosure is a matter for the school that employs them. Every Guild volunteer who goes "
             "into schools with Shavings in Schools holds an enhanced CRB disclosure obtained through the Guild.")
comment(doc, [p_crb.runs[0]], "We could check these at enrolment, as we do for the PGCE. Discuss with Registry "
        "before the next revision. RM", "Rohan Mistry", "RM")
body("Access. The booking form asks each Turner whether they have a disability or other need we should know about. "
     "Shavings in Schools takes the Lathe for All, a wheelchair-height lathe with a remote stop, to every special "
     "school it visits, and its Demonstrators are trained to adapt each project for pupils with physical and "
     "sensory impairments.")
body("Intakes and order. There are two intakes a year, in September and January. Once the Base is laid, Rings 1 to "
     "7 can be taken in any order; a Turner who misses a Bench Day takes that ring with the other intake, or works "
     "through its materials on the Shavings Board and has a tutorial with a Bench Tutor by telephone. The course is "
     "part time throughout.")
body("Fee. The fee is £1,380. Gimmerdale Borough Council and Wharfe Vale County Council each pay £600 towards the "
     "fee for teachers in their own schools. Bench Days are held in the Guild's own building, so no room hire is "
     "charged, and the fee is below that of the University's other PGCerts.")

# ------------------------------------------------------------------ seasoned timber
band("Seasoned timber (earlier learning)")
body("A Turner who already holds credit from an SEN module at Level 7 may have up to 20 credits recognised under "
     "Ormsgill University's regulations for the Accreditation of Prior Learning. An experienced teacher may instead "
     "claim credit for experiential learning by portfolio, mapped to the segments; the Head of Bench assesses the "
     "claim and the University's APL panel confirms it. The rings a Turner no longer needs are then waived, and "
     "the Turner's Trued Pieces are adjusted to carry only the remaining segments.")
body("In the pilot year the Guild let two very experienced teachers go straight to the Rim, presenting a "
     "portfolio without attending the Bench Days. This is not offered on the Award Vessel.")

# ------------------------------------------------------------------ sharpening
band("The Sharpening Meeting (evaluation and improvement)")
body("Every Bench Day ends with Shaving slips: each Turner writes what worked, what did not and what they will try. "
     "The Bench Tutors read them the same evening and change the next ring's plan where they need to. After each "
     "Trueing the Trueing Panel looks at the marks segment by segment to see which segments are weakest.")
body("Each July the Sharpening Meeting (the Head of Bench, the Bench Tutors and the University link tutor) reads "
     "the Shaving slips, the Trueing results, the external examiner's report, the University's annual monitoring "
     "report and the written comments that the two councils' SEN officers send on how the year's Turners are "
     "doing in their schools, agrees what to change, records the changes in the "
     "Sharpening Log and issues the next revision of this sheet. Rev B is an example: Ring 5 and Ring 7 were re-cut "
     "after the pilot group's slips and the schools' survey.")
body("Each Turner rates their confidence on every segment at the Base and again at the Rim, and the Sharpening "
     "Meeting compares the two. We expect the Feature Ring to show real gains for the pupils concerned, and we hope "
     "in time to gather these across intakes.")

# ------------------------------------------------------------------ stakeholders
band("Who asked for what (stakeholders)")
body("In April and May 2008 the Guild asked the 41 SENCOs who came to Teachers' Bench twilight sessions, the "
     "headteachers of the 23 schools that host Shavings in Schools, and the SEN officers of Gimmerdale Borough "
     "Council and Wharfe Vale County Council what a new SENCO most needed. Thirty-four SENCOs, fifteen heads and "
     "both councils replied. Three needs came top: provision mapping, talking with parents, and knowing the "
     "outside agencies.")
body("Rev B answered them: Ring 5 became a whole ring on provision mapping, the Parents' Forum was asked to lead "
     "the morning of Ring 3, and the agencies afternoon was added to Ring 7. The councils' SEN officers speak on "
     "Ring 1, the Parents' Forum on Ring 3, and the host schools' senior leaders act as Steadies. We would like "
     "headteachers to have a say as well, and hope to invite some of them to a Sharpening Meeting.")
body("Turners are not placed in other schools: the Feature Ring is built in their own school.")

# ------------------------------------------------------------------ sign-off
band("Sign-off")
so = table(doc, 2, 3, widths_cm=[5.8, 5.8, 5.8])
cell_text(so.cell(0, 0), [("Design approved (Chair of Trustees)", {"bold": True, "size": 8})])
cell_add_para(so.cell(0, 0), "Signed: ______________________")
cell_text(so.cell(0, 1), [("For Ormsgill University", {"bold": True, "size": 8})])
cell_add_para(so.cell(0, 1), "Signed: ______________________")
cell_text(so.cell(0, 2), [("Date", {"bold": True, "size": 8})])
cell_add_para(so.cell(0, 2), "[  /  /2009]")
m = so.cell(1, 0).merge(so.cell(1, 2))
cell_text(m, "Gimmerdale Guild of Woodturners, Hob Lane Mill, Gimmerdale. Registered charity. "
             "Shavings in Schools and The Teachers' Bench are parts of the Guild.", size=8, italic=True)

cp = doc.core_properties
cp.author = "M. Pickersgill"
cp.title = "DS-117 Rev C: The Award Vessel, Ring Schedule and Build Notes"
cp.created = cp.modified = datetime.datetime(2009, 1, 14, 12, 0)
doc.save(OUT)
print(OUT.name, word_count(OUT), "words")
