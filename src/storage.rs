//! What the bot remembers: users' language and conversation (so a restart resumes
//! mid-estimate), answer feedback, questions nobody could answer, tickets with their relayed
//! messages and staff notes, and the inbox of updates. SQLite by default, PostgreSQL for several
//! replicas; each has its own versioned migrations, run at start. Queries are written once, with
//! `$n` parameters both engines accept, and the few time expressions that differ come from
//! [`Backend`].

pub mod inbox;
mod journal;
mod migrations;
pub mod reminders;

pub use inbox::Incoming;

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::{Arc, Mutex};

use anyhow::Context as _;
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{AnyPool, Executor as _, Row};

use crate::dialogue::session::Session;
use crate::handoff::TicketStatus;

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

/// User text as the database takes it: PostgreSQL refuses the NUL character in text.
fn storable(text: &str) -> String {
    text.replace('\0', "")
}

/// The most users' states kept in memory (a few kilobytes each).
const MAX_REMEMBERED_USERS: usize = 20_000;

/// One user's stored state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserRecord {
    /// The language the user chose (a locale tag), if they chose one.
    pub lang: Option<String>,
    pub session: Session,
    /// The stored conversation could not be read (an upgrade changed its shape): it was reset.
    pub reset: bool,
}

/// The database engine behind a [`Store`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The rows of a multi-row statement for `part`: its rows, then its last row again up to the
/// next power of two (at most `max` rows in all). Only a few statement texts then ever come
/// back, and each connection keeps them prepared: parsing a new text for every batch cost a
/// quarter of SQLite's time under load. Callers pad only statements where a repeated row
/// changes nothing (an insert that skips known ids, an `IN` list, a SQLite upsert writing the
/// same state again).
fn padded<T>(part: &[T], max: usize) -> impl Iterator<Item = &T> {
    let rows = part.len().next_power_of_two().min(max).max(part.len());
    part.iter().chain(part.last().into_iter().cycle().take(rows - part.len()))
}

impl Backend {
    /// The engine a `NENKIN_DATABASE_URL` names.
    pub fn of_url(url: &str) -> Option<Self> {
        if url.starts_with("sqlite:") {
            Some(Self::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Self::Postgres)
        } else {
            None
        }
    }

    /// `count` parameters numbered from `first`, joined by `, `: numbered (`$1`) for
    /// PostgreSQL, plain `?` for SQLite, bound in the order they appear. SQLite looks a numbered
    /// parameter up in a list, which costs a multi-row statement time quadratic in its rows.
    fn params(self, first: usize, count: usize) -> String {
        use std::fmt::Write as _;
        let mut list = String::with_capacity(count * 5);
        for n in first..first + count {
            if n > first {
                list.push_str(", ");
            }
            match self {
                Self::Sqlite => list.push('?'),
                Self::Postgres => {
                    let _ = write!(list, "${n}");
                }
            }
        }
        list
    }

    /// The time `param` seconds from now.
    fn seconds_from_now(self, param: &str) -> String {
        match self {
            Self::Sqlite => format!("datetime('now', '+' || {param} || ' seconds')"),
            Self::Postgres => format!("(CURRENT_TIMESTAMP + {param} * INTERVAL '1 second')"),
        }
    }

    /// The time a week ago.
    fn week_ago(self) -> &'static str {
        match self {
            Self::Sqlite => "datetime('now', '-7 days')",
            Self::Postgres => "(CURRENT_TIMESTAMP - INTERVAL '7 days')",
        }
    }

    /// Whole minutes from `earlier` to `later` (two timestamp expressions).
    fn minutes_between(self, later: &str, earlier: &str) -> String {
        match self {
            Self::Sqlite => format!("CAST((julianday({later}) - julianday({earlier})) * 1440 AS INTEGER)"),
            Self::Postgres => format!("CAST(FLOOR(EXTRACT(EPOCH FROM ({later} - {earlier})) / 60) AS BIGINT)"),
        }
    }
}

/// The database.
#[derive(Debug, Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// Users' states as last saved, when this process alone writes them (see
    /// [`Store::remember_users`]); `None` otherwise.
    users: Arc<Mutex<Option<Remembered>>>,
    /// Handled updates waiting to be written down together.
    journal: Arc<journal::Journal>,
}

