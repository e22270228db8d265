"""of-02-tullwick-edit-decision-list: builds of-02-tullwick-edit-decision-list.docx next to itself.

PROVIDER (invented). Tullwick Film House, an independent cinema and film-education charity in the old Corn
Exchange at Tullwick, with the University of Cressford's Faculty of Education (validates the module, moderates,
runs the Board of Examiners, awards the credit) and the Marne Valley Schools Partnership (17 schools: Floor
Mentors, Exec Group, Screening panels). Course name "The Long Take"; application of October 2008 for the 2008-09
National Award for SEN Coordination.

DOCUMENT KIND AND LAYOUT. The course handed over the way a film editor hands over a locked cut: EDITOR'S NOTES
and an EDIT DECISION LIST. No heading styles: a title block table with merged, shaded cells ("PRODUCTION",
"VERSION", "EDITOR", "CREDITS" ...), bold capital lines typed as "NOTE 1 - WHAT THIS IS" to "NOTE 14", some
paragraphs broken by manual line breaks as if pasted from a PDF, a crew table with a merged row, then the EDL in
Courier: "TITLE:" and "FCM:" lines, then 29 events (one per outcome line), each an EDL event line ("001  R4  V  C
..." with timecodes, a second "D 030" line for a dissolve between two sources) and comment lines ("* OUTCOME:",
"* LOCKED IN:", "* NOTE:"), all in one paragraph per event split by manual line breaks. The key is in NOTE 3,
well above the list: REEL R1-R8 = the eight Reel Days, L1-L4 = Location Tasks (where taught); "BL" (black) = no
session teaches it, the Cutter brings evidence from school; "AX" (auxiliary) = taught on someone else's course;
"* LOCKED IN" = the marked piece (Fine Cut, Picture Lock, Screening). A TRIM BIN lists what was left out. Page
header claims "all twenty-nine national outcomes locked" (not evidence); footer with a PAGE field. Tracked
changes: credits 60 deleted and 40 inserted (twice), an inserted second-marking and moderation paragraph, an
inserted List 99 clause, a deleted EDL event (026). Three Word comments.

TRAPS (requirement ids):
- E.2: "60" deleted and "40" inserted as tracked changes, "The module carries 40 credits at Level 7"; a comment
  (not the submission) explains the 60-credit extension is not yet approved -> partially_met.
- 1.6: "Colleagues, for The Long Take, means the staff of the Cutter's own school" (within, not beyond) ->
  partially_met.
- 2.3: past arrangement, the earlier Certificate's assessment-only route "closed with the Certificate in 2007, and
  The Long Take has no equivalent" -> not_met.
- 2.5: certificate, DVD and a general MA opportunity, no help to set further targets -> partially_met.
- 3.1: a value statement ("complies with all relevant equality legislation and welcomes Cutters with
  disabilities") and venue access only -> partially_met.
- 3.3: "There is no e-learning in The Long Take" -> not_applicable (telephone and email contact are not
  e-learning; lending DVDs of Reel Days is not e-learning).
- 5.1: methods listed (forms, Exec Group observation, external examiner's report, tutorial records), but nothing
  on how the evidence is used: "All of it is filed in the course file"; a comment asking what is done with it is
  not the submission -> partially_met.
- 5.2: places "go in order of application" to any qualified teacher whose head signs; "We do not interview before
  a place is offered" -> partially_met.
- 5.6: cinema and edit kit, but "Specialist SEN resources and assistive technology are not part of the Film
  House's kit: Cutters use the resources of their own schools" (someone else's resources) -> partially_met.
- 5.9: confidence re-rating only; pupils' progress "belongs to their schools, and we do not collect it" ->
  partially_met.
- 5.8: second marking and moderation in a tracked INSERTION -> met. 5.3: a full CRB check, with an inserted List 99
  clause -> met.
- Outcomes: BL events (assessed, not taught) 6.A2, 6.A3, 6.A5, 6.S1, 6.S4 -> partially_met; AX event 6.K9 (taught on
  the Council's New SENCO Induction, another provider's course) -> partially_met; 6.S6 event is a tracked DELETION
  and in the Trim Bin "to return in LOCK_V8" -> not_met; 6.S2d right words, wrong thing (the Cutter's own
  arrangements for their Screening) -> not_met; 6.S9 right words, wrong thing (partnership with the Film House's
  film partners to make the Cutter's film) -> not_met.
- 6.0 met: "awarded only to a Cutter for whom every event in the list is locked", "Nothing is carried"; the header
  claim that all outcomes are locked is not evidence; the gaps are judged outcome by outcome.
- 1.9 met (every event locked in marked work, locked/not locked per event), though some events carry the wrong
  content.
"""
from pathlib import Path
import sys

