//! `sitemap.xml`, written only when `base_url` is set: the one file whose
//! links are absolute, as the sitemap protocol requires (and, like every
//! URL crib writes, percent-encoded).

use crate::markdown::{escape, links::encode_path};

pub fn render(base_url: &str, paths: &[String]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for path in paths {
        out.push_str("  <url><loc>");
        out.push_str(&escape(&format!("{base_url}{}", encode_path(path))));
        out.push_str("</loc></url>\n");
    }
    out.push_str("</urlset>\n");
    out
}
