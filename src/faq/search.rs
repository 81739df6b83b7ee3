//! Free-text search over the FAQ in every language at once: normalisation, tokens, and BM25
//! ranking of entries by their question, keywords and answer.
//!
//! Pure and in memory. The index is built from plain texts handed in by the caller (which
//! knows the locales); a query typed in any language is matched against all of them, so an
//! English question from a user whose Telegram is Vietnamese still lands.

use std::collections::HashMap as StdHashMap;

/// Hash maps keyed by terms: a fast non-cryptographic hash (the index is built from our own
/// content, not from untrusted input, and queries are a handful of terms).
type HashMap<K, V> = StdHashMap<K, V, foldhash::fast::RandomState>;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use super::FaqId;

/// Which part of an entry a text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Question,
    Keywords,
    Answer,
}

impl Field {
    const ALL: [Self; 3] = [Self::Question, Self::Keywords, Self::Answer];

    fn index(self) -> usize {
        match self {
            Self::Question => 0,
            Self::Keywords => 1,
            Self::Answer => 2,
        }
    }

    /// How much a match in this field counts: the answer mentions many things in passing.
    fn weight(self) -> f64 {
        match self {
            Self::Question => 1.0,
            Self::Keywords => 1.0,
            Self::Answer => 0.35,
        }
    }
}

/// One text to index: a field of an entry in one language (`T`: a `&str`, or a `String`
/// made for it).
#[derive(Debug, Clone, Copy)]
pub struct Document<'a, T = &'a str> {
    pub id: &'a FaqId,
    pub lang: &'a str,
    pub field: Field,
    pub text: T,
}

/// An entry and how well it matches.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub id: FaqId,
    pub score: f64,
}

/// The ranked entries for one query (best first, at most [`MAX_HITS`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Ranking {
    /// True when the best entry is good and clearly ahead: answer it directly. Otherwise
    /// offer the hits as "did you mean", or a consultant when there are none.
    pub confident: bool,
    pub hits: Vec<Hit>,
}

/// The most hits a search returns.
pub const MAX_HITS: usize = 5;
/// The least score of a confident answer (a distinctive term in the question or keywords).
const CONFIDENT_SCORE: f64 = 6.0;
/// How far the best must lead the second to be confident.
const CONFIDENT_LEAD: f64 = 1.4;
/// The least score of a hit worth showing as "did you mean".
const MIN_HIT_SCORE: f64 = 2.0;

/// How much a word one typo away counts, against the word itself.
const TYPO_WEIGHT: f64 = 0.7;

const K1: f64 = 1.2;
const B: f64 = 0.75;

/// What ranks entries for a question: the index itself, or something that has one (perhaps
/// still being built).
pub trait Search {
    /// Ranks entries for a question typed by a user, in any language.
    fn rank(&self, query: &str) -> Ranking;
}

impl Search for SearchIndex {
    fn rank(&self, query: &str) -> Ranking {
        self.search(query)
    }
}

/// One indexed text: its entry, its field and its length in tokens.
#[derive(Debug, Clone)]
struct Doc {
    entry: u32,
    lang: u16,
    field: Field,
    len: u32,
}

/// A term's occurrences in one document, in four bytes: the document's number in the low 24
/// bits (16 million documents; the content has about two thousand), how often the term
/// occurs in it in the high 8. Counts stop at 255, five times the most any text of the
/// content has (52); BM25's term-frequency factor has all but levelled off long before.
#[derive(Debug, Clone, Copy)]
struct Posting(u32);

impl Posting {
    const DOC_BITS: u32 = 24;

    fn new(doc: u32, tf: u32) -> Self {
        Self(doc.min((1 << Self::DOC_BITS) - 1) | (tf.min(255) << Self::DOC_BITS))
    }

    fn doc(self) -> usize {
        (self.0 & ((1 << Self::DOC_BITS) - 1)) as usize
    }

    fn tf(self) -> u32 {
        self.0 >> Self::DOC_BITS
    }
}

