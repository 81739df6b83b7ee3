//! Handling the inbox: each chat's updates one at a time, in `update_id` order, by the one
//! replica that holds the chat's lease. A chat is woken when an update of it is written down
//! (here, or found waiting by the sweep, from another replica or before a restart). With
//! webhooks, an update is handled only after a short settling time and once the ids just
//! below it have arrived (or [`ORDER_WAIT`] has passed): Telegram numbers updates one by one,
//! so a missing id is usually an earlier update still on its way to another replica, and it
//! may be this chat's.

use std::collections::{BTreeMap, HashMap};
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::FutureExt;
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::UpdateKind;
use tokio_util::sync::CancellationToken;

use super::App;
use crate::storage::Incoming;
use crate::storage::inbox::now_ms;

/// How long a replica may hold a chat without renewing its lease.
const LEASE_MS: i64 = 30_000;
/// How many updates of a chat are read at a time.
const BATCH: i64 = 16;
/// How many ids below an update must have arrived before it is handled (webhook mode).
const ORDER_WINDOW: i64 = 64;
/// The longest an update waits for missing earlier ids (a real gap in Telegram's numbering
/// costs this much, once per update near it).
pub const ORDER_WAIT: Duration = Duration::from_secs(2);

/// A chat's updates held in memory (long polling), as read from Telegram.
#[derive(Debug, Default)]
struct Held {
    // Boxed: an update is large, and a map node has room for eleven.
    updates: BTreeMap<i64, Box<Update>>,
    /// Nothing of this chat waits in the database that is not also here.
    clean: bool,
    /// The last update handled: anything at or below it is never handled again.
    last_handled: i64,
}

impl Held {
    /// Gives back the node an emptied map keeps (a thousand chats each keeping one add up).
    fn compact(&mut self) {
        if self.updates.is_empty() {
            self.updates = BTreeMap::new();
        }
    }
}

/// An update to handle: as read from Telegram (held in memory), or as written down (JSON).
#[derive(Debug)]
enum Payload {
    Read(Box<Update>),
    Json(String),
}

/// The most chats a sweep wakes at a time (the next sweep takes the rest).
const SWEEP_CHATS: i64 = 1000;

/// The most chats whose held state is kept; beyond it the map starts again (every chat then
/// reads the database once).
const MAX_HELD_CHATS: usize = 100_000;

/// The handler of the inbox of this process.
pub struct Worker {
    bot: Bot,
    app: Arc<App>,
    handler: UpdateHandler<Box<dyn std::error::Error + Send + Sync + 'static>>,
    /// This process's name in the leases.
    owner: String,
    /// Whether other replicas may handle this database's updates (webhooks): then a chat is
    /// handled under its lease. With long polling Telegram serves one caller, so this process
    /// alone handles what it stored and its own bookkeeping of active chats is enough.
    shared: bool,
    settle: Duration,
    /// Chats being handled here, each with "woken again meanwhile".
    active: Mutex<HashMap<i64, bool>>,
    /// Long polling only: per chat, the updates this process stored and has not handled yet,
    /// so they need not be read back.
    held: Mutex<HashMap<i64, Held>>,
    /// Long polling: a chat not in `held` has nothing waiting in the database. True once the
    /// chats with updates waiting from before the start are in `held` (see [`Worker::start`]),
    /// false again if `held` is ever emptied to bound it.
    unheld_are_clean: AtomicBool,
    idle: tokio::sync::Notify,
    stop: CancellationToken,
    /// Cancelled when the process dies abruptly (the run is dropped): every task ends at once.
    kill: CancellationToken,
}

impl Worker {
    /// A worker for `app` (`shared`: other replicas handle updates of the same database); it
    /// stops taking chats when `stop` is cancelled, and drops everything when `kill` is.
    #[must_use]
    pub fn new(
        bot: Bot,
        app: Arc<App>,
        settle: Duration,
        shared: bool,
        stop: CancellationToken,
        kill: CancellationToken,
    ) -> Arc<Self> {
        let mut random = [0u8; 6];
        let _ = getrandom::fill(&mut random);
        let owner = format!("{}-{}", std::process::id(), random.iter().map(|b| format!("{b:02x}")).collect::<String>());
        Arc::new(Self {
            bot,
            app,
            handler: super::schema(),
            owner,
            shared,
            settle,
            active: Mutex::new(HashMap::new()),
            held: Mutex::new(HashMap::new()),
            unheld_are_clean: AtomicBool::new(false),
            idle: tokio::sync::Notify::new(),
            stop,
            kill,
        })
    }

