//! The Telegram front end: the handler tree, turning updates into conversation events, and
//! views into messages with inline keyboards. Every handler ends in a reply; a failure or a
//! panic in one update is logged (ids only) and answered with an apology, never a crash.

pub mod callback;
pub mod inbox;
pub mod intake;
pub mod outbox;
pub mod reminders;
pub mod retry;
pub mod server;
pub mod staff;

use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use futures::FutureExt;
use futures::future::BoxFuture;
use teloxide::dispatching::UpdateHandler;
use teloxide::payloads::{EditMessageText, EditMessageTextSetters as _, SendMessage, SendMessageSetters as _};
use teloxide::prelude::*;
use teloxide::requests::{JsonRequest, Payload};
use teloxide::types::{
    BotCommand, ChatMemberUpdated, InlineKeyboardButton, InlineKeyboardMarkup, MessageId, ParseMode,
};
use teloxide::{ApiError, RequestError};
use tokio_util::sync::CancellationToken;
use unic_langid::LanguageIdentifier;

use self::callback::Action;
use crate::content::{Content, MAX_MESSAGE_LENGTH};
use crate::dialogue::session::{Context, Event, Screen};
use crate::render::{Renderer, View};
use crate::storage::{Store, UserRecord};
use crate::telemetry::metrics::{FaqOutcome, Metrics};

/// Everything the handlers share.
pub struct App {
    /// The content in use; `/reload` and SIGHUP replace it.
    pub content: RwLock<Arc<Content>>,
    /// Where the content was loaded from, to reload it.
    pub content_dir: PathBuf,
    pub store: Store,
    /// The bot's @username, for commands addressed to it in groups.
    pub username: String,
    /// Today's date for deadlines; `None` uses the system date.
    pub today: Option<chrono::NaiveDate>,
    /// The consultants' group, if configured.
    pub staff: Option<staff::Staff>,
    /// Relayed messages being delivered right now.
    pub in_flight: outbox::InFlight,
    /// How fast a user may write to the consultants before messages are held.
    pub flood: outbox::FloodControl,
    pub metrics: Metrics,
    /// The content generation this process runs (see [`App::follow_reloads`]).
    pub content_generation: AtomicI64,
}

/// The setting that tells replicas the content was reloaded.
const CONTENT_GENERATION: &str = "content_generation";

impl App {
    /// An app with the defaults: no staff group, the system date, default flood control.
    #[must_use]
    pub fn new(content: impl Into<Arc<Content>>, content_dir: PathBuf, store: Store, username: String) -> Self {
        Self {
            content: RwLock::new(content.into()),
            content_dir,
            store,
            username,
            today: None,
            staff: None,
            in_flight: outbox::InFlight::default(),
            flood: outbox::FloodControl::default(),
            metrics: Metrics::default(),
            content_generation: AtomicI64::new(0),
        }
    }

