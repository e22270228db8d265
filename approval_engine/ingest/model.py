"""The application model: a provider's application as structured data.

Built from an :class:`~approval_engine.ingest.document.ExtractedDocument` by
:func:`build_application`, or loaded from a JSON/YAML file in this model by
:func:`load_application_file`. ``approval-engine schema`` prints its JSON
Schema. The model knows the document's shape (sections, passages, tables)
and a few programme facts; it knows nothing of the rules.

A passage that is the form's own prompt (:mod:`approval_engine.ingest.prompts`)
has the kind ``"prompt"``, however the application was read: it is never
evidence, and no programme fact is taken from it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from approval_engine.ingest.document import Block, Comment, ExtractedDocument, Location, Table
from approval_engine.errors import InputError
from approval_engine.safeyaml import YAMLError, safe_load
from approval_engine.ingest.prompts import PROMPT_KIND, is_prompt

PassageKind = Literal["heading", "paragraph", "list_item", "cell", "label", "footnote", "endnote", "prompt"]
#: Kinds of passage no programme fact or party is taken from.
_NO_FACTS = ("heading", PROMPT_KIND)
LABEL_MAX_WORDS = 25


class Organisation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    role: str = ""


class ProgrammeFacts(BaseModel):
    """Facts about the programme stated in the application (None: not stated)."""

    model_config = ConfigDict(extra="forbid")

    title: str = ""
    award: str = ""
    level: str = ""
    credits: int | None = None
    modes: list[str] = Field(default_factory=list)
    uses_elearning: bool | None = Field(
        default=None, description="filled by the ruleset's e-learning condition when evaluated"
    )


class Passage(BaseModel):
    """One paragraph-sized piece of the submission, with its location."""

    model_config = ConfigDict(extra="forbid")

    id: str
    kind: PassageKind = "paragraph"
    text: str
    location: Location = Field(default_factory=Location)
    label: str = Field(
        default="",
        description="for a table cell, the text of the row's first cell (a pro-forma's question)",
    )
    level: int | None = Field(
        default=None, description="for a list item, its level in a multi-level list (1 = top)"
    )
    notes: tuple[int, ...] = Field(default=(), description="the footnotes it refers to, by the numbers Word shows")

    @model_validator(mode="after")
    def _prompt(self) -> "Passage":
        """The form's own prompt is a prompt whatever it was read as (headings stay headings)."""
        if self.kind not in ("heading", PROMPT_KIND) and is_prompt(self.text):
            self.kind = PROMPT_KIND
        return self


class Section(BaseModel):
    """A heading and the passages under it (up to the next heading of any level)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    heading: str
    level: int
    heading_path: tuple[str, ...] = ()
    passage_ids: list[str] = Field(default_factory=list)


class Application(BaseModel):
    """A provider's application for approval."""

    model_config = ConfigDict(extra="forbid")

    title: str
    source: str = ""
    sha256: str = ""
    provider: str = ""
    partners: list[Organisation] = Field(default_factory=list)
    accrediting_hei: str = ""
    programme: ProgrammeFacts = Field(default_factory=ProgrammeFacts)
    sections: list[Section] = Field(default_factory=list)
    passages: list[Passage]
    tables: list[Table] = Field(default_factory=list)
    comments: list[Comment] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def passage(self, pid: str) -> Passage:
        return self._index()[pid]

    def _index(self) -> dict[str, Passage]:
        idx = getattr(self, "_pidx", None)
        if idx is None or len(idx) != len(self.passages):
            idx = {p.id: p for p in self.passages}
            object.__setattr__(self, "_pidx", idx)
        return idx


# --------------------------------------------------------------- building

_CREDITS = re.compile(r"\b(\d{2,3})\s*(?:-\s*)?(?:CATS\s+)?credits?\b", re.I)
_LEVEL = re.compile(r"\b(level\s*7|level\s*m\b|m[- ]level|master'?s[- ]level)\b", re.I)
_AWARD = re.compile(r"\b(?:Postgraduate Certificate|PG\s?Cert|National Award)[^.;:(),]{0,80}", re.I)
_LABEL_PROVIDER = re.compile(r"^(name of )?(provider|applicant|lead (provider|organisation))\b", re.I)
_LABEL_HEI = re.compile(r"(higher education institution|\bHEI\b|university|validating|accrediting)", re.I)
_LABEL_PARTNER = re.compile(r"\bpartner", re.I)
_LABEL_PROGRAMME = re.compile(r"^(programme|course|award)( title)?$", re.I)


def _passage_from_block(block: Block, label: str = "") -> Passage:
    kind: PassageKind
    if block.location.part in ("footnote", "endnote"):
        kind = block.location.part
    else:
        kind = block.kind
    level = block.level if block.kind == "list_item" else None
    return Passage(id=block.id, kind=kind, text=block.text, location=block.location, label=label, level=level,
                   notes=block.notes)


