// Marks a conversation read once a person's browser shows it. Opening the
// page changes nothing by itself, so a mail scanner or link preview that
// fetches it leaves the unread count alone.
(function () {
  "use strict";
  var marker = document.querySelector("[data-mark-read]");
  if (!marker || !window.fetch) return;
  fetch(marker.getAttribute("data-mark-read"), {
    method: "POST",
    credentials: "same-origin",
    headers: { "X-CSRF-Token": marker.getAttribute("data-csrf") }
  });
})();
