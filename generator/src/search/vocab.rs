//! The term dictionary as state kept between builds, so `crib serve` patches
//! it with an edited page's terms instead of gathering and sorting every
//! page's terms again.
//!
//! Per term it keeps the pages holding it (sorted), where it first occurs
//! (first page, place in that page's term list: the order typo candidates
//! are tried in) and its bytes of postings (for splitting big prefixes into
//! several term shards). The terms are kept sorted in JavaScript string
//! order, and grouped by (UTF-16 length, first occurrence) in a `BTreeSet`,
//! so [`Vocab::dictionary`] is two linear walks. A patched `Vocab` gives
//! exactly the bytes a [`Vocab::build`] of the same pages gives (tested).

use super::shards::PageIndex;
use rustc_hash::FxHashMap;
use std::collections::BTreeSet;
use std::sync::Arc;

/// Terms grouped by (UTF-16 length, first page, place in it, id).
type OrderKey = (u32, u32, u32, u32);

#[derive(Clone)]
struct Term {
    text: Box<str>,
    /// Pages holding the term, ascending; empty for a free slot.
    pages: Vec<u32>,
    /// Place of the term in the term list of `pages[0]`.
    pos: u32,
    /// UTF-16 length.
    len: u32,
    /// Bytes of postings over all pages (as [`posting_bytes`]).
    bytes: u64,
}

/// The dictionary of a site's pages (see the module documentation).
#[derive(Clone, Default)]
pub struct Vocab {
    ids: FxHashMap<Box<str>, u32>,
    terms: Vec<Term>,
    free: Vec<u32>,
    /// Term ids in JavaScript string order.
    sorted: Vec<u32>,
    order: BTreeSet<OrderKey>,
}

/// A term's share of a shard's bytes on one page: the term, its postings
/// and a few bytes of punctuation.
pub fn posting_bytes(term: &str, postings: &str) -> u64 {
    (term.len() + postings.len() + 6) as u64
}

/// JavaScript's string order (UTF-16 code units), fast for the usual case.
pub fn js_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    match x.iter().zip(y).position(|(p, q)| p != q) {
        // Below 0xEE both are in the same UTF-16 order as UTF-8 bytes.
        Some(i) if x[i] < 0xEE && y[i] < 0xEE => x[i].cmp(&y[i]),
        Some(_) => a.encode_utf16().cmp(b.encode_utf16()),
        None => x.len().cmp(&y.len()),
    }
}

/// Whether `a` and `b` have the same first `k` UTF-16 units (or are both
/// shorter and equal). A byte comparison when `a`'s first `k` bytes are
/// ASCII, the usual case: `split_range` calls this once per term and level.
fn same_prefix(a: &str, b: &str, k: usize) -> bool {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    if x.len() >= k && x[..k].is_ascii() {
        return y.len() >= k && x[..k] == y[..k];
    }
    a.encode_utf16().take(k).eq(b.encode_utf16().take(k))
}

fn utf16_len(s: &str) -> u32 {
    s.chars().map(char::len_utf16).sum::<usize>() as u32
}

impl Vocab {
    /// The dictionary of `pages` (in page order), from scratch.
    pub fn build(pages: &[Arc<PageIndex>]) -> Vocab {
        let mut v = Vocab::default();
        for (p, page) in pages.iter().enumerate() {
            for (pos, (t, postings)) in page.terms.iter().enumerate() {
                let bytes = posting_bytes(t, postings);
                match v.ids.get(&**t) {
                    Some(&id) => {
                        let term = &mut v.terms[id as usize];
                        term.pages.push(p as u32);
                        term.bytes += bytes;
                    }
                    None => {
                        let id = v.terms.len() as u32;
                        v.ids.insert(t.clone(), id);
                        v.terms.push(Term {
                            text: t.clone(),
                            pages: vec![p as u32],
                            pos: pos as u32,
                            len: utf16_len(t),
                            bytes,
                        });
                    }
                }
            }
        }
        v.sorted = (0..v.terms.len() as u32).collect();
        let terms = &v.terms;
        v.sorted.sort_unstable_by(|&a, &b| js_cmp(&terms[a as usize].text, &terms[b as usize].text));
        v.order = terms.iter().enumerate().map(|(id, t)| (t.len, t.pages[0], t.pos, id as u32)).collect();
        v
    }

