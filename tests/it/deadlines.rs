//! Deadlines no one misses: reminders planned from an estimate or `/remind`, sent on their day
//! by the scheduler (with paused time, and across a restart), `/reminders` to list and cancel;
//! the checklist; the shareable summary; start links with an organisation code.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::NaiveDate;
use nenkin_bot::bot::reminders::{self, Clock};
use nenkin_bot::reminders::{Kind, Planned, send_at_ms};
use nenkin_bot::storage::Store;
use nenkin_bot::storage::reminders::{Due, Outcome};
use tokio_util::sync::CancellationToken;

use crate::helpers::{database, date};
use crate::telegram::{Call, FakeTelegram, STAFF, buttons, staff, start_bot, start_bot_with_staff, test_app, text_of};

/// What the scheduler sent: the reminder, whether late, and the time on the clock.
type Sent = Arc<Mutex<Vec<(Kind, Option<NaiveDate>, i64)>>>;

fn start_scheduler(store: &Store, clock: Clock, sent: &Sent) -> (CancellationToken, tokio::task::JoinHandle<()>) {
    let stop = CancellationToken::new();
    let record = sent.clone();
    let deliver = move |due: Due, late: Option<NaiveDate>| {
        let record = record.clone();
        async move {
            record.lock().expect("lock").push((due.kind, late, clock.now_ms()));
            Outcome::Sent
        }
    };
    let handle = tokio::spawn(reminders::run(store.clone(), clock, "test".to_owned(), deliver, stop.clone()));
    (stop, handle)
}

/// Lets the scheduler and the database (real threads) catch up without moving the clock.
async fn settle(sent: &Sent, count: usize) {
    let started = std::time::Instant::now();
    while sent.lock().expect("lock").len() < count && started.elapsed() < Duration::from_secs(10) {
        tokio::task::yield_now().await;
    }
    // A moment more, to see that nothing else comes.
    let quiet = std::time::Instant::now();
    while quiet.elapsed() < Duration::from_millis(200) {
        tokio::task::yield_now().await;
    }
}

fn ms(day: &str, hour: u32) -> i64 {
    date(day).and_hms_opt(hour, 0, 0).expect("time").and_utc().timestamp_millis()
}

#[tokio::test(start_paused = true)]
async fn reminders_fire_on_their_day_once_and_late_ones_after_a_restart_say_so() {
    // The clock moves only when the test moves it (a task that keeps yielding stops tokio from
    // jumping ahead while the database, on its own threads, answers).
    let _busy = tokio::spawn(async {
        loop {
            tokio::task::yield_now().await;
        }
    });
    let store = Store::open(&database("reminders-scheduler").await).await.expect("database");
    let plans = [
        Planned { kind: Kind::Claimable, day: date("2026-12-21"), about: date("2026-12-20") },
        Planned { kind: Kind::BeforeDeadline(6), day: date("2028-06-19"), about: date("2028-12-19") },
        Planned { kind: Kind::BeforeDeadline(1), day: date("2028-11-19"), about: date("2028-12-19") },
    ];
    store.add_reminders(5, &plans).await.expect("add");
    let start = ms("2026-11-23", 0);
    let clock = Clock::starting_at(start);
    let sent: Sent = Arc::default();
    let (stop, handle) = start_scheduler(&store, clock, &sent);
    settle(&sent, 0).await;
    assert!(sent.lock().expect("lock").is_empty(), "nothing is due yet");

    // The evening before (Japan time 09:59): still nothing.
    let first_due = send_at_ms(date("2026-12-21"));
    tokio::time::advance(Duration::from_millis(u64::try_from(first_due - start - 60_000).expect("ahead"))).await;
    settle(&sent, 0).await;
    assert!(sent.lock().expect("lock").is_empty(), "sent early");
    // 10:00 in Japan on the day: sent, once, on time.
    tokio::time::advance(Duration::from_secs(120)).await;
    settle(&sent, 1).await;
    {
        let sent = sent.lock().expect("lock");
        assert_eq!(sent.len(), 1, "{sent:?}");
        assert_eq!((sent[0].0, sent[0].1), (Kind::Claimable, None));
        assert!((first_due..first_due + 10 * 60_000).contains(&sent[0].2), "sent at {}", sent[0].2);
    }

    // The bot is down from June 2028 to 3 days after the 6-month reminder was due.
    stop.cancel();
    let _ = handle.await;
    let six_due = send_at_ms(date("2028-06-19"));
    let restart = six_due + 3 * 24 * 3600 * 1000;
    tokio::time::advance(Duration::from_millis(u64::try_from(restart - clock.now_ms()).expect("ahead"))).await;
    let clock = Clock::starting_at(clock.now_ms());
    let (stop, handle) = start_scheduler(&store, clock, &sent);
    settle(&sent, 2).await;
    {
        let sent = sent.lock().expect("lock");
        assert_eq!(sent.len(), 2, "{sent:?}");
        assert_eq!((sent[1].0, sent[1].1), (Kind::BeforeDeadline(6), Some(date("2028-06-19"))), "marked late");
    }
    // The last one on its day, and nothing twice.
    let last_due = send_at_ms(date("2028-11-19"));
    tokio::time::advance(Duration::from_millis(u64::try_from(last_due - clock.now_ms() + 60_000).expect("ahead")))
        .await;
    settle(&sent, 3).await;
    let sent = sent.lock().expect("lock").clone();
    assert_eq!(sent.iter().map(|s| s.0).collect::<Vec<_>>(), plans.map(|p| p.kind).to_vec());
    assert_eq!(sent[2].1, None);
    assert!(store.reminders_of(5).await.expect("list").is_empty(), "all sent");
    stop.cancel();
    let _ = handle.await;
}

