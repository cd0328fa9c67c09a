"""map_config (the tiles of settings.LEAFLET_CONFIG, where to open, translated labels) and
check_location (a place in Morocco)."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from moucharaka.core.maps.config import map_config
from moucharaka.core.maps.places import check_location


def test_it_opens_on_morocco_with_the_configured_tiles(settings):
    settings.LEAFLET_CONFIG = {
        **settings.LEAFLET_CONFIG,
        "TILES": [("Tiles", "https://tiles.example/{z}/{x}/{y}.png", {"maxZoom": 18})],
    }
    config = map_config()
    assert config["tiles"] == [["Tiles", "https://tiles.example/{z}/{x}/{y}.png", {"maxZoom": 18}]]
    assert config["center"] == [31.8, -7.1] and config["zoom"] == 5


def test_it_opens_where_asked_without_tiles_when_none_are_configured(settings):
    settings.LEAFLET_CONFIG = {**settings.LEAFLET_CONFIG, "TILES": []}
    with translation.override("fr"):
        config = map_config(center=("35.1932", "-6.1557"), zoom=15)
    assert config["tiles"] == []
    assert config["center"] == [35.1932, -6.1557] and config["zoom"] == 15
    assert config["labels"]["zoomIn"] == "Zoom avant"


def test_a_place_has_both_coordinates_inside_morocco():
    check_location(None, None)
    check_location("35.1932", "-6.1557")  # Larache
    check_location("23.6848", "-15.9580")  # Dakhla
    with translation.override("en"):
        with pytest.raises(ValidationError, match="both"):
            check_location("35.19", None)
        with pytest.raises(ValidationError, match="not in Morocco"):
            check_location("48.85", "2.35")  # Paris
