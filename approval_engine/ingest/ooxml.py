"""WordprocessingML names and the small attribute readers every part of the
extractor shares (``w:val`` toggles and integers, list numbering)."""

from __future__ import annotations

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def w(tag: str) -> str:
    """The Clark name of a ``w:`` element or attribute."""
    return f"{{{W}}}{tag}"


W_P, W_R, W_T, W_TBL, W_TR, W_TC = (w(t) for t in ("p", "r", "t", "tbl", "tr", "tc"))
W_PPR, W_RPR, W_TCPR, W_TRPR = (w(t) for t in ("pPr", "rPr", "tcPr", "trPr"))
W_VAL, W_ID = w("val"), w("id")
W_TXBX = w("txbxContent")
W_FOOTNOTE, W_ENDNOTE = w("footnote"), w("endnote")
W_INS, W_DEL, W_MOVE_FROM, W_MOVE_TO = w("ins"), w("del"), w("moveFrom"), w("moveTo")
MC_FALLBACK, MC_CHOICE = f"{{{MC}}}Fallback", f"{{{MC}}}Choice"


def on_off(el: etree._Element | None) -> bool | None:
    """A w:b / w:caps style toggle: None when absent."""
    if el is None:
        return None
    val = el.get(W_VAL)
    return val is None or val.lower() not in {"0", "false", "off", "none"}


def on_off_attr(val: str | None) -> bool:
    return val is not None and val.lower() in {"1", "true", "on"}


def int_attr(el: etree._Element | None, default: int | None = None) -> int | None:
    if el is None:
        return default
    try:
        return int(el.get(W_VAL, ""))
    except ValueError:
        return default


def has_numbering(p: etree._Element) -> bool:
    """True for a paragraph with Word list numbering of its own (numId 0 switches it off)."""
    ppr = p.find(W_PPR)
    if ppr is None:
        return False
    num = ppr.find(w("numPr"))
    if num is None:
        return False
    return int_attr(num.find(w("numId")), 1) != 0


def list_level(p: etree._Element) -> int:
    """A numbered paragraph's level in its multi-level list (``w:ilvl``), 0 at the top."""
    ppr = p.find(W_PPR)
    num = ppr.find(w("numPr")) if ppr is not None else None
    return max(0, int_attr(num.find(w("ilvl")), 0)) if num is not None else 0


def in_dropped_fallback(ancestors: list[etree._Element]) -> bool:
    """True inside an mc:Fallback whose mc:Choice has paragraphs of its own (a copy).

    Word writes each text box twice, a DrawingML ``mc:Choice`` and a VML
    ``mc:Fallback``; the Fallback copy is dropped."""
    for a in ancestors:
        if a.tag == MC_FALLBACK:
            alt = a.getparent()
            if alt is None:
                return True
            for choice in alt.iterchildren(MC_CHOICE):
                if next(choice.iter(W_P), None) is not None:
                    return True
    return False
