"""Build dt-02-wyndcliffe-conference-address.docx (blind test application).

PROVIDER
  The Wyndcliffe Association of Independent and Non-Maintained Special
  Schools (invented): 31 member schools. Its SENCO Award is taught by member
  schools' training staff (Dr Colm Brady, programme leader; Fiona Ashe,
  Raj Mehta, Helen Dacre) for teachers in maintained schools in four local
  authorities (Stanbridge, Ferrisham, North Wealdon, Coldwater; invented),
  validated by the University of Stanbridge (invented) as a 60-credit
  Postgraduate Certificate at Master's level. Chief Executive: Maggie
  Quinlan. March 2009.

KIND OF DOCUMENT
  The SPEAKING TEXT of the Chief Executive's keynote at the Association's
  annual conference, where the programme was launched, sent with the delegate
  handout as the application (a short note to the panel on top). Spoken
  register: anecdote, rhetorical questions, asides to named people in the
  audience, bracketed slide cues ("[SLIDE 6: The year]") and italic stage
  directions, no headings. The speechwriter's rehearsal edits are left as
  real tracked changes (w:del / w:ins with author and date) and five Word
  comments by the comms officer and the programme leader. Then "Questions
  from the floor" (bold speaker labels, answers by Maggie or Colm), then the
  handout: a facts table, a study-day table, an assessment table and an
  outcomes table in the Association's own words with merged group rows and
  one combined row. Page header and footer (never evidence).

TRAPS (requirement ids affected)
  - Deleted tracked changes are not part of the submission:
      * "there'll be a second start in January" deleted (and a Q&A answer
        says "Not this year"): one intake, ten days in fixed order, a choice
        of three venues and a one-day swap only -> 3.2 partially_met.
      * "your tutor will agree with you a personal learning plan" deleted:
        the self-audit is used only for groups and tutorials -> 2.2
        partially_met.
    An inserted clause (a University lecturer moderates a sample) is part of
    the submission and supports 5.8 met.
  - Comments are not part of the submission: the comms officer's "Uni
    confirmed no APL/APEL" (consistent with the text), the programme
    leader's doubt about the coverage claim, "Should we do something on
    next steps?", and a note on the January deletion.
  - Negation far from its subject: the long sentence about certificates,
    the Stanbridge module and years of experience ends "is something the
    University ... has told us this award cannot do"; the old certificate's
    credit for experience at Westmere College is past -> 2.1 not_met.
  - Specification quoted, then deferred to the school and hoped for: "help
    people who finish 'to consider further professional targets'" ... "a
    conversation for them and their head" ... "Some of you, I hope, will
    come back" -> 2.5 not_met.
  - No e-learning, stated in the speech ("This is a face-to-face course");
    the University's Learning Zone belongs to its MA, another programme ->
    3.3 not_applicable.
  - A wish next to a real arrangement: "If I had my way every one of you
    would spend a fortnight in one of our schools ... We're not there yet",
    next to two arranged visit days with an observation schedule and
    therapists and psychologists teaching -> 5.5 met.
  - The assessment-only route exists only in a Q&A answer (portfolio,
    professional discussion, same criteria and moderation, fee, eligibility)
    -> 2.3 met.
  - General terms only: research "the best of what is known", "we'll keep it
    current" (1.3 partially_met); "the best value SENCO training in the
    region", one programme for everybody, tailoring only by the choice of
    pupil and focus (2.4 partially_met); entry needs only QTS, the role and
    the head's letter, with no check on readiness and no guidance for
    those not ready (5.2 partially_met); evaluation methods named but their
    use only "we'll change what needs changing" (5.1 partially_met).
  - Blanket claim in the speech ("every one of the national outcomes ... is
    taught on this course, and every one of them is assessed") and under the
    handout's table, against the table's own cells -> 1.9, 6.0
    partially_met.
  - Outcomes table (handout), Criterion 6:
      * "Diary (not marked)": 6.A7, 6.S2b, 6.S4 partially_met.
      * "-" in "How it's marked": 6.K2, 6.K4 partially_met.
      * "Not marked as such: it shows in everything you do": 6.A2
        partially_met.
      * Combined row for other services, assessed only by an "Optional
        extra" that "does not count towards the award": 6.K9 and 6.S9
        partially_met.
      * Absent from the table and the text: time management and delegation
        (6.A3), encouraging colleagues' formative assessment (6.S2c) ->
        not_met.
      * Met through the essay, pupil study and viva for all participants:
        6.A1, A4 (viva scenarios), A5, A6, K1, K3, K5, K6, K7, K8, S1, S2,
        S2a, S2d (viva), S3, S5 (viva coaching cycle), S6, S7, S8.
  - Concrete arrangements that are met in this layout: E.1, E.2 (slide 3),
    1.1, 1.2, 1.4-1.8, 3.1 (equality paragraph), 4.1 and 4.2 (survey and
    "And so we changed things"), 4.3 (steering group with LA officers,
    heads and a parent carer reads evaluations and joins the review day),
    5.3 (disclosures seen before the first visit day, head confirms other
    checks, applications through the Association for anyone without one),
    5.4, 5.6, 5.7 (associate tutor induction, mentor briefing and
    handbook), 5.8 (blind double marking, University moderation, external
    examiner), 5.9 (repeated self-audit, collected pupil baseline and
    follow-up measures, heads' questionnaire).
"""
import copy
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dt-02-wyndcliffe-conference-address.docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Georgia"
normal.font.size = Pt(12)
normal.paragraph_format.space_after = Pt(8)
normal.paragraph_format.line_spacing = 1.3
for s in doc.sections:
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.8)
    hp = s.header.paragraphs[0]
    hp.text = "SPEAKING TEXT v4 (final) \u2014 Annual Conference, 6 March 2009 \u2014 10.15 slot, 25 mins + questions"
    hp.runs[0].font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fp.text = ("Wyndcliffe Association of Independent and Non-Maintained Special Schools \u00b7 "
               "Wyndcliffe House, Orchard Street, Stanbridge")
    fp.runs[0].font.size = Pt(8)

