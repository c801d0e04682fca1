// Show one claim's detail panel and mark its highlights; no markup is built here, only
// server-rendered (escaped) sections are shown or hidden. On a narrow screen the panel is a
// bottom sheet: it opens over the lower half, and the tapped claim is scrolled above it.
(function () {
  "use strict";
  var NARROW = window.matchMedia("(max-width: 900px)");
  function keepAboveSheet(origin, panel) {
    if (!origin || !NARROW.matches || !origin.getBoundingClientRect) { return; }
    var box = origin.getBoundingClientRect();
    var visibleBottom = window.innerHeight - panel.getBoundingClientRect().height - 12;
    if (box.bottom > visibleBottom || box.top < 0) {
      window.scrollBy(0, box.top - Math.max(12, (visibleBottom - box.height) / 2));
    }
  }
  function select(target, origin) {
    var details = document.querySelectorAll("section.detail");
    for (var i = 0; i < details.length; i++) {
      details[i].hidden = details[i].id !== "detail-" + target;
    }
    var marked = document.querySelectorAll("[data-claim]");
    for (var j = 0; j < marked.length; j++) {
      marked[j].classList.toggle("selected", marked[j].getAttribute("data-claim") === target);
    }
    var detail = document.getElementById("detail-" + target);
    if (detail) {
      var panel = detail.parentNode;
      var placeholder = panel.querySelector(".placeholder");
      if (placeholder) { placeholder.hidden = true; }
      panel.classList.add("open");
      document.body.classList.add("sheet-open");
      panel.scrollTop = 0;
      keepAboveSheet(origin, panel);
    }
  }
  function close(event) {
    var panel = event.currentTarget.parentNode;
    panel.classList.remove("open");
    document.body.classList.remove("sheet-open");
  }
  var clickable = document.querySelectorAll("[data-claim]");
  for (var k = 0; k < clickable.length; k++) {
    clickable[k].addEventListener("click", function (event) {
      var origin = event.currentTarget;
      // a finding's link jumps to the text itself (its anchor lands above the sheet)
      select(origin.getAttribute("data-claim"), origin.classList.contains("jump") ? null : origin);
    });
    clickable[k].addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        select(event.currentTarget.getAttribute("data-claim"), event.currentTarget);
      }
    });
  }
  var closers = document.querySelectorAll(".panel .close");
  for (var c = 0; c < closers.length; c++) {
    closers[c].addEventListener("click", close);
  }
})();
