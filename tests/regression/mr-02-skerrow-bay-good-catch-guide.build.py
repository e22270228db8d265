"""mr-02-skerrow-bay-good-catch-guide: builds mr-02-skerrow-bay-good-catch-guide.docx next to this script.

Provider (invented): the Sea Discovery Centre of Skerrow Bay Aquarium (a public aquarium's education and marine
research centre), with the University of Wansbeck Vale (validating) and two local authorities (Alnmere County
Council, Tyneholm Metropolitan Borough Council). January 2009.

Document kind and layout: the aquarium publishes a yearly sustainable-seafood guide, "Good Catch", and writes its
course as a special "SENCO Edition" of it, addressed to the reader as "you" in the guide's plain, friendly voice.
No heading styles: sections are custom paragraph styles ("Guide Bar", white capitals on a teal shaded bar, and
"Guide Sub"). A rating key near the top ("How to read the ratings": 1 Best choice, 2 On the line, B Bought in,
3 Out of season) keys the Catch Table at the end, where each national outcome is a "catch" in the centre's words
with "Caught on" (Tide Day), "Landed at" (marked Landing L1-L3) and a rating cell shaded green, amber, blue or red;
group rows are merged across and shaded. A "Season at a glance" table of ten Tide Days with merged Opening rows.
A "Pocket card" in a VML text box at the end. Header and footer with a PAGE field. Word comments (3), footnotes (3),
tracked changes (w:ins / w:del), two bracketed placeholders.

Traps (requirement ids):
- E.2 partially_met: the credits are a tracked change, "60" deleted and "40" inserted: 40 credits at Level 7.
- 1.1 partially_met: the aim is attainment only ("closing the gap ... in English and mathematics"); Every Child
  Matters appears only as a catch (K2), not in the aims.
- 1.9 partially_met: rating 2 catches (A2, K8, S2c) are "never marked"; rating 3 catches are not in the season.
- 6.A2, 6.K8, 6.S2c partially_met: rating 2, "On the line" (caught at a Tide Day, never landed) - the key is far
  above the table. 6.A5 and 6.S6 partially_met: rating B, "Bought in" (landed but never caught on a Tide Day).
  6.K7 and 6.S4 not_met: rating 3, "Out of season"; a footnote (not quoted) leaves S4 to a council's own course
  (another provider's arrangement).
- 6.0 not_met: the award rule is a placeholder, "[Award rule: wording to follow from the University's
  regulations]"; the pocket card's "Every catch in this guide is landed, graded and certified" is a blanket claim
  that the table contradicts.
- 2.1 partially_met: prior courses are taken into account when planning, but "We don't give credit for it"; the
  University's APL rules apply to its MA (another programme).
- 2.5 partially_met: next targets are the headteacher's job in performance management; the provider only "will
  tell you about" the MA.
- 3.1 partially_met: accessibility is the aquarium's visitor access (right words, wrong thing) plus "tell us".
- 3.2 met: the September Opening is a tracked insertion (counts), with Saturday repeats, free order of Tide Days
  5-9, online Tide Days and a two-year option.
- 4.1 partially_met: needs evidence is general ("tell us that most of their new SENCOs"), with no survey and no
  link to content. 4.2 partially_met: the Harbour Board "has been kept informed" (not influence) and the visitor
  survey is the aquarium's visitors (wrong context). 4.3 met: the Harbour Board's standing role, heads'
  questionnaire, LA officers and the Parent Carer Forum in delivery.
- 5.1 partially_met: internal evaluation cards and a Skippers' talk only; no external method and no stated route
  from evidence to change.
- 5.8 partially_met: own Skipper marks and a second Skipper reads one in five; external moderation is a
  placeholder "[External moderation arrangements to be confirmed by the University]"; a comment (not part) talks
  of the external examiner.
- 5.9 not_met: the paragraph on the impact study is a tracked deletion; what remains is a hope ("Watch this
  space").
- Met despite appearances: 5.3 (CRB check verified, with the three-month rule), 2.3 (Direct Landing route in
  exceptional cases), 3.3 (Rockpool with Skipper replies, live chats, Pods, bulletins).
- Header and footer: "Ratings correct at time of going to print" (never evidence).
Expected: 42 met, 15 partially_met, 4 not_met, 0 not_applicable.
"""
from pathlib import Path
import sys

