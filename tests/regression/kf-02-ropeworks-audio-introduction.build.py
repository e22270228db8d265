"""kf-02-ropeworks-audio-introduction

Provider (invented): the Ropeworks Theatre, Calverley - its Learning and
Participation department ("Ropeworks Learning") - with Calverley Hill
University, which will validate the course as a PGCert of 60 credits at
Level 7. Application for the 2008-09 National Award for SEN Coordination,
January 2009.

Document kind and layout: the course written as the theatre's AUDIO
INTRODUCTION SCRIPT, the large-print script two describers read (and record)
before an audio-described performance: welcome and running time, the set,
the characters and their costumes, the story act by act. The course is "The
Coordinator", a play in three Acts (terms) of twelve Scenes (study days);
participants are "Coordinators", tutors "the Tutors", mentors "the
Prompt" (a senior colleague in the school), parents and pupils "the
Chorus", the VLE "the Listening Room"; the marked pieces are the
"Monologue", the "Two-hander", the "Ensemble Piece" and the "Curtain Call";
practices marked with notes but no mark are "Dress rehearsals". No heading
styles: speaker labels in bold capitals ("DESCRIBER 1:"), bracketed cues
("[MUSIC: ...]", "[PAUSE]"), typed timings ("(04:10)"). A production
details table with merged cells and shading at the top. An appended
"BRAILLE TABLE B" of the outcomes with "Heard in" and "Judged at" columns,
whose dash and "Dress rehearsal" values are defined in a describer's note
above it (not in the table). Header and footer. Two Word comments from the
access manager. Tracked changes from the recording session (one deleted
sentence, one inserted sentence).

Traps (requirement ids):
- 1.3 partially_met: only "the latest thinking" in general terms; no research
  or inspection evidence named.
- 1.6 partially_met: colleagues in the Coordinator's own school only;
  working "beyond the school" is explicitly "not part of this play".
- 2.1 not_met: "Calverley Hill does not give credit for earlier courses";
  the sentence offering credit is a tracked deletion.
- 2.2 partially_met: a pre-course "Audition" self-rating against the
  outcomes, but no individual plan: "everyone plays every Scene".
- 2.3 not_met: a past arrangement only ("In the pilot year ... That door
  closed when the pilot ended").
- 2.5 not_met: negation, "we don't, at this point, talk about what comes
  after".
- 3.3 met: the Listening Room with Tutors' replies, weekly live sessions
  between Scenes, peer groups.
- 5.2 partially_met: entry requires only QTS and the head's signature.
- 5.3 met (the Ropeworks checks each enhanced CRB disclosure at enrolment).
- 5.4 partially_met: names and job titles only, no qualifications or
  experience.
- 5.7 not_met: Prompts' (mentors') preparation only hoped for ("the
  University hopes to offer"); the comment promising a handbook is not
  evidence.
- 5.8 met: double marking, and marks go to the external examiner.
- 2.4 partially_met: flexible timing, but "everyone plays every Scene, in
  the same order": not tailored to individual needs.
- 5.9 partially_met: participants' confidence questionnaires; nothing on
  pupils' achievement.
- 6.A2, 6.A6, 6.K6, 6.S8: "Heard in" a Scene but "Judged at" a dash ->
  partially_met.
- 6.S1: judged at the Ensemble Piece but "Heard in" a dash -> partially_met.
- 6.S5: judged only at a "Dress rehearsal" (no mark) -> partially_met.
- 6.K9: no row in Braille Table B; visiting speakers from other services
  come to Scenes 6 and 9, but nothing assesses it -> partially_met.
- 6.S2d: no row and nowhere in the story -> not_met.
- 1.9 and 6.0 partially_met: the award follows passing the four marked
  pieces, which do not judge every outcome (dashes, Dress rehearsal).
- 4.3 met: the Parents' Forum, Youth Company, SEN team and heads take part
  in the annual review.
- 5.6 met: library, assistive technology room.
- 6.S2b: both columns a dash -> not_met.
"""
import os
from _kf_helpers import (new_doc, para, runs, add_run, table, merge, shade, ins, dele,
                         header_footer, comment, word_count, mark_para)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "kf-02-ropeworks-audio-introduction.docx")

