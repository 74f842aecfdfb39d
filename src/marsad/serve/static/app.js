// marsad dashboard: a little behaviour on top of pages that work without it.
// Written for this project (no library): range selection on the timeline, whole rows as
// links, and keyboard shortcuts. It reads only data-* attributes the server wrote and
// never puts text into the page as markup.
"use strict";

function go(params) {
  var url = new URL(window.location.href);
  Object.keys(params).forEach(function (k) {
    if (params[k]) url.searchParams.set(k, params[k]); else url.searchParams.delete(k);
  });
  url.searchParams.delete("cursor");
  window.location.assign(url.toString());
}

function monthEnd(month) {
  var parts = month.split("-").map(Number);
  var last = new Date(Date.UTC(parts[0], parts[1], 0)).getUTCDate();
  return month + "-" + String(last).padStart(2, "0");
}

function timelineBrush() {
  var holder = document.getElementById("timeline-chart");
  if (!holder) return;
  var months = Array.prototype.slice.call(holder.querySelectorAll("rect.month"));
  if (!months.length) return;
  var since = holder.getAttribute("data-since"), until = holder.getAttribute("data-until");
  months.forEach(function (r) {
    var m = r.getAttribute("data-month");
    if (since && until && m + "-01" <= until && monthEnd(m) >= since) r.classList.add("selected");
  });
  var start = null;
  function mark(a, b) {
    var lo = Math.min(a, b), hi = Math.max(a, b);
    months.forEach(function (r, i) { r.classList.toggle("selected", i >= lo && i <= hi); });
  }
  months.forEach(function (r, i) {
    r.addEventListener("mousedown", function (e) { e.preventDefault(); start = i; mark(i, i); });
    r.addEventListener("mouseenter", function () { if (start !== null) mark(start, i); });
    r.addEventListener("mouseup", function () {
      if (start === null) return;
      var lo = Math.min(start, i), hi = Math.max(start, i);
      start = null;
      go({ since: months[lo].getAttribute("data-month") + "-01", until: monthEnd(months[hi].getAttribute("data-month")) });
    });
  });
  document.addEventListener("mouseup", function () { start = null; });
}

function rowLinks() {
  document.querySelectorAll("tr[data-href]").forEach(function (tr) {
    tr.addEventListener("click", function (e) {
      if (e.target.closest("a")) return;
      window.location.assign(tr.getAttribute("data-href"));
    });
  });
}

function shortcuts() {
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA")) return;
    if (e.key === "/") {
      var q = document.getElementById("q") || document.querySelector(".filters input, .filters select");
      if (q) { e.preventDefault(); q.focus(); }
    } else if (e.key === "j" || e.key === "k") {
      // next / previous row of the claims table
      var links = Array.prototype.slice.call(document.querySelectorAll("a.row-link"));
      if (!links.length) return;
      var i = links.indexOf(document.activeElement);
      i = e.key === "j" ? Math.min(links.length - 1, i + 1) : Math.max(0, i - 1);
      links[i].focus();
      e.preventDefault();
    } else if (e.key === "n") {
      var next = document.getElementById("next-page");
      if (next) window.location.assign(next.getAttribute("href"));
    } else if (e.key === "l") {
      var sw = document.getElementById("lang-switch");
      if (sw) window.location.assign(sw.getAttribute("href"));
    }
  });
}

document.addEventListener("DOMContentLoaded", function () {
  timelineBrush();
  rowLinks();
  shortcuts();
});
