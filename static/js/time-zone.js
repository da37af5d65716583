// Preselects the browser's time zone on a buyer profile not saved yet.
(function () {
  "use strict";
  var select = document.querySelector("select[data-guess]");
  if (!select || select.value !== "UTC" || !window.Intl) return;
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  for (var i = 0; i < select.options.length; i++) {
    if (select.options[i].value === zone) {
      select.value = zone;
      return;
    }
  }
})();
