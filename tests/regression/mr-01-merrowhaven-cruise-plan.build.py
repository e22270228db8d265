"""mr-01-merrowhaven-cruise-plan: builds mr-01-merrowhaven-cruise-plan.docx next to this script.

Provider (invented): Merrowhaven Aquarium Trust's Ocean Learning and Marine Science Centre, a public aquarium's
education and marine-science centre, with the University of Polgarrick (validating) and two local authorities
(Trelowen County Council, Porthbray Council). Issue 2, 3 November 2008.

Document kind and layout: the centre plans every course it runs on the form its marine scientists use to plan a
research cruise, so the application is a research "Cruise Plan" for cruise SP0901 of "RV Sea Pink" (its name for
its teacher-development programme). Heading 1/2 styles with the plan's own section numbers; a cover with a
Principal Scientist's note in a VML text box; a "Cruise particulars" table with merged cells (a title row merged
across, a Legs cell merged down, shaded labels); a "Terms used in this plan" table that keys the codes of the
Sample Log far above it (Station, Cast, Core C1-C3, "Grab (G)" = discussed on deck, never marked, "Not sampled
(-)"); findings from the unaccredited pilot cruise SP0801; a Station list with shaded Leg rows merged across;
Casts (school tasks) as a numbered list; Cores (marked assignments); the Sample Log (the 29 national outcomes in the
centre's words, "Taken at" Station and "Cored in"), with merged shaded group rows. Header and footer; a PAGE field.
Word comments (3), footnotes (4), tracked changes (w:ins / w:del, author and date).

Traps (requirement ids):
- Text box: the Principal Scientist's note says "Every national outcome is cored on this cruise" (blanket claim);
  the Sample Log shows otherwise (6.0, 1.9, 6.*).
- Sample Log keyed far above in "Terms used": rows cored "G" are discussed only, never marked: 6.A3, 6.K3, 6.S2b,
  6.S7 partially_met (taught, not assessed). 6.A7 has a Core but no Station ("-" under "Taken at"): assessed but not
  developed, partially_met. 6.K4 and 6.S2d are "-" in both columns: not_met; a footnote (not quoted) makes S2d the
  examinations officer's job. 6.K8's cell is a tracked change from "G" (deleted) to "C2" (inserted): met.
- 1.9 partially_met: several outcomes are never cored.
- 6.0 partially_met: the award rule is 50 per cent in each Core (marks), not a showing of every outcome.
- 2.3 not_met: the pilot's "Independent Survey" route is a past arrangement, withdrawn: "there is no
  assessment-only route" (negation + past arrangement).
- 5.5 partially_met: guest specialists give expertise, but the pilot's placement at Trevose School is a past
  arrangement and the replacement placement paragraph is a tracked deletion.
- 5.3 not_met: CRB checks are on the aquarium's own staff and volunteers (wrong people); for Berth-holders "we do
  not ask to see their disclosures"; a comment proposes checking at interview (comment, not part); the footer
  claims all Berth-holders hold a disclosure (footer, never evidence).
- 5.8 met: double marking, University moderation and the Independent Observer appear only in an inserted tracked
  paragraph (inserted text is part of the submission).
- 3.3 partially_met: the Chart Room (Blackboard) carries materials and a peer discussion board, but the sentence
  promising tutor replies is a tracked deletion and "Questions for tutors are taken at the next Station".
- 3.2 partially_met: one January sailing, fixed order; Saturday repeats are real, a September sailing only "Where
  numbers allow" (condition).
- 2.2 partially_met: the Pre-sailing Survey is used only to plan Stations for the group; no individual plan.
- 4.3 partially_met: stakeholders take part in delivery, but their part in evaluation is only hoped for; a comment
  says heads agreed in principle (comment, not part).
- 5.7 partially_met: tutors are briefed and calibrate; Shore Scientists (mentors) are only posted a leaflet and rung.
- 5.9 partially_met: confidence (Sea-State Survey) and competence (Core marks) measured; pupils' achievement only
  hoped for, "we do not collect evidence about pupils' achievement".
- 1.5 partially_met: the Young Rangers describe how the Aquarium consulted them (the provider consulting, right words
  about the wrong thing); Berth-holders only "consider how" pupils' views might be heard.
- Fee: a tracked change in the particulars table (not a requirement trap; 2.4 met on its own text).
- Footer: CRB claim; header: cruise identifier. Neither is evidence.
Expected: 42 met, 15 partially_met, 4 not_met, 0 not_applicable.
"""
from pathlib import Path

from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _mr_helpers import (new_document, body_font, para, runs, text_box, table, cell_text, shade, ins_run,
                         del_run, ins_paragraph, del_paragraph, Footnotes, page_field, shade_paragraph)

HERE = Path(__file__).parent
OUT = HERE / "mr-01-merrowhaven-cruise-plan.docx"
NAVY = "1F3F5F"
SEA = "DCEBF2"
SAND = "F4EBD9"
D1 = "2008-10-30T14:12:00Z"
D2 = "2008-11-02T09:40:00Z"

