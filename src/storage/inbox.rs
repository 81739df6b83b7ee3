//! The inbox: every update is written down before it is handled, once per `update_id`, and
//! handled in `update_id` order per chat by whichever replica holds the chat's lease. Handled
//! updates keep only their id (to recognise a redelivery), never their text.

use sqlx::Row;

use super::Store;

/// An update as received, to be written down.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    pub update_id: i64,
    /// The chat whose order it belongs to (0 for updates without a chat).
    pub chat_id: i64,
    /// The update as JSON.
    pub payload: String,
}

/// Milliseconds since 1970, the clock of the inbox and the leases.
#[must_use]
pub fn now_ms() -> i64 {
    let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    i64::try_from(since.as_millis()).unwrap_or(i64::MAX)
}

impl Store {
    /// Writes updates down; returns the `(update_id, chat_id)` of those that were new (a
    /// redelivered update is recognised by its id and not written twice).
    pub async fn add_updates(&self, updates: &[Incoming]) -> anyhow::Result<Vec<(i64, i64)>> {
        let now = now_ms();
        let mut added = Vec::new();
        // One statement per batch (Telegram sends at most 100 updates at a time), padded with
        // its last update: the repeat is a known id, skipped and not returned.
        for part in updates.chunks(100) {
            let rows: Vec<&Incoming> = super::padded(part, 100).collect();
            let values: Vec<String> =
                (0..rows.len()).map(|i| format!("({})", self.backend.params(4 * i + 1, 4))).collect();
            let sql = format!(
                "INSERT INTO inbox (update_id, chat_id, payload, received_at) VALUES {}
                 ON CONFLICT (update_id) DO NOTHING RETURNING update_id, chat_id",
                values.join(", ")
            );
            let mut query = sqlx::query(&sql);
            for update in rows {
                query = query.bind(update.update_id).bind(update.chat_id).bind(&update.payload).bind(now);
            }
            for row in query.fetch_all(&self.pool).await? {
                added.push((row.try_get("update_id")?, row.try_get("chat_id")?));
            }
        }
        Ok(added)
    }

    /// The chat's updates not yet handled, in `update_id` order.
    pub async fn pending_updates(&self, chat_id: i64, limit: i64) -> anyhow::Result<Vec<(i64, String)>> {
        let rows = sqlx::query(
            "SELECT update_id, payload FROM inbox WHERE chat_id = $1 AND handled_at IS NULL
             ORDER BY update_id LIMIT $2",
        )
        .bind(chat_id)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(|row| Ok((row.try_get("update_id")?, row.try_get("payload")?))).collect()
    }

    /// How many of the `window` update ids just below `update_id` were never received. Ids
    /// below the oldest update received before `settled_before` (ms) are taken as received
    /// (they came before the inbox knew the bot); so is anything below 1. Telegram numbers
    /// updates one by one, so a missing id is usually an update still on its way to another
    /// replica.
    pub async fn missing_before(&self, update_id: i64, window: i64, settled_before: i64) -> anyhow::Result<i64> {
        let oldest: Option<i64> = sqlx::query_scalar("SELECT MIN(update_id) FROM inbox WHERE received_at < $1")
            .bind(settled_before)
            .fetch_one(&self.pool)
            .await?;
        let floor = (update_id - window).max(oldest.unwrap_or(1)).max(1);
        if floor >= update_id {
            return Ok(0);
        }
        let present: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM inbox WHERE update_id >= $1 AND update_id < $2")
            .bind(floor)
            .bind(update_id)
            .fetch_one(&self.pool)
            .await?;
        Ok((update_id - floor - present).max(0))
    }

    /// Takes (or extends) the right to handle a chat's updates for `ttl_ms`; false while
    /// another owner holds an unexpired lease.
    pub async fn take_lease(&self, chat_id: i64, owner: &str, ttl_ms: i64) -> anyhow::Result<bool> {
        let now = now_ms();
        let done = sqlx::query(
            "INSERT INTO chat_leases (chat_id, owner, expires_at) VALUES ($1, $2, $3)
             ON CONFLICT (chat_id) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
             WHERE chat_leases.expires_at < $4 OR chat_leases.owner = excluded.owner",
        )
        .bind(chat_id)
        .bind(owner)
        .bind(now.saturating_add(ttl_ms))
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Gives a chat's lease back.
    pub async fn release_lease(&self, chat_id: i64, owner: &str) -> anyhow::Result<()> {
        sqlx::query("DELETE FROM chat_leases WHERE chat_id = $1 AND owner = $2")
            .bind(chat_id)
            .bind(owner)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Chats with updates waiting since before `received_before` (ms), at most `limit`.
    pub async fn chats_waiting(&self, received_before: i64, limit: i64) -> anyhow::Result<Vec<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT DISTINCT chat_id FROM inbox WHERE handled_at IS NULL AND received_at <= $1 LIMIT $2",
        )
        .bind(received_before)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }

    /// How many updates wait to be handled.
    pub async fn inbox_backlog(&self) -> anyhow::Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM inbox WHERE handled_at IS NULL").fetch_one(&self.pool).await?)
    }

    /// Forgets the ids of updates handled before `before` (ms): Telegram redelivers for a day
    /// at most.
    pub async fn prune_inbox(&self, before: i64) -> anyhow::Result<u64> {
        let done = sqlx::query("DELETE FROM inbox WHERE handled_at IS NOT NULL AND handled_at < $1")
            .bind(before)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    /// A shared setting.
    pub async fn setting(&self, key: &str) -> anyhow::Result<Option<String>> {
        Ok(sqlx::query_scalar("SELECT value FROM settings WHERE key = $1").bind(key).fetch_optional(&self.pool).await?)
    }

    /// Sets a shared setting.
    pub async fn set_setting(&self, key: &str, value: &str) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(key)
        .bind(value)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}

#[cfg(test)]
impl Incoming {
    /// An update of `chat_id` with nothing but its id, for tests.
    pub(crate) fn bare(update_id: i64, chat_id: i64) -> Self {
        Self { update_id, chat_id, payload: format!("{{\"update_id\":{update_id}}}") }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn updates_are_kept_once_in_order_and_lose_their_text_when_handled() {
        let store = Store::open("sqlite::memory:").await.expect("open");
        let mut added = store
            .add_updates(&[Incoming::bare(12, 7), Incoming::bare(10, 7), Incoming::bare(11, 8)])
            .await
            .expect("add");
        added.sort_unstable();
        assert_eq!(added, vec![(10, 7), (11, 8), (12, 7)]);
        assert_eq!(store.add_updates(&[Incoming::bare(10, 7)]).await.expect("again"), Vec::new());
        let pending: Vec<i64> = store.pending_updates(7, 10).await.expect("pending").into_iter().map(|p| p.0).collect();
        assert_eq!(pending, vec![10, 12]);
        store.finish_update(10, 7).await.expect("handled");
        assert_eq!(store.pending_updates(7, 10).await.expect("pending").len(), 1);
        assert_eq!(store.add_updates(&[Incoming::bare(10, 7)]).await.expect("redelivered"), Vec::new());
        let text: String = sqlx::query_scalar("SELECT payload FROM inbox WHERE update_id = 10")
            .fetch_one(&store.pool)
            .await
            .expect("row");
        assert!(text.is_empty());
    }

    #[tokio::test]
    async fn ids_not_yet_received_are_counted_within_the_window() {
        let store = Store::open("sqlite::memory:").await.expect("open");
        store.add_updates(&[Incoming::bare(10, 1), Incoming::bare(11, 2), Incoming::bare(14, 1)]).await.expect("add");
        let later = now_ms() + 1000;
        // 10 is the oldest settled update: nothing below it is expected.
        assert_eq!(store.missing_before(14, 64, later).await.expect("missing"), 2);
        assert_eq!(store.missing_before(11, 64, later).await.expect("missing"), 0);
        assert_eq!(store.missing_before(14, 1, later).await.expect("missing"), 1);
        // A fresh inbox expects every id from 1.
        assert_eq!(store.missing_before(11, 64, 0).await.expect("missing"), 9);
        store.add_updates(&[Incoming::bare(12, 3), Incoming::bare(13, 3)]).await.expect("add");
        assert_eq!(store.missing_before(14, 64, later).await.expect("missing"), 0);
    }

    #[tokio::test]
    async fn one_owner_holds_a_chat_until_it_lets_go_or_the_lease_runs_out() {
        let store = Store::open("sqlite::memory:").await.expect("open");
        assert!(store.take_lease(7, "a", 60_000).await.expect("a"));
        assert!(!store.take_lease(7, "b", 60_000).await.expect("b"));
        assert!(store.take_lease(7, "a", 60_000).await.expect("a renews"));
        store.release_lease(7, "a").await.expect("release");
        assert!(store.take_lease(7, "b", -1).await.expect("b"));
        assert!(store.take_lease(7, "a", 60_000).await.expect("b's lease ran out"));
    }
}