    /// Long polling: notes which chats have updates waiting in the database from before the
    /// start, so that the others, whose every update passes through [`Worker::accept`], are
    /// handled from memory without looking there first.
    pub async fn start(&self) -> anyhow::Result<()> {
        if self.shared {
            return Ok(());
        }
        let waiting = self.app.store.chats_waiting(i64::MAX, i64::MAX).await?;
        if let Ok(mut held) = self.held.lock() {
            for chat in waiting {
                held.entry(chat).or_default().clean = false;
            }
            self.unheld_are_clean.store(true, Ordering::Relaxed);
        }
        Ok(())
    }

    /// Writes updates down and wakes the chats that got a new one. `read` are the same updates
    /// as read from Telegram: with long polling they are handed to their chat as they are,
    /// rather than read again from their JSON.
    pub async fn accept(self: &Arc<Self>, updates: &[Incoming], read: Vec<Update>) -> anyhow::Result<()> {
        let added = self.app.store.add_updates(updates).await?;
        if !self.shared
            && let Ok(mut held) = self.held.lock()
        {
            if held.len() > MAX_HELD_CHATS {
                held.clear();
                self.unheld_are_clean.store(false, Ordering::Relaxed);
            }
            let clean = self.unheld_are_clean.load(Ordering::Relaxed);
            let mut read: HashMap<i64, Box<Update>> =
                read.into_iter().map(|u| (i64::from(u.id.0), Box::new(u))).collect();
            for (update_id, chat) in &added {
                let chat_held = held.entry(*chat).or_insert_with(|| Held { clean, ..Held::default() });
                if *update_id > chat_held.last_handled
                    && let Some(update) = read.remove(update_id)
                {
                    chat_held.updates.insert(*update_id, update);
                } else {
                    // Not in hand: it is read from the database.
                    chat_held.clean = false;
                }
            }
        }
        let mut chats: Vec<i64> = added.into_iter().map(|(_, chat)| chat).collect();
        chats.sort_unstable();
        chats.dedup();
        chats.into_iter().for_each(|chat| self.wake(chat));
        Ok(())
    }

    /// Long polling: the chat's next updates from memory, when nothing older waits in the
    /// database.
    fn take_held(&self, chat: i64) -> Option<Vec<(i64, Payload)>> {
        if self.shared {
            return None;
        }
        let mut held = self.held.lock().ok()?;
        let chat_held = held.get_mut(&chat).filter(|h| h.clean && !h.updates.is_empty())?;
        let mut batch = Vec::new();
        while batch.len() < usize::try_from(BATCH).unwrap_or(16) {
            let Some((update_id, update)) = chat_held.updates.pop_first() else { break };
            if update_id > chat_held.last_handled {
                batch.push((update_id, Payload::Read(update)));
            }
        }
        chat_held.compact();
        Some(batch)
    }

    /// Long polling: records what the database said is waiting (`read`, and whether that was
    /// all of it), that an update was handled, or that the database may hold more than memory
    /// (`unsure`).
    fn note_held(&self, chat: i64, read: Option<(&[(i64, Payload)], bool)>, handled: Option<i64>, unsure: bool) {
        if self.shared {
            return;
        }
        let Ok(mut held) = self.held.lock() else { return };
        let chat_held = held.entry(chat).or_default();
        if let Some((read, all)) = read {
            // Read from the database: memory keeps only what came after, and is all there is
            // once this batch is handled.
            let newest = read.last().map_or(0, |u| u.0);
            chat_held.updates.retain(|id, _| *id > newest);
            chat_held.clean = all;
        }
        if let Some(update_id) = handled {
            chat_held.last_handled = chat_held.last_handled.max(update_id);
            chat_held.updates.retain(|id, _| *id > update_id);
        }
        if unsure {
            chat_held.clean = false;
        }
        chat_held.compact();
    }

    /// Handles the chat's waiting updates soon, unless this process is already on it.
    pub fn wake(self: &Arc<Self>, chat: i64) {
        if self.stop.is_cancelled() {
            return;
        }
        {
            let Ok(mut active) = self.active.lock() else { return };
            if let Some(again) = active.get_mut(&chat) {
                *again = true;
                return;
            }
            active.insert(chat, false);
        }
        let worker = self.clone();
        let kill = self.kill.clone();
        tokio::spawn(kill.run_until_cancelled_owned(async move { worker.drain(chat).await }));
    }

    /// Whether no chat is being handled here.
    #[must_use]
    pub fn is_idle(&self) -> bool {
        self.active.lock().map(|a| a.is_empty()).unwrap_or(true)
    }