/// The in-memory index over every entry in every language. Laid out flat (the terms in one
/// sorted string, the postings in one list) because it lives as long as the process and is
/// built for eleven languages: maps of strings to lists cost several times the memory.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    ids: Vec<FaqId>,
    langs: usize,
    docs: Vec<Doc>,
    /// Every term, sorted, one after the other; term `i` ends at `term_ends[i]`.
    terms: String,
    term_ends: Vec<u32>,
    /// Term `i`'s postings are `postings[posting_starts[i]..posting_starts[i + 1]]`.
    postings: Vec<Posting>,
    posting_starts: Vec<u32>,
    /// For typo tolerance: (hash of a term with one letter deleted, the term), sorted. A hash
    /// may be shared by unrelated words; every candidate is checked against the query.
    deletions: Vec<(u32, u32)>,
    /// Per field: number of documents and average length.
    field_docs: [f64; 3],
    field_avg_len: [f64; 3],
}

impl SearchIndex {
    /// Builds the index from texts; empty texts are skipped. Texts are taken one at a time,
    /// so a caller may make each as it is needed.
    pub fn build<'a, T: AsRef<str>>(documents: impl IntoIterator<Item = Document<'a, T>>) -> Self {
        let mut index = Self::default();
        let mut entries: HashMap<FaqId, u32> = HashMap::default();
        let mut langs: HashMap<String, u16> = HashMap::default();
        let mut lengths = [0u64; 3];
        // While building: term → number in order of first sight, and (term, posting) pairs.
        let mut seen: HashMap<String, u32> = HashMap::default();
        let mut found: Vec<(u32, Posting)> = Vec::new();
        for document in documents {
            // Terms by number: most were seen before, and are only looked up.
            let mut numbers: Vec<u32> = Vec::new();
            each_token(document.text.as_ref(), &mut |term| {
                let number = match seen.get(term) {
                    Some(number) => *number,
                    None => {
                        let number = u32::try_from(seen.len()).unwrap_or(u32::MAX);
                        seen.insert(term.to_owned(), number);
                        number
                    }
                };
                numbers.push(number);
            });
            if numbers.is_empty() {
                continue;
            }
            let next_entry = u32::try_from(entries.len()).unwrap_or(u32::MAX);
            let entry = *entries.entry(document.id.clone()).or_insert_with(|| {
                index.ids.push(document.id.clone());
                next_entry
            });
            let next_lang = u16::try_from(langs.len()).unwrap_or(u16::MAX);
            let lang = *langs.entry(document.lang.to_owned()).or_insert(next_lang);
            let doc = u32::try_from(index.docs.len()).unwrap_or(u32::MAX);
            let len = u32::try_from(numbers.len()).unwrap_or(u32::MAX);
            // Equal terms side by side: count each run, no map per document.
            numbers.sort_unstable();
            let mut terms = numbers.into_iter().peekable();
            while let Some(term) = terms.next() {
                let mut tf = 1;
                while terms.next_if_eq(&term).is_some() {
                    tf += 1;
                }
                found.push((term, Posting::new(doc, tf)));
            }
            let field = document.field.index();
            index.field_docs[field] += 1.0;
            lengths[field] += u64::from(len);
            index.docs.push(Doc { entry, lang, field: document.field, len });
        }
        index.langs = langs.len();
        // Number the terms in sorted order, and the postings by term.
        let mut by_name: Vec<(String, u32)> = seen.into_iter().collect();
        by_name.sort_unstable();
        let mut rank = vec![0u32; by_name.len()];
        for (sorted, (term, first_seen)) in by_name.iter().enumerate() {
            rank[*first_seen as usize] = u32::try_from(sorted).unwrap_or(u32::MAX);
            index.terms.push_str(term);
            index.term_ends.push(u32::try_from(index.terms.len()).unwrap_or(u32::MAX));
        }
        found.iter_mut().for_each(|(term, _)| *term = rank[*term as usize]);
        // A term's postings in document order (a document has one posting per term).
        found.sort_unstable_by_key(|(term, posting)| (*term, posting.doc()));
        index.posting_starts = Vec::with_capacity(by_name.len() + 1);
        for (i, (term, _)) in found.iter().enumerate() {
            while index.posting_starts.len() <= *term as usize {
                index.posting_starts.push(u32::try_from(i).unwrap_or(u32::MAX));
            }
        }
        while index.posting_starts.len() <= by_name.len() {
            index.posting_starts.push(u32::try_from(found.len()).unwrap_or(u32::MAX));
        }
        index.postings = found.into_iter().map(|(_, posting)| posting).collect();
        for (term, (name, _)) in by_name.iter().enumerate() {
            if is_typo_candidate(name) {
                let term = u32::try_from(term).unwrap_or(u32::MAX);
                index.deletions.extend(deletions(name).map(|deleted| (hash(&deleted), term)));
            }
        }
        index.deletions.sort_unstable();
        index.deletions.dedup();
        index.terms.shrink_to_fit();
        index.postings.shrink_to_fit();
        index.deletions.shrink_to_fit();
        index.docs.shrink_to_fit();
        for field in Field::ALL.map(Field::index) {
            if index.field_docs[field] > 0.0 {
                // Lengths are token counts: far below 2^53, so the conversion is exact.
                #[allow(clippy::cast_precision_loss)]
                let total = lengths[field] as f64;
                index.field_avg_len[field] = total / index.field_docs[field];
            }
        }
        index
    }

    /// The text of term `i`.
    fn term(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.term_ends[i - 1] as usize };
        &self.terms[start..self.term_ends[i] as usize]
    }

    /// The number of a term, if indexed.
    fn find(&self, term: &str) -> Option<usize> {
        let (mut low, mut high) = (0, self.term_ends.len());
        while low < high {
            let middle = low + (high - low) / 2;
            match self.term(middle).cmp(term) {
                std::cmp::Ordering::Less => low = middle + 1,
                std::cmp::Ordering::Greater => high = middle,
                std::cmp::Ordering::Equal => return Some(middle),
            }
        }
        None
    }

    /// The postings of term `i`.
    fn postings_of(&self, i: usize) -> &[Posting] {
        &self.postings[self.posting_starts[i] as usize..self.posting_starts[i + 1] as usize]
    }

    /// The terms that become `deleted` with one letter deleted (and perhaps a few others).
    fn deleted_to(&self, deleted: &str) -> impl Iterator<Item = usize> + '_ {
        let key = hash(deleted);
        let start = self.deletions.partition_point(|&(h, _)| h < key);
        self.deletions[start..].iter().take_while(move |&&(h, _)| h == key).map(|&(_, term)| term as usize)
    }

    /// Ranks entries for a question typed by a user, in any language.
    #[must_use]
    pub fn search(&self, query: &str) -> Ranking {
        // Many Burmese users still type in the Zawgyi encoding; the index is Unicode.
        let query = super::zawgyi::normalise(query);
        let mut terms = tokens(&query);
        terms.sort_unstable();
        terms.dedup();
        // Score per (entry, language), at `entry * langs + lang`: fields of one language add
        // up; languages compete. Also which query terms each matched (a bit per term, up to
        // 64 terms). A flat table of a few hundred slots: hashing each posting cost more.
        let mut scores: Vec<(f64, u64)> = vec![(0.0, 0); self.ids.len() * self.langs];
        let mut field_df = [0usize; 3];
        for (bit, term) in terms.iter().enumerate() {
            for (postings, weight) in self.matches(term) {
                field_df.fill(0);
                for posting in postings {
                    field_df[self.docs[posting.doc()].field.index()] += 1;
                }
                // Per field, not per posting: a common word has thousands of postings.
                let idf: [f64; 3] = std::array::from_fn(|field| {
                    #[allow(clippy::cast_precision_loss)]
                    let (n, df) = (self.field_docs[field], field_df[field] as f64);
                    ((n - df + 0.5) / (df + 0.5) + 1.0).ln()
                });
                for &posting in postings {
                    let (doc, tf) = (&self.docs[posting.doc()], posting.tf());
                    let field = doc.field.index();
                    let (idf, tf, len) = (idf[field], f64::from(tf), f64::from(doc.len));
                    let norm = tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / self.field_avg_len[field].max(1.0)));
                    let Some(slot) = scores.get_mut(doc.entry as usize * self.langs + usize::from(doc.lang)) else {
                        continue;
                    };
                    slot.0 += weight * doc.field.weight() * idf * norm;
                    slot.1 |= 1u64.checked_shl(u32::try_from(bit).unwrap_or(u32::MAX)).unwrap_or(0);
                }
            }
        }
        // Per entry, its best language.
        let mut ranked: Vec<(Hit, u32)> = scores
            .chunks(self.langs.max(1))
            .zip(&self.ids)
            .filter_map(|(langs, id)| {
                let &(score, matched) = langs.iter().reduce(|best, slot| if slot.0 > best.0 { slot } else { best })?;
                (score >= MIN_HIT_SCORE).then(|| (Hit { id: id.clone(), score }, matched.count_ones()))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.score.total_cmp(&a.0.score).then_with(|| a.0.id.cmp(&b.0.id)));
        ranked.truncate(MAX_HITS);
        // Confident: a good score, clearly ahead, and most of what was asked is covered (a
        // question about trains that shares one word with an entry is not about that entry).
        let covers_query = |matched: u32| 5 * matched as usize >= 3 * terms.len().min(64);
        let confident = match ranked.as_slice() {
            [] => false,
            [(only, matched)] => only.score >= CONFIDENT_SCORE && covers_query(*matched),
            [(first, matched), (second, _), ..] => {
                first.score >= CONFIDENT_SCORE && first.score >= CONFIDENT_LEAD * second.score && covers_query(*matched)
            }
        };
        Ranking { confident, hits: ranked.into_iter().map(|(hit, _)| hit).collect() }
    }

    /// The postings a query term matches, with how much they count: the term itself, or, for
    /// a longer word the index does not know, the known words one typo away.
    fn matches(&self, term: &str) -> Vec<(&[Posting], f64)> {
        if let Some(known) = self.find(term) {
            return vec![(self.postings_of(known), 1.0)];
        }
        if !is_typo_candidate(term) {
            return Vec::new();
        }
        // A letter too few: known words that lose one letter to become the query.
        let mut near: Vec<usize> = self.deleted_to(term).filter(|&t| one_deleted(self.term(t), term)).collect();
        for deleted in deletions(term) {
            // A letter too many.
            near.extend(self.find(&deleted));
            // A letter replaced, or two swapped.
            near.extend(self.deleted_to(&deleted).filter(|&t| one_edit_apart(self.term(t), term)));
        }
        near.sort_unstable();
        near.dedup();
        near.into_iter().map(|t| (self.postings_of(t), TYPO_WEIGHT)).collect()
    }

    /// How many entries and languages are indexed.
    #[must_use]
    pub fn size(&self) -> (usize, usize) {
        (self.ids.len(), self.langs)
    }
}

