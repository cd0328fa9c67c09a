"""Maps for every module: Leaflet (shipped by the django-leaflet package) drawn by one small
script, with the tiles of settings.LEAFLET_CONFIG (MAP_TILES_URL).

- `config.map_config(center=..., zoom=...)`: what the script needs, as plain data for a
  `json_script` element: the tile layer, where to open, the controls' labels in the
  page's language;
- `static/maps/maps.js`: `MoucharakaMaps.base(container, config)` opens a map, and
  `MoucharakaMaps.markers(container, markers, config)` draws markers with a linked popup;
  any element with `data-markers-map` (and `data-markers`, `data-config`: ids of JSON
  script elements) is drawn on load;
- `static/maps/maps.css`: the map box and a readable attribution.

Maps are an enhancement: the element is `hidden` until the script shows it, and every
page lists the same places as text, so nothing depends on tiles loading (tests cannot
reach a tile server).
"""