from docx import Document
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).parent))
from _of_helpers import (comment, dele, del_paragraph, ins, ins_paragraph, page_field, run, set_cell, shade,
                         table_borders, word_count)

HERE = Path(__file__).parent
NAME = "of-02-tullwick-edit-decision-list"
UNI = "Ruth Halloran"
ED = "Maya Osei-Bright"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
run(sec.header.paragraphs[0], "TFH  /  THE LONG TAKE  /  LOCK_V7  /  EDITOR'S HANDOVER  \u2014  all twenty-nine "
                              "national outcomes locked", size=8, font="Courier New")
fp = sec.footer.paragraphs[0]
run(fp, "Tullwick Film House, Corn Exchange Yard, Tullwick TW3 2QE  \u00b7  Registered charity 1103458  \u00b7  "
        "page ", size=8)
page_field(fp)


def P(t, **kw):
    p = doc.add_paragraph()
    run(p, t, **kw)
    return p


def NOTE(t):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    run(p, t, bold=True, size=11)
    return p


def pasted(t):
    """A paragraph pasted from a PDF: manual line breaks every ~14 words."""
    words = t.split(" ")
    out = []
    for i, w in enumerate(words):
        out.append(w)
        out.append("\n" if (i % 14 == 13 and i != len(words) - 1) else " ")
    return P("".join(out).rstrip())


# ---------------------------------------------------------------- title block
tb = doc.add_table(rows=6, cols=4)
table_borders(tb)
m = tb.cell(0, 0).merge(tb.cell(0, 3))
set_cell(m, "TULLWICK FILM HOUSE  \u00b7  EDUCATION  \u00b7  POST-PRODUCTION HANDOVER", bold=True, size=11,
         fill="1F1F1F", color="FFFFFF")
set_cell(tb.cell(1, 0), "PRODUCTION", bold=True, size=9, fill="D6D6D6")
m = tb.cell(1, 1).merge(tb.cell(1, 3))
set_cell(m, "The Long Take: a course for new SENCOs (National Award for SEN Coordination)", size=9.5)
for r, (a, b, c, d) in enumerate((
        ("VERSION", "LOCK_V7 (supersedes LOCK_V6 of 2 September 2008)", "DATE", "27 October 2008"),
        ("EDITOR", "Maya Osei-Bright, Head of Education", "FOR", "TDA approval panel, 2008\u201309 round")), start=2):
    set_cell(tb.cell(r, 0), a, bold=True, size=9, fill="D6D6D6")
    set_cell(tb.cell(r, 1), b, size=9.5)
    set_cell(tb.cell(r, 2), c, bold=True, size=9, fill="D6D6D6")
    set_cell(tb.cell(r, 3), d, size=9.5)
set_cell(tb.cell(4, 0), "PRODUCED WITH", bold=True, size=9, fill="D6D6D6")
m = tb.cell(4, 1).merge(tb.cell(4, 3))
set_cell(m, "University of Cressford, Faculty of Education; the Marne Valley Schools Partnership (17 schools)",
         size=9.5)
set_cell(tb.cell(5, 0), "RUNNING TIME", bold=True, size=9, fill="D6D6D6")
set_cell(tb.cell(5, 1), "September strand: September 2008 to July 2009. January strand: January to December 2009.",
         size=9.5)
set_cell(tb.cell(5, 2), "CREDITS", bold=True, size=9, fill="D6D6D6")
cp = tb.cell(5, 3).paragraphs[0]
dele(cp, "60", ED, "2008-10-20T11:02:00Z", size=9.5)
ins(cp, "40", UNI, "2008-10-22T14:40:00Z", size=9.5)
r = cp.add_run(" credits, Level 7")
r.font.size = Pt(9.5)
comment(doc, [r], "Validation in July was for 40. The 20-credit extension module goes to Faculty Board in "
                  "February; please don't claim 60 until it is approved.", "Ruth Halloran (University)", "RH")
for row in tb.rows:
    row.cells[0].width = Cm(3.2)

