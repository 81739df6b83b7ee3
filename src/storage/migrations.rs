//! The schema of each engine as versioned migrations. Each runs once, in a transaction,
//! recorded in `schema_migrations`; a migration, once released, is never edited.

use anyhow::Context as _;
use sqlx::AnyPool;

use super::Backend;

/// SQLite: the embedded default.
const SQLITE: &[(i64, &str)] = &[
    (
        1,
        "CREATE TABLE users (
         chat_id INTEGER PRIMARY KEY,
         lang TEXT,
         session TEXT NOT NULL,
         updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
     );
     CREATE TABLE feedback (
         id INTEGER PRIMARY KEY AUTOINCREMENT,
         chat_id INTEGER NOT NULL,
         faq_id TEXT NOT NULL,
         helpful INTEGER NOT NULL,
         created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
     );
     CREATE INDEX feedback_chat ON feedback (chat_id);",
    ),
    (
        2,
        "CREATE TABLE tickets (
         id INTEGER PRIMARY KEY AUTOINCREMENT,
         chat_id INTEGER NOT NULL,
         lang TEXT NOT NULL,
         question TEXT NOT NULL,
         status TEXT NOT NULL,
         claimed_by TEXT,
         topic_id INTEGER,
         card_message_id INTEGER,
         told_relay INTEGER NOT NULL DEFAULT 0,
         opened_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
         first_response_at TEXT,
         closed_at TEXT,
         rating INTEGER
     );
     CREATE UNIQUE INDEX one_open_ticket_per_user ON tickets (chat_id) WHERE status = 'open';
     CREATE TABLE relayed (
         id INTEGER PRIMARY KEY AUTOINCREMENT,
         ticket_id INTEGER NOT NULL REFERENCES tickets (id),
         direction TEXT NOT NULL,
         source_message INTEGER NOT NULL,
         target_message INTEGER NOT NULL,
         created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
     );
     CREATE INDEX relayed_target ON relayed (target_message);",
    ),
    (
        3,
        "CREATE TABLE notes (
         id INTEGER PRIMARY KEY AUTOINCREMENT,
         ticket_id INTEGER NOT NULL REFERENCES tickets (id),
         author TEXT NOT NULL,
         text TEXT NOT NULL,
         created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
     );
     CREATE TABLE outbox (
         id INTEGER PRIMARY KEY AUTOINCREMENT,
         ticket_id INTEGER NOT NULL,
         direction TEXT NOT NULL,
         to_chat INTEGER NOT NULL,
         from_chat INTEGER NOT NULL,
         message_id INTEGER NOT NULL,
         thread_id INTEGER,
         reply_to INTEGER,
         status TEXT NOT NULL DEFAULT 'pending',
         target_message INTEGER,
         error TEXT,
         created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
     );
     CREATE UNIQUE INDEX outbox_once ON outbox (from_chat, message_id, to_chat);
     CREATE INDEX outbox_pending ON outbox (status);
     CREATE TABLE unanswered (
         id INTEGER PRIMARY KEY AUTOINCREMENT,
         chat_id INTEGER NOT NULL,
         lang TEXT NOT NULL,
         text TEXT NOT NULL,
         created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
     );",
    ),
    (4, "ALTER TABLE outbox ADD COLUMN not_before TEXT;"),
    (5, INBOX),
    (6, REMINDERS_AND_ORIGINS),
    (
        7,
        // The update id becomes the row id (a `BIGINT` key is a second b-tree beside the
        // table), and only handled updates are listed by when: every update went into and out
        // of both, twice the writes of what the inbox needs.
        "CREATE TABLE inbox_by_id (
         update_id INTEGER PRIMARY KEY,
         chat_id BIGINT NOT NULL,
         payload TEXT NOT NULL,
         received_at BIGINT NOT NULL,
         handled_at BIGINT
     );
     INSERT INTO inbox_by_id (update_id, chat_id, payload, received_at, handled_at)
         SELECT update_id, chat_id, payload, received_at, handled_at FROM inbox;
     DROP TABLE inbox;
     ALTER TABLE inbox_by_id RENAME TO inbox;
     CREATE INDEX inbox_pending ON inbox (chat_id, update_id) WHERE handled_at IS NULL;
     CREATE INDEX inbox_handled ON inbox (handled_at) WHERE handled_at IS NOT NULL;",
    ),
];

