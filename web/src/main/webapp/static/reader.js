// Gazette's script for readers: the theme switch, text size and line width (remembered in this browser), times in
// the reader's own time zone, suggestions in source fields. Every page works without it.
"use strict";
(function () {
    var root = document.documentElement;
    var store = {
        get: function (key) { try { return window.localStorage.getItem("gazette." + key); } catch (e) { return null; } },
        set: function (key, value) { try { window.localStorage.setItem("gazette." + key, value); } catch (e) { /* private mode */ } }
    };
    var SIZES = ["90", "100", "115", "130", "150"];

    // Before the page is drawn: the reader's choices, so nothing flashes.
    function apply() {
        var theme = store.get("theme");
        if (theme === "dark" || theme === "light") {
            root.setAttribute("data-theme", theme);
        } else {
            root.removeAttribute("data-theme");
        }
        var size = store.get("textSize");
        root.setAttribute("data-text-size", SIZES.indexOf(size) >= 0 ? size : "100");
        root.setAttribute("data-line-width", store.get("lineWidth") === "wide" ? "wide" : "normal");
    }
    apply();

    function isDark() {
        var theme = root.getAttribute("data-theme");
        return theme ? theme === "dark" : window.matchMedia("(prefers-color-scheme: dark)").matches;
    }

    function themeSwitch() {
        var button = document.querySelector(".theme-switch");
        if (!button) {
            return;
        }
        function label() {
            button.textContent = isDark() ? "Light theme" : "Dark theme";
            button.setAttribute("aria-pressed", isDark() ? "true" : "false");
        }
        button.hidden = false;
        label();
        button.addEventListener("click", function () {
            store.set("theme", isDark() ? "light" : "dark");
            apply();
            label();
        });
    }

    function readerControls() {
        var controls = document.querySelector(".reader-controls");
        if (!controls) {
            return;
        }
        controls.hidden = false;
        function step(by) {
            var now = SIZES.indexOf(root.getAttribute("data-text-size"));
            var next = Math.min(SIZES.length - 1, Math.max(0, now + by));
            store.set("textSize", SIZES[next]);
            apply();
        }
        controls.querySelector(".text-smaller").addEventListener("click", function () { step(-1); });
        controls.querySelector(".text-larger").addEventListener("click", function () { step(1); });
        var width = controls.querySelector(".width-toggle");
        function widthLabel() {
            var wide = root.getAttribute("data-line-width") === "wide";
            width.textContent = wide ? "Narrower lines" : "Wider lines";
            width.setAttribute("aria-pressed", wide ? "true" : "false");
        }
        widthLabel();
        width.addEventListener("click", function () {
            store.set("lineWidth", root.getAttribute("data-line-width") === "wide" ? "normal" : "wide");
            apply();
            widthLabel();
        });
    }

    // The server writes times in the source's zone; here they become the reader's, with the zone named.
    function localTimes() {
        if (!window.Intl || !Intl.DateTimeFormat) {
            return;
        }
        var format = new Intl.DateTimeFormat(undefined, {
            year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short"
        });
        document.querySelectorAll("time.local-time[datetime]").forEach(function (time) {
            var when = new Date(time.getAttribute("datetime"));
            if (!isNaN(when.getTime())) {
                time.setAttribute("title", time.textContent);
                time.textContent = format.format(when);
            }
        });
    }

    function suggestions() {
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
    }

    document.addEventListener("DOMContentLoaded", function () {
        themeSwitch();
        readerControls();
        localTimes();
        suggestions();
    });
}());
