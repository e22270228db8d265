"""ht-02-lyncroft-celebration-programme: build the .docx next to this script.

Provider: the Lyncroft Trust, a national charity for children with cerebral
palsy and physical disabilities. Its training arm, the Lyncroft Centre for
Learning, will run the Lyncroft National Award for SEN Coordination from
September 2009; the University of Brennand will validate it in July 2009.

Document kind: the printed programme for the Trust's "Celebration of
Achievement and Launch Evening" (9 July 2009), which marked the end of its
unaccredited pilot (the Lyncroft Certificate in Leading Inclusion, 2008-09)
and launched the Award. Sent whole as the application, with a shaded note
for the panel bound in at the back and a page of outcomes.

Layout: custom paragraph styles and no heading styles (titles in a custom
"Programme Section" style), a cover with event details typed with line
breaks, a running-order table, the Chief Executive's welcome (values and
hopes), eight graduate citations each under a small table (name / school /
School Study title) with a photo placeholder, a thank-you list, a
"From September" section with an at-a-glance table (merged cells, a
placeholder for the external examiner), a Pathway table with a deleted row,
a text box with a young person's poem, a shaded note for the panel, an
outcome table ("Our outcome" / "Where it is covered" / "How it is assessed")
with shaded group rows. Header and footer. Tracked changes (a deleted row and
a deleted clause), comments.

Traps, with the requirement ids they touch:
- wrong context / past individuals: graduates' citations describe what pilot
  participants did, e.g. access arrangements for tests (6.S2d not_met) and a
  school's self-evaluation (6.K7 not_met); neither is in the Award.
- tracked deletion: the only e-learning ("Lyncroft Online") is a deleted row,
  and the welcome only hopes to offer the Award online (3.3 not_applicable).
- negation: "There is no assessment-only route" (2.3 not_met).
- comment: "Check with the University" on the APL sentence does not undo it
  (2.1 met).
- unresolved level: "Level 6 or Level 7" to be decided at validation (E.2
  partially_met); validation itself arranged (E.1 met).
- general in place of the arrangement: a Welcome Conversation "about your
  experience and your school", no outcome-based plan (2.2 partially_met);
  "Every participant follows the same Pathway" (2.4 partially_met).
- internal only: feedback sheets, no external evaluation; external examiner
  a placeholder "[to be appointed by the University]" (5.1 partially_met);
  marking by the group's tutor only, no moderation (5.8 partially_met).
- "can sometimes be arranged" placements (5.5 partially_met).
- pupils' baseline measured, participants' competence/confidence not (5.9
  partially_met).
- stakeholders co-lead days; a part in evaluation only hoped ("we hope one
  day to help mark") (4.3 partially_met).
- outcome table: covered but "-" for assessment (6.A3, 6.S1, 6.S2b, 6.S4,
  6.S6 partially_met); K7 and
  S2c absent (not_met); 1.9 partially_met because of them.
- values and hopes in the Chief Executive's welcome are not arrangements.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _ht_helpers import *  # noqa
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
NAME = "ht-02-lyncroft-celebration-programme"
ED = "Priya Lal"
UNI = "Dr Helen Marsh"

d = new_doc(font="Calibri", size=11)
s1 = d.styles.add_style("Programme Title", WD_STYLE_TYPE.PARAGRAPH)
s1.base_style = d.styles["Normal"]
s1.font.size = Pt(22)
s1.font.bold = True
s1.font.color.rgb = RGBColor(0x6A, 0x1B, 0x9A)
s2 = d.styles.add_style("Programme Section", WD_STYLE_TYPE.PARAGRAPH)
s2.base_style = d.styles["Normal"]
s2.font.size = Pt(14)
s2.font.bold = True
s2.font.color.rgb = RGBColor(0x6A, 0x1B, 0x9A)
s3 = d.styles.add_style("Citation", WD_STYLE_TYPE.PARAGRAPH)
s3.base_style = d.styles["Normal"]
s3.font.italic = False
s3.font.size = Pt(10.5)

header_footer(d, "Lyncroft Trust  -  Celebration of Achievement 2009",
              "Lyncroft Trust, for children with cerebral palsy and physical disabilities. Printed on recycled paper.")

para(d, "Celebration of Achievement", style="Programme Title")
para(d, "and the launch of the Lyncroft National Award for SEN Coordination", italic=True, size=13)
lines(d, "Thursday 9 July 2009, 5.30pm to 8.30pm\nThe Lyncroft Centre, Ashby Road, Brennand\n"
         "Hosted by the Lyncroft Centre for Learning with the University of Brennand")
para(d, "[Photo: last year's Young Voices group on the Centre steps]", italic=True, color="7F7F7F")

para(d, "Running order", style="Programme Section")
table(d, [
    ["Time", "Item", "Who"],
    ["5.30", "Arrival, drinks and the Young Voices art exhibition", "Lyncroft Centre team"],
    ["6.00", "Welcome", "Margaret Oyelaran, Chief Executive"],
    ["6.10", "What the pilot meant to us", "Young Voices and the Family Forum"],
    ["6.25", "Presentation of certificates to the pilot group", "Professor Alan Tring, University of Brennand"],
    ["7.00", "From September: the National Award", "Dr Ruth Cavell, Director, Lyncroft Centre for Learning"],
    ["7.20", "Thank yous and buffet", "Everyone"],
], widths=[1.8, 9.0, 5.4])

para(d, "")
para(d, "Welcome", style="Programme Section")
para(d, "Tonight is a celebration. Eleven teachers began our Lyncroft Certificate in Leading Inclusion last September, "
        "and ten of them are here to collect their certificates. Every one of them has changed something for disabled "
        "children in their school this year, and several of those children are here with their families to say so.")
para(d, "At Lyncroft we believe that every child with cerebral palsy or a physical disability has the right to learn "
        "alongside their friends, to be heard and to do well. We believe that the SENCO is the person in a school who "
        "can make that real. That is why, from this September, the Lyncroft Centre for Learning will run the National "
        "Award for SEN Coordination with the University of Brennand. One day, we hope, the Award will be offered "
        "online too, so that SENCOs in every corner of the country can take it. We would love to see a Lyncroft-trained "
        "SENCO in every town.")
para(d, "Thank you for being here. Please enjoy the evening, and do talk to our graduates: they are the best "
        "advertisement we have.")
para(d, "Margaret Oyelaran, Chief Executive", italic=True)

text_box(d, [
    "My SENCO (by Aaron, aged 14, Young Voices)",
    "You asked me first, before you asked my mum.",
    "You waited while my talker found the words.",
    "You moved the lesson, not me.",
    "You told the others I was good at maths. I am.",
], width_pt=380, height_pt=100)

para(d, "")
para(d, "What the pilot meant to us", style="Programme Section")
para(d, "**Young Voices.** We are eight young people aged 12 to 19 who use Lyncroft services. This year we taught "
        "the teachers for a whole day. We showed them how we use our talkers and eye-gaze, and we told them what it "
        "feels like when a review happens about you and nobody asks you anything. Then the teachers went back to "
        "their schools and asked their pupils. Some of them sent us videos of their pupils leading their own "
        "reviews. We want every SENCO to do this. Next year we want to teach two days, and we hope one day to help "
        "mark the School Studies too.")
para(d, "**The Family Forum.** We are parents and carers of children with cerebral palsy. Most of us have sat in "
        "meetings where we were handed a plan we had never seen. On our Pathway Day we role-played those meetings "
        "with the SENCOs, both ways round, and then we wrote down together what a good meeting looks like. Several "
        "of tonight's graduates have changed how their schools run reviews because of that list. We would like to "
        "think that one day every parent of a disabled child gets a SENCO like these.")
para(d, "")
para(d, "Our graduates", style="Programme Section")
para(d, "The citations below were written by the graduates' tutors. Each graduate completed a School Study: a piece "
        "of change in their own school, planned, carried out and written up during the year.")

GRADS = [
    ("Sunita Bhamra", "Oak Lane Primary, Brennand", "\"Ask me first\": planning with pupils who use AAC",
     "Sunita set up termly planning meetings in which pupils who use communication aids lead the discussion of "
     "their own support, using Talking Mats and their devices. Class teachers now prepare the symbols with the "
     "pupils beforehand. Two pupils presented their own review to the governors in May."),
    ("Tom Ridley", "Harcourt Junior School", "Getting the tests right",
     "Tom looked at how his school arranged readers, scribes, rest breaks and extra time for pupils with physical "
     "disabilities in the Key Stage 2 tests. He drew up a timetable so that each pupil's needs were identified in "
     "the autumn, applications were made in good time and the pupils practised with their reader or scribe in "
     "class. Four pupils sat the tests this May with arrangements that worked."),
    ("Claire Mbeki", "St Anne's CE Primary", "Knowing where we stand",
     "Claire led her school's review of its SEN provision for the school self-evaluation form, and wrote the "
     "section on pupils with SEN and disabilities with the head. The school's improvement plan now has three "
     "priorities that came from her review."),
    ("Gareth Hollis", "Brennand Park Academy", "Moving and learning",
     "Gareth worked with the physiotherapist and occupational therapist to rearrange a Year 8 timetable so that "
     "therapy no longer took pupils out of science. Attendance at science lessons for the three pupils rose from "
     "61 per cent to 94 per cent."),
    ("Faye Addison", "Wold Bank Infants", "Our families",
     "Faye started a coffee morning for parents of disabled children, with the Family Forum, and changed the "
     "school's reviews so that parents see the paperwork a week before. Every parent came to the summer reviews."),
    ("Rashid Qureshi", "Thornhill Primary", "Teaching assistants who lead",
     "Rashid reorganised his school's eleven teaching assistants so that each pupil with a statement has one "
     "named lead, and ran a half-termly training afternoon for them."),
    ("Helen Amory", "Coldwell Secondary", "Technology for learning",
     "Helen borrowed an eye-gaze system and two switch-access laptops from the Lyncroft Technology Library and "
     "trained English and maths teachers to use them with two Year 9 pupils."),
    ("Joe Castle", "Millfield Primary", "Talking to the agencies",
     "Joe brought health, social care and the Family Forum together for one pupil's transition to secondary "
     "school, and wrote the protocol the two schools now use."),
]
for name, school, title, cite in GRADS:
    t = table(d, [["Graduate", name], ["School", school], ["School Study", title]],
              header_fill=None, widths=[3.2, 13.0], size=9.5)
    for r in t.rows:
        shade(r.cells[0], "EADCF8")
    para(d, cite, style="Citation")
para(d, "[Photo: graduates with their certificates]", italic=True, color="7F7F7F")
para(d, "One pilot participant is completing her School Study in the autumn after a period of leave.", italic=True)

para(d, "About the Lyncroft Trust", style="Programme Section")
para(d, "The Lyncroft Trust was founded by parents in 1961 and now works with more than 6,000 children and young "
        "people with cerebral palsy and physical disabilities each year. It runs two special schools, a further "
        "education college, therapy and family support services, an outreach service that advises mainstream "
        "schools in six local authorities, and the Lyncroft Technology Library. The Lyncroft Centre for Learning is "
        "the Trust's training arm: each year it trains around 1,400 teachers, teaching assistants, therapists and "
        "parents, from half-day workshops on positioning and handling to the pilot certificate celebrated tonight. "
        "Its tutors still teach or advise in schools for part of every week, which keeps its courses close to "
        "classrooms.")
para(d, "")
para(d, "Thank you", style="Programme Section")
para(d, "The pilot and the new Award were shaped by many people. In 2008 we surveyed 120 SENCOs in the schools our "
        "outreach service works with across six local authorities, and ran listening groups with the Family Forum and "
        "with Young Voices. SENCOs told us they wanted more on physical disability and technology and less lecturing; "
        "parents told us SENCOs needed to understand therapy and to share paperwork early; young people told us to "
        "\"ask us first\". Heads told us that a day a month out of school was the most they could release.")
para(d, "This is why the Award has a Pathway Day co-led by Young Voices and another co-led by the Family Forum, why "
        "there is a Technology Library loan for every participant, and why Pathway Days are monthly and also run on "
        "Saturdays. After the pilot, the ten graduates' feedback led us to move the School Studies earlier in the "
        "year and to cut the written Log from eight entries to six.")
para(d, "Thank you also to the six local authorities' SEN teams, our therapists and school staff, and the University "
        "of Brennand.")

para(d, "From September: the Lyncroft National Award for SEN Coordination", style="Programme Section")
para(d, "The Award is for teachers who are new to the SENCO role or about to take it on. Its purpose is simple: "
        "that disabled children and children with SEN in our participants' schools achieve more and have happier, "
        "healthier and safer school lives, in all five Every Child Matters outcomes. Everything on the course points "
        "to a change for pupils in the participant's own school: each School Study starts from a baseline for the "
        "pupils involved and ends by measuring what changed for them, in attainment, attendance, participation or "
        "well-being.")

t = table(d, [
    ["The Award at a glance", ""],
    ["Validation", "The University of Brennand will validate the Award at its event on 22 July 2009"],
    ["Credit", "60 credits; the University will decide at validation whether these are at Level 6 or Level 7"],
    ["Starts", "September or January, joining either the Tuesday group or the Saturday group"],
    ["Length", "Normally one year part time; participants may pause for one term and rejoin"],
    ["Credit for earlier study", "Up to 20 credits of earlier masters-level study in SEN may be counted, through the "
                                 "University's procedure for accrediting prior learning"],
    ["Entry", "Qualified teacher status; working as SENCO or named to become SENCO within a year; a letter of "
              "support from the head"],
    ["External examiner", "[to be appointed by the University]"],
    ["Fee", "GBP 1,450; Lyncroft bursaries for ten places"],
], header_fill=None, widths=[4.2, 12.0])
merge_row(t, 0, "The Award at a glance", fill="6A1B9A")
for r in t.rows[1:]:
    shade(r.cells[0], "EADCF8")
apl = t.cell(5, 1).paragraphs[0].runs[0]
comment(d, apl, "Check with the University - is 20 the right figure?", UNI, "HM")

para(d, "")
para(d, "Joining the Award", bold=True)
para(d, "Before the course each participant has a Welcome Conversation about their experience and their school with "
        "the Pathway tutor. Entry needs the letter from the head, and the tutor uses the conversation to check that "
        "the participant knows enough about SEN and has enough of the role already to reach the outcomes by the "
        "end; where not, the tutor suggests work to do first and writes to the head. There is no assessment-only "
        "route: every participant takes part in the Pathway Days. Every participant follows the same Pathway, "
        "though School Studies may be done in any order.")
para(d, "Each participant must show us a current enhanced CRB disclosure, dated within the last three years, before "
        "the first Pathway Day, and the head's letter confirms that the school has made the other pre-employment "
        "checks, including List 99. The Centre's administrator records the disclosure number and date.")

para(d, "The Pathway", bold=True)
t = table(d, [
    ["Pathway Day", "What it covers", "Led by"],
    ["P1 The SENCO role and the law", "The SEN Code of Practice; the Disability Discrimination Act and disability "
     "equality duty; Every Child Matters; recent Ofsted reports, the Bercow Review and the Lamb Inquiry", "Centre tutors"],
    ["P2 Growing and learning", "How children develop; cerebral palsy and physical disability; speech, language and "
     "communication needs, autism, dyslexia, behavioural, emotional and social needs and moderate learning difficulties",
     "Tutors, Lyncroft therapists, educational psychologist"],
    ["P3 Young Voices", "Consulting pupils, including those who use little speech; pupils in planning and reviews",
     "Young Voices with tutors"],
    ["P4 Families first", "Working with parents and carers; sharing information; difficult conversations",
     "Family Forum with tutors"],
    ["P5 Teaching, technology and assessment", "Approaches and resources for assessment, planning and teaching; "
     "assistive technology and ICT; using test results and tracking data; best practice and research",
     "Tutors, Technology Library staff"],
    ["P6 Provision and people", "Provision mapping; deploying teaching assistants; reviewing provision with staff",
     "Tutors"],
    ["Lyncroft Online", "Six online units with e-tutor support between Pathway Days", "E-tutors"],
    ["P7 Leading and influencing", "Working with the head and governors on inclusion; coaching, mentoring and "
     "training colleagues; working with other agencies and voluntary groups; managing time and delegating",
     "Tutors, a serving head"],
], widths=[4.0, 8.7, 3.5])
delete_row(t.rows[7], ED, "2009-06-29T16:40:00Z")

para(d, "")
para(d, "A year on the Award (September group)", bold=True)
table(d, [
    ["Month", "Pathway Day", "In school"],
    ["July to September", "Welcome Conversation", "Pathway Partner chosen; head's letter"],
    ["September", "P1 The SENCO role and the law", "Log entry 1"],
    ["October", "P2 Growing and learning", "SS1 begins"],
    ["November", "P3 Young Voices", "SS2; Log entry 2"],
    ["January", "P4 Families first", "SS1 written up; SS4 begins"],
    ["February", "P5 Teaching, technology and assessment", "SS3 begins; Log entry 3"],
    ["March", "P6 Provision and people", "Log entries 4 and 5"],
    ["May", "P7 Leading and influencing", "SS2, SS3 and SS4 written up; Log entry 6"],
    ["June", "Pathway Review", "Next Steps meeting with the head"],
], widths=[3.5, 6.5, 6.2])
para(d, "The January group follows the same Pathway from January to December, with the Saturday dates set so "
        "that the two groups can swap a day if a participant cannot attend their own. A participant who misses a "
        "Pathway Day catches up through the day's pack and a tutorial with the tutor.")
para(d, "")
para(d, "School Studies and the Lyncroft Log", bold=True)
para(d, "Between Pathway Days participants carry out four School Studies in their own schools, each agreed with a "
        "Pathway Partner (a senior colleague in school):")
for x in [
    "**SS1 A pupil's journey.** Identify pupils who may have SEN or disabilities, using observation, data and "
    "therapists' and other professionals' assessments; set targets; plan and review an intervention for one pupil.",
    "**SS2 Listening to pupils.** Involve pupils in planning and reviewing their own provision, and help a colleague "
    "to do the same.",
    "**SS3 Mapping and improving provision.** Map provision, find what is missing or not working, and propose "
    "changes using research and best practice.",
    "**SS4 Families and services.** A piece of work with a family and at least one other service or voluntary "
    "organisation.",
]:
    para(d, x)
para(d, "Alongside them participants keep the Lyncroft Log, six reflective entries set by the tutors: on the law "
        "and disability equality (entry 1), Every Child Matters (entry 2), a piece of coaching or training they led "
        "for colleagues, with the colleagues' feedback (entry 3), a change they made drawing on research or outside "
        "advice (entry 4), a difficult decision about provision and how they reached it (entry 5), and how they "
        "brought the head and colleagues with them (entry 6).")

para(d, "Pathway Review", bold=True)
p = para(d, "The year ends with the Pathway Review: a twenty-minute presentation of the participant's work to two "
            "tutors, followed by questions, in which they also present a Next Steps plan for their own development "
            "over the following year. They then take the plan to a meeting with their head. ")
del_text(p, "Graduates are also invited to a follow-up day in the spring.", ED, "2009-06-29T16:42:00Z")
p = para(d, "Each Lyncroft Log and School Study is marked by the tutor who taught the group, using the University's "
            "marking criteria. Only participants whose School Studies, Log and Pathway Review together show every one "
            "of the national minimum outcomes will be recommended to the University for the Award.")

para(d, "Teaching, support and resources", bold=True)
para(d, "Pathway Days are taught by the Centre's three tutors (all former SENCOs with masters degrees, two of them "
        "also Lyncroft outreach teachers), with Lyncroft physiotherapists, occupational therapists, speech and "
        "language therapists and an educational psychologist, and a serving head on P7. Tutors meet before each "
        "Pathway Day to plan it together. Pathway Partners come to a Pathway Partner Afternoon in September, where "
        "they are taken through their role and given the Partner handbook, and tutors phone each Partner once a "
        "term. Every participant can borrow equipment for a term from the Lyncroft Technology Library, which holds "
        "communication aids, switches, eye-gaze systems and software, and has use of the Centre's resource room. "
        "Visits to a Lyncroft school can sometimes be arranged.")
para(d, "Our venue has level access throughout, a changing places toilet, a hearing loop and parking by the door. "
        "On the application form we ask every applicant what we can do to make the course accessible for them, "
        "and we meet those who tell us of a disability before they start to agree adjustments, including to "
        "assessment (for example a recorded or signed Log). Course papers come in large print, Braille, audio or "
        "Easy Read on request. Our Young Voices and Family Forum co-tutors are themselves disabled young people and "
        "parents of disabled children.")
para(d, "Every Pathway Day ends with a feedback sheet, and the Centre team reads them and changes the next day's "
        "plan where needed.")

para(d, "Questions people ask on the night", bold=True)
for q, a in [
    ("Can I do it online?", "Not at present. The Award is taught on Pathway Days at the Centre and in your own school."),
    ("I have been doing the job for years. Do I have to come to every day?", "Yes. Your experience will show in "
     "your School Studies and may count towards credit for earlier study if it has been accredited, but every "
     "participant takes part in the Pathway Days."),
    ("My head is worried about cover.", "Pathway Days are monthly and the Saturday group needs no cover. We can "
     "send your head a letter explaining the release needed."),
    ("What if I am disabled myself?", "Tell us on the form or by phone what would help, and we will meet you "
     "before the course to agree it. Several of our tutors and co-tutors are disabled."),
    ("Is there help with the fee?", "Lyncroft bursaries cover ten places each year; ask the Centre for the form."),
]:
    para(d, "**" + q + "** " + a)

shaded_box(d, [
    "**A note for the TDA panel**",
    "We have sent this programme as it was printed for the evening because it shows the pilot, the people who "
    "shaped it and the Award as it will run. The table below sets out where each national outcome is covered and "
    "assessed, in our own wording. Where a cell shows a dash, the outcome is covered on the named day but not "
    "separately assessed.",
    "Dr Ruth Cavell, Director, Lyncroft Centre for Learning",
], fill="F3EAFB")

para(d, "Where the outcomes are covered and assessed", style="Programme Section")
OUT = [
    ("G", "Being a SENCO"),
    ("", "Fair, warm and respectful with disabled pupils and their families", "P3, P4", "SS1, SS4"),
    ("", "Bring the head, senior leaders and colleagues with you", "P7", "Log entry 6"),
    ("", "Manage your time, prioritise and delegate", "P7", "-"),
    ("", "Solve problems and make sound decisions about provision", "P6", "Log entry 5"),
    ("", "Communicate clearly in speech and writing; listen", "All days", "Log; Pathway Review"),
    ("", "Use research and outside advice to improve practice", "P5", "Log entry 4"),
    ("", "Keep learning and plan your own development", "P7", "Next Steps plan at Pathway Review"),
    ("G", "Knowing"),
    ("", "SEN law and the Code of Practice, and putting them into practice", "P1", "Log entry 1"),
    ("", "Every Child Matters and the SENCO's part", "P1", "Log entry 2"),
    ("", "Disability equality law and the actions it requires", "P1", "Log entry 1"),
    ("", "How children develop and what affects development", "P2", "SS1"),
    ("", "The common types of SEN and disability and how they affect learning", "P2", "SS1"),
    ("", "Approaches, resources and ICT for assessment, planning and teaching", "P5", "SS3"),
    ("", "Best practice and research in meeting SEN", "P5", "SS3"),
    ("", "What other agencies do and how to get their help", "P7", "SS4"),
    ("G", "Doing"),
    ("", "Work with the head and governors on an inclusive ethos, policies and resources", "P7", "-"),
    ("", "Identify pupils, set targets, plan interventions and review progress", "P2, P5", "SS1"),
    ("", "Use therapists' and other professionals' assessments in planning teaching", "P2", "SS1"),
    ("", "Use test results and tracking data to check progress", "P5", "-"),
    ("", "Map provision and find what is missing or not working", "P6", "SS3"),
    ("", "Deploy and manage teaching assistants and other staff", "P6", "-"),
    ("", "Coach, mentor and train colleagues", "P7", "Log entry 3"),
    ("", "Review provision with colleagues", "P6", "-"),
    ("", "Involve pupils in planning and reviewing their provision", "P3", "SS2"),
    ("", "Work with parents and carers", "P4", "SS4"),
    ("", "Work with other services and voluntary organisations", "P7", "SS4"),
]
rows = [["Our outcome", "Where it is covered", "How it is assessed"]]
for o in OUT:
    rows.append([o[1], "", ""] if o[0] == "G" else [o[1], o[2], o[3]])
t = table(d, rows, header_fill="D9C2EC", widths=[9.4, 3.0, 3.8], size=9.5)
for i, o in enumerate(OUT, start=1):
    if o[0] == "G":
        merge_row(t, i, o[1], fill="EADCF8", size=9.5)

para(d, "")
p = para(d, "Thank you for coming. Applications for September close on 31 July.", italic=True)
comment(d, p.runs[0], "Should we add the January closing date here?", ED, "PL")

d.save(str(HERE / (NAME + ".docx")))
print("wrote", NAME + ".docx")
