"""qf-01-colmcille-club-notes: build the .docx next to this script.

Provider (invented): St Colmcille's Hurling and Camogie Club, Hallowmere, through its Schools and
Inclusion Committee, with Brackwell University (School of Education; validates the course as its
Postgraduate Certificate in SEN Coordination) and Hallowmere City Council's Inclusion Support Service.
The course is "the Colmcille Award": ten Saturday "Sessions" (a January group on Wednesdays), two
"Away Days", school tasks called "Drills", a formative practice piece called the "Challenge Match",
and three marked "Pieces" (the Case File, the Leadership Log, the Viva).

Document kind and layout: the club PRO's weekly "Club Notes" copy for a London-Irish weekly paper
(The Irish Courier), nine weeks (7 September to 2 November 2008) sent whole as the application under a
covering letter whose letterhead is typed with manual line breaks. No heading styles anywhere: each
week is a bold capitalised dateline, each item a paragraph with a bold run-in lead word ("LOTTO:",
"THE AWARD:", "SYMPATHY:"). The hurling, camogie, Lotto, Scor and sympathy items are left in. A
fixtures table for the Sessions with vertically merged Month and Venue cells and shading; an
"AWARD AT A GLANCE" fact box as a VML text box; a page header and footer; the sports desk's cuts as
tracked deletions and one tracked insertion by the PRO; three Word comments (Secretary, desk).
The 29 national outcomes appear only in the notes of 19 October as a run-on team sheet ("THE AWARD
PANEL") in the club's own words and in the club's own order (not Annex 3's), keyed in the paragraph
above it: the starting fifteen and the subs who "came on" are marked in a Piece (CF, LL, V);
"stayed on the bench" = worked on in the Sessions but not marked; "Challenge Match only" = marked
only in the practice piece that does not count; "Unavailable" = not on this year's course.

Traps (requirement ids):
- Correction: the notes of 14 September say "60 credits at Level 6"; the CORRECTION item of
  28 September says Master's level (Level 7). The later statement stands (E.2 met).
- Wrong context: the only CRB item is about the club's juvenile coaches (CHILD WELFARE); the
  Secretary's comment that teachers' CRBs are asked for on the booking form is a comment (5.3 not met).
- Negation: "There are no walk-overs in this competition" - no assessment-only route (2.3 not met).
- Tracked deletion: the sentence saying the tutors read and answer the Blackboard discussion board was
  cut by the desk; what remains is a peer board, readings and mentors between Sessions (3.3 partial).
- Tracked insertion: the cluster "trio" sentence is inserted by the PRO and counts (1.6).
- Hope: heads and a parent on the Programme Committee's review only "we'd love" (4.3 partial: they
  are concretely involved in delivery); pupil outcomes only "we're hoping to hear" (5.9 partial:
  participants' confidence is measured at the Warm-up and Session 10).
- General only: the Award library is a kit bag of books and the Long Room's projector (5.6 partial).
- Session 10 only offers a talk about the MA and "what else is out there"; no targets (2.5 partial).
- Blanket claims in the text box ("Every one of the twenty-nine national outcomes is covered and
  marked") and in the footer, against the panel sheet (1.9 partial); the award rule is "pass all three
  Pieces and come to at least eight of the ten Sessions", which does not secure the outcomes the Pieces
  never mark (6.0 partial).
- Another provider's arrangement: exam access arrangements only at the neighbouring club Erin's Own's
  evening (6.S2d not met); school self-evaluation "Unavailable" (6.K7 not met).
- Bench (developed, not assessed): 6.A3, 6.A7, 6.S2c, 6.S7 (the pupil-voice Drill develops 1.5, met,
  but is "not marked"). Challenge Match only (formative): 6.K4, 6.S5.
- Everything else on the panel sheet is met (session + Piece), e.g. 6.S6 although 6.K7 is missing.
"""
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _qf_helpers import (run, para, runin, ins, dele, shade, cell_text, line_breaks, text_box,
                         set_col_widths)

HERE = Path(__file__).parent
NAME = "qf-01-colmcille-club-notes"
DESK = "Padraig O Se (Sports Desk)"
PRO = "Siobhan Tierney"
SEC = "Noel Brannigan"

doc = docx.Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
run(hp, "St Colmcille's H&C \u00b7 Club Notes \u00b7 The Irish Courier (Midlands edition) \u00b7 copy as filed", size=8, italic=True)
fp = sec.footer.paragraphs[0]
run(fp, "Compiled by Siobh\u00e1n Tierney, PRO \u00b7 Every one of the twenty-nine national outcomes is marked in the Colmcille Award", size=8)


