//! `crib build --single-file OUT.html`: the whole built site as one
//! self-contained HTML file. The site is built as usual into a temporary
//! folder; then every page's `<main>` becomes a `<section>` of one document
//! (hash routing: `#sf-N` is page N, `#pN-ID` is heading ID on page N; what
//! follows a `/` is the playground's: `#sf-N/example-3/step-12`),
//! links between pages and to headings are rewritten to those hashes, ids
//! are made unique per page (SVG `url(#...)` references too), and every
//! stylesheet, script, image, the search index and the playground's wasm
//! (base64) are inlined. Nothing is fetched: it opens from anywhere.
//!
//! It reads the finished pages, not the page model: what it rewrites
//! (every id and link of `<main>`, the template's pager and the fences'
//! SVG ids included) exists only in the HTML.

mod rewrite;

use std::collections::HashMap;
use std::path::Path;

/// A page of the built site.
struct BuiltPage {
    path: String,
    title: String,
    main: String,
}

/// Assembles the site built in `dist` into one HTML document.
pub fn assemble(dist: &Path) -> Result<String, String> {
    let read = |rel: &str| {
        std::fs::read_to_string(dist.join(rel)).map_err(|e| format!("cannot read {rel} of the built site: {e}"))
    };
    let mut paths = html_pages(dist)?;
    // The home page first: it is what the file opens on.
    paths.sort_by_key(|p| (p != "index.html", p.clone()));
    let mut pages = Vec::new();
    for path in &paths {
        let html = read(path)?;
        let title = between(&html, "<title>", "</title>").unwrap_or(path).to_string();
        let main = main_inner(&html)
            .ok_or_else(|| format!("{path}: no <main> element; a custom theme must keep `<main id=\"main\">`"))?;
        pages.push(BuiltPage { path: path.clone(), title, main: main.to_string() });
    }
    let index: HashMap<&str, usize> = pages.iter().enumerate().map(|(i, p)| (p.path.as_str(), i)).collect();
    let home = read("index.html")?;
    let main_open = home.find("<main").ok_or("index.html: no <main> element")?;
    let main_open_end = main_open + home[main_open..].find('>').ok_or("index.html: broken <main>")? + 1;
    let main_close = home.rfind("</main>").ok_or("index.html: no </main>")?;
    let footer = home[main_close..].find("<footer").map_or(main_close, |i| main_close + i);

    let mut out = String::new();
    let ctx = rewrite::Context { dist, index: &index };
    // The chrome (head, top bar, sidebar) of the home page, its links routed.
    let head_and_nav = rewrite::page_html(&home[..main_open_end], "index.html", None, &ctx);
    out.push_str(&inline_assets(&head_and_nav, dist)?);
    for (n, page) in pages.iter().enumerate() {
        let body = rewrite::page_html(&page.main, &page.path, Some(n), &ctx);
        out.push_str(&format!(
            "\n<section class=\"sf-page\" id=\"sf-{n}\" data-path=\"{}\" data-prefix=\"p{n}-\" data-title=\"{}\"{}>\n",
            crate::markdown::escape(&crate::markdown::links::encode_path(&page.path)),
            page.title, // already escaped in <title>
            if n == 0 { "" } else { " hidden" }
        ));
        out.push_str(&inline_images(&body, dist, &page.path));
        out.push_str("\n</section>\n");
    }
    out.push_str("</main>\n</div>\n");
    let tail = rewrite::page_html(&home[footer..], "index.html", None, &ctx);
    // The search index and the playground's files, inline, before the scripts that use them.
    let mut preload = String::from("<script>\n");
    preload.push_str(ROUTER);
    preload.push_str("\n</script>\n");
    let packages = playground::packages::KNOWN.iter().map(|name| crate::playground_assets::package_script(name));
    let fixed = [
        "search-index.js",
        "static/playground/worker-src.js",
        "static/playground/playground-wasm.js",
        "static/playground/quiz.js",
        "static/playground/extras.js",
    ];
    // Every search shard too: the search script finds them already loaded.
    let shards = search_shards(dist)?;
    for file in fixed.iter().map(|f| f.to_string()).chain(shards).chain(packages) {
        if dist.join(&file).exists() {
            preload.push_str(&script_tag(&read(&file)?));
        }
    }
    let tail = tail.replacen("<script", &format!("{preload}<script"), 1);
    out.push_str(&inline_assets(&tail, dist)?);
    Ok(out)
}

/// Hash routing: shows the section holding the element the hash names.
const ROUTER: &str = r##"/* crib single-file edition: one section per page, routed by the URL hash. */
(function () {
  "use strict";
  var pages = Array.prototype.slice.call(document.querySelectorAll("section.sf-page"));
  var byPath = {};
  pages.forEach(function (s) { byPath[s.getAttribute("data-path")] = s; });
  /* For search: the hash of heading `id` on page `path`. */
  window.__cribRoute = function (path, id) {
    var s = byPath[path];
    if (!s) return "#";
    return "#" + (id ? s.getAttribute("data-prefix") + id : s.id);
  };
  function show() {
    /* `#sf-2/example-3/step-4`: the page part routes, the playground reads the rest. */
    /* A hand-typed or cut-off link may hold a lone `%`: route by the raw text then. */
    var h = location.hash.slice(1);
    try { h = decodeURIComponent(h); } catch (e) { /* URIError: keep the raw hash */ }
    h = h.split("/")[0];
    var el = h ? document.getElementById(h) : null;
    var sec = el && el.closest ? el.closest("section.sf-page") : null;
    if (!sec) { sec = pages[0]; el = null; }
    pages.forEach(function (s) { s.hidden = s !== sec; });
    document.title = sec.getAttribute("data-title");
    var here = "#" + sec.id;
    document.querySelectorAll("#sidebar a").forEach(function (a) {
      if (a.getAttribute("href") === here) { a.setAttribute("aria-current", "page"); a.classList.add("active"); }
      else { a.removeAttribute("aria-current"); a.classList.remove("active"); }
    });
    if (el && el !== sec) el.scrollIntoView(); else window.scrollTo(0, 0);
  }
  window.addEventListener("hashchange", show);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show); else show();
})();"##;

