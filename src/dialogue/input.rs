//! Understanding what people type for amounts, durations and dates: `250,000`, `250.000`,
//! `25万円`, `250k`, `２５００００`, `3 years 2 months`, `3 năm`, `35ヶ月`, `31/03/2026`,
//! `2026年3月31日`. Digits of other scripts (Devanagari, Burmese, Khmer, Thai, full width …)
//! count as digits.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::estimate::YearMonth;

/// Why a typed value was not understood; each maps to a translated message with an example.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    #[error("expected an amount of yen, e.g. 250000")]
    NotAnAmount,
    #[error("the amount must be more than 0")]
    AmountNotPositive,
    #[error("the amount is too large")]
    AmountTooLarge,
    #[error("expected a number of months or years, e.g. 36 or 3 years")]
    NotADuration,
    #[error("too many months")]
    DurationTooLong,
    #[error("expected a date, e.g. 2026-03-31")]
    NotADate,
    #[error("expected a month, e.g. 2026-03")]
    NotAMonth,
}

/// The largest monthly amount accepted, in yen.
const MAX_YEN: i64 = 100_000_000;
/// The longest duration accepted, in months.
const MAX_MONTHS: u32 = 600;

/// Words for "year" and "month" in the languages the bot speaks (folded to lower case, Latin
/// diacritics kept as typed and also without them).
const YEAR_WORDS: &[&str] = &[
    "years",
    "year",
    "yrs",
    "yr",
    "y",
    "năm",
    "nam",
    "tahun",
    "thn",
    "taon",
    "年",
    "년",
    "ปี",
    "နှစ်",
    "ឆ្នាំ",
    "वर्ष",
    "बर्ष",
    "साल",
    "жил",
];
const MONTH_WORDS: &[&str] = &[
    "months",
    "month",
    "mos",
    "mo",
    "m",
    "tháng",
    "thang",
    "bulan",
    "bln",
    "buwan",
    "ヶ月",
    "ケ月",
    "か月",
    "カ月",
    "个月",
    "個月",
    "月",
    "개월",
    "เดือน",
    "လ",
    "ខែ",
    "महिना",
    "महीना",
    "сар",
];

/// Words for "thousand", "ten thousand" and "million" after a number (`250k`, `25万`,
/// `250 ribu`, `1,2 juta`, `250 nghìn`, `2 triệu`, `250 libo`); longer words first.
const MULTIPLIERS: &[(&str, i64)] = &[
    ("thousand", 1_000),
    ("million", 1_000_000),
    ("milyon", 1_000_000),
    ("nghìn", 1_000),
    ("nghin", 1_000),
    ("ngàn", 1_000),
    ("ngan", 1_000),
    ("triệu", 1_000_000),
    ("trieu", 1_000_000),
    ("ribu", 1_000),
    ("juta", 1_000_000),
    ("libo", 1_000),
    ("百万", 1_000_000),
    ("rb", 1_000),
    ("jt", 1_000_000),
    ("tr", 1_000_000),
    ("万", 10_000),
    ("千", 1_000),
    ("k", 1_000),
];

/// Maps any Unicode decimal digit to ASCII and full-width punctuation to ASCII.
fn ascii_digits(text: &str) -> String {
    // Burmese typed in Zawgyi spells "year" and "month" differently from Unicode.
    crate::faq::zawgyi::normalise(text)
        .chars()
        .map(|c| {
            if let Some(d) = digit_value(c) {
                return char::from(b'0' + d);
            }
            match c {
                '\u{FF0C}' | '\u{3001}' => ',',
                '\u{FF0E}' | '\u{3002}' => '.',
                '\u{FF0F}' => '/',
                '\u{FF0D}' | '\u{2212}' | '\u{2013}' | '\u{2014}' => '-',
                '\u{3000}' => ' ',
                c => c,
            }
        })
        .collect()
}

/// The value of a decimal digit of any script the bot's users write in.
fn digit_value(c: char) -> Option<u8> {
    const ZEROS: &[u32] = &[
        0x0030, // ASCII
        0x0660, // Arabic-Indic
        0x06F0, // Extended Arabic-Indic
        0x0966, // Devanagari (Nepali, Hindi)
        0x09E6, // Bengali
        0x0E50, // Thai
        0x0ED0, // Lao
        0x1040, // Myanmar
        0x17E0, // Khmer
        0x1810, // Mongolian
        0xFF10, // full width
    ];
    let code = u32::from(c);
    ZEROS.iter().find(|&&zero| (zero..zero + 10).contains(&code)).and_then(|zero| u8::try_from(code - zero).ok())
}