    /// Waits until no chat is being handled here.
    pub async fn until_idle(&self) {
        loop {
            let notified = self.idle.notified();
            if self.is_idle() {
                return;
            }
            notified.await;
        }
    }

    /// Handles everything waiting for `chat`, then lets the chat go.
    async fn drain(self: Arc<Self>, chat: i64) {
        if !self.settle.is_zero() {
            tokio::time::sleep(self.settle).await;
        }
        loop {
            if self.hold(chat).await {
                self.handle_waiting(chat).await;
                if self.shared
                    && let Err(error) = self.app.store.release_lease(chat, &self.owner).await
                {
                    tracing::warn!(chat_id = chat, error = %format!("{error:#}"), "releasing a chat failed");
                }
            }
            let Ok(mut active) = self.active.lock() else { return };
            if active.get(&chat) == Some(&true) && !self.stop.is_cancelled() {
                active.insert(chat, false);
                continue;
            }
            active.remove(&chat);
            if active.is_empty() {
                self.idle.notify_waiters();
            }
            return;
        }
    }

    /// Takes the chat's lease, waiting while another replica handles it; false when there is
    /// nothing left to do here.
    async fn hold(&self, chat: i64) -> bool {
        if !self.shared {
            return true;
        }
        let mut failures = 0u32;
        loop {
            match self.app.store.take_lease(chat, &self.owner, LEASE_MS).await {
                Ok(true) => return true,
                Ok(false) => {
                    // Another replica has it: it will handle what is waiting, including ours.
                    match self.app.store.pending_updates(chat, 1).await {
                        Ok(pending) if pending.is_empty() => return false,
                        _ if self.stop.is_cancelled() => return false,
                        _ => tokio::time::sleep(Duration::from_millis(50)).await,
                    }
                }
                Err(error) => {
                    failures += 1;
                    tracing::warn!(chat_id = chat, error = %format!("{error:#}"), "taking a chat's lease failed");
                    if self.stop.is_cancelled() || failures > 5 {
                        // The sweep comes back to it when the database answers again.
                        return false;
                    }
                    tokio::time::sleep(Duration::from_millis(200 * u64::from(failures))).await;
                }
            }
        }
    }

    async fn handle_waiting(&self, chat: i64) {
        // With webhooks one at a time: an earlier update may still arrive while we wait.
        let batch_size = if self.settle.is_zero() { BATCH } else { 1 };
        loop {
            let batch = match self.take_held(chat) {
                Some(batch) => batch,
                None => match self.app.store.pending_updates(chat, batch_size).await {
                    Ok(batch) => {
                        let batch: Vec<(i64, Payload)> =
                            batch.into_iter().map(|(id, json)| (id, Payload::Json(json))).collect();
                        let all = usize::try_from(batch_size).is_ok_and(|size| batch.len() < size);
                        self.note_held(chat, Some((&batch, all)), None, false);
                        batch
                    }
                    Err(error) => {
                        tracing::warn!(chat_id = chat, error = %format!("{error:#}"), "reading the inbox failed");
                        return;
                    }
                },
            };
            if batch.is_empty() {
                return;
            }
            if let [(update_id, _)] = batch.as_slice()
                && !self.settle.is_zero()
            {
                self.wait_for_earlier(*update_id).await;
                let first = self.app.store.pending_updates(chat, 1).await.ok().and_then(|p| p.first().map(|u| u.0));
                if first != Some(*update_id) {
                    // An earlier update of this chat arrived meanwhile: it goes first.
                    continue;
                }
            }
            let last = usize::try_from(batch_size).is_ok_and(|size| batch.len() < size);
            for (update_id, payload) in batch {
                // Renewed per update, so a long batch does not outlive the lease.
                if self.shared && !matches!(self.app.store.take_lease(chat, &self.owner, LEASE_MS).await, Ok(true)) {
                    return;
                }
                self.handle(update_id, chat, payload).await;
                let marked = self.app.store.finish_update(update_id, chat).await;
                // Not marked: it waits in the database, and is read from there next time.
                self.note_held(chat, None, Some(update_id), marked.is_err());
                if let Err(error) = marked {
                    tracing::warn!(update_id, error = %format!("{error:#}"), "marking an update handled failed");
                    return;
                }
            }
            if last {
                // A short batch was all there was; an update stored since then woke the chat
                // again (see `drain`), or waits for its replica to let go of the lease.
                return;
            }
        }
    }

