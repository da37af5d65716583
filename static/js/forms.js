// Live character counters under text areas that have a limit (maxlength):
// "1,234 of 5,000 characters". The browser already stops typing at the
// limit; the counter says how close it is before the text is cut off.
// Screen readers hear only the moments that matter (a tenth left, the
// limit reached), not every keystroke.
(function () {
  "use strict";
  var format = function (n) { return n.toLocaleString("en"); };
  document.querySelectorAll("textarea[maxlength]").forEach(function (area) {
    var limit = parseInt(area.getAttribute("maxlength"), 10);
    if (!(limit > 0)) return;
    var shown = document.createElement("p");
    shown.className = "field__count";
    shown.setAttribute("aria-hidden", "true");
    var spoken = document.createElement("p");
    spoken.className = "visually-hidden";
    spoken.setAttribute("role", "status");
    area.insertAdjacentElement("afterend", spoken);
    area.insertAdjacentElement("afterend", shown);
    var stage = "";
    var update = function () {
      var used = area.value.length;
      shown.textContent = format(used) + " of " + format(limit) + " characters";
      var now = used >= limit ? "full" : used >= limit * 0.9 ? "near" : "";
      shown.classList.toggle("field__count--near", now !== "");
      if (now !== stage) {
        spoken.textContent = now === "full"
          ? "The limit of " + format(limit) + " characters is reached."
          : now === "near" ? format(limit - used) + " characters left." : "";
        stage = now;
      }
    };
    area.addEventListener("input", update);
    update();
  });
})();
