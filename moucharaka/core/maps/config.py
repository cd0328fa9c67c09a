"""What a page's map script needs, as plain data for a `json_script` element."""

from django.conf import settings
from django.utils.translation import gettext as _


def map_config(*, center=None, zoom=None) -> dict:
    """Tiles (settings.LEAFLET_CONFIG, django-leaflet's format), where to open, and the
    controls' labels in the page's language. Without a center, the map shows Morocco."""
    leaflet = settings.LEAFLET_CONFIG
    return {
        "tiles": [[str(label), url, attrs] for label, url, attrs in leaflet["TILES"]],
        "center": [float(value) for value in (center or leaflet["DEFAULT_CENTER"])],
        "zoom": zoom or leaflet["DEFAULT_ZOOM"],
        "labels": {"zoomIn": _("Zoom in"), "zoomOut": _("Zoom out"), "marker": _("Chosen place")},
    }
