//! The consultants' side: opening a ticket in the staff group (a forum topic, or a card
//! message), relaying messages both ways, and the staff commands. Staff-facing text is in
//! English by design (staff may read little of the user's language); user text shown to staff
//! is escaped, so it cannot inject formatting or links.

use std::sync::atomic::{AtomicU8, Ordering};

use chrono::Utc;
use fluent::FluentArgs;
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId, ParseMode, ReplyParameters, ThreadId};

use super::callback::{self, Action};
use super::outbox::{self, Flood, Outcome, Place};
use super::{App, Outgoing, send};
use crate::dialogue::session::{Screen, Session};
use crate::handoff::{OfficeHours, TicketStatus};
use crate::render::{Renderer, escape};
use crate::storage::{Direction, Ticket, UserRecord};

/// The staff group and when it works.
pub struct Staff {
    pub chat: ChatId,
    pub hours: OfficeHours,
    /// Whether the group is a forum: unknown until the first ticket tries to make a topic.
    forum: AtomicU8,
}

const FORUM_UNKNOWN: u8 = 0;
const FORUM_YES: u8 = 1;
const FORUM_NO: u8 = 2;

impl Staff {
    #[must_use]
    pub fn new(chat: ChatId, hours: OfficeHours) -> Self {
        Self { chat, hours, forum: AtomicU8::new(FORUM_UNKNOWN) }
    }
}

/// Who the user is, for the card.
pub struct UserInfo {
    pub chat_id: i64,
    pub first_name: String,
    pub username: Option<String>,
}

/// Opens a ticket with the user's description and tells both sides.
pub async fn open_ticket(
    bot: &Bot,
    app: &App,
    staff: &Staff,
    user: &UserInfo,
    record: &UserRecord,
    lang: &unic_langid::LanguageIdentifier,
    question: &str,
) -> anyhow::Result<()> {
    let locales = &app.content().locales;
    let chat = ChatId(user.chat_id);
    let Some(ticket) = app.store.open_ticket(user.chat_id, &lang.to_string(), question).await? else {
        let open = app.store.open_ticket_of(user.chat_id).await?;
        let mut args = FluentArgs::new();
        args.set("ticket", open.map_or(0, |t| t.id));
        return send(bot, chat, Outgoing::text(locales.text(lang, "handoff-already-open", Some(&args)))).await;
    };
    let card = card_text(app, &ticket, user, &record.session);
    let topic = create_topic(bot, staff, &format!("#{} {} {}", ticket.id, lang, user.first_name)).await;
    let mut request = bot.send_message(staff.chat, card).parse_mode(ParseMode::Html);
    if let Some(thread) = topic {
        request = request.message_thread_id(thread);
    }
    let card_message = match request.await {
        Ok(message) => message,
        Err(error) => {
            // Without its card staff could not tell the ticket's messages apart: close it, so
            // the user's next try opens a new one.
            app.store.set_ticket_status(ticket.id, TicketStatus::Closed).await?;
            return Err(anyhow::Error::new(error).context("sending the ticket card to the staff group"));
        }
    };
    app.store.set_ticket_place(ticket.id, topic.map(|t| t.0.0), card_message.id.0).await?;
    tracing::info!(ticket = ticket.id, chat_id = user.chat_id, forum = topic.is_some(), "ticket opened");

    let mut args = FluentArgs::new();
    args.set("ticket", ticket.id);
    let mut text = locales.text(lang, "handoff-opened", Some(&args));
    if let Some(opening) = staff.hours.next_opening(Utc::now()) {
        let content = app.content();
        let renderer = Renderer::new(&content, lang);
        let mut args = FluentArgs::new();
        args.set("time", opening.time.format("%H:%M").to_string());
        args.set("day", renderer.weekday(opening.weekday));
        let id = if opening.today { "handoff-next-opening-today" } else { "handoff-next-opening" };
        text.push_str("\n\n");
        text.push_str(&locales.text(lang, id, Some(&args)));
    }
    send(bot, chat, Outgoing::text(text)).await
}

/// Makes a forum topic for a ticket, or learns that the group is not a forum.
async fn create_topic(bot: &Bot, staff: &Staff, name: &str) -> Option<ThreadId> {
    if staff.forum.load(Ordering::Relaxed) == FORUM_NO {
        return None;
    }
    match bot.create_forum_topic(staff.chat, name.chars().take(128).collect::<String>()).await {
        Ok(topic) => {
            staff.forum.store(FORUM_YES, Ordering::Relaxed);
            Some(topic.thread_id)
        }
        Err(error) => {
            tracing::info!(%error, "the staff group is not a forum (or topics cannot be made): cards are used");
            staff.forum.store(FORUM_NO, Ordering::Relaxed);
            None
        }
    }
}

