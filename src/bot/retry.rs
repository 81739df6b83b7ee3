//! Bot API calls worth making again: after Telegram's flood limit (429 with `retry_after`),
//! a server error or network trouble. Anything else Telegram says is final.

use std::future::Future;
use std::time::Duration;

use teloxide::{ApiError, RequestError};

/// How many times a reply is attempted before the failure is passed on.
const ATTEMPTS: u32 = 5;
/// The longest single wait, whatever `retry_after` asks.
const MAX_WAIT: Duration = Duration::from_secs(60);

/// Makes `call`, again while it fails for a reason that passes (at most [`ATTEMPTS`] times),
/// waiting as long as Telegram asks or backing off from half a second.
///
/// A dropped connection may hide a call Telegram carried out; repeating it is still better
/// than a user left without an answer.
pub async fn patiently<T, F, Fut>(mut call: F) -> Result<T, RequestError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, RequestError>>,
{
    let mut backoff = Duration::from_millis(500);
    let mut attempt = 1;
    loop {
        let wait = match call().await {
            Err(RequestError::RetryAfter(seconds)) if attempt < ATTEMPTS => seconds.duration(),
            Err(error) if attempt < ATTEMPTS && is_temporary(&error) => {
                backoff *= 2;
                backoff / 2
            }
            result => return result,
        };
        tracing::info!(
            attempt,
            wait_ms = u64::try_from(wait.as_millis()).unwrap_or(0),
            "a Bot API call failed for now: repeating it"
        );
        tokio::time::sleep(wait.min(MAX_WAIT)).await;
        attempt += 1;
    }
}

/// Server errors and network trouble pass; anything else Telegram says is final.
#[must_use]
pub fn is_temporary(error: &RequestError) -> bool {
    match error {
        RequestError::Network(_) | RequestError::Io(_) | RequestError::InvalidJson { .. } => true,
        RequestError::Api(ApiError::Unknown(description)) => {
            let description = description.to_ascii_lowercase();
            ["bad gateway", "internal server error", "gateway", "service unavailable", "timeout"]
                .iter()
                .any(|word| description.contains(word))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};

    use teloxide::types::Seconds;

    use super::*;

    #[tokio::test(start_paused = true)]
    async fn waits_as_asked_then_succeeds_and_gives_up_on_final_errors() {
        let calls = AtomicU32::new(0);
        let started = tokio::time::Instant::now();
        let result = patiently(|| async {
            match calls.fetch_add(1, Ordering::SeqCst) {
                0 => Err(RequestError::RetryAfter(Seconds::from_seconds(3))),
                1 => Err(RequestError::Api(ApiError::Unknown("Bad Gateway".to_owned()))),
                _ => Ok(7),
            }
        })
        .await;
        assert_eq!(result.ok(), Some(7));
        assert_eq!(calls.load(Ordering::SeqCst), 3);
        assert_eq!(started.elapsed(), Duration::from_millis(3500));

        let calls = AtomicU32::new(0);
        let refused: Result<(), _> = patiently(|| async {
            calls.fetch_add(1, Ordering::SeqCst);
            Err(RequestError::Api(ApiError::BotBlocked))
        })
        .await;
        assert!(refused.is_err());
        assert_eq!(calls.load(Ordering::SeqCst), 1);

        let calls = AtomicU32::new(0);
        let flooded: Result<(), _> = patiently(|| async {
            calls.fetch_add(1, Ordering::SeqCst);
            Err(RequestError::RetryAfter(Seconds::from_seconds(1)))
        })
        .await;
        assert!(matches!(flooded, Err(RequestError::RetryAfter(_))));
        assert_eq!(calls.load(Ordering::SeqCst), ATTEMPTS);
    }
}