/// Users' states kept in memory (long polling).
#[derive(Debug, Default)]
struct Remembered {
    /// The last state saved, per chat.
    states: HashMap<i64, UserRecord>,
    /// Chats whose last saved state is not in the database yet, with its lang and session as
    /// stored: it is written with the mark of the update that saved it (see
    /// [`Store::finish_update`]).
    unwritten: HashMap<i64, (Option<String>, String)>,
    /// Chats whose state may be in the database but is not in `states`: those stored before
    /// states were remembered, and those dropped from memory since. Any other chat is new, and
    /// its state is not looked for (a seminar's worth of first messages reads nothing).
    stored: HashSet<i64>,
}

/// Connections to a SQLite file (see [`Store::open`]).
const SQLITE_CONNECTIONS: u32 = 2;

impl Store {
    /// Opens the database at `url` (`sqlite://path`, created with its folder if missing,
    /// `sqlite::memory:`, or `postgres://…`) and runs pending migrations.
    pub async fn open(url: &str) -> anyhow::Result<Self> {
        sqlx::any::install_default_drivers();
        let backend = Backend::of_url(url)
            .context("NENKIN_DATABASE_URL must start with sqlite:// (one instance) or postgres:// (several)")?;
        let (url, max) = match backend {
            Backend::Sqlite => {
                if let Some(path) = url.strip_prefix("sqlite://").map(|p| p.split('?').next().unwrap_or(p))
                    && let Some(parent) = Path::new(path).parent().filter(|p| !p.as_os_str().is_empty())
                {
                    std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
                }
                // An in-memory database lives as long as its one connection. A file gets two:
                // SQLite writes one transaction at a time anyway, and with WAL a read goes on
                // while the other connection writes. Each connection is a thread with its own
                // caches: four took 2.5–4.5 MB more at the load benchmark's peak, and were no
                // faster.
                if url.contains(":memory:") {
                    (url.to_owned(), 1)
                } else if url.contains("mode=") {
                    (url.to_owned(), SQLITE_CONNECTIONS)
                } else {
                    let separator = if url.contains('?') { '&' } else { '?' };
                    (format!("{url}{separator}mode=rwc"), SQLITE_CONNECTIONS)
                }
            }
            Backend::Postgres => (url.to_owned(), 10),
        };
        let pool = AnyPoolOptions::new()
            .max_connections(max)
            // A SQLite file does not drop connections; pinging it before every statement
            // doubled the round trips to its worker threads. A PostgreSQL connection may have
            // died with a server restart, so it is still checked.
            .test_before_acquire(backend == Backend::Postgres)
            .after_connect(move |connection, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers go on while one connection writes; NORMAL is safe with WAL.
                        connection.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;").await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await
            .context("opening the database")?;
        let store = Self { pool, backend, users: Arc::default(), journal: Arc::default() };
        migrations::run(&store.pool, backend).await?;
        Ok(store)
    }

    /// Which engine this is.
    #[must_use]
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    /// Keeps users' states in memory as they are saved, so they need not be read back: only for
    /// a process that alone handles this database's updates (long polling). A saved state is
    /// then written to the database with the mark of the update whose handling saved it (see
    /// [`Store::finish_update`]), in one transaction.
    ///
    /// Reads which chats have a state stored: only those are looked for in the database (some
    /// sixteen bytes of memory per chat).
    pub async fn remember_users(&self) -> anyhow::Result<()> {
        let stored: Vec<i64> = sqlx::query_scalar("SELECT chat_id FROM users").fetch_all(&self.pool).await?;
        if let Ok(mut users) = self.users.lock() {
            users.get_or_insert_with(Remembered::default).stored.extend(stored);
        }
        Ok(())
    }

    /// Whether users' states are kept in memory.
    fn remembers_users(&self) -> bool {
        self.users.lock().is_ok_and(|users| users.is_some())
    }

    /// Updates the remembered state of a chat (`None`: forget it, written or not), if states are
    /// remembered; `stored` is the lang and session to write with the chat's update.
    fn remember(&self, chat_id: i64, user: Option<(UserRecord, (Option<String>, String))>) {
        let Ok(mut users) = self.users.lock() else { return };
        let Some(users) = users.as_mut() else { return };
        match user {
            Some((user, stored)) => {
                if users.states.len() >= MAX_REMEMBERED_USERS && !users.states.contains_key(&chat_id) {
                    // Simplest bound: start again (keeping what is not written yet); the busy
                    // users come back at once, read from the database.
                    let Remembered { states, unwritten, stored } = users;
                    states.retain(|chat, _| {
                        let keep = unwritten.contains_key(chat);
                        if !keep {
                            stored.insert(*chat);
                        }
                        keep
                    });
                }
                users.states.insert(chat_id, user);
                users.unwritten.insert(chat_id, stored);
            }
            None => {
                users.states.remove(&chat_id);
                users.unwritten.remove(&chat_id);
                // Whatever the database holds now is the chat's state.
                users.stored.insert(chat_id);
            }
        }
    }

    /// The stored state of a chat; a default record for a new user.
    pub async fn user(&self, chat_id: i64) -> anyhow::Result<UserRecord> {
        if let Ok(users) = self.users.lock()
            && let Some(users) = users.as_ref()
        {
            if let Some(user) = users.states.get(&chat_id) {
                return Ok(user.clone());
            }
            if !users.stored.contains(&chat_id) {
                return Ok(UserRecord::default());
            }
        }
        self.read_user(chat_id).await
    }

    // Only writes fill the memory: a read may race with the chat's own write (a consultant's
    // command reading the user), and must not put an older state back.
    async fn read_user(&self, chat_id: i64) -> anyhow::Result<UserRecord> {
        let row = sqlx::query("SELECT lang, session FROM users WHERE chat_id = $1")
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

    /// Saves a chat's state. When states are remembered (long polling) it is written with the
    /// mark of the update being handled ([`Store::finish_update`]): a crash loses both, and the
    /// update is handled again from the state it found.
    pub async fn save_user(&self, chat_id: i64, user: &UserRecord) -> anyhow::Result<()> {
        let session = serde_json::to_string(&user.session)?;
        if self.remembers_users() {
            let lang = user.lang.clone();
            self.remember(chat_id, Some((UserRecord { reset: false, ..user.clone() }, (lang, session))));
            return Ok(());
        }
        sqlx::query(
            "INSERT INTO users (chat_id, lang, session, updated_at) VALUES ($1, $2, $3, CURRENT_TIMESTAMP)
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
        sqlx::query("INSERT INTO feedback (chat_id, faq_id, helpful) VALUES ($1, $2, $3)")
            .bind(chat_id)
            .bind(faq_id)
            .bind(i64::from(helpful))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Deletes everything stored about a chat.
    pub async fn forget(&self, chat_id: i64) -> anyhow::Result<()> {
        self.remember(chat_id, None);
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM users WHERE chat_id = $1").bind(chat_id).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM feedback WHERE chat_id = $1").bind(chat_id).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM relayed WHERE ticket_id IN (SELECT id FROM tickets WHERE chat_id = $1)")
            .bind(chat_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM notes WHERE ticket_id IN (SELECT id FROM tickets WHERE chat_id = $1)")
            .bind(chat_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM outbox WHERE to_chat = $1 OR from_chat = $2")
            .bind(chat_id)
            .bind(chat_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM tickets WHERE chat_id = $1").bind(chat_id).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM unanswered WHERE chat_id = $1").bind(chat_id).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM reminders WHERE chat_id = $1").bind(chat_id).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM origins WHERE chat_id = $1").bind(chat_id).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Opens a ticket; `None` when the user already has an open one.
    pub async fn open_ticket(&self, chat_id: i64, lang: &str, question: &str) -> anyhow::Result<Option<Ticket>> {
        let result: Result<i64, _> = sqlx::query_scalar(
            "INSERT INTO tickets (chat_id, lang, question, status) VALUES ($1, $2, $3, 'open') RETURNING id",
        )
        .bind(chat_id)
        .bind(lang)
        .bind(storable(question))
        .fetch_one(&self.pool)
        .await;
        match result {
            Ok(id) => self.ticket(id).await,
            Err(sqlx::Error::Database(error)) if error.is_unique_violation() => Ok(None),
            Err(error) => Err(error.into()),
        }
    }

    const TICKET_COLUMNS: &str =
        "id, chat_id, lang, question, status, claimed_by, topic_id, card_message_id, told_relay";

    fn ticket_from(row: &AnyRow) -> anyhow::Result<Ticket> {
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
            told_relay: row.try_get::<i64, _>("told_relay")? != 0,
        })
    }

    async fn ticket_where(&self, condition: &str, value: i64) -> anyhow::Result<Option<Ticket>> {
        let sql = format!("SELECT {} FROM tickets WHERE {condition} ORDER BY id DESC LIMIT 1", Self::TICKET_COLUMNS);
        let row = sqlx::query(&sql).bind(value).fetch_optional(&self.pool).await?;
        row.as_ref().map(Self::ticket_from).transpose()
    }

    /// A ticket by number.
    pub async fn ticket(&self, id: i64) -> anyhow::Result<Option<Ticket>> {
        self.ticket_where("id = $1", id).await
    }

    /// The user's open ticket, if any.
    pub async fn open_ticket_of(&self, chat_id: i64) -> anyhow::Result<Option<Ticket>> {
        self.ticket_where("chat_id = $1 AND status = 'open'", chat_id).await
    }

    /// The ticket of a forum topic in the staff group.
    pub async fn ticket_of_topic(&self, topic_id: i32) -> anyhow::Result<Option<Ticket>> {
        self.ticket_where("topic_id = $1", i64::from(topic_id)).await
    }

    /// The ticket a staff-group message belongs to: its card, or a message relayed for it.
    pub async fn ticket_of_staff_message(&self, message_id: i32) -> anyhow::Result<Option<Ticket>> {
        if let Some(ticket) = self.ticket_where("card_message_id = $1", i64::from(message_id)).await? {
            return Ok(Some(ticket));
        }
        let ticket_id: Option<i64> = sqlx::query_scalar(
            "SELECT ticket_id FROM relayed WHERE direction = 'to_staff' AND target_message = $1 ORDER BY id DESC LIMIT 1",
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
        sqlx::query("UPDATE tickets SET topic_id = $1, card_message_id = $2 WHERE id = $3")
            .bind(topic_id)
            .bind(card_message_id)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Marks that the user was told their messages are relayed.
    pub async fn set_told_relay(&self, id: i64) -> anyhow::Result<()> {
        sqlx::query("UPDATE tickets SET told_relay = 1 WHERE id = $1").bind(id).execute(&self.pool).await?;
        Ok(())
    }

    /// Assigns a ticket to a staff member.
    pub async fn claim_ticket(&self, id: i64, staff: &str) -> anyhow::Result<()> {
        sqlx::query("UPDATE tickets SET claimed_by = $1 WHERE id = $2")
            .bind(staff)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Closes or reopens a ticket; reopening fails (false) if the user has opened another.
    pub async fn set_ticket_status(&self, id: i64, status: TicketStatus) -> anyhow::Result<bool> {
        let closed_at = if status == TicketStatus::Closed { "CURRENT_TIMESTAMP" } else { "NULL" };
        let sql = format!("UPDATE tickets SET status = $1, closed_at = {closed_at} WHERE id = $2");
        match sqlx::query(&sql).bind(status.as_str()).bind(id).execute(&self.pool).await {
            Ok(_) => Ok(true),
            Err(sqlx::Error::Database(error)) if error.is_unique_violation() => Ok(false),
            Err(error) => Err(error.into()),
        }
    }

    /// Stores a 1–5 rating of a closed ticket of this user; false if it is not theirs.
    pub async fn rate_ticket(&self, id: i64, chat_id: i64, stars: u8) -> anyhow::Result<bool> {
        let done = sqlx::query("UPDATE tickets SET rating = $1 WHERE id = $2 AND chat_id = $3 AND status = 'closed'")
            .bind(i64::from(stars))
            .bind(id)
            .bind(chat_id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The stored rating of a ticket.
    pub async fn ticket_rating(&self, id: i64) -> anyhow::Result<Option<i64>> {
        Ok(sqlx::query_scalar("SELECT rating FROM tickets WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .flatten())
    }

    /// Records a relayed message and its counterpart; a staff answer also sets the first
    /// response time.
    pub async fn add_relayed(&self, ticket: i64, direction: Direction, source: i32, target: i32) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO relayed (ticket_id, direction, source_message, target_message) VALUES ($1, $2, $3, $4)",
        )
        .bind(ticket)
        .bind(direction_text(direction))
        .bind(source)
        .bind(target)
        .execute(&self.pool)
        .await?;
        if direction == Direction::ToUser {
            sqlx::query(
                "UPDATE tickets SET first_response_at = CURRENT_TIMESTAMP WHERE id = $1 AND first_response_at IS NULL",
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
        let sql = format!(
            "INSERT INTO outbox (ticket_id, direction, to_chat, from_chat, message_id, thread_id, reply_to, not_before)
             VALUES ($1, $2, $3, $4, $5, $6, $7, {}) RETURNING id",
            self.backend.seconds_from_now("$8")
        );
        let result: Result<i64, _> = sqlx::query_scalar(&sql)
            .bind(message.ticket)
            .bind(direction_text(message.direction))
            .bind(message.to_chat)
            .bind(message.from_chat)
            .bind(message.message_id)
            .bind(message.thread_id)
            .bind(message.reply_to)
            .bind(i64::from(hold_seconds))
            .fetch_one(&self.pool)
            .await;
        match result {
            Ok(id) => Ok(Some(Outgoing { id, ..message.clone() })),
            Err(sqlx::Error::Database(error)) if error.is_unique_violation() => Ok(None),
            Err(error) => Err(error.into()),
        }
    }

    /// Messages written down and not yet delivered, oldest first.
    pub async fn pending_outgoing(&self) -> anyhow::Result<Vec<Outgoing>> {
        let rows = sqlx::query(
            "SELECT id, ticket_id, direction, to_chat, from_chat, message_id, thread_id, reply_to
             FROM outbox WHERE status = 'pending' AND (not_before IS NULL OR not_before <= CURRENT_TIMESTAMP)
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

    /// How many written-down messages wait to be delivered.
    pub async fn outbox_backlog(&self) -> anyhow::Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE status = 'pending'").fetch_one(&self.pool).await?)
    }

    /// Marks a written-down message as accepted by Telegram.
    pub async fn mark_delivered(&self, id: i64, target_message: i32) -> anyhow::Result<()> {
        sqlx::query("UPDATE outbox SET status = 'sent', target_message = $1 WHERE id = $2")
            .bind(target_message)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Marks a written-down message as refused for good, with Telegram's reason.
    pub async fn mark_refused(&self, id: i64, reason: &str) -> anyhow::Result<()> {
        sqlx::query("UPDATE outbox SET status = 'refused', error = $1 WHERE id = $2")
            .bind(reason)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Adds an internal staff note to a ticket.
    pub async fn add_note(&self, ticket: i64, author: &str, text: &str) -> anyhow::Result<()> {
        sqlx::query("INSERT INTO notes (ticket_id, author, text) VALUES ($1, $2, $3)")
            .bind(ticket)
            .bind(storable(author))
            .bind(storable(text))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Open tickets, oldest first, with how many minutes each has waited.
    pub async fn open_tickets(&self) -> anyhow::Result<Vec<(Ticket, i64)>> {
        let sql = format!(
            "SELECT {}, {} AS waited FROM tickets WHERE status = 'open' ORDER BY id",
            Self::TICKET_COLUMNS,
            self.backend.minutes_between("CURRENT_TIMESTAMP", "opened_at")
        );
        let rows = sqlx::query(&sql).fetch_all(&self.pool).await?;
        rows.iter().map(|row| Ok((Self::ticket_from(row)?, row.try_get("waited")?))).collect()
    }

    /// Remembers a question the bot could not answer.
    pub async fn add_unanswered(&self, chat_id: i64, lang: &str, text: &str) -> anyhow::Result<()> {
        sqlx::query("INSERT INTO unanswered (chat_id, lang, text) VALUES ($1, $2, $3)")
            .bind(chat_id)
            .bind(lang)
            .bind(storable(text))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Minutes to the first staff answer of tickets opened in the last seven days, ascending.
    pub async fn first_response_minutes(&self) -> anyhow::Result<Vec<i64>> {
        let mut minutes: Vec<i64> = sqlx::query_scalar(&format!(
            "SELECT {} FROM tickets WHERE first_response_at IS NOT NULL AND opened_at >= {}",
            self.backend.minutes_between("first_response_at", "opened_at"),
            self.backend.week_ago()
        ))
        .fetch_all(&self.pool)
        .await?;
        minutes.sort_unstable();
        Ok(minutes)
    }

    /// How many tickets are open.
    pub async fn open_ticket_count(&self) -> anyhow::Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM tickets WHERE status = 'open'").fetch_one(&self.pool).await?)
    }

    /// The last seven days: tickets opened and closed, minutes to each first staff answer,
    /// and the questions the bot could not answer.
    pub async fn weekly_stats(&self) -> anyhow::Result<WeeklyStats> {
        let week = self.backend.week_ago();
        let opened: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM tickets WHERE opened_at >= {week}"))
            .fetch_one(&self.pool)
            .await?;
        let closed: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM tickets WHERE closed_at >= {week}"))
            .fetch_one(&self.pool)
            .await?;
        let first_response_minutes = self.first_response_minutes().await?;
        let unanswered: Vec<String> =
            sqlx::query_scalar(&format!("SELECT text FROM unanswered WHERE created_at >= {week} ORDER BY id"))
                .fetch_all(&self.pool)
                .await?;
        Ok(WeeklyStats { opened, closed, first_response_minutes, unanswered })
    }

    /// How many rows mention a chat, over all tables (for tests of `/forget`).
    pub async fn rows_about(&self, chat_id: i64) -> anyhow::Result<i64> {
        let users: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE chat_id = $1")
            .bind(chat_id)
            .fetch_one(&self.pool)
            .await?;
        let feedback: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM feedback WHERE chat_id = $1")
            .bind(chat_id)
            .fetch_one(&self.pool)
            .await?;
        let tickets: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM tickets WHERE chat_id = $1")
            .bind(chat_id)
            .fetch_one(&self.pool)
            .await?;
        let unanswered: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM unanswered WHERE chat_id = $1")
            .bind(chat_id)
            .fetch_one(&self.pool)
            .await?;
        let mut others = 0;
        for table in ["reminders", "origins"] {
            let count: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table} WHERE chat_id = $1"))
                .bind(chat_id)
                .fetch_one(&self.pool)
                .await?;
            others += count;
        }
        Ok(users + feedback + tickets + unanswered + others)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_is_padded_with_its_last_row_to_a_few_shapes() {
        let padded = |part: &[i64], max| padded(part, max).copied().collect::<Vec<_>>();
        assert_eq!(padded(&[1, 2, 3], 100), [1, 2, 3, 3]);
        assert_eq!(padded(&[1, 2, 3, 4], 100), [1, 2, 3, 4]);
        assert_eq!(padded(&[5], 100), [5]);
        assert_eq!(padded(&[], 100), Vec::<i64>::new());
        let many: Vec<i64> = (0..70).collect();
        assert_eq!(padded(&many, 100).len(), 100);
        assert_eq!(padded(&many[..65], 64).len(), 65);
    }

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
    async fn a_sqlite_file_uses_wal_without_a_sync_per_commit() {
        let path = std::env::temp_dir().join(format!("nenkin-pragma-{}.db", std::process::id()));
        let store = Store::open(&format!("sqlite://{}", path.display())).await.expect("open");
        let mode: String = sqlx::query_scalar("PRAGMA journal_mode").fetch_one(&store.pool).await.expect("mode");
        let sync: i64 = sqlx::query_scalar("PRAGMA synchronous").fetch_one(&store.pool).await.expect("sync");
        assert_eq!((mode.as_str(), sync), ("wal", 1));
        drop(store);
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
    }

    #[tokio::test]
    async fn remembered_states_are_the_last_written_and_forget_forgets_them() {
        let store = Store::open("sqlite::memory:").await.expect("open");
        // Stored before states are remembered (by an earlier run): read from the database.
        sqlx::query("INSERT INTO users (chat_id, lang, session) VALUES (6, 'km', '{}')")
            .execute(&store.pool)
            .await
            .expect("insert");
        store.remember_users().await.expect("remember");
        let mut user = UserRecord { lang: Some("vi".to_owned()), ..UserRecord::default() };
        store.save_user(5, &user).await.expect("save");
        // Written by someone else behind the store's back: a remembered state is not read again…
        sqlx::query("UPDATE users SET lang = 'th' WHERE chat_id = 5").execute(&store.pool).await.expect("update");
        assert_eq!(store.user(5).await.expect("read").lang.as_deref(), Some("vi"));
        // …but a read alone remembers nothing (it could race with the chat's own write).
        assert_eq!(store.user(6).await.expect("read").lang.as_deref(), Some("km"));
        sqlx::query("UPDATE users SET lang = 'mn' WHERE chat_id = 6").execute(&store.pool).await.expect("update");
        assert_eq!(store.user(6).await.expect("read").lang.as_deref(), Some("mn"));
        // A chat with no state stored when states began to be remembered is new: nothing is read.
        sqlx::query("INSERT INTO users (chat_id, lang, session) VALUES (7, 'th', '{}')")
            .execute(&store.pool)
            .await
            .expect("insert");
        assert_eq!(store.user(7).await.expect("read"), UserRecord::default());
        store.forget(5).await.expect("forget");
        assert_eq!(store.user(5).await.expect("read"), UserRecord::default());
        user.lang = Some("ne".to_owned());
        store.save_user(5, &user).await.expect("save");
        assert_eq!(store.user(5).await.expect("read"), user);
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
}