d = new_doc("Verdana", 13)
header_footer(d, "ROPEWORKS THEATRE  -  AUDIO INTRODUCTION  -  THE COORDINATOR  -  LARGE PRINT",
              "Recorded in Studio 2, 12 January 2009. Running time 38 minutes. Please do not reproduce.")


def S(who, text):
    p = d.add_paragraph()
    add_run(p, who + ":  ", bold=True)
    add_run(p, text)
    return p


def CUE(text):
    return para(d, "[" + text + "]", italic=True, color="7F7F7F")


def T(text):
    return para(d, text, bold=True)


para(d, "THE COORDINATOR", bold=True, size=20, align="center")
para(d, "A play in three Acts about leading SEN in a school", italic=True, align="center")
para(d, "AUDIO INTRODUCTION - LARGE PRINT SCRIPT", bold=True, align="center")
para(d, "Sent to the TDA as our application for approval to run the National Award for SEN Coordination", align="center")

t = table(d, [
    ["PRODUCTION DETAILS", ""],
    ["Company", "Ropeworks Learning (the Learning and Participation department of the Ropeworks Theatre, Calverley)"],
    ["In partnership with", "Calverley Hill University, School of Education"],
    ["Award", "Postgraduate Certificate: Coordinating Special Educational Needs, 60 credits at Level 7 (masters level), validated by Calverley Hill University (validation event 17 March 2009)"],
    ["Season", "September 2009 to July 2010, then every year"],
    ["Describers", "Nell Corrigan (Describer 1), Tomasz Wright (Describer 2)"],
    ["Access Manager", "Joy Adebayo"],
], header=True, size=11)
merge(t, 0, 0, 0, 1, "PRODUCTION DETAILS", bold=True, fill="1F3864")
t.cell(0, 0).paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
para(d, "")

CUE("MUSIC: the Ropeworks theme, solo cello, fades under")
T("(00:00)  WELCOME")
S("DESCRIBER 1", "Hello, and welcome to the Ropeworks. I'm Nell.")
S("DESCRIBER 2", "And I'm Tomasz. This is the audio introduction to The Coordinator. Ropeworks Learning makes "
  "every course it runs available as an audio introduction, so that anyone can hear what is coming before they "
  "commit to it. This one lasts about thirty-eight minutes. The play itself lasts a school year.")
S("DESCRIBER 1", "The Coordinator is our course for teachers who have just become, or are about to become, the "
  "special educational needs coordinator - the SENCO - in a school. It leads to a Postgraduate Certificate of 60 "
  "credits at masters level, which Calverley Hill University will validate this March, and to the National Award "
  "for SEN Coordination. The University's School of Education and Ropeworks Learning write, teach and assess it "
  "together.")
S("DESCRIBER 2", "The story is simple. A teacher is handed a job. By the end of the year she is leading it, and the "
  "children she is responsible for are doing better - learning more, and happier, safer and healthier at school, "
  "taking part in its life and ready for what comes next. That is what the play is for: every Scene is there to "
  "make a difference to children with special educational needs and disabilities, in what they achieve and in how "
  "their lives go, in all five of the Every Child Matters outcomes.")
CUE("PAUSE")

T("(03:05)  THE SET")
S("DESCRIBER 1", "The play has two sets, and the action moves between them. The first is Studio 2 at the Ropeworks, "
  "a black-box room on the first floor with a sprung floor, soft chairs in a horseshoe and a wall of windows onto "
  "the canal. There's a lift from the foyer, a hearing loop, and the accessible toilet is next door. This is where "
  "the twelve Scenes - our study days - take place.")
S("DESCRIBER 2", "The second set is the Coordinator's own school. It is different for every Coordinator, and we "
  "never see it on stage, but most of the play happens there. Between every Scene each Coordinator has a School "
  "Task to do in her own school, and she brings what happened back to the next Scene.")
S("DESCRIBER 1", "There is also a third place you can't see at all: the Listening Room. That is the course's "
  "space on the University's website. It holds the readings, the recordings of every Scene and the School Tasks. "
  "Each Coordinator has a Tutor there who answers messages within two working days, and on the Tuesday evening "
  "of every week between Scenes there is an hour's live session in the Listening Room with a Tutor, for questions "
  "and for sharing what the School Tasks are turning up. Coordinators are put in groups of four, a Quartet, with a "
  "discussion space of their own, and they use it to read each other's drafts. Tutors also use the Listening Room "
  "to send the Prompt in each school the School Task for the next half-term.")
