"""Splitting a draft into numbered sections and paragraphs (splitting.py): explicit
headings, the guess for texts without them, the markup staff adjust, uploads."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from moucharaka.modules.consultations import splitting


def shape(sections):
    return [(s.heading, len(s.paragraphs)) for s in sections]


def test_hash_lines_start_sections_and_blank_lines_end_paragraphs():
    sections = splitting.split_text(
        "# مقدمة\nسطر أول\nيكمل الفقرة.\n\nفقرة ثانية.\n\n# المبادئ\nالشفافية."
    )
    assert shape(sections) == [("مقدمة", 2), ("المبادئ", 1)]
    assert sections[0].paragraphs[0] == "سطر أول يكمل الفقرة."


def test_short_lines_without_punctuation_are_taken_for_headings():
    text = (
        "مقدمة\n\nمنذ عام 2018، انخرطت الجماعة.\n\nالمبادئ\n\nأولا — مستوى المشاركة:\n\nالشفافية."
    )
    assert shape(splitting.split_text(text)) == [("مقدمة", 1), ("المبادئ", 2)]


def test_text_before_the_first_heading_goes_to_a_section_without_heading():
    assert shape(splitting.split_text("تمهيد.\n\n# القسم\nنص.")) == [("", 1), ("القسم", 1)]


def test_the_markup_gives_the_same_split_back():
    sections = splitting.split_text("# أ\nفقرة 1.\n\nفقرة 2.\n\n# ب\nفقرة 3.")
    assert shape(splitting.split_text(splitting.to_markup(sections))) == shape(sections)


def test_a_translation_must_have_the_same_shape():
    arabic = splitting.split_text("# أ\nف1.\n\nف2.")
    splitting.check_same_shape(arabic, splitting.split_text("# A\nP1.\n\nP2."))
    with pytest.raises(ValidationError):
        splitting.check_same_shape(arabic, splitting.split_text("# A\nP1."))


def test_an_empty_text_is_refused():
    with pytest.raises(ValidationError):
        splitting.check_split(splitting.split_text("  \n\n "))


def test_it_reads_plain_text_and_word_uploads():
    upload = SimpleUploadedFile("draft.txt", "\ufeff# أ\nنص.".encode())
    assert splitting.read_upload(upload) == "# أ\nنص."
    body = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body>"
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>المبادئ</w:t></w:r></w:p>'
        "<w:p><w:r><w:t>الشفافية </w:t></w:r><w:r><w:t>والمساءلة.</w:t></w:r></w:p>"
        "</w:body></w:document>"
    )
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("word/document.xml", body)
    text = splitting.read_upload(SimpleUploadedFile("draft.docx", data.getvalue()))
    assert shape(splitting.split_text(text)) == [("المبادئ", 1)]
    assert "الشفافية والمساءلة." in text


def test_it_refuses_other_files():
    for name, content in [
        ("draft.pdf", b"%PDF"),
        ("draft.docx", b"not a zip"),
        ("a.txt", b"\xff\xfe\x00"),
    ]:
        with pytest.raises(ValidationError):
            splitting.read_upload(SimpleUploadedFile(name, content))
