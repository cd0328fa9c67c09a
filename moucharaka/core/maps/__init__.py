"""Maps for every module: Leaflet (shipped by the django-leaflet package) drawn by one small
script, with the tiles of settings.LEAFLET_CONFIG (MAP_TILES_URL).

- `config.map_config(center=..., zoom=...)`: what the script needs, as plain data for a
  `json_script` element: the tile layer, where to open, the controls' labels in the
  page's language;
- `places.check_location(latitude, longitude)`: a place given by a form is in Morocco;
- `static/maps/maps.js`: one-point maps (`data-map-config`, `data-lat`, `data-lng`), maps
  of markers with linked popups (`data-markers-map`), and `MoucharakaMaps.baseMap` for
  pages that draw their own;
- `static/maps/maps.css`: the map box and a readable attribution.

Maps are an enhancement: the element is `hidden` until the script shows it, and every
page lists the same places as text, so nothing depends on tiles loading (tests cannot
reach a tile server).
"""
