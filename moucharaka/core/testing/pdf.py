"""Checks on generated PDFs for tests, with poppler's command-line tools (Debian's
poppler-utils): the text a reader would extract, and whether a page has ink on it."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import pytest


def require_poppler():
    if not shutil.which("pdftotext") or not shutil.which("pdftoppm"):
        pytest.skip("poppler-utils is not installed")


def pdf_text(content: bytes, *, raw: bool = False) -> str:
    """The text of a PDF, without the direction marks pdftotext wraps Arabic in
    (Unicode category Cf). `raw` keeps content-stream order, which Tifinagh needs."""
    require_poppler()
    args = ["pdftotext", "-enc", "UTF-8"] + (["-raw"] if raw else []) + ["-", "-"]
    text = subprocess.run(args, input=content, capture_output=True, check=True).stdout
    return "".join(ch for ch in text.decode() if unicodedata.category(ch) != "Cf")


def pdf_page_count(content: bytes) -> int:
    require_poppler()
    info = subprocess.run(["pdfinfo", "-"], input=content, capture_output=True, check=True)
    for line in info.stdout.decode().splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError("pdfinfo printed no page count")


def first_page_ink(content: bytes) -> float:
    """Share (0–1) of the first page's pixels that are not white, at 50 dpi."""
    from PIL import Image

    require_poppler()
    with tempfile.TemporaryDirectory() as folder:
        stem = Path(folder) / "page"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", "-", stem],
            input=content,
            check=True,
        )
        with Image.open(f"{stem}.png") as image:
            grey = image.convert("L")
            dark = sum(grey.histogram()[:200])
            return dark / (grey.width * grey.height)
