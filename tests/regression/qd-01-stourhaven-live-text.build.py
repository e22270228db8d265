"""qd-01-stourhaven-live-text: build the .docx next to this script.

Provider: Stourhaven Hornets Handball Club, through its charity the Hornets Schools Trust, which has run
"Handball in Schools" in 34 schools since 2001; the University of Tewsbury validates the course as a
60-credit Master's-level Postgraduate Certificate.

Document kind and layout: the club website's Match Centre LIVE TEXT commentary, printed into Word, used as
the whole application. The course is "the match": a score-ticker title block (a table with merged, shaded
cells), a note for the panel in a VML text box that keys the Player Ratings table at the very end ("rated
out of 10", "Warm-up only", "On the bench", "Did not travel"), then timestamped posts: clock times for the
pre-match build-up (admission, checks, prior learning, warm-up profile, access, fees), a TEAM NEWS table of
staff, minute marks (1' to 60') for the sessions and court tasks, HALF-TIME and FULL TIME, the three marked
pieces as "7-metre throws" in shaded bordered key-event boxes, YOUR TEXTS (readers' messages from the pilot
feed: not the provider's words), ELSEWHERE (other providers' courses), POST-MATCH REACTION (others'
quotations), a MATCH STATS table, and a landscape Player Ratings table with merged group rows in the club's
positions (Back court / Wings / Pivot), not in Annex 3's order. No heading styles: section titles are bold
capitals on shaded paragraphs; some posts use manual line breaks. Header and footer (the footer claims every
outcome is rated: not evidence). Tracked changes, two comments, two footnotes.

Traps (requirement ids):
- Deleted tracked change: "A second squad starting in January, with an online route" -> not part of the
  submission; 3.2 stays partially_met (one September start; only the order of the 7m throws and a later
  third throw are flexible); 3.3 not_applicable because the post says there is no online learning.
- Readers' texts ask for an online version and evening sessions (others' words: 3.2, 3.3) and for exam
  access arrangements (6.S2d, which the course does not cover: "Did not travel").
- CRB: stewards checking tickets at the Arena door (right words, wrong thing) and a post saying the
  disclosures are the employing schools' responsibility and the Trust does not ask to see them
  (someone else's responsibility / negation) -> 5.3 not_met. A comment asking whether to check them
  is not part of the submission.
- ELSEWHERE: another university's assessment-only route (another provider's arrangement) and the Trust's
  "no route straight to full time" (negation) -> 2.3 not_met.
- Time management left to the school's leadership programme, in a reply to a reader's text -> 6.A3 not_met.
- Parents: one session listening to the Parent Partnership Officer, no court task or marked piece ->
  1.7, 6.A1 (pupils assessed, families not), 6.S8 partially_met.
- Award rule as an average across the three throws with compensation -> 6.0 and 1.9 partially_met
  (the ratings also leave outcomes "On the bench" or "Warm-up only").
- Stakeholders in future evaluation only hoped for ("we would like ... will look at ways") -> 4.3
  partially_met (schools' Court Coaches and LA speakers do take part in delivery).
- Pupils' achievement: "We would like to measure ... hope to find a way" -> 5.9 partially_met (confidence
  is measured at three points).
- Resources: rooms and a library card only; "no specialist software or equipment of our own" -> 5.6
  partially_met.
- Ratings: "Warm-up only" (formative feedback, no mark) -> 6.A5, 6.K7 partially_met; "On the bench"
  -> 6.K3, 6.S2c (a cell changed by tracked change from "7m 3" to "On the bench"), 6.S8 partially_met.
  Low numbers (6/10) still mean rated: met.
- Tracked insertion: the Delegate sees every fail and borderline (part of the submission: 5.8).
- Footer claim "Every Annex 3 outcome is rated at full time" is a footer, never evidence.
- Footnotes carry dates only.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _qd_helpers import (new_doc, para, add_runs, shade_para, border_para, table, merge, set_cell, shade_cell,
                         ins_run, del_run, replace_in_cell, comment, Footnotes, text_box, header_footer,
                         landscape_section, portrait_section)
from docx.shared import Pt, Cm

HERE = Path(__file__).parent
OUT = HERE / "qd-01-stourhaven-live-text.docx"

HORNET = "F2B705"   # club yellow
DARK = "1F1F1F"
GREY = "E7E6E6"
PALE = "FFF4C2"

doc = new_doc("Arial", 10)
fn = Footnotes(doc)
header_footer(doc.sections[0], "HORNETS MATCH CENTRE  |  LIVE TEXT  |  www.hornetshandball.org.uk/matchcentre",
              "Stourhaven Hornets HC Schools Trust (registered charity 1099412). Every Annex 3 outcome is rated at full time.")


def band(text):
    p = para(doc, [(text, {"bold": True, "size": 11})], shade=HORNET, space_before=10, space_after=4, keep=True)
    return p


def post(time, body, key=False, label=None):
    """A live-text post: bold time mark, optional label, body text in one run."""
    parts = [(time + "  ", {"bold": True, "color": "B8860B" if not key else "000000"})]
    if label:
        parts.append((label + "  ", {"bold": True}))
    parts.append(body)
    p = para(doc, parts, space_after=6)
    if key:
        shade_para(p, PALE)
        border_para(p, "B8860B", 8)
    return p


# ---------------------------------------------------------------- ticker
t = doc.add_table(rows=5, cols=3)
t.style = "Table Grid"
merge(t, 0, 0, 0, 2, "MATCH CENTRE  \u2022  LIVE", bold=True, shade=DARK, size=12)
for r in t.rows[0].cells[0].paragraphs[0].runs:
    r.font.color.rgb = __import__("docx").shared.RGBColor(0xF2, 0xB7, 0x05)
set_cell(t.cell(1, 0), "STOURHAVEN HORNETS SCHOOLS TRUST", bold=True, size=11, shade=HORNET)
set_cell(t.cell(1, 1), "v", bold=True, size=11)
set_cell(t.cell(1, 2), "THE 2009-10 SQUAD", bold=True, size=11, shade=GREY)
merge(t, 2, 0, 2, 2, "National Award for SEN Coordination: application for approval to the TDA, January 2009", size=9)
set_cell(t.cell(3, 0), "Venue: Hornets Arena Education Suite, Quay Road, Stourhaven; University of Tewsbury, Lecture Room 4", size=8)
set_cell(t.cell(3, 1), "Throw-off: Saturday 19 September 2009", size=8)
set_cell(t.cell(3, 2), "Officials: see TEAM NEWS", size=8)
merge(t, 4, 0, 4, 2, "Live text by the Trust's education team. Newest posts at the bottom. Refresh for the latest.",
      size=8, shade=GREY)
para(doc, "", space_after=2)

text_box(doc, [
    ("A NOTE FOR THE PANEL", True, 10),
    ("Our members follow every Hornets fixture on the Match Centre live text, so we have written our course the same "
     "way. Read the feed from the top: the course is the match, and everything posted under a time or a minute mark by "
     "the Trust's education team is what the course does.", False, 9),
    ("Posts headed YOUR TEXTS are messages from readers of last season's pilot feed, printed as they came in; posts "
     "headed ELSEWHERE are about other providers' courses; POST-MATCH REACTION quotes other people. None of these "
     "describes what our course does.", False, 9),
    ("At full time you will find the Player Ratings: one line for each of the national outcomes, in our words and grouped "
     "by court position. A line rated out of 10 means the outcome is worked on at the minute shown and marked in "
     "the 7-metre throw shown; the number is only our coaches' view of how hard the squad will find it. Warm-up only "
     "means it is looked at in the Warm-up Profile and at half-time, where players get feedback but no mark. On the bench "
     "means a session or court task works on it but no 7-metre throw marks it. Did not travel means the course does not "
     "cover it.", False, 9),
], width_pt=455, height_pt=210, fill="FFFBEA", stroke="B8860B")

# ---------------------------------------------------------------- pre-match
band("PRE-MATCH")
post("12:30", "Good afternoon and welcome to the Match Centre. This is the Hornets Schools Trust's live text for the "
     "2009-10 National Award for SEN Coordination. Our match is a one-year, part-time course for teachers new to leading "
     "provision for pupils with special educational needs and disabilities in their schools. Stay with us from the "
     "warm-up to the final whistle.")
p = post("12:34", "The ground rules first. The course is validated by the University of Tewsbury as its Postgraduate "
         "Certificate in Special Educational Needs Coordination, worth 60 credits at Master's level (M-level). The "
         "University's School of Education registers every player, awards the credits and the certificate, and its "
         "staff mark alongside our coaches.")
fn.add(p, "Approved by the University's Board of Studies for Education on 3 December 2008, for five years from September 2009.")
post("12:41", "Why are we here? Our coaches have taken handball into 34 Stourhaven and Tewsbury schools since 2001 and "
     "see every week what happens for children with SEN and disabilities when the adults around them get it right. The "
     "whole match is played for one result: children and young people with SEN and disabilities in our players' schools "
     "achieving more and doing better in all five Every Child Matters outcomes, being healthy, staying safe, enjoying and "
     "achieving, making a positive contribution and achieving economic well-being, not only in test scores. Every session "
     "plan names the pupil outcome it is there to change, and every 7-metre throw asks the player to show what changed "
     "for pupils in their school.")
post("12:50", "Ticket office news. Who gets a ticket? A player must be a qualified teacher, be in post as SENCO or named "
     "by the head to take the role within the year, and send a letter of support from the headteacher. Every applicant "
     "has a 30-minute Pre-match Chat with the Head Coach, who goes through the Warm-up Profile questions with them. Where "
     "an applicant does not yet have the experience to reach the outcomes in a year, we say so, tell them what to do "
     "first (usually a term shadowing the school's current SENCO and our two free Twilight Tasters), and the Head Coach "
     "rings the headteacher to agree it. They are offered a place the following year.")
post("12:55", "On the door: the usual reminder that stewards at Hornets Arena check every ticket and every accreditation "
     "pass before the doors open at 13:30.")
p = post("12:57", "And on checks on players: our players are serving teachers, and responsibility for their enhanced "
         "CRB disclosures rests with their employing schools and local authorities, not with the Trust. We do not ask to "
         "see them.")
comment(doc, p.runs[-1], "Should we be checking these ourselves? Ask Paul what the University does for its PGCE students.",
        author="R. Kellaway", initials="RK")
post("13:05", "Prior learning. Players who already hold Master's-level credit in SEN from the last five years can bring "
     "up to 20 credits with them under the University's rules for accrediting prior learning: they send a short claim "
     "and their transcript, a Hornets coach and a University tutor look at it together, and the University's APL panel "
     "decides. Experience counts too. A player with a long record of SEN work can claim credit for experiential learning "
     "against the first 7-metre throw by building a portfolio of evidence, which the coach and tutor assess in the same "
     "way. Either way the player still completes the Warm-up Profile, so nothing already known is taught again.")
post("13:12", "Warm-up. Every player completes the Warm-up Profile before the first session: the national outcomes "
     "rewritten as 52 statements in our own words, each self-rated from 1 to 4 with an example from their school. The "
     "player's coach checks every rating at a one-to-one meeting in school in the fortnight before throw-off, where many "
     "a 4 turns out to be a 2 because the knowledge is out of date. The meeting ends with the player's Game Plan: the "
     "outcomes they most need, the sessions and court tasks that target them, a school-based target for each half, and "
     "the topics they will choose for the 7-metre throws. The Game Plan is their personal set of outcomes for the season "
     "and is revisited at half-time.")
post("13:20", "Access and adjustments. The Arena's Education Suite is on the ground floor with level access, an "
     "accessible toilet, a hearing loop and parking bays at the door; the University's Lecture Room 4 is the same. The "
     "application form asks every player, in plain words, whether they have a disability or other need we should plan "
     "for, and says why we ask and who will see the answer. Whatever is disclosed, the Head Coach meets the player before "
     "throw-off to agree adjustments: handouts in large print or sent electronically before each session, a note-taker, "
     "rest breaks, extra time or a different format for a 7-metre throw, confirmed with the University's disability "
     "service. Our Pre-match Chat judges only the entry requirements above, placements are checked for access before a "
     "player is sent, and our leaflet and web page come in large print and audio. Our Saturday sessions include a "
     "disabled adult who coaches in our wheelchair handball section talking about what schools did and did not do for "
     "him.")
post("13:26", "'Any chance of an online version for those of us out in the villages? It's an hour each way.' (Sam, "
     "Wrenfold Primary)\n'Will it be evenings? Saturdays are hard with three kids.' (a Year 6 teacher)",
     label="YOUR TEXTS")
p = post("13:28", "How we play it. The course starts in September and runs for one school year, on eight Saturdays and three "
         "twilight sessions, with the court tasks done in the player's own school between them. Players choose the "
         "order in which they take the three 7-metre throws, and may take the third in the summer or in the following "
         "autumn. There is no online learning in this course; everything happens in the hall, in the lecture room or in "
         "school. ")
del_run(p, "A second squad starting in January, with an online route, will run from 2010.", author="R. Kellaway")
post("13:34", "Money. The fee is \u00a31,150 for the year, including the University's registration. The Trust's Legacy "
     "Fund pays half for players from our 34 partner schools, and both local authorities pay a further quarter for "
     "SENCOs new to post. Because the Warm-up Profile steers each player to what they need, a player who already shows "
     "an outcome drops the court task for it and spends that time on a Game Plan target instead; coaches keep squads to "
     "eighteen so each player gets three timeouts (one-to-one tutorials) and feedback on a draft of every throw. Each "
     "session ends with a next-steps note against the player's Game Plan, so progress towards the outcomes is in view all "
     "season.")

# ---------------------------------------------------------------- team news
band("TEAM NEWS")
post("13:40", "Here is how the Hornets line up. Coaches teach the sessions and mark; the Referee pair marks every throw; "
     "the Delegate is the University's external examiner.")
tn = table(doc, [
    ["Position", "Name", "Background"],
    ["Head Coach (programme leader)", "Dr Ruth Kellaway",
     "SENCO for eleven years in two Stourhaven secondary schools; MA in Special and Inclusive Education; the Trust's "
     "Education Director, still SEN adviser one day a week to three primary schools."],
    ["Assistant Coach", "Imran Dhillon",
     "Specialist teacher with Tewsbury's Learning Support Service (dyslexia and specific learning difficulties); "
     "coaches our under-16 girls."],
    ["Assistant Coach", "Claire Mottram",
     "Headteacher of Bridgemoor Special School until 2007; trained inspector; now leads our schools' inclusion network."],
    ["University tutor", "Dr Paul Orme",
     "Senior Lecturer in Inclusive Education, University of Tewsbury; module leader for the MA in SEN."],
    ["The Delegate", "Appointed by the University",
     "External examiner for the University's SEN awards, from another university."],
], widths=[4.2, 3.6, 9.2], header_shade=HORNET, size=8.5)
para(doc, "", space_after=2)
post("13:44", "Court Coaches. Each player's school names a Court Coach, a senior leader or an experienced SENCO who "
     "supports the court tasks in school. Court Coaches come to a two-hour briefing evening in September, receive the "
     "Court Coach Handbook (their role, what a good court task looks like, how to give feedback, what each 7-metre throw "
     "asks) and meet the player's coach at the half-time review. Our own coaches attend the University's marking day "
     "every July, and the Head Coach observes each of them teach once a season.")
post("13:47", "From the bench: the squad hears from and works with specialists all season: an educational psychologist "
     "from Tewsbury's psychology service, a speech and language therapist from Stourhaven PCT, the autism outreach team, "
     "the local authorities' Parent Partnership Officer and the sensory support service. Every player also spends one day "
     "on placement at Bridgemoor Special School in the spring, shadowing its SENCO and its outreach teacher.")
post("13:50", "Kit: sessions run in the Arena's Education Suite and the University's Lecture Room 4; each player has a "
     "University library card and its online journals for the year. We have no specialist software or equipment of our "
     "own; players use what their school has.")

# ---------------------------------------------------------------- first half
band("FIRST HALF")
post("1'", "THROW-OFF. Session 1 (Saturday 19 September, Arena): the SENCO's job and the law. The squad works through the "
     "SEN Code of Practice (2001), its graduated response, School Action and School Action Plus, statutory assessment and "
     "annual reviews, together with the Special Educational Needs and Disability Act 2001, the Disability Discrimination "
     "Act 1995 as amended in 2005 with its Disability Equality Duty, the Children Act 2004 and Every Child Matters, and "
     "what each means for the player's own school. Court task 1: the player checks their school's SEN policy against "
     "the Code and writes a one-page note to the head on what must change.")
post("6'", "Session 2 (Saturday 10 October, Arena): how children develop and learn, and what gets in the way, from "
     "language and attachment to the classroom itself. In the afternoon the squad works on the most common needs, "
     "behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, "
     "language and communication needs, autistic spectrum disorders and moderate learning difficulties, with the "
     "educational psychologist and the speech and language therapist, and compares approaches, strategies and resources "
     "for each, including ICT such as text-to-speech and symbol software seen in partner schools.")
post("11'", "Court task 2: Finding the pupils. Using classroom observation, data and assessments, the player identifies "
     "pupils in one class who may have SEN, sets targets with the class teacher, plans an intervention and reviews it "
     "after six weeks. They must use at least one report from another professional to change how the pupil is taught, "
     "and use the school's summative data, national tests and P scales to track the group and adjust the intervention.")
post("14'", "Session 3 (Saturday 7 November, University): provision mapping. Players bring their school's provision map "
     "and cost it, find provision that is not working or is missing, and plan how teaching assistants are deployed, "
     "line-managed and trained, using two partner schools' maps as examples.")
post("17'", "TIMEOUT. Each player's first one-to-one tutorial with their coach: the Game Plan checked, the first court "
     "tasks discussed, the first 7-metre throw topic agreed.")
post("19'", "Session 4 (Saturday 28 November, Arena): listening to pupils. Ways of consulting children and young people "
     "about issues that affect them, from talking mats to pupil-led reviews, and how to help colleagues work with pupils "
     "rather than around them. Court task 3, the Pupil Voice Interview: the player interviews three pupils with SEN "
     "about their provision, involves them in reviewing and agreeing their targets, and changes one thing as a result.")
post("22'", "Session 5 (twilight, Thursday 10 December, Arena): parents and carers. The Parent Partnership Officer "
     "talks about what parents tell her service and the squad discusses how schools can keep parents on side. There is "
     "no court task for this session.")
post("25'", "Session 6 (twilight, Thursday 14 January, University): assessment for learning. How SENCOs can help colleagues use "
     "formative assessment with all pupils, and what changes for pupils with SEN.")
p = post("27'", "7-METRE THROW 1: The Provision Map Review (4,000 words, due 29 January). The player maps provision for "
         "one year group, tracks the group's national test and other summative results, shows how teaching assistants are deployed, identifies ineffective or missing provision, "
         "reviews it with the colleagues who deliver it and reports to the senior team as part of the school's "
         "self-evaluation. It opens with the policy audit from court task 1 set against the Code of Practice and Every "
         "Child Matters.", key=True)
post("28'", "Session 7 (Saturday 6 February, Arena): leading colleagues. Observing teaching and giving feedback, "
     "modelling, coaching and mentoring, and planning training for staff. Court task 4: the player leads one staff "
     "training session and coaches one colleague for six weeks, keeping notes of each conversation.")
post("30'", "HALF-TIME. The half-time review in school: player, coach and Court Coach meet, the Warm-up Profile is "
     "re-rated and the Game Plan reset for the second half. The player brings the SEN section of the school's "
     "self-evaluation form and the coach gives written feedback on how it uses outcomes for pupils with SEN. At the "
     "next Saturday each player gives the squad a five-minute talk on their first court tasks, with spoken feedback from "
     "the coaches and the squad; neither is marked.", key=True)

# ---------------------------------------------------------------- second half
band("SECOND HALF")
post("31'", "Session 8 (Saturday 6 March, University): leading SEN in the school. An inclusive ethos, working with the "
     "senior team and governors on policy, priorities and the budget, putting SEN in the school development plan and "
     "winning the head's commitment, with a governor and a headteacher from partner schools on a panel.")
post("35'", "Session 9 (Saturday 27 March, Arena): what the evidence says. Players read recent research and Ofsted's "
     "2006 report on inclusion, compare interventions for literacy and for pupils with autism against the evidence, and "
     "plan how to bring external advice and research into their own and colleagues' practice.")
post("38'", "'Can we have something on access arrangements for SATs and GCSEs? Nobody at my school knows who does it.' "
     "(Priya, pilot squad)", label="YOUR TEXTS")
post("40'", "Court task 5: The Team Around the Child. The player maps the services and agencies their school uses, "
     "including voluntary organisations such as the Tewsbury Dyslexia Association and the Parent Partnership service, "
     "learns how each is reached, and sets up one joint plan for a pupil with at least one outside service.")
post("44'", "Placement day at Bridgemoor Special School (see 13:47).")
post("47'", "'When do we get the bit on time management and delegating? I'm drowning.' (Jo, pilot squad)",
     label="YOUR TEXTS")
post("48'", "Hornets reply to Jo: we leave time management and delegation to your school's own middle leaders "
     "programme. It isn't part of our match.")
p = post("50'", "7-METRE THROW 2: The Case Study (4,000 words, due 23 April). One pupil, followed for a term: how the "
         "pupil's needs were identified and how their development and learning are affected, the assessments and "
         "advice of other professionals and how they changed teaching, the approaches and resources chosen and why, "
         "the targets, the pupil's part in planning and reviewing, the decisions the player took when the plan was not "
         "working, and the review of progress.", key=True)
post("52'", "TIMEOUT. Second tutorial: feedback on the draft case study; third-throw topic agreed.")
post("53'", "Session 10 (twilight, Thursday 13 May, Arena): making it work. Case problems from the pilot squad's schools: "
     "anticipating problems, weighing evidence, taking and defending decisions about provision.")
p = post("56'", "7-METRE THROW 3: The Leadership Enquiry (5,000 words, due 9 July, or 22 October for players who want "
         "the summer). A small enquiry into one piece of the school's SEN provision: what research and outside advice "
         "say; how the player won the commitment of the head and senior team; how they worked with governors on the "
         "policy; how they supported colleagues' development through coaching and training; how they worked with at "
         "least one outside service; what changed; and the player's own plan for keeping up to date and for their "
         "professional development next year.", key=True)
post("58'", "TIMEOUT. Third tutorial: the enquiry plan and the player's next season.")

# ---------------------------------------------------------------- full time
band("FULL TIME")
post("60'", "FINAL WHISTLE. Session 11, the Final Huddle (Saturday 10 July, Arena). Each player leaves with a Next "
     "Season sheet: targets for the next two years drafted with their coach, the courses and networks open to them, "
     "including the University's MA in SEN and our SENCO network, and a page to take to their headteacher's "
     "performance review meeting.", key=True)
p = post("FT", "The Referee pair marks every 7-metre throw: the player's coach and a second coach who has not taught "
         "them, each against the University's Master's-level criteria and the outcome grid printed on the throw's brief. "
         "They agree a mark or a third marker decides. The Delegate sees a sample of at least a third of each throw and "
         "reports to the University's Board of Examiners, which confirms every mark. ")
ins_run(p, "The Delegate also sees every fail and every borderline script.", author="P. Orme")
post("FT", "To take the Award at full time a player needs an average of 50 per cent across the three 7-metre throws, "
     "with no single throw below 40 per cent. Players who fall short get one resubmission of each throw.")
p = post("FT+2", "Post-match analysis. After every session the squad fills in a one-page session card and the coaches "
         "debrief the same afternoon; the Head Coach writes an end-of-half report; the University's annual monitoring "
         "and the Delegate's report give an outside view. All of it goes to the Trust's Education Committee each July, "
         "which agrees the changes for the next season, and the changes are printed in the following year's Game Plan "
         "booklet so players can see what their comments did. Players re-rate the Warm-up Profile at the start, at "
         "half-time and at full time, so we can see how their confidence and competence have moved against each "
         "outcome. We would like to measure the difference the course makes to pupils' achievement as well, and hope "
         "to find a way to do that in a later season; for now the pupils' results in the throws are not collected.")
comment(doc, p.runs[-1], "Could we pull the before/after data out of the case studies? Worth asking the Delegate.",
        author="P. Orme", initials="PO")
post("FT+5", "How we picked the team. In spring 2008 we asked all 34 partner schools, both local authorities' SEN teams "
     "and the Parent Partnership service what new SENCOs most need. Twenty-nine heads replied: provision mapping, "
     "managing teaching assistants and leading colleagues came top, which is why Sessions 3 and 7 are full days. The "
     "local authorities asked for more on working with outside agencies, which became court task 5. Our 2007-08 pilot "
     "friendly with twelve teachers ran on Thursday afternoons; heads told us cover was impossible, so the course moved "
     "to Saturdays and twilights, and pilot players asked for more one-to-one time, so we added the three timeouts.")
post("FT+7", "Looking ahead, we would like heads, parents and former players to have a part in judging how each season "
     "went, and will look at ways of making that happen once the first squad has finished. Partner schools already "
     "give us the Court Coaches, and local authority officers speak at three sessions.")

band("ELSEWHERE")
post("FT+9", "Over at the University of Hallamford their SENCO course has an assessment-only route: experienced support "
     "service teachers present a portfolio and sit a viva without attending. The Hornets have no route straight to "
     "full time: every player plays the whole match, however experienced.")

band("POST-MATCH REACTION")
post("FT+12", "'The Warm-up Profile was the first time anyone asked me what I actually knew.' (pilot player, Kingsweir "
     "Primary)\n'We'd love a January start so our new SENCO can begin when she does.' (headteacher, Tewsbury)\n'Strong "
     "on the law and on provision mapping; I'd want more on exams.' (the pilot's visiting reader)")

band("MATCH STATS")
ms = table(doc, [
    ["Saturdays", "Twilights", "Court tasks", "Timeouts", "7-metre throws", "Credits", "Squad size"],
    ["8", "3", "5", "3", "3", "60 (M-level)", "18"],
], header_shade=GREY, size=8.5)
para(doc, "", space_after=2)

# ---------------------------------------------------------------- player ratings (landscape)
sec = landscape_section(doc)
band("PLAYER RATINGS")
para(doc, "One line for each national outcome, grouped by court position. Read with the note for the panel at the top "
     "of the feed.", size=9)
rows = [["No.", "Player (the outcome in our words)", "On court at", "Rated in", "Rating"]]
BACK = [
    ("3", "Knows the SEN law and the Code of Practice and puts them to work in school", "1'", "7m 1", "8"),
    ("4", "Knows Every Child Matters and the SENCO's part in it", "1'", "7m 1", "7"),
    ("5", "Knows the disability equality laws and what they ask of a school", "1'", "-", "On the bench"),
    ("6", "Knows how children develop and what affects their development", "6'", "7m 2", "7"),
    ("7", "Knows the common kinds of SEN and how they affect learning", "6'", "7m 2", "9"),
    ("8", "Weighs approaches, strategies and resources, ICT included", "6'", "7m 2", "7"),
    ("9", "Knows how school self-evaluation works for pupils with SEN", "30'", "-", "Warm-up only"),
    ("10", "Knows best practice and what research says", "35'", "7m 3", "6"),
    ("11", "Knows what outside agencies do and how to reach them", "40'", "7m 3", "8"),
]
WINGS = [
    ("12", "Fair, respectful, constructive relationships with pupils with SEN", "19'", "7m 2", "7"),
    ("13", "Wins the commitment of colleagues, the head and the senior team", "31'", "7m 3", "7"),
    ("14", "Manages time, prioritises and delegates", "-", "-", "Did not travel"),
    ("15", "Anticipates problems and takes sound decisions on provision", "53'", "7m 2", "8"),
    ("16", "Speaks and writes clearly; listens to others", "30'", "-", "Warm-up only"),
    ("17", "Uses research and outside advice to improve practice", "35'", "7m 3", "6"),
    ("18", "Keeps up to date and owns their CPD", "56', 60'", "7m 3", "8"),
]
PIVOT = [
    ("19", "Shapes an inclusive ethos and policy with the senior team and governors", "31'", "7m 3", "7"),
    ("20", "Identifies pupils, sets targets, plans interventions, reviews progress", "11'", "7m 2", "9"),
    ("21", "Uses other professionals' assessments to shape teaching", "11'", "7m 2", "8"),
    ("22", "Uses national tests and summative data to track and adjust", "11'", "7m 1", "7"),
    ("23", "Helps colleagues use formative assessment with pupils with SEN", "25'", None, "On the bench"),
    ("24", "Arranges access arrangements for tests and examinations in good time", "-", "-", "Did not travel"),
    ("25", "Uses provision mapping to find weak or missing provision", "14'", "7m 1", "9"),
    ("26", "Deploys and manages staff, teaching assistants included", "14'", "7m 1", "8"),
    ("27", "Supports colleagues' development: observation, coaching, training", "28'", "7m 3", "8"),
    ("28", "Reviews provision with colleagues to feed school self-evaluation", "27'", "7m 1", "8"),
    ("29", "Involves pupils in planning and reviewing their provision", "19'", "7m 2", "7"),
    ("30", "Works with parents and carers", "22'", "-", "On the bench"),
    ("31", "Works with other services and voluntary organisations", "40'", "7m 3", "7"),
]
group_rows = []
for title, block in (("BACK COURT: what a SENCO knows", BACK), ("WINGS: how a SENCO works", WINGS),
                     ("PIVOT: what a SENCO does", PIVOT)):
    group_rows.append(len(rows))
    rows.append([title, None, None, None, None])
    for r in block:
        rows.append(list(r))
pr = doc.add_table(rows=len(rows), cols=5)
pr.style = "Table Grid"
s23_cell = None
for i, row in enumerate(rows):
    if i in group_rows:
        merge(pr, i, 0, i, 4, row[0], bold=True, shade=PALE, size=8.5)
        continue
    for j, val in enumerate(row):
        if val is None:
            if i and row[0] == "23" and j == 3:
                s23_cell = pr.cell(i, j)
            continue
        set_cell(pr.cell(i, j), val, size=8.5, bold=(i == 0), shade=(HORNET if i == 0 else None))
replace_in_cell(s23_cell, "7m 3", "-", author="C. Mottram", size=8.5)
for row in pr.rows:
    for j, w in enumerate([1.2, 11.5, 3.2, 4.2, 3.2]):
        row.cells[j].width = Cm(w)
para(doc, "", space_after=2)
post("FT+20", "That's it from the Match Centre for this season. Thanks for following the Hornets.")

fn.add(doc.paragraphs[-1], "Feed closed 14 January 2009. Times in the pre-match posts are the times of posting; minute "
       "marks show where each session falls in the season.")
fn.finish()
doc.save(OUT)
print("wrote", OUT)
