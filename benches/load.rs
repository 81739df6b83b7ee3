//! Load benchmark: a fake Bot API on loopback, the real bot (release build) and a minimal
//! teloxide echo bot (`examples/echo.rs`) pointed at it in turn, and N simulated users (default
//! 1,000; `LOAD_USERS`) all talking at once, each through a realistic conversation: start,
//! browse to an answer, two typed questions and a full estimate (13 updates). Each user waits
//! for the reply to one step before the next, as a person does.
//!
//! Prints one JSON line: for each bot, updates handled per second, reply latency p50/p95/p99
//! (from the update being available to `getUpdates` to the first reply arriving; p99 also per
//! step of the conversation), errors (steps with no reply within 20 s), peak RSS, CPU seconds,
//! start-up to the first `getUpdates`, and Bot API calls (and their bytes) per update; then
//! nenkin-bot's figures as ratios of the echo bot's. `LOAD_ROUNDS=5` runs the two bots in turn
//! five times (the machine's speed drifts) and reports each round's ratios, their medians, and
//! the bots' own figures from the round with the median throughput ratio.
//!
//! Run: `cargo bench --bench load` (builds both release binaries first). For profiling,
//! `LOAD_BOT_LOG=sqlx::query=debug` (any filter) sends nenkin-bot's log to
//! `nenkin-load.log` in the temporary directory, and `LOAD_BOT_WRAP=heaptrack` (or any program
//! that takes a command line) runs it under that program; `LOAD_ECHO_WRAP` does the same for
//! the echo bot (to compare, say, their system calls under `strace -f`).

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Json;
use axum::extract::{Path, State};
use axum::routing::post;
use serde_json::{Value, json};
use tokio::sync::Notify;

/// One user's conversation: a text, or a tap on a button of the bot's last message.
const CONVERSATION: &[(&str, &str)] = &[
    ("text", "/start"),
    ("tap", "s"),
    ("tap", "e:ls-deadline"),
    ("text", "how much money do I get back"),
    ("text", "when is the deadline to claim"),
    ("text", "/estimate"),
    ("tap", "k:pe"),
    ("text", "3 years"),
    ("text", "2026-03"),
    ("tap", "k:yr"),
    ("text", "220000"),
    ("tap", "k:nb"),
    ("text", "31/03/2026"),
];
const STEP_TIMEOUT: Duration = Duration::from_secs(20);

#[derive(Default)]
struct Fake {
    updates: Vec<(Value, Instant)>,
    first_poll: Option<Instant>,
    next_message_id: i64,
    /// Bot API calls other than `getUpdates`, and the bytes of their bodies.
    calls: u64,
    call_bytes: u64,
    /// Per chat: replies so far and the id of the bot's last message.
    chats: HashMap<i64, (usize, i64)>,
}

struct Shared {
    fake: Mutex<Fake>,
    news: Notify,
    replies: HashMap<i64, Notify>,
}

