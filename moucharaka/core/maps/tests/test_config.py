"""The maps' configuration: tiles from the settings, the default centre, labels in the
page's language."""

from django.utils import translation

from moucharaka.core.maps.config import map_config


def test_it_uses_the_configured_tiles_and_default_centre(settings):
    settings.LEAFLET_CONFIG = {
        **settings.LEAFLET_CONFIG,
        "TILES": [("Tiles", "https://tiles.example/{z}/{x}/{y}.png", {"maxZoom": 18})],
    }
    config = map_config()
    assert config["tiles"] == [["Tiles", "https://tiles.example/{z}/{x}/{y}.png", {"maxZoom": 18}]]
    assert config["center"] == list(settings.LEAFLET_CONFIG["DEFAULT_CENTER"])
    assert config["zoom"] == settings.LEAFLET_CONFIG["DEFAULT_ZOOM"]


def test_it_opens_where_asked_and_works_without_tiles(settings):
    settings.LEAFLET_CONFIG = {**settings.LEAFLET_CONFIG, "TILES": []}
    config = map_config(center=(32.34, -6.36), zoom=13)
    assert config == {**config, "tiles": [], "center": [32.34, -6.36], "zoom": 13}


def test_it_labels_the_controls_in_the_pages_language():
    with translation.override("fr"):
        assert map_config()["labels"]["zoomIn"] == "Zoom avant"
    with translation.override("ar"):
        assert map_config()["labels"]["zoomIn"] == "تكبير"
