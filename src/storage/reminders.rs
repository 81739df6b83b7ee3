//! Stored reminders and where users came from. A reminder is claimed by one replica before it
//! is sent (so with several replicas exactly one sends it); a claim that was never finished
//! (the replica died) lapses and the reminder is sent by whoever comes next.

use chrono::NaiveDate;
use sqlx::Row;

use super::Store;
use crate::reminders::{Kind, Planned, send_at_ms};

/// How long a claimed reminder stays with its replica before another may send it.
const CLAIM_MS: i64 = 10 * 60 * 1000;

/// A reminder waiting to be sent, as the user sees it in `/reminders`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub kind: Kind,
    pub day: NaiveDate,
    pub about: NaiveDate,
}

/// A reminder that is due, claimed for sending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub chat_id: i64,
    pub kind: Kind,
    pub about: NaiveDate,
    /// When it should have been sent (ms).
    pub due_at: i64,
    /// The user's language, if chosen.
    pub lang: Option<String>,
}

/// How sending a reminder ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    /// The user blocked the bot or deleted the account: not sent, not tried again.
    Skipped,
    /// Telegram could not be reached: tried again later.
    Failed,
}

fn day_of(text: &str) -> anyhow::Result<NaiveDate> {
    Ok(text.parse()?)
}

impl Store {
    /// Schedules reminders for a chat; one of a kind replaces the one waiting.
    pub async fn add_reminders(&self, chat_id: i64, planned: &[Planned]) -> anyhow::Result<()> {
        for plan in planned {
            sqlx::query(
                "INSERT INTO reminders (chat_id, kind, due_at, about, state) VALUES ($1, $2, $3, $4, 'pending')
                 ON CONFLICT (chat_id, kind) DO UPDATE SET due_at = excluded.due_at, about = excluded.about,
                 state = 'pending', claimed_by = NULL, claimed_at = NULL, sent_at = NULL",
            )
            .bind(chat_id)
            .bind(plan.kind.code())
            .bind(send_at_ms(plan.day))
            .bind(plan.about.to_string())
            .execute(&self.pool)
            .await?;
        }
        Ok(())
    }

    /// The chat's reminders not yet sent, soonest first.
    pub async fn reminders_of(&self, chat_id: i64) -> anyhow::Result<Vec<Stored>> {
        let rows = sqlx::query(
            "SELECT kind, due_at, about FROM reminders WHERE chat_id = $1 AND state IN ('pending', 'sending')
             ORDER BY due_at",
        )
        .bind(chat_id)
        .fetch_all(&self.pool)
        .await?;
        let mut list = Vec::new();
        for row in rows {
            let Some(kind) = Kind::parse(&row.try_get::<String, _>("kind")?) else { continue };
            let due_at: i64 = row.try_get("due_at")?;
            let day = chrono::DateTime::from_timestamp_millis(due_at).map_or(NaiveDate::MAX, |t| t.date_naive());
            list.push(Stored { kind, day, about: day_of(&row.try_get::<String, _>("about")?)? });
        }
        Ok(list)
    }