doc = new_document()
body_font(doc, "Cambria", 10.5)
for name, size in (("Heading 1", 14), ("Heading 2", 11.5)):
    st = doc.styles[name]
    st.font.name = "Calibri"
    st.font.size = Pt(size)
    st.font.color.rgb = RGBColor.from_string(NAVY)
fn = Footnotes(doc)

# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Merrowhaven Aquarium Trust \u00b7 Ocean Learning and Marine Science Centre \u00b7 Cruise Plan SP0901 \u00b7 Issue 2"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("All Berth-holders hold a current enhanced CRB disclosure.    ")
r.font.size = Pt(8)
page_field(fp, "Page ")

# ------------------------------------------------------------------ cover
para(doc, "MERROWHAVEN AQUARIUM TRUST", bold=True, size=13, color=NAVY)
para(doc, "Ocean Learning and Marine Science Centre", size=11, color=NAVY, space_after=18)
doc.add_paragraph("Cruise Plan SP0901", style="Title")
para(doc, "RV Sea Pink: the National Award for SEN Coordination, January to December 2009", size=13, italic=True)
para(doc, "Centre Cruise Plan series No. 14 \u00b7 Issue 2 \u00b7 3 November 2008", size=9.5)
para(doc, "Sent to the Training and Development Agency for Schools as our application for approval to provide "
          "nationally accredited training for SENCOs, in partnership with the University of Polgarrick.",
     size=9.5, space_after=12)

text_box(doc, [
    ("A note from the Principal Scientist", dict(bold=True, color=NAVY, size=10.5)),
    ("Every course the Centre runs, from the Year 6 plankton days to the A-level marine biology masterclasses, is "
     "planned on the same form our scientists use to plan a research cruise, because that is how we think. There is "
     "no ship called Sea Pink: \"RV Sea Pink\" is our name for our programme for teachers, after the thrift that "
     "grows on the cliff above the Aquarium. The Terms table on page 2 explains the words we use.", dict(size=9.5)),
    ("Every national outcome is cored on this cruise, so every Berth-holder who docks with us has met them all.",
     dict(size=9.5, italic=True)),
    ("Dr Morwenna Pascoe, Principal Scientist", dict(size=9.5, bold=True)),
], width_pt=440, height_pt=150)

# ------------------------------------------------------------------ particulars
doc.add_paragraph("Cruise particulars", style="Heading 1")
t = doc.add_table(rows=12, cols=4)
t.style = "Table Grid"
rows = [
    ("CRUISE PARTICULARS", None, None, None),
    ("Cruise", "SP0901", "Series", "Centre Cruise Plan No. 14"),
    ("Vessel", "RV Sea Pink (the Centre's programme for teachers)", None, None),
    ("Sails", "Thursday 22 January 2009, Seaboard Classroom", "Docks", "Thursday 10 December 2009"),
    ("Legs", "Leg 1: January to July 2009 (Stations 1 to 6)", None, None),
    (None, "Leg 2: September to December 2009 (Stations 7 to 11)", None, None),
    ("Principal Scientist", "Dr Morwenna Pascoe, Head of Ocean Learning", None, None),
    ("Responsible laboratory", "Ocean Learning and Marine Science Centre, Merrowhaven Aquarium Trust", None, None),
    ("Validating institution", "University of Polgarrick, School of Education and Lifelong Learning", None, None),
    ("Award", "Postgraduate Certificate in Special Educational Needs Coordination (the National Award for SEN "
              "Coordination): 60 credits at masters level (Level 7)", None, None),
    ("Berths", "24", "Stations / Casts / Cores", "11 / 4 / 3"),
    ("Fee per berth", "", None, None),
]
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        if v is not None:
            cell_text(t.cell(i, j), v, bold=(j in (0, 2) or i == 0), size=9)
t.cell(0, 0).merge(t.cell(0, 3))
shade(t.cell(0, 0), NAVY)
t.cell(0, 0).paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string("FFFFFF")
for i in (2, 4, 5, 6, 7, 8, 9, 11):
    t.cell(i, 1).merge(t.cell(i, 3))
t.cell(4, 0).merge(t.cell(5, 0))
for i in range(1, 12):
    shade(t.cell(i, 0), SEA)
for i in (1, 3, 10):
    shade(t.cell(i, 2), SEA)
fee_p = t.cell(11, 1).paragraphs[0]
del_run(fee_p, "\u00a31,150", "M. Pascoe", D2, size=9)
ins_run(fee_p, "\u00a31,280", "M. Pascoe", D2, size=9)
r = fee_p.add_run(" for the whole cruise, of which each local authority pays half for its own schools' SENCOs")
r.font.size = Pt(9)
fn.add(fee_p, "The fee covers the eleven Stations and their Saturday repeats, lunches, all readings, University "
              "registration and marking, and the Chart Room. It does not cover supply cover, which schools meet.")

# ------------------------------------------------------------------ terms
doc.add_paragraph("Terms used in this plan", style="Heading 1")
para(doc, "We use our own words for the parts of the course. They are used in the same sense throughout this plan, "
          "and the codes in the Sample Log (section 9) are explained here.")