S("DESCRIBER 2", "Behind the set there's a props store. Coordinators have full use of the University library and its "
  "online journals, and of the Ropeworks' assistive technology room on the second floor, with screen readers, "
  "text-to-speech and symbol software, a braille embosser and an interactive whiteboard. Scene 9 is played in that "
  "room, so that Coordinators try the technology their pupils might use before they choose any of it for their "
  "own school.")
CUE("SOUND: a door closes, distant traffic")

T("(07:40)  THE CHARACTERS AND THEIR COSTUMES")
S("DESCRIBER 2", "There are seven characters. First, the Coordinator herself. She is in her twenties or her fifties; "
  "she is in a primary school or a secondary school. Today she wears a lanyard, a cardigan with a biro clipped to "
  "the pocket, and the face of someone who has three meetings after school. To join the cast she must be a "
  "qualified teacher, and her headteacher must sign her application form. That's all we ask at the door.")
S("DESCRIBER 1", "Before the first Scene there is an Audition - not that kind. Each Coordinator fills in a "
  "self-rating against every outcome in the play, and talks it over with her Tutor at Scene 1. It shows her where "
  "she is starting from. After that everyone plays every Scene, in the same order, because the Scenes build on each "
  "other.")
S("DESCRIBER 2", "The Ropeworks checks each Coordinator's enhanced CRB disclosure at enrolment: the Company Manager "
  "sees the original certificate, records its number and date on the enrolment record, and asks for a new check "
  "through the Ropeworks' own registered body where the certificate is more than three years old. No one plays "
  "Scene 1 until that is done. The school's List 99 check is confirmed in writing by the headteacher on the same "
  "form.")
comment(d, d.paragraphs[-1].runs, "Tomasz - slow down here, listeners need the detail. JA", author="Joy Adebayo", initials="JA")
S("DESCRIBER 1", "Second, the Director. She is Dr Hannah Lowery, Reader in Education at Calverley Hill, and she "
  "leads the play. She wears a dark suit and red shoes that everyone remembers. Then the Tutors, three of them: "
  "Dr Hannah Lowery herself, Peter Okafor, who is Ropeworks Learning's Participation Manager, and Siân Bellamy, "
  "Senior Lecturer at Calverley Hill. They dress down, in jeans and Ropeworks sweatshirts.")
S("DESCRIBER 2", "Fourth, the Head - the Coordinator's headteacher. We hear her more than we see her. She releases "
  "the Coordinator for all twelve Scenes, and she names a Prompt.")
S("DESCRIBER 1", "The Prompt is a senior colleague in the school who stands just offstage, like a prompt in a "
  "theatre, and helps when the Coordinator loses her lines. She meets the Coordinator every half-term and signs "
  "the School Task record. The University hopes to offer Prompts a briefing in the first year.")
comment(d, d.paragraphs[-1].runs, "We could say there'll be a Prompts' handbook? Check with Hannah. JA",
        author="Joy Adebayo", initials="JA")
S("DESCRIBER 2", "Sixth, the Chorus: parents and young people. Two parents from Calverley Parents' Forum and four "
  "members of the Ropeworks Youth Company with SEN or disabilities appear in Scenes 7 and 8. Their costumes are "
  "their own. They tell their stories, and they play the parent or the pupil in the meetings the Coordinators "
  "rehearse, stopping the scene when it goes wrong.")
S("DESCRIBER 1", "And last, the Examiner - the external examiner - who arrives only at the very end.")
CUE("MUSIC: cello, a short phrase")

T("(13:20)  HOW THE PLAY CAME TO BE WRITTEN")
S("DESCRIBER 2", "Before writing the play we did what we do before any new production: we asked our audience. "
  "In May 2008 we sent a questionnaire to every school in Calverley and got 57 replies, and Calverley's SEN team "
  "held a focus group for us with nine SENCOs who had started in the last two years. Heads wanted SENCOs who could "
  "deal with parents' complaints before they became tribunals; the new SENCOs wanted help with data and with "
  "leading older colleagues; the Parents' Forum told us that parents want to be listened to before plans are made, "
  "not after.")
