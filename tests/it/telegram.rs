//! The real handler tree against a fake Bot API server on loopback: updates go in through
//! `getUpdates`, replies come out as recorded calls. The fake checks HTML the way Telegram
//! does, so markup mistakes fail here rather than in front of users.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Json;
use axum::extract::{Path, State};
use axum::routing::post;
use nenkin_bot::bot::{self, App};
use nenkin_bot::content::{Content, html};
use nenkin_bot::storage::Store;
use serde_json::{Value, json};
use teloxide::Bot;
use teloxide::requests::Requester;

use crate::helpers::{date, root};

/// One call the bot made.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub body: Value,
}

#[derive(Default)]
struct FakeState {
    updates: Vec<Value>,
    /// The highest offset a `getUpdates` confirmed: older updates are gone, as on Telegram.
    confirmed: i64,
    calls: Vec<Call>,
    next_message_id: i64,
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

    pub fn push(&self, update: Value) {
        let mut state = self.state.lock().expect("lock");
        let id = i64::try_from(state.updates.len()).expect("few updates") + 1;
        let mut update = update;
        update["update_id"] = json!(id);
        state.updates.push(update);
    }

    /// A user writes `text` in a private chat.
    pub fn text(&self, chat: i64, language_code: &str, text: &str) {
        let mut message = user_message(chat, language_code);
        message["text"] = json!(text);
        if text.starts_with('/') {
            let length = text.split_whitespace().next().map_or(0, str::len);
            message["entities"] = json!([{"type": "bot_command", "offset": 0, "length": length}]);
        }
        self.push(json!({ "message": message }));
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

    /// Every call so far.
    pub fn calls(&self) -> Vec<Call> {
        self.state.lock().expect("lock").calls.clone()
    }

    /// Waits until `count` messages (sent or edited) reached `chat`; returns them all.
    pub async fn replies(&self, chat: i64, count: usize) -> Vec<Call> {
        for _ in 0..200 {
            let replies: Vec<Call> = self
                .calls()
                .into_iter()
                .filter(|c| matches!(c.method.as_str(), "sendmessage" | "editmessagetext"))
                .filter(|c| c.body["chat_id"] == json!(chat))
                .collect();
            if replies.len() >= count {
                return replies;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("fewer than {count} replies to {chat}: {:#?}", self.calls());
    }
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
    body: Option<Json<Value>>,
) -> Json<Value> {
    let method = method.to_ascii_lowercase();
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

/// Starts the bot against the fake with a database at `database_url`.
async fn start_bot(fake: &FakeTelegram, database_url: &str) -> tokio::task::JoinHandle<()> {
    start_bot_with_staff(fake, database_url, None).await
}

/// Starts the bot with a staff group.
async fn start_bot_with_staff(
    fake: &FakeTelegram,
    database_url: &str,
    staff: Option<nenkin_bot::bot::staff::Staff>,
) -> tokio::task::JoinHandle<()> {
    let content = Content::load(&root()).expect("content");
    let store = Store::open(database_url).await.expect("database");
    let bot = Bot::new("123:TEST").set_api_url(fake.url.parse().expect("url"));
    let me = bot.get_me().await.expect("getMe");
    let app = Arc::new(App {
        content: Arc::new(content),
        store,
        username: me.username().to_owned(),
        today: Some(date("2026-11-23")),
        staff,
    });
    tokio::spawn(bot::run(bot, app))
}

fn text_of(call: &Call) -> String {
    call.body["text"].as_str().unwrap_or_default().to_owned()
}

/// The callback data of every button of a reply, by label.
fn buttons(call: &Call) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for row in call.body["reply_markup"]["inline_keyboard"].as_array().into_iter().flatten() {
        for button in row.as_array().into_iter().flatten() {
            let label = button["text"].as_str().unwrap_or_default().to_owned();
            out.insert(label, button["callback_data"].as_str().unwrap_or_default().to_owned());
        }
    }
    out
}

fn temp_db(name: &str) -> (std::path::PathBuf, String) {
    let path = std::env::temp_dir().join(format!("nenkin-bot-test-{}-{name}.db", std::process::id()));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let url = format!("sqlite://{}", path.display());
    (path, url)
}

#[tokio::test(flavor = "multi_thread")]
async fn start_greets_registers_commands_and_offers_languages() {
    let fake = FakeTelegram::start().await;
    let (_path, url) = temp_db("start");
    let bot = start_bot(&fake, &url).await;
    fake.text(42, "vi", "/start");
    let replies = fake.replies(42, 2).await;
    assert!(text_of(&replies[0]).contains("pension helper"), "{}", text_of(&replies[0]));
    let menu = buttons(&replies[0]);
    assert!(menu.contains_key("🧮 Estimate my lump sum"), "{menu:?}");
    let languages = buttons(&replies[1]);
    assert_eq!(languages.get("English").map(String::as_str), Some("l:en"));
    let commands: Vec<Call> = fake.calls().into_iter().filter(|c| c.method == "setmycommands").collect();
    assert!(!commands.is_empty(), "commands registered");
    assert!(commands[0].body["commands"].as_array().is_some_and(|c| c.len() == 8));
    for method in ["setmydescription", "setmyshortdescription"] {
        assert!(fake.calls().iter().any(|c| c.method == method), "{method} not called");
    }
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn browsing_edits_the_same_message() {
    let fake = FakeTelegram::start().await;
    let (_path, url) = temp_db("browse");
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
    let (_path, url) = temp_db("question");
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
    let (path, url) = temp_db("estimate");
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
    let (_path, url) = temp_db("forget");
    let bot = start_bot(&fake, &url).await;
    fake.text(11, "en", "/start");
    fake.replies(11, 2).await;
    fake.tap(11, 1001, "f+:q03");
    fake.replies(11, 3).await;
    let store = Store::open(&url).await.expect("database");
    assert!(store.rows_about(11).await.expect("count") >= 2);
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
    let (_path, url) = temp_db("language");
    let bot = start_bot(&fake, &url).await;
    fake.text(21, "fr", "/language");
    let replies = fake.replies(21, 1).await;
    assert_eq!(buttons(&replies[0]).get("English").map(String::as_str), Some("l:en"));
    fake.tap(21, 1001, "l:en");
    let replies = fake.replies(21, 2).await;
    assert!(text_of(&replies[1]).starts_with("Language: English"), "{}", text_of(&replies[1]));
    let store = Store::open(&url).await.expect("database");
    assert_eq!(store.user(21).await.expect("user").lang.as_deref(), Some("en"));
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn in_groups_only_messages_addressed_to_the_bot_are_answered() {
    let fake = FakeTelegram::start().await;
    let (_path, url) = temp_db("group");
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
    let (_path, url) = temp_db("deeplink");
    let bot = start_bot(&fake, &url).await;
    fake.text(31, "vi", "/start ls-tax-refund");
    let replies = fake.replies(31, 1).await;
    assert!(text_of(&replies[0]).contains("20.42%"), "{}", text_of(&replies[0]));
    fake.text(32, "vi", "/start en");
    let replies = fake.replies(32, 1).await;
    assert!(text_of(&replies[0]).contains("pension helper"), "{}", text_of(&replies[0]));
    let store = Store::open(&url).await.expect("database");
    assert_eq!(store.user(32).await.expect("user").lang.as_deref(), Some("en"));
    bot.abort();
}
