from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MapsConfig(AppConfig):
    """Maps as a progressive enhancement: Leaflet from the django-leaflet package, the
    background tiles of settings.LEAFLET_CONFIG (MAP_TILES_URL), and one small script
    that modules' pages share. Pages never depend on a map: every place it shows is
    also written as text. No models."""

    name = "moucharaka.core.maps"
    label = "maps"
    verbose_name = _("Maps")
