//! Handing a conversation to a human consultant: office hours and when a consultant will next
//! read a message, and the rules of a ticket (one open ticket per user; who may act on it).
//!
//! Pure: the current time comes in as an argument; nothing of Telegram or storage.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveTime, Offset, Utc, Weekday};

/// When consultants answer, e.g. `Mon-Fri 09:00-18:00 Asia/Tokyo`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OfficeHours {
    first_day: Weekday,
    last_day: Weekday,
    opens: NaiveTime,
    closes: NaiveTime,
    offset: FixedOffset,
}

/// Why an office-hours text was not understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected office hours like `Mon-Fri 09:00-18:00 Asia/Tokyo`, got `{0}`")]
pub struct OfficeHoursError(String);

/// The default: Monday to Friday, 9:00 to 18:00 Japan time.
pub const DEFAULT_OFFICE_HOURS: &str = "Mon-Fri 09:00-18:00 Asia/Tokyo";

/// When the office is next open, in office time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opening {
    pub weekday: Weekday,
    pub time: NaiveTime,
    /// Whether that is today (in office time).
    pub today: bool,
}

impl OfficeHours {
    /// Whether consultants are working at `now`.
    #[must_use]
    pub fn is_open(&self, now: DateTime<Utc>) -> bool {
        let local = now.with_timezone(&self.offset);
        self.is_working_day(local.weekday()) && local.time() >= self.opens && local.time() < self.closes
    }

    /// When the office next opens after `now` (`None` while it is open).
    #[must_use]
    pub fn next_opening(&self, now: DateTime<Utc>) -> Option<Opening> {
        if self.is_open(now) {
            return None;
        }
        let local = now.with_timezone(&self.offset);
        (0..8).find_map(|days| {
            let day = local + Duration::days(days);
            let later_today = days > 0 || local.time() < self.opens;
            (self.is_working_day(day.weekday()) && later_today).then_some(Opening {
                weekday: day.weekday(),
                time: self.opens,
                today: days == 0,
            })
        })
    }

    fn is_working_day(&self, day: Weekday) -> bool {
        let (first, last, day) =
            (self.first_day.num_days_from_monday(), self.last_day.num_days_from_monday(), day.num_days_from_monday());
        if first <= last { (first..=last).contains(&day) } else { day >= first || day <= last }
    }
}

impl Default for OfficeHours {
    fn default() -> Self {
        // The default text always parses; the fallback only satisfies the types.
        DEFAULT_OFFICE_HOURS.parse().unwrap_or(Self {
            first_day: Weekday::Mon,
            last_day: Weekday::Fri,
            opens: NaiveTime::MIN,
            closes: NaiveTime::MIN,
            offset: Utc.fix(),
        })
    }
}

impl FromStr for OfficeHours {
    type Err = OfficeHoursError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = || OfficeHoursError(text.to_owned());
        let parts: Vec<&str> = text.split_whitespace().collect();
        let [days, hours, zone] = parts.as_slice() else { return Err(error()) };
        let (first_day, last_day) = match days.split_once('-') {
            Some((a, b)) => (a.parse::<Weekday>().map_err(|_| error())?, b.parse::<Weekday>().map_err(|_| error())?),
            None => {
                let day = days.parse::<Weekday>().map_err(|_| error())?;
                (day, day)
            }
        };
        let (opens, closes) = hours.split_once('-').ok_or_else(error)?;
        let opens = NaiveTime::parse_from_str(opens, "%H:%M").map_err(|_| error())?;
        let closes = NaiveTime::parse_from_str(closes, "%H:%M").map_err(|_| error())?;
        if closes <= opens {
            return Err(error());
        }
        let offset = zone_offset(zone).ok_or_else(error)?;
        Ok(Self { first_day, last_day, opens, closes, offset })
    }
}

/// The fixed offset of a zone name (Japan keeps no summer time) or of `+HH:MM`.
fn zone_offset(zone: &str) -> Option<FixedOffset> {
    match zone {
        "Asia/Tokyo" | "JST" => FixedOffset::east_opt(9 * 3600),
        "UTC" | "Etc/UTC" | "GMT" => FixedOffset::east_opt(0),
        other => other.parse::<FixedOffset>().ok(),
    }
}

impl fmt::Display for OfficeHours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}-{} {}-{} {}",
            self.first_day,
            self.last_day,
            self.opens.format("%H:%M"),
            self.closes.format("%H:%M"),
            self.offset
        )
    }
}

/// Whether a ticket is waiting for or in a conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TicketStatus {
    Open,
    Closed,
}

impl TicketStatus {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Closed => "closed",
        }
    }

    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "open" => Some(Self::Open),
            "closed" => Some(Self::Closed),
            _ => None,
        }
    }
}

/// A valid star rating of a closed ticket: 1 to 5.
#[must_use]
pub fn valid_rating(stars: u8) -> bool {
    (1..=5).contains(&stars)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).expect("time").with_timezone(&Utc)
    }

    #[test]
    fn the_default_is_weekdays_nine_to_six_in_japan() {
        let hours = OfficeHours::default();
        // Monday 2026-11-23 10:00 JST = 01:00 UTC.
        assert!(hours.is_open(utc("2026-11-23T01:00:00Z")));
        // Monday 18:30 JST.
        assert!(!hours.is_open(utc("2026-11-23T09:30:00Z")));
        // Saturday 12:00 JST.
        assert!(!hours.is_open(utc("2026-11-28T03:00:00Z")));
    }

    #[test]
    fn next_opening_is_said_in_office_terms() {
        let hours = OfficeHours::default();
        let nine = NaiveTime::from_hms_opt(9, 0, 0).expect("time");
        // Friday 20:00 JST → Monday 9:00.
        let friday_night = utc("2026-11-27T11:00:00Z");
        assert_eq!(hours.next_opening(friday_night), Some(Opening { weekday: Weekday::Mon, time: nine, today: false }));
        // Tuesday 07:00 JST → today 9:00.
        let early = utc("2026-11-23T22:00:00Z");
        assert_eq!(hours.next_opening(early), Some(Opening { weekday: Weekday::Tue, time: nine, today: true }));
        assert_eq!(hours.next_opening(utc("2026-11-23T01:00:00Z")), None);
    }

    #[test]
    fn parses_other_hours_and_refuses_nonsense() {
        let hours: OfficeHours = "Sat-Sun 10:00-12:00 UTC".parse().expect("valid");
        assert!(hours.is_open(utc("2026-11-28T11:00:00Z")));
        assert!(!hours.is_open(utc("2026-11-27T11:00:00Z")));
        for bad in [
            "",
            "Mon-Fri",
            "Mon-Fri 18:00-09:00 Asia/Tokyo",
            "Mon-Xyz 09:00-18:00 UTC",
            "Mon-Fri 9-18 UTC",
            "Mon-Fri 09:00-18:00 Mars/Base",
        ] {
            assert!(bad.parse::<OfficeHours>().is_err(), "{bad}");
        }
    }
}
