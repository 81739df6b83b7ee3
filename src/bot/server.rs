//! The HTTP server: the webhook (in webhook mode), `/healthz` (the process is up), `/readyz`
//! (the database answers, content is loaded, not stopping) and `/metrics` (Prometheus text).

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use tokio_util::sync::CancellationToken;

use super::App;
use super::inbox::Worker;
use super::intake;
use crate::telemetry::metrics::Gauges;

/// What the routes share.
#[derive(Clone)]
pub struct Shared {
    pub app: Arc<App>,
    pub worker: Arc<Worker>,
    /// The webhook's secret, in webhook mode.
    pub secret: Option<String>,
    pub stop: CancellationToken,
}

/// The routes; the webhook at `webhook_path` when there is a secret.
pub fn router(shared: Shared, webhook_path: Option<&str>) -> Router {
    let mut router = Router::new()
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(ready))
        .route("/metrics", get(metrics));
    if let Some(path) = webhook_path {
        router = router.route(path, post(webhook));
    }
    router.with_state(shared)
}

async fn ready(State(shared): State<Shared>) -> (StatusCode, String) {
    if shared.stop.is_cancelled() {
        return (StatusCode::SERVICE_UNAVAILABLE, "stopping\n".to_owned());
    }
    if !shared.app.store.ping().await {
        return (StatusCode::SERVICE_UNAVAILABLE, "database unreachable\n".to_owned());
    }
    let entries = shared.app.content().catalogue.entries().len();
    (StatusCode::OK, format!("ready: database reachable, {entries} entries loaded\n"))
}

async fn metrics(State(shared): State<Shared>) -> ([(&'static str, &'static str); 1], String) {
    let store = &shared.app.store;
    let gauges = Gauges {
        tickets_open: store.open_ticket_count().await.unwrap_or(0),
        outbox_backlog: store.outbox_backlog().await.unwrap_or(0),
        inbox_backlog: store.inbox_backlog().await.unwrap_or(0),
        first_response_minutes: store.first_response_minutes().await.unwrap_or_default(),
    };
    ([("content-type", "text/plain; version=0.0.4")], shared.app.metrics.render(&gauges))
}

async fn webhook(State(shared): State<Shared>, headers: HeaderMap, body: Bytes) -> StatusCode {
    if shared.stop.is_cancelled() {
        // Telegram tries again later, or another replica takes it.
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    let Some(secret) = &shared.secret else { return StatusCode::NOT_FOUND };
    let given = headers.get("x-telegram-bot-api-secret-token").map(axum::http::HeaderValue::as_bytes);
    if !given.is_some_and(|given| same_secret(given, secret.as_bytes())) {
        shared.app.metrics.webhook_refused();
        tracing::warn!(secret_given = given.is_some(), "webhook call refused: wrong or missing secret token");
        return StatusCode::UNAUTHORIZED;
    }
    let incoming = match intake::from_webhook(&body) {
        Ok(incoming) => incoming,
        Err(reason) => {
            tracing::warn!(%reason, "webhook body refused");
            return StatusCode::BAD_REQUEST;
        }
    };
    match shared.worker.accept(std::slice::from_ref(&incoming), Vec::new()).await {
        Ok(()) => StatusCode::OK,
        Err(error) => {
            // Not acknowledged: Telegram delivers it again.
            tracing::error!(update_id = incoming.update_id, error = %format!("{error:#}"), "writing an update down failed");
            StatusCode::INTERNAL_SERVER_ERROR
        }
    }
}

/// Compares secrets in time that does not depend on where they differ.
fn same_secret(given: &[u8], expected: &[u8]) -> bool {
    given.len() == expected.len() && given.iter().zip(expected).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}

#[cfg(test)]
mod tests {
    use super::same_secret;

    #[test]
    fn secrets_match_only_when_equal() {
        assert!(same_secret(b"abc", b"abc"));
        assert!(!same_secret(b"abd", b"abc"));
        assert!(!same_secret(b"ab", b"abc"));
        assert!(!same_secret(b"", b"abc"));
    }
}
