"""Styles and run formatting.

``word/styles.xml`` is parsed with the package's safe parser and its
``basedOn`` chains resolved (:class:`Styles`): heading levels from
``HeadingN`` styles, styles based on them or carrying ``w:outlineLvl``
(``Title`` is the document title, not a heading), list styles (numbered or
named so), bold and capitals, table-of-contents entries and the styles whose
paragraphs are never typed headings.

docx2python exposes run formatting only in html mode, and in plain mode it
even merges adjacent runs whatever their formatting; the typed-heading test
needs to know whether *every* run is bold, so :func:`formatting` reads the
original ``w:p`` element's runs, resolving direct formatting, character
styles and the paragraph's style.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from lxml import etree

from approval_engine.ingest.ooxml import (
    MC_FALLBACK,
    W_DEL,
    W_MOVE_FROM,
    W_P,
    W_PPR,
    W_R,
    W_RPR,
    W_T,
    W_TXBX,
    W_VAL,
    int_attr,
    on_off,
    on_off_attr,
    w,
)

_HEADING_NAME_RE = re.compile(r"heading\s*([1-9])", re.I)
_TOC_NAME_RE = re.compile(r"toc\s*[1-9]")


@dataclass
class Style:
    sid: str
    name: str
    kind: str
    based_on: str | None
    outline: int | None
    numbered: bool
    bold: bool | None
    caps: bool | None


def builtin_heading_level(sid: str, name: str) -> int | None:
    for candidate in (name, sid):
        m = _HEADING_NAME_RE.fullmatch(candidate.strip())
        if m:
            return int(m.group(1))
    return None


_STYLE, _STYLE_ID, _TYPE, _DEFAULT = w("style"), w("styleId"), w("type"), w("default")
_NAME, _BASED_ON, _OUTLINE, _NUM_PR, _NUM_ID, _B, _CAPS = (
    w(t) for t in ("name", "basedOn", "outlineLvl", "numPr", "numId", "b", "caps")
)
_R_STYLE = w("rStyle")


def _style(sid: str, el: etree._Element) -> Style:
    name_el = el.find(_NAME)
    based = el.find(_BASED_ON)
    ppr = el.find(W_PPR)
    rpr = el.find(W_RPR)
    num = ppr.find(_NUM_PR) if ppr is not None else None
    return Style(
        sid=sid,
        name=(name_el.get(W_VAL) if name_el is not None else sid) or sid,
        kind=el.get(_TYPE) or "paragraph",
        based_on=based.get(W_VAL) if based is not None else None,
        outline=int_attr(ppr.find(_OUTLINE)) if ppr is not None else None,
        numbered=num is not None and int_attr(num.find(_NUM_ID), 1) != 0,
        bold=on_off(rpr.find(_B)) if rpr is not None else None,
        caps=on_off(rpr.find(_CAPS)) if rpr is not None else None,
    )


class Styles:
    """Paragraph and character styles of word/styles.xml, basedOn resolved.

    A style's definition is read when a paragraph or run first asks for it
    (a template defines a hundred or more styles; a document uses a few)."""

    def __init__(self, root: etree._Element | None):
        self._elements: dict[str, etree._Element] = {}  # style id -> its w:style (the last of that id)
        self._read: dict[str, Style] = {}
        self.default_paragraph: str | None = None
        self._chains: dict[str, list[Style]] = {}
        if root is None:
            return
        for el in root.iterchildren(_STYLE):
            sid = el.get(_STYLE_ID) or ""
            if not sid:
                continue
            self._elements[sid] = el
            if (el.get(_TYPE) or "paragraph") == "paragraph" and on_off_attr(el.get(_DEFAULT)):
                self.default_paragraph = sid

    def style(self, sid: str) -> Style | None:
        """The style of that id, or None when styles.xml does not define it."""
        st = self._read.get(sid)
        if st is None:
            el = self._elements.get(sid)
            if el is None:
                return None
            st = self._read[sid] = _style(sid, el)
        return st

    def chain(self, sid: str | None) -> list[Style]:
        """The style and its basedOn ancestors, nearest first (cycle-safe)."""
        sid = sid or self.default_paragraph or ""
        if sid in self._chains:
            return self._chains[sid]
        out: list[Style] = []
        seen: set[str] = set()
        cur: str | None = sid
        while cur and cur not in seen and len(out) < 32:
            seen.add(cur)
            st = self.style(cur)
            if st is None:
                break
            out.append(st)
            cur = st.based_on
        self._chains[sid] = out
        return out

    def heading_level(self, sid: str | None) -> int | None:
        for st in self.chain(sid):
            if st.outline is not None:
                return st.outline + 1 if 0 <= st.outline <= 8 else None
            level = builtin_heading_level(st.sid, st.name)
            if level:
                return level
        if sid and not self.chain(sid):  # style missing from styles.xml
            return builtin_heading_level(sid, sid)
        return None

    def names(self, sid: str | None) -> list[str]:
        chain = self.chain(sid)
        if not chain and sid:
            return [sid.lower()]
        return [n for st in chain for n in (st.sid.lower(), st.name.lower())]

    def is_title(self, sid: str | None) -> bool:
        return any(n == "title" for n in self.names(sid))

    def is_subtitle(self, sid: str | None) -> bool:
        return any(n == "subtitle" for n in self.names(sid))

    def is_list(self, sid: str | None) -> bool:
        if any(st.numbered for st in self.chain(sid)):
            return True
        return any("list" in n for n in self.names(sid))

    def blocks_typed_heading(self, sid: str | None) -> bool:
        """Styles whose paragraphs are never typed headings (titles, TOC, captions…)."""
        return any(
            n in {"title", "subtitle", "caption", "quote", "intensequote", "intense quote"}
            or n.startswith("toc")
            or "footnote" in n
            or "endnote" in n
            or n in {"header", "footer"}
            for n in self.names(sid)
        )

    def is_toc(self, sid: str | None) -> bool:
        """Table-of-contents entries (Word's "toc 1".."toc 9" styles)."""
        return any(_TOC_NAME_RE.fullmatch(n) for n in self.names(sid))

    def bold(self, sid: str | None) -> bool | None:
        for st in self.chain(sid):
            if st.bold is not None:
                return st.bold
        return None

    def caps(self, sid: str | None) -> bool | None:
        for st in self.chain(sid):
            if st.caps is not None:
                return st.caps
        return None


# ------------------------------------------------------------ formatting

#: Run containers the formatting walk never enters: deleted text, nested
#: paragraphs (text boxes), drawings, VML, the Fallback copy, properties.
_SKIP_IN_RUN_WALK = {
    W_DEL,
    W_MOVE_FROM,
    W_P,
    W_PPR,
    W_RPR,
    W_TXBX,
    w("drawing"),
    w("pict"),
    w("object"),
    MC_FALLBACK,
}


def _runs_with_text(p: etree._Element) -> Iterable[etree._Element]:
    """The w:r elements of a paragraph whose text is shown (not deleted, not in a text box)."""
    stack = list(reversed(list(p)))
    while stack:
        el = stack.pop()
        tag = el.tag
        if tag == W_R:
            yield el
            continue
        if not isinstance(tag, str) or tag in _SKIP_IN_RUN_WALK:
            continue
        stack.extend(reversed(list(el)))


def _run_has_text(r: etree._Element) -> bool:
    return any((t.text or "").strip() for t in r.iterchildren(W_T))


def _run_text(r: etree._Element) -> str:
    return "".join(t.text or "" for t in r.iterchildren(W_T))


def _run_flag(r: etree._Element, tag: str, styles: Styles, para_style: str | None) -> bool:
    rpr = r.find(W_RPR)
    if rpr is not None:
        direct = on_off(rpr.find(_B if tag == "b" else _CAPS))
        if direct is not None:
            return direct
        rstyle = rpr.find(_R_STYLE)
        if rstyle is not None:
            v = styles.bold(rstyle.get(W_VAL)) if tag == "b" else styles.caps(rstyle.get(W_VAL))
            if v is not None:
                return v
    v = styles.bold(para_style) if tag == "b" else styles.caps(para_style)
    return bool(v)


TAIL_WORDS = 4  # a title's value set apart after it, not bold, is this short ("Condition rating 3")


def formatting(p: etree._Element | None, styles: Styles, style: str | None) -> tuple[bool, bool]:
    """(all text runs bold, all text runs in caps formatting)."""
    if p is None:
        return False, False
    runs = [r for r in _runs_with_text(p) if _run_has_text(r)]
    if not runs:
        return False, False
    flags = [_run_flag(r, "b", styles, style) for r in runs]
    bold = all(flags)
    if not bold and flags[0]:
        # a bold title with a short value set apart after it ("I2 Risks to people   Condition rating 3")
        k = flags.index(False)
        lead, tail = (" ".join(_run_text(r) for r in part) for part in (runs[:k], runs[k:]))
        bold = not any(flags[k:]) and len(tail.split()) <= TAIL_WORDS and "." not in tail \
            and len(lead.strip()) >= 2 * len(tail.strip())
    caps = all(_run_flag(r, "caps", styles, style) for r in runs)
    return bold, caps


_STRIKES = (w("strike"), w("dstrike"))


def struck(p: etree._Element | None) -> bool:
    """Every text run of the paragraph is struck through (``w:strike`` or ``w:dstrike``
    set on the run): text the writer has crossed out, shown but withdrawn."""
    if p is None:
        return False
    runs = [r for r in _runs_with_text(p) if _run_has_text(r)]

    def crossed(r: etree._Element) -> bool:
        rpr = r.find(W_RPR)
        return rpr is not None and any(on_off(rpr.find(tag)) for tag in _STRIKES)

    return bool(runs) and all(crossed(r) for r in runs)


def outline_level(p: etree._Element | None) -> int | None:
    """A paragraph's own ``w:outlineLvl`` as a heading level (1-9), or None."""
    if p is None:
        return None
    ppr = p.find(W_PPR)
    lvl = int_attr(ppr.find(_OUTLINE)) if ppr is not None else None
    if lvl is not None and 0 <= lvl <= 8:
        return lvl + 1
    return None