# ---------------------------------------------------------------- to the panel
P("")
P("TO THE PANEL", bold=True, size=11)
P("We are a cinema. When one of our films is finished, the editor hands it over with two documents: the "
  "editor's notes, which explain the choices made, and the edit decision list, which says exactly where every "
  "shot in the locked cut came from, so that anyone could rebuild the film from the rushes. Our course for "
  "teachers new to coordinating provision for pupils with special educational needs is called The Long Take, "
  "and this is its handover. The notes explain how the course runs and why; the list shows, outcome by outcome, "
  "where each national minimum outcome is taught and where it is marked. Everything in the notes describes the "
  "course as it runs now, with our first September strand of nineteen Cutters. Things we considered and left "
  "out are in the Trim Bin at the end.")

P("EDITOR'S NOTES", bold=True, size=13)

NOTE("NOTE 1 \u2013 WHAT THIS IS")
P("Tullwick Film House is an independent cinema and film-education charity, founded in 1994 in the old Corn "
  "Exchange. Our education department works with about forty schools a year and has run accredited courses for "
  "teachers with the University of Cressford since 2003. In our language the teachers taking The Long Take are "
  "Cutters, because the course asks them to do what an editor does: look hard at everything that has been shot, "
  "decide what matters, and build something that works.")
p = P("The University of Cressford's Faculty of Education validated The Long Take in July 2008 as a module of "
      "its Postgraduate Certificate in Inclusive Education. Cutters register with the University, the "
      "University's Board of Examiners confirms results, and the University awards the credit. The module "
      "carries ")
dele(p, "60", ED, "2008-10-20T11:02:00Z")
ins(p, "40", UNI, "2008-10-22T14:40:00Z")
run(p, " credits at Level 7 (Master's level).")
P("The Film House plans and teaches the course; the University validates it, moderates the marking and awards "
  "the credit; the Partnership's schools provide the Floor Mentors, the Exec Group and the Screening panels.")

NOTE("NOTE 2 \u2013 WHY WE MADE IT")
P("The Long Take is made for the pupils. Its purpose is that children and young people with SEN and "
  "disabilities in Marne Valley schools do better: in their learning, and in being healthy, staying safe, "
  "enjoying and achieving, making a positive contribution and achieving economic well-being, the five outcomes "
  "of Every Child Matters. The course aims say so; the Reel Days come back to the five outcomes in every "
  "session; and the marking criteria for the Fine Cut and the Picture Lock each ask the Cutter to show, with "
  "the pupils' own data and in the pupils' own words, what difference their work made to achievement and "
  "well-being. A piece that shows no difference for pupils cannot pass.")

NOTE("NOTE 3 \u2013 READING THE EVENT LIST")
P("Each national outcome is one event in the list. An event has a number, a REEL, a track (always V), a "
  "transition and four timecodes; the first two figures of the record-in timecode are the week of the course in "
  "which the outcome first appears. Under the event come comment lines beginning with an asterisk.")
P("REEL tells you where the outcome is taught. R1 to R8 are the eight Reel Days; L1 to L4 are the four Location "
  "Tasks. BL (black) means that no Reel Day or Location Task teaches the outcome: the Cutter brings the evidence "
  "from their own work in school, and we mark it. AX (auxiliary) means the outcome is taught outside The Long "
  "Take, on someone else's course, and we mark it.")
P("A transition of C is a straight cut: the outcome comes from one source. D 030 is a dissolve: the outcome is "
  "taught across two sources, and the event has a second line naming the second source.")
P("* OUTCOME gives the outcome in our words. * LOCKED IN names the marked piece in which it is assessed: the "
  "Fine Cut, the Picture Lock or the Screening (Note 12). * NOTE lines add anything the editor needs to know.")

NOTE("NOTE 4 \u2013 THE REEL DAYS")
P("There are eight Reel Days, each built around a film. The September strand takes them on Saturdays in Screen "
  "1, 9.30 to 4.00; the January strand takes the same eight as sixteen Thursday twilights.")