    /// The content in use.
    pub fn content(&self) -> Arc<Content> {
        match self.content.read() {
            Ok(content) => content.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Loads `faq/` and `locales/` again and, if every check passes, uses them from now on and
    /// tells the other replicas; otherwise keeps the old content and returns the problems.
    pub async fn reload(&self) -> Result<String, Vec<String>> {
        self.load_content()?;
        let generation = crate::storage::inbox::now_ms();
        self.content_generation.store(generation, Ordering::Relaxed);
        if let Err(error) = self.store.set_setting(CONTENT_GENERATION, &generation.to_string()).await {
            tracing::warn!(error = %format!("{error:#}"), "could not tell other replicas about the reload");
        }
        let content = self.content();
        let langs: Vec<String> = content.locales.langs().map(ToString::to_string).collect();
        Ok(format!("{} entries, locales {}", content.catalogue.entries().len(), langs.join(" ")))
    }

    fn load_content(&self) -> Result<(), Vec<String>> {
        let content = Content::load(&self.content_dir)
            .map_err(|problems| problems.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        match self.content.write() {
            Ok(mut slot) => *slot = Arc::new(content),
            Err(poisoned) => *poisoned.into_inner() = Arc::new(content),
        }
        tracing::info!("content reloaded");
        Ok(())
    }

    /// Reloads the content when another replica did (its generation is newer than ours).
    pub async fn follow_reloads(&self) {
        let Ok(Some(value)) = self.store.setting(CONTENT_GENERATION).await else { return };
        let Ok(generation) = value.parse::<i64>() else { return };
        if generation > self.content_generation.load(Ordering::Relaxed) {
            self.content_generation.store(generation, Ordering::Relaxed);
            if let Err(problems) = self.load_content() {
                tracing::error!(
                    problems = problems.len(),
                    "another replica reloaded content that fails here: kept ours"
                );
            }
        }
    }
}

/// How updates arrive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// `getUpdates`: one process.
    Polling,
    /// Telegram calls `url` with `secret` in `X-Telegram-Bot-Api-Secret-Token`.
    Webhook { url: url::Url, secret: String },
}

/// How [`run`] runs.
pub struct Options {
    pub mode: Mode,
    /// Where the HTTP server (webhook, health, metrics) listens; `None` for none.
    pub listener: Option<tokio::net::TcpListener>,
    /// How long a chat's updates settle before they are handled (webhooks only).
    pub settle: Duration,
    /// How long a stop may take to finish the updates in hand and flush the outbox.
    pub grace: Duration,
}

/// The settling time of webhook mode before a chat is looked at; order itself comes from
/// waiting for missing earlier ids (see [`inbox`]).
pub const WEBHOOK_SETTLE: Duration = Duration::from_millis(50);

type HandlerResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

/// A message to send or to put in place of another: HTML text and an inline keyboard.
pub(crate) struct Outgoing {
    pub(crate) text: String,
    pub(crate) keyboard: Option<InlineKeyboardMarkup>,
}

impl Outgoing {
    pub(crate) fn text(text: String) -> Self {
        Self { text, keyboard: None }
    }
}

impl From<View> for Outgoing {
    fn from(view: View) -> Self {
        let keyboard = (!view.buttons.is_empty()).then(|| {
            InlineKeyboardMarkup::new(view.buttons.iter().map(|row| {
                row.iter()
                    .map(|b| {
                        InlineKeyboardButton::callback(
                            b.label.clone(),
                            callback::encode(&Action::Event(b.event.clone())),
                        )
                    })
                    .collect::<Vec<_>>()
            }))
        });
        Self { text: view.text, keyboard }
    }
}

/// The commands shown in Telegram's menu, with the Fluent ids of their descriptions.
const COMMANDS: &[(&str, &str)] = &[
    ("start", "command-start"),
    ("menu", "command-menu"),
    ("estimate", "command-estimate"),
    ("language", "command-language"),
    ("help", "command-help"),
    ("cancel", "command-cancel"),
    ("remind", "command-remind"),
    ("reminders", "command-reminders"),
    ("checklist", "command-checklist"),
    ("forget", "command-forget"),
    ("endchat", "command-endchat"),
];

/// The longest `serve` waits for the search index once connected, before taking updates.
const INDEX_WAIT: Duration = Duration::from_millis(100);

/// Opens the database, connects to the Bot API and runs the bot until SIGTERM or Ctrl-C.
pub async fn serve(config: crate::config::Config, content: Content, content_dir: PathBuf) -> anyhow::Result<()> {
    use anyhow::Context as _;
    // The search index is most of the work of a start: built on a thread of its own while the
    // database opens and the Bot API answers. Updates are taken once it is built (or after
    // INDEX_WAIT on a slow machine, then a question waits for it): handled alongside the
    // build, a seminar's burst of first messages waited for both.
    let content = Arc::new(content);
    let indexing = content.clone();
    let indexing = std::thread::spawn(move || {
        indexing.index();
    });
    let store = Store::open(&config.database_url).await?;
    let mut bot = Bot::new(config.token);
    if let Some(url) = &config.api_url {
        bot = bot.set_api_url(url.clone());
    }
    let me = connect(&bot).await.context("connecting to the Telegram Bot API (is TELOXIDE_TOKEN right?)")?;
    let staff = config.staff_chat.map(|chat| staff::Staff::new(ChatId(chat), config.office_hours));
    if staff.is_none() {
        tracing::warn!("NENKIN_STAFF_CHAT_ID is not set: users are shown the contact text instead of a consultant");
    }
    let mut app = App::new(content, content_dir, store, me.username().to_owned());
    app.staff = staff;
    let listener = match tokio::net::TcpListener::bind(config.listen).await {
        Ok(listener) => Some(listener),
        // Long polling works without the server: a busy port must not stop the simplest set-up.
        Err(error) if config.webhook.is_none() => {
            tracing::warn!(listen = %config.listen, %error, "cannot listen: no /healthz, /readyz or /metrics (set NENKIN_LISTEN)");
            None
        }
        Err(error) => {
            return Err(error).with_context(|| format!("NENKIN_LISTEN {}: cannot listen there", config.listen));
        }
    };
    let (mode, settle) = match config.webhook {
        Some(webhook) => (Mode::Webhook { url: webhook.url, secret: webhook.secret }, WEBHOOK_SETTLE),
        None => (Mode::Polling, Duration::ZERO),
    };
    tracing::info!(
        bot_id = me.id.0,
        listen = %config.listen,
        mode = if mode == Mode::Polling { "long polling" } else { "webhook" },
        "connected"
    );
    let stop = CancellationToken::new();
    tokio::spawn(stop_on_signals(stop.clone()));
    let app = Arc::new(app);
    tokio::spawn(reload_on_hangup(app.clone()));
    let options = Options { mode, listener, settle, grace: Duration::from_secs(8) };
    // A panic while building would panic again at the first search, which is caught there.
    let _ = tokio::time::timeout(INDEX_WAIT, tokio::task::spawn_blocking(move || indexing.join())).await;
    run(bot, app, options, stop).await?;
    tracing::info!("stopped");
    Ok(())
}

/// `getMe`, retried a few times: a restart during a Telegram hiccup should not fail.
async fn connect(bot: &Bot) -> Result<teloxide::types::Me, RequestError> {
    let mut attempt = 0;
    loop {
        match bot.get_me().await {
            Ok(me) => return Ok(me),
            Err(RequestError::Api(error)) => return Err(RequestError::Api(error)),
            Err(error) if attempt < 4 => {
                attempt += 1;
                tracing::warn!(%error, attempt, "the Bot API did not answer getMe; trying again");
                tokio::time::sleep(Duration::from_secs(attempt)).await;
            }
            Err(error) => return Err(error),
        }
    }
}

/// Cancels `stop` on SIGTERM (Docker, Kubernetes, systemd) or Ctrl-C.
async fn stop_on_signals(stop: CancellationToken) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let Ok(mut term) = signal(SignalKind::terminate()) else { return };
        tokio::select! {
            _ = term.recv() => tracing::info!("SIGTERM: stopping"),
            _ = tokio::signal::ctrl_c() => tracing::info!("Ctrl-C: stopping"),
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
        tracing::info!("Ctrl-C: stopping");
    }
    stop.cancel();
}

/// Reloads the content on SIGHUP.
async fn reload_on_hangup(app: Arc<App>) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let Ok(mut hangup) = signal(SignalKind::hangup()) else { return };
        while hangup.recv().await.is_some() {
            match app.reload().await {
                Ok(summary) => tracing::info!(%summary, "SIGHUP: content reloaded"),
                Err(problems) => {
                    for problem in &problems {
                        tracing::error!(%problem, "SIGHUP: new content refused");
                    }
                }
            }
        }
    }
    #[cfg(not(unix))]
    let _ = app;
}

