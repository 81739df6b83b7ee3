//! Finishing updates, many at once: an update is marked handled together with the state its
//! handling saved (when states are remembered, see [`Store::remember_users`]), and every update
//! finished while a write is under way goes into the next one — a group commit, one transaction
//! for many chats instead of two statements per update. A chat's next update waits until its
//! last one is written, so the database always holds, per chat, a state and the updates that
//! led to it: a crash loses a state and its update's mark together, never one without the
//! other.

use std::sync::{Mutex, MutexGuard, PoisonError};

use anyhow::anyhow;
use tokio::sync::oneshot;

use super::inbox::now_ms;
use super::{Backend, Store};

/// Rows per statement (SQLite takes at most 32,766 parameters).
const CHUNK: usize = 200;

/// Updates waiting to be written down as handled.
#[derive(Debug, Default)]
pub(super) struct Journal {
    queue: Mutex<Queue>,
}

#[derive(Debug, Default)]
struct Queue {
    /// A task is writing: it takes what is queued when it is done.
    writing: bool,
    finished: Vec<Finished>,
}

#[derive(Debug)]
struct Finished {
    update_id: i64,
    chat_id: i64,
    /// Told whether the write succeeded (the error's text if not).
    written: oneshot::Sender<Result<(), String>>,
}

impl Journal {
    fn queue(&self) -> MutexGuard<'_, Queue> {
        // The queue is consistent at every step, so a panic elsewhere leaves nothing to fix.
        self.queue.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Store {
    /// Marks an update handled and drops its content, together with the chat's state if its
    /// handling saved one; returns once that is in the database. Updates finished at the same
    /// time by other chats are written in the same transaction.
    pub async fn finish_update(&self, update_id: i64, chat_id: i64) -> anyhow::Result<()> {
        let (written, outcome) = oneshot::channel();
        let start = {
            let mut queue = self.journal.queue();
            queue.finished.push(Finished { update_id, chat_id, written });
            !std::mem::replace(&mut queue.writing, true)
        };
        if start {
            // Its own task: a caller that is dropped halfway (a stopping bot) must not leave
            // the others waiting for a write that never ends.
            let store = self.clone();
            tokio::spawn(async move { store.write_journal().await });
        }
        match outcome.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(error)) => Err(anyhow!("writing handled updates failed: {error}")),
            Err(_) => Err(anyhow!("the journal's writer stopped")),
        }
    }

    /// Writes what is queued, then what was queued meanwhile, until nothing is.
    async fn write_journal(self) {
        loop {
            let finished = {
                let mut queue = self.journal.queue();
                if queue.finished.is_empty() {
                    queue.writing = false;
                    return;
                }
                std::mem::take(&mut queue.finished)
            };
            let states = self.take_unwritten(&finished);
            let result = self.write_finished(&finished, &states).await;
            if result.is_err() {
                // Not written: the next update of these chats reads the state the database
                // has, the one its unmarked update expects.
                for (chat_id, _, _) in &states {
                    self.remember(*chat_id, None);
                }
            }
            let result = result.map_err(|error| format!("{error:#}"));
            for entry in finished {
                let _ = entry.written.send(result.clone());
            }
        }
    }

    /// The unwritten states of the chats of `finished`: (chat, lang, session).
    fn take_unwritten(&self, finished: &[Finished]) -> Vec<(i64, Option<String>, String)> {
        let Ok(mut users) = self.users.lock() else { return Vec::new() };
        let Some(users) = users.as_mut() else { return Vec::new() };
        finished
            .iter()
            .filter_map(|f| users.unwritten.remove(&f.chat_id).map(|(lang, session)| (f.chat_id, lang, session)))
            .collect()
    }

    async fn write_finished(
        &self,
        finished: &[Finished],
        states: &[(i64, Option<String>, String)],
    ) -> anyhow::Result<()> {
        let mut transaction = self.pool.begin().await?;
        // On SQLite a repeated row writes the same state again, harmlessly; PostgreSQL refuses
        // an upsert that meets a row twice, so its statements are exact (and not kept
        // prepared: there is one text per number of rows).
        let pad = self.backend == Backend::Sqlite;
        for part in states.chunks(CHUNK) {
            let rows: Vec<_> = if pad { super::padded(part, CHUNK).collect() } else { part.iter().collect() };
            let values: Vec<String> = (0..rows.len())
                .map(|i| format!("({}, CURRENT_TIMESTAMP)", self.backend.params(3 * i + 1, 3)))
                .collect();
            let sql = format!(
                "INSERT INTO users (chat_id, lang, session, updated_at) VALUES {}
                 ON CONFLICT (chat_id) DO UPDATE SET lang = excluded.lang, session = excluded.session,
                 updated_at = excluded.updated_at",
                values.join(", ")
            );
            let mut query = sqlx::query(&sql).persistent(pad);
            for (chat_id, lang, session) in rows {
                query = query.bind(*chat_id).bind(lang.as_deref()).bind(session.as_str());
            }
            query.execute(&mut *transaction).await?;
        }
        let now = now_ms();
        for part in finished.chunks(CHUNK) {
            let ids: Vec<&Finished> = super::padded(part, CHUNK).collect();
            let sql = format!(
                "UPDATE inbox SET payload = '', handled_at = {} WHERE update_id IN ({})",
                self.backend.params(1, 1),
                self.backend.params(2, ids.len())
            );
            let mut query = sqlx::query(&sql).bind(now);
            for entry in ids {
                query = query.bind(entry.update_id);
            }
            query.execute(&mut *transaction).await?;
        }
        transaction.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::{Incoming, UserRecord};

    #[tokio::test]
    async fn a_remembered_state_reaches_the_database_only_with_its_update() {
        let path = std::env::temp_dir().join(format!("nenkin-journal-{}.db", std::process::id()));
        let url = format!("sqlite://{}", path.display());
        let store = Store::open(&url).await.expect("open");
        store.remember_users().await.expect("remember");
        store.add_updates(&[Incoming::bare(1, 7), Incoming::bare(2, 8)]).await.expect("add");
        let user = UserRecord { lang: Some("vi".to_owned()), ..UserRecord::default() };
        store.save_user(7, &user).await.expect("save");
        store.save_user(8, &user).await.expect("save");
        // Chat 7's update is finished, chat 8's is not (the bot dies while handling it).
        store.finish_update(1, 7).await.expect("finish");
        drop(store);
        let store = Store::open(&url).await.expect("reopen");
        assert_eq!(store.user(7).await.expect("read"), user);
        assert_eq!(store.user(8).await.expect("read"), UserRecord::default(), "8's state without its update");
        let pending = store.pending_updates(8, 10).await.expect("pending");
        assert_eq!(pending.iter().map(|u| u.0).collect::<Vec<_>>(), vec![2]);
        assert!(store.pending_updates(7, 10).await.expect("pending").is_empty());
        drop(store);
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn many_chats_finishing_at_once_are_all_written() {
        let store = Store::open("sqlite::memory:").await.expect("open");
        store.remember_users().await.expect("remember");
        let updates: Vec<Incoming> = (1..=500).map(|i| Incoming::bare(i, 1000 + i)).collect();
        store.add_updates(&updates).await.expect("add");
        let tasks: Vec<_> = (1..=500)
            .map(|i| {
                let store = store.clone();
                tokio::spawn(async move {
                    let user = UserRecord { lang: Some(format!("l{i}")), ..UserRecord::default() };
                    store.save_user(1000 + i, &user).await.expect("save");
                    store.finish_update(i, 1000 + i).await.expect("finish");
                })
            })
            .collect();
        for task in tasks {
            task.await.expect("task");
        }
        assert_eq!(store.inbox_backlog().await.expect("backlog"), 0);
        let langs: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE lang LIKE 'l%'")
            .fetch_one(&store.pool)
            .await
            .expect("count");
        assert_eq!(langs, 500);
    }
}
