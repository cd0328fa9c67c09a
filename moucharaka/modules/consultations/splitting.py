"""Split a draft text into numbered sections and paragraphs (issue 5: "staff paste or
upload text; they can adjust the split").

Staff paste the text, or upload it (.txt, .md or .docx), and see the split before
saving it. The split is written as plain text, which is also how they adjust it:

    # Heading of a section
    First paragraph, on one or more lines.

    Second paragraph.

A line starting with "#" starts a section; a blank line ends a paragraph. A text with no
"#" line is read with a simple guess: a short line on its own, without final punctuation,
is a heading (as in most drafts: "المبادئ", "Préambule"). Staff correct the guess by
adding or removing "#" and blank lines, and preview again. Text before the first heading
goes to a section without heading.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

HEADING_MAX_CHARS = 90
SENTENCE_END = tuple('.:;!?؟؛،,…»)"')
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_PARAGRAPHS = 600
WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
class ParsedSection:
    heading: str = ""
    paragraphs: list[str] = field(default_factory=list)


def _blocks(text: str) -> list[str]:
    """Paragraph-sized blocks: separated by blank lines; "#" lines stand alone."""
    blocks, current = [], []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = line.strip()
        if not stripped:
            if current:
                blocks.append(" ".join(current))
                current = []
        elif stripped.startswith("#"):
            if current:
                blocks.append(" ".join(current))
                current = []
            blocks.append(stripped)
        else:
            current.append(stripped)
    if current:
        blocks.append(" ".join(current))
    return blocks


def _looks_like_heading(block: str) -> bool:
    return (
        len(block) <= HEADING_MAX_CHARS
        and not block.endswith(SENTENCE_END)
        and not re.match(r"^[-•*–]\s", block)
    )


def split_text(text: str, *, guess_headings: bool = True) -> list[ParsedSection]:
    """The sections of `text` in order; empty sections are dropped."""
    blocks = _blocks(text or "")
    explicit = any(block.startswith("#") for block in blocks)
    sections = [ParsedSection()]
    for index, block in enumerate(blocks):
        is_heading = block.startswith("#")
        if not explicit and guess_headings:
            following = blocks[index + 1] if index + 1 < len(blocks) else ""
            is_heading = _looks_like_heading(block) and bool(following)
        if is_heading:
            sections.append(ParsedSection(heading=block.lstrip("#").strip()))
        else:
            sections[-1].paragraphs.append(block)
    return [section for section in sections if section.paragraphs]


def to_markup(sections: list[ParsedSection]) -> str:
    """The text form of a split, for staff to adjust."""
    parts = []
    for section in sections:
        if section.heading:
            parts.append(f"# {section.heading}")
        parts.extend(section.paragraphs)
    return "\n\n".join(parts) + ("\n" if parts else "")


def check_split(sections: list[ParsedSection]) -> None:
    if not sections:
        raise ValidationError(_("The text has no paragraph."))
    total = sum(len(section.paragraphs) for section in sections)
    if total > MAX_PARAGRAPHS:
        raise ValidationError(
            _("At most %(n)s paragraphs: split the text into several consultations.")
            % {"n": MAX_PARAGRAPHS}
        )


def check_same_shape(reference: list[ParsedSection], other: list[ParsedSection]) -> None:
    """A translation must have the same sections and paragraphs as the Arabic text."""
    shape = [len(section.paragraphs) for section in reference]
    other_shape = [len(section.paragraphs) for section in other]
    if shape != other_shape:
        raise ValidationError(
            _(
                "The French text must have the same sections and paragraphs as the Arabic "
                "text: Arabic %(ar)s, French %(fr)s (paragraphs per section)."
            )
            % {"ar": shape, "fr": other_shape}
        )


def _docx_text(data: bytes) -> str:
    """The paragraphs of a Word document, its "Heading"/"Titre" paragraphs marked "#"."""
    try:
        with zipfile.ZipFile(_bytes_io(data)) as archive:
            xml = archive.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError):
        raise ValidationError(_("This file is not a Word document (.docx).")) from None
    root = ElementTree.fromstring(xml)
    lines = []
    for paragraph in root.iter(f"{WORD_NS}p"):
        text = "".join(node.text or "" for node in paragraph.iter(f"{WORD_NS}t")).strip()
        if not text:
            continue
        style = paragraph.find(f"{WORD_NS}pPr/{WORD_NS}pStyle")
        name = (style.get(f"{WORD_NS}val") or "") if style is not None else ""
        if name.lower().startswith(("heading", "titre", "title")):
            text = f"# {text}"
        lines.append(text)
    return "\n\n".join(lines)


def _bytes_io(data: bytes):
    from io import BytesIO

    return BytesIO(data)


def read_upload(upload) -> str:
    """The text of an uploaded .txt, .md or .docx file (UTF-8 for plain text)."""
    name = (getattr(upload, "name", "") or "").lower()
    if getattr(upload, "size", 0) > MAX_UPLOAD_BYTES:
        raise ValidationError(_("The file is too large (2 MB at most)."))
    data = upload.read()
    if name.endswith(".docx"):
        return _docx_text(data)
    if name.endswith((".txt", ".md", ".text")):
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError(_("Save the text file as UTF-8, then upload it again.")) from None
    raise ValidationError(_("Upload a .txt, .md or .docx file."))
