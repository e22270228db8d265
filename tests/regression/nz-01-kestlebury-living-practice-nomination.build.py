"""nz-01-kestlebury-living-practice-nomination: builds nz-01-kestlebury-living-practice-nomination.docx beside itself.

Provider. The Kestlebury Morris and Folk Dance Society (a village dance society with three sides, a Plough Monday play
and a Schools Dance Outreach since 1991), with the Kestlebury Schools Inclusion Partnership (Hollin Bank School, a
special school; St Wystan's CE Primary; Ravensholme High School) and the University of Wharfedene, which has
validated the course as a 60-credit masters-level Postgraduate Certificate. February 2009.

Document kind and layout. The Society keeps every practice it holds on the form of its "Register of Living
Practices" (Form LP/3), a form modelled on an intangible-cultural-heritage inventory nomination, and sends the Award
entered on that form as its application. Heading styles for the form's sections 1-7 and questions 1.a-1.e, 2.1-2.2,
3.1-3.3, 4.1-4.3 (the form's numbers collide with requirement ids); the form's grey italic guidance left in under
every question; a note to the panel in a text box; a particulars table with merged, shaded title rows and tick
boxes; a staff table; a Practice Day table; a "They told us / So the Award" table; the Inventory of the element (the
national outcomes as 28 "parts", one of them a deleted row and special arrangements for tests missing, grouped
Bearing B1-B7 / Knowing K1-K9 / Doing D1-D12 under merged shaded rows, with "Handed on at" and "Shown at" columns
whose key is given at the end of 1.c, four sections earlier); a signature table with placeholders and a
Register Keeper's box; footnotes; a header and a footer (the footer carries a CRB claim). The course's own words:
Colts (participants), the Squire (programme leader), Foremen (tutors), Bearers (school mentors), the Bagman
(administrator), First Steps (needs assessment), the Colt's Plan, Practice Days PD1-PD6, Stands 1-4 (school tasks),
Jigs 1-3 (marked assignments), Walk-throughs (spoken feedback only), the Ale (marked oral), the Next Figure.

Traps (requirement ids touched):
- The form's grey guidance prompts are never answers: 1.e's prompt asks about disabled people and adjustments
  (3.1), 4.3's prompt speaks of being "assessed without taking part" (2.3), 5's prompt asks where each part is shown.
- Wrong context: "safeguarding" throughout Section 3 means keeping the course alive and good, not safeguarding
  children; 3.3 names who is "responsible for safeguarding the Award" (5.3). The only CRB statement is in the page
  footer, which is never evidence, and is about the Society's dancers, not the Colts (5.3 not_met).
- Negation: "There is no way into the Award by assessment alone" (2.3 not_met).
- Past arrangements: the Kestlebury Certificate's marked "Family Jig" (parents) and its "straight to the Ale" route
  were not carried across (1.7, 6.S8, 2.3).
- Other provider's arrangement: access arrangements for tests are taught on the University's separate SpLD
  certificate, "not part of the Colts' Year" (6.S2d not_met).
- Deleted tracked change: the Inventory row for child development is deleted, with a comment asking to put it back
  next year (6.K4 not_met). Inserted tracked change: the marking and moderation paragraph is inserted (5.8 met).
- Hope / intention: pupils' achievement impact only "We would like, in time" / "we hope" (5.9 partially_met);
  stakeholders in evaluation only "We hope ... and we mean to invite them" (4.3 partially_met, delivery is concrete).
- Condition: visits to the special school and PRU only "where the host headteacher can spare the time" (5.5).
- Venue access and large print on request only, nothing on disclosure, selection or assessment (3.1 partially_met).
- E-learning without tutor support: the Bagman's Board "is not watched by the Foremen" (3.3 partially_met).
- Completion tied to passing the Jigs and the Ale, while some parts are only Walk-through or dash (6.0, 1.9).
- Inventory: "Walk-through" in Shown at = formative only (6.A3, 6.K3, 6.S5 partially_met); dash in Shown at =
  taught not assessed (6.A7, 6.S8); dash in Handed on at = assessed not taught (6.S2b); 6.S2d absent.
- Value statements ("In the set every dancer matters") carry no arrangement (1.1 is met on its concrete text).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _nz_helpers import (comment, core, new_document, para, grey_prompt, table, cell_text, shade_cell, text_box, footnote,
                         inserted_para, delete_row, page_field, repeat_header)
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
NAME = "nz-01-kestlebury-living-practice-nomination"
AUTH_T = "Simon Fairhurst"
DATE_T = "2009-02-12T10:14:00Z"

doc = new_document(font="Calibri", size=10.5)

# ----------------------------------------------------------------- header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Kestlebury Morris & Folk Dance Society  |  Register of Living Practices  |  Form LP/3 (2007 edition)"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Kestlebury Morris & Folk Dance Society, registered charity no. 1034417. All the Society's dancers who "
               "work in schools hold enhanced CRB disclosures.      ")
r.font.size = Pt(8)
page_field(fp, prefix="Page ")

# ----------------------------------------------------------------- title
para(doc, "REGISTER OF LIVING PRACTICES", style="Title")
para(doc, "Nomination of an element for inscription  -  Form LP/3", bold=True, size=13)
grey_prompt(doc, "This form is used by member societies to record a living practice: a dance, custom, craft or way "
                 "of working that a community keeps and hands on. Complete every section. Guidance is printed in grey "
                 "italics under each question and may be deleted before the form is sent to the Register Keeper.")

text_box(doc, [
    ("NOTE FOR THE APPROVAL PANEL", dict(bold=True, size=10)),
    ("The Kestlebury Morris and Folk Dance Society records each of the practices it keeps on the Register's form "
     "LP/3, and its Education Committee asked that the new Award be entered in the same way. This entry is our application for "
     "approval to offer the National Award for SEN Coordination from September 2009, with the Kestlebury Schools "
     "Inclusion Partnership and the University of Wharfedene.", dict(size=9.5)),
    ("The form's guidance is left in, in grey, as the Register prints it; our answers are in ordinary type. The form's "
     "own section numbers (1.a, 3.2 and so on) are not the TDA's criteria. The Inventory in Section 5 is our map of "
     "the national minimum outcomes; its key is in 1.c.", dict(size=9.5)),
    ("Ruth Askew, Squire of the Award, 16 February 2009", dict(italic=True, size=9.5)),
], width_pt=450, height_pt=150, fill="F2F2F2")

# ----------------------------------------------------------------- particulars
t = table(doc, 9, 2, widths_cm=[4.6, 12.0])
top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
cell_text(top, "PART A  -  PARTICULARS OF THE ELEMENT", bold=True, shade="D9D9D9")
rows = [
    ("Element nominated", "The Kestlebury Award in Special Educational Needs Coordination (in this entry, the Award)"),
    ("Name used by the bearers", "the Colts' Year"),
    ("Nominating body", "Kestlebury Morris and Folk Dance Society, The Tythe Barn, Mill Lane, Kestlebury, with the "
                        "Kestlebury Schools Inclusion Partnership (Hollin Bank School, St Wystan's CE Primary School, "
                        "Ravensholme High School) and the University of Wharfedene, School of Education"),
    ("Domain(s)", "\u2610 Oral traditions and expressions    \u2610 Performing arts    \u2612 Social practices, "
                  "rituals and festive events    \u2610 Knowledge and practices concerning nature    "
                  "\u2610 Traditional craftsmanship"),
    ("Geographical location", "Kestlebury and the Lower Wenning valley; Practice Days at the Tythe Barn and at Hollin "
                              "Bank School"),
    ("Contact", "The Bagman, Mrs Jean Pollitt, 01632 960418"),
    ("Register entry no.", "[Register Keeper to allocate]"),
]
for i, (a, b) in enumerate(rows, start=1):
    cell_text(t.rows[i].cells[0], a, bold=True)
    cell_text(t.rows[i].cells[1], b)
last = t.rows[8].cells[0].merge(t.rows[8].cells[1])
cell_text(last, "Attach the letters of consent (Section 4.2) and up to ten photographs (Section 6).", italic=True,
          color="808080", size=9)

# ================================================================= SECTION 1
doc.add_heading("1. Identification and definition of the element", level=1)

doc.add_heading("1.a Name and short description", level=2)
grey_prompt(doc, "Give the name of the element as the community concerned uses it, and describe it in terms that a "
                 "person who has never seen it would understand.")
para(doc, "The Award is a one-year, part-time course for teachers who are new to leading the coordination of "
          "provision for pupils with special educational needs and disabilities in their schools. Those who complete "
          "it receive the National Award for SEN Coordination and a Postgraduate Certificate of the University of "
          "Wharfedene.")
para(doc, "The University validated the Award at its event of 4 December 2008 as a Postgraduate Certificate in Special "
          "Educational Needs Coordination of 60 credits at masters level (Level 7). The University awards the "
          "certificate and the credit; the Society and the Partnership teach the Award under a collaborative provision "
          "agreement approved by the University's Academic Board on 21 January 2009, and the University's link tutor "
          "sits on every Examination Board.")
p = para(doc, [("Why a dance society? ", dict(bold=True)),
               "The Society has danced in Kestlebury since 1952. Its Schools Dance Outreach has taken morris, sword and "
               "country dancing into the valley's schools since 1991, and from 2003 to 2008 it ran, with the local "
               "authority, the Kestlebury Certificate in Inclusive Practice. Two of the Partnership's three "
               "headteachers dance with our sides."])

doc.add_heading("1.b Bearers and practitioners", level=2)
grey_prompt(doc, "Identify the bearers and practitioners of the element, with their roles and any specific "
                 "responsibilities for its practice and transmission.")
p = para(doc, "The people of the Award have the names the Society gives to the people of a morris side:")
footnote(doc, p, "The names are the Cotswold ones. In the northern sword traditions a new dancer is a learner and the "
                 "leader is the captain; the Society dances both and uses the Cotswold words for the Award.")
for b in [
    [("Colts: ", dict(bold=True)), "the teachers taking the Award. A new dancer in a morris side is a colt until "
                                   "their first dance-out."],
    [("The Squire: ", dict(bold=True)), "the programme leader, Dr Ruth Askew, who leads the side."],
    [("Foremen: ", dict(bold=True)), "the tutors, who teach at the Practice Days and mark the Jigs (see the table "
                                     "below)."],
    [("Bearers: ", dict(bold=True)), "each Colt's mentor, an experienced SENCO from a Partnership school or from the "
                                     "Colt's own cluster, who holds the practice and hands it on. A Bearer meets the "
                                     "Colt in school at least twice a term and observes or reviews each Stand."],
    [("The Bagman: ", dict(bold=True)), "the programme administrator, who keeps the records, the Colts' files and the "
                                        "Bagman's Board."],
    [("The Register Keeper: ", dict(bold=True)), "the University's link tutor, Dr Simon Fairhurst, the Award's contact "
                                                 "with the University's quality office."],
]:
    para(doc, b, style="List Bullet")

para(doc, "Foremen for 2009-10", bold=True, space_before=6, keep=True)
st = table(doc, 6, 3, widths_cm=[3.4, 4.8, 8.4])
for c, h in zip(st.rows[0].cells, ["Foreman", "Part in the Award", "Qualifications and recent experience"]):
    cell_text(c, h, bold=True, shade="D9D9D9")
repeat_header(st.rows[0])
staff = [
    ("Dr Ruth Askew", "Squire; leads PD1, PD2 and the Ale",
     "EdD (Inclusive Education), Wharfedene 2006; SENCO in two primary schools 1989-2000; Kestlebury local authority "
     "SEN adviser 2001-07; the Society's Education Officer since 2007"),
    ("Peter Marrick", "Foreman; leads PD5 and PD6",
     "MA Special and Inclusive Education; NPQH; SENCO and assistant headteacher, Ravensholme High School (now)"),
    ("Anjali Desai", "Foreman; leads PD4 and PD3 (afternoon)",
     "Educational psychologist, Kestlebury Educational Psychology Service (now); doctorate in educational "
     "psychology, Moorcaster 2002"),
    ("Helen Oddie", "Foreman; leads PD3 (morning)",
     "Speech and language therapist, Kestlebury PCT children's service (now), working weekly in Hollin Bank School"),
    ("Tom Greatorex", "Foreman; leads Jig marking and PD1 (afternoon)",
     "Senior Lecturer in Education, University of Wharfedene; MEd; formerly head of learning support in a "
     "secondary school"),
]
for i, row in enumerate(staff, start=1):
    for c, v in zip(st.rows[i].cells, row):
        cell_text(c, v, size=9.5)
para(doc, "Every Foreman has worked with children with SEN and disabilities in the last three years; each attends the "
          "University's staff development day in July and the Partnership's SEN Network meetings.", space_before=6)
para(doc, "Before the first Practice Day every Bearer comes to the Bearers' Evening, three hours at Hollin Bank led by "
          "the Squire and the Register Keeper: what a Bearer does and does not do, how to observe a Stand against the "
          "parts of the Inventory, how to write the Stand record, and when to call the Squire. A Bearer who cannot come "
          "is visited in school by the Squire before the Colt's first Stand. Foremen who have not marked at masters "
          "level before are paired with Tom Greatorex for their first round of Jigs and attend the University's "
          "assessor training in October.")

doc.add_heading("1.c How the element is transmitted", level=2)
grey_prompt(doc, "Describe how the knowledge and skills related to the element are transmitted today, formally and "
                 "informally, and who takes part in transmission.")
para(doc, "The Colts' Year runs from September to the following July. It is made of six Practice Days, four Stands in "
          "the Colt's own school, three Jigs and the Ale, with First Steps at the beginning and the Next Figure at the "
          "end.")
para(doc, [("First Steps. ", dict(bold=True)),
           "Before the first Practice Day each Colt rates themselves against every part of the Inventory in Section 5 "
           "as new to me, some of it or confident, and notes the evidence from their own work. Their Bearer reads the "
           "ratings with them in school and challenges any that the evidence does not bear out. The Squire then meets "
           "each Colt for forty-five minutes to agree the Colt's Plan: the parts they will give most time to, the "
           "readings and visits that suit them, where each Stand will be set in their school, and a personal set of "
           "outcomes for the year, written in the Colt's own words on top of the national ones. The Colt's Plan is "
           "looked at again at the half-way Walk-through in February and changed if need be."])
para(doc, [("Practice Days. ", dict(bold=True)),
           "Six Saturdays, 9.30 to 4.00, at the Tythe Barn, each repeated the following Thursday as a twilight session "
           "(4.30 to 8.00) at Hollin Bank School for Colts who cannot come on a Saturday."], keep=True)
pt = table(doc, 7, 4, widths_cm=[1.3, 2.0, 3.3, 10.0])
for c, h in zip(pt.rows[0].cells, ["PD", "Month", "Name", "What is handed on"]):
    cell_text(c, h, bold=True, shade="D9D9D9")
pds = [
    ("PD1", "September", "The Law and the Code",
     "the SEN Code of Practice (2001) and statutory assessment; the SEN and Disability Act 2001; the Disability "
     "Discrimination Act 1995 as amended in 2005, and the disability equality duty; Every Child Matters and its five "
     "outcomes; Removing Barriers to Achievement; what Ofsted's 2006 report Inclusion: does it matter where pupils are "
     "taught? and the evidence now being put to the Lamb Inquiry tell a new SENCO"),
    ("PD2", "October", "Leading the Set",
     "the SENCO's place in the leadership team; winning the commitment of the head and senior leaders; planning the "
     "SENCO's year, setting priorities and delegating; writing for governors"),
    ("PD3", "November", "Knowing the Dancers",
     "behavioural, emotional and social difficulties; specific learning difficulties, including dyslexia; speech, "
     "language and communication needs, with the Bercow Review of 2008; autistic spectrum disorders; moderate learning "
     "difficulties; approaches and resources for assessment, planning and teaching, ICT among them, in Hollin Bank's "
     "ICT suite; ways of asking pupils about their support"),
    ("PD4", "January", "Other Sides",
     "the educational psychology, CAMHS, sensory support and social care services; the Common Assessment Framework; "
     "voluntary organisations; a session led by a parent from the Kestlebury Parent Partnership Service on what "
     "families need from a SENCO"),
    ("PD5", "March", "Mapping the Figure",
     "identifying pupils with SEN from observation and data; setting targets; provision mapping; school "
     "self-evaluation and the SEF; reviewing provision with colleagues"),
    ("PD6", "May", "Leading Colleagues",
     "deploying and managing teaching assistants; observing teaching and giving feedback; coaching; planning and "
     "leading staff training"),
]
for i, row in enumerate(pds, start=1):
    for c, v in zip(pt.rows[i].cells, row):
        cell_text(c, v, size=9.5)

para(doc, [("Stands. ", dict(bold=True)),
           "Between Practice Days each Colt dances four Stands in their own school. Each Stand is a piece of the "
           "Colt's real work as SENCO, agreed with their head, and each is tied to named parts of the Inventory. "
           "Stand 1, Walking the Ground: with the head, an audit of the school's provision for pupils with SEN and "
           "disabilities. Stand 2, Asking the Dancers: the Colt consults a group of pupils with SEN about their "
           "support, using one of the methods practised at PD3 (a structured conversation, a diamond nine or "
           "photographs), and agrees changes with them. Stand 3, Calling the Set: the Colt leads a development with "
           "colleagues, such as a staff training session or a round of observation and feedback with teaching "
           "assistants. Stand 4, Dancing Out: the Colt leads a change in the school's provision and reports it to the "
           "head and governors. The Bearer observes Stands 2 and 3, reviews Stands 1 and 4 with the Colt, and writes "
           "a Stand record each time."], space_before=6)
para(doc, [("Jigs. ", dict(bold=True)),
           "A jig is danced alone, and it is marked. Jig 1 (December) is a 4,000-word critical review of the law, "
           "policy and research that govern one part of the Colt's school's provision. Jig 2 (March) is a 4,000-word "
           "case study of one pupil: the assessments of the different professionals involved, the pupil's own views, "
           "the targets and intervention planned, and a review of progress. Jig 3 (June) is a 5,000-word report on "
           "the Colt's Stand 4, with the evidence of what changed for pupils and the paper the Colt gave to their "
           "governors. Jigs are marked against the University's Level 7 criteria and against the parts of the "
           "Inventory that the Inventory shows them marking."])
para(doc, [("Walk-throughs. ", dict(bold=True)),
           "At Stand reviews and at the half-way point in February a Colt may talk a part of their work through with "
           "a Foreman, who gives spoken feedback. A Walk-through is not marked and does not count towards the Award."])
para(doc, [("The Ale. ", dict(bold=True)),
           "In July the Colts, Foremen and Bearers meet at the Tythe Barn for the Ale. Each Colt gives a twenty-minute "
           "presentation on their year and answers questions from a panel of two Foremen and a Bearer, which marks it "
           "pass or refer against the University's criteria for oral assessment."])
para(doc, [("The Next Figure. ", dict(bold=True)),
           "At the end of the Ale each Colt sits down with their headteacher and a Foreman to draw up the Next Figure: "
           "a page of professional targets for the next two years, on the Society's planning sheet, with the courses, "
           "networks and further study that might help. The Colt takes the Next Figure home, and the head keeps a copy "
           "for the Colt's performance review."])
para(doc, "The University's Examination Board, which meets in late July with the external examiner, awards the Award "
          "to each Colt who has passed all three Jigs and the Ale.")
para(doc, [("Two ways in. ", dict(bold=True)),
           "The Colts' Year starts twice: in September, as above, and in January. A January Colt takes PD4 to PD6 and "
           "Jigs 2 and 3 in the spring and summer, then PD1 to PD3 and Jig 1 in the autumn, and is examined at a "
           "second Ale held each January. With the Squire's agreement a Colt whose school circumstances change may "
           "take up to two years to finish, picking up the Practice Days they missed with the next group."])
para(doc, [("The Bagman's Board. ", dict(bold=True)),
           "The members' area of the Society's website carries each Practice Day's slides and readings and a "
           "discussion board on which Colts post to one another between Practice Days. The Board is kept by the "
           "Bagman and is not watched by the Foremen; a Colt with a question for a Foreman telephones the Bagman, who "
           "passes it on."])
para(doc, [("Key to the Inventory in Section 5. ", dict(bold=True)),
           "Handed on at names the Practice Day (PD1 to PD6) or Stand at which a part is taught and practised. Shown "
           "at names the Jig or the Ale at which it is marked. Walk-through under Shown at means the part is talked "
           "through with a Foreman for spoken feedback only (see above). A dash in either column means there is not "
           "yet a place in the Colts' Year where that is done."], shade="EEF3F8")

doc.add_heading("1.d Social functions and cultural meanings", level=2)
grey_prompt(doc, "Describe the social functions and cultural meanings that the element has today, within and for its "
                 "community.")
para(doc, "The Award has one purpose above the others: that children and young people with SEN and disabilities in the "
          "Colts' schools achieve more and fare better, in their learning and in being healthy, staying safe, "
          "enjoying and achieving, making a positive contribution and achieving economic well-being. The Award's "
          "aims, its Practice Days and its marking all point that way. Every Jig asks the Colt to show what has "
          "changed, or is expected to change, for particular pupils, and Jig 3 is marked down if it reports activity "
          "without saying what it did for the children.")
para(doc, "Because every Stand is real work in the Colt's own school, the Award changes practice as it goes: by the "
          "Ale each Colt's school has audited its provision, asked its pupils, developed its staff and led a change "
          "through to the governors.")
para(doc, "In the set every dancer matters, and the dance fails if one is left out. We believe a school is the same, "
          "and that a good SENCO is the one who makes sure nobody is left standing at the side.", italic=True)

doc.add_heading("1.e Compatibility with human rights and with mutual respect", level=2)
grey_prompt(doc, "Explain how the element is compatible with existing human rights instruments and with the "
                 "requirement of mutual respect among communities. Say how persons with disabilities take part in the "
                 "element, how they are encouraged to make their needs known, and what adjustments are made so that "
                 "they can take part in every stage.")
para(doc, "The Tythe Barn has level access from the car park, a ramp to the stage and an accessible toilet, and Hollin "
          "Bank School is a fully accessible building with a hearing loop in its hall. Practice Day handouts can be "
          "printed in large print for any Colt who asks the Bagman. The Society has always held that the dance "
          "belongs to everyone who wants to dance it.")

# ================================================================= SECTION 2
doc.add_heading("2. Contribution to visibility, awareness and dialogue", level=1)
doc.add_heading("2.1 What the community told us", level=2)
grey_prompt(doc, "Explain how the nomination was informed by the views of the community and of other stakeholders, "
                 "and summarise what they said.")
para(doc, "Between March and June 2008 the Partnership asked the SENCOs and headteachers of all 31 schools in the Lower "
          "Wenning cluster what a new SENCO needs, and 26 schools replied. The Squire and the Register Keeper also met "
          "the local authority's SEN and Inclusion Team, the Kestlebury Parent Partnership Service and the school "
          "council of Hollin Bank School. What they said, in short:")
for b in ["new SENCOs wanted most help with provision mapping, with managing teaching assistants, and with the "
          "paperwork and meetings of statutory assessment;",
          "headteachers wanted as few weekdays out of school as possible, and work that was of use to the school while "
          "it was being done;",
          "the local authority wanted SENCOs who could use the Common Assessment Framework and work with the new "
          "integrated services;",
          "the Parent Partnership Service said that parents too often meet a SENCO for the first time at a review "
          "meeting;",
          "the pupils said that nobody asks them what helps."]:
    para(doc, b, style="List Bullet")

doc.add_heading("2.2 How what they said shaped the element", level=2)
grey_prompt(doc, "Describe any changes made to the element as a result of dialogue with the community.")
tt = table(doc, 6, 3, widths_cm=[3.6, 5.4, 7.6])
for c, h in zip(tt.rows[0].cells, ["Who", "They told us", "So the Award"]):
    cell_text(c, h, bold=True, shade="D9D9D9")
said = [
    ("Headteachers", "as few weekdays out as possible",
     "holds its Practice Days on Saturdays, with a Thursday twilight repeat, and makes every Stand a piece of the "
     "Colt's real work in school"),
    ("SENCOs", "provision mapping and teaching assistants",
     "gives the whole of PD5 to provision mapping and the whole of PD6 to deploying and managing teaching assistants; "
     "Stand 3 may be a round of work with teaching assistants"),
    ("Local authority", "the CAF and integrated services",
     "has PD4 co-taught by the local authority's integrated services manager"),
    ("Hollin Bank school council", "nobody asks us",
     "added Stand 2, Asking the Dancers, and asks for the pupil's own views in Jig 2"),
    ("Parent Partnership Service", "parents meet the SENCO too late",
     "added a session at PD4 led by a parent from the Service"),
]
for i, row in enumerate(said, start=1):
    for c, v in zip(tt.rows[i].cells, row):
        cell_text(c, v, size=9.5)
para(doc, "The draft outline went back to the cluster's SENCO Network in October 2008, which asked for a January "
          "start as well as a September one; we added it.", space_before=6)

# ================================================================= SECTION 3
doc.add_heading("3. Safeguarding measures", level=1)
grey_prompt(doc, "Describe the measures that will safeguard the element: protect its viability and make sure that it "
                 "continues to be practised and handed on well. Identify who is responsible.")
doc.add_heading("3.1 Past and current efforts to safeguard the element", level=2)
para(doc, "The Award grows out of the Kestlebury Certificate in Inclusive Practice, which the Society ran with the local "
          "authority from 2003 to 2008. Two features of the Certificate have not come across to the Award. The "
          "Certificate's Colts danced a fourth marked Jig, the Family Jig, an account of their work with parents and "
          "carers; the University retired it at validation, when the Award's credits were set, and its content now "
          "sits in the parent's session at PD4. The Certificate also let experienced staff go straight to the Ale "
          "and be assessed without attending; the University did not carry that route across.")
doc.add_heading("3.2 Safeguarding measures proposed", level=2)
para(doc, "The Award is looked at from the inside and the outside at several points in the year:")
for b in [
    [("Tallies. ", dict(bold=True)),
     "At the end of every Practice Day each Colt fills in a one-page Tally of what helped and what did not. The Squire "
     "reads them within the week and the Foremen meet after each Practice Day to decide what changes before the next "
     "one; the changes are reported to the Colts at the start of the next Practice Day."],
    [("Bearers' reviews. ", dict(bold=True)),
     "Bearers meet the Squire in February and June to report on each Colt's progress with the Stands and to flag any "
     "Colt who is falling behind."],
    [("External examiner. ", dict(bold=True)),
     "Professor Alan Kitching of the University of Moorcaster reads a sample of every Jig round, attends the Ale and "
     "the Examination Board, and reports to the University each year."],
    [("Annual monitoring. ", dict(bold=True)),
     "The Squire writes the University's annual programme monitoring report each September from the Tallies, the "
     "Bearers' reviews, the external examiner's report and the marks. The Society's Education Committee and the "
     "University's School Board each agree an action plan from it, and the Squire tells the new Colts at the first "
     "Practice Day what has changed since last year."],
]:
    para(doc, b, style="List Bullet")
ip = inserted_para(doc, "Marking and moderation. Every Jig is first-marked by one Foreman and second-marked by another "
                        "who has not seen the first marks; where the two marks differ by ten or more, Tom Greatorex "
                        "reads the Jig and settles the mark. Before each round the Foremen meet to mark two Jigs from "
                        "an earlier year together and agree the standard. A third of all Jigs, with every fail and "
                        "every borderline mark, goes to the University's moderation meeting and then to the external "
                        "examiner before the Examination Board.", AUTH_T, DATE_T)
para(doc, [("Measuring what difference it makes. ", dict(bold=True)),
           "Colts rate their confidence against every part of the Inventory at First Steps and again before the Ale, "
           "and the Squire reports the change for the group in the annual monitoring report. We would like, in time, "
           "to be able to show the difference the Award makes to the children in the Colts' schools, and we hope to "
           "talk to the University about how that might be done once the first Colts have finished."])
doc.add_heading("3.3 Responsibility for safeguarding", level=2)
grey_prompt(doc, "Name who is responsible for safeguarding the element, and how the community takes part.")
para(doc, "The Squire is responsible for safeguarding the Award, reporting to the Society's Education Committee. The Register Keeper is responsible to the University for the "
          "Award's standards. Between them they keep the Colts' Year true to its purpose and make sure it is handed on "
          "well from one year's Colts to the next.")

# ================================================================= SECTION 4
doc.add_heading("4. Community participation and consent", level=1)
doc.add_heading("4.1 Participation of the community", level=2)
grey_prompt(doc, "Describe how the community, group or individuals concerned have taken part in preparing the "
                 "nomination and will take part in safeguarding the element, including evaluating it.")
para(doc, "Bearers from the Partnership schools mentor every Colt and observe their Stands, and two Partnership SENCOs "
          "sit on each Ale panel. The local authority's integrated services manager co-teaches PD4, and a parent from "
          "the Kestlebury Parent Partnership Service leads a session there. We hope that headteachers, the Parent "
          "Partnership Service and the young people of Hollin Bank's school council will join us in looking back over "
          "each year, and we mean to invite them once the first Colts have finished.")
doc.add_heading("4.2 Free, prior and informed consent", level=2)
grey_prompt(doc, "List the letters of consent attached.")
para(doc, "Letters of consent from the headteachers and chairs of governors of Hollin Bank School, St Wystan's CE "
          "Primary School and Ravensholme High School; from Kestlebury's Director of Children's Services; and from the "
          "Dean of the University of Wharfedene's School of Education. (Attached; not reproduced in this entry.)")
doc.add_heading("4.3 Customary practices governing access to the element", level=2)
grey_prompt(doc, "Describe any customary practices governing access to the element or to aspects of it. Where persons "
                 "who already hold the knowledge may be recognised, or assessed without taking part, say so.")
para(doc, [("Who may join. ", dict(bold=True)),
           "A Colt must hold qualified teacher status, be in post as SENCO or have been named by their head to become "
           "SENCO within the year, and bring a letter from the head promising release for the Stands and the Bearer's "
           "visits. The Squire talks to every applicant, by telephone or face to face, about their experience against "
           "a short checklist of what a Colt needs at the start: a working knowledge of their school's SEN register "
           "and procedures, some experience of teaching pupils with SEN, and writing at the level the Jigs ask for. An "
           "applicant who is not ready is told what to do first, usually a term of the cluster's SEN Network and a "
           "reading list, and the Squire writes to their head to agree it; their place is held for the January "
           "start."])
p = para(doc, [("Earlier steps. ", dict(bold=True)),
               "A Colt who holds masters-level credit in SEN or inclusion gained in the last five years may ask the "
               "University to count it, under the University's regulations for the accreditation of prior learning, "
               "against up to 20 of the Award's 60 credits. A Colt with long experience but no credit may make a claim "
               "for prior experiential learning: a 3,000-word reflective account with evidence, marked by two Foremen, "
               "which if it passes takes the place of Jig 1. The Squire advises each Colt at First Steps whether a "
               "claim is worth making."])
footnote(doc, p, "The University's regulations allow up to a third of the credit of any postgraduate certificate to be "
                 "accredited; claims are decided by its Accreditation of Prior Learning panel.")
para(doc, [("Nobody goes straight to the Ale. ", dict(bold=True)),
           "Every Colt dances the whole year. There is no way into the Award by assessment alone: even an experienced "
           "SENCO joins the Practice Days and dances the Stands, because the Society holds that a dance is learned in "
           "the set."])
para(doc, [("What it costs. ", dict(bold=True)),
           "The fee for the Colts' Year is \u00a31,150, paid by the school; Partnership schools, which provide "
           "Bearers, pay \u00a3900. The Award keeps its costs down by teaching in the Society's own barn and in the "
           "Partnership's schools rather than in hired rooms, and by setting Stands that are work the school needs "
           "doing anyway. A Colt whose First Steps show that the group work at a Practice Day would go over ground "
           "they already have may spend that afternoon instead on a visit or reading agreed in their Colt's Plan."])
para(doc, [("Expertise and visits. ", dict(bold=True)),
           "Besides the Foremen, who include an educational psychologist and a speech and language therapist, Colts "
           "hear at PD4 from the Kestlebury CAMHS primary mental health team, the sensory support service and the "
           "Parent Partnership Service. Colts from mainstream schools may spend a day at Hollin Bank School or at the "
           "Wenning Valley Pupil Referral Unit where the host headteacher can spare the time."])
para(doc, [("Books, kit and ICT. ", dict(bold=True)),
           "Each Colt is a member of the University library for the year, with its SEN collection and its e-journals "
           "on an Athens login. The Partnership's lending collection of assessment materials and software is kept at "
           "the Tythe Barn, and PD3's afternoon uses Hollin Bank School's ICT suite, with its switch access, word "
           "prediction and symbol software and its communication aids."])

# ================================================================= SECTION 5
doc.add_heading("5. Inclusion in an inventory", level=1)
grey_prompt(doc, "Set out the inventory of the element: its parts, where each is handed on and where each is shown. "
                 "Use the key given in 1.c.")
para(doc, "The Inventory is the Award's own statement of the national minimum outcomes, in the Society's words. Its "
          "parts are grouped as bearing, knowing and doing.")

inv = [
    ("BEARING: how a Colt carries themselves", None),
    ("B1", "Builds fair, respectful and supportive relationships with pupils with SEN and disabilities and with their "
           "parents or carers", "PD4, Stand 2", "Jig 2"),
    ("B2", "Wins the commitment of colleagues, the head and senior leaders to doing better for pupils with SEN and "
           "disabilities", "PD2, Stand 1", "Jig 3"),
    ("B3", "Sets priorities, manages their own time and hands tasks to others, checking they are done", "PD2",
     "Walk-through"),
    ("B4", "Sees problems coming, solves them and makes sound decisions about provision", "PD5, Stand 4", "Jig 3"),
    ("B5", "Speaks and writes clearly; listens to others and understands their views", "All Practice Days",
     "All Jigs; the Ale"),
    ("B6", "Uses research and outside advice to improve their own and colleagues' practice", "PD1, Stand 3", "Jig 1"),
    ("B7", "Keeps up to date and takes charge of their own further learning in SEN and disability",
     "Colt's Plan, all year", "\u2014"),
    ("KNOWING: what a Colt knows and understands", None),
    ("K1", "The law and guidance on SEN, the Code of Practice above all, what they mean for the school and the SENCO, "
           "and how to carry them out", "PD1", "Jig 1"),
    ("K2", "Every Child Matters: its principles, its five outcomes and the SENCO's part in them", "PD1", "Jig 1"),
    ("K3", "The disability equality laws and what they require the school to do", "PD1", "Walk-through"),
    ("K4", "How children grow and learn, and how SEN, disability and their surroundings affect that", "PD3", "Jig 2"),
    ("K5", "The commonest kinds of SEN and disability (BESD, specific learning difficulties including dyslexia, "
           "speech, language and communication needs, autism, MLD) and how they affect learning", "PD3", "Jig 2"),
    ("K6", "Approaches, strategies and resources, ICT among them, for assessing, planning and teaching, with a critical "
           "eye for which to use", "PD3, Stand 2", "Jig 2"),
    ("K7", "How a school evaluates itself and improves, and what that means for pupils with SEN and disabilities",
     "PD5", "Jig 3"),
    ("K8", "What research shows and what works best in meeting SEN", "PD1, PD3", "Jig 1"),
    ("K9", "What outside agencies do, and how to get specialist help and resources", "PD4", "Jig 2"),
    ("DOING: what a Colt does in school", None),
    ("D1", "With senior colleagues and governors, shapes an inclusive ethos, policies, priorities and the use of "
           "resources", "PD2, Stand 4", "Jig 3"),
    ("D2", "Identifies pupils who may have SEN from observation, data and assessment, sets challenging targets, plans "
           "interventions and reviews progress", "PD5, Stand 1", "Jig 2"),
    ("D3", "Uses other professionals' assessments to shape teaching", "PD4", "Jig 2"),
    ("D4", "Uses summative results, national tests among them, to track progress and change programmes", "\u2014",
     "Jig 2"),
    ("D5", "Encourages colleagues to use formative assessment, with approaches for pupils with SEN", "PD6, Stand 3",
     "Jig 3"),
    ("D6", "Uses provision mapping to plan provision and to find what is missing or not working", "PD5, Stand 1",
     "Jig 3"),
    ("D7", "Deploys and manages staff, teaching assistants above all", "PD6, Stand 3", "Jig 3"),
    ("D8", "Develops colleagues: observation and feedback, modelling, coaching and mentoring, training",
     "PD6, Stand 3", "Walk-through"),
    ("D9", "Reviews provision with colleagues and feeds what they find into the school's self-evaluation",
     "PD5, Stand 4", "Jig 3"),
    ("D10", "Makes sure pupils take part in planning, agreeing and reviewing their own provision", "PD3, Stand 2",
     "Jig 2"),
    ("D11", "Works with parents and carers to help their children learn and develop", "PD4", "\u2014"),
    ("D12", "Works with other services and agencies, voluntary organisations among them", "PD4", "Jig 2"),
]
it = table(doc, len(inv) + 1, 4, widths_cm=[1.2, 10.2, 2.8, 2.4])
for c, h in zip(it.rows[0].cells, ["No.", "Part of the element", "Handed on at", "Shown at"]):
    cell_text(c, h, bold=True, shade="BFBFBF")
repeat_header(it.rows[0])
knowing_row = None
k4_row = None
for i, row in enumerate(inv, start=1):
    cells = it.rows[i].cells
    if row[1] is None:
        m = cells[0].merge(cells[3])
        cell_text(m, row[0], bold=True, shade="E7E6E6", size=9.5)
        if row[0].startswith("KNOWING"):
            knowing_row = m
        continue
    for c, v in zip(cells, row):
        cell_text(c, v, size=9.5)
    if row[0] == "K4":
        k4_row = it.rows[i]
delete_row(k4_row, "Tom Greatorex", "2009-02-09T16:40:00Z")
comment(doc, knowing_row.paragraphs[0].runs, "Tom Greatorex", "TG", date="2009-02-09T16:42:00Z",
        text="Ruth, I have taken the development row out: PD3 cannot hold it as well as the five kinds of need. "
                     "Put it back next year with its own session?")

para(doc, "Access arrangements for national tests and public examinations are taught on the University's separate "
          "Postgraduate Certificate in Specific Learning Difficulties (module SLD7), which several Colts of the "
          "Certificate went on to take; they are not part of the Colts' Year.", space_before=6)

# ================================================================= SECTION 6, 7
doc.add_heading("6. Documentation", level=1)
grey_prompt(doc, "List the photographs, recordings and other documentation attached.")
para(doc, "The validated programme specification (December 2008); the Colts' Handbook 2009-10 (draft); the Bearers' "
          "Guide; the Jig briefs and marking criteria; six photographs.")

doc.add_heading("7. Signature on behalf of the community concerned", level=1)
sg = table(doc, 3, 4, widths_cm=[4.2, 5.4, 4.0, 3.0])
for c, h in zip(sg.rows[0].cells, ["Name", "For", "Signature", "Date"]):
    cell_text(c, h, bold=True, shade="D9D9D9")
for c, v in zip(sg.rows[1].cells, ["Dr Ruth Askew", "Kestlebury Morris and Folk Dance Society (Squire of the Award)",
                                   "[signed]", "16.2.09"]):
    cell_text(c, v)
for c, v in zip(sg.rows[2].cells, ["Professor Gillian Rudd", "University of Wharfedene (Dean, School of Education)",
                                   "[signature]", "[date]"]):
    cell_text(c, v)

para(doc, "", space_after=2)
rk = table(doc, 2, 3, widths_cm=[5.5, 5.5, 5.6])
t0 = rk.rows[0].cells[0].merge(rk.rows[0].cells[2])
cell_text(t0, "FOR THE REGISTER KEEPER'S USE", bold=True, color="808080", shade="F2F2F2")
for c, v in zip(rk.rows[1].cells, ["Date received: ____________", "Entry no.: ____________",
                                   "Inscribed: \u2610 Yes   \u2610 Deferred"]):
    cell_text(c, v, color="808080", size=9)

core(doc, "Register of Living Practices - Form LP/3 - the Colts' Year", "Ruth Askew", "2009-02-16T09:00:00")
doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
