/* crib playground extras, fetched on first use (playground.js `extras()`):
 * the CommonJS / ES-module comparison, the starvation check of a traced
 * run, the compression of shared edits and the opening of links to an
 * example (`#example-3/edit/…`, `#example-3/step-12`). Kept out of playground.js so a
 * page weighs the same before any interaction.
 */
(function () {
  "use strict";
  var CSS = ".pg-edited { font-size: 0.75rem; font-weight: 600; padding: 0.05rem 0.45rem; border-radius: 999px; border: 1px solid var(--warning, #9a6700); color: var(--warning, #9a6700); } .pg-share-url { display: block; width: 100%; box-sizing: border-box; margin: 0.3rem 0; font: 0.8rem var(--mono, monospace); padding: 0.3rem; border: 1px solid var(--border, #d0d7de); border-radius: 4px; background: var(--bg, #fff); color: var(--fg, #1f2328); } .pg-vis-link { font-size: 0.8rem; margin-left: auto; } .pg-vis-starved { font-weight: 600; color: var(--caution, #cf222e); } .pg-module[aria-pressed=\"true\"] { border-color: var(--accent, #0550ae); box-shadow: inset 0 0 0 1px var(--accent, #0550ae); font-weight: 600; } .pg-line.pg-differs { background: color-mix(in srgb, var(--warning, #9a6700) 14%, transparent); }";

  // playground.js's helpers (read when called: in the single file this
  // script runs before playground.js).
  function el(tag, cls, text) { return window.cribPlayground._el(tag, cls, text); }
  function replay(trace, n, source, output) { return window.cribPlayground._replay(trace, n, source, output); }
  function decodeBase64(b64) { return window.cribPlayground._decodeBase64(b64); }

  /** Printed lines of a run's output events, in order. */
  function printed(events) {
    var lines = [];
    (events || []).forEach(function (ev) {
      var text = ev.text.endsWith("\n") ? ev.text.slice(0, -1) : ev.text;
      text.split("\n").forEach(function (l) { lines.push(l); });
    });
    return lines;
  }

  /**
   * After a run as one module kind, the same code's run as the other:
   * the rows printed in a different place are marked, with the reason.
   */
  function compareModules(ex, mine, theirs, esm) {
    var a = printed(mine), b = printed(theirs);
    var rows = ex.output.querySelectorAll(".pg-lines .pg-line"), differ = [];
    for (var i = 0; i < rows.length; i++) {
      var d = a[i] !== b[i];
      rows[i].classList.toggle("pg-differs", d);
      if (d) differ.push(i + 1);
    }
    if (b.length > a.length) differ.push(a.length + 1);
    var other = esm ? "CommonJS" : "an ES module";
    var note = el("p", "pg-note pg-module-note");
    if (!differ.length) {
      note.textContent = "Same output as " + other + ".";
    } else {
      note.textContent = "The order differs from " + other + " at line" + (differ.length > 1 ? "s " : " ") + differ.join(", ") +
        " (" + b.join(" · ") + " there). In an ES module the main body is itself async: it ends inside a promise job, so the promise jobs it queued run before its nextTick callbacks; in CommonJS nextTick runs first (nodejs/node#52978).";
    }
    ex.output.querySelector(".pg-notes").appendChild(note);
    ex.pg.setAttribute("data-module-diff", differ.join(","));
  }

  /**
   * A run stopped by a limit while timers (or immediates) were still
   * queued and the last callbacks were all nextTick or promise jobs: the
   * loop never got past the queues that drain between callbacks.
   */
  function starvation(trace, limit) {
    if (!limit || !trace.length) return null;
    var st = replay(trace, trace.length, "", []);
    var waiting = (st.queues.timers || []).length + (st.queues.check || []).length + (st.queues.poll || []).length;
    var last = [];
    for (var i = trace.length - 1; i >= 0 && last.length < 20; i--) {
      if (trace[i].kind === "callbackStart") last.push(trace[i].queue);
    }
    if (!waiting || !last.length) return null;
    var ticks = last.every(function (q) { return q === "nextTick"; });
    var micro = last.every(function (q) { return q === "nextTick" || q === "microtask"; });
    if (!micro) return null;
    return "Timers are starved: the " + (ticks ? "nextTick" : "microtask") + " queue never empties, so the loop never reaches the timers phase (" + waiting + " callback" + (waiting === 1 ? "" : "s") + " still waiting).";
  }

  // Compressed text in a URL: deflate-raw (CompressionStream), base64url.
  var SHARE_LIMIT = 8000;

  function pipe(bytes, stream) {
    return new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer().then(function (b) { return new Uint8Array(b); });
  }

  function pack(text) {
    return pipe(new TextEncoder().encode(text), new CompressionStream("deflate-raw")).then(function (bytes) {
      var bin = "";
      for (var i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
      return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    });
  }

  function unpack(text) {
    return Promise.resolve().then(function () {
      if (!text || !/^[A-Za-z0-9_-]+$/.test(text) || typeof DecompressionStream === "undefined") throw new Error("malformed");
      var b64 = text.replace(/-/g, "+").replace(/_/g, "/");
      while (b64.length % 4) b64 += "=";
      return pipe(decodeBase64(b64), new DecompressionStream("deflate-raw"));
    }).then(function (bytes) {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    });
  }

  function exampleFor(sectionId, exampleId) {
    var scope = sectionId ? document.getElementById(sectionId) : document;
    return scope ? scope.querySelector('.pg[data-example="' + exampleId + '"]') : null;
  }

  function notice(pg, text) {
    var p = el("p", "pg-note pg-link-notice", text);
    p.setAttribute("role", "status");
    if (pg) pg.insertBefore(p, pg.firstChild.nextSibling);
    else (document.getElementById("main") || document.body).insertBefore(p, (document.getElementById("main") || document.body).firstChild);
    return p;
  }

  function openFromHash(LINK) {
    var m = LINK.exec(location.hash);
    if (!m) return;
    var pg = exampleFor(m[1], m[2]);
    if (m[3] != null) {
      if (pg && pg.cribStepTo) pg.cribStepTo(+m[3]);
      return;
    }
    if (!pg || !pg.cribRestore) {
      notice(null, "The link names an example this page does not have (" + m[2] + "); nothing was changed.");
      return;
    }
    unpack(m[4]).then(function (code) {
      pg.cribRestore(code);
    }, function () {
      notice(pg, "The edit in this link could not be read (the link may be cut short), so the original example is shown.");
    });
  }

  /** Copy link: the edit compressed into the URL fragment, within the cap. */
  function share(pg, code, status, linkTo) {
    if (typeof CompressionStream === "undefined") { status.textContent = "This browser cannot make links (no CompressionStream)."; return; }
    pack(code).then(function (payload) {
      if (payload.length > SHARE_LIMIT) {
        status.textContent = "Too long to share as a link: " + payload.length + " characters compressed, the limit is " + SHARE_LIMIT + ". Copy the code instead.";
        pg.setAttribute("data-share", "too-long");
        return;
      }
      var url = linkTo(pg, "edit/" + payload);
      pg.setAttribute("data-share", url);
      var shown = function () {
        var box = pg.querySelector(".pg-share-url") || el("input", "pg-share-url");
        box.readOnly = true;
        box.setAttribute("aria-label", "Link to this edit");
        box.value = url;
        if (!box.parentNode) pg.insertBefore(box, pg.querySelector(".pg-toolbar").nextSibling);
        box.select();
        status.textContent = "Copy the link shown (" + url.length + " characters).";
      };
      var done = function () { status.textContent = "Link copied (" + url.length + " characters)."; };
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(url).then(done, shown);
      else shown();
    });
  }

  // Styles of what only appears after an interaction or a link.
  var style = document.createElement("style");
  style.textContent = CSS;
  document.head.appendChild(style);

  window.cribPlaygroundExtras = {
    share: share,
    openFromHash: openFromHash,
    compareModules: compareModules,
    starvation: starvation,
    pack: pack,
    unpack: unpack,
    SHARE_LIMIT: SHARE_LIMIT
  };
})();
