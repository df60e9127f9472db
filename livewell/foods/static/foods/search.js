// Keyboard navigation for the live food search: Down arrow from the search box
// moves into the results, Up/Down move between them, Escape returns to the box.
(function () {
  "use strict";
  function links() {
    return Array.prototype.slice.call(document.querySelectorAll("[data-food-results] a"));
  }
  document.addEventListener("keydown", function (event) {
    var input = document.querySelector("[data-food-search]");
    if (!input) return;
    var items = links();
    var index = items.indexOf(document.activeElement);
    if (event.key === "ArrowDown") {
      if (document.activeElement === input && items.length) { items[0].focus(); event.preventDefault(); }
      else if (index >= 0 && index < items.length - 1) { items[index + 1].focus(); event.preventDefault(); }
    } else if (event.key === "ArrowUp" && index >= 0) {
      (index === 0 ? input : items[index - 1]).focus();
      event.preventDefault();
    } else if (event.key === "Escape" && index >= 0) {
      input.focus();
      event.preventDefault();
    }
  });
})();
