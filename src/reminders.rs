//! Reminders of the dates a returning worker must not miss: when the claim can be sent,
//! before the 2-year claim deadline, when the decision notice should have come, and before
//! the 5-year limit of the tax refund. This module plans them from the user's dates and
//! `faq/rules.yaml`; storing and sending them is the front end's.

use chrono::{Datelike, Months, NaiveDate};

use crate::estimate::Rules;

/// Which reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// The day after leaving: the claim can be sent.
    Claimable,
    /// This many months before the claim deadline.
    BeforeDeadline(u32),
    /// Some months after the claim was sent: has the decision notice come?
    DecisionCheck,
    /// This many months before the last day of the tax-refund return.
    BeforeRefundLimit(u32),
}

impl Kind {
    /// The kind as stored and in button data.
    #[must_use]
    pub fn code(self) -> String {
        match self {
            Self::Claimable => "claimable".to_owned(),
            Self::BeforeDeadline(months) => format!("deadline-{months}m"),
            Self::DecisionCheck => "decision".to_owned(),
            Self::BeforeRefundLimit(months) => format!("refund-{months}m"),
        }
    }

    /// Reads [`Self::code`].
    #[must_use]
    pub fn parse(code: &str) -> Option<Self> {
        let months = |rest: &str| rest.strip_suffix('m').and_then(|m| m.parse().ok()).filter(|m| (1..=24).contains(m));
        match code {
            "claimable" => Some(Self::Claimable),
            "decision" => Some(Self::DecisionCheck),
            _ => {
                if let Some(rest) = code.strip_prefix("deadline-") {
                    months(rest).map(Self::BeforeDeadline)
                } else {
                    code.strip_prefix("refund-").and_then(months).map(Self::BeforeRefundLimit)
                }
            }
        }
    }
}

/// A reminder to send on `day`, about the date `about` (the departure, the claim deadline,
/// the day the claim was sent, or the refund limit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Planned {
    pub kind: Kind,
    pub day: NaiveDate,
    pub about: NaiveDate,
}

/// The reminders for someone who leaves (or left) Japan on `departure`, with the claim
/// deadline `deadline`; only those still ahead of `today`.
#[must_use]
pub fn after_departure(rules: &Rules, departure: NaiveDate, deadline: NaiveDate, today: NaiveDate) -> Vec<Planned> {
    let mut planned = Vec::new();
    if let Some(day) = departure.succ_opt() {
        planned.push(Planned { kind: Kind::Claimable, day, about: departure });
    }
    for &months in &rules.reminders.before_claim_deadline_months {
        if let Some(day) = deadline.checked_sub_months(Months::new(months)) {
            planned.push(Planned { kind: Kind::BeforeDeadline(months), day, about: deadline });
        }
    }
    planned.retain(|p| p.day > today);
    planned
}

/// The reminders for someone who sent the claim on `sent`; only those still ahead of `today`.
#[must_use]
pub fn after_claim_sent(rules: &Rules, sent: NaiveDate, today: NaiveDate) -> Vec<Planned> {
    let mut planned = Vec::new();
    if let Some(day) = sent.checked_add_months(Months::new(rules.reminders.decision_check_months)) {
        planned.push(Planned { kind: Kind::DecisionCheck, day, about: sent });
    }
    let limit = refund_limit(rules, sent.year());
    let months = rules.reminders.before_refund_limit_months;
    if let Some(day) = limit.checked_sub_months(Months::new(months)) {
        planned.push(Planned { kind: Kind::BeforeRefundLimit(months), day, about: limit });
    }
    planned.retain(|p| p.day > today);
    planned
}

/// The last day to file the tax-refund return for a lump sum paid in `paid_year`: the period
/// runs from 1 January of the next year. A claim sent in a year is paid that year at the
/// earliest, so counting from the year it was sent never tells anyone too late.
#[must_use]
pub fn refund_limit(rules: &Rules, paid_year: i32) -> NaiveDate {
    let years = i32::try_from(rules.tax.refund_return_years).unwrap_or(5);
    NaiveDate::from_ymd_opt(paid_year.saturating_add(years), 12, 31).unwrap_or(NaiveDate::MAX)
}

/// The moment a reminder for `day` is sent, in milliseconds since 1970: 10:00 in Japan
/// (01:00 UTC), morning in every country our users come from.
#[must_use]
pub fn send_at_ms(day: NaiveDate) -> i64 {
    day.and_hms_opt(1, 0, 0).map_or(i64::MAX, |t| t.and_utc().timestamp_millis())
}

/// Whether a reminder due at `due_ms` is late when sent at `now_ms`: more than a day.
#[must_use]
pub fn is_late(due_ms: i64, now_ms: i64) -> bool {
    now_ms.saturating_sub(due_ms) > 24 * 3600 * 1000
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::estimate::claim_deadline;

    fn rules() -> Rules {
        crate::content::load_rules(std::path::Path::new(env!("CARGO_MANIFEST_DIR"))).expect("valid rules")
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("date")
    }

    #[test]
    fn leaving_next_month_plans_the_claim_day_and_two_warnings_before_the_deadline() {
        let rules = rules();
        let departure = day("2026-12-20");
        let deadline = claim_deadline(&rules, departure);
        assert_eq!(deadline, day("2028-12-19"));
        let planned = after_departure(&rules, departure, deadline, day("2026-11-23"));
        let days: Vec<(Kind, NaiveDate)> = planned.iter().map(|p| (p.kind, p.day)).collect();
        assert_eq!(
            days,
            vec![
                (Kind::Claimable, day("2026-12-21")),
                (Kind::BeforeDeadline(6), day("2028-06-19")),
                (Kind::BeforeDeadline(1), day("2028-11-19")),
            ]
        );
        // Someone who left long ago is only warned of what is still ahead.
        let late = after_departure(&rules, departure, deadline, day("2028-07-01"));
        assert_eq!(late.iter().map(|p| p.kind).collect::<Vec<_>>(), vec![Kind::BeforeDeadline(1)]);
    }

    #[test]
    fn a_claim_sent_in_march_plans_the_decision_check_and_the_refund_limit() {
        let rules = rules();
        let planned = after_claim_sent(&rules, day("2027-03-10"), day("2027-03-10"));
        assert_eq!(planned[0].kind, Kind::DecisionCheck);
        assert_eq!(planned[0].day, day("2027-07-10"));
        // Paid in 2027 at the earliest: the return can be filed until 31 December 2032.
        assert_eq!(planned[1].kind, Kind::BeforeRefundLimit(6));
        assert_eq!((planned[1].day, planned[1].about), (day("2032-06-30"), day("2032-12-31")));
    }

    #[test]
    fn kinds_read_back_and_lateness_starts_after_a_day() {
        for kind in [Kind::Claimable, Kind::BeforeDeadline(6), Kind::DecisionCheck, Kind::BeforeRefundLimit(6)] {
            assert_eq!(Kind::parse(&kind.code()), Some(kind));
        }
        for code in ["", "deadline-", "deadline-0m", "deadline-99m", "refund-x", "Claimable"] {
            assert_eq!(Kind::parse(code), None, "{code}");
        }
        let due = send_at_ms(day("2027-01-01"));
        assert!(!is_late(due, due + 23 * 3600 * 1000));
        assert!(is_late(due, due + 25 * 3600 * 1000));
    }
}
