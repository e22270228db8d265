"""qe-01-ridgemoor-dojang-phrasebook: build the .docx beside this script.

Provider: Ridgemoor Taekwondo Academy, a taekwondo club (founded 1994) that also runs a Schools
Programme of adapted taekwondo for children with SEN and disabilities, with Aldergate University's
School of Education as its validating partner. Its course is the "Ridgemoor Award for SEN
Coordination" (a Postgraduate Certificate, 60 credits at Master's level).

Document kind and layout: a Korean-English PHRASEBOOK the Academy gives its participants ("Dojang
Words"), sent whole as the application. Heading styles carry the phrasebook's own chapter titles
("3  Madang: in the dojang"); each chapter opens with a phrase table (Hangul | Say it | What it
means), then bold "On the Award" paragraphs that say what the Academy does, and ends with a grey
"Culture note" box (values about the spirit of taekwondo, not arrangements). The course's parts
carry Korean names (Madang days = taught days, Jip-suryeon = school tasks, Gyeorugi = paired
practice, not marked, Simsa = assessed pieces, Sunbae = mentors, Sabeom-nim = tutors,
Gwanjang-nim = programme leader, Tti-check = needs assessment, Suryeon plan = individual plan,
Maeul = online space, Sabeom hoeui = instructors' meeting). A "Quick phrase card" text box glosses
them near the front; the key to the appendix's "Can-do list" (its "Learned at" / "Shown at"
columns, "Gyeorugi only" and the dash) is given only in "How to use this phrasebook", far above the
list. The list is grouped by belt colour in merged shaded band rows with the Academy's own codes
(Y1-Y7, B1-B9, R1-R12) that are not Annex 3's order and omit one outcome. Header and footer, a
footnote, two comments, tracked changes, a table with merged term rows.

Traps (requirement ids):
- Footer claims "Every Can-do statement is taught and graded" -- a footer is never evidence; the
  list itself shows otherwise (1.9, 6.0 and the 6.* rows).
- The key to the Can-do list sits in the front matter, far from the list (all 6.* rows).
- 6.A3, 6.S2c, 6.S4: "Gyeorugi only" -- practised with a partner, not marked -> partially_met.
- 6.A7, 6.S2d, 6.S7: learned on a Madang day, "Shown at" a dash -> partially_met.
- 6.K4: no Madang day develops it ("brought from initial teacher training") though Simsa 1 judges
  it -> partially_met (assessed, not covered).
- 6.K7: row says "Not on this course" (the University's other module) -> not_met; a comment
  proposing to add it is not part of the submission.
- 6.S6: no row at all (the list jumps from provision mapping to staff), and Madang 6 says school
  self-evaluation is not covered -> not_met.
- 1.9 partially_met (several outcomes never judged); 6.0 partially_met: the award rule requires
  every statement "judged Shown in the Simsa named for it", but some have no Simsa.
- 2.3: "simsa-man" was the examination-only route of the Academy's old instructors' course; "There
  is no simsa-man on the Award" (negation, past arrangement of another course) -> not_met.
- 5.3: the sentence requiring participants' enhanced CRB disclosure is a tracked deletion (with a
  comment asking for it back); the surviving sentence is about the Academy's own instructors under
  British Taekwondo's rules (wrong people) -> not_met.
- 3.2: Saturday or twilight versions of each day (real flexibility), but one September start, days
  in order, part-time only; a January start is a tracked deletion -> partially_met.
- 3.3: e-learning (the Maeul on the University's Blackboard) with peer support and Sunbae visits
  between days, but tutors "do not post there" and questions wait for the next day -> partially_met.
- 5.8: moderation is a tracked INSERTION -> counts -> met.
- 5.5: "bangmun dojang" is a placement on the instructors' course; "There is no bangmun dojang on
  the Award" -- specialist speakers only -> partially_met.
- 1.3: a reading pack "has not been changed since" 2003; no inspection evidence; policy
  developments only -> partially_met.
- 1.5: consulting pupils only "a short talk on pupil voice" plus a culture note (value) ->
  partially_met.
- 4.3: stakeholders teach and mentor (other aspects), but in evaluation only "We would like
  headteachers and parents to join" (hope) -> partially_met.
- 5.9: participants' confidence measured before and after; pupils' achievement only "We would also
  like, in time, to find out" (hope) -> partially_met.
- 2.1 is met in the body, with a footnote adding the regulation (footnote not needed for the
  verdict).
- Culture notes are values, never arrangements (1.5, 1.7, 2.2).
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _qe_helpers import (add_del, add_footnote, add_ins, add_textbox, cell_text, grid_table,
                         mark_para_deleted, merged_band, set_col_widths, shade_cell)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
HANGUL_FONT = "Malgun Gothic"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
for s in ("Heading 1", "Heading 2"):
    doc.styles[s].font.color.rgb = RGBColor(0x8B, 0x1A, 0x1A)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
hp.text = "Ridgemoor Taekwondo Academy  ·  도장 말 Dojang Words  ·  Edition 2"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.text = ("Dojang Words · Edition 2, September 2008 · Every Can-do statement is taught and graded "
           "on the Award.")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(text, bold=False, italic=False, size=None, align=None, space_after=6):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def lead(label, text):
    p = doc.add_paragraph()
    p.add_run(label + " ").bold = True
    p.add_run(text)
    p.paragraph_format.space_after = Pt(6)
    return p


def on_award():
    p = doc.add_paragraph()
    r = p.add_run("On the Award")
    r.bold = True
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(2)


def phrases(rows):
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(("한국어", "Say it", "What it means")):
        cell_text(t.cell(0, j), h, bold=True, size=9.5, font=HANGUL_FONT if j == 0 else None)
        shade_cell(t.cell(0, j), "F2DCDB")
    for i, (k, say, mean) in enumerate(rows, start=1):
        cell_text(t.cell(i, 0), k, size=11, font=HANGUL_FONT)
        cell_text(t.cell(i, 1), say, italic=True, size=9.5)
        cell_text(t.cell(i, 2), mean, size=9.5)
    set_col_widths(t, [Cm(3.2), Cm(4.2), Cm(9.2)])
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    return t


def culture(text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    p = cell_text(c, "Culture note", bold=True, size=9.5)
    p2 = c.add_paragraph()
    r = p2.add_run(text)
    r.italic = True
    r.font.size = Pt(9.5)
    shade_cell(c, "E7E6E6")
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


# ------------------------------------------------------------------ title
t = doc.add_table(rows=3, cols=2)
t.style = "Table Grid"
m = t.cell(0, 0).merge(t.cell(0, 1))
cell_text(m, "도장 말", bold=True, size=26, font=HANGUL_FONT).alignment = WD_ALIGN_PARAGRAPH.CENTER
shade_cell(m, "8B1A1A")
for r in m.paragraphs[0].runs:
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
m2 = t.cell(1, 0).merge(t.cell(1, 1))
cell_text(m2, "DOJANG WORDS\nA phrasebook for participants on the Ridgemoor Award for SEN Coordination",
          bold=True, size=14).alignment = WD_ALIGN_PARAGRAPH.CENTER
cell_text(t.cell(2, 0), "Ridgemoor Taekwondo Academy\nwith Aldergate University School of Education", size=9.5)
cell_text(t.cell(2, 1), "National Award for SEN Coordination 2008-09\nEdition 2, September 2008", size=9.5)
doc.add_paragraph()

doc.add_heading("Why a phrasebook?", level=1)
para("Ridgemoor Taekwondo Academy has taught taekwondo in Ridgemoor since 1994. Since 2001 it has also run "
     "its Schools Programme: adapted taekwondo and self-regulation sessions for children with special "
     "educational needs and disabilities, taught by our instructors in 34 primary, secondary and special "
     "schools across the borough. Our teachers on the Award learn the words of the dojang as well as a new "
     "job.")
para("This phrasebook is what every participant is given on the first Madang day. It explains the Korean "
     "words the Award uses and, under each set of phrases, says what actually happens on the Award. We "
     "have sent it to the panel as it stands, because it is the clearest account we have of the course; "
     "the few lines written for the panel are marked For the panel.")

doc.add_heading("How to use this phrasebook", level=2)
for item in (
        "Each chapter opens with a table of phrases: the Korean, how to say it (the stressed syllable in "
        "capitals) and what it means.",
        "The paragraphs headed On the Award say what the Academy and the University do.",
        "Culture notes, in grey boxes, are for interest. They describe the spirit in which taekwondo is "
        "taught.",
        "The Can-do list at the back is the Award's own wording of the national minimum outcomes. Its "
        "Learned at column names the Madang day or Jip-suryeon task where each statement is developed. "
        "Its Shown at column names the Simsa in which a marker judges the statement Shown or Not yet "
        "shown. Where Shown at says Gyeorugi only, the statement is practised with a partner on a Madang "
        "afternoon and the partner and Sabeom-nim give feedback, but no mark is given. A dash means the "
        "statement is not judged on the Award."):
    doc.add_paragraph(item, style="List Bullet")

add_textbox(doc, [
    ("Quick phrase card", True, False),
    "Madang – a taught day at the dojang   ·   Jip-suryeon – a task in your own school",
    "Gyeorugi – paired practice on a Madang afternoon   ·   Simsa – an assessed piece",
    "Sabeom-nim – a tutor   ·   Gwanjang-nim – the Programme Leader   ·   Sunbae – your mentor",
    "Tti-check – the needs check before you start   ·   Suryeon plan – your own training plan",
    "Maeul – the online village   ·   Sabeom hoeui – the instructors' meeting",
], height_pt=110)

# ------------------------------------------------------------------ 1 Insa
doc.add_heading("1  Insa: greetings (joining the Award)", level=1)
phrases([
    ("안녕하세요", "an-nyeong-HA-se-yo", "Hello (polite)"),
    ("인사", "IN-sa", "A greeting; the bow"),
    ("수련생", "su-RYEON-saeng", "A trainee. On the Award, a participant"),
    ("관장님", "gwan-JANG-nim", "The head of a dojang. On the Award, the Programme Leader"),
    ("면접", "myeon-JEOP", "An interview"),
])
on_award()
para("The Award is for qualified teachers who are new to the SENCO role in a maintained school in England, "
     "or who have been designated to take it on within the year. Every applicant must hold Qualified "
     "Teacher Status, be working in a school for the whole of the Award year, and send a letter from their "
     "headteacher agreeing to the school-based work and to release for the eight Madang days.")
para("Each applicant has a myeonjeop: a 30-minute interview with the Gwanjang-nim or a Sabeom-nim, at the "
     "dojang or by telephone, which looks at their Tti-check (chapter 4) and their role in school. If the "
     "Tti-check and interview show that an applicant is not yet ready to meet the outcomes within a year, "
     "most often because they have no responsibility yet for pupils with SEN, the Gwanjang-nim writes to "
     "them and to their headteacher setting out what to do first (usually a term on the Ridgemoor SENCO "
     "Network and shadowing the school's current SENCO) and offers a place on the next year's Award.")
p_crb = doc.add_paragraph()
add_del(p_crb, "Every participant shows the Academy a current enhanced CRB disclosure at the myeonjeop, "
               "and the Academy asks the headteacher to confirm that there are no concerns about the "
               "applicant's conduct. ", author="Owen Pryce", date="2008-09-12T16:40:00Z")
r_keep = p_crb.add_run("Every Sabeom-nim and Sunbae who teaches for the Academy holds an enhanced CRB "
                       "disclosure, renewed every three years, as British Taekwondo requires of anyone who "
                       "teaches children.")
doc.add_comment(r_keep, text="The Uni asked how we check participants' CRB. Can the deleted sentence go back "
                             "in before this goes off? JT", author="Jo Tranter", initials="JT")
culture("The bow says that we respect the person in front of us before we do anything else. In the dojang "
        "the newest white belt and the grandmaster bow to each other in the same way, and we hope that "
        "teachers will carry that respect into every meeting with a child and a family.")

# ------------------------------------------------------------------ 2 Counting
doc.add_heading("2  Hana, dul, set: counting (the shape of the Award)", level=1)
phrases([
    ("하나 둘 셋 넷", "HA-na, DUL, SET, NET", "One, two, three, four"),
    ("다섯 여섯 일곱 여덟", "da-SEOT, yeo-SEOT, il-GOP, yeo-DEOL", "Five, six, seven, eight: the eight Madang days"),
    ("육십", "yuk-SIP", "Sixty: the Award's credits"),
    ("학점", "hak-JEOM", "Credit"),
])
on_award()
para("The Award is Aldergate University's Postgraduate Certificate in Special Educational Needs Coordination "
     "(National Award for SEN Coordination). It is validated by the University at Master's level and "
     "carries 60 credits at Level 7. The Academy teaches it under a partnership agreement with the "
     "University's School of Education; the University's Board of Examiners confirms every result and "
     "the University awards the certificate.")
para("The Award's aim is that children and young people with SEN and disabilities in participants' schools "
     "achieve more and are safer, healthier and happier: in the words of Every Child Matters, that they "
     "are healthy, stay safe, enjoy and achieve, make a positive contribution and achieve economic "
     "well-being. Every Madang day closes with the question What will this change for the children?, and "
     "every Simsa is marked in part on how the participant's work raises pupils' achievement and "
     "well-being.")
para("The Award runs from September to July and is taken part-time alongside a SENCO's work. It has four "
     "parts: eight Madang days, taught at the dojang (chapter 3); six Jip-suryeon tasks in the "
     "participant's own school (chapter 5); Gyeorugi, the paired practice on Madang afternoons; and four "
     "Simsa, the assessed pieces (chapter 6).")
p_flex = doc.add_paragraph()
p_flex.add_run("Each Madang day runs twice: on a Saturday at the dojang and, for those who cannot come at "
               "weekends, as two twilight sessions (4.15 to 7.15 pm) on the following Tuesday and Thursday "
               "at Ridgemoor Teachers' Centre. Participants may switch between the two from day to day. The "
               "Award has one start each September, and the Madang days are taken in order, because each "
               "builds on the last.")
add_del(p_flex, " A second start in January is also offered for SENCOs appointed during the autumn.",
        author="Owen Pryce", date="2008-09-12T16:44:00Z")
para("The fee for 2008-09 is £1,150. Ridgemoor's local authority pays £600 of this for each SENCO in a "
     "Ridgemoor school from its Standards Fund grant, and the dojang and the Teachers' Centre are let to "
     "the Award at cost, which keeps the fee below that of the University's own taught certificate. "
     "Because the Tti-check lets participants spend Gyeorugi time on what they need, nobody pays to be "
     "taught what they can already show.")

# ------------------------------------------------------------------ 3 Madang
doc.add_heading("3  Madang: in the dojang (the taught days)", level=1)
phrases([
    ("마당", "MA-dang", "A courtyard or open ground. On the Award, a taught day"),
    ("준비", "JUN-bi", "Ready"),
    ("시작", "si-JAK", "Begin"),
    ("그만", "geu-MAN", "Stop"),
    ("사범님", "sa-BEOM-nim", "An instructor. On the Award, a tutor"),
])
on_award()
para("Madang days run from 9.30 to 4.00. Mornings are taught by the Sabeom-nim and visiting speakers; "
     "afternoons are Gyeorugi, in which participants work in pairs or threes on role-plays, case "
     "scenarios and timed exercises, with feedback from their partners and a Sabeom-nim. Gyeorugi is "
     "practice, and it is not marked.")
md = [
    ("Autumn term",),
    ("1 Hana", "The law and the SENCO",
     "The SEN Code of Practice (2001) and Part IV of the Education Act 1996; the SEN and Disability Act "
     "2001; the Disability Discrimination Act 1995 as amended in 2005, and the Disability Equality Duty "
     "and the actions it requires of schools; Every Child Matters, the Children Act 2004 and the SENCO's "
     "part in the five outcomes; Removing Barriers to Achievement and the 2008 SENCO regulations. What "
     "each means for the school, the SENCO and the governors, and how to put it into practice.",
     "Gwanjang-nim; the LA's SEN Officer"),
    ("2 Dul", "Knowing the children",
     "The most common types of SEN and disability (behavioural, emotional and social difficulties, "
     "specific learning difficulties including dyslexia, speech, language and communication needs, "
     "autistic spectrum disorders and moderate learning difficulties) and how each can affect learning.",
     "Mrs Lone; speech and language therapist; LA autism outreach teacher"),
    ("3 Set", "Finding out and planning",
     "Identifying pupils who may have SEN from observation, data and assessment; setting challenging "
     "targets; planning interventions and reviewing progress; reading reports from psychologists, "
     "therapists and other professionals and turning them into classroom approaches; tracking progress "
     "with summative data, including end of key stage tests and P scales; formative assessment and how a "
     "SENCO helps colleagues use it; access arrangements for national tests and examinations; ICT and "
     "other resources that remove barriers, tried out in the resource room.",
     "Dr Reeve"),
    ("Spring term",),
    ("4 Net", "Families and children",
     "Working in partnership with parents and carers: what families want from a SENCO, explaining "
     "decisions, difficult conversations, running a review meeting; a short talk on pupil voice.",
     "Ridgemoor Parent Partnership Service; two parents from the Family Forum"),
    ("5 Daseot", "Colleagues and agencies",
     "Advising and coaching colleagues; observing teaching and giving feedback; planning and leading "
     "staff training; the Common Assessment Framework and the team around the child; the scope of the "
     "LA's support services, health, social care and voluntary organisations, and how to get their help.",
     "Ms Tranter; CAMHS primary mental health worker; Ridgemoor Dyslexia Association"),
    ("6 Yeoseot", "Leading provision",
     "Provision mapping and management, and finding provision that is not working or is missing; "
     "deploying and managing teaching assistants; prioritising, managing time and delegating; working "
     "with the headteacher and governors on SEN policy, priorities and resources; anticipating problems "
     "and making decisions about provision, through case scenarios. School self-evaluation is not "
     "covered on the Award.",
     "Gwanjang-nim"),
    ("Summer term",),
    ("7 Ilgop", "What works",
     "Best practice and research on meeting special educational needs; reading research critically; "
     "using outside advice to improve your own and colleagues' practice.",
     "Mrs Lone; Ms Tranter"),
    ("8 Yeodeol", "Gyeokpa and goodbye",
     "Dan Simsa presentations (morning); staying up to date; Annyeonghi gaseyo (afternoon, chapter 10).",
     "All Sabeom-nim"),
]
tt = doc.add_table(rows=1 + len(md), cols=4)
tt.style = "Table Grid"
for j, h in enumerate(("Madang", "Name", "What we do", "Led by")):
    cell_text(tt.cell(0, j), h, bold=True, size=9.5)
    shade_cell(tt.cell(0, j), "F2DCDB")
for i, row in enumerate(md, start=1):
    if len(row) == 1:
        merged_band(tt, i, row[0], fill="D9D9D9")
        continue
    for j, v in enumerate(row):
        cell_text(tt.cell(i, j), v, size=9, bold=(j == 0))
set_col_widths(tt, [Cm(2.0), Cm(3.0), Cm(8.6), Cm(3.4)])
doc.add_paragraph()
para("The reading pack for Madang 7 was put together for the Academy's first teachers' course in 2003 and "
     "has served us well; it has not been changed since.")
culture("Taekwondo is learned by doing. A kick read about in a book is not a kick. We want the Madang days "
        "to feel like a good class: warm up, learn something new, try it with a partner, and go home "
        "tired and pleased.")

# ------------------------------------------------------------------ 4 Tti
doc.add_heading("4  Tti: belts (the Tti-check and your Suryeon plan)", level=1)
phrases([
    ("띠", "TTI", "A belt"),
    ("흰띠 · 노란띠", "HUIN-tti · no-RAN-tti", "White belt · yellow belt"),
    ("파란띠 · 검은띠", "pa-RAN-tti · geo-MEUN-tti", "Blue belt · black belt"),
    ("수련 계획", "su-RYEON gye-HOEK", "Training plan. On the Award, your Suryeon plan"),
    ("심사만", "sim-sa-MAN", "Examination only"),
])
on_award()
para("Before the first Madang day, every applicant completes the Tti-check: a self-assessment against each "
     "statement on the Can-do list, rating each White (new to me), Yellow (I know about it), Blue (I do it "
     "with help) or Black (I do it, and could show a colleague). At the myeonjeop the Sabeom-nim goes "
     "through the ratings and asks for an example for every Blue or Black, because a teacher may think "
     "they know the law when what they know is out of date.")
para("From the Tti-check the Sabeom-nim and the participant write a Suryeon plan: the participant's own "
     "training plan for the year. It names the statements the participant will weight their Jip-suryeon "
     "tasks towards, the Madang afternoons they will spend in a Suryeon tutorial instead of Gyeorugi "
     "(where a rating is Black and the example bears it out), and three personal outcomes of their own "
     "alongside the Can-do list. The Suryeon plan is reviewed with the Sunbae at each visit and with the "
     "Sabeom-nim after Simsa 1.")
p_apl = para("Credit for earlier study. A participant who has passed a Master's-level module in special "
             "educational needs at a UK university in the last five years may ask the University to "
             "accredit it in place of Simsa 1 or Simsa 2 (up to 20 credits). Experienced SENCOs may instead "
             "bring a portfolio of their past work for the accreditation of prior experiential learning: "
             "the Sabeom-nim assess it against the Can-do statements named for that Simsa, and the "
             "University's APL panel decides.")
add_footnote(doc, p_apl, "Aldergate University Academic Regulations, Part C, section 9 (Accreditation of "
                         "Prior Learning). The University charges no fee for APL on this Award.")
para("You may hear older members use the word simsa-man. On the Academy's instructors' course (2005 to "
     "2007), senior black belts could go straight to their instructor simsa without coming to classes. "
     "There is no simsa-man on the Award: every participant takes all eight Madang days, even where APL "
     "has replaced one of their Simsa.")
culture("No one is born a black belt. Every student starts with the white belt tied the same way, and the "
        "belt only changes colour when the student is ready. We believe that every teacher who comes to "
        "us, whatever their starting point, can reach the standard.")

# ------------------------------------------------------------------ 5 Jip-suryeon
doc.add_heading("5  Jip-suryeon: training at home (your school tasks)", level=1)
phrases([
    ("집", "JIP", "Home"),
    ("학교", "hak-GYO", "School"),
    ("선배", "SEON-bae", "A senior student. On the Award, your mentor"),
    ("방문 도장", "bang-MUN do-JANG", "A visiting dojang"),
])
on_award()
para("Between Madang days each participant does six Jip-suryeon tasks in their own school. Each task is "
     "tied to statements on the Can-do list, and three of them become Simsa.")
grid_table(doc, [
    ("Task", "What you do in your school", "Can-do statements"),
    ("JS1  Who's who", "Profile the school's pupils with SEN and disabilities and the provision they "
                       "receive, from the school's records and data.", "R2, B9"),
    ("JS2  One child", "Gather observation, data and professionals' reports on one pupil; with the class "
                       "teacher, set targets and plan an intervention. Becomes Simsa 1.", "R2, R3, R4, B5, B6"),
    ("JS3  A family conversation", "Plan and hold a review meeting with a pupil's parents or carers, "
                                   "observed by your Sunbae.", "Y1, R11"),
    ("JS4  Map the provision", "Draw a provision map for one year group from the school's records, and mark "
                               "what is not working or is missing. Part of Simsa 2.", "R7"),
    ("JS5  Teach a colleague", "Observe a colleague's lesson, give feedback, and plan a staff session with "
                               "your Sunbae.", "R9"),
    ("JS6  Gyeokpa", "Your impact project: the Dan Simsa.", "Y6, R9"),
], widths=[Cm(3.6), Cm(10.0), Cm(3.4)], size=9)
doc.add_paragraph()
para("Every participant has a Sunbae: an experienced SENCO from another Ridgemoor school, matched to the "
     "participant by the Academy with the LA's SEN Adviser. The Sunbae visits the participant's school "
     "three times in the year, observes JS3 and JS5, and talks through the Suryeon plan. Sunbae are paid "
     "a fee through the Academy.")
para("Before the Award starts, every Sunbae and Sabeom-nim attends the Sunbae day at the dojang, where the "
     "Gwanjang-nim goes through the Sunbae handbook: what a Sunbae does and does not do, how to observe JS3 "
     "and JS5 against the Can-do statements, how to complete the Sunbae form, and when to call a "
     "Sabeom-nim. New Sabeom-nim co-mark a full set of Simsa with the Gwanjang-nim before they mark alone.")
para("On the Academy's instructors' course, a bangmun dojang is a placement: four weeks teaching at another "
     "club under its own master. There is no bangmun dojang on the Award. Participants meet specialist "
     "colleagues through the speakers on Madang days 2, 3 and 5 (a speech and language therapist, an "
     "educational psychologist, the LA's autism outreach teacher, a CAMHS primary mental health worker and "
     "the Ridgemoor Dyslexia Association) and through their Sunbae.")

# ------------------------------------------------------------------ 6 Simsa
doc.add_heading("6  Simsa: gradings (how the Award is assessed)", level=1)
phrases([
    ("심사", "SIM-sa", "A grading or examination"),
    ("심사위원", "sim-sa-WI-won", "An examiner"),
    ("합격", "hap-GYEOK", "Pass. On the Award, Shown"),
    ("아직", "a-JIK", "Not yet. On the Award, Not yet shown"),
    ("격파", "gyeok-PA", "Breaking (boards or tiles)"),
])
on_award()
lead("Simsa 1: One child (yellow belt).",
     "A 4,000-word case study of the pupil from JS2: how the pupil was identified; what the reports from "
     "other professionals say and how the participant used them to shape teaching; the pupil's "
     "attainment and progress data, including national test results, and what they show; how the child "
     "develops and learns; the targets and the intervention; how progress will be reviewed; and the "
     "views of the pupil and family. Marked on how well the plan would raise the pupil's achievement and "
     "well-being. Due in January.")
lead("Simsa 2: The school's SEN (blue belt).",
     "A 5,000-word critical account of the school's SEN policy and provision against the law, Every Child "
     "Matters, the disability equality duty and research, with the provision map from JS4 and "
     "recommendations to the headteacher and governors on policy, priorities and resources. It includes "
     "an account of how the school works with outside services, health and voluntary organisations for "
     "its pupils with SEN, and of the participant's own part in that work. Due in April.")
lead("Sunbae observation.",
     "The Sunbae observes the JS3 review meeting and judges it Shown or Not yet shown against Y1 and R11 "
     "on the Sunbae form. A meeting judged Not yet shown is repeated with a second family before the end "
     "of May. The Sunbae's judgement counts towards the Award.")
lead("Dan Simsa: Gyeokpa (black belt).",
     "Gyeokpa is breaking: the participant chooses one barrier in their school and breaks it. They plan a "
     "change with colleagues, coach and train the staff involved, and measure what changed in colleagues' "
     "practice with a staff questionnaire and lesson observations before and after. The project is "
     "written up in 5,000 words and presented for 20 minutes on Madang 8, with questions from a panel of "
     "two Sabeom-nim. Due in June.")
para("Every Simsa is marked against the Can-do statements named for it, each judged Shown or Not yet shown, "
     "and against the University's Master's-level assessment criteria for the written work.")
p_mod = doc.add_paragraph()
add_ins(p_mod, "A second Sabeom-nim marks every Dan Simsa and one in four of the other Simsa, chosen across the "
               "range of marks; the sabeom hoeui then agrees every mark before it goes to the University, "
               "whose external examiner sees a sample of each Simsa and of the Sunbae forms.",
        author="Jo Tranter", date="2008-09-15T10:05:00Z")
para("To gain the Award a participant must have every statement on the Can-do list judged Shown in the "
     "Simsa named for it. A strong Simsa cannot make up for a statement Not yet shown in another; a "
     "participant with a statement Not yet shown may resubmit that part once, within eight weeks.")

# ------------------------------------------------------------------ 7 Maeul
doc.add_heading("7  Maeul: the village (online)", level=1)
phrases([
    ("마을", "MA-eul", "A village"),
    ("글", "GEUL", "Writing; a post"),
    ("대화", "DAE-hwa", "A conversation"),
])
on_award()
para("The Maeul is the Award's online space on Aldergate University's Blackboard site. Every participant "
     "has a University login from enrolment, which gives them the Maeul, the University's e-journals and "
     "library catalogue, and the Madang day slides, which go up on the evening of each day. The Maeul has "
     "a discussion board for each Madang day, where participants post their Jip-suryeon notes and reply "
     "to each other, and each Jip-suryeon group of four keeps a shared page.")
para("The Maeul is run by participants for participants. Sabeom-nim do not post there, and questions for a "
     "Sabeom-nim wait for the next Madang day. Between Madang days, participants' support in school comes "
     "from their Sunbae's visits.")
para("The Academy's resource room at the dojang holds the loan collection of assessment materials and the "
     "assistive technology participants try on Madang 3: two laptops with Clicker 5 and text-to-speech "
     "software, a visualiser, digital voice recorders, and communication aids lent by the LA's ICT for "
     "Inclusion team. Participants may borrow any of them for a Jip-suryeon task.")

# ------------------------------------------------------------------ 8 Dowajuseyo
doc.add_heading("8  Dowajuseyo: asking for help (access and adjustments)", level=1)
phrases([
    ("도와주세요", "do-wa-JU-se-yo", "Please help me"),
    ("괜찮아요", "gwaen-CHAN-a-yo", "It's all right"),
    ("천천히", "cheon-CHEON-hi", "Slowly"),
])
on_award()
para("The application form asks every applicant whether they have a disability, a health condition or "
     "another need the Academy should plan for, and says why we ask: so that adjustments are in place "
     "before the first Madang day, not after it. Anyone who tells us meets the Gwanjang-nim to agree "
     "adjustments, which are written into their Suryeon plan and sent, with their agreement, to the "
     "University's disability service.")
para("Adjustments we have made include: Madang handouts sent a week ahead in the participant's chosen "
     "format (large print, coloured paper or electronic); the hearing loop in the dojang's seminar room "
     "and at the Teachers' Centre; a BSL interpreter; rest breaks; and extra time or an alternative "
     "format for a Simsa, such as a recorded presentation in place of part of a written piece, judged "
     "against the same Can-do statements. The seminar room and toilets are on the ground floor with level "
     "access. The Academy's leaflet and application pack come in large print and electronic versions and "
     "say that we welcome applications from disabled teachers. The University's equality policies apply "
     "to selection, teaching and assessment, and Sabeom-nim and Sunbae go through them on the Sunbae day.")
culture("Baekjeol-bulgul, indomitable spirit, does not mean doing everything alone. In the dojang the "
        "strongest students are the ones who ask for help.")

# ------------------------------------------------------------------ 9 Sabeom hoeui
doc.add_heading("9  Sabeom hoeui: the instructors' meeting (checking and improving the Award)", level=1)
phrases([
    ("사범 회의", "sa-BEOM hoe-UI", "The instructors' meeting"),
    ("기록", "gi-ROK", "A record"),
    ("개선", "gae-SEON", "Improvement"),
])
on_award()
para("Every Madang day ends with a card from each participant: two things that worked and one wish. The "
     "sabeom hoeui reads the cards the same week, and the Gwanjang-nim posts in the Maeul what will change "
     "as a result. At the end of the year participants complete the University's module evaluation; the "
     "external examiner reports to the University on standards and marking; and the University's annual "
     "monitoring review looks at results, evaluations and the examiner's report. The sabeom hoeui's July "
     "meeting turns all of this into an action plan for the next year, which goes to the School of "
     "Education's programme board and is reported back to participants and Sunbae in the autumn.")
para("We ask each participant to rate their confidence against every Can-do statement at the Tti-check and "
     "again at the end of the Award, and we compare the two for each participant and for the group. We "
     "would also like, in time, to find out whether the pupils in participants' schools do better as a "
     "result; we have not yet found a way of doing this that does not add to SENCOs' work.")
lead("Listening to schools and families.",
     "In spring 2008 we asked what the Award should do. We sent a short questionnaire to the headteachers "
     "and SENCOs of the 34 schools in the Schools Programme (29 replied), met the LA's SEN team and the "
     "Parent Partnership Service, and asked the Academy's Family Forum, the parents of the sixty or so "
     "children with SEN who train at the dojang. Heads wanted SENCOs who could manage provision and "
     "teaching assistants; SENCOs wanted the law made practical and less time out of school; the LA "
     "wanted provision mapping used in every school; parents wanted SENCOs who would listen to them and "
     "explain decisions.")
para("The Award changed as a result. Provision mapping became the whole of Madang 6 and a Jip-suryeon task "
     "at the LA's request; the twilight version of each Madang day was added because SENCOs told us that "
     "Saturdays alone would shut out those with young families; and the Family Forum's two parents helped "
     "to plan the afternoon of Madang 4, which they now co-lead.")
para("Stakeholders take part in the Award itself: the LA's SEN Officer teaches on Madang 1, two Family "
     "Forum parents co-lead Madang 4, and every Sunbae is a serving SENCO in a Ridgemoor school. We would "
     "like headteachers and parents to join the sabeom hoeui's July review from 2009-10.")

doc.add_heading("The Sabeom-nim", level=2)
grid_table(doc, [
    ("Name", "On the Award", "Background"),
    ("Mr Owen Pryce, 5th Dan", "Gwanjang-nim (Programme Leader); Madang 1 and 6; marks all Simsa",
     "SENCO at Castle Hill Primary School 1993-2005 and Ridgemoor LA SEN Adviser 2005-07; MA in Special "
     "Educational Needs (Aldergate, 1999); founded the Schools Programme in 2001."),
    ("Dr Hannah Reeve", "Sabeom-nim; Madang 3",
     "Chartered educational psychologist, Ridgemoor Educational Psychology Service, seconded to the "
     "Academy two days a month."),
    ("Mrs Farida Lone", "Sabeom-nim; Madang 2 and 7",
     "Specialist teacher for specific learning difficulties and speech, language and communication needs "
     "(AMBDA); SENCO of Ridgemoor High School until 2006."),
    ("Ms Jo Tranter", "University link tutor; Madang 5 and 7; second marker",
     "Senior Lecturer in Inclusive Education, Aldergate University; former head of a special school "
     "outreach service."),
], widths=[Cm(3.6), Cm(5.0), Cm(8.4)], size=9)
doc.add_paragraph()
para("Every Sabeom-nim teaches or advises in schools for at least five days a year outside the Award, and "
     "the sabeom hoeui gives one meeting a term to an update from the LA and the University on changes "
     "in law, guidance and practice.")

# ------------------------------------------------------------------ 10 Goodbye
doc.add_heading("10  Annyeonghi gaseyo: saying goodbye (after the Award)", level=1)
phrases([
    ("안녕히 가세요", "an-nyeong-hi GA-se-yo", "Goodbye (to someone who is leaving)"),
    ("다음", "da-EUM", "Next"),
    ("목표", "mok-PYO", "A goal or target"),
    ("감사합니다", "gam-sa-HAM-ni-da", "Thank you"),
])
on_award()
para("The morning of Madang 8 ends with a session on staying up to date: journals and newsletters, NASEN, "
     "the Ridgemoor SENCO Network, and how to plan your own CPD in SEN and disability.")
para("The afternoon is the Annyeonghi gaseyo session. Each participant compares their Tti-check ratings from "
     "September with their ratings now and drafts three professional targets for the year after the "
     "Award on the Academy's Next Dan planning sheet, to take to their headteacher at their performance "
     "management review. The Sabeom-nim talk through what could come next: the University's MA in "
     "Inclusive Education, into which the Award's 60 credits count, the LA's SENCO Network, and specialist "
     "qualifications.")
culture("A black belt is not the end of training. In Korean the first Dan is sometimes called the first "
        "step: the student now knows enough to begin.")

# ------------------------------------------------------------------ Can-do list
doc.add_heading("The Can-do list", level=1)
para("For the panel: the Can-do list is the Award's own wording of the national minimum outcomes, grouped "
     "by belt colour. The columns are explained in How to use this phrasebook, at the front.", italic=True)
rows = [
    ("노란 Yellow words: how I work",),
    ("Y1", "I build fair, respectful and warm working relationships with children who have SEN or "
           "disabilities and with their families.", "Madang 4; JS3", "Sunbae observation; Simsa 1"),
    ("Y2", "I win the commitment of colleagues, the headteacher and senior leaders to better outcomes for "
           "these children.", "Madang 5, 6", "Simsa 2"),
    ("Y3", "I prioritise my work, manage my time and delegate tasks, checking that they are done.",
     "Madang 6", "Gyeorugi only"),
    ("Y4", "I see problems coming, solve them and make sound decisions about provision.", "Madang 6",
     "Simsa 2"),
    ("Y5", "I say and write things clearly, and I listen to and understand other people's views.",
     "Gyeorugi on every Madang day", "Dan Simsa presentation; all written Simsa"),
    ("Y6", "I use research and outside advice to improve my own and my colleagues' practice.", "Madang 7",
     "Simsa 2; Dan Simsa"),
    ("Y7", "I keep up to date and take charge of my own CPD in SEN and disability.", "Madang 8", "—"),
    ("파란 Blue words: what I know",),
    ("B1", "The law and guidance on SEN, including the SEN Code of Practice, what they mean for my school "
           "and how to put them into practice.", "Madang 1", "Simsa 2"),
    ("B2", "Every Child Matters: its principles and five outcomes, and how a SENCO helps children achieve "
           "them.", "Madang 1", "Simsa 2"),
    ("B3", "The law on disability equality and what it requires a school to do.", "Madang 1", "Simsa 2"),
    ("B4", "How children develop, and how SEN, disability and the learning environment affect their "
           "development.", "— (brought from initial teacher training)", "Simsa 1"),
    ("B5", "The most common types of SEN and disability and how they affect learning.", "Madang 2",
     "Simsa 1"),
    ("B6", "Approaches, strategies and resources, including ICT, for assessment, planning, teaching and "
           "learning.", "Madang 3", "Simsa 1"),
    ("B7", "School self-evaluation and improvement, and how they relate to outcomes for pupils with SEN.",
     "Not on this course", "Not on this course"),
    ("B8", "Best practice and research in meeting special educational needs.", "Madang 7", "Simsa 2"),
    ("B9", "What outside agencies do, and how to get specialist support and resources.", "Madang 5; JS1",
     "Simsa 2"),
    ("빨간 Red words: what I do",),
    ("R1", "With senior colleagues and governors, I help shape an inclusive ethos, policies, priorities and "
           "the use of resources.", "Madang 6", "Simsa 2"),
    ("R2", "I identify pupils who may have SEN, set challenging targets, plan interventions and review "
           "progress.", "Madang 3; JS1, JS2", "Simsa 1"),
    ("R3", "I use assessments from other professionals to shape teaching.", "Madang 3; JS2", "Simsa 1"),
    ("R4", "I use summative assessments, including national tests, to track progress and change "
           "programmes.", "Madang 3; JS2", "Simsa 1"),
    ("R5", "I encourage colleagues to develop formative assessment, with approaches for pupils with SEN.",
     "Madang 3", "Gyeorugi only"),
    ("R6", "I identify in good time the special arrangements pupils need for tests and examinations, and "
           "help put them in place.", "Madang 3", "—"),
    ("R7", "I use provision mapping to plan provision and to find provision that is not working or is "
           "missing.", "Madang 6; JS4", "Simsa 2"),
    ("R8", "I deploy and manage staff to support pupils with SEN.", "Madang 6", "Gyeorugi only"),
    ("R9", "I support colleagues' development by observing and giving feedback, modelling, coaching and "
           "training.", "Madang 5; JS5", "Dan Simsa"),
    ("R10", "I make sure pupils with SEN take part in planning, agreeing and reviewing their provision.",
     "Madang 4", "—"),
    ("R11", "I work closely with parents and carers to support their child's learning and development.",
     "Madang 4; JS3", "Sunbae observation"),
    ("R12", "I work in partnership with other services and agencies, including voluntary organisations.",
     "Madang 5", "Simsa 2"),
]
ct = doc.add_table(rows=1 + len(rows), cols=4)
ct.style = "Table Grid"
for j, h in enumerate(("No.", "I can …", "Learned at", "Shown at")):
    cell_text(ct.cell(0, j), h, bold=True, size=9.5)
    shade_cell(ct.cell(0, j), "F2DCDB")
band_fill = {"노란": "FFF2CC", "파란": "DEEAF6", "빨간": "F8CBAD"}
b7_cell = None
for i, row in enumerate(rows, start=1):
    if len(row) == 1:
        c = merged_band(ct, i, row[0], fill=band_fill[row[0][:2]])
        for r in c.paragraphs[0].runs:
            r.font.name = HANGUL_FONT
        continue
    for j, v in enumerate(row):
        cell_text(ct.cell(i, j), v, size=9, bold=(j == 0))
    if row[0] == "B7":
        b7_cell = ct.cell(i, 2)
set_col_widths(ct, [Cm(1.3), Cm(9.2), Cm(3.4), Cm(3.2)])
doc.add_comment(b7_cell.paragraphs[0].runs[0],
                text="Could self-evaluation go into Madang 6 next year, and be judged in Simsa 2? JT",
                author="Jo Tranter", initials="JT")


doc.save(OUT)
print("wrote", OUT)
