// Boots Swagger UI from a file rather than an inline script, so the docs CSP can be 'self'.
(function () {
  var script = document.currentScript;
  window.ui = SwaggerUIBundle({
    url: script.dataset.openapiUrl,
    dom_id: "#swagger-ui",
    layout: "BaseLayout",
    deepLinking: true,
    showExtensions: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset],
  });
})();