terms = [
    ("Term", "What it means in this plan"),
    ("Cruise", "One run of the course, from Sailing Day (Station 1) to Docking Day (Station 11)."),
    ("Berth, Berth-holder", "A place on the cruise; a teacher taking the course."),
    ("Leg", "One half of the cruise. Leg 1 runs from January to July, Leg 2 from September to December."),
    ("Station", "A study day in the Seaboard Classroom, 09:15 to 15:45. Each Station is numbered (St 1 to St 11)."),
    ("Cast", "A task the Berth-holder carries out in his or her own school between Stations."),
    ("Core (C1, C2, C3)", "A marked assignment. There are three. Cores are marked against the University's Level 7 "
                          "criteria and are the only work that counts towards the award."),
    ("Grab (G)", "A quick sample taken at a Station and looked at together on deck: the outcome is worked on and "
                 "discussed, with spoken feedback, but it is never marked and never counts towards the award."),
    ("Not sampled (\u2014)", "Not part of this cruise."),
    ("Scientific Party", "The tutor team (section 4)."),
    ("Shore Scientist", "The school-based mentor each Berth-holder names: an experienced SENCO or senior leader."),
    ("Independent Observer", "The University's external examiner for the programme."),
    ("Chart Room", "The programme's area on Polgarrick Online, the University's Blackboard site."),
    ("Cruise Log", "The reflective journal each Berth-holder keeps from Sailing Day to Docking Day."),
    ("Sample Log", "The table in section 9: for each national outcome, where it is taken (Station) and where it is "
                   "cored (Core)."),
]
tt = table(doc, terms, widths=[4.0, 12.6], header_fill=SEA, size=9)

# ------------------------------------------------------------------ 1 objectives
doc.add_paragraph("1. Scientific objectives", style="Heading 1")
para(doc, "The cruise has one purpose: that children and young people with special educational needs and "
          "disabilities in our Berth-holders' schools achieve more, and are healthier, safer and happier in school. "
          "We take achievement in the sense of all five Every Child Matters outcomes (being healthy, staying safe, "
          "enjoying and achieving, making a positive contribution and achieving economic well-being), not test "
          "scores alone. Four objectives follow from it, and they drive the Stations, Casts and Cores:")
for o in [
    "to give each Berth-holder the knowledge, understanding and skills to lead SEN coordination as the lead SENCO "
    "in his or her school;",
    "to change practice in each Berth-holder's school, through the Casts, so that pupils with SEN and disabilities "
    "make better progress and take a fuller part in the life of the school;",
    "to judge every Core partly on what the Berth-holder's proposals would do for the achievement and well-being "
    "of the pupils concerned, across the five outcomes;",
    "to leave each Berth-holder with the habit of enquiry: sampling, measuring and asking what difference a change "
    "has made, which is the habit of every scientist on our staff.",
]:
    doc.add_paragraph(o, style="List Number")
para(doc, "The University of Polgarrick validated the programme as its Postgraduate Certificate in Special "
          "Educational Needs Coordination at a partnership approval event on 15 October 2008. The certificate "
          "carries 60 credits at masters level (Level 7), and every Berth-holder is registered as a student of the "
          "University from Sailing Day.")

# ------------------------------------------------------------------ 2 pilot
doc.add_paragraph("2. Findings from the pilot cruise SP0801", style="Heading 1")
para(doc, "SP0801 (January to July 2008) carried twelve Berth-holders from Trelowen and Porthbray schools. It was "
          "not accredited. Its Cruise Report (No. 12) made seven recommendations; the changes they led to are "
          "recorded here, as every Cruise Plan records the changes since the last cruise.")
para(doc, "Independent Survey route. On SP0801 two experienced teachers from the Porthbray Learning Support "
          "Service took an \"Independent Survey\" route, presenting a portfolio without attending the Stations. "
          "The Steering Group decided in July 2008 not to continue it. On SP0901 every Berth-holder sails the "
          "whole cruise, and there is no assessment-only route.")
para(doc, "Placement day. Pilot Berth-holders spent a day at Trevose School, a special school for pupils with "
          "severe and complex learning difficulties. Trevose closed in August 2008 when it merged with Penhallow "
          "Vale, and there is no placement day on SP0901.")
del_paragraph(doc, "Instead, each Berth-holder will spend a day at Penhallow Vale Special School or the Porthbray "
                   "Autism Base, arranged by the Centre, with a Cast to report back on what they saw.",
              "D. Trewin", D1)
para(doc, "Order of Stations. The Porthbray SEN manager asked that the Station on law and the Code of Practice come "
          "second rather than seventh, so that Berth-holders could use it in their first Cast. It is now Station 2.")
para(doc, "Parents as speakers. The parent member of the Steering Group asked that parents be speakers at the "
          "parents' Station rather than its subject. Trelowen Parent Partnership now co-leads Station 7.")
para(doc, "Core deadlines. Headteachers asked that no Core fall due in the last fortnight of the summer term. "
          "Core 1 is now due on 26 June.")

