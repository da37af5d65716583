// Search as you type, on /search only. The page works without this file:
// the form submits and every filter is a link. With it, typing in the search
// box refreshes the results and filters in place (debounced), and the
// address bar follows, so Back and sharing keep working.
(function () {
  "use strict";
  var input = document.querySelector("[data-live-search]");
  var body = document.getElementById("search-body");
  var announce = document.getElementById("search-announce");
  if (!input || !body || !window.fetch || !window.URLSearchParams) return;

  var wide = window.matchMedia("(min-width: 62rem)");
  function openFiltersOnWideScreens() {
    var filters = body.querySelector("[data-filters]");
    if (filters && wide.matches) filters.open = true;
  }
  openFiltersOnWideScreens();
  if (wide.addEventListener) wide.addEventListener("change", openFiltersOnWideScreens);

  var timer = 0;
  var controller = null;
  var lastQuery = null;

  function currentParams() {
    var form = document.getElementById("search-form");
    var params = new URLSearchParams();
    if (!form) {
      params.set("q", input.value);
      return params;
    }
    new FormData(form).forEach(function (value, name) {
      if (name !== "page" && typeof value === "string" && value.trim() !== "") params.append(name, value);
    });
    return params;
  }

  function refresh() {
    var params = currentParams();
    var query = params.toString();
    if (query === lastQuery) return;
    lastQuery = query;
    if (controller) controller.abort();
    controller = window.AbortController ? new AbortController() : null;
    fetch("/search/results" + (query ? "?" + query : ""), {
      headers: { Accept: "text/html" },
      signal: controller ? controller.signal : undefined
    })
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (html === null) return;
        var filters = body.querySelector("[data-filters]");
        var wasOpen = filters ? filters.open : false;
        body.innerHTML = html;
        var replaced = body.querySelector("[data-filters]");
        if (replaced) replaced.open = wasOpen || wide.matches;
        var summary = body.querySelector("[data-summary]");
        if (announce && summary) announce.textContent = summary.getAttribute("data-summary");
        window.history.replaceState(null, "", "/search" + (query ? "?" + query : ""));
      })
      .catch(function () {
        // Offline or aborted: the form still submits normally.
      });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 250);
  });
})();
