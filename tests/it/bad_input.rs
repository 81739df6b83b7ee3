//! Odd updates through the whole handler tree: each gets a sensible reply or is ignored on
//! purpose; none crashes the bot, leaks an internal error or breaks Telegram's HTML.

use serde_json::json;
use unic_langid::LanguageIdentifier;

use crate::helpers::content;
use crate::telegram::{FakeTelegram, start_bot, text_of, text_update};

fn en(id: &str) -> String {
    let lang: LanguageIdentifier = "en".parse().expect("en");
    content().locales.text(&lang, id, None)
}

#[tokio::test(flavor = "multi_thread")]
async fn strange_texts_get_a_sensible_reply_and_the_bot_keeps_going() {
    let fake = FakeTelegram::start().await;
    let url = crate::helpers::database("odd-texts").await;
    let bot = start_bot(&fake, &url).await;
    let long = "ねんきん ".repeat(900);
    let texts: Vec<String> = vec![
        " ".to_owned(),
        "x".repeat(4096),
        long.chars().take(4096).collect(),
        "😀😀😀🙏".to_owned(),
        "\u{200B}\u{200F}مرحبا\u{202E}\u{2066}abc\u{2069}".to_owned(),
        "<b>hi</b> <script>alert(1)</script> &amp; &lt; <a href=\"x\">".to_owned(),
        "*bold* _it_ [link](http://example.org) `code` ~~s~~".to_owned(),
        "'; DROP TABLE users; -- \" OR 1=1".to_owned(),
        "9".repeat(400),
        "/foo".to_owned(),
        "/help@otherbot".to_owned(),
        "/start@nenkin_test_bot".to_owned(),
        "/START".to_owned(),
        "\u{0000}\u{0007}\u{001B}[31m".to_owned(),
    ];
    for (i, text) in texts.iter().enumerate() {
        let chat = 900 + i64::try_from(i).expect("few");
        fake.text(chat, "en", text);
        let replies = fake.replies(chat, 1).await;
        let reply = text_of(&replies[0]);
        assert!(!reply.contains(&en("error-generic")), "{text:?} → internal error: {reply}");
    }
    // Still alive, and every one of those chats still works.
    for i in 0..texts.len() {
        let chat = 900 + i64::try_from(i).expect("few");
        let before = fake.replies(chat, 1).await.len();
        fake.text(chat, "en", "/menu");
        let replies = fake.replies(chat, before + 1).await;
        assert!(!text_of(replies.last().expect("reply")).contains(&en("error-generic")));
    }
    assert!(fake.calls().iter().all(|c| !c.method.contains("failed")), "a reply was refused by the fake Telegram");
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_answers_in_the_estimate_say_what_was_expected_and_keep_the_place() {
    let fake = FakeTelegram::start().await;
    let url = crate::helpers::database("odd-estimate").await;
    let bot = start_bot(&fake, &url).await;
    fake.text(31, "en", "/estimate");
    fake.replies(31, 1).await;
    fake.tap(31, 1001, "k:pe");
    fake.replies(31, 2).await;
    let mut count = 2;
    for bad in ["-3", "2.5", &"9".repeat(400), "three years", "999 years", "1.1 years"] {
        fake.text(31, "en", bad);
        count += 1;
        let reply = text_of(&fake.replies(31, count).await[count - 1]);
        assert!(
            reply.contains(&en("error-not-a-duration")) || reply.contains(&en("error-duration-too-long")),
            "{bad:?} → {reply}"
        );
    }
    fake.text(31, "en", "3 years");
    count += 1;
    let reply = text_of(&fake.replies(31, count).await[count - 1]);
    assert!(reply.contains("In which month"), "the place was kept: {reply}");
    for bad in ["1900-01", "9999-12", "13/2026", "2026-00"] {
        fake.text(31, "en", bad);
        count += 1;
        let reply = text_of(&fake.replies(31, count).await[count - 1]);
        assert!(!reply.contains(&en("error-generic")), "{bad:?} → {reply}");
    }
    bot.abort();
}

#[tokio::test(flavor = "multi_thread")]
async fn strange_updates_are_answered_or_ignored_on_purpose() {
    let fake = FakeTelegram::start().await;
    let url = crate::helpers::database("odd-updates").await;
    let bot = start_bot(&fake, &url).await;
    // Buttons that were never issued, or from an old version.
    for (i, data) in ["zzz", "v1:entry:q01", "e:q99", "s:Z", "k:", "r:1:9", "l:xx-YY"].iter().enumerate() {
        let chat = 950 + i64::try_from(i).expect("few");
        fake.tap(chat, 1, data);
        let replies = fake.replies(chat, 1).await;
        assert!(!text_of(&replies[0]).contains(&en("error-generic")), "{data}: {}", text_of(&replies[0]));
    }
    // A user with no username, no last name and no language.
    let mut update = text_update(0, 970, "en", "/start");
    update["message"]["from"] = json!({"id": 970, "is_bot": false, "first_name": "A"});
    fake.push(update);
    assert!(text_of(&fake.replies(970, 1).await[0]).starts_with(&en("menu-welcome")));
    // A channel post and a group message not addressed to the bot: ignored.
    fake.push(json!({"channel_post": {"message_id": 1, "date": 1_700_000_000,
        "chat": {"id": -100_555, "type": "channel", "title": "News"}, "text": "hello"}}));
    fake.push(json!({"message": {"message_id": 2, "date": 1_700_000_000,
        "chat": {"id": -556, "type": "group", "title": "Dorm"},
        "from": {"id": 971, "is_bot": false, "first_name": "B"}, "text": "pension?"}}));
    // Then a normal message: handled, so the odd ones did not block anything.
    fake.text(972, "en", "/help");
    fake.replies(972, 1).await;
    assert!(fake.calls().iter().all(|c| c.body["chat_id"] != json!(-100_555) && c.body["chat_id"] != json!(-556)));
    bot.abort();
}
