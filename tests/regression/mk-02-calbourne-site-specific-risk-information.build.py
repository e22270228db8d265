"""mk-02-calbourne-site-specific-risk-information

Provider (invented): Calbourne Fire and Rescue Service, Training Centre (Hensford Road) and its Community
Safety Education unit, applying to run the 2008-09 National Award for SEN Coordination, validated by the
(invented) University of Sallowmere.

Document kind and layout: the course written onto the Service's Site-Specific Risk Information (SSRI)
record, the form crews complete after a familiarisation visit under section 7(2)(d) of the Fire and
Rescue Services Act 2004. Ten numbered SSRI sections typed as bold capital Normal paragraphs (no heading
styles), each with the blank form's grey prompt left under it; label/value tables with shaded label
cells; header and footer. House vocabulary: the course is "the Premises", participants are "Occupants",
the three modules are "Compartments" C1-C3, the nine study days are "Familiarisation Days" FD1-FD9,
tutors are "Crew Commanders", the programme leader is the "Responsible Person", school mentors are "Key
Holders", the handbook is the "Premises Information Box" (a VML text box), assessed pieces are
"Tactical Exercises" TX1-TX4, each followed by a "hot debrief". The outcomes are Section 5's "Hazard
Register" (columns "Ref | Hazard (in our words) | Compartment | Control measure"), with merged shaded
Compartment group rows; its key is in numbered "Notes to the Hazard Register" BELOW the table: note 3
defines "(debrief only)" as discussed at the hot debrief but not marked; note 4 defines a dash in the
Compartment column as not covered in any Compartment. Tracked changes: a whole deleted paragraph offering
Compartment 2 on-line (so there is no e-learning), a change inside one Hazard Register cell, an inserted
sentence adding a parent to the review board. Two Word comments. A placeholder award rule.

Traps (requirement ids):
- E.2 partially_met: 60 credits, but only 40 at Level 7; TX4's 20 credits are at Level 6.
- 1.1 partially_met: aims are about safety and health ("safer and healthier"); achievement appears only
  as a belief ("We believe every child can achieve"); ECM's five outcomes not in the aims.
- 2.2 partially_met: a self-assessment before FD1 used only to form crews of mixed experience; no
  individual plan.
- 2.3 met: "Direct Access" assessment-only route in exceptional circumstances (the provider's own name).
- 2.5 not_met: follow-on "Recall Day" only intended ("We intend in future years").
- 3.1 partially_met: equality only as a general policy statement, no adjustments arrangement.
- 3.2 partially_met: one September intake, fixed order, Thursdays only; only deferral of C3 is flexible.
- 3.3 not_applicable: the on-line Compartment 2 paragraph is a tracked deletion; "There is no on-line
  element" stands.
- 4.3 met: review board with headteachers, LA officer and (by tracked insertion) a parent representative.
- 5.5 partially_met: specialist speakers yes; placements were the pilot year's past arrangement, ended.
- 5.9 partially_met: pupil progress data in TX4, but "We do not at present measure" Occupants'
  confidence or competence change beyond the marks.
- 6.0 not_met: the award rule is a placeholder "[Award rule to be confirmed by the University]" and a
  comment; no rule stated.
- 1.9 partially_met: eight hazards debrief only or untaught, two absent.
- 6.A1, 6.A6, 6.K9, 6.S2a, 6.S2c, 6.S8 partially_met: "(debrief only)", key in notes below the table.
- 6.A4 partially_met: its control cell "TX3" deleted, "TX3 (debrief only)" inserted by tracked change.
- 6.S4 partially_met: assessed in TX4 but a dash in the Compartment column (assessed, not taught).
- 6.S6 not_met: "No control measure recorded" and a dash: neither taught nor assessed.
- 6.K2 not_met: no Hazard Register row, Compartment or TX deals with Every Child Matters.
- 5.3 met: the Vetting Officer checks each Occupant's enhanced CRB disclosure (plain, in the body).
- Header, footer, grey prompts and comments are never evidence.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _mk_helpers import *

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc(font="Calibri", size=10)
header_footer(d, "CALBOURNE FIRE AND RESCUE SERVICE  \u2013  OPERATIONAL RISK INFORMATION  \u2013  SSRI RECORD",
              "Review date: November 2009   |   NOT PROTECTIVELY MARKED   |   Every hazard on these premises is controlled")


def sec(n, name, prompt_text):
    title(d, f"{n}. {name}", size=11, shade="C00000")
    d.paragraphs[-1].runs[0].font.color.rgb = RGBColor.from_string("FFFFFF")
    prompt(d, prompt_text)


def kv(rows):
    t = table(d, [["", ""]] + rows, widths=[5, 12], header_fill=None)
    t._tbl.remove(t.rows[0]._tr)
    for r in t.rows:
        shade(r.cells[0], "F2F2F2")
        for p in r.cells[0].paragraphs:
            for rr in p.runs:
                rr.bold = True
    return t


para(d, "CALBOURNE FIRE AND RESCUE SERVICE", bold=True, size=14, space_after=0)
para(d, "SITE-SPECIFIC RISK INFORMATION (SSRI) RECORD", bold=True, size=12, space_after=0)
para(d, "Gathered under section 7(2)(d) of the Fire and Rescue Services Act 2004", italic=True, size=8)
para(d, "This record is submitted to the TDA's approval panel by the Service's Training Centre and Community "
        "Safety Education unit for the National Award for SEN Coordination, 2008-09. Our crews write an SSRI "
        "record for every building where firefighters might have to work: what is there, who is there, what "
        "can go wrong and what controls it. We have written one for our course, which we call the Premises, "
        "because that is how our Service plans. The Hazard Register in Section 5 is the list of national "
        "outcomes, and its notes follow it.")

sec(1, "PREMISES DETAILS", "Name, address, use, owner/occupier, hours of occupation. Use block capitals.")
kv([
    ["Premises name", "Calbourne Award for SEN Coordination (the National Award for SEN Coordination)"],
    ["Address", "Calbourne Fire and Rescue Service Training Centre, Hensford Road, Calbourne"],
    ["Use", "Part-time course for serving and newly appointed SENCOs: three Compartments, nine Familiarisation "
     "Days, four Tactical Exercises, over one school year"],
    ["Owner (accreditation)", "University of Sallowmere, Faculty of Education and Society. The University approved "
     "the Premises at its validation panel of 11 September 2008. It carries 60 credits: TX1, TX2 and TX3 carry "
     "40 credits at Level 7 (masters level) and TX4 carries 20 credits at Level 6."],
    ["Occupier (delivery)", "Calbourne Fire and Rescue Service: the Training Centre with the Community Safety "
     "Education unit"],
    ["Responsible Person", "Station Manager (Education) Mrs Janet Okonedo, programme leader"],
    ["Hours of occupation", "Familiarisation Days run on Thursdays, 9.00 to 4.00, at Hensford Road"],
    ["Risk level", "3 (highest): the work affects children who are among the most vulnerable in the county"],
])

sec(2, "WHY THIS PREMISES MATTERS", "Describe why the site is a risk to firefighters or the public.")
para(d, "Our Community Safety Education unit has worked in special schools and with children with SEN "
        "for ten years through the fire-setter scheme, the \u2018Safe at Home\u2019 visits for disabled "
        "children and our youth engagement work. Children with SEN and disabilities are over-represented in "
        "every risk group we see. The aim of the Premises is to make schools safer and healthier places for "
        "pupils with SEN and disabilities, so that they are protected from harm, cared for by adults who "
        "understand their needs, and kept in school. We believe every child can achieve, whatever their "
        "starting point.")
para(d, "How the Premises came about. In 2006 the Service's Community Safety Education unit began running "
        "twilight sessions for SENCOs on fire safety for pupils with SEN and disabilities, and on how to plan "
        "evacuation for pupils who use wheelchairs or who cannot hear an alarm. The SENCOs who came asked for "
        "more: training for the whole of their role, close to home, from people who knew their schools. In "
        "2007-08 the Service ran a pilot, not accredited, for twelve SENCOs with help from the University of "
        "Sallowmere, and the University then agreed to validate a full course. The Training Centre already "
        "runs accredited courses for the Service's own officers with two universities, has teaching rooms, a "
        "library and an ICT room, and is used by schools every week of the year.")
para(d, "The objectives of the Premises are that each Occupant leaves able to lead their school's provision "
        "for pupils with SEN, to keep those pupils safe and well, and to work with parents and with the "
        "other services who support them.")

sec(3, "OCCUPANCY AND ACCESS", "Number of persons, sleeping risk, persons requiring assistance, access "
    "points, key holders.")
para(d, "Who may enter. Occupants must hold Qualified Teacher Status and be, or be about to become, the SENCO of "
        "a school. Each applicant sends the Service's application form with a statement from the headteacher "
        "agreeing release for the nine Familiarisation Days and naming a Key Holder (a mentor in school). The "
        "Responsible Person and a University tutor interview each applicant for twenty minutes and check that "
        "they have at least one year's teaching of pupils with SEN; an applicant who has not is offered a "
        "place the following year and the Service's one-day SEN Awareness course in the meantime.")
para(d, "Vetting. The Centre's Vetting Officer checks the number and date of every accepted Occupant's "
        "enhanced CRB disclosure against the County's record before Familiarisation Day 1, and asks the "
        "headteacher to confirm List 99 clearance in writing. An Occupant without a current enhanced "
        "disclosure cannot start until one is issued.")
para(d, "Previous occupation (prior learning). An Occupant may claim up to 20 credits towards the Premises for "
        "earlier certificated study at Level 7 on SEN, or for experience, shown in a portfolio that maps what "
        "they have done against the Hazard Register. Claims go to the University of Sallowmere's APL/APEL "
        "panel, which meets in October; a successful claim exempts the Occupant from TX1.")
para(d, "Direct Access. In exceptional circumstances a SENCO with at least three years in post and strong "
        "evidence of their practice may be admitted by Direct Access: they attend no Familiarisation Days, "
        "submit TX1 to TX4 in the normal way and take a one-hour professional discussion with the Responsible "
        "Person and a University tutor. The University's admissions tutor decides each Direct Access "
        "application on the evidence; we expect no more than two a year.")
para(d, "Before Familiarisation Day 1 each Occupant fills in a self-assessment against the Hazard Register. "
        "The Responsible Person reads these to put Occupants into crews of mixed experience for group work, "
        "and they are kept on file.")
para(d, "Persons requiring assistance. The Training Centre follows the Service's Equality and Diversity "
        "Policy and welcomes applications from everyone. We are committed to equality of opportunity for all "
        "Occupants.")

sec(4, "CONSTRUCTION AND LAYOUT", "Number of floors, compartmentation, construction type, roof, basements, "
    "lifts, voids.")
para(d, "The Premises is built in three Compartments, taken in order over one school year, starting each "
        "September. Each Compartment has three Familiarisation Days at Hensford Road and ends with a Tactical "
        "Exercise done in the Occupant's own school. There is no on-line element: all Familiarisation Days are "
        "at the Training Centre. An Occupant who cannot finish in the year may defer Compartment 3 to the "
        "following year.")
del_para(d, "Occupants who cannot attend on Thursdays may take Compartment 2 on-line through the Calbourne "
            "Learning Gateway, with a Crew Commander answering questions in its forum each week.",
         author="J. Okonedo")
t = table(d, [
    ["FD", "What is covered", "Who leads"],
    ["COMPARTMENT 1: FOUNDATIONS", None, None],
    ["FD1", "The SENCO's role; SEN law and guidance: the Education Act 1996, the SEN Code of Practice 2001 "
     "and its Toolkit, the Disability Discrimination Act 1995 and the Disability Equality Duty; current "
     "policy including Removing Barriers to Achievement and the Inclusion Development Programme.",
     "Responsible Person; County SEN Officer"],
    ["FD2", "Research and inspection: what Ofsted's Inclusion: does it matter where pupils are taught? (2006) "
     "and the Bercow Review (2008) tell a SENCO; reading and using research; the Occupant's own CPD.",
     "University tutor"],
    ["FD3", "Communication: writing for colleagues and parents, presenting to staff; planning TX1.",
     "Crew Commander"],
    ["COMPARTMENT 2: PUPILS AND PARTNERS", None, None],
    ["FD4", "How children develop and how SEN, disability and environment affect development; the common "
     "kinds of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their effect on learning.",
     "Educational psychologist"],
    ["FD5", "Consulting pupils: talking mats, pupil-led reviews, how to hear pupils who do not use speech; "
     "involving pupils in their own targets. Working with parents and carers, with the Parent Partnership "
     "Service.", "Crew Commander; Parent Partnership"],
    ["FD6", "Assessment and teaching: approaches, strategies, resources and ICT; identifying pupils, targets, "
     "interventions and review; other agencies and voluntary organisations in Calbourne.",
     "Crew Commander; CAMHS; Sensory Service"],
    ["COMPARTMENT 3: LEADING PROVISION", None, None],
    ["FD7", "Provision mapping, finding gaps; summative data and national tests; access arrangements for "
     "tests and examinations; school self-evaluation and SEN.", "University tutor"],
    ["FD8", "Leading colleagues: advising and supporting teachers, coaching and mentoring, leading training; "
     "gaining the commitment of the head and senior team; working with governors on policy and budget.",
     "Responsible Person"],
    ["FD9", "Managing yourself: priorities, time, delegation, decisions; TX4 presentations.",
     "Crew Commander"],
], widths=[1.5, 11, 4.5])
for i in (1, 5, 9):
    c = t.cell(i, 0).merge(t.cell(i, 2))
    cell_text(c, c.text.strip(), bold=True)
    shade(c, "FCE4D6")
para(d, "Dates for the first intake", bold=True)
table(d, [
    ["Compartment", "Familiarisation Days", "Tactical Exercise due"],
    ["C1 Foundations", "FD1 18 Sept 2008; FD2 9 Oct 2008; FD3 6 Nov 2008", "TX1: 8 December 2008"],
    ["C2 Pupils and Partners", "FD4 15 Jan 2009; FD5 5 Feb 2009; FD6 5 Mar 2009", "TX2: 30 March 2009"],
    ["C3 Leading Provision", "FD7 30 Apr 2009; FD8 21 May 2009; FD9 2 July 2009", "TX3: 15 June 2009; TX4: 2 July 2009"],
], widths=[4, 8, 5])
para(d, "Between Familiarisation Days each Occupant carries out the directed task set on the day in their own "
        "school, with their Key Holder, and brings the outcome to the next day: for example after FD5 a pupil "
        "conversation, after FD6 a meeting with a parent, after FD8 leading a staff briefing. The Tactical "
        "Exercises are all carried out in the Occupant's school, so the Premises always links what is taught "
        "to what the Occupant does with pupils, colleagues and parents, and TX4 requires the Occupant to "
        "change something in their school's provision and show the result.")
para(d, "Each Occupant chooses the pupil for TX2 and the focus of TX3 and TX4 from their own school's "
        "development plan, and has a one-to-one tutorial with their Crew Commander in each Compartment. The "
        "fee is \u00a3950, of which Calbourne Children's Services pays half for county schools; the Training "
        "Centre provides rooms, catering and the library at no extra charge.")

sec(5, "HAZARDS", "List each hazard, its location and the control measure. Use the hazard codes in the "
    "Operational Risk Information Guide.")
para(d, "Hazard Register. Each hazard is one of the national outcomes, in our words. The notes after the "
        "register explain how it is read.")
hz = [["Ref", "Hazard (in our words)", "Compartment", "Control measure"],
      ["ATTRIBUTES", None, None, None],
      ["A1", "Building fair, respectful and supportive relationships with pupils with SEN and their families", "C2", "TX2 (debrief only)"],
      ["A2", "Gaining the commitment of colleagues, the head and the senior team", "C3", "TX4"],
      ["A3", "Prioritising, managing time and delegating", "C3", "TX3"],
      ["A4", "Anticipating and resolving problems; sound judgements about provision", "C3", None],
      ["A5", "Clear speech and writing; listening to others' views", "C1", "TX1; TX4 presentation"],
      ["A6", "Using research and outside advice to improve practice", "C1", "TX1 (debrief only)"],
      ["A7", "Keeping up to date; owning your CPD on SEN and disability", "C1", "TX4"],
      ["KNOWLEDGE", None, None, None],
      ["K1", "SEN law and guidance, the Code of Practice, and putting them into practice", "C1", "TX1"],
      ["K3", "Disability equality law and what it requires", "C1", "TX1"],
      ["K4", "How children develop; how SEN, disability and environment affect development", "C2", "TX2"],
      ["K5", "The common kinds of SEN and disability and their effect on learning", "C2", "TX2"],
      ["K6", "Approaches, strategies and resources, including ICT, for assessment, planning and teaching", "C2", "TX2"],
      ["K7", "School self-evaluation and improvement for SEN", "C3", "TX3"],
      ["K8", "Best practice and research on meeting SEN", "C1", "TX1"],
      ["K9", "Other agencies: their scope and role; getting specialist help", "C2", "TX2 (debrief only)"],
      ["SKILLS", None, None, None],
      ["S1", "With the head and governors, shaping an inclusive ethos, policy, priorities and resources", "C3", "TX4"],
      ["S2", "Identifying pupils, setting targets, planning interventions, reviewing progress", "C2", "TX2"],
      ["S2a", "Using other professionals' assessments in teaching", "C2", "TX2 (debrief only)"],
      ["S2b", "Using summative data and national tests to track progress", "C3", "TX3"],
      ["S2c", "Encouraging colleagues' formative assessment for pupils with SEN", "C2", "TX2 (debrief only)"],
      ["S2d", "Access arrangements for tests and examinations, in good time", "C3", "TX3"],
      ["S3", "Provision mapping; finding missing or ineffective provision", "C3", "TX3"],
      ["S4", "Deploying and managing staff", "\u2014", "TX4"],
      ["S5", "Supporting colleagues' development: coaching, mentoring, training", "C3", "TX4"],
      ["S6", "Reviewing provision with staff to feed school self-evaluation", "\u2014", "No control measure recorded"],
      ["S7", "Involving pupils in planning and reviewing their provision", "C2", "TX2"],
      ["S8", "Liaising with parents and carers", "C2", "TX2 (debrief only)"],
      ["S9", "Working with other services, agencies and voluntary organisations", "C2", "TX2"]]
t = table(d, hz, widths=[1.3, 10.2, 2.3, 3.2])
for i, r in enumerate(hz):
    if r[1] is None and i:
        c = t.cell(i, 0).merge(t.cell(i, 3))
        cell_text(c, r[0], bold=True)
        shade(c, "D9D9D9")
a4 = t.cell(5, 3)
a4.text = ""
pa = a4.paragraphs[0]
dele(pa, "TX3", author="J. Okonedo")
ins(pa, "TX3 (debrief only)", author="J. Okonedo")
para(d, "Notes to the Hazard Register", bold=True)
for n in [
    "1. Refs follow the order of the national outcomes.",
    "2. Compartment: where the hazard is taught (C1, C2 or C3).",
    "3. Control measure: the Tactical Exercise whose marking criteria include the hazard. Where the entry reads "
    "\u201c(debrief only)\u201d, the hazard is talked through at the hot debrief after that Tactical Exercise "
    "but is not in its marking criteria and is not marked.",
    "4. A dash (\u2014) in the Compartment column means the hazard is not covered in any Compartment.",
    "5. The register is reviewed by the Premises Review Board each year.",
]:
    para(d, n, size=9, space_after=1)

sec(6, "TACTICAL PLAN", "Tactical considerations for crews: first attendance, water, access, hazards to "
    "crews, firefighting media.")
para(d, "There are four Tactical Exercises (TX). Each is marked against published criteria and is followed "
        "by a hot debrief: a forty-minute discussion with the Crew Commander of what went well and what "
        "the Occupant would do differently, which is recorded but is not marked.")
for t_ in [
    "TX1 \u2013 Policy Review (3,000 words, end of C1): the Occupant's school's SEN and disability policies "
    "judged against the law, guidance and research.",
    "TX2 \u2013 Pupil Conversation and Case Record (4,000 words, end of C2): one pupil with SEN, with the "
    "pupil's own views gathered by the Occupant, the assessments made, the targets set and the review.",
    "TX3 \u2013 Provision Audit (4,000 words with the provision map, end of C3): an audit of the school's "
    "provision using the school's data, test results and provision map, with a plan of what to change.",
    "TX4 \u2013 School Development Project (5,000 words and a 15-minute presentation, end of year): the "
    "Occupant leads a change in their school with colleagues and the senior team and shows its effect on "
    "pupils, using pupils' progress data from before and after.",
]:
    para(d, "- " + t_, space_after=2)
para(d, "The marking criteria for each TX are printed in the Premises Information Box with the hazards they "
        "cover. Each criterion is marked Secure, Developing or Not shown; a TX passes when every criterion is "
        "at least Developing and half are Secure. An Occupant whose TX does not pass has a tutorial with the "
        "Crew Commander and may resubmit once within six weeks. Work is submitted on paper and by e-mail to the "
        "Centre, and marks and written feedback are returned within four weeks.")
para(d, "Marking. Each TX is marked by the Occupant's Crew Commander and second-marked by a University tutor. "
        "The University's moderator samples a quarter of all scripts and every fail, and the external examiner "
        "appointed by the University, Dr Rachel Threlfall of Kingsmere University, reviews a sample and "
        "attends the Examination Board. Crew Commanders and University tutors meet before each marking round "
        "to agree marks on three sample scripts.")
p = para(d, "Award rule: [Award rule to be confirmed by the University]")
comment(d, p, "University registry to send the wording. Pass all four TX? Or average 50%?",
        author="J. Okonedo", initials="JO")

textbox(d, [("PREMISES INFORMATION BOX", True),
            ("Kept at reception and issued to every Occupant on FD1: the Occupant Handbook, the TX briefs and "
             "marking criteria, the Hazard Register, the Key Holder's Card, the reading list and the dates.", False)],
        height_pt=70, fill="E2EFDA")

sec(7, "WATER SUPPLIES AND RESOURCES", "Hydrants (location, type, flow), open water, dry/wet risers, "
    "sprinklers.")
para(d, "Resources. Occupants use the Training Centre's SEN library (about 600 titles and a set of "
        "assessment and intervention materials), the University of Sallowmere's library and electronic "
        "journals on their University log-in, the Centre's ICT room, and an assistive technology bank lent by "
        "the County's Sensory and Physical Service for FD6 (speech recognition, text-to-speech, switches, "
        "symbol software).")
p = para(d, "Specialist input. Speakers from the Educational Psychology Service, CAMHS, the Sensory and "
            "Physical Service, the Speech and Language Therapy team and the Parent Partnership Service lead "
            "parts of Compartment 2. In the pilot year (2007-08) Occupants spent two days at Greyfriars "
            "Special School; that arrangement ended when the school was reorganised and is not part of the "
            "Premises.")
comment(d, p, "Could Fernbank take placements from September 2009?", author="K. Marsh", initials="KM")

sec(8, "CONTACTS AND KEY HOLDERS", "Names and telephone numbers of key holders and responsible persons; "
    "out-of-hours contact.")
table(d, [
    ["Name", "Role", "Qualifications and experience"],
    ["Mrs Janet Okonedo", "Responsible Person (programme leader)", "SENCO for nine years in Calbourne "
     "schools; MA Special Educational Needs; OCR Certificate in SpLD; seconded to the Service from the "
     "County's Inclusion Service in 2007"],
    ["Dr Martin Sayle", "Crew Commander (University tutor)", "Senior lecturer in inclusive education, "
     "University of Sallowmere; research on pupil voice; former deputy head of a special school"],
    ["Ms Claire Hebden", "Crew Commander", "Advisory teacher for ASD, Calbourne; former SENCO; "
     "MEd Autism"],
    ["Mr Rob Keane", "Crew Commander", "Educational psychologist, Calbourne EPS"],
    ["Mrs Keeley Marsh", "Community Safety Education Manager", "Runs bookings, the Centre and liaison with "
     "schools"],
], widths=[3.5, 4.5, 9])
para(d, "Key Holders are experienced SENCOs, assistant heads or deputy heads in the Occupant's own school "
        "or a neighbouring one, agreed by the headteacher on the application form. A Key Holder meets the "
        "Occupant at least twice in each Compartment, watches the Occupant lead the staff briefing after FD8, "
        "and signs each directed task to confirm it was done in school. Where a school cannot name a Key "
        "Holder, the Responsible Person finds one from the network of former pilot Occupants.")
para(d, "Crew Commanders keep their knowledge current through the University's research seminars, their own "
        "services' CPD and an annual Crew update day in July.")
para(d, "Knowing their roles. Every Crew Commander has the Crew Handbook, setting out each role, the TX "
        "criteria and the marking and moderation procedures, and attends the University's assessor training "
        "before marking. Key Holders receive the Key Holder's Card, which lists what they do after each "
        "Familiarisation Day and what they confirm on each directed task, and attend a twilight briefing at "
        "Hensford Road in September.")

sec(9, "SALVAGE AND AFTER THE INCIDENT", "Salvage priorities, environmental protection, post-incident "
    "recovery.")
para(d, "We intend in future years to offer graduates a Recall Day a year after they finish, and to talk "
        "with each of them then about their next steps.")

sec(10, "REVIEW", "Date of next review; changes since the last visit; who was consulted.")
para(d, "Who was consulted. Before we built the Premises the Community Safety Education unit surveyed the "
        "SENCOs of all 112 Calbourne schools (74 replied) in the spring of 2008: 52 had had no training for the "
        "role, and most asked for training on leading colleagues and on provision mapping. The County's review "
        "of SEN provision (2007) found that provision maps were weak in two schools in three. Both shaped "
        "Compartment 3.")
para(d, "What the consultees changed. At two planning meetings in June 2008, headteachers asked that every "
        "Tactical Exercise be carried out in the Occupant's own school, which is why all four are; the "
        "Parent Partnership Service asked for the FD5 session with parents; and SENCOs asked for Thursdays, "
        "which suit most schools' timetables.")
p = para(d, "The Premises Review Board (two headteachers, the County SEN Officer, a former Occupant and the "
            "Responsible Person) meets after each Compartment, reads the Occupants' evaluations and the TX "
            "results, and agrees changes for the next Compartment and the next year. ")
ins(p, "A parent representative from Calbourne Parent Partnership joined the Board in November 2008.",
    author="K. Marsh")
para(d, "Quality. Occupants complete an evaluation at the end of every Familiarisation Day and every "
        "Compartment; the Crew Commanders meet after each TX marking round to look at the results; the "
        "external examiner reports each year; the University's annual monitoring and the Service's own "
        "quality audit review the Premises; and the Review Board's changes are reported back to Occupants. "
        "TX4 measures the effect of each Occupant's project on pupils' progress. We do not at present measure "
        "changes in Occupants' confidence or competence other than through their TX marks.")
para(d, "Next review: November 2009.          Record completed by: J. Okonedo, Responsible Person")

d.save(OUT)
print("wrote", OUT)
