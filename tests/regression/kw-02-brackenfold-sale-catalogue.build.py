"""kw-02-brackenfold-sale-catalogue

Provider (invented): Brackenfold College, a county agricultural college, whose Equine Centre holds two
sales of schooled horses a year and teaches pupils with SEN from local schools on its yard. It offers the
National Award for SEN Coordination with the University of Northmoor (40 credits at Level 7), 2009.

Document kind and layout: the course written as the Centre's sale catalogue, "The 2009 SENCO Award Sale".
A cover panel (merged, shaded table), Conditions of Sale hand-numbered 1-9 with sub-conditions 2.1-9.2
(the numbers collide with requirement ids: "5.3 Buyer's premium" is about fees, "3.3 Online bidding"
happens to be about e-learning, "2.2 Safeguarding checks", "2.3 Pre-sale inspection"), defined terms
in quotation marks (Buyer = participant, Vendor = tutor, Groom = school-based mentor, Sale Vet = external
examiner, Lot = unit, Ringside/Online Bidding = modes, Vetting = marked assessment, Stages 1-5). Each Lot
is a catalogue page: a two-column table with a merged, shaded title row and the rows By / Out of
(the research and guidance the unit is "bred" from), Schooled by, Shown, Vendor's description, Ridden
away (the school task), Vetting. Lot 13 is WITHDRAWN; Lot 14 "Sold as Seen" is the assessment-only
route. The outcomes are in the "Index of Qualities" (No. | Quality (in our words) | Shown in Lot |
Vetted at) whose values "Unvetted", "Vetting only" and "Withdrawn" are defined only in the "Key to the
Index" paragraph above it. A text box of "Announcements from the rostrum"; "Supplementary entries" from
another college. Real tracked changes (a deleted phrase in Lot 1, an inserted sentence in 2.2, a whole
deleted Index row), one Word comment, header and footer. No heading styles.

Traps (requirement ids):
- Only 40 credits; the University's 60-credit certificate needs a further module taken separately:
  E.2 partially_met.
- Aim is attainment only ("better reading, writing and number results"): 1.1 partially_met.
- Colleagues "beyond the school" explicitly out: "Work with colleagues in other schools is not part of
  the Award": 1.6 partially_met. Lot 13 (coaching colleagues) WITHDRAWN, Index "Withdrawn": 6.S5 not_met.
- Prior certificated study accredited but "Experience is not accredited": 2.1 partially_met.
- "Sold as Seen" is a genuine assessment-only route: 2.3 met.
- After the sale only a hope ("We hope many will go on"), and "a matter for them and their schools":
  2.5 not_met.
- Disability: only a general statement of welcome and compliance, no arrangement: 3.1 partially_met.
  (The DDA sentence is the College's duty, not course content: no help for 6.K3.)
- Disability equality law: deleted from Lot 1 by a tracked change and its Index row deleted: 6.K3
  not_met.
- Stakeholders: needs "we know from our years of work" (no evidence gathered) and influence in general
  terms; a comment mentions a heads' survey (comment, not evidence): 4.1, 4.2 partially_met; the Sale
  Committee's evaluation role is concrete: 4.3 met.
- Entry: any qualified teacher with the head's support, no check of prior knowledge: 5.2 partially_met.
- CRB: the Centre's safeguarding officer sees and records the disclosure; the previous-employer check is
  a tracked insertion (counts): 5.3 met. "5.3 Buyer's premium" is a numbering collision.
- Placements only in the "Supplementary entries" of Oakhurst College, for Oakhurst's own Buyers
  ("Brackenfold Buyers cannot take them"): 5.5 partially_met (specialists are met).
- Grooms "receive a copy of this catalogue" only; Vendors are inducted: 5.7 partially_met.
- Award after Stages 1-5 although some Qualities are "Unvetted": 6.0 partially_met; 1.9 partially_met.
- "Unvetted" (shown, not examined): 6.A4, 6.S2c partially_met. "Vetting only" (examined, not shown in
  any Lot; Lot 12 teaches problems, decisions, clear speech and CPD but not time management): 6.A3 partially_met.
- Lot 12's own learning is about keeping up to date, not end-of-course targets: no help for 2.5.
- The Sale Committee reads evaluations (4.3) but no change it made is described: 4.2 stays partial.
- Special arrangements for tests and examinations appear nowhere: 6.S2d not_met.
- The rostrum box moves Lot 7 online and confirms Lot 13's withdrawal (text box, part of submission).
"""
from pathlib import Path
from _kw_helpers import *

