"""What the maps' script needs, in the page's language (see the package docstring)."""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import gettext as _


def map_config(*, center: tuple[float, float] | None = None, zoom: int | None = None) -> dict:
    """Tiles (settings.LEAFLET_CONFIG, django-leaflet's format), where to open (the
    configured default: Morocco) and the controls' labels."""
    leaflet = settings.LEAFLET_CONFIG
    return {
        "tiles": [[str(label), url, attrs] for label, url, attrs in leaflet["TILES"]],
        "center": [float(value) for value in (center or leaflet["DEFAULT_CENTER"])],
        "zoom": zoom or leaflet["DEFAULT_ZOOM"],
        "labels": {"zoomIn": _("Zoom in"), "zoomOut": _("Zoom out"), "marker": _("Chosen place")},
    }
