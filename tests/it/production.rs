//! Running for real: webhook mode with its secret, health, readiness and metrics, two replicas
//! on one database, the binary's stop on SIGTERM, JSON logs and configuration errors.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use nenkin_bot::bot::{self, Mode, Options};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio_util::sync::CancellationToken;

use crate::helpers::{content, database, root};
use crate::telegram::{FakeTelegram, test_app, text_of, text_update};

const SECRET: &str = "test-secret_123";

/// One HTTP/1.0 request; the status and the body.
pub(crate) async fn http(
    address: std::net::SocketAddr,
    method: &str,
    path: &str,
    secret: Option<&str>,
    body: &str,
) -> (u16, String) {
    let mut stream = tokio::net::TcpStream::connect(address).await.expect("connect");
    let header = secret.map(|s| format!("X-Telegram-Bot-Api-Secret-Token: {s}\r\n")).unwrap_or_default();
    let request = format!(
        "{method} {path} HTTP/1.0\r\nHost: test\r\nContent-Type: application/json\r\n{header}Content-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.expect("write");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.expect("read");
    let status = answer.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = answer.split_once("\r\n\r\n").map(|(_, b)| b.to_owned()).unwrap_or_default();
    (status, body)
}

/// A replica in webhook mode; its address and the token that stops it.
async fn replica(
    fake: &FakeTelegram,
    url: &str,
) -> (std::net::SocketAddr, CancellationToken, tokio::task::JoinHandle<anyhow::Result<()>>) {
    let app = test_app(fake, url, None).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let options = Options {
        mode: Mode::Webhook {
            url: "https://bot.example.org/telegram".parse().expect("url"),
            secret: SECRET.to_owned(),
        },
        listener: Some(listener),
        settle: bot::WEBHOOK_SETTLE,
        grace: Duration::from_secs(5),
    };
    let stop = CancellationToken::new();
    let handle = tokio::spawn(bot::run(fake.bot(), Arc::new(app), options, stop.clone()));
    (address, stop, handle)
}

#[tokio::test(flavor = "multi_thread")]
async fn webhook_mode_takes_updates_only_with_the_secret_and_never_deletes_the_webhook() {
    let fake = FakeTelegram::start().await;
    let (address, stop, handle) = replica(&fake, &database("webhook").await).await;
    for _ in 0..100 {
        if fake.calls().iter().any(|c| c.method == "setwebhook") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let set = fake.calls().into_iter().find(|c| c.method == "setwebhook").expect("setWebhook called");
    assert_eq!(set.body["url"], "https://bot.example.org/telegram");
    assert_eq!(set.body["secret_token"], SECRET);
    assert!(set.body["allowed_updates"].as_array().is_some_and(|a| a.contains(&json!("callback_query"))));

    let update = text_update(1, 41, "en", "/help").to_string();
    assert_eq!(http(address, "POST", "/telegram", None, &update).await.0, 401);
    assert_eq!(http(address, "POST", "/telegram", Some("wrong"), &update).await.0, 401);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(fake.calls().iter().all(|c| c.body["chat_id"] != json!(41)), "a refused update was handled");

    assert_eq!(http(address, "POST", "/telegram", Some(SECRET), &update).await.0, 200);
    // Telegram sends it again (the acknowledgement was lost): it is handled once.
    assert_eq!(http(address, "POST", "/telegram", Some(SECRET), &update).await.0, 200);
    let replies = fake.replies(41, 1).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(fake.replies(41, 1).await.len(), 1, "{replies:#?}");
    assert!(text_of(&replies[0]).contains("/estimate"), "{}", text_of(&replies[0]));

    let (status, metrics) = http(address, "GET", "/metrics", None, "").await;
    assert_eq!(status, 200);
    assert!(metrics.contains("nenkin_webhook_refused_total 2"), "{metrics}");
    assert!(metrics.contains("nenkin_updates_total{kind=\"message\"} 1"), "{metrics}");

    stop.cancel();
    tokio::time::timeout(Duration::from_secs(10), handle).await.expect("stops in time").expect("join").expect("ok");
    assert!(fake.calls().iter().all(|c| c.method != "deletewebhook"), "stopping one replica deleted the webhook");
}

#[tokio::test(flavor = "multi_thread")]
async fn health_readiness_and_metrics_are_served_and_readiness_drops_when_stopping() {
    let fake = FakeTelegram::start().await;
    let (address, stop, handle) = replica(&fake, &database("health").await).await;
    let (status, body) = http(address, "GET", "/healthz", None, "").await;
    assert_eq!((status, body.trim()), (200, "ok"));
    let (status, body) = http(address, "GET", "/readyz", None, "").await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("database reachable") && body.contains("56 entries"), "{body}");
    let (status, body) = http(address, "GET", "/metrics", None, "").await;
    assert_eq!(status, 200);
    for name in [
        "nenkin_updates_total",
        "nenkin_handler_duration_seconds",
        "nenkin_faq_questions_total",
        "nenkin_estimates_total",
        "nenkin_tickets_open",
        "nenkin_ticket_first_response_minutes",
        "nenkin_telegram_errors_total",
        "nenkin_outbox_backlog",
        "nenkin_inbox_backlog",
    ] {
        assert!(body.contains(&format!("# TYPE {name}")), "{name} missing:\n{body}");
    }
    stop.cancel();
    // While stopping, load balancers are told to send nothing more (or find the port closed).
    if let Ok(mut stream) = tokio::net::TcpStream::connect(address).await {
        let _ = stream.write_all(b"GET /readyz HTTP/1.0\r\n\r\n").await;
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer).await;
        assert!(!answer.starts_with("HTTP/1.0 200") && !answer.starts_with("HTTP/1.1 200"), "{answer}");
    }
    let _ = tokio::time::timeout(Duration::from_secs(10), handle).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn two_replicas_answer_every_update_once_and_in_order() {
    let fake = FakeTelegram::start().await;
    let url = database("replicas").await;
    let (first, stop_first, first_handle) = replica(&fake, &url).await;
    let (second, stop_second, second_handle) = replica(&fake, &url).await;
    let content = content();
    let en: unic_langid::LanguageIdentifier = "en".parse().expect("en");
    let entries = ["q01", "q03", "q14", "ls-deadline", "ls-amount", "q20", "ls-documents"];
    let chats: Vec<i64> = (201..=220).collect();
    // Update ids interleave chats, as Telegram numbers them.
    let mut plan: Vec<(i64, i64, String)> = Vec::new();
    for (round, text) in
        std::iter::once("/start".to_owned()).chain(entries.iter().map(|e| format!("/start {e}"))).enumerate()
    {
        for (i, chat) in chats.iter().enumerate() {
            let id = i64::try_from(round * chats.len() + i).expect("small") + 1;
            plan.push((id, *chat, text.clone()));
        }
    }
    // Per chat, each pair of consecutive updates reaches the replicas swapped and 30 ms apart:
    // the later one to one replica first, the earlier one to the other; every third update is
    // also delivered again to the other replica.
    let mut sends = Vec::new();
    for chat in &chats {
        let mine: Vec<&(i64, i64, String)> = plan.iter().filter(|(_, c, _)| c == chat).collect();
        let chat = *chat;
        let mine: Vec<(i64, String)> = mine.into_iter().map(|(id, _, text)| (*id, text.clone())).collect();
        sends.push(tokio::spawn(async move {
            for pair in mine.chunks(2) {
                let post = |to: std::net::SocketAddr, id: i64, text: String| async move {
                    let body = text_update(id, chat, "en", &text).to_string();
                    let status = http(to, "POST", "/telegram", Some(SECRET), &body).await.0;
                    assert_eq!(status, 200);
                };
                if let [earlier, later] = pair {
                    post(second, later.0, later.1.clone()).await;
                    tokio::time::sleep(Duration::from_millis(30)).await;
                    post(first, earlier.0, earlier.1.clone()).await;
                    if earlier.0 % 3 == 0 {
                        post(second, earlier.0, earlier.1.clone()).await;
                    }
                } else if let [last] = pair {
                    post(first, last.0, last.1.clone()).await;
                    post(second, last.0, last.1.clone()).await;
                }
                tokio::time::sleep(Duration::from_millis(400)).await;
            }
        }));
    }
    for send in sends {
        send.await.expect("sender");
    }
    // Each chat: the greeting, the language list, then each entry's answer in order.
    let expected = 2 + entries.len();
    for chat in &chats {
        fake.replies(*chat, expected).await;
        // Anything sent twice would arrive by now.
        tokio::time::sleep(Duration::from_millis(300)).await;
        let replies = fake.replies(*chat, expected).await;
        assert_eq!(replies.len(), expected, "chat {chat}: {:#?}", replies.iter().map(text_of).collect::<Vec<_>>());
        for (reply, entry) in replies[2..].iter().zip(entries) {
            let question = content.locales.text(&en, &format!("faq-{entry}-question"), None);
            assert!(text_of(reply).contains(&question), "chat {chat}: expected {entry}, got {}", text_of(reply));
        }
    }
    let (_, metrics_first) = http(first, "GET", "/metrics", None, "").await;
    let (_, metrics_second) = http(second, "GET", "/metrics", None, "").await;
    let handled = |metrics: &str| -> u64 {
        metrics
            .lines()
            .find_map(|l| l.strip_prefix("nenkin_updates_total{kind=\"message\"} "))
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    };
    assert_eq!(handled(&metrics_first) + handled(&metrics_second), u64::try_from(plan.len()).expect("small"));
    stop_first.cancel();
    stop_second.cancel();
    let _ = first_handle.await;
    let _ = second_handle.await;
}

/// Runs the real binary against the fake with `env`; returns the child.
fn spawn_binary(fake: &FakeTelegram, env: &[(&str, &str)]) -> std::process::Child {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_nenkin-bot"));
    command
        .env_clear()
        .env("TELOXIDE_TOKEN", "123:TEST")
        .env("TELOXIDE_API_URL", &fake.url)
        .env("NENKIN_CONTENT_DIR", root())
        .env("NENKIN_LISTEN", "127.0.0.1:0")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
    for (key, value) in env {
        command.env(key, value);
    }
    command.spawn().expect("start the binary")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_question_waiting_when_the_binary_starts_is_answered_from_the_search_index() {
    // The index is built alongside the first updates: a question that is there from the first
    // poll waits for it and gets its answer, not "nothing found".
    let fake = FakeTelegram::start().await;
    let url = database("early-question").await;
    fake.text(71, "en", "when is the deadline to claim the lump sum");
    fake.text(72, "en", "/start");
    let mut child = spawn_binary(&fake, &[("NENKIN_DATABASE_URL", &url)]);
    let answer = fake.replies(71, 1).await;
    let menu = fake.replies(72, 1).await;
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        text_of(&answer[0]).starts_with("<b>What is the deadline to claim the lump sum?</b>"),
        "{}",
        text_of(&answer[0])
    );
    assert!(text_of(&menu[0]).contains("pension helper"), "{}", text_of(&menu[0]));
}

#[tokio::test(flavor = "multi_thread")]
async fn the_binary_stops_cleanly_on_sigterm_and_logs_json_lines_with_ids_only() {
    let fake = FakeTelegram::start().await;
    let url = database("sigterm").await;
    let mut child = spawn_binary(&fake, &[("NENKIN_DATABASE_URL", &url), ("NENKIN_LOG_FORMAT", "json")]);
    // Read the logs as they come, so a full pipe never blocks the bot and the test can wait
    // for a line.
    let stderr = child.stderr.take().expect("stderr");
    let so_far = Arc::new(Mutex::new(String::new()));
    let reader = std::thread::spawn({
        let so_far = so_far.clone();
        move || {
            for line in std::io::BufRead::lines(std::io::BufReader::new(stderr)).map_while(Result::ok) {
                let mut logs = so_far.lock().expect("logs");
                logs.push_str(&line);
                logs.push('\n');
            }
            so_far.lock().expect("logs").clone()
        }
    });
    fake.text(61, "en", "/start");
    fake.replies(61, 2).await;
    fake.text(61, "en", "my secret salary is 312345 yen");
    for _ in 0..200 {
        if fake.calls().iter().filter(|c| c.method == "sendmessage" && c.body["chat_id"] == json!(61)).count() >= 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    if fake.calls().iter().filter(|c| c.method == "sendmessage" && c.body["chat_id"] == json!(61)).count() < 3 {
        let _ = child.kill();
        panic!("no answer to the question; logs:\n{}", reader.join().expect("logs"));
    }
    // SIGHUP reloads the content (checked first), without a restart.
    let hangup = std::process::Command::new("kill").args(["-HUP", &child.id().to_string()]).status().expect("kill");
    assert!(hangup.success());
    // Reloading builds the search index again: seconds, when the tests share the machine.
    for _ in 0..200 {
        if so_far.lock().expect("logs").contains("SIGHUP: content reloaded") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    fake.text(61, "en", "/help");
    fake.replies(61, 4).await;
    let started = std::time::Instant::now();
    let killed = std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status().expect("kill");
    assert!(killed.success());
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "still running 10 s after SIGTERM");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(status.success(), "exit status {status:?}");
    let logs = reader.join().expect("logs");
    assert!(!logs.contains("312345") && !logs.contains("secret salary") && !logs.contains("123:TEST"), "{logs}");
    let lines: Vec<Value> =
        logs.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|_| panic!("not a JSON line: {l}"))).collect();
    let handled: Vec<&Value> = lines.iter().filter(|l| l["fields"]["message"] == "update handled").collect();
    assert_eq!(handled.len(), 3, "{logs}");
    for line in handled {
        let fields = &line["fields"];
        assert_eq!(fields["chat_id"], 61);
        assert_eq!(fields["handler"], "message");
        assert!(fields["update_id"].is_i64() && fields["latency_ms"].is_u64(), "{line}");
    }
    assert!(lines.iter().any(|l| l["fields"]["message"] == "SIGHUP: content reloaded"), "{logs}");
    assert!(lines.iter().any(|l| l["fields"]["message"] == "stopped"), "{logs}");
}

