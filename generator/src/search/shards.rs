//! The sharded index: each page's sections tokenized and scored here, at
//! build time, exactly as the browser used to do it on first search
//! (`themes/default/static/search.js` keeps the same rules for queries), then
//! split into small script files so a first query loads only what it needs:
//!
//! - `search-index.js`: the page list and the term dictionary (every term,
//!   sorted, plus the order in which terms first occur, which typo
//!   candidates follow);
//! - `search/t<j>.js`: the postings of the terms whose shard key hashes to
//!   shard `j`: the key is a term's first two characters, or more for a
//!   prefix the dictionary lists as split ([`Split`]), so a big prefix like
//!   "co" is spread over several shards;
//! - `search/d<g>.js`: the section texts (heading, body, code) of pages
//!   `g*DOC_PAGES ..`, loaded only for the pages a result list shows.
//!
//! Every file is a classic script assigning into `window.__cribSearchShards`
//! (JSONP style), so it loads with a `<script>` tag from `file://` too.
//! Shard assignment is a pure function of the term and of the shard count,
//! which only changes when the index crosses a power of two of
//! [`TERM_SHARD_BYTES`], so an edit changes only the shards of the terms and
//! pages it touches.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Target size of one term shard, chosen by measurement (see ARCHITECTURE.md).
pub const TERM_SHARD_BYTES: usize = 96 * 1024;
/// Pages per document shard.
pub const DOC_PAGES: usize = 4;
/// At most this many term shards.
const MAX_TERM_SHARDS: usize = 1024;
/// Sections of one page are numbered below this in the browser's keys
/// (`page * SECTION_SLOTS + section`), which keep the old global order.
pub const SECTION_SLOTS: usize = 65536;

static WORD: LazyLock<regex::Regex> = LazyLock::new(|| regex::Regex::new(r"[\p{L}\p{N}_$]+").expect("valid regex"));

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// Lower-case terms of `text`, as search.js's `tokenize`: every word, and
/// for camelCase, snake_case and `$` words of 4+ characters also their parts.
pub fn tokenize(text: &str, out: &mut Vec<String>) {
    for m in WORD.find_iter(text) {
        let w = m.as_str();
        out.push(w.to_lowercase());
        let b = w.as_bytes();
        let camel = b.windows(2).any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase());
        if utf16_len(w) > 3 && (camel || w.contains('_') || w.contains('$')) {
            // `w.replace(/([a-z\d])([A-Z])/g, "$1 $2").split(/[\s_$]+/)`
            let mut spaced = String::with_capacity(w.len() + 4);
            let mut prev: Option<char> = None;
            for c in w.chars() {
                if c.is_ascii_uppercase() && prev.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit()) {
                    spaced.push(' ');
                    // A match consumes both characters: the next one cannot pair with this one.
                    prev = None;
                    spaced.push(c);
                    continue;
                }
                spaced.push(c);
                prev = Some(c);
            }
            let whole = utf16_len(w);
            for part in spaced.split([' ', '_', '$']) {
                if !part.is_empty() && utf16_len(part) < whole {
                    out.push(part.to_lowercase());
                }
            }
        }
    }
}

/// Field bits of a posting: which fields of the section hold the term.
const TITLE_FULL: u32 = 1;
const TITLE_HALF: u32 = 2;
const HEADING: u32 = 4;
const BODY: u32 = 8;
const CODE: u32 = 16;

/// One page, indexed: its section texts (the document shard part) and its
/// terms in first-occurrence order, each with its postings as JSON numbers
/// `section,code,...` where code = occurrences * 32 + field bits.
pub struct PageIndex {
    /// `[[id,heading,body,code],...]`, every `</` written `<\/`.
    pub doc: String,
    pub terms: Vec<(Box<str>, String)>,
    /// Hash of each term's first two UTF-16 units ([`prefix_hash`]).
    pub hashes: Vec<u32>,
    /// Bytes of postings (for the shard count).
    pub posting_bytes: usize,
}

/// FNV-1a over UTF-16 units (search.js: `prefixHash`).
fn fnv(units: &[u16]) -> u32 {
    let mut h: u32 = 2166136261;
    for &unit in units {
        h ^= u32::from(unit);
        h = h.wrapping_mul(16777619);
    }
    h
}

