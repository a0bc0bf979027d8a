// partex report: the document list (search, filters, pages), the "errors only" filter, and in a
// one-file report, showing one document at a time. Plain DOM, no library, nothing fetched: every
// value is set with textContent, never parsed as HTML.
(function () {
  "use strict";
  var PAGE = 50;

  function errorFilters() {
    document.querySelectorAll("input.errors-only").forEach(function (box) {
      var doc = box.closest(".doc");
      var apply = function () { doc.classList.toggle("errors-only", box.checked); };
      box.addEventListener("change", apply);
      apply();
    });
  }

  function cell(row, text, className) {
    var td = document.createElement("td");
    if (className) td.className = className;
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function docList(data) {
    var docs = JSON.parse(data.textContent);
    var box = document.getElementById("doc-list");
    var query = box.querySelector("input[name=q]");
    var lang = box.querySelector("select[name=lang]");
    var order = box.querySelector("select[name=order]");
    var errors = box.querySelector("input[name=errors]");
    var body = box.querySelector("tbody");
    var status = box.querySelector(".status");
    var prev = box.querySelector("button.prev");
    var next = box.querySelector("button.next");
    var reviewed = docs.some(function (d) { return "e" in d; });
    var page = 0;
    var found = docs;

    var langs = {};
    docs.forEach(function (d) { langs[d.lang || "?"] = true; });
    Object.keys(langs).sort().forEach(function (code) {
      var option = document.createElement("option");
      option.value = code;
      option.textContent = code;
      lang.appendChild(option);
    });
    if (!reviewed) {
      box.querySelectorAll(".with-gold").forEach(function (el) { el.remove(); });
    }

    function select() {
      var words = query.value.toLowerCase().split(/\s+/).filter(Boolean);
      found = docs.filter(function (d) {
        if (lang.value && (d.lang || "?") !== lang.value) return false;
        if (errors && errors.checked && !(d.e > 0)) return false;
        var hay = (d.id + " " + d.k).toLowerCase();
        return words.every(function (w) { return hay.indexOf(w) >= 0; });
      });
      var key = order.value;
      if (key) {
        found = found.slice().sort(function (a, b) {
          return key === "s" ? (a.s === null ? 2 : a.s) - (b.s === null ? 2 : b.s) : (b[key] || 0) - (a[key] || 0);
        });
      }
      page = 0;
      show();
    }

    function show() {
      var pages = Math.max(1, Math.ceil(found.length / PAGE));
      page = Math.min(page, pages - 1);
      var rows = document.createDocumentFragment();
      found.slice(page * PAGE, (page + 1) * PAGE).forEach(function (d) {
        var tr = document.createElement("tr");
        var link = document.createElement("a");
        link.href = d.h;
        link.textContent = d.id;
        cell(tr, "", "id").appendChild(link);
        cell(tr, d.lang);
        cell(tr, String(d.m), "num");
        cell(tr, String(d.f), "num");
        if (reviewed) {
          cell(tr, "e" in d ? String(d.e) : "", "num");
          cell(tr, d.s === null || d.s === undefined ? "" : d.s.toFixed(3), "num");
        }
        cell(tr, d.k, "norms");
        rows.appendChild(tr);
      });
      body.replaceChildren(rows);
      var first = found.length ? page * PAGE + 1 : 0;
      status.textContent = first + "–" + Math.min((page + 1) * PAGE, found.length) + " of " +
        found.length + " documents" + (found.length < docs.length ? " (" + docs.length + " in all)" : "") +
        ", page " + (page + 1) + " of " + pages;
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
    }

    [query, lang, order, errors].forEach(function (el) {
      if (el) {
        el.addEventListener("input", select);
        if (el.tagName === "SELECT" || el.type === "checkbox") el.addEventListener("change", select);
      }
    });
    prev.addEventListener("click", function () { page -= 1; show(); });
    next.addEventListener("click", function () { page += 1; show(); });
    box.hidden = false;
    select();
  }

  // One file: the overview, or the document an address points into (#d12, #d12-ev316).
  function oneFile() {
    var overview = document.getElementById("overview");
    function route() {
      var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      var doc = target ? target.closest(".doc") : null;
      document.querySelectorAll(".doc").forEach(function (d) { d.hidden = d !== doc; });
      overview.hidden = doc !== null;
      if (target) target.scrollIntoView();
      else window.scrollTo(0, 0);
    }
    window.addEventListener("hashchange", route);
    route();
  }

  errorFilters();
  var data = document.getElementById("doc-data");
  if (data) docList(data);
  if (document.body.classList.contains("single")) oneFile();
  document.body.dataset.readyMs = String(Math.round(performance.now()));  // read by bench_report.py
  document.body.classList.add("ready");
})();