from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt, RGBColor, Cm

sys.path.insert(0, str(Path(__file__).parent))
from _mr_helpers import (new_document, body_font, para, runs, text_box, table, cell_text, shade, ins_run,
                         del_run, ins_paragraph, del_paragraph, Footnotes, page_field, shade_paragraph)

HERE = Path(__file__).parent
OUT = HERE / "mr-02-skerrow-bay-good-catch-guide.docx"
TEAL = "0E6E73"
PALE = "E3F1F1"
GREEN, AMBER, BLUE, RED = "C6E7C1", "FBE3B0", "CFE0F3", "F3C4C0"
D1 = "2009-01-12T10:05:00Z"
D2 = "2009-01-14T16:30:00Z"

doc = new_document(2.0)
body_font(doc, "Verdana", 9.5)
styles = doc.styles
bar = styles.add_style("Guide Bar", WD_STYLE_TYPE.PARAGRAPH)
bar.base_style = styles["Normal"]
bar.font.bold = True
bar.font.size = Pt(11)
bar.font.color.rgb = RGBColor.from_string("FFFFFF")
bar.paragraph_format.space_before = Pt(14)
bar.paragraph_format.space_after = Pt(6)
bar.paragraph_format.keep_with_next = True
sub = styles.add_style("Guide Sub", WD_STYLE_TYPE.PARAGRAPH)
sub.base_style = styles["Normal"]
sub.font.bold = True
sub.font.size = Pt(10)
sub.font.color.rgb = RGBColor.from_string(TEAL)
sub.paragraph_format.space_before = Pt(8)
sub.paragraph_format.space_after = Pt(3)
sub.paragraph_format.keep_with_next = True
fn = Footnotes(doc)


def barh(text):
    p = doc.add_paragraph(text, style="Guide Bar")
    shade_paragraph(p, TEAL)
    return p


def subh(text):
    return doc.add_paragraph(text, style="Guide Sub")


# ------------------------------------------------------------------ header / footer
s0 = doc.sections[0]
hp = s0.header.paragraphs[0]
hp.text = "GOOD CATCH \u00b7 SENCO Edition 2009 \u00b7 Skerrow Bay Aquarium"
hp.runs[0].font.size = Pt(7.5)
fp = s0.footer.paragraphs[0]
r = fp.add_run("Skerrow Bay Aquarium is a registered charity. Printed on paper from responsible sources. Ratings "
               "correct at time of going to print.    ")
r.font.size = Pt(7)
page_field(fp, "")

# ------------------------------------------------------------------ cover
para(doc, "GOOD CATCH", bold=True, size=30, color=TEAL, space_after=0)
para(doc, "The Skerrow Bay Aquarium guide to choosing well", italic=True, size=12, color=TEAL)
para(doc, "SENCO Edition 2009: the National Award for SEN Coordination", bold=True, size=13)
para(doc, "From the Sea Discovery Centre, Skerrow Bay Aquarium, with the University of Wansbeck Vale", size=10)
para(doc, "This is our eleventh Good Catch guide. The first ten were about fish. We have sent this one to the "
          "Training and Development Agency for Schools as our application to run the National Award, because it "
          "is the clearest way we know of telling people what we do.", size=9, italic=True, space_after=14)

# ------------------------------------------------------------------ welcome
barh("WELCOME ABOARD")
para(doc, "For eleven years Good Catch has helped our visitors choose seafood that is caught well, landed honestly "
          "and traceable from the net to the plate. This season we are asking something different of our readers: "
          "to choose well for the children in their schools.")
para(doc, "The Sea Discovery Centre teaches about 31,000 pupils a year at the Aquarium, and more than a thousand of "
          "them come with special schools and resource bases. We know how much a good SENCO changes a child's day. "
          "Our aim this season is simple: to raise the attainment of pupils with special educational needs and "
          "disabilities, closing the gap between them and their classmates in English and mathematics.")
para(doc, "Dr Alison Brack, Head of Sea Discovery", bold=True)

