//! The FAQ catalogue: which entries exist, in which section and order, what is related to what,
//! and where each answer's facts come from. No prose: every word lives in the locales.
//!
//! Pure: the catalogue is built from already-parsed data ([`CatalogueFile`]) and validated
//! here; reading files is the content adapter's job.

pub mod search;
pub mod zawgyi;

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::{Deserialize, Serialize};

/// An entry id: `q01` … `q44` for the 2002 questions, descriptive ids (`ls-deadline`) beyond.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct FaqId(String);

impl FaqId {
    /// Accepts 1–32 characters of `a-z`, `0-9` and `-`, starting with a letter.
    pub fn parse(text: &str) -> Result<Self, String> {
        let valid = (1..=32).contains(&text.len())
            && text.starts_with(|c: char| c.is_ascii_lowercase())
            && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if valid { Ok(Self(text.to_owned())) } else { Err(format!("`{text}` is not an entry id (a-z, 0-9, -)")) }
    }

    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for FaqId {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text)
    }
}

impl From<FaqId> for String {
    fn from(id: FaqId) -> Self {
        id.0
    }
}

impl fmt::Display for FaqId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A section letter: A insured persons … G permanent residency, L the claim guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(try_from = "String")]
pub struct SectionId(char);

impl SectionId {
    /// The lowercase letter used in message ids (`faq-section-a-title`).
    #[must_use]
    pub fn lowercase(self) -> char {
        self.0.to_ascii_lowercase()
    }

    /// Parses a section letter in either case.
    pub fn parse(text: &str) -> Option<Self> {
        let mut chars = text.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_ascii_alphabetic() => Some(Self(c.to_ascii_uppercase())),
            _ => None,
        }
    }
}

impl TryFrom<String> for SectionId {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text).ok_or_else(|| format!("`{text}` is not a section letter"))
    }
}

impl fmt::Display for SectionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A source of an answer's facts.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub url: String,
    /// The page's date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub as_of: String,
}

/// One FAQ entry as written in `faq/catalogue.yaml`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub id: FaqId,
    pub section: SectionId,
    pub order: u32,
    #[serde(default)]
    pub related: Vec<FaqId>,
    pub sources: Vec<Source>,
    /// The day the answer was last checked against its sources (`YYYY-MM-DD`).
    pub reviewed: String,
}

/// The shape of `faq/catalogue.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueFile {
    pub sections: Vec<SectionId>,
    pub entries: Vec<Entry>,
}

/// A problem in the catalogue, naming the entry it is about (if any).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub entry: Option<FaqId>,
    pub message: String,
}

/// The validated catalogue: entries in display order, looked up by id.
#[derive(Debug, Clone)]
pub struct Catalogue {
    sections: Vec<SectionId>,
    entries: Vec<Entry>,
    index: HashMap<FaqId, usize>,
}

impl Catalogue {
    /// Validates the parsed file: unique ids, known sections, unique order within a section,
    /// related ids that exist, sources that are URLs with dates. Lists every problem.
    pub fn new(file: CatalogueFile) -> Result<Self, Vec<Problem>> {
        let mut problems = Vec::new();
        let mut problem = |entry: Option<&FaqId>, message: String| {
            problems.push(Problem { entry: entry.cloned(), message });
        };
        let sections: HashSet<SectionId> = file.sections.iter().copied().collect();
        if sections.len() != file.sections.len() {
            problem(None, "a section is listed twice in `sections`".to_owned());
        }
        let ids: HashSet<&FaqId> = file.entries.iter().map(|e| &e.id).collect();
        let mut seen = HashSet::new();
        let mut orders = HashSet::new();
        for entry in &file.entries {
            let id = Some(&entry.id);
            if !seen.insert(&entry.id) {
                problem(id, format!("duplicate id `{}`", entry.id));
            }
            if !sections.contains(&entry.section) {
                problem(id, format!("unknown section `{}` (sections: {:?})", entry.section, file.sections));
            }
            if !orders.insert((entry.section, entry.order)) {
                problem(id, format!("order {} is used twice in section {}", entry.order, entry.section));
            }
            for related in &entry.related {
                if !ids.contains(related) {
                    problem(id, format!("related id `{related}` does not exist"));
                } else if related == &entry.id {
                    problem(id, "an entry is not related to itself".to_owned());
                }
            }
            if entry.sources.is_empty() {
                problem(id, "no sources".to_owned());
            }
            for source in &entry.sources {
                if !is_url(&source.url) {
                    problem(id, format!("source `{}` is not an http(s) URL", source.url));
                }
                if !is_date(&source.as_of) {
                    problem(
                        id,
                        format!("source {}: as_of `{}` is not YYYY, YYYY-MM or YYYY-MM-DD", source.url, source.as_of),
                    );
                }
            }
            if !(is_date(&entry.reviewed) && entry.reviewed.len() == 10) {
                problem(id, format!("reviewed `{}` is not YYYY-MM-DD", entry.reviewed));
            }
        }
        for section in &file.sections {
            if !file.entries.iter().any(|e| e.section == *section) {
                problem(None, format!("section {section} has no entries"));
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut entries = file.entries;
        let position = |s: SectionId| file.sections.iter().position(|x| *x == s).unwrap_or(usize::MAX);
        entries.sort_by_key(|e| (position(e.section), e.order));
        let index = entries.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
        Ok(Self { sections: file.sections, entries, index })
    }

    /// Sections in display order.
    #[must_use]
    pub fn sections(&self) -> &[SectionId] {
        &self.sections
    }

    /// All entries in display order (by section, then order).
    #[must_use]
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entries of one section in display order.
    pub fn in_section(&self, section: SectionId) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |e| e.section == section)
    }