/// Runs the bot until `stop` is cancelled, then stops taking updates, finishes the ones in hand,
/// flushes the outbox (both within `options.grace`) and returns.
pub async fn run(bot: Bot, app: Arc<App>, options: Options, stop: CancellationToken) -> anyhow::Result<()> {
    // Dropping this run (a crash, or a test killing it) ends every task it started.
    let kill = CancellationToken::new();
    let _kill_on_drop = kill.clone().drop_guard();
    // Three calls per locale: updates are not kept waiting for them.
    tokio::spawn(kill.clone().run_until_cancelled_owned({
        let (bot, app) = (bot.clone(), app.clone());
        async move { register_commands(&bot, &app).await }
    }));
    let shared = matches!(options.mode, Mode::Webhook { .. });
    if !shared {
        app.store.remember_users().await?;
    }
    let worker = inbox::Worker::new(bot.clone(), app.clone(), options.settle, shared, stop.clone(), kill.clone());
    worker.start().await?;
    let (secret, path) = match &options.mode {
        Mode::Webhook { url, secret } => (Some(secret.clone()), Some(url.path().to_owned())),
        Mode::Polling => (None, None),
    };
    let server_stop = CancellationToken::new();
    let server = options.listener.map(|listener| {
        let shared = server::Shared { app: app.clone(), worker: worker.clone(), secret, stop: stop.clone() };
        let router = server::router(shared, path.as_deref());
        let until = server_stop.clone();
        tokio::spawn(kill.clone().run_until_cancelled_owned(async move {
            let served = axum::serve(listener, router).with_graceful_shutdown(until.cancelled_owned()).await;
            if let Err(error) = served {
                tracing::error!(%error, "the HTTP server failed");
            }
        }))
    });
    if let Mode::Webhook { url, secret } = &options.mode {
        set_webhook(&bot, url, secret).await;
    }
    let sweeper = tokio::spawn(
        kill.clone().run_until_cancelled_owned(inbox::sweep_every(worker.clone(), Duration::from_secs(1))),
    );
    let retry = tokio::spawn(kill.clone().run_until_cancelled_owned(outbox::retry_pending(
        bot.clone(),
        app.clone(),
        Duration::from_secs(5),
    )));
    let reminding = {
        let store = app.store.clone();
        let (bot, app) = (bot.clone(), app.clone());
        let owner = format!("{}-{}", std::process::id(), crate::storage::inbox::now_ms());
        let deliver = move |due, late| {
            let (bot, app) = (bot.clone(), app.clone());
            async move { reminders::send(&bot, &app, due, late).await }
        };
        tokio::spawn(kill.clone().run_until_cancelled_owned(reminders::run(
            store,
            reminders::Clock::system(),
            owner,
            deliver,
            stop.clone(),
        )))
    };
    match &options.mode {
        Mode::Polling => intake::poll(&bot, &app, &worker, &stop).await,
        Mode::Webhook { .. } => stop.cancelled().await,
    }
    // Stopping: nothing new is taken; what is in hand is finished, then the outbox flushed.
    sweeper.abort();
    reminding.abort();
    let deadline = tokio::time::Instant::now() + options.grace;
    if tokio::time::timeout_at(deadline, worker.until_idle()).await.is_err() {
        tracing::warn!("stopping before every update in hand was handled: they wait in the inbox");
    }
    retry.abort();
    if tokio::time::timeout_at(deadline, outbox::flush(&bot, &app)).await.is_err() {
        tracing::warn!("stopping before the outbox was flushed: it is sent at the next start");
    }
    // Never deleteWebhook here: other replicas still serve it.
    server_stop.cancel();
    if let Some(server) = server {
        let _ = tokio::time::timeout(Duration::from_secs(1), server).await;
    }
    Ok(())
}