# ------------------------------------------------------------------ how to use
barh("HOW TO USE THIS GUIDE")
para(doc, "The guide works the way every Good Catch does. The course is a season. Everything you will be able to do "
          "by the end of it is a catch, and the Catch Table at the back lists every catch with where it is caught, "
          "where it is landed and its rating.")
subh("Words we use")
words = [
    ("Season", "The course, from Tide Day 1 to Tide Day 10."),
    ("Opening", "The point at which a season starts (see Choosing your season)."),
    ("Tide Day", "A study day at the Aquarium, 9.30 to 3.30, with lunch in the Kelp Caf\u00e9."),
    ("Shore Work", "What you do in your own school between Tide Days."),
    ("Landing (L1, L2, L3)", "A piece of work you hand in to be marked against the University's grade criteria."),
    ("Skipper", "Your tutor. You have one Skipper for the whole season."),
    ("Harbour Buddy", "An experienced colleague in your school or cluster who supports your Shore Work."),
    ("Catch Plan", "Your own plan for the season, agreed with your Skipper on Tide Day 1."),
    ("Rockpool", "Our online space on the University's Moodle site."),
]
table(doc, [("Word", "What it means")] + words, widths=[4.0, 13.0], header_fill=PALE, size=8.5)
subh("How to read the ratings")
para(doc, "Every catch in the Catch Table has one of four ratings. The rating tells you whether the catch is marked.")
key = doc.add_table(rows=4, cols=2)
key.style = "Table Grid"
key_rows = [
    ("1  Best choice", "Caught on a Tide Day and landed: you work on it at the Tide Day shown and it is marked in "
                       "the Landing shown.", GREEN),
    ("2  On the line", "Caught on a Tide Day and talked over with your Skipper, but never landed: it is not marked "
                       "and does not count towards the award.", AMBER),
    ("B  Bought in", "Not caught on our Tide Days. You bring it from your own reading and your own school, and it "
                     "is landed (marked) in the Landing shown.", BLUE),
    ("3  Out of season", "Not on this season's list.", RED),
]
for i, (a, b, col) in enumerate(key_rows):
    cell_text(key.cell(i, 0), a, bold=True, size=9)
    cell_text(key.cell(i, 1), b, size=9)
    shade(key.cell(i, 0), col)
    key.cell(i, 0).width = Cm(3.6)
    key.cell(i, 1).width = Cm(13.4)

# ------------------------------------------------------------------ certification
barh("WHERE OUR CATCH COMES FROM")
subh("Certified by the University of Wansbeck Vale")
p_cr = para(doc, "The season is validated by the University of Wansbeck Vale as its Postgraduate Certificate in "
                 "Special Educational Needs Coordination; the validation event was held on 9 December 2008. You "
                 "register as a student of the University on Tide Day 1, and the certificate is worth ")
del_run(p_cr, "60", "P. Ormston", D1)
ins_run(p_cr, "40", "P. Ormston", D1)
p_cr.add_run(" credits at Level 7 (masters level).")
doc.add_comment(p_cr.runs[-1], text="Validation panel asked us to confirm 40 rather than 60. Registry to check "
                                    "before print.", author="Peter Ormston", initials="PO")
para(doc, "The University is also where your library card comes from and where "
          "you can go next (see What's next after the season).")

# ------------------------------------------------------------------ seasons
barh("CHOOSING YOUR SEASON")
p_op = para(doc, "There is a January Opening: the season runs from late January to December, with a break in August. ")
ins_run(p_op, "There is also a September Opening, running from September to the following July, for up to twelve "
              "crew. ", "A. Brack", D2)
p_op.add_run("Every Tide Day runs on a Wednesday and again on the following Saturday, so you can come on whichever "
             "suits your school.")
para(doc, "Tide Days 1 to 4 come first, in order, and Tide Day 10 comes last. Tide Days 5 to 9 can be taken in any "
          "order that suits your Catch Plan, and Tide Days 5 and 9 can be taken online in the Rockpool instead of at "
          "the Aquarium. If a term goes wrong, you can stretch your season over two years and pick up the Tide Days "
          "you missed with the next Opening.")