    /// The entry with this id.
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&Entry> {
        FaqId::parse(id).ok().and_then(|id| self.index.get(&id)).map(|&i| &self.entries[i])
    }
}

/// The message ids of an entry's text in every locale.
#[must_use]
pub fn message_ids(id: &FaqId) -> [String; 3] {
    [format!("faq-{id}-question"), format!("faq-{id}-answer"), format!("faq-{id}-keywords")]
}

/// The message id of a section's title.
#[must_use]
pub fn section_title_id(section: SectionId) -> String {
    format!("faq-section-{}-title", section.lowercase())
}

fn is_url(text: &str) -> bool {
    let rest = text.strip_prefix("https://").or_else(|| text.strip_prefix("http://"));
    rest.is_some_and(|rest| rest.contains('.') && !rest.contains(char::is_whitespace))
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with plausible numbers.
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |part: &str, len: usize, range: std::ops::RangeInclusive<u32>| {
        part.len() == len && part.parse::<u32>().is_ok_and(|n| range.contains(&n))
    };
    match parts.as_slice() {
        [y] => number(y, 4, 1990..=2100),
        [y, m] => number(y, 4, 1990..=2100) && number(m, 2, 1..=12),
        [y, m, d] => number(y, 4, 1990..=2100) && number(m, 2, 1..=12) && number(d, 2, 1..=31),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, section: char, order: u32, related: &[&str]) -> Entry {
        Entry {
            id: FaqId::parse(id).expect("id"),
            section: SectionId(section),
            order,
            related: related.iter().map(|r| FaqId::parse(r).expect("id")).collect(),
            sources: vec![Source { url: "https://example.org/page".to_owned(), as_of: "2026-01".to_owned() }],
            reviewed: "2026-11-23".to_owned(),
        }
    }

    #[test]
    fn entries_come_out_in_section_then_order() {
        let file = CatalogueFile {
            sections: vec![SectionId('L'), SectionId('A')],
            entries: vec![entry("q02", 'A', 2, &[]), entry("ls-amount", 'L', 1, &["q01"]), entry("q01", 'A', 1, &[])],
        };
        let catalogue = Catalogue::new(file).expect("valid");
        let ids: Vec<&str> = catalogue.entries().iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["ls-amount", "q01", "q02"]);
        assert_eq!(catalogue.get("q02").map(|e| e.order), Some(2));
        assert!(catalogue.get("Q02").is_none());
    }

    #[test]
    fn every_problem_is_listed() {
        let mut bad_source = entry("q03", 'A', 3, &[]);
        bad_source.sources[0] = Source { url: "example.org".to_owned(), as_of: "n.d.".to_owned() };
        let file = CatalogueFile {
            sections: vec![SectionId('A'), SectionId('B')],
            entries: vec![
                entry("q01", 'A', 1, &["q99"]),
                entry("q01", 'A', 2, &[]),
                entry("q02", 'C', 1, &["q02"]),
                bad_source,
            ],
        };
        let problems = Catalogue::new(file).expect_err("invalid");
        let text: Vec<String> = problems.iter().map(|p| p.message.clone()).collect();
        let text = text.join("\n");
        for expected in [
            "related id `q99` does not exist",
            "duplicate id `q01`",
            "unknown section `C`",
            "not related to itself",
            "is not an http(s) URL",
            "as_of `n.d.`",
            "section B has no entries",
        ] {
            assert!(text.contains(expected), "missing `{expected}` in:\n{text}");
        }
    }

    #[test]
    fn ids_are_checked() {
        assert!(FaqId::parse("ls-tax-refund").is_ok());
        for bad in ["", "Q01", "1abc", "a b", "faq_01"] {
            assert!(FaqId::parse(bad).is_err(), "{bad}");
        }
    }
}