GREY = RGBColor(0x59, 0x59, 0x59)
REV_ID = [100]
DATE = "2009-03-04T18:20:00Z"


def _run_el(text, deleted=False, italic=False):
    r = OxmlElement("w:r")
    if italic:
        rpr = OxmlElement("w:rPr")
        i = OxmlElement("w:i")
        rpr.append(i)
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(p, text, kind, author="Jo Ashby"):
    REV_ID[0] += 1
    el = OxmlElement("w:del" if kind == "del" else "w:ins")
    el.set(qn("w:id"), str(REV_ID[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), DATE)
    el.append(_run_el(text, deleted=(kind == "del")))
    p._p.append(el)


def say(*segments):
    """A paragraph of speech. Segments: str (normal), ('del', str), ('ins', str),
    ('c', str, comment, author, initials) for a commented run."""
    p = doc.add_paragraph()
    for seg in segments:
        if isinstance(seg, str):
            p.add_run(seg)
        elif seg[0] in ("del", "ins"):
            tracked(p, seg[1], seg[0])
        elif seg[0] == "c":
            r = p.add_run(seg[1])
            doc.add_comment(r, text=seg[2], author=seg[3], initials=seg[4])
    return p


def slide(text):
    p = doc.add_paragraph()
    r = p.add_run(f"[SLIDE {text}]")
    r.bold = True
    r.font.size = Pt(10)
    r.font.color.rgb = GREY
    return p


def stage(text):
    p = doc.add_paragraph()
    r = p.add_run(f"({text})")
    r.italic = True
    r.font.color.rgb = GREY
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9.5):
    cell.text = ""
    for i, t in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.line_spacing = 1.0
        r = p.add_run(t)
        r.bold = bold
        r.font.size = Pt(size)
        r.font.name = "Arial"


def table(rows, widths, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, bold=(header and i == 0))
            if header and i == 0:
                shade(t.cell(i, j), "DDEBF7")
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    sp = doc.add_paragraph()
    sp.paragraph_format.space_after = Pt(4)
    return t


