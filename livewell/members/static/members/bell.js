// Keeps the header's notifications bell current when other parts of the page change data with htmx
// (logging a food can earn a badge).  Without JavaScript the bell is simply current on each page load.
(function () {
  "use strict";
  function bell() { return document.getElementById("notification-bell"); }

  document.addEventListener("htmx:afterRequest", function (event) {
    var detail = event.detail || {};
    var config = detail.requestConfig || {};
    var current = bell();
    if (!current || !window.htmx || !detail.successful) { return; }
    if ((config.verb || "get").toLowerCase() === "get") { return; }
    if (current.contains(detail.elt)) { return; }
    if (current.open) { return; }  // never pull the menu away from someone using it
    window.htmx.ajax("GET", current.getAttribute("data-bell-url"), { target: current, swap: "outerHTML" });
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    var current = bell();
    if (current && current.open && event.detail && event.detail.target && event.detail.target.id === "notification-bell") {
      var summary = current.querySelector("summary");
      if (summary) { summary.focus(); }
    }
  });
})();