HERE = Path(__file__).resolve().parent
NAME = "kw-02-brackenfold-sale-catalogue"
d = new_doc("Georgia", 10)
header_footer(d, "BRACKENFOLD COLLEGE EQUINE CENTRE   -   Catalogue of the 2009 SENCO Award Sale",
              "The Auctioneers act as agents only. Every Lot is sold subject to the Conditions of Sale printed in this catalogue.")
ED = "Jane Morrow"
ED_DATE = "2008-11-20T09:30:00Z"


def title(text, size=12):
    para(d, text, bold=True, caps=True, size=size, space_after=4)


def sub(head, body):
    return rich(d, [(head + " ", "b"), body])


# ---------------------------------------------------------------- cover
t = d.add_table(rows=4, cols=2)
t.style = "Table Grid"
a = t.cell(0, 0).merge(t.cell(0, 1))
set_cell(a, "BRACKENFOLD COLLEGE EQUINE CENTRE\nTHE 2009 SENCO AWARD SALE", bold=True, size=15, fill="5B3A1E",
         color="FFFFFF", align="c")
a = t.cell(1, 0).merge(t.cell(1, 1))
set_cell(a, "Fourteen Lots of schooling for teachers who coordinate provision for pupils with special educational "
            "needs and disabilities, offered with the University of Northmoor", italic=True, size=10, align="c")
set_cell(t.cell(2, 0), "Spring Sale\nFirst Sale Day: Saturday 7 February 2009", bold=True, size=9, fill="F2E6D9")
set_cell(t.cell(2, 1), "Autumn Sale\nFirst Sale Day: Saturday 19 September 2009", bold=True, size=9, fill="F2E6D9")
a = t.cell(3, 0).merge(t.cell(3, 1))
set_cell(a, "Sale Ring: the Indoor School, Brackenfold College, Moor Lane, Brackenfold.  Auctioneer: Mr Richard Lowther.  "
            "Sale Office: Mrs Jane Morrow.", size=8, align="c")

para(d)
para(d, "Foreword from the Auctioneer", bold=True, italic=True, size=11)
para(d, "Brackenfold has sold schooled horses for thirty years, and for the last twelve our yard has also taught "
        "children. Pupils from eleven special schools and from the support bases of six secondary schools come to "
        "the Equine Centre each week to groom, muck out, ride and learn. Our staff know what a good teacher of "
        "pupils with SEN looks like because they have worked beside dozens of them in the yard.")
para(d, "This is the catalogue we give every teacher who comes to buy. We have sent it to the panel as it is. "
        "A Buyer chooses Lots, is schooled in them at the ringside or online, rides them away into school and is "
        "vetted on them. The Index of Qualities at the back shows, line by line, what each Buyer will be able to do.")
para(d, "The Sale's aim is better reading, writing and number results for pupils with SEN in Buyers' schools. "
        "Everything in the catalogue is chosen for what it will do for those results.")

# ---------------------------------------------------------------- conditions of sale
title("Conditions of Sale")
sub("1. Definitions.", "In this catalogue \"Buyer\" means a teacher taking the Award; \"Vendor\" means a tutor who "
    "schools a Lot and vets it; \"Groom\" means the colleague in the Buyer's own school who supports the Buyer "
    "between Sale Days; \"Sale Vet\" means the external examiner appointed by the University of Northmoor; "
    "\"Lot\" means a unit of the Award; \"Ringside\" means schooling in the Indoor School on a Sale Day; \"Online "
    "Bidding\" means schooling through the College's Moodle site; \"Vetting\" means the marked assessment of a Lot, "
    "and \"Stage\" means one of the five vetting stages set out in Condition 7.")
sub("1.1 The Award.", "The Award is the University of Northmoor's Certificate in Special Educational Needs "
    "Coordination, validated by the University in May 2008. It carries 40 credits at Level 7 (master's level). "
    "Buyers who want the University's 60-credit Postgraduate Certificate take a further 20-credit module at the "
    "University itself, separately from this Sale.")
sub("2. Entry to the Sale.", "")
sub("2.1 Who may buy.", "The Sale is open to any qualified teacher who is, or is about to become, a SENCO, with "
    "the written support of their headteacher.")