#[test]
fn bad_configuration_is_reported_one_line_per_problem_without_the_token() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_nenkin-bot"))
        .env_clear()
        .env("TELOXIDE_TOKEN", "987:very-secret-token")
        .env("NENKIN_STAFF_CHAT_ID", "the staff group")
        .env("NENKIN_OFFICE_HOURS", "weekdays")
        .env("NENKIN_WEBHOOK_URL", "not a url")
        .env("NENKIN_DATABASE_URL", "mysql://db")
        .env("NENKIN_CONTENT_DIR", root())
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let errors = String::from_utf8_lossy(&output.stderr);
    let lines: HashMap<&str, &str> =
        errors.lines().filter_map(|l| l.strip_prefix("error: ")).filter_map(|l| l.split_once(' ')).collect();
    for variable in ["NENKIN_STAFF_CHAT_ID", "NENKIN_OFFICE_HOURS:", "NENKIN_WEBHOOK_URL", "NENKIN_DATABASE_URL"] {
        assert!(lines.contains_key(variable), "no line for {variable}:\n{errors}");
    }
    assert!(!errors.contains("very-secret-token") && !errors.contains("panicked"), "{errors}");
}

#[tokio::test(flavor = "multi_thread")]
async fn staff_reload_takes_new_content_and_keeps_the_old_when_the_new_is_broken() {
    use crate::helpers::ContentCopy;
    use crate::telegram::{STAFF, staff};
    let fake = FakeTelegram::start().await;
    let copy = ContentCopy::new("reload");
    let mut app = test_app(&fake, &database("reload").await, staff("Mon-Sun 00:00-23:59 UTC")).await;
    app.content_dir = copy.dir.clone();
    let options =
        Options { mode: Mode::Polling, listener: None, settle: Duration::ZERO, grace: Duration::from_secs(5) };
    let handle = tokio::spawn(bot::run(fake.bot(), Arc::new(app), options, CancellationToken::new()));
    let staff_replies = |count| {
        let fake = &fake;
        async move { fake.calls_to("sendmessage", STAFF, count).await.into_iter().map(|c| text_of(&c)).collect::<Vec<_>>() }
    };

    copy.replace("locales/en/faq.ftl", "faq-q01-question = ", "faq-q01-question = <b>");
    fake.staff_says(STAFF, "/reload", None, None);
    let replies = staff_replies(1).await;
    assert!(replies[0].contains("1 problem(s)") && replies[0].contains("keeps the content"), "{}", replies[0]);
    assert!(replies[0].contains("faq.ftl"), "the problem names its file: {}", replies[0]);
    fake.text(71, "en", "/start q01");
    let answer = text_of(&fake.replies(71, 2).await[0]);
    assert!(!answer.contains("RELOADED"), "{answer}");

    copy.replace("locales/en/faq.ftl", "faq-q01-question = <b>", "faq-q01-question = RELOADED ");
    fake.staff_says(STAFF, "/reload", None, None);
    let replies = staff_replies(2).await;
    assert!(replies[1].starts_with("Content reloaded: 56 entries"), "{}", replies[1]);
    fake.text(71, "en", "/start q01");
    let answer = text_of(&fake.replies(71, 3).await[2]);
    assert!(answer.contains("RELOADED"), "{answer}");
    handle.abort();
}