S("DESCRIBER 1", "So we rewrote. Scenes 7 and 8 on parents were added because of the Parents' Forum, and the Forum "
  "now sends two parents to them. The heads' answers put the Scene on working with the Head first in Act Two. The "
  "Youth Company asked to be in it, and they are.")
S("DESCRIBER 2", "After the play, Coordinators fill in our usual audience feedback form at every Scene, and a "
  "longer one at the end of the year, rating how confident they now feel about each part of the SENCO's job "
  "against how they felt at the Audition. The Tutors read them after every Scene, and the Director and the "
  "University's course committee use them in the annual course review, which sets next year's changes. The "
  "Examiner writes a report each year too, and the course committee answers it.")
S("DESCRIBER 1", "Our audience stays involved after the first night. Each July the Parents' Forum and the Youth "
  "Company come to the Ensemble Piece presentations, and each sends the course committee a short written view of "
  "what it saw and heard, which goes into the annual course review beside the Coordinators' forms. Calverley's SEN "
  "team sits on the course committee, and a group of five headteachers from the questionnaire meets the Director "
  "every spring to look at the year's results and say what they have noticed in their schools.")
CUE("PAUSE")

T("(17:05)  ACT ONE: KNOWING  (September to December)")
S("DESCRIBER 1", "Act One has four Scenes. In Scene 1, The Job, the Coordinator meets the cast, does her Audition "
  "and learns what the Code of Practice expects of her: the graduated response, School Action and School Action "
  "Plus, statements, annual reviews. Scene 2, The Law, takes her through the Education Act 1996, the Special "
  "Educational Needs and Disability Act 2001 and the Disability Discrimination Act duties on schools: reasonable "
  "adjustments, the accessibility plan and the disability equality duty, and what each means for her school.")
S("DESCRIBER 2", "Scene 3, Every Child, is about Every Child Matters and the SENCO's part in it - how a pupil's "
  "well-being and safety sit alongside her learning - and about how children develop, and how their development "
  "can be knocked off course by a disability, by poverty, by a classroom that is too noisy. Scene 4, Kinds of "
  "Need, goes through the most common types of SEN and disabilities: behavioural, emotional and social "
  "difficulties, dyslexia and other specific learning difficulties, speech, language and communication needs, "
  "autism and moderate learning difficulties.")
S("DESCRIBER 1", "All through Act One the Tutors bring in the latest thinking on special educational needs, so that "
  "what the Coordinators learn is current.")
S("DESCRIBER 2", "At the end of Act One the Coordinator writes her Monologue: a 3,000-word reflective essay on the "
  "law, Every Child Matters and her own school's policy, marked against the University's Level 7 criteria.")
CUE("SOUND: school bell")

T("(22:30)  ACT TWO: SEEING  (January to March)")
S("DESCRIBER 1", "Act Two is about seeing what is really happening to pupils. In Scene 5, The Head's Office, the "
  "Coordinator learns to work with her head and her senior team: how to win their backing for what she wants "
  "to do for pupils with SEN, how to prioritise her own time and hand tasks to teaching assistants, and how to deploy and "
  "manage support staff. Scene 6, Data, covers identifying pupils who may have SEN, from observation and "
  "assessment, setting challenging targets, planning interventions and reviewing progress, and how to use the "
  "reports of educational psychologists and therapists in planning teaching; the School Task is to take three "
  "pupils through a cycle. In the same Scene the visiting speakers show how a SENCO works alongside their "
  "services and with voluntary organisations such as the Calverley Autism Support Group on a pupil's plan, and "
  "the Coordinators draft a joint review with them.")
S("DESCRIBER 2", "Scenes 7 and 8 are the Chorus's. In Scene 7, Around the Table, the Coordinators rehearse a "
  "review meeting with the Youth Company, and learn to ask pupils what they think of their provision and to "
  "involve them in setting and reviewing their own targets; the School Task is to do it with one pupil for real. "
  "In Scene 8, The Front Door, they rehearse meetings with parents: the first conversation, the angry call, the "
  "annual review. The Chorus stop the action and the Coordinators play it again.")
