"""pa-02-ganapathy-panchatantra: build the .docx next to this script.

PROVIDER (invented). Sri Ganapathy Temple Education Trust, Wexley Green: the education arm of a Hindu (Tamil)
temple, whose Sunday Vidyalaya has taught children with Panchatantra stories for twenty years and which ran an
unaccredited "Kathai Circle" for teachers and teaching assistants from 2004 to 2008. Validating partner:
Calderford University. January 2009.

DOCUMENT KIND AND LAYOUT. The Trust's teachers' storybook, "Kathaigal series, no. 7: The Panchatantra of the
SENCO", in which the course is told as the Panchatantra is told: the frame story (Vishnu Sharma teaching King
Amarashakti's sons in six months), then the five Tantras, each a book of one fable. Every Tantra has the same
parts: the story in an italic custom style (not evidence), its moral in a shaded one-cell "Niti" table (a value,
not evidence), "In the Goshthis" (what the course does: the evidence), a bulleted "What the Shishya learns to
do" list, and sometimes a Pariksha (marked task) paragraph. Heading 1 for the parts, Heading 2 inside them. It
closes with a "Phalashruti" (the traditional "fruit of hearing" ending) holding the Niti-suchi outcome table,
whose "Examined in" column uses "heard only" for taught-but-unmarked qualities, and "Practical matters"
(Kathakaars, books, welcome, looking back, a dates table with merged term rows, a head's confirmation form with
blanks). An at-a-glance table with merged cells, a glossary table, a VML text box for the Pratyaksha route,
footnotes giving the sources of the stories, one Word comment, tracked changes, header and footer.

The Trust's words: Shishya (participant), Kathakaar (tutor), Mitra (school mentor), Goshthi (taught Saturday),
Pariksha 1 and 2 (marked written tasks), Samvad (the final oral), Prashnavali (pre-course self-rating),
Marga (individual plan), Niti-suchi (outcome table), "heard only" (taught, not examined), Pratyaksha route
(assessment only), Aduththa Payanam (the next journey: the closing target-setting session).

TRAPS (requirement ids).
- Stories and morals are never evidence: the Tantra 3 moral is about a king handing tasks to ministers
  (delegation), but the course has no session or row on prioritising, time or delegation (6.A3 not met).
- E.2: the course carries 40 credits at Level 7; 60 only by adding a separate University module taken alone
  (partially met).
- 3.2: one group, September only, the Tantras in order; the two-year option is a deleted tracked change; a
  Tuesday group is a Word comment and a hope "From 2010" (partially met: only pause and catch-up).
- 3.3: "has no online part": not applicable.
- 2.1: certificated credit only "if the University agrees"; the old Kathai Circle "carried no credit"; "The
  course does not give credit for experience" (partially met).
- 2.3: the Pratyaksha route sits only in a text box (met).
- 5.3: a past arrangement ("On the Kathai Circle we took the schools' word for it") next to the current system;
  "issued within the last three years" is a tracked insertion, which counts (met).
- 4.3: Saath parents co-lead Goshthi 2, but evaluation by stakeholders is only a wish: "we would like the
  headteachers' association and Saath to help us"; "We have not yet asked them" (partially met).
- 5.1: feedback sheets and Kathakaars' meetings; external review only "The University will also look at the
  course each year in its own way" (partially met).
- 5.5: specialists visit, but "There are no visits or placements"; another provider's course (the council's
  induction programme) visits special schools (partially met, other provider's arrangement).
- 5.6: "The course keeps no library and no specialist equipment of its own"; resources left to schools
  (someone else's responsibility): not met.
- 5.9: confidence compared, but pupils' data only "where schools allow" and "We would like to know" (partial).
- 3.1: welcome for "every faith and none" (value) and "may tell the office" only (partially met).
- 6.0 / 1.9: the award goes to those who attend nine Goshthis and pass the two Parikshas and the Samvad; five
  rows are "heard only"; three outcomes have no row; the blanket claim that the Niti-suchi "holds every quality"
  and that the Samvad "may ask about any of them" is unsupported (both partially met).
- 6.K4: "Child development is not taught" (negation): not met. 6.S2d: access arrangements "are not part of the
  course" (the exams officer's job): not met.
- 6.A7, 6.K2, 6.S2a, 6.S4, 6.S9: "heard only" in the Niti-suchi (taught, not examined): partially met. Every
  Child Matters is taught in Goshthis 1 and 8 and Pariksha 2 asks for well-being measures, but the ECM row
  itself is "heard only" (6.K2 partial while 1.1 is met on aims, content and assessment of pupils' well-being).
- 5.4 / tutors' own CPD: the Kathakaars attend seminars (supports 5.4; it is not the participants' 6.A7).
- 5.9: Pariksha 2 requires pupils' before-and-after measures (1.8 met), but the Trust compares only confidence
  and receives pupils' data only "where schools allow".
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _pa_helpers import Builder  # noqa: E402
from docx.shared import Pt, RGBColor  # noqa: E402

HERE = Path(__file__).parent
NAME = "pa-02-ganapathy-panchatantra"
GOLD = "FFE699"
LEAF = "E2EFD9"
GREY = "EDEDED"

b = Builder(font="Georgia", size=10.5)
b.add_par_style("Kathai", size=10.5, italic=True, color="385723", space_after=6)
b.add_par_style("Book Body", size=10.5, space_after=6)
BODY = "Book Body"
for h, sz, col in (("Heading 1", 15, "7F6000"), ("Heading 2", 12, "385723")):
    st = b.doc.styles[h]
    st.font.size = Pt(sz)
    st.font.name = "Georgia"
    st.font.color.rgb = RGBColor.from_string(col)

b.header_footer([("Sri Ganapathy Temple Education Trust  |  The Vishnusharma Course", {})],
                [("Kathaigal series, no. 7  |  second draft for the approval panel  |", {})])


def h1(t):
    return b.doc.add_heading(t, level=1)


def h2(t):
    return b.doc.add_heading(t, level=2)


def story(paras, source):
    first = None
    for t in paras:
        pp = b.p(t, style="Kathai")
        first = first or pp
    b.footnote(first, source)


def niti(text):
    t = b.table([[""]], widths_cm=[15.5])
    b.cell_text(t.cell(0, 0), [("Niti.  ", {"b": True}), (text, {"i": True})], size=10)
    b.shade_cell(t.cell(0, 0), GOLD)
    b.p("", style=BODY, space_after=0)


def bullets(items):
    for it in items:
        b.p(it, style="List Bullet", space_after=2)


# ------------------------------------------------------------------------ cover
ct = b.table([[""], [""], [""], [""]], widths_cm=[15.5])
b.merge(ct, 0, 0, 0, 0, [("SRI GANAPATHY TEMPLE EDUCATION TRUST  \u00b7  Kathaigal series, no. 7", {"b": True})],
        fill=GOLD, align="center")
b.merge(ct, 1, 0, 1, 0, [("THE PANCHATANTRA OF THE SENCO", {"b": True, "size": 20})], align="center")
b.merge(ct, 2, 0, 2, 0, [("Five books of stories for teachers, being the Vishnusharma Course for the National Award "
                          "for SEN Coordination", {"i": True, "size": 12})], align="center")
b.merge(ct, 3, 0, 3, 0, [("Second draft for the approval panel, January 2009", {"size": 9})], fill=LEAF, align="center")

h1("A word before the stories")
b.p("At the Temple we believe that every child is a gift, and that Ganapathy, the remover of obstacles, asks us to "
    "clear the way for each of them. Our teachers have told the Panchatantra stories in the Sunday Vidyalaya for "
    "twenty years. When the Trustees decided to seek approval for the National Award, our teachers asked that the "
    "course book be written as the Panchatantra is written: a story first, then what follows from it.", style=BODY)
b.p("The stories are not the course. What the course does is written after each story, under the words In the "
    "Goshthis, and in the practical matters at the end. We are committed to excellence and inclusion in everything "
    "we do.", style=BODY)
b.p("S. Balasubramaniam, Chair of Trustees", style=BODY, align="right")

h2("The words of this book")
b.table([
    ["Word", "Meaning"],
    ["Shishya", "a teacher taking the course"],
    ["Kathakaar", "one of the course's tutors (literally, a teller of stories)"],
    ["Mitra", "the senior colleague in the Shishya's school who supports them (a friend)"],
    ["Goshthi", "a taught Saturday in the Temple's Kalyana Mandapam, 9.30 to 4.00"],
    ["Pariksha 1, Pariksha 2", "the two marked written tasks"],
    ["Samvad", "the final conversation, marked by two Kathakaars"],
    ["Prashnavali", "the questions each Shishya answers before the course, and again at the end"],
    ["Marga", "the Shishya's own path through the course, agreed with a Kathakaar"],
    ["Niti-suchi", "the list of what a Shishya learns, at the end of this book"],
    ["heard only", "taught in the Goshthis but not examined"],
], widths_cm=[4.0, 11.5], header_fill=GOLD, font_size=9.5, bold_first_col=True)

# ------------------------------------------------------------------ Kathamukham
h1("Kathamukham: how the stories began")
story([
    "In the city of Mahilaropya ruled King Amarashakti, who had three sons, and none of them would learn. Twelve "
    "years of grammar, his counsellors told him, before a prince could begin on the science of ruling. Then the old "
    "Brahmin Vishnu Sharma said: give them to me, and in six months I will make them wise in the ways of the world. "
    "He did not teach them grammar. He told them stories, five books of them, and in six months the princes had "
    "learned how friends are lost and won, how war and peace are made, how gains are kept, and why the wise look "
    "before they act."],
    "The frame story of the Panchatantra, as told in the Vidyalaya; retold from the Sanskrit text ascribed to Vishnu "
    "Sharma.")
b.p("Vishnu Sharma began with the learners he had, not the ones the counsellors wished for. We try to do the same.",
    style=BODY)

h2("The Vishnusharma Course at a glance")
G = [
    ["", ""],
    ["Award", "Postgraduate Certificate in SEN Coordination (National Award for SENCOs), awarded by Calderford "
              "University"],
    ["Purpose", "to raise the achievement and well-being of pupils with SEN and disabilities in the Shishyas' schools, "
                "in all five Every Child Matters outcomes, by making their SENCOs skilled leaders of provision"],
    ["Validation", "Validated by Calderford University's School of Education and Community Studies at its "
                   "validation event on 2 December 2008"],
    ["Credit", "40 credits at Level 7 (Masters). Shishyas who want 60 credits may add the University's 20-credit "
               "module Independent Study in Education, taken on their own with a University supervisor."],
    ["Length", "September to July: ten Goshthis in the Temple's Kalyana Mandapam"],
    ["Group", "one group of up to sixteen Shishyas a year"],
    ["Online", "None. The course is taught face to face and has no online part."],
    ["Fee", "\u00a3950, paid by the school"],
    ["Course Leader", "Mrs Lalitha Sundaram"],
]
gt = b.table(G, widths_cm=[3.5, 12.0], font_size=9.5, bold_first_col=True)
b.merge(gt, 0, 0, 0, 1, [("THE COURSE IN ONE TABLE", {"b": True})], fill=GOLD, align="center")
for i in range(1, len(G)):
    b.shade_cell(gt.cell(i, 0), LEAF)
b.p("", style=BODY, space_after=0)

dur = b.p(style=BODY)
r1 = b.run(dur, "Vishnu Sharma promised six months. We promise a year, and it is the same year for everyone: one group, "
                "starting in September, taking the five Tantras in order. A Shishya who misses a Goshthi makes it up "
                "with the next year's group, and a Shishya who falls ill or has a baby may pause and rejoin the "
                "following September. ")
b.dele(dur, "Shishyas who prefer may take the course over two years, one Tantra at a time. ", author="Lalitha Sundaram")
r2 = b.run(dur, "From 2010 we hope to offer a second group on Tuesday evenings if enough schools ask.")
b.comment([r2], "Heads in the north of the borough asked for a Tuesday evening group from September. Can we staff it? LS",
          author="Lalitha Sundaram", initials="LS")

# --------------------------------------------------------------- before the stories
h1("Before the first Goshthi")
h2("Who may join")
b.p("The course is for qualified teachers who are SENCOs, or who will become SENCOs during the year, in schools in "
    "Wexley and the neighbouring boroughs. Every application includes a letter of support from the headteacher. The "
    "Course Leader interviews every applicant, in person or by telephone, with five questions about their work with "
    "pupils with SEN. An applicant who has taught for less than two years, or who is not yet working with pupils with "
    "SEN, is told what to do first, and the Course Leader talks with their head about a place the following year.",
    style=BODY)
chk = b.p(style=BODY)
b.run(chk, "Before a place is confirmed, the Temple office sees the head's written confirmation, on the form at the back "
           "of this book, that the Shishya holds an enhanced CRB disclosure ")
b.ins(chk, "issued within the last three years ", author="Lalitha Sundaram")
b.run(chk, "and that the school has no concerns about their conduct or any disciplinary matter. A Shishya who has not "
           "worked in a school in the last three months applies for a new enhanced disclosure through the Trust, which "
           "is a registered body, and does not start until it is returned. On the Kathai Circle we took the schools' "
           "word for it; we no longer do.")

h2("The Prashnavali and the Marga")
b.p("Six weeks before the first Goshthi every Shishya answers the Prashnavali: each quality in the Niti-suchi, with a "
    "question ('When did you last...?') and a four-step scale. A Kathakaar meets each Shishya for forty minutes, asks "
    "for examples behind the high ratings, and together they write the Shishya's Marga: the three or four qualities "
    "to work on first, school tasks chosen to suit the Shishya's school, the topic of Pariksha 2, and the Goshthis "
    "where the Shishya works in the second circle on a harder case while others cover the basics. The Marga is "
    "looked at again at Goshthi 5 and Goshthi 10.", style=BODY)
b.p("The fee of \u00a3950 covers the ten Goshthis, marking and the University's registration. The Temple gives the "
    "hall and lunch without charge, which keeps the fee well below that of the University's own certificate.",
    style=BODY)

h2("What you have already learned")
b.p("A Shishya who has already passed Masters-level modules on special educational needs may ask the University to "
    "count up to 20 credits of them, if the University agrees; the University decides, not the Trust. The Kathai "
    "Circle, the Temple's course for teachers and teaching assistants from 2004 to 2008, carried no credit and cannot "
    "be counted. The course does not give credit for experience.", style=BODY)

b.textbox([
    [("THE PRATYAKSHA ROUTE", {"b": True})],
    ["Pratyaksha means knowing by seeing for oneself. An experienced SENCO, usually with five years or more in the "
     "role or in an SEN support service, who believes they already meet every quality in the Niti-suchi may apply "
     "to be assessed without taking the Goshthis. They answer the Prashnavali with evidence for every quality. If "
     "the Course Leader and a University tutor agree that the evidence is strong, they submit Pariksha 1 and "
     "Pariksha 2 and take the Samvad on the same terms as every Shishya. The fee is \u00a3450."],
], width_pt=430, fill="F2F8EE", stroke="548235")

# --------------------------------------------------------------------- Tantra 1
h1("Tantra 1. Mitrabhedam: the parting of friends (Goshthis 1 and 2)")
h2("The story: the Lion and the Bull")
story([
    "A merchant's bull, Sanjivaka, was left lame by the river and grew strong on the grass of the forest. The lion "
    "king Pingalaka, hearing his great bellow, was afraid, until the jackal Damanaka brought them together and they "
    "became friends. Then Damanaka, jealous because the king no longer listened to him, whispered to the lion that the "
    "bull plotted against him, and to the bull that the lion meant to eat him. Neither asked the other. They met "
    "ready to fight, and the bull was killed. Too late the lion grieved."],
    "Mitrabhedam, the first book; the jackals are Karataka and Damanaka.")
niti("Friends are parted not by what they say to one another but by what is said between them.")
h2("In the Goshthis")
b.p("Goshthis 1 and 2 are about the friendships a SENCO keeps: with children, with their families and with the law "
    "that binds a school to both. Goshthi 1 works through the SEN Code of Practice (2001) and the Special Educational "
    "Needs and Disability Act 2001: the graduated response, school action and school action plus, statutory "
    "assessment, statements and annual reviews, and how a school puts them into practice. It then takes the duties "
    "of the Disability Discrimination Act as amended in 2005 (the disability equality duty and scheme, reasonable "
    "adjustments, accessibility plans) and the five outcomes of Every Child Matters. Shishyas bring their school's SEN "
    "policy and disability equality scheme and check them against the law. The day ends with practice in speaking "
    "plainly and listening well: each Shishya explains one duty to a parent, played by a Kathakaar, and is told what "
    "the parent heard.", style=BODY)
b.p("Goshthi 2 is led with Saath, the Temple's group for families of children with disabilities. Parents describe "
    "meetings that went well and badly; Shishyas rehearse an annual review and a first conversation with a worried "
    "family. In the afternoon Shishyas learn ways of asking children what they think (talking mats, drawing and "
    "diamond ranking, short interviews with a trusted adult present, pupil-led reviews) and how to bring children "
    "into planning and reviewing their own provision. Each Shishya tries two of these with a child before Pariksha 1.",
    style=BODY)
h2("What the Shishya learns to do")
bullets([
    "keep fair, respectful and trusting relationships with children with SEN and their families;",
    "know the SEN law and the Code of Practice, the disability equality duties and Every Child Matters, and what each "
    "asks of the school;",
    "consult children about their provision and bring them into its planning and review;",
    "speak plainly and listen to what others mean.",
])
h2("Pariksha 1: A Family's Story")
b.p("Pariksha 1 (3,500 words, due in May) tells the story of one child and family through their own eyes: what "
    "the child and the family said when asked and what changed because of it; the meetings with the family; the law, "
    "the Code of Practice and the disability duties that applied; the child's needs and their effect on learning; and "
    "which outside services are involved, what each does and how the school obtained their help.", style=BODY)

# --------------------------------------------------------------------- Tantra 2
h1("Tantra 2. Mitralabham: the winning of friends (Goshthis 3 and 4)")
h2("The story: the Crow, the Mouse, the Tortoise and the Deer")
story([
    "A crow saw a mouse gnaw a net and free a flock of doves, and asked to be his friend. A tortoise joined them, and "
    "then a deer. One day the deer was caught in a hunter's net, and the mouse gnawed it through; but the slow tortoise "
    "was caught instead and carried off. So the deer lay down as if dead in the hunter's path, the crow sat pecking at "
    "its eye, and when the hunter put down the tortoise to seize the deer, the mouse cut the cords, the deer ran and "
    "the tortoise slipped into the water."],
    "Mitralabham, the second book: the crow Laghupatanaka, the mouse Hiranyaka, the tortoise Mantharaka and the deer "
    "Chitranga.")
niti("The crow could see, the mouse could gnaw, the deer could run and the tortoise could wait; none could have "
     "escaped alone.")
h2("In the Goshthis")
b.p("Goshthi 3 brings the people a SENCO must know outside the school. An educational psychologist, a speech and "
    "language therapist, a specialist teacher for sensory impairment and a CAMHS worker from Wexley, with Saath and "
    "the Wexley Dyslexia Association, each explain their service: who they see, how a school refers and what they need "
    "from it. Shishyas then work through two cases in which several services are involved and draw a map of the "
    "services around their own school.", style=BODY)
b.p("Goshthi 4 is about colleagues: how to advise and support a class teacher, how to win the commitment of the "
    "headteacher and senior team to a change for pupils with SEN, and how SENCOs in different schools can support one "
    "another. Shishyas are put in mitra circles of four from different schools, which meet between Goshthis to talk "
    "through difficult cases and read one another's drafts.", style=BODY)
b.p("There are no visits or placements: Shishyas learn in their own schools, where the children are. The council's "
    "induction programme for new SENCOs includes a day in a special school, and some Shishyas have taken it as "
    "well.", style=BODY)
h2("Mitras")
b.p("Every Shishya has a Mitra in their school, normally a member of the senior team. Mitras come to a half-day Mitra "
    "Goshthi in September, where the Course Leader explains what a Mitra does and practises with them the two "
    "conversations a Mitra holds each term: looking at the Marga together, and watching the Shishya at work and "
    "talking about it afterwards. Mitras receive the Mitra's booklet and may telephone the Course Leader at any time. "
    "Kathakaars new to the course are inducted by the University and second-mark beside an experienced Kathakaar for "
    "their first year.", style=BODY)
h2("How this course made its friends")
b.p("In the spring of 2008 we asked. Twenty-six SENCOs answered a questionnaire at the council's SENCO forum; we met "
    "the Wexley headteachers' association and the Saath families. SENCOs asked most for help with the Code of Practice "
    "and statutory assessment (18 of 26), with working with families (15) and with managing teaching assistants (14). "
    "Heads asked for Saturday teaching. Saath asked that SENCOs learn to listen to children. So the Goshthis are on "
    "Saturdays, the first two Tantras are given to the law, to families and to children, Saath parents co-lead "
    "Goshthi 2, and the first Pariksha is a family's story.", style=BODY)
b.p("When the course is running we would like the headteachers' association and Saath to help us look back at each "
    "year and decide what to change. We have not yet asked them.", style=BODY)
h2("What the Shishya learns to do")
bullets([
    "know what other services and agencies do and how to obtain their help;",
    "work with services and voluntary organisations around a child;",
    "win the commitment of the head, the senior team and colleagues;",
    "advise, support and learn from colleagues in their own and other schools.",
])

# --------------------------------------------------------------------- Tantra 3
h1("Tantra 3. Kakolukiyam: the crows and the owls (Goshthis 5, 6 and 7)")
h2("The story: the war of the crows and the owls")
story([
    "Night after night the owl king attacked the crows' tree. The crow king asked each of his five ministers for "
    "counsel, and listened to all. The oldest, Sthirajivi, let himself be cast out, bleeding, and went to live among "
    "the owls as one who hated the crows. The owls' own wise minister warned his king, and was not heard. When "
    "Sthirajivi had learned the ways of the owls' cave, he carried word to his king, and the crows brought fire to "
    "its mouth by day, when owls cannot see."],
    "Kakolukiyam, the third book.")
niti("A king who does everything himself is ruled by everything; a wise king gives each minister his task and asks "
     "for an account of it.")
h2("In the Goshthis")
b.p("Goshthi 5 is about the SENCO and the senior team. Shishyas learn how to work with the head, senior leaders and "
    "governors on the school's inclusive ethos, its SEN policy, its priorities in the school improvement plan and the "
    "use of its SEN budget; and how a school evaluates itself, through the self-evaluation form and its own data, "
    "and where the progress of pupils with SEN belongs in that evaluation and in the improvement that follows.",
    style=BODY)
b.p("Goshthi 6 is on provision mapping: mapping what the school provides for pupils with SEN, what it costs and what "
    "it achieves, finding provision that is ineffective or missing, and deciding what to do when the evidence is "
    "mixed and the money short. Shishyas bring their school's data and begin the map that Pariksha 2 will use.",
    style=BODY)
b.p("Goshthi 7 is on people: how to deploy and manage teaching assistants and other staff, and how to help colleagues "
    "grow by observing lessons and giving feedback, modelling, coaching and mentoring, and leading training. Shishyas "
    "watch a filmed lesson, give feedback to the teacher, played by a Kathakaar, and plan a short training session "
    "they will lead in school.", style=BODY)
h2("What the Shishya learns to do")
bullets([
    "shape, with the senior team and governors, the school's inclusive ethos, policy, priorities and resources;",
    "understand school self-evaluation and where pupils with SEN fit in it;",
    "map provision and find what is ineffective or missing, and decide soundly about it;",
    "deploy and manage support staff;",
    "develop colleagues through observation and feedback, modelling, coaching and training.",
])

# --------------------------------------------------------------------- Tantra 4
h1("Tantra 4. Labdhapranasham: the loss of what was gained (Goshthi 8)")
h2("The story: the Monkey and the Crocodile")
story([
    "A monkey who lived in a rose-apple tree fed its fruit to a crocodile every day, and they became friends. The "
    "crocodile's wife, tasting the fruit, wanted the heart that fed on it. So the crocodile carried the monkey across "
    "the river on his back and, halfway over, told him why. 'Then turn back,' said the monkey, 'for I keep my heart in "
    "the tree.' The crocodile turned, the monkey leapt into the branches, and the crocodile lost a friend and the "
    "fruit together."],
    "Labdhapranasham, the fourth book.")
niti("What is gained in a year can be lost in a term.")
h2("In the Goshthis")
b.p("Goshthi 8 is about keeping gains. Shishyas learn to use summative assessment, including the national tests and "
    "the school's tracking data, to follow the progress of pupils with SEN and to change a programme that is not "
    "working; to look at well-being as well as attainment, across the five Every Child Matters outcomes; and to lead a "
    "review with teaching assistants and teachers of how well the school's provision works, and to write what it "
    "finds into the school's self-evaluation.", style=BODY)
b.p("Pariksha 2 asks every Shishya to record their pupils' attainment or well-being before the change they lead and "
    "again at least one term after it. Shishyas answer the Prashnavali again at the last Goshthi, and the Kathakaars "
    "compare each Shishya's confidence at the start and the end. We would like to know, too, whether the children in "
    "the Shishyas' schools do better over time; where schools allow, Shishyas' Pariksha 2 data may be shared with us.",
    style=BODY)
h2("What the Shishya learns to do")
bullets([
    "use summative results, including the national tests, to track progress and change programmes;",
    "review with colleagues how well provision works, and feed the school's self-evaluation.",
])

# --------------------------------------------------------------------- Tantra 5
h1("Tantra 5. Aparikshitakarakam: acting without looking (Goshthis 9 and 10)")
h2("The story: the Brahmin's Wife and the Mongoose")
story([
    "A Brahmin's wife went to the well and left her baby with the mongoose the family had raised. A cobra came to the "
    "cradle, and the mongoose fought it and killed it. When the woman came home the mongoose ran to greet her, its "
    "mouth red with blood. Without looking further she threw down her heavy water pot and killed it. Then she went in, "
    "and found her child asleep and the cobra torn in pieces beside the cradle."],
    "Aparikshitakarakam, the fifth book, as told in the Vidyalaya.")
niti("Do not act until you have looked.")
h2("In the Goshthis")
b.p("Goshthi 9 is about looking before acting. Shishyas study the commonest kinds of need (behavioural, emotional and "
    "social difficulties, specific learning difficulties including dyslexia, speech, language and communication "
    "needs, autistic spectrum disorders and moderate learning difficulties) and how each affects learning; how to "
    "identify pupils who may have SEN from observation, data and assessment, set targets that stretch them, plan "
    "interventions and review progress; how to read reports from psychologists, therapists and specialist teachers; "
    "and how to help colleagues use formative assessment with all pupils and adapt it for pupils with SEN. In the "
    "afternoon they weigh approaches and resources for assessment, planning and teaching, including ICT such as "
    "symbol software and text-to-speech, and ask critically what each does for a child.", style=BODY)
b.p("Child development is not taught: Shishyas learned it in their teacher training, and the course does not return "
    "to it. Access arrangements for tests and examinations are the work of each school's examinations officer and "
    "are not part of the course.", style=BODY)
ten = b.p("Goshthi 10 is about research: what it says and how to use it. The Kathakaars bring recent research and "
          "inspection evidence, among it Ofsted's Inclusion: does it matter where pupils are taught? (2006), the first "
          "findings of the Deployment and Impact of Support Staff project and the Bercow Review (2008), and Shishyas "
          "practise using research and outside advice to improve their own teaching and colleagues'.", style=BODY)
b.footnote(ten, "The Bercow Report: a review of services for children and young people (0-19) with speech, "
                "language and communication needs, DCSF, 2008.")
b.p("Goshthi 10 ends with Aduththa Payanam, the next journey. Each Shishya writes three professional targets for the "
    "following year on the Trust's planning sheet, talks them through with a Kathakaar, and takes them to their head "
    "for performance management; the Kathakaars explain the University's MA and the council's leadership "
    "programmes.", style=BODY)
h2("Pariksha 2: The Change")
b.p("Pariksha 2 (5,000 words, due at the start of July) is the story of one change the Shishya leads in school over two terms. It "
    "must show how the Shishya identified the pupils concerned, set their targets and planned and reviewed the "
    "intervention; how the change was agreed with the senior team and governors and how colleagues' commitment was "
    "won; the provision map and the decisions taken from it; the training or coaching the Shishya gave colleagues and "
    "how colleagues were helped to use formative assessment; the review of the provision with colleagues and what "
    "went into the school's self-evaluation; the research and the approaches, including ICT, on which the change "
    "drew; and the pupils' progress before and after, using summative data.", style=BODY)
h2("How the course examines")
b.p("Pariksha 1 and Pariksha 2 are each marked by two Kathakaars against the University's Level 7 criteria, and the "
    "University moderates a sample of each, with every fail. The University's external examiner sees a sample and "
    "attends the examination board. The Samvad, in July, is a thirty-minute conversation with two Kathakaars about "
    "Pariksha 2, marked for how clearly the Shishya speaks and how well they listen. Shishyas who attend at least nine "
    "of the ten Goshthis and pass Pariksha 1, Pariksha 2 and the Samvad receive the Award.", style=BODY)

# ------------------------------------------------------------------- Phalashruti
h1("Phalashruti: the fruit of hearing")
b.p("Whoever hears these five books, the old ending says, is never defeated, even by Indra. We claim less. The "
    "Niti-suchi holds every quality the DCSF asks of a SENCO, and the Samvad may ask about any of them.", style=BODY)
NS = [
    ["No.", "What the Shishya can do", "Told in Goshthi", "Examined in"],
    ["1", "Keep fair and trusting relationships with children and their families", "1, 2", "Pariksha 1"],
    ["2", "Bring the head, senior team and colleagues with you", "4", "Pariksha 2"],
    ["3", "Look ahead for trouble and decide soundly about provision", "6", "Pariksha 2"],
    ["4", "Speak plainly, write clearly and listen well", "1", "Samvad"],
    ["5", "Use research and outside advice to improve your own and others' teaching", "10", "Pariksha 2"],
    ["6", "Plan your own next steps in SEN and keep up to date", "10", "heard only"],
    ["7", "The law and guidance on SEN, the Code of Practice first, and putting them into practice", "1", "Pariksha 1"],
    ["8", "Every Child Matters: the five outcomes and the SENCO's part", "1, 8", "heard only"],
    ["9", "Disability equality law and what it requires schools to do", "1", "Pariksha 1"],
    ["10", "The commonest needs (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their effect on learning", "9",
     "Pariksha 1"],
    ["11", "Approaches and resources, including ICT, for assessment, planning and teaching, judged critically", "9",
     "Pariksha 2"],
    ["12", "How a school evaluates itself and improves, and where pupils with SEN fit", "5", "Pariksha 2"],
    ["13", "What research and best practice say about meeting SEN", "10", "Pariksha 2"],
    ["14", "What other services do and how to get their help", "3", "Pariksha 1"],
    ["15", "Shape the school's inclusive ethos, policy, priorities and budget with the senior team and governors", "5",
     "Pariksha 2"],
    ["16", "Find pupils who may have SEN, set targets, plan interventions, review progress", "9", "Pariksha 2"],
    ["17", "Use reports from psychologists, therapists and specialist teachers to shape teaching", "9", "heard only"],
    ["18", "Use summative results, including national tests, to track progress and change programmes", "8",
     "Pariksha 2"],
    ["19", "Help colleagues use formative assessment, with approaches for pupils with SEN", "9", "Pariksha 2"],
    ["20", "Map provision and find what is ineffective or missing", "6", "Pariksha 2"],
    ["21", "Deploy and manage teaching assistants and other staff", "7", "heard only"],
    ["22", "Develop colleagues: observation and feedback, modelling, coaching, training", "7", "Pariksha 2"],
    ["23", "Review provision with colleagues and feed the school's self-evaluation", "8", "Pariksha 2"],
    ["24", "Involve pupils in planning and reviewing their own provision", "2", "Pariksha 1"],
    ["25", "Work with parents and carers", "2", "Pariksha 1"],
    ["26", "Work with other services and voluntary organisations", "3", "heard only"],
]
b.table(NS, widths_cm=[1.1, 9.4, 2.5, 2.5], header_fill=GOLD, font_size=9)
b.p("", style=BODY, space_after=0)

# ------------------------------------------------------------- practical matters
h1("Practical matters")
h2("The Kathakaars")
b.p("Mrs Lalitha Sundaram, Course Leader, was SENCO of a Wexley primary school for twelve years and holds the "
    "University's MA in Special Educational Needs. Dr Ravi Krishnan, senior lecturer in inclusive education at "
    "Calderford University, was an educational psychologist for nine years. Mrs Helen Okafor is an advisory teacher "
    "for SEN with Wexley council and a former secondary SENCO. Mr Arjun Pillai is a specialist teacher for dyslexia "
    "with the Associate Membership of the British Dyslexia Association. Each Kathakaar attends the University's "
    "research seminars and the national SENCO conference every year.", style=BODY)
h2("Books and equipment")
b.p("The course keeps no library and no specialist equipment of its own. Shishyas use the books, software and "
    "equipment their schools have, and schools are asked to make them available.", style=BODY)
h2("Welcome")
b.p("The Temple welcomes everyone, of every faith and none. The Kalyana Mandapam is on the ground floor. Shishyas "
    "with a disability may tell the office about anything they need.", style=BODY)
h2("Looking back")
b.p("At the end of each Goshthi Shishyas complete a feedback sheet, and the Kathakaars meet after each Tantra to read "
    "them and agree what to change for the next group. The University will also look at the course each year in its "
    "own way.", style=BODY)

h2("Goshthis 2009-10")
D = [
    ["Goshthi", "Saturday", "Tantra"],
    ["AUTUMN 2009", None, None],
    ["1, 2", "3 October, 17 October", "1 Mitrabhedam"],
    ["3, 4", "14 November, 5 December", "2 Mitralabham"],
    ["SPRING 2010", None, None],
    ["5, 6, 7", "16 January, 6 February, 6 March", "3 Kakolukiyam"],
    ["8", "20 March", "4 Labdhapranasham"],
    ["SUMMER 2010", None, None],
    ["9, 10", "24 April, 22 May", "5 Aparikshitakarakam"],
    ["Samvad", "[July date to be fixed with the University]", "\u2014"],
]
dt = b.table(D, widths_cm=[2.5, 8.0, 5.0], header_fill=GOLD, font_size=9)
for i, row in enumerate(D):
    if row[1] is None:
        b.merge(dt, i, 0, i, 2, [(row[0], {"b": True})], fill=LEAF, size=9)
b.p("", style=BODY, space_after=0)

h2("Headteacher's confirmation (to be returned to the Temple office)")
F = [
    ["School", "[school name]"],
    ["Shishya", "[name of teacher]"],
    ["Enhanced CRB disclosure", "Date of issue: [date]   Disclosure number: [number]"],
    ["Conduct", "I confirm that the school has no concerns about this teacher's conduct and that no disciplinary "
                "matter is outstanding.   Signed: ____________"],
    ["Mitra", "[Mitra's name and role]"],
]
b.table(F, widths_cm=[4.5, 11.0], font_size=9, bold_first_col=True)

b.save(HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
