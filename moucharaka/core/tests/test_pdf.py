"""core/pdf: Arabic shaped right to left, French and Tifinagh, no network fetches."""

from django.utils import translation

from moucharaka.core.pdf import pdf_response, render_pdf
from moucharaka.core.testing.pdf import first_page_ink, pdf_page_count, pdf_text

ARABIC = "عريضة إلى المجلس الجماعي"
TIFINAGH = "ⵜⴰⵎⴰⵣⵉⵖⵜ"


def _render(body: str, tmp_path, settings, language="ar") -> bytes:
    (tmp_path / "sample.html").write_text(
        '{% extends "pdf/document.html" %}{% block content %}' + body + "{% endblock %}"
    )
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}
    ]
    with translation.override(language):
        return render_pdf("sample.html", {})


def test_it_renders_arabic_right_to_left_with_extractable_text(tmp_path, settings):
    content = _render(f"<h1>{ARABIC}</h1><p>2026</p>", tmp_path, settings)
    assert content.startswith(b"%PDF")
    assert pdf_page_count(content) == 1
    assert ARABIC in pdf_text(content)
    assert first_page_ink(content) > 0.0005  # something is drawn on the page


def test_it_renders_french_and_tifinagh(tmp_path, settings):
    content = _render(f"<p>Pétition déposée</p><p>{TIFINAGH}</p>", tmp_path, settings, "fr")
    assert "Pétition déposée" in pdf_text(content)
    assert TIFINAGH in pdf_text(content, raw=True)


def test_it_never_fetches_remote_or_local_files(tmp_path, settings):
    secret = tmp_path / "secret.txt"
    secret.write_text("do-not-leak")
    body = f'<img src="file://{secret}"><img src="http://127.0.0.1:9/x.png"><p>ok</p>'
    content = _render(body, tmp_path, settings, "fr")
    assert "ok" in pdf_text(content)
    assert b"do-not-leak" not in content


def test_it_answers_with_a_pdf_attachment():
    response = pdf_response(b"%PDF-1.7", "receipt.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="receipt.pdf"'
