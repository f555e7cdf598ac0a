//! Full-text search over project names, partners, descriptions and cities, in both languages,
//! with pinyin for Chinese names and cities.
//!
//! Every searchable text is folded once (see `normalise`) into one byte buffer of
//! "documents" separated by `\n`, which a query can never contain, so a match never spans two
//! fields. A project points at up to four documents: its own (names in both languages, the
//! Chinese name's pinyin and initials), its description (shared documents are stored once),
//! its partner's and its city's. A document's signature (which bytes it holds) answers a
//! one-letter query and lets a longer term skip documents without scanning them. A term is
//! found with substring scans of the candidate documents (`needle`); a term of two bytes or
//! more keeps its positions, so a query that extends the previous one (typing) only compares
//! bytes at those positions, and the projects checked are only the previous matches. In the
//! pinyin a term of two bytes or more must start at a reading: "gz" finds 赣州 (g-an z-hou),
//! not the "g z" where two readings meet (nan-chang zong-bu).

use std::collections::HashMap;

use super::bits::Bits;
use super::needle;
use super::normalise::fold;
use super::pinyin::romanise;
use crate::model::Dataset;
use crate::text::Text;

const NONE: u32 = u32::MAX;

/// The folded search documents of a dataset.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    bank: Vec<u8>,
    /// Where each document starts in `bank`; one more entry than documents.
    starts: Vec<u32>,
    /// Per slot (own, description, partner, city), per project: a document or `NONE`.
    docs: [Vec<u32>; 4],
    /// Per document: which bytes it has (see [`byte_bit`]), to skip documents without scanning.
    signatures: Vec<u64>,
    /// One bit per byte of `bank`: set where a pinyin reading continues, so a term of two
    /// bytes or more cannot start there ("gz" is not in nan*chang zong*bu). A one-byte term,
    /// answered by the signatures, matches any occurrence.
    inside: Vec<u64>,
}

/// A byte's bit in a document signature: one bit each for `a`–`z` and `0`–`9` (so a one-letter
/// query needs no scan at all), shared bits for other bytes (a filter, not an answer).
fn byte_bit(b: u8) -> u64 {
    let bit = match b {
        b'a'..=b'z' => b - b'a',
        b'0'..=b'9' => 26 + (b - b'0'),
        0..=0x7f => 36 + b % 8,
        _ => 44 + b % 20,
    };
    1 << bit
}

/// The signature of some bytes: the union of their bits.
fn signature(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0, |sig, &b| sig | byte_bit(b))
}

/// The projects matching a query, kept to refine the next one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hits {
    terms: Vec<String>,
    term_hits: Vec<TermHits>,
    /// The matching projects.
    pub projects: Bits,
}

/// Where one term occurs.
#[derive(Clone, Debug, PartialEq, Eq)]
struct TermHits {
    /// The documents it occurs in.
    docs: Bits,
    /// Every position in the bank where it starts, ascending (kept for terms of two bytes or
    /// more; a one-byte term occurs too often to be worth it).
    positions: Option<Vec<u32>>,
}

impl Hits {
    /// The folded terms searched for.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }
}

/// Appends a bilingual text's folded sides, each followed by the separator. With `pinyin`,
/// also the Chinese side's pinyin and initials, adding to it where in `doc` a reading
/// continues (see [`Romanised::inside`](super::pinyin::Romanised::inside)).
fn push_text(doc: &mut String, text: &Text, pinyin: Option<&mut Vec<usize>>) {
    for side in [text.zh.as_deref(), text.en.as_deref()]
        .into_iter()
        .flatten()
    {
        doc.push_str(&fold(side));
        doc.push('\n');
    }
    if let (Some(zh), Some(inside)) = (text.zh.as_deref(), pinyin) {
        let r = romanise(zh);
        inside.extend(r.inside.iter().map(|at| doc.len() + at));
        for part in [r.full, r.initials] {
            doc.push_str(&part);
            doc.push('\n');
        }
    }
}

/// A search index being built a slice of projects at a time, so that a page building one for
/// a large dataset can give the browser a turn between slices.
#[derive(Debug)]
pub struct SearchBuild {
    index: SearchIndex,
    partners: Vec<u32>,
    cities: Vec<u32>,
    /// Descriptions are often shared (templates): each distinct one is stored once.
    descriptions: HashMap<Box<str>, u32>,
    /// The next project to fold.
    next: usize,
    doc: String,
    inside: Vec<usize>,
}

