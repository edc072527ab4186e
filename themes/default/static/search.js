/* crib site search: the browser side of generator/src/search/.
 *
 * The index (`search-index.js`, a script assigning window.__cribSearchIndex)
 * is loaded with a <script> tag the first time search opens, so it works from
 * file:// with no server. Its sections are tokenized once into a term list;
 * queries match titles, headings, body and code, with prefix matching and,
 * for terms of 4+ characters, one typo (edit distance 1). Results are ranked
 * with title and heading boosts and show a snippet with the matches in <mark>,
 * built from text nodes only. Keyboard: "/" or Ctrl/Cmd+K opens, arrows
 * move, Enter goes, Esc closes; the input is an ARIA combobox over a listbox.
 */
(function () {
  "use strict";
  var box = document.querySelector("[data-crib-search]");
  var me = document.currentScript;
  if (!box || !me) return;
  // The site root, from this script's own URL (".../static/search.js").
  var ROOT = me.src.replace(/static\/search\.js([?#].*)?$/, "");

  var opener = box.querySelector(".search-open");
  var dialog = box.querySelector(".search-dialog");
  var input = box.querySelector(".search-input");
  var list = box.querySelector(".search-results");
  var status = box.querySelector(".search-status");
  var engine = null, loading = false, results = [], active = -1, returnFocus = null;

  var WORD = /[\p{L}\p{N}_$]+/gu;
  var FIELD_WEIGHT = [8, 4, 1, 0.8]; // title, heading, body, code
  var MAX_RESULTS = 20;

  /* ---- index ---------------------------------------------------------- */

  /** Lower-case terms of `text`; camelCase and snake_case words also give their parts. */
  function tokenize(text, out) {
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text))) {
      var w = m[0];
      out.push(w.toLowerCase());
      if (w.length > 3 && /[a-z][A-Z]|_|\$/.test(w)) {
        var parts = w.replace(/([a-z\d])([A-Z])/g, "$1 $2").split(/[\s_$]+/);
        for (var i = 0; i < parts.length; i++) if (parts[i] && parts[i].length < w.length) out.push(parts[i].toLowerCase());
      }
    }
    return out;
  }

  function build(raw) {
    var pages = raw.p, secs = raw.s;
    var ids = new Map(), vocab = [], postings = [];
    var firstOfPage = new Set();
    var lastPage = -1;
    for (var s = 0; s < secs.length; s++) {
      var sec = secs[s];
      if (sec[0] !== lastPage) { firstOfPage.add(s); lastPage = sec[0]; }
      var counts = new Map();
      var fields = [pages[sec[0]][1], sec[2], sec[3], sec[4]];
      for (var f = 0; f < 4; f++) {
        if (!fields[f]) continue;
        // The page title counts fully on its first section, a little on the others.
        var weight = f === 0 && !firstOfPage.has(s) ? 0.5 : FIELD_WEIGHT[f];
        var toks = tokenize(fields[f], []);
        for (var t = 0; t < toks.length; t++) {
          var prev = counts.get(toks[t]);
          if (!prev) counts.set(toks[t], prev = [0, 0, 0, 0, 0]);
          prev[f] = weight;
          prev[4]++; // occurrences, all fields
        }
      }
      counts.forEach(function (c, term) {
        var score = (c[0] + c[1] + c[2] + c[3]) * (1 + Math.log(c[4]) * 0.3);
        var id = ids.get(term);
        if (id === undefined) { id = vocab.length; ids.set(term, id); vocab.push(term); postings.push([]); }
        postings[id].push(s, score);
      });
    }
    // Sorted term list for prefix ranges; terms by length for typo search.
    var sorted = vocab.map(function (_, i) { return i; }).sort(function (a, b) { return vocab[a] < vocab[b] ? -1 : vocab[a] > vocab[b] ? 1 : 0; });
    var byLength = [];
    for (var i = 0; i < vocab.length; i++) (byLength[vocab[i].length] || (byLength[vocab[i].length] = [])).push(i);
    return { pages: pages, secs: secs, ids: ids, vocab: vocab, postings: postings, sorted: sorted, byLength: byLength };
  }

  /** Whether a and b are at most one insertion, deletion or substitution apart. */
  function withinOne(a, b) {
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    if (la > lb) { var t = a; a = b; b = t; la = a.length; lb = b.length; }
    var i = 0, j = 0, edits = 0;
    while (i < la && j < lb) {
      if (a.charCodeAt(i) === b.charCodeAt(j)) { i++; j++; continue; }
      if (++edits > 1) return false;
      if (la === lb) { i++; j++; } else { j++; }
    }
    return edits + (lb - j) + (la - i) <= 1;
  }

  /** Terms a query word stands for: [term id, factor] (exact 1, prefix 0.7, typo 0.45). */
  function expand(e, word) {
    var out = new Map();
    var exact = e.ids.get(word);
    if (exact !== undefined) out.set(exact, 1);
    // Prefix range in the sorted term list.
    var lo = 0, hi = e.sorted.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (e.vocab[e.sorted[mid]] < word) lo = mid + 1; else hi = mid; }
    for (var k = lo, n = 0; k < e.sorted.length && n < 300; k++, n++) {
      var id = e.sorted[k];
      if (e.vocab[id].lastIndexOf(word, 0) !== 0) break;
      if (!out.has(id)) out.set(id, 0.7);
    }
    if (word.length >= 4) {
      for (var len = word.length - 1; len <= word.length + 1; len++) {
        var bucket = e.byLength[len] || [];
        for (var b = 0; b < bucket.length; b++) {
          if (!out.has(bucket[b]) && withinOne(word, e.vocab[bucket[b]])) out.set(bucket[b], 0.45);
        }
      }
    }
    return out;
  }

  /** Ranked results for `query`: {sec, score, terms}. Every query word must match. */
  function query(q) {
    var e = engine;
    if (!e) return [];
    var words = (q.toLowerCase().match(WORD) || []).filter(function (w, i, all) { return all.indexOf(w) === i; });
    if (!words.length) return [];
    var total = null, terms = [];
    for (var w = 0; w < words.length; w++) {
      var scores = new Map();
      expand(e, words[w]).forEach(function (factor, id) {
        terms.push(e.vocab[id]);
        var p = e.postings[id];
        for (var i = 0; i < p.length; i += 2) {
          var v = p[i + 1] * factor, old = scores.get(p[i]);
          if (old === undefined || v > old) scores.set(p[i], v);
        }
      });
      if (total === null) total = scores;
      else {
        var next = new Map();
        total.forEach(function (v, sec) { var o = scores.get(sec); if (o !== undefined) next.set(sec, v + o); });
        total = next;
      }
      if (!total.size) break;
    }
    var ranked = [];
    total.forEach(function (score, sec) { ranked.push({ sec: sec, score: score }); });
    ranked.sort(function (a, b) { return b.score - a.score || a.sec - b.sec; });
    ranked = ranked.slice(0, MAX_RESULTS);
    for (var r = 0; r < ranked.length; r++) ranked[r].terms = terms;
    return ranked;
  }

  /* ---- rendering ------------------------------------------------------ */

  /** Appends `text` to `parent` with every matched word (or matched part of one) in <mark>. */
  function appendMarked(parent, text, terms) {
    var re = /[\p{L}\p{N}_$]+/gu, m, last = 0;
    while ((m = re.exec(text))) {
      var lw = m[0].toLowerCase(), from = -1, to = -1;
      if (terms.has(lw)) { from = 0; to = lw.length; }
      else terms.forEach(function (t) { if (from < 0 && t.length >= 3) { var i = lw.indexOf(t); if (i >= 0) { from = i; to = i + t.length; } } });
      if (from < 0) continue;
      var start = m.index + from;
      if (start > last) parent.appendChild(document.createTextNode(text.slice(last, start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(start, m.index + to);
      parent.appendChild(mark);
      last = m.index + to;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  }

  /** ~180 characters of `text` around its first match, or null if none matches. */
  function excerpt(text, terms) {
    if (!text) return null;
    var re = /[\p{L}\p{N}_$]+/gu, m, at = -1;
    while ((m = re.exec(text))) {
      var lw = m[0].toLowerCase(), hit = terms.has(lw);
      if (!hit) terms.forEach(function (t) { if (!hit && t.length >= 3 && lw.indexOf(t) >= 0) hit = true; });
      if (hit) { at = m.index; break; }
    }
    if (at < 0) return null;
    var start = Math.max(0, at - 60), end = Math.min(text.length, start + 180);
    if (start > 0) { var sp = text.indexOf(" ", start); if (sp > 0 && sp < at) start = sp + 1; }
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  function urlOf(sec) {
    var page = engine.pages[sec[0]][0];
    // The single-file edition routes pages by hash (window.__cribRoute).
    if (window.__cribRoute) return window.__cribRoute(page, sec[1]);
    return ROOT + page + (sec[1] ? "#" + encodeURIComponent(sec[1]) : "");
  }

  function render(q) {
    results = engine ? query(q) : [];
    list.textContent = "";
    active = -1;
    for (var i = 0; i < results.length; i++) {
      var r = results[i], sec = engine.secs[r.sec], terms = new Set(r.terms);
      var li = document.createElement("li");
      li.id = "crib-search-result-" + i;
      li.className = "search-result";
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      var a = document.createElement("a");
      a.href = urlOf(sec);
      a.tabIndex = -1;
      var title = document.createElement("span");
      title.className = "search-result-title";
      appendMarked(title, engine.pages[sec[0]][1], terms);
      a.appendChild(title);
      if (sec[2]) {
        var h = document.createElement("span");
        h.className = "search-result-heading";
        appendMarked(h, sec[2], terms);
        a.appendChild(h);
      }
      var snip = excerpt(sec[3], terms), isCode = false;
      if (snip === null) { snip = excerpt(sec[4], terms); isCode = snip !== null; }
      if (snip === null) snip = sec[3] ? sec[3].slice(0, 160) + (sec[3].length > 160 ? " …" : "") : "";
      if (snip) {
        var p = document.createElement(isCode ? "code" : "span");
        p.className = "search-result-snippet";
        appendMarked(p, snip, terms);
        a.appendChild(p);
      }
      li.appendChild(a);
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); });
      li.addEventListener("click", (function (idx) { return function (ev) { ev.preventDefault(); go(idx); }; })(i));
      list.appendChild(li);
    }
    input.setAttribute("aria-expanded", results.length ? "true" : "false");
    input.removeAttribute("aria-activedescendant");
    if (results.length) move(0);
    status.textContent = !q.trim() ? "" : !engine ? "Loading the search index…" :
      results.length ? results.length + (results.length === 1 ? " result" : " results") + (results.length === MAX_RESULTS ? " (best " + MAX_RESULTS + ")" : "")
      : "No results for “" + q.trim() + "”";
  }

  function move(to) {
    var items = list.children;
    if (!items.length) return;
    if (active >= 0 && items[active]) items[active].setAttribute("aria-selected", "false");
    active = (to + items.length) % items.length;
    items[active].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", items[active].id);
    items[active].scrollIntoView({ block: "nearest" });
  }

  function go(i) {
    var r = results[i];
    if (!r) return;
    var url = urlOf(engine.secs[r.sec]);
    var target = new URL(url, location.href);
    close(false);
    if (window.__cribRoute) {
      if (location.hash === url) window.dispatchEvent(new HashChangeEvent("hashchange"));
      else location.hash = url;
    } else if (target.pathname === location.pathname && target.protocol === location.protocol) {
      var id = engine.secs[r.sec][1];
      if (id) { location.hash = id; var el = document.getElementById(id); if (el) el.scrollIntoView(); }
      else window.scrollTo(0, 0);
    } else {
      location.href = url;
    }
  }

  /* ---- open, close, load ---------------------------------------------- */

  function load() {
    if (engine || loading) return;
    if (window.__cribSearchIndex) { engine = build(window.__cribSearchIndex); return; }
    loading = true;
    var s = document.createElement("script");
    s.src = ROOT + "search-index.js";
    s.onload = function () {
      loading = false;
      if (!window.__cribSearchIndex) { status.textContent = "The search index is empty or broken: rebuild the site."; return; }
      engine = build(window.__cribSearchIndex);
      if (!dialog.hidden) render(input.value);
    };
    s.onerror = function () { loading = false; status.textContent = "The search index (search-index.js) could not be loaded."; };
    document.head.appendChild(s);
  }

  function open() {
    if (!dialog.hidden) { input.focus(); input.select(); return; }
    returnFocus = document.activeElement;
    dialog.hidden = false;
    opener.setAttribute("aria-expanded", "true");
    document.documentElement.classList.add("search-is-open");
    load();
    input.focus();
    input.select();
    if (input.value) render(input.value);
  }

  function close(restore) {
    if (dialog.hidden) return;
    dialog.hidden = true;
    opener.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-expanded", "false");
    document.documentElement.classList.remove("search-is-open");
    if (restore !== false && returnFocus && returnFocus.focus) returnFocus.focus();
  }

  function editable(el) {
    if (!el) return false;
    var tag = el.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
  }

  document.addEventListener("keydown", function (ev) {
    if ((ev.key === "k" || ev.key === "K") && (ev.ctrlKey || ev.metaKey) && !ev.altKey) {
      ev.preventDefault();
      open();
    } else if (ev.key === "/" && !ev.ctrlKey && !ev.metaKey && !ev.altKey && !editable(ev.target)) {
      ev.preventDefault();
      open();
    }
  });

  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown") { ev.preventDefault(); move(active + 1); }
    else if (ev.key === "ArrowUp") { ev.preventDefault(); move(active - 1); }
    else if (ev.key === "Enter") { ev.preventDefault(); go(active < 0 ? 0 : active); }
    else if (ev.key === "Escape") { ev.preventDefault(); ev.stopPropagation(); close(); }
  });
  input.addEventListener("input", function () { render(input.value); });
  opener.addEventListener("click", open);
  dialog.addEventListener("mousedown", function (ev) { if (ev.target === dialog) close(); });
  dialog.addEventListener("focusout", function (ev) { if (ev.relatedTarget && !dialog.contains(ev.relatedTarget)) close(false); });

  opener.setAttribute("aria-expanded", "false");
  box.hidden = false;
  // For tests and benchmarks: the same query the UI runs.
  window.cribSearch = {
    load: load,
    ready: function () { return !!engine; },
    query: function (q) { return query(q).map(function (r) { var s = engine.secs[r.sec]; return { url: engine.pages[s[0]][0], id: s[1], heading: s[2], title: engine.pages[s[0]][1], score: r.score }; }); }
  };
})();