for code, title, text in (
    ("R1", "OPENING TITLES", "The SENCO's role; the SEN Code of Practice (2001) and the graduated response; the "
     "Education (Special Educational Needs Coordinators) (England) Regulations 2008, which require the SENCO to "
     "be a qualified teacher and bring this Award into being; Every Child Matters and where the SENCO fits."),
    ("R2", "ARCHIVE", "Law, policy and evidence. The Disability Discrimination Act 2005 and the disability "
     "equality duty; Removing Barriers to Achievement; the Lamb Inquiry into parental confidence, set up this "
     "year. Inspection and research evidence: Ofsted's Special educational needs and disability: towards "
     "inclusive schools (2004) and Inclusion: does it matter where pupils are taught? (2006); the Bercow Review "
     "of services for children and young people with speech, language and communication needs (2008); the "
     "Inclusion Development Programme materials on dyslexia and on speech, language and communication needs "
     "(2008). Cutters learn to read research critically and to use outside advice."),
    ("R3", "CLOSE-UPS", "How children develop; the common types of SEN (BESD, SpLD including dyslexia, SLCN, ASD "
     "and MLD) and how they affect learning; identifying pupils, setting targets and planning interventions; "
     "reading and using reports from educational psychologists, speech and language therapists and other "
     "professionals."),
    ("R4", "VOICES", "Consulting children and young people: interviewing pupils; using film, drawing and symbols "
     "with pupils who do not easily say what they think; involving pupils in their own reviews."),
    ("R5", "FAMILIES", "Working with parents and carers: building trust, advising parents, sharing information, "
     "annual reviews and disagreements, with speakers from the Tullwick Parent Forum."),
    ("R6", "CONTINUITY", "Tracking progress with P scales, teacher assessment and national test data; formative "
     "assessment and how to help colleagues use it for pupils with SEN; approaches, strategies and resources, "
     "ICT included; provision mapping; making decisions about provision."),
    ("R7", "THE EDIT", "School self-evaluation and the SEF; improving SEN provision as part of school "
     "improvement; leading colleagues through observation and feedback, modelling, coaching and mentoring, and "
     "running training."),
    ("R8", "DISTRIBUTION", "Keeping up to date and owning your CPD: journals, NASEN and the regional SENCO "
     "network; working with the Film House's partners; preparing for the Screening."),
):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.8)
    run(p, f"{code}  {title}.  ", bold=True)
    run(p, text)
P("Colleagues, for The Long Take, means the staff of the Cutter's own school: R7 and the Location Tasks develop "
  "the Cutter's skills in advising, supporting and working with the teachers and teaching assistants there.")

NOTE("NOTE 5 \u2013 LOCATION TASKS AND THE SECOND UNIT")
P("Between Reel Days each Cutter carries out four Location Tasks in school, each serving the events that name it "
  "in the list, with the support of a Floor Mentor who visits at least twice a term.")
for code, text in (
    ("L1  RECCE.", "An audit of the school's SEN register and how pupils come to be identified."),
    ("L2  INTERVIEWS.", "The Cutter interviews at least four pupils with SEN about their provision, and with "
     "them agrees changes to their targets."),
    ("L3  SECOND UNIT.", "Two placement days away from the Cutter's own school: one at Ferrers Brook School, a "
     "special school for pupils with complex needs, and one with Marne Valley's Sensory Support Service, each "
     "hosted by a specialist teacher who plans the day with the Cutter."),
    ("L4  THE MAP.", "The Cutter builds or rebuilds the school's provision map with colleagues and costs it."),
):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.8)
    run(p, code + "  ", bold=True)
    run(p, text)

NOTE("NOTE 6 \u2013 WHO GETS INTO THE EDIT")
pasted("Places on The Long Take go in order of application to any qualified teacher whose headteacher signs the "
       "application form to say that they are, or will be, the school's SENCO. We do not interview before a "
       "place is offered.")
p = P("Once a place is offered, the Cutter comes to a Pre-Edit at the Film House. There, before anything else, "
      "the Education Administrator sees the Cutter's enhanced CRB disclosure certificate, checks that it was "
      "issued for work with children within the last three years, and records its number and date on the "
      "Cutter's file. A Cutter without one is not placed on L3, or on any activity with pupils outside their own "
      "school, until the Film House has obtained a new enhanced disclosure through Marne Valley Council's CRB "
      "service")
ins(p, ", and the Council checks List 99 at the same time", ED, "2008-10-23T09:30:00Z")
run(p, ".")
pasted("The rest of the Pre-Edit is an hour with the Cutter's Supervising Editor. The Cutter has already rated "
       "themselves against every event in the list on our Cut Sheet (1: new to me; 4: I do this well and can "
       "show it). The Supervising Editor goes through the ratings with them, asks for examples, and agrees a Cut "
       "Plan: the Cutter's own outcomes for the year, the events that need most work, the Reel Days to prepare "
       "for, the Location Task to lead with, and the events their school work already covers. The Cut Plan is "
       "signed by both, copied to the headteacher and reviewed at every tutorial.")
