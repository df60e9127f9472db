// Keyboard shortcuts on the tracker pages: "/" focuses the food search (or opens it),
// "[" and "]" go to the previous and next day.  Ignored while typing in a field.
(function () {
  "use strict";
  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
      return;
    }
    var target = null;
    if (event.key === "/") {
      var box = document.querySelector("[data-search-box]");
      if (box) {
        event.preventDefault();
        box.focus();
        return;
      }
      target = document.querySelector(".meal-actions a.button");
    } else if (event.key === "[") {
      target = document.querySelector('.day-nav a[rel="prev"]');
    } else if (event.key === "]") {
      target = document.querySelector('.day-nav a[rel="next"]');
    }
    if (target) {
      event.preventDefault();
      window.location.href = target.getAttribute("href");
    }
  });
})();
