//! Zawgyi handling for incoming Burmese text: decides whether a message was typed in the legacy
//! Zawgyi font encoding (Myanmar code points with other meanings, in visual order) and rewrites
//! such text into standard Unicode Burmese, so that everything downstream only sees Unicode.

use std::borrow::Cow;

/// Zawgyi evidence needed before text is treated as Zawgyi: one clear Zawgyi-only sequence is
/// enough, so that a short question of two or three syllables is still caught.
const MIN_ZAWGYI_SCORE: u64 = 2;
/// Weight of a code point or sequence that Unicode Burmese never produces.
const STRONG: u64 = 3;
/// Weight of a sequence that is ill-formed in one encoding and ordinary in the other.
const CLEAR: u64 = 2;
/// Weight of a hint that must never decide on its own.
const WEAK: u64 = 1;

/// Unicode kinzi: nga, asat, virama, written before the consonant it sits on.
const KINZI: &str = "\u{1004}\u{103A}\u{1039}";

/// Returns `true` when `text` is most likely Burmese typed in the Zawgyi encoding.
///
/// Every Myanmar code point is weighed with its neighbours: sequences that well-formed Unicode
/// Burmese never contains but Zawgyi typing produces all the time (ေ before its consonant, U+1039
/// closing a syllable, the Zawgyi-only glyph code points …) count for Zawgyi; sequences that only
/// Unicode produces (kinzi as င်္, asat before visarga, ေ after its consonant …) count against it.
/// The text is Zawgyi when the Zawgyi evidence reaches a small minimum and outweighs the Unicode
/// evidence. Text without Myanmar characters is never Zawgyi.
#[must_use]
pub fn is_zawgyi(text: &str) -> bool {
    if !contains_myanmar(text) {
        return false;
    }
    let evidence = weigh_text(text);
    evidence.zawgyi >= MIN_ZAWGYI_SCORE && evidence.zawgyi > evidence.unicode
}

/// Converts Zawgyi-encoded `text` to Unicode Burmese.
///
/// The input is taken to be Zawgyi: call [`is_zawgyi`] first (or use [`normalise`]), because
/// converting text that is already Unicode corrupts it. Zawgyi-only code points are expanded to
/// their Unicode sequences, and each syllable is rebuilt in Unicode storage order: kinzi,
/// consonant, stacked consonant, medials ျ ြ ွ ှ, vowel sign ေ, other vowels, anusvara, dot
/// below, asat, visarga. Characters outside the Myanmar block pass through unchanged.
#[must_use]
pub fn to_unicode(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::with_capacity(chars.len() + chars.len() / 4);
    tokenize(&chars, &mut tokens);
    let mut writer = SyllableWriter::with_capacity(text.len() + text.len() / 4);
    for token in tokens {
        writer.push(token);
    }
    writer.finish()
}

/// Returns `text` as Unicode Burmese: borrowed and unchanged unless it is Zawgyi, converted
/// otherwise.
///
/// Meant to run on every incoming message; text without Myanmar characters costs one byte scan
/// and no allocation.
#[must_use]
pub fn normalise(text: &str) -> Cow<'_, str> {
    if is_zawgyi(text) { Cow::Owned(to_unicode(text)) } else { Cow::Borrowed(text) }
}

/// True when `text` holds a code point of the Myanmar block (U+1000..=U+109F).
fn contains_myanmar(text: &str) -> bool {
    // In UTF-8 the block is E1 80 80 ..= E1 82 9F; E1 82 A0 and above are Georgian.
    text.as_bytes().windows(3).any(|w| matches!(w, [0xE1, 0x80 | 0x81, _] | [0xE1, 0x82, 0x80..=0x9F]))
}

/// Evidence gathered over a text, in points.
#[derive(Debug, Default)]
struct Evidence {
    zawgyi: u64,
    unicode: u64,
}

impl Evidence {
    fn zawgyi(&mut self, weight: u64) {
        self.zawgyi = self.zawgyi.saturating_add(weight);
    }

    fn unicode(&mut self, weight: u64) {
        self.unicode = self.unicode.saturating_add(weight);
    }
}

fn weigh_text(text: &str) -> Evidence {
    let mut evidence = Evidence::default();
    let mut before_prev = None;
    let mut prev = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if is_myanmar(c) {
            weigh(before_prev, prev, c, chars.peek().copied(), &mut evidence);
        }
        before_prev = prev;
        prev = Some(c);
    }
    evidence
}