subh("The Rockpool")
para(doc, "The Rockpool is our area on the University's Moodle site. It holds the slides, readings and activities "
          "for every Tide Day, the Landing briefs and the place to hand Landings in. Your Skipper answers Rockpool "
          "messages within three working days, and every other Tuesday from 7.00 to 8.00pm a Skipper runs a live "
          "chat for anyone who wants it. You belong to a Pod of four crew members from nearby schools with its own "
          "forum, and most Pods also meet between Tide Days. The online Tide Days (5 and 9) have the same activities "
          "as the Aquarium days, with a Skipper online all day. Your Harbour Buddy and your headteacher get a short "
          "email bulletin from us every fortnight, saying what the crew is working on.")

# ------------------------------------------------------------------ before you cast off
barh("BEFORE YOU CAST OFF")
subh("Who can come")
para(doc, "The season is for qualified teachers who are their school's SENCO, or who will take up the post within "
          "the year, in a maintained school or academy in Alnmere, Tyneholm or beyond. Your headteacher signs your "
          "booking form to say that the school will release you for ten Tide Days and give you time for Shore Work. "
          "Dr Brack then talks with every applicant on the phone, with the Catch Table in front of her, to make sure "
          "the season is right for you now. If it is not yet, she will talk with you and your head about what to do "
          "first (for example, shadowing the SENCO in a neighbouring school for a term) and keep you a place at the "
          "next Opening.")
subh("Safety checks")
para(doc, "Before your place is confirmed, our HR team checks your enhanced CRB disclosure: your head gives its "
          "number and date on the booking form, and we see the certificate on Tide Day 1. If you have not worked in "
          "a school in a post with regular contact with children in the last three months, we ask for a new enhanced "
          "disclosure through our own registered body before you start. Your head also confirms that there are no "
          "disciplinary concerns about you and that you are not barred from working with children.")
subh("The pre-season check")
para(doc, "Six weeks before Tide Day 1 you rate yourself against every catch in the Catch Table, with your Harbour "
          "Buddy, and send us the ratings with a page about your school and your role. On Tide Day 1 your Skipper "
          "goes through them with you, and together you agree your Catch Plan: the Tide Days and Shore Work you will "
          "concentrate on, the catches you will aim to land early, and three personal catches of your own, things "
          "you want to be able to do for your school this season. Your Skipper reviews the Catch Plan with you at the "
          "midpoint of the season.")
subh("Earlier catches")
para(doc, "If you have done an earlier SEN course, tell your Skipper when you agree your Catch Plan: we take it into "
          "account, and you may skip Tide Days you don't need. We don't give credit for it: the University's rules "
          "for credit for prior learning apply to its MA in Inclusive Education, not to this certificate.")
subh("The Direct Landing")
p_dl = para(doc, "Once in a while we meet a teacher, perhaps from a specialist support service, who already seems "
                 "to have every catch in the table. In those exceptional cases you can take the Direct Landing: no "
                 "Tide Days and no Shore Work, but all three Landings, marked in exactly the same way, and a "
                 "one-hour harbour conversation with two Skippers about your evidence. Dr Brack decides, with the "
                 "University, who may take it.")
fn.add(p_dl, "The Direct Landing costs \u00a3450, which covers University registration, marking and the harbour "
             "conversation.")