/// The hash of `term`'s first two UTF-16 units: its shard's when its prefix is not split.
pub fn prefix_hash(term: &str) -> u32 {
    let units: Vec<u16> = term.encode_utf16().take(2).collect();
    fnv(&units)
}

/// Prefixes split further (the dictionary's `s`): a term under one goes to
/// the shard of a prefix one UTF-16 unit longer, so a big two-character
/// prefix ("co", "re") becomes several shards.
#[derive(Clone, Default, PartialEq, Eq, Debug)]
pub struct Split {
    /// In JavaScript order, parents first.
    pub list: Vec<String>,
    set: rustc_hash::FxHashSet<Vec<u16>>,
}

impl Split {
    pub fn new(list: Vec<String>) -> Split {
        let set = list.iter().map(|p| p.encode_utf16().collect()).collect();
        Split { list, set }
    }

    /// The hash of `term`'s shard key: its first two UTF-16 units, one more
    /// while the prefix so far is split (search.js: `shardKey`). `two` is
    /// [`prefix_hash`] of the term, for the usual case.
    pub fn key_hash(&self, term: &str, two: u32) -> u32 {
        if self.set.is_empty() {
            return two;
        }
        let mut units = [0u16; MAX_KEY_UNITS + 1];
        let mut len = 0;
        for (slot, u) in units.iter_mut().zip(term.encode_utf16()) {
            *slot = u;
            len += 1;
        }
        let mut k = 2;
        while k < len && self.set.contains(&units[..k]) {
            k += 1;
        }
        if k == 2 { two } else { fnv(&units[..k]) }
    }
}

/// A prefix holding more than this many bytes of postings is split ...
pub const SPLIT_BYTES: u64 = 2 * TERM_SHARD_BYTES as u64;
/// ... so that shard keys have at most this many UTF-16 units (split
/// prefixes one fewer).
pub const MAX_KEY_UNITS: usize = 6;

/// Indexes one page from its rows (see [`super::section_rows`]).
pub fn index_page(title: &str, rows: &str) -> PageIndex {
    let mut doc = String::with_capacity(rows.len() + 16);
    doc.push('[');
    let mut sections: Vec<[String; 4]> = Vec::new();
    for row in rows.split('\n').filter(|r| !r.is_empty()) {
        if !sections.is_empty() {
            doc.push(',');
        }
        doc.push('[');
        doc.push_str(row);
        let parsed: Vec<String> = serde_json::from_str(&format!("[{row}")).unwrap_or_default();
        let mut it = parsed.into_iter();
        sections.push([
            it.next().unwrap_or_default(),
            it.next().unwrap_or_default(),
            it.next().unwrap_or_default(),
            it.next().unwrap_or_default(),
        ]);
    }
    doc.push(']');

    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut terms: Vec<(Box<str>, String)> = Vec::new();
    let mut toks = Vec::new();
    for (s, sec) in sections.iter().enumerate().take(SECTION_SLOTS) {
        // Per section: term -> (bits, occurrences), in first-token order.
        let mut order: Vec<String> = Vec::new();
        let mut counts: HashMap<String, (u32, u32)> = HashMap::new();
        let fields = [title, sec[1].as_str(), sec[2].as_str(), sec[3].as_str()];
        for (f, text) in fields.iter().enumerate() {
            if text.is_empty() {
                continue;
            }
            let bit = match f {
                0 if s == 0 => TITLE_FULL,
                0 => TITLE_HALF,
                1 => HEADING,
                2 => BODY,
                _ => CODE,
            };
            toks.clear();
            tokenize(text, &mut toks);
            for t in toks.drain(..) {
                match counts.get_mut(&t) {
                    Some(c) => {
                        c.0 |= bit;
                        c.1 += 1;
                    }
                    None => {
                        counts.insert(t.clone(), (bit, 1));
                        order.push(t);
                    }
                }
            }
        }
        for t in order {
            let (bits, n) = counts[&t];
            let code = u64::from(n) * 32 + u64::from(bits);
            let at = match ids.get(&t) {
                Some(&at) => at,
                None => {
                    ids.insert(t.clone(), terms.len());
                    terms.push((t.into_boxed_str(), String::new()));
                    terms.len() - 1
                }
            };
            let postings = &mut terms[at].1;
            if !postings.is_empty() {
                postings.push(',');
            }
            postings.push_str(&format!("{s},{code}"));
        }
    }
    let hashes = terms.iter().map(|(t, _)| prefix_hash(t)).collect();
    let posting_bytes = terms.iter().map(|(t, p)| t.len() + p.len() + 6).sum();
    PageIndex { doc, terms, hashes, posting_bytes }
}

