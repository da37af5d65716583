// A "Print" button where the page has one: printing needs no JavaScript
// (the browser's menu does it), so the button only appears with it.
for (const button of document.querySelectorAll("[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