# ------------------------------------------------------------------ at a glance
barh("THE SEASON AT A GLANCE")
glance = [
    ("Tide Day", "January Opening", "What you'll be doing", "Skipper"),
    ("FIRST HALF", None, None, None),
    ("1  Casting off", "28 Jan", "The SENCO's job; your pre-season check and Catch Plan; the Rockpool; meeting your "
                                 "Pod.", "AB"),
    ("2  Law of the sea", "25 Feb", "SEN law and guidance: the Education Act 1996, the SEN Code of Practice and its "
                                    "graduated response, the 2008 SENCO regulations, the Disability Discrimination "
                                    "Act and the Disability Equality Duty, accessibility plans; Every Child Matters "
                                    "and the Children Act 2004; what each means for you and your school.", "AB"),
    ("3  Life cycles", "25 Mar", "How children develop, and how development is affected by SEN, disability, home "
                                 "and the classroom environment; the common kinds of SEN (BESD, SpLD including "
                                 "dyslexia, SLCN, ASD and MLD) and how they affect learning, with an educational "
                                 "psychologist and a speech and language therapist.", "MR, JH"),
    ("4  Reading the catch", "29 Apr", "Identifying pupils who may have SEN; setting targets, planning "
                                       "interventions and reviewing them; using the assessments of educational "
                                       "psychologists, therapists and specialist teachers; using summative data and "
                                       "national tests to track progress; formative assessment in colleagues' "
                                       "classrooms; spotting early which pupils need access arrangements for tests "
                                       "and exams, and putting them in place.", "PO"),
    ("5  Nets and gear", "20 May", "Approaches, strategies and resources for assessment, planning and teaching, "
                                   "including ICT, looked at critically; provision mapping, and finding provision "
                                   "that is missing or not working. Online option.", "PO"),
    ("SECOND HALF", None, None, None),
    ("6  Shoals", "17 Jun", "Listening to pupils: consulting children with SEN about what affects them, with "
                            "Talking Mats and person-centred reviews, practised with our Young Crew; building fair "
                            "and respectful relationships with pupils and families; working in partnership with "
                            "parents and carers, with Alnmere Parent Carer Forum.", "GA"),
    ("7  Harbour partners", "16 Sep", "What other services and agencies do, including voluntary organisations; "
                                      "getting specialist support; working with colleagues in other schools and "
                                      "services to plan joined-up support; the Common Assessment Framework.",
     "MR"),
    ("8  The bridge", "14 Oct", "Working with your headteacher, senior leaders and governors on an inclusive ethos, "
                                "SEN policy, priorities and the use of resources; winning colleagues' commitment; "
                                "prioritising, managing your time and delegating; seeing problems coming and "
                                "making sound decisions about provision.", "AB"),
    ("9  Deep water", "11 Nov", "What research says about meeting SEN, and how to read it, with the Aquarium's "
                                "research manager; using research and outside advice to improve practice; keeping "
                                "up to date and planning your own CPD. Online option.", "SW, PO"),
    ("10  Homeward", "9 Dec", "Supporting colleagues' professional development: observation and feedback, "
                              "modelling, coaching and mentoring, leading training; Landing 3 presentations.",
     "AB, PO"),
]
gt = table(doc, glance, widths=[3.4, 2.2, 10.0, 1.4], header_fill=PALE, size=8.5)
for i, row in enumerate(glance):
    if row[1] is None and i:
        a = gt.cell(i, 0).merge(gt.cell(i, 3))
        cell_text(a, row[0] + (": JANUARY TO JUNE" if row[0] == "FIRST HALF" else ": SEPTEMBER TO DECEMBER"),
                  bold=True, size=8.5)
        shade(a, PALE)
para(doc, "Every Tide Day's readings include recent research and inspection evidence: for example Ofsted's "
          "Inclusion: does it matter where pupils are taught? (2006) for Tide Day 5, the Bercow Review of services for "
          "children and young people with speech, language and communication needs (2008) for Tide Day 3, and Brooks' "
          "What works for pupils with literacy difficulties? (2007) for Tide Day 4. Sir Jim Rose's review of provision "
          "for pupils with dyslexia, due in 2009, will join Tide Day 3 when it is published.")
para(doc, "September Opening dates are on the Rockpool. Skippers: AB Alison Brack; PO Peter Ormston; JH Jo Heron; "
          "MR Mark Rutter; GA Grace Allgood; SW Sam Wardle.", size=8, italic=True)

# ------------------------------------------------------------------ shore work
barh("SHORE WORK")
para(doc, "Shore Work is where the season meets your school. After every Tide Day there is a short piece of Shore "
          "Work, planned with your Harbour Buddy, and each one asks you to try something in your own school and "
          "note in your season log what changed in your practice and your colleagues'. The four longer pieces are:")
for s in [
    "Shore Work 1: follow one pupil with SEN for a day, gather the views of the pupil and the family, and collect the "
    "assessments other professionals have made (this becomes Landing 1).",
    "Shore Work 2: ask three pupils with SEN, using one of the methods from Tide Day 6, what helps and what gets in "
    "their way, and change one thing in their provision as a result.",
    "Shore Work 3: map your school's provision with your head and a governor, and decide what to stop, start and "
    "change (this becomes Landing 2).",
    "Shore Work 4, the visits: half a day at Bellcote School, a special school for pupils aged 2 to 19, and half a "
    "day at Tyneholm Language Base or Tyneholm Pupil Referral Unit, arranged for you by Grace Allgood.",
]:
    doc.add_paragraph(s, style="List Bullet")

