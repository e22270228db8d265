"""Headings and list items recognised from typing rather than styles.

A short Normal paragraph (at most :data:`MAX_HEADING_WORDS` words, no final
full stop) is a typed heading when it is all bold or in capitals, or when it
starts with hand-typed section numbering ("Section 3 –", "Criterion four",
"3(b)", "Part C", "4.2 Title"). A bare "1 Title" / "A. Title" / "IV. Title"
is also how people type a numbered list, so it counts only when emphasised.
Typed bullets ("•", "–", "o ") mark list items and are stripped.

The wording of no particular document is assumed here.
"""

from __future__ import annotations

import re

MAX_HEADING_WORDS = 15
#: a question typed as a section's title may be longer, and may have "will" in it
MAX_QUESTION_HEADING_WORDS = 25
QUESTION_RE = re.compile(r"\?[\"”’']?\s*$")
#: a paragraph this long with a modal verb is a clause, not a heading
CLAUSE_WORDS = 9
CLAUSE_VERB_RE = re.compile(r"\b(?:shall|must|should|will|may|cannot)\b", re.I)

_NUM_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|first|second|third|fourth|fifth|"
    "sixth|seventh|eighth|ninth|tenth"
)
_AFTER_NUMBER = r"(?=\s*$|\s*[–—:.)\-]|\s+[^\sa-z])"
KEYWORD_HEADING_RE = re.compile(
    r"^(?i:section|criterion|criteria|part|chapter|standard|appendix|annexe?|schedule)\s+"
    rf"(?P<num>\d{{1,3}}(?:\.\d{{1,3}})*[a-z]?|[IVXLC]{{1,6}}|[ivxlc]{{1,6}}|[A-Z]|(?i:{_NUM_WORDS}))"
    + _AFTER_NUMBER
)
_DOTTED_HEADING_RE = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){1,4})\.?(?=\s+[^\sa-z]|\s*$)")
_SUBLETTER_HEADING_RE = re.compile(
    r"^\d{1,2}\s*\((?P<a>[a-z]{1,4}|[A-Z])\)(?:\s*\((?P<b>[a-z]{1,4})\))?(?=\s|$|[:.–—\-])"
    r"|^\d{1,2}[a-z]\)?[.:]?(?=\s+[^\sa-z]|\s*$)"
)
_PLAIN_NUMBER_HEADING_RE = re.compile(r"^\d{1,2}[.)]?\s+(?=[A-Z])")
_LETTER_HEADING_RE = re.compile(r"^(?:[A-Z]|[IVX]{1,5})[.)]\s+(?=[A-Z])")
CAPTION_RE = re.compile(r"^(?:table|figure|fig\.|chart|diagram)\s+\w+\s*[:.–—-]", re.I)

#: A paragraph of nothing but bullets and dashes (an empty list item).
BULLETS_ONLY_RE = re.compile(r"[•▪·◦‣⁃●■□➢►❖❑\-–—*\s]+")
#: A bullet typed by hand at the start of a paragraph.
TYPED_BULLET_RE = re.compile(r"^(?:[•▪·◦‣⁃●■□➢►❖❑✓]\s*|[-–—*]\s+|o\s+)(?=\S)")


def numbered_heading_level(text: str, emphasised: bool) -> int | None:
    """Level of a heading typed with hand numbering, or None.

    A bare "1 Title" / "A. Title" / "IV. Title" is also how people type a
    numbered list, so it counts only when the paragraph is also bold or in
    capitals; keyword numbering ("Section 3 –", "Criterion four", "Part C"),
    sub-numbering ("3(b)") and dotted numbering ("4.2 Title") count alone.
    """
    m = KEYWORD_HEADING_RE.match(text)
    if m:
        return 1 + m.group("num").count(".")
    m = _SUBLETTER_HEADING_RE.match(text)
    if m:
        return 3 if m.group("b") else 2
    m = _DOTTED_HEADING_RE.match(text)
    if m:
        return min(m.group("num").count(".") + 1, 9)
    if emphasised and (_PLAIN_NUMBER_HEADING_RE.match(text) or _LETTER_HEADING_RE.match(text)):
        return 1
    return None


def is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(not c.islower() for c in letters) and any(c.isupper() for c in letters)


def short_unfinished(text: str) -> bool:
    """Short enough for a heading and not ended like a sentence. A numbered clause of
    a regulation ("1.1 Candidates for admission shall normally be qualified
    teachers in a SENCO role") has no full stop but is a sentence: a longer
    paragraph with a modal verb is not a heading."""
    n = len(text.split())
    if QUESTION_RE.search(text):  # a question as a section's title ("7. “Will they learn to work with parents?”")
        return n <= MAX_QUESTION_HEADING_WORDS
    return (
        bool(text)
        and n <= MAX_HEADING_WORDS
        and not text.endswith((".", ",", ";"))
        and any(c.isalnum() for c in text)
        and not (n >= CLAUSE_WORDS and CLAUSE_VERB_RE.search(text))
    )
