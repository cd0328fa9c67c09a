"""PDF documents from Django templates (DESIGN §2: WeasyPrint, the same templates as the web).

Templates extend `pdf/document.html`, which sets the language, the direction (Arabic is
right-to-left) and fonts that shape Arabic and Tifinagh (Noto, installed from Debian's
fonts-noto-core). Documents render in the active language.

Rendered HTML can carry user-written text, so the fetcher only accepts `data:` URLs: a
document never reaches the network or the file system (no server-side request forgery).
"""

from __future__ import annotations

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation

PDF_CONTENT_TYPE = "application/pdf"


def _fetcher():
    from weasyprint import URLFetcher

    return URLFetcher(allowed_protocols=("data",), fail_on_errors=False)


def render_pdf(template_name: str, context: dict | None = None, *, request=None) -> bytes:
    """Render a template that extends `pdf/document.html` to PDF bytes."""
    # Imported here: WeasyPrint loads Pango at import, which pages that never print
    # should not pay for.
    from weasyprint import HTML

    context = {
        "LANGUAGE_CODE": translation.get_language(),
        "LANGUAGE_BIDI": translation.get_language_bidi(),
        **(context or {}),
    }
    html = render_to_string(template_name, context, request=request)
    return HTML(string=html, url_fetcher=_fetcher()).write_pdf()


def pdf_response(content: bytes, filename: str, *, inline: bool = False) -> HttpResponse:
    """An HTTP response carrying a PDF; `inline` opens it in the browser's viewer."""
    response = HttpResponse(content, content_type=PDF_CONTENT_TYPE)
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
