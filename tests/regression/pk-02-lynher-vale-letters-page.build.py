"""pk-02-lynher-vale-letters-page: a bell ringers' association's course as the correspondence pages of its journal.

Provider (invented): the Lynher Vale Association of Change Ringers, through its Schools Committee, with Trevenna
County Council's SEN and Inclusion Service; the University of Lanherne validates the course. The pages are from the
Association's quarterly journal, The Ringing Chamber, No. 141, Lent 2009, sent as the second proof with the
Committee's last corrections left as tracked changes.

Document kind and layout. A journal's letters-to-the-editor pages given over to members' letters about the new
SENCO course. Members, a head, a governor, a parent, a youth ringer, an advisory teacher and the Association's own
officers write in; under each letter, a bold italic run-in "The Schools Committee replies:" gives the Committee's
answer. The editor's introduction says the replies are the Association's account of the course and that his own notes
in square brackets speak for nobody but him. No heading styles: a masthead in a shaded one-cell table, a covering slip
in small italic, custom paragraph styles for letter headlines, right-aligned italic signatures, an "At a glance" table
from the Committee with merged, shaded cells, then a continuous section break into two newspaper columns for the
letters, and back to one column for a boxed Correction, "The Committee's Chart" of outcomes (grouped under merged
rows by the course's four "Methods"), and a Noticeboard of small notices. The Association's words: members
(participants), the Ringing Master (programme leader), Conductors (tutors who mark), Tower Mentors (school mentors),
Practice Nights (twilight sessions), Methods (units: Plain Hunt, Grandsire, Stedman, Surprise), Outings (placement
days), the Starting Touch (pre-course audit), the Call Sheet (individual plan), tower work (school-based tasks), the
Listening Round (pupil interviews), Touch 1, Touch 2 and the Final Touch (the marked assessments). Page header with a
PAGE field; footer; a Word comment; tracked changes (two deleted runs, an inserted sentence, a change in a chart cell).

Traps (requirement ids):
- Whose words count: only the Committee's replies (and its At a glance box, Correction and Chart). Members' letters
  describe another guild's online forum and its "straight to the final assessment" route, and a host school's deputy
  describes what Polmenna offers; the editor's bracketed notes add claims of his own.
- The key to the Chart is in the reply to an early letter, far above the Chart: "Rung in" names the Method that teaches
  a line (a dash means none does); "Called at" names the marked Touch, "Plain course" means practised with the
  Conductor's comment but not marked. So 6.A1, 6.A7, 6.K7, 6.S5 and 6.S8 ("Plain course") are partially met, and 6.A3
  (a dash under "Rung in", marked in the Final Touch: assessed but not taught) is partially met; 1.9 partially met.
- 6.A5 (communication) has no line anywhere: not met. 6.S2d (exam access arrangements) was dropped, as a boxed
  Correction of the Michaelmas issue says: a past arrangement, not met.
- A change in a chart cell: 6.S2c's "Called at" had "Plain course" deleted and "Final Touch" inserted, and the Final
  Touch description names helping colleagues use formative assessment: met.
- Negation: "There is no online part to the course" (3.3 not applicable, despite a member's praise of another guild's
  forum and the editor's comment in the margin); "there is no assessment-only route" against a member's report of the
  Wendlemoor Guild's route (2.3 not met); "Experience on its own does not count" with only prior university study
  considered (2.1 partially met).
- Someone else's responsibility: further targets are "a matter for members and their heads", and the sentence that
  had members agree next targets with their Conductor is a deleted tracked change; the editor points to another
  guild's planning day: 2.5 not met.
- Hope: "we hope in time to find a way of measuring it" for impact on pupils, with course evaluation in place: 5.9
  partially met (5.1 and 4.3 met: slips, questionnaires, external examiner, University monitoring, a Heads' Review
  Panel with a parent and the County's SEN officer).
- Editor's gloss: after the award rule (pass the three Touches), "[Ed.: So every outcome must be shown ...]" is the
  editor's reading, not the Committee's: 6.0 partially met. The footer's claim to meet every requirement is a footer.
- Credit: "30 credits at Master's level", the other 30 only in an optional module: E.2 partially met.
- Entry: "We ask only that members are qualified teachers" with a head's signature, no check of readiness: 5.2
  partially met. CRB: disclosures seen and recorded, renewed where old or out of school, and (in an inserted
  sentence) heads asked about conduct: 5.3 met; the Noticeboard's CRB checks for Bells for All volunteers are the wrong
  thing.
- A deleted third start in May leaves two starts, two venues, any order after Plain Hunt, one or two years: 3.2 met.
- Parents: one Practice Night with a parent's talk, "members are not asked to do anything with parents in their own
  schools": 1.7 partially met.
- Resources: only the Association's library of the reading list and members' own schools' resources; the Ringing
  Centre's simulator is the wrong thing: 5.6 partially met.
- Mentors are only sent "a copy of this page and the Chart", while Conductors have a handbook and meetings: 5.7
  partially met.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _pk_helpers import (cell_para, cell_text, del_run, ins_run, page_field, run, set_columns, shade)

HERE = Path(__file__).parent
OUT = HERE / "pk-02-lynher-vale-letters-page.docx"
MT = "Morwenna Tregear"
MT_DATE = "2009-02-16T18:40:00Z"

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Times New Roman"
normal.font.size = Pt(10)
normal.paragraph_format.space_after = Pt(4)

hl = doc.styles.add_style("Letter Headline", WD_STYLE_TYPE.PARAGRAPH)
hl.base_style = normal
hl.font.bold = True
hl.font.size = Pt(11.5)
hl.font.name = "Arial"
hl.paragraph_format.space_before = Pt(10)
hl.paragraph_format.space_after = Pt(2)
hl.paragraph_format.keep_with_next = True

sig = doc.styles.add_style("Signature Line", WD_STYLE_TYPE.PARAGRAPH)
sig.base_style = normal
sig.font.italic = True
sig.font.size = Pt(9)
sig.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT

ed = doc.styles.add_style("Editor Note", WD_STYLE_TYPE.PARAGRAPH)
ed.base_style = normal
ed.font.size = Pt(9)
ed.font.italic = True

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(1.8)
hp = sec.header.paragraphs[0]
run(hp, "THE RINGING CHAMBER  ·  No. 141  ·  Lent 2009  ·  CORRESPONDENCE  ·  page ", size=8)
page_field(hp)
fp = sec.footer.paragraphs[0]
run(fp, "The Ringing Chamber is the journal of the Lynher Vale Association of Change Ringers. The Association's course "
        "meets every requirement of the national specification for SENCO training.", size=7.5, italic=True)

# ---------------------------------------------------------------- covering slip and masthead
p = doc.add_paragraph()
run(p, "Sent to the TDA with the Association's application for approval: pages 14 to 19 of the Lent 2009 issue, in the "
       "second proof. The Schools Committee's last corrections are left showing, as the printer received them.",
    italic=True, size=8.5)

mast = doc.add_table(rows=1, cols=1)
mast.style = "Table Grid"
mc = mast.cell(0, 0)
shade(mc, "2E2A24")
p = mc.paragraphs[0]
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = run(p, "THE RINGING CHAMBER", bold=True, size=24)
r.font.color.rgb = RGBColor(0xF2, 0xE6, 0xC8)
p = mc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = run(p, "Journal of the Lynher Vale Association of Change Ringers  ·  No. 141  ·  Lent 2009  ·  80p to non-members",
        size=9)
r.font.color.rgb = RGBColor(0xF2, 0xE6, 0xC8)

p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "CORRESPONDENCE: THE ASSOCIATION'S SENCO COURSE", bold=True, size=14)

p = doc.add_paragraph(style="Editor Note")
run(p, "Since the Schools Committee announced the Association's course for special educational needs coordinators in "
       "the Michaelmas issue, more letters have reached this desk than on any subject since the augmentation at St "
       "Germoe. We print eighteen, most of them shortened. The Committee has answered each one, and its answers, "
       "printed under The Schools Committee replies, are the Association's own account of the course, as are its box "
       "below, its correction and its Chart on page 19. My own notes are in square brackets and speak for nobody but "
       "me. Hedley Carne, Editor")

glance = [
    ("What", "The Association's SENCO Course, validated by the University of Lanherne in December 2008 as its "
             "Postgraduate Award in SEN Coordination"),
    ("Credit", "30 credits at Master's level (Level 7). Members may go on to the optional Extent module for a further "
               "30 credits; not every member will."),
    ("Aim", "That children and young people with SEN and disabilities in members' schools achieve more, and are "
            "healthy, safe and happy, in all five Every Child Matters outcomes. Every Touch asks the member to show "
            "what their work has meant for pupils' learning and well-being."),
    ("Run by", "The Schools Committee, with Trevenna County Council's SEN and Inclusion Service"),
    ("Where", "Liskerrett Ringing Centre (Tuesdays) and Polmenna School (Thursdays)"),
    ("When", "Ten Practice Nights, 4.30 to 7.30. First Practice Nights Tuesday 22 and Thursday 24 September 2009, or "
             "Tuesday 23 and Thursday 25 February 2010"),
    ("Fee", "£890, with Bell Fund bursaries"),
    ("Ringing Master", "Dr Morwenna Tregear"),
]
gt = doc.add_table(rows=len(glance) + 1, cols=2)
gt.style = "Table Grid"
gt.alignment = WD_TABLE_ALIGNMENT.CENTER
top = gt.cell(0, 0).merge(gt.cell(0, 1))
cell_text(top, "AT A GLANCE, FROM THE SCHOOLS COMMITTEE", bold=True, size=9.5, align="center")
shade(top, "E7DCC0")
for i, (k, v) in enumerate(glance, start=1):
    cell_text(gt.cell(i, 0), k, bold=True, size=9)
    shade(gt.cell(i, 0), "F5EFE0")
    cell_text(gt.cell(i, 1), v, size=9)
    gt.cell(i, 0).width = Cm(3.2)
    gt.cell(i, 1).width = Cm(14.2)

# ---------------------------------------------------------------- two-column letters
letters_sec = doc.add_section(WD_SECTION.CONTINUOUS)
set_columns(letters_sec, 2, 400)


def letter(headline, body, signature, reply=None, editor=None, reply_extra=None):
    doc.add_paragraph(headline, style="Letter Headline")
    for para in body if isinstance(body, list) else [body]:
        doc.add_paragraph(para)
    doc.add_paragraph(signature, style="Signature Line")
    paras = []
    if reply:
        reply = reply if isinstance(reply, list) else [reply]
        p = doc.add_paragraph()
        run(p, "The Schools Committee replies: ", bold=True, italic=True)
        run(p, reply[0])
        paras.append(p)
        for more in reply[1:]:
            paras.append(doc.add_paragraph(more))
    if editor:
        doc.add_paragraph(editor, style="Editor Note")
    return paras


letter("A ringers' association teaching teachers?",
       "Sir, I have rung at St Keyne for forty years and I like our young teachers as much as anyone, but I should "
       "like to know why an association of change ringers thinks it should be training schoolteachers. Who asked "
       "for it?",
       "Jack Trethewey, Steeple Keeper, St Keyne",
       ["The schools did. The Committee has run Bells for All, which takes handbells and tower visits to pupils with "
        "SEN, in 41 Trevenna schools for twelve years, and most of the Committee are teachers. In March 2008 we asked "
        "every head and SENCO in Trevenna and its two neighbouring authorities what a new SENCO most needs; 143 of "
        "260 schools answered. The County's SEN and Inclusion Service gave us its figures for SENCOs new in post (51 "
        "in 2007-08) and for what schools most often ask its advisers, the Trevenna Parent Partnership held two "
        "evenings at which parents told us what they want SENCOs to know, and the young people's group Trevenna "
        "Youth Voice gave us an afternoon.",
        "What they said changed the course. Practice Nights are twilights because heads would not release staff in "
        "the day. There are two venues because of the distances. The Listening Round is there because Youth Voice "
        "told us that nobody asks them. And a whole Method, Stedman, is given to assessment and tracking because "
        "that is what new SENCOs ask the County for most."])

letter("Not another course for the towns",
       "Sir, my school has 46 pupils and I am head, SENCO and Tuesday-night treble. Courses in this county are "
       "always in Liskerrett on the one night I cannot do. Will this one be any different?",
       "Elowen Pascoe, Headteacher, St Clether Primary")
p = doc.add_paragraph()
run(p, "The Schools Committee replies: ", bold=True, italic=True)
run(p, "We hope so. Members can start in September or in February")
del_run(p, ", and a third start in May at Polmenna", MT, MT_DATE)
run(p, ". Every Practice Night is run twice, on the Tuesday at Liskerrett and on the Thursday at Polmenna, and a "
       "member may come to either, week by week. After Plain Hunt, which everyone rings first, the other three "
       "Methods can be rung in any order, so a February starter rings Surprise before Grandsire. A member may finish "
       "in one year or spread the course over two, taking the Touches in the later year.")

paras = letter("What about online?",
               "Sir, last year I took the Wendlemoor Guild's SENCO course, which is mostly online. Its forum was "
               "where I learned most, from other SENCOs at eleven at night. Will the Association's course have one?",
               "Daniel Hocking, SENCO, Wendle Road Primary",
               "The Committee looked at an online route and decided against it for the first two years. There is no "
               "online part to the course. Members keep in touch with their Conductor by telephone and at Practice "
               "Nights, and Conductors return calls within two working days.",
               editor="[Ed.: The Wendlemoor Guild's course is advertised on the back page.]")
doc.add_comment([paras[0].runs[1]], text="Morwenna, several letters ask about a forum. Do you want to add anything "
                                         "here before it goes? HC", author="Hedley Carne", initials="HC")

letter("Fifteen years in the tower",
       "Sir, I have coordinated SEN in two schools and now advise others. I understand the Wendlemoor Guild lets "
       "people like me go straight to the final assessment. Will the Association do the same, or must I sit through "
       "ten evenings on the Code of Practice?",
       "Tamsin Roskilly, Advisory Teacher, Trevenna Learning Support Service",
       "No. Every member rings every Method: there is no assessment-only route, and the Committee has no plans for "
       "one. Where a member has already passed a university module on SEN at Master's level in the last five years, "
       "the University may count it towards the course; the University decides, case by case. Experience on its own "
       "does not count towards the award, however long, though the member's Conductor takes it into account in "
       "writing the Call Sheet.")

letter("Where do I start?",
       "Sir, I became SENCO at Christmas with no training at all, but I have taught for twelve years. Will I have to "
       "sit through things I already know, and how will anyone know what I need?",
       "Kerenza Vivian, class teacher and new SENCO, Penhale Junior",
       ["Before the first Practice Night every member rings a Starting Touch: a self-audit against every line of the "
        "Committee's Chart, which we print on page 19 at members' request, with a short piece of evidence for any "
        "line the member thinks they can already show, and a note from the head on the school's priorities. The "
        "member's Conductor reads it and meets the member for half an hour in September or February, and together "
        "they write a Call Sheet: the lines the member will work hardest on, which become the member's own outcomes "
        "for the course; which Outings suit them; and what to read. The Call Sheet is looked at again at each Touch.",
        "How to read the Chart. Each line is one of the national outcomes in our words. Rung in names the Method "
        "whose Practice Nights teach the line; a dash there means no Practice Night teaches it and members meet it "
        "in their own work. Called at names the Touch at which the line is marked. Where Called at says Plain "
        "course, the line is practised on a Practice Night and the Conductor comments on it, but it is not marked "
        "in any Touch."])

letter("What is actually taught?",
       "Sir, the Michaelmas announcement was long on bells and short on content. What happens on these Practice "
       "Nights?",
       "Jane Uren, Tower Captain, St Nonna's",
       ["There are ten Practice Nights in four Methods.",
        "Plain Hunt (two Practice Nights, rung first by everyone): the law and guidance on SEN, the SEN Code of "
        "Practice and what it asks of the school and the SENCO; Every Child Matters and the SENCO's part in the five "
        "outcomes; disability equality law and the school's duties.",
        "Grandsire (three): the kinds of SEN and disability (behavioural, emotional and social difficulties, specific "
        "learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum "
        "disorders and moderate learning difficulties) and how they affect learning; how children develop and how "
        "needs and surroundings affect development; identifying pupils, setting targets, planning interventions and "
        "reviewing progress; using assessments from other professionals; what outside agencies and voluntary "
        "organisations do and how to work with them; families and schools; the pupil's voice.",
        "Stedman (two): approaches, strategies and resources for assessment, teaching and learning, ICT among them, "
        "looked at critically; summative data and national tests to track progress and change programmes; formative "
        "assessment and helping colleagues use it; research and best practice and how to use them in school.",
        "Surprise (three): provision mapping and finding what is missing or not working; deploying and managing "
        "teaching assistants; working with the head, senior leaders and governors on ethos, policy, priorities and "
        "resources; winning colleagues' commitment; observing, coaching, mentoring and training colleagues; school "
        "self-evaluation and the SEF; reviewing provision with staff; solving problems and making decisions; keeping "
        "up to date.",
        "Between Practice Nights each member does tower work in their own school: a short task set at each Practice "
        "Night and talked through with the Tower Mentor, which feeds the Touches.",
        "There are three Touches. Touch 1 (December or May) is an essay of 3,000 words on the law, Every Child "
        "Matters, disability equality, how children develop and the kinds of SEN, as they bear on the member's own "
        "school. Touch 2 (March or October) is a case study of two pupils: their needs, targets, interventions and "
        "review; how the member used other professionals' assessments and tracking data, national tests among "
        "them; the approaches and resources chosen and the research behind them; the agencies involved and how "
        "support was obtained; and the Listening Round. The Final Touch (July or January) is a project to change "
        "provision in the member's school, with a twenty-minute presentation to two Conductors and the member's "
        "head. It is marked on the provision map and what it showed; how the member deployed staff and helped "
        "colleagues use formative assessment; how they worked with the head and governors on the school's policy, priorities and resources and won their commitment; the decisions "
        "they made and the problems they solved; how they reviewed the provision with staff; how they planned their "
        "own time and delegated; and what changed in the school's practice."])

letter("Value for money",
       "Sir, our governors will ask what the school gets for its money, and whether a course for twenty SENCOs can "
       "fit each of them.",
       "Peter Angove, Business Manager, Lanreath School",
       "The fee is £890. It covers ten Practice Nights, two Outings, three Touches, the Conductor's time and the "
       "University's fee. The Bell Fund offers twelve bursaries of half the fee each year to schools with fewer than "
       "120 pupils. Because Practice Nights are twilights, schools pay no supply cover. No two members ring the same "
       "course: the Call Sheet decides which lines each works hardest on, which Outings they take and the focus of "
       "the Final Touch, which is a piece of work the school needs done. Each Touch builds on the last: the law and "
       "the needs, then two pupils, then the whole school.")

letter("Books and kit",
       "Sir, small schools like mine have few books on SEN and none of the software and communication aids a SENCO "
       "ought to know. What will members have to work with?",
       "Loveday Hendra, SENCO, Trebartha Primary",
       "Members may use the Association's library at the Ringing Centre in Liskerrett, which holds a copy of every "
       "book on the reading list, and their own school's resources. The Ringing Centre also has the best simulator "
       "in the county, which members who ring are welcome to use on Saturday mornings.")

letter("Where is the research?",
       "Sir, I fear a course built on goodwill and handbells. Good SENCOs need the evidence.",
       "Dr Harold Bice, retired County adviser and Master of the Lanreath Youths",
       "The course is built on evidence, and members read it. Plain Hunt sets out the law and policy: the SEN Code of "
       "Practice (2001), the Special Educational Needs and Disability Act 2001, the Disability Discrimination Act "
       "2005 and the Disability Equality Duty, Every Child Matters and Removing Barriers to Achievement (2004). "
       "Stedman is built on Ofsted's reports Special educational needs and disability: towards inclusive schools "
       "(2004) and Inclusion: does it matter where pupils are taught? (2006), and Grandsire on the Bercow Review of "
       "services for children with speech, language and communication needs (2008). The Conductors revise the "
       "reading for each Method each summer, and Dr Tregear brings the University's current research on provision "
       "mapping in small schools to Surprise.")

letter("Parents are not the enemy",
       "Sir, my son has autism. In six years of reviews I have too often been told what was going to happen rather "
       "than asked. I hope the new SENCOs will be taught better.",
       "Lowenna Chegwidden, Tower Captain, St Wenna's",
       "Parents and carers have a Practice Night in Grandsire, Families and schools, at which a parent from the "
       "Trevenna Parent Partnership talks about her family's experience of reviews and answers members' questions. "
       "That is the course's time on parents; members are not asked to do anything with parents in their own "
       "schools.")

letter("Ask the children",
       "Sir, nobody at school ever asked me what help I wanted, and I had plenty. If SENCOs are going to learn "
       "anything, let it be that.",
       "Ben Rowe (17), Ringing Secretary, Trevenna Youth Band",
       "We agree, and Youth Voice said the same. Every member does the Listening Round. On the Grandsire Practice "
       "Night on the pupil's voice, members learn and practise ways of finding out what pupils think, among them "
       "talking mats, symbol questionnaires and pupil-led reviews; then each member interviews three pupils with SEN "
       "in their own school about their support and agrees one change with each. The Listening Round is written up "
       "in Touch 2 and marked: a member who has not involved the pupils in planning and reviewing their own "
       "provision does not pass Touch 2.")

letter("Who will teach it?",
       "Sir, with respect to the Committee, who are the teachers?",
       "Revd Jenifer Opie, Chaplain to the Association",
       ["The Ringing Master is Dr Morwenna Tregear, senior lecturer in special education at the University of "
        "Lanherne and SENCO in two Trevenna schools for eleven years, whose doctorate was on provision mapping in "
        "small schools. The Conductors are Jory Pentreath, the County's senior adviser for SEN and a former head of "
        "Polmenna School; Kerra Hosking, the County's specialist teacher for speech, language and communication, "
        "who holds a Master's degree in language pathology; and Ruth Angwin, SENCO at Penhale Community College for "
        "nine years, with a diploma in specific learning difficulties. Each of them teaches in or advises schools "
        "every week.",
        "The Conductors' Handbook sets out each Conductor's Methods, Touches and marking criteria, and the "
        "Conductors meet before each Method to plan it and after each Touch to moderate it. Each member's head names "
        "a Tower Mentor in school; we send the Tower Mentor a copy of this page and the Chart."])

letter("Outings",
       "Sir, Polmenna is glad to host members. We can offer a day in class, a seat at an annual review and an hour "
       "with our therapists, and I hope every member will come.",
       "Colan Jewell, Deputy Head, Polmenna School",
       "Each member has two Outings, planned with their Conductor from the Call Sheet: a day at Polmenna School, "
       "working alongside its staff in class and at a review, and a day with one of the County's specialist services "
       "(the educational psychology service, the sensory support service or the speech and language therapy team). "
       "The Course Secretary arranges both and checks with the host beforehand that it can give the member a full "
       "day's work. Speakers on Practice Nights include an educational psychologist, a CAMHS nurse and a worker from "
       "the Trevenna Carers' Centre.")

letter("Checks",
       "Sir, as the Association's child protection officer I see to the checks on tower captains who teach our "
       "young ringers. May I ask what checks are made on members of the course, who will be in schools not their "
       "own?",
       "Sheila Nance, Child Protection Officer of the Association",
       None)
p = doc.add_paragraph()
run(p, "The Schools Committee replies: ", bold=True, italic=True)
run(p, "We ask only that members are qualified teachers working as, or about to become, SENCOs in a school in "
       "Trevenna or its two neighbouring authorities; their head signs the application form. The Course Secretary "
       "sees each member's enhanced CRB disclosure before the first Practice Night and records its number and date. "
       "If it is more than three years old, or if the member has not worked in a school in the last three months, "
       "the Secretary obtains a fresh enhanced disclosure through the County's CRB service, at the Association's "
       "cost, and the member does not start until it is clear.")
ins_run(p, " The Secretary also writes to each member's head to ask whether there is any concern about their conduct "
           "or any disciplinary matter outstanding.", MT, MT_DATE)

letter("Access",
       "Sir, I am deaf and a teacher of the deaf. Will I be able to take part on the same terms as anyone else?",
       "Piran Kitto, Teacher of the Deaf, Trevenna Sensory Support Service",
       "Yes. Every application form asks whether the member has a disability or health condition and what would "
       "help, and the Ringing Master follows up every answer before the first Practice Night. We book BSL "
       "interpreters or a lipspeaker through the County's sensory support service; Liskerrett and Polmenna both have "
       "hearing loops and step-free access; papers come in large print, Braille or electronic copy; and Touches may "
       "be taken with extra time, in spoken or signed form, or with a scribe. Outing hosts are told before the day "
       "what adjustments a member needs. The Association's equality policy, which covers disability, race and "
       "gender, was revised in 2008 for the course, and the Conductors were trained in it by the County's equality "
       "officer.")

letter("How will you know?",
       "Sir, as a governor I would like to know how the Association will tell whether the course has done any good "
       "for the children.",
       "Richard Stona, Chair of Governors, Trelask Primary",
       ["We expect heads to see the difference in their schools, and we hope in time to find a way of measuring it.",
        "What we will do from the first year is this. Members fill in an evaluation slip at the end of every "
        "Practice Night and a questionnaire at the end of each Method; the Conductors read them at their next "
        "meeting and change what needs changing before the next Method. The University's external examiner reports "
        "each year on the Touches, and the University's annual monitoring reviews the course. Each June a Heads' "
        "Review Panel of six heads, a parent from the Parent Partnership and the County's principal SEN officer reads "
        "the questionnaires, the examiner's report and the Touch results, and agrees the changes for the next year "
        "with the Committee, which reports them in this journal."])

letter("Marking",
       "Sir, I marked examinations for thirty years. How will the Association keep its marking fair, and what does "
       "it take to pass?",
       "Gerens Tonkin, Lanreath",
       "Each Touch is marked by the member's Conductor against the criteria in the Conductors' Handbook, and a "
       "second Conductor marks a quarter of each Touch, including every fail and every distinction. The Conductors "
       "meet after each Touch to moderate a sample together with the University's link tutor. The University's "
       "external examiner, Professor Ann Mabyn of the University of Severnside, sees a sample of every Touch and all "
       "fails, and attends the Board of Examiners. The Board awards the course to members who have passed Touch 1, "
       "Touch 2 and the Final Touch.",
       editor="[Ed.: So every outcome must be shown, which is as it should be.]")

letter("And afterwards?",
       "Sir, what happens when we finish? Will the Association help us think about where to go next?",
       "Demelza Hext, SENCO, Carn Brea Primary", None)
p = doc.add_paragraph()
run(p, "The Schools Committee replies: ", bold=True, italic=True)
run(p, "That is a matter for members and their heads. The course ends with the Final Touch.")
del_run(p, " At the Final Touch each member agrees next targets with their Conductor and takes them to their head.",
        MT, MT_DATE)
doc.add_paragraph("[Ed.: Members may like to know that the Wendlemoor Guild's course ends with a day on planning next "
                  "steps.]", style="Editor Note")

# ---------------------------------------------------------------- back to one column
end_sec = doc.add_section(WD_SECTION.CONTINUOUS)
set_columns(end_sec, 1, 400)

corr = doc.add_table(rows=1, cols=1)
corr.style = "Table Grid"
cc = corr.cell(0, 0)
shade(cc, "F2F2F2")
cell_text(cc, "CORRECTION", bold=True, size=9.5)
cell_para(cc, "In the Michaelmas issue we said that the course would include a Practice Night on special arrangements "
              "for national tests and examinations. That Practice Night was dropped when the Methods were settled in "
              "December and is not part of the course. We apologise to members who asked about it. The Schools "
              "Committee", size=9)

p = doc.add_paragraph()
p.paragraph_format.space_before = Pt(10)
run(p, "THE COMMITTEE'S CHART", bold=True, size=12)
doc.add_paragraph("Printed at members' request. How to read it is explained in the Committee's reply to Kerenza "
                  "Vivian on page 15. The Schools Committee")

chart = [
    ("PLAIN HUNT", None),
    ("1", "Knows the law and guidance on SEN and the SEN Code of Practice, what they mean for the school, and how to "
          "carry them out", "Plain Hunt", "Touch 1"),
    ("2", "Knows Every Child Matters, its five outcomes, and the SENCO's part in them", "Plain Hunt", "Touch 1"),
    ("3", "Knows disability equality law and what it requires the school to do", "Plain Hunt", "Touch 1"),
    ("GRANDSIRE", None),
    ("4", "Knows how children develop, and how SEN, disability and surroundings affect their development",
     "Grandsire", "Touch 1"),
    ("5", "Knows the kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they affect "
          "learning", "Grandsire", "Touch 1"),
    ("6", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
     "Grandsire", "Touch 2"),
    ("7", "Uses other professionals' assessments to shape teaching", "Grandsire", "Touch 2"),
    ("8", "Knows what outside agencies do and how to get specialist support and resources", "Grandsire", "Touch 2"),
    ("9", "Works in partnership with other services and voluntary organisations", "Grandsire", "Touch 2"),
    ("10", "Involves pupils in planning, agreeing and reviewing their own provision", "Grandsire", "Touch 2"),
    ("11", "Liaises with parents and carers to help their child learn and develop", "Grandsire", "Plain course"),
    ("12", "Builds fair, respectful and constructive relationships with pupils and their parents or carers",
     "Grandsire", "Plain course"),
    ("STEDMAN", None),
    ("13", "Understands critically the approaches and resources for assessing, teaching and learning, ICT among "
           "them", "Stedman", "Touch 2"),
    ("14", "Uses summative results, national tests among them, to track progress and change programmes", "Stedman",
     "Touch 2"),
    ("15", "Encourages colleagues to develop formative assessment, with approaches for pupils with SEN", "Stedman",
     "S2C"),
    ("16", "Draws on research and outside advice to improve their own and colleagues' practice", "Stedman",
     "Touch 2"),
    ("17", "Knows best practice and the findings of research on meeting SEN", "Stedman", "Touch 2"),
    ("SURPRISE", None),
    ("18", "Uses provision mapping to plan provision and find what is missing or not working", "Surprise",
     "Final Touch"),
    ("19", "Deploys and manages teaching assistants and other staff", "Surprise", "Final Touch"),
    ("20", "Works with senior colleagues and governors on an inclusive ethos, policy, priorities and resources",
     "Surprise", "Final Touch"),
    ("21", "Gains the commitment of colleagues, the head and senior leaders", "Surprise", "Final Touch"),
    ("22", "Supports colleagues' professional development by observing, feedback, coaching, mentoring and training",
     "Surprise", "Plain course"),
    ("23", "Knows the principles of school self-evaluation and improvement as they bear on SEN", "Surprise",
     "Plain course"),
    ("24", "Reviews the effectiveness of provision with other staff, to inform the school's self-evaluation",
     "Surprise", "Final Touch"),
    ("25", "Anticipates and resolves problems and makes sound decisions about provision", "Surprise", "Final Touch"),
    ("26", "Keeps up to date and takes charge of their own professional development", "Surprise", "Plain course"),
    ("NOT ON A PRACTICE NIGHT", None),
    ("27", "Prioritises, manages time and delegates", "-", "Final Touch"),
]
ct = doc.add_table(rows=1, cols=4)
ct.style = "Table Grid"
for j, h in enumerate(("Line", "In the Committee's words", "Rung in", "Called at")):
    cell_text(ct.cell(0, j), h, bold=True, size=9)
    shade(ct.cell(0, j), "E7DCC0")
for item in chart:
    row = ct.add_row()
    if item[1] is None:
        m = row.cells[0].merge(row.cells[3])
        cell_text(m, item[0], bold=True, size=8.5)
        shade(m, "F5EFE0")
        continue
    num, words, rung, called = item
    cell_text(row.cells[0], num, size=9)
    cell_text(row.cells[1], words, size=9)
    cell_text(row.cells[2], rung, size=9)
    if called == "S2C":
        pp = row.cells[3].paragraphs[0]
        del_run(pp, "Plain course", MT, MT_DATE, size=9)
        ins_run(pp, "Final Touch", MT, MT_DATE, size=9)
    else:
        cell_text(row.cells[3], called, size=9)
for row in ct.rows:
    for c, w in zip(row.cells, (Cm(1.2), Cm(11.0), Cm(2.4), Cm(2.6))):
        c.width = w

p = doc.add_paragraph()
p.paragraph_format.space_before = Pt(10)
run(p, "NOTICEBOARD", bold=True, size=12)
for lead, text in [
    ("Wendlemoor Guild of Ringers. ", "SENCO course by distance learning, with an online forum and a direct "
                                      "assessment route for experienced SENCOs. Details from the Guild's Education "
                                      "Secretary."),
    ("Bells for All. ", "Volunteers wanted for handbell visits to special schools in the summer term. The "
                        "Association arranges CRB checks for all volunteers."),
    ("Striking competition. ", "The Lynher Vale Six-Bell Striking Competition is on Saturday 9 May at St Germoe. "
                               "Entries to the Ringing Master of the Association by 18 April."),
    ("Simulator. ", "The Ringing Centre's simulator at Liskerrett is free to members on Saturday mornings."),
    ("Lost. ", "One handbell (tenor, in a blue bag) at Liskerrett after the January quarterly meeting."),
]:
    p = doc.add_paragraph()
    run(p, lead, bold=True, size=9)
    run(p, text, size=9)

doc.save(OUT)
print("wrote", OUT)