/// Registers the webhook (the same URL and secret from every replica), retrying until it works.
async fn set_webhook(bot: &Bot, url: &url::Url, secret: &str) {
    let mut wait = Duration::from_secs(1);
    for attempt in 1..=5 {
        let request =
            bot.set_webhook(url.clone()).secret_token(secret.to_owned()).allowed_updates(intake::ALLOWED_UPDATES);
        match request.await {
            Ok(_) => {
                tracing::info!("webhook registered");
                return;
            }
            Err(error) => {
                tracing::warn!(%error, attempt, "setWebhook failed; trying again");
                tokio::time::sleep(wait).await;
                wait *= 2;
            }
        }
    }
    tracing::error!("the webhook could not be registered: Telegram keeps its previous setting");
}

/// A short label for a failed Telegram call: the HTTP-like code, or the kind of failure.
#[must_use]
pub fn error_code(error: &RequestError) -> String {
    match error {
        RequestError::RetryAfter(_) => "429".to_owned(),
        RequestError::Api(ApiError::MessageNotModified) => "400_not_modified".to_owned(),
        RequestError::Api(ApiError::BotBlocked | ApiError::UserDeactivated) => "403".to_owned(),
        RequestError::Api(ApiError::Unknown(description)) if description.contains("Bad Gateway") => "502".to_owned(),
        RequestError::Api(ApiError::Unknown(_)) => "other".to_owned(),
        RequestError::Api(_) => "400".to_owned(),
        RequestError::MigrateToChatId(_) => "400_migrated".to_owned(),
        RequestError::Network(_) => "network".to_owned(),
        RequestError::InvalidJson { .. } => "invalid_json".to_owned(),
        RequestError::Io(_) => "io".to_owned(),
    }
}

/// The handler tree.
#[must_use]
pub fn schema() -> UpdateHandler<Box<dyn std::error::Error + Send + Sync + 'static>> {
    dptree::entry()
        .branch(Update::filter_message().endpoint(on_message))
        .branch(Update::filter_edited_message().endpoint(on_edited_message))
        .branch(Update::filter_callback_query().endpoint(on_callback))
        .branch(Update::filter_my_chat_member().endpoint(on_member_update))
}

/// Registers the command list and the bot's descriptions in every language that has a
/// two-letter code (English is also the default for all others).
async fn register_commands(bot: &Bot, app: &App) {
    let locales = &app.content().locales;
    for lang in locales.langs() {
        let commands: Vec<BotCommand> =
            COMMANDS.iter().map(|(name, id)| BotCommand::new(*name, locales.text(lang, id, None))).collect();
        let description = locales.text(lang, "bot-description", None);
        let short = locales.text(lang, "bot-short-description", None);
        // Telegram takes ISO 639-1 codes: Filipino is Tagalog's `tl`.
        let code = match lang.language.as_str() {
            "fil" => "tl",
            other => other,
        };
        let results = if *lang == crate::i18n::DEFAULT_LOCALE {
            [
                bot.set_my_commands(commands).await.err(),
                bot.set_my_description().description(description).await.err(),
                bot.set_my_short_description().short_description(short).await.err(),
            ]
        } else if code.len() == 2 {
            [
                bot.set_my_commands(commands).language_code(code.to_owned()).await.err(),
                bot.set_my_description().description(description).language_code(code.to_owned()).await.err(),
                bot.set_my_short_description().short_description(short).language_code(code.to_owned()).await.err(),
            ]
        } else {
            continue;
        };
        for error in results.into_iter().flatten() {
            tracing::warn!(lang = %lang, %error, "could not register commands or descriptions");
        }
    }
}

// The handlers below are futures that borrow what dptree hands them instead of `async fn`s:
// an `async fn` keeps its arguments twice in its future (a `Message` is 1.9 KB), and every
// update in flight holds its handler's future. The handling is boxed for `guard` for the same
// reason (and the rare handoff inside it). A message's future was 16 KB; now 2.2 KB, and 2 KB
// of boxed handling (measured with `-Zprint-type-sizes`).

#[allow(clippy::manual_async_fn, reason = "see above: an async fn would hold the message twice")]
fn on_message(bot: Bot, msg: Message, app: Arc<App>) -> impl Future<Output = HandlerResult> + Send {
    async move {
        let chat = msg.chat.id;
        match &app.staff {
            Some(staff) if staff.chat == chat => {
                guard(&bot, &app, chat, staff::handle_staff_message(&bot, &app, staff, &msg).boxed()).await;
            }
            _ => guard(&bot, &app, chat, handle_message(&bot, &msg, &app).boxed()).await,
        }
        Ok(())
    }
}

