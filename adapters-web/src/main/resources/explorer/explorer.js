// The API explorer over this instance's own OpenAPI document. Nothing leaves the page but requests to this
// instance: no spec validator badge (it would call swagger.io), no CDN. Credentials typed into "Authorize" stay in
// this page's memory (not in local storage) and go only to this instance.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/v1/openapi.yaml",
    dom_id: "#swagger-ui",
    deepLinking: true,
    persistAuthorization: false,
    validatorUrl: null,
    displayOperationId: false,
    docExpansion: "list",
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout"
  });
});