def dateline(text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    run(p, text, bold=True, size=12)
    return p


# ------------------------------------------------------------------ covering letter
p = doc.add_paragraph()
line_breaks(p, ["ST COLMCILLE'S HURLING AND CAMOGIE CLUB",
                "P\u00e1irc Cholmcille, Brook Lane, Hallowmere HM4 7QT",
                "Schools and Inclusion Committee",
                "Affiliated to the Gaelic Athletic Association and the Camogie Association"], bold=True)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
para(doc, "10 November 2008")
para(doc, "To the approval panel, National Award for SEN Coordination, Training and Development Agency for Schools")
para(doc, "A chara,")
para(doc, "Our application: the Colmcille Award", bold=True)
para(doc, "We are not a university and we are not used to writing applications, so we have done what we do "
          "every week: we have told it in the Club Notes. What follows is our PRO's copy for The Irish Courier "
          "from 7 September to 2 November, the weeks the Award has been in the notes. We have left the hurling, "
          "the camogie and the Lotto in so you get the feel of the place. The Courier's sports desk cut some of "
          "our copy for space, and the cuts are shown as they came back to us; our Secretary's notes to the PRO "
          "are in the margin.")
para(doc, "The Award is run jointly by the club, Brackwell University and Hallowmere City Council's Inclusion "
          "Support Service, and every word about it below has been agreed with both. The panel list in the notes "
          "of 19 October is the one to read for the national outcomes.")
p = doc.add_paragraph()
line_breaks(p, ["Is mise le meas,", "Maeve Kinsella, Award Coordinator", "Siobh\u00e1n Tierney, PRO"])

# ------------------------------------------------------------------ week 1
dateline("ST COLMCILLE'S H&C \u2013 NOTES FOR WEEK ENDING 7 SEPTEMBER 2008")
p = runin(doc, "HURLING:", "Our senior hurlers are through to the semi-final of the Midland Senior Hurling "
          "Championship after a hard-won 2-14 to 1-15 win over Naomh P\u00e1draig of Stanbury at P\u00e1irc "
          "Cholmcille on Sunday. Ciar\u00e1n Dolan hit 0-8, six from frees, and young Oisín Carty's goal ten "
          "minutes from time settled it.")
dele(p, " A big crowd travelled and the tea afterwards was much appreciated, thanks to the ladies' committee.",
     DESK, "2008-09-09T10:12:00Z")
runin(doc, "", "The semi-final is against Erin's Own, Ashcastle, on Sunday 21 September at 2pm. Training Tuesday "
      "and Thursday at 7pm.")
runin(doc, "CAMOGIE:", "The senior camogie league campaign ended with a 3-6 apiece draw away to Clann na Gael. "
      "Manager Maeve Kinsella thanked the panel for a great year and reminds the under-14s that indoor "
      "training starts on 4 October.")
runin(doc, "THE COLMCILLE AWARD:", "Some of you will have heard the talk at the bar, so here it is officially. "
      "From this month the club, through its Schools and Inclusion Committee, is putting its name to the "
      "training for teachers who are new to the job of special educational needs coordinator (the SENCO) in "
      "a school. We are calling it the Colmcille Award. It is the National Award for SEN Coordination, run "
      "jointly by the club, Brackwell University's School of Education and Hallowmere City Council's Inclusion "
      "Support Service. Brackwell validated it in June as its Postgraduate Certificate in SEN Coordination, so "
      "everyone who completes it comes away with a university award.")
runin(doc, "", "Why a hurling club? Twelve of our members are teachers, four of them SENCOs, and for six years the "
      "club has run hurling for the pupils of Oakridge School. Maeve Kinsella, who manages our camogie "
      "seniors, was SENCO at Oakridge for nine years before becoming deputy head there, and she is the Award "
      "Coordinator.")
runin(doc, "", "What's it for? In the words the committee agreed: the Award is there to raise the achievement "
      "and well-being of children and young people with special educational needs and disabilities in "
      "Hallowmere's schools, and by achievement we mean all five of the Every Child Matters outcomes (being "
      "healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic "
      "well-being), not just test results. Every Session, every school task and every marked Piece is built "
      "round what the SENCO does to make that happen for the pupils in their own school.")
runin(doc, "LOTTO:", "No winner of the \u00a32,400 jackpot. Numbers drawn were 3, 14, 22 and 27. \u00a350 each "
      "to Mary Hegarty and Tom Furey; \u00a325 to the Dolan family. Next week's jackpot \u00a32,450. "
      "Envelopes in the bar or from any committee member.")
runin(doc, "SYMPATHY:", "The club extends its deepest sympathy to the Costello family on the death of Jimmy "
      "Costello, a founder member and our first treasurer in 1962. Ar dheis D\u00e9 go raibh a anam.")

# ------------------------------------------------------------------ week 2
dateline("ST COLMCILLE'S H&C \u2013 NOTES FOR WEEK ENDING 14 SEPTEMBER 2008")
runin(doc, "HURLING:", "All roads lead to Ashcastle next Sunday. A bus leaves the club at 11.30am; names to "
      "Ger Mulcahy. The juniors play Fr Murphy's in the shield on Saturday at 3pm.")
runin(doc, "THE AWARD \u2013 WHO CAN JOIN:", "The Award is for qualified teachers who are SENCOs or are about "
      "to take the job on. To book a place you need a booking form (from Maeve or from the University), a "
      "letter from your head agreeing to release you and to back your school tasks, and a chat on the phone "
      "with Maeve or with Dr \u00c1ine Mullarkey from Brackwell. The chat goes through a short checklist (how "
      "long you have taught, what you have already done with pupils with SEN, whether you are in the SENCO "
      "job now) so we can be sure you will get the full good of the course and reach the end of it. If we "
      "think someone isn't ready yet, we tell them what to do first, usually a term working alongside their "
      "school's current SENCO or the City Council's SEN induction days, and we ring their head to agree it. "
      "They are welcome to book for the January group or next year.")
runin(doc, "", "The booking form also asks, in confidence, whether you have a disability or any other need we "
      "should plan for. Maeve and the University's Disability Service then sit down with you before Session 1 "
      "and agree the adjustments: large print or electronic copies of everything, a note-taker, extra time "
      "for the Viva, rest breaks. The Long Room is step-free with a hearing loop and an accessible toilet, and "
      "both Away Day schools have been checked for access. The same goes for anyone whose faith, family or "
      "caring commitments clash with a Saturday: tell us and we will sort it.")
runin(doc, "", "Level and credits: the Award carries 60 credits at Level 6.")
runin(doc, "", "Fees: \u00a31,450, of which the City Council pays half for SENCOs in its own schools. The "
      "Lotto's Schools Fund adds \u00a3200 for any SENCO from a school in the parish. That is the whole cost, "
      "and it is a good deal less than a term of supply cover.")
runin(doc, "", "Already done some of it? Anyone with Master's-level credit in special educational needs from "
      "the last five years (the old Brackwell Certificate in SEN, for example) can have up to 20 credits of it "
      "recognised, and experienced people can put in a claim for what they have learned on the job (the "
      "University calls it APEL). Dr Mullarkey looks at every claim and the University's Credit Panel decides. "
      "Credit is given against whole Pieces, so anyone with credit still comes to the Sessions that go with "
      "the rest.")
p = runin(doc, "CHILD WELFARE:", "All juvenile coaches must have their CRB enhanced disclosures renewed "
          "before the indoor season starts on 4 October. Forms from Bernie Whelan, our Children's Officer. No "
          "disclosure, no coaching, no exceptions.")
doc.add_comment(p.runs[1], text="Siobh\u00e1n, should we say here that we check the Award teachers' CRBs too? "
                "We do ask for it on the booking form. Noel", author=SEC, initials="NB")
runin(doc, "LOTTO:", "No winner of the \u00a32,450 jackpot. Numbers: 6, 9, 18, 25. \u00a350 to Kathleen "
      "Moran. Next week \u00a32,500.")

# ------------------------------------------------------------------ week 3
dateline("ST COLMCILLE'S H&C \u2013 NOTES FOR WEEK ENDING 21 SEPTEMBER 2008")
runin(doc, "HURLING:", "Hard luck to the seniors, beaten 1-17 to 2-11 by a strong Erin's Own side in "
      "Ashcastle. We were level at half time but their full-forward line did the damage in the third "
      "quarter. Thanks to all who travelled.")
runin(doc, "THE AWARD \u2013 THE WARM-UP:", "Before Session 1, everyone does what we have called the "
      "Warm-up. It is a self-audit against the twenty-nine national outcomes for SENCOs (we will print the "
      "full panel in a few weeks): for each one you say how confident you are and what you have to show for "
      "it. Then you sit down for an hour with your tutor, who goes through it with you, because people often "
      "think they know the law when what they know is ten years old. Between you, you agree your Game Plan: "
      "which of the twenty-nine you need to concentrate on, which school tasks (we call them Drills) you will "
      "take on, which pupils your Case File will follow and the targets you are working to. The Game Plan is "
      "checked again at Session 5 and at the end.")
runin(doc, "", "Because everyone starts in a different place, most Sessions have two Drills, a starter and an "
      "advanced, and your Game Plan says which is yours. The Case File and the Leadership Log are built from "
      "your own school, your own pupils and your own staff, and the tutors give each participant a "
      "twenty-minute one-to-one at every Session.")
runin(doc, "TWO THROW-INS:", "The September group meets on Saturdays. A second group starts in January and "
      "meets on Wednesday afternoons, 1.30 to 6pm at Brackwell, for those who can't give up Saturdays. If you "
      "miss a Session in one group you can make it up with the other, and you can hand in the three Pieces in "
      "whatever order suits your school year. It is part-time only; there is no full-time version.")
runin(doc, "NO WALK-OVERS:", "We have been asked a few times whether an experienced SENCO can just sit the "
      "Pieces. The answer is no. There are no walk-overs in this competition: the University will only give "
      "the certificate to people who have come through the Sessions, however long they have been doing the "
      "job.")
runin(doc, "AWARD FIXTURES 2008-09 (SEPTEMBER GROUP):", "")

fix = [("September", "Session 1", "Sat 27 Sept", "The Long Room, P\u00e1irc Cholmcille", "The law and the job"),
       ("October", "Session 2", "Sat 11 Oct", "The Long Room, P\u00e1irc Cholmcille", "Spotting needs"),
       ("October", "Session 3", "Sat 25 Oct", "Away Day: Oakridge School", "Mapping provision and deploying staff"),
       ("November", "Session 4", "Sat 8 Nov", "The Long Room, P\u00e1irc Cholmcille", "The Challenge Match"),
       ("November", "Session 5", "Sat 22 Nov", "Brackwell University, Education Building", "Leading the school"),
       ("December", "Session 6", "Sat 6 Dec", "Brackwell University, Education Building", "What works"),
       ("January", "Session 7", "Sat 17 Jan", "The Long Room, P\u00e1irc Cholmcille", "Pupils, parents and carers"),
       ("January", "Session 8", "Sat 31 Jan", "Away Day: Northfield resource base and the EP team", "Agencies and partners"),
       ("February", "Session 9", "Sat 28 Feb", "The Long Room, P\u00e1irc Cholmcille", "Reviewing provision"),
       ("March", "Session 10", "Sat 21 Mar", "Brackwell University, Education Building", "Vivas and what next")]
t = doc.add_table(rows=1 + len(fix), cols=5)
t.style = "Table Grid"
for i, h in enumerate(["Month", "Session", "Date (throw-in 9.30am)", "Venue", "What"]):
    cell_text(t.rows[0].cells[i], h, bold=True, size=9, fill="1F5C2E", color="FFFFFF")
for r, row in enumerate(fix, 1):
    for c, v in enumerate(row):
        cell_text(t.rows[r].cells[c], v, size=9, fill="E8F1E4" if c == 0 else None)


def vmerge(col, r1, r2):
    a = t.cell(r1, col)
    keep = a.text
    m = a.merge(t.cell(r2, col))
    m.text = ""
    run(m.paragraphs[0], keep, size=9)


vmerge(0, 2, 3)
vmerge(0, 4, 5)
vmerge(0, 7, 8)
vmerge(3, 5, 6)
set_col_widths(t, [2.2, 2.0, 3.0, 5.2, 4.4])

runin(doc, "CONGRATULATIONS:", "to Aoife and Darragh Quinn on the birth of a daughter, Saoirse, a future "
      "camogie star, and to Liam Furey and Niamh Hegarty who were married in St Anne's on Saturday.")
runin(doc, "LOTTO:", "No winner of the \u00a32,500 jackpot. Numbers: 1, 12, 20, 28. \u00a325 each to Sean "
      "Dolan, Bridie Carty and Pat Whelan.")

# ------------------------------------------------------------------ week 4
dateline("ST COLMCILLE'S H&C \u2013 NOTES FOR WEEK ENDING 28 SEPTEMBER 2008")
runin(doc, "CORRECTION:", "In the notes of 14 September we said the Award carries 60 credits at Level 6. That "
      "was wrong, and apologies to Brackwell. The Award is 60 credits at Master's level (Level 7): the "
      "University's Postgraduate Certificate in SEN Coordination.")
p = runin(doc, "THE AWARD \u2013 SESSION 1:", "Eighteen SENCOs from fourteen schools turned out in the Long "
          "Room on Saturday. Session 1, The law and the job, took the group through the SEN Code of Practice "
          "(2001) and what it means for the school, the SENCO and everyone else, the Special Educational Needs "
          "and Disability Act 2001, the Disability Discrimination Act 2005 and the disability equality duty "
          "schools now have to meet, and Every Child Matters and the Children Act 2004. Declan Furlong from the "
          "City Council showed how the City's SEN funding and its inclusion strategy work in practice, and "
          "what is coming out of the Government's current work on SEN.")
dele(p, " It was a long day but nobody left before the end, and the soup went down well.", DESK,
     "2008-09-30T09:40:00Z")
runin(doc, "", "The first Drill: before Session 2, everyone goes back to school and checks their school's SEN "
      "policy and accessibility plan against the law they heard about on Saturday, with their head or a "
      "governor, and brings the list of gaps to Session 2. Every Drill is tied to one or more of the "
      "twenty-nine outcomes and is done in the participant's own school.")
runin(doc, "WHO ASKED FOR THIS?", "The Award wasn't dreamed up at a committee meeting. Last spring Maeve and "
      "Dr Mullarkey surveyed all 41 SENCOs at the City's SENCO Forum and talked to the primary and secondary "
      "heads' groups and to the Parent Partnership Service about what a new SENCO most needs. The answers "
      "came back: managing teaching assistants, provision mapping, working with parents, and time out of "
      "school that doesn't wreck the timetable.")
runin(doc, "", "That is why provision mapping and deploying staff got a whole Away Day (Session 3), why "
      "Session 7 is given over to parents and carers, and why the pilot's Tuesday twilights were moved to "
      "Saturdays and Wednesday afternoons after the heads told us twilights were no good.")
runin(doc, "OUR TUTORS:", "Dr \u00c1ine Mullarkey is Senior Lecturer in Inclusive Education at Brackwell; she "
      "was a SENCO in two comprehensives before joining the University. Declan Furlong is a Senior "
      "Educational Psychologist with the City Council. Maeve Kinsella is deputy head of Oakridge School, was "
      "its SENCO for nine years and holds the Brackwell MA in Special and Inclusive Education. All three keep "
      "their hand in: Declan and Maeve are in schools every week, and Dr Mullarkey's study of new SENCOs' "
      "workload was published this year.")
runin(doc, "SC\u00d3R:", "The club's set dancers are practising for Sc\u00f3r Sinsir on Thursdays at 8pm in the "
      "Long Room; new dancers welcome. The ballad group needs a bodhr\u00e1n player.")
runin(doc, "LOTTO:", "No winner of the \u00a32,550 jackpot. Numbers: 5, 11, 16, 24. \u00a350 to the Whelan "
      "family.")

# ------------------------------------------------------------------ week 5
dateline("ST COLMCILLE'S H&C \u2013 NOTES FOR WEEK ENDING 5 OCTOBER 2008")
runin(doc, "THE AWARD \u2013 SESSION 2:", "Next Saturday's Session, Spotting needs, is about how children "
      "develop and what can affect it, the most common kinds of special educational need and disability "
      "and what they do to a child's learning, and how to identify the pupils who may have SEN, set "
      "targets that stretch them, plan the intervention and review how it went. Declan will show how to get "
      "the most out of reports from educational psychologists, speech and language therapists and the "
      "other specialists who assess the pupils.")
runin(doc, "MENTORS:", "Every participant has a school mentor, an experienced SENCO or a member of their "
      "senior team agreed with the head, who meets them three times over the year, helps them fit the Drills "
      "into the school's year and signs off the Drills in the Leadership Log. Mentors came to a briefing "
      "evening in the Long Room on 16 September, and each one has the Mentor's Handbook, which says what the "
      "three meetings are for, what a mentor signs and what a mentor doesn't do (mentors don't mark). The "
      "tutors met at Brackwell on 18 September to go through the marking criteria for the three Pieces with "
      "the University's programme leader.")
p = doc.add_paragraph()
text_box(p, [("AWARD AT A GLANCE", True),
             "What: the National Award for SEN Coordination (the Colmcille Award)",
             "Who: teachers who are, or are about to be, SENCOs",
             "Where: the Long Room, Brackwell University and two Away Days",
             "When: ten Saturday Sessions, September to March (January group: Wednesdays)",
             "Marked by: three Pieces: the Case File, the Leadership Log and the Viva",
             "Cost: \u00a31,450 (City schools \u00a3725; \u00a3200 off for parish schools)",
             "Contact: Maeve Kinsella, Award Coordinator, at the club",
             ("Every one of the twenty-nine national outcomes is covered and marked.", True)],
         width_pt=400, height_pt=165, fill="FFF6D5")
runin(doc, "SYMPATHY:", "Sincere sympathy to Tom Furey on the death of his mother Nora in Cahir, Co. Tipperary.")
runin(doc, "LOTTO:", "No winner of the \u00a32,600 jackpot. Numbers: 2, 8, 19, 23. \u00a325 each to Ger "
      "Mulcahy and Eileen Quinn.")

# ------------------------------------------------------------------ week 6
dateline("ST COLMCILLE'S H&C \u2013 NOTES FOR WEEK ENDING 12 OCTOBER 2008")
runin(doc, "THE AWARD \u2013 AWAY DAY:", "Session 3 is our first Away Day, at Oakridge School on 25 October. "
      "In the morning participants shadow Oakridge's teachers, therapists and teaching assistants in the "
      "classroom. In the afternoon Maeve takes them through provision mapping (setting out what the school "
      "provides, for whom, at what cost and with what result) and how to use the map to spot the provision "
      "that isn't working and what is missing; then how to deploy and manage teaching assistants and other "
      "support staff. The Drill for Session 3 is to draw up or revise your own school's provision map with "
      "your head, and it goes into the Leadership Log with a note of what you changed as a result.")
p = runin(doc, "WHERE TO FIND THINGS:", "The readings for each Session and the slides go up on the Award's "
          "page on Brackwell's Blackboard site, and there is a discussion board on it for the group.")
dele(p, " The tutors read the board every few days and answer questions there; anything that can't wait goes "
        "to Dr Mullarkey by email.", DESK, "2008-10-14T11:05:00Z")
run(p, " Between Sessions everyone has their mentor, and the Drills keep the work going.")
runin(doc, "THE AWARD LIBRARY:", "A kit bag of books (the Code of Practice, the SEN Toolkit and a few dozen "
      "others) travels to every Session; borrow what you like and bring it back next time. The Long Room has "
      "a projector and screen, and every participant gets a Brackwell library card.")
runin(doc, "CAMOGIE:", "Well done to the under-12 camogie girls, who won the Midland Go Games blitz in "
      "Stanbury on Saturday without losing a game. Thanks to the parents who drove.")
runin(doc, "LOTTO:", "No winner of the \u00a32,650 jackpot. Numbers: 4, 10, 21, 26. \u00a350 to Martin Carty.")

# ------------------------------------------------------------------ week 7
dateline("ST COLMCILLE'S H&C \u2013 NOTES FOR WEEK ENDING 19 OCTOBER 2008")
p = runin(doc, "THE AWARD \u2013 HOW IT IS MARKED:", "Three Pieces count. The Case File (5,000 words) follows "
          "one pupil, or a small group, through identification, the assessments from the professionals "
          "involved, the targets, the plan, the law that applies and the work with the family. The Leadership "
          "Log is a portfolio of the Drills, each with evidence from school and the mentor's signature, with a "
          "2,000-word commentary on what you changed in school and what difference it made. The Viva is a "
          "thirty-minute conversation with two tutors at Session 10 about leading SEN in your school, starting "
          "from a ten-minute presentation.")
doc.add_comment(p.runs[0], text="Too long for one week. Can you keep it to 300 words next time? P.",
                author=DESK, initials="P\u00d3S")
runin(doc, "", "Every Case File and every Viva is marked by two tutors, who agree the mark; a sample of "
      "Leadership Logs is second-marked. Brackwell's moderator samples a third of all the work across the "
      "three Pieces, and the University's external examiner, Dr Ruth Penhaligon of the University of "
      "Tamarford, sees a sample and every fail and sits on the Board of Examiners in June.")
runin(doc, "", "To get the Award you must pass all three Pieces and come to at least eight of the ten Sessions.")
runin(doc, "THE CHALLENGE MATCH:", "Session 4 on 8 November is the Challenge Match. Each participant plans "
      "and runs a twenty-minute training slot for the rest of the group as if they were their own staff, on "
      "supporting colleagues: observing and giving feedback, modelling, coaching. There is also a short quiz "
      "on child development. The tutors give written feedback and a grade, but the Challenge Match doesn't "
      "count towards the Award; it is there so nobody meets the marking for the first time in the real thing.")
runin(doc, "THE AWARD PANEL:", "As promised, here is the full panel of twenty-nine for the Award: the "
      "twenty-nine things the national outcomes say a SENCO must be able to show by the end, in our own "
      "words, with the Session where each is worked on. Read it like a team sheet. The starting fifteen are "
      "all marked in one of the three Pieces that count (CF is the Case File, LL the Leadership Log, V the "
      "Viva; the Piece is in brackets after the Session). Of the subs, those who came on are marked in a Piece "
      "the same as the starters; those who stayed on the bench are worked on at the Sessions but not marked "
      "in any Piece. Challenge Match only means marked in the Session 4 practice piece and nowhere else, and "
      "the Challenge Match doesn't count. The two under Unavailable are not on this year's course at all.")
panel = [
    ("Goalkeeper:", "1 knowing the SEN law and the Code of Practice, what they mean for the school, the SENCO "
                    "and everyone else, and how to put them into practice (Session 1; CF)."),
    ("Full-back line:", "2 fair, respectful and supportive relationships with pupils with SEN and their parents "
                        "and carers (Sessions 2 and 7; CF); 3 the disability equality laws and what they "
                        "require a school to do (Session 1; LL); 4 spotting the pupils who may have SEN, "
                        "setting targets that stretch them, planning interventions and reviewing progress "
                        "(Session 2; CF)."),
    ("Half-back line:", "5 the common kinds of SEN (behavioural, emotional and social difficulties, dyslexia "
                        "and other specific learning difficulties, speech, language and communication needs, "
                        "autism and moderate learning difficulties) and how they affect learning (Session 2; "
                        "LL); 6 provision mapping, and finding the gaps and the provision that isn't working "
                        "(Session 3; LL); 7 deploying and managing teaching assistants and other staff "
                        "(Session 3; LL)."),
    ("Midfield:", "8 getting the head, the senior team and colleagues behind better outcomes for pupils with "
                  "SEN (Session 5; V); 9 working with senior colleagues and governors on an inclusive ethos, "
                  "policies, priorities and the use of resources (Session 5; V)."),
    ("Half-forward line:", "10 Every Child Matters, the five outcomes and the SENCO's part in them (Session 1; "
                           "CF); 11 a critical understanding of approaches and resources for assessing, "
                           "planning and teaching, ICT included, to remove barriers and personalise provision "
                           "(Session 6; CF); 12 saying things clearly in speech and in writing, and listening "
                           "to other people's views (all Sessions; V and CF)."),
    ("Full-forward line:", "13 working with parents and carers to help their children learn and develop "
                           "(Session 7; CF); 14 working in partnership with other services and agencies, the "
                           "voluntary groups included (Session 8; LL); 15 seeing problems coming, solving them "
                           "and making sound decisions on provision (Session 8; V)."),
    ("Subs:", "16 what the outside agencies do and how to get specialist support and resources (Session 8; came "
              "on: LL); 17 using the assessments of other professionals to shape teaching (Session 2; came on: "
              "CF); 18 using summative assessment, the national tests included, to track progress and change "
              "programmes (Session 6; came on: LL); 19 drawing on research and outside advice to improve your "
              "own and your colleagues' practice (Session 6; came on: CF); 20 best practice and what research "
              "says works for pupils with SEN (Session 6; came on: CF); 21 reviewing provision with other staff "
              "to feed the school's self-evaluation and improvement plan (Session 9; came on: LL); 22 "
              "prioritising, managing your time and delegating (Session 5; stayed on the bench); 23 keeping up "
              "to date and taking charge of your own CPD (Session 10; stayed on the bench); 24 encouraging "
              "other teachers to use formative assessment, with thought for pupils with SEN (Session 6; stayed "
              "on the bench); 25 involving pupils in planning, agreeing and reviewing their own provision "
              "(Session 7; stayed on the bench); 26 how children develop and what affects it (Session 2; "
              "Challenge Match only); 27 supporting colleagues' development by observing and feedback, "
              "modelling, coaching and training (Session 4; Challenge Match only)."),
    ("Unavailable:", "28 the principles of school self-evaluation and improvement; 29 special arrangements "
                     "for national tests and exams."),
]
for lead, txt in panel:
    p = runin(doc, lead, txt)
    p.paragraph_format.left_indent = Cm(0.6)
    if lead == "Unavailable:":
        doc.add_comment(p.runs[1], text="Maeve, can we not get exam arrangements on before the approval? N.",
                        author=SEC, initials="NB")
runin(doc, "LOTTO:", "No winner of the \u00a32,700 jackpot. Numbers: 7, 13, 17, 29. \u00a325 each to the "
      "Moran and Hegarty families.")

# ------------------------------------------------------------------ week 8
dateline("ST COLMCILLE'S H&C \u2013 NOTES FOR WEEK ENDING 26 OCTOBER 2008")
runin(doc, "THE AWARD \u2013 WHAT'S AHEAD:", "Session 7 in January is run with Hallowmere Parent Partnership "
      "Service and two parents of children at Oakridge. Participants practise a review meeting with a parent, "
      "with the parents themselves playing the part, learn how to build a relationship with a family that "
      "has had bad news from schools before, and plan their own parents' drop-in. The Drill is to hold one "
      "review with a family and write it up for the Case File.")
runin(doc, "", "The Drill after Session 7 asks everyone to sit down with three pupils on their SEN register and "
      "ask them what helps them in class, what doesn't and what they would change, using talking mats or "
      "symbols where that suits the pupil, and to bring what they learn to Session 8. We talk through how to "
      "involve pupils in their own reviews, though that isn't marked.")
p = runin(doc, "", "Sessions 4, 5 and 9 are about working with colleagues in school and beyond it: with class "
          "teachers, teaching assistants, the senior team and governors, and with other SENCOs in the "
          "cluster.")
ins(p, " Each participant joins a cluster trio with two SENCOs from other schools, which meets between "
       "Sessions to work through a problem one of them has brought.", PRO, "2008-10-22T20:15:00Z")
runin(doc, "", "Session 8 is the second Away Day: Northfield Primary's Speech and Language Resource Base in the "
      "morning and the City's educational psychology team in the afternoon, where participants meet the "
      "behaviour support team, the CAMHS schools worker and Hallowmere Autism Voluntary Group. Session 9 has "
      "each participant review one area of their school's provision with the staff who run it.")
runin(doc, "EXAM ARRANGEMENTS:", "A few have asked about access arrangements for tests and exams. It isn't on "
      "our course this year. Our neighbours at Erin's Own run an evening on exam access arrangements in the "
      "spring for their schools programme, and our lot are welcome to go along.")
runin(doc, "HOW WE CHECK IT'S WORKING:", "After every Session the participants fill in an evaluation sheet, and "
      "the tutors go through them that evening. The Warm-up confidence scores are repeated at Session 10, so "
      "we can see how each person's confidence on each of the twenty-nine has moved. The external examiner "
      "reports to the University every June, and the City's Inclusion Support Service reviews the Award each "
      "summer against its own SEN strategy. It all goes to the Award's Programme Committee (the club, "
      "Brackwell and the Council) in July, which decides what changes for the next year and writes it into "
      "the course handbook. Whether the pupils themselves do better over time is what the whole thing is "
      "for, and we're hoping to hear that from the schools.")
runin(doc, "HEADS AND PARENTS:", "Heads and the Parent Partnership Service already help run the Award: the "
      "heads sign off the Drills through the mentors, and the Parent Partnership runs Session 7. We'd love a "
      "couple of heads and a parent on the Programme Committee when it reviews the year.")
runin(doc, "THE LAST SESSION:", "Session 10 is the Vivas in the morning and, in the afternoon, a talk from "
      "Brackwell about going on to the MA in Special and Inclusive Education and what else is out there.")
runin(doc, "SYMPATHY:", "The club's sympathy to Bridie Carty and family on the death of her brother Michael in "
      "Kilkenny.")
runin(doc, "LOTTO:", "Jackpot won! Congratulations to Pat and Eileen Quinn, who scooped \u00a32,750 with 2, 9, "
      "15 and 22. Next week's jackpot restarts at \u00a31,000.")

# ------------------------------------------------------------------ week 9
dateline("ST COLMCILLE'S H&C \u2013 NOTES FOR WEEK ENDING 2 NOVEMBER 2008")
runin(doc, "AGM:", "The club's Annual General Meeting is on Friday 5 December at 8pm in the Long Room. "
      "Nominations for officers and motions to the Secretary, Noel Brannigan, by 21 November.")
runin(doc, "THE AWARD \u2013 WHAT WORKS:", "Session 6 in December looks at what the research and the "
      "inspectors say works: the Bercow Review of services for children with speech, language and "
      "communication needs (July 2008), Ofsted's Inclusion: does it matter where pupils are taught? (2006) "
      "and Removing Barriers to Achievement, with Dr Mullarkey's own study of new SENCOs. It also takes a "
      "critical look at approaches and resources for assessment, planning and teaching, ICT included, and at "
      "using the national test results, P scales and the school's tracking data to follow pupils' progress "
      "and change the programmes that aren't working.")
runin(doc, "", "Every Drill ends with something changed in school, and the Leadership Log records what "
      "changed and what difference it made to the pupils and staff, signed by the mentor. That is the point "
      "of the Award: SENCOs who do the job better on Monday morning.")
runin(doc, "HURLING:", "The club's Bord na n\u00d3g meets on Wednesday at 8pm to plan the under-age indoor "
      "hurling. Sliotars and helmets for the under-10s have arrived; collect from Ger on Saturday morning.")
runin(doc, "LOTTO:", "No winner of the \u00a31,000 jackpot. Numbers: 3, 8, 20, 27. \u00a350 to Oisín Carty, "
      "who says he will spend it on a new hurl.")
para(doc, "Club notes compiled by Siobh\u00e1n Tierney, PRO.", italic=True)

doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
