"""The one docx2python pass over the sanitised package.

docx2python (``html=False``) reads the body, notes, comments and document
properties. docx2python's view of tracked changes is kept: inserted text is
read, deleted text is not. Parts the submission can do without (notes,
comments, properties) are read so that their failure becomes a note in the
document's warnings instead of a failure; every other exception raised by
docx2python or lxml becomes an :class:`~approval_engine.errors.InputError`
naming the file. docx2python's own warnings are caught for the document's
warnings too.
"""

from __future__ import annotations

import io
import warnings
import zipfile
import zlib
from dataclasses import dataclass
from typing import Any

from docx2python import docx2python
from lxml import etree

from approval_engine.errors import InputError
from approval_engine.ingest.notes import RawComment, raw_comments
from approval_engine.ingest.package import fail, short


@dataclass
class Parsed:
    body_pars: Any
    dx_root: etree._Element | None  # docx2python's tree of the main document part
    footnote_pars: Any
    endnote_pars: Any
    comments: list[RawComment]
    core: dict[str, Any]
    styles_path: str
    main_path: str


def _optional(what: str, notes: list[str], read: Any, default: Any) -> Any:
    """Read a part the submission can do without; note a failure instead of failing."""
    try:
        return read()
    except RecursionError:
        notes.append(f"{what} could not be read (nested too deeply) and were skipped")
    except Exception as exc:  # noqa: BLE001 - docx2python and lxml raise many kinds
        notes.append(f"{what} could not be read ({type(exc).__name__}: {short(exc, 80)}) and were skipped")
    return default


def _docx2python(package: bytes, notes: list[str]) -> Parsed:
    """The one docx2python pass (its exceptions are left to the caller)."""
    with docx2python(io.BytesIO(package), html=False) as content:
        reader = content.docx_reader
        main = reader.file_of_type("officeDocument")
        body_pars = content.body_pars
        return Parsed(
            body_pars=body_pars,
            dx_root=main.root_element,
            footnote_pars=_optional("footnotes", notes, lambda: content.footnotes_pars, []),
            endnote_pars=_optional("endnotes", notes, lambda: content.endnotes_pars, []),
            comments=raw_comments(content, notes),
            core=_optional("document properties", notes, lambda: content.core_properties, {}) or {},
            styles_path=next((f.path for f in reader.files_of_type("styles")), "word/styles.xml"),
            main_path=main.path,
        )


def parse(package: bytes, source: str, notes: list[str]) -> tuple[Parsed, list[warnings.WarningMessage]]:
    """Parse the package with docx2python; return what it read and the warnings it gave."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            return _docx2python(package, notes), caught
        except InputError:
            raise
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise fail(source, f"a damaged .docx file: the zip is corrupt ({short(exc)})") from None
        except RecursionError:
            raise fail(source, "could not read the Word content: the XML is nested too deeply") from None
        except etree.XMLSyntaxError as exc:
            if "Excessive depth" in str(exc):  # libxml2's limit without huge_tree
                raise fail(
                    source,
                    "could not read the Word content: the XML is nested too deeply "
                    "(over 256 levels, e.g. tables nested about 80 deep)",
                ) from None
            raise fail(source, f"could not read the Word content: {type(exc).__name__}: {short(exc)}") from None
        except KeyError as exc:
            if "officeDocument" in str(exc):
                raise fail(
                    source, "not a Word document: its _rels/.rels names no main document part"
                ) from None
            raise fail(source, f"could not read the Word content: KeyError: {short(exc)}") from None
        except Exception as exc:  # docx2python and lxml raise many kinds
            raise fail(source, f"could not read the Word content: {type(exc).__name__}: {short(exc)}") from None