/// The inbox of updates, the per-chat leases and shared settings: the same on both engines.
const INBOX: &str = "CREATE TABLE inbox (
         update_id BIGINT PRIMARY KEY,
         chat_id BIGINT NOT NULL,
         payload TEXT NOT NULL,
         received_at BIGINT NOT NULL,
         handled_at BIGINT
     );
     CREATE INDEX inbox_pending ON inbox (chat_id, update_id) WHERE handled_at IS NULL;
     CREATE INDEX inbox_handled ON inbox (handled_at);
     CREATE TABLE chat_leases (
         chat_id BIGINT PRIMARY KEY,
         owner TEXT NOT NULL,
         expires_at BIGINT NOT NULL
     );
     CREATE TABLE settings (
         key TEXT PRIMARY KEY,
         value TEXT NOT NULL
     );";

/// Reminders (one per chat and kind; times in ms since 1970, days as YYYY-MM-DD) and the
/// organisation a user's start link came from. The same on both engines.
const REMINDERS_AND_ORIGINS: &str = "CREATE TABLE reminders (
         chat_id BIGINT NOT NULL,
         kind TEXT NOT NULL,
         due_at BIGINT NOT NULL,
         about TEXT NOT NULL,
         state TEXT NOT NULL DEFAULT 'pending',
         claimed_by TEXT,
         claimed_at BIGINT,
         sent_at BIGINT,
         PRIMARY KEY (chat_id, kind)
     );
     CREATE INDEX reminders_due ON reminders (state, due_at);
     CREATE TABLE origins (
         chat_id BIGINT PRIMARY KEY,
         org TEXT NOT NULL,
         first_seen BIGINT NOT NULL
     );";

/// PostgreSQL: for several replicas on one database. Integers the code reads are BIGINT and
/// flags are 0/1 integers, as in SQLite, so both engines return the same row shapes.
const POSTGRES: &[(i64, &str)] = &[
    (
        1,
        "CREATE TABLE users (
         chat_id BIGINT PRIMARY KEY,
         lang TEXT,
         session TEXT NOT NULL,
         updated_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP
     );
     CREATE TABLE feedback (
         id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
         chat_id BIGINT NOT NULL,
         faq_id TEXT NOT NULL,
         helpful BIGINT NOT NULL,
         created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP
     );
     CREATE INDEX feedback_chat ON feedback (chat_id);
     CREATE TABLE tickets (
         id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
         chat_id BIGINT NOT NULL,
         lang TEXT NOT NULL,
         question TEXT NOT NULL,
         status TEXT NOT NULL,
         claimed_by TEXT,
         topic_id BIGINT,
         card_message_id BIGINT,
         told_relay BIGINT NOT NULL DEFAULT 0,
         opened_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
         first_response_at TIMESTAMPTZ,
         closed_at TIMESTAMPTZ,
         rating BIGINT
     );
     CREATE UNIQUE INDEX one_open_ticket_per_user ON tickets (chat_id) WHERE status = 'open';
     CREATE TABLE relayed (
         id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
         ticket_id BIGINT NOT NULL REFERENCES tickets (id),
         direction TEXT NOT NULL,
         source_message BIGINT NOT NULL,
         target_message BIGINT NOT NULL,
         created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP
     );
     CREATE INDEX relayed_target ON relayed (target_message);
     CREATE TABLE notes (
         id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
         ticket_id BIGINT NOT NULL REFERENCES tickets (id),
         author TEXT NOT NULL,
         text TEXT NOT NULL,
         created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP
     );
     CREATE TABLE outbox (
         id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
         ticket_id BIGINT NOT NULL,
         direction TEXT NOT NULL,
         to_chat BIGINT NOT NULL,
         from_chat BIGINT NOT NULL,
         message_id BIGINT NOT NULL,
         thread_id BIGINT,
         reply_to BIGINT,
         status TEXT NOT NULL DEFAULT 'pending',
         target_message BIGINT,
         error TEXT,
         not_before TIMESTAMPTZ,
         created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP
     );
     CREATE UNIQUE INDEX outbox_once ON outbox (from_chat, message_id, to_chat);
     CREATE INDEX outbox_pending ON outbox (status);
     CREATE TABLE unanswered (
         id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
         chat_id BIGINT NOT NULL,
         lang TEXT NOT NULL,
         text TEXT NOT NULL,
         created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP
     );",
    ),
    (2, INBOX),
    (3, REMINDERS_AND_ORIGINS),
    (
        4,
        // Only handled updates are listed by when (see SQLite's 7).
        "DROP INDEX inbox_handled;
     CREATE INDEX inbox_handled ON inbox (handled_at) WHERE handled_at IS NOT NULL;",
    ),
];

