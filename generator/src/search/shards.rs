//! The sharded index: each page's sections tokenized and scored here, at
//! build time, exactly as the browser used to do it on first search
//! (`themes/default/static/search.js` keeps the same rules for queries), then
//! split into small script files so a first query loads only what it needs:
//!
//! - `search-index.js`: the page list and the term dictionary (every term,
//!   sorted, plus the order in which terms first occur, which typo
//!   candidates follow);
//! - `search/t<j>.js`: the postings of the terms whose first two characters
//!   hash to shard `j` (so a prefix of two or more characters lives in one
//!   shard);
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

/// FNV-1a over the first two UTF-16 units of `term` (search.js: `prefixHash`).
pub fn prefix_hash(term: &str) -> u32 {
    let mut h: u32 = 2166136261;
    for unit in term.encode_utf16().take(2) {
        h ^= u32::from(unit);
        h = h.wrapping_mul(16777619);
    }
    h
}

/// Indexes one page from its rows (see [`super::section_rows`]).
pub fn index_page(title: &str, rows: &str) -> PageIndex {
    let mut doc = String::with_capacity(rows.len() + 16);
    doc.push('[');
    let mut sections: Vec<[String; 4]> = Vec::new();
    for row in rows.split('\n').filter(|r| !r.is_empty()) {
        if sections.len() > 0 {
            doc.push(',');
        }
        doc.push('[');
        doc.push_str(row);
        let parsed: Vec<String> = serde_json::from_str(&format!("[{row}")).unwrap_or_default();
        let mut it = parsed.into_iter();
        sections.push([it.next().unwrap_or_default(), it.next().unwrap_or_default(), it.next().unwrap_or_default(), it.next().unwrap_or_default()]);
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

/// The page's postings split by term shard (`n` shards): per shard, one
/// line `term\x1fs,code,...` per term (empty if none).
pub fn page_chunks(page: &PageIndex, n: usize) -> Vec<String> {
    let mut chunks = vec![String::new(); n];
    for ((term, postings), h) in page.terms.iter().zip(&page.hashes) {
        let chunk = &mut chunks[*h as usize % n];
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

/// JavaScript's string order (UTF-16 code units), fast for the usual case.
fn js_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    match x.iter().zip(y).position(|(p, q)| p != q) {
        // Below 0xEE both are in the same UTF-16 order as UTF-8 bytes.
        Some(i) if x[i] < 0xEE && y[i] < 0xEE => x[i].cmp(&y[i]),
        Some(_) => a.encode_utf16().cmp(b.encode_utf16()),
        None => x.len().cmp(&y.len()),
    }
}

/// The dictionary: every term sorted in JavaScript's order, joined by
/// `\n`; the terms' places in that list grouped by length (UTF-16 units),
/// each group in first-occurrence order (pages in order), which is the
/// order typo candidates are tried in; and the groups as `[length, count]`.
pub fn dictionary(pages: &[&PageIndex]) -> (String, Vec<u32>, Vec<[usize; 2]>) {
    let mut seen: rustc_hash::FxHashSet<&str> = Default::default();
    let mut vocab: Vec<&str> = Vec::new();
    for page in pages {
        for (t, _) in &page.terms {
            if seen.insert(t) {
                vocab.push(t);
            }
        }
    }
    let mut sorted: Vec<u32> = (0..vocab.len() as u32).collect();
    sorted.sort_unstable_by(|&a, &b| js_cmp(vocab[a as usize], vocab[b as usize]));
    let mut place = vec![0u32; vocab.len()];
    let mut text = String::with_capacity(vocab.iter().map(|t| t.len() + 1).sum());
    for (k, &v) in sorted.iter().enumerate() {
        place[v as usize] = k as u32;
        if k > 0 {
            text.push('\n');
        }
        text.push_str(vocab[v as usize]);
    }
    // Stable: first-occurrence order within each length.
    let mut by_length: Vec<(usize, u32)> = vocab.iter().zip(&place).map(|(t, &k)| (utf16_len(t), k)).collect();
    by_length.sort_by_key(|&(len, _)| len);
    let mut groups: Vec<[usize; 2]> = Vec::new();
    for &(len, _) in &by_length {
        match groups.last_mut() {
            Some(g) if g[0] == len => g[1] += 1,
            _ => groups.push([len, 1]),
        }
    }
    (text, by_length.into_iter().map(|(_, k)| k).collect(), groups)
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
        assert_eq!(toks("highWaterMark set_immediate $el a_b $elem"), ["highwatermark", "high", "water", "mark", "set_immediate", "set", "immediate", "$el", "a_b", "$elem", "elem"]);
        assert_eq!(toks("aBcD x1Y ÉTÉ"), ["abcd", "a", "bc", "d", "x1y", "été"]);
        // "2F" splits but does not make a camelCase word by itself.
        assert_eq!(toks("read2File readA2File"), ["read2file", "reada2file", "read", "a2", "file"]);
    }

    #[test]
    fn scores_fields_and_counts() {
        let rows = super::super::section_rows(&[
            super::super::extract::Section { id: String::new(), heading: String::new(), body: "timer timer".into(), code: String::new() },
            super::super::extract::Section { id: "x".into(), heading: "Timer".into(), body: String::new(), code: "timer()".into() },
        ]);
        let page = index_page("Timer page", &rows);
        let (t, p) = &page.terms[0];
        assert_eq!(&**t, "timer");
        // Section 0: title (full) + body, 3 occurrences; section 1: title (half) + heading + code, 3.
        assert_eq!(p, &format!("0,{},1,{}", 3 * 32 + TITLE_FULL + BODY, 3 * 32 + TITLE_HALF + HEADING + CODE));
    }

    #[test]
    fn dictionary_is_sorted_with_first_occurrence_order() {
        let a = index_page("b a", "\"\",\"\",\"\",\"\"]");
        let b = index_page("c a", "\"\",\"\",\"\",\"\"]");
        let c = index_page("bb aa", "\"\",\"\",\"\",\"\"]");
        let (text, order, groups) = dictionary(&[&a, &b, &c]);
        assert_eq!(text, "a\naa\nb\nbb\nc");
        // Length 1 first seen b, a, c; length 2 bb, aa.
        assert_eq!(order, [2, 0, 4, 3, 1]);
        assert_eq!(groups, [[1, 3], [2, 2]]);
        assert_eq!(js_cmp("\u{FF21}", "\u{1F600}"), std::cmp::Ordering::Greater);
    }
}
