//! What the bot remembers about users: their language and conversation (so a restart resumes
//! mid-estimate), answer feedback, and questions nobody could answer. SQLite by default, with
//! versioned migrations run at start.

use std::path::Path;
use std::str::FromStr;

use anyhow::Context as _;
use sqlx::Row;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};

use crate::dialogue::session::Session;

/// Migrations in order; each runs once, in a transaction, recorded in `schema_migrations`.
const MIGRATIONS: &[(i64, &str)] = &[(
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
)];

/// One user's stored state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserRecord {
    /// The language the user chose (a locale tag), if they chose one.
    pub lang: Option<String>,
    pub session: Session,
    /// The stored conversation could not be read (an upgrade changed its shape): it was reset.
    pub reset: bool,
}

/// The database.
#[derive(Debug, Clone)]
pub struct Store {
    pool: SqlitePool,
}

impl Store {
    /// Opens (creating if missing) the database at `url` (`sqlite://path` or `sqlite::memory:`)
    /// and runs pending migrations.
    pub async fn open(url: &str) -> anyhow::Result<Self> {
        if !url.starts_with("sqlite:") {
            anyhow::bail!("NENKIN_DATABASE_URL must start with sqlite:// (PostgreSQL is not supported yet)");
        }
        if let Some(path) = url.strip_prefix("sqlite://").map(|p| p.split('?').next().unwrap_or(p))
            && let Some(parent) = Path::new(path).parent().filter(|p| !p.as_os_str().is_empty())
        {
            std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
        }
        let options = SqliteConnectOptions::from_str(url)
            .with_context(|| "NENKIN_DATABASE_URL is not a valid sqlite:// URL".to_owned())?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal);
        // An in-memory database lives as long as its one connection.
        let max = if url.contains(":memory:") { 1 } else { 4 };
        let pool = SqlitePoolOptions::new()
            .max_connections(max)
            .connect_with(options)
            .await
            .context("opening the database")?;
        let store = Self { pool };
        store.migrate().await?;
        Ok(store)
    }

    async fn migrate(&self) -> anyhow::Result<()> {
        sqlx::query("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)")
            .execute(&self.pool)
            .await?;
        for (version, sql) in MIGRATIONS {
            let done: Option<i64> = sqlx::query_scalar("SELECT version FROM schema_migrations WHERE version = ?")
                .bind(version)
                .fetch_optional(&self.pool)
                .await?;
            if done.is_some() {
                continue;
            }
            let mut tx = self.pool.begin().await?;
            sqlx::raw_sql(sql).execute(&mut *tx).await.with_context(|| format!("migration {version}"))?;
            sqlx::query("INSERT INTO schema_migrations (version) VALUES (?)").bind(version).execute(&mut *tx).await?;
            tx.commit().await?;
        }
        Ok(())
    }

    /// The stored state of a chat; a default record for a new user.
    pub async fn user(&self, chat_id: i64) -> anyhow::Result<UserRecord> {
        let row = sqlx::query("SELECT lang, session FROM users WHERE chat_id = ?")
            .bind(chat_id)
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else { return Ok(UserRecord::default()) };
        let lang: Option<String> = row.try_get("lang")?;
        let session: String = row.try_get("session")?;
        Ok(match serde_json::from_str(&session) {
            Ok(session) => UserRecord { lang, session, reset: false },
            Err(_) => UserRecord { lang, session: Session { started: true, ..Session::default() }, reset: true },
        })
    }

    /// Saves a chat's state.
    pub async fn save_user(&self, chat_id: i64, user: &UserRecord) -> anyhow::Result<()> {
        let session = serde_json::to_string(&user.session)?;
        sqlx::query(
            "INSERT INTO users (chat_id, lang, session, updated_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)
             ON CONFLICT (chat_id) DO UPDATE SET lang = excluded.lang, session = excluded.session,
             updated_at = excluded.updated_at",
        )
        .bind(chat_id)
        .bind(&user.lang)
        .bind(session)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Records whether an answer helped.
    pub async fn add_feedback(&self, chat_id: i64, faq_id: &str, helpful: bool) -> anyhow::Result<()> {
        sqlx::query("INSERT INTO feedback (chat_id, faq_id, helpful) VALUES (?, ?, ?)")
            .bind(chat_id)
            .bind(faq_id)
            .bind(helpful)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Deletes everything stored about a chat.
    pub async fn forget(&self, chat_id: i64) -> anyhow::Result<()> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM users WHERE chat_id = ?").bind(chat_id).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM feedback WHERE chat_id = ?").bind(chat_id).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(())
    }

    /// How many rows mention a chat, over all tables (for tests of `/forget`).
    pub async fn rows_about(&self, chat_id: i64) -> anyhow::Result<i64> {
        let users: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE chat_id = ?")
            .bind(chat_id)
            .fetch_one(&self.pool)
            .await?;
        let feedback: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM feedback WHERE chat_id = ?")
            .bind(chat_id)
            .fetch_one(&self.pool)
            .await?;
        Ok(users + feedback)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_state_that_no_longer_loads_is_reset_not_stuck() {
        let store = Store::open("sqlite::memory:").await.expect("open");
        sqlx::query("INSERT INTO users (chat_id, lang, session) VALUES (1, 'en', '{\"old\": \"shape\"')")
            .execute(&store.pool)
            .await
            .expect("insert");
        let user = store.user(1).await.expect("read");
        assert!(user.reset);
        assert_eq!(user.lang.as_deref(), Some("en"));
        assert_eq!(user.session.interview, None);
    }

    #[tokio::test]
    async fn saves_reads_and_forgets() {
        let store = Store::open("sqlite::memory:").await.expect("open");
        let mut user = store.user(5).await.expect("new user");
        assert_eq!(user, UserRecord::default());
        user.lang = Some("vi".to_owned());
        user.session.started = true;
        store.save_user(5, &user).await.expect("save");
        store.add_feedback(5, "q01", true).await.expect("feedback");
        assert_eq!(store.user(5).await.expect("read"), user);
        assert_eq!(store.rows_about(5).await.expect("count"), 2);
        store.forget(5).await.expect("forget");
        assert_eq!(store.rows_about(5).await.expect("count"), 0);
    }

    #[tokio::test]
    async fn migrations_run_once() {
        let store = Store::open("sqlite::memory:").await.expect("open");
        store.migrate().await.expect("again");
        let versions: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM schema_migrations").fetch_one(&store.pool).await.expect("count");
        assert_eq!(versions, i64::try_from(MIGRATIONS.len()).expect("few"));
    }
}
