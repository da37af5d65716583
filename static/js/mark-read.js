// Marks a conversation read once a person's browser shows it. Opening the
// page changes nothing by itself, so a mail scanner or link preview that
// fetches it leaves the unread count alone. Once marked, the header's badge
// goes down by this conversation's messages, as the next page will show it.
(function () {
  "use strict";
  var marker = document.querySelector("[data-mark-read]");
  if (!marker || !window.fetch) return;
  var here = parseInt(marker.getAttribute("data-unread"), 10) || 0;
  fetch(marker.getAttribute("data-mark-read"), {
    method: "POST",
    credentials: "same-origin",
    headers: { "X-CSRF-Token": marker.getAttribute("data-csrf") }
  }).then(function (response) {
    if (!response.ok) return;
    var badges = document.querySelectorAll("[data-unread-badge]");
    for (var i = 0; i < badges.length; i++) {
      var badge = badges[i];
      var left = (parseInt(badge.firstChild.nodeValue, 10) || 0) - here;
      if (left > 0) badge.firstChild.nodeValue = String(left);
      else badge.parentNode.removeChild(badge);
    }
  });
})();