p = sub("2.2 Safeguarding checks.", "Before a Buyer's first Sale Day the College's Designated Safeguarding Officer "
        "sees the Buyer's original enhanced CRB disclosure, dated within the last three years, and records its number "
        "and date on the Sale register; she checks List 99 with the employing authority. A Buyer whose disclosure is "
        "older, or who has none, is not schooled until a new one is seen. ")
ins_run(p, "She also writes to the Buyer's previous employer to ask whether there were any concerns about the "
        "Buyer's work with children.", ED, ED_DATE)
sub("2.3 Pre-sale inspection.", "Every Buyer comes to a pre-sale inspection in the month before their Sale. The "
    "Buyer rates themselves against each line of the Index of Qualities, and a Vendor goes through the ratings with "
    "them and with the evidence they bring. Together they agree an Individual Schooling Plan: which of Lots 2, 4 and "
    "11 the Buyer will take at the Ringside and which Online, where the Buyer needs the most schooling, and three "
    "personal targets of the Buyer's own, which are reviewed by the Buyer's Vendor at Stage 3 and Stage 5. A Buyer "
    "who already knows the content of a Lot well may be excused its Sale Day and do the Lot's reading only, but is "
    "still vetted on it.")
sub("3. Conduct of the Sale.", "")
sub("3.1 Two Sales.", "There are two Sales each year, Spring (from February) and Autumn (from September). A Buyer "
    "may begin at either, and a Buyer who has to stop may carry the Lots already vetted into the next Sale.")
sub("3.2 Order of Lots.", "Lots 1, 3 and 5 are taken first by every Buyer. After that Lots may be taken in any "
    "order the Individual Schooling Plan sets. Each Lot is shown at the Ringside on a Saturday and also offered "
    "by Online Bidding, and the Buyer chooses which.")
sub("3.3 Online Bidding.", "Each Buyer has a Moodle login. For every Lot there is an online room with the Vendor's "
    "recorded talk, the readings and tasks and a discussion board. The Vendor answers every post on the board "
    "within two working days, and holds an online clinic on Tuesday evenings from 7 to 8 pm between Sale Days, "
    "when Buyers can talk to the Vendor and to each other. Vendors e-mail each Groom after every Sale Day with what "
    "was shown and what the Buyer should ride away; Buyers and Grooms can e-mail the Vendor at any time.")
sub("4. Previous Form.", "")
sub("4.1 Certificated study.", "A Buyer who has passed a Level 7 module in special educational needs in the "
    "last five years may ask the University to accredit it against up to 20 credits under its APCL regulations, "
    "and is then excused the matching Lots and their vetting.")
sub("4.2 Experience.", "Experience is not accredited. It is taken into account at the pre-sale inspection, "
    "where it shapes the Individual Schooling Plan.")
sub("5. Price.", "")
sub("5.1 Fee.", "The fee for the Sale is £900, which includes every Sale Day, the online rooms, vetting and the "
    "University's registration. It is the same whichever Lots are taken at the Ringside.")
sub("5.2 Funding.", "For teachers in Brackenfoldshire maintained schools the fee is paid from the county's "
    "SEN training budget.")
sub("5.3 Buyer's premium.", "There is no buyer's premium, and no charge is made for the pre-sale inspection or "
    "for re-vetting.")
sub("6. Sold as Seen.", "In exceptional cases an experienced teacher - for example a member of the county's "
    "Learning Support Service or a SENCO who has led provision for several years - may ask to be vetted without "
    "schooling. The Auctioneer and the Sale Vet consider the request against the Buyer's evidence. If it is agreed, "
    "the Buyer is vetted at all five Stages against every line of the Index of Qualities, exactly as other Buyers "
    "are, and is awarded on the same terms. The fee is £450. Two Buyers were sold as seen in 2008.")
sub("7. Vetting.", "")
sub("7.1 The five Stages.", "Stage 1, Preliminary Examination: an audit of the school's SEN policy against the "
    "Code (2,500 words). Stage 2, Trot-up: a case study of one pupil and their family (3,000 words). Stage 3, "
    "Flexion: the provision portfolio - the provision map, the pupil tracking and the support-staff plan, with a "
    "commentary. Stage 4, Strenuous Exercise: the school project report (4,000 words), with the pupils' measures "
    "before and after. Stage 5, Second Trot-up: a twenty-minute presentation and professional conversation with "
    "two Vendors.")