/// Adds the evidence that `c`, seen between `prev` (preceded by `before_prev`) and `next`, gives.
fn weigh(before_prev: Option<char>, prev: Option<char>, c: char, next: Option<char>, evidence: &mut Evidence) {
    match c {
        // Vowel sign E: Unicode stores it after its consonant and medials, Zawgyi before them.
        '\u{1031}' => {
            if !prev.is_some_and(can_carry_vowel_e) {
                evidence.zawgyi(CLEAR);
            }
            if next.is_some_and(is_zawgyi_medial_ra) {
                evidence.zawgyi(CLEAR);
            } else if !next.is_some_and(is_zawgyi_base) {
                evidence.unicode(CLEAR);
            }
        }
        // Medial ya after its consonant in Unicode; medial ra before its consonant in Zawgyi.
        '\u{103B}' => {
            if !prev.is_some_and(can_carry_medial_ya) {
                evidence.zawgyi(CLEAR);
            }
            if !next.is_some_and(is_zawgyi_base) {
                evidence.unicode(CLEAR);
            }
        }
        // Virama before a stacked consonant in Unicode; the asat that closes a syllable in Zawgyi.
        '\u{1039}' => match (prev, next) {
            (_, None) => evidence.zawgyi(STRONG),
            (_, Some(n)) if !is_consonant(n) => evidence.zawgyi(STRONG),
            (Some('\u{103A}'), _) if before_prev == Some('\u{1004}') => evidence.unicode(STRONG),
            // Zawgyi ya, consonant, asat (ဖ်က္, ခ်င္); in Unicode an asat-closed syllable cannot be
            // followed by the upper consonant of a stack.
            (Some(p), _) if is_consonant(p) && before_prev == Some('\u{103A}') => evidence.zawgyi(CLEAR),
            // Unicode nga never stacks (it is written as kinzi), but Zawgyi ends -င syllables so.
            (Some(p), Some(n)) if p != '\u{1004}' && is_plausible_stack(p, n) => {}
            _ => evidence.zawgyi(CLEAR),
        },
        // Asat in Unicode; medial ya in Zawgyi.
        '\u{103A}' => {
            match next {
                None => evidence.unicode(WEAK),
                Some(n) if !is_myanmar(n) => evidence.unicode(WEAK),
                // -င်း and the like are everywhere in Unicode; in Zawgyi ya meets visarga only in
                // a syllable typed ေ first (ေက်း).
                Some('\u{1038}') if prev.is_some_and(is_consonant) && before_prev != Some('\u{1031}') => {
                    evidence.unicode(CLEAR);
                }
                Some('\u{1037}') => evidence.unicode(WEAK),
                // ကျွန်ုပ် is the one Unicode word with a vowel sign after an asat.
                Some('\u{102F}') if prev == Some('\u{1014}') => {}
                Some('\u{102B}'..='\u{1030}' | '\u{1032}'..='\u{1034}' | '\u{1036}' | '\u{103C}'..='\u{103E}') => {
                    evidence.zawgyi(CLEAR);
                }
                Some(_) => {}
            }
            // Zawgyi typists often put ha or wa before the ya.
            if matches!(prev, Some('\u{103C}' | '\u{103D}')) {
                evidence.zawgyi(WEAK);
            }
        }
        // Zawgyi ေ-first syllables such as ေပး; Unicode never puts a visarga on a bare consonant
        // that follows an ေ.
        '\u{1038}' if prev.is_some_and(is_consonant) && before_prev == Some('\u{1031}') => evidence.zawgyi(CLEAR),
        // Zawgyi glyph variants, stacked consonants, kinzi and ligatures. Unicode assigns these to
        // Mon, Shan and Karen, not to Burmese.
        '\u{1033}' | '\u{1034}' | '\u{105A}' | '\u{1060}'..='\u{1097}' => evidence.zawgyi(STRONG),
        // Zawgyi writes ၎င်း as the single code point ၎.
        '\u{104E}' if next != Some('\u{1004}') => evidence.zawgyi(CLEAR),
        // Medial ha and great sa have no Zawgyi glyph at these code points.
        '\u{103E}' | '\u{103F}' => evidence.unicode(CLEAR),
        '\u{102F}' | '\u{1030}' if matches!(next, Some('\u{102D}' | '\u{102E}')) => evidence.zawgyi(WEAK),
        _ => {}
    }
}

const fn is_myanmar(c: char) -> bool {
    matches!(c, '\u{1000}'..='\u{109F}')
}

const fn is_consonant(c: char) -> bool {
    matches!(c, '\u{1000}'..='\u{1021}')
}

/// What may stand right before ေ in Unicode: a consonant or medial (zero and seven for the
/// look-alike wa and ra some typists use).
const fn can_carry_vowel_e(c: char) -> bool {
    matches!(c, '\u{1000}'..='\u{1021}' | '\u{103B}'..='\u{103F}' | '\u{1040}' | '\u{1047}')
}

/// What may stand right before medial ya in Unicode: a consonant that takes ya (some never do,
/// while Zawgyi ra follows them whenever an open syllable precedes a ra syllable, as in အျပင္),
/// the asat of ယောက်ျား, or zero for the look-alike wa.
const fn can_carry_medial_ya(c: char) -> bool {
    match c {
        '\u{1004}' | '\u{1009}'..='\u{100F}' | '\u{101A}' | '\u{101D}' | '\u{1020}' | '\u{1021}' => false,
        _ => is_consonant(c) || matches!(c, '\u{103A}' | '\u{1040}'),
    }
}

/// Zawgyi code points for medial ra, all typed before their consonant.
const fn is_zawgyi_medial_ra(c: char) -> bool {
    matches!(c, '\u{103B}' | '\u{107E}'..='\u{1084}')
}

/// Zawgyi code points that can carry a syllable (what a prefixed ေ or medial ra waits for).
const fn is_zawgyi_base(c: char) -> bool {
    matches!(
        c,
        '\u{1000}'..='\u{102A}'
            | '\u{103F}'
            | '\u{1040}'
            | '\u{1047}'
            | '\u{106A}'
            | '\u{106B}'
            | '\u{106E}'
            | '\u{106F}'
            | '\u{1086}'
            | '\u{108F}'..='\u{1092}'
            | '\u{1097}'
    )
}

/// Whether `upper` + virama + `lower` is a stack Unicode Burmese actually writes: both from the
/// same row of the consonant table (က္ခ, န္တ, မ္ဘ …), a doubled consonant (လ္လ, သ္သ), or ဟ္မ.
fn is_plausible_stack(upper: char, lower: char) -> bool {
    upper == lower
        || matches!((varga(upper), varga(lower)), (Some(a), Some(b)) if a == b)
        || (upper, lower) == ('\u{101F}', '\u{1019}')
}

/// Row of the Pali consonant table (velar, palatal, retroflex, dental, labial).
const fn varga(c: char) -> Option<u8> {
    match c {
        '\u{1000}'..='\u{1004}' => Some(0),
        '\u{1005}'..='\u{100A}' => Some(1),
        '\u{100B}'..='\u{100F}' => Some(2),
        '\u{1010}'..='\u{1014}' => Some(3),
        '\u{1015}'..='\u{1019}' => Some(4),
        _ => None,
    }
}

/// Position of a dependent sign in a Unicode syllable; the derived order is the storage order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Slot {
    /// Consonant written under the base; stored as U+1039 + consonant.
    Stacked,
    MedialYa,
    MedialRa,
    MedialWa,
    MedialHa,
    VowelE,
    /// ိ ီ ဲ
    VowelUpper,
    /// ု ူ
    VowelLower,
    /// ါ ာ
    VowelAa,
    Anusvara,
    DotBelow,
    Asat,
    /// ု typed after the asat, as in ကျွန်ုပ်, where Unicode keeps that order.
    VowelLowerAfterAsat,
    Visarga,
}

