"""pl-01-marrowby-development-chart: builds pl-01-marrowby-development-chart.docx next to this script.

Provider: the Education Trust of the Marrowby Photographic Society (a camera club founded 1891 whose Trust has run
"Darkroom in the Classroom" projects in schools since 1998), with the University of Eastwold's School of Education,
which validates the course as its Postgraduate Certificate in SEN Coordination (60 credits, M level).

Document kind and layout: the course written as one of the society's darkroom DEVELOPMENT CHARTS (a film
developing chart of the kind pinned above a darkroom sink), "Development Chart No. 14". Heading styles are used.
A chart-details table at the top; "Before you start: how to read this chart", typed run-in notes N1-N9 that key
the codes of the Film Chart far below (N4: "Developed on", "Fixed in", "D only", "Fixed only", "Not stocked");
a VML text box of "Darkroom Rules" (values); the staff table; a "Time and Temperature" timetable with the Bath cells
merged vertically and shaded; a study-hours table; Parts on the Test Strip (needs assessment), Push and Pull
(routes), the Drying Line (online), ten Darkroom Days (DD1-DD10), the three Fixes (assessed work), Control Strips
(quality assurance) and After the Dry; at the end THE FILM CHART, the 29 minimum outcomes as "stocks" with
merged, shaded group rows. Header and footer (footer with a PAGE field). Course vocabulary: the Process (the
course), a Batch (cohort), Baths (stages), Darkroom Days, Field Exposures (school tasks), Fixes (assessed pieces),
the second reading (double marking), Safelights (school-based mentors), the Test Strip and Contact Sheet (needs
assessment and individual plan), Push / Pull (routes), stand development (assessment only), the Drying Line
(online area), Control Strips (evaluation), the Darkroom Committee (steering group).

Traps (requirement ids touched):
- Footer claims "Every stock on this chart is Fixed and second-read before the Award is made": a footer, never
  evidence; the chart itself shows D only / Fixed only / Not stocked rows (1.9, 6.0, 6.*).
- Text box "Darkroom Rules" and an Aims paragraph state the five Every Child Matters outcomes only as a belief;
  the aims, content and Fixes are about attainment (1.1 partially_met; 6.K2 developed on DD2 but "D only").
- Inserted tracked change carries the whole APL arrangement (2.1 met only through the insertion).
- "Stand development": the University's assessment-only arrangement for its own MA module; the Trust says plainly
  it offers no assessment-only route (2.3 not_met: other provider's arrangement plus negation).
- CRB: the headteacher confirms a current enhanced disclosure; the provider's own sight of certificates and List 99
  checks were done "for the pilot only" (past arrangement) (5.3 partially_met).
- Push / Pull routes and Stop/Wash in either order are concrete; the February entry is conditional on numbers
  (3.2 met despite the condition).
- Deleted tracked change removes the only tutor support between Darkroom Days on the Drying Line (3.3
  partially_met: peer comment and ICT remain).
- "Reasonable adjustments" are described for visitors to the Society's Annual Exhibition (wrong context); the
  Process's own access is venue and large print only (3.1 partially_met).
- Right words, wrong thing, where the real thing is also present: competition judges' distinctions (5.4 met),
  the Society's enlargers (5.6 met).
- Placements only hoped for "from 2010-11" (5.5 partially_met; specialist guest tutors present).
- Safelights (mentors) are only sent the chart (5.7 partially_met).
- Moderation: internal second reading; the external examiner is a placeholder and external moderation appears
  only in a Word comment (5.8 partially_met).
- Survey of SENCOs made after the Darkroom Days were set: evidence about needs (4.1 met) but no detail of
  stakeholders influencing development (4.2 partially_met).
- Further professional targets left to the line manager, "the Trust does not take part in it" (2.5 not_met:
  someone else's responsibility).
- Footnote on Fix 3: it carries no credit and no mark in 2009-10, so stocks "Fixed in" Fix 3 alone are formative
  only (6.S2c, 6.S6 partially_met).
- Tracked changes in a Film Chart cell: "DD5" and "Fix 1" deleted, "Not stocked" inserted for exam access
  arrangements (6.S2d not_met).
- "Fixed only" (6.A7 partially_met: assessed in Fix 1, taught nowhere); "D only" (6.K2, 6.S9 partially_met);
  "Not stocked" (6.A3, 6.K4 not_met).
- Award rule passes Fix 1 and Fix 2 and points to the chart, which has gaps (6.0 partially_met, 1.9 partially_met).
- Placeholders: "[name to be confirmed by the University]", "[insert date]".
- Supply cover is the school's responsibility (no requirement; noise).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from docx.shared import Cm, Pt  # noqa: E402
from _pl_helpers import (Footnotes, cell_text, comment, dele, field, ins, new_document, para, run, runin,  # noqa: E402
                         repeat_header, shade, table, text_box)

HERE = Path(__file__).parent
NAME = "pl-01-marrowby-development-chart"
AUTH = "Ruth Ashdown"
DATE = "2009-01-19T10:12:00Z"

doc = new_document("Calibri", 10.5)
fn = Footnotes(doc)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

# header and footer (never evidence)
hp = sec.header.paragraphs[0]
run(hp, "Marrowby Photographic Society Education Trust \u2014 Development Chart No. 14 \u2014 SENCO Award Process",
    size=8, color="595959")
fp = sec.footer.paragraphs[0]
run(fp, "Every stock on this chart is Fixed and second-read before the Award is made.   Page ", size=8,
    color="595959")
field(fp, "PAGE", size=8)

# ---------------------------------------------------------------- title block
para(doc, "MARROWBY PHOTOGRAPHIC SOCIETY \u00b7 EDUCATION TRUST", bold=True, size=10, color="7F7F7F")
doc.add_paragraph("DEVELOPMENT CHART No. 14", style="Title")
para(doc, "The SENCO Award Process \u00b7 Batch 3 \u00b7 September 2009 to July 2010", bold=True, size=13)
para(doc, "Prepared by the Education Trust of the Marrowby Photographic Society for the Training and Development "
          "Agency for Schools, as our application for approval to run the National Award for Special Educational "
          "Needs Coordination. January 2009.", italic=True)

t = table(doc, 7, 2, widths=[Cm(4.2), Cm(12.4)])
rows = [
    ("Chart", "No. 14 (2009 edition). Supersedes Chart No. 13, which was used for the pilot Batch in 2007\u201308."),
    ("Process", "The SENCO Award Process, leading to the National Award for SEN Coordination"),
    ("Validated by", "University of Eastwold, School of Education, as the Postgraduate Certificate in Special "
                     "Educational Needs Coordination"),
    ("Credit", "60 credits at Masters (M) level"),
    ("Batch size", "Up to 18 participants"),
    ("Chart keeper", "Ruth Ashdown, Process Leader, The Old Maltings, Quay Lane, Marrowby"),
    ("Read with", "The Test Strip booklet; the University's Regulations for Taught Postgraduate Awards"),
]
for i, (a, b) in enumerate(rows):
    cell_text(t.cell(i, 0), a, bold=True, size=9.5)
    shade(t.cell(i, 0), "D9D9D9")
    cell_text(t.cell(i, 1), b, size=9.5)

# ---------------------------------------------------------------- how to read
doc.add_heading("Before you start: how to read this chart", level=1)
para(doc, "Members of the Society will know the Trust's charts from the darkroom wall. For readers who have never "
          "stood at a sink, the notes below explain how this one is laid out. The Film Chart itself, where each of "
          "the national minimum outcomes appears as a stock, is at the end; the notes that tell you how to read it "
          "are here at the beginning, which is where a chart's notes always are.")
notes = [
    ("N1. The Process. ", "The Process is our name for the whole course leading to the National Award for SEN "
                          "Coordination. It runs for one school year for most participants and is made up of five "
                          "Baths."),
    ("N2. Baths and Darkroom Days. ", "A Bath is a stage of the Process: Developer, Stop, Fix, Wash and Dry. Each "
                                      "Bath holds two Darkroom Days (DD1 to DD10), taught days from 9.30 to 3.30 at "
                                      "the Old Maltings in Marrowby or at the University's Westgate campus."),
    ("N3. Fixes. ", "A Fix is a piece of assessed work. There are three, described in Part 7. Fixed work is marked "
                    "by a tutor, read a second time by another tutor, and the mark agreed."),
    ("N4. Reading the Film Chart. ", "Each row of the Film Chart is a stock: one national minimum outcome, in our "
                                     "words, under its Annex 3 reference. The column \u201cDeveloped on\u201d names "
                                     "the Darkroom Day or Days on which the stock is taught. The column \u201cFixed "
                                     "in\u201d names the Fix that assesses it. \u201cD only\u201d in the Fixed in "
                                     "column means the stock is developed on the day named but no Fix marks it: it "
                                     "is taught and discussed, not assessed. \u201cFixed only\u201d in the Developed "
                                     "on column means a Fix marks the stock but no Darkroom Day teaches it. "
                                     "\u201cNot stocked\u201d means the Process does not carry that stock in "
                                     "2009\u201310."),
    ("N5. Test Strip and Contact Sheet. ", "The Test Strip is the needs assessment each participant makes before "
                                           "DD1; the Contact Sheet is the individual training plan that comes out of "
                                           "it (Part 4)."),
    ("N6. Push and Pull. ", "Our two routes through the Process besides the standard one (Part 5)."),
    ("N7. Safelights. ", "School-based mentors (Part 1)."),
    ("N8. Field Exposures. ", "Tasks carried out in the participant's own school between Darkroom Days (FE1 to "
                              "FE4)."),
    ("N9. Control Strips. ", "How we check that the Process itself is working (Part 8)."),
]
for a, b in notes:
    p = runin(doc, a, b)
    p.paragraph_format.left_indent = Cm(0.6)

text_box(doc, [
    ("THE DARKROOM RULES", True, False, 10),
    ("(as they hang on the wall of the Old Maltings)", False, True, 9),
    ("1. Every child can be brought up out of the dark.", False, False, 9.5),
    ("2. No print is wasted: every mistake shows you something.", False, False, 9.5),
    ("3. Listen before you expose.", False, False, 9.5),
    ("4. Work cleanly, label everything and put the lids back on.", False, False, 9.5),
    ("5. Every child should be healthy, safe, enjoying and achieving, making a contribution and on the way to "
     "economic well-being.", False, False, 9.5),
], height_pt=128)

# ---------------------------------------------------------------- part 1
doc.add_heading("Part 1. The chemistry: who we are", level=1)
para(doc, "The Marrowby Photographic Society was founded in 1891 and has had an Education Trust since 1979. Since "
          "1998 the Trust's Darkroom in the Classroom projects have taken photography into forty-one special and "
          "mainstream schools in Eastwoldshire, working with pupils with SEN and/or disabilities and with their "
          "teachers. Several of the teachers we met that way are now SENCOs, and two of them are tutors on this "
          "Process.")
para(doc, "The Process is validated by the University of Eastwold's School of Education as its Postgraduate "
          "Certificate in Special Educational Needs Coordination. The University is the awarding body: it approved "
          "the Process at a validation event on 14 November 2008, holds it within its regulations for taught "
          "postgraduate awards, and awards the Postgraduate Certificate and its credit. The Process carries 60 "
          "credits at Masters (M) level, which participants may carry forward into the University's MA in "
          "Inclusive Education.")
doc.add_heading("The darkroom staff", level=2)
st = table(doc, 6, 3, widths=[Cm(3.4), Cm(4.4), Cm(8.8)])
staff = [
    ("Name", "On the Process", "Background"),
    ("Ruth Ashdown", "Process Leader; tutor for DD1, DD2 and DD10",
     "SENCO at Hallam Street Primary 1996\u20132006; MA in Special and Inclusive Education (Eastwold, 2003); "
     "Eastwoldshire SEN adviser since 2006"),
    ("Dr Tom Keverne", "University link tutor; tutor for DD3 and DD8",
     "Senior Lecturer in Inclusive Education, University of Eastwold; doctoral study of provision mapping in "
     "secondary schools (2005)"),
    ("Asha Pendle", "Tutor for DD4 and DD5",
     "Specialist teacher (SpLD), county Learning Support Service; AMBDA; former SENCO at Farrow Hill School"),
    ("Gwen Tallis", "Tutor for DD6 and DD7",
     "Head of a primary resource base for pupils with autistic spectrum disorders; NPQH; trained coach"),
    ("Mike Orrell", "Tutor for DD9",
     "Senior educational psychologist, Eastwoldshire Educational Psychology Service"),
]
for i, row in enumerate(staff):
    for j, v in enumerate(row):
        cell_text(st.cell(i, j), v, bold=(i == 0), size=9)
        if i == 0:
            shade(st.cell(i, j), "404040")
            st.cell(i, j).paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(255, 255, 255)
repeat_header(st.rows[0])
para(doc, "")
para(doc, "Every tutor has worked as a SENCO or in an SEN support service within the last five years, and each "
          "keeps a record of their own professional development which the Process Leader reviews with them every "
          "July. The Society's competition judges, who hold the Licentiate and Associateship distinctions and three "
          "of whom are on the national judges' list, take no part in the Process.")
runin(doc, "Safelights. ", "Each participant is paired with a Safelight, an experienced SENCO from a neighbouring "
                           "school, who meets them at least three times during the year and signs off their Field "
                           "Exposures as having taken place. Most Safelights took part in our pilot Batches. "
                           "Safelights are sent a copy of this chart and are welcome to ring the Process Leader with "
                           "any questions.")

# ---------------------------------------------------------------- part 2
doc.add_heading("Part 2. What the Process is for", level=1)
para(doc, "The Process has one aim: that pupils with SEN and/or disabilities in our participants' schools make "
          "better progress. Everything on the chart is there because it moves a SENCO closer to that. In "
          "particular the Process aims to:")
for b in ["raise the attainment of pupils with SEN and/or disabilities in participants' schools, measured in "
          "National Curriculum levels and P scales;",
          "give each participant the knowledge and skills to lead provision for those pupils;",
          "make sure each participant changes practice in their own school during the year, not after it."]:
    para(doc, b, style="List Bullet")
para(doc, "We believe that every child with SEN and/or disabilities has the right to be healthy, to stay safe, to "
          "enjoy and achieve, to make a positive contribution and to achieve economic well-being.")
para(doc, "Each Fix asks for evidence of pupils' progress in attainment, and Fix 2 is built round a measured change "
          "in the attainment of a group of pupils in the participant's own school. No participant completes the "
          "Process without showing, in Fix 2, a change they have made to practice in their own school and its "
          "effect on pupils.")

# ---------------------------------------------------------------- part 3
doc.add_heading("Part 3. Time and temperature: the Process at a glance", level=1)
tt = table(doc, 11, 5, widths=[Cm(2.2), Cm(4.8), Cm(3.4), Cm(3.0), Cm(3.2)])
hdr = ["Bath", "Darkroom Day", "Date (2009\u201310)", "Where", "Due after it"]
for j, v in enumerate(hdr):
    cell_text(tt.cell(0, j), v, bold=True, size=9)
    shade(tt.cell(0, j), "BFBFBF")
repeat_header(tt.rows[0])
sched = [
    ("Developer", "DD1 The Latent Image", "Fri 25 September", "Old Maltings", "FE1 by 6 November"),
    ("", "DD2 Law and Guidance", "Fri 16 October", "Old Maltings", ""),
    ("Stop", "DD3 Reading the Evidence", "Fri 13 November", "Westgate", ""),
    ("", "DD4 Many Emulsions", "Fri 11 December", "Old Maltings", "Fix 1 by 15 January"),
    ("Fix", "DD5 Exposure and Targets", "Fri 22 January", "Old Maltings", ""),
    ("", "DD6 Working the Enlarger", "Fri 26 February", "Old Maltings", "FE3 by 30 April"),
    ("Wash", "DD7 Voices", "Fri 19 March", "Old Maltings", "FE2 by 30 April"),
    ("", "DD8 The Provision Map", "Fri 23 April", "Westgate", "FE4, Fix 2 by 21 May"),
    ("Dry", "DD9 Other Darkrooms", "Fri 4 June", "Old Maltings", ""),
    ("", "DD10 The Print on the Wall", "Fri [insert date] July", "Old Maltings", "Fix 3 (Exhibition) 9 July"),
]
fills = {"Developer": "FFF2CC", "Stop": "FCE4D6", "Fix": "E2EFDA", "Wash": "DDEBF7", "Dry": "EDEDED"}
for i, row in enumerate(sched, start=1):
    for j, v in enumerate(row):
        if v:
            cell_text(tt.cell(i, j), v, bold=(j == 0), size=9)
for i in range(1, 11, 2):
    name = sched[i - 1][0]
    m = tt.cell(i, 0).merge(tt.cell(i + 1, 0))
    shade(m, fills[name])
para(doc, "")
para(doc, "Supply cover for Darkroom Days is paid by the participant's school from its Standards Fund allocation; "
          "the Trust does not pay for cover.", italic=True, size=9.5)
hrs = table(doc, 6, 2, widths=[Cm(10), Cm(3)])
for i, (a, b) in enumerate([("Where the hours go (standard route)", "Hours"),
                            ("Ten Darkroom Days", "60"),
                            ("Field Exposures FE1 to FE4, in the participant's own school", "90"),
                            ("Drying Line: reading, drafting and commenting online", "50"),
                            ("Fixes, directed reading and private study", "400"),
                            ("Total (60 credits)", "600")]):
    cell_text(hrs.cell(i, 0), a, bold=(i in (0, 5)), size=9)
    cell_text(hrs.cell(i, 1), b, bold=(i in (0, 5)), size=9)
    if i == 0:
        shade(hrs.cell(i, 0), "BFBFBF")
        shade(hrs.cell(i, 1), "BFBFBF")

# ---------------------------------------------------------------- part 4
doc.add_heading("Part 4. The Test Strip: before the first Darkroom Day", level=1)
runin(doc, "Who can enter. ", "The Process is for qualified teachers who are SENCOs, or who have been designated "
                              "to take on the role within the year, in a maintained school or academy in "
                              "Eastwoldshire or a neighbouring authority. Each application carries a statement from "
                              "the headteacher agreeing to release the participant for the Darkroom Days and to give "
                              "them access to pupil data and to colleagues for the Field Exposures. The Process "
                              "Leader reads every application and talks to every applicant by telephone before a "
                              "place is offered. Where an applicant is unlikely to meet the outcomes within the year "
                              "(for example a teacher new to a school with no experience of SEN provision), we tell "
                              "them what to do first, usually a term of the county's SEN Support course, and write "
                              "to their headteacher to agree it; the place is then held for the next Batch.")
runin(doc, "The Test Strip. ", "A test strip shows you, before you print, how each part of the picture will "
                               "respond. Ours does the same for each participant. In the four weeks before DD1 each "
                               "participant rates themselves against all 29 stocks on the Film Chart, using the Test "
                               "Strip booklet, which gives for each stock two or three examples of what a SENCO who "
                               "already meets it would be doing in school. The participant then meets their tutor for "
                               "an hour at the Old Maltings. The tutor checks the self-ratings against what the "
                               "participant can show (an IEP, a provision map, a report to governors), because a "
                               "SENCO who believes their knowledge of the law is sound may be working from the 1994 "
                               "Code.")
runin(doc, "The Contact Sheet. ", "From the Test Strip the tutor and participant write the participant's Contact "
                                  "Sheet: their individual training plan. It names the stocks they will concentrate "
                                  "on, which Darkroom Days they must attend and which they may replace with directed "
                                  "reading, and a personal set of outcomes for their Fixes, taking account of what "
                                  "they already know and have done. The Contact Sheet is reviewed at DD5 and again "
                                  "after Fix 2.")
p = runin(doc, "Prior study and experience. ", "The Test Strip takes account of what each participant already "
                                               "knows. ")
ins(p, "Participants who hold M-level credit from a university course in SEN taken in the last five years may ask "
       "to bring up to 20 credits into the Process under the University's regulations for the accreditation of "
       "prior learning. The Process Leader and the University link tutor map the earlier course against the Film "
       "Chart, and the participant is excused the Fix, and the Darkroom Days, that the earlier credit covers. "
       "Experienced SENCOs without credit may instead submit a short APEL portfolio mapped to the stocks of Fix 1, "
       "which is marked as Fix 1 is.", AUTH, DATE)
runin(doc, "Stand development. ", "In stand development a film is left in weak developer with no agitation and "
                                  "develops on its own. The University of Eastwold offers something like this for "
                                  "its own MA students: an experienced SENCO can be assessed on the MA's SEN module "
                                  "without attending it. The Trust does not offer an assessment-only route through "
                                  "the Process: every participant attends the Darkroom Days named on their Contact "
                                  "Sheet and submits all three Fixes.")
runin(doc, "Checks. ", "Every participant is a serving teacher. The headteacher's statement on the application "
                       "confirms that the participant holds a current enhanced CRB disclosure, and gives its date. "
                       "In the pilot Batch the Trust's secretary also saw each participant's disclosure certificate "
                       "and checked List 99 with the county's personnel service; that was done for the pilot only, "
                       "when some participants came from outside the county's schools.")

# ---------------------------------------------------------------- part 5
doc.add_heading("Part 5. Push and Pull: routes through the Process", level=1)
para(doc, "Most participants take the standard route: ten Darkroom Days in one school year, with the Fixes due on "
          "the dates in Part 3. There are two others.")
runin(doc, "Push. ", "A participant whose Contact Sheet shows that they already meet many stocks may be pushed: "
                     "they attend only the Darkroom Days their Contact Sheet names (at least five), replace the "
                     "others with directed reading on the Drying Line, and may complete in two terms, submitting "
                     "Fix 2 in April.", style="List Bullet")
runin(doc, "Pull. ", "A participant who needs more time, through illness, maternity leave or a heavy year in "
                     "school, may be pulled: the Process is spread over two school years, with Baths 1 to 3 taken "
                     "with one Batch and Baths 4 and 5 with the next.", style="List Bullet")
para(doc, "The Stop and Wash Baths may be taken in either order, so that a participant who joins in February "
          "starts at the Wash and picks up the Stop the following autumn. A February entry will run if at least "
          "twelve places are taken by 1 December; otherwise February applicants join the September Batch.")
runin(doc, "Fees. ", "The fee for 2009\u201310 is \u00a31,350 per participant, including University registration. "
                     "A pushed participant pays \u00a3950, because they attend fewer Darkroom Days; a pulled "
                     "participant pays the standard fee in two instalments. Darkroom Days are on Fridays so that "
                     "one day's cover buys a whole day's work, and the 60 credits count towards the University's "
                     "MA in Inclusive Education.")
p = runin(doc, "The Drying Line. ", "Between Darkroom Days the Batch works on the Drying Line, our area on the "
                                    "University's Blackboard site. Each Darkroom Day's slides, readings and tasks "
                                    "are posted there the day before. Each participant pegs out a draft of every "
                                    "Field Exposure on the Drying Line, and two other members of the Batch comment "
                                    "on it within a week; the Batch is divided into trios for this at DD1. "
                                    "Participants also use the Drying Line's discussion board to share resources "
                                    "they have made in school. ")
dele(p, "Tutors read the Drying Line every weekday and answer any question posted there within two working days, "
        "and each participant has a thirty-minute telephone tutorial with their tutor in every month without a "
        "Darkroom Day.", AUTH, "2009-01-21T16:40:00Z")
runin(doc, "Access. ", "The Old Maltings has a lift to the first-floor lecture room and an accessible toilet, and "
                       "the Westgate campus is step-free. Handouts are available in large print on request. The "
                       "Trust makes reasonable adjustments for disabled visitors to the Society's Annual Exhibition, "
                       "including a low line of prints hung at wheelchair height and a large-print catalogue.")

# ---------------------------------------------------------------- part 6
doc.add_heading("Part 6. The Darkroom Days", level=1)
para(doc, "Each Darkroom Day is listed with what it develops and the Field Exposure that follows it. The stocks each "
          "day carries are shown on the Film Chart.")
days = [
    ("DD1 The Latent Image", "What the SENCO's job is under the Code of Practice and what SENCOs actually spend "
     "their week doing. Gaining the commitment of the headteacher and senior leaders to better outcomes for pupils "
     "with SEN: participants plan and rehearse the conversation they will have with their own head. Trios are "
     "formed for the Drying Line.",
     "FE1: meet your headteacher about the school's priorities for pupils with SEN and agree one change you will "
     "lead this year. This becomes the subject of Fix 2."),
    ("DD2 Law and Guidance", "The SEN Code of Practice (2001) and the SEN Toolkit; Part IV of the Education Act "
     "1996; the Special Educational Needs and Disability Act 2001; the Disability Discrimination Act 1995 as amended "
     "in 2005, the Disability Equality Duty and the school's accessibility plan; what each requires of the school, "
     "the SENCO, teachers and governors, and how to put it into practice. In the afternoon the tutor introduces "
     "Every Child Matters: Change for Children and Removing Barriers to Achievement, the five outcomes and the "
     "Children's Trust.", ""),
    ("DD3 Reading the Evidence", "At the Westgate campus, with the University library. Recent research and "
     "inspection evidence: Ofsted's report Inclusion: does it matter where pupils are taught? (2006), the Education "
     "and Skills Committee's report on Special Educational Needs (2006), Lewis and Norwich's Special Teaching for "
     "Special Children? (2005) and the Bercow Review of services for children with speech, language and "
     "communication needs (2008). How to search the literature and judge a study. Each participant chooses one "
     "piece of research, or one piece of outside advice, to try with colleagues.", ""),
    ("DD4 Many Emulsions", "The most common types of SEN and disability: behavioural, emotional and social "
     "difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, "
     "autistic spectrum disorders and moderate learning difficulties, and how each can affect learning; with a "
     "speech and language therapist. Approaches, strategies and resources for each, including ICT: the assistive "
     "technology loan library is demonstrated.", ""),
    ("DD5 Exposure and Targets", "Identifying pupils who may have SEN through observation, data and assessment; "
     "setting challenging targets; planning interventions that remove barriers; reviewing progress. Turning the "
     "reports of educational psychologists, therapists and advisory teachers into classroom approaches. Using P "
     "scales, teacher assessment and national test results to track progress and change a programme. Assessment "
     "for learning, and how to help colleagues use it with pupils with SEN. Contact Sheets are reviewed.", ""),
    ("DD6 Working the Enlarger", "Leading other adults: deploying and managing teaching assistants; supporting "
     "colleagues' professional development through observation and feedback, modelling, coaching and mentoring, "
     "and running training; advising colleagues in the school and in partner schools. Participants draft a "
     "one-page briefing for staff and present it to their trio, and practise coaching conversations.",
     "FE3: coach a colleague through three cycles of observation and feedback and keep a coaching log."),
    ("DD7 Voices", "Consulting children and young people: tutors model, and participants practise, structured ways "
     "of finding out what pupils think (talking mats, diamond ranking, pupil-led review meetings) and of involving "
     "pupils in planning, agreeing and reviewing their own provision. In the afternoon participants work with two "
     "parents from the Eastwoldshire Parent Partnership steering group on running a meeting with parents as "
     "partners: preparing with the parent, sharing information, agreeing actions and following up. Each "
     "participant role-plays a difficult review meeting and receives feedback from the parents.",
     "FE2: consult a group of pupils about a piece of provision they receive, using one of the methods practised "
     "today, and record what you changed as a result."),
    ("DD8 The Provision Map", "At the Westgate computer suite. Costed provision maps and provision management; "
     "finding provision that is ineffective or missing. The principles of school self-evaluation and improvement "
     "and what they mean for outcomes for pupils with SEN; reviewing, with other staff, how well provision is "
     "working so that it informs the school's self-evaluation. Working with senior leaders and governors on an "
     "inclusive ethos, the SEN policy, priorities and resources.",
     "FE4: draw up, with a colleague, a costed provision map for one year group."),
    ("DD9 Other Darkrooms", "The scope and role of the services and agencies a SENCO works with (educational "
     "psychology, speech and language therapy, CAMHS, sensory support, social care, and voluntary organisations "
     "such as the Eastwoldshire Dyslexia Association and Mencap), how to get specialist support and resources, "
     "the Common Assessment Framework and the team around the child; working in partnership with other "
     "professionals. Case problems: participants anticipate and resolve problems and justify decisions on "
     "provision.", ""),
    ("DD10 The Print on the Wall", "The SENCO's report to governors and the year ahead for the SEN policy. The "
     "Batch prepares for the Exhibition (Fix 3).", ""),
]
for title, body, fe in days:
    doc.add_heading(title, level=2)
    para(doc, body)
    if fe:
        runin(doc, "Field Exposure. ", fe)

# ---------------------------------------------------------------- part 7
doc.add_heading("Part 7. The three Fixes", level=1)
runin(doc, "Fix 1: the Case Print (20 credits, due 15 January). ",
      "A 4,000-word case study of one pupil with SEN and/or disabilities in the participant's school: the pupil's "
      "type of need and how it affects their learning; the law and guidance that apply, including the school's "
      "duties under the Disability Discrimination Act; the assessments and advice of other professionals and how "
      "they were used; which outside agencies could help and how to get their support; the pupil's targets, "
      "interventions and review; and the decisions the participant made about provision and why. A final section of "
      "500 words sets out how the participant keeps up to date on SEN and disability and what they have done about "
      "their own professional development this term.")
runin(doc, "Fix 2: the Field Exposure (40 credits, due 21 May). ",
      "A 6,000-word enquiry in the participant's own school, on the change agreed with the headteacher in FE1. The "
      "participant takes baseline measures of a group of pupils' attainment (standardised reading or spelling "
      "scores, P scales, sub-levels or national test results) and measures again after at least ten weeks, and "
      "shows how the results changed the programme. The enquiry includes the provision map from FE4; the approaches, "
      "resources and ICT chosen, with a critical account of why; how teaching assistants were deployed and managed; "
      "the coaching log from FE3 and how the participant supported colleagues' development; how the pupils were "
      "consulted (FE2) and involved in agreeing and reviewing the change; how the participant worked with the "
      "pupils and their parents or carers and kept them informed; the research or outside advice used; what the "
      "principles of school self-evaluation say about judging the change; and a paper to the governors' SEN "
      "committee or senior leadership team proposing how the change should continue and what it will cost.")
p = runin(doc, "Fix 3: the Exhibition (9 July). ",
          "Each participant presents their Field Exposure to their Batch, their Safelight and their headteacher or a "
          "senior leader, in fifteen minutes with questions, and writes a 1,500-word commentary on how they have "
          "helped colleagues develop formative assessment for pupils with SEN and how they have reviewed, with other "
          "staff, the effectiveness of the school's provision and fed it into the school's self-evaluation.")
fn.add(p, "In 2009\u201310 Fix 3 carries no credit and no mark. The University validated the Process on Fixes 1 and "
          "2; tutors give written feedback on the Exhibition but it does not count towards the Award.")
p = runin(doc, "Marking. ", "Every Fix is marked by the participant's tutor against the University's M-level "
                            "criteria and read a second time by another tutor (the second reading); where the two "
                            "readings differ by more than five marks a third tutor reads it. All marks go to the "
                            "University's Board of Examiners in July. The external examiner for the Process is "
                            "[name to be confirmed by the University].")
comment(doc, p.runs[1], "Eastwold's external examiner will moderate a sample of every Fix \u2014 OK to say this? "
                        "Not confirmed yet.", "J. Pryce", "JP", "2009-01-20T14:31:00Z")
runin(doc, "The Award. ", "A participant who passes Fix 1 and Fix 2 is recommended to the University for the "
                          "Award. The Film Chart shows where each stock is developed and fixed.")

# ---------------------------------------------------------------- part 8
doc.add_heading("Part 8. Control Strips: how we know the Process works", level=1)
para(doc, "A control strip is a pre-exposed strip of film run through the processor to check that the chemistry "
          "has not drifted. Ours are these.")
for a, b in [
    ("Day cards. ", "Every participant completes a card at the end of each Darkroom Day, rating the day against "
                    "its stocks; the Process Leader reads them within a week and the tutor for the next day sees the "
                    "summary."),
    ("Mid-Process review. ", "At DD5 the Batch meets for an hour without tutors and reports to the Process Leader."),
    ("Tutor review. ", "Tutors meet after each Bath to look at the day cards, the Drying Line and the Fix marks."),
    ("External. ", "The University's annual monitoring report; the external examiner's report; and a visit by the "
                   "county's Senior SEN Adviser to one Darkroom Day each year, who reports to the Darkroom "
                   "Committee."),
    ("The Darkroom Committee. ", "Our steering group: two headteachers, the county's Senior SEN Adviser, a parent "
                                 "from the Parent Partnership steering group, a former participant, the University "
                                 "link tutor and the Process Leader. It meets each term and in July receives all of "
                                 "the above and agrees the changes to the next chart; each chart lists on its last "
                                 "page what was changed and why. Headteachers also sit in the audience at the "
                                 "Exhibition, and Safelights report on the Field Exposures they sign off."),
]:
    runin(doc, a, b, style="List Bullet")
runin(doc, "Measuring the impact. ", "Each participant's Fix 2 includes baseline and follow-up measures of the "
                                     "attainment of the pupils in their enquiry group, and the Process Leader "
                                     "collates these across the Batch each year. Participants rate their confidence "
                                     "against each of the 29 stocks at the Test Strip and again at the end of the "
                                     "Dry, and the two ratings are compared. Six months after the Award we send each "
                                     "participant's headteacher a questionnaire asking what has changed in the "
                                     "school's provision and in the progress of pupils with SEN.")
runin(doc, "What schools told us. ", "In November and December 2008 we surveyed every SENCO in Eastwoldshire's 212 "
                                     "schools (97 replied) and interviewed eight headteachers and the county's SEN "
                                     "team. SENCOs asked most for help with the law, with leading teaching "
                                     "assistants and with provision mapping; headteachers asked for SENCOs who could "
                                     "report clearly to governors; the SEN team asked for more on working with other "
                                     "agencies; 61 of the 97 SENCOs said they could not be released for more than "
                                     "ten days in a year. The Process reflects these needs: the law is on DD2, "
                                     "teaching assistants on DD6, provision mapping on DD8, other agencies on DD9, "
                                     "and there are ten Darkroom Days. The survey was carried out after the Darkroom "
                                     "Days had been set, and we found that the Process already matched what schools "
                                     "asked for. Stakeholders' views have shaped the Process throughout, and we are "
                                     "grateful to everyone who took part.")
runin(doc, "Resources. ", "The Trust's resource room at the Old Maltings holds the SEN library built up over ten "
                          "years of Darkroom in the Classroom (about 600 books and assessment kits, including the "
                          "standardised tests participants use for the baseline measures in Fix 2) and an assistive "
                          "technology loan library: laptops with Clicker 5, Write Online, text-to-speech software and "
                          "Dragon NaturallySpeaking, and a set of switches and communication aids, which participants "
                          "may borrow for up to half a term to try with pupils. Participants are registered students "
                          "of the University, with full use of its library, e-journals and the Westgate computer "
                          "suite. The Society's own darkroom has six enlargers and a film processor, which "
                          "participants are welcome to use.")
runin(doc, "Specialist expertise. ", "Guest tutors on DD4 and DD9 include a speech and language therapist, the "
                                     "county's senior educational psychologist and the head of the Sensory Support "
                                     "Service. We hope, from 2010\u201311, to arrange for each participant to spend a "
                                     "day in one of the county's special schools or resource bases.")

doc.add_heading("Part 9. After the Dry", level=1)
para(doc, "When the print is dry it is out of our hands. Setting further professional targets after the Award is a "
          "matter for the participant and their line manager through the school's performance management "
          "arrangements, and the Trust does not take part in it. Participants keep their Contact Sheet and Test "
          "Strip booklet.")

# ---------------------------------------------------------------- the film chart
doc.add_heading("THE FILM CHART", level=1)
para(doc, "Twenty-nine stocks, grouped as Annex 3 groups them. Read with note N4.", italic=True)
chart = [
    ("Attributes", None),
    ("A1", "Builds fair, respectful and constructive relationships with pupils with SEN and/or disabilities and "
           "with their parents or carers", "DD7", "Fix 2"),
    ("A2", "Wins the commitment of the headteacher, senior leaders and colleagues to better outcomes for pupils "
           "with SEN", "DD1, DD6", "Fix 2"),
    ("A3", "Prioritises, manages time, delegates and checks that delegated work is done", "Not stocked", "\u2014"),
    ("A4", "Anticipates and resolves problems; makes well-founded decisions and sound judgements about provision",
     "DD9", "Fix 1"),
    ("A5", "Speaks and writes clearly; listens to and understands the views of others", "DD6, DD7",
     "Fix 1, Fix 2"),
    ("A6", "Uses research and outside advice to improve own and colleagues' practice", "DD3", "Fix 2"),
    ("A7", "Keeps up to date and takes charge of own CPD in SEN and disability", "Fixed only", "Fix 1"),
    ("Knowledge and understanding", None),
    ("K1", "SEN law and guidance, including the Code of Practice: what they mean for the school and how to put "
           "them into practice", "DD2", "Fix 1"),
    ("K2", "The principles and five outcomes of Every Child Matters and the SENCO's part in them", "DD2", "D only"),
    ("K3", "Disability equality law and the actions it requires for disabled pupils", "DD2", "Fix 1"),
    ("K4", "How children develop, and how SEN, disability and the environment for learning affect development",
     "Not stocked", "\u2014"),
    ("K5", "The common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they "
           "affect learning", "DD4", "Fix 1"),
    ("K6", "A critical grasp of approaches, strategies and resources for assessment, planning, teaching and "
           "learning, including ICT", "DD4, DD5", "Fix 2"),
    ("K7", "The principles of school self-evaluation and improvement as they bear on pupils with SEN", "DD8",
     "Fix 2"),
    ("K8", "Best practice and research outcomes in meeting SEN", "DD3", "Fix 2"),
    ("K9", "What external agencies do and how to get specialist support and resources", "DD9", "Fix 1"),
    ("Skills", None),
    ("S1", "With senior leaders and governors, influences an inclusive ethos, policies, priorities and resources",
     "DD8, DD10", "Fix 2"),
    ("S2", "Identifies pupils who may have SEN, sets challenging targets, plans interventions, reviews progress",
     "DD5", "Fix 1"),
    ("S2a", "Uses other professionals' assessments to shape teaching", "DD5", "Fix 1"),
    ("S2b", "Uses summative assessment, including national tests, to track progress and change programmes", "DD5",
     "Fix 2"),
    ("S2c", "Encourages colleagues to develop formative assessment, with approaches for pupils with SEN", "DD5",
     "Fix 3"),
    ("S2d", "Identifies in good time special arrangements for national tests and examinations and puts them in place",
     "CHANGED", "CHANGED"),
    ("S3", "Uses provision mapping and management; finds ineffective or missing provision", "DD8", "Fix 2"),
    ("S4", "Deploys and manages staff, including teaching assistants", "DD6", "Fix 2"),
    ("S5", "Supports colleagues' professional development: observation and feedback, modelling, coaching, training",
     "DD6", "Fix 2"),
    ("S6", "Reviews with other staff how well provision works, to inform the school's self-evaluation", "DD8",
     "Fix 3"),
    ("S7", "Involves pupils in planning, agreeing and reviewing their provision", "DD7", "Fix 2"),
    ("S8", "Liaises with parents and carers to promote pupils' learning and development", "DD7", "Fix 2"),
    ("S9", "Works in partnership with other services and agencies, including voluntary organisations", "DD9",
     "D only"),
]
ct = table(doc, len(chart) + 1, 4, widths=[Cm(1.3), Cm(10.3), Cm(2.6), Cm(2.4)])
for j, v in enumerate(["Stock", "What the finished print shows", "Developed on", "Fixed in"]):
    cell_text(ct.cell(0, j), v, bold=True, size=9)
    shade(ct.cell(0, j), "404040")
    ct.cell(0, j).paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(255, 255, 255)
repeat_header(ct.rows[0])
for i, row in enumerate(chart, start=1):
    if row[1] is None:
        m = ct.cell(i, 0).merge(ct.cell(i, 3))
        cell_text(m, row[0].upper(), bold=True, size=9)
        shade(m, "D9D9D9")
        continue
    code, text, dev, fix = row
    cell_text(ct.cell(i, 0), code, bold=True, size=9)
    cell_text(ct.cell(i, 1), text, size=9)
    if dev == "CHANGED":
        pdev = ct.cell(i, 2).paragraphs[0]
        dele(pdev, "DD5", AUTH, "2009-01-22T09:05:00Z", size=9)
        ins(pdev, "Not stocked", AUTH, "2009-01-22T09:05:00Z", size=9)
        pfix = ct.cell(i, 3).paragraphs[0]
        dele(pfix, "Fix 1", AUTH, "2009-01-22T09:06:00Z", size=9)
        ins(pfix, "\u2014", AUTH, "2009-01-22T09:06:00Z", size=9)
    else:
        cell_text(ct.cell(i, 2), dev, size=9, italic=dev in ("Not stocked", "Fixed only"))
        cell_text(ct.cell(i, 3), fix, size=9, italic=fix in ("D only",))
para(doc, "")
para(doc, "Chart No. 14 approved by the Darkroom Committee, 12 January 2009. Signed for the Education Trust: "
          "Ruth Ashdown, Process Leader; Dr Tom Keverne for the University of Eastwold.", italic=True, size=9.5)

fn.finish()
doc.save(str(HERE / (NAME + ".docx")))
print("wrote", NAME + ".docx")