# a row that is a full sentence and, beside it, only a word or two that sorts it ("I choose two of the four afternoon
# options, so the course fits what I need. | Descriptive"): the sentence is what the row says, not a label for the tag
# (not a tick, a yes or a rating beside a statement: a checklist's answer is no statement of the provider's)
_SENTENCE = re.compile(r"[.!?][\"'”’)]*$")
_CHECK = re.compile(r"^\W*(?:yes|no|y|n|x|met|not met|done|agreed|in place|partly|partially|compliant|confirmed|"
                    r"achieved|red|amber|green|rag|tick|n/?a|\W*)\W*$", re.I)
TAG_WORDS, SENTENCE_WORDS = 2, 8


def _tagged_sentence(row: list[str]) -> bool:
    first, rest = row[0].strip(), [c.strip() for c in row[1:] if c.strip()]
    return (len(first.split()) >= SENTENCE_WORDS and bool(_SENTENCE.search(first)) and bool(rest)
            and all(len(c.split()) <= TAG_WORDS and not _CHECK.match(c) for c in rest))


def build_application(doc: ExtractedDocument) -> Application:
    """Turn an extracted Word document into the application model."""
    labels: dict[str, str] = {}
    label_cells: set[str] = set()
    for table in doc.tables:
        for r, row in enumerate(table.cell_blocks):
            if len(row) < 2 or not table.rows[r]:
                continue
            first = table.rows[r][0].strip()
            if first and len(first.split()) <= LABEL_MAX_WORDS and not _tagged_sentence(table.rows[r]):
                # a row label (a pro-forma's question, a header, an outcome named in a matrix):
                # context for the answer beside it, not evidence in itself
                label_cells.update(row[0])
            for cell in row[1:]:
                for bid in cell:
                    labels[bid] = first

    passages = []
    for b in doc.blocks:
        p = _passage_from_block(b, labels.get(b.id, ""))
        if b.id in label_cells and p.kind != PROMPT_KIND:
            p.kind = "label"
        passages.append(p)

    sections: list[Section] = []
    current: Section | None = None
    for b in doc.blocks:
        if b.kind == "heading":
            current = Section(
                id=f"s{len(sections) + 1}",
                heading=b.text,
                level=b.level or 1,
                heading_path=b.location.heading_path,
            )
            sections.append(current)
        elif current is not None and b.location.part == "body":
            current.passage_ids.append(b.id)

    app = Application(
        title=doc.title,
        source=doc.source,
        sha256=doc.sha256,
        passages=passages,
        sections=sections,
        tables=doc.tables,
        comments=doc.comments,
        warnings=list(doc.warnings),
    )
    _fill_parties(app, doc)
    _fill_programme(app)
    return app


_LABEL_PARTNERS = re.compile(r"^(?:partners?|partner (?:local )?authorit(?:y|ies)|partner organisations?|consortium members?)\b", re.I)
_UNIVERSITY = re.compile(r"\b(?:the )?(University of (?:the )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)?|[A-Z][\w'-]+(?: [A-Z][\w'-]+)? University)\b")
_IN_PARTNERSHIP = re.compile(r"^(?P<provider>[^.;:]{3,120}?),? (?:in partnership with|with|working with|together with) (?P<partners>[^.;:]{3,300})")


def _split_names(text: str) -> list[str]:
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", text)
    return [p.strip(" .") for p in parts if len(p.strip(" .")) > 2]


def _fill_parties(app: Application, doc: ExtractedDocument) -> None:
    """Provider, partners and accrediting HEI: from a details table (label | value
    rows) where there is one, else from the cover page's wording."""
    for table in doc.tables:
        for row in table.rows:
            if len(row) < 2:
                continue
            label, value = row[0].strip(), " ".join(row[1].split())
            if not value or label == value or len(label.split()) > 6:
                continue
            if not app.provider and _LABEL_PROVIDER.search(label):
                app.provider = value
            elif _LABEL_PARTNERS.search(label):
                for line in row[1].splitlines() or [value]:
                    line = line.strip()
                    if line and not line.endswith(":"):
                        app.partners.append(Organisation(name=line, role="partner"))
            elif not app.accrediting_hei and _LABEL_HEI.search(label):
                app.accrediting_hei = value
            elif not app.programme.title and _LABEL_PROGRAMME.search(label):
                app.programme.title = value
    cover = [p for p in app.passages[:15] if p.kind not in _NO_FACTS]
    if not app.provider:
        for p in cover:
            m = re.match(r"^(?:name of )?(?:lead )?provider\s*[:\-–]\s*(.+)$", p.text, re.I)
            if m:
                app.provider = m.group(1).strip()
                break
    for p in cover:
        m = _IN_PARTNERSHIP.match(p.text)
        if m and _UNIVERSITY.search(m.group("provider") + " " + m.group("partners")):
            if not app.provider:
                app.provider = m.group("provider").strip()
            if not app.partners:
                app.partners = [Organisation(name=n, role="partner") for n in _split_names(m.group("partners"))]
            break
    if not app.accrediting_hei:
        text = " ".join(p.text for p in app.passages if p.kind not in _NO_FACTS)
        m = re.search(r"(?:validated|accredited|awarded|conferred|approved)[^.]{0,80}?by\s+" + _UNIVERSITY.pattern, text)
        m = m or _UNIVERSITY.search(app.provider) or _UNIVERSITY.search(text)
        if m:
            app.accrediting_hei = m.group(m.lastindex or 0).strip()
    if not app.provider and app.title:
        app.provider = app.title