#[allow(clippy::manual_async_fn, reason = "see above: an async fn would hold the message twice")]
fn on_edited_message(bot: Bot, msg: Message, app: Arc<App>) -> impl Future<Output = HandlerResult> + Send {
    async move {
        if msg.chat.is_private() {
            let lang = language(&app, &app.store.user(msg.chat.id.0).await.unwrap_or_default(), msg.from.as_ref());
            let text = app.content().locales.text(&lang, "error-edited-message", None);
            guard(&bot, &app, msg.chat.id, async { send_text(&bot, msg.chat.id, &text).await }.boxed()).await;
        }
        Ok(())
    }
}

#[allow(clippy::manual_async_fn, reason = "see above: an async fn would hold the query twice")]
fn on_callback(bot: Bot, query: CallbackQuery, app: Arc<App>) -> impl Future<Output = HandlerResult> + Send {
    async move {
        // Answer first, so the button stops spinning whatever happens next.
        if let Err(error) = bot.answer_callback_query(query.id.clone()).await {
            tracing::debug!(%error, "answering a callback query failed");
        }
        let Some(message) = query.regular_message() else { return Ok(()) };
        let chat = message.chat.id;
        guard(&bot, &app, chat, handle_callback(&bot, &query, message, &app).boxed()).await;
        Ok(())
    }
}

async fn on_member_update(update: ChatMemberUpdated) -> HandlerResult {
    if update.new_chat_member.is_banned() || update.new_chat_member.is_left() {
        tracing::info!(chat_id = update.chat.id.0, "the user blocked the bot or left");
    }
    Ok(())
}

/// Runs a handler body; on an error or a panic, logs it and apologises to the chat.
async fn guard(bot: &Bot, app: &App, chat: ChatId, body: BoxFuture<'_, anyhow::Result<()>>) {
    let outcome = AssertUnwindSafe(body).catch_unwind().await;
    let failed = match outcome {
        Ok(Ok(())) => return,
        Ok(Err(error)) => {
            if let Some(request) = error.downcast_ref::<RequestError>() {
                app.metrics.api_error(&error_code(request));
            }
            tracing::error!(chat_id = chat.0, error = %format!("{error:#}"), "handling an update failed");
            true
        }
        Err(_) => {
            tracing::error!(chat_id = chat.0, "handling an update panicked");
            true
        }
    };
    if failed {
        let lang = language(app, &app.store.user(chat.0).await.unwrap_or_default(), None);
        let text = app.content().locales.text(&lang, "error-generic", None);
        if let Err(error) = bot.send_message(chat, text).await {
            tracing::warn!(chat_id = chat.0, %error, "could not send the apology");
        }
    }
}

/// The user's language: chosen in the bot, else negotiated from Telegram's `language_code`.
fn language(app: &App, user: &UserRecord, from: Option<&teloxide::types::User>) -> LanguageIdentifier {
    let requested = user.lang.as_deref().or_else(|| from.and_then(|u| u.language_code.as_deref()));
    app.content().locales.negotiate(requested).clone()
}

fn context<'a>(app: &App, content: &'a Content) -> Context<'a> {
    let today = app.today.unwrap_or_else(|| chrono::Local::now().date_naive());
    Context {
        rules: &content.rules,
        catalogue: &content.catalogue,
        search: content,
        today,
        handoff: app.staff.is_some(),
    }
}

/// Counts what users got: answers, misses and estimates.
fn count(app: &App, screen: &Screen) {
    match screen {
        Screen::Search(ranking) if ranking.hits.is_empty() => app.metrics.faq(FaqOutcome::Miss),
        Screen::Search(ranking) if ranking.confident => app.metrics.faq(FaqOutcome::Answered),
        Screen::Search(_) => app.metrics.faq(FaqOutcome::DidYouMean),
        Screen::Interview(crate::dialogue::interview::Reply::Done(_)) => app.metrics.estimate(),
        _ => (),
    }
}

/// What a message asks for.
enum Request {
    Event(Event),
    Forget,
    /// `/endchat`: end the conversation with the consultant.
    EndChat,
    /// A start link (language, entry, organisation); a payload we cannot read is left out.
    Start(Option<crate::link::StartLink>),
    Unsupported,
    /// Not for the bot (a group message that does not address it).
    Ignore,
}

fn request(app: &App, msg: &Message) -> Request {
    let Some(text) = msg.text() else {
        return if msg.chat.is_private() { Request::Unsupported } else { Request::Ignore };
    };
    let text = text.trim();
    let mention = format!("@{}", app.username);
    if !msg.chat.is_private() && !text.contains(&mention) {
        return Request::Ignore;
    }
    let Some(command_line) = text.strip_prefix('/') else {
        return Request::Event(Event::Text(text.replace(&mention, "").trim().to_owned()));
    };
    let (command, argument) = command_line.split_once(char::is_whitespace).unwrap_or((command_line, ""));
    let command = command.strip_suffix(&mention).unwrap_or(command).to_ascii_lowercase();
    let argument = argument.trim();
    match command.as_str() {
        "start" => Request::Start(crate::link::StartLink::parse(argument)),
        "remind" => Request::Event(Event::Remind),
        "reminders" => Request::Event(Event::Reminders),
        "checklist" => Request::Event(Event::Checklist),
        "menu" => Request::Event(Event::Menu),
        "estimate" => Request::Event(Event::Estimate),
        "cancel" => Request::Event(Event::Cancel),
        "back" => Request::Event(Event::Back),
        "language" => Request::Event(Event::Languages),
        "forget" => Request::Forget,
        "endchat" => Request::EndChat,
        // Staff commands mean nothing outside the staff group, and say nothing there.
        "claim" | "close" | "reopen" | "note" | "faq" | "tickets" | "stats" | "reload" => Request::Ignore,
        _ => Request::Event(Event::Help),
    }
}