/// Words long enough that one typo away is still the same word: Latin letters only.
fn is_typo_candidate(term: &str) -> bool {
    term.len() >= 5 && term.bytes().all(|b| b.is_ascii_lowercase())
}

/// The word with each one of its letters deleted.
fn deletions(term: &str) -> impl Iterator<Item = String> + '_ {
    (0..term.len()).map(move |i| format!("{}{}", &term[..i], &term[i + 1..]))
}

/// Whether `short` is `long` with one letter deleted.
fn one_deleted(long: &str, short: &str) -> bool {
    long.len() == short.len() + 1 && deletions(long).any(|deleted| deleted == short)
}

/// A deletion's key in [`SearchIndex::deletions`] (FNV-1a: stable, and enough for a few
/// hundred thousand keys whose collisions are checked anyway).
fn hash(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |hash, byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193))
}

/// Same length, one letter replaced or two neighbours swapped.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let differ: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    match differ.as_slice() {
        [_] => true,
        [i, j] => *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i],
        _ => false,
    }
}

/// Words that carry no topic in English questions. Words that are also common Vietnamese,
/// Indonesian or Tagalog words once their accents are dropped ("so" sổ, "the" thẻ, "can"
/// cần, "to" tờ, "do" đó, "my" Mỹ, "an" ăn, "in", "on" ổn, "me" mẹ, "a") are not on it: the
/// check comes after folding, so the same rule applies to accented and plain typing.
const STOP_WORDS: &[&str] = &[
    "about", "am", "are", "as", "at", "could", "did", "does", "for", "from", "get", "have", "how", "i", "if", "is",
    "it", "of", "or", "please", "should", "that", "there", "this", "was", "we", "what", "when", "where", "which",
    "who", "why", "will", "with", "would", "you", "your",
];