/// How many term shards an index of `bytes` of postings gets: a power of two.
pub fn term_shard_count(bytes: usize) -> usize {
    (bytes / TERM_SHARD_BYTES).max(1).next_power_of_two().min(MAX_TERM_SHARDS)
}

/// The page's postings split by term shard (`n` shards, `split` prefixes):
/// per shard, one line `term\x1fs,code,...` per term (empty if none).
pub fn page_chunks(page: &PageIndex, n: usize, split: &Split) -> Vec<String> {
    let mut chunks = vec![String::new(); n];
    for ((term, postings), h) in page.terms.iter().zip(&page.hashes) {
        let chunk = &mut chunks[split.key_hash(term, *h) as usize % n];
        if !chunk.is_empty() {
            chunk.push('\n');
        }
        chunk.push_str(term);
        chunk.push('\x1f');
        chunk.push_str(postings);
    }
    chunks
}

/// A term shard's value from every page's chunk for it (pages in order):
/// the JSON object `{"term":[page,[s,code,...],page,...],...}`, as a
/// `JSON.parse('...')` call (parsed faster than the same object literal).
pub fn term_shard_js<'a>(chunks: impl Iterator<Item = (usize, &'a str)>) -> String {
    let mut by_term: std::collections::BTreeMap<&str, String> = Default::default();
    for (page, chunk) in chunks {
        for line in chunk.split('\n').filter(|l| !l.is_empty()) {
            let (term, postings) = line.split_once('\x1f').unwrap_or((line, ""));
            let entry = by_term.entry(term).or_default();
            if !entry.is_empty() {
                entry.push(',');
            }
            entry.push_str(&format!("{page},[{postings}]"));
        }
    }
    let mut json = String::from("{");
    for (k, (term, postings)) in by_term.iter().enumerate() {
        if k > 0 {
            json.push(',');
        }
        json.push_str(&serde_json::to_string(term).expect("a string"));
        json.push_str(":[");
        json.push_str(postings);
        json.push(']');
    }
    json.push('}');
    // In a single-quoted JavaScript string (and never `</`: terms are word characters).
    format!("JSON.parse('{}')", json.replace('\\', "\\\\").replace('\'', "\\'"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        tokenize(s, &mut out);
        out
    }

    #[test]
    fn tokenizes_like_the_browser() {
        assert_eq!(
            toks("highWaterMark set_immediate $el a_b $elem"),
            [
                "highwatermark",
                "high",
                "water",
                "mark",
                "set_immediate",
                "set",
                "immediate",
                "$el",
                "a_b",
                "$elem",
                "elem"
            ]
        );
        assert_eq!(toks("aBcD x1Y ÉTÉ"), ["abcd", "a", "bc", "d", "x1y", "été"]);
        // "2F" splits but does not make a camelCase word by itself.
        assert_eq!(toks("read2File readA2File"), ["read2file", "reada2file", "read", "a2", "file"]);
    }

    #[test]
    fn scores_fields_and_counts() {
        let rows = super::super::section_rows(&[
            super::super::extract::Section {
                id: String::new(),
                heading: String::new(),
                body: "timer timer".into(),
                code: String::new(),
            },
            super::super::extract::Section {
                id: "x".into(),
                heading: "Timer".into(),
                body: String::new(),
                code: "timer()".into(),
            },
        ]);
        let page = index_page("Timer page", &rows);
        let (t, p) = &page.terms[0];
        assert_eq!(&**t, "timer");
        // Section 0: title (full) + body, 3 occurrences; section 1: title (half) + heading + code, 3.
        assert_eq!(p, &format!("0,{},1,{}", 3 * 32 + TITLE_FULL + BODY, 3 * 32 + TITLE_HALF + HEADING + CODE));
    }
}