async fn handle_message(bot: &Bot, msg: &Message, app: &App) -> anyhow::Result<()> {
    let content = app.content();
    let chat = msg.chat.id;
    let request = request(app, msg);
    if matches!(request, Request::Ignore) {
        return Ok(());
    }
    let mut user = app.store.user(chat.0).await?;
    let loaded = user.clone();
    let (request, language_chosen) = match request {
        Request::Start(link) => {
            let link = link.unwrap_or_default();
            // Only a language the bot has; a tag that merely looks like one is ignored.
            let known = link.lang.as_deref().and_then(|tag| content.locales.exact(tag));
            if let Some(known) = known {
                user.lang = Some(known.to_string());
            }
            if let Some(org) = &link.org {
                app.store.set_origin(chat.0, org).await?;
            }
            let entry = link.entry.map(|e| e.as_str().to_owned());
            (Request::Event(Event::Start(entry)), known.is_some())
        }
        request => (request, false),
    };
    if user.reset {
        let lang = language(app, &user, msg.from.as_ref());
        send_text(bot, chat, &content.locales.text(&lang, "error-state-reset", None)).await?;
        user.reset = false;
    }
    let lang = language(app, &user, msg.from.as_ref());
    // While a ticket is open, what the user writes or sends goes to the consultants, unless it
    // answers a question of the estimate or the menu.
    if let Some(staff) = &app.staff
        && msg.chat.is_private()
        && let Some(ticket) = app.store.open_ticket_of(chat.0).await?
    {
        let in_interview = user.session.interview.as_ref().is_some_and(|i| i.step().is_some());
        match &request {
            Request::EndChat => return staff::close(bot, app, staff, &ticket, staff::Closer::User).await,
            Request::Unsupported => return staff::relay_to_staff(bot, app, &ticket, msg).await,
            Request::Event(Event::Text(_)) if !in_interview && !user.session.describing => {
                return staff::relay_to_staff(bot, app, &ticket, msg).await;
            }
            _ => (),
        }
    }
    let message: Outgoing = match request {
        // Start links were turned into their event above.
        Request::Ignore | Request::Start(_) => return Ok(()),
        Request::EndChat => Outgoing::text(content.locales.text(&lang, "handoff-no-ticket", None)),
        Request::Unsupported => {
            let renderer = Renderer::new(&content, &lang);
            let mut view = renderer.screen(&Screen::Menu { interview_open: user.session.interview.is_some() });
            view.text = content.locales.text(&lang, "error-unsupported-message", None);
            view.into()
        }
        Request::Forget => forget_view(app, &lang),
        Request::Event(event) => {
            let first = matches!(event, Event::Start(_)) && !user.session.started && !language_chosen;
            let typed = if let Event::Text(text) = &event { Some(text.clone()) } else { None };
            let screen = user.session.handle(event, context(app, &content));
            count(app, &screen);
            if let (Screen::Search(ranking), Some(text)) = (&screen, typed)
                && ranking.hits.is_empty()
            {
                app.store.add_unanswered(chat.0, &lang.to_string(), &text).await?;
            }
            let replied = async {
                if let (Screen::OpenTicket(question), Some(staff)) = (&screen, &app.staff) {
                    let from = msg.from.as_ref();
                    let info = staff::UserInfo {
                        chat_id: chat.0,
                        first_name: from.map_or_else(String::new, |u| u.first_name.clone()),
                        username: from.and_then(|u| u.username.clone()),
                    };
                    // Boxed: rare, and its future is four times that of everything else here.
                    return Box::pin(staff::open_ticket(bot, app, staff, &info, &user, &lang, question)).await;
                }
                if let Screen::Share { .. } = &screen {
                    return share(bot, app, chat, &content, &lang, &screen).await;
                }
                send(bot, chat, render(app, chat, &content, &lang, &screen).await?).await?;
                if first {
                    // Few languages have a Telegram translation, so offer ours on the first visit.
                    let languages = Renderer::new(&content, &lang).screen(&Screen::Languages);
                    send(bot, chat, languages.into()).await?;
                }
                Ok(())
            }
            .await;
            save_if_changed(app, chat, &user, &loaded).await?;
            return replied;
        }
    };
    let replied = send(bot, chat, message).await;
    save_if_changed(app, chat, &user, &loaded).await?;
    replied
}