/// Parses an amount of yen: digits with `,` `.` `'` or spaces grouping thousands, an optional
/// `円`/`yen`/`¥`, and a word for thousand, ten thousand or million, e.g. `25万`, `250k`,
/// `24.5万`, `250 ribu`, `1,2 juta`.
pub fn parse_yen(text: &str) -> Result<Decimal, InputError> {
    let text = ascii_digits(text).to_lowercase();
    let mut body = text.trim().trim_start_matches(['¥', '￥']).trim().to_owned();
    for suffix in ["円", "yen", "jpy", "¥"] {
        if let Some(stripped) = body.strip_suffix(suffix) {
            body = stripped.trim().to_owned();
        }
    }
    let (body, multiplier) = MULTIPLIERS
        .iter()
        .find_map(|(word, times)| body.strip_suffix(word).map(|rest| (rest.trim(), Decimal::from(*times))))
        .unwrap_or((body.as_str(), Decimal::ONE));
    if body.is_empty() || body.starts_with('-') {
        return Err(if body.starts_with('-') { InputError::AmountNotPositive } else { InputError::NotAnAmount });
    }
    let value = if multiplier == Decimal::ONE { grouped_integer(body)? } else { short_decimal(body)? };
    let yen = (value * multiplier).trunc();
    if yen <= Decimal::ZERO {
        return Err(InputError::AmountNotPositive);
    }
    if yen > Decimal::from(MAX_YEN) {
        return Err(InputError::AmountTooLarge);
    }
    Ok(yen)
}

/// `250000`, `250,000`, `250.000`, `250 000`: separators must group exactly three digits.
fn grouped_integer(body: &str) -> Result<Decimal, InputError> {
    let groups: Vec<&str> = body.split([',', '.', ' ', '\'', '_']).collect();
    let valid = groups.iter().all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
        && groups.iter().skip(1).all(|g| g.len() == 3)
        && groups.first().is_some_and(|g| groups.len() == 1 || g.len() <= 3);
    if !valid {
        return Err(InputError::NotAnAmount);
    }
    let digits: String = groups.concat();
    if digits.len() > 12 {
        return Err(InputError::AmountTooLarge);
    }
    digits.parse().map_err(|_| InputError::NotAnAmount)
}

/// The number before `万` or `k`: `25`, `24.5`, `24,5`.
fn short_decimal(body: &str) -> Result<Decimal, InputError> {
    let normal = body.replace(',', ".");
    if normal.len() > 9 || normal.matches('.').count() > 1 || !normal.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return Err(InputError::NotAnAmount);
    }
    normal.parse().map_err(|_| InputError::NotAnAmount)
}

/// Parses a duration in months: `36`, `3 years`, `3 years 2 months`, `3y2m`, `3 năm`,
/// `3年2ヶ月`, `35ヶ月`, `2 tahun 6 bulan`. A bare number is months.
pub fn parse_months(text: &str) -> Result<u32, InputError> {
    let text = ascii_digits(text).to_lowercase();
    let mut total: u32 = 0;
    let mut rest = text.trim();
    let mut seen_any = false;
    while !rest.is_empty() {
        let digits_end = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
        if digits_end == 0 {
            return Err(InputError::NotADuration);
        }
        let number: u32 = rest[..digits_end].parse().map_err(|_| InputError::DurationTooLong)?;
        rest = &rest[digits_end..];
        // A decimal ("2.5 years"): whole months only; without it `2.5` would read as 2 + 5.
        let mut fraction: Option<(u32, u32)> = None;
        if let Some(after) = rest.strip_prefix(['.', ',']).filter(|a| a.starts_with(|c: char| c.is_ascii_digit())) {
            let end = after.find(|c: char| !c.is_ascii_digit()).unwrap_or(after.len());
            let scale = 10u32.checked_pow(u32::try_from(end).unwrap_or(u32::MAX)).ok_or(InputError::NotADuration)?;
            fraction = Some((after[..end].parse().map_err(|_| InputError::NotADuration)?, scale));
            rest = &after[end..];
        }
        rest = rest.trim_start();
        let unit_end = rest.find(|c: char| c.is_ascii_digit()).unwrap_or(rest.len());
        let unit = rest[..unit_end].trim().trim_end_matches([',', '.', '&']).trim();
        let unit = unit.strip_suffix(" and").or_else(|| unit.strip_suffix(" và")).unwrap_or(unit).trim();
        rest = &rest[unit_end..];
        let months = if unit.is_empty() || MONTH_WORDS.contains(&unit) {
            if fraction.is_some() {
                return Err(InputError::NotADuration);
            }
            number
        } else if YEAR_WORDS.contains(&unit) {
            let whole = number.checked_mul(12).ok_or(InputError::DurationTooLong)?;
            match fraction {
                None => whole,
                Some((part, scale)) if (part * 12) % scale == 0 => whole + part * 12 / scale,
                Some(_) => return Err(InputError::NotADuration),
            }
        } else {
            return Err(InputError::NotADuration);
        };
        total = total.checked_add(months).ok_or(InputError::DurationTooLong)?;
        seen_any = true;
    }
    if !seen_any {
        return Err(InputError::NotADuration);
    }
    if total > MAX_MONTHS {
        return Err(InputError::DurationTooLong);
    }
    Ok(total)
}

