//! Diagrams in a real browser (headless Chromium): a page with every
//! gallery diagram (and the twelve shared samples plus the cheat-sheet
//! flowchart when `../shared` exists), built from `render_fence` output plus
//! `themes/default/static/diagrams.css`, checked for: every supported
//! diagram type present; every label's text box (`getBBox`) inside its
//! node, note, actor, edge-label background or git label (by the shape's
//! outline, `isPointInFill`), with labels of every type measured; ids
//! unique across the page; text contrast of at least 3:1 in both themes;
//! a working source toggle.
//! Screenshots of both themes land in `target/diagram-screenshots/` for a
//! human to look at.

mod support;

use std::path::{Path, PathBuf};

use crib::diagrams::render_fence;
use headless_chrome::protocol::cdp::Page::CaptureScreenshotFormatOption;
use support::browser::{Browser, eval, file_url};

fn mermaid_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut files: Vec<PathBuf> =
        entries.map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "mmd")).collect();
    files.sort();
    files
}

/// Writes the gallery page and its stylesheet into `dir`.
fn write_gallery_page(dir: &Path) -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = mermaid_files(&manifest.join("tests/diagrams/gallery"));
    files.extend(mermaid_files(Path::new("/work/shared/samples/mermaid")));
    let mut sources: Vec<(String, String)> = files
        .iter()
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(p).unwrap()))
        .collect();
    // The flowchart of the shared cheat-sheet sample, when present.
    if let Ok(sheet) = std::fs::read_to_string("/work/shared/samples/node-backend-cheatsheet.md")
        && let Some(fence) = sheet.split("```mermaid\n").nth(1).and_then(|f| f.split("```").next())
    {
        sources.push(("cheatsheet-flowchart".into(), fence.to_string()));
    }
    let mut body = String::new();
    for (n, (name, source)) in sources.iter().enumerate() {
        let html = render_fence(source, &format!("d{n}-{name}")).unwrap_or_else(|e| panic!("{name}: {e}"));
        body.push_str(&format!("<section><h2>{name}</h2>\n{html}\n</section>\n"));
    }
    std::fs::copy(manifest.join("../themes/default/static/diagrams.css"), dir.join("diagrams.css")).unwrap();
    let page = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Diagram gallery</title>\
         <meta name=\"viewport\" content=\"width=device-width\">\
         <link rel=\"stylesheet\" href=\"diagrams.css\"><style>\
         body{{font-family:system-ui,sans-serif;max-width:52rem;margin:0 auto;padding:1rem;background:#fff;color:#1f2328}}\
         :root[data-theme=dark] body{{background:#0d1117;color:#e6edf3}}\
         </style></head><body>\n{body}</body></html>"
    );
    let path = dir.join("gallery.html");
    std::fs::write(&path, page).unwrap();
    path
}

/// JavaScript helpers shared by the checks: `box(el)` is the element's
/// `getBBox()` mapped to page coordinates.
const HELPERS: &str = r#"
function box(el) {
  const b = el.getBBox(), m = el.getScreenCTM();
  const pts = [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height], [b.x + b.width, b.y + b.height]]
    .map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]);
  const xs = pts.map(p => p[0]), ys = pts.map(p => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}
function inside(inner, outer, tol) {
  return inner.x0 >= outer.x0 - tol && inner.y0 >= outer.y0 - tol && inner.x1 <= outer.x1 + tol && inner.y1 <= outer.y1 + tol;
}
function visibleSvgs() { return [...document.querySelectorAll('figure.diagram > svg')].filter(s => s.getBoundingClientRect().width > 0); }
"#;

