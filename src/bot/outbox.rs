//! Messages that must reach someone (user → staff, staff → user): written down before they are
//! sent, retried on Telegram's flood limit (429 `retry_after`), server errors and network
//! errors, marked delivered when Telegram accepts them, and sent on start-up if a restart
//! came in between. A message is written down once per source message, so a redelivered
//! update is not relayed twice.

use std::collections::HashSet;
use std::sync::Mutex;
use std::time::Duration;

use teloxide::RequestError;
use teloxide::prelude::*;
use teloxide::types::{MessageId, ReplyParameters, ThreadId};

use super::App;
use crate::storage::{Direction, Outgoing as Pending};

/// Attempts made while handling the update, before leaving the rest to the background retry.
const ATTEMPTS_IN_HANDLER: u32 = 4;
/// The longest wait between attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(30);

/// What became of a delivery attempt.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Delivered,
    /// Still pending: it will be retried in the background and after a restart.
    Pending,
    /// Telegram refused it for good (blocked, deleted chat, bad request).
    Refused(String),
    /// Already handled before (a redelivered update).
    Duplicate,
}

/// Writes down a copy of `message` from `from` to `to` and tries to deliver it; a held
/// message (flood control) is only written down, for the background retry to send later.
#[allow(clippy::too_many_arguments)]
pub async fn relay(
    bot: &Bot,
    app: &App,
    ticket: i64,
    direction: Direction,
    from: ChatId,
    message: MessageId,
    place: Place,
    hold_seconds: Option<u32>,
) -> anyhow::Result<Outcome> {
    let to = match direction {
        Direction::ToStaff => app.staff.as_ref().map_or(from, |s| s.chat),
        Direction::ToUser => app.store.ticket(ticket).await?.map_or(from, |t| ChatId(t.chat_id)),
    };
    let pending = Pending {
        id: 0,
        ticket,
        direction,
        to_chat: to.0,
        from_chat: from.0,
        message_id: message.0,
        thread_id: place.thread,
        reply_to: place.reply_to,
    };
    let Some(pending) = app.store.add_outgoing(&pending, hold_seconds.unwrap_or(0)).await? else {
        return Ok(Outcome::Duplicate);
    };
    if hold_seconds.is_some() {
        return Ok(Outcome::Pending);
    }
    deliver(bot, app, &pending, ATTEMPTS_IN_HANDLER).await
}

/// Where a copy goes in the target chat: a forum topic, or as a reply to a message.
#[derive(Debug, Clone, Copy, Default)]
pub struct Place {
    pub thread: Option<i32>,
    pub reply_to: Option<i32>,
}

/// The outbox entries being delivered right now, so the background retry and a handler never
/// send the same one at once.
#[derive(Debug, Default)]
pub struct InFlight(Mutex<HashSet<i64>>);

/// Holds an entry as in flight until dropped.
struct Claim<'a> {
    set: &'a InFlight,
    id: i64,
}

impl InFlight {
    fn claim(&self, id: i64) -> Option<Claim<'_>> {
        // The lock is released before a claim exists: dropping a claim takes the lock again.
        let inserted = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner).insert(id);
        if inserted { Some(Claim { set: self, id }) } else { None }
    }
}

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        self.set.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner).remove(&self.id);
    }
}

