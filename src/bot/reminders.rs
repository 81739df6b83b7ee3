//! Sending reminders on their day. One loop per replica claims what is due (so exactly one
//! replica sends each), sends it in the user's current language, and records how it went: a
//! user who blocked the bot is skipped with a note in the log, a reminder that could not be
//! sent is tried again. A reminder that came due while the bot was down goes out when it is
//! back, marked late if more than a day late.

use std::future::Future;
use std::time::Duration;

use chrono::NaiveDate;
use teloxide::prelude::*;
use teloxide::{ApiError, RequestError};
use tokio_util::sync::CancellationToken;

use super::App;
use crate::reminders::is_late;
use crate::render::Renderer;
use crate::storage::Store;
use crate::storage::reminders::{Due, Outcome};

/// The longest the loop sleeps: reminders added by another replica are found within this.
const MAX_WAIT: Duration = Duration::from_secs(600);
/// How long after a failed send the loop waits before trying again.
const AFTER_FAILURE: Duration = Duration::from_secs(60);
/// Reminders claimed at a time.
const BATCH: i64 = 50;
/// A reminder that still cannot be sent this long after its day is given up (and logged).
const GIVE_UP_MS: i64 = 7 * 24 * 3600 * 1000;

/// Wall-clock time that follows tokio's clock, so tests can move it with paused time.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    wall_at_start_ms: i64,
    started: tokio::time::Instant,
}

impl Clock {
    /// A clock that reads `wall_ms` (ms since 1970) now.
    #[must_use]
    pub fn starting_at(wall_ms: i64) -> Self {
        Self { wall_at_start_ms: wall_ms, started: tokio::time::Instant::now() }
    }

    /// The system's clock.
    #[must_use]
    pub fn system() -> Self {
        Self::starting_at(crate::storage::inbox::now_ms())
    }

    /// Milliseconds since 1970.
    #[must_use]
    pub fn now_ms(&self) -> i64 {
        let elapsed = i64::try_from(self.started.elapsed().as_millis()).unwrap_or(i64::MAX);
        self.wall_at_start_ms.saturating_add(elapsed)
    }
}

/// Sends due reminders through `deliver` until `stop`: `deliver` gets the reminder and, when
/// it is late, the day it was due.
pub async fn run<F, Fut>(store: Store, clock: Clock, owner: String, deliver: F, stop: CancellationToken)
where
    F: Fn(Due, Option<NaiveDate>) -> Fut,
    Fut: Future<Output = Outcome>,
{
    loop {
        let now = clock.now_ms();
        let mut wait = MAX_WAIT;
        match store.claim_due_reminders(now, &owner, BATCH).await {
            Ok(due) => {
                let full = i64::try_from(due.len()).unwrap_or(i64::MAX) >= BATCH;
                for reminder in due {
                    let late = is_late(reminder.due_at, now)
                        .then(|| chrono::DateTime::from_timestamp_millis(reminder.due_at).map(|t| t.date_naive()))
                        .flatten();
                    let (chat_id, kind, due_at) = (reminder.chat_id, reminder.kind.code(), reminder.due_at);
                    let outcome = match deliver(reminder, late).await {
                        Outcome::Sent => {
                            tracing::info!(chat_id, kind, late = late.is_some(), "reminder sent");
                            Outcome::Sent
                        }
                        Outcome::Skipped => {
                            tracing::info!(chat_id, kind, "reminder skipped: the user blocked the bot");
                            Outcome::Skipped
                        }
                        Outcome::Failed if now.saturating_sub(due_at) > GIVE_UP_MS => {
                            tracing::warn!(chat_id, kind, "a reminder could not be sent for a week: given up");
                            Outcome::Skipped
                        }
                        Outcome::Failed => {
                            tracing::warn!(chat_id, kind, "sending a reminder failed: trying again later");
                            wait = AFTER_FAILURE;
                            Outcome::Failed
                        }
                    };
                    if let Err(error) = store.finish_reminder(chat_id, &kind, outcome).await {
                        tracing::warn!(chat_id, error = %format!("{error:#}"), "recording a reminder failed");
                    }
                }
                if full && wait == MAX_WAIT {
                    continue;
                }
            }
            Err(error) => {
                tracing::warn!(error = %format!("{error:#}"), "reading due reminders failed");
                wait = AFTER_FAILURE;
            }
        }
        if wait == MAX_WAIT
            && let Ok(Some(next)) = store.next_reminder_at().await
        {
            let until = u64::try_from(next.saturating_sub(clock.now_ms())).unwrap_or(0);
            wait = wait.min(Duration::from_millis(until));
        }
        tokio::select! {
            () = stop.cancelled() => return,
            () = tokio::time::sleep(wait) => (),
        }
    }
}

/// Sends one reminder to its user, in the language they use now.
pub async fn send(bot: &Bot, app: &App, reminder: Due, late_since: Option<NaiveDate>) -> Outcome {
    let content = app.content();
    let lang = content.locales.negotiate(reminder.lang.as_deref()).clone();
    let view = Renderer::new(&content, &lang).reminder(reminder.kind, reminder.about, late_since);
    let outcome = match super::send(bot, ChatId(reminder.chat_id), view.into()).await {
        Ok(()) => Outcome::Sent,
        Err(error) => match error.downcast_ref::<RequestError>() {
            Some(RequestError::Api(ApiError::BotBlocked | ApiError::UserDeactivated | ApiError::ChatNotFound)) => {
                Outcome::Skipped
            }
            _ => Outcome::Failed,
        },
    };
    app.metrics.reminder(outcome);
    outcome
}