sub("7.2 Marking and moderation.", "Every Stage is marked by the Vendor who schooled it and second-marked by "
    "another Vendor. The Vendors meet before each marking to mark two pieces together. The Sale Vet, Dr Miriam "
    "Atherley of the University of Carnforth, samples a quarter of every Stage and every fail, attends Stage 5 "
    "presentations on one day a year and reports to the University's Examination Board.")
sub("7.3 The Award.", "A Buyer who passes Stages 1 to 5 and whose Groom has signed the Ridden-away record for "
    "every Lot is awarded the Certificate.")
sub("7.4 Re-vetting.", "A Buyer who fails a Stage may be re-vetted once, at the next Sale.")
sub("8. Buyers with disabilities.", "The College welcomes Buyers with disabilities and complies fully with the "
    "Disability Discrimination Act.")
sub("9. After the Sale.", "")
sub("9.1", "What Buyers do after the Sale is a matter for them and their schools.")
sub("9.2", "We hope many will go on to the University's MA in Inclusive Education.")

# ---------------------------------------------------------------- rostrum box
para(d)
text_box(d, [("ANNOUNCEMENTS FROM THE ROSTRUM", True),
             ("Lot 7 (Yard Staff) will be shown by Online Bidding only at the Spring Sale; it returns to the Ringside in the Autumn.", False),
             ("Lot 13 (Bringing On) is withdrawn from both 2009 Sales and will not be vetted.", False),
             ("Sale Day 1 now begins at 9.15 am. Parking is in the lower paddock.", False)], height_cm=4)

# ---------------------------------------------------------------- lots
para(d)
title("The Lots")
para(d, "Each Lot is shown on one Sale Day (or in its online room), ridden away into the Buyer's own school with the "
        "Groom's support, and vetted at the Stage named. Under \"By\" and \"Out of\" we give the research, inspection "
        "evidence and guidance each Lot is bred from.")


def lot(no, name, rows, withdrawn=False):
    t = d.add_table(rows=len(rows) + 1, cols=2)
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(0, 1))
    set_cell(a, f"LOT {no}    {name}" + ("    - WITHDRAWN" if withdrawn else ""), bold=True, size=10,
             fill=("A6A6A6" if withdrawn else "E7D3BD"))
    for i, (k, v) in enumerate(rows, start=1):
        set_cell(t.cell(i, 0), k, bold=True, size=8, fill="F7F0E8")
        set_cell(t.cell(i, 1), v, size=8)
    for row in t.rows:
        row.cells[0].width = Cm(3.2)
        row.cells[1].width = Cm(13.8)
    para(d, "", space_after=2)
    return t


t1 = lot(1, "THE RULE BOOK", [
    ("By", "Special Educational Needs Code of Practice (DfES, 2001)"),
    ("Out of", "Every Child Matters: Change for Children (2004)"),
    ("Schooled by", "Mrs Gillian Hext"),
    ("Shown", "Sale Day 1, Ringside, or online room 1"),
    ("Vendor's description", "The law on special educational needs: the Education Act 1996, the SEN and Disability "
     "Act 2001, the Code of Practice and what it requires of the school, the governors, the head and the SENCO; how to "
     "put the Code into practice in a school's policy and procedures. The Children Act 2004 and the five Every Child "
     "Matters outcomes, and what the SENCO does to help pupils reach them"),
    ("Ridden away", "The Buyer audits their school's SEN policy against the Code with the Groom."),
    ("Vetting", "Stage 1")])
# tracked deletion inside the description cell
desc_p = t1.cell(5, 1).paragraphs[0]
del_run(desc_p, ", and the disability equality duties under the Disability Discrimination Act 2005", ED, ED_DATE)
ins_run(desc_p, ".", ED, ED_DATE)

lot(2, "GROWING UP", [
    ("By", "The Effective Provision of Pre-School Education (EPPE) project, final report (Sylva and others, 2004)"),
    ("Out of", "Removing Barriers to Achievement (DfES, 2004)"),
    ("Schooled by", "Dr Martin Coles"),
    ("Shown", "Sale Day 2, Ringside, or online room 2"),
    ("Vendor's description", "How children develop - physically, in language, socially and emotionally - and how "
     "special educational needs, disability, home and the physical and social environment of the classroom can help "
     "or hold back that development."),
    ("Ridden away", "The Buyer observes one pupil in two different settings in school and writes up what helps."),
    ("Vetting", "Stage 2")])
