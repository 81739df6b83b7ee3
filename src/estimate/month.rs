//! Calendar months and fiscal years, the units pension law counts in.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// One calendar month, e.g. March 2026. Ordered chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct YearMonth {
    year: i32,
    month: u32,
}

/// Why a text is not a `YYYY-MM` month.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected a month as YYYY-MM between 1900-01 and 2199-12, got `{0}`")]
pub struct YearMonthError(String);

impl YearMonth {
    /// The month `month` (1–12) of `year` (1900–2199).
    pub fn new(year: i32, month: u32) -> Option<Self> {
        ((1900..=2199).contains(&year) && (1..=12).contains(&month)).then_some(Self { year, month })
    }

    /// The month a date falls in.
    #[must_use]
    pub fn of(date: NaiveDate) -> Self {
        Self { year: date.year(), month: date.month() }
    }

    #[must_use]
    pub fn year(self) -> i32 {
        self.year
    }

    #[must_use]
    pub fn month(self) -> u32 {
        self.month
    }

    /// The first day of the month.
    #[must_use]
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or(NaiveDate::MIN)
    }

    /// The month `n` months later (earlier when negative).
    #[must_use]
    pub fn plus(self, n: i32) -> Self {
        let index = self.index() + n;
        Self { year: index.div_euclid(12), month: index.rem_euclid(12).unsigned_abs() + 1 }
    }

    /// How many months from `self` to `later`, counting both ends; 0 when `later` is earlier.
    #[must_use]
    pub fn months_through(self, later: Self) -> u32 {
        u32::try_from(later.index() - self.index() + 1).unwrap_or(0)
    }

    /// The Japanese fiscal year (April to March) the month belongs to, named by its April.
    #[must_use]
    pub fn fiscal_year(self) -> i32 {
        if self.month >= 4 { self.year } else { self.year - 1 }
    }

    fn index(self) -> i32 {
        // Months 1..=12 fit in i32; the sum cannot overflow for years 1900..=2199.
        self.year * 12 + i32::try_from(self.month).unwrap_or(1) - 1
    }
}

impl FromStr for YearMonth {
    type Err = YearMonthError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = || YearMonthError(text.to_owned());
        let (year, month) = text.trim().split_once('-').ok_or_else(error)?;
        if year.len() != 4 || month.len() != 2 {
            return Err(error());
        }
        let year = year.parse().map_err(|_| error())?;
        let month = month.parse().map_err(|_| error())?;
        Self::new(year, month).ok_or_else(error)
    }
}

impl TryFrom<String> for YearMonth {
    type Error = YearMonthError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<YearMonth> for String {
    fn from(month: YearMonth) -> Self {
        month.to_string()
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ym(text: &str) -> YearMonth {
        text.parse().expect("valid month")
    }

    #[test]
    fn parses_and_prints_the_same_text() {
        assert_eq!(ym("2026-03").to_string(), "2026-03");
        for bad in ["2026-3", "2026-13", "2026-00", "26-03", "2026/03", "", "abcd-ef", "2200-01"] {
            assert!(bad.parse::<YearMonth>().is_err(), "{bad} should be rejected");
        }
    }

    #[test]
    fn counts_months_inclusively_across_years() {
        assert_eq!(ym("2023-04").months_through(ym("2026-03")), 36);
        assert_eq!(ym("2026-03").months_through(ym("2026-03")), 1);
        assert_eq!(ym("2026-04").months_through(ym("2026-03")), 0);
        assert_eq!(ym("2026-01").plus(-1), ym("2025-12"));
        assert_eq!(ym("2025-12").plus(1), ym("2026-01"));
        assert_eq!(ym("2025-12").plus(-24), ym("2023-12"));
    }

    #[test]
    fn fiscal_year_starts_in_april() {
        assert_eq!(ym("2026-03").fiscal_year(), 2025);
        assert_eq!(ym("2026-04").fiscal_year(), 2026);
    }
}