/// The last reply's button with this callback data, or a panic listing them.
fn data_of(reply: &Call, label_part: &str) -> String {
    let all = buttons(reply);
    all.iter()
        .find(|(label, _)| label.contains(label_part))
        .map(|(_, data)| data.clone())
        .unwrap_or_else(|| panic!("no button with {label_part:?}: {all:?}"))
}

fn message_id(reply: &Call) -> i64 {
    // Sent messages get their id from the fake (1001 onwards); edits name theirs.
    reply.body["message_id"].as_i64().unwrap_or(0)
}

/// Runs the estimate of the worked example to its result; returns the result message.
async fn estimate(fake: &FakeTelegram, chat: i64, lang: &str) -> Call {
    fake.text(chat, lang, "/estimate");
    let mut count = fake.replies(chat, 1).await.len();
    let mut next_id =
        1001 + i64::try_from(fake.calls().iter().filter(|c| c.method == "sendmessage").count()).expect("n") - 1;
    let steps: [(&str, &str); 7] = [
        ("tap", "k:pe"),
        ("text", "3 years"),
        ("text", "2026-03"),
        ("tap", "k:yr"),
        ("text", "220000"),
        ("tap", "k:nb"),
        ("text", "20/12/2026"),
    ];
    for (kind, value) in steps {
        if kind == "tap" {
            fake.tap(chat, next_id, value);
        } else {
            fake.text(chat, lang, value);
        }
        count += 1;
        let replies = fake.replies(chat, count).await;
        let last = replies.last().expect("reply");
        if last.method == "sendmessage" {
            next_id =
                1001 + i64::try_from(fake.calls().iter().filter(|c| c.method == "sendmessage").count()).expect("n") - 1;
        }
    }
    fake.replies(chat, count).await.last().cloned().expect("result")
}