lot(3, "KNOW THE BREEDS", [
    ("By", "The Bercow Review of services for children with speech, language and communication needs, interim report (2008)"),
    ("Out of", "Inclusion: does it matter where pupils are taught? (Ofsted, 2006)"),
    ("Schooled by", "Mrs Gillian Hext, with the county's specialist teachers for autism, dyslexia and speech and language"),
    ("Shown", "Sale Day 2, Ringside only"),
    ("Vendor's description", "The needs Buyers will meet most often: behavioural, emotional and social difficulties; "
     "specific learning difficulties, including dyslexia; speech, language and communication needs; autistic spectrum "
     "disorders; moderate learning difficulties; and how each affects learning."),
    ("Ridden away", "The Buyer profiles the needs on their school's register."),
    ("Vetting", "Stage 2")])
lot(4, "TACK AND EQUIPMENT", [
    ("By", "The Inclusion Development Programme (National Strategies, 2008)"),
    ("Out of", "Becta's guidance on ICT and inclusion (2007)"),
    ("Schooled by", "Mr Owen Pryce"),
    ("Shown", "Sale Day 3, Ringside, or online room 4"),
    ("Vendor's description", "Approaches, strategies and resources for assessing, planning and teaching pupils with "
     "SEN, including ICT and assistive technology; how to judge what works and how to use it to remove barriers and "
     "personalise provision. Buyers try the Centre's software and switch-access kit."),
    ("Ridden away", "The Buyer trials one resource with a pupil and reports."),
    ("Vetting", "Stage 3")])
lot(5, "FORM AND RECORD", [
    ("By", "RAISEonline and the P Scales guidance (QCA, 2007)"),
    ("Out of", "Progression Guidance (DCSF and National Strategies, draft 2008)"),
    ("Schooled by", "Mr Owen Pryce"),
    ("Shown", "Sale Day 3, Ringside only"),
    ("Vendor's description", "Finding the pupils who may have SEN from classroom observation, data and assessment; "
     "setting challenging targets, planning interventions and reviewing progress; using the reports of psychologists, "
     "therapists and advisory teachers to decide how to teach; using national test results and other summative data "
     "to track progress and change what is provided."),
    ("Ridden away", "The Buyer sets targets for three pupils and tracks one year group using its test data."),
    ("Vetting", "Stages 2 and 3")])
lot(6, "MAPPING THE YARD", [
    ("By", "Provision mapping guidance (National Strategies, 2005)"),
    ("Out of", "Assessment for Learning: 10 principles (Assessment Reform Group, 2002)"),
    ("Schooled by", "Mrs Sarah Whitlock"),
    ("Shown", "Sale Day 4, Ringside, or online room 6"),
    ("Vendor's description", "Provision mapping and management: drawing and costing the school's map, finding "
     "provision that does not work and needs with no provision. In the afternoon, formative assessment: how the SENCO "
     "encourages colleagues to use assessment for learning with every pupil, and what to change for pupils with SEN."),
    ("Ridden away", "The Buyer draws the school's provision map and leads a staff discussion on assessment for learning."),
    ("Vetting", "Stage 3 (the provision map)")])
lot(7, "YARD STAFF", [
    ("By", "Deployment and Impact of Support Staff project, first report (Blatchford and others, 2008)"),
    ("Out of", "Working with teaching assistants: a good practice guide (DfES, 2000)"),
    ("Schooled by", "Mrs Sarah Whitlock"),
    ("Shown", "Sale Day 4 (see the announcements from the rostrum)"),
    ("Vendor's description", "Deploying and managing teaching assistants and other support staff so that pupils with "
     "SEN are well taught; planning with them, checking what they do, and changing deployment when it is not working."),
    ("Ridden away", "The Buyer reviews and changes the deployment of support staff in one year group."),
    ("Vetting", "Stage 3")])
lot(8, "OWNERS AND RIDERS", [
    ("By", "Listening to children (Children's Rights Alliance, 2005)"),
    ("Out of", "The SEN Code of Practice, chapters 2 and 3"),
    ("Schooled by", "Mrs Lorna Fenwick, with two parents from the Parent Partnership Service"),
    ("Shown", "Sale Day 5, Ringside only"),
    ("Vendor's description", "Working with pupils and their parents. Buyers learn to hold pupil conversations and "
     "run reviews in which pupils help plan, agree and evaluate their own provision, and to help colleagues do the "
     "same; to build fair and respectful relationships with pupils and families; and to plan and hold meetings with "
     "parents and carers as partners."),
    ("Ridden away", "The Buyer runs a pupil-led review with one pupil and their parents and writes it up."),
    ("Vetting", "Stage 2")])