/// Text boxes that overflow their shape: flowchart/class/state/ER/mindmap/
/// timeline nodes, sequence actors and notes, edge labels (on their
/// background), git graph commit and branch labels. A label is inside when
/// every corner of its text box (inset by `TOL` px) lies in the shape's
/// fill area (`isPointInFill`, so a diamond or circle is measured by its
/// outline, not its bounding box). Counts per diagram type show that every
/// type was measured.
const LABEL_OVERFLOWS: &str = r#"
(() => {
  const TOL = 1;
  const bad = [];
  const perType = {};
  function shapeOf(node) {
    return [...node.querySelectorAll('rect, polygon, circle, ellipse, path')]
      .filter(s => !s.closest('text') && !s.closest('.label') && s.getBBox().width > 0 && s.getBBox().height > 0)
      .sort((a, b) => b.getBBox().width * b.getBBox().height - a.getBBox().width * a.getBBox().height)[0];
  }
  // A label is a <text>, or (mind maps) a <use> of a text drawn in <defs>:
  // its box is the referenced text's, placed by the <use>.
  function labelBox(t) {
    if (t.tagName === 'use') {
      const text = document.getElementById(t.getAttribute('href').slice(1)).querySelector('text');
      return [text.getBBox(), t.getScreenCTM()];
    }
    return [t.getBBox(), t.getScreenCTM()];
  }
  function labelText(t) {
    return t.tagName === 'use' ? document.getElementById(t.getAttribute('href').slice(1)).textContent : t.textContent;
  }
  function cornersInside(t, shape) {
    const [b, ctm] = labelBox(t);
    const toShape = shape.getScreenCTM().inverse().multiply(ctm);
    const pts = [[b.x + TOL, b.y + TOL], [b.x + b.width - TOL, b.y + TOL], [b.x + TOL, b.y + b.height - TOL], [b.x + b.width - TOL, b.y + b.height - TOL]];
    return pts.every(([x, y]) => shape.isPointInFill(new DOMPoint(x, y).matrixTransform(toShape)));
  }
  for (const svg of visibleSvgs()) {
    const type = svg.getAttribute('aria-roledescription');
    const pairs = [];
    for (const node of svg.querySelectorAll('g.node, g.mindmap-node, g.timeline-node, g.note, g.actor-box')) {
      const shape = shapeOf(node);
      if (!shape) continue;
      for (const t of node.querySelectorAll('text, use[href*="foreignobject-label"]')) if (labelText(t).trim()) pairs.push([t, shape, 'node ' + (node.id || node.getAttribute('class'))]);
    }
    for (const t of svg.querySelectorAll('text.actor, text.noteText')) {
      const rect = [...t.parentElement.children].find(e => e.tagName === 'rect');
      if (rect) pairs.push([t, rect, 'actor/note']);
    }
    for (const g of svg.querySelectorAll('g.edgeLabel')) {
      const rect = g.querySelector('rect');
      for (const t of g.querySelectorAll('text')) if (t.textContent.trim() && rect && rect.getBBox().width > 0) pairs.push([t, rect, 'edge label']);
    }
    for (const t of svg.querySelectorAll('text.commit-label, g.branchLabel text, text.tag-label')) {
      const holder = t.closest('g.branchLabel') || t.parentElement;
      const rect = t.classList.contains('commit-label') ? t.parentElement.querySelector('rect.commit-label-bkg')
        : t.classList.contains('tag-label') ? t.parentElement.querySelector('polygon.tag-label-bkg') : holder.querySelector('rect');
      if (rect) pairs.push([t, rect, 'git label']);
    }
    for (const [t, shape, what] of pairs) {
      perType[type] = (perType[type] || 0) + 1;
      if (!cornersInside(t, shape)) {
        const [b, m] = labelBox(t), sb = box(shape);
        const tb = { x0: m.a * b.x + m.e, y0: m.d * b.y + m.f, x1: m.a * (b.x + b.width) + m.e, y1: m.d * (b.y + b.height) + m.f };
        bad.push(`${svg.id}: "${labelText(t).trim()}" (${what}) text ${JSON.stringify(tb)} outside shape ${JSON.stringify(sb)}`);
      }
    }
  }
  return JSON.stringify({ perType, bad });
})()
"#;

