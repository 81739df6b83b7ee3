//! What the bot remembers: users' language and conversation (so a restart resumes
//! mid-estimate), answer feedback, questions nobody could answer, and tickets with their relayed
//! messages and staff notes. SQLite by default, with versioned migrations run at start.

use std::path::Path;
use std::str::FromStr;

use anyhow::Context as _;
use sqlx::Row;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};

use crate::dialogue::session::Session;
use crate::handoff::TicketStatus;

/// Migrations in order; each runs once, in a transaction, recorded in `schema_migrations`.
const MIGRATIONS: &[(i64, &str)] = &[
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
];

/// A conversation handed to consultants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticket {
    pub id: i64,
    pub chat_id: i64,
    pub lang: String,
    pub question: String,
    pub status: TicketStatus,
    pub claimed_by: Option<String>,
    /// The forum topic of the ticket in the staff group, if the group is a forum.
    pub topic_id: Option<i32>,
    /// The ticket's card message in the staff group.
    pub card_message_id: Option<i32>,
    /// Whether the user was told that their messages go to the consultants.
    pub told_relay: bool,
}

/// The staff's weekly figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeeklyStats {
    pub opened: i64,
    pub closed: i64,
    /// Minutes from opening to the first staff answer, ascending.
    pub first_response_minutes: Vec<i64>,
    pub unanswered: Vec<String>,
}

/// A message written down to be copied from one chat to another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    /// Its number in the outbox (0 before it is written down).
    pub id: i64,
    pub ticket: i64,
    pub direction: Direction,
    pub to_chat: i64,
    pub from_chat: i64,
    pub message_id: i32,
    pub thread_id: Option<i32>,
    pub reply_to: Option<i32>,
}

/// Which way a relayed message went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    ToStaff,
    ToUser,
}

