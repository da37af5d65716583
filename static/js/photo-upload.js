// Several photos at once on a listing's edit page, for producers on phones
// and slow connections. Without this script the form sends one photo as a
// plain POST; with it, the file box takes several, each photo is made
// smaller in the browser (a phone's 12-megapixel photo becomes a JPEG of a
// few hundred kilobytes), sent on its own with a progress bar, and offered
// again with "Retry" if the connection drops. The server keeps every check
// and limit: a photo it refuses shows its reason here, as the page would.
(function () {
  "use strict";
  var form = document.querySelector("form.photo-upload[data-room]");
  if (!form || !window.FormData || !window.DOMParser || !window.createImageBitmap) return;
  var input = form.querySelector("input[type=file]");
  var alt = form.querySelector("input[name=alt]");
  var token = form.querySelector("input[name=csrf_token]").value;
  var room = parseInt(form.getAttribute("data-room"), 10);
  var had = parseInt(form.getAttribute("data-count"), 10) || 0;
  // Long edge of a photo as sent: more than the largest size pages show.
  var LONGEST = 2400;
  var QUALITY = 0.85;
  // The page writes the script's words in the reader's language (data-*);
  // "{file}" and the like stand for what only the script knows.
  var say = function (key, values) {
    return (form.getAttribute("data-" + key) || "").replace(/\{(\w+)\}/g, function (all, name) {
      return values && name in values ? values[name] : all;
    });
  };

  input.multiple = true;
  form.querySelector(".photo-upload__title").textContent = say("title");
  form.querySelector("label[for=" + input.id + "]").textContent = say("field");
  form.querySelector("button[type=submit]").textContent = say("button");
  var list = document.createElement("ol");
  list.className = "upload-list";
  form.appendChild(list);
  var summary = document.createElement("p");
  summary.className = "visually-hidden";
  summary.setAttribute("role", "status");
  form.appendChild(summary);

  // A smaller JPEG of `file` when that saves bytes; the file itself when it
  // is small already or cannot be decoded here (the server then says why).
  var shrink = function (file) {
    return createImageBitmap(file).then(function (bitmap) {
      var scale = Math.min(1, LONGEST / Math.max(bitmap.width, bitmap.height));
      if (scale === 1 && file.size <= 1500000) return file;
      var canvas = document.createElement("canvas");
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      var context = canvas.getContext("2d");
      // Transparent parts of a PNG would turn black in a JPEG.
      context.fillStyle = "#fff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      return new Promise(function (resolve) {
        canvas.toBlob(function (blob) {
          if (!blob || blob.size >= file.size) { resolve(file); return; }
          resolve(new File([blob], file.name.replace(/\.[^.]*$/, "") + ".jpg", { type: "image/jpeg" }));
        }, "image/jpeg", QUALITY);
      });
    }, function () { return file; });
  };

  var row = function (file) {
    var item = document.createElement("li");
    item.className = "upload-list__item";
    var name = document.createElement("span");
    name.className = "upload-list__name";
    name.textContent = file.name;
    var bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute("aria-label", say("sending-file", { file: file.name }));
    var state = document.createElement("span");
    state.className = "upload-list__state";
    state.textContent = say("waiting");
    item.append(name, bar, state);
    list.appendChild(item);
    return { item: item, bar: bar, state: state };
  };

  // Sends one photo; resolves true once the server has it.
  var send = function (job) {
    return new Promise(function (resolve) {
      var data = new FormData();
      // The token first: the server reads it before the file.
      data.append("csrf_token", token);
      data.append("alt", job.alt);
      data.append("photo", job.file, job.file.name);
      var request = new XMLHttpRequest();
      request.open("POST", form.action);
      request.timeout = 180000;
      job.view.state.textContent = say("sending");
      request.upload.onprogress = function (event) {
        if (event.lengthComputable) job.view.bar.value = Math.round(event.loaded / event.total * 100);
      };
      var dropped = function () {
        fail(job, say("dropped"), true);
        resolve(false);
      };
      request.onerror = dropped;
      request.ontimeout = dropped;
      request.onload = function () {
        var page = new DOMParser().parseFromString(request.responseText, "text/html");
        var problem = page.getElementById("photo-error");
        if (request.status >= 200 && request.status < 300 && !problem) {
          job.view.bar.value = 100;
          job.view.state.textContent = say("added");
          job.view.item.classList.add("upload-list__item--done");
          resolve(true);
        } else if (problem) {
          // The reason without its hidden "Error:", which the page words in the reader's language.
          var hidden = problem.querySelector(".visually-hidden");
          if (hidden) hidden.remove();
          fail(job, problem.textContent.trim(), false);
          resolve(false);
        } else {
          fail(job, say("refused", { status: request.status }), true);
          resolve(false);
        }
      };
      request.send(data);
    });
  };

  var fail = function (job, message, retry) {
    job.view.item.classList.add("upload-list__item--failed");
    job.view.state.textContent = message;
    if (!retry) return;
    var again = document.createElement("button");
    again.type = "button";
    again.className = "button button--secondary button--small";
    again.textContent = say("retry");
    again.setAttribute("aria-label", say("retry-file", { file: job.file.name }));
    again.addEventListener("click", function () {
      again.remove();
      job.view.item.classList.remove("upload-list__item--failed");
      job.view.bar.value = 0;
      send(job).then(finish);
    });
    job.view.item.appendChild(again);
  };

  var jobs = [];
  // Once every photo is in, the page is read again to show them in order.
  var finish = function () {
    var added = jobs.filter(function (job) { return job.view.item.classList.contains("upload-list__item--done"); });
    var waiting = jobs.some(function (job) { return !job.view.item.classList.contains("upload-list__item--done") && !job.view.item.classList.contains("upload-list__item--failed"); });
    if (waiting) return;
    summary.textContent = added.length + " of " + jobs.length + " photos added.";
    if (added.length === jobs.length) window.location.reload();
  };

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var files = Array.prototype.slice.call(input.files);
    if (files.length === 0) { input.focus(); return; }
    if (files.length > room) {
      summary.textContent = say("too-many");
      files = files.slice(0, room);
    }
    // The files are on their way: the box is emptied so a second press cannot send them twice.
    input.value = "";
    list.textContent = "";
    var base = alt.value.trim();
    jobs = files.map(function (file, n) {
      // Stored, so without the isolation marks an Arabic page's words carry.
      var text = files.length > 1 ? say("alt", { alt: base, number: had + n + 1 }).replace(/[\u2066-\u2069]/g, "") : base;
      return { file: file, alt: text.slice(0, 250), view: row(file) };
    });
    // One after another: a phone's connection is better used by one upload than shared by several.
    jobs.reduce(function (before, job) {
      return before.then(function () {
        job.view.state.textContent = say("shrinking");
        return shrink(job.file).then(function (smaller) {
          job.file = smaller;
          return send(job);
        });
      });
    }, Promise.resolve()).then(finish);
  });
})();