P("Prior study and experience count. At the Pre-Edit the Supervising Editor notes which events the Cutter's "
  "earlier study already covers. Cutters holding an earlier SEN qualification at Level 6 or 7 may apply through "
  "the University's accreditation of prior learning procedure for up to 20 of the 40 credits, with a portfolio "
  "mapped to the events; the University's APL panel decides. Experience without a qualification goes into the "
  "Cut Plan, so that no Cutter is taught what they already do well.")
P("The Film House's earlier Certificate in Inclusive Practice could be taken by assessment only, by teachers "
  "who submitted a portfolio without attending; that route closed with the Certificate in 2007, and The Long "
  "Take has no equivalent.")

NOTE("NOTE 7 \u2013 CUTTING TO FIT")
P("The Long Take is cut to fit the Cutter. The Cut Plan decides what each Cutter concentrates on; the Location "
  "Tasks are carried out on the priorities of the Cutter's own school; and each Cutter has three one-hour "
  "tutorials with their Supervising Editor (November, March and June), at which the Cut Plan is reviewed and "
  "the next piece is shaped. The fee is \u00a31,200, University registration included; Marne Valley Council "
  "pays half for its own schools' SENCOs, and because we teach in our own screens with our own projection and "
  "sound, no money goes on hiring rooms.")
P("We run two strands: a September strand on Saturdays and a January strand on Thursday twilights, 4.30 to "
  "7.30. A Cutter can move between strands, take a missed Reel Day with the other strand, or take R3 to R7 in "
  "whichever order the two strands allow, since each stands on its own. The Location Tasks can be done in any "
  "order, and the Fine Cut can be handed in in February or in May. Each Reel Day is also recorded, and a Cutter "
  "who misses one borrows the DVD.")

NOTE("NOTE 8 \u2013 ACCESS, AND WHAT IS NOT ONLINE")
P("Tullwick Film House complies with all relevant equality legislation and welcomes Cutters with disabilities. "
  "The building is step-free and Screen 1 has a hearing loop.")
P("There is no e-learning in The Long Take: no online course, no virtual learning environment and no forum. "
  "Everything is taught face to face, and Cutters reach their Supervising Editor by telephone or email between "
  "Reel Days.")

NOTE("NOTE 9 \u2013 THE AUDIENCE")
pasted("Before we made The Long Take we asked the people it is for. In January and February 2008 we surveyed the "
       "SENCOs and headteachers of the 17 Partnership schools (29 replies), read Marne Valley Council's 2007 "
       "review of SEN provision and the Partnership schools' Ofsted reports, and held a Parent Forum evening "
       "with fourteen parents of children with SEN. The three strongest messages were that new SENCOs did not "
       "know how to use data and provision maps, that parents felt left out of reviews, and that pupils were "
       "rarely asked. R6, R5 and R4 answer them.")
P("In March 2008 we showed the V3 cut, a walk-through of the course in one evening, to an Exec Group of five "
  "Partnership headteachers, two experienced SENCOs and three parents from the Parent Forum, and they changed "
  "it. The headteachers asked for less time out of school, which is why there are eight Reel Days rather than "
  "the twelve in V3; the parents asked that families have a day of their own, which became R5; and the SENCOs "
  "asked that the final assessment be a presentation to colleagues rather than a written examination, which "
  "became the Screening.")
P("Stakeholders stay in the course. Partnership SENCOs are the Floor Mentors; Parent Forum members speak in R5; "
  "two Partnership headteachers sit on each Screening panel; each member of the Exec Group observes one Reel "
  "Day a year and writes to the Editor about it; and at the end of each strand we ask every Cutter's "
  "headteacher, in writing, what difference the course has made in their school.")