/// The message for a screen, doing first what the screen asks of the front end: storing,
/// listing or cancelling reminders.
async fn render(
    app: &App,
    chat: ChatId,
    content: &Content,
    lang: &LanguageIdentifier,
    screen: &Screen,
) -> anyhow::Result<Outgoing> {
    let renderer = Renderer::new(content, lang);
    let view = match screen {
        Screen::SaveReminders(planned) => {
            app.store.add_reminders(chat.0, planned).await?;
            tracing::info!(chat_id = chat.0, count = planned.len(), "reminders scheduled");
            renderer.reminders_saved(planned)
        }
        Screen::ListReminders => renderer.reminder_list(&app.store.reminders_of(chat.0).await?, false),
        Screen::CancelReminder(kind) => {
            let cancelled = app.store.cancel_reminder(chat.0, *kind).await?;
            renderer.reminder_list(&app.store.reminders_of(chat.0).await?, cancelled)
        }
        screen => renderer.screen(screen),
    };
    Ok(view.into())
}

/// Sends an estimate's summary as new messages, so it can be forwarded on its own.
async fn share(
    bot: &Bot,
    app: &App,
    chat: ChatId,
    content: &Content,
    lang: &LanguageIdentifier,
    screen: &Screen,
) -> anyhow::Result<()> {
    let Screen::Share { interview, results, today } = screen else { return Ok(()) };
    let renderer = Renderer::new(content, lang);
    send_text(bot, chat, &content.locales.text(lang, "share-intro", None)).await?;
    let summary = renderer.share(interview, results, *today, &format!("@{}", app.username));
    send(bot, chat, summary.into()).await
}

/// Saves a chat's state when the update changed it. Called after the reply: if the bot dies
/// in between, the update is handled again from the state it found, and the same reply goes
/// out again, rather than a reply to a question the user was never asked.
async fn save_if_changed(app: &App, chat: ChatId, user: &UserRecord, loaded: &UserRecord) -> anyhow::Result<()> {
    if user != loaded || user.reset {
        app.store.save_user(chat.0, user).await?;
    }
    Ok(())
}

async fn handle_callback(bot: &Bot, query: &CallbackQuery, message: &Message, app: &App) -> anyhow::Result<()> {
    let content = app.content();
    let chat = message.chat.id;
    let query_message_id = message.id;
    let mut user = app.store.user(chat.0).await?;
    let loaded = user.clone();
    let lang_of = |user: &UserRecord| language(app, user, Some(&query.from));
    let action = query.data.as_deref().and_then(callback::decode);
    let message: Outgoing = match action {
        None => Renderer::new(&content, &lang_of(&user)).screen(&Screen::Stale).into(),
        Some(Action::Forget(true)) => {
            let lang = lang_of(&user);
            app.store.forget(chat.0).await?;
            tracing::info!(chat_id = chat.0, "user data deleted on request");
            let text = content.locales.text(&lang, "forget-done", None);
            return edit(bot, chat, query_message_id, Outgoing::text(text)).await;
        }
        Some(Action::Rate(ticket, stars)) => {
            let lang = lang_of(&user);
            let id = if app.store.rate_ticket(ticket, chat.0, stars).await? {
                "handoff-rate-thanks"
            } else {
                "error-stale-button"
            };
            return edit(bot, chat, query_message_id, Outgoing::text(content.locales.text(&lang, id, None))).await;
        }
        Some(Action::Forget(false)) => {
            let lang = lang_of(&user);
            let mut view = Renderer::new(&content, &lang)
                .screen(&Screen::Menu { interview_open: user.session.interview.is_some() });
            view.text = content.locales.text(&lang, "forget-kept", None);
            view.into()
        }
        Some(Action::Event(event)) => {
            match &event {
                Event::Feedback { id, helpful } => app.store.add_feedback(chat.0, id.as_str(), *helpful).await?,
                Event::SetLanguage(tag) => user.lang = Some(content.locales.negotiate(Some(tag)).to_string()),
                _ => (),
            }
            let screen = user.session.handle(event, context(app, &content));
            count(app, &screen);
            if let Screen::Share { .. } = &screen {
                let shared = share(bot, app, chat, &content, &lang_of(&user), &screen).await;
                save_if_changed(app, chat, &user, &loaded).await?;
                return shared;
            }
            render(app, chat, &content, &lang_of(&user), &screen).await?
        }
    };
    let replied = edit(bot, chat, query_message_id, message).await;
    save_if_changed(app, chat, &user, &loaded).await?;
    replied
}

/// The confirmation before deleting a user's data.
fn forget_view(app: &App, lang: &LanguageIdentifier) -> Outgoing {
    let locales = &app.content().locales;
    let button = |id: &str, yes: bool| {
        InlineKeyboardButton::callback(locales.text(lang, id, None), callback::encode(&Action::Forget(yes)))
    };
    Outgoing {
        text: locales.text(lang, "forget-confirm", None),
        keyboard: Some(InlineKeyboardMarkup::new([[button("forget-yes", true), button("forget-no", false)]])),
    }
}

