/* Suggestions space, progressive enhancement only: every page works without it.
   Maps are drawn by the core's maps.js (moucharaka.core.maps), loaded before this.
   - the list's map (?view=map): markers from the JSON script element;
   - the form: similar suggestions fetched while the title is typed, and a map that
     fills in the latitude and longitude inputs. */
(function () {
  "use strict";

  function json(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  function listMap() {
    var container = document.getElementById("suggestions-map");
    var markers = json("suggestions-markers");
    if (!container || !markers || !window.L || !window.MoucharakaMaps) return;
    window.MoucharakaMaps.markers(
      container,
      markers.map(function (item) {
        return { lat: item.lat, lng: item.lng, title: item.title, url: item.url, text: item.status };
      }),
      json("suggestions-map-config")
    );
  }

  function pickerMap() {
    var container = document.getElementById("location-map");
    var latitude = document.getElementById("id_latitude");
    var longitude = document.getElementById("id_longitude");
    if (!container || !latitude || !longitude || !window.L || !window.MoucharakaMaps) return;
    var config = json("suggestions-map-config");
    var map = window.MoucharakaMaps.base(container, config);
    var marker = null;

    function place(lat, lng, pan) {
      if (marker) marker.setLatLng([lat, lng]);
      else marker = L.marker([lat, lng], { alt: config.labels.marker }).addTo(map);
      if (pan) map.setView([lat, lng], Math.max(map.getZoom(), 15));
    }
    function fromInputs() {
      var lat = parseFloat(latitude.value), lng = parseFloat(longitude.value);
      if (!isNaN(lat) && !isNaN(lng)) place(lat, lng, true);
    }
    map.on("click", function (event) {
      latitude.value = event.latlng.lat.toFixed(6);
      longitude.value = event.latlng.lng.toFixed(6);
      place(event.latlng.lat, event.latlng.lng, false);
    });
    latitude.addEventListener("change", fromInputs);
    longitude.addEventListener("change", fromInputs);
    fromInputs();
  }

  function similarWhileTyping() {
    var form = document.getElementById("suggestion-form");
    var title = document.getElementById("id_title");
    var target = document.getElementById("similar-suggestions");
    if (!form || !title || !target || !window.fetch) return;
    var url = form.getAttribute("data-similar-url");
    var timer = null, last = title.value.trim(), controller = null;
    title.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var value = title.value.trim();
        if (value === last) return;
        last = value;
        if (value.length < 3) { target.innerHTML = ""; return; }
        if (controller) controller.abort();
        controller = window.AbortController ? new AbortController() : null;
        fetch(url + "?title=" + encodeURIComponent(value), {
          headers: { "X-Requested-With": "fetch" },
          signal: controller ? controller.signal : undefined
        })
          .then(function (response) { return response.ok ? response.text() : ""; })
          .then(function (html) { target.innerHTML = html; })
          .catch(function () { /* offline or aborted: the button still works */ });
      }, 400);
    });
  }

  listMap();
  pickerMap();
  similarWhileTyping();
})();