/// Splits text into search terms: NFKC, lower case, Latin diacritics folded (Vietnamese
/// typed without accents matches; đ → d), words for spaced scripts, character bigrams for
/// scripts written without spaces (Chinese, Japanese, Thai, Lao, Burmese, Khmer).
#[must_use]
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    each_token(text, &mut |term| out.push(term.to_owned()));
    out
}

/// The terms of [`tokens`], each handed to `emit` as it is found (valid during the call only):
/// building the index looks most of them up without making a string of each.
fn each_token(text: &str, emit: &mut dyn FnMut(&str)) {
    // Most text is already in NFKC: checking is much cheaper than normalising, and ASCII needs
    // neither.
    let lower: String = if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        match unicode_normalization::is_nfkc_quick(text.chars()) {
            unicode_normalization::IsNormalized::Yes => text.chars().flat_map(char::to_lowercase).collect(),
            _ => text.nfkc().flat_map(char::to_lowercase).collect(),
        }
    };
    let mut terms = Terms::default();
    for c in lower.chars() {
        if is_spaceless(c) || (!terms.run.is_empty() && is_combining_mark(c)) {
            terms.flush_word(emit);
            terms.has_previous = false;
            terms.run.push(c);
        } else if c.is_alphanumeric() || is_combining_mark(c) {
            terms.flush_run(emit);
            terms.word.push(c);
        } else {
            terms.flush_word(emit);
            terms.flush_run(emit);
            if !c.is_whitespace() {
                terms.has_previous = false;
            }
        }
    }
    terms.flush_word(emit);
    terms.flush_run(emit);
}