    /// Patches the dictionary for the pages at `changed` (ascending), whose
    /// index was `old[i]` and is now `new[i]` (same page list, so the same
    /// page numbers).
    pub fn update(&mut self, changed: &[usize], old: &[Arc<PageIndex>], new: &[Arc<PageIndex>]) {
        // What the dictionary reflects so far: the old pages, then each page as it is patched.
        let mut view: Vec<Arc<PageIndex>> = old.to_vec();
        for &i in changed {
            self.patch_page(i as u32, &old[i], &new[i], &view);
            view[i] = new[i].clone();
        }
    }

    fn key(&self, id: u32) -> OrderKey {
        let t = &self.terms[id as usize];
        (t.len, t.pages[0], t.pos, id)
    }

    fn patch_page(&mut self, page: u32, old: &PageIndex, new: &PageIndex, view: &[Arc<PageIndex>]) {
        let in_new: FxHashMap<&str, usize> = new.terms.iter().enumerate().map(|(k, (t, _))| (&**t, k)).collect();
        for (t, postings) in &old.terms {
            let Some(&id) = self.ids.get(&**t) else { continue };
            self.terms[id as usize].bytes -= posting_bytes(t, postings);
            if in_new.contains_key(&**t) {
                continue;
            }
            // The page no longer holds the term.
            let was = self.key(id);
            let term = &mut self.terms[id as usize];
            if let Ok(at) = term.pages.binary_search(&page) {
                term.pages.remove(at);
            }
            if term.pages.is_empty() {
                self.remove(id, was);
            } else if term.pages[0] != was.1 {
                // It now first occurs on the next page holding it.
                let first = term.pages[0] as usize;
                term.pos = view[first].terms.iter().position(|(x, _)| x == t).unwrap_or(u32::MAX as usize) as u32;
                self.order.remove(&was);
                let now = self.key(id);
                self.order.insert(now);
            }
        }
        for (pos, (t, postings)) in new.terms.iter().enumerate() {
            let bytes = posting_bytes(t, postings);
            let Some(&id) = self.ids.get(&**t) else {
                self.insert(t, page, pos as u32, bytes);
                continue;
            };
            let was = self.key(id);
            let term = &mut self.terms[id as usize];
            term.bytes += bytes;
            if let Err(at) = term.pages.binary_search(&page) {
                term.pages.insert(at, page);
            }
            if term.pages[0] == page {
                term.pos = pos as u32;
                let now = self.key(id);
                if now != was {
                    self.order.remove(&was);
                    self.order.insert(now);
                }
            }
        }
    }

    fn insert(&mut self, t: &str, page: u32, pos: u32, bytes: u64) {
        let term = Term { text: t.into(), pages: vec![page], pos, len: utf16_len(t), bytes };
        let id = match self.free.pop() {
            Some(id) => {
                self.terms[id as usize] = term;
                id
            }
            None => {
                self.terms.push(term);
                self.terms.len() as u32 - 1
            }
        };
        self.ids.insert(t.into(), id);
        let terms = &self.terms;
        let at = self.sorted.partition_point(|&x| js_cmp(&terms[x as usize].text, t).is_lt());
        self.sorted.insert(at, id);
        let key = self.key(id);
        self.order.insert(key);
    }

    fn remove(&mut self, id: u32, key: OrderKey) {
        self.order.remove(&key);
        let text = std::mem::take(&mut self.terms[id as usize].text);
        self.ids.remove(&text);
        let terms = &self.terms;
        let at = self.sorted.partition_point(|&x| x != id && js_cmp(&terms[x as usize].text, &text).is_lt());
        if self.sorted.get(at) == Some(&id) {
            self.sorted.remove(at);
        } else if let Some(at) = self.sorted.iter().position(|&x| x == id) {
            self.sorted.remove(at);
        }
        self.free.push(id);
    }