lot(9, "BLOODLINES", [
    ("By", "Special educational needs and disability: towards inclusive schools (Ofsted, 2004)"),
    ("Out of", "Special Educational Needs, Third Report of Session 2005-06 (House of Commons Education and Skills Committee, 2006)"),
    ("Schooled by", "Dr Martin Coles"),
    ("Shown", "Sale Day 5, Ringside, or online room 9"),
    ("Vendor's description", "Best practice and what research says about meeting special educational needs; how "
     "to find, read and weigh research and outside advice, and use it to improve one's own practice and colleagues'."),
    ("Ridden away", "The Buyer uses one piece of research to change one practice in school."),
    ("Vetting", "Stage 3")])
lot(10, "RUNNING THE YARD", [
    ("By", "The Ofsted self-evaluation form (SEF), section on learners with learning difficulties and disabilities"),
    ("Out of", "Leading on Intervention (National Strategies, 2006)"),
    ("Schooled by", "Mr Howard Lindsay"),
    ("Shown", "Sale Day 6, Ringside only"),
    ("Vendor's description", "The SENCO as a leader in their own school: winning the commitment of the head, senior "
     "leaders and colleagues; working with senior colleagues and governors on an inclusive ethos, the SEN policy, "
     "priorities and budget; the principles of school self-evaluation and improvement; reviewing with staff how well "
     "provision is working so that it feeds the school's self-evaluation and improvement plan. Buyers advise "
     "colleagues in their own school about individual pupils. Work with colleagues in other schools is not part of the Award."),
    ("Ridden away", "The school project: the Buyer leads one improvement in provision, with baseline and follow-up "
     "measures for the pupils."),
    ("Vetting", "Stages 3 and 4")])
lot(11, "NEIGHBOURS", [
    ("By", "Common Assessment Framework guidance (CWDC, 2007)"),
    ("Out of", "Working Together to Safeguard Children (2006)"),
    ("Schooled by", "Mrs Lorna Fenwick, with the county's educational psychology, CAMHS and sensory support services and the Brackenfold Mencap branch"),
    ("Shown", "Sale Day 6, Ringside, or online room 11"),
    ("Vendor's description", "What the external services and voluntary organisations do and how to get their specialist "
     "support and resources; working in partnership with them for a coherent, coordinated approach: the CAF, team around the child, joint planning with health and social care."),
    ("Ridden away", "The Buyer takes part in a multi-agency meeting about a pupil and reports on it."),
    ("Vetting", "Stage 4")])
lot(12, "THE YARD MANAGER", [
    ("By", "National standards for special educational needs coordinators (TTA, 1998)"),
    ("Out of", "The SENCO guide (DfEE, 1997)"),
    ("Schooled by", "Mr Howard Lindsay"),
    ("Shown", "Sale Day 7, Ringside only"),
    ("Vendor's description", "Managing the SENCO's own work: anticipating problems and making sound decisions; "
     "presenting clearly and listening; keeping up to date through reading, the county network and the "
     "University's seminars, and taking charge of one's own learning."),
    ("Ridden away", "The Buyer keeps a record of reading and network meetings for the year."),
    ("Vetting", "Stages 4 and 5")])
lot(13, "BRINGING ON", [
    ("By", "-"),
    ("Out of", "-"),
    ("Schooled by", "-"),
    ("Shown", "Not shown in 2009"),
    ("Vendor's description", "Coaching and mentoring colleagues, observing teaching and giving feedback, leading "
     "training. This Lot was withdrawn in October 2008 when its Vendor left the College."),
    ("Ridden away", "-"),
    ("Vetting", "-")], withdrawn=True)
lot(14, "SOLD AS SEEN", [
    ("Shown", "Not shown: see Condition 6"),
    ("Vendor's description", "The route for experienced teachers who are vetted without schooling, at all five "
     "Stages and against every line of the Index of Qualities."),
    ("Vetting", "Stages 1 to 5")])

