// Type to find a district in the long place lists (a producer's district, a
// buy request's districts). Without this file they are plain selects grouped
// by state, which work as they are. With it, a search box above the list
// offers the districts whose name or state begins with what is typed,
// in Latin letters or in Devanagari; choosing one sets the select, which
// stays the form's field. A list that takes several (`multiple`) is hidden
// behind the box, its choices shown as a list with "Remove" buttons.
(function () {
  "use strict";

  // Devanagari consonants as Latin consonants. Names are compared by their
  // consonants alone (see `skeleton`), so vowels and vowel signs need no
  // letters: वाराणसी and Varanasi both read "vrns".
  var CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "c", "छ": "ch", "ज": "j", "झ": "jh",
    "ञ": "n", "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t", "थ": "th", "द": "d",
    "ध": "dh", "न": "n", "प": "p", "फ": "ph", "ब": "b", "भ": "bh", "म": "m", "य": "y", "र": "r",
    "ल": "l", "ळ": "l", "व": "v", "श": "sh", "ष": "sh", "स": "s", "ह": "h",
    "ं": "n", "ँ": "n", "ऋ": "r", "ृ": "r"
  };
  // With a nukta (़): क़ q, ज़ z, ड़ r, फ़ f, …
  var NUKTA = { "क": "q", "ख": "kh", "ग": "g", "ज": "z", "ड": "r", "ढ": "rh", "फ": "f", "य": "y" };

  function latin(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (text[i + 1] === "\u093C" && NUKTA[c]) { out += NUKTA[c]; i++; continue; }
      if (CONSONANTS[c]) out += CONSONANTS[c];
      else if (c < "\u0900" || c > "\u097F") out += c;
    }
    return out;
  }

  // A word's consonants, spelt the same way whichever script it came in:
  // aspiration, vowels and doubled letters dropped, and letters that the
  // two scripts write differently made one (w/v, z/j, f/p, q/k, m/n before
  // p or b, "ck").
  function skeleton(word) {
    return latin(word).toLowerCase().normalize("NFD").replace(/[^a-z]/g, "")
      .replace(/ck/g, "k").replace(/m(?=[aeiou]*[pb])/g, "n")
      .replace(/x/g, "ks").replace(/w/g, "v").replace(/z/g, "j").replace(/f/g, "p").replace(/q/g, "k")
      .replace(/[aeiouh]/g, "").replace(/(.)\1+/g, "$1");
  }

  function plain(word) {
    return word.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function words(text) { return text.split(/[\s,.()\-]+/).filter(Boolean); }

  var DEVANAGARI = /[\u0900-\u097F]/;

  // How well the place answers what was typed: every typed word must begin
  // a word of the district's name or its state's. 0 when the name itself
  // begins with it, 1 when a later word of the name does, 2 when only the
  // state does; -1 when it does not match.
  function rank(place, typed) {
    var devanagari = DEVANAGARI.test(typed);
    var have = devanagari ? place.skeletons : place.plains;
    var best = 0;
    var all = words(typed).every(function (w) {
      var want = devanagari ? skeleton(w) : plain(w);
      if (!want) return true;
      var at = -1;
      for (var i = 0; i < have.length && at < 0; i++) if (have[i].indexOf(want) === 0) at = i;
      if (at < 0) return false;
      best = Math.max(best, at === 0 ? 0 : at < place.nameWords ? 1 : 2);
      return true;
    });
    return all ? best : -1;
  }

  var SHOWN = 8;
  var counter = 0;

  function enhance(select) {
    var many = select.multiple;
    var field = select.closest(".field");
    var label = field && field.querySelector("label[for='" + select.id + "']");
    if (!field || !label) return;
    var places = Array.prototype.map.call(select.options, function (option) {
      var state = option.parentNode.tagName === "OPTGROUP" ? option.parentNode.label : "";
      var all = words(option.text + " " + state);
      return {
        option: option, name: option.text, state: state, nameWords: words(option.text).length,
        plains: all.map(plain), skeletons: all.map(skeleton)
      };
    }).filter(function (place) { return place.option.value !== ""; });

    var id = "place-find-" + (++counter);
    var find = document.createElement("input");
    find.type = "search";
    find.id = id;
    find.className = "input picker__find";
    find.autocomplete = "off";
    find.setAttribute("enterkeyhint", "search");
    find.placeholder = select.getAttribute("data-place-picker") || "Type a district or state";
    var status = document.createElement("p");
    status.className = "picker__status";
    status.setAttribute("role", "status");
    var results = document.createElement("ul");
    results.className = "picker__results";
    var chosen = document.createElement("ul");
    chosen.className = "picker__chosen";
    chosen.setAttribute("aria-label", "Chosen");

    // The label now names the search box; the select, still there for
    // browsing state by state, gets its own name.
    label.htmlFor = id;
    select.setAttribute("aria-label", label.textContent.trim() + ", by state");
    select.insertAdjacentElement("beforebegin", find);
    find.insertAdjacentElement("afterend", status);
    status.insertAdjacentElement("afterend", results);
    if (many) {
      select.hidden = true;
      results.insertAdjacentElement("afterend", chosen);
    }
    var hint = document.getElementById(select.id + "-hint");
    if (hint && select.getAttribute("data-place-picker-hint")) {
      hint.textContent = select.getAttribute("data-place-picker-hint");
    }
    if (hint) find.setAttribute("aria-describedby", hint.id);

    function describe(place) { return place.state ? place.name + ", " + place.state : place.name; }

    function showChosen() {
      if (!many) return;
      chosen.textContent = "";
      places.forEach(function (place) {
        if (!place.option.selected) return;
        var item = document.createElement("li");
        item.appendChild(document.createTextNode(describe(place) + " "));
        var remove = document.createElement("button");
        remove.type = "button";
        remove.textContent = "Remove";
        remove.setAttribute("aria-label", "Remove " + describe(place));
        remove.addEventListener("click", function () {
          place.option.selected = false;
          showChosen();
          search();
          find.focus();
        });
        item.appendChild(remove);
        chosen.appendChild(item);
      });
    }

    function choose(place) {
      if (many) {
        place.option.selected = !place.option.selected;
        showChosen();
        search();
      } else {
        select.value = place.option.value;
        select.dispatchEvent(new Event("change", { bubbles: true }));
        find.value = "";
        results.textContent = "";
        status.textContent = "Chosen: " + describe(place) + ".";
      }
      find.focus();
    }

    var found = [];
    function search() {
      var typed = find.value.trim();
      results.textContent = "";
      found = [];
      if (typed) {
        places.forEach(function (place, order) {
          var score = rank(place, typed);
          if (score >= 0) found.push({ place: place, score: score, order: order });
        });
        found.sort(function (a, b) { return a.score - b.score || a.order - b.order; });
        found = found.map(function (match) { return match.place; });
      }
      if (!typed) { status.textContent = ""; return; }
      if (found.length === 0) {
        status.textContent = "No district matches “" + typed + "”. Try the first letters of its name or its state.";
        return;
      }
      found.slice(0, SHOWN).forEach(function (place) {
        var item = document.createElement("li");
        var button = document.createElement("button");
        button.type = "button";
        button.className = "picker__option";
        if (many) button.setAttribute("aria-pressed", place.option.selected ? "true" : "false");
        var name = document.createElement("b");
        name.textContent = place.name;
        button.appendChild(name);
        if (place.state) {
          var state = document.createElement("span");
          state.textContent = place.state;
          button.appendChild(state);
        }
        button.addEventListener("click", function () { choose(place); });
        item.appendChild(button);
        results.appendChild(item);
      });
      status.textContent = found.length > SHOWN
        ? found.length + " districts match; the first " + SHOWN + " are shown. Type more to narrow them."
        : found.length === 1 ? "1 district matches." : found.length + " districts match.";
    }

    find.addEventListener("input", search);
    // Enter picks the only match rather than sending the form half filled.
    find.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") return;
      event.preventDefault();
      if (found.length === 1) choose(found[0]);
    });
    select.addEventListener("change", showChosen);
    showChosen();
  }

  document.querySelectorAll("select[data-place-picker]").forEach(enhance);
})();