    /// The dictionary: every term in JavaScript's order, joined by `\n`; the
    /// terms' places in that list grouped by UTF-16 length, each group in
    /// first-occurrence order (pages in order), which is the order typo
    /// candidates are tried in; and the groups as `[length, count]`.
    pub fn dictionary(&self) -> (String, Vec<u32>, Vec<[usize; 2]>) {
        let mut place = vec![0u32; self.terms.len()];
        let mut text =
            String::with_capacity(self.sorted.iter().map(|&id| self.terms[id as usize].text.len() + 1).sum());
        for (k, &id) in self.sorted.iter().enumerate() {
            place[id as usize] = k as u32;
            if k > 0 {
                text.push('\n');
            }
            text.push_str(&self.terms[id as usize].text);
        }
        let mut groups: Vec<[usize; 2]> = Vec::new();
        let mut order = Vec::with_capacity(self.order.len());
        for &(len, _, _, id) in &self.order {
            order.push(place[id as usize]);
            match groups.last_mut() {
                Some(g) if g[0] == len as usize => g[1] += 1,
                _ => groups.push([len as usize, 1]),
            }
        }
        (text, order, groups)
    }

    /// Prefixes (of 2 to `max_units` UTF-16 units) whose terms hold more
    /// than `limit` bytes of postings, each one longer than a prefix already
    /// split: their terms go to term shards by a prefix one unit longer (see
    /// [`super::shards::shard_key`]). In JavaScript order, parents first.
    pub fn split_prefixes(&self, limit: u64, max_units: usize) -> Vec<String> {
        assert!(max_units < 16, "prefixes are kept in 16 units");
        let mut out = Vec::new();
        self.split_range(&self.sorted, 2, limit, max_units, &mut out);
        out
    }

    fn split_range(&self, range: &[u32], k: usize, limit: u64, max_units: usize, out: &mut Vec<String>) {
        let text = |id: u32| &*self.terms[id as usize].text;
        let mut start = 0;
        while start < range.len() {
            let first = text(range[start]);
            let mut end = start + 1;
            let mut total = self.terms[range[start] as usize].bytes;
            while end < range.len() && same_prefix(first, text(range[end]), k) {
                total += self.terms[range[end] as usize].bytes;
                end += 1;
            }
            let p: Vec<u16> = first.encode_utf16().take(k).collect();
            // Never a prefix that ends inside a surrogate pair (it is no string).
            let whole = p.last().is_some_and(|u| !(0xD800..0xDC00).contains(u));
            if total > limit && p.len() == k && k < max_units && whole && end - start > 1 {
                out.push(String::from_utf16_lossy(&p));
                self.split_range(&range[start..end], k + 1, limit, max_units, out);
            }
            start = end;
        }
    }