/// One unit of Zawgyi input, already given its Unicode meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    /// A consonant or independent vowel: starts a syllable.
    Base(char),
    /// ေ typed before its consonant.
    PrefixE,
    /// Medial ra typed before its consonant.
    PrefixRa,
    /// Kinzi, typed after the consonant it sits on.
    Kinzi,
    /// A dependent sign of the current syllable, as the Unicode character (for
    /// [`Slot::Stacked`], the stacked consonant).
    Sign(Slot, char),
    /// Anything else; ends the current syllable and passes through.
    Other(char),
}

/// Turns Zawgyi characters into tokens, resolving the few code points whose meaning depends on
/// their neighbours.
fn tokenize(chars: &[char], tokens: &mut Vec<Token>) {
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let prev = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        let next = chars.get(i + 1).copied();
        i += 1;
        match c {
            '\u{1025}' => match next {
                // ဥ + ီ is how ဦ is typed.
                Some('\u{102E}') => {
                    tokens.push(Token::Base('\u{1026}'));
                    i += 1;
                }
                // ဥ and ဉ share a glyph in Zawgyi; only the letter ဉ takes signs (ဉာဏ်, ညဉ့်).
                Some(n) if matches!(n, '\u{1039}' | '\u{102C}' | '\u{1037}') || stacked_consonant(n).is_some() => {
                    tokens.push(Token::Base('\u{1009}'));
                }
                _ => tokens.push(Token::Base(c)),
            },
            '\u{1040}' if zero_is_wa(prev, next) => tokens.push(Token::Base('\u{101D}')),
            '\u{1047}' if seven_is_ra(prev, next) => tokens.push(Token::Base('\u{101B}')),
            // Zawgyi's ၎ stands for the whole word ၎င်း, unless the typist spelled it out.
            '\u{104E}' if next != Some('\u{1004}') => tokens.extend([
                Token::Base('\u{104E}'),
                Token::Base('\u{1004}'),
                Token::Sign(Slot::Asat, '\u{103A}'),
                Token::Sign(Slot::Visarga, '\u{1038}'),
            ]),
            _ => push_zawgyi(c, tokens),
        }
    }
}

/// Zero and wa look identical, so Zawgyi typists mix them up. A zero is read as wa when it
/// touches no digit and sits against Myanmar letters or signs.
fn zero_is_wa(prev: Option<char>, next: Option<char>) -> bool {
    if prev.is_some_and(is_digit) || next.is_some_and(is_digit) {
        return false;
    }
    next.is_some_and(|n| is_zawgyi_sign(n) || is_zawgyi_base(n))
        || prev.is_some_and(|p| is_zawgyi_sign(p) || is_zawgyi_base(p) || is_zawgyi_prefix(p))
}

/// Seven and ra look alike too; seven is only read as ra when a sign or a prefix proves a letter,
/// because "၇ရက်" (seven days) is ordinary.
fn seven_is_ra(prev: Option<char>, next: Option<char>) -> bool {
    if prev.is_some_and(is_digit) || next.is_some_and(is_digit) {
        return false;
    }
    next.is_some_and(is_zawgyi_sign) || prev.is_some_and(is_zawgyi_prefix)
}

const fn is_digit(c: char) -> bool {
    matches!(c, '0'..='9' | '\u{1040}'..='\u{1049}')
}

const fn is_zawgyi_prefix(c: char) -> bool {
    c == '\u{1031}' || is_zawgyi_medial_ra(c)
}

/// Zawgyi code points that attach to a preceding base.
const fn is_zawgyi_sign(c: char) -> bool {
    matches!(c, '\u{102B}'..='\u{103E}' | '\u{105A}' | '\u{1060}'..='\u{1097}')
        && !is_zawgyi_prefix(c)
        && !is_zawgyi_base(c)
}

/// Consonant written by a Zawgyi stacked-consonant code point.
const fn stacked_consonant(c: char) -> Option<char> {
    let lower = match c {
        '\u{1060}' => '\u{1000}',
        '\u{1061}' => '\u{1001}',
        '\u{1062}' => '\u{1002}',
        '\u{1063}' => '\u{1003}',
        '\u{1065}' => '\u{1005}',
        '\u{1066}' | '\u{1067}' => '\u{1006}',
        '\u{1068}' => '\u{1007}',
        '\u{1069}' => '\u{1008}',
        '\u{106C}' => '\u{100B}',
        '\u{106D}' => '\u{100C}',
        '\u{1070}' => '\u{100F}',
        '\u{1071}' | '\u{1072}' | '\u{1096}' => '\u{1010}',
        '\u{1073}' | '\u{1074}' => '\u{1011}',
        '\u{1075}' => '\u{1012}',
        '\u{1076}' => '\u{1013}',
        '\u{1077}' => '\u{1014}',
        '\u{1078}' => '\u{1015}',
        '\u{1079}' => '\u{1016}',
        '\u{107A}' => '\u{1017}',
        '\u{107B}' | '\u{1093}' => '\u{1018}',
        '\u{107C}' => '\u{1019}',
        '\u{1085}' => '\u{101C}',
        _ => return None,
    };
    Some(lower)
}

