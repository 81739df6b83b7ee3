//! The Bot API and the database misbehaving: flood limits, server errors, dropped
//! connections and slow answers on replies; the bot killed in the middle of a burst and
//! started again; PostgreSQL going away for a moment. Afterwards every user has every reply,
//! in order, and nothing the bot was told is lost.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use nenkin_bot::bot::{self, Mode, Options};
use tokio_util::sync::CancellationToken;

use crate::helpers::database;
use crate::production::http;
use crate::telegram::{Call, FakeTelegram, Fault, is_reply, start_bot, test_app, text_of};

/// The messages (sent or edited) each chat got, in order, once none arrived for `quiet`.
async fn settled_replies(fake: &FakeTelegram, quiet: Duration) -> HashMap<i64, Vec<String>> {
    let mut last = usize::MAX;
    let mut since = Instant::now();
    loop {
        let count = replies_of(&fake.calls()).len();
        if count != last {
            last = count;
            since = Instant::now();
        } else if since.elapsed() >= quiet {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let mut by_chat: HashMap<i64, Vec<String>> = HashMap::new();
    for call in replies_of(&fake.calls()) {
        by_chat.entry(call.body["chat_id"].as_i64().unwrap_or(0)).or_default().push(text_of(&call));
    }
    by_chat
}

fn replies_of(calls: &[Call]) -> Vec<Call> {
    calls.iter().filter(|c| is_reply(c)).cloned().collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn replies_get_through_flood_limits_server_errors_and_dropped_connections_once_each() {
    let fake = FakeTelegram::start().await;
    let url = database("reply-faults").await;
    let bot = start_bot(&fake, &url).await;
    // Answer, then the faults, one per attempt: 429 (retry after 1 s), a dropped connection,
    // a server error (teloxide itself waits 10 s after it), another drop.
    fake.text(71, "en", "how much money do I get back");
    let first = fake.replies(71, 1).await;
    fake.fail_replies(&[Fault::Status(429), Fault::Drop, Fault::Status(502), Fault::Drop]);
    fake.text(71, "en", "when is the deadline to claim");
    fake.text(71, "en", "/estimate");
    let started = Instant::now();
    while replies_of(&fake.calls()).len() < 3 && started.elapsed() < Duration::from_secs(40) {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let replies = settled_replies(&fake, Duration::from_millis(1500)).await;
    let texts = &replies[&71];
    let failed: Vec<String> = fake
        .calls()
        .into_iter()
        .filter(|c| c.method.contains("-failed-") || c.method.ends_with("-dropped"))
        .map(|c| c.method)
        .collect();
    assert_eq!(failed.len(), 4, "{failed:?}");
    assert_eq!(texts.len(), 3, "each update answered exactly once: {texts:#?}");
    assert_eq!(texts[0], text_of(&first[0]));
    assert!(texts[1].to_lowercase().contains("2 years") || texts[1].contains("deadline"), "{}", texts[1]);
    assert!(texts[2].contains("Which pension"), "in order: {}", texts[2]);
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_slow_answer_for_one_chat_does_not_hold_up_the_others() {
    let fake = FakeTelegram::start().await;
    let url = database("slow-chat").await;
    let bot = start_bot(&fake, &url).await;
    fake.slow_chat(72, Duration::from_secs(3));
    fake.text(72, "en", "how much money do I get back");
    tokio::time::sleep(Duration::from_millis(200)).await;
    let asked = Instant::now();
    fake.text(73, "en", "how much money do I get back");
    fake.replies(73, 1).await;
    assert!(asked.elapsed() < Duration::from_secs(2), "chat 73 waited for chat 72: {:?}", asked.elapsed());
    assert!(replies_of(&fake.calls()).iter().all(|c| c.body["chat_id"] != 72), "72 answered before its delay");
    fake.text(72, "en", "when is the deadline to claim");
    let slow = fake.replies(72, 2).await;
    assert!(text_of(&slow[1]).contains("deadline") || text_of(&slow[1]).contains("2 years"), "{}", text_of(&slow[1]));
    bot.abort();
}

/// What each user of the burst asks, in order: answers that do not depend on earlier steps,
/// so an update handled again after the kill gets the same answer.
const BURST: [&str; 4] =
    ["how much money do I get back", "when is the deadline to claim", "what is karakikan", "/help"];
const BURST_CHATS: std::ops::Range<i64> = 300..316;

async fn burst(fake: &FakeTelegram) {
    for step in BURST {
        for chat in BURST_CHATS {
            fake.text(chat, "en", step);
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn killed_mid_burst_and_restarted_every_update_is_answered_in_order() {
    // What a bot that is never killed answers.
    let calm = FakeTelegram::start().await;
    let calm_bot = start_bot(&calm, &database("burst-calm").await).await;
    burst(&calm).await;
    let expected = settled_replies(&calm, Duration::from_secs(1)).await;
    calm_bot.abort();
    assert_eq!(expected.len(), BURST_CHATS.count());

    let fake = FakeTelegram::start().await;
    let url = database("burst-killed").await;
    let bot = start_bot(&fake, &url).await;
    burst(&fake).await;
    let total: usize = expected.values().map(Vec::len).sum();
    while replies_of(&fake.calls()).len() < total / 3 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    // As SIGKILL: every task of the run ends where it is.
    bot.abort();
    let _ = bot.await;
    let at_kill = replies_of(&fake.calls()).len();
    assert!(at_kill < total, "the kill came too late to test anything");
    let bot = start_bot(&fake, &url).await;
    let got = settled_replies(&fake, Duration::from_secs(2)).await;
    let mut repeated = 0;
    for (chat, want) in &expected {
        let mut texts = got.get(chat).cloned().unwrap_or_default();
        let before = texts.len();
        texts.dedup();
        // A reply Telegram took just before the kill, not yet recorded as handled, is sent
        // again: at most the one update each chat had in hand.
        assert!(before - texts.len() <= 1, "chat {chat} got {} repeats", before - texts.len());
        repeated += before - texts.len();
        assert_eq!(&texts, want, "chat {chat}: every reply, in order");
    }
    println!("killed after {at_kill} of {total} replies; {repeated} sent twice");
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn postgresql_away_for_a_moment_the_bot_reports_not_ready_and_recovers_by_itself() {
    use sqlx::Connection as _;
    let Ok(server) = std::env::var("NENKIN_TEST_DATABASE_URL") else {
        println!("skipped: needs NENKIN_TEST_DATABASE_URL (PostgreSQL); CI runs it");
        return;
    };
    if !server.starts_with("postgres") {
        return;
    }
    // A database of its own, so that shutting it does not disturb the other tests.
    let name = format!("nenkin_outage_{}", std::process::id());
    let mut admin = sqlx::PgConnection::connect(&server).await.expect("the test PostgreSQL server");
    sqlx::raw_sql(&format!("DROP DATABASE IF EXISTS {name}")).execute(&mut admin).await.expect("drop");
    sqlx::raw_sql(&format!("CREATE DATABASE {name}")).execute(&mut admin).await.expect("create");
    let (base, _) = server.rsplit_once('/').expect("a database in the URL");
    let url = format!("{base}/{name}");

    let fake = FakeTelegram::start().await;
    let app = test_app(&fake, &url, None).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let options = Options {
        mode: Mode::Polling,
        listener: Some(listener),
        settle: Duration::ZERO,
        grace: Duration::from_secs(5),
    };
    let handle = tokio::spawn(bot::run(fake.bot(), Arc::new(app), options, CancellationToken::new()));
    fake.text(81, "en", "how much money do I get back");
    fake.replies(81, 1).await;
    assert_eq!(http(address, "GET", "/readyz", None, "").await.0, 200);

    let shut = format!(
        "ALTER DATABASE {name} ALLOW_CONNECTIONS false;
         SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
    );
    sqlx::raw_sql(&shut).execute(&mut admin).await.expect("shut the database");
    fake.text(81, "en", "when is the deadline to claim");
    assert!(readiness_becomes(address, 503, 50).await, "readiness stayed 200 without the database");
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(http(address, "GET", "/healthz", None, "").await.0, 200, "the process itself stays healthy");

    sqlx::raw_sql(&format!("ALTER DATABASE {name} ALLOW_CONNECTIONS true")).execute(&mut admin).await.expect("open");
    // The update that came during the outage is answered once the database is back.
    let replies = fake.replies(81, 2).await;
    assert!(text_of(&replies[1]).contains("deadline") || text_of(&replies[1]).contains("2 years"));
    assert!(readiness_becomes(address, 200, 100).await, "readiness did not come back");
    handle.abort();
    let _ = handle.await;
    let _ = sqlx::raw_sql(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut admin).await;
}

/// Whether `/readyz` answers `status` within `tries` tenths of a second.
async fn readiness_becomes(address: std::net::SocketAddr, status: u16, tries: u32) -> bool {
    for _ in 0..tries {
        if http(address, "GET", "/readyz", None, "").await.0 == status {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

#[tokio::test(flavor = "multi_thread")]
async fn updates_left_from_before_a_restart_go_before_new_ones() {
    use nenkin_bot::storage::{Incoming, Store};
    let url = database("leftovers").await;
    let store = Store::open(&url).await.expect("database");
    // Written down by the previous run, never handled.
    let leftover = |id: i64, text: &str| Incoming {
        update_id: id,
        chat_id: 91,
        payload: crate::telegram::text_update(id, 91, "en", text).to_string(),
    };
    store
        .add_updates(&[leftover(1, "how much money do I get back"), leftover(2, "when is the deadline to claim")])
        .await
        .expect("leftovers");
    let fake = FakeTelegram::start().await;
    // Telegram still offers updates 1 and 2 (unconfirmed; another chat here): recognised by id.
    fake.text(99, "en", "/start");
    fake.text(99, "en", "/start");
    fake.text(91, "en", "/estimate");
    let bot = start_bot(&fake, &url).await;
    let replies = fake.replies(91, 3).await;
    let texts: Vec<String> = replies.iter().map(text_of).collect();
    assert!(texts[0].contains("How much lump sum"), "leftover 1 first: {texts:#?}");
    assert!(texts[1].contains("2 years") || texts[1].contains("deadline"), "leftover 2 second: {texts:#?}");
    assert!(texts[2].contains("Which pension"), "the new update last: {texts:#?}");
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(replies_of(&fake.calls()).iter().filter(|c| c.body["chat_id"] == 91).count(), 3, "each once");
    assert!(
        replies_of(&fake.calls()).iter().all(|c| c.body["chat_id"] != 99),
        "ids 1 and 2 were already handled as 91's"
    );
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn killed_while_a_reply_is_on_its_way_the_answer_is_repeated_not_misread() {
    let fake = FakeTelegram::start().await;
    let url = database("killed-mid-reply").await;
    let bot = start_bot(&fake, &url).await;
    fake.text(95, "en", "/estimate");
    fake.replies(95, 1).await;
    fake.tap(95, 1001, "k:pe");
    fake.replies(95, 2).await;
    // Telegram takes 4 s to answer the next reply; the bot dies while it waits.
    fake.slow_chat(95, Duration::from_secs(4));
    fake.text(95, "en", "3 years");
    tokio::time::sleep(Duration::from_secs(1)).await;
    bot.abort();
    let _ = bot.await;
    fake.slow_chat(95, Duration::ZERO);
    let bot = start_bot(&fake, &url).await;
    // Handled again from the state it found: the same question, not "I could not read that".
    let texts: Vec<String> = fake.replies(95, 3).await.iter().map(text_of).collect();
    assert!(texts[2].contains("In which month"), "{texts:#?}");
    fake.text(95, "en", "2026-03");
    let texts: Vec<String> = fake.replies(95, 4).await.iter().map(text_of).collect();
    assert!(texts.iter().any(|t| t.contains("What do you know about your pay?")), "{texts:#?}");
    assert!(texts.iter().all(|t| !t.contains("could not read")), "{texts:#?}");
    bot.abort();
}