/// Parses a date: `2026-03-31`, `2026/3/31`, `2026.3.31`, `2026年3月31日`, or day first
/// `31/03/2026`, `31.3.2026`, `31-03-2026` (the way the bot's users write dates).
pub fn parse_date(text: &str) -> Result<NaiveDate, InputError> {
    let numbers = numbers_in(text);
    let (year, month, day) = match numbers.as_slice() {
        [y, m, d] if *y >= 1000 => (*y, *m, *d),
        [d, m, y] if *y >= 1000 => (*y, *m, *d),
        _ => return Err(InputError::NotADate),
    };
    let (Some(year), Ok(month), Ok(day)) = (common_era(year), u32::try_from(month), u32::try_from(day)) else {
        return Err(InputError::NotADate);
    };
    NaiveDate::from_ymd_opt(year, month, day).ok_or(InputError::NotADate)
}

/// A year the bot can mean (1950–2100), also written in the Thai Buddhist era (543 years
/// ahead: 2570 is 2027), as many Thai users write it; the two ranges do not overlap.
fn common_era(year: u64) -> Option<i32> {
    const BUDDHIST_ERA: i32 = 543;
    let year = i32::try_from(year).ok()?;
    let plausible = 1950..=2100;
    if plausible.contains(&year) {
        Some(year)
    } else if plausible.contains(&(year - BUDDHIST_ERA)) {
        Some(year - BUDDHIST_ERA)
    } else {
        None
    }
}

/// Parses a month: `2026-03`, `2026/3`, `03/2026`, `3.2026`, `2026年3月`.
pub fn parse_month(text: &str) -> Result<YearMonth, InputError> {
    let numbers = numbers_in(text);
    let (year, month) = match numbers.as_slice() {
        [y, m] if *y >= 1000 => (*y, *m),
        [m, y] if *y >= 1000 => (*y, *m),
        _ => return Err(InputError::NotAMonth),
    };
    let (Some(year), Ok(month)) = (common_era(year), u32::try_from(month)) else { return Err(InputError::NotAMonth) };
    YearMonth::new(year, month).ok_or(InputError::NotAMonth)
}

/// The runs of digits in a text, if the text is only digits and date punctuation.
fn numbers_in(text: &str) -> Vec<u64> {
    let text = ascii_digits(text);
    let allowed =
        |c: char| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '-' | '/' | '.' | '年' | '月' | '日');
    if !text.trim().chars().all(allowed) {
        return Vec::new();
    }
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|part| !part.is_empty())
        .map(|part| if part.len() > 6 { u64::MAX } else { part.parse().unwrap_or(u64::MAX) })
        .collect()
}

#[cfg(test)]
mod tests {

    #[test]
    fn thai_buddhist_years_are_read_as_the_same_day() {
        let day = NaiveDate::from_ymd_opt(2027, 3, 31);
        assert_eq!(parse_date("31/03/2570").ok(), day);
        assert_eq!(parse_date("๓๑/๐๓/๒๕๗๐").ok(), day);
        assert_eq!(parse_month("2569-03"), YearMonth::new(2026, 3).ok_or(InputError::NotAMonth));
        for far in ["31/03/2200", "31/03/2700", "31/03/1900"] {
            assert_eq!(parse_date(far), Err(InputError::NotADate), "{far}");
        }
    }

    #[test]
    fn decimals_are_whole_months_or_refused() {
        assert_eq!(parse_months("2.5 years"), Ok(30));
        assert_eq!(parse_months("1,5 tahun"), Ok(18));
        assert_eq!(parse_months("2.5"), Err(InputError::NotADuration));
        assert_eq!(parse_months("2.5 months"), Err(InputError::NotADuration));
        assert_eq!(parse_months("1.1 years"), Err(InputError::NotADuration));
        assert_eq!(parse_months("3 years 2 months"), Ok(38));
        assert_eq!(parse_months("3 years, 2 months."), Ok(38));
    }

