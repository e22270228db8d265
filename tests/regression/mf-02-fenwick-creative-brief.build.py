"""mf-02-fenwick-creative-brief: build mf-02-fenwick-creative-brief.docx.

Provider (invented): the Hallam Fenwick School of Fragrance Evaluation, the perfumers' and
evaluators' school of Fenwick Aromatics Ltd (Macclesfield), with Castlegate University
(validation) and Dunmere Borough Council. It applies to run the 2008-09 National Award for SEN
Coordination, which it calls "Project SWEET BRIAR".

Document kind and layout: the application is written as a fragrance house's CREATIVE BRIEF,
the document a brand sends to perfumers before a project: cover sheet table (merged cells),
then Heading 1/2 sections in brief order - Project overview, Background and market, The
consumer, Positioning, Olfactive direction (Must-haves, Nice-to-haves, Avoid), Benchmarks,
Regulatory and safety, Format, Budget, Timeline, Submission requirements, Evaluation protocol,
Team, Sign-off. The house template's grey italic prompts are left in ("[Describe ...]"), there
are placeholders, three Word comments, a shaded facet table whose key comes AFTER it (in
Submission requirements), a sign-off table with merged cells, header and footer.
House vocabulary: "Accords" A-F (taught units), "Noses" (participants), "Submissions" R1-R3
(marked pieces, "evaluation rounds"), "Panel only" (discussed at the consumer panel, feedback
only), "Field Smelling" (placement), "Sillage" (impact on pupils), "evaluator-mentors".

Traps (requirement ids):
- E.2: level 7 stated but the credits are a placeholder "[credits to be confirmed by Castlegate]"
  (partially_met).
- 1.1: the stated aim is "to raise pupils' attainment in reading, writing and mathematics":
  attainment only, not well-being (partially_met).
- 1.3: only "draws on the latest research and thinking" with nothing named (partially_met).
- 1.9 and 6.*: the facet table's "Panel only" entries (defined after the table as feedback only,
  no mark) for A2, A5, S2c, S5 (partially_met); K7 has a Submission but "-" for Accord
  (assessed, not developed: partially_met); K6 excludes ICT, "covered by Dunmere's ICT team"
  (partially_met); S2d has no row at all (not_met); K3 appears only in the Avoid list,
  "left to Dunmere's own equality training" (not_met).
- 2.1: APEL appears only under Benchmarks as Castlegate's own MA in Inclusion's arrangement, and
  "we have not adopted it for SWEET BRIAR" (another provider's arrangement: not_met).
- 2.3: the Avoid list says "An assessment-only route" (negation: not_met).
- 3.1: "We comply fully with the Disability Discrimination Act" with no arrangement; a comment
  suggests adding HR's adjustments policy (comments are not evidence) (partially_met).
- 3.2: one start date, one fixed order, taught only; catch-up with the next cohort only
  (partially_met). 3.3: "There is no online element" (not_applicable).
- 5.3: CRB for Noses done properly at the interview by the Registrar (met); the template's
  prompt above it is not evidence.
- 5.6: resources are a placeholder "[list of resources]" beside a generic line (partially_met).
- 5.7: tutors have a handbook, but "evaluator-mentors will be briefed as needed" (partially_met).
- Other-provider words that look like evidence: Benchmarks describe two other courses' placements,
  APEL and online support; only SWEET BRIAR's own statements count.
- Prompts left in ("[Describe the target consumer ...]") are never answers.
- "4.1 Brand values" is generic mission statements ("we celebrate difference", "every child deserves
  adults who notice them"): no arrangement, never evidence (for 1.1, 3.1 or anything else).
- The fragrance-house Background (evaluators' training since 1961) is about the house, not the course.
- 6.0 is met: the Certificate needs every one of the national facets confirmed at the Final Panel
  from marked Submissions (the outcome-level gaps are scored on the 6.* rows).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor
from _mf_helpers import para, table, set_cell, shade, mixed_para, header_footer

OUT = Path(__file__).with_name("mf-02-fenwick-creative-brief.docx")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(10.5)
header_footer(doc, "FENWICK AROMATICS LTD  |  CREATIVE BRIEF  |  Project SWEET BRIAR  |  Issue 3",
              "Commercial in confidence. Brief template FA-CB-04 (2007). Page numbering as printed.")
GREY = "808080"


def prompt(text):
    para(doc, text, italic=True, colour=GREY)


def h1(t):
    doc.add_heading(t, level=1)


def h2(t):
    doc.add_heading(t, level=2)


doc.add_heading("Creative Brief: Project SWEET BRIAR", level=0)
para(doc, "Hallam Fenwick School of Fragrance Evaluation, for the National Award for SEN Coordination 2008-09",
     bold=True)

cov = table(doc, [["Project", "SWEET BRIAR", "", ""],
                  ["Brief owner", "Margaret Tulley, Director of the School", "Issue", "3 (for TDA panel)"],
                  ["Client", "Training and Development Agency for Schools, on behalf of DCSF", "", ""],
                  ["Partners", "Castlegate University (validating university); Dunmere Borough Council, Children and Young People's Service", "", ""],
                  ["Product", "", "", ""],
                  ["Launch", "September 2009", "Batch", "20 Noses per cohort"]], header=False)
for r in (0, 2, 3, 4):
    a = cov.cell(r, 1).merge(cov.cell(r, 3)); set_cell(a, a.text.strip())
for r in range(6):
    shade(cov.cell(r, 0), "E2EFD9"); cov.cell(r, 0).paragraphs[0].runs[0].bold = True
set_cell(cov.cell(4, 1), "Postgraduate Certificate in SEN Coordination, to be validated and awarded by Castlegate "
                         "University at Level 7 (masters level), [credits to be confirmed by Castlegate]")
para(doc, "")
para(doc, "How to use this brief: a Fenwick brief tells the perfumer what the finished fragrance must do, for whom, "
          "and how it will be judged, and leaves the how to the perfumer. Here the 'fragrance' is our SENCO "
          "course and the 'perfumers' are our tutors. Grey text is the house template's guidance.",
     italic=True)

h1("1. Project overview")
prompt("[Describe the project in no more than three sentences.]")
para(doc, "SWEET BRIAR is a one-year, part-time Postgraduate Certificate for teachers new to the SENCO role in "
          "Dunmere and neighbouring authorities. Its aim, as written in the course document, is to raise pupils' "
          "attainment in reading, writing and mathematics through better-led SEN provision in participants' "
          "schools. Participants - whom the School calls Noses, as it calls all its trainees - take six taught "
          "Accords, carry out Field Smelling in a second school, and present three marked Submissions.")

h1("2. Background and market")
prompt("[Summarise the consumer research and market data behind this brief. Attach sources.]")
para(doc, "Fenwick has trained perfumers and evaluators since 1961. Since 2003 the School has worked with Dunmere "
          "special schools on smell and memory work with pupils with profound and multiple learning "
          "difficulties, and Dunmere's SEN team asked us in 2007 whether our evaluation methods - describing "
          "precisely, judging against a brief, and testing with real consumers - could be used to train SENCOs.")
para(doc, "Evaluation is at the heart of what Fenwick does. A trained evaluator can tell a perfumer in a "
          "sentence what a trial smells like, why it falls short of the brief and what to try next; our "
          "evaluators are trained for three years to describe without exaggeration, to judge against the "
          "brief rather than their own taste, and to listen to what consumers actually say. Dunmere's SEN team "
          "saw in that discipline much of what it wanted from its SENCOs. "
          "Before writing this brief we gathered evidence about what the people who will use the course need:")
for b in ["an online questionnaire to every SENCO in Dunmere, Aldersley and Cray Vale (187 replies, a 61% "
          "return), in which time management, working with teaching assistants and 'getting the head on side' "
          "were the three most frequent needs, and the new requirement for SENCOs to hold QTS was the most "
          "frequent worry;",
          "two focus groups of headteachers (eleven primary, six secondary) in February 2008, who asked above all "
          "for SENCOs who could use data and report on SEN in the school's self-evaluation;",
          "Dunmere's Parent Partnership Service, which brought eight parents to a consumer panel at the School in "
          "March 2008; they asked that SENCOs hear what children say about their support;",
          "Dunmere's SEN Strategy 2008-11, which sets the authority's priorities for early identification and for "
          "provision mapping in every school."]:
    para(doc, "- " + b)
para(doc, "That evidence changed the brief. Issue 1 of SWEET BRIAR had no Accord on working with colleagues; "
          "after the questionnaire, Accord D was written to meet it. After the parents' panel we added the pupil "
          "interviews to Submission R1. After the headteachers' groups, Submission R3 was changed to end with what "
          "the Nose's change means for the school's self-evaluation.")
doc.add_comment(doc.paragraphs[-1].runs, text="Good - panels like to see 'you said, we did'. MT", author="M. Tulley",
                initials="MT")

h1("3. The consumer")
prompt("[Describe the target consumer in one paragraph: age, lifestyle, needs.]")
para(doc, "The consumer is a qualified teacher, in post as SENCO or about to become one, often in a small primary "
          "school where the SENCO also teaches a class. Entry requires QTS, a SENCO post or a headteacher's letter "
          "designating the applicant, and the headteacher's agreement to release the Nose for the Accords. Every "
          "applicant has a selection interview with two tutors, who use a short scenario task to check that the "
          "applicant has the knowledge and experience to reach the outcomes within the year. Applicants who are "
          "not ready are given a written plan for what to do first (often Dunmere's SENCO induction days and a "
          "term's work alongside an experienced SENCO), and the Director discusses the plan with their "
          "headteacher; they may apply again the following year.")
para(doc, "Each Nose's needs are assessed before the course: the Nose completes the Scent Profile, a self-rating "
          "against each national outcome with an example of evidence, and discusses it with their tutor and "
          "headteacher in a first tutorial held in the Nose's own school. The tutor then writes the Nose's Brief "
          "to Self: their personal training plan, setting out the personalised outcomes they will work towards, "
          "the Accord tasks they will concentrate on, and the focus of their Submissions. The Brief to Self is "
          "reviewed at each tutorial and again before Submission R3.")

h1("4. Positioning")
prompt("[What should the consumer feel? What single message must the fragrance carry?]")
para(doc, "SWEET BRIAR should feel like a course made for each Nose, not a lecture series. The Brief to Self "
          "shapes what each Nose does: Noses who are already secure in an area, as shown by their Scent Profile "
          "and a tutor's check, replace that Accord's school task with a more demanding one of their own choice, "
          "and all three Submissions are set in the Nose's own school. Three tutorials in school give each Nose "
          "individual coaching at the points their Brief to Self names. The course is continuing professional "
          "development in the full sense: every Accord asks the Nose to try something in school, judge its "
          "effect and bring the evidence back.")
para(doc, "The course draws on the latest research and thinking in special educational needs.")
h2("4.1 Brand values")
prompt("[Three to five words the consumer should associate with the brand.]")
para(doc, "Precision. Honesty. Patience. Curiosity. Respect. At Fenwick we believe that every person can learn "
          "to notice more than they do, and that every child deserves adults who notice them. We value "
          "inclusion, we celebrate difference, and we are passionate about the difference a good SENCO makes to "
          "a school. These values run through everything the School does, from our apprentice evaluators to "
          "our perfumers' masterclasses.")

h1("5. Olfactive direction")
prompt("[List the facets the fragrance must have, those it may have, and those it must avoid.]")
h2("5.1 The Accords")
acc = [
    ("Accord A - Law, Code and policy (two days).",
     " The SEN Code of Practice and its graduated response; statutory assessment and statements; the SEN and "
     "Disability Act 2001; Removing Barriers to Achievement and Every Child Matters, and what the five "
     "outcomes ask of a SENCO; the Inclusion Development Programme."),
    ("Accord B - Knowing the child (two days).",
     " How children develop - physically, socially, emotionally, in language and in thinking - and how SEN, "
     "disability and the environment for learning affect that development; the most common types of SEN and "
     "disability (BESD, SpLD including dyslexia, SLCN, ASD and MLD) and how each affects learning; "
     "consulting children: Noses practise interviewing pupils about their support, using talking mats and "
     "other approaches for pupils with limited speech."),
    ("Accord C - Assessing, planning, reviewing (two days).",
     " Identifying pupils with SEN from observation, data and assessment; setting challenging targets; "
     "planning and reviewing interventions; using the reports of educational psychologists, therapists and "
     "advisory teachers to plan teaching; tracking progress with national tests and teacher assessment; "
     "approaches and strategies for teaching and learning; provision mapping and finding the gaps in it."),
    ("Accord D - Leading colleagues (two days).",
     " Advising and supporting colleagues in school and across the cluster; deploying and managing teaching "
     "assistants; coaching, modelling and feedback after observation; winning the support of the headteacher "
     "and senior team; managing time and delegating."),
    ("Accord E - Strategy and evidence (one day).",
     " Working with the headteacher and governors on the SEN policy, an inclusive ethos and the SEN budget; "
     "research and best practice in meeting SEN; reviewing provision with staff; keeping up to date and planning "
     "one's own CPD as a SENCO, with each Nose keeping a reading and development log from this Accord onwards."),
    ("Accord F - Families and services (one day).",
     " Building respectful relationships with pupils and their families; working in partnership with parents "
     "and carers (Noses plan and hold a review meeting with a family and are observed doing it); the roles of "
     "health, social care, the educational psychology service and voluntary organisations, how to obtain "
     "their support and how to work jointly with them on a child's plan."),
]
for h, b in acc:
    mixed_para(doc, [(h, "b"), (b, None)])
para(doc, "Field Smelling. Each Nose spends three days in a school unlike their own - a special school, a "
          "resourced unit, or a school in another phase - arranged by Dunmere's SEN team, with an observation "
          "task set by their tutor. The task asks the Nose to compare how the host school identifies need, plans "
          "provision and works with families with their own school's practice, and the Nose's notes feed the "
          "second tutorial. Host schools are chosen by Dunmere's SEN team for the quality of their provision, "
          "and the Nose is accompanied on the first morning by the host school's SENCO. Specialists contribute to the Accords: a Dunmere educational psychologist "
          "(Accord C), the Parent Partnership co-ordinator (Accord F), and a speech and language therapist "
          "and an autism outreach teacher (Accord B).")

h2("5.2 Facets")
para(doc, "The national minimum outcomes, as facets of the finished SWEET BRIAR.")
rows = [["Facet", "Accord", "Evaluation round"],
        ["Fair, respectful relationships with pupils with SEN and their families", "F", "R1"],
        ["Gets the commitment of colleagues, the head and senior leaders", "D", "Panel only"],
        ["Prioritises, manages time, delegates", "D", "R2"],
        ["Solves problems and makes sound decisions about provision", "C, D", "R2"],
        ["Clear in speech and writing; listens to others' views", "all", "Panel only"],
        ["Uses research and outside advice to improve practice", "E", "R3"],
        ["Keeps up to date; owns their CPD", "E", "R3"],
        ["SEN law, the Code of Practice and putting them into practice", "A", "R1"],
        ["Every Child Matters and the SENCO's part in the five outcomes", "A", "R1"],
        ["How children develop and what affects development", "B", "R1"],
        ["Common types of SEN and disability and their effects on learning", "B", "R1"],
        ["Approaches, strategies and resources for assessment and teaching (not including ICT, which is covered "
         "by Dunmere's ICT team)", "C", "R2"],
        ["School self-evaluation and improvement for SEN", "-", "R3"],
        ["Best practice and research in SEN", "E", "R3"],
        ["External agencies and getting specialist support", "F", "R1"],
        ["Influences strategy, ethos, policy and resources with leaders and governors", "E", "R3"],
        ["Identifies SEN, sets targets, plans interventions, reviews progress", "C", "R1"],
        ["Uses other professionals' assessments to plan teaching", "C", "R1"],
        ["Uses national tests and summative data to track progress", "C", "R2"],
        ["Encourages colleagues' formative assessment for pupils with SEN", "D", "Panel only"],
        ["Provision mapping; finds ineffective or missing provision", "C", "R2"],
        ["Deploys and manages staff", "D", "R2"],
        ["Develops colleagues: observation, feedback, coaching, training", "D", "Panel only"],
        ["Reviews provision with staff for self-evaluation", "E", "R3"],
        ["Involves pupils in planning and reviewing their provision", "B", "R1"],
        ["Liaises with parents and carers", "F", "R1"],
        ["Works in partnership with other services and voluntary bodies", "F", "R1"]]
ft = table(doc, rows, head_fill="C5E0B3")
for i in range(1, len(rows)):
    if rows[i][2] == "Panel only":
        shade(ft.cell(i, 2), "FFF2CC")

h2("5.3 Nice-to-haves")
para(doc, "If time allows in later years: a short module on sensory environments drawing on our work with "
          "special schools; a SWEET BRIAR alumni evening each summer.")

h2("5.4 Avoid")
para(doc, "The following are deliberately kept out of SWEET BRIAR:")
avoid = ["An assessment-only route. Every Nose takes the Accords; we will not assess without teaching.",
         "Disability equality law, which is left to Dunmere's own equality training; it is not in this brief.",
         "Lectures longer than forty minutes."]
for a in avoid:
    para(doc, "- " + a)
doc.add_comment(doc.paragraphs[-3].runs, text="Are we sure about this? TDA guidance mentions exceptional "
                "circumstances. Raise at next team meeting.", author="J. Okoro", initials="JO")

h1("6. Benchmarks")
prompt("[Name two or three products on the market that the consumer knows, and say what we take from each.]")
para(doc, "Benchmark 1: Castlegate University's MA in Inclusion. Castlegate accredits prior experiential learning "
          "(APEL) through a reflective portfolio, for up to a third of the credit. It is a good model, but we have "
          "not adopted it for SWEET BRIAR.")
para(doc, "Benchmark 2: the Cray Vale SENCO network's online course, which offers weekly e-tutorials and a "
          "twelve-week placement. Noses told us they valued its peer forum.")

h1("7. Regulatory and safety")
prompt("[State any regulatory standards the product must meet (IFRA, labelling, allergens).]")
para(doc, "Every Nose's enhanced CRB disclosure is checked by the School's Registrar at the selection interview: "
          "the Registrar sees the original disclosure, records its number and date, and asks for a new "
          "application where the disclosure is more than three years old or was made for another employer; no "
          "Nose begins Field Smelling until the check is recorded. Noses also declare any matter that would bar "
          "them from working with children, and the Registrar checks List 99 for each Nose with their employer.")
para(doc, "We comply fully with the Disability Discrimination Act and the School's equality policy applies to "
          "the course.")
doc.add_comment(doc.paragraphs[-1].runs, text="Could add HR's reasonable adjustments procedure here - "
                "large print, extra time etc.", author="J. Okoro", initials="JO")

h1("8. Format")
prompt("[Concentration, bottle size, variants.]")
para(doc, "SWEET BRIAR starts once a year, in September, and the Accords run in a fixed order from A to F, one or "
          "two days each half-term, all taught at the School in Macclesfield. There is no online element: all "
          "Accords are taught face to face in the School's Smelling Theatre, and tutorials are held in Noses' "
          "schools. A Nose who misses an Accord takes it with the next year's cohort.")

h1("9. Budget")
prompt("[Target cost per kilo and price point.]")
para(doc, "The fee is £1,800 a Nose, which Dunmere's schools may meet from the Standards Fund. It covers ten "
          "taught days, three tutorials in school, Field Smelling and marking. Because the Brief to Self lets a "
          "secure Nose swap an Accord task for a shorter, more demanding one, tutor time goes where it is "
          "needed; we cost tutor hours per Nose each year and compare them with Castlegate's own modules, and "
          "SWEET BRIAR costs about 20% less per credit.")
para(doc, "Resources. The School provides [list of resources] and good teaching rooms.")

h1("10. Timeline")
table(doc, [["Month", "Milestone"],
            ["June-July", "Selection interviews, CRB check, Scent Profile"],
            ["September", "First tutorial in school; Brief to Self agreed; Accord A"],
            ["October-November", "Accords B and C; Field Smelling"],
            ["December", "Submission R1"],
            ["January-March", "Accords D and E; second tutorial"],
            ["March", "Submission R2"],
            ["April-June", "Accord F; third tutorial; consumer panel"],
            ["June", "Submission R3 and Final Panel"],
            ["July", "Examination board; next-steps review"]])

h1("11. Submission requirements")
prompt("[What must the perfumer submit, in what form, by when?]")
para(doc, "R1 Child Study (4,000 words). A pupil with SEN in the Nose's school: the law and guidance that apply, "
          "the pupil's needs and development, the assessments of other professionals, the targets and plan, the "
          "Nose's interviews with the pupil about their support and how the pupil took part in planning and "
          "reviewing it, the review with the family, and the agencies involved.")
para(doc, "R2 Provision Map (3,000 words and the map). The Nose's redesign of their school's provision map, "
          "the tracking data behind it, the deployment of teaching assistants, and a log of how the Nose "
          "organised and delegated the work.")
para(doc, "R3 Sillage Report (5,000 words). The Nose leads one change in their school's SEN provision and "
          "reports its sillage - the effect it leaves on pupils' learning and well-being - using the school's "
          "data, the research drawn on, the review with staff and governors, and what it means for the school's "
          "self-evaluation and the Nose's own development.")
para(doc, "How to read the Evaluation round column in 5.2: R1, R2 and R3 are the marked Submissions, each marked "
          "against criteria for every facet listed against it. \"Panel only\" means the facet is discussed at "
          "the consumer panel in June, where the Nose presents to headteachers, a parent and a tutor and "
          "receives spoken feedback; it is not marked. A dash in the Accord column means no Accord teaches it.")
para(doc, "The Certificate is awarded only when the Final Panel of two tutors has confirmed, from the marked "
          "Submissions, that the Nose has met every one of the national facets. A Nose who has not may resubmit "
          "once within six months.")
para(doc, "Next steps. In July each Nose has a next-steps review with their tutor and line manager, using the "
          "School's Next Notes planner to set professional targets for the following year, and is given details "
          "of Castlegate's MA pathways into which SWEET BRIAR credit transfers.")

h1("12. Evaluation protocol")
prompt("[How will submissions be evaluated? Who is on the consumer panel?]")
para(doc, "We judge SWEET BRIAR as we judge a fragrance: against the brief, by trained evaluators and by "
          "consumers.")
for b in [
    "Internal: each Nose writes an evaluation after every Accord; tutors review them at a monthly team meeting "
    "and record the changes they make in the course log.",
    "External: Castlegate appoints an external examiner who moderates a sample of every Submission round and "
    "reports each year; the University's annual programme review and Dunmere's SEN team's comments are "
    "considered by the course committee, which agrees the changes for the next cohort.",
    "Consumer panel: the June panel of headteachers, a parent from the Parent Partnership Service and a "
    "Dunmere officer hears each Nose, and then spends an afternoon telling the course team what it saw - "
    "what the course should keep, change or add. The Director reports the panel's views to the course "
    "committee with the team's response.",
    "Moderation: all Submissions are first-marked against published criteria; 25% are second-marked blind, "
    "including all fails and distinctions, and tutors standardise marking on sample scripts before each round.",
    "Impact: each Nose rates their competence and confidence against the national outcomes on the Scent "
    "Profile at the start and the end; each R3 reports measured change in pupils' progress and well-being "
    "for the pupils its change affected, and the course team collects the results across the cohort as the "
    "course's measure of impact on pupils.",
]:
    para(doc, "- " + b)

h1("13. Team")
prompt("[Who will work on this brief? Perfumer, evaluator, application.]")
table(doc, [["Name", "Role", "Experience"],
            ["Margaret Tulley", "Director, course leader",
             "Head of a Dunmere special school for nine years, then Dunmere's principal SEN adviser; MEd (SEN); "
             "sits on the Dunmere SEN Strategy group."],
            ["Dr Samuel Achebe", "Tutor", "SENCO in two secondary schools; doctorate on provision mapping; "
             "leads Dunmere's SENCO network."],
            ["Joan Okoro", "Tutor", "Specialist teacher for autism and SLCN, Dunmere outreach; Advanced Diploma "
             "in autism."],
            ["Peter Lyle", "Senior evaluator", "Runs the consumer panel; trains Fenwick's own evaluators."]])
para(doc, "Every tutor teaches in schools for at least ten days a year through Dunmere's outreach and advisory "
          "work, attends the national SENCO conference and the Dunmere SEN network's termly briefings, and "
          "reports what is new to the monthly team meeting, where the Accord materials are updated. "
          "Tutors work from the SWEET BRIAR Tutor Handbook, which sets out their roles in tutorials, marking "
          "and the Final Panel. Evaluator-mentors in Noses' schools will be briefed as needed.")

h1("14. Sign-off")
so = table(doc, [["Role", "Name", "Signature", "Date"],
                 ["Brief owner", "Margaret Tulley", "", "20/10/2008"],
                 ["Castlegate University", "[name]", "", ""],
                 ["Dunmere Borough Council", "Director of Children's Services", "", ""],
                 ["Notes", "", "", ""]])
n = so.cell(4, 1).merge(so.cell(4, 3))
set_cell(n, "[Add any conditions of approval here.]", italic=True, colour=GREY)

doc.save(OUT)
print("wrote", OUT)