    /// Waits (at most [`ORDER_WAIT`]) until the ids just below `update_id` have arrived.
    async fn wait_for_earlier(&self, update_id: i64) {
        let started = Instant::now();
        while started.elapsed() < ORDER_WAIT {
            let settled = now_ms() - i64::try_from(ORDER_WAIT.as_millis()).unwrap_or(0);
            match self.app.store.missing_before(update_id, ORDER_WINDOW, settled).await {
                Ok(0) => return,
                Ok(_) => tokio::time::sleep(Duration::from_millis(25)).await,
                Err(error) => {
                    tracing::warn!(update_id, error = %format!("{error:#}"), "checking earlier updates failed");
                    return;
                }
            }
        }
        tracing::info!(update_id, "earlier update ids did not arrive in time: handling this one anyway");
    }

    /// Runs one update through the handler tree; failures are logged, never passed on.
    async fn handle(&self, update_id: i64, chat: i64, payload: Payload) {
        // In a block of its own: a local `Update` (1.9 KB) would stay in this future, and in
        // the task of every chat in flight, after it is handed over.
        let (kind, dispatch) = {
            let update: Update = match payload {
                Payload::Read(update) => *update,
                Payload::Json(json) => match serde_json::from_str(&json) {
                    Ok(update) => update,
                    Err(error) => {
                        tracing::warn!(update_id, %error, "an update that cannot be read is skipped");
                        return;
                    }
                },
            };
            (kind_of(&update), self.handler.dispatch(dptree::deps![self.bot.clone(), self.app.clone(), update]))
        };
        let started = Instant::now();
        let outcome = AssertUnwindSafe(dispatch).catch_unwind().await;
        let took = started.elapsed();
        match outcome {
            Ok(std::ops::ControlFlow::Break(Ok(()))) => (),
            Ok(std::ops::ControlFlow::Break(Err(error))) => {
                tracing::error!(update_id, chat_id = chat, %error, "handling an update failed");
            }
            Ok(std::ops::ControlFlow::Continue(_)) => {
                tracing::debug!(update_id, "update of a kind the bot does not handle");
            }
            Err(_) => tracing::error!(update_id, chat_id = chat, "handling an update panicked"),
        }
        self.app.metrics.update_handled(kind, took);
        tracing::info!(
            update_id,
            chat_id = chat,
            handler = kind,
            latency_ms = u64::try_from(took.as_millis()).unwrap_or(u64::MAX),
            "update handled"
        );
    }

    /// Wakes every chat with updates waiting since before `received_before` (ms).
    pub async fn sweep(self: &Arc<Self>, received_before: i64) {
        match self.app.store.chats_waiting(received_before, SWEEP_CHATS).await {
            Ok(chats) => chats.into_iter().for_each(|chat| self.wake(chat)),
            Err(error) => tracing::warn!(error = %format!("{error:#}"), "reading the inbox failed"),
        }
    }
}

/// The kind of an update, as counted in the metrics.
#[must_use]
pub fn kind_of(update: &Update) -> &'static str {
    match update.kind {
        UpdateKind::Message(_) => "message",
        UpdateKind::EditedMessage(_) => "edited_message",
        UpdateKind::CallbackQuery(_) => "callback_query",
        UpdateKind::MyChatMember(_) => "my_chat_member",
        _ => "other",
    }
}

/// An update to write down: its id, the chat whose order it joins, and its JSON.
#[must_use]
pub fn incoming(update: &Update, payload: String) -> Incoming {
    let chat = update.chat().map(|c| c.id.0).or_else(|| update.from().and_then(|u| i64::try_from(u.id.0).ok()));
    Incoming { update_id: i64::from(update.id.0), chat_id: chat.unwrap_or(0), payload }
}

/// Sweeps now and then: chats left waiting (by another replica, or before a restart), content
/// reloaded by another replica, and ids of old updates.
pub async fn sweep_every(worker: Arc<Worker>, every: Duration) {
    let mut last_prune = Instant::now();
    // At start, everything waiting; later, what has waited longer than a chat normally does.
    worker.sweep(i64::MAX).await;
    loop {
        tokio::select! {
            () = worker.stop.cancelled() => return,
            () = tokio::time::sleep(every) => (),
        }
        let settled = i64::try_from((worker.settle * 4).max(Duration::from_secs(2)).as_millis()).unwrap_or(i64::MAX);
        worker.sweep(now_ms() - settled).await;
        worker.app.follow_reloads().await;
        if last_prune.elapsed() > Duration::from_secs(3600) {
            last_prune = Instant::now();
            let day_ago = now_ms() - 2 * 24 * 3600 * 1000;
            if let Err(error) = worker.app.store.prune_inbox(day_ago).await {
                tracing::warn!(error = %format!("{error:#}"), "pruning the inbox failed");
            }
        }
    }
}
