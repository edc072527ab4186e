//! GitHub-style heading ids: lower case, punctuation dropped, spaces to
//! hyphens, and `-1`, `-2`... appended to repeats so every id is unique.

use std::collections::HashMap;

/// Hands out unique slugs for one page.
#[derive(Debug, Default)]
pub struct Slugger {
    seen: HashMap<String, usize>,
}

impl Slugger {
    /// The unique id for a heading whose plain text is `text`.
    pub fn slug(&mut self, text: &str) -> String {
        let base = github_slug(text);
        self.unique(base)
    }

    /// Reserves an id the author chose (`{#id}`), de-duplicating it too.
    pub fn unique(&mut self, base: String) -> String {
        let base = if base.is_empty() { "section".to_string() } else { base };
        let mut candidate = base.clone();
        while let Some(count) = self.seen.get_mut(&candidate) {
            *count += 1;
            candidate = format!("{base}-{count}");
        }
        self.seen.insert(candidate.clone(), 0);
        candidate
    }
}

/// GitHub's algorithm: keep letters, digits, `-`, `_`; spaces become `-`.
pub fn github_slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        if c.is_alphanumeric() || c == '-' || c == '_' {
            out.extend(c.to_lowercase());
        } else if c == ' ' {
            out.push('-');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_compatible() {
        let mut s = Slugger::default();
        assert_eq!(s.slug("2. Event Loop"), "2-event-loop");
        assert_eq!(s.slug("2. Event Loop"), "2-event-loop-1");
        assert_eq!(s.slug("2. Event Loop"), "2-event-loop-2");
        assert_eq!(s.slug("🚀 Fast & `small`!"), "-fast--small");
        assert_eq!(s.slug("Über Straße"), "über-straße");
        assert_eq!(s.slug("!!!"), "section");
        assert_eq!(s.slug("2-event-loop-1"), "2-event-loop-1-1");
    }
}
