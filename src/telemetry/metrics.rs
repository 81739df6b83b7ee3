//! The bot's counters, served as Prometheus text at `/metrics`: updates by kind, handler
//! latency, FAQ outcomes, estimates, reminders, Telegram API errors by code and webhook refusals. Figures
//! that live in the database (open tickets, backlogs, first-response times) are read when
//! scraped and passed in as [`Gauges`]. No chat or user ids: labels have few values.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use crate::storage::reminders::Outcome;

/// The kinds of update the bot counts.
pub const UPDATE_KINDS: [&str; 5] = ["message", "edited_message", "callback_query", "my_chat_member", "other"];

/// What a typed question led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FaqOutcome {
    /// Answered directly.
    Answered,
    /// Offered a few entries ("did you mean").
    DidYouMean,
    /// Nothing matched.
    Miss,
}

/// Upper bounds of the latency histogram, in seconds.
const BUCKETS: [f64; 11] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

/// Figures read from the database when scraped.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Gauges {
    pub tickets_open: i64,
    pub outbox_backlog: i64,
    pub inbox_backlog: i64,
    /// Minutes to the first staff answer of tickets opened in the last 7 days.
    pub first_response_minutes: Vec<i64>,
}

/// The counters of one process.
#[derive(Debug, Default)]
pub struct Metrics {
    updates: [AtomicU64; UPDATE_KINDS.len()],
    /// Per bucket, then the overflow; latencies in microseconds summed.
    latency_buckets: [AtomicU64; BUCKETS.len() + 1],
    latency_sum_micros: AtomicU64,
    faq: [AtomicU64; 3],
    estimates: AtomicU64,
    webhook_refused: AtomicU64,
    /// Reminders by outcome: sent, skipped (user blocked the bot), failed (tried again).
    reminders: [AtomicU64; 3],
    api_errors: Mutex<BTreeMap<String, u64>>,
}

impl Metrics {
    /// Counts one handled update of `kind` (one of [`UPDATE_KINDS`]) and how long it took.
    pub fn update_handled(&self, kind: &str, took: Duration) {
        let index = UPDATE_KINDS.iter().position(|k| *k == kind).unwrap_or(UPDATE_KINDS.len() - 1);
        self.updates[index].fetch_add(1, Ordering::Relaxed);
        let seconds = took.as_secs_f64();
        let bucket = BUCKETS.iter().position(|bound| seconds <= *bound).unwrap_or(BUCKETS.len());
        self.latency_buckets[bucket].fetch_add(1, Ordering::Relaxed);
        self.latency_sum_micros.fetch_add(u64::try_from(took.as_micros()).unwrap_or(u64::MAX), Ordering::Relaxed);
    }

    /// Counts what a typed question led to.
    pub fn faq(&self, outcome: FaqOutcome) {
        let index = match outcome {
            FaqOutcome::Answered => 0,
            FaqOutcome::DidYouMean => 1,
            FaqOutcome::Miss => 2,
        };
        self.faq[index].fetch_add(1, Ordering::Relaxed);
    }

    /// Counts an estimate shown to a user.
    pub fn estimate(&self) {
        self.estimates.fetch_add(1, Ordering::Relaxed);
    }

    /// Counts a reminder by how sending it ended.
    pub fn reminder(&self, outcome: Outcome) {
        let index = match outcome {
            Outcome::Sent => 0,
            Outcome::Skipped => 1,
            Outcome::Failed => 2,
        };
        self.reminders[index].fetch_add(1, Ordering::Relaxed);
    }

    /// Counts a webhook call refused for a wrong or missing secret.
    pub fn webhook_refused(&self) {
        self.webhook_refused.fetch_add(1, Ordering::Relaxed);
    }

    /// Counts a failed Telegram API call by its code (`429`, `400`, `network`…).
    pub fn api_error(&self, code: &str) {
        if let Ok(mut errors) = self.api_errors.lock() {
            *errors.entry(code.to_owned()).or_default() += 1;
        }
    }