#[tokio::test(flavor = "multi_thread")]
async fn after_an_estimate_the_user_schedules_lists_and_cancels_reminders_in_english_and_vietnamese() {
    let fake = FakeTelegram::start().await;
    let url = database("reminders-flow").await;
    let bot = start_bot(&fake, &url).await;
    for (chat, lang, remind, all, cancel) in
        [(61, "en", "Remind me", "all of them", "Cancel"), (62, "vi", "🔔", "🔔", "❌")]
    {
        let result = estimate(&fake, chat, lang).await;
        assert!(text_of(&result).contains("2028"), "{}", text_of(&result));
        let id = message_id(&result);
        fake.tap(chat, id, &data_of(&result, remind));
        let count = fake.replies(chat, 1).await.len();
        let offer = fake.replies(chat, count + 1).await.last().cloned().expect("offer");
        let text = text_of(&offer);
        // Leaving 20 December 2026: claim from the 21st, deadline 19 December 2028.
        assert!(text.contains("21") && text.contains("2028"), "{text}");
        assert_eq!(data_of(&offer, all), "ra");
        fake.tap(chat, id, "ra");
        let saved = fake.replies(chat, count + 2).await.last().cloned().expect("saved");
        assert!(text_of(&saved).contains("/reminders"), "{}", text_of(&saved));
        let store = Store::open(&url).await.expect("database");
        let stored = store.reminders_of(chat).await.expect("list");
        assert_eq!(
            stored.iter().map(|s| s.kind).collect::<Vec<_>>(),
            vec![Kind::Claimable, Kind::BeforeDeadline(6), Kind::BeforeDeadline(1)]
        );
        fake.text(chat, lang, "/reminders");
        let list = fake.replies(chat, count + 3).await.last().cloned().expect("list");
        assert_eq!(text_of(&list).matches("2028").count(), 2, "two reminders in 2028: {}", text_of(&list));
        let cancel_data = buttons(&list)
            .into_iter()
            .filter(|(l, _)| l.contains(cancel))
            .map(|(_, d)| d)
            .min()
            .expect("a cancel button");
        assert!(cancel_data.starts_with("r-:"), "{cancel_data}");
        fake.tap(chat, 1, &cancel_data);
        fake.replies(chat, count + 4).await;
        assert_eq!(store.reminders_of(chat).await.expect("list").len(), 2);
    }
    // /forget takes reminders too.
    fake.text(61, "en", "/forget");
    let count = fake.replies(61, 1).await.len();
    fake.tap(61, 1, "forget:yes");
    fake.replies(61, count + 1).await;
    assert!(Store::open(&url).await.expect("db").reminders_of(61).await.expect("list").is_empty());
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn remind_without_an_estimate_asks_the_date_and_keeps_asking_until_it_can_read_it() {
    let fake = FakeTelegram::start().await;
    let bot = start_bot(&fake, &database("remind-ask").await).await;
    fake.text(63, "en", "/remind");
    let ask = fake.replies(63, 1).await;
    assert!(text_of(&ask[0]).contains("When do you leave Japan"), "{}", text_of(&ask[0]));
    fake.text(63, "en", "next spring");
    let again = fake.replies(63, 2).await;
    assert!(text_of(&again[1]).contains("could not read that date"), "{}", text_of(&again[1]));
    fake.text(63, "en", "31/03/2027");
    let offer = fake.replies(63, 3).await;
    assert!(text_of(&offer[2]).contains("1 April 2027"), "{}", text_of(&offer[2]));
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reminder_is_sent_in_the_users_current_language_and_a_blocked_user_is_skipped() {
    let fake = FakeTelegram::start().await;
    let url = database("reminder-send").await;
    let app = Arc::new(test_app(&fake, &url, None).await);
    let mut user = app.store.user(64).await.expect("user");
    user.lang = Some("vi".to_owned());
    app.store.save_user(64, &user).await.expect("save");
    let due = Due {
        chat_id: 64,
        kind: Kind::BeforeDeadline(1),
        about: date("2028-12-19"),
        due_at: 0,
        lang: Some("vi".to_owned()),
    };
    assert_eq!(reminders::send(&fake.bot(), &app, due, Some(date("2028-11-19"))).await, Outcome::Sent);
    let sent = fake.replies(64, 1).await;
    let text = text_of(&sent[0]);
    assert!(text.contains("19/12/2028") || text.contains("2028"), "{text}");
    assert!(text.starts_with("🔔") && !text.contains("Reminder"), "in Vietnamese: {text}");
    bot_blocked_is_skipped(&fake, &app).await;
}

async fn bot_blocked_is_skipped(fake: &FakeTelegram, app: &Arc<nenkin_bot::bot::App>) {
    fake.block_chat(65);
    let due = Due { chat_id: 65, kind: Kind::Claimable, about: date("2026-12-20"), due_at: 0, lang: None };
    assert_eq!(reminders::send(&fake.bot(), app, due, None).await, Outcome::Skipped);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_checklist_ticks_items_and_keeps_them_in_english_and_vietnamese() {
    let fake = FakeTelegram::start().await;
    let bot = start_bot(&fake, &database("checklist").await).await;
    for (chat, lang, form) in [(66, "en", "Claim form in English"), (67, "vi", "Tiếng Việt")] {
        fake.text(chat, lang, "/checklist");
        let list = fake.replies(chat, 1).await;
        let text = text_of(&list[0]);
        assert!(text.contains("0/10") || text.contains("0") && text.contains("10"), "{text}");
        assert!(text.contains(form) && text.contains("nenkin.go.jp"), "form link in the language: {text}");
        let passport =
            buttons(&list[0]).into_iter().find(|(_, d)| d == "t:passport").map(|(l, _)| l).expect("item button");
        assert!(passport.starts_with('⬜'), "{passport}");
        fake.tap(chat, 1001, "t:passport");
        let ticked = fake.replies(chat, 2).await;
        let label = buttons(&ticked[1]).into_iter().find(|(_, d)| d == "t:passport").map(|(l, _)| l).expect("item");
        assert!(label.starts_with('✅'), "{label}");
        fake.text(chat, lang, "/checklist");
        let again = fake.replies(chat, 3).await;
        assert!(text_of(&again[2]).contains("✅"), "kept: {}", text_of(&again[2]));
    }
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn share_sends_a_summary_with_the_japanese_terms_to_forward() {
    let fake = FakeTelegram::start().await;
    let bot = start_bot(&fake, &database("share").await).await;
    for (chat, lang) in [(68, "en"), (69, "vi")] {
        let result = estimate(&fake, chat, lang).await;
        let count = fake.replies(chat, 1).await.len();
        fake.tap(chat, message_id(&result), "sh");
        let replies = fake.replies(chat, count + 2).await;
        let summary = text_of(&replies[count + 1]);
        for term in ["脱退一時金", "厚生年金", "標準報酬月額", "¥726", "¥577", "2028", "@nenkin_test_bot"]
        {
            assert!(summary.contains(term), "{lang}: {term} missing in {summary}");
        }
        assert!(replies[count + 1].body["reply_markup"].is_null(), "a plain message, to forward");
    }
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_start_link_sets_the_language_opens_the_entry_and_counts_the_organisation() {
    let fake = FakeTelegram::start().await;
    let url = database("start-link").await;
    let bot = start_bot_with_staff(&fake, &url, staff("Mon-Sun 00:00-23:59 UTC")).await;
    fake.text(70, "en", "/start go_l-vi_e-ls-documents_o-OSAKA-1");
    let replies = fake.replies(70, 1).await;
    assert!(text_of(&replies[0]).contains("hộ chiếu"), "the documents entry in Vietnamese: {}", text_of(&replies[0]));
    fake.text(73, "vi", "/start go_l-en_e-ls-deadline_o-KOBE-2");
    let replies = fake.replies(73, 1).await;
    assert!(text_of(&replies[0]).contains("2 years"), "the deadline entry in English: {}", text_of(&replies[0]));
    // A tampered or foreign payload just starts.
    fake.text(71, "en", "/start go_l-vi_o-bad code");
    fake.text(72, "en", "/start go_x-1");
    for chat in [71, 72] {
        let replies = fake.replies(chat, 1).await;
        assert!(text_of(&replies[0]).contains("pension helper"), "{}", text_of(&replies[0]));
    }
    fake.staff_says(STAFF, "/stats", None, None);
    let stats = fake.calls_to("sendmessage", STAFF, 1).await;
    let text = text_of(stats.last().expect("stats"));
    assert!(text.contains("OSAKA-1: 1") && text.contains("KOBE-2: 1"), "{text}");
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn two_replicas_send_each_due_reminder_exactly_once() {
    let url = database("reminders-replicas").await;
    let store = Store::open(&url).await.expect("database");
    let now = nenkin_bot::storage::inbox::now_ms();
    let yesterday = chrono::DateTime::from_timestamp_millis(now - 24 * 3600 * 1000).expect("time").date_naive();
    for chat in 0..30 {
        let plan = Planned { kind: Kind::BeforeDeadline(1), day: yesterday, about: date("2028-12-19") };
        store.add_reminders(1000 + chat, &[plan]).await.expect("add");
    }
    let sent: Arc<Mutex<Vec<i64>>> = Arc::default();
    let mut replicas = Vec::new();
    for name in ["a", "b"] {
        let store = Store::open(&url).await.expect("second connection");
        let record = sent.clone();
        let deliver = move |due: Due, _late: Option<NaiveDate>| {
            let record = record.clone();
            async move {
                // As slow as a real send, so the replicas overlap.
                tokio::time::sleep(Duration::from_millis(5)).await;
                record.lock().expect("lock").push(due.chat_id);
                Outcome::Sent
            }
        };
        let stop = CancellationToken::new();
        let handle = tokio::spawn(reminders::run(store, Clock::system(), name.to_owned(), deliver, stop.clone()));
        replicas.push((stop, handle));
    }
    let started = std::time::Instant::now();
    while sent.lock().expect("lock").len() < 30 && started.elapsed() < Duration::from_secs(20) {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    for (stop, handle) in replicas {
        stop.cancel();
        let _ = handle.await;
    }
    let mut chats = sent.lock().expect("lock").clone();
    assert_eq!(chats.len(), 30, "every reminder sent once: {chats:?}");
    chats.sort_unstable();
    chats.dedup();
    assert_eq!(chats.len(), 30, "none twice");
}
