"""approval_engine.ingest.styles: heading levels, lists and formatting through basedOn chains."""

from __future__ import annotations

from lxml import etree

from approval_engine.ingest.ooxml import W
from approval_engine.ingest.styles import Styles, formatting, outline_level

STYLES = f"""<w:styles xmlns:w="{W}">
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="MyCriterion"><w:name w:val="My criterion"/><w:basedOn w:val="Heading2"/></w:style>
  <w:style w:type="paragraph" w:styleId="Outlined"><w:name w:val="Outlined"/><w:pPr><w:outlineLvl w:val="3"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Steps"><w:name w:val="Steps"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Strong"><w:name w:val="Strong para"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="A"><w:name w:val="A"/><w:basedOn w:val="B"/></w:style>
  <w:style w:type="paragraph" w:styleId="B"><w:name w:val="B"/><w:basedOn w:val="A"/></w:style>
  <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
  <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>
</w:styles>"""


def styles() -> Styles:
    return Styles(etree.fromstring(STYLES.encode()))


def para(xml: str) -> etree._Element:
    return etree.fromstring(f'<w:p xmlns:w="{W}">{xml}</w:p>'.encode())


def test_heading_levels_through_based_on_and_outline_level():
    s = styles()
    assert s.heading_level("Heading2") == 2
    assert s.heading_level("MyCriterion") == 2  # a custom style based on Heading 2
    assert s.heading_level("Outlined") == 4  # outlineLvl 3 is level 4
    assert s.heading_level("Heading3") == 3  # missing from styles.xml: known by its id
    assert s.heading_level("Normal") is None
    assert s.heading_level("A") is None  # a basedOn cycle ends


def test_lists_titles_and_contents():
    s = styles()
    assert s.is_list("Steps") and not s.is_list("Normal")
    assert s.is_title("Title") and s.blocks_typed_heading("Title")
    assert s.is_toc("TOC1") and not s.is_toc("Normal")
    assert Styles(None).heading_level("Heading1") == 1


def test_formatting_reads_every_run():
    s = styles()
    bold = para('<w:r><w:rPr><w:b/></w:rPr><w:t>Partnership</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t> working</w:t></w:r>')
    mixed = para('<w:r><w:rPr><w:b/></w:rPr><w:t>Partnership</w:t></w:r><w:r><w:t> working</w:t></w:r>')
    switched_off = para('<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>Plain</w:t></w:r>')
    deleted_plain = para('<w:r><w:rPr><w:b/></w:rPr><w:t>Bold</w:t></w:r><w:del><w:r><w:t>gone</w:t></w:r></w:del>')
    assert formatting(bold, s, "Normal") == (True, False)
    assert formatting(mixed, s, "Normal") == (False, False)
    assert formatting(para('<w:r><w:t>By style</w:t></w:r>'), s, "Strong") == (True, False)
    assert formatting(switched_off, s, "Strong") == (False, False)
    assert formatting(deleted_plain, s, "Normal") == (True, False)
    assert formatting(None, s, "Normal") == (False, False)


def test_a_paragraphs_own_outline_level():
    assert outline_level(para('<w:pPr><w:outlineLvl w:val="0"/></w:pPr>')) == 1
    assert outline_level(para('<w:pPr><w:outlineLvl w:val="9"/></w:pPr>')) is None  # body text
    assert outline_level(para("")) is None