async fn send_text(bot: &Bot, chat: ChatId, text: &str) -> anyhow::Result<()> {
    send(bot, chat, Outgoing::text(text.to_owned())).await
}

/// A Bot API call whose answer is only checked for success. Telegram sends a sent or edited
/// message back; reading it into teloxide's `Message` (variants tried one by one from a buffered
/// copy) was a tenth of the bot's CPU under load, and the bot never looks at it.
#[derive(serde::Serialize)]
#[serde(transparent)]
struct Unread<P>(P);

impl<P: Payload> Payload for Unread<P> {
    type Output = serde::de::IgnoredAny;
    const NAME: &'static str = P::NAME;

    fn timeout_hint(&self) -> Option<Duration> {
        self.0.timeout_hint()
    }
}

/// Sends new messages (split at paragraphs when too long; the keyboard on the last).
pub(crate) async fn send(bot: &Bot, chat: ChatId, message: Outgoing) -> anyhow::Result<()> {
    let parts = split_message(&message.text, MAX_MESSAGE_LENGTH);
    let last = parts.len().saturating_sub(1);
    for (i, part) in parts.into_iter().enumerate() {
        let keyboard = message.keyboard.clone().filter(|_| i == last);
        retry::patiently(|| {
            let payload = SendMessage::new(chat, part.clone()).parse_mode(ParseMode::Html);
            let payload = match keyboard.clone() {
                Some(markup) => payload.reply_markup(markup),
                None => payload,
            };
            JsonRequest::new(bot.clone(), Unread(payload)).into_future()
        })
        .await?;
    }
    Ok(())
}

/// Replaces a message, or sends anew when the message cannot be edited.
async fn edit(bot: &Bot, chat: ChatId, id: MessageId, message: Outgoing) -> anyhow::Result<()> {
    if !fits(&message.text, MAX_MESSAGE_LENGTH) {
        return send(bot, chat, message).await;
    }
    let result = retry::patiently(|| {
        let payload = EditMessageText::new(chat, id, message.text.clone()).parse_mode(ParseMode::Html);
        let payload = match message.keyboard.clone() {
            Some(markup) => payload.reply_markup(markup),
            None => payload,
        };
        JsonRequest::new(bot.clone(), Unread(payload)).into_future()
    })
    .await;
    match result {
        Ok(_) | Err(RequestError::Api(ApiError::MessageNotModified)) => Ok(()),
        Err(RequestError::Api(_)) => send(bot, chat, message).await,
        Err(error) => Err(error.into()),
    }
}

/// Splits text into messages of at most `limit` UTF-16 units, at paragraph, then line, then
/// character boundaries.
#[must_use]
pub fn split_message(text: &str, limit: usize) -> Vec<String> {
    if fits(text, limit) {
        return vec![text.to_owned()];
    }
    let mut parts = Vec::new();
    let mut current = String::new();
    for paragraph in text.split("\n\n") {
        let pieces: Vec<String> =
            if fits(paragraph, limit) { vec![paragraph.to_owned()] } else { hard_split(paragraph, limit) };
        for piece in pieces {
            let joined = if current.is_empty() { piece.clone() } else { format!("{current}\n\n{piece}") };
            if fits(&joined, limit) {
                current = joined;
            } else {
                parts.push(std::mem::take(&mut current));
                current = piece;
            }
        }
    }
    if !current.is_empty() {
        parts.push(current);
    }
    parts
}

/// Whether `text` is at most `limit` UTF-16 units long (Telegram's measure). A character takes
/// at least as many UTF-8 bytes as UTF-16 units, so a text short in bytes needs no counting.
fn fits(text: &str, limit: usize) -> bool {
    text.len() <= limit || text.encode_utf16().count() <= limit
}

/// Splits one long paragraph at line breaks, or anywhere as a last resort.
fn hard_split(paragraph: &str, limit: usize) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut current = String::new();
    let mut units = 0;
    for c in paragraph.chars() {
        if units + c.len_utf16() > limit {
            pieces.push(std::mem::take(&mut current));
            units = 0;
        }
        current.push(c);
        units += c.len_utf16();
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_split_at_paragraphs_within_the_limit() {
        let paragraph = "word ".repeat(100);
        let text = [paragraph.trim(); 12].join("\n\n");
        let parts = split_message(&text, 1000);
        assert!(parts.len() > 1);
        assert!(parts.iter().all(|p| p.encode_utf16().count() <= 1000));
        assert_eq!(parts.join("\n\n"), text);
        let one = "x".repeat(2500);
        let parts = split_message(&one, 1000);
        assert_eq!(parts.concat(), one);
        assert!(parts.iter().all(|p| p.len() <= 1000));
        // Thai: three bytes a letter, one UTF-16 unit; the limit counts units.
        let thai = "ก".repeat(900);
        assert_eq!(split_message(&thai, 1000), std::slice::from_ref(&thai));
        let thai = ["ก".repeat(600), "ข".repeat(600)].join("\n\n");
        assert_eq!(split_message(&thai, 1000), ["ก".repeat(600), "ข".repeat(600)]);
    }
}