async fn api(
    State(shared): State<Arc<Shared>>,
    Path((_token, method)): Path<(String, String)>,
    body: axum::body::Bytes,
) -> Json<Value> {
    let method = method.to_ascii_lowercase();
    if method != "getupdates" {
        let mut fake = shared.fake.lock().expect("lock");
        fake.calls += 1;
        fake.call_bytes += body.len() as u64;
    }
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    if method == "getupdates" {
        let offset = usize::try_from(body["offset"].as_i64().unwrap_or(0).max(1) - 1).unwrap_or(0);
        let deadline = Instant::now() + Duration::from_millis(500);
        loop {
            let notified = shared.news.notified();
            {
                let mut fake = shared.fake.lock().expect("lock");
                fake.first_poll.get_or_insert_with(Instant::now);
                if fake.updates.len() > offset {
                    let batch: Vec<Value> = fake.updates[offset..].iter().take(100).map(|(u, _)| u.clone()).collect();
                    return Json(json!({"ok": true, "result": batch}));
                }
            }
            if tokio::time::timeout_at(deadline.into(), notified).await.is_err() {
                return Json(json!({"ok": true, "result": []}));
            }
        }
    }
    let result = match method.as_str() {
        "getme" => json!({"id": 1, "is_bot": true, "first_name": "Load", "username": "load_bot",
            "can_join_groups": true, "can_read_all_group_messages": false, "supports_inline_queries": false,
            "has_main_web_app": false}),
        "getwebhookinfo" => json!({"url": "", "has_custom_certificate": false, "pending_update_count": 0}),
        "sendmessage" | "editmessagetext" => {
            let chat = body["chat_id"].as_i64().unwrap_or(0);
            let id = {
                let mut fake = shared.fake.lock().expect("lock");
                fake.next_message_id += 1;
                let id = if method == "sendmessage" {
                    fake.next_message_id
                } else {
                    body["message_id"].as_i64().unwrap_or(1)
                };
                let slot = fake.chats.entry(chat).or_default();
                slot.0 += 1;
                slot.1 = id;
                id
            };
            if let Some(notify) = shared.replies.get(&chat) {
                notify.notify_waiters();
            }
            json!({"message_id": id, "date": 1_700_000_000, "chat": {"id": chat, "type": "private", "first_name": "U"}, "text": "ok"})
        }
        _ => json!(true),
    };
    Json(json!({"ok": true, "result": result}))
}

/// Makes the update of `step` for `chat` and queues it; returns when it became available.
fn push(shared: &Shared, chat: i64, step: (&str, &str)) -> Instant {
    let mut fake = shared.fake.lock().expect("lock");
    let id = i64::try_from(fake.updates.len()).expect("few") + 1;
    let from = json!({"id": chat, "is_bot": false, "first_name": "U", "language_code": "en"});
    let update = match step {
        ("text", text) => {
            let mut message = json!({"message_id": 100_000 + id, "date": 1_700_000_000,
                "chat": {"id": chat, "type": "private", "first_name": "U"}, "from": from, "text": text});
            if text.starts_with('/') {
                message["entities"] = json!([{"type": "bot_command", "offset": 0, "length": text.len()}]);
            }
            json!({"update_id": id, "message": message})
        }
        (_, data) => {
            let last = fake.chats.get(&chat).map_or(1, |c| c.1);
            json!({"update_id": id, "callback_query": {"id": format!("q{id}"), "from": from, "chat_instance": "c", "data": data,
                "message": {"message_id": last, "date": 1_700_000_000, "chat": {"id": chat, "type": "private", "first_name": "U"},
                    "from": {"id": 1, "is_bot": true, "first_name": "Load", "username": "load_bot"}, "text": "x"}}})
        }
    };
    let now = Instant::now();
    fake.updates.push((update, now));
    drop(fake);
    shared.news.notify_waiters();
    now
}

/// One user: each step, then wait for a reply; the latencies (None: no reply in time).
async fn user(shared: Arc<Shared>, chat: i64) -> Vec<Option<Duration>> {
    let mut latencies = Vec::new();
    for step in CONVERSATION {
        let notify = &shared.replies[&chat];
        let before = shared.fake.lock().expect("lock").chats.get(&chat).map_or(0, |c| c.0);
        let notified = notify.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        let pushed = push(&shared, chat, *step);
        let deadline = tokio::time::Instant::now() + STEP_TIMEOUT;
        let latency = loop {
            if shared.fake.lock().expect("lock").chats.get(&chat).map_or(0, |c| c.0) > before {
                break Some(pushed.elapsed());
            }
            if tokio::time::timeout_at(deadline, notified.as_mut()).await.is_err() {
                break None;
            }
            notified.set(notify.notified());
            notified.as_mut().enable();
        };
        latencies.push(latency);
        if latency.is_none() {
            break;
        }
        // Let trailing messages of the step (e.g. the language list after /start) arrive.
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    latencies
}

/// Peak resident memory (kB) and CPU seconds of a process, from /proc.
fn usage(pid: u32) -> (u64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let rss = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0);
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let fields: Vec<&str> =
        stat.rsplit_once(')').map(|(_, rest)| rest.split_whitespace().collect()).unwrap_or_default();
    let ticks: f64 = [11, 12].iter().filter_map(|&i| fields.get(i)?.parse::<f64>().ok()).sum();
    (rss, ticks / 100.0)
}

