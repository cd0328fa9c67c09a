/* Maps of every module (moucharaka.core.maps), progressive enhancement only: the map
   element stays hidden without JavaScript or Leaflet, and the page lists the same
   places as text. */
(function () {
  "use strict";

  function json(id) {
    var element = id && document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  function base(container, config) {
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

  /* markers: [{lat, lng, title, url, text}], `text` shown after the link. */
  function markers(container, items, config) {
    var map = base(container, config);
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

  window.MoucharakaMaps = { base: base, markers: markers, json: json };

  if (!window.L) return;
  Array.prototype.forEach.call(document.querySelectorAll("[data-markers-map]"), function (el) {
    var items = json(el.getAttribute("data-markers"));
    var config = json(el.getAttribute("data-config"));
    if (items && config) markers(el, items, config);
  });
})();