/// Tries to deliver a written-down message, up to `attempts` times with backoff.
pub async fn deliver(bot: &Bot, app: &App, pending: &Pending, attempts: u32) -> anyhow::Result<Outcome> {
    let Some(_claim) = app.in_flight.claim(pending.id) else { return Ok(Outcome::Pending) };
    let mut wait = Duration::from_secs(1);
    for attempt in 1..=attempts {
        let mut request =
            bot.copy_message(ChatId(pending.to_chat), ChatId(pending.from_chat), MessageId(pending.message_id));
        if let Some(thread) = pending.thread_id {
            request = request.message_thread_id(ThreadId(MessageId(thread)));
        } else if let Some(reply_to) = pending.reply_to {
            request = request.reply_parameters(ReplyParameters::new(MessageId(reply_to)).allow_sending_without_reply());
        }
        let result = request.await;
        if let Err(error) = &result {
            app.metrics.api_error(&super::error_code(error));
        }
        match result {
            Ok(copied) => {
                app.store.mark_delivered(pending.id, copied.0).await?;
                app.store.add_relayed(pending.ticket, pending.direction, pending.message_id, copied.0).await?;
                return Ok(Outcome::Delivered);
            }
            Err(RequestError::RetryAfter(seconds)) => {
                tracing::info!(outbox = pending.id, seconds = seconds.seconds(), "flood limit: waiting");
                if attempt < attempts {
                    tokio::time::sleep(seconds.duration().min(MAX_BACKOFF)).await;
                }
            }
            Err(error) if super::retry::is_temporary(&error) => {
                tracing::info!(outbox = pending.id, attempt, %error, "temporary failure: retrying");
                if attempt < attempts {
                    tokio::time::sleep(wait).await;
                    wait = (wait * 2).min(MAX_BACKOFF);
                }
            }
            Err(error) => {
                let reason = error.to_string();
                app.store.mark_refused(pending.id, &reason).await?;
                return Ok(Outcome::Refused(reason));
            }
        }
    }
    Ok(Outcome::Pending)
}

/// Sends whatever is still pending, now and then every `every`, until the task is dropped.
pub async fn retry_pending(bot: Bot, app: std::sync::Arc<App>, every: Duration) {
    loop {
        flush(&bot, &app).await;
        tokio::time::sleep(every).await;
    }
}

/// Sends whatever is pending once (each retry round, and at a stop).
pub async fn flush(bot: &Bot, app: &App) {
    match app.store.pending_outgoing().await {
        Ok(pending) => {
            for item in pending {
                if let Err(error) = deliver(bot, app, &item, 1).await {
                    tracing::warn!(outbox = item.id, error = %format!("{error:#}"), "flushing a pending message failed");
                }
            }
        }
        Err(error) => tracing::warn!(error = %format!("{error:#}"), "reading the outbox failed"),
    }
}

/// How many messages a user may send to the consultants in a window before the rest are held.
#[derive(Debug)]
pub struct FloodControl {
    limit: usize,
    window: Duration,
    sent: Mutex<std::collections::HashMap<i64, std::collections::VecDeque<std::time::Instant>>>,
}

/// What flood control says about one more message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flood {
    /// Send it now.
    Pass,
    /// Hold it; this is the first held message of the window, so tell the user once.
    HoldAndWarn,
    /// Hold it; the user was told.
    Hold,
}

impl FloodControl {
    #[must_use]
    pub fn new(limit: usize, window: Duration) -> Self {
        Self { limit, window, sent: Mutex::default() }
    }

    /// How long held messages wait, in whole seconds.
    #[must_use]
    pub fn hold_seconds(&self) -> u32 {
        u32::try_from(self.window.as_secs().max(1)).unwrap_or(u32::MAX)
    }

    /// Counts one more message of `chat` at `now`.
    pub fn check(&self, chat: i64, now: std::time::Instant) -> Flood {
        let mut sent = self.sent.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let times = sent.entry(chat).or_default();
        while times.front().is_some_and(|t| now.duration_since(*t) >= self.window) {
            times.pop_front();
        }
        times.push_back(now);
        match times.len().cmp(&(self.limit + 1)) {
            std::cmp::Ordering::Less => Flood::Pass,
            std::cmp::Ordering::Equal => Flood::HoldAndWarn,
            std::cmp::Ordering::Greater => Flood::Hold,
        }
    }
}

impl Default for FloodControl {
    /// Twenty messages a minute.
    fn default() -> Self {
        Self::new(20, Duration::from_secs(60))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn over_the_limit_messages_are_held_and_the_user_warned_once() {
        let flood = FloodControl::new(3, Duration::from_secs(60));
        let start = std::time::Instant::now();
        let verdicts: Vec<Flood> = (0..6).map(|i| flood.check(1, start + Duration::from_secs(i))).collect();
        assert_eq!(verdicts, [Flood::Pass, Flood::Pass, Flood::Pass, Flood::HoldAndWarn, Flood::Hold, Flood::Hold]);
        assert_eq!(flood.check(2, start), Flood::Pass, "other users are not affected");
        assert_eq!(flood.check(1, start + Duration::from_secs(120)), Flood::Pass, "a new window");
    }
}