fn direction_text(direction: Direction) -> &'static str {
    match direction {
        Direction::ToStaff => "to_staff",
        Direction::ToUser => "to_user",
    }
}

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
        sqlx::query("DELETE FROM relayed WHERE ticket_id IN (SELECT id FROM tickets WHERE chat_id = ?)")
            .bind(chat_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM notes WHERE ticket_id IN (SELECT id FROM tickets WHERE chat_id = ?)")
            .bind(chat_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM outbox WHERE to_chat = ? OR from_chat = ?")
            .bind(chat_id)
            .bind(chat_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM tickets WHERE chat_id = ?").bind(chat_id).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM unanswered WHERE chat_id = ?").bind(chat_id).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Opens a ticket; `None` when the user already has an open one.
    pub async fn open_ticket(&self, chat_id: i64, lang: &str, question: &str) -> anyhow::Result<Option<Ticket>> {
        let result = sqlx::query("INSERT INTO tickets (chat_id, lang, question, status) VALUES (?, ?, ?, 'open')")
            .bind(chat_id)
            .bind(lang)
            .bind(question)
            .execute(&self.pool)
            .await;
        match result {
            Ok(done) => self.ticket(done.last_insert_rowid()).await,
            Err(sqlx::Error::Database(error)) if error.is_unique_violation() => Ok(None),
            Err(error) => Err(error.into()),
        }
    }

    const TICKET_COLUMNS: &str =
        "id, chat_id, lang, question, status, claimed_by, topic_id, card_message_id, told_relay";

    fn ticket_from(row: &sqlx::sqlite::SqliteRow) -> anyhow::Result<Ticket> {
        let status: String = row.try_get("status")?;
        Ok(Ticket {
            id: row.try_get("id")?,
            chat_id: row.try_get("chat_id")?,
            lang: row.try_get("lang")?,
            question: row.try_get("question")?,
            status: TicketStatus::parse(&status).unwrap_or(TicketStatus::Closed),
            claimed_by: row.try_get("claimed_by")?,
            topic_id: row.try_get("topic_id")?,
            card_message_id: row.try_get("card_message_id")?,
            told_relay: row.try_get("told_relay")?,
        })
    }

    async fn ticket_where(&self, condition: &str, value: i64) -> anyhow::Result<Option<Ticket>> {
        let sql = format!("SELECT {} FROM tickets WHERE {condition} ORDER BY id DESC LIMIT 1", Self::TICKET_COLUMNS);
        let row = sqlx::query(&sql).bind(value).fetch_optional(&self.pool).await?;
        row.as_ref().map(Self::ticket_from).transpose()
    }

    /// A ticket by number.
    pub async fn ticket(&self, id: i64) -> anyhow::Result<Option<Ticket>> {
        self.ticket_where("id = ?", id).await
    }

    /// The user's open ticket, if any.
    pub async fn open_ticket_of(&self, chat_id: i64) -> anyhow::Result<Option<Ticket>> {
        self.ticket_where("chat_id = ? AND status = 'open'", chat_id).await
    }

    /// The ticket of a forum topic in the staff group.
    pub async fn ticket_of_topic(&self, topic_id: i32) -> anyhow::Result<Option<Ticket>> {
        self.ticket_where("topic_id = ?", i64::from(topic_id)).await
    }

    /// The ticket a staff-group message belongs to: its card, or a message relayed for it.
    pub async fn ticket_of_staff_message(&self, message_id: i32) -> anyhow::Result<Option<Ticket>> {
        if let Some(ticket) = self.ticket_where("card_message_id = ?", i64::from(message_id)).await? {
            return Ok(Some(ticket));
        }
        let ticket_id: Option<i64> = sqlx::query_scalar(
            "SELECT ticket_id FROM relayed WHERE direction = 'to_staff' AND target_message = ? ORDER BY id DESC LIMIT 1",
        )
        .bind(message_id)
        .fetch_optional(&self.pool)
        .await?;
        match ticket_id {
            Some(id) => self.ticket(id).await,
            None => Ok(None),
        }
    }

    /// Records where a ticket lives in the staff group.
    pub async fn set_ticket_place(&self, id: i64, topic_id: Option<i32>, card_message_id: i32) -> anyhow::Result<()> {
        sqlx::query("UPDATE tickets SET topic_id = ?, card_message_id = ? WHERE id = ?")
            .bind(topic_id)
            .bind(card_message_id)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Marks that the user was told their messages are relayed.
    pub async fn set_told_relay(&self, id: i64) -> anyhow::Result<()> {
        sqlx::query("UPDATE tickets SET told_relay = 1 WHERE id = ?").bind(id).execute(&self.pool).await?;
        Ok(())
    }

    /// Assigns a ticket to a staff member.
    pub async fn claim_ticket(&self, id: i64, staff: &str) -> anyhow::Result<()> {
        sqlx::query("UPDATE tickets SET claimed_by = ? WHERE id = ?").bind(staff).bind(id).execute(&self.pool).await?;
        Ok(())
    }

    /// Closes or reopens a ticket; reopening fails (false) if the user has opened another.
    pub async fn set_ticket_status(&self, id: i64, status: TicketStatus) -> anyhow::Result<bool> {
        let closed_at = if status == TicketStatus::Closed { "CURRENT_TIMESTAMP" } else { "NULL" };
        let sql = format!("UPDATE tickets SET status = ?, closed_at = {closed_at} WHERE id = ?");
        match sqlx::query(&sql).bind(status.as_str()).bind(id).execute(&self.pool).await {
            Ok(_) => Ok(true),
            Err(sqlx::Error::Database(error)) if error.is_unique_violation() => Ok(false),
            Err(error) => Err(error.into()),
        }
    }

    /// Stores a 1–5 rating of a closed ticket of this user; false if it is not theirs.
    pub async fn rate_ticket(&self, id: i64, chat_id: i64, stars: u8) -> anyhow::Result<bool> {
        let done = sqlx::query("UPDATE tickets SET rating = ? WHERE id = ? AND chat_id = ? AND status = 'closed'")
            .bind(i64::from(stars))
            .bind(id)
            .bind(chat_id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The stored rating of a ticket.
    pub async fn ticket_rating(&self, id: i64) -> anyhow::Result<Option<i64>> {
        Ok(sqlx::query_scalar("SELECT rating FROM tickets WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .flatten())
    }

    /// Records a relayed message and its counterpart; a staff answer also sets the first
    /// response time.
    pub async fn add_relayed(&self, ticket: i64, direction: Direction, source: i32, target: i32) -> anyhow::Result<()> {
        sqlx::query("INSERT INTO relayed (ticket_id, direction, source_message, target_message) VALUES (?, ?, ?, ?)")
            .bind(ticket)
            .bind(direction_text(direction))
            .bind(source)
            .bind(target)
            .execute(&self.pool)
            .await?;
        if direction == Direction::ToUser {
            sqlx::query(
                "UPDATE tickets SET first_response_at = CURRENT_TIMESTAMP WHERE id = ? AND first_response_at IS NULL",
            )
            .bind(ticket)
            .execute(&self.pool)
            .await?;
        }
        Ok(())
    }

    /// Writes down a message to copy; `None` if this source message was written down before
    /// (a redelivered update).
    /// A message held back (flood control) waits `hold_seconds` before it may be sent.
    pub async fn add_outgoing(&self, message: &Outgoing, hold_seconds: u32) -> anyhow::Result<Option<Outgoing>> {
        let result = sqlx::query(
            "INSERT INTO outbox (ticket_id, direction, to_chat, from_chat, message_id, thread_id, reply_to, not_before)
             VALUES (?, ?, ?, ?, ?, ?, ?, datetime('now', '+' || ? || ' seconds'))",
        )
        .bind(message.ticket)
        .bind(direction_text(message.direction))
        .bind(message.to_chat)
        .bind(message.from_chat)
        .bind(message.message_id)
        .bind(message.thread_id)
        .bind(message.reply_to)
        .bind(hold_seconds)
        .execute(&self.pool)
        .await;
        match result {
            Ok(done) => Ok(Some(Outgoing { id: done.last_insert_rowid(), ..message.clone() })),
            Err(sqlx::Error::Database(error)) if error.is_unique_violation() => Ok(None),
            Err(error) => Err(error.into()),
        }
    }

    /// Messages written down and not yet delivered, oldest first.
    pub async fn pending_outgoing(&self) -> anyhow::Result<Vec<Outgoing>> {
        let rows = sqlx::query(
            "SELECT id, ticket_id, direction, to_chat, from_chat, message_id, thread_id, reply_to
             FROM outbox WHERE status = 'pending' AND (not_before IS NULL OR not_before <= datetime('now'))
             ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let direction: String = row.try_get("direction")?;
                Ok(Outgoing {
                    id: row.try_get("id")?,
                    ticket: row.try_get("ticket_id")?,
                    direction: if direction == "to_user" { Direction::ToUser } else { Direction::ToStaff },
                    to_chat: row.try_get("to_chat")?,
                    from_chat: row.try_get("from_chat")?,
                    message_id: row.try_get("message_id")?,
                    thread_id: row.try_get("thread_id")?,
                    reply_to: row.try_get("reply_to")?,
                })
            })
            .collect()
    }

    /// Marks a written-down message as accepted by Telegram.
    pub async fn mark_delivered(&self, id: i64, target_message: i32) -> anyhow::Result<()> {
        sqlx::query("UPDATE outbox SET status = 'sent', target_message = ? WHERE id = ?")
            .bind(target_message)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Marks a written-down message as refused for good, with Telegram's reason.
    pub async fn mark_refused(&self, id: i64, reason: &str) -> anyhow::Result<()> {
        sqlx::query("UPDATE outbox SET status = 'refused', error = ? WHERE id = ?")
            .bind(reason)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Adds an internal staff note to a ticket.
    pub async fn add_note(&self, ticket: i64, author: &str, text: &str) -> anyhow::Result<()> {
        sqlx::query("INSERT INTO notes (ticket_id, author, text) VALUES (?, ?, ?)")
            .bind(ticket)
            .bind(author)
            .bind(text)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Open tickets, oldest first, with how many minutes each has waited.
    pub async fn open_tickets(&self) -> anyhow::Result<Vec<(Ticket, i64)>> {
        let sql = format!(
            "SELECT {}, CAST((julianday('now') - julianday(opened_at)) * 1440 AS INTEGER) AS waited
             FROM tickets WHERE status = 'open' ORDER BY id",
            Self::TICKET_COLUMNS
        );
        let rows = sqlx::query(&sql).fetch_all(&self.pool).await?;
        rows.iter().map(|row| Ok((Self::ticket_from(row)?, row.try_get("waited")?))).collect()
    }

    /// Remembers a question the bot could not answer.
    pub async fn add_unanswered(&self, chat_id: i64, lang: &str, text: &str) -> anyhow::Result<()> {
        sqlx::query("INSERT INTO unanswered (chat_id, lang, text) VALUES (?, ?, ?)")
            .bind(chat_id)
            .bind(lang)
            .bind(text)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The last seven days: tickets opened and closed, minutes to each first staff answer,
    /// and the questions the bot could not answer.
    pub async fn weekly_stats(&self) -> anyhow::Result<WeeklyStats> {
        let week = "datetime('now', '-7 days')";
        let opened: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM tickets WHERE opened_at >= {week}"))
            .fetch_one(&self.pool)
            .await?;
        let closed: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM tickets WHERE closed_at >= {week}"))
            .fetch_one(&self.pool)
            .await?;
        let mut first_response_minutes: Vec<i64> = sqlx::query_scalar(&format!(
            "SELECT CAST((julianday(first_response_at) - julianday(opened_at)) * 1440 AS INTEGER)
             FROM tickets WHERE first_response_at IS NOT NULL AND opened_at >= {week}"
        ))
        .fetch_all(&self.pool)
        .await?;
        first_response_minutes.sort_unstable();
        let unanswered: Vec<String> =
            sqlx::query_scalar(&format!("SELECT text FROM unanswered WHERE created_at >= {week} ORDER BY id"))
                .fetch_all(&self.pool)
                .await?;
        Ok(WeeklyStats { opened, closed, first_response_minutes, unanswered })
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
        let tickets: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM tickets WHERE chat_id = ?")
            .bind(chat_id)
            .fetch_one(&self.pool)
            .await?;
        let unanswered: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM unanswered WHERE chat_id = ?")
            .bind(chat_id)
            .fetch_one(&self.pool)
            .await?;
        Ok(users + feedback + tickets + unanswered)
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