NOTE("NOTE 10 \u2013 CREW")
crew = [
    ("Role", "Who", "Background"),
    ("Editor (course leader)", "Maya Osei-Bright",
     "Head of Education at the Film House since 2005. Eight years SENCO and then assistant head for inclusion "
     "at Kingsdown Primary; MA in Special and Inclusive Education (Cressford, 2003)."),
    ("Supervising Editors (tutors)", "Dr Pavel Lisowski",
     "Senior Lecturer in Inclusive Education, University of Cressford; formerly advisory teacher for autism in "
     "Marne Valley."),
    ("", "Jenna Hallworth",
     "SENCO at Tullwick Upper School; specialist teacher for specific learning difficulties (Level 7 diploma, "
     "2006)."),
    ("", "Deborah Fane",
     "Speech and language therapist, then teacher; leads Marne Valley's outreach for speech, language and "
     "communication needs."),
    ("Floor Mentors", "Twelve Partnership SENCOs, each with at least three years in the role and no more than two "
     "Cutters.", None),
    ("Second Editor (moderator)", "Dr Ruth Halloran", "Reader in Education, University of Cressford."),
    ("External Examiner", "Professor Grace Whitlow", "University of Fenmouth."),
    ("Guest specialists", "An educational psychologist, the Sensory Support Service, Marne Valley CAMHS and the "
     "Tullwick Parent Forum, each in the Reel Day that needs them.", None),
]
t = doc.add_table(rows=len(crew), cols=3)
table_borders(t)
for i, (a, b, c) in enumerate(crew):
    set_cell(t.cell(i, 0), a, bold=True, size=9, fill="D6D6D6" if i == 0 else None)
    if c is None:
        m = t.cell(i, 1).merge(t.cell(i, 2))
        set_cell(m, b, size=9)
    else:
        set_cell(t.cell(i, 1), b, bold=(i == 0), size=9, fill="D6D6D6" if i == 0 else None)
        set_cell(t.cell(i, 2), c, bold=(i == 0), size=9, fill="D6D6D6" if i == 0 else None)
for row in t.rows:
    row.cells[0].width = Cm(3.8)
P("All three Supervising Editors work in schools or services every week, and each keeps up with the field "
  "through the University's research seminars. Beyond the crew, Cutters meet the guest specialists and spend "
  "the two Second Unit days described in Note 5 with specialist teachers.")
P("Everyone who works on The Long Take comes to Crew Call, a day in late August before each strand. The Editor "
  "takes the Supervising Editors, Floor Mentors and Second Unit hosts through the course, the event list and "
  "the marking criteria, and each receives a Call Sheet for their role that says what they must do, by when, "
  "and whom to ask. Floor Mentors are paid for the day. A new Floor Mentor shadows an experienced one for their "
  "first term, and the Editor observes each Supervising Editor teach once a year.")

NOTE("NOTE 11 \u2013 KIT")
P("Screen 1 (120 seats, digital projection), our edit suite of six workstations, and camera kits that we lend "
  "each Cutter for L2. Cutters have the University's library and electronic journals from registration. "
  "Specialist SEN resources and assistive technology are not part of the Film House's kit: Cutters use the "
  "resources of their own schools.")

NOTE("NOTE 12 \u2013 MARKING AND LOCKING")
P("Three pieces are marked. THE FINE CUT (February or May): a case study of one pupil, 4,000 words, with a "
  "five-minute film of the Cutter's practice. THE PICTURE LOCK (June): a portfolio of the year's school work "
  "(the L1 audit, the L4 provision map, a review of a school policy, records of work with colleagues, a CPD "
  "log) with a 3,000-word commentary. THE SCREENING (July): a twenty-minute presentation of the Cutter's year "
  "to a panel of a Supervising Editor, a Partnership headteacher and a Floor Mentor, followed by questions. "
  "Before the Fine Cut and the Picture Lock each Cutter sends an Assembly, a rough draft, and gets written notes "
  "back; Assemblies are not marked.")
P("Each piece is marked by the Cutter's Supervising Editor against the events locked in it: for each event the "
  "marker records Locked (shown) or Not locked, with the evidence.")
ins_paragraph(doc, "Every piece is second-marked by another Supervising Editor. The Second Editor moderates a "
                   "sample of a quarter of all pieces and every piece in which an event is not locked, and the "
                   "external examiner sees the moderated sample and all fails before the Board of Examiners. The "
                   "three Supervising Editors agree their marking at a standardisation meeting on sample pieces "
                   "before each marking round.", UNI, "2008-10-22T14:55:00Z")
P("The Long Take is awarded only to a Cutter for whom every event in the list is locked: that is, who has shown "
  "every one of the national minimum outcomes in marked work. Nothing is carried from one piece to another, and "
  "an event that is not locked may be shown again in a resubmission within three months.")

