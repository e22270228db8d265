"""hd-02-uts-negotiators-briefing: build script.

Provider (invented): UTS Learning, the professional development unit of the
Union of Teachers in Schools (a national teachers' union that runs CPD for its
members), with Harnham University, which validates and awards the course
("the Award course"). January 2009.

Document kind and layout: the union's NEGOTIATORS' BRIEFING NB 08/27, issued in
October 2008 by its Salaries and Conditions Department with UTS Learning to
school representatives, local secretaries and regional officials, telling them
how to win release time, fees and support from heads and governors for members
taking the award; sent as the application with Part F added for the panel and a
shaded note at the front. Heading styles for Parts A-F; a title block as a
field table; a boxed "Key points" list; Part B a three-column "What to ask
for" table (The ask / Why it matters / If the answer is no); Part C a two-column
"They say / You say" table of employers' objections, where most of the course's
arrangements are given in the replies; Part D the course in the union's own
names (Study Days 1-8, Tasks T1-T4, the Learning Needs Profile, the School
Sponsor, the Distance Pathway); Part E the School Sponsor; Part F for the panel;
an appendix outcome table in the union's words with merged group rows (Where
it is worked on / Where it counts). Header ("RESTRICTED: FOR UTS
REPRESENTATIVES") and footer with a PAGE field, tracked changes by the union's
Legal Department (a deleted sentence, an inserted sentence, a deleted table
row), Word comments.

Traps (requirement ids):
- 2.1 not_met: in "They say / You say" Harnham "cannot give credit for earlier
  study or experience"; the sentence promising APL is a deleted tracked change;
  a comment from Legal.
- 2.3 partially_met: experienced members "can ask" to take the Tasks without
  attending, "decided case by case": a route with no arrangement.
- 6.S1 not_met: the appendix row for advising governors on inclusive policy is
  a deleted table row; "Get the governors on side" in Part C is the
  negotiator's task, not an outcome of the course (right words, wrong thing).
- 6.K3 not_met: disability equality law "was a session on the old UTS SENCO
  Certificate" and is "not part of the Award course" (a past arrangement).
- 1.4 partially_met: Study Day 2 covers SEN law, not disability law. Part A's
  legal background is the negotiators' briefing on employment, not content.
- 5.9 not_met: impact only hoped for ("We hope in time to be able to show").
- 5.3 met: Harnham's admissions team checks the disclosure; the condition for
  those not in a school in the last three months is an inserted tracked change.
- 5.5 partially_met: guest specialists on Study Days, but the special school
  visit is something the rep should ask the head to arrange ("UTS Learning
  cannot arrange visits").
- 5.6 partially_met: online reading packs, but "members are expected to use
  the resources of their own school".
- 5.7 partially_met: tutors trained by Harnham, but the School Sponsor's
  preparation is "a copy of this briefing" (wrong thing).
- 3.3 partially_met: the Distance Pathway has e-mail tutor support, but members
  "work through the online units on their own": no peer support, no wider ICT
  communication.
- 4.1 partially_met: evidence is from members only (the members' survey and
  conference), no schools or local authorities.
- 1.3 partially_met: "draws on the research literature" only in general terms.
- 1.9 partially_met / 6.0 partially_met: the award rule is passing T2-T4 and
  attendance ("attended at least seven of the eight Study Days"), with no
  requirement to show every outcome; some outcomes do not count.
- 6.A1, 6.A5, 6.K7, 6.S6 partially_met: worked on, with "-" or "Not assessed"
  in "Where it counts".
- 6.S2b partially_met: counts only in T1, which is "formative: not marked".
- Header and footer never evidence.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _hd_helpers import *  # noqa
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

HERE = Path(__file__).parent
NAME = "hd-02-uts-negotiators-briefing"
LEG = "UTS Legal Department"
DT = "2008-10-06T09:30:00Z"

d = new_doc(font="Arial", size=10)
header_footer(d, "UTS  -  NEGOTIATORS' BRIEFING  -  RESTRICTED: FOR UTS REPRESENTATIVES",
              "NB 08/27  -  Salaries and Conditions Department with UTS Learning")

box(d, ["**Note for the TDA approval panel (January 2009)**",
        "This is UTS Learning's application for approval of the course it runs with Harnham University. We send "
        "Negotiators' Briefing NB 08/27 as it went to our representatives in October 2008, because it is the "
        "fullest account of the course we have: it tells our representatives what the course asks of members "
        "and schools, and answers the questions heads and governors put to them. Part F has been added for the "
        "panel. The briefing uses our own names for the course's parts.",
        "Anne Rowntree, Director, UTS Learning"], fill="DEEAF6")

p(d, "UNION OF TEACHERS IN SCHOOLS", bold=True, size=13)
p(d, "Negotiators' Briefing NB 08/27", bold=True, size=18)
p(d, "The National Award for SEN Coordination: securing time, fees and support for members", bold=True, size=12)
table(d, [["Briefing", "NB 08/27"],
          ["Issued to", "School representatives, local secretaries, regional officials"],
          ["Issued by", "Salaries and Conditions Department with UTS Learning"],
          ["Date", "October 2008 (Part F added January 2009)"],
          ["Replaces", "NB 07/11 (SENCO time and status)"],
          ["Contact", "UTS Learning, 0161 496 0711, learning@uts.org.uk"]], widths=[3.5, 13], header_fill=None)
d.add_paragraph()

box(d, ["**Key points**",
        "\u2022 From 1 September 2008 every teacher newly appointed as SENCO must be a qualified teacher and must "
        "gain the National Award for SEN Coordination within three years.",
        "\u2022 UTS Learning runs the Award course with Harnham University. It is open to UTS members and is "
        "worth 60 masters-level credits.",
        "\u2022 Members should not pay the fee themselves, and should not do the course in their own time without "
        "agreement. Use Parts B and C to negotiate.",
        "\u2022 Tell members to apply by 31 July for a September start or by 30 November for a February start."])

h(d, "Part A  The background", 1)
p(d, "The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 came into force on 1 "
     "September 2008. They require the governing body of a maintained school to make sure that the SENCO is a "
     "qualified teacher working at the school, and that a teacher who becomes SENCO for the first time after "
     "that date gains the National Award within three years of taking up the post. The Award is a requirement "
     "placed on the school as employer. It follows that the school should meet the cost and give the time.")
p(d, "The School Teachers' Pay and Conditions Document does not give SENCOs a right to extra non-contact time, "
     "but the guidance to the Regulations expects governing bodies to consider what time and support the SENCO "
     "needs. Where a SENCO's workload is unreasonable, representatives should use the workload provisions and "
     "the school's own procedures, and contact the regional office early.")
p(d, "The Union's policy, confirmed at Conference 2008, is that the Award should be fully funded, taken in "
     "directed time and linked to a management allowance for the SENCO role.")

p(d, "The Union believes that every pupil with special educational needs deserves a SENCO who is well "
     "trained, properly supported and given the time to do the job. We want the Award to be a real "
     "professional qualification that members value, not a hurdle placed in front of them, and that is why "
     "UTS Learning decided to run the course itself rather than leave members to find a place elsewhere.")

h(d, "Part B  What to ask for", 1)
p(d, "Representatives should seek a written agreement with the head covering each of the points below. A model "
     "agreement is available from the regional office.")
table(d, [["The ask", "Why it matters", "If the answer is no"],
          ["Release for all eight Study Days, with supply cover paid by the school",
           "The Award is a statutory requirement on the school, not an optional course.",
           "Ask for the Saturday pattern with time off in lieu; refer to the regional office."],
          ["The fee (\u00a31,200) paid by the school",
           "Standards Fund and school CPD budgets can be used for it.",
           "Ask the local authority whether it will fund places; some do."],
          ["A School Sponsor: a senior leader who meets the member each half term",
           "Members who have a sponsor are far more likely to complete the School Project.",
           "Ask for the head to take the role personally."],
          ["Two hours a week of protected time for Tasks and the School Project",
           "The Tasks are carried out in school and count for the Award.",
           "Ask for the time to be blocked in one afternoon each fortnight."],
          ["A day's visit to a special school, resource base or outreach service",
           "Members value seeing specialist practice. UTS Learning cannot arrange visits for members, so the "
           "head needs to.", "Ask for the visit to be arranged through the local authority SEN team."],
          ["A laptop or home access to the school network for Distance Pathway members",
           "The Distance Pathway is studied online.", "Members may use UTS regional office computers."]],
      widths=[4.6, 6.3, 5.6], size=9)
d.add_paragraph()

h(d, "Part C  They say ... you say", 1)
p(d, "These are the points heads and governors have raised most often with representatives since September, "
     "with the answers UTS Learning has agreed.")
rows = [["They say", "You say"],
        ["\"She can't be out of class for eight days.\"",
         "The course runs in three patterns: weekday Study Days at regional offices, the same Study Days on "
         "Saturdays, or the Distance Pathway, where members study five of the eight days' work through online "
         "units and attend only Study Days 1, 4 and 8. Members can start in September or February, and can "
         "switch pattern at the end of a term. The member and the school choose the pattern that suits them."],
        ["\"He already has an SEN diploma from years ago.\"", None],
        ["\"She's been doing the job for ten years. Why train?\"",
         "Members with long experience as SENCO can ask the programme leader to take the Tasks without attending "
         "the Study Days. This is decided case by case."],
        ["\"What's in it for the school?\"",
         "Every member carries out a School Project in their own school: a change to provision that the member "
         "leads, agreed with the head, with measures of pupils' progress, attendance and well-being before and "
         "after. The Tasks are all set in the member's own school, so the course works on the school's real "
         "priorities and the member's practice changes as they go."],
        ["\"What about checks? We don't want to pay for another CRB.\"", None],
        ["\"The governors won't agree to the fee.\"",
         "Get the governors on side. Ask to speak to the governors' personnel or curriculum committee, explain "
         "the Regulations (Part A) and the benefits (above), and remind them that the duty is theirs. Your "
         "regional official can attend with you."],
        ["\"What if she leaves us as soon as she has the Award?\"",
         "The Award belongs to the member, and the Union will not agree to clauses requiring members to repay "
         "fees if they move on. Point out that the Regulations require the school's next SENCO to hold the "
         "Award too, and that a trained SENCO who stays is worth far more than the fee."],
        ["\"Can't she do it in her own time, like everyone else did?\"",
         "No member should be asked to study in the evenings and at weekends without agreement. If the member "
         "chooses the Saturday pattern, ask for time off in lieu on an agreed basis, recorded in writing."],
        ["\"Is it any good?\"",
         "The course is validated by Harnham University, taught by experienced SENCOs and advisers, and checked "
         "by an external examiner. See Part F."]]
t = table(d, rows, widths=[5.0, 11.5], size=9)
c = t.cell(2, 1)
c.text = ""
par = c.paragraphs[0]
par.add_run("Harnham has told us it cannot give credit for earlier study or experience on this award in its "
            "first two years, so every member takes all the Study Days and Tasks. ")
add_del(par, "UTS Learning will accredit previous SEN qualifications and experience against the Award.", LEG, DT)
comment(d, par.runs[0], "Do not promise APL: Harnham's letter of 2 October rules it out until 2010. Legal.",
        "UTS Legal Department", "LD")
c = t.cell(5, 1)
c.text = ""
par = c.paragraphs[0]
par.add_run("Harnham University's admissions team checks every member's enhanced CRB disclosure (the "
            "disclosure number and date) and the employer's confirmation of suitability before enrolment, "
            "and no member can attend a Study Day until this is done. ")
add_ins(par, "Anyone who has not worked in a school or college in the last three months must obtain a new "
             "enhanced disclosure through Harnham before the first Study Day.", LEG, DT)
d.add_paragraph()

h(d, "Part D  What your member will do", 1)
p(d, "The Award course is planned and taught by UTS Learning and validated and awarded by Harnham University as "
     "a 60-credit Postgraduate Certificate at masters level (Level 7). Its aim is to raise the achievement and "
     "well-being of pupils with SEN and disabilities across all five Every Child Matters outcomes, by "
     "developing SENCOs who lead provision in their schools. The course draws on the research literature and "
     "the latest guidance throughout.")
p(d, "**Before the course: the Learning Needs Profile.** Before Study Day 1 each member completes the Learning "
     "Needs Profile, rating themselves against each of the national outcomes for SENCOs with examples from "
     "their practice. The member's tutor and School Sponsor discuss it with the member at a starting meeting in "
     "school, and together they write the member's Individual Learning Plan: the four to six outcomes the "
     "member will concentrate on, the Study Day workshops and reading they will choose, and what the School "
     "Project will address. The Plan is reviewed at Study Day 4.")
p(d, "**The eight Study Days.**")
table(d, [["Day", "Theme", "What members do"],
          ["1", "The SENCO role", "The role in the Code of Practice; the member's Learning Needs Profile; "
                                  "managing the SENCO's time, priorities and delegation."],
          ["2", "The SEN framework", "The Education Act 1996, the SEN Code of Practice, the 2008 Regulations, "
                                     "Every Child Matters and the Children Act 2004, and what they mean for the "
                                     "school and the SENCO."],
          ["3", "Understanding needs", "How children develop and how SEN, disability and the learning environment "
                                       "affect development; the main types of SEN (BESD, SpLD including "
                                       "dyslexia, SLCN, ASD, MLD) and their effect on learning."],
          ["4", "Assessment and tracking", "Identifying pupils; using reports from other professionals; "
                                           "summative data and national tests to track progress; access "
                                           "arrangements for tests and examinations; review of the Individual "
                                           "Learning Plan."],
          ["5", "Teaching and learning", "Approaches, strategies, resources and ICT for pupils with SEN; helping "
                                         "colleagues to use assessment for learning; building relationships with "
                                         "pupils and families."],
          ["6", "Working with others", "Parents and carers; the pupil's voice in planning and review; outside "
                                       "agencies and voluntary organisations, with a panel of local services."],
          ["7", "Leading provision", "Provision mapping; deploying and managing teaching assistants; "
                                     "coaching, observation and training colleagues; evaluating provision "
                                     "with staff; school self-evaluation."],
          ["8", "Next steps", "Presenting School Projects; the member's CPD plan for the next year."]],
      widths=[1.2, 3.6, 11.7], size=9)
d.add_paragraph()
p(d, "Study Days are led by UTS Learning tutors with a guest specialist each day: an educational "
     "psychologist, a speech and language therapist, a local authority SEN adviser, a parent partnership "
     "officer and a special school headteacher have all taken part this autumn.")
p(d, "**The Distance Pathway.** Members on the Distance Pathway work through the online units on their own "
     "on Harnham's Blackboard site, in place of Study Days 2, 3, 5, 6 and 7. Tutors respond to questions by "
     "e-mail, and mark the same Tasks as for other members.")
p(d, "**The four Tasks.**")
for s in ["**T1 Learning Needs Profile and Assessment Review** (formative: not marked). The Profile, and a "
          "review of how the school uses summative assessment and national tests to track pupils with SEN. "
          "Tutors give written feedback.",
          "**T2 Case Study** (3,500 words, 30%). One pupil with SEN: identification, the reports of other "
          "professionals, targets agreed with the pupil and parents, the intervention, access arrangements where "
          "needed, and review.",
          "**T3 Provision Review** (2,500 words, 20%). The school's provision map, what it shows about "
          "ineffective or missing provision, and how the member deploys support staff.",
          "**T4 School Project and Professional Discussion** (5,000 words and a 30-minute discussion with two "
          "tutors, 50%). The change the member led, with evidence of its effect on pupils and colleagues."]:
    bullet(d, s)
p(d, "In the Professional Discussion two tutors question the member for thirty minutes on the School "
     "Project: why the member chose it, how colleagues and the head were brought on board, how the member "
     "managed the work alongside the SENCO role and what the member would do differently. The member also "
     "talks through the CPD plan drafted at Study Day 8. The tutors record their judgements on Harnham's "
     "discussion form, and the mark is combined with the mark for the written report.")
p(d, "The Award is given to members who pass T2, T3 and T4 and have attended at least seven of the eight Study "
     "Days (or Study Days 1, 4 and 8 on the Distance Pathway).")
p(d, "At Study Day 8 every member drafts a CPD plan for the following year with targets for their own "
     "development, using the UTS Next Steps planner, and takes it to their performance management review. "
     "Members are told about Harnham's MA and about the Union's leadership courses.")

h(d, "Part E  The School Sponsor", 1)
p(d, "The School Sponsor is a member of the school's senior leadership team, named by the head on the "
     "nomination form. The Sponsor meets the member each half term, helps agree the School Project, and signs "
     "the Project's evidence. School Sponsors receive a copy of this briefing.")
par = p(d, "Representatives should make sure the Sponsor is not the member's line manager for pay purposes if "
           "that can be avoided.")
comment(d, par.runs, "Is there going to be any proper guidance for Sponsors from UTS Learning? Several reps "
                     "have asked. KB", "Kevin Blake (Regional Official)", "KB")

p(d, "**Representatives' checklist**")
for s_ in ["\u2610 Member has a copy of the course leaflet and the application form",
           "\u2610 Written agreement with the head on release, fee and protected time (Part B)",
           "\u2610 School Sponsor named on the nomination form",
           "\u2610 Visit to specialist provision requested",
           "\u2610 Regional office told of any refusal, with dates"]:
    p(d, s_)
p(d, "If a member is refused reasonable support, or is told that the Award is a condition of keeping the SENCO "
     "post without the time or funding to achieve it, the representative should contact the regional office "
     "at once. Regional officials have been briefed and can raise the matter with the local authority, which "
     "is the employer of staff in community and voluntary controlled schools. In foundation and voluntary "
     "aided schools the governing body is the employer, and the approach should be made to the chair of "
     "governors in the first instance.")

h(d, "Part F  For the approval panel (added January 2009)", 1)
p(d, "**Who asked for the course.** The course grew out of the Union's 2007 members' survey, in which 2,800 "
     "members who were or hoped to be SENCOs told us what they needed, and out of the SEN debate at our 2008 "
     "Conference. Members asked for a course they could take without long absences from class, for study "
     "they could do online, and for a project that would count in their own school.")
p(d, "**What members changed.** Because of the survey we introduced the Saturday pattern and the Distance "
     "Pathway, and the School Project replaced the long essay in the first draft. The Union's SEN Advisory "
     "Group, made up of member SENCOs, read the draft Tasks in June 2008 and asked for parents' views to be "
     "part of the Case Study, which they now are.")
p(d, "**Involving schools and others.** Two headteachers and a local authority SEN adviser sit on the Award "
     "Course Board with the programme leader, a Harnham academic and two member representatives. The Board "
     "reviews the evaluations each term. School Sponsors complete an end-of-year questionnaire on the effect "
     "of the course in their school, local authority SEN advisers act as guest specialists and as second "
     "markers for T4, and parent partnership officers contribute to Study Day 6.")
p(d, "**Quality.** Members evaluate every Study Day and each Task. The Course Board receives a termly report "
     "on evaluations, marks and completion, and agrees changes. Harnham's external examiner reviews a sample of "
     "every Task, attends the Board of Examiners and reports each year; Harnham's annual monitoring and "
     "UTS Learning's own annual review of all its courses feed an action plan, which the Union's Education "
     "Committee approves.")
p(d, "**Marking.** Every Task is marked against Harnham's Level 7 criteria. All T4 work is double marked, a "
     "sample of T2 and T3 is second marked, and the tutors meet to moderate after each deadline; the external "
     "examiner moderates the sample.")
p(d, "**Entry.** Applicants need QTS, a post as SENCO (or the head's written intention to appoint them), and "
     "the head's nomination. The Learning Needs Profile is used at application to check that the applicant "
     "has enough knowledge and experience to meet the outcomes within the year; applicants who do not are "
     "offered the UTS one-day course New to SEN first, and the programme leader discusses this with the head.")
p(d, "**Tutors.** The programme leader, Dr Sunita Beck (MA SEN, PhD; former SENCO and LA SEN inspector), leads "
     "a team of six tutors, all serving or recent SENCOs or advisory teachers with masters qualifications in "
     "SEN, who take part in Harnham's staff development programme each year. Harnham trains all tutors in "
     "its marking criteria before they mark.")
p(d, "**Resources.** Members receive a reading pack for each Study Day and access to Harnham's online "
     "library. Beyond this, members are expected to use the resources of their own school.")
p(d, "**Equality and access.** The application form invites members to tell us about any disability and the "
     "adjustments they need; the programme leader agrees these with each member before Study Day 1 and with "
     "Harnham's disability service for assessment. Regional offices used for Study Days are accessible, "
     "materials are provided in large print, electronically or on audio on request, and hearing loops are "
     "fitted. Members with caring responsibilities can choose the weekday or Distance patterns.")
p(d, "**Value for money.** The fee of \u00a31,200 is subsidised by the Union and is among the lowest in the "
     "region. Because each member's Individual Learning Plan selects the Study Day workshops and reading "
     "they need, members do not spend time on what they already know.")
p(d, "**Impact.** We hope in time to be able to show the difference the course makes to members' schools and "
     "to pupils, and will look at ways of doing this with Harnham.")
p(d, "**Disability equality law.** Disability equality law was a session on the old UTS SENCO Certificate; it "
     "is not part of the Award course, as members meet it in their schools' own disability equality schemes.")

# ---------------- appendix ----------------
landscape(d)
h(d, "Appendix  The national outcomes and where the course works on them", 1)
p(d, "Outcomes are given in our own words. \"Where it counts\" shows the Task in which the outcome is "
     "assessed for the Award.", italic=True)
OUT = [
    ("A", "Professional attributes"),
    ("", "Fair, respectful relationships with pupils with SEN and their families", "Day 5", "-"),
    ("", "Winning the commitment of the head and senior colleagues", "Days 1, 7", "T4 (Professional Discussion)"),
    ("", "Prioritising, managing time and delegating", "Day 1", "T4 (Professional Discussion)"),
    ("", "Solving problems and making sound judgements about provision", "Days 4, 7", "T2, T3"),
    ("", "Clear speaking and writing; listening to others", "All days", "Not assessed"),
    ("", "Using research and outside advice to improve practice", "Days 5, 7", "T2, T4"),
    ("", "Keeping up to date and owning one's own CPD", "Day 8", "T4 (CPD plan discussed)"),
    ("K", "Knowledge and understanding"),
    ("", "SEN law and the Code of Practice, and how to apply them", "Day 2", "T3"),
    ("", "Every Child Matters and the SENCO's part in it", "Day 2", "T4"),
    ("", "How children develop and what affects development", "Day 3", "T2"),
    ("", "The main types of SEN and their effect on learning", "Day 3", "T2"),
    ("", "Approaches, strategies, resources and ICT, critically understood", "Day 5", "T2, T3"),
    ("", "School self-evaluation and improvement for pupils with SEN", "Day 7", "-"),
    ("", "Best practice and research on meeting SEN", "Days 3, 5", "T2, T4"),
    ("", "External agencies and getting specialist support", "Day 6", "T2"),
    ("S", "Skills"),
    ("DEL", "Advising governors and senior colleagues on inclusive policy and resources", "Day 7", "T4"),
    ("", "Identifying pupils, setting targets, planning interventions, reviewing progress", "Day 4", "T2"),
    ("", "Using other professionals' assessments to shape teaching", "Day 4", "T2"),
    ("", "Using summative data and national tests to track progress", "Day 4", "T1"),
    ("", "Helping colleagues to use formative assessment", "Day 5", "T4"),
    ("", "Arranging access arrangements for tests and examinations in good time", "Day 4", "T2"),
    ("", "Provision mapping; finding ineffective or missing provision", "Day 7", "T3"),
    ("", "Deploying and managing support staff", "Day 7", "T3"),
    ("", "Developing colleagues: observation, coaching, modelling, training", "Day 7", "T4"),
    ("", "Evaluating provision with staff to inform self-evaluation", "Day 7", "Not assessed"),
    ("", "Involving pupils in planning and reviewing their provision", "Day 6", "T2"),
    ("", "Working with parents and carers", "Day 6", "T2"),
    ("", "Working with other services and voluntary organisations", "Day 6", "T2, T4"),
]
rows = [["Group", "National outcome (our words)", "Where it is worked on", "Where it counts"]]
for o in OUT:
    rows.append([o[1], None, None, None] if len(o) == 2 else ["", o[1], o[2], o[3]])
t = table(d, rows, widths=[2.0, 13.0, 4.5, 5.5], size=9)
for i, o in enumerate(OUT, start=1):
    if len(o) == 2:
        m = t.cell(i, 0).merge(t.cell(i, 3))
        cell_text(m, f"{o[0]}  {o[1]}", bold=True, size=9)
        shade(m, "D9E2F3")
    elif o[0] == "DEL":
        tr = t.rows[i]._tr
        trPr = tr.get_or_add_trPr()
        trPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="9001" w:author="{LEG}" w:date="{DT}"/>'))
        for cell in t.rows[i].cells:
            for cp in cell.paragraphs:
                texts = [r.text for r in cp.runs]
                for r in list(cp.runs):
                    cp._p.remove(r._r)
                if "".join(texts):
                    add_del(cp, "".join(texts), LEG, DT)
p(d, "T1 is formative: not marked. \"-\" means the outcome is worked on but does not count in any Task.",
  italic=True, size=9)

save(d, HERE / f"{NAME}.docx")
print("wrote", NAME)