fn percentile(sorted: &[Duration], p: usize) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = (sorted.len() * p).div_ceil(100).max(1);
    sorted[rank - 1].as_secs_f64() * 1000.0
}

async fn run(name: &str, binary: &PathBuf, users: i64, env: &[(&str, String)]) -> Value {
    let chats: Vec<i64> = (1..=users).map(|u| 10_000 + u).collect();
    let shared = Arc::new(Shared {
        fake: Mutex::new(Fake { next_message_id: 1, ..Fake::default() }),
        news: Notify::new(),
        replies: chats.iter().map(|c| (*c, Notify::new())).collect(),
    });
    let app = axum::Router::new().route("/{token}/{method}", post(api)).with_state(shared.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}/", listener.local_addr().expect("addr"));
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let started = Instant::now();
    // For profiling only: RSS and CPU are then the wrapper's, and a wrapper that does not
    // `exec` the bot leaves it running when the run ends.
    let wrap = std::env::var(if name == "echo" { "LOAD_ECHO_WRAP" } else { "LOAD_BOT_WRAP" }).ok();
    let mut command = Command::new(wrap.as_deref().map_or(binary.as_os_str(), std::ffi::OsStr::new));
    if wrap.is_some() {
        command.arg(binary);
    }
    command
        .env_clear()
        .env("RUST_LOG", "warn")
        .env("TELOXIDE_TOKEN", "1:load")
        .env("TELOXIDE_API_URL", &url)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if let Ok(filter) = std::env::var("LOAD_BOT_LOG")
        && name != "echo"
    {
        let log = std::fs::File::create(std::env::temp_dir().join("nenkin-load.log")).expect("log file");
        command.env("RUST_LOG", filter).stderr(log);
    }
    for (key, value) in env {
        command.env(key, value);
    }
    let mut child: Child = command.spawn().expect("start the bot");
    let startup = loop {
        if let Some(first) = shared.fake.lock().expect("lock").first_poll {
            break first - started;
        }
        assert!(started.elapsed() < Duration::from_secs(30), "{name} never polled");
        tokio::time::sleep(Duration::from_millis(2)).await;
    };
    let began = Instant::now();
    let tasks: Vec<_> = chats.iter().map(|&chat| tokio::spawn(user(shared.clone(), chat))).collect();
    let mut latencies = Vec::new();
    let mut by_step: Vec<Vec<Duration>> = vec![Vec::new(); CONVERSATION.len()];
    let mut errors = 0;
    for task in tasks {
        for (step, latency) in task.await.expect("user").into_iter().enumerate() {
            match latency {
                Some(l) => {
                    latencies.push(l);
                    by_step[step].push(l);
                }
                None => errors += 1,
            }
        }
    }
    // Where the tail is: the opening burst (every user's /start at once) or a later step.
    let p99_by_step: Vec<f64> = by_step
        .iter_mut()
        .map(|step| {
            step.sort_unstable();
            percentile(step, 99).round()
        })
        .collect();
    let elapsed = began.elapsed().as_secs_f64();
    let (calls, call_bytes) = {
        let fake = shared.fake.lock().expect("lock");
        (fake.calls, fake.call_bytes)
    };
    let (rss_kb, cpu) = usage(child.id());
    stop(&mut child);
    server.abort();
    latencies.sort_unstable();
    let handled = latencies.len();
    json!({
        "bot": name,
        "updates": handled,
        "updates_per_second": (handled as f64 / elapsed).round(),
        "p50_ms": percentile(&latencies, 50),
        "p95_ms": percentile(&latencies, 95),
        "p99_ms": percentile(&latencies, 99),
        "p99_ms_by_step": p99_by_step,
        "errors": errors,
        "peak_rss_mb": rss_kb as f64 / 1024.0,
        "cpu_seconds": cpu,
        "cpu_seconds_per_1000_updates": cpu * 1000.0 / handled.max(1) as f64,
        "startup_ms": startup.as_secs_f64() * 1000.0,
        "api_calls_per_update": calls as f64 / handled.max(1) as f64,
        "api_bytes_per_update": call_bytes as f64 / handled.max(1) as f64,
    })
}