/// Pushes the Unicode meaning of one Zawgyi code point.
fn push_zawgyi(c: char, tokens: &mut Vec<Token>) {
    use Slot::{Anusvara, Asat, DotBelow, MedialHa, MedialWa, MedialYa, Stacked, VowelAa, VowelLower, VowelUpper};
    use Token::{Base, Kinzi, PrefixE, PrefixRa, Sign};

    match c {
        '\u{1000}'..='\u{102A}' | '\u{103F}' => tokens.push(Base(c)),
        '\u{102B}' | '\u{102C}' => tokens.push(Sign(VowelAa, c)),
        '\u{102D}' | '\u{102E}' | '\u{1032}' => tokens.push(Sign(VowelUpper, c)),
        '\u{102F}' | '\u{1033}' => tokens.push(Sign(VowelLower, '\u{102F}')),
        '\u{1030}' | '\u{1034}' => tokens.push(Sign(VowelLower, '\u{1030}')),
        '\u{1031}' => tokens.push(PrefixE),
        '\u{1036}' => tokens.push(Sign(Anusvara, c)),
        '\u{1037}' | '\u{1094}' | '\u{1095}' => tokens.push(Sign(DotBelow, '\u{1037}')),
        '\u{1038}' => tokens.push(Sign(Slot::Visarga, c)),
        '\u{1039}' => tokens.push(Sign(Asat, '\u{103A}')),
        '\u{103A}' | '\u{107D}' => tokens.push(Sign(MedialYa, '\u{103B}')),
        '\u{103B}' | '\u{107E}'..='\u{1084}' => tokens.push(PrefixRa),
        '\u{103C}' => tokens.push(Sign(MedialWa, '\u{103D}')),
        // U+103E is not Zawgyi; it is kept with its Unicode meaning for mixed input.
        '\u{103D}' | '\u{103E}' | '\u{1087}' => tokens.push(Sign(MedialHa, '\u{103E}')),
        '\u{105A}' => tokens.extend([Sign(VowelAa, '\u{102B}'), Sign(Asat, '\u{103A}')]),
        '\u{1064}' => tokens.push(Kinzi),
        '\u{106A}' => tokens.push(Base('\u{1009}')),
        '\u{106B}' => tokens.push(Base('\u{100A}')),
        '\u{106E}' => tokens.extend([Base('\u{100D}'), Sign(Stacked, '\u{100D}')]),
        '\u{106F}' => tokens.extend([Base('\u{100D}'), Sign(Stacked, '\u{100E}')]),
        '\u{1086}' => tokens.push(Base('\u{103F}')),
        '\u{1088}' => tokens.extend([Sign(MedialHa, '\u{103E}'), Sign(VowelLower, '\u{102F}')]),
        '\u{1089}' => tokens.extend([Sign(MedialHa, '\u{103E}'), Sign(VowelLower, '\u{1030}')]),
        '\u{108A}' => tokens.extend([Sign(MedialWa, '\u{103D}'), Sign(MedialHa, '\u{103E}')]),
        '\u{108B}' => tokens.extend([Kinzi, Sign(VowelUpper, '\u{102D}')]),
        '\u{108C}' => tokens.extend([Kinzi, Sign(VowelUpper, '\u{102E}')]),
        '\u{108D}' => tokens.extend([Kinzi, Sign(Anusvara, '\u{1036}')]),
        '\u{108E}' => tokens.extend([Sign(VowelUpper, '\u{102D}'), Sign(Anusvara, '\u{1036}')]),
        '\u{108F}' => tokens.push(Base('\u{1014}')),
        '\u{1090}' => tokens.push(Base('\u{101B}')),
        '\u{1091}' => tokens.extend([Base('\u{100F}'), Sign(Stacked, '\u{100D}')]),
        '\u{1092}' => tokens.extend([Base('\u{100B}'), Sign(Stacked, '\u{100C}')]),
        '\u{1096}' => tokens.extend([Sign(Stacked, '\u{1010}'), Sign(MedialWa, '\u{103D}')]),
        '\u{1097}' => tokens.extend([Base('\u{100B}'), Sign(Stacked, '\u{100B}')]),
        _ => match stacked_consonant(c) {
            Some(lower) => tokens.push(Sign(Stacked, lower)),
            None => tokens.push(Token::Other(c)),
        },
    }
}

/// Collects one syllable at a time and writes it out in Unicode storage order.
struct SyllableWriter {
    out: String,
    base: Option<char>,
    kinzi: bool,
    signs: Vec<(Slot, char)>,
    /// ေ seen before its consonant, waiting for it.
    pending_e: bool,
    /// Medial ra seen before its consonant, waiting for it.
    pending_ra: bool,
}

impl SyllableWriter {
    fn with_capacity(capacity: usize) -> Self {
        Self {
            out: String::with_capacity(capacity),
            base: None,
            kinzi: false,
            signs: Vec::new(),
            pending_e: false,
            pending_ra: false,
        }
    }

    fn push(&mut self, token: Token) {
        match token {
            Token::PrefixE => {
                self.flush_syllable();
                self.pending_e = true;
            }
            Token::PrefixRa => {
                self.flush_syllable();
                self.pending_ra = true;
            }
            Token::Base(c) => {
                self.flush_syllable();
                self.base = Some(c);
                if std::mem::take(&mut self.pending_e) {
                    self.signs.push((Slot::VowelE, '\u{1031}'));
                }
                if std::mem::take(&mut self.pending_ra) {
                    self.signs.push((Slot::MedialRa, '\u{103C}'));
                }
            }
            Token::Kinzi if self.base.is_some() => self.kinzi = true,
            Token::Kinzi => {
                self.flush_pending();
                self.out.push_str(KINZI);
            }
            Token::Sign(slot, c) if self.base.is_some() => {
                let slot = if slot == Slot::VowelLower && self.signs.iter().any(|&(s, _)| s == Slot::Asat) {
                    Slot::VowelLowerAfterAsat
                } else {
                    slot
                };
                self.signs.push((slot, c));
            }
            // A sign with nothing to attach to is kept as it is rather than dropped.
            Token::Sign(slot, c) => {
                self.flush_pending();
                write_sign(&mut self.out, slot, c);
            }
            Token::Other(c) => {
                self.flush_syllable();
                self.flush_pending();
                self.out.push(c);
            }
        }
    }

