/* crib site search: the browser side of generator/src/search/.
 *
 * The index is split into classic scripts (JSONP style), loaded with <script>
 * tags so search works from file:// with no server: `search-index.js` (the
 * page list and every term, sorted) the first time search opens, then per
 * query only the term shards (`search/t<j>.js`, postings by the hash of a
 * term's first two characters) its terms need, and the document shards
 * (`search/d<g>.js`, section texts) of the results shown. Terms were cut and
 * scored at build time by the rules stated under "index" below. Queries match
 * titles, headings, body and code, with prefix matching and, for terms of 4+
 * characters, one typo (edit distance 1). Results are ranked with title and
 * heading boosts and show a snippet with the matches in <mark>, built from
 * text nodes only. Keyboard: "/" or Ctrl/Cmd+K opens, arrows move, Enter
 * goes, Esc closes; the input is an ARIA combobox over a listbox.
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
  var engine = null, loading = false, results = [], active = -1, returnFocus = null, seq = 0;
  var pending = {};

  var WORD = /[\p{L}\p{N}_$]+/gu;
  var MAX_RESULTS = 20;
  // Section keys: page * SLOTS + section (the build's order).
  var SLOTS = 65536;

  /* ---- index ---------------------------------------------------------- */

  // How the build (generator/src/search/shards.rs) cuts text into terms, for
  // reference: every /[\p{L}\p{N}_$]+/ word lower-cased; a word of 4+
  // characters with camelCase, "_" or "$" also gives its parts. A section's
  // score for a term: the sum of its field weights (title 8, or 0.5 past the
  // page's first section; heading 4; body 1; code 0.8) times
  // 1 + 0.3 ln(occurrences).

  function build(raw) {
    var terms = raw.t ? raw.t.split("\n") : [];
    // Terms by length, in the order they first occur in the site (typo candidates).
    var byLength = [], o = raw.o, at = 0;
    for (var g = 0; g < raw.l.length; g++) { byLength[raw.l[g][0]] = o.slice(at, at + raw.l[g][1]); at += raw.l[g][1]; }
    // Prefixes split further: their terms' shards go by one more character.
    var split = Object.create(null);
    (raw.s || []).forEach(function (p) { split[p] = true; });
    return { pages: raw.p, n: raw.n, g: raw.g, split: split, terms: terms, byLength: byLength, shards: {} };
  }

  /** The script `search/<name>.js`, loaded once: resolves to its data. */
  function need(name) {
    if (pending[name]) return pending[name];
    var have = window.__cribSearchShards && window.__cribSearchShards[name];
    if (have) return (pending[name] = Promise.resolve(have));
    return (pending[name] = new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = ROOT + "search/" + name + ".js";
      s.onload = function () {
        var data = window.__cribSearchShards && window.__cribSearchShards[name];
        if (data) resolve(data); else { delete pending[name]; reject(new Error("The search index (search/" + name + ".js) is broken: rebuild the site.")); }
      };
      s.onerror = function () { delete pending[name]; reject(new Error("The search index (search/" + name + ".js) could not be loaded.")); };
      document.head.appendChild(s);
    }));
  }

  /** A term's shard key: its first two UTF-16 units, one more while the prefix so far is split (shards.rs: shard_key). */
  function shardKey(e, t) {
    var k = 2;
    while (k < t.length && e.split[t.slice(0, k)]) k++;
    return t.slice(0, k);
  }

  /** FNV-1a of a shard key's UTF-16 units: picks its shard. */
  function prefixHash(t) {
    var h = 2166136261;
    for (var i = 0; i < t.length; i++) { h ^= t.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
    return h >>> 0;
  }

  function shardOf(e, k) { return "t" + (prefixHash(shardKey(e, e.terms[k])) % e.n); }

  /** Term shard `name`: {term: [page, [section, code, ...], page, ...]}. */
  function termShard(e, name) {
    return need(name).then(function (data) { return (e.shards[name] = data); });
  }

  /** Postings of term `k` (shard loaded): [section key, score, ...], in key order. */
  function postingsOf(e, k) {
    var t = e.terms[k], data = e.shards[shardOf(e, k)], out = [];
    var l = Object.prototype.hasOwnProperty.call(data, t) ? data[t] : [];
    for (var i = 0; i < l.length; i += 2) {
      var base = l[i] * SLOTS, a = l[i + 1];
      for (var j = 0; j < a.length; j += 2) {
        var code = a[j + 1], m = code % 32, n = (code - m) / 32;
        var sum = (m & 1 ? 8 : m & 2 ? 0.5 : 0) + (m & 4 ? 4 : 0) + (m & 8 ? 1 : 0) + (m & 16 ? 0.8 : 0);
        out.push(base + a[j], sum * (1 + Math.log(n) * 0.3));
      }
    }
    return out;
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

  /** Terms a query word stands for: [term, factor] (exact 1, prefix 0.7, typo 0.45). */
  function expand(e, word) {
    var out = new Map();
    // Prefix range in the sorted term list.
    var lo = 0, hi = e.terms.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (e.terms[mid] < word) lo = mid + 1; else hi = mid; }
    if (lo < e.terms.length && e.terms[lo] === word) out.set(lo, 1);
    for (var k = lo, n = 0; k < e.terms.length && n < 300; k++, n++) {
      if (e.terms[k].lastIndexOf(word, 0) !== 0) break;
      if (!out.has(k)) out.set(k, 0.7);
    }
    if (word.length >= 4) {
      for (var len = word.length - 1; len <= word.length + 1; len++) {
        var bucket = e.byLength[len] || [];
        for (var b = 0; b < bucket.length; b++) {
          if (!out.has(bucket[b]) && withinOne(word, e.terms[bucket[b]])) out.set(bucket[b], 0.45);
        }
      }
    }
    return out;
  }

  /** Ranked section keys for `query`: {sec, score, terms}. Every query word must match. */
  function rank(e, expansions) {
    var total = null, terms = [];
    for (var w = 0; w < expansions.length; w++) {
      var scores = new Map();
      expansions[w].forEach(function (factor, k) {
        terms.push(e.terms[k]);
        var p = postingsOf(e, k);
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

  /** Resolves to the results for `q`, each with `data`: [page, id, heading, body, code]. */
  function query(q) {
    var e = engine;
    if (!e) return Promise.resolve([]);
    var words = (q.toLowerCase().match(WORD) || []).filter(function (w, i, all) { return all.indexOf(w) === i; });
    if (!words.length) return Promise.resolve([]);
    var expansions = words.map(function (w) { return expand(e, w); });
    var names = {};
    expansions.forEach(function (x) { x.forEach(function (_, k) { names[shardOf(e, k)] = true; }); });
    return Promise.all(Object.keys(names).map(function (name) { return termShard(e, name); })).then(function () {
      var ranked = rank(e, expansions), docs = {};
      ranked.forEach(function (r) { docs["d" + Math.floor(Math.floor(r.sec / SLOTS) / e.g)] = true; });
      return Promise.all(Object.keys(docs).map(need)).then(function () {
        ranked.forEach(function (r) {
          var page = Math.floor(r.sec / SLOTS), group = window.__cribSearchShards["d" + Math.floor(page / e.g)];
          var sec = group[page % e.g][1][r.sec % SLOTS];
          r.data = [page, sec[0], sec[1], sec[2], sec[3]];
        });
        return ranked;
      });
    });
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

  /** Runs `q` and shows its results (only the latest query's, when several are in flight). */
  function render(q) {
    var my = ++seq;
    if (!engine) { show([], q); return; }
    query(q).then(function (rs) { if (my === seq) show(rs, q); }, function (err) { if (my === seq) status.textContent = err.message; });
  }

  function show(rs, q) {
    results = rs;
    list.textContent = "";
    active = -1;
    for (var i = 0; i < results.length; i++) {
      var r = results[i], sec = r.data, terms = new Set(r.terms);
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
    var url = urlOf(r.data);
    var target = new URL(url, location.href);
    close(false);
    if (window.__cribRoute) {
      if (location.hash === url) window.dispatchEvent(new HashChangeEvent("hashchange"));
      else location.hash = url;
    } else if (target.pathname === location.pathname && target.protocol === location.protocol) {
      var id = r.data[1];
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
    // Resolves to the ranked results (loading the shards they need).
    query: function (q) { return query(q).then(function (rs) { return rs.map(function (r) { var s = r.data; return { url: engine.pages[s[0]][0], id: s[1], heading: s[2], title: engine.pages[s[0]][1], score: r.score }; }); }); }
  };
})();
