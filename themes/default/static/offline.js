/* crib offline reading: registers the site's service worker (sw.js, which
 * precaches the whole build) and links the web app manifest. Only over
 * http(s): from file:// there is nothing to install and nothing to cache. */
(function () {
  "use strict";
  var me = document.currentScript;
  if (!me || !/^https?:$/.test(location.protocol) || !("serviceWorker" in navigator)) return;
  var ROOT = me.src.replace(/static\/offline\.js([?#].*)?$/, "");
  var link = document.createElement("link");
  link.rel = "manifest";
  link.href = ROOT + "manifest.webmanifest";
  document.head.appendChild(link);
  navigator.serviceWorker.register(ROOT + "sw.js", { scope: ROOT, updateViaCache: "none" }).catch(function (err) {
    if (window.console) console.warn("crib: offline reading is unavailable:", err && err.message);
  });
})();
