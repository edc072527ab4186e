/* crib default theme: progressive enhancements. The page reads fine
   without this script; with it: theme toggle (remembered), copy buttons,
   the narrow-screen menu, the current heading marked in the TOC, and
   code blocks that scroll sideways made focusable. */
(function () {
  "use strict";
  var root = document.documentElement;

  function store(key, value) {
    try { localStorage.setItem(key, value); } catch (e) { /* private mode */ }
  }

  /* Theme toggle */
  var toggle = document.querySelector(".theme-toggle");
  function syncToggle() {
    if (!toggle) return;
    var dark = root.getAttribute("data-theme") === "dark";
    toggle.setAttribute("aria-pressed", dark ? "true" : "false");
    toggle.title = dark ? "Switch to light theme" : "Switch to dark theme";
  }
  if (toggle) {
    syncToggle();
    toggle.addEventListener("click", function () {
      var next = root.getAttribute("data-theme") === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      store("crib-theme", next);
      syncToggle();
    });
  }

  /* Narrow screens: the sidebar behind a Menu button */
  var navToggle = document.querySelector(".nav-toggle");
  if (navToggle) {
    navToggle.addEventListener("click", function () {
      var open = document.body.classList.toggle("nav-open");
      navToggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }

  /* Copy buttons */
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return legacyCopy(text); });
    }
    return legacyCopy(text);
  }
  function legacyCopy(text) {
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) resolve(); else reject(new Error("copy failed"));
    });
  }
  var blocks = document.querySelectorAll(".code-block");
  for (var i = 0; i < blocks.length; i++) {
    (function (block) {
      var code = block.querySelector("pre code");
      if (!code) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-button";
      button.textContent = "Copy";
      button.setAttribute("aria-label", "Copy code to clipboard");
      var status = document.createElement("span");
      status.className = "visually-hidden";
      status.setAttribute("role", "status");
      button.addEventListener("click", function () {
        copyText(code.textContent).then(function () {
          button.textContent = "Copied";
          status.textContent = "Copied to clipboard";
        }, function () {
          button.textContent = "Press Ctrl+C";
          var range = document.createRange();
          range.selectNodeContents(code);
          var sel = window.getSelection();
          sel.removeAllRanges();
          sel.addRange(range);
        });
        setTimeout(function () { button.textContent = "Copy"; status.textContent = ""; }, 2000);
      });
      block.appendChild(button);
      block.appendChild(status);
    })(blocks[i]);
  }

  /* Code and tables that scroll sideways take keyboard focus (so arrow
     keys scroll them), only while they overflow. */
  function markScrollers() {
    var scrollers = document.querySelectorAll("pre, .table-wrap, .pg-lines");
    for (var n = 0; n < scrollers.length; n++) {
      var el = scrollers[n], wide = el.scrollWidth > el.clientWidth + 1;
      if (wide && !el.hasAttribute("tabindex")) {
        el.tabIndex = 0;
        el.setAttribute("data-scrolls", "");
      } else if (!wide && el.hasAttribute("data-scrolls")) {
        el.removeAttribute("tabindex");
        el.removeAttribute("data-scrolls");
      }
    }
  }
  var scrollTimer = null;
  function laterMarkScrollers() {
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(markScrollers, 150);
  }
  window.addEventListener("resize", laterMarkScrollers);
  window.addEventListener("hashchange", laterMarkScrollers); /* the single file shows another page */
  if (document.readyState === "complete") markScrollers();
  else window.addEventListener("load", markScrollers);
  markScrollers();
  window.cribMarkScrollers = laterMarkScrollers; /* the playground's output changes width */

  /* TOC: mark the heading being read */
  var tocLinks = document.querySelectorAll(".toc a[href^='#']");
  if (tocLinks.length && "IntersectionObserver" in window) {
    var byId = {};
    for (var j = 0; j < tocLinks.length; j++) byId[decodeURIComponent(tocLinks[j].hash.slice(1))] = tocLinks[j];
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        var link = byId[entry.target.id];
        if (!link) return;
        for (var k = 0; k < tocLinks.length; k++) tocLinks[k].classList.remove("current");
        link.classList.add("current");
      });
    }, { rootMargin: "0px 0px -70% 0px" });
    Object.keys(byId).forEach(function (id) {
      var h = document.getElementById(id);
      if (h) observer.observe(h);
    });
  }
})();