# ------------------------------------------------------------------ 3 stakeholders
doc.add_paragraph("3. Who asked for this cruise", style="Heading 1")
para(doc, "In March 2007 the Centre and the two local authorities sent a questionnaire to the SENCOs and "
          "headteachers of all 148 schools in Trelowen and Porthbray; 71 schools replied. SENCOs' three most-asked-"
          "for topics were managing provision and teaching assistants (62 per cent), working with parents "
          "(55 per cent) and tracking small steps of progress (51 per cent). Headteachers asked that the course "
          "take no more than eleven days out of school. The cruise was built from those answers: Station 5 "
          "(provision and staff), Station 7 (parents) and Station 4 (tracking), and there are eleven Stations.")
para(doc, "The Steering Group (the two authorities' SEN managers, two headteachers, a parent governor from "
          "Trelowen Parent Partnership, the University and the Centre) met four times during SP0801, and the "
          "changes in section 2 came from it.")
para(doc, "Stakeholders take part in the cruise itself. The authorities' educational psychologists and specialist "
          "teachers lead parts of Stations 3 and 8; parents from Trelowen Parent Partnership co-lead Station 7; "
          "the Aquarium's Young Rangers speak at Station 7; and headteachers either act as Shore Scientists or "
          "choose them.")
p_hope = para(doc, "")
r_hope = p_hope.add_run("We would like headteachers and the two authorities to have a hand in evaluating the cruise "
                        "as well, and we hope to set up a small review panel once SP0901 is under way.")
doc.add_comment(r_hope, text="The Steering Group agreed in principle on 22 October that two heads would sit on a "
                             "review panel from Leg 1. Say so?", author="Daniel Trewin", initials="DT")

# ------------------------------------------------------------------ 4 party
doc.add_paragraph("4. Scientific Party and shore staff", style="Heading 1")
party = [
    ("Name", "On this cruise", "Background"),
    ("Dr Morwenna Pascoe", "Principal Scientist; leads St 1, 2, 9 and 11",
     "Head of Ocean Learning since 2005. Before that, SENCO and assistant head at Penmorvah Community School "
     "(11-16) for nine years. MA Special and Inclusive Education (Polgarrick, 2003); EdD on SENCOs as leaders (2007). "
     "Member of Trelowen's SEN Strategy Group."),
    ("Daniel Trewin", "Deputy Principal Scientist and University link tutor; leads St 4, 5 and 10",
     "Senior Lecturer in Inclusive Education, University of Polgarrick. Formerly teacher in charge of a primary "
     "learning support base. Leads the University's MA module on managing provision; published on provision "
     "mapping in 2007."),
    ("Ruth Angove", "Leads St 3; Cast tutor",
     "Specialist teacher (SpLD), Trelowen Learning Support Service; OCR Diploma in SpLD; AMBDA. Seconded to the "
     "Centre one day a week."),
    ("Dr Kit Hosking", "Leads St 6",
     "The Centre's Research Officer, a marine ecologist (PhD, 2001), who teaches sampling design, baselines and "
     "measuring change to school groups and to Berth-holders."),
    ("Sally Nance", "Guest scientist, St 3 and St 8",
     "Senior Educational Psychologist, Porthbray Educational Psychology Service."),
    ("Jenna Rowe", "Guest scientist, St 3", "Speech and language therapist, Trelowen Primary Care Trust."),
    ("Trelowen Parent Partnership", "Co-leads St 7", "The service's coordinator and two parent volunteers."),
]
table(doc, party, widths=[3.4, 4.2, 9.0], header_fill=SEA, size=9)
para(doc, "")
para(doc, "Every member of the Scientific Party spends at least five days a year on SEN and disability CPD, "
          "recorded in the Centre's CPD log and reviewed by the Principal Scientist each July.")
para(doc, "The Scientific Party meets for a pre-sailing briefing in January, when Dr Pascoe goes through the Tutor "
          "Notes, the Sample Log and the University's Level 7 marking criteria; new members mark a practice Core "
          "alongside Mr Trewin before they mark live work. Shore Scientists are posted the Shore Scientist's Notes, "
          "a four-page leaflet describing the Casts, and Dr Pascoe rings each of them once during Leg 1.")

# ------------------------------------------------------------------ 5 before sailing
doc.add_paragraph("5. Before sailing: allocating Berths", style="Heading 1")
doc.add_paragraph("Who may hold a Berth", style="Heading 2")
para(doc, "Berths are open to qualified teachers who are SENCOs, or are about to become SENCOs, in a maintained "
          "school or academy. Each application carries the headteacher's nomination, confirming that the school "
          "will release the teacher for the eleven Stations and give time for the Casts. Dr Pascoe then holds a "
          "twenty-minute Berth conversation with each applicant, using the Sample Log to check that the applicant "
          "has the experience and understanding to reach every outcome by Docking Day. An applicant who is not yet "
          "ready is told what to do first (usually a term working alongside an experienced SENCO, or the Centre's "
          "three twilight sessions for new SENCOs), Dr Pascoe discusses this with the headteacher, and the "
          "applicant is offered a Berth on the next cruise.")
doc.add_paragraph("Checks", style="Heading 2")
para(doc, "The Aquarium's own staff, and the 140 volunteers who work with school parties, hold enhanced CRB "
          "disclosures, renewed every three years; the Trust's safeguarding officer keeps the register.")
p_crb = para(doc, "")
r_crb = p_crb.add_run("Berth-holders are serving teachers and will already have been checked by the local authority "
                      "or governing body that employs them, so we do not ask to see their disclosures.")