/// An arbitrary constant naming the migration lock among PostgreSQL's advisory locks.
const MIGRATION_LOCK: i64 = 0x6e65_6e6b_696e;

/// Runs the pending migrations of `backend`. On PostgreSQL, replicas starting together take
/// turns (an advisory lock), so each migration runs once.
pub(super) async fn run(pool: &AnyPool, backend: Backend) -> anyhow::Result<()> {
    let mut connection = pool.acquire().await?;
    if backend == Backend::Postgres {
        sqlx::query("SELECT pg_advisory_lock($1)").bind(MIGRATION_LOCK).execute(&mut *connection).await?;
    }
    let result = apply(&mut connection, backend).await;
    if backend == Backend::Postgres {
        sqlx::query("SELECT pg_advisory_unlock($1)").bind(MIGRATION_LOCK).execute(&mut *connection).await?;
    }
    result
}

async fn apply(connection: &mut sqlx::AnyConnection, backend: Backend) -> anyhow::Result<()> {
    use sqlx::Connection as _;
    let list = match backend {
        Backend::Sqlite => SQLITE,
        Backend::Postgres => POSTGRES,
    };
    sqlx::query("CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY)")
        .execute(&mut *connection)
        .await?;
    for (version, sql) in list {
        let done: Option<i64> = sqlx::query_scalar("SELECT version FROM schema_migrations WHERE version = $1")
            .bind(version)
            .fetch_optional(&mut *connection)
            .await?;
        if done.is_some() {
            continue;
        }
        let mut tx = connection.begin().await?;
        sqlx::raw_sql(sql).execute(&mut *tx).await.with_context(|| format!("migration {version}"))?;
        sqlx::query("INSERT INTO schema_migrations (version) VALUES ($1)").bind(version).execute(&mut *tx).await?;
        tx.commit().await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn migrations_run_once() {
        sqlx::any::install_default_drivers();
        let pool = sqlx::any::AnyPoolOptions::new().max_connections(1).connect("sqlite::memory:").await.expect("open");
        run(&pool, Backend::Sqlite).await.expect("first");
        run(&pool, Backend::Sqlite).await.expect("again");
        let versions: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM schema_migrations").fetch_one(&pool).await.expect("count");
        assert_eq!(versions, i64::try_from(SQLITE.len()).expect("few"));
    }

    #[tokio::test]
    async fn the_inbox_keeps_its_updates_when_keyed_by_id() {
        sqlx::any::install_default_drivers();
        let pool = sqlx::any::AnyPoolOptions::new().max_connections(1).connect("sqlite::memory:").await.expect("open");
        // A database as version 6 left it, with a handled and a waiting update.
        sqlx::query("CREATE TABLE schema_migrations (version BIGINT PRIMARY KEY)").execute(&pool).await.expect("table");
        for (version, sql) in &SQLITE[..6] {
            sqlx::raw_sql(sql).execute(&pool).await.expect("old migration");
            sqlx::query("INSERT INTO schema_migrations (version) VALUES ($1)")
                .bind(version)
                .execute(&pool)
                .await
                .expect("v");
        }
        sqlx::raw_sql(
            "INSERT INTO inbox VALUES (41, 7, '', 1000, 2000);
             INSERT INTO inbox VALUES (42, 7, '{\"update_id\":42}', 3000, NULL);",
        )
        .execute(&pool)
        .await
        .expect("rows");
        run(&pool, Backend::Sqlite).await.expect("migrate");
        let rows: Vec<(i64, i64, String, i64, Option<i64>, i64)> =
            sqlx::query_as("SELECT update_id, chat_id, payload, received_at, handled_at, rowid FROM inbox ORDER BY 1")
                .fetch_all(&pool)
                .await
                .expect("read");
        assert_eq!(
            rows,
            vec![
                (41, 7, String::new(), 1000, Some(2000), 41),
                (42, 7, "{\"update_id\":42}".to_owned(), 3000, None, 42)
            ]
        );
        let plan: Vec<(i64, i64, i64, String)> =
            sqlx::query_as("EXPLAIN QUERY PLAN DELETE FROM inbox WHERE handled_at IS NOT NULL AND handled_at < 5")
                .fetch_all(&pool)
                .await
                .expect("plan");
        assert!(plan.iter().any(|row| row.3.contains("inbox_handled")), "{plan:?}");
    }
}
