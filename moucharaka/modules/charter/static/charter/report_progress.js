// Follows a report being generated: polls its progress and reloads when it is done.
// Without JavaScript the page offers a "Check again" link instead.
(function () {
  var meter = document.querySelector("[data-report-progress]");
  if (!meter || !window.fetch) return;
  function poll() {
    fetch(meter.dataset.reportProgress, { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        meter.value = data.progress;
        if (data.status === "ready" || data.status === "failed") window.location.reload();
        else window.setTimeout(poll, 2000);
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1500);
})();