    fn flush_syllable(&mut self) {
        let Some(base) = self.base.take() else {
            return;
        };
        if std::mem::take(&mut self.kinzi) {
            self.out.push_str(KINZI);
        }
        self.out.push(base);
        // Stable, so signs sharing a slot keep their typed order.
        self.signs.sort_by_key(|&(slot, _)| slot);
        let mut last = None;
        for &sign in &self.signs {
            // A doubled sign renders as one in Zawgyi but as a dotted circle in Unicode.
            if last != Some(sign) {
                write_sign(&mut self.out, sign.0, sign.1);
                last = Some(sign);
            }
        }
        self.signs.clear();
    }

    /// Writes out an ေ or medial ra whose consonant never came.
    fn flush_pending(&mut self) {
        if std::mem::take(&mut self.pending_ra) {
            self.out.push('\u{103C}');
        }
        if std::mem::take(&mut self.pending_e) {
            self.out.push('\u{1031}');
        }
    }

    fn finish(mut self) -> String {
        self.flush_syllable();
        self.flush_pending();
        self.out
    }
}

fn write_sign(out: &mut String, slot: Slot, c: char) {
    if slot == Slot::Stacked {
        out.push('\u{1039}');
    }
    out.push(c);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Zawgyi as a Zawgyi keyboard produces it, the same text in Unicode Burmese, and a gloss.
    /// The Zawgyi side is escaped because, shown in a Unicode font, it would look garbled.
    const PAIRS: &[(&str, &str, &str)] = &[
        // hello: kinzi typed after its consonant as U+1064 (ဂၤ), which Unicode writes as င်္ before ဂ.
        ("\u{1019}\u{1002}\u{1064}\u{101C}\u{102C}\u{1015}\u{102B}", "မင်္ဂလာပါ", "hello"),
        // pension: asat typed as U+1039 after each င (ပင္စင္).
        ("\u{1015}\u{1004}\u{1039}\u{1005}\u{1004}\u{1039}", "ပင်စင်", "pension"),
        // money: ေ U+1031 typed first, medial wa as U+103C (ေငြ).
        ("\u{1031}\u{1004}\u{103C}", "ငွေ", "money"),
        // pension money: U+1039 asats, then ေ typed before င and wa as U+103C.
        ("\u{1015}\u{1004}\u{1039}\u{1005}\u{1004}\u{1039}\u{1031}\u{1004}\u{103C}", "ပင်စင်ငွေ", "pension money"),
        // how much?: U+1039 asats, ေ typed before လ (ေလာက္).
        ("\u{1018}\u{101A}\u{1039}\u{1031}\u{101C}\u{102C}\u{1000}\u{1039}\u{101C}\u{1032}", "ဘယ်လောက်လဲ", "how much?"),
        // when will I get it: U+1039 asat, ေ typed before တ, dot below after ာ, ASCII space.
        (
            "\u{1018}\u{101A}\u{1039}\u{1031}\u{1010}\u{102C}\u{1037} \u{101B}\u{1019}\u{101C}\u{1032}",
            "ဘယ်တော့ ရမလဲ",
            "when will I get it",
        ),
        // Japan: medial ya as U+103A (ဂ်), asat as U+1039.
        ("\u{1002}\u{103A}\u{1015}\u{1014}\u{1039}", "ဂျပန်", "Japan"),
        // tax: medial wa as U+103C, asat as U+1039.
        ("\u{1021}\u{1001}\u{103C}\u{1014}\u{1039}", "အခွန်", "tax"),
        // refund: medial ra as U+103B typed before ပ, asats U+1039, ေ before င with wa U+103C.
        (
            "\u{103B}\u{1015}\u{1014}\u{1039}\u{1021}\u{1019}\u{1039}\u{1038}\u{1031}\u{1004}\u{103C}",
            "ပြန်အမ်းငွေ",
            "refund",
        ),
        // form: ေ typed before ဖ, asat U+1039.
        ("\u{1031}\u{1016}\u{102C}\u{1004}\u{1039}", "ဖောင်", "form"),
        // application form: ေ first, medial ha U+103D typed before ya U+103A, wa+ha ligature U+108A (လႊာ).
        (
            "\u{1031}\u{101C}\u{103D}\u{103A}\u{102C}\u{1000}\u{1039}\u{101C}\u{108A}\u{102C}",
            "လျှောက်လွှာ",
            "application form",
        ),
        // how do I apply: ေ first in ေလွ်ာက္ (ha U+103D before ya U+103A), asats U+1039.
        (
            "\u{1018}\u{101A}\u{1039}\u{101C}\u{102D}\u{102F}\u{1031}\u{101C}\u{103D}\u{103A}\u{102C}\u{1000}\u{1039}\u{101B}\u{1019}\u{101C}\u{1032}",
            "ဘယ်လိုလျှောက်ရမလဲ",
            "how do I apply",
        ),
        // went back to Myanmar: medial ra U+103B typed before မ and ပ, wa U+103C, asats U+1039.
        (
            "\u{103B}\u{1019}\u{1014}\u{1039}\u{1019}\u{102C}\u{103B}\u{1015}\u{100A}\u{1039}\u{1000}\u{102D}\u{102F} \u{103B}\u{1015}\u{1014}\u{1039}\u{101E}\u{103C}\u{102C}\u{1038}\u{1001}\u{1032}\u{1037}\u{1010}\u{101A}\u{1039}",
            "မြန်မာပြည်ကို ပြန်သွားခဲ့တယ်",
            "went back to Myanmar",
        ),
        // I (male): short ya U+107D with wa U+103C (ကၽြ), asat U+1039 then ေ typed before တ.
        ("\u{1000}\u{107D}\u{103C}\u{1014}\u{1039}\u{1031}\u{1010}\u{102C}\u{1039}", "ကျွန်တော်", "I (male)"),
        // year 2024: Burmese digits ၂၀၂၄ stay digits; short na U+108F with ha U+103D (ႏွ), asat U+1039.
        ("\u{1042}\u{1040}\u{1042}\u{1044} \u{1001}\u{102F}\u{108F}\u{103D}\u{1005}\u{1039}", "၂၀၂၄ ခုနှစ်", "year 2024"),
        // 100,000 yen?: asat U+1039 before visarga, Burmese digit zeros that must stay zeros.
        (
            "\u{101A}\u{1014}\u{1039}\u{1038} \u{1041}\u{1040}\u{1040},\u{1040}\u{1040}\u{1040} \u{101B}\u{1019}\u{101C}\u{102C}\u{1038}",
            "ယန်း ၁၀၀,၀၀၀ ရမလား",
            "100,000 yen?",
        ),
        // income (zero as wa): digit zero U+1040 typed for the letter wa (၀င္), then ေ before င, wa U+103C.
        ("\u{1040}\u{1004}\u{1039}\u{1031}\u{1004}\u{103C}", "ဝင်ငွေ", "income (zero as wa)"),
        // Mandalay: short na U+108F over stacked ta U+1072 (ႏၲ), ေ typed before လ.
        ("\u{1019}\u{108F}\u{1072}\u{1031}\u{101C}\u{1038}", "မန္တလေး", "Mandalay"),
        // thank you: ေ typed before က, ya U+103A before visarga (ေက်း), asats U+1039.
        (
            "\u{1031}\u{1000}\u{103A}\u{1038}\u{1007}\u{1030}\u{1038}\u{1010}\u{1004}\u{1039}\u{1015}\u{102B}\u{1010}\u{101A}\u{1039}",
            "ကျေးဇူးတင်ပါတယ်",
            "thank you",
        ),
        // office: short ra U+1090 under which ု sits (႐ုံး).
        ("\u{1090}\u{102F}\u{1036}\u{1038}", "ရုံး", "office"),
        // foreigner: short na U+108F (ႏိုင္), asat U+1039, medial ra U+103B typed before ခ.
        (
            "\u{108F}\u{102D}\u{102F}\u{1004}\u{1039}\u{1004}\u{1036}\u{103B}\u{1001}\u{102C}\u{1038}\u{101E}\u{102C}\u{1038}",
            "နိုင်ငံခြားသား",
            "foreigner",
        ),
        // it (le-gaung): U+104E alone standing for ၎င်း.
        ("\u{104E}\u{1000}\u{102D}\u{102F}", "၎င်းကို", "it (le-gaung)"),
        // U Maung Maung: ဦ typed as ဥ U+1025 + ီ U+102E, ေ before မ, asats U+1039.
        (
            "\u{1025}\u{102E}\u{1038}\u{1031}\u{1019}\u{102C}\u{1004}\u{1039}\u{1031}\u{1019}\u{102C}\u{1004}\u{1039}",
            "ဦးမောင်မောင်",
            "U Maung Maung",
        ),
        // in English: kinzi U+1064 after ဂ (အဂၤ), asat U+1039.
        ("\u{1021}\u{1002}\u{1064}\u{101C}\u{102D}\u{1015}\u{1039}\u{101C}\u{102D}\u{102F}", "အင်္ဂလိပ်လို", "in English"),
        // please: ေ before က with ya U+103A, medial ra U+103B before ပ, short u U+1033 (ျပဳ).
        (
            "\u{1031}\u{1000}\u{103A}\u{1038}\u{1007}\u{1030}\u{1038}\u{103B}\u{1015}\u{1033}\u{104D}",
            "ကျေးဇူးပြု၍",
            "please",
        ),
        // bank account: asats U+1039 (ဘဏ္, ရင္း).
        ("\u{1018}\u{100F}\u{1039}\u{1005}\u{102C}\u{101B}\u{1004}\u{1039}\u{1038}", "ဘဏ်စာရင်း", "bank account"),
        // when does money come in: asats U+1039, ေ before တ, zero U+1040 typed for wa (၀င္).
        (
            "\u{1015}\u{102D}\u{102F}\u{1000}\u{1039}\u{1006}\u{1036} \u{1018}\u{101A}\u{1039}\u{1031}\u{1010}\u{102C}\u{1037} \u{1040}\u{1004}\u{1039}\u{1019}\u{101C}\u{1032}",
            "ပိုက်ဆံ ဘယ်တော့ ဝင်မလဲ",
            "when does money come in",
        ),
        // how many days: short na U+108F + ha U+103D (ႏွစ္), asats U+1039.
        ("\u{1018}\u{101A}\u{1039}\u{108F}\u{103D}\u{1005}\u{1039}\u{101B}\u{1000}\u{1039}", "ဘယ်နှစ်ရက်", "how many days"),
        // transfer it please: wa+ha ligature U+108A (လႊဲ), ေ typed before ပ.
        ("\u{101C}\u{108A}\u{1032}\u{1031}\u{1015}\u{1038}\u{1015}\u{102B}", "လွှဲပေးပါ", "transfer it please"),
        // negotiate: small ha U+1087 under ည (ညႇိ), short na U+108F with ha+u ligature U+1088 then ိ (ႏႈိင္း).
        ("\u{100A}\u{1087}\u{102D}\u{108F}\u{1088}\u{102D}\u{1004}\u{1039}\u{1038}", "ညှိနှိုင်း", "negotiate"),
        // company: stacked pa U+1078 under မ (မၸ).
        ("\u{1000}\u{102F}\u{1019}\u{1078}\u{100F}\u{102E}", "ကုမ္ပဏီ", "company"),
        // done already: medial ra variant U+107F typed before ပ (ၿပီး).
        ("\u{107F}\u{1015}\u{102E}\u{1038}\u{107F}\u{1015}\u{102E}", "ပြီးပြီ", "done already"),
        // look: wide medial ra U+107E before က (ၾက), dot below U+1037 typed before asat U+1039.
        ("\u{107E}\u{1000}\u{100A}\u{1037}\u{1039}", "ကြည့်", "look"),
        // withdraw: asat U+1039 between တ and ယ (ထုတ္ယူ).
        ("\u{1011}\u{102F}\u{1010}\u{1039}\u{101A}\u{1030}", "ထုတ်ယူ", "withdraw"),
    ];

    fn code_points(s: &str) -> String {
        s.chars().map(|c| format!("U+{:04X} ", u32::from(c))).collect()
    }

    #[test]
    fn converts_zawgyi_phrases() {
        assert!(PAIRS.len() >= 20);
        for &(zawgyi, unicode, gloss) in PAIRS {
            let converted = to_unicode(zawgyi);
            assert_eq!(
                converted,
                unicode,
                "{gloss}: got {} expected {}",
                code_points(&converted),
                code_points(unicode)
            );
        }
    }

    #[test]
    fn detects_zawgyi_phrases() {
        for &(zawgyi, _, gloss) in PAIRS {
            assert!(is_zawgyi(zawgyi), "{gloss} not detected as Zawgyi");
        }
    }

    #[test]
    fn normalise_converts_zawgyi_phrases() {
        for &(zawgyi, unicode, gloss) in PAIRS {
            let normalised = normalise(zawgyi);
            assert!(matches!(normalised, Cow::Owned(_)), "{gloss}");
            assert_eq!(normalised, unicode, "{gloss}");
        }
    }

    #[test]
    fn unicode_phrases_are_not_flagged_and_pass_through() {
        for &(_, unicode, gloss) in PAIRS {
            assert!(!is_zawgyi(unicode), "{gloss} flagged as Zawgyi");
            let normalised = normalise(unicode);
            assert!(matches!(normalised, Cow::Borrowed(_)), "{gloss}");
            assert_eq!(normalised, unicode, "{gloss}");
        }
    }

    /// Guards the expected strings above: Unicode storage order, no Zawgyi-only code points.
    #[test]
    fn expected_strings_are_well_formed_unicode() {
        for &(_, unicode, gloss) in PAIRS {
            let chars: Vec<char> = unicode.chars().collect();
            for (i, &c) in chars.iter().enumerate() {
                let prev = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
                let next = chars.get(i + 1).copied();
                assert!(
                    !matches!(c, '\u{1033}' | '\u{1034}' | '\u{105A}' | '\u{1060}'..='\u{109F}'),
                    "{gloss}: Zawgyi-only {c:?}"
                );
                match c {
                    // ေ follows its consonant and medials; medials follow in the order ျ ြ ွ ှ.
                    '\u{1031}' => assert!(
                        prev.is_some_and(|p| is_consonant(p) || ('\u{103B}'..='\u{103E}').contains(&p)),
                        "{gloss}: ေ out of order at {i}"
                    ),
                    '\u{103B}'..='\u{103E}' => assert!(
                        prev.is_some_and(|p| is_consonant(p) || ('\u{103B}'..c).contains(&p)),
                        "{gloss}: {c:?} out of order at {i}"
                    ),
                    '\u{1039}' => assert!(next.is_some_and(is_consonant), "{gloss}: virama at {i}"),
                    '\u{103A}' => assert_ne!(next, Some('\u{1037}'), "{gloss}: asat before dot below"),
                    _ => {}
                }
            }
        }
    }

    #[test]
    fn other_scripts_and_empty_text_pass_through() {
        for text in [
            "",
            " ",
            "How much pension refund will I get?",
            "年金の脱退一時金はいくらですか？",
            "เงินบำนาญคืนเท่าไหร่",
            "Tiền hoàn trả lương hưu của tôi là bao nhiêu?",
            "ქართული ტექსტი",
            "1,000,000 ¥ 🙂",
        ] {
            assert!(!is_zawgyi(text), "{text}");
            assert!(matches!(normalise(text), Cow::Borrowed(t) if t == text), "{text}");
            assert_eq!(to_unicode(text), text);
        }
    }

    #[test]
    fn short_unicode_words_are_not_flagged() {
        for text in [
            "ပါ",
            "ဘာ",
            "ငွေ",
            "နေကောင်းလား",
            "ကျောင်း",
            "ယောက်ျား",
            "ကျွန်ုပ်",
            "ကမ္ဘာ",
            "ဗုဒ္ဓ",
            "ဗြဟ္မာ",
            "သင်္ဘော",
            "စင်္ကာပူ",
            "ဦး",
            "၎င်း",
            "ဒေါ်",
            "ဝိညာဉ်",
            "ညှိ",
            "၁၂၃၄",
            "ဂျပန်မှာ အလုပ်လုပ်တယ်",
        ] {
            assert!(!is_zawgyi(text), "{text} flagged: {}", code_points(text));
            assert!(matches!(normalise(text), Cow::Borrowed(_)), "{text}");
        }
    }

    #[test]
    fn short_zawgyi_is_detected_only_when_the_order_gives_it_away() {
        // ကေလး (child): ေ typed before လ, so a Unicode reading leaves လ with a bare visarga.
        assert!(is_zawgyi("\u{1000}\u{1031}\u{101C}\u{1038}"));
        assert_eq!(to_unicode("\u{1000}\u{1031}\u{101C}\u{1038}"), "ကလေး");
        // ေပး alone: ေ at the start of the text.
        assert!(is_zawgyi("\u{1031}\u{1015}\u{1038}"));
        // အျမန, the start of အျမန္ (fast): medial ra U+103B after အ, which never takes medial ya in Unicode.
        assert!(is_zawgyi("\u{1021}\u{103B}\u{1019}\u{1014}"));
        // ကေန (from) reads as well-formed Unicode too; it is left alone rather than risk
        // corrupting Unicode input.
        assert!(!is_zawgyi("\u{1000}\u{1031}\u{1014}"));
    }

    #[test]
    fn keeps_latin_text_and_digits_around_zawgyi() {
        // ပင္စင္ and ယန္း with U+1039 asats, between ASCII words and digits.
        let zawgyi =
            "my \u{1015}\u{1004}\u{1039}\u{1005}\u{1004}\u{1039} refund: 50,000 \u{101A}\u{1014}\u{1039}\u{1038}?";
        assert!(is_zawgyi(zawgyi));
        assert_eq!(to_unicode(zawgyi), "my ပင်စင် refund: 50,000 ယန်း?");
    }

    #[test]
    fn zero_and_seven_become_letters_only_beside_letters() {
        // Zero typed for wa after a prefixed ေ (ေ၀), and as the wa of ဘ၀.
        assert_eq!(to_unicode("\u{1031}\u{1040}"), "ဝေ");
        assert_eq!(to_unicode("\u{1018}\u{1040}"), "ဘဝ");
        // Real digits stay digits, next to digits or on their own.
        assert_eq!(to_unicode("\u{1041}\u{1040}\u{1040}"), "၁၀၀");
        assert_eq!(to_unicode("\u{1040} \u{1041}"), "၀ ၁");
        // Seven before a letter is a number (၇ရက္, seven days); before a vowel sign it is ra.
        assert_eq!(to_unicode("\u{1047}\u{101B}\u{1000}\u{1039}"), "၇ရက်");
        assert_eq!(to_unicode("\u{1031}\u{1047}\u{1038}"), "ရေး");
    }

    #[test]
    fn kinzi_ligatures_and_stacked_forms() {
        // သခ်ႋဳင္း: ya U+103A, kinzi with ိ U+108B, short u U+1033.
        assert_eq!(to_unicode("\u{101E}\u{1001}\u{103A}\u{108B}\u{1033}\u{1004}\u{1039}\u{1038}"), "သင်္ချိုင်း");
        // ဘ႑ာ: the ဏ္ဍ ligature U+1091.
        assert_eq!(to_unicode("\u{1018}\u{1091}\u{102C}"), "ဘဏ္ဍာ");
        // ကမၻာ with the stacked ဘ typed after ာ, as often happens.
        assert_eq!(to_unicode("\u{1000}\u{1019}\u{102C}\u{107B}"), "ကမ္ဘာ");
        // ဥာဏ္: ဥ U+1025 standing for ဉ before ာ.
        assert_eq!(to_unicode("\u{1025}\u{102C}\u{100F}\u{1039}"), "ဉာဏ်");
        // ေဒၚ: tall aa with asat U+105A.
        assert_eq!(to_unicode("\u{1031}\u{1012}\u{105A}"), "ဒေါ်");
        // ကၽြန္ုပ္: ု typed after the asat stays there, as Unicode spells ကျွန်ုပ်.
        assert_eq!(to_unicode("\u{1000}\u{107D}\u{103C}\u{1014}\u{1039}\u{102F}\u{1015}\u{1039}"), "ကျွန်ုပ်");
        // ေလၽႇာက္: short ya U+107D then small ha U+1087, the other common spelling.
        assert_eq!(to_unicode("\u{1031}\u{101C}\u{107D}\u{1087}\u{102C}\u{1000}\u{1039}"), "လျှောက်");
        // ႏႉ: ha with uu U+1089.
        assert_eq!(to_unicode("\u{108F}\u{1089}"), "နှူ");
        // ႆ: great sa.
        assert_eq!(to_unicode("\u{1015}\u{102F}\u{1086}"), "ပုဿ");
    }

    #[test]
    fn repairs_typing_order_and_doubled_signs() {
        // ု typed before ိ, and ံ before ု.
        assert_eq!(to_unicode("\u{1000}\u{102F}\u{102D}"), "ကို");
        assert_eq!(to_unicode("\u{1015}\u{1036}\u{102F}"), "ပုံ");
        // ိ typed twice.
        assert_eq!(to_unicode("\u{1000}\u{102D}\u{102D}"), "ကိ");
        // Medial ra typed before ေ instead of after it.
        assert_eq!(to_unicode("\u{103B}\u{1031}\u{1015}\u{102C}"), "ပြော");
    }

    #[test]
    fn signs_without_a_consonant_are_kept() {
        assert_eq!(to_unicode("\u{1031}"), "\u{1031}");
        assert_eq!(to_unicode("\u{1031} a"), "\u{1031} a");
        assert_eq!(to_unicode("\u{1064}"), KINZI);
        assert_eq!(to_unicode("\u{1039}\u{102D}"), "\u{103A}\u{102D}");
        assert_eq!(to_unicode("\u{103B}"), "\u{103C}");
    }

    #[test]
    fn myanmar_block_boundaries() {
        assert!(!contains_myanmar("\u{0FFF}\u{10A0}\u{10FF}"));
        assert!(contains_myanmar("\u{1000}"));
        assert!(contains_myanmar("x\u{109F}"));
        assert!(!contains_myanmar("ab"));
    }

    /// Deterministic xorshift generator, so failures reproduce.
    struct XorShift(u64);

    impl XorShift {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: u32) -> u32 {
            u32::try_from(self.next() % u64::from(n)).unwrap_or(0)
        }
    }

    /// Everything outside the Myanmar block, in order.
    fn non_myanmar(text: &str) -> String {
        text.chars().filter(|&c| !is_myanmar(c)).collect()
    }

    fn check_total(text: &str) {
        let converted = to_unicode(text);
        assert_eq!(non_myanmar(&converted), non_myanmar(text), "{}", code_points(text));
        match normalise(text) {
            Cow::Borrowed(t) => assert!(t == text && !is_zawgyi(text)),
            Cow::Owned(t) => assert!(t == converted && is_zawgyi(text)),
        }
    }

    #[test]
    fn every_pair_of_myanmar_code_points_is_handled() {
        let block = ('\u{1000}'..='\u{109F}').chain([' ', 'a']);
        for first in block.clone() {
            for second in block.clone() {
                check_total(&format!("{first}{second}"));
            }
        }
    }

    #[test]
    fn random_myanmar_text_never_panics() {
        let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
        let mut text = String::new();
        for _ in 0..20_000 {
            text.clear();
            let len = rng.below(24);
            for _ in 0..len {
                let c = match rng.below(10) {
                    0 => ' ',
                    1 => char::from_u32(0x41 + rng.below(26)).unwrap_or('?'),
                    2 => char::from_u32(0x0E01 + rng.below(40)).unwrap_or('?'),
                    _ => char::from_u32(0x1000 + rng.below(0xA0)).unwrap_or('?'),
                };
                text.push(c);
            }
            check_total(&text);
        }
    }
}