impl SearchBuild {
    /// Folds the partners and cities (the projects come in `step`).
    pub fn start(data: &Dataset) -> SearchBuild {
        let mut build = SearchBuild {
            index: SearchIndex::default(),
            partners: Vec::new(),
            cities: Vec::new(),
            descriptions: HashMap::new(),
            next: 0,
            doc: String::new(),
            inside: Vec::new(),
        };
        for o in &data.organisations {
            let d = build.add_text(&o.name);
            build.partners.push(d);
        }
        for c in &data.cities {
            let d = build.add_text(&c.name);
            build.cities.push(d);
        }
        build
    }

    /// Folds a text, with its pinyin, into a new document.
    fn add_text(&mut self, text: &Text) -> u32 {
        self.doc.clear();
        self.inside.clear();
        push_text(&mut self.doc, text, Some(&mut self.inside));
        self.index.add(&self.doc, &self.inside)
    }

    /// Folds the next `count` projects; true when every project is done.
    pub fn step(&mut self, data: &Dataset, count: usize) -> bool {
        let end = data.projects.len().min(self.next.saturating_add(count));
        for p in &data.projects[self.next..end] {
            let own = self.add_text(&p.name);
            let description = match &p.description {
                None => NONE,
                Some(d) => {
                    self.doc.clear();
                    push_text(&mut self.doc, d, None);
                    match self.descriptions.get(self.doc.as_str()) {
                        Some(&doc) => doc,
                        None => {
                            let doc = self.index.add(&self.doc, &[]);
                            self.descriptions.insert(self.doc.as_str().into(), doc);
                            doc
                        }
                    }
                }
            };
            let docs = &mut self.index.docs;
            docs[0].push(own);
            docs[1].push(description);
            docs[2].push(p.partner.map_or(NONE, |o| self.partners[o.ix()]));
            docs[3].push(p.city.map_or(NONE, |c| self.cities[c.ix()]));
        }
        self.next = end;
        end == data.projects.len()
    }

    /// How many projects are done.
    pub fn done(&self) -> usize {
        self.next
    }

    /// The index (of the projects stepped through).
    pub fn finish(mut self) -> SearchIndex {
        self.index.starts.push(self.index.bank.len() as u32);
        self.index
    }
}

impl SearchIndex {
    /// Folds every searchable text of the dataset.
    pub fn new(data: &Dataset) -> SearchIndex {
        let mut build = SearchBuild::start(data);
        build.step(data, usize::MAX);
        build.finish()
    }

    /// Appends a document, `inside` its offsets where a pinyin reading continues; returns its
    /// number.
    fn add(&mut self, doc: &str, inside: &[usize]) -> u32 {
        let start = self.bank.len();
        self.starts.push(start as u32);
        self.signatures.push(signature(doc.as_bytes()));
        self.bank.extend_from_slice(doc.as_bytes());
        self.inside.resize(self.bank.len().div_ceil(64), 0);
        for at in inside.iter().map(|i| start + i) {
            self.inside[at / 64] |= 1 << (at % 64);
        }
        (self.starts.len() - 1) as u32
    }

    /// Whether a term may not start at `at`: inside a pinyin reading.
    fn inside_reading(&self, at: usize) -> bool {
        self.inside[at / 64] & (1 << (at % 64)) != 0
    }