/// Text whose colour contrasts too little with the shape behind it.
const LOW_CONTRAST: &str = r#"
(() => {
  function rgb(c) { const m = c.match(/[\d.]+/g); return m ? m.slice(0, 4).map(Number) : null; }
  function lum([r, g, b]) { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); }
  function ratio(a, b) { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); }
  const page = rgb(getComputedStyle(document.body).backgroundColor);
  const bad = [], weak = [];
  let checked = 0;
  for (const svg of visibleSvgs()) {
    for (const t of svg.querySelectorAll('text')) {
      if (!t.textContent.trim() || t.getBBox().width === 0) continue;
      // Hit-testing misses these backgrounds: autonumber circles are
      // markers, mindmap labels sit on a transparent label box.
      if (t.classList.contains('sequenceNumber') || svg.getAttribute('aria-roledescription') === 'mindmap') continue;
      t.scrollIntoView({ block: 'center', inline: 'center' });
      const tb = box(t);
      const cx = (tb.x0 + tb.x1) / 2, cy = (tb.y0 + tb.y1) / 2;
      // The topmost opaque shape under the text's centre, else the page.
      let bg = page;
      const under = document.elementsFromPoint(cx, cy);
      for (const el of under) {
        if (el === t || el.closest('text')) continue;
        if (el.tagName === 'svg' || el === document.body) break;
        const st = getComputedStyle(el);
        const fill = rgb(st.fill || '');
        if (fill && st.fill !== 'none' && (fill[3] === undefined || fill[3] > 0.5) && parseFloat(st.fillOpacity || '1') > 0.5 && parseFloat(st.opacity || '1') > 0.5) { bg = fill.slice(0, 3); break; }
      }
      const painted = [...t.querySelectorAll('tspan')].filter(x => x.children.length === 0 && x.textContent.trim())[0] || t;
      const fg = rgb(getComputedStyle(painted).fill);
      if (!fg) continue;
      checked++;
      const r = ratio(fg.slice(0, 3), bg);
      if (r < 3) (r < 1.5 ? bad : weak).push(`${svg.id}: "${t.textContent.trim()}" ${getComputedStyle(t).fill} on rgb(${bg}) = ${r.toFixed(2)}`);
    }
  }
  return JSON.stringify({ checked, bad, weak });
})()
"#;

/// Diagram types (`aria-roledescription`) whose labels sit in a shape;
/// every one must have labels measured. (A pie chart's labels sit on
/// slices and in its legend, checked for legibility only.)
const MEASURED_TYPES: &[&str] =
    &["flowchart-v2", "sequence", "classDiagram", "stateDiagram", "er", "gitGraph", "timeline", "mindmap"];

/// Every diagram type crib draws (`engine::SUPPORTED`), by `data-diagram`.
const SUPPORTED_TYPES: &[&str] =
    &["flowchart-v2", "sequence", "classDiagram", "stateDiagram", "er", "pie", "gitGraph", "timeline", "mindmap"];