def small(text, bold=False, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(10)
    r.font.name = "Arial"
    p.paragraph_format.line_spacing = 1.0
    return p


# ------------------------------------------------------------ note to panel
small("Note for the TDA approvals panel", bold=True)
small("At the panel secretary's suggestion we send, as the Wyndcliffe Association's application, the "
      "speaking text of our Chief Executive's address to the Association's annual conference on 6 March "
      "2009, at which the SENCO Award was launched to our member schools and to the heads and local "
      "authority officers we had invited, with the notes of the questions that followed and the handout "
      "every delegate received. The address sets out how the programme works; the handout sets out the "
      "study days, the assessment and the outcomes. Dr Colm Brady, Programme Leader, 9 March 2009.",
      italic=True)
doc.add_paragraph()

p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("\u201cDoors open both ways\u201d")
r.bold = True
r.font.size = Pt(18)
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Launching the Wyndcliffe SENCO Award \u00b7 Maggie Quinlan, Chief Executive")
r.font.size = Pt(12)
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Annual Conference, Elmhurst Conference Centre, Stanbridge \u00b7 6 March 2009")
r.italic = True
r.font.size = Pt(10)

# ------------------------------------------------------------ the speech
slide("1: title, 'Doors open both ways'")
stage("Wait for the room to settle.")
say("Good morning. Thank you, Peter, for that very generous introduction, and thank you to Ashcroft "
    "Park School for the coffee and for the flapjacks, which I am reliably told the sixth form baked at "
    "seven o'clock this morning. If you haven't had one, you have about twenty-five minutes. I'll try "
    "not to take longer.")
say("I want to start with a boy I'll call Callum. Callum came to one of our schools three years ago, "
    "aged nine. He had been excluded from two primary schools. He couldn't read, he didn't sleep, and "
    "he had decided, very reasonably on the evidence, that adults were people who shouted and then sent "
    "you home. When his mum first came to see us, she said one sentence I have never forgotten: "
    "\u201cNobody in his last school ever asked him what he thought.\u201d")
stage("Pause.")
say("Callum is reading now. He is in Year 7, on a part-time timetable at his local secondary, and he "
    "wants to be a vet. I tell you about him not because our school did anything magic. It didn't. We "
    "asked him what he thought; we got his speech and language therapist, his mum and his teachers "
    "round one table; we set him targets he could see and reach; we measured whether they were working "
    "and changed them when they weren't. None of that needs a special school. All of it needs a SENCO "
    "who knows how.")
slide("2: 31 schools, 2,900 pupils, 1,600 staff")
say("Between us, the schools in this room teach two thousand nine hundred children and young people "
    "whose needs are as complex as any in England, and we employ sixteen hundred people who know how to "
    "teach them. For as long as I have been in this job we have said that this expertise should not stay "
    "behind our gates. We have done outreach, we have answered the phone, we have had SENCOs from "
    "mainstream schools sitting in the back of our classrooms on a Friday afternoon. It has been "
    "generous and it has been haphazard. Doors should open both ways, and this morning I can tell you "
    "how we are going to open them properly.")
slide("3: The Wyndcliffe SENCO Award")
say("From September this year the Association will run the National Award for SEN Coordination for "
    "teachers in maintained schools. It is a Postgraduate Certificate of the University of Stanbridge. "
    "The University's validation panel approved it on the nineteenth of February: sixty credits, at "
    "Master's level, the same level and the same credit as any other Stanbridge postgraduate "
    "certificate. And it will be taught, not by a university department on the other side of the county, "
    "but by the people in this room: the training staff of our member schools, in our own buildings, "
    "with the children down the corridor.")
slide("4: What is it for?")
say("What is it for? I could give you the official answer, and it is on the handout. Let me give you "
    "mine. The point of this course is not a certificate on a SENCO's wall. The point is a child in a "
    "Year 4 class in Ferrisham or Coldwater who is learning more, is safer, is healthier, has a say in "
    "what happens to her, and has a future that looks like a future: all five of the Every Child Matters "
    "outcomes, not just the line on the league table. Everything in the course points to one question: "
    "what changed for the child? Every piece of assessed work is done in the participant's own school, "
    "with real pupils and real colleagues, and every piece of it has to answer that question.")
say("A SENCO's job is not to write individual education plans, though heaven knows they will write "
    "plenty. It is to make sure that the children on them learn, and to bring the rest of the school "
    "along: the head, the governors, the teachers, the teaching assistants, the parents, the speech "
    "therapist who visits once a term, the voluntary group that runs the Saturday club. So the course "
    "teaches the law and the Code of Practice properly; it teaches the main kinds of need properly; and "
    "it teaches the unglamorous business of leading colleagues, working with families and getting other "
    "services to the table. We will teach from the best of what is known, and we'll keep it current.")
slide("5: What SENCOs told us")
say("We didn't design this in a back office. Last May we wrote to every SENCO in the four local "
    "authorities our schools serve most, Stanbridge, Ferrisham, North Wealdon and Coldwater: six hundred "
    "and forty schools. Two hundred and thirty-one wrote back. Two thirds of them had been in post for "
    "less than three years, and fewer than one in five had any qualification in special educational "
    "needs. We asked what they most needed, and the answers were very clear: how to get colleagues on "
    "board; autism and speech and language needs; working with parents when things are hard; making "
    "sense of data; and, in capital letters from more than one of them, not another course that takes "
    "them out of school for half a term. We held a breakfast for fourteen heads of maintained schools in "
    "June, we met the SEN teams of all four authorities, and we spent an evening with the Stanbridge "
    "Parent Carer Forum.")
say("And so we changed things. Heads told us they could release a SENCO for ten days a year but not "
    "fifteen, so it is ten. SENCOs asked for more on autism and on speech, language and communication, "
    "so those now have a day each instead of sharing one. The Parent Carer Forum said, \u201cDon't teach "
    "about us without us,\u201d so Day 9 is taught jointly with two parent carers. The local authority "
    "teams asked us to treat the statutory framework seriously, so Day 2 is led by their own SEN officers. "
    "And the SENCOs who asked for help with colleagues will find that the viva at the end is built around "
    "exactly that.")
say("The conversation doesn't stop in September. There is a steering group: two SEN officers from the "
    "local authorities, two heads of maintained schools, a parent carer from the Forum and two of our own "
    "heads. It meets every term, it reads the evaluations from every study day, and at the end of the "
    "year its members sit in on the review day with the participants.")
slide("6: The year")
say("So what does the year look like? Ten study days between September and July, at three of our "
    "schools: Ashcroft Park, Greyladies and the Mere School. You choose the one nearest to you, and if you "
    "have to miss a day you can go to one of the other two for that day instead. ",
    ("del", "And if September doesn't suit you, there'll be a second start in January. "),
    ("c", "Everyone starts together, and the days run in the same order for everybody.",
     "Deleted the January sentence - Stanbridge can't register a January cohort this year. JA",
     "Jo Ashby", "JA"))
say("There are two visit days, one in the autumn and one in the spring, in a member school of your "
    "choosing: you'll shadow the SENCO and the therapy team, with an observation schedule that ties "
    "straight into your pupil study. ", "(Aside.) If I had my way every one of you would spend a fortnight "
    "in one of our schools. I would love that. We're not there yet. ",
    "There are three individual tutorials with your tutor, and between study days there are short tasks "
    "to do in your own school, so that what you learn on Tuesday you try out on Wednesday.")
say("Some of you will have heard that a course like this ought to have an online element. ")
stage("Pause.")
say("This is a face-to-face course. I make no apology for that. Our friends at Stanbridge run their MA "
    "through the University's Learning Zone, and they do it very well; that is their MA. Ours happens in "
    "rooms, with people, and with real children down the corridor.")
slide("7: Who teaches")
say("Who teaches it? Dr Colm Brady leads the programme. Colm was an educational psychologist for twelve "
    "years before he came to run the outreach service at Greyladies, and his doctorate was on how "
    "mainstream schools use specialist advice. Fiona Ashe is a speech and language therapist at the Mere "
    "School and has trained more teaching assistants in this county than anyone alive. Raj Mehta is "
    "deputy head at the Mere, and was a SENCO in a large comprehensive for eight years; he has an MA in "
    "inclusive education. Helen Dacre runs the autism outreach team at Ashcroft Park and holds the "
    "Birmingham autism qualification. Our occupational therapists, physiotherapists, teachers of the deaf "
    "and school nurses will teach alongside them. Every tutor has done the University's associate tutor "
    "induction, two days in January on the regulations, the marking criteria and giving feedback on "
    "Master's-level work, and every one of them still works with children every week.")
say("Every participant will also have a mentor, a member of their own school's leadership team named "
    "by the head. Mentors come to a half-day briefing in September at Greyladies, go away with the mentor "
    "handbook, which sets out what we are asking of them, and Colm will ring every one of them before "
    "Christmas to see how it is going.")
say("And you will have our schools' kit. I don't just mean books, though participants get full "
    "membership of the University library and its e-journals, and our lending library at Wyndcliffe House "
    "will post you anything on its shelves. I mean communication aids, eye-gaze systems, switch access, "
    "symbol software, sensory rooms and soundfield systems, all of which you will use with your own hands "
    "on study days.")
slide("8: Who can come, and keeping children safe")
say("Who can come? Any qualified teacher who is the SENCO in a maintained school, or is about to be, "
    "with a letter of support from their head. We'll talk to everyone before they start.")
say("Because participants will be in our schools, with our children, on visit days, we will see every "
    "participant's enhanced CRB disclosure before their first visit day: the original certificate, "
    "dated within the last three years. The head's letter confirms that the school has made its own "
    "checks: List 99, references from previous employers, and no outstanding disciplinary matters. Anyone "
    "who hasn't got a current disclosure applies for one through the Association, and doesn't set foot in "
    "a member school until it has come back.")
say("Our schools exist for disabled children and young people. It would be a scandal if our course shut "
    "out disabled adults. So every venue is fully accessible, with hearing loops in every teaching room. "
    "The application form asks, with a note explaining why we ask and who will see the answer, whether "
    "you have a disability or a health condition we should plan for. If you do, Fiona will meet you "
    "before the course starts to agree what you need: materials in large print or Braille, a BSL "
    "interpreter, a note-taker, rest breaks, extra time. The University's disability service confirms the "
    "adjustments for assessment, including the viva. The leaflet in your pack comes in large print, audio "
    "and Easy Read, and the visit days are planned around the participant, not the other way round.")
slide("9: Starting where you are")
say("On the first study day everyone completes a self-audit against the national outcomes. Your tutor "
    "reads it and uses it to plan the groups and your tutorials. ",
    ("del", "From that audit your tutor will agree with you a personal learning plan: your own set of "
            "priority outcomes for the year. "),
    "It is one programme for everybody, and you make it your own through the pupil you choose for your "
    "study and the focus you choose for your viva.")
say("Now, some of you (I can see you, Janet) are going to ask about the experience people bring with them. "
    "The certificates on the wall; the module you did at Stanbridge in 2004; the ten years you spent "
    "running a learning support department before anybody called you a SENCO; the courses you have "
    "taught yourselves. ",
    ("c", "Turning all of that into credit, giving you exemption from part of the course for what you "
          "have already studied or already done, is something the University, after a long and honest "
          "conversation, has told us this award cannot do.",
     "Uni confirmed no APL/APEL on this award - Maggie, don't promise anything here.", "Jo Ashby", "JA"),
    " When we ran the Wyndcliffe Certificate in Specialist Practice for our own staff, Westmere College "
    "gave credit for experience. Those days are gone.")
say("What does it cost? One thousand one hundred pounds for the whole award. For anyone from a school in "
    "the four authorities, the Association's development fund pays two hundred and fifty of that in the "
    "first year, and the rooms cost nothing because they are ours. I think it is the best value SENCO "
    "training in the region, and I think it will be the best quality too.")
slide("10: How it's assessed")
say("How is it assessed? Three pieces of work. An essay, in which you take a hard look at your school's "
    "SEN policy and practice against the law, the Code and the disability equality duty. A pupil study, "
    "in which you take one child through identification, targets, an intervention and a review, with the "
    "child's own views and the parents' at the heart of it, and baseline and "
    "follow-up measures so that you can show what changed. And a viva: a twenty-minute presentation to "
    "two tutors of your provision map and the priorities you have agreed with your head and a governor, "
    "and then a professional discussion. The detail is on the handout.")
say("Every piece of work is marked twice: once by your tutor and once, blind, by a tutor from a "
    "different member school. ",
    ("ins", "A lecturer from the University then moderates a sample from every marker. "),
    "All the tutors mark a set of sample scripts together before each round, so that a fifty at the Mere "
    "means a fifty at Greyladies. The University's external examiner, Professor Alan Whitcombe, sees a "
    "sample from every tutor and sits on the exam board. To get the Certificate you must pass all three "
    "pieces of work at fifty per cent or more.")
say(("c", "And I can tell you that every one of the national outcomes, the whole list the TDA publishes, "
          "is taught on this course, and every one of them is assessed.",
     "Not quite true - see the handout table; a few are only in the diary. Can we soften? CB",
     "Colm Brady", "CB"))
slide("11: Will it work?")
say("How will we know it has worked? Three ways. First, everyone does the self-audit again on Day 10, "
    "and the difference between the first and the second is our measure of confidence, outcome by "
    "outcome. Second, the pupil studies: every participant takes baseline measures before the "
    "intervention and the same measures after it, and Colm collects those, anonymised, from every "
    "participant and reports the totals each year. Third, six months after the course we send every "
    "participant's head a short questionnaire about what has changed in the school.")
say("And we'll evaluate the course itself. Every study day ends with an evaluation slip; there is a "
    "review day at the end of the year; the external examiner writes a report. We'll read all of it, and "
    "we'll change what needs changing.")
slide("12: And afterwards?")
say("The TDA says that we must help the people who finish ",
    ("c", "\u201cto consider further professional targets\u201d.",
     "Should we do something on next steps? TDA asks for it. CB", "Colm Brady", "CB"))
stage("Pause.")
say("I'll be honest with you. What a SENCO does next is a conversation for them and their head, and I am "
    "not going to pretend that we can plan it for them. Some of you, I hope, will come back to Stanbridge "
    "for the MA.")
slide("13: Doors open both ways")
say("Let me finish where I started. Callum's mum said that nobody in his last school had asked him what "
    "he thought. In three years' time I want there to be a hundred SENCOs in Stanbridge, Ferrisham, North "
    "Wealdon and Coldwater who ask. Who know the law, who know the child, who can get the head and the "
    "governors and the speech therapist and the mum round one table and make something happen. Our doors "
    "are open. Thank you.")
stage("Applause. Take questions; Colm to join at the lectern.")

# ------------------------------------------------------------ questions
p = doc.add_paragraph()
r = p.add_run("Questions from the floor (notes taken by Jo Ashby)")
r.bold = True


def qa(who, text):
    p = doc.add_paragraph()
    r = p.add_run(who + ": ")
    r.bold = True
    p.add_run(text)


qa("Head of a maintained primary school, Ferrisham",
   "I have a teacher who was an advisory teacher for autism for twelve years and has just become our "
   "SENCO. Does she really have to sit through ten study days?")
qa("Colm Brady",
   "No. For people like her, and it is for the exceptional case, there is an assessment-only route. She "
   "would put together a portfolio of evidence against every one of the national outcomes and then have a "
   "professional discussion of about an hour with two assessors, one of them from the University. The "
   "outcomes, the marking criteria, the moderation and the exam board are the same as for everyone else. "
   "It costs four hundred and fifty pounds. She needs at least three years as a SENCO or in an advisory "
   "service, and I'll meet her first to check that it is the right route for her. Two people have "
   "already applied.")
qa("SEN officer, North Wealdon",
   "Will there be a January start for people appointed mid-year?")
qa("Maggie Quinlan",
   "Not this year: the University can only register one cohort in 2009-10. We'd like one for 2010, but "
   "I'm not promising anything from this lectern.")
qa("Teacher, Greyladies School",
   "Will participants need a CRB check to come into our schools on visit days?")
qa("Maggie Quinlan",
   "Yes. As I said, we see every participant's disclosure before their first visit day, and nobody comes "
   "in without one.")
qa("Parent carer, Stanbridge Parent Carer Forum",
   "Will parents just be a topic, or will we be involved?")
qa("Colm Brady",
   "Involved. Two of you are teaching Day 9 with Raj, the Forum has a seat on the steering group, and "
   "every participant's pupil study includes a meeting with the child's parents or carers, written up "
   "with their agreement.")

# ------------------------------------------------------------ handout
doc.add_page_break()
small("DELEGATE HANDOUT", bold=True)
small("The Wyndcliffe SENCO Award at a glance", bold=True)
table([
    ["", ""],
    ["Award", "Postgraduate Certificate in SEN Coordination (National Award), University of Stanbridge"],
    ["Credits and level", "60 credits at Master's level (Level 7)"],
    ["Validated", "19 February 2009"],
    ["Start", "September 2009 (one intake)"],
    ["Where", "Ashcroft Park School, Greyladies School, the Mere School (your choice of base)"],
    ["Study days", "Ten, 9.30 to 3.45, September 2009 to July 2010, plus two visit days and three tutorials"],
    ["Fee", "\u00a31,100 (\u00a3250 paid by the Association for schools in the four authorities, 2009-10)"],
    ["Programme leader", "Dr Colm Brady, Wyndcliffe House, Stanbridge"],
], widths=[4, 11.5], header=False)

small("Aims", bold=True)
small("To raise the achievement and well-being of children and young people with SEN and/or disabilities "
      "in participants' schools, across all five Every Child Matters outcomes, by giving SENCOs the "
      "knowledge, skills and confidence to lead provision with colleagues, families, pupils and other "
      "services.")

small("The study days", bold=True)
table([
    ["Day", "Theme", "Taught with"],
    ["1", "Why we're here: the SENCO, raising achievement and Every Child Matters", "Colm Brady"],
    ["2", "The law: Education Act 1996, SENDA 2001, the SEN Code of Practice (2001), the DDA and the "
          "disability equality duty, the SENCO regulations (2008)", "LA SEN officers"],
    ["3", "How children grow and learn, and what gets in the way; speech, language and communication "
          "needs; using research and expert advice", "Fiona Ashe"],
    ["Visit 1", "A day in a member school (autumn term)", "Host school SENCO and therapists"],
    ["4", "Autism", "Helen Dacre"],
    ["5", "Listening to children: consulting pupils who communicate in different ways (Talking Mats, "
          "symbols, advocates) and involving them in planning and reviewing their provision; "
          "approaches and ICT, hands-on", "Fiona Ashe; ICT staff"],
    ["6", "BESD, dyslexia and specific learning difficulties, MLD; identifying needs, setting targets, "
          "planning and reviewing interventions with other professionals' assessments; other services "
          "and voluntary organisations; weighing up hard cases", "Educational psychologist; CAMHS"],
    ["7", "Leading: strategy with the head and governors, provision mapping, managing teaching "
          "assistants, coaching colleagues; making difficult decisions about provision", "Raj Mehta"],
    ["Visit 2", "A day in a member school (spring term)", "Host school SENCO and therapists"],
    ["8", "Data and self-evaluation: tracking progress with national tests and P scales, the SEF, "
          "reviewing provision with colleagues, access arrangements for tests and examinations",
          "Raj Mehta"],
    ["9", "Parents and carers", "Two parent carers from the Forum"],
    ["10", "Viva preparation; the self-audit again; review day", "All tutors; steering group"],
], widths=[1.6, 10.4, 3.5])

small("How it's marked", bold=True)
table([
    ["Piece of work", "What you do", "Weight"],
    ["Essay (3,000 words)",
     "A critical review of your school's SEN policy and practice against SEN law, the Code of Practice "
     "and disability equality law, including the school's accessibility plan, drawing on research, best "
     "practice and expert advice, with recommendations for you and your colleagues.", "30%"],
    ["Pupil study (4,500 words)",
     "One pupil: identifying needs from your own and other professionals' assessments; challenging "
     "targets; an intervention of six to ten weeks with baseline and follow-up measures; the review. "
     "Includes the pupil's own views and part in planning and reviewing; a meeting with the parents or "
     "carers; your relationship with the pupil and family; the pupil's needs set against the main kinds "
     "of SEN (BESD, specific learning difficulties including dyslexia, SLCN, autism, MLD); and a "
     "critical evaluation of the approaches and resources used, including ICT.", "40%"],
    ["Viva (20 + 20 minutes)",
     "A presentation of your costed provision map, showing gaps and what isn't working, and the "
     "priorities for inclusion you have agreed with your head and a governor; then a professional "
     "discussion with two tutors covering how your school reviews provision with staff to feed its "
     "self-evaluation, a coaching cycle you have carried out with a colleague, how your school identifies "
     "and puts in place access arrangements for tests and examinations, and two short scenarios in which "
     "you weigh up a difficult situation and decide what to do.", "30%"],
    ["Diary", "Kept all year and brought to tutorials. Not marked.", "\u2014"],
], widths=[3.5, 10.5, 1.5])

small("What you'll be able to do", bold=True)
rows = [
    ("G", "Who you are"),
    ("R", "Build fair, warm, respectful relationships with pupils and their families",
     "Days 5 and 9; visit days", "Pupil study"),
    ("R", "Bring colleagues and leaders with you", "Day 7",
     "Not marked as such: it shows in everything you do"),
    ("R", "Weigh up a difficult situation and make a sound call about provision", "Days 6 and 7",
     "Viva (scenarios)"),
    ("R", "Say and write things clearly, and really listen", "Throughout",
     "Essay, pupil study, viva"),
    ("R", "Use research and expert advice to improve what you and colleagues do", "Day 3",
     "Essay"),
    ("R", "Keep learning, and own your professional development", "Throughout", "Diary (not marked)"),
    ("G", "What you know"),
    ("R", "The law and the Code of Practice, and what they mean in your school", "Day 2", "Essay"),
    ("R", "Every Child Matters: the five outcomes and your part in them", "Day 1; threaded through",
     "\u2014"),
    ("R", "Disability equality law and what it asks of schools", "Day 2", "Essay"),
    ("R", "How children develop, and what can get in the way", "Day 3", "\u2014"),
    ("R", "The main kinds of SEN and disability and how they affect learning", "Days 3, 4 and 6",
     "Pupil study"),
    ("R", "Approaches, strategies and resources, including ICT", "Day 5; visit days", "Pupil study"),
    ("R", "How schools evaluate themselves and improve", "Day 8", "Viva"),
    ("R", "What research and best practice tell us", "Days 3 and 6", "Essay"),
    ("R", "Other services and voluntary organisations: who they are, what they do, and working with them",
     "Day 6", "Optional extra: agency visit log (does not count towards the award)"),
    ("G", "What you do"),
    ("R", "Shape an inclusive school with the head and governors", "Day 7", "Viva"),
    ("R", "Spot needs, set targets, plan and review interventions", "Day 6", "Pupil study"),
    ("R", "Use other professionals' assessments", "Day 6", "Pupil study"),
    ("R", "Track progress with test results and other data", "Day 8", "Diary (not marked)"),
    ("R", "Put access arrangements for tests and exams in place in good time", "Day 8", "Viva"),
    ("R", "Map provision and find what's missing or not working", "Day 7", "Viva"),
    ("R", "Deploy and manage teaching assistants and other staff", "Day 7", "Diary (not marked)"),
    ("R", "Coach and support colleagues", "Day 7", "Viva (coaching cycle)"),
    ("R", "Review provision with colleagues to feed the school's self-evaluation", "Day 8", "Viva"),
    ("R", "Involve pupils in planning and reviewing their provision", "Day 5", "Pupil study"),
    ("R", "Work with parents and carers", "Day 9", "Pupil study"),
]
t = doc.add_table(rows=len(rows) + 1, cols=3)
t.style = "Table Grid"
for j, h in enumerate(["You will be able to\u2026", "Where we work on it", "How it's marked"]):
    cell_text(t.cell(0, j), h, bold=True)
    shade(t.cell(0, j), "DDEBF7")
for i, row in enumerate(rows, 1):
    if row[0] == "G":
        m = t.cell(i, 0).merge(t.cell(i, 2))
        cell_text(m, row[1], bold=True)
        shade(m, "F2F2F2")
    else:
        for j in range(3):
            cell_text(t.cell(i, j), row[j + 1])
for row in t.rows:
    row.cells[0].width = Cm(8.5)
    row.cells[1].width = Cm(3.3)
    row.cells[2].width = Cm(3.7)
doc.add_paragraph()
small("Every outcome in the national list is covered. Questions to Dr Colm Brady at Wyndcliffe House.",
      italic=True)

doc.save(OUT)
print("wrote", OUT)
