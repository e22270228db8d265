"""Tests of approval_engine.ingest.package: files refused before any XML is
parsed (missing, empty, too large, legacy .doc, encrypted, damaged zips, zip
bombs, unsupported compression) and XML parts inflated without trusting the
sizes the zip declares. Each is read through the public extract()."""

from __future__ import annotations

import tracemalloc
import zipfile
from pathlib import Path

import pytest

try:
    import docx_fixtures as fx
except ImportError:  # pytest run with --import-mode=importlib
    from tests import docx_fixtures as fx

from approval_engine.errors import InputError
from approval_engine.ingest import package
from approval_engine.ingest.document import ExtractedDocument
from approval_engine.ingest.extract import extract


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Build each fixture once: built("tables") -> Path."""
    folder = tmp_path_factory.mktemp("docx")
    cache: dict[str, Path] = {}

    def get(name: str) -> Path:
        if name not in cache:
            cache[name] = getattr(fx, name)(folder / f"{name}.docx")
        return cache[name]

    return get


def block(d: ExtractedDocument, text_start: str):
    found = [b for b in d.blocks if b.text.startswith(text_start)]
    assert len(found) == 1, (text_start, [b.text for b in d.blocks])
    return found[0]


def assert_input_error(path: Path, *fragments: str) -> InputError:
    with pytest.raises(InputError) as info:
        extract(path)
    message = str(info.value)
    assert str(path) in message
    assert "\n" not in message
    assert info.value.path == str(path)
    for fragment in fragments:
        assert fragment.lower() in message.lower(), message
    return info.value



def test_zip_without_main_document_relationship(tmp_path):
    path = fx.bare_package(tmp_path / "norels.docx", with_rels=False)
    assert_input_error(path, "not a Word document")


def test_missing_file(tmp_path):
    assert_input_error(tmp_path / "nowhere.docx", "not found")


def test_directory_is_not_a_regular_file(tmp_path):
    folder = tmp_path / "folder.docx"
    folder.mkdir()
    assert_input_error(folder, "not a regular file")


def test_empty_file(tmp_path):
    assert_input_error(fx.empty_file(tmp_path / "empty.docx"), "empty")


def test_too_large(tmp_path, built, monkeypatch):
    monkeypatch.setattr(package, "MAX_FILE_BYTES", 1000)
    assert_input_error(built("comments"), "too large")


def test_random_bytes_named_docx(tmp_path):
    assert_input_error(fx.random_bytes(tmp_path / "noise.docx"), "not a Word .docx file")


def test_truncated_zip(tmp_path, built):
    assert_input_error(fx.truncated_zip(tmp_path / "half.docx", built("tables")), "damaged", "zip")


def test_bad_crc(tmp_path):
    assert_input_error(fx.corrupt_crc(tmp_path / "crc.docx"), "damaged", "word/document.xml")


def test_zip_without_document_xml(tmp_path):
    assert_input_error(
        fx.zip_without_document(tmp_path / "sheet.docx"), "not a Word document: no word/document.xml"
    )


def test_legacy_doc(tmp_path):
    assert_input_error(fx.ole2_doc(tmp_path / "old.docx"), "Word 97–2003", "save it as .docx")


def test_encrypted_word_file(tmp_path):
    assert_input_error(fx.ole2_encrypted(tmp_path / "locked.docx"), "password", "without a password")


def test_malformed_xml_is_wrapped(tmp_path):
    assert_input_error(fx.malformed_xml(tmp_path / "broken.docx"), "could not read the Word content")


def test_zip_bomb_total_size(tmp_path, monkeypatch):
    path = fx.zip_bomb(tmp_path / "bomb.docx", uncompressed_bytes=3 * 1024 * 1024)
    assert path.stat().st_size < 200_000
    monkeypatch.setattr(package, "MAX_UNCOMPRESSED_BYTES", 2 * 1024 * 1024)
    monkeypatch.setattr(zipfile.ZipFile, "open", _refuse_open)
    assert_input_error(path, "zip bomb")


def test_zip_bomb_compression_ratio(tmp_path, monkeypatch):
    path = fx.zip_bomb(tmp_path / "ratio.docx", uncompressed_bytes=3 * 1024 * 1024)
    monkeypatch.setattr(package, "RATIO_CHECK_MIN_BYTES", 1024 * 1024)
    monkeypatch.setattr(zipfile.ZipFile, "open", _refuse_open)
    assert_input_error(path, "zip bomb", "padding.bin")


def test_highly_compressible_member_under_the_limits_is_read(tmp_path):
    path = fx.zip_bomb(tmp_path / "padded.docx", uncompressed_bytes=2 * 1024 * 1024)
    d = extract(path)
    assert block(d, "Working with parents").kind == "cell"


def test_member_lying_about_its_size_is_never_inflated_in_full(tmp_path):
    real = 150 * 1024 * 1024
    path = fx.lying_zip_bomb(tmp_path / "liar.docx", real_bytes=real)
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo("word/padding.xml").file_size == 1000
    tracemalloc.start()
    try:
        d = extract(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024, peak  # far below the 150 MB the member really holds
    assert block(d, "Working with parents").kind == "cell"


def test_unsupported_compression_refused(tmp_path, built):
    path = tmp_path / "bzip.docx"
    with zipfile.ZipFile(built("comments")) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            method = zipfile.ZIP_BZIP2 if item.filename == "word/document.xml" else zipfile.ZIP_DEFLATED
            zout.writestr(item.filename, zin.read(item.filename), compress_type=method)
    assert_input_error(path, "unsupported zip compression")


def _refuse_open(self, *args, **kwargs):
    raise AssertionError("a zip member was inflated before the zip-bomb check")
