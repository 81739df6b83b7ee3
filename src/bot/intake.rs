//! Updates in: long polling (one process) and the webhook endpoint (several replicas). Either
//! way an update is written down in the inbox before Telegram is told it arrived — the next
//! `getUpdates` offset, or the webhook's `200` — so a crash loses nothing, and a redelivery is
//! recognised by its id.

use std::sync::Arc;
use std::time::Duration;

use teloxide::prelude::*;
use teloxide::types::AllowedUpdate;
use tokio_util::sync::CancellationToken;

use super::App;
use super::inbox::{Worker, incoming};
use crate::storage::Incoming;

/// The update kinds the bot asks for (Telegram sends no others).
pub const ALLOWED_UPDATES: [AllowedUpdate; 4] =
    [AllowedUpdate::Message, AllowedUpdate::EditedMessage, AllowedUpdate::CallbackQuery, AllowedUpdate::MyChatMember];

/// Seconds a `getUpdates` call waits for news.
const POLL_SECONDS: u32 = 10;

/// Long polling until `stop`: each batch is written down, then confirmed by the next call.
pub async fn poll(bot: &Bot, app: &App, worker: &Arc<Worker>, stop: &CancellationToken) {
    let mut offset: i32 = 0;
    let mut backoff = Duration::from_millis(250);
    loop {
        let request = bot.get_updates().offset(offset).timeout(POLL_SECONDS).allowed_updates(ALLOWED_UPDATES);
        let result = tokio::select! {
            () = stop.cancelled() => return,
            result = request.send() => result,
        };
        let failure = match result {
            Ok(updates) if updates.is_empty() => None,
            Ok(updates) => {
                let batch: Vec<Incoming> = updates
                    .iter()
                    .map(|update| incoming(update, serde_json::to_string(update).unwrap_or_default()))
                    .collect();
                match worker.accept(&batch, updates).await {
                    Ok(()) => {
                        if let Some(last) = batch.last() {
                            offset = i32::try_from(last.update_id).unwrap_or(i32::MAX).saturating_add(1);
                        }
                        None
                    }
                    // Not confirmed: Telegram sends the batch again.
                    Err(error) => Some(format!("writing updates down failed: {error:#}")),
                }
            }
            Err(error) => {
                app.metrics.api_error(&super::error_code(&error));
                if matches!(&error, teloxide::RequestError::Api(teloxide::ApiError::TerminatedByOtherGetUpdates)) {
                    Some("another process polls with this token, or a webhook is set: run one poller, or use NENKIN_WEBHOOK_URL".to_owned())
                } else {
                    Some(format!("getUpdates failed: {error}"))
                }
            }
        };
        match failure {
            None => backoff = Duration::from_millis(250),
            Some(reason) => {
                tracing::warn!(retry_ms = u64::try_from(backoff.as_millis()).unwrap_or(0), "{reason}");
                tokio::select! {
                    () = stop.cancelled() => return,
                    () = tokio::time::sleep(backoff) => (),
                }
                backoff = (backoff * 2).min(Duration::from_secs(30));
            }
        }
    }
}

/// Reads a webhook body: the update and the inbox entry for it, or why it is unusable.
pub fn from_webhook(body: &[u8]) -> Result<Incoming, String> {
    let text = std::str::from_utf8(body).map_err(|_| "the body is not UTF-8".to_owned())?;
    match serde_json::from_str::<Update>(text) {
        Ok(update) => Ok(incoming(&update, text.to_owned())),
        Err(error) => {
            // An update teloxide cannot read is still recorded, by id, so it is not redelivered.
            let value: serde_json::Value = serde_json::from_str(text).map_err(|_| format!("not JSON: {error}"))?;
            let update_id = value.get("update_id").and_then(serde_json::Value::as_i64).ok_or("no update_id")?;
            Ok(Incoming { update_id, chat_id: 0, payload: text.to_owned() })
        }
    }
}
