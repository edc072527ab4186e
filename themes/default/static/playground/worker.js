/* crib playground worker: runs one program at a time in the wasm runtime.
 *
 * This file is appended to the wasm-bindgen "no-modules" glue (which defines
 * the global `wasm_bindgen`) and the whole text is started as a Worker from a
 * Blob URL, so it works from file:// as well as over http(s).
 *
 * Messages in:  {type: "init", module: WebAssembly.Module}
 *               {type: "package", json}      (an npm package snapshot, once per
 *                                             worker, before the run that needs it)
 *               {type: "run", id, options}   (options: a playground RunOptions)
 * Messages out: {type: "ready", ms} | {type: "init-error", message}
 *               {type: "result", id, result, heap, ms}
 *               {type: "crash", id, message, heapLimit}  (the instance is spent)
 */
"use strict";
(function () {
  var ready = false;
  var spent = false;
  self.onmessage = function (e) {
    var msg = e.data || {};
    if (msg.type === "init") {
      var t0 = performance.now();
      try {
        wasm_bindgen.initSync({ module: msg.module });
        ready = true;
        self.postMessage({ type: "ready", ms: performance.now() - t0 });
      } catch (err) {
        self.postMessage({ type: "init-error", message: String(err && err.message || err) });
      }
      return;
    }
    if (msg.type === "package") {
      // Errors surface in the run that needs the package ("Cannot find module").
      try { if (ready && !spent) wasm_bindgen.add_package(msg.json); } catch (err) {}
      return;
    }
    if (msg.type === "run") {
      if (!ready || spent) {
        self.postMessage({ type: "crash", id: msg.id, message: "the playground engine is not ready", heapLimit: false });
        return;
      }
      var start = performance.now();
      try {
        var json = wasm_bindgen.run(JSON.stringify(msg.options));
        var result = JSON.parse(json);
        self.postMessage({
          type: "result",
          id: msg.id,
          result: result,
          heap: wasm_bindgen.heap_bytes(),
          ms: performance.now() - start
        });
      } catch (err) {
        // A trap (abort, out of memory, host stack overflow) leaves the
        // instance unusable: report why and let the page start a new worker.
        spent = true;
        var refused = 0, panic = "", cap = 256 * 1024 * 1024;
        try { refused = wasm_bindgen.heap_limit_hit(); } catch (e2) {}
        try { panic = wasm_bindgen.take_panic(); } catch (e3) {}
        try { cap = wasm_bindgen.heap_cap_bytes(); } catch (e4) {}
        var text = String(err && err.message || err);
        var message;
        if (refused > 0) {
          message = "The program used more than the playground's " + Math.round(cap / 1048576) +
            " MB memory cap (an allocation of " + Math.round(refused / 1048576 * 10) / 10 +
            " MB was refused), so it was stopped.";
        } else if (/call stack|too much recursion/i.test(text)) {
          message = "The program recursed too deeply for the browser's stack, so it was stopped (RangeError: Maximum call stack size exceeded).";
        } else if (panic) {
          message = "The playground engine failed: " + panic;
        } else {
          message = "The playground engine stopped: " + text;
        }
        self.postMessage({ type: "crash", id: msg.id, message: message, heapLimit: refused > 0 });
      }
    }
  };
})();