doc.add_comment(r_crb, text="TDA will expect us to verify this. Could we check disclosure numbers at the Berth "
                            "conversation and ask heads to confirm? Needs Steering Group agreement.",
                author="Daniel Trewin", initials="DT")
doc.add_paragraph("Previous cruise data", style="Heading 2")
para(doc, "A Berth-holder who already holds masters-level credit in SEN (from the University's MA modules or "
          "another university's) may claim up to 20 credits against Core 1 under the University's regulations for "
          "the accreditation of prior learning. The claim is mapped, outcome by outcome, against the Sample Log and "
          "agreed by the University's APL tutor. Experience without credit may be claimed by portfolio (APEL), "
          "assessed by the same tutor against the outcomes of Core 1.")
doc.add_paragraph("Pre-sailing Survey", style="Heading 2")
para(doc, "Four weeks before Sailing Day every Berth-holder completes the Pre-sailing Survey, rating themselves "
          "from 1 (new to this) to 5 (could teach it) on each line of the Sample Log. The Scientific Party adds up "
          "the returns to decide how long each Station should spend on each topic and which guest scientists to "
          "book.")

# ------------------------------------------------------------------ 6 stations
doc.add_paragraph("6. Station list", style="Heading 1")
para(doc, "Every Station runs on a Thursday and is repeated on the following Saturday for Berth-holders who cannot "
          "be released on a weekday. Readings for each Station are posted in the Chart Room a fortnight ahead; among "
          "them are Ofsted's Special educational needs and disability: towards inclusive schools (2004) and Inclusion: "
          "does it matter where pupils are taught? (2006), the Bercow Review of services for children and young people "
          "with speech, language and communication needs (2008) and Brooks' What works for pupils with literacy "
          "difficulties? (2007).")
stations = [
    ("St", "Date", "Station", "Work at the Station", "Lead"),
    ("LEG 1", None, None, None, None),
    ("1", "22 Jan", "Sailing Day",
     "The SENCO's role under the SEN Code of Practice and the 2008 SENCO regulations; the cruise, the Sample Log and "
     "the Cores; first one-to-one tutorial, at which each Berth-holder chooses a focus for the Casts from the "
     "school's own priorities.", "MP"),
    ("2", "12 Feb", "Charting the law",
     "SEN law and guidance: the Education Act 1996, the SEN Code of Practice 2001, SENDA 2001, the Disability "
     "Discrimination Acts 1995 and 2005 and the Disability Equality Duty, accessibility plans, the Children Act 2004, "
     "Every Child Matters and Removing Barriers to Achievement; what each means for the school, the SENCO, "
     "governors and class teachers, and how to put it into practice.", "MP"),
    ("3", "12 Mar", "Reading the water",
     "Identifying pupils who may have SEN from observation, data and assessment; the common types of SEN and "
     "disability (BESD, SpLD including dyslexia, SLCN, ASD and MLD) and how each can affect learning, with the "
     "educational psychologist and the speech and language therapist; using their assessments, and a specialist "
     "teacher's, to plan teaching.", "RA, SN, JR"),
    ("4", "2 Apr", "Tracking the shoal",
     "Setting challenging targets, planning interventions and reviewing progress; using summative assessments, "
     "including national tests and P scales, to track progress and change programmes; helping colleagues build "
     "formative assessment that works for pupils with SEN; ICT for assessment and teaching in the Lightwell "
     "Room.", "DT"),
    ("5", "14 May", "Mapping the reef",
     "Provision mapping and management: costing provision, finding what is missing or not working; deploying and "
     "managing teaching assistants; weighing up approaches, strategies and resources, including ICT; case problems "
     "on decisions about provision.", "DT"),
    ("6", "18 Jun", "Evidence from the deep",
     "Dr Hosking on sampling, baselines and what counts as evidence of change; recent research and inspection "
     "evidence on what works for pupils with SEN; using research and outside advice to improve one's own and "
     "colleagues' practice; planning the Core 2 enquiry; second tutorial.", "KH, DT"),
    ("LEG 2", None, None, None, None),
    ("7", "17 Sep", "Voices from the shore",
     "Working in partnership with parents and carers, co-led by Trelowen Parent Partnership; building fair and "
     "constructive relationships with pupils and families. The Aquarium's Young Rangers, a panel of twelve local "
     "young people, four of whom have statements of SEN, describe how the Aquarium asked them to help design the "
     "new Rockpool Gallery and what it felt like to be listened to. Berth-holders then consider how pupils' views "
     "might be heard in their own schools.", "MP, TPP"),
    ("8", "15 Oct", "Working with other vessels",
     "The scope and role of external agencies and voluntary organisations; the Common Assessment Framework and "
     "team around the child; getting specialist support and resources; advising and working with colleagues in "
     "other schools and services.", "SN, MP"),
    ("9", "5 Nov", "The captain's table",
     "Working with the headteacher, senior leaders and governors on an inclusive ethos, SEN policy, priorities and "
     "resources; gaining colleagues' commitment; school self-evaluation and improvement planning and how they bear "
     "on outcomes for pupils with SEN; reviewing provision with colleagues; an hour on managing the SENCO's time and "
     "delegating, using a week's time log.", "MP"),
    ("10", "26 Nov", "Training the crew",
     "Supporting colleagues' professional development: observing and giving feedback, modelling, coaching and "
     "mentoring, planning and leading training; speaking and writing for different audiences; third tutorial.",
     "DT"),
    ("11", "10 Dec", "Docking Day",
     "Harbour Talks (Core 3); the Next Cruise planner (section 12); Sea-State Survey and Deck Sheets.", "MP, DT"),
]
st = table(doc, stations, widths=[1.0, 1.6, 3.0, 9.6, 1.4], header_fill=SEA, size=8.5)
for i, row in enumerate(stations):
    if row[0] in ("LEG 1", "LEG 2"):
        a = st.cell(i, 0).merge(st.cell(i, 4))
        cell_text(a, "LEG 1: JANUARY TO JULY 2009" if row[0] == "LEG 1" else "LEG 2: SEPTEMBER TO DECEMBER 2009",
                  bold=True, size=8.5)
        shade(a, SAND)