fn screenshots_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/diagram-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn gallery_in_headless_chromium() {
    let tmp = tempfile::tempdir().unwrap();
    let page = write_gallery_page(tmp.path());
    // Tall enough that the tallest figure fits the viewport (screenshots of
    // taller figures come out cut).
    let browser = Browser::launch_with_size(1000, 2000);
    let tab = browser.open(&file_url(&page));
    // Function declarations in a global script become page globals.
    tab.evaluate(HELPERS, false).unwrap();

    let figures = eval(&tab, "document.querySelectorAll('figure.diagram').length").as_u64().unwrap();
    assert!(figures >= 10, "only {figures} diagrams on the page");
    // Every diagram type crib draws is on the page.
    let types = eval(
        &tab,
        "JSON.stringify([...new Set([...document.querySelectorAll('figure.diagram')].map(f => f.dataset.diagram))].sort())",
    );
    for kind in SUPPORTED_TYPES {
        assert!(types.as_str().unwrap().contains(&format!("\"{kind}\"")), "no {kind} diagram on the page: {types}");
    }

    // No two elements on the page share an id.
    let dupes = eval(
        &tab,
        "JSON.stringify(Object.entries([...document.querySelectorAll('[id]')].reduce((m, e) => (m[e.id] = (m[e.id] || 0) + 1, m), {})).filter(([, n]) => n > 1))",
    );
    assert_eq!(dupes.as_str().unwrap(), "[]", "duplicate ids on the page");

    // Every diagram is an accessible image whose label resolves.
    let unlabelled = eval(
        &tab,
        "JSON.stringify([...document.querySelectorAll('figure.diagram > svg')].filter(s => s.getAttribute('role') !== 'img' || !(s.getAttribute('aria-labelledby') || '').split(' ').every(id => document.getElementById(id)?.textContent.trim())).map(s => s.id))",
    );
    assert_eq!(unlabelled.as_str().unwrap(), "[]", "diagrams without a resolvable accessible name");

    // Scales to the content width: nothing wider than its figure.
    let overflowing = eval(
        &tab,
        "JSON.stringify([...document.querySelectorAll('figure.diagram > svg')].filter(s => s.getBoundingClientRect().width > s.parentElement.getBoundingClientRect().width + 1).map(s => s.id))",
    );
    assert_eq!(overflowing.as_str().unwrap(), "[]", "diagrams wider than the column");

    for theme in ["light", "dark"] {
        eval(&tab, &format!("document.documentElement.dataset.theme = '{theme}'; 1"));
        for (n, png) in figure_screenshots(&tab).into_iter().enumerate() {
            std::fs::write(screenshots_dir().join(format!("{theme}-{n:02}.png")), png).unwrap();
        }
        let overflows: serde_json::Value = serde_json::from_str(eval(&tab, LABEL_OVERFLOWS).as_str().unwrap()).unwrap();
        for kind in MEASURED_TYPES {
            assert!(
                overflows["perType"][kind].as_u64().unwrap_or(0) > 0,
                "{theme}: no {kind} label measured: {overflows}"
            );
        }
        assert_eq!(overflows["bad"], serde_json::json!([]), "{theme}: labels outside their shapes");

        let contrast: serde_json::Value = serde_json::from_str(eval(&tab, LOW_CONTRAST).as_str().unwrap()).unwrap();
        assert!(contrast["checked"].as_u64().unwrap() > 50, "too few texts checked: {contrast}");
        // Under 3:1 (WCAG's floor for large text; labels are 14-16px) fails.
        assert_eq!(contrast["bad"], serde_json::json!([]), "{theme}: illegible text");
        assert_eq!(contrast["weak"], serde_json::json!([]), "{theme}: text contrast below 3:1");
    }

    // The source toggle works without JavaScript: clicking the summary opens it.
    let opened = eval(
        &tab,
        "(() => { const d = document.querySelector('details.diagram-source'); d.querySelector('summary').click(); return d.open && d.querySelector('code').getBoundingClientRect().height > 0; })()",
    );
    assert_eq!(opened, serde_json::json!(true), "show source did not open");
}

/// One screenshot per diagram figure (page coordinates).
fn figure_screenshots(tab: &headless_chrome::Tab) -> Vec<Vec<u8>> {
    use headless_chrome::protocol::cdp::Page;
    let count = eval(tab, "document.querySelectorAll('figure.diagram').length").as_u64().unwrap();
    (0..count)
        .map(|n| {
            let rect = eval(
                tab,
                &format!(
                    "(() => {{ const f = document.querySelectorAll('figure.diagram')[{n}]; f.scrollIntoView(); const r = f.getBoundingClientRect(); return JSON.stringify([r.left + scrollX, r.top + scrollY, r.width, r.height]); }})()"
                ),
            );
            let r: Vec<f64> = serde_json::from_str(rect.as_str().unwrap()).unwrap();
            tab.capture_screenshot(
                CaptureScreenshotFormatOption::Png,
                None,
                Some(Page::Viewport { x: r[0], y: r[1], width: r[2].max(1.0), height: r[3].max(1.0), scale: 1.0 }),
                true,
            )
            .unwrap()
        })
        .collect()
}