/// The ticket card, in English.
fn card_text(app: &App, ticket: &Ticket, user: &UserInfo, session: &Session) -> String {
    let mut lines = vec![
        format!(
            "<b>Ticket #{}</b> · {} · {}",
            ticket.id,
            ticket.status.as_str(),
            ticket.claimed_by.as_deref().map_or("unclaimed".to_owned(), |s| format!("claimed by {}", escape(s)))
        ),
        format!(
            "User: {}{} (id <code>{}</code>)",
            escape(&user.first_name),
            user.username.as_deref().map(|u| format!(" @{}", escape(u))).unwrap_or_default(),
            user.chat_id
        ),
        format!("Language: {}", escape(&ticket.lang)),
        format!("Question: {}", escape(&ticket.question)),
    ];
    if let Some(summary) = estimate_summary(app, session) {
        lines.push(format!("Last estimate: {}", escape(&summary)));
    }
    if !session.viewed.is_empty() {
        let viewed: Vec<&str> = session.viewed.iter().map(crate::faq::FaqId::as_str).collect();
        lines.push(format!("Viewed: {}", viewed.join(", ")));
    }
    for question in &session.unanswered {
        lines.push(format!("Not found: {}", escape(question)));
    }
    lines.push(
        "Reply here (in this topic, or by replying to this ticket's messages) to answer. /claim, /close, /reopen."
            .to_owned(),
    );
    lines.join("\n")
}

