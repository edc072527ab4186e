// crib serve: live reload and the build-error overlay. Injected into every
// page by `crib serve` only; never part of `crib build` output.
(function () {
  "use strict";
  var built = (window.__CRIB_SERVE__ || {}).version || 0;
  var key = "crib-scroll:" + location.pathname;
  try {
    var saved = sessionStorage.getItem(key);
    if (saved !== null) {
      sessionStorage.removeItem(key);
      var y = +saved;
      var restore = function () { window.scrollTo({ top: y, left: 0, behavior: "instant" }); };
      if (document.readyState === "complete") restore(); else window.addEventListener("load", restore);
      document.addEventListener("DOMContentLoaded", restore);
    }
  } catch (e) {}

  function reload() {
    try { sessionStorage.setItem(key, String(window.scrollY)); } catch (e) {}
    location.reload();
  }

  function overlay(errors) {
    var old = document.getElementById("crib-error-overlay");
    if (old) old.remove();
    if (!errors || !errors.length) return;
    var box = document.createElement("div");
    box.id = "crib-error-overlay";
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,24,.94);" +
      "color:#f4f4f5;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:24px";
    var head = document.createElement("div");
    head.style.cssText = "font-size:16px;font-weight:bold;color:#fca5a5;margin-bottom:12px";
    head.textContent = "Build failed (" + errors.length + " error" + (errors.length === 1 ? "" : "s") +
      "): the page shows the last good build. Fix the file and save.";
    var close = document.createElement("button");
    close.textContent = "Dismiss";
    close.style.cssText = "float:right;font:inherit;padding:2px 10px";
    close.onclick = function () { box.remove(); };
    head.appendChild(close);
    box.appendChild(head);
    errors.forEach(function (e) {
      var item = document.createElement("div");
      item.className = "crib-error";
      item.style.cssText = "border-left:4px solid #f87171;padding:8px 12px;margin:12px 0;background:#27272a";
      var where = document.createElement("div");
      where.className = "crib-error-location";
      where.style.cssText = "color:#fde68a";
      where.textContent = e.file + ":" + e.line + ":" + e.column;
      var msg = document.createElement("div");
      msg.className = "crib-error-message";
      msg.textContent = e.message;
      item.appendChild(where);
      item.appendChild(msg);
      if (e.excerpt) {
        var pre = document.createElement("pre");
        pre.style.cssText = "white-space:pre-wrap;margin:8px 0 0;color:#d4d4d8";
        pre.textContent = e.excerpt;
        item.appendChild(pre);
      }
      box.appendChild(item);
    });
    (document.body || document.documentElement).appendChild(box);
  }
  window.__cribOverlay = overlay;

  if (!window.EventSource) return;
  var source = new EventSource("/__crib/events");
  source.addEventListener("hello", function (ev) {
    var data = JSON.parse(ev.data);
    if (built && data.version !== built) return reload();
    overlay(data.errors);
  });
  source.addEventListener("reload", function (ev) {
    var data = JSON.parse(ev.data);
    if (data.version !== built) reload();
  });
  source.addEventListener("errors", function (ev) {
    overlay(JSON.parse(ev.data).errors);
  });
})();