/// The state of [`each_token`], with buffers used again for every term.
#[derive(Default)]
struct Terms {
    /// The word being read, as typed.
    word: String,
    /// The word being read, folded.
    folded: String,
    /// The previous word of the same phrase (when `has_previous`): word pairs ("lump sum",
    /// "money back") are terms too. Punctuation ends a phrase, so a keyword list does not
    /// pair across its commas.
    previous: String,
    has_previous: bool,
    pair: String,
    /// A run of characters of a script written without spaces, and one bigram of it.
    run: Vec<char>,
    bigram: String,
}

impl Terms {
    fn flush_word(&mut self, emit: &mut dyn FnMut(&str)) {
        if self.word.is_empty() {
            return;
        }
        fold_latin(&self.word, &mut self.folded);
        self.word.clear();
        if STOP_WORDS.contains(&self.folded.as_str()) {
            return;
        }
        // A light plural fold for English-like words: "refunds" matches "refund".
        let term = &mut self.folded;
        if term.len() > 3 && term.is_ascii() && term.ends_with('s') && !term.ends_with("ss") {
            term.pop();
        }
        if self.has_previous {
            self.pair.clear();
            self.pair.push_str(&self.previous);
            self.pair.push(' ');
            self.pair.push_str(term);
            emit(&self.pair);
        }
        emit(term);
        std::mem::swap(&mut self.previous, &mut self.folded);
        self.has_previous = true;
    }

    fn flush_run(&mut self, emit: &mut dyn FnMut(&str)) {
        if let [single] = self.run.as_slice() {
            self.bigram.clear();
            self.bigram.push(*single);
            emit(&self.bigram);
        }
        for pair in self.run.windows(2) {
            self.bigram.clear();
            self.bigram.extend(pair);
            emit(&self.bigram);
        }
        self.run.clear();
    }
}

/// `word` with Latin letters stripped of their diacritics (đ → d), other scripts unchanged,
/// written into `out`.
fn fold_latin(word: &str, out: &mut String) {
    out.clear();
    for c in word.chars() {
        match c {
            'đ' => out.push('d'),
            c if is_latin(c) && !c.is_ascii() => {
                decompose_canonical(c, |part| {
                    if !is_combining_mark(part) {
                        out.push(part);
                    }
                });
            }
            c => out.push(c),
        }
    }
}

fn is_latin(c: char) -> bool {
    matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}