para(doc, "Leads: MP Morwenna Pascoe; DT Daniel Trewin; RA Ruth Angove; KH Kit Hosking; SN Sally Nance; JR Jenna "
          "Rowe; TPP Trelowen Parent Partnership.", size=8.5, italic=True)

# ------------------------------------------------------------------ 7 casts
doc.add_paragraph("7. Casts", style="Heading 1")
para(doc, "Casts are the practical half of the cruise. Each is carried out in the Berth-holder's own school, with "
          "the Shore Scientist, on the focus agreed at the first tutorial, and each is written up in the Cruise Log.")
for c in [
    "Cast 1, Soundings (before St 3): with the headteacher, audit the school's SEN provision and policy against the "
    "Code of Practice and the school's own data, and draw a first provision map.",
    "Cast 2, Transect (before St 5): follow one pupil with SEN through a school day; talk with the pupil and the "
    "parents; gather the assessments other professionals have made.",
    "Cast 3, Trial deployment (between St 5 and St 9): change one thing in the school's provision (the deployment "
    "of a teaching assistant, a new intervention, a new way of reviewing targets), put it into practice, and record "
    "in the Cruise Log what difference it made to the Berth-holder's own practice and colleagues'.",
    "Cast 4, Crew training (between St 9 and St 11): plan and lead a staff training session, or coach a colleague "
    "over half a term, and collect the colleagues' feedback.",
]:
    doc.add_paragraph(c, style="List Bullet")

# ------------------------------------------------------------------ 8 cores
doc.add_paragraph("8. Cores and the award", style="Heading 1")
cores = [
    ("Core", "Due", "What the Berth-holder submits", "Weight"),
    ("C1 Provision survey", "26 June 2009",
     "A 4,000-word review of the school's SEN provision against the law, the Code of Practice and Every Child "
     "Matters, with a provision map and a development plan agreed with the headteacher and presented to governors.",
     "35%"),
    ("C2 Pupil enquiry", "6 November 2009",
     "A 5,000-word enquiry into the provision for two or three pupils with SEN: identification, targets, "
     "interventions and review; the assessments of other professionals; the work with parents, pupils and "
     "agencies; the research behind the approach; and a review of the provision carried out with colleagues.",
     "40%"),
    ("C3 Harbour Talk and Cruise Log", "10 December 2009",
     "A twenty-minute talk to two tutors and the Shore Scientist on leading colleagues' development (from Cast 4), "
     "with questions, and the Cruise Log with a closing review of the Berth-holder's own CPD.", "25%"),
]
table(doc, cores, widths=[3.4, 2.6, 9.4, 1.4], header_fill=SEA, size=9)
para(doc, "")
para(doc, "To be awarded the Postgraduate Certificate and the National Award a Berth-holder must gain at least 50 "
          "per cent in each of the three Cores. A Core below 50 per cent may be resubmitted once, within eight weeks.")
p_cal = ins_paragraph(doc, "Every Core is marked by the Berth-holder's own tutor and second-marked blind by another "
                           "member of the Scientific Party; the two agree a mark or refer it to Mr Trewin. The "
                           "University's moderator then samples one in four of each Core, and every fail and "
                           "distinction, and the Independent Observer sees the moderated sample and reports to the "
                           "University's Board of Examiners, which confirms all marks.", "D. Trewin", D1)
fn.add(p_cal, "The Independent Observer for 2009 is Professor Helen Marrack, University of Brynmor.")

# ------------------------------------------------------------------ 9 sample log
doc.add_paragraph("9. The Sample Log", style="Heading 1")
para(doc, "The Sample Log shows, for each national outcome in our own words, the Station where it is taken and the "
          "Core in which it is cored. The codes are explained in the Terms table at the front of this plan.")
