"""om-01-helmgarth-oral-history-transcript

Provider (invented): the Helmgarth and Upper Wendale Dry Stone Walling Association, which has run
schools' days at its walling yard at Helmgarth Bridge since 2001, with Wendale County Council; the
University of Mardlebury validates the course ("The Wallhead Course") as a Postgraduate Certificate,
60 credits at Level 7. First intake September 2009.

Document kind and layout: an oral-history interview transcript, sent as the application. The
Association's volunteer oral-history project ("Walls Remembered") recorded its Course Leader, Peg
Hebblethwaite (PH), in January 2009; the Chair, Dennis Raw (DR), joins in Track 3. The interviewer
(TA) reads some questions out of the TDA specification. The document is: a short covering letter
from the Association's Secretary (typed letterhead with line breaks); a Recording Summary Sheet table
(label/value cells, a merged Summary cell written by the archive, not the Association); a
transcription-conventions text box; three timecoded tracks with bold speaker labels, transcriber's
bracketed notes, [inaudible] and [laughs]; transcriber's glossary footnotes and one footnote added by
PH on reading; tracked changes made by PH when she corrected the transcript (a deleted sentence, an
inserted sentence, an inserted clause, a deleted sentence about teaching assistants); two Word
comments by the archivist; a page header; a page footer carrying a CRB claim; and an appendix that
transcribes the "Wallhead Chart" PH showed during the interview (numbered lines in the Association's
own words, grouped under merged shaded rows FACE / HEARTING / THROUGHS AND COPE, columns "Laid in" and
"Proved in"). The chart's values ("Dry" = talked through, never marked; a dash = not built yet) are
keyed only in PH's speech in Track 2, far above the chart.

Traps (requirement ids):
- The archive's Summary on the Recording Summary Sheet, written from the uncorrected recording and
  disowned in the covering letter, says the course has an online "Virtual Yard", an assessment-only
  route and CRB checks: none of that is the provider's statement (3.3, 2.3, 5.3).
- Interviewer's questions quote the specification ("develop participants' skills in consulting
  children and young people", "an assessment-only route", "cost-effective"): never evidence (1.5,
  2.3, 2.4, 5.2, 5.5).
- Assessment-only route: PH's slip "We'd let the odd special school head go straight to the Standing
  Wall" is a tracked deletion, replaced by an inserted "No. Everyone does the whole Wallhead Course";
  DR's craft test is a past arrangement of another kind (walling certificates); the University's own
  MA route is another provider's arrangement; "We don't have one" (2.3 not_met).
- Prior learning: certificated masters-level credit is accredited, experience only taken into account
  ("there's no credit for it") (2.1 partially_met).
- CRB: "that's the school's lookout ... We don't ask to see anything" (someone else's responsibility);
  the footer's "All participants on Association courses hold an enhanced CRB disclosure" is a footer
  (5.3 not_met).
- Placements only conditional: "if their new head agrees"; DR's "placements" are pupils walling at the
  Yard (wrong context) (5.5 partially_met; specialist expertise itself is met).
- E-learning: DR's "Virtual Yard" is a hope; PH: "There's no computer side to it" (3.3
  not_applicable); flexibility is only option days and catching up with next year's group; one start,
  fixed order (3.2 partially_met).
- Stakeholders: survey and parents' evenings shaped the course (4.1, 4.2 met); heads plan the days on
  the Planning Group, but evaluation by stakeholders is only "we'll probably ask ... we've not
  decided", and the comment saying heads will review evaluations from 2010 is a comment (4.3
  partially_met).
- After the course: a general "where next" session; DR's reunion is a hope (2.5 partially_met).
- Pupil voice "a conversation over dinner", PH says "Partly" (1.5 partially_met); chart line 25 "Dry"
  (6.S7 partially_met).
- Moderation exists only in PH's inserted clause (a second Lead Hand marks every fifth piece blind)
  plus the external examiner (5.8 met; the insertion counts).
- Build Plan detail partly in PH's own footnote (2.2 met on the body text alone).
- Award rule "pass all four Test Lengths", the panel "goes down the Chart", while the chart leaves
  lines Dry (6.0, 1.9 partially_met).
- Outcomes: Dry lines (6.A3, 6.A7, 6.K4, 6.S7 partially_met: taught, not assessed); line 20 laid "—"
  but proved in TL3 (6.S2d partially_met: assessed, not taught); line 22 "—" / "—" and the deleted
  sentence putting teaching assistants on the Cope day (6.S4 not_met); school self-evaluation
  "We left that out" and no line (6.K7 not_met); formative assessment by colleagues is nowhere
  (6.S2c not_met). Everything else is laid in a Lift and proved in a Test Length (met).

Run: python om-01-helmgarth-oral-history-transcript.build.py  (writes the .docx beside itself)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _om_helpers import (new_doc, para, add_runs, shade_cell, cell_text, set_col_widths, ins, dele,
                         comment, footnote, textbox, page_field, page_break, save)
from docx.shared import Pt, Cm

HERE = Path(__file__).resolve().parent
NAME = "om-01-helmgarth-oral-history-transcript"
PH_AUTH, PH_DATE = "Peg Hebblethwaite", "2009-02-02T10:15:00Z"

doc = new_doc(font="Cambria", size=11, margins_cm=2.3)

# ---------- header and footer ----------
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
add_runs(hp, [("WALLS REMEMBERED", {"bold": True}), "  ·  Interview HUW/OH/014  ·  Transcript (corrected by interviewee)"],
         size=8)
fp = sec.footer.paragraphs[0]
add_runs(fp, ["Helmgarth and Upper Wendale Dry Stone Walling Association  ·  Registered Charity No. 1094417  ·  "
              "All participants on Association courses hold an enhanced CRB disclosure  ·  "], size=8)
page_field(fp, prefix="")

# ---------- covering letter (typed letterhead with line breaks) ----------
lh = para(doc, [("HELMGARTH AND UPPER WENDALE DRY STONE WALLING ASSOCIATION", {"bold": True, "size": 13})],
          align="center", space_after=0)
lh2 = doc.add_paragraph()
lh2.alignment = 1
r = lh2.add_run("The Yard, Helmgarth Bridge, Upper Wendale")
r.font.size = Pt(9)
r.add_break()
r2 = lh2.add_run("Hon. Secretary: Alan Pickersgill  ·  Course Leader: Mrs M. Hebblethwaite")
r2.font.size = Pt(9)

para(doc, "20 February 2009", align="right", space_before=8)
p = doc.add_paragraph()
p.add_run("SENCO Training Approvals").add_break()
p.add_run("Training and Development Agency for Schools").add_break()
p.add_run("London")
para(doc, "Dear Sir or Madam,")
para(doc, [("Application for approval: National Award for SEN Coordination — “The Wallhead Course”", {"bold": True})])
para(doc, "We are not a university and we do not write bids. When the Committee sat down to answer your "
          "specification we found that the clearest account of our course was one we already had: the "
          "interview our oral history group recorded with our Course Leader, Peg Hebblethwaite, in January. "
          "We send it as our application, as it is now deposited with Wendale Archives, with the corrections "
          "Peg made when she read it through. Her answers, and Dennis Raw’s where he joins in, are the "
          "Association’s account of the course and we stand behind them.")
para(doc, "Two things to bear in mind. Tom Ashby, the interviewer, read some of his questions out of your "
          "specification, which the Committee had lent him; the questions are his, not ours. And the summary "
          "on the first page is the Archive’s, written from the recording before Peg corrected it; it is not "
          "our wording and it is wrong in places. The chart Peg showed Tom is copied at the end.")
para(doc, "Yours faithfully,")
para(doc, [("Alan Pickersgill", {"italic": True})], space_after=0)
para(doc, "Hon. Secretary")

page_break(doc)

# ---------- recording summary sheet ----------
para(doc, [("RECORDING SUMMARY SHEET", {"bold": True, "size": 14})], space_after=2)
para(doc, [("Walls Remembered: an oral history of walling in Upper Wendale", {"italic": True})], space_after=6)
rows = [
    ("Interview no.", "HUW/OH/014"),
    ("Interviewee", "Margaret (Peg) Hebblethwaite, b. 1946, Low Scar. Retired headteacher; Association Education Officer and Course Leader"),
    ("Also present", "Dennis Raw, b. 1941, master craftsman; Chair of the Association (Track 3 only)"),
    ("Interviewer", "Tom Ashby (volunteer)"),
    ("Date and place", "14 January 2009. The cabin, the Yard, Helmgarth Bridge"),
    ("Recording", "Three tracks; 1 hr 22 min. Minidisc, copied to WAV"),
    ("Transcribed by", "Ruth Garside, December–January. Corrected by the interviewee, 2 February 2009"),
    ("Access", "Open. Copyright assigned to the Association"),
    ("Summary", ""),
]
t = doc.add_table(rows=len(rows), cols=2)
t.style = "Table Grid"
for i, (k, v) in enumerate(rows):
    cell_text(t.cell(i, 0), [(k, {"bold": True})], size=9, shade="D9D9D9")
    cell_text(t.cell(i, 1), v, size=9)
# summary row: merge the two cells and write the archive's summary
sc = t.cell(len(rows) - 1, 0).merge(t.cell(len(rows) - 1, 1))
sc.paragraphs[0].text = ""
cell_text(sc, [[("Summary (Archive): ", {"bold": True}),
                "Childhood at Low Scar; her father’s walling; the Association’s schools’ days; how the "
                "Association came to run a course for special needs coordinators with the County and the University. "
                "PH explains the course’s online “Virtual Yard”, its assessment-only route for experienced special "
                "school heads, the CRB checks on participants, and how heads evaluate the course. DR on the old craft "
                "test and on placements at the Yard."]], size=9)
set_col_widths(t, [3.6, 12.8])
para(doc, [("Keywords: ", {"bold": True}), "dry stone walling; hearting; throughs; special schools; teacher training; Wendale County Council"],
     size=9, space_before=4)

tbp = doc.add_paragraph()
textbox(tbp, [
    [("Transcription conventions", {"bold": True})],
    ["TA  Tom Ashby (interviewer).   PH  Peg Hebblethwaite.   DR  Dennis Raw."],
    ["[00:04:40]  time from the start of the track.   [ ]  transcriber’s note.   …  a pause or a sentence left unfinished."],
    ["Dialect and walling words are explained in footnotes by the transcriber. Notes marked “PH, on reading” were added by the interviewee when she corrected the transcript."],
], width_pt=430, fill="F2F2F2")

page_break(doc)


# ---------- transcript helpers ----------
def sp(tc, who, parts, after=6):
    """A speaker turn: timecode (optional), bold label, then text parts."""
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.left_indent = Cm(1.2)
    p.paragraph_format.first_line_indent = Cm(-1.2)
    if tc:
        r = p.add_run(f"[{tc}]  ")
        r.font.size = Pt(8)
        r.font.color.rgb = __import__("docx").shared.RGBColor(0x70, 0x70, 0x70)
    r = p.add_run(f"{who}:\t")
    r.bold = True
    if isinstance(parts, str):
        parts = [parts]
    add_runs(p, parts)
    return p


def track(title):
    para(doc, [(title, {"bold": True, "size": 12})], space_before=10, space_after=6, keep=True)


I = {"italic": True}

para(doc, [("TRANSCRIPT", {"bold": True, "size": 14})], space_after=6)

# ================= TRACK 1 =================
track("TRACK 1")
sp("00:00:05", "TA", "This is Tom Ashby for Walls Remembered. It’s the fourteenth of January 2009 and I’m in the cabin at "
   "the Yard at Helmgarth Bridge with Peg Hebblethwaite. Dennis Raw may join us later, if the kettle lets him. Peg, "
   "would you say who you are?")
sp("00:00:21", "PH", "Margaret Hebblethwaite. Everybody calls me Peg. I was born at Low Scar in 1946 — my father walled "
   "for the estate — and I taught for thirty-one years, the last nine as head of Hollins Bank, the special school down "
   "at Kelthorpe. Since I retired I’ve been the Association’s Education Officer, and from September I’m Course Leader "
   "for the SENCO course.")
sp(None, "TA", "We’ll come to the course. What do you remember of walling as a girl?")
p = sp("00:01:02", "PH", [("[laughs] ", I), "Being sent for the hearting. You’d be given a bucket and told to fill every "
       "hole in the middle of the wall with the little stuff, and if you didn’t pack it tight my father would pull a face "
       "stone out and show you the gap."])
footnote(doc, p, "Hearting: the small stone packed into the middle of a wall between its two faces. (Transcriber.)")
p = sp(None, "PH", "He used to say a wall is two walls leaning on each other, and it’s the throughs that stop them falling "
       "apart. I’ve been saying that to teachers for thirty years. They think I’m talking about walls.")
footnote(doc, p, "Throughs (through-stones): long stones laid right across the wall, through both faces, to tie them together. (Transcriber.)")
sp("00:04:40", "TA", "How does a walling association come to be running a course for teachers?")
sp("00:04:46", "PH", "It started with the schools’ days. Since 2001 we’ve had classes up here building a bit of wall and "
   "learning the stone, a lot of them from special schools, Hollins Bank among them. Teachers kept telling us it was "
   "the best day their children had all year. Then the rules changed, so that every new SENCO has to get the national "
   "award, and Wendale County Council came to us, because they hadn’t anybody to run it and we had me and the Yard. "
   "So it’s the Association’s course, run with the County, and the University of Mardlebury validates it.")
sp(None, "TA", "What does that mean, validates?")
sp("00:06:02", "PH", "It means it’s their award. It’s a Postgraduate Certificate, the Postgraduate Certificate in Special "
   "Educational Needs Coordination, and their panel validated it on the twenty-seventh of November. Sixty credits at "
   "Level 7, which is masters level. They run the exam board and they appoint the external examiner.")
sp(None, "TA", "And what do you call it up here?")
sp("00:06:40", "PH", "The Wallhead Course. Everything in it has a walling name; it helps people remember. It’s built in "
   "four Lifts, like a wall: Footings, First Lift, Throughs and Cope. There are eight Walling Days across the year, "
   "two to each Lift, most of them here at the Yard, and between the Walling Days they do Yard Tasks in their own "
   "school, set by their tutor to fit that school. The Yard Tasks are the real work. Then there are four Test Lengths, "
   "which are what they’re marked on.")
sp(None, "TA", "Test Lengths?")
sp("00:07:31", "PH", "When you go for your walling certificate you build a test length of wall in front of the examiners. "
   "So the assessed pieces are Test Lengths. I’ll tell you about them as we go.")
sp("00:09:10", "TA", "Who is the course for?")
sp("00:09:14", "PH", "Teachers who’ve become the SENCO in the last year or two, or are about to. They have to have QTS, "
   "they have to be in a school in Wendale or the next dale over, and the head has to sign the nomination form, "
   "agreeing to release them for the eight days and to be their Face Partner or name somebody who will.")
sp(None, "TA", "Face Partner?")
sp("00:09:40", "PH", "A wall has two faces and you build it with a partner working the other side. Your Face Partner is a "
   "senior colleague in your own school who sits down with you after every Walling Day and helps you plan the Yard Task.")
sp("00:10:05", "TA", "I’m reading from the TDA’s paper now, the bit Alan lent me. It says providers should have systems "
   "to make sure candidates have enough prior knowledge, understanding and skills to benefit from the programme. "
   "What do you do?")
p = sp("00:10:22", "PH", "That’s the Stone Sort. Before you build, you sort your stone: throughs here, copes there, hearting "
       "in a heap. So before the course every applicant does the Stone Sort with one of our Lead Hands — the tutors. They "
       "rate themselves against every line of the Wallhead Chart, the Lead Hand goes through it with them, and then "
       "there’s a meeting in school with the Lead Hand, the teacher and the head. Out of that comes their Build Plan: "
       "which lines they can show already, which they need, which two Option Days they’ll take, and which Yard Tasks suit "
       "their school. The Build Plan is their own set of outcomes for the year.")
footnote(doc, p, "PH, on reading: The Build Plan is signed by the waller, the head and the Lead Hand. The Lead Hand checks "
                 "it again against the first Test Length in December, because people do overrate themselves.")
sp(None, "TA", "And if someone isn’t ready?")
sp("00:12:03", "PH", "Then we tell them, kindly. We had one in December, from the first round of applications, who’d "
   "been made SENCO in her second year of teaching and had never written a pupil’s plan. We told her what to do first — "
   "a year on the County SEN Support Service’s foundation course — and I rang her head and we agreed it between us. "
   "She’ll come to us in 2010.")
sp("00:13:10", "TA", "What about people who’ve done courses before?")
sp("00:13:14", "PH", [("[laughs] ", I), "We call that Reclaimed Stone. If they’ve already got masters-level credit in SEN "
   "from a university — the dyslexia certificate at Mardlebury, say — they can claim it against Footings or First Lift, "
   "up to twenty credits, and the University’s prior learning panel decides. What they’ve done in their job, years of "
   "experience and that, we take into account in the Stone Sort and it changes their Build Plan, but there’s no credit "
   "for it. The University won’t give credit for experience on this award."])
sp("00:15:30", "TA", "The paper mentions an assessment-only route for suitably experienced candidates.")
p = sp("00:15:38", "PH", [])
dele(p, "We’d let the odd special school head go straight to the Standing Wall, I should think. ", PH_AUTH, PH_DATE)
ins(p, "No. Everyone does the whole Wallhead Course, however much they know already. ", PH_AUTH, PH_DATE)
add_runs(p, ["Dennis would tell you about the old days —"])
sp(None, "TA", [("He did, last week. ", {}), ("[See HUW/OH/009.]", I)])
sp("00:15:52", "PH", "— when a good waller could walk up on test day and build his length without a day’s training. That’s "
   "the craft certificates; that was never the teachers. And I know Mardlebury has an assessment-only route on its own "
   "MA, but that’s the University’s course, not ours. We don’t have one.")
sp("00:16:30", "TA", "Is it expensive?")
sp("00:16:33", "PH", "The fee’s eleven hundred pounds and the County pays it for Wendale schools. The Yard costs us nothing "
   "but the tea. And nobody sits through a day they don’t need: the Build Plan decides the Option Days, the Yard Tasks "
   "fit what their own school needs, and after each Lift every waller has an hour’s tutorial with their Lead Hand to go "
   "over the Build Plan and move them on to the next lines. That’s how they progress.")
para(doc, [("[END OF TRACK 1]", I)], align="center", space_before=6)

# ================= TRACK 2 =================
track("TRACK 2")
sp("00:00:04", "TA", "Tell me about the Walling Days.")
sp("00:00:09", "PH", "Footings is the law and the big picture. The first Footings day does the Education Act 1996 and the "
   "SEN Code of Practice 2001 — the graduated response, School Action, School Action Plus, statements, annual reviews — "
   "and what all that asks of the SENCO, the head and the governors. The second does the Disability Discrimination Act "
   "as it was amended in 2005, the disability equality duty and the school’s accessibility plan, and Every Child "
   "Matters: the five outcomes, the Children Act 2004, and where the SENCO fits into the common assessment framework. "
   "Then the Government’s own programmes, the Inclusion Development Programme and Removing Barriers to Achievement.")
sp("00:02:15", "TA", "Where does the research come in?")
sp("00:02:19", "PH", "Every Lift has a reading list the Lead Hands go through each summer and bring up to date. And on every "
   "Walling Day there’s an hour we call the Banker, after the mason’s bench, where we take one piece of research or one "
   "inspection report and pull it to bits: Ofsted’s 2004 report on inclusive schools, their 2006 one, Inclusion: does "
   "it matter where pupils are taught?, Lewis and Norwich on special teaching, the Bercow Review that came out last "
   "summer. And the third Test Length has to use research to choose the intervention.")
p = sp("00:03:40", "TA", "First Lift?")
footnote(doc, p, "A lift is one course or layer of a wall between the footings and the cope. (Transcriber.)")
sp("00:03:43", "PH", "First Lift is the children. How children develop and what gets in the way — we do that as a walk "
   "through one child’s life, really. Then the common kinds of SEN: behavioural, emotional and social difficulties, "
   "dyslexia and the other specific learning difficulties, speech, language and communication needs, autism, moderate "
   "learning difficulties, and what each one does to a child’s learning. Then finding the children, setting targets, "
   "planning interventions and reviewing them; using the school’s data, the teacher assessments and the national tests "
   "to track progress and change what you’re doing; and provision mapping, which the SENCOs asked for more than "
   "anything. The County’s ICT team brings the software — Clicker, Widgit, the talking tins — and they try it all.")
sp(None, "TA", "And Throughs.")
sp("00:05:30", "PH", "Throughs is working with everyone else: parents and carers, colleagues, the other services. The Parent "
   "Partnership Service co-leads the parents’ day with us; there’s a role-play of an annual review, and they practise "
   "telling a parent something hard and listening to what comes back. The educational psychologists, speech and "
   "language therapy, the autism outreach team, CAMHS and the Dales Carers’ Trust all come and say what they do and how "
   "to get them, and how to use what they write — their assessments — in your own planning. And each waller pairs up "
   "with a SENCO from another school for a Yard Task and runs a staff meeting in that school, so they learn to advise "
   "colleagues who aren’t their own.")
sp("00:07:02", "PH", "We talk about pupil voice on the second Throughs day, how you’d get children’s views into their "
   "reviews. I’d not say we teach them how to do it, not properly. It’s a conversation over dinner, more or less.")
sp("00:07:20", "TA", "The paper says ‘develop participants’ skills in consulting children and young people’. Would you say "
   "you do?")
sp("00:07:28", "PH", [("[pause] ", I), "Partly. We ought to do more."])
sp(None, "TA", "And Cope.")
p = sp("00:07:44", "PH", "Cope is the top: leading it. Working with the head and the governors on the school’s policy and "
       "where the money goes; bringing colleagues with you; coaching and mentoring a teacher, modelling a lesson, running "
       "training; sitting down with staff to review how the provision is working so it goes into the school improvement "
       "plan. And looking after yourself: your time, what you hand on to other people, keeping up to date. ")
dele(p, "Deploying the teaching assistants is on the second Cope day too.", PH_AUTH, PH_DATE)
p = sp("00:09:01", "TA", "What about the school self-evaluation side, the SEF?")
footnote(doc, p, "SEF: the self-evaluation form schools completed for Ofsted. (Transcriber.)")
sp("00:09:05", "PH", "We left that out, honestly. The heads on the Planning Group said their SENCOs get more than enough "
   "SEF at school.")
sp("00:12:20", "TA", "You’ve brought a chart.")
sp("00:12:23", "PH", [("That’s the Wallhead Chart. ", {}), ("[Transcriber: copied at the end of this transcript.] ", I),
   "It’s every line a waller has to be able to do by the end, in our words, and for each line where it’s laid — which "
   "Lift — and where it’s proved — which Test Length, TL1 to TL4. Where it says Dry in the Proved column, that’s a line "
   "we talk through on the Walling Days but nobody gets a mark for it. And where there’s a dash, we’ve not built that "
   "bit yet."])
sp(None, "TA", "So the Dry ones aren’t assessed.")
sp("00:13:02", "PH", "Not yet. The Committee argued about it.")
sp("00:13:10", "TA", "And the four Test Lengths?")
sp("00:13:14", "PH", "TL1 is the Footings Paper, three thousand words: take the law, the Code, the disability duties and "
   "Every Child Matters and show what they mean in your school and what you’d do about it. TL2 is the Case Length: one "
   "child followed for two terms — what their needs are and how they affect their learning, what the psychologist or "
   "the therapist said and how you used it, what the teachers tried, the technology included, your meetings with the "
   "parents, which agencies came in and why, and the decisions you made and why you made them.")
sp("00:14:40", "PH", "TL3 is the Gap Survey. You map the provision in your school, find what’s missing or isn’t working, "
   "pick a group of children, set their targets, put in an intervention you’ve chosen from the research, and take a "
   "baseline before and measure after six weeks and again in June, using the school’s tracking and the national test "
   "results where there are any. They also have to say which of their children will need special arrangements for the "
   "SATs or GCSEs and how they’ll get them in place.")
sp("00:15:52", "PH", "TL4 is the Standing Wall. You stand up in front of a panel — your head, a governor, your Lead Hand, "
   "and the University’s external examiner if he can come — and tell them about a change you’ve led in your school: "
   "how you got the head and the staff behind it, how you coached somebody through it, how you and the staff reviewed "
   "it, what it means for the school’s policy and its budget. They ask questions and you answer them. And you bring "
   "your portfolio.")
sp(None, "TA", "Who marks them?")
p = sp("00:17:05", "PH", "Your own Lead Hand marks them against the University’s masters-level criteria, ")
ins(p, "and a second Lead Hand marks every fifth piece blind, and every fail, ", PH_AUTH, PH_DATE)
add_runs(p, ["and then the external examiner sees a sample of every Test Length and sits on some of the Standing Wall "
             "panels. The University’s exam board confirms the marks."])
sp("00:17:48", "TA", "And to get the Award?")
sp("00:17:51", "PH", "You have to pass all four Test Lengths. At the Standing Wall the panel goes down the Chart with you, "
   "line by line.")
sp("00:18:30", "TA", "What difference does it make to the children, do you think?")
sp("00:18:34", "PH", "That’s the whole point of it. The aim on the front of the validation document is to raise the "
   "achievement and well-being of children with SEN and disabilities in Wendale schools — all five of the Every Child "
   "Matters outcomes, not just their levels. Every Test Length has a last section, ‘What difference did it make for the "
   "children?’, and it carries marks.")
sp("00:19:20", "PH", "In the Gap Survey they have actually changed something in their school and have to show what happened. "
   "That’s where the course earns its keep. And we add up the Gap Survey numbers, the before and the after, across the "
   "whole group every year, so we can see what the course did for children and not just for teachers. Each waller "
   "also fills in a confidence scale at the Stone Sort and again on the last Walling Day, and we compare the two.")
para(doc, [("[END OF TRACK 2]", I)], align="center", space_before=6)

# ================= TRACK 3 =================
track("TRACK 3")
sp("00:00:03", "TA", [("Dennis Raw has joined us. ", {}), ("[Sound of chair.] ", I), "Dennis, you’re the Chair."])
sp("00:00:09", "DR", "For my sins. Forty-six years walling, and I’ve never had so many meetings as this last year.")
sp("00:00:20", "TA", "Who did you ask before you built the course?")
sp("00:00:24", "PH", "The County’s SEN team sent a questionnaire out for us last spring to every SENCO in Wendale, "
   "sixty-three of them, and forty-one sent it back. The heads’ conference gave us an afternoon. And the Parent "
   "Partnership Service ran two evenings for us with parents of children with SEN.")
sp(None, "TA", "Did that change anything?")
sp("00:01:15", "PH", "It changed a lot. The SENCOs wanted provision mapping more than anything else, so that got most of a "
   "First Lift day. The heads said twelve days out of school was too many, so we cut it to eight and moved the rest into "
   "Yard Tasks. And the parents said nobody ever told them what a review was for, so the Parent Partnership co-leads the "
   "parents’ day, and the annual review role-play came straight out of those evenings.")
sp("00:02:10", "DR", "And the heads sit on the Planning Group now. Three of them.")
sp(None, "TA", "What does the Planning Group do?")
sp("00:02:18", "DR", "Plans the days with Peg and picks the guest speakers. The Association’s Course Committee does the money and the appointing.")
p = sp("00:02:25", "PH", "We’ll probably ask the heads to look at the evaluations as well. We’ve not decided.")
comment(doc, p.runs[-1:], "PH asked me to add: the heads will review the evaluations from 2010. RG", "Ruth Garside", "RG")
sp("00:02:40", "TA", "How do you know whether it’s any good?")
sp("00:02:44", "PH", "Everybody fills in a sheet at the end of every Walling Day. The Lead Hands meet after each Lift and go "
   "through the sheets and the Test Length marks together. The Course Committee takes a report every term and decides "
   "what to change for the next intake. Then from outside, the University does its annual monitoring, and the external "
   "examiner writes a report every year, and both of those come to the Committee as well.")
sp("00:03:50", "TA", "Who are the Lead Hands?")
p = sp("00:03:53", "PH", "Me, for my sins as well. Then Dr Anne Clegg, a senior educational psychologist with the County; "
       "Rob Metcalfe, who leads the County’s autism outreach team and has the Mardlebury MA in autism; and two serving "
       "SENCOs, Janet Lister at Kelthorpe Primary and Imran Shah at Wendale High, both with masters degrees in special "
       "needs and both still doing the job every day. All five of us go to the County’s SENCO forum every term and to "
       "the nasen conference, and Mardlebury gives us a day every summer on marking at masters level.")
sp("00:05:02", "TA", "How do they all know what they’re meant to be doing?")
sp("00:05:06", "PH", "Every Lead Hand has the Lead Hands’ Notebook, which says who does what: the tutorials, the marking, "
   "when to ring a head. The Face Partners come to a briefing evening in September and get the Face Partners’ sheet, "
   "which says what they do after each Walling Day. And all the Lead Hands spend half a day marking together before the "
   "first Test Length, so we all mark the same way.")
sp("00:06:10", "TA", "The paper talks about specialist expertise and placements.")
sp("00:06:15", "PH", "The expertise is the guests on the Throughs days — the psychologists, the therapists, the autism "
   "team, the sensory support teachers — and the Lead Hands themselves. Placements … Hollins Bank has said it will have "
   "each waller for two days in the spring, if their new head agrees. She starts in April.")
sp("00:06:48", "DR", "We have placements up here, mind. Every summer term there’s a class from Hollins Bank on placement at "
   "the Yard, walling with us. Best workers we get.")
sp("00:07:05", "TA", "What about books and equipment?")
sp("00:07:08", "PH", "The County’s SEN Resource Centre brings its book boxes and its assessment kits to every Walling Day and "
   "they can borrow whatever they like. The University gives every waller a library card and the online journals. And "
   "there’s the ICT team with the software on First Lift, like I said.")
sp("00:07:40", "TA", "The paper says something about CRB checks.")
sp("00:07:44", "PH", "No, that’s the school’s lookout. They’re teachers, they’re employed, the County’s checked them. We "
   "don’t ask to see anything.")
sp("00:08:02", "TA", "Access for disabled people — it must be hard up here.")
sp("00:08:07", "PH", "It’s better than you’d think. There’s a box on the application form that asks about any disability or "
   "anything else that would make the course hard for them, and it says straight out why we ask: so we can sort it "
   "before they come. The path from the car park to the cabin has been surfaced, there’s a ramp and an accessible toilet. "
   "We print everything in large print for anyone who asks, we booked BSL interpreters for a deaf teacher on the "
   "schools’ days and we’ll do the same on the course, and extra time or a different format for a Test Length is agreed "
   "through the University’s disability office. And nobody has to build a wall.")
sp(None, "DR", [("[laughs] ", I), "More’s the pity."])
sp("00:09:30", "TA", "Can people fit it round their school?")
sp("00:09:34", "PH", "It’s part-time, day release. Everybody starts in September and goes through the Lifts in order. The "
   "give in it is the two Option Days, where they pick two from four, and if somebody’s poorly they can pick up a missed "
   "Walling Day with the next year’s group.")
sp("00:10:05", "DR", "I keep on at her to put it on the computer.")
sp(None, "PH", "He does.")
sp("00:10:11", "DR", "There’s walling courses on the internet now. I’d like a Virtual Yard, so they could do the Footings "
   "at home of a night.")
sp("00:10:20", "PH", "There’s no computer side to it, Dennis. It’s the Walling Days and the work in school. We email, "
   "obviously.")
sp("00:10:40", "TA", "Is there anything for them after the course?")
sp("00:10:44", "PH", "On the last Walling Day we have a session on where next: the MA at Mardlebury, the County’s "
   "leadership courses, that sort of thing.")
sp("00:11:02", "DR", "I’d like us to have them all back a year on, for a brew and a look at what they’ve built.")
sp(None, "PH", "We might.")
sp("00:11:20", "TA", "Dennis, what’s the best wall you ever built?")
sp("00:11:24", "DR", "The one nobody notices. You walk past it for forty years and it’s still standing. That’s what she’s "
   "after with these teachers, I reckon. Not the show wall. The one that’s still there.")
sp("00:12:01", "TA", "Thank you both.")
para(doc, [("[END OF INTERVIEW]", I)], align="center", space_before=6)

# ================= APPENDIX: the Wallhead Chart =================
page_break(doc)
para(doc, [("ITEM SHOWN DURING THE INTERVIEW", {"bold": True, "size": 12})], space_after=2)
para(doc, [("The Wallhead Chart (Course Committee, January 2009), copied with permission. Layout as the original.", I)],
     size=9, space_after=6)

chart = [
    ("FACE — how a waller carries themselves", None),
    ("1", "Be fair, respectful and straight with children who have SEN or disabilities and with their parents and carers, and keep the relationship going when it gets hard", "Throughs", "TL2"),
    ("2", "Bring the head, the senior team and the rest of the staff with them on improving things for children with SEN", "Cope", "TL4"),
    ("3", "Put first things first, manage their time, hand jobs on to the right people and check they get done", "Cope", "Dry"),
    ("4", "See trouble coming, sort problems out, and make sound, well-grounded decisions about a child’s provision", "First Lift", "TL2"),
    ("5", "Speak and write clearly, and listen to and understand what other people think", "Throughs", "TL4"),
    ("6", "Use research and outside advice to improve their own teaching and their colleagues’", "Footings", "TL3"),
    ("7", "Keep themselves up to date and take charge of their own professional development in SEN and disability", "Cope", "Dry"),
    ("HEARTING — what a waller knows", None),
    ("8", "SEN law and guidance, the SEN Code of Practice included: what it means for the school, the SENCO and others, and how to put it into practice", "Footings", "TL1"),
    ("9", "The five Every Child Matters outcomes and how a SENCO helps children reach them", "Footings", "TL1"),
    ("10", "The disability equality laws and what they require a school to do for disabled pupils", "Footings", "TL1"),
    ("11", "How children develop, and how SEN, disability and the place they learn in affect that", "First Lift", "Dry"),
    ("12", "The most common SEN and disabilities (BESD; dyslexia and other SpLD; SLCN; autism; MLD) and how each affects learning", "First Lift", "TL2"),
    ("13", "A critical grasp of ways to assess, plan, teach and support learning, ICT included, and how to use them to take barriers away and personalise provision", "First Lift", "TL2"),
    ("14", "What good practice and research say works for children with SEN", "Footings", "TL3"),
    ("15", "What outside agencies do, and how to get specialist help and resources", "Throughs", "TL2"),
    ("THROUGHS AND COPE — what a waller does", None),
    ("16", "With senior staff and governors, shape an inclusive ethos, the policies, the priorities and the spending, so every child can get at the curriculum and the life of the school", "Cope", "TL4"),
    ("17", "Find the children who may have SEN or disabilities, set them challenging targets, plan interventions and review their progress", "First Lift", "TL3"),
    ("18", "Use other professionals’ assessments to shape teaching", "Throughs", "TL2"),
    ("19", "Track progress with summative data and the national tests, and change programmes when they need changing", "First Lift", "TL3"),
    ("20", "Spot in good time which children need special arrangements for national tests and exams, and get them in place", "—", "TL3"),
    ("21", "Map provision and find what is missing or not working", "First Lift", "TL3"),
    ("22", "Deploy and manage teaching assistants and other staff", "—", "—"),
    ("23", "Support colleagues’ development: observe and give feedback, model, coach and mentor, run training", "Cope", "TL4"),
    ("24", "Judge, with other staff, how well the provision is working, and take that into the school’s improvement planning", "Cope", "TL4"),
    ("25", "Make sure children with SEN help plan, agree and review their own provision", "Throughs", "Dry"),
    ("26", "Work with parents and carers so their children learn and develop", "Throughs", "TL2"),
    ("27", "Work with other services and voluntary groups so the support round a child hangs together", "Throughs", "TL2"),
]
ct = doc.add_table(rows=1, cols=4)
ct.style = "Table Grid"
for i, h in enumerate(["No.", "The line", "Laid in", "Proved in"]):
    cell_text(ct.cell(0, i), [(h, {"bold": True})], size=9, shade="BFBFBF")
for row in chart:
    cells = ct.add_row().cells
    if row[1] is None:
        m = cells[0].merge(cells[3])
        cell_text(m, [(row[0], {"bold": True})], size=9, shade="E7E6E6")
    else:
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=9, align="center" if i != 1 else None)
set_col_widths(ct, [1.1, 10.6, 2.4, 2.3])
para(doc, [("Signed off by the Course Committee, 9 January 2009. Lines are the Committee’s own wording of the national outcomes.", I)],
     size=8, space_before=4)

save(doc, HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
