//! The real handler tree against a fake Bot API server on loopback: updates go in through
//! `getUpdates`, replies come out as recorded calls. The fake checks HTML the way Telegram
//! does, so markup mistakes fail here rather than in front of users.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Json;
use axum::extract::{Path, State};
use axum::routing::post;
use nenkin_bot::bot::{self, App, Mode, Options};
use nenkin_bot::content::{Content, html};
use nenkin_bot::storage::Store;
use serde_json::{Value, json};
use teloxide::Bot;
use teloxide::requests::Requester;
use tokio_util::sync::CancellationToken;

use crate::helpers::{database, date, root};

/// One call the bot made.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub body: Value,
}

#[derive(Default)]
struct FakeState {
    /// Whether the staff group is a forum (topics can be made).
    forum: bool,
    /// Failures to answer the next `copyMessage` calls with: 429 or 502.
    copy_failures: Vec<u16>,
    /// While true, every `copyMessage` fails with 502.
    copies_down: bool,
    /// Faults to answer the next `sendMessage` and `editMessageText` calls with, in order.
    reply_faults: Vec<Fault>,
    /// Replies to these chats are answered only after this long.
    slow_chats: HashMap<i64, Duration>,
    /// Users who blocked the bot: sending to them is refused with 403.
    blocked: Vec<i64>,
    updates: Vec<Value>,
    /// The highest offset a `getUpdates` confirmed: older updates are gone, as on Telegram.
    confirmed: i64,
    calls: Vec<Call>,
    next_message_id: i64,
}

/// A way the fake Bot API misbehaves on one call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// An HTTP status: 429 (with `retry_after` 1 s) or a server error.
    Status(u16),
    /// The connection is dropped before the call is carried out.
    Drop,
}

/// A fake Bot API server.
pub struct FakeTelegram {
    state: Arc<Mutex<FakeState>>,
    pub url: String,
}

