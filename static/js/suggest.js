// Suggestions under the header search box, as an ARIA 1.2 combobox with a
// list popup. Without this file the box is a plain search form. With it,
// from the second letter typed, /api/v1/suggest offers districts, states,
// ODOP products, GI names and listings: the arrow keys move through them,
// Enter follows the highlighted one (or searches, when none is), Escape
// closes the list, and a polite live region says how many there are. The
// words read aloud or shown (kinds, counts) come from the form's data-
// attributes, so the page's language decides them.
(function () {
  "use strict";
  var form = document.querySelector("form[data-suggest]");
  var input = form && form.querySelector("input[name=q]");
  if (!input || !window.fetch || !window.URLSearchParams) return;

  var WAIT_MS = 150;
  var list = document.createElement("ul");
  list.id = input.id + "-suggestions";
  list.className = "suggest";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", form.getAttribute("data-suggest-label") || "");
  list.hidden = true;
  var status = document.createElement("div");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  form.appendChild(list);
  form.appendChild(status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  var suggestions = [];
  var active = -1;
  var timer = 0;
  var asked = 0;
  var controller = null;
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang || "en") : null;

  // "3 suggestions", in the words of the page's language: the form holds
  // one wording per plural category, {count} standing for the number.
  function counted(n) {
    var category = n === 0 ? "zero" : plural ? plural.select(n) : n === 1 ? "one" : "other";
    var words = form.getAttribute("data-suggest-count-" + category) || form.getAttribute("data-suggest-count-other") || "";
    return words.replace("{count}", n);
  }

  function optionId(i) {
    return list.id + "-" + i;
  }

  function highlight(i) {
    var options = list.children;
    if (active >= 0 && options[active]) options[active].setAttribute("aria-selected", "false");
    active = i;
    if (active >= 0 && options[active]) {
      options[active].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", optionId(active));
      options[active].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function close() {
    highlight(-1);
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
  }

  function open() {
    if (!suggestions.length) return;
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function show(found) {
    suggestions = found;
    active = -1;
    input.removeAttribute("aria-activedescendant");
    list.textContent = "";
    found.forEach(function (s, i) {
      var option = document.createElement("li");
      option.id = optionId(i);
      option.className = "suggest__option";
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      var label = document.createElement("span");
      label.className = "suggest__label";
      label.textContent = s.label;
      if (s.lang) label.lang = s.lang;
      var kind = document.createElement("span");
      kind.className = "suggest__kind";
      kind.textContent = form.getAttribute("data-kind-" + s.kind.replace(/_/g, "-")) || "";
      option.appendChild(label);
      option.appendChild(kind);
      list.appendChild(option);
    });
    status.textContent = counted(found.length);
    if (found.length) open();
    else close();
  }

  function ask() {
    var typed = input.value.trim();
    var mine = ++asked;
    if (controller) controller.abort();
    if (typed.length < 2) {
      suggestions = [];
      list.textContent = "";
      status.textContent = "";
      close();
      return;
    }
    controller = window.AbortController ? new AbortController() : null;
    fetch("/api/v1/suggest?" + new URLSearchParams({ q: typed }).toString(), {
      headers: { Accept: "application/json" },
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      return response.ok ? response.json() : [];
    }).then(function (found) {
      // An answer to an earlier text, overtaken while on its way, is dropped.
      if (mine === asked && Array.isArray(found)) show(found);
    }).catch(function () {});
  }

  function follow(i) {
    var s = suggestions[i];
    if (!s) return;
    close();
    window.location.assign(s.url);
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(ask, WAIT_MS);
  });

  input.addEventListener("keydown", function (event) {
    var count = suggestions.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!count) return;
      event.preventDefault();
      if (list.hidden) {
        open();
        highlight(event.key === "ArrowDown" ? 0 : count - 1);
      } else if (event.key === "ArrowDown") {
        highlight(active + 1 < count ? active + 1 : 0);
      } else {
        highlight(active > 0 ? active - 1 : count - 1);
      }
    } else if (event.key === "Enter") {
      if (!list.hidden && active >= 0) {
        event.preventDefault();
        follow(active);
      }
    } else if (event.key === "Escape") {
      if (!list.hidden) {
        event.preventDefault();
        close();
      }
    }
  });

  // Pressing an option must not take the focus from the box first.
  list.addEventListener("mousedown", function (event) {
    event.preventDefault();
  });
  list.addEventListener("click", function (event) {
    var option = event.target.closest("[role=option]");
    if (option) follow(Array.prototype.indexOf.call(list.children, option));
  });
  input.addEventListener("blur", close);
  input.addEventListener("focus", function () {
    if (suggestions.length && input.value.trim().length >= 2) open();
  });
})();