# ------------------------------------------------------------------ landings
barh("LANDINGS")
para(doc, "There are three Landings. Each is built from your own school, and each is marked against the "
          "University's Level 7 grade criteria. The Catch Table shows which catches each Landing lands.")
landings = [
    ("Landing", "When", "What you hand in"),
    ("L1 Case catch", "After Tide Day 6", "A 4,000-word study of one pupil: how the needs were identified, the "
                                          "assessments used, the targets and interventions and how they were "
                                          "reviewed, the pupil's own part in planning, and the work with the "
                                          "family."),
    ("L2 Provision map", "After Tide Day 8", "Your school's provision map with a 4,000-word review of the "
                                             "provision against the law and guidance, carried out with colleagues, "
                                             "and the part of other services."),
    ("L3 Leading change", "Tide Day 10", "A portfolio on a change you have led with colleagues this season, with a "
                                         "twenty-minute presentation to two Skippers and your Harbour Buddy, and "
                                         "your season log."),
]
table(doc, landings, widths=[3.4, 3.0, 10.6], header_fill=PALE, size=8.5)
para(doc, "")
p_mark = para(doc, "Your own Skipper marks each Landing, and a second Skipper reads one Landing in five to check the "
                   "grade. ")
r_mod = p_mark.add_run("[External moderation arrangements to be confirmed by the University]")
doc.add_comment(r_mod, text="The external examiner could moderate L2 and L3 but the University has not agreed the "
                            "fee yet.", author="Jo Heron", initials="JH")
para(doc, "[Award rule: wording to follow from the University's regulations]", italic=True)

# ------------------------------------------------------------------ skippers
barh("YOUR SKIPPERS")
skippers = [
    ("Skipper", "Who they are"),
    ("Dr Alison Brack", "Head of Sea Discovery and programme leader. SENCO for eight years at a Tyneholm middle "
                        "school, then Alnmere's SEN adviser; MEd in Inclusive Education; doctorate on SENCOs and "
                        "school leadership (2006)."),
    ("Peter Ormston", "Senior Lecturer in Special Education, University of Wansbeck Vale; formerly headteacher of a "
                      "special school for pupils with MLD; PhD on the inclusion of pupils with autism."),
    ("Jo Heron", "Specialist teacher for autism, Alnmere Inclusion Support Service; accredited trainer for the "
                 "Autism Education Trust."),
    ("Mark Rutter", "Educational psychologist, Tyneholm Educational Psychology Service."),
    ("Grace Allgood", "Sea Discovery's learning officer for special schools; taught at Bellcote School for six years; "
                      "runs the Young Crew, our panel of young visitors with SEN."),
    ("Dr Sam Wardle", "The Aquarium's research manager, a fisheries scientist, who teaches how to read research and "
                      "how to measure change."),
]
table(doc, skippers, widths=[3.6, 13.4], header_fill=PALE, size=8.5)
para(doc, "")
para(doc, "Every Skipper comes to a Skippers' induction day in December: the Catch Table, the Landings, the "
          "University's grade criteria and a marking exercise on last year's work. Guest speakers are briefed by "
          "Dr Brack before their Tide Day. Harbour Buddies come to a two-hour twilight at the Aquarium at the start "
          "of each Opening and have the Harbour Buddy Handbook, which sets out what they do each half-term; Grace "
          "rings every Harbour Buddy halfway through the season to see how it is going.")

# ------------------------------------------------------------------ on board
barh("ON BOARD")
subh("Resources")
para(doc, "Tide Days are held in the Sea Discovery classrooms and the Tidewater Room, our ICT suite of twenty "
          "computers with symbol software, Clicker and text-to-speech tools. Our SEN library lends tests, "
          "intervention kits and books for up to a month, and the University's library is yours by Athens login, "
          "with books posted to your school.")
subh("Access")
para(doc, "Skerrow Bay Aquarium is fully accessible: level access throughout, lifts to every floor, hearing loops in "
          "the Tide Pool Theatre and at the front desk, and monthly Quiet Mornings for visitors with autism. If there "
          "is anything you need, tell us when you book.")

