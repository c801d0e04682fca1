// Show one claim's detail panel and mark its highlights; no markup is built here, only
// server-rendered (escaped) sections are shown or hidden.
(function () {
  "use strict";
  function select(target) {
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
      var placeholder = detail.parentNode.querySelector(".placeholder");
      if (placeholder) { placeholder.hidden = true; }
    }
  }
  var clickable = document.querySelectorAll("[data-claim]");
  for (var k = 0; k < clickable.length; k++) {
    clickable[k].addEventListener("click", function (event) {
      select(event.currentTarget.getAttribute("data-claim"));
    });
    clickable[k].addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        select(event.currentTarget.getAttribute("data-claim"));
      }
    });
  }
})();