fn script_tag(js: &str) -> String {
    format!("<script>\n{}\n</script>\n", js.replace("</script", "<\\/script").replace("<!--", "<\\!--"))
}

/// The search shard scripts (`search/*.js`), sorted.
fn search_shards(dist: &Path) -> Result<Vec<String>, String> {
    let dir = dist.join(crate::search::SHARD_DIR);
    let Ok(entries) = std::fs::read_dir(&dir) else { return Ok(Vec::new()) };
    let mut out = Vec::new();
    for entry in entries {
        let name = entry.map_err(|e| format!("{}: {e}", dir.display()))?.file_name().to_string_lossy().into_owned();
        if name.ends_with(".js") {
            out.push(format!("{}/{name}", crate::search::SHARD_DIR));
        }
    }
    out.sort();
    Ok(out)
}

/// Every `.html` file of the built site but the 404 page, as relative paths.
fn html_pages(dist: &Path) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(dist).sort_by_file_name() {
        let entry = entry.map_err(|e| e.to_string())?;
        let rel = entry.path().strip_prefix(dist).unwrap_or(entry.path());
        let rel = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
        if entry.file_type().is_file() && rel.ends_with(".html") && rel != "404.html" {
            out.push(rel);
        }
    }
    Ok(out)
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let a = text.find(start)? + start.len();
    let b = text[a..].find(end)? + a;
    Some(&text[a..b])
}

fn main_inner(html: &str) -> Option<&str> {
    let open = html.find("<main")?;
    let start = open + html[open..].find('>')? + 1;
    let end = html.rfind("</main>")?;
    (end >= start).then(|| &html[start..end])
}

/// Replaces `<link rel="stylesheet" href>`, `<link rel="icon" href>` and
/// `<script src>` of local files with their contents.
fn inline_assets(html: &str, dist: &Path) -> Result<String, String> {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find('>') else { break };
        let tag = &rest[..=end];
        if tag.starts_with("<link ") {
            let href = rewrite::attr(tag, "href").unwrap_or_default();
            let file = dist.join(href.trim_start_matches("./"));
            if tag.contains("rel=\"stylesheet\"") && file.is_file() {
                let css = std::fs::read_to_string(&file).map_err(|e| format!("{href}: {e}"))?;
                let media = rewrite::attr(tag, "media").map(|m| format!(" media=\"{m}\"")).unwrap_or_default();
                out.push_str(&format!("<style{media}>\n{}\n</style>", css.replace("</style", "<\\/style")));
            } else if tag.contains("rel=\"icon\"") && file.is_file() {
                out.push_str(&tag.replace(&format!("href=\"{href}\""), &format!("href=\"{}\"", data_url(&file))));
            } else {
                out.push_str(tag);
            }
            rest = &rest[end + 1..];
        } else if tag.starts_with("<script ") && rewrite::attr(tag, "src").is_some() {
            let src = rewrite::attr(tag, "src").unwrap_or_default();
            let file = dist.join(src.trim_start_matches("./"));
            let js = std::fs::read_to_string(&file).map_err(|e| format!("{src}: {e}"))?;
            out.push_str(&script_tag(&js));
            rest = &rest[end + 1..];
            if let Some(close) = rest.find("</script>") {
                rest = &rest[close + "</script>".len()..];
            }
        } else {
            out.push_str(tag);
            rest = &rest[end + 1..];
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// `<img src="local">` (relative to the page at `page`, percent-encoded)
/// becomes a data URL.
fn inline_images(html: &str, dist: &Path, page: &str) -> String {
    let file_of = |src: &str| {
        let src = crate::search::extract::decode_entities(src);
        let src = crate::markdown::links::decode_path(&src)?;
        let dir = page.rsplit_once('/').map_or("", |(d, _)| d);
        let joined = if dir.is_empty() { src } else { format!("{dir}/{src}") };
        crate::markdown::links::normalize(&joined).map(|rel| dist.join(rel))
    };
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find("<img ") {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = &rest[..end];
        match rewrite::attr(tag, "src").and_then(file_of) {
            Some(file) if file.is_file() => {
                let src = rewrite::attr(tag, "src").unwrap_or_default();
                out.push_str(&tag.replace(&format!("src=\"{src}\""), &format!("src=\"{}\"", data_url(&file))));
            }
            _ => out.push_str(tag),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn data_url(file: &Path) -> String {
    use base64::Engine as _;
    let mime = match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        _ => "application/octet-stream",
    };
    let bytes = std::fs::read(file).unwrap_or_default();
    format!("data:{mime};base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes))
}