/// The user's finished estimate in one line, if there is one.
fn estimate_summary(app: &App, session: &Session) -> Option<String> {
    let interview = session.interview.as_ref().filter(|i| i.step().is_none())?;
    let today = app.today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let parts: Vec<String> = interview
        .estimates(&app.content().rules, today)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| {
            let pension = match e.pension {
                crate::estimate::Pension::Employees => "Employees'",
                crate::estimate::Pension::National => "National",
            };
            format!(
                "{pension} {} months to {}, gross {} yen, net {} yen{}",
                e.months_counted.normalize(),
                e.final_month,
                crate::render::group_thousands(e.gross, ","),
                crate::render::group_thousands(e.net, ","),
                if e.eligible { "" } else { " (not eligible)" }
            )
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// Copies a user's message into the ticket's place in the staff group.
pub async fn relay_to_staff(bot: &Bot, app: &App, ticket: &Ticket, msg: &Message) -> anyhow::Result<()> {
    let place = place_of(ticket);
    let flood = app.flood.check(msg.chat.id.0, std::time::Instant::now());
    let hold = (flood != Flood::Pass).then(|| app.flood.hold_seconds());
    let outcome = outbox::relay(bot, app, ticket.id, Direction::ToStaff, msg.chat.id, msg.id, place, hold).await?;
    if let Outcome::Refused(reason) = &outcome {
        tracing::warn!(ticket = ticket.id, %reason, "the staff group refused a relayed message");
    }
    if flood == Flood::HoldAndWarn {
        let lang = app.content().locales.negotiate(Some(&ticket.lang)).clone();
        send(bot, msg.chat.id, Outgoing::text(app.content().locales.text(&lang, "handoff-slow-down", None))).await?;
    }
    if !ticket.told_relay && outcome != Outcome::Duplicate {
        app.store.set_told_relay(ticket.id).await?;
        let lang = app.content().locales.negotiate(Some(&ticket.lang)).clone();
        send(bot, msg.chat.id, Outgoing::text(app.content().locales.text(&lang, "handoff-relayed", None))).await?;
    }
    Ok(())
}

/// A message in the staff group: a staff command or an answer to relay, or nothing.
pub async fn handle_staff_message(bot: &Bot, app: &App, staff: &Staff, msg: &Message) -> anyhow::Result<()> {
    if msg.from.as_ref().is_some_and(|u| u.is_bot) {
        return Ok(());
    }
    let ticket = match (msg.thread_id, msg.reply_to_message()) {
        (Some(thread), _) if msg.is_topic_message => app.store.ticket_of_topic(thread.0.0).await?,
        (_, Some(replied)) => app.store.ticket_of_staff_message(replied.id.0).await?,
        _ => None,
    };
    let staff_name = msg.from.as_ref().map_or_else(|| "staff".to_owned(), |u| u.full_name());
    let command = msg.text().and_then(|t| t.strip_prefix('/')).map(|t| {
        let word = t.split_whitespace().next().unwrap_or_default();
        word.split('@').next().unwrap_or(word).to_ascii_lowercase()
    });
    let argument = msg.text().and_then(|t| t.split_once(char::is_whitespace)).map_or("", |(_, rest)| rest.trim());
    match command.as_deref() {
        Some("tickets") => return reply_in_place(bot, staff, msg, &open_tickets_text(app).await?).await,
        Some("stats") => return reply_in_place(bot, staff, msg, &stats_text(app).await?).await,
        Some("reload") => return reply_in_place(bot, staff, msg, &reload_text(app).await).await,
        _ => (),
    }
    let Some(ticket) = ticket else {
        if command.is_some() {
            let text = "Use this command in a ticket's topic, or reply to one of its messages. Anywhere: /tickets, /stats, /reload.";
            reply_in_place(bot, staff, msg, text).await?;
        }
        return Ok(());
    };
    match command.as_deref() {
        Some("claim") => {
            app.store.claim_ticket(ticket.id, &staff_name).await?;
            reply_in_place(bot, staff, msg, &format!("Ticket #{} is claimed by {}.", ticket.id, escape(&staff_name)))
                .await
        }
        Some("close") => close(bot, app, staff, &ticket, Closer::Staff(msg)).await,
        Some("reopen") => {
            let reopened = app.store.set_ticket_status(ticket.id, TicketStatus::Open).await?;
            let text = if reopened {
                format!("Ticket #{} is open again.", ticket.id)
            } else {
                format!("Ticket #{} cannot be reopened: the user has another open ticket.", ticket.id)
            };
            reply_in_place(bot, staff, msg, &text).await
        }
        Some("note") if !argument.is_empty() => {
            app.store.add_note(ticket.id, &staff_name, argument).await?;
            reply_in_place(bot, staff, msg, &format!("Note added to ticket #{} (not sent to the user).", ticket.id))
                .await
        }
        Some("faq") => send_faq(bot, app, staff, &ticket, msg, argument).await,
        Some("estimate") => {
            let record = app.store.user(ticket.chat_id).await?;
            let text = estimate_summary(app, &record.session).map_or_else(
                || "The user has no finished estimate.".to_owned(),
                |s| format!("Last estimate: {}", escape(&s)),
            );
            reply_in_place(bot, staff, msg, &text).await
        }
        Some(_) => {
            let text = "Commands: /claim, /close, /reopen, /note text, /faq id, /estimate; anywhere: /tickets, /stats, /reload.";
            reply_in_place(bot, staff, msg, text).await
        }
        None if ticket.status == TicketStatus::Closed => {
            reply_in_place(
                bot,
                staff,
                msg,
                &format!("Ticket #{} is closed; /reopen it to write to the user.", ticket.id),
            )
            .await
        }
        None => {
            let outcome =
                outbox::relay(bot, app, ticket.id, Direction::ToUser, staff.chat, msg.id, Place::default(), None)
                    .await?;
            match outcome {
                Outcome::Delivered | Outcome::Duplicate => Ok(()),
                Outcome::Pending => {
                    let text = "Telegram is not accepting messages right now; this one will be delivered when it does.";
                    reply_in_place(bot, staff, msg, text).await
                }
                Outcome::Refused(reason) => {
                    tracing::warn!(ticket = ticket.id, "a staff answer was refused");
                    reply_in_place(bot, staff, msg, &format!("Not delivered to the user: {}", escape(&reason))).await
                }
            }
        }
    }
}

/// `/reload`: loads `faq/` and `locales/` again; on any problem the old content stays and the
/// problems are listed (the first 20: the rest are in `nenkin-bot check`).
async fn reload_text(app: &App) -> String {
    match app.reload().await {
        Ok(summary) => format!("Content reloaded: {}. Other replicas follow within seconds.", escape(&summary)),
        Err(problems) => {
            let shown: Vec<String> = problems.iter().take(20).map(|p| format!("• {}", escape(p))).collect();
            let more = problems.len().saturating_sub(shown.len());
            let tail = if more > 0 { format!("\n… and {more} more (run nenkin-bot check)") } else { String::new() };
            format!(
                "The new content has {} problem(s); the bot keeps the content it had.\n{}{tail}",
                problems.len(),
                shown.join("\n")
            )
        }
    }
}

/// `/faq <id>`: sends that answer to the user in their language.
async fn send_faq(bot: &Bot, app: &App, staff: &Staff, ticket: &Ticket, msg: &Message, id: &str) -> anyhow::Result<()> {
    let content = app.content();
    let Some(entry) = content.catalogue.get(id) else {
        return reply_in_place(
            bot,
            staff,
            msg,
            &format!("No FAQ entry `{}`. Ids look like q23 or ls-deadline.", escape(id)),
        )
        .await;
    };
    let lang = content.locales.negotiate(Some(&ticket.lang)).clone();
    let view = Renderer::new(&content, &lang).screen(&Screen::Answer(entry.id.clone()));
    send(bot, ChatId(ticket.chat_id), view.into()).await?;
    reply_in_place(bot, staff, msg, &format!("Sent {} to the user in {lang}.", entry.id)).await
}

async fn open_tickets_text(app: &App) -> anyhow::Result<String> {
    let tickets = app.store.open_tickets().await?;
    if tickets.is_empty() {
        return Ok("No open tickets.".to_owned());
    }
    let mut lines = vec![format!("<b>{} open ticket(s)</b>, oldest first:", tickets.len())];
    for (ticket, waited) in tickets {
        let who = ticket.claimed_by.as_deref().map_or_else(|| "unclaimed".to_owned(), escape);
        lines.push(format!("#{} · {} · waiting {} · {}", ticket.id, escape(&ticket.lang), duration(waited), who));
    }
    Ok(lines.join("\n"))
}

async fn stats_text(app: &App) -> anyhow::Result<String> {
    let stats = app.store.weekly_stats().await?;
    let median = stats.first_response_minutes.get(stats.first_response_minutes.len() / 2).copied();
    let mut lines = vec![
        "<b>Last 7 days</b>".to_owned(),
        format!("Tickets opened: {}, closed: {}", stats.opened, stats.closed),
        format!("Median first response: {}", median.map_or_else(|| "none yet".to_owned(), duration)),
        format!("Questions the bot could not answer: {}", stats.unanswered.len()),
    ];
    lines.extend(stats.unanswered.iter().rev().take(10).map(|q| format!("• {}", escape(q))));
    let orgs = app.store.users_per_org().await?;
    if !orgs.is_empty() {
        lines.push(String::new());
        lines.push("<b>Users by organisation</b> (start links, all time)".to_owned());
        lines.extend(orgs.iter().take(20).map(|(org, users)| format!("• {}: {users}", escape(org))));
    }
    Ok(lines.join("\n"))
}

/// Minutes as "3 d 4 h", "2 h 5 min" or "7 min".
fn duration(minutes: i64) -> String {
    let minutes = minutes.max(0);
    match (minutes / 1440, minutes % 1440 / 60, minutes % 60) {
        (0, 0, m) => format!("{m} min"),
        (0, h, m) => format!("{h} h {m} min"),
        (d, h, _) => format!("{d} d {h} h"),
    }
}

/// Who closed a ticket.
pub enum Closer<'a> {
    Staff(&'a Message),
    User,
}

/// Closes a ticket, tells the user (with a rating) and the staff.
pub async fn close(bot: &Bot, app: &App, staff: &Staff, ticket: &Ticket, closer: Closer<'_>) -> anyhow::Result<()> {
    app.store.set_ticket_status(ticket.id, TicketStatus::Closed).await?;
    tracing::info!(ticket = ticket.id, "ticket closed");
    let locales = &app.content().locales;
    let lang = locales.negotiate(Some(&ticket.lang)).clone();
    let mut args = FluentArgs::new();
    args.set("ticket", ticket.id);
    let id = match closer {
        Closer::Staff(_) => "handoff-closed",
        Closer::User => "handoff-ended-by-user",
    };
    let stars: Vec<InlineKeyboardButton> = (1..=5u8)
        .map(|n| {
            InlineKeyboardButton::callback("⭐".repeat(usize::from(n)), callback::encode(&Action::Rate(ticket.id, n)))
        })
        .collect();
    let keyboard = InlineKeyboardMarkup::new(stars.chunks(3).map(<[_]>::to_vec));
    let text = format!("{}\n\n{}", locales.text(&lang, id, Some(&args)), locales.text(&lang, "handoff-rate", None));
    send(bot, ChatId(ticket.chat_id), Outgoing { text, keyboard: Some(keyboard) }).await?;
    let note = match closer {
        Closer::Staff(msg) => {
            return reply_in_place(
                bot,
                staff,
                msg,
                &format!("Ticket #{} is closed; the user was asked for a rating.", ticket.id),
            )
            .await;
        }
        Closer::User => format!("The user ended the conversation. Ticket #{} is closed.", ticket.id),
    };
    let mut request = bot.send_message(staff.chat, note);
    let place = place_of(ticket);
    if let Some(topic) = place.thread {
        request = request.message_thread_id(ThreadId(MessageId(topic)));
    } else if let Some(card) = place.reply_to {
        request = request.reply_parameters(ReplyParameters::new(MessageId(card)));
    }
    request.await?;
    Ok(())
}

/// Where a ticket's messages go in the staff group: its topic, or as replies to its card.
fn place_of(ticket: &Ticket) -> Place {
    Place { thread: ticket.topic_id, reply_to: if ticket.topic_id.is_none() { ticket.card_message_id } else { None } }
}

/// Answers a staff message where it was written (its topic, or as a reply).
async fn reply_in_place(bot: &Bot, staff: &Staff, msg: &Message, text: &str) -> anyhow::Result<()> {
    let mut request = bot.send_message(staff.chat, text.to_owned()).parse_mode(ParseMode::Html);
    request = match msg.thread_id {
        Some(thread) if msg.is_topic_message => request.message_thread_id(thread),
        _ => request.reply_parameters(ReplyParameters::new(msg.id)),
    };
    request.await?;
    Ok(())
}