    #[test]
    fn burmese_in_zawgyi_or_unicode_and_native_digits_are_read() {
        // "3 years" in Zawgyi (ႏွစ္: the na-ha-wa ligature and U+1039 as asat), then in Unicode.
        assert_eq!(parse_months("၃ ႏွစ္"), Ok(36));
        assert_eq!(parse_months("၃ နှစ်"), Ok(36));
        assert_eq!(parse_months("३ वर्ष ६ महिना"), Ok(42));
        assert_eq!(parse_months("៣ ឆ្នាំ"), Ok(36));
        assert_eq!(parse_months("๒ ปี"), Ok(24));
        assert_eq!(parse_months("2 жил 3 сар"), Ok(27));
        assert_eq!(parse_yen("၂၅၀,၀၀၀"), Ok(Decimal::from(250_000)));
        assert_eq!(parse_yen("२५००००"), Ok(Decimal::from(250_000)));
    }
    use super::*;

    #[test]
    fn amounts_as_people_type_them() {
        for text in [
            "250000",
            "250,000",
            "250.000",
            "250 000",
            "25万",
            "25万円",
            "250k",
            "250K",
            "２５００００",
            "¥250,000",
            "250000円",
            "250000 yen",
            "२५००००",
            "၂၅၀၀၀၀",
            "២៥០០០០",
            "๒๕๐๐๐๐",
        ] {
            assert_eq!(parse_yen(text), Ok(Decimal::from(250_000)), "{text}");
        }
        assert_eq!(parse_yen("24.5万"), Ok(Decimal::from(245_000)));
        for text in ["250rb", "250 ribu", "250 nghìn", "250 ngan", "250 libo", "250 thousand", "250千"] {
            assert_eq!(parse_yen(text), Ok(Decimal::from(250_000)), "{text}");
        }
        for text in ["1,2 juta", "1.2 triệu", "1,2jt", "1.2 million"] {
            assert_eq!(parse_yen(text), Ok(Decimal::from(1_200_000)), "{text}");
        }
        assert_eq!(parse_yen("1,234,567"), Ok(Decimal::from(1_234_567)));
    }

    #[test]
    fn amounts_that_are_not_understood() {
        for text in ["", "abc", "25,00", "2,50,000", "1.2.3", "twenty", "250000abc", "12e5"] {
            assert_eq!(parse_yen(text), Err(InputError::NotAnAmount), "{text}");
        }
        assert_eq!(parse_yen("0"), Err(InputError::AmountNotPositive));
        assert_eq!(parse_yen("-5"), Err(InputError::AmountNotPositive));
        assert_eq!(parse_yen("999999999999999"), Err(InputError::AmountTooLarge));
        assert_eq!(parse_yen("500000万"), Err(InputError::AmountTooLarge));
    }

    #[test]
    fn durations_in_many_languages() {
        let cases = [
            ("36", 36),
            ("3 years", 36),
            ("3 years 2 months", 38),
            ("3 years and 2 months", 38),
            ("3y2m", 38),
            ("3 năm", 36),
            ("3 nam 2 thang", 38),
            ("3年", 36),
            ("3年2ヶ月", 38),
            ("35ヶ月", 35),
            ("2 tahun 6 bulan", 30),
            ("3 taon", 36),
            ("３年", 36),
            ("5 ปี", 60),
            ("३ वर्ष", 36),
        ];
        for (text, months) in cases {
            assert_eq!(parse_months(text), Ok(months), "{text}");
        }
        for text in ["", "three years", "3 weeks", "years 3", "-3"] {
            assert_eq!(parse_months(text), Err(InputError::NotADuration), "{text}");
        }
        assert_eq!(parse_months("99999999999"), Err(InputError::DurationTooLong));
        assert_eq!(parse_months("60 years"), Err(InputError::DurationTooLong));
    }

    #[test]
    fn dates_and_months() {
        let date = NaiveDate::from_ymd_opt(2026, 3, 31);
        for text in ["2026-03-31", "2026/3/31", "31/03/2026", "31.3.2026", "2026年3月31日", "３１/０３/２０２６"]
        {
            assert_eq!(parse_date(text).ok(), date, "{text}");
        }
        for text in ["2026-02-30", "31/13/2026", "yesterday", "2026-03", "1/2/3"] {
            assert_eq!(parse_date(text), Err(InputError::NotADate), "{text}");
        }
        let month = YearMonth::new(2026, 3);
        for text in ["2026-03", "2026/3", "03/2026", "3.2026", "2026年3月"] {
            assert_eq!(parse_month(text).ok(), month, "{text}");
        }
        assert_eq!(parse_month("2026-13"), Err(InputError::NotAMonth));
    }
}
