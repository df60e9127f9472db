// A "Print" button for the print views; without JavaScript the button stays hidden
// and the page tells people to use the browser's own Print command.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
});
