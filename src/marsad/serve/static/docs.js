// Starts the vendored Swagger UI on /docs (a file, not an inline script: the CSP forbids those).
"use strict";
window.addEventListener("DOMContentLoaded", function () {
  var el = document.getElementById("swagger-ui");
  // no validator badge: it would be fetched from another host
  window.SwaggerUIBundle({ url: el.getAttribute("data-url"), dom_id: "#swagger-ui", deepLinking: true, validatorUrl: null });
});