    fn doc_count(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// Where `term` occurs: one scan of the whole buffer, or of the documents in `within` only
    /// (each run of consecutive documents in one go). Terms of two bytes or more keep every
    /// position they occur at, so that the next keystroke only checks those.
    fn scan(&self, term: &str, within: Option<&Bits>) -> TermHits {
        let mut hits = TermHits {
            docs: Bits::new(self.doc_count()),
            positions: (term.len() > 1).then(Vec::new),
        };
        // Only documents that have every byte of the term can contain it.
        let need = signature(term.as_bytes());
        let has = |&d: &usize| self.signatures[d] & need == need;
        let docs: Box<dyn Iterator<Item = usize>> = match within {
            Some(candidates) => Box::new(candidates.iter().filter(has)),
            None => Box::new((0..self.doc_count()).filter(has)),
        };
        if let [b @ (b'a'..=b'z' | b'0'..=b'9')] = term.as_bytes() {
            // A letter or digit has a bit of its own: the signatures are the answer.
            debug_assert_eq!(byte_bit(*b), need);
            docs.for_each(|d| hits.docs.insert(d));
            return hits;
        }
        let mut docs = docs.peekable();
        while let Some(first) = docs.next() {
            let mut end = first + 1;
            while docs.next_if_eq(&end).is_some() {
                end += 1;
            }
            self.scan_run(term.as_bytes(), first..end, &mut hits);
        }
        hits
    }

    /// Adds where `term` occurs in the documents `docs` to `hits`.
    fn scan_run(&self, term: &[u8], docs: std::ops::Range<usize>, hits: &mut TermHits) {
        let end = self.starts[docs.end] as usize;
        let (mut pos, mut d) = (self.starts[docs.start] as usize, docs.start);
        while let Some(offset) = needle::find(&self.bank[pos..end], term) {
            let at = pos + offset;
            if self.inside_reading(at) {
                pos = at + 1;
                continue;
            }
            // Matches come in order: walk the document starts forward.
            while self.starts[d + 1] as usize <= at {
                d += 1;
            }
            hits.docs.insert(d);
            pos = match hits.positions.as_mut() {
                Some(positions) => {
                    positions.push(at as u32);
                    at + 1
                }
                // One match is enough: go on from the next document.
                None => self.starts[d + 1] as usize,
            };
        }
    }

    /// Where `term` occurs, from where its beginning occurred: each occurrence of `term`
    /// starts where one of `start`'s does.
    fn check(&self, term: &str, start: &[u32]) -> TermHits {
        let term = term.as_bytes();
        let mut docs = Bits::new(self.doc_count());
        let mut positions = Vec::new();
        let mut d = 0;
        for at in start.iter().map(|&p| p as usize) {
            // The separator cannot be in a term: a match never spans two documents.
            if self.bank.get(at..at + term.len()) != Some(term) {
                continue;
            }
            while self.starts[d + 1] as usize <= at {
                d += 1;
            }
            docs.insert(d);
            positions.push(at as u32);
        }
        TermHits {
            docs,
            positions: Some(positions),
        }
    }

    /// Searches for every term (folded, see `normalise::terms`); `None` when there is none.
    /// `previous` is the last result: when each of its terms begins a new term (typing on),
    /// only its matches are looked at again (where they occurred, when that was kept). A term
    /// grown at its front is searched afresh: it may start where the old one could not, at a
    /// pinyin reading ("ganz" where "anz" was inside one).
    pub fn search(&self, terms: Vec<String>, previous: Option<&Hits>) -> Option<Hits> {
        if terms.is_empty() {
            return None;
        }
        if let Some(prev) = previous.filter(|p| p.terms == terms) {
            return Some(prev.clone());
        }
        let narrows = previous.filter(|p| {
            p.terms
                .iter()
                .all(|old| terms.iter().any(|t| t.starts_with(old.as_str())))
        });
        let term_hits: Vec<TermHits> = terms
            .iter()
            .map(|t| {
                let Some(hits) = narrows.and_then(|p| {
                    let k = p.terms.iter().position(|old| t.starts_with(old.as_str()))?;
                    Some(&p.term_hits[k])
                }) else {
                    return self.scan(t, None);
                };
                match &hits.positions {
                    Some(positions) => self.check(t, positions),
                    None => self.scan(t, Some(&hits.docs)),
                }
            })
            .collect();
        let n = self.docs[0].len();
        // A project matches a term when one of its documents does; it must match every term.
        let matches = |p: usize| {
            term_hits.iter().all(|TermHits { docs: hit, .. }| {
                self.docs.iter().any(|column| {
                    let d = column[p];
                    d != NONE && hit.contains(d as usize)
                })
            })
        };
        let mut projects = Bits::new(n);
        match narrows {
            Some(prev) => prev
                .projects
                .iter()
                .filter(|&p| matches(p))
                .for_each(|p| projects.insert(p)),
            None => (0..n)
                .filter(|&p| matches(p))
                .for_each(|p| projects.insert(p)),
        }
        Some(Hits {
            terms,
            term_hits,
            projects,
        })
    }

    /// Bytes held by the folded documents (for the benchmark notes).
    pub fn bytes(&self) -> usize {
        self.bank.len()
            + self.starts.len() * 4
            + self.signatures.len() * 8
            + self.inside.len() * 8
            + self.docs[0].len() * 16
    }
}

/// Whether a short label (a facet value) matches a filter typed into the facet's search box:
/// substring of the folded label, or of its pinyin or initials.
pub fn label_matches(label: &str, filter: &str) -> bool {
    let filter = fold(filter);
    let filter = filter.trim();
    if filter.is_empty() {
        return true;
    }
    if fold(label).contains(filter) {
        return true;
    }
    let r = romanise(label);
    r.full_contains(filter) || r.initials.contains(filter)
}