# ------------------------------------------------------------------ traceability
barh("TRACEABILITY")
para(doc, "Good Catch means knowing where everything comes from. At the end of every Tide Day you fill in a Tide "
          "Day card, and the Skippers talk the cards over at their next meeting.")
del_paragraph(doc, "From the January Opening, Dr Wardle will run a two-year study of the difference the season makes: "
                   "each crew member will record baseline and end-of-season measures of progress for three pupils, "
                   "and rate their own confidence against the Catch Table at the start and end.", "A. Brack", D2)
para(doc, "Does it make a difference to the children? That's the question we most want to answer, and we'd love to "
          "find a way. Watch this space.")

# ------------------------------------------------------------------ who helped
barh("WHO HELPED WRITE THIS GUIDE")
para(doc, "The SEN teams in Alnmere and Tyneholm tell us that most of their new SENCOs have had no training for the "
          "role and that schools want a course close to home.")
para(doc, "Our Harbour Board has been kept informed of every draft of this guide. And in our 2008 visitor survey "
          "2,400 visitors answered, many of them families, and told us they wanted the Aquarium to do more for "
          "children with SEN, which is one reason we set out on this season.")
p_hb = para(doc, "The Harbour Board (two headteachers, the SEN managers of Alnmere and Tyneholm, a parent from "
                 "Alnmere Parent Carer Forum, the University and the Aquarium) meets each term. It hears from the "
                 "headteachers how their SENCOs are getting on, and its members answer our end-of-season "
                 "questionnaire on how the season was organised. Tyneholm's educational psychologists lead "
                 "Tide Days 3 and 7, Alnmere Parent Carer Forum co-leads Tide Day 6, and the Young Crew help run it.")
doc.add_comment(p_hb.runs[0], text="Should we add that the Board could set the Tide Day dates?", author="Grace "
                                                                                                     "Allgood",
                initials="GA")

# ------------------------------------------------------------------ what's next
barh("WHAT'S NEXT AFTER THE SEASON")
para(doc, "When the season ends, your headteacher sets your next targets in performance management. On the last "
          "Tide Day your Skipper will tell you about the University's MA in Inclusive Education.")
subh("What the season costs")
para(doc, "A season costs \u00a31,195, including every Tide Day, lunch, University registration and marking. Alnmere "
          "and Tyneholm each pay \u00a3400 towards a place for their own schools. Because the Tide Days use the "
          "Aquarium's classrooms on days they are free, and the specialist Skippers come from the two authorities' "
          "own services, this is about a third less than the nearest university course, and you lose no days to "
          "travel. Your Catch Plan means your time goes on the catches you need.")

