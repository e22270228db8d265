"""os-01-morlandshire-atlas-instructions: build the .docx next to this script.

Provider (invented): Morlandshire Ornithological Society (MOS), Education Committee, with the University of
Hethersett's School of Education validating. A county birdwatching and ornithological society that runs a county
breeding-bird atlas writes its SENCO course as the atlas's "Fieldwork Instructions for Tetrad Volunteers", Award
edition 3, for the 2009-10 year, sent whole as its application with a short covering note to the panel.

Kind of document and layout: a bird atlas fieldwork handbook. Heading styles (Heading 1 / Heading 2) carrying the
handbook's own titles, with hand-typed section numbers that collide with requirement ids ("2.3 Roving Records",
"2.5 Counting earlier records", "5.3 Permission and access", "5.4 Safety, and the Birdwatchers' Code"). The atlas's
own vocabulary throughout: Tetrad Volunteers (participants), home tetrad (own school), Atlas Organiser (programme
leader), Regional Organisers or ROs (tutors), Tetrad Mentors (school mentors), Atlas Days AD1-AD7 (taught days),
Specialist Hides (optional afternoon sessions), Timed Tetrad Visits TTV1-TTV4 (school-based tasks), Roving Records
(unmarked notes), Tetrad Returns R1-R3 (the marked assessments), Validators and the Validation Panel (second marking
and moderation), the Starting Survey and "Your Atlas Plan" (needs assessment and individual plan), "Next season".
A glossary table; a year calendar table with merged, shaded season band rows; bulleted lists; a VML text box (the
Birdwatchers' Code and the Young Birders' Club CRB checks); three Word comments; two footnotes; tracked changes (an
inserted standardising sentence, a deleted peer-discussion sentence, deletions and insertions inside three cells of
the register); header and footer (with a PAGE field); a landscape last section holding the Species Register: 29
rows under three merged band rows, one row per national outcome under a bird's name, never with an outcome code,
columns "Found on" (where it is worked on) / "Code" / "Confirmed in" (which Return assesses it). The codes are keyed
only in section 4, far above the register: NY = CONFIRMED (worked on and assessed in a marked Return), T = PROBABLE
(practised in a TTV with RO comment, not marked), H = POSSIBLE (touched on at an Atlas Day only), "-" = not recorded.

Traps (requirement ids):
- Covering note's blanket claim "The Atlas covers every one of the national outcomes" and the award paragraph's
  "Our aim is that by the end of the Atlas every species on the Register is Confirmed" against a register in which
  five outcomes are not Confirmed and two not recorded (1.9 partially_met, 6.0 partially_met: the award rule is
  "pass all three Returns", not all outcomes shown).
- "2.3 Roving Records": numbered like 2.3; Roving Records are unmarked notes, and the section says plainly "the
  Society does not offer a route by which a Volunteer's Returns are assessed without taking part in the Atlas Days"
  (2.3 not_met, negation).
- 5.3 heading is about heads' permission, not criminal records. The CRB check exists only for the Society's Young
  Birders' Club leaders (in the text box: right words about the wrong people), and the body says "The Society does
  not itself check Volunteers' CRB disclosures" because employers will have (5.3 not_met).
- A comment asks whether the Young Birders' CRB system could cover Volunteers (comment: not evidence; 5.3).
- Access section is about buildings only (level access, hearing loop, hide ramp); a comment asks to add reasonable
  adjustments for assessment and disclosure (comment: not evidence) (3.1 partially_met).
- Atlas Online (Blackboard) makes 3.3 apply. Tutor email support between Atlas Days is real; peer discussion exists
  only in a deleted tracked sentence; the footer claims a same-day helpdesk (footer: not evidence)
  (3.3 partially_met).
- Stakeholders: a concrete 2008 questionnaire and LA data (4.1 met) and concrete changes they caused (4.2 met);
  involvement in delivery is concrete (Tetrad Mentors, guest speakers) but in evaluation only "We would welcome the
  views ... and will look for ways to involve them"; a comment says the LA's place on the Steering Group is "Not yet
  agreed" (4.3 partially_met).
- Research: only "The ROs keep the Atlas Days in step with current research and inspection findings" with no
  research or inspection evidence named (1.3 partially_met).
- Pupil voice: only a forty-minute introduction on AD6 (1.5 partially_met; 6.S7 POSSIBLE -> partially_met).
- Placements: special-school day only "where places allow" and the Society "will try to arrange" it
  (5.5 partially_met).
- Impact: confidence ratings compared each year (competence and confidence met) but pupil measures "are not
  collected by the Society; we hope in time ..." (5.9 partially_met).
- Inserted tracked sentence adds a standardising session (5.8 met; the rest of the moderation is there anyway).
- Footnote carries the external examiner's name (5.8 met without it) and the pilot's old five Returns (4.2 context).
- Register: K3 disability equality law is "Confirmed in R1" (R1 asks for the disability equality scheme and
  accessibility plan) but "Found on" is a dash and AD2 never teaches it (6.K3 assessed not taught ->
  partially_met). A3 time budget is T in TTV3 (6.A3 partially_met, formative only). S2b tracking with national tests
  is T in TTV4 (6.S2b partially_met). A7 is H on AD7 (6.A7 partially_met). S7 is H (6.S7 partially_met).
- Register S2c row: "TTV3", "NY" and "R3" deleted and replaced with dashes (tracked changes in cells): formative
  assessment with colleagues is not recorded anywhere else (6.S2c not_met).
- S2d: row all dashes; the body says access arrangements "are made by each school's examinations officer and are
  not part of the Atlas" (someone else's responsibility); a comment agrees (6.S2d not_met).
- Section numbers and headings look like requirement ids throughout (2.3, 2.5, 5.3): not evidence in themselves.
Expected: 43 met, 14 partially_met, 4 not_met, 0 not_applicable.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from _os_helpers import (add_run, add_ins, add_del, deleted_paragraph, comment, Footnotes, text_box, shade,
                         set_cell, table, band_row, page_field, landscape_section, portrait_a4)

HERE = Path(__file__).parent
NAME = "os-01-morlandshire-atlas-instructions"
ED = "Ruth Gadsby"
JM = "J. Marsh (UoH link tutor)"
D1 = "2009-02-11T09:12:00Z"
D2 = "2009-02-17T16:40:00Z"

doc = Document()
portrait_a4(doc)
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
fn = Footnotes(doc)

# header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
add_run(hp, "MOS Education Committee  \u00b7  The SENCO Atlas 2009\u201310  \u00b7  Fieldwork Instructions, Award edition 3",
        size=8, italic=True)
fp = sec.footer.paragraphs[0]
add_run(fp, "Atlas Online helpdesk: weekday queries answered the same day, and a discussion board for Volunteers  \u00b7  page ",
        size=8)
page_field(fp)


def P(text="", style=None, bold=False, italic=False, size=None):
    p = doc.add_paragraph(style=style)
    if text:
        add_run(p, text, bold=bold, italic=italic, size=size)
    return p


def H1(t):
    return doc.add_heading(t, level=1)


def H2(t):
    return doc.add_heading(t, level=2)


def bullets(items, style="List Bullet"):
    out = []
    for it in items:
        p = doc.add_paragraph(style=style)
        if isinstance(it, tuple):
            add_run(p, it[0], bold=True)
            add_run(p, it[1])
        else:
            add_run(p, it)
        out.append(p)
    return out


# ------------------------------------------------------------------ title
t = doc.add_paragraph(style="Title")
add_run(t, "The SENCO Atlas 2009\u201310")
P("Fieldwork Instructions for Tetrad Volunteers", style="Subtitle")
P("National Award for SEN Coordination  \u00b7  Morlandshire Ornithological Society, Education Committee  \u00b7  "
  "validated by the University of Hethersett", italic=True)

P("To the TDA approval panel", bold=True)
P("The Society's Education Committee has run courses for Morlandshire teachers since 1994, mostly in outdoor "
  "learning. In 2007\u201308 eleven teachers took a SENCO course we built on the model of our county breeding atlas, "
  "and they asked us to keep the model. What follows is the handbook every Volunteer receives on the first Atlas "
  "Day, in the Society's own words. The Atlas covers every one of the national "
  "outcomes: the Species Register at the back shows where each of them is found.")
P("The University of Hethersett's School of Education validated the Award at an event on 3 March 2009 as a "
  "60-credit programme at masters level (Level 7). Volunteers register as students of the University, which "
  "confers the Award; the Society and the University deliver it together under a memorandum of agreement.")
P("Dr Ruth Gadsby, Atlas Organiser", italic=True)

# ------------------------------------------------------------------ 1
H1("1. Welcome to the Atlas")
P("An atlas maps what is really there, square by square, and is done again some years later to show what has "
  "changed. The SENCO Atlas asks each Volunteer to do the same for pupils with special educational needs and "
  "disabilities in their own school: find out what is there, change something, and show what difference the "
  "change made to the pupils. The Atlas has three aims:")
bullets([
    "to raise the achievement of pupils with SEN and/or disabilities in Volunteers' schools in all five Every Child "
    "Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive contribution and "
    "achieving economic well-being), not in test results alone;",
    "to give Volunteers the knowledge, understanding and skills to lead the coordination of SEN provision in their "
    "school;",
    "to make every piece of assessed work a record of change for real pupils.",
])
P("Every Tetrad Return (section 6) must show what changed for named pupils, with at least one measure of "
  "well-being as well as one of attainment. A Return that does not do so is sent back unmarked.")

# ------------------------------------------------------------------ 2
H1("2. How the Atlas year works")
H2("2.1 Words we use")
P("The Atlas keeps the county atlas's words.")
table(doc, [
    ["Atlas word", "What it means on the Award"],
    ["Tetrad Volunteer (Volunteer)", "A teacher taking the Award."],
    ["Home tetrad", "The Volunteer's own school."],
    ["Atlas Organiser", "The programme leader, Dr Ruth Gadsby."],
    ["Regional Organiser (RO)", "A tutor. Each RO looks after a group of up to eight Volunteers."],
    ["Tetrad Mentor", "A senior colleague in the Volunteer's school who meets them at least twice a term."],
    ["Atlas Day (AD1\u2013AD7)", "A taught day at the Society's Field Centre at Hollin Carr, repeated in a host school."],
    ["Timed Tetrad Visit (TTV1\u2013TTV4)", "A structured piece of practical work in the home tetrad."],
    ["Roving Record", "A short note of anything else the Volunteer does in school. Not marked."],
    ["Tetrad Return (R1\u2013R3)", "A marked piece of work, each worth 20 credits."],
    ["Species Register", "The table at the back of this handbook: the 29 national outcomes, each under a bird's name."],
], widths=[5, 11.5])

H2("2.2 The two seasons")
P("A county atlas has a Winter period and a Breeding season. So has the SENCO Atlas. The table shows the "
  "September start; dates are for 2009\u201310.")
cal = table(doc, [
    ["Month", "Atlas Day", "In your home tetrad", "Return due"],
    [None, None, None, None],
    ["September", "AD1 Setting out (Sat 19 Sept)", "Starting Survey; Your Atlas Plan agreed", ""],
    ["October", "AD2 The law of the land (Sat 17 Oct)", "TTV1 Walking the tetrad", ""],
    ["November", "AD3 How pupils grow (Sat 21 Nov)", "TTV1 continues", ""],
    ["December", "", "TTV2 One pupil, close up", ""],
    ["January", "", "TTV2 continues", "R1 Winter Return, 15 January"],
    [None, None, None, None],
    ["February", "AD4 Finding and tracking (Sat 6 Feb)", "Atlas Plan reviewed", ""],
    ["March", "AD5 Mapping the provision (Sat 13 Mar)", "TTV3 Working with colleagues", ""],
    ["April", "", "TTV4 The change project begins", "R2 Spring Return, 30 April"],
    ["May", "AD6 Working with others (Sat 15 May)", "TTV4 continues", ""],
    ["June", "AD7 The Atlas Talks (Sat 26 June)", "Next season meeting with your head", ""],
    ["July", "", "", "R3 Breeding Season Return, 10 July"],
], widths=[2.6, 5.4, 5.4, 3.4])
band_row(cal, 1, "WINTER PERIOD", fill="DDEBF7")
band_row(cal, 7, "BREEDING SEASON", fill="E2EFDA")
P("")
P("Every Atlas Day is held on a Saturday at Hollin Carr and repeated on the following Wednesday in a host school; "
  "a Volunteer may come to either. A second season starts in January: Volunteers joining then take the Breeding "
  "season first and the Winter period the following autumn. Any Volunteer may spread the Atlas over two years, "
  "taking one season a year, and a Volunteer who falls ill or changes school may pause between seasons and "
  "rejoin the next group at the same point.")

H2("2.3 Roving Records")
P("Roving Records are notes of anything a Volunteer does in school outside the TTVs: a conversation with an "
  "educational psychologist, a parents' evening, a staff briefing. The RO reads them and comments at each Atlas "
  "Day. They are not marked and do not count towards the Award. Roving Records do not replace Atlas Days: the "
  "Society does not offer a route by which a Volunteer's Returns are assessed without taking part in the Atlas "
  "Days, however experienced the Volunteer. Experienced Volunteers are helped instead by the Starting Survey "
  "(2.4) and by credit for earlier records (2.5).")

H2("2.4 The Starting Survey and Your Atlas Plan")
P("Before AD1 every Volunteer completes the Starting Survey. For each of the 29 species on the Species Register "
  "they record whether it is already breeding in their practice (they do this confidently now), present (they "
  "know about it but have not yet done it) or not yet seen, with a line of evidence for each, and they rate their "
  "confidence from 1 to 5. The RO reads the Survey and, within three weeks of the start, meets the Volunteer and "
  "their Tetrad Mentor at the school. Together they write Your Atlas Plan: which TTVs will aim at which species, "
  "which Specialist Hides the Volunteer will choose, and three personal targets of the Volunteer's own beyond the "
  "national list. A Volunteer whose Survey shows a species already breeding spends the time on others; the RO "
  "still checks every Survey claim against the Volunteer's work, because a species marked breeding must still be "
  "Confirmed in a Return. The Plan is reviewed with the RO at the end of the Winter period.")

H2("2.5 Counting earlier records")
P("Volunteers who have passed masters-level modules in special educational needs in the last five years may "
  "apply to the University of Hethersett for accreditation of prior learning of up to 20 of the Award's 60 "
  "credits, normally in place of Return 1. Volunteers with substantial experience but no credit (for example a "
  "year as acting SENCO) may claim for prior experiential learning: a portfolio mapped against the species of the "
  "Return it would replace, assessed by two ROs and confirmed by the University's APL panel. Claims are made "
  "before the end of October, and the fee is \u00a360 a claim.")

H2("2.6 What the Atlas costs")
P("The fee is \u00a31,150 for the year. Morlandshire's local authority pays \u00a3600 of it for teachers in its "
  "maintained schools. Supply cover for the seven Atlas Days is met by the school; the Wednesday repeats let a "
  "school choose the day that costs it least. Because the Starting Survey steers each Volunteer's TTVs and "
  "Specialist Hides towards what they do not yet do, nobody spends the year on what they can already do. The "
  "Award's 60 credits count towards the University's MA in Inclusive Education for those who go on.")

H2("2.7 Who can volunteer")
P("The Atlas is for qualified teachers who are the SENCO of their school, or who will take up the role within the "
  "year, nominated by their headteacher. Applicants send the Tetrad Permission form (5.3) and a one-page statement "
  "of what they already do for pupils with SEN. The Atlas Organiser telephones every applicant and reads the "
  "statement against the Species Register. An applicant who has taught for less than two years, or whose statement "
  "shows too little knowledge of SEN to be likely to reach all the national outcomes in a year, is not turned away "
  "without help: the Atlas Organiser writes to them with guidance on what to do first (usually a term working "
  "alongside the school's present SENCO and the local authority's SEN induction sessions), talks this through with "
  "the headteacher, and offers them a place on the January start.")

# ------------------------------------------------------------------ 3
H1("3. Atlas Days")
P("There are seven Atlas Days. Each runs from 9.30 to 3.30 and is led by two ROs, with a guest specialist on most "
  "days. The ROs keep the Atlas Days in step with current research and inspection findings, and each day has a "
  "short reading list on Atlas Online. On AD3, AD4 and AD6 the afternoon divides into three Specialist Hides, "
  "chosen in Your Atlas Plan.")
days = [
    ("AD1 Setting out. ", "What is an atlas of SEN? The five Every Child Matters outcomes and the part a SENCO plays "
     "in helping pupils with SEN reach them; the SENCO's role in the SEN Code of Practice; keeping a field notebook "
     "(the reflective journal every Volunteer keeps all year) and writing clearly for heads and colleagues; building fair, respectful relationships with pupils "
     "and families."),
    ("AD2 The law of the land. ", "The Education Act 1996 as amended by the Special Educational Needs and "
     "Disability Act 2001; the SEN Code of Practice (2001): the graduated response, School Action and School Action "
     "Plus, statutory assessment, statements and annual reviews; Removing Barriers to Achievement (2004) and the "
     "Children Act 2004; Morlandshire's SEN policy and funding. Led with the authority's Principal Officer for SEN."),
    ("AD3 How pupils grow. ", "How children develop from the early years to adolescence, and how development is "
     "affected by SEN and disabilities and by the physical and social environment of the school; the most common "
     "kinds of need (behavioural, emotional and social difficulties, specific learning difficulties including "
     "dyslexia, speech, language and communication needs, autistic spectrum disorders and moderate learning "
     "difficulties) and what each means for learning. Specialist Hides: language and communication (with a speech "
     "and language therapist); dyslexia; autism."),
    ("AD4 Finding and tracking. ", "Identifying pupils who may have SEN from observation, data and assessment; "
     "setting challenging targets; planning and reviewing interventions; using reports from educational "
     "psychologists, therapists and advisory teachers to shape teaching; approaches, strategies and resources for "
     "assessment, planning and teaching, including ICT, and how to judge them critically; using national test "
     "results and teacher assessment to track progress. Specialist Hides: ICT and assistive technology; "
     "numeracy; behaviour."),
    ("AD5 Mapping the provision. ", "Provision mapping and management, and finding ineffective or missing "
     "provision; school self-evaluation, the self-evaluation form and where outcomes for pupils with SEN fit in it; "
     "reviewing provision with colleagues; working with the head, senior leaders and governors on the SEN policy, "
     "the school's priorities and its resources; winning colleagues' commitment. Guests: a headteacher and a "
     "governor."),
    ("AD6 Working with others. ", "Parents and carers as partners, with the Morlandshire Parent Partnership "
     "Service; outside agencies (educational psychology, the child and adolescent mental health service, school "
     "nurses, social care, voluntary organisations such as the county Dyslexia Association) and how to get their "
     "support and resources; the Common Assessment Framework; deploying and managing teaching assistants; "
     "supporting colleagues by observation, feedback and coaching. The day ends with a forty-minute introduction "
     "to involving pupils in planning and reviewing their own provision. Specialist Hides: working with parents; "
     "teaching assistants; the CAF."),
    ("AD7 The Atlas Talks. ", "Each Volunteer gives a fifteen-minute Atlas Talk on their Return 3 project to their "
     "group, an RO and a Validator, and answers questions for ten minutes. The day ends with Next season "
     "(section 10)."),
]
bullets(days)

# ------------------------------------------------------------------ 4
H1("4. Breeding evidence: the codes we use")
P("In a bird atlas every species in a tetrad is given the highest category of evidence found for it. The Species "
  "Register at the back of this handbook does the same for the 29 national outcomes, which the Society calls "
  "species. For each species the Register shows where on the Award it is found (the Atlas Days and TTVs in the "
  "column Found on) and the highest category of evidence the Award reaches, in the column Code:")
bullets([
    ("NY \u2013 CONFIRMED (nest with young). ", "Worked on at an Atlas Day or in a TTV and assessed in a Tetrad "
     "Return, marked and validated. The column Confirmed in names the Return."),
    ("T \u2013 PROBABLE (territory held). ", "Worked on and practised in a TTV, with written comment from the RO, "
     "but not marked and not counted towards the Award."),
    ("H \u2013 POSSIBLE (seen in suitable habitat). ", "Touched on at an Atlas Day; not practised in a TTV and not "
     "assessed."),
    ("\u2013 (a dash). ", "Not recorded on the Award."),
])
P("As in the county atlas, only NY is proof of breeding.")

# ------------------------------------------------------------------ 5
H1("5. Fieldwork in your home tetrad")
H2("5.1 What a TTV is")
P("A Timed Tetrad Visit is a piece of practical work in the Volunteer's own school, tied to named species on the "
  "Register, planned in Your Atlas Plan and agreed with the headteacher. Each TTV has three parts: a baseline "
  "count (what is there now, with evidence), a change the Volunteer makes or leads, and a follow-up count (what "
  "is there afterwards). The Volunteer writes each TTV up in the field notebook and uploads it to Atlas Online, "
  "and the RO comments on it in writing within two weeks. TTVs are the raw material of the Returns: every Return "
  "is built from at least one TTV, so no Volunteer passes the Award without having changed practice in their "
  "school and shown what the change did.")
H2("5.2 The four TTVs")
bullets([
    ("TTV1 Walking the tetrad (October\u2013November). ", "Audit the school's SEN register, SEN policy and "
     "provision against the Code of Practice; draw a provision map for one year group; review it with two "
     "colleagues; talk with the head about what the audit shows."),
    ("TTV2 One pupil, close up (December\u2013January). ", "With the parents' written consent, gather what is "
     "known about one pupil with SEN: reports from other professionals, test and teacher assessment data, the "
     "parents' own account; set targets with the parents; plan an intervention and start it."),
    ("TTV3 Working with colleagues (March). ", "Observe a colleague teaching a class that includes pupils with "
     "SEN, give feedback and plan with them; lead a short staff training session; keep a time budget of a "
     "fortnight of SENCO work and decide with the Tetrad Mentor what to prioritise and what to delegate. The RO "
     "comments on the time budget; it is not marked."),
    ("TTV4 The change project (April\u2013June). ", "Lead one change in the school's provision for pupils with "
     "SEN, agreed with the head; as part of it, use the school's end-of-key-stage and optional test results to "
     "track the progress of pupils with SEN across a year group and change one intervention as a result. The RO "
     "comments on the tracking; the tracking itself is not marked."),
])
H2("5.3 Permission and access")
P("No TTV starts until the headteacher has signed the Tetrad Permission form. It commits the school to release "
  "the Volunteer for the seven Atlas Days; to give them access to the pupil data they need; to name a Tetrad "
  "Mentor from the senior leadership team who meets the Volunteer at least twice a term and reads each TTV "
  "before it goes to the RO; and to the head's part in the Next season meeting. Where a pupil's details are "
  "used, the parents' written consent is obtained, and every Return leaves pupils and the school unnamed.")
H2("5.4 Safety, and the Birdwatchers' Code")
P("The Society's fieldwork rules apply at Hollin Carr as on every Society outing.")
text_box(doc, [
    ("THE BIRDWATCHERS' CODE", dict(bold=True, size=10)),
    ("The welfare of birds must come first. Protect habitats. Keep disturbance to a minimum. Follow the law and "
     "the countryside code. Send your records to the County Recorder.", dict(size=9)),
    ("Young Birders' Club. Every adult who leads a Young Birders' Club outing holds an enhanced CRB disclosure, "
     "checked by the Society's Child Protection Officer before their first outing and renewed every three years.",
     dict(size=9, italic=True)),
], height_pt=120)
p = P("The Society does not itself check Volunteers' CRB disclosures: as serving teachers they will already have "
      "been checked by their employers. The Young Birders' arrangements in the box above apply to the leaders of "
      "our Young Birders' Club.")
comment(doc, p.runs, "Could we say the Young Birders' system covers Volunteers too? It would answer the TDA's "
        "question on CRB checks.", JM, "JM")

# ------------------------------------------------------------------ 6
H1("6. Sending in your Returns")
P("There are three Tetrad Returns, each worth 20 credits. Each is built from the Volunteer's TTVs and uploaded to "
  "Atlas Online by the date in the calendar.")
bullets([
    ("R1 Winter Return (15 January; 4,000 words). ", "A report to your headteacher on SEN provision in your home "
     "tetrad, built from TTV1: how the school meets SEN law and the SEN Code of Practice and what they mean for the "
     "school and for you as SENCO; the school's disability equality scheme and accessibility plan, and what they "
     "require the school to do for disabled pupils; a provision map for one year group with an account of "
     "ineffective or missing provision; how the school's self-evaluation treats outcomes for pupils with SEN and "
     "what you reviewed with colleagues; and how the school's provision helps pupils towards the five Every Child "
     "Matters outcomes."),
    ("R2 Spring Return (30 April; 5,000 words). ", "A case study built from TTV2: how you identified the pupil's "
     "needs; the assessments by other professionals you used and what they changed in teaching; the targets, the "
     "intervention and its review, with a baseline and a follow-up measure of attainment and of well-being; how "
     "you worked with the parents or carers and with outside agencies and voluntary organisations, and what "
     "each agency could offer; how your understanding of child development, of the pupil's kind of need and of how it "
     "differs from the other common kinds of SEN shaped what you did; a critical account of the teaching approaches and resources, including ICT, you chose and why; "
     "and how you built a fair and respectful working relationship with the pupil and the family."),
    ("R3 Breeding Season Return (10 July; 4,000-word report and the Atlas Talk). ", "The change project from "
     "TTV4: how you gained the commitment of the head and senior colleagues and worked with them and with "
     "governors on the school's SEN priorities, policy and resources; how you deployed and managed teaching "
     "assistants or other staff in the change; how you supported colleagues' professional development through "
     "observation, feedback, coaching or training; the problems you met and the decisions you took; the research "
     "and outside advice you drew on, with a review of published research and best practice; how you reviewed the "
     "effectiveness of the change with colleagues; and the measured difference for pupils. The written report is "
     "assessed for clear writing, and the Atlas Talk at AD7 for clear speaking and for listening to and taking "
     "account of the questions asked."),
])
P("Access arrangements for national tests and examinations are made by each school's examinations officer and are "
  "not part of the Atlas.")
p = P("Marking and validation. ", bold=True)
add_run(p, "Each Return is marked by the Volunteer's RO against the University's masters-level criteria and the "
        "species it confirms. A Validator second-marks every Return that is a fail or a distinction and one in four "
        "of the rest. The Validation Panel (all ROs and the University's link tutor) meets after each Return to "
        "agree the marks on the sample and on every disagreement, and the University's external examiner sees the "
        "sample and all fails before the Board of Examiners.")
fn.add(p, "The external examiner for 2009\u201313 is Dr Alan Pryce, Reader in Inclusive Education at Calder "
       "Bridge University.")
add_ins(p, " From 2009\u201310 the Validation Panel also holds a standardising meeting before each Return is "
        "marked, at which every RO marks the same two anonymised pilot Returns and the Panel agrees the marks.",
        ED, D1)
p = P("The Award. ", bold=True)
add_run(p, "The University's Board of Examiners awards the National Award for SEN Coordination (60 credits at "
        "Level 7) to Volunteers who pass all three Returns. Our aim is that by the end of the Atlas every species on "
        "the Register is Confirmed for every Volunteer.")

# ------------------------------------------------------------------ 7
H1("7. Who's who")
P("The Atlas Organiser, Dr Ruth Gadsby, was SENCO of two Morlandshire schools for eleven years and is now senior "
  "lecturer in inclusive education at the University of Hethersett. She holds an MA in Special and Inclusive "
  "Education and a doctorate on the SENCO's role in school improvement. The Regional Organisers are:")
table(doc, [
    ["Regional Organiser", "Background", "Region"],
    ["Mark Thewlis", "Former primary SENCO; the local authority's SEN adviser for eight years; MEd (SEN).", "North"],
    ["Helen Okafor", "Head of outreach at Harrowgate Special School; former secondary SENCO; MA Inclusive Education.",
     "Central"],
    ["Sunita Rai", "Chartered educational psychologist with the county service; MSc Educational Psychology.", "South"],
    ["Tom Ellery", "Advisory teacher for autism; former SENCO in two secondary schools; MSc Autism.", "East"],
], widths=[3.5, 10.5, 2.5])
P("")
P("Every RO works in schools on SEN for at least five days a year alongside the Atlas, and the ROs spend a "
  "reading day together each summer on new research, guidance and law before the Atlas Days are revised.")
P("Getting ready for the work. ROs meet on a briefing day each August, when the Atlas Organiser takes them "
  "through the RO's Notes: the marking criteria, the Register, how to write comments on TTVs and Roving Records, "
  "and the Volunteers in each group. A new RO marks alongside an experienced RO for their first Return. Tetrad "
  "Mentors come to a half-day Mentor Briefing at Hollin Carr in September, receive the Mentor's Notes (what a "
  "mentor does at each stage, the Permission form, how to read a TTV) and are telephoned by the RO before each "
  "Return is due.")
P("Specialists. Guests on the Atlas Days include a speech and language therapist, an educational psychologist, "
  "a CAMHS nurse, the Parent Partnership Service and the county Sensory Support Service. Volunteers who work in "
  "mainstream schools may ask to spend a day at Harrowgate Special School; the Society will try to arrange this "
  "where places allow.")

# ------------------------------------------------------------------ 8
H1("8. Access, equality and flexibility")
H2("8.1 Getting there")
p = P("The Field Centre at Hollin Carr has level access from the car park, an accessible toilet and a hearing loop "
      "in the lecture room, and the bird hide on the reserve has a wheelchair ramp. The host schools used for the "
      "Wednesday repeats all have level access.")
comment(doc, p.runs, "This is about buildings. Should we add the University's reasonable adjustments policy for "
        "assessment, and how Volunteers tell us about a disability?", JM, "JM")
H2("8.2 When and how")
P("The two starts, the Saturday and Wednesday days and the choice of one or two years are set out in 2.2. "
  "Atlas Days may be taken in a different order where a Volunteer starts in January.")
H2("8.3 Atlas Online")
p = P("Atlas Online is the Award's site on the University's Blackboard system. It holds the handouts and reading "
      "for every Atlas Day, the Register, the Mentor's Notes, and the place where Volunteers upload TTV write-ups "
      "and Returns and read their RO's comments. Volunteers can email their RO at any time between Atlas Days, and "
      "ROs reply within five working days; ROs also post notices to their group on Atlas Online.")
add_del(p, " Volunteers can also post questions to one another on the Atlas Online discussion board, which the ROs "
        "read every week.", ED, D2)
H2("8.4 Books and kit")
P("Volunteers have full use of the University of Hethersett's library, including its electronic journals from "
  "home. The Field Centre keeps a loan collection of SEN assessment materials and teaching resources, and the ICT "
  "Specialist Hide is held in the county's Assistive Technology Centre, where Volunteers try out software and "
  "communication aids and may borrow items for a TTV.")

# ------------------------------------------------------------------ 9
H1("9. Where the Atlas came from, and how we check it")
H2("9.1 Asking the county")
P("In March 2008 the Education Committee sent a questionnaire to the headteachers and SENCOs of all 214 "
  "Morlandshire schools; 87 replied. The local authority's Inclusion Service gave us its figures for SENCOs new "
  "in post (about forty a year) and its list of the needs it meets most often. Heads asked for a course with "
  "little time out of school; SENCOs asked for more on outside agencies and on managing teaching assistants; and "
  "the authority asked for a focus on provision mapping.")
H2("9.2 What changed because of it")
p = P("As a result the Wednesday repeat of every Atlas Day was added for the heads; AD6 became a full day on "
      "outside agencies and teaching assistants for the SENCOs; and provision mapping became AD5 and the centre of "
      "Return 1 for the authority. The eleven teachers on the 2007\u201308 pilot asked for fewer, longer Returns, "
      "and we cut the pilot's Returns to three.")
fn.add(p, "The pilot had five shorter Returns, one each half term, and no Wednesday repeats.")
H2("9.3 Checking the Atlas")
P("Volunteers fill in an evaluation sheet at every Atlas Day, and the ROs meet after each day to read them and "
  "agree changes to the next. At AD7 every Volunteer completes an end-of-year questionnaire. The Validation Panel "
  "reports on marking after each Return. Outside the Society, the University's external examiner reports each "
  "year and the University's annual monitoring review reads the Award's results and evaluations. Each August the Atlas Steering Group (the "
  "Atlas Organiser, two ROs and the University's link tutor) writes an Atlas Review from all of this, with a list "
  "of changes for the next season, which the ROs' August briefing day puts into the Atlas Days and the RO's "
  "Notes.")
p = P("We would welcome the views of schools, parents and the local authority on the Atlas as it goes on, and will "
      "look for ways to involve them.")
comment(doc, p.runs, "Can we say the LA's Inclusion Service will sit on the Steering Group? Not yet agreed.",
        ED, "RG")
H2("9.4 Measuring the difference")
P("Volunteers rate their confidence on each of the 29 species in the Starting Survey and again at AD7. Each year "
  "the Steering Group compares the two ratings for the whole group, beside the Return marks and the Validators' "
  "reports, as its measure of the Volunteers' competence and confidence. The pupil measures in Returns 2 and 3 "
  "belong to the Volunteers' schools and are not collected by the Society; we hope in time to find a way of "
  "showing the Atlas's effect on pupils across the county.")

# ------------------------------------------------------------------ 10
H1("10. Next season")
P("The last hour of AD7 is Next season. Each Volunteer fills in the Next Season sheet: three professional "
  "targets for the year after the Award, the training they will look for, and the support they will need. They "
  "take it to a meeting with their headteacher and Tetrad Mentor before the end of term, where the targets are "
  "agreed and the head signs the sheet. The RO then sends each Volunteer a note of further study at the "
  "University (the MA in Inclusive Education accepts the Award's 60 credits) and of the county SENCO network's "
  "meetings for the following year.")

# ------------------------------------------------------------------ register (landscape)
landscape_section(doc)
H1("The Species Register")
P("One row for each national outcome, under the Society's name for it. Codes as in section 4.", italic=True)
rows = [["No.", "Species", "What a Volunteer can do", "Found on", "Code", "Confirmed in"]]
BEH = [
    ("Robin", "Builds fair, respectful, supportive and constructive working relationships with pupils with SEN and "
     "disabilities and with their parents and carers.", "AD1, TTV2", "NY", "R2"),
    ("Rook", "Wins the commitment of the head, senior leaders and other colleagues to better outcomes for pupils "
     "with SEN.", "AD5, TTV4", "NY", "R3"),
    ("Swift", "Sets priorities, manages time well and delegates tasks sensibly, checking that they are done.",
     "TTV3", "T", "\u2013"),
    ("Grey Heron", "Sees problems coming and resolves them; makes well-founded decisions and sound judgements on "
     "provision.", "AD5, TTV4", "NY", "R3"),
    ("Skylark", "Speaks and writes clearly; listens to others and understands their views.", "AD1, AD7", "NY", "R3"),
    ("Nuthatch", "Uses research and outside advice to improve their own and colleagues' practice.", "AD4, AD5, TTV4",
     "NY", "R3"),
    ("Wheatear", "Keeps up to date and takes charge of their own professional development in SEN and disability.",
     "AD7", "H", "\u2013"),
]
KNO = [
    ("Barn Owl", "Knows SEN law and guidance, including the SEN Code of Practice, what they mean for the school and "
     "the SENCO, and how to put them into practice.", "AD2, TTV1", "NY", "R1"),
    ("Goldfinch", "Knows the principles and the five outcomes of Every Child Matters and how a SENCO helps pupils "
     "reach them.", "AD1", "NY", "R1"),
    ("Avocet", "Knows the law on disability equality and what it requires a school to do for disabled pupils.",
     "\u2013", "NY", "R1"),
    ("Lapwing", "Understands how children develop and how SEN, disability and the school's physical and social "
     "environment affect development.", "AD3", "NY", "R2"),
    ("Blackbird", "Knows the most common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, "
     "MLD) and how each affects learning.", "AD3", "NY", "R2"),
    ("Jay", "Judges critically approaches, strategies and resources for assessment, planning and teaching, "
     "including ICT, and uses them to remove barriers.", "AD4", "NY", "R2"),
    ("Kestrel", "Understands school self-evaluation and improvement and how they bear on outcomes for pupils with "
     "SEN.", "AD5, TTV1", "NY", "R1"),
    ("Curlew", "Knows best practice and the findings of research on meeting special educational needs.",
     "AD3\u2013AD6 reading", "NY", "R3"),
    ("Sand Martin", "Knows what outside agencies do and how to get specialist support and resources.", "AD6",
     "NY", "R2"),
]
FLD = [
    ("Golden Plover", "With senior colleagues and governors, shapes the school's inclusive ethos, SEN policy, "
     "priorities and use of resources.", "AD5, TTV4", "NY", "R3"),
    ("Sparrowhawk", "Identifies pupils who may have SEN from observation, data and assessment; sets challenging "
     "targets; plans interventions and reviews progress.", "AD4, TTV2", "NY", "R2"),
    ("Meadow Pipit", "Uses assessments by other professionals to shape teaching and learning.", "AD4, TTV2", "NY",
     "R2"),
    ("Kittiwake", "Uses national tests and other summative assessments to track progress and change programmes.",
     "AD4, TTV4", "T", "\u2013"),
    ("Wren", "Helps other teachers develop formative assessment, with approaches for pupils with SEN.", "S2C", "", ""),
    ("Nightjar", "Identifies in good time the special arrangements pupils need for national tests and examinations "
     "and puts them in place.", "\u2013", "\u2013", "\u2013"),
    ("Yellowhammer", "Uses provision mapping to plan provision and to find ineffective or missing provision.",
     "AD5, TTV1", "NY", "R1"),
    ("Starling", "Deploys and manages teaching assistants and other staff well.", "AD6, TTV4", "NY", "R3"),
    ("Great Tit", "Supports colleagues' professional development by observation and feedback, modelling, coaching "
     "and training.", "AD6, TTV3", "NY", "R3"),
    ("Reed Warbler", "Reviews with colleagues how well provision works, for the school's self-evaluation.",
     "AD5, TTV1", "NY", "R1"),
    ("Long-tailed Tit", "Involves pupils in planning, agreeing and reviewing their own provision.", "AD6", "H",
     "\u2013"),
    ("House Martin", "Works closely with parents and carers to promote pupils' learning and development.",
     "AD6, TTV2", "NY", "R2"),
    ("Oystercatcher", "Works in partnership with other services and agencies, including voluntary organisations.",
     "AD6, TTV2", "NY", "R2"),
]
n = 0
layout = []
for band, group in (("BEHAVIOUR \u2013 how a Volunteer works", BEH), ("FIELD KNOWLEDGE", KNO),
                    ("FIELDCRAFT \u2013 what a Volunteer does", FLD)):
    rows.append([None] * 6)
    layout.append(("band", band))
    for sp in group:
        n += 1
        rows.append([str(n), *sp])
        layout.append(("row", sp[0]))
reg = table(doc, rows, widths=[1.1, 3.2, 12.5, 3.6, 1.4, 2.6], size=8.5)
wren_row = None
for i, (kind, val) in enumerate(layout, start=1):
    if kind == "band":
        band_row(reg, i, val, fill="FFF2CC", size=8.5)
    elif val == "Wren":
        wren_row = i
    elif val == "Nightjar":
        c = reg.cell(i, 2)
        comment(doc, c.paragraphs[0].runs, "Exam access arrangements are the exams officer's job in most schools. "
                "Leave it out?", ED, "RG")
# the Wren row: cells changed by tracked changes
for col, old in ((3, "TTV3"), (4, "NY"), (5, "R3")):
    c = reg.cell(wren_row, col)
    c.text = ""
    pp = c.paragraphs[0]
    add_del(pp, old, ED, D2, size=8.5)
    add_ins(pp, "\u2013", ED, D2, size=8.5)

fn.finish()
out = HERE / (NAME + ".docx")
doc.save(str(out))
print("wrote", out)