/// Scripts written without spaces between words, searched by character bigrams.
fn is_spaceless(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}'   // Thai, Lao
        | '\u{1000}'..='\u{109F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' // Khmer
        | '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{AA60}'..='\u{AA7F}' // Myanmar extended-A
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_without_accents_gives_the_same_terms() {
        assert_eq!(tokens("tiền lương hưu"), tokens("tien luong huu"));
        assert_eq!(tokens("Đóng BẢO HIỂM"), tokens("dong bao hiem"));
    }

    #[test]
    fn full_width_and_case_are_folded() {
        assert_eq!(tokens("ＮＥＮＫＩＮ　２年"), tokens("nenkin 2年"));
    }

    #[test]
    fn scripts_without_spaces_become_bigrams() {
        assert_eq!(tokens("脱退一時金"), ["脱退", "退一", "一時", "時金"]);
        assert_eq!(tokens("税"), ["税"]);
        // Thai combining marks stay inside the run.
        assert!(tokens("เงินบำนาญ").len() > 2);
    }

    #[test]
    fn english_stop_words_do_not_swallow_vietnamese_words() {
        let expected =
            ["mat", "mat so", "so", "so nenkin", "nenkin", "nenkin thi", "thi", "thi can", "can", "can gi", "gi"];
        assert_eq!(tokens("mất sổ nenkin thì cần gì"), expected);
        assert_eq!(tokens("mat so nenkin thi can gi"), expected);
    }

    #[test]
    fn stop_words_and_plurals() {
        assert_eq!(tokens("How do I get my refunds?"), ["do", "do my", "my", "my refund", "refund"]);
        assert_eq!(tokens("lump sum, lumpsum"), ["lump", "lump sum", "sum", "lumpsum"]);
        assert_eq!(tokens("class pass"), ["class", "class pass", "pass"]);
    }

    #[test]
    fn ranks_by_question_and_keywords() {
        let (a, b) = (FaqId::parse("a").expect("id"), FaqId::parse("b").expect("id"));
        let docs = [
            Document { id: &a, lang: "en", field: Field::Question, text: "When is the claim deadline?" },
            Document { id: &a, lang: "en", field: Field::Keywords, text: "deadline, time limit, too late" },
            Document { id: &b, lang: "en", field: Field::Question, text: "How much is the premium?" },
            Document { id: &b, lang: "en", field: Field::Keywords, text: "premium, monthly payment, hokenryo" },
            Document {
                id: &b, lang: "vi", field: Field::Question, text: "Phí bảo hiểm mỗi tháng là bao nhiêu?"
            },
        ];
        let index = SearchIndex::build(docs);
        assert_eq!(index.size(), (2, 2));
        let ranking = index.search("too late deadline?");
        assert_eq!(ranking.hits.first().map(|h| h.id.as_str()), Some("a"));
        let ranking = index.search("phi bao hiem");
        assert_eq!(ranking.hits.first().map(|h| h.id.as_str()), Some("b"));
        assert!(index.search("weather tomorrow").hits.is_empty());
    }

    #[test]
    fn a_word_one_typo_away_still_matches_and_counts_less() {
        let (a, b) = (FaqId::parse("a").expect("id"), FaqId::parse("b").expect("id"));
        let others: Vec<FaqId> = (0..30).map(|i| FaqId::parse(&format!("o{i}")).expect("id")).collect();
        let mut docs = vec![
            Document { id: &a, lang: "en", field: Field::Question, text: "claim deadline" },
            Document { id: &b, lang: "en", field: Field::Question, text: "monthly premium" },
        ];
        // Other entries, so that the words above are rare enough to count.
        docs.extend(others.iter().map(|id| Document { id, lang: "en", field: Field::Question, text: "tax office" }));
        let index = SearchIndex::build(docs);
        let exact = index.search("deadline").hits[0].score;
        // A letter missing, one too many, two swapped, one replaced.
        for typo in ["dedline", "deadlinne", "deadlien", "deadlina"] {
            let hits = index.search(typo).hits;
            assert_eq!(hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(), ["a"], "{typo}");
            assert!(hits[0].score < exact, "{typo}");
        }
        // Two typos, or a short word, are something else.
        assert!(index.search("dedlien").hits.is_empty());
        assert!(index.search("premiun monthl").hits.iter().all(|h| h.id.as_str() == "b"));
        assert!(index.search("clam").hits.is_empty());
    }
}