p = S("DESCRIBER 1", "Act Two also has a placement. Every Coordinator spends two days in Act Two at the Brook "
  "Centre, Calverley's special school for pupils with complex needs, or with the Calverley Sensory Support Service, "
  "and visiting speakers - an educational psychologist, a speech and language therapist and a Connexions personal "
  "adviser - come to Scenes 6 and 9. ")
ins(p, "The Brook Centre's deputy head plans and supervises each placement with the Tutors, and the Coordinator's "
       "placement log goes into her portfolio.", author="Peter Okafor", date="2009-01-12T11:40:00Z")
S("DESCRIBER 2", "At the end of Act Two comes the Two-hander: a case study, written with the permission of the "
  "family, of one pupil's provision - how the pupil was identified, what was planned, who else was involved and "
  "what the pupil said about it - 4,000 words, marked against the University's criteria.")
CUE("MUSIC: the cello returns, faster")

T("(28:15)  ACT THREE: LEADING  (April to July)")
S("DESCRIBER 1", "In Act Three the Coordinator leads. Scene 9, The Map, is about provision mapping - what the school "
  "provides, for whom, at what cost, and where it isn't working - and about choosing approaches, resources and ICT "
  "for teaching pupils with SEN. Scene 10, Going Further, asks her to read research on one intervention and bring "
  "it to her colleagues, and to use advice from outside the school. Scene 11, The Staffroom, is about supporting "
  "colleagues by coaching, observing and giving feedback, helping teachers use formative assessment with pupils "
  "with SEN, and running training for staff; the Coordinator is asked "
  "to coach one colleague. Advising and supporting colleagues in other schools or services is not part of this "
  "play; Scene 11 stays in the Coordinator's own staffroom.")
S("DESCRIBER 2", "Scene 12, Taking Stock, is about reviewing provision with other staff and feeding what they find "
  "into the school's self-evaluation, and about how school self-evaluation and improvement work for pupils with "
  "SEN. It also asks each Coordinator to keep her own learning going: she reads one new report each half-term and "
  "sets up her own reading log.")
S("DESCRIBER 1", "Act Three is where the Ensemble Piece is made: a piece of change the Coordinator leads in her "
  "school with her colleagues, from planning to evaluation, written up in 5,000 words and marked. Along the way, "
  "each Coordinator brings a draft of her coaching log to a Dress rehearsal in Scene 11.")
S("DESCRIBER 2", "And then the Curtain Call: a twenty-minute conversation with two Tutors about what the Coordinator "
  "has learned this year and how she talks about it. It is marked pass or fail.")
CUE("PAUSE")

T("(33:00)  AFTER THE CURTAIN")
S("DESCRIBER 1", "Coordinators are awarded the Postgraduate Certificate and the National Award only when they have "
  "passed the Monologue, the Two-hander, the Ensemble Piece and the Curtain Call. Anyone who fails one "
  "piece may resubmit it once.")
S("DESCRIBER 2", "Every marked piece is marked by one Tutor and marked again by a second, who agree the mark "
  "between them before it goes to the Examiner.")
p = S("DESCRIBER 1", "A question we're often asked in the foyer is whether earlier courses count. Calverley Hill "
  "does not give credit for earlier courses towards this Certificate. ")
dele(p, "Credit from an earlier masters module in SEN can be counted towards the Monologue on application to the "
        "University.", author="Hannah Lowery", date="2009-01-12T14:02:00Z")
S("DESCRIBER 2", "And another: can an experienced SENCO skip the play and just be examined? In the pilot year, two "
  "experienced SENCOs from the Sensory Support Service were assessed on their portfolios without attending. That "
  "door closed when the pilot ended.")
S("DESCRIBER 1", "Can you start at a different time? Yes. Coordinators can join in September or in January, and a "
  "January starter plays Act Two first, then Act Three, then Act One the following autumn. Anyone who misses a "
  "Scene can catch up from the recording in the Listening Room. Coordinators who work part time can take the "
  "Certificate over two years, taking one Act at a time.")
