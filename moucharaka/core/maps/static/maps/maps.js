/* Maps of every module (moucharaka.core.maps), progressive enhancement only: the map
   element stays hidden without JavaScript or Leaflet, and the page lists the same
   places as text.
   - MoucharakaMaps.baseMap(container, config): shows the container and draws a Leaflet
     map with the configured tiles (none when MAP_TILES_URL is empty) and translated
     controls;
   - MoucharakaMaps.markers(container, items, config): markers with a linked popup;
   - any element with data-map-config="<id of a json_script>" and data-lat / data-lng
     becomes a map with one marker at that place (its title: data-title);
   - any element with data-markers-map, data-markers and data-config (ids of json_script
     elements) becomes a map of those markers. */
(function () {
  "use strict";

  function json(id) {
    var element = id && document.getElementById(id);
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

  /* items: [{lat, lng, title, url, text}], `text` shown after the link. */
  function markers(container, items, config) {
    var map = baseMap(container, config);
    var points = items.map(function (item) {
      var popup = document.createElement("div");
      popup.dir = "auto";
      var link = document.createElement("a");
      link.href = item.url;
      link.textContent = item.title;
      popup.appendChild(link);
      if (item.text) popup.appendChild(document.createTextNode(" — " + item.text));
      L.marker([item.lat, item.lng], { title: item.title, alt: item.title })
        .bindPopup(popup)
        .addTo(map);
      return [item.lat, item.lng];
    });
    if (points.length) map.fitBounds(points, { maxZoom: 16, padding: [24, 24] });
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

  function markerMaps() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-markers-map]"), function (el) {
      var items = json(el.getAttribute("data-markers"));
      var config = json(el.getAttribute("data-config"));
      if (items && config) markers(el, items, config);
    });
  }

  window.MoucharakaMaps = { baseMap: baseMap, markers: markers, json: json };
  if (window.L) {
    pointMaps();
    markerMaps();
  }
})();