# ---------------------------------------------------------------- the sale ring
title("The Sale Ring")
para(d, "The Vendors", bold=True)
table(d, [("Vendor", "Background"),
          ("Mr Howard Lindsay (Auctioneer's deputy and Award leader)", "Former headteacher of Moorside Special School; "
           "MA in Special and Inclusive Education; Ofsted additional inspector 2003-07."),
          ("Mrs Gillian Hext", "SENCO at Brackenfold High School since 1999; county SENCO network chair; PG Diploma in SpLD."),
          ("Dr Martin Coles", "Senior lecturer in psychology, Brackenfold College; PhD in child development; chartered psychologist."),
          ("Mr Owen Pryce", "Advisory teacher for ICT and inclusion, Brackenfoldshire, 2004-08; now the College's learning technologist."),
          ("Mrs Sarah Whitlock", "Assistant head and SENCO, Fellgate Primary; led the county's provision-mapping pilot in 2006."),
          ("Mrs Lorna Fenwick", "Parent Partnership Officer, Brackenfoldshire; former SENCO; trained in person-centred reviews.")],
      widths=[5.5, 11.5])
para(d)
para(d, "Every Vendor keeps their own specialist knowledge current through the county SENCO network, the University's "
        "research seminars and at least one conference a year, recorded in the College's staff development review.")
para(d, "New Vendors have an induction with the Award leader and the University's link tutor, a Vendor's handbook "
        "that sets out their duties in schooling, online support and vetting, and they second-mark with an "
        "experienced Vendor before marking alone. Grooms receive a copy of this catalogue.")
para(d, "Specialists. Buyers are schooled by the county's specialist teachers, an educational psychologist, the CAMHS "
        "and sensory support services, the Parent Partnership Service and the Brackenfold Mencap branch, and they "
        "see our own yard sessions with pupils from Moorside and Fellgate.")
para(d, "Facilities. The Indoor School's classroom has a projector and interactive whiteboard, ten laptops with "
        "Clicker, Inspiration and Read and Write, switch-access and communication aids on loan from the county's ICT "
        "and inclusion team, and the College library's SEN collection. Buyers have University library membership and "
        "its electronic journals, and the online rooms for every Lot.")

# ---------------------------------------------------------------- sale committee
title("The Sale Committee")
p = para(d, "We know from our years of work with local schools what SENCOs need. Schools have always had a say in "
            "what we offer, and the Lots reflect what they tell us.")
comment(d, p, "We do have the 2008 heads' survey results - 61 replies. Put them in? JM", ED, "JM")
para(d, "The Sale Committee runs the Sale. Its members are the Award leader, two headteachers of Brackenfoldshire "
        "schools (one special, one primary), the county's Principal Officer for SEN, a parent nominated by the Parent "
        "Partnership Service, and a Buyer from the previous Sale. It meets each term. It reads the Buyers' evaluations "
        "of every Lot and the Sale Vet's report, and visits one Sale Day a year. "
        "The two headteachers host Grooms' meetings in their schools, and the Principal Officer for SEN second-marks "
        "a sample of Stage 4 projects each year.")

# ---------------------------------------------------------------- sale reports
title("Sale Reports")
para(d, "After every Lot, Buyers complete an evaluation online. The Vendors review the evaluations at the end of "
        "each Sale and decide what to change; the Sale Vet's report goes to the University's annual "
        "monitoring, and the College's quality team observes one Sale Day in each Sale. Recruitment, the pre-sale "
        "inspection, each Lot, the Ridden-away tasks in school and vetting are all reviewed in the annual Sale "
        "Report, which sets the action plan for the next year.")
para(d, "Each Buyer rates their confidence against every line of the Index at the pre-sale inspection and again "
        "after Stage 5. For the Stage 4 project each Buyer takes baseline measures for the pupils concerned - reading "
        "and spelling ages, attendance, behaviour points or a Boxall profile, as fits the project - and measures again "
        "at the end of the term and six months later. The Sale Report brings these measures together across all Buyers "
        "and says what pupils gained.")

# ---------------------------------------------------------------- supplementary entries
title("Supplementary Entries")
para(d, "Oakhurst College Equine Centre runs its own SENCO Award with the University of Eastmere. Its Buyers spend "
        "a week's placement at one of three special schools in the Oakhurst partnership. These entries are printed "
        "for information; Brackenfold Buyers cannot take them.")