log = [
    ("Log", "What the Berth-holder can do", "Taken at", "Cored in"),
    ("ATTRIBUTES", None, None, None),
    ("A1", "Builds fair, respectful and constructive relationships with pupils with SEN and disabilities and with "
           "their families", "St 7", "C2"),
    ("A2", "Wins the commitment of colleagues, the headteacher and senior leaders to better outcomes for these "
           "pupils", "St 9", "C1"),
    ("A3", "Prioritises, manages time and delegates tasks, checking they are done", "St 9", "G"),
    ("A4", "Anticipates and solves problems and makes sound, well-founded decisions about provision", "St 5", "C1"),
    ("A5", "Speaks and writes clearly; listens to and understands others' views", "St 10", "C3"),
    ("A6", "Uses research evidence and outside advice to improve own and colleagues' practice", "St 6", "C2"),
    ("A7", "Keeps up to date and takes charge of own CPD in SEN and disability", "\u2014", "C3"),
    ("KNOWLEDGE AND UNDERSTANDING", None, None, None),
    ("K1", "Knows SEN law and guidance, including the SEN Code of Practice, what they mean for the school and how "
           "to carry them out", "St 2", "C1"),
    ("K2", "Knows the principles and five outcomes of Every Child Matters and the SENCO's part in them", "St 2", "C1"),
    ("K3", "Knows disability equality law and the actions it requires of the school", "St 2", "G"),
    ("K4", "Knows how children develop and how SEN, disability and the environment for learning affect "
           "development", "\u2014", "\u2014"),
    ("K5", "Knows the common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how "
           "they affect learning", "St 3", "C2"),
    ("K6", "Weighs up approaches, strategies and resources, including ICT, for assessment, planning and teaching, "
           "and uses them to remove barriers", "St 4, St 5", "C2"),
    ("K7", "Knows how school self-evaluation and improvement planning apply to outcomes for pupils with SEN",
     "St 9", "C1"),
    ("K8", "Knows best practice and research findings on meeting SEN", "St 6", "*"),
    ("K9", "Knows what outside agencies do and how to get specialist support and resources", "St 8", "C2"),
    ("SKILLS", None, None, None),
    ("S1", "With senior colleagues and governors, shapes an inclusive ethos, policy, priorities and the use of "
           "resources", "St 9", "C1"),
    ("S2", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
     "St 3, St 4", "C2"),
    ("S2a", "Uses other professionals' assessments to shape teaching approaches", "St 3", "C2"),
    ("S2b", "Uses summative data, including national tests, to track progress and adjust programmes", "St 4", "G"),
    ("S2c", "Helps other teachers build formative assessment that works for pupils with SEN", "St 4", "C2"),
    ("S2d", "Spots in good time the access arrangements pupils need for tests and examinations and puts them in "
            "place", "\u2014", "\u2014"),
    ("S3", "Uses provision mapping and management to plan provision and find what is missing or not working",
     "St 5", "C1"),
    ("S4", "Deploys and manages staff, including teaching assistants, well", "St 5", "C1"),
    ("S5", "Supports colleagues' development: observation and feedback, modelling, coaching, mentoring and "
           "training", "St 10", "C3"),
    ("S6", "Reviews with colleagues how well provision works, feeding the school's self-evaluation", "St 9", "C2"),
    ("S7", "Makes sure pupils with SEN take part in planning, agreeing and reviewing their own provision", "St 7",
     "G"),
    ("S8", "Works closely with parents and carers to promote their children's learning and development", "St 7",
     "C2"),
    ("S9", "Works with other services and agencies, including voluntary groups, in a joined-up way", "St 8", "C2"),
]
lt = table(doc, log, widths=[1.2, 11.2, 2.2, 2.0], header_fill=SEA, size=9)
for i, row in enumerate(log):
    if row[1] is None and i:
        a = lt.cell(i, 0).merge(lt.cell(i, 3))
        cell_text(a, row[0], bold=True, size=9)
        shade(a, SAND)
    if row[0] == "K8":
        c = lt.cell(i, 3)
        c.text = ""
        p = c.paragraphs[0]
        del_run(p, "G", "M. Pascoe", D2, size=9)
        ins_run(p, "C2", "M. Pascoe", D2, size=9)
    if row[0] == "S2d":
        fn.add(lt.cell(i, 3).paragraphs[0], "Access arrangements for national tests and examinations are the "
                                            "examinations officer's job in most of our Berth-holders' schools, so "
                                            "they are not sampled on this cruise.")
    if row[0] == "S7":
        rr = lt.cell(i, 3).paragraphs[0].runs[0]
        doc.add_comment(rr, text="Could we core this in C2 on the next cruise? The Young Rangers would help.",
                        author="Morwenna Pascoe", initials="MP")

# ------------------------------------------------------------------ 10 equipment
doc.add_paragraph("10. Equipment and facilities", style="Heading 1")
para(doc, "The Seaboard Classroom on Level 2 of the Aquarium seats 30, with an interactive whiteboard, a hearing "
          "loop and 24 laptops on the Trust's wireless network. Next door, the Lightwell Room is the multisensory "
          "room the Aquarium built for visiting special schools; at Station 4 Berth-holders use its switch-access "
          "equipment, symbol software and text-to-speech tools, and may book it for their own pupils.")