S("DESCRIBER 2", "The Ropeworks Access team makes every part of the play accessible. We ask every Coordinator "
  "before Scene 1 what she needs, and we provide it: large print, braille or audio versions of every reading, "
  "BSL interpreters, captioned recordings, extra time and alternative forms for the marked pieces, agreed with "
  "the University's disability advisers. The Ropeworks meets its duties under the Disability Discrimination Act "
  "and its race and gender equality duties for Coordinators as it does for every audience member.")
S("DESCRIBER 1", "What happens after the Curtain Call? We don't, at this point, talk about what comes after. "
  "Coordinators are welcome at the Ropeworks any time.")
S("DESCRIBER 2", "The fee is £1,200, and Calverley's SEN team pays it for SENCOs in the borough's schools.")
CUE("MUSIC: the Ropeworks theme, full, then fades")
S("DESCRIBER 1", "That's the end of the introduction. Braille Table B follows for the transcriber.")

para(d, "")
T("DESCRIBER'S NOTE FOR THE TRANSCRIBER")
para(d, "Braille Table B lists, for each outcome in the national list, the Scene in which the Coordinator hears and "
        "works on it and the piece at which it is judged. A dash means none. \"Dress rehearsal\" means a practice "
        "in a Scene that gets notes from the Tutors and no mark. Please keep the table in two columns in braille.")
T("BRAILLE TABLE B - WHO IS IN EACH SCENE")
rows = [
    ("Outcome, in our words", "National list", "Heard in", "Judged at"),
    ("Fair, respectful relationships with pupils and their families", "6.A1", "Scenes 7, 8", "Two-hander"),
    ("Winning the commitment of the head and colleagues", "6.A2", "Scene 5", "-"),
    ("Prioritising, managing time, delegating", "6.A3", "Scene 5", "Ensemble Piece"),
    ("Solving problems, making sound decisions about provision", "6.A4", "Scene 9", "Ensemble Piece"),
    ("Speaking and writing clearly; listening", "6.A5", "Scenes 7, 8", "Curtain Call"),
    ("Using research and outside advice", "6.A6", "Scene 10", "-"),
    ("Keeping up to date; own CPD", "6.A7", "Scene 12", "Curtain Call"),
    ("SEN law, guidance and the Code of Practice", "6.K1", "Scenes 1, 2", "Monologue"),
    ("Every Child Matters and the SENCO", "6.K2", "Scene 3", "Monologue"),
    ("Disability equality law and what it requires", "6.K3", "Scene 2", "Monologue"),
    ("How children develop", "6.K4", "Scene 3", "Two-hander"),
    ("The common types of SEN", "6.K5", "Scene 4", "Two-hander"),
    ("Approaches, strategies, resources and ICT", "6.K6", "Scene 9", "-"),
    ("School self-evaluation and improvement", "6.K7", "Scene 12", "Ensemble Piece"),
    ("Best practice and research", "6.K8", "Scene 10", "Ensemble Piece"),
    ("Shaping an inclusive ethos with senior leaders and governors", "6.S1", "-", "Ensemble Piece"),
    ("Identifying pupils, targets, interventions, review", "6.S2", "Scene 6", "Two-hander"),
    ("Using other professionals' assessments", "6.S2a", "Scene 6", "Two-hander"),
    ("Tracking with summative data and national tests", "6.S2b", "-", "-"),
    ("Helping colleagues with formative assessment", "6.S2c", "Scene 11", "Ensemble Piece"),
    ("Provision mapping", "6.S3", "Scene 9", "Ensemble Piece"),
    ("Deploying and managing support staff", "6.S4", "Scene 5", "Ensemble Piece"),
    ("Coaching, observing and training colleagues", "6.S5", "Scene 11", "Dress rehearsal"),
    ("Reviewing provision with staff for self-evaluation", "6.S6", "Scene 12", "Ensemble Piece"),
    ("Involving pupils in planning and reviewing provision", "6.S7", "Scene 7", "Two-hander"),
    ("Working with parents and carers", "6.S8", "Scene 8", "-"),
    ("Working with other services and voluntary groups", "6.S9", "Scenes 6, 9", "Two-hander"),
]
t = table(d, [list(r) for r in rows], size=11)

para(d, "")
para(d, "Script ends.", italic=True)

d.save(OUT)
print(OUT, word_count(OUT), "words")
