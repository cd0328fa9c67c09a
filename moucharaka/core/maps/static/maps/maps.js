/* Shared map helpers, progressive enhancement only (moucharaka.core.maps).
   MoucharakaMaps.baseMap(container, config): shows the container and draws a Leaflet map
   with the configured tiles (none when MAP_TILES_URL is empty) and translated controls.
   Any element with data-map-config="<id of a json_script>" and data-lat / data-lng
   becomes a map with one marker at that place (its title: data-title). */
(function () {
  "use strict";

  function json(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  function baseMap(container, config) {
    container.hidden = false;
    var map = L.map(container, { zoomControl: false }).setView(config.center, config.zoom);
    L.control.zoom({
      zoomInTitle: config.labels.zoomIn,
      zoomOutTitle: config.labels.zoomOut
    }).addTo(map);
    if (config.tiles.length) {
      L.tileLayer(config.tiles[0][1], config.tiles[0][2]).addTo(map);
    }
    return map;
  }

  function pointMaps() {
    var containers = document.querySelectorAll("[data-map-config][data-lat][data-lng]");
    Array.prototype.forEach.call(containers, function (container) {
      var config = json(container.getAttribute("data-map-config"));
      var point = [parseFloat(container.getAttribute("data-lat")),
                   parseFloat(container.getAttribute("data-lng"))];
      if (!config || isNaN(point[0]) || isNaN(point[1])) return;
      var title = container.getAttribute("data-title") || config.labels.marker;
      var map = baseMap(container, config);
      map.setView(point, 16);
      L.marker(point, { title: title, alt: title }).addTo(map);
    });
  }

  window.MoucharakaMaps = { baseMap: baseMap, json: json };
  if (window.L) pointMaps();
})();
