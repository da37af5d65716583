// Search as you type, and a filter sheet that stays open, on /search only.
// The page works without this file: the form submits and every filter is a
// link. With it, typing in the search box refreshes the results and filters
// in place (debounced), and the address bar follows, so Back and sharing
// keep working. On a phone, where the filters fold into a sheet, a tap on a
// filter (or a changed price field) no longer loads the page: the sheet is
// redrawn with the choice made, its counts and "Show N products" fetched for
// it, and that button applies them all at once, with the results fetched
// already.
(function () {
  "use strict";
  var input = document.querySelector("[data-live-search]");
  var body = document.getElementById("search-body");
  var announce = document.getElementById("search-announce");
  if (!input || !body || !window.fetch || !window.URLSearchParams) return;

  var wide = window.matchMedia("(min-width: 62rem)");
  function filters() {
    return body.querySelector("[data-filters]");
  }
  function openFiltersOnWideScreens() {
    var sheet = filters();
    if (sheet && wide.matches) sheet.open = true;
  }
  openFiltersOnWideScreens();
  if (wide.addEventListener) wide.addEventListener("change", openFiltersOnWideScreens);

  // The sheet's own "Apply" is left to the one "Show N products" button.
  document.documentElement.classList.add("js-sheet");
  var timer = 0;
  var controller = null;
  var lastQuery = null;
  // The choices made in the sheet and not applied yet: their query, the
  // page fetched for them (null while it is on its way) and that fetch.
  var staged = null;

  function formParams() {
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

  function load(query) {
    if (controller) controller.abort();
    controller = window.AbortController ? new AbortController() : null;
    return fetch("/search/results" + (query ? "?" + query : ""), {
      headers: { Accept: "text/html" },
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      return response.ok ? response.text() : null;
    });
  }

  function say(text) {
    if (announce) announce.textContent = text;
  }

  // Puts a fetched page in place: results, filters and the address.
  function show(query, html, keepOpen, push) {
    body.innerHTML = html;
    var sheet = filters();
    if (sheet) sheet.open = keepOpen || wide.matches;
    var summary = body.querySelector("[data-summary]");
    if (summary) say(summary.getAttribute("data-summary"));
    var address = "/search" + (query ? "?" + query : "");
    if (push) window.history.pushState(null, "", address);
    else window.history.replaceState(null, "", address);
    lastQuery = query;
  }

  function refresh() {
    var query = formParams().toString();
    if (query === lastQuery) return;
    lastQuery = query;
    staged = null;
    load(query)
      .then(function (html) {
        if (html === null) return;
        var sheet = filters();
        show(query, html, sheet ? sheet.open : false, false);
      })
      .catch(function () {
        // Offline or aborted: the form still submits normally.
      });
  }

  lastQuery = formParams().toString();

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 250);
  });

  // The sheet's controls, in document order: which one had the focus is
  // found again in the redrawn sheet by its place among them.
  function controls(sheet) {
    return sheet.querySelectorAll("summary, a, input, select, button");
  }

  // Redraws the open sheet for the choices in `query`, from a page fetched
  // for them, and keeps that page for "Show N products".
  function stage(query) {
    var pending = { query: query, html: null, ready: null };
    staged = pending;
    pending.ready = load(query).then(function (html) {
      if (html === null || staged !== pending) return;
      pending.html = html;
      var sheet = filters();
      var holder = document.createElement("div");
      holder.innerHTML = html;
      var redrawn = holder.querySelector("[data-filters]");
      if (!sheet || !redrawn) return;
      var old = Array.prototype.indexOf.call(controls(sheet), document.activeElement);
      redrawn.open = true;
      sheet.parentNode.replaceChild(redrawn, sheet);
      var again = controls(redrawn)[old];
      if (again) again.focus({ preventScroll: true });
      var apply = redrawn.querySelector("[data-apply]");
      if (apply) say(apply.textContent);
    });
    pending.ready.catch(function () {
      // Offline or aborted: the links and the form still work without us.
    });
    return pending.ready;
  }

  function apply() {
    var pending = staged;
    if (!pending) {
      var sheet = filters();
      if (sheet) sheet.open = false;
      return;
    }
    (pending.html !== null ? Promise.resolve() : pending.ready).then(function () {
      if (pending.html === null || staged !== pending) return;
      staged = null;
      show(pending.query, pending.html, false, true);
      var results = document.getElementById("search-results");
      if (results) results.focus();
    });
  }

  function phoneSheet(target) {
    var sheet = filters();
    return !wide.matches && sheet && sheet.open && sheet.contains(target);
  }

  body.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a") : null;
    if (!link || !phoneSheet(link)) return;
    event.preventDefault();
    if (link.hasAttribute("data-apply")) {
      // A price typed and not yet left counts too.
      var typed = formParams().toString();
      if (!staged || staged.query !== typed) {
        if (typed !== lastQuery) stage(typed);
      }
      apply();
      return;
    }
    var url = new URL(link.href, window.location.href);
    stage(url.search.replace(/^\?/, ""));
  });

  body.addEventListener("change", function (event) {
    if (!phoneSheet(event.target) || !event.target.form) return;
    stage(formParams().toString());
  });

  body.addEventListener("submit", function (event) {
    if (!phoneSheet(event.target)) return;
    event.preventDefault();
    var typed = formParams().toString();
    if (!staged || staged.query !== typed) stage(typed);
    apply();
  });

  window.addEventListener("popstate", function () {
    var query = window.location.search.replace(/^\?/, "");
    staged = null;
    load(query)
      .then(function (html) {
        if (html !== null) show(query, html, false, false);
        input.value = new URLSearchParams(query).get("q") || "";
      })
      .catch(function () {
        window.location.reload();
      });
  });
})();