# ------------------------------------------------------------------ catch table
barh("THE CATCH TABLE")
para(doc, "The ratings are explained in How to read the ratings, near the front of this guide.")
catches = [
    ("No.", "Catch: what you'll be able to do", "Caught on", "Landed at", "Rating"),
    ("ATTRIBUTES", None, None, None, None),
    ("1", "Build fair, respectful and supportive relationships with pupils with SEN and disabilities, and with their "
          "parents and carers", "TD 6", "L1", "1"),
    ("2", "Win the commitment of colleagues, including your headteacher and senior leaders, to better outcomes for "
          "these pupils", "TD 8", "\u2014", "2"),
    ("3", "Prioritise, manage your time and delegate, making sure tasks get done", "TD 8", "L3", "1"),
    ("4", "See problems coming, solve them and make sound decisions about provision", "TD 8", "L2", "1"),
    ("5", "Express yourself clearly in speech and writing, and listen to and understand others' views", "\u2014",
     "L3", "B"),
    ("6", "Draw on research and outside advice to improve your own and colleagues' practice", "TD 9", "L2", "1"),
    ("7", "Keep up to date and take charge of your own CPD on SEN and disability", "TD 9", "L3", "1"),
    ("KNOWLEDGE AND UNDERSTANDING", None, None, None, None),
    ("8", "Know SEN law and guidance, including the SEN Code of Practice, what they mean for your school and how to "
          "put them into practice", "TD 2", "L2", "1"),
    ("9", "Know the principles and five outcomes of Every Child Matters and how the SENCO helps children reach them",
     "TD 2", "L2", "1"),
    ("10", "Know the law on disability equality and what it requires the school to do", "TD 2", "L2", "1"),
    ("11", "Know how children develop and how SEN, disability and their surroundings affect development", "TD 3",
     "L1", "1"),
    ("12", "Know the common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they "
           "affect learning", "TD 3", "L1", "1"),
    ("13", "Weigh up approaches, strategies and resources, including ICT, and use them to remove barriers",
     "TD 5", "L2", "1"),
    ("14", "Know how school self-evaluation and improvement work for pupils with SEN", "\u2014", "\u2014", "3"),
    ("15", "Know best practice and what research says about meeting SEN", "TD 9", "\u2014", "2"),
    ("16", "Know what outside agencies do and how to get specialist support and resources", "TD 7", "L2", "1"),
    ("SKILLS", None, None, None, None),
    ("17", "With senior colleagues and governors, shape an inclusive ethos, policies, priorities and the use of "
           "resources", "TD 8", "L3", "1"),
    ("18", "Identify pupils who may have SEN, set challenging targets, plan interventions and review progress",
     "TD 4", "L1", "1"),
    ("19", "Use other professionals' assessments to shape teaching", "TD 4", "L1", "1"),
    ("20", "Use summative assessments, including national tests, to track progress and change programmes", "TD 4",
     "L1", "1"),
    ("21", "Encourage colleagues to develop formative assessment that works for pupils with SEN", "TD 4", "\u2014",
     "2"),
    ("22", "Identify in good time the access arrangements pupils need for tests and exams, and put them in place",
     "TD 4", "L1", "1"),
    ("23", "Use provision mapping to plan provision and find what is missing or not working", "TD 5", "L2", "1"),
    ("24", "Deploy and manage staff, including teaching assistants", "\u2014", "\u2014", "3"),
    ("25", "Support colleagues' development by observation and feedback, modelling, coaching, mentoring and "
           "training", "TD 10", "L3", "1"),
    ("26", "Review with colleagues how well provision is working, to feed the school's self-evaluation", "\u2014",
     "L2", "B"),
    ("27", "Make sure pupils with SEN help plan, agree and review their own provision", "TD 6", "L1", "1"),
    ("28", "Work with parents and carers to promote their children's learning and development", "TD 6", "L1", "1"),
    ("29", "Work in partnership with other services and agencies, including voluntary organisations", "TD 7", "L2",
     "1"),
]
RATE_FILL = {"1": GREEN, "2": AMBER, "B": BLUE, "3": RED}
ct = table(doc, catches, widths=[1.0, 10.8, 1.9, 1.9, 1.4], header_fill=PALE, size=8.5)
for i, row in enumerate(catches):
    if row[1] is None and i:
        a = ct.cell(i, 0).merge(ct.cell(i, 4))
        cell_text(a, row[0], bold=True, size=8.5)
        shade(a, PALE)
    elif i:
        shade(ct.cell(i, 4), RATE_FILL[row[4]])
    if row[0] == "24":
        fn.add(ct.cell(i, 1).paragraphs[0], "Deploying teaching assistants is covered by Tyneholm's own course for "
                                            "SENCOs and teaching assistant leaders, which most of our schools "
                                            "already use.")

# ------------------------------------------------------------------ pocket card
para(doc, "")
text_box(doc, [
    ("POCKET CARD: cut out and keep", dict(bold=True, color=TEAL, size=10)),
    ("Every catch in this guide is landed, graded and certified by the University.", dict(size=9, bold=True)),
    ("Tide Days: Wednesdays (or the Saturday after), 9.30 to 3.30, Sea Discovery entrance.", dict(size=9)),
    ("Rockpool: Skipper replies within three working days. Live chat every other Tuesday, 7.00pm.", dict(size=9)),
    ("Sea Discovery Centre, Skerrow Bay Aquarium, The Promenade, Skerrow Bay.", dict(size=9, italic=True)),
], fill="F2F8F8", stroke=TEAL, width_pt=430, height_pt=110)

doc.save(OUT)
print("wrote", OUT)