p_lw = para(doc, "The SEN Resource Locker is a loan collection of assessment materials and intervention packs "
                 "(standardised reading, spelling and vocabulary tests, language and social-skills programmes, "
                 "numeracy intervention materials), borrowed for up to four weeks at a time. Through the University, "
                 "every Berth-holder has the library's full print and electronic holdings, including the British "
                 "Journal of Special Education and Support for Learning, from home by Athens login.")
fn.add(p_lw, "The Lightwell Room was funded in 2006 by the Trust's Sea Change appeal and is used by about forty "
             "special school groups a year.")

# ------------------------------------------------------------------ 11 access
doc.add_paragraph("11. Access, equality and flexibility", style="Heading 1")
doc.add_paragraph("Access and equality", style="Heading 2")
para(doc, "The Trust's Disability Equality Scheme (2007) covers Berth-holders as it covers visitors and staff. The "
          "application form and the Pre-sailing Survey both invite every applicant to tell us, in confidence, about "
          "a disability or health condition, and say why we ask. Dr Pascoe follows up every disclosure before "
          "Sailing Day to agree adjustments, for instance papers in large print or on coloured paper, a reserved "
          "parking bay, a BSL interpreter, rest breaks or a seat by the hearing loop. The University's Disability "
          "Service agrees adjustments to the Cores, such as extended deadlines or a recorded Harbour Talk. All "
          "Stations are on Level 2, with step-free access by lift. Our leaflet is available in large print and on "
          "audio CD and says that disabled teachers are welcome, and the Berth conversation can be held by "
          "telephone, face to face or by email.")
doc.add_paragraph("Sailings and modes", style="Heading 2")
para(doc, "SP0901 sails once a year, in January, and the Stations run in the order of the Station list. Each Station "
          "is repeated on the following Saturday. Where numbers allow, we may also run a September sailing (SP0902) "
          "in 2009.")
doc.add_paragraph("The Chart Room", style="Heading 2")
p_cr = para(doc, "The Chart Room holds the Station slides and readings, the Core briefs and the online submission "
                 "point, and a discussion board where Berth-holders post their Cast findings and comment on each "
                 "other's. The discussion board belongs to the Berth-holders. ")
del_run(p_cr, "Your tutor reads it every week and replies to questions within two working days. ", "M. Pascoe", D2)
p_cr.add_run("Questions for tutors are taken at the next Station.")

# ------------------------------------------------------------------ 12 evaluation
doc.add_paragraph("12. Data management, evaluation and the next cruise", style="Heading 1")
doc.add_paragraph("Evaluation", style="Heading 2")
para(doc, "Every Station ends with a Deck Sheet on which Berth-holders score the Station and write what should "
          "change. The Scientific Party reads the Deck Sheets the same week and records any change it makes in the "
          "Cruise Change Log. At the end of Leg 1 the Berth-holders' two elected representatives meet the Principal "
          "Scientist for a mid-cruise review. Externally, the Independent Observer reports each year on the Cores "
          "and on the two Stations she observes, and the University's annual monitoring report goes to its "
          "Partnerships Committee. The Steering Group receives the Deck Sheet summary, the Independent Observer's "
          "report and the annual monitoring report each January and decides what changes for the next cruise; each "
          "Cruise Plan opens with those changes, as section 2 of this one does.")
para(doc, "Berth-holders complete a Sea-State Survey on Sailing Day and again on Docking Day, rating their "
          "confidence from 1 to 5 on each line of the Sample Log; the Centre reports the change to the Steering "
          "Group. Competence is judged through the Core marks against the University's Level 7 criteria. We hope, "
          "in time, to find a way of following the progress of pupils in Berth-holders' schools; we do not collect "
          "evidence about pupils' achievement on this cruise.")
doc.add_paragraph("Fitting the cruise to the Berth-holder", style="Heading 2")
para(doc, "Each Berth-holder chooses the focus of the Casts and Cores from the school's own priorities at the first "
          "tutorial, and has three one-to-one tutorials (Stations 1, 6 and 10) with the same tutor, who reads the "
          "Cruise Log before each. Berth-holders with APL credit are excused the parts of Core 1 it covers. The cruise "
          "is priced to cover its costs only: the Stations use the Centre's own rooms, the guest scientists are "
          "provided by the two authorities, and the authorities pay half of each berth for their own schools, so a "
          "school pays \u00a3640 for a 60-credit certificate.")
doc.add_paragraph("The next cruise", style="Heading 2")
para(doc, "Docking Day ends with the Next Cruise planner, a single sheet on which each Berth-holder drafts three "
          "professional targets for the following year, drawing on the Sea-State Survey and the Cruise Log, to take "
          "to the performance management review with the headteacher. Mr Trewin talks through the University's MA "
          "routes, into which the 60 credits carry, and every Berth-holder joins the Centre's Leading Inclusion "
          "network of past Berth-holders, which meets each term.")

# ------------------------------------------------------------------ acknowledgements
doc.add_paragraph("Acknowledgements", style="Heading 1")
para(doc, "We thank the Steering Group; the headteachers who released SENCOs for the pilot cruise; Trelowen Parent "
          "Partnership; the Young Rangers; and the Aquarium's husbandry team, who gave up the Seaboard Classroom on "
          "eleven Thursdays.", italic=True)

doc.save(OUT)
print("wrote", OUT)