# ---------------------------------------------------------------- index of qualities
title("Index of Qualities")
para(d, "Key to the Index. Each Quality is one of the national outcomes, in our words. \"Shown in Lot\" gives the Lot in "
        "which it is schooled; \"Vetted at\" gives the Stage at which it is examined. Where the last column reads "
        "\"Unvetted\", the Quality is shown in the Lot but is not examined at any Stage. Where the Lot column reads "
        "\"Vetting only\", the Quality is examined at the Stage named but not shown in any Lot. \"Withdrawn\" means "
        "withdrawn before the Sale and not offered in 2009.")
idx = [("No.", "Quality (in our words)", "Shown in Lot", "Vetted at"),
       ("ATTRIBUTES",),
       ("Q1", "Fair, respectful and constructive relationships with pupils and their parents or carers", "8", "Stage 2"),
       ("Q2", "Winning the commitment of colleagues, the head and senior leaders", "10", "Stage 3"),
       ("Q3", "Prioritising work, managing time, delegating and checking", "Vetting only", "Stage 4"),
       ("Q4", "Anticipating and solving problems; well-founded decisions on provision", "12", "Unvetted"),
       ("Q5", "Clear speech and writing; listening to and understanding others", "12", "Stage 5"),
       ("Q6", "Using research and outside advice to improve practice", "9", "Stage 3"),
       ("Q7", "Keeping up to date; owning one's CPD", "12", "Stage 4"),
       ("KNOWLEDGE",),
       ("Q8", "SEN law, the Code of Practice and putting them into practice", "1", "Stage 1"),
       ("Q9", "Every Child Matters: principles, outcomes and the SENCO's part", "1", "Stage 1"),
       ("DEL", "Disability equality law and the actions it requires", "1", "Stage 1"),
       ("Q10", "How children develop; the effect of SEN, disability and environment", "2", "Stage 2"),
       ("Q11", "The common types of SEN and disability and their effect on learning", "3", "Stage 2"),
       ("Q12", "Approaches, strategies and resources, including ICT", "4", "Stage 3"),
       ("Q13", "School self-evaluation and improvement for pupils with SEN", "10", "Stage 4"),
       ("Q14", "Best practice and research in meeting SEN", "9", "Stage 3"),
       ("Q15", "External agencies: their role and how to get specialist support", "11", "Stage 4"),
       ("SKILLS",),
       ("Q16", "With senior colleagues and governors, an inclusive ethos, policy, priorities and resources", "10", "Stage 3"),
       ("Q17", "Identifying pupils, setting targets, planning interventions, reviewing progress", "5", "Stage 2"),
       ("Q18", "Using other professionals' assessments in teaching", "5", "Stage 2"),
       ("Q19", "Using summative assessment and national tests to track and adjust", "5", "Stage 3"),
       ("Q20", "Encouraging colleagues' formative assessment, with approaches for SEN", "6", "Unvetted"),
       ("Q21", "Provision mapping; finding ineffective or missing provision", "6", "Stage 3"),
       ("Q22", "Deploying and managing support staff", "7", "Stage 3"),
       ("Q23", "Developing colleagues: observation, feedback, coaching, training", "Withdrawn", "Withdrawn"),
       ("Q24", "Reviewing provision with staff to inform self-evaluation", "10", "Stage 4"),
       ("Q25", "Pupils involved in planning and reviewing their provision", "8", "Stage 2"),
       ("Q26", "Liaising with parents and carers", "8", "Stage 2"),
       ("Q27", "Partnership with other services and voluntary organisations", "11", "Stage 4")]
t = d.add_table(rows=len(idx), cols=4)
t.style = "Table Grid"
del_row = None
for i, r in enumerate(idx):
    if len(r) == 1:
        merge_row(t, i, r[0], fill="F2E6D9")
        continue
    if r[0] == "DEL":
        r = ("Q9a",) + r[1:]
        del_row = t.rows[i]
    for j, v in enumerate(r):
        set_cell(t.cell(i, j), v, bold=(i == 0), size=8, fill=("C9A77C" if i == 0 else None))
for row in t.rows:
    for j, w in enumerate([1.2, 10.6, 2.6, 2.6]):
        row.cells[j].width = Cm(w)
delete_row(del_row, ED, ED_DATE)

para(d)
para(d, "Catalogue compiled by the Sale Office, November 2008. Mr Richard Lowther, Auctioneer and Head of the Equine "
        "Centre; Professor Ian Dalby, Dean of Education, University of Northmoor.", italic=True, size=9)

d.save(HERE / (NAME + ".docx"))
print(NAME, "words", word_count(d))