    /// Number of terms.
    pub fn len(&self) -> usize {
        self.sorted.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sorted.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::super::shards::index_page;
    use super::*;

    fn page(words: &str) -> Arc<PageIndex> {
        Arc::new(index_page(words, "\"\",\"\",\"\",\"\"]"))
    }

    #[test]
    fn dictionary_is_sorted_with_first_occurrence_order() {
        let v = Vocab::build(&[page("b a"), page("c a"), page("bb aa")]);
        let (text, order, groups) = v.dictionary();
        assert_eq!(text, "a\naa\nb\nbb\nc");
        // Length 1 first seen b, a, c; length 2 bb, aa.
        assert_eq!(order, [2, 0, 4, 3, 1]);
        assert_eq!(groups, [[1, 3], [2, 2]]);
        assert_eq!(js_cmp("\u{FF21}", "\u{1F600}"), std::cmp::Ordering::Greater);
    }

    #[test]
    fn a_patched_dictionary_equals_a_cold_one() {
        // Edits that add, drop, move and reorder terms, including a page's
        // first occurrence passing to a later page, and two pages at once.
        let texts = ["alpha beta gamma", "beta delta alpha", "gamma epsilon", "zeta", "beta eta theta"];
        let mut pages: Vec<Arc<PageIndex>> = texts.iter().map(|t| page(t)).collect();
        let mut v = Vocab::build(&pages);
        let edits: &[&[(usize, &str)]] = &[
            &[(0, "alpha gamma iota")],
            &[(1, "alpha delta beta kappa")],
            &[(0, "zeta"), (4, "theta")],
            &[(3, "")],
            &[(2, "gamma epsilon lambda ÉTÉ 😀x"), (3, "alpha zeta")],
            &[(0, "beta"), (1, "beta"), (2, "beta"), (3, "beta"), (4, "beta")],
            &[(1, "mu nu xi omicron"), (4, "mu")],
        ];
        for edit in edits {
            let old = pages.clone();
            for &(i, text) in *edit {
                pages[i] = page(text);
            }
            let changed: Vec<usize> = edit.iter().map(|e| e.0).collect();
            v.update(&changed, &old, &pages);
            let cold = Vocab::build(&pages);
            assert_eq!(v.dictionary(), cold.dictionary(), "after {edit:?}");
            assert_eq!(v.split_prefixes(10, 6), cold.split_prefixes(10, 6), "after {edit:?}");
            let bytes = |v: &Vocab| -> Vec<(String, u64)> {
                v.sorted.iter().map(|&id| (v.terms[id as usize].text.to_string(), v.terms[id as usize].bytes)).collect()
            };
            assert_eq!(bytes(&v), bytes(&cold));
        }
    }

    #[test]
    fn prefixes_compare_by_utf16_units() {
        assert!(same_prefix("cookie", "copy", 2));
        assert!(!same_prefix("cookie", "copy", 3));
        assert!(!same_prefix("co", "c", 2), "a shorter term has another prefix");
        assert!(same_prefix("c", "c", 2), "equal short terms");
        // Non-ASCII: "é" is one UTF-16 unit but two UTF-8 bytes.
        assert!(same_prefix("éa", "éaz", 2));
        assert!(!same_prefix("éa", "éb", 2));
        assert!(!same_prefix("ab", "aé", 2));
        assert!(same_prefix("ab", "abé", 2));
        // An astral character is two units: its prefix of one unit is half of it.
        assert!(same_prefix("😀x", "😁x", 1));
        assert!(!same_prefix("😀x", "😁x", 2));
    }

    #[test]
    fn big_prefixes_are_split_one_unit_at_a_time() {
        let v = Vocab::build(&[page("console const constant cons co copy re read cat")]);
        // Each term holds 12-18 bytes ("0,33" and the term): a limit of 20 splits
        // prefixes of two terms or more, never a single term ("copy", "cat").
        assert_eq!(v.split_prefixes(20, 6), ["co", "con", "cons", "const", "re"]);
        assert!(v.split_prefixes(1000, 6).is_empty());
        assert_eq!(v.split_prefixes(20, 5), ["co", "con", "cons", "re"]);
        assert_eq!(v.split_prefixes(20, 3), ["co", "re"]);
        // Keys: the shortest prefix not split: "cat" "ca", "copy" "cop", "const" "const", "constant" "consta".
        let split = super::super::shards::Split::new(v.split_prefixes(20, 6));
        let key = |t: &str| split.key_hash(t, super::super::shards::prefix_hash(t));
        let fnv = |t: &str| super::super::shards::Split::default().key_hash(t, super::super::shards::prefix_hash(t));
        assert_eq!(key("cat"), fnv("cat"));
        assert_ne!(key("copy"), key("cons"));
        assert_eq!(key("constant"), key("constantly"), "both keyed \"consta\"");
        assert_ne!(key("constant"), key("const"));
    }
}
