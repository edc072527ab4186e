/* crib quiz mode: predict an example's output before seeing it.
 *
 * The generator marks quiz examples `div.pg.pg-quiz` and wraps the
 * `// Output:` comment lines of their code in `span.pg-answer`; the theme
 * hides both the output panel and those lines while scripts run and the
 * quiz is unanswered (without scripts the page shows everything).
 *
 * The answer is the build-time run's output already in the page (Node's
 * order, each line with its queue badge). The reader orders the printed
 * lines (drag, or keyboard: Space picks a line up, ↑/↓ move it, Space drops
 * it; Alt+↑/↓ move the focused line at once) or types them, then Check
 * compares line by line, with each expected line's badge and a one-line
 * reason; Reveal gives up. The result per example is kept in localStorage
 * per page, and the page's score is shown under every quiz.
 */
(function () {
  "use strict";
  var BADGES = {
    main: "sync", nextTick: "nextTick", microtask: "microtask", timers: "timer", pending: "I/O",
    poll: "I/O", check: "immediate", close: "close", exit: "exit"
  };
  var REASONS = {
    main: "synchronous code runs to the end before any queued callback",
    nextTick: "nextTick runs before promise jobs, as soon as the current operation ends",
    microtask: "promise jobs run once the nextTick queue is empty, before any timer or I/O",
    timers: "timers run in the timers phase, after nextTick and promise jobs",
    pending: "deferred I/O callbacks run in the pending phase",
    poll: "I/O callbacks run in the poll phase, after the timers",
    check: "setImmediate runs in the check phase, right after poll",
    close: "close callbacks run last in a loop iteration",
    exit: "exit handlers run once the loop has nothing left to do"
  };
  var STORE = "crib-quiz:";
  // The quiz's own styles (only pages with a quiz load this script); the
  // rules that hide answers before it runs are in playground.css.
  var CSS = ".pg-answered .pg-quiz-intro, .pg-answered .pg-quiz-modes, .pg-answered .pg-quiz-lines, .pg-answered .pg-quiz-typed, .pg-answered .pg-quiz-actions .pg-btn { display: none; } .pg-quizbox { margin: 0.5rem 0; padding: 0.6rem 0.8rem; border: 1px solid var(--border, #d0d7de); border-radius: 6px; background: var(--surface, #f6f8fa); } .pg-quiz-intro, .pg-quiz-score { margin: 0 0 0.5rem; color: var(--muted, #57606a); font-size: 0.85rem; } .pg-quiz-score { margin: 0.5rem 0 0; } .pg-quiz-modes, .pg-quiz-actions { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; margin: 0.4rem 0; } .pg-quiz-modes .pg-btn[aria-pressed=\"true\"] { border-color: var(--accent, #0550ae); font-weight: 600; } .pg-quiz-check { background: var(--accent, #0550ae); border-color: var(--accent, #0550ae); color: var(--bg, #fff); font-weight: 600; } .pg-quiz-verdict { margin: 0; font-weight: 600; } .pg-quiz-lines, .pg-quiz-result { list-style: none; margin: 0.4rem 0; padding: 0; font-family: var(--mono, monospace); } .pg-quiz-line { display: flex; gap: 0.6rem; align-items: center; padding: 0.3rem 0.5rem; margin: 0 0 0.25rem; border: 1px solid var(--border, #d0d7de); border-radius: 4px; background: var(--bg, #fff); cursor: grab; touch-action: none; } .pg-quiz-line:focus-visible { outline: 2px solid var(--focus, #bf3989); outline-offset: 1px; } .pg-quiz-line.pg-grabbed { border-color: var(--accent, #0550ae); box-shadow: 0 0 0 2px var(--accent, #0550ae); } .pg-quiz-pos { color: var(--muted, #57606a); min-width: 1.5em; text-align: right; } .pg-quiz-typed { display: block; width: 100%; box-sizing: border-box; font: 0.875rem/1.45 var(--mono, monospace); padding: 0.5rem; border: 1px solid var(--border, #d0d7de); border-radius: 4px; background: var(--bg, #fff); color: var(--fg, #1f2328); } .pg-quizbox [hidden] { display: none; } .pg-quiz-row { display: flex; flex-wrap: wrap; gap: 0.2rem 0.6rem; align-items: baseline; padding: 0.25rem 0; border-bottom: 1px solid var(--border, #d0d7de); } .pg-quiz-mark { font-weight: 700; min-width: 1em; } .pg-quiz-right .pg-quiz-mark { color: var(--tip, #1a7f37); } .pg-quiz-wrong .pg-quiz-mark, .pg-quiz-got { color: var(--caution, #cf222e); } .pg-quiz-got, .pg-quiz-why { font-family: var(--font, sans-serif); font-size: 0.8rem; } .pg-quiz-why { color: var(--muted, #57606a); flex-basis: 100%; padding-left: 1.6em; } @media print { .pg-quizbox { display: none; } }";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function button(cls, text) {
    var b = el("button", "pg-btn " + cls, text);
    b.type = "button";
    return b;
  }

  // ----------------------------------------------------------------- score

  function pageKey(pg) {
    var section = pg.closest("[data-path]");
    return STORE + (section ? section.getAttribute("data-path") : location.pathname);
  }

  function load(key) {
    try { return JSON.parse(localStorage.getItem(key) || "{}") || {}; } catch (e) { return {}; }
  }

  function save(key, results) {
    try { localStorage.setItem(key, JSON.stringify(results)); } catch (e) { /* private mode */ }
  }

  function scoreText(key, total) {
    var results = load(key), right = 0;
    Object.keys(results).forEach(function (k) { if (results[k] === "right") right++; });
    return "Score on this page: " + right + " of " + total + " right";
  }

  function refreshScores(key) {
    var quizzes = document.querySelectorAll(".pg-quiz");
    var same = [];
    for (var i = 0; i < quizzes.length; i++) if (pageKey(quizzes[i]) === key) same.push(quizzes[i]);
    same.forEach(function (pg) {
      var s = pg.querySelector(".pg-quiz-score");
      if (s) s.textContent = scoreText(key, same.length);
    });
  }

  // ------------------------------------------------------------- ordering

  /** A fixed shuffle (the same on every visit) that differs from the answer when it can. */
  function shuffled(lines) {
    var seed = 0;
    lines.join("\n").split("").forEach(function (c) { seed = (seed * 31 + c.charCodeAt(0)) >>> 0; });
    var out = lines.slice();
    for (var i = out.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      var j = seed % (i + 1), t = out[i];
      out[i] = out[j];
      out[j] = t;
    }
    if (out.join("\n") === lines.join("\n") && out.length > 1) out.push(out.shift());
    return out;
  }

  function setup(pg, index) {
    var output = pg.querySelector(".pg-output");
    if (!output || pg.querySelector(".pg-quizbox")) return;
    var expected = [];
    var rows = output.querySelectorAll(".pg-lines .pg-line");
    for (var i = 0; i < rows.length; i++) {
      var text = rows[i].querySelector(".pg-text");
      if (!text) continue;
      expected.push({ text: text.textContent, phase: rows[i].getAttribute("data-phase") || "main" });
    }
    if (!expected.length) return;
    var id = pg.getAttribute("data-example") || "example-" + (index + 1);
    var key = pageKey(pg);
    // A `text output` fence right after the example is the answer too.
    var block = pg.closest(".code-block");
    var next = block && block.nextElementSibling;
    if (next && next.matches(".code-block[data-info~=output]")) {
      next.classList.add("pg-answer-block");
      pg.answerBlock = next;
    }

    var box = el("section", "pg-quizbox");
    box.setAttribute("aria-label", "Quiz: predict the output");
    var intro = el("p", "pg-quiz-intro", "Predict the output. Put the lines in the order they print: drag them, or focus one, press Space to pick it up, ↑/↓ to move it and Space to drop it. Or type them.");
    box.appendChild(intro);

    var modes = el("div", "pg-quiz-modes");
    var orderBtn = button("pg-quiz-order-mode", "Order the lines");
    var typeBtn = button("pg-quiz-type-mode", "Type them");
    orderBtn.setAttribute("aria-pressed", "true");
    typeBtn.setAttribute("aria-pressed", "false");
    modes.appendChild(orderBtn);
    modes.appendChild(typeBtn);
    box.appendChild(modes);

    var list = el("ol", "pg-quiz-lines");
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Your predicted output, in order");
    box.appendChild(list);
    var typed = el("textarea", "pg-quiz-typed");
    typed.rows = Math.min(expected.length + 1, 12);
    typed.spellcheck = false;
    typed.setAttribute("aria-label", "Type the output, one printed line per line");
    typed.hidden = true;
    box.appendChild(typed);

    var actions = el("div", "pg-quiz-actions");
    var check = button("pg-quiz-check", "Check");
    var reveal = button("pg-quiz-reveal", "Reveal");
    actions.appendChild(check);
    actions.appendChild(reveal);
    var verdict = el("p", "pg-quiz-verdict");
    verdict.setAttribute("role", "status");
    actions.appendChild(verdict);
    box.appendChild(actions);
    var result = el("ol", "pg-quiz-result");
    result.hidden = true;
    box.appendChild(result);
    var score = el("p", "pg-quiz-score");
    box.appendChild(score);
    var live = el("p", "visually-hidden");
    live.setAttribute("aria-live", "assertive");
    box.appendChild(live);

    var order = shuffled(expected.map(function (e) { return e.text; }));
    var grabbed = -1, focusAt = 0;

    function paint() {
      list.textContent = "";
      order.forEach(function (text, i) {
        var li = el("li", "pg-quiz-line" + (i === grabbed ? " pg-grabbed" : ""));
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", i === grabbed ? "true" : "false");
        li.tabIndex = i === focusAt ? 0 : -1;
        li.draggable = true;
        li.appendChild(el("span", "pg-quiz-pos", String(i + 1)));
        li.appendChild(el("span", "pg-quiz-text", text === "" ? "(empty line)" : text));
        li.setAttribute("data-index", String(i));
        list.appendChild(li);
      });
    }

    function focusLine(i) {
      focusAt = Math.max(0, Math.min(order.length - 1, i));
      paint();
      list.children[focusAt].focus();
    }

    function move(from, to) {
      if (to < 0 || to >= order.length || from === to) return false;
      var item = order.splice(from, 1)[0];
      order.splice(to, 0, item);
      if (grabbed === from) grabbed = to;
      live.textContent = "“" + item + "” moved to position " + (to + 1) + " of " + order.length;
      focusLine(to);
      return true;
    }

    list.addEventListener("keydown", function (e) {
      var li = e.target.closest(".pg-quiz-line");
      if (!li) return;
      var i = +li.getAttribute("data-index");
      var up = e.key === "ArrowUp", down = e.key === "ArrowDown";
      if ((up || down) && (e.altKey || grabbed === i)) {
        e.preventDefault();
        move(i, up ? i - 1 : i + 1);
      } else if (up || down) {
        e.preventDefault();
        focusLine(up ? i - 1 : i + 1);
      } else if (e.key === "Home" || e.key === "End") {
        e.preventDefault();
        if (grabbed === i) move(i, e.key === "Home" ? 0 : order.length - 1);
        else focusLine(e.key === "Home" ? 0 : order.length - 1);
      } else if (e.key === " " || e.key === "Enter") {
        e.preventDefault();
        grabbed = grabbed === i ? -1 : i;
        live.textContent = grabbed === i ? "Picked up “" + order[i] + "”: move it with the arrow keys, Space drops it" : "Dropped at position " + (i + 1);
        focusLine(i);
      } else if (e.key === "Escape" && grabbed >= 0) {
        grabbed = -1;
        focusLine(i);
      }
    });
    var dragFrom = -1;
    list.addEventListener("dragstart", function (e) {
      var li = e.target.closest(".pg-quiz-line");
      if (!li) return;
      dragFrom = +li.getAttribute("data-index");
      e.dataTransfer.effectAllowed = "move";
      try { e.dataTransfer.setData("text/plain", order[dragFrom]); } catch (err) { /* old browsers */ }
    });
    list.addEventListener("dragover", function (e) { if (dragFrom >= 0) e.preventDefault(); });
    list.addEventListener("drop", function (e) {
      var li = e.target.closest(".pg-quiz-line");
      if (dragFrom < 0 || !li) return;
      e.preventDefault();
      move(dragFrom, +li.getAttribute("data-index"));
      dragFrom = -1;
    });
    list.addEventListener("dragend", function () { dragFrom = -1; });

    function setMode(typing) {
      typed.hidden = !typing;
      list.hidden = typing;
      typeBtn.setAttribute("aria-pressed", typing ? "true" : "false");
      orderBtn.setAttribute("aria-pressed", typing ? "false" : "true");
      if (typing && !typed.value) typed.value = "";
      (typing ? typed : list.children[focusAt] || list).focus();
    }
    orderBtn.onclick = function () { setMode(false); };
    typeBtn.onclick = function () { setMode(true); };

    function prediction() {
      if (typed.hidden) return order.slice();
      var lines = typed.value.replace(/\r/g, "").split("\n").map(function (l) { return l.replace(/\s+$/, ""); });
      while (lines.length && lines[lines.length - 1] === "") lines.pop();
      return lines;
    }

    function showComparison(predicted, revealed) {
      result.textContent = "";
      var right = 0, n = Math.max(expected.length, predicted.length);
      for (var i = 0; i < n; i++) {
        var want = expected[i], got = predicted[i];
        var ok = !revealed && want && got === want.text;
        if (ok) right++;
        var li = el("li", "pg-quiz-row " + (revealed ? "pg-quiz-shown" : ok ? "pg-quiz-right" : "pg-quiz-wrong"));
        li.appendChild(el("span", "pg-quiz-mark", revealed ? "·" : ok ? "✓" : "✗"));
        if (want) {
          li.appendChild(el("span", "pg-badge pg-b-" + want.phase, BADGES[want.phase] || want.phase));
          li.appendChild(el("code", "pg-quiz-want", want.text));
        } else {
          li.appendChild(el("code", "pg-quiz-want", "(nothing more is printed)"));
        }
        if (!revealed && !ok) li.appendChild(el("span", "pg-quiz-got", got == null ? "you had nothing here" : "you had “" + got + "”"));
        if (want) li.appendChild(el("span", "pg-quiz-why", REASONS[want.phase] || ""));
        result.appendChild(li);
      }
      result.hidden = false;
      return right === expected.length && predicted.length === expected.length;
    }

    function answered(how) {
      pg.classList.add("pg-answered");
      if (pg.answerBlock) pg.answerBlock.classList.add("pg-answered");
      var results = load(key);
      if (results[id] !== "right") results[id] = how;
      save(key, results);
      refreshScores(key);
    }

    check.onclick = function () {
      var all = showComparison(prediction(), false);
      var right = result.querySelectorAll(".pg-quiz-right").length;
      if (all) {
        verdict.textContent = "Right: all " + expected.length + " lines in Node's order.";
        answered("right");
      } else {
        verdict.textContent = right + " of " + expected.length + " lines in place. Move the ✗ lines and check again, or Reveal.";
        var results = load(key);
        if (!results[id]) { results[id] = "wrong"; save(key, results); }
      }
      pg.setAttribute("data-quiz-state", all ? "right" : "wrong");
    };
    reveal.onclick = function () {
      showComparison(expected.map(function (e) { return e.text; }), true);
      verdict.textContent = "The answer, as Node prints it.";
      pg.setAttribute("data-quiz-state", "revealed");
      answered("revealed");
    };

    paint();
    pg.insertBefore(box, output);
    refreshScores(key);
  }

  function init() {
    var style = el("style", null, CSS);
    document.head.appendChild(style);
    var all = document.querySelectorAll(".pg-quiz");
    for (var i = 0; i < all.length; i++) setup(all[i], i);
  }

  window.cribQuiz = { shuffled: shuffled };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
