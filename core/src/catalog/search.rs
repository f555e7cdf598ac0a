//! Full-text search over project names, partners, descriptions and cities, in both languages,
//! with pinyin for Chinese names and cities.
//!
//! Every searchable text is folded once (see `normalise`) into one byte buffer of
//! "documents" separated by `\n`, which a query can never contain, so a match never spans two
//! fields. A project points at up to four documents: its own (names in both languages, the
//! Chinese name's pinyin and initials), its description (shared documents are stored once),
//! its partner's and its city's. A query term is found with one substring scan of the buffer;
//! a term that extends a term of the previous query only rescans the documents that matched
//! it, and the projects checked are only the previous matches.

use memchr::memmem::Finder;

use super::bits::Bits;
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
}

/// The projects matching a query, kept to refine the next one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hits {
    terms: Vec<String>,
    term_docs: Vec<Bits>,
    /// The matching projects.
    pub projects: Bits,
}

impl Hits {
    /// The folded terms searched for.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }
}

/// Appends a bilingual text's folded sides, each followed by the separator.
fn push_text(doc: &mut String, text: &Text, with_pinyin: bool) {
    for side in [text.zh.as_deref(), text.en.as_deref()]
        .into_iter()
        .flatten()
    {
        doc.push_str(&fold(side));
        doc.push('\n');
    }
    if let Some(zh) = text.zh.as_deref().filter(|_| with_pinyin) {
        let r = romanise(zh);
        for part in [r.full, r.initials] {
            doc.push_str(&part);
            doc.push('\n');
        }
    }
}

impl SearchIndex {
    /// Folds every searchable text of the dataset.
    pub fn new(data: &Dataset) -> SearchIndex {
        let mut index = SearchIndex::default();
        let mut doc = String::new();
        let add = |index: &mut SearchIndex, doc: &str| -> u32 {
            index.starts.push(index.bank.len() as u32);
            index.bank.extend_from_slice(doc.as_bytes());
            (index.starts.len() - 1) as u32
        };
        let mut entity = |index: &mut SearchIndex, text: &Text| {
            doc.clear();
            push_text(&mut doc, text, true);
            add(index, &doc)
        };
        let partners: Vec<u32> = data
            .organisations
            .iter()
            .map(|o| entity(&mut index, &o.name))
            .collect();
        let cities: Vec<u32> = data
            .cities
            .iter()
            .map(|c| entity(&mut index, &c.name))
            .collect();
        let mut own = String::new();
        let mut descriptions: Vec<Option<String>> = Vec::with_capacity(data.projects.len());
        for p in &data.projects {
            own.clear();
            push_text(&mut own, &p.name, true);
            let own_doc = add(&mut index, &own);
            descriptions.push(p.description.as_ref().map(|d| {
                let mut doc = String::new();
                push_text(&mut doc, d, false);
                doc
            }));
            index.docs[0].push(own_doc);
            index.docs[2].push(p.partner.map_or(NONE, |o| partners[o.ix()]));
            index.docs[3].push(p.city.map_or(NONE, |c| cities[c.ix()]));
        }
        // Descriptions are often shared (templates): store each distinct one once.
        let mut order: Vec<u32> = (0..descriptions.len() as u32)
            .filter(|&i| descriptions[i as usize].is_some())
            .collect();
        super::order::sort_indices(&mut order, &|a, b| {
            descriptions[a as usize].cmp(&descriptions[b as usize])
        });
        index.docs[1] = vec![NONE; descriptions.len()];
        let mut last: Option<(usize, u32)> = None;
        for &i in &order {
            let i = i as usize;
            let doc = match last {
                Some((j, d)) if descriptions[j] == descriptions[i] => d,
                _ => add(&mut index, descriptions[i].as_deref().unwrap_or_default()),
            };
            index.docs[1][i] = doc;
            last = Some((i, doc));
        }
        index.starts.push(index.bank.len() as u32);
        index
    }

    fn doc_count(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    fn doc(&self, d: usize) -> &[u8] {
        &self.bank[self.starts[d] as usize..self.starts[d + 1] as usize]
    }

    /// The documents containing `term`: one scan of the whole buffer, or of `within` only.
    fn scan(&self, term: &str, within: Option<&Bits>) -> Bits {
        let finder = Finder::new(term.as_bytes());
        let mut found = Bits::new(self.doc_count());
        match within {
            Some(candidates) => {
                for d in candidates.iter() {
                    if finder.find(self.doc(d)).is_some() {
                        found.insert(d);
                    }
                }
            }
            None => {
                let (mut pos, mut d) = (0, 0);
                while let Some(offset) = finder.find(&self.bank[pos..]) {
                    let at = pos + offset;
                    // Matches come in order: walk the document starts forward.
                    while self.starts[d + 1] as usize <= at {
                        d += 1;
                    }
                    found.insert(d);
                    // One match is enough: go on from the next document.
                    pos = self.starts[d + 1] as usize;
                }
            }
        }
        found
    }

    /// Searches for every term (folded, see `normalise::terms`); `None` when there is none.
    /// `previous` is the last result: when each of its terms is part of a new term, only its
    /// matches are looked at again.
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
                .all(|old| terms.iter().any(|t| t.contains(old.as_str())))
        });
        let term_docs: Vec<Bits> = terms
            .iter()
            .map(|t| {
                let within = narrows.and_then(|p| {
                    let k = p.terms.iter().position(|old| t.contains(old.as_str()))?;
                    Some(&p.term_docs[k])
                });
                self.scan(t, within)
            })
            .collect();
        let n = self.docs[0].len();
        // Per term, a project matches when one of its documents does; all terms must match.
        let mut ok: Vec<bool> = match narrows {
            Some(prev) => {
                let mut v = vec![false; n];
                prev.projects.iter().for_each(|i| v[i] = true);
                v
            }
            None => vec![true; n],
        };
        let mut term_ok = vec![false; n];
        for hit in &term_docs {
            term_ok.fill(false);
            for column in &self.docs {
                for ((t, &d), &o) in term_ok.iter_mut().zip(column).zip(&ok) {
                    if o && !*t && d != NONE && hit.contains(d as usize) {
                        *t = true;
                    }
                }
            }
            for (o, &t) in ok.iter_mut().zip(&term_ok) {
                *o &= t;
            }
        }
        let mut projects = Bits::new(n);
        for (i, &o) in ok.iter().enumerate() {
            if o {
                projects.insert(i);
            }
        }
        Some(Hits {
            terms,
            term_docs,
            projects,
        })
    }

    /// Bytes held by the folded documents (for the benchmark notes).
    pub fn bytes(&self) -> usize {
        self.bank.len() + self.starts.len() * 4 + self.docs[0].len() * 16
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
    r.full.contains(filter) || r.initials.contains(filter)
}
