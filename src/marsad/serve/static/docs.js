// Starts the vendored Swagger UI on /docs (a file, not an inline script: the CSP forbids those).
"use strict";
window.addEventListener("DOMContentLoaded", function () {
  var el = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({ url: el.getAttribute("data-url"), dom_id: "#swagger-ui", deepLinking: true });
});