NOTE("NOTE 13 \u2013 TEST SCREENINGS")
p = pasted("We test the course as we test a film, in front of an audience. Cutters fill in a feedback form after "
           "every Reel Day and at the end of the strand; Exec Group members observe Reel Days and write to us; "
           "the external examiner writes a report each year; and the Supervising Editors' tutorial records show "
           "where Cutters struggle. All of it is filed in the course file, which the University sees at its "
           "periodic review.")
comment(doc, [p.runs[-1]], "Maya \u2013 the panel will want to know what we DO with all this. Can we add the V6 "
                           "to V7 changes here?", "Owen Marsh (Producer)", "OM")
P("We measure the course's effect on Cutters by asking them to rate themselves again on the Cut Sheet at the "
  "Screening and comparing the ratings with those made at the Pre-Edit. The pupils' progress shown in Cutters' "
  "pieces belongs to their schools, and we do not collect it.")

NOTE("NOTE 14 \u2013 AFTER THE CREDITS")
P("Every marked piece is about something the Cutter has done in their own school this year: events are locked "
  "on evidence of practice, so a Cutter who completes The Long Take has changed how their school works for "
  "pupils with SEN.")
P("At the Screening each Cutter receives a DVD of their film and, after the Board of Examiners, their "
  "certificate. The University's MA in Inclusive Education is open to Cutters who finish, and several teachers "
  "from our earlier courses have gone on to it.")

# ---------------------------------------------------------------- EDL
P("")
P("EDIT DECISION LIST", bold=True, size=13)
MONO = dict(font="Courier New", size=8.5)
P("TITLE: TFH_LONG_TAKE_LOCK_V7\nFCM: NON-DROP FRAME", **MONO)

events = [
    (["R4", "R5"], 12, "Builds fair, respectful, supportive and constructive relationships with pupils with SEN and "
     "disabilities and with their parents and carers.", "FINE CUT", None),
    (["BL"], 6, "Wins the commitment of colleagues, including the headteacher and senior leaders, to better "
     "outcomes for pupils with SEN and disabilities.", "PICTURE LOCK",
     "Cutter's own evidence from school: minutes, a letter from the headteacher."),
    (["BL"], 6, "Prioritises, manages time and delegates, and makes sure delegated tasks are done.",
     "PICTURE LOCK", None),
    (["R6"], 20, "Anticipates and resolves problems, makes well-founded decisions and sound judgements on "
     "provision.", "FINE CUT", None),
    (["BL"], 36, "Speaks and writes clearly; listens to others and understands their views.", "SCREENING", None),
    (["R2", "R8"], 3, "Draws on research and outside advice to improve their own and colleagues' practice.",
     "FINE CUT", None),
    (["R8"], 30, "Keeps up to date and takes responsibility for their own CPD in SEN and disability.",
     "PICTURE LOCK", "Shown in the CPD log."),
    (["R1"], 1, "Knows SEN law and guidance, the SEN Code of Practice included, what they mean for the school and "
     "the SENCO, and how to put them into practice.", "FINE CUT", None),
    (["R1"], 1, "Knows the principles and outcomes of Every Child Matters and how the SENCO helps pupils achieve "
     "them.", "PICTURE LOCK", None),
    (["R2"], 3, "Knows disability equality law, the actions it requires and how best to carry them out.",
     "PICTURE LOCK", None),
    (["R3"], 7, "Knows how children develop and how SEN, disability and the physical and social environment "
     "affect development.", "FINE CUT", None),
    (["R3"], 7, "Knows the common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and "
     "how they affect learning.", "FINE CUT", None),
    (["R3", "R6"], 7, "Has a critical grasp of approaches, strategies and resources, ICT included, for "
     "assessment, planning, teaching and learning, and uses them to remove barriers.", "FINE CUT", None),
    (["R7"], 24, "Knows the principles of school self-evaluation and improvement as they apply to outcomes for "
     "pupils with SEN.", "PICTURE LOCK", None),
    (["R2"], 3, "Knows best practice and the findings of research on meeting special educational needs.",
     "PICTURE LOCK", None),
    (["AX"], 2, "Knows the scope and role of outside agencies and how to get specialist support and resources.",
     "SCREENING", "Taught on Marne Valley Council's New SENCO Induction days (Day 2: Who's who in Marne Valley "
     "services), not by the Film House."),
    (["BL"], 26, "With senior colleagues and governors, shapes an inclusive ethos and the school's policies, "
     "priorities and use of resources.", "PICTURE LOCK", "The Cutter's review of the SEN policy with governors."),
    (["R3", "L1"], 7, "Identifies pupils who may have SEN or disabilities, sets challenging targets, plans "
     "interventions and reviews progress.", "FINE CUT", None),
    (["R3"], 7, "Uses assessments from other professionals to shape teaching approaches.", "FINE CUT", None),
    (["R6"], 20, "Uses summative assessment, national tests included, to track progress and adjust programmes.",
     "PICTURE LOCK", None),
    (["R6"], 20, "Encourages colleagues to develop formative assessment for all pupils, with approaches for pupils "
     "with SEN.", "PICTURE LOCK", None),
    (["R8"], 30, "Identifies in good time any special arrangements they need for their own Screening (extra time, "
     "a reader, captions on their film) and agrees them with the Editor.", "SCREENING", None),
    (["R6", "L4"], 20, "Uses provision mapping to plan provision and to find provision that is ineffective or "
     "missing.", "PICTURE LOCK", None),
    (["BL"], 26, "Deploys and manages teaching assistants and other staff to support pupils with SEN.",
     "PICTURE LOCK", None),
    (["R7"], 24, "Supports colleagues' development: observes and gives feedback, models, coaches and mentors, "
     "runs training.", "PICTURE LOCK", None),
    (["R7"], 24, "Reviews and evaluates provision with colleagues to inform the school's self-evaluation and "
     "improvement planning.", "PICTURE LOCK", "DELETED"),
    (["R4", "L2"], 12, "Makes sure pupils take part in planning, agreeing, reviewing and evaluating their "
     "provision.", "FINE CUT", None),
    (["R5"], 15, "Liaises with parents and carers to promote their children's learning and development.",
     "FINE CUT", None),
    (["R8"], 30, "Works in partnership with the Film House's partner organisations (the regional screen agency, "
     "the county film archive and the community cinema network) to make and show the Cutter's Screening film.",
     "SCREENING", None),
]


