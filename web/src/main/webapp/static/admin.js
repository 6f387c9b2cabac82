// Gazette's script for editors: a confirmation before what cannot be undone. Pages work without it (they ask on a
// page of their own). Suggestions in source fields are reader.js's, shared with the search page.
"use strict";
document.querySelectorAll("[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
        if (!window.confirm(form.dataset.confirm)) {
            event.preventDefault();
        }
    });
});
