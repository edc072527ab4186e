/* crib playground: Run, Edit, Reset and Step through for every runnable
 * example (`div.pg` placed by the generator under a JavaScript code block,
 * holding the build-time output).
 *
 * Nothing heavy loads with the page. The engine (worker source + wasm) loads
 * on the first sign of interest in an example (pointer over it, focus in it)
 * or on the first Run. Runs happen in a Web Worker made from a Blob URL (so
 * file:// works); the wasm is compiled once on the page, streamed over
 * http(s), or decoded from a base64 script from file://, and handed to each
 * worker. A watchdog ends a run after WATCHDOG_MS of wall time, discards the
 * worker and says so; the next Run gets a fresh one.
 *
 * npm packages the playground carries (Express and its dependencies) are
 * not part of that first download: a run whose program (or virtual files)
 * names one with `require`/`import` first loads `packages/<name>.js` (a
 * script, so file:// works; inline in the single file) and hands it to the
 * worker once.
 *
 * Everything a program prints is inserted as text, never as HTML.
 */
(function () {
  "use strict";
  var WATCHDOG_MS = 5000;
  /** The npm packages the runtime can load (filled in by `crib build`). */
  var PACKAGES = [];
  var TRACE_LIMIT = 5000;
  var script = document.currentScript;
  var BASE = script && script.src ? script.src.replace(/[^/]*$/, "") : "static/playground/";
  var BADGES = {};

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  // ---------------------------------------------------------------- engine

  var engine = {
    modulePromise: null, // Promise<WebAssembly.Module>
    srcPromise: null, // Promise<string> (worker source)
    worker: null, // {w, ready: Promise, busy}
    nextId: 1,
    pending: null // {id, resolve, timer}
  };

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src;
      s.async = true;
      s.onload = function () { resolve(); };
      s.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.appendChild(s);
    });
  }

  function workerSource() {
    if (!engine.srcPromise) {
      engine.srcPromise = window.__cribPlaygroundWorker
        ? Promise.resolve(window.__cribPlaygroundWorker)
        : loadScript(BASE + "worker-src.js").then(function () { return window.__cribPlaygroundWorker; });
    }
    return engine.srcPromise;
  }

  function decodeBase64(b64) {
    var bin = atob(b64), n = bin.length, bytes = new Uint8Array(n);
    for (var i = 0; i < n; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
  }

  function compileFromBase64() {
    var ready = window.__cribPlaygroundWasm ? Promise.resolve() : loadScript(BASE + "playground-wasm.js");
    return ready.then(function () {
      var bytes = decodeBase64(window.__cribPlaygroundWasm);
      return WebAssembly.compile(bytes);
    });
  }

  function wasmModule() {
    if (!engine.modulePromise) {
      var http = /^https?:$/.test(location.protocol) && /^https?:/.test(BASE) && !window.__cribPlaygroundWasm;
      if (http && WebAssembly.compileStreaming) {
        engine.modulePromise = WebAssembly.compileStreaming(fetch(BASE + "playground.wasm"))
          .catch(function () { return compileFromBase64(); });
      } else {
        engine.modulePromise = compileFromBase64();
      }
      engine.modulePromise.catch(function () { engine.modulePromise = null; });
    }
    return engine.modulePromise;
  }

  /** extras.js (module comparison, starvation check, link compression), once. */
  var extrasPromise = null;
  function extras() {
    if (!extrasPromise) {
      extrasPromise = window.cribPlaygroundExtras
        ? Promise.resolve(window.cribPlaygroundExtras)
        : loadScript(BASE + "extras.js").then(function () { return window.cribPlaygroundExtras; });
      extrasPromise.catch(function () { extrasPromise = null; });
    }
    return extrasPromise;
  }

  /** Starts loading everything a run needs; cheap to call again. */
  function warm() {
    return Promise.all([wasmModule(), workerSource()]);
  }

  function newWorker() {
    return warm().then(function (parts) {
      var module = parts[0], src = parts[1];
      var url = URL.createObjectURL(new Blob([src], { type: "text/javascript" }));
      var w = new Worker(url);
      URL.revokeObjectURL(url);
      var slot = { w: w, dead: false };
      slot.ready = new Promise(function (resolve, reject) {
        w.onmessage = function (e) {
          var m = e.data;
          if (m.type === "ready") resolve(slot);
          else if (m.type === "init-error") reject(new Error(m.message));
          else onWorkerMessage(slot, m);
        };
        w.onerror = function (e) {
          e.preventDefault();
          reject(new Error(e.message || "the worker failed to start"));
          onWorkerMessage(slot, { type: "crash", id: engine.pending && engine.pending.id, message: "The playground worker failed: " + (e.message || "unknown error") });
        };
      });
      w.postMessage({ type: "init", module: module });
      return slot.ready;
    });
  }

  function getWorker() {
    if (!engine.worker) {
      engine.worker = newWorker();
      engine.worker.catch(function () { engine.worker = null; });
    }
    return engine.worker;
  }

  function discardWorker() {
    var current = engine.worker;
    engine.worker = null;
    if (current) current.then(function (slot) { slot.dead = true; slot.w.terminate(); }, function () {});
  }

  function onWorkerMessage(slot, m) {
    var p = engine.pending;
    if (!p || m.id !== p.id) return;
    engine.pending = null;
    clearTimeout(p.timer);
    if (m.type === "crash") {
      discardWorker();
      p.resolve({ crash: m.message });
    } else {
      p.resolve({ result: m.result, heap: m.heap, ms: m.ms });
    }
  }

  /** The packages a run's program or virtual files name (`require('x')`, `from 'x'`, `import('x')`). */
  function packagesNamed(options) {
    var texts = [options.source || ""];
    (options.files || []).forEach(function (f) { texts.push(f[1] || ""); });
    return PACKAGES.filter(function (name) {
      var q = name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
      var re = new RegExp("(?:require\\s*\\(\\s*|\\bfrom\\s*|\\bimport\\s*\\(?\\s*)['\"`]" + q + "(?:/[^'\"`]*)?['\"`]");
      return texts.some(function (t) { return re.test(t); });
    });
  }

  var packageScripts = {}; // name -> Promise (script loaded)
  function packageJson(name) {
    var have = function () { return window.__cribPackages && window.__cribPackages[name]; };
    if (!packageScripts[name]) {
      packageScripts[name] = have() ? Promise.resolve() : loadScript(BASE + "packages/" + name + ".js");
      packageScripts[name].catch(function () { packageScripts[name] = null; });
    }
    return packageScripts[name].then(have);
  }

  /** Hands the packages a run needs to the worker, each once per worker. */
  function withPackages(slot, options) {
    var names = packagesNamed(options).filter(function (n) { return !(slot.packages && slot.packages[n]); });
    if (!names.length) return Promise.resolve(slot);
    return Promise.all(names.map(function (n) {
      return packageJson(n).then(function (json) {
        if (!json) return;
        slot.packages = slot.packages || {};
        slot.packages[n] = true;
        slot.w.postMessage({ type: "package", json: json });
      }, function () { /* not loadable: the run reports the missing module */ });
    })).then(function () { return slot; });
  }

  /** Runs options in the worker; resolves with {result} | {crash} | {timeout}. */
  function execute(options) {
    var cold = !engine.worker;
    return getWorker().then(function (slot) {
      return withPackages(slot, options);
    }).then(function (slot) {
      return new Promise(function (resolve) {
        if (engine.pending) engine.pending.resolve({ crash: "Superseded by another run." });
        var id = engine.nextId++;
        var p = { id: id, resolve: resolve };
        p.timer = setTimeout(function () {
          if (engine.pending !== p) return;
          engine.pending = null;
          discardWorker();
          resolve({ timeout: true });
        }, WATCHDOG_MS);
        engine.pending = p;
        slot.w.postMessage({ type: "run", id: id, options: options });
      });
    }, function (err) {
      return { crash: "The playground could not start: " + (err && err.message || err) };
    }).then(function (r) { r.cold = cold; return r; });
  }

  // ------------------------------------------------------------- rendering

  function fmtTime(ms) { return Math.floor(ms || 0) + " ms"; }

  /** Output events -> one row per printed line (matches the build-time HTML). */
  function renderLines(list, events) {
    list.textContent = "";
    var any = false;
    events.forEach(function (ev) {
      var text = ev.text;
      if (text.endsWith("\n")) text = text.slice(0, -1);
      text.split("\n").forEach(function (line) {
        any = true;
        var b = BADGES[ev.phase] || [ev.phase, ev.phase];
        var li = el("li", "pg-line pg-" + ev.stream);
        li.setAttribute("data-phase", ev.phase);
        var badge = el("span", "pg-badge pg-b-" + ev.phase, b[0]);
        badge.title = b[1];
        li.appendChild(badge);
        li.appendChild(el("span", "pg-time", fmtTime(ev.time_ms)));
        li.appendChild(el("span", "pg-text", line));
        list.appendChild(li);
      });
    });
    if (!any) list.appendChild(el("li", "pg-line pg-empty", "(no output)"));
  }

  function renderResult(ex, r) {
    var out = ex.output;
    out.hidden = false;
    out.querySelector(".pg-source").textContent = "browser run";
    var lines = out.querySelector(".pg-lines");
    var exit = out.querySelector(".pg-exit");
    var notes = out.querySelector(".pg-notes");
    notes.textContent = "";
    // The build-time timeline describes the build-time run only.
    var timeline = out.querySelector(".pg-timeline");
    if (timeline) timeline.remove();
    if (r.timeout) {
      lines.textContent = "";
      var li = el("li", "pg-line pg-stderr pg-stopped");
      li.appendChild(el("span", "pg-text", "Stopped after " + WATCHDOG_MS / 1000 + " s of wall time: the program did not finish (an endless loop?). The playground was restarted; you can edit and run again."));
      lines.appendChild(li);
      exit.textContent = "stopped";
      exit.className = "pg-exit pg-exit-bad";
      return;
    }
    if (r.crash) {
      lines.textContent = "";
      var li2 = el("li", "pg-line pg-stderr pg-stopped");
      li2.appendChild(el("span", "pg-text", r.crash));
      lines.appendChild(li2);
      exit.textContent = "stopped";
      exit.className = "pg-exit pg-exit-bad";
      return;
    }
    var res = r.result;
    renderLines(lines, res.output);
    if (window.cribMarkScrollers) window.cribMarkScrollers();
    exit.textContent = "exit " + res.exit_code;
    exit.className = "pg-exit" + (res.exit_code === 0 ? "" : " pg-exit-bad");
    (res.notes || []).forEach(function (n) {
      notes.appendChild(el("p", "pg-note", "Order can vary in real Node: " + n.message));
    });
    if (res.limit) notes.appendChild(el("p", "pg-note pg-limit", "Stopped by a limit: " + res.limit.message));
  }

  // ---------------------------------------------------------------- editor

  function lineStart(v, pos) { return v.lastIndexOf("\n", pos - 1) + 1; }

  function insert(ta, text) {
    ta.focus();
    if (!document.execCommand || !document.execCommand("insertText", false, text)) {
      ta.setRangeText(text, ta.selectionStart, ta.selectionEnd, "end");
    }
  }

  function editorKeys(ta, onRun) {
    ta.addEventListener("keydown", function (e) {
      if ((e.ctrlKey || e.metaKey) && e.key === "Enter") { e.preventDefault(); onRun(); return; }
      if (e.key === "Escape") { ta.blur(); return; }
      var v = ta.value, s = ta.selectionStart, end = ta.selectionEnd;
      if (e.key === "Tab" && !e.altKey && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        var ls = lineStart(v, s);
        if (s === end && !e.shiftKey) { insert(ta, "  "); return; }
        // Indent or dedent every selected line.
        var block = v.slice(ls, end);
        var changed = e.shiftKey
          ? block.replace(/^ {1,2}/gm, "")
          : block.replace(/^/gm, "  ");
        ta.setSelectionRange(ls, end);
        insert(ta, changed);
        ta.setSelectionRange(ls, ls + changed.length);
        return;
      }
      if (e.key === "Enter" && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey) {
        var ls2 = lineStart(v, s);
        var indent = /^[ \t]*/.exec(v.slice(ls2, s))[0];
        if (/[{([]\s*$/.test(v.slice(ls2, s))) indent += "  ";
        e.preventDefault();
        insert(ta, "\n" + indent);
      }
    });
    ta.addEventListener("input", function () { fit(ta); });
  }

  function fit(ta) {
    ta.style.height = "auto";
    ta.style.height = ta.scrollHeight + 2 + "px";
  }

  // Highlighting while typing: a <pre> under a transparent textarea, with
  // the same font, padding and wrapping; re-tokenised on every input.
  var KEYWORDS = /^(?:async|await|break|case|catch|class|const|continue|debugger|default|delete|do|else|export|extends|finally|for|from|function|if|import|in|instanceof|let|new|of|return|static|super|switch|this|throw|try|typeof|var|void|while|with|yield)$/;
  var CONSTANTS = /^(?:true|false|null|undefined|NaN|Infinity)$/;
  var TOKEN = /(\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$))|('(?:[^'\\\n]|\\.)*'?|"(?:[^"\\\n]|\\.)*"?|`(?:[^`\\]|\\[\s\S])*`?)|(\b(?:0[xob][\da-f_]+|\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?)n?\b)|([A-Za-z_$][\w$]*)(?=(\s*\()?)/gi;

  function highlightInto(pre, code) {
    pre.textContent = "";
    var last = 0, m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(code))) {
      if (m.index > last) pre.appendChild(document.createTextNode(code.slice(last, m.index)));
      var cls = null;
      if (m[1]) cls = "pg-hl-c";
      else if (m[2]) cls = "pg-hl-s";
      else if (m[3]) cls = "pg-hl-n";
      else if (m[4]) cls = KEYWORDS.test(m[4]) ? "pg-hl-k" : CONSTANTS.test(m[4]) ? "pg-hl-n" : m[5] ? "pg-hl-f" : null;
      if (cls) pre.appendChild(el("span", cls, m[0]));
      else pre.appendChild(document.createTextNode(m[0]));
      last = m.index + m[0].length;
      if (m[0].length === 0) TOKEN.lastIndex++;
    }
    pre.appendChild(document.createTextNode(code.slice(last) + "\n"));
  }

  function makeEditor(value, onRun) {
    var wrap = el("div", "pg-editor-wrap");
    var under = el("pre", "pg-editor-hl");
    under.setAttribute("aria-hidden", "true");
    var ta = el("textarea", "pg-editor");
    ta.spellcheck = false;
    ta.setAttribute("autocapitalize", "off");
    ta.setAttribute("autocomplete", "off");
    ta.setAttribute("aria-label", "Edit the example (Tab indents, Esc then Tab leaves, Ctrl+Enter runs)");
    ta.value = value;
    wrap.appendChild(under);
    wrap.appendChild(ta);
    editorKeys(ta, onRun);
    var paint = function () { highlightInto(under, ta.value); under.scrollLeft = ta.scrollLeft; };
    ta.addEventListener("input", paint);
    ta.addEventListener("scroll", function () { under.scrollLeft = ta.scrollLeft; under.scrollTop = ta.scrollTop; });
    paint();
    return { wrap: wrap, ta: ta };
  }

  // ------------------------------------------------------------ visualiser

  var QUEUES = [
    ["stack", "Call stack"],
    ["nextTick", "nextTick queue"],
    ["microtask", "Microtask queue"],
    ["timers", "Timers"],
    ["poll", "Pending I/O"],
    ["check", "Immediates"],
    ["close", "Close queue"]
  ];

  function queueKey(q) { return q === "pending" ? "poll" : q; }

  /** `label @ 3:14` (where the runtime saw it queued) -> {line, column}. */
  function queuedAt(label) {
    var m = / @ (\d+):(\d+)$/.exec(label || "");
    return m ? { line: +m[1], column: +m[2] } : null;
  }

  function positive(n) { return typeof n === "number" && n >= 1 ? n : null; }

  /**
   * State after applying trace[0..n). The source-line marker (`st.line`,
   * with `st.mark` saying how it is known):
   * - "exact": the runtime reported the line (`line` on callbackStart, or on
   *   an output event);
   * - "queued": the callback's start is unknown, its queueing place is shown
   *   (the Enqueue label's `@ line:col`);
   * - "guess": a line of the main script holding the printed text literally.
   * No marker when none of these is known.
   */
  function replay(trace, n, source, output) {
    var st = { stack: [], queues: {}, output: [], phase: "main", iteration: 0, time: 0, line: null, mark: null, what: "" };
    QUEUES.forEach(function (q) { st.queues[q[0]] = []; });
    st.stack.push({ label: "main script", queue: "main" });
    var queued = {};
    function mark(line, how) { st.line = line; st.mark = line ? how : null; }
    for (var i = 0; i < n && i < trace.length; i++) {
      var ev = trace[i];
      st.time = ev.time_ms;
      switch (ev.kind) {
        case "enqueue":
          (st.queues[queueKey(ev.queue)] || (st.queues[queueKey(ev.queue)] = [])).push(ev);
          queued[ev.id] = queuedAt(ev.label);
          st.what = "queued " + ev.label + " on " + qname(ev.queue) + (ev.due_ms != null ? " (due at " + fmtTime(ev.due_ms) + ")" : "");
          break;
        case "dequeue":
          // Queues other than the timers are first in, first out: when the
          // id is not one that was queued (a promise job's), take the oldest.
          if (!remove(st.queues[queueKey(ev.queue)], ev.id) && ev.queue !== "timers") {
            (st.queues[queueKey(ev.queue)] || []).shift();
          }
          st.what = "took the next callback from " + qname(ev.queue);
          break;
        case "callbackStart":
          remove(st.queues[queueKey(ev.queue)], ev.id);
          // A queued callback only runs once the main script has finished.
          if (st.stack.length && st.stack[0].queue === "main") st.stack.shift();
          var exact = positive(ev.line);
          var at = exact ? null : queued[ev.id];
          st.stack.push({ label: ev.label, queue: ev.queue, id: ev.id, line: exact || (at && at.line), mark: exact ? "exact" : at ? "queued" : null });
          st.what = "running " + ev.label + " (" + (BADGES[ev.queue] || [ev.queue])[0] + ")";
          if (exact) mark(exact, "exact");
          else mark(at && at.line, "queued");
          break;
        case "callbackEnd":
          for (var j = st.stack.length - 1; j >= 0; j--) {
            if (st.stack[j].id === ev.id) { st.stack.splice(j, 1); break; }
          }
          // Back to the callback that is still running, if any.
          var top = st.stack[st.stack.length - 1];
          if (top && top.queue !== "main") mark(top.line, top.mark);
          else mark(null, null);
          st.what = "callback finished";
          break;
        case "frameEnter":
          // A step inside a callback the runtime names (an Express
          // middleware, a route handler): shown on the call stack.
          st.stack.push({ label: ev.label, queue: "frame", frame: true });
          st.what = ev.label;
          break;
        case "frameLeave":
          for (var k = st.stack.length - 1; k >= 0; k--) {
            if (st.stack[k].frame) { st.stack.splice(k, 1); break; }
          }
          st.what = "returned from " + (ev.label || "the frame");
          break;
        case "phaseEnter":
          if (st.stack.length && st.stack[0].queue === "main") st.stack.shift();
          st.phase = ev.phase;
          st.iteration = ev.iteration;
          st.what = "loop iteration " + ev.iteration + ": entering the " + ev.phase + " phase";
          break;
        case "phaseLeave":
          st.what = "leaving the " + ev.phase + " phase";
          break;
        case "output":
          st.output.push({ stream: ev.stream, text: ev.text, time_ms: ev.time_ms, phase: (output[st.output.length] || {}).phase || "main" });
          st.what = "printed " + JSON.stringify(ev.text.replace(/\n$/, ""));
          if (positive(ev.line)) {
            mark(ev.line, "exact");
          } else if (st.mark !== "exact") {
            // Unknown: a line printing this text literally, else keep the marker.
            var guess = lineOf(source, ev.text);
            if (guess) mark(guess, "guess");
          }
          break;
      }
    }
    return st;
  }

  var MARKS = {
    exact: "the line running now",
    queued: "where the running callback was queued (its own line is not known)",
    guess: "probably the line that printed the last output"
  };

  function qname(q) {
    var map = { nextTick: "the nextTick queue", microtask: "the microtask queue", timers: "the timers list", poll: "pending I/O", pending: "pending I/O", check: "the immediate queue", close: "the close queue", main: "main" };
    return map[q] || q;
  }

  function remove(list, id) {
    if (!list) return false;
    for (var i = 0; i < list.length; i++) if (list[i].id === id) { list.splice(i, 1); return true; }
    return false;
  }

  /** The source line that most likely printed text: one holding it as a literal. */
  function lineOf(source, text) {
    var first = text.replace(/\n[\s\S]*$/, "").trim();
    if (!first) return null;
    var lines = source.split("\n");
    for (var i = 0; i < lines.length; i++) {
      var l = lines[i];
      if (l.indexOf(first) >= 0 && /console\.|process\.std|write/.test(l)) return i + 1;
    }
    return null;
  }

  function buildVisualiser(ex) {
    var box = el("section", "pg-vis");
    box.setAttribute("aria-label", "Event loop step-through");
    var bar = el("div", "pg-vis-bar");
    var back = el("button", "pg-btn pg-back", "◀ Back");
    var play = el("button", "pg-btn pg-play", "▶ Play");
    var next = el("button", "pg-btn pg-next", "Next ▶");
    var close = el("button", "pg-btn pg-vis-close", "Close");
    [back, play, next, close].forEach(function (b) { b.type = "button"; bar.appendChild(b); });
    var pos = el("span", "pg-vis-pos");
    pos.setAttribute("aria-live", "polite");
    bar.appendChild(pos);
    var stepLink = el("a", "pg-vis-link", "Link to this step");
    bar.appendChild(stepLink);
    box.appendChild(bar);
    var what = el("p", "pg-vis-what");
    box.appendChild(what);
    var grid = el("div", "pg-vis-grid");
    var cols = {};
    QUEUES.forEach(function (q) {
      var c = el("div", "pg-vis-col pg-q-" + q[0]);
      c.setAttribute("data-queue", q[0]);
      c.appendChild(el("h4", null, q[1]));
      var ul = el("ol", "pg-vis-items");
      c.appendChild(ul);
      grid.appendChild(c);
      cols[q[0]] = ul;
    });
    box.appendChild(grid);
    var lower = el("div", "pg-vis-lower");
    var srcBox = el("div", "pg-vis-src");
    srcBox.appendChild(el("h4", null, "Source"));
    var markNote = el("p", "pg-vis-mark");
    srcBox.appendChild(markNote);
    var src = el("ol", "pg-vis-code");
    srcBox.appendChild(src);
    var outBox = el("div", "pg-vis-out");
    outBox.appendChild(el("h4", null, "Output so far"));
    var outList = el("ol", "pg-lines");
    outBox.appendChild(outList);
    lower.appendChild(srcBox);
    lower.appendChild(outBox);
    box.appendChild(lower);

    var vis = { box: box, trace: [], step: 0, timer: null, source: "", output: [] };

    function item(text, due) {
      var li = el("li", null, text);
      if (due != null) li.appendChild(el("span", "pg-due", " @ " + fmtTime(due)));
      return li;
    }

    function show() {
      var n = vis.step, st = replay(vis.trace, n, vis.source, vis.output);
      stepLink.href = linkTo(ex.pg, "step-" + n);
      pos.textContent = "Step " + n + " of " + vis.trace.length + " · " + st.phase + " · iteration " + st.iteration + " · " + fmtTime(st.time);
      what.textContent = n === 0 ? "Before the program starts. Press Next to step through the event loop." : st.what;
      QUEUES.forEach(function (q) {
        var ul = cols[q[0]];
        ul.textContent = "";
        var items = q[0] === "stack" ? st.stack.slice().reverse() : st.queues[q[0]];
        (items || []).forEach(function (it) {
          ul.appendChild(item(it.label, q[0] === "timers" ? it.due_ms : null));
        });
        ul.parentNode.classList.toggle("pg-empty-q", !items || !items.length);
      });
      var rows = src.children, marked = null;
      for (var i = 0; i < rows.length; i++) {
        var on = st.line === i + 1 && n > 0;
        rows[i].classList.toggle("pg-running", on);
        rows[i].classList.toggle("pg-approx", on && st.mark !== "exact");
        if (on) { rows[i].setAttribute("aria-current", "step"); marked = rows[i]; } else rows[i].removeAttribute("aria-current");
      }
      markNote.textContent = marked ? "Line " + st.line + ": " + MARKS[st.mark] : "";
      if (marked && src.scrollHeight > src.clientHeight) src.scrollTop = marked.offsetTop - src.clientHeight / 2;
      renderLines(outList, st.output);
      var focused = document.activeElement;
      back.disabled = n === 0;
      next.disabled = n >= vis.trace.length;
      // A button disabled under the focus would drop it (and the keys) to the page.
      if (focused && focused.disabled && box.contains(focused)) box.focus();
    }

    function stopPlay() {
      clearInterval(vis.timer);
      vis.timer = null;
      play.textContent = "▶ Play";
      play.setAttribute("aria-pressed", "false");
    }

    back.onclick = function () { stopPlay(); if (vis.step > 0) { vis.step--; show(); } };
    next.onclick = function () { stopPlay(); if (vis.step < vis.trace.length) { vis.step++; show(); } };
    play.onclick = function () {
      if (vis.timer) { stopPlay(); return; }
      if (vis.step >= vis.trace.length) vis.step = 0;
      play.textContent = "❚❚ Pause";
      play.setAttribute("aria-pressed", "true");
      vis.timer = setInterval(function () {
        if (vis.step >= vis.trace.length) { stopPlay(); return; }
        vis.step++;
        show();
      }, 700);
    };
    close.onclick = function () { stopPlay(); box.hidden = true; ex.visBtn.focus(); };
    // Keyboard anywhere in the visualiser: ← → step, Home/End jump,
    // Space plays or pauses (a focused button keeps its own Space/Enter).
    box.tabIndex = -1;
    box.addEventListener("keydown", function (e) {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      var onButton = e.target.tagName === "BUTTON";
      if (e.key === "ArrowRight") { next.click(); e.preventDefault(); }
      else if (e.key === "ArrowLeft") { back.click(); e.preventDefault(); }
      else if (e.key === "Home") { stopPlay(); vis.go(0); e.preventDefault(); }
      else if (e.key === "End") { stopPlay(); vis.go(vis.trace.length); e.preventDefault(); }
      else if (e.key === " " && !onButton) { play.click(); e.preventDefault(); }
    });
    vis.go = function (n) {
      vis.step = Math.max(0, Math.min(vis.trace.length, n));
      show();
    };

    var starvedNote = el("p", "pg-note pg-vis-starved");
    starvedNote.hidden = true;
    box.insertBefore(starvedNote, what.nextSibling);

    vis.load = function (trace, source, output, limit) {
      stopPlay();
      starvedNote.hidden = true;
      extras().then(function (x) {
        var starved = x.starvation(trace, limit);
        starvedNote.textContent = starved || "";
        starvedNote.hidden = !starved;
      }, function () {});
      vis.trace = trace;
      vis.output = output;
      vis.source = source;
      vis.step = 0;
      src.textContent = "";
      source.replace(/\n$/, "").split("\n").forEach(function (l) { src.appendChild(el("li", null, l || " ")); });
      box.hidden = false;
      show();
    };
    return vis;
  }

  // --------------------------------------------------------------- examples

  function setup(pg) {
    var block = pg.closest(".code-block") || pg.parentNode;
    var pre = block.querySelector("pre");
    var code = pre && pre.querySelector("code");
    if (!pre || !code || pg.classList.contains("pg-missing")) return;
    var original = code.textContent;
    var ex = {
      pg: pg,
      pre: pre,
      output: pg.querySelector(".pg-output"),
      originalOutput: null,
      ta: null,
      busy: false,
      vis: null
    };
    ex.originalOutput = ex.output.cloneNode(true);
    var files = [];
    try { files = JSON.parse(pg.getAttribute("data-files") || "[]"); } catch (e) {}
    var presetStdin = pg.getAttribute("data-stdin");
    var filename = pg.getAttribute("data-filename") || "main.js";

    var bar = el("div", "pg-toolbar");
    bar.setAttribute("role", "toolbar");
    bar.setAttribute("aria-label", "Example");
    var run = el("button", "pg-btn pg-run", "▶ Run");
    run.title = "Run (Ctrl+Enter)";
    var edit = el("button", "pg-btn pg-edit", "Edit");
    var reset = el("button", "pg-btn pg-reset", "Reset");
    var step = el("button", "pg-btn pg-step", "Step through");
    // CommonJS or ES module: the same code under main.cjs or main.mjs.
    var esm = filename.endsWith(".mjs");
    var moduleBtn = el("button", "pg-btn pg-module");
    moduleBtn.title = "Run the same code as CommonJS (.cjs) or as an ES module (.mjs)";
    var share = el("button", "pg-btn pg-share", "Copy link");
    share.title = "A link that opens this example with your edit";
    reset.hidden = true;
    share.hidden = true;
    [run, edit, reset, step, moduleBtn, share].forEach(function (b) { b.type = "button"; bar.appendChild(b); });
    function showModule() {
      // A toggle: pressed runs the code as an ES module, else as CommonJS.
      moduleBtn.textContent = "ES module";
      moduleBtn.setAttribute("aria-pressed", esm ? "true" : "false");
      pg.setAttribute("data-module", esm ? "esm" : "cjs");
    }
    showModule();
    var edited = el("span", "pg-edited", "edited");
    edited.hidden = true;
    bar.appendChild(edited);
    var status = el("span", "pg-status");
    status.setAttribute("role", "status");
    bar.appendChild(status);
    ex.visBtn = step;
    pg.insertBefore(bar, pg.firstChild);

    var stdinWrap = null, stdinBox = null;
    var wantsStdin = presetStdin != null || /readline|process\.stdin/.test(original);
    if (wantsStdin) {
      stdinWrap = el("label", "pg-stdin");
      stdinWrap.appendChild(el("span", null, "stdin"));
      stdinBox = el("textarea");
      stdinBox.rows = 2;
      stdinBox.spellcheck = false;
      stdinBox.value = presetStdin || "";
      stdinWrap.appendChild(stdinBox);
      pg.insertBefore(stdinWrap, bar.nextSibling);
    }

    function source() { return ex.ta ? ex.ta.value : original; }

    function moduleFile(asEsm) {
      if (asEsm) return "main.mjs";
      return filename.endsWith(".mjs") ? "main.cjs" : filename;
    }

    function options(trace) {
      var o = {
        source: source(),
        filename: moduleFile(esm),
        stdin: stdinBox ? stdinBox.value : presetStdin,
        files: files,
        trace: !!trace
      };
      // A trace of millions of callbacks cannot be stepped through (nor
      // sent to the page): traced runs stop far sooner, which is also what
      // shows a queue starving the timers.
      if (trace) o.limits = { microtasks: TRACE_LIMIT, callbacks: TRACE_LIMIT };
      return o;
    }

    function doRun(trace) {
      if (ex.busy) return Promise.resolve(null);
      ex.busy = true;
      run.disabled = true;
      step.disabled = true;
      pg.setAttribute("aria-busy", "true");
      status.textContent = engine.worker ? "Running…" : "Loading the playground…";
      var t0 = performance.now();
      return execute(options(trace)).then(function (r) {
        ex.busy = false;
        run.disabled = false;
        step.disabled = false;
        pg.removeAttribute("aria-busy");
        renderResult(ex, r);
        var ms = performance.now() - t0;
        pg.setAttribute("data-run-ms", ms.toFixed(1));
        pg.setAttribute("data-run-cold", r.cold ? "1" : "0");
        if (r.heap) pg.setAttribute("data-heap", String(r.heap));
        pg.setAttribute("data-runs", String(+(pg.getAttribute("data-runs") || 0) + 1));
        status.textContent = r.timeout ? "Stopped (took too long)" : r.crash ? "Stopped" : "Done in " + Math.round(ms) + " ms";
        return r;
      });
    }

    run.onclick = function () { doRun(false); };
    moduleBtn.onclick = function () {
      esm = !esm;
      showModule();
      doRun(false).then(function (r) {
        if (!r || !r.result) return;
        var other = options(false);
        other.filename = moduleFile(!esm);
        return Promise.all([execute(other), extras()]).then(function (both) {
          var o = both[0];
          if (o && o.result) both[1].compareModules(ex, r.result.output, o.result.output, esm);
        });
      });
    };
    /** Runs with a trace and opens the visualiser at step `at` (default 0). */
    function stepThrough(at) {
      return doRun(true).then(function (r) {
        if (!r || !r.result) return;
        if (!ex.vis) {
          ex.vis = buildVisualiser(ex);
          pg.appendChild(ex.vis.box);
        }
        ex.vis.load(r.result.trace || [], source(), r.result.output || [], r.result.limit);
        if (at) ex.vis.go(at);
        ex.vis.box.querySelector(".pg-next").focus();
      });
    }
    step.onclick = function () { stepThrough(0); };
    pg.cribStepTo = function (n) {
      pg.scrollIntoView({ block: "start" });
      return stepThrough(n);
    };
    function openEditor(value) {
      if (!ex.ta) {
        var ed = makeEditor(value, function () { doRun(false); });
        ex.ta = ed.ta;
        ex.editor = ed.wrap;
        pre.parentNode.insertBefore(ed.wrap, pre.nextSibling);
        pre.hidden = true;
        edit.hidden = true;
        reset.hidden = false;
        share.hidden = false;
        fit(ex.ta);
      }
    }
    edit.onclick = function () {
      openEditor(original);
      ex.ta.focus();
    };
    share.onclick = function () {
      var code = source();
      extras().then(function (x) { x.share(pg, code, status, linkTo); });
    };
    pg.cribRestore = function (code) {
      openEditor(code);
      ex.ta.value = code;
      ex.ta.dispatchEvent(new Event("input"));
      edited.hidden = false;
      pg.classList.add("pg-from-link");
      status.textContent = "Opened with an edit from the link. Reset shows the original.";
    };
    reset.onclick = function () {
      if (ex.ta) { ex.editor.remove(); ex.ta = null; ex.editor = null; }
      pre.hidden = false;
      edit.hidden = false;
      reset.hidden = true;
      share.hidden = true;
      edited.hidden = true;
      if (stdinBox) stdinBox.value = presetStdin || "";
      var fresh = ex.originalOutput.cloneNode(true);
      ex.output.replaceWith(fresh);
      ex.output = fresh;
      if (ex.vis) ex.vis.box.hidden = true;
      status.textContent = "Reset to the original";
      edit.focus();
    };
    block.addEventListener("keydown", function (e) {
      if ((e.ctrlKey || e.metaKey) && e.key === "Enter" && e.target !== ex.ta) { e.preventDefault(); doRun(false); }
    });
    var warmOnce = function () {
      block.removeEventListener("pointerenter", warmOnce);
      block.removeEventListener("focusin", warmOnce);
      getWorker();
    };
    block.addEventListener("pointerenter", warmOnce);
    block.addEventListener("focusin", warmOnce);
  }

  // ------------------------------------------------------- links to examples

  /**
   * The playground's part of the URL fragment: `#example-3/step-12` (the
   * visualiser at a step) or `#example-3/edit/<base64url>` (a shared edit).
   * In the single file the page's section id comes first: `#sf-2/example-3/…`.
   */
  var LINK = /^#(?:(sf-\d+)\/)?(example-\d+)\/(?:step-(\d+)|edit\/(.*))$/;

  /** Where a link to `pg` points: the page's own URL plus the fragment. */
  function linkTo(pg, rest) {
    var section = pg.closest("section.sf-page");
    var hash = "#" + (section ? section.id + "/" : "") + pg.getAttribute("data-example") + "/" + rest;
    return location.href.replace(/#.*$/, "") + hash;
  }

  function init() {
    // Quiz mode is its own script, fetched only where a quiz is.
    if (document.querySelector(".pg-quiz") && !window.cribQuiz) loadScript(BASE + "quiz.js").catch(function () {});
    var all = document.querySelectorAll(".pg");
    for (var i = 0; i < all.length; i++) setup(all[i]);
    var fromHash = function () {
      if (LINK.test(location.hash)) extras().then(function (x) { x.openFromHash(LINK); }, function () {});
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
  }

  window.cribPlayground = { warm: warm, execute: execute, _engine: engine, _replay: replay, _el: el, _decodeBase64: decodeBase64 };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