    /// The Prometheus text exposition of every figure.
    #[must_use]
    pub fn render(&self, gauges: &Gauges) -> String {
        let mut out = String::new();
        let get = |counter: &AtomicU64| counter.load(Ordering::Relaxed);
        out.push_str("# HELP nenkin_updates_total Updates handled, by kind.\n# TYPE nenkin_updates_total counter\n");
        for (kind, counter) in UPDATE_KINDS.iter().zip(&self.updates) {
            let _ = writeln!(out, "nenkin_updates_total{{kind=\"{kind}\"}} {}", get(counter));
        }
        out.push_str(
            "# HELP nenkin_handler_duration_seconds Time to handle one update.\n# TYPE nenkin_handler_duration_seconds histogram\n",
        );
        let mut cumulative = 0;
        for (bound, counter) in BUCKETS.iter().zip(&self.latency_buckets) {
            cumulative += get(counter);
            let _ = writeln!(out, "nenkin_handler_duration_seconds_bucket{{le=\"{bound}\"}} {cumulative}");
        }
        cumulative += get(&self.latency_buckets[BUCKETS.len()]);
        let _ = writeln!(out, "nenkin_handler_duration_seconds_bucket{{le=\"+Inf\"}} {cumulative}");
        let sum = Duration::from_micros(get(&self.latency_sum_micros)).as_secs_f64();
        let _ = writeln!(out, "nenkin_handler_duration_seconds_sum {sum}");
        let _ = writeln!(out, "nenkin_handler_duration_seconds_count {cumulative}");
        out.push_str("# HELP nenkin_faq_questions_total Typed questions, by outcome.\n# TYPE nenkin_faq_questions_total counter\n");
        for (outcome, counter) in ["answered", "did_you_mean", "miss"].iter().zip(&self.faq) {
            let _ = writeln!(out, "nenkin_faq_questions_total{{outcome=\"{outcome}\"}} {}", get(counter));
        }
        out.push_str("# HELP nenkin_estimates_total Estimates shown.\n# TYPE nenkin_estimates_total counter\n");
        let _ = writeln!(out, "nenkin_estimates_total {}", get(&self.estimates));
        out.push_str(
            "# HELP nenkin_webhook_refused_total Webhook calls refused for a wrong or missing secret.\n# TYPE nenkin_webhook_refused_total counter\n",
        );
        let _ = writeln!(out, "nenkin_webhook_refused_total {}", get(&self.webhook_refused));
        out.push_str("# HELP nenkin_reminders_total Reminders, by outcome.\n# TYPE nenkin_reminders_total counter\n");
        for (outcome, counter) in ["sent", "skipped", "failed"].iter().zip(&self.reminders) {
            let _ = writeln!(out, "nenkin_reminders_total{{outcome=\"{outcome}\"}} {}", get(counter));
        }
        out.push_str(
            "# HELP nenkin_telegram_errors_total Failed Telegram API calls, by code.\n# TYPE nenkin_telegram_errors_total counter\n",
        );
        if let Ok(errors) = self.api_errors.lock() {
            for (code, count) in errors.iter() {
                let _ = writeln!(out, "nenkin_telegram_errors_total{{code=\"{code}\"}} {count}");
            }
        }
        let gauge = |out: &mut String, name: &str, help: &str, value: i64| {
            let _ = write!(out, "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}\n");
        };
        gauge(
            &mut out,
            "nenkin_tickets_open",
            "Tickets waiting for or talking with a consultant.",
            gauges.tickets_open,
        );
        gauge(
            &mut out,
            "nenkin_outbox_backlog",
            "Relayed messages not yet accepted by Telegram.",
            gauges.outbox_backlog,
        );
        gauge(&mut out, "nenkin_inbox_backlog", "Updates received and not yet handled.", gauges.inbox_backlog);
        let minutes = &gauges.first_response_minutes;
        out.push_str(
            "# HELP nenkin_ticket_first_response_minutes Minutes to the first consultant answer, tickets of the last 7 days.\n# TYPE nenkin_ticket_first_response_minutes summary\n",
        );
        for (label, q) in [("0.5", 50), ("0.9", 90)] {
            let value = quantile(minutes, q).map_or_else(|| "NaN".to_owned(), |m| m.to_string());
            let _ = writeln!(out, "nenkin_ticket_first_response_minutes{{quantile=\"{label}\"}} {value}");
        }
        let _ = writeln!(out, "nenkin_ticket_first_response_minutes_sum {}", minutes.iter().sum::<i64>());
        let _ = writeln!(out, "nenkin_ticket_first_response_minutes_count {}", minutes.len());
        out
    }
}

/// The `percent`th percentile of sorted values (nearest rank).
fn quantile(sorted: &[i64], percent: usize) -> Option<i64> {
    let rank = (sorted.len() * percent).div_ceil(100).max(1);
    sorted.get(rank - 1).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counters_histogram_and_gauges() {
        let metrics = Metrics::default();
        metrics.update_handled("message", Duration::from_millis(3));
        metrics.update_handled("callback_query", Duration::from_millis(30));
        metrics.update_handled("something new", Duration::from_secs(60));
        metrics.faq(FaqOutcome::Miss);
        metrics.api_error("429");
        metrics.api_error("429");
        let text =
            metrics.render(&Gauges { tickets_open: 2, first_response_minutes: vec![1, 5, 9], ..Gauges::default() });
        for line in [
            "nenkin_updates_total{kind=\"message\"} 1",
            "nenkin_updates_total{kind=\"other\"} 1",
            "nenkin_handler_duration_seconds_bucket{le=\"0.005\"} 1",
            "nenkin_handler_duration_seconds_bucket{le=\"0.05\"} 2",
            "nenkin_handler_duration_seconds_bucket{le=\"+Inf\"} 3",
            "nenkin_handler_duration_seconds_count 3",
            "nenkin_faq_questions_total{outcome=\"miss\"} 1",
            "nenkin_telegram_errors_total{code=\"429\"} 2",
            "nenkin_tickets_open 2",
            "nenkin_ticket_first_response_minutes{quantile=\"0.5\"} 5",
        ] {
            assert!(text.lines().any(|l| l == line), "missing {line} in\n{text}");
        }
    }
}
