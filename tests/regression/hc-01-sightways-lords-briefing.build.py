"""hc-01-sightways-lords-briefing: build the .docx next to this script.

Provider (invented): Sightways, the national charity for blind and partially
sighted children and young people, with the University of Ambleforth School of
Education, which validates and awards the course (a Postgraduate Certificate,
"National Award for SEN Coordination", 60 credits at Level 7). Three strands,
twelve study days, assessed by a Policy Commentary, a Pupil Study, a
Leadership Enquiry and a Professional Conversation, plus an ungraded Practice
File.

Document kind: the charity's public-affairs PARLIAMENTARY BRIEFING for Peers
ahead of the Lords Grand Committee debate on the 2009 amending SENCO
Regulations, sent to the TDA as the application with a shaded "Note for the
approval panel" at the top. Voice: the charity's campaigning "we" / "Sightways"
plus third person about the University. Layout: header and footer (contact
details), the shaded note (one-cell table), a title and a shaded "Key points"
box with typed "•" bullets, Parts 1-4 as Heading 1 with hand-numbered
paragraphs 1-43 and Heading 2 subheads inside Part 3, a VML text box case
study about a pupil, footnotes (sources), one Word comment, Annex A
(programme at a glance, a table with a merged title row), Annex B (the
national outcomes in the charity's own codes PA/KU/PS with where developed and
how assessed, merged shaded group rows), Annex C (evaluation table).

Traps (requirement ids):
- Part 4 is the charity's asks of Government, not its offer. The
  assessment-only route is wanted but "we will not offer one in 2009-10"
  (2.3 not_met); the CRB question there is about portability of schools'
  checks, and the only disclosures Sightways describes are those of its own
  staff and volunteers (5.3 not_met: wrong context). A Word comment asks
  whether University admissions check participants (comment: not part of the
  submission).
- Pupil voice appears only as the charity's values and the Young Voices panel
  speaking at a study day (1.5 partially_met); Annex B says PS7 is "Not
  separately assessed" (6.S7 partially_met).
- Starting Point self-rating happens at the first study day, not before the
  course, and no individual plan or personalised outcomes follow
  (2.2 partially_met).
- Online "Learning Space": peers' boards and recorded lectures, but "Tutors
  do not moderate the discussion boards" and nothing between study days from
  tutors (3.3 partially_met).
- Stakeholders in evaluation only hoped for ("we hope", "in due course")
  (4.3 partially_met), while their part in delivery is concrete.
- Placements: the charity gives a list of settings; arranging the visit is
  for the participant (5.5 partially_met; specialist expertise is concrete).
- Critical Friends' preparation "not yet decided" (5.7 partially_met; tutors
  are well prepared).
- Blanket claim "Every outcome in Annex 3 is assessed at least once"
  contradicted by Annex B (1.9, 6.0 partially_met): PA3 "Not separately
  assessed" (6.A3 partially_met), PA7 "Practice File (formative; not graded)"
  (6.A7 partially_met), KU5 lists sensory impairments only, not the common
  types (6.K5 partially_met), and no row at all for special arrangements for
  tests and examinations (6.S2d not_met): these appear only in the text-box
  case study about a pupil, Amira.
- Strand 1 teaches schools' DDA duties (course content, 6.K3 met) beside the
  provider's own duties to disabled participants (3.1 met).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from _hc_helpers import shade, textbox, Footnotes, set_cell

OUT = Path(__file__).with_name("hc-01-sightways-lords-briefing.docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
fn = Footnotes(doc)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "Sightways Public Affairs  |  Parliamentary Briefing  |  House of Lords Grand Committee  |  June 2009"
sec.footer.paragraphs[0].text = ("Sightways, the national charity for blind and partially sighted children and young people. "
                                 "Registered charity no. 1093715. For further information contact Rhiannon Pell, "
                                 "Public Affairs Officer, 020 7946 0312.")

# Shaded note to the panel
t = doc.add_table(rows=1, cols=1)
t.style = "Table Grid"
c = t.cell(0, 0)
shade(c, "E7E6E6")
set_cell(c, "Note for the TDA approval panel", bold=True)
c.add_paragraph(
    "This is the briefing Sightways sent to members of the House of Lords before the Grand Committee debate on the "
    "amending Regulations. We send it unchanged as our application to be approved, with the University of Ambleforth, "
    "to run the National Award for SEN Coordination from September 2009. Part 3 and Annexes A to C describe the course "
    "we will run. Parts 1, 2 and 4 set out our case to Parliament and our requests of Government; they describe what "
    "we would like Government to do, not what we offer. Signed for the partnership: Dr Helen Marsh, Programme Leader, "
    "and Professor Colin Ashdown, Head of the School of Education, University of Ambleforth.")
doc.add_paragraph()

p = doc.add_paragraph()
r = p.add_run("PARLIAMENTARY BRIEFING")
r.bold = True
r.font.size = Pt(16)
p = doc.add_paragraph()
r = p.add_run("The Education (Special Educational Needs Co-ordinators) (England) (Amendment) Regulations 2009")
r.bold = True
r.font.size = Pt(13)
doc.add_paragraph("Grand Committee, House of Lords. Briefing for Peers from Sightways and the University of Ambleforth.")

t = doc.add_table(rows=1, cols=1)
t.style = "Table Grid"
c = t.cell(0, 0)
shade(c, "DEEAF6")
set_cell(c, "Key points", bold=True)
for line in [
    "• Sightways welcomes the Regulations. From September 2009 every new SENCO will have to gain a national award within three years of taking up the post.",
    "• Around 25,000 children and young people in England have a sight problem serious enough to affect their learning. Most of them are in mainstream schools, where the SENCO is often the only person who coordinates their support.",
    "• Our 2008 survey found that seven in ten SENCOs had never had any training about sensory impairment.",
    "• With the University of Ambleforth, Sightways will run a masters-level course for new SENCOs that has sensory impairment and disability equality at its heart, and that is open to teachers who are themselves blind or partially sighted.",
    "• We ask the Minister to fund an assessment-only route for experienced specialist teachers, to confirm that places will be funded in full for three years, and to clarify how schools' existing vetting checks will be recognised.",
]:
    c.add_paragraph(line)
doc.add_paragraph()

n = [0]


def para(text, note=None):
    n[0] += 1
    p = doc.add_paragraph()
    p.add_run(f"{n[0]}.  ")
    p.add_run(text)
    if note:
        fn.add(p, note)
    p.paragraph_format.space_after = Pt(6)
    return p


doc.add_heading("Part 1: Background", level=1)
para("The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 came into force on 1 September "
     "2008. They require the governing body of every maintained school to designate a qualified teacher as SENCO and set "
     "out the SENCO's key responsibilities. The amending Regulations before the Committee go further: a teacher who "
     "becomes a school's SENCO for the first time after 1 September 2009 must gain the National Award for SEN "
     "Coordination within three years.")
para("Sightways supported the change throughout the consultation. The Education and Skills Committee's 2006 report on "
     "special educational needs found wide variation in the status and training of SENCOs, and Ofsted's 2004 and 2006 "
     "reports on inclusion found that the quality of provision depended heavily on the skill of the person leading it.",
     note="House of Commons Education and Skills Committee, Special Educational Needs, Third Report of Session 2005-06, HC 478; "
          "Ofsted, Special educational needs and disability: towards inclusive schools (2004); "
          "Ofsted, Inclusion: does it matter where pupils are taught? (2006).")
para("The Lamb Inquiry into parental confidence, which is due to report later this year, has already heard from "
     "parents that their confidence rests on the knowledge of the staff who work with their children. The Bercow "
     "Review of services for children with speech, language and communication needs (2008) made a similar point about "
     "the workforce.")
para("The National Award will be run by providers approved by the Secretary of State on the advice of the Training and "
     "Development Agency for Schools. Courses must be validated by a university at masters level and must assess every "
     "participant against national outcomes.")

doc.add_heading("Part 2: Why this matters for children with sight loss", level=1)
para("Around 25,000 children and young people in England have a visual impairment that affects their learning; roughly "
     "half have additional disabilities or special educational needs. Around six in ten are taught in mainstream "
     "schools. A primary school may have one blind or partially sighted pupil every few years, so expertise is thin "
     "and easily lost when staff move on.")
para("In spring 2008 Sightways surveyed SENCOs about their training needs. We received 412 replies from SENCOs in 61 "
     "local authorities, held three focus groups with parents of visually impaired children (in Ambleforth, Corby Vale "
     "and Westport), and asked the heads of nine local authority sensory support services what they wanted a new "
     "SENCO to know. Our Young Voices panel of fourteen blind and partially sighted 13 to 19 year olds also met twice "
     "to tell us what they wished their SENCOs understood.",
     note="Sightways, Coordinating for everyone: a survey of SENCOs' training needs (Sightways, 2008). Survey conducted March-May 2008.")
para("The findings were stark. Seventy-one per cent of SENCOs had received no training about sensory impairment. "
     "Fifty-eight per cent said the cost of supply cover was the main barrier to any course; forty-four per cent "
     "said they could only attend training at weekends or in the holidays. Parents told us that the most common "
     "problems were late adaptation of materials and exam papers and poor communication between school and the "
     "visiting teacher. The sensory services asked for SENCOs who know when and how to ask for specialist help. "
     "Young people told us they wanted to be asked, not talked about.")
para("Teachers who are themselves disabled face further barriers. Sightways knows of at least forty blind or partially "
     "sighted teachers in English schools. Several have told us that professional courses routinely arrive in formats "
     "they cannot read, in venues they cannot reach without help, and with assessment designed around print.")
para("Sightways has always believed that children and young people are the experts in their own lives and that their "
     "voices should shape the services they use. That belief runs through everything we do, including the course "
     "described in Part 3.")

p = doc.add_paragraph()
textbox(p, [
    ("Case study: Amira's GCSEs", True),
    ("Amira is blind and uses braille. In Year 11 her school did not request modified and braille papers for two of "
     "her GCSE examinations until a fortnight before the examination window, too late for the awarding body. She sat "
     "one paper with a reader she had never met, and did not sit the other. Her mother said: \"Nobody thought about "
     "it until it was too late. The school meant well, but no one was in charge of it.\"", False),
    ("Her new school's SENCO now plans access arrangements for every pupil with a sensory impairment at the start of "
     "Year 10, works with the examinations officer and the visiting teacher to trial them in mock examinations, and "
     "makes sure the same arrangements are used in lessons. Identifying arrangements in good time is one of the most "
     "important things a SENCO can do.", False),
], width_pt=440, height_pt=210, shape_id=1)

doc.add_heading("Part 3: What Sightways and the University of Ambleforth will offer", level=1)
para("From September 2009 Sightways and the University of Ambleforth School of Education will run the Postgraduate "
     "Certificate in SEN Coordination (National Award). It is a University of Ambleforth award, validated by the "
     "University's Academic Standards Committee on 14 May 2009. The course carries 60 credits at Level 7, masters "
     "level, of the Framework for Higher Education Qualifications. Credit can be carried forward into the "
     "University's MA in Inclusive Education.")
para("The course has one purpose: that children and young people with SEN and disabilities in participants' schools "
     "achieve more, and are safer, healthier and happier, in all five of the Every Child Matters outcomes, not only in "
     "their test results. The aims of each strand are written in those terms. The Pupil Study, which every participant "
     "completes, asks them to record a baseline and a follow-up measure for a small group of pupils in at least two of "
     "the five outcomes.")

doc.add_heading("Who the course is for and how we select", level=2)
para("The course is for qualified teachers who have become, or are about to become, their school's SENCO. Applicants "
     "must hold qualified teacher status and a post in a school in England, and must send a nomination form signed by "
     "their headteacher. The form confirms that the head will release the participant for twelve study days and give "
     "them at least one afternoon a fortnight for school-based work. Each applicant writes a 500-word statement about "
     "their school's SEN provision and their own experience, and has a 30-minute telephone interview with the "
     "Programme Leader, who uses a short checklist drawn from the national outcomes to judge whether the applicant can "
     "reach them within the year.")
para("Where an applicant is not yet ready (for example a teacher in their first year of teaching, or one with no "
     "experience of planning for pupils with SEN), the Programme Leader writes to the applicant and to their "
     "headteacher, explains what they need to do first, and suggests suitable preparation, usually the relevant "
     "Inclusion Development Programme materials and Sightways' one-day Foundations course. Such applicants are "
     "welcome to apply for a later intake.")

doc.add_heading("Prior learning and starting points", level=2)
para("Participants may claim up to 20 of the 60 credits through the University's procedure for the recognition of "
     "prior learning. Certificated study at masters level, such as a module of the mandatory qualification for "
     "teachers of children with visual impairment, is credited against the matching strand. Experienced teachers may "
     "also make a claim for experiential learning: a mapped portfolio showing how their work meets the outcomes of "
     "one strand, assessed by the Programme Leader and confirmed by the University's Accreditation of Prior Learning "
     "Panel.")
para("At the first study day each participant completes the Sightways Starting Point, a self-rating against each of "
     "the national outcomes on a four-point scale, and talks it through with their tutor. Participants keep their "
     "Starting Point in their Practice File and complete it again at the end of the course.")

doc.add_heading("How the course runs", level=2)
para("The course is organised in three strands over twelve study days (see Annex A). Strand 1, The SENCO, the law and "
     "the school, covers the legal and policy framework: the Education Act 1996, the SEN Code of Practice 2001, the "
     "Special Educational Needs and Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005 and "
     "the duties it places on schools, the Children Act 2004 and Every Child Matters, the 2008 SENCO Regulations and "
     "the National Strategies' Inclusion Development Programme. Strand 2, Knowing the learner, covers child "
     "development, assessment and identification, and teaching approaches and access technology. Strand 3, Leading "
     "provision, covers working with families and services, leading colleagues, provision management and "
     "self-evaluation.")
para("There are two intakes a year, in September and January. Study days run in three centres: the University campus "
     "in Ambleforth, Sightways' Midlands centre at Corby Vale, and the Westport Teachers' Centre. Each centre runs a "
     "weekday group, and Ambleforth also runs a Saturday group for teachers whose schools cannot release them. Strands "
     "2 and 3 may be taken in either order after Strand 1. Most participants complete the course in twelve months; "
     "those who need longer may take up to eighteen months. Up to six of the twelve study days may be replaced by the "
     "matching online units in the Learning Space (paragraph 25).")
para("Every strand has a school-based task which participants carry out in their own school between study days, and "
     "which they bring back for discussion: an audit of the school's SEN policy against the Code in Strand 1, a study "
     "of a small group of pupils in Strand 2, and a change project in Strand 3. The study days themselves are taught "
     "largely through cases from the schools in each group. Participants are placed in tutorial groups of six by phase "
     "(primary, secondary, special) and choose the focus of their Pupil Study and Leadership Enquiry to fit their own "
     "school's priorities, so that the course is fitted to each school's situation.")
para("Each strand's reading is revised every summer by the course's research lead, Dr Farida Kaur, to take account of "
     "new research, Ofsted's survey and inspection reports and national developments. Each strand opens with a "
     "session, \"What's new?\", on recent research and policy. For 2009-10 this includes the Lamb Inquiry's evidence, "
     "the Bercow Review, Ofsted's 2006 report on inclusion, and the research on the outcomes of specialist and "
     "mainstream provision for visually impaired pupils.")
para("Strand 3 develops participants' work with colleagues inside and outside their school. Participants practise "
     "coaching conversations with one another, observe a colleague's lesson and give feedback, plan a training session "
     "for their own staff, and meet in termly learning sets with SENCOs from other schools in their area. Study day 7, "
     "Working with families, is led jointly by Sightways' Family Support Service and a parent partnership officer. "
     "Participants practise difficult conversations with parents and plan how their school will involve parents in "
     "reviews. The Pupil Study must include a meeting with the parents of at least one pupil and a written account of "
     "the parents' view.")
para("Two members of our Young Voices panel will speak to each group at study day 8 about what it is like to be a "
     "blind or partially sighted pupil in a mainstream school.")
para("The Leadership Enquiry asks each participant to plan, carry out and evaluate a change to provision in their own "
     "school over two terms, with the agreement of their headteacher. It must be designed with colleagues, must "
     "include evidence about its effect on pupils, and is presented to the school's senior leadership team or "
     "governors before it is submitted.")

doc.add_heading("Access for disabled teachers", level=2)
para("As a disability charity we expect to meet, and go beyond, the duties of the Disability Discrimination Act and "
     "the Disability Equality Duty, the Race Relations (Amendment) Act 2000 and the Equality Act 2006. Every course "
     "document, reading and assessment brief is available in braille, large print, audio and accessible electronic "
     "formats, produced by Sightways' own transcription unit within ten working days of a request. Our leaflets and "
     "web pages about the course are published in the same formats and show disabled teachers among the course's "
     "participants and tutors.")
para("The application form invites applicants to tell us about any disability or other need, explains why, and says "
     "who will see the information. Tutors ask again, in private, at the first study day. Where a participant tells us "
     "of a need, the Programme Leader and the University's Disability Service agree a written Access Plan with them "
     "before the course begins. It can include materials in alternative formats, a guide or transport between the "
     "station and the centre, a note-taker, extra time or rest breaks in the Professional Conversation, and submission "
     "of assignments in audio or braille. All three centres have been audited for access by Sightways' access "
     "officer. Selection decisions are made on the statement and interview alone, and the interview can be held in "
     "whatever form the applicant prefers.")

doc.add_heading("Online study", level=2)
para("The Learning Space is the course's online area, run on the University's Moodle platform and tested with the "
     "screen readers and magnifiers our participants use. It holds each strand's readings, recorded lectures with "
     "transcripts, the six online units that may replace study days, and a discussion board for each tutorial group "
     "where participants share resources and comment on one another's school-based tasks. Tutors do not moderate the "
     "discussion boards; questions about assignments go to your tutor at the study days.")

doc.add_heading("Who teaches", level=2)
para("The Programme Leader, Dr Helen Marsh, was a secondary SENCO for nine years and holds the mandatory qualification "
     "for teachers of visually impaired children and a doctorate in education. The University's lead, Dr Owen Pryce, is "
     "a senior lecturer in inclusive education and a former local authority SEN adviser. The four strand tutors are all "
     "former or serving SENCOs; two are qualified teachers of the visually impaired and one is an educational "
     "psychologist. Dr Farida Kaur leads the research strand and is an active researcher in inclusive education. All "
     "tutors spend at least five days a year on their own professional development, including time in schools.")
para("New tutors receive the Tutor Handbook, which sets out the outcomes, the marking criteria and each tutor's duties, "
     "shadow an experienced tutor for one strand, and attend the annual standardisation day. Each participant also has "
     "a Critical Friend from their local authority's sensory or learning support service, who visits their school once "
     "a term. We have not yet decided how Critical Friends will be prepared for their part; we expect to provide some "
     "guidance before the first intake.")

doc.add_heading("Schools, services and families in the course", level=2)
para("Specialist contributors teach on the study days: qualified teachers of the visually impaired and of the deaf, "
     "habilitation specialists, an educational psychologist, a speech and language therapist, a CAMHS clinician, and "
     "staff of the local authority sensory support services in each area. Where a participant wishes to spend time in "
     "a resource base or special school, we will give them a list of settings that have hosted Sightways visitors "
     "before; arranging the visit is a matter for the participant and their headteacher.")
para("Participants can borrow from Sightways' Resource Centre at Corby Vale, which holds over 3,000 books and teaching "
     "resources on SEN and disability and lends access technology (screen-reading software, video magnifiers, "
     "electronic braillers) so that participants can try it with pupils in school. They also have full access to the "
     "University library, including its electronic journals, and to the Learning Space.")
para("What we heard in 2008 has shaped the course. Because so many SENCOs could not be released, we added the "
     "Saturday group and the online units, and reduced the number of study days from fifteen to twelve. Because "
     "parents told us about late exam papers and poor communication, study day 7 is now led with parents. Because "
     "sensory services wanted SENCOs who know when to call them, Strand 2 includes a day on working with specialist "
     "services. The heads of the nine sensory services reviewed the draft strands in December 2008, and their changes "
     "are in the version validated in May.")
para("Local authority sensory support staff will speak at study days and act as Critical Friends. We hope that "
     "headteachers and members of the Young Voices panel will also help us to evaluate the course, and we intend to "
     "invite them to form a reference group in due course.")

doc.add_heading("Assessment and the award", level=2)
para("Each participant completes four assessed pieces: a Policy Commentary (4,000 words, Strand 1), a Pupil Study "
     "(5,000 words, Strand 2), a Leadership Enquiry (5,000 words, Strand 3), and a 40-minute Professional "
     "Conversation with two tutors at the end of the course, in which they discuss their Practice File and respond to "
     "a scenario. The Practice File is a record of each participant's learning over the year; tutors comment on it but "
     "it is not graded. Annex B shows which piece assesses each national outcome. Every outcome in Annex 3 is assessed "
     "at least once.")
para("The University awards the Postgraduate Certificate to participants who pass the Policy Commentary, the Pupil "
     "Study, the Leadership Enquiry and the Professional Conversation. There is no compensation between pieces.")
para("Every Policy Commentary and Leadership Enquiry in the first cohort is second-marked blind; from the second "
     "cohort a 25 per cent sample, and every fail and every distinction, is second-marked. Tutors from all three "
     "centres meet each term to moderate a common sample. The University appoints an external examiner, currently "
     "Dr Gillian Trevethan of the University of Harlowmere, who sees a sample of every piece and attends the Board of "
     "Examiners.")

doc.add_heading("Quality and evaluation", level=2)
para("The course is reviewed by the University's annual monitoring process and by Sightways' Education Committee of "
     "trustees. Annex C sets out the evaluation methods we use and what happens to the findings. Each July the "
     "Programme Board writes an annual Programme Review with an action plan, and each new group is told what has "
     "changed as a result.")
para("We measure the course's impact on participants through the Starting Point, completed at the start and the end "
     "of the course, which asks participants to rate both their competence and their confidence against each outcome, "
     "and through the tutors' assessment of the four pieces. We measure impact on pupils through the Pupil Study: "
     "each participant records a baseline for their group of pupils before their intervention and measures it again "
     "at the end of the term and six months later, and the Programme Leader collates the results across the cohort. "
     "Six months after the course we ask each participant's headteacher what has changed in the school's provision.")

doc.add_heading("Safeguarding", level=2)
p = para("Sightways takes its duty to protect children seriously. All Sightways staff and volunteers who work with "
         "children hold an enhanced Criminal Records Bureau disclosure, renewed every three years, and our Safeguarding "
         "Lead, Mrs Anne Kilbride, reports to the trustees twice a year. Safeguarding and child protection for pupils "
         "with disabilities is part of Strand 1.")
doc.add_comment(p.runs[-1], text="RP: Do University admissions check participants' CRBs when they enrol? I think "
                "they do, but please confirm before this goes to the TDA.", author="Rhiannon Pell", initials="RP")

doc.add_heading("After the course", level=2)
para("The last study day, Next Steps, is given over to each participant's own development. Participants review their "
     "Starting Point, write a plan for the following year on Sightways' Onward planning sheet and agree to take it to "
     "their next performance management meeting with their headteacher. Tutors discuss progression to the MA in "
     "Inclusive Education, to the mandatory qualification for specialist teachers, and to Sightways' network of SENCO "
     "champions.")
para("The fee for 2009-10 is £1,650 per participant, of which the TDA's funding is expected to meet the greater part. "
     "Sightways will fund twelve bursaries a year of £400 for participants from small schools. Using our own "
     "centres and shared sessions with the University's other masters courses keeps the cost per participant below "
     "that of comparable university courses.")

doc.add_heading("Part 4: What we are asking of the Government", level=1)
para("Will the Minister fund an assessment-only route? Many experienced teachers of the visually impaired already do "
     "much of a SENCO's work. We should like to be able to offer them a route in which they present evidence against the "
     "outcomes without attending the course. Without funding to develop and moderate it, we will not offer one in "
     "2009-10.")
para("Will the Minister confirm that places will be funded in full for at least three years? Without that assurance "
     "many small primary schools will not be able to release their SENCO.")
para("Will the Minister clarify how providers are expected to rely on the checks that schools already make? Every "
     "participant is a serving teacher whose employer will have carried out the safer recruitment checks. We ask the "
     "Government to confirm that providers are not expected to repeat them.")
para("Will the Minister ensure that the national outcomes are reviewed after the first two years, with the involvement "
     "of disabled young people and their families?")

doc.add_page_break()
doc.add_heading("Annex A: The course at a glance", level=1)
rows = [
    ("Award", "Postgraduate Certificate in SEN Coordination (National Award), University of Ambleforth"),
    ("Credit and level", "60 credits at Level 7 (FHEQ)"),
    ("Validation", "University of Ambleforth Academic Standards Committee, 14 May 2009"),
    ("Intakes", "September and January"),
    ("Centres", "Ambleforth (weekday and Saturday groups); Corby Vale; Westport"),
    ("Strand 1: The SENCO, the law and the school (20 credits)",
     "Day 1 The SENCO's role, ECM and the Code. Day 2 Disability equality and safeguarding. Day 3 Research and evidence."),
    ("Strand 2: Knowing the learner (20 credits)",
     "Day 4 Development, identification and tracking. Day 5 Sensory impairment and working with specialist services. "
     "Day 6 Teaching approaches and access technology."),
    ("Strand 3: Leading provision (20 credits)",
     "Day 7 Working with families. Day 8 Pupils and partner agencies. Day 9 Leading colleagues and priorities. "
     "Day 10 Provision management and self-evaluation. Day 11 Developing staff. Day 12 Next Steps."),
    ("Assessment", "Policy Commentary; Pupil Study; Leadership Enquiry; Professional Conversation; Practice File (not graded)"),
    ("Fee", "£1,650; twelve Sightways bursaries of £400"),
]
t = doc.add_table(rows=1 + len(rows), cols=2)
t.style = "Table Grid"
m = t.cell(0, 0).merge(t.cell(0, 1))
set_cell(m, "Postgraduate Certificate in SEN Coordination: key facts", bold=True)
shade(m, "BDD7EE")
for i, (a, b) in enumerate(rows, start=1):
    set_cell(t.cell(i, 0), a, bold=True, size=10)
    set_cell(t.cell(i, 1), b, size=10)

doc.add_paragraph()
doc.add_heading("Annex B: The national outcomes and how we assess them", level=1)
doc.add_paragraph("Our codes follow the order of the national outcomes. \"Strand\" and \"Day\" refer to Annex A.")
groups = [
    ("Professional attributes", [
        ("PA1", "Fair, respectful and constructive relationships with pupils with SEN and disabilities and their parents and carers", "Strand 3, days 7 and 8", "Pupil Study (parents' and pupils' views); Professional Conversation"),
        ("PA2", "Winning the commitment of colleagues, the headteacher and senior leaders", "Strand 3, day 9", "Leadership Enquiry (headteacher's commentary)"),
        ("PA3", "Setting priorities, managing time and delegating", "Strand 3, day 9", "Not separately assessed"),
        ("PA4", "Anticipating and solving problems; sound judgements about provision", "Strand 2, days 4 to 6; Strand 3", "Pupil Study; Professional Conversation (scenario)"),
        ("PA5", "Communicating clearly in speech and writing; listening to others", "All strands", "All written pieces; Professional Conversation"),
        ("PA6", "Using research and outside advice to improve practice", "Strand 1, day 3", "Policy Commentary (review of evidence); Leadership Enquiry"),
        ("PA7", "Keeping up to date; taking charge of one's own CPD", "Strand 3, day 12", "Practice File (formative; not graded)"),
    ]),
    ("Knowledge and understanding", [
        ("KU1", "SEN law and guidance, including the Code of Practice, and putting it into practice", "Strand 1, days 1 and 2", "Policy Commentary"),
        ("KU2", "Every Child Matters and the SENCO's part in the five outcomes", "Strand 1, day 1", "Policy Commentary"),
        ("KU3", "Disability equality law and the actions it requires of schools", "Strand 1, day 2", "Policy Commentary (review of the school's accessibility plan)"),
        ("KU4", "How children develop, and how SEN, disability and environment affect development", "Strand 2, day 4", "Pupil Study"),
        ("KU5", "Types of SEN and disability: vision impairment, cerebral visual impairment, hearing impairment and multi-sensory impairment, and their effect on learning", "Strand 2, day 5", "Pupil Study"),
        ("KU6", "Approaches and resources for assessment, planning and teaching, including ICT and access technology", "Strand 2, day 6", "Pupil Study"),
        ("KU7", "School self-evaluation and improvement, and outcomes for pupils with SEN", "Strand 3, day 10", "Leadership Enquiry"),
        ("KU8", "Best practice and research on meeting SEN", "Strand 1, day 3; \"What's new?\" sessions", "Policy Commentary"),
        ("KU9", "The role of external agencies and getting specialist support", "Strand 2, day 5; Strand 3, day 8", "Pupil Study (multi-agency section)"),
    ]),
    ("Professional skills", [
        ("PS1", "With senior leaders and governors, shaping an inclusive ethos, policies, priorities and use of resources", "Strand 3, day 9", "Leadership Enquiry (presentation to governors or senior team)"),
        ("PS2", "Identifying pupils, setting targets, planning interventions and reviewing progress", "Strand 2, day 4", "Pupil Study"),
        ("PS2(a)", "Using other professionals' assessments to plan teaching", "Strand 2, day 5", "Pupil Study"),
        ("PS2(b)", "Using summative assessment and national tests to track progress", "Strand 2, day 4", "Pupil Study (tracking data)"),
        ("PS2(c)", "Encouraging colleagues' formative assessment, including for pupils with SEN", "Strand 3, day 11", "Leadership Enquiry"),
        ("PS3", "Provision mapping and management; finding ineffective or missing provision", "Strand 3, day 10", "Leadership Enquiry (provision map appendix)"),
        ("PS4", "Deploying and managing staff, including teaching assistants", "Strand 3, day 11", "Leadership Enquiry"),
        ("PS5", "Supporting colleagues' development: observation, modelling, coaching, training", "Strand 3, day 11", "Leadership Enquiry; Professional Conversation"),
        ("PS6", "Reviewing provision with staff to inform the school's self-evaluation", "Strand 3, day 10", "Leadership Enquiry"),
        ("PS7", "Involving pupils in planning and reviewing their own provision", "Strand 3, day 8 (Young Voices panel)", "Not separately assessed"),
        ("PS8", "Working with parents and carers", "Strand 3, day 7", "Pupil Study (parents' meeting)"),
        ("PS9", "Partnership with other services and agencies, including voluntary organisations", "Strand 3, day 8", "Pupil Study (multi-agency section)"),
    ]),
]
nrows = 1 + sum(1 + len(g[1]) for g in groups)
t = doc.add_table(rows=nrows, cols=4)
t.style = "Table Grid"
for j, h in enumerate(["Code", "Outcome (our summary)", "Where developed", "How assessed"]):
    set_cell(t.cell(0, j), h, bold=True, size=9)
    shade(t.cell(0, j), "BDD7EE")
i = 1
for gname, items in groups:
    m = t.cell(i, 0).merge(t.cell(i, 3))
    set_cell(m, gname, bold=True, size=9)
    shade(m, "E7E6E6")
    i += 1
    for row in items:
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, size=9)
        i += 1

doc.add_paragraph()
doc.add_heading("Annex C: How we evaluate the course", level=1)
crow = [
    ("Method", "Who", "When", "What happens to the findings"),
    ("Study day evaluation forms", "Every participant", "End of each study day", "Reviewed by the strand tutor within a week; changes to the next day's session"),
    ("Mid-course review", "Tutorial groups with their tutor", "After day 6", "Summary to the Programme Board"),
    ("Starting Point (competence and confidence)", "Every participant", "First and last study day", "Collated by the Programme Leader; reported in the annual Programme Review"),
    ("Pupil Study baselines and follow-up", "Every participant", "Before intervention, end of term, six months later", "Collated across the cohort; reported to the Programme Board and the trustees"),
    ("Headteachers' follow-up survey", "Participants' headteachers", "Six months after the course", "Reported in the annual Programme Review"),
    ("External examiner's report", "External examiner", "Annually", "Response and action plan agreed by the Programme Board"),
    ("University annual monitoring", "School of Education", "Each autumn", "Action plan monitored by the School's Quality Committee"),
    ("Education Committee review", "Sightways trustees", "Twice a year", "Decisions recorded and reported to the next cohort"),
]
t = doc.add_table(rows=len(crow), cols=4)
t.style = "Table Grid"
for i, r_ in enumerate(crow):
    for j, v in enumerate(r_):
        set_cell(t.cell(i, j), v, bold=(i == 0), size=9)
        if i == 0:
            shade(t.cell(i, j), "BDD7EE")

fn.finish()
doc.save(OUT)
print("wrote", OUT)
