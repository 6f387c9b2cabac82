// Gazette's only script, for editors: suggestions in type-ahead fields. Pages work without it.
"use strict";
document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null;
    var asked = "";
    input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
            var typed = input.value.trim();
            if (typed === asked || typed.length === 0) {
                return;
            }
            asked = typed;
            fetch(input.dataset.suggest + "?size=10&q=" + encodeURIComponent(typed), {headers: {"Accept": "application/json"}})
                .then(function (answer) { return answer.ok ? answer.json() : {sources: []}; })
                .then(function (json) {
                    list.replaceChildren.apply(list, json.sources.map(function (source) {
                        var option = document.createElement("option");
                        option.value = source.name;
                        return option;
                    }));
                })
                .catch(function () { /* suggestions are a convenience: typing still works */ });
        }, 150);
    });
});
document.querySelectorAll("[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
        if (!window.confirm(form.dataset.confirm)) {
            event.preventDefault();
        }
    });
});