    /// Cancels one of the chat's reminders; false if there was none waiting.
    pub async fn cancel_reminder(&self, chat_id: i64, kind: Kind) -> anyhow::Result<bool> {
        let done = sqlx::query("DELETE FROM reminders WHERE chat_id = $1 AND kind = $2 AND state = 'pending'")
            .bind(chat_id)
            .bind(kind.code())
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Claims up to `limit` reminders due at `now` (ms) for `owner`, including claims of
    /// others that lapsed.
    pub async fn claim_due_reminders(&self, now: i64, owner: &str, limit: i64) -> anyhow::Result<Vec<Due>> {
        let lapsed = now - CLAIM_MS;
        // The state is checked again on the row itself: a replica that lost the race to a row
        // finds it no longer pending and leaves it.
        let claimed = sqlx::query(
            "UPDATE reminders SET state = 'sending', claimed_by = $1, claimed_at = $2
             WHERE (state = 'pending' OR (state = 'sending' AND claimed_at < $3)) AND due_at <= $2
               AND (chat_id, kind) IN (SELECT chat_id, kind FROM reminders
                    WHERE (state = 'pending' OR (state = 'sending' AND claimed_at < $3)) AND due_at <= $2
                    ORDER BY due_at LIMIT $4)
             RETURNING chat_id, kind, about, due_at,
               (SELECT lang FROM users WHERE users.chat_id = reminders.chat_id) AS lang",
        )
        .bind(owner)
        .bind(now)
        .bind(lapsed)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        let mut due = Vec::new();
        for row in claimed {
            let chat_id: i64 = row.try_get("chat_id")?;
            let code: String = row.try_get("kind")?;
            // Not a kind this version knows: its claim is left to lapse, so a version that knows
            // it sends it (put back as pending, it would be claimed again at once, in a loop).
            let Some(kind) = Kind::parse(&code) else { continue };
            due.push(Due {
                chat_id,
                kind,
                about: day_of(&row.try_get::<String, _>("about")?)?,
                due_at: row.try_get("due_at")?,
                lang: row.try_get("lang")?,
            });
        }
        Ok(due)
    }

    /// Records how sending a claimed reminder ended.
    pub async fn finish_reminder(&self, chat_id: i64, kind: &str, outcome: Outcome) -> anyhow::Result<()> {
        let (state, sent_at) = match outcome {
            Outcome::Sent => ("sent", Some(super::inbox::now_ms())),
            Outcome::Skipped => ("skipped", None),
            Outcome::Failed => ("pending", None),
        };
        sqlx::query(
            "UPDATE reminders SET state = $1, sent_at = $2, claimed_by = NULL, claimed_at = NULL
             WHERE chat_id = $3 AND kind = $4",
        )
        .bind(state)
        .bind(sent_at)
        .bind(chat_id)
        .bind(kind)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// When the next reminder is due (ms), if any waits.
    pub async fn next_reminder_at(&self) -> anyhow::Result<Option<i64>> {
        Ok(sqlx::query_scalar("SELECT MIN(due_at) FROM reminders WHERE state = 'pending'")
            .fetch_one(&self.pool)
            .await?)
    }

    /// Records the organisation whose link brought the user (the first one counts).
    pub async fn set_origin(&self, chat_id: i64, org: &str) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO origins (chat_id, org, first_seen) VALUES ($1, $2, $3) ON CONFLICT (chat_id) DO NOTHING",
        )
        .bind(chat_id)
        .bind(org)
        .bind(super::inbox::now_ms())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Users per organisation code, most first.
    pub async fn users_per_org(&self) -> anyhow::Result<Vec<(String, i64)>> {
        let rows = sqlx::query("SELECT org, COUNT(*) AS users FROM origins GROUP BY org ORDER BY users DESC, org")
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(|row| Ok((row.try_get("org")?, row.try_get("users")?))).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("date")
    }

    #[tokio::test]
    async fn a_due_reminder_is_claimed_once_and_a_lapsed_claim_is_taken_over() {
        let store = Store::open("sqlite::memory:").await.expect("open");
        let plan = Planned { kind: Kind::BeforeDeadline(1), day: day("2028-11-19"), about: day("2028-12-19") };
        store.add_reminders(7, &[plan]).await.expect("add");
        let user = crate::storage::UserRecord { lang: Some("vi".to_owned()), ..Default::default() };
        store.save_user(7, &user).await.expect("user");
        let due = send_at_ms(plan.day);
        // A kind a later version added: never handed out here, and not claimed again and again.
        sqlx::query("INSERT INTO reminders (chat_id, kind, due_at, about) VALUES (8, 'future-kind', $1, '2028-01-01')")
            .bind(due)
            .execute(&store.pool)
            .await
            .expect("insert");
        assert!(store.claim_due_reminders(due - 1, "a", 10).await.expect("early").is_empty());
        let claimed = store.claim_due_reminders(due, "a", 10).await.expect("claim");
        assert_eq!(claimed.len(), 1);
        assert_eq!((claimed[0].kind, claimed[0].about), (Kind::BeforeDeadline(1), day("2028-12-19")));
        assert_eq!(claimed[0].lang.as_deref(), Some("vi"), "the user's language comes with it");
        let state: String = sqlx::query_scalar("SELECT state FROM reminders WHERE chat_id = 8")
            .fetch_one(&store.pool)
            .await
            .expect("state");
        assert_eq!(state, "sending", "its claim lapses in time, it does not come back at once");
        assert!(store.claim_due_reminders(due + 1000, "b", 10).await.expect("taken").is_empty());
        // Replica a died: after the claim lapses, b sends it.
        assert_eq!(store.claim_due_reminders(due + CLAIM_MS + 1, "b", 10).await.expect("lapsed").len(), 1);
        store.finish_reminder(7, &plan.kind.code(), Outcome::Sent).await.expect("sent");
        assert!(store.claim_due_reminders(due + 2 * CLAIM_MS, "c", 10).await.expect("done").is_empty());
        assert_eq!(store.next_reminder_at().await.expect("next"), None);
    }

    #[tokio::test]
    async fn reminders_are_listed_cancelled_and_forgotten_and_origins_counted() {
        let store = Store::open("sqlite::memory:").await.expect("open");
        let plans = [
            Planned { kind: Kind::BeforeDeadline(6), day: day("2028-06-19"), about: day("2028-12-19") },
            Planned { kind: Kind::Claimable, day: day("2026-12-21"), about: day("2026-12-20") },
        ];
        store.add_reminders(9, &plans).await.expect("add");
        let listed = store.reminders_of(9).await.expect("list");
        assert_eq!(listed.iter().map(|s| s.kind).collect::<Vec<_>>(), vec![Kind::Claimable, Kind::BeforeDeadline(6)]);
        assert_eq!(listed[0].day, day("2026-12-21"));
        assert!(store.cancel_reminder(9, Kind::Claimable).await.expect("cancel"));
        assert!(!store.cancel_reminder(9, Kind::Claimable).await.expect("again"));
        store.set_origin(9, "OSAKA-1").await.expect("origin");
        store.set_origin(9, "OTHER").await.expect("first one counts");
        store.set_origin(10, "OSAKA-1").await.expect("origin");
        assert_eq!(store.users_per_org().await.expect("orgs"), vec![("OSAKA-1".to_owned(), 2)]);
        store.forget(9).await.expect("forget");
        assert!(store.reminders_of(9).await.expect("list").is_empty());
        assert_eq!(store.users_per_org().await.expect("orgs"), vec![("OSAKA-1".to_owned(), 1)]);
    }
}