def tc(h, m):
    return f"{h:02d}:{m:02d}:00:00"


for n, (srcs, week, outcome, locked, note) in enumerate(events, start=1):
    lines = []
    dur = 10 + (n * 7) % 40
    first = srcs[0]
    lines.append(f"{n:03d}  {first:<8} V     C        {tc(0, 0)} {tc(0, dur)} {tc(week, 0)} {tc(week, dur)}")
    if len(srcs) > 1:
        lines.append(f"{n:03d}  {srcs[1]:<8} V     D    030 {tc(0, 0)} {tc(0, dur)} {tc(week, dur)} "
                     f"{tc(week, dur + 5)}")
    lines.append(f"* OUTCOME: {outcome}")
    lines.append(f"* LOCKED IN: {locked}")
    if note and note != "DELETED":
        lines.append(f"* NOTE: {note}")
    if note == "DELETED":
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.space_after = Pt(6)
        from _of_helpers import _mark_paragraph
        _mark_paragraph(p, "w:del", ED, "2008-10-20T10:40:00Z")
        dele(p, "  ".join(lines), ED, "2008-10-20T10:40:00Z", font="Courier New", size=8.5)
        continue
    p = P("\n".join(lines), **MONO)
    p.paragraph_format.space_after = Pt(6)

P("")
P("TRIM BIN", bold=True, size=12)
P("Material considered for this cut and left out.", italic=True)
trim = [
    "Event 026 (reviewing provision with colleagues): pulled from LOCK_V7 because R7 was over-length; to return "
    "in LOCK_V8 when R7 is re-cut.",
    "An online strand: not in this cut.",
    "A third strand starting after Easter: not in this cut.",
    "An assessment-only route: see Note 6.",
]
first_trim = None
for x in trim:
    p = doc.add_paragraph()
    run(p, "-  " + x)
    first_trim = first_trim or p
comment(doc, first_trim.runs, "Pulled 20 Oct. Does the panel need to see it's going? Owen", "Owen Marsh (Producer)",
        "OM")

P("")
P("Locked and handed over, 27 October 2008.", italic=True)
P("Maya Osei-Bright, Editor, for Tullwick Film House and the University of Cressford", bold=True)

out = HERE / f"{NAME}.docx"
doc.save(out)
print(out.name, "words~", word_count(out))
