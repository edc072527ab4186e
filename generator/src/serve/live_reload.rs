//! The live-reload client (`live-reload.js`) and where it goes: `crib serve`
//! adds it to every HTML page as it serves it, with the version of the site
//! being served, so the built files stay exactly what `crib build` writes
//! (and an unchanged page needs no rewrite when the version moves on).

/// The reload client, inlined in each page's `<head>`.
pub const CLIENT_JS: &str = include_str!("live-reload.js");

/// The two scripts for a page of site version `version`.
pub fn head_html(version: u64) -> String {
    format!("<script>window.__CRIB_SERVE__={{version:{version}}};</script>\n<script>{CLIENT_JS}</script>\n")
}

/// `html` with the client added just before `</head>` (at the start when
/// the page has no head).
pub fn inject(html: &[u8], version: u64) -> Vec<u8> {
    let scripts = head_html(version);
    let at = find(html, b"</head>").unwrap_or(0);
    let mut out = Vec::with_capacity(html.len() + scripts.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(scripts.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The page served while no build has succeeded yet: the client alone,
/// which shows the errors and reloads once a build works.
pub fn waiting_page() -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>crib serve: waiting for a good build</title>{}</head>\
         <body><p>crib serve: the site has not built yet. Fix the errors shown and save.</p></body></html>",
        head_html(0)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn injects_before_the_head_closes() {
        let page = inject(b"<html><head><title>t</title></head><body></body></html>", 7);
        let page = String::from_utf8(page).unwrap();
        let script = page.find("window.__CRIB_SERVE__={version:7}").unwrap();
        assert!(page.find("<title>").unwrap() < script && script < page.find("</head>").unwrap(), "{page}");
        assert!(String::from_utf8(inject(b"<p>no head</p>", 1)).unwrap().starts_with("<script>"));
    }
}