/// Stops a bot as a service manager would, SIGTERM then SIGKILL after ten seconds: a profiler
/// it runs under (`LOAD_BOT_WRAP`) then writes its report.
fn stop(child: &mut Child) {
    let asked = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().is_ok_and(|s| s.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    while asked && Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --all-targets` runs this without it: then a
    // smoke run (debug builds, a few users) checks that the benchmark works, quickly.
    let measuring = std::env::args().any(|a| a == "--bench");
    let default_users = if measuring { 1000 } else { 5 };
    let users: i64 = std::env::var("LOAD_USERS").ok().and_then(|u| u.parse().ok()).unwrap_or(default_users);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut build = vec!["build", "--locked", "--bin", "nenkin-bot", "--example", "echo"];
    if measuring {
        build.push("--release");
    }
    let built = Command::new(env!("CARGO")).args(&build).current_dir(&root).status().expect("cargo build");
    assert!(built.success(), "building the bots failed");
    let target = std::env::var("CARGO_TARGET_DIR").map_or_else(|_| root.join("target"), PathBuf::from);
    let target = target.join(if measuring { "release" } else { "debug" });
    let data = std::env::temp_dir().join(format!("nenkin-load-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    std::fs::create_dir_all(&data).expect("temp dir");
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    // The machine's speed drifts from minute to minute: with several rounds the two bots take
    // turns, each round gives its own ratios, and the medians are reported.
    let rounds: usize = std::env::var("LOAD_ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(1).max(1);
    let mut measured = Vec::new();
    for round in 0..rounds {
        let echo = runtime.block_on(run("echo", &target.join("examples/echo"), users, &[]));
        let database = data.join(format!("load-{round}.db"));
        let ours = runtime.block_on(run(
            "nenkin-bot",
            &target.join("nenkin-bot"),
            users,
            &[
                ("NENKIN_CONTENT_DIR", root.display().to_string()),
                ("NENKIN_DATABASE_URL", format!("sqlite://{}", database.display())),
                ("NENKIN_LISTEN", "127.0.0.1:0".to_owned()),
            ],
        ));
        let ratio = |key: &str| ours[key].as_f64().unwrap_or(f64::NAN) / echo[key].as_f64().unwrap_or(f64::NAN);
        let ratios = json!({
            "throughput": ratio("updates_per_second"),
            "cpu_per_1000_updates": ratio("cpu_seconds_per_1000_updates"),
            "p99": ratio("p99_ms"),
            "rss_mb_above_echo": ours["peak_rss_mb"].as_f64().unwrap_or(f64::NAN) - echo["peak_rss_mb"].as_f64().unwrap_or(f64::NAN),
        });
        measured.push((echo, ours, ratios));
    }
    let _ = std::fs::remove_dir_all(&data);
    let median = |key: &str| {
        let mut values: Vec<f64> = measured.iter().filter_map(|(_, _, r)| r[key].as_f64()).collect();
        values.sort_by(f64::total_cmp);
        values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
    };
    // The same keys as each round's ratios.
    let ratios: serde_json::Map<String, Value> = measured[0]
        .2
        .as_object()
        .into_iter()
        .flat_map(|round| round.keys())
        .map(|key| (key.clone(), json!(median(key))))
        .collect();
    let per_round: Vec<Value> = measured.iter().map(|(_, _, r)| r.clone()).collect();
    // The bots' own figures: the round whose throughput ratio is the median.
    let throughput = |round: &(Value, Value, Value)| round.2["throughput"].as_f64().unwrap_or(f64::NAN);
    measured.sort_by(|a, b| throughput(a).total_cmp(&throughput(b)));
    let (echo, ours, _) = &measured[measured.len() / 2];
    let line = json!({
        "measured": measuring,
        "users": users,
        "steps_per_user": CONVERSATION.len(),
        "rounds": rounds,
        "echo": echo,
        "nenkin_bot": ours,
        "ratios": ratios,
        "ratios_per_round": per_round,
    });
    println!("{line}");
}