# how the programme is studied: (mode, pattern, the strings, in lower case, every match starts with)
_MODES = (
    ("part time", re.compile(r"\bpart[- ]time\b", re.I), ("part",)),
    ("full time", re.compile(r"\bfull[- ]time\b", re.I), ("full",)),
    ("blended", re.compile(r"\bblended\b", re.I), ("blended",)),
    ("e-learning", re.compile(r"\b(e-?learning|online|virtual learning environment|VLE)\b", re.I),
     ("e-learning", "elearning", "online", "virtual learning environment", "vle")),
    ("face to face", re.compile(r"\bface[- ]to[- ]face\b", re.I), ("face",)),
)
_AWARD_STARTS = ("postgraduate certificate", "pg", "national award")
_LEVEL_STARTS = ("level", "m-level", "m level", "master")


def _search_from(pattern: re.Pattern, text: str, low: str | None, starts: tuple[str, ...]) -> re.Match | None:
    """``pattern.search(text)`` for a case-insensitive pattern every match of which
    starts with one of ``starts``: tried only where ``low`` (the text in lower case,
    position for position) has one of them (a whole document's text: the regex
    engine scans for a literal far faster than it tries a pattern at every place)."""
    if low is None:
        return pattern.search(text)
    places: set[int] = set()
    for start in starts:
        i = low.find(start)
        while i >= 0:
            places.add(i)
            i = low.find(start, i + 1)
    for i in sorted(places):
        m = pattern.match(text, i)
        if m:
            return m
    return None


def _lower_in_place(text: str) -> str | None:
    """The text in lower case as the case-insensitive regex engine compares it with
    ASCII letters, position for position; None when lower case changes a length."""
    low = text.lower()
    if len(low) != len(text):
        return None  # "İ" lowers to two characters
    if not low.isascii():
        low = low.replace("\u0131", "i").replace("\u017f", "s")  # dotless ı and long ſ match i and s
    return low


def _fill_programme(app: Application) -> None:
    text = " ".join(p.text for p in app.passages if p.kind not in _NO_FACTS)
    low = _lower_in_place(text)
    m = _search_from(_AWARD, text, low, _AWARD_STARTS)
    if m and not app.programme.award:
        app.programme.award = m.group(0).strip()
    m = _search_from(_LEVEL, text, low, _LEVEL_STARTS)
    if m:
        app.programme.level = m.group(1)
    credits = [int(c) for c in _CREDITS.findall(text)] if low is None or "credit" in low else []
    plausible = [c for c in credits if 30 <= c <= 180]
    if plausible:
        app.programme.credits = max(plausible)
    app.programme.modes = [mode for mode, pat, starts in _MODES if _search_from(pat, text, low, starts)]


# --------------------------------------------------------------- loading JSON/YAML


def load_structured(path: Path) -> object:
    """Read a JSON or YAML file safely, turning syntax errors into InputError."""
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 text (byte {exc.start})", path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", path=str(path)) from None
    if not raw.strip():
        raise InputError("the file is empty", path=str(path))
    if path.suffix.lower() == ".json":
        try:
            return json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}", path=str(path)) from None
    try:
        return safe_load(raw)
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"invalid YAML{where}: {problem}", path=str(path)) from None


def validation_message(exc: ValidationError, limit: int = 3) -> str:
    """One line naming where a pydantic validation failed."""
    parts = []
    for err in exc.errors()[:limit]:
        loc = ".".join(str(x) if not isinstance(x, int) else f"[{x}]" for x in err["loc"]).replace(".[", "[")
        parts.append(f"{loc or '(top level)'}: {err['msg']}")
    more = len(exc.errors()) - limit
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def load_application_file(path: Path) -> Application:
    """Load an application given as JSON or YAML in the application model."""
    data = load_structured(path)
    if not isinstance(data, dict):
        raise InputError("expected a mapping (an application object) at the top level", path=str(path))
    try:
        app = Application.model_validate(data)
    except ValidationError as exc:
        raise InputError(f"not a valid application: {validation_message(exc)}", path=str(path)) from None
    if not app.source:
        app.source = str(path)
    return app


def application_schema() -> dict:
    return Application.model_json_schema()