impl FakeTelegram {
    pub async fn start() -> Self {
        let state = Arc::new(Mutex::new(FakeState { next_message_id: 1000, ..FakeState::default() }));
        let app = axum::Router::new().route("/{token}/{method}", post(api)).with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}/", listener.local_addr().expect("addr"));
        tokio::spawn(async move { axum::serve(listener, app).await });
        Self { state, url }
    }

    /// A bot that talks to this fake.
    pub fn bot(&self) -> Bot {
        Bot::new("123:TEST").set_api_url(self.url.parse().expect("url"))
    }

    pub fn push(&self, update: Value) {
        let mut state = self.state.lock().expect("lock");
        let id = i64::try_from(state.updates.len()).expect("few updates") + 1;
        let mut update = update;
        update["update_id"] = json!(id);
        // Message ids are unique in a chat, as on Telegram.
        if update.get("message").is_some() {
            update["message"]["message_id"] = json!(5000 + id);
        }
        state.updates.push(update);
    }

    /// A user writes `text` in a private chat.
    pub fn text(&self, chat: i64, language_code: &str, text: &str) {
        self.push(text_update(0, chat, language_code, text));
    }

    /// A user sends something that is not text (a sticker).
    pub fn sticker(&self, chat: i64) {
        let mut message = user_message(chat, "en");
        message["sticker"] = json!({
            "file_id": "s1", "file_unique_id": "u1", "type": "regular", "width": 512, "height": 512,
            "is_animated": false, "is_video": false
        });
        self.push(json!({ "message": message }));
    }

    /// A user sends a photo.
    pub fn photo(&self, chat: i64) {
        let mut message = user_message(chat, "en");
        message["photo"] = json!([{"file_id": "p1", "file_unique_id": "pu1", "width": 800, "height": 600}]);
        self.push(json!({ "message": message }));
    }

    /// Telegram delivers the last update again (as after a lost acknowledgement).
    pub fn redeliver_last(&self) {
        let mut state = self.state.lock().expect("lock");
        let Some(mut update) = state.updates.last().cloned() else { return };
        update["update_id"] = json!(i64::try_from(state.updates.len()).expect("few updates") + 1);
        state.updates.push(update);
    }

    /// A user taps a button with `data` under the bot's message `message_id`.
    pub fn tap(&self, chat: i64, message_id: i64, data: &str) {
        let from = json!({"id": chat, "is_bot": false, "first_name": "Test", "language_code": "en"});
        self.push(json!({
            "callback_query": {
                "id": format!("cq{message_id}{data}"),
                "from": from,
                "chat_instance": "ci",
                "data": data,
                "message": {
                    "message_id": message_id, "date": 1_700_000_000,
                    "chat": {"id": chat, "type": "private", "first_name": "Test"},
                    "from": {"id": 1, "is_bot": true, "first_name": "Nenkin", "username": "nenkin_test_bot"},
                    "text": "…"
                }
            }
        }));
    }

    /// Makes the next `copyMessage` calls fail with these status codes (429 or 502).
    pub fn fail_copies(&self, codes: &[u16]) {
        self.state.lock().expect("lock").copy_failures = codes.to_vec();
    }

    /// Makes the next `sendMessage`/`editMessageText` calls fail so, one fault per call.
    pub fn fail_replies(&self, faults: &[Fault]) {
        self.state.lock().expect("lock").reply_faults = faults.to_vec();
    }

    /// The user of `chat` blocks the bot.
    pub fn block_chat(&self, chat: i64) {
        self.state.lock().expect("lock").blocked.push(chat);
    }

    /// Makes every reply to `chat` take `delay` to be answered.
    pub fn slow_chat(&self, chat: i64, delay: Duration) {
        self.state.lock().expect("lock").slow_chats.insert(chat, delay);
    }

    /// Makes every `copyMessage` fail with 502 (true) or work again (false).
    pub fn copies_down(&self, down: bool) {
        self.state.lock().expect("lock").copies_down = down;
    }

    /// Makes the staff group a forum.
    pub fn make_forum(&self) {
        self.state.lock().expect("lock").forum = true;
    }

    /// A staff member writes in the staff group: in a topic, or replying to a message.
    pub fn staff_says(&self, group: i64, text: &str, topic: Option<i64>, reply_to: Option<i64>) {
        let mut message = json!({
            "message_id": 900 + i64::try_from(self.calls().len()).unwrap_or(0), "date": 1_700_000_000,
            "chat": {"id": group, "type": "supergroup", "title": "Staff", "is_forum": topic.is_some()},
            "from": {"id": 555, "is_bot": false, "first_name": "Aiko"},
            "text": text
        });
        if let Some(topic) = topic {
            message["message_thread_id"] = json!(topic);
            message["is_topic_message"] = json!(true);
        }
        if let Some(reply_to) = reply_to {
            message["reply_to_message"] = json!({
                "message_id": reply_to, "date": 1_700_000_000,
                "chat": {"id": group, "type": "supergroup", "title": "Staff"},
                "from": {"id": 1, "is_bot": true, "first_name": "Nenkin"},
                "text": "card"
            });
        }
        if text.starts_with('/') {
            let length = text.split_whitespace().next().map_or(0, str::len);
            message["entities"] = json!([{"type": "bot_command", "offset": 0, "length": length}]);
        }
        self.push(json!({ "message": message }));
    }

    /// Waits until `count` calls of `method` to `chat` were made; returns them.
    pub async fn calls_to(&self, method: &str, chat: i64, count: usize) -> Vec<Call> {
        // Up to 30 s: teloxide itself waits 10 s after a 5xx before returning the error.
        for _ in 0..600 {
            let found: Vec<Call> =
                self.calls().into_iter().filter(|c| c.method == method && c.body["chat_id"] == json!(chat)).collect();
            if found.len() >= count {
                return found;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("fewer than {count} {method} to {chat}: {:#?}", self.calls());
    }

    /// Every call so far.
    pub fn calls(&self) -> Vec<Call> {
        self.state.lock().expect("lock").calls.clone()
    }

    /// Waits until `count` messages (sent or edited) reached `chat`; returns them all.
    pub async fn replies(&self, chat: i64, count: usize) -> Vec<Call> {
        for _ in 0..200 {
            let replies: Vec<Call> =
                self.calls().into_iter().filter(is_reply).filter(|c| c.body["chat_id"] == json!(chat)).collect();
            if replies.len() >= count {
                return replies;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("fewer than {count} replies to {chat}: {:#?}", self.calls());
    }
}

/// The update of a user writing `text` in a private chat.
pub fn text_update(update_id: i64, chat: i64, language_code: &str, text: &str) -> Value {
    let mut message = user_message(chat, language_code);
    message["text"] = json!(text);
    message["message_id"] = json!(5000 + update_id);
    if text.starts_with('/') {
        let length = text.split_whitespace().next().map_or(0, str::len);
        message["entities"] = json!([{"type": "bot_command", "offset": 0, "length": length}]);
    }
    json!({ "update_id": update_id, "message": message })
}

fn user_message(chat: i64, language_code: &str) -> Value {
    json!({
        "message_id": 1, "date": 1_700_000_000,
        "chat": {"id": chat, "type": "private", "first_name": "Test"},
        "from": {"id": chat, "is_bot": false, "first_name": "Test", "language_code": language_code}
    })
}

async fn api(
    State(state): State<Arc<Mutex<FakeState>>>,
    Path((_token, method)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
    raw: axum::body::Bytes,
) -> (axum::http::StatusCode, Json<Value>) {
    let method = method.to_ascii_lowercase();
    let body = parse_body(&headers, &raw).map(Json);
    if matches!(method.as_str(), "sendmessage" | "editmessagetext") {
        let chat = body.as_ref().and_then(|Json(b)| b["chat_id"].as_i64()).unwrap_or(0);
        if state.lock().expect("lock").blocked.contains(&chat) {
            let reply =
                json!({"ok": false, "error_code": 403, "description": "Forbidden: bot was blocked by the user"});
            return (axum::http::StatusCode::FORBIDDEN, Json(reply));
        }
        let (fault, delay) = {
            let mut state = state.lock().expect("lock");
            let fault = if state.reply_faults.is_empty() { None } else { Some(state.reply_faults.remove(0)) };
            (fault, state.slow_chats.get(&chat).copied())
        };
        if let Some(delay) = delay {
            tokio::time::sleep(delay).await;
        }
        match fault {
            None => (),
            Some(Fault::Drop) => {
                let body = body.as_ref().map(|Json(b)| b.clone()).unwrap_or(Value::Null);
                state.lock().expect("lock").calls.push(Call { method: format!("{method}-dropped"), body });
                // Ends the connection without an answer (and without a panic message).
                std::panic::resume_unwind(Box::new("connection dropped"));
            }
            Some(Fault::Status(code)) => return refuse(&state, &method, body.as_ref(), code),
        }
    }
    if method == "copymessage" {
        let failure = {
            let mut state = state.lock().expect("lock");
            if state.copies_down {
                Some(502)
            } else if state.copy_failures.is_empty() {
                None
            } else {
                Some(state.copy_failures.remove(0))
            }
        };
        if let Some(code) = failure {
            return refuse(&state, &method, body.as_ref(), code);
        }
    }
    (axum::http::StatusCode::OK, answer(state, method, body).await)
}

/// Records a failed call and answers it with `code` as Telegram would.
fn refuse(
    state: &Mutex<FakeState>,
    method: &str,
    body: Option<&Json<Value>>,
    code: u16,
) -> (axum::http::StatusCode, Json<Value>) {
    let body = body.map(|Json(b)| b.clone()).unwrap_or(Value::Null);
    state.lock().expect("lock").calls.push(Call { method: format!("{method}-failed-{code}"), body });
    let reply = if code == 429 {
        json!({"ok": false, "error_code": 429, "description": "Too Many Requests: retry after 1", "parameters": {"retry_after": 1}})
    } else {
        json!({"ok": false, "error_code": code, "description": "Bad Gateway"})
    };
    (axum::http::StatusCode::from_u16(code).expect("status"), Json(reply))
}

/// A request body: JSON, or `multipart/form-data` (teloxide sends `setWebhook` so) as an
/// object of its fields, each read as JSON where it is JSON.
fn parse_body(headers: &axum::http::HeaderMap, raw: &[u8]) -> Option<Value> {
    let kind = headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default();
    if let Some(boundary) = kind.split("boundary=").nth(1) {
        let text = String::from_utf8_lossy(raw);
        let mut fields = serde_json::Map::new();
        for part in text.split(&format!("--{boundary}")) {
            let Some((head, value)) = part.split_once("\r\n\r\n") else { continue };
            let Some(name) = head.split("name=\"").nth(1).and_then(|n| n.split('"').next()) else { continue };
            let value = value.trim_end_matches("\r\n");
            fields.insert(name.to_owned(), serde_json::from_str(value).unwrap_or_else(|_| json!(value)));
        }
        return Some(Value::Object(fields));
    }
    serde_json::from_slice(raw).ok()
}

async fn answer(state: Arc<Mutex<FakeState>>, method: String, body: Option<Json<Value>>) -> Json<Value> {
    let body = body.map(|Json(b)| b).unwrap_or(Value::Null);
    if method == "getupdates" {
        let offset = {
            let mut state = state.lock().expect("lock");
            state.confirmed = state.confirmed.max(body["offset"].as_i64().unwrap_or(0));
            state.confirmed
        };
        for _ in 0..10 {
            let pending: Vec<Value> = {
                let state = state.lock().expect("lock");
                state.updates.iter().filter(|u| u["update_id"].as_i64().unwrap_or(0) >= offset).cloned().collect()
            };
            if !pending.is_empty() {
                return Json(json!({"ok": true, "result": pending}));
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        return Json(json!({"ok": true, "result": []}));
    }
    let mut state = state.lock().expect("lock");
    state.calls.push(Call { method: method.clone(), body: body.clone() });
    let result = match method.as_str() {
        "getme" => json!({
            "id": 1, "is_bot": true, "first_name": "Nenkin", "username": "nenkin_test_bot",
            "can_join_groups": true, "can_read_all_group_messages": false, "supports_inline_queries": false,
            "has_main_web_app": false
        }),
        "getwebhookinfo" => json!({"url": "", "has_custom_certificate": false, "pending_update_count": 0}),
        "copymessage" => {
            state.next_message_id += 1;
            json!({"message_id": state.next_message_id})
        }
        "createforumtopic" if state.forum => {
            state.next_message_id += 1;
            json!({"message_thread_id": state.next_message_id, "name": body["name"], "icon_color": 7_322_096})
        }
        "createforumtopic" => {
            return Json(
                json!({"ok": false, "error_code": 400, "description": "Bad Request: the chat is not a forum"}),
            );
        }
        "sendmessage" | "editmessagetext" => {
            let text = body["text"].as_str().unwrap_or_default();
            if body["parse_mode"] == "HTML"
                && let Err(problems) = html::check(text)
            {
                return Json(
                    json!({"ok": false, "error_code": 400, "description": format!("Bad Request: can't parse entities: {problems:?}")}),
                );
            }
            if text.encode_utf16().count() > 4096 || text.trim().is_empty() {
                return Json(
                    json!({"ok": false, "error_code": 400, "description": "Bad Request: message text is empty or too long"}),
                );
            }
            let id = if method == "sendmessage" {
                state.next_message_id += 1;
                state.next_message_id
            } else {
                body["message_id"].as_i64().unwrap_or(1)
            };
            json!({
                "message_id": id, "date": 1_700_000_000,
                "chat": {"id": body["chat_id"], "type": "private", "first_name": "Test"},
                "from": {"id": 1, "is_bot": true, "first_name": "Nenkin", "username": "nenkin_test_bot"},
                "text": text
            })
        }
        _ => json!(true),
    };
    Json(json!({"ok": true, "result": result}))
}

/// Starts the bot against the fake with a database at `database_url`; aborting the handle
/// kills it as a crash would.
pub async fn start_bot(fake: &FakeTelegram, database_url: &str) -> tokio::task::JoinHandle<anyhow::Result<()>> {
    start_bot_with_staff(fake, database_url, None).await
}

/// Starts the bot with a staff group.
pub async fn start_bot_with_staff(
    fake: &FakeTelegram,
    database_url: &str,
    staff: Option<nenkin_bot::bot::staff::Staff>,
) -> tokio::task::JoinHandle<anyhow::Result<()>> {
    let app = test_app(fake, database_url, staff).await;
    let options =
        Options { mode: Mode::Polling, listener: None, settle: Duration::ZERO, grace: Duration::from_secs(5) };
    tokio::spawn(bot::run(fake.bot(), Arc::new(app), options, CancellationToken::new()))
}

/// The app as tests run it: today is 2026-11-23, flood control is quick.
pub async fn test_app(fake: &FakeTelegram, database_url: &str, staff: Option<nenkin_bot::bot::staff::Staff>) -> App {
    let content = Content::load(&root()).expect("content");
    let store = Store::open(database_url).await.expect("database");
    let me = fake.bot().get_me().await.expect("getMe");
    let mut app = App::new(content, root(), store, me.username().to_owned());
    app.today = Some(date("2026-11-23"));
    app.staff = staff;
    app.flood = nenkin_bot::bot::outbox::FloodControl::new(5, Duration::from_secs(2));
    app
}

/// Whether a call put a message in front of someone: sent or edited.
pub fn is_reply(call: &Call) -> bool {
    matches!(call.method.as_str(), "sendmessage" | "editmessagetext")
}

/// Waits (up to 5 s) until `check` holds: for what the bot writes down just after replying.
pub async fn eventually<F, Fut>(what: &str, check: F)
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for _ in 0..100 {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("never happened: {what}");
}

pub fn text_of(call: &Call) -> String {
    call.body["text"].as_str().unwrap_or_default().to_owned()
}

/// The callback data of every button of a reply, by label.
pub fn buttons(call: &Call) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for row in call.body["reply_markup"]["inline_keyboard"].as_array().into_iter().flatten() {
        for button in row.as_array().into_iter().flatten() {
            let label = button["text"].as_str().unwrap_or_default().to_owned();
            out.insert(label, button["callback_data"].as_str().unwrap_or_default().to_owned());
        }
    }
    out
}

async fn temp_db(name: &str) -> (std::path::PathBuf, String) {
    let url = database(name).await;
    let path = std::path::PathBuf::from(url.strip_prefix("sqlite://").unwrap_or_default());
    (path, url)
}

#[tokio::test(flavor = "multi_thread")]
async fn start_greets_registers_commands_and_offers_languages() {
    let fake = FakeTelegram::start().await;
    let (_path, url) = temp_db("start").await;
    let bot = start_bot(&fake, &url).await;
    fake.text(42, "pt-br", "/start");
    let replies = fake.replies(42, 2).await;
    // No Portuguese locale: English, with the language list to choose another.
    assert!(text_of(&replies[0]).contains("pension helper"), "{}", text_of(&replies[0]));
    let menu = buttons(&replies[0]);
    assert!(menu.contains_key("🧮 Estimate my lump sum"), "{menu:?}");
    let languages = buttons(&replies[1]);
    assert_eq!(languages.get("English").map(String::as_str), Some("l:en"));
    // Registered alongside, not before the first update.
    for method in ["setmycommands", "setmydescription", "setmyshortdescription"] {
        eventually(method, || async { fake.calls().iter().any(|c| c.method == method) }).await;
    }
    let commands: Vec<Call> = fake.calls().into_iter().filter(|c| c.method == "setmycommands").collect();
    assert!(commands[0].body["commands"].as_array().is_some_and(|c| c.len() == 11));
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn browsing_edits_the_same_message() {
    let fake = FakeTelegram::start().await;
    let (_path, url) = temp_db("browse").await;
    let bot = start_bot(&fake, &url).await;
    fake.text(7, "en", "/menu");
    let replies = fake.replies(7, 1).await;
    let menu_id = 1001;
    assert_eq!(buttons(&replies[0]).get("📚 Browse topics").map(String::as_str), Some("s"));
    fake.tap(7, menu_id, "s");
    let replies = fake.replies(7, 2).await;
    assert_eq!(replies[1].method, "editmessagetext");
    assert_eq!(replies[1].body["message_id"], json!(menu_id));
    assert!(buttons(&replies[1]).values().any(|d| d == "s:L"));
    fake.tap(7, menu_id, "s:L");
    let replies = fake.replies(7, 3).await;
    assert!(buttons(&replies[2]).values().any(|d| d == "e:ls-deadline"));
    fake.tap(7, menu_id, "e:ls-deadline");
    let replies = fake.replies(7, 4).await;
    let answer = text_of(&replies[3]);
    assert!(answer.contains("2 years"), "{answer}");
    let under = buttons(&replies[3]);
    assert!(under.values().any(|d| d == "f+:ls-deadline") && under.values().any(|d| d == "f-:ls-deadline"));
    // Every callback query was answered.
    let answered = fake.calls().iter().filter(|c| c.method == "answercallbackquery").count();
    assert_eq!(answered, 3);
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_typed_question_is_answered_and_stickers_get_a_friendly_reply() {
    let fake = FakeTelegram::start().await;
    let (_path, url) = temp_db("question").await;
    let bot = start_bot(&fake, &url).await;
    fake.text(9, "en", "what documents do i need for the lump sum claim");
    let replies = fake.replies(9, 1).await;
    assert!(text_of(&replies[0]).contains("Passport copy"), "{}", text_of(&replies[0]));
    fake.sticker(9);
    let replies = fake.replies(9, 2).await;
    assert!(text_of(&replies[1]).contains("only read text"), "{}", text_of(&replies[1]));
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_full_estimate_survives_a_restart_mid_way() {
    let fake = FakeTelegram::start().await;
    let (path, url) = temp_db("estimate").await;
    let bot = start_bot(&fake, &url).await;
    fake.text(5, "en", "/estimate");
    fake.replies(5, 1).await;
    fake.tap(5, 1001, "k:pe");
    fake.text(5, "en", "3 years");
    let replies = fake.replies(5, 3).await;
    assert!(text_of(&replies[2]).contains("In which month"), "{}", text_of(&replies[2]));
    // Kill the bot and start it again on the same database (after its next poll has
    // confirmed the updates it handled, as Telegram would see it).
    tokio::time::sleep(Duration::from_millis(300)).await;
    bot.abort();
    let _ = bot.await;
    let bot = start_bot(&fake, &url).await;
    fake.text(5, "en", "2026-03");
    let replies = fake.replies(5, 4).await;
    assert!(text_of(&replies[3]).contains("What do you know about your pay?"), "{}", text_of(&replies[3]));
    fake.tap(5, 1004, "k:yr");
    fake.text(5, "en", "two hundred");
    let replies = fake.replies(5, 6).await;
    assert!(text_of(&replies[5]).contains("I could not read that amount"), "{}", text_of(&replies[5]));
    fake.text(5, "en", "220000");
    fake.replies(5, 7).await;
    fake.tap(5, 1007, "k:nb");
    fake.text(5, "en", "31/03/2026");
    let replies = fake.replies(5, 9).await;
    let result = text_of(&replies[8]);
    assert!(result.contains("¥726,000") && result.contains("¥577,751"), "{result}");
    assert!(result.contains("31 March 2028"), "{result}");
    bot.abort();
    let _ = std::fs::remove_file(path);
}

#[tokio::test(flavor = "multi_thread")]
async fn forget_deletes_everything_after_confirmation() {
    let fake = FakeTelegram::start().await;
    let (_path, url) = temp_db("forget").await;
    let bot = start_bot(&fake, &url).await;
    fake.text(11, "en", "/start");
    fake.replies(11, 2).await;
    fake.tap(11, 1001, "f+:q03");
    fake.replies(11, 3).await;
    let store = Store::open(&url).await.expect("database");
    // The state is saved just after the reply.
    eventually("the feedback and the state stored", || async { store.rows_about(11).await.expect("count") >= 2 }).await;
    fake.text(11, "en", "/forget");
    let replies = fake.replies(11, 4).await;
    assert_eq!(buttons(&replies[3]).get("Yes, delete").map(String::as_str), Some("forget:yes"));
    fake.tap(11, 1004, "forget:yes");
    let replies = fake.replies(11, 5).await;
    assert!(text_of(&replies[4]).contains("deleted"), "{}", text_of(&replies[4]));
    assert_eq!(store.rows_about(11).await.expect("count"), 0);
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn language_choice_is_remembered() {
    let fake = FakeTelegram::start().await;
    let (_path, url) = temp_db("language").await;
    let bot = start_bot(&fake, &url).await;
    fake.text(21, "fr", "/language");
    let replies = fake.replies(21, 1).await;
    assert_eq!(buttons(&replies[0]).get("English").map(String::as_str), Some("l:en"));
    fake.tap(21, 1001, "l:en");
    let replies = fake.replies(21, 2).await;
    assert!(text_of(&replies[1]).starts_with("Language: English"), "{}", text_of(&replies[1]));
    let store = Store::open(&url).await.expect("database");
    eventually("the language stored", || async { store.user(21).await.expect("user").lang.as_deref() == Some("en") })
        .await;
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn in_groups_only_messages_addressed_to_the_bot_are_answered() {
    let fake = FakeTelegram::start().await;
    let (_path, url) = temp_db("group").await;
    let bot = start_bot(&fake, &url).await;
    let group = |text: &str| {
        json!({ "message": {
            "message_id": 3, "date": 1_700_000_000,
            "chat": {"id": -100, "type": "supergroup", "title": "Trainees"},
            "from": {"id": 77, "is_bot": false, "first_name": "Test", "language_code": "en"},
            "text": text
        }})
    };
    fake.push(group("hello everyone, lunch at noon?"));
    fake.push(group("@nenkin_test_bot when is the deadline to claim the lump sum"));
    let replies = fake.replies(-100, 1).await;
    assert!(text_of(&replies[0]).contains("2 years"), "{}", text_of(&replies[0]));
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(fake.replies(-100, 1).await.len(), 1, "the chatter was not answered");
    bot.abort();
}

#[test]
fn serve_without_a_token_says_how_to_get_one() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_nenkin-bot"))
        .current_dir(std::env::temp_dir())
        .env_remove("TELOXIDE_TOKEN")
        .env("NENKIN_CONTENT_DIR", root())
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains("@BotFather") && err.contains("nenkin-bot chat"), "{err}");
}

#[tokio::test(flavor = "multi_thread")]
async fn start_links_open_an_entry_or_choose_a_language() {
    let fake = FakeTelegram::start().await;
    let (_path, url) = temp_db("deeplink").await;
    let bot = start_bot(&fake, &url).await;
    fake.text(31, "vi", "/start ls-tax-refund");
    let replies = fake.replies(31, 1).await;
    // The entry, in the user's language (Vietnamese writes 20,42%).
    assert!(text_of(&replies[0]).contains("20,42%"), "{}", text_of(&replies[0]));
    fake.text(32, "vi", "/start en");
    let replies = fake.replies(32, 1).await;
    assert!(text_of(&replies[0]).contains("pension helper"), "{}", text_of(&replies[0]));
    let store = Store::open(&url).await.expect("database");
    eventually("the language stored", || async { store.user(32).await.expect("user").lang.as_deref() == Some("en") })
        .await;
    bot.abort();
}

pub const STAFF: i64 = -100_777;

pub fn staff(hours: &str) -> Option<nenkin_bot::bot::staff::Staff> {
    Some(nenkin_bot::bot::staff::Staff::new(teloxide::types::ChatId(STAFF), hours.parse().expect("hours")))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_ticket_as_a_card_relays_both_ways_and_ends_with_a_rating() {
    let fake = FakeTelegram::start().await;
    let (_path, url) = temp_db("ticket-card").await;
    let bot = start_bot_with_staff(&fake, &url, staff("Mon-Sun 00:00-23:59 UTC")).await;
    fake.text(50, "en", "/menu");
    let replies = fake.replies(50, 1).await;
    assert_eq!(buttons(&replies[0]).get("👤 Talk to a consultant").map(String::as_str), Some("u"));
    fake.tap(50, 1001, "u");
    let replies = fake.replies(50, 2).await;
    assert!(text_of(&replies[1]).contains("describe your question"), "{}", text_of(&replies[1]));
    fake.text(50, "en", "I left Japan in March <b>2026</b>, how do I claim?");
    // The card reaches the staff group, in English, with the user's text escaped.
    let cards = fake.calls_to("sendmessage", STAFF, 1).await;
    let card = text_of(&cards[0]);
    assert!(card.contains("Ticket #1") && card.contains("id <code>50</code>"), "{card}");
    assert!(card.contains("&lt;b&gt;2026&lt;/b&gt;"), "user text must be escaped: {card}");
    let replies = fake.replies(50, 3).await;
    assert!(text_of(&replies[2]).contains("ticket #1"), "{}", text_of(&replies[2]));
    let card_id = 1002;

    // User → staff: copied as replies to the card; the user is told once.
    fake.text(50, "en", "are you there?");
    fake.text(50, "en", "hello?");
    let copies = fake.calls_to("copymessage", STAFF, 2).await;
    assert!(copies.iter().all(|c| c.body["reply_parameters"]["message_id"] == json!(card_id)), "{copies:#?}");
    let replies = fake.replies(50, 4).await;
    assert!(text_of(&replies[3]).contains("Sent to the consultant"));
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(fake.replies(50, 4).await.len(), 4, "told only once");

    // A photo goes too, and a redelivered update is not relayed twice.
    fake.photo(50);
    fake.redeliver_last();
    fake.calls_to("copymessage", STAFF, 3).await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(successful_copies_to(&fake, STAFF), 3, "{:#?}", fake.calls());

    // Staff → user: a reply to the card is copied to the user.
    fake.staff_says(STAFF, "Hello, send us your passport copy.", None, Some(card_id));
    let to_user = fake.calls_to("copymessage", 50, 1).await;
    assert_eq!(to_user[0].body["from_chat_id"], json!(STAFF));

    // Claim and close; the user rates.
    fake.staff_says(STAFF, "/claim", None, Some(card_id));
    fake.staff_says(STAFF, "/close", None, Some(card_id));
    let replies = fake.replies(50, 5).await;
    assert!(text_of(&replies[4]).contains("closed this conversation"), "{}", text_of(&replies[4]));
    assert_eq!(buttons(&replies[4]).get("⭐⭐⭐⭐⭐").map(String::as_str), Some("r:1:5"));
    fake.tap(50, 2000, "r:1:5");
    let replies = fake.replies(50, 6).await;
    assert!(text_of(&replies[5]).contains("Thank you for your rating"));
    let store = Store::open(&url).await.expect("database");
    assert_eq!(store.ticket_rating(1).await.expect("rating"), Some(5));
    let ticket = store.ticket(1).await.expect("ticket").expect("exists");
    assert_eq!(ticket.claimed_by.as_deref(), Some("Aiko"));

    // A closed ticket does not relay; reopened, it does again.
    fake.staff_says(STAFF, "one more thing", None, Some(card_id));
    let said = fake.calls_to("sendmessage", STAFF, 4).await;
    assert!(said.iter().any(|c| text_of(c).contains("is closed; /reopen")), "{said:#?}");
    fake.staff_says(STAFF, "/reopen", None, Some(card_id));
    fake.staff_says(STAFF, "one more thing, now open", None, Some(card_id));
    fake.calls_to("copymessage", 50, 2).await;
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn in_a_forum_each_ticket_gets_its_topic() {
    let fake = FakeTelegram::start().await;
    fake.make_forum();
    let (_path, url) = temp_db("ticket-forum").await;
    let bot = start_bot_with_staff(&fake, &url, staff("Mon-Sun 00:00-23:59 UTC")).await;
    fake.text(60, "en", "/menu");
    fake.replies(60, 1).await;
    fake.tap(60, 1001, "u");
    fake.replies(60, 2).await;
    fake.text(60, "en", "How long does payment take?");
    let topics: Vec<Call> = {
        fake.calls_to("sendmessage", STAFF, 1).await;
        fake.calls().into_iter().filter(|c| c.method == "createforumtopic").collect()
    };
    assert_eq!(topics.len(), 1);
    assert!(topics[0].body["name"].as_str().is_some_and(|n| n.starts_with("#1 en")), "{:?}", topics[0].body);
    let card = fake.calls_to("sendmessage", STAFF, 1).await;
    let topic = card[0].body["message_thread_id"].as_i64().expect("card in the topic");
    fake.text(60, "en", "my passport number is in the photo");
    let copies = fake.calls_to("copymessage", STAFF, 1).await;
    assert_eq!(copies[0].body["message_thread_id"], json!(topic));
    fake.staff_says(STAFF, "Usually 3 to 4 months, not official.", Some(topic), None);
    fake.calls_to("copymessage", 60, 1).await;
    // The user ends it; the staff topic is told.
    fake.text(60, "en", "/endchat");
    let replies = fake.replies(60, 5).await;
    assert!(replies.iter().any(|r| text_of(r).contains("You ended the conversation")), "{replies:#?}");
    let notes = fake.calls_to("sendmessage", STAFF, 2).await;
    assert_eq!(notes[1].body["message_thread_id"], json!(topic));
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn outside_office_hours_the_user_is_told_when_someone_will_read() {
    let fake = FakeTelegram::start().await;
    let (_path, url) = temp_db("ticket-hours").await;
    // Open one minute a week: practically always closed.
    let bot = start_bot_with_staff(&fake, &url, staff("Sat-Sat 00:00-00:01 Asia/Tokyo")).await;
    fake.text(70, "en", "/menu");
    fake.replies(70, 1).await;
    fake.tap(70, 1001, "u");
    fake.replies(70, 2).await;
    fake.text(70, "en", "Is my tax refund possible?");
    let replies = fake.replies(70, 3).await;
    let text = text_of(&replies[2]);
    assert!(text.contains("on Saturday from 00:00 Japan time") || text.contains("today from 00:00"), "{text}");
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn staff_commands_outside_a_ticket_do_not_reach_users() {
    let fake = FakeTelegram::start().await;
    let (_path, url) = temp_db("ticket-stray").await;
    let bot = start_bot_with_staff(&fake, &url, staff("Mon-Sun 00:00-23:59 UTC")).await;
    // Staff chatter with no ticket: nothing is sent anywhere.
    fake.staff_says(STAFF, "good morning team", None, None);
    // A user's staff command does nothing visible, and reaches no one.
    fake.text(80, "en", "/close");
    fake.text(80, "en", "/stats");
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(fake.calls().iter().all(|c| c.body["chat_id"] != json!(80)), "{:#?}", fake.calls());
    assert!(
        fake.calls().iter().all(|c| c.body["chat_id"] != json!(STAFF) || c.method == "getme"),
        "{:#?}",
        fake.calls()
    );
    assert!(fake.calls().iter().all(|c| c.method != "copymessage"));
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn staff_commands_note_faq_estimate_tickets_stats() {
    let fake = FakeTelegram::start().await;
    let (_path, url) = temp_db("ticket-commands").await;
    let bot = start_bot_with_staff(&fake, &url, staff("Mon-Sun 00:00-23:59 UTC")).await;
    // The user asks something the bot cannot answer, then opens a ticket.
    fake.text(90, "en", "zzqx wibble");
    fake.replies(90, 1).await;
    fake.text(90, "en", "/menu");
    fake.replies(90, 2).await;
    fake.tap(90, 1002, "u");
    fake.replies(90, 3).await;
    fake.text(90, "en", "Please help with my claim");
    let card = fake.calls_to("sendmessage", STAFF, 1).await;
    assert!(text_of(&card[0]).contains("Not found: zzqx wibble"), "{}", text_of(&card[0]));
    let card_id = 1003;
    fake.staff_says(STAFF, "/note called the user, waiting for passport", None, Some(card_id));
    let said = fake.calls_to("sendmessage", STAFF, 2).await;
    assert!(text_of(&said[1]).contains("Note added to ticket #1"), "{}", text_of(&said[1]));
    fake.staff_says(STAFF, "/faq ls-documents", None, Some(card_id));
    let replies = fake.replies(90, 5).await;
    assert!(replies.iter().any(|r| text_of(r).contains("Passport copy")), "the FAQ answer reached the user");
    fake.staff_says(STAFF, "/estimate", None, Some(card_id));
    let said = fake.calls_to("sendmessage", STAFF, 4).await;
    assert!(text_of(&said[3]).contains("no finished estimate"), "{}", text_of(&said[3]));
    fake.staff_says(STAFF, "/tickets", None, None);
    let said = fake.calls_to("sendmessage", STAFF, 5).await;
    assert!(
        text_of(&said[4]).contains("1 open ticket") && text_of(&said[4]).contains("#1 · en"),
        "{}",
        text_of(&said[4])
    );
    fake.staff_says(STAFF, "/stats", None, None);
    let said = fake.calls_to("sendmessage", STAFF, 6).await;
    let stats = text_of(&said[5]);
    assert!(
        stats.contains("Tickets opened: 1") && stats.contains("could not answer: 1") && stats.contains("zzqx wibble"),
        "{stats}"
    );
    // Notes are internal: nothing of the note reached the user.
    assert!(fake.replies(90, 5).await.iter().all(|r| !text_of(r).contains("waiting for passport")));
    bot.abort();
}

/// Opens a ticket for `chat` (card mode) and returns the card's message id.
async fn open_card_ticket(fake: &FakeTelegram, chat: i64) -> i64 {
    fake.text(chat, "en", "/menu");
    fake.replies(chat, 1).await;
    fake.tap(chat, 1001, "u");
    fake.replies(chat, 2).await;
    fake.text(chat, "en", "Help me please");
    fake.calls_to("sendmessage", STAFF, 1).await;
    fake.replies(chat, 3).await;
    1002
}

fn successful_copies_to(fake: &FakeTelegram, chat: i64) -> usize {
    fake.calls().iter().filter(|c| c.method == "copymessage" && c.body["chat_id"] == json!(chat)).count()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_message_is_delivered_once_when_telegram_recovers_from_429_and_502() {
    let fake = FakeTelegram::start().await;
    let (_path, url) = temp_db("relay-retry").await;
    let bot = start_bot_with_staff(&fake, &url, staff("Mon-Sun 00:00-23:59 UTC")).await;
    open_card_ticket(&fake, 100).await;
    fake.fail_copies(&[429, 429, 502]);
    fake.text(100, "en", "my message must not be lost");
    fake.calls_to("copymessage", STAFF, 1).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let failed = fake.calls().iter().filter(|c| c.method.starts_with("copymessage-failed")).count();
    assert_eq!(failed, 3, "{:#?}", fake.calls());
    assert_eq!(successful_copies_to(&fake, STAFF), 1);
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_message_undelivered_at_a_restart_is_delivered_once_after_it() {
    let fake = FakeTelegram::start().await;
    let (_path, url) = temp_db("relay-restart").await;
    let bot = start_bot_with_staff(&fake, &url, staff("Mon-Sun 00:00-23:59 UTC")).await;
    open_card_ticket(&fake, 110).await;
    fake.copies_down(true);
    fake.text(110, "en", "sent while Telegram was down");
    // The message is written down and its first attempt fails; the bot stops mid-retry.
    for _ in 0..200 {
        if fake.calls().iter().any(|c| c.method == "copymessage-failed-502") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    bot.abort();
    let _ = bot.await;
    assert_eq!(successful_copies_to(&fake, STAFF), 0);
    fake.copies_down(false);
    let bot = start_bot_with_staff(&fake, &url, staff("Mon-Sun 00:00-23:59 UTC")).await;
    fake.calls_to("copymessage", STAFF, 1).await;
    // Give a redelivered update and the background retry the chance to send it again.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(successful_copies_to(&fake, STAFF), 1, "{:#?}", fake.calls());
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn start_greets_in_each_locale_from_telegrams_language_code() {
    let fake = FakeTelegram::start().await;
    let (_path, url) = temp_db("greet-each").await;
    let bot = start_bot(&fake, &url).await;
    let locales = &crate::helpers::content().locales;
    for (i, lang) in locales.langs().enumerate() {
        let chat = 200 + i64::try_from(i).expect("few locales");
        // What Telegram sends: `zh-hans` for Chinese, the language otherwise.
        let code = match lang.to_string().as_str() {
            "zh-CN" => "zh-hans".to_owned(),
            other => other.to_owned(),
        };
        fake.text(chat, &code, "/start");
        let replies = fake.replies(chat, 1).await;
        let welcome = locales.text(lang, "menu-welcome", None);
        assert!(text_of(&replies[0]).starts_with(&welcome), "{lang}: {}", text_of(&replies[0]));
    }
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_flood_of_messages_is_held_not_dropped() {
    let fake = FakeTelegram::start().await;
    let (_path, url) = temp_db("relay-flood").await;
    // The test app allows 5 messages per 2 seconds.
    let bot = start_bot_with_staff(&fake, &url, staff("Mon-Sun 00:00-23:59 UTC")).await;
    open_card_ticket(&fake, 120).await;
    for i in 0..8 {
        fake.text(120, "en", &format!("message {i}"));
    }
    fake.calls_to("copymessage", STAFF, 5).await;
    let replies = fake.replies(120, 5).await;
    let warnings = replies.iter().filter(|r| text_of(r).contains("many messages quickly")).count();
    assert_eq!(warnings, 1, "{replies:#?}");
    // The held ones follow once the window has passed.
    let copies = fake.calls_to("copymessage", STAFF, 8).await;
    assert_eq!(copies.len(), 8);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(successful_copies_to(&fake, STAFF), 8, "each exactly once");
    bot.abort();
}
